// Where a store lives, as `--store` names it: `postgres://…` (or `postgresql://…`) for the shared
// store, `sqlite:PATH` for an embedded file; without `--store`, the output folder's gazette.sqlite.

export type StoreTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export class StoreTargetError extends Error {}

export function parseStoreTarget(text: string): StoreTarget {
	const value = text.trim();
	if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value };
	if (/^sqlite:/i.test(value)) {
		const path = value.slice('sqlite:'.length);
		if (!path) throw new StoreTargetError('--store sqlite: needs a file path (sqlite:PATH)');
		return { kind: 'sqlite', path };
	}
	throw new StoreTargetError(`--store must be postgres://… or sqlite:PATH, got "${value.slice(0, 40)}"`);
}

/** A database address for messages: server and database, never the password. */
export function describeUrl(url: string): string {
	try {
		const parsed = new URL(url);
		return `${parsed.protocol}//${parsed.username ? `${decodeURIComponent(parsed.username)}@` : ''}${parsed.host}${parsed.pathname}`;
	} catch {
		return 'the given postgres:// address';
	}
}

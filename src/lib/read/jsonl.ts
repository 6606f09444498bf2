// .jsonl / .ndjson: one {"id","title","date","author","source","text"} record per line; a bad line is
// skipped with its line number, the others are read. A file's first MAX_LISTED_BAD_LINES bad lines are listed
// one by one and the rest in one entry, so a file of a million broken lines does not make a million rows of
// report (and of store) — the first few say what is wrong.
import type { DocumentMetadata } from './metadata.ts';

export interface JsonlRecord {
	/** `file.jsonl:12` */
	path: string;
	format: 'jsonl';
	content: string;
	hints: Partial<DocumentMetadata>;
}

export interface SkippedRecord {
	path: string;
	reason: string;
}

/** Bad lines of one file listed one by one; the rest are counted in one entry. */
export const MAX_LISTED_BAD_LINES = 50;

function firstLine(message: string): string {
	const end = message.indexOf('\n');
	return end < 0 ? message : message.slice(0, end);
}

export function parseJsonl(content: string, path: string): { entries: JsonlRecord[]; skipped: SkippedRecord[] } {
	const entries: JsonlRecord[] = [];
	const skipped: SkippedRecord[] = [];
	let unlisted = 0;
	let firstUnlisted = 0;
	let lastUnlisted = 0;
	const skip = (line: number, reason: () => string) => {
		if (skipped.length < MAX_LISTED_BAD_LINES) skipped.push({ path: `${path}:${line}`, reason: reason() });
		else {
			if (unlisted++ === 0) firstUnlisted = line;
			lastUnlisted = line;
		}
	};
	content.split('\n').forEach((line, index) => {
		if (!line.trim()) return;
		let record: unknown;
		try {
			record = JSON.parse(line);
		} catch (error) {
			skip(index + 1, () => `not JSON (${error instanceof Error ? firstLine(error.message) : String(error)})`);
			return;
		}
		if (typeof record !== 'object' || record === null || Array.isArray(record)) {
			skip(index + 1, () => 'not a JSON object');
			return;
		}
		const fields = record as Record<string, unknown>;
		if (typeof fields.text !== 'string' || !fields.text.trim()) {
			skip(index + 1, () => 'no "text" field (or it is empty)');
			return;
		}
		const where = `${path}:${index + 1}`;
		const hints: Partial<DocumentMetadata> = {};
		for (const key of ['title', 'date', 'author', 'source'] as const) {
			if (typeof fields[key] === 'string' && fields[key]) hints[key] = fields[key] as string;
		}
		if ((typeof fields.id === 'string' || typeof fields.id === 'number') && String(fields.id).trim()) hints.id = String(fields.id).trim();
		entries.push({ path: where, format: 'jsonl', content: fields.text, hints });
	});
	if (unlisted > 0) {
		const lines = unlisted === 1 ? `line ${firstUnlisted}` : `lines ${firstUnlisted}–${lastUnlisted}`;
		skipped.push({ path, reason: `${unlisted} more bad line${unlisted === 1 ? '' : 's'} not listed (${lines}; the first ${MAX_LISTED_BAD_LINES} are)` });
	}
	return { entries, skipped };
}

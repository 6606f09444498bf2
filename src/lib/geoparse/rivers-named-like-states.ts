// "barge rates on the Mississippi", "the upper Mississippi", "The Ohio crested at 38 feet": an American state's name
// after "the", with at most a word of a stretch between, is the river of that name where the gazetteer has one
// ("Mississippi River"): English gives a river its article and a state none. (Not so abroad: "the Yukon" is the
// territory as often as the river, rolling review s47.) A state's name after "the" that
// modifies the word after it stays the state ("the Ohio legislature", "the Missouri side", "the Mississippi Delta"),
// so the river is read only where a stop, a preposition, a verb of water or a word of the river follows. The river
// is then placed along its course by the text's towns (along-course.ts).
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Resolution } from './resolve.ts';
import { resolution } from './resolution.ts';
import { RIVER_STRETCH_WORDS, riverNamedAfter } from './river-lands.ts';
import { tokenAt, type Token } from './tokens.ts';

// lower-case words after the name that a river's name stands before: prepositions, verbs a river does, the river's
// own parts and what crosses it, an article opening the next phrase ("on the upper Mississippi a week early"); never
// a noun a state's name modifies ("legislature", "side", "line")
const AFTER_RIVER = new Set(
	'a an the this at near in on from to between below above into through past along by off over under beside downstream upstream is was has had rose rises rising fell falls crested crests flooded floods overflowed froze freezes runs ran flows flowed bridge bridges inlet outlet levee levees barge barges crossing'.split(' ')
);

/** "the" (or a sentence's "The") before the name, with at most one stretch word between. */
function articleBefore(first: number, tokens: readonly Token[]): boolean {
	let before = tokenAt(tokens, first - 1);
	if (before && RIVER_STRETCH_WORDS.has(before.text)) before = tokenAt(tokens, first - 2);
	if (before?.lower !== 'the') return false;
	// (a capital "The" opens a sentence, or a clause after a dateline's dash)
	return before.text === 'the' || before.sentenceStart || /\S/.test(before.gapBefore);
}

/** Whether what follows the name is a stop or a word a river's name stands before (see above). */
function riverWordAfter(last: number, tokens: readonly Token[]): boolean {
	const next = tokenAt(tokens, last + 1);
	if (!next || !/\w/.test(next.text)) return true;
	return next.gapBefore === ' ' && !next.capitalized && AFTER_RIVER.has(next.text);
}

/** The mentions of an American state read after "the" in a river's slot (see above), each with the river of that name. */
export function riversNamedLikeStates(results: readonly Resolution[], tokens: readonly Token[], gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		const { candidate, key } = result.mention;
		if (result.place.kind !== 'region' || result.place.country !== 'US' || candidate.via !== 'name' || !articleBefore(candidate.first, tokens) || !riverWordAfter(candidate.last, tokens)) continue;
		const river = riverNamedAfter(key, gazetteer);
		if (river) found.set(i, resolution(result.mention, gazetteer.places[river.places[0]!]!, result.score, ['feature-type']));
	}
	return found;
}

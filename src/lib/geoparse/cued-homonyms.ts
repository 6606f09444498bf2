// "the state of Washington", "Kaduna and Katsina states", "a small town": the homonyms a word for a kind
// of place brings to a mention, and the kind it leaves. A stage of read-document.ts's homonym weighing.
import { referencedIndex } from '../gazetteer/references.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { cuedNameKeys, divisionNounAfterList, fitsCue, pluralNounBefore, type KindCue } from './document-cues.ts';
import { afterCountyComma, districtNounAfter, divisionKeyOf } from './mention-cue.ts';
import { kindOnlyAbroad } from './named-countries.ts';
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';
import { tallyDivisionBefore } from './tally-lists.ts';

/**
 * Adds the places the cue's longer names stand for ("Kaduna State") to `places` and `importance`, and
 * returns the indices of the homonyms of the cue's kind where they narrow the choice (null: keep all).
 */
export function cuedHomonyms(mention: AcceptedMention, cue: KindCue, places: GazetteerPlace[], importance: number[], tokens: Token[], gazetteer: Gazetteer, countriesNear: () => ReadonlySet<string>): number[] | null {
	const noun = cue === 'district' ? (districtNounAfter(mention, tokens) ?? divisionNounAfterList(mention.candidate, tokens) ?? pluralNounBefore(mention.candidate, tokens) ?? tallyDivisionBefore(mention.candidate, tokens)) : null;
	const divisionKey = divisionKeyOf(mention, tokens, gazetteer);
	const keys = noun ? [nameKey(`${mention.surface} ${noun}`)] : divisionKey ? [divisionKey, ...cuedNameKeys(mention.surface, cue)] : cuedNameKeys(mention.surface, cue);
	for (const value of keys.flatMap((key) => gazetteer.byName.get(key) ?? [])) {
		const index = referencedIndex(value);
		const place = gazetteer.places[index]!;
		if (places.includes(place)) continue;
		places.push(place);
		importance.push(gazetteer.importance[index]!);
	}
	// "the state of Washington", "a small town": only homonyms of that kind, if there are any
	const fitting = places.map((p, k) => (fitsCue(p, cue) ? k : -1)).filter((k) => k >= 0);
	// (a river or an island is no country's: "the Benue and Niger rivers" of a text about Nigeria is not Niger State,
	// "the island of Trinidad" in a text about Bolivia not Beni's town)
	return fitting.length && fitting.length < places.length && (cue === 'water' || cue === 'island' || afterCountyComma(mention.candidate, tokens) || !kindOnlyAbroad(countriesNear(), places, fitting)) ? fitting : null;
}

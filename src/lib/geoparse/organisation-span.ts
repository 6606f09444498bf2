// "Colorado State", "Arizona State University", "Birmingham City": a US state's name before a
// capitalised "State", or a city's before "City", that the gazetteer does not know as one longer
// place name, is a university or a club named after the place. The whole name is the toponym (used
// as an embedded one), not the place word inside it read as the place itself.
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';

const SCHOOL_WORDS = new Set(['University', 'College']);

/** The end of the organisation's name that starts with the candidate, or null where it names none. */
export function organisationEnd(candidate: Candidate, place: GazetteerPlace, tokens: Token[]): number | null {
	if (candidate.via !== 'name') return null;
	const at = candidate.last + 1;
	const head = tokens[at];
	if (!head || head.gapBefore !== ' ') return null;
	// "Oaxaca State", "Lagos State": elsewhere the state is called so; "Colorado State" is a school
	const stateSchool = head.text === 'State' && place.kind === 'region' && place.country === 'US';
	const cityClub = head.text === 'City' && place.kind === 'city';
	if (!stateSchool && !cityClub) return null;
	const next = tokens[at + 1];
	const continues = next !== undefined && next.gapBefore === ' ' && next.capitalized;
	if (!continues) return head.end;
	// "Arizona State University"; not "Maryland State Police", "Harare City Council" (other names, read as such)
	return stateSchool && SCHOOL_WORDS.has(next.text) ? next.end : null;
}

// "Cuba-Rushford Central School", "the Annville-Cleona district", "Bolivar-Richburg: closed": two neighbouring
// towns hyphened name the school district, team or road they share, and each is a place. A double-barrelled
// surname ("Newton-John", "Melbourne-Blake") joins names whose towns lie far apart, or follows a first name. US
// towns only: elsewhere a hyphen joins a town's name to its district's ("Hida-Furukawa", Furukawa in Hida), one
// place the gazetteer may not have whole.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { kilometres } from './qualifies.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isFirstName } from './word-facts.ts';

// towns that share a school district or a team lie this close
const NEIGHBOURS_KM = 30;
// the namesakes of each name weighed (the gazetteer's order: the most important first)
const NAMESAKES = 30;

/** The candidate and the one hyphened right after it name towns that lie within a district's reach of each other. */
export function hyphenedNeighbours(first: Candidate, second: Candidate | undefined, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	if (!second || second.first !== first.last + 1 || tokens[second.first]!.gapBefore !== '-') return false;
	// "Olivia Newton-John": after a first name or a capitalised word inside the sentence, a person's surnames ("The
	// Annville-Cleona board": the sentence's first word)
	const before = tokenAt(tokens, first.first - 1);
	if (before?.capitalized && !tokens[first.first]!.sentenceStart && (!before.sentenceStart || isFirstName(before.lower, gazetteer))) return false;
	for (const a of first.places.slice(0, NAMESAKES)) {
		const one = gazetteer.places[a]!;
		if (one.kind !== 'city' || one.country !== 'US') continue;
		for (const b of second.places.slice(0, NAMESAKES)) {
			const other = gazetteer.places[b]!;
			if (other.kind === 'city' && other.country === 'US' && kilometres(one, other) <= NEIGHBOURS_KM) return true;
		}
	}
	return false;
}

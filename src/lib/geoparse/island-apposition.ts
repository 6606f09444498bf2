// "Kioni is a village on the north-east coast of Ithaca, one of the Ionian Islands of Greece", "Naxos, the largest of
// the Cyclades islands of Greece", "Ithaca, an island of Greece": an apposition that calls the name one island of a
// group or of a country places the name there, as "Ithaca, Greece" does: the island's town bears its name (Itháki,
// known to the gazetteer only by its Greek name, over Ithaca, New York). Only a reading inside the group's region or
// the country is taken; where none lies there the apposition settles nothing (the island alone is no town).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { qualifies } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { resolution } from './resolution.ts';

// ", one of the ", ", the largest of the ", ", an island of ", ", a small island off the "
const APPOSITION_GAP = /^, (?:one of the |the \p{Ll}+ of the |an? (?:\p{Ll}+ )?island (?:of|in|off) (?:the )?)$/u;
// between a group's name and its country: "Ionian Islands of Greece", "Cyclades islands of Greece"
const GROUP_TO_COUNTRY_GAP = /^ (?:islands )?(?:of|in|off) (?:the )?$/;
const ISLANDS_WORD = /\b(?:Islands|Isles)$/;
// the longest gap either pattern matches, asked first
const LONGEST_GAP = 40;

/**
 * The indices of the mentions after mention i that the apposition (`gap`, the text between mention i and the next)
 * names as its container (the group, then its country), or none.
 */
function containers(i: number, gap: string, mentions: AcceptedMention[], text: string): number[] {
	if (gap.length > LONGEST_GAP || !APPOSITION_GAP.test(gap)) return [];
	const group = mentions[i + 1]!;
	const after = mentions[i + 2];
	const afterGap = after ? text.slice(group.candidate.end, after.candidate.start) : '';
	const joined = after !== undefined && afterGap.length <= LONGEST_GAP && GROUP_TO_COUNTRY_GAP.test(afterGap);
	// the apposition must speak of islands: in its words, in the group's name, or between the group and its country
	const aboutIslands = gap.includes('island') || ISLANDS_WORD.test(group.surface) || afterGap.startsWith(' islands');
	if (!aboutIslands) return [];
	return joined ? [i + 1, i + 2] : [i + 1];
}

/** The place a container mention stands for: its reading so far, or its likeliest one. */
function areaOf(k: number, mentions: AcceptedMention[], results: (Resolution | null)[], gazetteer: Gazetteer): GazetteerPlace | undefined {
	return results[k]?.place ?? gazetteer.places[mentions[k]!.candidate.places[0]!];
}

/**
 * Resolves mention i to its homonym in the island group or country its apposition (`gap`, the text up to the next
 * mention) names (see the module comment), where there is one; true when it did.
 */
export function qualifyByIslandApposition(i: number, gap: string, mentions: AcceptedMention[], results: (Resolution | null)[], reading: DocumentReading, text: string, gazetteer: Gazetteer): boolean {
	const named = containers(i, gap, mentions, text);
	if (named.length === 0) return false;
	const homonyms = reading.homonymsOf(i);
	for (const k of named) {
		const area = areaOf(k, mentions, results, gazetteer);
		if (!area || (area.kind !== 'country' && area.kind !== 'region')) continue;
		const inside = homonyms.places.filter((place) => place !== area && qualifies(place, area, gazetteer));
		const place = inside.find((p) => !homonyms.alternateNames.has(p)) ?? inside[0];
		if (!place) continue;
		results[i] = resolution(mentions[i]!, place, 0.95, ['qualified']);
		return true;
	}
	return false;
}

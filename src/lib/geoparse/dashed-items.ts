// "Keene — Lewis Family Trust to Mark Wells, $240,000. Jay — Estate of Minerva Stone …", "Clayton — Story hour, 10 a.m.
// Helen — Christmas market": a listing whose items each open with a name and a spaced dash (deeds, sale bills and
// calendars by town). Its heads are one list, as the items of a joined list or a tally are: place-readings.ts reads a
// head set aside for its word alone (a first name, a word, a sentence start) as its town only where that town lies
// among the other heads' towns (listed-cluster.ts), so a listing of persons ("Smith — 12 points") stays persons.
import type { Candidate } from './candidates.ts';
import { opensLineItem } from './line-openings.ts';
import type { Token } from './tokens.ts';

// the gaps of a dash between a heading and its item
const HEADING_DASHES = new Set([' — ', ' – ', ' - ']);
// the other heads of the listing an item's head is read with, each way
const SIBLINGS_EACH_WAY = 12;

/** Whether the name opens a sentence or a line and a spaced dash follows it ("Keene — Lewis Family Trust"). */
export function opensDashedItem(candidate: Candidate, tokens: readonly Token[]): boolean {
	const next = tokens[candidate.last + 1];
	if (next === undefined || !HEADING_DASHES.has(next.gapBefore)) return false;
	return opensLineItem(tokens[candidate.first]!);
}

/** The heads of the text's dashed items in the text's order, and each head's position among them. */
export interface DashedListing {
	heads: readonly Candidate[];
	at: ReadonlyMap<Candidate, number>;
}

/** The text's dashed listing (made once per text: a long listing's heads are each asked about). */
export function dashedListing(candidates: readonly Candidate[], tokens: readonly Token[]): DashedListing {
	const heads = candidates.filter((candidate) => opensDashedItem(candidate, tokens));
	return { heads, at: new Map(heads.map((head, i) => [head, i])) };
}

/** The other heads of the dashed listing the candidate heads an item of (none where it heads none). */
export function dashedSiblings(candidate: Candidate, listing: DashedListing): Candidate[] {
	const at = listing.at.get(candidate);
	if (at === undefined) return [];
	const { heads } = listing;
	return heads.slice(Math.max(0, at - SIBLINGS_EACH_WAY), at).concat(heads.slice(at + 1, at + 1 + SIBLINGS_EACH_WAY));
}

// "Hasanabad is a village in Semnan County, Semnan Province, Iran": the mentions the sentence that
// describes a place names as its containers, in the description's own clause.
import { describesPlace, predicateStart } from './document-cues.ts';
import { namedAsContainer, namesDivision } from './container-words.ts';
import type { ClauseBreaks } from './parent-position.ts';
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';

// a description names its containers within a few lines ("… in the Central District of Esfarayen County,
// North Khorasan Province, Iran"); reading on to the sentence's end made each of a run of described places
// ("X is a village in Y and Z is a village in …") walk all the others: quadratic in the run
const MAX_REACH = 400;

/** The mentions the sentence describing mention i names as its containers, in its clause (none where no sentence describes it). */
export function describedInMentions(mentions: AcceptedMention[], breaks: () => ClauseBreaks, tokens: Token[], sentenceOf: (mention: number) => number, i: number): number[] {
	const mention = mentions[i]!;
	if (mention.candidate.via !== 'name' || !describesPlace(mention.candidate, tokens)) return [];
	const sentence = sentenceOf(i);
	// in the description's own clause, not a later one ("Ashwell was a market town in the Middle Ages, and the church of St Mary …")
	const clauseEnd = breaks().endAfter(mention.candidate.end);
	const containers: number[] = [];
	for (let j = i + 1; j < mentions.length && sentenceOf(j) === sentence; j++) {
		const start = mentions[j]!.candidate.start;
		if (start >= clauseEnd || start - mention.candidate.end > MAX_REACH) break;
		if (namedAsContainer(mentions[j]!.candidate.first, tokens)) containers.push(j);
	}
	return containers;
}

/** Of those (`described`, describedInMentions' answer), the ones named with a division's word ("the Bhagalpur district", "Esfarayen County"). */
export function describedInDivisionMentions(mentions: AcceptedMention[], tokens: Token[], described: number[]): number[] {
	// (resolution asks it of every mention; most are described by no sentence)
	return described.length === 0 ? [] : described.filter((j) => namesDivision(mentions[j]!, tokens));
}

/** "Paris (Persian: …, also Romanized as Pārīz) is a village": the mentions in the aside between a described place's name and its predicate, its other names. */
export function asideMentions(mentions: AcceptedMention[], tokens: Token[], i: number): number[] {
	const { candidate } = mentions[i]!;
	if (candidate.via !== 'name' || !describesPlace(candidate, tokens)) return [];
	const verb = predicateStart(candidate, tokens);
	const found: number[] = [];
	for (let j = i + 1; j < mentions.length && mentions[j]!.candidate.last < verb; j++) found.push(j);
	return found;
}

// "Hasanabad is a village in Semnan County, Semnan Province, Iran": the mentions the sentence that
// describes a place names as its containers, in the description's own clause.
import { describesPlace, predicateStart } from './document-cues.ts';
import { namedAsContainer, namesDivision } from './container-words.ts';
import { oneClause } from './parent-position.ts';
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';

/** The mentions after mention i, in its sentence and clause, named as containers (and, with `divisions`, as divisions: "… in Esfarayen County"). */
function containersAfter(mentions: AcceptedMention[], text: string, tokens: Token[], sentenceOf: (mention: number) => number, i: number, divisions: boolean): number[] {
	const mention = mentions[i]!;
	const sentence = sentenceOf(i);
	const containers: number[] = [];
	for (let j = i + 1; j < mentions.length && sentenceOf(j) === sentence; j++) {
		// in the description's own clause, not a later one ("Ashwell was a market town in the Middle
		// Ages, and the church of St Mary …")
		if (!oneClause(text, mention.candidate.end, mentions[j]!.candidate.start)) break;
		if (namedAsContainer(mentions[j]!.candidate.first, tokens) && (!divisions || namesDivision(mentions[j]!, tokens))) containers.push(j);
	}
	return containers;
}

/** The mentions the sentence describing mention i names as its containers, in its clause (none where no sentence describes it). */
export function describedInMentions(mentions: AcceptedMention[], text: string, tokens: Token[], sentenceOf: (mention: number) => number, i: number): number[] {
	const mention = mentions[i]!;
	if (mention.candidate.via !== 'name' || !describesPlace(mention.candidate, tokens)) return [];
	return containersAfter(mentions, text, tokens, sentenceOf, i, false);
}

/** Of those, the ones named with a division's word ("the Bhagalpur district", "Esfarayen County"). */
export function describedInDivisionMentions(mentions: AcceptedMention[], text: string, tokens: Token[], sentenceOf: (mention: number) => number, i: number): number[] {
	if (describedInMentions(mentions, text, tokens, sentenceOf, i).length === 0) return [];
	return containersAfter(mentions, text, tokens, sentenceOf, i, true);
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

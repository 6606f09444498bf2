// Where a parent stands decides whether it is the place's parent: "Salem, Indiana", "Salem in Washington
// County", "Washington is a small town in Hempstead County, Arkansas", "the Iowa town of Washington".
// A region named elsewhere in the sentence ("talks in Geneva … colleagues waited in New York", "officials
// in Paris said they would meet in Texas") is only a hint that the text is about it.
import type { AcceptedMention } from './resolve.ts';

// the words that join a place to its first parent: "X, Y"; "X in (southwest) Y"; "X is in Y"; "X, a
// small town in Y"; "X is a village in the administrative district of Y"; "X is located in Y"
const FIRST_LINK = new RegExp(
	[
		String.raw`^\s*,\s*$`,
		String.raw`^\s*,?\s+(?:(?:is|was|lies)\s+)?(?:(?:located|situated)\s+)?(?:in|within|of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$`,
		String.raw`^(?:\s*,\s*|\s+(?:is|was)\s+)(?:a|an|the)\s+(?:[\p{Ll}\d][\p{L}\d,.'-]*\s+){0,7}(?:in|of|within)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$`
	].join('|'),
	'u'
);
// the words that join one parent to the next: "Y County, State", ", within Z County", ", in south-western Poland"
const CHAIN_LINK = /^\s*,\s*(?:(?:in|within)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2})?$|^\s+(?:in|of|within)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
// "the Iowa town of Washington", "the Kent village of Hythe": a parent right before the place's kind
const PARENT_BEFORE = /^\s+(?:town|city|village|hamlet|community|township|borough|suburb|county|parish|district|municipality|commune)\s+of\s+$/;
// a description never runs this far: the gap is read only when it is shorter
const MAX_GAP = 160;

/** The mentions standing in a parent's position to mention i, by index (the chain after it and the one before). */
export function parentsInPosition(text: string, mentions: AcceptedMention[], sentenceOf: (i: number) => number, i: number): number[] {
	const found: number[] = [];
	const sentence = sentenceOf(i);
	const before = mentions[i - 1];
	if (before && sentenceOf(i - 1) === sentence && gapMatches(text, before, mentions[i]!, PARENT_BEFORE)) found.push(i - 1);
	for (let j = i + 1; j < mentions.length && sentenceOf(j) === sentence; j++) {
		if (!gapMatches(text, mentions[j - 1]!, mentions[j]!, j === i + 1 ? FIRST_LINK : CHAIN_LINK)) break;
		found.push(j);
	}
	return found;
}

function gapMatches(text: string, left: AcceptedMention, right: AcceptedMention, link: RegExp): boolean {
	const from = left.end ?? left.candidate.end;
	const to = right.candidate.start;
	return to >= from && to - from <= MAX_GAP && link.test(text.slice(from, to));
}

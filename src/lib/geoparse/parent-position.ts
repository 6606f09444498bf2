// Where a parent stands decides whether it is the place's parent: "Salem, Indiana", "Salem in Washington
// County", "Washington is a small town in Hempstead County, Arkansas", "the Iowa town of Washington".
// A region named elsewhere in the sentence ("talks in Geneva … colleagues waited in New York", "officials
// in Paris said they would meet in Texas") is only a hint that the text is about it.
import type { AcceptedMention } from './resolve.ts';

// the words that join a place to its first parent: "X, Y"; "X in (southwest) Y"; "X is in Y"; "X is
// located in Y"; "X in the Barabanki district of Y"; and a description, whatever names the gazetteer
// lacks it holds: "X, a small town in Y"; "X is a village in the administrative district of Gmina Z,
// within Y"; "X is a rural locality (a village) in Kirovsky District, Y"
const FIRST_LINK = new RegExp(
	[
		String.raw`^\s*,\s*$`,
		String.raw`^\s*,?\s+(?:(?:is|was|lies)\s+)?(?:(?:located|situated)\s+)?(?:in|within|of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$`,
		String.raw`^\s+in\s+the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:district|county|province|region|division|municipality|department)\s+of\s+$`,
		String.raw`^(?:\s*,\s*|\s+(?:is|was)\s+)(?:a|an|the)\s+(?:\S+\s+){0,10}?(?:in|of|within)\s+(?:\S+\s+){0,4}$`
	].join('|'),
	'u'
);
// a new clause: what follows speaks of something else ("… in the Middle Ages, and the church of St Mary")
const CLAUSE_BREAK = /,\s+(?:and|but|or|while|where|which|who|when|though|although)\s|\s(?:while|where|which|whose|who|when|but|though|although|because|after|before|since|until)\s|;/;
// the words that join one parent to the next: "Y County, State", ", within Z County", ", in south-western Poland"
// (through a division the gazetteer lacks: "Gmina Kłodzko, within Kłodzko County")
const CHAIN_LINK = /^\s*,\s*(?:(?:in|within)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2})?$|^\s+(?:in|of|within)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$|^\s*,?\s+(?:in|of|within)\s+(?:the\s+)?(?:\S+\s+){0,3}(?:in|of|within)\s+$|^\s*,\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},\s*(?:(?:in|within)\s+)?$/u;
// "the Iowa town of Washington", "the Kent village of Hythe": a parent right before the place's kind
const PARENT_BEFORE = /^\s+(?:town|city|village|hamlet|community|township|borough|suburb|county|parish|district|municipality|commune)\s+of\s+$/;
// a description never runs this far: the gap is read only when it is shorter
const MAX_GAP = 160;
// the longest real chain ("village, gmina, county, voivodeship, country") has four parents; past a few
// more it is a list ("Washington, Washington County, …" for pages), and reading on made each item walk
// the rest of its sentence: quadratic in the list's length
const MAX_CHAIN = 6;

/** The mentions standing in a parent's position to mention i, by index (the chain after it and the one before). */
export function parentsInPosition(text: string, mentions: AcceptedMention[], sentenceOf: (i: number) => number, i: number): number[] {
	const found: number[] = [];
	const sentence = sentenceOf(i);
	const before = i > 0 ? mentions[i - 1] : undefined;
	if (before && sentenceOf(i - 1) === sentence && gapMatches(text, before, mentions[i]!, PARENT_BEFORE)) found.push(i - 1);
	for (let j = i + 1; j < mentions.length && j <= i + MAX_CHAIN && sentenceOf(j) === sentence; j++) {
		if (!gapMatches(text, mentions[j - 1]!, mentions[j]!, j === i + 1 ? FIRST_LINK : CHAIN_LINK, CLAUSE_BREAK)) break;
		found.push(j);
	}
	return found;
}

/** Where a text's clauses end: `endAfter(from)` is the earliest end of a clause break starting at or after `from`. */
export interface ClauseBreaks {
	endAfter(from: number): number;
}

/**
 * The text's clause breaks, found in one scan: the text between two offsets runs on in one clause when
 * `endAfter(from) > to` (no "…, and the church of", no "which"), the same answer as testing CLAUSE_BREAK
 * on the slice, without reading each slice again (a described place per mention made that cubic).
 */
export function clauseBreaks(text: string): ClauseBreaks {
	const starts: number[] = [];
	const ends: number[] = [];
	// every start, overlapping ones too (", while " and its " while "): a slice may hold the later alone
	const scan = new RegExp(CLAUSE_BREAK.source, 'g');
	for (let match = scan.exec(text); match; match = scan.exec(text)) {
		starts.push(match.index);
		ends.push(match.index + match[0].length);
		scan.lastIndex = match.index + 1;
	}
	// the earliest end among the breaks from each one on
	for (let k = ends.length - 2; k >= 0; k--) ends[k] = Math.min(ends[k]!, ends[k + 1]!);
	return {
		endAfter(from) {
			let low = 0;
			let high = starts.length;
			while (low < high) {
				const middle = (low + high) >> 1;
				if (starts[middle]! < from) low = middle + 1;
				else high = middle;
			}
			return low < ends.length ? ends[low]! : Infinity;
		}
	};
}

function gapMatches(text: string, left: AcceptedMention, right: AcceptedMention, link: RegExp, breaks: RegExp | null = null): boolean {
	const from = left.end ?? left.candidate.end;
	const to = right.candidate.start;
	if (to < from || to - from > MAX_GAP) return false;
	const gap = text.slice(from, to);
	return link.test(gap) && !breaks?.test(gap);
}

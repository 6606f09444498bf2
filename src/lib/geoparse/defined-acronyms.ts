// "Tara (Total Abstract Rendering Architecture)", "the North Atlantic Treaty Organisation (Nato)": the text
// spells a short name out in brackets, after it or before it, and the capitals of the long name make the short
// one. The short name is then that body's or that product's at every mention in the text ("new features were
// added to Tara", "Nato leaders met"), not a town the gazetteer happens to call so (Tara, Russia; Nato, the
// Philippines). A long name the text reads as a place is that place's short form ("the European Union (EU)",
// "the United Arab Emirates (UAE)"): those stay.
import type { Candidate } from './candidates.ts';
import type { Verdict } from './judge.ts';
import { tokenAfter, tokenAt, type Token } from './tokens.ts';

// words a long name leaves out of its capitals ("Global Alliance for Vaccines and Immunisation (Gavi)")
const JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'et', 'für', 'und', 'der']);
// a short name of two to ten letters, and a long name of at most this many words
const SHORT = /^\p{L}{2,10}$/u;
const MAX_LONG_WORDS = 12;
// only a space or a hyphen between the words of one long name
const WORD_GAP = /^(?: |-|–)$/;

function opensBracket(gap: string): boolean {
	return gap.length <= 3 && gap.includes('(') && gap.trimEnd().endsWith('(') && !gap.includes(')');
}

function closesBracket(token: Token | undefined): boolean {
	return token === undefined || token.gapBefore.startsWith(')');
}

/** The capitals of tokens from..to (inclusive), joiners left out; null where a word is neither. */
function capitalsOf(tokens: readonly Token[], from: number, to: number): string | null {
	let capitals = '';
	for (let k = from; k <= to; k++) {
		const token = tokens[k]!;
		if (k > from && !WORD_GAP.test(token.gapBefore)) return null;
		if (JOINERS.has(token.lower)) {
			if (k === from || k === to) return null;
			continue;
		}
		if (!token.capitalized) return null;
		capitals += token.lower[0];
	}
	return capitals.length >= 2 ? capitals : null;
}

/** The long name before a bracketed short one whose capitals spell it: its first token, or -1. */
function longNameBefore(tokens: readonly Token[], shortAt: number, short: string): number {
	for (let from = shortAt - 1; from >= 0 && from >= shortAt - MAX_LONG_WORDS; from--) {
		if (from < shortAt - 1 && !WORD_GAP.test(tokens[from + 1]!.gapBefore)) return -1;
		const token = tokens[from]!;
		if (!token.capitalized && !JOINERS.has(token.lower)) return -1;
		if (token.capitalized && capitalsOf(tokens, from, shortAt - 1) === short) return from;
	}
	return -1;
}

/** Whether a kept candidate spans exactly tokens from..to (the long name is a place's). */
function readAsPlace(candidates: readonly Candidate[], verdicts: readonly Verdict[], from: number, to: number): boolean {
	for (let i = 0; i < candidates.length; i++) if (candidates[i]!.first === from && candidates[i]!.last === to && verdicts[i]!.keep) return true;
	return false;
}

/** The short names (lower case) the text spells out in brackets, after or before them. */
function definedShortNames(text: string, tokens: readonly Token[], candidates: readonly Candidate[], verdicts: readonly Verdict[]): Set<string> {
	const defined = new Set<string>();
	// only the gaps that hold a bracket are asked (a search for "(" finds them: most texts have a few, if any), each once;
	// a bracket stands between tokens, never in one, so the token after it is the first to end after it
	let asked = 0;
	for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
		const i = tokenAfter(tokens, at);
		// (the first token's gap opens nothing: there is no short name before it)
		if (i <= asked || i >= tokens.length) continue;
		asked = i;
		if (!opensBracket(tokens[i]!.gapBefore)) continue;
		// "Tara (Total Abstract Rendering Architecture)"
		const short = tokenAt(tokens, i - 1)!;
		if (short.capitalized && SHORT.test(short.text)) {
			let last = i;
			while (last + 1 < tokens.length && last - i < MAX_LONG_WORDS && !closesBracket(tokens[last + 1])) last++;
			if (closesBracket(tokens[last + 1]) && capitalsOf(tokens, i, last) === short.lower && !readAsPlace(candidates, verdicts, i, last)) defined.add(short.lower);
		}
		// "the North Atlantic Treaty Organisation (Nato)"
		const bracketed = tokens[i]!;
		if (bracketed.capitalized && SHORT.test(bracketed.text) && closesBracket(tokens[i + 1])) {
			const from = longNameBefore(tokens, i, bracketed.lower);
			if (from >= 0 && !readAsPlace(candidates, verdicts, from, i - 1)) defined.add(bracketed.lower);
		}
	}
	return defined;
}

/** Unmaps every one-word mention of a short name the text spells out as a body's or a thing's (see above). */
export function readDefinedAcronyms(candidates: readonly Candidate[], verdicts: Verdict[], tokens: readonly Token[], text: string): void {
	let defined: Set<string> | null = null;
	for (let i = 0; i < candidates.length; i++) {
		const candidate = candidates[i]!;
		if (!verdicts[i]!.keep || candidate.first !== candidate.last || candidate.via !== 'name') continue;
		defined ??= definedShortNames(text, tokens, candidates, verdicts);
		if (defined.size === 0) return;
		if (defined.has(tokens[candidate.first]!.lower)) verdicts[i] = { keep: false, why: 'defined-acronym' };
	}
}

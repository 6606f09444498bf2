// "Kingston upon Hull … the ferry from Hull", "Newcastle-under-Lyme … locally called simply Newcastle": once
// the text has named a place whose name joins a town's name to a river's by a connecting word, the bare town
// name is that place, also where English has it as a word ("hull"). short-forms.ts then resolves it so.
import { nameKey } from '../gazetteer/normalize.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import type { Verdict } from './judge.ts';
import type { JudgeContext } from './phrase-cues.ts';
import { SAME_NAME_PLACE } from './place-readings.ts';
import { JOINED_NAME } from './short-forms.ts';
import { tokenAt } from './tokens.ts';

// verdicts that rest on the word alone, not on a person cue at the mention (place-readings.ts)
const WORD_ONLY = new Set(['common-word', 'sentence-start']);
// the part after the connecting word, one word: "Hull" of "Kingston upon Hull" ("Trent" of Stoke-on-Trent
// is the river, which the gazetteer does not give the town's name)
const JOINED_TAIL = /[ -](?:upon|on|under)[ -](\p{Lu}\p{L}+)$/u;
// cheap pre-test: a connecting word inside some candidate's name
const CONNECTOR = /[ -](?:upon|on|under|am|an|sur|de|del|di|da|do|dos|das)[ -]/;

/** Keeps the bare parts of joined names the text named before (as places) that were set aside as words. Rewrites `verdicts`. */
export function readPartsOfJoinedNames(candidates: Candidate[], verdicts: Verdict[], ctx: JudgeContext): void {
	// the whole names' parts, by key: the first part (any reading), the last (only where the gazetteer gives it the place)
	let parts: Map<string, number | null> | null = null;
	for (let i = 0; i < candidates.length; i++) {
		const candidate = candidates[i]!;
		const verdict = verdicts[i]!;
		if (verdict.keep) {
			if (verdict.usage !== 'literal' || candidate.first === candidate.last) continue;
			const surface = ctx.text.slice(candidate.start, candidate.end);
			if (!CONNECTOR.test(surface)) continue;
			const head = JOINED_NAME.exec(surface);
			if (head) (parts ??= new Map()).set(nameKey(head[1]!), null);
			const tail = JOINED_TAIL.exec(surface);
			if (tail) (parts ??= new Map()).set(nameKey(tail[1]!), candidate.places[0]!);
			continue;
		}
		if (!parts || !WORD_ONLY.has(verdict.why) || candidate.first !== candidate.last || standsInName(candidate, ctx)) continue;
		const key = candidateKey(ctx.text, candidate);
		if (!parts.has(key)) continue;
		const place = parts.get(key);
		if (place === null || candidate.places.includes(place!)) verdicts[i] = { keep: true, usage: 'literal', why: SAME_NAME_PLACE, minor: true };
	}
}

/** A capitalised word right before it in mid-sentence or right after it ("Hull City", "Newcastle United"), or a possessive. */
function standsInName(candidate: Candidate, ctx: JudgeContext): boolean {
	const { tokens } = ctx;
	const token = tokens[candidate.first]!;
	const before = tokenAt(tokens, candidate.first - 1);
	const after = tokens[candidate.last + 1];
	if (before?.capitalized && !token.sentenceStart && /^[ -]$/.test(token.gapBefore)) return true;
	return !!after && ((after.capitalized && /^[ -]$/.test(after.gapBefore)) || after.text === 's');
}

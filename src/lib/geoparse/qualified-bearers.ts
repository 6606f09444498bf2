// "an auction in Charm, Ohio", "buyers came to Charm in Holmes County": a post-office town named by an English
// word is no candidate of the recogniser (candidates.ts reads a word of everyday English as that word), so
// the state or county right after it went unheeded. Where a locative word comes before the name and the
// gazetteer holds a place of it inside that parent (bearer-in-parent.ts), within-parent.ts puts it there;
// without such a place nothing is read ("talks in Brussels, Belgium" is read before; "Sheriff Lively in
// Lancaster County" names a person, not a place).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { isFirstLevelRegion } from '../gazetteer/types.ts';
import { nameEndingAt, firstStartingFrom, notASubjectName } from './subject-name.ts';
import { tokenAt, type Token } from './tokens.ts';
import { commonness } from './word-facts.ts';
import { EVERYDAY_WORD } from './context-words.ts';

// the words before a name that make it a place where something is, happens or comes from
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'from']);

export interface QualifiedName {
	start: number;
	end: number;
	name: string;
	parent: GazetteerPlace;
	/** 1 a county or district, 2 a first-level region */
	level: number;
}

/** The capitalised name ending where `end` is, after a locative word and not opening a sentence; null otherwise. */
function locativeNameEndingAt(text: string, tokens: readonly Token[], end: number, gazetteer: Gazetteer): { start: number; name: string } | null {
	const last = firstStartingFrom(tokens, end) - 1;
	const span = last >= 0 && tokens[last]!.end === end ? nameEndingAt(tokens, last) : null;
	if (!span) return null;
	const [first] = span;
	const before = tokenAt(tokens, first - 1);
	if (!before || !LOCATIVES.has(before.lower) || tokens[first]!.sentenceStart || notASubjectName(tokens, first, last, gazetteer)) return null;
	const start = tokens[first]!.start;
	return { start, name: text.slice(start, end) };
}

/**
 * The names a first-level region follows after a comma ("in Charm, Ohio") or a county after "in" ("to Charm
 * in Holmes County"), each with that parent: read as places only where the gazetteer has one there.
 */
export function qualifiedNames(text: string, tokens: readonly Token[], named: readonly { start: number; usage: string; place: GazetteerPlace }[], gazetteer: Gazetteer, max: number): QualifiedName[] {
	const found: QualifiedName[] = [];
	for (let i = 0; i < named.length && found.length < max; i++) {
		const { start, usage, place } = named[i]!;
		if (usage !== 'literal') continue;
		const region = isFirstLevelRegion(place);
		let end = -1;
		if (region && text.slice(start - 2, start) === ', ') end = start - 2;
		else if (place.kind === 'district' && text.slice(start - 4, start) === ' in ') end = start - 4;
		if (end < 0) continue;
		const subject = locativeNameEndingAt(text, tokens, end, gazetteer);
		if (subject) found.push({ start: subject.start, end, name: subject.name, parent: place, level: region ? 2 : 1 });
	}
	return found;
}

/** Whether a one-word name is a word of everyday English ("Charm"), which opens sentences as that word. */
export function englishWord(key: string, gazetteer: Gazetteer): boolean {
	return !key.includes(' ') && commonness(key, gazetteer) >= EVERYDAY_WORD;
}

// Where the recogniser, extending a name word by word, would read the span through the next capitalised
// word only to find nothing there and stop: "President Donald", "the Trump" (after "President" and
// "The", which begin longer names). Most spans of several words it reads are such, and each read probes
// tables rarely in the processor's cache; two bits of the name table and the small demonym tables say
// beforehand that nothing is there, and the name then ends unread, as that read would have ended it.
import type { NameReader } from './name-lookup.ts';
import type { Token } from './tokens.ts';

// Gaps the name key drops ("People's", "St.Louis"): the next word continues the key's last one.
export const GAPS_KEYS_DROP: ReadonlySet<string> = new Set(["'", '’', '.']);

/**
 * Whether findNameCandidates, having just read the name up to the word before `next`, would read the
 * span through the capitalised word at `next` (one space before it, `withinBound` of the longest name),
 * find nothing and stop there: no name key or demonym is that span or goes on from it
 * (NameReader.mayNameWithNextWord), and the word after it has no gap the key drops (which goes on unasked).
 */
export function endsUnread(names: NameReader, tokens: readonly Token[], next: number, withinBound: boolean): boolean {
	const word = tokens[next];
	if (!withinBound || !word || word.gapBefore !== ' ' || !word.capitalized) return false;
	const after = tokens[next + 1];
	if (after && GAPS_KEYS_DROP.has(after.gapBefore)) return false;
	return !names.mayNameWithNextWord(word.start, word.end);
}

// "the town speaks Cebuano with a Waray strain", "most of them speakers of Ilocano and Sambal", "a Cebuano-speaking
// town": a name right after a verb of speaking, or after "speakers of", or joined to "-speaking", is a language, not
// the town of that spelling the gazetteer holds (Cebuano in the Philippines, Sambhal in India); so is a name listed
// after it with "and" or "or". (A demonym there is thing-names.ts's: it may stay the country's toponym.)
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { COORDINATORS } from './context-words.ts';

const SPEAKING = new Set(['speak', 'speaks', 'spoke', 'speaking']);
// (the plural only: "the speaker of Georgia's House" is a chamber's officer)
const SPEAKERS = new Set(['speakers']);

/** The name opening at token `first` right follows a verb of speaking, or "speakers of". */
function afterSpeaking(first: number, tokens: readonly Token[]): boolean {
	const before = tokenAt(tokens, first - 1);
	if (!before || before.capitalized || tokens[first]!.gapBefore !== ' ') return false;
	if (SPEAKING.has(before.text)) return true;
	const speakers = tokenAt(tokens, first - 2);
	return before.text === 'of' && before.gapBefore === ' ' && speakers !== undefined && SPEAKERS.has(speakers.text);
}

/** Whether a name (not a demonym) names a language here: after speaking, before "-speaking", or listed after such a name. */
export function namesASpokenLanguage(candidate: Candidate, tokens: readonly Token[]): boolean {
	if (candidate.via !== 'name') return false;
	const next = tokens[candidate.last + 1];
	// (a name before a possessive is the owner of what follows: "speaks Georgia's language of hope")
	if (next !== undefined && /^['’]$/.test(next.gapBefore) && next.lower === 's') return false;
	if (next !== undefined && next.gapBefore === '-' && next.text === 'speaking') return true;
	if (afterSpeaking(candidate.first, tokens)) return true;
	// "speakers of Ilocano and Sambal": a one-word name listed right after one read so
	const joiner = tokenAt(tokens, candidate.first - 1);
	if (!joiner || !COORDINATORS.has(joiner.text) || joiner.gapBefore !== ' ' || tokens[candidate.first]!.gapBefore !== ' ') return false;
	return tokenAt(tokens, candidate.first - 2)?.capitalized === true && afterSpeaking(candidate.first - 2, tokens);
}

// A player's transfer names the club he goes to or comes from by its town alone: "Mido joined Tottenham",
// "signed for Bath", "playing for Gloucester", "a £15.8m signing from Parma", "on loan from Chelsea", "a move to Southampton", "joined
// them a year ago from Parma". In a sports text that already names a club by its town in British usage (another
// sign of club-towns.ts, or a British competition named) the town so named is a club too, and its bare mentions are.
// Not a name that qualifies a noun after it ("joins Edinburgh line-up": the race there; "joined Dublin's Lord
// Mayor"), not a move's "from" without a word of transfer before it ("moved from Colchester to London" is a
// runner's new home), and not a move a capitalised or possessive owner makes ("the Raiders' move to Las Vegas",
// "the final's switch to Cardiff", "the Games move to Birmingham"): a team's or an event's, to a town.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { FUNCTION_WORDS } from './context-words.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isVerbAfterName } from './verb-after.ts';

// the verbs of joining a club, right before its name ("joined Tottenham") or before "from" and the club left
const JOIN_VERBS = new Set('join joins joined joining rejoin rejoins rejoined rejoining'.split(' '));
// the words of signing, before "for" (the club signed for) or "from" (the club left): "signed for Bath", "a signing from Parma"
const SIGN_WORDS = new Set('sign signs signed signing'.split(' '));
const SIGN_LINKS = new Set(['for', 'from']);
// ... and the words of playing, before "for" (the club a player plays for): "playing for Gloucester"
const PLAY_WORDS = new Set('play plays played playing'.split(' '));
// the nouns of a transfer, before "to" or "from" and the club ("a move to Southampton", "his switch from Leeds",
// "a season-long loan from Chelsea", "on loan at Anfield"); not "transfer", which American reports use of a
// student's former school ("quarterback Eli Sturgis, a transfer from Meridian": the town, which local news maps)
const TRANSFER_NOUNS = new Set(['move', 'switch', 'loan']);
const TRANSFER_LINKS = new Set(['to', 'from', 'at']);
// ... as nouns: not after a modal, "to" or a subject, where "move" is a verb ("civil servants will move to Birmingham")
const VERB_OPENERS = new Set('to will would could can may might must shall should did do does i we you they he she who not never also then'.split(' '));
// the lower-case words after the name that open a time, not a noun it qualifies ("a signing from Parma last season")
const TIME_OPENERS = new Set(['last', 'earlier', 'later', 'next']);
// how many words may stand between a verb of joining or signing and "from" ("joined them just over a year ago from Parma")
const FROM_REACH = 8;

/** The name is the club of a player's transfer: joined, signed for or from, moved to or from on a transfer's word. */
export function transferClub(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	return tokens[candidate.first]!.gapBefore === ' ' && transferWordBefore(candidate, tokens) && !qualifiesNounAfter(candidate, tokens, gazetteer);
}

/** "joined", "signed for", "playing for", "a signing from", "a move to", "joined them a year ago from" right before the name. */
function transferWordBefore(candidate: Candidate, tokens: readonly Token[]): boolean {
	const link = tokenAt(tokens, candidate.first - 1);
	if (!link) return false;
	if (JOIN_VERBS.has(link.text)) return true;
	const word = tokenAt(tokens, candidate.first - 2);
	if (!word || link.gapBefore !== ' ' || word.capitalized) return false;
	if ((SIGN_LINKS.has(link.text) && SIGN_WORDS.has(word.text)) || (link.text === 'for' && PLAY_WORDS.has(word.text))) return true;
	if (TRANSFER_LINKS.has(link.text) && TRANSFER_NOUNS.has(word.text)) {
		const owner = tokenAt(tokens, candidate.first - 3);
		return word.gapBefore === ' ' && !(owner && (owner.capitalized || isPossessiveMark(owner) || VERB_OPENERS.has(owner.text)));
	}
	return link.text === 'from' && joinedEarlierInClause(candidate.first - 1, tokens);
}

/**
 * "joins Edinburgh line-up", "joins England injury list": a lower-case word other than a function word or a verb
 * ("on loan from Chelsea missed the match") right after the name makes it a modifier; so does a capitalised one
 * ("joined Leeds University"); and "joined Paris in celebrating" joins the people of a place.
 */
function qualifiesNounAfter(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const after = tokens[candidate.last + 1];
	if (isPossessiveMark(after)) return tokens[candidate.last + 2]?.capitalized === true;
	if (after?.gapBefore === ' ' && (after.capitalized || (after.text === 'in' && tokens[candidate.last + 2]?.text.endsWith('ing')))) return true;
	return after !== undefined && after.gapBefore === ' ' && !after.capitalized && !FUNCTION_WORDS.has(after.text) && !TIME_OPENERS.has(after.text) && !/^\d/.test(after.text) && !isVerbAfterName(after, gazetteer);
}

/** A verb of joining or signing a few words before "from" at `from`, in the same clause (no punctuation between). */
function joinedEarlierInClause(from: number, tokens: readonly Token[]): boolean {
	for (let i = from - 1; i >= Math.max(0, from - FROM_REACH); i--) {
		const token = tokens[i]!;
		if (JOIN_VERBS.has(token.text) || SIGN_WORDS.has(token.text)) return true;
		if (token.gapBefore.trim() !== '' && token.gapBefore.trim() !== '-') return false;
	}
	return false;
}

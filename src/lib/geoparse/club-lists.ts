// "Barcelona, Bayern Munich, Porto, Real Madrid, Werder Bremen", "The favourites are Chelsea and Barcelona, and Real
// Madrid": a list holds things of one kind, so in a sports text a town's bare name listed with a club's full name is
// a club too (club-towns.ts makes it a club-town sign, in a text that names a British or European competition only:
// American usage names clubs "FC Dallas", "Sporting Kansas City" beside the towns of other sides' schools and fans). A club's full name is a town after a club's opening word
// ("Real Madrid", "Dynamo Kyiv": clubName), after the initials of a club's kind ("AC Milan", "VfB Stuttgart") or
// after its region ("Bayern Munich": regionBeforeItsTown). A list's items are runs of capitalised words joined by
// commas, "and" or "or", within one sentence; the town may stand anywhere in its item ("Werder Bremen", "Bayer
// Leverkusen": the club's own name is read so too). Only a
// few items either side are read: a list runs to a dozen names, and a text of a thousand commas stays linear.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { clubName, regionBeforeItsTown } from './named-things.ts';
import { LIST_WORDS } from './list-nouns.ts';
import { tokenAt, type Token } from './tokens.ts';

// the initials of a club's kind written before its town: association/football/sport club, German Verein für
// Bewegungsspiele / Leibesübungen, Sportverein, Turn- und Sportverein
const CLUB_INITIALS = new Set(['ac', 'fc', 'afc', 'sc', 'cf', 'vfb', 'vfl', 'sv', 'tsv']);
// the British fixture's word ("Arsenal v Stoke"; American usage writes "vs")
export const VERSUS = 'v';
const COMMA_GAP = /^,\s+$/;
const COMMA_SPACE = ', ';

/** A comma and white space between two words (", " itself without the pattern: a text's gaps are one string each, tokens.ts). */
function commaGap(gap: string): boolean {
	return gap === COMMA_SPACE || (gap.charCodeAt(0) === 44 && COMMA_GAP.test(gap));
}
// the items read either side of the name, and the words an item runs to ("Borussia Monchengladbach", "Wolverhampton
// Wanderers"): a run of capitalised words as long as a text is read a few words at a time
const ITEMS_READ = 6;
const ITEM_WORDS = 4;

/**
 * Whether the town's name is in an item of a list that holds a club's full name, the list not placed by the word
 * before it ("fans in Madrid, Barcelona and Real Madrid's home": `placing`, club-towns.ts's).
 */
export function listedWithClub(candidate: Candidate, tokens: readonly Token[], candidateAt: ReadonlyMap<number, Candidate>, gazetteer: Gazetteer, placing: (word: Token) => boolean): boolean {
	if (candidate.via !== 'name') return false;
	let start = itemStart(candidate.first, tokens);
	let end = itemEnd(candidate.last, tokens);
	let club = false;
	for (let read = 0; read < ITEMS_READ; read++) {
		const before = previousItemEnd(start, tokens);
		if (before < 0) break;
		start = itemStart(before, tokens);
		club ||= holdsClubName(start, before, tokens, candidateAt, gazetteer);
	}
	for (let read = 0; read < ITEMS_READ && !club; read++) {
		const after = nextItemStart(end, tokens);
		if (after < 0) break;
		end = itemEnd(after, tokens);
		club = holdsClubName(after, end, tokens, candidateAt, gazetteer);
	}
	const word = tokenAt(tokens, start - 1);
	return club && !(word && tokens[start]!.gapBefore === ' ' && placing(word));
}

/**
 * "Derby v Watford or Fulham", "Reading or Swansea v Leicester": a draw made before a replay lists a side that is not
 * yet known as two clubs joined by "or"; the name joined so to a side of a fixture ("v" before or after the other)
 * is a club too.
 */
export function alternativeOfFixtureSide(candidate: Candidate, tokens: readonly Token[]): boolean {
	const after = tokens[candidate.last + 1];
	if (after?.text === 'or' && after.gapBefore === ' ' && tokens[candidate.last + 2]?.capitalized && tokens[candidate.last + 2]!.gapBefore === ' ') {
		const end = itemEnd(candidate.last + 2, tokens);
		if (tokens[end + 1]?.text === VERSUS && tokens[end + 1]!.gapBefore === ' ') return true;
	}
	const before = tokenAt(tokens, candidate.first - 1);
	if (before?.text !== 'or' || tokens[candidate.first]!.gapBefore !== ' ' || !tokenAt(tokens, candidate.first - 2)?.capitalized || before.gapBefore !== ' ') return false;
	const start = itemStart(candidate.first - 2, tokens);
	const versus = tokenAt(tokens, start - 1);
	return versus?.text === VERSUS && tokens[start]!.gapBefore === ' ';
}

/** The last token of the run of capitalised words, one space apart, that starts at `at`. */
function itemEnd(at: number, tokens: readonly Token[]): number {
	let end = at;
	while (end - at < ITEM_WORDS && tokens[end + 1]?.capitalized && tokens[end + 1]!.gapBefore === ' ') end++;
	return end;
}

/** The first token of the run of capitalised words, one space apart, that ends at `at`. */
function itemStart(at: number, tokens: readonly Token[]): number {
	let start = at;
	while (at - start < ITEM_WORDS && tokens[start]!.gapBefore === ' ' && tokenAt(tokens, start - 1)?.capitalized && !tokens[start]!.sentenceStart) start--;
	return start;
}

/** The last token of the item listed before the item starting at `start` (", " or "and"/"or" between), or -1. */
function previousItemEnd(start: number, tokens: readonly Token[]): number {
	const head = tokens[start]!;
	const joiner = tokenAt(tokens, start - 1);
	if (!joiner || head.sentenceStart) return -1;
	if (commaGap(head.gapBefore)) return joiner.capitalized ? start - 1 : -1;
	if (head.gapBefore !== ' ' || !LIST_WORDS.has(joiner.text) || joiner.sentenceStart || (joiner.gapBefore !== ' ' && !commaGap(joiner.gapBefore))) return -1;
	return tokenAt(tokens, start - 2)?.capitalized ? start - 2 : -1;
}

/** The first token of the item listed after the item ending at `end`, or -1. */
function nextItemStart(end: number, tokens: readonly Token[]): number {
	const next = tokens[end + 1];
	if (!next || next.sentenceStart) return -1;
	if (commaGap(next.gapBefore) && next.capitalized) return end + 1;
	if (!LIST_WORDS.has(next.text) || (next.gapBefore !== ' ' && !commaGap(next.gapBefore))) return -1;
	const head = tokens[end + 2];
	return head && head.capitalized && head.gapBefore === ' ' && !head.sentenceStart ? end + 2 : -1;
}

/** Whether tokens[from..to] hold a club's full name: a town after a club's opening word, its kind's initials or its region. */
function holdsClubName(from: number, to: number, tokens: readonly Token[], candidateAt: ReadonlyMap<number, Candidate>, gazetteer: Gazetteer): boolean {
	for (let at = from; at <= to; at++) {
		const name = candidateAt.get(at);
		if (!name || name.via !== 'name') continue;
		if (at > from && CLUB_INITIALS.has(tokenAt(tokens, at - 1)!.lower)) return true;
		if (clubName(name, tokens as Token[]) || regionBeforeItsTown(name, tokens as Token[], candidateAt, gazetteer)) return true;
	}
	return false;
}

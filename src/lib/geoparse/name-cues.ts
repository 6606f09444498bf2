// More cues of form that a place name is some other name here: a web address ("Amazon.com"), an
// abbreviation ("Jos. A. Bank", "Nov. 3"), a street ("Atlantic Avenue"), a person ("Gino D. Hartford",
// "Orlando, 19,", "said Nash Riad", "Smoky Mary"), a firm or a band ("Bed Bath & Beyond", "St. Paul &
// the Broken Bones", "Rainbow Kitten Surprise"), a word of a longer name that a place bears only as
// one of its foreign names ("Fire Island" is no Ísland). General English only: no list of names.
import { isCapital, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { COMMON_WORD, EVERYDAY_WORD, PERSON_TITLES, placesBeforeCouple, POSITION_WORDS } from './context-words.ts';
import { isPossessiveMark, type JudgeContext } from './phrase-cues.ts';
import { tokenAt, type Token } from './tokens.ts';
import { commonness, isCapitalisedNameWord, isFirstName } from './word-facts.ts';

export type NameCue = 'code' | 'abbreviation' | 'street' | 'person-name' | 'compound-name' | 'inside-name' | 'participle';

/** The text, its tokens, the gazetteer and the candidates by their first token: what judge.ts's context holds of them. */
export type NameCueContext = Pick<JudgeContext, 'text' | 'tokens' | 'gazetteer' | 'candidateAt'>;

// "Amazon.com", "Boston.gov", "JD.cn": a name glued to a top-level domain is a web address
const DOMAIN = /^\.[a-z]{2,6}(?![\p{L}\p{N}])/u;
// "Jos. A. Bank": a short name whose full stop is followed by an initial is an abbreviated first name
const ABBREVIATED_NAME = /^\. \p{Lu}\./u;
// "Nov. 3, 2016", "Nov. 3 after": a small place's short name before a full stop and a day is a month's
// ("Kent. 28/29 April" in a list of venues stays)
const ABBREVIATED_MONTH = /^\. \d{1,2}(?:,| \p{Ll})/u;
const MAX_ABBREVIATION = 4;
// "Atlantic Avenue", "Kingsley Road": the capitalised head of a street's name (not "Highway": a state's
// highway runs in the state; not "Court", "Place", "Way": other names end in them); a square's too, named
// after a place it seldom lies in ("Leicester Square", "Trafalgar Square", "Independence Square" in Kyiv)
const STREET_HEADS = new Set(['Square', 'Avenue', 'Ave', 'Street', 'Road', 'Rd', 'Drive', 'Boulevard', 'Blvd', 'Lane', 'Terrace', 'Crescent', 'Parkway', 'Expressway', 'Turnpike', 'Pike']);
// "at Second and Washington streets": a corner names its two streets before one plural head (US news style)
const PLURAL_STREET_HEADS = new Set(['streets', 'avenues', 'roads', 'drives', 'boulevards', 'lanes']);
// "Orlando, 19,", "Bassett, Sr., 56,", "Abo Arab, a 28-year-old": an age after a name is a person's
const AGE_AFTER = /^,\s+(?:[JS]r\.?,\s+)?(?:\d{1,3},(?!\d)|\d{1,3}-year-old|an?\s+\d{1,3}-year-old)/;
// words a reporting verb is said with before the speaker's name: '"...," said Nash Riad'
const SPEECH_BEFORE = new Set(['said', 'says', 'added', 'asked', 'explained', 'recalled', 'wrote']);
// "Miranda's son": a relative owned by the name makes it a person's
const RELATIVES = new Set('son sons daughter daughters wife husband mother father brother sister children kids boyfriend girlfriend fiancé fiancée widow parents'.split(' '));
// a capitalised word this common in everyday English, inside a capitalised title, is that word ("Kitten Surprise");
// COMMON_WORD: a foreign name heading a longer name that common is that word ("Free Trade Agreement")
const VERY_COMMON_WORD = EVERYDAY_WORD;
// capitalised words that open a phrase, not a name: "In Washington", "The Washington Post", "A Paranaque court"
const PHRASE_WORDS = new Set('the a an in at on of from to by for with near into and or but as after before during since'.split(' '));

/** The capitalised word of a name before the candidate in the same phrase (one space between), if any. */
function capitalisedBefore(candidate: Candidate, tokens: Token[]): Token | undefined {
	const previous = tokenAt(tokens, candidate.first - 1);
	if (!previous || !previous.capitalized || tokens[candidate.first]!.gapBefore !== ' ' || /\d/.test(previous.text)) return undefined;
	return previous.allCaps || PHRASE_WORDS.has(previous.lower) ? undefined : previous;
}

/** A quotation opens right before the token: '"Smoky Mary"' (capitalisation there proves no sentence start). */
function opensQuotation(token: Token): boolean {
	return /["“‘']$/.test(token.gapBefore);
}

// (not "says Halifax UK": the second word is a place of its own)
function twoWords(first: Token | undefined, second: Token | undefined): boolean {
	return !!first && !!second && first.capitalized && isCapitalisedNameWord(second);
}

function afterSpeechVerb(tokens: Token[], i: number): boolean {
	return i > 0 && tokens[i]!.gapBefore === ' ' && SPEECH_BEFORE.has(tokenAt(tokens, i - 1)!.text);
}

// '"…," said': the reporting verb right after a closing quotation
const QUOTE_CLOSED = /["”]\s*$/;

/** '"We had no warning," said X': the name is the one who spoke the quotation. */
function speakerOfQuotation(tokens: Token[], i: number): boolean {
	return afterSpeechVerb(tokens, i) && QUOTE_CLOSED.test(tokenAt(tokens, i - 1)!.gapBefore);
}

/** The speaker's name ends the clause at token `last` ("said Nash Riad, one of the cashiers"; not "said Real Madrid president"). */
function endsClause(tokens: Token[], last: number): boolean {
	const next = tokens[last + 1];
	return !next || /^[,.;]/.test(next.gapBefore);
}

/** The token opens a sentence or a clause: the name is a subject there ("…, Durham made his …"), not "with Durham his …". */
function startsClause(token: Token): boolean {
	return token.sentenceStart || /[,;:"“]\s*$/.test(token.gapBefore);
}

// "Durham made his remarks": a possessive or reflexive pronoun a person's name takes
const PERSONAL_PRONOUNS = new Set(['his', 'her', 'himself', 'herself']);

/** The token after `i` starts no further capitalised word of the name. */
function nameEndsAt(tokens: Token[], i: number): boolean {
	const next = tokens[i + 1];
	return !next || !next.capitalized || next.gapBefore !== ' ';
}

// ASCII codes the cues look for right after a name, before any regular expression is tried
const COMMA = 44;
const FULL_STOP = 46;

function personCue(candidate: Candidate, place: GazetteerPlace, ctx: NameCueContext, wellKnown: boolean, firstName: boolean): boolean {
	const { text, tokens } = ctx;
	const head = tokens[candidate.first]!;
	const previous = tokenAt(tokens, candidate.first - 1);
	// "Gino D. Hartford": a surname after a first name and a middle initial
	const beforeInitial = tokenAt(tokens, candidate.first - 2);
	if (previous && beforeInitial && head.gapBefore === '. ' && previous.text.length === 1 && previous.capitalized && previous.gapBefore === ' ' && beforeInitial.capitalized && beforeInitial.text.length > 1 && !beforeInitial.allCaps) return true;
	// "Orlando, 19, and his sister": an age after the name (not "in Dayton, 45 miles away")
	if (text.charCodeAt(candidate.end) === COMMA && AGE_AFTER.test(text.slice(candidate.end, candidate.end + 24)) && !(previous && /^(?:in|of|from|at|near)$/.test(previous.lower))) return true;
	const next = tokens[candidate.last + 1];
	// "Miranda's son"
	const owned = tokens[candidate.last + 2];
	if (owned && isPossessiveMark(next) && owned.gapBefore === ' ' && RELATIVES.has(owned.lower)) return true;
	// '"We had no warning," said Nash Riad': a speaker's name of two words after the verb; right after a
	// quotation even where both words are places' names ("said Denton Riad,")
	if (candidate.first === candidate.last) {
		if (afterSpeechVerb(tokens, candidate.first) && twoWords(head, next) && (!ctx.candidateAt.has(candidate.last + 1) || (speakerOfQuotation(tokens, candidate.first) && endsClause(tokens, candidate.last + 1))) && nameEndsAt(tokens, candidate.last + 1)) return true;
		if (previous && afterSpeechVerb(tokens, candidate.first - 1) && twoWords(previous, head) && nameEndsAt(tokens, candidate.last) && (!ctx.candidateAt.has(candidate.first - 1) || (speakerOfQuotation(tokens, candidate.first - 1) && endsClause(tokens, candidate.last)))) return true;
		// '"…," said Lincoln, who': a town's name alone after the quotation's verb (not a capital: "said Moscow")
		if (speakerOfQuotation(tokens, candidate.first) && place.kind === 'city' && !isCapital(place) && next && endsClause(tokens, candidate.last)) return true;
	}
	// "Durham made his remarks": the subject of a verb whose object is his or her own (not a country: "Britain and her allies")
	const pronoun = tokens[candidate.last + 2];
	if (place.kind !== 'country' && startsClause(head) && next && pronoun && next.gapBefore === ' ' && !next.capitalized && pronoun.gapBefore === ' ' && PERSONAL_PRONOUNS.has(pronoun.text)) return true;
	if (firstName && place.kind !== 'country' && firstNameSubject(candidate, ctx, head, next)) return true;
	if (!firstName || place.kind !== 'city') return false;
	// "Mary of Bethany", "Joan of Arc": a first name and where its bearer came from
	if (next && next.text === 'of' && next.gapBefore === ' ' && owned?.capitalized && owned.gapBefore === ' ' && !wellKnownHere(place, wellKnown)) return true;
	// '"Smoky Mary"': a first-name town quoted after a capitalised word that is no place is a nickname
	// (unquoted, "Little Washington" is a town)
	const before = capitalisedBefore(candidate, tokens);
	if (!before || head.allCaps || !opensQuotation(before)) return false;
	return !ctx.candidateAt.has(candidate.first - 1) && !POSITION_WORDS.has(before.lower) && !PERSON_TITLES.has(before.lower);
}

// verbs of speaking a person does and a place's government rarely does ("Moscow said" stays a city)
const PERSONAL_SPEECH = new Set(['tweeted', 'posted', 'wrote', 'told']);

/**
 * A first name opening a clause as a person does: "Miranda tweeted on Thursday", "David and Jodi Mahler
 * of Bellmore" (two first names and the couple's surname; not after "of", "in", "at" or "near").
 */
function firstNameSubject(candidate: Candidate, ctx: NameCueContext, head: Token, next: Token | undefined): boolean {
	const { tokens, gazetteer } = ctx;
	if (!next || next.gapBefore !== ' ' || candidate.first !== candidate.last) return false;
	if (startsClause(head) && PERSONAL_SPEECH.has(next.text)) return true;
	const partner = tokens[candidate.last + 2];
	const surname = tokens[candidate.last + 3];
	// (an obituary's parents: "to Harold and Ruth (Keller) Hughes", her maiden name in brackets)
	const maiden = surname?.gapBefore === ' (' && tokens[candidate.last + 4]?.gapBefore === ') ';
	const family = maiden ? tokens[candidate.last + 4]! : surname;
	// (not a residence: "Kaden Lund of Brandon and Jace Olson of Osakis" lists two people and their towns)
	if (placesBeforeCouple(tokens, candidate.first)) return false;
	return next.text === 'and' && !!partner && !!family && partner.gapBefore === ' ' && (surname!.gapBefore === ' ' || maiden) && partner.capitalized && surname!.capitalized && family.capitalized && !family.allCaps && isFirstName(partner.lower, gazetteer) && !ctx.candidateAt.has(candidate.last + 2) && (maiden || !ctx.candidateAt.has(candidate.last + 3));
}

/** A word that can name a street of a corner: a name or an ordinal ("5th"). */
function streetWord(token: Token | undefined): boolean {
	return !!token && token.gapBefore === ' ' && (token.capitalized || /^\d+(?:st|nd|rd|th)$/.test(token.text));
}

function spacedWord(token: Token | undefined, text: string): boolean {
	return token?.gapBefore === ' ' && token.text === text;
}

function pluralStreetHead(token: Token | undefined): boolean {
	return token?.gapBefore === ' ' && PLURAL_STREET_HEADS.has(token.text);
}

/** "Second and Washington streets", "Washington and Main streets": the candidate is one of the two streets of a corner. */
function namesCorner(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	if (pluralStreetHead(next)) return tokens[candidate.first]!.gapBefore === ' ' && spacedWord(tokenAt(tokens, candidate.first - 1), 'and') && streetWord(tokenAt(tokens, candidate.first - 2));
	return spacedWord(next, 'and') && streetWord(tokens[candidate.last + 2]) && pluralStreetHead(tokens[candidate.last + 3]);
}

/**
 * How common in everyday English a name of one word is (0 for a longer name): looked up only where a cue
 * asks, most candidates being decided before (a function, not a closure: tsx names each closure made).
 */
function oneWordCommonness(single: boolean, head: Token, gazetteer: Gazetteer): number {
	return single ? commonness(head.lower, gazetteer) : 0;
}

/** "Mary of Bethany" reads as a person only for a town: "Georgia of old" is no person. */
function wellKnownHere(place: GazetteerPlace, wellKnown: boolean): boolean {
	return wellKnown && place.kind !== 'city';
}

/**
 * The other name the candidate belongs to, by the cues above, or null. `wellKnown`: the place is known
 * by its name alone (a country, a region, a big city); `firstName`: the name is a first name too.
 */
export function nameCue(candidate: Candidate, place: GazetteerPlace, ctx: NameCueContext, wellKnown: boolean, firstName: boolean): NameCue | null {
	const { text, tokens, gazetteer } = ctx;
	const single = candidate.first === candidate.last;
	if (text.charCodeAt(candidate.end) === FULL_STOP) {
		const after = text.slice(candidate.end, candidate.end + 8);
		if (DOMAIN.test(after)) return 'code';
		const short = single && candidate.end - candidate.start <= MAX_ABBREVIATION;
		if (short && (ABBREVIATED_NAME.test(after) || (!wellKnown && ABBREVIATED_MONTH.test(after)))) return 'abbreviation';
	}
	const next = tokens[candidate.last + 1];
	if (next && next.gapBefore === ' ' && STREET_HEADS.has(next.text)) return 'street';
	if (namesCorner(candidate, tokens)) return 'street';
	// "Angered by the ruling, …": a small place's name ending in -ed that opens a sentence before "by" is a participle
	if (single && !wellKnown && tokens[candidate.first]!.sentenceStart && next?.text === 'by' && next.gapBefore === ' ' && /\p{Ll}ed$/u.test(tokens[candidate.first]!.text)) return 'participle';
	// "Amazon's business model": a river's name owning something without "the" is a firm's or a person's
	if (place.kind === 'water' && single && isPossessiveMark(next) && tokenAt(tokens, candidate.first - 1)?.lower !== 'the') return 'compound-name';
	if (personCue(candidate, place, ctx, wellKnown, firstName)) return 'person-name';
	// "Bed Bath & Beyond", "St. Paul & the Broken Bones": a firm's or a band's name joined by "&"
	const before = capitalisedBefore(candidate, tokens);
	if (text.startsWith(' & ', candidate.end) && (before || /^ & the \p{Lu}/u.test(text.slice(candidate.end, candidate.end + 8))) && !ctx.candidateAt.has(candidate.first - 1)) return 'compound-name';
	// capitals ("Associated Press WASHINGTON (AP)") say nothing of names
	const head = tokens[candidate.first]!;
	if (head.allCaps) return null;
	if (!before || ctx.candidateAt.has(candidate.first - 1) || PERSON_TITLES.has(before.lower) || POSITION_WORDS.has(before.lower)) {
		// "Free Trade Agreement", "Sine Qua Non": an English word that is only a place's foreign name, heading a longer capitalised name
		if (!candidate.alternate[0] || !next || !isCapitalisedNameWord(next) || ctx.candidateAt.has(candidate.last + 1)) return null;
		return oneWordCommonness(single, head, gazetteer) >= COMMON_WORD ? 'inside-name' : null;
	}
	if (before.sentenceStart && !opensQuotation(before)) return null;
	// "Fire Island", "All The Luck", "Hotel Kyjev": a place's foreign name inside a longer name
	if (candidate.alternate[0]) return 'inside-name';
	// "Rainbow Kitten Surprise": an everyday word closing a capitalised title
	return oneWordCommonness(single, head, gazetteer) >= VERY_COMMON_WORD ? 'inside-name' : null;
}

// "Middlesbrough were drawn away", "Birmingham boss Steve Bruce", "Arsenal v Stoke", "Wasps 31-37 Leicester":
// British sport names a club by its town alone, and a sports text does so again and again ("Oldham's reward
// for beating Manchester City …"). Where a sports text uses a town's bare name as a club by a sign of British
// usage — a plural verb right after it (a town takes the singular: "Middlesbrough is"), a British title of a
// club's people after it, a side of a fixture ("v") or of a results line — the town's bare mentions in that
// text are the club, not the town (so are a town's listed with a club's full name: club-lists.ts). Not after a
// word that places ("in Bolton", "at Norwich", "to Everton"), and not alone in brackets: a squad list's "(Bath)" stays the town (bracketed-clubs.ts). Only
// towns, districts and first-level regions (a province's or county's side: "Munster flanker Alan Quinlan", "Kent
// were bowled out"): a side named by a country or a nation ("France v Wales") is that country. American
// usage is left to team-towns.ts: a bare town's side there is often its high school, which local news maps; so
// the signs American reports share ("the match against", "captain", "coach") count only in a text in British
// usage: one that names a competition of British or European sport (the Premiership, the Heineken Cup, the Six
// Nations …), spells its play the British way ("equaliser"), or gives another town a sign only British usage gives.
import { candidateKey, type Candidate } from './candidates.ts';
import { isFirstLevelRegion, type Gazetteer } from '../gazetteer/types.ts';
import { aloneInBrackets } from './bracketed-clubs.ts';
import { alternativeOfFixtureSide, listedWithClub, VERSUS } from './club-lists.ts';
import { transferClub } from './club-transfers.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS, GEOGRAPHIC_HEADS, INSTITUTION_HEADS, LOCATIVE_PREPOSITIONS } from './context-words.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { LIST_WORDS } from './list-nouns.ts';
import { tokenAt, type Token } from './tokens.ts';
import { computedOnce } from './computed-once.ts';
import { isCommonWord } from './word-facts.ts';

const CLUB_KINDS = new Set(['city', 'district']);
// the plural a club takes in British usage ("Fulham were then in the Second Division")
const PLURAL_VERBS = new Set(['were', 'are', 'have']);
// the titles British football and rugby reports put after a club's name ("Birmingham boss", "Munster flanker"); not
// the ones American reports share ("coach", "fans", "quarterback": a town's high school side there) or a town's
// own officers have ("manager": a city manager, "chairman")
const CLUB_TITLES = new Set('boss striker midfielder defender winger goalkeeper keeper flanker hooker prop lock skipper'.split(' '));
// ... and the hyphened positions of rugby union ("Ulster fly-half", "Bath full-back"): the first word and the second
const HYPHENED_TITLES = new Map([
	['fly', 'half'],
	['scrum', 'half'],
	['full', 'back']
]);
// ... and the titles American reports give a town's high-school side too: a club's in a text that names a
// competition of British or European sport, before the person's name ("Liverpool legend Phil Thompson", a rugby
// back: "Cardiff back Rhys Williams")
const SHARED_TITLES = new Set('captain star legend forward back centre wing coach manager chairman'.split(' '));
// ... and the parts of a side's pitch and play a report puts after its name ("the Pompey net", "a crowded Pompey
// goalmouth", "Pompey's box", "the Leeds defence"): a town has no net, no goalmouth and no rearguard; of which "net"
// and "box" only where no noun follows ("net profit", "net users", "box office"). In British usage only: an American
// report's "the Milford net" is a town's school side, which local news maps
const PITCH_WORDS = new Set('net goalmouth crossbar woodwork dugout rearguard defence midfield box'.split(' '));
const NOUN_HEADS = new Set(['net', 'box']);
// ... and a cup match named by the side it is played against ("Saints face Pompey tie", "the Derby replay"); not
// "match", "game", "final" or "clash", which a town hosts ("the Cardiff final") or a dispute has
const TIE_WORDS = new Set(['tie', 'replay', 'fixture']);
// a score between two sides: "Derby 2-1 Leicester", a name the text reads across it (not "beat Hamilton 21-14
// Friday", "… 56-48 Dec. 12", "… 56-48 Homecoming night": an American result, a date after it)
const SCORE_BEFORE = /(\p{Lu}[\p{L}.'’]*) \d{1,3}-\d{1,3} $/u;
const SCORE_AFTER = /^ \d{1,3}-\d{1,3} (\p{Lu})/u;
// (the character codes sideOfFixture reads before trying those patterns)
const SPACE = 32;

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}
// a dateline's end after the town (and its region): "SPRINGFIELD — ", "LEEDS, England: "
const DATELINE_END = /^(?:,[^—–\n.]{1,40})?(?:\s[—–-]{1,2}\s|:\s)/;
// the words of organised sport that make a text a sports text (two different ones are needed; or a competition of
// British sport named, or its play spelt the British way: a rugby report's "Six Nations" and "Bath prop Matt
// Stevens", whose other words, "centre", "try", "scrum", are everyday words too)
const SPORT_WORDS = new Set(
	'football rugby cricket league premiership championship cup match matches fixture fixtures replay goal goals scored striker strikers midfielder defender goalkeeper flanker hooker manager coach squad penalty stadium season'.split(' ')
);
const SPORT_WORDS_NEEDED = 2;
// the word that places a name beside LOCATIVE_PREPOSITIONS ("the people of Leeds")
const PLACING_WORDS = new Set(['of']);

/**
 * The keys of the towns a sports text uses as clubs by a sign of their own (see above); empty where the
 * text has fewer than two words of organised sport. The names' signs are read first: most texts have none,
 * and then the text's words are never read for sport.
 */
export function clubTowns(text: string, candidates: readonly Candidate[], tokens: readonly Token[], candidateAt: ReadonlyMap<number, Candidate>, gazetteer: Gazetteer): Set<string> {
	const clubs = new Set<string>();
	const names = new NameBounds(candidates);
	let sports: boolean | undefined;
	// (British usage: a competition named, a football word spelt the British way, or a sign only British usage gives at another name)
	const competitionNamed = computedOnce(() => britishSportWords(tokens, false));
	const british = computedOnce(() => britishSportWords(tokens, true) || candidates.some((other) => britishUsageSign(other, tokens, text, names, gazetteer)));
	const transfers: Candidate[] = [];
	for (const candidate of candidates) {
		const signed = pluralVerbAfter(candidate, tokens, names) || titleAfter(candidate, tokens, british, gazetteer) || sideOfFixture(candidate, tokens, text, names) || opponentInMatch(candidate, tokens, gazetteer, british) || winnerAfterScore(candidate, tokens, british) || (listedWithClub(candidate, tokens, candidateAt, gazetteer, placing) && british()) || alternativeOfFixtureSide(candidate, tokens);
		if (!signed && !transferClub(candidate, tokens, gazetteer)) continue;
		if (!mayBeClub(candidate, tokens, text, gazetteer)) continue;
		if (!(sports ??= sportsText(tokens) || competitionNamed())) return clubs;
		if (signed) clubs.add(candidateKey(text, candidate));
		else transfers.push(candidate);
	}
	// a transfer is a club's sign only in a text that names clubs by towns in British usage already
	if (transfers.length > 0 && (clubs.size > 0 || british())) for (const candidate of transfers) clubs.add(candidateKey(text, candidate));
	return clubs;
}

// the competitions of British and European club and national sport, by a word of their own ("the Premiership",
// "the Heineken Cup", "the Uefa Cup", "the Carling Cup", "the Bundesliga") or by two ("the Champions League", "the
// Six Nations", "the Premier League", "Serie A")
const COMPETITION_WORDS = new Set(['premiership', 'uefa', 'spl', 'bundesliga', 'eredivisie']);
// ... of which these are firms' and brands' names too (a brewer, a lager, an energy firm): a competition's for
// British usage in a sports text ("in the Heineken" is the cup's), but a text's sport only before "Cup" ("Heineken
// said sales rose … Amsterdam boss Jan de Vries" is business news)
const SPONSOR_WORDS = new Set(['heineken', 'carling', 'powergen']);
const CUP = 'cup';
const COMPETITION_NAMES = new Set(['champions league', 'celtic league', 'super league', 'six nations', 'fa cup', 'scottish cup', 'irish cup', 'premier league', 'serie a', 'la liga']);
// the words of football play British usage spells with "s" ("a late equaliser", "Gerrard equalised"; American "equalizer")
const BRITISH_SPELLINGS = new Set(['equaliser', 'equalisers', 'equalise', 'equalised', 'equalises', 'equalising']);

/** Whether the text reports sport in British usage, read once a text at the first sign that asks (computed-once.ts). */
type BritishUsage = () => boolean;

/**
 * Whether the text names a competition of British or European sport, or spells a word of play the British way: it
 * reports sport in British usage. A sponsor's name alone counts only for `sponsorAlone` (see SPONSOR_WORDS).
 */
function britishSportWords(tokens: readonly Token[], sponsorAlone: boolean): boolean {
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (!token.capitalized) {
			if (BRITISH_SPELLINGS.has(token.text)) return true;
			continue;
		}
		if (COMPETITION_WORDS.has(token.lower)) return true;
		const next = tokens[i + 1];
		if (SPONSOR_WORDS.has(token.lower) && (sponsorAlone || (next?.lower === CUP && next.gapBefore === ' '))) return true;
		if (next?.capitalized && next.gapBefore === ' ' && COMPETITION_NAMES.has(`${token.lower} ${next.lower}`)) return true;
	}
	return false;
}

// the British usage no other sign asks for: the signs below read with it false
const NOT_BRITISH: BritishUsage = () => false;

/**
 * A club's sign only British usage gives ("Middlesbrough were drawn", "Wrexham defender Stephen Roberts", "Arsenal v
 * Stoke"), at a town's bare name no entry of which is an American town (American soccer shares the titles: "Canton goalkeeper
 * Jane Smith", "Seattle goalkeeper"); not at an everyday word opening a sentence ("We are", "Reading were"): a word there.
 */
function britishUsageSign(candidate: Candidate, tokens: readonly Token[], text: string, names: NameBounds, gazetteer: Gazetteer): boolean {
	const head = tokens[candidate.first]!;
	if (head.sentenceStart && candidate.first === candidate.last && isCommonWord(head.lower, gazetteer)) return false;
	if (namesAmericanTown(candidate, gazetteer)) return false;
	return (pluralVerbAfter(candidate, tokens, names) || titleAfter(candidate, tokens, NOT_BRITISH, gazetteer) || sideOfFixture(candidate, tokens, text, names)) && mayBeClub(candidate, tokens, text, gazetteer);
}

/** Whether any entry of the name is an American town: American reports share the sign asked about (its high school's side). */
function namesAmericanTown(candidate: Candidate, gazetteer: Gazetteer): boolean {
	return candidate.places.some((index) => gazetteer.places[index]!.country === 'US');
}

/** Where the text's names end (by token and by offset) and start (by offset), made at the first sign that asks. */
class NameBounds {
	#candidates: readonly Candidate[];
	#lastTokens: Set<number> | null = null;
	#starts: Set<number> | null = null;
	#ends: Set<number> | null = null;

	constructor(candidates: readonly Candidate[]) {
		this.#candidates = candidates;
	}

	/** a name ends at this token: a name after another and a comma is listed with it ("Norwich, Blackburn are") */
	endsAtToken(index: number): boolean {
		return (this.#lastTokens ??= new Set(this.#candidates.map((c) => c.last))).has(index);
	}

	/** a name starts at this offset: a results line has a name across its score */
	startsAt(offset: number): boolean {
		return (this.#starts ??= new Set(this.#candidates.map((c) => c.start))).has(offset);
	}

	/** a name ends at this offset */
	endsAt(offset: number): boolean {
		return (this.#ends ??= new Set(this.#candidates.map((c) => c.end))).has(offset);
	}
}

/** Whether the mention of a town the text uses as a club (clubTowns) is the club: not placed by the word before it, not alone in brackets. */
export function clubMention(candidate: Candidate, clubs: ReadonlySet<string>, key: string, tokens: readonly Token[], text: string, gazetteer: Gazetteer): boolean {
	if (!clubs.has(key) || !mayBeClub(candidate, tokens, text, gazetteer)) return false;
	const after = tokens[candidate.last + 1];
	if (after && after.gapBefore === ' ' && (GEOGRAPHIC_HEADS.has(after.text) || INSTITUTION_HEADS.has(after.text)) && !titleBeforeName(tokens, candidate.last + 1)) return false;
	const before = tokenAt(tokens, candidate.first - 1);
	// ("at home to Barnsley" names the other side: its "to" places nothing; nor does "of" before a possessive, which
	// governs the possessive's noun: "the right side of Pompey's box", "the subject of Liverpool's captain"; not a
	// place's or an institution's noun: "the streets of Liverpool's city centre", "the mayor of Liverpool's office";
	// nor a word before a club's title and its bearer's name, which it governs: "the signing of Middlesbrough defender Andy Davies")
	const placed = before && tokens[candidate.first]!.gapBefore === ' ' && placing(before) && !(before.text === 'of' && isPossessiveMark(after) && !headAfterPossessive(tokens[candidate.last + 2]));
	// (a title only British reports give, not one that is a verb too: "the shops in Kettering back Tom Price")
	const titled = after !== undefined && after.gapBefore === ' ' && CLUB_TITLES.has(after.text) && titleBeforeName(tokens, candidate.last + 1);
	return !placed || titled || opponentInMatch(candidate, tokens, gazetteer, null) || winnerAfterScore(candidate, tokens, null) || stayOrMove(candidate, tokens) || transferClub(candidate, tokens, gazetteer);
}

// a person's time with a club ("his future at Birmingham", "has been at Bath for eight years", "a place at
// Tottenham"), and a move to or from one ("came to Chelsea", "a move away from Liverpool", "took over at
// Liverpool"): the words before "at", "to" or "from" that make the club the place a player or manager is
// with — not a match's ("a win at Norwich", "a trip to Newcastle", "fans travelled to Kettering"). A cost
// accepted: "fans will come to Cardiff" in a text that names a club by Cardiff reads as the club.
const STAY_WORDS = new Set('future time spell stint career days years been place post job brief'.split(' '));
const MOVE_WORDS = new Set('move moved moves moving switch switched came come comes coming away over'.split(' '));
const STAY_OR_MOVE_LINKS = new Set(['at', 'to', 'from']);
// the forms of "take" ("took over at Liverpool"; "the replay will take place at Cardiff" is a match's venue) and of
// "be" ("the final was moved to Cardiff": a match moved, not a player)
const TAKE_FORMS = new Set('take takes took taken taking'.split(' '));
const BE_FORMS = new Set('be is was were been being are'.split(' '));
const PASSIVE_MOVES = new Set(['moved', 'switched']);

/** "my time at Tottenham", "came to Chelsea", "a move away from Liverpool": a stay with, or a move to or from, a town the text names a club by. */
function stayOrMove(candidate: Candidate, tokens: readonly Token[]): boolean {
	const link = tokenAt(tokens, candidate.first - 1);
	const word = tokenAt(tokens, candidate.first - 2);
	if (!link || !word || !STAY_OR_MOVE_LINKS.has(link.text) || link.gapBefore !== ' ' || tokens[candidate.first]!.gapBefore !== ' ' || namedThingPossessed(candidate, tokens)) return false;
	const earlier = tokenAt(tokens, candidate.first - 3)?.lower ?? '';
	// "took over at Liverpool", not "the team flew over from Bath"
	if (word.text === 'over') return TAKE_FORMS.has(earlier);
	// "has been at Bath for eight years", not "has been to Cardiff" (a visit)
	if (word.text === 'been') return link.text === 'at';
	if (word.text === 'place' && TAKE_FORMS.has(earlier)) return false;
	if (PASSIVE_MOVES.has(word.text) && BE_FORMS.has(earlier)) return false;
	return STAY_WORDS.has(word.text) || MOVE_WORDS.has(word.text);
}

/** A possessive before a name, or a word and a name ("came to Cardiff's new Millennium Stadium", not "came to Everton's rescue"): what is gone to is the town's named place. */
function namedThingPossessed(candidate: Candidate, tokens: readonly Token[]): boolean {
	if (!isPossessiveMark(tokens[candidate.last + 1])) return false;
	const next = tokens[candidate.last + 2];
	return next !== undefined && (next.capitalized || tokens[candidate.last + 3]?.capitalized === true);
}

/** A town's bare name, not alone in brackets and not a dateline: a mention a club's sign may be read at. */
function mayBeClub(candidate: Candidate, tokens: readonly Token[], text: string, gazetteer: Gazetteer): boolean {
	return namedAsTown(candidate, gazetteer) && !aloneInBrackets(candidate, tokens, text) && !inDateline(candidate, tokens, text);
}

/** "in", "at", "to", "of" …: a word that places the name after it. */
function placing(word: Token): boolean {
	return LOCATIVE_PREPOSITIONS.has(word.lower) || PLACING_WORDS.has(word.lower);
}

/** "SPRINGFIELD — ", "LEEDS, England: ": the town a story is filed from, at the text's start or in capitals. */
function inDateline(candidate: Candidate, tokens: readonly Token[], text: string): boolean {
	return (candidate.first === 0 || tokens[candidate.first]!.allCaps) && DATELINE_END.test(text.slice(candidate.end, candidate.end + 48));
}

function sportsText(tokens: readonly Token[]): boolean {
	const seen = new Set<string>();
	for (const token of tokens) if (SPORT_WORDS.has(token.lower) && seen.add(token.lower).size >= SPORT_WORDS_NEEDED) return true;
	return false;
}

function namedAsTown(candidate: Candidate, gazetteer: Gazetteer): boolean {
	const place = gazetteer.places[candidate.places[0]!]!;
	return candidate.via === 'name' && (CLUB_KINDS.has(place.kind) || isFirstLevelRegion(place));
}

/** "Middlesbrough were drawn", "Birmingham have confirmed" (not "in Leeds were", "the people of Leeds are", "Ndola and Kitwe have", "Ndola, Kitwe are"). */
function pluralVerbAfter(candidate: Candidate, tokens: readonly Token[], names: NameBounds): boolean {
	const after = tokens[candidate.last + 1];
	if (!after || after.gapBefore !== ' ' || !PLURAL_VERBS.has(after.text)) return false;
	if (tokens[candidate.first]!.gapBefore.includes(',') && names.endsAtToken(candidate.first - 1)) return false;
	const before = tokenAt(tokens, candidate.first - 1);
	return !(before && (placing(before) || LIST_WORDS.has(before.lower)));
}

/**
 * "Northampton boss Budge Pountney", "Birmingham's manager", "Gloucester flanker Andy Hazell", "Ulster fly-half",
 * "the Pompey net"; in British usage "Liverpool legend Phil Thompson", "Gloucester centre Henry Paul".
 */
function titleAfter(candidate: Candidate, tokens: readonly Token[], british: BritishUsage, gazetteer: Gazetteer): boolean {
	let at = candidate.last + 1;
	if (isPossessiveMark(tokens[at])) at++;
	const after = tokens[at];
	if (!after || after.gapBefore !== ' ' || after.capitalized) return false;
	const second = tokens[at + 1];
	if (CLUB_TITLES.has(after.text) || ((TIE_WORDS.has(after.text) || (PITCH_WORDS.has(after.text) && !(NOUN_HEADS.has(after.text) && nounAfter(second)))) && british())) return true;
	if (HYPHENED_TITLES.get(after.text) === second?.text && second?.gapBefore === '-') return true;
	// (not for a town read in the United States: "Hollywood star Tom Cruise watched the FA Cup final")
	return SHARED_TITLES.has(after.text) && second?.gapBefore === ' ' && second.capitalized && !second.allCaps && gazetteer.places[candidate.places[0]!]!.country !== 'US' && british();
}

/** "centre Henry Paul": a club's title (the head of a town's "centre" too) before a capitalised name, its bearer's. */
function titleBeforeName(tokens: readonly Token[], at: number): boolean {
	const [title, name] = [tokens[at]!, tokens[at + 1]];
	return (CLUB_TITLES.has(title.text) || SHARED_TITLES.has(title.text)) && name !== undefined && name.gapBefore === ' ' && name.capitalized && !name.allCaps;
}

/** A lower-case word right after a space that is no function word: the noun "net profit" or "box office" ends in. */
function nounAfter(word: Token | undefined): boolean {
	return word !== undefined && word.gapBefore === ' ' && !word.capitalized && !FUNCTION_WORDS.has(word.text);
}

// a match between two sides, as a British report names it ("game" is American usage too: a high school's side there)
const MATCH_WORDS = new Set(['match', 'tie', 'leg', 'fixture', 'clash', 'replay', 'final', 'derby']);
// ... of which American reports use these too ("the wrestling match against Canton", "the regional final against
// Middletown", "a 1-1 tie with Fairfield", "Friday's clash with Milford"): a sign there only where no entry of the
// name is an American town (not "semi-final", "quarter-final")
const AMERICAN_MATCH_WORDS = new Set(['match', 'final', 'tie', 'clash', 'derby']);
const ROUND_PREFIXES = new Set(['semi', 'quarter']);
// the words after it that name the other side ("the tie against Barnsley", "the match with Munster")
const AGAINST = 'against';
// ... which names a side played against after a word of play or of a result ("a record win against", "came on
// against", "scored against"), not after a dispute's ("sanctions against Moscow", "protested against Glasgow's plans")
const PLAY_WORDS = new Set(
	'win wins won victory defeat defeats draw drew loss lost beat play played playing plays scored score goal goals try tries return debut game games match tie leg clash final outing on start started starts appearance half'.split(' ')
);
const OPPONENT_WORDS = new Set([AGAINST, 'with']);
// ... and the ones that say where it is played ("the first leg at home to Barnsley", "the replay away to Luton")
const VENUE_WORDS = new Set(['home', 'away']);

/**
 * "the cup tie against Barnsley", "the match with Munster", "the first leg at home to Bayer Leverkusen": the side
 * a match is played against (a capitalised word of the club's name may come first: "Bayer"); in British usage
 * any side played against after a word of play ("a record win against Newcastle", "came on against Newcastle").
 */
function opponentInMatch(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer, british: BritishUsage | null): boolean {
	// ("a home tie against Lancashire rivals Blackburn": a name before a noun and another name qualifies it; the side is the other)
	const after = tokens[candidate.last + 1];
	const next = tokens[candidate.last + 2];
	if (after && after.gapBefore === ' ' && !after.capitalized && !FUNCTION_WORDS.has(after.text) && next?.gapBefore === ' ' && next.capitalized && !CALENDAR_WORDS.has(next.lower)) return false;
	let at = candidate.first - 1;
	const opener = tokenAt(tokens, at);
	if (opener && opener.capitalized && !opener.sentenceStart && tokens[candidate.first]!.gapBefore === ' ') at--;
	const word = tokenAt(tokens, at);
	if (!word || tokens[at + 1]!.gapBefore !== ' ') return false;
	let match: number;
	// (or after another side: "Chelsea against West Ham"; not a sentence's first word, "Sanctions against Moscow")
	const play = tokenAt(tokens, at - 1);
	if (word.text === AGAINST && play && ((play.capitalized && !play.sentenceStart) || PLAY_WORDS.has(play.lower)) && british?.()) return true;
	if (OPPONENT_WORDS.has(word.text)) match = at - 1;
	else if (word.text !== 'to' || !VENUE_WORDS.has(tokenAt(tokens, at - 1)?.text ?? '')) return false;
	// ("at home to": "at" before the venue's word, and the match's word before that)
	else match = tokenAt(tokens, at - 2)?.text === 'at' ? at - 3 : at - 2;
	const matchWord = tokenAt(tokens, match)?.lower ?? '';
	if (!MATCH_WORDS.has(matchWord)) return false;
	const round = tokens[match]!.gapBefore === '-' && ROUND_PREFIXES.has(tokenAt(tokens, match - 1)?.lower ?? '');
	return round || !AMERICAN_MATCH_WORDS.has(matchWord) || british?.() === true || !namesAmericanTown(candidate, gazetteer);
}

// the words that name the side a score was lost to ("beaten 5-1 by Newry", "lost 2-1 to Porto")
const LOST_TO = new Set(['by', 'to']);
// the nouns of a result a score comes before, and the words that name the other side after them ("a 1-0 loss to
// West Ham", "a 2-1 defeat by Leeds", "a 3-0 win over Hull", "a 1-1 draw with Derby")
const RESULT_NOUNS = new Set(['win', 'victory', 'defeat', 'loss', 'draw']);
const RESULT_LINKS = new Set(['to', 'by', 'over', 'against', 'with']);

/**
 * "beaten 5-1 by Newry", "went down 3-0 to Fenerbahce", "the Bluebirds' 1-0 loss to West Ham": in British usage the
 * side after a score and "by" or "to", or after a score's result and its link, is a club (an American result, "lost
 * 56-48 to Hamilton", is a high school's: not without British usage; the mention itself is read so wherever the text
 * has shown British usage, null asks no more).
 */
function winnerAfterScore(candidate: Candidate, tokens: readonly Token[], british: BritishUsage | null): boolean {
	const link = tokenAt(tokens, candidate.first - 1);
	const result = tokenAt(tokens, candidate.first - 2);
	const afterScore = result !== undefined && RESULT_NOUNS.has(result.text) && result.gapBefore === ' ' ? candidate.first - 3 : candidate.first - 2;
	const second = tokenAt(tokens, afterScore);
	const first = tokenAt(tokens, afterScore - 1);
	if (!link || !(afterScore < candidate.first - 2 ? RESULT_LINKS : LOST_TO).has(link.text) || tokens[candidate.first]!.gapBefore !== ' ' || link.gapBefore !== ' ') return false;
	if (!second || !first || second.gapBefore !== '-' || !/^\d{1,3}$/.test(second.text) || !/^\d{1,3}$/.test(first.text)) return false;
	return british === null || british();
}

/** "Arsenal v Stoke", "Swindon v Middlesbrough": a capitalised side on the other side; "Derby 2-1 Leicester": a name the text reads across the score. */
function sideOfFixture(candidate: Candidate, tokens: readonly Token[], text: string, names: NameBounds): boolean {
	const after = tokens[candidate.last + 1];
	if (after && after.text === VERSUS && after.gapBefore === ' ' && tokens[candidate.last + 2]?.capitalized) return true;
	const before = tokenAt(tokens, candidate.first - 1);
	if (before && before.text === VERSUS && tokens[candidate.first]!.gapBefore === ' ' && tokenAt(tokens, candidate.first - 2)?.capitalized) return true;
	// (a score's last digit and a space right before the name, or a space and its first digit right after it, before the patterns)
	if (text.charCodeAt(candidate.start - 1) === SPACE && isDigit(text.charCodeAt(candidate.start - 2))) {
		const from = Math.max(0, candidate.start - 40);
		const scoreBefore = SCORE_BEFORE.exec(text.slice(from, candidate.start));
		if (scoreBefore && names.endsAt(from + scoreBefore.index + scoreBefore[1]!.length)) return true;
	}
	if (text.charCodeAt(candidate.end) !== SPACE || !isDigit(text.charCodeAt(candidate.end + 1))) return false;
	const scoreAfter = SCORE_AFTER.exec(text.slice(candidate.end, candidate.end + 12));
	return scoreAfter !== null && names.startsAt(candidate.end + scoreAfter[0].length - 1);
}

/** A place's or an institution's word after a possessive ("Liverpool's city centre", "the mayor of Liverpool's office"): "of" places the town there. */
function headAfterPossessive(word: Token | undefined): boolean {
	return word !== undefined && (GEOGRAPHIC_HEADS.has(word.text) || INSTITUTION_HEADS.has(word.text));
}

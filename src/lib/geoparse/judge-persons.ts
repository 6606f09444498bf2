import { ARTICLES, BODY_WORDS, CALENDAR_WORDS, COMMON_WORD, FUNCTION_WORDS, GEOGRAPHIC_HEADS, INSTITUTION_HEADS, PERSON_TITLES, placesBeforeCouple, POSITION_WORDS } from './context-words.ts';
import { isCapital } from '../gazetteer/types.ts';
import { bestPlace, pairedHere, qualifiedBy, wellKnownCandidateAt } from './candidate-neighbours.ts';
import type { Judging, Verdict } from './judge.ts';
import { schoolAfterTown } from './longer-name-words.ts';
import { appositionNounAt, isApostrophe } from './phrase-cues.ts';
import { spaceOrCommaSpace } from './list-nouns.ts';
import { pluralNicknameAfter } from './team-towns.ts';
import { isNounAfterName } from './verb-after.ts';
import { namedInCredits } from './wire-credits.ts';
import { deedParty } from './deed-parties.ts';
import { hyphenedAfterNeighbour } from './hyphened-towns.ts';
import { stateReadings } from './state-readings.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { commonness, isCapitalisedNameWord, isFirstName, isFirstNameBeforeSurname } from './word-facts.ts';

// judgeCandidate's person-name stage: a town's name read as a person's (a surname, a relative, a first name)

// the words of a games named after its host city ("the Sydney Olympics", "the Atlanta Paralympic team")
const GAMES_WORDS = new Set(['olympic', 'olympics', 'paralympic', 'paralympics']);
// (and their plurals: "his daughters Charlotte, Emily and Anne")
const RELATIVES = new Set('wife husband son sons daughter daughters brother brothers sister sisters mother father cousin cousins uncle aunt nephew niece grandson granddaughter grandmother grandfather widow widower fiancé fiancee fiancée partner girlfriend boyfriend'.split(' '));

/** How many tokens before `first` say how long a marriage lasted ("of 55 years"), 0 where none do. */
function yearsTogetherBefore(tokens: readonly Token[], first: number): number {
	const [of, count, years] = [tokenAt(tokens, first - 3), tokenAt(tokens, first - 2), tokenAt(tokens, first - 1)];
	return of?.text === 'of' && count && /^\d+$/.test(count.text) && (years?.text === 'years' || years?.text === 'year') ? 3 : 0;
}
// verbs of speech a speaker's own "she" or "he" follows
const SPEECH_VERBS = new Set(['said', 'says', 'added', 'adds', 'explained', 'admitted', 'insisted', 'recalled', 'wrote', 'told']);
// a part an actor plays (not "part" or "character": "part of Abbeville County", "the character of the town")
const ROLES = new Set(['role', 'roles']);
// (Portuguese "do" too: "Santo Antônio do Salto", a town the gazetteer lacks, is no Salto of São Paulo)
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'dos', 'das', 'do']);
// particles that are English words as well: a particle only after a name word ("How do Paris and London compare",
// "I do Chicago every summer", "Americans do Paris differently": the verb after a sentence's first word, an
// everyday word or a plural subject; Portuguese heads before "do" are singular: Santo Antônio, Beco, Vila)
const ENGLISH_WORD_PARTICLES = new Set(['do']);
// "Le Bon", "Lo Cicero", "Il Divo": a European particle or article, capitalised, right before the name opens a
// surname or a foreign title; a place so named is one name of the gazetteer's ("Le Havre", "La Paz") and no
// candidate of its last word alone (Arabic "Al", "El" and Hebrew "Ben" are left: "Ben" is a first name too)
const CAPITAL_PARTICLES = new Set(['De', 'Van', 'Von', 'Der', 'Den', 'Da', 'Di', 'Del', 'Della', 'Du', 'Le', 'La', 'Lo', 'Il', 'Gli', 'Les', 'Los', 'Las', 'Dos']);

// trades a person's apposition names ("Ricardo Palma, the writer,", "Ana Cortés, a painter and") — no noun a
// place's apposition ends in ("a town", "the county seat": phrase-cues.ts's appositiveCue)
const TRADES = new Set('writer poet novelist author actress actor painter sculptor composer singer songwriter musician playwright philosopher historian journalist architect politician footballer cricketer'.split(' '));
// adjectives an apposition may put before the trade: "the Peruvian writer", "a well-known local painter"
const MAX_TRADE_ADJECTIVES = 2;

// words before the name that make it a place the speaker is from or went to ("grew up in Dingle, the author, now
// 60, said"): the apposition is then the speaker's
const PLACING_WORDS = new Set(['in', 'at', 'from', 'to', 'near', 'of']);

// the particles of an Arabic name's line of descent, written lower-case: "son of", "daughter of"
const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint']);

/** ", the writer," after the name: an article, a few lower-case words and a trade, closing the apposition (not "the painter's village", not after "in"). */
function tradeApposition(candidate: Candidate, tokens: readonly Token[]): boolean {
	if (PLACING_WORDS.has(tokenAt(tokens, candidate.first - 1)?.lower ?? '')) return false;
	const trade = appositionNounAt(candidate, tokens, TRADES, MAX_TRADE_ADJECTIVES);
	if (trade < 0) return false;
	const next = tokens[trade + 1];
	return next !== undefined && /^[,;)]/.test(next.gapBefore);
}

/** A surname, a relative's or a first name: a person named like the place. */
export function personsName(j: Judging, after: Token[]): Verdict | null {
	const { candidate, ctx, tokens, gazetteer, place, head, firstName, wellKnown, before } = j;
	// "Replacements: Peel, Wilson, Thompson, Parling": a small town's name among the surnames of a line-up
	// (inLineup: true where a line-up's label opens the list, "Replacements: Cairns, Lloyd": a well-known name there too)
	const inLineup = candidate.via === 'name' ? ctx.listedNames().get(candidate.first) : undefined;
	if (inLineup !== undefined && (!wellKnown || inLineup)) return { keep: false, why: 'listed-surname' };
	if (candidate.via === 'name' && tokens[candidate.first]!.allCaps && tokens[candidate.last]!.allCaps && surnameBeforeGivenAndAge(ctx.text, candidate.start, candidate.end, gazetteer)) return { keep: false, why: 'surname' };
	// "Reporting by Amina Sokoto; Editing by …": a wire story's credits name people (a town's name, not a country's or a capital's)
	if (place.kind === 'city' && !isCapital(place) && namedInCredits(candidate, tokens, (t) => wellKnownCandidateAt(t, ctx))) return { keep: false, why: 'surname' };
	// "412 E. Maumee St., Kerr to Walsh, $118,000": the seller and the buyer of a property transfer, named like towns
	// (deed-parties.ts; "Fares: Vernal to Moab, $45" names no address)
	if (candidate.via === 'name' && place.kind === 'city' && deedParty(tokens, candidate.first, candidate.last)) return { keep: false, why: 'surname' };
	// "O’Toole", "D’Angelo": an Irish or Italian surname prefix
	if (isApostrophe(head.gapBefore) && /^[OD]$/.test(tokenAt(ctx.tokens, candidate.first - 1)?.text ?? '')) return { keep: false, why: 'surname' };
	// "Mike de Kock", "Ludwig van Beethoven": a name particle after a capitalised word starts a surname
	const particle = tokenAt(ctx.tokens, candidate.first - 1);
	const beforeParticle = tokenAt(ctx.tokens, candidate.first - 2);
	if (particle && beforeParticle && NAME_PARTICLES.has(particle.text) && beforeParticle.capitalized && head.gapBefore.endsWith(' ') && candidate.via === 'name' && place.kind === 'city' && !englishWordBefore(particle, beforeParticle, ctx.gazetteer)) {
		// (a "do" name heads bodies as often as persons, "the Universidade do Porto": only this mention is inside a
		// longer name, no surname whose town is read so all through the text)
		return { keep: false, why: ENGLISH_WORD_PARTICLES.has(particle.text) ? 'inside-name' : 'surname' };
	}
	if (particle && CAPITAL_PARTICLES.has(particle.text) && head.gapBefore === ' ' && candidate.via === 'name' && place.kind === 'city') return { keep: false, why: 'inside-name' };
	// "Hamdan bin Mohammed", "Ali ibn Hussein": a name before a patronymic particle and a capitalised name is a
	// person's own name, whatever place bears it
	const link = tokens[candidate.last + 1];
	const fathers = tokens[candidate.last + 2];
	if (candidate.via === 'name' && link?.gapBefore === ' ' && PATRONYMIC_PARTICLES.has(link.text) && fathers?.capitalized && fathers.gapBefore === ' ') return { keep: false, why: 'person-name' };
	// "Brooklyn Sims, 24, Liberty": a name before a capitalised word and an age set off by commas is a person's
	// first name (licenses, blotters and obituaries name people so)
	if (candidate.via === 'name' && link?.gapBefore === ' ' && link.capitalized && !link.allCaps && ageBetweenCommas(tokens, candidate.last + 2)) return { keep: false, why: 'person-name' };
	// a position word before a place is no first name ("West Texas"), whoever else is called West
	const afterFirstName = before !== undefined && before.capitalized && (isFirstNameBeforeSurname(before.lower, gazetteer) || afterTitleAndGivenName(candidate, tokens, place, gazetteer)) && !POSITION_WORDS.has(before.lower);
	// ... unless the first name is itself a well-known place in a list ("Georgia, Armenia"); right after
	// a first name, with one space between, a town's name is a surname ("Jordan Henderson")
	const joined = head.gapBefore === ' ';
	// "the American Red Cross", "a British Tesco": a small place's name right after a nationality names a body
	if (!wellKnown && joined && candidate.via === 'name' && ctx.candidateAt.get(candidate.first - 1)?.via === 'demonym') return { keep: false, why: 'inside-name' };
	// ("Gordon-Rushville 38": the second town of a co-op hyphened onto its neighbour, hyphened-towns.ts)
	if (afterFirstName && (joined || !wellKnownCandidateAt(candidate.first - 1, ctx)) && candidate.via === 'name' && place.kind !== 'country' && !pairedHere(candidate, ctx) && !hyphenedAfterNeighbour(candidate, ctx.candidateAt, tokens, j.gazetteer)) {
		return { keep: false, why: 'surname' };
	}
	// "Andrew Jordan", "Idriss Chad": even a country's name is a surname right after a first name that
	// names no place itself ("Georgia Armenia" stays two), or names a town that does not lie there
	// ("linebacker Austin Jordan"; "Paris France" stays two, and "HSBC Bank Malta", "Star India" are firms)
	const firstNamePlace = ctx.candidateAt.get(candidate.first - 1);
	const townElsewhere = afterFirstName && firstNamePlace?.via === 'name' && bestPlace(firstNamePlace, gazetteer).kind === 'city' && commonness(before?.lower ?? null, gazetteer) < COMMON_WORD && !qualifiedBy(firstNamePlace, candidate, ctx);
	if (afterFirstName && joined && candidate.via === 'name' && candidate.first === candidate.last && (!firstNamePlace || townElsewhere)) {
		return { keep: false, why: 'surname' };
	}
	if (schoolAfterTown(ctx.candidateAt.get(candidate.first - 1), candidate, tokens, gazetteer)) return { keep: false, why: 'inside-name' };
	// "his wife, Julia", "husband Kanye West", "his wife of 55 years, Ora": a name after a word for a relative is a person
	const relative = tokenAt(ctx.tokens, candidate.first - 1 - yearsTogetherBefore(ctx.tokens, candidate.first));
	if (relative && !relative.capitalized && RELATIVES.has(relative.text) && candidate.via === 'name' && spaceOrCommaSpace(head.gapBefore)) {
		return { keep: false, why: 'person-name' };
	}
	// "She will voice Charlotte, who teams up with…": a first name's town before ", who" is the person; after a
	// function word the clause is another noun's ("the mayor of Charlotte, who", "moved to Charlotte, who")
	const clause = tokens[candidate.last + 1];
	if (firstName && candidate.via === 'name' && place.kind === 'city' && clause?.text === 'who' && clause.gapBefore === ', ' && !(before && FUNCTION_WORDS.has(before.lower))) {
		return { keep: false, why: 'person-name' };
	}
	// ... and before a verb of speech and "she" or "he" ("Charlotte said she was proud"; a town's council says
	// "it", and "police in Charlotte said he" speak of another noun)
	const pronoun = tokens[candidate.last + 2];
	if (firstName && candidate.via === 'name' && place.kind === 'city' && clause?.gapBefore === ' ' && SPEECH_VERBS.has(clause.text) && pronoun?.gapBefore === ' ' && (pronoun.text === 'she' || pronoun.text === 'he') && !(before && FUNCTION_WORDS.has(before.lower))) {
		return { keep: false, why: 'person-name' };
	}
	// "to play the role of Crockett", "her role as Juniper": a small place's name after a part played is the character
	const roleLink = tokenAt(tokens, candidate.first - 1);
	if (!wellKnown && candidate.via === 'name' && joined && (roleLink?.text === 'of' || roleLink?.text === 'as') && roleLink.gapBefore === ' ' && ROLES.has(tokenAt(tokens, candidate.first - 2)?.text ?? '')) {
		return { keep: false, why: 'person-name' };
	}
	// "Ricardo Palma, the writer, lived here": an apposition that names a trade makes a small place's name a person's
	if (!wellKnown && candidate.via === 'name' && tradeApposition(candidate, tokens)) return { keep: false, why: 'person-name' };
	// "Harold and Jean Baker", "Tim & Paula Carver": a first name joined to another first name and a surname is
	// one of a couple who share that surname (deeds, wedding and obituary notices name them so)
	// (not a residence: "sons Mark Whitt of Madison and David Whitt of Memphis"; nor towns a placing
	// preposition lists: "Rain fell in Tyler and Austin on Monday")
	if (firstName && candidate.via === 'name' && candidate.first === candidate.last && place.kind === 'city' && !placesBeforeCouple(tokens, candidate.first) && coupleWithSpouse(candidate.last, tokens, ctx.candidateAt, gazetteer)) {
		return { keep: false, why: wellKnown ? 'person-here' : 'person-name' };
	}
	const nextWord = after[0];
	// ... "Alberta Health Services": a public body's words after it (BODY_WORDS)
	const institution = after.some((word) => INSTITUTION_HEADS.has(word.lower) || BODY_WORDS.has(word.lower));
	// "Georgia Smith", "David Maraga": a first name followed by a surname. Only a small place's name
	// marks the person for the whole text: "Dallas" stays a city elsewhere after "Dallas Mavericks".
	const headOfPhrase = nextWord?.lower ?? '';
	// "the Austin Comets forward", "a Carolina Panthers cornerback": after an article, a plural nickname
	// makes a team of a town whose name is a first name too (a person, "Austin Rivers", takes no article)
	if (firstName && nextWord && ARTICLES.has(before?.lower ?? '') && pluralNicknameAfter(candidate, tokens, ctx.candidateAt)) {
		return wellKnown ? { keep: true, usage: 'embedded', why: 'inside-name', minor: false } : { keep: false, why: 'organisation' };
	}
	// "a Sydney Olympic gold medallist", "the Atlanta Paralympics": the games a well-known city hosted, named
	// after it (no surname is "Olympic"); inside the games' name, so it sets no country of the text (event-names.ts)
	if (firstName && wellKnown && nextWord && GAMES_WORDS.has(nextWord.lower)) return { keep: true, usage: 'embedded', why: 'inside-name', minor: false };
	// ("many Denver Peruvians": a nation's people in the town, no surname)
	const peopleAfter = nextWord !== undefined && nextWord.text.endsWith('s') && ctx.candidateAt.get(candidate.last + 1)?.via === 'demonym';
	if (firstName && nextWord && !institution && !peopleAfter && !GEOGRAPHIC_HEADS.has(headOfPhrase) && !PERSON_TITLES.has(headOfPhrase) && !pairedHere(candidate, ctx)) {
		return { keep: false, why: wellKnown ? 'person-here' : 'full-name' };
	}
	return null;
}

/**
 * "former president Álvaro Uribe", "Governor Axel Kicillof": a capitalised word between a person's title and the
 * name is the person's given name, whether or not the English first-name lexicon knows it; the name is the surname.
 * Not where that word is a title, a function word of a title-cased phrase or a body's or a place's head ("Prime
 * Minister Kenya", "The Mayor Of New York", "Chief Executive Lagos"), nor where the name of any place but a city (a
 * region, a country, a landform …) or of a city known abroad stands before a noun as its adjective: a headline's
 * "President Biden Delaware home", "Chancellor Merz Berlin speech" name the place after a surname. A verb after the name keeps the person ("Judge Kiyoshi Montana
 * ruled", "minister Baroness Scotland said"), as does any word after a town not known abroad; a short irregular past
 * tense reads as a noun ("Inspector Kemal Cornwall led"), and a clause's subject as a surname ("Under Governor
 * Newsom California expanded").
 */
function afterTitleAndGivenName(candidate: Judging['candidate'], tokens: Token[], place: Judging['place'], gazetteer: Judging['gazetteer']): boolean {
	const given = tokenAt(tokens, candidate.first - 1);
	if (!given || !isCapitalisedNameWord(given) || FUNCTION_WORDS.has(given.lower) || tokens[candidate.first]!.gapBefore !== ' ') return false;
	const next = tokens[candidate.last + 1];
	const knownAbroad = place.kind !== 'city' || place.knownAbroad === true;
	if (knownAbroad && next?.gapBefore === ' ' && isNounAfterName(next.text, gazetteer)) return false;
	// (two given names only where no capitalised word goes on after the name: a title-cased headline's "President
	// Emmerson Mnangagwa Masvingo Rally Draws Thousands" names the place after the surname)
	const goesOn = next !== undefined && next.gapBefore === ' ' && next.capitalized;
	return titleAt(tokens, candidate.first - 2) || (!goesOn && secondGivenName(tokens, candidate.first - 1, gazetteer));
}

function titleAt(tokens: Token[], at: number): boolean {
	const title = tokenAt(tokens, at);
	return title !== undefined && PERSON_TITLES.has(title.lower);
}

/**
 * "President Samia Suluhu Hassan", "President Recep Tayyip Erdoğan": two given names between the title and the
 * surname, both names no English word (a title-cased headline's "President Ruto Visits Nakuru" puts a verb there).
 */
function secondGivenName(tokens: Token[], given: number, gazetteer: Judging['gazetteer']): boolean {
	// (the caller has read the given name as a capitalised name word and no function word)
	const first = tokenAt(tokens, given - 1);
	if (!first || !isCapitalisedNameWord(first) || FUNCTION_WORDS.has(first.lower)) return false;
	return commonness(first.lower, gazetteer) === 0 && commonness(tokens[given]!.lower, gazetteer) === 0 && titleAt(tokens, given - 2);
}

const COUPLE_JOINERS = new Set(['and', '&']);
// "Marion and Warren Counties": the plural of a division's word after a list of their names
const DIVISIONS_OF_A_LIST = /^(?:counties|parishes|townships?|boroughs?|cities|towns|villages)$/;

/**
 * Whether "and" and a first name and a capitalised surname follow the token ("… and Jean Baker"); not where
 * the two words are a place's name ("and Grant Park"), a place's head follows ("and Grant County") or a
 * longer name goes on.
 */
function coupleWithSpouse(at: number, tokens: Token[], candidateAt: Judging['ctx']['candidateAt'], gazetteer: Judging['gazetteer']): boolean {
	const joiner = tokens[at + 1];
	const given = tokens[at + 2];
	const surname = tokens[at + 3];
	if (!joiner || !given || !surname || !COUPLE_JOINERS.has(joiner.text) || joiner.gapBefore !== ' ' || given.gapBefore !== ' ' || surname.gapBefore !== ' ') return false;
	if (!given.capitalized || given.allCaps || !surname.capitalized || surname.allCaps || !isFirstName(given.lower, gazetteer)) return false;
	// ("Storms hit Madison and Jackson Friday": a weekday or a month after two towns dates the news, no surname)
	if (CALENDAR_WORDS.has(surname.lower) || GEOGRAPHIC_HEADS.has(surname.lower) || DIVISIONS_OF_A_LIST.test(surname.lower) || INSTITUTION_HEADS.has(surname.lower) || PERSON_TITLES.has(given.lower)) return false;
	// ("and Clayton Fire Rescue": a body's name goes on past the two words)
	const next = tokens[at + 4];
	if (next && next.capitalized && next.gapBefore === ' ') return false;
	const spanned = candidateAt.get(at + 2);
	return !spanned || spanned.last === at + 2;
}

// the oldest age a notice gives
const OLDEST = 120;

// ", Arlene M., 88,", ", Gerald "Buddy", 79,": a given name (then initials, names or a nickname) and an age between commas
const GIVEN_AND_AGE = /^, (\p{Lu}\p{Ll}+)(?: (?:\p{Lu}\.|\p{Lu}\p{Ll}+|["“][^"”]{1,20}["”]))*, \d{1,3},/u;
const GIVEN_AND_AGE_REACH = 60;
// ... after an entry's start: the text's, a line's or a sentence's
const ENTRY_START = /(?:^|[.;:]\s|\n)\s*$/;

/**
 * "BROWN, Arlene M., 88, of Jonesport": a death notice's roll writes the surname first, in capitals, then the given
 * names and the age, so a name in capitals that starts an entry before a comma, a common first name and an age is a
 * surname (a roll by town writes the town in title case: "Auburn, Mark Jones, 41, operating under the influence"). Not a town
 * before its state ("Salem, Virginia, 25 miles"): a given name that names a state is no given name here; nor a place
 * inside a list of people ("a huntsman from Ledbury, Herefordshire, Robert Thame, 34, …"), which starts no entry.
 */
function surnameBeforeGivenAndAge(text: string, start: number, end: number, gazetteer: Judging['gazetteer']): boolean {
	if (!ENTRY_START.test(text.slice(Math.max(0, start - 3), start))) return false;
	const given = GIVEN_AND_AGE.exec(text.slice(end, end + GIVEN_AND_AGE_REACH))?.[1];
	return given !== undefined && isFirstName(given.toLowerCase(), gazetteer) && stateReadings(nameKey(given), gazetteer).length === 0;
}

/** ", 24," at `at`: a person's age between commas. */
function ageBetweenCommas(tokens: readonly Token[], at: number): boolean {
	const age = tokens[at];
	const after = tokens[at + 1];
	return !!age && isAge(age) && !!after && after.gapBefore.startsWith(',');
}

function isAge(token: Token): boolean {
	return token.gapBefore === ', ' && /^\d{1,3}$/.test(token.text) && Number(token.text) <= OLDEST;
}

/**
 * "Sydney Cole, 22, Liberty", "Jake Moss, 41, Hope, was charged", "Dustin Combs, 27, of Hazard": the name a notice
 * writes right after a person's surname and age, between commas (or after the "of" that follows them), is where the
 * person lives, however like a word it reads. Not a person named next ("Hart, 26, Brooklyn Sims, 24"): a capitalised
 * word after the name, or an age of its own.
 */
export function townAfterAge(j: Judging): Verdict | null {
	const { candidate, tokens } = j;
	if (candidate.via !== 'name') return null;
	const of = tokenAt(tokens, candidate.first - 1);
	const afterOf = of?.text === 'of' && of.gapBefore === ', ' && tokens[candidate.first]!.gapBefore === ' ';
	if (!afterOf && tokens[candidate.first]!.gapBefore !== ', ') return null;
	const ageAt = afterOf ? candidate.first - 2 : candidate.first - 1;
	const age = tokenAt(tokens, ageAt);
	if (!age || !isAge(age) || !tokenAt(tokens, ageAt - 1)?.capitalized) return null;
	const next = tokens[candidate.last + 1];
	if ((next && next.gapBefore === ' ' && next.capitalized) || ageBetweenCommas(tokens, candidate.last + 1)) return null;
	return { keep: true, usage: 'literal', why: 'locative', minor: !j.wellKnown, anchored: true };
}

// a result after its comma: a measure or a time ("23.1", "7.2 pounds", "16:21") or a count of things ("94 blk strs",
// "40 acres": a sale's or a harvest's line), not a bare integer (an age, a grade) nor a height ("Mike Davis,
// Center, 6-10" is a roster's position)
const RESULT_AFTER = /^, (?:\d+[.:]\d|\d[\d,]* \p{Ll})/u;
// a player's position or a student's class year, written between the name and a count as a town is ("Mike Davis,
// Center, 12 points", "Sam Ortiz, Junior, 3 awards")
const PLAYER_POSITIONS = new Set(['center', 'guard', 'forward', 'tackle', 'end', 'back', 'wing', 'pitcher', 'catcher', 'keeper', 'freshman', 'sophomore', 'junior', 'senior']);
const RESULT_REACH = 8;

/**
 * "2. Drew Sims, Grant, 23.1", "Kelsie Brost, Baker, 15.44", "Dennis Heeb, Wall, 94 blk strs": in a results line (a
 * tournament's weights, a rodeo's times, a race's finishers, a sale barn's consignments) the name between a person's
 * given name and surname and the result (a measure, a time or a count of things), each set off by commas, is where
 * the person lives, however like a word it reads.
 */
export function townBeforeResult(j: Judging): Verdict | null {
	const { candidate, tokens, gazetteer } = j;
	if (candidate.via !== 'name' || tokens[candidate.first]!.gapBefore !== ', ') return null;
	const surname = tokenAt(tokens, candidate.first - 1);
	const given = tokenAt(tokens, candidate.first - 2);
	if (!surname?.capitalized || surname.allCaps || surname.gapBefore !== ' ' || !given?.capitalized || given.allCaps || !isFirstName(given.lower, gazetteer)) return null;
	if (!RESULT_AFTER.test(j.ctx.text.slice(candidate.end, candidate.end + RESULT_REACH)) || PLAYER_POSITIONS.has(j.word ?? '')) return null;
	return { keep: true, usage: 'literal', why: 'locative', minor: !j.wellKnown, anchored: true };
}

/** Whether the particle is also an English word and the word before it reads as English: a sentence's first word, a plural or an everyday word. */
function englishWordBefore(particle: Token, before: Token, gazetteer: Judging['gazetteer']): boolean {
	return ENGLISH_WORD_PARTICLES.has(particle.text) && (before.sentenceStart || before.lower.endsWith('s') || commonness(before.lower, gazetteer) >= COMMON_WORD);
}

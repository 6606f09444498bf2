// "The Dallas Cowboys lost … Dallas quarterback Dak Prescott threw", "Real Madrid … Madrid's coach said":
// once a text names a team by its town and a plural nickname (or a club's opening word), the town's bare
// name before a player's or a coach's title, or beside a verb of winning, is that team's short name, not
// the town. Word classes only: no team or town is listed. The town elsewhere in the text stays the town
// ("the Cowboys flew back to Dallas").
import { candidateKey, type Candidate } from './candidates.ts';
import { GEOGRAPHIC_HEADS, INSTITUTION_HEADS, LANDFORM_PLURALS, LOCATIVE_PREPOSITIONS } from './context-words.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { smallDistrictNamedBare } from './candidate-neighbours.ts';
import { clubName, townBeforeTeamDemonym } from './named-things.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { tokenAt, type Token } from './tokens.ts';

// the people of a team named by its town ("Dallas quarterback", "Madrid's coach", "Boston fans"); not
// words a town's own bodies have too ("centre", "forward", "guard")
const TEAM_ROLES = new Set('quarterback quarterbacks linebacker linebackers cornerback cornerbacks receiver receivers kicker coach coaches manager pitcher pitchers catcher shortstop outfielder infielder slugger striker strikers midfielder midfielders defender defenders goalkeeper goalie winger batter batsman bowler skipper fans players roster lineup'.split(' '));
// what one team does to another ("Boston beat New York", "beat Dallas 4-2")
const WIN_VERBS = new Set('beat beats defeated edged routed swept outscored thrashed'.split(' '));
// ... and what a team named before them does ("Dallas lost to Boston")
const LOSS_VERBS = new Set(['lost', 'loses', 'won', 'wins', 'drew', 'tied']);
// what a player or a team does with or against a team, and the word that joins the team to it
const PLAY_WORDS = new Set('game games played plays play starts started start signed traded loss lost win won wins seasons season points goals minutes'.split(' '));
const TEAM_JOINERS = new Set(['for', 'with', 'against', 'to', 'over']);
// the longest nickname after a town's name ("the Portland Trail Blazers", "the Chennai Super Kings")
const NICKNAME_WORDS = 3;
// a nickname in the plural: "Cowboys", "Panthers", "49ers" (not "Bass", "Kansas", "Campus")
const PLURAL_NICKNAME = /^(?:\p{Lu}\p{Ll}*|\d+\p{Ll}+)[^su]s$/u;
// plural heads of a place's or a feature's own name ("the Florida Keys", "Madison Woods", "Austin Flats"),
// beside the landform plurals (LANDFORM_PLURALS: "Hills", "Lakes", "Islands"): a place, no team's nickname
const FEATURE_NAME_PLURALS = new Set('keys capes woods flats highlands heights falls springs isles banks shores sands pines meadows gardens rapids narrows plains cliffs dunes forks ridges peaks'.split(' '));

/**
 * The keys of the towns the text names teams after: "the Dallas Cowboys", "Real Madrid", and "the Mumbai
 * Indians" where sport is around the nationality (elsewhere "the Dallas Peruvians" are the city's people).
 */
export function teamTowns(text: string, candidates: readonly Candidate[], tokens: Token[], candidateAt: ReadonlyMap<number, Candidate>, gazetteer: Gazetteer): Set<string> {
	const towns = new Set<string>();
	for (const candidate of candidates) {
		if (candidate.via !== 'name') continue;
		const team = clubName(candidate, tokens) || pluralNicknameAfter(candidate, tokens, candidateAt) || (townBeforeTeamDemonym(candidate, tokens, candidateAt, gazetteer) && sportsContextAround(candidate.first, candidate.last + 1, tokens));
		if (team) towns.add(candidateKey(text, candidate));
	}
	return towns;
}

/**
 * "Dallas Cowboys", "Kansas City Chiefs": one to three capitalised words after the name, the last a plural
 * that ends the run. A nationality is no nickname: "the Dallas Peruvians" are the city's people unless sport
 * is around them (townBeforeTeamDemonym, asked with sportsContextAround).
 */
export function pluralNicknameAfter(candidate: Candidate, tokens: Token[], candidateAt: ReadonlyMap<number, Candidate>): boolean {
	for (let k = candidate.last + 1; k <= candidate.last + NICKNAME_WORDS; k++) {
		const word = tokens[k];
		if (!word || word.gapBefore !== ' ' || word.allCaps || !/^[\p{Lu}\d]/u.test(word.text)) return false;
		if (candidateAt.get(k)?.via === 'demonym') return false;
		if (INSTITUTION_HEADS.has(word.lower) || GEOGRAPHIC_HEADS.has(word.lower) || LANDFORM_PLURALS.has(word.lower) || FEATURE_NAME_PLURALS.has(word.lower)) return false;
		const next = tokens[k + 1];
		const endsRun = !next || next.gapBefore !== ' ' || !next.capitalized;
		if (endsRun) return PLURAL_NICKNAME.test(word.text);
	}
	return false;
}

/**
 * Whether the bare name stands for the team: a title of its people after it ("Dallas quarterback",
 * "Madrid's coach"), a verb of a result beside it ("Boston beat", "Dallas lost", "beat Dallas"), or
 * a word of play and its joiner before it ("30 games for Carolina", "lost to Dallas").
 */
export function standsForTeam(candidate: Candidate, tokens: Token[]): boolean {
	if (candidate.via !== 'name') return false;
	let after = tokens[candidate.last + 1];
	if (isPossessiveMark(after)) after = tokens[candidate.last + 2];
	if (after && after.gapBefore === ' ' && !after.capitalized && (TEAM_ROLES.has(after.text) || WIN_VERBS.has(after.text) || LOSS_VERBS.has(after.text))) return true;
	const before = tokenAt(tokens, candidate.first - 1);
	if (!before || tokens[candidate.first]!.gapBefore !== ' ') return false;
	if (WIN_VERBS.has(before.text)) return true;
	// "started 30 games for Carolina", "lost to Dallas", "signed with Boston" (not "moved to Dallas")
	const play = tokenAt(tokens, candidate.first - 2);
	return play !== undefined && before.gapBefore === ' ' && TEAM_JOINERS.has(before.text) && PLAY_WORDS.has(play.text);
}

// how far after a team's name a verb of a result or a score still belongs to it ("the X Ys narrowly beat")
const RESULT_REACH = 3;
// what a club does as a body, a few words after its name ("the X Ys were founded", "… traded their pitcher");
// a town's community of a nation is not founded, signed or traded
const CLUB_VERBS = new Set('founded signed traded drafted acquired relocated franchise'.split(' '));
// words of organised sport that make the paragraph around the name a sports text ("… played at League Park")
const SPORT_WORDS = new Set('league leagues stadium ballpark franchise playoffs playoff pennant inning innings touchdown touchdowns championship championships tournament roster quarterback pitcher pitchers shortstop'.split(' '));
// how many words either side, within the paragraph, such a word is looked for
const SPORT_REACH = 40;
// a count before the name makes it people, not one team ("many Denver Peruvians", "3,000 Miami Cubans")
const COMMUNITY_COUNTS = new Set('many some most few several thousands hundreds dozens tens millions numerous'.split(' '));

/**
 * Whether a sports text surrounds the capitalised run tokens[first..last] ("the Miami Cubans" could be a
 * team or a city's Cuban community): a title of a team's people or a verb of a result right after it
 * ("… coach", "… beat", "… lost"), a score or such a verb a few words on ("… narrowly beat", "… won 3-1"),
 * a verb of winning or "fans of" before it ("beat the …", "fans of the …"), or "the" before it and a
 * word of play after it ("the … game"), a club's verb after it ("… were founded", "… changed their name"),
 * or a word of organised sport in the paragraph near it ("… played at League Park"). Never after a count
 * ("many Denver Peruvians", "3,000 Miami Cubans"): those are people.
 */
export function sportsContextAround(first: number, last: number, tokens: Token[]): boolean {
	const counted = tokenAt(tokens, first - 1);
	if (counted && (COMMUNITY_COUNTS.has(counted.lower) || /^\d/.test(counted.text))) return false;
	return resultOrPlayAround(first, last, tokens) || clubVerbAfter(last, tokens) || sportWordNear(first, last, tokens);
}

function resultOrPlayAround(first: number, last: number, tokens: Token[]): boolean {
	for (let k = last + 1; k <= last + RESULT_REACH && k < tokens.length; k++) {
		const word = tokens[k]!;
		if (k === last + 1 && isPossessiveMark(word)) continue;
		if (word.capitalized) break;
		if (WIN_VERBS.has(word.text) || LOSS_VERBS.has(word.text) || (k === last + 1 && TEAM_ROLES.has(word.text))) return true;
		if (/^\d+$/.test(word.text) && tokens[k + 1] && /^\s*[-–]\s*$/.test(tokens[k + 1]!.gapBefore) && /^\d+$/.test(tokens[k + 1]!.text)) return true;
	}
	let before = first - 1;
	const the = tokens[before]?.lower === 'the';
	if (the) before--;
	const opener = tokens[before];
	if (opener && (WIN_VERBS.has(opener.text) || (opener.text === 'of' && TEAM_ROLES.has(tokenAt(tokens, before - 1)?.lower ?? '')))) return true;
	const after = tokens[last + 1];
	return the && after !== undefined && after.gapBefore === ' ' && PLAY_WORDS.has(after.text);
}

// a match's score right after a name ("beat Kansas 31-20") or right before the result's noun ("a 35-14 win over")
const SCORE_AFTER = /^ \d{1,3} ?[-–] ?\d{1,3}(?!\d|[.,]\d|[:/])/;
const SCORE_BEFORE = /(?:^|[^\d.,:/])\d{1,3} ?[-–] ?\d{1,3} $/;
// how far a score may follow "X beat Y" ("Utah routed Idaho 42-7", "… beat the visiting Kings 3-1")
const SCORE_REACH = 8;
// the nouns of a result and the words that join the other side to them ("a 21-17 win over Oregon")
const RESULT_NOUNS = new Set(['win', 'victory', 'loss', 'defeat', 'rout']);
const RESULT_JOINERS = new Set(['over', 'to', 'against', 'by']);

// words of a court's or a vote's count in the sentence: "a 6-3 ruling against Utah", "the panel's 2-1
// loss to Idaho", "the measure won 59-41": a tally of judges or voters, no match between colleges
// how far either side of the name the sentence is searched for them (a text without stops stays linear)
const TALLY_REACH = 40;
const TALLY_WORDS = new Set('court courts justice justices judge judges ruling ruled rulings panel appeals lawsuit jury vote votes voted ballot ballots measure referendum legislature senate'.split(' '));

/**
 * Whether the name is a side in a match's result against a capitalised opponent, whatever the text named
 * before: "Utah beat Idaho 31-20", "Utah routed Idaho 42-7", "Utah's 21-17 win over Oregon". The other
 * side must be a name: a vote ("voters in Ohio beat the measure 55-45", "the measure won 59-41 in
 * Ohio") has none, and a court's or a vote's word in the sentence makes the count a tally ("the agency's
 * 6-3 loss to Utah at the Supreme Court"). Asked for US states only (index.ts): a state's side is a
 * college's team, a town's may be its high school's, which local news maps.
 */
export function sideInResult(candidate: Candidate, tokens: Token[], text: string): boolean {
	return candidate.via === 'name' && matchResultShape(candidate, tokens, text) && !tallyWordInSentence(candidate, tokens);
}

/**
 * A big city's small district named bare (smallDistrictNamedBare) as a side in a result is the club named for it,
 * far more often than the district: a side with a score (sideInResult), or a verb of winning between it and a
 * capitalised side, no score needed ("Beykoz beat Kasımpaşa", "Kasımpaşa beat Beykoz"). Not "voters in Beykoz
 * beat the measure", "Beykoz won approval".
 */
export function clubOfDistrict(candidate: Candidate, place: GazetteerPlace, tokens: Token[], text: string): boolean {
	if (!smallDistrictNamedBare(candidate, place, text, tokens)) return false;
	if (sideInResult(candidate, tokens, text)) return true;
	const after = tokens[candidate.last + 1];
	const before = tokens[candidate.first]!.gapBefore === ' ' ? tokenAt(tokens, candidate.first - 1) : undefined;
	if (after && after.gapBefore === ' ' && WIN_VERBS.has(after.text) && !(before && LOCATIVE_PREPOSITIONS.has(before.lower))) {
		const loser = tokens[candidate.last + 2]?.lower === 'the' ? tokens[candidate.last + 3] : tokens[candidate.last + 2];
		if (loser?.capitalized && loser.gapBefore === ' ') return true;
	}
	const winner = tokenAt(tokens, candidate.first - 2);
	return before !== undefined && before.gapBefore === ' ' && WIN_VERBS.has(before.text) && winner?.capitalized === true && !winner.sentenceStart;
}

function matchResultShape(candidate: Candidate, tokens: Token[], text: string): boolean {
	const before = tokens[candidate.first]!.gapBefore === ' ' ? tokenAt(tokens, candidate.first - 1) : undefined;
	const after = tokens[candidate.last + 1];
	// "Utah beat Idaho 31-20": the winner's name right before the verb
	const winner = before ? tokenAt(tokens, candidate.first - 2) : undefined;
	if (before && WIN_VERBS.has(before.text) && winner?.capitalized && before.gapBefore === ' ' && SCORE_AFTER.test(text.slice(candidate.end, candidate.end + 12))) return true;
	// "Utah routed Idaho 42-7" (not "voters in Ohio beat the measure 55-45")
	const located = before !== undefined && LOCATIVE_PREPOSITIONS.has(before.lower);
	if (!located && after && after.gapBefore === ' ' && WIN_VERBS.has(after.text)) {
		let loser = tokens[candidate.last + 2];
		if (loser?.lower === 'the') loser = tokens[candidate.last + 3];
		if (!loser?.capitalized) return false;
		for (let k = candidate.last + 2; k < tokens.length && k <= candidate.last + SCORE_REACH; k++) {
			if (/[.;!?]/.test(tokens[k]!.gapBefore)) break;
			if (/^\d/.test(tokens[k]!.text)) return SCORE_AFTER.test(text.slice(tokenAt(tokens, k - 1)!.end, tokenAt(tokens, k - 1)!.end + 12));
		}
		return false;
	}
	if (isPossessiveMark(after) && ownResult(candidate.last + 2, tokens, text)) return true;
	// "Utah's 21-17 win over Oregon": a capitalised name (or its possessive) right before the score
	const noun = tokenAt(tokens, candidate.first - 2);
	if (!before || !noun || !RESULT_JOINERS.has(before.text) || !RESULT_NOUNS.has(noun.text) || !SCORE_BEFORE.test(text.slice(Math.max(0, noun.start - 12), noun.start))) return false;
	// (a score is two numbers: no longer walk back)
	let side = candidate.first - 3;
	while (side > candidate.first - 5 && side > 0 && /^\d+$/.test(tokens[side]!.text)) side--;
	if (isPossessiveMark(tokens[side])) side--;
	return tokens[side]?.capitalized === true && !tokens[side]!.sentenceStart;
}

/** "Utah's 21-17 win over Oregon": a score from tokens[at], a result's noun, its joiner and a capitalised opponent. */
function ownResult(at: number, tokens: Token[], text: string): boolean {
	let k = at;
	while (k < tokens.length && k < at + 2 && /^\d+$/.test(tokens[k]!.text)) k++;
	const noun = tokens[k];
	const joiner = tokens[k + 1];
	const opponent = tokens[k + 2];
	if (k === at || !noun || !RESULT_NOUNS.has(noun.text) || !joiner || !RESULT_JOINERS.has(joiner.text) || !opponent) return false;
	return opponent.capitalized && SCORE_BEFORE.test(text.slice(Math.max(0, noun.start - 12), noun.start));
}

/** A court's or a vote's word in the sentence around the name (the walk stops at the sentence's ends). */
function tallyWordInSentence(candidate: Candidate, tokens: Token[]): boolean {
	for (let k = candidate.first - 1; k >= Math.max(0, candidate.first - TALLY_REACH); k--) {
		if (TALLY_WORDS.has(tokens[k]!.lower)) return true;
		if (sentenceEndBefore(tokens[k]!)) break;
	}
	for (let k = candidate.last + 1; k < tokens.length && k <= candidate.last + TALLY_REACH; k++) {
		if (sentenceEndBefore(tokens[k]!)) break;
		if (TALLY_WORDS.has(tokens[k]!.lower)) return true;
	}
	return false;
}

function sentenceEndBefore(token: Token): boolean {
	return /[.;!?]\s|\n/.test(token.gapBefore);
}

/** "the X Ys were founded", "… changed their name": a verb of a club's life a few words after its name. */
function clubVerbAfter(last: number, tokens: Token[]): boolean {
	for (let k = last + 1; k <= last + RESULT_REACH && k < tokens.length; k++) {
		const word = tokens[k]!;
		if (word.capitalized || /[.;!?]/.test(word.gapBefore)) return false;
		if (CLUB_VERBS.has(word.text)) return true;
		if (word.text === 'changed' && tokens[k + 2]?.text === 'name') return true;
	}
	return false;
}

/** A word of organised sport within SPORT_REACH words either side, not across a paragraph's break. */
function sportWordNear(first: number, last: number, tokens: Token[]): boolean {
	for (let k = first - 1; k >= Math.max(0, first - SPORT_REACH); k--) {
		if (SPORT_WORDS.has(tokens[k]!.lower)) return true;
		if (paragraphBreakBefore(tokens[k]!)) break;
	}
	for (let k = last + 1; k <= last + SPORT_REACH && k < tokens.length; k++) {
		if (paragraphBreakBefore(tokens[k]!)) break;
		if (SPORT_WORDS.has(tokens[k]!.lower)) return true;
	}
	return false;
}

function paragraphBreakBefore(token: Token): boolean {
	return /\n\s*\n/.test(token.gapBefore);
}

// the head of an apposition that says a name is a team ("Astana, the Kazakh team,", "Almaty, the visiting
// club."); not "side": "Nogales, the Mexican side, …" is the town across a border
const TEAM_HEADS = new Set(['team', 'club', 'squad', 'franchise', 'outfit']);
// the words an apposition may put before its head ("the Kazakh WorldTour team")
const APPOSITION_WORDS = 3;
// what may follow the head where it ends the apposition ("…, the Kazakh team, which …")
const APPOSITION_END = /^\s*[,.;:)!?]/;
const RELATIVE_WORDS = new Set(['which', 'that', 'who', 'whose']);

/**
 * Whether an apposition right after the name says it is a team: "Astana, the Kazakh team, will", "beat
 * Almaty, the home club." The head must end the apposition ("Doha, the team's base", "Marbella, the team
 * hotel" name a place), and the name must not follow a locative word ("In Madrid, the team, which had
 * flown in, rested" is a place and then its subject).
 */
export function teamInApposition(candidate: Candidate, tokens: Token[]): boolean {
	const the = tokens[candidate.last + 1];
	if (!the || the.lower !== 'the' || !/^\s*,\s+$/.test(the.gapBefore)) return false;
	const before = tokenAt(tokens, candidate.first - 1);
	if (before && LOCATIVE_PREPOSITIONS.has(before.lower) && before.end === tokens[candidate.first]!.start - 1) return false;
	for (let k = candidate.last + 2; k <= candidate.last + 2 + APPOSITION_WORDS && k < tokens.length; k++) {
		const word = tokens[k]!;
		if (word.gapBefore !== ' ') return false;
		if (!TEAM_HEADS.has(word.lower)) continue;
		const next = tokens[k + 1];
		return !next || APPOSITION_END.test(next.gapBefore) || (next.gapBefore === ' ' && RELATIVE_WORDS.has(next.lower));
	}
	return false;
}

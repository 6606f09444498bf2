// "a Harvard professor", "archives at Harvard, Oxford and the New York Public Library": a university is named
// by its town alone, and the words around say it is the school, not the town: a university's people right after
// the name, or a list whose other item is a school's full name (a library's, in a text about universities). The name is then a word of the
// school's name (embedded, as in "the University of Oxford"), and lends its town no weight among its
// neighbours (two small American namesakes of such towns pulled each other across the ocean).
import { candidateKey, type Candidate } from './candidates.ts';
import { COORDINATORS, GEOGRAPHIC_HEADS, INSTITUTION_HEADS, LOCATIVE_PREPOSITIONS, PERSON_TITLES } from './context-words.ts';
import { CIVIC_POSSESSIONS } from './firm-cues.ts';
import { tokenAt, type Token } from './tokens.ts';

// the people only a university has, named after its name ("a Harvard professor"; not "Canton scholars", "Canton
// alumni", "Paris academics", "a Naples don": a high school's, a city's, a crime family's words too)
const ACADEMICS = new Set('professor professors lecturer lecturers undergraduate undergraduates'.split(' '));
// the last word of a school's full name ("Imperial College"; not "Institute": "the National Institute of Public
// Health" is a body) ...
const SCHOOL_HEADS = new Set(['University', 'College']);
// ... or a library's ("the New York Public Library"), a school's only in a text about universities ("in Clinton,
// Laurens and the Joanna Library" are a county's branch libraries)
const LIBRARY_HEAD = 'Library';
// the words that make a text one about universities
const UNIVERSITY_WORDS = new Set(['university', 'universities', 'campus', 'faculty']);
// how many items of the list are looked through on each side
const LIST_REACH = 4;

/** "a Harvard professor", "Oxford undergraduates": an academic's noun right after the name, one space away. */
function academicAfter(candidate: Candidate, tokens: readonly Token[]): boolean {
	const after = tokens[candidate.last + 1];
	return after !== undefined && after.gapBefore === ' ' && ACADEMICS.has(after.text);
}

/** The index of the last token of the list item after the one ending at `last` (", Oxford", " and the New York Public Library"), or -1. */
function nextItemEnd(tokens: readonly Token[], last: number): number {
	let at = last + 1;
	const gap = tokens[at]?.gapBefore;
	if ((gap === ', ' || gap === ' ') && COORDINATORS.has(tokens[at]!.text)) at++;
	else if (gap !== ', ') return -1;
	if (tokens[at]?.text === 'the') at++;
	if (!tokens[at]?.capitalized) return -1;
	while (tokens[at + 1]?.capitalized && tokens[at + 1]!.gapBefore === ' ') at++;
	return at;
}

/** The index of the first token of the list item before the one starting at `first`, and that item's last token, or null. */
function previousItem(tokens: readonly Token[], first: number): [number, number] | null {
	let at = first - 1;
	const gap = tokens[first]!.gapBefore;
	if (COORDINATORS.has(tokenAt(tokens, at)?.text ?? '') && gap === ' ') at--;
	else if (gap !== ', ') return null;
	const end = at;
	if (!tokenAt(tokens, end)?.capitalized) return null;
	while (tokenAt(tokens, at - 1)?.capitalized && tokens[at]!.gapBefore === ' ' && !tokens[at]!.sentenceStart) at--;
	return [at, end];
}

/** The text has a word of universities (read only where a sign asks). */
function aboutUniversities(tokens: readonly Token[]): boolean {
	return tokens.some((token) => UNIVERSITY_WORDS.has(token.lower));
}

/** The list item ending at this token is a school's full name (a library's in a text about universities). */
function schoolItem(tokens: readonly Token[], last: number): boolean {
	const head = tokens[last]!.text;
	return SCHOOL_HEADS.has(head) || (head === LIBRARY_HEAD && aboutUniversities(tokens));
}

/** An item of the name's list, after it or before its last item, is a school's or a library's full name ("…, Oxford and the New York Public Library"). */
function listedWithSchool(candidate: Candidate, tokens: readonly Token[]): boolean {
	// (after it up to the item "and" or "or" joins, the list's last: "in Prizren and Mitrovica, the National …" ends at Mitrovica)
	let last = COORDINATORS.has(tokenAt(tokens, candidate.first - 1)?.text ?? '') ? -1 : candidate.last;
	for (let n = 0; n < LIST_REACH && last >= 0; n++) {
		const joined = COORDINATORS.has(tokens[last + 1]?.text ?? '');
		last = nextItemEnd(tokens, last);
		if (last < 0) break;
		if (schoolItem(tokens, last)) return true;
		if (joined) break;
	}
	// (before it only where the name ends the list: "at New College, Oxford, he" names the college's town)
	if (!COORDINATORS.has(tokenAt(tokens, candidate.first - 1)?.text ?? '')) return false;
	let first = candidate.first;
	for (let n = 0; n < LIST_REACH; n++) {
		const item = previousItem(tokens, first);
		if (item === null) break;
		if (schoolItem(tokens, item[1])) return true;
		first = item[0];
	}
	return false;
}

/** The town's one-word name stands for its university here (see above). */
export function namesAUniversity(candidate: Candidate, tokens: readonly Token[]): boolean {
	if (candidate.via !== 'name' || candidate.first !== candidate.last) return false;
	return academicAfter(candidate, tokens) || listedWithSchool(candidate, tokens);
}

/** The keys of the towns a text about universities names as theirs (namesAUniversity): their bare mentions may be the school too. */
export function universityTowns(text: string, candidates: readonly Candidate[], tokens: readonly Token[]): Set<string> {
	const towns = new Set<string>();
	for (const candidate of candidates) if (namesAUniversity(candidate, tokens)) towns.add(candidateKey(text, candidate));
	return towns.size > 0 && aboutUniversities(tokens) ? towns : new Set();
}

/**
 * "Harvard is limiting its participation" after "archives at Harvard, Oxford and the New York Public Library": a
 * later bare mention of a town the text named as its university is the school, where no word places it ("a
 * conference in Oxford" is the town).
 */
export function universityMention(candidate: Candidate, towns: ReadonlySet<string>, key: string, tokens: readonly Token[]): boolean {
	if (!towns.has(key) || candidate.via !== 'name') return false;
	const before = tokenAt(tokens, candidate.first - 1);
	if (before && LOCATIVE_PREPOSITIONS.has(before.lower)) return false;
	// (not before a title, a body's word or the town's own people and parts: "Canton Mayor Ed Price", "Paris police",
	// "Cambridge residents")
	const after = tokens[candidate.last + 1];
	return !(after && after.gapBefore === ' ' && (after.capitalized || GEOGRAPHIC_HEADS.has(after.text) || INSTITUTION_HEADS.has(after.text) || PERSON_TITLES.has(after.lower) || CIVIC_POSSESSIONS.has(after.lower)));
}

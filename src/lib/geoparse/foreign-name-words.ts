// "Żelazowa Wola is a village …", "Wola Gałęzowska is a village …", "Krasnaya Polyana": a small place's
// name written beside a capitalised word that is no English word, no first name and no place is one word
// of a longer foreign name the gazetteer lacks; alone it names a namesake elsewhere (Wola, the Warsaw
// district). General form only: the lexicon decides what is a word, the gazetteer what is a place.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { CALENDAR_WORDS, POSITION_WORDS } from './context-words.ts';
import { tokenAt, type Token } from './tokens.ts';
import { respanned } from './respanned.ts';
import { isFirstName, isListedWord, isTitleOrHeadWord } from './word-facts.ts';

// division words of other languages that English text keeps before or after a name: they place it, they
// make no longer name ("Gmina Bychawa", "Krasnensky Selsoviet", "Kursk Oblast")
// ("Wonosobo Regency", "Kecamatan Kejajar", "Amphoe Pai": Indonesia's and Thailand's too)
const DIVISION_WORDS = new Set(['gmina', 'powiat', 'voivodeship', 'selsoviet', 'krai', 'kray', 'okrug', 'hromada', 'raion', 'rayon', 'landkreis', 'kreis', 'barangay', 'kraj', 'obshtina', 'regency', 'kabupaten', 'kecamatan', 'amphoe', 'tambon']);
// a word shorter than this may be an initial or an abbreviation
const MIN_LETTERS = 3;
const LETTERS = /^\p{L}+$/u;

// the longest name a candidate spans, in tokens, that may hold a word before the one looked at ("Saint-Jean-Port-Joli")
const NAME_REACH = 4;

/** Whether a candidate starts at the token or spans it from a few tokens before ("Nowy Targ", "Dallas-Fort Worth"). */
export function insideCandidate(index: number, candidateAt: ReadonlyMap<number, Candidate>): boolean {
	for (let k = index; k >= 0 && k > index - NAME_REACH; k--) {
		const candidate = candidateAt.get(k);
		if (candidate && candidate.last >= index) return true;
	}
	return false;
}

/** Whether the token is a capitalised word of a foreign name: unknown to the lexicon, the first names and the gazetteer. */
function foreignNameWord(token: Token | undefined, index: number, gazetteer: Gazetteer, candidateAt: ReadonlyMap<number, Candidate>): boolean {
	if (!token || !token.capitalized || token.allCaps || token.text.length < MIN_LETTERS || !LETTERS.test(token.text)) return false;
	if (insideCandidate(index, candidateAt)) return false;
	const lower = token.lower;
	if (isTitleOrHeadWord(lower) || POSITION_WORDS.has(lower) || DIVISION_WORDS.has(lower)) return false;
	// ("Next Friday Polkville will host": a day or a month is a date before the name, no word of a longer one)
	if (CALENDAR_WORDS.has(lower)) return false;
	return !isListedWord(lower, gazetteer) && !isFirstName(lower, gazetteer);
}

/**
 * The longer name the candidate is one word of, such a word right before or after it (one space between),
 * as a span of tokens; null where there is none.
 */
export function foreignNameAround(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer, candidateAt: ReadonlyMap<number, Candidate>): Candidate | null {
	const next = tokens[candidate.last + 1];
	if (next?.gapBefore === ' ' && foreignNameWord(next, candidate.last + 1, gazetteer, candidateAt)) return respanned(candidate, candidate.start, next.end, candidate.first, candidate.last + 1);
	const previous = candidate.first > 0 ? tokenAt(tokens, candidate.first - 1) : undefined;
	if (previous && tokens[candidate.first]!.gapBefore === ' ' && foreignNameWord(previous, candidate.first - 1, gazetteer, candidateAt)) return respanned(candidate, previous.start, candidate.end, candidate.first - 1, candidate.last);
	return null;
}

// "Villa O'Higgins", "Puerto Yungay", "Vila Nova": the head word of a Spanish, Portuguese or Italian settlement's name,
// capitalised before another name, makes one longer name of the two (one the gazetteer lacks, or the whole would
// have matched: "Villa Gesell", "Puerto Montt"); the name after it is what the settlement was named after, a hero,
// a saint or a river, not the place of that name. (No mountain's head: "Cerro Aconcagua" is Aconcagua; nor a head that
// ends another name, "Aston Villa".)
const SETTLEMENT_HEADS = new Set(['Villa', 'Puerto', 'Caleta', 'Ciudad', 'Colonia', 'Pueblo', 'Bahía', 'Vila', 'Porto', 'Aldea', 'Borgo']);

/** The candidate follows a Romance settlement's head word, one space between ("Villa O'Higgins"). */
export function afterSettlementHead(candidate: Candidate, tokens: readonly Token[]): boolean {
	const previous = candidate.first > 0 ? tokenAt(tokens, candidate.first - 1) : undefined;
	if (previous === undefined || tokens[candidate.first]!.gapBefore !== ' ' || !SETTLEMENT_HEADS.has(previous.text)) return false;
	// ("Aston Villa Preston v West Brom": the head ends another name, a club's, and starts none)
	const before = candidate.first > 1 ? tokenAt(tokens, candidate.first - 2) : undefined;
	return !(before?.capitalized && previous.gapBefore === ' ');
}

// "Colchester General Hospital", "Manila Cathedral", "Dubai World Trade Centre": a place's name that
// opens the name of a building or a venue is a word of that name, and the venue, a location of its
// own, is the toponym (GeoWebNews labels the whole name, Literal or Coercion). Organisations ("Lagos
// Chamber of Commerce", "Houston Rockets") are left as the place word: there the name is no site.
import type { Candidate } from './candidates.ts';
import { FUNCTION_WORDS } from './context-words.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { tokenAt, type Token } from './tokens.ts';

/** Last words of a building's or a venue's name (an event held at one, "New York Auto Show", too). */
const VENUE_HEADS = new Set(
	'hospital infirmary clinic cathedral church chapel mosque temple synagogue library gardens centre center institute academy school university college court courthouse hall stadium arena airport station museum gallery hotel theatre theater armory armoury castle palace prison jail zoo market mall festival competition show cup'.split(
		' '
	)
);

/** No venue's name runs longer after the place's. */
const MAX_VENUE_WORDS = 5;

// "the Institute of Technology", "the School for the Deaf": the name goes on after these
const NAME_JOINERS = new Set(['of', 'for']);

/**
 * The end of the venue's name that the candidate opens, or null: the capitalised words right after it,
 * joined by single spaces (a possessive "Magistrate’s" among them), ending in a venue's head word and
 * naming no country or region of its own ("Santa Clara California Superior Court" is two names). A candidate
 * inside a name begun before it ("Princess of Wales Theatre", "European Roma Rights Centre") opens none.
 */
export function venueEnd(candidate: Candidate, tokens: Token[], landAt: (token: number) => boolean): number | null {
	if (opensNoName(candidate, tokens)) return null;
	let end: number | null = null;
	let words = 0;
	let i = candidate.last + 1;
	for (; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (isPossessiveMark(token) && words > 0) continue;
		if (token.gapBefore !== ' ' || !token.capitalized || token.allCaps) break;
		// (a longer run is no venue's name this rule can vouch for)
		if (++words > MAX_VENUE_WORDS || landAt(i)) return null;
		end = VENUE_HEADS.has(token.lower) ? token.end : null;
	}
	const joiner = tokens[i];
	if (end !== null && joiner && joiner.gapBefore === ' ' && NAME_JOINERS.has(joiner.text) && tokens[i + 1]?.capitalized) return null;
	return end;
}

// what joins two place names into one name with no space: "Tarbes–Lourdes", "Raleigh-Durham"
export const NAME_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
// the most place names a venue's name joins with dashes ("Minneapolis–Saint Paul", "Tarbes–Lourdes–Pyrénées")
const MAX_DASHED_NAMES = 4;

/**
 * "Tarbes–Lourdes–Pyrénées Airport", "Minneapolis–Saint Paul International Airport": place names joined
 * by dashes into the name of a venue are words of that name, none a place of its own. The chain's last
 * place name and the venue's end, or null where the chain opens no venue's name.
 */
export function dashedVenue(candidate: Candidate, candidateAt: ReadonlyMap<number, Candidate>, tokens: Token[], landAt: (token: number) => boolean): { last: Candidate; end: number } | null {
	if (opensNoName(candidate, tokens)) return null;
	let last = candidate;
	let names = 1;
	for (let next = candidateAt.get(last.last + 1); next && NAME_DASHES.has(tokens[next.first]!.gapBefore); next = candidateAt.get(last.last + 1)) {
		// a longer run is a list or a route, no venue's name; stopping keeps a long run linear to read
		if (++names > MAX_DASHED_NAMES) return null;
		last = next;
	}
	if (last === candidate) return null;
	const end = venueEnd(last, tokens, landAt);
	return end === null ? null : { last, end };
}

/** The word before the candidate belongs to the same capitalised name ("European Roma", "Princess of Wales"). */
function opensNoName(candidate: Candidate, tokens: Token[]): boolean {
	const before = tokenAt(tokens, candidate.first - 1);
	if (!before || tokens[candidate.first]!.gapBefore !== ' ') return false;
	if (before.capitalized && !before.sentenceStart) return true;
	return NAME_JOINERS.has(before.text) && tokenAt(tokens, candidate.first - 2)?.capitalized === true && before.gapBefore === ' ';
}

/** Heads of a school's name that take the place after "of": "the University of Alberta", "College of Charleston". */
const SCHOOL_HEADS = new Set(['university', 'college', 'school', 'academy']);

/**
 * The start of the school's name that ends with the candidate ("the University of California"), or
 * null: "of" right before the place, a school's head word before it, and the capitalised words before
 * that up to MAX_VENUE_WORDS. A bank's or a council's "of" is left alone: the annotation there is
 * sometimes the place word ("Bank of America"), sometimes the whole name.
 */
export function schoolStart(candidate: Candidate, tokens: Token[]): number | null {
	const of = tokenAt(tokens, candidate.first - 1);
	const head = tokenAt(tokens, candidate.first - 2);
	if (!of || !head || of.text !== 'of' || tokens[candidate.first]!.gapBefore !== ' ' || of.gapBefore !== ' ') return null;
	if (!head.capitalized || !SCHOOL_HEADS.has(head.lower)) return null;
	let first = candidate.first - 2;
	for (let words = 1; words < MAX_VENUE_WORDS; words++) {
		const before = tokenAt(tokens, first - 1);
		if (!before || tokens[first]!.gapBefore !== ' ' || !before.capitalized || before.allCaps || FUNCTION_WORDS.has(before.lower) || tokens[first]!.sentenceStart) break;
		first--;
	}
	return tokens[first]!.start;
}

// "A 34-year-old Marion man", "an Ames woman": local news names people by their town, written as an
// adjective between an article (and the person's age) and a word for the person. The town there is where
// the person lives, as "Jane Doe, of Eudora," says, whatever else its word may be (a first name, a
// post office's name): "a Kennedy man" is a man from Kennedy.
import type { Token } from './tokens.ts';

// words for a person that a town's name stands before as that person's home (not "family", "student" or
// "supporter": "a Kennedy family member", "a Clinton supporter" name a family or a politician)
const RESIDENT_NOUNS = new Set('man woman men women boy girl teen teenager couple resident residents native'.split(' '));
const ARTICLES = new Set(['a', 'an']);

/** Whether the name at tokens first..last stands between "a"/"an" (and "N-year-old") and a word for a person. */
export function townAsResidentAdjective(tokens: readonly Token[], first: number, last: number): boolean {
	const noun = tokens[last + 1];
	if (!noun || noun.gapBefore !== ' ' || !RESIDENT_NOUNS.has(noun.text) || tokens[first]!.gapBefore !== ' ') return false;
	let at = first - 1;
	// "a 34-year-old": the age's number, "year" and "old" joined by hyphens
	if (tokens[at]?.lower === 'old' && tokens[at]!.gapBefore === '-' && tokens[at - 1]?.lower === 'year' && tokens[at - 1]!.gapBefore === '-' && /^\d{1,3}$/.test(tokens[at - 2]?.text ?? '')) at -= 3;
	return ARTICLES.has(tokens[at]?.lower ?? '');
}

// "a court in the Hague", "flooding in the Dalles": running text writes the article of a name that
// begins with it ("The Hague", "The Dalles", "The Woodlands") in lower case, so the name read is the
// rest of it, which names the place only as an alternate name (a tenth of its weight: a small town
// then, which "the" before a verb made a thing's name), names other places ("Hague", New York) or
// nothing. Where "the" and the capitalised words after it are together the own name of a place that
// begins with "The", the words name that place, with its own weight; the span stays the capitalised words.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { Match, NameReader } from './name-lookup.ts';
import { tokenAt, type Token } from './tokens.ts';
import { reread } from './respanned.ts';

/** a place's own name that begins with the article */
export const ARTICLE_NAME = /^the /i;

/** The match of "the" (token first - 1) and the words to token last, where it is a place's own name that begins with "The". */
function articleName(tokens: readonly Token[], first: number, last: number, text: string, names: NameReader, gazetteer: Gazetteer): Match | null {
	const article = tokenAt(tokens, first - 1);
	if (article?.text !== 'the' || tokens[first]!.gapBefore !== ' ') return null;
	// ("the Trump administration", "the Blue Jays": most such spans are no name, and the filter says so unread)
	if (!names.mayBeSpacedName(text, article.start, tokens[last]!.end)) return null;
	const whole = names.read(text, article.start, tokens[last]!.end, false);
	if (!whole || whole.via !== 'name' || whole.alternate[0] || !ARTICLE_NAME.test(gazetteer.places[whole.places[0]!]!.name)) return null;
	return whole;
}

/** The candidate read with the lower-case "the" before it where that makes a place's own name (see above); the candidate itself otherwise. */
export function withLowerArticle(candidate: Candidate, tokens: readonly Token[], text: string, names: NameReader, gazetteer: Gazetteer): Candidate {
	if (candidate.via !== 'name') return candidate;
	const whole = articleName(tokens, candidate.first, candidate.last, text, names, gazetteer);
	return whole ? reread(candidate, whole) : candidate;
}

/** Where no name was read from token first to last: the longest span from first that "the" before it makes a place's own name (see above), if any. */
export function lowerArticleName(tokens: readonly Token[], first: number, last: number, text: string, names: NameReader, gazetteer: Gazetteer): Candidate | null {
	if (tokenAt(tokens, first - 1)?.text !== 'the') return null;
	for (let end = last; end >= first; end--) {
		if (!tokens[end]!.capitalized) continue;
		const whole = articleName(tokens, first, end, text, names, gazetteer);
		if (whole) return { start: tokens[first]!.start, end: tokens[end]!.end, first, last: end, places: whole.places, importance: whole.importance, alternate: whole.alternate, via: 'name' };
	}
	return null;
}

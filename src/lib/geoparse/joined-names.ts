// "Sévérac-d'Aveyron", "Doué-en-Anjou", "Saint-Martin-de-Lenne": a name whose words hyphens and elided
// articles hold together around a lower-case particle is one place. A place word inside it ("Aveyron",
// "Anjou", "Saint-Martin") is a word of that name, never the place alone: the gazetteer lacks most
// such names (small French, Belgian, Italian and German places), and the word alone is a department,
// a province or a far namesake. English compounds are left alone: their lower-case word ends the run
// ("Paris-based") or is no particle of place names ("a Paris-to-London flight").
// So too a word the Arabic article glues to the name before it ("Shatt al-Arab": not the Arab world), and a
// place word an apostrophe glues to lower-case letters that are no English contraction ("Shang'ombo": not
// a Shang of China).
import { tokenAt, type Token } from './tokens.ts';
import { ARABIC_ARTICLES, ENGLISH_NAME_JOINERS, FOREIGN_NAME_PARTICLES } from './name-particles.ts';

// the gaps inside one written word: hyphens and apostrophes
const JOINED_GAPS = new Set(['-', '‐', '‑', "'", '’']);
// lower-case particles of place names, as hyphens join them ("-de-", "-d'", "-en-", "-sur-", "-am-", "-on-")
const NAME_PARTICLES: ReadonlySet<string> = new Set([...FOREIGN_NAME_PARTICLES, ...ENGLISH_NAME_JOINERS]);

// the most words a joined name holds on either side of the place word ("Saint-Remy-en-Bouzemont-Saint-
// Genest-et-Isson" has 8): a longer run is no name, and reading no further keeps each name's look-up
// bounded, so a text of one long hyphenated run is read in linear time
const JOINED_REACH = 12;

function joined(token: Token | undefined): boolean {
	return token !== undefined && token.gapBefore !== ' ' && JOINED_GAPS.has(token.gapBefore);
}

function particle(token: Token): boolean {
	return !token.capitalized && NAME_PARTICLES.has(token.text);
}

// what English glues to a word with an apostrophe ("don't", "we'll", "rock'n'roll"): no part of a name
const CONTRACTIONS = new Set(['t', 's', 'd', 'll', 're', 've', 'm', 'n']);

/** "Savai'i", "O'ahu", "Hawai'i": lower-case letters an apostrophe glues to the word before are part of it. */
export function gluedByApostrophe(token: Token): boolean {
	return (token.gapBefore === "'" || token.gapBefore === '’') && !CONTRACTIONS.has(token.text) && /^\p{Ll}+$/u.test(token.text);
}

/** "Shatt al-Arab": the token is glued by a hyphen to an Arabic article spaced after a capitalised word inside the sentence. */
function afterGluedArticle(tokens: Token[], first: number): boolean {
	const article = tokenAt(tokens, first - 1);
	const before = tokenAt(tokens, first - 2);
	return tokens[first]!.gapBefore === '-' && article !== undefined && !article.capitalized && ARABIC_ARTICLES.has(article.text) && article.gapBefore === ' ' && before !== undefined && before.capitalized && !before.sentenceStart;
}

/**
 * The last token of the longer joined name that the tokens first..last lie inside, or -1 when they lie
 * in none: a particle joined to them has a capitalised word joined beyond it.
 */
export function joinedNameEnd(tokens: Token[], first: number, last: number): number {
	// cheap exit: most names touch no hyphen or apostrophe
	if (!joined(tokens[first]) && !joined(tokens[last + 1])) return -1;
	if (afterGluedArticle(tokens, first)) return last;
	if (tokens[last + 1] !== undefined && gluedByApostrophe(tokens[last + 1]!)) return last + 1;
	let inside = false;
	let particleSeen = false;
	for (let k = first; k > 0 && k > first - JOINED_REACH && joined(tokens[k]) && !inside; k--) {
		const before = tokenAt(tokens, k - 1)!;
		if (particle(before)) particleSeen = true;
		else if (particleSeen && before.capitalized) inside = true;
	}
	let end = last;
	particleSeen = false;
	for (let k = last + 1; k <= last + JOINED_REACH && joined(tokens[k]); k++) {
		const after = tokens[k]!;
		if (particle(after)) particleSeen = true;
		else if (particleSeen && after.capitalized) inside = true;
		end = k;
	}
	return inside ? end : -1;
}

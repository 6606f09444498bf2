// Name keys: how gazetteer names and text spans are compared. Case, diacritics, punctuation and
// the letters of Turkic/Caucasian Latin alphabets fold away, so "Ağdam" = "Agdam" and
// "Qarabağ" = "Qarabag"; transliteration pairs like gh/ğ are covered by alternate names instead.

const LETTER_FOLDS: Record<string, string> = {
	ə: 'a',
	Ə: 'a',
	ı: 'i',
	ł: 'l',
	Ł: 'l',
	ø: 'o',
	Ø: 'o',
	æ: 'ae',
	Æ: 'ae',
	œ: 'oe',
	Œ: 'oe',
	ß: 'ss',
	đ: 'd',
	Đ: 'd',
	ð: 'd',
	þ: 'th',
	ʻ: '',
	ʼ: '',
	ʿ: '',
	ʾ: ''
};

const FOLDABLE = /[əƏıłŁøØæÆœŒßđĐðþʻʼʿʾ]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/]+/g;
const DROPPED = /[.,()"“”]/g;

/**
 * True for the common case, ASCII letters and digits in words joined by single spaces: its key is
 * its lower case, and the folding below (Unicode normalisation, seven replacements) can be skipped.
 */
function plainWords(name: string): boolean {
	const last = name.length - 1;
	for (let i = 0; i <= last; i++) {
		const code = name.charCodeAt(i);
		if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) continue;
		// a space only between two words
		if (code === 32 && i > 0 && i < last && name.charCodeAt(i - 1) !== 32) continue;
		return false;
	}
	return true;
}

const KEEP = 0;
const DROP = 1;
const SEPARATE = 2;

// What foldedKey does to each ASCII character: apostrophes and DROPPED go, SEPARATORS become one space.
const ASCII_ROLE = Array.from({ length: 128 }, (_, code) => {
	const character = String.fromCharCode(code);
	if (/['`.,()"]/.test(character)) return DROP;
	if (/[\s\-_/]/.test(character)) return SEPARATE;
	return KEEP;
});

// ... and of the typographic characters news writes among ASCII words ("Russia’s", "Notre Dame’s",
// "Baku–Tbilisi"): quotes and apostrophes go, dashes and the no-break space separate. NFD leaves them as
// they are and they have no case, so the one pass below keys them as foldedKey does.
const TYPOGRAPHIC_ROLE = new Map<number, number>([
	...[...'’‘´“”'].map((character) => [character.charCodeAt(0), DROP] as const),
	...[...'‐‑‒–—\u00a0'].map((character) => [character.charCodeAt(0), SEPARATE] as const)
]);

/** foldedKey of an ASCII name in one pass ("St. Louis", "Washington, D.C.", "Martha's Vineyard", "Russia’s"), or null for any other. */
function asciiKey(name: string): string | null {
	const lower = name.toLowerCase();
	// the kept characters are copied a run at a time: one string per word, not one per letter
	let key = '';
	let run = 0;
	let space = false;
	for (let i = 0; i <= name.length; i++) {
		const code = i < name.length ? name.charCodeAt(i) : 32;
		const role = code < 128 ? ASCII_ROLE[code]! : TYPOGRAPHIC_ROLE.get(code);
		if (role === undefined) return null;
		if (role === KEEP) continue;
		if (run < i) {
			key += space ? ` ${lower.slice(run, i)}` : lower.slice(run, i);
			space = false;
		}
		if (role === SEPARATE) space = key.length > 0;
		run = i + 1;
	}
	return key;
}

/** The lookup key of a name: lower case, no diacritics, single spaces. */
export function nameKey(name: string): string {
	if (plainWords(name)) return name.toLowerCase();
	return asciiKey(name) ?? foldedKey(name);
}

/** nameKey the long way, for any text. */
export function foldedKey(name: string): string {
	return name
		.replace(FOLDABLE, (ch) => LETTER_FOLDS[ch] ?? ch)
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(APOSTROPHES, '')
		.replace(DROPPED, '')
		.replace(SEPARATORS, ' ')
		.trim();
}

/** True when the name is written in Latin letters (other scripts never match English text). */
export function isLatinName(name: string): boolean {
	return /^[\p{Script=Latin}\p{M}0-9\s'’`.,()\-–&/]+$/u.test(name) && /\p{L}/u.test(name);
}

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

/** The lookup key of a name: lower case, no diacritics, single spaces. */
export function nameKey(name: string): string {
	return plainWords(name) ? name.toLowerCase() : foldedKey(name);
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

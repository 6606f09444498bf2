// The one text folding: search, place search in the stores, slugs and file names compare text in
// this form, so "Baki" finds "Bakı" and a slug agrees with the search.

// Letters that NFKD does not decompose into an ASCII base (Azerbaijani, Turkish, Nordic, German, Polish…).
const EXTRA_FOLDS: Record<string, string> = { ı: 'i', ə: 'e', ø: 'o', đ: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h' };
const EXTRA = /[ıəøđłßæœþðħ]/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Lower case, without diacritics, with the letters above spelled in ASCII. */
export function foldText(text: string): string {
	// printable ASCII has nothing to decompose or spell out (most names: a list folds thousands at a time)
	if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(EXTRA, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

// "412 E. Maumee St., Kerr to Walsh, $118,000": a list of property transfers names the seller after the
// property's address, "to", the buyer and the price; the names on either side of "to" are people's (or firms'),
// whatever towns bear them. A fare ("Fares: Vernal to Moab, $45") names no address before its towns.
import { tokenAt, type Token } from './tokens.ts';

// the gap before the price's digits: ", $118,000", " for $89,900"
const PRICE_GAP = /^(?:, | for )\$$/;
// the words of one party's name at most ("Sandra Britton", "Morenci Properties LLC", "R. Clinton")
const PARTY_WORDS = 4;
// the comma that closes the address (after an abbreviation's full stop: "St.,")
export const ADDRESS_COMMA = /^\.?, $/;
// the property before the seller's name: a house number and a street ("412 E. Maumee St.,"), acres ("40 acres,") or a
// lot ("Lot 7,"); a road project's number is no address ("U.S. 20, Corvallis to Newport, $12 million")
const STREET_ENDS = new Set('st street ave avenue rd road dr drive ln lane hwy highway blvd boulevard way ct court pike trail pl place cir circle'.split(' '));
const AREA_WORDS = new Set(['acres', 'acre']);
// the words of a street's name between the house number and its last word at most ("412 E. Maumee St.")
const STREET_NAME_WORDS = 4;
// what owns the seller's share before "of": "estate of R. Clinton", "heirs of Ann Lee", "trust of"
const SELLER_HOLDERS = new Set(['estate', 'heirs', 'trust']);

/** Capitalised words from this token on, then the price: the buyer's name closing the transfer. */
function nameThenPrice(tokens: readonly Token[], from: number): boolean {
	for (let k = from; k < from + PARTY_WORDS && k < tokens.length; k++) {
		const word = tokens[k]!;
		if (!word.capitalized || (k > from && word.gapBefore !== ' ')) return false;
		const next = tokens[k + 1];
		if (next && PRICE_GAP.test(next.gapBefore) && /^\d/.test(next.text)) return true;
	}
	return false;
}

/** "412 E. Maumee St.", "40 acres", "Lot 7": the property a transfer's line opens with ends at this token. */
function propertyEndsAt(tokens: readonly Token[], last: number): boolean {
	const end = tokens[last]!;
	const before = tokenAt(tokens, last - 1);
	if (AREA_WORDS.has(end.lower)) return before !== undefined && /^\d/.test(before.text);
	if (/^\d/.test(end.text)) return before?.lower === 'lot';
	return streetAddressEndsAt(tokens, last);
}

/** "412 E. Maumee St.": a street address (a house number opening the street's name) ends at this token. Read by address-towns.ts too. */
export function streetAddressEndsAt(tokens: readonly Token[], last: number): boolean {
	if (!STREET_ENDS.has(tokens[last]!.lower)) return false;
	// the house number opens the street's name
	for (let k = last - 1; k >= 0 && k >= last - 1 - STREET_NAME_WORDS; k--) if (/^\d/.test(tokens[k]!.text)) return k < last - 1;
	return false;
}

/** Capitalised words ending at this token that open after the address's comma or "estate of": the seller's name. */
function sellerEndsAt(tokens: readonly Token[], last: number): boolean {
	for (let k = last; k > last - PARTY_WORDS && k >= 1; k--) {
		const word = tokens[k]!;
		const before = tokenAt(tokens, k - 1)!;
		if (!word.capitalized) return false;
		if (ADDRESS_COMMA.test(word.gapBefore)) return propertyEndsAt(tokens, k - 1);
		if (word.gapBefore === ' ' && before.text === 'of') return SELLER_HOLDERS.has(tokenAt(tokens, k - 2)?.lower ?? '');
		// ("R. Clinton": an initial's full stop inside the name)
		if (word.gapBefore !== ' ' && !(word.gapBefore === '. ' && before.text.length === 1)) return false;
	}
	return false;
}

/** The name from token first to last is the seller's or the buyer's in a transfer with its address and price. */
export function deedParty(tokens: readonly Token[], first: number, last: number): boolean {
	const to = tokenAt(tokens, last + 1);
	if (to?.text === 'to' && to.gapBefore === ' ') return sellerEndsAt(tokens, last) && nameThenPrice(tokens, last + 2);
	// the buyer: "to" before the name's first words ("to Sandra Britton")
	for (let k = first; k > first - PARTY_WORDS && k >= 2; k--) {
		const before = tokenAt(tokens, k - 1)!;
		if (before.text === 'to') return before.gapBefore === ' ' && tokens[k]!.gapBefore === ' ' && sellerEndsAt(tokens, k - 2) && nameThenPrice(tokens, first);
		if (!before.capitalized || tokens[k]!.gapBefore !== ' ') return false;
	}
	return false;
}

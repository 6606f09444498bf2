// "Washington, IL", "Salem, Ind.", and in a text written all in lower case "maysville, ky": a US
// state written as its postal code or an AP abbreviation after a town's name qualifies the town.

// ", IL", ", GA." — two capitals that end there (not "IL-2", not "GAs")
// (an aside in brackets may come between: "Washington (Mason County), KY")
const ASIDE = String.raw`(?:\s*\([^()]{1,40}\))?`;
// "(fairfield town, ct)", "Bristol Township, PA": the kind of municipality, as census tables and
// local news write it, between the name and the state
const MUNICIPALITY = String.raw`(?:\s+(?:[Tt]own|[Cc]ity|[Vv]illage|[Bb]orough|[Tt]ownship|cdp))?`;
const POSTAL = new RegExp(String.raw`^${MUNICIPALITY}${ASIDE},\s?([A-Z]{2})(?![\p{L}\p{N}-])`, 'u');
// ", ky." at the end of a phrase or before a ZIP code ("salem, or 97301"), never ", in the"
const LOWER_POSTAL = new RegExp(String.raw`^${MUNICIPALITY}${ASIDE}\s*,\s*([a-z]{2})(?=\s*(?:[.,;:)!?]|$|\d{5}(?!\d))|\s[-–—]\s)`);
// "keene, nh is growing": before a word only a code that is no word of its own ("nh", not "in", "or", "me")
const LOWER_POSTAL_BEFORE_WORD = new RegExp(String.raw`^${MUNICIPALITY}${ASIDE}\s*,\s*([a-z]{2})(?=\s+\p{Ll})`, 'u');
// AP abbreviations the gazetteer leaves out because alone they are words or titles ("Miss.", "Ind."):
// after a town and a comma they are the state
const QUALIFYING_ABBREVIATIONS: Record<string, string> = { 'Ind.': 'IN', 'Del.': 'DE', 'Miss.': 'MS', 'La.': 'LA', 'Mo.': 'MO', 'Ia.': 'IA', 'Ida.': 'ID' };
const ABBREVIATION = new RegExp(String.raw`^${MUNICIPALITY}${ASIDE},\s?([A-Z][a-z]{1,3}\.)`);
// "Milford OH 45150", "arlington ma 02474": an address may leave the comma out where the ZIP code follows
const CODE_BEFORE_ZIP = /^\s+([A-Z]{2}|[a-z]{2})\s+\d{5}(?:-\d{4})?(?![\p{L}\p{N}])/u;
const LOOK_AHEAD = 64;
// every code above follows a comma, an aside in brackets or a municipality's kind: after most names none
// comes, and no code is read
const COMMA_OR_ASIDE = /\s*[,(]|\s+(?:[Tt]own|[Cc]ity|[Vv]illage|[Bb]orough|[Tt]ownship|cdp)\b|\s+(?:[A-Z]{2}|[a-z]{2})\s+\d{5}/y;

export interface StateCode {
	/** the postal code, "IN" */
	code: string;
	/** where the code as written ends in the text */
	end: number;
}

/**
 * The US state code written after a name that ends at `end` ("IN" for ", IN", ", Ind." and, where
 * `lowerCaseText()` says the text has no capitals at all, ", in." or ", nh is", a code that
 * `ordinaryWord` says is no word of its own before a word), or null.
 */
export function stateCodeAfter(text: string, end: number, lowerCaseText: () => boolean, ordinaryWord: (word: string) => boolean = () => true): StateCode | null {
	COMMA_OR_ASIDE.lastIndex = end;
	if (!COMMA_OR_ASIDE.test(text)) return null;
	const after = text.slice(end, end + LOOK_AHEAD);
	const beforeZip = CODE_BEFORE_ZIP.exec(after);
	// (a lower-case code only in a text without capitals, as below)
	if (beforeZip && (beforeZip[1] === beforeZip[1]!.toUpperCase() || lowerCaseText())) return { code: beforeZip[1]!.toUpperCase(), end: end + beforeZip[0].search(/\S/) + 2 };
	const postal = POSTAL.exec(after);
	if (postal) return { code: postal[1]!, end: end + postal[0].length };
	const abbreviation = ABBREVIATION.exec(after);
	if (abbreviation) {
		const code = QUALIFYING_ABBREVIATIONS[abbreviation[1]!];
		return code ? { code, end: end + abbreviation[0].length } : null;
	}
	const phraseEnd = LOWER_POSTAL.exec(after);
	const beforeWord = phraseEnd ? null : LOWER_POSTAL_BEFORE_WORD.exec(after);
	const lower = phraseEnd ?? (beforeWord && !ordinaryWord(beforeWord[1]!) ? beforeWord : null);
	return lower && lowerCaseText() ? { code: lower[1]!.toUpperCase(), end: end + lower[0].length } : null;
}

/** The gazetteer's id of a US state by its postal code. */
export function stateId(code: string): string {
	return `adm1:US-${code}`;
}

// Place names are written with the common abbreviations of their first words or spelled out, and a
// gazetteer keeps one form: GeoNames has "St. Louis" (Missouri) but "Saint Louis" (Michigan) and
// "Saint Croix" where the census has "St. Croix County". Both forms of such a name are the name itself.

const COUNTERPARTS: Record<string, string> = {
	saint: 'st',
	st: 'saint',
	sainte: 'ste',
	ste: 'sainte',
	mount: 'mt',
	mt: 'mount',
	fort: 'ft',
	ft: 'fort'
};

// the same words as a text writes them, in any case ("St.", "SAINT"), tested before a name key is made
const ABBREVIABLE_IN_TEXT = new RegExp(`(?:^|[^\\p{L}])(?:${Object.keys(COUNTERPARTS).join('|')})(?![\\p{L}])`, 'iu');

/** Whether a text as written may hold such a word ("St. Louis"): most names are passed over before their key is made. */
export function writesAbbreviableWord(text: string): boolean {
	return ABBREVIABLE_IN_TEXT.test(text);
}

/** Whether a name key has a word that is written both abbreviated and spelled out ("st louis", "mount vernon"). */
export function hasAbbreviableWord(key: string): boolean {
	return key.split(' ').some((word) => COUNTERPARTS[word] !== undefined);
}

/** The name key with its abbreviated words spelled out, or spelled-out ones abbreviated; null when it has none. */
export function otherSpelling(key: string): string | null {
	const words = key.split(' ');
	// a lone word is not a name's abbreviation ("St", "Mount" alone are no place)
	if (words.length < 2) return null;
	let changed = false;
	const other = words.map((word) => {
		const counterpart = COUNTERPARTS[word];
		if (counterpart === undefined) return word;
		changed = true;
		return counterpart;
	});
	return changed ? other.join(' ') : null;
}

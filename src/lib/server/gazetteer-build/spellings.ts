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

// Arabic place names end in a tā' marbūṭa that English writes with or without an "h": GeoNames has
// "Hodeida" where news writes "Hodeidah", "Falluja" and "Fallujah", "Jedda" and "Jeddah". Countries whose
// place names are mostly transliterated from Arabic.
const ARABIC_NAMED_COUNTRIES = new Set(['AE', 'BH', 'DZ', 'EG', 'EH', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);
// long enough not to turn a short word into a first name ("Sara", "Hanna")
const MIN_LETTERS = 5;

/** The other spelling of a transliterated Arabic name's last vowel ("Hodeida" ↔ "Hodeidah"); null for any other name. */
export function taMarbutaSpelling(name: string, country: string | null): string | null {
	if (!country || !ARABIC_NAMED_COUNTRIES.has(country) || name.length < MIN_LETTERS) return null;
	if (/[b-df-gj-np-tv-z]ah$/.test(name)) return name.slice(0, -1);
	if (/[b-df-gj-np-tv-z]a$/.test(name)) return `${name}h`;
	return null;
}

export { otherSpelling } from '../../gazetteer/abbreviated-words.ts';

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

// GeoNames romanises the Russian adjective ending -ий/-ый as "-iy"/"-yy" (BGN/PCGN: "Zhukovskiy",
// "Dolgoprudnyy", "Nizhniy Tagil"), where English writes "-y" (Wikipedia's "Zhukovsky", "Dolgoprudny",
// "Nizhny Tagil"); Ukrainian -ий is "-yy" there and "-yi" in Ukraine's own romanisation ("Kropyvnytskyi").
const RUSSIAN_NAMED_COUNTRIES = new Set(['RU', 'BY', 'KZ', 'KG']);
const ADJECTIVE_ENDING = /(?<=\p{L}[\p{L}’']{2})(?:iy|yy)(?=$|[\s-])/gu;

/** The English spellings of the adjective endings of a Russian or Ukrainian name ("Zhukovskiy" → "Zhukovsky"); none for others. */
export function adjectiveEndingSpellings(name: string, country: string | null): string[] {
	if (!country || !name.includes('y')) return [];
	ADJECTIVE_ENDING.lastIndex = 0;
	if (!ADJECTIVE_ENDING.test(name)) return [];
	if (RUSSIAN_NAMED_COUNTRIES.has(country)) return [name.replace(ADJECTIVE_ENDING, 'y')];
	if (country === 'UA') return [name.replace(ADJECTIVE_ENDING, (ending) => (ending === 'yy' ? 'yi' : 'y'))];
	return [];
}

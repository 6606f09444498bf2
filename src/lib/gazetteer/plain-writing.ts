// The countries that write their places' names without accents: fewer than 1 in 100 of their places'
// names have any (the US, Britain, Australia). A name a text writes with accents is not such a country's
// unaccented namesake (src/lib/geoparse/written-accents.ts). Counted over every place when the gazetteer
// is built and stored with it, so no geoparse goes over the places for it.

// a country whose places' names have accented letters less often than this writes its names without them
const PLAIN_WRITING_SHARE = 0.01;
// ... read only for a country with this many places
const PLAIN_WRITING_PLACES = 100;

/** Whether a character code is a letter beyond ASCII: Latin-1 (not × and ÷), Latin Extended-A and -B, Latin Extended Additional. */
export function accentedCode(code: number): boolean {
	return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
}

export function hasAccentedLetter(name: string): boolean {
	for (let i = 0; i < name.length; i++) if (accentedCode(name.charCodeAt(i))) return true;
	return false;
}

/** The countries that write their places' names without accents (see above), in code order. */
export function plainWritingCountries(places: Iterable<{ country: string | null; name: string }>): string[] {
	const counts = new Map<string, number>();
	const accented = new Map<string, number>();
	for (const { country, name } of places) {
		if (!country) continue;
		counts.set(country, (counts.get(country) ?? 0) + 1);
		if (hasAccentedLetter(name)) accented.set(country, (accented.get(country) ?? 0) + 1);
	}
	const found: string[] = [];
	for (const [country, count] of counts) if (count >= PLAIN_WRITING_PLACES && (accented.get(country) ?? 0) < PLAIN_WRITING_SHARE * count) found.push(country);
	return found.sort();
}

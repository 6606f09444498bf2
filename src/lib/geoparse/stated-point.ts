// "Coordinates: 40°22′34″N 82°23′50″W", "29.13°N 78.27°E", "… / 41.99556; -92.57694", "a latitude of
// 44.2301 and a longitude of -93.1177": an article that
// states coordinates says where it is, better than any of the names it holds. Every pattern below has
// bounded repeats only, so each start position costs a constant: the scan is linear in the text.

export interface StatedPoint {
	lat: number;
	lon: number;
}

// degrees, optional minutes and seconds (′ or ', ″ or " or two primes), then the hemisphere; pages
// copied as plain text write the degree sign "deg" and may lower-case everything ("41deg12'36''n")
const PART = String.raw`(\d{1,3}(?:\.\d{1,8})?)(?:°|deg)\s?(?:(\d{1,2}(?:\.\d{1,8})?)[′']\s?)?(?:(\d{1,2}(?:\.\d{1,8})?)(?:″|"|′′|'')\s?)?([NSEWnsew])\b`;
const HEMISPHERES = new RegExp(`${PART}[\\s,]{0,3}${PART}`, 'g');
// a signed decimal pair after a slash, semicolon or colon, as extracts give it beside the hemisphere form;
// only just after a degree sign or the word: "(95% CI 1.2; 3.4)" is no place
const SIGNED = /(?:^|[/;:])[ \t]?([-−]?\d{1,2}\.\d{1,8});[ \t]?([-−]?\d{1,3}\.\d{1,8})(?![\d.])/gm;
// the degree sign follows its number and the hemisphere letter ends a word ("neurodegenerative" holds "dege")
const SIGNED_CUE = /\d\s?(?:°|deg)\s?[NSEWnsew]\b|[Cc]oordinates/;
// "sits at a latitude of 44.2301 and a longitude of -93.1177", "Latitude: 40.03, Longitude: -83.0": the two
// written out as words, the longitude at most a few words after the latitude
const WORDED = /\b[Ll]atitude(?: of| is|:|=)?\s?([-−]?\d{1,2}\.\d{1,8})\b[^\d.]{0,30}?\b[Ll]ongitude(?: of| is|:|=)?\s?([-−]?\d{1,3}\.\d{1,8})(?!\d|\.\d)/g;
const CUE_WINDOW = 80;

/** Degrees from "40", "22", "34": null where minutes or seconds are out of range. */
function degrees(whole: string, minutes: string | undefined, seconds: string | undefined): number | null {
	const m = minutes === undefined ? 0 : Number(minutes);
	const s = seconds === undefined ? 0 : Number(seconds);
	if (m >= 60 || s >= 60) return null;
	return Number(whole) + m / 60 + s / 3600;
}

function valid(lat: number, lon: number): StatedPoint | null {
	return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0) ? { lat, lon } : null;
}

/** The first well-formed coordinates the text states, or null. */
export function statedPoint(text: string): StatedPoint | null {
	// each pattern is tried only where the text holds what every match of it needs (a degree sign or
	// "deg"; "atitude"; a semicolon and its cue): a scan of a text is ~20 µs a pattern, and news texts
	// have semicolons
	const degreeSign = text.includes('°') || text.includes('deg');
	const worded = text.includes('atitude');
	const signed = text.includes(';') && (degreeSign || text.includes('oordinates'));
	if (degreeSign) for (const match of text.matchAll(HEMISPHERES)) {
		const [, latD, latM, latS, latWritten, lonD, lonM, lonS, lonWritten] = match;
		const latH = latWritten!.toUpperCase();
		const lonH = lonWritten!.toUpperCase();
		if ((latH !== 'N' && latH !== 'S') || (lonH !== 'E' && lonH !== 'W')) continue;
		const lat = degrees(latD!, latM, latS);
		const lon = degrees(lonD!, lonM, lonS);
		if (lat === null || lon === null) continue;
		const point = valid(latH === 'S' ? -lat : lat, lonH === 'W' ? -lon : lon);
		if (point) return point;
	}
	if (worded) for (const match of text.matchAll(WORDED)) {
		const point = valid(Number(match[1]!.replace('−', '-')), Number(match[2]!.replace('−', '-')));
		if (point) return point;
	}
	if (signed) for (const match of text.matchAll(SIGNED)) {
		if (!SIGNED_CUE.test(text.slice(Math.max(0, match.index - CUE_WINDOW), match.index))) continue;
		const point = valid(Number(match[1]!.replace('−', '-')), Number(match[2]!.replace('−', '-')));
		if (point) return point;
	}
	return null;
}

// "Interstate 70", "U.S. 40", "State Route 9", "Grant County Sheriff's Office": words only US news
// writes. A local story that names one town and its roads ("A Lima man was killed in a crash on
// Interstate 75") has no other place to say its country; these words say it, so the town is weighed
// against its US namesakes (Lima, Ohio), not taken for the largest (Lima, Peru) by size alone.

// the word each form starts with, tested before the pattern (most texts have none of them)
const STARTS = ['Interstate ', 'U.S. ', 'State R', 'State H', 'Sheriff'];
// a bare "U.S. 40" is a road only as a number of up to three digits that no unit, hyphen or decimal
// follows: "the U.S. 10-year yield", "U.S. 3.5 percent", "U.S. 5 billion", "the U.S. 2024 election" are not
const US_ROAD_OR_OFFICE =
	/\bInterstate \d|\bU\.S\. (?:Route |Highway )\d|\bU\.S\. \d{1,3}(?![\d%-]|[.,]\d| ?(?:percent|per cent|billion|million|trillion|times)\b)|\bState (?:Route|Road|Highway) \d|\bCounty Sheriff['’]s (?:Office|Department)\b/;

/** Whether the text names a US highway by its number or a county sheriff's office. */
export function writesUsRoads(text: string): boolean {
	return STARTS.some((start) => text.includes(start)) && US_ROAD_OR_OFFICE.test(text);
}

// a number, or a road's word and its number
const NUMBER_OR_ROAD = /^\s*(?:\d|(?:Route|Highway|Hwy|Rte)\.? \d)/;

/** Whether a number or a road's number follows an abbreviation ending at `end`: "U.S. 52", "U.S. Route 14", "US Highway 2" name a road, not the country. */
export function numberOrRoadAfter(text: string, end: number): boolean {
	return NUMBER_OR_ROAD.test(text.slice(end, end + 12));
}

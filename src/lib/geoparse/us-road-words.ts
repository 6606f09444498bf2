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

// A state's own highways, as local papers write them: "Minnesota Highway 175", "Kentucky Route 80", and after a
// word of driving "on KY 80", "off Arkansas 7", "along N.M. 522" (a state, its postal code or its AP
// abbreviation, then the number). Without the road's word or such a preposition a state and a number are a
// score ("Arkansas 7, LSU 3") or a count, and are not read.
const STATE_NAMES = 'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'.split(' ');
const TWO_WORD_STATES = ['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia'];
const STATE_ABBREVIATIONS = 'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo.'.split(' ');
// (not NH: "NH 44" is one of India's National Highways far more often in the news than a New Hampshire road, which
// papers write "Route 101" or "N.H. 101")
const POSTAL_CODES = 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');
const STATES = new Set([...STATE_NAMES, ...TWO_WORD_STATES]);
const STATES_OR_CODES = new Set([...STATES, ...STATE_ABBREVIATIONS, ...POSTAL_CODES]);
// (a capitalised word or two, then the road's word or the number: the state is looked up in the sets, which is
// quicker than a pattern of every state's name tried at each letter of the text)
const STATE_HIGHWAY = /\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) (?:Highway|Route|Hwy\.?) \d/g;
// the road's words that pattern holds, searched for first: a plain search through a text takes a fraction of
// the pattern tried at each of its capital letters (~0.3 µs against ~4.5 µs a GeoWebNews text), and most
// texts name no such road
const HIGHWAY_WORDS = ['Highway ', 'Route ', 'Hwy'];
// the number of a road: no decimal, range, per cent or count of something after it ("sanctions on Georgia 12 days later")
const STATE_ROAD = /\b(?:on|off|onto|along|via) ((?:[A-Z][a-z]+ )?[A-Z][A-Za-z.]{1,12}) \d{1,3}(?![\d%-]|[.,]\d| ?(?:percent|per cent|points|billion|million|times|seconds|minutes|hours|days|weeks|months|years|seats|votes|people|cases|games|goals|runs|yards|miles)\b)/g;

// a letter or a full stop, a space and a digit: where a state's road number may follow the state ("KY 80", "N.M. 522")
const NUMBER_AFTER_WORD = /[A-Za-z.] \d/g;

/**
 * Whether a word of the set (each capitalised), or two words it holds as one ("New York"), stands right before a space and a digit
 * somewhere: what each STATE_ROAD match that namesState accepts has. Most texts name no state before a number,
 * and this search (~3 µs a GeoWebNews text) spares them the pattern, tried at each of their letters (~8 µs).
 */
function stateBeforeNumber(text: string, states: ReadonlySet<string>): boolean {
	NUMBER_AFTER_WORD.lastIndex = 0;
	for (let match = NUMBER_AFTER_WORD.exec(text); match; match = NUMBER_AFTER_WORD.exec(text)) {
		const space = match.index + 1;
		const wordStart = text.lastIndexOf(' ', space - 1) + 1;
		// every state, code and abbreviation (and a two-word state's second word) is capitalised: "in 2019",
		// "than 50" are passed over before a string is made for them
		const initial = text.charCodeAt(wordStart);
		if (initial < 65 || initial > 90) continue;
		const word = text.slice(wordStart, space);
		if (states.has(word)) return true;
		if (wordStart >= 2 && states.has(`${text.slice(text.lastIndexOf(' ', wordStart - 2) + 1, wordStart - 1)} ${word}`)) return true;
	}
	return false;
}

/** Whether some match of the pattern names a state of the set in its first group. */
function namesState(text: string, pattern: RegExp, states: ReadonlySet<string>): boolean {
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const words = match[1]!;
		// ("Saturday Minnesota Highway 7": the state may be the second word only)
		if (states.has(words) || states.has(words.slice(words.indexOf(' ') + 1))) return true;
	}
	return false;
}

/** Whether the text names a US highway by its number (a state's own among them) or a county sheriff's office. */
export function writesUsRoads(text: string): boolean {
	return (STARTS.some((start) => text.includes(start)) && US_ROAD_OR_OFFICE.test(text)) || (HIGHWAY_WORDS.some((word) => text.includes(word)) && namesState(text, STATE_HIGHWAY, STATES)) || (stateBeforeNumber(text, STATES_OR_CODES) && namesState(text, STATE_ROAD, STATES_OR_CODES));
}

// a number, or a road's word and its number
const NUMBER_OR_ROAD = /^\s*(?:\d|(?:Route|Highway|Hwy|Rte)\.? \d)/;

/** Whether a number or a road's number follows an abbreviation ending at `end`: "U.S. 52", "U.S. Route 14", "US Highway 2" name a road, not the country. */
export function numberOrRoadAfter(text: string, end: number): boolean {
	return NUMBER_OR_ROAD.test(text.slice(end, end + 12));
}

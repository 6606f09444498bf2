// "Walnut Grove's Main Street", "Thomaston's First Methodist", "Ruleville's First Baptist Church": what only a town
// owns, written after its name in the possessive, its main street and its "First" church of a denomination; and
// what a local paper says a town has, its festivals ("Kalona's Fall Festival", "Decorah's Nordic Fest") and, in
// American usage, its people named in full ("Ruleville's Kendra Lee signed with …": a town's player, whose high
// school local news maps to the town; British sport writes a club's so, "Everton's Thomas Gravesen", club-towns.ts).
// The same goes for a public building of the town named after a person or a word before its head ("Gainsborough's John
// Coupland Hospital", "Kettering's General Hospital": a district hospital is named so in British health news).
// Those three only in a text naming another place of the town's region, one naming another place of the town's state: elsewhere a store's parade,
// a firm's festival, a school's or a politician's people are written so ("Macy's Thanksgiving Day Parade",
// "Harvard's Larry Summers", "Romney's Paul Ryan").
// Other capitalised nouns after a small place's possessive name a site or a firm ("Eva's Village": other-names.ts).
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Token } from './tokens.ts';
import { isFirstName } from './word-facts.ts';

const MAIN_STREET_HEADS = new Set(['Street', 'St']);
// the churches a town numbers by foundation: "First Baptist", "First United Methodist", "First Church"
const FIRST_CHURCHES = new Set(['Baptist', 'Methodist', 'United', 'Presbyterian', 'Lutheran', 'Congregational', 'Christian', 'Church', 'Assembly', 'Evangelical', 'Reformed', 'Episcopal']);
// the last word of a town's yearly event's name ("Fall Festival", "Nordic Fest", "Berry Dairy Days")
const EVENT_HEADS = new Set(['Festival', 'Fest', 'Fair', 'Days', 'Parade', 'Rodeo', 'Jubilee', 'Homecoming', 'Carnival', 'Celebration']);
// the most words of an event's name before its head
const EVENT_NAME_WORDS = 3;
// the last word of a public building a town is known by ("John Coupland Hospital", "Victoria Infirmary")
const BUILDING_HEADS = new Set(['Hospital', 'Infirmary', 'Airport', 'Stadium', 'Museum']);

/** A capitalised word spaced from the one before, not all capitals. */
const nameWordAt = (tokens: readonly Token[], at: number) => {
	const token = tokens[at];
	return token !== undefined && token.capitalized && !token.allCaps && token.gapBefore === ' ';
};

/** The capitalised words at `owned` end in one of `heads` after 1 to 3 words ("Fall Festival", "John Coupland Hospital"). */
function namedBefore(heads: ReadonlySet<string>, tokens: readonly Token[], owned: number): boolean {
	for (let at = owned; at < owned + EVENT_NAME_WORDS + 1 && nameWordAt(tokens, at); at++) if (heads.has(tokens[at]!.text)) return at > owned;
	return false;
}

/** The capitalised words at `owned` name a town's main street, its First church or, in a `local` text, its festival, a public building of its or (an American town's) one of its people. */
export function ownedOnlyByTown(tokens: readonly Token[], owned: number, american: boolean, local: () => boolean, gazetteer: Gazetteer): boolean {
	const word = tokens[owned];
	const head = tokens[owned + 1];
	if (!word || !head || head.gapBefore !== ' ') return false;
	if (word.text === 'Main') return MAIN_STREET_HEADS.has(head.text);
	if (word.text === 'First') return FIRST_CHURCHES.has(head.text);
	// a given name and a surname
	const person = american && nameWordAt(tokens, owned) && nameWordAt(tokens, owned + 1) && isFirstName(word.lower, gazetteer);
	return (person || namedBefore(EVENT_HEADS, tokens, owned) || namedBefore(BUILDING_HEADS, tokens, owned)) && local();
}

// "links to online store Amazon", "investment company Baikal": English writes a river's name with its article
// ("the Amazon", "The Mekong fell", "the Tigris and Euphrates") or its word ("Lake Baikal", "the rivers Jizera
// and Iser"), so a river's or a lake's one-word name standing bare, as a subject, an object or a list's item, is
// a firm's or a brand's named after it. Not a name before a word of its landscape ("Amazon rainforest",
// "Nile delta") or a verb only water does ("Brahmaputra burst its banks"), nor one after a possessive ("Brazil's
// Amazon") or a part of the water ("the shore of Baikal"), nor one the text's words placed. Where the bare
// name is also a town's in a country the text names, after a preposition of place ("from Myrnohrad to Dnipro",
// "at Rusizi and Gisenyi"), it is the town (townsNamedLikeRivers).
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { GEOGRAPHIC_HEADS, WATER_FLOOD_VERBS } from './context-words.ts';
import { footOnCourse } from './along-course.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import type { Resolution } from './resolve.ts';
import { replaced } from './resolution.ts';
import { sentenceHasWord } from './sentence-around.ts';
import { tokenAt, type Token } from './tokens.ts';

const RIVER_OR_LAKE = new Set(['STM', 'LK']);
// a water word before the name ("the rivers Jizera and Iser", "Lake Baikal" read as one name already)
const WATER_WORDS = new Set(['river', 'rivers', 'lake', 'lakes', 'tributary', 'tributaries']);
// what a river or a lake has that its name may modify, or that names it after "of" ("the shore of Baikal"),
// besides the words of places (context-words.ts)
const WATER_PARTS = new Set(
	'rainforest forest delta estuary waters water shore shores banks bank catchment watershed floods flood flooding dam dams headwaters tributary tributaries rivers lakes region countries mouth source bed levels level flows flow shipping barges barge boats boat cruise cruises ferry ferries fishermen fishing pilgrims barrier deforestation oil tours crossing crossings bridge bridges dispute'.split(
		' '
	)
);
// lower-case words allowed between the article and the name ("the mighty Amazon", "the upper Nile"; not "the
// investment company Baikal", whose article is the company's)
const ADJECTIVES_AFTER_ARTICLE = 1;
// ... besides words of a water's part ("the shallow northern Caspian", "the upper Nile")
const STRETCH_WORDS = new Set('upper lower middle northern southern eastern western north south east west shallow deep mighty frozen'.split(' '));
// how many tokens a list is read back over ("the Mekong, Irrawaddy and Salween")
const LIST_TOKENS_BACK = 12;

/** "the" (or a sentence's "The") before the name, after at most one lower-case word besides stretch words, or before the list the name ends. */
function articleBefore(first: number, tokens: readonly Token[]): boolean {
	let at = first - 1;
	for (let words = 0; words <= ADJECTIVES_AFTER_ARTICLE; at--) {
		const token = tokenAt(tokens, at);
		if (!token) break;
		if (token.lower === 'the' || WATER_WORDS.has(token.lower)) return true;
		if (token.capitalized) break;
		if (!STRETCH_WORDS.has(token.lower)) words++;
	}
	// back over the list's items and their commas and "and"s to the word before it
	at = first - 1;
	while (at >= 0 && at > first - LIST_TOKENS_BACK) {
		const token = tokens[at]!;
		const separator = token.lower === 'and' || token.lower === 'or';
		if (token.lower === 'the') return true;
		// ("rivers such as Volga, Don and Dnieper")
		if (token.lower === 'as' && tokenAt(tokens, at - 1)?.lower === 'such') return WATER_WORDS.has(tokenAt(tokens, at - 2)?.lower ?? '');
		if (!token.capitalized && !separator) return WATER_WORDS.has(token.lower);
		if (token.sentenceStart) return false;
		at--;
	}
	return false;
}

/** "the shore of Baikal", "the mouth of Rusizi": a part of the water before "of". */
function partOfWaterBefore(first: number, tokens: readonly Token[]): boolean {
	const of = tokenAt(tokens, first - 1);
	if (!of || of.lower !== 'of') return false;
	const part = tokenAt(tokens, first - 2);
	return part !== undefined && !part.capitalized && WATER_PARTS.has(part.lower);
}

/** Whether the one-word name of a river or a lake stands bare, with no article, no water word and no noun it modifies (see above). */
export function bareWaterName(candidate: Candidate, place: GazetteerPlace, tokens: readonly Token[]): boolean {
	if (place.kind !== 'water' || !RIVER_OR_LAKE.has(place.featureCode) || candidate.first !== candidate.last) return false;
	// (a word of the landscape or the water after it is a noun it modifies: "Amazon basin", "Nile delta", "Danube
	// levels"; after a second name joined by "and": "Tigris and Euphrates flows")
	let next = tokens[candidate.last + 1];
	if (next && (next.lower === 'and' || next.lower === 'or') && tokenAt(tokens, candidate.last + 2)?.capitalized) next = tokens[candidate.last + 3];
	if (next && next.gapBefore === ' ' && !next.capitalized && (GEOGRAPHIC_HEADS.has(next.lower) || WATER_PARTS.has(next.lower) || WATER_FLOOD_VERBS.has(next.lower))) return false;
	if (isPossessiveMark(tokenAt(tokens, candidate.first - 1))) return false;
	return !articleBefore(candidate.first, tokens) && !partOfWaterBefore(candidate.first, tokens);
}

/** The bare river or lake names (bareWaterName) after a preposition of place that are also a town's in a country the text names, each with that town. */
export function townsNamedLikeRivers(results: readonly Resolution[], tokens: readonly Token[], places: readonly GazetteerPlace[]): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	let countries: Set<string> | null = null;
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		const { candidate } = result.mention;
		// (a preposition of place reads the town: "Russian and Caspian oil" is no Caspian, Michigan)
		if (result.mention.why !== 'locative' || result.place.kind !== 'water' || !bareWaterName(candidate, result.place, tokens)) continue;
		countries ??= new Set(results.filter((r) => r.place.kind !== 'water' && r.place.country).map((r) => r.place.country!));
		for (const k of candidate.places) {
			const town = places[k]!;
			if (town.kind !== 'city' || !countries.has(town.country ?? '')) continue;
			found.set(i, replaced(result, result.mention, town, result.score, ['country-context']));
			break;
		}
	}
	return found;
}

// a town this close to a river's course lies on it; a country's or a region's point this close, the river crosses it
const TOWN_ON_COURSE_KM = 50;
const LAND_ON_COURSE_KM = 400;
const TOWN_KINDS = new Set(['city', 'district']);
const LAND_KINDS = new Set(['country', 'region']);
// the words before a name that cross or follow water ("crossed Dniester into Moldova"); not "in" or "at", where
// firms stand
const WATER_SLOT = new Set('along across crossed cross crossing crosses upstream downstream'.split(' '));
// words a firm's name follows as often ("spent more on Amazon", "sold out on Amazon", "moved past Amazon"): they
// put the name on water only right after a vessel or a way of going by water ("Barges on Rhine", "sailed on
// Irtysh"); not anywhere in the sentence ("A Manaus ferry company sells its tickets on Amazon", revA s46)
const SLOTS_AFTER_VESSELS = new Set('on over onto into up down past'.split(' '));
const VESSEL_WORDS = new Set(
	'barge barges ship ships boat boats vessel vessels ferry ferries tanker tankers tug tugs steamer steamers freighter freighters cruise cruises raft rafts canoe canoes sailed sailing steamed cruised cruising ferried floated floating drifted drifting rowed rowing paddled navigated navigation aground moored anchored docked swam'.split(' ')
);

// words of trade: in their sentence a vessel is goods and the name the shop ("sold 300 inflatable rafts on Amazon")
const TRADE_WORDS = new Set('sell sells sold selling buy buys bought buying shop shops store stores seller sellers retailer retailers order orders ordered listed listing listings price prices delivery deliveries sale sales'.split(' '));

/** Whether the word before the name puts it on water: a crossing word, or "on"/"down"… right after a vessel; never in a sentence of trade. */
function waterSlotBefore(first: number, tokens: readonly Token[]): boolean {
	const slot = tokenAt(tokens, first - 1)?.lower ?? '';
	const slotted = WATER_SLOT.has(slot) || (SLOTS_AFTER_VESSELS.has(slot) && VESSEL_WORDS.has(tokenAt(tokens, first - 2)?.lower ?? ''));
	return slotted && !sentenceHasWord(tokens, first, TRADE_WORDS);
}

/**
 * "Barges on Rhine in Germany", "crossed Dniester into Moldova", "Ships sailed on Irtysh past Omsk": a river whose
 * course the gazetteer knows, after a word that puts it on water, is the river where the text names a town on that
 * course or a land it crosses.
 */
function placesOnCourse(water: GazetteerPlace, first: number, results: readonly Resolution[], tokens: readonly Token[], courses: ReadonlyMap<string, readonly number[]> | undefined): boolean {
	// (only in a slot of water: a firm works where its river runs, "Amazon hired workers in Manaus")
	if (!waterSlotBefore(first, tokens)) return false;
	const course = courses?.get(water.id);
	if (!course) return false;
	return results.some(({ place }) => {
		if (place === water) return false;
		const reach = TOWN_KINDS.has(place.kind) ? TOWN_ON_COURSE_KM : LAND_KINDS.has(place.kind) ? LAND_ON_COURSE_KM : -1;
		return reach > 0 && footOnCourse(course, place).km <= reach;
	});
}

/**
 * The mentions that are firms by bareWaterName, save where the same text reads the name as the water elsewhere
 * ("the Cauvery dispute … Cauvery Management Board": one name, one reading), puts it after a preposition of
 * place in a text that names a place in the water's own country ("pilgrims bathe in Ganges at Varanasi"), or
 * names a place on its course (placesOnCourse).
 */
export function waterNamesAsFirms(results: readonly Resolution[], tokens: readonly Token[], namesCountry: (water: GazetteerPlace) => boolean, courses?: ReadonlyMap<string, readonly number[]>): Set<Resolution['mention']> {
	const bare: Resolution[] = [];
	const readAsWater = new Set<string>();
	for (const result of results) {
		if (result.place.kind !== 'water') continue;
		if (bareWaterName(result.mention.candidate, result.place, tokens)) bare.push(result);
		else readAsWater.add(result.mention.key);
	}
	const firms = new Set<Resolution['mention']>();
	for (const { mention, place } of bare) {
		if (readAsWater.has(mention.key) || (mention.why === 'locative' && namesCountry(place)) || placesOnCourse(place, mention.candidate.first, results, tokens, courses)) continue;
		firms.add(mention);
	}
	return firms;
}

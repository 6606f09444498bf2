// Context for given spans in text the recogniser cannot read (all lower case: "the county seat moved
// to hope in 1939"): every word and word pair around them that the gazetteer knows, common English
// words left out. Each is weak alone, but the right homonym of a span has more of them nearby.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { nameKey } from '../gazetteer/normalize.ts';
import { decodePlaceReference } from '../gazetteer/references.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { tokenAt, type Token } from './tokens.ts';
import { kilometres } from './qualifies.ts';
import { districtKey } from './containment.ts';
import { isCommonWord, isFirstName } from './word-facts.ts';

const MIN_LETTERS = 4;
// "lac qui parle county"
const MAX_WORDS = 4;
// readings of one word: the most important only, a word names few places that matter (a longer name,
// "washington county", keeps all of its readings: each is a county some town lies in)
const READINGS = 25;
// "st. louis county", "mt. pleasant": a short word whose full stop abbreviates it goes on into a name
const ABBREVIATED = /^\p{Ll}{2,3}$/u;
const NEAR_KM = 50;
// a county's point and a town in it: as read-document.ts's parents
const DISTRICT_REACH_KM = 60;

export interface WordContext {
	/** how many different names other than `own` the text gives to places within 50 km of the place */
	namesNear(place: GazetteerPlace, own: string): number;
	/** the countries the words name ("united states", "u.s."), each with how often */
	countries(): ReadonlyMap<string, number>;
	/** whether the words name a county the place lies in ("the northwestern part of york county") */
	inNamedDistrict(place: GazetteerPlace): boolean;
}

// "u.s.", "u.k.": two or three letters each followed by a full stop
const DOTTED = /^(?:\p{Ll}\.){2,3}/u;

/**
 * The country a word names when that is its leading reading and no first-level region shares it
 * ("united states", "canada"; not "georgia", which is also a US state).
 */
function leadingCountry(found: Iterable<number>, gazetteer: Gazetteer): GazetteerPlace | undefined {
	let leading: GazetteerPlace | undefined;
	for (const value of found) {
		const { index, alternate } = decodePlaceReference(value);
		const place = gazetteer.places[index]!;
		if (leading === undefined) {
			if (alternate || place.kind !== 'country') return undefined;
			leading = place;
		} else if (place.kind === 'region' && !alternate) return undefined;
	}
	return leading;
}

function countCountry(place: GazetteerPlace | undefined, countries: Map<string, number>): void {
	if (place?.kind === 'country' && place.country) countries.set(place.country, (countries.get(place.country) ?? 0) + 1);
}

export function wordContext(text: string, tokens: Token[], gazetteer: Gazetteer, spans: { start: number; end: number }[]): WordContext | null {
	const keys: string[] = [];
	const places: GazetteerPlace[] = [];
	const countries = new Map<string, number>();
	const seen = new Map<string, Set<number>>();
	// the given spans by start, swept along with the tokens: a token lies in one where a span starting
	// before its end reaches past its start (one pass, not every span for every token)
	const byStart = [...spans].sort((a, b) => a.start - b.start);
	let nextSpan = 0;
	let spansReach = -Infinity;
	for (let i = 0; i < tokens.length; i++) {
		const first = tokens[i]!;
		while (nextSpan < byStart.length && byStart[nextSpan]!.start < first.end) spansReach = Math.max(spansReach, byStart[nextSpan++]!.end);
		if (first.start < spansReach) continue;
		// "the u.s. state of": an abbreviation with full stops, written in lower case
		const dotted = DOTTED.exec(text.slice(first.start, first.start + 8))?.[0];
		const abbreviation = dotted === undefined ? undefined : gazetteer.abbreviations.get(dotted.toUpperCase());
		if (abbreviation !== undefined) countCountry(gazetteer.places[abbreviation], countries);
		// the longest name that starts here, and only it: "carlisle county" is the county, not also a
		// town called Carlisle; "new mexico" is no word for Mexico
		let longest = 0;
		let longestKey = '';
		let longestFound: number[] = [];
		for (let length = 1; length <= MAX_WORDS && i + length <= tokens.length; length++) {
			const last = tokenAt(tokens, i + length - 1)!;
			if (length > 1 && last.gapBefore !== ' ' && !(last.gapBefore === '. ' && ABBREVIATED.test(tokenAt(tokens, i + length - 2)!.text))) break;
			const key = nameKey(text.slice(first.start, last.end));
			if (length === 1 && (key.length < MIN_LETTERS || /\d/.test(key) || isCommonWord(key, gazetteer))) continue;
			const found = gazetteer.byName.get(key);
			if (!found || found.length === 0) continue;
			longest = length;
			longestKey = key;
			longestFound = found;
		}
		if (longest === 0) continue;
		if (longest > 1 || !isFirstName(longestKey, gazetteer)) countCountry(leadingCountry(longestFound, gazetteer), countries);
		// each (name, place) once, however often the text repeats the name: a question about the names
		// near a place or the counties named then looks at each once, not once per repeat (a long text
		// repeating one sentence made every mention's question as long as the text)
		let seenPlaces = seen.get(longestKey);
		if (!seenPlaces) seen.set(longestKey, (seenPlaces = new Set()));
		let readings = 0;
		for (const value of longestFound) {
			const { index, alternate } = decodePlaceReference(value);
			if (alternate) continue;
			if (!seenPlaces.has(index)) {
				seenPlaces.add(index);
				keys.push(longestKey);
				places.push(gazetteer.places[index]!);
			}
			if (++readings >= READINGS && longest === 1) break;
		}
		// the words of the name are read no more on their own
		i += longest - 1;
	}
	if (places.length === 0 && countries.size === 0) return null;
	// a county is named by more words than its own name ("york county"): one word is a town's name
	const named = places.filter((p, i) => p.kind === 'district' && keys[i]!.includes(' '));
	const districts = new Set(named.map(districtKey).filter((key) => key !== null));
	const index = new KDBush(places.length);
	for (const place of places) index.add(place.lon, place.lat);
	index.finish();
	return {
		countries() {
			return countries;
		},
		namesNear(place, own) {
			const names = new Set<string>();
			for (const i of around(index, place.lon, place.lat, Infinity, NEAR_KM)) if (keys[i] !== own) names.add(keys[i]!);
			return names.size;
		},
		inNamedDistrict(place) {
			if (place.kind !== 'city') return false;
			const key = districtKey(place);
			if (key !== null) return districts.has(key);
			// a post-office town has no county code: one of its state's named counties around it stands in
			return named.some((d) => d.country === place.country && d.admin1 === place.admin1 && kilometres(d, place) < DISTRICT_REACH_KM);
		}
	};
}

// "the Pool region", "cases in the Centre region of Burkina Faso": news follows a first-level division's name
// with a lower-case division word of its own choosing ("region" for a department, a province or a state),
// whatever word the gazetteer's own name carries ("Pool Department"; Burkina Faso's bare "Centre"; Togo's
// "Centrale Region", also called "Centre Region"). The name with that word reads, beside what the gazetteer
// lists under the whole, every first-level division whose name is the name, bare or with a division word:
// the context then picks among them, as it does among a bare name's namesakes. A bare name the gazetteer keeps
// off the index as an everyday word ("Pool") is read so only with the word after it.
import { nameKey } from '../gazetteer/normalize.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Match } from './name-lookup.ts';
import { doubles } from './packed.ts';

/** the lower-case words after a name that make it a division's, as news writes them */
export const WRITTEN_DIVISION_WORDS: ReadonlySet<string> = new Set(['region', 'province', 'department', 'state', 'governorate']);
// A division the whole name with its word does not name weighs a tenth of its importance: the word the writer
// chose is some evidence ("Punjab province" is Pakistan's, whose name the gazetteer has with "Province"; India's is
// a state), and the text's country outweighs it ("the Centre region" of a story about Burkina Faso).
const OTHER_WORD_WEIGHT = 0.1;
// the division word a first-level division's own name may end in
const OWN_DIVISION_WORD = / (?:Region|Province|Department|State|Governorate|Prefecture)$/;

const byBareName = new WeakMap<Gazetteer, Map<string, number[]>>();

/** The first-level divisions by the key of their name without its division word, read once per gazetteer. */
function divisionsByBareName(gazetteer: Gazetteer): Map<string, number[]> {
	let found = byBareName.get(gazetteer);
	if (found) return found;
	found = new Map();
	const { places } = gazetteer;
	for (let index = 0; index < places.length; index++) {
		const place = places[index]!;
		if (!isFirstLevelRegion(place)) continue;
		const key = nameKey(place.name.replace(OWN_DIVISION_WORD, ''));
		const list = found.get(key);
		if (list) list.push(index);
		else found.set(key, [index]);
	}
	byBareName.set(gazetteer, found);
	return found;
}

/**
 * The match of a name and the lower-case division word after it (`bare` the name's own span, `alone` what the name
 * reads without the word): the places the gazetteer lists under the whole and the first-level divisions of the bare
 * name in other countries than those, most important first. A name the gazetteer lacks with the word is read with
 * it only where the name alone reads neither one of those divisions nor a town in one ("Kentucky state" stays
 * Kentucky, "Basra province" the city of Basra, as before): null then.
 */
export function withDivisionsOfBareName(gazetteer: Gazetteer, whole: Match | null, alone: Pick<Match, 'places'> | null, text: string, bareStart: number, bareEnd: number): Match | null {
	const divisions = divisionsByBareName(gazetteer).get(nameKey(text.slice(bareStart, bareEnd)));
	if (!divisions) return whole;
	const { places } = gazetteer;
	// (within a country the whole name already says which of its divisions it is)
	const countries = new Set(whole?.places.map((index) => places[index]!.country));
	const added = divisions.filter((index) => !countries.has(places[index]!.country) && !whole?.places.includes(index));
	if (added.length === 0) return whole;
	if (!whole && alone?.places.some((index) => added.includes(index) || added.some((division) => holds(places[division]!, places[index]!)))) return null;
	const entries = [
		...(whole?.places.map((index, k) => ({ index, weight: whole.importance[k]!, alternate: whole.alternate[k]! })) ?? []),
		...added.map((index) => ({ index, weight: (whole ? OTHER_WORD_WEIGHT : 1) * gazetteer.importance[index]!, alternate: false }))
	].sort((a, b) => b.weight - a.weight);
	const importance = doubles();
	for (const entry of entries) importance.push(entry.weight);
	return { places: entries.map((entry) => entry.index), importance, alternate: entries.map((entry) => entry.alternate), via: 'name', unsizedOnly: false };
}

/** Whether the place lies in the first-level division, by its codes. */
function holds(division: GazetteerPlace, place: GazetteerPlace): boolean {
	return place !== division && place.country === division.country && place.admin1 !== null && place.admin1 === division.admin1;
}

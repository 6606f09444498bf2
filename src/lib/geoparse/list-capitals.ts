// "Temperatures passed 45 degrees in Jaipur, Bhopal and Raipur": a list whose other items are first-order capitals
// (GeoNames PPLA: a state's or a province's seat) of one country names capitals, and an item with such a namesake in
// that country is that capital (Raipur, Chhattisgarh's seat), not a small town the list's neighbours pulled it to
// (Raipur beside Jaipur in Rajasthan).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { DocumentReading } from './read-document.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';

// the other items (different names) that make the list one of capitals
const CAPITALS_BESIDE = 2;
const FIRST_ORDER_CAPITAL = 'PPLA';

/** The country every other city item of the list is a first-order capital of, when at least two are and none is not. */
function capitalsCountry(i: number, results: readonly Resolution[], reading: DocumentReading): string | null {
	const key = results[i]!.mention.key;
	let country: string | null = null;
	let capitals = 0;
	for (const j of reading.listNeighbours(i)) {
		const other = results[j];
		if (!other || other.mention.key === key || other.place.kind !== 'city') continue;
		if (other.place.featureCode !== FIRST_ORDER_CAPITAL || !other.place.country || (country !== null && other.place.country !== country)) return null;
		country = other.place.country;
		capitals++;
	}
	return capitals >= CAPITALS_BESIDE ? country : null;
}

/** The list items read as some other town of a name that a first-order capital of the list's country bears, with the capital's reading. */
export function listCapitals(results: readonly Resolution[], reading: DocumentReading, gazetteer: Gazetteer): [number, Resolution][] {
	const found: [number, Resolution][] = [];
	results.forEach((result, i) => {
		const { place, mention } = result;
		if (place.kind !== 'city' || place.featureCode === FIRST_ORDER_CAPITAL || mention.usage !== 'literal' || mention.candidate.places.length < 2) return;
		const country = capitalsCountry(i, results, reading);
		if (!country) return;
		let capital: GazetteerPlace | undefined;
		for (const id of mention.candidate.places) {
			const other = gazetteer.places[id]!;
			if (other.kind === 'city' && other.featureCode === FIRST_ORDER_CAPITAL && other.country === country && nameKey(other.name) === mention.key) capital = capital ?? other;
		}
		if (capital) found.push([i, replaced(result, mention, capital, result.score, ['list-context'])]);
	});
	return found;
}

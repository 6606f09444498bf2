// "instructing the T&T mission in Washington … the ministry in Trinidad": a name that is one part of the
// name of a country the text names ("Trinidad and Tobago", "Antigua and Barbuda", "Saint Kitts and
// Nevis") means that country, not a town elsewhere that only its size and the text's other countries
// chose (Trinidad, Colorado). The gazetteer knows the country only by its whole name.
import { nameKey } from '../gazetteer/normalize.ts';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Resolution } from './resolve.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';
import { resolution } from './resolution.ts';

const PART_JOINER = /\s+(?:and|&)\s+/i;

// each country's part keys, split once: a split by an expression costs a microsecond, and news names countries often
const partKeysOf = new WeakMap<GazetteerPlace, readonly string[]>();

/** The keys of the parts of a country's name ([] for a name of one part). */
function partKeys(country: GazetteerPlace): readonly string[] {
	let keys = partKeysOf.get(country);
	if (keys === undefined) {
		const parts = country.name.split(PART_JOINER);
		keys = parts.length > 1 ? parts.map((part) => nameKey(part)) : [];
		partKeysOf.set(country, keys);
	}
	return keys;
}

/** The mentions to read as the country whose name they are a part of, with that reading. */
export function countryParts(results: readonly Resolution[]): Map<number, Resolution> {
	const byPart = new Map<string, GazetteerPlace>();
	for (const { place, mention } of results) {
		if (place.kind !== 'country' || mention.usage === 'embedded') continue;
		for (const key of partKeys(place)) byPart.set(key, place);
	}
	const found = new Map<number, Resolution>();
	if (byPart.size === 0) return found;
	results.forEach((result, i) => {
		const country = byPart.get(result.mention.key);
		if (!country || result.place.country === country.country || !restsOn(result.reasons, NAME_ALONE)) return;
		found.set(i, resolution(result.mention, country, 0.8, ['country-context']));
	});
	return found;
}

// What the Change place dialog asks besides the corrections themselves: the geoparser's own reading of
// one mention (the place it chose, the alternatives it weighed) and a search of the whole gazetteer —
// the same code as `gazette geoparse --spans` and `gazette lookup`, over the shipped gazetteer.
import type { MentionReading, PlaceChoice } from '../places/place-choice.ts';
import type { Gazetteer, GazetteerEntry, LookupOptions } from '../gazetteer/index.ts';

export interface CorrectionsLookup {
	/** the geoparser's reading of text[start, end) in its document */
	reading(text: string, start: number, end: number): Promise<MentionReading>;
	/** gazetteer entries for a name, most important first */
	search(name: string, options: LookupOptions, limit: number): Promise<PlaceChoice[]>;
}

const ALTERNATIVES = 8;

function choice(entry: GazetteerEntry, score: number | null): PlaceChoice {
	return {
		id: entry.id,
		name: entry.name,
		kind: entry.kind,
		country: entry.country,
		countryName: entry.countryName,
		admin1Name: entry.admin1Name ?? entry.admin1,
		admin2Name: entry.admin2Name ?? entry.admin2,
		population: entry.population,
		lat: entry.lat,
		lon: entry.lon,
		score
	};
}

/** The lookups over a gazetteer loaded on first use (the server starts without waiting for it). */
export function gazetteerLookup(load: () => Promise<Gazetteer>): CorrectionsLookup {
	let loading: Promise<{ gazetteer: Gazetteer; api: typeof import('../gazetteer/index.ts'); geoparse: typeof import('../geoparse/index.ts').geoparse }> | null = null;
	const ready = () =>
		(loading ??= Promise.all([load(), import('../gazetteer/index.ts'), import('../geoparse/index.ts')]).then(([gazetteer, api, parser]) => ({ gazetteer, api, geoparse: parser.geoparse })));
	return {
		async reading(text, start, end) {
			const { gazetteer, api, geoparse } = await ready();
			const toponym = geoparse(text, gazetteer, { spans: [{ start, end }], alternatives: ALTERNATIVES }).find((t) => t.start === start && t.end === end);
			if (!toponym) return { chosen: null, alternatives: [] };
			// the entries of the name as written hold every homonym the geoparser weighed
			const entries = new Map(api.lookupEntries(gazetteer, toponym.name).map((e) => [e.id, e] as const));
			const entry = (id: string, name: string) => entries.get(id) ?? api.lookupEntries(gazetteer, name).find((e) => e.id === id);
			const chosenEntry = entry(toponym.placeId, toponym.placeName);
			const alternatives = (toponym.alternatives ?? []).flatMap((a) => {
				const found = entry(a.placeId, a.name);
				return found ? [choice(found, a.score)] : [];
			});
			return { chosen: chosenEntry ? { ...choice(chosenEntry, null), reasons: toponym.reasons } : null, alternatives };
		},
		async search(name, options, limit) {
			const { gazetteer, api } = await ready();
			return api
				.lookupEntries(gazetteer, name, options)
				.slice(0, limit)
				.map((e) => choice(e, null));
		}
	};
}

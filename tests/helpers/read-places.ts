// How the geoparse specs read a text's places: one line a toponym, "name → kind country/admin1".
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type GeoparseOptions, type Toponym } from '../../src/lib/geoparse/index.ts';

interface ReadOptions {
	/** leave out the place words inside names ("the Washington Post") */
	mappedOnly?: boolean;
	geoparse?: GeoparseOptions;
}

/** "kind country/admin1" of a toponym; one the gazetteer lacks, put within a parent, by its parent's admin1 and " (within)". */
function placeLine(gazetteer: Gazetteer, toponym: Toponym): string {
	// "within:<parent id>:<name>"; a place found inside its stated parent keeps its own gazetteer id
	const within = toponym.reasons.includes('within-parent') && toponym.placeId.startsWith('within:');
	const id = within ? toponym.placeId.slice('within:'.length, toponym.placeId.lastIndexOf(':')) : toponym.placeId;
	return `${toponym.kind} ${toponym.country}/${gazetteer.places[gazetteer.byId.get(id)!]!.admin1}${within ? ' (within)' : ''}`;
}

/** Each toponym of the text as "name → kind country/admin1". */
export function readPlaces(gazetteer: Gazetteer, text: string, { mappedOnly = false, geoparse: options = {} }: ReadOptions = {}): string[] {
	return geoparse(text, gazetteer, options)
		.filter((t) => !mappedOnly || t.usage !== 'embedded')
		.map((t) => `${t.name} → ${placeLine(gazetteer, t)}`);
}

/** The first toponym of that name as "kind country/admin1", or "(none)". */
export function placeOf(gazetteer: Gazetteer, text: string, name: string): string {
	const toponym = geoparse(text, gazetteer).find((t) => t.name === name);
	return toponym ? placeLine(gazetteer, toponym) : '(none)';
}

/** The first toponym of that name as "gazetteer name, country" ("Douala, CM"), or "none". */
export function placeAndCountryOf(gazetteer: Gazetteer, text: string, name: string): string {
	const toponym = geoparse(text, gazetteer).find((t) => t.name === name);
	return toponym ? `${toponym.placeName}, ${toponym.country}` : 'none';
}

/** The gazetteer name of the first toponym of that name ("Rybnoye" for "Rybnovsky District"), or null. */
export function placeNameOf(gazetteer: Gazetteer, text: string, name: string): string | null {
	return geoparse(text, gazetteer).find((t) => t.name === name)?.placeName ?? null;
}

/** "country/admin1" of each toponym of that name, in text order. */
export function regionsOf(gazetteer: Gazetteer, text: string, name: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.name === name)
		.map((t) => `${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`);
}

/** The first toponym of that name as "country lat,lon" in whole degrees, or "unmapped". */
export function pointOf(gazetteer: Gazetteer, text: string, name: string): string {
	const toponym = geoparse(text, gazetteer).find((t) => t.name === name);
	return toponym ? `${toponym.country} ${Math.round(toponym.lat)},${Math.round(toponym.lon)}` : 'unmapped';
}

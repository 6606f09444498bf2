import { referencedIndex } from './references.ts';
import type { Gazetteer, GazetteerPlace } from './types.ts';

export function placeById(gazetteer: Gazetteer, id: string): GazetteerPlace | undefined {
	const index = gazetteer.byId.get(id);
	return index === undefined ? undefined : gazetteer.places[index];
}

export function countryName(gazetteer: Gazetteer, code: string | null): string | null {
	return code ? (gazetteer.countryNames.get(code) ?? null) : null;
}

/** Places whose name or alternate name has this key, most important first. */
export function placesNamed(gazetteer: Gazetteer, key: string): GazetteerPlace[] {
	const values = gazetteer.byName.get(key);
	return values ? values.map((v) => gazetteer.places[referencedIndex(v)]!) : [];
}

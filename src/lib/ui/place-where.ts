// Where a place lies, as the list and the popups say it: its kind, and the first-level division and
// country that tell same-named places apart ("Salem · Oregon, United States").
import type { PlaceProperties } from '../contracts.ts';
import { foldText } from '../fold.ts';

type Where = Pick<PlaceProperties, 'name' | 'kind' | 'countryName' | 'admin1Name'>;

/** The folded names more than one of these places has; their list rows name the division. */
export function sharedNames(places: Iterable<Pick<PlaceProperties, 'name'>>): Set<string> {
	const seen = new Set<string>();
	const shared = new Set<string>();
	for (const { name } of places) {
		const key = foldText(name);
		if (seen.has(key)) shared.add(key);
		else seen.add(key);
	}
	return shared;
}

export const sharesName = (shared: Set<string>, place: Pick<PlaceProperties, 'name'>): boolean => shared.has(foldText(place.name));

/** The division worth naming: none for countries and regions, nor one that only repeats the name (Baku, Baku). */
function division(place: Where): string | null {
	const name = place.admin1Name;
	if (!name || place.kind === 'country' || place.kind === 'region' || foldText(name) === foldText(place.name)) return null;
	return name;
}

/** "Oregon, United States", "United States", or "" (a country; a place of no country). */
export function whereLine(place: Where, withDivision: boolean): string {
	const country = place.kind === 'country' ? null : place.countryName;
	return [withDivision ? division(place) : null, country].filter((part): part is string => !!part).join(', ');
}

/**
 * The second line of a map label, for a place that shares its name with another in the view: its
 * division ("Oregon"), else its country; null for a place whose name is its own.
 */
export function labelWhere(place: Where, shared: Set<string>): string | null {
	if (!sharesName(shared, place)) return null;
	return division(place) ?? (place.kind === 'country' ? null : (place.countryName ?? null));
}

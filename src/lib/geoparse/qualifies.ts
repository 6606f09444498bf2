import { distance } from '@turf/turf';
import type { GazetteerPlace } from '../gazetteer/types.ts';

// Large provinces (Ontario) have their point far from their towns.
const QUALIFIER_REACH_KM = 1500;

export function kilometres(a: GazetteerPlace, b: GazetteerPlace): number {
	return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

/** "Sheffield, England", "Paris, Texas": the place that lies in the qualifying place wins. */
export function qualifies(place: GazetteerPlace, qualifier: GazetteerPlace | undefined): boolean {
	if (!qualifier || place.id === qualifier.id || place.kind === 'country') return false;
	if (qualifier.kind === 'country') return place.country === qualifier.country;
	if (qualifier.kind !== 'region' || !qualifier.country || place.country !== qualifier.country) return false;
	// GeoNames and ISO region codes agree for the US ("TX"), not everywhere ("08" vs "ON"), and curated
	// regions ("England") have none: then nearness decides
	if (qualifier.featureCode === 'ADM1' && place.admin1 === qualifier.admin1) return true;
	return kilometres(place, qualifier) < QUALIFIER_REACH_KM;
}

import type { GazetteerPlace } from '../../gazetteer/types.ts';
import type { CountryShapes } from './country-shapes.ts';

/**
 * How far outside its country's 1:50m outline a point may lie: the outline cuts off small islands,
 * spits and harbour towns by up to a few kilometres, and offshore islands sit beyond it.
 */
export const POINT_TOLERANCE_KM = 25;
/**
 * An island Natural Earth does not draw (Micronesia's outer atolls) lies on no country's land: it passes
 * when its own country's outline is the nearest of all and at most this far.
 */
export const OFFSHORE_REACH_KM = 600;

export interface PointViolation {
	id: string;
	name: string;
	country: string;
	lat: number;
	lon: number;
	/** distance to the country's outline */
	km: number;
	/** the allowlist's reason, when the violation is known and accepted */
	accepted?: string;
}

export interface PointCheckReport {
	checked: number;
	/** places with a country that has no outline (Tuvalu, Gibraltar) */
	unchecked: number;
	violations: PointViolation[];
	/** allowlisted ids that no longer violate (or no longer exist): the entry can go */
	staleAllowances: string[];
}

/** Checks that every place with a country lies inside that country's outline or within the tolerance. */
export function checkPlacePoints(places: Iterable<GazetteerPlace>, shapes: CountryShapes, allowlist: Map<string, string>): PointCheckReport {
	const report: PointCheckReport = { checked: 0, unchecked: 0, violations: [], staleAllowances: [] };
	const violating = new Set<string>();
	for (const place of places) {
		if (!place.country) continue;
		if (!shapes.has(place.country)) {
			report.unchecked++;
			continue;
		}
		report.checked++;
		const km = distanceOutsideCountry(shapes, place.country, place.lat, place.lon);
		if (km === 0) continue;
		const violation: PointViolation = { id: place.id, name: place.name, country: place.country, lat: place.lat, lon: place.lon, km: Math.round(km) };
		const reason = allowlist.get(place.id);
		if (reason !== undefined) violation.accepted = reason;
		report.violations.push(violation);
		violating.add(place.id);
	}
	report.staleAllowances = [...allowlist.keys()].filter((id) => !violating.has(id));
	return report;
}

/**
 * 0 when the point fits its country (inside, within the tolerance, or offshore with its own country
 * the nearest), else its distance to the outline in km. A country without an outline always fits.
 */
export function distanceOutsideCountry(shapes: CountryShapes, country: string, lat: number, lon: number): number {
	if (!shapes.has(country) || shapes.contains(country, lat, lon)) return 0;
	if (shapes.distanceKm(country, lat, lon, POINT_TOLERANCE_KM) <= POINT_TOLERANCE_KM) return 0;
	const km = shapes.distanceKm(country, lat, lon);
	return offshoreOfOwnCountry({ country, lat, lon }, km, shapes) ? 0 : km;
}

function offshoreOfOwnCountry(place: { country: string; lat: number; lon: number }, km: number, shapes: CountryShapes): boolean {
	if (km > OFFSHORE_REACH_KM) return false;
	for (const code of shapes.codes()) {
		if (code !== place.country && shapes.distanceKm(code, place.lat, place.lon, km) < km) return false;
	}
	return true;
}

export function describeViolation(v: PointViolation): string {
	return `${v.id} ${v.name} (${v.country}) at ${v.lat.toFixed(4)}, ${v.lon.toFixed(4)} is ${v.km} km outside ${v.country}`;
}

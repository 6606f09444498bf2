import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { DraftPlace } from './draft.ts';
import { polygonContains, polygonsOf } from './country-shapes.ts';
import { representativePoint } from './geometry.ts';

const require = createRequire(import.meta.url);

/** How well the two sources agree: GeoNames' admin2 codes on US towns against the Census outlines. */
export interface CountyReport {
	counties: number;
	/** US towns with an admin2 code whose county outline exists */
	townsChecked: number;
	/** of those, the ones lying inside that outline (or within ~2 km of it) */
	townsInside: number;
	/** a few of the others, for the report */
	outside: string[];
}

// Alaska's census areas (the rest of its county equivalents are boroughs or municipalities).
const ALASKA_CENSUS_AREAS = new Set(['02016', '02050', '02070', '02158', '02180', '02198', '02240', '02261', '02290', '02105']);
// Towns on a county line, and outlines simplified to 1:10m, sit a little outside their county.
const NEAR_DEGREES = 0.02;

/** The name news uses: "Scott County", "Acadia Parish", "Bethel Census Area", "City of Baltimore". */
export function countyName(fips: string, name: string): string {
	const state = fips.slice(0, 2);
	const code = Number(fips.slice(2));
	if (state === '22') return `${name} Parish`;
	if (state === '02') return ALASKA_CENSUS_AREAS.has(fips) ? `${name} Census Area` : `${name} Borough`;
	// independent cities (Virginia's, Baltimore, St. Louis, Carson City) are coded 510 and up
	if (code >= 510 && ['51', '24', '29', '32'].includes(state)) return name.endsWith(' City') ? name : `City of ${name}`;
	return `${name} County`;
}

interface CscState {
	name: string;
	isoCode: string;
	countryCode: string;
}

/**
 * US counties from the Census Bureau's outlines (us-atlas counties-10m): id `adm2:US-<5-digit FIPS>`,
 * kind "district", feature code ADM2, admin1 the state's postal code and admin2 the 3-digit county
 * code (both as GeoNames gives them to US towns), a point inside the county, and the population of
 * the GeoNames places that carry its code. The 50 states only: DC is its own county, and GeoNames
 * codes Puerto Rico and the other territories as countries.
 */
export function readUsCounties(cities: DraftPlace[]): { counties: DraftPlace[]; report: CountyReport } {
	const topology = require('us-atlas/counties-10m.json') as Topology<{
		counties: GeometryCollection<{ name: string }>;
		states: GeometryCollection<{ name: string }>;
	}>;
	const postalByName = new Map(
		(require('country-state-city/lib/assets/state.json') as CscState[]).filter((s) => s.countryCode === 'US').map((s) => [s.name, s.isoCode])
	);
	const postalByFips = new Map<string, string>();
	for (const state of topology.objects.states.geometries) {
		const postal = postalByName.get((state.properties as { name: string }).name);
		if (postal && postal.length === 2 && state.id !== '11') postalByFips.set(String(state.id), postal);
	}

	const towns = new Map<string, DraftPlace[]>();
	for (const city of cities) {
		if (city.country !== 'US' || !city.admin1 || !city.admin2) continue;
		const key = `${city.admin1}|${city.admin2}`;
		const list = towns.get(key);
		if (list) list.push(city);
		else towns.set(key, [city]);
	}

	const report: CountyReport = { counties: 0, townsChecked: 0, townsInside: 0, outside: [] };
	const counties: DraftPlace[] = [];
	const features = feature(topology, topology.objects.counties).features as Feature<Polygon | MultiPolygon, { name: string }>[];
	for (const county of features) {
		const fips = String(county.id);
		const postal = postalByFips.get(fips.slice(0, 2));
		if (!postal || !county.geometry) continue;
		const admin2 = fips.slice(2);
		const inside = towns.get(`${postal}|${admin2}`) ?? [];
		const polygons = polygonsOf(county.geometry);
		for (const town of inside) {
			report.townsChecked++;
			const near = [0, NEAR_DEGREES, -NEAR_DEGREES].some((dLat) =>
				[0, NEAR_DEGREES, -NEAR_DEGREES].some((dLon) => polygons.some((p) => polygonContains(p, town.lat + dLat, town.lon + dLon)))
			);
			if (near) report.townsInside++;
			else if (report.outside.length < 10) report.outside.push(`${town.id} ${town.name} (${postal}, admin2 ${admin2})`);
		}
		const name = countyName(fips, county.properties.name);
		const point = representativePoint(county.geometry);
		counties.push({
			id: `adm2:US-${fips}`,
			name,
			kind: 'district',
			featureCode: 'ADM2',
			country: 'US',
			admin1: postal,
			admin2,
			lat: point.lat,
			lon: point.lon,
			population: inside.reduce((sum, town) => sum + town.population, 0),
			geonameId: null,
			names: new Set([name])
		});
		report.counties++;
	}
	return { counties, report };
}

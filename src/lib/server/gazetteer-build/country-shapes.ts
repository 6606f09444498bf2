import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readTsv, splitList } from './tsv.ts';

const require = createRequire(import.meta.url);

type Ring = number[][];

export interface ShapePolygon {
	rings: Ring[];
	/** west, south, east, north */
	box: [number, number, number, number];
	/** per ring: latitude band → the edges (index of their first vertex) that span it */
	bands: Map<number, number[]>[];
	/** counts only inside this box (west, south, east, north): Crimea in Russia's outline stands for Ukraine there */
	limit?: number[];
}

// Ray casting only needs the edges that cross the point's latitude: bucketing edges by latitude
// band keeps the check of 200,000 points against 1:10m outlines to a second or two.
const BAND_DEGREES = 0.25;

function bandEdges(ring: Ring): Map<number, number[]> {
	const bands = new Map<number, number[]>();
	for (let i = 1; i < ring.length; i++) {
		const a = ring[i - 1]![1]!;
		const b = ring[i]![1]!;
		for (let band = Math.floor(Math.min(a, b) / BAND_DEGREES); band <= Math.floor(Math.max(a, b) / BAND_DEGREES); band++) {
			const list = bands.get(band);
			if (list) list.push(i);
			else bands.set(band, [i]);
		}
	}
	return bands;
}

/** Natural Earth country outlines (world-atlas, 1:10m) by ISO code, for checking that points lie in their country. */
export interface CountryShapes {
	/** true when the code has an outline to check against */
	has(code: string): boolean;
	codes(): Iterable<string>;
	contains(code: string, lat: number, lon: number): boolean;
	/** kilometres from the point to the country's nearest edge; 0 inside; Infinity without an outline or beyond `withinKm` */
	distanceKm(code: string, lat: number, lon: number, withinKm?: number): number;
}

const EARTH_KM_PER_DEGREE = 111.195;

function boxOf(rings: Ring[]): [number, number, number, number] {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (const [lon, lat] of rings[0]!) {
		west = Math.min(west, lon!);
		east = Math.max(east, lon!);
		south = Math.min(south, lat!);
		north = Math.max(north, lat!);
	}
	return [west, south, east, north];
}

function bandRange(south: number, north: number): number[] {
	const bands: number[] = [];
	for (let band = Math.floor(south / BAND_DEGREES); band <= Math.floor(north / BAND_DEGREES); band++) bands.push(band);
	return bands;
}

function ringContains(ring: Ring, bands: Map<number, number[]>, lat: number, lon: number): boolean {
	let inside = false;
	// rings are closed (first vertex = last), so edges (i - 1, i) cover the ring
	for (const i of bands.get(Math.floor(lat / BAND_DEGREES)) ?? []) {
		const [xi, yi] = ring[i] as [number, number];
		const [xj, yj] = ring[i - 1] as [number, number];
		if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

export function polygonContains(polygon: ShapePolygon, lat: number, lon: number): boolean {
	const [west, south, east, north] = polygon.box;
	if (lon < west || lon > east || lat < south || lat > north) return false;
	const limit = polygon.limit;
	if (limit && (lon < limit[0]! || lat < limit[1]! || lon > limit[2]! || lat > limit[3]!)) return false;
	if (!ringContains(polygon.rings[0]!, polygon.bands[0]!, lat, lon)) return false;
	for (let h = 1; h < polygon.rings.length; h++) if (ringContains(polygon.rings[h]!, polygon.bands[h]!, lat, lon)) return false;
	return true;
}

/** Distance to a segment on a local equirectangular plane: fine for the tens of kilometres checked here. */
function segmentDistanceKm(lat: number, lon: number, a: number[], b: number[]): number {
	const scale = Math.cos((lat * Math.PI) / 180);
	const ax = (a[0]! - lon) * scale;
	const ay = a[1]! - lat;
	const bx = (b[0]! - lon) * scale;
	const by = b[1]! - lat;
	const dx = bx - ax;
	const dy = by - ay;
	const length = dx * dx + dy * dy;
	const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
	return Math.hypot(ax + t * dx, ay + t * dy) * EARTH_KM_PER_DEGREE;
}

/**
 * A ring that closes along the antimeridian (Russia's, Fiji's) comes out of TopoJSON with that edge at
 * -180 although the rest lies in the east: move it to +180, or the ring crosses the whole map.
 */
function unwrapAntimeridian(ring: Ring): Ring {
	if (!ring.some(([lon]) => lon! <= -179.9999) || !ring.some(([lon]) => lon! > 90)) return ring;
	return ring.map(([lon, lat]) => [lon! <= -179.9999 ? 180 : lon!, lat!]);
}

export function polygonsOf(geometry: Polygon | MultiPolygon): ShapePolygon[] {
	const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((rings) => rings.map(unwrapAntimeridian));
	return polygons.map((rings) => ({ rings, box: boxOf(rings), bands: rings.map(bandEdges) }));
}

/** Kilometres from the point to the nearest edge of any of the polygons; 0 inside one; Infinity beyond `withinKm`. */
export function polygonsDistanceKm(polygons: readonly ShapePolygon[], lat: number, lon: number, withinKm = Infinity): number {
	return polygons.some((p) => polygonContains(p, lat, lon)) ? 0 : edgeDistanceKm(polygons, lat, lon, withinKm);
}

/** Kilometres from the point to the nearest edge of any of the polygons, inside or out; Infinity beyond `withinKm`. */
export function edgeDistanceKm(polygons: readonly ShapePolygon[], lat: number, lon: number, withinKm = Infinity): number {
	let nearest = Infinity;
	const latitudeWindow = withinKm / EARTH_KM_PER_DEGREE;
	for (const polygon of polygons) {
		// a polygon whose box is farther than the best edge so far cannot hold a nearer edge
		const [west, south, east, north] = polygon.box;
		const boxLat = Math.max(south, Math.min(north, lat));
		const boxLon = Math.max(west, Math.min(east, lon));
		const boxKm = Math.hypot((boxLon - lon) * Math.cos((lat * Math.PI) / 180), boxLat - lat) * EARTH_KM_PER_DEGREE;
		if (boxKm >= Math.min(nearest, withinKm)) continue;
		polygon.rings.forEach((ring, r) => {
			const edges = Number.isFinite(latitudeWindow)
				? bandRange(lat - latitudeWindow, lat + latitudeWindow).flatMap((band) => polygon.bands[r]!.get(band) ?? [])
				: ring.keys();
			for (const i of edges) if (i > 0) nearest = Math.min(nearest, segmentDistanceKm(lat, lon, ring[i - 1]!, ring[i]!));
		});
	}
	return nearest <= withinKm ? nearest : Infinity;
}

interface WorldCountry {
	cca2: string;
	ccn3: string;
}

/**
 * Reads world-atlas countries-10m. Natural Earth keys countries by ISO numeric code and draws some
 * territories inside their state (Réunion in France); `country-shapes.tsv` says which outlines stand
 * for such codes and names the few outlines that have no code (Kosovo).
 */
export async function readCountryShapes(shapeTablePath: string): Promise<CountryShapes> {
	const topology = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const alpha2 = new Map((require('world-countries') as WorldCountry[]).map((c) => [c.ccn3, c.cca2]));
	const collection = feature(topology, topology.objects.countries);
	const byKey = new Map<string, ShapePolygon[]>();
	for (const country of collection.features as Feature<Polygon | MultiPolygon | null, { name: string }>[]) {
		if (!country.geometry) continue;
		const key = (country.id !== undefined && alpha2.get(String(country.id))) || country.properties.name;
		byKey.set(key, [...(byKey.get(key) ?? []), ...polygonsOf(country.geometry)]);
	}
	const shapes = new Map<string, ShapePolygon[]>(byKey);
	for (const row of await readTsv(shapeTablePath)) {
		const polygons = splitList(row.shapes).flatMap((key) => {
			const found = byKey.get(key);
			if (!found) throw new Error(`${shapeTablePath}: no outline "${key}" in world-atlas countries-10m (for ${row.code})`);
			const limit = row.box ? row.box.split(',').map(Number) : undefined;
			if (limit && (limit.length !== 4 || limit.some((n) => !Number.isFinite(n)))) throw new Error(`${shapeTablePath}: bad box "${row.box}" for ${row.code}`);
			return limit ? found.map((polygon) => ({ ...polygon, limit })) : found;
		});
		shapes.set(row.code!, [...(shapes.get(row.code!) ?? []), ...polygons]);
	}

	const contains = (code: string, lat: number, lon: number) => (shapes.get(code) ?? []).some((p) => polygonContains(p, lat, lon));
	return {
		has: (code) => shapes.has(code),
		codes: () => shapes.keys(),
		contains,
		distanceKm(code, lat, lon, withinKm = Infinity) {
			const polygons = shapes.get(code);
			return polygons ? polygonsDistanceKm(polygons, lat, lon, withinKm) : Infinity;
		}
	};
}

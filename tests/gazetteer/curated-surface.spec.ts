// The curated features' points (data/gazetteer/features.tsv) checked against a second, independent
// description of the Earth's surface: Natural Earth's 1:10m land (world-atlas) and the OpenStreetMap
// lakes the basemap draws (@geo-maps/earth-lakes-10m, lakes of 500 km² and more). A sea must not sit on
// land, an island or a mountain range not in the sea, a lake in its lake.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeDistanceKm, polygonsDistanceKm, polygonsOf, type ShapePolygon } from '../../src/lib/server/gazetteer-build/country-shapes.ts';
import { readFeatureTable } from '../../src/lib/server/gazetteer-build/curated.ts';
import type { DraftPlace } from '../../src/lib/server/gazetteer-build/draft.ts';
import { BASEMAP_GENERATED_DIR } from '../../src/lib/server/basemap-build.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';

const require = createRequire(import.meta.url);

/** Feature codes whose point must lie in open water (or this close to the 1:10m coast, for enclosed bays). */
const MARINE = new Set(['OCN', 'SEA', 'GULF', 'BAY', 'ESTY']);
/** Narrow waters: the point lies within this reach of a coast, on either side of it. */
const NARROWS = new Set(['STRT', 'CHN']);
/** Land features: the point lies on land (or this close to it, for islands the 1:10m coast simplifies). */
const LANDFORMS = new Set(['ISL', 'PEN', 'MT', 'MTS', 'DSRT', 'GLCR', 'FRST', 'VAL', 'GRGE', 'DPR', 'PLAT', 'DLTA']);
/** Island groups and atolls: the centre may lie among the islands, within this reach of land. */
const ARCHIPELAGOS = new Set(['ISLS', 'ATOL']);

const COAST_TOLERANCE_KM = 5;
const NARROWS_REACH_KM = 80;
/** a river's mouth, delta or lower course, or a cape (its rock may be below the 1:10m coast's detail): on land or just off the coast, never out at sea */
const RIVER_OFFSHORE_KM = 25;
/** a lake point may sit this far outside the simplified shoreline of its lake */
const LAKE_TOLERANCE_KM = 10;
/** lakes whose curated point stands for a basin that has since dried out, and why */
const DRIED_LAKES = new Map([['cur:aral-sea', 'the point is the historical sea; news names the basin, most of it now dry']]);
// islands younger than Natural Earth's 1:10m coast, which leaves them at sea
const NEW_ISLANDS = new Map([['cur:bhasan-char', 'a silt island of the Meghna estuary that rose about 2006']]);

let features: DraftPlace[];
let land: ShapePolygon[];
let lakes: ShapePolygon[];

beforeAll(async () => {
	features = await readFeatureTable(join(PACKAGE_ROOT, 'data', 'gazetteer', 'features.tsv'));
	const topology = require('world-atlas/land-10m.json') as Topology<{ land: GeometryCollection }>;
	const landCollection = feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
	land = landCollection.features.flatMap((f) => polygonsOf(f.geometry));
	const lakeCollection = require(join(BASEMAP_GENERATED_DIR, 'lakes.json')) as FeatureCollection<Polygon | MultiPolygon>;
	lakes = lakeCollection.features.flatMap((f) => polygonsOf(f.geometry));
});

const kmFromLand = (p: DraftPlace) => polygonsDistanceKm(land, p.lat, p.lon);
/** true when the point lies within `km` of the 1:10m coast, on either side of it */
const nearCoast = (p: DraftPlace, km: number) => edgeDistanceKm(land, p.lat, p.lon, km) <= km;

function describePlace(p: DraftPlace, km: number): string {
	return `${p.id} ${p.name} at ${p.lat}, ${p.lon}: ${Math.round(km)} km`;
}

describe('curated features against Natural Earth land and OpenStreetMap lakes', () => {
	it('puts every sea, ocean, gulf and bay in open water', () => {
		const marine = features.filter((p) => MARINE.has(p.featureCode));
		expect(marine.length).toBeGreaterThan(25);
		const onLand = marine.filter((p) => kmFromLand(p) === 0 && !nearCoast(p, COAST_TOLERANCE_KM));
		expect(onLand.map((p) => describePlace(p, 0))).toEqual([]);
	});

	it('puts every island, peninsula, mountain, desert, valley, delta and glacier on land', () => {
		const landforms = features.filter((p) => LANDFORMS.has(p.featureCode));
		expect(landforms.length).toBeGreaterThan(40);
		const atSea = landforms.map((p) => [p, kmFromLand(p)] as const).filter(([p, km]) => km > COAST_TOLERANCE_KM && !NEW_ISLANDS.has(p.id));
		expect(atSea.map(([p, km]) => describePlace(p, km))).toEqual([]);
	});

	it('puts every archipelago and atoll among its islands, near land', () => {
		const groups = features.filter((p) => ARCHIPELAGOS.has(p.featureCode));
		expect(groups.length).toBeGreaterThan(10);
		const far = groups.map((p) => [p, kmFromLand(p)] as const).filter(([, km]) => km > NARROWS_REACH_KM);
		expect(far.map(([p, km]) => describePlace(p, km))).toEqual([]);
	});

	it('puts every strait and channel near a coast', () => {
		const narrows = features.filter((p) => NARROWS.has(p.featureCode));
		expect(narrows.length).toBeGreaterThan(5);
		const far = narrows.map((p) => [p, kmFromLand(p)] as const).filter(([p, km]) => km > NARROWS_REACH_KM || (km === 0 && !nearCoast(p, NARROWS_REACH_KM)));
		expect(far.map(([p, km]) => describePlace(p, km))).toEqual([]);
	});

	it('puts every river and cape point on land or just off its mouth or coast', () => {
		const rivers = features.filter((p) => p.featureCode === 'STM' || p.featureCode === 'CAPE');
		expect(rivers.length).toBeGreaterThan(25);
		const atSea = rivers.map((p) => [p, kmFromLand(p)] as const).filter(([, km]) => km > RIVER_OFFSHORE_KM);
		expect(atSea.map(([p, km]) => describePlace(p, km))).toEqual([]);
	});

	it('puts every lake in a lake (or, for the Caspian, off Natural Earth land)', () => {
		const lakePoints = features.filter((p) => p.featureCode === 'LK' || p.featureCode === 'LKS');
		expect(lakePoints.length).toBeGreaterThan(10);
		const dry = lakePoints
			.map((p) => [p, Math.min(polygonsDistanceKm(lakes, p.lat, p.lon), kmFromLand(p) > 0 ? 0 : Infinity)] as const)
			.filter(([p, km]) => km > LAKE_TOLERANCE_KM && !DRIED_LAKES.has(p.id));
		expect(dry.map(([p, km]) => describePlace(p, km))).toEqual([]);
	});
});

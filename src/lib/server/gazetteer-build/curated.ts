import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { PLACE_KINDS, type PlaceKind } from '../../contracts.ts';
import type { ShapeGeometry } from '../../gazetteer/types.ts';
import type { DraftPlace } from './draft.ts';
import { readTsv, splitList } from './tsv.ts';
import { representativePoint } from './geometry.ts';

function checkKind(kind: string, where: string): PlaceKind {
	if (!(PLACE_KINDS as readonly string[]).includes(kind)) throw new Error(`${where}: unknown kind "${kind}"`);
	return kind as PlaceKind;
}

function checkCoordinate(lat: number, lon: number, where: string): void {
	if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) throw new Error(`${where}: coordinates out of range (${lat}, ${lon})`);
}

/** data/gazetteer/features.tsv: continents, macro-regions, seas, rivers, mountains. */
export async function readFeatureTable(path: string): Promise<DraftPlace[]> {
	return (await readTsv(path)).map((row, n) => {
		const where = `${path} row ${n + 1} (${row.id})`;
		const lat = Number(row.lat);
		const lon = Number(row.lon);
		checkCoordinate(lat, lon, where);
		return {
			id: row.id!,
			name: row.name!,
			kind: checkKind(row.kind!, where),
			featureCode: row.featureCode || 'RGN',
			country: row.country || null,
			admin1: null,
			lat,
			lon,
			population: Number(row.importance) || 0,
			geonameId: row.geonameId ? Number(row.geonameId) : null,
			names: new Set([row.name!, ...splitList(row.alternates)])
		};
	});
}

function curatedFeature(feature: Feature<Geometry | null>, where: string): DraftPlace {
	const p = feature.properties ?? {};
	if (typeof p.id !== 'string' || typeof p.name !== 'string') throw new Error(`${where}: a feature needs "id" and "name"`);
	if (typeof p.source !== 'string' || !p.source) throw new Error(`${where} (${p.id}): every curated entry needs a "source" note`);
	if (!feature.geometry) throw new Error(`${where} (${p.id}): no geometry`);
	const point = representativePoint(feature.geometry);
	checkCoordinate(point.lat, point.lon, `${where} (${p.id})`);
	const place: DraftPlace = {
		id: p.id,
		name: p.name,
		kind: checkKind(String(p.kind), `${where} (${p.id})`),
		featureCode: typeof p.featureCode === 'string' ? p.featureCode : 'RGN',
		country: typeof p.country === 'string' ? p.country : null,
		admin1: null,
		lat: point.lat,
		lon: point.lon,
		population: Number(p.importance) || 0,
		geonameId: typeof p.geonameId === 'number' ? p.geonameId : null,
		names: new Set([p.name, ...((p.alternates as string[] | undefined) ?? [])])
	};
	if (feature.geometry.type !== 'Point') place.geometry = feature.geometry as ShapeGeometry;
	return place;
}

/** Every data/gazetteer/*.geojson: curated places with their shapes (corridors, regions, deposits). */
export async function readCuratedGeoJson(folder: string): Promise<DraftPlace[]> {
	const files = (await readdir(folder)).filter((f) => f.endsWith('.geojson')).sort();
	const places: DraftPlace[] = [];
	for (const file of files) {
		const path = join(folder, file);
		let collection: FeatureCollection<Geometry | null>;
		try {
			collection = JSON.parse(await readFile(path, 'utf8')) as FeatureCollection<Geometry | null>;
		} catch (error) {
			throw new Error(`${path}: not valid JSON (${(error as Error).message})`, { cause: error });
		}
		if (collection.type !== 'FeatureCollection') throw new Error(`${path}: not a FeatureCollection`);
		collection.features.forEach((feature, i) => places.push(curatedFeature(feature, `${path} feature ${i + 1}`)));
	}
	return places;
}

// Ingest's results into the store: only documents whose rows would differ are written again, removed
// documents are deleted, and everything happens in one transaction (a killed run changes nothing).
import { link, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest, PlaceFeature } from '../../contracts.ts';
import { summarize } from '../../corpus/aggregate.ts';
import type { ProcessedDocument } from '../../corpus/document.ts';
import { openSqliteStore, STORE_FILE, StoreVersionError } from '../../store/sqlite/index.ts';
import type { StoreTarget } from '../../store/target.ts';
import type { Store, StoreChange, StoredCorrection, StoredDocument, StoredPlace } from '../../store/types.ts';
import { hashText } from './cache.ts';

export { STORE_FILE } from '../../store/sqlite/index.ts';

export interface StoreSyncInput {
	processed: ProcessedDocument[];
	places: PlaceFeature[];
	topics: { id: string; label: string }[];
	corrections: StoredCorrection[];
	manifest: Manifest;
	state: Record<string, string>;
	files?: StoreChange['files'];
}

export interface StoreSyncResult {
	written: number;
	removed: number;
	unchanged: number;
}

export function storedPlace(feature: PlaceFeature): StoredPlace {
	const p = feature.properties;
	return {
		id: p.id,
		name: p.name,
		kind: p.kind,
		country: p.country,
		countryName: p.countryName,
		admin1Name: p.admin1Name ?? null,
		lat: p.lat,
		lon: p.lon,
		geonameId: p.geonameId,
		geometry: feature.geometry.type === 'Point' ? null : feature.geometry
	};
}

// a country's shape is hashed into every document naming it: stringified once per place object
const placeJsonCache = new WeakMap<StoredPlace, string>();
function placeJson(place: StoredPlace | undefined): string {
	if (!place) return 'null';
	let json = placeJsonCache.get(place);
	if (json === undefined) placeJsonCache.set(place, (json = JSON.stringify(place)));
	return json;
}

/** A document's rows as the store keeps them, without their hash. */
function storedRows(processed: ProcessedDocument): Omit<StoredDocument, 'hash'> {
	const { document } = processed;
	const excerpts: StoredDocument['excerpts'] = [...processed.excerpts].map(([placeId, list]) => [
		placeId,
		list.map((e) => ({ offset: e.offset, length: e.text.length, mentionStart: e.mentionStart, mentionEnd: e.mentionStart + (e.end - e.start), topics: e.topics }))
	]);
	return { summary: summarize(document), text: document.text, mentions: document.mentions, excerpts };
}

export function storedDocument(processed: ProcessedDocument, placeById: Map<string, StoredPlace>): StoredDocument {
	const rows = storedRows(processed);
	// the places' own data is part of the hash: a renamed or moved place rewrites the documents naming it
	const places = rows.summary.placeIds.map((id) => placeJson(placeById.get(id)));
	const hash = hashText(rows.text, JSON.stringify(rows.summary), JSON.stringify(rows.mentions), JSON.stringify(rows.excerpts), ...places);
	return { ...rows, hash };
}

/** Opens an embedded store file, rebuilding it when an older gazette wrote it. */
export async function openEmbeddedStore(path: string): Promise<Store> {
	try {
		return openSqliteStore(path);
	} catch (error) {
		if (!(error instanceof StoreVersionError)) throw error;
		await rm(path, { force: true });
		return openSqliteStore(path);
	}
}

export async function syncStore(store: Store, input: StoreSyncInput): Promise<StoreSyncResult> {
	const placeById = new Map(input.places.map((f) => [f.properties.id, storedPlace(f)] as const));
	const known = await store.documentHashes();
	// only the hashes of the changed documents are kept: their rows are made again as the store writes
	// them, so a corpus's worth of rows is never held at once
	const changed: { processed: ProcessedDocument; hash: string }[] = [];
	let unchanged = 0;
	for (const processed of input.processed) {
		const { hash } = storedDocument(processed, placeById);
		const { id } = processed.document;
		if (known.get(id) === hash) unchanged++;
		else changed.push({ processed, hash });
		known.delete(id);
	}
	const remove = [...known.keys()];
	const places = new Map<string, StoredPlace>();
	for (const { processed } of changed) for (const id of processed.document.placeIds) if (placeById.has(id)) places.set(id, placeById.get(id)!);
	function* upsert(): Generator<StoredDocument> {
		for (const { processed, hash } of changed) yield { ...storedRows(processed), hash };
	}
	await store.write({ upsert: upsert(), remove, places: places.values(), topics: input.topics, corrections: input.corrections, manifest: input.manifest, state: input.state, ...(input.files ? { files: input.files } : {}) });
	return { written: changed.length, removed: remove.length, unchanged };
}

/** Gives the new output folder the same store file (a hard link: nothing is copied). */
export async function carryStore(fromDir: string, toDir: string): Promise<void> {
	const from = join(fromDir, STORE_FILE);
	if (!(await stat(from).catch(() => null))) return;
	await link(from, join(toDir, STORE_FILE));
}

/** The store `--store` names (the shared one is never rebuilt: it may hold other workers' results). */
export async function openTargetStore(target: StoreTarget): Promise<Store> {
	if (target.kind === 'sqlite') return openEmbeddedStore(target.path);
	const { openPostgresStore } = await import('../../store/postgres/index.ts');
	return openPostgresStore(target.url);
}

/** Opens the embedded store file, applies the run's changes and closes it. */
export async function writeStore(path: string, input: StoreSyncInput): Promise<StoreSyncResult> {
	const store = await openEmbeddedStore(path);
	try {
		return await syncStore(store, input);
	} finally {
		await store.close();
	}
}

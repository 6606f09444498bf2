// A correction applied in the store at once, without a re-ingest. The documents its scope may touch
// are found through the store's indexes; each is worked out again exactly as ingest does it (the
// geoparser's toponyms from the ingest cache, every correction of the file in order, the same
// per-document stage), and only those whose rows change are written, with the totals of the places,
// the corrections and the manifest, in one transaction. A later ingest therefore finds the same rows.
import type { Manifest } from '../contracts.ts';
import { aggregateCorpus } from '../corpus/aggregate.ts';
import { processDocument, type ProcessedDocument } from '../corpus/document.ts';
import type { PlaceLookup, PlaceRecord } from '../corpus/place-record.ts';
import { validatePlaces } from '../corpus/validate-places.ts';
import { addedPlaces, applyCorrections, checkCorrectionPlaces } from '../places/apply-corrections.ts';
import { describeCorrection, type Correction } from '../places/correction-format.ts';
import type { Store, StoredCorrection, StoredDocument, StoredDocumentRow, StoredPlace, CorrectionScope } from '../store/types.ts';
import { compileTaxonomy, type TopicMatcher } from '../topics/taxonomy.ts';
import type { IngestCache } from './ingest/cache.ts';
import { hashText } from './ingest/cache.ts';
import { expandToponyms } from './ingest/compact.ts';
import { storedDocument, storedPlace } from './ingest/store-sync.ts';
import type { Taxonomy } from '../topics/taxonomy.ts';

/** Something the store cannot answer alone (an older store, an edit made elsewhere): re-ingest instead. */
export class NeedsFullIngest extends Error {}

/** What ingest knew when it last ran: the geoparser's toponyms per text, the places, the taxonomy. */
export interface IngestBase {
	cache: Pick<IngestCache, 'entries' | 'places' | 'countryNames'>;
	taxonomy: Taxonomy;
	/** ingest keeps at most this many toponyms of one document */
	maxToponyms: number;
}

/** The gazetteer as ingest's geoparser looks places up. */
export interface GazetteerPlaces {
	lookup: PlaceLookup;
	countryName(code: string): string | null;
}

/** One edit of the corrections file. */
export interface CorrectionStep {
	beforeText: string;
	nextText: string;
	before: Correction[];
	after: Correction[];
	/** per correction of `after`, its index in `before` (null: the new one) */
	origin: (number | null)[];
	/** corrections whose scopes bound the documents that may change */
	scopes: Correction[];
}

/** The documents one correction may touch, as a store question (a superset; applying decides). */
export function scopeOf(correction: Correction): CorrectionScope {
	if (correction.mention) return { name: null, whereNamed: null, placeIds: null, documents: [correction.mention.document] };
	const merge = correction.action === 'merge';
	return {
		name: merge ? null : correction.name,
		whereNamed: correction.whereNamed,
		placeIds: merge ? [correction.fromPlaceId!, correction.placeId!] : null,
		documents: correction.documents
	};
}

interface Recomputed {
	processed: ProcessedDocument[];
	changed: number[];
	/** StoredPlace per valid place id the documents mention */
	places: Map<string, StoredPlace>;
	stored: StoredDocument[];
}

/** The documents as ingest would make them with these corrections. */
async function recompute(rows: StoredDocumentRow[], corrections: Correction[], base: IngestBase, matcher: TopicMatcher, gazetteer: () => Promise<GazetteerPlaces>, withPlaces = true): Promise<Recomputed> {
	// ingest opens the gazetteer only for corrections that name one of its places
	const places = corrections.some((c) => c.placeId !== null && !c.place) ? await gazetteer() : null;
	const records = new Map<string, PlaceRecord>(Object.entries(base.cache.places));
	for (const [id, place] of addedPlaces(corrections)) records.set(id, place);
	const lookup: PlaceLookup = (id) => {
		const known = records.get(id);
		if (known || !places) return known;
		const found = places.lookup(id);
		if (found) records.set(id, found);
		return found;
	};
	if (places) checkCorrectionPlaces(corrections, lookup);
	const countryNames = new Map(Object.entries(base.cache.countryNames));
	const countryName = (code: string) => {
		if (!countryNames.has(code) && places) {
			const name = places.countryName(code);
			if (name) countryNames.set(code, name);
		}
		return countryNames.get(code) ?? null;
	};
	const changed = corrections.map(() => 0);
	const processed = rows.map((row) => {
		const compact = base.cache.entries[hashText(row.text)];
		if (!compact) throw new NeedsFullIngest(`document ${row.id} is not in the ingest cache`);
		let toponyms = expandToponyms(row.text, compact.slice(0, base.maxToponyms), records);
		if (corrections.length > 0) toponyms = applyCorrections(row.id, row.text, toponyms, corrections, lookup, changed);
		const source = { id: row.id, file: row.file, path: row.path, extracted: { text: row.text, title: row.title, meta: { id: null, title: null, date: row.date, author: row.author, source: row.source } } };
		return processDocument(source, toponyms, matcher);
	});
	if (!withPlaces) return { processed, changed, places: new Map(), stored: [] };
	const features = validatePlaces(aggregateCorpus(processed, records, countryName, base.taxonomy).places).places.features;
	const placeById = new Map(features.map((f) => [f.properties.id, storedPlace(f)] as const));
	return { processed, changed, places: placeById, stored: processed.map((p) => storedDocument(p, placeById)) };
}

/** The store's change for this step, and the change that undoes it; null when nothing changes. */
export async function correctionChange(store: Store, step: CorrectionStep, base: IngestBase, gazetteer: () => Promise<GazetteerPlaces>) {
	const state = await store.state();
	const storedList = await store.storedCorrections();
	const manifest = await store.storedManifest();
	// the store must hold exactly what the file said before this edit
	if (state.corrections !== hashText(step.beforeText) || storedList.length !== step.before.length || !manifest) {
		throw new NeedsFullIngest('the store does not hold the corrections file as it was before this edit');
	}
	const rows = new Map<string, StoredDocumentRow>();
	for (const correction of step.scopes) for (const row of await store.correctionDocuments(scopeOf(correction))) rows.set(row.id, row);
	const candidates = [...rows.values()];
	const matcher = compileTaxonomy(base.taxonomy);
	const old = await recompute(candidates, step.before, base, matcher, gazetteer);
	const next = await recompute(candidates, step.after, base, matcher, gazetteer);
	old.stored.forEach((d, i) => {
		if (d.hash !== candidates[i]!.hash) throw new NeedsFullIngest(`document ${d.summary.id} differs from what the corrections make of it`);
	});

	const upsert = next.stored.filter((d, i) => d.hash !== candidates[i]!.hash);
	const placesOf = (documents: StoredDocument[], places: Map<string, StoredPlace>) => {
		const used = new Map<string, StoredPlace>();
		for (const d of documents) for (const id of d.summary.placeIds) if (places.has(id)) used.set(id, places.get(id)!);
		return [...used.values()];
	};
	const corrections: StoredCorrection[] = step.after.map((c, i) => {
		const from = step.origin[i];
		const before = from === null || from === undefined ? 0 : storedList[from]!.changed - old.changed[from]!;
		return { correction: describeCorrection(c), changed: before + next.changed[i]! };
	});
	const nextManifest: Manifest = {
		...manifest,
		generatedAt: new Date().toISOString(),
		counts: { ...manifest.counts, ...(await countsAfter(store, manifest, old, next)) }
	};
	const undoDocuments = old.stored.filter((d) => upsert.some((u) => u.summary.id === d.summary.id));
	const change = (documents: StoredDocument[], places: StoredPlace[], list: StoredCorrection[], m: Manifest, text: string) => ({
		upsert: documents,
		remove: [],
		places,
		topics: base.taxonomy.topics,
		corrections: list,
		manifest: m,
		state: { corrections: hashText(text) }
	});
	return {
		documents: upsert.length,
		changed: next.changed,
		apply: change(upsert, placesOf(upsert, next.places), corrections, nextManifest, step.nextText),
		undo: change(undoDocuments, placesOf(undoDocuments, old.places), storedList, manifest, step.beforeText)
	};
}

/** Manifest counts after the step: mentions and unresolved by difference, places by their totals. */
async function countsAfter(store: Store, manifest: Manifest, old: Recomputed, next: Recomputed): Promise<Pick<Manifest['counts'], 'places' | 'mentions' | 'unresolved'>> {
	const sum = (r: Recomputed, of: (p: ProcessedDocument) => number) => r.processed.reduce((total, p) => total + of(p), 0);
	const documentsPer = (r: Recomputed) => {
		const counts = new Map<string, number>();
		for (const p of r.processed) for (const id of p.document.placeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
		return counts;
	};
	const [oldDocs, nextDocs] = [documentsPer(old), documentsPer(next)];
	const touched = [...new Set([...oldDocs.keys(), ...nextDocs.keys()])];
	const stored = await store.placeDocumentCounts(touched);
	let places = manifest.counts.places;
	for (const id of touched) {
		const before = stored.get(id) ?? 0;
		// a stored place passed validation; one the store lacks and the new documents' places lack failed it
		const after = stored.has(id) ? before - (oldDocs.get(id) ?? 0) + (nextDocs.get(id) ?? 0) : next.places.has(id) ? (nextDocs.get(id) ?? 0) : 0;
		places += Number(after > 0) - Number(before > 0);
	}
	return {
		places,
		mentions: manifest.counts.mentions + sum(next, (p) => p.document.mentionCount) - sum(old, (p) => p.document.mentionCount),
		unresolved: manifest.counts.unresolved + sum(next, (p) => p.unresolved.length) - sum(old, (p) => p.unresolved.length)
	};
}

/** How many mentions and documents `correction`, added after `current`, would change. */
export async function previewInStore(store: Store, current: Correction[], correction: Correction, base: IngestBase, gazetteer: () => Promise<GazetteerPlaces>): Promise<{ mentions: number; documents: number }> {
	const rows = await store.correctionDocuments(scopeOf(correction));
	const matcher = compileTaxonomy(base.taxonomy);
	const after = [...current, correction];
	let mentions = 0;
	let documents = 0;
	// one document at a time: its count is what the new correction changed in it
	for (const row of rows) {
		const { changed } = await recompute([row], after, base, matcher, gazetteer, false);
		const count = changed[changed.length - 1]!;
		mentions += count;
		if (count > 0) documents++;
	}
	return { mentions, documents };
}

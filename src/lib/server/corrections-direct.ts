// A correction applied in the store at once, without a re-ingest. The documents its scope may touch
// are found through the store's indexes; their toponyms are worked out again exactly as ingest does it
// (the geoparser's from the ingest cache, then every correction of the file in order), and only the
// documents whose toponyms change go through the per-document stage again (corrections-rows.ts); their
// changed mention and place rows are written, with the totals of their places, the corrections and the
// manifest, in one transaction. A later ingest therefore finds the same rows.
import type { Manifest, Toponym } from '../contracts.ts';
import { isMappable } from '../corpus/document.ts';
import { recordingLookup, type PlaceLookup, type PlaceRecord } from '../corpus/place-record.ts';
import { addedPlaces, applyCorrections, checkCorrectionPlaces } from '../places/apply-corrections.ts';
import { describeCorrection, type Correction } from '../places/correction-format.ts';
import type { CorrectionScope, MentionsChange, Store, StoredCorrection, StoredDocumentRow, StoredPlace } from '../store/types.ts';
import type { IngestCache } from './ingest/cache.ts';
import { hashText } from './ingest/cache.ts';
import { expandToponyms, type CompactToponym } from './ingest/compact.ts';
import { correctionPlaceIds } from './ingest/gazetteer-facts.ts';
import { changedRows } from './corrections-rows.ts';
import type { Taxonomy } from '../topics/taxonomy.ts';

/** Something the store cannot answer alone (an older store, an edit made elsewhere): re-ingest instead. */
export class NeedsFullIngest extends Error {}

/** What ingest knew when it last ran: the geoparser's toponyms per text, the places, the taxonomy. */
export interface IngestBase {
	/** the geoparser's toponyms of these texts (by text hash), as ingest kept them */
	toponyms(hashes: string[]): Promise<Map<string, CompactToponym[]>>;
	/** the records of these places among those the geoparser found (a new map: the caller adds to it) */
	places(ids: readonly string[]): Promise<Map<string, PlaceRecord>>;
	/** the country names ingest kept */
	countryNames: IngestCache['countryNames'];
	taxonomy: Taxonomy;
	/** ingest keeps at most this many toponyms of one document */
	maxToponyms: number;
	/** ingest opened the gazetteer whatever the corrections (the shared store's does: country names) */
	alwaysGazetteer?: boolean;
}

/** The toponyms of an ingest cache's entries. */
export function cachedToponyms(entries: IngestCache['entries']): IngestBase['toponyms'] {
	return async (hashes) => new Map(hashes.flatMap((hash) => (entries[hash] ? [[hash, entries[hash]] as const] : [])));
}

/** The records of an ingest cache's places. */
export function cachedPlaces(places: IngestCache['places']): IngestBase['places'] {
	return async (ids) => new Map(ids.flatMap((id) => (places[id] ? [[id, places[id]] as const] : [])));
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

interface Corrected {
	/** per row, its toponyms after the corrections */
	toponyms: Toponym[][];
	/** per correction, the mentions it changed in these rows */
	changed: number[];
	/** per row, the mentions the last correction changed in it */
	lastChanged: number[];
	records: Map<string, PlaceRecord>;
	countryName(code: string): string | null;
}

/** The rows' toponyms as ingest corrects them: the geoparser's (cached), then every correction in order. */
async function correct(rows: StoredDocumentRow[], corrections: Correction[], base: IngestBase, gazetteer: () => Promise<GazetteerPlaces>): Promise<Corrected> {
	// ingest opens the gazetteer only for corrections that name one of its places
	const places = base.alwaysGazetteer || corrections.some((c) => c.placeId !== null && !c.place) ? await gazetteer() : null;
	const hashes = rows.map((row) => hashText(row.text));
	const cached = await base.toponyms(hashes);
	// the records of the places these rows' toponyms and the corrections name, not of every place ingest knew
	const named = new Set(correctionPlaceIds(corrections));
	for (const compact of cached.values()) for (const [, , placeId] of compact.slice(0, base.maxToponyms)) if (placeId) named.add(placeId);
	const records = await base.places([...named]);
	for (const [id, place] of addedPlaces(corrections)) records.set(id, place);
	const lookup = recordingLookup(records, places && ((id) => places.lookup(id)));
	if (places) checkCorrectionPlaces(corrections, lookup);
	const countryNames = new Map(Object.entries(base.countryNames));
	const countryName = (code: string) => {
		if (!countryNames.has(code) && places) {
			const name = places.countryName(code);
			if (name) countryNames.set(code, name);
		}
		return countryNames.get(code) ?? null;
	};
	const changed = corrections.map(() => 0);
	const lastChanged: number[] = [];
	const toponyms = rows.map((row, i) => {
		const compact = cached.get(hashes[i]!);
		if (!compact) throw new NeedsFullIngest(`document ${row.id} is not in the ingest cache`);
		const found = expandToponyms(row.text, compact.slice(0, base.maxToponyms), records);
		const last = changed[changed.length - 1] ?? 0;
		const result = corrections.length > 0 ? applyCorrections(row.id, row.text, found, corrections, lookup, changed) : found;
		lastChanged.push((changed[changed.length - 1] ?? 0) - last);
		return result;
	});
	return { toponyms, changed, lastChanged, records, countryName };
}

const sameToponyms = (a: Toponym[], b: Toponym[]) =>
	a.length === b.length && a.every((t, i) => t.start === b[i]!.start && t.end === b[i]!.end && t.placeId === b[i]!.placeId && t.usage === b[i]!.usage && t.score === b[i]!.score);

/** What a document adds to the manifest's counts and the places' totals. */
interface DocumentTally {
	mentions: number;
	unresolved: number;
	placeIds: Set<string>;
}

/** The same numbers processDocument gives, from the toponyms alone. */
function tallyOf(toponyms: Toponym[]): DocumentTally {
	const mappable = toponyms.filter(isMappable);
	return { mentions: mappable.length, unresolved: toponyms.filter((t) => t.usage !== 'embedded' && !isMappable(t)).length, placeIds: new Set(mappable.map((t) => t.placeId)) };
}

/** What a step does to the store, and how many mentions each correction of the next file changed. */
export interface CorrectionChange {
	/** documents written again */
	documents: number;
	/** per correction of the step's `after`, the mentions it changed in the whole corpus */
	changed: number[];
	/** the work was done ahead (DirectCorrections.prepare) */
	reused: boolean;
	change: MentionsChange;
}

/** What a step's corrections do to the rows of the store, whatever the new correction's id, time or note. */
export interface WorkedChange {
	/** per correction of `before` and of `after`, the mentions it changed in the documents it may touch */
	oldChanged: number[];
	nextChanged: number[];
	rows: ReturnType<typeof changedRows>;
	counts: Pick<Manifest['counts'], 'places' | 'mentions' | 'unresolved'>;
}

/**
 * Work that a change may reuse: worked out for the same corrections' content on the same store, as
 * written last (its version, and its manifest's time: a new store file starts its versions again).
 */
export function changeKey(storeVersion: string, manifest: Manifest, before: Correction[], after: Correction[], scopes: Correction[]): string {
	const content = (list: Correction[]) => list.map(({ id: _id, author: _author, time: _time, note: _note, ...rest }) => rest);
	return JSON.stringify([storeVersion, manifest.generatedAt, content(before), content(after), content(scopes)]);
}

/** The documents the scopes may touch, corrected before and after; the rows of those that change. */
export async function workOutChange(store: Store, before: Correction[], after: Correction[], scopes: Correction[], base: IngestBase, gazetteer: () => Promise<GazetteerPlaces>, manifest: Manifest): Promise<WorkedChange> {
	const rows = new Map<string, StoredDocumentRow>();
	for (const correction of scopes) for (const row of await store.correctionDocuments(scopeOf(correction))) rows.set(row.id, row);
	const candidates = [...rows.values()];
	const [old, next] = [await correct(candidates, before, base, gazetteer), await correct(candidates, after, base, gazetteer)];
	const differing = candidates.flatMap((_, i) => (sameToponyms(old.toponyms[i]!, next.toponyms[i]!) ? [] : [i]));
	const touched = differing.map((i) => candidates[i]!);
	const ids = touched.map((row) => row.id);
	const [topics, placeRows] = [await store.documentTopics(ids), await store.documentPlaceRows(ids)];
	const named = new Set<string>();
	for (const i of differing) for (const t of [...old.toponyms[i]!, ...next.toponyms[i]!]) if (isMappable(t)) named.add(t.placeId);
	const knownPlaces = await store.storedPlaces([...named]);
	const rowsOf = changedRows(
		touched,
		differing.map((i) => old.toponyms[i]!),
		differing.map((i) => next.toponyms[i]!),
		{ topics, places: placeRows, known: knownPlaces },
		next,
		base.taxonomy
	);
	const tallies = (c: Corrected) => differing.map((i) => tallyOf(c.toponyms[i]!));
	const counts = await countsAfter(store, manifest, tallies(old), tallies(next), rowsOf.placeById);
	return { oldChanged: old.changed, nextChanged: next.changed, rows: rowsOf, counts };
}

/** Work done ahead (while the dialog showed its preview) for the change with this key, or null. */
export type PreparedChange = (key: string) => Promise<WorkedChange> | null;

/**
 * The store's change for this step: only documents whose toponyms the step changes are written again.
 * `prepared` may hold that work already, worked out on this very store version.
 */
export async function correctionChange(store: Store, step: CorrectionStep, base: IngestBase, gazetteer: () => Promise<GazetteerPlaces>, prepared?: PreparedChange): Promise<CorrectionChange> {
	const state = await store.state();
	const storedList = await store.storedCorrections();
	const manifest = await store.storedManifest();
	// the store must hold exactly what the file said before this edit
	if (state.corrections !== hashText(step.beforeText) || storedList.length !== step.before.length || !manifest) {
		throw new NeedsFullIngest('the store does not hold the corrections file as it was before this edit');
	}
	const workOut = () => workOutChange(store, step.before, step.after, step.scopes, base, gazetteer, manifest);
	const ahead = prepared?.(changeKey(await store.storeVersion(), manifest, step.before, step.after, step.scopes));
	// work done ahead that failed is done again here, where its error reaches the writer
	let reused = ahead !== null && ahead !== undefined;
	const { oldChanged, nextChanged, rows: rowsOf, counts } = ahead ? await ahead.catch(() => ((reused = false), workOut())) : await workOut();
	const changed = step.after.map((_, i) => {
		const from = step.origin[i];
		const before = from === null || from === undefined ? 0 : storedList[from]!.changed - oldChanged[from]!;
		return before + nextChanged[i]!;
	});
	const corrections: StoredCorrection[] = step.after.map((c, i) => ({ correction: describeCorrection(c), changed: changed[i]! }));
	return {
		documents: rowsOf.documents.length,
		changed,
		reused,
		change: {
			documents: rowsOf.documents,
			places: rowsOf.added,
			corrections,
			manifest: { ...manifest, generatedAt: new Date().toISOString(), counts: { ...manifest.counts, ...counts } },
			// a later ingest compares its fingerprint with `output`: the store no longer holds that run's result
			state: { corrections: hashText(step.nextText), ...(state.output === undefined ? {} : { output: 'corrected in the store' }), ...(state.run === undefined ? {} : { run: '' }) },
			expected: { corrections: state.corrections }
		}
	};
}

/** The step that takes the file (and the store) back to where it was. */
export function inverseStep(step: CorrectionStep): CorrectionStep {
	return {
		beforeText: step.nextText,
		nextText: step.beforeText,
		before: step.after,
		after: step.before,
		origin: step.before.map((_, j) => {
			const i = step.origin.indexOf(j);
			return i < 0 ? null : i;
		}),
		scopes: step.scopes
	};
}

/** Manifest counts after the step: mentions and unresolved by difference, places by their totals. */
async function countsAfter(store: Store, manifest: Manifest, old: DocumentTally[], next: DocumentTally[], nextPlaces: Map<string, StoredPlace>): Promise<Pick<Manifest['counts'], 'places' | 'mentions' | 'unresolved'>> {
	const sum = (tallies: DocumentTally[], of: (t: DocumentTally) => number) => tallies.reduce((total, t) => total + of(t), 0);
	const documentsPer = (tallies: DocumentTally[]) => {
		const counts = new Map<string, number>();
		for (const t of tallies) for (const id of t.placeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
		return counts;
	};
	const [oldDocs, nextDocs] = [documentsPer(old), documentsPer(next)];
	const touched = [...new Set([...oldDocs.keys(), ...nextDocs.keys()])];
	const stored = await store.placeDocumentCounts(touched);
	let places = manifest.counts.places;
	for (const id of touched) {
		const before = stored.get(id) ?? 0;
		// a stored place passed validation; one the store lacks and the new documents' places lack failed it
		const after = stored.has(id) ? before - (oldDocs.get(id) ?? 0) + (nextDocs.get(id) ?? 0) : nextPlaces.has(id) ? (nextDocs.get(id) ?? 0) : 0;
		places += Number(after > 0) - Number(before > 0);
	}
	return {
		places,
		mentions: manifest.counts.mentions + sum(next, (t) => t.mentions) - sum(old, (t) => t.mentions),
		unresolved: manifest.counts.unresolved + sum(next, (t) => t.unresolved) - sum(old, (t) => t.unresolved)
	};
}

/** How many mentions and documents `correction`, added after `current`, would change. */
export async function previewInStore(store: Store, current: Correction[], correction: Correction, base: IngestBase, gazetteer: () => Promise<GazetteerPlaces>): Promise<{ mentions: number; documents: number }> {
	const { lastChanged } = await correct(await store.correctionDocuments(scopeOf(correction)), [...current, correction], base, gazetteer);
	return { mentions: lastChanged.reduce((a, b) => a + b, 0), documents: lastChanged.filter((n) => n > 0).length };
}

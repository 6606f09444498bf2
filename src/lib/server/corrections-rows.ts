// The rows a correction changes in the documents it touches, worked out as ingest would make them and
// compared with the stored ones. A document's text, metadata and topics do not depend on its toponyms,
// and neither does an excerpt's window or topics (the window's text and the document's topics), so the
// stored ones are reused: only the mentions and the place rows that differ are written.
import type { Mention, Toponym, TopicMatch } from '../contracts.ts';
import { aggregateCorpus } from '../corpus/aggregate.ts';
import { isMappable, processDocument, toMention, type ProcessedDocument } from '../corpus/document.ts';
import type { PlaceRecord } from '../corpus/place-record.ts';
import type { Span } from '../corpus/sentences.ts';
import { validatePlaces } from '../corpus/validate-places.ts';
import type { DocumentRowsChange, StoredDocumentPlace, StoredDocumentRow, StoredPlace } from '../store/types.ts';
import { compileTaxonomy, type Taxonomy, type TopicMatcher } from '../topics/taxonomy.ts';
import { storedDocument, storedPlace } from './ingest/store-sync.ts';

export interface StoredRows {
	topics: Map<string, TopicMatch[]>;
	/** per document id, its rows per place id */
	places: Map<string, Map<string, StoredDocumentPlace>>;
	/** the stored places the documents name (before or after) */
	known: Map<string, StoredPlace>;
}

export interface PlaceSource {
	records: Map<string, PlaceRecord>;
	countryName(code: string): string | null;
}

/** An excerpt as the writers keep it: [offset, length, mentionStart, mentionEnd, topics]. */
type ExcerptCells = [number, number, number, number, TopicMatch[]];

/** The document through ingest's per-document stage, with the stored windows and topics reused. */
function process(row: StoredDocumentRow, toponyms: Toponym[], matcher: TopicMatcher, stored: StoredRows): ProcessedDocument {
	const windows = new Map<string, TopicMatch[]>();
	const spans = new Map<string, Span>();
	for (const { excerpts } of stored.places.get(row.id)?.values() ?? []) {
		for (const [offset, length, mentionStart, mentionEnd, topics] of JSON.parse(excerpts) as ExcerptCells[]) {
			windows.set(row.text.slice(offset, offset + length), topics);
			spans.set(`${mentionStart}:${mentionEnd}`, { start: offset, end: offset + length });
		}
	}
	const known = stored.topics.get(row.id) ?? [];
	const reuse: TopicMatcher = { taxonomy: matcher.taxonomy, find: (text) => matcher.find(text), excerpt: (text, found) => windows.get(text) ?? matcher.excerpt(text, found), document: () => known };
	const source = { id: row.id, file: row.file, path: row.path, extracted: { text: row.text, title: row.title, meta: { id: null, title: null, date: row.date, author: row.author, source: row.source } } };
	return processDocument(source, toponyms, reuse, undefined, (start, end) => spans.get(`${start}:${end}`));
}

/** Mentions by position, as the stores key them (a later one at the same position replaces an earlier). */
function byPosition(mentions: Mention[]): Map<string, Mention> {
	return new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
}

/** The stored mentions of a document with these toponyms (processDocument's order). */
export function mentionsOf(toponyms: Toponym[]): Mention[] {
	return toponyms
		.filter(isMappable)
		.sort((a, b) => a.start - b.start)
		.map(toMention);
}

/** What differs between the stored rows of the document and the processed one. */
function rowsChange(processed: ProcessedDocument, hash: string, oldMentions: Mention[], stored: Map<string, StoredDocumentPlace>): DocumentRowsChange {
	const { document, excerpts } = processed;
	const [before, after] = [byPosition(oldMentions), byPosition(document.mentions)];
	const removeMentions: [number, number][] = [...before.values()].filter((m) => !after.has(`${m.start}:${m.end}`)).map((m) => [m.start, m.end]);
	const putMentions = [...after.entries()]
		.filter(([key, m]) => {
			const old = before.get(key);
			return !old || old.placeId !== m.placeId || old.usage !== m.usage || old.score !== m.score;
		})
		.map(([, m]) => m);
	const perPlace = new Map<string, number>();
	// counted as the writers count them: every mention, a repeated position too
	for (const m of document.mentions) perPlace.set(m.placeId, (perPlace.get(m.placeId) ?? 0) + 1);
	const putPlaces: DocumentRowsChange['putPlaces'] = [];
	for (const placeId of document.placeIds) {
		const refs = (excerpts.get(placeId) ?? []).map((e) => [e.offset, e.text.length, e.mentionStart, e.mentionStart + (e.end - e.start), e.topics]);
		const row = { placeId, mentions: perPlace.get(placeId) ?? 0, excerpts: JSON.stringify(refs) };
		const old = stored.get(placeId);
		if (!old || old.mentions !== row.mentions || old.excerpts !== row.excerpts) putPlaces.push(row);
	}
	const removePlaces = [...stored.keys()].filter((id) => !document.placeIds.includes(id));
	return { id: document.id, hash, mentionCount: document.mentionCount, removeMentions, putMentions, removePlaces, putPlaces };
}

/**
 * The changed rows of each document (null where none differ), the places the store lacks that they now
 * name (validated as ingest validates them), and every place they name that is or will be stored.
 */
export function changedRows(
	rows: StoredDocumentRow[],
	oldToponyms: Toponym[][],
	nextToponyms: Toponym[][],
	stored: StoredRows,
	places: PlaceSource,
	taxonomy: Taxonomy
): { documents: DocumentRowsChange[]; added: StoredPlace[]; placeById: Map<string, StoredPlace> } {
	const matcher = compileTaxonomy(taxonomy);
	const processed = rows.map((row, i) => process(row, nextToponyms[i]!, matcher, stored));
	const placeById = new Map(stored.known);
	// places the store lacks are aggregated and validated as ingest does; the documents naming them suffice
	const naming = processed.filter((p) => p.document.placeIds.some((id) => !placeById.has(id)));
	const added: StoredPlace[] = [];
	if (naming.length > 0) {
		for (const feature of validatePlaces(aggregateCorpus(naming, places.records, places.countryName, taxonomy).places).places.features) {
			if (placeById.has(feature.properties.id)) continue;
			const place = storedPlace(feature);
			placeById.set(place.id, place);
			added.push(place);
		}
	}
	const documents = processed.flatMap((p, i) => {
		const { hash } = storedDocument(p, placeById);
		return hash === rows[i]!.hash ? [] : [rowsChange(p, hash, mentionsOf(oldToponyms[i]!), stored.places.get(rows[i]!.id) ?? new Map())];
	});
	return { documents, added, placeById };
}

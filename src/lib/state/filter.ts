// The explorer's data indexes and filtering. Built once per load; each filter change is a few passes
// over typed arrays (no re-parsing, no per-change allocation of feature objects).
import type { DocumentSummary, PlaceFeature, PlaceKind, TopicSummary } from '../contracts.ts';
import type { Filters, SortKey } from './url.ts';
import { foldText } from '../fold.ts';

export interface ExplorerIndex {
	places: PlaceFeature[];
	documents: DocumentSummary[];
	topics: TopicSummary[];
	placeById: Map<string, number>;
	docById: Map<string, number>;
	/** document indexes of each place */
	placeDocs: Int32Array[];
	/** lower-cased name + country, for free-text search */
	placeText: string[];
	/** topic id -> document indexes */
	topicDocs: Map<string, Int32Array>;
	/** per place: its mentions in each of placeDocs (null for outputs older than documentMentions) */
	placeDocMentions: (Int32Array | null)[];
	/** per place: corpus-wide mentions */
	placeMentions: Int32Array;
}

export interface TopicCount {
	places: number;
	documents: number;
}

export interface FilterResult {
	/** 1 for documents passing the document-level filters (topics, dates, document) */
	docMask: Uint8Array;
	/** per place: how many passing documents mention it; 0 when the place is hidden */
	placeDocCount: Int32Array;
	/** per place: its mentions in the passing documents */
	placeMentionCount: Int32Array;
	/** indexes of the visible places */
	visible: number[];
	placeCount: number;
	documentCount: number;
	mentionCount: number;
	/** per topic: what selecting only that topic (with the other filters) would leave */
	topicCounts: Map<string, TopicCount>;
	/** per kind: visible places of that kind, ignoring the kind filter */
	kindCounts: Map<PlaceKind, number>;
}

/** The explorer's search folding: the one in fold.ts. */
export const normalizeText = foldText;

export function buildIndex(places: PlaceFeature[], documents: DocumentSummary[], topics: TopicSummary[]): ExplorerIndex {
	const docById = new Map(documents.map((d, i) => [d.id, i] as const));
	const placeById = new Map(places.map((p, i) => [p.properties.id, i] as const));
	const placeDocs: Int32Array[] = [];
	const placeDocMentions: (Int32Array | null)[] = [];
	for (const p of places) {
		const docs: number[] = [];
		const mentions: number[] = [];
		const perDocument = p.properties.documentMentions;
		p.properties.documents.forEach((id, k) => {
			const d = docById.get(id);
			if (d === undefined) return;
			docs.push(d);
			mentions.push(perDocument?.[k] ?? 0);
		});
		placeDocs.push(Int32Array.from(docs));
		placeDocMentions.push(perDocument && perDocument.length === p.properties.documents.length ? Int32Array.from(mentions) : null);
	}
	const placeText = places.map((p) => normalizeText(`${p.properties.name}\u0000${p.properties.countryName ?? ''}`));
	const byTopic = new Map<string, number[]>();
	for (const topic of topics) byTopic.set(topic.id, []);
	documents.forEach((doc, i) => {
		for (const match of doc.topics) {
			let list = byTopic.get(match.topic);
			if (!list) byTopic.set(match.topic, (list = []));
			if (list[list.length - 1] !== i) list.push(i);
		}
	});
	const topicDocs = new Map([...byTopic].map(([id, list]) => [id, Int32Array.from(list)] as const));
	const placeMentions = Int32Array.from(places.map((p) => p.properties.mentionCount));
	return { places, documents, topics, placeById, docById, placeDocs, placeText, topicDocs, placeDocMentions, placeMentions };
}

function baseDocMask(index: ExplorerIndex, filters: Filters): Uint8Array {
	const mask = new Uint8Array(index.documents.length);
	const only = filters.doc ? index.docById.get(filters.doc) : undefined;
	if (filters.doc && only === undefined) return mask;
	index.documents.forEach((doc, i) => {
		if (only !== undefined && i !== only) return;
		if (filters.from || filters.to) {
			if (!doc.date) return;
			const day = doc.date.slice(0, 10);
			if (filters.from && day < filters.from) return;
			if (filters.to && day > filters.to.padEnd(10, '-99')) return;
		}
		mask[i] = 1;
	});
	return mask;
}

function withTopics(index: ExplorerIndex, base: Uint8Array, topics: string[]): Uint8Array {
	if (topics.length === 0) return base;
	const mask = new Uint8Array(base.length);
	for (const topic of topics) {
		const docs = index.topicDocs.get(topic);
		if (docs) for (const d of docs) mask[d] = base[d]!;
	}
	return mask;
}

/** Places that pass the place-level filters (kind ignored here: see kindOk). */
function textMatcher(index: ExplorerIndex, q: string): (placeIndex: number) => boolean {
	const needle = normalizeText(q.trim());
	if (!needle) return () => true;
	return (i) => index.placeText[i]!.includes(needle);
}

export function applyFilters(index: ExplorerIndex, filters: Filters): FilterResult {
	const base = baseDocMask(index, filters);
	const docMask = withTopics(index, base, filters.topics);
	const textOk = textMatcher(index, filters.q);
	const kinds = new Set(filters.kinds);
	const n = index.places.length;
	const placeDocCount = new Int32Array(n);
	const placeMentionCount = new Int32Array(n);
	const textPass = new Uint8Array(n);
	const reached = new Uint8Array(index.documents.length);
	const visible: number[] = [];
	const kindCounts = new Map<PlaceKind, number>();
	let mentionCount = 0;
	for (let i = 0; i < n; i++) {
		if (!textOk(i)) continue;
		textPass[i] = 1;
		const docs = index.placeDocs[i]!;
		const perDocument = index.placeDocMentions[i];
		let count = 0;
		let mentions = 0;
		if (perDocument) {
			for (let k = 0; k < docs.length; k++) {
				const pass = docMask[docs[k]!]!;
				count += pass;
				mentions += pass * perDocument[k]!;
			}
		} else for (const d of docs) count += docMask[d]!;
		if (count === 0) continue;
		// outputs without per-document mentions can only give the total, right when nothing is filtered out
		if (!perDocument) mentions = index.placeMentions[i]!;
		const kind = index.places[i]!.properties.kind;
		kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
		if (kinds.size > 0 && !kinds.has(kind)) continue;
		placeDocCount[i] = count;
		placeMentionCount[i] = mentions;
		visible.push(i);
		mentionCount += mentions;
		for (const d of docs) if (docMask[d]) reached[d] = 1;
	}
	let documentCount = 0;
	for (const r of reached) documentCount += r;

	const topicCounts = new Map<string, TopicCount>();
	const topicReached = new Uint8Array(index.documents.length);
	for (const [topic, docs] of index.topicDocs) {
		const mask = new Uint8Array(index.documents.length);
		for (const d of docs) mask[d] = base[d]!;
		topicReached.fill(0);
		let places = 0;
		for (let i = 0; i < n; i++) {
			if (!textPass[i]) continue;
			if (kinds.size > 0 && !kinds.has(index.places[i]!.properties.kind)) continue;
			let hit = false;
			for (const d of index.placeDocs[i]!) {
				if (mask[d]) {
					hit = true;
					topicReached[d] = 1;
				}
			}
			if (hit) places++;
		}
		let documents = 0;
		for (const r of topicReached) documents += r;
		topicCounts.set(topic, { places, documents });
	}
	return { docMask, placeDocCount, placeMentionCount, visible, placeCount: visible.length, documentCount, mentionCount, topicCounts, kindCounts };
}

/** localeCompare's order with one collator, not one made per comparison (sorting a long list asks thousands). */
const NAME_ORDER = new Intl.Collator();

export function sortPlaces(index: ExplorerIndex, result: FilterResult, sort: SortKey): number[] {
	const props = (i: number) => index.places[i]!.properties;
	const byName = (a: number, b: number) => NAME_ORDER.compare(props(a).name, props(b).name);
	const order = [...result.visible];
	switch (sort) {
		case 'name':
			return order.sort(byName);
		case 'mentions':
			return order.sort((a, b) => result.placeMentionCount[b]! - result.placeMentionCount[a]! || byName(a, b));
		case 'recent':
			return order.sort((a, b) => (props(b).lastDate ?? '').localeCompare(props(a).lastDate ?? '') || byName(a, b));
		default:
			return order.sort((a, b) => result.placeDocCount[b]! - result.placeDocCount[a]! || byName(a, b));
	}
}

/** The corpus date span, for the date inputs' min/max. */
export function dateSpan(index: ExplorerIndex): { min: string | null; max: string | null } {
	let min: string | null = null;
	let max: string | null = null;
	for (const doc of index.documents) {
		if (!doc.date) continue;
		const day = doc.date.slice(0, 10);
		if (!min || day < min) min = day;
		if (!max || day > max) max = day;
	}
	return { min, max };
}

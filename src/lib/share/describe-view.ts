// Words for what a map view shows: the title, the filter line and the alt text of an exported figure.
import { PLACE_KINDS, type DocumentSummary, type PlaceKind } from '../contracts.ts';
import type { ExplorerIndex, FilterResult } from '../state/filter.ts';
import type { Filters } from '../state/url.ts';

export interface ViewDescription {
	corpus: string;
	placeCount: number;
	documentCount: number;
	/** topic labels of the topic filter */
	topics: string[];
	kinds: string[];
	from: string | null;
	to: string | null;
	/** title of the one document the view is limited to */
	document: string | null;
	query: string;
	/** most mentioned first */
	topPlaces: { name: string; documents: number }[];
}

const KIND_WORDS: Record<PlaceKind, string> = {
	continent: 'continents',
	country: 'countries',
	region: 'regions',
	district: 'districts',
	city: 'cities and towns',
	water: 'seas, lakes and rivers',
	landform: 'landforms',
	corridor: 'corridors',
	deposit: 'mines and deposits',
	site: 'sites'
};

export function describeView(index: ExplorerIndex, result: FilterResult, filters: Filters, corpus: string, top = 5): ViewDescription {
	const labels = new Map(index.topics.map((t) => [t.id, t.label] as const));
	const docIndex = filters.doc ? index.docById.get(filters.doc) : undefined;
	const topPlaces = [...result.visible]
		.sort((a, b) => result.placeDocCount[b]! - result.placeDocCount[a]! || index.places[b]!.properties.mentionCount - index.places[a]!.properties.mentionCount)
		.slice(0, top)
		.map((i) => ({ name: index.places[i]!.properties.name, documents: result.placeDocCount[i]! }));
	return {
		corpus,
		placeCount: result.placeCount,
		documentCount: result.documentCount,
		topics: filters.topics.map((id) => labels.get(id) ?? id),
		kinds: filters.kinds.map((k) => KIND_WORDS[k]),
		from: filters.from,
		to: filters.to,
		document: docIndex === undefined ? null : index.documents[docIndex]!.title,
		query: filters.q.trim(),
		topPlaces
	};
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function list(words: string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "topic Energy or Transport; 2024-01-01 to 2024-06-30; matching “baku”" — empty when unfiltered. */
export function filterPhrase(view: ViewDescription): string {
	const parts: string[] = [];
	if (view.topics.length) parts.push(`${view.topics.length === 1 ? 'topic' : 'topics'} ${view.topics.join(' or ')}`);
	if (view.kinds.length) parts.push(`only ${list(view.kinds)}`);
	if (view.from && view.to) parts.push(`${view.from} to ${view.to}`);
	else if (view.from) parts.push(`from ${view.from}`);
	else if (view.to) parts.push(`up to ${view.to}`);
	if (view.document) parts.push(`document “${view.document}”`);
	if (view.query) parts.push(`places matching “${view.query}”`);
	return parts.join('; ');
}

/** A default figure title. */
export function viewTitle(view: ViewDescription): string {
	if (view.topics.length) return `Places in ${list(view.topics)} news`;
	if (view.document) return `Places in “${view.document}”`;
	return 'Places in the news';
}

/** "15 places · 8 documents · topic Energy" */
export function summaryLine(view: ViewDescription): string {
	const filters = filterPhrase(view);
	return [count(view.placeCount, 'place'), count(view.documentCount, 'document'), filters].filter(Boolean).join(' · ');
}

/** The alt text for an exported figure or an embedded map. */
export function altText(view: ViewDescription): string {
	const filters = filterPhrase(view);
	const scope = filters ? ` (${filters})` : '';
	let text = `Map of ${count(view.placeCount, 'place')} mentioned in ${count(view.documentCount, 'document')}${scope} from the corpus “${view.corpus}”.`;
	if (view.topPlaces.length) {
		const named = view.topPlaces.map((p) => `${p.name} (${count(p.documents, 'document')})`);
		text += ` Most mentioned: ${list(named)}.`;
	} else {
		text += ' No place matches these filters.';
	}
	text += ' Circles are sized by the number of documents and coloured by the kind of place.';
	return text;
}

/** The documents behind the visible places (passing the filters), newest first: the figure's sources. */
export function sourceDocuments(index: ExplorerIndex, result: FilterResult): DocumentSummary[] {
	const reached = new Uint8Array(index.documents.length);
	for (const i of result.visible) for (const d of index.placeDocs[i]!) if (result.docMask[d]) reached[d] = 1;
	return index.documents.filter((_, d) => reached[d] === 1).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
}

/**
 * A figure's sources line: the corpus by its display name, how many documents, and the first titles
 * (`documents` as sourceDocuments orders them); never a folder path.
 */
export function sourcesLine(corpus: string, documents: readonly Pick<DocumentSummary, 'title'>[], titles = 3): string {
	const named = documents.slice(0, titles).map((doc) => `“${doc.title}”`);
	const more = documents.length - named.length;
	const list = named.length ? `: ${named.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en')} more` : ''}` : '';
	return `Sources: ${documents.length.toLocaleString('en')} ${documents.length === 1 ? 'document' : 'documents'} from “${corpus}”${list}`;
}

/** The kinds of the visible places, in legend order. */
export function visibleKinds(index: ExplorerIndex, result: FilterResult): PlaceKind[] {
	const present = new Set<PlaceKind>();
	for (const i of result.visible) present.add(index.places[i]!.properties.kind);
	return PLACE_KINDS.filter((kind) => present.has(kind));
}

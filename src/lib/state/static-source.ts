// The static data source: today's JSON extract, loaded once and filtered in the page.
import { PLACE_KINDS, type PlaceExcerpts } from '../contracts.ts';
import { loadDocument, loadExcerpts, loadExplorerData, type ExplorerData } from './data.ts';
import { applyFilters, dateSpan, normalizeText, type FilterResult } from './filter.ts';
import type { DataSource } from './source.ts';
import type { Filters } from './url.ts';

export async function openStaticSource(data?: ExplorerData): Promise<DataSource> {
	const { manifest, index } = data ?? (await loadExplorerData());
	let last: { key: string; result: FilterResult } | null = null;
	const filtered = (filters: Filters) => {
		const key = JSON.stringify(filters);
		if (last?.key !== key) last = { key, result: applyFilters(index, filters) };
		return last.result;
	};
	const present = new Set(index.places.map((p) => p.properties.kind));
	return {
		live: false,
		info: {
			manifest,
			topics: index.topics,
			kinds: PLACE_KINDS.filter((k) => present.has(k)),
			dateSpan: dateSpan(index),
			documentCount: index.documents.length
		},
		async view(filters) {
			return { index, result: filtered(filters), truncated: false };
		},
		async excerpts(place, filters, offset, limit) {
			const all: PlaceExcerpts = await loadExcerpts(place.excerptsFile);
			const { docMask } = filtered(filters);
			const groups = all.groups.filter((g) => {
				const i = index.docById.get(g.documentId);
				return i === undefined || docMask[i] === 1;
			});
			return { placeId: place.id, total: groups.length, groups: groups.slice(offset, offset + limit) };
		},
		async document(id) {
			const i = index.docById.get(id);
			if (i === undefined) return null;
			const document = await loadDocument(index.documents[i]!.file);
			const placeNames: Record<string, string> = {};
			for (const placeId of document.placeIds) {
				const p = index.placeById.get(placeId);
				if (p !== undefined) placeNames[placeId] = index.places[p]!.properties.name;
			}
			return { document, placeNames };
		},
		async searchDocuments(filters, offset, limit) {
			const words = normalizeText(filters.text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
			const { docMask } = filtered({ ...filters, doc: null });
			const hits = index.documents
				.filter((d, i) => docMask[i] === 1 && words.every((w) => normalizeText(d.title).includes(w)))
				.sort((a, b) => a.title.localeCompare(b.title));
			return {
				total: hits.length,
				documents: hits.slice(offset, offset + limit).map((d) => ({
					id: d.id,
					title: d.title,
					date: d.date,
					source: d.source,
					places: d.placeIds.slice(0, 5).flatMap((id) => {
						const p = index.placeById.get(id);
						return p === undefined ? [] : [{ id, name: index.places[p]!.properties.name }];
					})
				}))
			};
		},
		async documentTitle(id) {
			const i = index.docById.get(id);
			return i === undefined ? null : index.documents[i]!.title;
		}
	};
}

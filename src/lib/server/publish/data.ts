// The data folder of a published explorer: the view's subset of an ingest output (the snapshot's
// view-subset), plus the excerpts and full texts of the documents it keeps, and nothing of the rest of
// the corpus: excerpts from other documents and mentions of other places are left out.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentFull, PlaceExcerpts } from '../../contracts.ts';
import { dataFileName, readOptionalJson } from '../output-files.ts';
import { loadSnapshotData } from '../snapshot.ts';

export interface PublishedCounts {
	places: number;
	documents: number;
}

/** Writes `dataDir` (created) for the view `query` of the output `outDir`. */
export async function writePublishedData(outDir: string, dataDir: string, query: string, name?: string): Promise<PublishedCounts> {
	const { manifest, places, documents, topics } = await loadSnapshotData({ outDir, query, title: null, theme: 'auto', name });
	await mkdir(join(dataDir, 'excerpts'), { recursive: true });
	await mkdir(join(dataDir, 'docs'), { recursive: true });
	const write = (file: string, value: unknown) => writeFile(join(dataDir, file), JSON.stringify(value));
	await write('manifest.json', manifest);
	await write('places.geojson', places);
	await write('documents.json', documents);
	await write('topics.json', topics);

	const keptDocuments = new Set(documents.map((d) => d.id));
	const keptPlaces = new Set(places.features.map((f) => f.properties.id));
	for (const place of places.features) {
		const file = dataFileName(place.properties.excerptsFile);
		const excerpts = await readOptionalJson<PlaceExcerpts>(join(outDir, 'excerpts', file));
		if (!excerpts) continue;
		await write(`excerpts/${file}`, { ...excerpts, groups: excerpts.groups.filter((g) => keptDocuments.has(g.documentId)) });
	}
	for (const summary of documents) {
		const file = dataFileName(summary.file);
		const full = await readOptionalJson<DocumentFull>(join(outDir, 'docs', file));
		if (!full) continue;
		const mentions = full.mentions.filter((m) => keptPlaces.has(m.placeId));
		await write(`docs/${file}`, { ...full, path: '', placeIds: full.placeIds.filter((id) => keptPlaces.has(id)), mentions });
	}
	return { places: places.features.length, documents: documents.length };
}

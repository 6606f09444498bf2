// Golden files per stage under tests/golden/<stage>/: input beside the reviewed expected output.
// `REGEN=1 npx vitest run tests/ingest/golden-stages.spec.ts` rewrites the expected files; review them.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import type { Toponym, ToponymUsage } from '../../src/lib/contracts.ts';
import { aggregateCorpus } from '../../src/lib/corpus/aggregate.ts';
import { processDocument } from '../../src/lib/corpus/document.ts';
import { documentIdFromPath } from '../../src/lib/corpus/ids.ts';
import { extractDocument } from '../../src/lib/read/extract.ts';
import type { SourceFormat } from '../../src/lib/read/metadata.ts';
import type { PlaceRecord } from '../../src/lib/corpus/place-record.ts';
import { excerptSpan, splitSentences } from '../../src/lib/corpus/sentences.ts';
import { compileTaxonomy, matchTopics, parseTaxonomy } from '../../src/lib/topics/taxonomy.ts';
import { validatePlaces } from '../../src/lib/corpus/validate-places.ts';
import { readCorpus } from '../../src/lib/server/ingest/read-corpus.ts';
import { expectGolden } from '../helpers/golden.ts';

const GOLDEN = resolve(import.meta.dirname, '../golden');
const ROOT = resolve(import.meta.dirname, '../..');
const input = <T>(stage: string, file = 'input.json'): T => JSON.parse(readFileSync(join(GOLDEN, stage, file), 'utf8')) as T;
const taxonomy = parseTaxonomy(JSON.parse(readFileSync(join(ROOT, 'data/topics.json'), 'utf8')));
const matcher = compileTaxonomy(taxonomy);

describe('golden: metadata of the sample corpus (data/corpus)', () => {
	it('extracts ids, titles, dates, authors, sources and clean text', async () => {
		const corpus = await readCorpus(join(ROOT, 'data/corpus'));
		const documents = corpus.entries.map((entry) => {
			const doc = extractDocument(entry.content, entry.format, entry.hints);
			return { path: entry.path, format: entry.format, title: doc.title, meta: doc.meta, opening: doc.text.slice(0, 100), length: doc.text.length };
		});
		expectGolden(join(GOLDEN, 'metadata/sample-corpus.expected.json'), { skipped: corpus.skipped, documents });
	});
});

describe('golden: sentences and excerpts', () => {
	it('splits sentences and picks the excerpt around each mention', () => {
		const cases = input<{ text: string; mentions: string[] }[]>('sentences');
		const results = cases.map(({ text, mentions }) => {
			const sentences = splitSentences(text);
			return {
				sentences: sentences.map((s) => text.slice(s.start, s.end)),
				excerpts: mentions.map((name) => {
					const start = text.indexOf(name, text.indexOf('\n'));
					const span = excerptSpan(text, sentences, { start, end: start + name.length });
					return { name, excerpt: text.slice(span.start, span.end) };
				})
			};
		});
		expectGolden(join(GOLDEN, 'sentences/expected.json'), results);
	});
});

describe('golden: topics with data/topics.json', () => {
	it('tags each text with the topics and the terms that triggered them', () => {
		const texts = input<{ id: string; text: string }[]>('topics');
		expectGolden(
			join(GOLDEN, 'topics/expected.json'),
			texts.map(({ id, text }) => ({ id, topics: matchTopics(matcher, text, 1) }))
		);
	});
});

describe('golden: documents, places, excerpts and topic summaries', () => {
	it('aggregates hand-made toponyms into validated places GeoJSON', () => {
		type RawPlace = Omit<PlaceRecord, 'lat' | 'lon'> & { lat: number | null; lon: number | null };
		const data = input<{ places: RawPlace[]; countryNames: Record<string, string>; documents: { path: string; content: string; toponyms: [string, string, ToponymUsage, number][] }[] }>('places');
		const records = new Map(data.places.map((p) => [p.id, { ...p, lat: p.lat ?? Number.NaN, lon: p.lon ?? Number.NaN } as PlaceRecord]));
		const processed = data.documents.map((doc) => {
			const format: SourceFormat = doc.path.endsWith('.md') ? 'markdown' : 'text';
			const extracted = extractDocument(doc.content, format);
			const toponyms = doc.toponyms.map(([name, placeId, usage, occurrence]): Toponym => {
				let start = -1;
				for (let i = 0; i <= occurrence; i++) start = extracted.text.indexOf(name, start + 1);
				const place = records.get(placeId)!;
				return { start, end: start + name.length, name, placeId, placeName: place.name, kind: place.kind, country: place.country, lat: place.lat, lon: place.lon, score: 0.9, usage, reasons: [], ...(place.geometry && place.geometry.type !== 'Point' ? { geometry: place.geometry } : {}) };
			});
			const id = documentIdFromPath(doc.path);
			return processDocument({ id, file: id, path: doc.path, extracted }, toponyms, matcher);
		});
		const aggregate = aggregateCorpus(processed, records, (code) => data.countryNames[code] ?? null, taxonomy);
		const validation = validatePlaces(aggregate.places);
		expectGolden(join(GOLDEN, 'places/expected.json'), {
			problems: validation.problems,
			places: validation.places,
			documents: processed.map((p) => p.document),
			excerpts: Object.fromEntries(aggregate.excerpts),
			topics: aggregate.topics
		});
	});
});

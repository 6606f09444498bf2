// Ingest of the real sample articles in ../shared/seeds with the real geoparser. Expectations name
// places, counts and topics (checked by hand), never the articles' sentences.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFull, DocumentSummary, PlaceExcerpts, PlaceFeature, PlacesCollection } from '../../src/lib/contracts.ts';
import { DEFAULT_TOPICS_FILE, runIngest, type IngestSummary } from '../../src/lib/server/ingest/index.ts';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
const available = existsSync(SEEDS);
if (!available) console.warn(`[seeds.spec] skipped: ${SEEDS} is absent (the shared sample articles are not part of a fresh clone)`);

const reader = JSON.parse(readFileSync(join(import.meta.dirname, '../golden/seeds/reader-topics.json'), 'utf8')) as {
	articles: Record<string, { required: string[]; forbidden: string[] }>;
};

(available ? describe : describe.skip)('ingest of ../shared/seeds', () => {
	let out: string;
	let summary: IngestSummary;
	let places: PlaceFeature[];
	let documents: DocumentSummary[];
	const read = <T>(path: string): T => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;
	const place = (pattern: RegExp) => places.find((f) => pattern.test(f.properties.name));

	beforeAll(async () => {
		out = join(mkdtempSync(join(tmpdir(), 'gazette-seeds-')), 'out');
		// the curated taxonomy, given explicitly: only the sample corpus gets it by default
		summary = await runIngest({ corpusDir: SEEDS, outDir: out, workers: 0, topicsFile: DEFAULT_TOPICS_FILE });
		places = read<PlacesCollection>('places.geojson').features;
		documents = read<DocumentSummary[]>('documents.json');
	});
	afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

	it('ingests all five articles with their header metadata', () => {
		expect(summary.skipped).toEqual([]);
		expect(summary.documents).toBe(5);
		const byId = Object.fromEntries(documents.map((d) => [d.id, d]));
		expect(byId['000_7338a312d5529fbe']).toMatchObject({ date: '2021-11-23', author: 'Ayya Lmahamad' });
		expect(byId['003_888c43b75c202a3f']).toMatchObject({ date: '2024-08-19', author: 'Fatima Latifova', source: 'AzerNews' });
		expect(byId['004_990952d9ea7c8a78']).toMatchObject({ date: '2022-12-13' });
		expect(byId['002_4002026c2723941e']!.title).toBe('Azerbaijan, UNICEF discuss prospects for cooperation');
		expect(byId['004_990952d9ea7c8a78']!.title).not.toMatch(/^BAKU/);
	});

	it.each(Object.entries(reader.articles))('%s gets the topics a reader would give it', (id, expected) => {
		const topics = documents.find((d) => d.id === id)!.topics;
		for (const topic of expected.required) expect(topics.map((t) => t.topic), `${id} lacks ${topic}`).toContain(topic);
		for (const topic of expected.forbidden) expect(topics.map((t) => t.topic), `${id} should not be ${topic}`).not.toContain(topic);
		for (const match of topics) expect(match.terms.length).toBeGreaterThan(0);
	});

	it('maps the places of the articles with sensible counts', () => {
		const expectations: [RegExp, number, number][] = [
			// name, at least this many documents, at least this many mentions
			[/^Azerbaijan$/, 5, 40],
			[/^Baku$/, 3, 6],
			[/^Karabakh|Garabagh/, 3, 4],
			[/^(Aghdam|Ağdam)$/, 1, 3],
			[/^(Shusha|Şuşa|Shushi)$/, 1, 1],
			[/^Yerevan$/, 1, 1],
			[/^Abu Dhabi$/, 1, 1],
			[/^Caspian Sea$/, 1, 1],
			[/White City/, 1, 2],
			[/Lachin corridor/, 1, 1],
			[/Gizilbulagh/, 1, 1],
			[/Damirli/, 1, 1]
		];
		for (const [pattern, minDocuments, minMentions] of expectations) {
			const feature = place(pattern);
			expect(feature, `${pattern} is missing`).toBeDefined();
			expect(feature!.properties.documentCount, `${pattern} documents`).toBeGreaterThanOrEqual(minDocuments);
			expect(feature!.properties.mentionCount, `${pattern} mentions`).toBeGreaterThanOrEqual(minMentions);
			expect(feature!.properties.mentionCount).toBeGreaterThanOrEqual(feature!.properties.documentCount);
		}
		// One long article repeating a name is not many reports.
		expect(place(/^Russia$/)!.properties.documentCount).toBeLessThan(place(/^Russia$/)!.properties.mentionCount);
		expect(place(/^(Aghdam|Ağdam)$/)!.properties.documentCount).toBe(1);
		expect(place(/Lachin corridor/)!.geometry.type).toBe('LineString');
		expect(place(/Gizilbulagh/)!.properties.kind).toBe('deposit');
		expect(place(/Damirli/)!.properties.kind).toBe('deposit');
	});

	it('maps nothing from organisation and treaty names', () => {
		for (const pattern of [/^Minsk$/, /^Paris$/, /^Geneva$/, /^Belarus$/, /^Switzerland$/]) expect(place(pattern), String(pattern)).toBeUndefined();
		for (const d of documents) {
			const full = read<DocumentFull>(`docs/${d.file}.json`);
			for (const m of full.mentions) {
				expect(full.text.slice(m.start, m.end)).toBe(m.name);
				expect(m.usage).not.toBe('embedded');
				const around = full.text.slice(Math.max(0, m.start - 5), m.end + 6);
				expect(around).not.toMatch(/OSCE Minsk|Paris Agreement|Geneva Convention/);
			}
		}
	});

	it('writes excerpts whose offsets point at the mention', () => {
		for (const feature of places) {
			const excerpts = read<PlaceExcerpts>(`excerpts/${feature.properties.excerptsFile}.json`);
			expect(excerpts.placeId).toBe(feature.id);
			expect(excerpts.groups.map((g) => g.documentId).sort()).toEqual([...feature.properties.documents].sort());
			for (const group of excerpts.groups) {
				const full = read<DocumentFull>(`docs/${documents.find((d) => d.id === group.documentId)!.file}.json`);
				for (const e of group.excerpts) {
					expect(full.text.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
					expect(e.text.slice(e.start, e.end)).toBe(full.text.slice(e.mentionStart, e.mentionStart + e.end - e.start));
					expect(full.mentions.some((m) => m.start === e.mentionStart && m.placeId === feature.id)).toBe(true);
				}
			}
		}
	});
});

// A large synthetic ingest output (contracts.ts layout) for the explorer bench: N places, M documents.
// Deterministic (seeded), written directly (no text search), so 10,000 × 1,000 takes a second or two.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from '../../src/lib/topics/random.ts';
import { PLACE_KINDS, type DocumentFull, type DocumentSummary, type Excerpt, type ExcerptGroup, type Manifest, type Mention, type PlaceFeature, type TopicSummary } from '../../src/lib/contracts.ts';

const SYLLABLES = ['ka', 'ra', 'bel', 'dor', 'mi', 'san', 'to', 'vek', 'lin', 'gar', 'osh', 'tur', 'nab', 'ez', 'qul', 'pri'];
const TOPICS = ['energy', 'transport', 'conflict', 'mining', 'water', 'health', 'trade', 'elections'];

export async function writeLargeOutput(outDir: string, placeCount = 10_000, documentCount = 1_000, seed = 7): Promise<void> {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	await rm(outDir, { recursive: true, force: true });
	await mkdir(join(outDir, 'docs'), { recursive: true });
	await mkdir(join(outDir, 'excerpts'), { recursive: true });

	const places = Array.from({ length: placeCount }, (_, i) => {
		const name = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`.replace(/^./, (c) => c.toUpperCase()) + ` ${i}`;
		// clustered around a few centres, like a real corpus
		const centre = [
			[45, 40],
			[30, 50],
			[10, 50],
			[-75, 40],
			[100, 20]
		][i % 5]!;
		return { id: `p${i}`, name, kind: i % 13 === 0 ? pick(PLACE_KINDS) : 'city', lon: centre[0]! + (random() - 0.5) * 30, lat: centre[1]! + (random() - 0.5) * 18 };
	});
	const placeDocs = places.map(() => [] as string[]);
	const placeMentions = new Int32Array(placeCount);
	const groups = places.map(() => [] as ExcerptGroup[]);
	const summaries: DocumentSummary[] = [];
	let mentionTotal = 0;

	for (let d = 0; d < documentCount; d++) {
		const id = `doc-${d}`;
		const date = `20${20 + (d % 5)}-${String((d % 12) + 1).padStart(2, '0')}-${String((d % 27) + 1).padStart(2, '0')}`;
		const topics = [...new Set([pick(TOPICS), pick(TOPICS)])].map((topic) => ({ topic, terms: [topic] }));
		const chosen = new Set<number>();
		while (chosen.size < 30) chosen.add(Math.floor(Math.pow(random(), 2) * placeCount));
		let text = '';
		const mentions: Mention[] = [];
		const excerpts = new Map<number, Excerpt[]>();
		for (const p of chosen) {
			const sentenceStart = text.length;
			const before = `Reporters in `;
			const after = ` described the situation on the ground as ${pick(['calm', 'tense', 'improving', 'uncertain'])}. `;
			const start = sentenceStart + before.length;
			const name = places[p]!.name;
			text += before + name + after;
			mentions.push({ start, end: start + name.length, name, placeId: places[p]!.id, usage: 'literal', score: 0.9 });
			const sentence = before + name + after.trimEnd();
			excerpts.set(p, [{ text: sentence, offset: sentenceStart, start: before.length, end: before.length + name.length, mentionStart: start, topics }]);
		}
		text += '\n\n' + 'Further background paragraphs follow. '.repeat(40);
		mentionTotal += mentions.length;
		const summary: DocumentSummary = { id, file: id, title: `Report ${d}: ${pick(['talks', 'floods', 'new line', 'mine output', 'election'])}`, date, author: null, source: pick(['Wire A', 'Weekly B', 'Daily C']), path: `${id}.txt`, topics, placeIds: [...chosen].map((p) => places[p]!.id), mentionCount: mentions.length, length: text.length };
		summaries.push(summary);
		const full: DocumentFull = { ...summary, text, mentions };
		await writeFile(join(outDir, 'docs', `${summary.file}.json`), JSON.stringify(full));
		for (const [p, list] of excerpts) {
			placeDocs[p]!.push(id);
			placeMentions[p]! += list.length;
			groups[p]!.push({ documentId: id, title: summary.title, date, source: summary.source, excerpts: list });
		}
	}

	const features: PlaceFeature[] = [];
	for (let i = 0; i < placeCount; i++) {
		if (placeDocs[i]!.length === 0) continue;
		const place = places[i]!;
		const dates = groups[i]!.map((g) => g.date!).sort();
		features.push({
			type: 'Feature',
			id: place.id,
			geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
			properties: {
				id: place.id,
				name: place.name,
				kind: place.kind,
				country: null,
				countryName: null,
				lat: place.lat,
				lon: place.lon,
				documentCount: placeDocs[i]!.length,
				mentionCount: placeMentions[i]!,
				topics: [...new Set(groups[i]!.flatMap((g) => g.excerpts[0]!.topics.map((t) => t.topic)))],
				firstDate: dates[0] ?? null,
				lastDate: dates[dates.length - 1] ?? null,
				documents: placeDocs[i]!,
				excerptsFile: place.id,
				geonameId: null
			}
		});
		await writeFile(join(outDir, 'excerpts', `${place.id}.json`), JSON.stringify({ placeId: place.id, groups: groups[i] }));
	}
	await writeFile(join(outDir, 'places.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
	await writeFile(join(outDir, 'documents.json'), JSON.stringify(summaries));
	const topics: TopicSummary[] = TOPICS.map((t) => ({
		id: t,
		label: t[0]!.toUpperCase() + t.slice(1),
		documentCount: summaries.filter((s) => s.topics.some((m) => m.topic === t)).length,
		placeCount: features.filter((f) => f.properties.topics.includes(t)).length
	}));
	await writeFile(join(outDir, 'topics.json'), JSON.stringify(topics));
	const manifest: Manifest = {
		schemaVersion: 1,
		generator: 'gazette bench generator',
		generatedAt: new Date(0).toISOString(),
		corpus: `generated ${placeCount} places × ${documentCount} documents`,
		counts: { documents: documentCount, places: features.length, mentions: mentionTotal, unresolved: 0, skipped: 0 },
		attribution: ['GeoNames (CC BY 4.0)', 'Natural Earth (public domain)']
	};
	await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest));
}

import { distance } from '@turf/turf';
import { readFile } from 'node:fs/promises';
import type { Toponym } from '../contracts.ts';
import { countedForGeotagging, type GoldDocument } from '../evaluation/geowebnews.ts';
import { writeFileAtomic } from './atomic.ts';

export async function readGoldDocuments(path: string): Promise<GoldDocument[]> {
	const text = await readFile(path, 'utf8');
	return text
		.split('\n')
		.filter((line) => line.trim())
		.map((line, i) => {
			try {
				return JSON.parse(line) as GoldDocument;
			} catch {
				throw new Error(`${path} line ${i + 1} is not JSON`);
			}
		});
}

/** Missed gold toponyms, spurious predictions and resolutions > 161 km off: one JSON line each. */
export async function writeErrorReport(path: string, documents: GoldDocument[], predictions: Map<string, Toponym[]>): Promise<void> {
	const lines: string[] = [];
	const context = (text: string, start: number, end: number) => text.slice(Math.max(0, start - 40), end + 40).replace(/\s+/g, ' ');
	for (const doc of documents) {
		const output = predictions.get(doc.id) ?? [];
		const gold = doc.toponyms.filter(countedForGeotagging);
		const goldSpans = new Set(gold.map((t) => `${t.start}:${t.end}`));
		const predictedSpans = new Set(output.map((t) => `${t.start}:${t.end}`));
		for (const t of gold) {
			if (!predictedSpans.has(`${t.start}:${t.end}`)) lines.push(JSON.stringify({ error: 'missed', doc: doc.id, name: t.name, type: t.type, context: context(doc.text, t.start, t.end) }));
		}
		for (const p of output) {
			if (!goldSpans.has(`${p.start}:${p.end}`)) {
				const aux = doc.toponyms.find((t) => t.start === p.start && t.end === p.end);
				lines.push(JSON.stringify({ error: 'spurious', doc: doc.id, name: p.name, place: p.placeName, kind: p.kind, usage: p.usage, aux: aux?.type ?? null, context: context(doc.text, p.start, p.end) }));
			}
		}
		for (const t of gold) {
			if (t.lat === null || t.geonameid === null) continue;
			const p = output.find((o) => o.start === t.start && o.end === t.end);
			if (!p) continue;
			const km = distance([t.lon!, t.lat], [p.lon, p.lat], { units: 'kilometers' });
			if (km > 161) lines.push(JSON.stringify({ error: 'far', doc: doc.id, name: t.name, type: t.type, gold: [t.lat, t.lon], got: [p.lat, p.lon], place: `${p.placeName} (${p.country})`, km: Math.round(km), context: context(doc.text, t.start, t.end) }));
		}
	}
	await writeFileAtomic(path, lines.join('\n') + '\n');
}

// Golden test on the five real articles in ../shared/seeds (never copied into the repo): every place
// mention counted per document, checked by hand; place words inside organisation and treaty names
// are labelled embedded and never mapped. `REGEN=1` rewrites the golden file for review.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Toponym } from '../../src/lib/contracts.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { expectGolden } from '../helpers/golden.ts';
import { SEEDS_FOLDER, sharedAvailable, testGazetteer } from '../helpers/gazetteer.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'geoparse', 'seeds.json');
const available = sharedAvailable('the seed-article golden test', SEEDS_FOLDER);

function mentionCounts(toponyms: Toponym[], usage: (u: Toponym['usage']) => boolean): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const t of toponyms) if (usage(t.usage)) counts[`${t.placeId} ${t.placeName}`] = (counts[`${t.placeId} ${t.placeName}`] ?? 0) + 1;
	return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

describe.skipIf(!available)('geoparse on the seed articles', () => {
	const results = new Map<string, Toponym[]>();
	beforeAll(async () => {
		const gazetteer = await testGazetteer();
		for (const file of readdirSync(SEEDS_FOLDER).filter((f) => f.endsWith('.txt')).sort()) {
			results.set(file, geoparse(readFileSync(join(SEEDS_FOLDER, file), 'utf8'), gazetteer));
		}
	});

	it('finds every place mention, per document (golden)', () => {
		const summary = Object.fromEntries(
			[...results].map(([file, toponyms]) => [
				file,
				{ places: mentionCounts(toponyms, (u) => u !== 'embedded'), embedded: mentionCounts(toponyms, (u) => u === 'embedded') }
			])
		);
		expectGolden(GOLDEN, summary);
	});

	it('locates the places the articles are about', () => {
		const all = [...results.values()].flat().filter((t) => t.usage !== 'embedded');
		const byId = (id: string) => all.filter((t) => t.placeId === id);
		const near = (id: string, lat: number, lon: number) => {
			const hit = byId(id)[0];
			expect(hit, id).toBeDefined();
			expect(Math.abs(hit!.lat - lat) + Math.abs(hit!.lon - lon), id).toBeLessThan(0.5);
		};
		near('gn:148619', 39.99, 46.93); // Aghdam
		near('gn:147105', 39.76, 46.75); // Shusha
		near('gn:587084', 40.38, 49.89); // Baku
		near('gn:616052', 40.18, 44.51); // Yerevan
		near('gn:292968', 24.45, 54.4); // Abu Dhabi
		near('cur:baku-white-city', 40.37, 49.89);
		near('cur:gizilbulagh-deposit', 40.1, 46.6);
		near('cur:damirli-deposit', 40.06, 46.57);
		expect(byId('cur:lachin-corridor')[0]?.geometry?.type).toBe('LineString');
		expect(byId('cur:karabakh')[0]?.geometry?.type).toBe('Polygon');
		for (const id of ['cur:south-caucasus', 'cur:caspian-sea', 'cc:AZ', 'cc:AM', 'cc:RU', 'cc:FR', 'cc:GB', 'cc:UA', 'cc:KH', 'cc:JP', 'cc:IT', 'cc:TR', 'cc:US']) {
			expect(byId(id).length, id).toBeGreaterThan(0);
		}
	});

	it('maps nothing from organisation and treaty names', () => {
		const mapped = [...results.values()].flat().filter((t) => t.usage !== 'embedded');
		expect(mapped.filter((t) => t.placeName === 'Minsk' || t.placeName === 'Paris' || t.placeName === 'Geneva')).toEqual([]);
	});

	it('spans slice back to the names', () => {
		for (const [file, toponyms] of results) {
			const text = readFileSync(join(SEEDS_FOLDER, file), 'utf8');
			for (const t of toponyms) expect(text.slice(t.start, t.end)).toBe(t.name);
		}
	});
});

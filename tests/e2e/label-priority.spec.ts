// Label priority in a figure: where labels collide, the place with more documents keeps its label. An
// output written here puts one harbour named in two documents among sixteen quays named in one each, all
// within a few metres, so their labels cannot all fit round the point: the harbour's must be among the
// labels drawn, and some quays' must give way (which shows the labels did collide). Two documents
// against one keep the labels' sizes and offsets almost equal, so only the order decides: inverting the
// labels' sort key (place-labels.ts) lets the quays take every position first and fails this test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutput, type PlaceSpec } from '../fixtures/make-output.ts';
import { explorerSession } from './harness.ts';

const QUAYS = ['Alder', 'Birch', 'Cedar', 'Damson', 'Elder', 'Fir', 'Gorse', 'Hazel', 'Ivy', 'Juniper', 'Larch', 'Maple', 'Nettle', 'Oak', 'Poplar', 'Rowan'].map((tree) => `${tree} Quay`);
const out = mkdtempSync(join(tmpdir(), 'gazette-label-priority-'));
const place = (id: string, name: string, i: number): PlaceSpec => ({ id, name, kind: 'site', country: 'DE', countryName: 'Germany', lat: 53.54 + (i % 4) * 0.0002, lon: 9.98 + Math.floor(i / 4) * 0.0002 });

beforeAll(() =>
	writeOutput(out, {
		corpus: 'label priority test',
		topics: [],
		places: [place('test:harbour', 'Harbour Gate', 0), ...QUAYS.map((name, i) => place(`test:quay-${i}`, name, i + 1))],
		documents: [
			...Array.from({ length: 2 }, (_, i) => ({ id: `harbour-${i}`, title: `Harbour news ${i + 1}`, date: `2025-0${i + 1}-01`, source: null, text: `Ships waited at Harbour Gate on day ${i + 1}.`, topics: [] })),
			{ id: 'quays', title: 'The quays', date: '2025-07-01', source: null, text: `Boats tied up at ${QUAYS.join(', ')}.`, topics: [] }
		]
	})
);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('label priority in a figure', () => {
	const session = explorerSession(out);

	it('gives a colliding label to the place named in more documents first', async () => {
		const page = await session.open('embed?figure=1', { width: 700, height: 500 });
		const labelled = () =>
			page.evaluate(() => {
				const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
				return [...new Set(map.queryRenderedFeatures({ layers: ['place-labels'] }).map((f) => String(f.properties.id)))];
			});
		// labels are placed once the map has drawn its symbols
		await expect.poll(async () => (await labelled()).length).toBeGreaterThan(0);
		const shown = await labelled();
		expect(shown.filter((id) => id.startsWith('test:quay-')).length).toBeLessThan(QUAYS.length);
		expect(shown).toContain('test:harbour');
	});
});

// Same-named places in the live explorer: the list names the first-level division of each place that
// shares its name with another in the view (and only of those), and the popup always names it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { writeCorpus } from '../store/corpus.ts';
import { explorerSession } from './harness.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-homonyms-'));
const out = join(root, 'out');

beforeAll(async () => {
	writeCorpus(join(root, 'corpus'), {
		'a.txt': 'date 2024-03-01\n\nWitch trials remembered\n\nIn Salem, Massachusetts, a museum reopened. Visitors from Shusha came too.',
		'b.txt': 'date 2024-04-02\n\nCapitol budget\n\nLawmakers in Salem, Oregon, passed the budget. Salem, Oregon is the state capital.'
	});
	await runIngest({ corpusDir: join(root, 'corpus'), outDir: out, createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const session = explorerSession(out);

describe('same-named places', () => {
	it('are told apart in the list and the popup by their first-level division', async () => {
		const page = await session.open();
		const sub = async (id: string) => (await page.locator(`button.place[data-id="${id}"] .sub`).innerText()).replace(/\s+/g, ' ');
		await expect.poll(() => sub('test:salem-or')).toBe('City or town · Oregon, United States');
		expect(await sub('test:salem-ma')).toBe('City or town · Massachusetts, United States');
		// a name no other place in the view has needs no division in the list
		expect(await sub('test:shusha')).toBe('City or town · Azerbaijan');
		// the popup names it whatever the list does
		await page.locator('button.place[data-id="test:shusha"]').click();
		await expect.poll(() => page.locator('.gz-popup .meta').innerText()).toContain('Shusha District, Azerbaijan');
	});
});

// A country's name before "Delta" or "Valley" names the land of the river the country is named after
// (river-lands.ts): "the Niger Delta" lies in Nigeria, "the Jordan Valley" along the river, not at the
// countries' points. Texts written for these tests; the rule lists no river: it asks the gazetteer for
// "<name> River" or "River <name>".
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { kilometres } from '../../src/lib/geoparse/qualifies.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function named(text: string, name: string): Toponym {
	const found = geoparse(text, gazetteer).filter((t) => t.name === name);
	expect(found).toHaveLength(1);
	return found[0]!;
}

describe("a country's name before Delta or Valley", () => {
	it('places "the Niger Delta" in the delta, not in Niger (also where the text names Niamey, up the river)', () => {
		for (const text of ['Gunmen attacked an oil pipeline in the Niger Delta on Sunday.', 'Far from Niamey, the Niger Delta is drier this year.']) {
			const delta = named(text, 'Niger Delta');
			// the curated delta region (session 34); before it, the river at its mouth
			expect(delta.placeId).toBe('cur:niger-delta');
			// the delta's point, within 161 km of Port Harcourt's area
			expect(kilometres(delta, { lat: 4.9, lon: 6.3 })).toBeLessThan(161);
		}
	});
	it('places "the Jordan Valley" along the river', () => {
		const valley = named('Israeli troops raided two villages in the Jordan Valley on Monday.', 'Jordan Valley');
		// the curated valley (session 34); before it, the river's point
		expect(valley.placeId).toBe('cur:jordan-valley');
		expect(kilometres(valley, { lat: 32.2, lon: 35.55 })).toBeLessThan(60);
	});
	it('leaves a region\'s valley to the region ("the Ohio Valley")', () => {
		expect(named('Storms crossed the Ohio Valley overnight.', 'Ohio Valley').kind).toBe('region');
	});
});

// A country's name before "Delta" or "Valley" names the land of the river the country is named after
// (river-lands.ts): "the Niger Delta" lies in Nigeria, "the Jordan Valley" along the river, not at the
// countries' points; so does the name after "the upper", "the lower", "the middle" (a stretch of the river) or an epithet of a
// river ("the mighty Congo"). Texts written for these tests; the rule lists no river: it asks the gazetteer for
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

describe("a country's name after the upper, the lower, the middle", () => {
	it('reads the stretch of the river, placed by the towns of the text', () => {
		const upper = named('Salt from the coast was carried inland to the upper Niger, where Kouroussa and Siguiri trade in gold.', 'Niger');
		expect(upper.placeId).toBe('cur:niger-river');
		// the river's course by the towns of its source region, not its mouth nor the country
		expect(kilometres(upper, { lat: 11.0, lon: -9.5 })).toBeLessThan(161);
		expect(named('Steamers plied the lower Congo below Kinshasa for a century.', 'Congo').placeId).toBe('cur:congo-river');
		expect(named('Fishermen on the middle Niger near Mopti say the flood came late.', 'Niger').placeId).toBe('cur:niger-river');
	});
	it('reads a river\'s epithet as its stretch words, as a state\'s river is read ("the mighty Mississippi")', () => {
		expect(named('Barges wait on the mighty Congo below Kinshasa.', 'Congo').placeId).toBe('cur:congo-river');
		expect(named('Boys swim in the muddy Niger near Mopti.', 'Niger').placeId).toBe('cur:niger-river');
	});
	it('keeps the country where the words around it are no stretch of a river', () => {
		for (const text of [
			'Prices were lower in Niger than in Mali this year.',
			'Drought hit the north of Niger, and the lower house met in Niamey.',
			"Officials from the upper echelons of Niger's government met.",
			'Upper Niger was a French territory.',
			'The lower Niger Delta states voted.'
		]) {
			for (const t of geoparse(text, gazetteer)) expect(t.placeId).not.toBe('cur:niger-river');
		}
	});
	it('lets a later bare mention of the name be the country again', () => {
		const text = 'Boats on the upper Niger carry rice to Bamako. Troops were sent to the north of Niger after the coup in Niamey.';
		const readings = geoparse(text, gazetteer).filter((t) => t.name === 'Niger').map((t) => t.placeId);
		expect(readings).toEqual(['cur:niger-river', 'cc:NE']);
	});
});

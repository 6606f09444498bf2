import { afterEach, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

/** Distinct one-word US town names with their state codes, from the gazetteer (no text copied). */
function usTowns(gazetteer: Gazetteer, count: number): { name: string; state: string }[] {
	const seen = new Set<string>();
	const towns: { name: string; state: string }[] = [];
	for (const place of gazetteer.places) {
		if (towns.length === count) break;
		if (place.country !== 'US' || place.kind !== 'city' || !place.admin1 || place.population < 2000 || !/^[A-Z][a-z]+$/.test(place.name) || seen.has(place.name)) continue;
		seen.add(place.name);
		towns.push({ name: place.name, state: place.admin1 });
	}
	return towns;
}

const sine = Math.sin;
let sines = 0;

afterEach(() => {
	Math.sin = sine;
});

describe('the names a state code settles', () => {
	it('speak for the other names in work linear in a list of many towns, each settled or bare', async () => {
		const gazetteer = await testGazetteer();
		const towns = usTowns(gazetteer, 800);
		// the work of distance tests: each is a haversine, a sine or two (near.ts, geokdbush, a test of its own).
		// Counted by a bare wrapper: a vitest spy records every call's arguments, and 2 million of them took
		// most of a minute
		Math.sin = (x: number): number => {
			sines++;
			return sine(x);
		};
		const count = (n: number): number => {
			sines = 0;
			// "Milton, KY and Carrollton": half the towns settled by their state, half bare and weighed
			const units = Array.from({ length: n }, (_, i) => `${towns[2 * i]!.name}, ${towns[2 * i]!.state} and ${towns[2 * i + 1]!.name}`);
			geoparse(`${units.join('. ')}.`, gazetteer);
			return sines;
		};
		const once = count(100);
		// linear work grows four-fold with a list four times as long (100 → 400 pairs: 431,000 → 1,689,000
		// sines); each settled name tested for every homonym weighed grew it 5.8-fold (542,000 → 3,149,000),
		// and 1,000 / 2,000 / 2,500 such pairs took 0.35 / 1.5 / 2.5 s more
		expect(count(400)).toBeLessThan(4.8 * once);
	});
});

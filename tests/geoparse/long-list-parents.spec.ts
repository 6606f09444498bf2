// A parent named after a list's last item is every item's ("near Milton, Carrollton and Ghent in Kentucky"):
// the list hands that answer down a dozen items at a time, and a list of any length must be read without
// the stack growing with it (one sentence of 128,000 such items overflowed it).
import { describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const inKentucky = (t: { country: string | null; lat: number; lon: number }) => t.country === 'US' && t.lat > 36.4 && t.lat < 39.2 && t.lon > -89.6 && t.lon < -81.9;

describe('the parent after a list', () => {
	it('places every item of a short list in it', async () => {
		const gazetteer = await testGazetteer();
		const found = geoparse('Storms hit Milton, Carrollton, Ghent and Warsaw in Kentucky on Friday.', gazetteer);
		const items = found.filter((t) => ['Milton', 'Carrollton', 'Ghent', 'Warsaw'].includes(t.name));
		expect(items.map((t) => t.name)).toEqual(['Milton', 'Carrollton', 'Ghent', 'Warsaw']);
		expect(items.every(inKentucky)).toBe(true);
	});
	it('is read without overflowing the stack in a sentence of 128,000 items', async () => {
		const gazetteer = await testGazetteer();
		const text = Array.from({ length: 32_000 }, () => 'Milton, Kentucky and Carrollton and Ghent').join(' and ');
		expect(() => geoparse(text, gazetteer)).not.toThrow();
	}, 120_000);
});

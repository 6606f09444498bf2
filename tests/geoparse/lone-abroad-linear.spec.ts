import { describe, expect, it, vi } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const calls = vi.hoisted(() => ({ km: 0 }));
vi.mock('../../src/lib/geoparse/qualifies.ts', async (original) => {
	const actual = await original<typeof import('../../src/lib/geoparse/qualifies.ts')>();
	return { ...actual, kilometres: (...args: Parameters<typeof actual.kilometres>) => (calls.km++, actual.kilometres(...args)) };
});

describe('a lone town abroad in a text about one country', () => {
	it('is weighed in work linear in the text however often the text repeats it', async () => {
		const gazetteer = await testGazetteer();
		const count = (n: number): number => {
			calls.km = 0;
			geoparse('Noma moved from Khayelitsha to Delft, Cape Town, Western Cape. '.repeat(n), gazetteer);
			return calls.km;
		};
		const once = count(400);
		// quadratic doubled the text's work four times over ('to Delft, Cape Town' 4,000 / 8,000 times: 19 / 73 s)
		expect(count(800)).toBeLessThan(3 * Math.max(once, 100));
	});
});

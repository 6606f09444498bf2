// Whether a town listed among things ("Coldplay, Muse and Osakis played") lies near another town of the text is
// asked once a text for each name and place (firm-lists.ts namesReadAsThings): a text that lists the same town again
// and again, among many other towns, is not scanned again for each listing (16,000 repeats of the sentence below
// took 123 s before, 15.5 s after; 12.9 s for its like with a town known abroad in the list). Counted in distances measured.
// Written for these tests (none copied).
import { describe, expect, it, vi } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const calls = vi.hoisted(() => ({ measured: 0 }));
vi.mock('../../src/lib/geoparse/qualifies.ts', async (original) => {
	const actual = await original<typeof import('../../src/lib/geoparse/qualifies.ts')>();
	return { ...actual, kilometres: (...args: Parameters<typeof actual.kilometres>) => (calls.measured++, actual.kilometres(...args)) };
});

describe('a town listed among things, again and again', () => {
	it('is weighed against the text’s other towns once, not once for each listing', async () => {
		const gazetteer = await testGazetteer();
		const measured = (n: number): number => {
			calls.measured = 0;
			geoparse('Coldplay, Muse and Osakis played at the festival. Officials in Paris spoke. '.repeat(n) + 'The mayor of St. Cloud spoke.', gazetteer);
			return calls.measured;
		};
		const few = measured(20);
		// (ten times the text: about ten times the distances, not a hundred)
		expect(measured(200)).toBeLessThan(few * 20);
	});
});

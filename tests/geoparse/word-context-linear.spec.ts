import { describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

/** The spans, as an array that counts how often an element of it is read. */
function countedSpans(spans: { start: number; end: number }[], reads: { count: number }): { start: number; end: number }[] {
	return new Proxy(spans, {
		get(target, property, receiver) {
			if (typeof property === 'string' && /^\d+$/.test(property)) reads.count++;
			return Reflect.get(target, property, receiver);
		}
	});
}

describe('the words around given spans in lower-case text', () => {
	it('are read in work linear in the text however many spans it gives', async () => {
		const gazetteer = await testGazetteer();
		const count = (n: number): number => {
			const reads = { count: 0 };
			const unit = 'the town of hope lies by the river';
			const text = Array.from({ length: n }, () => unit).join('. ');
			const spans = Array.from({ length: n }, (_, i) => ({ start: i * (unit.length + 2) + 12, end: i * (unit.length + 2) + 16 }));
			geoparse(text, gazetteer, { spans: countedSpans(spans, reads) });
			return reads.count;
		};
		const once = count(200);
		// every span looked at for every word of the text: 16,000 / 32,000 spans 21 / 83 s
		expect(count(400)).toBeLessThan(3 * Math.max(once, 100));
	});
});

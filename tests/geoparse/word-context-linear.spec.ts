import { describe, expect, it, vi } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { searched } from '../helpers/counted-geokdbush.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

// the points of the spatial indexes every "what lies near here?" question searches, summed over a run
vi.mock('geokdbush', () => import('../helpers/counted-geokdbush.ts'));

// one sentence whose words outside the given spans (bracketed) name places: "west"
const UNIT = 'the village of [Tabor], west of [Yankton], was named for the Bohemian town of [Tábor]';

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

describe('the words around given spans, in a text that repeats one sentence', () => {
	it('are indexed once per name and place, so the text is read in linear work', async () => {
		const gazetteer = await testGazetteer();
		const indexedFor = (n: number): number => {
			let text = '';
			const spans: { start: number; end: number }[] = [];
			for (let k = 0; k < n; k++) {
				if (k) text += ', and ';
				for (const c of UNIT) {
					if (c === '[') spans.push({ start: text.length, end: -1 });
					else if (c === ']') spans[spans.length - 1]!.end = text.length;
					else text += c;
				}
			}
			searched.points = 0;
			expect(geoparse(`${text}.`, gazetteer, { spans }).length).toBe(3 * n);
			return searched.points;
		};
		const once = indexedFor(200);
		// each repeat of "west" added its readings again, and every mention asked over all of them: 4x the work for 2x the text
		expect(indexedFor(400)).toBeLessThan(3 * Math.max(once, 100));
	});
});

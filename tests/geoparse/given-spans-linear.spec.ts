import { afterEach, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const some = Array.prototype.some;
afterEach(() => {
	Array.prototype.some = some;
});

describe('given spans over names the recogniser found too', () => {
	it('replace them in work linear in the text however many spans it gives', async () => {
		const gazetteer = await testGazetteer();
		// the work of tests over lists: every callback of Array.prototype.some, wherever it runs
		let tests = 0;
		Array.prototype.some = function <T>(this: T[], test: (value: T, index: number, array: T[]) => unknown, thisArg?: unknown): boolean {
			return some.call(this, (value: T, index: number, array: T[]) => (tests++, test.call(thisArg, value, index, array)));
		};
		const count = (n: number): number => {
			const unit = 'They met in Kingston';
			const text = Array.from({ length: n }, () => unit).join('. ');
			const spans = Array.from({ length: n }, (_, i) => ({ start: i * (unit.length + 2) + 12, end: i * (unit.length + 2) + 20 }));
			tests = 0;
			geoparse(text, gazetteer, { spans });
			return tests;
		};
		const once = count(200);
		// every span tested for every recognised mention: 16,000 / 32,000 spans of "Town, ST" units 2.8 / 24.7 s
		expect(count(400)).toBeLessThan(3 * Math.max(once, 100));
	});
});

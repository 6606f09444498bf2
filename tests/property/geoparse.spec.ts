// The geoparser with the real gazetteer, on random and hostile text: linear time (a ratio to the same
// text at a tenth of the size), offsets inside the text, names as written.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { expectLinear, TIMED_RUNS } from './linear-time.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
}, 300_000);

const TOKENS = ['Baku', 'New', 'York', 'Georgia', 'San', 'Jose', 'of', 'the', 'in', 'near', 'Mr', 'A', '.', ',', ' ', '  ', '\n', '-', "'", '"', '(', ')', 'BAKU', 'Azerbaijan', 'Lake', 'River', 'Saint', 'St.', 'é', '😀', 'and', 'Karabakh', 'city', 'Paris', 'Texas', '1'];
const hostileUnit = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(' ').replace(/ {3,}/g, '  '));
/**
 * Past a few hundred anchors the resolver switches to a spatial index with a fixed set-up cost: the
 * smaller input is made large enough to pay it too, or the ratio would count it as growth.
 */
const SMALL = 20_000;
const repeat = (unit: string) => (size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

describe('geoparse runs in linear time', { timeout: 300_000 }, () => {
	it('on long runs of place names, capitals and punctuation', () => {
		// a line of capitals read as a headline from every name on it, and a text of headlines whose words
		// each name searched the text for (headline-words.ts)
		for (const unit of ['Baku ', 'BAKU, Azerbaijan. ', 'in Paris, Texas. ', 'Clinton Mill Fire Spreads To Barn\nthe ']) {
			expectLinear(`geoparse ${JSON.stringify(unit)}`, { read: (text) => geoparse(text, gazetteer), make: repeat(unit) }, SMALL);
		}
	});
	// found quadratic before: a region named over and over in one sentence (each mention weighed every
	// other as its parent), one list thousands of items long (each item read the whole list), a sentence
	// of county and town namesakes (each mention weighed every reading of every county for each homonym)
	it('on one sentence or list that names the same region throughout', () => {
		for (const unit of ['😀 Texas', 'Texas, ', 'Washington, Washington County, ']) {
			expectLinear(`geoparse ${JSON.stringify(unit)}`, { read: (text) => geoparse(text, gazetteer), make: repeat(unit) }, SMALL);
		}
	});
	it('on hostile units repeated to 200 KB', () => {
		fc.assert(fc.property(hostileUnit, (unit) => void expectLinear(`geoparse ${JSON.stringify(unit)}`, { read: (text) => geoparse(text, gazetteer), make: repeat(unit) }, SMALL)), TIMED_RUNS);
	});
});

describe('geoparse invariants', () => {
	it('never throws; every toponym lies inside the text and is named as written', () => {
		const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(' ')));
		fc.assert(
			fc.property(text, (input) => {
				for (const toponym of geoparse(input, gazetteer)) {
					expect(toponym.start).toBeGreaterThanOrEqual(0);
					expect(toponym.end).toBeLessThanOrEqual(input.length);
					expect(toponym.end).toBeGreaterThan(toponym.start);
					expect(input.slice(toponym.start, toponym.end)).toBe(toponym.name);
				}
			}),
			{ numRuns: 200 }
		);
	});
});

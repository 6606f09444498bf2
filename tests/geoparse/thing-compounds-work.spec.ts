// thing-names.ts asks whether a name and the word after it make a thing's name ("Panama hat", "French fries") of
// the words the loaded gazetteer files after that name (decode.ts files the compounds by their first word once):
// it made and hashed the pair's key ("french fries", "french and") for every name opening some compound before
// every lower-case word.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('the compounds that name a thing after a place', () => {
	it('are filed by their first word, the words after it in a set of their own', () => {
		const byOpener = gazetteer.thingCompoundsByOpener!;
		expect(byOpener.get('panama')?.has('hat')).toBe(true);
		expect(byOpener.get('french')?.has('fries')).toBe(true);
		expect(byOpener.get('french')?.has('and')).toBe(false);
		expect(byOpener.get('and')).toBeUndefined();
	});

	it('still read a plural as its singular ("Panama hats")', () => {
		const names = geoparse('Shops in Istanbul sell Panama hats to tourists.', gazetteer).map((t) => t.name);
		expect(names).toContain('Istanbul');
		expect(names).not.toContain('Panama');
	});
});

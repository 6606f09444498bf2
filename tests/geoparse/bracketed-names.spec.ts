// Obituaries write a maiden name or a spouse's name in brackets and a nickname in quotes inside a
// person's name (src/lib/geoparse/bracketed-names.ts): none of its words is a place. Sentences written
// for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true }).map((line) => line.slice(0, line.indexOf(' →')));

describe('a person named with a bracketed or quoted aside', () => {
	it('has no place in the maiden name, nor in the surname after it', () => {
		expect(names('She was born in Lima, Ohio, to Harold and Ruth (Houston) Keller.')).toEqual(['Lima', 'Ohio']);
		expect(names('He married the former Betty (Lincoln) Shaw in Omaha in 1962.')).toEqual(['Omaha']);
	});

	it('has no place in a maiden name after a middle initial, whatever the given name', () => {
		expect(names('Marlys J. (Underwood) Dalton, 86, of Battle Lake, died Feb. 2 in Fergus Falls.')).toEqual(['Battle Lake', 'Fergus Falls']);
	});

	it('leaves a place in brackets after an abbreviation\'s last letter', () => {
		expect(names('The rally in Washington, D.C. (Arlington) drew crowds.')).toContain('Arlington');
	});

	it('has no place in a first name before a spouse in brackets or a nickname in quotes', () => {
		expect(names('Survivors include a daughter, Paris (Jim) Holt, of Dallas.')).toEqual(['Dallas']);
		expect(names('Florence "Flo" Marie Dunbar, 88, of Clinton, Iowa, passed away Thursday.')).toEqual(['Clinton', 'Iowa']);
	});

	it('leaves places in brackets that follow no first name, and regions after one', () => {
		expect(names('The plant in Frankfurt (Oder) closed; its workers moved to Houston (Texas) plants.')).toContain('Houston');
		expect(names('Mary (Texas) Jones wrote the letter from Austin.')).toContain('Texas');
	});
});

describe('a German town named with its river or land in brackets (bracketed-qualifier.ts)', () => {
	it('reads the whole as one name, the gazetteer\'s or the town\'s with its river (wiki-s45 A)', () => {
		expect(names('Słubice lies on the Oder, facing Frankfurt (Oder) in Germany.')).toEqual(['Słubice', 'Oder', 'Frankfurt (Oder)', 'Germany']);
		expect(names('Wettin is 15 km north-west of Halle (Saale), and Lenzen (Elbe) lies downstream of Wittenberge.')).toEqual(['Wettin', 'Halle (Saale)', 'Lenzen (Elbe)', 'Wittenberge']);
	});

	it('leaves a state in brackets a place of its own', () => {
		expect(names('The plant moved to Houston (Texas) in 1990.')).toEqual(['Houston', 'Texas']);
	});
});

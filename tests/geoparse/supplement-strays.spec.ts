// A town the cities1000 supplement adds (id c1k:, size unknown, population 500) is as open to doubt as
// any small town of the snapshot: taken only for being the one place of its name, in a country the text
// never names while all its places lie in another, or across a border from the place a text describes, it
// is a namesake of a neighbour the gazetteer lacks, and is left unmapped (lone-abroad.ts,
// far-from-subject.ts). Torpa's only entry is a supplement town in Jharkhand, India; the Bangladeshi
// village and its road are invented for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { isSupplementTown } from '../../src/lib/gazetteer/types.ts';
import { describeTraps, type TrapText } from '../helpers/traps.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const ABROAD: TrapText[] = [
	{
		// no described subject: the text's places all lie in Bangladesh, and India is never named
		text: 'Tallong lies in the Sylhet District of Bangladesh. A road runs from Sylhet to Torpa, a market village 10 km to the east, and most families farm rice.',
		places: ['Sylhet → BD', 'Bangladesh → BD'],
		notPlaces: ['Torpa']
	},
	{
		// a described subject in Bangladesh: its neighbour is no town of another country
		text: 'Tallong is a small village in the Sylhet District of Bangladesh, on the road from Sylhet to Torpa, a market village 10 km to the east. Most of its families farm rice.',
		places: ['Sylhet → BD'],
		notPlaces: ['Torpa']
	}
];

const AT_HOME: TrapText[] = [
	{
		text: 'The new bridge at Torpa, south of Ranchi in Jharkhand, India, opened on Monday, officials in Khunti said.',
		places: ['Torpa → IN', 'Ranchi → IN'],
		notPlaces: []
	}
];

describe('the namesake these texts rest on', () => {
	let gazetteer: Gazetteer;
	beforeAll(async () => {
		gazetteer = await testGazetteer();
	});
	it('is a supplement town of unknown size, the only town named Torpa', () => {
		const towns = gazetteer.places.filter((place) => place.kind === 'city' && place.name === 'Torpa');
		expect(towns.map((place) => [place.country, isSupplementTown(place)])).toEqual([['IN', true]]);
	});
});

describeTraps('a lone supplement town abroad is left unmapped', ABROAD);
describeTraps('a lone supplement town in the country the text is about is mapped', AT_HOME);

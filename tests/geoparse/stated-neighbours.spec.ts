// stated-neighbours.ts: in a text that opens by describing its subject, a neighbour the gazetteer lacks that a
// sentence places by bearing (and distance) from the subject, or from a place it names, is put there; a name after
// "the", a pronoun, a far distance or a text with no described subject places nothing. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { kilometres } from '../../src/lib/geoparse/qualifies.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

// (the subjects of these texts are the gazetteer's, so what is put within a place is a neighbour)
const placedNear = (text: string) => geoparse(text, gazetteer).filter((t) => t.placeId.startsWith('within:'));
const km = (a: Toponym, b: Toponym) => Math.round(kilometres(a, b));

describe('a neighbour a described subject places', () => {
	it('lies at the stated distance and bearing from the subject', () => {
		const text = 'Ruteng is a town in Manggarai Regency, Indonesia. Wae Lembor lies 12 km to the south-west, and Golo Lusang, a hamlet of weavers, lies 8 km to the north.';
		const toponyms = geoparse(text, gazetteer);
		const subject = toponyms.find((t) => t.name === 'Ruteng')!;
		const near = placedNear(text);
		expect(near.map((t) => t.name)).toEqual(['Wae Lembor', 'Golo Lusang']);
		expect(near.map((t) => km(t, subject))).toEqual([12, 8]);
		expect(near[0]!.lat).toBeLessThan(subject.lat);
		expect(near[1]!.lat).toBeGreaterThan(subject.lat);
		expect(near.every((t) => t.country === subject.country && t.reasons.includes('within-parent'))).toBe(true);
		// (within-parent.ts's id: the place it is put by, and its own name)
		expect(near[0]!.placeId).toBe(`within:${subject.placeId}:wae-lembor`);
	});

	it('of a list with a bearing alone lies at the subject; one placed off a named place lies off that place', () => {
		const text = 'Ullapool is a village in Highland, Scotland. Polbainish and Altandhuig lie to the north-west. Badentarvish lies 5 km south of Inverness.';
		const near = placedNear(text);
		const toponyms = geoparse(text, gazetteer);
		const [ullapool, inverness] = ['Ullapool', 'Inverness'].map((n) => toponyms.find((t) => t.name === n)!);
		expect(near.map((t) => t.name)).toEqual(['Polbainish', 'Altandhuig', 'Badentarvish']);
		expect(km(near[0]!, ullapool!)).toBe(0);
		expect(km(near[2]!, inverness!)).toBe(5);
	});
});

describe('the neighbours of other shapes', () => {
	it('a second neighbour after ", and", past its apposition, lies at its own distance and bearing', () => {
		const text = 'Ruteng is a town in Manggarai Regency, Indonesia. Wae Lembor lies 12 km to the south-west, and Golo Mori, on the shore of the bay near the old port, 20 km to the west.';
		const toponyms = geoparse(text, gazetteer);
		const subject = toponyms.find((t) => t.name === 'Ruteng')!;
		const second = placedNear(text).find((t) => t.name === 'Golo Mori')!;
		expect(km(second, subject)).toBe(20);
		expect(second.lon).toBeLessThan(subject.lon);
	});

	it('the places a "borders" or "bordered by" clause lists lie at the subject, not a name after "the"', () => {
		const text = 'Ruteng is a town in Manggarai Regency, Indonesia. The town borders Wae Lembor to the north and Golo Mori and Satar Lenda to the south and west, and the district of Kampung Tua to the east.';
		expect(placedNear(text).map((t) => t.name)).toEqual(['Wae Lembor', 'Golo Mori', 'Satar Lenda']);
		expect(placedNear('Ruteng is a town in Manggarai Regency, Indonesia. It is bordered by Wae Lembor to the west.').map((t) => t.name)).toEqual(['Wae Lembor']);
	});
});

describe('a neighbour placed by a distance with no bearing, or after a kind\'s "of"', () => {
	it('lies at the subject, or at its bearing', () => {
		const text = 'Ruteng is a town in Manggarai Regency, Indonesia. The hamlet of Wae Lembor lies 4 km upstream, and Golo Mori, a village of weavers, 6 km away. The village of Satar Lenda lies 3 km to the east.';
		const toponyms = geoparse(text, gazetteer);
		const subject = toponyms.find((t) => t.name === 'Ruteng')!;
		const near = placedNear(text);
		expect(near.map((t) => t.name)).toEqual(['Wae Lembor', 'Golo Mori', 'Satar Lenda']);
		expect(near.map((t) => km(t, subject))).toEqual([0, 0, 3]);
	});
});

describe('the neighbours a text lists as such', () => {
	it('lie at the subject ("the neighbouring villages are", "the nearest town is", "nearby villages include")', () => {
		const text = 'Ruteng is a town in Manggarai Regency, Indonesia. The neighbouring villages are Wae Lembor, Golo Mori and Satar Lenda. The nearest town is Lembur Baru, and nearby villages include Kampung Satu.';
		expect(placedNear(text).map((t) => t.name)).toEqual(['Wae Lembor', 'Golo Mori', 'Satar Lenda', 'Lembur Baru', 'Kampung Satu']);
	});
});

describe('no neighbour is placed', () => {
	it('for a name after "the", a pronoun, a distance past a few dozen km, or a text that describes no subject', () => {
		expect(placedNear('Ruteng is a town in Manggarai Regency, Indonesia. The Kampung Tua lies 2 km to the east, and It lies north. Labuan Bajo lies 200 km to the west.')).toEqual([]);
		expect(placedNear('Ruteng, Indonesia — Officials said Wae Lembor lies 12 km to the south-west of the town.')).toEqual([]);
		expect(placedNear('Ruteng is a town in Manggarai Regency, Indonesia. The town borders St. Wolfgang Lembor to the north, and the Abbey of Sénanque lies 2 km east.')).toEqual([]);
	});
});

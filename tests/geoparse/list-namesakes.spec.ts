// "Lodi, Wadsworth and Medina will share a dispatch center": a list item that its size alone put abroad (a city big
// enough to be named from anywhere) is the namesake two other items of its list lie within 50 km of. A list whose
// other items lie abroad, or around no namesake, keeps the big city. An island or a region abroad that size alone
// chose for an item (Crete among Nebraska's towns, Cheshire among Ohio's) is the town likewise. Texts written for
// these tests, against the real gazetteer. A name that only opens a namesake's own name counts for that namesake
// ("Newcastle, Durham and Sunderland": Newcastle upon Tyne, not Newcastle, New South Wales).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a big city\'s name listed among small towns that lie together', () => {
	it('is the namesake among them', () => {
		expect(where('Lodi, Wadsworth and Medina will share a dispatch center.', 'Medina')).toBe('US 41,-82');
		expect(where('Bandera, Medina and Pipe Creek lost power Tuesday.', 'Medina')).toBe('US 30,-99');
	});

	it('stays the big city where the list lies abroad or around no namesake', () => {
		expect(where('Flights from Jeddah, Riyadh and Medina were delayed.', 'Medina')).toBe('SA 24,40');
		expect(where('She studied in Cairo, Amman and Medina before returning to Texas.', 'Medina')).toBe('SA 24,40');
		expect(where('The firm has offices in Columbus, Dublin and London.', 'London')).toBe('GB 52,0');
		expect(where('The band played in Athens, Rome and Paris last summer.', 'Paris')).toBe('FR 49,2');
	});

	it('is the town where size alone put the item on an island or in a region abroad (us-local-s42 B)', () => {
		expect(where('Consignment sale. Pickups, a hay rake and shop tools. Trucking can be arranged to Crete, Wilber or Exeter. Auctioneers: Ray Lincoln and Sam Seward.', 'Crete')).toBe('US 41,-97');
		expect(where('Graduates live in Gallipolis, Pomeroy and Cheshire.', 'Cheshire')).toBe('US 39,-82');
		// (a list whose other items lie by the island, or abroad as well, keeps it)
		expect(where('The tour visits Crete, Heraklion and Chania.', 'Crete')).toBe('GR 35,25');
		expect(where('Trucking can be arranged to Crete, Dorchester or Exeter.', 'Crete')).toBe('GR 35,25');
	});
});

describe('a big city\'s name listed among big cities of one country', () => {
	it('is the namesake within a drive of two of them (big cities lie farther apart than towns)', () => {
		// (Perth, Scotland: 57, 80 and 110 km from Edinburgh, Glasgow and Aberdeen; Perth, Australia, 2 million people)
		expect(where('The charity has offices in Edinburgh, Glasgow, Aberdeen and Perth, and plans one in Inverness.', 'Perth')).toBe('GB 56,-3');
	});

	it('stays the big city where the other cities lie apart from any namesake', () => {
		expect(where('The firm has offices in London, Paris and Perth.', 'Perth')).toBe('AU -32,116');
		expect(where('The firm has offices in Sydney, Melbourne and Perth.', 'Perth')).toBe('AU -32,116');
	});

	// list-namesakes.ts: a namesake the name only opens ("Newcastle" of "Newcastle upon Tyne") counts; world-s55 leads
	it('is the town whose own name the item opens, where the list lies around it', () => {
		expect(where('Patients were treated at hospitals in Newcastle, Durham and Sunderland, and in Perth and Adelaide.', 'Newcastle')).toBe('GB 55,-2');
		expect(where('Buses run between Newcastle, Maitland and Cessnock every hour, and on to Sydney.', 'Newcastle')).toBe('AU -33,152');
		expect(where('Trains from York, Leeds and Harrogate were cancelled.', 'York')).toBe('GB 54,-1');
	});
});


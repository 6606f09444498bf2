// "Next Friday Polkville will host": a day or a month written right before a small town's name is a date, not a
// first name ("after-name") nor a word of a longer foreign name ("compound-name"), so the town is read as it would
// be without the date. A person named after the date stays unmapped where the sentence says so (a title, an age,
// a reporting verb). Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a day or a month right before a small town\'s name', () => {
	it('is a date, and the town after it is read', () => {
		expect(where('Since January Remsen has had no doctor; patients drive to Le Mars.', 'Remsen')).toBe('US 43,-96');
		expect(where('This Saturday Wyanet plays at home against Sheffield.', 'Wyanet')).toBe('US 41,-90');
		expect(where('This Saturday Wyanet plays at home against Sheffield.', 'Sheffield')).toBe('US 41,-90');
		expect(where('Girls basketball: on Thursday Lamoni beat Mount Ayr, and on Friday Leon hosts Corydon.', 'Lamoni')).toBe('US 41,-94');
	});

	it('leaves a person after the date unmapped', () => {
		expect(where('The senator spoke at length. On Monday Thatcher said the budget was sound.', 'Thatcher')).toBe('unmapped');
		expect(where('Court news. On Wednesday Judge Hartley sentenced the man to five years.', 'Hartley')).toBe('unmapped');
		expect(where('Police said that on Sunday Sheldon, 34, was arrested at his home.', 'Sheldon')).toBe('unmapped');
		expect(where('Football. Last Friday Morton resigned as coach after six seasons.', 'Morton')).toBe('unmapped');
	});
});

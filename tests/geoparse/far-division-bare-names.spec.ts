// A second-level division far from a big city, named bare where no town bears its name and it holds 50,000
// people or more (world-divisions.ts): texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe("a far division's bare name", () => {
	it('is the division where nothing else of the name is on the map ("from Wayanad to Kozhikode", "Chitwan and Nalanda")', () => {
		const text = 'Landslides cut the road from Wayanad to Kozhikode, and floods hit Chitwan and Nalanda this week.';
		const read = new Map(geoparse(text, gazetteer).map((t) => [t.name, t]));
		expect(read.get('Wayanad')).toMatchObject({ kind: 'district', country: 'IN', placeName: 'Wayanad District' });
		expect(read.get('Chitwan')).toMatchObject({ kind: 'district', country: 'NP' });
		expect(read.get('Nalanda')).toMatchObject({ kind: 'district', country: 'IN' });
	});

	it("is not a small division's, whose name is more often a person's surname", () => {
		const sentences: [string, string][] = [
			['Former Labor Secretary Alexander Acosta resigned in 2019; Acosta had been a prosecutor in Miami.', 'Acosta'],
			['Striker Bayo scored twice as Enugu Rangers beat Kano Pillars.', 'Bayo'],
			['Professor Heim of the University of Oslo said the glacier was retreating.', 'Heim']
		];
		for (const [text, surname] of sentences) {
			expect(geoparse(text, gazetteer).filter((t) => t.name === surname && t.kind === 'district'), text).toEqual([]);
		}
	});
});

// A rare English word capitalised after "from" in mid-sentence ("seniors from Attapulgus; from Climax, Emma Ruiz")
// is the town of that name where one of its places lies near a town the text places. "From" takes firms and persons
// too, so a first name ("a letter from Carmen, who asked"), a possessive, a longer name and a word with no
// town of its name near the text's places stay as they were. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

describe('a rare word after "from" beside the text\'s towns', () => {
	it('reads it as the town near them', () => {
		const text = 'BAINBRIDGE — Scholarships went to seniors from Attapulgus; from Climax, Emma Ruiz; from Brinson, Noah Hill.';
		const climax = geoparse(text, gazetteer).find((t) => t.name === 'Climax');
		expect(climax && [Math.round(climax.lat), Math.round(climax.lon)]).toEqual([31, -84]);
	});

	it('keeps a first name, a firm\'s longer name and a possessive as they were', () => {
		expect(names('SALMON — The council read a letter from Carmen, who asked for a new stop sign near Challis.')).not.toContain('Carmen');
		expect(names('Crews from Fertile Ground, a landscaping firm, planted trees in Erskine and Fosston.')).not.toContain('Fertile');
		expect(names("BAINBRIDGE — Fans came from Climax's rival school and from Attapulgus.")).not.toContain('Climax');
	});
});

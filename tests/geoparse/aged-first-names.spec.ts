// "Tyler Hart, 26, and Brooklyn Sims, 24, both of Richmond": a place's name before a capitalised word and an age set
// off by commas is a person's first name, as marriage licenses, blotters and obituaries write people (judge-persons.ts
// ageBetweenCommas); a place with its own comma, a score or a number without a closing comma stays. Texts written
// for these tests (us-local-s42 A's marriage licenses), against the real gazetteer. And the name right after the
// age (or after an "of" that follows it) is where the person lives, however like a word it reads ("Sydney Cole, 22,
// Liberty", "Ray Combs, 27, of Hazard"; judge-persons.ts townAfterAge), unless a person is named there.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => t.name);

describe('a name before a surname and an age', () => {
	it('is a person', () => {
		const text = 'Marriage licenses, Wayne County clerk. Tyler Hart, 26, and Brooklyn Sims, 24, both of Richmond. Eric Ashby, 45, Dublin, and Paula Fox, 43, Milton.';
		expect(names(text)).not.toContain('Brooklyn');
		expect(names(text)).toContain('Richmond');
		expect(names('Deputies arrested Madison Reed, 31, at a home near Auburn.')).not.toContain('Madison');
	});

	it('leaves a place after its own comma, a score line and a place before a number', () => {
		expect(names('Cody Ross, 31, Hagerstown, and Jessica Penn, 29, Fountain City.')).toContain('Hagerstown');
		expect(names('Boys basketball: Nevada 58, Lamar 41; Butler 49, Warsaw 44.')).toEqual(expect.arrayContaining(['Nevada', 'Lamar', 'Butler', 'Warsaw']));
		expect(names('Rain totals: Brooklyn Heights, 2.1 inches; Boston, 1.4 inches.')).toContain('Boston');
	});
});

describe('a name after a person\'s age', () => {
	it('is the town the person lives in, though it reads as a word', () => {
		const text = 'Marriage licenses, Wayne County clerk. Jordan Pyle, 22, Boston, and Sydney Cole, 22, Liberty. Eric Ashby, 45, Dublin, and Paula Fox, 43, Milton.';
		expect(names(text)).toContain('Liberty');
		expect(names('Sheriff\'s log, Hempstead County. Jake Moss, 41, Hope, was charged with theft near Fulton.')).toContain('Hope');
	});

	it('is the town after an "of" that follows the age, though it reads as a word', () => {
		const text = 'Marriage licenses, Knott County clerk. Ray Combs, 27, of Hazard, and Kayla Napier, 25, of Vicco. Cody Sizemore, 22, of Busy, and Tammy Pratt, 38, of Neon.';
		expect(names(text)).toEqual(expect.arrayContaining(['Hazard', 'Busy', 'Neon']));
		// (no age before the "of": the word stays a word)
		expect(names('Ray Combs, a friend of Hazard County, and the risk of Hazard.')).not.toContain('Hazard');
	});

	it('leaves a person named after the age', () => {
		expect(names('Released: Tyler Hart, 26, Jordan Lee, 22, and Mason Cole, 19, all of Fulton.')).not.toContain('Jordan');
		expect(names('Released: Tyler Hart, 26, Liberty, 22, and Mason Cole, 19.')).not.toContain('Liberty');
	});
});

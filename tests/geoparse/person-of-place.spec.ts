// "Megan Carter of Dalton", "a son, Robert Hall of Paris": lists of people (fair results, survivors in an
// obituary) give each person's town after "of" with no commas around it; a first name and a surname before
// "of" make the name after it where the person lives, as "Jane Doe, of Eudora," does. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town after "of" and a person\'s first name and surname', () => {
	it('is where the person lives, also where the town\'s name is a first name', () => {
		const text = 'Blue ribbons in the heifer class went to Megan Carter of Dalton and Tyler Ross of Kidron. The show was held at the fairgrounds in Wooster.';
		expect(placeOf(gazetteer, text, 'Dalton')).toBe('city US/OH');
	});

	it('also after a surname that heads institutions\' names ("Hall")', () => {
		const text = 'He leaves a son, Robert Hall of Paris, and a daughter, Jean Moss of Cynthiana. He farmed tobacco in Bourbon County all his life.';
		expect(readPlaces(gazetteer, text, { mappedOnly: true })).toContain('Paris → city US/KY');
	});

	it('also where "said" follows the town: the speaker is named before it', () => {
		const text = 'Commissioner Ruth Dawes of Hermiston said the road will be paved next summer. Crews from Pendleton will start in May.';
		expect(placeOf(gazetteer, text, 'Hermiston')).toBe('city US/OR');
		// ... and with no person before "of", a small town's name that speaks is still the speaker
		expect(placeOf(gazetteer, 'The road will be paved next summer, Dawes said. Crews from Pendleton will start in May.', 'Dawes')).toBe('(none)');
		expect(readPlaces(gazetteer, 'Sarah Lee of Apple said sales were up. The meeting was in Denver.', { mappedOnly: true })).toEqual(['Denver → city US/CO']);
		expect(readPlaces(gazetteer, 'Tom Reed of Jackson Lewis said the firm would appeal. The case was heard in Denver.', { mappedOnly: true })).toEqual(['Denver → city US/CO']);
	});

	it('but before "said" with no other place of its state in the text, the name after "of" is the body the speaker works for', () => {
		// a pollster, a firm named like small towns far from the story's places
		expect(readPlaces(gazetteer, 'Pollster Amy Cole of Gallup said trust in the courts fell again this year.', { mappedOnly: true })).toEqual([]);
		expect(readPlaces(gazetteer, 'Ned Hart of Goodyear said the tire plant in Akron would add jobs.', { mappedOnly: true })).toEqual(['Akron → city US/OH']);
		expect(readPlaces(gazetteer, 'Meg Rowe of Kellogg said cereal sales fell in Mexico and Brazil.', { mappedOnly: true })).toEqual(['Mexico → country MX/null', 'Brazil → country BR/null']);
	});

	it('but an everyday English word after "of" stays a word', () => {
		expect(readPlaces(gazetteer, 'Tim Brooks of Apple told the meeting in Denver that sales were up.', { mappedOnly: true })).toEqual(['Denver → city US/CO']);
	});
});

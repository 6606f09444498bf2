// A place whose own name begins with "The" is found where running text writes the article in lower case
// ("in the Hague", "in the Dalles"), as the place, not as a thing named after it or a namesake without
// the article (src/lib/geoparse/article-names.ts). Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a name whose article running text writes in lower case', () => {
	it('is the place, before a verb too', () => {
		expect(readPlaces(gazetteer, 'A court in the Hague ruled on Friday.')).toEqual(['Hague → city NL/11']);
		expect(readPlaces(gazetteer, 'Judges flew from the Hague to Berlin.')).toEqual(['Hague → city NL/11', 'Berlin → city DE/16']);
		expect(readPlaces(gazetteer, 'Flooding in the Dalles closed two schools.')).toEqual(['Dalles → city US/OR']);
	});

	it('leaves the namesake without the article where the text writes none', () => {
		expect(readPlaces(gazetteer, 'Hague is a town in Warren County, New York.')[0]).toBe('Hague → city US/NY');
	});

	it('finds the lands news names with the article: the Ruhr, the Saar (data/gazetteer features and aliases)', () => {
		expect(readPlaces(gazetteer, 'Coal mining in the Ruhr ended in 2018, and steelworks in the Saar cut jobs.')).toEqual(['Ruhr → region DE/null', 'Saar → region DE/09']);
	});
});

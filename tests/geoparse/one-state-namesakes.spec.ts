// A story whose towns all lie in one state names that state's namesakes (cluster-namesakes.ts): a city over 100,000
// read for its size alone is the state's namesake three of the text's places lie around ("Fort Sumner drew four
// candidates, Tucumcari three and Santa Rosa five" beside Clovis); a stray read in another state for its size does not
// stop the story from being one state's ("near Medford and Fairview" beside Perry, Stillwater and Pawnee); a
// country's name read for its size in a sparse story is the state's town 150 km round ("Malta 55, Harlem 40" beside
// Havre and Glasgow). A big city with a place of the text within 400 km stays where it is named from afar ("moved to
// Naples from Cleveland" beside Toronto). Texts written for these tests (none copied), against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesOf = (text: string) => new Map(geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, gazetteer.places[gazetteer.byId.get(t.placeId)!]!]));
const stateOf = (text: string, name: string) => {
	const place = placesOf(text).get(name);
	return place && `${place.country}/${place.admin1}`;
};

describe('a story of one state', () => {
	it('reads a big city named for its size alone as the state\'s namesake its towns lie around', () => {
		const text = 'Filing closed Friday for village races. Fort Sumner drew four candidates for the board, Tucumcari three and Santa Rosa five; the clerk in Clovis certifies the ballots on Monday.';
		expect(stateOf(text, 'Santa Rosa')).toBe('US/NM');
	});

	it('reads strays of other states as the state\'s towns', () => {
		const text = 'Earthquakes. PAWNEE — A small quake struck near Pawnee on Thursday and was felt in Stillwater, Cushing and Perry. Residents of Hominy and Cleveland felt it too. Two smaller quakes struck near Medford and Fairview.';
		expect(stateOf(text, 'Medford')).toBe('US/OK');
		expect(stateOf(text, 'Fairview')).toBe('US/OK');
	});

	it('reads a country\'s name in a sparse story as the state\'s town', () => {
		const place = placesOf('Prep basketball. Havre 58, Glasgow 51; Malta 55, Harlem 40; Chinook 62, Shelby 44.').get('Malta');
		expect(place?.kind).toBe('city');
		expect(`${place?.country}/${place?.admin1}`).toBe('US/MT');
	});

	it('leaves a big city with a place of the text within 400 km where it was', () => {
		const text = 'I moved to Naples from Cleveland 30 years ago. Friends from Chicago and Toronto visit each winter, and we drive to Bonita Springs, Immokalee and Marco Island.';
		expect(stateOf(text, 'Cleveland')).toBe('US/OH');
	});
});

// A river, a mountain, an island or a land is "important" in the gazetteer for its fame (features.tsv), not
// for its people: a town of its name wins where the words call the name a settlement, where the text's
// other names lie around the town or its state is named plainly, or where a county after it in its sentence
// holds the town. The feature stays where the text says nothing of the town's area, where the people come
// from that area ("hikers from El Paso County"), or against an ocean. A river or lake of another country far
// from the town it is said to be in is no place (thing-in-town.ts). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, placeNameOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town named like a famous feature', () => {
	it('is the town where an apposition calls the name a settlement', () => {
		expect(placeOf(gazetteer, 'Etna, a small borough on the Allegheny River north of Pittsburgh, voted on Monday to repave its main street.', 'Etna')).toBe('city US/PA');
		expect(placeOf(gazetteer, 'Crete, a college town south of Lincoln, will host the county fair this summer.', 'Crete')).toBe('city US/NE');
		expect(placeOf(gazetteer, "Sheriff's deputies in Patagonia, a small town near Nogales in Santa Cruz County, arrested two men.", 'Patagonia')).toBe('city US/AZ');
	});

	it('is the town where the text names places around it or its region, though the feature is fifty times more important', () => {
		expect(placeOf(gazetteer, 'Ararat, in western Victoria between Ballarat and Horsham, will get a new hospital wing.', 'Ararat')).toBe('city AU/07');
		expect(placeOf(gazetteer, 'Floods cut the road between Thames and Coromandel in the Waikato on Sunday.', 'Thames')).toBe('city NZ/G1');
		expect(placeOf(gazetteer, 'Residents of Thames in the Waikato were told to boil water.', 'Thames')).toBe('city NZ/G1');
	});

	it('is the town where a county after it in its sentence holds it', () => {
		expect(placeOf(gazetteer, "Firefighters contained the Black Forest fire in El Paso County on Tuesday, the sheriff's office said.", 'Black Forest')).toBe('city US/CO');
		expect(placeOf(gazetteer, "Patagonia's town council in Santa Cruz County approved a new water tank.", 'Patagonia')).toBe('city US/AZ');
	});

	it('stays the feature where the words say nothing of the town', () => {
		expect(placeNameOf(gazetteer, 'Tourists from Pittsburgh flocked to Etna, the volcano that towers over the town of Nicolosi.', 'Etna')).toBe('Mount Etna');
		expect(placeNameOf(gazetteer, 'The Thames, the heart of the city of London for centuries, froze over in 1814.', 'Thames')).toBe('River Thames');
		expect(placeNameOf(gazetteer, 'A family from Pittsburgh was hurt on a hike up Etna in Sicily.', 'Etna')).toBe('Mount Etna');
		expect(placeNameOf(gazetteer, 'Students from Lincoln spent a semester on Crete studying archaeology.', 'Crete')).toBe('Crete');
		expect(placeOf(gazetteer, 'Students from Lincoln spent a semester on Crete studying archaeology.', 'Crete')).toBe('landform GR/null');
		expect(placeNameOf(gazetteer, 'Farmers in Patagonia, in southern Argentina, lost sheep to the snow.', 'Patagonia')).toBe('Patagonia');
	});

	it('stays the feature beside a county the people come from, and an ocean beside any county', () => {
		expect(placeOf(gazetteer, 'Hikers from El Paso County toured the Black Forest last summer.', 'Black Forest')).toBe('landform DE/null');
		expect(placeOf(gazetteer, 'A Santa Cruz County rancher spent a month in Patagonia buying sheep.', 'Patagonia')).toMatch(/^region /);
		expect(placeNameOf(gazetteer, 'Storms from the Atlantic flooded Cass County roads.', 'Atlantic')).toBe('Atlantic Ocean');
		// (a county far on in a long sentence is where the speaker is, not the feature)
		expect(placeOf(gazetteer, 'A doctor back from Darfur spoke Tuesday at a clinic in Watonwan County.', 'Darfur')).toMatch(/^region SD\//);
		expect(placeOf(gazetteer, 'Refugees from Darfur have resettled in Watonwan County, the pastor said.', 'Darfur')).toMatch(/^region SD\//);
		// (a county whose namesake is a post office alone, known only by its ZIP code)
		expect(placeOf(gazetteer, 'Java coffee sold in Walworth County stores costs more this year.', 'Java')).toMatch(/^landform ID\//);
		expect(placeOf(gazetteer, 'Somali and Darfur refugees in Watonwan County found work at the meatpacking plant.', 'Darfur')).toMatch(/^region SD\//);
	});

	it('stays the feature where the state is named in passing or the feature is known to all', () => {
		expect(placeNameOf(gazetteer, 'In Pennsylvania, a museum opened an exhibit on Etna and other volcanoes.', 'Etna')).toBe('Mount Etna');
		expect(placeNameOf(gazetteer, 'A North Carolina fisherman said storms in the Atlantic grew quickly this fall.', 'Atlantic')).toBe('Atlantic Ocean');
		expect(placeNameOf(gazetteer, 'A Washington state ferry captain has sailed the Pacific for thirty years.', 'Pacific')).toBe('Pacific Ocean');
		// (one name of the text near a namesake town is no place for it: the mountain is seen from the city)
		expect(placeNameOf(gazetteer, 'Residents of Yerevan watched the sunrise over Ararat.', 'Ararat')).toBe('Mount Ararat');
		expect(placeNameOf(gazetteer, 'Families in Gyumri and Yerevan can see Ararat on clear days.', 'Ararat')).toBe('Mount Ararat');
	});

	it('reads no settlement into an apposition that only likens the feature to one', () => {
		expect(placeNameOf(gazetteer, 'Climbers crowded Everest, a city of tents and oxygen bottles each May.', 'Everest')).toBe('Mount Everest');
		expect(placeNameOf(gazetteer, 'Long Island, a suburb-heavy island east of Manhattan, lost jobs this year.', 'Long Island')).toBe('Long Island');
		expect(placeOf(gazetteer, 'He fell in love with Vermont, a place where every town of any size has a green.', 'Vermont')).toBe('region US/VT');
	});
});

describe('a river or lake named by its word straight before "in" and a town', () => {
	it('is no place where the town lies in another country, far away (the gazetteer lacks the local river)', () => {
		expect(placeOf(gazetteer, 'The Don River in Toronto rose two metres overnight and flooded the parkway.', 'Don River')).toBe('(none)');
		expect(placeOf(gazetteer, 'Heavy rain swelled the Thames River in London, Ontario, on Tuesday.', 'Thames River')).toBe('(none)');
	});

	it('stays the river in its own country, and a canal, a bare great river or a land anywhere', () => {
		expect(placeNameOf(gazetteer, 'Kayakers paddled the Thames River in London on Saturday.', 'Thames River')).toBe('River Thames');
		expect(placeNameOf(gazetteer, 'An exhibition of photographs of the Ganges in New York opened on Friday.', 'Ganges')).toBe('Ganges');
		expect(placeNameOf(gazetteer, 'Lawmakers debated the Panama Canal in Washington on Tuesday.', 'Panama Canal')).toBe('Panama Canal');
		expect(placeNameOf(gazetteer, 'Protesters marched over Gaza in London on Saturday.', 'Gaza')).toBe('Gaza Strip');
	});
});

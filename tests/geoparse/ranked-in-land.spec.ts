// "the second city of Denmark", "the largest town of Montserrat": a settlement ranked among the others of the land
// after "of" leaves that name the land (ranked-in-land.ts); without a rank "the town of X" still calls X a town.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeAndCountryOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a ranked settlement "of" a land', () => {
	it('leaves the name after "of" the land, not a town of its name', () => {
		expect(placeAndCountryOf(gazetteer, 'Thessaloniki is the second city of Greece.', 'Greece')).toBe('Greece, GR');
		expect(placeAndCountryOf(gazetteer, 'Aarhus is the second-largest city of Denmark.', 'Denmark')).toBe('Denmark, DK');
	});

	it('still calls the name a town where no rank comes before the noun', () => {
		const denmark = 'Denmark is a town in Bamberg County, South Carolina. The town of Denmark lies on US 78.';
		expect(placeAndCountryOf(gazetteer, denmark, 'Denmark')).toBe('Denmark, US');
		expect(placeAndCountryOf(gazetteer, 'Troy is the largest city of Rensselaer County, New York.', 'Troy')).toBe('Troy, US');
	});
});

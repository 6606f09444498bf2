// "Ohio corn growers near Findlay and Lima": a town that size alone gave to a city abroad (Lima, Peru) is
// left to the context where the text names a state holding a namesake with one of the text's towns of that
// state within 100 km (the seats of neighbouring counties lie 50-100 km apart). Texts written for these
// tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { regionsOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const readingsOf = (text: string, name: string) => regionsOf(gazetteer, text, name);

describe('a town of a named state beside the text’s towns', () => {
	it('reads Lima beside Findlay as Ohio’s where the text names Ohio', () => {
		expect(readingsOf('Ohio corn growers near Findlay and Lima say the dry spell is the worst since 2012.', 'Lima')).toEqual(['US/OH']);
		expect(readingsOf('Ohio Farmers Brace For Drought\n\nCorn growers near Findlay and Lima say the dry spell is the worst since 2012.', 'Lima')).toEqual(['US/OH']);
	});

	it('keeps the city abroad where no state is named or the text names its country', () => {
		expect(readingsOf('Corn growers near Findlay and Lima say the dry spell is the worst since 2012.', 'Lima')).toEqual(['PE/LMA']);
		expect(readingsOf('Ohio farmers from Findlay flew to Lima, Peru, to sell corn.', 'Lima')).toEqual(['PE/LMA']);
	});
});

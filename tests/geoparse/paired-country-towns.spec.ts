// "Growers around Armenia and Pereira": two names joined as a pair lie together as a longer list's items do, and a
// country's name that size alone chose, paired with a town its own namesake town lies beside (within 50 km) in a
// country the text names and big enough to be named bare (20,000 people), is that town. A country paired with a town
// far from any namesake, or whose namesake lies in a country the text does not name or is a village, stays the country. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe("a country's name paired with a town its namesake lies beside", () => {
	it('is the namesake town in the country the text names', () => {
		expect(where('Colombia expects a bigger harvest. Prices paid in Armenia and Pereira rose, buyers in Bogotá said.', 'Armenia')).toBe('CO 5,-76');
		expect(where('Colombia expects a bigger harvest. Farmers near Calarcá and Montenegro are replanting, the federation in Bogotá said.', 'Montenegro')).toBe('CO 5,-76');
	});

	it('stays the country where the paired town lies far from its namesakes or the text names no country of theirs', () => {
		expect(where('Colombia expects a bigger harvest. Buyers came from Armenia and Cali, the federation in Bogotá said.', 'Armenia')).toBe('AM 40,45');
		expect(where('Exporters sold coffee to Armenia and Pereira, a trader in Hamburg said.', 'Armenia')).toBe('AM 40,45');
		expect(where('Colombia and Peru signed a trade deal in Lima and Bogotá.', 'Peru')).toBe('PE -10,-76');
	});

	it('stays the country where its namesake beside the paired town is a village', () => {
		// (Mexico, New York, a village of 1,600 beside Syracuse)
		expect(where('Born in Caracas, the conductor has lived in Mexico and Syracuse and now teaches in the United States.', 'Mexico')).toBe('MX 23,-102');
	});
});

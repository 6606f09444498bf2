// A first-level region whose bare name a town of it takes (Quebec: Québec City) is what the name means
// where the text lists it with other regions of its country ("Ontario and Quebec"); a metropolis keeps
// its name even there ("New York and New Jersey"), and the town keeps it outside such a list. Written for
// these tests (none copied); no region or town is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { HELD_OUT_WORLD_S45_A } from './held-out-world-s45.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function kindOf(text: string, name: string): string {
	const found = geoparse(text, gazetteer).find((t) => t.name === name);
	return found ? `${found.kind} ${found.country}` : 'none';
}

describe('a region named like its own town, listed with regions of its country', () => {
	it('reads "Ontario and Quebec" as two provinces', () => {
		expect(kindOf('Heavy snow closed schools across Ontario and Quebec on Tuesday.', 'Quebec')).toBe('region CA');
	});

	it('reads Quebec inside a list of provinces as the province', () => {
		expect(kindOf('The premiers of Manitoba, Quebec and Alberta will meet next month to talk about health funding.', 'Quebec')).toBe('region CA');
	});

	it('keeps New York the city beside New Jersey (a metropolis keeps its name)', () => {
		expect(kindOf('Commuters between New York and New Jersey faced delays on Monday.', 'New York')).toBe('city US');
	});

	it('keeps Quebec the city where no region is listed with it', () => {
		expect(kindOf('The ferry runs from Quebec to Lévis every half hour.', 'Quebec')).toBe('city CA');
	});

	it('reads Quebec as the province in a text set in other provinces (other-regions-text.ts, wiki-s45 A)', () => {
		expect(kindOf('Gravelbourg is a town in Saskatchewan, 110 km south-west of Moose Jaw. Its founder brought families from Quebec.', 'Quebec')).toBe('region CA');
	});

	it('keeps the city where nothing came from it (rolling review: the stadium in Chihuahua)', () => {
		expect(kindOf('Fans from Monterrey and Saltillo filled the stadium in Chihuahua on Sunday.', 'Chihuahua')).toBe('city MX');
	});

	it('keeps a town English calls by its bare name the town there (Valencia beside Madrid and Barcelona)', () => {
		expect(kindOf('The striker has offers from Madrid, Barcelona and Valencia, his agent said.', 'Valencia')).toBe('city ES');
	});

	// read-document.ts (a state among its country's states keeps the list's evidence), mention-evidence.ts (a
	// state listed among states is no parent of its fellow items), region-namesakes.ts (the names of states agree
	// on no town named after another state); world-s46 A, world-s45 A
	it('reads states listed with states as the states, not the villages of another listed state named after them', () => {
		const text = 'Visitors came from Chiapas, Guerrero, Sinaloa and Quintana Roo.';
		expect(kindOf(text, 'Sinaloa')).toBe('region MX');
		expect(kindOf(text, 'Quintana Roo')).toBe('region MX');
		const puebla = geoparse('OAXACA, Mexico - The festival drew 12,000 visitors, many of them from Chiapas, Puebla, Guerrero, Sinaloa and Quintana Roo.', gazetteer).find((t) => t.name === 'Puebla');
		expect(puebla).toMatchObject({ country: 'MX', lat: expect.closeTo(19.04, 1) });
		// (the whole advisory: its other states' names have villages in Chiapas beside Quintana Roo's)
		const advisory = HELD_OUT_WORLD_S45_A.find((t) => t.text.startsWith('Washington kept'))!.text;
		expect(kindOf(advisory, 'Quintana Roo')).toBe('region MX');
	});

	// read-document.ts: a name with one candidate (the town) is weighed where the list brings its region's reading
	// ("Neuquén Province" in full); world-s49 A
	it('reads a town-only name listed with its country\'s regions as the region', () => {
		expect(kindOf('In Patagonia the party won Neuquén and Chubut but not Santa Cruz.', 'Neuquén')).toBe('region AR');
		expect(kindOf('Police in Neuquén said the road to Zapala was closed.', 'Neuquén')).toBe('city AR');
	});

	it('keeps a village named after a state where the text places it among its neighbours', () => {
		expect(kindOf('Floods hit Frontera Comalapa, Chiapas, on Monday; in Sinaloa and Paso Hondo, two villages near the town, houses collapsed.', 'Sinaloa')).toBe('city MX');
		expect(kindOf('Springfield, Illinois, and Columbus, Ohio, will host the meetings.', 'Columbus')).toBe('city US');
	});
});

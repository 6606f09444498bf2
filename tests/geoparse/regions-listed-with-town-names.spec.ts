// A first-level region whose bare name a town of it takes (Quebec: Québec City) is what the name means
// where the text lists it with other regions of its country ("Ontario and Quebec"); a metropolis keeps
// its name even there ("New York and New Jersey"), and the town keeps it outside such a list. Written for
// these tests (none copied); no region or town is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

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
});

// mention-context.ts: namesNear counts the text's other names with a place near a reading; townsNear asks
// the same question with national capitals left out (a capital is named for its government in news from
// anywhere), unless the text settled the capital's name. Places made up for this test.
import { describe, expect, it } from 'vitest';
import type { Gazetteer, GazetteerPlace } from '../../src/lib/gazetteer/types.ts';
import type { Candidate } from '../../src/lib/geoparse/candidates.ts';
import { mentionContext } from '../../src/lib/geoparse/mention-context.ts';
import type { AcceptedMention } from '../../src/lib/geoparse/resolve.ts';

function town(id: string, lat: number, lon: number, featureCode = 'PPL'): GazetteerPlace {
	return { id, name: id, kind: 'city', featureCode, country: 'ZZ', admin1: null, lat, lon, population: 50_000, geonameId: null };
}

// a capital, a suburb 20 km from it, a town 30 km from the suburb on the other side, a namesake far off
const capital = town('capital', 10, 10, 'PPLC');
const suburb = town('suburb', 10, 10.18);
const neighbour = town('neighbour', 10, 10.45);
const namesake = town('namesake', -20, 40);
const gazetteer = { places: [capital, suburb, neighbour, namesake] } as unknown as Gazetteer;

function mention(key: string, ...places: number[]): AcceptedMention {
	const candidate = { places, importance: places.map(() => 1), alternate: places.map(() => false), via: 'name' } as unknown as Candidate;
	return { candidate, usage: 'literal', key } as unknown as AcceptedMention;
}

describe('townsNear', () => {
	it('does not count a national capital that namesNear counts', () => {
		const names = mentionContext([mention('capital', 0), mention('suburb', 1, 3)], gazetteer);
		expect(names.namesNear(suburb, 'suburb')).toBe(1);
		expect(names.townsNear(suburb, 'suburb')).toBe(false);
	});

	it('counts a town that is no capital, as namesNear does', () => {
		const names = mentionContext([mention('capital', 0), mention('neighbour', 2), mention('suburb', 1, 3)], gazetteer);
		expect(names.namesNear(suburb, 'suburb')).toBe(2);
		expect(names.townsNear(suburb, 'suburb')).toBe(true);
		expect(names.townsNear(namesake, 'suburb')).toBe(false);
	});

	it('counts a capital the text settled, asked after namesNear of the same place and name', () => {
		const settled = new Map<string, GazetteerPlace>();
		const names = mentionContext([mention('capital', 0), mention('suburb', 1, 3)], gazetteer, settled);
		expect(names.townsNear(suburb, 'suburb')).toBe(false);
		settled.set('capital', capital);
		expect(names.namesNear(suburb, 'suburb')).toBe(1);
		expect(names.townsNear(suburb, 'suburb')).toBe(true);
	});
});

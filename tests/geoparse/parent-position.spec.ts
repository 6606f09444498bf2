// A parent is a parent where it stands as one ("X, Y", "X in Y", "X, a town in Y", "the Iowa town of
// X"); a region or big city named elsewhere in the sentence only hints. A city known abroad is not taken
// for a small namesake on the strength of the text's country alone, and a country among countries is the
// country. Sentences written for these tests in the style of news and Wikipedia, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The toponym of that name as "kind country/admin1". */
function placeOf(text: string, name: string): string {
	const toponym = geoparse(text, gazetteer).find((t) => t.name === name);
	if (!toponym) return '(none)';
	const place = gazetteer.places[gazetteer.byId.get(toponym.placeId)!]!;
	return `${toponym.kind} ${toponym.country}/${place.admin1}`;
}

describe('a region named after a place in the same sentence, out of a parent’s position', () => {
	it('does not place it ("in Geneva … in New York" is not Geneva, New York)', () => {
		expect(placeOf('Diplomats met in Geneva on Monday while their colleagues waited in New York.', 'Geneva')).toMatch(/^city CH\//);
		expect(placeOf('The agency, based in Geneva, will open an office in New York next year.', 'Geneva')).toMatch(/^city CH\//);
		expect(placeOf('Officials in Paris said on Monday that they would meet again in Texas.', 'Paris')).toMatch(/^city FR\//);
	});

	it('but does where it stands as a parent', () => {
		expect(placeOf('Geneva, New York, lies at the northern end of Seneca Lake.', 'Geneva')).toBe('city US/NY');
		expect(placeOf('Washington is a small town in Hempstead County, Arkansas.', 'Washington')).toBe('city US/AR');
		expect(placeOf('The fire started in a barn in the Iowa town of Washington on Sunday.', 'Washington')).toBe('city US/IA');
		expect(placeOf('People in southwest Arkansas realized the historical significance of Washington.', 'Washington')).toBe('city US/AR');
	});

	it('and where the sentence speaks of a state after a town something belongs to ("the homes of Washington … Louisiana\'s past")', () => {
		// Washington, Louisiana (St. Landry Parish, 956 people) against the national capital
		expect(placeOf("The historic homes and businesses of Washington are graceful, original from Louisiana's nineteenth century past.", 'Washington')).toBe('city US/LA');
		expect(placeOf('The historic homes of Washington date from the nineteenth century, when Louisiana was young.', 'Washington')).toBe('city US/LA');
		// a place the sentence goes to, or that acts (the capital for its government), and items of a list stay what they were
		expect(placeOf('The governor flew from Louisiana to Washington on Monday.', 'Washington')).toBe('city US/DC');
		expect(placeOf("Officials in Washington approved Louisiana's request for aid.", 'Washington')).toBe('city US/DC');
		expect(placeOf("The senator flew to Washington, where Louisiana's delegation met.", 'Washington')).toBe('city US/DC');
		expect(placeOf('Washington and Louisiana officials met on Monday.', 'Washington')).toBe('region US/WA');
		expect(placeOf("Washington has been slow to respond, Louisiana's governor said.", 'Washington')).toBe('city US/DC');
	});

	it('and where the parent is followed by its country ("Batangas, Philippines": the province, the bare name being the city\'s)', () => {
		// San Jose, Oriental Mindoro (118,807 people) lies 170 km south of the small San Jose in Batangas
		expect(placeOf('San Jose, a municipality in the province of Batangas, Philippines, was flooded.', 'San Jose')).toBe('city PH/40');
		expect(placeOf('Floods hit San Jose in Batangas, Philippines.', 'San Jose')).toBe('city PH/40');
	});
});

describe('the containers of a description ("X is a village in Y")', () => {
	it('are the parents in position, not a place named later in a sentence about the place', () => {
		// "the church of St Mary" reads as a Jamaican parish: it must not unmap the village described in England
		const text = 'Ashwell is a village and civil parish in Hertfordshire, England. Ashwell was a market town in the Middle Ages, and the church of St Mary is one of the largest in the county.';
		expect(placeOf(text, 'Ashwell')).toBe('city GB/ENG');
	});
});

describe('a city known abroad', () => {
	it('is not a small namesake because the text’s only other place lies in the namesake’s country', () => {
		expect(placeOf('Talks in Geneva collapsed. The ambassador returned to New York on Friday.', 'Geneva')).toMatch(/^city CH\//);
	});

	it('yields to the namesake where the text speaks of its area', () => {
		expect(placeOf('Geneva police said the driver was taken to a hospital in Batavia, and Kane County deputies closed the road.', 'Geneva')).toBe('city US/IL');
	});
});

describe('a list of countries', () => {
	it('makes a name that is a country the country, whatever the text’s other country says', () => {
		expect(placeOf('Cholera cases were reported in Borno State in Nigeria and in neighbouring Niger, Chad and Cameroon.', 'Niger')).toMatch(/^country NE\//);
		expect(placeOf('Refugees from Nigeria crossed into Niger and Chad.', 'Niger')).toMatch(/^country NE\//);
		// ... however many Nigerian places around it
		expect(placeOf('Nigeria reported cases in Lagos, Kano, Kaduna, Sokoto and Abuja; officials said Niger and Chad had closed their borders.', 'Niger')).toMatch(/^country NE\//);
	});
});

describe('a parent after the last item of a list of places', () => {
	it('is the parent of every item ("near Hamilton and Horsham in western Victoria")', () => {
		const text = 'Bushfires burned farmland near Hamilton and Horsham in western Victoria on Saturday.';
		expect(placeOf(text, 'Hamilton')).toMatch(/^city AU\//);
		expect(placeOf(text, 'Horsham')).toMatch(/^city AU\//);
	});

	it('is not the parent of an item that has its own', () => {
		expect(placeOf('Trucks ran from Hamilton, Ontario, and from Horsham in western Victoria.', 'Hamilton')).toMatch(/^city CA\//);
	});
});

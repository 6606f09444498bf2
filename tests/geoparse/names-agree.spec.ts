// Other names of the text near a homonym ("Peoria … Washington"): when they count. Texts written for
// these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('names whose first readings lie abroad', () => {
	it('do not agree on the small namesakes they share elsewhere (English names in New England)', () => {
		// Manchester and Colchester, Connecticut are neighbours; the English towns are 270 km apart
		const text = 'The soldier was born in Manchester and joined his regiment in Colchester, the Ministry of Defence said.';
		expect(placeOf(gazetteer, text, 'Manchester')).toBe('city GB/ENG');
		expect(placeOf(gazetteer, text, 'Colchester')).toBe('city GB/ENG');
		expect(placeOf(gazetteer, 'Police in Plymouth and Exeter arrested two men after a chase.', 'Exeter')).toBe('city GB/ENG');
	});

	it('still agree where their readings are close to their first ones, or the text names the country', () => {
		expect(placeOf(gazetteer, 'Officials in Bethlehem, Easton and Nazareth agreed on a new bus route.', 'Nazareth')).toBe('city US/PA');
		expect(placeOf(gazetteer, 'Córdoba is a town in the department of Quindío, Colombia. It lies south of Armenia.', 'Armenia')).toBe('city CO/23');
	});
});

describe('a name agrees by its best-supported reading only', () => {
	// New Albany has readings in Indiana (beside Louisville) and in Ohio (beside a small Baltimore): in a
	// Louisville story the Ohio reading, which only Baltimore itself supports, is no evidence for Baltimore
	it('not by a reading that only the name asking supports', () => {
		const teachers = 'Louisville teachers say their pay trails that of Baltimore. Colleagues in Jeffersonville and New Albany agree, and Kentucky legislators in Frankfort will hear them next week.';
		expect(placeOf(gazetteer, teachers, 'Baltimore')).toBe('city US/MD');
		const distiller = 'A Kentucky distiller in Frankfort bought a bottling plant in New Albany, across the river from Louisville, and closed its sales office in Baltimore.';
		expect(placeOf(gazetteer, distiller, 'Baltimore')).toBe('city US/MD');
		expect(placeOf(gazetteer, distiller, 'New Albany')).toBe('city US/IN');
	});

	it('so the Ohio village stays where the text is about its neighbours', () => {
		const arrests = 'Columbus police arrested two men in New Albany and Gahanna on Tuesday, and a third in Baltimore, a village east of the city.';
		expect(placeOf(gazetteer, arrests, 'Baltimore')).toBe('city US/OH');
		expect(placeOf(gazetteer, arrests, 'New Albany')).toBe('city US/OH');
	});
});

describe('a name the text settled with its state', () => {
	// Milton, Kentucky (572 people) is far down the readings of "Milton" (Georgia, Massachusetts, Ontario …),
	// but "Milton, Kentucky" settles it, and the Madison across the river from it is Indiana's
	it('speaks for its neighbours by that place, though not among its leading readings', () => {
		const trip = 'Hikers from Louisville drove up to Madison for the weekend and crossed the bridge to Milton, Kentucky, for dinner.';
		expect(placeOf(gazetteer, trip, 'Madison')).toBe('city US/IN');
	});
});

describe('a text that writes US highways', () => {
	// Ripley's first reading is the English town, so in a text that names no country its Ohio namesake said
	// nothing for a Manchester beside it; "U.S. 52", "State Route 125" say the country as its name would
	it('lets names whose first readings lie abroad agree on their US namesakes', () => {
		const flood = 'MANCHESTER — High water closed U.S. 52 east of the village on Friday, and school buses from Ripley were sent the long way through West Union.';
		expect(placeOf(gazetteer, flood, 'MANCHESTER')).toBe('city US/OH');
		const crash = 'Manchester police closed State Route 125 on Friday after a crash, and drivers from Ripley and Aberdeen were sent through West Union.';
		expect(placeOf(gazetteer, crash, 'Manchester')).toBe('city US/OH');
	});
});

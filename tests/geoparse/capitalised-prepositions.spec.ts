// A preposition capitalised where the tokeniser saw no sentence start (after a dateline's dash, after an
// abbreviation's dot that ends a sentence, after a colon) is no first name: the small town after it is read
// as a place. A person after a preposition that takes persons ("With", "According To") or after a possessive
// stays a person. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

describe('a small town after a capitalised preposition', () => {
	it('reads the town after "In" right after a dateline\'s dash', () => {
		expect(names('GOLD BEACH — In Langlois, the cheese maker added a second shop.')).toEqual(['GOLD BEACH', 'Langlois']);
	});

	it('reads the town after "In" where an abbreviation\'s dot ended the sentence ("Fifth St. In …")', () => {
		expect(names('The clinic opens Monday at 555 Fifth St. In Port Orford, the dock reopened.')).toEqual(['Port Orford']);
	});

	it('reads the town after "At" following a dash', () => {
		expect(names("Saturday's calendar — At Arlee, the powwow grounds host a craft fair; near Charlo, a bird walk.")).toEqual(['Arlee', 'Charlo']);
	});

	it('keeps a person after a preposition that takes persons, or written with a possessive', () => {
		expect(names('SALEM — With Langlois out sick, the council delayed its vote.')).not.toContain('Langlois');
		expect(names('SALEM — According To Langlois, the council delayed its vote.')).not.toContain('Langlois');
		expect(names("SALEM — In Langlois's view, the council moved too fast.")).not.toContain('Langlois');
		expect(names("SALEM — In Edith Langlois's garden, the roses are blooming.")).not.toContain('Langlois');
		expect(names('Dinner With Pablo: a review of the new cafe in Ronan')).toEqual(['Ronan']);
	});
});

// "2. Drew Sims, Grant, 23.1", "Big fish: Carl Gentry, Section, 7.2 pounds": in a results line the name between a
// person's given name and surname and the result, set off by commas, is the person's town, however like a word it
// reads (judge-persons.ts townBeforeResult). A word with no result after it, and a roster's or an officer list's role
// before a height or an age, stay words. Written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => t.name);

describe('a name between a person and a result', () => {
	it('is the person\'s town, though it reads as a word', () => {
		const text = 'Bass results out of Guntersville: 1. Brad Helms, Arab, and Josh Tidwell, Boaz, 27.4 pounds; 2. Ricky Holt, Albertville, and Drew Sims, Grant, 23.1. Big fish: Carl Gentry, Section, 7.2 pounds.';
		expect(names(text)).toEqual(expect.arrayContaining(['Grant', 'Section']));
	});

	it('stays a word with no result after it, or a role before a height or an age', () => {
		expect(names('Bass results out of Guntersville: Drew Sims, Grant, and the others weighed in late.')).not.toContain('Grant');
		const roster = 'The Eagles basketball roster: Mike Davis, Center, 6-10, senior; Luke Hall, Wing, 6-4, junior.';
		expect(names(roster)).not.toContain('Center');
		expect(names(roster)).not.toContain('Wing');
		expect(names('Class officers: Emma Stone, President, 17; Jacob Reed, Treasurer, 16; Olivia Park, Secretary, 17.')).not.toContain('Secretary');
	});
});

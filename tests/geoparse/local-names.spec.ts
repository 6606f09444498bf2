// Town names that are also first names or English words, in US local news: texts written for these
// tests, against the real gazetteer. A person of the same name stays unmapped.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Each mapped toponym as "name@offset → country/admin1". */
function read(text: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.usage !== 'embedded')
		.map((t) => `${t.name}@${t.start} → ${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`);
}
const names = (text: string) => read(text).map((t) => t.slice(0, t.indexOf('@')));
const at = (text: string, phrase: string, word: string) => text.indexOf(phrase) + phrase.indexOf(word);

describe('a town named like a person or a word', () => {
	it('is the town after "in", in a residence and in a list the text places', () => {
		const text = 'City crews in Eudora salted Main Street on Monday. Residents of Lawrence and Eudora lost power, and schools in Troy closed early.';
		expect(names(text)).toEqual(['Eudora', 'Lawrence', 'Eudora', 'Troy']);
		expect(read(text)).toContain(`Lawrence@${at(text, 'of Lawrence', 'Lawrence')} → US/KS`);
	});

	it('is the town where the text says it is a town', () => {
		expect(names('Troy, a town of about 1,000 in Doniphan County, reported drifts of three feet.')).toEqual(['Troy', 'Doniphan County']);
	});

	it('is the town as where a person lives ("Jane Doe, of Eudora, said")', () => {
		expect(names('Jane Doe, of Eudora, said the road had been closed since Friday. The county line runs near De Soto.')).toContain('Eudora');
	});

	it('is the town that speaks where its people are named ("officials in Eudora said")', () => {
		expect(names('Officials in Eudora said the water main would be repaired by Friday. Lawrence, Kansas, sent a crew.')).toEqual(['Eudora', 'Lawrence', 'Kansas']);
	});

	it('is the town wherever it stands bare once the dateline or a qualifier has placed it', () => {
		const text = 'LAWRENCE, Kan. — A winter storm closed schools on Monday. The storm dropped eight inches of snow on Lawrence, Eudora and Baldwin City.';
		expect(names(text)).toEqual(['LAWRENCE', 'Kan.', 'Lawrence', 'Eudora', 'Baldwin City']);
	});

	it('stays a person where the mention itself says so', () => {
		const text = 'EUDORA, Kan. — Dr. Lawrence said the clinic in Eudora would reopen. Troy Smith, a nurse, agreed. Lawrence said the work was overdue. The route runs on to Lawrence, Kansas.';
		const found = read(text);
		expect(found.some((t) => t.startsWith(`Lawrence@${at(text, 'Dr. Lawrence', 'Lawrence')} `))).toBe(false);
		expect(found.some((t) => t.startsWith(`Lawrence@${at(text, 'Lawrence said the work', 'Lawrence')} `))).toBe(false);
		expect(found.some((t) => t.startsWith('Troy@'))).toBe(false);
		expect(found).toContain(`Lawrence@${at(text, 'Lawrence, Kansas', 'Lawrence')} → US/KS`);
	});

	it('does not make a team, a person or a firm a town after "at" or "to" ("at Arsenal", "lost to Williams")', () => {
		expect(names('Everyone at Arsenal has been waiting for this game. Arsenal need a win.')).toEqual([]);
		expect(names('Mirza lost to Williams in the third round. Her coach paid tribute to Williams.')).toEqual([]);
	});

	it('leaves a place word inside an institution or a possessive alone ("in Congress", "in Kelly\'s office")', () => {
		expect(names('The bill stalled in Congress on Thursday.')).toEqual([]);
		expect(names("The papers were found in Kelly's office. Kelly said nothing.")).toEqual([]);
	});
});

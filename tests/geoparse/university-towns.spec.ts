// A university named by its town alone: an academic's noun right after the name ("a Harvard professor") or a
// list whose other item is a school's or a library's full name ("archives at Harvard, Oxford and the New York
// Public Library") makes the name the school's (embedded: recognised, not mapped), and so are the text's later
// bare mentions of it no word places. Texts written for these tests (none copied); no school is listed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { usagesOfEach } from '../helpers/usages.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const usages = (text: string, name: string): string[] => usagesOfEach(text, name, gazetteer);

describe('a town named for its university', () => {
	it('reads "a Harvard professor" and "Oxford lecturers" as the schools', () => {
		// (off the map: the school's word, or a small town's name no longer read at all)
		expect(usages('The hero of the novel is a Harvard professor who travels to Paris.', 'Harvard').map((usage) => usage === 'embedded' || usage === '-')).toEqual([true]);
		expect(usages('The scheme was opposed by Oxford lecturers and by ministers in London.', 'Oxford')).toEqual(['embedded']);
	});

	it('reads towns listed with a library or a university as schools, and their later bare mentions too, but not one a word places', () => {
		const text = 'Scans of rare books from the university archives at Harvard, Oxford and the New York Public Library will be put online. Harvard is adding 40,000 books, while Oxford wants older ones scanned. A launch is planned in Oxford next month.';
		expect(usages(text, 'Harvard')).toEqual(['embedded', 'embedded']);
		expect(usages(text, 'Oxford')).toEqual(['embedded', 'embedded', 'literal']);
	});

	it("keeps a college's town after its name, and towns listed before a body's name that closes the list", () => {
		expect(usages('Educated at Eton and at New College, Oxford, he served in the Guards.', 'Oxford')).toEqual(['literal']);
		const text = 'Most cases were among children in Prizren and Mitrovica, the National Institute of Public Health said.';
		expect([...usages(text, 'Prizren'), ...usages(text, 'Mitrovica')]).toEqual(['literal', 'literal']);
	});

	it("keeps the town where a high school's, a city's or a county's words name it", () => {
		const canton = 'Three Canton scholars were honored at the county fair. The Canton school board thanked the donors, and Canton Mayor Ed Price presented the awards. Canton alumni raised the money.';
		expect(usages(canton, 'Canton').every((usage) => usage === 'literal')).toBe(true);
		expect(usages('Police in Italy arrested a Naples don on Monday. Naples prosecutors said the raids would go on.', 'Naples').every((usage) => usage === 'literal')).toBe(true);
		const paris = 'Paris academics and students marched on Tuesday. The protest crossed Paris from east to west, and Paris police said it was calm.';
		expect(usages(paris, 'Paris').every((usage) => usage === 'literal')).toBe(true);
		const residents = 'A Cambridge professor was arrested at his home near the university campus on Monday. Cambridge police said he was held overnight, and Cambridge residents gathered outside the station.';
		expect(usages(residents, 'Cambridge').slice(1).every((usage) => usage === 'literal')).toBe(true);
		const libraries = 'Summer reading kicks off Monday in Clinton, Laurens and the Joanna Library. Clinton will host the first story hour.';
		expect([...usages(libraries, 'Clinton'), ...usages(libraries, 'Laurens')].every((usage) => usage === 'literal')).toBe(true);
	});
});

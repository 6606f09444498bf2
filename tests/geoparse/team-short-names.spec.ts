// Once a text names a team by its town and a plural nickname ("the Dallas Cowboys") or a club's opening
// word ("Real Madrid"), the town's bare name before a player's or coach's title or beside a verb of winning
// is the team's short name (usage embedded), while the same name elsewhere is still the town. Written for
// these tests (none copied); no team or town is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The usage of each toponym named `name`, in the order of the text ("-" where a mention is not read). */
function usages(text: string, name: string, count: number): string[] {
	const found = geoparse(text, gazetteer).filter((t) => t.name === name);
	const starts: number[] = [];
	for (let at = text.indexOf(name); at >= 0 && starts.length < count; at = text.indexOf(name, at + name.length)) starts.push(at);
	return starts.map((start) => found.find((t) => t.start === start)?.usage ?? '-');
}

describe("a town's bare name standing for a team the text named after it", () => {
	it('reads "Denver linebacker" and "Denver\'s coach" as the team after "the Denver Broncos", and "back in Denver" as the town', () => {
		const text = "The Denver Broncos lost at home again on Sunday. Denver linebacker Sam Hale missed two tackles, and Denver's coach blamed the snow. The players were back in Denver by midnight.";
		// (the first, inside the team's name, is not what is tested here)
		expect(usages(text, 'Denver', 4).slice(1)).toEqual(['embedded', 'embedded', 'literal']);
	});

	it('reads "Leeds beat" as the team after a club opener named it, and the city later as the city', () => {
		const text = 'Fans of Sporting Leeds sang all night. Leeds beat the visitors 3-1 with a late goal. The club will parade through Leeds on Sunday.';
		expect(usages(text, 'Leeds', 3)).toEqual(['embedded', 'embedded', 'literal']);
	});

	it('reads "games for Memphis" and "Memphis lost" as the team after "the Memphis Grizzlies", and "moved to Memphis" as the town', () => {
		const text = 'He spent two years with the Memphis Grizzlies. He started 40 games for Memphis before a knee injury, and Memphis lost nine of the next ten. His family later moved to Memphis for good.';
		expect(usages(text, 'Memphis', 4).slice(1)).toEqual(['embedded', 'embedded', 'literal']);
	});

	it('keeps "Denver fans" the town where the text names no team of Denver', () => {
		const text = 'In Denver, the mayor said Denver fans of the national side would get a big screen downtown.';
		expect(usages(text, 'Denver', 2)).toEqual(['literal', 'literal']);
	});
});

describe('a town named like a person, after an article and before a plural nickname', () => {
	it('reads "a Jackson Hawks guard" as a team of Jackson (embedded), not a person', () => {
		expect(usages('The club in Memphis signed a Jackson Hawks guard to a two-year deal on Friday.', 'Jackson', 1)).toEqual(['embedded']);
	});

	it('reads "the Madison Owls" as a team of Madison (embedded), not a person', () => {
		expect(usages('Fans of the Madison Owls waited for hours outside the arena in Chicago.', 'Madison', 1)).toEqual(['embedded']);
	});

	it('still reads "Austin Rivers" with no article before it as a person', () => {
		expect(usages('Austin Rivers scored 20 points in Memphis on Friday night.', 'Austin', 1)).toEqual(['-']);
	});
});

// A plural geographic word after a place's name is the head of a feature's or a place's own name ("the
// Florida Keys", "Madison Woods"), not a team's nickname: the name is not read as a team's town (usage
// embedded), and the town's bare name later ("Florida fans") is not taken for a team either. Written for
// these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The usages the text's toponyms named `name` were read with ("-" where none was read). */
function usagesOf(text: string, name: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.name === name)
		.map((t) => t.usage);
}

describe('a plural geographic word after a name is no team nickname', () => {
	it('reads "the Florida Keys" and then "Florida fans" as no team', () => {
		const usages = usagesOf('Divers head to the Florida Keys each winter, and Florida fans of reef diving book their boats early.', 'Florida');
		expect(usages).not.toContain('embedded');
		expect(usages.length).toBeGreaterThan(0);
	});

	it('reads "the Virginia Capes" as no team', () => {
		expect(usagesOf('A storm churned the sea off the Virginia Capes on Tuesday night.', 'Virginia')).not.toContain('embedded');
	});

	it('reads "the Madison Woods" and "the Austin Flats" as no teams', () => {
		expect(usagesOf('Volunteers cleared a trail through the Madison Woods on Saturday.', 'Madison')).not.toContain('embedded');
		expect(usagesOf('The new homes at the Austin Flats sold out within a week.', 'Austin')).not.toContain('embedded');
	});

	it('still reads "the Madison Owls" as a team of Madison', () => {
		expect(usagesOf('Fans of the Madison Owls waited for hours outside the arena in Chicago.', 'Madison')).toEqual(['embedded']);
	});
});

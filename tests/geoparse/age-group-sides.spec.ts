// "an England Under-21 match", "Wales U21s": a country's or a region's name before an age group names its side,
// which the map shows at the place as it does "the England team"; the capitalised age group was read as the
// rest of a longer name and the place left embedded (BBC audit, session 40). An age group that goes on into a
// capitalised name ("the Toronto Under-18 Hockey League") is still a body's name, and so is a town's name before
// one: a club named like a town abroad ("Ajax U19") is no town's side. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const usages = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.country ?? '-'}:${t.usage}`);

describe('a name before an age group', () => {
	it('names the place\'s side, read as the place', () => {
		expect(usages('The striker hurt his knee in an England Under-21 match against Holland.')).toEqual(['England:GB:literal', 'Holland:NL:literal']);
		expect(usages('A former Wales Under-21 skipper is set for his first full cap.')).toEqual(['Wales:GB:literal']);
		expect(usages('He won eight Scotland U21 caps before his move.')).toEqual(['Scotland:GB:literal']);
		expect(usages('Italy U-20 beat France by ten points.')).toEqual(['Italy:IT:literal', 'France:FR:literal']);
	});

	it('is still a body\'s name where a capitalised word goes on after the age group', () => {
		expect(usages('The Toronto Under-18 Hockey League cancelled its season.')).toEqual(['Toronto:CA:embedded']);
	});

	it('leaves a town\'s name before an age group inside the name: a club may be named like a town abroad', () => {
		expect(usages('Ajax Under-19s lost 2-1 to Benfica in Lisbon on Wednesday.')).toContain('Lisbon:PT:literal');
		expect(usages('Ajax Under-19s lost 2-1 to Benfica in Lisbon on Wednesday.').filter((u) => u.startsWith('Ajax'))).not.toContainEqual(expect.stringContaining(':literal'));
	});

	it('leaves other capitalised words after a name as they were', () => {
		expect(usages('The England Rugby Football Union met on Monday.').map((u) => u.split(':')[2])).toEqual(['embedded']);
		expect(usages('She joined Wales Online as a reporter.').map((u) => u.split(':')[2])).not.toContain('literal');
	});
});

// A town's bare name listed with a club's full name is a club too (club-lists.ts, a club-town sign in
// club-towns.ts): in a text naming a British or European competition "Chelsea and Barcelona, and Real Madrid",
// "Barcelona, Bayern Munich, Porto", "AC Milan, Bayer Leverkusen, Juventus, Lyon" are clubs (usage embedded: recognised, not mapped). Not a list
// a word places ("fans in Lyon, Bayern Munich and Marseille"), not a country ("Juventus, Monaco": the nation's
// name stays the nation), not a list in a text without sport, not a list of towns with no club's full name in it,
// not without a British or European competition named ("FC Dallas, Houston and Austin": American usage).
// Texts written for these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { usagesOfEach } from '../helpers/usages.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const usages = (text: string, name: string): string[] => usagesOfEach(text, name, gazetteer);

describe('a town listed with a club', () => {
	it('reads a town listed with a club opener\'s, a club kind\'s or a region\'s club as the club', () => {
		const favourites = 'The favourites in the Champions League draw are Chelsea and Barcelona, and Real Madrid. The football season resumes in February.';
		expect(usages(favourites, 'Barcelona')).toEqual(['embedded']);
		const through = 'Barcelona, Bayern Munich, Porto and Werder Bremen reached the knockout stage of the Champions League. The match draw is on Friday.';
		expect([...usages(through, 'Barcelona'), ...usages(through, 'Porto')]).toEqual(['embedded', 'embedded']);
		const group = 'AC Milan, Bayer Leverkusen, Juventus, Lyon were already through before the last match of the Uefa Cup group stage.';
		expect([...usages(group, 'Leverkusen'), ...usages(group, 'Lyon')]).toEqual(['embedded', 'embedded']);
	});

	it('reads a comma with other white space after it as a list\'s comma too (", " is only the common one)', () => {
		const spaced = 'Barcelona,  Bayern Munich,\tPorto and Werder Bremen reached the knockout stage of the Champions League. The match draw is on Friday.';
		expect([...usages(spaced, 'Barcelona'), ...usages(spaced, 'Porto')]).toEqual(['embedded', 'embedded']);
	});

	it('leaves a placed list, a country, a text without sport and a list of towns alone', () => {
		expect(usages('The football league match drew fans in Lyon, Bayern Munich and Marseille.', 'Lyon')).toEqual(['literal']);
		expect(usages('AC Milan, Juventus, Monaco and Porto qualified from the football league groups; the match draw is on Friday.', 'Monaco')).toEqual(['literal']);
		expect(usages('The bank opened offices in Frankfurt and then Barcelona, Bayern Munich and Madrid followed with new branches.', 'Barcelona')).toEqual(['literal']);
		expect(usages('Fans from Lyon, Paris and Marseille travelled to the Champions League football match.', 'Paris')).toEqual(['literal']);
		// (American usage: a club named "FC Dallas" beside other towns' sides, without a British or European competition)
		const american = 'FC Dallas, Houston and Austin all won at home in the soccer league on Saturday, and the match drew big crowds. Austin is growing fast, and Houston has a new airport terminal.';
		expect([...usages(american, 'Austin'), ...usages(american, 'Houston')]).toEqual(['literal', 'literal', 'literal', 'literal']);
	});
});

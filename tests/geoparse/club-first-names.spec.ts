// A place's name that is also a first name ("Chelsea", "Chester") is set aside as the first name where
// nothing places it; a text that gives it a team's people or a side's score names the club
// called after the place, at every bare mention. Sentences written for these tests (BBC audit, session 38).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The offsets of the toponyms named `name`, each with its country. */
function mentions(text: string, name: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.name === name)
		.map((t) => `${t.start} → ${t.country}`);
}

const at = (text: string, word: string, from = 0) => text.indexOf(word, from);

describe('a first name the text gives a club', () => {
	it('is the club\'s place at its bare mentions after a team\'s title ("Chelsea boss")', () => {
		const text = 'Chelsea boss Jose Mourinho was furious after the draw at Goodison Park in Liverpool. Chelsea had led for an hour, and the visitors from London still sit top of the table, but Mourinho said Chelsea must be sharper on Wednesday.';
		const found = mentions(text, 'Chelsea');
		expect(found).toEqual([`0 → GB`, `${at(text, 'Chelsea', 10)} → GB`, `${at(text, 'Chelsea', 150)} → GB`]);
	});

	it('is the club as a side in a result with a score ("Chester beat Leeds 2-1")', () => {
		const text = 'Chester beat Leeds 2-1 in the third round of the English cup in 1991, when Chester were bottom of the fourth tier and Wrexham were above them.';
		expect(mentions(text, 'Chester')).toEqual([`0 → GB`, `${at(text, 'Chester', 10)} → GB`]);
	});

	it('stays a person where the text gives a person the name somewhere ("Chelsea Clinton")', () => {
		expect(mentions('Chelsea Clinton waved to the Chelsea fans outside the stadium in London before Chelsea lost.', 'Chelsea')).toEqual([]);
		expect(mentions('Chelsea said she would join the Chelsea supporters at the game in London.', 'Chelsea')).toEqual([]);
	});

	it('stays a first name where nothing names a club: no team title, no score', () => {
		expect(mentions('Chester beat Kyle in the final of the school chess contest in York, and Chester said he was delighted.', 'Chester')).toEqual([]);
		// two people and their set scores
		expect(mentions('Madison beat Chelsea 6-4, 6-2 in the junior girls\' final at the club in Leeds.', 'Chelsea')).toEqual([]);
		// a law case, an election, a politician's crowd
		expect(mentions('The Supreme Court heard Lawrence v Texas in Washington in 2003, and Lawrence was cited again this week.', 'Lawrence')).toEqual([]);
		expect(mentions('Shelby beat Memphis in the ward race for council by 40 votes, and Shelby thanked the voters of Tennessee.', 'Shelby')).toEqual([]);
		expect(mentions('Dean supporters cheered in a hall in Des Moines, Iowa, as the first results came in on Monday night.', 'Dean')).toEqual([]);
		expect(mentions('Her daughter Chelsea, 12, won the spelling contest in Leeds. Chelsea said she was thrilled and Chelsea will now go to the final.', 'Chelsea')).toEqual([]);
	});
});

describe('a first name as the subject of a plural verb', () => {
	it('is the club: a side takes "have", "are", "were" in British news ("Chelsea have signed")', () => {
		const text = 'Chelsea have signed a French midfielder. Blackburn had also bid for him, but the player said Chelsea were the bigger club.';
		expect(mentions(text, 'Chelsea')).toEqual([`0 → GB`, `${at(text, 'Chelsea', 10)} → GB`]);
		expect(mentions('"Chelsea are the best side in England," said the Bolton manager.', 'Chelsea')).toEqual([`1 → GB`]);
	});

	it('stays a person where the name is not the clause\'s lone subject, or takes a singular verb', () => {
		expect(mentions('Chelsea and Tom have two children and live in Leeds.', 'Chelsea')).toEqual([]);
		expect(mentions('Did Chelsea have a good time in Leeds last week?', 'Chelsea')).toEqual([]);
		expect(mentions('Her mother let Chelsea have the car for the trip to Leeds.', 'Chelsea')).toEqual([]);
		expect(mentions('Chelsea has been a nurse in Leeds for ten years.', 'Chelsea')).toEqual([]);
		expect(mentions('Kids like Chelsea are growing up fast in Leeds.', 'Chelsea')).toEqual([]);
	});
});

// "The chairman, David Farrow, … 'I have worked with David for years'": a name the text gives a person at one
// mention (an honorific before it, or a well-known town's name read as a first name before a surname) is that
// person at its other bare mentions where nothing the text says chose the place; and an honorific before a
// region's or a country's one-word name makes it a surname ("Mr Kerry"). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The places the text's mentions of a name resolve to, on the map (embedded names left out). */
const placesOf = (text: string, name: string): string[] =>
	geoparse(text, gazetteer)
		.filter((t) => t.name === name && t.usage !== 'embedded')
		.map((t) => `${t.placeName}, ${t.country}`);

describe('a name the text gives a person elsewhere', () => {
	it('is that person where only its size chose the town', () => {
		expect(placesOf('The chairman, David Farrow, stepped down on Friday. Colleagues said: "I have worked with David for years and he leaves a strong club."', 'David')).toEqual([]);
		expect(placesOf('In the run-up to David Farrow\'s exit the board met twice. "David will be missed," the owner said.', 'David')).toEqual([]);
	});

	it('is that person after an honorific, even where the name is a region\'s or a country\'s', () => {
		expect(placesOf('Mr Kerry told reporters the count was close. Kerry supporters gathered outside the hall in Ohio on Tuesday night.', 'Kerry')).toEqual([]);
		expect(placesOf('The producer Tom Mann won the prize. Mr Mann said he would give the money away.', 'Mann')).toEqual([]);
	});

	it('stays the place the text puts it in, or sets among its other places', () => {
		expect(placesOf('David Farrow opened a coffee shop in David last spring, and the shop in David now employs ten people.', 'David')).toEqual(['David, PA', 'David, PA']);
		expect(placesOf('Georgia Smith won the race in Atlanta. Georgia voters backed the bill on Tuesday, officials in Macon said.', 'Georgia')).toEqual(['Georgia, US']);
		expect(placesOf('Mr Kerry, a dairy farmer from Tralee, spoke at the meeting. Kerry farmers say prices in Killarney and Dingle have fallen.', 'Kerry')).toEqual(['Kerry, IE']);
	});

	it('leaves a country, a capital, a headline running into the text and a name after an article alone', () => {
		expect(placesOf('Jordan Henderson scored twice on Saturday. Jordan\'s king later visited the troops in Amman.', 'Jordan')).toEqual(['Jordan, JO']);
		expect(placesOf('Paris Vaughan sang at the gala. Paris was busy with tourists all week.', 'Paris').at(-1)).toBe('Paris, FR');
		expect(placesOf('Fans cheer in Sydney Jack Lorne beat the top seed on Sunday. The Sydney crowd stayed to the end.', 'Sydney')).toEqual(['Sydney, AU']);
		expect(placesOf('DR Congo held elections on Sunday, and turnout in DR Congo was high.', 'DR Congo')).toHaveLength(2);
		// ("the Florida Keys" read as a first name and a surname: after an article it tells no other mention)
		expect(placesOf('Ferries sail to the Florida Keys at dawn, and Florida anglers book their seats early.', 'Florida')).toEqual(['Florida, US']);
	});
});

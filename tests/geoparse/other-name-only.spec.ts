// A town the text names only by another of its names (an old or foreign one, or a stunt), not known abroad,
// is no place after a preposition where the text reads the name as a person or a firm at another mention
// and nothing but its size, its country or being the one bearer of that name chose it (said bare, it was
// never mapped). An exonym the news writes for a town ("Ypres") stays. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town named only by another of its names', () => {
	it("is no place after a preposition where the text reads the name as a firm elsewhere (\"Google's chief executive\")", () => {
		const text = "Google's chief executive said profits doubled. She joined as head of marketing at Google in March, after years at a rival.";
		expect(readPlaces(gazetteer, text)).toEqual([]);
	});

	it('is no place after a preposition where an English-named town bears it as a name sharing no word with its own, written bare elsewhere (leads s46)', () => {
		expect(readPlaces(gazetteer, 'Microsoft wants a rival to Google. Google still leads the search market, analysts said.')).toEqual([]);
		// ("Walsingham" of Little Walsingham shares a word with the town's own name: a short form, not a stunt)
		expect(placeOf(gazetteer, 'Pilgrims walk to Walsingham each May. Walsingham has drawn them since the Middle Ages.', 'Walsingham')).toBe('city GB/ENG');
		// (nor a Welsh name in Wales, nor an old name the text says is one: revA s46)
		expect(placeOf(gazetteer, 'Fans travelled to Wrecsam for the cup tie. Wrecsam won 2-0.', 'Wrecsam')).toBe('city GB/WLS');
		expect(placeOf(gazetteer, 'The town was called Mauch Chunk until 1954. Coal barges left from Mauch Chunk daily.', 'Mauch Chunk')).toBe('city US/PA');
	});

	it('is no place after a preposition where the text gives the name to a person elsewhere', () => {
		const text = "Howard Hughes bought the studio in 1948. The actress who starred in Hughes' first western said he was kind to the crew.";
		expect(readPlaces(gazetteer, text)).toEqual([]);
	});

	it('is no place after a preposition where the person named in full speaks ("Howard Hughes said")', () => {
		const text = 'Howard Hughes said he would fly the plane himself. The crowd at Hughes cheered when it landed.';
		expect(readPlaces(gazetteer, text)).toEqual([]);
	});

	it('stays where the text reads its other mentions as the town (an exonym: "Ypres was rebuilt")', () => {
		const text = 'Veterans laid wreaths at Ypres on Sunday. Ypres was rebuilt after the war, and Ypres now welcomes a million visitors a year.';
		expect(readPlaces(gazetteer, text)[0]).toBe('Ypres → city BE/VLG');
	});

	it('stays where the other mention only speaks ("Ypres said it would pay": a town council speaks by its name)', () => {
		const text = "Our correspondent reports from Ypres. Ypres said it would pay for the new memorial, the mayor's office added.";
		expect(readPlaces(gazetteer, text)).toEqual(['Ypres → city BE/VLG']);
	});

	it("stays where the name opens the town's own (a short form)", () => {
		const text = "Stansted said new staff would start soon, and Stansted's owners apologised to passengers who waited hours at Stansted.";
		expect(placeOf(gazetteer, text, 'Stansted')).toBe('city GB/ENG');
	});

	it('stays where a qualifier places it', () => {
		expect(placeOf(gazetteer, 'Search traffic rose. Google, Kansas, as the town called itself for a month, drew visitors.', 'Google')).toBe('city US/KS');
	});
});

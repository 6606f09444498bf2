// "GB" is Great Britain's abbreviation in sports news ("the GB team", "Team GB", "GB's squad") as "UK" is the
// United Kingdom's (abbreviations.tsv); after a number it is a gigabyte ("a 40 GB drive"), a unit's symbol, not
// the country the count-before-country rule reads in "300 UK firms" (BBC audit, session 40); in US sports text it is
// Green Bay's code or the games-behind column (sports-codes.ts). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesIn = (text: string) =>
	geoparse(text, gazetteer)
		.filter((t) => t.usage !== 'embedded')
		.map((t) => `${t.name}:${t.country ?? '-'}`);

describe('GB', () => {
	it("is Great Britain's abbreviation for a national side", () => {
		expect(placesIn('The GB team finished fourth in the relay final on Sunday.')).toEqual(['GB:GB']);
		expect(placesIn('Organisers hope the new kit will help Team GB win more medals.')).toEqual(['GB:GB']);
		expect(placesIn("Three teenagers are among the newcomers in GB's 40-strong squad for the indoor championships.")).toEqual(['GB:GB']);
		expect(placesIn('Davis Cup: GB captain names two rookies for the tie against Israel.')).toEqual(['GB:GB', 'Israel:IL']);
	});

	it('is a gigabyte after a number, whatever word follows', () => {
		expect(placesIn('The new laptop comes with a 60 GB hard drive and a DVD writer.')).toEqual([]);
		expect(placesIn('The player stores 4 GB of music, about 1,000 songs.')).toEqual([]);
		expect(placesIn('The disk holds 250 GB, enough for a small film library.')).toEqual([]);
		expect(placesIn('The 20 GB model sells for $299 in the US.')).toEqual(['US:US']);
	});

	it("is Great Britain's where a British text names it beside other words", () => {
		expect(placesIn('The GB Olympic squad trained in Loughborough before flying to Paris.')).toEqual(['GB:GB', 'Loughborough:GB', 'Paris:FR']);
		expect(placesIn("Britain's GB hockey side beat Spain 3-1 in London.")).toEqual(['Britain:GB', 'GB:GB', 'Spain:ES', 'London:GB']);
		expect(placesIn('The GB women beat the United States 2-1 in Glasgow.')).toEqual(['GB:GB', 'United States:US', 'Glasgow:GB']);
	});

	it("is a US team's code or a standings column in US sports text, not Great Britain", () => {
		expect(placesIn('The Packers beat Detroit 31-20 at Lambeau Field. GB ran the ball 40 times as the coach leaned on the ground game.')).toEqual(['Detroit:US']);
		expect(placesIn('Dolphins (MIA) at Packers (GB), 4:25 p.m., Lambeau Field.')).toEqual([]);
		expect(placesIn('Team W L GB Streak: Brewers 85 60 - W3; Cubs 80 65 5 L1.')).toEqual([]);
	});

	it('leaves the count-before-country reading of other abbreviations as it was', () => {
		expect(placesIn('Some 300 UK firms backed the plan.')).toEqual(['UK:GB']);
	});
});

// "GB" is Great Britain's abbreviation in sports news ("the GB team", "Team GB", "GB's squad") as "UK" is the
// United Kingdom's (abbreviations.tsv); after a number it is a gigabyte ("a 40 GB drive"), a unit's symbol, not
// the country the count-before-country rule reads in "300 UK firms" (BBC audit, session 40). Texts written for these tests.
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

	it('leaves the count-before-country reading of other abbreviations as it was', () => {
		expect(placesIn('Some 300 UK firms backed the plan.')).toEqual(['UK:GB']);
	});
});

// "St. John's": a place whose own name ends in an apostrophe and s is read whole; a possessive after any
// other name is no part of it ("London's mayor"). Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const spans = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.country}`);

describe('a name written with an apostrophe and s', () => {
	it('is read whole where the place bears it so', () => {
		expect(spans("The ship docked in St. John's, Newfoundland, on Tuesday.")).toContain("St. John's → CA");
		expect(spans("Fog closed the airport in St. John's on Monday.")).toEqual(["St. John's → CA"]);
		expect(spans("Ferries to St. John's and Corner Brook were cancelled.")).toContain("St. John's → CA");
	});

	it('is read whole where the gazetteer writes the name without the apostrophe', () => {
		// GeoNames "St. Marys", Georgia: not the parish of St. Mary, Jamaica
		expect(spans("The storm hit St. Mary's, Georgia, late on Friday.")).toContain("St. Mary's → US");
		expect(spans("Schools in St. Mary's, Georgia, closed early.")).toContain("St. Mary's → US");
	});

	it('goes on through a possessive that is a name itself to the longer name', () => {
		// "Kings" is an alternate name of Montevallo, Alabama; the longer name is King's Lynn, Norfolk
		expect(spans("The train from King's Lynn was delayed on Monday.")).toEqual(["King's Lynn → GB"]);
		expect(spans("Police in King's Lynn, Norfolk, arrested two men.")).toContain("King's Lynn → GB");
	});

	it("keeps a saint's name read with its s before a capitalised noun a dedication, and a person's possessive no place", () => {
		expect(spans("He was treated at St. Mary's Hospital in London.")).toEqual(['London → GB']);
		expect(spans("Edward's decision surprised the board in Leeds.")).toEqual(['Leeds → GB']);
	});

	it("keeps a saint's name in s with the apostrophe alone before a capitalised noun a dedication", () => {
		expect(spans("The visitors lost 2-0 at St James' Park in the rain.")).toEqual([]);
		expect(spans("She was treated at St Thomas’ Hospital in London.")).toEqual(['London → GB']);
		// (a lower-case noun after it: the place's own)
		expect(spans("The ferry reached St Thomas' harbour at dawn.")).toHaveLength(1);
	});

	it("leaves a town in s with the apostrophe alone before a capitalised noun that is no building or ground, or that a name runs on from, the place's own", () => {
		expect(spans("Crowds filled St. Louis' Forest Park on Sunday.")).toEqual(['St. Louis → US']);
		expect(spans("St Helens' Labour councillors backed the plan.")).toEqual(['St Helens → GB']);
		expect(spans("St Kitts' Prime Minister flew to Toronto.")).toEqual(['St Kitts → KN', 'Toronto → CA']);
		expect(spans("St. Charles' Main Street reopened after the flood in Missouri.")).toEqual(['St. Charles → US', 'Missouri → US']);
	});

	it("reads a name through an elided French article (d', l')", () => {
		expect(spans("Police in Côte d'Ivoire said the border was closed.")).toEqual(["Côte d'Ivoire → CI"]);
		expect(spans('Troops were sent to Cote d’Ivoire last year.')).toEqual(['Cote d’Ivoire → CI']);
		expect(spans("Coeur d'Alene police said the road was closed.")).toEqual(["Coeur d'Alene → US"]);
		expect(spans("He said d'Artagnan was in Paris.")).toEqual(['Paris → FR']);
	});

	it("leaves a possessive after another name outside the name", () => {
		expect(spans("London's mayor spoke in Boston.")).toEqual(['London → GB', 'Boston → US']);
		expect(spans("Georgia's governor visited Savannah, Georgia.")).toContain('Georgia → US');
		expect(spans("Rain fell on St. Mary's County.")).toEqual(["St. Mary's County → US"]);
	});
});

// "the car giant Toyota", "Nokia, the phone maker,": a noun saying what kind of firm it is, right
// before a town's name or in an apposition after it, makes the name the firm's, here and at its other bare
// mentions (index.ts's firms). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The names the text maps as places (embedded names left out). */
const mapped = (text: string): string[] =>
	geoparse(text, gazetteer)
		.filter((t) => t.usage !== 'embedded')
		.map((t) => t.name);

describe('a town named as a kind of firm', () => {
	it('is the firm after a noun for its trade, and at its other bare mentions', () => {
		expect(mapped('The car giant Toyota will hire 300 people. Toyota also plans a new plant.')).toEqual([]);
		expect(mapped('The brewer Carlsberg is building a new site, and Carlsberg will hire 50 people.')).toEqual([]);
		expect(mapped('Jupiter, the research firm, expects more deals this year.')).toEqual([]);
	});

	it('is the research firm before its analysts or, ending the phrase, its research, and at its other bare mentions (leads s46)', () => {
		expect(mapped('For Jupiter analyst Olivier Martin, the decision was a mistake.')).toEqual([]);
		expect(mapped('Users want long battery life, said Jupiter. "It is early," said Tom Hay, an analyst at Jupiter research.')).toEqual([]);
		// (a city known abroad has analysts of its own; a research centre's town is no firm)
		expect(mapped('London analysts expect rates to rise.')).toEqual(['London']);
		expect(mapped('Scientists at the Woods Hole research center tagged sharks.')).toEqual(['Woods Hole']);
	});

	it('is the firm where an apposition after it says what kind', () => {
		expect(mapped('Nokia, the Nordic phone maker, opened a laboratory. Nokia will hire 40 people there.')).toEqual([]);
	});

	it("is the firm where the apposition, after \"its\", calls it a firm's partner (world-s54 A)", () => {
		expect(mapped('Ivanhoe said output would fall, and Zijin, its Chinese partner, said the mine would reopen. Zijin owns 40 percent.')).toEqual(['Chinese']);
		// (a place is called a producer too; a town's partner city is the town)
		expect(mapped('Saudi Arabia, the biggest oil producer, cut output.')).toEqual(['Saudi Arabia']);
		expect(mapped('Wyoming, the top coal producer, cut output.')).toEqual(['Wyoming']);
		expect(mapped('Alaska, the oil producer, sued.')).toEqual(['Alaska']);
		expect(mapped('Bordeaux, the wine producer, sold more.')).toEqual(['Bordeaux']);
		expect(mapped('Aid came from Leeds, and Dortmund, its partner city, sent a fire engine.')).toEqual(['Leeds', 'Dortmund']);
		// (an apposition about a person: "the daughter of a miner")
		expect(mapped('Born in Kiruna, the daughter of a miner, she trained as a nurse.')).toEqual(['Kiruna']);
	});

	it("stays the place after a sport's giant, a club's plural, a preposition, or in an apposition about something else", () => {
		expect(mapped('The football giant Barcelona signed a striker on Monday.')).toEqual(['Barcelona']);
		expect(mapped('Spanish giants Barcelona won again at home.')).toEqual(['Spanish', 'Barcelona']);
		expect(mapped('He joined the firm in Leeds last year, and Leeds has grown since.')).toEqual(['Leeds', 'Leeds']);
		expect(mapped("Detroit, the carmaker's home, lost jobs last year.")).toEqual(['Detroit']);
		expect(mapped('Oxford, the firm said, will get 200 new jobs.')).toEqual(['Oxford']);
		expect(mapped("The insurance firm's Norwich office will close.")).toEqual(['Norwich']);
	});

	it('stays the place where the name does not end the phrase after the firm\'s noun (a noun or "-based" follows)', () => {
		expect(mapped('She works for the firm Boston lawyer Mary Cole started in 1998.')).toEqual(['Boston']);
		expect(mapped('They sold the company Denver investors bought in 2019.')).toEqual(['Denver']);
		expect(mapped('The coffee giant Seattle-based Starbucks opened a store in Ohio.')).toEqual(['Seattle', 'Ohio']);
	});
});

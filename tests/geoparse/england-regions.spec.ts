// England's statistical regions, which British news names bare ("an MEP for the East Midlands", "prices in the
// North West and Yorkshire and the Humber", "the South West of England"), were missing from the gazetteer
// (features.tsv now has them). A region named by compass words alone needs the text in Britain, as every such
// name does (compass-regions.ts, POSITION_NAME): the North East of India, of Nigeria, of the US and North East Asia are
// none of them. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesIn = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.placeName}`);
const ENGLISH_REGIONS = /England|Midlands|Humber/;

describe("England's regions", () => {
	it('reads a region named whole', () => {
		expect(placesIn('The MEP for the East Midlands resigned on Monday.')).toEqual(['East Midlands:East Midlands']);
		expect(placesIn('The car plant in the West Midlands will close, and jobs in Yorkshire and the Humber went too.')).toEqual(['West Midlands:West Midlands', 'Yorkshire and the Humber:Yorkshire and the Humber']);
		expect(placesIn('Voters in the South West of England backed the Liberal Democrats.')).toEqual(['South West of England:South West England']);
	});

	it('reads a region named by compass words in a British text', () => {
		expect(placesIn('Jobs were cut in Britain, mostly in the South East.')).toEqual(['Britain:United Kingdom', 'South East:South East England']);
	});

	it("keeps a country's own region after its name and a possessive", () => {
		expect(placesIn("Sigatoka is a town of Fiji's Western Division, on Viti Levu.")).toContain('Western Division:Western Division');
	});

	it('reads no English region elsewhere', () => {
		for (const text of [
			'Trade with North East Asia grew last year.',
			'The North East of India is remote.',
			'Troops moved into the North East of Nigeria.',
			'Snow fell across the North East, the National Weather Service said in Boston.',
			'Farmers in North East Lincolnshire met on Monday.',
			'Jack Straw, touring South East Asian countries, praised the aid effort of Britain.',
			// a British word elsewhere in the text does not make another land's part England's (compass-span.ts)
			'The Scottish government said the North East of Scotland, around Aberdeen, depended on oil.',
			"The UK's Foreign Office warned against travel to the North East of Kenya, near Somalia.",
			'UK aid reached the North West of Syria after the earthquake near Aleppo.',
			"British nationals in Lagos and the rest of Nigeria's South West were told to stay indoors.",
			'The British embassy said two Britons were hurt in the South East of Washington DC.',
			'British troops fought tribesmen in the North West Frontier Province of British India, near Peshawar.',
		]) {
			expect(placesIn(text).filter((reading) => ENGLISH_REGIONS.test(reading.split(':')[1]!)), text).toEqual([]);
		}
	});
});

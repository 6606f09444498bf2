// A place's name before a capitalised head that makes a longer name the gazetteer lacks: "Djibouti City" is the
// city (not the country), "the Enguri Dam" no river, "Brunei Bay" a word of the bay's name (not the country).
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a country\'s or a region\'s name before "City"', () => {
	it('is the city of that name, over the whole span', () => {
		expect(readPlaces(gazetteer, 'Ferries to Djibouti City run twice a week.', { mappedOnly: true })).toEqual(['Djibouti City → city DJ/07']);
		expect(readPlaces(gazetteer, 'The court sits in Luxembourg City.', { mappedOnly: true })).toEqual(['Luxembourg City → city LU/LU']);
	});

	it('leaves a name the gazetteer has whole, a city\'s name before it, and "city" in lower case', () => {
		expect(readPlaces(gazetteer, 'He flew to Kuwait City.', { mappedOnly: true })).toEqual(['Kuwait City → city KW/02']);
		expect(geoparse('Leicester City beat Stoke on Saturday.', gazetteer).find((t) => t.name.startsWith('Leicester'))?.usage).toBe('embedded');
		expect(readPlaces(gazetteer, 'The port of Djibouti handles Ethiopia\'s trade.', { mappedOnly: true })[0]).toBe('Djibouti → country DJ/null');
	});
});

describe('a river\'s name before "Dam" or "Reservoir"', () => {
	it('names the works, which may lie far from the river\'s point: no place', () => {
		expect(geoparse('The Enguri Dam supplies much of the power of Georgia.', gazetteer).map((t) => t.name)).toEqual(['Georgia']);
	});

	it('leaves the river named as one', () => {
		expect(readPlaces(gazetteer, 'Rafting on the Enguri is popular in Georgia.', { mappedOnly: true })[0]).toBe('Enguri → water GE/null');
	});
});

describe('a country\'s name before "Bay" or "Gulf"', () => {
	it('is a word of the water\'s name, not the country', () => {
		// a bay the gazetteer lacks (Brunei Bay is in it since the world batch's entries: read whole there)
		const toponyms = geoparse('A causeway across Kuwait Bay opened in 2019.', gazetteer);
		expect(toponyms.map((t) => [t.name, t.usage])).toEqual([['Kuwait', 'embedded']]);
	});

	it('leaves the country named bare, and a water the gazetteer has whole', () => {
		expect(readPlaces(gazetteer, 'Oil was found off Brunei last year.', { mappedOnly: true })).toEqual(['Brunei → country BN/null']);
		expect(readPlaces(gazetteer, 'Fishing boats crowded Tampa Bay.', { mappedOnly: true })).toEqual(['Tampa Bay → water US/null']);
		expect(readPlaces(gazetteer, 'A bridge across Brunei Bay opened in 2020.', { mappedOnly: true })).toEqual(['Brunei Bay → water BN/null']);
	});
});

describe('a place\'s name before a capitalised "Square"', () => {
	it('names a square, which seldom lies in the place it is named after: no place', () => {
		expect(readPlaces(gazetteer, "The premiere was held in London's Leicester Square on Thursday.", { mappedOnly: true })).toEqual(['London → city GB/ENG']);
		expect(readPlaces(gazetteer, "Hundreds gather every Friday in Luanda's Independence Square.", { mappedOnly: true })).toEqual(['Luanda → city AO/20']);
	});

	it('leaves the place named bare or before a lower-case square', () => {
		expect(readPlaces(gazetteer, 'Traders set up stalls in the market square of Leicester.', { mappedOnly: true })).toEqual(['Leicester → city GB/ENG']);
	});
});

describe('the second of two lands a union\'s name joins after "of"', () => {
	it('is a word of the union\'s name, as the first is', () => {
		expect(readPlaces(gazetteer, 'The Federation of Rhodesia and Nyasaland broke up in 1963.', { mappedOnly: true })).toEqual([]);
	});

	it('leaves lands listed after a union\'s name that ends with the first', () => {
		expect(readPlaces(gazetteer, 'The Federation of Rhodesia bordered Mozambique and Angola.', { mappedOnly: true })).toEqual(['Mozambique → country MZ/null', 'Angola → country AO/null']);
		expect(readPlaces(gazetteer, 'Students of the University of Manchester and Leeds marched.', { mappedOnly: true })).toEqual(['Leeds → city GB/ENG']);
	});
});

describe('a town\'s or a region\'s name before a capitalised feature word (feature-head-span.ts)', () => {
	const named = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.placeName}:${t.usage}`);

	it('is one name with the word, placed at the town or in the region (wiki batches: airports, harbours, bays, parks)', () => {
		expect(named('Flights from Asahikawa Airport reach Tokyo in an hour and a half.')).toEqual(['Asahikawa Airport:Asahikawa:literal', 'Tokyo:Tokyo:literal']);
		expect(named('Yachts anchor in Akaroa Harbour, on the coast of New Zealand.')).toEqual(['Akaroa Harbour:Akaroa:literal', 'New Zealand:New Zealand:literal']);
		expect(named('Ferries cross Hiroshima Bay to the island shrine.')).toEqual(['Hiroshima Bay:Hiroshima:literal']);
		expect(named('Elephants roam Gorongosa National Park in central Mozambique.')).toEqual(['Gorongosa National Park:Gorongosa:literal', 'Mozambique:Mozambique:literal']);
	});

	it('runs over one landscape word before "National Park" ("Prespa Lakes National Park"), the park of the place\'s lakes or range', () => {
		expect(named('Pelicans nest in Prespa Lakes National Park every spring.')).toEqual(['Prespa Lakes National Park:Prespa:literal']);
		expect(named('Anglers camp on the shore in Khövsgöl Lake National Park.')).toEqual(['Khövsgöl Lake National Park:Khövsgöl Province:literal']);
	});

	it('runs over up to three capitalised words after a place\'s own name ("Yorkshire Dales National Park")', () => {
		expect(named('Walkers cross the Yorkshire Dales National Park every summer.')).toEqual(['Yorkshire Dales National Park:Yorkshire:literal']);
		// the park of Chichibu, Tama and Kai: the town alone is no toponym of the text
		expect(named('Mount Mito lies in the Chichibu Tama Kai National Park, west of Tokyo.').some((t) => t.startsWith('Chichibu:'))).toBe(false);
	});

	it('leaves an island\'s word outside (rolling review, s44: Hainan, Java, Batam), and a name that goes on after the word', () => {
		expect(named('Tourists returned to Hainan Island after the typhoon.')).toEqual(['Hainan:Hainan:literal']);
		expect(named('Volcanic ash grounded flights on Java Island.')).toEqual(['Java:Java:literal']);
		expect(named('A ferry capsized off Batam Island on Monday.')).toEqual(['Batam:Batam:literal']);
		expect(named('Bear Mountain State Park in New York reopened its bridge.').map((n) => n.split(':')[0])).toEqual(['New York']);
	});

	it('leaves lower-case words, bodies named after the place, compass words and a country\'s bay as they were', () => {
		expect(named('Troops reached Idlib province.')).toEqual(['Idlib:Idlib Governorate:literal']);
		expect(named('Maryland State Police said the California National Guard was deployed.')).toEqual(['Maryland:Maryland:embedded', 'California:California:embedded']);
		expect(named('Knock has its own airport, Ireland West Airport, 12 km away.').map((n) => n.split(':')[0])).not.toContain('West Airport');
		expect(named('A causeway across Kuwait Bay opened in 2019.')).toEqual(['Kuwait:Kuwait:embedded']);
	});
});

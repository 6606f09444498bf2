// "Nakuru County", "Kilimanjaro Region", "Helmand Province": a first-level division named with its
// country's division word (data/gazetteer/division-words.tsv) is the division, not the town it is named
// after; a lower-case word after the bare name ("the Kagera region", "Nakuru county") leaves the span the
// bare name and asks for the division.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { lookupEntries, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import type { DraftPlace } from '../../src/lib/server/gazetteer-build/draft.ts';
import { addDivisionWords, capitalWordKeys, readDivisionWords } from '../../src/lib/server/gazetteer-build/division-words.ts';
import { readTsv } from '../../src/lib/server/gazetteer-build/tsv.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const TABLE = join(PACKAGE_ROOT, 'data', 'gazetteer', 'division-words.tsv');

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const ids = (name: string) => lookupEntries(gazetteer, name).map((entry) => entry.id);
const spans = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, t.placeId]);

describe('a division named with its division word', () => {
	it('is the region, also where the bare name is a town\'s ("Nakuru County", "Dodoma Region", "Kandahar Province")', () => {
		expect(ids('Nakuru County')).toEqual(['adm1:KE-31']);
		expect(ids('Dodoma Region')).toEqual(['adm1:TZ-03']);
		expect(ids('Kilimanjaro Region')).toEqual(['adm1:TZ-09']);
		expect(ids('Ashanti Region')).toEqual(['adm1:GH-AH']);
		expect(ids('Kandahar Province')).toEqual(['adm1:AF-KAN']);
		expect(spans('Nakuru County officials met in Nakuru.')).toEqual([
			['Nakuru County', 'adm1:KE-31'],
			['Nakuru', 'gn:184622']
		]);
	});

	it('Iran\'s, Turkey\'s, Argentina\'s and Ecuador\'s provinces with their word are the province, not the city they are named after ("Kerman Province", "Van Province")', () => {
		const kinds = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, t.placeId, t.kind]);
		expect(kinds('Officials in Kerman Province said the quake killed 12.')).toEqual([['Kerman Province', 'adm1:IR-08', 'region']]);
		expect(kinds('Rescuers reached Van Province overnight.')).toEqual([['Van Province', 'adm1:TR-65', 'region']]);
		expect(kinds('Floods hit Mendoza Province on Monday.')).toEqual([['Mendoza Province', 'adm1:AR-M', 'region']]);
		expect(kinds('Rains fell on Guayas Province.')).toEqual([['Guayas Province', 'adm1:EC-G', 'region']]);
		// the bare name stays the city; Argentina's autonomous city is no province
		expect(kinds('Officials in Kerman said the quake killed 12.')[0]![2]).toBe('city');
		expect(ids('Ciudad Autónoma de Buenos Aires Province')).toEqual([]);
	});

	it('Russia\'s oblasts the data names bare are the oblast with their word ("Irkutsk Oblast" is not the city Irkutsk)', () => {
		const kinds = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, t.placeId, t.kind]);
		expect(kinds('The island lies in Irkutsk Oblast.')).toEqual([['Irkutsk Oblast', 'adm1:RU-IRK', 'region']]);
		expect(kinds('She grew up on a farm in Novosibirsk Oblast.')).toEqual([['Novosibirsk Oblast', 'adm1:RU-NVS', 'region']]);
		expect(ids('Sverdlovsk Oblast')).toEqual(['adm1:RU-SVE']);
		expect(ids('Kaliningrad Oblast')).toEqual(['adm1:RU-KGD']);
		// the bare name stays the city; an oblast the data names with its word keeps its one name
		expect(kinds('The flight landed in Irkutsk.')).toEqual([['Irkutsk', 'gn:2023469', 'city']]);
		expect(ids('Tomsk Oblast')).toEqual(['adm1:RU-TOM']);
		expect(ids('Tomsk Oblast Oblast')).toEqual([]);
		// a krai or republic gets no "Oblast"
		expect(ids('Krasnoyarsk Oblast')).toEqual([]);
	});

	it('is not read with a lower-case word: "the Kagera region", "Nakuru county" stay the bare name', () => {
		expect(spans('Cholera spread in the Kagera region of Tanzania.')[0]).toEqual(['Kagera', 'adm1:TZ-05']);
		expect(spans('Officials in Nakuru county said the outbreak was over.')[0]![0]).toBe('Nakuru');
		// a name the data has with its word reads whole in lower case as it did
		expect(spans('Officials in the Tigray region said.')[0]![0]).toBe('Tigray region');
	});

	it('a lower-case division word after the bare name asks for the region under its full name ("the Krasnoyarsk region", "Idlib province")', () => {
		const kinds = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, t.placeName, t.kind]);
		expect(kinds('Floods hit the Krasnoyarsk region in Siberia.')[0]).toEqual(['Krasnoyarsk', 'Krasnoyarsk Krai', 'region']);
		expect(kinds('Convoys left for Idlib province.')[0]).toEqual(['Idlib', 'Idlib Governorate', 'region']);
		expect(kinds('Cholera spread in the Kagera region.')[0]).toEqual(['Kagera', 'Kagera', 'region']);
		// no such word after it: the city
		expect(kinds('Floods hit Krasnoyarsk on Monday.')[0]).toEqual(['Krasnoyarsk', 'Krasnoyarsk', 'city']);
	});

	it('a lower-case word the data writes capitalised after the bare name asks for that division ("Nakuru county" is Nakuru County); a US county reads as before', () => {
		expect(spans('Nakuru county health officials said the outbreak was contained.')[0]).toEqual(['Nakuru', 'adm1:KE-31']);
		expect(spans('They drove from Mombasa county to Nairobi.')[0]).toEqual(['Mombasa', 'adm1:KE-28']);
		// no word after it: the town
		expect(spans('Nakuru police said.')[0]![1]).not.toBe('adm1:KE-31');
		// no US row in division-words.tsv: the same readings as before this rule
		const kinds = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, t.placeName, t.kind, t.country]);
		expect(kinds('Orange county health officials said the outbreak was contained.')).toEqual([['Orange county', 'Orange County', 'district', 'US']]);
		expect(kinds('Washington county commissioners voted on Tuesday in Oregon.')).toEqual([
			['Washington', 'Washington', 'city', 'US'],
			['Oregon', 'Oregon', 'region', 'US'],
		]);
	});

	it('a quarter of a national capital whose own region bears its name is the city\'s ("central Beirut", "northern Moscow"); a lesser city\'s namesake region and a state apart stay the region', () => {
		const kinds = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, t.placeName, t.kind]);
		expect(kinds('Protesters gathered in central Beirut on Saturday.')[0]).toEqual(['Beirut', 'Beirut', 'city']);
		expect(kinds('Shelling hit northern Idlib overnight.')[0]).toEqual(['Idlib', 'Idlib Governorate', 'region']);
		expect(kinds('Wildfires burned across central Washington this week.')[0]).toEqual(['Washington', 'Washington', 'region']);
		// a lesser city's namesake region is a land of its own ("New York State"); a capital's is its territory
		expect(kinds('Snow fell across central New York overnight.')[0]).toEqual(['New York', 'New York', 'region']);
		expect(kinds('Traffic stopped in northern Moscow.')[0]).toEqual(['Moscow', 'Moscow', 'city']);
	});

	it('gives no word to US divisions (its counties are places of their own, counties.ts)', async () => {
		const rows = await readTsv(TABLE);
		expect(rows.map((row) => row.country)).not.toContain('US');
		for (const row of rows) expect(row.note, row.country).toMatch(/^ISO 3166-2:/);
	});

	it('a compass name with its word ("North-West Region", "North West Region", "East Region") is the region only where the text names its country', () => {
		expect(ids('North-West Region')).toEqual(['adm1:CM-NW']);
		expect(ids('North West Region')).toEqual(['adm1:CM-NW']);
		expect(ids('Northwest Region')).toEqual(['adm1:CM-NW']);
		expect(spans('Separatists attacked Bamenda in the North-West Region of Cameroon.')[1]).toEqual(['North-West Region', 'adm1:CM-NW']);
		expect(spans("Fighting spread in Cameroon's South-West Region on Monday.")[1]).toEqual(['South-West Region', 'adm1:CM-SW']);
		expect(spans('Floods hit the East Region of Cameroon.')[0]).toEqual(['East Region', 'adm1:CM-ES']);
		// the country unnamed: a part of whatever the text is about
		expect(spans('Fighting spread in the South-West Region on Monday.')).toEqual([]);
		expect(spans('Sales grew in the East Region, the company said.')).toEqual([]);
	});

	it('addDivisionWords: the listed countries and codes only, not a name with its word or one it has; an English compass name in each way of writing it, a French one none', () => {
		const region = (id: string, name: string, names: string[] = [name]) => ({ id, name, country: id.slice(5, 7), names: new Set(names) }) as DraftPlace;
		const regions = [
			region('adm1:KE-31', 'Nakuru', ['Nakuru State']),
			region('adm1:LR-BG', 'Bong County'),
			region('adm1:NG-KD', 'Kaduna', ['Kaduna State']),
			region('adm1:TZ-13', 'Mara'),
			region('adm1:GH-CP', 'Central'),
			region('adm1:CM-NW', 'Northwest', ['Northwest', 'Nord-Ouest']),
			region('adm1:HT-NO', 'Nord-Ouest'),
			region('adm1:PH-BTG', 'Batangas'),
			region('adm1:PH-05', 'Bicol'),
			region('adm1:US-IN', 'Indiana')
		];
		const words = readDivisionWords([
			{ country: 'KE', word: 'County', codes: '' },
			{ country: 'TZ', word: 'Region', codes: '' },
			{ country: 'GH', word: 'Region', codes: '' },
			{ country: 'CM', word: 'Region', codes: '' },
			{ country: 'HT', word: 'Department', codes: '' },
			{ country: 'LR', word: 'County', codes: '' },
			{ country: 'NG', word: 'State', codes: '' },
			{ country: 'PH', word: 'Province', codes: '[A-Z]{3}' }
		]);
		expect(addDivisionWords(regions, words)).toEqual([
			{ id: 'adm1:KE-31', key: 'nakuru county' },
			{ id: 'adm1:TZ-13', key: 'mara region' },
			{ id: 'adm1:GH-CP', key: 'central region' },
			{ id: 'adm1:CM-NW', key: 'northwest region' },
			{ id: 'adm1:CM-NW', key: 'north west region' },
			{ id: 'adm1:PH-BTG', key: 'batangas province' }
		]);
		expect(regions.map((r) => [...r.names])).toEqual([
			['Nakuru State', 'Nakuru County'],
			['Bong County'],
			['Kaduna State'],
			['Mara', 'Mara Region'],
			['Central', 'Central Region'],
			['Northwest', 'Nord-Ouest', 'Northwest Region', 'North-West Region'],
			['Nord-Ouest'],
			['Batangas', 'Batangas Province'],
			['Bicol'],
			['Indiana']
		]);
	});

	it('capitalWordKeys: only the keys no other place bears', () => {
		const added = [
			{ id: 'adm1:KE-31', key: 'nakuru county' },
			{ id: 'adm1:TZ-13', key: 'mara region' }
		];
		const bearers = new Map([
			['nakuru county', ['adm1:KE-31']],
			['mara region', ['adm1:TZ-13', 'gn:1']]
		]);
		expect(capitalWordKeys(added, (key) => bearers.get(key) ?? [])).toEqual(['nakuru county']);
	});

	it('every row of the table reads: a capitalised word, codes that are a valid expression', async () => {
		const words = readDivisionWords(await readTsv(TABLE));
		for (const word of words) expect(word.word, word.country).toMatch(/^[A-Z][a-z]+$/);
		expect(words.find((word) => word.country === 'PH')!.codes!.test('NCR')).toBe(false);
	});
});

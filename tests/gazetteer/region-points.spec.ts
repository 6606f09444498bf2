// Region points the first gazetteer took from country-state-city put provinces on other continents
// (Hunan in Oklahoma, Helmand in Baltimore). The built index must place them where they are.
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupEntries, placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const toRadians = Math.PI / 180;
	const h = Math.sin(((b.lat - a.lat) * toRadians) / 2) ** 2 + Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(((b.lon - a.lon) * toRadians) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// True locations from public descriptions (infobox coordinates of the province, or of its capital
// where the region is small): each within 100 km of the region's point.
const REGIONS: [id: string, lat: number, lon: number, source: string][] = [
	['adm1:CN-HN', 27.6, 111.7, 'Hunan, 27°36′N 111°42′E (Wikipedia)'],
	['adm1:GB-NFK', 52.67, 1.0, 'Norfolk, England, 52°40′N 1°00′E (Wikipedia)'],
	['adm1:NO-02', 60.0, 11.0, 'Akershus, 60°N 11°E (Wikipedia, ro)'],
	['adm1:AF-HEL', 31.0, 64.0, 'Helmand, 31°00′N 64°00′E (Wikipedia)'],
	['adm1:BE-VWV', 51.0, 3.0, 'West Flanders, 51°00′N 3°00′E (Wikipedia)'],
	['adm1:CH-UR', 46.8, 8.63, 'Uri; Altdorf, its capital, 46°53′N 8°38′E (Wikipedia)'],
	['adm1:AZ-AGC', 40.05, 47.46, 'Aghjabadi District; Aghjabadi town 40°03′N 47°27′E (Wikipedia)'],
	['adm1:AZ-SAL', 39.6, 48.98, 'Salyan District; Salyan town 39°36′N 48°59′E (Wikipedia)'],
	// Natural Earth and the package give one ISO code to different regions here (Iran's provinces were
	// renumbered): the point among the region's own towns is the region's
	['adm1:IR-07', 29.6, 52.5, 'Fars; Shiraz, its capital, 29°37′N 52°32′E (Wikipedia)'],
	['adm1:IR-01', 37.3, 49.6, 'Gilan; Rasht, its capital, 37°17′N 49°35′E (Wikipedia)'],
	['adm1:RU-KHA', 51.0, 136.0, 'Khabarovsk Krai, 51°N 136°E (Wikipedia, approximate centre)'],
	// Natural Earth labels the division on an outlying reef 550 km south-west, and the package's own point is
	// in another country: the mean of the places GeoNames files in it stands in
	['adm1:FJ-W', -17.62, 177.45, 'Western Division; Lautoka, its capital, 17°37′S 177°27′E (Wikipedia)']
];

describe('first-level region points', () => {
	it.each(REGIONS)('%s lies within 100 km of its true location (%s)', (id, lat, lon) => {
		const region = placeById(gazetteer, id);
		expect(region, id).toBeDefined();
		expect(km(region!, { lat, lon })).toBeLessThan(100);
	});

	it('takes a published geographical centre where data/gazetteer/region-centres.tsv gives one (New South Wales, not 101 km north of it)', () => {
		// the NSW Geographical Names Board's cairn, 32°09′42″S 147°01′04″E
		const nsw = placeById(gazetteer, 'adm1:AU-NSW');
		expect(km(nsw!, { lat: -32.1617, lon: 147.0178 })).toBeLessThan(5);
		expect(nsw?.admin1).toBe('02');
	});

	it('carries the GeoNames admin1 code its towns carry, so a town and its region share one code', () => {
		// GeoNames codes Ontario "08", the ISO code is ON; Texas is TX in both
		expect(placeById(gazetteer, 'adm1:CA-ON')?.admin1).toBe('08');
		expect(placeById(gazetteer, 'adm1:US-TX')?.admin1).toBe('TX');
		const toronto = placeById(gazetteer, 'gn:6167865');
		expect(toronto?.admin1).toBe('08');
	});

	it('leaves out a code whose towns lie far from the region (the package files Northern Ireland under North Yorkshire)', () => {
		expect(placeById(gazetteer, 'adm1:GB-NYK')?.admin1).not.toBe('NIR');
	});
});

describe("Natural Earth's English names of regions", () => {
	// Natural Earth and the package give one ISO code to different provinces of Iran (renumbered): Natural
	// Earth's English name under a code is not given to the package's province of that code where their GeoNames
	// codes differ ("West Azerbaijan" was Mazandaran's, 600 km east; "Kurdistan" was also Ilam's)
	const CAPITALS: [name: string, lat: number, lon: number, capital: string][] = [
		['West Azerbaijan', 37.55, 45.07, 'Urmia'],
		['East Azerbaijan', 38.08, 46.29, 'Tabriz'],
		['Kurdistan', 35.31, 47.0, 'Sanandaj'],
		['Kohgiluyeh and Boyer-Ahmad', 30.67, 51.59, 'Yasuj'],
		['Chaharmahal and Bakhtiari', 32.33, 50.86, 'Shahr-e Kord']
	];
	it.each(CAPITALS)('"%s" names no Iranian province but the one around its capital (%f, %f: %s)', (name, lat, lon) => {
		for (const region of lookupEntries(gazetteer, name, { country: 'IR', kind: 'region' })) expect(km(region, { lat, lon }), region.id).toBeLessThan(150);
	});

	it("still names a province by the package's own English name (East Azerbaijan, Kurdistan), or by an alias (West Azerbaijan)", () => {
		expect(lookupEntries(gazetteer, 'East Azerbaijan', { country: 'IR', kind: 'region' }).map((region) => region.id)).toEqual(['adm1:IR-03']);
		expect(lookupEntries(gazetteer, 'Kurdistan', { country: 'IR', kind: 'region' }).map((region) => region.id)).toEqual(['adm1:IR-12']);
		expect(lookupEntries(gazetteer, 'West Azerbaijan', { country: 'IR', kind: 'region' }).map((region) => region.id)).toEqual(['adm1:IR-04']);
	});
});

describe('regions that GeoNames keeps as second-level divisions', () => {
	it('carry the admin1 and admin2 codes of the towns around their point (English counties, French departments)', () => {
		expect(placeById(gazetteer, 'adm1:GB-SOM')).toMatchObject({ admin1: 'ENG', admin2: 'M3' });
		expect(placeById(gazetteer, 'adm1:FR-08')).toMatchObject({ admin1: '44', admin2: '08' });
		expect(placeById(gazetteer, 'adm1:IT-BS')).toMatchObject({ admin1: '09', admin2: 'BS' });
	});

	it("where a unitary authority's point falls among the county's towns, from data/gazetteer/division-codes.tsv", () => {
		expect(placeById(gazetteer, 'adm1:GB-KEN')).toMatchObject({ admin1: 'ENG', admin2: 'G5' });
		expect(placeById(gazetteer, 'adm1:GB-ESS')).toMatchObject({ admin1: 'ENG', admin2: 'E4' });
		expect(placeById(gazetteer, 'adm1:GB-LAN')).toMatchObject({ admin1: 'ENG', admin2: 'H2' });
		// ... and Medway, whose point lies among Kent's towns, does not take Kent's codes
		expect(placeById(gazetteer, 'adm1:GB-MDW')?.admin2 ?? null).toBeNull();
	});

	it('where the ISO code is also a first-level code of GeoNames, in a country whose ISO codes are its second-level codes (France)', () => {
		// Aude is FR-11, and "11" is also Île-de-France's first-level code
		expect(placeById(gazetteer, 'adm1:FR-11')).toMatchObject({ admin1: '76', admin2: '11' });
		expect(placeById(gazetteer, 'adm1:FR-93')).toMatchObject({ admin1: '11', admin2: '93' });
		// Rhône and the Métropole de Lyon both lie among the towns coded 69: the code is the Rhône's
		expect(placeById(gazetteer, 'adm1:FR-69')).toMatchObject({ admin1: '84', admin2: '69' });
		expect(placeById(gazetteer, 'adm1:FR-69M')?.admin2 ?? null).toBeNull();
	});

	it('but a region whose ISO code is a first-level code of GeoNames carries no second-level one (Bicol Region)', () => {
		expect(placeById(gazetteer, 'adm1:PH-05')?.admin2 ?? null).toBeNull();
	});
});

describe('region importance', () => {
	it('is the people of its towns, up to a large city\'s: a parish of a few thousand does not outrank a city of its name', () => {
		expect(placeById(gazetteer, 'adm1:BM-SOU')!.population).toBeLessThan(10_000);
		expect(placeById(gazetteer, 'adm1:US-WY')!.population).toBeLessThan(1_000_000);
		expect(placeById(gazetteer, 'adm1:US-TX')!.population).toBe(1_000_000);
	});
});

// the regions the bare name itself finds (lookup also lists a withheld region last, as read with a division word)
const bareNameEntries = (name: string) => lookupEntries(gazetteer, name, { kind: 'region' }).filter((e) => e.matchedBy !== 'name with a division word');

describe('region names', () => {
	it('include the English name news writes, where Natural Earth gives one', () => {
		const ids = (name: string) => bareNameEntries(name).map((e) => e.id);
		expect(ids('North Kivu')).toContain('adm1:CD-NK');
		expect(ids('Carinthia')).toContain('adm1:AT-2');
	});

	it('but not one that is an English word, nor one a town of the country has', () => {
		expect(lookupEntries(gazetteer, 'Federal', { kind: 'region' })).toEqual([]);
		expect(lookupEntries(gazetteer, 'Jewish', { kind: 'region' })).toEqual([]);
		// Yerevan is the city; the province around it keeps its own name
		expect(bareNameEntries('Yerevan').map((e) => e.id)).not.toContain('adm1:AM-ER');
	});

	it('keep the bare name a big city bears only as another name that is no spelling of its own', () => {
		// GeoNames lists "Bahia" for Salvador, "Pernambuco" for Recife, "Henan" for Hengyang, "Bihar" for Bihar Sharif
		const ids = (name: string) => bareNameEntries(name).map((e) => e.id);
		expect(ids('Bahia')).toContain('adm1:BR-BA');
		expect(ids('Pernambuco')).toContain('adm1:BR-PE');
		expect(ids('Henan')).toContain('adm1:CN-HA');
		expect(ids('Bihar')).toContain('adm1:IN-BR');
		// ... but not one the city is known by abroad: "New York" is the city (the state is "New York State")
		expect(ids('New York')).not.toContain('adm1:US-NY');
	});
});

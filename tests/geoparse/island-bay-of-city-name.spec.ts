// A description of a small place that names an island or a bay after a big city's name ("Sydney Island, 2 km
// offshore", "Boston Bay to the north") names a feature the gazetteer lacks, not the city on another continent;
// the city's own bay or island near the subject stays ("Tampa Bay", "Manila Bay", "Montreal Island").
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe("a big city's name before a capitalised island's or bay's word", () => {
	it('is left unmapped far from the subject ("Sydney Island" off a South African town)', () => {
		const found = read('Port Nolloth is a town in the Northern Cape province of South Africa, on the Atlantic coast. Fishing boats shelter behind Sydney Island, 2 km offshore, and the lighthouse stands on Boston Bay to the north.');
		expect(found.filter((t) => t.startsWith('Sydney') || t.startsWith('Boston'))).toEqual([]);
		expect(found[0]).toBe('Port Nolloth → city ZA/08');
	});

	it('is left unmapped before a peninsula\'s word far from the subject ("the Tango Peninsula" of a Japanese town)', () => {
		const found = read('Ine is a town in Yosa District, Kyoto Prefecture, Japan, at the northern tip of the Tango Peninsula on the Sea of Japan.');
		expect(found.filter((t) => t.startsWith('Tango'))).toEqual([]);
		// ... a peninsula named after a town beside the subject stays
		expect(read('Ninilchik is a census-designated place in the Kenai Peninsula Borough, Alaska, United States, on the Kenai Peninsula south of Kenai.')).toContain('Kenai → city US/AK');
	});

	it("keeps the city's own bay or island beside the subject", () => {
		expect(read('Bacoor is a city in the province of Cavite, Philippines, on the southern shore of Manila Bay. Imus is 10 km to the south.')).toContain('Manila Bay → water PH/null');
		const verdun = read("Verdun is a borough of Montreal, Quebec, Canada, on the south shore of Montreal Island facing Nuns' Island. LaSalle lies to the west.");
		expect(verdun.filter((t) => t.startsWith('Montreal'))).toEqual(['Montreal → city CA/10', 'Montreal → city CA/10']);
	});

	it('is left unmapped where the subject is described in the bay ("an arm of Bristol Bay", far-from-subject.ts)', () => {
		const found = read('Dillingham is a city in the Dillingham Census Area of Alaska, United States, at the head of Nushagak Bay, an arm of Bristol Bay.');
		expect(found.filter((t) => t.startsWith('Bristol'))).toEqual([]);
	});

	it('leaves "Lake" or "Mount" before a town\'s name unmapped where the town lies far from the subject\'s own (wiki-s45 A, wiki-s46 A)', () => {
		const hobart = read('Fern Tree is a locality in the City of Hobart, Tasmania, Australia, on the slopes of Mount Wellington 8 km from the city centre.');
		expect(hobart.filter((t) => t.startsWith('Mount Wellington'))).toEqual([]);
		const grampians = read('Halls Gap is a town in the Shire of Northern Grampians, Victoria, Australia. Lake Bellfield lies just south of the town.');
		expect(grampians.filter((t) => t.startsWith('Lake Bellfield'))).toEqual([]);
		// ... and a stream named so in lower case; a town's stream near the subject stays
		expect(read('Mértola is a town in the Beja District of Portugal, where the Oeiras stream meets the Guadiana.').filter((t) => t.startsWith('Oeiras'))).toEqual([]);
		expect(read('Oeiras is a town in the Lisbon District of Portugal, where the Barcarena stream reaches the Tagus.')).toContain('Barcarena → city PT/14');
		// ... and keeps the lake of a town near the subject
		expect(read('Güigüe is a town in Carabobo, Venezuela, on the southern shore of Lake Valencia, 30 km south-east of Valencia.')).toContain('Lake Valencia → city VE/07');
	});

	it('leaves a town\'s name before a capitalised "Lake" unmapped where the town lies far from the subject\'s town or county (wiki-s52 A, wiki-s34 A)', () => {
		const karnack = read('Karnack is an unincorporated community in Harrison County, Texas, United States, near the western shore of Caddo Lake.');
		expect(karnack.filter((t) => t.startsWith('Caddo'))).toEqual([]);
		expect(karnack).toContain('Harrison County → district US/TX');
		expect(read('Mooringsport is a town in Caddo Parish, Louisiana, United States, on the north shore of Caddo Lake.').filter((t) => t.startsWith('Caddo →'))).toEqual([]);
		// ... and keeps the lake of a town near the subject ("China Lake" lies by China, Maine)
		expect(read('Greenfield is a city in Dade County, Missouri, United States. Stockton Lake lies to the north.')).toContain('Stockton → city US/MO');
		expect(read('Weeks Mills is a village in the town of China, Kennebec County, Maine, United States, near China Lake.').filter((t) => t.startsWith('China →'))).toEqual(['China → city US/ME', 'China → city US/ME']);
	});

	it('leaves a big city named far from the subject alone when no island or bay word follows', () => {
		const found = read('Port Nolloth is a town in the Northern Cape province of South Africa, on the Atlantic coast. Its crayfish are flown to Sydney and Boston.');
		expect(found).toContain('Sydney → city AU/02');
		expect(found).toContain('Boston → city US/MA');
	});
});

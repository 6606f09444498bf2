// The place a Wikipedia-style article describes ("X is a village in Y, Z") lies in the chain of
// containers its sentence names, or is left unmapped: a namesake elsewhere puts the dot on the wrong
// map. Texts written for these tests (tests/geoparse/genre-texts.ts has more), against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a described place and the chain of its containers', () => {
	it('is not a namesake in another state when none lies in the county and state named', () => {
		// the gazetteer has no Dover in New York: not Dover, Delaware (297 km off); the English county
		// of Kent is no container of a place in New York. It is put within Putnam County (within-parent.ts).
		for (const text of [
			'Dover is a hamlet in the town of Kent, Putnam County, New York, United States. Dover has a fire station.',
			'Dover is a hamlet in the town of Kent, Putnam County, New York.'
		])
			expect(new Set(read(text).filter((t) => t.startsWith('Dover')))).toEqual(new Set(['Dover → city US/NY (within)']));
	});

	it('reads a container named like a city or a country, with its country after it, as that country\'s state', () => {
		// "Georgia, United States" is no list of two countries, "New York" no city here
		expect(read('Mansfield is a village in Georgia, United States.')).toEqual(['Mansfield → city US/GA', 'Georgia → region US/GA', 'United States → country US/null']);
		expect(read('Madison is a village in New York, United States.').slice(0, 2)).toEqual(['Madison → city US/NY', 'New York → region US/NY']);
		// not in a list of countries, nor where no place is described
		expect(read('Offices in Georgia, United States and Russia.')[0]).toBe('Georgia → country GE/null');
		expect(read('He lives in Kuala Lumpur, Malaysia.')[0]).toBe('Kuala Lumpur → city MY/14');
	});

	it('keeps a namesake right beside the county named, the nearest point the gazetteer has', () => {
		// no Kent in Putnam County: Kent, Connecticut lies 47 km from the county's point
		expect(read('Kent is a town in Putnam County, New York, United States.')[0]).toBe('Kent → city US/CT');
	});

	it('reads the description past an aside after the name (pronunciation, other scripts, romanisations)', () => {
		const paris = read('Paris (Persian: پاريز, also Romanized as Pārīz) is a village in Howmeh Rural District, in the Central District of Bam County, Kerman Province, Iran. Paris had 210 people.');
		// no Paris in Iran: neither Paris nor its romanisation (an old name of Paris, France) is Paris,
		// France; the village is put within Bam County (within-parent.ts)
		expect(paris.filter((t) => t.startsWith('Paris') || t.startsWith('Pārīz'))).toEqual(['Paris → city IR/29 (within)', 'Paris → city IR/29 (within)']);
		expect(paris).toContain('Iran → country IR/null');
		expect(read('Lisbon (/ˈlɪzbən/) is a town in Androscoggin County, Maine, United States.')[0]).toBe('Lisbon → city US/ME');
		expect(read('Toledo (Spanish pronunciation: [toˈleðo]) is a city in the department of Norte de Santander, Colombia.')[0]).toBe('Toledo → city CO/21');
	});

	it('weighs the towns of a country\'s name by the parents the sentence names, down to one known only from a post office', () => {
		// the gazetteer knows Lebanon, Kansas and Jamaica, Iowa only from their ZIP codes; Tennessee's
		// Lebanon and New York's Jamaica are far bigger
		expect(read('Lebanon is a city in Smith County, Kansas, United States.')[0]).toBe('Lebanon → city US/KS');
		expect(read('Lebanon is a city in Kansas.')[0]).toBe('Lebanon → city US/KS');
		expect(read('Jamaica is a city in Guthrie County, Iowa, United States.')[0]).toBe('Jamaica → city US/IA');
		// the country stays the country where the words say so
		expect(read('Lebanon is a country in the Middle East, bordering Syria and Israel.')[0]).toBe('Lebanon → country LB/null');
	});
});

describe('the divisions a stub names on the way to its country', () => {
	it('are no namesakes abroad ("the district of Gruyère … in Switzerland" is not Gruyere, Victoria)', () => {
		const found = read('Sorens is a municipality in the district of Gruyère in the canton of Fribourg in Switzerland.');
		expect(found.filter((t) => t.startsWith('Gruyère'))).toEqual([]);
		expect(found).toContain('Switzerland → country CH/null');
	});

	it('lie in the divisions named after them ("the town of Lafayette, Chippewa County, Wisconsin" is not Lafayette, Louisiana)', () => {
		const found = read('Cadott is a village in the town of Lafayette, Chippewa County, Wisconsin, United States.');
		// (the town the gazetteer lacks is put within the county: within-parent.ts)
		expect(found.filter((t) => t.startsWith('Lafayette'))).toEqual(['Lafayette → city US/WI (within)']);
		expect(found).toContain('Chippewa County → district US/WI');
	});

	it('hold the subject: one read in another region of the country than its province\'s seat is not taken', () => {
		// the only Carrizal in Spain lies on Gran Canaria, not in the province of Guadalajara: the
		// municipality is put within the province's seat (within-parent.ts)
		const found = read('Carrizal is a small municipality in the province of Guadalajara, Spain. Carrizal has a church.');
		expect(found.filter((t) => t.startsWith('Carrizal'))).toEqual(['Carrizal → city ES/54 (within)', 'Carrizal → city ES/54 (within)']);
		expect(found[1]).toMatch(/^Guadalajara → city ES/);
	});

	it('place a subject the gazetteer lacks by the one division of their whole name, so a lone town abroad is no neighbour', () => {
		// the gazetteer has the district (division word and all) but not the village; India's only Harpālpur
		// lies 1,200 km west of the district, and India is named only for where the tea is sold
		const text = 'Rajghat Bazar is a village in the Moulvibazar District, in the north-east of Bangladesh. Its tea is sold as far as Bihar in India, and a paved road leads east to Harpalpur.';
		const found = read(text);
		expect(found.filter((t) => t.startsWith('Harpalpur'))).toEqual([]);
		expect(found).toContain('Moulvibazar District → region BD/null');
		expect(found).toContain('Bihar → region IN/34');
	});

	it('read "the Canton of Bern" as the canton\'s title and name, not a town called Canton', () => {
		const found = read('Mürren is a village in the Bernese Oberland, in the Canton of Bern in Switzerland.');
		expect(found.filter((t) => t.startsWith('Canton'))).toEqual([]);
		expect(found).toContain('Switzerland → country CH/null');
	});

	it('read "the Bay of X" the gazetteer lacks as a water\'s title and name, not the Somali region Bay', () => {
		const found = read('Drvenik is a village in Croatia on the Bay of Kremena, facing the islands.');
		expect(found.filter((t) => t.startsWith('Bay'))).toEqual([]);
		expect(found).toContain('Croatia → country HR/null');
	});
});

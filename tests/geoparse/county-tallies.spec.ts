// "Top counties: Preston, 1,730; Randolph, 1,402; Mason, 1,150": a plural county word that heads a tally with a
// colon calls each item, with or without its count, the county of its name (tally-lists.ts), even where the name
// reads as a person's ("Randolph") or a word ("Mason"), and even where a city abroad bears it (Preston, England).
// Only where the gazetteer has "<name> County", and where the bare name is also a division's (Essex, Hampshire in
// England) only if the text names the county's state; a tally with another heading, or none, is left as it was. A tally of
// towns with each count after its name ("Berlin 860, Gorham 410, Randolph 120") is a list: a first name among its towns
// is the town (tally-items.ts). Texts written for these tests (us-local-s42 and -s43 A), against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => `${t.name}: ${t.placeName} (${t.kind}, ${t.country})`);

describe('a tally a county plural heads', () => {
	it('reads every item as the county of its name', () => {
		const places = read('Buck season. West Virginia hunters killed 41,822 bucks. Top counties: Preston, 1,730; Randolph, 1,402; Greenbrier, 1,344; Jackson, 1,210; Hampshire, 1,198; Mason, 1,150.');
		for (const county of ['Preston', 'Randolph', 'Greenbrier', 'Jackson', 'Hampshire', 'Mason']) expect(places).toContain(`${county}: ${county} County (district, US)`);
	});

	it('reads the items of a tally without counts too', () => {
		expect(read("Iowa's best pheasant counties: Sac, Calhoun and Buena Vista.")).toContain('Calhoun: Calhoun County (district, US)');
	});

	it('leaves a British tally of counties to England\'s', () => {
		// (rolling review, s42: "<name> County" took Essex to New Jersey, Suffolk and Norfolk to Virginia)
		const text = 'The RSPB said sightings were highest in three counties: Essex, 412; Suffolk, 390; Norfolk, 301.';
		expect(read(text)).toEqual(['Essex: Essex (region, GB)', 'Suffolk: Suffolk (region, GB)', 'Norfolk: Norfolk (region, GB)']);
		expect(read('Most fly-tipping incidents by council area. Worst-hit counties: Kent, 1,204; Essex, 988; Norfolk, 640.')).toContain('Essex: Essex (region, GB)');
		// a heading that opens the text
		expect(read('Counties: Orange, 4,100; Lake, 2,300; Marion, 1,950, in Florida.')).toContain('Lake: Lake County (district, US)');
	});

	it('leaves a tally with another heading, and a list after "of"', () => {
		// (the same items under a heading of people)
		expect(read('West Virginia hunters had a good week. Top hunters: Preston, 12; Mason, 9.').some((line) => line.startsWith('Mason'))).toBe(false);
		expect(read('Preston, 1,730; Mason, 1,150 in West Virginia.').some((line) => line.startsWith('Mason: Mason County'))).toBe(false);
	});
});

describe('a tally of towns, each count after its name (tally-items.ts)', () => {
	it('reads a first name among the tally\'s towns as the town its neighbours lie around (us-local-s43 A)', () => {
		const places = read('Outages after the ice storm: Berlin 860, Gorham 410, Milan 355, Randolph 120 and Errol 60.');
		expect(places).toContain('Randolph: Randolph (city, US)');
		expect(places).toContain('Errol: Errol (city, US)');
	});

	it('leaves a box score\'s players under their team\'s name', () => {
		const places = read('Gorham 52, Berlin 47. Gorham: Randolph 14, Jefferson 9, Stark 6, Milan 4.');
		expect(places.filter((p) => p.startsWith('Randolph') || p.startsWith('Jefferson'))).toEqual([]);
		// (rolling review, s43: a scoring word before the players, or the team's score in brackets, says so too)
		for (const line of ['Leading scorers for Berlin were Randolph 14, Jefferson 9 and Stark 6.', 'GORHAM (52) Randolph 14, Jefferson 9, Stark 6, Milan 4.']) {
			expect(read(line).filter((p) => p.startsWith('Randolph') || p.startsWith('Jefferson'))).toEqual([]);
		}
	});
});

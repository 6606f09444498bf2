// Place words at the head of longer capitalised names, in Wikipedia-style and news texts written for
// these tests, against the real gazetteer: the longer name is not the place its first word names.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Each toponym as "name → country" ("embedded" marked). */
function read(text: string): string[] {
	return geoparse(text, gazetteer).map((t) => `${t.name} → ${t.country}${t.usage === 'embedded' ? ' (embedded)' : ''}`);
}

describe('a foreign or old name of a place heading a longer name', () => {
	it('is a word of that name, not the place abroad ("Kolonia Brzezie" is no Köln)', () => {
		const found = read('Kolonia Brzezie is a village in the administrative district of Gmina Warta, within Sieradz County, Łódź Voivodeship, in central Poland.');
		expect(found.filter((t) => t.endsWith('→ DE'))).toEqual([]);
		expect(found).toContain('Poland → PL');
	});

	it('is a word of that name before a small town ("Old Town Manassas")', () => {
		expect(read('Commuter trains stop at Old Town Manassas, a short drive from the park.').filter((t) => t.startsWith('Old Town'))).toEqual([]);
	});

	it('still names the place before a well-known place or an institution word', () => {
		expect(read('Delegates flew from Baku Azerbaijan to the summit.')).toEqual(['Baku → AZ', 'Azerbaijan → AZ']);
		expect(read('Shares of Munich Re rose in Frankfurt.')).toEqual(['Munich → DE', 'Frankfurt → DE']);
	});

	it('reads a stock exchange as an institution carrying the city\'s name', () => {
		expect(read('Shares fell on the New York Stock Exchange on Friday.')).toEqual(['New York → US (embedded)']);
	});
});

describe('a place name heading a feature\'s name', () => {
	it('is the river, not the state or the town ("the Arkansas River")', () => {
		// the Arkansas River is a curated feature now; the Tijuana River, which the gazetteer lacks, is no place (not the city)
		const found = read('Barges moved along the Arkansas River near Tulsa, and sewage flowed down the Tijuana River.');
		expect(found).toEqual(['Arkansas River → US', 'Tulsa → US']);
	});

	it('is the state park, not the state ("Historic Washington State Park")', () => {
		expect(read('The town of Hope is close to Historic Washington State Park in Arkansas.').filter((t) => t.startsWith('Washington'))).toEqual([]);
	});

	it('keeps a team or a park that carries a town\'s name, and the places the gazetteer has whole', () => {
		expect(read('Nottingham Forest lost at home.')).toEqual(['Nottingham → GB']);
		expect(read('The Mississippi River flooded, and Washington State sent crews.')).toEqual(['Mississippi River → US', 'Washington State → US']);
	});
});

describe('a place name joined to more of a name by another language\'s words', () => {
	it('is part of that name ("Saint-Martin-de-Lenne", "Neukirchen vorm Wald", "Stade de France")', () => {
		// (the commune, which the gazetteer lacks, is put within Aveyron: within-parent.ts)
		expect(read('Saint-Martin-de-Lenne is a commune in the Aveyron department in southern France.')).toEqual(['Saint-Martin-de-Lenne → FR', 'Aveyron → FR', 'France → FR']);
		// (the gazetteer has this one whole, which is read since "vorm" joins a name as "de" does; no other Neukirchen)
		expect(read('Neukirchen vorm Wald is a municipality in the district of Passau in Bavaria, Germany.').filter((t) => /^(Neukirchen|Wald) /.test(t))).toEqual(['Neukirchen vorm Wald → DE']);
		// (the ground, whole: features.tsv; not the country France)
		expect(read('The final was played at the Stade de France in Paris.').filter((t) => t.includes('France'))).toEqual(['Stade de France → FR']);
	});

	it('is part of a hyphenated name joined by "et" ("Tude-et-Lavalette" is no Lavalette), which the gazetteer may have whole', () => {
		expect(read('The canton of Tude-et-Lavalette lies in Charente.')).toEqual(['Charente → FR']);
		expect(read('The Lot-et-Garonne department borders Gironde.')).toEqual(['Lot-et-Garonne → FR', 'Gironde → FR']);
	});

	it('still lists places joined by English words and keeps names the gazetteer has whole', () => {
		expect(read('Aid reached Georgia and Armenia, and Bosnia and Herzegovina, by Monday.')).toEqual(['Georgia → GE', 'Armenia → AM', 'Bosnia and Herzegovina → BA']);
		expect(read('He flew from Frankfurt am Main to Rio de Janeiro.')).toEqual(['Frankfurt am Main → DE', 'Rio de Janeiro → BR']);
	});

	it('reads a name joined by "in" whole where the gazetteer has it whole ("Neustadt in Holstein"), and two places elsewhere', () => {
		expect(read('The ferry left Neustadt in Holstein before dawn.')).toEqual(['Neustadt in Holstein → DE']);
		expect(read('Our choir sang in Greve in Chianti last summer.')).toEqual(['Greve in Chianti → IT']);
		expect(read('She taught in Springfield in Illinois for a decade.')).toEqual(['Springfield → US', 'Illinois → US']);
	});
});

describe('a social-media handle', () => {
	it('is an account, not the place ("@Gillette")', () => {
		expect(read('Fans wrote to @Gillette and @Chelsea on Monday, and the team flew to Gillette, Wyoming.')).toEqual(['Gillette → US', 'Wyoming → US']);
	});
});

describe('a place name opening a venue\'s name', () => {
	it('gives the venue\'s whole name as the toponym ("Colchester General Hospital", "the Manila Cathedral")', () => {
		expect(read('He was taken to Colchester General Hospital for further care.')).toEqual(['Colchester General Hospital → GB (embedded)']);
		expect(read('The vigil was held at the Manila Cathedral on Saturday.')).toEqual(['Manila Cathedral → PH (embedded)']);
		expect(read('He stood in the dock of Belfast Magistrate’s Court on Monday.')).toEqual(['Belfast Magistrate’s Court → GB (embedded)']);
	});

	it('leaves an organisation\'s name, which is no site, as the place word ("Lagos Chamber of Commerce")', () => {
		expect(read('The Lagos Chamber of Commerce welcomed the plan.')).toEqual(['Lagos → NG (embedded)']);
		expect(read('The Houston Rockets won again.')).toEqual(['Houston → US (embedded)']);
	});

	it('gives a school\'s whole name where the place follows its "of" ("the University of Alberta")', () => {
		expect(read('She is a researcher at the University of Alberta, the paper said.')).toEqual(['University of Alberta → CA (embedded)']);
		// a bank's "of" is left alone
		expect(read('He began his career at the Bank of England in 1990.')).toEqual(['England → GB (embedded)']);
	});

	it('keeps the place itself where the venue word is not part of its name ("hospital in Colchester")', () => {
		expect(read('He was taken to a hospital in Colchester, England.')).toEqual(['Colchester → GB', 'England → GB']);
	});
});

describe('a place word inside a name that hyphens and a particle join', () => {
	it('is a word of that name, never the place alone ("Aveyron" of "Sévérac-d\'Aveyron", "Anjou" of "Doué-en-Anjou")', () => {
		const found = read("Buzeins is a former commune in the Aveyron department in southern France. In 2016 it was merged into Sévérac-d'Aveyron. The canton seat is Doué-en-Anjou, and the hamlet of Saint-Martin-de-Lenne lies nearby.");
		expect(found.filter((t) => t.startsWith('Aveyron'))).toEqual(['Aveyron → FR']);
		expect(found.filter((t) => t.startsWith('Anjou') || t.startsWith('Saint-Martin') || t.startsWith('Martin'))).toEqual([]);
	});

	it('leaves English compounds alone ("Paris-based", "a Baku-to-Ceyhan line")', () => {
		expect(read('A Paris-based group studied a Baku-to-Ceyhan pipeline.')).toEqual(['Paris → FR', 'Baku → AZ', 'Ceyhan → TR']);
	});
});

describe('a name read across a comma by another place\'s old or foreign name alone', () => {
	it('is the town before the comma and its region after it ("San Pablo, Laguna" is no San Pablo La Laguna, Guatemala)', () => {
		const found = read('Santa Cruz is a barangay in the municipality of San Pablo, Laguna, Philippines.');
		expect(found.filter((t) => t.endsWith('→ GT'))).toEqual([]);
		expect(found).toContain('San Pablo → PH');
		expect(found).toContain('Laguna → PH');
	});

	it('is the town and its state where the old name is of a place in another state of the country ("Pueblo, Colorado" is no Ganado, Arizona)', () => {
		const found = geoparse('He moved to Pueblo, Colorado, in 1990 and taught at the university there.', gazetteer).map((t) => `${t.name} → ${t.country} ${t.lat.toFixed(0)}`);
		expect(found).toEqual(['Pueblo → US 38', 'Colorado → US 40']);
	});

	it('still reads the longer name of a place in the region named ("Wilmington, North Carolina")', () => {
		expect(read('Wilmington, North Carolina, lies on the Cape Fear River.')).toContain('Wilmington, North Carolina → US');
	});
});

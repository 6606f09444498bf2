import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer/index.ts';
import { testGazetteer } from '../../../tests/helpers/gazetteer.ts';
import { geoparse } from './index.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function places(text: string, options = {}) {
	return geoparse(text, gazetteer, options).map((t) => ({ name: t.name, placeId: t.placeId, usage: t.usage }));
}

function names(text: string) {
	return geoparse(text, gazetteer).filter((t) => t.usage !== 'embedded').map((t) => t.name);
}

describe('geoparse', () => {
	it('returns spans that slice back to the name', () => {
		const text = 'Mine clearance in Aghdam and Shusha continued, Azerbaijan’s agency said.';
		const toponyms = geoparse(text, gazetteer);
		expect(toponyms.length).toBeGreaterThanOrEqual(3);
		for (const t of toponyms) expect(text.slice(t.start, t.end)).toBe(t.name);
	});

	it('reads possessives however the apostrophe is written', () => {
		for (const text of ["Azerbaijan's plan", 'Azerbaijan’s plan', 'Azerbaijan`s plan', 'Azerbaijanəs plan']) {
			expect(places(text)).toEqual([{ name: 'Azerbaijan', placeId: 'cc:AZ', usage: 'literal' }]);
		}
	});

	it('reads names of several words whatever joins them, and stops where no longer name goes on', () => {
		const text = "The Costa Ricans and Cook Islanders met in Bosnia and Herzegovina, the People's Republic of China and Saint Barthelemy.";
		expect(places(text)).toEqual([
			{ name: 'Costa Ricans', placeId: 'cc:CR', usage: 'associative' },
			{ name: 'Cook Islanders', placeId: 'cc:CK', usage: 'associative' },
			{ name: 'Bosnia and Herzegovina', placeId: 'cc:BA', usage: 'literal' },
			{ name: "People's Republic of China", placeId: 'cc:CN', usage: 'literal' },
			{ name: 'Saint Barthelemy', placeId: 'cc:BL', usage: 'literal' }
		]);
		// a possessive glued to the name is read alone only where no other name follows it
		expect(places('Azerbaijanəs Foreign Ministry said')).toEqual([]);
	});

	it('knows transliterations and local spellings', () => {
		expect(places('Shushi').map((p) => p.placeId)).toEqual(places('Shusha').map((p) => p.placeId));
		expect(places('They met in Garabagh.')[0]?.placeId).toBe('cur:karabakh');
		expect(places('They met in Qarabağ.')[0]?.placeId).toBe('cur:karabakh');
		expect(places('They met in Ağdam.')[0]?.placeId).toBe(places('They met in Aghdam.')[0]?.placeId);
		expect(places('the Qızılbulaq mine')[0]?.placeId).toBe('cur:gizilbulagh-deposit');
	});

	it('resolves demonyms to their country, as associative uses', () => {
		expect(places('the Azerbaijani president and a French ambassador met Armenians')).toEqual([
			{ name: 'Azerbaijani', placeId: 'cc:AZ', usage: 'associative' },
			{ name: 'French', placeId: 'cc:FR', usage: 'associative' },
			{ name: 'Armenians', placeId: 'cc:AM', usage: 'associative' }
		]);
	});

	it('keeps corridors as lines and regions as polygons, with a representative point', () => {
		const [corridor] = geoparse('Mines were laid along the Lachin corridor.', gazetteer);
		expect(corridor).toMatchObject({ name: 'Lachin corridor', kind: 'corridor', geometry: { type: 'LineString' } });
		const [region] = geoparse('Demining in Karabakh goes on.', gazetteer);
		expect(region).toMatchObject({ kind: 'region', geometry: { type: 'Polygon' } });
		expect(region!.lat).toBeGreaterThan(39);
		expect(region!.lat).toBeLessThan(41);
	});

	it('labels place words inside organisation and treaty names as embedded, never literal', () => {
		const text = 'The OSCE Minsk Group met after the Paris Agreement talks at the Baku Congress Center.';
		expect(names(text)).toEqual([]);
		expect(places(text).map((p) => p.usage)).toEqual(['embedded', 'embedded', 'embedded']);
		expect(places(text, { includeEmbedded: false })).toEqual([]);
	});

	it('does not take people for places', () => {
		expect(names('Russian President Vladimir arrived.')).toEqual(['Russian']);
		expect(names('The delegation of Zacharie Gross left. Gross wrote on Twitter.')).toEqual([]);
		expect(names('Mr. Heiden denied it.')).toEqual([]);
	});

	it('does not read a town into the landform named after it', () => {
		expect(names('Pollution could reach the Tartar river near Aghdam.')).toEqual(['Aghdam']);
	});

	it('does not take ordinary words, dates or acronyms for places', () => {
		expect(names('On Thursday, Police said the Mine Action Agency and the UN met in March.')).toEqual([]);
	});

	it('matches abbreviations case-sensitively', () => {
		expect(places('US troops and the U.S. Navy').map((p) => p.placeId)).toEqual(['cc:US', 'cc:US']);
		expect(names('let us go')).toEqual([]);
		expect(places('Columbia, S.C., police').map((p) => p.placeId)).toContain('adm1:US-SC');
		expect(names('in 500 BC')).toEqual([]);
	});

	it('picks the homonym the document is about', () => {
		const [paris] = geoparse('Paris, Texas, held a fair.', gazetteer);
		expect(paris).toMatchObject({ country: 'US' });
		expect(paris!.reasons).toContain('qualified');
		const [london] = geoparse('London, Ontario, was flooded.', gazetteer);
		expect(london).toMatchObject({ country: 'CA' });
		const inUk = geoparse('Floods hit London and Manchester in England.', gazetteer);
		expect(inUk[0]).toMatchObject({ placeName: 'London', country: 'GB' });
	});

	it('reports a confidence and the reasons for each place', () => {
		for (const t of geoparse('Yerevan, Abu Dhabi and the Caspian Sea.', gazetteer)) {
			expect(t.score).toBeGreaterThan(0);
			expect(t.score).toBeLessThanOrEqual(1);
			expect(t.reasons.length).toBeGreaterThan(0);
		}
	});

	it('handles empty and place-free text', () => {
		expect(geoparse('', gazetteer)).toEqual([]);
		expect(geoparse('nothing to see here at all', gazetteer)).toEqual([]);
	});
});

describe('geoparse on encyclopaedic text', () => {
	it('reads surnames after first names, even when they name big cities', () => {
		// (Anfield is the Liverpool ground: features.tsv)
		expect(names('Jordan Henderson scored at Anfield. Victoria Beckham flew to Perth.')).toEqual(['Anfield', 'Perth']);
	});

	it('never reads an article and a common noun as a name', () => {
		expect(names('The city lies on a river. The Hague is in the Netherlands.')).toEqual(['The Hague', 'Netherlands']);
	});

	it('extends names with capitalised administrative words and deltas', () => {
		const [delta] = geoparse('The Nile Delta floods.', gazetteer);
		expect(delta).toMatchObject({ name: 'Nile Delta', placeId: 'cur:nile-delta' });
		expect(geoparse('Residents of Orange County, California, voted.', gazetteer)[0]).toMatchObject({ name: 'Orange County', country: 'US' });
	});

	it('reads datelines in capitals, even for small places', () => {
		expect(places('IMMOKALEE, Fla. — Farmworkers gathered.').map((p) => p.name)).toEqual(['IMMOKALEE', 'Fla.']);
	});

	it('resolves by the countries named nearby', () => {
		const text = 'Lyon is the third-largest city of France, 470 km southeast of Paris and 280 km from Geneva, Switzerland.';
		const geneva = geoparse(text, gazetteer).find((t) => t.name === 'Geneva');
		expect(geneva?.country).toBe('CH');
	});
});

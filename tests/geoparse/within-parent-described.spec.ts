// within-parent.ts reads the subject of "X is a <kind> in Y" also where a capitalised people's or faith's word
// describes the kind ("a Berber village", "an Acadian fishing village", "a Mennonite street village") and where the
// kind is one of the small divisions articles about places open with (a civil parish, a ward, a gewog, a tambon, a
// mukim): the subject, which the gazetteer lacks, is put at its lowest parent. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** the subject's reading: where it was put and why */
function subject(text: string, name: string) {
	const found = geoparse(text, gazetteer).find((t) => t.name === name);
	return found ? { reasons: found.reasons, country: found.country, lat: Math.round(found.lat), lon: Math.round(found.lon) } : null;
}

describe('a subject described with a capitalised word before its kind', () => {
	it('is put at its parent', () => {
		expect(subject('Ostervangen is a Mennonite street village in Inverness County, Nova Scotia, Canada, on the coast.', 'Ostervangen')).toEqual({ reasons: ['within-parent'], country: 'CA', lat: 46, lon: -61 });
		expect(subject('Tazrouniet is a Berber village in Sousse Governorate, Tunisia, on a rocky hill above the plain.', 'Tazrouniet')).toEqual({ reasons: ['within-parent'], country: 'TN', lat: 36, lon: 10 });
		expect(subject('Bellefontaine-du-Nord is an Acadian fishing village in Inverness County, Nova Scotia, Canada.', 'Bellefontaine-du-Nord')).toEqual({ reasons: ['within-parent'], country: 'CA', lat: 46, lon: -61 });
	});
});

describe('a subject that is a small division', () => {
	it('is put at its parent', () => {
		expect(subject('Soutelinho is a civil parish (freguesia) in the municipality of Arcos de Valdevez, in northern Portugal.', 'Soutelinho')).toEqual({ reasons: ['within-parent'], country: 'PT', lat: 42, lon: -8 });
		expect(subject('Cam Vinh Tay is a ward of Hội An, a city in Quảng Nam Province, Vietnam.', 'Cam Vinh Tay')).toEqual({ reasons: ['within-parent'], country: 'VN', lat: 16, lon: 108 });
	});
});

describe('"the parish of X in Y" after the subject is described', () => {
	it('does not move the subject to the namesake it was named after', () => {
		const text = 'Hanover is a town in Grafton County, New Hampshire, United States. It was named after the parish of Hanover in Connecticut.';
		const hanovers = geoparse(text, gazetteer).filter((t) => t.name === 'Hanover');
		expect(hanovers.length).toBeGreaterThan(0);
		for (const hanover of hanovers) expect(Math.round(hanover.lat)).toBe(44);
	});
});

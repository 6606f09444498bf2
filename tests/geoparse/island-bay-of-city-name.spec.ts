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

	it("keeps the city's own bay or island beside the subject", () => {
		expect(read('Bacoor is a city in the province of Cavite, Philippines, on the southern shore of Manila Bay. Imus is 10 km to the south.')).toContain('Manila Bay → water PH/null');
		const verdun = read("Verdun is a borough of Montreal, Quebec, Canada, on the south shore of Montreal Island facing Nuns' Island. LaSalle lies to the west.");
		expect(verdun.filter((t) => t.startsWith('Montreal'))).toEqual(['Montreal → city CA/10', 'Montreal → city CA/10']);
	});

	it('leaves a big city named far from the subject alone when no island or bay word follows', () => {
		const found = read('Port Nolloth is a town in the Northern Cape province of South Africa, on the Atlantic coast. Its crayfish are flown to Sydney and Boston.');
		expect(found).toContain('Sydney → city AU/02');
		expect(found).toContain('Boston → city US/MA');
	});
});

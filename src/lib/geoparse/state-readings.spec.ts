import { describe, expect, it } from 'vitest';
import { encodePlaceReference } from '../gazetteer/references.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { forgetRememberedNames } from './name-lookup.ts';
import { stateReadings } from './state-readings.ts';

function place(id: string, kind: GazetteerPlace['kind'], featureCode: string, admin1: string): GazetteerPlace {
	return { id, name: id, kind, featureCode, country: 'US', admin1, lat: 0, lon: 0, population: 0, geonameId: null };
}

/** A gazetteer of a few places whose name table the test may change (name key → [index, alternate]). */
function gazetteerOf(places: GazetteerPlace[], names: Map<string, [number, boolean][]>): Gazetteer {
	return { places, byName: { get: (key: string) => names.get(key)?.map(([index, alternate]) => encodePlaceReference(index, alternate)) } } as unknown as Gazetteer;
}

const ids = (places: readonly GazetteerPlace[]) => places.map((p) => p.id);

describe('stateReadings', () => {
	it('gives the first-level regions named "<name> state", not an alternate name nor another kind', () => {
		const places = [place('state', 'region', 'ADM1', 'AA'), place('county', 'district', 'ADM2', 'AA'), place('old', 'region', 'ADM1', 'BB')];
		const gazetteer = gazetteerOf(places, new Map([['tallis state', [[0, false], [1, false], [2, true]]]]));
		expect(ids(stateReadings('tallis', gazetteer))).toEqual(['state']);
		expect(stateReadings('tallis county', gazetteer)).toEqual([]);
	});

	it('answers each name by its own key and each gazetteer by its own table, asked again', () => {
		const first = gazetteerOf([place('one', 'region', 'ADM1', 'AA'), place('two', 'region', 'ADM1', 'BB')], new Map([['orrin state', [[0, false]]], ['pell state', [[1, false]]]]));
		const second = gazetteerOf([place('three', 'region', 'ADM1', 'CC')], new Map([['orrin state', [[0, false]]]]));
		for (let round = 0; round < 2; round++) {
			expect(ids(stateReadings('orrin', first))).toEqual(['one']);
			expect(ids(stateReadings('pell', first))).toEqual(['two']);
			expect(ids(stateReadings('orrin', second))).toEqual(['three']);
			expect(stateReadings('pell', second)).toEqual([]);
		}
	});

	it('reads the table again after forgetRememberedNames', () => {
		const names = new Map<string, [number, boolean][]>([['marrow state', [[0, false]]]]);
		const gazetteer = gazetteerOf([place('before', 'region', 'ADM1', 'AA'), place('after', 'region', 'ADM1', 'BB')], names);
		expect(ids(stateReadings('marrow', gazetteer))).toEqual(['before']);
		names.set('marrow state', [[1, false]]);
		forgetRememberedNames(gazetteer);
		expect(ids(stateReadings('marrow', gazetteer))).toEqual(['after']);
	});
});

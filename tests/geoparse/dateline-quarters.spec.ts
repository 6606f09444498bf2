// A quarter of the dateline's city that shares its name with a large city elsewhere in the country (São
// Paulo's Belém and Campo Grande; Pará's and Mato Grosso do Sul's capitals) is the large city in a national
// story (one that names towns of the country far from the dateline), and the quarter in a local one (no far
// town) or where a neighbour of the quarter is named. Written for these tests (none copied); no town is
// listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The admin1 name of the place the name is read as ("Pará"), or "none". */
function stateOf(text: string, name: string): string {
	const found = geoparse(text, gazetteer).find((t) => t.name === name);
	if (!found) return 'none';
	return found.lat < -22 && found.lat > -25 && found.lon > -48 && found.lon < -45 ? 'São Paulo city' : `${found.lat.toFixed(1)}, ${found.lon.toFixed(1)}`;
}

const NATIONAL =
	'SÃO PAULO - The governing party won only one state capital, Fortaleza, in Sunday\'s runoffs. In Belém, the mayor was re-elected in the first round; Cuiabá, Goiânia and Campo Grande elected candidates backed by the opposition.';

describe('a quarter of the dateline city named like a large city of the country', () => {
	it('reads Belém in a national story as the capital of Pará', () => {
		expect(stateOf(NATIONAL, 'Belém')).toBe('-1.5, -48.5');
	});

	it('reads Campo Grande listed with far state capitals as the capital of Mato Grosso do Sul', () => {
		expect(stateOf(NATIONAL, 'Campo Grande')).toBe('-20.4, -54.6');
	});

	it('keeps the quarter in a local story that names no far town of the country', () => {
		expect(stateOf('SÃO PAULO - Police raided a warehouse in Belém on Tuesday and arrested three men in Campo Grande, in the south of the city.', 'Campo Grande')).toBe('São Paulo city');
	});

	it('keeps the quarter where the text names a neighbour of it', () => {
		expect(stateOf('SÃO PAULO - Police raided a warehouse in Belém and a house in Mooca on Tuesday; the gang also ran cargo to Fortaleza.', 'Belém')).toBe('São Paulo city');
	});
});

// "from El Progreso to Trujillo" in a story whose places all lie in Honduras: a large city abroad known only by
// its size (not named in many languages, no capital) does not outweigh the namesake in the text's country,
// with the text's towns around it, where the text names nothing in the large city's country or near it.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { regionsOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const countriesOf = (text: string, name: string) => regionsOf(gazetteer, text, name).map((region) => region.split('/')[0]);

describe('a namesake at home over a city large only by its size', () => {
	it('reads the towns of a Honduran story as Honduran', () => {
		expect(countriesOf('SAN PEDRO SULA — The ruling party\'s caravan went from El Progreso to Trujillo on Sunday.', 'Trujillo')).toEqual(['HN']);
		expect(countriesOf('TEGUCIGALPA, Honduras — Shrimp farmers near Choluteca and San Lorenzo lost their ponds to the flood.', 'San Lorenzo')).toEqual(['HN']);
	});

	it('keeps the large city where the text names its country or a place near it', () => {
		expect(countriesOf('Honduras will play Peru in a friendly in Trujillo next month.', 'Trujillo')).toEqual(['PE']);
		expect(countriesOf('TEGUCIGALPA — Honduran fans flew to Asunción and watched the qualifier in San Lorenzo.', 'San Lorenzo')).toEqual(['PY']);
	});

	it('keeps a capital abroad, known whatever its size', () => {
		expect(countriesOf('NEW YORK — The reggae singer, born in Kingston, moved to Brooklyn in 1975 and opened a record shop in Queens.', 'Kingston')).toEqual(['JM']);
	});
});

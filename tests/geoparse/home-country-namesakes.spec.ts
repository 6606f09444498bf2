// A town that nothing but its size (or an earlier reading of its name) chose, in a country none of the text's
// other names is read in, is read as its namesake in a country two or more of them are read in (one, against a
// town that bears the name only as an old name), where that namesake has a tenth of its size or more. Towns
// named in many languages, a town whose country the text names or has other places in, a namesake far smaller,
// and a text whose places lie in no one country stay as they were. A namesake far smaller is still the one
// meant where the text names its own province (and its name there may be only the opening of its own, unless
// the text's name goes on: "the Pont d'Arc").
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeNameOf, regionsOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const countriesOf = (text: string, name: string) => regionsOf(gazetteer, text, name).map((region) => region.split('/')[0]);

describe('a town read for its size alone, in a country none of the text\'s places is in', () => {
	it('is read as its namesake in the country of the text\'s other places', () => {
		expect(countriesOf('Everton beat Portsmouth on Saturday and now face Newcastle at home next week, the Liverpool manager said.', 'Newcastle')).toEqual(['GB']);
		expect(countriesOf('Leeds striker Smith scored twice as Portsmouth lost to Newcastle, and Sunderland moved up to fifth.', 'Newcastle')).toEqual(['GB']);
	});

	it('is read so against an old name of a city abroad with one place of the text in that country', () => {
		expect(countriesOf('"We go to Twickenham without fear," the France coach said after the narrow win over Scotland. Laporte trains his squad at Marcoussis.', 'Twickenham')).toEqual(['GB']);
	});

	it('stays where the namesake is far smaller, or the town is named in many languages', () => {
		expect(countriesOf('Researchers in Leeds and York worked with colleagues in Lund on the new vaccine.', 'Lund')).toEqual(['SE']);
		expect(countriesOf('The Leeds and Bristol firms have opened new offices in Perth and Auckland.', 'Perth')).toEqual(['AU']);
	});

	it('stays where the text names its country or other places there', () => {
		expect(countriesOf('The mine near Newcastle in KwaZulu-Natal employs 900 people, the Leeds and Sheffield owners said.', 'Newcastle')).toEqual(['ZA']);
		expect(countriesOf('The Leeds and Sheffield owners also run coal mines near Newcastle and Durban.', 'Newcastle')).toEqual(['ZA']);
	});

	it('stays where the text has only one other place', () => {
		// (not "Newcastle": a bare name that opens a famous city's own name is that city, famous-name-head.spec.ts)
		expect(countriesOf('Halifax made a late bid for the striker, whose club Barcelona wants a fee.', 'Halifax')).toEqual(['CA']);
		expect(countriesOf('The Chelsea defender is set to join Halifax when the transfer window opens, the Sunderland boss said.', 'Halifax')).toEqual(['CA']);
	});

	it('is read as a far smaller namesake whose own province the text names, and only then', () => {
		expect(countriesOf('Road crews in Esmeraldas province cleared a landslide near San Lorenzo on Monday, and buses from Quito and Ibarra ran again.', 'San Lorenzo')).toEqual(['EC']);
		// (no province named, or another: the city ten times its size abroad stays)
		expect(countriesOf('Buses from Quito and Ibarra ran again after crews cleared a landslide near San Lorenzo on Monday.', 'San Lorenzo')).toEqual(['PY']);
		expect(countriesOf('Shrimp farmers from Guayaquil and Machala, in El Oro province, met buyers from San Lorenzo.', 'San Lorenzo')).toEqual(['PY']);
	});

	it('is read as a town whose own name the mention opens, where the text names its province, and not where the name goes on', () => {
		expect(placeNameOf(gazetteer, 'Ferries leave Tadjoura for Djibouti city twice a week, and the Tadjourah Region council wants more.', 'Tadjoura')).toBe('Tadjourah');
		// ("the Pont d'Arc" is an arch's longer name, no opening of Pont-de-Vaux's)
		expect(placeNameOf(gazetteer, "Vallon is a village in the Ardèche department in the Auvergne-Rhône-Alpes region of France. The Pont d'Arc, a natural arch, spans the river below it.", 'Pont')).toBeNull();
	});
});

// "… of Troy … of Albany … the bank in Derby Line" beside Irasburg and Orleans: two towns whose big namesakes lie
// beside each other (Troy and Albany, New York; Newport and Coventry, Rhode Island) are the namesakes the text's other
// towns lie around (Vermont's), not a pair that props itself up (namesake-pairs.ts). A pair the text's other towns lie
// around stays. Texts written for these tests (none copied), against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const statesOf = (text: string) => new Map(geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, `${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`]));

describe('a pair of namesakes beside each other', () => {
	it('is read where the text\'s other towns lie', () => {
		const text = 'Area deaths. Gerald Lowell, 91, of Irasburg died Friday. Rene Gagnon, 72, of Troy died Sunday; services at the church in Orleans. Theresa Chase, 68, of Albany died Monday; she worked at the bank in Derby Line.';
		const states = statesOf(text);
		expect(states.get('Troy')).toBe('US/VT');
		expect(states.get('Albany')).toBe('US/VT');
	});

	it('stays where the text\'s other towns lie around it', () => {
		const text = 'Area deaths. Ann Reilly, 80, of Troy died Friday. Services at the church in Schenectady. Mark Dunn, 66, of Albany died Monday; he worked in Rensselaer and Cohoes.';
		const states = statesOf(text);
		expect(states.get('Troy')).toBe('US/NY');
		expect(states.get('Albany')).toBe('US/NY');
	});
});

// A town read for its size is the namesake that clearly more of the text's places lie around, even where its reading
// has some of them beside it (namesakes-with-more-around.ts): "… of Troy … of Albany … the bank in Derby Line" beside
// Irasburg and Orleans reads Vermont's Troy and Albany, not New York's, which prop each other up. A reading the text's
// other towns lie around stays. Texts written for these tests (none copied), against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const statesOf = (text: string) => new Map(geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, `${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`]));

describe('a town whose namesake has clearly more of the text\'s places around it', () => {
	it('is that namesake, though its reading has one of the text\'s places beside it', () => {
		const text = 'Area deaths. Gerald Lowell, 91, of Irasburg died Friday. Rene Gagnon, 72, of Troy died Sunday; services at the church in Orleans. Theresa Chase, 68, of Albany died Monday; she worked at the bank in Derby Line.';
		const states = statesOf(text);
		expect(states.get('Troy')).toBe('US/VT');
		expect(states.get('Albany')).toBe('US/VT');
	});

	it('stays where the text\'s other towns lie around its reading', () => {
		const text = 'Area deaths. Ann Reilly, 80, of Troy died Friday. Services at the church in Schenectady. Mark Dunn, 66, of Albany died Monday; he worked in Rensselaer and Cohoes.';
		const states = statesOf(text);
		expect(states.get('Troy')).toBe('US/NY');
		expect(states.get('Albany')).toBe('US/NY');
	});
});

// A river's toponym is placed per document at the stretch by the text's towns (geoparse/along-course.ts);
// the place record ingest stores for it (compact.ts: compactBatch) is the gazetteer's one point, whichever
// document names the river first: the Elbe by Dresden and the Elbe by Hamburg are one place, cur:elbe.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Toponym } from '../../src/lib/contracts.ts';
import { placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { compactBatch } from '../../src/lib/server/ingest/compact.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const DRESDEN = 'Dresden is the capital of Saxony, Germany. The city lies on the Elbe, near the Czech border.';
const HAMBURG = 'Hamburg is a city in northern Germany. Its port lies on the Elbe, some 100 km from the North Sea.';

const elbeIn = (toponyms: Toponym[]) => toponyms.find((t) => t.name === 'Elbe')!;

describe('the stored record of a place its documents place apart', () => {
	it('is the gazetteer’s point whichever document names the place first', () => {
		const dresden = geoparse(DRESDEN, gazetteer);
		const hamburg = geoparse(HAMBURG, gazetteer);
		const id = elbeIn(dresden).placeId;
		expect(elbeIn(hamburg).placeId).toBe(id);
		const own = placeById(gazetteer, id)!;
		// each document's toponym is its own stretch of the river, 300 km and more apart
		expect(Math.abs(elbeIn(dresden).lat - elbeIn(hamburg).lat)).toBeGreaterThan(2);
		const pointOf = (placeId: string) => placeById(gazetteer, placeId);
		const stored = (results: Toponym[][]) => compactBatch(results, new Set(), pointOf).places.find((p) => p.id === id);
		const first = stored([dresden, hamburg]);
		const second = stored([hamburg, dresden]);
		expect(first).toEqual(second);
		expect(first).toMatchObject({ id, lat: own.lat, lon: own.lon });
		// the geoparse output keeps each document's stretch
		expect(elbeIn(dresden).lat).not.toBe(own.lat);
	});
});

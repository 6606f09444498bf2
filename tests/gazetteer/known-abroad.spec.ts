// A town named in many languages (GeoNames' alternate names) is known abroad whatever its population:
// the build marks it, and a smaller namesake in the text's country does not take its name on the
// strength of that country alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('towns known abroad by their many names', () => {
	it('marks Venice, Italy (51,000 people, 64 alternate names) and not Venice, Florida (22,000, 11)', () => {
		expect(placeById(gazetteer, 'gn:3164603')?.knownAbroad).toBe(true);
		expect(placeById(gazetteer, 'gn:4176380')?.knownAbroad).toBeUndefined();
		expect(placeById(gazetteer, 'gn:5405841')?.knownAbroad).toBeUndefined();
	});

	it('read "Venice" in a text about the United States as Venice, Italy', () => {
		const text = 'Officials in Washington said on Tuesday that the United States would send observers. Tourists in Venice complained about the floods, and the mayor of Venice asked for help.';
		const venice = geoparse(text, gazetteer).filter((t) => t.name === 'Venice');
		expect(venice.length).toBeGreaterThan(0);
		for (const toponym of venice) expect(toponym.country).toBe('IT');
	});

	it('keep "the Venice Commission" as Venice, Italy where nothing else supports the mention', () => {
		const text = 'Officials in the United States welcomed the new law. The Venice Commission said the law still falls short.';
		const venice = geoparse(text, gazetteer).filter((t) => t.name === 'Venice');
		expect(venice.map((t) => t.country)).toEqual(['IT']);
	});
});

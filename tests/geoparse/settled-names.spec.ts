// A name a qualifier settles ("SPRINGFIELD, Ill.") speaks for the text's other names only by its settled
// place (mention-context.ts): its other readings are no neighbours ("Jackson" is not Jackson, New Jersey
// for lying near Springfield, New Jersey). Text written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a name settled by its qualifier', () => {
	it('gives no other name a neighbour by the readings it did not take', () => {
		const text = 'SPRINGFIELD, Ill. — The Springfield Lions beat Jackson 3-1 on Friday night.';
		const jackson = geoparse(text, gazetteer).find((t) => t.name === 'Jackson')!;
		expect(jackson.reasons).not.toContain('nearby-context');
		expect(jackson.lat).toBeLessThan(39);
	});
});

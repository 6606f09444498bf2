// "… a son, Mark Spears of Belpre, Ohio": a local paper writes the state only after the towns outside its
// own, so a state named only there (no dateline, never on its own) places that town and its area, not a
// namesake of a bare town elsewhere in that state that no other name of the text lies near. Texts written
// for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a state named only after one town of the text', () => {
	it('does not draw a bare town to a namesake of that state far from the text\'s other names', () => {
		const text = 'Ruth Ann Spears, 81, of Spencer, died Monday at a hospital in Charleston. She was born near Walton and taught school in Ripley. Survivors include a son, Mark Spears of Belpre, Ohio.';
		expect(placeOf(gazetteer, text, 'Spencer')).toBe('city US/WV');
	});

	it('still places a bare town of that state near the qualified one', () => {
		expect(placeOf(gazetteer, 'A family from Athens, Ohio, was hurt in a crash near Lancaster on Sunday.', 'Lancaster')).toBe('city US/OH');
	});

	it('and a dateline\'s state still places the bare towns of the story', () => {
		const text = 'COLUMBUS, Ohio (AP) — A fire destroyed a grain elevator in Spencer on Tuesday, the state fire marshal said.';
		expect(placeOf(gazetteer, text, 'Spencer')).toBe('city US/OH');
	});
});

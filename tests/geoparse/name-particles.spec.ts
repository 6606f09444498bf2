// The lower-case words that hold one place name together are one list for every reader of names
// (src/lib/geoparse/name-particles.ts): a name the recogniser reads across "zum" is read across it by the
// test that a name goes on and by the reader of a described subject's name too. Sentences written for
// these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { FOREIGN_NAME_PARTICLES } from '../../src/lib/geoparse/name-particles.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('the particles of place names', () => {
	it('hold a described village’s name together, not two towns of its words', () => {
		const found = geoparse('Neudorf zum Stein is a village near Ansbach in Bavaria, Germany.', gazetteer).map((t) => `${t.name} ${t.reasons.join(',')}`);
		expect(found[0]).toBe('Neudorf zum Stein within-parent');
		expect(found.some((line) => line.startsWith('Stein '))).toBe(false);
	});

	it('are other languages’ words only (English "of", "and", "on", "the" join lists and phrases)', () => {
		for (const word of ['of', 'and', 'on', 'the', 'upon', 'under']) expect(FOREIGN_NAME_PARTICLES.has(word)).toBe(false);
	});
});

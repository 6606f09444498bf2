// A national capital is named for its government in news from anywhere ("Washington said"), so its name
// is no sign that a text is about its suburbs or about its namesakes' towns: Vienna, Virginia lies beside
// Washington, D.C. and Vienna, West Virginia beside a Washington there, but "talks in Vienna … Washington"
// mean Austria's capital. Towns named around a suburb still place it there. Written for these tests (none
// copied), against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The country of each toponym called `name`. */
function countries(text: string, name: string): (string | null)[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.name === name)
		.map((t) => t.country);
}

describe('a capital named beside a dominant place name', () => {
	it('does not pull the name to the capital\'s suburb or to a namesake of the capital', () => {
		expect(countries('Inspectors met in Vienna on Thursday, a day after Washington said a reactor in Nevada would restart.', 'Vienna')).toEqual(['AT']);
	});

	it('keeps a dateline\'s world city where the story names the capital and a state', () => {
		const text = 'VIENNA — Talks resumed in Vienna on Monday. Iran\'s envoy said Washington had not answered, and a senator from Nevada called for sanctions.';
		expect([...countries(text, 'VIENNA'), ...countries(text, 'Vienna')]).toEqual(['AT', 'AT']);
	});

	it('still places the suburb where the towns around it are named', () => {
		expect(countries('Police in Fairfax said a man from Vienna was arrested near Oakton on Sunday.', 'Vienna')).toEqual(['US']);
	});
});

// "Tipton Mill Fire Leaves Forty Workers Idle" over a lead that says "the feed mill": a Title Case headline
// capitalises every word, so a capital after a town's name there makes no longer name where the text writes
// that word in lower case; where it writes it capitalised too ("The Tipton Mill, a feed store") it does.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The literal toponym the text's first word is read as, "(none)" if none. */
function headlineTown(text: string): string {
	const toponym = geoparse(text, gazetteer).find((t) => t.start === 0 && t.usage === 'literal');
	return toponym ? `${toponym.name} ${toponym.country}` : '(none)';
}

describe('a town opening a Title Case headline before a capitalised word', () => {
	it('is the town where the lead writes that word in lower case', () => {
		const text = 'Tipton Mill Fire Leaves Forty Workers Idle\nA fire destroyed the feed mill in Tipton on Sunday, and workers from Kokomo and Elwood were sent home.';
		expect(headlineTown(text)).toBe('Tipton US');
	});

	it('but a word of a longer name where the lead writes the word capitalised too', () => {
		const text = 'Tipton Mill Reopens After Fire\nThe Tipton Mill, a feed store on the square, reopened on Sunday for customers from Kokomo and Elwood.';
		expect(headlineTown(text)).toBe('(none)');
	});

	it('and a line that ends in a full stop is a sentence, not a headline', () => {
		const text = 'Tipton Mill Workers Idle After Fire.\nA fire destroyed the feed mill on Sunday, and workers from Kokomo and Elwood were sent home.';
		expect(headlineTown(text)).toBe('(none)');
	});
});

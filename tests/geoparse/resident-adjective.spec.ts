// "A 41-year-old Marion man", "an Elmer woman": local news names people by their town, written as an
// adjective between an article (and the person's age) and a word for the person; the town is where the
// person lives, also where its name is a first name or known only from a post office. Texts written for
// these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town between "a"/"an" (and an age) and a word for a person', () => {
	it('is the person\'s town where its name is a first name, with the age', () => {
		const text = 'A 41-year-old Marion man was charged with theft after a break-in at a farm store near Carbondale.';
		expect(placeOf(gazetteer, text, 'Marion')).toBe('city US/IL');
	});

	it('and without the age', () => {
		const text = 'An Elmer woman was hurt Tuesday when her car struck a deer on a county road near Vineland.';
		expect(placeOf(gazetteer, text, 'Elmer')).toBe('city US/NJ');
	});

	it('also where only a post office bears the name, a first name too', () => {
		const text = 'A 52-year-old Hazel man was charged Friday in Calloway County with driving on a suspended license after deputies stopped him on a highway near Puryear, Tenn.';
		expect(placeOf(gazetteer, text, 'Hazel')).toBe('city US/KY');
	});

	it('but not before a word for a family or a follower ("a Kennedy family member")', () => {
		const text = 'A Kennedy family member spoke at the memorial in Hyannis, and a Clinton supporter handed out flyers in Boston.';
		const places = readPlaces(gazetteer, text, { mappedOnly: true });
		expect(places.some((p) => p.startsWith('Kennedy'))).toBe(false);
	});

	it('nor where the word is only another name of a place ("a Mormon couple")', () => {
		const text = 'A Mormon couple from Provo gave $1 million to the hospital in Ogden.';
		expect(readPlaces(gazetteer, text, { mappedOnly: true }).some((p) => p.startsWith('Mormon'))).toBe(false);
	});

	it('nor a person\'s name that has the town\'s word without the article ("Ruth Hazel, 52,")', () => {
		const text = 'Ruth Hazel, 52, was charged Friday in Calloway County with driving on a suspended license near Puryear, Tenn.';
		expect(readPlaces(gazetteer, text, { mappedOnly: true }).some((p) => p.startsWith('Hazel'))).toBe(false);
	});

	it('not without an age where nothing else in the text places the town ("a Princeton man", "a Cadillac man")', () => {
		for (const text of ['My grandfather was a Princeton man and never tired of saying so.', 'Dad was a Cadillac man all his life.', 'A Comanche man who served in the Navy spoke at the ceremony.']) {
			expect(readPlaces(gazetteer, text, { mappedOnly: true })).toEqual([]);
		}
	});

	it('without an age, where a neighbour or its state places it', () => {
		expect(placeOf(gazetteer, 'A Clinton woman was hurt Tuesday in a crash near Ottumwa, Iowa.', 'Clinton')).toBe('city US/IA');
	});

	it('"girl" only with her age ("a Gibson girl" is a drawing\'s type)', () => {
		expect(readPlaces(gazetteer, 'The poster shows a Gibson girl in a straw hat.', { mappedOnly: true })).toEqual([]);
	});
});

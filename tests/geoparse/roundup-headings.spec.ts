// A roundup's items open with their town in capitals and a colon ("MOTT: Water main work …"), as a dateline opens
// with a dash. A post office's name of several words is read there, "New" leading it included ("NEW LEIPZIG:");
// "New" before a post office's name inside a sentence is that name too ("the concert in New Leipzig"). A heading
// after an abbreviation's dot ("at 7 p.m. MOTT:") opens its item as one after a sentence's end does. An ordinary
// word in capitals before a colon ("UPDATE:") stays a word, and "the New X" stays X.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Each toponym as "name → country lat,lon" (whole degrees). */
const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.country} ${Math.round(t.lat)},${Math.round(t.lon)}`);

describe('roundup headings in capitals', () => {
	it('reads a post office of several words, "New" leading it, as a heading of its own', () => {
		const text = 'Area notes. MOTT: The fire hall pancake breakfast is Sunday. NEW LEIPZIG: The quilting club meets Monday. ELGIN: Bingo is Friday at the legion.';
		expect(read(text)).toEqual(['MOTT → US 46,-102', 'NEW LEIPZIG → US 46,-102', 'ELGIN → US 46,-102']);
	});

	it('reads "New" and a post office\'s name inside a sentence as that town', () => {
		expect(read('The quilting club in New Leipzig meets Monday, and bingo in Mott is Friday.')).toEqual(['New Leipzig → US 46,-102', 'Mott → US 46,-102']);
	});

	it('reads a heading right after an abbreviation\'s dot', () => {
		const text = 'Week ahead. ELGIN: The library sale opens at 9 a.m. MOTT: The school play is Thursday at 7 p.m. CARSON: The county board meets Tuesday.';
		expect(read(text)).toEqual(['ELGIN → US 46,-102', 'MOTT → US 46,-102', 'CARSON → US 46,-102']);
	});

	it('keeps an ordinary word before a colon a word, and "the New X" X', () => {
		expect(read('The hearing is at 10 a.m. UPDATE: The hearing was moved to Friday in Bismarck.')).toEqual(['Bismarck → US 47,-101']);
		expect(read('The orchestra toured in 1990 and played at the New Leipzig Gewandhaus.').map((t) => t.split(' →')[0])).not.toContain('New Leipzig');
	});
});

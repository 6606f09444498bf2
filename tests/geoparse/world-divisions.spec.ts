// Second-level divisions outside the US (gazetteer-build/world-divisions.ts): a division named with the
// English word of its kind is the division ("León Municipality", "Bijnor district"), a town named with its
// division lies in it where a bigger namesake lives elsewhere, and the bare name stays the town's.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const named = (text: string, name: string): Toponym | undefined => geoparse(text, gazetteer, { includeEmbedded: false }).find((t) => t.name === name);

describe('second-level divisions outside the US', () => {
	it('places a town in the division named with it, not at its bigger namesake abroad', () => {
		expect(named('Medina is a small town in León Municipality.', 'Medina')?.country).toBe('MX');
		expect(named('Banga is a small town in Shahid Bhagat Singh Nagar District.', 'Banga')?.country).toBe('IN');
	});

	it('reads a name with its capitalised division word as the division', () => {
		const municipality = named('Medina is a small town in León Municipality.', 'León Municipality');
		expect([municipality?.kind, municipality?.country]).toEqual(['district', 'MX']);
	});

	it('reads the bare name before a lower-case division word as the division, the word left out as for regions', () => {
		const district = named('Rampur is a village in Bijnor district.', 'Bijnor');
		expect([district?.kind, district?.country]).toEqual(['district', 'IN']);
	});

	it('leaves the bare name to the town the division is named after', () => {
		expect(named('Bergen has a busy harbour.', 'Bergen')?.kind).toBe('city');
		expect(named('Viseu lies on the coast of Viseu Municipality.', 'Viseu')?.kind).toBe('city');
	});
});

describe('second-level divisions named by an ordinary English word', () => {
	const everyName = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

	it('maps no place in a sentence where "Capital", "Same" or "Union" before a division word is the word', () => {
		expect(everyName('Turnout in the Capital Department rose again, the electoral board said on Monday.')).toEqual([]);
		expect(everyName('Each Union District office will stay open late on Friday for the same reason.')).toEqual([]);
	});

	it('maps no place in a Title Case headline whose words happen to name a division abroad', () => {
		expect(everyName('Long District Meetings Leave Parents With Few Answers')).toEqual([]);
		expect(everyName('Best Municipality Awards Go To Three Small Towns')).toEqual([]);
	});
});

// A town's name that is an ordinary word in another name ("the Orange Line"), and a town that speaks
// ("Metro said"): US local news about transit. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function names(text: string): string[] {
	return geoparse(text, gazetteer).map((t) => `${t.name} ${t.country ?? ''}`);
}

describe('a very common word before a noun', () => {
	it('is that word, not the town (the Orange Line, the Orange line)', () => {
		expect(names('Riders on the Orange Line faced delays Tuesday after a signal failure downtown.')).toEqual([]);
		expect(names('Park & Ride service to the Metro station on the Orange line is available from Centreville, Virginia.').some((n) => n.startsWith('Orange'))).toBe(false);
	});

	it('is still the town before a geographic noun or where the text places it', () => {
		expect(names('Deputies in Orange County responded to the crash.')).toContain('Orange County US');
		expect(names('The council met in Orange on Tuesday.')).toContain('Orange US');
	});
});

describe('a town that speaks', () => {
	it('is a body named after it unless the text is about its land', () => {
		expect(names('Buses replaced trains on Tuesday. Metro said service would resume by evening.')).toEqual([]);
		expect(names('Flooding closed roads across Lampung province in Indonesia. Metro said schools would reopen on Monday.')).toContain('Metro ID');
	});

	it('is the city where it is a capital (its government)', () => {
		expect(names('Moscow said the talks would go on.')).toContain('Moscow RU');
	});
});

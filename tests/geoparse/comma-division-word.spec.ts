// A lower-case division or geographic word after a comma opens the next phrase ("in Burlington, county officials
// said"): it is no head of the name before the comma, which stays the town, not a county of that name. The same
// word written right after the name still heads it ("Orange County", "the Pool department"). Texts written for
// these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} (${t.kind})`);

describe('a lower-case word after a comma', () => {
	it('is no division word of the name before the comma', () => {
		expect(read('A sawmill will reopen in Burlington, county officials said Tuesday.')).toContain('Burlington (city)');
		expect(read('A sawmill will reopen in Burlington, county officials said Tuesday.').some((n) => n.includes('county'))).toBe(false);
		expect(read('Trees fell on two houses in Orange, county crews said.').some((n) => n.includes('county'))).toBe(false);
		expect(read('The shelter in Salem, city leaders said, will stay open through March.').some((n) => n.includes(', city'))).toBe(false);
	});

	it('still heads the name it follows without a comma', () => {
		expect(read('Trees fell across Orange County on Sunday.')).toContain('Orange County (district)');
		expect(read('Flooding cut roads in the Pool department of Congo.')).toContain('Pool department (region)');
	});
});

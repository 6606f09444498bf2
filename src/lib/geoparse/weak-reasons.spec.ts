import { describe, expect, it } from 'vitest';
import { BIGGEST_ONLY, NAME_ALONE, NAME_ALONE_ONCE, NONE_NEAR, PLACING, restsOn, SIZE_ECHO_OR_COUNTRY, SIZE_OR_COUNTRY, UNPLACING } from './weak-reasons.ts';

const WEAK_SETS = { BIGGEST_ONLY, SIZE_OR_COUNTRY, SIZE_ECHO_OR_COUNTRY, UNPLACING, NONE_NEAR, NAME_ALONE_ONCE };

describe('weak resolution reasons', () => {
	it('every weak set is a part of NAME_ALONE, the widest', () => {
		for (const [name, set] of Object.entries(WEAK_SETS)) expect([...set].filter((r) => !NAME_ALONE.has(r)), name).toEqual([]);
	});

	it('no reason that places a reading by the text’s words is weak', () => {
		expect([...PLACING].filter((r) => NAME_ALONE.has(r))).toEqual([]);
	});

	it('the sets differ where the rules mean them to: country, echo, a lone reading, nearby places', () => {
		expect(BIGGEST_ONLY.has('country-context')).toBe(false);
		expect(SIZE_ECHO_OR_COUNTRY.has('only-candidate')).toBe(false);
		expect(NAME_ALONE_ONCE.has('same-name-earlier')).toBe(false);
		expect(SIZE_OR_COUNTRY.has('nearby-context')).toBe(false);
		expect(UNPLACING.has('nearby-context')).toBe(true);
		expect(NONE_NEAR.has('nearby-context')).toBe(false);
	});

	it('a reading rests on a weak set only where every reason is in it', () => {
		expect(restsOn(['population', 'feature-type'], BIGGEST_ONLY)).toBe(true);
		expect(restsOn(['population', 'country-context'], BIGGEST_ONLY)).toBe(false);
		expect(restsOn([], NAME_ALONE)).toBe(true);
	});
});

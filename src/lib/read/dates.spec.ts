import { describe, expect, it } from 'vitest';
import { normalizeDate } from './dates.ts';

describe('normalizeDate', () => {
	it.each([
		['2021-11-23', '2021-11-23'],
		['2024-08-19T09:30:00Z', '2024-08-19'],
		['2022/12/3', '2022-12-03'],
		['23 November 2021', '2021-11-23'],
		['Nov. 23, 2021', '2021-11-23'],
		['September 5 2024', '2024-09-05'],
		['Sept 5, 2024', '2024-09-05']
	])('%s → %s', (input, expected) => {
		expect(normalizeDate(input)).toBe(expected);
	});

	it.each(['', 'yesterday', '2021-02-30', '2021-13-01', '31 Foo 2020'])('rejects %j', (input) => {
		expect(normalizeDate(input)).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { normalizedMutualInformation } from './nmi.ts';

describe('normalizedMutualInformation', () => {
	it('is 1 for the same partition under other names', () => {
		expect(normalizedMutualInformation(['a', 'a', 'b', 'b', 'c'], [2, 2, 0, 0, 1])).toBeCloseTo(1, 12);
	});

	it('is 0 for independent labellings', () => {
		expect(normalizedMutualInformation(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y'])).toBeCloseTo(0, 12);
	});

	it('matches scikit-learn on a small case', () => {
		// sklearn.metrics.normalized_mutual_info_score([0,0,0,1,1,1], [0,0,1,1,2,2]) = 0.5158037429793889
		expect(normalizedMutualInformation([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.5158037429793889, 10);
	});

	it('is symmetric and does not confuse the number 1 with the string "1"', () => {
		const a = [1, 1, '1', '1', 2];
		const b = ['x', 'x', 'y', 'y', 'y'];
		expect(normalizedMutualInformation(a, b)).toBeCloseTo(normalizedMutualInformation(b, a), 12);
		expect(normalizedMutualInformation(a, b)).toBeGreaterThan(0.5);
	});

	it('scores one cluster against several as 0, and one against one as 1', () => {
		expect(normalizedMutualInformation([0, 0, 0], ['a', 'b', 'c'])).toBe(0);
		expect(normalizedMutualInformation([0, 0], ['a', 'a'])).toBe(1);
	});

	it('rejects labellings of different lengths', () => {
		expect(() => normalizedMutualInformation([0], [0, 1])).toThrow(/differ in length/);
	});
});

// bench:scale compares the shared store's answers of 1 and 2 workers (and of a killed worker's run) only
// when the same code made them: session 55's 'DIFFERENT' at 50,000 documents was a checkout rebased
// twice during the half-hour bench, each run on another geoparser.
import { describe, expect, it } from 'vitest';
import { compareRuns } from './pg-compare.ts';

const run = (answers: string[], versions: string[]) => ({ answers, versions });

describe('compareRuns', () => {
	it('says identical for the same answers of the same geoparser, and where they differ otherwise', () => {
		expect(compareRuns(run(['{"places":1436}', 'a'], ['v1']), run(['{"places":1436}', 'a'], ['v1']), false)).toBe('identical');
		expect(compareRuns(run(['{"places":1436}'], ['v1']), run(['{"places":1432}'], ['v1']), false)).toBe('DIFFERENT at answer 0: …{"places":1436}… vs …{"places":1432}…');
	});

	it('does not call runs of different geoparsers the store’s difference, nor a database two geoparsers filled', () => {
		expect(compareRuns(run(['{"places":1436}'], ['aaaaaaaaa1']), run(['{"places":1432}'], ['bbbbbbbbb2']), false)).toMatch(/^NOT COMPARABLE \(made by different geoparsers: aaaaaaaa vs bbbbbbbb\) — DIFFERENT/);
		expect(compareRuns(run(['x'], ['aaaaaaaaa1']), run(['x'], ['aaaaaaaaa1', 'bbbbbbbbb2']), false)).toMatch(/^NOT COMPARABLE \(made by different geoparsers: aaaaaaaa vs aaaaaaaa\+bbbbbbbb\) — identical/);
	});

	it('voids every comparison when the checkout’s code changed during the bench', () => {
		expect(compareRuns(run(['x'], ['v1']), run(['x'], ['v1']), true)).toMatch(/^NOT COMPARABLE \(the checkout's code changed during the bench/);
	});
});

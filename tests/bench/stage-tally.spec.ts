// What stage-actions.ts counts as a stage acting: made-up functions wrapped as the hook wraps the geoparser's.
import { describe, expect, it } from 'vitest';
import { actedOn, beginDocument, resetTallies, stageTallies, wrap } from './stage-tally.ts';

describe('actedOn', () => {
	it('reads a rule true, a verdict or a found thing as acting, and nothing, false or an empty list as not', () => {
		expect(actedOn(true, [])).toBe(true);
		expect(actedOn({ keep: false }, [])).toBe(true);
		expect(actedOn(false, [])).toBe(false);
		expect(actedOn(null, [])).toBe(false);
		expect(actedOn([], [])).toBe(false);
		expect(actedOn(new Map(), [])).toBe(false);
		expect(actedOn(new Set([1]), [])).toBe(true);
	});

	it('reads a list handed back with the items it was given as no action, with one more or one fewer as acting', () => {
		const a = { at: 1 };
		const b = { at: 2 };
		expect(actedOn([a, b], [[a, b]])).toBe(false);
		expect(actedOn([a], [[a, b]])).toBe(true);
		expect(actedOn([a, b, { at: 3 }], [[a, b]])).toBe(true);
		// a list of other things than the argument's is read by its length
		expect(actedOn([{ at: 3 }], [[a, b]])).toBe(true);
	});
});

describe('wrap', () => {
	it('counts the texts a stage ran on and those where it acted, with a generator read out and its answer kept', () => {
		const evens = wrap('test.ts', 'evens', function* (numbers: number[]) {
			for (const n of numbers) if (n % 2 === 0) yield n;
		});
		// a first pass, then counted passes: the first text has evens, the second none
		beginDocument();
		expect([...evens([1])]).toEqual([]);
		resetTallies();
		beginDocument();
		expect([...evens([1, 2, 4])]).toEqual([2, 4]);
		beginDocument();
		expect([...evens([1, 3])]).toEqual([]);
		expect(stageTallies().find((tally) => tally.name === 'evens test.ts')).toEqual({ name: 'evens test.ts', calls: 2, documents: 2, actedDocuments: 1, actedCalls: 1 });
	});

	it('compares the arrays a function that returns nothing was given, before and after its call', () => {
		const dropLast = wrap('test.ts', 'dropLast', (items: number[]): void => {
			if (items.length > 2) items.pop();
		});
		beginDocument();
		dropLast([1]);
		resetTallies();
		beginDocument();
		dropLast([1, 2, 3]);
		beginDocument();
		dropLast([1, 2]);
		expect(stageTallies().find((tally) => tally.name === 'dropLast test.ts')).toMatchObject({ documents: 2, actedDocuments: 1 });
	});
});

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filterPacked, lastOf, mapDoubles, mapPacked } from './packed.ts';

// The elements kind of an array (V8's %-functions, in a child Node with --allow-natives-syntax) made by the
// interpreter and by optimised code: what a function the array reaches sees as its map.
const KINDS_SCRIPT = `
const { mapPacked, filterPacked } = await import(${JSON.stringify(fileURLToPath(new URL('./packed.ts', import.meta.url)))});
const kind = (a) => (%HasHoleyElements(a) ? 'holey ' : 'packed ') + (%HasSmiElements(a) ? 'smi' : %HasObjectElements(a) ? 'elements' : 'double');
function made(items) { return mapPacked(items, (x) => ({ x })); }
function kept(items) { return filterPacked(items, (x) => x.a > 0); }
const items = [{ a: 1 }, { a: 0 }, { a: 2 }];
const kinds = () => [kind(made(items)), kind(made([])), kind(kept(items)), kind(kept([]))];
const makers = [made, kept, mapPacked, filterPacked];
for (const maker of makers) %PrepareFunctionForOptimization(maker);
const interpreted = kinds();
kinds();
for (const maker of makers) %OptimizeFunctionOnNextCall(maker);
console.log(JSON.stringify({ interpreted, optimised: kinds() }));
`;

// ... and of mapDoubles's arrays of whole numbers and of fractions
const DOUBLES_SCRIPT = `
const { mapDoubles } = await import(${JSON.stringify(fileURLToPath(new URL('./packed.ts', import.meta.url)))});
const kind = (a) => (%HasHoleyElements(a) ? 'holey ' : 'packed ') + (%HasSmiElements(a) ? 'smi' : %HasObjectElements(a) ? 'elements' : 'double');
function weighed(items) { return mapDoubles(items, (x) => x * 2); }
const kinds = () => [kind(weighed([5000, 7])), kind(weighed([0.75])), kind(weighed([]))];
%PrepareFunctionForOptimization(weighed);
const interpreted = kinds();
kinds();
%OptimizeFunctionOnNextCall(weighed);
console.log(JSON.stringify({ interpreted, optimised: kinds() }));
`;

describe('packed arrays', () => {
	it('mapPacked and filterPacked give what map and filter give, with the index', () => {
		const items = ['a', 'bb', '', 'ccc'];
		expect(mapPacked(items, (s, i) => `${i}:${s.length}`)).toEqual(items.map((s, i) => `${i}:${s.length}`));
		expect(filterPacked(items, (s, i) => s.length > 0 && i !== 1)).toEqual(items.filter((s, i) => s.length > 0 && i !== 1));
		expect(mapPacked([], (s: string) => s)).toEqual([]);
	});

	it('makes arrays of one elements kind whether the maker runs interpreted or optimised', () => {
		const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', KINDS_SCRIPT], { encoding: 'utf8' });
		expect(child.status, child.stderr).toBe(0);
		const { interpreted, optimised } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { interpreted: string[]; optimised: string[] };
		expect(optimised).toEqual(interpreted);
		// (Array.prototype.map's array is holey from optimised code: the test would fail on it)
		expect(interpreted.every((kind) => kind.startsWith('packed'))).toBe(true);
	});

	it('mapDoubles gives what map gives, as an array of doubles whether the numbers are whole or not', () => {
		expect(mapDoubles([5000, 7, 0.75], (x, i) => x * 2 + i)).toEqual([10000, 15, 3.5]);
		const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', DOUBLES_SCRIPT], { encoding: 'utf8' });
		expect(child.status, child.stderr).toBe(0);
		const { interpreted, optimised } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { interpreted: string[]; optimised: string[] };
		// (an array built by push from [] holds whole numbers as small integers: a second kind)
		expect([...interpreted, ...optimised]).toEqual(Array(6).fill('packed double'));
	});
});

describe('lastOf', () => {
	it('is the last item, and undefined for an empty array', () => {
		expect(lastOf([4, 7, 9])).toBe(9);
		expect(lastOf(['Voss'])).toBe('Voss');
		expect(lastOf([])).toBeUndefined();
	});
});

// A --trace-opt --trace-deopt log read into first compiles, OSR compiles and compiles again after a deopt, and
// deopts by reason and function. The lines are made up in V8 11's format (Node 20).
import { describe, expect, it } from 'vitest';
import { tierUpSummary } from './tier-up-summary.ts';

const compiled = (name: string, sfi: string, ms: number, osr = false) => `[completed compiling 0x1 <JSFunction ${name ? `${name} ` : ''}(sfi = ${sfi})> (target TURBOFAN)${osr ? ' OSR' : ''} - took 0.010, ${ms.toFixed(3)}, 0.000 ms]`;
const bailout = (name: string, sfi: string, reason: string, kind = 'deopt-eager') => `[bailout (kind: ${kind}, reason: ${reason}): begin. deoptimizing 0x2 <JSFunction ${name ? `${name} ` : ''}(sfi = ${sfi})>, 0x3 <Code TURBOFAN>, opt id 1, bytecode offset 9, deopt exit 1]`;

const log = [
	'[marking 0x1 <JSFunction findNames (sfi = 0xa)> for optimization to TURBOFAN, ConcurrencyMode::kConcurrent, reason: hot and stable]',
	compiled('findNames', '0xa', 40),
	compiled('judge', '0xb', 10),
	// a loop of judge's compiled on stack: neither its first compile nor one again
	compiled('judge', '0xb', 5, true),
	bailout('findNames', '0xa', 'Insufficient type feedback for call'),
	compiled('findNames', '0xa', 60),
	bailout('findNames', '0xa', 'wrong map'),
	compiled('findNames', '0xa', 70),
	// a namesake of judge (another function, its own first compile)
	compiled('judge', '0xc', 8),
	bailout('', '0xd', '(unknown)', 'deopt-lazy'),
	compiled('', '0xd', 2),
	compiled('', '0xd', 3)
];

describe('tierUpSummary', () => {
	const summary = tierUpSummary(log);

	it('splits the compiles into first ones, OSR and compiles again of a function compiled before', () => {
		expect(summary.first.compiles).toBe(4);
		expect(summary.osr.compiles).toBe(1);
		expect(summary.again).toMatchObject({ compiles: 3 });
		expect(summary.again.ms).toBeCloseTo(60.01 + 70.01 + 3.01);
		expect(summary.first.ms).toBeCloseTo(40.01 + 10.01 + 8.01 + 2.01);
	});

	it('counts deopts by reason, a lazy one\'s "(unknown)" too', () => {
		expect(summary.deopts).toBe(3);
		expect(summary.reasons).toEqual(
			expect.arrayContaining([
				['Insufficient type feedback for call', 1],
				['wrong map', 1],
				['(unknown)', 1]
			])
		);
	});

	it('lists the functions compiled again dearest first, an anonymous one by that word', () => {
		expect(summary.functions.map((fn) => fn.name)).toEqual(['findNames', '(anonymous)']);
		expect(summary.functions[0]).toMatchObject({ deopts: 2, again: { compiles: 2 } });
		expect(summary.functions[1]).toMatchObject({ deopts: 1, again: { compiles: 1 } });
	});
});

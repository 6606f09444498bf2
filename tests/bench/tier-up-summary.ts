// `node --import tsx tests/bench/tier-up-summary.ts LOG`: what a `node --trace-opt --trace-deopt` log says of a
// process's warm-up — its TurboFan compiles split into first compiles, OSR compiles and compiles again after a
// deopt, with the compile times V8 prints, and its deopts by reason and by function. A fresh shared-store worker
// pays its geoparser's warm-up once; the compiles after a deopt are the part a code change can remove (a
// function's rare branch first reached after it was optimised, an object of another shape), and they fall on
// the long functions, which cost most to compile again. Compile times are the compiler thread's wall times:
// on a loaded machine read them as shares, not seconds.
import { readFileSync } from 'node:fs';

export interface CompileCount {
	compiles: number;
	/** milliseconds V8 printed for these compiles (prepare + execute + finalize) */
	ms: number;
}

export interface TierUpSummary {
	first: CompileCount;
	osr: CompileCount;
	/** compiles of a function already compiled before (not OSR): each follows a deopt of it */
	again: CompileCount;
	deopts: number;
	/** deopts by V8's reason, most first */
	reasons: [string, number][];
	/** per function (by name): compiles again after a deopt, their ms, and its deopts, dearest first */
	functions: { name: string; again: CompileCount; deopts: number }[];
}

// "[completed compiling 0x… <JSFunction name (sfi = 0x…)> (target TURBOFAN) OSR - took 0.017, 41.219, 0.185 ms]"
const COMPILED = /completed compiling \S+ <JSFunction (?:(\S+) )?\(sfi = (\w+)\)> \(target TURBOFAN\)( OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms/;
// "[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x… <JSFunction name (sfi = 0x…)>, …" (a lazy
// deopt's reason is "(unknown)")
const BAILOUT = /bailout \(kind: [^,]+, reason: (.+?)\): begin\. deoptimizing \S+ <JSFunction (?:(\S+) )?\(sfi/;

const count = (): CompileCount => ({ compiles: 0, ms: 0 });

/** The summary of a trace's lines (a function is told apart from a namesake by its shared function info). */
export function tierUpSummary(lines: Iterable<string>): TierUpSummary {
	const summary = { first: count(), osr: count(), again: count(), deopts: 0 };
	const compiled = new Set<string>();
	const reasons = new Map<string, number>();
	const byName = new Map<string, { name: string; again: CompileCount; deopts: number }>();
	const functionNamed = (name = '(anonymous)') => {
		const known = byName.get(name);
		if (known) return known;
		const created = { name, again: count(), deopts: 0 };
		byName.set(name, created);
		return created;
	};
	for (const line of lines) {
		const compile = COMPILED.exec(line);
		if (compile) {
			const [, name, sfi, osr, prepare, execute, finalize] = compile;
			const ms = Number(prepare) + Number(execute) + Number(finalize);
			// an OSR compile is of a loop inside a running call: it neither follows nor counts as the function's own compile
			const kind = osr ? summary.osr : compiled.has(sfi!) ? summary.again : summary.first;
			kind.compiles++;
			kind.ms += ms;
			if (kind === summary.again) {
				const fn = functionNamed(name);
				fn.again.compiles++;
				fn.again.ms += ms;
			}
			if (!osr) compiled.add(sfi!);
			continue;
		}
		const bailout = BAILOUT.exec(line);
		if (bailout) {
			summary.deopts++;
			reasons.set(bailout[1]!, (reasons.get(bailout[1]!) ?? 0) + 1);
			functionNamed(bailout[2]).deopts++;
		}
	}
	return {
		...summary,
		reasons: [...reasons].sort((a, b) => b[1] - a[1]),
		functions: [...byName.values()].sort((a, b) => b.again.ms - a.again.ms || b.deopts - a.deopts)
	};
}

function print(summary: TierUpSummary, top: number): void {
	const all = summary.first.ms + summary.osr.ms + summary.again.ms;
	const share = (c: CompileCount) => `${c.compiles} (${(c.ms / 1000).toFixed(1)} s, ${((100 * c.ms) / all).toFixed(0)} %)`;
	console.log(`TurboFan compiles: first ${share(summary.first)}, OSR ${share(summary.osr)}, again after a deopt ${share(summary.again)}`);
	console.log(`deopts ${summary.deopts}: ${summary.reasons.map(([reason, n]) => `${reason} ${n}`).join(', ')}`);
	console.log(`compiled again, dearest first (compiles, s, deopts):`);
	for (const fn of summary.functions.slice(0, top)) console.log(`  ${fn.name}: ${fn.again.compiles}, ${(fn.again.ms / 1000).toFixed(2)}, ${fn.deopts}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const log = process.argv[2];
	if (!log) throw new Error('usage: tier-up-summary.ts LOG (the output of node --trace-opt --trace-deopt)');
	print(tierUpSummary(readFileSync(log, 'utf8').split('\n')), Number(process.argv[3] ?? 20));
}

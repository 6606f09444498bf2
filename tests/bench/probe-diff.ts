// Probe sentences of your own against two checkouts before queueing a rule: every toponym one reads and the
// other does not (or reads as another place), line by line.
//   node --import tsx tests/bench/probe-diff.ts SENTENCES BASE_CHECKOUT [OTHER_CHECKOUT] [--all]
// SENTENCES: one text a line (blank lines and lines opening with '#' are skipped). Each checkout geoparses
// with its own code and its own generated/ gazetteer, so a gazetteer change shows too (build it there first).
// OTHER_CHECKOUT defaults to this one. --all prints every line's reading, changed or not. Write the
// sentences where the rule must NOT fire as well as where it should ("Wyoming, the top coal producer").
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';

/** The fields of a toponym a probe compares. */
export interface ProbeToponym {
	start: number;
	name: string;
	placeName?: string | null;
	country?: string | null;
	lat?: number | null;
	lon?: number | null;
	usage?: string;
}

/** "Paris = Paris (FR 48.9,2.4)", "[embedded]" added for a place word inside a name. */
export function describeToponym(t: ProbeToponym): string {
	const where = t.lat == null || t.lon == null ? '' : ` ${t.lat.toFixed(1)},${t.lon.toFixed(1)}`;
	return `${t.name} = ${t.placeName ?? '?'} (${t.country ?? '-'}${where})${t.usage === 'embedded' ? ' [embedded]' : ''}`;
}

/** What the other side lost and gained against the base, by start offset and reading. */
export function toponymChanges(base: readonly ProbeToponym[], other: readonly ProbeToponym[]): { lost: string[]; gained: string[] } {
	const key = (t: ProbeToponym) => `${t.start}\t${describeToponym(t)}`;
	const had = new Set(base.map(key));
	const has = new Set(other.map(key));
	return { lost: base.filter((t) => !has.has(key(t))).map(describeToponym), gained: other.filter((t) => !had.has(key(t))).map(describeToponym) };
}

type Geoparse = (text: string, gazetteer: unknown) => ProbeToponym[];

async function sideOf(root: string): Promise<(text: string) => ProbeToponym[]> {
	const index = (await import(join(root, 'src/lib/geoparse/index.ts'))) as { geoparse: Geoparse };
	const own = (await import(join(root, 'src/lib/server/gazetteer.ts'))) as { loadGazetteer: () => Promise<unknown> };
	const gazetteer = await own.loadGazetteer();
	return (text) => index.geoparse(text, gazetteer);
}

async function main(): Promise<void> {
	const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
	const all = process.argv.includes('--all');
	if (args.length < 2) {
		console.error('usage: probe-diff.ts SENTENCES BASE_CHECKOUT [OTHER_CHECKOUT] [--all]');
		process.exit(2);
	}
	const [file, baseRoot, otherRoot = PACKAGE_ROOT] = args as [string, string, string?];
	const lines = readFileSync(file, 'utf8').split('\n');
	const base = await sideOf(resolve(baseRoot));
	const other = await sideOf(resolve(otherRoot));
	let changed = 0;
	let probed = 0;
	lines.forEach((line, i) => {
		if (line.trim() === '' || line.startsWith('#')) return;
		probed++;
		const a = base(line);
		const b = other(line);
		const { lost, gained } = toponymChanges(a, b);
		if (lost.length + gained.length > 0) changed++;
		else if (!all) return;
		console.log(`${i + 1}: ${line}`);
		if (lost.length + gained.length === 0) console.log(`    = ${b.map(describeToponym).join(' | ') || '(none)'}`);
		for (const t of lost) console.log(`    - ${t}`);
		for (const t of gained) console.log(`    + ${t}`);
	});
	console.log(`${changed} of ${probed} lines changed (base ${resolve(baseRoot)}, other ${resolve(otherRoot)})`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(PACKAGE_ROOT, 'tests/bench/probe-diff.ts')) await main();

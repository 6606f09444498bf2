// Measures the gazetteer's coverage gap, two ways:
// 1. GeoWebNews (../shared/eval, read at run time): the gold toponyms with a GeoNames id that no gazetteer entry
//    of the same name lies within 161 km of, by name (`--gwn`);
// 2. tests/bench/coverage-names.tsv (or `--names FILE`): names world news uses, by class, that no entry of the
//    name lies within reach of (40 km for a city, 800 km for a river, whose point is its mouth, 300 km else).
// `node --import tsx tests/bench/coverage-gap.ts [--gwn] [--names FILE] [--gazetteer FILE]`
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lookupEntries, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';

const { values } = parseArgs({ options: { gwn: { type: 'boolean' }, names: { type: 'string' }, gazetteer: { type: 'string' } } });
const gazetteer = await loadGazetteer(values.gazetteer);

function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const rad = Math.PI / 180;
	const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
	return 12742 * Math.asin(Math.sqrt(h));
}

/** km from the point to the nearest entry of the name, or Infinity where the gazetteer has none */
function nearestKm(g: Gazetteer, name: string, lat: number, lon: number): number {
	let nearest = Infinity;
	for (const e of lookupEntries(g, name)) nearest = Math.min(nearest, kilometres(lat, lon, e.lat, e.lon));
	return nearest;
}

const REACH_KM: Record<string, number> = { city: 40, river: 800 };
const byClass = new Map<string, { count: number; missing: string[] }>();
const seen = new Set<string>();
for (const line of readFileSync(values.names ?? join(PACKAGE_ROOT, 'tests', 'bench', 'coverage-names.tsv'), 'utf8').split('\n')) {
	const [kind, name, lat, lon] = line.split('\t');
	if (!kind || kind.startsWith('#') || !name || seen.has(`${kind}\t${name}`)) continue;
	seen.add(`${kind}\t${name}`);
	const km = nearestKm(gazetteer, name, Number(lat), Number(lon));
	const entry = byClass.get(kind) ?? { count: 0, missing: [] };
	entry.count++;
	if (km > (REACH_KM[kind] ?? 300)) entry.missing.push(km === Infinity ? name : `${name} (${Math.round(km)} km)`);
	byClass.set(kind, entry);
}
let count = 0;
let missing = 0;
for (const [kind, entry] of byClass) {
	count += entry.count;
	missing += entry.missing.length;
	console.log(`${kind}: ${entry.missing.length} of ${entry.count} missing${entry.missing.length ? `: ${entry.missing.join('; ')}` : ''}`);
}
console.log(`all: ${missing} of ${count} missing`);

const GWN = join(PACKAGE_ROOT, '..', 'shared', 'eval', 'geowebnews.jsonl');
if (values.gwn && existsSync(GWN)) {
	const AUXILIARY = new Set(['Non_Toponym', 'Literal_Expression', 'Non_Lit_Expression']);
	const gaps = new Map<string, number>();
	let mentions = 0;
	for (const line of readFileSync(GWN, 'utf8').split('\n')) {
		if (!line) continue;
		for (const t of (JSON.parse(line) as { toponyms: { name: string; type: string; lat: number | null; lon: number | null; geonameid: string | null }[] }).toponyms) {
			if (AUXILIARY.has(t.type) || t.lat === null || t.lon === null || !t.geonameid) continue;
			if (nearestKm(gazetteer, t.name, t.lat, t.lon) <= 161) continue;
			mentions++;
			gaps.set(t.name, (gaps.get(t.name) ?? 0) + 1);
		}
	}
	console.log(`GeoWebNews: ${mentions} gold toponyms (${gaps.size} names) with no entry of their name within 161 km`);
	for (const [name, n] of [...gaps].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${name}`);
}

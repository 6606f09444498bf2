// `npm run bench`: every benchmark, each printing its figures and the ratio against a peer measured
// in the same run. Speed targets live here, never in unit tests (shared, noisy machines).
import { existsSync } from 'node:fs';
import { EVAL_FILE } from '../helpers/gazetteer.ts';

type Bench = () => Promise<Record<string, number | string>>;

async function optional(path: string, name: string): Promise<Bench | undefined> {
	if (!existsSync(new URL(path, import.meta.url))) return undefined;
	const module = (await import(path)) as Record<string, Bench>;
	return module[name];
}

const benches: [string, Bench | undefined][] = [
	['geoparse', (await import('./geoparse.ts')).benchGeoparse],
	['ingest', await optional('./ingest.ts', 'benchIngest')],
	['explorer', await optional('./explorer.ts', 'benchExplorer')],
	['topics', (await import('./topics.ts')).benchTopics],
	['corrections', await optional('./corrections.ts', 'benchCorrections')]
];

if (!existsSync(EVAL_FILE)) {
	console.error(`bench: needs ${EVAL_FILE} (../shared beside the repo)`);
	process.exit(1);
}
const only = process.argv[2];
for (const [name, bench] of benches) {
	if (!bench || (only && only !== name)) continue;
	console.log(`\n${name}`);
	const figures = await bench();
	const width = Math.max(...Object.keys(figures).map((k) => k.length));
	for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(width)}  ${value}`);
}

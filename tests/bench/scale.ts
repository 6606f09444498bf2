// `npm run bench:scale [-- --sizes 10000,50000,200000] [--pg-size 2000] [--keep DIR] [--watch]`: generated corpora of
// growing size (from ../shared/eval), each ingested from scratch in its own process, then one file changed,
// (`--watch`: then `ingest --watch`, each change timed from the file's write to the committed row, scale-watch.ts)
// then the live explorer in headless Chromium against the store; then the shared PostgreSQL store
// (scale-postgres.ts). `--keep DIR` writes each size's corpus and output to DIR/<size>/{corpus,out} and
// leaves them there, with a file DIR/<size>/READY once its ingests are done (for other benches to read).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureApp } from '../../src/lib/server/serve.ts';
import { launchBenchBrowser } from './bench-browser.ts';
import { explorerTimings, timingColumns } from './explorer-timings.ts';
import { EVAL_DIR, sourceTexts, writeScaleCorpus } from './scale-corpus.ts';
import { benchPostgres } from './scale-postgres.ts';
import { benchWatch } from './scale-watch.ts';

const WATCH = process.argv.includes('--watch');

/** The shared-store part runs on a corpus of this size (0: skipped): each worker geoparses for real. */
const PG_SIZE = Number(process.argv.includes('--pg-size') ? process.argv[process.argv.indexOf('--pg-size') + 1] : (process.env.GAZETTE_SCALE_PG_SIZE ?? '2000'));

const SIZES = (process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1]! : (process.env.GAZETTE_SCALE_SIZES ?? '10000'))
	.split(',')
	.map(Number)
	.filter((n) => Number.isInteger(n) && n > 0);

function ingest(corpus: string, out: string): { seconds: number; cpuSeconds: number; documents: number; geoparsed: number; maxRssMB: number } {
	const child = spawnSync(process.execPath, ['--import', 'tsx', new URL('./scale-ingest.ts', import.meta.url).pathname, corpus, out], { encoding: 'utf8', maxBuffer: 1 << 24 });
	if (child.status !== 0) throw new Error(`ingest failed: ${child.stderr.split('\n').slice(-5).join(' ')}`);
	return JSON.parse(child.stdout.trim().split('\n').pop()!) as ReturnType<typeof ingest>;
}

/** `--keep DIR`: the corpora and stores are made there and left (without it, in a temporary folder, removed). */
const KEEP = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : undefined;

/** A fresh folder for one size's corpus and output. */
function sizeRoot(size: number): string {
	if (!KEEP) return mkdtempSync(join(tmpdir(), `gazette-scale-${size}-`));
	const root = join(KEEP, String(size));
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	return root;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

if (sourceTexts().length < 2) {
	console.error(`bench:scale: needs the texts in ${EVAL_DIR} (../shared beside the repo)`);
	process.exit(1);
}
// `--sizes 0`: only the PostgreSQL part (no app build, no browser)
if (SIZES.length > 0) await ensureApp();
const browser = SIZES.length > 0 ? await launchBenchBrowser() : null;
const rows: Record<string, Record<string, number>> = {};
try {
	for (const size of SIZES) {
		const root = sizeRoot(size);
		try {
			const corpus = join(root, 'corpus');
			const out = join(root, 'out');
			const bytes = await writeScaleCorpus(corpus, size);
			const loadBefore = round(loadavg()[0]!, 1);
			const cold = ingest(corpus, out);
			console.log(`${size} documents, first ingest (load ${loadBefore} → ${round(loadavg()[0]!, 1)}):`, cold);
			const storeBytes = statSync(join(out, 'gazette.sqlite')).size;
			const changedFile = join(corpus, 'batch-0000', 'doc-0.txt');
			writeFileSync(changedFile, `${readFileSync(changedFile, 'utf8')}\nA late addition from Nairobi.\n`);
			const changed = ingest(corpus, out);
			// nothing changed since: what a re-run of an unchanged big corpus costs
			const unchanged = ingest(corpus, out);
			const loads = { 'load average (1 min) after ingests': round(loadavg()[0]!, 1) };
			if (KEEP) writeFileSync(join(root, 'READY'), `${JSON.stringify({ size, cold, changed, unchanged, storeBytes, corpusBytes: bytes, ...loads })}\n`);
			const watch = WATCH ? await benchWatch(corpus, out) : null;
			if (watch) console.log(`${size} documents, ingest --watch:`, watch);
			const watchColumns: Record<string, number> = watch
				? {
						'watch ready s': round(watch.readySeconds, 1),
						'watch change to row ms (median)': [...watch.changeMs].sort((a, b) => a - b)[Math.floor(watch.changeMs.length / 2)]!,
						'watch change to row ms (max)': Math.max(...watch.changeMs),
						'watch peak RSS MB': watch.peakRssMB
					}
				: {};
			const explorer = await explorerTimings(browser!, out, 'government');
			rows[`${size.toLocaleString('en')} docs`] = {
				'corpus MB': round(bytes / 1048576, 1),
				'ingest docs/s': Math.round(cold.documents / cold.seconds),
				'ingest peak RSS MB': Math.round(cold.maxRssMB),
				'store / input size': round(storeBytes / bytes),
				'one file re-ingest s': round(changed.seconds),
				'one file re-ingest CPU s': round(changed.cpuSeconds),
				'one file re-ingest peak RSS MB': Math.round(changed.maxRssMB),
				'unchanged re-run s': round(unchanged.seconds),
				'load average (1 min)': round(loadavg()[0]!, 1),
				...watchColumns,
				...timingColumns(explorer)
			};
			console.log(`${size} documents:`, rows[`${size.toLocaleString('en')} docs`]);
		} finally {
			if (!KEEP) rmSync(root, { recursive: true, force: true });
		}
	}
} finally {
	await browser?.close();
}
if (PG_SIZE > 0) {
	const root = mkdtempSync(join(tmpdir(), `gazette-scale-pg-`));
	try {
		const corpus = join(root, 'corpus');
		await writeScaleCorpus(corpus, PG_SIZE);
		const figures = await benchPostgres(corpus, PG_SIZE);
		console.log(`${PG_SIZE} documents, PostgreSQL:`, figures);
		rows[`${PG_SIZE.toLocaleString('en')} docs, PostgreSQL`] = Object.fromEntries(Object.entries(figures).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
console.table(rows);

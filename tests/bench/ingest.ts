// Ingest benchmark: 10,000 documents (the GeoWebNews texts repeated, each copy made distinct so the
// cache cannot collapse them) written to a temporary corpus, ingested cold, then re-run unchanged
// and with one file changed. Called by the bench runner; also runnable alone:
//   npx tsx tests/bench/ingest.ts
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runIngest } from '../../src/lib/server/ingest/index.ts';

const GEOWEBNEWS = resolve(import.meta.dirname, '../../../shared/eval/geowebnews.jsonl');
const DOCUMENTS = 10_000;

export async function benchIngest(): Promise<Record<string, number | string>> {
	const texts = readFileSync(GEOWEBNEWS, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => (JSON.parse(line) as { text: string }).text);
	const root = mkdtempSync(join(tmpdir(), 'gazette-bench-ingest-'));
	const corpus = join(root, 'corpus');
	const out = join(root, 'out');
	try {
		let bytes = 0;
		for (let i = 0; i < DOCUMENTS; i++) {
			const folder = join(corpus, String(Math.floor(i / 1000)).padStart(2, '0'));
			if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
			const month = String((i % 12) + 1).padStart(2, '0');
			const content = ` date 2018-${month}-15 By Bench Writer\n\nReport ${i}\n\n${texts[i % texts.length]}`;
			bytes += content.length;
			writeFileSync(join(folder, `doc-${i}.txt`), content);
		}
		const started = performance.now();
		const cold = await runIngest({ corpusDir: corpus, outDir: out });
		const coldSeconds = (performance.now() - started) / 1000;

		const again = performance.now();
		const warm = await runIngest({ corpusDir: corpus, outDir: out });
		const rerunSeconds = (performance.now() - again) / 1000;

		writeFileSync(join(corpus, '00', 'doc-0.txt'), ` date 2018-01-16 By Bench Writer\n\nReport 0, revised\n\n${texts[1]}`);
		const changedStart = performance.now();
		const changed = await runIngest({ corpusDir: corpus, outDir: out });
		const changedSeconds = (performance.now() - changedStart) / 1000;
		if (!warm.upToDate || changed.geoparsed !== 1) throw new Error('incremental re-run did not use the cache');

		// The peer: the same cold ingest on one thread, into a fresh folder (no cache).
		const singleStart = performance.now();
		await runIngest({ corpusDir: corpus, outDir: join(root, 'out-single'), workers: 0 });
		const singleSeconds = (performance.now() - singleStart) / 1000;

		return {
			documents: cold.documents,
			'corpus MB': Math.round((bytes / 1048576) * 10) / 10,
			places: cold.places,
			mentions: cold.mentions,
			'cold s': Math.round(coldSeconds * 100) / 100,
			'docs/s': Math.round(cold.documents / coldSeconds),
			'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
			'output MB': Math.round((cold.outputBytes / 1048576) * 10) / 10,
			'unchanged re-run s': Math.round(rerunSeconds * 100) / 100,
			'one file changed s': Math.round(changedSeconds * 100) / 100,
			'cold s on one thread (peer)': Math.round(singleSeconds * 100) / 100,
			'speed-up from worker threads': Math.round((singleSeconds / coldSeconds) * 100) / 100
		};
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(await benchIngest());
}

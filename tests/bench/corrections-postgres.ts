// `npm run bench corrections` with GAZETTE_CORRECTIONS_STORE=postgres: the same corrections applied
// and reverted through the explorer's server, on the shared store (a throwaway PostgreSQL/PostGIS
// cluster, the corpus ingested by two `gazette ingest` workers at once): the server's write times.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedCorrectionsWriter } from '../../src/lib/server/corrections-writer.ts';
import { fixedStore } from '../../src/lib/server/api/store-handle.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { openPostgresStore } from '../../src/lib/store/postgres/index.ts';
import { postgresMissing, startPostgis } from '../helpers/postgres.ts';
import { correctionTargets, READ_PREVIEW_MS, timeCorrectionWrites, timed } from './correction-writes.ts';
import { writeScaleCorpus } from './scale-corpus.ts';

const GAZETTE = new URL('../../bin/gazette.js', import.meta.url).pathname;

function ingestWorker(corpus: string, url: string): Promise<void> {
	// a session of its own, as in bench:scale (the scheduler shares CPU between sessions)
	const child = spawn(process.execPath, [GAZETTE, 'ingest', corpus, '--store', url], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	return new Promise((resolve, reject) => child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`ingest worker failed (${code}): ${stderr.slice(-300)}`)))));
}

export async function benchCorrectionsPostgres(count: number, texts: string[]): Promise<Record<string, number | string>> {
	const missing = postgresMissing();
	if (missing) return { 'postgres: not measured': missing };
	const root = mkdtempSync(join(tmpdir(), 'gazette-bench-corrections-pg-'));
	const cluster = await startPostgis();
	let server: RunningServer | null = null;
	try {
		const corpus = join(root, 'corpus');
		await writeScaleCorpus(corpus, count, texts);
		const url = await cluster.database();
		const load = loadavg()[0]!;
		const [, ingestMs] = await timed(() => Promise.all([ingestWorker(corpus, url), ingestWorker(corpus, url)]));
		const store = await openPostgresStore(url, { readonly: true });
		const writer = await sharedCorrectionsWriter(store, url, join(root, 'unused'));
		if (typeof writer === 'string') throw new Error(writer);
		server = await startServer({ outDir: join(root, 'unused'), port: 0, corrections: writer, store: fixedStore(store) });
		const targets = await correctionTargets(store);
		const writes = await timeCorrectionWrites(server, targets);
		return {
			'postgres: ingest by 2 workers s': Math.round(ingestMs / 100) / 10,
			'postgres: first preview (reads the ingest base and the gazetteer) ms': writes.coldPreviewMs,
			'postgres: apply, one mention ms': writes.mentionMs,
			'postgres: revert, one mention ms': writes.revertMentionMs,
			[`postgres: preview, every "${targets.top.name}" (${writes.previewMentions} mentions in ${writes.previewDocuments} documents) ms`]: writes.previewMs,
			[`postgres: apply, every "${targets.top.name}" ms`]: writes.corpusMs,
			[`postgres: apply, every "${targets.top.name}", ${READ_PREVIEW_MS / 1000} s after its preview ms`]: writes.corpusAheadMs,
			'postgres: revert, corpus-wide ms': writes.revertCorpusMs,
			'postgres: load average (1 min) before, after': `${load.toFixed(1)}, ${loadavg()[0]!.toFixed(1)}`
		};
	} finally {
		await server?.close();
		cluster.stop();
		rmSync(root, { recursive: true, force: true });
	}
}

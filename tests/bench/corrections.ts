// Corrections benchmark: generated corpora (from ../shared/eval, nothing copied into the repo) of 1,000
// and 10,000 documents, ingested once; then corrections applied and reverted through the explorer's
// server (preview, store, file), and in Chromium from Apply to the popup, counts, list, map and reader
// showing it (corrections-redraw.ts), against the peer measured in the same run: the full re-ingest
// with the cache that applying used to be. Sizes: GAZETTE_CORRECTIONS_SIZES=1000,10000.
// GAZETTE_CORRECTIONS_STORE=postgres: the server's writes on the shared store instead (corrections-postgres.ts).
//   npm run bench corrections
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { correctionsWriterFor } from '../../src/lib/server/corrections-writer.ts';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { CHROMIUM } from '../e2e/harness.ts';
import { correctionRedraw } from './corrections-redraw.ts';
import { correctionTargets, READ_PREVIEW_MS, timeCorrectionWrites, timed, type CorrectionTargets } from './correction-writes.ts';
import { benchCorrectionsPostgres } from './corrections-postgres.ts';
import { sourceTexts, writeScaleCorpus } from './scale-corpus.ts';

const SIZES = (process.env.GAZETTE_CORRECTIONS_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);

/** The targets, read from the output's store. */
async function targets(out: string): Promise<CorrectionTargets> {
	const store = openSqliteStore(join(out, STORE_FILE), { readonly: true });
	try {
		return await correctionTargets(store);
	} finally {
		await store.close();
	}
}

async function benchSize(count: number, texts: string[]): Promise<Record<string, number | string>> {
	const root = mkdtempSync(join(tmpdir(), 'gazette-bench-corrections-'));
	const corpus = join(root, 'corpus');
	const out = join(root, 'out');
	let server: RunningServer | null = null;
	try {
		await writeScaleCorpus(corpus, count, texts);
		const ingested = await runIngest({ corpusDir: corpus, outDir: out });
		const writer = await correctionsWriterFor(out);
		if (typeof writer === 'string') throw new Error(writer);
		server = await startServer({ outDir: out, port: 0, corrections: writer });
		const { top, other, mention } = await targets(out);
		const writes = await timeCorrectionWrites(server, { top, other, mention });

		// what the user sees: the browser from Apply to popup, counts, list, map and reader (Chromium here)
		const redraw = existsSync(CHROMIUM) ? await correctionRedraw(server, { top, other, mention }) : { 'browser: not measured (no Chromium)': 0 };

		// the peer: applying by re-ingesting with the next corrections file (the cache keeps geoparsing out)
		const correctionsText = JSON.stringify({ corrections: [writes.wholeCorpus] });
		const [, reingestMs] = await timed(() => runIngest({ corpusDir: corpus, outDir: out, correctionsFile: writer.correctionsFile, correctionsText }));
		return {
			documents: ingested.documents,
			places: ingested.places,
			mentions: ingested.mentions,
			'first preview (reads cache and gazetteer) ms': writes.coldPreviewMs,
			'apply, one mention ms': writes.mentionMs,
			'revert, one mention ms': writes.revertMentionMs,
			[`preview, every "${top.name}" (${writes.previewMentions} mentions in ${writes.previewDocuments} documents) ms`]: writes.previewMs,
			[`apply, every "${top.name}" ms`]: writes.corpusMs,
			[`apply, every "${top.name}", ${READ_PREVIEW_MS / 1000} s after its preview ms`]: writes.corpusAheadMs,
			'revert, corpus-wide ms': writes.revertCorpusMs,
			...redraw,
			're-ingest with the correction ms': reingestMs,
			're-ingest ÷ apply (one mention)': Math.round((reingestMs / Math.max(1, writes.mentionMs)) * 10) / 10,
			're-ingest ÷ apply (corpus-wide)': Math.round((reingestMs / Math.max(1, writes.corpusMs)) * 10) / 10
		};
	} finally {
		await server?.close();
		rmSync(root, { recursive: true, force: true });
	}
}

export async function benchCorrections(): Promise<Record<string, number | string>> {
	const texts = sourceTexts();
	const figures: Record<string, number | string> = {};
	const postgres = process.env.GAZETTE_CORRECTIONS_STORE === 'postgres';
	for (const size of SIZES) {
		const sized = postgres ? await benchCorrectionsPostgres(size, texts) : await benchSize(size, texts);
		for (const [key, value] of Object.entries(sized)) figures[`${size.toLocaleString('en')}: ${key}`] = value;
	}
	return figures;
}

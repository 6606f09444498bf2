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
import { TOKEN_HEADER } from '../../src/lib/server/corrections-api.ts';
import { correctionsWriterFor } from '../../src/lib/server/corrections-writer.ts';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { EMPTY_FILTERS } from '../../src/lib/state/url.ts';
import { callJson } from '../helpers/http.ts';
import { CHROMIUM } from '../e2e/harness.ts';
import { correctionRedraw } from './corrections-redraw.ts';
import { benchCorrectionsPostgres } from './corrections-postgres.ts';
import { sourceTexts, writeScaleCorpus } from './scale-corpus.ts';

const SIZES = (process.env.GAZETTE_CORRECTIONS_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
	const start = performance.now();
	const value = await run();
	return [value, Math.round(performance.now() - start)];
}

async function post(server: RunningServer, path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
	const { body: session } = await callJson(server.port, 'GET', '/api/corrections');
	const reply = await callJson(server.port, 'POST', path, { body: { revision: session.revision, ...body }, headers: { Origin: `http://127.0.0.1:${server.port}`, [TOKEN_HEADER]: session.token as string } });
	if (reply.status !== 200) throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
	return reply.body;
}

/** The most mentioned place, another place to move its name to, and one mention of it. */
async function targets(out: string) {
	const store = openSqliteStore(join(out, STORE_FILE), { readonly: true });
	try {
		const { places } = await store.places(EMPTY_FILTERS, 'mentions', 0, 20);
		const top = places[0]!;
		const other = places.find((p) => p.name !== top.name)!;
		const excerpt = (await store.excerpts(top.id, EMPTY_FILTERS, 0, 1)).groups[0]!;
		const document = (await store.document(excerpt.documentId))!;
		const mention = document.mentions.find((m) => m.placeId === top.id)!;
		return { top, other, mention: { document: document.id, start: mention.start, end: mention.end, name: mention.name } };
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
		const oneMention = { action: 'resolve', name: mention.name, placeId: other.id, mention: { document: mention.document, start: mention.start, end: mention.end } };
		const wholeCorpus = { action: 'resolve', name: top.name, placeId: other.id };

		// the dialog previews before it applies; the first question reads the ingest cache and the gazetteer
		const [, coldPreviewMs] = await timed(() => post(server!, '/api/corrections/preview', { correction: oneMention }));
		const [applied, mentionMs] = await timed(() => post(server!, '/api/corrections/apply', { correction: oneMention }));
		const [, revertMentionMs] = await timed(() => post(server!, '/api/corrections/revert', { id: (applied.correction as { id: string }).id }));
		const [preview, previewMs] = await timed(() => post(server!, '/api/corrections/preview', { correction: wholeCorpus }));
		const [corpusWide, corpusMs] = await timed(() => post(server!, '/api/corrections/apply', { correction: wholeCorpus }));
		const [, revertCorpusMs] = await timed(() => post(server!, '/api/corrections/revert', { id: (corpusWide.correction as { id: string }).id }));

		// what the user sees: the browser from Apply to popup, counts, list, map and reader (Chromium here)
		const redraw = existsSync(CHROMIUM) ? await correctionRedraw(server, { top, other, mention }) : { 'browser: not measured (no Chromium)': 0 };

		// the peer: applying by re-ingesting with the next corrections file (the cache keeps geoparsing out)
		const correctionsText = JSON.stringify({ corrections: [wholeCorpus] });
		const [, reingestMs] = await timed(() => runIngest({ corpusDir: corpus, outDir: out, correctionsFile: writer.correctionsFile, correctionsText }));
		return {
			documents: ingested.documents,
			places: ingested.places,
			mentions: ingested.mentions,
			'first preview (reads cache and gazetteer) ms': coldPreviewMs,
			'apply, one mention ms': mentionMs,
			'revert, one mention ms': revertMentionMs,
			[`preview, every "${top.name}" (${preview.mentions} mentions in ${preview.documents} documents) ms`]: previewMs,
			[`apply, every "${top.name}" ms`]: corpusMs,
			'revert, corpus-wide ms': revertCorpusMs,
			...redraw,
			're-ingest with the correction ms': reingestMs,
			're-ingest ÷ apply (one mention)': Math.round((reingestMs / Math.max(1, mentionMs)) * 10) / 10,
			're-ingest ÷ apply (corpus-wide)': Math.round((reingestMs / Math.max(1, corpusMs)) * 10) / 10
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

// `npm run bench corrections` with GAZETTE_CORRECTIONS_STORE=postgres: the same corrections applied
// and reverted through the explorer's server, on the shared store (a throwaway PostgreSQL/PostGIS
// cluster, the corpus ingested by two `gazette ingest` workers at once): the server's write times.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOKEN_HEADER } from '../../src/lib/server/corrections-api.ts';
import { sharedCorrectionsWriter } from '../../src/lib/server/corrections-writer.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { openPostgresStore, type PostgresStore } from '../../src/lib/store/postgres/index.ts';
import { EMPTY_FILTERS } from '../../src/lib/state/url.ts';
import { callJson } from '../helpers/http.ts';
import { postgresMissing, startPostgis } from '../helpers/postgres.ts';
import { writeScaleCorpus } from './scale-corpus.ts';

const GAZETTE = new URL('../../bin/gazette.js', import.meta.url).pathname;

function ingestWorker(corpus: string, url: string): Promise<void> {
	// a session of its own, as in bench:scale (the scheduler shares CPU between sessions)
	const child = spawn(process.execPath, [GAZETTE, 'ingest', corpus, '--store', url], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	return new Promise((resolve, reject) => child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`ingest worker failed (${code}): ${stderr.slice(-300)}`)))));
}

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

async function targets(store: PostgresStore) {
	const { places } = await store.places(EMPTY_FILTERS, 'mentions', 0, 20);
	const top = places[0]!;
	const other = places.find((p) => p.name !== top.name)!;
	const excerpt = (await store.excerpts(top.id, EMPTY_FILTERS, 0, 1)).groups[0]!;
	const document = (await store.document(excerpt.documentId))!;
	const mention = document.mentions.find((m) => m.placeId === top.id)!;
	return { top, other, mention: { document: document.id, start: mention.start, end: mention.end, name: mention.name } };
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
		server = await startServer({ outDir: join(root, 'unused'), port: 0, corrections: writer, store });
		const { top, other, mention } = await targets(store);
		const oneMention = { action: 'resolve', name: mention.name, placeId: other.id, mention: { document: mention.document, start: mention.start, end: mention.end } };
		const wholeCorpus = { action: 'resolve', name: top.name, placeId: other.id };
		const [, coldPreviewMs] = await timed(() => post(server!, '/api/corrections/preview', { correction: oneMention }));
		const [applied, mentionMs] = await timed(() => post(server!, '/api/corrections/apply', { correction: oneMention }));
		const [, revertMentionMs] = await timed(() => post(server!, '/api/corrections/revert', { id: (applied.correction as { id: string }).id }));
		const [preview, previewMs] = await timed(() => post(server!, '/api/corrections/preview', { correction: wholeCorpus }));
		const [corpusWide, corpusMs] = await timed(() => post(server!, '/api/corrections/apply', { correction: wholeCorpus }));
		const [, revertCorpusMs] = await timed(() => post(server!, '/api/corrections/revert', { id: (corpusWide.correction as { id: string }).id }));
		return {
			'postgres: ingest by 2 workers s': Math.round(ingestMs / 100) / 10,
			'postgres: first preview (reads the ingest base and the gazetteer) ms': coldPreviewMs,
			'postgres: apply, one mention ms': mentionMs,
			'postgres: revert, one mention ms': revertMentionMs,
			[`postgres: preview, every "${top.name}" (${preview.mentions} mentions in ${preview.documents} documents) ms`]: previewMs,
			[`postgres: apply, every "${top.name}" ms`]: corpusMs,
			'postgres: revert, corpus-wide ms': revertCorpusMs,
			'postgres: load average (1 min) before, after': `${load.toFixed(1)}, ${loadavg()[0]!.toFixed(1)}`
		};
	} finally {
		await server?.close();
		cluster.stop();
		rmSync(root, { recursive: true, force: true });
	}
}

// `gazette ingest DIR --watch --store postgres://…`: the watch runs the same code as on the embedded
// store, on a throwaway cluster: a changed, an added and a removed file each reach the database as its
// own write, and the database then answers as a fresh one-process ingest of the corpus as it now is.
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest, type IngestOptions } from '../../src/lib/server/ingest/index.ts';
import { watchIngest, type IngestWatch, type WatchEvent } from '../../src/lib/server/ingest/watch.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { usePostgisCluster } from '../helpers/postgres.ts';
import { writeCorpus } from './corpus.ts';
import { postgresAnswers } from './shared-store.ts';

const cluster = usePostgisCluster('gazette-pg-watch-', 'postgres watch tests');
let watching: IngestWatch | null = null;

const options = (corpus: string, url: string, stats = { parsed: 0 }): IngestOptions => ({
	corpusDir: corpus,
	outDir: join(cluster.root, 'unused'),
	createGeoparser: fakeGeoparser(stats),
	topicsFile: DEFAULT_TOPICS_FILE,
	// file by file from the start (the small corpus would otherwise be ingested whole at each change)
	staticFilesLimit: 0,
	store: { kind: 'postgres', url }
});

describe.skipIf(cluster.missing !== null)('ingest --watch on the shared PostgreSQL store', () => {
	afterEach(async () => {
		await watching?.stop();
		watching = null;
	});

	it('applies a changed, an added and a removed file, each as its own write, with the answers of a fresh ingest', async () => {
		const corpus = join(cluster.root, 'corpus');
		writeCorpus(corpus);
		const url = await cluster.database();
		const stats = { parsed: 0 };
		const events: WatchEvent[] = [];
		const waiters: { resolve: (event: WatchEvent) => void; reject: (error: Error) => void }[] = [];
		watching = watchIngest(options(corpus, url, stats), {
			debounceMs: 50,
			rescanSeconds: 0,
			onEvent(event) {
				events.push(event);
				if (event.kind === 'error') waiters.shift()?.reject(new Error(event.message));
				else if (event.kind === 'applied' || event.kind === 'full') waiters.shift()?.resolve(event);
			}
		});
		await watching.ready;
		expect(events[0]!.kind).toBe('ready');
		const parsedAtStart = stats.parsed;
		// the next write (applied file by file, or the one-shot ingest), or the error that stopped it
		const nextWrite = () =>
			new Promise<WatchEvent>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`no write within 20 s; events: ${JSON.stringify(events.map((e) => e.kind))}`)), 20_000);
				waiters.push({ resolve: (event) => (clearTimeout(timer), resolve(event)), reject: (error) => (clearTimeout(timer), reject(error)) });
			});
		const fresh = async () => {
			const url = await cluster.database();
			await runIngest({ ...options(corpus, url), staticFilesLimit: undefined });
			return postgresAnswers(url);
		};

		writeFileSync(join(corpus, 'b.txt'), 'date 2023-06-10\n\nThe corridor reopened\n\nTraffic on the Lachin corridor resumed near Aghdam.');
		const changed = await nextWrite();
		expect(changed.kind === 'applied' && changed.result.changedPaths).toEqual(['b.txt']);
		expect(await postgresAnswers(url)).toEqual(await fresh());

		writeFileSync(join(corpus, 'f.txt'), 'date 2024-03-01\n\nNew in Aghdam\n\nA school opened in Aghdam. Deminers from Baku cleared the road to Shusha.');
		const added = await nextWrite();
		expect(added.kind === 'applied' && added.result.changedPaths).toEqual(['f.txt']);

		unlinkSync(join(corpus, 'e.txt'));
		const removed = await nextWrite();
		expect(removed.kind === 'applied' && removed.result.removedPaths).toEqual(['e.txt']);
		// only the changed and added files were geoparsed
		expect(stats.parsed - parsedAtStart).toBe(2);
		expect(events.filter((e) => e.kind === 'full')).toEqual([]);
		await watching.stop();
		watching = null;
		expect(await postgresAnswers(url)).toEqual(await fresh());
	}, 120_000);
});

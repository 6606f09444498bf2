// The watching ingest (`gazette ingest --watch`): a changed, an added and a removed file each reach the
// store through the incremental write path (the store then equals a fresh full ingest's, row for row),
// editors' temporary files start no write, a malformed file or corrections file is reported while the
// watch goes on, a folder added with its files is watched and read, and stop() lets the change being
// written commit and closes the store.
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_CORRECTIONS_FILE, DEFAULT_TOPICS_FILE, runIngest, type IngestOptions } from '../../src/lib/server/ingest/index.ts';
import { watchIngest, type IngestWatch, type WatchEvent } from '../../src/lib/server/ingest/watch.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { writeCorpus } from '../store/corpus.ts';
import { storeRows } from './store-reading.ts';

let root: string;
let corpus: string;
let out: string;
let watching: IngestWatch | null = null;
let events: WatchEvent[];
let waiters: { kind: WatchEvent['kind']; resolve: (event: WatchEvent) => void }[];

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-watch-'));
	corpus = join(root, 'corpus');
	out = join(root, 'out');
	writeCorpus(corpus);
	events = [];
	waiters = [];
});
afterEach(async () => {
	await watching?.stop();
	watching = null;
	rmSync(root, { recursive: true, force: true });
});

const options = (stats = { parsed: 0 }, extra: Partial<IngestOptions> = {}): IngestOptions => ({
	corpusDir: corpus,
	outDir: out,
	createGeoparser: fakeGeoparser(stats),
	topicsFile: DEFAULT_TOPICS_FILE,
	staticFilesLimit: 0,
	...extra
});

async function startWatch(stats = { parsed: 0 }, extra: Partial<IngestOptions> = {}): Promise<void> {
	watching = watchIngest(options(stats, extra), {
		debounceMs: 50,
		rescanSeconds: 0,
		onEvent(event) {
			events.push(event);
			const at = waiters.findIndex((w) => w.kind === event.kind);
			if (at !== -1) waiters.splice(at, 1)[0]!.resolve(event);
		}
	});
	await watching.ready;
}

/** The next event of a kind (fails the test after 10 s). */
function next<K extends WatchEvent['kind']>(kind: K): Promise<Extract<WatchEvent, { kind: K }>> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no ${kind} event within 10 s; events: ${JSON.stringify(events.map((e) => e.kind))}`)), 10_000);
		waiters.push({ kind, resolve: (event) => (clearTimeout(timer), resolve(event as Extract<WatchEvent, { kind: K }>)) });
	});
}

const ROWS = [
	'SELECT id, file, title, hash, mention_count FROM documents ORDER BY id',
	'SELECT id, name, document_count, mention_count, first_day, last_day FROM places ORDER BY id',
	'SELECT topic, p.id, tp.documents, tp.mentions FROM topic_places tp JOIN places p ON p.key = tp.place ORDER BY topic, p.id',
	'SELECT pm.month, p.id, pm.documents, pm.mentions, pm.first_day, pm.last_day FROM place_months pm JOIN places p ON p.key = pm.place ORDER BY 1, 2',
	'SELECT path, size, entry FROM ingest_files ORDER BY path'
];

/** The store equals a fresh full ingest of the corpus as it now is. */
async function expectFreshEqual(): Promise<void> {
	const fresh = join(root, `fresh-${Math.random().toString(36).slice(2)}`);
	await runIngest({ ...options(), outDir: fresh, staticFiles: true });
	for (const sql of ROWS) expect(storeRows(out, sql), sql).toEqual(storeRows(fresh, sql));
}

const titles = () => (storeRows(out, 'SELECT id, title FROM documents ORDER BY id') as { id: string; title: string }[]).map((r) => `${r.id}: ${r.title}`);

describe('ingest --watch', () => {
	it('applies a changed, an added and a removed file, each as its own write', async () => {
		const stats = { parsed: 0 };
		await startWatch(stats);
		expect(events[0]!.kind).toBe('ready');
		const parsedAtStart = stats.parsed;

		writeFileSync(join(corpus, 'b.txt'), 'date 2023-06-10\n\nThe corridor reopened\n\nTraffic on the Lachin corridor resumed near Aghdam.');
		const changed = await next('applied');
		expect(changed.result.changedPaths).toEqual(['b.txt']);
		expect(titles()).toContain('b: The corridor reopened');

		writeFileSync(join(corpus, 'f.txt'), 'date 2024-03-01\n\nNew in Aghdam\n\nA school opened in Aghdam. Deminers from Baku cleared the road to Shusha.');
		const added = await next('applied');
		expect(added.result.changedPaths).toEqual(['f.txt']);
		expect(titles()).toContain('f: New in Aghdam');

		unlinkSync(join(corpus, 'e.txt'));
		const removed = await next('applied');
		expect(removed.result.removedPaths).toEqual(['e.txt']);
		expect(removed.result.documents).toBe(5);
		expect(titles().some((t) => t.startsWith('e:'))).toBe(false);
		// only the changed and added files were geoparsed, with the geoparser opened once
		expect(stats.parsed - parsedAtStart).toBe(2);
		expect(events.filter((e) => e.kind === 'full')).toEqual([]);
		await watching!.stop();
		watching = null;
		await expectFreshEqual();
	});

	it('starts no write for editors\' temporary files, and applies a file renamed into place', async () => {
		await startWatch();
		writeFileSync(join(corpus, '.b.txt.swp'), 'swap');
		writeFileSync(join(corpus, 'b.txt~'), 'backup');
		writeFileSync(join(corpus, '#b.txt#'), 'autosave');
		writeFileSync(join(corpus, 'g.txt.tmp'), 'date 2024-05-01\n\nSaved atomically\n\nA ferry left Baku for Aghdam.');
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(events.map((e) => e.kind)).toEqual(['ready']);
		renameSync(join(corpus, 'g.txt.tmp'), join(corpus, 'g.txt'));
		const applied = await next('applied');
		expect(applied.result.changedPaths).toEqual(['g.txt']);
		expect(titles()).toContain('g: Saved atomically');
	});

	it('reports a malformed file and a malformed corrections file, and goes on watching', async () => {
		await startWatch();
		writeFileSync(join(corpus, 'bad.txt'), 'binary\u0000data');
		const bad = await next('applied');
		expect(bad.result.skippedNow).toEqual([{ path: 'bad.txt', reason: 'binary file (contains NUL bytes)' }]);

		writeFileSync(join(corpus, CORPUS_CORRECTIONS_FILE), '{ not json');
		const error = await next('error');
		expect(error.message).toMatch(/corrections/i);
		// still watching: the next change is applied (the corpus is ingested whole once the file is fixed)
		unlinkSync(join(corpus, CORPUS_CORRECTIONS_FILE));
		writeFileSync(join(corpus, 'b.txt'), 'date 2023-06-10\n\nAfter the error\n\nOfficials in Shusha spoke.');
		await next('full');
		await waitFor(() => titles().includes('b: After the error'));
		await watching!.stop();
		watching = null;
		await expectFreshEqual();
	});

	it('watches a folder added with its files, and a folder removed takes its files out', async () => {
		await startWatch();
		const staging = join(root, 'staging');
		mkdirSync(staging);
		writeFileSync(join(staging, 'h.txt'), 'date 2024-06-01\n\nIn a new folder\n\nPeace talks in Minsk.');
		renameSync(staging, join(corpus, 'news'));
		const added = await next('applied');
		expect(added.result.changedPaths).toEqual(['news/h.txt']);
		// the new folder is watched: a file written in it is seen
		writeFileSync(join(corpus, 'news', 'i.txt'), 'date 2024-06-02\n\nSecond\n\nBaku again.');
		expect((await next('applied')).result.changedPaths).toEqual(['news/i.txt']);
		rmSync(join(corpus, 'news'), { recursive: true });
		const removed = await next('applied');
		expect(removed.result.removedPaths.sort()).toEqual(['news/h.txt', 'news/i.txt']);
		await watching!.stop();
		watching = null;
		await expectFreshEqual();
	});

	it('stops cleanly while a change is being written: the change commits, the store is whole', async () => {
		let release: () => void = () => {};
		let parsing: () => void = () => {};
		const inParse = new Promise<void>((resolve) => (parsing = resolve));
		const base = fakeGeoparser();
		let slow = false;
		await startWatch(undefined, {
			createGeoparser: async () => {
				const geoparser = await base();
				return {
					...geoparser,
					async parse(texts, onDone) {
						if (slow) {
							parsing();
							await new Promise<void>((resolve) => (release = resolve));
						}
						return geoparser.parse(texts, onDone);
					}
				};
			}
		});
		slow = true;
		writeFileSync(join(corpus, 'a.txt'), 'date 2022-04-02\n\nWritten while stopping\n\nDeminers met in Baku.');
		await inParse;
		const stopped = watching!.stop();
		watching = null;
		setTimeout(() => release(), 100);
		await stopped;
		expect(titles()).toContain('a: Written while stopping');
		expect(storeRows(out, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
		await expectFreshEqual();
	});
});

async function waitFor(check: () => boolean): Promise<void> {
	const until = Date.now() + 10_000;
	while (!check()) {
		if (Date.now() > until) throw new Error(`condition not met within 10 s; events: ${JSON.stringify(events.map((e) => e.kind))}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

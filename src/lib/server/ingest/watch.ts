// `gazette ingest DIR --watch`: one ingest that stays running. It brings the store up to date (the
// one-shot ingest), then watches the corpus (corpus-watcher.ts) and applies each burst of changes with
// a kept session (live-session.ts: the store open, the files' stamps in memory, the gazetteer loaded),
// one transaction per change, so a stopped or killed process leaves the last committed store. What the
// session cannot apply alone (another taxonomy or corrections file, a document id two files compete
// for, a store another ingest replaced, a corpus below the size ingested file by file) runs the
// one-shot ingest again, with the same kept geoparser. Every `rescanSeconds` every file is compared
// again, in case an event was missed (and instead of events where the folders cannot be watched).
import type { Store } from '../../store/types.ts';
import { watchCorpus, type CorpusWatcher } from './corpus-watcher.ts';
import type { IngestGeoparser } from './geoparser.ts';
import { runIngest, type IngestOptions, type IngestSummary } from './index.ts';
import { CORPUS_CORRECTIONS_FILE, incrementalSetup, openGeoparser, prepareIngest, storeFile } from './ingest-setup.ts';
import { openLiveSession, ResyncNeeded, type LiveResult, type LiveSession } from './live-session.ts';
import { openTargetStore } from './store-sync.ts';
import { CORPUS_TOPICS_FILE } from './taxonomy-choice.ts';
import { walkCorpus } from './walk-corpus.ts';

export type WatchEvent =
	| { kind: 'ready'; summary: IngestSummary; folders: number; ms: number }
	/** a change applied file by file: `ms` from the settled burst to the committed store */
	| { kind: 'applied'; result: LiveResult; ms: number }
	/** the one-shot ingest ran (first run, small corpus, settings changed…) */
	| { kind: 'full'; summary: IngestSummary; reason: string; ms: number }
	/** a change could not be applied: the store is as before; retried, then left to the next change or rescan */
	| { kind: 'error'; message: string; paths: string[] }
	/** the folders cannot be watched: the rescan stands in, every `seconds` */
	| { kind: 'polling'; message: string; seconds: number };

export interface WatchOptions {
	/** quiet time that ends a burst of events (default 100 ms) */
	debounceMs?: number;
	/** compare every file again this often (default 600 s; 0: never) */
	rescanSeconds?: number;
	onEvent: (event: WatchEvent) => void;
}

export interface IngestWatch {
	/** the first run's summary, once the corpus is watched */
	ready: Promise<IngestSummary>;
	/** stops watching, lets the change being written commit, and closes the store */
	stop(): Promise<void>;
}

export const DEFAULT_DEBOUNCE_MS = 100;
export const DEFAULT_RESCAN_SECONDS = 600;
/** the rescan's period when the folders cannot be watched */
const POLLING_SECONDS = 30;
const RETRIES = 2;
const RETRY_MS = 2_000;

/** The kept geoparser as a run sees it: closing it is the watch's business. */
function keptOpen(geoparser: IngestGeoparser): IngestGeoparser {
	return {
		parse: (texts, onDone) => geoparser.parse(texts, onDone),
		lookup: (id) => geoparser.lookup(id),
		countryName: (code) => geoparser.countryName(code),
		get attribution() {
			return geoparser.attribution;
		},
		close: async () => {}
	};
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function watchIngest(options: IngestOptions, watchOptions: WatchOptions): IngestWatch {
	const emit = watchOptions.onEvent;
	const debounceMs = watchOptions.debounceMs ?? DEFAULT_DEBOUNCE_MS;
	let rescanSeconds = watchOptions.rescanSeconds ?? DEFAULT_RESCAN_SECONDS;
	// one geoparser for the watch's life: its gazetteer loads once
	const kept = openGeoparser(options);
	kept.catch(() => {});
	const geoparser = () => kept.then(keptOpen);
	const runOptions: IngestOptions = { ...options, createGeoparser: geoparser, onProgress: undefined };
	let shared: Store | null = null;
	let session: LiveSession | null = null;
	let settingsKey = '';
	let ready = false;
	let stopped = false;
	let resync: string | null = null;
	let rescanDue = false;
	const queued = new Set<string>();
	const attempts = new Map<string, number>();
	let loop: Promise<void> | null = null;
	let rescanTimer: NodeJS.Timeout | null = null;
	const retryTimers = new Set<NodeJS.Timeout>();

	const watcher: CorpusWatcher = watchCorpus(
		{
			onPaths(paths) {
				for (const path of paths) queued.add(path);
				kick();
			},
			onSettings(name) {
				resync ??= `${name} changed`;
				kick();
			},
			onFailure(error) {
				if (rescanSeconds > 0 && rescanSeconds <= POLLING_SECONDS) return;
				rescanSeconds = POLLING_SECONDS;
				emit({ kind: 'polling', message: `the corpus's folders cannot all be watched (${message(error)})`, seconds: rescanSeconds });
				scheduleRescans();
			}
		},
		{ debounceMs, maxWaitMs: Math.max(1_000, debounceMs * 4), settingsFiles: [CORPUS_CORRECTIONS_FILE, CORPUS_TOPICS_FILE] }
	);

	function scheduleRescans(): void {
		if (rescanTimer) clearInterval(rescanTimer);
		rescanTimer = rescanSeconds > 0 ? setInterval(() => ((rescanDue = true), kick()), rescanSeconds * 1000) : null;
	}

	function kick(): void {
		if (!ready || stopped || loop) return;
		loop = drain().finally(() => {
			loop = null;
			if (queued.size > 0 || resync || rescanDue) kick();
		});
	}

	/** A session on the store as it now is (null: each change runs the one-shot ingest). */
	async function openSession(): Promise<void> {
		const setup = await prepareIngest(options);
		settingsKey = `${setup.correctionsRaw}\u0000${setup.given?.raw ?? ''}`;
		session = await openLiveSession({ setup: incrementalSetup(runOptions, setup, shared), storePath: storeFile(setup.outDir, options.store), geoparser, onFolder: (full, prefix) => watcher.add(full, prefix) });
	}

	async function fullRun(reason: string): Promise<void> {
		const started = performance.now();
		await session?.close();
		session = null;
		const summary = await runIngest(runOptions);
		emit({ kind: 'full', summary, reason, ms: Math.round(performance.now() - started) });
		await openSession();
	}

	async function step(paths: string[], run: () => Promise<LiveResult | null>): Promise<void> {
		const started = performance.now();
		try {
			if (!session) return await fullRun('the corpus is ingested whole on each change (below the size ingested file by file)');
			const result = await run();
			if (result) emit({ kind: 'applied', result, ms: Math.round(performance.now() - started) });
			for (const path of paths) attempts.delete(path);
		} catch (error) {
			if (error instanceof ResyncNeeded) {
				resync ??= error.message;
				return;
			}
			emit({ kind: 'error', message: message(error), paths });
			// tried again a little later (a file half-written, a store busy), then left to the next event or rescan
			const again = paths.filter((path) => (attempts.set(path, (attempts.get(path) ?? 0) + 1), attempts.get(path)! <= RETRIES));
			if (again.length === 0) return;
			const timer = setTimeout(() => {
				retryTimers.delete(timer);
				for (const path of again) queued.add(path);
				kick();
			}, RETRY_MS);
			retryTimers.add(timer);
		}
	}

	async function drain(): Promise<void> {
		while (!stopped) {
			if (resync) {
				const reason = resync;
				resync = null;
				queued.clear();
				try {
					await fullRun(reason);
				} catch (error) {
					emit({ kind: 'error', message: message(error), paths: [] });
				}
			} else if (rescanDue) {
				rescanDue = false;
				const setup = await prepareIngest(options).catch((error: unknown) => (emit({ kind: 'error', message: message(error), paths: [] }), null));
				if (setup && `${setup.correctionsRaw}\u0000${setup.given?.raw ?? ''}` !== settingsKey) resync = 'the taxonomy or corrections changed';
				else if (setup) await step([], () => session!.rescan());
			} else if (queued.size > 0) {
				const paths = [...queued];
				queued.clear();
				await step(paths, () => session!.apply(paths));
			} else return;
		}
	}

	async function start(): Promise<IngestSummary> {
		const started = performance.now();
		const setup = await prepareIngest(options);
		if (options.store?.kind === 'postgres') shared = await openTargetStore(options.store);
		// watched before the first run: a change made while it runs is applied after it
		await walkCorpus(setup.corpusDir, (full, prefix) => watcher.add(full, prefix));
		const summary = await runIngest(runOptions);
		await openSession();
		emit({ kind: 'ready', summary, folders: watcher.folders(), ms: Math.round(performance.now() - started) });
		scheduleRescans();
		ready = true;
		kick();
		return summary;
	}

	const readyPromise = start();
	return {
		ready: readyPromise,
		async stop() {
			stopped = true;
			watcher.close();
			if (rescanTimer) clearInterval(rescanTimer);
			for (const timer of retryTimers) clearTimeout(timer);
			await readyPromise.catch(() => {});
			await loop;
			await session?.close();
			session = null;
			await shared?.close();
			await (await kept.catch(() => null))?.close();
		}
	};
}


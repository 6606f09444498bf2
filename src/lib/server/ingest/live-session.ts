// A watching ingest's state between changes (`gazette ingest --watch`): the store kept open, the files'
// sizes and modification times in memory, the settings worked out once and the geoparser (with its
// gazetteer) kept loaded, so a changed, added or removed file costs its own read, geoparse and write
// only — the incremental run's write path (incremental.ts: one transaction; a killed process leaves
// the previous store), without the per-run start, the comparison of every file and the gazetteer's load.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { openSqliteStore } from '../../store/sqlite/index.ts';
import type { Store } from '../../store/types.ts';
import type { IngestGeoparser } from './geoparser.ts';
import { changedFilesRun, incrementalBase, sameStamp, settingsFingerprint, type FileChanges, type FileStore, type IncrementalResult, type IncrementalSetup } from './incremental.ts';
import { exists } from './ingest-setup.ts';
import { stampFiles, type FileStamp } from './read-corpus.ts';
import { walkCorpus, walkPath, type CorpusFile, type SkippedInput } from './walk-corpus.ts';
import { appendAll } from './append-all.ts';

/** The most files one transaction of a watching ingest reads, geoparses and writes (a folder copied in
 * at once is written in several, each whole). */
export const LIVE_PART_FILES = 500;

/** What the session cannot apply alone: the one-shot ingest must run (then a new session opens). */
export class ResyncNeeded extends Error {}

export interface LiveResult extends IncrementalResult {
	changedPaths: string[];
	removedPaths: string[];
	/** what was skipped in the files this change read (a malformed file: why) */
	skippedNow: SkippedInput[];
}

export interface LiveSession {
	/** applies what changed at these corpus-relative paths (files or folders); null when nothing did */
	apply(paths: string[]): Promise<LiveResult | null>;
	/** compares every file of the corpus again (the periodic rescan; what events may have missed) */
	rescan(): Promise<LiveResult | null>;
	close(): Promise<void>;
}

export interface LiveSessionOptions {
	setup: IncrementalSetup;
	/** the embedded store's file, or the shared store (the setup's `shared`) */
	storePath: string;
	/** the kept geoparser (not closed by the session) */
	geoparser: () => Promise<IngestGeoparser>;
	/** hears of every folder a walk enters (the watcher watches it) */
	onFolder?: (full: string, prefix: string) => void;
}

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** The session, or null when the store cannot be built on file by file (a small corpus, no per-file
 * records, other settings): then each change runs the one-shot ingest. */
export async function openLiveSession(options: LiveSessionOptions): Promise<LiveSession | null> {
	const { setup, storePath } = options;
	let store: Store;
	let storeIno = 0;
	if (setup.shared) store = setup.shared;
	else {
		if (!(await exists(storePath)) || !(await exists(join(setup.outDir, 'manifest.json')))) return null;
		storeIno = (await stat(storePath)).ino;
		store = openSqliteStore(storePath);
	}
	const close = async () => {
		if (!setup.shared) await store.close();
	};
	try {
		const base = await incrementalBase(setup, store);
		if (!base) {
			await close();
			return null;
		}
		const settings = await settingsFingerprint({ ...setup, taxonomyRaw: base.chosen.raw });
		const known = await (store as FileStore).fileStamps();
		const walked = await walkCorpus(setup.corpusDir, options.onFolder);
		return liveSession(options, { store: store as FileStore, storeIno, settings, known, walkSkipped: walked.skipped, close });
	} catch (error) {
		await close();
		throw error;
	}
}

interface SessionState {
	store: FileStore;
	storeIno: number;
	settings: string;
	known: Map<string, FileStamp>;
	walkSkipped: SkippedInput[];
	close: () => Promise<void>;
}

function liveSession(options: LiveSessionOptions, state: SessionState): LiveSession {
	const { setup, storePath } = options;
	const { store, known } = state;

	/** Writes the changes, LIVE_PART_FILES files a transaction; the last part's result. */
	async function write(changed: CorpusFile[], removed: string[], onDisk: Set<string>): Promise<LiveResult> {
		if (!setup.shared && (await stat(storePath).catch(() => null))?.ino !== state.storeIno) throw new ResyncNeeded('the store file was replaced (another ingest ran)');
		const present = { has: (path: string) => onDisk.has(path) || known.has(path) };
		let last: IncrementalResult | null = null;
		for (let i = 0; i === 0 || i < changed.length; i += LIVE_PART_FILES) {
			// the store's totals as they are now (another process may have written since)
			const base = await incrementalBase(setup, store, state.settings);
			if (!base) throw new ResyncNeeded('the store no longer matches these settings');
			const changes: FileChanges = { changed: changed.slice(i, i + LIVE_PART_FILES), removed: i === 0 ? removed : [], present, walkSkipped: state.walkSkipped };
			const done = await changedFilesRun(setup, store, base, changes, options.geoparser);
			if (!done) throw new ResyncNeeded('a document id or output name another file holds');
			for (const row of done.files) known.set(row.path, { size: row.size, mtimeMs: row.mtimeMs });
			if (i === 0) for (const path of removed) known.delete(path);
			last = done.result;
		}
		const changedPaths = changed.map((f) => f.path);
		const touched = new Set(changedPaths);
		const skippedNow = last!.skipped.filter((s) => touched.has(s.path) || touched.has(s.path.replace(/:\d+$/, '')));
		return { ...last!, incremental: { changed: changed.length, removed: removed.length }, changedPaths, removedPaths: removed, skippedNow };
	}

	/** The files on disk against the stamps in memory: what changed, and what the paths no longer hold. */
	async function compare(files: CorpusFile[], gone: ((path: string) => boolean) | null): Promise<LiveResult | null> {
		const stamps = stampFiles(files);
		const changed = files.filter((f) => !sameStamp(stamps.get(f.path), known.get(f.path)));
		const onDisk = new Set(files.map((f) => f.path));
		const removed = gone ? [...known.keys()].filter((path) => !onDisk.has(path) && gone(path)) : [];
		if (changed.length === 0 && removed.length === 0) return null;
		return write(changed, removed, onDisk);
	}

	return {
		async apply(paths) {
			// a path inside another given folder is walked with it
			const roots = [...new Set(paths)].sort().filter((path, i, all) => !all.slice(0, i).some((other) => under(path, other)));
			if (roots.includes('')) return this.rescan();
			const files: CorpusFile[] = [];
			const skipped: SkippedInput[] = [];
			for (const path of roots) {
				const found = await walkPath(setup.corpusDir, path, options.onFolder);
				appendAll(files, found.files);
				appendAll(skipped, found.skipped);
			}
			state.walkSkipped = [...state.walkSkipped.filter((s) => !roots.some((root) => under(s.path.replace(/\/$/, ''), root))), ...skipped];
			// a path that is a file now has nothing else to lose; any other may have been a file or a folder
			const stillFiles = new Set(files.map((f) => f.path));
			const looked = roots.filter((root) => !stillFiles.has(root));
			return compare(files, looked.length === 0 ? null : (path) => looked.some((root) => under(path, root)));
		},
		async rescan() {
			const walked = await walkCorpus(setup.corpusDir, options.onFolder);
			state.walkSkipped = walked.skipped;
			return compare(walked.files, () => true);
		},
		close: state.close
	};
}

// An incremental run's comparison of the corpus with the stamps the store keeps: every file is stat'ed
// (synchronously: a stat of a cached inode takes microseconds, a promise's round trip far more) and
// compared with its kept size and modification time. When the corpus holds the same files as last time
// (the common case) the walk's paths line up with the kept list's, and each file is compared by its
// position: no string or map per kept file is made (at 200,000 files a map of the kept stamps cost
// a second of CPU and as much of garbage collection). A big corpus's later half is stat'ed by a worker
// (stat-helper.ts) while this thread stats the first.
import { listPaths, PATH_SEPARATOR } from '../../store/file-stamp-list.ts';
import type { FileStampList } from '../../store/types.ts';
import { statOf } from './stat-files.ts';
import type { StatHelper } from './stat-helper.ts';
import type { CorpusFile } from './walk-corpus.ts';

/** Below this many files a worker's start and the paths' copy cost more than half the stat calls save. */
export const PARALLEL_STAT_FILES = 20_000;

export interface StampComparison {
	/** files whose stamps differ from the kept ones, new files, and files that cannot be stat'ed */
	changed: CorpusFile[];
	/** kept paths the corpus no longer has */
	removed: string[];
}

/** Whether the walked files are the kept list's paths, in its order (its string, read in place). */
function sameFiles(files: CorpusFile[], known: FileStampList): boolean {
	if (files.length !== known.count) return false;
	let at = 0;
	for (const { path } of files) {
		if (!known.paths.startsWith(path, at)) return false;
		at += path.length;
		if (at !== known.paths.length && known.paths[at] !== PATH_SEPARATOR) return false;
		at++;
	}
	return at >= known.paths.length;
}

/** Compares every file with its kept stamp; `onChanged` hears of the first changed file at once (the
 * gazetteer then loads while the other files are compared). With `helper`, a corpus of at least
 * `parallelFrom` files has its later half stat'ed by the helper's worker meanwhile. */
export async function compareStamps(files: CorpusFile[], known: FileStampList, onChanged: () => void, helper: StatHelper | null = null, parallelFrom = PARALLEL_STAT_FILES): Promise<StampComparison> {
	const aligned = sameFiles(files, known);
	// otherwise (files added, removed or renamed) the kept paths are looked up by name
	const knownPaths = aligned ? [] : listPaths(known);
	const index = aligned ? null : new Map(knownPaths.map((path, i) => [path, i] as const));
	const seen = aligned ? null : new Uint8Array(known.count);
	const split = helper && files.length >= parallelFrom ? files.length >> 1 : files.length;
	const far = split < files.length ? helper!.stat(files.slice(split).map((f) => f.real)) : null;
	// settled from the start: a failure while this thread stats its half is no unhandled rejection
	far?.catch(() => {});
	const changed: CorpusFile[] = [];
	const compare = (i: number, size: number | undefined, mtimeMs: number | undefined) => {
		const file = files[i]!;
		const at = index ? index.get(file.path) : i;
		if (at !== undefined && seen) seen[at] = 1;
		if (size !== undefined && at !== undefined && size === known.sizes[at] && mtimeMs === known.mtimes[at]) return;
		if (changed.length === 0) onChanged();
		changed.push(file);
	};
	for (let i = 0; i < split; i++) {
		const info = statOf(files[i]!.real);
		compare(i, info?.size, info?.mtimeMs);
	}
	if (far) {
		let stamps: { sizes: Float64Array; mtimes: Float64Array } | null = null;
		try {
			stamps = await far;
		} catch {
			// the worker failed: this thread stats its half too
		}
		for (let i = split; i < files.length; i++) {
			if (stamps) compare(i, stamps.sizes[i - split], stamps.mtimes[i - split]);
			else {
				const info = statOf(files[i]!.real);
				compare(i, info?.size, info?.mtimeMs);
			}
		}
	}
	return { changed, removed: seen ? knownPaths.filter((_, i) => seen[i] === 0) : [] };
}

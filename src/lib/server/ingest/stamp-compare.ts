// An incremental run's comparison of the corpus with the stamps the store keeps: every file's size and
// modification time (taken by stat-files.ts, in a worker while the walk lists them) against its kept
// stamp. When the corpus holds the same files as last time (the common case) the walk's paths line up
// with the kept list's, and each file is compared by its position: no string or map per kept file is
// made (at 200,000 files a map of the kept stamps cost a second of CPU and as much of garbage collection).
import { listPaths, PATH_SEPARATOR } from '../../store/file-stamp-list.ts';
import type { FileStampList } from '../../store/types.ts';
import type { FileStamps } from './stat-files.ts';
import type { CorpusFile } from './walk-corpus.ts';

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

/** Compares every file's stamp (`stamps`, by its position in `files`) with its kept one. */
export function compareStamps(files: CorpusFile[], known: FileStampList, stamps: FileStamps): StampComparison {
	const aligned = sameFiles(files, known);
	// otherwise (files added, removed or renamed) the kept paths are looked up by name
	const knownPaths = aligned ? [] : listPaths(known);
	const index = aligned ? null : new Map(knownPaths.map((path, i) => [path, i] as const));
	const seen = aligned ? null : new Uint8Array(known.count);
	const changed: CorpusFile[] = [];
	for (let i = 0; i < files.length; i++) {
		const file = files[i]!;
		const at = index ? index.get(file.path) : i;
		if (at !== undefined && seen) seen[at] = 1;
		// NaN (no stamp) equals nothing: reads as changed
		if (at !== undefined && stamps.sizes[i] === known.sizes[at] && stamps.mtimes[i] === known.mtimes[at]) continue;
		changed.push(file);
	}
	return { changed, removed: seen ? knownPaths.filter((_, i) => seen[i] === 0) : [] };
}

/**
 * Looks for a first changed file while the stamps come in, batch by batch in the walk's order, so that
 * the gazetteer loads while the rest are stamped and compared: a file at the kept list's own position
 * (the files before it all in their kept places) whose stamp differs. Once the order departs from the
 * kept list's (a file added or removed) it stops looking: compareStamps then finds what changed.
 */
export function firstChangeWatch(files: readonly CorpusFile[], known: FileStampList, onChanged: () => void): (start: number, count: number, stamps: FileStamps) => void {
	let at = 0;
	let looking = true;
	return (start, count, stamps) => {
		for (let i = start; looking && i < start + count; i++) {
			const path = files[i]!.path;
			const end = at + path.length;
			if (i >= known.count || !known.paths.startsWith(path, at) || (end !== known.paths.length && known.paths[end] !== PATH_SEPARATOR)) {
				looking = false;
				return;
			}
			at = end + 1;
			if (stamps.sizes[i - start] !== known.sizes[i] || stamps.mtimes[i - start] !== known.mtimes[i]) {
				looking = false;
				onChanged();
			}
		}
	};
}

// An incremental run's comparison of the corpus with the stamps the store keeps: every file is stat'ed
// (synchronously: a stat of a cached inode takes microseconds, a promise's round trip far more) and
// compared with its kept size and modification time. When the corpus holds the same files as last time
// (the common case) the walk's paths line up with the kept list's, and each file is compared by its
// position: no string or map per kept file is made (at 200,000 files a map of the kept stamps cost
// a second of CPU and as much of garbage collection).
import { statSync } from 'node:fs';
import { listPaths, PATH_SEPARATOR } from '../../store/file-stamp-list.ts';
import type { FileStampList } from '../../store/types.ts';
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

/** Compares every file with its kept stamp; `onChanged` hears of the first changed file at once (the
 * gazetteer then loads while the other files are compared). */
export function compareStamps(files: CorpusFile[], known: FileStampList, onChanged: () => void): StampComparison {
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
		let info;
		try {
			info = statSync(file.real, { throwIfNoEntry: false });
		} catch {
			// no stamp: reads as changed
		}
		if (info && at !== undefined && info.size === known.sizes[at] && info.mtimeMs === known.mtimes[at]) continue;
		if (changed.length === 0) onChanged();
		changed.push(file);
	}
	return { changed, removed: seen ? knownPaths.filter((_, i) => seen[i] === 0) : [] };
}

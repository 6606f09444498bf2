// An incremental run's comparison of the corpus with the stamps the store keeps: every file's size and
// modification time (taken by stat-files.ts, in a worker while the walk lists them) against its kept
// stamp. The walk's paths and the kept list's come in the same order (sorted as JavaScript compares
// strings), so each file is compared with the kept entry at a cursor that moves along with it: no string
// or map per kept file is made (at 200,000 files a map of the kept stamps cost a second of CPU and as
// much of garbage collection, and so did one made whenever a file was added or removed). Where a walked
// path is not the cursor's (a file added, or kept ones removed before it), it is looked up in the kept
// list by binary search and the cursor goes on from there; kept entries no walked path met are removed.
import { PATH_SEPARATOR, pathAt as keptPathAt, pathIndex, pathStarts } from '../../store/file-stamp-list.ts';
import type { FileStampList } from '../../store/types.ts';
import type { FileStamps } from './stat-files.ts';
import type { CorpusFile } from './walk-corpus.ts';

export interface StampComparison {
	/** files whose stamps differ from the kept ones, new files, and files that cannot be stat'ed */
	changed: CorpusFile[];
	/** kept paths the corpus no longer has */
	removed: string[];
}

/**
 * Walked paths matched to the kept list's entries, in the walk's order: `match(path)` gives the kept
 * index of the path (or -1: not kept). Each kept entry is met at most once (paths are unique).
 */
function keptCursor(known: FileStampList) {
	const { paths } = known;
	let index = 0;
	let at = 0;
	/** where each kept path starts in the list's string (made on the first path off the cursor) */
	let starts: Int32Array | null = null;
	const keptStarts = () => (starts ??= pathStarts(known));
	const pathAt = (i: number) => keptPathAt(known, keptStarts(), i);
	/** whether the kept entry at the cursor is this path (read in place) */
	const atCursor = (path: string) => index < known.count && paths.startsWith(path, at) && (at + path.length === paths.length || paths[at + path.length] === PATH_SEPARATOR);
	return {
		match(path: string): number {
			if (!atCursor(path)) {
				// off the cursor: by binary search among the kept paths, then on from there
				const low = pathIndex(known, keptStarts(), path);
				if (low >= known.count || pathAt(low) !== path) return -1;
				index = low;
				at = keptStarts()[low]!;
			}
			const found = index++;
			at += path.length + 1;
			return found;
		},
		pathAt
	};
}

/** Compares every file's stamp (`stamps`, by its position in `files`) with its kept one. */
export function compareStamps(files: CorpusFile[], known: FileStampList, stamps: FileStamps): StampComparison {
	const cursor = keptCursor(known);
	const seen = new Uint8Array(known.count);
	let matched = 0;
	const changed: CorpusFile[] = [];
	for (let i = 0; i < files.length; i++) {
		const file = files[i]!;
		const at = cursor.match(file.path);
		if (at >= 0) {
			seen[at] = 1;
			matched++;
			// NaN (no stamp) equals nothing: reads as changed
			if (stamps.sizes[i] === known.sizes[at] && stamps.mtimes[i] === known.mtimes[at]) continue;
		}
		changed.push(file);
	}
	const removed: string[] = [];
	if (matched < known.count) for (let at = 0; at < known.count; at++) if (seen[at] === 0) removed.push(cursor.pathAt(at));
	return { changed, removed };
}

/**
 * Looks for a first changed or new file while the stamps come in, batch by batch in the walk's order,
 * so that the gazetteer loads while the rest are stamped and compared (a removed file needs no
 * geoparser: compareStamps finds those at the end).
 */
export function firstChangeWatch(files: readonly CorpusFile[], known: FileStampList, onChanged: () => void): (start: number, count: number, stamps: FileStamps) => void {
	const cursor = keptCursor(known);
	let looking = true;
	return (start, count, stamps) => {
		for (let i = start; looking && i < start + count; i++) {
			const at = cursor.match(files[i]!.path);
			if (at < 0 || stamps.sizes[i - start] !== known.sizes[at] || stamps.mtimes[i - start] !== known.mtimes[at]) {
				looking = false;
				onChanged();
			}
		}
	};
}

// The corpus's file list as the streamed full ingest holds it through its two passes (streamed.ts): the
// walk's objects, one per file with two strings each, took 37 MB of heap at 200,000 files and were held
// for the whole run (and the heaps grow to about twice what they hold: streamed.ts, heap-growth.ts), so
// the run's memory grew with the corpus. Packed, every path is a stretch of one string, and a file's
// real path is kept only where it is not the corpus root's joined with the path (a symlink's target);
// each part's files are made again, in the walk's order, when the part is read.
import { sep } from 'node:path';
import type { CorpusFile } from './walk-corpus.ts';

export interface PackedFiles {
	readonly length: number;
	/** whether a file's corpus-relative path passes the test (made for each file in turn) */
	somePath(test: (path: string) => boolean): boolean;
	/** the files in the walk's order, `size` at a time, each part made when it is asked for */
	parts(size: number): Generator<CorpusFile[]>;
}

/** The walk's files (`root`: the corpus's real path, which walkCorpus joins a plain file's path to). */
export function packFiles(files: readonly CorpusFile[], root: string): PackedFiles {
	const base = root.endsWith(sep) ? root : root + sep;
	const ends = new Uint32Array(files.length);
	const paths: string[] = new Array(files.length);
	/** the real paths that are not `base` + the path, by the file's position */
	const otherReals = new Map<number, string>();
	let end = 0;
	for (let i = 0; i < files.length; i++) {
		const { path, real } = files[i]!;
		paths[i] = path;
		ends[i] = end += path.length;
		// compared in place: a joined string per file would be 200,000 strings of garbage
		if (real.length !== base.length + path.length || !real.startsWith(base) || !real.endsWith(path)) otherReals.set(i, real);
	}
	const text = paths.join('');
	const pathAt = (i: number) => text.slice(i === 0 ? 0 : ends[i - 1]!, ends[i]!);
	return {
		length: files.length,
		somePath(test) {
			for (let i = 0; i < ends.length; i++) if (test(pathAt(i))) return true;
			return false;
		},
		*parts(size) {
			for (let start = 0; start < ends.length; start += size) {
				const part: CorpusFile[] = [];
				for (let i = start; i < Math.min(ends.length, start + size); i++) {
					const path = pathAt(i);
					part.push({ path, real: otherReals.get(i) ?? base + path });
				}
				yield part;
			}
		}
	};
}

// The stat calls of an incremental run's comparison (stamp-compare.ts), on the main thread and in the
// worker that shares them for a big corpus (stat-worker.ts).
import { statSync, type Stats } from 'node:fs';

/** What the worker is sent: the real paths joined by NUL (one string clones faster than 100,000). */
export interface StatRequest {
	paths: string;
}

/** A file's stat (synchronous: a stat of a cached inode takes microseconds, a promise's round trip far
 * more), or undefined when it cannot be stat'ed (it then reads as changed). */
export function statOf(path: string): Stats | undefined {
	try {
		return statSync(path, { throwIfNoEntry: false });
	} catch {
		return undefined;
	}
}

/** Each path's size and modification time; NaN for a path that cannot be stat'ed (never equal to a kept stamp). */
export function statInto(paths: readonly string[], sizes: Float64Array, mtimes: Float64Array): void {
	for (let i = 0; i < paths.length; i++) {
		const info = statOf(paths[i]!);
		sizes[i] = info ? info.size : NaN;
		mtimes[i] = info ? info.mtimeMs : NaN;
	}
}

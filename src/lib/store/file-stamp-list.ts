// The compact list of every corpus file's stamp (types.ts FileStampList): made, patched after a write,
// and split back into paths. Shared by the embedded store, which keeps one, and the shared store's adapter.
import type { FileStampList, IngestFileRow } from './types.ts';

/** Paths are joined by NUL, the one character no file name holds. */
export const PATH_SEPARATOR = '\0';

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The list of these stamps, sorted by path (as JavaScript compares strings: the corpus walk's order). */
export function stampListOf(rows: { path: string; size: number; mtimeMs: number }[]): FileStampList {
	const sorted = rows.slice().sort((a, b) => byPath(a.path, b.path));
	const sizes = new Float64Array(sorted.length);
	const mtimes = new Float64Array(sorted.length);
	sorted.forEach((row, i) => {
		sizes[i] = row.size;
		mtimes[i] = row.mtimeMs;
	});
	return { count: sorted.length, paths: sorted.map((r) => r.path).join(PATH_SEPARATOR), sizes, mtimes };
}

export const listPaths = (list: FileStampList): string[] => (list.count === 0 ? [] : list.paths.split(PATH_SEPARATOR));

/** Where each of the list's paths starts in its string, and (last) where the string ends plus one. */
export function pathStarts(list: FileStampList): Int32Array {
	const starts = new Int32Array(list.count + 1);
	let at = 0;
	for (let i = 0; i < list.count; i++) {
		starts[i] = at;
		const end = list.paths.indexOf(PATH_SEPARATOR, at);
		at = (end === -1 ? list.paths.length : end) + 1;
	}
	starts[list.count] = list.paths.length + 1;
	return starts;
}

/** The list's `i`th path, read by its `starts` (pathStarts). */
export function pathAt(list: FileStampList, starts: Int32Array, i: number): string {
	return list.paths.slice(starts[i]!, starts[i + 1]! - 1);
}

/** The index of `path` in the list, or where it would go: a binary search (the paths are sorted as JavaScript compares strings). */
export function pathIndex(list: FileStampList, starts: Int32Array, path: string): number {
	let low = 0;
	let high = list.count;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (pathAt(list, starts, mid) < path) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** The list after a write that removed `remove` and put `put` (INSERT OR REPLACE: the last put of a
 * path wins). Each changed path is found by binary search and the unchanged runs between them are
 * copied whole: a change of one file costs a copy of the list, not a string per path. */
export function patchStampList(list: FileStampList, remove: readonly string[], put: readonly IngestFileRow[]): FileStampList {
	const starts = pathStarts(list);
	/** the index of `path`, or where it would go */
	const find = (path: string): { at: number; found: boolean } => {
		const at = pathIndex(list, starts, path);
		return { at, found: at < list.count && pathAt(list, starts, at) === path };
	};
	const puts = new Map(put.map((row) => [row.path, row]));
	// in the list's order; at one index, inserts (in path order) come before its replacement or drop
	const events: { at: number; order: number; row: IngestFileRow | null }[] = [];
	for (const path of new Set(remove)) {
		const { at, found } = find(path);
		if (found && !puts.has(path)) events.push({ at, order: 1, row: null });
	}
	for (const row of puts.values()) {
		const { at, found } = find(row.path);
		events.push({ at, order: found ? 1 : 0, row });
	}
	events.sort((a, b) => a.at - b.at || a.order - b.order || (a.row && b.row ? byPath(a.row.path, b.row.path) : 0));
	const count = list.count + events.filter((e) => e.order === 0).length - events.filter((e) => e.order === 1 && !e.row).length;
	const sizes = new Float64Array(count);
	const mtimes = new Float64Array(count);
	const parts: string[] = [];
	let out = 0;
	let kept = 0;
	/** the entries from `kept` up to `end`, as they were */
	const keep = (end: number) => {
		if (end <= kept) return;
		parts.push(list.paths.slice(starts[kept]!, starts[end]! - 1));
		sizes.set(list.sizes.subarray(kept, end), out);
		mtimes.set(list.mtimes.subarray(kept, end), out);
		out += end - kept;
		kept = end;
	};
	for (const { at, order, row } of events) {
		keep(at);
		if (row) {
			parts.push(row.path);
			sizes[out] = row.size;
			mtimes[out++] = row.mtimeMs;
		}
		// a replaced or dropped entry is passed over
		if (order === 1) kept = at + 1;
	}
	keep(list.count);
	return { count, paths: parts.join(PATH_SEPARATOR), sizes, mtimes };
}

// Ingest's state per corpus file, kept in the embedded store (ingest_files): what the file gave — its
// documents, what was skipped, the names left unplaced, what each correction changed, caps — with its
// size and modification time. A later run reads only the files whose size or time differ, and keeps the
// corpus totals (the summary, the manifest) by taking out the old records of those files and adding
// the new ones, without looking at the others.
import type { Manifest } from '../../contracts.ts';
import { describeCorrection, type Correction } from '../../places/correction-format.ts';
import type { IngestFileRow, StoredCorrection } from '../../store/types.ts';
import type { FileStamp } from './read-corpus.ts';
import type { SkippedInput } from './walk-corpus.ts';
import { appendAll } from './append-all.ts';

export interface FileDocument {
	id: string;
	mentions: number;
}

export interface Capped {
	path: string;
	found: number;
	kept: number;
}

export interface FileEntry {
	documents: FileDocument[];
	skipped: SkippedInput[];
	unresolved: string[];
	/** per correction of the corrections file, in order: the mentions it changed in this file */
	corrected: number[];
	capped: Capped[];
}

/** The corpus as the sum of its files' entries (what the summary and the manifest report). */
export interface IngestTotals {
	documents: number;
	mentions: number;
	unresolved: Record<string, number>;
	corrected: number[];
	capped: Capped[];
	/** skipped inside files (not the corpus walk's own: unreadable folders, symlinks), sorted by path */
	skipped: SkippedInput[];
	/** some documents' output names are not their ids' plain slugs (two ids share one): order matters */
	clashes: boolean;
	/** a document id was used twice: which one wins depends on the other files */
	duplicates: boolean;
}

export const emptyEntry = (corrections: number): FileEntry => ({ documents: [], skipped: [], unresolved: [], corrected: new Array<number>(corrections).fill(0), capped: [] });

export function emptyTotals(corrections: number): IngestTotals {
	return { documents: 0, mentions: 0, unresolved: {}, corrected: new Array<number>(corrections).fill(0), capped: [], skipped: [], clashes: false, duplicates: false };
}

/** A skip's file: `file.jsonl:12` (one record) belongs to `file.jsonl`. */
export function fileOfPath(path: string, files: { has(path: string): boolean }): string {
	if (files.has(path)) return path;
	const record = /^(.*):\d+$/.exec(path);
	return record && files.has(record[1]!) ? record[1]! : path;
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Adds (sign 1) or takes out (sign −1) one file's entry. */
export function applyEntry(totals: IngestTotals, entry: FileEntry, sign: 1 | -1): void {
	totals.documents += sign * entry.documents.length;
	for (const d of entry.documents) totals.mentions += sign * d.mentions;
	for (const name of entry.unresolved) {
		const count = (totals.unresolved[name] ?? 0) + sign;
		if (count > 0) totals.unresolved[name] = count;
		else delete totals.unresolved[name];
	}
	entry.corrected.forEach((n, i) => (totals.corrected[i] = (totals.corrected[i] ?? 0) + sign * n));
	if (sign === 1) {
		appendAll(totals.capped, entry.capped);
		appendAll(totals.skipped, entry.skipped);
		totals.capped.sort(byPath);
		totals.skipped.sort(byPath);
	} else {
		const gone = (list: { path: string; reason?: string }[], item: { path: string; reason?: string }) => {
			const at = list.findIndex((x) => x.path === item.path && x.reason === item.reason);
			if (at !== -1) list.splice(at, 1);
		};
		for (const c of entry.capped) gone(totals.capped, c);
		for (const s of entry.skipped) gone(totals.skipped, s);
	}
	if (sign === 1 && entry.skipped.some((s) => s.reason.startsWith('duplicate document id'))) totals.duplicates = true;
}

export function fileRow(path: string, stamp: FileStamp | undefined, entry: FileEntry): IngestFileRow {
	// kept small (one row per file counts in the store's size): empty lists and untouched counts are left out
	const compact: Partial<FileEntry> = { documents: entry.documents };
	if (entry.skipped.length > 0) compact.skipped = entry.skipped;
	if (entry.unresolved.length > 0) compact.unresolved = entry.unresolved;
	if (entry.corrected.some((n) => n !== 0)) compact.corrected = entry.corrected;
	if (entry.capped.length > 0) compact.capped = entry.capped;
	// a file that could not be stat'ed reads as changed next time
	return { path, size: stamp?.size ?? -1, mtimeMs: stamp?.mtimeMs ?? -1, entry: JSON.stringify(compact) };
}

export function parseEntry(row: IngestFileRow, corrections: number): FileEntry {
	return { ...emptyEntry(corrections), ...(JSON.parse(row.entry) as Partial<FileEntry>) };
}

/** The names the most documents left unplaced, as the summary lists them. */
export function topUnresolved(totals: IngestTotals, limit = 20): { name: string; count: number }[] {
	return Object.entries(totals.unresolved)
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([name, count]) => ({ name, count }));
}

export const unresolvedTotal = (totals: IngestTotals) => Object.values(totals.unresolved).reduce((a, b) => a + b, 0);

/** Each correction with the mentions it changed, as the summary and the store list them. */
export function correctionCounts(corrections: readonly Correction[], changed: readonly number[]): StoredCorrection[] {
	return corrections.map((c, i) => ({ correction: describeCorrection(c), changed: changed[i] ?? 0 }));
}

/** The manifest of the corpus the totals count; its places are counted by the store as it writes. */
export function totalsManifest(run: { generator: string; corpusName: string }, totals: IngestTotals, skipped: number, attribution: string[]): Manifest {
	return {
		schemaVersion: 1,
		generator: run.generator,
		generatedAt: new Date().toISOString(),
		corpus: run.corpusName,
		counts: { documents: totals.documents, places: 0, mentions: totals.mentions, unresolved: unresolvedTotal(totals), skipped },
		attribution
	};
}

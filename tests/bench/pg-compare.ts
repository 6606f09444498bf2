// bench:scale's check that the shared store gives every worker count the same answers (issue #11): two
// databases' answers are compared only when the same code made them. A bench runs for half an hour and
// more at 50,000 documents; a checkout rebased (or edited) meanwhile runs its later workers on other
// code — the workers run bin/gazette.js, which runs the TypeScript itself once dist/ no longer matches it.
// Session 55's 'DIFFERENT' at 50,000 documents was three geoparsers, one per run (reports55/pgdebug.md).
import pg from 'pg';
import { geoparserFingerprint, ingestCodeFingerprint } from '../../src/lib/server/ingest/cache.ts';

/** What a run left to compare: the explorer's answers, and the geoparser versions whose results its database holds. */
export interface RunAnswers {
	answers: string[];
	versions: string[];
}

/** The checkout's code as ingest stamps it (the geoparser's sources and gazetteer, and the rest of ingest's). */
export async function codeStamp(): Promise<string> {
	return (await Promise.all([geoparserFingerprint(), ingestCodeFingerprint()])).join(' ');
}

/** The geoparser versions a database's results were made by: each geoparsing worker stores its gazetteer facts under its own. */
export async function geoparserVersionsOf(url: string): Promise<string[]> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		return (await client.query<{ version: string }>('SELECT DISTINCT version FROM gazetteer_facts ORDER BY version')).rows.map((r) => r.version);
	} finally {
		await client.end();
	}
}

/** 'identical', or where the first difference is (which answer, and the text around it). */
export function compareAnswers(expected: string[], actual: string[]): string {
	const at = expected.findIndex((part, i) => part !== actual[i]);
	if (at === -1 && expected.length === actual.length) return 'identical';
	const a = expected[at] ?? '';
	const b = actual[at] ?? '';
	let c = 0;
	while (a[c] === b[c]) c++;
	return `DIFFERENT at answer ${at}: …${a.slice(Math.max(0, c - 80), c + 80)}… vs …${b.slice(Math.max(0, c - 80), c + 80)}…`;
}

const short = (versions: string[]) => versions.map((v) => v.slice(0, 8)).join('+') || 'none';

/**
 * The comparison of two runs, or why it says nothing about the store: the checkout's code changed
 * during the bench (`codeChanged`), or the databases hold results of different geoparsers (or one of
 * them of two: its workers ran different code).
 */
export function compareRuns(expected: RunAnswers, actual: RunAnswers, codeChanged: boolean): string {
	const answers = compareAnswers(expected.answers, actual.answers);
	if (codeChanged) return `NOT COMPARABLE (the checkout's code changed during the bench: run it again on a checkout left alone) — ${answers}`;
	if (expected.versions.length !== 1 || actual.versions.length !== 1 || expected.versions[0] !== actual.versions[0])
		return `NOT COMPARABLE (made by different geoparsers: ${short(expected.versions)} vs ${short(actual.versions)}) — ${answers}`;
	return answers;
}

// `--store` on ingest and serve: a bad value, a refused database and --out beside a database are one
// clear line each (no password shown); sqlite:PATH puts the embedded store where it says.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../src/lib/store/sqlite/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { runCli } from '../helpers/run-cli.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-store-option-'));
const corpus = join(root, 'corpus');
beforeAll(async () => {
	await testGazetteer();
	mkdirSync(corpus);
	writeFileSync(join(corpus, 'a.txt'), 'Delegates met in Baku and Shusha.');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());


describe('--store', () => {
	it('refuses a value that names no store', async () => {
		const result = await runCli('ingest', corpus, '--out', join(root, 'out-bad'), '--store', 'mysql://db');
		expect(result.status).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/--store must be postgres:\/\/… or sqlite:PATH/);
		expect(existsSync(join(root, 'out-bad'))).toBe(false);
	});

	it('refuses --out with a database (the database is the output)', async () => {
		const result = await runCli('ingest', corpus, '--out', join(root, 'out-pg'), '--store', 'postgres://u@127.0.0.1:1/db');
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/leave out --out/);
	});

	it('says which database it could not reach, without the password', async () => {
		const result = await runCli('serve', '--store', 'postgres://reader:s3cret@127.0.0.1:1/gazette');
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/cannot use the database at postgres:\/\/reader@127\.0\.0\.1:1\/gazette/);
		expect(result.stderr).not.toMatch(/s3cret/);
	});

	it('puts the embedded store at sqlite:PATH', async () => {
		const file = join(root, 'elsewhere.sqlite');
		const out = join(root, 'out-sqlite');
		const result = await runCli('ingest', corpus, '--out', out, '--store', `sqlite:${file}`);
		expect(result.status).toBe(0);
		expect(existsSync(join(out, 'gazette.sqlite'))).toBe(false);
		const store = openSqliteStore(file, { readonly: true });
		expect((await store.info())!.manifest.counts.documents).toBe(1);
		await store.close();
	});

	it('leaves another program\'s SQLite file and a non-database file untouched', async () => {
		const foreign = join(root, 'notes.sqlite');
		const db = new Database(foreign);
		db.exec(`CREATE TABLE documents (id TEXT); INSERT INTO documents VALUES ('mine');`);
		db.close();
		const text = join(root, 'notes.txt');
		writeFileSync(text, 'not a database, but long enough to look like one would need a header '.repeat(20));
		for (const [file, reason] of [
			[foreign, /another program's database/],
			[text, /not a SQLite database/]
		] as const) {
			const before = readFileSync(file);
			const result = await runCli('ingest', corpus, '--out', join(root, 'out-foreign'), '--store', `sqlite:${file}`);
			expect(result.status).toBe(2);
			expect(result.stderr.trim().split('\n')).toHaveLength(1);
			expect(result.stderr).toMatch(reason);
			expect(readFileSync(file).equals(before)).toBe(true);
		}
	});
});

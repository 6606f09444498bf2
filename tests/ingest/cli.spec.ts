// The `gazette ingest` command as a user runs it: help, one-line errors, exit status 3 on skipped input.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/gazette.js');
const root = mkdtempSync(join(tmpdir(), 'gazette-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const gazette = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: root });

describe('gazette ingest', () => {
	it('prints help', () => {
		const run = gazette('ingest', '--help');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^usage: gazette ingest \[corpus-dir\]/);
		expect(run.stdout).toContain('--corrections FILE');
	});
	it('fails with one line for a missing corpus folder', () => {
		const run = gazette('ingest', join(root, 'missing'), '--out', join(root, 'out'));
		expect(run.status).toBe(2);
		expect(run.stderr.trim().split('\n')).toEqual([`gazette: corpus folder not found: ${join(root, 'missing')}`]);
	});
	it('fails with one line for a malformed topics file', () => {
		mkdirSync(join(root, 'c1'));
		writeFileSync(join(root, 'c1', 'a.txt'), 'Baku.');
		writeFileSync(join(root, 'topics.json'), '{"topics": 3}');
		const run = gazette('ingest', join(root, 'c1'), '--out', join(root, 'out1'), '--topics', join(root, 'topics.json'));
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/^gazette: .*topics\.json: topics: expected an object with a "topics" array\n$/);
	});
	it('ingests, prints a summary without a progress bar off a terminal, and exits 3 when something was skipped', () => {
		mkdirSync(join(root, 'c2'));
		writeFileSync(join(root, 'c2', 'a.txt'), ' date 2024-11-11 By Test Writer\n\nDelegates met in Baku for COP29 climate talks. Baku hosted them.');
		writeFileSync(join(root, 'c2', 'b.txt'), new Uint8Array([0, 1, 2, 3]));
		const run = gazette('ingest', join(root, 'c2'), '--out', join(root, 'out2'));
		expect(run.stderr).toBe('');
		expect(run.status).toBe(3);
		expect(run.stdout).toMatch(/^ingest: 1 document, \d+ places?, \d+ mentions? → /);
		expect(run.stdout).toContain('b.txt: binary file (contains NUL bytes)');
		expect(run.stdout).toMatch(/time \d+\.\d\d s/);
	});
});

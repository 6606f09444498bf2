// The `gazette` command as a user runs it: help for every command, clear errors, JSON lines.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const BIN = join(PACKAGE_ROOT, 'bin', 'gazette.js');

function gazette(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: '/', timeout: 50_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
	await testGazetteer(); // builds the index if it is missing
});

describe('gazette CLI', () => {
	it('prints help for every command', () => {
		const overview = gazette(['--help']);
		expect(overview.status).toBe(0);
		for (const command of commands) {
			expect(overview.stdout).toContain(command.name);
			const help = gazette([command.name, '--help']);
			expect(help.status, command.name).toBe(0);
			expect(help.stdout).toContain(`usage: gazette ${command.name}`);
		}
	});

	it('rejects unknown commands and options with one line and status 2', () => {
		const unknown = gazette(['frobnicate']);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toMatch(/^gazette: unknown command "frobnicate"/);
		const badOption = gazette(['geoparse', '--frob']);
		expect(badOption.status).toBe(2);
		expect(badOption.stderr).toMatch(/^gazette: Unknown option '--frob' \(usage: gazette geoparse .*\)\n$/);
		const extra = gazette(['ingest', 'a', 'b']);
		expect(extra.status).toBe(2);
		expect(extra.stderr).toMatch(/^gazette: expected one corpus folder, got 2 \(usage: gazette ingest .*\)\n$/);
	});

	it('geoparses JSON lines in order, reporting and skipping bad lines', () => {
		const input = ['{"id":"a","text":"From Baku to Shusha."}', 'not json', '{"id":"b"}', '{"id":"c","text":"Nothing here."}', ''].join('\n');
		const result = gazette(['geoparse', '--jsonl'], input);
		expect(result.status).toBe(3);
		expect(result.stderr).toContain('line 2: not JSON');
		expect(result.stderr).toContain('line 3: no "text"');
		const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
		expect(lines[0].toponyms.map((t: { name: string }) => t.name)).toEqual(['Baku', 'Shusha']);
		expect(lines[0].toponyms[0]).toMatchObject({ start: 5, end: 9, placeId: 'gn:587084', kind: 'city' });
		expect(lines[1].toponyms).toEqual([]);
	});

	it('resolves exactly the given spans with --spans, with alternatives, and rejects bad spans', () => {
		const input = [
			'{"id":"a","text":"fighting near paris and in Lyon.","spans":[{"start":14,"end":19}]}',
			'{"id":"b","text":"Paris","spans":[{"start":0,"end":9}]}',
			'{"id":"c","text":"Paris","spans":"0-5"}',
			'{"id":"d","text":"Off the map: Xyzzy.","spans":[{"start":13,"end":18}]}'
		].join('\n');
		const result = gazette(['geoparse', '--jsonl', '--spans'], input);
		expect(result.status).toBe(3);
		expect(result.stderr).toContain('line 2: span 0-9 is not inside the text');
		expect(result.stderr).toContain('line 3: "spans" is not a list');
		const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => l.id)).toEqual(['a', 'd']);
		// the lower-case span is resolved; Lyon, found by the recogniser, is context only
		expect(lines[0].toponyms).toHaveLength(1);
		expect(lines[0].toponyms[0]).toMatchObject({ start: 14, end: 19, name: 'paris', placeId: 'gn:2988507', country: 'FR' });
		const alternatives = lines[0].toponyms[0].alternatives;
		expect(alternatives).toHaveLength(3);
		expect(alternatives[0]).toEqual({ placeId: expect.any(String), name: 'Paris', country: expect.any(String), admin1: expect.anything(), population: expect.any(Number), score: expect.any(Number) });
		expect(lines[1].toponyms).toEqual([]);
		expect(gazette(['geoparse', '--spans']).stderr).toContain('--spans comes with --jsonl');
	});

	it('reports an oversized or place-dense line and goes on with the next lines', () => {
		// 1.5 MB: over the 1 MB limit and across many pipe chunks, so its bytes are dropped as they come
		const huge = JSON.stringify({ id: 'huge', text: 'Baku, Shusha and Yerevan. '.repeat(60_000) });
		const dense = JSON.stringify({ id: 'dense', text: 'Baku. '.repeat(21_000) });
		const input = ['{"id":"a","text":"From Baku to Shusha."}', huge, dense, '{"id":"d","text":"Yerevan."}'].join('\n');
		const result = gazette(['geoparse', '--jsonl'], input);
		expect(result.stderr.split('\n')).toEqual([
			`gazette: line 2: ${Buffer.byteLength(huge).toLocaleString('en')} bytes, more than the limit of 1,048,576 bytes per line, skipped`,
			'gazette: line 3: 21,000 toponyms, more than the limit of 20,000 toponyms per record, skipped',
			'gazette: 2 bad lines skipped',
			''
		]);
		expect(result.status).toBe(3);
		expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'd']);
		const small = gazette(['geoparse', '--jsonl', '--max-line-bytes', '30'], '{"id":"a","text":"Baku"}\r\n{"id":"b","text":"Baku and more"}\n');
		expect(small.stderr).toContain('gazette: line 2: 33 bytes, more than the limit of 30 bytes per line, skipped');
		expect(small.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a']);
	});

	it('stops quietly when the reader closes the pipe', () => {
		const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'From Baku to Shusha and Yerevan.' })).join('\n');
		const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" geoparse --jsonl | head -1; echo "status \${PIPESTATUS[0]}" >&2`], { input, encoding: 'utf8', timeout: 50_000 });
		expect(run.stdout.split('\n')).toHaveLength(2); // one line and the final newline
		expect(run.stderr).toBe('status 0\n');
	});

	it('says in one line when standard output cannot be written (a full disk)', () => {
		const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" geoparse --jsonl > /dev/full`], { input: '{"id":"a","text":"Baku."}\n', encoding: 'utf8', timeout: 50_000 });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/^gazette: cannot write to standard output: ENOSPC: no space left on device, write\n$/);
	});

	it('prints terminal escape sequences in names escaped', () => {
		const missing = gazette(['geoparse', '/nonexistent/\u001b]0;PWNED\u0007\u001b[2J.txt']);
		expect(missing.stderr).toBe('gazette: cannot read /nonexistent/\\e]0;PWNED\\x07\\e[2J.txt: no such file\n');
	});

	it('prints a table for files and a clear error for a missing one', () => {
		const missing = gazette(['geoparse', '/nonexistent/file.txt']);
		expect(missing.status).toBe(1);
		expect(missing.stderr.trim()).toBe('gazette: cannot read /nonexistent/file.txt: no such file');
	});
});

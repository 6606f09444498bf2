// The `gazette` command as a user runs it: help for every command, clear errors, JSON lines.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const BIN = join(PACKAGE_ROOT, 'bin', 'gazette.js');

function gazette(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: '/' });
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
		expect(badOption.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
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

	it('prints a table for files and a clear error for a missing one', () => {
		const missing = gazette(['geoparse', '/nonexistent/file.txt']);
		expect(missing.status).toBe(1);
		expect(missing.stderr.trim()).toBe('gazette: cannot read /nonexistent/file.txt: no such file');
	});
});

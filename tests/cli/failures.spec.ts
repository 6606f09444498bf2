// Failures a user can cause or meet are one clear line on stderr, never a stack trace: a full disk while
// the output is written (the write error is injected), a huge taxonomy, an oversized correction name,
// and file names carrying terminal escape sequences.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../../src/cli/commands.ts';
import { BUG_EXIT_CODE } from '../../src/cli/main.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { runCli } from '../helpers/run-cli.ts';

const failing = vi.hoisted(() => ({ writes: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs/promises')>();
	const writeFile = (async (path: string, ...rest: unknown[]) => {
		if (failing.writes && String(path).includes(`${'/'}docs${'/'}`)) {
			throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
		}
		return (fs.writeFile as (...args: unknown[]) => Promise<void>)(path, ...rest);
	}) as typeof fs.writeFile;
	return { ...fs, writeFile, default: { ...fs, writeFile } };
});

const root = mkdtempSync(join(tmpdir(), 'gazette-failures-'));
beforeAll(async () => {
	await testGazetteer(); // builds the index if it is missing
	mkdirSync(join(root, 'corpus'));
	writeFileSync(join(root, 'corpus', 'a.txt'), 'Delegates met in Baku and Shusha.');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
	failing.writes = false;
	vi.restoreAllMocks();
});


describe('one clear line for every failure', () => {
	it('a full disk while writing the output: one line, and nothing half-written', async () => {
		failing.writes = true;
		const result = await runCli('ingest', join(root, 'corpus'), '--out', join(root, 'out'));
		expect(result.stderr).toMatch(/^gazette: no space left on device \(ENOSPC, write\)\n$/);
		expect(result.status).toBe(1);
		expect(readdirSync(root)).toEqual(['corpus']);
	});

	it('200,000 topic terms', async () => {
		const terms = Array.from({ length: 200_000 }, (_, i) => `term${i}`);
		writeFileSync(join(root, 'topics.json'), JSON.stringify({ topics: [{ id: 'big', label: 'Big', terms }] }));
		const result = await runCli('ingest', join(root, 'corpus'), '--out', join(root, 'out-topics'), '--topics', join(root, 'topics.json'));
		expect(result.stderr).toMatch(/^gazette: .*topics\.json: topics: 200,000 terms with 1,888,890 characters in all, more than the 30,000 one taxonomy may have; use fewer or shorter terms\n$/);
		expect(result.status).toBe(2);
	});

	it('an oversized correction name', async () => {
		writeFileSync(join(root, 'corrections.json'), JSON.stringify([{ action: 'not-a-place', name: 'Baku '.repeat(20_000) }]));
		const result = await runCli('ingest', join(root, 'corpus'), '--out', join(root, 'out-corrections'), '--corrections', join(root, 'corrections.json'));
		expect(result.stderr).toMatch(/^gazette: .*corrections\.json: corrections: entry 1: "name" has 99,999 characters, more than the 200 a place name may have\n$/);
		expect(result.status).toBe(2);
	});

	it('a bug: one line and a request to report it; the stack only with --debug or GAZETTE_DEBUG', async () => {
		const ingest = commands.find((command) => command.name === 'ingest')!;
		const bug = () => vi.spyOn(ingest, 'run').mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'places')"));
		bug();
		const plain = await runCli('ingest', join(root, 'corpus'), '--out', join(root, 'out-bug'));
		expect(plain.stderr).toBe("gazette: internal error: TypeError: Cannot read properties of undefined (reading 'places')\ngazette: this is a bug, please report it (with the stack: run again with --debug or GAZETTE_DEBUG=1)\n");
		expect(plain.status).toBe(BUG_EXIT_CODE);
		bug();
		const debug = await runCli('ingest', '--debug', join(root, 'corpus'), '--out', join(root, 'out-bug'));
		expect(debug.stderr).toMatch(/please report it.*\n.*TypeError: Cannot read[^\n]*\n\s+at /);
		vi.stubEnv('GAZETTE_DEBUG', '1');
		bug();
		const variable = await runCli('ingest', join(root, 'corpus'), '--out', join(root, 'out-bug'));
		vi.unstubAllEnvs();
		expect(variable.stderr).toMatch(/\n\s+at /);
	});

	it('file names with terminal escape sequences are printed escaped in the ingest summary', async () => {
		const corpus = join(root, 'escapes');
		mkdirSync(corpus);
		writeFileSync(join(corpus, 'good.txt'), 'Baku.');
		writeFileSync(join(corpus, '\u001b]0;PWNED\u0007\u001b[2J.txt'), new Uint8Array([0, 1]));
		const result = await runCli('ingest', corpus, '--out', join(root, 'out-escapes'));
		expect(result.status).toBe(3);
		expect(result.stdout).toContain('    \\e]0;PWNED\\x07\\e[2J.txt: binary file (contains NUL bytes)\n');
		expect(result.stdout).not.toContain('\u001b');
	});
});

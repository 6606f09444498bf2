// `gazette serve` / `gazette explore`: clear one-line errors, and a working server from any directory.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_OUTPUT } from './harness.ts';

const BIN = new URL('../../bin/gazette.js', import.meta.url).pathname;
let scratch: string;

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), 'gazette-cli-'));
});
afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/** Runs the CLI; once stdout matches `untilOutput`, runs `whileUp` (e.g. requests to the server), then stops it. */
function run(args: string[], untilOutput?: RegExp, whileUp?: (stdout: string) => Promise<void>): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [BIN, ...args], { cwd: scratch });
		let stdout = '';
		let stderr = '';
		let matched = false;
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk;
			if (matched || !untilOutput?.test(stdout)) return;
			matched = true;
			void Promise.resolve(whileUp?.(stdout)).finally(() => child.kill('SIGTERM'));
		});
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

describe('gazette serve / explore', () => {
	it('rejects a missing folder, an empty folder and a non-output folder with one line', async () => {
		const missing = await run(['serve', 'no-such-dir']);
		expect(missing.code).toBe(1);
		expect(missing.stderr.trim()).toMatch(/^gazette: ingest output folder not found: .*no-such-dir$/);
		const notOutput = await run(['serve', '.']);
		expect(notOutput.stderr.trim()).toMatch(/is not an ingest output/);
		const empty = await run(['explore', '.']);
		expect(empty.code).toBe(1);
		expect(empty.stderr.trim()).toMatch(/^gazette: corpus folder is empty: /);
		expect(empty.stderr.split('\n').filter(Boolean)).toHaveLength(1);
	});

	it('reports a port in use, and serves from another directory printing its URL', async () => {
		const blocker = createServer();
		await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
		const port = (blocker.address() as { port: number }).port;
		const busy = await run(['serve', FIXTURE_OUTPUT, '--port', String(port)]);
		blocker.close();
		expect(busy.code).toBe(1);
		expect(busy.stderr.trim()).toBe(`gazette: port ${port} is already in use on 127.0.0.1; choose another with --port`);

		const responses: { path: string; status: number; type: string | null; body: string }[] = [];
		await run(['serve', FIXTURE_OUTPUT, '--port', '0'], /http:\/\/127\.0\.0\.1:\d+\//, async (stdout) => {
			const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)![0];
			for (const path of ['', 'data/manifest.json']) {
				const response = await fetch(url + path);
				responses.push({ path, status: response.status, type: response.headers.get('content-type'), body: await response.text() });
			}
		});
		// the app and the data folder are found from another working directory
		expect(responses.map((r) => [r.path, r.status])).toEqual([
			['', 200],
			['data/manifest.json', 200]
		]);
		expect(responses[0]!.type).toMatch(/^text\/html/);
		expect(responses[0]!.body).toMatch(/<html/i);
		expect(JSON.parse(responses[1]!.body)).toMatchObject({ schemaVersion: 1 });
	});

	it('refuses an empty --host, and warns when the explorer is readable from the network', async () => {
		const empty = await run(['serve', FIXTURE_OUTPUT, '--host', '', '--port', '0']);
		expect(empty.code).toBe(2);
		expect(empty.stderr.trim()).toMatch(/^gazette: --host is empty/);
		expect(empty.stdout).toBe('');
		expect(empty.stderr.split('\n').filter(Boolean)).toHaveLength(1);

		const local = await run(['serve', FIXTURE_OUTPUT, '--port', '0'], /http:\/\/127\.0\.0\.1:\d+\//);
		expect(local.stderr).not.toMatch(/warning/);
		const network = await run(['serve', FIXTURE_OUTPUT, '--host', '0.0.0.0', '--port', '0'], /http:\/\/localhost:\d+\//);
		expect(network.stderr).toMatch(/^gazette: warning: --host 0\.0\.0\.0 makes the explorer, with every document's full text, readable by anyone who can reach this machine on the network$/m);
	});

	it('serves an output that a killed ingest left in .out.old-…', async () => {
		const parent = await mkdtemp(join(scratch, 'killed-'));
		// pid 2^22+1 is above Linux's pid_max: no such process is alive
		await cp(FIXTURE_OUTPUT, join(parent, `.out.old-${2 ** 22 + 1}-abcd`), { recursive: true });
		const served = await run(['serve', join(parent, 'out'), '--port', '0'], /http:\/\/127\.0\.0\.1:\d+\//);
		expect(served.stderr).toBe('');
		expect(served.stdout).toMatch(/gazette explorer: http:\/\/127\.0\.0\.1:\d+\//);
	});

	it('explore takes a taxonomy (--topics) and a corrections file (--corrections), as ingest does', async () => {
		const dir = await mkdtemp(join(scratch, 'explore-'));
		await mkdir(join(dir, 'corpus'));
		await writeFile(join(dir, 'corpus', 'a.txt'), 'Ferry timetable\n\nThe ferry from Baku to Aktau sails again. Paris sent a ferry inspector to Baku.\n');
		await writeFile(join(dir, 'topics.json'), JSON.stringify({ minDocumentHits: 1, topics: [{ id: 'ferries', label: 'Ferries', terms: ['ferry'] }] }));
		await writeFile(join(dir, 'corrections.json'), JSON.stringify({ corrections: [{ action: 'not-a-place', name: 'Paris' }] }));
		const data: { topics?: { id: string; label: string }[]; places?: string[] } = {};
		const run_ = await run(['explore', join(dir, 'corpus'), '--out', join(dir, 'out'), '--port', '0', '--topics', join(dir, 'topics.json'), '--corrections', join(dir, 'corrections.json')], /http:\/\/127\.0\.0\.1:\d+\//, async (stdout) => {
			const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)![0];
			data.topics = (await (await fetch(`${url}data/topics.json`)).json()) as { id: string; label: string }[];
			const places = (await (await fetch(`${url}data/places.geojson`)).json()) as { features: { properties: { name: string } }[] };
			data.places = places.features.map((f) => f.properties.name).sort();
		});
		expect(run_.stderr).not.toMatch(/gazette: (?!warning)/);
		expect(data.topics?.map((t) => [t.id, t.label])).toEqual([['ferries', 'Ferries']]);
		expect(data.places).toContain('Baku');
		expect(data.places).not.toContain('Paris');
	}, 120_000);
});

// The explorer's write path against a real server and a real ingest (fake geoparser): only a page of
// this server with its token writes, bad writes change nothing, and the saved file reproduces the map.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../src/lib/contracts.ts';
import { TOKEN_HEADER, type CorrectionsWriter } from '../../src/lib/server/corrections-api.ts';
import { gazetteerLookup } from '../../src/lib/server/corrections-lookup.ts';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { callJson, type CallOptions, type Reply } from '../helpers/http.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-corrections-'));
const corpus = join(root, 'corpus');
const out = join(root, 'out');
const appDir = join(root, 'app');
const correctionsFile = join(corpus, '.gazette-corrections.json');
let server: RunningServer;
let readOnly: RunningServer;

const call = (target: RunningServer, method: string, path: string, options?: CallOptions): Promise<Reply> => callJson(target.port, method, path, options);

const origin = () => `http://127.0.0.1:${server.port}`;
async function session(): Promise<{ token: string; revision: string }> {
	const { body } = await call(server, 'GET', '/api/corrections');
	return { token: body.token as string, revision: body.revision as string };
}
async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
	const { token } = await session();
	return call(server, 'POST', path, { body, headers: { Origin: origin(), [TOKEN_HEADER]: token, ...headers } });
}
const places = (dir = out) => JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as PlacesCollection;
const mentionsOf = (id: string, dir = out) => places(dir).features.find((f) => f.id === id)?.properties.mentionCount ?? 0;
const georgiaByBaku = { action: 'resolve', name: 'Georgia', placeId: 'test:georgia', whereNamed: 'Baku', note: 'the country, beside Baku' };

beforeAll(async () => {
	mkdirSync(corpus, { recursive: true });
	mkdirSync(appDir);
	writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
	writeFileSync(join(corpus, 'pipeline.txt'), 'Pipeline deal\n\nGeorgia and Baku signed a pipeline deal; Georgia will carry the gas.');
	writeFileSync(join(corpus, 'vote.txt'), 'Vote\n\nGeorgia voted on Tuesday.');
	// the Change place dialog's reading and search need the real gazetteer: loaded here, with the
	// setup's own time (seconds on a busy machine), not inside the first test that reads a mention
	const gazetteer = testGazetteer();
	await runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser() });
	await gazetteer;
	const writer: CorrectionsWriter = {
		outDir: out,
		correctionsFile,
		author: 'tester',
		lookup: gazetteerLookup(testGazetteer),
		reapply: (correctionsText) => runIngest({ corpusDir: corpus, outDir: out, correctionsFile, correctionsText, createGeoparser: fakeGeoparser() })
	};
	server = await startServer({ outDir: out, appDir, port: 0, corrections: writer });
	readOnly = await startServer({ outDir: out, appDir, port: 0 });
}, 300_000);
afterAll(async () => {
	await server?.close();
	await readOnly?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('who may write', () => {
	it('gives the token to pages of this server', async () => {
		const { body } = await call(server, 'GET', '/api/corrections');
		expect(body).toMatchObject({ writable: true, revision: 'none', corrections: [] });
		expect(body.token).toMatch(/^[\w-]{32}$/);
	});
	it('refuses a cross-origin POST, a foreign Host, a missing or wrong token', async () => {
		const { token, revision } = await session();
		const body = { revision, correction: georgiaByBaku };
		const refused = [
			await call(server, 'POST', '/api/corrections/apply', { body, headers: { [TOKEN_HEADER]: token } }),
			await call(server, 'POST', '/api/corrections/apply', { body, headers: { Origin: 'http://evil.example', [TOKEN_HEADER]: token } }),
			await call(server, 'POST', '/api/corrections/apply', { body, headers: { Host: `evil.example:${server.port}`, Origin: `http://evil.example:${server.port}`, [TOKEN_HEADER]: token } }),
			await call(server, 'POST', '/api/corrections/apply', { body, headers: { Origin: origin() } }),
			await call(server, 'POST', '/api/corrections/apply', { body, headers: { Origin: origin(), [TOKEN_HEADER]: `${token.slice(1)}x` } })
		];
		expect(refused.map((r) => r.status)).toEqual([403, 403, 421, 403, 403]);
		expect(existsSync(correctionsFile)).toBe(false);
		expect(mentionsOf('test:georgia')).toBe(0);
	});
	it('has no write routes on a read-only server', async () => {
		// it says so (the explorer then shows no controls), and gives no token
		expect(await call(readOnly, 'GET', '/api/corrections')).toEqual({ status: 200, body: { writable: false } });
		expect((await call(readOnly, 'GET', '/api/corrections/search?name=Georgia')).status).toBe(404);
		const apply = await call(readOnly, 'POST', '/api/corrections/apply', { body: {}, headers: { Origin: `http://127.0.0.1:${readOnly.port}` } });
		expect(apply.status).toBe(405);
	});
});

describe('bad writes change nothing', () => {
	it.each([
		['an unknown place id', { action: 'resolve', name: 'Georgia', placeId: 'test:atlantis' }, 400, 'unknown place id'],
		['a scope that matches nothing', { action: 'resolve', name: 'Georgia', placeId: 'test:georgia', whereNamed: 'Shusha' }, 400, 'changes no mention'],
		['coordinates out of range', { action: 'add-place', name: 'Georgia', place: { kind: 'city', geometry: { type: 'Point', coordinates: [200, 10] } } }, 400, 'out of range'],
		['malformed GeoJSON', { action: 'add-place', name: 'Georgia', place: { kind: 'site', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 1]]] } } }, 400, 'not valid GeoJSON'],
		['an unknown action', { action: 'rename', name: 'Georgia' }, 400, '"action"']
	])('%s', async (_what, correction, status, message) => {
		const before = readFileSync(join(out, 'places.geojson'), 'utf8');
		const { revision } = await session();
		const reply = await post('/api/corrections/apply', { revision, correction });
		expect(reply.status).toBe(status);
		expect(String(reply.body.error)).toContain(message);
		expect(existsSync(correctionsFile)).toBe(false);
		expect(readFileSync(join(out, 'places.geojson'), 'utf8')).toBe(before);
	});
	it('an edit made on another revision (a concurrent edit)', async () => {
		const reply = await post('/api/corrections/apply', { revision: '0123456789abcdef', correction: georgiaByBaku });
		expect(reply.status).toBe(409);
		expect(existsSync(correctionsFile)).toBe(false);
	});
	it('a body that is not JSON', async () => {
		const { token } = await session();
		const reply = await new Promise<number>((resolve, reject) => {
			const req = request({ host: '127.0.0.1', port: server.port, path: '/api/corrections/apply', method: 'POST', headers: { Origin: origin(), [TOKEN_HEADER]: token, 'Content-Type': 'application/json' } }, (res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			});
			req.on('error', reject);
			req.end('{"revision":');
		});
		expect(reply).toBe(400);
	});
});

describe('a correction for the corpus', () => {
	it('is previewed, applied, saved, reproduced by a fresh ingest, and reverted', async () => {
		expect(mentionsOf('test:georgia-us')).toBe(3);
		const preview = await post('/api/corrections/preview', { correction: georgiaByBaku });
		expect(preview.body).toEqual({ mentions: 2, documents: 1 });

		const { revision } = await session();
		const applied = await post('/api/corrections/apply', { revision, correction: georgiaByBaku });
		expect(applied.status).toBe(200);
		expect(mentionsOf('test:georgia')).toBe(2);
		expect(mentionsOf('test:georgia-us')).toBe(1);
		const saved = readFileSync(correctionsFile, 'utf8');
		expect(saved).toContain('"action":"resolve","name":"Georgia","placeId":"test:georgia","whereNamed":"Baku","author":"tester"');
		const id = (applied.body.correction as { id: string }).id;
		expect(applied.body.corrections).toEqual([expect.objectContaining({ id, description: '"Georgia" → test:georgia where Baku is named' })]);

		// another machine: the saved file alone gives the same map
		const elsewhere = join(root, 'elsewhere');
		await runIngest({ corpusDir: corpus, outDir: elsewhere, correctionsFile, createGeoparser: fakeGeoparser() });
		expect(places(elsewhere)).toEqual(places());

		const again = await post('/api/corrections/revert', { revision, id });
		expect(again.status).toBe(409);
		const reverted = await post('/api/corrections/revert', { revision: applied.body.revision, id });
		expect(reverted.status).toBe(200);
		expect(mentionsOf('test:georgia')).toBe(0);
		expect(mentionsOf('test:georgia-us')).toBe(3);
		expect(JSON.parse(readFileSync(correctionsFile, 'utf8'))).toEqual({ corrections: [] });
	});
});

describe('what the Change place dialog looks up', () => {
	const pipelineId = () => (JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as { id: string; title: string }[]).find((d) => d.title === 'Pipeline deal')!.id;
	it('the geoparser’s reading of a mention: its place, and the alternatives it weighed with their scores', async () => {
		const text = 'Pipeline deal\n\nGeorgia and Baku signed a pipeline deal; Georgia will carry the gas.';
		const start = text.indexOf('Georgia');
		const { status, body } = await call(server, 'GET', `/api/corrections/reading?doc=${encodeURIComponent(pipelineId())}&start=${start}&end=${start + 7}`);
		expect(status).toBe(200);
		const reading = body as { chosen: { id: string; name: string; reasons: string[] }; alternatives: { id: string; name: string; kind: string; score: number }[] };
		expect(reading.chosen.name).toBe('Georgia');
		expect(reading.chosen.reasons.length).toBeGreaterThan(0);
		expect(reading.alternatives.length).toBeGreaterThan(0);
		for (const alternative of reading.alternatives) {
			expect(alternative.id).not.toBe(reading.chosen.id);
			expect(alternative.score).toBeGreaterThanOrEqual(0);
			expect(alternative.score).toBeLessThan(1);
		}
	});
	it('searches the gazetteer by name with country and kind filters', async () => {
		const all = (await call(server, 'GET', '/api/corrections/search?name=Georgia')).body.places as { id: string; country: string; kind: string }[];
		const us = (await call(server, 'GET', '/api/corrections/search?name=Georgia&country=us&kind=region')).body.places as { id: string; country: string; kind: string }[];
		expect(us.length).toBeGreaterThan(0);
		expect(us.length).toBeLessThan(all.length);
		expect(us.every((p) => p.country === 'US' && p.kind === 'region')).toBe(true);
	});
	it.each([
		['/api/corrections/reading?doc=nowhere&start=0&end=3', 404, 'no such document'],
		['/api/corrections/reading?doc=DOC&start=x&end=3', 400, '"start" must be a whole number'],
		['/api/corrections/reading?doc=DOC&start=5&end=99999', 400, 'not inside the document'],
		['/api/corrections/search?name=Georgia&country=USA', 400, 'two-letter code'],
		['/api/corrections/search?name=Georgia&kind=planet', 400, 'the kind filter is one of']
	])('refuses %s', async (path, status, message) => {
		const reply = await call(server, 'GET', path.replace('DOC', encodeURIComponent(pipelineId())));
		expect(reply.status).toBe(status);
		expect(String(reply.body.error)).toContain(message);
	});
});

describe('reads while a reapply swaps the output folder', () => {
	it('wait for the swap in the write queue instead of failing', async () => {
		const swapOut = join(root, 'swap-out');
		await runIngest({ corpusDir: corpus, outDir: swapOut, createGeoparser: fakeGeoparser() });
		let inGap!: () => void;
		const gap = new Promise<void>((resolve) => (inGap = resolve));
		const writer: CorrectionsWriter = {
			outDir: swapOut,
			correctionsFile: join(root, 'swap-corrections.json'),
			lookup: gazetteerLookup(testGazetteer),
			reapply: async () => {
				renameSync(swapOut, `${swapOut}.old`);
				inGap();
				await new Promise((resolve) => setTimeout(resolve, 300));
				renameSync(`${swapOut}.old`, swapOut);
				return { corrections: [{ changed: 2 }] };
			}
		};
		const swapping = await startServer({ outDir: swapOut, appDir, port: 0, corrections: writer });
		try {
			const { body } = await call(swapping, 'GET', '/api/corrections');
			const headers = { Origin: `http://127.0.0.1:${swapping.port}`, [TOKEN_HEADER]: body.token as string };
			const apply = call(swapping, 'POST', '/api/corrections/apply', { body: { revision: body.revision, correction: georgiaByBaku }, headers });
			await gap;
			const docs = JSON.parse(readFileSync(join(`${swapOut}.old`, 'documents.json'), 'utf8')) as { id: string; title: string }[];
			const id = docs.find((d) => d.title === 'Pipeline deal')!.id;
			const start = 'Pipeline deal\n\nGeorgia'.length - 'Georgia'.length;
			const [reading, preview] = await Promise.all([
				call(swapping, 'GET', `/api/corrections/reading?doc=${encodeURIComponent(id)}&start=${start}&end=${start + 7}`),
				call(swapping, 'POST', '/api/corrections/preview', { body: { correction: georgiaByBaku }, headers })
			]);
			expect(reading.status).toBe(200);
			expect(preview.status).toBe(200);
			expect((await apply).status).toBe(200);
		} finally {
			await swapping.close();
		}
	});
});

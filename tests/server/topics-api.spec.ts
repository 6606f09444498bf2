// The topic panel's write path against a real server and real ingests (fake geoparser): only a page
// of this server with its token writes; bad edits change neither the file nor the map; a save is
// written to the corpus's .gazette-topics.json, which the next ingest reproduces and --topics overrides.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopicSummary } from '../../src/lib/contracts.ts';
import { CORPUS_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import type { PanelTopic } from '../../src/lib/server/topics-api.ts';
import { topicsWriterFor } from '../../src/lib/server/topics-writer.ts';
import { TOKEN_HEADER } from '../../src/lib/server/write-guard.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { callJson, type CallOptions, type Reply } from '../helpers/http.ts';
import { writeHealthCorpus } from '../helpers/health-corpus.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-topics-api-'));
const corpus = join(root, 'corpus');
const out = join(root, 'out');
const appDir = join(root, 'app');
const savedFile = join(corpus, CORPUS_TOPICS_FILE);
let server: RunningServer;
let readOnly: RunningServer;

const call = (target: RunningServer, method: string, path: string, options?: CallOptions): Promise<Reply> => callJson(target.port, method, path, options);

const origin = () => `http://127.0.0.1:${server.port}`;
async function panel(): Promise<{ token: string; revision: string; topics: PanelTopic[] }> {
	const { body } = await call(server, 'GET', '/api/taxonomy');
	return body as unknown as { token: string; revision: string; topics: PanelTopic[] };
}
async function save(edits: unknown, headers: Record<string, string> = {}, revision?: string): Promise<Reply> {
	const now = await panel();
	return call(server, 'POST', '/api/taxonomy/save', { body: { revision: revision ?? now.revision, edits }, headers: { Origin: origin(), [TOKEN_HEADER]: now.token, ...headers } });
}
const shownTopics = (dir = out) => JSON.parse(readFileSync(join(dir, 'topics.json'), 'utf8')) as TopicSummary[];

beforeAll(async () => {
	mkdirSync(corpus, { recursive: true });
	mkdirSync(appDir);
	writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
	writeHealthCorpus(corpus);
	await runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser() });
	const writer = await topicsWriterFor(out);
	if (typeof writer === 'string') throw new Error(writer);
	server = await startServer({ outDir: out, appDir, port: 0, topics: writer });
	readOnly = await startServer({ outDir: out, appDir, port: 0 });
});
afterAll(async () => {
	await server?.close();
	await readOnly?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('the panel reads the topics', () => {
	it('lists the discovered topics with their sizes, and gives the token to pages of this server', async () => {
		const { body } = await call(server, 'GET', '/api/taxonomy');
		expect(body).toMatchObject({ writable: true, file: CORPUS_TOPICS_FILE });
		expect(body.token).toMatch(/^[\w-]{32}$/);
		const topics = body.topics as PanelTopic[];
		expect(topics).toHaveLength(3);
		expect(topics.map((t) => t.documents)).toEqual([10, 10, 10]);
		for (const topic of topics) expect(topic.terms.length).toBeGreaterThan(1);
	});
	it('has no write route on a read-only server, and says so to the page', async () => {
		expect(await call(readOnly, 'GET', '/api/taxonomy')).toMatchObject({ status: 200, body: { writable: false } });
		expect((await call(readOnly, 'GET', '/api/taxonomy')).body.token).toBeUndefined();
		const reply = await call(readOnly, 'POST', '/api/taxonomy/save', { body: {}, headers: { Origin: `http://127.0.0.1:${readOnly.port}` } });
		expect(reply.status).toBe(405);
	});
});

describe('bad writes change nothing', () => {
	it('refuses a cross-origin POST, a missing or wrong token', async () => {
		const { token, revision, topics } = await panel();
		const body = { revision, edits: [{ op: 'hide', topic: topics[0]!.id, hidden: true }] };
		const refused = [
			await call(server, 'POST', '/api/taxonomy/save', { body, headers: { Origin: 'http://evil.example', [TOKEN_HEADER]: token } }),
			await call(server, 'POST', '/api/taxonomy/save', { body, headers: { Origin: origin() } }),
			await call(server, 'POST', '/api/taxonomy/save', { body, headers: { Origin: origin(), [TOKEN_HEADER]: `${token.slice(1)}x` } })
		];
		expect(refused.map((r) => r.status)).toEqual([403, 403, 403]);
		expect(existsSync(savedFile)).toBe(false);
	});
	it.each([
		['no edits', [], 'edits'],
		['an unknown topic', [{ op: 'rename', topic: 'nope', label: 'X' }], 'no topic "nope"'],
		['an empty label', [{ op: 'rename', topic: '$0', label: '  ' }], 'cannot be empty'],
		['an unknown operation', [{ op: 'explode', topic: '$0' }], 'unknown "op"'],
		['a merge into itself', [{ op: 'merge', topic: '$0', into: '$0' }], 'into itself'],
		['a term the topic does not have', [{ op: 'split', topic: '$0', term: 'zebra' }], 'no term "zebra"'],
		['a flag that is not true or false', [{ op: 'pin', topic: '$0', pinned: 'yes' }], '"pinned" must be a boolean']
	])('%s', async (_what, edits, message) => {
		const before = readFileSync(join(out, 'topics.json'), 'utf8');
		const first = (await panel()).topics[0]!.id;
		const reply = await save(JSON.parse(JSON.stringify(edits).replaceAll('$0', first)));
		expect(reply.status).toBe(400);
		expect(String(reply.body.error)).toContain(message);
		expect(existsSync(savedFile)).toBe(false);
		expect(readFileSync(join(out, 'topics.json'), 'utf8')).toBe(before);
	});
	it('edits made on another revision', async () => {
		const { topics } = await panel();
		const reply = await save([{ op: 'hide', topic: topics[0]!.id, hidden: true }], {}, '0123456789abcdef');
		expect(reply.status).toBe(409);
		expect(existsSync(savedFile)).toBe(false);
	});
});

describe('a save', () => {
	it('renames, merges and hides: the map, the file and a fresh ingest agree', async () => {
		const [a, b, c] = (await panel()).topics;
		const reply = await save([
			{ op: 'rename', topic: a!.id, label: 'Shots' },
			{ op: 'merge', topic: c!.id, into: b!.id },
			{ op: 'hide', topic: a!.id, hidden: true }
		]);
		expect(reply.status).toBe(200);
		const topics = reply.body.topics as PanelTopic[];
		expect(topics.map((t) => [t.id, t.label, t.hidden, t.documents])).toEqual([
			[a!.id, 'Shots', true, 0],
			[b!.id, b!.label, false, 20]
		]);
		// the filter offers what the map now shows: the hidden topic matches nothing, the merged one is gone
		expect(shownTopics().map((t) => [t.id, t.documentCount])).toEqual([[b!.id, 20]]);
		const saved = JSON.parse(readFileSync(savedFile, 'utf8')) as { topics: { id: string; label: string; hidden?: boolean; weights: number[] }[]; idf: object };
		expect(saved.topics.map((t) => [t.id, t.label, t.hidden ?? false])).toEqual([
			[a!.id, 'Shots', true],
			[b!.id, b!.label, false]
		]);
		expect(Object.keys(saved.idf).length).toBeGreaterThan(0);
		// another machine: the same corpus, a new output, no flags
		const elsewhere = join(root, 'elsewhere');
		const summary = await runIngest({ corpusDir: corpus, outDir: elsewhere, createGeoparser: fakeGeoparser() });
		expect(summary.topics.source).toBe('saved');
		expect(shownTopics(elsewhere)).toEqual(shownTopics());
	});
	it('is what the next edit starts from (pin, split off a term)', async () => {
		const [, b] = (await panel()).topics;
		const term = b!.terms[1]!;
		const reply = await save([
			{ op: 'split', topic: b!.id, term },
			{ op: 'pin', topic: b!.id, pinned: true }
		]);
		expect(reply.status).toBe(200);
		const topics = reply.body.topics as PanelTopic[];
		expect(topics[0]).toMatchObject({ id: b!.id, pinned: true });
		expect(topics.find((t) => t.label === term)).toBeDefined();
		expect(topics.find((t) => t.id === b!.id)!.terms).not.toContain(term);
	});
	it('a taxonomy given with --topics still wins, and discovering again asks to move the saved file away', async () => {
		const curated = join(root, 'curated.json');
		writeFileSync(curated, JSON.stringify({ topics: [{ id: 'diet', label: 'Diet', terms: ['sugar', 'obesity'] }] }));
		const other = join(root, 'curated-out');
		const summary = await runIngest({ corpusDir: corpus, outDir: other, topicsFile: curated, createGeoparser: fakeGeoparser() });
		expect(summary.topics.source).toBe('file');
		expect(shownTopics(other).map((t) => t.id)).toEqual(['diet']);
		// a server on that output offers no edits, and says why
		const writer = await topicsWriterFor(other);
		if (typeof writer === 'string') throw new Error(writer);
		const curatedServer = await startServer({ outDir: other, appDir, port: 0, topics: writer });
		try {
			const { body } = await call(curatedServer, 'GET', '/api/taxonomy');
			expect(body).toMatchObject({ writable: false });
			expect(String(body.reason)).toContain('curated.json');
		} finally {
			await curatedServer.close();
		}
		await expect(runIngest({ corpusDir: corpus, outDir: other, rediscover: true, createGeoparser: fakeGeoparser() })).rejects.toThrow(/\.gazette-topics\.json holds the topics shaped in the explorer/);
	});
});

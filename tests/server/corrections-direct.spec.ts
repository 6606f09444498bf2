// A correction applied in the store (no re-ingest) must leave the store answering exactly as a fresh
// `gazette ingest --corrections` of the same corpus does: every scope kind and every action, applied one
// after another and reverted out of order, through the server's write routes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../src/lib/contracts.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { editCorrections, readCorrectionsText } from '../../src/lib/places/correction-edit.ts';
import { parseCorrection, serializeCorrections } from '../../src/lib/places/correction-format.ts';
import { stepOf, TOKEN_HEADER, type CorrectionsWriter } from '../../src/lib/server/corrections-api.ts';
import { gazetteerLookup } from '../../src/lib/server/corrections-lookup.ts';
import { directCorrections, refreshStaticOutput } from '../../src/lib/server/corrections-store.ts';
import { correctionsPendingPath } from '../../src/lib/server/ingest/cache.ts';
import { DEFAULT_CORPUS_DIR, DEFAULT_TOPICS_FILE, MAX_TOPONYMS_PER_DOCUMENT, runIngest } from '../../src/lib/server/ingest/index.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { callJson } from '../helpers/http.ts';
import { storeAnswers } from '../store/store-answers.ts';
import { writeCorpus } from '../store/corpus.ts';
import { holdElsewhere } from '../helpers/lock-holder.ts';
import { CORRECTIONS, CORRECTIONS_CORPUS as CORPUS, REVERT_ORDER, secondBaku } from './corrections-cases.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-corrections-direct-'));
const corpus = join(root, 'corpus');
const out = join(root, 'out');
const correctionsFile = join(corpus, '.gazette-corrections.json');
// the sample's curated topics: excerpts and documents carry topics the correction must keep
const TOPICS = DEFAULT_TOPICS_FILE;
let server: RunningServer;
let writer: CorrectionsWriter;
let fresh = 0;

/** Everything a store answers, plus what the explorer does not ask but a re-ingest must agree on. */
async function answersOf(dir: string) {
	const store = openSqliteStore(join(dir, STORE_FILE), { readonly: true });
	try {
		const manifest = await store.storedManifest();
		return {
			answers: await storeAnswers(store, ['baku', 'georgia']),
			hashes: Object.fromEntries([...(await store.documentHashes())].sort()),
			corrections: await store.storedCorrections(),
			counts: manifest?.counts
		};
	} finally {
		await store.close();
	}
}

/** The store after a fresh ingest of the corpus with the corrections file as it is now. */
async function freshAnswers() {
	const dir = join(root, `fresh-${fresh++}`);
	await runIngest({ corpusDir: corpus, outDir: dir, correctionsFile, topicsFile: TOPICS, createGeoparser: fakeGeoparser() });
	return answersOf(dir);
}

async function post(path: string, body: Record<string, unknown>) {
	const { body: session } = await callJson(server.port, 'GET', '/api/corrections');
	return callJson(server.port, 'POST', path, { body: { revision: session.revision, ...body }, headers: { Origin: `http://127.0.0.1:${server.port}`, [TOKEN_HEADER]: session.token as string } });
}

beforeAll(async () => {
	writeCorpus(corpus, CORPUS);
	// the Change place dialog's reading needs the real gazetteer: loaded here, with the setup's own
	// time (seconds on a busy machine), not inside the first test that asks for a reading
	const gazetteer = testGazetteer();
	await runIngest({ corpusDir: corpus, outDir: out, topicsFile: TOPICS, createGeoparser: fakeGeoparser() });
	await gazetteer;
	const geoparser = await fakeGeoparser()();
	writer = {
		outDir: out,
		correctionsFile,
		author: 'tester',
		lookup: gazetteerLookup(testGazetteer),
		reapply: () => Promise.reject(new Error('the store should have taken this correction')),
		direct: directCorrections({
			outDir: out,
			corpusDir: corpus,
			topicsFile: TOPICS,
			correctionsFile,
			gazetteer: async () => ({ lookup: geoparser.lookup, countryName: geoparser.countryName }),
			sample: { corpusDir: DEFAULT_CORPUS_DIR, topicsFile: DEFAULT_TOPICS_FILE },
			maxToponyms: MAX_TOPONYMS_PER_DOCUMENT
		})
	};
	server = await startServer({ outDir: out, appDir: root, port: 0, corrections: writer });
}, 300_000);
afterAll(async () => {
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('a correction applied in the store', () => {
	it('matches a fresh ingest after each apply and each revert, for every scope and action', async () => {
		const store = openSqliteStore(join(out, STORE_FILE), { readonly: true });
		CORRECTIONS[4]![1].mention = await secondBaku(store);
		await store.close();
		const staticPlaces = readFileSync(join(out, 'places.geojson'), 'utf8');

		const ids: string[] = [];
		for (const [what, correction] of CORRECTIONS) {
			const before = await answersOf(out);
			const reply = await post('/api/corrections/apply', { correction });
			expect(reply.status, `${what}: ${JSON.stringify(reply.body)}`).toBe(200);
			ids.push((reply.body.correction as { id: string }).id);
			const after = await answersOf(out);
			expect(after, what).not.toEqual(before);
			expect(after, what).toEqual(await freshAnswers());
		}
		// the JSON files wait for the next ingest; the store already shows everything
		expect(readFileSync(join(out, 'places.geojson'), 'utf8')).toBe(staticPlaces);
		expect(existsSync(correctionsPendingPath(out))).toBe(true);

		for (const index of REVERT_ORDER) {
			const reply = await post('/api/corrections/revert', { id: ids[index] });
			expect(reply.status, JSON.stringify(reply.body)).toBe(200);
			expect(await answersOf(out), `revert ${CORRECTIONS[index]![0]}`).toEqual(await freshAnswers());
		}
	}, 120_000);

	it('answers the explorer’s view with the write, as /api/view answers it afterwards', async () => {
		const view = async (question: string) => (await callJson(server.port, 'GET', `/api/view?${question}`)).body;
		const applied = await post('/api/corrections/apply', { correction: CORRECTIONS[0]![1], view: 'sort=documents&page=300' });
		expect(applied.status).toBe(200);
		expect(applied.body.view).toEqual(await view('sort=documents&page=300'));
		expect((applied.body.view as { places: { id: string }[] }).places.map((p) => p.id)).toContain('test:georgia');
		const id = (applied.body.correction as { id: string }).id;
		const reverted = await post('/api/corrections/revert', { id, view: 'kinds=country' });
		expect(reverted.body.view).toEqual(await view('kinds=country'));
		expect((reverted.body.view as { places: { id: string }[] }).places.map((p) => p.id)).not.toContain('test:georgia');
		// a question the read side refuses: the write stands, the page asks /api/view itself
		const refused = await post('/api/corrections/apply', { correction: CORRECTIONS[0]![1], view: 'limit=many' });
		expect(refused.status).toBe(200);
		expect(refused.body).not.toHaveProperty('view');
		expect((await post('/api/corrections/revert', { id: (refused.body.correction as { id: string }).id })).body).not.toHaveProperty('view');
	});

	it('reuses the work done while the dialog showed its preview, with the same result; not once the store changed', async () => {
		/** Applies `entry` through the store side as the server does, after the dialog's preview or not. */
		async function applyInStore(entry: Record<string, unknown>, prepareFirst: boolean, meanwhile?: () => Promise<unknown>) {
			const before = existsSync(correctionsFile) ? readFileSync(correctionsFile, 'utf8') : '';
			const file = readCorrectionsText(before);
			if (prepareFirst) await writer.direct!.prepare!(file.corrections, parseCorrection({ ...entry, id: undefined }, 0));
			await meanwhile?.();
			const change = { kind: 'add' as const, correction: entry };
			const next = editCorrections(before, change, { expectedRevision: file.revision, time: new Date().toISOString(), newId: `t${Date.now()}`, author: 'tester' });
			const applied = await writer.direct!.apply(stepOf(before, next.text, change, next.correction));
			writeFileSync(correctionsFile, next.text);
			return { reused: applied.reused, id: next.correction.id! };
		}
		const first = await applyInStore(CORRECTIONS[0]![1], true);
		expect(first.reused).toBe(true);
		expect(await answersOf(out)).toEqual(await freshAnswers());
		// prepared, then an ingest wrote the store again (another version, another manifest): worked out again
		const reingest = () => runIngest({ corpusDir: corpus, outDir: out, correctionsFile, topicsFile: TOPICS, createGeoparser: fakeGeoparser() });
		const second = await applyInStore(CORRECTIONS[2]![1], true, reingest);
		expect(second.reused).toBe(false);
		expect(await answersOf(out)).toEqual(await freshAnswers());
		const third = await applyInStore(CORRECTIONS[1]![1], false);
		expect(third.reused).toBe(false);
		for (const { id } of [third, second, first]) expect((await post('/api/corrections/revert', { id })).status).toBe(200);
		expect(await answersOf(out)).toEqual(await freshAnswers());
	}, 120_000);

	it('brings the JSON files up to date before they are read again', async () => {
		const reply = await post('/api/corrections/apply', { correction: CORRECTIONS[0]![1] });
		expect(reply.status).toBe(200);
		await refreshStaticOutput(out, { createGeoparser: fakeGeoparser() });
		expect(existsSync(correctionsPendingPath(out))).toBe(false);
		const dir = join(root, 'static');
		await runIngest({ corpusDir: corpus, outDir: dir, correctionsFile, topicsFile: TOPICS, createGeoparser: fakeGeoparser() });
		for (const file of ['places.geojson', 'documents.json']) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(dir, file), 'utf8'));
		// and the store the ingest found in place agrees with a fresh one
		expect(await answersOf(out)).toEqual(await answersOf(dir));
	}, 60_000);

	it('is undone in the store when the file cannot be saved', async () => {
		const before = await answersOf(out);
		const beforeText = readFileSync(correctionsFile, 'utf8');
		const after = [...readCorrectionsText(beforeText).corrections, parseCorrection(CORRECTIONS[2]![1], 0)];
		const nextText = serializeCorrections(after);
		const step = { beforeText, nextText, before: after.slice(0, -1), after, origin: after.map((_, i) => (i < after.length - 1 ? i : null)), scopes: after.slice(-1) };
		const applied = await writer.direct!.apply(step);
		expect(applied.documents).toBeGreaterThan(0);
		expect(await answersOf(out)).not.toEqual(before);
		await applied.undo();
		expect(await answersOf(out)).toEqual(before);
	});

	it('reads the geoparser’s candidates at one of a place’s mentions when opened at the place', async () => {
		const { status, body } = await callJson(server.port, 'GET', '/api/corrections/reading?place=test%3Ageorgia-us&name=Georgia');
		expect(status, JSON.stringify(body)).toBe(200);
		const reading = body as { chosen: { name: string } | null; alternatives: { name: string }[]; mention: { document: string; start: number; end: number } };
		const store = openSqliteStore(join(out, STORE_FILE), { readonly: true });
		const document = (await store.document(reading.mention.document))!;
		await store.close();
		expect(document.text.slice(reading.mention.start, reading.mention.end)).toBe('Georgia');
		expect(document.mentions.find((m) => m.start === reading.mention.start)?.placeId).toBe('test:georgia-us');
		expect(reading.chosen?.name).toBe('Georgia');
		expect(reading.alternatives.length).toBeGreaterThan(0);
		expect((await callJson(server.port, 'GET', '/api/corrections/reading?place=test%3Aatlantis&name=Atlantis')).status).toBe(404);
	});

	it('is refused, changing nothing, for a place no gazetteer has', async () => {
		const before = await answersOf(out);
		const file = readFileSync(correctionsFile, 'utf8');
		const reply = await post('/api/corrections/apply', { correction: { action: 'resolve', name: 'Baku', placeId: 'test:atlantis' } });
		expect(reply.status).toBe(400);
		expect(String(reply.body.error)).toContain('unknown place id');
		expect(readFileSync(correctionsFile, 'utf8')).toBe(file);
		expect(await answersOf(out)).toEqual(before);
	});

	it('is refused, changing nothing, while `gazette publish` or `export` reads the output', async () => {
		const before = await answersOf(out);
		const file = readFileSync(correctionsFile, 'utf8');
		const publishing = await holdElsewhere(out, 'gazette publish/export');
		try {
			const reply = await post('/api/corrections/apply', { correction: CORRECTIONS[2]![1] });
			expect(reply.status).toBe(409);
			expect(String(reply.body.error)).toMatch(/is being changed by gazette publish\/export \(pid \d+\); try again when it is done/);
		} finally {
			await publishing.release();
		}
		expect(readFileSync(correctionsFile, 'utf8')).toBe(file);
		expect(await answersOf(out)).toEqual(before);
	}, 60_000);

	// last: the server's idle connections do not outlive the CLI run
	it('reaches what `gazette publish` writes, which waits for a correction being applied', async () => {
		// corrections that need no gazetteer lookup: the CLI's ingest runs with the real geoparser's cache
		const { body } = await callJson(server.port, 'GET', '/api/corrections');
		for (const c of body.corrections as { id: string }[]) expect((await post('/api/corrections/revert', { id: c.id })).status).toBe(200);
		expect((await post('/api/corrections/apply', { correction: { action: 'not-a-place', name: 'Aghdam' } })).status).toBe(200);
		const site = join(root, 'site');
		// a server applying a correction to this output holds it: publish waits, then reads it whole
		const serving = await holdElsewhere(out, 'gazette serve');
		const publish = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'gazette.js'), 'publish', site, '--out', out]);
		let stderr = '';
		publish.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		const status = new Promise<number | null>((resolve) => publish.on('close', resolve));
		await expect.poll(() => stderr, { timeout: 60_000 }).toContain(`waiting for gazette serve to finish with ${out}`);
		expect(existsSync(join(site, 'data', 'places.geojson'))).toBe(false);
		await serving.release();
		const result = { status: await status, stderr };
		expect(result.status, result.stderr).toBe(0);
		const published = JSON.parse(readFileSync(join(site, 'data', 'places.geojson'), 'utf8')) as PlacesCollection;
		expect(published.features.map((f) => f.id)).not.toContain('test:aghdam');
		expect(published.features.map((f) => f.id)).toContain('test:baku');
	}, 120_000);
});

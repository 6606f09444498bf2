// A correction applied in the shared store (PostgreSQL, a throwaway cluster) must leave it answering
// exactly as a fresh `gazette ingest --store postgres://… --corrections` of the same corpus into another
// database does: every scope kind and action, applied one after another and reverted out of order,
// through the server's write routes; and `gazette serve --store postgres://…` offers the write routes.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER, type CorrectionsWriter } from '../../src/lib/server/corrections-api.ts';
import { gazetteerLookup } from '../../src/lib/server/corrections-lookup.ts';
import { sharedDirectCorrections } from '../../src/lib/server/corrections-shared.ts';
import { DEFAULT_CORPUS_DIR, DEFAULT_TOPICS_FILE, MAX_TOPONYMS_PER_DOCUMENT, runIngest } from '../../src/lib/server/ingest/index.ts';
import { fixedStore } from '../../src/lib/server/api/store-handle.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { openPostgresStore, type PostgresStore } from '../../src/lib/store/postgres/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { callJson } from '../helpers/http.ts';
import { usePostgisCluster } from '../helpers/postgres.ts';
import { writeCorpus } from '../store/corpus.ts';
import { storeAnswers } from '../store/store-answers.ts';
import { CORRECTIONS, CORRECTIONS_CORPUS, REVERT_ORDER, secondBaku } from './corrections-cases.ts';

const cluster = usePostgisCluster('gazette-corrections-shared-', 'postgres corrections tests');
let corpus: string;
let correctionsFile: string;
let server: RunningServer;
let store: PostgresStore;
let databaseUrl: string;
const BIN = new URL('../../bin/gazette.js', import.meta.url).pathname;

const freshDatabase = () => cluster.database();

const ingestInto = (url: string) =>
	runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), correctionsFile: existsSync(correctionsFile) ? correctionsFile : undefined, topicsFile: DEFAULT_TOPICS_FILE, createGeoparser: fakeGeoparser(), store: { kind: 'postgres', url } });

/** Everything the store answers, plus what a re-ingest must agree on. */
async function answersOf(of: PostgresStore, url = databaseUrl) {
	const manifest = await of.storedManifest();
	return {
		answers: await storeAnswers(of, ['baku', 'georgia']),
		// the per place and month counts a correction keeps for its documents' months (postgres/count-deltas.ts)
		placeMonths: await placeMonthsOf(url),
		hashes: Object.fromEntries([...(await of.documentHashes())].sort()),
		corrections: await of.storedCorrections(),
		counts: manifest?.counts
	};
}

async function placeMonthsOf(url: string) {
	const client = new pg.Client(url);
	await client.connect();
	try {
		return (await client.query('SELECT pm.month, p.id, pm.documents, pm.mentions, pm.first_day, pm.last_day FROM place_months pm JOIN places p ON p.key = pm.place ORDER BY 1, 2')).rows;
	} finally {
		await client.end();
	}
}

/** The answers of a new database ingested with the corrections file as it is now. */
async function freshAnswers() {
	const url = await freshDatabase();
	await ingestInto(url);
	const fresh = await openPostgresStore(url, { readonly: true });
	try {
		return await answersOf(fresh, url);
	} finally {
		await fresh.close();
	}
}

async function post(path: string, body: Record<string, unknown>) {
	const { body: session } = await callJson(server.port, 'GET', '/api/corrections');
	return callJson(server.port, 'POST', path, { body: { revision: session.revision, ...body }, headers: { Origin: `http://127.0.0.1:${server.port}`, [TOKEN_HEADER]: session.token as string } });
}

describe.skipIf(cluster.missing !== null)('a correction applied in the shared store', () => {
	beforeAll(async () => {
		corpus = join(cluster.root, 'corpus');
		correctionsFile = join(corpus, '.gazette-corrections.json');
		writeCorpus(corpus, CORRECTIONS_CORPUS);
		databaseUrl = await freshDatabase();
		await ingestInto(databaseUrl);
		store = await openPostgresStore(databaseUrl, { readonly: true });
		const geoparser = await fakeGeoparser()();
		const writer: CorrectionsWriter = {
			outDir: join(cluster.root, 'unused'),
			correctionsFile,
			author: 'tester',
			lookup: gazetteerLookup(testGazetteer),
			reapply: () => Promise.reject(new Error('the store should have taken this correction')),
			direct: sharedDirectCorrections({
				store: async () => store,
				gazetteer: async () => ({ lookup: geoparser.lookup, countryName: geoparser.countryName }),
				sample: { corpusDir: DEFAULT_CORPUS_DIR, topicsFile: DEFAULT_TOPICS_FILE },
				maxToponyms: MAX_TOPONYMS_PER_DOCUMENT
			})
		};
		server = await startServer({ outDir: join(cluster.root, 'unused'), appDir: cluster.root, port: 0, corrections: writer, store: fixedStore(store) });
	}, 180_000);
	afterAll(async () => {
		// the server closes the store it answered from
		await server?.close();
	});

	it('matches a fresh ingest after each apply and each revert, for every scope and action', async () => {
		CORRECTIONS[4]![1].mention = await secondBaku(store);
		const ids: string[] = [];
		let before = await answersOf(store);
		for (const [what, correction] of CORRECTIONS) {
			const reply = await post('/api/corrections/apply', { correction });
			expect(reply.status, `${what}: ${JSON.stringify(reply.body)}`).toBe(200);
			ids.push((reply.body.correction as { id: string }).id);
			const after = await answersOf(store);
			expect(after, what).not.toEqual(before);
			expect(after, what).toEqual(await freshAnswers());
			// nothing writes to the store until the next apply: its answers then are these
			before = after;
		}
		for (const index of REVERT_ORDER) {
			const reply = await post('/api/corrections/revert', { id: ids[index] });
			expect(reply.status, JSON.stringify(reply.body)).toBe(200);
			expect(await answersOf(store), `revert ${CORRECTIONS[index]![0]}`).toEqual(await freshAnswers());
		}
	}, 300_000);

	it('previews from the database, and reads the geoparser’s candidates in its documents', async () => {
		const preview = await post('/api/corrections/preview', { correction: { action: 'resolve', name: 'Georgia', placeId: 'test:georgia' } });
		expect(preview.status, JSON.stringify(preview.body)).toBe(200);
		expect(preview.body).toEqual({ mentions: 4, documents: 2 });
		const document = (await store.document('c'))!;
		const georgia = document.mentions.find((m) => m.name === 'Georgia')!;
		const reading = await callJson(server.port, 'GET', `/api/corrections/reading?doc=c&start=${georgia.start}&end=${georgia.end}`);
		expect(reading.status, JSON.stringify(reading.body)).toBe(200);
		expect((reading.body as { chosen: { name: string } | null }).chosen?.name).toBe('Georgia');
		// the first reading loads the real gazetteer: slow beside other test files on a busy machine
	}, 180_000);

	it('reads the stored places of the documents a correction may touch and of the places it names, not every place of the store', async () => {
		const asked: string[] = [];
		const places = store.queue.places;
		store.queue.places = (ids) => (asked.push(...ids), places.call(store.queue, ids));
		try {
			// "Georgia" is named in c and f, beside Baku and Aghdam; Minsk, Shusha and the Lachin corridor are stored too
			const preview = await post('/api/corrections/preview', { correction: { action: 'resolve', name: 'Georgia', placeId: 'test:georgia' } });
			expect(preview.status, JSON.stringify(preview.body)).toBe(200);
		} finally {
			store.queue.places = places;
		}
		expect([...new Set(asked)].sort()).toEqual(['test:aghdam', 'test:baku', 'test:georgia', 'test:georgia-us']);
		expect((await store.queue.places(['test:minsk', 'test:shusha', 'test:lachin-corridor'])).size).toBe(3);
	}, 60_000);

	it('is offered by `gazette serve --store postgres://…`, saving to the corrections file of the last ingest', async () => {
		const child = spawn(process.execPath, [BIN, 'serve', '--store', databaseUrl, '--port', '0'], { cwd: cluster.root });
		try {
			const url = await new Promise<string>((resolve, reject) => {
				let stdout = '';
				child.stdout.on('data', (chunk: Buffer) => {
					stdout += chunk;
					const found = /gazette explorer: (http:\/\/\S+)\n\(serving [^;]+; ([^)]*)\)/.exec(stdout);
					if (found) resolve(`${found[1]!}|${found[2]!}`);
				});
				child.on('close', (code) => reject(new Error(`serve exited with ${code}: ${stdout}`)));
			});
			const [address, saving] = url.split('|') as [string, string];
			expect(saving).toContain(`corrections saved to ${correctionsFile}`);
			const { body } = await callJson(Number(new URL(address).port), 'GET', '/api/corrections');
			expect(body.writable).toBe(true);
			expect(typeof body.token).toBe('string');
		} finally {
			child.kill('SIGTERM');
		}
	}, 120_000);
});

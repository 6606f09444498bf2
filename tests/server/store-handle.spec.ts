// The server's handle on a store file that ingest replaces: the next question opens the new file, the
// questions under way on the old one finish there, and the old one is closed after them.
import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followedStore } from '../../src/lib/server/api/store-handle.ts';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import type { Store } from '../../src/lib/store/types.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { writeCorpus } from '../store/corpus.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-store-handle-'));
const served = join(root, 'served.sqlite');
let firstTopics: string[];

beforeAll(async () => {
	writeCorpus(join(root, 'corpus'));
	await runIngest({ corpusDir: join(root, 'corpus'), outDir: join(root, 'a'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE });
	const topics = join(root, 'topics.json');
	writeFileSync(topics, JSON.stringify({ topics: [{ id: 'health', label: 'Health', terms: ['cholera'] }] }));
	await runIngest({ corpusDir: join(root, 'corpus'), outDir: join(root, 'b'), createGeoparser: fakeGeoparser(), topicsFile: topics });
	copyFileSync(join(root, 'a', STORE_FILE), served);
	firstTopics = (await infoTopics(followedStore(served)));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function infoTopics(handle: ReturnType<typeof followedStore>): Promise<string[]> {
	try {
		return (await handle.get()!.info())!.topics.map((t) => t.id);
	} finally {
		await handle.close();
	}
}

/** Puts the second ingest's store in the served file's place, as a full ingest does (a rename). */
function replaceServedFile() {
	copyFileSync(join(root, 'b', STORE_FILE), `${served}.new`);
	renameSync(`${served}.new`, served);
}

describe('followed store file', () => {
	it('answers from the new file once ingest renamed it over the path; a question under way finishes on the old one, which is closed after it', async () => {
		copyFileSync(join(root, 'a', STORE_FILE), served);
		const handle = followedStore(served);
		try {
			expect(firstTopics.length).toBeGreaterThan(1);
			let old: Store | null = null;
			let finishQuestion!: () => void;
			const asked = handle.use(async (store) => {
				old = store;
				await new Promise<void>((done) => (finishQuestion = done));
				// still open: the question under way reads the file it started on
				return (await store!.info())!.topics.map((t) => t.id);
			});
			replaceServedFile();
			expect((await handle.get()!.info())!.topics.map((t) => t.id)).toEqual(['health']);
			finishQuestion();
			expect(await asked).toEqual(firstTopics);
			// the replaced file, its last question answered, is closed
			await expect(old!.info()).rejects.toThrow();
			// and a new question stays on the new file
			expect(await handle.use(async (store) => (await store!.info())!.topics.map((t) => t.id))).toEqual(['health']);
		} finally {
			await handle.close();
		}
	});

	it('has no store for a path without a file, and keeps the open one while the path is gone for a moment', async () => {
		const missing = followedStore(join(root, 'none.sqlite'));
		expect(missing.get()).toBeNull();
		expect(await missing.use(async (store) => store)).toBeNull();
		copyFileSync(join(root, 'a', STORE_FILE), served);
		const handle = followedStore(served);
		try {
			const open = handle.get();
			renameSync(served, `${served}.away`);
			expect(handle.get()).toBe(open);
			renameSync(`${served}.away`, served);
			expect(handle.get()).toBe(open);
		} finally {
			await handle.close();
		}
	});
});

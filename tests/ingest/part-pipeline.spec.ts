// A streamed ingest's parts go to the geoparser ahead of the part being processed (part-pipeline.ts):
// the next part is with the geoparser before the caller gets a part to work on, the first parts can
// be sent before the topics are fitted, and parts are prepared in corpus order whatever order their
// reads finish in (ids taken by an earlier part stay taken).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestGeoparser } from '../../src/lib/server/ingest/geoparser.ts';
import { partPipeline } from '../../src/lib/server/ingest/part-pipeline.ts';
import { walkCorpus } from '../../src/lib/server/ingest/walk-corpus.ts';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-part-pipeline-'));
	mkdirSync(join(root, 'corpus'));
	for (let i = 0; i < 6; i++) writeFileSync(join(root, 'corpus', `doc-${i}.txt`), `Report ${i}\n\nA text from Baku, number ${i}.`);
	// the same id as doc-0's, in a later part: skipped there as a duplicate
	writeFileSync(join(root, 'corpus', 'doc-6.jsonl'), JSON.stringify({ id: 'doc-0', title: 'Again', text: 'Again from Baku.' }));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A geoparser that records what it was sent and answers when told to. */
function recordingGeoparser() {
	const sent: string[][] = [];
	const answers: (() => void)[] = [];
	const geoparser: IngestGeoparser = {
		parse: (texts) => {
			sent.push(texts);
			return new Promise((resolve) => answers.push(() => resolve({ toponyms: texts.map(() => []), places: [] })));
		},
		lookup: () => undefined,
		countryName: () => null,
		attribution: [],
		close: async () => {}
	};
	return { geoparser, sent, answerAll: () => answers.splice(0).forEach((answer) => answer()) };
}

async function parts(size: number) {
	const { files } = await walkCorpus(join(root, 'corpus'));
	const list = [];
	for (let i = 0; i < files.length; i += size) list.push(files.slice(i, i + size));
	return list;
}

describe('the part pipeline', () => {
	it('has the next part with the geoparser before it hands over a part', async () => {
		const sent: string[][] = [];
		// answered at once: the first part is parsed long before the next one's files are read
		const geoparser: IngestGeoparser = { ...recordingGeoparser().geoparser, parse: async (texts) => (sent.push(texts), { toponyms: texts.map(() => []), places: [] }) };
		const pipeline = partPipeline(await parts(2), { maxFileBytes: 1 << 20, geoparser });
		const first = await pipeline.take(0, 1);
		expect(first.documents.map((d) => d.source.id)).toEqual(['doc-0', 'doc-1']);
		expect(sent.length).toBe(2);
		expect(sent[1]!.some((text) => text.includes('number 2'))).toBe(true);
	});

	it('sends the first parts before any is taken, in corpus order, and keeps ids taken across parts', async () => {
		const { geoparser, sent, answerAll } = recordingGeoparser();
		const list = await parts(2);
		const pipeline = partPipeline(list, { maxFileBytes: 1 << 20, geoparser });
		await pipeline.start(3);
		expect(sent.map((texts) => texts.map((t) => /number (\d)/.exec(t)?.[1]))).toEqual([
			['0', '1'],
			['2', '3'],
			['4', '5']
		]);
		answerAll();
		for (let index = 0; index < 3; index++) await pipeline.take(index, 1);
		const answering = setInterval(answerAll, 5);
		try {
			const last = await pipeline.take(3, 1);
			expect(last.documents).toEqual([]);
			expect(last.skipped.map((s) => s.reason)).toEqual(['duplicate document id "doc-0" (already used by doc-0.txt)']);
		} finally {
			clearInterval(answering);
		}
	});
});

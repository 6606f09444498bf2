import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Toponym } from '../../lib/contracts.ts';
import { geoparseJsonLines } from './geoparse-jsonl.ts';

/** Runs the JSON-lines loop over `input` with a parser that finds nothing, and returns what it wrote. */
async function run(input: Buffer): Promise<{ status: number; out: string[]; errors: string }> {
	const output = new PassThrough();
	const errors = new PassThrough();
	const chunks: string[] = [];
	const errorChunks: string[] = [];
	output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
	errors.on('data', (chunk: Buffer) => errorChunks.push(chunk.toString('utf8')));
	const texts: string[] = [];
	const status = await geoparseJsonLines(Readable.from([input]), output, errors, (text): Toponym[] => (texts.push(text), []));
	return { status, out: texts, errors: errorChunks.join('') };
}

describe('geoparse --jsonl input', () => {
	it('reads a file saved with a byte-order mark and CRLF line ends', async () => {
		const lines = ['{"id":"a","text":"Rain over Ganja."}', '{"id":"b","text":"Fog in Lankaran."}'];
		const { status, out, errors } = await run(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n')]));
		expect(errors).toBe('');
		expect(status).toBe(0);
		expect(out).toEqual(['Rain over Ganja.', 'Fog in Lankaran.']);
	});

	it('keeps a byte-order mark anywhere but the start of the input as a bad line', async () => {
		const { status, errors } = await run(Buffer.from('{"id":"a","text":"x"}\n\uFEFF{"id":"b","text":"y"}\n'));
		expect(errors).toContain('line 2: not JSON');
		expect(status).toBe(3);
	});
});

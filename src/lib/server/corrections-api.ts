// The explorer's write path: list, preview, apply and revert corrections. Every write must come from
// a page of this server (the guard checks Origin) and carry the token this server made at start (a
// page can read it only from this origin). An edit is checked by running ingest on the next file
// content — with the cache only aggregation reruns — and saved only when that succeeded, so a bad
// write changes neither the file nor the map.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { DocumentFull, DocumentSummary } from '../contracts.ts';
import { InputFileError } from '../corpus/input-error.ts';
import { previewCorrection, type PreviewDocument } from '../places/apply-corrections.ts';
import { correctionEntry, describeCorrection, parseCorrection, type Correction } from '../places/correction-format.ts';
import { CorrectionConflictError, editCorrections, readCorrectionsText, type CorrectionEdit } from '../places/correction-edit.ts';
import { writeFileAtomic } from './atomic.ts';
import type { Route } from './http-guard.ts';

export const TOKEN_HEADER = 'x-gazette-token';
const MAX_BODY_BYTES = 1_000_000;

export interface CorrectionsWriter {
	/** the ingest output the explorer shows */
	outDir: string;
	/** where corrections are saved (created on the first one) */
	correctionsFile: string;
	/** runs ingest with this corrections text; throws InputFileError for a bad correction */
	reapply(correctionsText: string): Promise<{ corrections: { changed: number }[] }>;
	author?: string | null;
}

class RequestError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
	if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) throw new RequestError(415, 'send JSON (Content-Type: application/json)');
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_BODY_BYTES) throw new RequestError(413, `the request is larger than ${MAX_BODY_BYTES.toLocaleString('en')} bytes`);
		chunks.push(chunk);
	}
	let body: unknown;
	try {
		body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		throw new RequestError(400, 'the request is not valid JSON');
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RequestError(400, 'the request must be a JSON object');
	return body as Record<string, unknown>;
}

async function readText(file: string): Promise<string> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
		throw error;
	}
}

/** The documents as the explorer shows them now, for previews. */
async function* shownDocuments(outDir: string): AsyncGenerator<PreviewDocument> {
	const summaries = JSON.parse(await readFile(join(outDir, 'documents.json'), 'utf8')) as DocumentSummary[];
	for (const summary of summaries) {
		const full = JSON.parse(await readFile(join(outDir, 'docs', `${summary.file}.json`), 'utf8')) as DocumentFull;
		yield { id: full.id, text: full.text, mentions: full.mentions };
	}
}

async function preview(outDir: string, correction: Correction): Promise<{ mentions: number; documents: number }> {
	const totals = { mentions: 0, documents: 0 };
	for await (const document of shownDocuments(outDir)) {
		const counts = previewCorrection(correction, [document]);
		totals.mentions += counts.mentions;
		totals.documents += counts.documents;
	}
	return totals;
}

export function correctionsRoutes(writer: CorrectionsWriter): Route[] {
	const token = randomBytes(24).toString('base64url');
	const expected = Buffer.from(token);
	// one edit at a time: the revision check and the save must not interleave
	let queue: Promise<unknown> = Promise.resolve();
	const serially = <T>(task: () => Promise<T>): Promise<T> => {
		const next = queue.then(task, task);
		queue = next.catch(() => undefined);
		return next;
	};

	const list = async () => {
		const file = readCorrectionsText(await readText(writer.correctionsFile));
		return { revision: file.revision, corrections: file.corrections.map((c) => ({ ...correctionEntry(c), description: describeCorrection(c) })) };
	};

	const write = (handle: (body: Record<string, unknown>) => Promise<unknown>): Route['handle'] => {
		return async (req, res) => {
			try {
				const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
				if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new RequestError(403, 'forbidden: missing or wrong token');
				sendJson(res, 200, await handle(await readBody(req)));
			} catch (error) {
				if (error instanceof RequestError) sendJson(res, error.status, { error: error.message });
				else if (error instanceof CorrectionConflictError) sendJson(res, 409, { error: error.message });
				else if (error instanceof InputFileError) sendJson(res, 400, { error: error.message });
				else throw error;
			}
		};
	};

	const edit = (body: Record<string, unknown>, change: CorrectionEdit) =>
		serially(async () => {
			if (typeof body.revision !== 'string') throw new RequestError(400, 'say which "revision" of the corrections the edit was made on');
			const before = await readText(writer.correctionsFile);
			const newId = `c${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
			const next = editCorrections(before, change, { expectedRevision: body.revision, time: new Date().toISOString(), newId, author: writer.author ?? null });
			if (change.kind === 'add') {
				const counts = await preview(writer.outDir, next.correction);
				if (counts.mentions === 0) throw new RequestError(400, `${describeCorrection(next.correction)} changes no mention on the map; choose another scope`);
			}
			await writer.reapply(next.text);
			await writeFileAtomic(writer.correctionsFile, next.text);
			return { ...(await list()), correction: { ...correctionEntry(next.correction), description: describeCorrection(next.correction) } };
		});

	return [
		{
			prefix: '/api/corrections',
			handle: async (_req, res) => {
				try {
					sendJson(res, 200, { writable: true, token, ...(await list()) });
				} catch (error) {
					// a hand edit broke the file: say so, write nothing until it is fixed
					if (error instanceof InputFileError) sendJson(res, 409, { writable: false, error: `${writer.correctionsFile}: ${error.message}` });
					else throw error;
				}
			}
		},
		{
			prefix: '/api/corrections/preview',
			methods: ['POST'],
			handle: write(async (body) => preview(writer.outDir, parseCorrection({ ...(body.correction as object), id: undefined }, 0)))
		},
		{ prefix: '/api/corrections/apply', methods: ['POST'], handle: write((body) => edit(body, { kind: 'add', correction: body.correction })) },
		{
			prefix: '/api/corrections/revert',
			methods: ['POST'],
			handle: write((body) => {
				if (typeof body.id !== 'string') throw new RequestError(400, 'say which correction to revert ("id")');
				return edit(body, { kind: 'revert', id: body.id });
			})
		}
	];
}

// What every write route of the local server shares (corrections, topics): a token this server made
// at start, which a page can read only from this origin (the guard in http-guard.ts already turned
// away other origins), JSON bodies of bounded size, one write at a time across all routes (each reruns
// ingest on the same output), and errors answered as { error } with a status, never a stack.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InputFileError } from '../corpus/input-error.ts';
import { TOKEN_HEADER } from '../contracts.ts';
import type { Route } from './http-guard.ts';
import { OutputBusyError, withOutputLock } from './output-lock.ts';

export { TOKEN_HEADER };
const MAX_BODY_BYTES = 1_000_000;

export class RequestError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
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

export interface WriteGuard {
	/** handed to the page by the routes' GET answers; every write must send it back in TOKEN_HEADER */
	readonly token: string;
	/** runs writes one after another, so a revision check and its save never interleave with another write */
	serially<T>(task: () => Promise<T>): Promise<T>;
	/** a POST handler: token checked, body read, the answer (or the error's status) sent as JSON */
	/** `later` queues work to start once the answer is sent (a long synchronous task would hold it back) */
	write(handle: (body: Record<string, unknown>, later: (task: () => void) => void) => Promise<unknown>, statusOf?: (error: unknown) => number | undefined): Route['handle'];
}

/** A server's writes wait this long for `gazette publish` or `export` reading the same output. */
const LOCK_WAIT_MS = 3000;

/** One per server: every write route of that server takes the same token and the same queue; with
 * `outDir`, each write also holds the output's lock (output-lock.ts) against publish and export. */
export function createWriteGuard(outDir?: string): WriteGuard {
	const token = randomBytes(24).toString('base64url');
	const expected = Buffer.from(token);
	let queue: Promise<unknown> = Promise.resolve();
	return {
		token,
		serially(task) {
			const next = queue.then(task, task);
			queue = next.catch(() => undefined);
			return next;
		},
		write(handle, statusOf) {
			return async (req, res) => {
				try {
					const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
					if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new RequestError(403, 'forbidden: missing or wrong token');
					const body = await readBody(req);
					const after: (() => void)[] = [];
					const later = (task: () => void) => void after.push(task);
					const locked = outDir ? withOutputLock(outDir, { holder: 'gazette serve', waitMs: LOCK_WAIT_MS }, () => handle(body, later)) : handle(body, later);
					sendJson(res, 200, await locked);
					for (const task of after) task();
				} catch (error) {
					const status = error instanceof RequestError ? error.status : error instanceof OutputBusyError ? 409 : (statusOf?.(error) ?? (error instanceof InputFileError ? 400 : undefined));
					if (status === undefined) throw error;
					sendJson(res, status, { error: (error as Error).message });
				}
			};
		}
	};
}

// How the store API answers: never cached by the browser (answers follow the store's version), gzipped
// when the client takes it and the body is worth it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AnswerBody } from './answer-cache.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

const worthCompressing = (payload: Buffer) => payload.length > 1024;
const takesGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

/** A body ready to send to any client: as it is, and gzipped when worth it. */
export function answerBody(body: unknown): AnswerBody {
	const json = Buffer.from(JSON.stringify(body));
	return { json, gzip: worthCompressing(json) ? gzipSync(json, { level: 4 }) : null };
}

/** Sends a prepared JSON body with `status`. */
export function sendAnswerBody(req: IncomingMessage, res: ServerResponse, status: number, body: AnswerBody): void {
	const zipped = body.gzip && takesGzip(req) ? body.gzip : null;
	send(req, res, status, zipped ?? body.json, JSON_TYPE, zipped !== null);
}

/** Sends `payload` as `contentType` with `status`; a HEAD request gets the headers only. */
export function sendPayload(req: IncomingMessage, res: ServerResponse, status: number, payload: Buffer, contentType: string): void {
	const zip = worthCompressing(payload) && takesGzip(req);
	send(req, res, status, zip ? gzipSync(payload, { level: 4 }) : payload, contentType, zip);
}

function send(req: IncomingMessage, res: ServerResponse, status: number, payload: Buffer, contentType: string, gzipped: boolean): void {
	const headers: Record<string, string> = { 'Content-Type': contentType, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
	if (gzipped) headers['Content-Encoding'] = 'gzip';
	headers['Content-Length'] = String(payload.length);
	res.writeHead(status, headers);
	res.end(req.method === 'HEAD' ? undefined : payload);
}

/** Sends `body` as JSON. */
export function sendJsonBody(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
	sendPayload(req, res, status, Buffer.from(JSON.stringify(body)), JSON_TYPE);
}

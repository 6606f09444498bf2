// How the store API answers: never cached by the browser (answers follow the store's version), gzipped
// when the client takes it and the body is worth it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** Sends `payload` as `contentType` with `status`; a HEAD request gets the headers only. */
export function sendPayload(req: IncomingMessage, res: ServerResponse, status: number, payload: Buffer, contentType: string): void {
	const headers: Record<string, string> = { 'Content-Type': contentType, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
	if (payload.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
		payload = gzipSync(payload, { level: 4 });
		headers['Content-Encoding'] = 'gzip';
	}
	headers['Content-Length'] = String(payload.length);
	res.writeHead(status, headers);
	res.end(req.method === 'HEAD' ? undefined : payload);
}

/** Sends `body` as JSON. */
export function sendJsonBody(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
	sendPayload(req, res, status, Buffer.from(JSON.stringify(body)), 'application/json; charset=utf-8');
}

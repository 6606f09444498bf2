// One JSON request against a test server: the status and the parsed body (or the raw text under
// `text` when the answer is not JSON, so a failing test shows what came back).
import { request } from 'node:http';

export interface Reply {
	status: number;
	body: Record<string, unknown>;
}

export interface CallOptions {
	body?: unknown;
	headers?: Record<string, string>;
}

export function callJson(port: number, method: string, path: string, options: CallOptions = {}): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
		const headers = { ...(payload ? { 'Content-Type': 'application/json' } : {}), ...options.headers };
		const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
			let text = '';
			res.on('data', (chunk) => (text += chunk));
			res.on('end', () => {
				let body: Record<string, unknown>;
				try {
					body = JSON.parse(text) as Record<string, unknown>;
				} catch {
					body = { text };
				}
				resolve({ status: res.statusCode ?? 0, body });
			});
		});
		req.on('error', reject);
		req.end(payload);
	});
}

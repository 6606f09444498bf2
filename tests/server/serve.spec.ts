// The data side of the explorer's server, without a browser: what it serves and what it refuses.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';

let server: RunningServer;
const outDir = mkdtempSync(join(tmpdir(), 'gazette-serve-'));
const appDir = mkdtempSync(join(tmpdir(), 'gazette-app-'));

/** A raw GET, so paths like /data/../x reach the server unnormalised. */
function get(path: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ schemaVersion: 1 }));
	mkdirSync(join(outDir, '.cache'));
	writeFileSync(join(outDir, '.cache', 'ingest-cache.json'), '{"corpusDir":"/home/someone/private"}');
	writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
	server = await startServer({ outDir, appDir, port: 0 });
});

afterAll(async () => {
	await server?.close();
});

describe('the explorer server', () => {
	it('binds to localhost and serves the ingest output under /data', async () => {
		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
		const manifest = await get('/data/manifest.json');
		expect(manifest.status).toBe(200);
		expect(JSON.parse(manifest.body)).toEqual({ schemaVersion: 1 });
	});

	it('never serves the ingest cache or other dot files', async () => {
		for (const path of ['/data/.cache/ingest-cache.json', '/data/%2Ecache/ingest-cache.json']) {
			const response = await get(path);
			expect(response.status, path).toBe(404);
			expect(response.body).not.toContain('/home/someone');
		}
	});

	it('refuses paths that climb out of the output folder', async () => {
		for (const path of ['/data/../package.json', '/data/%2e%2e/%2e%2e/etc/passwd', '/data/..%2f..%2fetc%2fpasswd']) {
			const response = await get(path);
			expect([400, 403, 404], path).toContain(response.status);
			expect(response.body).not.toContain('root:');
		}
		expect((await get('/data/%E0%A4%A')).status).toBe(400);
	});
});

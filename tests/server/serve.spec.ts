// The data side of the explorer's server, without a browser: what it serves and what it refuses.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctionsPendingPath } from '../../src/lib/server/ingest/cache.ts';
import { ON_DEMAND_MESSAGE, startServer, type RunningServer } from '../../src/lib/server/serve.ts';

let server: RunningServer;
const APP_HASH = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const EMBED_HASH = "'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='";
const APP_META_POLICY = `default-src 'self'; script-src 'self' ${APP_HASH}; style-src 'self' 'unsafe-inline'; object-src 'none'`;
const outDir = mkdtempSync(join(tmpdir(), 'gazette-serve-'));
const appDir = mkdtempSync(join(tmpdir(), 'gazette-app-'));

interface Response {
	status: number;
	body: string;
	headers: import('node:http').IncomingHttpHeaders;
}

/** A raw GET, so paths like /data/../x reach the server unnormalised; `host` sets the Host header. */
function get(path: string, host?: string): Promise<Response> {
	return new Promise((resolve, reject) => {
		const headers = host === undefined ? {} : { Host: host };
		const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET', headers }, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ schemaVersion: 1, corpus: '/home/alice/Leaks-SourceX-Confidential' }));
	mkdirSync(join(outDir, '.cache'));
	writeFileSync(join(outDir, '.cache', 'ingest-cache.json'), '{"corpusDir":"/home/someone/private"}');
	// a symlink inside the served folder to a file outside it, one to a folder outside, one inside
	const outside = mkdtempSync(join(tmpdir(), 'gazette-outside-'));
	writeFileSync(join(outside, 'secret.txt'), 'root:x:0:0 secret');
	symlinkSync(join(outside, 'secret.txt'), join(outDir, 'passwd.json'));
	symlinkSync(outside, join(outDir, 'docs'));
	symlinkSync(join(outDir, 'manifest.json'), join(outDir, 'alias.json'));
	symlinkSync(join(outDir, '.cache', 'ingest-cache.json'), join(outDir, 'cache.json'));
	writeFileSync(join(appDir, 'index.html'), `<!doctype html><head><meta http-equiv="content-security-policy" content="${APP_META_POLICY}"></head><title>app</title>`);
	writeFileSync(join(appDir, 'embed.html'), `<!doctype html><head><meta http-equiv="content-security-policy" content="${APP_META_POLICY.replace(APP_HASH, EMBED_HASH)}"></head><title>embed</title>`);
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
		// an output written before display names: the page gets the folder's name, not the path
		expect(JSON.parse(manifest.body)).toEqual({ schemaVersion: 1, corpus: 'Leaks-SourceX-Confidential' });
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

describe('an output that makes its JSON files on demand', () => {
	it('answers 409 with what makes them for a missing file, 404 for anything else', async () => {
		const bigOut = mkdtempSync(join(tmpdir(), 'gazette-serve-big-'));
		writeFileSync(join(bigOut, 'manifest.json'), JSON.stringify({ schemaVersion: 1, corpus: 'big' }));
		const bigServer = await startServer({ outDir: bigOut, appDir, port: 0 });
		const at = (path: string) =>
			new Promise<Response>((resolve, reject) => {
				const req = request({ host: '127.0.0.1', port: bigServer.port, path }, (res) => {
					let body = '';
					res.on('data', (chunk) => (body += chunk));
					res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
				});
				req.on('error', reject);
				req.end();
			});
		try {
			// not marked: a missing file is just not found
			expect((await at('/data/places.geojson')).status).toBe(404);
			mkdirSync(join(bigOut, '.cache'));
			writeFileSync(correctionsPendingPath(bigOut), '{}');
			const missing = await at('/data/places.geojson');
			expect(missing.status).toBe(409);
			expect(missing.body).toBe(ON_DEMAND_MESSAGE);
			expect(missing.body).not.toContain(bigOut);
			// dot files stay hidden, marked or not
			expect((await at('/data/.cache/nothing.json')).status).toBe(404);
			expect((await at('/data/manifest.json')).status).toBe(200);
		} finally {
			await bigServer.close();
		}
	});
});

describe('the explorer server trusts no other site', () => {
	it('answers only the host names it bound (DNS rebinding)', async () => {
		const port = server.port;
		for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
			expect((await get('/data/manifest.json', host)).status, host).toBe(200);
		}
		for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.nip.io:${port}`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`]) {
			const response = await get('/data/manifest.json', host);
			expect(response.status, host).toBe(421);
			expect(response.body).not.toContain('schemaVersion');
			expect((await get('/', host)).status, host).toBe(421);
		}
	});

	it('answers a request without a Host header 421', async () => {
		const reply = await new Promise<string>((resolve, reject) => {
			const socket = connect(server.port, '127.0.0.1', () => socket.end('GET /data/manifest.json HTTP/1.0\r\n\r\n'));
			let text = '';
			socket.on('data', (chunk) => (text += chunk));
			socket.on('end', () => resolve(text));
			socket.on('error', reject);
		});
		expect(reply).toMatch(/^HTTP\/1\.[01] 421/);
	});

	it('lets other sites frame only /embed', async () => {
		const frameAncestors = (response: Response) => /frame-ancestors ([^;]+)/.exec(String(response.headers['content-security-policy']))?.[1];
		expect(frameAncestors(await get('/embed'))).toBe('*');
		for (const path of ['/', '/doc', '/doc?id=x', '/anything', '/data/manifest.json']) {
			const response = await get(path);
			expect(frameAncestors(response), path).toBe("'self'");
			expect(response.headers['x-frame-options'], path).toBe('SAMEORIGIN');
		}
	});

	it('allows no inline script but the hashes the pages declare', async () => {
		const policy = String((await get('/')).headers['content-security-policy']);
		const scriptSources = /script-src ([^;]+)/.exec(policy)![1]!.split(' ');
		expect(scriptSources).not.toContain("'unsafe-inline'");
		expect(scriptSources).toEqual(["'self'", EMBED_HASH, APP_HASH]);
		expect(policy).toContain("object-src 'none'");
	});

	it('serves no symlink that leads out of the output folder, nor into its dot folders', async () => {
		for (const path of ['/data/passwd.json', '/data/docs/secret.txt', '/data/cache.json']) {
			const response = await get(path);
			expect(response.status, path).toBe(404);
			expect(response.body).not.toMatch(/secret|home\/someone/);
		}
		expect(JSON.parse((await get('/data/alias.json')).body)).toMatchObject({ schemaVersion: 1 });
	});

	it('refuses to bind an empty host name', async () => {
		await expect(startServer({ outDir, appDir, port: 0, host: '' })).rejects.toThrow(/empty/);
	});
});

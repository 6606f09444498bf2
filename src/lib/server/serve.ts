// Serves the built explorer (build/app) and maps /data/* to an ingest output folder.
// Plain Node http + sirv; data files are gzipped on the fly (cached by mtime) and never cached by the
// browser without revalidation, since `gazette explore` may rewrite them.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { PACKAGE_ROOT } from './paths.ts';

export const APP_DIR = join(PACKAGE_ROOT, 'build', 'app');
export const DEFAULT_PORT = 5177;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions {
	/** the ingest output folder */
	outDir: string;
	port?: number;
	host?: string;
	appDir?: string;
}

export interface RunningServer {
	url: string;
	port: number;
	close(): Promise<void>;
}

/** Builds the app with Vite when build/app is missing (a fresh clone), so `npm start` just works. */
export async function ensureApp(log: (message: string) => void = () => {}, appDir = APP_DIR): Promise<void> {
	if (existsSync(join(appDir, 'index.html'))) return;
	log('Building the explorer app (first run, about a minute)…');
	const { build } = await import('vite');
	await build({ root: PACKAGE_ROOT, configFile: join(PACKAGE_ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
	if (!existsSync(join(appDir, 'index.html'))) throw new Error(`the app build did not produce ${join(appDir, 'index.html')}`);
}

const TYPES: Record<string, string> = {
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Content-Security-Policy':
		"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *"
};

function dataHandler(outDir: string) {
	const root = resolve(outDir);
	const gzipped = new Map<string, { key: string; body: Buffer }>();
	return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
		let file: string;
		try {
			file = resolve(root, decodeURIComponent(path));
		} catch {
			res.writeHead(400).end('bad path');
			return;
		}
		if (!file.startsWith(root + sep)) {
			res.writeHead(403).end('forbidden');
			return;
		}
		// dot folders (the ingest cache, with absolute paths in it) are not part of what is served
		const hidden = file.slice(root.length + 1).split(sep).some((segment) => segment.startsWith('.'));
		const info = hidden ? null : await stat(file).catch(() => null);
		if (!info?.isFile()) {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
			return;
		}
		const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
		const headers: Record<string, string> = {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': 'no-cache',
			ETag: etag,
			Vary: 'Accept-Encoding'
		};
		if (req.headers['if-none-match'] === etag) {
			res.writeHead(304, headers).end();
			return;
		}
		let body: Buffer = await readFile(file);
		if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 1024) {
			const hit = gzipped.get(file);
			if (hit?.key === etag) body = hit.body;
			else {
				const compressed = gzipSync(body, { level: 6 });
				gzipped.set(file, { key: etag, body: compressed });
				body = compressed;
			}
			headers['Content-Encoding'] = 'gzip';
		}
		headers['Content-Length'] = String(body.length);
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	};
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
	const appDir = options.appDir ?? APP_DIR;
	const app = sirv(appDir, {
		single: true,
		gzip: true,
		brotli: true,
		etag: true,
		setHeaders(res, pathname) {
			if (pathname.includes('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			else res.setHeader('Cache-Control', 'no-cache');
		}
	});
	const data = dataHandler(options.outDir);
	const server = createServer((req, res) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const pathname = (req.url ?? '/').split('?')[0]!;
		if (pathname.startsWith('/data/')) {
			data(req, res, pathname.slice('/data/'.length)).catch((error: unknown) => {
				if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
				res.end(String(error));
			});
			return;
		}
		app(req, res, () => {
			res.writeHead(404).end('not found');
		});
	});
	const host = options.host ?? DEFAULT_HOST;
	await new Promise<void>((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? DEFAULT_PORT, host, () => {
			server.off('error', reject);
			resolvePromise();
		});
	});
	const { port } = server.address() as AddressInfo;
	const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
	return {
		url: `http://${shownHost}:${port}/`,
		port,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

// Serves the built explorer (build/app) and maps /data/* to an ingest output folder.
// Plain Node http + sirv; data files are gzipped on the fly (cached by mtime) and never cached by the
// browser without revalidation, since `gazette explore` may rewrite them.
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import type { Manifest } from '../contracts.ts';
import { publicManifest } from '../share/display-name.ts';
import { apiRoute } from './api/index.ts';
import type { StoreHandle } from './api/store-handle.ts';
import { correctionsRoutes, readOnlyCorrectionsRoute, type CorrectionsWriter } from './corrections-api.ts';
import { appPolicy, guardedHandler, type Route } from './http-guard.ts';
import { readOnlyTopicsRoute, topicsRoutes } from './topics-api.ts';
import type { TopicsWriter } from './topics-writer.ts';
import { createWriteGuard } from './write-guard.ts';
import { correctionsPendingPath } from './ingest/cache.ts';
import { PACKAGE_ROOT } from './paths.ts';
import { buildFromPackageRoot } from './vite-build.ts';

export const APP_DIR = join(PACKAGE_ROOT, 'build', 'app');
export const DEFAULT_PORT = 5177;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions {
	/** the ingest output folder */
	outDir: string;
	port?: number;
	host?: string;
	appDir?: string;
	/** where corrections are written; without it the server has no write routes (read-only) */
	corrections?: CorrectionsWriter | null;
	/** where the topic panel saves the shaped topics; without it the panel is not offered */
	topics?: TopicsWriter | null;
	/** answer the API from this store (`--store`; `fixedStore` for a given one) instead of the output folder's gazette.sqlite */
	store?: StoreHandle;
	/** told about a request that failed (the response only says "internal error") */
	onError?: (error: unknown, url: string) => void;
}

export interface RunningServer {
	url: string;
	port: number;
	/** the store's first-view answers and read-ahead worked out (a benchmark times a server that has started, as a reader's has) */
	readonly warmed: Promise<void>;
	close(): Promise<void>;
}

/** Builds the app with Vite when build/app is missing (a fresh clone), so `npm start` just works. */
export async function ensureApp(log: (message: string) => void = () => {}, appDir = APP_DIR): Promise<void> {
	if (existsSync(join(appDir, 'index.html'))) return;
	log('Building the explorer app (first run, about a minute)…');
	await buildFromPackageRoot('vite.config.ts');
	if (!existsSync(join(appDir, 'index.html'))) throw new Error(`the app build did not produce ${join(appDir, 'index.html')}`);
}

const TYPES: Record<string, string> = {
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

function publicManifestBytes(body: Buffer): Buffer {
	try {
		return Buffer.from(JSON.stringify(publicManifest(JSON.parse(body.toString('utf8')) as Manifest), null, '\t'));
	} catch {
		return body;
	}
}

/** What a page asking for a JSON file of an output that makes them on demand is told. */
export const ON_DEMAND_MESSAGE = 'this output makes its JSON files on demand (a corpus of 5,000 documents or more): run `gazette publish` or `gazette export` on the output folder to make them';

/** The ingest output under /data/: only regular files whose real path lies inside the folder's. */
function dataRoute(outDir: string): Route {
	const root = resolve(outDir);
	let realRoot: Promise<string> | null = null;
	const gzipped = new Map<string, { key: string; body: Buffer }>();
	return {
		prefix: '/data/',
		async handle(req, res, pathname) {
			let file: string;
			try {
				file = resolve(root, decodeURIComponent(pathname.slice('/data/'.length)));
			} catch {
				res.writeHead(400).end('bad path');
				return;
			}
			if (!file.startsWith(root + sep)) {
				res.writeHead(403).end('forbidden');
				return;
			}
			realRoot ??= realpath(root);
			const base = await realRoot;
			// a symlink inside the folder may point anywhere (/etc/passwd): judge where it really leads
			const real = await realpath(file).catch(() => null);
			const inside = real !== null && real.startsWith(base + sep);
			// dot folders (the ingest cache, with absolute paths in it) are not part of what is served
			const relative = inside ? real.slice(base.length + 1) : '';
			// nor is the store: the explorer asks the API, which answers only what it is asked
			const hidden = !inside || relative.split(sep).some((segment) => segment.startsWith('.')) || relative.startsWith('gazette.sqlite');
			const info = hidden ? null : await stat(real).catch(() => null);
			if (!info?.isFile()) {
				// a big corpus's JSON files are made on demand: the page can say what makes them
				const missing = real === null && !file.slice(root.length + 1).split(sep).some((segment) => segment.startsWith('.'));
				if (missing && existsSync(correctionsPendingPath(root))) {
					res.writeHead(409, { 'Content-Type': 'text/plain; charset=utf-8' }).end(ON_DEMAND_MESSAGE);
					return;
				}
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
			let body: Buffer = await readFile(real!);
			// outputs written before display names carry the corpus path: the page gets the name only
			if (real!.slice(base.length + 1) === 'manifest.json') body = publicManifestBytes(body);
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
		}
	};
}

/** The built explorer app; unknown paths get index.html (the app routes on the client). */
function appRoute(appDir: string): Route {
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
	return {
		prefix: '/',
		handle(req, res) {
			app(req, res, () => {
				res.writeHead(404).end('not found');
			});
		}
	};
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
	const appDir = options.appDir ?? APP_DIR;
	const host = options.host ?? DEFAULT_HOST;
	if (host.trim() === '') throw new Error('the host to bind is empty');
	// every route sits behind the same checks (http-guard.ts); the guard needs the port actually bound
	// the store API answers every other /api/ path (404 for unknown ones), after the corrections routes
	const api = apiRoute(options.outDir, options.store);
	// one token and one write queue for every write route of this server; writes to an output folder
	// hold its lock (publish and export read it meanwhile), not those to a shared store
	const guard = createWriteGuard(options.store ? undefined : options.outDir);
	const writes = [...(options.corrections ? correctionsRoutes(options.corrections, guard, { view: (params) => api.view(params) }) : [readOnlyCorrectionsRoute()]), ...(options.topics ? topicsRoutes(options.topics, guard) : [readOnlyTopicsRoute()])];
	const routes: Route[] = [dataRoute(options.outDir), ...writes, api, appRoute(appDir)];
	const policy = appPolicy(appDir);
	let handle: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
	const server = createServer((req, res) => handle!(req, res));
	await new Promise<void>((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? DEFAULT_PORT, host, () => {
			server.off('error', reject);
			resolvePromise();
		});
	});
	const { port } = server.address() as AddressInfo;
	handle = guardedHandler(routes, {
		boundHost: host,
		port,
		policy,
		onError: (error, req) => options.onError?.(error, req.url ?? '')
	});
	const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
	return {
		url: `http://${shownHost}:${port}/`,
		port,
		get warmed() {
			return api.warmed;
		},
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => void api.close().then(done));
			})
	};
}

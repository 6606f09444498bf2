// GET /api/tiles/{z}/{x}/{y}.mvt?<the explorer's URL filters>: the places of one map tile as a vector
// tile, made by PostGIS (ST_AsMVT) on the shared store; the embedded store has none (404, the explorer
// keeps its clustered GeoJSON there). Answers follow the store's version: never cached by the browser.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { TileRequestError } from '../../store/postgres/tiles.ts';
import type { QueryFilters, Store } from '../../store/types.ts';

export const TILE_ROUTE = /^tiles\/(\d{1,2})\/(\d{1,8})\/(\d{1,8})\.mvt$/;

function fail(res: ServerResponse, status: number, error: string): void {
	const body = JSON.stringify({ error });
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-cache' });
	res.end(body);
}

/** Answers a `tiles/…` route (`route` is the path after /api/). */
export async function sendTile(req: IncomingMessage, res: ServerResponse, store: Store | null, route: string, filters: QueryFilters): Promise<void> {
	const match = TILE_ROUTE.exec(route);
	if (!match) return fail(res, 404, 'tiles are /api/tiles/{z}/{x}/{y}.mvt');
	if (!store?.placeTile) return fail(res, 404, 'vector tiles come from the PostgreSQL store (--store postgres://…)');
	let tile: Uint8Array;
	try {
		tile = await store.placeTile(filters, Number(match[1]), Number(match[2]), Number(match[3]));
	} catch (error) {
		if (error instanceof TileRequestError) return fail(res, 400, error.message);
		throw error;
	}
	let payload = Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength);
	const headers: Record<string, string> = { 'Content-Type': 'application/vnd.mapbox-vector-tile', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
	if (payload.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
		payload = gzipSync(payload, { level: 4 });
		headers['Content-Encoding'] = 'gzip';
	}
	headers['Content-Length'] = String(payload.length);
	res.writeHead(200, headers);
	res.end(req.method === 'HEAD' ? undefined : payload);
}

// GET /api/tiles/{z}/{x}/{y}.mvt?<the explorer's URL filters>: the places of one map tile as a vector
// tile, made by PostGIS (ST_AsMVT) on the shared store; the embedded store has none (404, the explorer
// keeps its clustered GeoJSON there). Answers follow the store's version: never cached by the browser.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TileRequestError } from '../../store/postgres/tiles.ts';
import type { QueryFilters, Store } from '../../store/types.ts';
import { sendJsonBody, sendPayload } from './respond.ts';

export const TILE_ROUTE = /^tiles\/(\d{1,2})\/(\d{1,8})\/(\d{1,8})\.mvt$/;

/** Answers a `tiles/…` route (`route` is the path after /api/). */
export async function sendTile(req: IncomingMessage, res: ServerResponse, store: Store | null, route: string, filters: QueryFilters): Promise<void> {
	const match = TILE_ROUTE.exec(route);
	if (!match) return sendJsonBody(req, res, 404, { error: 'tiles are /api/tiles/{z}/{x}/{y}.mvt' });
	if (!store?.placeTile) return sendJsonBody(req, res, 404, { error: 'vector tiles come from the PostgreSQL store (--store postgres://…)' });
	let tile: Uint8Array;
	try {
		tile = await store.placeTile(filters, Number(match[1]), Number(match[2]), Number(match[3]));
	} catch (error) {
		if (error instanceof TileRequestError) return sendJsonBody(req, res, 400, { error: error.message });
		throw error;
	}
	sendPayload(req, res, 200, Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength), 'application/vnd.mapbox-vector-tile');
}

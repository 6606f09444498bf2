// Vector tiles of the explorer's places straight from PostGIS (ST_AsMVT): one layer `places`, each
// feature a place's shape or point clipped to the tile, with its id, name, kind and the documents and
// mentions of it under the filters. Unfiltered tiles read the places' stored totals; a filter's counts
// come from the store's own (cached) place query, so a tile shows what the list and counts show.
import type pg from 'pg';
import type { QueryFilters, StoreQueries } from '../types.ts';
import { run } from './safe.ts';

/** Tile extent in MVT units, and the buffer around it (points near an edge are drawn on both sides). */
const EXTENT = 4096;
const BUFFER = 64;
export const MAX_TILE_ZOOM = 22;

export class TileRequestError extends Error {}

const unfiltered = (f: QueryFilters) => f.topics.length === 0 && f.kinds.length === 0 && !f.from && !f.to && !f.doc && !f.q && !f.text;

/** The tile z/x/y as an MVT (empty: no place in it). */
export async function placeTile(pool: pg.Pool, queries: StoreQueries, filters: QueryFilters, z: number, x: number, y: number): Promise<Uint8Array> {
	if (!Number.isInteger(z) || z < 0 || z > MAX_TILE_ZOOM) throw new TileRequestError(`zoom must be a whole number from 0 to ${MAX_TILE_ZOOM}`);
	const size = 2 ** z;
	if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= size || y >= size) throw new TileRequestError(`x and y must be whole numbers below ${size} at zoom ${z}`);
	// the places with their counts: the table's own totals, or the filter's rows
	let counts = 'SELECT key AS place, document_count AS documents, mention_count AS mentions FROM places';
	const params: unknown[] = [z, x, y];
	if (!unfiltered(filters)) {
		const { places } = await queries.places(filters, 'documents', 0, Number.MAX_SAFE_INTEGER);
		counts = 'SELECT p.key AS place, t.documents, t.mentions FROM unnest($4::text[], $5::int[], $6::int[]) AS t (id, documents, mentions) JOIN places p ON p.id = t.id';
		params.push(
			places.map((p) => p.id),
			places.map((p) => p.documentCount),
			places.map((p) => p.mentionCount)
		);
	}
	const sql = `WITH bounds AS (SELECT ST_TileEnvelope($1, $2, $3) AS box, ST_Transform(ST_TileEnvelope($1, $2, $3, margin => ${BUFFER / EXTENT}), 4326) AS area),
	  counts AS (${counts})
	  SELECT ST_AsMVT(tile, 'places', ${EXTENT}, 'geom') AS mvt FROM (
	    SELECT ST_AsMVTGeom(ST_Transform(p.geom, 3857), bounds.box, ${EXTENT}, ${BUFFER}, true) AS geom, p.id, p.name, p.kind, c.documents, c.mentions
	    FROM counts c JOIN places p ON p.key = c.place, bounds
	    WHERE c.documents > 0 AND p.geom && bounds.area
	  ) AS tile WHERE tile.geom IS NOT NULL`;
	const row = (await run<{ mvt: Buffer | null }>(pool, sql, params)).rows[0];
	return row?.mvt ?? new Uint8Array(0);
}

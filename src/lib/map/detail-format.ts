// The detail basemap archive (server/detail-tiles.ts writes it, map/detail-tiles.ts reads it):
// "GZD1", the index length as a little-endian uint32, the index as JSON, then gzipped vector tiles.

export const DETAIL_MAGIC = 'GZD1';
export const DETAIL_MIN_ZOOM = 4;
export const DETAIL_MAX_ZOOM = 7;
/** From this zoom on the map draws the 1:10m layers instead of the 1:110m ones. */
export const DETAIL_FROM_ZOOM = 4.5;

export interface DetailIndex {
	minzoom: number;
	maxzoom: number;
	/** "z/x/y" → [offset after the index, length] */
	tiles: Record<string, [number, number]>;
}

export const tileKey = (z: number, x: number, y: number) => `${z}/${x}/${y}`;

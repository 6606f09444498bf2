// Reads the detail basemap archive (detail-format.ts) for MapLibre through the `gazette-detail://`
// protocol: the index once, then each tile with an HTTP range request to the same local file, gunzipped
// here. A server that ignores ranges sends the whole file once, and the tiles are cut from it.
import { addProtocol, type FilterSpecification, type LayerSpecification, type SourceSpecification, type StyleSpecification } from 'maplibre-gl';
import archiveUrl from './basemap-data/detail.tiles?url';
import { DETAIL_FROM_ZOOM, DETAIL_MAGIC, DETAIL_MAX_ZOOM, DETAIL_MIN_ZOOM, tileKey, type DetailIndex } from './detail-format.ts';
import type { BaseColors } from './theme.ts';
import { cityFilter, FONT, settlementDots, settlementLabels } from './basemap.ts';
import { perFeature } from './shared-programs.ts';

const PROTOCOL = 'gazette-detail';

interface Archive {
	index: DetailIndex;
	/** where the tiles start in the file */
	base: number;
	/** the whole file, when the server sent it all */
	whole: ArrayBuffer | null;
}

let archive: Promise<Archive> | null = null;

async function range(url: string, start: number, end: number): Promise<{ bytes: ArrayBuffer; whole: boolean }> {
	const response = await fetch(url, { headers: { Range: `bytes=${start}-${end - 1}` } });
	if (!response.ok) throw new Error(`could not read the detail basemap (HTTP ${response.status})`);
	return { bytes: await response.arrayBuffer(), whole: response.status === 200 };
}

async function openArchive(url: string): Promise<Archive> {
	const head = await range(url, 0, 8);
	const view = new DataView(head.bytes);
	if (new TextDecoder('latin1').decode(head.bytes.slice(0, 4)) !== DETAIL_MAGIC) throw new Error('the detail basemap file is not a gazette archive');
	const length = view.getUint32(4, true);
	const base = 8 + length;
	const indexBytes = head.whole ? head.bytes.slice(8, base) : (await range(url, 8, base)).bytes;
	return { index: JSON.parse(new TextDecoder().decode(indexBytes)) as DetailIndex, base, whole: head.whole ? head.bytes : null };
}

async function gunzip(bytes: ArrayBuffer): Promise<ArrayBuffer> {
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Response(stream).arrayBuffer();
}

async function loadTile(url: string, z: number, x: number, y: number): Promise<ArrayBuffer> {
	archive ??= openArchive(url);
	archive.catch(() => (archive = null));
	const { index, base, whole } = await archive;
	const entry = index.tiles[tileKey(z, x, y)];
	if (!entry) return new ArrayBuffer(0);
	const [offset, length] = entry;
	const bytes = whole ? whole.slice(base + offset, base + offset + length) : (await range(url, base + offset, base + offset + length)).bytes;
	return gunzip(bytes);
}

let registered = false;

/** The detail source; registers the protocol on first use. */
export function detailSource(): SourceSpecification {
	const url = new URL(archiveUrl, window.location.href).href;
	if (!registered) {
		registered = true;
		addProtocol(PROTOCOL, async (params) => {
			const [z, x, y] = params.url.slice(PROTOCOL.length + 3).split('/').map(Number) as [number, number, number];
			return { data: await loadTile(url, z, x, y) };
		});
	}
	return { type: 'vector', tiles: [`${PROTOCOL}://{z}/{x}/{y}`], minzoom: DETAIL_MIN_ZOOM, maxzoom: DETAIL_MAX_ZOOM, promoteId: { towns: 'id' } };
}

/** The detail layers (lines solid, as basemap.ts's: no dashed-line program), each inserted above its world-scale counterpart (which stops at DETAIL_FROM_ZOOM). */
export function detailLayers(colors: BaseColors, font: string, townFilter: FilterSpecification): { layer: LayerSpecification; before: string | null }[] {
	const z = DETAIL_FROM_ZOOM;
	const towns = { source: 'detail', 'source-layer': 'towns' };
	return [
		{ before: 'lakes', layer: { id: 'detail-land', type: 'fill', source: 'detail', 'source-layer': 'land', minzoom: z, paint: { 'fill-color': perFeature(colors.land), 'fill-antialias': false } } },
		{ before: 'borders', layer: { id: 'detail-coast', type: 'line', source: 'detail', 'source-layer': 'land', minzoom: z, paint: { 'line-color': perFeature(colors.coast), 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 1.6] } } },
		{
			before: 'borders',
			layer: {
				id: 'detail-admin1',
				type: 'line',
				source: 'detail',
				'source-layer': 'admin1',
				minzoom: z,
				paint: { 'line-color': perFeature(colors.border), 'line-opacity': 0.55, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 10, 0.9] }
			}
		},
		{
			before: 'country-labels',
			layer: { id: 'detail-borders', type: 'line', source: 'detail', 'source-layer': 'borders', minzoom: z, paint: { 'line-color': perFeature(colors.border), 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 10, 2] } }
		},
		{ before: 'city-dots', layer: settlementDots('town-dots', towns, townFilter, colors, 1.8, 0.8) },
		{ before: 'city-dots', layer: settlementLabels('town-labels', towns, townFilter, colors, [5, 10, 10, 12], 0.5, font) }
	];
}

/** The world-scale style with the detail layers added: the 1:110m land, coast and borders give way at DETAIL_FROM_ZOOM. */
export function withDetail(style: StyleSpecification, colors: BaseColors, font: string, townFilter: FilterSpecification): StyleSpecification {
	const layers = style.layers.map((layer) => (WORLD_SCALE_LAYERS.has(layer.id) ? { ...layer, maxzoom: DETAIL_FROM_ZOOM } : layer)) as LayerSpecification[];
	for (const { layer, before } of detailLayers(colors, font, townFilter)) {
		const at = before ? layers.findIndex((l) => l.id === before) : -1;
		layers.splice(at < 0 ? layers.length : at, 0, layer);
	}
	return { ...style, sources: { ...style.sources, detail: detailSource() }, layers };
}

/** The app's basemap: the world-scale style with the detail layers (explorer, embed; not the offline snapshot). */
export const addDetail = (style: StyleSpecification, colors: BaseColors): StyleSpecification => withDetail(style, colors, FONT, cityFilter());

const WORLD_SCALE_LAYERS = new Set(['land', 'coast', 'borders']);

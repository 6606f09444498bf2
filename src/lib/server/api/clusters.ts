// Map features for one view, clustered on the server (supercluster over the filtered places), so a
// client can draw any corpus size from a bounded answer. Clusters carry their expansion zoom (a click
// zooms to where they split); the places with a line or polygon shape that reach into the view come
// with it, as the map's areas.
import Supercluster from 'supercluster';
import type { PlaceGeometry } from '../../contracts.ts';
import type { QueryFilters, Store } from '../../store/types.ts';

interface PointProps {
	id: string;
	name: string;
	kind: string;
	n: number;
}

type Box = [west: number, south: number, east: number, north: number];

interface Area {
	id: string;
	kind: string;
	n: number;
	geometry: PlaceGeometry;
	box: Box;
}

interface ViewIndex {
	points: Supercluster<PointProps, { n: number }>;
	areas: Area[];
}

/** As the browser clusters a small view (PlacesLayers: clusterRadius 36, clusterMaxZoom 11). */
export const CLUSTER_RADIUS = 36;
export const CLUSTER_MAX_ZOOM = 11;
/** At most this many places listed for one cluster. */
const LEAVES_LIMIT = 200;

const indexes = new WeakMap<Store, Map<string, ViewIndex>>();

function shapeBox(geometry: PlaceGeometry): Box {
	const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (value: unknown): void => {
		if (!Array.isArray(value)) return;
		if (typeof value[0] === 'number') {
			const [lon, lat] = value as number[];
			box[0] = Math.min(box[0], lon!);
			box[1] = Math.min(box[1], lat!);
			box[2] = Math.max(box[2], lon!);
			box[3] = Math.max(box[3], lat!);
			return;
		}
		for (const item of value) visit(item);
	};
	visit(geometry.coordinates);
	return box;
}

async function viewIndex(store: Store, filters: QueryFilters): Promise<ViewIndex> {
	let byFilter = indexes.get(store);
	if (!byFilter) indexes.set(store, (byFilter = new Map()));
	const info = await store.info();
	const key = `${info?.manifest.generatedAt}:${JSON.stringify(filters)}`;
	let index = byFilter.get(key);
	if (index) return index;
	const page = await store.places(filters, 'documents', 0, Number.MAX_SAFE_INTEGER);
	const points = new Supercluster<PointProps, { n: number }>({
		radius: CLUSTER_RADIUS,
		maxZoom: CLUSTER_MAX_ZOOM,
		map: (props) => ({ n: props.n }),
		reduce: (total, props) => {
			total.n += props.n;
		}
	});
	points.load(
		page.places.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { id: p.id, name: p.name, kind: p.kind, n: p.documentCount } }))
	);
	const areas = page.places.flatMap((p) => (p.geometry ? [{ id: p.id, kind: p.kind, n: p.documentCount, geometry: p.geometry, box: shapeBox(p.geometry) }] : []));
	index = { points, areas };
	if (byFilter.size >= 16) byFilter.delete(byFilter.keys().next().value!);
	byFilter.set(key, index);
	return index;
}

function overlaps(a: Box, b: Box): boolean {
	// a view as wide as the world (or crossing the antimeridian) takes every area
	if (b[2] - b[0] >= 360 || b[0] < -180 || b[2] > 180) return a[1] <= b[3] && a[3] >= b[1];
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

export async function clusteredFeatures(store: Store, filters: QueryFilters, bbox: Box, zoom: number) {
	const { points, areas } = await viewIndex(store, filters);
	const features = points.getClusters(bbox, zoom).map((feature) => {
		const props = feature.properties as { cluster?: boolean; cluster_id?: number };
		if (!props.cluster) return feature;
		return { ...feature, properties: { ...feature.properties, expansion_zoom: points.getClusterExpansionZoom(props.cluster_id!) } };
	});
	return {
		type: 'FeatureCollection',
		features,
		areas: {
			type: 'FeatureCollection',
			features: areas.filter((a) => overlaps(a.box, bbox)).map((a) => ({ type: 'Feature', geometry: a.geometry, properties: { id: a.id, kind: a.kind, n: a.n } }))
		}
	};
}

/** The places of one cluster (the first LEAVES_LIMIT), for the list a click on a tight cluster opens. */
export async function clusterLeaves(store: Store, filters: QueryFilters, clusterId: number) {
	const { points } = await viewIndex(store, filters);
	try {
		return { type: 'FeatureCollection', features: points.getLeaves(clusterId, LEAVES_LIMIT, 0) };
	} catch {
		// an id from another filter's index, or from before the store changed
		return null;
	}
}

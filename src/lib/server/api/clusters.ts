// Map features for one view, clustered on the server (supercluster over the filtered places), so a
// client can draw any corpus size from a bounded answer.
import Supercluster from 'supercluster';
import type { QueryFilters, Store } from '../../store/types.ts';

interface PointProps {
	id: string;
	name: string;
	kind: string;
	n: number;
}

const indexes = new WeakMap<Store, Map<string, Supercluster<PointProps, { n: number }>>>();

async function clusterIndex(store: Store, filters: QueryFilters): Promise<Supercluster<PointProps, { n: number }>> {
	let byFilter = indexes.get(store);
	if (!byFilter) indexes.set(store, (byFilter = new Map()));
	const info = await store.info();
	const key = `${info?.manifest.generatedAt}:${JSON.stringify(filters)}`;
	let index = byFilter.get(key);
	if (index) return index;
	const page = await store.places(filters, 'documents', 0, Number.MAX_SAFE_INTEGER);
	index = new Supercluster<PointProps, { n: number }>({
		radius: 50,
		maxZoom: 14,
		map: (props) => ({ n: props.n }),
		reduce: (total, props) => {
			total.n += props.n;
		}
	});
	index.load(
		page.places.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { id: p.id, name: p.name, kind: p.kind, n: p.documentCount } }))
	);
	if (byFilter.size >= 16) byFilter.delete(byFilter.keys().next().value!);
	byFilter.set(key, index);
	return index;
}

export async function clusteredFeatures(store: Store, filters: QueryFilters, bbox: [number, number, number, number], zoom: number) {
	const index = await clusterIndex(store, filters);
	return { type: 'FeatureCollection', features: index.getClusters(bbox, zoom) };
}

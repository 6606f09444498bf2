// The story frame (figure/frame.ts) for the places of a filtered view, as MapLibre camera options.
import type { FitBoundsOptions, LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import { frameForPlaces, type Frame } from '../figure/frame.ts';
import { geometryBox } from '../figure/geometry-box.ts';
import type { ExplorerIndex, FilterResult } from '../state/filter.ts';

/** The frame of the view's visible places; null when none are visible. */
export function viewFrame(index: ExplorerIndex, result: Pick<FilterResult, 'visible' | 'placeDocCount'>): Frame | null {
	return frameForPlaces(
		result.visible.map((i) => {
			const place = index.places[i]!;
			const { lon, lat, kind } = place.properties;
			return { lon, lat, kind, weight: result.placeDocCount[i] ?? 1, bbox: geometryBox(place.geometry) };
		})
	);
}

export function frameBounds(frame: Frame): LngLatBoundsLike {
	const [west, south, east, north] = frame.bounds;
	return [
		[west, south],
		[east, north]
	];
}

/** Room round the places (for circles and labels), and no closer than a town's surroundings. */
export function frameFit(padding: number | PaddingOptions = 40, maxZoom = 8): FitBoundsOptions {
	return { padding, maxZoom, duration: 0 };
}

// The camera that frames a story: the bounds of the places of the current view, so a figure, an
// embed and the explorer open on what the documents are about rather than on the whole world.
// Pure (no DOM, no MapLibre): places in, a west/south/east/north box out.

export interface FramePlace {
	lon: number;
	lat: number;
	/** documents mentioning the place in the current view */
	weight: number;
	kind: string;
	/** the extent of a line or region, [west, south, east, north] */
	bbox?: readonly [number, number, number, number] | null;
}

export interface Frame {
	/** west, south, east, north; east > 180 when the frame crosses the antimeridian */
	bounds: [number, number, number, number];
	/** the places span most of the globe: show the world, not a stretched box */
	world: boolean;
	/** places left out of the frame as far-off outliers */
	outside: number;
}

/** Countries and continents are drawn at an arbitrary point inside them; they set the scene, not the frame. */
const CONTEXT_KINDS = new Set(['country', 'continent']);
/** A place farther than this many median distances from the centre may be left out… */
const OUTLIER_FACTOR = 4;
/** …but never one closer than this (a local story keeps its whole region)… */
const MIN_OUTLIER_KM = 500;
/** …and never more than this share of the view's documents. */
const MAX_OUTSIDE_WEIGHT = 0.25;
/** Wider than this many degrees of longitude, the frame is the world. */
const WORLD_SPAN = 200;
/** World frames stop short of Antarctica and the high Arctic. */
const WORLD_LATITUDES: [number, number] = [-58, 78];

const RADIANS = Math.PI / 180;
const EARTH_KM = 6371;

function distanceKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
	const dLat = (b.lat - a.lat) * RADIANS;
	const dLon = (b.lon - a.lon) * RADIANS;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The weighted mean position on the sphere (so places either side of the antimeridian average near it). */
function centre(places: readonly FramePlace[]): { lon: number; lat: number } {
	let [x, y, z] = [0, 0, 0];
	for (const p of places) {
		const w = Math.max(1, p.weight);
		const cosLat = Math.cos(p.lat * RADIANS);
		x += w * cosLat * Math.cos(p.lon * RADIANS);
		y += w * cosLat * Math.sin(p.lon * RADIANS);
		z += w * Math.sin(p.lat * RADIANS);
	}
	return { lon: Math.atan2(y, x) / RADIANS, lat: Math.atan2(z, Math.hypot(x, y)) / RADIANS };
}

function weightedMedian(values: { value: number; weight: number }[]): number {
	const sorted = [...values].sort((a, b) => a.value - b.value);
	const total = sorted.reduce((sum, v) => sum + v.weight, 0);
	let seen = 0;
	for (const v of sorted) {
		seen += v.weight;
		if (seen >= total / 2) return v.value;
	}
	return sorted[sorted.length - 1]?.value ?? 0;
}

/**
 * The places that make the story's frame: far-off places with few documents are left out. The centre
 * and the typical distance are re-estimated without the places already left out (a few far ones
 * would otherwise pull the centre towards them), a few rounds at most.
 */
export function framedPlaces(places: readonly FramePlace[]): FramePlace[] {
	const focus = places.filter((p) => !CONTEXT_KINDS.has(p.kind));
	const candidates = focus.length > 0 ? focus : [...places];
	if (candidates.length < 3) return candidates;
	const total = candidates.reduce((sum, p) => sum + Math.max(1, p.weight), 0);
	let kept = candidates;
	for (let round = 0; round < 4; round++) {
		const middle = centre(kept);
		const distances = candidates.map((p) => ({ value: distanceKm(middle, p), weight: Math.max(1, p.weight) }));
		// a set, not kept.includes per candidate: that was quadratic (50–300 ms for 1,700 places, on the first view's path)
		const keptSet = new Set(kept);
		const keptDistances = distances.filter((_, i) => keptSet.has(candidates[i]!));
		const limit = Math.max(MIN_OUTLIER_KM, OUTLIER_FACTOR * weightedMedian(keptDistances));
		const far = distances.reduce((sum, d) => sum + (d.value > limit ? d.weight : 0), 0);
		if (far > total * MAX_OUTSIDE_WEIGHT) return kept;
		const next = candidates.filter((_, i) => distances[i]!.value <= limit);
		if (next.length === kept.length && next.every((p, i) => p === kept[i])) break;
		if (next.length === 0) break;
		kept = next;
	}
	return kept;
}

/**
 * The shortest stretch of longitude that covers every interval: the complement of the widest gap
 * between them on the circle. Returns [west, east] with west in [-180, 180) and east >= west.
 */
export function coveringLongitudes(intervals: readonly (readonly [number, number])[]): [number, number] {
	const sorted = intervals.map(([w, e]) => [w, Math.max(w, e)] as [number, number]).sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [w, e] of sorted) {
		const last = merged[merged.length - 1];
		if (last && w <= last[1]) last[1] = Math.max(last[1], e);
		else merged.push([w, e]);
	}
	// The gap after each merged stretch, up to the next one (the last wraps round to the first).
	let best = { size: -1, west: merged[0]![0], east: merged[merged.length - 1]![1] };
	for (let i = 0; i < merged.length; i++) {
		const end = merged[i]![1];
		const wraps = i + 1 === merged.length;
		const west = merged[wraps ? 0 : i + 1]![0];
		const size = west + (wraps ? 360 : 0) - end;
		if (size > best.size) best = { size, west, east: end };
	}
	if (best.size <= 0) return [-180, 180];
	const west = best.west;
	let east = best.east;
	while (east < west) east += 360;
	return [west, east];
}

/** The frame for the places of a view; null when there are none. */
export function frameForPlaces(places: readonly FramePlace[]): Frame | null {
	if (places.length === 0) return null;
	const kept = framedPlaces(places);
	const boxes = kept.map((p) => p.bbox ?? ([p.lon, p.lat, p.lon, p.lat] as const));
	const [west, east] = coveringLongitudes(boxes.map((b) => [b[0], b[2]] as const));
	const south = Math.max(-85, Math.min(...boxes.map((b) => b[1])));
	const north = Math.min(85, Math.max(...boxes.map((b) => b[3])));
	const outside = places.length - kept.length;
	if (east - west > WORLD_SPAN) {
		const [worldSouth, worldNorth] = WORLD_LATITUDES;
		return { bounds: [-180, Math.max(worldSouth, south), 180, Math.min(worldNorth, north)], world: true, outside };
	}
	return { bounds: [west, south, east, north], world: false, outside };
}

/** The frame's larger side in kilometres (its width at its middle latitude, or its height). */
export function frameSizeKm(frame: Frame): number {
	const [west, south, east, north] = frame.bounds;
	const middle = (south + north) / 2;
	const width = (east - west) * RADIANS * EARTH_KM * Math.cos(middle * RADIANS);
	const height = (north - south) * RADIANS * EARTH_KM;
	return Math.max(width, height);
}

/** Smaller than a mid-sized country: a reader needs a locator inset to know where this is. */
export function needsLocator(frame: Frame): boolean {
	return !frame.world && frameSizeKm(frame) < 1200;
}

// MapLibre draws its sky under every frame, with a shader program of its own: one more program to
// compile before the first frame (0.1–0.4 s of blocked page each in software rendering, as in a
// headless or GPU-less browser). A map seen from straight above shows no sky, so it is drawn only while
// the map is pitched. MapLibre's painter is internal: without it (another version) nothing changes.
import type { Map as MapLibreMap } from 'maplibre-gl';

type DrawFunctions = Record<string, (...args: unknown[]) => void>;

export function skySkippedWhileFlat(map: MapLibreMap): void {
	const painter = (map as unknown as { painter?: { drawFunctions?: DrawFunctions } }).painter;
	const draw = painter?.drawFunctions;
	const sky = draw?.sky;
	if (!painter || !draw || typeof sky !== 'function') return;
	// a copy: the object is MapLibre's own, shared by every map
	painter.drawFunctions = { ...draw, sky: (...args) => (map.getPitch() > 0 ? sky(...args) : undefined) };
}

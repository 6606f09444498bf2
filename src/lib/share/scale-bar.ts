// A scale bar for a web-mercator map: the longest round distance that fits a maximum width.
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles). */
export function metresPerPixel(latitude: number, zoom: number): number {
	return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
	/** bar length in CSS pixels */
	width: number;
	label: string;
}

export function scaleBar(latitude: number, zoom: number, maxWidth: number): ScaleBar {
	const perPixel = metresPerPixel(latitude, zoom);
	const maxMetres = perPixel * maxWidth;
	const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
	const step = [5, 3, 2, 1].find((f) => f * magnitude <= maxMetres) ?? 1;
	const metres = step * magnitude;
	const label = metres >= 1000 ? `${(metres / 1000).toLocaleString('en')} km` : `${metres} m`;
	return { width: metres / perPixel, label };
}

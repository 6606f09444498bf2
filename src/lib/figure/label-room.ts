// How much room the labels of a figure need round the frame, so none is cut at the edge: a label
// may sit on either side of its place, so the frame is padded by the widest one (estimated, no DOM).

export interface LabelledPlace {
	name: string;
	/** documents mentioning the place: the label size grows with it (map/place-labels.ts) */
	n: number;
}

/** Noto Sans averages a little over half an em per character. */
const EM_PER_CHARACTER = 0.56;
/** Labels wrap at this many ems (text-max-width). */
const MAX_WIDTH_EMS = 9;

export function labelSize(n: number): number {
	return 11 + (Math.min(20, Math.max(1, n)) - 1) * (3 / 19);
}

/** Circle radius in px for `n` documents (the places layer's interpolation over √n). */
export function circleRadius(n: number): number {
	const stops: [number, number][] = [[1, 5], [4, 10], [10, 18], [30, 30]];
	const x = Math.sqrt(Math.max(1, n));
	for (let i = 1; i < stops.length; i++) {
		const [x0, y0] = stops[i - 1]!;
		const [x1, y1] = stops[i]!;
		if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
	}
	return stops[stops.length - 1]![1];
}

/** Horizontal room (px) for the widest label beside its circle; vertical room for two lines above or below. */
export function labelRoom(places: readonly LabelledPlace[]): { horizontal: number; vertical: number } {
	let horizontal = 0;
	let vertical = 0;
	for (const { name, n } of places) {
		const size = labelSize(n);
		const longestWord = Math.max(0, ...name.split(/\s+/).map((word) => word.length));
		const ems = Math.min(Math.max(name.length, 1) * EM_PER_CHARACTER, Math.max(MAX_WIDTH_EMS, longestWord * EM_PER_CHARACTER));
		const lines = Math.ceil((name.length * EM_PER_CHARACTER) / MAX_WIDTH_EMS);
		horizontal = Math.max(horizontal, circleRadius(n) + 4 + ems * size);
		vertical = Math.max(vertical, circleRadius(n) + 4 + Math.min(3, lines) * size * 1.2);
	}
	return { horizontal: Math.ceil(horizontal), vertical: Math.ceil(vertical) };
}

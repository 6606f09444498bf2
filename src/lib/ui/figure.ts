// Figure export: the current map view redrawn off-screen at the requested size and pixel ratio, then
// composed on a 2D canvas with the title, legend, scale bar, attribution and source line drawn into
// the image. All text from the data is drawn with fillText (never parsed as markup).
import { Map as MapLibreMap, type GeoJSONSource, type StyleSpecification } from 'maplibre-gl';
import type { PlaceKind } from '../contracts.ts';
import { KIND_COLORS, KIND_LABELS, mapColors, type MapColors } from '../map/theme.ts';
import { scaleBar } from '../share/scale-bar.ts';
import { waterDrawn } from '../map/water-under-canvas.ts';

export interface FigureOptions {
	/** whole figure, CSS pixels */
	width: number;
	height: number;
	pixelRatio: number;
	title: string;
	subtitle: string;
	kinds: PlaceKind[];
	attribution: string[];
	sourceLine: string;
	dark?: boolean;
	/** the locator inset's canvas, drawn in the map's top-left corner as on screen */
	inset?: HTMLCanvasElement | null;
	/** false for figures drawn without clusters: no cluster entry in the legend */
	clusters?: boolean;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Figure {
	canvas: HTMLCanvasElement;
	/** where the map was drawn, CSS pixels */
	map: Rect;
}

export const FIGURE_LIMITS = { minWidth: 320, maxWidth: 4000, minHeight: 240, maxHeight: 4000, maxPixelRatio: 4, maxPixels: 4096 * 4096 };

const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';
const MARGIN = 20;
const LEGEND_LINE = 20;

function palette(dark: boolean) {
	return dark
		? { background: '#111827', text: '#f3f4f6', muted: '#9ca3af', frame: '#374151', scaleBox: 'rgba(17,24,39,0.82)' }
		: { background: '#ffffff', text: '#1f2937', muted: '#6b7280', frame: '#d6d3d1', scaleBox: 'rgba(255,255,255,0.88)' };
}

/** Text shortened with an ellipsis to fit `maxWidth`. */
function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
	if (context.measureText(text).width <= maxWidth) return text;
	let low = 0;
	let high = text.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (context.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) low = mid;
		else high = mid - 1;
	}
	return `${text.slice(0, low).trimEnd()}…`;
}

interface LegendItem {
	kind: PlaceKind | 'cluster' | null;
	label: string;
	x: number;
	line: number;
}

/** Legend entries flowed into lines across the figure width. */
function layoutLegend(context: CanvasRenderingContext2D, kinds: PlaceKind[], width: number, clusters = true): { items: LegendItem[]; lines: number } {
	context.font = `12px ${FONT_FAMILY}`;
	const entries: { kind: PlaceKind | 'cluster' | null; label: string }[] = [
		...kinds.map((kind) => ({ kind, label: KIND_LABELS[kind] })),
		...(clusters ? [{ kind: 'cluster' as const, label: 'Cluster of places' }] : []),
		{ kind: null, label: 'Circle size: documents mentioning the place' }
	];
	const items: LegendItem[] = [];
	let x = 0;
	let line = 0;
	for (const entry of entries) {
		const entryWidth = (entry.kind ? 20 : 0) + context.measureText(entry.label).width + 18;
		if (x > 0 && x + entryWidth > width) {
			line++;
			x = 0;
		}
		items.push({ ...entry, x, line });
		x += entryWidth;
	}
	return { items, lines: line + 1 };
}

function drawSwatch(context: CanvasRenderingContext2D, kind: PlaceKind | 'cluster', x: number, y: number, map: MapColors) {
	context.save();
	if (kind === 'cluster') {
		context.fillStyle = map.cluster;
		context.beginPath();
		context.arc(x + 7, y, 7, 0, Math.PI * 2);
		context.fill();
		context.fillStyle = map.clusterText;
		context.font = `9px ${FONT_FAMILY}`;
		context.textAlign = 'center';
		context.fillText('3', x + 7, y + 0.5);
		context.restore();
		return;
	}
	const color = KIND_COLORS[kind];
	if (kind === 'corridor') {
		context.strokeStyle = color;
		context.lineWidth = 3;
		context.setLineDash([4, 3]);
		context.beginPath();
		context.moveTo(x, y);
		context.lineTo(x + 14, y);
		context.stroke();
	} else if (kind === 'region') {
		context.fillStyle = color;
		context.globalAlpha = 0.35;
		context.fillRect(x, y - 5, 14, 10);
	} else {
		context.fillStyle = color;
		context.beginPath();
		context.arc(x + 6, y, 6, 0, Math.PI * 2);
		context.fill();
	}
	context.restore();
}

/** GeoJSON sources as plain data, so the off-screen map shows exactly what the live one shows. */
async function styleWithData(live: MapLibreMap): Promise<StyleSpecification> {
	// the live explorer leaves its sea to the page under the canvas: a figure draws it
	const style = waterDrawn(live.getStyle());
	for (const [id, source] of Object.entries(style.sources)) {
		if (source.type !== 'geojson') continue;
		const data = await (live.getSource(id) as GeoJSONSource).getData();
		style.sources[id] = { ...source, data };
	}
	return style;
}

/** Renders the live map's style and bounds into an off-screen map of the given size. */
async function renderMapOffscreen(live: MapLibreMap, width: number, height: number, pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; map: MapLibreMap; dispose: () => void }> {
	const container = document.createElement('div');
	container.setAttribute('aria-hidden', 'true');
	Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: `${width}px`, height: `${height}px`, visibility: 'hidden' });
	document.body.append(container);
	const map = new MapLibreMap({
		container,
		style: await styleWithData(live),
		bounds: live.getBounds(),
		fitBoundsOptions: { padding: 0 },
		pixelRatio,
		renderWorldCopies: live.getRenderWorldCopies(),
		maxCanvasSize: [8192, 8192],
		interactive: false,
		attributionControl: false,
		fadeDuration: 0,
		canvasContextAttributes: { preserveDrawingBuffer: true }
	});
	const dispose = () => {
		map.remove();
		container.remove();
	};
	try {
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('the map did not finish rendering in 20 s')), 20_000);
			map.once('idle', () => {
				clearTimeout(timer);
				resolve();
			});
			map.once('error', (event) => {
				clearTimeout(timer);
				reject(event.error instanceof Error ? event.error : new Error('the map failed to render'));
			});
		});
		map.redraw();
		return { canvas: map.getCanvas(), map, dispose };
	} catch (error) {
		dispose();
		throw error;
	}
}

/** Validated figure options: sizes within limits, pixel ratio reduced to stay under maxPixels. */
export function clampFigureSize(width: number, height: number, pixelRatio: number): { width: number; height: number; pixelRatio: number } {
	const clamp = (v: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, Number.isFinite(v) ? v : min)));
	const w = clamp(width, FIGURE_LIMITS.minWidth, FIGURE_LIMITS.maxWidth);
	const h = clamp(height, FIGURE_LIMITS.minHeight, FIGURE_LIMITS.maxHeight);
	let ratio = Math.min(FIGURE_LIMITS.maxPixelRatio, Math.max(1, Number.isFinite(pixelRatio) ? pixelRatio : 1));
	while (ratio > 1 && w * h * ratio * ratio > FIGURE_LIMITS.maxPixels) ratio -= 0.5;
	return { width: w, height: h, pixelRatio: ratio };
}

export async function renderFigure(live: MapLibreMap, options: FigureOptions): Promise<Figure> {
	const { width, height, pixelRatio } = clampFigureSize(options.width, options.height, options.pixelRatio);
	const colors = palette(options.dark ?? false);
	await document.fonts.load(`600 22px ${FONT_FAMILY}`).catch(() => []);
	await document.fonts.load(`12px ${FONT_FAMILY}`).catch(() => []);

	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * pixelRatio);
	canvas.height = Math.round(height * pixelRatio);
	const context = canvas.getContext('2d')!;
	context.scale(pixelRatio, pixelRatio);
	const inner = width - 2 * MARGIN;

	const legend = layoutLegend(context, options.kinds, inner, options.clusters ?? true);
	const header = MARGIN + 28 + 20 + 10;
	const footer = 12 + legend.lines * LEGEND_LINE + 8 + 18 + 18 + MARGIN - 4;
	const mapRect: Rect = { x: MARGIN, y: header, width: inner, height: Math.max(80, height - header - footer) };

	context.fillStyle = colors.background;
	context.fillRect(0, 0, width, height);
	context.textBaseline = 'alphabetic';
	context.fillStyle = colors.text;
	context.font = `600 22px ${FONT_FAMILY}`;
	context.fillText(fitText(context, options.title, inner), MARGIN, MARGIN + 22);
	context.fillStyle = colors.muted;
	context.font = `13px ${FONT_FAMILY}`;
	context.fillText(fitText(context, options.subtitle, inner), MARGIN, MARGIN + 28 + 16);

	const offscreen = await renderMapOffscreen(live, mapRect.width, mapRect.height, pixelRatio);
	try {
		context.drawImage(offscreen.canvas, mapRect.x, mapRect.y, mapRect.width, mapRect.height);
		const center = offscreen.map.getCenter();
		const bar = scaleBar(center.lat, offscreen.map.getZoom(), Math.min(140, mapRect.width / 4));
		drawScaleBar(context, bar, mapRect, colors);
		if (options.inset) drawInset(context, options.inset, mapRect, colors);
	} finally {
		offscreen.dispose();
	}
	context.strokeStyle = colors.frame;
	context.lineWidth = 1;
	context.strokeRect(mapRect.x + 0.5, mapRect.y + 0.5, mapRect.width - 1, mapRect.height - 1);

	let y = mapRect.y + mapRect.height + 12 + 10;
	context.font = `12px ${FONT_FAMILY}`;
	context.textBaseline = 'middle';
	for (const item of legend.items) {
		const x = MARGIN + item.x;
		const lineY = y + item.line * LEGEND_LINE;
		if (item.kind) drawSwatch(context, item.kind, x, lineY, mapColors(options.dark ?? false));
		context.fillStyle = item.kind ? colors.text : colors.muted;
		context.fillText(item.label, x + (item.kind ? 20 : 0), lineY);
	}
	y += legend.lines * LEGEND_LINE + 8;
	context.textBaseline = 'alphabetic';
	context.fillStyle = colors.text;
	context.fillText(fitText(context, options.sourceLine, inner), MARGIN, y + 4);
	context.fillStyle = colors.muted;
	context.font = `11px ${FONT_FAMILY}`;
	context.fillText(fitText(context, `Map data: ${options.attribution.join(' · ')}`, inner), MARGIN, y + 22);
	return { canvas, map: mapRect };
}

function drawInset(context: CanvasRenderingContext2D, inset: HTMLCanvasElement, map: Rect, colors: ReturnType<typeof palette>) {
	const width = inset.clientWidth || 128;
	const height = inset.clientHeight || 96;
	const x = map.x + 10;
	const y = map.y + 10;
	context.drawImage(inset, x, y, width, height);
	context.strokeStyle = colors.muted;
	context.lineWidth = 1;
	context.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
}

function drawScaleBar(context: CanvasRenderingContext2D, bar: { width: number; label: string }, map: Rect, colors: ReturnType<typeof palette>) {
	context.save();
	context.font = `11px ${FONT_FAMILY}`;
	const labelWidth = context.measureText(bar.label).width;
	const boxWidth = Math.max(bar.width, labelWidth) + 16;
	const x = map.x + 10;
	const y = map.y + map.height - 34;
	context.fillStyle = colors.scaleBox;
	context.fillRect(x, y, boxWidth, 26);
	context.strokeStyle = colors.text;
	context.lineWidth = 1.5;
	context.beginPath();
	context.moveTo(x + 8, y + 8);
	context.lineTo(x + 8, y + 13);
	context.lineTo(x + 8 + bar.width, y + 13);
	context.lineTo(x + 8 + bar.width, y + 8);
	context.stroke();
	context.fillStyle = colors.text;
	context.fillText(bar.label, x + 8, y + 23);
	context.restore();
}

/** The live map as a PNG data URL (redrawn synchronously, so no preserveDrawingBuffer is needed). */
export function captureMapImage(map: MapLibreMap): string {
	map.redraw();
	return map.getCanvas().toDataURL('image/png');
}

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('could not encode the PNG'))), 'image/png'));
}

export function saveFile(name: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The sea is the page's colour under a transparent map canvas, not a layer the map draws: in software
// rendering (SwiftShader, a headless or GPU-less browser) the full-screen background layer is one more
// shader program to compile before the first frame (0.1–0.4 s of blocked page) and ~10 ms of every
// frame after. The layer stays in the style, hidden (its colour still follows the scheme, apply-colors.ts),
// so a copy of the style (a printed figure, figure.ts) can draw it again.
import type { StyleSpecification } from 'maplibre-gl';

export const WATER_LAYER = 'water';

/** The style with its water layer hidden: the map's container must show the water colour. */
export function waterUnderCanvas(style: StyleSpecification): StyleSpecification {
	return { ...style, layers: style.layers.map((layer) => (layer.id === WATER_LAYER ? { ...layer, layout: { ...layer.layout, visibility: 'none' } } : layer)) };
}

/** A copy of such a style drawn on its own (an opaque figure): the water layer shown again. */
export function waterDrawn(style: StyleSpecification): StyleSpecification {
	return { ...style, layers: style.layers.map((layer) => (layer.id === WATER_LAYER ? { ...layer, layout: { ...layer.layout, visibility: 'visible' } } : layer)) };
}

// The corpus places' labels. Bigger counts are placed first (symbol-sort-key); each label tries the
// positions round its circle in turn (text-variable-anchor) and is left out where it would collide.
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { FONT } from './basemap.ts';
import { MAP_COLORS, type MapColors } from './theme.ts';
import { perFeature } from './shared-programs.ts';

/** Label size (px) by documents mentioning the place, `n`; figure/label-room.ts mirrors it. */
export const LABEL_SIZE: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'n'], 1, 11, 20, 14];
/** Distance (ems) from the point to its label: just past the circle, whose radius grows with √n. */
const LABEL_OFFSET: ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['get', 'n']], 1, 0.75, 4, 1.1, 10, 1.55, 30, 2.4];

export function placeLabelsLayer(figure: boolean, colors: MapColors = MAP_COLORS.light): SymbolLayerSpecification {
	return {
		id: 'place-labels',
		type: 'symbol',
		// added to the places' source once their first dots are drawn (PlacesLayers)
		source: 'places',
		filter: ['!', ['has', 'point_count']],
		layout: {
			// a place that shares its name in the view says where it is on a smaller second line (ui/place-where.ts)
			'text-field': ['format', ['get', 'name'], {}, ['case', ['has', 'where'], ['concat', '\n', ['get', 'where']], ''], { 'font-scale': 0.82 }],
			'text-font': [FONT],
			'text-size': LABEL_SIZE,
			// a figure tries every side, so crowded places still get their label
			'text-variable-anchor': figure ? ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'] : ['left', 'right', 'top', 'bottom'],
			'text-radial-offset': LABEL_OFFSET,
			'text-max-width': 9,
			'text-padding': figure ? 1 : 2,
			'text-optional': true,
			'symbol-sort-key': ['-', 0, ['get', 'n']]
		},
		paint: { 'text-color': colors.placeLabel, 'text-halo-color': colors.placeLabelHalo, 'text-halo-width': 1.4, 'text-opacity': perFeature(1) }
	};
}

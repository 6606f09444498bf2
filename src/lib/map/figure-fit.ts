// How an embed or snapshot fits its frame: a figure keeps room for every label inside the frame
// (figure/label-room.ts), and shows a locator inset when it covers less than a country.
import type { FitBoundsOptions } from 'maplibre-gl';
import { needsLocator, type Frame } from '../figure/frame.ts';
import { labelRoom } from '../figure/label-room.ts';
import type { FigureParams } from '../share/figure-params.ts';
import type { ExplorerIndex, FilterResult } from '../state/filter.ts';
import { labelWhere, sharedNames } from '../ui/place-where.ts';
import { frameFit } from './view-frame.ts';

/** Figures zoom in closer than exploring views: a single mine may fill the frame. */
const FIGURE_MAX_ZOOM = 10;

export function figureFit(index: ExplorerIndex, result: FilterResult, figure: boolean): FitBoundsOptions {
	if (!figure) return frameFit(40);
	const shared = sharedNames(result.visible.map((i) => index.places[i]!.properties));
	const room = labelRoom(
		result.visible.map((i) => {
			const place = index.places[i]!.properties;
			return { name: [place.name, labelWhere(place, shared)].filter(Boolean).join(' '), n: result.placeDocCount[i] ?? 1 };
		})
	);
	// bounded, so a small embed still has most of its area for the map
	const side = Math.min(150, Math.max(30, room.horizontal + 6));
	const vertical = Math.min(60, Math.max(24, room.vertical));
	return frameFit({ top: vertical, bottom: vertical, left: side, right: side }, FIGURE_MAX_ZOOM);
}

export function showInset(frame: Frame | null, params: FigureParams): boolean {
	if (params.inset !== null) return params.inset;
	return params.figure && !!frame && needsLocator(frame);
}

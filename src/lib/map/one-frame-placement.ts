// MapLibre places every label afresh on each frame when labels do not fade (`fadeDuration: 0`, as our
// maps are made). Yet a frame that brings new label tiles (a new answer's places) marks the placement it
// has just made with them as stale, and so draws one more whole frame with the same picture: in software
// rendering (SwiftShader, a headless or GPU-less browser) ~100 ms of CPU after every answer, which the
// reader waits behind. That mark is cleared here when nothing fades. MapLibre's style is internal:
// without it (another version) nothing changes.
import type { Map as MapLibreMap } from 'maplibre-gl';

type UpdatePlacement = (this: PlacementStyle, transform: unknown, showCollisionBoxes: boolean, fadeDuration: number, ...rest: unknown[]) => boolean;
interface PlacementStyle {
	_updatePlacement?: UpdatePlacement;
	pauseablePlacement?: { isDone(): boolean };
	placement?: { stale?: boolean };
}

export function placementInOneFrame(map: MapLibreMap): void {
	const style = (map as unknown as { style?: PlacementStyle }).style;
	const update = style?._updatePlacement;
	if (!style || typeof update !== 'function') return;
	style._updatePlacement = function (transform, showCollisionBoxes, fadeDuration, ...rest) {
		const dirty = update.call(this, transform, showCollisionBoxes, fadeDuration, ...rest);
		// with nothing fading, a finished placement is whole: it was made with every tile this frame has
		if (dirty && fadeDuration === 0 && this.pauseablePlacement?.isDone() && this.placement?.stale === true) {
			this.placement.stale = false;
			return false;
		}
		return dirty;
	};
}

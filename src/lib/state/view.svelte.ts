// The live view state: always read from the URL, written back with goto(), so reload, back/forward
// and shared links restore filters, selection and camera.
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { navigating, page } from '$app/state';
import { camerasDiffer, parseViewState, viewQuery, type Camera, type ViewState } from './url.ts';

export function currentView(): ViewState {
	return parseViewState(page.url.searchParams);
}

let pendingCamera: ReturnType<typeof setTimeout> | undefined;

/**
 * Merges a change into the URL. Filter and selection changes make a history entry (back undoes them);
 * `replace` is for camera moves and typing.
 */
export function updateView(patch: Partial<ViewState>, options: { replace?: boolean } = {}): Promise<void> {
	clearTimeout(pendingCamera);
	const next = { ...currentView(), ...patch };
	return goto(resolve(`/${viewQuery(next)}`), { replaceState: options.replace ?? false, keepFocus: true, noScroll: true });
}

/** Camera moves are frequent: debounce them into one replaceState. */
export function recordCamera(camera: Camera): void {
	clearTimeout(pendingCamera);
	pendingCamera = setTimeout(() => {
		// The user may have left (or be leaving) the explorer for the reader while the timer ran: let them.
		if (page.route.id !== '/' || (navigating.to && navigating.to.route.id !== '/')) return;
		if (!camerasDiffer(currentView().camera, camera)) return;
		void goto(resolve(`/${viewQuery({ ...currentView(), camera })}`), { replaceState: true, keepFocus: true, noScroll: true });
	}, 400);
}

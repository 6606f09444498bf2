// The live view state: always read from the URL, written back to it, so reload, back/forward and shared
// links restore filters, selection and camera.
//
// The explorer writes its view with SvelteKit's shallow pushState/replaceState, in the task of the change
// itself: each URL change is one or two whole-page frames (Chromium sets the tab's icon again on every
// same-document navigation), which goto()'s own later task drew apart from the change's frame, before
// the answer's. Shallow writes leave `page.url` as it was, so the view is read from the location, which
// SvelteKit's navigations (links, goto, reload) and the browser's back/forward move too.
import { browser } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { navigating, page } from '$app/state';
import { camerasDiffer, parseViewQuery, viewQuery, type Camera, type ViewState } from './url.ts';

/** Bumped by this module's writes and by the browser's history moves: the location changed. */
let moved = $state(0);
if (browser) addEventListener('popstate', () => moved++);

// the explorer's last location: while the router leaves for another page (the reader), the location is
// that page's before `page` is, and the explorer's view stays what it was
let explorerSearch = browser ? location.search : '';
const EXPLORER_PATH = /\/(index\.html)?$/;

export function currentView(): ViewState {
	void moved;
	void page.url; // a navigation of the router's
	if (EXPLORER_PATH.test(location.pathname)) explorerSearch = location.search;
	return parseViewQuery(explorerSearch);
}

let pendingCamera: ReturnType<typeof setTimeout> | undefined;

function write(next: ViewState, replace: boolean): void {
	const url = resolve(`/${viewQuery(next)}`);
	// the same URL again would still be a frame of its own
	if (new URL(url, location.href).href === location.href) return;
	(replace ? replaceState : pushState)(url, {});
	moved++;
}

/**
 * Merges a change into the URL, at once. Filter and selection changes make a history entry (back undoes
 * them); `replace` is for camera moves and typing.
 */
export function updateView(patch: Partial<ViewState>, options: { replace?: boolean } = {}): void {
	clearTimeout(pendingCamera);
	write({ ...currentView(), ...patch }, options.replace ?? false);
}

/** Camera moves are frequent: debounce them into one replaceState. */
export function recordCamera(camera: Camera): void {
	clearTimeout(pendingCamera);
	pendingCamera = setTimeout(() => {
		// The user may have left (or be leaving) the explorer for the reader while the timer ran: let them.
		if (page.route.id !== '/' || (navigating.to && navigating.to.route.id !== '/') || !EXPLORER_PATH.test(location.pathname)) return;
		if (!camerasDiffer(currentView().camera, camera)) return;
		write({ ...currentView(), camera }, true);
	}, 400);
}

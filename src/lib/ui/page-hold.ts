// The explorer's page is shown once, whole, with its first view (counts, list and the map's first frame
// with the places) instead of piece by piece as its parts arrive. In a browser without a GPU (headless
// Chromium: SwiftShader) each frame of the page is composited in software: a first view at 200,000
// documents made 12–17 such frames before the map's first one (the frame, the header, the filters, fonts,
// the counts, the list, the map's controls), 0.1–0.4 s each of the GPU process on a 2-core machine, and
// the map's own frames waited behind them. Until then the page is hidden (`<html data-page-held>`);
// an error, or `maxMs`, shows it whatever the map does.
export interface PageHold {
	/** shows the page (again: nothing) */
	release(): void;
}

export function holdPage(root: HTMLElement = document.documentElement, maxMs = 5000): PageHold {
	root.dataset.pageHeld = '1';
	const release = () => {
		clearTimeout(timer);
		delete root.dataset.pageHeld;
	};
	const timer = setTimeout(release, maxMs);
	return { release };
}

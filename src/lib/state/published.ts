// A published bundle (`gazette publish`) runs on any static host. Its pages carry this mark: the data is
// the static extract in ./data (there is no API to ask and nothing to write), and links name the pages'
// files (`doc.html`, `embed.html`), since a plain static server maps no `/doc` to `doc.html`.
export const PUBLISHED_META = 'gazette-published';

export function isPublished(): boolean {
	return typeof document !== 'undefined' && document.querySelector(`meta[name="${PUBLISHED_META}"]`) !== null;
}

/** The file name a route's page has in a published bundle, the route's own name elsewhere. */
export function pageName(route: 'doc' | 'embed'): string {
	return isPublished() ? `${route}.html` : route;
}

// A published bundle's pages are files on a static host (`index.html`, `embed.html`, `doc.html`):
// they are the routes `/`, `/embed` and `/doc`, wherever the bundle sits on that host.
import type { Reroute } from '@sveltejs/kit';

const PAGE_FILE = /\/(index|embed|doc)\.html$/;

export const reroute: Reroute = ({ url }) => {
	const match = PAGE_FILE.exec(url.pathname);
	if (!match) return;
	return `${url.pathname.slice(0, match.index)}/${match[1] === 'index' ? '' : match[1]}`;
};

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The explorer is a static app: the CLI serves it beside an ingest output folder.
		adapter: adapter({ pages: 'build/app', assets: 'build/app', fallback: 'index.html', strict: false, precompress: true }),
		paths: { relative: true },
		// Hashes of SvelteKit's inline bootstrap go into a <meta> CSP; the server sends the same policy
		// as a header (src/lib/server/page-policy.ts), adding frame-ancestors, which a <meta> cannot carry.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};

export default config;

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The explorer is a static app: the CLI serves it beside an ingest output folder.
		adapter: adapter({ pages: 'build/app', assets: 'build/app', fallback: 'index.html', strict: false, precompress: true }),
		paths: { relative: true }
	}
};

export default config;

// The self-contained HTML snapshot bundle (`gazette export --html`): the embed view as ONE script and
// ONE stylesheet, with the basemap, font and map worker inlined as data URLs. The CLI inlines both into
// the HTML file together with the data (src/lib/server/snapshot.ts).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const SNAPSHOT_BUILD_DIR = 'build/snapshot';

export default defineConfig({
	plugins: [svelte({ configFile: false })],
	resolve: {
		alias: { '$app/paths': fileURLToPath(new URL('src/snapshot/app-paths.ts', import.meta.url)) }
	},
	publicDir: false,
	build: {
		outDir: SNAPSHOT_BUILD_DIR,
		emptyOutDir: true,
		assetsInlineLimit: () => true,
		cssCodeSplit: false,
		modulePreload: false,
		sourcemap: false,
		chunkSizeWarningLimit: 4096,
		copyPublicDir: false,
		rollupOptions: {
			input: fileURLToPath(new URL('src/snapshot/main.ts', import.meta.url)),
			output: { format: 'es', entryFileNames: 'snapshot.js', assetFileNames: 'snapshot[extname]', codeSplitting: false }
		}
	}
});

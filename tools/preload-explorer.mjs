// After `vite build`: the explorer's page (index.html) names its own code for the browser to load at
// once (<link rel="modulepreload">): the route's module and every module it imports, MapLibre's 1 MB
// among them. SvelteKit's shell names only its entry and the root layout, so the page's code was asked
// for only once those had loaded and run (a waterfall of 0.3–0.6 s before the map could be made).
// Its stylesheets too: Vite's loader adds a route's CSS only when the route is imported and holds the
// route's code until they have loaded, one more round trip after all the code was in.
// And the text's two fonts (Noto Sans latin, 400 and 600): they were asked for only once the page had
// laid its text out, then the whole page was laid out and drawn again in them before the map's first frame.
// The precompressed copies (.gz, .br) are written again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const APP = 'build/app';
const PAGE = 'src/routes/+page.svelte';
const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));

// the route's node: the generated module that exports the page component
const nodes = Object.keys(manifest).filter((key) => /generated\/client-optimized\/nodes\/\d+\.js$/.test(key));
const node = nodes.find((key) => readFileSync(key, 'utf8').includes(`/${PAGE}"`));
if (!node) throw new Error(`preload-explorer: no node of ${PAGE} in the build's manifest`);

const files = [];
// in the order Vite's loader links them: a chunk's own after those of the chunks it imports
const styles = [];
const seen = new Set();
(function visit(key) {
	if (seen.has(key)) return;
	seen.add(key);
	const chunk = manifest[key];
	if (!chunk) return;
	files.push(chunk.file);
	for (const imported of chunk.imports ?? []) visit(imported);
	for (const css of chunk.css ?? []) if (!styles.includes(css)) styles.push(css);
})(node);

const FONTS = /@fontsource\/noto-sans\/files\/noto-sans-latin-(400|600)-normal\.woff2$/;
const fonts = Object.keys(manifest).filter((key) => FONTS.test(key)).map((key) => manifest[key].file);
if (fonts.length !== 2) throw new Error(`preload-explorer: ${fonts.length} of the 2 latin Noto Sans files in the build's manifest`);

const path = join(APP, 'index.html');
let html = readFileSync(path, 'utf8');
// the same prefix as the links SvelteKit wrote (absolute or relative, as its paths setting makes them)
const prefix = /href="([^"]*)_app\/immutable\/entry\//.exec(html)?.[1];
if (prefix === undefined) throw new Error('preload-explorer: index.html links no SvelteKit entry');
const unlinked = (file) => !html.includes(`${prefix}${file}"`);
const links = [...files.filter(unlinked).map((file) => `\t\t<link href="${prefix}${file}" rel="modulepreload">\n`), ...styles.filter(unlinked).map((file) => `\t\t<link href="${prefix}${file}" rel="stylesheet">\n`), ...fonts.filter(unlinked).map((file) => `\t\t<link href="${prefix}${file}" rel="preload" as="font" type="font/woff2" crossorigin>\n`)];
if (links.length === 0) process.exit(0);
html = html.replace('\t</head>', `${links.join('')}\t</head>`);
writeFileSync(path, html);
if (existsSync(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(html, { level: 9 }));
if (existsSync(`${path}.br`)) writeFileSync(`${path}.br`, brotliCompressSync(html));
console.log(`preload-explorer: ${links.length} modules, stylesheets and fonts of ${PAGE} linked from index.html`);

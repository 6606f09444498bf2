import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The pure core (geoparse, gazetteer, corpus, read, topics, contracts) runs in Node, a browser or a worker:
// it may not import Node built-ins, Node-only adapters, the CLI, or the app.
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'url', 'util', 'child_process', 'worker_threads', 'stream', 'crypto', 'http', 'zlib', 'readline'];
const pureCore = ['src/lib/contracts.ts', 'src/lib/figure/**', 'src/lib/regexp.ts', 'src/lib/fold.ts', 'src/lib/evaluation/**', 'src/lib/geoparse/**', 'src/lib/gazetteer/**', 'src/lib/corpus/**', 'src/lib/read/**', 'src/lib/topics/**', 'src/lib/places/**', 'src/lib/store/*.ts', 'src/lib/store/sql/**'];

// tsx, which runs the CLI and the benchmarks, keeps function names: a function made inside another and
// bound to a name (a const, a property, an assignment, a nested declaration, a class field) is named by
// Object.defineProperty each time it is made, ~0.8 µs, as long as geoparsing a short text's mention. In the
// geoparser, per-document helpers are module functions, class methods, or functions returned or passed as
// arguments (which are not named).
const NAMED_CLOSURES = [':function VariableDeclarator > :function.init', ':function Property[method=false] > :function.value', ':function AssignmentExpression > :function.right', ':function FunctionDeclaration', 'PropertyDefinition[static=false] > :function.value'].map((selector) => ({
	selector,
	message: 'A function bound to a name inside a function is renamed each time it is made under tsx (~0.8 µs): use a module function, a method, or return or pass it unnamed (NAMED_CLOSURES in eslint.config.js).'
}));

// An array read at a negative index (tokens[first - 1] for a name that opens a text) is a property look-up in
// V8, and the read at that place in the code stays generic from then on, for every later text: in the
// geoparser, a token before another is read with tokenAt (tokens.ts), which answers undefined there.
const NEGATIVE_TOKEN_READS = ["MemberExpression[computed=true][property.type='BinaryExpression'][property.operator='-']:matches([object.name='tokens'], [object.property.name='tokens'])"].map((selector) => ({
	selector,
	message: 'tokens[i - 1] may read index -1, which makes V8 load generically at this place for good: use tokenAt(tokens, i - 1) (tokens.ts; NEGATIVE_TOKEN_READS in eslint.config.js).'
}));

// A page function's return value is serialized back to Node. MapLibre's camera and style calls return the map,
// and an event's target is the map: handed back, the whole map (its tiles' typed arrays) is serialized, seconds
// of work a call (session 52: the shader spec ran 137 s of its 60 s timeout under load). The browser specs give
// such calls a block body and resolve promises with nothing.
const CHAINABLE_MAP_CALLS = '/^(jumpTo|easeTo|flyTo|fitBounds|panTo|panBy|zoomTo|zoomIn|zoomOut|setZoom|setCenter|setBearing|setPitch|resize|setFilter|setPaintProperty|setLayoutProperty|addLayer|removeLayer|addSource|removeSource)$/';
const MAP_HANDED_BACK = [
	{
		selector: `CallExpression[callee.property.name=/^(evaluate|waitForFunction)$/] > ArrowFunctionExpression[expression=true][body.type='CallExpression'][body.callee.property.name=${CHAINABLE_MAP_CALLS}]`,
		message: 'This page function returns the MapLibre map, which Playwright then serializes back to Node (seconds a call): give it a block body (MAP_HANDED_BACK in eslint.config.js).'
	},
	{
		selector: "CallExpression[callee.property.name=/^(once|on)$/][arguments.1.type='Identifier'][arguments.1.name=/^(done|resolve)$/]",
		message: "A promise resolved with a map event hands the map (the event's target) back to Node: resolve with nothing, `() => done()` (MAP_HANDED_BACK in eslint.config.js)."
	}
];

export default ts.config(
	{ ignores: ['build/', 'dist/', 'dist.*/', '.svelte-kit/', 'node_modules/', 'generated/', '.gazette/', 'static/', 'scratch/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Document text is untrusted: never render it as HTML.
			'svelte/no-at-html-tags': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		files: pureCore,
		ignores: ['**/*.spec.ts'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: nodeBuiltins, message: 'The geoparse core is pure: no Node built-ins (use src/lib/server for I/O).' },
						{ group: ['**/server/**', '**/cli/**', '**/map/**', '**/ui/**', '**/state/**', '$app/*', 'maplibre-gl', 'svelte', 'svelte/*'], message: 'The core may not depend on adapters, the CLI or the app.' }
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname']
		}
	},
	{
		files: ['src/lib/geoparse/**'],
		ignores: ['**/*.spec.ts'],
		rules: { 'no-restricted-syntax': ['error', ...NAMED_CLOSURES, ...NEGATIVE_TOKEN_READS] }
	},
	{
		files: ['src/lib/map/**', 'src/lib/ui/**', 'src/lib/state/**', 'src/lib/share/**', 'src/routes/**'],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: nodeBuiltins, message: 'App code runs in the browser.' }, { group: ['**/server/**', '**/cli/**'], message: 'The app may not import Node adapters or the CLI.' }] }
			]
		}
	},
	{
		files: ['tests/e2e/**'],
		rules: { 'no-restricted-syntax': ['error', ...MAP_HANDED_BACK] }
	}
);

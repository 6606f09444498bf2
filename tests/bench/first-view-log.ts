// The live explorer's first view N times (fresh context each), with the map's story in the page's clock:
// when the map was made, each source loaded, frames rendered and painted, the gate released, the
// requests answered, the worker's own questions (glyphs), each shader program linked and every synchronous
// wait of the page on the GPU process over 5 ms. For finding what a slow first view waited for. `node --import tsx
// tests/bench/first-view-log.ts OUT [--runs N]` (GAZETTE_APP_DIR: another build)
import { instrumentedPage, type Bench } from './explorer-timings.ts';
import { serve } from '../e2e/harness.ts';
import { launchBenchBrowser } from './bench-browser.ts';

const LOG = `
window.gazetteMapLog = [];
(() => {
	const log = (what) => window.gazetteMapLog.push(Math.round(performance.now()) + ' ' + what);
	window.gazetteLog = log;
	let drew = false;
	for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
		const draw = context.prototype.drawElements;
		context.prototype.drawElements = function (...args) {
			if (!drew) { drew = true; log('paint'); requestAnimationFrame(() => (drew = false)); }
			return draw.apply(this, args);
		};
	}
	// the page's synchronous waits on the GPU process: a program's first status query waits for its
	// compile and link (and for every command before it), as do reads of results
	for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
		for (const name of ['getProgramParameter', 'getShaderParameter', 'getError', 'readPixels', 'getUniformBlockIndex', 'getExtension', 'getParameter']) {
			const call = context.prototype[name];
			context.prototype[name] = function (...args) {
				const started = performance.now();
				try { return call.apply(this, args); } finally { const ms = performance.now() - started; if (ms > 5) log('gl ' + name + ' waited ' + Math.round(ms) + ' ms'); }
			};
		}
	}
	// the map worker's messages: when each question went out and its answer came back
	const asked = new Map();
	const wants = new Set();
	const NativeWorker = window.Worker;
	window.Worker = function (url, options) {
		log('worker created');
		const worker = new NativeWorker(url, options);
		worker.addEventListener('message', (event) => {
			const d = event.data;
			if (d && d.type === '<response>' && asked.has(d.id)) log('worker answered ' + asked.get(d.id));
			// the worker's own questions to the page (glyphs, images) and when the page answered them
			else if (d && d.type && d.type !== '<response>') { log('worker wants ' + d.type + ' ' + (d.data && d.data.source ? d.data.source : '')); wants.add(d.id); }
		});
		return worker;
	};
	const post = NativeWorker.prototype.postMessage;
	NativeWorker.prototype.postMessage = function (message, ...rest) {
		if (message && message.type === '<response>' && wants.has(message.id)) { wants.delete(message.id); log('page answered worker'); }
		if (message && message.type && message.type !== '<response>') {
			const data = message.data || {};
			const what = message.type + ' ' + (data.source || data.sourceID || data.type || '') + (data.tileID ? ' ' + data.tileID.canonical.z + '/' + data.tileID.canonical.x + '/' + data.tileID.canonical.y : '');
			asked.set(message.id, what);
			log('worker asked ' + what);
		}
		return post.call(this, message, ...rest);
	};
	new MutationObserver(() => log('held=' + (document.documentElement.dataset.mapHeld ?? '-'))).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-held'] });
	(function hook() {
		const map = window.gazetteMap;
		if (!map) return requestAnimationFrame(hook);
		log('map known');
		map.on('sourcedata', (e) => { if (e.isSourceLoaded && e.sourceDataType !== 'metadata') log('loaded ' + e.sourceId); else if (e.tile) log('tile in ' + e.sourceId + ' ' + e.tile.tileID.canonical.z + '/' + e.tile.tileID.canonical.x + '/' + e.tile.tileID.canonical.y); });
		map.on('sourcedataloading', (e) => { if (e.tile) log('tile asked ' + e.sourceId + ' ' + e.tile.tileID.canonical.z + '/' + e.tile.tileID.canonical.x + '/' + e.tile.tileID.canonical.y); });
		map.on('render', () => log('render'));
		map.on('movestart', () => log('movestart'));
		map.on('moveend', () => log('moveend zoom ' + map.getZoom().toFixed(2)));
		map.on('idle', () => log('idle'));
		// each shader program as it is linked (MapLibre's program cache growing), and how long the page waited
		const cache = map.painter.programCache;
		const get = cache.getProgram.bind(cache);
		cache.getProgram = (variant) => {
			const before = Object.keys(cache.programs).length;
			const started = performance.now();
			const program = get(variant);
			if (Object.keys(cache.programs).length > before) log('program linked ' + variant.name + ' in ' + Math.round(performance.now() - started) + ' ms');
			return program;
		};
	})();
})();
`;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const out = args[0];
if (!out) throw new Error('usage: first-view-log.ts OUT [--runs N]');
const browser = await launchBenchBrowser();
try {
	for (let run = 1; run <= runs; run++) {
		// a fresh server each run, as explorer-timings.ts starts one (its start-up warm-up included)
		const server = await serve(out);
		const { context, page } = await instrumentedPage(browser);
		await page.addInitScript(LOG);
		await page.goto(server.url);
		const shown = await page.evaluate(async () => {
			const bench = (window as unknown as { gazetteBench: Bench }).gazetteBench;
			while (!('map' in bench.shown && 'list' in bench.shown && 'counts' in bench.shown)) await bench.frames();
			return bench.shown;
		});
		await page.waitForTimeout(1500);
		const story = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const marks = [`${Math.round(nav.responseStart)} html first byte`, `${Math.round(nav.domContentLoadedEventStart)} DOMContentLoaded`, ...performance.getEntriesByType('mark').map((m) => `${Math.round(m.startTime)} mark ${m.name}`)];
			const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((r) => !/\/chunks\/|\/nodes\/|\/entry\/|\.css$/.test(r.name))
				.map((r) => `${Math.round(r.startTime)} req ${r.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 70)} → ${Math.round(r.responseEnd)}`);
			const log = (window as unknown as { gazetteMapLog: string[] }).gazetteMapLog;
			return [...marks, ...requests, ...log].sort((a, b) => parseInt(a) - parseInt(b));
		});
		// then a topic toggled on, its story from the click
		const toggle = await page.evaluate(async () => {
			const b = (window as unknown as { gazetteBench: Bench }).gazetteBench;
			await b.settled();
			const log = (window as unknown as { gazetteMapLog: string[] }).gazetteMapLog;
			log.splice(0);
			const before = (document.querySelector('header .summary')?.textContent ?? '').trim();
			const started = performance.now();
			log.push(`${Math.round(started)} click`);
			document.querySelector<HTMLElement>('label.chip input')!.click();
			await b.changed('header .summary', before);
			log.push(`${Math.round(performance.now())} counts changed`);
			await b.placesDrawn();
			log.push(`${Math.round(performance.now())} places drawn`);
			await b.settled();
			log.push(`${Math.round(performance.now())} settled`);
			const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.startTime >= started).map((r) => `${Math.round(r.startTime)} req ${r.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 70)} → ${Math.round(r.responseEnd)}`);
			return [...log, ...requests].sort((a, b) => parseInt(a) - parseInt(b)).map((line) => `${parseInt(line) - Math.round(started)} ${line.slice(line.indexOf(' ') + 1)}`);
		});
		console.log(`\n#${run} first view ${Math.round(Math.max(shown.counts!, shown.list!, shown.map!))} ms`, JSON.stringify(shown));
		console.log(story.join('\n'));
		console.log(`#${run} toggle:\n${toggle.join('\n')}`);
		await context.close();
		await server.close();
	}
} finally {
	await browser.close();
}

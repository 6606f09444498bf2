// Renders a snapshot's figure to PNG in headless Chromium (playwright-core), where one is available.
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import type { SnapshotFigureRequest } from '../../snapshot/contract.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export class FigureUnavailableError extends Error {}

const DISABLED_FEATURES = [
	// Playwright's defaults
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	// and every service that would reach out on its own
	'AsyncDns',
	'DnsOverHttps',
	'DialMediaRouteProvider',
	'Translate',
	'AutofillServerCommunication',
	'CertificateTransparencyComponentUpdater',
	'SafeBrowsing',
	'InterestFeedContentSuggestions',
	'WebRtcHideLocalIpsWithMdns',
	// the browser's own omnibox popups: WebUI pages a renderer of their own loads with every window,
	// ~1 s of CPU beside the page each time (a browser test's first view shared 2 cores with it)
	'WebUIOmniboxPopup',
	'WebUIOmniboxAimPopup'
];

/** Playwright's disabled features and ours as one switch (a second --disable-features replaces the first). */
export const DISABLED_FEATURES_ARG = `--disable-features=${DISABLED_FEATURES.join(',')}`;

/** Headless Chromium with WebGL through SwiftShader and its own background services off (figures and browser tests). */
export const HEADLESS_CHROMIUM_ARGS: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * Chromium with no way out: background services off, and every host name — the proxy's included —
 * resolving to "not found", so a request that would leave the machine (Chromium's own update and
 * account checks among them) fails before any socket opens. The proxy is a local dead end that counts
 * whatever would still reach it. tests/e2e/figure-network.spec.ts watches with strace as well.
 */
export function offlineChromiumArgs(proxyPort: number): string[] {
	return [
		...HEADLESS_CHROMIUM_ARGS,
		'--disable-default-apps',
		'--disable-extensions',
		'--disable-domain-reliability',
		'--disable-client-side-phishing-detection',
		'--disable-breakpad',
		'--no-default-browser-check',
		'--no-pings',
		'--metrics-recording-only',
		// one --disable-features wins over another: Playwright's own list is repeated here
		DISABLED_FEATURES_ARG,
		'--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
		'--host-resolver-rules=MAP * ~NOTFOUND',
		`--proxy-server=http://127.0.0.1:${proxyPort}`,
		'--proxy-bypass-list=<-loopback>'
	];
}

/** The Chromium to use: GAZETTE_CHROMIUM, else Debian's; null when neither exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
	const candidate = env.GAZETTE_CHROMIUM || DEFAULT_CHROMIUM;
	return existsSync(candidate) ? candidate : null;
}

/**
 * Opens the snapshot file (file:// URL) and returns the PNG bytes of its figure. Any request that is
 * not file:, data: or blob: is aborted, so rendering never touches the network.
 */
/** A local TCP listener that takes the proxy's place: it closes every connection at once and counts it. */
async function blackHole(onConnection: () => void): Promise<{ port: number; close(): Promise<void> }> {
	const server = createServer((socket) => {
		onConnection();
		socket.destroy();
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => done());
	});
	return {
		port: (server.address() as AddressInfo).port,
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}

export interface RenderOptions {
	/** told about every connection Chromium tried through its (dead-end) proxy */
	onProxyConnection?: () => void;
}

export async function renderSnapshotPng(snapshotUrl: string, request: SnapshotFigureRequest, chromiumPath: string, options: RenderOptions = {}): Promise<Uint8Array> {
	let chromium: typeof import('playwright-core').chromium;
	try {
		({ chromium } = await import('playwright-core'));
	} catch {
		throw new FigureUnavailableError('PNG export needs the playwright-core package (npm install --save-dev playwright-core)');
	}
	const proxy = await blackHole(() => options.onProxyConnection?.());
	const browser = await chromium.launch({ executablePath: chromiumPath, args: offlineChromiumArgs(proxy.port), headless: true }).catch(async (error: unknown) => {
		await proxy.close();
		throw new FigureUnavailableError(`could not start Chromium at ${chromiumPath}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		await page.route('**/*', (route) => {
			const protocol = new URL(route.request().url()).protocol;
			return protocol === 'file:' || protocol === 'data:' || protocol === 'blob:' ? route.continue() : route.abort();
		});
		await page.goto(snapshotUrl);
		await page
			.waitForFunction(() => typeof (window as unknown as { gazetteFigure?: unknown }).gazetteFigure === 'function', undefined, { timeout: 60_000 })
			.catch(() => {
				throw new Error(`the snapshot map did not render${problems.length ? `: ${problems[0]}` : ''}`);
			});
		const dataUrl = await page.evaluate((figure) => (window as unknown as { gazetteFigure: (r: typeof figure) => Promise<string> }).gazetteFigure(figure), request);
		const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
		return new Uint8Array(Buffer.from(base64, 'base64'));
	} finally {
		await browser.close();
		await proxy.close();
	}
}

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

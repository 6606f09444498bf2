// Renders a snapshot's figure to PNG in headless Chromium (playwright-core), where one is available.
import { existsSync } from 'node:fs';
import type { SnapshotFigureRequest } from '../../snapshot/contract.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export class FigureUnavailableError extends Error {}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** The Chromium to use: GAZETTE_CHROMIUM, else Debian's; null when neither exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
	const candidate = env.GAZETTE_CHROMIUM || DEFAULT_CHROMIUM;
	return existsSync(candidate) ? candidate : null;
}

/**
 * Opens the snapshot file (file:// URL) and returns the PNG bytes of its figure. Any request that is
 * not file:, data: or blob: is aborted, so rendering never touches the network.
 */
export async function renderSnapshotPng(snapshotUrl: string, request: SnapshotFigureRequest, chromiumPath: string): Promise<Uint8Array> {
	let chromium: typeof import('playwright-core').chromium;
	try {
		({ chromium } = await import('playwright-core'));
	} catch {
		throw new FigureUnavailableError('PNG export needs the playwright-core package (npm install --save-dev playwright-core)');
	}
	const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true }).catch((error: unknown) => {
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

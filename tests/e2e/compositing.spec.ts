// The browser specs' Chromium composites pages in software (harness.ts CHROMIUM_ARGS) while the map's
// WebGL still runs, read back into the page's picture.
import { describe, expect, it } from 'vitest';
import { explorerSession, FIXTURE_OUTPUT } from './harness.ts';

describe('the browser specs’ Chromium', () => {
	const session = explorerSession(FIXTURE_OUTPUT);

	it('composites in software and keeps WebGL, read back', async () => {
		const cdp = await session.browser.newBrowserCDPSession();
		const { gpu } = (await cdp.send('SystemInfo.getInfo')) as { gpu: { featureStatus: Record<string, string> } };
		await cdp.detach();
		expect(gpu.featureStatus.gpu_compositing).toBe('disabled_software');
		expect(gpu.featureStatus.webgl).toBe('enabled_readback');
	});

	it('shows the map’s canvas in the page’s picture', async () => {
		const page = await session.open('?map=1.5/30/20');
		const map = page.locator('.maplibregl-map');
		const withCanvas = await map.screenshot();
		await page.locator('.maplibregl-canvas').evaluate((canvas: HTMLElement) => (canvas.style.visibility = 'hidden'));
		const withoutCanvas = await map.screenshot();
		expect(withCanvas.equals(withoutCanvas)).toBe(false);
	});
});

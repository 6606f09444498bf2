// The benches' browser. Chromium's own headless mode (`chromium --headless`) runs the whole browser
// with its window hidden: it lays out and paints the toolbar, the tab's icon (the loading throbber,
// frame after frame while a page loads), the address bar on every URL change, and presents each
// frame of the whole window through SwiftShader. Measured on the explorer's cold first view (load
// 19–25, the same build, three runs a browser): GPU process 2.4–2.8 → 0.9–1.4 CPU s, browser process
// 0.40–0.51 → 0.21, SwapBuffers 5.7–9.7 s → 2–11 ms of wall, frames before the map's picture 10–34 → 8.
// None of that is the page's, and a reader's browser draws its window on a GPU. Chromium's headless
// shell (Debian's chromium-headless-shell, the headless Chromium Playwright runs by default) renders
// pages with the same Blink, compositor and SwiftShader WebGL and no browser window, so the benches
// use it where it is installed; GAZETTE_BENCH_CHROMIUM names another (`/usr/bin/chromium` for
// figures comparable with those of sessions before 47). The browser specs keep CHROMIUM.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/harness.ts';

export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** GAZETTE_BENCH_CHROMIUM, else the headless shell where it exists, else the specs' Chromium. */
export function benchChromium(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): string {
	return env.GAZETTE_BENCH_CHROMIUM || (exists(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);
}

/** The benches' headless browser, with the specs' arguments; says which it is on stderr. */
export async function launchBenchBrowser(): Promise<Browser> {
	const executablePath = benchChromium();
	console.error(`bench browser: ${executablePath}`);
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

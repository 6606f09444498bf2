import { describe, expect, it } from 'vitest';
import { CHROMIUM } from '../e2e/harness.ts';
import { benchChromium, HEADLESS_SHELL } from './bench-browser.ts';

describe('benchChromium', () => {
	it('is the headless shell where it is installed: no browser window drawn around the page', () => {
		expect(benchChromium({}, (path) => path === HEADLESS_SHELL)).toBe(HEADLESS_SHELL);
	});

	it('is the browser specs’ Chromium where the shell is missing', () => {
		expect(benchChromium({}, () => false)).toBe(CHROMIUM);
	});

	it('is the one GAZETTE_BENCH_CHROMIUM names, installed shell or not', () => {
		expect(benchChromium({ GAZETTE_BENCH_CHROMIUM: '/usr/bin/chromium' }, () => true)).toBe('/usr/bin/chromium');
	});
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdPage } from './page-hold.ts';

// the page's root as holdPage uses it: its data attributes
const root = () => ({ dataset: {} as DOMStringMap }) as HTMLElement;

describe('holdPage', () => {
	afterEach(() => vi.useRealTimers());

	it('marks the page held until released, and a second release changes nothing', () => {
		const html = root();
		const hold = holdPage(html);
		expect(html.dataset.pageHeld).toBe('1');
		hold.release();
		expect(html.dataset.pageHeld).toBeUndefined();
		hold.release();
		expect(html.dataset.pageHeld).toBeUndefined();
	});

	it('lets the page go by itself after its longest wait', () => {
		vi.useFakeTimers();
		const html = root();
		holdPage(html, 5000);
		vi.advanceTimersByTime(4999);
		expect(html.dataset.pageHeld).toBe('1');
		vi.advanceTimersByTime(1);
		expect(html.dataset.pageHeld).toBeUndefined();
	});
});

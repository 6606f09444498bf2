// The shipped basemap's size budget (issue 13): the first, world-scale view loads only the small files,
// and the whole basemap, detail archive included, stays within 30 MB on disk.
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../map/basemap-data/', import.meta.url);
const sizes = new Map(readdirSync(DIR).map((name) => [name, statSync(new URL(name, DIR)).size] as const));
const total = (names: string[]) => names.reduce((sum, name) => sum + sizes.get(name)!, 0);

describe('basemap size budget', () => {
	it('keeps the whole basemap within 30 MB on disk', () => {
		expect(sizes.has('detail.tiles')).toBe(true);
		expect(total([...sizes.keys()])).toBeLessThanOrEqual(30 * 1024 * 1024);
	});

	it('keeps the world-scale files the first view loads under 500 KB (the detail archive is read only when zoomed in)', () => {
		const world = [...sizes.keys()].filter((name) => name !== 'detail.tiles');
		expect(world.sort()).toEqual(['borders.json', 'cities.json', 'country-labels.json', 'lakes.json', 'land.json']);
		expect(total(world)).toBeLessThanOrEqual(500 * 1024);
	});
});

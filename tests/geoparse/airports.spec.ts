// Large airports as sites (data/gazetteer/airports.tsv, from OurAirports checked against OpenFlights):
// news names them by their own names and by their bare distinctive word, which a small town abroad may
// also bear ("Heathrow", Florida). Texts written for these tests, against the real gazetteer.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { readFeatureTable } from '../../src/lib/server/gazetteer-build/curated.ts';
import { readTsv } from '../../src/lib/server/gazetteer-build/tsv.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Each toponym as "name → place id". */
function read(text: string): string[] {
	return geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeId}`);
}

describe('large airports', () => {
	it('are the airport by their names and bare word, not a town abroad ("at Heathrow airport" is no Florida town)', () => {
		expect(read('Police searched a plane at Heathrow airport on Friday.')).toEqual(['Heathrow airport → air:LHR']);
		expect(read("Twenty million fish passed through Heathrow's cargo centre.")).toEqual(['Heathrow → air:LHR']);
		expect(read('Flights from Schiphol and Changi Airport were delayed.')).toEqual(['Schiphol → air:AMS', 'Changi Airport → air:SIN']);
	});

	it('leave the town where the text names it with its state', () => {
		expect(read('Heathrow, Florida, lies north of Orlando.')).toContain('Heathrow → gn:4158296');
	});

	it('each carry a point two sources agree on within 5 km, and no bare word that is a first name or an English word', async () => {
		const path = join(PACKAGE_ROOT, 'data', 'gazetteer', 'airports.tsv');
		for (const row of await readTsv(path)) expect(Number(/OpenFlights \d+ ([\d.]+) km/.exec(row.note ?? '')?.[1] ?? Infinity), row.id).toBeLessThanOrEqual(5);
		const airports = await readFeatureTable(path);
		expect(airports.length).toBeGreaterThan(400);
		for (const airport of airports) {
			expect(airport.id).toMatch(/^air:[A-Z]{3}$/);
			expect(airport.kind).toBe('site');
			for (const name of airport.names) expect(gazetteer.firstNames.has(name.toLowerCase()) || (gazetteer.commonWords.get(name.toLowerCase()) ?? 0) > 0, `${airport.id} ${name}`).toBe(false);
		}
	});
});

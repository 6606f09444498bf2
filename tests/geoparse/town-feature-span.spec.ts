// "Lake Nakuru", "Mount Huangshan", "Old Cairo", "Klein Windhoek": a lake, a mountain or an old or small quarter named after a town the gazetteer lacks whole is the
// toponym, from its capitalised first word, at the town (not the town's bare name inside it). Texts written
// for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesIn = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.placeName}`);

describe('a lake or an old quarter named after a town', () => {
	it('gives the whole name, placed at the town', () => {
		expect(placesIn('Flamingos crowd the shallows of Lake Nakuru, in Kenya.')).toEqual(['Lake Nakuru:Nakuru', 'Kenya:Kenya']);
		expect(placesIn('The churches of Old Cairo drew pilgrims from across Egypt.')).toEqual(['Old Cairo:Cairo', 'Egypt:Egypt']);
		// "Mount" before the name of the town or the land the mountain rises in (wiki batches: Huangshan, Batur, Roraima)
		expect(placesIn('Hikers climb Mount Huangshan at dawn.')).toEqual(['Mount Huangshan:Huangshan']);
	});

	it('reads a suburb named "Klein" or "Groot" after its town whole, at the town', () => {
		expect(placesIn('Offices moved from the centre to Klein Windhoek, east of the Namibian capital.')).toEqual(['Klein Windhoek:Windhoek', 'Namibian:Namibia']);
		expect(placesIn('In Klein Windhoek the streets were quiet.')).toEqual(['Klein Windhoek:Windhoek']);
	});

	it('leaves a surname "Klein" before a town to the person', () => {
		expect(placesIn('Hans Klein Berlin-based publisher, spoke.').map((p) => p.split(':')[0])).not.toContain('Klein Berlin');
	});

	it('leaves names the gazetteer has whole, and other capitalised words before a town', () => {
		expect(placesIn('Rowers trained on Lake Geneva, and the ferry left Lausanne at noon.')).toEqual(['Lake Geneva:Lake Geneva', 'Lausanne:Lausanne']);
		expect(placesIn('Fans drove from Old Saybrook to see the match in Hartford.')).toEqual(['Old Saybrook:Old Saybrook', 'Hartford:Hartford']);
		expect(placesIn('Flamingos crowd the shallows near Nakuru, in Kenya.')).toEqual(['Nakuru:Nakuru', 'Kenya:Kenya']);
	});
});

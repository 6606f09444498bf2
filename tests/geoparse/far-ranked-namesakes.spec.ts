// A name a hundred places bear is weighed by its leading homonyms; a small town ranked far below them is
// weighed too where the text names its state plainly (a county, an abbreviation) and places around it
// (within 100 km), and wins where they say it is meant.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { kilometres } from '../helpers/kilometres.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const named = (text: string, name: string): Toponym | undefined => geoparse(text, gazetteer).find((t) => t.name === name);
const within = (toponym: Toponym | undefined, point: [number, number], km = 30) => toponym !== undefined && kilometres([toponym.lat, toponym.lon], point) < km;

describe('a small town ranked far below its namesakes', () => {
	it('is the place where the text names its state (by a neighbouring county) and towns around it', () => {
		// San Antonio in Pasco County, Florida, beside Dade City and Zephyrhills; Hernando County is next door
		expect(within(named('Deputies from Dade City and Zephyrhills searched a pasture near San Antonio, and Hernando County deputies brought a dog.', 'San Antonio'), [28.34, -82.27])).toBe(true);
	});

	it('stays the well-known namesake where the text does not point to the town', () => {
		expect(within(named('She left Zephyrhills for San Antonio and later moved to Houston.', 'San Antonio'), [29.42, -98.49])).toBe(true);
		// (no state named plainly: the towns around alone do not bring up a namesake ranked so low)
		expect(within(named('Deputies from Dade City and Zephyrhills said the stolen truck turned up in San Antonio on Sunday.', 'San Antonio'), [29.42, -98.49])).toBe(true);
		expect(within(named('San Antonio police said the car was found on Monday.', 'San Antonio'), [29.42, -98.49])).toBe(true);
		expect(within(named('Tech workers from San Jose flew to Albuquerque and Santa Fe for the conference.', 'San Jose'), [37.34, -121.89])).toBe(true);
		expect(named('Police in Cartersville said the man drove to Kingston, where he boarded a ship for Jamaica.', 'Kingston')?.country).toBe('JM');
	});
});

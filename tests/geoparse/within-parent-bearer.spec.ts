// A described subject the gazetteer holds inside the parent the text states is put at that place, not at the
// parent's point (bearer-in-parent.ts, read by within-parent.ts): texts written for these tests, against the
// real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { nameKey } from '../../src/lib/gazetteer/normalize.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { bearerInParent } from '../../src/lib/geoparse/bearer-in-parent.ts';
import { kilometres } from '../../src/lib/geoparse/qualifies.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const named = (toponyms: Toponym[], name: string) => toponyms.filter((t) => t.name === name);
const km = (t: Toponym, point: [number, number]) => Math.round(kilometres(t, { lat: point[0], lon: point[1] }));
const CHARM: [number, number] = [40.507, -81.783];
const county = (name: string, state: string) => gazetteer.places.find((p) => p.kind === 'district' && p.name === name && p.admin1 === state)!;

describe('a described subject the gazetteer holds inside its stated parent', () => {
	it('is put at that place (a post-office town the recogniser leaves unread), not at the county point 14 km off', () => {
		const text = 'Charm is an unincorporated community in Holmes County, Ohio, United States. It lies along State Route 557.';
		const [charm] = named(geoparse(text, gazetteer), 'Charm');
		expect(charm).toMatchObject({ placeName: 'Charm', country: 'US', reasons: ['within-parent'] });
		expect(km(charm!, CHARM)).toBeLessThan(2);
	});

	it('is that place wherever the text names it again, and the word it also is stays a word', () => {
		const text = 'Charm is an unincorporated community in Holmes County, Ohio. Its charm draws visitors, and Charm Days fill the square; a store in Charm sells quilts.';
		const charms = geoparse(text, gazetteer).filter((t) => t.reasons.includes('within-parent'));
		expect(charms.map((t) => t.start)).toEqual([0, text.lastIndexOf('Charm')]);
		for (const charm of charms) expect(km(charm, CHARM)).toBeLessThan(2);
	});

	it('is not a namesake in a neighbouring county: the text states another county, and the subject stays at its point', () => {
		const text = 'Charm is an unincorporated community in Wayne County, Ohio, United States.';
		const [charm] = named(geoparse(text, gazetteer), 'Charm');
		expect(charm).toMatchObject({ reasons: ['within-parent'] });
		expect(km(charm!, CHARM)).toBeGreaterThan(20);
	});

	it('is the only one of its name in the parent: two of the name there say nothing of which', () => {
		const monmouth = county('Monmouth County', 'NJ');
		const parent = { place: monmouth, level: 1, lat: monmouth.lat, lon: monmouth.lon };
		expect(bearerInParent(nameKey('Shrewsbury'), parent, gazetteer)).toBeNull();
		const holmes = county('Holmes County', 'OH');
		expect(bearerInParent(nameKey('Charm'), { place: holmes, level: 1, lat: holmes.lat, lon: holmes.lon }, gazetteer)?.name).toBe('Charm');
	});

	it('is read where a locative word comes before it and its state or county right after it ("in Charm, Ohio", "in Charm in Holmes County")', () => {
		for (const text of ['The auction in Charm, Ohio drew Amish buyers from three states.', 'Quilts sold in Charm in Holmes County go for $900.']) {
			const [charm] = named(geoparse(text, gazetteer), 'Charm');
			expect(charm, text).toMatchObject({ placeName: 'Charm', reasons: ['within-parent'] });
			expect(km(charm!, CHARM)).toBeLessThan(2);
		}
	});

	it('so read, is not the English word opening a later sentence, and is nothing where the parent holds no place of the name', () => {
		const text = 'The auction in Charm, Ohio drew buyers. Charm matters to the vendors, and Charm sells quilts.';
		expect(named(geoparse(text, gazetteer), 'Charm').map((t) => t.start)).toEqual([text.indexOf('Charm'), text.lastIndexOf('Charm')]);
		for (const other of ['The quilt show in Charm, Indiana drew buyers.', 'Deputy Lively in Lancaster County said the road was closed.', 'A talk on Charm in Holmes County drew a crowd.']) {
			expect(geoparse(other, gazetteer).filter((t) => t.reasons.includes('within-parent')), other).toEqual([]);
		}
	});
});

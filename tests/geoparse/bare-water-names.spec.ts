// A river's or a lake's one-word name standing bare, with no article, no water word and no word of its landscape
// after it, is a firm's or a brand's named after it (bare-water-names.ts): session 42's BBC hand audit found
// "links to online store Amazon" and "investment company Baikal" read as the river and the lake. After a
// preposition of place, where a town of a country the text names bears it, it is that town. Texts written for
// these tests, in the shapes the audit found, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) =>
	geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeName}${t.kind === 'city' ? ` ${t.country}` : ''}`);

describe('a river or a lake named bare', () => {
	it('is the firm named after it', () => {
		expect(places('The success of sites such as Google, Amazon, eBay and Yahoo shows it. Amazon made it to the patent office first.')).toEqual([]);
		expect(places('Yukos named the investment company Baikal in its suit, and Baikal has not replied.')).not.toContain('Baikal → Lake Baikal');
		expect(places('Shares in Amazon rose 3% in New York.')).not.toContain('Amazon → Amazon River');
	});

	it('stays the river or the lake with its article, its word, its landscape or an owner', () => {
		expect(places('Boats on the mighty Amazon and the Orinoco carry most of the cargo.')).toContain('Amazon → Amazon River');
		expect(places('Floods along the Tigris and Euphrates forced thousands from their homes.')).toContain('Euphrates → Euphrates');
		expect(places('Logging in the Amazon rainforest rose by a fifth last year.')).toContain('Amazon → Amazon River');
		expect(places("Scientists say Russia's Baikal holds a fifth of the world's fresh water.")).toContain('Baikal → Lake Baikal');
	});

	it('stays the river or the lake after a sentence\'s "The", a part of the water, or before a verb only water does', () => {
		expect(places('The Volga froze early this winter, and barges stayed at Astrakhan.')).toContain('Volga → Volga');
		expect(places('Tourists camp along the shore of Baikal near Irkutsk every summer.')).toContain('Baikal → Lake Baikal');
		expect(places('After a week of rain in Assam, Brahmaputra burst its banks near Dibrugarh.')).toContain('Brahmaputra → Brahmaputra');
	});

	it('stays the water before a noun of the water, in a text that reads it as the water elsewhere, or after a preposition in its country (revA counter-cases)', () => {
		expect(places('Danube cruise operators cancelled sailings in Hungary.')).toContain('Danube → Danube');
		expect(places('Tigris and Euphrates flows have fallen by 40 percent, Iraqi officials say.')).toEqual(expect.arrayContaining(['Tigris → Tigris', 'Euphrates → Euphrates']));
		expect(places('Rivers such as Volga, Don and Dnieper carried grain south.')).toContain('Volga → Volga');
		expect(places('The Cauvery dispute goes on. Tamil Nadu wants Cauvery Management Board set up now.').filter((p) => p.startsWith('Cauvery'))).toEqual(['Cauvery → Kaveri', 'Cauvery → Kaveri']);
		expect(places('Pilgrims bathe in Ganges at Varanasi in India.')).toContain('Ganges → Ganges');
	});

	it('is the town of a named country that bears the name after a preposition of place', () => {
		expect(places('Night buses ran from Kherson to Dnipro, the regional governor in Ukraine said.')).toContain('Dnipro → Dnipro UA');
	});
});

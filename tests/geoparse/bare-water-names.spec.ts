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

	it('stays the river where the text names a town on its course or a land it crosses (leads s45)', () => {
		expect(places('Barges on Rhine in Germany carried less coal this year.')).toContain('Rhine → Rhine');
		expect(places('Refugees crossed Dniester into Moldova overnight.')).toContain('Dniester → Dniester');
		expect(places('Ships sailed on Irtysh past Omsk.')).toContain('Irtysh → Irtysh');
		// far from the course, the firm: Brazil's and Peru's points lie 700 km and more from the Amazon's towns
		expect(places('Shoppers turned to online store Amazon in Brazil and Peru this year.')).not.toContain('Amazon → Amazon River');
		// ... and where no word puts it on water: a firm works where its river runs (revA's counter-cases)
		expect(places('Amazon hired 500 workers in Iquitos and Manaus this year.')).not.toContain('Amazon → Amazon River');
		expect(places('GAZ stopped making Volga in Nizhny Novgorod in 2010.')).not.toContain('Volga → Volga');
		// "on", "over", "onto" put it on water only right after a vessel: else the firm's "spent on Amazon" (revA s45, s46)
		expect(places('Shoppers in Manaus spent more on Amazon this year.')).not.toContain('Amazon → Amazon River');
		expect(places('Sellers from Iquitos and Manaus list their crafts on Amazon.')).not.toContain('Amazon → Amazon River');
		expect(places('The book sold out on Amazon within hours, its Manaus publisher said.')).not.toContain('Amazon → Amazon River');
		expect(places('A Manaus ferry company now sells its tickets on Amazon.')).not.toContain('Amazon → Amazon River');
		// ... nor in a sentence of trade, where the vessel is goods (revA s46)
		expect(places('A Manaus shop sold 300 inflatable rafts on Amazon last month.')).not.toContain('Amazon → Amazon River');
		expect(places('Cargo boats on Amazon reached Manaus late.')).toContain('Amazon → Amazon River');
	});

	it('is the town of a named country that bears the name after a preposition of place', () => {
		expect(places('Night buses ran from Kherson to Dnipro, the regional governor in Ukraine said.')).toContain('Dnipro → Dnipro UA');
	});
});

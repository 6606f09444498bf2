// "in the heart of Saxon Switzerland", "Moravian Wallachia": a land's name after the adjective of a region of another
// country names a landscape of that region likened to the land, where the text's countries and regions lie in the
// region's country (src/lib/geoparse/likened-landscapes.ts). The land stays where the adjective is a country's, where
// the text names places of the land, and where the region lies too far from the land for a likeness (Victoria and
// England). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('landscapes likened to a land abroad', () => {
	it("reads no land abroad in a region's landscape named after it", () => {
		expect(names('Bad Schandau is a spa town in Saxony, Germany, in the heart of Saxon Switzerland.')).toEqual(['Bad Schandau DE', 'Saxony DE', 'Germany DE']);
		expect(names('Pottenstein is a town in Upper Franconia, Bavaria, in Franconian Switzerland.')).not.toContain('Switzerland CH');
		expect(names('Štramberk is a town in the Czech Republic. The town belongs to Moravian Wallachia.')).not.toContain('Wallachia RO');
		// the landscape's own name in its language names the land too ("Schweiz"), and says nothing of the land
		expect(names('Rathen is a village in the Sächsische Schweiz-Osterzgebirge district of Saxony, Germany, in Saxon Switzerland.')).not.toContain('Switzerland CH');
	});

	it("keeps the land after a country's adjective, in a text about its own places, and far from the region", () => {
		expect(names('Lausanne is the largest city of French Switzerland, on Lake Geneva.')).toContain('Switzerland CH');
		expect(names('Lugano lies in Italian Switzerland. Day trips from Saxony, Germany, reach Saxon Switzerland and Bern.')).toContain('Switzerland CH');
		expect(names('Ballarat is a city in Victoria, Australia. Its streets recall Victorian England.')).toContain('England GB');
		expect(names('Olesko lay in Austrian Galicia from 1772. It is a village in Lviv Oblast, Ukraine.')).toContain('Galicia PL');
	});
});

describe('cities a place is likened to by name', () => {
	it('reads no place in a city named after "called the" or "known as the" in a text about lands elsewhere', () => {
		expect(names('Brantôme is a town in the Dordogne, France. Its population was 2,000 in 2016.\n\nThe old town stands on an island in the Dronne, and is called "the Venice of the Périgord".').map((n) => n.split(' ')[0])).not.toContain('Venice');
		expect(names('Wambierzyce is a village in Kłodzko County, Poland, and had 1,100 inhabitants in 2011. It is called the Silesian Jerusalem.').map((n) => n.split(' ')[0])).not.toContain('Jerusalem');
		expect(names('Vilnius, the capital of Lithuania, was once known as the Jerusalem of Lithuania.')).toEqual(['Vilnius LT', 'Lithuania LT', 'Lithuania LT']);
	});

	it("keeps a city so named in a text about its own country's lands, and a town called by its name", () => {
		expect(names('The Bronx is a borough of New York City, New York. Its south is known as the Bronx River area.')).toContain('The Bronx US');
		expect(names('She moved to Scotland and then to a town called Paris, in Texas.')).toContain('Paris US');
		expect(names('EU leaders met in Brussels, Belgium. Their targets became known as the Lisbon Agenda.')).toContain('Lisbon PT');
		expect(names('Officials in Israel called the Cairo meeting a failure.')).toContain('Cairo EG');
		expect(names('In Germany, many called the London bombing an attack on Europe.')).toContain('London GB');
		expect(names('Officials in France called the Berlin and Rome meetings a success.')).toContain('Berlin DE');
		expect(names('In Spain, critics called the Paris of the 1920s a feast.')).toContain('Paris FR');
	});
});

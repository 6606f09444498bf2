// The fixed forms of bot-made Wikipedia stubs about villages in Poland, Ukraine, Azerbaijan, Bulgaria and
// the Czech Republic: a village's name of two words the gazetteer lacks, a division word after the seat's
// name ("Raion", "Rayon", "Municipality"), a region's English name. Texts written for these tests, against
// the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a word of a village\'s two-word name the gazetteer lacks', () => {
	it('is not the namesake that bears the word alone (Wola, the Warsaw district)', () => {
		const opening = 'Wola Kiełpińska is a village in the administrative district of Gmina Zakroczym, within Nowy Dwór County, Masovian Voivodeship, in east-central Poland.';
		expect(read(opening)).toContain('Masovian Voivodeship → region PL/78');
		// (the village itself is put within its gmina's seat: within-parent.ts)
		expect(read(opening).filter((t) => t.startsWith('Wola'))).toEqual(['Wola Kiełpińska → city PL/78 (within)']);
		// embedded readings too: the word names no place inside the longer name
		expect(geoparse(opening, gazetteer).filter((t) => t.name === 'Wola')).toEqual([]);
		expect(read('Ruska Wola is a village in the administrative district of Gmina Chorzele.').filter((t) => t.startsWith('Wola'))).toEqual([]);
		expect(read('Dębowa Wola is a village in eastern Poland.').filter((t) => t.startsWith('Wola'))).toEqual([]);
	});

	it('keeps a place beside an English word, a first name, another place or a division word', () => {
		expect(read('Protesters gathered in the Wola district of Warsaw.')).toContain('Wola → city PL/78');
		// a big city beside a foreign word is still named: its station, its airport
		expect(geoparse('The train left Kraków Główny at noon.', gazetteer).map((t) => t.name)).toContain('Kraków');
		expect(read('Bychawa lies in Gmina Bychawa, Lublin Voivodeship.')).toContain('Bychawa → city PL/75');
	});
});

describe('a Czech, Slovak or Polish name joined by "nad", "pod" or "na"', () => {
	it('is read whole, not as its first words (another town) and an inflected river', () => {
		const places = read('Buses run from Dvůr Králové nad Labem to Nové Město na Moravě and Nowe Miasto nad Pilicą.');
		expect(places).toEqual(['Dvůr Králové nad Labem → city CZ/82', 'Nové Město na Moravě → city CZ/80', 'Nowe Miasto nad Pilicą → city PL/78']);
	});

	it('leaves the first word of such a name the gazetteer lacks unmapped', () => {
		// (Újezd nad Lesy, a Prague district, is in GeoNames cities1000: read whole)
		const places = read('The road runs to Lhota nad Moravou and on to Újezd nad Lesy.');
		expect(places.filter((t) => t.startsWith('Lhota'))).toEqual([]);
		expect(places.filter((t) => t.startsWith('Újezd'))).toEqual(['Újezd nad Lesy → city CZ/52']);
	});
});

describe('a division word after its seat\'s name', () => {
	it('reads "X Raion", "X Rayon" and "X Municipality" as the division named after the town', () => {
		expect(read('Velyki Sorochyntsi is a village in Myrhorod Raion, Poltava Oblast, Ukraine.')).toContain('Myrhorod Raion → district UA/18');
		expect(read('Lahıc is a village and municipality in the Ismailli Rayon of Azerbaijan.')).toContain('Ismailli Rayon → region AZ/25');
		expect(read('Zheravna is a village in Kotel Municipality, in Sliven Province, Bulgaria.')).toContain('Kotel Municipality → district BG/56');
	});

	it('does not read the division word as a place of its own (Rayón, Mexico)', () => {
		expect(read('Lahıc is a village and municipality in the Ismailli Rayon of Azerbaijan. It has a population of 862.').filter((t) => t.startsWith('Rayon'))).toEqual([]);
	});
});

describe('a Czech region by its English name', () => {
	it('is the region ("Central Bohemian Region" is Středočeský kraj)', () => {
		expect(read('Lány is a municipality and village in Kladno District in the Central Bohemian Region of the Czech Republic.')).toContain('Central Bohemian Region → region CZ/88');
		expect(read('Telč is a town in Jihlava District in the Vysočina Region of the Czech Republic.')).toContain('Vysočina Region → region CZ/80');
	});
});

describe('a neighbour of a subject the gazetteer lacks, placed by the seat of its division', () => {
	it('is left unmapped where its only reading lies across the country ("the neighbouring village of …")', () => {
		// Kyrylivka in Zaporizhzhia Oblast lies 420 km from Myrhorod
		const places = read('Pylypovychi is a village in Myrhorod Raion, Poltava Oblast, Ukraine. The neighbouring village of Kyrylivka lies to the east.');
		expect(places).toContain('Myrhorod Raion → district UA/18');
		expect(places.filter((t) => t.startsWith('Kyrylivka'))).toEqual([]);
	});
});

describe('the last word of a subject\'s two-word name after a word no lexicon knows', () => {
	it('is no town of its own ("Bolshoye Gorodishche" is not Gorodishche, the town)', () => {
		const stub = 'Bolshoye Gorodishche (Russian: Большое Городище) is a rural locality (a village) in Kamensky District, Penza Oblast, Russia. Bolshoye Gorodishche is located 25 km north of the district\'s centre by road.';
		expect(read(stub).filter((t) => t.startsWith('Gorodishche'))).toEqual([]);
	});
});

describe('the nearest localities and the district\'s centre of a subject placed by its region', () => {
	const stub = (geography: string) => `Bolshoye Gorodishche (Russian: Большое Городище) is a rural locality (a village) in Kamensky District, Penza Oblast, Russia. Population: 135 (2010 Census). ${geography}`;

	it('are left unmapped where their only readings lie outside the region', () => {
		// the Aleksandrovka the gazetteer has lies in the North Caucasus; of its Kamenkas, GeoNames cities1000
		// added the district's own centre in Penza Oblast (the others lie in Voronezh Oblast and beyond)
		const places = read(stub('Bolshoye Gorodishche is located 25 km north of Kamenka (the district\'s administrative centre) by road. Aleksandrovka is the nearest rural locality.'));
		expect(places.filter((t) => t.startsWith('Aleksandrovka'))).toEqual([]);
		expect(places.filter((t) => t.startsWith('Kamenka'))).toEqual(['Kamenka → city RU/57']);
		expect(places).toContain('Penza Oblast → region RU/57');
	});

	it('keeps one that lies in the region', () => {
		const places = read('Pokrovka (Russian: Покровка) is a rural locality (a khutor) in Bolshesoldatsky District, Kursk Oblast, Russia. Ivanovka and Mikhaylovka are the nearest rural localities.');
		expect(places).toContain('Mikhaylovka → city RU/41');
	});
});

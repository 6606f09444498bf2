// A place the gazetteer lacks, named with its parents, is put at the lowest of them (within-parent.ts):
// texts written for these tests, against the real gazetteer; where a real place is hidden from it
// (tests/helpers/unlisted-gazetteer.ts), it stands for the many the gazetteer lacks that have a namesake.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { kilometres } from '../../src/lib/geoparse/qualifies.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { gazetteerWithout, placesNamedNear } from '../helpers/unlisted-gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const named = (toponyms: Toponym[], name: string) => toponyms.filter((t) => t.name === name);
const km = (t: Toponym, point: [number, number]) => Math.round(kilometres(t, { lat: point[0], lon: point[1] }));
/** the gazetteer without the places of that name near the point */
const hiding = (name: string, point: [number, number]) => gazetteerWithout(gazetteer, new Set(placesNamedNear(gazetteer, name, point)));

describe('a place the gazetteer lacks, named with its parents', () => {
	it('is put at its lowest parent, under its own name and an id of its own', () => {
		const text = 'Kowalewo is a village in the administrative district of Gmina Pomiechówek, within Nowy Dwór Mazowiecki County, Masovian Voivodeship, in east-central Poland.';
		const toponyms = geoparse(text, gazetteer);
		const [kowalewo] = named(toponyms, 'Kowalewo');
		const gmina = named(toponyms, 'Gmina Pomiechówek')[0]!;
		expect(kowalewo).toMatchObject({ placeName: 'Kowalewo', kind: 'city', country: 'PL', reasons: ['within-parent'], lat: gmina.lat, lon: gmina.lon });
		expect(kowalewo!.placeId).not.toBe(gmina.placeId);
		expect(kowalewo!.geonameId).toBeUndefined();
		expect(kowalewo!.score).toBeLessThan(0.5);
	});

	it('is the same place wherever the text names it again, not a namesake abroad', () => {
		const text = 'Berlin is an unincorporated community in Bourbon County, Kansas, United States. In 1910, Berlin had 61 people.';
		const berlins = named(geoparse(text, gazetteer), 'Berlin');
		expect(berlins).toHaveLength(2);
		for (const berlin of berlins) expect(berlin).toMatchObject({ country: 'US', reasons: ['within-parent'] });
		expect(berlins.every((b) => km(b, [37.83, -94.93]) < 50)).toBe(true);
		expect(new Set(berlins.map((b) => b.placeId)).size).toBe(1);
	});

	it('is not a word of a longer name, nor the word that opens a sentence', () => {
		const text = 'Bever is a village in Bourbon County, Kansas. In Bever, the Val Bever school closed.';
		expect(geoparse(text, gazetteer).filter((t) => t.reasons.includes('within-parent')).map((t) => t.start)).toEqual([0, text.indexOf('Bever,')]);
	});

	it('is not the name joined to a longer one by a particle ("Civita di Bagnoregio")', () => {
		const text = 'Kowalewo is a village in Bourbon County, Kansas. The hamlet of Nowe di Kowalewo lies nearby, and Kowalewo has a church.';
		expect(geoparse(text, gazetteer).filter((t) => t.reasons.includes('within-parent')).map((t) => t.start)).toEqual([0, text.lastIndexOf('Kowalewo')]);
	});

	it('after "the village of" has its parents right after it, not in a later clause', () => {
		const text = 'The desert lies below the town, around the village of Estación Catorce; the Huichol walk there from Jalisco and Nayarit.';
		expect(geoparse(text, gazetteer).filter((t) => t.reasons.includes('within-parent'))).toEqual([]);
	});

	it('after "the village of X," takes no parent from the next clause a conjunction or relative word opens', () => {
		for (const text of [
			'Smoke reached the village of Metsovo, and in Thessaloniki schools closed.',
			'Snow cut off the village of Zermatt, but in Geneva the trains ran.',
			'Ferries stopped at the village of Mandraki, where the harbour flooded, while Rhodes stayed open.',
			// (any word but one that places: the clause speaks of the place's visitors, not its parents)
			'The fair drew 12,000 visitors to the city of Oaxaca, many of them from Puebla and Veracruz.'
		]) {
			expect(geoparse(text, gazetteer).filter((t) => t.reasons.includes('within-parent'))).toEqual([]);
		}
		// a parent straight after the comma still places it
		expect(named(geoparse('Police raided the village of Stara Wieś Kowalska, Płońsk County, on Monday.', gazetteer), 'Stara Wieś Kowalska')).toMatchObject([{ reasons: ['within-parent'] }]);
		// ... and so does a word that places it, or a noun that does before "of" (rolling review)
		expect(named(geoparse('Police raided the village of Stara Wieś Kowalska, near Płońsk, on Monday.', gazetteer), 'Stara Wieś Kowalska')).toMatchObject([{ reasons: ['within-parent'] }]);
		for (const text of ['Police raided a house in the city of Victoria, capital of Tamaulipas.', 'Police raided a house in the city of Victoria, state capital of Tamaulipas.']) {
			expect(named(geoparse(text, gazetteer), 'Victoria')[0]).toMatchObject({ country: 'MX' });
		}
	});

	it('is read after a locative word with its county ("in Berlin, Bourbon County"), not a person with one', () => {
		const text = 'A barn burned on Tuesday in Berlin, Bourbon County, and firefighters from Fort Scott came. Berlin has 61 people.';
		const berlins = named(geoparse(text, gazetteer), 'Berlin');
		expect(berlins.map((t) => [t.country, t.reasons])).toEqual([['US', ['within-parent']], ['US', ['within-parent']]]);
		expect(geoparse('Sheriff John Smith, Bourbon County, said the road was closed.', gazetteer).filter((t) => t.reasons.includes('within-parent'))).toEqual([]);
		// a short word joins a name only where hyphens hold it ("on Tuesday in Berlin" is no name)
		expect(named(geoparse('Cattle were stolen in Bird-in-Hand, Bourbon County.', gazetteer), 'Bird-in-Hand')).toMatchObject([{ reasons: ['within-parent'] }]);
		// a town the gazetteer has in the county stays itself
		expect(named(geoparse('The crash happened in Fulton, Callaway County, Missouri.', gazetteer), 'Fulton')).toMatchObject([{ placeId: 'gn:4387496' }]);
	});

	it('is read in an apposition and after "the village of"', () => {
		const born = named(geoparse('He was born in Wola Rasztowska, a village near Płońsk, and later moved to Warsaw.', gazetteer), 'Wola Rasztowska');
		expect(born.map((t) => km(t, [52.62, 20.38]))).toEqual([0]);
		const raid = named(geoparse('Police searched a farm in the village of Stara Wieś Kowalska in Płońsk County on Monday.', gazetteer), 'Stara Wieś Kowalska');
		expect(raid.map((t) => km(t, [52.62, 20.38]))).toEqual([0]);
	});

	it('lies at the stated distance and bearing from a town of its sentence', () => {
		const text = 'Kowalewo is a village in Masovian Voivodeship, located about 10 km north of Płońsk.';
		const [kowalewo] = named(geoparse(text, gazetteer), 'Kowalewo');
		expect(km(kowalewo!, [52.71, 20.37])).toBeLessThan(3);
	});

	it('is not the namesake far away in the same country that the gazetteer has', () => {
		const point: [number, number] = [18.6199, 76.9412];
		const text = 'Ajani Khurd is a village in Ahmadpur taluka of Latur district in the state of Maharashtra, India. Most people of Ajani Khurd farm.';
		const toponyms = named(geoparse(text, hiding('Ajani Khurd', point)), 'Ajani Khurd');
		expect(toponyms.map((t) => t.reasons)).toEqual([['within-parent'], ['within-parent']]);
		expect(toponyms.every((t) => km(t, point) < 30)).toBe(true);
	});

	it('is not put at a seat read from a division\'s name that lies far from the towns named around it', () => {
		// with the gazetteer's Perth County hidden, "Perth County" is read as Perth (eastern Ontario), 400 km
		// from Mitchell and Seaforth
		const text = 'Dublin is a small community in the municipality of West Perth, Perth County, Ontario, Canada. It lies on Highway 8 between Mitchell and Seaforth.';
		expect(geoparse(text, hiding('Perth County', [43.25, -81.13])).filter((t) => t.reasons.includes('within-parent'))).toEqual([]);
		// with it, the community is put within the county (its point 35 km from Dublin's)
		const dublin = named(geoparse(text, gazetteer), 'Dublin');
		expect(dublin.map((t) => [t.reasons, km(t, [43.53, -81.29]) < 50])).toEqual([[['within-parent'], true]]);
	});

	it('is put at a parent that lies in the containers its sentence names, one of each size being enough', () => {
		// the gazetteer has Kent, Connecticut, but not Kent, New York: the county is the parent
		const [dover] = named(geoparse('Dover is a hamlet in the town of Kent, Putnam County, New York.', gazetteer), 'Dover');
		expect(dover!.placeId).toMatch(/^within:adm2:US-36079:/);
		const text = 'Chochołów is a village in the administrative district of Gmina Czarny Dunajec, within Nowy Targ County, Lesser Poland Voivodeship, in southern Poland, close to the border with Slovakia.';
		expect(named(geoparse(text, gazetteer), 'Chochołów').map((t) => km(t, [49.44, 19.85]))).toEqual([0]);
	});

	it('is put at a first-level region only where it is small', () => {
		const pacatuba = named(geoparse('Pacatuba is a municipality in the state of Sergipe in the Northeast region of Brazil.', hiding('Pacatuba', [-10.4533, -36.6514])), 'Pacatuba');
		expect(pacatuba.map((t) => t.reasons)).toEqual([['within-parent']]);
		const marau = named(geoparse('Maraú is a municipality in the state of Bahia, in the North-East region of Brazil.', hiding('Maraú', [-14.1039, -39.0149])), 'Maraú');
		expect(marau).toEqual([]);
		// a country is no parent to put a village at
		expect(named(geoparse('Wola Kiełpińska is a village in Poland.', gazetteer), 'Wola Kiełpińska')).toEqual([]);
	});
});

describe('a group, an organisation or a person described in the words of a place', () => {
	const placed = (text: string) => geoparse(text, gazetteer).filter((t) => t.reasons.includes('within-parent')).map((t) => t.name);

	it('is no place: "a community of climate activists in London", "a church community in Sydney"', () => {
		for (const text of [
			'Extinction Rebellion, a community of climate activists in London, said it would protest on Friday.',
			'Hillsong, a community of churches in Sydney, apologised to members on Monday.',
			'WallStreetBets, a community of amateur traders on Reddit, drove the shares higher in New York.',
			'Hillsong, a church community in Sydney, apologised to members on Monday.',
			'Mumsnet, an online community in London, said on Monday that it would close.',
			'Mumsnet, an online community in the town of Fort Scott, said on Monday that it would close.',
			'Brightside, a town of bankers in Sheffield, voted on Monday.',
			'Acme Holdings, a housing settlement near Chicago, was sold on Monday.',
			'Acme Holdings, a settlement agreement in Chicago, was signed on Monday.',
			'Oakfield Residents, a neighbourhood association in Leeds, complained on Monday.',
			'Friends of Ashwell, a village charity in Hertfordshire, raised money on Monday.',
			'Greenhaven, a group of villages near Norwich, voted on Monday.',
			'John Smith, a town councillor in Leeds, said on Monday.'
		]) expect(placed(text), text).toEqual([]);
	});

	it('while "a village of" a place or of a headcount, and "a small, unincorporated community in", describe places', () => {
		expect(placed('Kowalewo, a village of Gmina Pomiechówek, lies in Poland.')).toEqual(['Kowalewo']);
		expect(placed('Little Snoring, a village of 600 people near Fakenham, voted on Monday.')).toEqual(['Little Snoring']);
		expect(placed('Berlin is a small, unincorporated community in Bourbon County, Kansas.')).toEqual(['Berlin']);
	});
});

describe('a described subject the gazetteer has', () => {
	it('stays its own entry near its parent', () => {
		const [crosby] = named(geoparse('Crosby is a city in Crow Wing County, Minnesota, United States.', gazetteer), 'Crosby');
		expect(crosby).toMatchObject({ placeId: 'gn:5023472' });
	});

	it('stays a state where a town is named with it ("Washington, Maine, a rural town")', () => {
		const text = 'Washington, Maine, a rural town of 1525 inhabitants, lies along State Route 17 in the northwestern corner of Knox County.';
		expect(named(geoparse(text, gazetteer), 'Maine')).toMatchObject([{ kind: 'region', placeId: 'adm1:US-ME' }]);
	});

	it('is no pronoun or everyday word', () => {
		const toponyms = geoparse('This is a town in Bourbon County, Kansas. It is a village near Fort Scott.', gazetteer);
		expect(toponyms.filter((t) => t.reasons.includes('within-parent'))).toEqual([]);
	});
});

describe('with the spans a caller gives', () => {
	it('places only the given spans of such a name', () => {
		const text = 'Berlin is an unincorporated community in Bourbon County, Kansas. In 1910, Berlin had 61 people.';
		const second = text.lastIndexOf('Berlin');
		const toponyms = geoparse(text, gazetteer, { spans: [{ start: second, end: second + 6 }] });
		expect(toponyms.map((t) => [t.start, t.reasons])).toEqual([[second, ['within-parent']]]);
	});
});

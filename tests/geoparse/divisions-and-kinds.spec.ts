// Second-level divisions the gazetteer lacks, and the kind of place a description names. Texts written
// for these tests in the style of Wikipedia articles about small places, against the real gazetteer.
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

describe('a division the gazetteer lacks, read as the town of its name', () => {
	it('is the county of a country of mixed kinds where GeoNames names it with its kind, not a town of its name elsewhere', () => {
		// Canada's census divisions named "X County" are in the gazetteer (second-level-words.tsv): the towns
		// of Lanark and Frontenac are in Scotland, Illinois and Missouri, the town of Perth 417 km from Perth County
		expect(read('Millbrook is a village in Lanark County, Ontario, Canada.').filter((t) => t.startsWith('Lanark'))).toEqual(['Lanark County → district CA/08']);
		expect(read('The road runs through Frontenac County, Ontario.').filter((t) => t.startsWith('Frontenac'))).toEqual(['Frontenac County → district CA/08']);
		const places = read('Stratford is a city in Perth County, Ontario, Canada.');
		expect(places).toContain('Stratford → city CA/08');
		expect(places.filter((t) => t.startsWith('Perth'))).toEqual(['Perth County → district CA/08']);
		expect(read('Farmers in Lanark County, near Ottawa, said the harvest was late.')).toEqual(['Lanark County → district CA/08', 'Ottawa → city CA/08']);
	});

	it('places a village the gazetteer lacks within that county, not at the town of the county\'s name', () => {
		// Mitchell, Ontario (43.47, -81.20) is not in the gazetteer; Perth, Ontario lies 300 km east of it
		const [mitchell] = geoparse('Mitchell is a town in Perth County, Ontario.', gazetteer);
		expect(mitchell!.reasons).toEqual(['within-parent']);
		expect(Math.abs(mitchell!.lat - 43.47) + Math.abs(mitchell!.lon + 81.2)).toBeLessThan(0.6);
	});

	it('is not a US town where the US county would be known by its full name', () => {
		// no Elgin County in the US (it is in Ontario): not the town of Elgin, Texas
		const read1 = read('The trial was moved to Elgin County in Texas.');
		expect(read1.filter((t) => t.startsWith('Elgin'))).toEqual([]);
		expect(read1).toContain('Texas → region US/TX');
	});

	it('is found under the other spelling of Saint, Sainte, Mount or Fort', () => {
		// the gazetteer has St. Croix County and Ste. Genevieve County, and GeoNames "St. Louis" for Missouri's city
		expect(read('The trial was moved to Saint Croix County in Wisconsin.')).toEqual(['Saint Croix County → district US/WI', 'Wisconsin → region US/WI']);
		expect(read('Flooding closed roads in Sainte Genevieve County, Missouri.')).toEqual(['Sainte Genevieve County → district US/MO', 'Missouri → region US/MO']);
		expect(read('The team flew from Saint Louis to Denver.')).toEqual(['Saint Louis → city US/MO', 'Denver → city US/CO']);
	});

	it('is no country nor a land wider than a first-level division far from the rest of the text', () => {
		// a parish's hills named like a country of the UK, a district named like a country: namesakes the gazetteer lacks
		expect(read('Saint Joseph is a parish of Barbados on the east coast, in the hilly Scotland District. Bathsheba is its main village.').filter((t) => t.startsWith('Scotland'))).toEqual([]);
		expect(read('Floods hit the Jordan District of the province, and Kandy was cut off.')).toEqual(['Kandy → city LK/29']);
		// the land itself where the text names it bare, and a district the gazetteer has whole
		expect(read('Hikers filled the Lake District and Yorkshire, and Scotland was busy.')).toEqual(['Lake District → region GB/null', 'Yorkshire → region GB/null', 'Scotland → region GB/null']);
		expect(read('Police in the Luxembourg District said the driver was from Arlon, Belgium.')[0]).toBe('Luxembourg District → region LU/03');
	});

	it('is no US state where a division word the states never bear follows the name', () => {
		// Bolivia's Florida Province, the gazetteer lacks: not the state 5,400 km away
		expect(read('Mairana is a town in the Santa Cruz Department of Bolivia, the seat of the second municipal section of Florida Province.').filter((t) => t.startsWith('Florida'))).toEqual([]);
		// the state itself, bare or as the colony's province, stays
		expect(read('Mairana lies in Bolivia; its mayor moved to Florida in 2001.')).toContain('Florida → region US/FL');
		// ... and so does a body named after the state in a text set in the US
		expect(read('The Florida District of the Lutheran Church–Missouri Synod ordained three pastors in Orlando on Sunday.').filter((t) => t.startsWith('Florida'))).toEqual(['Florida District → region US/FL']);
		expect(read('He joined the Maryland Province of the Society of Jesus in 1952 and later taught at Georgetown in Washington.').filter((t) => t.startsWith('Maryland'))).toEqual(['Maryland Province → region US/MD']);
	});

	it('keeps the town that gives the division its name where the document is about its country', () => {
		// (Kandahar Province, an example here before, is a place of its own now: division-words.spec.ts; so is
		// Sonqor County, placed on its seat: gazetteer-build/world-divisions.ts)
		expect(read('Fighting went on in Sonqor County, Kermanshah Province, Iran.')[0]).toBe('Sonqor County → district IR/13');
	});
});

describe('a described place whose containers read as the text resolved them', () => {
	it('is left unmapped where the state named bare reads first as its city ("Madison County, New York")', () => {
		// the gazetteer has no Lebanon in New York: not Lebanon, New Hampshire
		const text = 'Lebanon is a town in Madison County, New York, United States. The town is south of Oneida and west of Norwich.';
		// (put within Madison County, New York instead: within-parent.ts)
		expect(read(text).filter((t) => t.startsWith('Lebanon'))).toEqual(['Lebanon → city US/NY (within)']);
		expect(read(text)).toContain('Madison County → district US/NY');
	});

	it('but stays where a county chosen by size alone is the container ("washington county")', () => {
		const text = 'washington is a city in and the county seat of washington county, , united states.';
		const spans = [
			{ start: 0, end: 10 },
			{ start: 47, end: 57 }
		];
		expect(geoparse(text, gazetteer, { spans }).map((t) => `${t.start} ${t.kind}`)).toEqual(['0 city', '47 district']);
	});
});

describe('a neighbour of the described place that only its name chose', () => {
	it('is left unmapped in another country or far across the same one', () => {
		// the gazetteer has no Broomfield in Essex, nor East Bethel or Royalton in Vermont: not Colorado and Minnesota
		const essex = read('Springfield is a civil parish in the county of Essex, England. It lies on the northern edge of Chelmsford, near Broomfield and Boreham.');
		expect(essex.filter((t) => t.startsWith('Broomfield'))).toEqual([]);
		expect(essex).toContain('Boreham → city GB/ENG');
		const vermont = read('Bethel is a town in Windsor County, Vermont, United States. The town includes the villages of Bethel, East Bethel, Lympus and Gaysville. It lies along the White River, north of Royalton and west of Barnard.');
		expect(vermont.filter((t) => / → .* US\/MN$/.test(t))).toEqual([]);
		expect(vermont).toContain('Bethel → city US/VT');
	});

	it('stays where it is a big city, or the text names its own state', () => {
		const text = 'Wilton is a city in Muscatine County, Iowa, United States. Trains once ran to Chicago and to Lebanon, Missouri.';
		expect(read(text)).toEqual(expect.arrayContaining(['Chicago → city US/IL', 'Lebanon → city US/MO']));
	});
});

describe('a place described as lying in a division named after its seat ("the Satara district")', () => {
	const placeOf = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name);

	it('is the namesake near the seat, or none where the gazetteer has none there', () => {
		const malkapur = placeOf('Malkapur is a village in the Satara district of Maharashtra, India.', 'Malkapur');
		// Satara is at 17.7°N 74.0°E; the biggest Malkapur is 400 km away in Buldhana
		expect(malkapur && Math.abs(malkapur.lat - 17.7) < 0.7 && Math.abs(malkapur.lon - 74.0) < 0.7).toBe(true);
		// the Ramnagar in Bihar the gazetteer knows is 300 km from Bhagalpur: the village is put at
		// Bhagalpur instead (within-parent.ts)
		expect(placeOf('Ramnagar is a village in the Bhagalpur district of Bihar, India.', 'Ramnagar')).toMatchObject({ reasons: ['within-parent'], lat: 25.24446 });
	});

	it('keeps a town near the seat', () => {
		expect(read('Karad is a town in the Satara district of Maharashtra, India.')[0]).toBe('Karad → city IN/16');
	});

	it('keeps the seat itself: the town the division is named after', () => {
		expect(read('Bagamoyo is a town and the seat of Bagamoyo District in Tanzania.')[0]).toMatch(/^Bagamoyo → city TZ/);
	});

	it('is not moved by a "seat" outside the state the sentence names (an old spelling of a town in another state)', () => {
		// "Vijayanagara" is an alternate name of Vizianagaram, Andhra Pradesh, 600 km from Hospet in Karnataka
		const found = read('Hospet is a city in Vijayanagara district in the Indian state of Karnataka, with sugar mills.');
		expect(found[0]).toBe('Hospet → city IN/19');
		expect(found.filter((t) => t.startsWith('Vijayanagara'))).toEqual([]);
	});
});

describe('a division the gazetteer lacks, named with two words', () => {
	it('does not make its last word a place of its own ("the Kanpur Nagar district" is not Nagar, Rajasthan)', () => {
		expect(read('Kalyanpur is a village in the Kanpur Nagar district of Uttar Pradesh, India.').filter((t) => t.startsWith('Nagar'))).toEqual([]);
	});
});

describe('a region that is a second-level division in GeoNames (English counties, French departments)', () => {
	it('holds the towns that carry its codes', () => {
		// Sutton, Cambridgeshire against the larger Sutton in London, 90 km away
		expect(geoparse('Sutton is a village in Cambridgeshire, England.', gazetteer)[0]).toMatchObject({ name: 'Sutton', lat: expect.closeTo(52.39, 1) });
	});

	it('takes no namesake for a described town where none of its name carries them', () => {
		// the gazetteer's Wellingtons are in Shropshire and Herefordshire, its Sainte-Marie in Moselle (the
		// towns are put within Somerset and the Ardennes instead: within-parent.ts)
		expect(read('Wellington is a town in Somerset, England.').filter((t) => t.startsWith('Wellington'))).toEqual(['Wellington → city GB/ENG (within)']);
		expect(read('Sainte-Marie is a commune in the Ardennes department in northern France.').filter((t) => t.startsWith('Sainte'))).toEqual(['Sainte-Marie → city FR/44 (within)']);
	});

	it('holds its towns where a unitary authority crowds its point (Kent and Medway) or its ISO code is a first-level code (Aude, "11")', () => {
		// Hythe in Kent against the larger Hythe in Hampshire; Bages in the Aude against the larger one in the Pyrénées-Orientales
		expect(geoparse('The lorry overturned near Hythe, Kent, on Tuesday morning.', gazetteer)[0]).toMatchObject({ name: 'Hythe', lat: expect.closeTo(51.07, 1) });
		expect(geoparse('Bages is a commune in the Aude department in southern France.', gazetteer)[0]).toMatchObject({ name: 'Bages', lat: expect.closeTo(43.12, 1) });
	});

	it('still holds a town near its point with codes of its own (Newport lies in Telford and Wrekin, in Shropshire)', () => {
		expect(geoparse('Newport is a market town in Shropshire, England.', gazetteer)[0]).toMatchObject({ name: 'Newport', lat: expect.closeTo(52.77, 1) });
	});
});

describe('what a description calls the place', () => {
	it('reads "a town" as a town however large: English towns pass 100,000 people', () => {
		expect(read('Bolton is a town in Greater Manchester, England.')[0]).toBe('Bolton → city GB/ENG');
		expect(read('Stockport is a large town in Greater Manchester, England.')[0]).toBe('Stockport → city GB/ENG');
	});

	it('reads "a rural locality" as a village: none of its name in the region named means unmapped', () => {
		// the gazetteer's Novaya Derevnya and Ivanovka lie in other oblasts (the district is its centre,
		// Kirov of Kaluga Oblast: adjective-districts.ts); the village is put within its district's centre
		// (within-parent.ts)
		expect(read('Novaya Derevnya is a rural locality (a village) in Kirovsky District, Kaluga Oblast, Russia.')).toEqual(['Novaya Derevnya → city RU/25 (within)', 'Kirovsky District → city RU/25', 'Kaluga Oblast → region RU/25', 'Russia → country RU/null']);
		expect(read('Ivanovka is a rural locality (a selo) in Alexeyevsky District, Belgorod Oblast, Russia.').filter((t) => t.startsWith('Ivanovka') && !t.endsWith('(within)'))).toEqual([]);
	});
});

describe('a town that shares a country’s name, in local news', () => {
	const local = 'The Lebanon City Council approved a budget Tuesday. Council members from Lebanon said the plan would help residents in Laclede County. The mayor compared the city with Rolla and Waynesville.';

	it('is the town where the other names of the text sit around it', () => {
		expect(read(local).filter((t) => t.startsWith('Lebanon'))).toEqual(['Lebanon → city US/MO']);
	});

	it('stays the country where the text speaks of it or of another country abroad', () => {
		expect(read(`${local} Beirut sent greetings.`).filter((t) => t.startsWith('Lebanon →'))).toEqual(['Lebanon → country LB/null']);
		expect(read(`${local} Its sister city is in Syria.`).filter((t) => t.startsWith('Lebanon →'))).toEqual(['Lebanon → country LB/null']);
		// (another country's name counts as abroad where it has no town of its own beside this one: Mexico, Missouri lies 200 km off)
		expect(read(`${local} A delegation from Mexico visited.`).filter((t) => t.startsWith('Lebanon →') || t.startsWith('Mexico →'))).toEqual(['Lebanon → country LB/null', 'Mexico → country MX/null']);
	});

	it('is the town for two such names whose towns lie side by side: neither holds the other abroad (us-local-s43 A)', () => {
		const fires = 'Bamberg County firefighters fought a woods fire between Denmark and Ehrhardt on Monday and a car fire near Norway on Sunday; the Olar and Blackville crews helped.';
		expect(read(fires).filter((t) => t.startsWith('Denmark') || t.startsWith('Norway'))).toEqual(['Denmark → city US/SC', 'Norway → city US/SC']);
		// ... but they stay the countries where the text names places of theirs
		const choir = 'Bamberg County sent its choir to Denmark and Norway this summer, singing in Copenhagen and Oslo; families in Olar and Ehrhardt hosted a send-off.';
		expect(read(choir).filter((t) => t.startsWith('Denmark') || t.startsWith('Norway'))).toEqual(['Denmark → country DK/null', 'Norway → country NO/null']);
	});

	it('is the town for such names a rural county apart (70 km): fellows of one neighbourhood (us-local-s55 A)', () => {
		const survivors = 'She was born in Rumford and graduated from Mexico High School. She is survived by a son of Peru, a daughter of Denmark, a brother of Bethel, and grandchildren in Waterford, Harrison and Lewiston.';
		expect(read(survivors).filter((t) => t.startsWith('Peru') || t.startsWith('Denmark'))).toEqual(['Peru → city US/ME', 'Denmark → city US/ME']);
	});
});

describe('the kind a phrase names, where only homonyms abroad are of that kind', () => {
	it('gives way to the country the sentence names ("the province of Toledo, … Spain" is not Belize’s Toledo District)', () => {
		// Spain's provinces are GeoNames' second-level divisions (second-level-words.tsv); a capital of the same name lies within 161 km of its province
		expect(read('Fuensalida is a town in the province of Toledo, in Castile-La Mancha, Spain.')).toContain('Toledo → district ES/54');
		expect(read('Almodóvar del Río is a village in the province of Córdoba, Spain.').filter((t) => t.startsWith('Córdoba →'))).toEqual([expect.stringMatching(/ ES\/51$/)]);
	});

	it('gives way to the country of a capital or region the sentence names, as to a country named', () => {
		expect(read('The trip goes from Madrid to the province of Toledo, where the old town sits on a hill.')).toContain('Toledo → district ES/54');
		expect(read('Pilgrims walked from Seville, in Andalusia, to the province of Córdoba.')).toContain('Córdoba → district ES/51');
	});

	it('still picks that kind where the country named has it', () => {
		expect(read('Villa María is a city in the province of Córdoba, Argentina.')).toContain('Córdoba → region AR/05');
	});
});

describe('a division whose title stands before its name', () => {
	it('is read whole, and its town stays a town all through the text ("Gmina" is no first name)', () => {
		const text = 'Stara Wieś is a village in the administrative district of Gmina Celestynów, within Otwock County, Masovian Voivodeship. It lies 4 kilometres south of Celestynów.';
		expect(read(text).filter((t) => t.includes('Celestynów'))).toEqual(['Gmina Celestynów → city PL/78', 'Celestynów → city PL/78']);
	});

	it('places what lies in it near its seat ("a village in … Gmina Somianka" is the Kamionka of Masovia, not the bigger one of Lublin)', () => {
		expect(read('Kamionka is a village in Gmina Somianka.')).toEqual(['Kamionka → city PL/78', 'Gmina Somianka → city PL/78']);
		expect(read('Kamionka is a village in the municipality of Somianka.')).toEqual(['Kamionka → city PL/78', 'Somianka → city PL/78']);
	});

	it('is the division after "the" too ("the Landkreis Steinfurt" is no thing named after the town)', () => {
		const text = 'Neuenkirchen is a municipality in the Landkreis Steinfurt, in North Rhine-Westphalia, Germany. It lies north of Steinfurt.';
		expect(read(text).filter((t) => t.includes('Steinfurt'))).toEqual(['Landkreis Steinfurt → city DE/07', 'Steinfurt → city DE/07']);
	});
});

describe('a barangay named with its municipality and province', () => {
	it('is left unmapped where the gazetteer has no namesake there, not put on a namesake 300 km off', () => {
		// no San Roque in Rizal in the gazetteer; the biggest one lies in Albay, 294 km away
		const places = read('San Roque is a barangay in the municipality of Pililla, in the province of Rizal, Philippines.');
		// (put within Pililla instead: within-parent.ts)
		expect(places.filter((t) => t.startsWith('San Roque'))).toEqual(['San Roque → city PH/40 (within)']);
		expect(places).toContain('Pililla → city PH/40');
	});
});

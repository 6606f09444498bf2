// A description that says how far a place it names lies from its subject ("Andes is 6 miles to the
// north-west", "Friesland is 5 km east of the village") puts that place there: a reading far beyond the
// stated distance (a mountain range, a province abroad) gives way to a namesake within it, or to none; a
// country abroad gives way only to a namesake within it (its border may lie that near).
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a place the description puts a stated short distance from its subject', () => {
	it('is the namesake within that distance, not a province abroad ("Friesland is 5 km east of the village")', () => {
		const found = read('Cambria is a village in Columbia County, Wisconsin, United States, with a feed mill and two churches.\n\nGeography\nFriesland is 5 km east of the village, across the marsh.');
		expect(found.filter((t) => t.startsWith('Friesland'))).toEqual(['Friesland → city US/WI']);
	});

	it('is the town within that distance, not the mountain range ("Andes is 6 miles to the north-west")', () => {
		const found = read('Margaretville is a village in Delaware County, New York, United States. The creamery closed in 1961.\n\nGeography\nAndes is 6 miles to the north-west, over the ridge.');
		expect(found.filter((t) => t.startsWith('Andes'))).toEqual(['Andes → city US/NY']);
	});

	it('keeps a city that lies about as far as stated ("about 60 miles to the north")', () => {
		const found = read('Colfax is a city in Whitman County, Washington, United States. The grain elevators stand beside the river.\n\nGeography\nSpokane is about 60 miles to the north, and Pullman 15 miles to the south-east.');
		expect(found).toContain('Spokane → city US/WA');
		expect(found).toContain('Pullman → city US/WA');
	});

	it('is read after a short apposition too ("Aurora, another mining camp, is 15 km to the west")', () => {
		const found = read('Goldfield is a census-designated place in Esmeralda County, Nevada, United States. It grew with the gold rush of 1902.\n\nGeography\nTonopah, the seat of Nye County, is 40 km to the north. Aurora, another mining camp, is 15 km to the west. Columbus, a borax camp, is 30 km to the north-west.');
		expect(found.filter((t) => t.startsWith('Aurora') || t.startsWith('Columbus'))).toEqual([]);
		expect(found).toContain('Tonopah → city US/NV');
	});

	it('is read after an apposition with the verb left out, in a list of neighbours ("and Niwari, the district seat, 25 km to the south-east")', () => {
		const found = read('Orchha is a town in Madhya Pradesh, India, on the Betwa.\n\nGeography\nJhansi, across the state border, is 16 km to the north-west, and Niwari, the district seat, 25 km to the south-east.');
		// (the only Niwari of the gazetteer lies near Meerut, 409 km away)
		expect(found.filter((t) => t.startsWith('Niwari'))).toEqual([]);
		// a neighbour about as far as stated stays
		expect(read('Orchha is a town in Madhya Pradesh, India, on the Betwa.\n\nGeography\nSagar is 190 km to the south, and Jhansi, the railway junction, 16 km to the north-west.')).toContain('Jhansi → city IN/36');
	});

	it('leaves alone a distance from something else ("30 miles away from the farm")', () => {
		const found = read('Linden is a town in Perry County, Tennessee. The singer recorded her second album in London, 30 miles away from the farm where she was raised.');
		expect(found).toContain('London → city GB/ENG');
	});

	it('is the town named like a country within that distance, not the country ("Liberia, 50 km to the north-west")', () => {
		// (other countries named in the text made the country the likelier reading before)
		const costaRica = read('Cañas is a town in Guanacaste Province, Costa Rica. Rice growers from Nicaragua and Panama settled here in the 1950s.\n\nTransport\nThe nearest hospital is at Liberia, 50 km to the north-west.');
		expect(costaRica.filter((t) => t.startsWith('Liberia'))).toEqual(['Liberia → city CR/03']);
		const minnesota = read('Belle Plaine is a city in Scott County, Minnesota, United States. Its first settlers came from Germany and Norway.\n\nGeography\nJordan, 10 miles to the east, has the county fairground.');
		expect(minnesota.filter((t) => t.startsWith('Jordan'))).toEqual(['Jordan → city US/MN']);
	});

	it('keeps a neighbouring country with no namesake that near: its border lies a few km off ("Mexico, 1 km to the west")', () => {
		const found = read('Tecún Umán is a town in San Marcos Department, Guatemala, on the Suchiate River. Mexico, 1 km to the west across the bridge, is where most of its trade goes.');
		expect(found.filter((t) => t.startsWith('Mexico → ')).map((t) => t.split('/')[0])).toEqual(['Mexico → country MX']);
		const kehl = read('Kehl is a town in Baden-Württemberg, Germany, on the Rhine. France, 2 km to the west, is reached by the tram bridge to Strasbourg.');
		expect(kehl.filter((t) => t.startsWith('France → ')).map((t) => t.split('/')[0])).toEqual(['France → country FR']);
	});

	it('is measured from the subject\'s division where the subject reads as a namesake in another country than the division\'s', () => {
		// (a Saudi village named like a town of Botswana: its neighbours are no namesakes of Botswana's)
		const found = read('Kasane is a village in the Tabuk Province of north-western Saudi Arabia, in the hills. Tayma is 100 km to the south-east, and Duba 150 km to the west.');
		expect(found.filter((t) => t.startsWith('Tayma') || t.startsWith('Duba')).map((t) => t.split('/')[0])).toEqual(['Tayma → city SA', 'Duba → city SA']);
	});

	describe('stated before the name, in a sentence about the subject ("It lies 10 km north of Peru")', () => {
		it('is the namesake within that distance, not the country', () => {
			const deedsville = read('Deedsville is an unincorporated community in Richland Township, Miami County, Indiana, United States. It lies 10 km north of Peru.');
			expect(deedsville.filter((t) => t.startsWith('Peru'))).toEqual(['Peru → city US/IN']);
			// after a container of the subject and after another such distance
			const chili = read('Chili is an unincorporated community in Miami County, Indiana, United States. The village lies on State Road 16, 9 km west of Denver and 14 km north of Mexico.');
			expect(chili.filter((t) => t.startsWith('Mexico'))).toEqual(['Mexico → city US/IN']);
			const stub = read('Bunker Hill is an unincorporated community in Miami County, Indiana, United States, 12 km south of Peru.');
			expect(stub.filter((t) => t.startsWith('Peru'))).toEqual(['Peru → city US/IN']);
		});

		it('keeps the country where no namesake lies that near ("The town lies 10 km north of Peru" in Australia)', () => {
			const found = read('Hamilton is a town in Victoria, Australia. The town lies 10 km north of Peru.');
			expect(found.filter((t) => t.startsWith('Peru')).map((t) => t.split('/')[0])).toEqual(['Peru → country PE']);
		});

		it('leaves alone a distance that measures something else: another place before it, a clause about another thing, a sentence about someone', () => {
			const twinned = read('Linden is a town in Perry County, Tennessee. It is twinned with Bra, 40 km south of Turin.');
			expect(twinned).toContain('Turin → city IT/12');
			const which = read('Newtown is a village in Powys, Wales. It lies near the reservoir, which is 5 km north of Rhayader and 10 km south of Paris.');
			expect(which.filter((t) => t.startsWith('Paris')).map((t) => t.split('/')[0])).toEqual(['Paris → city FR']);
			const founder = read('Kilbride is a village in County Wicklow, Ireland. Its founder was born 20 km north of Boston.');
			expect(founder.filter((t) => t.startsWith('Boston')).map((t) => t.split('/')[0])).toEqual(['Boston → city US']);
			const base = read('Hollin is a village in Lancashire, England. The village was bombed in 1941 by planes from a base 40 km east of Brest.');
			expect(base.filter((t) => t.startsWith('Brest')).map((t) => t.split('/')[0])).not.toContain('(none)');
			expect(base.some((t) => t.startsWith('Brest → city'))).toBe(true);
			// a subject read by rank, or a loose figure: the name keeps its reading
			const byRank = read('Jackson is a city in Madison County. It lies 85 miles north-east of Memphis.');
			expect(byRank.filter((t) => t.startsWith('Memphis'))).toEqual(['Memphis → city US/TN']);
			const big = read('Paris is a city in Henry County. It lies 100 miles west of Nashville.');
			expect(big.filter((t) => t.startsWith('Nashville'))).toEqual(['Nashville → city US/TN']);
			const loose = read('Goma is a city in the east of the Congo. It lies 100 km south of Butembo.');
			expect(loose.filter((t) => t.startsWith('Butembo')).map((t) => t.split('/')[0])).toEqual(['Butembo → city CD']);
			const far = read('Dover is a town in Kent, England. It lies 35 km south-east of Canterbury and 110 km east of London.');
			expect(far).toContain('London → city GB/ENG');
		});
	});
});

describe('two names a stated distance places together ("Vix and Mont Lassois lie 6 km to the north")', () => {
	it('drops the first name\'s far namesake, and the same reading at its later mentions', () => {
		const text = "Montbard is a commune in the Côte-d'Or department in eastern France, on the Brenne north-west of Dijon.\n\nGeography\nVix and Pothières lie 35 km to the north. The bronze krater found at Vix in 1953 is kept in the museum of Châtillon-sur-Seine.";
		const found = read(text);
		expect(found.filter((t) => t.startsWith('Vix'))).toEqual([]);
		expect(found.filter((t) => t.startsWith('Châtillon-sur-Seine → city FR'))).toHaveLength(1);
	});

	it('keeps two towns that lie about as far as stated ("Dijon and Beaune lie about 80 km to the south-east")', () => {
		const found = read("Montbard is a commune in the Côte-d'Or department in eastern France, on the Brenne.\n\nGeography\nDijon and Beaune lie about 60 km to the south-east.");
		expect(found.filter((t) => t.startsWith('Dijon') || t.startsWith('Beaune'))).toHaveLength(2);
	});

	it('leaves unmapped a place read in a country the text names nowhere else, beyond a region\'s reach, where the subject is placed only by its region ("Santa Fe lies 9 km to the north-west")', () => {
		const text = (neighbour: string) => `Chinchero Alto is a village in the Cusco Region of Peru, on the plateau above the Sacred Valley. Its market is held on Sundays.\n\nGeography\n${neighbour}, beyond the lagoon.`;
		// (the Argentine city lies 2,700 km away; the village's own neighbour is not in the gazetteer)
		expect(read(text('Santa Fe lies 9 km to the north-west')).filter((t) => t.startsWith('Santa Fe'))).toEqual([]);
		expect(read(text('Mendoza lies 9 km to the north-west')).filter((t) => t.startsWith('Mendoza'))).toEqual([]);
		// a city across the border, within a region's reach of the places the text names, stays
		expect(read(text('La Paz lies 150 km to the south-east')).filter((t) => t.startsWith('La Paz'))).toEqual(['La Paz → city BO/04']);
	});
});

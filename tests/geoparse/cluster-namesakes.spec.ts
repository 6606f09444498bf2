// A town that nothing but its size, its country or an earlier reading of its name chose, with none of the text's
// other places within 50 km, is read as the namesake that two or more of them lie within 50 km of ("patients
// from Conway, Richland and Stoutland" at a hospital in Lebanon: Missouri's Richland, not Washington's). A name
// the text qualifies, a city named from anywhere, a reading with a place of the text beside it, and a town in a
// country the text names stay. A country's name that size alone read as the country, in a text whose other places all
// lie in one other country and that names nothing else abroad, is such a town too (Mexico and Norway, Maine).
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';
import { sentenceAfter, sentenceBefore } from '../../src/lib/geoparse/sentence-around.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a town read for its size alone, far from the text\'s other places', () => {
	it('is read as the namesake the other places lie around', () => {
		expect(where('The hospital in Lebanon will add beds. Patients come from Conway, Richland and Stoutland.', 'Richland')).toBe('US 38,-92');
	});

	it('reads so a landform named by a short form of its name, as a town is named', () => {
		expect(where('Zoning notes. HANOVER — Residents of Etna asked for a crosswalk near the school. The Lebanon planning board and the Norwich selectboard meet Jan. 8 in Enfield.', 'Etna')).toBe('US 44,-72');
	});

	it('stays where the text qualifies it, where it is a city named from anywhere, or where a place of the text lies beside it', () => {
		expect(where('A Chillicothe, Ohio, company bought the grain elevators in Trenton and Brookfield.', 'Chillicothe')).toBe('US 39,-83');
		expect(where('Farmers from Trenton and Brookfield sold their hogs to a packer in Chillicothe, Ohio, last year.', 'Chillicothe')).toBe('US 39,-83');
		expect(where('Visitors from Paris toured the farms near Trenton and Brookfield on Saturday.', 'Paris')).toBe('FR 49,2');
		expect(where('Police in Chillicothe said a Trenton man was held. He had been living in Columbus and Athens.', 'Chillicothe')).toBe('US 39,-83');
	});

	it('stays in a country the text names, where the text travels', () => {
		expect(where('The Frankfort and Lexington garden clubs toured France and spent a day at the palace in Versailles.', 'Versailles')).toBe('FR 49,2');
		expect(where('The Sparta High band, with members from McMinnville and Smithville, will march in Greece at a festival in Sparta next spring.', 'Sparta')).toBe('GR 37,22');
		expect(where('Two Easton families spent Christmas in Israel; they sang carols in Bethlehem and in Nazareth with a choir from Allentown.', 'Nazareth')).toBe('IL 33,35');
	});

	it('moves a town whose reading had only the text\'s towns some hundreds of km off, the nearness its bigger namesake shares', () => {
		// (the weighing counts towns within 400 km: Ohio's Warren, the bigger, is as "near" Jamestown and Bradford as
		// Pennsylvania's, which lies between them)
		expect(where('WARREN — The council met Tuesday. Crews from Jamestown and Bradford helped clear the roads.', 'WARREN')).toBe('US 42,-79');
		expect(where('GOSHEN — Trustees voted Monday to pave the lane by the school; a firm from Jeffersonville won the bid over one from Clarksville.', 'GOSHEN')).toBe('US 38,-86');
	});

	it('in a story whose places all lie in one state, moves a far reading to the state\'s namesake two of them lie within 150 km of (us-local-s40 A, B)', () => {
		expect(where('Briefs. CHALLIS — The rock slide north of Challis was cleared Tuesday. The Arco rodeo grounds get new bleachers. Howe and Moore volunteers cut firewood for seniors.', 'Howe')).toBe('US 44,-113');
		expect(where('Legislative roundup. PIERRE — Rep. Marla Vetter, R-Eureka, filed a bill. Rep. Jon Scherr, R-Faulkton, and Rep. Lisa Heil, R-Leola, co-sponsored it; the Roscoe township board asked for it.', 'Eureka')).toBe('US 46,-100');
		// (a place of the text in another state: no one state's story)
		expect(where('Briefs. CHALLIS — The rock slide north of Challis was cleared Tuesday. The Arco rodeo grounds get new bleachers. Sherman and Howe volunteers cut firewood; a crew came from Dallas.', 'Howe')).toBe('US 34,-97');
	});

	it('takes the state\'s own namesake there, not one across the state line that as many of its places lie within 150 km of', () => {
		// (Cleveland, North Carolina, the bigger, lies as near Galax and Ferrum as Cleveland, Virginia; Cleveland,
		// South Carolina, as near Sawmills and Woodfin as Cleveland, North Carolina)
		expect(where('Briefs. WYTHEVILLE — The council met Tuesday. Volunteers from Galax and Ferrum cut firewood for seniors; a crew came from Cleveland.', 'Cleveland')).toBe('US 37,-82');
		expect(where('Briefs. LENOIR — The council met Tuesday. Volunteers from Sawmills and Woodfin cut firewood for seniors; a crew came from Cleveland.', 'Cleveland')).toBe('US 36,-81');
	});

	it('reads the one state of the places at home, whatever the text names abroad', () => {
		expect(where('Garden club. GARDINER — Members from Hallowell, Augusta and Winthrop heard a gardener who spent a year in Lyon, France. In June they tour gardens from Bath to Camden.', 'Camden')).toBe('US 44,-69');
	});

	it('keeps such a town where a place of the text lies beside it', () => {
		expect(where('WARREN — Police said a Jamestown man was held. He had been living in Youngstown and Niles.', 'WARREN')).toBe('US 41,-81');
	});

	it('reads a country named by size alone as the town its text lies around, where the text names nothing abroad (us-local-s43 B)', () => {
		const story = 'Legion baseball. Norway 4, Paris 2. Oxford 5, Mexico 3. Rumford at Dixfield was rained out; Mexico plays at Rumford on Friday. The state tournament opens July 28 in Bangor.';
		expect(where(story, 'Mexico')).toBe('US 45,-71');
		expect(where(story, 'Norway')).toBe('US 44,-71');
		// (a place of the text abroad says the country is meant)
		expect(where('Rumford and Dixfield volunteers flew to Lima to help build a school in Peru.', 'Peru')).toBe('PE -10,-76');
	});

	it('reads so a region or a range abroad named by size alone, a range not after "the"', () => {
		// (Patagonia, Ariz., 15 km from Sonoita; Levant, Kan., 15 km from Colby; not Argentina's or the Near East's)
		expect(where('Santa Cruz County supervisors met in Nogales; Patagonia and Sonoita residents asked for road repairs.', 'Patagonia')).toBe('US 32,-111');
		expect(where('Grain bids. COLBY — Colby $5.12; Oakley $5.10; Rexford $5.02. Growers near Levant report mites.', 'Levant')).toBe('US 39,-101');
		// ("the Andes" is the range wherever the text lies, and a text that names it speaks of abroad)
		const trip = 'Santa Cruz County supervisors met in Nogales; they spoke of the Andes and Patagonia trip.';
		expect(where(trip, 'Patagonia')).toBe('null -44,-69');
		// (... even where a town of its name lies among the text's: Andes, N.Y., beside Margaretville and Downsville)
		expect(where('Firefighters from Walton, Margaretville and Downsville will spend March on a mission trip to the Andes.', 'Andes')).toBe('null 9,-71');
		expect(where('Firefighters from Walton, Margaretville and Downsville fought a barn fire in Andes on Monday.', 'Andes')).toBe('US 42,-75');
	});
});

describe('a city known abroad read for its size alone, in a text whose places all lie in one other country (home-towns-named-abroad.ts)', () => {
	it('is the namesake two of the text\'s places lie within 100 km of (us-local-s40 B, s38 B, s42 B)', () => {
		expect(where('Band festival. Superior ratings went to Jena and to Olla and Winnfield. Judges came from Alexandria and Ruston.', 'Alexandria')).toBe('US 31,-92');
		expect(where('He died Tuesday in Athens. Born in Florence, he worked in Decatur and coached in Madison.', 'Florence')).toBe('US 35,-88');
	});

	it('moves a country read by size beside such a city, each to its namesake there (us-local-s40 B, s35 A)', () => {
		const story = 'Looking back. Dixfield selectmen bought a plow truck. The Mexico band marched in the Peru parade. Andover\'s store burned; firefighters came from Roxbury and Hanover.';
		expect(where(story, 'Hanover')).toBe('US 44,-71');
		expect(where(story, 'Peru')).toBe('US 45,-70');
		// (a country with no namesake beside the text's places keeps the city abroad too)
		expect(where('Dixfield selectmen bought a plow truck. The band marched in a parade in Chile. Andover\'s store burned; firefighters came from Roxbury and Hanover.', 'Hanover')).toBe('DE 52,10');
		// (nor in a sentence of the world's history: rolling review s46)
		expect(where('Dixfield, Andover and Roxbury veterans remembered the invasion of Poland and the bombing of Dresden.', 'Dresden')).toBe('DE 51,14');
	});

	it('stays abroad in a sentence of travel, or beside another city abroad that has no namesake there (a capital: size-alone-abroad.spec)', () => {
		expect(where('The Jena band director flew to Alexandria last week; bands from Olla and Winnfield stayed home.', 'Alexandria')).toBe('EG 31,30');
		expect(where('The choir from Jena, Olla and Winnfield will sing in Alexandria and in Cairo.', 'Alexandria')).toBe('EG 31,30');
	});
});

describe('a small town whose name is a great city abroad, in a sentence of history, culture, world affairs or a flight (world-sentence-cities.ts)', () => {
	it('is the great city there, whatever towns around its namesake the text names (us-local-s46 A, s45 B)', () => {
		expect(where('Veterans from Goshen, Plymouth and Ligonier heard him recall the uprising in Warsaw in 1944.', 'Warsaw')).toBe('PL 52,21');
		expect(where('Viewers in Corbin, Somerset and Barbourville watched the coronation in London on television.', 'London')).toBe('GB 52,0');
		expect(where('Students from Darlington, Hartsville and Lake City saw drawings of Renaissance Florence.', 'Florence')).toBe('IT 44,11');
		const flight = 'ROME — Singers from Cave Spring and Cedartown flew from Atlanta to Rome on Monday.';
		expect(where(flight, 'Rome')).toBe('IT 42,13');
		// (the dateline in capitals stays the paper's own town)
		expect(where(flight, 'ROME')).toBe('US 34,-85');
	});

	it('stays at home outside such a sentence, and where the text qualifies it', () => {
		expect(where('Veterans from Goshen, Plymouth and Ligonier met at the Legion hall in Warsaw on Tuesday.', 'Warsaw')).toBe('US 41,-86');
		expect(where('Students from Darlington, Hartsville and Lake City saw drawings at the museum in Florence.', 'Florence')).toBe('US 34,-80');
		expect(where('Singers from Cave Spring and Cedartown rode the bus from Atlanta to Rome on Monday.', 'Rome')).toBe('US 34,-85');
		expect(where('Viewers in Corbin, Somerset and Barbourville watched the coronation at a theater in London, Ky.', 'London')).toBe('US 37,-84');
		// (a flight from the town itself, and the country's own revolution: rolling review s46)
		expect(where('Alaska Airlines flights from Pullman and Moscow to Seattle resume Monday.', 'Moscow')).toBe('US 47,-117');
		expect(where('The Daughters of the American Revolution chapters in Athens, Watkinsville and Winterville met Tuesday.', 'Athens')).toBe('US 34,-83');
	});

	it('stays at home where the sentence\'s world event is another place\'s', () => {
		const notes = 'Ski club notes. The Paris, Norway and Oxford families who saw the Olympics in Italy last winter raised $2,000 for the club. Racers from Rumford and Bethel join us Saturday; the bus leaves South Paris for Portland at 7.';
		expect(where(notes, 'Paris')).toBe('US 44,-71');
	});

	it('shares the word with the places listed with its owner, and passes over a place whose own name is the word (review s48)', () => {
		expect(where('Rotary. Members from Goshen, Nappanee and Bremen heard a student who studied the medieval walls of York and the ancient ruins of Rome and Athens.', 'Athens')).toBe('GR 38,24');
		expect(where('Choir notes. Singers from Watkinsville, Bogart and Winterville toured Europe: after a Mass at the Vatican they sang in Florence and Athens.', 'Athens')).toBe('GR 38,24');
	});

	it('reads the sentence between the breaks every such rule shares (sentence-around.ts)', () => {
		const text = 'Ligonier flew the flag! Goshen and Plymouth heard of Warsaw.\nThe uprising was in 1944.';
		const at = text.indexOf('Warsaw');
		expect(sentenceBefore(text, at, 200)).toBe(' Goshen and Plymouth heard of ');
		expect(sentenceAfter(text, at + 6, 200)).toBe('.');
		expect(sentenceAfter('Warsaw in 1944. Later', 6, 200)).toBe(' in 1944');
	});
});

// Wikipedia articles as a corpus user gets them (extracts and dumps) carry more than prose: stated
// coordinates, infobox lines, reference lists with places of publication. Texts written for these
// tests (tests/geoparse/wiki-held-out-extracts.ts holds whole articles, scored by genre-accuracy.ts),
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('the coordinates an article states', () => {
	it('choose the namesake at the point over a much bigger one elsewhere', () => {
		// the same sentences without the coordinates read the famous namesakes: the point is what decides
		expect(read('Coordinates: 37°00′N 89°10′W\nThe town has a post office. Cairo lies 3 miles away.')).toEqual(['Cairo → city US/IL']);
		expect(read('The town has a post office. Cairo lies 3 miles away.')).toEqual(['Cairo → city EG/11']);
		expect(read('Coordinates: 44°28′N 71°11′W\nThe city has a paper mill. Berlin lies on the river.')).toEqual(['Berlin → city US/NH']);
		expect(read('41°59′44″N 92°34′37″W / 41.99556; -92.57694\nThe village has a post office. Toledo lies 3 miles to the south.')).toEqual(['Toledo → city US/IA']);
	});

	it('count as a place of the text: the namesakes of the region around the point win', () => {
		// Newton, Kansas lies 90 km from the point, beyond the namesakes taken at the point itself
		const text = 'The town has a mill. Trains run to Abilene, Newton and Hays.';
		expect(read(text)).toEqual(['Abilene → city US/TX', 'Newton → city US/MA', 'Hays → city US/KS']);
		expect(read(`Coordinates: 38°50′N 97°36′W\n${text}`)).toEqual(['Abilene → city US/KS', 'Newton → city US/KS', 'Hays → city US/KS']);
	});

	it('leave unmapped a small namesake far from the point that only its name chose', () => {
		// the coordinates are in Kansas; the gazetteer has no Wheatfield or Ghent there
		const text = 'The town is small. The mill stands near Wheatfield and Ghent, on the old road.';
		expect(read(text)).toEqual(['Wheatfield → city US/IN', 'Ghent → city US/NY']);
		expect(read(`Coordinates: 39°48′N 98°33′W\n${text}`)).toEqual([]);
	});
});

describe('an article whose subject the gazetteer lacks', () => {
	it('leaves unmapped the far small namesakes of its neighbours, placed by the division its opening names', () => {
		const neighbours = 'The community of Ghent lies to the south-west.';
		expect(read(`Sagamore Hills Township is one of the nine townships of Summit County, Ohio, United States. ${neighbours}`).filter((t) => t.startsWith('Ghent'))).toEqual([]);
		// with no description in the opening, nothing says where the text is
		expect(read(`Sagamore Hills Township lies in Summit County, Ohio, United States. ${neighbours}`).filter((t) => t.startsWith('Ghent'))).toEqual(['Ghent → city US/NY']);
	});
});

describe('a place of publication in a reference', () => {
	it('is the most important place of its name, whatever the article is about', () => {
		const article = 'Gnadenhutten is a village in Tuscarawas County, Ohio.\nReferences\n';
		expect(read(`${article}Olmstead, Earl P. (1991). Blackcoats among the Delaware. Baltimore: Johns Hopkins University Press.`)).toContain('Baltimore → city US/MD');
		expect(read(`${article}Knepper, George W. Ohio and Its People. New Haven: Yale University Press.`)).toContain('New Haven → city US/CT');
		// in prose a colon after a name is no citation: the Ohio village of that name
		expect(read('Gnadenhutten is a village in Tuscarawas County, Ohio. Its people shop in Baltimore: the town is near.')).toContain('Baltimore → city US/OH');
	});
});

describe('infobox lines and headings', () => {
	it('read a field\'s value, never its label, with tabs or a space between', () => {
		// Canton is also the old name of Guangzhou
		for (const gap of ['\t', ' ']) {
			const infobox = ['Montmorillon', `Country${gap}France`, `Department${gap}Vienne`, `Canton${gap}Montmorillon`, `Time zone${gap}UTC+01:00 (CET)`].join('\n');
			const places = read(`${infobox}\n== History ==\nHistory\nMontmorillon is a commune in the Vienne department.`);
			expect(places.filter((t) => t.startsWith('Canton'))).toEqual([]);
			expect(places).toContain('France → country FR/null');
			expect(places).toContain('Vienne → region FR/75');
		}
		expect(read('Country\tUnited States\nState\tOhio\nTime zone\tUTC−5 (Eastern (EST))\nGahanna is a city in Franklin County, Ohio.')).toEqual(['United States → country US/null', 'Ohio → region US/OH', 'Gahanna → city US/OH', 'Franklin County → district US/OH', 'Ohio → region US/OH']);
	});

	it('take a sentence that opens a line with a label\'s word for prose', () => {
		expect(read('Canton police said on Monday that two men were held.').filter((t) => t.startsWith('Canton'))).not.toEqual([]);
	});
});

describe('a census breakdown', () => {
	// the texts name no place but by a demonym
	const demonyms = (text: string) => readPlaces(gazetteer, text);

	it('names groups of people, not places, after a percentage or in an ancestry list', () => {
		expect(demonyms('The racial makeup of the village was 95.1% White, 2.3% African American, 0.5% Native American, 0.1% Pacific Islander and 0.4% Asian.')).toEqual([]);
		expect(demonyms('The largest ancestry groups were German (31.2%), Irish (14.0%) and English (9.8%).')).toEqual([]);
		expect(demonyms('Most residents are of German, Irish and English ancestry, some of Polish or Italian descent.')).toEqual([]);
	});

	it('leaves a demonym elsewhere a demonym (GeoWebNews marks these)', () => {
		expect(demonyms('Enslaved African Americans and German, Irish and other immigrant populations lived here.')).toHaveLength(4);
		expect(demonyms('About 40% of French voters agreed, and exports to 30% Asian markets rose.')).toHaveLength(2);
	});
});

describe('a town’s name before a capitalised island word', () => {
	it('names an island the gazetteer lacks, not the town, which its own name still is', () => {
		expect(read('Pilgrims on their way to Bardsey Island rested in the village.')).toEqual([]);
		expect(read('She moved from Bardsey to Leeds.')).toEqual(['Bardsey → city GB/ENG', 'Leeds → city GB/ENG']);
		expect(read('Hayling Island lies near Portsmouth.')).toEqual(['Hayling Island → city GB/ENG', 'Portsmouth → city GB/ENG']);
	});
});

describe('a place’s one-word name used otherwise', () => {
	it('is no place as a compass word of another language ending a local name, and is where it stands alone', () => {
		expect(read('Santa Maria has 33 barangays, among them Poblacion Norte and Poblacion Sur.')).not.toContain('Sur → city OM/04');
		expect(read('The dhow sailed from Muscat to Sur.')).toEqual(['Muscat → city OM/06', 'Sur → city OM/04']);
	});

	it('is no place as a period adjective before what the period built, and is where the town is meant', () => {
		expect(read('A Norman castle was built in the town in the 12th century.')).toEqual([]);
		expect(read('The storm reached Norman, and the Norman police closed roads.')).toEqual(['Norman → city US/OK', 'Norman → city US/OK']);
	});

	it('is a person after an initial, and the town after a preposition', () => {
		expect(read('Reville, F. Douglas (1920). History of the County of Brant.')).not.toContain('Douglas → city IM/9782170');
		// (the same line without the initial reads the town)
		expect(read('Reville, Douglas (1920). History of the County of Brant.')).toContain('Douglas → city IM/9782170');
		expect(read('The ferry from Douglas runs to Liverpool.')).toContain('Douglas → city IM/9782170');
	});

	it('is the landform before a capitalised landform word', () => {
		expect(read('The village lies in the Silesian Lowlands.')).toEqual([]);
		expect(read('Katowice is the capital of the Silesian Voivodeship.')).toContain('Silesian Voivodeship → region PL/83');
		// a town's plateau lies around the town
		expect(read('The city lies on the Jos Plateau, north-east of Abuja.')).toContain('Jos → city NG/49');
	});
});

describe('a language gloss of the subject’s name', () => {
	it('holds words of that name, not places, unless a place is the whole name', () => {
		const text = 'Santa Maria (Ilocano: Ili ti Santa Maria; Tagalog: Bayan ng Santa Maria) is a 3rd class municipality in the province of Ilocos Sur, Philippines. According to the 2020 census, it has a population of 30,000 people.';
		expect(read(text).filter((line) => line.startsWith('Bayan') || line.startsWith('Ili'))).toEqual([]);
		// (the gloss's label is a language, not Poland: also-known-as.spec.ts)
		expect(read('Kyiv (Polish: Kijów) is the capital of Ukraine.')).toEqual(['Kyiv → city UA/12', 'Kijów → city UA/12', 'Ukraine → country UA/null']);
		expect(read('Bayan is a county in Heilongjiang, China.')).toContain('Bayan → city CN/08');
	});
});

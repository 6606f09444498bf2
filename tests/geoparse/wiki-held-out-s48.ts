// Held-out Wikipedia-style articles about small places, session 48 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after searching every older batch under tests/geoparse for them: none is an older text's subject. Shapes the older
// wiki batches lack: things and features as subjects rather than settlements — lighthouses (Strumble Head, Hook),
// islands (Utö, Inishbofin, Clare Island), mountain huts (the Hörnli Hut, the Refuge du Goûter), peaks on a border
// (Sněžka, Rysy), a closed railway station and junction (Riccarton Junction, Princetown); ghost towns of the American
// and Canadian West (St. Elmo, Garnet, Barkerville, Sandon) and census-designated places beside national parks and
// forests (Tusayan, Truchas); Spanish pedanías of Cartagena and Murcia and parishes of Galicia and Asturias; Mexican
// ejidos named after far cities (Ejido Uruapan, Ejido Hermosillo); Korean counties with their eup and myeon; Japanese
// towns and post towns in their district and prefecture; Philippine municipalities ("officially the Municipality of
// X"); Australian localities in a "City of Shoalhaven" or a shire; Swedish, Norwegian, Lithuanian and Estonian
// villages in their municipality, parish or county; English civil parishes (a metropolitan borough, a national park);
// German Ortsteile of a town; Italian frazioni and comuni; Argentine department seats; Moroccan ksour and villages of
// the High Atlas in their province and region. Regional districts named after a region that is also named alone
// ("the Cariboo region ... the Cariboo Regional District", "the Regional District of Central Kootenay").
// Traps: railways, roads, clubs and bodies named after places (the Denver, South Park and Pacific Railroad, the
// Border Counties Railway, the North British Railway, the Kyoto Tango Railway, the Great Western Railway, the
// Colorado River Land Company, Montana Highway 200, the Swiss Alpine Club), people named like places (Augusta Jane
// Evans, Billy Barker, Lázaro Cárdenas, Garcia Hernandez the town, Saint Colman, Ludwig II, Grace O'Malley,
// Michael), fictional places (Hogsmeade, Aidensfield), names inside names (New Denver, Upper Kangaroo Valley,
// Seeon-Seebruck, Prien am Chiemsee, Pec pod Sněžkou, Czarny Staw pod Rysami, Tatra National Park), and namesakes of
// famous or bigger places (Gwangju of Gyeonggi and the metropolitan city, Williams, Wells, Yale, Richfield, Garnet,
// Slack, Calder, Colden, Nelson, Inn, Anda, Duero, Nice, Riviera, Clare, San Juan, San Isidro, Edo, Korea).
// Split in two halves: A (to tune on from session 48) and B (never tuned on: scored before and after).
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s48 [--a-only]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME` where the
// gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a mountain range or sea at the part
// the text means; countries at the gazetteer's own point). A country or region is right within 800 km, others within
// 161 km; a toponym inside a longer gold name is wrong (the batch is marked so), save that a capitalised "City of
// X", "Municipality of X" or "Regional District of X" marks X alone, as Hu2014's gold does. Lower-case feature words
// stay outside a gold name ("Princetown railway station", "the Iruya river"), as GeoWebNews marks them. notPlaces:
// people, bodies, railways, roads and fictional places named like places; a country's adjective is left ungraded.
// Many gold names are not in the gazetteer: they count as "not mapped", not as wrong.
// First honest score (main abd0d61, before any change tuned on it): half A 203/217 = 0.935 (110 graded names not
// mapped; 1 name of no place mapped: the Edo of "the Edo period" read as Tokyo); half B 208/219 = 0.950 (106 not
// mapped; none of no place mapped). Misses of half A: far namesakes of features the gazetteer lacks (the Tango
// Peninsula read as Tanggu, Samar as Samara, the Úpa as Ufa, the Southern Highlands of New South Wales as Papua New
// Guinea's province, Santo Tomás in Chihuahua, Uruapan, the ejido's Michoacán namesake, read as the ejido itself);
// the Fraser River at its gazetteer point 383 km from Yale; parts of longer names (Noia of "Ría de Muros e Noia",
// Årsta of "Årsta havsbad", Switzerland of "Saxon Switzerland" and "Bohemian Switzerland"); seas and deserts at their
// gazetteer points far from the part meant (the Mediterranean off Cartagena, the Sea of Japan off Tango, the Sahara).
// After session 48's changes tuned on A (h48-wiki: "the Tango Peninsula" named after a far city, "the Southern
// Highlands" read as a foreign region by its short name, and "Eastern Samar … Samar" read as Samara, each left
// unmapped; plus the Province-of-Canada and Florida Province rules from session 47's leads): A 203/214 = 0.949, B
// 208/219 = 0.950 (unchanged; scored once at the end, 106 not mapped). Misses of half B (read at the session's end):
// ejidos named after a far city read as their own gazetteer entry where the text means the city ("named it after the
// Sonoran capital, Hermosillo" read as Ejido Hermosillo's point 538 km off, as A's Uruapan); parts of longer names
// (Damyang of "Damyang County", Changpyeong of "Changpyeong-myeon", Bohol of "Bohol Sea", Denver of "New Denver"
// three times, Clare of "Clare Island"); far namesakes of features and villages the gazetteer lacks (Grosmont in
// Monmouthshire for the North Yorkshire one, Two Bridges read as Zweibrücken); the Colorado River at its curated point
// 481 km from the Mexicali Valley.
import type { GenreText } from './genre-texts.ts';
import { US, ENGLAND, WALES, FRANCE, GERMANY, POLAND, PHILIPPINES } from './gold-points.ts';

const w = (text: string, gold: Record<string, [number, number]>, notPlaces?: string[]): GenreText => ({ genre: 'wikipedia', text, gold, notPlaces });
// countries, states, regions (a country or region is right within 800 km; countries at the gazetteer's own point)
const SPAIN: [number, number] = [40.0, -4.0];
const MEXICO: [number, number] = [23.0, -102.0];
const SOUTH_KOREA: [number, number] = [37.0, 127.5];
const JAPAN: [number, number] = [35.69, 139.75];
const AUSTRALIA: [number, number] = [-25.0, 135.0];
const NEW_SOUTH_WALES: [number, number] = [-32.0, 147.0];
const SWEDEN: [number, number] = [62.0, 15.0];
const NORWAY: [number, number] = [62.0, 10.0];
const FINLAND: [number, number] = [64.0, 26.0];
const ESTONIA: [number, number] = [59.0, 26.0];
const LITHUANIA: [number, number] = [56.0, 24.0];
const RUSSIA: [number, number] = [60.0, 100.0];
const CZECH_REPUBLIC: [number, number] = [49.75, 15.5];
const SLOVAKIA: [number, number] = [48.67, 19.5];
const SWITZERLAND: [number, number] = [47.0, 8.0];
const ITALY: [number, number] = [42.83, 12.83];
const IRELAND: [number, number] = [53.0, -8.0];
const EUROPE: [number, number] = [48.69, 9.14];
const ARGENTINA: [number, number] = [-34.0, -64.0];
const CANADA: [number, number] = [60.11, -113.64];
const BRITISH_COLUMBIA: [number, number] = [54.0, -125.0];
const CHINA: [number, number] = [35.0, 105.0];
const MOROCCO: [number, number] = [32.0, -5.0];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S48_A: GenreText[] = [
	w(
		"Strumble Head Lighthouse is an active lighthouse on Ynys Meicel, a small island off Strumble Head on the north coast of Pembrokeshire, Wales. It lies about 6 km north-west of Fishguard, within the community of Pencaer.\n\nHistory\nThe light was built by Trinity House in 1908 to guide the ships on the route between Fishguard and Rosslare, in County Wexford, across St George's Channel. An iron footbridge joins the island to the mainland. The light was automated in 1980 and is monitored from the Trinity House centre at Harwich.\n\nAccess\nThe coast path passes the headland; the nearest villages are Goodwick and Llanwnda, and the county town, Haverfordwest, is 30 km to the south.",
		{ 'Strumble Head Lighthouse': [52.03, -5.07], 'Ynys Meicel': [52.03, -5.07], 'Strumble Head': [52.03, -5.07], Pembrokeshire: [51.85, -4.9], Wales: WALES, Fishguard: [51.99, -4.98], Pencaer: [52.01, -5.05], Rosslare: [52.25, -6.34], 'County Wexford': [52.5, -6.6], "St George's Channel": [52.0, -6.0], Harwich: [51.94, 1.28], Goodwick: [52.0, -5.0], Llanwnda: [52.01, -5.02], Haverfordwest: [51.8, -4.97] },
		['Trinity House']
	),
	w(
		"St. Elmo is a ghost town in Chaffee County, Colorado, United States, in the Sawatch Range at an elevation of 3,043 m. It was founded in 1880 and named after St. Elmo, a novel by Augusta Jane Evans.\n\nHistory\nGold and silver were found in the Chalk Creek valley in the 1870s, and the Mary Murphy Mine made the town prosper. The Denver, South Park and Pacific Railroad reached it on the way to the Alpine Tunnel and Pitkin, on the far side of the Continental Divide. The mines closed in the 1920s and the railroad was abandoned in 1926.\n\nToday\nThe town is reached by a gravel road from Nathrop, on U.S. Route 285, 25 km to the east. Buena Vista lies to the north-east and Salida, the county seat, 45 km to the south-east. Tincup Pass leads west towards Tincup in Gunnison County.",
		{ 'St. Elmo': [38.7, -106.35], 'Chaffee County': [38.75, -106.2], Colorado: [39.0, -105.5], 'United States': US, 'Sawatch Range': [38.9, -106.4], 'Chalk Creek': [38.72, -106.25], Pitkin: [38.61, -106.52], Nathrop: [38.75, -106.08], 'Buena Vista': [38.84, -106.13], Salida: [38.53, -105.99], 'Tincup Pass': [38.71, -106.47], Tincup: [38.75, -106.48], 'Gunnison County': [38.67, -107.0] },
		['Augusta Jane Evans', 'Augusta', 'Denver', 'South Park', 'U.S. Route 285']
	),
	w(
		"Tusayan is a town in Coconino County, Arizona, United States, just outside the south entrance of Grand Canyon National Park. It was a census-designated place until it incorporated in 2010. The population was 603 at the 2020 census.\n\nGeography\nThe town lies in the Kaibab National Forest on State Route 64, 11 km south of Grand Canyon Village and 90 km north of Williams, where the route meets Interstate 40. Flagstaff, the county seat, is 130 km to the south-east by U.S. Route 180.\n\nHistory\nThe name comes from the Hopi name of the province of the Hopi villages that Spanish explorers reached in 1540. The airport on the edge of town serves sightseeing flights from Las Vegas and Phoenix.",
		{ Tusayan: [35.97, -112.13], 'Coconino County': [35.84, -111.77], Arizona: [34.3, -111.7], 'United States': US, 'Grand Canyon National Park': [36.1, -112.1], 'Kaibab National Forest': [35.9, -112.0], 'Grand Canyon Village': [36.05, -112.14], Williams: [35.25, -112.19], Flagstaff: [35.2, -111.65], 'Las Vegas': [36.17, -115.14], Phoenix: [33.45, -112.07] },
		['State Route 64', 'Interstate 40', 'U.S. Route 180', 'Hopi']
	),
	w(
		"Cabo de Palos is a pedanía of the municipality of Cartagena, in the Region of Murcia, Spain. It lies on the cape of the same name, at the southern end of La Manga, the sand bar that separates the Mar Menor from the Mediterranean Sea.\n\nThe village grew around a fishing harbour and its lighthouse, lit in 1865. Offshore, the Islas Hormigas form a marine reserve, known to divers for the wreck of the Sirio, an Italian liner that sank here in 1906 on its way from Genoa to Buenos Aires.\n\nCartagena lies 25 km to the west by the RM-12 motorway; the pedanías of Los Belones and El Algar lie inland, and Murcia, the regional capital, is 75 km to the north-west. San Javier airport, on the shore of the Mar Menor, is 30 km to the north.",
		{ 'Cabo de Palos': [37.63, -0.69], Cartagena: [37.6, -0.98], 'Region of Murcia': [38.0, -1.5], Spain: SPAIN, 'La Manga': [37.7, -0.73], 'Mar Menor': [37.72, -0.8], 'Mediterranean Sea': [37.5, -0.5], 'Islas Hormigas': [37.65, -0.65], Genoa: [44.41, 8.93], 'Buenos Aires': [-34.6, -58.38], 'Los Belones': [37.61, -0.78], 'El Algar': [37.65, -0.87], Murcia: [37.98, -1.13], 'San Javier': [37.8, -0.84] },
		['Sirio', 'RM-12']
	),
	w(
		"Corrubedo is a parish in the municipality of Ribeira, in the comarca of Barbanza, province of A Coruña, Galicia, Spain. It occupies the tip of the Barbanza peninsula between the Ría de Muros e Noia and the Ría de Arousa.\n\nThe parish is known for its natural park of dunes and lagoons and for the lighthouse on the cape. Its villages include the fishing port of Corrubedo itself and Olveira. The town of Ribeira, the municipal seat, lies 12 km to the south-east; Santiago de Compostela is 60 km to the north-east and Noia 30 km to the north. In 2019 the parish had 1,502 inhabitants.",
		{ Corrubedo: [42.57, -9.07], Ribeira: [42.55, -8.99], Barbanza: [42.65, -8.95], 'A Coruña': [43.0, -8.5], Galicia: [42.75, -8.0], Spain: SPAIN, 'Ría de Muros e Noia': [42.77, -9.0], 'Ría de Arousa': [42.5, -8.88], Olveira: [42.59, -9.05], 'Santiago de Compostela': [42.88, -8.54], Noia: [42.78, -8.89] }
	),
	w(
		"Ejido Uruapan is a rural community and ejido in Ensenada Municipality, Baja California, Mexico. It lies in a small valley 40 km south-east of the city of Ensenada, off Federal Highway 1, and had 1,118 inhabitants in 2020.\n\nHistory\nThe ejido was founded in the land distributions of the 1930s by families from Michoacán, who named it after their home town of Uruapan. Its hot springs and olive groves draw visitors from Tijuana and from San Diego across the border. Wine grapes are grown in the neighbouring Valle de Santo Tomás, to the south, and in the Valle de Guadalupe, north of Ensenada.\n\nNearby places include Maneadero, on the coast 25 km to the north-west, and the village of Santo Tomás.",
		{ 'Ejido Uruapan': [31.63, -116.45], 'Ensenada Municipality': [31.3, -116.0], 'Baja California': [30.0, -115.0], Mexico: MEXICO, Ensenada: [31.87, -116.6], 'Michoacán': [19.2, -101.9], Uruapan: [19.42, -102.06], Tijuana: [32.53, -117.04], 'San Diego': [32.72, -117.16], 'Valle de Santo Tomás': [31.55, -116.41], 'Valle de Guadalupe': [32.08, -116.6], Maneadero: [31.72, -116.57], 'Santo Tomás': [31.56, -116.41] },
		['Federal Highway 1']
	),
	w(
		"Yangpyeong County is a county in the east of Gyeonggi Province, South Korea. It is the largest county of the province by area, and lies where the Bukhan River and the Namhan River meet at Dumulmeori to form the Han River, which flows on to Seoul, 45 km to the west.\n\nAdministrative divisions\nThe county is divided into one eup, Yangpyeong-eup, the county seat, and eleven myeon, among them Yongmun-myeon, Yangseo-myeon and Gangsang-myeon.\n\nGeography\nYongmunsan, 1,157 m, rises in the north of the county; the temple on its slopes is known for an old ginkgo tree. The county borders Gapyeong County to the north, Hongcheon County and Hoengseong County in Gangwon Province to the east, Yeoju to the south and Namyangju and Gwangju to the west.",
		{ 'Yangpyeong County': [37.49, 127.49], 'Gyeonggi Province': [37.5, 127.2], 'South Korea': SOUTH_KOREA, 'Bukhan River': [37.6, 127.4], 'Namhan River': [37.4, 127.6], Dumulmeori: [37.53, 127.31], 'Han River': [37.53, 127.0], Seoul: [37.57, 126.98], 'Yangpyeong-eup': [37.49, 127.49], 'Yongmun-myeon': [37.5, 127.6], 'Yangseo-myeon': [37.54, 127.37], 'Gangsang-myeon': [37.48, 127.47], Yongmunsan: [37.55, 127.58], 'Gapyeong County': [37.83, 127.51], 'Hongcheon County': [37.7, 127.9], 'Hoengseong County': [37.49, 127.98], 'Gangwon Province': [37.8, 128.2], Yeoju: [37.3, 127.64], Namyangju: [37.64, 127.22], Gwangju: [37.43, 127.26] }
	),
	w(
		"Ine is a town in Yosa District, Kyoto Prefecture, Japan, at the northern tip of the Tango Peninsula on the Sea of Japan. As of 2020 it had 1,930 inhabitants.\n\nThe town is known for its funaya, some 230 boathouses built along the shore of Ine Bay, with a boat garage below and living rooms above. Fishing for yellowtail has been its trade since the Edo period.\n\nIne borders Kyotango to the west and Miyazu to the south. The nearest station is at Amanohashidate on the Kyoto Tango Railway, 25 km away in Miyazu; buses run from there along the coast. Kyoto, the prefectural capital, is two and a half hours away by train, and Maizuru lies to the south-east across Wakasa Bay.",
		{ Ine: [35.67, 135.29], 'Yosa District': [35.55, 135.1], 'Kyoto Prefecture': [35.25, 135.4], Japan: JAPAN, 'Tango Peninsula': [35.7, 135.15], 'Sea of Japan': [38.0, 135.0], 'Ine Bay': [35.67, 135.29], Kyotango: [35.62, 135.06], Miyazu: [35.54, 135.19], Amanohashidate: [35.57, 135.19], Kyoto: [35.01, 135.77], Maizuru: [35.47, 135.39], 'Wakasa Bay': [35.6, 135.6] },
		['Edo', 'Kyoto Tango Railway']
	),
	w(
		"Balangiga, officially the Municipality of Balangiga, is a 5th class municipality in the province of Eastern Samar, Philippines. According to the 2020 census, it has a population of 14,341 people. It is politically subdivided into 13 barangays.\n\nHistory\nThe town is known for the Balangiga encounter of 28 September 1901, when townspeople attacked a company of American infantry. In reprisal the army laid waste to Samar, and three church bells were carried off to Wyoming and to a base in South Korea; they were returned in 2018.\n\nGeography\nBalangiga lies on the shore of Leyte Gulf, between Lawaan to the west and Giporlos to the east. Borongan, the provincial capital, is 100 km to the north-east, and Tacloban, across the strait on Leyte, 100 km by road.",
		{ Balangiga: [11.11, 125.39], 'Eastern Samar': [11.5, 125.5], Philippines: PHILIPPINES, Samar: [11.8, 125.0], Wyoming: [43.0, -107.5], 'South Korea': SOUTH_KOREA, 'Leyte Gulf': [10.9, 125.3], Lawaan: [11.14, 125.3], Giporlos: [11.12, 125.45], Borongan: [11.61, 125.43], Tacloban: [11.24, 125.0], Leyte: [10.9, 124.85] }
	),
	w(
		"Kangaroo Valley is a village and locality in the City of Shoalhaven, New South Wales, Australia, in the valley of the Kangaroo River below the Illawarra escarpment. At the 2021 census it had 1,000 people.\n\nThe Hampden Bridge, a suspension bridge built over the river in 1898, carries the road from Moss Vale, in the Southern Highlands, down through the valley to Nowra, the seat of the council, 23 km to the south-east. The river runs into Lake Yarrunga, the reservoir behind Tallowa Dam, which supplies Sydney, 150 km to the north.\n\nBarrengarry and Upper Kangaroo Valley are neighbouring localities; Fitzroy Falls, in Morton National Park, lies at the top of the escarpment to the west.",
		{ 'Kangaroo Valley': [-34.74, 150.53], Shoalhaven: [-34.9, 150.5], 'New South Wales': NEW_SOUTH_WALES, Australia: AUSTRALIA, 'Kangaroo River': [-34.72, 150.5], Illawarra: [-34.5, 150.8], 'Moss Vale': [-34.55, 150.37], 'Southern Highlands': [-34.5, 150.4], Nowra: [-34.88, 150.6], 'Lake Yarrunga': [-34.75, 150.4], 'Tallowa Dam': [-34.77, 150.32], Sydney: [-33.87, 151.21], Barrengarry: [-34.69, 150.52], 'Upper Kangaroo Valley': [-34.68, 150.6], 'Fitzroy Falls': [-34.65, 150.48], 'Morton National Park': [-35.0, 150.3] },
		['Hampden Bridge', 'Hampden']
	),
	w(
		"Utö is an island in the Stockholm archipelago, in Haninge Municipality, Stockholm County, Sweden. It lies in the southern part of the archipelago, about 50 km south-east of Stockholm, and had about 200 permanent residents in 2020.\n\nHistory\nIron ore was mined on the island from the 12th century until 1879; the flooded pits of the old mines and the miners' houses of Gruvbyn still stand. A windmill from 1791 overlooks the harbour.\n\nTransport\nWaxholmsbolaget ferries sail to Utö from Årsta havsbad near Västerhaninge, on the mainland, and in summer from Stockholm. The island is linked by a bridge to Ålö, and the neighbouring islands include Ornö to the north and Nåttarö to the south-west.",
		{ 'Utö': [58.96, 18.32], 'Haninge Municipality': [59.1, 18.2], 'Stockholm County': [59.4, 18.1], Sweden: SWEDEN, Stockholm: [59.33, 18.07], Gruvbyn: [58.97, 18.32], 'Årsta havsbad': [59.09, 18.19], 'Västerhaninge': [59.12, 18.1], 'Ålö': [58.98, 18.29], 'Ornö': [59.06, 18.42], 'Nåttarö': [58.86, 18.14] },
		['Waxholmsbolaget']
	),
	w(
		"Rusnė is a small town in Šilutė District Municipality, Klaipėda County, Lithuania, on an island of the same name in the delta of the Neman. It is the seat of an eldership and had 1,500 inhabitants in 2021.\n\nThe island lies between the Atmata and the Skirvytė, two branches of the Neman, which here empties into the Curonian Lagoon; the Skirvytė forms the border with the Kaliningrad Oblast of Russia. Rusnė was first recorded in 1364 and belonged to East Prussia until 1920, when the Klaipėda Region was detached from Germany.\n\nA bridge over the Atmata links the town with Šilutė, 8 km to the east. Klaipėda is 55 km to the north, and Nida, on the Curonian Spit, lies across the lagoon.",
		{ 'Rusnė': [55.3, 21.37], 'Šilutė District Municipality': [55.35, 21.4], 'Klaipėda County': [55.7, 21.4], Lithuania: LITHUANIA, Neman: [55.3, 21.5], Atmata: [55.33, 21.3], 'Skirvytė': [55.27, 21.3], 'Curonian Lagoon': [55.3, 21.1], 'Kaliningrad Oblast': [54.7, 21.5], Russia: RUSSIA, 'East Prussia': [54.5, 21.0], 'Klaipėda Region': [55.6, 21.4], Germany: GERMANY, 'Šilutė': [55.35, 21.48], 'Klaipėda': [55.71, 21.13], Nida: [55.3, 21.0], 'Curonian Spit': [55.3, 21.0] }
	),
	w(
		"Heptonstall is a village and civil parish in the Metropolitan Borough of Calderdale, West Yorkshire, England. It stands on a hill above Hebden Bridge, between the valleys of the Calder and Hebden Water, and had 1,400 people at the 2011 census.\n\nHistory\nThe village was a centre of handloom weaving before the mills moved down to the valley floor. Its churchyard holds two churches, the ruin of the old church of St Thomas à Becket, damaged by a gale in 1847, and the new one built beside it; the poet Sylvia Plath is buried in the new churchyard. The octagonal Methodist chapel dates from 1764.\n\nGeography\nThe parish reaches up to the moors of the South Pennines. Halifax lies 13 km to the east, and Todmorden, once split by the Lancashire border, 8 km to the west; Burnley is 20 km away over the hills. Slack and Colden are hamlets within the parish.",
		{ Heptonstall: [53.74, -2.02], Calderdale: [53.72, -1.95], 'West Yorkshire': [53.75, -1.6], England: ENGLAND, 'Hebden Bridge': [53.74, -2.01], Calder: [53.73, -2.0], 'Hebden Water': [53.75, -2.02], 'South Pennines': [53.7, -2.0], Halifax: [53.72, -1.86], Todmorden: [53.71, -2.1], Lancashire: [53.85, -2.6], Burnley: [53.79, -2.24], Slack: [53.75, -2.04], Colden: [53.75, -2.05] },
		['Sylvia Plath', 'Thomas à Becket']
	),
	w(
		"Schmilka is a village in Saxon Switzerland and an Ortsteil of the town of Bad Schandau, in the district of Sächsische Schweiz-Osterzgebirge, Saxony, Germany. It lies on the right bank of the Elbe at the border with the Czech Republic, and had about 100 inhabitants in 2020.\n\nThe village is a starting point for walks to the Großer Winterberg and the Schrammsteine in the national park. A ferry crosses the Elbe to the station on the railway from Dresden to Děčín, and the Malerweg trail passes through on its way from Pirna.\n\nAcross the border lie Hřensko, in Bohemian Switzerland, and the Pravčická brána, the largest natural sandstone arch in Europe. Bad Schandau is 8 km downstream; Dresden is 45 km to the north-west.",
		{ Schmilka: [50.89, 14.23], 'Saxon Switzerland': [50.9, 14.1], 'Bad Schandau': [50.92, 14.15], 'Sächsische Schweiz-Osterzgebirge': [50.9, 13.9], Saxony: [51.0, 13.3], Germany: GERMANY, Elbe: [50.89, 14.22], 'Czech Republic': CZECH_REPUBLIC, 'Großer Winterberg': [50.88, 14.26], Schrammsteine: [50.91, 14.2], Dresden: [51.05, 13.74], 'Děčín': [50.78, 14.21], Pirna: [50.96, 13.94], 'Hřensko': [50.87, 14.24], 'Bohemian Switzerland': [50.87, 14.35], 'Pravčická brána': [50.88, 14.28], Europe: EUROPE },
		['Malerweg']
	),
	w(
		"Riccarton Junction was a railway station and village in the Scottish Borders, on the Waverley Route between Edinburgh and Carlisle, where the Border Counties Railway to Hexham branched off. It lay in a remote side valley of Liddesdale, 20 km south of Hawick, with no road access until the 1960s.\n\nHistory\nThe station opened in 1862, and the North British Railway built cottages, a school and an engine shed for its staff; at its height 118 people lived there. The Border Counties line closed to passengers in 1956, and the Waverley Route itself in 1969, when the last train ran from Edinburgh through Galashiels and Hawick to Carlisle. The village was then abandoned.\n\nToday\nThe site lies in forestry plantations near the border with Northumberland; Newcastleton is 12 km to the south-west and Kielder Water 20 km to the south-east. The platform and the schoolhouse survive.",
		{ 'Riccarton Junction': [55.27, -2.72], 'Scottish Borders': [55.5, -2.85], Edinburgh: [55.95, -3.19], Carlisle: [54.89, -2.94], Hexham: [54.97, -2.1], Liddesdale: [55.2, -2.85], Hawick: [55.42, -2.79], Galashiels: [55.62, -2.81], Northumberland: [55.2, -2.0], Newcastleton: [55.18, -2.81], 'Kielder Water': [55.2, -2.55] },
		['Waverley Route', 'Border Counties Railway', 'North British Railway', 'Border Counties']
	),
	w(
		"The Hörnli Hut (German: Hörnlihütte) is a mountain hut at the foot of the north-east ridge of the Matterhorn, at 3,260 m, in the municipality of Zermatt in the canton of Valais, Switzerland. It is the usual starting point for climbs of the ridge, the route of the first ascent by Edward Whymper's party in 1865.\n\nThe hut is owned by a section of the Swiss Alpine Club and was rebuilt for the 150th anniversary of the ascent in 2015. It is reached in about two hours on foot from Schwarzsee, the top station of the cable car from Zermatt, which lies 1,600 m below in the Matter Valley. To the east rise the Breithorn and Monte Rosa, on the border with Italy, and to the south-west the Dent d'Hérens above Breuil-Cervinia in the Aosta Valley.",
		{ 'Hörnli Hut': [45.98, 7.68], 'Hörnlihütte': [45.98, 7.68], Matterhorn: [45.98, 7.66], Zermatt: [46.02, 7.75], Valais: [46.2, 7.6], Switzerland: SWITZERLAND, Schwarzsee: [45.99, 7.71], 'Matter Valley': [46.1, 7.78], Breithorn: [45.94, 7.75], 'Monte Rosa': [45.94, 7.87], Italy: ITALY, "Dent d'Hérens": [45.97, 7.61], 'Breuil-Cervinia': [45.93, 7.63], 'Aosta Valley': [45.74, 7.4] },
		['Edward Whymper', 'Swiss Alpine Club']
	),
	w(
		"Sněžka (Polish: Śnieżka, German: Schneekoppe) is a mountain on the border between the Czech Republic and Poland, the highest peak of the Giant Mountains (Krkonoše) at 1,603 m and of the Sudetes. The summit is divided between the Hradec Králové Region and Lower Silesian Voivodeship.\n\nOn the summit stand the Chapel of St Lawrence from the 17th century, a Polish weather observatory and a Czech post office. A chairlift climbs from Pec pod Sněžkou on the Czech side, and paths lead up from Karpacz in Poland, 4 km to the north; the town of Jelenia Góra lies 20 km further north. The Úpa rises on the slopes below the summit and flows south through Pec pod Sněžkou and Trutnov.",
		{ 'Sněžka': [50.74, 15.74], 'Śnieżka': [50.74, 15.74], Schneekoppe: [50.74, 15.74], 'Czech Republic': CZECH_REPUBLIC, Poland: POLAND, 'Giant Mountains': [50.75, 15.6], 'Krkonoše': [50.75, 15.6], Sudetes: [50.5, 16.0], 'Hradec Králové Region': [50.4, 15.9], 'Lower Silesian Voivodeship': [51.0, 16.3], 'Pec pod Sněžkou': [50.69, 15.73], Karpacz: [50.78, 15.76], 'Jelenia Góra': [50.9, 15.73], 'Úpa': [50.6, 15.85], Trutnov: [50.56, 15.91] },
		['Lawrence', 'St Lawrence']
	),
	w(
		"Cachi is a town in Salta Province, Argentina, and the seat of the Cachi Department. It lies at 2,280 m in the Calchaquí Valleys, at the foot of the Nevado de Cachi, and had 2,600 inhabitants at the 2010 census.\n\nThe town was a settlement of the Diaguita before the Spanish conquest; the church of San José dates from the 18th century. It is reached from the city of Salta, 160 km to the east, by National Route 33 over the Cuesta del Obispo and through Los Cardones National Park. Route 40 runs south from Cachi along the Calchaquí River to Molinos and Cafayate, and north to La Poma.",
		{ Cachi: [-25.12, -66.16], 'Salta Province': [-25.0, -65.0], Argentina: ARGENTINA, 'Cachi Department': [-25.1, -66.3], 'Calchaquí Valleys': [-25.5, -66.0], 'Nevado de Cachi': [-24.95, -66.4], Salta: [-24.79, -65.41], 'Cuesta del Obispo': [-25.2, -65.85], 'Los Cardones National Park': [-25.2, -65.9], 'Calchaquí River': [-25.3, -66.2], Molinos: [-25.44, -66.31], Cafayate: [-26.07, -65.98], 'La Poma': [-24.72, -66.2] },
		['Diaguita', 'San José', 'National Route 33', 'Route 40']
	),
	w(
		"Barkerville is a ghost town and historic site in the Cariboo region of British Columbia, Canada, within the Cariboo Regional District. It was named after Billy Barker, a Cornish sailor who struck gold on Williams Creek in 1862, setting off the gold rush.\n\nHistory\nThe town grew to several thousand people, many of them miners from California and China; it burned down in 1868 and was rebuilt within weeks. The Cariboo Wagon Road linked it with Yale, on the Fraser River, 600 km to the south. Nearby Richfield and Camerontown were rival camps on the same creek.\n\nToday\nBarkerville is reached by Highway 26 from Quesnel, 80 km to the west, through Wells, the nearest living town. Bowron Lake Provincial Park lies to the east.",
		{ Barkerville: [53.07, -121.52], Cariboo: [52.5, -122.0], 'British Columbia': BRITISH_COLUMBIA, Canada: CANADA, 'Cariboo Regional District': [52.5, -122.0], 'Williams Creek': [53.07, -121.52], California: [37.0, -120.0], China: CHINA, Yale: [49.56, -121.43], 'Fraser River': [49.6, -121.43], Richfield: [53.06, -121.52], Camerontown: [53.07, -121.51], Quesnel: [52.98, -122.49], Wells: [53.1, -121.57], 'Bowron Lake Provincial Park': [53.2, -121.2] },
		['Billy Barker', 'Cariboo Wagon Road', 'Highway 26']
	),
	w(
		"Inishbofin is an island off the coast of Connemara in County Galway, Ireland, 11 km west of Cleggan, from which ferries cross to it. It had 175 inhabitants at the 2016 census.\n\nHistory\nSaint Colman founded a monastery on the island in 668 after leaving Lindisfarne. In the 1650s Cromwell's forces built a star-shaped fort over the harbour and used it as a prison for Catholic priests. Nearby islands include Inishark, abandoned in 1960, and Inishturk, which lies to the north in County Mayo.\n\nGeography\nClifden, the chief town of Connemara, is 20 km to the south-east; Galway is 100 km away.",
		{ Inishbofin: [53.61, -10.22], Connemara: [53.45, -9.75], 'County Galway': [53.3, -8.9], Ireland: IRELAND, Cleggan: [53.55, -10.11], Lindisfarne: [55.67, -1.8], Inishark: [53.61, -10.29], Inishturk: [53.7, -10.09], 'County Mayo': [53.9, -9.3], Clifden: [53.49, -10.02], Galway: [53.27, -9.05] },
		['Saint Colman', 'Colman', 'Cromwell']
	),
	w(
		"Manarola is a frazione of the comune of Riomaggiore, in the province of La Spezia, Liguria, northern Italy. It is one of the Cinque Terre, the five villages on the coast of the Ligurian Sea that form a UNESCO World Heritage Site, and had about 350 inhabitants.\n\nThe village climbs a ravine above a small harbour, among terraced vineyards that make the sweet Sciacchetrà wine. The Via dell'Amore, a cliff path, links it with Riomaggiore, 1 km to the south-east; Corniglia, Vernazza and Monterosso al Mare lie to the north-west. Trains on the coastal railway stop at the village, and La Spezia itself is 14 km away. Portovenere and the island of Palmaria lie at the end of the promontory.",
		{ Manarola: [44.11, 9.73], Riomaggiore: [44.1, 9.74], 'La Spezia': [44.1, 9.82], Liguria: [44.3, 8.7], Italy: ITALY, 'Cinque Terre': [44.13, 9.7], 'Ligurian Sea': [44.0, 9.0], Corniglia: [44.12, 9.71], Vernazza: [44.13, 9.68], 'Monterosso al Mare': [44.15, 9.65], Portovenere: [44.05, 9.84], Palmaria: [44.04, 9.84] },
		["Via dell'Amore", 'Sciacchetrà']
	),
	w(
		"Aït Benhaddou is a fortified village, or ksar, in Ouarzazate Province, in the Drâa-Tafilalet region of Morocco. It lies on the Ounila River, 30 km north-west of the city of Ouarzazate, on the old caravan route between the Sahara and Marrakesh over the Tizi n'Tichka pass of the High Atlas.\n\nThe ksar, a group of earthen houses behind defensive walls, has been a UNESCO World Heritage Site since 1987. Most of its families now live in the newer village across the river. Many films have been shot there, using the studios of Ouarzazate; Telouet, with the kasbah of the Glaoui, lies 35 km up the valley.",
		{ 'Aït Benhaddou': [31.05, -7.13], 'Ouarzazate Province': [30.9, -7.0], 'Drâa-Tafilalet': [31.0, -5.5], Morocco: MOROCCO, 'Ounila River': [31.1, -7.15], Ouarzazate: [30.92, -6.9], Sahara: [29.0, -5.0], Marrakesh: [31.63, -8.0], "Tizi n'Tichka": [31.28, -7.38], 'High Atlas': [31.2, -7.0], Telouet: [31.29, -7.24] },
		['Glaoui']
	),
];

// Half B: never tuned on (scored before any change and at the session's end).
export const WIKI_HELD_OUT_S48_B: GenreText[] = [
	w(
		"Hook Lighthouse stands at the tip of the Hook Peninsula in County Wexford, Ireland, on the eastern side of the mouth of Waterford Harbour. Built in the 12th century by William Marshal, it is one of the oldest working lighthouses in the world.\n\nHistory\nMonks kept a beacon on the headland before the Norman tower was built. The light was automated in 1996 and is run by the Commissioners of Irish Lights; the keepers' houses are now a visitor centre.\n\nGeography\nThe village of Churchtown lies just north of the light, and Fethard-on-Sea 8 km further on. Across the harbour are Dunmore East and the coast of County Waterford; Waterford is 35 km to the north-west, and the car ferry between Passage East and Ballyhack crosses the estuary to the north. Loftus Hall stands on the road to the point.",
		{ 'Hook Lighthouse': [52.12, -6.93], 'Hook Peninsula': [52.17, -6.9], 'County Wexford': [52.5, -6.6], Ireland: IRELAND, 'Waterford Harbour': [52.18, -6.95], Churchtown: [52.13, -6.92], 'Fethard-on-Sea': [52.2, -6.84], 'Dunmore East': [52.15, -7.0], 'County Waterford': [52.2, -7.6], Waterford: [52.26, -7.11], 'Passage East': [52.24, -7.0], Ballyhack: [52.25, -6.97] },
		['William Marshal', 'Commissioners of Irish Lights', 'Loftus Hall', 'Loftus']
	),
	w(
		"Garnet is a ghost town in Granite County, Montana, United States, in the Garnet Range at 1,800 m. It is managed by the Bureau of Land Management and is one of the best-preserved mining towns of the state.\n\nHistory\nThe town was named after the brown garnets found in the gulch. Gold was struck at the Nancy Hanks mine in 1895, and by 1898 about 1,000 people lived there. The mines were worked out within a decade, and a fire in 1912 destroyed half the town; the last residents left in the 1940s.\n\nAccess\nGarnet is reached by a dirt road from Montana Highway 200, near the Blackfoot River, or in summer from Bearmouth on Interstate 90, on the Clark Fork. Missoula is 65 km to the west and Drummond 30 km to the south-east; Philipsburg, the county seat, lies beyond the Clark Fork.",
		{ Garnet: [46.83, -113.34], 'Granite County': [46.4, -113.4], Montana: [47.0, -109.5], 'United States': US, 'Garnet Range': [46.85, -113.3], 'Blackfoot River': [46.9, -113.5], Bearmouth: [46.72, -113.33], 'Clark Fork': [46.72, -113.3], Missoula: [46.87, -113.99], Drummond: [46.67, -113.15], Philipsburg: [46.33, -113.29] },
		['Bureau of Land Management', 'Nancy Hanks', 'Montana Highway 200', 'Interstate 90']
	),
	w(
		"Truchas is a census-designated place in Rio Arriba County, New Mexico, United States, on a ridge at 2,430 m below the Truchas Peaks in the Sangre de Cristo Mountains. The population was 523 at the 2020 census.\n\nHistory\nThe village was founded in 1754 on a Spanish land grant, on the frontier against the Comanche. It lies on the High Road, the route through the mountain villages between Santa Fe and Taos, between Chimayó to the south-west and Las Trampas to the north-east. Part of the film The Milagro Beanfield War was shot there.\n\nGeography\nEspañola, the nearest city, is 30 km to the west in the Rio Grande valley; Santa Fe is 65 km to the south. The Pecos Wilderness lies east of the peaks.",
		{ Truchas: [36.04, -105.81], 'Rio Arriba County': [36.5, -106.7], 'New Mexico': [34.4, -106.1], 'United States': US, 'Truchas Peaks': [35.96, -105.64], 'Sangre de Cristo Mountains': [36.5, -105.5], 'Santa Fe': [35.69, -105.94], Taos: [36.41, -105.57], 'Chimayó': [36.0, -105.93], 'Las Trampas': [36.13, -105.76], 'Española': [35.99, -106.08], 'Rio Grande': [36.0, -106.06], 'Pecos Wilderness': [35.9, -105.6] },
		['Comanche', 'The Milagro Beanfield War', 'Milagro', 'High Road']
	),
	w(
		"Torreagüera is a pedanía of the municipality of Murcia, in the Region of Murcia, Spain. It lies at the foot of the Cresta del Gallo in the south-east of the huerta, 8 km from the city centre, and had 9,000 inhabitants in 2020.\n\nThe village grew in the 18th century among orange and lemon groves watered by the Segura. Its neighbours are the pedanías of Beniaján to the west and Los Ramos to the east. Orihuela, in the province of Alicante, lies 20 km to the north-east, and Cartagena 45 km to the south. The regional park of El Valle y Carrascoy rises behind the village.",
		{ 'Torreagüera': [37.97, -1.06], Murcia: [37.98, -1.13], 'Region of Murcia': [38.0, -1.5], Spain: SPAIN, 'Cresta del Gallo': [37.95, -1.1], Segura: [38.0, -1.1], 'Beniaján': [37.98, -1.07], 'Los Ramos': [37.98, -1.03], Orihuela: [38.08, -0.94], Alicante: [38.5, -0.5], Cartagena: [37.6, -0.98] }
	),
	w(
		"Lastres (Asturian: Llastres) is a parish and fishing village in the municipality of Colunga, in Asturias, Spain. The village climbs the cliffs above its harbour on the Bay of Biscay and had 1,700 inhabitants in 2018.\n\nIt is listed among the most beautiful villages of Spain. Dinosaur footprints in the cliffs along the coast are shown at the Jurassic Museum, between Lastres and Colunga. Colunga, the municipal seat, lies 6 km to the south; Ribadesella is 20 km to the east and Villaviciosa 25 km to the west. Gijón and Oviedo, the regional capital, are each about 60 km away by the A-8 motorway. The Sueve range rises behind the coast.",
		{ Lastres: [43.51, -5.27], Llastres: [43.51, -5.27], Colunga: [43.49, -5.27], Asturias: [43.33, -6.0], Spain: SPAIN, 'Bay of Biscay': [44.5, -4.0], Ribadesella: [43.46, -5.06], Villaviciosa: [43.48, -5.44], 'Gijón': [43.53, -5.66], Oviedo: [43.36, -5.85], Sueve: [43.44, -5.2] },
		['Jurassic Museum', 'A-8']
	),
	w(
		"Ejido Hermosillo is a town in Mexicali Municipality, Baja California, Mexico, in the farmland of the Mexicali Valley, 30 km south-east of the city of Mexicali. It had 4,800 inhabitants at the 2020 census.\n\nThe ejido was formed in 1937, when the government of Lázaro Cárdenas took land from the Colorado River Land Company and gave it to farm workers, many of whom had come from Sonora and Sinaloa; they named it after the Sonoran capital, Hermosillo. Cotton and wheat are grown on land watered by canals from the Colorado River.\n\nNearby communities include Ciudad Guadalupe Victoria to the south. San Luis Río Colorado, in Sonora, lies 40 km to the east across the river, and Calexico, California, faces Mexicali across the border.",
		{ 'Ejido Hermosillo': [32.5, -115.1], 'Mexicali Municipality': [32.0, -115.2], 'Baja California': [30.0, -115.0], Mexico: MEXICO, 'Mexicali Valley': [32.4, -115.2], Mexicali: [32.62, -115.45], Sonora: [29.5, -110.9], Sinaloa: [25.0, -107.5], Hermosillo: [29.07, -110.96], 'Colorado River': [32.4, -114.9], 'Ciudad Guadalupe Victoria': [32.29, -115.1], 'San Luis Río Colorado': [32.46, -114.77], Calexico: [32.68, -115.5], California: [37.0, -120.0] },
		['Lázaro Cárdenas', 'Colorado River Land Company']
	),
	w(
		"Damyang County is a county in South Jeolla Province, South Korea, 20 km north of the city of Gwangju. It is known for its bamboo groves and its pavilion gardens, among them Soswaewon, laid out in the 16th century.\n\nAdministrative divisions\nThe county has one eup, Damyang-eup, the county seat, and eleven myeon, among them Changpyeong-myeon, whose old stone-walled village was the first in Korea to join the slow-city movement.\n\nGeography\nThe Yeongsan River rises in the county on the slopes of Byeongpungsan and flows south-west past Gwangju and Naju to Mokpo on the Yellow Sea. Damyang borders Sunchang County in North Jeolla Province to the north, Gokseong County to the east, and Jangseong County to the west.",
		{ 'Damyang County': [35.32, 126.99], 'South Jeolla Province': [34.87, 126.99], 'South Korea': SOUTH_KOREA, Gwangju: [35.16, 126.85], 'Damyang-eup': [35.32, 126.99], 'Changpyeong-myeon': [35.23, 127.01], Korea: SOUTH_KOREA, 'Yeongsan River': [35.0, 126.7], Byeongpungsan: [35.4, 126.98], Naju: [35.02, 126.71], Mokpo: [34.81, 126.39], 'Yellow Sea': [35.5, 123.5], 'Sunchang County': [35.37, 127.14], 'North Jeolla Province': [35.72, 127.15], 'Gokseong County': [35.28, 127.29], 'Jangseong County': [35.3, 126.78] },
		['Soswaewon']
	),
	w(
		"Ōuchi-juku is a former post town in the town of Shimogō, Minamiaizu District, Fukushima Prefecture, Japan. It was a station on the Aizu-Nishi Kaidō, the road that linked Aizuwakamatsu with Nikkō in the Edo period, used by the lords of Aizu on their way to Edo.\n\nThe village keeps some forty thatched houses along its single street and was made a preservation district in 1981. The nearest station, on the Aizu Railway, is 6 km away; Aizuwakamatsu is 30 km to the north. Tō-no-hetsuri, a gorge of the Ōkawa river, lies 10 km to the south.",
		{ 'Ōuchi-juku': [37.33, 139.86], 'Shimogō': [37.25, 139.87], 'Minamiaizu District': [37.2, 139.77], 'Fukushima Prefecture': [37.4, 140.2], Japan: JAPAN, Aizuwakamatsu: [37.49, 139.93], 'Nikkō': [36.75, 139.6], Edo: [35.69, 139.69], 'Tō-no-hetsuri': [37.26, 139.87], 'Ōkawa': [37.25, 139.88] },
		['Aizu-Nishi Kaidō', 'Aizu Railway']
	),
	w(
		"Jagna, officially the Municipality of Jagna, is a 4th class municipality in the province of Bohol, Philippines. According to the 2020 census, it has a population of 35,000 people.\n\nIt lies on the southern coast of Bohol facing the Bohol Sea, between Garcia Hernandez to the west and Duero to the east. Ferries sail from its port to Cagayan de Oro and Butuan on Mindanao and to Camiguin.\n\nHistory\nThe town was founded by Jesuits in 1631; its church of Saint Michael the Archangel was rebuilt after the earthquake of 2013. Jagna is known for calamay, a sticky sweet sold in coconut shells. Tagbilaran, the provincial capital, is 63 km to the west; Anda and Guindulman lie to the east.",
		{ Jagna: [9.65, 124.37], Bohol: [9.85, 124.2], Philippines: PHILIPPINES, 'Bohol Sea': [9.3, 124.5], 'Garcia Hernandez': [9.61, 124.29], Duero: [9.71, 124.41], 'Cagayan de Oro': [8.48, 124.65], Butuan: [8.95, 125.54], Mindanao: [8.0, 125.0], Camiguin: [9.17, 124.73], Tagbilaran: [9.65, 123.85], Anda: [9.74, 124.58], Guindulman: [9.76, 124.49] },
		['Saint Michael the Archangel', 'Michael']
	),
	w(
		"Central Tilba is a village in the Eurobodalla Shire, on the far south coast of New South Wales, Australia, at the foot of Gulaga (Mount Dromedary). At the 2021 census it had 370 people.\n\nThe village was founded in the 1890s around a butter factory and keeps its timber shopfronts, listed by the National Trust. Tilba Tilba lies 2 km to the south, and Narooma, the nearest town, 17 km to the north on the Princes Highway. Bega, the seat of the Bega Valley Shire, is 60 km to the south and Moruya, the shire seat, 45 km to the north; Bermagui is on the coast to the south-east. Wallaga Lake lies below the mountain.",
		{ 'Central Tilba': [-36.31, 150.07], 'Eurobodalla Shire': [-35.9, 150.0], 'New South Wales': NEW_SOUTH_WALES, Australia: AUSTRALIA, Gulaga: [-36.29, 150.03], 'Mount Dromedary': [-36.29, 150.03], 'Tilba Tilba': [-36.33, 150.06], Narooma: [-36.22, 150.13], Bega: [-36.67, 149.84], 'Bega Valley Shire': [-36.7, 149.7], Moruya: [-35.91, 150.08], Bermagui: [-36.42, 150.07], 'Wallaga Lake': [-36.37, 150.07] },
		['National Trust', 'Princes Highway']
	),
	w(
		"Undredal is a village in Aurland Municipality, Vestland county, Norway, on the southern shore of the Aurlandsfjord, an arm of the Sognefjord. It had about 80 inhabitants in 2020.\n\nThe village is known for its goat's cheese and for its stave church, the smallest in Scandinavia still in use, built in 1147. Until the road tunnel opened in 1988 the village could be reached only by boat.\n\nFlåm lies 10 km to the east, at the end of the railway from Myrdal; Gudvangen, on the Nærøyfjord, is 8 km to the west. The E16 road to Bergen and Oslo passes in a tunnel above. The municipal centre, Aurlandsvangen, lies across the fjord.",
		{ Undredal: [60.95, 7.1], 'Aurland Municipality': [60.85, 7.2], Vestland: [61.0, 6.5], Norway: NORWAY, Aurlandsfjord: [60.93, 7.15], Sognefjord: [61.1, 6.5], Scandinavia: [62.0, 14.0], 'Flåm': [60.86, 7.11], Myrdal: [60.74, 7.12], Gudvangen: [60.88, 6.84], 'Nærøyfjord': [60.9, 6.9], Bergen: [60.39, 5.32], Oslo: [59.91, 10.75], Aurlandsvangen: [60.9, 7.19] },
		['E16']
	),
	w(
		"Käsmu is a village in Haljala Parish, Lääne-Viru County, in northern Estonia, on a peninsula of the same name in Lahemaa National Park. It had 110 inhabitants in 2021.\n\nIn the 19th and early 20th centuries Käsmu was known as the captains' village: a maritime school trained sailors there from 1884, and its shipyards built sailing ships for the trade across the Gulf of Finland to Helsinki and Kotka. During prohibition in Finland, smugglers sailed from Käsmu with spirits.\n\nThe village lies between Võsu to the east and the Palmse manor inland; Rakvere, the county seat, is 40 km to the south-east and Tallinn 75 km to the west. The islands of Mohni and Vaindloo lie offshore.",
		{ 'Käsmu': [59.6, 25.92], 'Haljala Parish': [59.43, 26.26], 'Lääne-Viru County': [59.25, 26.4], Estonia: ESTONIA, 'Lahemaa National Park': [59.57, 25.8], 'Gulf of Finland': [59.8, 25.5], Helsinki: [60.17, 24.94], Kotka: [60.47, 26.95], Finland: FINLAND, 'Võsu': [59.58, 25.96], Palmse: [59.52, 25.96], Rakvere: [59.35, 26.36], Tallinn: [59.44, 24.75], Mohni: [59.68, 25.8], Vaindloo: [59.82, 26.36] }
	),
	w(
		"Goathland is a village and civil parish in the North York Moors, in North Yorkshire, England. It lies 14 km south-west of Whitby and had 440 people at the 2011 census.\n\nThe village has a station on the heritage railway from Pickering to Grosmont, once part of the line from York to Whitby; the station stood in for Hogsmeade in the Harry Potter films, and the village itself was Aidensfield in the television series Heartbeat. Sheep graze on the wide village greens.\n\nMallyan Spout, a waterfall on West Beck, lies below the village; the Roman road known as Wade's Causeway crosses Wheeldale Moor to the south-west. Pickering is 22 km to the south, and Egton Bridge and Beck Hole are nearby villages.",
		{ Goathland: [54.4, -0.72], 'North York Moors': [54.37, -0.9], 'North Yorkshire': [54.2, -1.5], England: ENGLAND, Whitby: [54.49, -0.62], Pickering: [54.25, -0.78], Grosmont: [54.44, -0.72], York: [53.96, -1.08], 'Mallyan Spout': [54.39, -0.74], 'West Beck': [54.39, -0.74], 'Wheeldale Moor': [54.37, -0.78], 'Egton Bridge': [54.44, -0.76], 'Beck Hole': [54.41, -0.73] },
		['Hogsmeade', 'Harry Potter', 'Aidensfield', 'Heartbeat', "Wade's Causeway"]
	),
	w(
		"Seebruck is a village on the northern shore of the Chiemsee and an Ortsteil of the municipality of Seeon-Seebruck, in the district of Traunstein, Bavaria, Germany. It lies where the Alz leaves the lake and flows north towards the Inn.\n\nThe village stands on the site of the Roman settlement of Bedaium, on the road from Salzburg to Augsburg; finds from it are shown in the local museum. Today it is a resort with the largest marina on the lake, and boats sail to Frauenchiemsee and Herrenchiemsee, with the palace of Ludwig II.\n\nSeeon, with its former Benedictine abbey, lies 6 km to the north; Prien am Chiemsee is across the lake to the south-west, and Traunstein, the district seat, 18 km to the east. Munich is 90 km to the west.",
		{ Seebruck: [47.94, 12.48], Chiemsee: [47.87, 12.43], 'Seeon-Seebruck': [47.97, 12.45], Traunstein: [47.87, 12.64], Bavaria: [48.9, 11.4], Germany: GERMANY, Alz: [48.0, 12.5], Inn: [48.2, 12.8], Bedaium: [47.94, 12.48], Salzburg: [47.8, 13.04], Augsburg: [48.37, 10.9], Frauenchiemsee: [47.87, 12.42], Herrenchiemsee: [47.86, 12.4], Seeon: [48.0, 12.45], 'Prien am Chiemsee': [47.86, 12.35], Munich: [48.14, 11.58] },
		['Ludwig II', 'Ludwig']
	),
	w(
		"Princetown railway station was the terminus of a branch line across Dartmoor in Devon, England, that climbed from Yelverton on the line from Plymouth to Tavistock. At 425 m it was the highest station of the Great Western Railway.\n\nHistory\nThe line opened in 1883, partly along the course of a horse-drawn tramway built in 1823 to carry granite from the quarries at Foggintor and King Tor down to Plymouth. Trains called at Dousland on the way. It served the town and its prison, built for French and American prisoners of war. The line closed in 1956; its track bed is now a path.\n\nToday\nNothing of the station remains. Tavistock is 13 km to the west, and Two Bridges 2 km to the north-east.",
		{ Princetown: [50.54, -4.0], Dartmoor: [50.57, -3.92], Devon: [50.7, -3.8], England: ENGLAND, Yelverton: [50.49, -4.08], Plymouth: [50.37, -4.14], Tavistock: [50.55, -4.14], Foggintor: [50.54, -4.03], 'King Tor': [50.55, -4.03], Dousland: [50.5, -4.06], 'Two Bridges': [50.56, -3.96] },
		['Great Western Railway']
	),
	w(
		"The Refuge du Goûter is a mountain hut at 3,835 m on the Aiguille du Goûter, on the normal route up Mont Blanc from the French side, in the commune of Saint-Gervais-les-Bains, Haute-Savoie, France. The present hut, opened in 2013, sleeps 120 climbers and is run by the French Alpine Club.\n\nAccess\nClimbers take the rack railway from Le Fayet to its terminus at the Nid d'Aigle, then walk past the Tête Rousse hut and cross the Grand Couloir, known for rockfall, to the hut. From there the route leads over the Dôme du Goûter and the Vallot hut to the summit of Mont Blanc, on the border with Italy. Chamonix lies 8 km to the north-east in the valley of the Arve; Courmayeur, in the Aosta Valley, is on the far side of the massif.",
		{ 'Refuge du Goûter': [45.85, 6.83], 'Aiguille du Goûter': [45.85, 6.83], 'Mont Blanc': [45.83, 6.86], 'Saint-Gervais-les-Bains': [45.89, 6.71], 'Haute-Savoie': [46.0, 6.4], France: FRANCE, 'Le Fayet': [45.91, 6.7], "Nid d'Aigle": [45.87, 6.81], 'Dôme du Goûter': [45.84, 6.84], Italy: ITALY, Chamonix: [45.92, 6.87], Arve: [45.92, 6.87], Courmayeur: [45.79, 6.97], 'Aosta Valley': [45.74, 7.4] },
		['French Alpine Club']
	),
	w(
		"Rysy is a mountain in the High Tatras on the border between Poland and Slovakia. At 2,499 m its north-western summit is the highest point of Poland; the central summit, 2,503 m, lies in Slovakia. It rises above Morskie Oko, the largest lake of the Tatras, in the Tatra National Park.\n\nClimbing\nThe Polish route starts at Palenica Białczańska, near Zakopane, and passes Morskie Oko and the Czarny Staw pod Rysami before climbing the rocks to the summit. The Slovak route starts at Štrbské Pleso and leads up the Mengusovská Valley past the highest mountain hut in Slovakia. Poprad, in the Prešov Region, is the nearest Slovak town with an airport; Zakopane lies 25 km to the north-west in the Lesser Poland Voivodeship.",
		{ Rysy: [49.18, 20.09], 'High Tatras': [49.17, 20.13], Poland: POLAND, Slovakia: SLOVAKIA, 'Morskie Oko': [49.2, 20.07], Tatras: [49.2, 20.0], 'Tatra National Park': [49.2, 20.0], 'Palenica Białczańska': [49.26, 20.1], Zakopane: [49.3, 19.95], 'Czarny Staw pod Rysami': [49.19, 20.08], 'Štrbské Pleso': [49.12, 20.06], 'Mengusovská Valley': [49.15, 20.07], Poprad: [49.06, 20.3], 'Prešov Region': [49.0, 21.2], 'Lesser Poland Voivodeship': [49.9, 20.3] }
	),
	w(
		"Iruya is a village in Salta Province, Argentina, and the seat of the Iruya Department. It stands at 2,780 m on a slope above the Iruya river, and had 1,300 inhabitants at the 2010 census.\n\nThe only road reaches it from Humahuaca, in Jujuy Province, leaving National Route 9 at Iturbe and crossing the Abra del Cóndor at 4,000 m; Humahuaca is 75 km away. The church of Nuestra Señora del Rosario dates from 1753. Paths lead down the river to the villages of San Isidro and San Juan, and the Bolivian border lies beyond the hills to the north. Salta, the provincial capital, is 300 km away by road.",
		{ Iruya: [-22.79, -65.21], 'Salta Province': [-25.0, -65.0], Argentina: ARGENTINA, 'Iruya Department': [-22.8, -65.0], Humahuaca: [-23.2, -65.35], 'Jujuy Province': [-23.3, -65.7], Iturbe: [-23.0, -65.35], 'Abra del Cóndor': [-22.74, -65.27], 'San Isidro': [-22.76, -65.17], 'San Juan': [-22.77, -65.1], Salta: [-24.79, -65.41] },
		['National Route 9', 'Nuestra Señora del Rosario']
	),
	w(
		"Sandon is a ghost town in the Regional District of Central Kootenay, British Columbia, Canada, in the Selkirk Mountains between Kaslo and New Denver. It was incorporated as a city in 1898 after silver was found in the Slocan in 1891, and at its height had 5,000 people.\n\nHistory\nSandon was served by two railways, one from Kaslo and a Canadian Pacific branch from Nakusp. Its main street was built over Carpenter Creek, which swept much of the town away in a flood in 1955. During the Second World War Japanese Canadians removed from the coast were interned in the valley, at New Denver and at Sandon itself.\n\nToday\nAbout a dozen people live there. Highway 31A passes 5 km to the north, linking Kaslo, on Kootenay Lake, with New Denver on Slocan Lake; Nelson is 110 km away.",
		{ Sandon: [49.98, -117.23], 'Central Kootenay': [49.5, -117.3], 'British Columbia': BRITISH_COLUMBIA, Canada: CANADA, 'Selkirk Mountains': [50.5, -117.5], Kaslo: [49.91, -116.91], 'New Denver': [49.99, -117.37], Slocan: [49.9, -117.4], Nakusp: [50.24, -117.8], 'Carpenter Creek': [49.98, -117.25], 'Kootenay Lake': [49.7, -116.85], 'Slocan Lake': [49.95, -117.4], Nelson: [49.49, -117.29] },
		['Canadian Pacific', 'Highway 31A']
	),
	w(
		"Clare Island is a mountainous island at the mouth of Clew Bay in County Mayo, Ireland. It had 159 inhabitants at the 2016 census; ferries cross to it from the pier at Roonagh, near Louisburgh, 5 km away.\n\nHistory\nThe island was the base of Grace O'Malley, the 16th-century pirate queen of Umall, whose tower house stands over the harbour; she is said to be buried in the Cistercian abbey, known for its medieval wall paintings. From 1909 to 1911 the Royal Irish Academy made a survey of the island's natural history.\n\nGeography\nKnockmore, 462 m, rises on the north side, above cliffs facing Achill Island. Westport lies at the head of Clew Bay 25 km to the east, beyond Croagh Patrick; Inishturk lies 10 km to the south.",
		{ 'Clare Island': [53.8, -9.99], 'Clew Bay': [53.83, -9.7], 'County Mayo': [53.9, -9.3], Ireland: IRELAND, Roonagh: [53.76, -9.9], Louisburgh: [53.76, -9.81], Umall: [53.8, -9.6], Knockmore: [53.81, -9.99], 'Achill Island': [53.96, -10.0], Westport: [53.8, -9.52], 'Croagh Patrick': [53.76, -9.66], Inishturk: [53.7, -10.09] },
		["Grace O'Malley", 'Royal Irish Academy']
	),
	w(
		"Apricale is a comune in the province of Imperia, Liguria, north-western Italy, in the valley of the Merdanzo, a tributary of the Nervia, 15 km north of Ventimiglia and the French border. It had 570 inhabitants in 2017.\n\nThe village of stone houses climbs a ridge below the castle of the counts who ruled it, later held by the Doria of Dolceacqua. It is listed among the most beautiful villages of Italy, and its painted walls draw visitors from the Riviera. Neighbouring comuni are Bajardo, Perinaldo, Isolabona and Dolceacqua; Sanremo lies 25 km to the south-east and Nice 50 km to the west, across the border in France.",
		{ Apricale: [43.88, 7.66], Imperia: [43.95, 7.85], Liguria: [44.3, 8.7], Italy: ITALY, Merdanzo: [43.87, 7.66], Nervia: [43.85, 7.63], Ventimiglia: [43.79, 7.61], Dolceacqua: [43.85, 7.62], Riviera: [43.8, 7.8], Bajardo: [43.9, 7.72], Perinaldo: [43.87, 7.67], Isolabona: [43.88, 7.64], Sanremo: [43.82, 7.78], Nice: [43.7, 7.27], France: FRANCE },
		['Doria']
	),
	w(
		"Imlil is a village in the High Atlas, in the rural commune of Asni, Al Haouz Province, Marrakesh-Safi, Morocco. It lies at 1,740 m at the head of a valley 65 km south of Marrakesh, and is the usual starting point for climbs of Jbel Toubkal, at 4,167 m the highest peak of North Africa.\n\nWalkers follow the mule track from Imlil past the shrine of Sidi Chamharouch to the refuge below the peak, and climb it the next day. A kasbah, once the summer house of a caïd, stands above the village. Asni lies 17 km down the road to Marrakesh; Toubkal National Park covers the mountains around, and the Tizi n'Test pass crosses the range further west, towards Taroudant.",
		{ Imlil: [31.14, -7.92], 'High Atlas': [31.2, -7.5], Asni: [31.25, -7.98], 'Al Haouz Province': [31.3, -7.9], 'Marrakesh-Safi': [31.8, -8.5], Morocco: MOROCCO, Marrakesh: [31.63, -8.0], 'Jbel Toubkal': [31.06, -7.92], 'Toubkal National Park': [31.05, -7.93], "Tizi n'Test": [30.87, -8.37], Taroudant: [30.47, -8.88] },
		['Sidi Chamharouch']
	),
];

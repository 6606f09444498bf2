// Held-out Wikipedia-style articles about small places, session 40 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after listing every subject and country of the older wiki-held-out-*.ts batches: none repeats one, and most are in
// countries no earlier batch has (Sierra Leone, the Faroe Islands, Greenland, Liechtenstein, Andorra,
// Barbados, Grenada, Belize, Samoa, Tonga, the Solomon Islands, Papua New Guinea, Palau, South Sudan, Djibouti,
// Equatorial Guinea, the Comoros, Cape Verde, Guinea-Bissau, Libya, Qatar, Kuwait, Brunei, the Maldives, North Korea,
// Zimbabwe) or that they cover least (Belarus, Mozambique, Botswana, Ethiopia, Namibia, Tajikistan, Cameroon).
// Shapes the older batches lack: a disambiguation page, a battle at a small town, a national park with the districts
// around it, a church, a covered bridge, a dam and a mine named for their towns, the neighbourhoods of a small capital,
// parishes of small states, biographies of people born in villages, articles translated from other languages (native
// names, Cyrillic and Arabic transliterations, "also spelled"), twin-town lists; plus full articles (lead, Geography
// with distances and bearings, History with former names and historical states) and stubs of one to three sentences
// whose parents are themselves small or ambiguous (US townships and unincorporated communities, a Manitoba rural
// municipality, a Kimberley town, a French commune named like a capital, Indian villages and tehsils, a Chinese
// township, a Russian selo).
// Split in two halves: A (to tune on from session 40) and B (never tuned on: scored before and after).
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s40 [--all]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME
// --country CC` where the gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a historical
// state at its main territory's centre; countries at the gazetteer's own point). A country or region is right within
// 800 km, others within 161 km; a toponym inside a longer gold name is wrong (the batch is marked so). A name the
// page repeats for several places (a disambiguation page's title) is left ungraded. notPlaces: people, companies,
// roads, buildings, peoples and languages named like places.
// First honest score (main 67cbab9, before any change tuned on it): half A 154/166 = 0.928 (96 graded names not
// mapped; 2 names of no place mapped: language labels read as their countries); half B 165/171 = 0.965 (59 not
// mapped; 6 names of no place mapped: language labels, a people named like a country). Misses of half A: parts of
// longer names read alone (a capital's "Klein" suburb, a town before "National Park", a beach named for a city, a
// shire's "East Kimberley" read as the South African city), a parish's "Scotland District" read as Scotland, an old
// colony's name read as the Australian city, a river read as its country, a district read as a Tanzanian city, an
// Alpine valley and a rift valley at the gazetteer's far point. Misses of half B: parts of longer names (a country
// before "City" and "Bay", an atoll's name, a federation's, a demilitarized zone's), an island's Greek name read as a
// Greek village.
import type { GenreText } from './genre-texts.ts';
import { US, FRANCE, INDIA, MOZAMBIQUE, FAROE_ISLANDS, DENMARK, NORWAY, ERITREA, ITALY, NAMIBIA, BELARUS, POLAND, ISRAEL, GHANA, SWITZERLAND, BOTSWANA, RUSSIA, CHINA, CAMEROON, NIGERIA, TAJIKISTAN, SAMOA, TONGA, DR_CONGO, CAPE_VERDE, LIBYA, ALGERIA, TUNISIA, SPAIN, GUATEMALA, IRELAND, wikipediaText as w } from './gold-points.ts';

// countries at the gazetteer's own points (a country or region is right within 800 km)
const SIERRA_LEONE: [number, number] = [8.5, -11.5];
const GUINEA: [number, number] = [10.83, -10.67];
const ETHIOPIA: [number, number] = [9.0, 39.5];
const BARBADOS: [number, number] = [13.17, -59.53];
const LIECHTENSTEIN: [number, number] = [47.17, 9.53];
const AUSTRIA: [number, number] = [47.33, 13.33];
const ZIMBABWE: [number, number] = [-19.0, 29.75];
const ZAMBIA: [number, number] = [-14.33, 28.5];
const SOLOMON_ISLANDS: [number, number] = [-8.0, 159.0];
const PAPUA_NEW_GUINEA: [number, number] = [-6.0, 147.0];
const SOUTH_SUDAN: [number, number] = [8.0, 30.0];
const CAR: [number, number] = [7.0, 21.0];
const DJIBOUTI: [number, number] = [11.8, 42.5];
const EQUATORIAL_GUINEA: [number, number] = [1.7, 10.5];
const COMOROS: [number, number] = [-12.23, 44.45];
const BRUNEI: [number, number] = [4.5, 114.67];
const MALDIVES: [number, number] = [3.2, 73.0];
const GUINEA_BISSAU: [number, number] = [12.0, -15.0];
const QATAR: [number, number] = [25.5, 51.25];
const ANDORRA: [number, number] = [42.55, 1.6];
const NORTH_KOREA: [number, number] = [40.0, 127.0];
const SOUTH_KOREA: [number, number] = [36.5, 127.75];
const BELIZE: [number, number] = [17.25, -88.75];
const GRENADA: [number, number] = [12.12, -61.67];
const PALAU: [number, number] = [7.5, 134.5];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S40_A: GenreText[] = [
	w(
		"Kabala is a town in northern Sierra Leone, the capital of Koinadugu District in the Northern Province. It lies at 460 m on a plateau among granite domes and had about 19,000 inhabitants in 2015.\n\nGeography\nMakeni is 120 km to the south-west by the main road, and Freetown 300 km. The Loma Mountains, with Mount Bintumani, at 1,945 m the highest peak in West Africa west of Cameroon, rise 60 km to the south-east. Falaba lies 50 km to the north-east near the border with Guinea; Faranah, across the border, is the nearest Guinean town. The Seli River rises in the hills east of the town.\n\nHistory\nThe town grew as a market of the Kuranko and Yalunka peoples on the trade route from the coast to the upper Niger. In 2017 Falaba District was carved out of the north of Koinadugu.\n\nEconomy\nKabala is known for its vegetables, grown on the cool plateau and trucked to Freetown, and for its cattle market.",
		{ Kabala: [9.58, -11.55], 'Sierra Leone': SIERRA_LEONE, 'Koinadugu District': [9.5, -11.4], 'Northern Province': [9.0, -12.0], Makeni: [8.88, -12.05], Freetown: [8.48, -13.23], 'Loma Mountains': [9.17, -11.12], 'Mount Bintumani': [9.17, -11.12], Faranah: [10.04, -10.74], Falaba: [9.85, -11.32], Guinea: GUINEA, 'Seli River': [9.4, -11.3], Niger: [11.0, -9.0], 'Falaba District': [9.85, -11.3], Koinadugu: [9.5, -11.4], Cameroon: CAMEROON, 'West Africa': [12.0, 0.0] },
		['Kuranko', 'Yalunka']
	),
	w(
		"Gorongosa National Park is a national park in Sofala Province, central Mozambique, at the southern end of the Great Rift Valley. It covers 4,000 km² of the Urema trough and the slopes of Mount Gorongosa.\n\nGeography\nThe park lies between the districts of Gorongosa to the west, Cheringoma to the east, Muanza to the south and Maringué to the north. Lake Urema, fed by the Nhandugue and Muaredzi rivers, drains through the Urema River to the Pungwe. The town of Vila Gorongosa is 30 km west of the park's Chitengo camp, on the road from Beira, 130 km to the south-east, to Caia on the Zambezi. Chimoio, the capital of Manica Province, is 120 km to the south-west, and Inhaminga lies to the north-east on the railway to Malawi.\n\nHistory\nThe area was made a hunting reserve by the Mozambique Company in 1920, when Sofala was administered by it under Portuguese rule, and a national park in 1960. During the civil war the Renamo headquarters stood on the mountain and most of the large animals were shot.",
		{ 'Gorongosa National Park': [-18.8, 34.4], Sofala: [-19.5, 34.75], 'Sofala Province': [-19.5, 34.75], Mozambique: MOZAMBIQUE, 'Great Rift Valley': [-18.8, 34.4], Urema: [-18.85, 34.5], 'Mount Gorongosa': [-18.45, 34.08], Gorongosa: [-18.68, 34.07], Cheringoma: [-18.5, 34.8], Muanza: [-19.2, 34.6], 'Maringué': [-17.9, 34.4], 'Lake Urema': [-18.88, 34.5], Nhandugue: [-18.7, 34.3], Muaredzi: [-18.8, 34.4], 'Urema River': [-19.0, 34.5], Pungwe: [-19.3, 34.5], 'Vila Gorongosa': [-18.68, 34.07], Chitengo: [-18.98, 34.35], Beira: [-19.84, 34.84], Caia: [-17.83, 35.33], Zambezi: [-17.83, 35.33], Chimoio: [-19.12, 33.48], 'Manica Province': [-19.0, 33.5], Inhaminga: [-18.41, 35.0], Malawi: [-13.5, 34.0] },
		['Mozambique Company', 'Renamo']
	),
	w(
		"Magnus Cathedral (Faroese: Magnusarkirkjan) is an unfinished Gothic cathedral in Kirkjubøur, on the south-west coast of Streymoy in the Faroe Islands. It stands beside the Olav's Church, the only medieval church of the islands still in use, and the old farmhouse of Kirkjubøargarður.\n\nLocation\nKirkjubøur is 10 km south of Tórshavn by a road over the hill of Kirkjubøreyn. The islands of Hestur and Koltur lie across the sound to the west, and Sandoy to the south.\n\nHistory\nKirkjubøur was the seat of the bishops of the Faroes from about 1100 until the Reformation, when the islands were ruled from Norway and later from Denmark. Bishop Erlendur began the cathedral around 1300; its walls stand to their full height but it never had a roof.",
		{ Kirkjubøur: [61.96, -6.79], Streymoy: [62.1, -7.0], 'Faroe Islands': FAROE_ISLANDS, Tórshavn: [62.01, -6.77], Kirkjubøreyn: [61.98, -6.78], Hestur: [61.95, -6.88], Koltur: [61.98, -6.97], Sandoy: [61.83, -6.75], Faroes: FAROE_ISLANDS, Norway: NORWAY, Denmark: DENMARK },
		['Magnus Cathedral', 'Magnusarkirkjan', "Olav's Church", 'Kirkjubøargarður', 'Erlendur', 'Faroese']
	),
	w(
		"The Bridgeton Covered Bridge is a covered bridge over Big Raccoon Creek at Bridgeton, an unincorporated community in Raccoon Township, Parke County, Indiana, United States. It was listed on the National Register of Historic Places in 1978.\n\nThe bridge stands beside the Bridgeton Mill, 12 km south-east of Rockville, the county seat. Mansfield, with another covered bridge and mill, is 10 km upstream to the north-east, and the Mecca and Jackson bridges lie to the north-west. It was built in 1868 by J. J. Daniels, burned by an arsonist in 2005 and rebuilt by the people of the town in 2006.",
		{ 'Big Raccoon Creek': [39.65, -87.18], Bridgeton: [39.65, -87.18], 'Raccoon Township': [39.66, -87.16], 'Parke County': [39.77, -87.2], Indiana: [40.0, -86.25], 'United States': US, Rockville: [39.76, -87.23], Mansfield: [39.68, -87.1], Mecca: [39.73, -87.33] },
		['Bridgeton Covered Bridge', 'National Register of Historic Places', 'Bridgeton Mill', 'J. J. Daniels']
	),
	w(
		"The Battle of Adwa was fought on 1 March 1896 near the town of Adwa, in Tigray, between the Ethiopian Empire under Menelik II and an Italian army sent from the colony of Eritrea. The Italian defeat secured Ethiopia's independence.\n\nBackground\nItaly had occupied Massawa in 1885 and made Asmara the seat of its colony. Its troops advanced south past Adigrat and were beaten at Amba Alagi in December 1895; the fort at Mekelle surrendered in January after a siege.\n\nThe battle\nGeneral Baratieri's four brigades marched by night from their camp at Sauria towards the Ethiopian camp in the valley of Adwa, 20 km east of Aksum. They lost touch with each other in the hills and were defeated one by one; 7,000 Italian and Eritrean soldiers were killed.\n\nAftermath\nBy the Treaty of Addis Ababa in October Italy recognised Ethiopia's independence, and the Mareb River was fixed as the border of its colony.",
		{ Adwa: [14.16, 38.9], Tigray: [14.0, 39.0], 'Ethiopian Empire': ETHIOPIA, Eritrea: ERITREA, Ethiopia: ETHIOPIA, Italy: ITALY, Massawa: [15.61, 39.45], Asmara: [15.33, 38.93], Adigrat: [14.28, 39.46], 'Amba Alagi': [12.98, 39.55], Mekelle: [13.5, 39.47], Sauria: [14.2, 39.1], Aksum: [14.13, 38.72], 'Addis Ababa': [9.03, 38.74], 'Mareb River': [14.8, 38.5] },
		['Menelik II', 'Baratieri']
	),
	w(
		"Neighbourhoods of Windhoek\n\nWindhoek, the capital of Namibia, is divided into suburbs and townships, most of them laid out under South African rule.\n\nCentre and east: the Central Business District; Klein Windhoek, the oldest part, along the valley to the east; Ludwigsdorf and Eros on the hills north-east of the centre, with Eros Airport; Olympia and Pionierspark to the south.\nNorth and west: Katutura, the township founded in 1959 when black residents were moved out of the Old Location; Khomasdal, set aside for coloured residents; Hochland Park; Otjomuise and Goreangab on the north-western edge, near the Goreangab Dam.\n\nThe Avis Dam lies east of Klein Windhoek, and Hosea Kutako International Airport 45 km to the east on the road to Gobabis.",
		{ Windhoek: [-22.57, 17.08], Namibia: NAMIBIA, 'Klein Windhoek': [-22.58, 17.11], Ludwigsdorf: [-22.57, 17.11], Eros: [-22.55, 17.1], Olympia: [-22.6, 17.09], Pionierspark: [-22.6, 17.06], Katutura: [-22.52, 17.06], Khomasdal: [-22.55, 17.05], 'Hochland Park': [-22.57, 17.05], Otjomuise: [-22.55, 17.02], Goreangab: [-22.52, 17.03], 'Goreangab Dam': [-22.52, 17.03], 'Avis Dam': [-22.58, 17.13], Gobabis: [-22.45, 18.97], 'Hosea Kutako International Airport': [-22.48, 17.47] },
		['Eros Airport', 'Old Location']
	),
	w(
		"Saint Joseph is one of the eleven parishes of Barbados, on the east coast of the island in the hilly district known as the Scotland District. Its main village is Bathsheba.\n\nGeography\nThe parish borders Saint Andrew to the north, Saint John to the south, and Saint Thomas and Saint George to the west. Hackleton's Cliff runs along its inland edge above the coast. Bathsheba lies 20 km north-east of Bridgetown; Cattlewash and Tent Bay are on the coast nearby, and Horse Hill and Blackmans are inland villages.\n\nHistory\nThe railway from Bridgetown reached Bathsheba in 1883 and closed in 1937.",
		{ 'Saint Joseph': [13.2, -59.55], Barbados: BARBADOS, 'Scotland District': [13.23, -59.57], Bathsheba: [13.21, -59.52], 'Saint Andrew': [13.25, -59.57], 'Saint John': [13.17, -59.49], 'Saint Thomas': [13.18, -59.59], 'Saint George': [13.14, -59.55], "Hackleton's Cliff": [13.2, -59.53], Bridgetown: [13.1, -59.62], Cattlewash: [13.22, -59.53], 'Tent Bay': [13.2, -59.51], 'Horse Hill': [13.19, -59.54], Blackmans: [13.18, -59.55] }
	),
	w(
		"Motal (Belarusian: Моталь; Polish: Motol; Yiddish: Motele) is an agrotown in Ivanava District of Brest Region, Belarus, on the Yaselda river 35 km west of Pinsk. It had 3,500 inhabitants in 2009.\n\nHistory\nMotal belonged to the Grand Duchy of Lithuania and then to the Russian Empire from 1795. Between the wars it was part of the Polesie Voivodeship of Poland. Most of its Jewish inhabitants were murdered in August 1942.\n\nGeography\nIvanava, the district seat, is 20 km to the south by road, and Brest 150 km to the west. The village stands among the marshes of Polesia, where the Yaselda flows east to join the Pripyat.\n\nNotable people\nChaim Weizmann, the first president of Israel, was born in Motal in 1874.",
		{ Motal: [52.32, 25.6], Motol: [52.32, 25.6], Motele: [52.32, 25.6], Ivanava: [52.14, 25.53], 'Ivanava District': [52.14, 25.53], 'Brest Region': [52.5, 25.5], Belarus: BELARUS, Yaselda: [52.3, 25.6], Pinsk: [52.11, 26.1], 'Grand Duchy of Lithuania': [54.0, 26.0], 'Russian Empire': RUSSIA, 'Polesie Voivodeship': [52.1, 26.1], Poland: POLAND, Brest: [52.1, 23.7], Polesia: [52.0, 27.0], Pripyat: [52.1, 26.0], Israel: ISRAEL },
		['Belarusian', 'Polish', 'Yiddish', 'Chaim Weizmann', 'Jewish']
	),
	w(
		"Kwame Nkrumah (1909–1972) was the first prime minister and president of Ghana. He was born in Nkroful, a village of the Nzema area near Axim, in the south-west of the Gold Coast.\n\nEarly life\nHe was schooled at Half Assini, where his father worked, and at the teacher-training college at Achimota, near Accra. He taught at Elmina and Axim before sailing to the United States in 1935 to study at Lincoln University in Pennsylvania, and moved to London in 1945.\n\nLater life\nAfter he was overthrown in 1966 he lived in exile in Conakry. He died in Bucharest in 1972 and was buried first in Nkroful; his remains were moved to a mausoleum in Accra in 1992.",
		{ Ghana: GHANA, Nkroful: [4.96, -2.32], Axim: [4.87, -2.24], 'Gold Coast': GHANA, 'Half Assini': [5.05, -2.88], Achimota: [5.62, -0.23], Accra: [5.56, -0.2], Elmina: [5.08, -1.35], 'United States': US, Pennsylvania: [40.9, -77.8], London: [51.51, -0.13], Conakry: [9.54, -13.68], Bucharest: [44.43, 26.1] },
		['Kwame Nkrumah', 'Nzema', 'Lincoln University']
	),
	w(
		"Malbun is a mountain village and ski resort in the municipality of Triesenberg, Liechtenstein, at 1,600 m in the upper Malbun valley.\n\nGeography\nThe village is reached by a road from Vaduz, 15 km to the north-west, through Triesenberg and the tunnel under the Kulm to Steg, where the Valüna valley branches south. The ridge to the east, with the Augstenberg and the Schönberg, is the border with the Austrian state of Vorarlberg; Brand is across it. Sareis, above the village, looks over the Rhine valley towards Switzerland.\n\nClimate\nSnow lies from December to April. The Samina stream drains the valley north into Austria and the Ill at Frastanz.",
		{ Malbun: [47.1, 9.61], Triesenberg: [47.12, 9.54], Liechtenstein: LIECHTENSTEIN, Vaduz: [47.14, 9.52], Steg: [47.11, 9.57], 'Valüna': [47.08, 9.58], Augstenberg: [47.09, 9.64], Vorarlberg: [47.25, 9.9], Brand: [47.1, 9.74], Sareis: [47.1, 9.6], Switzerland: SWITZERLAND, Samina: [47.15, 9.6], Austria: AUSTRIA, Ill: [47.2, 9.6], Frastanz: [47.22, 9.63], Kulm: [47.11, 9.56], Rhine: [47.15, 9.5], 'Rhine valley': [47.2, 9.5] }
	),
	w(
		"Bethlehem is an unincorporated community in Bethlehem Township, Clark County, Indiana, United States, on the Ohio River 30 km upstream of Charlestown.",
		{ Bethlehem: [38.54, -85.45], 'Bethlehem Township': [38.54, -85.45], 'Clark County': [38.48, -85.71], Indiana: [40.0, -86.25], 'United States': US, 'Ohio River': [38.54, -85.45], Charlestown: [38.45, -85.67] }
	),
	w(
		"Jerusalem Township is one of the eleven townships of Lucas County, Ohio, United States, on the shore of Lake Erie east of Toledo. Bono and Reno Beach are unincorporated communities in the township.",
		{ 'Jerusalem Township': [41.63, -83.3], 'Lucas County': [41.68, -83.47], Ohio: [40.3, -82.8], 'United States': US, 'Lake Erie': [42.2, -81.2], Toledo: [41.66, -83.56], Bono: [41.64, -83.27], 'Reno Beach': [41.66, -83.23] }
	),
	w(
		"The Rural Municipality of Alonsa is a rural municipality in the Canadian province of Manitoba, on the west shore of Lake Manitoba. Its communities include Alonsa, Silver Ridge, Kinosota and Amaranth.",
		{ 'Rural Municipality of Alonsa': [50.8, -98.98], Manitoba: [55.0, -97.0], 'Lake Manitoba': [50.9, -98.6], Alonsa: [50.79, -99.0], 'Silver Ridge': [50.96, -98.9], Kinosota: [50.8, -98.87], Amaranth: [50.6, -98.73] }
	),
	w(
		"Kalumburu is a town in the Kimberley region of Western Australia, in the Shire of Wyndham-East Kimberley, 270 km north-west of Wyndham near the mouth of the King Edward River.",
		{ Kalumburu: [-14.3, 126.64], Kimberley: [-17.0, 126.0], 'Western Australia': [-25.0, 122.0], 'Shire of Wyndham-East Kimberley': [-16.0, 128.0], Wyndham: [-15.49, 128.12], 'King Edward River': [-14.3, 126.7] }
	),
	w(
		"Paris-l'Hôpital is a commune in the Saône-et-Loire department in the Bourgogne-Franche-Comté region of eastern France, 10 km south of Chagny.",
		{ "Paris-l'Hôpital": [46.92, 4.63], 'Saône-et-Loire': [46.65, 4.5], 'Bourgogne-Franche-Comté': [47.2, 5.0], France: FRANCE, Chagny: [46.91, 4.75] }
	),
	w(
		"Mundemba is a town in the Ndian department of the South-West region of Cameroon, close to the border with Nigeria. It is the gateway to Korup National Park, which begins across the Mana River from the town; Kumba is 100 km to the south-east.",
		{ Mundemba: [4.95, 8.87], Ndian: [4.95, 8.85], 'South-West region': [5.0, 9.3], Cameroon: CAMEROON, Nigeria: NIGERIA, 'Korup National Park': [5.05, 8.85], 'Mana River': [4.96, 8.85], Kumba: [4.63, 9.45] }
	),
	w(
		"Gharm (also spelled Garm) is a town in the Rasht valley of Tajikistan, the seat of Rasht District, on the right bank of the Surkhob River 180 km north-east of Dushanbe. Tavildara is across the ridge to the south.",
		{ Gharm: [39.02, 70.37], Garm: [39.02, 70.37], Rasht: [39.0, 70.4], Tajikistan: TAJIKISTAN, 'Rasht District': [39.0, 70.4], 'Surkhob River': [39.0, 70.4], Surkhob: [39.0, 70.4], Dushanbe: [38.56, 68.77], Tavildara: [38.7, 70.47] }
	),
	w(
		"Gizo is a town on Ghizo Island, the capital of Western Province in the Solomon Islands, 380 km north-west of Honiara. Kolombangara and Vella Lavella lie to the north, and Munda, on New Georgia, 60 km to the east.",
		{ Gizo: [-8.1, 156.84], 'Ghizo Island': [-8.1, 156.84], 'Western Province': [-8.0, 157.3], 'Solomon Islands': SOLOMON_ISLANDS, Honiara: [-9.43, 159.95], Kolombangara: [-7.98, 157.07], 'Vella Lavella': [-7.75, 156.65], Munda: [-8.33, 157.26], 'New Georgia': [-8.25, 157.5] }
	),
	w(
		"Falealupo is a village at the western tip of Savai'i, Samoa, in the district of Vaisigano. Cape Mulinu'u, the westernmost point of the country, is 2 km away; Asau, on the north coast, is 20 km to the east, and the ferry port of Salelologa 80 km.",
		{ Falealupo: [-13.5, -172.78], "Savai'i": [-13.6, -172.4], Samoa: SAMOA, Vaisigano: [-13.55, -172.6], "Cape Mulinu'u": [-13.49, -172.8], Asau: [-13.52, -172.63], Salelologa: [-13.73, -172.2] }
	),
	w(
		"Wau is a town in Morobe Province, Papua New Guinea, in a valley of the Bulolo River 150 km south-west of Lae. The gold fields of Edie Creek are in the hills above it, and Bulolo is 25 km downstream.",
		{ Wau: [-7.34, 146.72], 'Morobe Province': [-6.8, 146.8], 'Papua New Guinea': PAPUA_NEW_GUINEA, 'Bulolo River': [-7.25, 146.65], Lae: [-6.73, 147.0], 'Edie Creek': [-7.37, 146.65], Bulolo: [-7.2, 146.65] }
	),
	w(
		"Kandhar is a town and the headquarters of Kandhar tehsil in Nanded district, Maharashtra, India, on the Manyad river 45 km south-west of Nanded.",
		{ Kandhar: [18.88, 77.2], Nanded: [19.15, 77.3], Maharashtra: [19.5, 75.5], India: INDIA, Manyad: [18.9, 77.2] }
	),
	w(
		"Neiafu is the main town of the Vava'u group of Tonga, on the Port of Refuge harbour, 275 km north of Nuku'alofa. Leimatua is 8 km to the north and Tu'anekivale to the south-east.",
		{ Neiafu: [-18.65, -173.98], "Vava'u": [-18.65, -174.0], Tonga: TONGA, "Port of Refuge": [-18.66, -173.99], "Nuku'alofa": [-21.14, -175.2], Leimatua: [-18.58, -173.98], "Tu'anekivale": [-18.68, -173.95] }
	)
];

// Half B: held out (scored before and after, never tuned on).
export const WIKI_HELD_OUT_S40_B: GenreText[] = [
	w(
		"Kariba Dam is a concrete arch dam on the Zambezi River in the Kariba Gorge, on the border between Zambia and Zimbabwe. Completed in 1959, it holds back Lake Kariba, one of the largest reservoirs in the world.\n\nLocation\nThe town of Kariba, built for the workers, stands on the hills above the dam on the Zimbabwean bank, 365 km north-west of Harare; Siavonga is its counterpart on the Zambian side, 200 km south of Lusaka by the road through Chirundu. The lake stretches 280 km upstream to Binga and Mlibizi, near Victoria Falls.\n\nHistory\nThe dam was built by the Federation of Rhodesia and Nyasaland. The Tonga people of the Gwembe Valley, some 57,000 people, were moved from the land the lake flooded. Its north bank power station is run by Zambia's ZESCO and its south bank one by the Zimbabwe Power Company.",
		{ 'Kariba Dam': [-16.52, 28.76], 'Zambezi River': [-16.52, 28.76], 'Kariba Gorge': [-16.52, 28.76], Zambia: ZAMBIA, Zimbabwe: ZIMBABWE, 'Lake Kariba': [-17.0, 27.9], Kariba: [-16.52, 28.8], Harare: [-17.83, 31.05], Siavonga: [-16.54, 28.71], Lusaka: [-15.42, 28.28], Chirundu: [-16.03, 28.85], Binga: [-17.62, 27.34], Mlibizi: [-17.95, 27.05], 'Victoria Falls': [-17.93, 25.84], 'Federation of Rhodesia and Nyasaland': [-15.0, 30.0], 'Gwembe Valley': [-16.8, 28.0] },
		['Tonga', 'ZESCO', 'Zimbabwe Power Company']
	),
	w(
		"The Jwaneng diamond mine is an open-pit diamond mine at Jwaneng, in the Southern District of Botswana, 120 km west of Gaborone at the edge of the Kalahari. It is the richest diamond mine in the world by value.\n\nThe pipe was found in 1972 under 50 m of sand; the town was built for the mine, which opened in 1982. Its partner mines are at Orapa and Letlhakane in the Central District, 400 km to the north. Kanye, the district capital, is 70 km to the east, and Sekoma lies to the south-west on the road to Tshabong.",
		{ Jwaneng: [-24.6, 24.7], 'Southern District': [-24.7, 24.0], Botswana: BOTSWANA, Gaborone: [-24.65, 25.91], Kalahari: [-23.0, 22.0], Orapa: [-21.31, 25.37], Letlhakane: [-21.41, 25.59], 'Central District': [-21.5, 26.0], Kanye: [-24.98, 25.33], Sekoma: [-24.4, 23.9], Tshabong: [-26.05, 22.45] },
		['Jwaneng diamond mine']
	),
	w(
		"Lusk may refer to:\n\nLusk, Dublin, a town in Fingal, Ireland, north of Swords\nLusk, Wyoming, a town and the county seat of Niobrara County, Wyoming, United States\nLusk Creek, a stream in Pope County, Illinois, United States\nLusk, a townland in County Fermanagh, Northern Ireland\n\nSee also\nLuss, a village on Loch Lomond, Scotland",
		{ Dublin: [53.35, -6.26], Fingal: [53.45, -6.2], Ireland: IRELAND, Swords: [53.46, -6.22], Wyoming: [43.0, -107.5], 'Niobrara County': [43.06, -104.47], 'United States': US, 'Pope County': [37.41, -88.56], Illinois: [40.0, -89.2], 'County Fermanagh': [54.35, -7.65], 'Northern Ireland': [54.6, -6.7], Luss: [56.1, -4.64], 'Loch Lomond': [56.1, -4.6], Scotland: [56.5, -4.2] }
	),
	w(
		"Ilulissat (Danish: Jakobshavn) is a town in the Avannaata municipality of western Greenland, on the shore of Disko Bay 300 km north of the Arctic Circle. With 4,600 inhabitants it is the third-largest town of Greenland.\n\nGeography\nThe Ilulissat Icefjord, a World Heritage Site, opens 2 km south of the town; the glacier at its head, Sermeq Kujalleq, is the fastest in the world. The settlement of Oqaatsut is 15 km to the north, Qasigiannguit 50 km to the south across the bay, and Aasiaat 90 km to the south-west. Nuuk is 560 km to the south.\n\nHistory\nThe Danish trading post of Jakobshavn was founded in 1741. From 2009 to 2018 the town belonged to the Qaasuitsup municipality.\n\nTwin towns – sister cities\nIlulissat is twinned with Hørsholm in Denmark, Skagway in Alaska and Longyearbyen on Svalbard.",
		{ Ilulissat: [69.22, -51.1], Jakobshavn: [69.22, -51.1], Avannaata: [72.0, -55.0], Greenland: [72.0, -40.0], 'Disko Bay': [69.0, -52.5], 'Ilulissat Icefjord': [69.13, -49.8], 'Sermeq Kujalleq': [69.17, -49.8], Oqaatsut: [69.35, -51.0], Qasigiannguit: [68.82, -51.19], Aasiaat: [68.71, -52.87], Nuuk: [64.18, -51.72], Qaasuitsup: [72.0, -55.0], 'Hørsholm': [55.88, 12.5], Denmark: DENMARK, Skagway: [59.46, -135.31], Alaska: [64.0, -150.0], Longyearbyen: [78.22, 15.65], Svalbard: [78.0, 16.0] },
		['Danish', 'Arctic Circle']
	),
	w(
		"Yambio is a town in South Sudan, the capital of Western Equatoria State, 15 km from the border with the Democratic Republic of the Congo. It lies in the green hills of the Zande country, 400 km west of Juba.\n\nGeography\nNzara, the former cotton town, is 25 km to the west and Maridi 110 km to the east on the road to Mundri and Juba. Tambura lies 150 km to the north-west near the border with the Central African Republic, and Ezo 110 km west on the DR Congo border.\n\nHistory\nThe town is named after Gbudue, called Yambio, the Azande king who resisted the British until 1905, when the area was part of the Anglo-Egyptian Sudan. After independence in 2011 it was the capital of Gbudwe State from 2015 to 2020.",
		{ Yambio: [4.57, 28.4], 'South Sudan': SOUTH_SUDAN, 'Western Equatoria State': [5.3, 28.4], 'Democratic Republic of the Congo': DR_CONGO, Juba: [4.85, 31.58], Nzara: [4.64, 28.26], Maridi: [4.92, 29.47], Mundri: [5.35, 30.33], Tambura: [5.6, 27.47], 'Central African Republic': CAR, Ezo: [5.05, 27.48], 'DR Congo': DR_CONGO, 'Anglo-Egyptian Sudan': [15.0, 30.0], 'Gbudwe State': [5.0, 28.3] },
		['Zande', 'Azande', 'Gbudue']
	),
	w(
		"Tadjourah (Arabic: تاجورة, also spelled Tadjoura or Tajura) is the oldest town of Djibouti, the capital of the Tadjourah Region, on the north shore of the Gulf of Tadjoura. Djibouti City is 30 km across the gulf by ferry and 170 km by road around the Ghoubet; Obock is 60 km to the east. The Day Forest National Park is in the Goda Mountains behind the town.",
		{ Tadjourah: [11.78, 42.88], Tadjoura: [11.78, 42.88], Tajura: [11.78, 42.88], Djibouti: DJIBOUTI, 'Tadjourah Region': [11.9, 42.5], 'Gulf of Tadjoura': [11.65, 43.0], 'Djibouti City': [11.59, 43.15], Ghoubet: [11.55, 42.53], Obock: [11.97, 43.29], 'Day Forest National Park': [11.77, 42.65], 'Goda Mountains': [11.8, 42.6] },
		['Arabic']
	),
	w(
		"Luba (formerly San Carlos) is a town on the south-west coast of Bioko, Equatorial Guinea, the capital of Bioko Sur Province, 50 km south of Malabo. The inland village of Moka lies on the plateau to the east, below Pico Basilé.",
		{ Luba: [3.46, 8.55], 'San Carlos': [3.46, 8.55], Bioko: [3.5, 8.75], 'Equatorial Guinea': EQUATORIAL_GUINEA, 'Bioko Sur Province': [3.4, 8.65], Malabo: [3.75, 8.78], Moka: [3.35, 8.67], 'Pico Basilé': [3.58, 8.77] }
	),
	w(
		"Mitsamiouli is a town on the north-west coast of Grande Comore, in the Comoros, 40 km north of Moroni. Ntsaouéni lies on the coast to the south, and the slopes of Mount Karthala rise to the south-east.",
		{ Mitsamiouli: [-11.38, 43.3], 'Grande Comore': [-11.65, 43.35], Comoros: COMOROS, Moroni: [-11.7, 43.26], 'Ntsaouéni': [-11.47, 43.27], 'Mount Karthala': [-11.75, 43.38] }
	),
	w(
		"Bangar is a town in Brunei, the seat of Temburong District, on the Temburong River. The district is cut off from the rest of the country by Limbang in the Malaysian state of Sarawak; since 2020 a 30 km bridge across Brunei Bay has linked it to Bandar Seri Begawan.",
		{ Bangar: [4.71, 115.07], Brunei: BRUNEI, 'Temburong District': [4.6, 115.15], 'Temburong River': [4.7, 115.07], Limbang: [4.75, 115.0], Sarawak: [2.5, 113.0], 'Brunei Bay': [5.0, 115.1], 'Bandar Seri Begawan': [4.89, 114.94] },
	),
	w(
		"Hithadhoo is the largest island of Addu Atoll, the southernmost atoll of the Maldives, and the capital of Addu City. A causeway links it with Maradhoo, Feydhoo and Gan, where the airport is; Malé is 540 km to the north.",
		{ Hithadhoo: [-0.61, 73.09], 'Addu Atoll': [-0.63, 73.15], Maldives: MALDIVES, 'Addu City': [-0.63, 73.15], Maradhoo: [-0.66, 73.11], Feydhoo: [-0.68, 73.13], Gan: [-0.69, 73.16], 'Malé': [4.17, 73.51] }
	),
	w(
		"Tarrafal is a town in the north of the island of Santiago, Cape Verde, the seat of Tarrafal municipality, 70 km north of Praia. The village of Chão Bom, site of the former prison camp, lies just east of the town, and the Serra Malagueta rises to the south-east.",
		{ Tarrafal: [15.28, -23.75], Santiago: [15.08, -23.62], 'Cape Verde': CAPE_VERDE, Praia: [14.92, -23.51], 'Chão Bom': [15.28, -23.72], 'Serra Malagueta': [15.18, -23.68] }
	),
	w(
		"Bolama is a town on Bolama Island in the Bijagós Archipelago of Guinea-Bissau, the seat of Bolama Region. It was the capital of Portuguese Guinea until 1941, when the government moved to Bissau, 40 km to the north across the Geba estuary.",
		{ Bolama: [11.58, -15.48], 'Bolama Island': [11.6, -15.5], 'Bijagós Archipelago': [11.25, -16.0], 'Guinea-Bissau': GUINEA_BISSAU, 'Bolama Region': [11.5, -15.7], 'Portuguese Guinea': GUINEA_BISSAU, Bissau: [11.86, -15.6], Geba: [11.8, -15.5] }
	),
	w(
		"Ghadames (Arabic: غدامس; also spelled Ghadamis or Ghudamis) is an oasis town in the Nalut District of north-western Libya, close to where the borders of Libya, Algeria and Tunisia meet. Tripoli is 600 km to the north-east by road through Nalut and Derj.\n\nGeography\nThe old town, a World Heritage Site, is a maze of covered lanes built around the Ain al-Faras spring. Sinawin (also Sinawen) lies 100 km to the south-east and Derj 90 km to the east; the Algerian town of Debdeb is 20 km to the south-west, across the border.\n\nHistory\nThe town was Cydamus of the Romans and a stop on the caravan routes across the Sahara from Tripolitania to Ghat and Kano.",
		{ Ghadames: [30.13, 9.5], Ghadamis: [30.13, 9.5], Ghudamis: [30.13, 9.5], 'Nalut District': [31.0, 10.5], Libya: LIBYA, Algeria: ALGERIA, Tunisia: TUNISIA, Tripoli: [32.89, 13.19], Nalut: [31.87, 10.98], Derj: [30.15, 10.45], Sinawin: [31.03, 10.6], Sinawen: [31.03, 10.6], Debdeb: [29.97, 9.42], Cydamus: [30.13, 9.5], Sahara: [23.0, 12.0], Tripolitania: [31.5, 13.5], Ghat: [24.96, 10.18], Kano: [12.0, 8.52] },
		['Arabic', 'Ain al-Faras', 'Romans']
	),
	w(
		"Al Khor is a coastal city in north-eastern Qatar, the seat of Al Khor municipality, 50 km north of Doha. The fishing village of Al Thakhira lies across the bay to the north, and the gas port of Ras Laffan 25 km.",
		{ 'Al Khor': [25.68, 51.5], Qatar: QATAR, Doha: [25.29, 51.53], 'Al Thakhira': [25.74, 51.55], 'Ras Laffan': [25.9, 51.55] }
	),
	w(
		"Failaka Island (Arabic: فيلكا) is a Kuwaiti island in the Persian Gulf, 20 km off the coast of Kuwait City. Its village of Az Zawr was abandoned after the Iraqi invasion of 1990; the Greek fort of Ikaros stood at its western end.",
		{ 'Failaka Island': [29.44, 48.33], 'Persian Gulf': [27.0, 51.0], 'Kuwait City': [29.37, 47.98], 'Az Zawr': [29.44, 48.27], Ikaros: [29.44, 48.33] },
		['Arabic']
	),
	w(
		"Canillo is one of the seven parishes of Andorra, in the north-east of the country. Its villages include Soldeu, El Tarter, Ransol, Meritxell, Prats and Canillo itself. It borders Encamp and Ordino, and France and Spain to the north and east; Andorra la Vella is 12 km to the south-west.",
		{ Canillo: [42.57, 1.6], Andorra: ANDORRA, Soldeu: [42.58, 1.67], 'El Tarter': [42.58, 1.65], Ransol: [42.58, 1.64], Meritxell: [42.55, 1.59], Prats: [42.56, 1.59], Encamp: [42.53, 1.58], Ordino: [42.56, 1.53], France: FRANCE, Spain: SPAIN, 'Andorra la Vella': [42.51, 1.52] }
	),
	w(
		"Panmunjom is an abandoned village on the border between North Korea and South Korea, where the armistice ending the Korean War was signed in 1953. It lies in the Joint Security Area of the Korean Demilitarized Zone, 8 km east of Kaesong and 50 km north-west of Seoul; Paju is the nearest South Korean city.",
		{ Panmunjom: [37.96, 126.68], 'North Korea': NORTH_KOREA, 'South Korea': SOUTH_KOREA, Kaesong: [37.97, 126.55], Seoul: [37.57, 126.98], Paju: [37.76, 126.78], 'Korean Demilitarized Zone': [38.3, 127.0] },
		['Korean War', 'Joint Security Area']
	),
	w(
		"San Ignacio is a town in the Cayo District of western Belize, on the Macal River opposite its twin town of Santa Elena. Belmopan is 35 km to the east, and Benque Viejo del Carmen 13 km to the south-west on the border with Guatemala; the Maya site of Xunantunich is between them.",
		{ 'San Ignacio': [17.16, -89.07], 'Cayo District': [17.0, -88.9], Belize: BELIZE, 'Macal River': [17.16, -89.07], 'Santa Elena': [17.16, -89.06], Belmopan: [17.25, -88.77], 'Benque Viejo del Carmen': [17.07, -89.14], Guatemala: GUATEMALA, Xunantunich: [17.09, -89.14] },
		['Maya']
	),
	w(
		"Gouyave is a town on the west coast of Grenada, the seat of the parish of Saint John, 15 km north of St. George's. Victoria, in Saint Mark, is 6 km further north.",
		{ Gouyave: [12.17, -61.73], Grenada: GRENADA, 'Saint John': [12.16, -61.71], "St. George's": [12.05, -61.75], Victoria: [12.19, -61.71], 'Saint Mark': [12.2, -61.69] }
	),
	w(
		"Melekeok is a state of Palau and the seat of the national capital, on the east coast of Babeldaob, 25 km north-east of Koror. Ngerulmud, the capitol complex, stands on a hill above the village.",
		{ Melekeok: [7.5, 134.63], Palau: PALAU, Babeldaob: [7.5, 134.58], Koror: [7.34, 134.48], Ngerulmud: [7.5, 134.62] }
	),
	w(
		"Dahejia is a town and the seat of Jishishan Bonan, Dongxiang and Salar Autonomous County, in Linxia Prefecture, Gansu, China, on the Yellow River opposite Xunhua in Qinghai.",
		{ Dahejia: [35.83, 102.77], 'Linxia Prefecture': [35.6, 103.2], Gansu: [36.0, 104.0], China: CHINA, 'Yellow River': [35.83, 102.77], Xunhua: [35.85, 102.5], Qinghai: [35.5, 96.0] },
		['Bonan', 'Dongxiang', 'Salar']
	),
	w(
		"Tolbazy (Russian: Толбазы) is a rural locality (a selo) and the administrative centre of Aurgazinsky District of the Republic of Bashkortostan, Russia, 90 km south of Ufa.",
		{ Tolbazy: [54.02, 55.88], 'Aurgazinsky District': [54.0, 56.0], Bashkortostan: [54.5, 56.5], 'Republic of Bashkortostan': [54.5, 56.5], Russia: RUSSIA, Ufa: [54.74, 55.97] },
		['Russian']
	),
	w(
		"Baroda is a village in Gohana tehsil of Sonipat district, Haryana, India, 20 km north of Gohana.",
		{ Baroda: [29.25, 76.7], Gohana: [29.13, 76.7], Sonipat: [28.99, 77.02], Haryana: [29.0, 76.0], India: INDIA }
	)
];

// Held-out Wikipedia-style articles about small places, session 42 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after searching every older wiki-held-out-*.ts batch for them: none repeats one. Countries the older batches cover
// least (Poland, Czechia, Romania, Ukraine, Brazil, Mexico, Indonesia, Japan, Nigeria, Iran) and shapes they lack:
// leads naming the subject's kind of division ("a census-designated place", "a hamlet and census-designated place",
// "a village and civil parish", "a commune", "a rural gmina", "a barangay", "a ward", "a municipality"); infobox
// lines flattened to text ("Country: Poland; Voivodeship: Lesser Poland; County: Tarnów"); rivers with their
// tributaries, reservoirs and mouths (the San, the Jizera, the Papaloapan); transport sections naming stations,
// junctions and railway lines (Koluszki, Yufuin, Karuizawa, Montauk); "Notable people" sections with people born in
// far places (Vilnius, Aleppo, Tangier) and people named like places (Marcin Wadowita, Miguel Hidalgo, Maurice of
// Nassau, Bill Clinton of Hope); list articles of namesakes (places named Lisbon, Odessa) whose parents are counties
// found in many states (Linn, Lincoln, Lafayette, New London, Grafton); former and colonial names (Beregszász,
// Berehovo, Beregovo, Nikolsburg, Hotin, Chocim, Nova Lisboa, Emmahaven, New Amsterdam, Dutch Brazil, Little Bear
// Lake); historical states (the Kingdom of Hungary, Czechoslovakia, Prussia, the Polish–Lithuanian Commonwealth,
// the Bessarabia Governorate, the Russian Empire, Persia); names inside names (Châtillon-sur-Seine, Wells-next-the-Sea,
// Brandýs nad Labem-Stará Boleslav, Congonhas Airport, Czech Canada, the Royal Niger Company) and subjects that are
// words (Hope, Run, Bida, San).
// Split in two halves: A (to tune on from session 42) and B (never tuned on: scored before and after).
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s42 [--all]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME
// --country CC` where the gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a historical
// state at its main territory's centre; countries, oceans and seas at the gazetteer's own point). A country or
// region is right within 800 km, others within 161 km; a toponym inside a longer gold name is wrong (the batch is
// marked so). A list article's title name, repeated for every namesake (Lisbon, Odessa), is left ungraded.
// notPlaces: people, companies, roads, railway lines, bridges, buildings, events, peoples and languages named like
// places; a country's adjective ("the Dutch took it") is left ungraded. Many gold names are not in the gazetteer:
// they count as "not mapped", not as wrong.
// First honest score (main 1aa4100, before any change tuned on it): half A 222/230 = 0.965 (84 graded names not
// mapped; 2 names of no place mapped: languages, "speak Hungarian", "called the Dyje in Czech"); half B 205/220 =
// 0.932 (60 not mapped; 3 names of no place mapped). Misses of half A: parts of longer names read alone (a town's
// airport named for a São Paulo district, a hamlet's station, a beach's "La Laguna" read as the Canary town, a forest
// named for its town), a river named like a Brazilian state read as the state, a merged town read as a namesake's
// alternate name 696 km away, a village the text puts 6 km away read as its namesake 443 km off. Misses of half B
// (read at the session's end, after the changes tuned on A, which moved none of B: 205/220 still): parts of longer
// names (stations' "Łódź", the Polish–Lithuanian Commonwealth's "Polish" and "Lithuanian Commonwealth", the Banda
// Islands' and Banda Sea's "Banda" read as the Indian city, an airport's "Kahului"), "Dutch Brazil" read as Brazil and
// "Czech Canada" as Canada, the Tisza at the gazetteer's Hungarian point, in the list of places named Odessa the
// Ukrainian city's own spelling "Odesa" read as a US Odessa and Lincoln County, Ontario and Kingston read in other
// states and provinces, a river's "San Juan" read as Puerto Rico's capital; names of no place: two language labels
// and a people ("Rakhine") read as Myanmar's state.
import type { GenreText } from './genre-texts.ts';
import { US, ENGLAND, FRANCE, POLAND, PHILIPPINES, BRAZIL, LESSER_POLAND, UKRAINE, HUNGARY, SLOVAKIA, CZECH_REPUBLIC, MORAVIA, ROMANIA, LITHUANIA, IRELAND, PORTUGAL, SPAIN, PRUSSIA, SOVIET_UNION, EUROPE, MEXICO, INDONESIA, JAPAN, NIGERIA, IRAN, SYRIA, PAKISTAN, BANGLADESH, TANZANIA, MOZAMBIQUE, ANGOLA, CANADA, ONTARIO, SASKATCHEWAN, TEXAS, OHIO, NEW_HAMPSHIRE, NEW_YORK_STATE, INDIAN_OCEAN, ATLANTIC_OCEAN, BLACK_SEA, BAY_OF_BENGAL, wikipediaText as w } from './gold-points.ts';

// countries, states, regions, oceans and seas at the gazetteer's own points (a country or region is right within
// 800 km); historical states at their main territory
const BOHEMIA: [number, number] = [49.9, 14.6];
const AUSTRIA: [number, number] = [47.33, 13.33];
const CALIFORNIA: [number, number] = [36.78, -119.42];
const HAWAII: [number, number] = [20.8, -156.3];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S42_A: GenreText[] = [
	w(
		"Ryglice is a town in Tarnów County, Lesser Poland Voivodeship, in southern Poland, and the seat of the urban-rural Gmina Ryglice. It had about 2,800 inhabitants in 2021.\n\nCountry: Poland; Voivodeship: Lesser Poland; County: Tarnów; Gmina: Ryglice; Elevation: 300 m\n\nGeography\nThe town lies in the Ciężkowice Foothills, 25 km south-east of Tarnów and 20 km north-west of Jasło, which is across the border in the Subcarpathian Voivodeship. Tuchów, on the Biała, is 12 km to the west, and Gorlice 30 km to the south; Kraków is 100 km to the west.\n\nHistory\nThe village was granted town rights in the Middle Ages, lost them in 1934, and regained them in 2010.",
		{ Ryglice: [49.88, 21.14], 'Tarnów County': [49.95, 20.95], 'Lesser Poland Voivodeship': LESSER_POLAND, 'Lesser Poland': LESSER_POLAND, Poland: POLAND, 'Gmina Ryglice': [49.88, 21.14], Tarnów: [50.01, 20.99], 'Ciężkowice Foothills': [49.8, 20.95], Jasło: [49.75, 21.47], 'Subcarpathian Voivodeship': [50.0, 22.0], Tuchów: [49.9, 21.05], Biała: [49.9, 21.05], Gorlice: [49.66, 21.16], Kraków: [50.06, 19.94] }
	),
	w(
		"Berehove (Hungarian: Beregszász) is a city in Zakarpattia Oblast, western Ukraine, and the seat of Berehove Raion, 5 km from the border with Hungary. About half of its 23,000 people speak Hungarian, the largest such share of any city in the country.\n\nGeography\nThe city lies on the plain of the upper Tisza at the foot of low volcanic hills planted with vines. Mukachevo is 26 km to the north-north-east and Uzhhorod, the oblast's centre, 55 km to the north-west. The road crossing at Luzhanka leads to Beregsurány in Hungary, and Vásárosnamény is 25 km to the west.\n\nHistory\nUntil 1920 Beregszász was the seat of Bereg County in the Kingdom of Hungary. It then passed to Czechoslovakia as Berehovo, returned to Hungary in 1938, and was annexed by the Soviet Union in 1945, which called it Beregovo.",
		{ Berehove: [48.21, 22.64], Beregszász: [48.21, 22.64], Berehovo: [48.21, 22.64], Beregovo: [48.21, 22.64], 'Zakarpattia Oblast': [48.4, 23.3], Ukraine: UKRAINE, 'Berehove Raion': [48.2, 22.65], Hungary: HUNGARY, Tisza: [48.15, 22.6], Mukachevo: [48.44, 22.72], Uzhhorod: [48.62, 22.3], Luzhanka: [48.16, 22.55], Beregsurány: [48.16, 22.54], Vásárosnamény: [48.13, 22.32], 'Bereg County': [48.3, 22.6], 'Kingdom of Hungary': [47.5, 19.5], Czechoslovakia: [49.6, 17.0], 'Soviet Union': SOVIET_UNION },
		['Hungarian']
	),
	w(
		"Congonhas is a municipality in the state of Minas Gerais, Brazil, in the iron country 80 km south of Belo Horizonte on the BR-040 highway. It is not to be confused with Congonhas Airport, in the city of São Paulo. It had 52,000 inhabitants in 2022.\n\nGeography\nThe town lies on the Maranhão, a small tributary of the Paraopeba. Conselheiro Lafaiete is 20 km to the south, Ouro Preto 40 km to the east-north-east and Ouro Branco 15 km to the south-east.\n\nHistory\nThe settlement grew up in the gold rush of the early 18th century. Its Sanctuary of Bom Jesus de Matosinhos, with the twelve soapstone prophets carved by Aleijadinho, was made a World Heritage Site in 1985. Iron mining has been the town's main industry since the 1940s.",
		{ Congonhas: [-20.5, -43.86], 'Minas Gerais': [-18.5, -44.5], Brazil: BRAZIL, 'Belo Horizonte': [-19.92, -43.94], 'Congonhas Airport': [-23.63, -46.66], 'São Paulo': [-23.55, -46.63], Maranhão: [-20.5, -43.86], Paraopeba: [-20.3, -44.15], 'Conselheiro Lafaiete': [-20.66, -43.79], 'Ouro Preto': [-20.39, -43.5], 'Ouro Branco': [-20.52, -43.69] },
		['BR-040', 'Sanctuary of Bom Jesus de Matosinhos', 'Aleijadinho']
	),
	w(
		"Dolores Hidalgo Cuna de la Independencia Nacional, usually called Dolores Hidalgo, is a city and municipality in the north of the state of Guanajuato, Mexico, on the Laja River 40 km north of San Miguel de Allende and 50 km north-east of the city of Guanajuato. San Luis Potosí is 110 km to the north.\n\nHistory\nUntil 1824 the town was called Dolores. There, at dawn on 16 September 1810, the parish priest Miguel Hidalgo y Costilla rang the church bell and called on his people to rise against Spain; the Grito de Dolores is re-enacted every year on the eve of Independence Day. The town took its new name in his honour. Dolores is also known for its Talavera pottery and for the singer José Alfredo Jiménez, who was born there in 1926.",
		{ 'Dolores Hidalgo': [21.16, -100.93], Dolores: [21.16, -100.93], Guanajuato: [21.02, -101.26], Mexico: MEXICO, 'Laja River': [21.0, -100.8], 'San Miguel de Allende': [20.91, -100.74], 'San Luis Potosí': [22.15, -100.98], Spain: SPAIN },
		['Miguel Hidalgo y Costilla', 'Grito de Dolores', 'Independence Day', 'Talavera', 'José Alfredo Jiménez']
	),
	w(
		"Tomohon is a city in North Sulawesi, Indonesia, in the Minahasa highlands between the volcanoes Mount Lokon and Mount Mahawu, 25 km south of Manado. It was split off from Minahasa Regency in 2003 and is known for its flower gardens and its market.\n\nGeography\nLake Tondano lies 10 km to the east, with the town of Tondano, the regency's seat, at its northern end. Bitung, the province's main port, on the Molucca Sea, is 50 km to the north-east.",
		{ Tomohon: [1.32, 124.83], 'North Sulawesi': [1.0, 124.5], Indonesia: INDONESIA, Minahasa: [1.2, 124.9], 'Mount Lokon': [1.36, 124.79], 'Mount Mahawu': [1.36, 124.86], Manado: [1.49, 124.84], 'Minahasa Regency': [1.2, 124.9], 'Lake Tondano': [1.26, 124.9], Tondano: [1.3, 124.91], Bitung: [1.44, 125.18], 'Molucca Sea': [0.5, 126.0] }
	),
	w(
		"Yufuin is a hot-spring town in the city of Yufu, Ōita Prefecture, on Kyushu, Japan, in a basin below the twin peaks of Mount Yufu. Until the 2005 merger with Hasama and Shōnai it was a town of its own in Ōita District.\n\nGeography\nLake Kinrin, fed by warm and cold springs, lies at the eastern edge of the town. Beppu is 15 km to the east over the mountains, and Ōita, the prefectural capital, 25 km.\n\nTransport\nYufuin Station is on the Kyūdai Main Line between Ōita and Kurume; the Yufuin no Mori express runs to it from Hakata Station in Fukuoka.",
		{ Yufuin: [33.27, 131.37], Yufu: [33.18, 131.43], 'Ōita Prefecture': [33.2, 131.5], Kyushu: [32.8, 131.0], Japan: JAPAN, 'Mount Yufu': [33.28, 131.39], Hasama: [33.2, 131.5], Shōnai: [33.2, 131.3], 'Ōita District': [33.2, 131.4], 'Lake Kinrin': [33.27, 131.38], Beppu: [33.28, 131.49], Ōita: [33.24, 131.61], 'Yufuin Station': [33.26, 131.36], Kurume: [33.32, 130.51], 'Hakata Station': [33.59, 130.42], Fukuoka: [33.59, 130.4] },
		['Kyūdai Main Line', 'Yufuin no Mori']
	),
	w(
		"Idanre is a town in Ondo State, south-western Nigeria, and the seat of Idanre Local Government Area, 20 km south-west of Akure, the state capital. The old town stands on Idanre Hill, a group of granite domes reached by several hundred steps, where its people lived until they moved down to the plain in the 1920s. Cocoa is the main crop. Ondo is 30 km to the west, Owo 50 km to the east, Ile-Ife 75 km to the north-west and Lagos 250 km to the south-west.",
		{ Idanre: [7.11, 5.12], 'Ondo State': [7.1, 5.05], Nigeria: NIGERIA, 'Idanre Local Government Area': [7.0, 5.1], Akure: [7.25, 5.2], 'Idanre Hill': [7.12, 5.1], Ondo: [7.09, 4.84], Owo: [7.2, 5.59], 'Ile-Ife': [7.48, 4.56], Lagos: [6.45, 3.4] }
	),
	w(
		"Mahan is a city in Mahan District of Kerman County, Kerman Province, Iran, 35 km south-east of Kerman at the foot of the mountains. Rayen is 50 km to the south and Bam 150 km to the south-east.\n\nLandmarks\nThe town is known for the shrine of Shah Nematollah Vali, the Sufi poet and founder of the Nematollahi order, who was born in Aleppo, Syria, in 1330, travelled through Transoxiana, and settled in Mahan, where he died in 1431. Shazdeh Garden, a terraced Persian garden built in the 1870s, lies 6 km to the south-east and is part of a World Heritage Site.",
		{ Mahan: [30.06, 57.29], 'Mahan District': [30.06, 57.29], 'Kerman County': [30.3, 57.1], 'Kerman Province': [29.6, 57.0], Iran: IRAN, Kerman: [30.28, 57.08], Rayen: [29.6, 57.44], Bam: [29.1, 58.36], Aleppo: [36.2, 37.16], Syria: SYRIA, Transoxiana: [40.0, 65.0], 'Shazdeh Garden': [30.02, 57.32] },
		['Shah Nematollah Vali', 'Sufi', 'Nematollahi']
	),
	w(
		"Lake Arrowhead is a census-designated place in San Bernardino County, California, United States, around the reservoir of the same name in the San Bernardino Mountains, about 20 km north of San Bernardino at 1,600 m. Its population was 12,401 at the 2020 census.\n\nGeography\nBlue Jay and Twin Peaks adjoin it to the south-west; Crestline is 10 km to the west by State Route 18, the Rim of the World Highway, and Running Springs 10 km to the east on the way to Big Bear Lake.\n\nHistory\nThe dam on Little Bear Creek was finished in 1922, and the lake, first called Little Bear Lake, was renamed to sell the lots around it.",
		{ 'Lake Arrowhead': [34.25, -117.19], 'San Bernardino County': [34.84, -116.18], California: CALIFORNIA, 'United States': US, 'San Bernardino Mountains': [34.2, -117.0], 'San Bernardino': [34.11, -117.29], 'Blue Jay': [34.25, -117.21], 'Twin Peaks': [34.24, -117.23], Crestline: [34.24, -117.29], 'Running Springs': [34.21, -117.11], 'Big Bear Lake': [34.24, -116.91], 'Little Bear Creek': [34.25, -117.19], 'Little Bear Lake': [34.25, -117.19] },
		['State Route 18', 'Rim of the World Highway']
	),
	w(
		"Montauk is a hamlet and census-designated place in the town of East Hampton, Suffolk County, New York, at the eastern end of the South Fork of Long Island. Montauk Point, with its lighthouse of 1796, is the easternmost point of New York State.\n\nGeography\nAmagansett is 20 km to the west along the Montauk Highway, across the narrow neck of Napeague. Block Island, part of Rhode Island, lies 25 km to the north-east across Block Island Sound. Lake Montauk, opened to the sound as a harbour in the 1920s, holds the fishing fleet, and Fort Pond lies in the middle of the hamlet.\n\nTransport\nThe Montauk Branch of the Long Island Rail Road ends at Montauk station, 190 km from Manhattan.",
		{ Montauk: [41.04, -71.95], 'East Hampton': [41.0, -72.1], 'Suffolk County': [40.9, -72.7], 'New York': NEW_YORK_STATE, 'New York State': NEW_YORK_STATE, 'South Fork': [40.95, -72.2], 'Long Island': [40.8, -73.0], 'Montauk Point': [41.07, -71.86], Amagansett: [40.97, -72.14], Napeague: [40.99, -72.06], 'Block Island': [41.17, -71.58], 'Rhode Island': [41.7, -71.5], 'Block Island Sound': [41.15, -71.75], 'Lake Montauk': [41.06, -71.93], 'Fort Pond': [41.04, -71.96], 'Montauk station': [41.05, -71.95], Manhattan: [40.78, -73.97] },
		['Montauk Highway', 'Montauk Branch', 'Long Island Rail Road']
	),
	w(
		"Great Snoring is a village and civil parish in the North Norfolk district of Norfolk, England, 5 km north-east of Fakenham and 3 km south-east of Walsingham. Little Snoring, a separate parish, lies 2 km to the south, and Thursford 3 km to the east. Wells-next-the-Sea is 10 km to the north on the coast, Norwich 40 km to the south-east and King's Lynn 35 km to the west. The name is thought to come from a Saxon settler called Snear.",
		{ 'Great Snoring': [52.87, 0.89], 'Little Snoring': [52.85, 0.91], 'North Norfolk': [52.85, 1.2], Norfolk: [52.67, 1.0], England: ENGLAND, Fakenham: [52.83, 0.85], Walsingham: [52.89, 0.87], Thursford: [52.86, 0.94], 'Wells-next-the-Sea': [52.95, 0.85], Norwich: [52.63, 1.3], "King's Lynn": [52.75, 0.4] },
		['Snear']
	),
	w(
		"Châtillon-sur-Seine is a commune in the Côte-d'Or department in the Bourgogne-Franche-Comté region of eastern France, on the upper Seine 80 km north-west of Dijon. It is a subprefecture and had about 5,100 inhabitants in 2020.\n\nGeography\nThe Seine, still a small river here, is joined in the town by the Douix, a karst spring. Vix and Mont Lassois lie 6 km to the north, Montbard 30 km to the south, and Troyes, in Champagne, 65 km to the north. The Forest of Châtillon covers the plateau to the south-east.\n\nHistory\nThe bronze krater found in 1953 in the Celtic princess's grave at Vix is kept in the town's museum. In September 1914 Joffre issued his order of the day for the battle of the Marne from his headquarters in the town.",
		{ 'Châtillon-sur-Seine': [47.86, 4.57], "Côte-d'Or": [47.42, 4.77], 'Bourgogne-Franche-Comté': [47.2, 5.5], France: FRANCE, Seine: [47.86, 4.57], Dijon: [47.32, 5.04], Douix: [47.86, 4.58], Vix: [47.9, 4.54], 'Mont Lassois': [47.9, 4.54], Montbard: [47.62, 4.34], Troyes: [48.3, 4.08], Champagne: [48.9, 4.4], 'Forest of Châtillon': [47.8, 4.75], Marne: [48.95, 4.0] },
		['Joffre']
	),
	w(
		"Sabang is a barangay of Puerto Galera, a municipality of Oriental Mindoro in the Philippines, on the northern coast of Mindoro facing the Verde Island Passage, which parts the island from Luzon. Its bay is one of the country's main diving centres.\n\nGeography\nSmall La Laguna and Big La Laguna beaches adjoin it to the west, and Escarceo Point, with its lighthouse, to the east; Verde Island lies 12 km out in the passage. The town centre of Puerto Galera is 6 km to the west, White Beach in the barangay of San Isidro 10 km to the west, and Calapan, the provincial capital, 40 km to the south-east. Ferries cross to Batangas City, 25 km to the north.",
		{ Sabang: [13.52, 120.97], 'Puerto Galera': [13.5, 120.95], 'Oriental Mindoro': [13.0, 121.3], Philippines: PHILIPPINES, Mindoro: [12.9, 121.1], 'Verde Island Passage': [13.6, 121.0], Luzon: [15.5, 121.0], 'Small La Laguna': [13.52, 120.96], 'Big La Laguna': [13.52, 120.96], 'Escarceo Point': [13.53, 121.0], 'Verde Island': [13.55, 121.07], 'White Beach': [13.5, 120.9], 'San Isidro': [13.5, 120.9], Calapan: [13.41, 121.18], 'Batangas City': [13.76, 121.06] }
	),
	w(
		"Naran is a town and summer resort in the upper Kaghan Valley of Mansehra District, Khyber Pakhtunkhwa, Pakistan, at 2,400 m on the Kunhar River. The road is closed by snow from November to May.\n\nGeography\nLake Saiful Muluk lies 8 km to the east below Malika Parbat. The village of Kaghan, which gives the valley its name, is 20 km down the river, and Balakot, at the valley's mouth, 80 km; Mansehra is 120 km by road. Upstream the road passes Lulusar Lake, the river's source, and climbs over the Babusar Pass into Gilgit-Baltistan, descending to Chilas on the Indus.",
		{ Naran: [34.91, 73.65], 'Kaghan Valley': [34.8, 73.55], 'Mansehra District': [34.5, 73.3], 'Khyber Pakhtunkhwa': [34.5, 72.0], Pakistan: PAKISTAN, 'Kunhar River': [34.9, 73.65], 'Lake Saiful Muluk': [34.88, 73.69], 'Malika Parbat': [34.86, 73.72], Kaghan: [34.78, 73.52], Balakot: [34.55, 73.35], Mansehra: [34.33, 73.2], 'Lulusar Lake': [35.08, 73.88], 'Babusar Pass': [35.15, 74.05], 'Gilgit-Baltistan': [35.8, 74.9], Chilas: [35.42, 74.1], Indus: [35.42, 74.1] }
	),
	w(
		"Kilwa Kisiwani is a ward of Kilwa District in the Lindi Region of Tanzania, made up of an island just off the Indian Ocean coast, 300 km south of Dar es Salaam. The ruins of its medieval town are a World Heritage Site.\n\nGeography\nKilwa Masoko, the district seat, lies just across the channel to the north; Kilwa Kivinje, the 19th-century trading town, 25 km to the north; and Songo Mnara, another ruined island town, 8 km to the south.\n\nHistory\nSettlers said to have come from Shiraz in Persia founded a sultanate on the island in the 10th century. It grew rich by shipping the gold of Great Zimbabwe from Sofala, on the coast of what is now Mozambique. Ibn Battuta, who came from Tangier, visited in 1331; the Portuguese sacked the town in 1505.",
		{ 'Kilwa Kisiwani': [-8.96, 39.51], 'Kilwa District': [-8.9, 39.2], 'Lindi Region': [-9.8, 38.7], Tanzania: TANZANIA, 'Indian Ocean': INDIAN_OCEAN, 'Dar es Salaam': [-6.8, 39.28], 'Kilwa Masoko': [-8.93, 39.51], 'Kilwa Kivinje': [-8.75, 39.4], 'Songo Mnara': [-9.06, 39.55], Shiraz: [29.61, 52.53], Persia: IRAN, 'Great Zimbabwe': [-20.27, 30.93], Sofala: [-20.15, 34.73], Mozambique: MOZAMBIQUE, Tangier: [35.77, -5.8] },
		['Ibn Battuta']
	),
	w(
		"The San is a river in south-eastern Poland and western Ukraine, a right tributary of the Vistula, 443 km long. It rises in the Bieszczady Mountains near the village of Sianky, below the Uzhok Pass, and forms the border between the two countries for its first 55 km. It then flows north-west through the Solina reservoir, past Lesko and Sanok, north to Dynów, and east and north again through Przemyśl and Jarosław, and joins the Vistula 10 km north of Sandomierz.\n\nTributaries\nThe Wiar joins it at Przemyśl, the Wisłok below Jarosław, and the Tanew near Ulanów.",
		{ San: [49.78, 22.6], Poland: POLAND, Ukraine: UKRAINE, Vistula: [50.75, 21.85], 'Bieszczady Mountains': [49.1, 22.6], Sianky: [49.02, 22.88], 'Uzhok Pass': [48.98, 22.86], Solina: [49.39, 22.47], Lesko: [49.47, 22.33], Sanok: [49.56, 22.21], Dynów: [49.81, 22.23], Przemyśl: [49.78, 22.77], Jarosław: [50.02, 22.68], Sandomierz: [50.68, 21.75], Wiar: [49.77, 22.75], Wisłok: [50.1, 22.5], Tanew: [50.5, 22.3], Ulanów: [50.49, 22.27] }
	),
	w(
		"List of places named Lisbon\nLisbon is the capital of Portugal. Places named after it include:\n\nUnited States\n- Lisbon, Maine, a town in Androscoggin County on the Androscoggin River\n- Lisbon, New Hampshire, a town in Grafton County on the Ammonoosuc River\n- Lisbon, North Dakota, a city and the seat of Ransom County, on the Sheyenne River\n- Lisbon, Ohio, a village and the seat of Columbiana County\n- Lisbon, Iowa, a city in Linn County\n- Lisbon, Connecticut, a town in New London County\n- New Lisbon, Wisconsin, a city in Juneau County\n\nElsewhere\n- Nova Lisboa, the name of Huambo, in Angola, from 1928 to 1975",
		{ Portugal: PORTUGAL, 'United States': US, Maine: [45.3, -69.2], 'Androscoggin County': [44.17, -70.21], 'Androscoggin River': [44.0, -70.05], 'New Hampshire': NEW_HAMPSHIRE, 'Grafton County': [43.94, -71.82], 'Ammonoosuc River': [44.2, -71.85], 'North Dakota': [47.5, -100.5], 'Ransom County': [46.46, -97.66], 'Sheyenne River': [46.43, -97.68], Ohio: OHIO, 'Columbiana County': [40.77, -80.78], Iowa: [42.0, -93.5], 'Linn County': [42.08, -91.6], Connecticut: [41.6, -72.7], 'New London County': [41.47, -72.1], 'New Lisbon': [43.88, -90.17], Wisconsin: [44.5, -89.5], 'Juneau County': [43.93, -90.11], 'Nova Lisboa': [-12.78, 15.74], Huambo: [-12.78, 15.74], Angola: ANGOLA }
	),
	w(
		"Wadowice is a town in Lesser Poland Voivodeship, southern Poland, and the seat of Wadowice County, on the Skawa River 40 km south-west of Kraków. It had about 19,000 inhabitants in 2021.\n\nGeography\nKalwaria Zebrzydowska, with its Mannerist pilgrimage park, is 14 km to the east, and Andrychów 10 km to the west. The Skawa is dammed 10 km upstream at Świnna Poręba. Oświęcim is 30 km to the north-west and Bielsko-Biała 35 km to the west.\n\nNotable people\n- Marcin Wadowita (1567–1641), theologian of the Kraków Academy, born in the town.\n- Karol Wojtyła (1920–2005), Pope John Paul II, born in the town.\n- Raphael Kalinowski (1835–1907), Carmelite friar born in Vilnius, Lithuania, who founded the town's monastery and died there.\n- Emil Zegadłowicz (1888–1941), poet, who lived at Gorzeń Górny on the edge of the town.",
		{ Wadowice: [49.88, 19.49], 'Lesser Poland Voivodeship': LESSER_POLAND, Poland: POLAND, 'Wadowice County': [49.85, 19.45], 'Skawa River': [49.88, 19.5], Skawa: [49.88, 19.5], Kraków: [50.06, 19.94], 'Kalwaria Zebrzydowska': [49.87, 19.68], Andrychów: [49.86, 19.34], 'Świnna Poręba': [49.83, 19.52], Oświęcim: [50.04, 19.22], 'Bielsko-Biała': [49.82, 19.04], Vilnius: [54.69, 25.28], Lithuania: LITHUANIA, 'Gorzeń Górny': [49.89, 19.52] },
		['Marcin Wadowita', 'Kraków Academy', 'Karol Wojtyła', 'Pope John Paul II', 'Raphael Kalinowski', 'Emil Zegadłowicz', 'Mannerist']
	),
	w(
		"Mikulov (German: Nikolsburg) is a town in Břeclav District in the South Moravian Region of the Czech Republic, on the border with Austria at the foot of the Pálava Hills, 45 km south of Brno. It had about 7,400 inhabitants in 2023.\n\nGeography\nThe Austrian village of Drasenhofen lies just across the border, and Poysdorf 15 km to the south on the road to Vienna, 75 km away. Valtice is 12 km to the east, Lednice 15 km and Břeclav 20 km to the east-south-east. The Nové Mlýny reservoirs on the Thaya, called the Dyje in Czech, lie north of the Pálava.\n\nHistory\nFrom 1575 to 1945 the castle belonged to the Dietrichstein family. The town had one of the largest Jewish communities in Moravia, whose chief rabbis sat there. The preliminary peace between Prussia and Austria was signed in the castle in July 1866.",
		{ Mikulov: [48.81, 16.64], Nikolsburg: [48.81, 16.64], 'Břeclav District': [48.8, 16.8], 'South Moravian Region': [49.0, 16.6], 'Czech Republic': CZECH_REPUBLIC, Austria: AUSTRIA, 'Pálava Hills': [48.84, 16.65], Pálava: [48.84, 16.65], Brno: [49.2, 16.61], Drasenhofen: [48.76, 16.65], Poysdorf: [48.67, 16.63], Vienna: [48.21, 16.37], Valtice: [48.74, 16.76], Lednice: [48.8, 16.8], Břeclav: [48.76, 16.88], 'Nové Mlýny': [48.88, 16.6], Thaya: [48.88, 16.6], Dyje: [48.88, 16.6], Moravia: MORAVIA, Prussia: PRUSSIA },
		['German', 'Czech', 'Dietrichstein']
	),
	w(
		"Rășinari is a commune in Sibiu County, Transylvania, Romania, at the foot of the Cindrel Mountains 12 km south-west of Sibiu. It is one of the oldest villages of the Mărginimea Sibiului, the shepherds' country along the mountains, and is made up of two villages, Rășinari and Prislop.\n\nGeography\nCisnădie is 6 km to the east and Săliște 20 km to the west. The mountain resort of Păltiniș lies 20 km to the south-west, and a tramway ran from Sibiu to the village from 1905 until 2011.\n\nNotable people\nThe poet and politician Octavian Goga and the philosopher Emil Cioran were born in the village, Cioran in 1911; he left for Paris in 1937 and never returned.",
		{ Rășinari: [45.71, 24.07], 'Sibiu County': [45.8, 24.3], Transylvania: [46.5, 24.0], Romania: ROMANIA, 'Cindrel Mountains': [45.6, 23.8], Sibiu: [45.79, 24.15], 'Mărginimea Sibiului': [45.75, 23.95], Prislop: [45.7, 24.05], Cisnădie: [45.71, 24.15], Săliște: [45.79, 23.89], Păltiniș: [45.66, 23.93], Paris: [48.86, 2.35] },
		['Octavian Goga', 'Emil Cioran', 'Cioran']
	)
];

// Half B: held out (never tuned on; scored before and after).
export const WIKI_HELD_OUT_S42_B: GenreText[] = [
	w(
		"Koluszki is a town in Łódź East County, Łódź Voivodeship, in central Poland, 25 km east of Łódź. It had about 13,000 inhabitants in 2021.\n\nTransport\nThe town grew up around a station of the Warsaw–Vienna railway, opened in the 1840s, and is one of the country's main junctions. Lines branch there west to Łódź Fabryczna and Łódź Kaliska, north-east to Skierniewice and Warsaw, south-east to Tomaszów Mazowiecki, and south to Piotrków Trybunalski and Częstochowa.\n\nGeography\nRogów, with the arboretum of the forestry school, lies 10 km to the north, and Brzeziny 12 km to the north-west.",
		{ Koluszki: [51.74, 19.82], 'Łódź East County': [51.72, 19.7], 'Łódź Voivodeship': [51.6, 19.4], Poland: POLAND, Łódź: [51.76, 19.46], 'Łódź Fabryczna': [51.77, 19.47], 'Łódź Kaliska': [51.76, 19.43], Skierniewice: [51.96, 20.15], Warsaw: [52.23, 21.01], 'Tomaszów Mazowiecki': [51.53, 20.01], 'Piotrków Trybunalski': [51.41, 19.7], Częstochowa: [50.81, 19.12], Rogów: [51.82, 19.92], Brzeziny: [51.8, 19.75] }
	),
	w(
		"Khotyn (Romanian: Hotin; Polish: Chocim) is a city in Dnistrovskyi Raion, Chernivtsi Oblast, western Ukraine, on the right bank of the Dniester across from the village of Zhvanets, 20 km south of Kamianets-Podilskyi and 50 km north-east of Chernivtsi.\n\nHistory\nIts stone fortress guarded the crossing between Moldavia and the Polish–Lithuanian Commonwealth. The Commonwealth held it against the Ottoman army in 1621, and Jan Sobieski won a great victory beneath its walls in 1673. From 1812 the town belonged to the Bessarabia Governorate of the Russian Empire, from 1918 to Romania and from 1940 to the Soviet Union.",
		{ Khotyn: [48.51, 26.49], Hotin: [48.51, 26.49], Chocim: [48.51, 26.49], 'Dnistrovskyi Raion': [48.5, 26.6], 'Chernivtsi Oblast': [48.3, 25.9], Ukraine: UKRAINE, Dniester: [48.52, 26.5], Zhvanets: [48.55, 26.45], 'Kamianets-Podilskyi': [48.68, 26.58], Chernivtsi: [48.29, 25.94], Moldavia: [47.0, 27.0], 'Polish–Lithuanian Commonwealth': [52.0, 23.0], Commonwealth: [52.0, 23.0], 'Bessarabia Governorate': [47.0, 28.5], 'Russian Empire': SOVIET_UNION, Romania: ROMANIA, 'Soviet Union': SOVIET_UNION },
		['Romanian', 'Polish', 'Jan Sobieski']
	),
	w(
		"Penedo is a municipality in the south of the state of Alagoas, Brazil, on the left bank of the São Francisco River 35 km above its mouth on the Atlantic. Neópolis, in Sergipe, lies across the river and is reached by ferry, and Piaçabuçu lies downstream near the mouth. Maceió, the state capital, is 120 km to the north-east and Aracaju 90 km to the south-west.\n\nHistory\nThe town was founded in the 1560s by settlers sent by Duarte Coelho, lord of the captaincy of Pernambuco. The Dutch took it in 1637, when the north-east was Dutch Brazil, and Maurice of Nassau built a fort there; the Portuguese retook it in 1645. Its baroque churches and convents have made its centre a national heritage site.",
		{ Penedo: [-10.29, -36.58], Alagoas: [-9.6, -36.6], Brazil: BRAZIL, 'São Francisco River': [-10.3, -36.58], Atlantic: ATLANTIC_OCEAN, Neópolis: [-10.32, -36.58], Sergipe: [-10.6, -37.4], Piaçabuçu: [-10.41, -36.43], Maceió: [-9.66, -35.73], Aracaju: [-10.91, -37.07], Pernambuco: [-8.3, -37.8], 'Dutch Brazil': [-8.05, -34.9] },
		['Duarte Coelho', 'Maurice of Nassau']
	),
	w(
		"Izamal is a city in the Mexican state of Yucatán, 60 km east of Mérida, called the Yellow City for the ochre paint of its buildings. The Franciscan convent of San Antonio de Padua was built in the 1550s on the platform of a Maya pyramid, and Kinich Kak Moo, one of the largest pyramids of the peninsula, still stands in the town. Pope John Paul II visited in 1993. Chichén Itzá lies 55 km to the south-east and Cancún 230 km to the east.",
		{ Izamal: [20.93, -89.02], Yucatán: [20.7, -89.0], Mérida: [20.97, -89.62], 'Chichén Itzá': [20.68, -88.57], Cancún: [21.16, -86.85] },
		['San Antonio de Padua', 'Maya', 'Kinich Kak Moo', 'Pope John Paul II']
	),
	w(
		"Run (also Rhun; Indonesian: Pulau Run) is the westernmost of the Banda Islands in Maluku, Indonesia, in the Banda Sea, about 3 km long. Banda Neira, the main town of the group, is 20 km to the east, and Ai 8 km; the islet of Nailaka lies just off its northern shore. Ambon is 190 km to the north-west.\n\nHistory\nThe English claimed the island in 1616 for its nutmeg trees and held it against the Dutch East India Company until 1620. By the Treaty of Breda in 1667 England gave up its claim, and the Dutch gave up New Amsterdam on Manhattan, which the English had taken in 1664 and renamed New York.",
		{ Run: [-4.55, 129.68], Rhun: [-4.55, 129.68], 'Pulau Run': [-4.55, 129.68], 'Banda Islands': [-4.55, 129.9], Maluku: [-3.2, 130.0], Indonesia: INDONESIA, 'Banda Sea': [-5.5, 128.0], 'Banda Neira': [-4.53, 129.9], Ai: [-4.52, 129.77], Nailaka: [-4.53, 129.67], Ambon: [-3.69, 128.18], England: ENGLAND, 'New Amsterdam': [40.71, -74.01], Manhattan: [40.78, -73.97], 'New York': [40.71, -74.0] },
		['Indonesian', 'Dutch East India Company']
	),
	w(
		"Karuizawa is a town in Kitasaku District, Nagano Prefecture, Japan, on a plateau at about 1,000 m below the active volcano Mount Asama, on the border with Gunma Prefecture. Once a post town on the Nakasendō, it became a summer resort after the Canadian missionary Alexander Croft Shaw built a villa there in 1886.\n\nTransport\nKaruizawa Station is on the Hokuriku Shinkansen, about 70 minutes from Tokyo. The Shinano Railway runs west from it to Komoro and Ueda. The old road climbs east over the Usui Pass and down to Yokokawa, in Annaka, Gunma.\n\nGeography\nMiyota adjoins the town to the west, and the hot springs of Kusatsu lie 30 km to the north.",
		{ Karuizawa: [36.35, 138.6], 'Kitasaku District': [36.3, 138.5], 'Nagano Prefecture': [36.1, 138.0], Japan: JAPAN, 'Mount Asama': [36.4, 138.52], 'Gunma Prefecture': [36.5, 139.0], Gunma: [36.5, 139.0], 'Karuizawa Station': [36.34, 138.63], Tokyo: [35.69, 139.69], Komoro: [36.33, 138.43], Ueda: [36.4, 138.25], 'Usui Pass': [36.36, 138.68], Yokokawa: [36.34, 138.74], Annaka: [36.33, 138.89], Miyota: [36.33, 138.5], Kusatsu: [36.62, 138.6] },
		['Nakasendō', 'Alexander Croft Shaw', 'Hokuriku Shinkansen', 'Shinano Railway']
	),
	w(
		"Bida is a city in Niger State, Nigeria, the seat of the Bida Emirate and of Bida Local Government Area, 85 km south-west of Minna, the state capital, on the plain north of the Niger River. It is the chief town of the Nupe people and is known for its glass beads and brass work.\n\nHistory\nThe Fulani emirs made it their capital in the 1850s. The Royal Niger Company's troops took it in 1897, and it became part of the protectorate of Northern Nigeria. Lapai is 60 km to the east, Mokwa 100 km to the north-west and Abuja 160 km to the east.",
		{ Bida: [9.08, 6.01], 'Niger State': [9.9, 5.6], Nigeria: NIGERIA, 'Bida Emirate': [9.08, 6.01], 'Bida Local Government Area': [9.08, 6.01], Minna: [9.61, 6.55], 'Niger River': [8.8, 6.0], 'Northern Nigeria': [10.5, 8.0], Lapai: [9.05, 6.57], Mokwa: [9.29, 5.05], Abuja: [9.06, 7.49] },
		['Nupe', 'Fulani', 'Royal Niger Company']
	),
	w(
		"Meybod is a city and the capital of Meybod County, Yazd Province, Iran, on the desert road 50 km north-west of Yazd. Ardakan adjoins it to the north-west; Isfahan is 230 km to the west.\n\nLandmarks\nNarin Castle, a mud-brick citadel older than Islam, stands above the old town. The town also keeps a caravanserai, a pigeon tower, an ice house and a post station of the Qajar era. Its potters and weavers of zilu carpets are known across Iran. Chak Chak, the Zoroastrian mountain shrine, lies 60 km to the north-east.",
		{ Meybod: [32.25, 54.01], 'Meybod County': [32.2, 53.9], 'Yazd Province': [32.0, 55.0], Iran: IRAN, Yazd: [31.9, 54.37], Ardakan: [32.31, 54.02], Isfahan: [32.65, 51.67], 'Narin Castle': [32.25, 54.0], 'Chak Chak': [32.35, 54.3] },
		['Islam', 'Qajar', 'Zoroastrian']
	),
	w(
		"Hope is a city in and the county seat of Hempstead County, Arkansas, United States, 50 km north-east of Texarkana on Interstate 30. It had about 8,900 inhabitants in 2020 and holds a watermelon festival each August.\n\nGeography\nWashington, the old county seat, which served as the capital of Confederate Arkansas from 1863 to 1865, is 15 km to the north-west. Prescott is 25 km to the north-east and Nashville 40 km to the north-west; the Red River flows 25 km to the south-west.\n\nNotable people\n- Bill Clinton, 42nd president of the United States, born in Hope in 1946; he grew up in Hot Springs.\n- Mike Huckabee, governor of Arkansas, born in Hope in 1955.",
		{ Hope: [33.67, -93.59], 'Hempstead County': [33.73, -93.67], Arkansas: [34.9, -92.4], 'United States': US, Texarkana: [33.44, -94.04], Washington: [33.77, -93.68], Prescott: [33.8, -93.38], Nashville: [33.95, -93.85], 'Red River': [33.45, -93.85], 'Hot Springs': [34.5, -93.06] },
		['Interstate 30', 'Confederate', 'Bill Clinton', 'Mike Huckabee']
	),
	w(
		"Kuakata is a beach town in Kalapara Upazila of Patuakhali District, in the Barisal Division of southern Bangladesh, on the Bay of Bengal 65 km south of Patuakhali. Its 18 km beach is one of the few in the country from which both sunrise and sunset can be seen over the sea. Many of its people are Rakhine, who came from Arakan in the 18th century. The Sundarbans lie across the estuaries to the west, and Dhaka is 270 km to the north by road across the Padma Bridge.",
		{ Kuakata: [21.82, 90.12], 'Kalapara Upazila': [21.98, 90.24], 'Patuakhali District': [22.25, 90.35], 'Barisal Division': [22.5, 90.3], Bangladesh: BANGLADESH, 'Bay of Bengal': BAY_OF_BENGAL, Patuakhali: [22.36, 90.33], Arakan: [20.0, 93.5], Sundarbans: [21.95, 89.2], Dhaka: [23.81, 90.41] },
		['Rakhine', 'Padma Bridge']
	),
	w(
		"Inistioge is a village and civil parish in County Kilkenny, Ireland, on the River Nore 23 km south-east of Kilkenny, where the river runs through a wooded valley below the ruins of Woodstock House, burnt in 1922. Its stone bridge of ten arches dates from the 18th century. Thomastown lies 7 km up the river to the north-west, and New Ross, in County Wexford, 13 km to the south-east, where the Nore joins the Barrow. Brandon Hill rises to the east.",
		{ Inistioge: [52.49, -7.06], 'County Kilkenny': [52.58, -7.22], Ireland: IRELAND, 'River Nore': [52.49, -7.06], Nore: [52.45, -7.0], Kilkenny: [52.65, -7.25], Thomastown: [52.53, -7.14], 'New Ross': [52.4, -6.94], 'County Wexford': [52.45, -6.6], Barrow: [52.4, -6.95], 'Brandon Hill': [52.5, -6.98] },
		['Woodstock House']
	),
	w(
		"Săpânța\nCountry: Romania; County: Maramureș; Status: commune; Villages: Săpânța; Elevation: 297 m; Population (2021): 2,900\n\nSăpânța is a commune in Maramureș County, Romania, on the Tisza, which forms the border with Ukraine, 15 km west of Sighetu Marmației. It is known for the Merry Cemetery, whose oak crosses, carved and painted by Stan Ioan Pătraș from 1935, tell the lives of the dead in verse. The wooden church of the Peri Monastery, rebuilt between 1997 and 2003, is among the tallest wooden buildings in Europe. Baia Mare, the county seat, is 35 km to the south over the Gutâi Mountains.",
		{ Săpânța: [47.97, 23.69], Romania: ROMANIA, Maramureș: [47.67, 24.0], 'Maramureș County': [47.67, 24.0], Tisza: [47.98, 23.7], Ukraine: UKRAINE, 'Sighetu Marmației': [47.93, 23.89], Europe: EUROPE, 'Baia Mare': [47.66, 23.58], 'Gutâi Mountains': [47.7, 23.7] },
		['Merry Cemetery', 'Stan Ioan Pătraș', 'Peri Monastery']
	),
	w(
		"Kahului is a census-designated place in Maui County, Hawaii, United States, on the north shore of the isthmus of Maui, and the island's commercial centre, with its deep-water harbour and Kahului Airport. Wailuku, the county seat, adjoins it to the west; Paia is 11 km to the east and Kihei 16 km to the south across the isthmus, and Haleakalā rises to the south-east. Most of the town was built from the 1950s as the Dream City, a planned town for the workers of the sugar plantations. Honolulu, on Oahu, is 160 km to the north-west.",
		{ Kahului: [20.89, -156.47], 'Maui County': [20.87, -156.45], Hawaii: HAWAII, 'United States': US, Maui: [20.8, -156.3], 'Kahului Airport': [20.9, -156.43], Wailuku: [20.89, -156.5], Paia: [20.91, -156.38], Kihei: [20.76, -156.45], Haleakalā: [20.71, -156.25], Honolulu: [21.31, -157.86], Oahu: [21.47, -157.98] },
		['Dream City']
	),
	w(
		"Thwaite is a hamlet in Swaledale, in North Yorkshire, England, in the Yorkshire Dales National Park, 1.5 km west of Muker and 3 km south of Keld. The road over the Buttertubs Pass leads south from it to Hawes, in Wensleydale, 10 km away. Great Shunner Fell rises to the south-west and Kisdon to the north-east, and the Pennine Way passes through the hamlet. The naturalists Richard and Cherry Kearton, pioneers of wildlife photography, were born here.",
		{ Thwaite: [54.38, -2.17], Swaledale: [54.38, -2.0], 'North Yorkshire': [54.2, -1.5], England: ENGLAND, 'Yorkshire Dales National Park': [54.2, -2.1], Muker: [54.38, -2.14], Keld: [54.41, -2.17], 'Buttertubs Pass': [54.35, -2.21], Hawes: [54.3, -2.2], Wensleydale: [54.3, -2.0], 'Great Shunner Fell': [54.37, -2.23], Kisdon: [54.39, -2.16] },
		['Pennine Way', 'Richard', 'Cherry Kearton']
	),
	w(
		"Gmina Bukowina Tatrzańska is a rural gmina (administrative district) in Tatra County, Lesser Poland Voivodeship, in southern Poland, on the border with Slovakia. Its seat is the village of Bukowina Tatrzańska, 12 km north-east of Zakopane.\n\nVillages\nThe gmina contains the villages of Białka Tatrzańska, Brzegi, Bukowina Tatrzańska, Czarna Góra, Jurgów, Leśnica and Rzepiska.\n\nNeighbouring gminas\nGmina Bukowina Tatrzańska is bordered by Gmina Poronin, the town of Zakopane, Gmina Nowy Targ and Gmina Łapsze Niżne. To the south it borders Slovakia, which is reached by the crossing at Łysa Polana on the Białka.",
		{ 'Gmina Bukowina Tatrzańska': [49.34, 20.1], 'Bukowina Tatrzańska': [49.34, 20.1], 'Tatra County': [49.3, 19.95], 'Lesser Poland Voivodeship': LESSER_POLAND, Poland: POLAND, Slovakia: SLOVAKIA, Zakopane: [49.3, 19.95], 'Białka Tatrzańska': [49.39, 20.11], Brzegi: [49.31, 20.07], 'Czarna Góra': [49.4, 20.13], Jurgów: [49.34, 20.14], Leśnica: [49.36, 20.18], Rzepiska: [49.36, 20.16], 'Gmina Poronin': [49.35, 20.0], 'Gmina Nowy Targ': [49.48, 20.03], 'Gmina Łapsze Niżne': [49.4, 20.25], 'Łysa Polana': [49.26, 20.12], Białka: [49.38, 20.1] }
	),
	w(
		"Sawahlunto is a city in West Sumatra, Indonesia, in a narrow valley of the Barisan Mountains 55 km east of Padang. Solok is 20 km to the south-west and Bukittinggi 60 km to the north-west, beyond Lake Singkarak.\n\nHistory\nThe Dutch began mining coal there in 1892 and built a railway through the mountains to carry it to the port of Emmahaven, now Teluk Bayur, south of Padang. The mines, the railway and the port were made a World Heritage Site in 2019 as the Ombilin Coal Mining Heritage of Sawahlunto.",
		{ Sawahlunto: [-0.68, 100.78], 'West Sumatra': [-0.8, 100.6], Indonesia: INDONESIA, 'Barisan Mountains': [-1.0, 101.0], Padang: [-0.95, 100.35], Solok: [-0.8, 100.66], Bukittinggi: [-0.3, 100.37], 'Lake Singkarak': [-0.6, 100.55], Emmahaven: [-1.0, 100.37], 'Teluk Bayur': [-1.0, 100.37] },
		['Ombilin Coal Mining Heritage of Sawahlunto']
	),
	w(
		"Slavonice (German: Zlabings) is a town in Jindřichův Hradec District in the South Bohemian Region of the Czech Republic, in the south-western corner of historical Moravia, 1 km from the Austrian border. Its squares are lined with Renaissance houses decorated in sgraffito.\n\nGeography\nDačice is 15 km to the north-east and Telč 22 km to the north; Jindřichův Hradec is 40 km to the north-west. The Austrian town of Waidhofen an der Thaya lies 20 km to the south. West of the town are the wooded hills of Czech Canada, a protected landscape named for its cold climate.",
		{ Slavonice: [49.0, 15.35], Zlabings: [49.0, 15.35], 'Jindřichův Hradec District': [49.1, 15.1], 'South Bohemian Region': [49.0, 14.5], 'Czech Republic': CZECH_REPUBLIC, Moravia: MORAVIA, Dačice: [49.08, 15.44], Telč: [49.18, 15.45], 'Jindřichův Hradec': [49.14, 15.0], 'Waidhofen an der Thaya': [48.81, 15.28], 'Czech Canada': [49.05, 15.1] },
		['German']
	),
	w(
		"Odessa may refer to:\n- Odesa, a port city on the Black Sea in Ukraine, after which the others are named\n\nUnited States\n- Odessa, Texas, a city in Ector and Midland counties in the Permian Basin\n- Odessa, Delaware, a town in New Castle County on the Appoquinimink River\n- Odessa, Missouri, a city in Lafayette County\n- Odessa, Washington, a town in Lincoln County\n- Odessa, Florida, a census-designated place in Hillsborough and Pasco counties\n- Odessa, New York, a village in Schuyler County\n\nCanada\n- Odessa, Ontario, a community in Loyalist Township, west of Kingston\n- Odessa, Saskatchewan, a village south-east of Regina",
		{ Odesa: [46.48, 30.72], 'Black Sea': BLACK_SEA, Ukraine: UKRAINE, 'United States': US, Texas: TEXAS, Ector: [31.87, -102.54], Midland: [31.87, -102.03], 'Permian Basin': [31.8, -102.5], Delaware: [39.0, -75.5], 'New Castle County': [39.58, -75.64], 'Appoquinimink River': [39.45, -75.65], Missouri: [38.5, -92.5], 'Lafayette County': [39.07, -93.79], Washington: [47.4, -120.5], 'Lincoln County': [47.58, -118.42], Florida: [28.6, -82.4], Hillsborough: [27.9, -82.35], Pasco: [28.3, -82.44], 'New York': NEW_YORK_STATE, 'Schuyler County': [42.39, -76.87], Canada: CANADA, Ontario: ONTARIO, 'Loyalist Township': [44.25, -76.75], Kingston: [44.23, -76.48], Saskatchewan: SASKATCHEWAN, Regina: [50.45, -104.61] }
	),
	w(
		"Tlacotalpan is a town and municipality in the Mexican state of Veracruz, on the east bank of the Papaloapan River, where the San Juan joins it, 20 km above the river's mouth in the lagoon of Alvarado. The port of Veracruz is 90 km to the north-west and Cosamaloapan 35 km upstream. Its streets of colonnaded houses painted in bright colours were made a World Heritage Site in 1998. The composer Agustín Lara always called it his birthplace, though he was born in Mexico City.",
		{ Tlacotalpan: [18.62, -95.66], Veracruz: [19.18, -96.13], 'Papaloapan River': [18.62, -95.66], 'San Juan': [18.6, -95.6], Alvarado: [18.77, -95.76], Cosamaloapan: [18.37, -95.8], 'Mexico City': [19.43, -99.13] },
		['Agustín Lara']
	),
	w(
		"The Jizera (German: Iser) is a river in the north of the Czech Republic, a right tributary of the Elbe, 167 km long. It rises in Poland, on the northern slopes of the Jizera Mountains, and forms the border for its first 15 km before entering Bohemia at Jizerka. It then flows south through Vysoké nad Jizerou, Semily and Turnov, where it leaves the Bohemian Paradise, past Mnichovo Hradiště to Mladá Boleslav, and joins the Elbe near Brandýs nad Labem-Stará Boleslav, 20 km north-east of Prague. Its main tributaries are the Kamenice, which joins it at Železný Brod, and the Mohelka.",
		{ Jizera: [50.5, 15.0], Iser: [50.5, 15.0], 'Czech Republic': CZECH_REPUBLIC, Elbe: [50.19, 14.66], Poland: POLAND, 'Jizera Mountains': [50.85, 15.25], Bohemia: BOHEMIA, Jizerka: [50.82, 15.33], 'Vysoké nad Jizerou': [50.69, 15.4], Semily: [50.6, 15.34], Turnov: [50.59, 15.16], 'Bohemian Paradise': [50.55, 15.2], 'Mnichovo Hradiště': [50.53, 14.97], 'Mladá Boleslav': [50.41, 14.9], 'Brandýs nad Labem-Stará Boleslav': [50.19, 14.66], Prague: [50.08, 14.42], Kamenice: [50.65, 15.28], 'Železný Brod': [50.64, 15.25], Mohelka: [50.58, 15.05] },
		['German']
	)
];

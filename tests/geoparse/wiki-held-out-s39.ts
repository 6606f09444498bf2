// Held-out Wikipedia-style articles about small places, session 39 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after listing every subject and country of the older wiki-held-out-*.ts batches: none repeats one, and most are in
// countries no earlier batch has (Afghanistan, Bhutan, Burkina Faso, Burundi, Chad, the Congo, Eritrea, Eswatini,
// Gabon, the Gambia, Guyana, Kiribati, Kosovo, Lesotho, Liberia, Mauritania, Mauritius, Montenegro, Somalia, Sudan,
// Suriname, Syria, Timor-Leste, Togo, the United Arab Emirates, Vanuatu). Shapes the older batches lack: list
// articles (villages of an island, communities of a county), rivers with the towns along them, a district's
// administrative history (renamed, carved out, parts returned), mountain passes and border crossings, railway lines
// with their stations, islands and archipelagos, and places named like bigger ones abroad whose lead says so; plus
// full articles (lead, Geography with distances and bearings, History with former names and historical states) and
// stubs of one to three sentences whose parents are themselves small or ambiguous (US townships and unincorporated
// communities, Canadian and Australian localities, a French commune, Indian villages and tehsils, Chinese towns, a
// Russian selo).
// Split in two halves: A (to tune on from session 39) and B (never tuned on: scored before and after).
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s39 [--all]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME
// --country CC` where the gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a historical
// state at its main territory's centre; countries at the gazetteer's own point). A country or region is right within
// 800 km, others within 161 km; a toponym inside a longer gold name is wrong (the batch is marked so). notPlaces:
// people, companies, roads, buildings, peoples and languages named like places.
// First honest score (main afeeb5c, before any change tuned on it): half A 161/177 = 0.910 (101 graded names not
// mapped; 1 name of no place mapped: a language label read as its country); half B 180/187 = 0.963 (91 not mapped;
// 2 language labels mapped). Misses of half A: an atoll's villages named after foreign capitals read as the capitals
// and its other name read as the Australian territory; river villages given English names by missionaries read as
// the English and Greek cities; a former name read as Guyana's capital; parts of longer names read alone (a
// railway's, a district's, a Cameroonian region's compass name without its "region"); a river at the far stretch.
// Misses of half B: a county's list of communities read as the better-known namesakes elsewhere (Quebec, Mexico,
// the US, Scotland); parts of longer names (a mountain's, a colony's adjective).
import type { GenreText } from './genre-texts.ts';
import { US, FRANCE, INDIA, AFGHANISTAN, LITHUANIA, BHUTAN, NEW_ZEALAND, DR_CONGO, ANGOLA, SOUTH_AFRICA, SAUDI_ARABIA, CAMEROON, PAKISTAN, BURKINA_FASO, RUSSIA, CHINA, CANADA, AUSTRALIA, ERITREA, EGYPT, VENEZUELA, BRAZIL, MAURITANIA, SYRIA, GHANA, IVORY_COAST, ALBANIA, NORTH_MACEDONIA, KYRGYZSTAN, MYANMAR, wikipediaText as w } from './gold-points.ts';

// countries at the gazetteer's own points (a country or region is right within 800 km)
const KIRIBATI: [number, number] = [1.42, 173.0];
const UK: [number, number] = [54.76, -2.7];
const LESOTHO: [number, number] = [-29.5, 28.25];
const UAE: [number, number] = [24.0, 54.0];
const TIMOR_LESTE: [number, number] = [-8.83, 125.75];
const MAURITIUS: [number, number] = [-20.3, 57.58];
const BURUNDI: [number, number] = [-3.5, 30.0];
const GAMBIA: [number, number] = [13.47, -16.57];
const SUDAN: [number, number] = [15.0, 30.0];
const GUYANA: [number, number] = [5.0, -59.0];
const GABON: [number, number] = [-1.0, 11.75];
const MONTENEGRO: [number, number] = [42.5, 19.3];
const VANUATU: [number, number] = [-16.0, 167.0];
const SOMALIA: [number, number] = [6.0, 48.0];
const TOGO: [number, number] = [8.0, 1.17];
const ESWATINI: [number, number] = [-26.5, 31.5];
const LIBERIA: [number, number] = [6.5, -9.5];
const CHAD: [number, number] = [15.0, 19.0];
const KOSOVO: [number, number] = [42.58, 21.0];
const SURINAME: [number, number] = [4.0, -56.0];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S39_A: GenreText[] = [
	w(
		"Chaghcharan (also Chakhcharan, officially Firozkoh) is a town in central Afghanistan, the capital of Ghor Province, on the north bank of the Hari River at 2,230 m. It had about 15,000 inhabitants in 2015.\n\nGeography\nThe town lies in a broad, treeless valley closed to the south by the ridges of the Band-e Baba. Herat is 380 km to the west by a dirt road that follows the Hari downstream past the Minaret of Jam, 65 km away, and Bamyan 240 km to the east over the passes of the central highlands; Kabul is a day and a half by road. Shahrak lies 60 km to the west and Dawlat Yar 50 km to the east.\n\nHistory\nThe valley was the heartland of the Ghurid dynasty, whose summer capital stood somewhere along the river. From 2005 to 2013 a Provincial Reconstruction Team led by Lithuania was based at the airfield.\n\nEconomy\nMost families keep sheep and grow wheat on the valley floor; snow closes the roads for four months of the year.",
		{ Chaghcharan: [34.52, 65.25], Chakhcharan: [34.52, 65.25], Firozkoh: [34.52, 65.25], Afghanistan: AFGHANISTAN, 'Ghor Province': [34.0, 65.0], 'Hari River': [34.5, 65.2], 'Band-e Baba': [34.3, 65.5], Herat: [34.35, 62.2], Hari: [34.5, 65.0], 'Minaret of Jam': [34.4, 64.52], Bamyan: [34.82, 67.83], Kabul: [34.53, 69.17], Shahrak: [34.43, 64.5], 'Dawlat Yar': [34.55, 65.78], Lithuania: LITHUANIA },
		['Ghurid', 'Provincial Reconstruction Team']
	),
	w(
		"Trashigang (also Tashigang) is a town in eastern Bhutan, the seat of Trashigang District, on a ridge above the Drangme Chhu at 1,100 m. It had 3,000 inhabitants in 2017 and is the largest town in the east of the country.\n\nGeography\nMongar is 90 km to the west by the Lateral Road, which crosses the Kori La at 2,400 m. Samdrup Jongkhar, on the border with the Indian state of Assam, is 180 km to the south by a road through Kanglung, 22 km away, and Wamrong. Trashi Yangtse is 55 km to the north-east. The herding villages of Merak and Sakteng lie two days' walk to the east, close to the border with Arunachal Pradesh.\n\nHistory\nThe dzong above the town was built in 1659 to guard the east against raids from Tibet. Trashi Yangtse District was split from the district in 1992.\n\nEducation\nSherubtse College at Kanglung, founded in 1966, was the first college in the country.",
		{ Trashigang: [27.33, 91.55], Tashigang: [27.33, 91.55], Bhutan: BHUTAN, 'Trashigang District': [27.25, 91.75], 'Drangme Chhu': [27.33, 91.55], Mongar: [27.27, 91.24], 'Kori La': [27.27, 91.35], 'Samdrup Jongkhar': [26.8, 91.5], Assam: [26.2, 92.9], Kanglung: [27.28, 91.52], Wamrong: [27.13, 91.57], 'Trashi Yangtse': [27.6, 91.5], 'Trashi Yangtse District': [27.7, 91.5], Merak: [27.3, 91.95], Sakteng: [27.37, 92.03], 'Arunachal Pradesh': [28.0, 94.5], Tibet: [31.0, 88.0] },
		['Lateral Road', 'Sherubtse College']
	),
	w(
		"Kiritimati, also called Christmas Island, is a coral atoll in the northern Line Islands of Kiribati, the largest atoll in the world by land area. It had 7,400 inhabitants in 2020.\n\nGeography\nThe atoll lies 2,000 km south of Honolulu and 3,300 km east of Tarawa, the capital. Its villages are on the north-west side near the lagoon's mouth: London, the port and main village; Tabwakea; Banana, near Cassidy International Airport; and Poland, on the south side of the lagoon. Paris, on the point opposite London, was abandoned. Tabuaeran (Fanning Island) and Teraina (Washington Island) are the other inhabited islands of the chain.\n\nHistory\nJames Cook landed on Christmas Eve 1777. The atoll was annexed by the United Kingdom in 1888 and joined the Gilbert and Ellice Islands colony in 1919. British and American nuclear tests were held off its south-east point in 1957–1962.",
		{ Kiritimati: [1.87, -157.4], 'Christmas Island': [1.87, -157.4], 'Line Islands': [1.0, -157.0], Kiribati: KIRIBATI, Honolulu: [21.31, -157.86], Tarawa: [1.42, 173.0], London: [1.98, -157.47], Tabwakea: [2.0, -157.43], Banana: [1.98, -157.35], Poland: [1.87, -157.55], Paris: [1.93, -157.5], Tabuaeran: [3.86, -159.36], 'Fanning Island': [3.86, -159.36], Teraina: [4.7, -160.4], 'Washington Island': [4.7, -160.4], 'United Kingdom': UK, 'Gilbert and Ellice Islands': [-3.0, 178.0] },
		['James Cook', 'Cassidy International Airport', 'Christmas Eve']
	),
	w(
		"The Whanganui River is a river of the North Island of New Zealand, 290 km long. It rises on the northern slopes of Mount Tongariro and flows north-west to Taumarunui, then turns south-west through the hill country of Whanganui National Park and reaches the Tasman Sea at Whanganui.\n\nCourse\nBelow Taumarunui the river passes Whakahoro, where the Retaruke joins it, and the mouth of the Mangapurua stream. Pipiriki is the head of the river road. Downstream of it the Māori villages Hiruharama (Jerusalem), Rānana (London), Matahiwi, Koriniti (Corinth) and Ātene (Athens) were given their names by missionaries in the 1840s.\n\nHistory\nRiver steamers ran from Whanganui to Taumarunui until the 1920s. The poet James K. Baxter founded a commune at Jerusalem in 1969. In 2017 Parliament declared the river a legal person.",
		{ 'Whanganui River': [-39.5, 175.05], 'North Island': [-38.5, 175.5], 'New Zealand': NEW_ZEALAND, 'Mount Tongariro': [-39.13, 175.64], Taumarunui: [-38.88, 175.26], 'Whanganui National Park': [-39.4, 175.0], 'Tasman Sea': [-40.0, 160.0], Whanganui: [-39.93, 175.05], Whakahoro: [-39.1, 175.07], Retaruke: [-39.1, 175.1], Mangapurua: [-39.2, 175.0], Pipiriki: [-39.48, 175.05], Hiruharama: [-39.55, 175.07], Jerusalem: [-39.55, 175.07], 'Rānana': [-39.6, 175.12], London: [-39.6, 175.12], Matahiwi: [-39.6, 175.15], Koriniti: [-39.67, 175.14], Corinth: [-39.67, 175.14], 'Ātene': [-39.72, 175.15], Athens: [-39.72, 175.15] },
		['James K. Baxter', 'Parliament', 'Māori']
	),
	w(
		"The Matadi–Kinshasa Railway is a 366 km railway in the Democratic Republic of the Congo that links the seaport of Matadi, on the Congo River below the rapids, with Kinshasa above them. It runs through the province of Kongo Central (Bas-Congo until 2015).\n\nHistory\nThe line was built between 1890 and 1898, when the country was the Congo Free State, to carry goods past the Livingstone Falls; thousands of workers died in the gorges above Matadi. It was rebuilt on a wider gauge in 1932.\n\nStations\nMatadi – Songololo, close to the border with Angola – Kimpese – Lukala, with its cement works – Mbanza-Ngungu (Thysville until 1966) – Inkisi – Kasangulu – Kinshasa (Léopoldville until 1966).\n\nOperation\nPassenger trains stopped in 2015 and ran again from 2019 twice a week; most freight now goes by the road that runs beside the line.",
		{ 'Matadi–Kinshasa Railway': [-5.0, 14.5], 'Democratic Republic of the Congo': DR_CONGO, Matadi: [-5.82, 13.45], 'Congo River': [-5.8, 13.5], Kinshasa: [-4.32, 15.31], 'Kongo Central': [-5.3, 14.3], 'Bas-Congo': [-5.3, 14.3], 'Congo Free State': DR_CONGO, 'Livingstone Falls': [-5.0, 14.5], Songololo: [-5.7, 14.05], Angola: ANGOLA, Kimpese: [-5.55, 14.43], Lukala: [-5.51, 14.53], 'Mbanza-Ngungu': [-5.25, 14.86], Thysville: [-5.25, 14.86], Inkisi: [-5.13, 15.07], Kasangulu: [-4.59, 15.17], 'Léopoldville': [-4.32, 15.31] }
	),
	w(
		"Nuh district, known as Mewat district until 2016, is one of the 22 districts of the Indian state of Haryana, with its headquarters at Nuh. It had 1.09 million inhabitants in 2011.\n\nHistory\nThe district was formed on 4 April 2005 from parts of Gurgaon and Faridabad districts. In 2008 Hathin tehsil was taken from it again and given to the new Palwal district, which was carved out of Faridabad. Gurgaon was itself renamed Gurugram in 2016. Before 1947 much of the area belonged to the princely states of Alwar and Bharatpur or to the Gurgaon district of the Punjab Province of British India; it passed to Haryana when that state was carved out of Punjab in 1966.\n\nGeography\nThe district is divided into the tehsils of Nuh, Taoru, Firozpur Jhirka and Punahana. It borders Gurugram to the north, Palwal to the east, Rewari to the west and the Alwar and Bharatpur districts of Rajasthan to the south. Nuh town is 45 km south of Gurugram on the road to Alwar, and Delhi 75 km to the north. The region of Mewat, named after the Meo people, extends into Rajasthan and Uttar Pradesh.",
		{ 'Nuh district': [28.1, 77.0], 'Mewat district': [28.1, 77.0], Haryana: [29.0, 76.0], Nuh: [28.1, 77.0], Gurgaon: [28.46, 77.03], Faridabad: [28.41, 77.32], Hathin: [28.04, 77.22], Palwal: [28.14, 77.33], Gurugram: [28.46, 77.03], Alwar: [27.55, 76.6], Bharatpur: [27.22, 77.49], 'Punjab Province': [31.0, 74.0], 'British India': INDIA, Punjab: [31.0, 75.5], Taoru: [28.21, 76.95], 'Firozpur Jhirka': [27.79, 76.95], Punahana: [27.86, 77.2], Rewari: [28.2, 76.62], Rajasthan: [26.5, 73.8], Delhi: [28.65, 77.23], Mewat: [28.0, 76.9], 'Uttar Pradesh': [27.0, 80.9] },
		['Meo']
	),
	w(
		"Sani Pass is a mountain pass on the border between KwaZulu-Natal in South Africa and the Mokhotlong District of Lesotho, at the top of the Drakensberg escarpment at 2,876 m.\n\nRoute\nThe road leaves the South African border post in the Mkomazana valley, 20 km above Himeville and Underberg, and climbs 1,300 m in 9 km of hairpins to the Lesotho post at Sani Top. Beyond, it crosses the Black Mountains to Mokhotlong, 50 km to the north-west. Thabana Ntlenyana, the highest peak in southern Africa, is 12 km to the north.\n\nHistory\nThe pass was a bridle path by which traders carried wool and mohair down from Basutoland. The first motor vehicle, a Land Rover, crossed in 1948. Both sides lie in the Maloti-Drakensberg Park, a World Heritage Site shared by the two countries.",
		{ 'Sani Pass': [-29.59, 29.3], 'KwaZulu-Natal': [-28.5, 30.9], 'South Africa': SOUTH_AFRICA, 'Mokhotlong District': [-29.3, 29.0], Lesotho: LESOTHO, Drakensberg: [-29.5, 29.4], Mkomazana: [-29.62, 29.38], Himeville: [-29.74, 29.52], Underberg: [-29.79, 29.5], 'Sani Top': [-29.58, 29.29], 'Black Mountains': [-29.5, 29.1], Mokhotlong: [-29.29, 29.06], 'Thabana Ntlenyana': [-29.47, 29.27], Basutoland: LESOTHO, 'Maloti-Drakensberg Park': [-29.5, 29.3] },
		['Land Rover']
	),
	w(
		"Liwa Oasis is a string of villages along a 100 km arc of dunes on the northern edge of the Rub' al Khali, in the Al Dhafra Region of the Emirate of Abu Dhabi, United Arab Emirates. It had about 20,000 inhabitants in 2015.\n\nGeography\nMezairaa is the main village; Hameem is at the eastern end of the arc and Arada in the middle. Madinat Zayed, the seat of the region, is 60 km to the north, and Abu Dhabi city 160 km to the north-east. The Shaybah oil field lies 70 km to the south across the border with Saudi Arabia. The Moreeb Dune, 300 m high, is 20 km south of Mezairaa.\n\nHistory\nThe oasis was the home of the Bani Yas, whose sheikhs moved to the island of Abu Dhabi in 1793. Its date gardens are watered from wells dug into the sand.",
		{ 'Liwa Oasis': [23.1, 53.8], "Rub' al Khali": [20.0, 50.0], 'Al Dhafra': [23.5, 53.0], 'Emirate of Abu Dhabi': [23.8, 54.0], 'United Arab Emirates': UAE, Mezairaa: [23.14, 53.79], Hameem: [22.97, 54.3], Arada: [23.0, 53.9], 'Madinat Zayed': [23.68, 53.7], 'Abu Dhabi': [24.45, 54.38], Shaybah: [22.52, 54.0], 'Saudi Arabia': SAUDI_ARABIA, 'Moreeb Dune': [22.98, 54.06] },
		['Bani Yas']
	),
	w(
		"Atauro (Portuguese: Ataúro) is an island of Timor-Leste, 25 km north of Dili across the Wetar Strait. It is 25 km long and had 10,000 inhabitants in 2015; in 2022 it was separated from Dili to become a municipality of its own.\n\nGeography\nThe island is a ridge of old volcanoes rising to 995 m. Its five villages are Vila, also called Maumeta, the main one on the east coast; Beloi, where the boats from Dili land; Biqueli in the north; and Macadade and Macili in the interior and west. The Indonesian islands of Alor and Wetar lie to the west and east.\n\nHistory\nUnder Portuguese Timor the island served as a place of exile; from 1975 to 1999 the Indonesian army held thousands of prisoners there.",
		{ Atauro: [-8.25, 125.6], 'Ataúro': [-8.25, 125.6], 'Timor-Leste': TIMOR_LESTE, Dili: [-8.56, 125.58], 'Wetar Strait': [-8.3, 125.9], Vila: [-8.22, 125.6], Maumeta: [-8.22, 125.6], Beloi: [-8.22, 125.62], Biqueli: [-8.14, 125.58], Macadade: [-8.25, 125.58], Macili: [-8.27, 125.55], Alor: [-8.25, 124.75], Wetar: [-7.8, 126.3], 'Portuguese Timor': TIMOR_LESTE },
		['Portuguese']
	),
	w(
		"List of villages of Rodrigues\n\nRodrigues is an autonomous island of Mauritius in the Indian Ocean, 560 km north-east of the main island. Its capital is Port Mathurin, on the north coast. This list gives its villages by the side of the island they lie on.\n\nNorth: Port Mathurin, Baie aux Huîtres, Anse aux Anglais, Baladirou.\nCentre: Mont Lubin, Grande Montagne, La Ferme, Citronelle.\nSouth and east: Port Sud-Est, Rivière Cocos, Mourouk, Graviers, Saint François, Pointe Coton.\nWest: Plaine Corail, where the airport is, and La Fouche Corail.\n\nSee also\nÎle aux Cocos, a nature reserve off the west coast.",
		{ Rodrigues: [-19.72, 63.42], Mauritius: MAURITIUS, 'Port Mathurin': [-19.68, 63.42], 'Baie aux Huîtres': [-19.69, 63.38], 'Anse aux Anglais': [-19.68, 63.44], Baladirou: [-19.68, 63.46], 'Mont Lubin': [-19.72, 63.45], 'Grande Montagne': [-19.7, 63.47], 'La Ferme': [-19.73, 63.37], Citronelle: [-19.7, 63.41], 'Port Sud-Est': [-19.76, 63.48], 'Rivière Cocos': [-19.77, 63.4], Mourouk: [-19.75, 63.47], Graviers: [-19.75, 63.5], 'Saint François': [-19.69, 63.5], 'Pointe Coton': [-19.69, 63.51], 'Plaine Corail': [-19.76, 63.36], 'La Fouche Corail': [-19.77, 63.34], 'Île aux Cocos': [-19.7, 63.29] }
	),
	w(
		"Kumbo is a town in the North-West region of Cameroon, the seat of the Bui department, on the Ring Road 100 km north-east of Bamenda. Villages around it include Tobin, Kikaikelaki and Shisong, where the Catholic hospital stands.",
		{ Kumbo: [6.2, 10.68], 'North-West region': [6.2, 10.4], Cameroon: CAMEROON, Bui: [6.2, 10.7], Bamenda: [5.96, 10.15], Tobin: [6.21, 10.67], Kikaikelaki: [6.22, 10.7], Shisong: [6.17, 10.68] },
		['Ring Road']
	),
	w(
		"Dadyal is a town in Mirpur District of Azad Kashmir, Pakistan, the headquarters of Dadyal tehsil, on the eastern shore of the Mangla Reservoir 27 km north of Mirpur.",
		{ Dadyal: [33.4, 73.84], 'Mirpur District': [33.2, 73.8], 'Azad Kashmir': [34.0, 73.8], Pakistan: PAKISTAN, 'Mangla Reservoir': [33.2, 73.65], Mirpur: [33.15, 73.75] }
	),
	w(
		"Banfora is a city in the Cascades Region of south-western Burkina Faso, the capital of Comoé Province, 85 km south-west of Bobo-Dioulasso. The Karfiguéla Falls and the Domes of Fabedougou are nearby, and Lake Tengrela lies 7 km to the west.",
		{ Banfora: [10.63, -4.76], 'Cascades Region': [10.3, -4.5], 'Burkina Faso': BURKINA_FASO, 'Comoé Province': [10.4, -4.5], 'Bobo-Dioulasso': [11.18, -4.3], 'Karfiguéla Falls': [10.7, -4.83], 'Domes of Fabedougou': [10.7, -4.78], 'Lake Tengrela': [10.65, -4.83] }
	),
	w(
		"Rumonge is a town in Rumonge Province, Burundi, on the north-eastern shore of Lake Tanganyika, 75 km south of Bujumbura. It belonged to Bururi Province until 2015.",
		{ Rumonge: [-3.97, 29.44], 'Rumonge Province': [-3.95, 29.5], Burundi: BURUNDI, 'Lake Tanganyika': [-6.0, 29.5], Bujumbura: [-3.38, 29.36], 'Bururi Province': [-3.95, 29.62] }
	),
	w(
		"Janjanbureh, known as Georgetown until 1995, is a town on MacCarthy Island in the Gambia River, the seat of the Central River Division of the Gambia. The British founded it in 1823 as a settlement for freed slaves.",
		{ Janjanbureh: [13.54, -14.77], Georgetown: [13.54, -14.77], 'MacCarthy Island': [13.54, -14.77], 'Gambia River': [13.55, -14.77], 'Central River Division': [13.6, -14.9], Gambia: GAMBIA }
	),
	w(
		"Semonkong is a town in Maseru District, Lesotho, on the Maletsunyane River above the Maletsunyane Falls, 70 km south-east of Maseru.",
		{ Semonkong: [-29.85, 28.05], 'Maseru District': [-29.45, 27.7], Lesotho: LESOTHO, 'Maletsunyane River': [-29.85, 28.05], 'Maletsunyane Falls': [-29.87, 28.05], Maseru: [-29.31, 27.48] }
	),
	w(
		"Madrid is an unincorporated community and census-designated place in Santa Fe County, New Mexico, United States, 40 km south of Santa Fe. A coal town named after the Spanish capital, it emptied in the 1950s and was resettled by artists.",
		{ Madrid: [35.41, -106.15], 'Santa Fe County': [35.5, -106.0], 'New Mexico': [34.5, -106.0], 'United States': US, 'Santa Fe': [35.69, -105.94] }
	),
	w(
		"Konstantinovo is a selo in Rybnovsky District of Ryazan Oblast, Russia, on the high right bank of the Oka, 43 km north-west of Ryazan. The poet Sergei Yesenin was born here in 1895.",
		{ Konstantinovo: [54.83, 39.6], 'Rybnovsky District': [54.75, 39.5], 'Ryazan Oblast': [54.4, 40.5], Russia: RUSSIA, Oka: [54.83, 39.6], Ryazan: [54.63, 39.74] },
		['Sergei Yesenin']
	),
	w(
		"Zhaoxing is a town in Liping County, Qiandongnan Prefecture, Guizhou, China. It is a village of the Dong people known for its five drum towers.",
		{ Zhaoxing: [25.91, 109.18], 'Liping County': [26.23, 109.14], Qiandongnan: [26.5, 108.0], Guizhou: [26.8, 106.8], China: CHINA },
		['Dong']
	),
	w(
		"Kalpa is a village in the Kalpa tehsil of Kinnaur district, Himachal Pradesh, India, at 2,960 m above the Sutlej, 7 km above Reckong Peo, the district headquarters.",
		{ Kalpa: [31.54, 78.26], Kinnaur: [31.6, 78.4], 'Himachal Pradesh': [31.9, 77.2], India: INDIA, Sutlej: [31.55, 78.2], 'Reckong Peo': [31.54, 78.27] }
	),
	w(
		"Estaing is a commune in the Aveyron department in southern France, on the Lot 10 km downstream of Espalion.",
		{ Estaing: [44.55, 2.67], Aveyron: [44.25, 2.6], France: FRANCE, Lot: [44.55, 2.67], Espalion: [44.52, 2.76] }
	),
	w(
		"Sointula is a village on Malcolm Island in British Columbia, Canada, founded in 1901 by Finnish settlers as a utopian commune. Ferries run to Port McNeill on Vancouver Island.",
		{ Sointula: [50.63, -127.02], 'Malcolm Island': [50.65, -126.98], 'British Columbia': [54.0, -125.0], Canada: CANADA, 'Port McNeill': [50.59, -127.08], 'Vancouver Island': [49.6, -125.5] }
	)
];

// Half B: held out (never tuned on).
export const WIKI_HELD_OUT_S39_B: GenreText[] = [
	w(
		"Keren is the third-largest city of Eritrea, the capital of the Anseba Region, at 1,390 m in a valley ringed by mountains, 90 km north-west of Asmara. It had 120,000 inhabitants in 2020.\n\nGeography\nThe Anseba River runs past the city to the east. Hagaz is 25 km to the west and Agordat 70 km to the west, on the road to Tessenei and the border with Sudan near Kassala.\n\nHistory\nThe town was held by the Khedivate of Egypt from 1872 and became part of Italian Eritrea in 1889. The battle fought for it in 1941 ended Italian rule, and the British Military Administration governed it until 1952.\n\nEconomy\nKeren's Monday camel market draws traders from the lowlands; the fruit gardens along the river supply Asmara.",
		{ Keren: [15.78, 38.45], Eritrea: ERITREA, 'Anseba Region': [16.0, 38.0], Asmara: [15.33, 38.93], 'Anseba River': [15.8, 38.5], Hagaz: [15.7, 38.27], Agordat: [15.55, 37.88], Tessenei: [15.11, 36.66], Sudan: SUDAN, Kassala: [15.45, 36.4], 'Khedivate of Egypt': EGYPT, 'Italian Eritrea': ERITREA },
		['British Military Administration']
	),
	w(
		"The Lot is a 485 km river in southern France, a right tributary of the Garonne. It gives its name to the departments of Lot and Lot-et-Garonne.\n\nCourse\nThe river rises near Le Bleymard in Lozère and flows west through Mende, the prefecture of the department, then enters Aveyron at Saint-Geniez-d'Olt. It passes Espalion and Entraygues-sur-Truyère, where the Truyère joins it, forms the border with Cantal for a few kilometres, and reaches Capdenac-Gare. Below Cajarc and Saint-Cirq-Lapopie it receives the Célé, which comes down from Figeac, at Bouziès. It winds around Cahors in a tight loop, then passes Puy-l'Évêque, Fumel, Villeneuve-sur-Lot and Sainte-Livrade-sur-Lot, and joins the Garonne at Aiguillon.\n\nNavigation\nLocks built in the 17th century made the river navigable from Aiguillon up to Cahors; wine from Cahors went down it to Bordeaux.",
		{ Lot: [44.5, 1.5], Garonne: [44.3, 0.34], France: FRANCE, 'Lot-et-Garonne': [44.35, 0.45], 'Le Bleymard': [44.48, 3.73], 'Lozère': [44.5, 3.5], Mende: [44.52, 3.5], Aveyron: [44.25, 2.6], "Saint-Geniez-d'Olt": [44.46, 2.97], Espalion: [44.52, 2.76], 'Entraygues-sur-Truyère': [44.65, 2.57], 'Truyère': [44.65, 2.57], Cantal: [45.05, 2.6], 'Capdenac-Gare': [44.57, 2.08], Cajarc: [44.48, 1.84], 'Saint-Cirq-Lapopie': [44.46, 1.67], 'Célé': [44.55, 1.8], Figeac: [44.61, 2.03], 'Bouziès': [44.48, 1.64], Cahors: [44.45, 1.44], "Puy-l'Évêque": [44.5, 1.14], Fumel: [44.5, 0.97], 'Villeneuve-sur-Lot': [44.41, 0.7], 'Sainte-Livrade-sur-Lot': [44.4, 0.59], Aiguillon: [44.3, 0.34], Bordeaux: [44.84, -0.58] }
	),
	w(
		"The Mazaruni River is a river of Guyana, 560 km long, a left tributary of the Essequibo. It lies almost wholly in the Cuyuni-Mazaruni region.\n\nCourse\nThe river rises in the Pakaraima Mountains below Mount Roraima, where Guyana, Venezuela and Brazil meet, and flows through the diamond and gold diggings of the upper basin past Imbaimadai and Kamarang, at the mouth of the Kamarang River. It then drops through a chain of falls and gorges and, 10 km above its mouth, takes in the Cuyuni. It joins the Essequibo at Bartica, the regional capital.\n\nGeography\nGeorgetown, the capital, is 65 km to the north-east of Bartica. Kaieteur Falls, on the Potaro, lies 165 km to the south-west of the river's mouth.",
		{ 'Mazaruni River': [6.1, -59.5], Guyana: GUYANA, Essequibo: [6.4, -58.6], 'Cuyuni-Mazaruni': [6.0, -60.0], 'Pakaraima Mountains': [5.5, -60.5], 'Mount Roraima': [5.14, -60.76], Venezuela: VENEZUELA, Brazil: BRAZIL, Imbaimadai: [5.72, -60.28], Kamarang: [5.87, -60.6], 'Kamarang River': [5.87, -60.6], Cuyuni: [6.4, -58.7], Bartica: [6.4, -58.62], Georgetown: [6.8, -58.16], 'Kaieteur Falls': [5.18, -59.48], Potaro: [5.3, -59.0] }
	),
	w(
		"The Trans-Gabon Railway is a 669 km railway in Gabon from Owendo, the port south of Libreville, to Franceville in the south-east of the country. It was built from 1974 to 1986 and is the country's only railway.\n\nRoute\nFrom Owendo the line runs east through Ntoum to Ndjolé, where it meets the Ogooué, and follows the river's valley upstream to Booué. It then passes the station of Lopé, at the edge of Lopé National Park, and Lastoursville, and climbs onto the plateau of Haut-Ogooué to Moanda, where manganese is mined, and Franceville.\n\nTraffic\nManganese ore from Moanda and timber from the forests of Ogooué-Ivindo make up most of the freight; a night train carries passengers between Libreville and Franceville three times a week.",
		{ 'Trans-Gabon Railway': [-0.5, 11.5], Gabon: GABON, Owendo: [0.29, 9.5], Libreville: [0.39, 9.45], Franceville: [-1.63, 13.58], Ntoum: [0.39, 9.76], 'Ndjolé': [-0.18, 10.76], 'Ogooué': [-0.2, 11.3], 'Booué': [-0.1, 11.94], 'Lopé': [-0.1, 11.6], 'Lopé National Park': [-0.5, 11.5], Lastoursville: [-0.82, 12.71], 'Haut-Ogooué': [-1.5, 13.5], Moanda: [-1.57, 13.2], 'Ogooué-Ivindo': [0.5, 12.8] }
	),
	w(
		"Chinguetti is a town in the Adrar Region of Mauritania, on the Adrar Plateau 70 km east of Atar. It had 5,000 inhabitants in 2013.\n\nHistory\nThe town was founded in the 13th century as a stop on the caravan routes across the desert, and its family libraries of manuscripts made it a centre of learning for the whole of the western Sahara. With Ouadane, 90 km to the north-east, Tichitt and Oualata it is one of the four old ksour listed as World Heritage Sites in 1996.\n\nGeography\nThe old town of stone houses stands on the north bank of a dry river bed, facing the newer town across it; the dunes are slowly burying both. Nouakchott, the capital, is 470 km to the south-west.",
		{ Chinguetti: [20.46, -12.37], 'Adrar Region': [20.5, -10.0], Mauritania: MAURITANIA, 'Adrar Plateau': [20.5, -12.5], Atar: [20.52, -13.05], Ouadane: [20.93, -11.62], Tichitt: [18.45, -9.52], Oualata: [17.3, -7.03], Nouakchott: [18.09, -15.98] }
	),
	w(
		"Žabljak is a town in northern Montenegro, the seat of the Municipality of Žabljak, at 1,456 m on the Durmitor plateau, the highest town in the Balkans. Until the 1870s it was called Varezina Voda. It had 1,700 inhabitants in 2011.\n\nGeography\nThe Black Lake (Crno jezero) is 3 km to the south-west, below Bobotov Kuk (2,523 m), the highest peak of the massif. The canyon of the Tara lies 15 km to the north-east. Pljevlja is 55 km to the north-east, Šavnik 30 km to the south and Nikšić 70 km to the south-west; Podgorica is 150 km away by road.\n\nHistory\nThe area was taken from the Ottoman Empire by the Principality of Montenegro in 1878. It became a centre of tourism after the Durmitor National Park was founded in 1952.",
		{ 'Žabljak': [43.15, 19.12], Montenegro: MONTENEGRO, Durmitor: [43.13, 19.03], Balkans: [42.5, 21.0], 'Varezina Voda': [43.15, 19.12], 'Black Lake': [43.15, 19.09], 'Crno jezero': [43.15, 19.09], 'Bobotov Kuk': [43.13, 19.03], Tara: [43.22, 19.25], Pljevlja: [43.36, 19.36], 'Šavnik': [42.96, 19.1], 'Nikšić': [42.77, 18.95], Podgorica: [42.44, 19.26], 'Ottoman Empire': [41.0, 29.0], 'Principality of Montenegro': MONTENEGRO, 'Durmitor National Park': [43.15, 19.0] }
	),
	w(
		"Maaloula is a town in the Rif Dimashq Governorate of Syria, 56 km north-east of Damascus, built into the cliffs of the Qalamoun Mountains at 1,500 m. With the nearby villages of Jubb'adin and Bakhah, it is one of the last places where Western Neo-Aramaic is spoken.\n\nGeography\nYabroud is 25 km to the north and Saidnaya 30 km to the south-west, on the road to Damascus.\n\nHistory\nThe convents of Mar Taqla and Mar Sarkis drew pilgrims for centuries. In 2013 the town was fought over during the civil war and its people fled; many returned after 2014.",
		{ Maaloula: [33.84, 36.55], 'Rif Dimashq Governorate': [33.5, 36.5], Syria: SYRIA, Damascus: [33.51, 36.29], 'Qalamoun Mountains': [33.9, 36.6], "Jubb'adin": [33.81, 36.52], Bakhah: [33.88, 36.56], Yabroud: [33.97, 36.66], Saidnaya: [33.7, 36.38] },
		['Western Neo-Aramaic', 'Mar Taqla', 'Mar Sarkis']
	),
	w(
		"The Shepherd Islands are a chain of small volcanic islands in Shefa Province, Vanuatu, between Epi to the north and Efate to the south. They had 5,000 inhabitants in 2016.\n\nIslands\nThe inhabited islands are Tongoa, the largest, Tongariki, Buninga, Emae, Makura and Mataso; Ewose and Laika are uninhabited. Kuwae, a submarine caldera between Tongoa and Epi, erupted in the 1450s and, by the islanders' traditions, split a larger island in two.\n\nHistory\nJames Cook sighted the islands in 1774 and named them after the Cambridge astronomer Anthony Shepherd. Boats and small planes link them to Port Vila, 100 km to the south.",
		{ 'Shepherd Islands': [-16.95, 168.6], 'Shefa Province': [-17.5, 168.5], Vanuatu: VANUATU, Epi: [-16.7, 168.25], Efate: [-17.67, 168.4], Tongoa: [-16.9, 168.55], Tongariki: [-16.98, 168.65], Buninga: [-17.0, 168.5], Emae: [-17.07, 168.37], Makura: [-17.13, 168.44], Mataso: [-17.25, 168.43], Ewose: [-16.97, 168.6], Laika: [-16.93, 168.6], Kuwae: [-16.83, 168.54], Cambridge: [52.2, 0.12], 'Port Vila': [-17.74, 168.32] },
		['James Cook', 'Anthony Shepherd']
	),
	w(
		"Hobyo (Italian: Obbia) is an old port town in the Mudug region of central Somalia, on the Indian Ocean coast. It had 12,000 inhabitants in 2014.\n\nGeography\nGalkayo, the regional capital, is 200 km to the north-west; Harardhere lies 110 km down the coast to the south-west and Eyl 300 km up it to the north-east. Mogadishu is 500 km to the south-west.\n\nHistory\nHobyo was the capital of the Sultanate of Hobyo, founded in 1878 by Yusuf Ali Kenadid, which became a protectorate of Italy in 1889 and was annexed to Italian Somaliland in 1925.",
		{ Hobyo: [5.35, 48.53], Obbia: [5.35, 48.53], Mudug: [6.5, 47.8], Somalia: SOMALIA, Galkayo: [6.77, 47.43], Harardhere: [4.54, 47.86], Eyl: [7.98, 49.82], Mogadishu: [2.04, 45.34], 'Sultanate of Hobyo': [5.35, 48.53], Italy: [42.83, 12.83], 'Italian Somaliland': [5.0, 46.0] },
		['Yusuf Ali Kenadid', 'Italian']
	),
	w(
		"Kpalimé is a city in the Plateaux Region of south-western Togo, the seat of Kloto Prefecture, 120 km north-west of Lomé near the border with Ghana. It had 75,000 inhabitants in 2010.\n\nGeography\nThe city lies at the foot of Mount Agou (986 m), the highest in Togo, and of the forested Kloto hills. Ho, across the border in Ghana, is 37 km to the south-west, and Atakpamé 100 km to the north-east.\n\nHistory\nThe town grew as the market for the cocoa and coffee planted under German Togoland; a railway from Lomé reached it in 1907.",
		{ 'Kpalimé': [6.9, 0.63], 'Plateaux Region': [7.5, 1.0], Togo: TOGO, 'Kloto Prefecture': [6.95, 0.6], 'Lomé': [6.13, 1.22], Ghana: GHANA, 'Mount Agou': [6.85, 0.75], Kloto: [6.95, 0.6], Ho: [6.6, 0.47], 'Atakpamé': [7.53, 1.13], 'German Togoland': [8.0, 1.0] }
	),
	w(
		"Dublin is a city in and the county seat of Laurens County, Georgia, United States, on the Oconee River. It was named in 1812 after the Irish capital. The population was 16,000 at the 2020 census.\n\nGeography\nEast Dublin lies across the river. Macon is 85 km to the north-west and Savannah 220 km to the east by Interstate 16.",
		{ Dublin: [32.54, -82.9], 'Laurens County': [32.46, -82.92], Georgia: [32.7, -83.4], 'United States': US, 'Oconee River': [32.54, -82.89], 'East Dublin': [32.55, -82.87], Macon: [32.84, -83.63], Savannah: [32.08, -81.09] },
		['Interstate 16']
	),
	w(
		"List of communities in Guysborough County, Nova Scotia\n\nGuysborough County is a county on the eastern mainland of Nova Scotia, Canada, on Chedabucto Bay. It has one town, Mulgrave, on the Strait of Canso, and two municipal districts, Guysborough and St. Mary's.\n\nCommunities\nBoylston – Canso – Country Harbour – Goldboro – Guysborough – Half Island Cove – Hazel Hill – Isaac's Harbour – Liscomb – Melrose – Port Bickerton – Queensport – Sherbrooke – Sonora – Stillwater – Whitehead",
		{ 'Guysborough County': [45.3, -61.6], 'Nova Scotia': [45.0, -63.0], Canada: CANADA, 'Chedabucto Bay': [45.35, -61.2], Mulgrave: [45.6, -61.38], 'Strait of Canso': [45.6, -61.4], Guysborough: [45.39, -61.5], "St. Mary's": [45.15, -61.98], Boylston: [45.43, -61.5], Canso: [45.34, -60.99], 'Country Harbour': [45.22, -61.72], Goldboro: [45.2, -61.65], 'Half Island Cove': [45.36, -61.2], 'Hazel Hill': [45.32, -61.0], "Isaac's Harbour": [45.17, -61.66], Liscomb: [45.0, -62.1], Melrose: [45.27, -61.95], 'Port Bickerton': [45.09, -61.73], Queensport: [45.35, -61.27], Sherbrooke: [45.14, -61.98], Sonora: [45.07, -61.9], Stillwater: [45.17, -61.99], Whitehead: [45.25, -61.15] }
	),
	w(
		"Piggs Peak is a town in the Hhohho Region of north-western Eswatini, 40 km north of Mbabane, near the border with South Africa. It grew around a gold mine opened in 1884 by William Pigg.",
		{ 'Piggs Peak': [-25.96, 31.25], 'Hhohho Region': [-26.1, 31.2], Eswatini: ESWATINI, Mbabane: [-26.32, 31.13], 'South Africa': SOUTH_AFRICA },
		['William Pigg']
	),
	w(
		"Harper is a city in south-eastern Liberia, the capital of Maryland County, on Cape Palmas near the border with Côte d'Ivoire. It was founded in 1834 as the capital of the Republic of Maryland, a colony of free black settlers from Maryland in the United States.",
		{ Harper: [4.38, -7.72], 'Maryland County': [4.7, -7.7], Liberia: LIBERIA, 'Cape Palmas': [4.37, -7.72], "Côte d'Ivoire": IVORY_COAST, 'Republic of Maryland': [4.38, -7.72], Maryland: [39.0, -76.8], 'United States': US }
	),
	w(
		"Lambaréné is a town in Gabon, the capital of the Moyen-Ogooué province, on an island in the Ogooué River. Albert Schweitzer founded his hospital here in 1913.",
		{ 'Lambaréné': [-0.7, 10.22], 'Moyen-Ogooué province': [-0.5, 10.5], Gabon: GABON, 'Ogooué River': [-0.7, 10.22] },
		['Albert Schweitzer']
	),
	w(
		"Faya-Largeau (or Faya) is the largest town in northern Chad, the capital of the Borkou Region, in an oasis of date palms 780 km north-east of N'Djamena. Under French rule it was called Largeau.",
		{ 'Faya-Largeau': [17.92, 19.1], Faya: [17.92, 19.1], Chad: CHAD, 'Borkou Region': [18.0, 19.0], "N'Djamena": [12.11, 15.04], Largeau: [17.92, 19.1] }
	),
	w(
		"Dragash (Serbian: Dragaš) is a town and municipality in southern Kosovo, in the Prizren District, between the Šar Mountains and the borders of Albania and North Macedonia. The municipality takes in the areas of Gora and Opoja.",
		{ Dragash: [42.06, 20.65], 'Dragaš': [42.06, 20.65], Kosovo: KOSOVO, 'Prizren District': [42.2, 20.7], 'Šar Mountains': [42.0, 20.85], Albania: ALBANIA, 'North Macedonia': NORTH_MACEDONIA, Gora: [42.0, 20.6], Opoja: [42.08, 20.65] },
		['Serbian']
	),
	w(
		"Karima is a town in the Northern State of Sudan, on the right bank of the Nile at the foot of Jebel Barkal, across the river from Merowe. The Merowe Dam is 30 km upstream.",
		{ Karima: [18.55, 31.85], 'Northern State': [19.5, 30.5], Sudan: SUDAN, Nile: [18.55, 31.85], 'Jebel Barkal': [18.53, 31.83], Merowe: [18.48, 31.82], 'Merowe Dam': [18.67, 32.05] }
	),
	w(
		"Albina is a town in the Marowijne District of Suriname, on the left bank of the Marowijne River opposite Saint-Laurent-du-Maroni in French Guiana, to which a ferry crosses; it is the main border crossing between the two. Paramaribo is 140 km to the west and Moengo 50 km.",
		{ Albina: [5.5, -54.05], 'Marowijne District': [5.5, -54.3], Suriname: SURINAME, 'Marowijne River': [5.5, -54.03], 'Saint-Laurent-du-Maroni': [5.5, -54.03], 'French Guiana': [4.0, -53.0], Paramaribo: [5.85, -55.2], Moengo: [5.62, -54.4] }
	),
	w(
		"Torugart Pass is a mountain pass in the Tian Shan on the border between the Naryn Region of Kyrgyzstan and Xinjiang, China, at 3,752 m. The road from Naryn, 190 km to the north, crosses it to Kashgar, 160 km to the south-east; Lake Chatyr-Kul lies just north of the pass.",
		{ 'Torugart Pass': [40.57, 75.4], 'Tian Shan': [42.0, 80.0], 'Naryn Region': [41.3, 75.5], Kyrgyzstan: KYRGYZSTAN, Xinjiang: [41.5, 85.0], China: CHINA, Naryn: [41.43, 76.0], Kashgar: [39.47, 75.99], 'Chatyr-Kul': [40.6, 75.3], 'Lake Chatyr-Kul': [40.6, 75.3] }
	),
	w(
		"Upper Makefield Township is a township in Bucks County, Pennsylvania, United States, on the Delaware River across from New Jersey. Washington Crossing, where the Continental Army crossed the river on 25 December 1776, is in the township, opposite Titusville.",
		{ 'Upper Makefield Township': [40.29, -74.92], 'Bucks County': [40.33, -75.1], Pennsylvania: [40.9, -77.8], 'United States': US, 'Delaware River': [40.3, -74.87], 'New Jersey': [40.1, -74.7], 'Washington Crossing': [40.3, -74.87], Titusville: [40.3, -74.86] },
		['Continental Army']
	),
	w(
		"Heshun is a town in Tengchong, Baoshan, Yunnan, China, 4 km south-west of the city centre. Many of its families made their living in trade with Burma.",
		{ Heshun: [24.99, 98.46], Tengchong: [25.02, 98.49], Baoshan: [25.12, 99.17], Yunnan: [25.0, 101.5], China: CHINA, Burma: MYANMAR }
	),
	w(
		"Nathdwara is a town in Rajsamand district, Rajasthan, India, on the Banas River 48 km north-east of Udaipur. It grew around its 17th-century temple.",
		{ Nathdwara: [24.93, 73.82], Rajsamand: [25.07, 73.88], Rajasthan: [26.5, 73.8], India: INDIA, 'Banas River': [24.93, 73.82], Udaipur: [24.58, 73.68] }
	),
	w(
		"Bombala is a town in the Monaro region of New South Wales, Australia, on the Bombala River in the Snowy Monaro Regional Council area, 80 km south of Cooma.",
		{ Bombala: [-36.91, 149.24], Monaro: [-36.3, 149.1], 'New South Wales': [-32.0, 147.0], Australia: AUSTRALIA, 'Bombala River': [-36.91, 149.24], 'Snowy Monaro Regional Council': [-36.3, 149.0], Cooma: [-36.24, 149.13] }
	)
];

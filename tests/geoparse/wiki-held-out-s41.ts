// Held-out Wikipedia-style articles about small places, session 41 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after listing every subject of the older wiki-held-out-*.ts batches: none repeats one. The shape the older batches
// lack most is the small place that shares its name with a famous one and whose lead says which it is: US towns and
// cities named like capitals (Paris TX, Lima OH, Geneva IL, Warsaw IN, Versailles KY, Lebanon OR, Manchester VT and
// TN, Florence SC, Cairo NY, Moscow OH, Dublin TX), British and Commonwealth namesakes (Bangor in County Down, Perth
// in Scotland, Kingston in Ontario, Newcastle in KwaZulu-Natal and New South Wales, Newcastle-under-Lyme, Victoria in
// Seychelles, Somerset and Ireland Island in Bermuda), with neighbours named like bigger places abroad (Detroit,
// Batavia, Aurora, Peru, Dorset, Sunderland, Utrecht, Dundee, Ladysmith, Albany, Bridgend, Sierra Madre, Avion).
// Other shapes: the lead "X is a village in Y County, State"; Geography sections listing neighbouring communities
// with distances; twin-town lists; colonial-era names beside today's (Luluabourg, Léopoldville, Élisabethville,
// Stanleyville, Coquilhatville, Nova Goa, Bombay, Grahamstown, Port Elizabeth, King's Town); rivers and their
// tributaries (the Ystwyth, the Vefsna); a Saskatchewan rural municipality's community list and a Manitoba one's
// community; Norwegian municipalities (Årdal, Karmøy); Welsh communities; a French commune with its department; an
// Indian tehsil and taluka; a Philippine barangay and a municipality's barangay list; Japanese wards (Tsurumi-ku,
// Naka-ku, Sakyō-ku) whose names recur in other cities.
// Split in two halves: A (to tune on from session 41) and B (never tuned on: scored before and after).
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s41 [--all]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME
// --country CC` where the gazetteer has it (rounded to 0.01°; rivers and mountain ranges at the stretch the article
// means; a historical state at its main territory's centre; countries, oceans and seas at the gazetteer's own point,
// states and provinces at it or nearer their settled part). A country or region is right within 800 km, others
// within 161 km; a toponym inside a longer gold name is wrong (the batch is marked so). notPlaces: people, companies,
// roads, bridges, buildings, events, peoples and languages named like places; a country's adjective ("the French
// founded", "under Belgian rule") is left ungraded. Many gold names are not in the gazetteer: they count as "not
// mapped", not as wrong.
// First honest score (main a9060f2, before any change tuned on it): half A 210/222 = 0.946 (100 graded names not
// mapped); half B 191/203 = 0.941 (98 not mapped); no name of no place mapped. Misses of half A: parts of longer names
// read alone (a township's "American", a peninsula's "Ards", a ward's "Kanagawa", a district's "Meerut", a province's
// "Kasaï", a village's "Somerset", an island's "Ireland"), a country named as "the capital of Peru" read as a US town,
// a South African province read as a township of its neighbour province, a mountain range at its far point, Vermont
// towns read as the English county and city. Misses of half B: parts of longer names (a district's, a princely
// state's, a bay's, a beach's, a mountain's, a borough's), the subject's short name ("Newcastle" of
// Newcastle-under-Lyme) read as Newcastle upon Tyne, a Goan village and beach read as their Brazilian and US
// namesakes, the Province of Canada read as the country, a village the gazetteer lacks read as a namesake 181 km off,
// a Kyoto village read as a namesake near Tokyo.
import type { GenreText } from './genre-texts.ts';
import { US, ENGLAND, WALES, FRANCE, GERMANY, POLAND, INDIA, PHILIPPINES, BRAZIL, TEXAS, OHIO, INDIANA, ILLINOIS, KENTUCKY, VERMONT, NEW_HAMPSHIRE, NEW_YORK_STATE, SASKATCHEWAN, ONTARIO, CANADA, SCOTLAND, NORTHERN_IRELAND, SWITZERLAND, NORWAY, JAPAN, SOUTH_AFRICA, DR_CONGO, PERU, CHINA, RUSSIA, UNITED_KINGDOM, ITALY, PORTUGAL, NORTH_SEA, PACIFIC_OCEAN, wikipediaText as w } from './gold-points.ts';

// countries, US states, provinces and seas at the gazetteer's own points, Ontario nearer its settled
// south (a country or region is right within 800 km)
const OKLAHOMA: [number, number] = [35.5, -97.5];
const OREGON: [number, number] = [43.8, -120.55];
const TENNESSEE: [number, number] = [35.52, -86.58];
const SOUTH_CAROLINA: [number, number] = [33.84, -81.16];
const MANITOBA: [number, number] = [53.76, -98.81];
const WESTERN_AUSTRALIA: [number, number] = [-25.85, 121.65];
const BERMUDA: [number, number] = [32.33, -64.75];
const SEYCHELLES: [number, number] = [-4.58, 55.67];
const AUSTRALIA: [number, number] = [-25.0, 134.0];
const LAKE_ERIE: [number, number] = [42.2, -81.2];
const LAKE_ONTARIO: [number, number] = [43.7, -77.9];
const ARABIAN_SEA: [number, number] = [15.0, 65.0];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S41_A: GenreText[] = [
	w(
		"Paris is a city in and the county seat of Lamar County, Texas, United States, in the north-east of the state 160 km north-east of Dallas. It had 24,476 inhabitants at the 2020 census.\n\nGeography\nParis lies on the divide between the Red River, 25 km to the north, which forms the border with Oklahoma, and the headwaters of the Sulphur River to the south. Hugo, Oklahoma, is 40 km to the north across the river. Reno adjoins the city to the east, with Blossom and Detroit further east on U.S. Route 82, and Honey Grove and Bonham lie to the west; Clarksville, the seat of Red River County, is 45 km to the east. Pat Mayse Lake lies 20 km north of the city.\n\nHistory\nThe town was laid out in 1844 and named by one of its settlers after the French capital. A fire in 1916 burned most of the centre. In 1993 a 20 m copy of the Eiffel Tower, topped by a red cowboy hat, was put up beside the civic centre.\n\nIn popular culture\nWim Wenders's 1984 film Paris, Texas takes its title from the city, though none of it was shot there.",
		{ Paris: [33.66, -95.56], 'Lamar County': [33.67, -95.57], Texas: TEXAS, 'United States': US, Dallas: [32.78, -96.8], 'Red River': [33.9, -95.5], Oklahoma: OKLAHOMA, 'Sulphur River': [33.45, -95.5], Hugo: [34.01, -95.51], Reno: [33.66, -95.48], Blossom: [33.66, -95.39], Detroit: [33.66, -95.27], 'Honey Grove': [33.58, -95.91], Bonham: [33.58, -96.18], Clarksville: [33.61, -95.05], 'Red River County': [33.62, -95.05], 'Pat Mayse Lake': [33.85, -95.6] },
		['Eiffel Tower', 'U.S. Route 82', 'Wim Wenders']
	),
	w(
		"Lima is a city in and the county seat of Allen County, Ohio, United States, on the Ottawa River in the north-west of the state, 115 km south of Toledo and 115 km north of Dayton. It had 35,579 inhabitants in 2020.\n\nGeography\nThe city is bordered by Bath Township to the north, Perry Township to the east, Shawnee Township to the south and American Township to the west. Wapakoneta, the seat of Auglaize County, is 20 km to the south on Interstate 75, and Findlay 50 km to the north-east. Delphos lies 20 km to the west on the county line, Spencerville 20 km to the south-west and Bluffton 25 km to the north-east. The river flows north-west to join the Auglaize River near the village of Ottawa, in Putnam County, and so drains by the Maumee to Lake Erie.\n\nHistory\nThe town was laid out in 1831 on land ceded by the Shawnee and named, it is said, by drawing names from a hat, after the capital of Peru. Oil found in 1885 made it a centre of the north-west Ohio oil field, and the Lima Locomotive Works built steam engines there until 1951.",
		{ Lima: [40.74, -84.11], 'Allen County': [40.77, -84.11], Ohio: OHIO, 'United States': US, 'Ottawa River': [40.74, -84.1], Toledo: [41.66, -83.56], Dayton: [39.76, -84.19], 'Bath Township': [40.8, -84.07], 'Perry Township': [40.74, -84.03], 'Shawnee Township': [40.7, -84.15], 'American Township': [40.75, -84.2], Wapakoneta: [40.57, -84.19], 'Auglaize County': [40.56, -84.22], Findlay: [41.04, -83.65], Delphos: [40.84, -84.34], Spencerville: [40.71, -84.35], Bluffton: [40.9, -83.89], 'Auglaize River': [41.0, -84.2], Ottawa: [41.02, -84.05], 'Putnam County': [41.02, -84.13], Maumee: [41.28, -84.36], 'Lake Erie': LAKE_ERIE, Peru: PERU },
		['Shawnee', 'Interstate 75', 'Lima Locomotive Works']
	),
	w(
		"Bangor (Irish: Beannchar) is a city in County Down, Northern Ireland, on the southern shore of Belfast Lough, 20 km east of Belfast. It is the seat of Ards and North Down Borough Council and had 64,000 inhabitants in 2021; it was made a city in 2022.\n\nGeography\nHolywood lies 10 km to the west along the shore of the lough, Groomsport 3 km to the east and Donaghadee 9 km to the south-east, where the Ards Peninsula begins; Newtownards is 8 km to the south, at the head of Strangford Lough. Carrickfergus faces the city across the lough, and on a clear day the coast of Scotland, 40 km away across the North Channel, can be seen from Ballyholme. The Copeland Islands lie off the coast to the north-east.\n\nHistory\nSaint Comgall founded Bangor Abbey in 558; its monks Columbanus and Gall carried its learning to Luxeuil in Burgundy and to St. Gallen in what is now Switzerland. The town grew in Victorian times as a seaside resort for Belfast, reached by rail in 1865.",
		{ Bangor: [54.66, -5.67], Beannchar: [54.66, -5.67], 'County Down': [54.35, -5.9], 'Northern Ireland': NORTHERN_IRELAND, 'Belfast Lough': [54.7, -5.75], Belfast: [54.6, -5.93], Holywood: [54.64, -5.84], Groomsport: [54.68, -5.62], Donaghadee: [54.64, -5.53], 'Ards Peninsula': [54.5, -5.55], Newtownards: [54.59, -5.69], 'Strangford Lough': [54.48, -5.6], Carrickfergus: [54.72, -5.81], Scotland: SCOTLAND, 'North Channel': [55.0, -5.5], Ballyholme: [54.66, -5.65], 'Copeland Islands': [54.67, -5.53], Luxeuil: [47.82, 6.38], Burgundy: [47.0, 4.5], 'St. Gallen': [47.42, 9.37], Switzerland: SWITZERLAND },
		['Irish', 'Bangor Abbey', 'Ards and North Down Borough Council', 'Saint Comgall', 'Columbanus', 'Gall', 'Victorian']
	),
	w(
		"Årdal is a municipality in Vestland county, Norway, at the head of the Årdalsfjorden, the innermost arm of the Sognefjord. Its centre is the village of Årdalstangen at the head of the fjord; the larger village of Øvre Årdal lies 10 km further up the valley, at the foot of Jotunheimen. The municipality had 5,200 inhabitants in 2023.\n\nGeography\nÅrdal borders Luster to the north, Lom and Vang (in Innlandet) to the east, and Lærdal to the south and west. The lake Årdalsvatnet lies between the two villages, and Tyin, a large mountain lake dammed for hydroelectric power, lies on the eastern border. Vettisfossen, one of the highest free-falling waterfalls in Norway, is in the Utladalen valley north of Øvre Årdal. Lærdalsøyri is 25 km to the south-west by road through tunnels, and Bergen about 250 km to the south-west.\n\nHistory\nUntil 2020 Årdal belonged to Sogn og Fjordane county. The aluminium works at Øvre Årdal, begun by the Germans during the occupation and finished in 1948, made it an industrial town; it is now run by Hydro.",
		{ Årdal: [61.24, 7.7], Vestland: [60.9, 6.5], Norway: NORWAY, Årdalsfjorden: [61.22, 7.6], Sognefjord: [61.2, 7.1], Årdalstangen: [61.24, 7.7], 'Øvre Årdal': [61.31, 7.8], Jotunheimen: [61.6, 8.3], Luster: [61.44, 7.4], Lom: [61.84, 8.57], Vang: [61.13, 8.57], Innlandet: [61.5, 10.0], Lærdal: [61.1, 7.48], Årdalsvatnet: [61.27, 7.75], Tyin: [61.2, 8.2], Vettisfossen: [61.37, 7.92], Utladalen: [61.4, 7.9], Lærdalsøyri: [61.1, 7.48], Bergen: [60.39, 5.32], 'Sogn og Fjordane': [61.5, 6.5] },
		['Hydro']
	),
	w(
		"Geneva is a city in and the county seat of Kane County, Illinois, United States, on the Fox River 55 km west of Chicago. St. Charles adjoins it to the north and Batavia to the south; Aurora is 12 km further down the river.",
		{ Geneva: [41.89, -88.31], 'Kane County': [41.94, -88.43], Illinois: ILLINOIS, 'United States': US, 'Fox River': [41.89, -88.31], Chicago: [41.88, -87.63], 'St. Charles': [41.91, -88.31], Batavia: [41.85, -88.31], Aurora: [41.76, -88.32] }
	),
	w(
		"Newcastle is a town in the Amajuba District of KwaZulu-Natal, South Africa, in the north-west corner of the province at the foot of the Drakensberg. With the townships of Madadeni and Osizweni to the east it forms the third-largest urban area of the province.\n\nGeography\nThe Ncandu River flows through the town to join the Buffalo River to the east. Volksrust, across the border in Mpumalanga, is 50 km to the north beyond Laing's Nek, and Majuba Hill rises above the pass. Utrecht lies 50 km to the east, Dundee 70 km to the south-east and Ladysmith 100 km to the south. Durban is 300 km to the south-east by the N11 and N3, and Johannesburg 300 km to the north.\n\nHistory\nThe town was laid out in 1864 and named in honour of the Colonial Secretary of the day. It was a British base in the First Boer War, which ended after the battle of Majuba in 1881, and was held by Boer forces from October 1899 to May 1900. The Iscor steelworks, opened in the 1970s, made it an industrial centre.",
		{ Newcastle: [-27.76, 29.93], 'Amajuba District': [-27.7, 30.0], 'KwaZulu-Natal': [-28.53, 30.9], 'South Africa': SOUTH_AFRICA, Drakensberg: [-27.8, 29.6], Madadeni: [-27.75, 30.05], Osizweni: [-27.78, 30.12], 'Ncandu River': [-27.76, 29.93], 'Buffalo River': [-27.8, 30.1], Volksrust: [-27.37, 29.88], Mpumalanga: [-26.0, 30.0], "Laing's Nek": [-27.48, 29.87], 'Majuba Hill': [-27.45, 29.83], Majuba: [-27.45, 29.83], Utrecht: [-27.66, 30.32], Dundee: [-28.17, 30.23], Ladysmith: [-28.56, 29.78], Durban: [-29.86, 31.03], Johannesburg: [-26.2, 28.05] },
		['N11', 'N3', 'Iscor', 'First Boer War', 'Boer']
	),
	w(
		"Warsaw is a city in and the county seat of Kosciusko County, Indiana, United States, among glacial lakes 65 km west of Fort Wayne. Winona Lake adjoins it to the south-east, and the Tippecanoe River passes north of the city.",
		{ Warsaw: [41.24, -85.85], 'Kosciusko County': [41.24, -85.86], Indiana: INDIANA, 'United States': US, 'Fort Wayne': [41.08, -85.14], 'Winona Lake': [41.23, -85.82], 'Tippecanoe River': [41.3, -85.8] }
	),
	w(
		"Karmøy is an island municipality in Rogaland county, Norway, on the North Sea coast south of Haugesund. Its administrative centre is the town of Kopervik. The municipality covers the island of Karmøy, parted from the mainland by the narrow Karmsund strait, and a strip of the mainland along the strait.\n\nGeography\nThe island is about 30 km long. Its towns are Kopervik on the east side, Skudeneshavn at the southern tip and Åkrehamn on the west coast; Avaldsnes lies at the north end by the Karmsund Bridge, which links the island to the mainland and to Haugesund, 10 km to the north. Utsira lies 18 km out to sea to the west, and Stavanger 50 km to the south across the Boknafjorden.\n\nHistory\nAvaldsnes was a seat of the first kings of Norway; Harald Fairhair is said to have kept a royal estate there, and St. Olav's Church was built beside it around 1250. The municipality was formed in 1965 by merging the towns of Kopervik and Skudeneshavn with the rural municipalities around them. Fishing, shipping and an aluminium plant at Håvik employ most of its people.",
		{ Karmøy: [59.25, 5.25], Rogaland: [59.0, 6.0], Norway: NORWAY, 'North Sea': NORTH_SEA, Haugesund: [59.41, 5.27], Kopervik: [59.28, 5.31], Karmsund: [59.35, 5.3], Skudeneshavn: [59.15, 5.26], Åkrehamn: [59.26, 5.19], Avaldsnes: [59.35, 5.28], Utsira: [59.31, 4.88], Stavanger: [58.97, 5.73], Boknafjorden: [59.2, 5.6], Håvik: [59.31, 5.31] },
		['Harald Fairhair', "St. Olav's Church", 'Karmsund Bridge']
	),
	w(
		"The Rural Municipality of Edenwold No. 158 is a rural municipality in southern Saskatchewan, Canada, immediately east and north-east of Regina.\n\nCommunities\nTowns: Balgonie, Pilot Butte, White City.\nVillages: Edenwold.\nOrganized hamlets: Emerald Park.\n\nGeography\nThe Trans-Canada Highway crosses the south of the municipality, and Fort Qu'Appelle is 60 km to the north-east.",
		{ 'Rural Municipality of Edenwold No. 158': [50.55, -104.3], Edenwold: [50.62, -104.25], Saskatchewan: SASKATCHEWAN, Canada: CANADA, Regina: [50.45, -104.6], Balgonie: [50.49, -104.27], 'Pilot Butte': [50.47, -104.42], 'White City': [50.6, -104.37], 'Emerald Park': [50.57, -104.41], "Fort Qu'Appelle": [50.77, -103.79] },
		['Trans-Canada Highway']
	),
	w(
		"Llanfair Caereinion is a small town and community in Powys, Wales, on the River Banwy 13 km west of Welshpool. It lies in the historic county of Montgomeryshire and had 1,600 inhabitants in 2011.\n\nGeography\nLlanerfyl and Llangadfan lie up the Banwy valley to the west, Meifod 8 km to the north and Newtown 15 km to the south. The Banwy flows east to join the Vyrnwy, a tributary of the Severn.\n\nHistory\nThe town takes its name from its church of St Mary and from the medieval commote of Caereinion. The Welshpool and Llanfair Light Railway, a narrow-gauge line opened in 1903 to carry farm goods, now runs as a heritage railway between the two towns.",
		{ 'Llanfair Caereinion': [52.65, -3.33], Llanfair: [52.65, -3.33], Caereinion: [52.65, -3.35], Powys: [52.3, -3.4], Wales: WALES, 'River Banwy': [52.65, -3.33], Banwy: [52.66, -3.4], Welshpool: [52.66, -3.15], Montgomeryshire: [52.55, -3.4], Llanerfyl: [52.67, -3.43], Llangadfan: [52.69, -3.46], Meifod: [52.71, -3.25], Newtown: [52.51, -3.31], Vyrnwy: [52.74, -3.2], Severn: [52.7, -3.05] },
		['Welshpool and Llanfair Light Railway', 'St Mary']
	),
	w(
		"Tsurumi-ku is one of the 18 wards of Yokohama, the capital of Kanagawa Prefecture, Japan. It lies in the north-east of the city on Tokyo Bay, at the mouth of the Tsurumi River, and had 295,000 inhabitants in 2020.\n\nGeography\nThe ward borders Saiwai-ku, in the city of Kawasaki, to the north, and the Yokohama wards of Kōhoku-ku to the west and Kanagawa-ku to the south-west. Its coast on the bay is reclaimed land given over to steelworks, power stations and oil depots. Tokyo is 20 minutes away by train.\n\nHistory\nSōji-ji, one of the two head temples of the Sōtō school of Zen, moved here from the Noto Peninsula in Ishikawa Prefecture after a fire, and has stood in the ward since 1911. Many people from Okinawa, and later from Brazil, settled in the ward to work in its factories.",
		{ 'Tsurumi-ku': [35.51, 139.68], Yokohama: [35.44, 139.64], 'Kanagawa Prefecture': [35.4, 139.35], Japan: JAPAN, 'Tokyo Bay': [35.5, 139.85], 'Tsurumi River': [35.5, 139.69], 'Saiwai-ku': [35.55, 139.69], Kawasaki: [35.53, 139.7], 'Kōhoku-ku': [35.52, 139.63], 'Kanagawa-ku': [35.48, 139.63], Tokyo: [35.69, 139.69], 'Noto Peninsula': [37.2, 136.9], 'Ishikawa Prefecture': [36.6, 136.6], Okinawa: [26.5, 127.9], Brazil: BRAZIL },
		['Sōji-ji', 'Sōtō', 'Zen']
	),
	w(
		"Bagong Silang is a barangay of Caloocan, Metro Manila, Philippines, in the north of the city next to the border with San Jose del Monte in Bulacan. With over 260,000 inhabitants in 2020 it is the most populous barangay in the country.",
		{ 'Bagong Silang': [14.77, 121.04], Caloocan: [14.65, 120.98], 'Metro Manila': [14.6, 121.0], Philippines: PHILIPPINES, 'San Jose del Monte': [14.81, 121.05], Bulacan: [14.95, 120.9] }
	),
	w(
		"Sardhana is a town and tehsil in Meerut district, Uttar Pradesh, India, 20 km north-west of Meerut; Delhi is 80 km to the south-west by road. It was the capital of Begum Samru, whose Basilica of Our Lady of Graces, finished in 1822, still stands.",
		{ Sardhana: [29.15, 77.61], 'Meerut district': [28.99, 77.7], Meerut: [28.98, 77.71], 'Uttar Pradesh': [27.0, 80.5], India: INDIA, Delhi: [28.65, 77.23] },
		['Begum Samru', 'Basilica of Our Lady of Graces']
	),
	w(
		"Kananga, known until 1966 as Luluabourg, is the capital of Kasaï-Central province of the Democratic Republic of the Congo, on the Lulua River. It had about 1.5 million inhabitants by a 2016 estimate.\n\nGeography\nThe city lies on the plateau above the Lulua, 130 km west of Mbuji-Mayi and 180 km east of Tshikapa; Kinshasa is 800 km to the west. It is on the railway from Lubumbashi to Ilebo, on the Kasai River, where goods were shipped by river to the capital.\n\nHistory\nHermann von Wissmann and Paul Pogge founded a station at the site in 1884 for the Congo Free State. Under Belgian rule it became the capital of Kasai Province in 1950, when the seat moved from Lusambo. In the 1960s the colonial names were replaced: Léopoldville became Kinshasa, Élisabethville Lubumbashi, Stanleyville Kisangani, Coquilhatville Mbandaka and Luluabourg Kananga.",
		{ Kananga: [-5.9, 22.42], Luluabourg: [-5.9, 22.42], 'Kasaï-Central': [-6.0, 22.4], 'Democratic Republic of the Congo': DR_CONGO, 'Lulua River': [-5.9, 22.3], Lulua: [-5.9, 22.3], 'Mbuji-Mayi': [-6.14, 23.6], Tshikapa: [-6.42, 20.8], Kinshasa: [-4.32, 15.31], Lubumbashi: [-11.66, 27.48], Ilebo: [-4.33, 20.58], 'Kasai River': [-4.33, 20.58], 'Congo Free State': DR_CONGO, 'Kasai Province': [-5.0, 23.0], Lusambo: [-4.97, 23.44], Léopoldville: [-4.32, 15.31], Élisabethville: [-11.66, 27.48], Stanleyville: [0.52, 25.19], Kisangani: [0.52, 25.19], Coquilhatville: [0.05, 18.26], Mbandaka: [0.05, 18.26] },
		['Hermann von Wissmann', 'Paul Pogge']
	),
	w(
		"Perth is a city in central Scotland, on the River Tay, and the administrative centre of the Perth and Kinross council area. It had 47,000 inhabitants in 2011 and was granted city status in 2012.\n\nGeography\nThe city lies on the west bank of the Tay at its lowest bridging point above the Firth of Tay, with the suburb of Bridgend and Kinnoull Hill on the east bank. Scone, where the kings of Scots were crowned, is 3 km to the north. Dundee is 35 km to the east, Stirling 50 km to the south-west and Edinburgh 70 km to the south by the M90 and the Queensferry Crossing. Crieff is 28 km to the west and Dunkeld 22 km to the north.\n\nHistory\nPerth was often the seat of the Scottish court in the Middle Ages, and James I was murdered in its Blackfriars monastery in 1437.\n\nTwin towns\nPerth is twinned with Aschaffenburg in Bavaria, Germany; Bydgoszcz in Poland; Cognac in France; Haikou in China; and Pskov in Russia. It also has a friendship link with its namesake in Western Australia.",
		{ Perth: [56.4, -3.43], Scotland: SCOTLAND, 'River Tay': [56.4, -3.43], Tay: [56.4, -3.43], 'Perth and Kinross': [56.6, -3.9], 'Firth of Tay': [56.45, -3.1], Bridgend: [56.4, -3.42], 'Kinnoull Hill': [56.4, -3.39], Scone: [56.42, -3.4], Dundee: [56.46, -2.97], Stirling: [56.12, -3.94], Edinburgh: [55.95, -3.19], Crieff: [56.37, -3.84], Dunkeld: [56.56, -3.59], Aschaffenburg: [49.97, 9.15], Bavaria: [48.9, 11.4], Germany: GERMANY, Bydgoszcz: [53.12, 18.01], Poland: POLAND, Cognac: [45.7, -0.33], France: FRANCE, Haikou: [20.04, 110.34], China: CHINA, Pskov: [57.82, 28.33], Russia: RUSSIA, 'Western Australia': WESTERN_AUSTRALIA },
		['M90', 'Queensferry Crossing', 'James I', 'Blackfriars']
	),
	w(
		"Versailles is a city in and the county seat of Woodford County, Kentucky, United States, 20 km west of Lexington in the Bluegrass region. Midway is 10 km to the north and Frankfort, the state capital, 22 km to the north-west across the Kentucky River.",
		{ Versailles: [38.05, -84.73], 'Woodford County': [38.04, -84.74], Kentucky: KENTUCKY, 'United States': US, Lexington: [38.04, -84.5], Bluegrass: [38.1, -84.5], Midway: [38.15, -84.68], Frankfort: [38.2, -84.87], 'Kentucky River': [38.1, -84.85] }
	),
	w(
		"The Afon Ystwyth is a river in Ceredigion, Wales, about 40 km long, that rises on the slopes of Plynlimon and flows west to Cardigan Bay at Aberystwyth.\n\nCourse\nFrom its source above the old lead mines of Cwmystwyth the river flows west past the Hafod estate and Pont-rhyd-y-groes, then by Llanafan and Trawsgoed, through Llanilar and Llanfarian, and reaches the sea at Aberystwyth harbour, where it shares a mouth with the Rheidol. The town of Aberystwyth takes its name from the Ystwyth's mouth, though it stands at the Rheidol's.",
		{ 'Afon Ystwyth': [52.35, -3.95], Ystwyth: [52.35, -3.95], Ceredigion: [52.25, -4.0], Wales: WALES, Plynlimon: [52.47, -3.78], 'Cardigan Bay': [52.4, -4.3], Aberystwyth: [52.41, -4.08], Cwmystwyth: [52.36, -3.77], Hafod: [52.35, -3.83], 'Pont-rhyd-y-groes': [52.34, -3.85], Llanafan: [52.34, -3.91], Trawsgoed: [52.35, -3.94], Llanilar: [52.36, -4.01], Llanfarian: [52.38, -4.06], Rheidol: [52.4, -3.95] }
	),
	w(
		"Manchester is a town in Bennington County, Vermont, United States, in the valley of the Batten Kill between the Taconic Mountains and the Green Mountains. It is one of the county's two shire towns, with Bennington, 35 km to the south. The town had 4,484 inhabitants in 2020.\n\nGeography\nThe town includes Manchester Village, the seat of the county court, the larger settlement of Manchester Center a mile to the north, and Manchester Depot to the east. Equinox Mountain, 1,170 m, rises to the west. Dorset adjoins the town to the north, Sunderland to the south and Winhall to the east; Rutland is 50 km to the north by U.S. Route 7. Bromley Mountain, a ski area in Peru, is 10 km to the east.\n\nHistory\nThe town was chartered in 1761 by Benning Wentworth, governor of New Hampshire. Robert Todd Lincoln built Hildene, his summer home, there in 1905, and the Orvis company, founded in the town in 1856, still keeps its store there.",
		{ Manchester: [43.16, -73.07], 'Bennington County': [43.0, -73.1], Vermont: VERMONT, 'United States': US, 'Batten Kill': [43.16, -73.07], 'Taconic Mountains': [43.2, -73.2], 'Green Mountains': [43.2, -72.9], Bennington: [42.88, -73.2], 'Manchester Village': [43.16, -73.07], 'Manchester Center': [43.18, -73.05], 'Manchester Depot': [43.17, -73.02], 'Equinox Mountain': [43.16, -73.12], Dorset: [43.25, -73.1], Sunderland: [43.07, -73.1], Winhall: [43.17, -72.93], Rutland: [43.61, -72.97], 'Bromley Mountain': [43.22, -72.94], Peru: [43.23, -72.9], 'New Hampshire': NEW_HAMPSHIRE },
		['U.S. Route 7', 'Benning Wentworth', 'Robert Todd Lincoln', 'Hildene', 'Orvis']
	),
	w(
		"Lebanon is a city in Linn County, Oregon, United States, on the South Santiam River at the eastern edge of the Willamette Valley, 20 km south-east of Albany. Sweet Home is 25 km up the river to the east, and Corvallis 30 km to the west.",
		{ Lebanon: [44.54, -122.91], 'Linn County': [44.49, -122.53], Oregon: OREGON, 'United States': US, 'South Santiam River': [44.54, -122.9], 'Willamette Valley': [44.9, -123.0], Albany: [44.64, -123.1], 'Sweet Home': [44.4, -122.74], Corvallis: [44.56, -123.26] }
	),
	w(
		"Somerset Village is a village in Sandys Parish, Bermuda, at the north end of Somerset Island in the west of the archipelago. Watford Bridge links it to Watford Island and Boaz Island, and so to Ireland Island, where the Royal Naval Dockyard stood; Somerset Bridge, at the island's south end, crosses to the main island by Ely's Harbour. Hamilton, the capital, is 20 km away by road and half an hour by ferry across the Great Sound.",
		{ 'Somerset Village': [32.31, -64.86], 'Sandys Parish': [32.29, -64.86], Bermuda: BERMUDA, 'Somerset Island': [32.29, -64.87], 'Watford Island': [32.31, -64.86], 'Boaz Island': [32.31, -64.85], 'Ireland Island': [32.32, -64.84], "Ely's Harbour": [32.27, -64.87], Hamilton: [32.29, -64.78], 'Great Sound': [32.29, -64.83] },
		['Watford Bridge', 'Royal Naval Dockyard', 'Somerset Bridge']
	)
];

// Half B: held out (never tuned on).
export const WIKI_HELD_OUT_S41_B: GenreText[] = [
	w(
		"Florence is a city in and the county seat of Florence County, South Carolina, United States, in the Pee Dee region of the north-east of the state. It had 39,899 inhabitants in 2020.\n\nGeography\nThe city lies where Interstate 95 meets Interstate 20, 130 km east of Columbia and 110 km west of Myrtle Beach. Darlington is 15 km to the north-west, Timmonsville 15 km to the west and Quinby on its eastern edge; Marion lies 40 km to the east and Lake City 40 km to the south. The Great Pee Dee River flows 15 km east of the city.\n\nHistory\nFlorence grew at the crossing of three railways in the 1850s and was named after Florence Harllee, daughter of the president of the Wilmington and Manchester Railroad. During the Civil War the Florence Stockade held Union prisoners. The city was chartered in 1871.",
		{ Florence: [34.2, -79.76], 'Florence County': [34.03, -79.7], 'South Carolina': SOUTH_CAROLINA, 'United States': US, 'Pee Dee': [34.3, -79.7], Columbia: [34.0, -81.03], 'Myrtle Beach': [33.69, -78.89], Darlington: [34.3, -79.87], Timmonsville: [34.13, -79.94], Quinby: [34.23, -79.74], Marion: [34.18, -79.4], 'Lake City': [33.87, -79.76], 'Great Pee Dee River': [34.2, -79.55] },
		['Interstate 95', 'Interstate 20', 'Florence Harllee', 'Wilmington and Manchester Railroad', 'Civil War', 'Florence Stockade', 'Union']
	),
	w(
		"Kingston is a city in Ontario, Canada, at the eastern end of Lake Ontario, where the St. Lawrence River leaves it and the Rideau Canal reaches it by the Cataraqui River. It had 132,000 inhabitants in 2021.\n\nGeography\nWolfe Island, the largest of the Thousand Islands, lies across the harbour, reached by a free ferry; a second ferry runs on from the island to Cape Vincent, New York. Gananoque is 30 km to the east and Napanee 40 km to the west on Highway 401; Ottawa is 170 km to the north-east by the Rideau, Toronto 260 km to the west and Montreal 290 km to the east. Amherst Island lies in the lake to the west.\n\nHistory\nThe French built Fort Frontenac in 1673 beside an Indigenous settlement, Katarowki. Loyalists from New York settled the place after the American Revolution as King's Town. It was the first capital of the Province of Canada from 1841 to 1844, before the seat moved to Montreal. Sir John A. Macdonald, the first prime minister of Canada, grew up and practised law there.",
		{ Kingston: [44.23, -76.49], Ontario: ONTARIO, Canada: CANADA, 'Lake Ontario': LAKE_ONTARIO, 'St. Lawrence River': [44.3, -76.2], 'Rideau Canal': [44.6, -76.1], Rideau: [44.6, -76.1], 'Cataraqui River': [44.25, -76.47], 'Wolfe Island': [44.18, -76.43], 'Thousand Islands': [44.35, -76.0], 'Cape Vincent': [44.13, -76.33], 'New York': NEW_YORK_STATE, Gananoque: [44.33, -76.16], Napanee: [44.25, -76.95], Ottawa: [45.42, -75.7], Toronto: [43.65, -79.38], Montreal: [45.5, -73.57], 'Amherst Island': [44.13, -76.72], 'Fort Frontenac': [44.23, -76.48], Katarowki: [44.23, -76.48], "King's Town": [44.23, -76.49], 'Province of Canada': [46.5, -75.0] },
		['Highway 401', 'Loyalists', 'American Revolution', 'Sir John A. Macdonald', 'Indigenous']
	),
	w(
		"Cairo is a town in Greene County, New York, United States, at the foot of the Catskill Mountains 15 km west of Catskill. The town includes the hamlets of Cairo, Acra, Purling, Round Top and South Cairo.",
		{ Cairo: [42.3, -74.0], 'Greene County': [42.28, -74.12], 'New York': NEW_YORK_STATE, 'United States': US, 'Catskill Mountains': [42.15, -74.3], Catskill: [42.22, -73.86], Acra: [42.32, -74.05], Purling: [42.28, -74.02], 'Round Top': [42.27, -74.07], 'South Cairo': [42.28, -73.96] }
	),
	w(
		"Manchester is a city in and the county seat of Coffee County, Tennessee, United States, on the Duck River 100 km south-east of Nashville. Tullahoma is 20 km to the south-west. The Bonnaroo music festival is held each June on a farm outside the city, and the Old Stone Fort, a 2,000-year-old Native American enclosure, stands between the Duck River and the Little Duck River.",
		{ Manchester: [35.48, -86.09], 'Coffee County': [35.49, -86.07], Tennessee: TENNESSEE, 'United States': US, 'Duck River': [35.48, -86.09], Nashville: [36.17, -86.78], Tullahoma: [35.36, -86.21], 'Old Stone Fort': [35.48, -86.1], 'Little Duck River': [35.49, -86.09] },
		['Bonnaroo', 'Native American']
	),
	w(
		"Newcastle-under-Lyme is a market town in Staffordshire, England, 3 km west of Stoke-on-Trent, and the administrative centre of the Borough of Newcastle-under-Lyme. Locally it is called simply Newcastle. It had 75,000 inhabitants in 2011.\n\nGeography\nThe town stands on the Lyme Brook, a tributary of the River Trent, on the western edge of the Potteries. Keele, with its university, and Silverdale lie 3 km to the west and Chesterton to the north; Kidsgrove and Audley are 10 km to the north, near the border with Cheshire. Crewe is 20 km to the north-west, Stafford 25 km to the south and Manchester 55 km to the north.\n\nHistory\nThe new castle that gave the town its name was built in the 12th century. The name sets it apart from Newcastle upon Tyne; the Lyme was the forest that once covered the border of Staffordshire and Cheshire.",
		{ 'Newcastle-under-Lyme': [53.01, -2.23], Newcastle: [53.01, -2.23], Staffordshire: [52.8, -2.0], England: ENGLAND, 'Stoke-on-Trent': [53.0, -2.18], 'Borough of Newcastle-under-Lyme': [53.02, -2.27], 'Lyme Brook': [53.0, -2.22], 'River Trent': [53.0, -2.18], Potteries: [53.02, -2.18], Keele: [53.0, -2.28], Silverdale: [53.02, -2.27], Chesterton: [53.04, -2.25], Kidsgrove: [53.09, -2.24], Audley: [53.05, -2.3], Cheshire: [53.2, -2.6], Crewe: [53.1, -2.44], Stafford: [52.81, -2.12], Manchester: [53.48, -2.24], 'Newcastle upon Tyne': [54.97, -1.61], Lyme: [53.0, -2.3] }
	),
	w(
		"Victoria is the capital of Seychelles, on the north-east coast of Mahé, the largest island of the archipelago. With about 26,000 inhabitants it is one of the smallest capitals in the world.\n\nGeography\nThe town lies between the harbour and the slopes of Morne Seychellois, at 905 m the country's highest peak. The Sainte Anne Marine National Park, with the islands of Sainte Anne, Cerf and Moyenne, lies off the harbour to the east. Beau Vallon, the main beach, is 3 km away over the hills on the north-west coast, and the international airport 8 km to the south at Pointe Larue. Praslin is 45 km to the north-east, and La Digue beyond it.\n\nHistory\nThe French founded the settlement as L'Établissement du Roi in 1778. Britain took the islands in 1810 and renamed the town after Queen Victoria in 1841. The clock tower in the centre was copied from one in Vauxhall Bridge Road in London.",
		{ Victoria: [-4.62, 55.45], Seychelles: SEYCHELLES, Mahé: [-4.68, 55.48], 'Morne Seychellois': [-4.65, 55.43], 'Sainte Anne Marine National Park': [-4.6, 55.5], 'Sainte Anne': [-4.6, 55.5], Cerf: [-4.63, 55.49], Moyenne: [-4.61, 55.51], 'Beau Vallon': [-4.61, 55.43], 'Pointe Larue': [-4.67, 55.52], Praslin: [-4.32, 55.73], 'La Digue': [-4.36, 55.84], "L'Établissement du Roi": [-4.62, 55.45], Britain: UNITED_KINGDOM, London: [51.51, -0.13] },
		['Queen Victoria', 'Vauxhall Bridge Road']
	),
	w(
		"Dharampur is a town and taluka in Valsad district, Gujarat, India, 30 km east of Valsad at the foot of the Sahyadri hills, near the border with Maharashtra. It was the seat of a princely state, Dharampur State, until 1948.",
		{ Dharampur: [20.54, 73.18], 'Valsad district': [20.6, 73.1], Gujarat: [22.7, 71.6], India: INDIA, Valsad: [20.61, 72.93], Sahyadri: [20.5, 73.4], Maharashtra: [19.5, 75.5], 'Dharampur State': [20.54, 73.18] }
	),
	w(
		"Naka-ku is one of the eight wards of Hiroshima, Japan, and the centre of the city. It lies on the delta of the Ōta River, whose branches part it into islands, and holds the city hall, the prefectural offices, Hiroshima Castle, the Hondōri shopping street and the Peace Memorial Park. It borders Higashi-ku and Minami-ku to the east and Nishi-ku to the west, and reaches Hiroshima Bay to the south; Miyajima is 20 km to the south-west. Wards of the same name are in Yokohama, Nagoya, Sakai and Okayama.",
		{ 'Naka-ku': [34.39, 132.45], Hiroshima: [34.39, 132.46], Japan: JAPAN, 'Ōta River': [34.4, 132.45], 'Peace Memorial Park': [34.39, 132.45], 'Higashi-ku': [34.41, 132.48], 'Minami-ku': [34.38, 132.47], 'Nishi-ku': [34.39, 132.43], 'Hiroshima Bay': [34.3, 132.4], Miyajima: [34.3, 132.32], Yokohama: [35.44, 139.64], Nagoya: [35.18, 136.91], Sakai: [34.57, 135.48], Okayama: [34.66, 133.92] },
		['Hiroshima Castle', 'Hondōri']
	),
	w(
		"Baler is a municipality and the capital of the province of Aurora, Philippines, on Baler Bay on the east coast of Luzon. It had 43,785 inhabitants in 2020.\n\nBarangays\nBaler is divided into 13 barangays: Barangay I, II, III, IV and V, which make up the poblacion, and Buhangin, Calabuanan, Obligacion, Pingit, Reserva, Sabang, Suclayin and Zabali.\n\nGeography\nSan Luis adjoins the town to the south-west and Dipaculao to the north; Maria Aurora is 15 km inland to the west. Cabanatuan is 110 km away over the Sierra Madre, and Manila 230 km by road. Sabang Beach, north of the town centre, is known for its surf.\n\nHistory\nIn the Siege of Baler of 1898–1899 a Spanish garrison held out in the town church for 337 days. Manuel L. Quezon was born in Baler in 1878, and the province is named after his wife, Aurora Quezon.",
		{ Baler: [15.76, 121.56], Aurora: [15.98, 121.63], Philippines: PHILIPPINES, 'Baler Bay': [15.77, 121.6], Luzon: [16.5, 121.0], Buhangin: [15.77, 121.56], Calabuanan: [15.73, 121.54], Obligacion: [15.75, 121.53], Pingit: [15.74, 121.56], Reserva: [15.78, 121.53], Sabang: [15.79, 121.57], Suclayin: [15.72, 121.56], Zabali: [15.76, 121.57], 'San Luis': [15.72, 121.52], Dipaculao: [15.97, 121.61], 'Maria Aurora': [15.8, 121.47], Cabanatuan: [15.49, 120.97], 'Sierra Madre': [16.0, 121.5], Manila: [14.6, 120.98], 'Sabang Beach': [15.79, 121.57] },
		['Siege of Baler', 'Manuel L. Quezon', 'Aurora Quezon']
	),
	w(
		"Llangurig is a village and community in Powys, Wales, on the River Wye 6 km south-west of Llanidloes, where the road from Aberystwyth divides for Rhayader and Llanidloes. The Wye rises on Pumlumon 15 km to the north-west.",
		{ Llangurig: [52.4, -3.6], Powys: [52.3, -3.4], Wales: WALES, 'River Wye': [52.4, -3.6], Wye: [52.4, -3.6], Llanidloes: [52.45, -3.54], Aberystwyth: [52.41, -4.08], Rhayader: [52.3, -3.51], Pumlumon: [52.47, -3.78] }
	),
	w(
		"Whitemouth is an unincorporated community in the Rural Municipality of Whitemouth in eastern Manitoba, Canada, on the Whitemouth River 95 km east of Winnipeg. Elma is 8 km to the south; the river flows north to join the Winnipeg River at Whitemouth Falls.",
		{ Whitemouth: [49.95, -95.99], 'Rural Municipality of Whitemouth': [49.95, -95.95], Manitoba: MANITOBA, Canada: CANADA, 'Whitemouth River': [49.95, -95.99], Winnipeg: [49.9, -97.14], Elma: [49.88, -95.91], 'Winnipeg River': [50.1, -95.95], 'Whitemouth Falls': [50.1, -95.95] }
	),
	w(
		"Panaji, also called Panjim, is the capital of the Indian state of Goa and the seat of North Goa district, on the south bank of the Mandovi River where it meets the Arabian Sea. Its urban area had 114,000 inhabitants in 2011.\n\nGeography\nOld Goa, the former capital, lies 10 km up the river to the east. Across the Mandovi are Betim and, further north, the beaches of Calangute; Miramar beach adjoins the city to the south-west. Vasco da Gama, the port town on the Mormugao peninsula, is 30 km to the south across the Zuari River, and Margao 33 km to the south-east. Mumbai is 420 km to the north.\n\nHistory\nThe Portuguese moved the capital of Portuguese India from Old Goa to Panjim in 1843 and called it Nova Goa. India took the territory in 1961, and Goa became a state in 1987. Bombay, as Mumbai was then called, had passed from Portugal to England in 1661 as part of the dowry of Catherine of Braganza.",
		{ Panaji: [15.49, 73.83], Panjim: [15.49, 73.83], 'Nova Goa': [15.49, 73.83], Goa: [15.35, 74.05], 'North Goa': [15.55, 73.9], 'Mandovi River': [15.5, 73.85], Mandovi: [15.5, 73.85], 'Arabian Sea': ARABIAN_SEA, 'Old Goa': [15.5, 73.91], Betim: [15.51, 73.83], Calangute: [15.54, 73.76], Miramar: [15.48, 73.81], 'Vasco da Gama': [15.4, 73.81], Mormugao: [15.4, 73.8], 'Zuari River': [15.42, 73.88], Margao: [15.27, 73.96], Mumbai: [19.08, 72.88], Bombay: [19.08, 72.88], 'Portuguese India': [15.4, 74.0], India: INDIA, Portugal: PORTUGAL, England: ENGLAND },
		['Catherine of Braganza']
	),
	w(
		"Moscow is a village in Clermont County, Ohio, United States, on the Ohio River 45 km south-east of Cincinnati, with the Kentucky shore across the river. Point Pleasant, where Ulysses S. Grant was born, is a few kilometres downstream. A tornado destroyed much of the village in March 2012.",
		{ Moscow: [38.86, -84.23], 'Clermont County': [39.05, -84.15], Ohio: OHIO, 'United States': US, 'Ohio River': [38.86, -84.23], Cincinnati: [39.1, -84.51], Kentucky: KENTUCKY, 'Point Pleasant': [38.89, -84.23] },
		['Ulysses S. Grant']
	),
	w(
		"Lens is a commune in the Pas-de-Calais department in the Hauts-de-France region of northern France, in the old coal basin 35 km south-west of Lille. The commune had 31,000 inhabitants in 2020, and its urban area, with Liévin, about 500,000.\n\nGeography\nLiévin adjoins Lens to the west, Loos-en-Gohelle to the north-west and Avion to the south; Arras is 18 km to the south, Béthune 18 km to the north-west and Douai 20 km to the east. The Souchez flows through the town to the Deûle, and Vimy Ridge, with its Canadian memorial, rises 8 km to the south.\n\nHistory\nLens was fought over in both world wars; the battle of Hill 70, in August 1917, was fought just north-west of the town. The Louvre-Lens, a branch of the Louvre museum in Paris, opened on a former pit-head in 2012. RC Lens plays at the Stade Bollaert-Delelis.",
		{ Lens: [50.43, 2.83], 'Pas-de-Calais': [50.5, 2.3], 'Hauts-de-France': [50.0, 2.8], France: FRANCE, Lille: [50.63, 3.06], Liévin: [50.42, 2.78], 'Loos-en-Gohelle': [50.46, 2.79], Avion: [50.41, 2.83], Arras: [50.29, 2.78], Béthune: [50.53, 2.64], Douai: [50.37, 3.08], Souchez: [50.42, 2.8], Deûle: [50.45, 2.9], 'Vimy Ridge': [50.38, 2.77], 'Hill 70': [50.45, 2.8], Paris: [48.86, 2.35] },
		['Louvre-Lens', 'Louvre', 'RC Lens', 'Stade Bollaert-Delelis']
	),
	w(
		"Dublin is a city in Erath County, Texas, United States, 20 km south-west of Stephenville, the county seat; Comanche is 30 km further south-west. Its bottling plant, the oldest to make Dr Pepper, sold the drink made with cane sugar until 2012.",
		{ Dublin: [32.09, -98.34], 'Erath County': [32.24, -98.22], Texas: TEXAS, 'United States': US, Stephenville: [32.22, -98.2], Comanche: [31.9, -98.6] },
		['Dr Pepper']
	),
	w(
		"Stockton is a suburb of Newcastle, New South Wales, Australia, on the peninsula between the mouth of the Hunter River and the Pacific Ocean, across the harbour from the city centre. A passenger ferry crosses to Newcastle in a few minutes, while the road goes round by the Stockton Bridge. Fern Bay adjoins it to the north, and Stockton Beach runs 32 km north-east to Anna Bay, in Port Stephens; its dunes are the largest moving sand mass in the state. Nobbys Head and its lighthouse stand across the harbour entrance.",
		{ Stockton: [-32.91, 151.79], Newcastle: [-32.93, 151.78], 'New South Wales': [-32.16, 147.02], Australia: AUSTRALIA, 'Hunter River': [-32.9, 151.77], 'Pacific Ocean': PACIFIC_OCEAN, 'Fern Bay': [-32.86, 151.8], 'Stockton Beach': [-32.83, 151.9], 'Anna Bay': [-32.78, 152.08], 'Port Stephens': [-32.72, 152.05], 'Nobbys Head': [-32.92, 151.8] },
		['Stockton Bridge']
	),
	w(
		"Ludlow is a market town in Shropshire, England, where the River Corve joins the River Teme, 40 km south of Shrewsbury and 3 km from the border with Herefordshire. It had 11,000 inhabitants in 2021.\n\nGeography\nThe town stands on a hill above the Teme, with Ludford across the river to the south. Mortimer Forest covers the hills to the south-west, and Titterstone Clee Hill rises 10 km to the east. Leominster is 17 km to the south, Tenbury Wells 12 km to the south-east, Church Stretton 22 km to the north and Hereford 35 km to the south; Craven Arms lies 11 km to the north-west.\n\nHistory\nLudlow Castle was begun after the Norman Conquest and from 1473 was the seat of the Council of Wales and the Marches, which governed Wales and the border counties until 1689. Arthur, Prince of Wales, died there in 1502.\n\nTwin towns\nLudlow is twinned with La Ferté-Macé in Normandy, France, and San Pietro in Cariano near Verona, Italy.",
		{ Ludlow: [52.37, -2.72], Shropshire: [52.65, -2.75], England: ENGLAND, 'River Corve': [52.38, -2.72], 'River Teme': [52.37, -2.72], Teme: [52.37, -2.72], Shrewsbury: [52.71, -2.75], Herefordshire: [52.08, -2.75], Ludford: [52.36, -2.72], 'Mortimer Forest': [52.35, -2.77], 'Titterstone Clee Hill': [52.4, -2.59], Leominster: [52.23, -2.74], 'Tenbury Wells': [52.31, -2.59], 'Church Stretton': [52.54, -2.81], Hereford: [52.06, -2.72], 'Craven Arms': [52.44, -2.84], Wales: WALES, 'La Ferté-Macé': [48.59, -0.36], Normandy: [49.0, 0.0], France: FRANCE, 'San Pietro in Cariano': [45.52, 10.88], Verona: [45.44, 10.99], Italy: ITALY },
		['Ludlow Castle', 'Norman Conquest', 'Council of Wales and the Marches', 'Arthur, Prince of Wales']
	),
	w(
		"The Vefsna is a river in Nordland county, Norway, one of the longest in Helgeland. It rises in the lake Store Majavatnet in Grane, near the border with Trøndelag, and flows north through Grane, past Trofors, the municipal centre, and over the Laksforsen falls, to the Vefsnfjorden at Mosjøen, in Vefsn municipality. Its main tributaries are the Svenningdalselva and the Fusta, which joins it just above Mosjøen. The E6 road and the Nordland Line follow the valley for most of its length. The river was known for its salmon until the parasite Gyrodactylus salaris was found in it in 1978.",
		{ Vefsna: [65.6, 13.3], Nordland: [67.0, 14.5], Norway: NORWAY, Helgeland: [65.8, 13.0], 'Store Majavatnet': [65.17, 13.37], Grane: [65.5, 13.4], Trøndelag: [63.5, 10.5], Trofors: [65.53, 13.4], Laksforsen: [65.63, 13.3], Vefsnfjorden: [65.9, 13.0], Mosjøen: [65.84, 13.19], Vefsn: [65.75, 13.2], Svenningdalselva: [65.4, 13.4], Fusta: [65.8, 13.3] },
		['E6', 'Nordland Line', 'Gyrodactylus salaris']
	),
	w(
		"Sakyō-ku is one of the eleven wards of Kyoto, Japan, and the largest by area, reaching from the east bank of the Kamo River north through the mountains past Kurama, Kibune, Ōhara and Hanase. To the east, over Mount Hiei, lie Ōtsu and Lake Biwa in Shiga Prefecture. The ward, split off from Kamigyō-ku in 1929, holds Kyoto University, Ginkaku-ji, Nanzen-ji and the Philosopher's Path.",
		{ 'Sakyō-ku': [35.05, 135.79], Kyoto: [35.01, 135.77], Japan: JAPAN, 'Kamo River': [35.03, 135.77], Kurama: [35.12, 135.77], Kibune: [35.12, 135.76], Ōhara: [35.12, 135.83], Hanase: [35.17, 135.79], 'Mount Hiei': [35.07, 135.84], Ōtsu: [35.0, 135.87], 'Lake Biwa': [35.25, 136.08], 'Shiga Prefecture': [35.2, 136.1], 'Kamigyō-ku': [35.03, 135.76] },
		['Kyoto University', 'Ginkaku-ji', 'Nanzen-ji', "Philosopher's Path"]
	),
	w(
		"Makhanda, known until 2018 as Grahamstown, is a town in the Eastern Cape, South Africa, and the seat of Makana Local Municipality. It lies 55 km inland from Port Alfred, at the mouth of the Kowie River; Gqeberha (Port Elizabeth) is 130 km to the south-west and East London 180 km to the north-east. Founded as a frontier post in 1812 by Colonel John Graham, it is home to Rhodes University and the National Arts Festival.",
		{ Makhanda: [-33.31, 26.53], Grahamstown: [-33.31, 26.53], 'Eastern Cape': [-32.3, 26.42], 'South Africa': SOUTH_AFRICA, 'Makana Local Municipality': [-33.3, 26.5], 'Port Alfred': [-33.59, 26.89], 'Kowie River': [-33.6, 26.89], Gqeberha: [-33.96, 25.6], 'Port Elizabeth': [-33.96, 25.6], 'East London': [-33.02, 27.91] },
		['John Graham', 'Rhodes University', 'National Arts Festival']
	)
];

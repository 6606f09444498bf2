// Held-out Wikipedia-style articles about small places, session 49 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after grepping every older batch under tests/geoparse for them (dropped as taken: San Antonio de Padua, Shaxi, Glen
// Lyon, Kariba, Kharkhorin, Şirince, Vík í Mýrdal, Mto wa Mbu, Ushguli, Hongcun, Heshun, Fair Isle, Shipka,
// Cumalıkızık, Kilwa, Zhaoxing, Nanxun, Torugart). Shapes and regions the older wiki batches lack or hold least:
// Georgian villages in their municipality and mkhare (Kakheti, Mtskheta-Mtianeti); Ethiopian villages in their woreda
// and zone; Spanish missions of Alta California as subjects and the Jesuit missions of Chiquitos in Bolivia (a town
// named Concepción, San Rafael, San Miguel); Nunavut hamlets in their region and Yukon communities on rivers and lakes
// (a "formerly X" name, a town named after a trader); Chinese water towns and Miao and Dong villages of Guizhou in
// their county and autonomous prefecture; Indonesian desa in their kecamatan and regency (Bali, Flores); Brazilian
// distritos of a municipality; Irish villages and townlands in their barony or on a county border; Scottish glens
// and islands of the Inner Hebrides; New Zealand beach towns and localities with Māori names beside the English;
// dams and their lakes on the Zambezi and the Orange; mountain passes on the Pakistani border; historic forts of the
// Russians and the British in North America; Corsican communes; Mongolian sums; Lao river villages; Faroese villages
// and islands; Turkish villages in their district and province; Icelandic villages and islands; Tanzanian wards and a
// Mozambican island district.
// Traps: namesakes of famous places (Georgia the country and the US state, Concepción, San Rafael, San Miguel, Mayo,
// Porto, Piana, Corte, Riverton, Sitka's New Archangel, Brunswick, Savannah, Dir, Chitral, Kubu, Chapada, Xijiang the
// West River, Flatey twice in Iceland, Muck, Canna, Rùm, Zumbo, Songo, Binder, Ibo), names inside names (Mission San
// Luis Rey de Francia, Mission San Juan Capistrano, Mission Santa Inés, Ñuflo de Chávez Province, Mayo River, Loch
// Etive and Glen Etive, Lake Cahora Bassa, Gariep Dam the town and the dam, Hendrik Verwoerd Dam, Lowari Tunnel),
// people, bodies, roads and films named like places (Junípero Serra, Fermín Lasuén, Alexander Chavchavadze, John
// Sutter, James Oglethorpe, Genghis Khan, the Russian-American Company, the Hudson's Bay Company, the White Pass and
// Yukon Route, the Georgian Military Road, the Karakoram Highway, the Isle of Eigg Heritage Trust, Skyfall).
// Split in two halves: A (to tune on from session 49) and B (never tuned on: scored before and after); each half has
// one text of each shape.
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s49 [--a-only]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME` where the
// gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a mountain range, lake or sea at the
// part the text means; countries at the gazetteer's own point). A country or region is right within 800 km, others
// within 161 km; a toponym inside a longer gold name is wrong (the batch is marked so). Lower-case feature words stay
// outside a gold name ("the Caher river"). notPlaces: people, bodies, roads and films named like places; a
// country's adjective is left ungraded. Many gold names are not in the gazetteer: they count as "not mapped".
// First honest score (main 2c068e9, before any change tuned on it): half A 183/192 = 0.953 (298 gold, 126 not
// mapped); half B 178/182 = 0.978 (303 gold, 143 not mapped). Misses of half A: parts of longer names (San Juan
// Capistrano of "Mission San Juan Capistrano", Chiquitos of "Serranía de Chiquitos", Gran Chaco of "Kaa-Iya del Gran
// Chaco National Park", Salto of "Santo Antônio do Salto", Khövsgöl of "Khövsgöl Lake National Park"); far namesakes
// (San Miguel of the Chiquitos missions read as San Miguel in El Salvador, Jura of the Hebrides as the French
// department); the Red Sea at its gazetteer point 566 km from the Yemeni shore meant.
// After session 49's changes tuned on A (stated-distance.ts: a place stated N km off, read abroad far from every
// place the text names, where the subject is unplaced or placed by its region: Jura; river-slot-towns.ts: "the X
// rises/flows" read as a town abroad: no change here; feature-head-span.ts: "Khövsgöl Lake National Park" read whole):
// A 184/191 = 0.963 (126 not mapped); B 178/182 = 0.978 (143 not mapped; unchanged, scored once at the end). Misses of
// half B: the Yukon River and the Orange River at their curated points 1,355 and 898 km from the stretches meant (Mayo,
// the Gariep Dam); Porto, the Corsican village on the Gulf of Porto, read as Bordeaux (800 km, country-context) by
// a French entry's name; Mozambique of "the Island of Mozambique" read as the country (part of a longer name).
import type { GenreText } from './genre-texts.ts';
import { US, FRANCE, BRAZIL, ETHIOPIA, BOLIVIA, CANADA, INDONESIA, IRELAND, SCOTLAND, NEW_ZEALAND, ZAMBIA, ZIMBABWE, MOZAMBIQUE, SOUTH_AFRICA, PAKISTAN, AFGHANISTAN, CHINA, TURKEY, ICELAND, TANZANIA, MONGOLIA, LAOS, DENMARK, MYANMAR, RUSSIA, GREECE, PORTUGAL, BRITISH_COLUMBIA, FAROE_ISLANDS, wikipediaText as w } from './gold-points.ts';

// countries, states, regions (a country or region is right within 800 km; countries at the gazetteer's own point)
const GEORGIA_COUNTRY: [number, number] = [42.0, 43.5];
const VIETNAM: [number, number] = [16.0, 106.0];
const CALIFORNIA: [number, number] = [37.0, -120.0];
const ALASKA: [number, number] = [64.0, -150.0];
const GEORGIA_STATE: [number, number] = [32.75, -83.5];
const FLORIDA: [number, number] = [28.0, -82.0];
const NUNAVUT: [number, number] = [70.0, -90.0];
const YUKON: [number, number] = [63.0, -135.0];
const MINAS_GERAIS: [number, number] = [-18.5, -44.5];
const HIGHLAND: [number, number] = [57.5, -5.0];
const INNER_HEBRIDES: [number, number] = [56.5, -6.3];
const CORSICA: [number, number] = [42.15, 9.1];
const GUIZHOU: [number, number] = [26.8, 106.8];
const QIANDONGNAN: [number, number] = [26.58, 107.98];
const JIANGSU: [number, number] = [33.0, 119.5];
const SANTA_CRUZ_DEPARTMENT: [number, number] = [-17.5, -61.5];
const ARUSHA_REGION: [number, number] = [-3.5, 36.5];
const IZMIR_PROVINCE: [number, number] = [38.4, 27.3];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S49_A: GenreText[] = [
	w(
		"Tsinandali is a village in the Telavi Municipality of Kakheti, in eastern Georgia. It lies in the Alazani Valley, 10 km south-east of Telavi and about 80 km east of Tbilisi, at an elevation of 550 m.\n\nHistory\nThe village is best known for the estate of the poet Alexander Chavchavadze, who planted vineyards here in the early 19th century and bottled the first Georgian wine in the European manner. In 1854 the house was sacked by the men of Imam Shamil, who rode down from Dagestan and carried off the princesses of the family. The estate passed to the Russian imperial family and is now a museum and park.\n\nGeography\nThe vineyards run down to the Alazani, with the Greater Caucasus across the valley. Gurjaani lies 25 km to the south-east.",
		{ Tsinandali: [41.89, 45.57], 'Telavi Municipality': [41.9, 45.5], Kakheti: [41.65, 45.7], Georgia: GEORGIA_COUNTRY, 'Alazani Valley': [41.9, 45.6], Alazani: [41.87, 45.62], Telavi: [41.92, 45.47], Tbilisi: [41.72, 44.79], Dagestan: [42.5, 47.0], 'Greater Caucasus': [42.4, 45.3], Gurjaani: [41.74, 45.8] },
		['Alexander Chavchavadze', 'Shamil']
	),
	w(
		"Yeha is a small town in the Central Zone of the Tigray Region of Ethiopia, about 25 km north-east of Adwa. It is the site of the Great Temple of Yeha, a stone tower built around 700 BC and the oldest standing building of the country, thought to have been the first capital of the kingdom of D'mt.\n\nThe temple's ashlar walls and the script of its inscriptions follow those of Saba, in what is now Yemen, across the Red Sea. A church of the Ethiopian Orthodox Church stands beside it, and the monastery of Debre Damo lies 30 km to the east on a flat-topped mountain reached only by a rope. Aksum, the later capital, is 50 km to the west; the road to Adigrat and the border with Eritrea runs to the north-east.",
		{ Yeha: [14.29, 39.02], 'Central Zone': [14.0, 38.9], 'Tigray Region': [14.0, 39.0], Ethiopia: ETHIOPIA, Adwa: [14.16, 38.9], Saba: [15.5, 45.3], Yemen: [15.5, 47.5], 'Red Sea': [15.5, 41.0], 'Debre Damo': [14.37, 39.29], Aksum: [14.13, 38.72], Adigrat: [14.28, 39.46], Eritrea: [15.0, 39.0] },
		['Ethiopian Orthodox Church']
	),
	w(
		"Mission San Luis Rey de Francia is a former Spanish mission in Oceanside, San Diego County, California, on a rise above the San Luis Rey River. It was founded on 13 June 1798 by Fermín Lasuén, the eighteenth of the 21 missions, and named after Louis IX of France.\n\nHistory\nUnder Father Antonio Peyri the mission became the largest of the chain, with some 3,000 Luiseño neophytes; in 1816 it founded an asistencia at Pala, 30 km inland. After secularisation the buildings fell into ruin and were used as barracks by the Mormon Battalion. The church was restored by Franciscans from Zacatecas after 1892.\n\nLocation\nThe mission lies 6 km inland from the harbour of Oceanside, near the gate of Camp Pendleton. Mission San Juan Capistrano is 50 km to the north-west and Mission San Diego de Alcalá 60 km to the south.",
		{ 'Mission San Luis Rey de Francia': [33.23, -117.32], Oceanside: [33.2, -117.38], 'San Diego County': [33.0, -116.8], California: CALIFORNIA, 'San Luis Rey River': [33.21, -117.35], Pala: [33.36, -117.08], Zacatecas: [22.77, -102.58], 'Camp Pendleton': [33.35, -117.4], 'Mission San Juan Capistrano': [33.5, -117.66], 'Mission San Diego de Alcalá': [32.78, -117.11], France: FRANCE },
		['Fermín Lasuén', 'Antonio Peyri', 'Louis IX', 'Mormon Battalion']
	),
	w(
		"San José de Chiquitos is a town in Bolivia, the capital of the Chiquitos Province in the Santa Cruz Department. It lies 270 km east of Santa Cruz de la Sierra, on the railway to Puerto Suárez and the border with Brazil at Corumbá.\n\nHistory\nThe Jesuits founded the mission in 1697 among the Chiquitano people. Its stone church, built in the 1750s, is the only one of the Jesuit Missions of Chiquitos not built of wood, and is part of the World Heritage Site with the churches of San Rafael, San Miguel and Concepción further north.\n\nGeography\nThe town stands at the foot of the Serranía de Chiquitos. Santiago de Chiquitos lies 200 km to the south-east, and the dry forests of the Kaa-Iya del Gran Chaco National Park stretch to the south as far as the border with Paraguay.",
		{ 'San José de Chiquitos': [-17.85, -60.74], Bolivia: BOLIVIA, 'Chiquitos Province': [-17.9, -60.5], 'Santa Cruz Department': SANTA_CRUZ_DEPARTMENT, 'Santa Cruz de la Sierra': [-17.78, -63.18], 'Puerto Suárez': [-18.96, -57.8], Brazil: BRAZIL, Corumbá: [-19.01, -57.65], 'San Rafael': [-16.78, -60.68], 'San Miguel': [-16.7, -60.97], Concepción: [-16.13, -62.02], 'Serranía de Chiquitos': [-17.9, -60.6], 'Santiago de Chiquitos': [-18.35, -59.6], 'Kaa-Iya del Gran Chaco National Park': [-19.0, -61.5], Paraguay: [-23.0, -58.0] },
		['Jesuits']
	),
	w(
		"Pangnirtung is a hamlet in the Qikiqtaaluk Region of Nunavut, Canada, on Baffin Island. It lies on a narrow plain at the mouth of Pangnirtung Fjord, where the fjord opens into Cumberland Sound. In 2021 it had 1,504 people, most of them Inuit.\n\nHistory\nScottish and American whalers worked Cumberland Sound from the 1840s, and their station on Kekerten Island, 50 km to the south, is now a territorial park. The Hudson's Bay Company opened a post at Pangnirtung in 1921, and the Royal Canadian Mounted Police followed in 1923.\n\nThe hamlet is the gateway to Auyuittuq National Park: walkers cross the park by the Akshayuk Pass to the Davis Strait coast. Scheduled flights link it with Iqaluit, the territorial capital, 300 km to the south.",
		{ Pangnirtung: [66.15, -65.7], 'Qikiqtaaluk Region': [70.0, -80.0], Nunavut: NUNAVUT, Canada: CANADA, 'Baffin Island': [68.0, -70.0], 'Pangnirtung Fjord': [66.0, -65.5], 'Cumberland Sound': [65.5, -66.0], 'Kekerten Island': [65.7, -65.8], 'Auyuittuq National Park': [67.0, -65.5], 'Akshayuk Pass': [66.7, -65.5], 'Davis Strait': [67.0, -62.0], Iqaluit: [63.75, -68.52] },
		["Hudson's Bay Company", 'Royal Canadian Mounted Police']
	),
	w(
		"Carcross, originally Caribou Crossing, is an unincorporated community in Yukon, Canada, on the short stretch of water between Bennett Lake and Nares Lake. It lies 74 km south of Whitehorse on the South Klondike Highway, which goes on over the White Pass to Skagway, Alaska.\n\nHistory\nThe caribou herds crossed the narrows here, and the Tagish people fished them. Stampeders of the Klondike Gold Rush came down Bennett Lake by boat in 1898, and in 1900 the rails of the White Pass and Yukon Route met at Carcross. The name was shortened in 1904 because mail was being confused with Caribou, British Columbia.\n\nGeography\nThe Carcross Desert lies just to the north. Tagish Lake stretches south-east towards Atlin, across the border in British Columbia.",
		{ Carcross: [60.17, -134.71], 'Caribou Crossing': [60.17, -134.71], Yukon: YUKON, Canada: CANADA, 'Bennett Lake': [60.0, -134.9], 'Nares Lake': [60.16, -134.65], Whitehorse: [60.72, -135.05], 'White Pass': [59.62, -135.14], Skagway: [59.46, -135.31], Alaska: ALASKA, Caribou: [52.5, -121.5], 'British Columbia': BRITISH_COLUMBIA, 'Carcross Desert': [60.19, -134.69], 'Tagish Lake': [60.0, -134.3], Atlin: [59.58, -133.69] },
		['South Klondike Highway', 'White Pass and Yukon Route']
	),
	w(
		"Zhouzhuang is a town in Kunshan, a county-level city of Suzhou, in the south of Jiangsu province, China. It lies among lakes 30 km south-east of the city of Suzhou and 60 km west of Shanghai, with Lake Dianshan to the east.\n\nThe town grew up along its canals in the Yuan and Ming dynasties; about 60 per cent of its buildings date from the Ming and Qing. The Twin Bridges, painted by Chen Yifei in 1984, made it known abroad, and the Shen House recalls the merchant Shen Wansan.\n\nZhouzhuang is one of six water towns south of the Yangtze that are promoted together, with Xitang and Wuzhen across the border in Zhejiang.",
		{ Zhouzhuang: [31.12, 120.85], Kunshan: [31.38, 120.95], Suzhou: [31.3, 120.62], Jiangsu: JIANGSU, China: CHINA, Shanghai: [31.22, 121.46], 'Lake Dianshan': [31.1, 120.97], Yangtze: [31.8, 120.8], Xitang: [30.95, 120.89], Wuzhen: [30.74, 120.49], Zhejiang: [29.0, 120.0] },
		['Chen Yifei', 'Shen Wansan']
	),
	w(
		"Basha is a Miao village in Congjiang County, in the Qiandongnan Miao and Dong Autonomous Prefecture of Guizhou, China. It lies on a forested ridge 7 km south-east of Bingmei, the county seat on the Duliu River.\n\nThe men of Basha wear their hair in a topknot and carry hunting rifles, and the village is known as the last place in China where a militia of this kind may keep its guns. The five hamlets that make up the village hold about 2,000 people.\n\nA road links Congjiang with Zhaoxing, the Dong village 60 km to the north-east, and with Kaili, the prefecture's seat; the expressway from Guiyang to Guangxi passes nearby.",
		{ Basha: [25.73, 108.93], 'Congjiang County': [25.75, 108.9], Qiandongnan: QIANDONGNAN, 'Qiandongnan Miao and Dong Autonomous Prefecture': QIANDONGNAN, Guizhou: GUIZHOU, China: CHINA, Bingmei: [25.75, 108.9], 'Duliu River': [25.75, 108.9], Zhaoxing: [25.91, 109.17], Kaili: [26.57, 107.98], Guiyang: [26.65, 106.63], Guangxi: [23.8, 108.8] }
	),
	w(
		"Penglipuran is a traditional village (desa adat) in Kubu, in the Bangli district of Bangli Regency, Bali, Indonesia. It lies at 700 m on the road from Bangli town to Kintamani, 45 km north-east of Denpasar.\n\nThe village is laid out along a single paved street that climbs the slope, with the family compounds on either side behind identical gates of clay and bamboo. A bamboo forest of 45 hectares surrounds it. Since the 1990s it has been run as a tourist village and is often called one of the cleanest villages in the world.\n\nKintamani and Mount Batur lie 20 km to the north; Ubud, Gianyar and Klungkung are each within an hour by road.",
		{ Penglipuran: [-8.42, 115.36], Kubu: [-8.43, 115.35], Bangli: [-8.45, 115.35], 'Bangli Regency': [-8.3, 115.35], Bali: [-8.4, 115.2], Indonesia: INDONESIA, Kintamani: [-8.25, 115.33], Denpasar: [-8.65, 115.22], 'Mount Batur': [-8.24, 115.38], Ubud: [-8.51, 115.26], Gianyar: [-8.54, 115.33], Klungkung: [-8.54, 115.4] }
	),
	w(
		"Lavras Novas is a district of the municipality of Ouro Preto, in the state of Minas Gerais, Brazil. It lies 17 km south-east of the town of Ouro Preto, at 1,300 m on a ridge of the Serra do Espinhaço, and had about 900 inhabitants in 2010.\n\nHistory\nThe village was settled in the 18th century by gold miners and by people who had escaped slavery, and it is counted as a quilombo. Its church of Nossa Senhora dos Prazeres dates from the 1790s.\n\nThe district borders those of Chapada and Santo Antônio do Salto. The Itacolomi State Park lies between it and Mariana, and Belo Horizonte, the state capital, is 100 km to the north by way of the Estrada Real.",
		{ 'Lavras Novas': [-20.47, -43.52], 'Ouro Preto': [-20.39, -43.5], 'Minas Gerais': MINAS_GERAIS, Brazil: BRAZIL, 'Serra do Espinhaço': [-19.5, -43.6], Chapada: [-20.48, -43.55], 'Santo Antônio do Salto': [-20.5, -43.58], 'Itacolomi State Park': [-20.43, -43.48], Mariana: [-20.38, -43.42], 'Belo Horizonte': [-19.92, -43.94] },
		['Nossa Senhora dos Prazeres', 'Estrada Real']
	),
	w(
		"Fanore is a village and townland in the Burren, in the north-west of County Clare, Ireland. It is in the civil parish of Killonaghan and the barony of Burren, on the coast road between Ballyvaughan and Lisdoonvarna.\n\nThe village is strung along the road behind a beach of sand dunes, with the bare limestone hills of the Burren rising behind it. The Caher river, the only river that runs above ground for its whole course in the Burren, reaches the sea here. Black Head, with its lighthouse, marks the entrance to Galway Bay 5 km to the north, and the Aran Islands can be seen offshore. Doolin, where the ferries leave for the islands, is 15 km to the south.",
		{ Fanore: [53.12, -9.29], Burren: [53.05, -9.1], 'County Clare': [52.9, -9.0], Ireland: IRELAND, Killonaghan: [53.1, -9.28], Ballyvaughan: [53.12, -9.15], Lisdoonvarna: [53.03, -9.29], Caher: [53.1, -9.27], 'Black Head': [53.15, -9.27], 'Galway Bay': [53.2, -9.3], 'Aran Islands': [53.12, -9.7], Doolin: [53.02, -9.38] }
	),
	w(
		"Glen Etive is a glen in the Highland council area of Scotland, running 20 km south-west from Rannoch Moor to the head of Loch Etive. The River Etive flows down it past Dalness, between Buachaille Etive Mòr and Ben Starav.\n\nA single-track road leaves the A82 near the Kingshouse Hotel and follows the river to the pier at the loch head; there is no road beyond. The glen was used for a scene of the James Bond film Skyfall in 2012. Red deer come down to the road in winter.\n\nGlencoe lies over the hill to the north, and the lower loch reaches the sea at Connel, beyond Taynuilt, in Argyll and Bute. Oban is 60 km away by road.",
		{ 'Glen Etive': [56.58, -5.0], Highland: HIGHLAND, Scotland: SCOTLAND, 'Rannoch Moor': [56.65, -4.65], 'Loch Etive': [56.45, -5.2], 'River Etive': [56.6, -4.95], Dalness: [56.6, -5.0], 'Buachaille Etive Mòr': [56.64, -4.9], 'Ben Starav': [56.54, -5.05], 'Kingshouse Hotel': [56.65, -4.84], Glencoe: [56.68, -5.1], Connel: [56.45, -5.39], Taynuilt: [56.43, -5.24], 'Argyll and Bute': [56.2, -5.3], Oban: [56.41, -5.47] },
		['James Bond', 'Skyfall']
	),
	w(
		"Colonsay is an island in the Inner Hebrides of Scotland, in the council area of Argyll and Bute. It lies north of Islay and south of Mull, is 13 km long, and had 136 people in 2011.\n\nThe ferry from Oban takes two hours and calls at the pier of Scalasaig, the main village; on some days it goes on to Port Askaig on Islay. Kiloran Bay, on the north-west coast, is the island's best-known beach, and the gardens of Colonsay House are open in summer.\n\nAt low tide a sandy strand joins Colonsay to Oronsay, where the ruins of a 14th-century priory stand. Jura lies 15 km to the east across the Sound.",
		{ Colonsay: [56.07, -6.2], 'Inner Hebrides': INNER_HEBRIDES, Scotland: SCOTLAND, 'Argyll and Bute': [56.2, -5.3], Islay: [55.8, -6.2], Mull: [56.45, -6.0], Oban: [56.41, -5.47], Scalasaig: [56.07, -6.19], 'Port Askaig': [55.85, -6.1], 'Kiloran Bay': [56.1, -6.2], Oronsay: [56.01, -6.24], Jura: [55.95, -5.95] }
	),
	w(
		"Ōhope is a beach town in the Whakatāne District of the Bay of Plenty Region, New Zealand. It lies 6 km east of Whakatāne over the Kohi Point hill, and its 11-km beach runs east to the mouth of Ōhiwa Harbour.\n\nThe town grew from a handful of baches in the 1920s and had about 3,200 people in 2018. In 2006 Ōhope Beach was voted the country's most loved beach.\n\nWhale Island (Moutohorā), a wildlife sanctuary, lies 9 km offshore, and on clear days the steam of White Island (Whakaari), 50 km to the north, can be seen from the beach. Ōpōtiki is 40 km to the east; Tauranga and Rotorua are each about 90 km away.",
		{ 'Ōhope': [-37.97, 177.05], 'Whakatāne District': [-38.3, 176.8], 'Bay of Plenty Region': [-38.0, 176.8], 'New Zealand': NEW_ZEALAND, 'Whakatāne': [-37.95, 176.99], 'Kohi Point': [-37.96, 177.01], 'Ōhiwa Harbour': [-38.0, 177.15], 'Whale Island': [-37.86, 176.98], 'Moutohorā': [-37.86, 176.98], 'White Island': [-37.52, 177.18], Whakaari: [-37.52, 177.18], 'Ōpōtiki': [-38.01, 177.29], Tauranga: [-37.69, 176.17], Rotorua: [-38.14, 176.25] }
	),
	w(
		"The Cahora Bassa Dam is an arch dam on the Zambezi river in Tete Province, Mozambique, in the gorge of Cahora Bassa. Its reservoir, Lake Cahora Bassa, stretches 250 km west to Zumbo, near the borders with Zambia and Zimbabwe.\n\nHistory\nThe dam was built by Portugal between 1969 and 1974, in the last years of colonial rule, and most of its power was sold to South Africa along a line 1,400 km long. Mozambique took control of the company in 2007.\n\nThe town of Songo, built for the workers, stands on the plateau above the dam. Tete, the provincial capital, lies 150 km downstream, and the Kariba Dam 500 km upstream.",
		{ 'Cahora Bassa Dam': [-15.58, 32.7], Zambezi: [-15.6, 32.7], 'Tete Province': [-15.5, 33.0], Mozambique: MOZAMBIQUE, 'Cahora Bassa': [-15.58, 32.7], 'Lake Cahora Bassa': [-15.65, 31.8], Zumbo: [-15.62, 30.44], Zambia: ZAMBIA, Zimbabwe: ZIMBABWE, Portugal: PORTUGAL, 'South Africa': SOUTH_AFRICA, Songo: [-15.6, 32.77], Tete: [-16.16, 33.59], 'Kariba Dam': [-16.52, 28.76] }
	),
	w(
		"The Khunjerab Pass is a high mountain pass in the Karakoram, on the border between Gilgit-Baltistan in Pakistan and the Xinjiang region of China. At 4,693 m it carries the Karakoram Highway and is the highest paved border crossing in the world.\n\nThe pass was opened to traffic in 1982 and to tourists in 1986; it is closed by snow from December to April. Pakistani customs are at Sost, 80 km to the south in the Hunza valley, and the Chinese post at Tashkurgan, 130 km to the north. The Khunjerab National Park covers the Pakistani side.\n\nBuses run from Gilgit by Passu and Sost to Kashgar, two days' journey.",
		{ 'Khunjerab Pass': [36.85, 75.43], Karakoram: [35.9, 76.0], 'Gilgit-Baltistan': [35.8, 74.5], Pakistan: PAKISTAN, Xinjiang: [41.0, 85.0], China: CHINA, Sost: [36.69, 74.82], Hunza: [36.32, 74.65], Tashkurgan: [37.77, 75.23], 'Khunjerab National Park': [36.8, 75.2], Gilgit: [35.92, 74.31], Passu: [36.47, 74.89], Kashgar: [39.47, 75.99] },
		['Karakoram Highway']
	),
	w(
		"Fort Ross, originally Fortress Ross, is a former Russian settlement on the Pacific coast of what is now Sonoma County, California. It was founded in 1812 by the Russian-American Company as its southernmost post, to grow wheat for the colonies in Alaska and to hunt sea otters.\n\nHistory\nThe settlers came from New Archangel (now Sitka), with Alaska Natives from Kodiak Island who hunted from their kayaks. Ships used the harbour of Bodega Bay, 30 km to the south. The company sold the fort in 1841 to John Sutter of Sutter's Fort.\n\nThe fort is now a state historic park. Jenner, at the mouth of the Russian River, lies 18 km to the south-east, and San Francisco 150 km to the south.",
		{ 'Fort Ross': [38.51, -123.24], 'Fortress Ross': [38.51, -123.24], 'Sonoma County': [38.5, -122.9], California: CALIFORNIA, Alaska: ALASKA, 'New Archangel': [57.05, -135.33], Sitka: [57.05, -135.33], 'Kodiak Island': [57.5, -153.5], 'Bodega Bay': [38.33, -123.05], "Sutter's Fort": [38.57, -121.47], Jenner: [38.45, -123.12], 'Russian River': [38.45, -123.13], 'San Francisco': [37.77, -122.42] },
		['Russian-American Company', 'John Sutter']
	),
	w(
		"Corte is a commune in the Haute-Corse department of France, on the island of Corsica. It stands in the middle of the island at the meeting of the Tavignano and the Restonica, below a citadel on a rock, and had 7,400 people in 2019.\n\nHistory\nPasquale Paoli made Corte the capital of the Corsican Republic from 1755 to 1769 and founded a university here, which was reopened in 1981 as the University of Corsica.\n\nThe Restonica gorge climbs from the town to the Lac de Melo below Monte Rotondo. Corte is on the railway from Ajaccio to Bastia, each about 80 km away, with a branch to Calvi; Venaco is 12 km to the south.",
		{ Corte: [42.31, 9.15], 'Haute-Corse': [42.4, 9.2], France: FRANCE, Corsica: CORSICA, Tavignano: [42.3, 9.2], Restonica: [42.25, 9.05], 'Lac de Melo': [42.2, 9.01], 'Monte Rotondo': [42.22, 9.05], Ajaccio: [41.93, 8.74], Bastia: [42.7, 9.45], Calvi: [42.57, 8.76], Venaco: [42.23, 9.17] },
		['Pasquale Paoli', 'University of Corsica']
	),
	w(
		"Khatgal is a village in the Alag-Erdene sum of Khövsgöl Province in northern Mongolia, at the southern tip of Lake Khövsgöl, where the Eg River leaves the lake. It was a busy port in the 20th century, when fuel came across the lake from the Russian border at Khankh, 130 km to the north.\n\nToday it is the main gateway to the Khövsgöl Lake National Park, with guest camps along the western shore. Mörön, the provincial centre, lies 100 km to the south and has flights to Ulaanbaatar. The Darkhad Valley lies west beyond the Khoridol Saridag range, and Buryatia across the border.",
		{ Khatgal: [50.44, 100.16], 'Alag-Erdene': [50.12, 100.05], 'Khövsgöl Province': [50.0, 100.0], Mongolia: MONGOLIA, 'Lake Khövsgöl': [51.0, 100.5], 'Eg River': [50.4, 100.3], Khankh: [51.5, 100.67], 'Khövsgöl Lake National Park': [51.0, 100.5], 'Mörön': [49.64, 100.16], Ulaanbaatar: [47.92, 106.92], 'Darkhad Valley': [51.3, 99.5], 'Khoridol Saridag': [50.9, 99.9], Buryatia: [53.0, 109.0] }
	),
	w(
		"Muang Ngoi is a village in Ngoi District of Luang Prabang Province, in northern Laos, on the east bank of the Nam Ou. Until the 2010s it could be reached only by boat, an hour upstream from Nong Khiaw, and it had electricity only in the evenings.\n\nThe village is known for the limestone karst that rises on both banks and for caves used as shelters during the bombing of the 1960s. Boats continue upstream to Muang Khua and towards Phongsaly; downstream the Nam Ou joins the Mekong opposite the Pak Ou caves, 25 km above the city of Luang Prabang. The border with Vietnam at Dien Bien Phu is a day's journey to the north-east.",
		{ 'Muang Ngoi': [20.71, 102.68], 'Ngoi District': [20.6, 102.6], 'Luang Prabang Province': [20.0, 102.5], Laos: LAOS, 'Nam Ou': [20.7, 102.68], 'Nong Khiaw': [20.57, 102.61], 'Muang Khua': [21.08, 102.52], Phongsaly: [21.68, 102.1], Mekong: [20.05, 102.2], 'Pak Ou': [20.05, 102.22], 'Luang Prabang': [19.89, 102.13], Vietnam: VIETNAM, 'Dien Bien Phu': [21.39, 103.02] }
	),
	w(
		"Gjógv is a village on the north-east tip of Eysturoy, in the Faroe Islands, in Sunda Municipality. It takes its name from a sea-filled gorge, 200 m long, that serves as its harbour; boats are hauled up a ramp at its head.\n\nThe village had 30 people in 2020. Its church was built in 1929, and a guest house stands beside the gorge. A mountain road climbs from Funningur, 7 km to the south, past Slættaratindur, at 880 m the highest peak of the islands; a path leads west to Eiði.\n\nKalsoy and Kunoy lie across the sound to the east. Tórshavn is 63 km away by road. The islands are a self-governing part of the Kingdom of Denmark.",
		{ 'Gjógv': [62.33, -6.94], Eysturoy: [62.2, -6.9], 'Faroe Islands': FAROE_ISLANDS, 'Sunda Municipality': [62.2, -7.0], Funningur: [62.29, -6.96], 'Slættaratindur': [62.3, -7.0], 'Eiði': [62.3, -7.09], Kalsoy: [62.3, -6.75], Kunoy: [62.29, -6.67], 'Tórshavn': [62.01, -6.77], Denmark: DENMARK }
	),
	w(
		"Adatepe is a village in the Ayvacık district of Çanakkale Province, Turkey, on the southern slopes of Mount Ida (Kaz Dağları), 3 km above Küçükkuyu on the Gulf of Edremit.\n\nHistory\nThe village was Greek until the population exchange of 1923, and was resettled by Turks from Greece. Its stone houses emptied in the 1980s and were bought and restored by writers and artists from Istanbul. An olive-oil museum occupies an old soap works in Küçükkuyu, and a rock above the village is called the Altar of Zeus.\n\nAssos, at Behramkale, lies 30 km to the west and Edremit 40 km to the east; the town of Çanakkale is 90 km to the north.",
		{ Adatepe: [39.58, 26.62], 'Ayvacık': [39.6, 26.4], 'Çanakkale Province': [40.0, 26.8], Turkey: TURKEY, 'Mount Ida': [39.7, 26.85], 'Kaz Dağları': [39.7, 26.85], 'Küçükkuyu': [39.55, 26.61], 'Gulf of Edremit': [39.5, 26.8], Greece: GREECE, Istanbul: [41.01, 28.95], Assos: [39.49, 26.34], Behramkale: [39.49, 26.34], Edremit: [39.6, 27.02], 'Çanakkale': [40.15, 26.41] },
		['Zeus']
	),
	w(
		"Flatey is an island in Breiðafjörður, in western Iceland, and part of the municipality of Reykhólahreppur in the Westfjords Region. It is 2 km long and the only one of the fjord's many islands still lived on, by a few families in summer.\n\nHistory\nA monastery stood on the island from 1172 to 1184, and in the 19th century Flatey was a trading centre for the islands and coasts of the fjord. The Flateyjarbók, a medieval manuscript of the sagas, was kept here for centuries.\n\nThe ferry Baldur calls at Flatey on its way between Stykkishólmur, on the Snæfellsnes peninsula, and Brjánslækur on the southern coast of the Westfjords. Reykjavík is about 170 km to the south-east.",
		{ Flatey: [65.37, -22.92], 'Breiðafjörður': [65.25, -23.0], Iceland: ICELAND, 'Reykhólahreppur': [65.5, -22.2], 'Westfjords Region': [65.9, -22.5], Westfjords: [65.9, -22.5], 'Stykkishólmur': [65.07, -22.73], 'Snæfellsnes': [64.87, -23.0], 'Brjánslækur': [65.52, -23.2], 'Reykjavík': [64.14, -21.94] },
		['Flateyjarbók', 'Baldur']
	),
	w(
		"Mang'ola is a ward in Karatu District of Arusha Region, Tanzania, on the north-eastern shore of Lake Eyasi. The ward had 25,000 people in 2012, most of them farmers who grow onions with water from springs at the foot of the escarpment.\n\nThe Hadza, some of the last hunter-gatherers of Africa, live in the bush around the lake, and Datoga herders keep cattle on the plain. Karatu, the district seat, lies 45 km to the north-east on the road from Arusha to the Ngorongoro Crater. The Yaeda Valley, where the Hadza hold land titles, lies to the south, towards Mbulu in Manyara Region.",
		{ "Mang'ola": [-3.47, 35.42], 'Karatu District': [-3.4, 35.5], 'Arusha Region': ARUSHA_REGION, Tanzania: TANZANIA, 'Lake Eyasi': [-3.6, 35.1], Karatu: [-3.34, 35.67], Arusha: [-3.37, 36.68], 'Ngorongoro Crater': [-3.2, 35.58], 'Yaeda Valley': [-3.8, 35.3], Mbulu: [-3.85, 35.53], 'Manyara Region': [-4.5, 36.0] },
		['Hadza', 'Datoga']
	),
];

// Half B: held out (scored before and after, never tuned on).
export const WIKI_HELD_OUT_S49_B: GenreText[] = [
	w(
		"Sno is a village in the Kazbegi Municipality of Mtskheta-Mtianeti, in northern Georgia, on the Snostskali river just above its meeting with the Terek. It lies at 1,800 m, 5 km south of Stepantsminda and about 150 km north of Tbilisi.\n\nThe village is the home of the family of Ilia II, Catholicos-Patriarch of All Georgia, who paid for a row of giant stone heads of Georgian poets carved by Merab Piranishvili beside the road. A ruined tower and the church of St George stand above the houses.\n\nA side road climbs east from Sno to Juta, the start of the walk to the Chaukhi massif. The Georgian Military Road passes the mouth of the valley on its way north to Vladikavkaz in Russia, below Mount Kazbek; Gudauri, the ski resort, lies over the Jvari Pass to the south.",
		{ Sno: [42.6, 44.63], 'Kazbegi Municipality': [42.65, 44.6], 'Mtskheta-Mtianeti': [42.2, 44.7], Georgia: GEORGIA_COUNTRY, Snostskali: [42.6, 44.65], Terek: [42.62, 44.63], Stepantsminda: [42.66, 44.64], Tbilisi: [41.72, 44.79], Juta: [42.58, 44.74], Chaukhi: [42.57, 44.8], Vladikavkaz: [43.04, 44.67], Russia: RUSSIA, 'Mount Kazbek': [42.7, 44.52], Gudauri: [42.48, 44.48], 'Jvari Pass': [42.52, 44.46] },
		['Ilia II', 'Merab Piranishvili', 'Georgian Military Road']
	),
	w(
		"Dorze is a village in the Chencha woreda of the Gamo Zone, in the South Ethiopia Regional State, Ethiopia. It lies at 2,600 m in the Gamo highlands, 30 km north of Arba Minch, above the lakes of the Rift Valley.\n\nThe Dorze people build tall houses of woven bamboo and false-banana leaves that can stand for 60 years; when termites eat the base, the house is cut down and moved. They are known across the country as weavers, and many of the cotton shawls sold at Shiro Meda in Addis Ababa are made by Dorze families.\n\nFrom the village there are views down to Lake Abaya and Lake Chamo and the Nechisar National Park between them. Konso lies 90 km to the south and Sodo 120 km to the north.",
		{ Dorze: [6.18, 37.57], Chencha: [6.25, 37.57], 'Gamo Zone': [6.0, 37.3], 'South Ethiopia Regional State': [6.0, 37.0], Ethiopia: ETHIOPIA, 'Arba Minch': [6.03, 37.55], 'Rift Valley': [6.5, 38.0], 'Shiro Meda': [9.07, 38.76], 'Addis Ababa': [9.03, 38.74], 'Lake Abaya': [6.3, 37.85], 'Lake Chamo': [5.85, 37.55], 'Nechisar National Park': [5.95, 37.7], Konso: [5.25, 37.48], Sodo: [6.86, 37.76] }
	),
	w(
		"Mission La Purísima Concepción is a former Spanish mission 6 km north-east of Lompoc, in Santa Barbara County, California. Founded by Fermín Lasuén on 8 December 1787, it was the eleventh of the 21 missions.\n\nHistory\nThe first mission stood at the south edge of what is now the town of Lompoc; after the earthquake of 1812 destroyed it, the padres moved across the Santa Ynez River to the Cañada de los Berros. In the 1930s the Civilian Conservation Corps rebuilt the ruins, and they are now La Purísima Mission State Historic Park, the most completely restored of the missions.\n\nVandenberg Space Force Base lies to the west. Mission Santa Inés, in Solvang, is 30 km to the east, and Santa Barbara 90 km to the south-east.",
		{ 'Mission La Purísima Concepción': [34.67, -120.42], Lompoc: [34.64, -120.46], 'Santa Barbara County': [34.7, -120.0], California: CALIFORNIA, 'Santa Ynez River': [34.65, -120.45], 'Cañada de los Berros': [34.67, -120.42], 'La Purísima Mission State Historic Park': [34.67, -120.42], 'Vandenberg Space Force Base': [34.74, -120.57], 'Mission Santa Inés': [34.59, -120.14], Solvang: [34.6, -120.14], 'Santa Barbara': [34.42, -119.7] },
		['Fermín Lasuén', 'Civilian Conservation Corps']
	),
	w(
		"Concepción is a town in Bolivia, the capital of the Ñuflo de Chávez Province in the Santa Cruz Department. It lies 280 km north-east of Santa Cruz de la Sierra, by way of San Javier, and had about 7,000 people in 2012.\n\nHistory\nThe Jesuits founded the mission in 1709. Its church, finished in 1756 by Martin Schmid, was restored in the 1970s and 80s by the Swiss architect Hans Roth, and is part of the World Heritage Site of the Jesuit Missions of Chiquitos. The town is the seat of the Vicariate of Ñuflo de Chávez.\n\nGeography\nSan Ignacio de Velasco lies 170 km to the east, on the road towards the border with Brazil; the Guarayos country lies to the north-west.",
		{ 'Concepción': [-16.13, -62.02], Bolivia: BOLIVIA, 'Ñuflo de Chávez Province': [-15.5, -62.0], 'Santa Cruz Department': SANTA_CRUZ_DEPARTMENT, 'Santa Cruz de la Sierra': [-17.78, -63.18], 'San Javier': [-16.27, -62.5], 'San Ignacio de Velasco': [-16.37, -60.96], Brazil: BRAZIL, Guarayos: [-15.5, -63.3] },
		['Jesuits', 'Martin Schmid', 'Hans Roth']
	),
	w(
		"Kugluktuk, known until 1996 as Coppermine, is a hamlet at the mouth of the Coppermine River in the Kitikmeot Region of Nunavut, Canada. On the shore of Coronation Gulf, it is the westernmost community of Nunavut, and had 1,382 people in 2021.\n\nHistory\nSamuel Hearne of the Hudson's Bay Company reached the mouth of the river in 1771, guided by Matonabbee; at Bloody Falls, 15 km upstream, his Chipewyan companions killed a camp of Inuit. The Anglican mission and a trading post were opened in the 1920s.\n\nGeography\nCambridge Bay, the regional centre on Victoria Island, lies 400 km to the east. Flights go south to Yellowknife, in the Northwest Territories, passing near Great Bear Lake.",
		{ Kugluktuk: [67.83, -115.1], Coppermine: [67.83, -115.1], 'Coppermine River': [67.8, -115.3], 'Kitikmeot Region': [68.5, -105.0], Nunavut: NUNAVUT, Canada: CANADA, 'Coronation Gulf': [68.0, -112.0], 'Bloody Falls': [67.74, -115.37], 'Cambridge Bay': [69.12, -105.06], 'Victoria Island': [71.0, -110.0], Yellowknife: [62.45, -114.37], 'Northwest Territories': [64.0, -119.0], 'Great Bear Lake': [66.0, -121.0] },
		['Samuel Hearne', "Hudson's Bay Company", 'Matonabbee']
	),
	w(
		"Mayo is a village in central Yukon, Canada, on the Stewart River just below the mouth of the Mayo River. It was named after Alfred Mayo, a trader and former circus acrobat who ran a post on the Stewart in the 1880s.\n\nHistory\nSilver and lead were found at Keno Hill in 1919, and for 70 years ore from the mines at Keno City and Elsa was hauled to Mayo and shipped down the Stewart by sternwheeler to the Yukon River and Whitehorse. The village is home to the First Nation of Na-Cho Nyäk Dun.\n\nThe Silver Trail leaves the Klondike Highway at Stewart Crossing, 53 km to the south-west, and follows the river to Mayo and Keno City. Dawson City is 230 km away by road, and Pelly Crossing 160 km.",
		{ Mayo: [63.59, -135.9], Yukon: YUKON, Canada: CANADA, 'Stewart River': [63.58, -135.9], Stewart: [63.58, -135.9], 'Mayo River': [63.6, -135.9], 'Keno Hill': [63.92, -135.2], 'Keno City': [63.91, -135.3], Elsa: [63.92, -135.5], 'Yukon River': [62.8, -136.6], Whitehorse: [60.72, -135.05], 'Stewart Crossing': [63.38, -136.68], 'Dawson City': [64.06, -139.43], 'Pelly Crossing': [62.82, -136.58] },
		['Alfred Mayo', 'Silver Trail', 'Klondike Highway']
	),
	w(
		"Tongli is a town in the Wujiang District of Suzhou, in Jiangsu province, China, 18 km south-east of the old city of Suzhou. It stands on seven islets between five lakes east of Lake Tai, joined by 49 stone bridges.\n\nThe Tuisi Garden, laid out in 1885 for a disgraced official, is listed with the Classical Gardens of Suzhou as a World Heritage Site. The town also keeps a museum of Chinese sex culture in a former girls' school.\n\nZhouzhuang lies 15 km to the east and Luzhi 20 km to the north-east. Shanghai is 80 km away by road, and Hangzhou 130 km to the south.",
		{ Tongli: [31.16, 120.72], 'Wujiang District': [31.0, 120.63], Suzhou: [31.3, 120.62], Jiangsu: JIANGSU, China: CHINA, 'Lake Tai': [31.2, 120.2], Zhouzhuang: [31.12, 120.85], Luzhi: [31.27, 120.85], Shanghai: [31.22, 121.46], Hangzhou: [30.27, 120.15] }
	),
	w(
		"Xijiang is a Miao village in Leishan County, in the Qiandongnan Miao and Dong Autonomous Prefecture of Guizhou, China. Its 1,300 wooden houses on stilts climb two hillsides above the Baishui river, and with some 6,000 people it is often called the largest Miao village in the world.\n\nThe village lies 36 km south-east of Kaili, the prefecture's seat, on the northern edge of the Leigong Mountain nature reserve; Langde, another Miao village, is on the road from Kaili. Since 2008 Xijiang has been run as a tourist town with evening shows.\n\nGuiyang, the provincial capital, is 200 km to the west; Taijiang lies to the north-east, towards the border with Hunan.",
		{ Xijiang: [26.49, 108.18], 'Leishan County': [26.38, 108.08], 'Qiandongnan Miao and Dong Autonomous Prefecture': QIANDONGNAN, Guizhou: GUIZHOU, China: CHINA, Baishui: [26.49, 108.18], Kaili: [26.57, 107.98], 'Leigong Mountain': [26.38, 108.2], Langde: [26.47, 108.09], Guiyang: [26.65, 106.63], Taijiang: [26.67, 108.32], Hunan: [27.5, 111.5] }
	),
	w(
		"Wae Rebo is a village in the Satar Mese Barat district of Manggarai Regency, on the island of Flores, East Nusa Tenggara, Indonesia. It lies at 1,100 m in a hollow of the mountains, three hours on foot from the end of the road at Denge.\n\nThe village keeps seven mbaru niang, tall cone-shaped houses of thatch, each home to several families; four were rebuilt between 2008 and 2011 with help from Jakarta architects, and the village won a UNESCO award for conservation in 2012.\n\nRuteng, the regency seat, is 60 km away by road. Labuan Bajo, the port for Komodo, lies 150 km to the west; the old royal village of Todo is nearby.",
		{ 'Wae Rebo': [-8.77, 120.28], 'Satar Mese Barat': [-8.75, 120.3], 'Manggarai Regency': [-8.6, 120.4], Flores: [-8.6, 121.0], 'East Nusa Tenggara': [-9.0, 121.0], Indonesia: INDONESIA, Denge: [-8.8, 120.28], Jakarta: [-6.2, 106.82], Ruteng: [-8.61, 120.46], 'Labuan Bajo': [-8.5, 119.88], Komodo: [-8.55, 119.45], Todo: [-8.7, 120.35] },
		['UNESCO']
	),
	w(
		"Conservatória is a district of the municipality of Valença, in the south of the state of Rio de Janeiro, Brazil. It lies in the hills of the Paraíba do Sul valley, 35 km west of the town of Valença, and had about 4,000 people in 2010.\n\nHistory\nThe village grew in the 19th century on coffee grown by enslaved workers, and declined with the coffee trade. Since the 1960s it has called itself the town of serenades: on weekend nights singers walk its streets with guitars, and the houses bear plaques with the titles of old songs.\n\nSanta Isabel do Rio Preto lies to the west, and Barra do Piraí and Vassouras to the south-east; Juiz de Fora, in Minas Gerais, is 90 km to the north.",
		{ 'Conservatória': [-22.29, -43.93], 'Valença': [-22.25, -43.7], 'Rio de Janeiro': [-22.25, -42.5], Brazil: BRAZIL, 'Paraíba do Sul': [-22.2, -43.3], 'Santa Isabel do Rio Preto': [-22.23, -44.06], 'Barra do Piraí': [-22.47, -43.83], Vassouras: [-22.4, -43.66], 'Juiz de Fora': [-21.76, -43.35], 'Minas Gerais': MINAS_GERAIS }
	),
	w(
		"Leenaun, also spelt Leenane, is a village and townland in County Galway, Ireland, at the head of Killary Harbour, where the fjord forms the border with County Mayo. It lies in Connemara, between the Maumturks to the south and Mweelrea across the water.\n\nThe village was used for the film The Field in 1990, and gave its name to The Beauty Queen of Leenane, a play by Martin McDonagh. A sheep and wool centre tells the story of the local hill farms.\n\nThe Erriff river falls over the Aasleagh Falls into the harbour 3 km to the east. Westport is 30 km to the north-east and Clifden 40 km to the south-west, by way of Maam Cross or Kylemore.",
		{ Leenaun: [53.6, -9.69], Leenane: [53.6, -9.69], 'County Galway': [53.3, -8.8], Ireland: IRELAND, 'Killary Harbour': [53.6, -9.8], 'County Mayo': [53.9, -9.3], Connemara: [53.5, -9.8], Maumturks: [53.52, -9.6], Mweelrea: [53.64, -9.83], Erriff: [53.63, -9.62], 'Aasleagh Falls': [53.62, -9.67], Westport: [53.8, -9.52], Clifden: [53.49, -10.02], 'Maam Cross': [53.46, -9.54], Kylemore: [53.56, -9.89] },
		['The Field', 'Martin McDonagh']
	),
	w(
		"Glen Affric is a glen in the Highland council area of Scotland, running 30 km west from the village of Cannich into the mountains of Kintail. The River Affric flows east through Loch Affric and Loch Beinn a' Mheadhoin and joins the River Glass at Fasnakyle.\n\nThe glen holds one of the largest remnants of the old Caledonian pine forest, protected since 1961 and now a national nature reserve. The Alltbeithe youth hostel, 13 km beyond the road end, is one of the most remote in Britain.\n\nTomich lies just to the south, and Strathglass runs north-east to Beauly. Drumnadrochit, on Loch Ness, is 20 km to the east, and Inverness 50 km.",
		{ 'Glen Affric': [57.28, -4.95], Highland: HIGHLAND, Scotland: SCOTLAND, Cannich: [57.35, -4.77], Kintail: [57.22, -5.35], 'River Affric': [57.27, -5.0], 'Loch Affric': [57.26, -5.0], "Loch Beinn a' Mheadhoin": [57.3, -4.88], 'River Glass': [57.35, -4.75], Fasnakyle: [57.33, -4.8], Alltbeithe: [57.24, -5.17], Britain: [54.0, -2.0], Tomich: [57.3, -4.8], Strathglass: [57.38, -4.7], Beauly: [57.48, -4.46], Drumnadrochit: [57.34, -4.48], 'Loch Ness': [57.3, -4.45], Inverness: [57.48, -4.22] }
	),
	w(
		"Eigg is one of the Small Isles, in the Inner Hebrides of Scotland, and part of the Lochaber area of Highland. It is 9 km long and is dominated by An Sgùrr, a ridge of pitchstone 393 m high.\n\nHistory\nIn 1997 the islanders bought Eigg from its owner, and it is now run by the Isle of Eigg Heritage Trust; in 2008 it became the first community to run its own grid on wind, water and sun. In 1577 MacLeods from Skye are said to have smothered the whole population in a cave.\n\nThe ferry from Mallaig calls at the pier of Galmisdale, and in summer a boat runs from Arisaig. Cleadale, on the north-west coast, looks across to Rùm; Muck lies to the south-west and Canna beyond Rùm.",
		{ Eigg: [56.9, -6.15], 'Small Isles': [56.95, -6.3], 'Inner Hebrides': INNER_HEBRIDES, Scotland: SCOTLAND, Lochaber: [56.8, -5.1], Highland: HIGHLAND, 'An Sgùrr': [56.88, -6.2], Skye: [57.3, -6.2], Mallaig: [57.0, -5.83], Galmisdale: [56.88, -6.13], Arisaig: [56.91, -5.85], Cleadale: [56.92, -6.14], 'Rùm': [57.0, -6.33], Muck: [56.83, -6.23], Canna: [57.06, -6.55] },
		['Isle of Eigg Heritage Trust', 'MacLeods']
	),
	w(
		"Riverton (Māori: Aparima) is a town in Southland, New Zealand, on the estuary of the Aparima and Pourakino rivers, 38 km west of Invercargill. It had 1,900 people in 2018 and is part of the Southland District.\n\nHistory\nThe whaler John Howell set up a station here in 1836, and Riverton claims to be the oldest European settlement in Southland. The town later served the sawmills and farms of the western plains.\n\nThe Southern Scenic Route runs west through Colac Bay and Orepuki to Tuatapere. Across Foveaux Strait lies Stewart Island; Otautau is 30 km inland to the north.",
		{ Riverton: [-46.36, 168.02], Aparima: [-46.36, 168.02], Southland: [-45.8, 168.0], 'New Zealand': NEW_ZEALAND, Pourakino: [-46.3, 168.0], Invercargill: [-46.41, 168.35], 'Southland District': [-45.8, 168.0], 'Colac Bay': [-46.36, 167.89], Orepuki: [-46.28, 167.73], Tuatapere: [-46.13, 167.69], 'Foveaux Strait': [-46.65, 168.1], 'Stewart Island': [-47.0, 167.85], Otautau: [-46.15, 168.0] },
		['John Howell', 'Southern Scenic Route']
	),
	w(
		"The Gariep Dam is an arch-gravity dam on the Orange River, on the border between the Free State and the Eastern Cape in South Africa. Its lake is the largest reservoir in the country, 100 km long when full.\n\nHistory\nThe dam was built between 1965 and 1971 as the Hendrik Verwoerd Dam, and renamed in 1996. Water leaves the lake through the Orange-Fish Tunnel, 83 km long, to the Great Fish River valley, and the dam's power station feeds the national grid.\n\nThe town of Gariep Dam, formerly Oranjekrag, was built for the workers beside the wall. Norvalspont lies on the river 10 km downstream and Bethulie at the eastern end of the lake; Colesberg is 40 km to the west. The river rises in Lesotho.",
		{ 'Gariep Dam': [-30.62, 25.51], 'Orange River': [-30.6, 25.5], 'Free State': [-29.0, 26.0], 'Eastern Cape': [-32.0, 26.5], 'South Africa': SOUTH_AFRICA, 'Hendrik Verwoerd Dam': [-30.62, 25.51], 'Great Fish River': [-31.8, 25.8], Oranjekrag: [-30.6, 25.47], Norvalspont: [-30.63, 25.44], Bethulie: [-30.5, 25.98], Colesberg: [-30.72, 25.1], Lesotho: [-29.5, 28.25] },
		['Orange-Fish Tunnel']
	),
	w(
		"The Lowari Pass is a high mountain pass in the Hindu Kush, in Khyber Pakhtunkhwa, Pakistan, linking the Chitral valley with Upper Dir. At 3,118 m it was for decades Chitral's only road link with the rest of the country, closed by snow for half the year.\n\nThe Lowari Tunnel, 8.5 km long, was opened beneath the pass in 2017. North of the pass the road descends to Drosh and Chitral; to the south it reaches Dir and goes on to Peshawar, 250 km away. The border with Afghanistan runs along the ridges to the west.",
		{ 'Lowari Pass': [35.35, 71.8], 'Hindu Kush': [35.8, 71.5], 'Khyber Pakhtunkhwa': [34.5, 72.0], Pakistan: PAKISTAN, Chitral: [35.85, 71.79], 'Upper Dir': [35.2, 72.0], 'Lowari Tunnel': [35.33, 71.79], Drosh: [35.56, 71.79], Dir: [35.2, 71.88], Peshawar: [34.01, 71.58], Afghanistan: AFGHANISTAN }
	),
	w(
		"Fort Frederica National Monument, on St. Simons Island in Glynn County, Georgia, United States, preserves the ruins of the fort and town that James Oglethorpe built in 1736 to guard the southern edge of the colony of Georgia against Spanish Florida.\n\nHistory\nThe town, named after Frederick, Prince of Wales, held about 500 people at its height. In 1742 the British beat back a Spanish landing at the Battle of Bloody Marsh, 8 km to the south, and the garrison was withdrawn in 1749.\n\nThe site lies on the Frederica River. Brunswick, the county seat, is 20 km away across the marshes; Savannah lies 120 km to the north and St. Augustine 200 km to the south. Jekyll Island is just to the south.",
		{ 'Fort Frederica National Monument': [31.22, -81.39], 'St. Simons Island': [31.15, -81.37], 'Glynn County': [31.2, -81.5], Georgia: GEORGIA_STATE, 'United States': US, Florida: FLORIDA, 'Bloody Marsh': [31.15, -81.38], 'Frederica River': [31.22, -81.4], Brunswick: [31.15, -81.49], Savannah: [32.08, -81.09], 'St. Augustine': [29.89, -81.31], 'Jekyll Island': [31.07, -81.42] },
		['James Oglethorpe', 'Frederick']
	),
	w(
		"Piana is a commune in the Corse-du-Sud department of France, on the island of Corsica, on a shelf above the Gulf of Porto. It had 450 people in 2019.\n\nThe red granite cliffs of the Calanques de Piana drop 300 m to the sea south of the village; they are part of the World Heritage Site of the Gulf of Porto, with the Scandola nature reserve and the cove of Girolata on the northern shore. A road leads west to the headland of Capo Rosso.\n\nPorto lies 12 km to the north-east on the road through the calanques, and Evisa beyond it in the hills; Cargèse is 20 km to the south and Ajaccio 70 km.",
		{ Piana: [42.24, 8.64], 'Corse-du-Sud': [41.9, 9.0], France: FRANCE, Corsica: CORSICA, 'Gulf of Porto': [42.27, 8.65], 'Calanques de Piana': [42.25, 8.62], Scandola: [42.37, 8.55], Girolata: [42.35, 8.61], 'Capo Rosso': [42.24, 8.55], Porto: [42.27, 8.7], Evisa: [42.25, 8.8], 'Cargèse': [42.13, 8.6], Ajaccio: [41.93, 8.74] }
	),
	w(
		"Dadal is a sum (district) of Khentii Province in north-eastern Mongolia, on the Onon River 25 km from the Russian border. Its centre had 2,600 people in 2010.\n\nDadal is one of the places said to be the birthplace of Genghis Khan, and a monument of 1962 stands at Deluun Boldog, a hill north of the village. The forests of the sum adjoin the Onon-Balj National Park, along the Balj River, and the Khan Khentii Strictly Protected Area to the west.\n\nChinggis City (Öndörkhaan), the provincial centre, is 250 km to the south, by way of Binder; Ulaanbaatar is 550 km away. Across the border lies Zabaykalsky Krai in Russia.",
		{ Dadal: [49.02, 111.63], 'Khentii Province': [47.5, 110.0], Mongolia: MONGOLIA, 'Onon River': [49.0, 111.6], 'Deluun Boldog': [49.05, 111.6], 'Onon-Balj National Park': [49.1, 111.6], 'Balj River': [49.1, 111.4], 'Khan Khentii Strictly Protected Area': [48.5, 108.5], 'Chinggis City': [47.32, 110.66], 'Öndörkhaan': [47.32, 110.66], Binder: [48.62, 110.6], Ulaanbaatar: [47.92, 106.92], 'Zabaykalsky Krai': [52.0, 116.0], Russia: RUSSIA },
		['Genghis Khan']
	),
	w(
		"Muang Sing is a town and district in Luang Namtha Province, in the far north-west of Laos, 10 km from the border with China. It lies in a wide valley of rice fields at 650 m.\n\nThe town was the seat of a Tai Lue principality and later of a French garrison, whose old fort still stands. Its morning market draws Akha, Tai Dam and Hmong villagers from the hills, and from Mengla across the border in Yunnan.\n\nLuang Namtha, the provincial town, is 60 km to the south-east, and the Nam Ha National Protected Area lies between them. A road runs west to Xieng Kok on the Mekong, the border with Myanmar; Boten, on the railway to China, is 80 km to the east.",
		{ 'Muang Sing': [21.18, 101.15], 'Luang Namtha Province': [20.9, 101.4], Laos: LAOS, China: CHINA, Mengla: [21.46, 101.56], Yunnan: [25.0, 101.5], 'Luang Namtha': [20.95, 101.4], 'Nam Ha National Protected Area': [20.9, 101.3], 'Xieng Kok': [20.98, 100.63], Mekong: [20.95, 100.6], Myanmar: MYANMAR, Boten: [21.19, 101.67] }
	),
	w(
		"Mykines is the westernmost of the Faroe Islands, with a single village of the same name, in Sørvágur Municipality. The village had 11 people in 2020, and the island is known for its colonies of puffins and gannets.\n\nA footbridge over the gorge of Holmgjógv joins the island to the islet of Mykineshólmur, where a lighthouse stands at the western end. The ferry runs from Sørvágur on Vágar in summer, and a helicopter from Vágar Airport the rest of the year. Passing boats see the sea stacks of Tindhólmur and the waterfall of Gásadalur on the way.\n\nTórshavn, the capital, is 50 km to the east. The islands belong to the Kingdom of Denmark.",
		{ Mykines: [62.1, -7.65], 'Faroe Islands': FAROE_ISLANDS, 'Sørvágur Municipality': [62.07, -7.3], Holmgjógv: [62.1, -7.68], 'Mykineshólmur': [62.1, -7.69], 'Sørvágur': [62.07, -7.31], 'Vágar': [62.08, -7.25], 'Vágar Airport': [62.06, -7.28], 'Tindhólmur': [62.08, -7.43], 'Gásadalur': [62.11, -7.43], 'Tórshavn': [62.01, -6.77], Denmark: DENMARK }
	),
	w(
		"Birgi is a village in the Ödemiş district of İzmir Province, Turkey, at the foot of the Bozdağ range, 8 km east of Ödemiş. It was the capital of the Aydınid beylik in the 14th century, and had about 1,800 people in 2012.\n\nThe Ulu Mosque of 1312 keeps carved wooden doors and tiles of the time, and the Çakırağa Mansion, built for a tax farmer around 1761, has painted rooms showing Istanbul and İzmir. The village was added to the tentative list of World Heritage Sites in 2012.\n\nA mountain road climbs from Birgi to the summer pastures of Bozdağ and on to Salihli and the ruins of Sardis. Tire lies 50 km to the west, across the Küçük Menderes valley.",
		{ Birgi: [38.26, 28.06], 'Ödemiş': [38.23, 27.97], 'İzmir Province': IZMIR_PROVINCE, Turkey: TURKEY, 'Bozdağ': [38.36, 28.1], Istanbul: [41.01, 28.95], 'İzmir': [38.42, 27.14], Salihli: [38.48, 28.14], Sardis: [38.49, 28.04], Tire: [38.09, 27.73], 'Küçük Menderes': [38.2, 27.9] },
		['Ulu Mosque', 'Çakırağa Mansion']
	),
	w(
		"Djúpivogur is a village in the municipality of Múlaþing, in the Eastern Region of Iceland. It lies on the Búlandsnes peninsula between Berufjörður and Hamarsfjörður, below the pyramid of Búlandstindur, and had about 380 people in 2020.\n\nHistory\nGerman merchants of the Hanseatic League traded here from 1589, and Langabúð, a store of 1790, is now the village museum. In 1627 Barbary pirates landed and carried off villagers as slaves. In 2013 Djúpivogur became the first Cittaslow town in the Nordic countries.\n\nThe island of Papey, once home to Irish hermits, lies 6 km offshore. Höfn is 100 km to the south-west by the Ring Road, Breiðdalsvík 60 km to the north, and Egilsstaðir 150 km.",
		{ 'Djúpivogur': [64.66, -14.28], 'Múlaþing': [65.2, -14.4], 'Eastern Region': [65.0, -14.5], Iceland: ICELAND, 'Búlandsnes': [64.66, -14.3], 'Berufjörður': [64.75, -14.4], 'Hamarsfjörður': [64.6, -14.45], 'Búlandstindur': [64.7, -14.4], Papey: [64.59, -14.18], 'Höfn': [64.25, -15.2], 'Breiðdalsvík': [64.79, -14.01], 'Egilsstaðir': [65.27, -14.39] },
		['Hanseatic League', 'Langabúð', 'Barbary']
	),
	w(
		"Ibo is an island and district of Cabo Delgado Province, Mozambique, in the Quirimbas Archipelago. The island is 10 km long and had about 4,000 people in 2017.\n\nHistory\nArab traders had a settlement here before the Portuguese arrived, and in the 18th century Ibo was the second town of the colony after the Island of Mozambique, shipping slaves to the French islands and to Brazil. Three forts survive, the largest a star-shaped one of 1791.\n\nThe island lies within the Quirimbas National Park; Matemo lies to the north and Quirimba to the south. Pemba, the provincial capital, is 100 km to the south, and Macomia on the mainland road. The Comoros lie 400 km to the east and Zanzibar 700 km to the north.",
		{ Ibo: [-12.35, 40.6], 'Cabo Delgado Province': [-12.5, 39.5], Mozambique: MOZAMBIQUE, 'Quirimbas Archipelago': [-12.3, 40.6], 'Island of Mozambique': [-15.03, 40.73], Brazil: BRAZIL, 'Quirimbas National Park': [-12.4, 40.2], Matemo: [-12.2, 40.57], Quirimba: [-12.4, 40.62], Pemba: [-12.97, 40.52], Macomia: [-12.25, 40.13], Comoros: [-12.2, 44.3], Zanzibar: [-6.16, 39.2] }
	),
];

// Held-out Wikipedia-style articles about small places, session 38 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). 43 texts written for the tests (none copied from anywhere): 20 full
// articles (lead sentence with parents, Geography with distances and bearings, History with former names and
// historical states, Economy, Transport, Notable people, See also) and 23 stubs of one to three sentences in the
// bot-made shape ("X is a village in the Y tehsil of Z district"), some with lists of villages. Subjects chosen after
// listing every subject of the older wiki-held-out-*.ts batches (none repeats one), in countries they cover least
// or not at all (Tajikistan, Malawi, Côte d'Ivoire, Angola, Yemen, Saudi Arabia, Uganda, Georgia, Argentina,
// Thailand, Kazakhstan, Nepal, and China, Russia, India, Canada, Australia), US townships, unincorporated communities
// and small towns named like foreign cities (Calcutta, Vienna, Poland, Canton, Hamburg, Paris, Salem, Glencoe),
// French communes, Indian villages and tehsils, Chinese towns and Russian selos.
// Split in two halves: A (to tune on from session 38) and B (never tuned on: scored before and after).
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s38 [--all]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME
// --country CC` where the gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a historical
// state at its main territory's centre; countries at the gazetteer's own point). A country or region is right within
// 800 km, others within 161 km; a toponym inside a longer gold name is wrong (the batch is marked so). notPlaces:
// people, companies, roads, buildings, institutions and events named like places. Many gold names are not in the
// gazetteer: they count as "not mapped", not as wrong.
// First honest score (main 0ed18bf, before any change tuned on it): half A 192/205 = 0.937 (117 graded names not
// mapped; 1 name of no place mapped: a town's quarter called France); half B 214/220 = 0.973 (87 not mapped; 1 name
// of no place mapped: "Asians" read as the continent). Misses of half A: parts of longer names read alone (a
// district, a plateau, a protectorate, a governorate's, a prefecture's and a department's own names, a gorge, a dam,
// "British" of a protectorate and of a legion), namesakes abroad read as the famous place (settlements named after
// German cities in South Africa, an Australian and a US Lakeland, a Monterey in Illinois), and an oblast read as its
// capital city (426 km). Misses of half B: a US county seat named like a country read as the country, a Saudi town
// spelled as it now is that the gazetteer lacks placed at its province (293 km), parts of longer names.
import type { GenreText } from './genre-texts.ts';
import { US, FRANCE, INDIA } from './gold-points.ts';

const w = (text: string, gold: Record<string, [number, number]>, notPlaces?: string[]): GenreText => ({ genre: 'wikipedia', text, gold, notPlaces });
// countries and historical states at the gazetteer's own points (a country or region is right within 800 km)
const TAJIKISTAN: [number, number] = [39.0, 71.0];
const AFGHANISTAN: [number, number] = [33.0, 66.0];
const KYRGYZSTAN: [number, number] = [41.0, 75.0];
const RUSSIA: [number, number] = [60.0, 100.0];
const MALAWI: [number, number] = [-13.5, 34.0];
const MOZAMBIQUE: [number, number] = [-18.25, 35.0];
const IVORY_COAST: [number, number] = [8.0, -5.0];
const GHANA: [number, number] = [8.0, -2.0];
const ANGOLA: [number, number] = [-12.5, 18.5];
const NAMIBIA: [number, number] = [-22.0, 17.0];
const YEMEN: [number, number] = [15.5, 47.5];
const SAUDI_ARABIA: [number, number] = [25.0, 45.0];
const JORDAN: [number, number] = [31.0, 36.0];
const UGANDA: [number, number] = [1.25, 32.5];
const GEORGIA: [number, number] = [42.0, 43.5];
const ARGENTINA: [number, number] = [-34.0, -64.0];
const WALES: [number, number] = [52.3, -3.8];
const THAILAND: [number, number] = [15.0, 100.0];
const MYANMAR: [number, number] = [22.0, 98.0];
const CHINA: [number, number] = [35.0, 105.0];
const CANADA: [number, number] = [60.11, -113.64];
const AUSTRALIA: [number, number] = [-25.0, 135.0];
const SOUTH_AFRICA: [number, number] = [-29.0, 24.0];
const BANGLADESH: [number, number] = [24.0, 90.0];
const JAPAN: [number, number] = [35.69, 139.75];
const KAZAKHSTAN: [number, number] = [48.0, 68.0];
const NEPAL: [number, number] = [28.0, 84.0];
const PAKISTAN: [number, number] = [30.0, 70.0];
const BRAZIL: [number, number] = [-10.0, -55.0];
const SPAIN: [number, number] = [40.0, -4.0];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S38_A: GenreText[] = [
	w(
		"Khorog (also Khorugh) is a town in south-eastern Tajikistan, the capital of the Gorno-Badakhshan Autonomous Region, at 2,200 m where the Gunt flows into the Panj, the river that forms the border with Afghanistan. It had 30,000 inhabitants in 2020.\n\nGeography\nThe town stretches for 5 km along the narrow valley of the Gunt in the western Pamir Mountains. Across the Panj lies the Afghan district of Shighnan, in the province of Badakhshan; a bridge at the south end of the town links the two banks. Dushanbe, the capital, is 520 km to the west by the Pamir Highway through Kalaikhum and Rushan, or an hour's flight when the weather allows. Ishkashim is 100 km upstream to the south, at the bend where the river turns east along the Wakhan Corridor, and Murghab 310 km to the east on the high plateau, on the road to Osh in Kyrgyzstan. Porshinev is 8 km downstream.\n\nHistory\nThe valley of Shughnan was disputed between the Emirate of Bukhara and the Afghan emirs until the Anglo-Russian agreements of 1895 fixed the border on the Panj; a post of the Russian Empire was built in 1896. In the Soviet Union the town became the seat of the autonomous oblast in 1925. During the civil war of 1992–97 the region was cut off and lived on aid brought by the Aga Khan Foundation.\n\nEconomy\nMost people work for the government or for aid agencies. The University of Central Asia opened its campus here in 2017, and the Pamir Botanical Garden, one of the highest in the world, is on the hillside above the town.\n\nSee also\nRoshtqal'a District",
		{ Khorog: [37.49, 71.55], Khorugh: [37.49, 71.55], Tajikistan: TAJIKISTAN, 'Gorno-Badakhshan Autonomous Region': [38.3, 73.0], Gunt: [37.5, 71.6], Panj: [37.5, 71.45], Afghanistan: AFGHANISTAN, 'Pamir Mountains': [38.5, 73.5], Shighnan: [37.45, 71.45], Badakhshan: [36.7, 71.0], Dushanbe: [38.56, 68.77], Kalaikhum: [38.46, 70.8], Rushan: [37.95, 71.55], Ishkashim: [36.73, 71.61], 'Wakhan Corridor': [37.0, 73.0], Murghab: [38.17, 73.96], Osh: [40.53, 72.8], Kyrgyzstan: KYRGYZSTAN, Porshinev: [37.56, 71.53], Shughnan: [37.5, 71.5], 'Emirate of Bukhara': [39.0, 65.5], 'Russian Empire': RUSSIA, 'Soviet Union': RUSSIA, "Roshtqal'a District": [37.3, 71.8] },
		['Pamir Highway', 'Anglo-Russian', 'Aga Khan Foundation', 'University of Central Asia', 'Pamir Botanical Garden']
	),
	w(
		"Zomba is a city in southern Malawi, the headquarters of Zomba District in the Southern Region. It was the capital of the Nyasaland Protectorate and then of Malawi until 1975, when the government moved to Lilongwe. It had 105,000 inhabitants in 2018.\n\nGeography\nThe city lies at 900 m at the foot of the Zomba Plateau, which rises to 2,087 m behind it; the Mulunguzi River runs down from the plateau through the old government quarter. Blantyre is 65 km to the south by the M3, and Liwonde 55 km to the north, where the road crosses the Shire River at the edge of Liwonde National Park. Lake Chilwa, a shallow lake with no outlet on the border with Mozambique, lies 30 km to the east. Phalombe is 60 km to the south-east below Mulanje Mountain, and Domasi, with its teachers' college, 15 km to the north. Mangochi, at the southern end of Lake Malawi, is 120 km to the north.\n\nHistory\nThe Scottish planter John Buchanan settled at the foot of the mountain in 1879. Harry Johnston made the town the seat of the British Central Africa Protectorate in 1891, renamed Nyasaland in 1907; from 1953 to 1963 the country belonged to the Federation of Rhodesia and Nyasaland, governed from Salisbury.\n\nEducation\nChancellor College, the oldest constituent college of the University of Malawi, moved here from Blantyre in 1973.\n\nSee also\nKu Chawe",
		{ Zomba: [-15.39, 35.32], 'Zomba District': [-15.4, 35.4], 'Southern Region': [-15.5, 35.0], 'Nyasaland Protectorate': MALAWI, Malawi: MALAWI, Lilongwe: [-13.97, 33.79], 'Zomba Plateau': [-15.35, 35.3], 'Mulunguzi River': [-15.38, 35.31], Blantyre: [-15.79, 35.01], Liwonde: [-15.07, 35.23], 'Shire River': [-15.07, 35.23], 'Liwonde National Park': [-14.85, 35.35], 'Lake Chilwa': [-15.3, 35.7], Mozambique: MOZAMBIQUE, Phalombe: [-15.81, 35.65], 'Mulanje Mountain': [-15.95, 35.63], Domasi: [-15.28, 35.38], Mangochi: [-14.48, 35.26], 'Lake Malawi': [-11.9, 34.6], 'British Central Africa Protectorate': MALAWI, Nyasaland: MALAWI, 'Federation of Rhodesia and Nyasaland': [-17.0, 30.0], Salisbury: [-17.83, 31.05], 'Ku Chawe': [-15.35, 35.3] },
		['John Buchanan', 'Harry Johnston', 'Chancellor College', 'University of Malawi', 'M3']
	),
	w(
		"Grand-Bassam is a town in the south-east of Côte d'Ivoire, the seat of the department of the same name in the Sud-Comoé Region. It had 85,000 inhabitants in 2021. It was the first capital of the French colony of Côte d'Ivoire, and its colonial quarter is a World Heritage Site.\n\nGeography\nThe town lies on a strip of sand between the Gulf of Guinea and the Ouladine lagoon, at the mouth of the Comoé River. Abidjan is 40 km to the west along the coast road, and Bingerville, the second capital, 30 km to the north-west on the Ébrié Lagoon. Bonoua is 20 km to the north-east and Assinie 50 km to the east beyond the Aby Lagoon, towards Aboisso and the border with Ghana. The district called France, the old European quarter of warehouses and governors' houses, is on the seaward side; the Quartier Impérial faces it across the lagoon.\n\nHistory\nFrench traders built a fort here in 1843. The town was the capital of the colony from 1893 until yellow fever drove the government to Bingerville in 1900. It was a port of French West Africa, governed from Dakar, until the wharf of Abidjan opened. In March 2016 gunmen attacked the hotels on the beach.\n\nCulture\nThe Musée national du costume is in the old governor's palace. The Abissa festival of the N'zima people is held each autumn.\n\nSee also\nMoossou",
		{ 'Grand-Bassam': [5.2, -3.74], "Côte d'Ivoire": IVORY_COAST, 'Sud-Comoé': [5.5, -3.2], 'Gulf of Guinea': [2.0, 4.0], Ouladine: [5.21, -3.72], 'Comoé River': [5.2, -3.72], Abidjan: [5.35, -4.01], Bingerville: [5.36, -3.89], 'Ébrié Lagoon': [5.28, -4.1], Bonoua: [5.27, -3.6], Assinie: [5.13, -3.28], 'Aby Lagoon': [5.2, -3.2], Aboisso: [5.47, -3.21], Ghana: GHANA, 'Quartier Impérial': [5.21, -3.74], 'French West Africa': [14.0, -5.0], Dakar: [14.69, -17.44], Moossou: [5.23, -3.76] },
		['Musée national du costume', 'Abissa', "N'zima", 'France']
	),
	w(
		"Calcutta is a census-designated place in St. Clair Township, Columbiana County, Ohio, United States, on the hills above the Ohio River. The population was 3,700 at the 2020 census. It is part of the Salem micropolitan area.\n\nGeography\nCalcutta lies along State Route 170 and U.S. Route 30, 6 km north of East Liverpool and 4 km south of Glenmoor. Lisbon, the county seat, is 30 km to the north-west; Wellsville is 12 km to the west on the river, and Chester, West Virginia, 8 km to the south across it. Beaver Creek State Park is 20 km to the north. The Pennsylvania state line is 8 km to the east, beyond which lie Ohioville and Midland in Beaver County, and Pittsburgh is 60 km to the east.\n\nHistory\nThe crossroads was settled in the 1800s and named, by tradition, by a soldier who had served in India. The pottery trade of East Liverpool, the Crockery City, drew many families from Staffordshire in England; the Homer Laughlin China Company, now at Newell across the river, began as a kiln in East Liverpool.\n\nEducation\nBeaver Local High School serves the township.\n\nSee also\nLa Croft, Ohio",
		{ Calcutta: [40.67, -80.57], 'St. Clair Township': [40.68, -80.58], 'Columbiana County': [40.77, -80.78], Ohio: [40.3, -82.8], 'United States': US, 'Ohio River': [40.6, -80.6], 'East Liverpool': [40.62, -80.58], Glenmoor: [40.67, -80.62], Lisbon: [40.77, -80.77], Wellsville: [40.6, -80.65], Chester: [40.61, -80.56], 'West Virginia': [38.6, -80.6], 'Beaver Creek State Park': [40.72, -80.61], Pennsylvania: [40.9, -77.8], Ohioville: [40.68, -80.5], Midland: [40.63, -80.45], 'Beaver County': [40.68, -80.35], Pittsburgh: [40.44, -80.0], India: INDIA, Staffordshire: [52.83, -2.0], England: [52.5, -1.5], Newell: [40.62, -80.6], 'La Croft': [40.64, -80.6], Salem: [40.9, -80.86] },
		['State Route 170', 'U.S. Route 30', 'Crockery City', 'Homer Laughlin China Company', 'Beaver Local High School']
	),
	w(
		"Vallon-Pont-d'Arc is a commune in the Ardèche department in the Auvergne-Rhône-Alpes region of southern France. It had 2,400 inhabitants in 2019.\n\nGeography\nThe village lies in the valley of the Ibie, 2 km from its confluence with the Ardèche, at the head of the Gorges de l'Ardèche. The Pont d'Arc, a natural arch of limestone 60 m wide over the river, is 5 km to the south-east. Salavas adjoins the village across the river, and Ruoms is 8 km to the north-west; Aubenas is 30 km to the north and Privas, the prefecture, 60 km. Barjac, in the Gard, is 15 km to the south, and Saint-Martin-d'Ardèche 30 km to the south-east at the mouth of the gorges, near Pont-Saint-Esprit on the Rhône.\n\nHistory\nThe Chauvet Cave, whose walls bear some of the oldest known paintings, was found in 1994 in the cliffs above the Pont d'Arc. The old village, on the hill of the castle of the lords of Vallon, was abandoned in the 17th century for the plain; in the Wars of Religion the commune was held by the Protestants.\n\nEconomy\nTourism: canoes on the Ardèche and campsites along its banks. The replica of the cave, the Caverne du Pont-d'Arc, opened in 2015 on the plateau of Le Razal.\n\nSee also\nLabastide-de-Virac",
		{ "Vallon-Pont-d'Arc": [44.41, 4.39], 'Ardèche': [44.4, 4.4], 'Auvergne-Rhône-Alpes': [45.5, 4.5], France: FRANCE, Ibie: [44.4, 4.4], "Gorges de l'Ardèche": [44.33, 4.5], "Pont d'Arc": [44.38, 4.41], Salavas: [44.4, 4.38], Ruoms: [44.45, 4.34], Aubenas: [44.62, 4.39], Privas: [44.74, 4.6], Barjac: [44.31, 4.35], Gard: [44.0, 4.2], "Saint-Martin-d'Ardèche": [44.3, 4.57], 'Pont-Saint-Esprit': [44.26, 4.65], 'Rhône': [44.26, 4.66], 'Chauvet Cave': [44.39, 4.42], Vallon: [44.41, 4.39], 'Le Razal': [44.39, 4.41], 'Labastide-de-Virac': [44.35, 4.41] },
		['Wars of Religion', 'Protestants', 'Caverne du Pont-d\'Arc']
	),
	w(
		"Cooktown is a town and locality in the Shire of Cook, Queensland, Australia, at the mouth of the Endeavour River on the east coast of Cape York Peninsula. It had 2,600 inhabitants at the 2021 census.\n\nGeography\nThe town lies 330 km north of Cairns by the Mulligan Highway through Lakeland and Mount Molloy, or 240 km by the coastal Bloomfield Track through the rainforest of Daintree. Hope Vale, an Aboriginal community, is 45 km to the north-west, and Laura 140 km to the west on the road to the cape. Grassy Hill, above the town, looks over the reef; Lizard Island is 90 km to the north-east off the coast. Black Mountain, a pile of dark granite boulders, is 25 km to the south.\n\nHistory\nThe Guugu Yimithirr people call the place Gangaar. In June 1770 James Cook beached the Endeavour here for seven weeks to repair her hull after she struck the reef. The town was founded in 1873 as the port of the Palmer River goldfield, 150 km inland, and in its boom held more than 30,000 people, many of them from Canton.\n\nCulture\nThe James Cook Museum is in the old convent. The Cooktown Discovery Festival re-enacts the landing each June.\n\nSee also\nMarton, Queensland",
		{ Cooktown: [-15.47, 145.25], 'Shire of Cook': [-15.0, 144.5], Queensland: [-22.0, 144.0], Australia: AUSTRALIA, 'Endeavour River': [-15.46, 145.24], 'Cape York Peninsula': [-13.5, 143.0], Cairns: [-16.92, 145.77], Lakeland: [-15.86, 144.85], 'Mount Molloy': [-16.68, 145.33], Daintree: [-16.25, 145.32], 'Hope Vale': [-15.29, 145.11], Laura: [-15.56, 144.45], 'Grassy Hill': [-15.46, 145.25], 'Lizard Island': [-14.67, 145.46], 'Black Mountain': [-15.66, 145.22], Gangaar: [-15.47, 145.25], 'Palmer River': [-16.0, 144.5], Canton: [23.13, 113.26], Marton: [-15.43, 145.2] },
		['Mulligan Highway', 'Bloomfield Track', 'Guugu Yimithirr', 'James Cook', 'Endeavour', 'James Cook Museum', 'Cooktown Discovery Festival']
	),
	w(
		"Ust-Barguzin (Russian: Усть-Баргузин) is an urban-type settlement in Barguzinsky District of the Republic of Buryatia, Russia, at the mouth of the Barguzin River on the eastern shore of Lake Baikal. It had 6,600 inhabitants in 2010.\n\nGeography\nThe settlement lies on both banks of the river where it enters Barguzin Bay. Ulan-Ude, the capital of the republic, is 280 km to the south by the road along the shore through Gremyachinsk and Turka; Barguzin, the district's seat, is 50 km up the valley to the north-east. The Svyatoy Nos peninsula, joined to the shore by a sandy isthmus, lies 20 km to the north, with Chivyrkuy Bay beyond it, and the Barguzin Nature Reserve begins 60 km up the coast at Davsha. Across the lake, 60 km to the west, is the island of Olkhon, in Irkutsk Oblast.\n\nHistory\nThe village was founded in 1666 as a winter post of Cossacks collecting fur tribute for the Tsardom of Russia. Political exiles were sent here under the Russian Empire, among them Wilhelm Küchelbecker, the Decembrist. In the Soviet Union it had a fish cannery for the omul of the lake.\n\nEconomy\nFishing, timber, and tourism on the shore of Baikal; the headquarters of the Zabaikalsky National Park are in the settlement.\n\nSee also\nMaksimikha",
		{ 'Ust-Barguzin': [53.42, 109.02], Barguzinsky: [54.0, 110.0], 'Barguzinsky District': [54.0, 110.0], 'Republic of Buryatia': [52.5, 109.0], Russia: RUSSIA, 'Barguzin River': [53.42, 109.05], 'Lake Baikal': [53.5, 108.0], 'Barguzin Bay': [53.4, 108.9], 'Ulan-Ude': [51.83, 107.61], Gremyachinsk: [52.8, 107.96], Turka: [52.95, 108.21], Barguzin: [53.62, 109.63], 'Svyatoy Nos': [53.6, 108.8], 'Chivyrkuy Bay': [53.75, 109.0], 'Barguzin Nature Reserve': [54.3, 109.6], Davsha: [54.35, 109.5], Olkhon: [53.15, 107.4], 'Irkutsk Oblast': [56.0, 106.0], 'Tsardom of Russia': RUSSIA, 'Russian Empire': RUSSIA, 'Soviet Union': RUSSIA, Baikal: [53.5, 108.0], 'Zabaikalsky National Park': [53.6, 108.9], Maksimikha: [53.27, 108.74] },
		['Cossacks', 'Wilhelm Küchelbecker', 'Decembrist']
	),
	w(
		"Mawlynnong is a village in the Pynursla block of East Khasi Hills district in the Indian state of Meghalaya, close to the border with Bangladesh. It had 500 inhabitants at the 2011 census and is known as one of the cleanest villages in Asia.\n\nGeography\nThe village lies at 900 m on the southern edge of the Khasi Hills, 90 km south of Shillong by the road through Pynursla, which is 25 km away. Riwai, 2 km to the west, has a living root bridge over a stream. Dawki, the border crossing on the Umngot River, is 30 km to the east, and beyond it Tamabil and the plains of Sylhet in Bangladesh. Sohra, formerly Cherrapunji, is 50 km to the west along the escarpment.\n\nHistory\nThe Khasi villages of the hills came under British rule after the Anglo-Khasi War of 1829–33 and were governed from Shillong as part of the province of Assam until Meghalaya became a state in 1972.\n\nEconomy\nBetel nut, broom grass and tourism; the villagers' council enforces the cleanliness that draws visitors.\n\nSee also\nLaitlyngkot",
		{ Mawlynnong: [25.2, 91.92], Pynursla: [25.3, 91.91], 'East Khasi Hills': [25.4, 91.8], Meghalaya: [25.5, 91.3], Bangladesh: BANGLADESH, 'Khasi Hills': [25.5, 91.6], Shillong: [25.57, 91.88], Riwai: [25.2, 91.9], Dawki: [25.18, 92.02], 'Umngot River': [25.18, 92.02], Tamabil: [25.17, 92.02], Sylhet: [24.9, 91.87], Sohra: [25.28, 91.72], Cherrapunji: [25.28, 91.72], Assam: [26.2, 92.8], Laitlyngkot: [25.42, 91.83], Asia: [30.0, 90.0] },
		['Anglo-Khasi War', 'Khasi']
	),
	w(
		"Hamburg is a village in the Ngqushwa Local Municipality of the Amathole District, in the Eastern Cape province of South Africa, at the mouth of the Keiskamma River on the Indian Ocean. It had 2,600 inhabitants in 2011.\n\nGeography\nThe village lies on the west bank of the estuary, among dunes and coastal bush. East London is 80 km to the north-east along the coast road, and Peddie, the municipal seat, 35 km inland to the north-west. Bhisho and King William's Town are 70 km to the north; Keiskammahoek is higher up the river in the Amatola Mountains. Port Alfred is 60 km to the south-west beyond the Great Fish River, the old frontier of the Cape Colony.\n\nHistory\nThe village was founded in 1857 by soldiers of the British German Legion who had served in the Crimean War and were settled on the frontier of British Kaffraria; they named it after their home city. Other settlements of the legion nearby took the names of Berlin, Potsdam, Stutterheim and Frankfort.\n\nEconomy\nFishing, a few holiday houses, and the Keiskamma Art Project, whose embroideries hang in the parliament in Cape Town.\n\nSee also\nBodiam, Eastern Cape",
		{ Hamburg: [-33.29, 27.48], Ngqushwa: [-33.2, 27.2], 'Amathole District': [-32.6, 27.3], 'Eastern Cape': [-32.0, 26.5], 'South Africa': SOUTH_AFRICA, 'Keiskamma River': [-33.29, 27.49], 'Indian Ocean': [-10.0, 70.0], 'East London': [-33.02, 27.91], Peddie: [-33.2, 27.12], Bhisho: [-32.85, 27.44], "King William's Town": [-32.88, 27.39], Keiskammahoek: [-32.68, 27.15], 'Amatola Mountains': [-32.6, 27.0], 'Port Alfred': [-33.59, 26.89], 'Great Fish River': [-33.49, 27.13], 'Cape Colony': [-32.0, 22.0], 'British Kaffraria': [-32.9, 27.4], Berlin: [-32.89, 27.58], Potsdam: [-32.95, 27.72], Stutterheim: [-32.57, 27.42], Frankfort: [-32.73, 27.47], 'Cape Town': [-33.92, 18.42], Bodiam: [-33.3, 27.4] },
		['British German Legion', 'Crimean War', 'Keiskamma Art Project']
	),
	w(
		"Mestia (Georgian: მესტია) is a town in the Samegrelo-Zemo Svaneti region of north-western Georgia, the seat of Mestia Municipality, at 1,500 m in the valley of the Mulkhra, a tributary of the Enguri. It had 2,000 inhabitants in 2014.\n\nGeography\nThe town lies on the southern slope of the Greater Caucasus, 130 km north-east of Zugdidi by the road up the Enguri gorge past the Enguri Dam and Jvari. Ushguli is 45 km to the east at the head of the valley, below Shkhara; Becho and the twin peaks of Ushba are 15 km to the north-west, near the border with Kabardino-Balkaria in Russia. Latali is 8 km to the west, Mulakhi 10 km to the east, and the Chalaadi glacier 8 km to the north. Kutaisi is 250 km away by road, and Tbilisi 470 km.\n\nHistory\nThe Svan towers, stone houses of defence built from the 9th to the 13th centuries, stand over the town. Upper Svaneti kept a loose independence under its princes until the Russian Empire took it in 1857; the Dadeshkeliani family ruled the lower valleys. In the Soviet Union the district was part of the Georgian SSR.\n\nEconomy\nTourism, mountaineering and skiing at Hatsvali and Tetnuldi. Queen Tamar Airport has flights to Tbilisi and Natakhtari.\n\nSee also\nLenjeri",
		{ Mestia: [43.05, 42.73], 'Samegrelo-Zemo Svaneti': [42.7, 42.2], Georgia: GEORGIA, 'Mestia Municipality': [43.0, 42.7], Mulkhra: [43.05, 42.75], Enguri: [42.95, 42.6], 'Greater Caucasus': [42.8, 44.0], Zugdidi: [42.51, 41.87], 'Enguri Dam': [42.76, 42.03], Jvari: [42.72, 42.05], Ushguli: [42.92, 43.01], Shkhara: [43.0, 43.11], Becho: [43.09, 42.57], Ushba: [43.13, 42.65], 'Kabardino-Balkaria': [43.5, 43.4], Russia: RUSSIA, Latali: [43.03, 42.63], Mulakhi: [43.03, 42.85], Chalaadi: [43.1, 42.7], Kutaisi: [42.27, 42.7], Tbilisi: [41.72, 44.79], 'Upper Svaneti': [43.0, 42.8], 'Russian Empire': RUSSIA, 'Soviet Union': RUSSIA, 'Georgian SSR': GEORGIA, Hatsvali: [43.03, 42.72], Tetnuldi: [43.0, 42.95], Natakhtari: [41.92, 44.72], Lenjeri: [43.04, 42.77] },
		['Svan', 'Dadeshkeliani', 'Queen Tamar Airport']
	),
	// stubs
	w(
		"Salem is a village in the Pachora tehsil of Jalgaon district in the Indian state of Maharashtra. It had 1,900 inhabitants at the 2011 census. The nearest railway station is at Pachora, 12 km away.",
		{ Salem: [20.6, 75.4], Pachora: [20.67, 75.35], Jalgaon: [21.0, 75.56], Maharashtra: [19.5, 75.5] }
	),
	w(
		"Shaxi is a town in Jianchuan County, Dali Bai Autonomous Prefecture, in the north-west of Yunnan, China. It lies in a valley on the old Tea Horse Road between Dali and Lijiang, and its Sideng market square keeps a theatre and inns of the caravans.",
		{ Shaxi: [26.32, 99.85], 'Jianchuan County': [26.54, 99.9], 'Dali Bai Autonomous Prefecture': [25.6, 100.2], Yunnan: [25.0, 101.5], China: CHINA, Dali: [25.6, 100.23], Lijiang: [26.87, 100.23], Sideng: [26.32, 99.85] },
		['Tea Horse Road']
	),
	w(
		"Varzuga (Russian: Варзуга) is a rural locality (a selo) in Tersky District of Murmansk Oblast, Russia, on the Varzuga River 20 km from the White Sea. Population: 400 (2010). Its wooden Church of the Dormition was built in 1674.",
		{ Varzuga: [66.41, 36.62], 'Tersky District': [66.5, 37.5], 'Murmansk Oblast': [68.0, 34.0], Russia: RUSSIA, 'Varzuga River': [66.35, 36.8], 'White Sea': [65.5, 38.0] },
		['Church of the Dormition']
	),
	w(
		"Canton Township is one of twenty-six townships in Fulton County, Illinois, USA. As of the 2010 census, its population was 15,900. The township surrounds the city of Canton; the unincorporated communities of Brereton and Monterey lie within it.",
		{ 'Canton Township': [40.55, -90.03], 'Fulton County': [40.47, -90.2], Illinois: [40.0, -89.2], USA: US, Canton: [40.56, -90.04], Brereton: [40.52, -90.05], Monterey: [40.55, -89.98] }
	),
	w(
		"Glencoe is a locality in the Limestone Coast region of South Australia, in the District Council of Grant, 25 km north-west of Mount Gambier. The Glencoe Woolshed, built in 1863, is a state heritage place.",
		{ Glencoe: [-37.68, 140.63], 'Limestone Coast': [-37.0, 140.5], 'South Australia': [-30.0, 135.0], 'District Council of Grant': [-37.9, 140.6], 'Mount Gambier': [-37.83, 140.78] },
		['Glencoe Woolshed']
	),
	w(
		"Eus is a commune in the Pyrénées-Orientales department in southern France. It lies on a hillside above the Têt, 5 km north-east of Prades, facing the Canigou.",
		{ Eus: [42.66, 2.45], 'Pyrénées-Orientales': [42.6, 2.5], France: FRANCE, 'Têt': [42.63, 2.43], Prades: [42.62, 2.42], Canigou: [42.52, 2.46] }
	),
	w(
		"Shahpura is a town and a tehsil in Bhilwara district of Rajasthan, India, the seat of the former princely state of the same name. It is 55 km north-east of Bhilwara and is the centre of the Ramsnehi sect, whose Ram Dwara stands in the town.",
		{ Shahpura: [25.63, 74.93], Bhilwara: [25.35, 74.63], Rajasthan: [26.5, 73.8], India: INDIA },
		['Ramsnehi', 'Ram Dwara']
	),
	w(
		"Mirpur is an upazila of Kushtia District in the Khulna Division of Bangladesh. It had 300,000 inhabitants in 2011. Villages in the upazila include Amla, Chithalia, Poradaha and Talbaria.",
		{ Mirpur: [23.93, 89.0], 'Kushtia District': [23.9, 89.1], 'Khulna Division': [22.8, 89.3], Bangladesh: BANGLADESH, Amla: [23.93, 88.93], Chithalia: [23.95, 89.03], Poradaha: [23.85, 89.02], Talbaria: [23.97, 88.99] }
	),
	w(
		"Kamiagata was a town in Kamiagata District, Nagasaki Prefecture, Japan, on the north of the island of Tsushima. On 1 March 2004 it was merged with Izuhara, Mitsushima, Toyotama, Mine and Kamitsushima to form the city of Tsushima.",
		{ Kamiagata: [34.6, 129.35], 'Kamiagata District': [34.6, 129.35], 'Nagasaki Prefecture': [32.9, 129.9], Japan: JAPAN, Tsushima: [34.4, 129.3], Izuhara: [34.2, 129.29], Mitsushima: [34.3, 129.33], Toyotama: [34.42, 129.33], Mine: [34.5, 129.3], Kamitsushima: [34.65, 129.45] }
	),
	w(
		"Saty is a village in Raiymbek District of Almaty Region, in south-eastern Kazakhstan, on the Chilik River. It is the starting point for the Kolsai Lakes and Lake Kaindy, 10 km and 12 km to the south.",
		{ Saty: [43.06, 78.41], 'Raiymbek District': [43.0, 79.5], 'Almaty Region': [44.5, 78.5], Kazakhstan: KAZAKHSTAN, 'Chilik River': [43.1, 78.3], 'Kolsai Lakes': [42.99, 78.33], 'Lake Kaindy': [42.98, 78.47] }
	),
	w(
		"Ghandruk is a village in Annapurna Rural Municipality in Kaski District of Gandaki Province, Nepal, at 2,000 m on the slope above the Modi Khola. It is 32 km north-west of Pokhara.",
		{ Ghandruk: [28.38, 83.81], Annapurna: [28.4, 83.8], 'Kaski District': [28.3, 84.0], 'Gandaki Province': [28.5, 84.0], Nepal: NEPAL, 'Modi Khola': [28.37, 83.83], Pokhara: [28.21, 83.99] }
	)
];

// Half B: held out (never tuned on).
export const WIKI_HELD_OUT_S38_B: GenreText[] = [
	w(
		"Jinja is a city in the Eastern Region of Uganda, the seat of Jinja District, on the northern shore of Lake Victoria where the Victoria Nile leaves the lake. It had 300,000 inhabitants in 2020, and was long the country's second industrial town.\n\nGeography\nThe city lies 80 km east of Kampala by the highway through Mukono and Lugazi, on the eastern bank of the river. Njeru faces it across the Owen Falls Dam, renamed the Nalubaale Power Station; the Bujagali Falls, now drowned by a newer dam, were 8 km downstream. Iganga is 40 km to the north-east on the road to Tororo and the Kenyan border at Busia; Kamuli is 70 km to the north. The city is the chief town of Busoga, the kingdom between the Nile and the Mpologoma.\n\nHistory\nJohn Hanning Speke reached the Ripon Falls here in 1862 and declared them the source of the Nile. The Uganda Railway reached the town in 1928, and Indian traders built much of its centre. The dam, opened by Queen Elizabeth II in 1954, flooded the falls. Under Idi Amin the Asians were expelled in 1972 and the factories closed.\n\nEconomy\nNile Breweries, sugar from Kakira, and rafting on the Nile below the dams.\n\nSee also\nMasese",
		{ Jinja: [0.44, 33.2], 'Eastern Region': [1.0, 33.8], Uganda: UGANDA, 'Jinja District': [0.5, 33.15], 'Lake Victoria': [-1.0, 33.0], 'Victoria Nile': [0.5, 33.15], Kampala: [0.35, 32.58], Mukono: [0.35, 32.76], Lugazi: [0.37, 32.94], Njeru: [0.43, 33.17], 'Owen Falls Dam': [0.44, 33.18], 'Bujagali Falls': [0.49, 33.14], Iganga: [0.61, 33.47], Tororo: [0.69, 34.18], Busia: [0.46, 34.09], Kamuli: [0.95, 33.12], Busoga: [0.8, 33.4], Nile: [0.44, 33.2], Mpologoma: [1.0, 33.7], 'Ripon Falls': [0.42, 33.2], Kakira: [0.5, 33.28], Masese: [0.43, 33.23] },
		['Nalubaale Power Station', 'John Hanning Speke', 'Uganda Railway', 'Queen Elizabeth II', 'Idi Amin', 'Asians', 'Nile Breweries']
	),
	w(
		"Namibe, known until 1985 as Moçâmedes, is a port city in south-western Angola, the capital of Namibe Province. It had 255,000 inhabitants in 2014.\n\nGeography\nThe city stands on a bay of the Atlantic at the northern edge of the Namib Desert. Lubango, the capital of Huíla Province, is 180 km to the east up the escarpment of the Serra da Leba, whose hairpin road climbs 1,000 m. Tômbwa, formerly Porto Alexandre, is 90 km to the south on a fishing bay, and the Iona National Park stretches from there to the Cunene River and the border with Namibia. Benguela is 300 km to the north by the coast road through Lucira. The Welwitschia plants of the desert grow at Bentiaba, 50 km to the north.\n\nHistory\nThe Portuguese founded the town in 1840 and settled it with families from Pernambuco in Brazil and from Madeira and the Algarve. It was a port of Portuguese Angola and, after 1905, the terminus of the Moçâmedes Railway, which climbs to Lubango and Menongue. The South African Defence Force raided the port in 1981.\n\nEconomy\nFishing and fish meal; iron ore from Cassinga was shipped from the port of Saco-Mar.\n\nSee also\nVirei",
		{ Namibe: [-15.2, 12.15], 'Moçâmedes': [-15.2, 12.15], Angola: ANGOLA, 'Namibe Province': [-15.5, 12.5], Atlantic: [10.0, -25.0], 'Namib Desert': [-24.5, 15.3], Lubango: [-14.92, 13.49], 'Huíla Province': [-15.0, 14.5], 'Serra da Leba': [-15.07, 13.23], 'Tômbwa': [-15.8, 11.85], 'Porto Alexandre': [-15.8, 11.85], 'Iona National Park': [-16.7, 12.3], 'Cunene River': [-17.25, 11.75], Namibia: NAMIBIA, Benguela: [-12.58, 13.4], Lucira: [-13.87, 12.53], Bentiaba: [-14.27, 12.37], Pernambuco: [-8.3, -37.8], Brazil: BRAZIL, Madeira: [32.75, -17.0], Algarve: [37.2, -8.2], 'Portuguese Angola': ANGOLA, Menongue: [-14.66, 17.69], Cassinga: [-15.12, 16.08], 'Saco-Mar': [-15.17, 12.13], Virei: [-15.72, 12.95] },
		['Moçâmedes Railway', 'South African Defence Force', 'Welwitschia']
	),
	w(
		"Shibam is a town in the Hadhramaut Governorate of Yemen, in the Wadi Hadhramaut. It had 7,000 inhabitants in 2004. Its walled old city of mud-brick tower houses, some eleven storeys high, has earned it the name of the Manhattan of the Desert and is a World Heritage Site.\n\nGeography\nThe town stands on a low hill in the middle of the wadi's broad bed. Seiyun, the largest town of the valley, is 20 km to the east, and Tarim 55 km beyond it; Al-Qatn is 25 km to the west. Mukalla, the governorate's capital on the Gulf of Aden, is 300 km to the south by the road over the plateau of the Jol. The Empty Quarter begins 100 km to the north.\n\nHistory\nThe town replaced Shabwa as the capital of the kingdom of Hadramawt in the 3rd century. Under the Qu'aiti Sultanate, a state of the Aden Protectorate, the valley traded with Hyderabad in India and with Singapore and Java, whose Hadhrami merchants paid for many of the houses. Floods in 2008 damaged the lower storeys.\n\nSee also\nSah, Yemen",
		{ Shibam: [15.93, 48.63], 'Hadhramaut Governorate': [16.0, 49.0], Yemen: YEMEN, 'Wadi Hadhramaut': [15.95, 48.8], Seiyun: [15.94, 48.79], Tarim: [16.05, 49.0], 'Al-Qatn': [15.85, 48.45], Mukalla: [14.54, 49.12], 'Gulf of Aden': [12.5, 48.0], Jol: [15.0, 48.5], 'Empty Quarter': [20.0, 50.0], Shabwa: [15.37, 47.02], Hadramawt: [15.93, 48.63], "Qu'aiti Sultanate": [14.8, 49.0], 'Aden Protectorate': YEMEN, Hyderabad: [17.38, 78.48], India: INDIA, Singapore: [1.29, 103.85], Java: [-7.5, 110.0], Sah: [16.0, 48.9] },
		['Manhattan of the Desert', 'Hadhrami']
	),
	w(
		"AlUla (also Al-'Ula) is a city in the Medina Province of north-western Saudi Arabia, in a valley of sandstone cliffs in the Hejaz. Its governorate had 60,000 inhabitants in 2022.\n\nGeography\nThe town lies at 700 m in the Wadi al-Qura, 300 km north of Medina and 330 km south-east of Tabuk. Hegra, the rock-cut city of the Nabataeans also called Mada'in Salih, is 22 km to the north; Dadan, the capital of the ancient Lihyanite kingdom, is at the northern edge of the old town, and Jabal Ikmah, with its inscriptions, 3 km beyond. The lava fields of Harrat Uwayrid rise to the west. Khaybar is 150 km to the south-east and Tayma 170 km to the north-east.\n\nHistory\nThe old town of mud brick was a station on the pilgrim road from Damascus to Mecca. The Hejaz Railway, built by the Ottoman Empire from 1900, had a station at Hegra; T. E. Lawrence raided the line in the Arab Revolt. The Nabataeans, whose capital was Petra in Jordan, carved the tombs of Hegra in the 1st century.\n\nEconomy\nDates and citrus from the oasis, and tourism since the opening of the Maraya concert hall in 2019. AlUla International Airport has flights to Riyadh and Jeddah.\n\nSee also\nHarrat Khaybar",
		{ AlUla: [26.62, 37.92], "Al-'Ula": [26.62, 37.92], 'Medina Province': [25.0, 39.5], 'Saudi Arabia': SAUDI_ARABIA, Hejaz: [24.0, 39.0], 'Wadi al-Qura': [26.6, 37.9], Medina: [24.47, 39.61], Tabuk: [28.38, 36.57], Hegra: [26.79, 37.95], "Mada'in Salih": [26.79, 37.95], Dadan: [26.65, 37.92], 'Jabal Ikmah': [26.68, 37.9], 'Harrat Uwayrid': [26.8, 37.5], Khaybar: [25.7, 39.29], Tayma: [27.63, 38.55], Damascus: [33.51, 36.29], Mecca: [21.42, 39.83], 'Ottoman Empire': [39.5, 32.5], Petra: [30.33, 35.44], Jordan: JORDAN, Riyadh: [24.71, 46.68], Jeddah: [21.49, 39.19], 'Harrat Khaybar': [25.5, 39.9] },
		['Nabataeans', 'Lihyanite', 'Hejaz Railway', 'T. E. Lawrence', 'Arab Revolt', 'Maraya', 'AlUla International Airport']
	),
	w(
		"Wuzhen is a town in Tongxiang, a county-level city of Jiaxing, in the north of Zhejiang province, China. It had 60,000 inhabitants in 2020. Its old water town, of stone bridges and houses on the canals, is one of the best kept of the Yangtze Delta.\n\nGeography\nThe town lies on the plain south of Lake Tai, where the Grand Canal crosses the borders of Zhejiang and Jiangsu. Tongxiang is 13 km to the south, and Jiaxing 30 km to the east; Hangzhou, the provincial capital, is 80 km to the south-west, Suzhou 70 km to the north and Shanghai 140 km to the east. Xitang, another water town, is 60 km to the east. The two scenic areas of the old town are Dongzha and Xizha.\n\nHistory\nThe town grew as a market of silk on the canal under the Song dynasty. The writer Mao Dun was born here in 1896, and his house is a museum. Since 2014 the town has hosted the World Internet Conference.\n\nTransport\nTongxiang station on the Shanghai–Hangzhou high-speed railway is 15 km away.\n\nSee also\nNanxun",
		{ Wuzhen: [30.74, 120.49], Tongxiang: [30.63, 120.56], Jiaxing: [30.75, 120.76], Zhejiang: [29.0, 120.0], China: CHINA, 'Yangtze Delta': [31.0, 121.0], 'Lake Tai': [31.2, 120.2], 'Grand Canal': [30.74, 120.49], Jiangsu: [33.0, 119.5], Hangzhou: [30.27, 120.16], Suzhou: [31.3, 120.62], Shanghai: [31.23, 121.47], Xitang: [30.94, 120.89], Dongzha: [30.74, 120.5], Xizha: [30.75, 120.48], Nanxun: [30.88, 120.43] },
		['Song dynasty', 'Mao Dun', 'World Internet Conference', 'Tongxiang station', 'Shanghai–Hangzhou high-speed railway']
	),
	w(
		"Tadoussac is a village municipality in La Haute-Côte-Nord Regional County Municipality, in the Côte-Nord region of Quebec, Canada, at the confluence of the Saguenay and the St. Lawrence. It had 800 inhabitants in 2021.\n\nGeography\nThe village lies on a bay on the north shore of the Saguenay Fjord at its mouth. Baie-Sainte-Catherine faces it across the fjord, linked by a free ferry, and La Malbaie is 75 km to the south-west in Charlevoix. Les Escoumins is 40 km to the north-east along Route 138, and Forestville 100 km. Quebec City is 220 km to the south-west, and Chicoutimi 130 km up the fjord. Rivière-du-Loup lies across the St. Lawrence, 40 km to the south-east, reached by a ferry from Saint-Siméon.\n\nHistory\nThe trading post, founded in 1600 by Pierre de Chauvin, was the first of New France; Samuel de Champlain met the Innu here in 1603. The Hudson's Bay Company kept a post until 1859. The Hotel Tadoussac, of 1864, drew summer visitors from Montreal.\n\nEconomy\nWhale watching in the Saguenay–St. Lawrence Marine Park.\n\nSee also\nSacré-Coeur, Quebec",
		{ Tadoussac: [48.14, -69.72], 'La Haute-Côte-Nord': [48.5, -69.3], 'Côte-Nord': [50.5, -65.0], Quebec: [52.0, -72.0], Canada: CANADA, Saguenay: [48.13, -69.73], 'St. Lawrence': [48.0, -69.5], 'Saguenay Fjord': [48.2, -70.0], 'Baie-Sainte-Catherine': [48.11, -69.72], 'La Malbaie': [47.65, -70.15], Charlevoix: [47.6, -70.4], 'Les Escoumins': [48.35, -69.4], Forestville: [48.74, -69.08], 'Quebec City': [46.81, -71.21], Chicoutimi: [48.43, -71.07], 'Rivière-du-Loup': [47.83, -69.53], 'Saint-Siméon': [47.84, -69.88], 'New France': [47.0, -71.0], Montreal: [45.5, -73.57], 'Saguenay–St. Lawrence Marine Park': [48.1, -69.6], 'Sacré-Coeur': [48.23, -69.8] },
		['Route 138', 'Pierre de Chauvin', 'Samuel de Champlain', 'Innu', "Hudson's Bay Company", 'Hotel Tadoussac']
	),
	w(
		"Oley Township is a township in Berks County, Pennsylvania, United States. The population was 3,600 at the 2020 census. The township, with its neighbours, makes up the Oley Valley, whose farms and stone houses are a National Historic District.\n\nGeography\nThe township lies in the valley of the Manatawny Creek, 15 km north-east of Reading. Its villages are Oley, Friedensburg, Spangsville, Pleasantville and Griesemersville. Boyertown is 12 km to the east and Kutztown 20 km to the north; Pike Township and Rockland Township border it on the north, and Exeter Township and Alsace Township on the south and west. Allentown is 50 km to the north-east and Philadelphia 80 km to the south-east.\n\nHistory\nHuguenots and German settlers from the Palatinate took up land in the 1710s; Daniel Boone's family lived in the next township, Exeter, before moving to North Carolina. The Moravians held a synod at Oley in 1742.\n\nEducation\nThe Oley Valley School District serves the township.\n\nSee also\nYellow House, Pennsylvania",
		{ 'Oley Township': [40.39, -75.78], 'Berks County': [40.42, -75.93], Pennsylvania: [40.9, -77.8], 'United States': US, 'Oley Valley': [40.39, -75.78], 'Manatawny Creek': [40.38, -75.76], Reading: [40.34, -75.93], Oley: [40.39, -75.79], Friedensburg: [40.41, -75.8], Spangsville: [40.38, -75.75], Pleasantville: [40.4, -75.73], Griesemersville: [40.37, -75.78], Boyertown: [40.33, -75.64], Kutztown: [40.52, -75.78], 'Pike Township': [40.43, -75.7], 'Rockland Township': [40.45, -75.78], 'Exeter Township': [40.32, -75.83], 'Alsace Township': [40.39, -75.86], Allentown: [40.6, -75.49], Philadelphia: [39.95, -75.17], Palatinate: [49.4, 7.8], Exeter: [40.32, -75.83], 'North Carolina': [35.5, -79.5], 'Yellow House': [40.36, -75.76] },
		['Oley Valley School District', 'Huguenots', 'Daniel Boone', 'Moravians', 'National Historic District']
	),
	w(
		"Vienna is a city in and the county seat of Dooly County, Georgia, United States. The population was 3,700 at the 2020 census. Its name is pronounced VYE-enna.\n\nGeography\nVienna lies on U.S. Route 41 and Interstate 75, 17 km north of Cordele and 90 km south of Macon. Unadilla is 20 km to the north, Pinehurst 12 km to the north-east and Byromville 15 km to the north-west; the Flint River and Lake Blackshear are 25 km to the west. Americus is 50 km to the south-west, and Albany 90 km to the south-west.\n\nHistory\nThe town was laid out in 1841 as the seat of the county, named after John Dooly, and took its name from the Austrian capital. Walter F. George, the senator, practised law here; his house is a museum.\n\nCulture\nThe Big Pig Jig, the state's official barbecue cooking contest, has been held in the town each autumn since 1982.\n\nSee also\nLilly, Georgia",
		{ Vienna: [32.09, -83.8], 'Dooly County': [32.16, -83.8], Georgia: [32.7, -83.4], 'United States': US, Cordele: [31.96, -83.78], Macon: [32.84, -83.63], Unadilla: [32.26, -83.74], Pinehurst: [32.2, -83.76], Byromville: [32.2, -83.91], 'Flint River': [32.1, -84.05], 'Lake Blackshear': [31.95, -83.93], Americus: [32.07, -84.23], Albany: [31.58, -84.16], Lilly: [32.15, -83.88] },
		['U.S. Route 41', 'Interstate 75', 'John Dooly', 'Walter F. George', 'Big Pig Jig']
	),
	w(
		"Gaiman is a town in the Chubut Province of Argentina, in the lower valley of the Chubut River, the seat of the Gaiman Department. It had 6,600 inhabitants in 2010 and is the most Welsh of the towns of Patagonia.\n\nGeography\nThe town lies 17 km west of Trelew and 35 km west of Rawson, the provincial capital, at the mouth of the river on the Atlantic. Dolavon is 20 km to the west up the valley, and 28 de Julio beyond it. Puerto Madryn, on the Golfo Nuevo, is 80 km to the north. The Florentino Ameghino dam and its lake are 120 km up the river, and the Welsh colony of the Andes, at Trevelin and Esquel, 600 km to the west.\n\nHistory\nSettlers from Wales, brought by the Mimosa in 1865, founded the colony of Y Wladfa in the valley; Gaiman was laid out in 1874. Its first house, of 1874, still stands. The railway from Puerto Madryn reached the town in 1909; its tunnel is now a walk.\n\nCulture\nThe Welsh tea houses, of which Tŷ Te Caerdydd is the largest, and the Eisteddfod draw visitors. The town is twinned with Amlwch, on Ynys Môn.\n\nSee also\nBryn Gwyn",
		{ Gaiman: [-43.29, -65.49], 'Chubut Province': [-44.0, -69.0], Argentina: ARGENTINA, 'Chubut River': [-43.3, -65.45], 'Gaiman Department': [-43.4, -66.0], Patagonia: [-44.0, -69.0], Trelew: [-43.25, -65.31], Rawson: [-43.3, -65.1], Atlantic: [10.0, -25.0], Dolavon: [-43.31, -65.71], '28 de Julio': [-43.38, -65.84], 'Puerto Madryn': [-42.77, -65.04], 'Golfo Nuevo': [-42.7, -64.9], Trevelin: [-43.09, -71.46], Esquel: [-42.91, -71.32], Wales: WALES, 'Y Wladfa': [-43.3, -65.4], 'Ynys Môn': [53.28, -4.35], Amlwch: [53.41, -4.34], 'Bryn Gwyn': [-43.33, -65.5] },
		['Mimosa', 'Tŷ Te Caerdydd', 'Eisteddfod', 'Florentino Ameghino']
	),
	w(
		"Mae Sot is a town and district in Tak Province, western Thailand, on the Moei River, which forms the border with Myanmar. The town had 50,000 inhabitants in 2019.\n\nGeography\nThe town lies in a valley of the Dawna Range, 85 km west of Tak, the provincial seat, by the Asian Highway 1. Myawaddy, in Kayin State, faces it across the river, linked by two Friendship Bridges. Mae Ramat is 35 km to the north and Umphang 160 km to the south by a road of a thousand bends; the Mae La refugee camp is 60 km to the north. Mawlamyine, on the coast of Myanmar, is 150 km to the west, and Bangkok 500 km to the south-east.\n\nHistory\nThe district was a crossing of the caravans from Moulmein, as Mawlamyine was then called, to Lanna and Siam. Since the 1980s refugees from the Karen conflict have crowded the camps along the border.\n\nEconomy\nGarment factories employing workers from Myanmar; gem markets; the town is the centre of the Tak Special Economic Zone.\n\nSee also\nPhop Phra District",
		{ 'Mae Sot': [16.71, 98.57], 'Tak Province': [16.5, 98.7], Thailand: THAILAND, 'Moei River': [16.7, 98.55], Myanmar: MYANMAR, 'Dawna Range': [16.7, 98.7], Tak: [16.87, 99.13], Myawaddy: [16.69, 98.51], 'Kayin State': [17.0, 97.7], 'Mae Ramat': [16.98, 98.52], Umphang: [16.02, 98.86], 'Mae La': [17.12, 98.37], Mawlamyine: [16.48, 97.63], Moulmein: [16.48, 97.63], Bangkok: [13.75, 100.5], Lanna: [18.79, 98.98], Siam: THAILAND, 'Phop Phra District': [16.4, 98.7] },
		['Asian Highway 1', 'Friendship Bridges', 'Karen', 'Tak Special Economic Zone']
	),
	// stubs
	w(
		"Langmusi is a town in Luqu County, Gannan Tibetan Autonomous Prefecture, in the south of Gansu, China, on the border with Sichuan. The White Dragon River divides it between the Kirti monastery on the Sichuan side and the Sertri monastery on the Gansu side.",
		{ Langmusi: [34.09, 102.63], 'Luqu County': [34.4, 102.5], 'Gannan Tibetan Autonomous Prefecture': [34.5, 102.9], Gansu: [37.0, 103.0], China: CHINA, Sichuan: [30.5, 102.5], 'White Dragon River': [34.09, 102.63] },
		['Kirti', 'Sertri']
	),
	w(
		"Paris (Russian: Париж) is a rural locality (a selo) in Nagaybaksky District of Chelyabinsk Oblast, Russia. Population: 1,600 (2010). It was founded as a Cossack fortress and named after the taking of Paris in 1814; a small copy of the Eiffel Tower stands in it.",
		{ Paris: [53.52, 60.12], 'Nagaybaksky District': [53.5, 59.8], 'Chelyabinsk Oblast': [54.5, 61.0], Russia: RUSSIA },
		['Eiffel Tower', 'Cossack']
	),
	w(
		"Poland is an unincorporated community in Washington Township, Clay County, Indiana, United States, 8 km east of Brazil, the county seat.",
		{ Poland: [39.45, -87.02], 'Washington Township': [39.45, -87.02], 'Clay County': [39.39, -87.12], Indiana: [39.9, -86.3], 'United States': US, Brazil: [39.52, -87.13] }
	),
	w(
		"Belfast is a rural municipality in Queens County, Prince Edward Island, Canada, on the south shore of the island near Orwell Bay. It was settled in 1803 by Highlanders brought by Lord Selkirk.",
		{ Belfast: [46.09, -62.87], 'Queens County': [46.3, -63.1], 'Prince Edward Island': [46.4, -63.2], Canada: CANADA, 'Orwell Bay': [46.1, -62.9] },
		['Lord Selkirk', 'Highlanders']
	),
	w(
		"Gordes is a commune in the Vaucluse department in the Provence-Alpes-Côte d'Azur region in south-eastern France. The village stands on a spur of the Monts de Vaucluse facing the Luberon, 20 km east of Cavaillon; the Abbey of Sénanque is 4 km to the north. Hamlets in the commune include Les Imberts, Les Gervais and Les Sauvestres.",
		{ Gordes: [43.91, 5.2], Vaucluse: [44.0, 5.2], "Provence-Alpes-Côte d'Azur": [44.0, 6.0], France: FRANCE, 'Monts de Vaucluse': [44.0, 5.3], Luberon: [43.8, 5.3], Cavaillon: [43.84, 5.04], 'Abbey of Sénanque': [43.93, 5.19], 'Les Imberts': [43.88, 5.18], 'Les Gervais': [43.9, 5.2], 'Les Sauvestres': [43.9, 5.23] }
	),
	w(
		"Ban Rak Thai is a village in Mok Champae subdistrict of Mueang Mae Hong Son District, Mae Hong Son Province, northern Thailand, beside a lake on the border with Myanmar. It was settled by soldiers of the Kuomintang's 93rd Division from Yunnan.",
		{ 'Ban Rak Thai': [19.54, 97.93], 'Mok Champae': [19.45, 97.95], 'Mueang Mae Hong Son District': [19.3, 97.97], 'Mae Hong Son Province': [18.8, 98.0], Thailand: THAILAND, Myanmar: MYANMAR, Yunnan: [25.0, 101.5] },
		["Kuomintang's 93rd Division", 'Kuomintang']
	),
	w(
		"Nova Veneza is a municipality in the state of Goiás in the Central-West Region of Brazil, 30 km north-west of Goiânia. The population is 10,000 (2020).",
		{ 'Nova Veneza': [-16.37, -49.32], 'Goiás': [-15.9, -49.8], 'Central-West Region': [-15.0, -53.0], Brazil: BRAZIL, 'Goiânia': [-16.68, -49.25] }
	),
	w(
		"Tapalpa is a town and municipality in the south of the Mexican state of Jalisco, in the Sierra de Tapalpa at 2,000 m, 130 km south-west of Guadalajara. It is a Pueblo Mágico; the boulders of Las Piedrotas are 5 km from the town.",
		{ Tapalpa: [19.95, -103.76], Jalisco: [20.5, -103.5], 'Sierra de Tapalpa': [19.9, -103.75], Guadalajara: [20.67, -103.35], 'Las Piedrotas': [19.98, -103.78] },
		['Pueblo Mágico']
	),
	w(
		"Shushenskoye (Russian: Шушенское) is an urban-type settlement and the administrative centre of Shushensky District of Krasnoyarsk Krai, Russia, on the Shush near its confluence with the Yenisei. Population: 17,000 (2010). Vladimir Lenin spent his Siberian exile here from 1897 to 1900.",
		{ Shushenskoye: [53.33, 91.94], 'Shushensky District': [53.3, 92.0], 'Krasnoyarsk Krai': [64.0, 93.0], Russia: RUSSIA, Shush: [53.33, 91.94], Yenisei: [53.35, 91.85] },
		['Vladimir Lenin']
	),
	w(
		"Hamburg Township is one of the sixteen townships of Livingston County, Michigan, United States. The population was 21,000 at the 2010 census. Unincorporated communities in the township include Hamburg, Lakeland and Rush Lake, and the township contains part of the Lakelands Trail State Park.",
		{ 'Hamburg Township': [42.45, -83.83], 'Livingston County': [42.6, -83.9], Michigan: [44.3, -85.4], 'United States': US, Hamburg: [42.45, -83.8], Lakeland: [42.47, -83.85], 'Rush Lake': [42.41, -83.86] },
		['Lakelands Trail State Park']
	),
	w(
		"Karimabad, also called Baltit, is the main town of the Hunza District in Gilgit-Baltistan, Pakistan, on the Karakoram Highway 100 km north of Gilgit. The Baltit Fort, once the seat of the Mirs of Hunza, stands above the town.",
		{ Karimabad: [36.32, 74.66], Baltit: [36.32, 74.66], 'Hunza District': [36.4, 74.7], 'Gilgit-Baltistan': [35.8, 75.0], Pakistan: PAKISTAN, Gilgit: [35.92, 74.31], Hunza: [36.32, 74.66] },
		['Karakoram Highway', 'Baltit Fort', 'Mirs of Hunza']
	),
	w(
		"Albarracín is a municipality in the province of Teruel, Aragon, Spain, on a bend of the Guadalaviar in the Sierra de Albarracín, 35 km west of Teruel. It had 1,000 inhabitants in 2020.",
		{ 'Albarracín': [40.41, -1.44], Teruel: [40.34, -1.11], Aragon: [41.5, -0.7], Spain: SPAIN, Guadalaviar: [40.41, -1.44], 'Sierra de Albarracín': [40.4, -1.6] }
	)
];

// Held-out Wikipedia-style articles about small places, session 47 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after searching the older batches for them, but not well enough: Viscri, Holašovice, Vlkolínec, Barichara, Sorata, Santa
// Rosa de Copán, Tadoussac, Saint-Cirq-Lapopie, the Vršič Pass, the Bohinj Railway, Bandipur, Gmina Olesno, Ella,
// Lepakshi, Tihany, Zheravna, Čičmany, Vevčani, Săpânța, Slavonice, Puerto Octay, Kamouraska, Rosebud and Sreemangal
// are named in older files (some as subjects: tuned on before; the texts here are new writing). Shapes the older
// wiki batches lack: West Bengal villages in the census's "CD block ... subdivision ... district" lead; Ohio and
// Indiana township articles with the townships they border (Liberty, Concord, Orange, Sharon, Lincoln, Brown,
// Washington, Avon) and a CDP or community inside a township named like it; Slovenian settlements in "the
// Municipality of X" with their traditional region (Lower Carniola, Upper Carniola, Slovenian Styria) and statistical
// region; English villages on Roman sites whose History sections give the Latin names with AD dates (Viroconium,
// Deva, Londinium, Isca Silurum, Bremetennacum, Mamucium, Luguvalium, Segedunum) and villages in a "City of X"
// district ("City of York", "City of Newcastle upon Tyne": the gold marks X); Bulgarian villages in their
// obshtina and province; Hungarian and Slovak villages (a village that is now part of a town, "a village and
// municipality in X District in the Y Region"); Czech villages that are administrative parts of a municipality;
// Romanian communes and the villages that compose them; Serbian and North Macedonian villages in their municipality;
// Albanian villages in a "former municipality" merged by the 2015 reform; Colombian, Honduran and Guatemalan
// municipios in their departments (Santander, Bolívar, Copán, Lempira); Bolivian towns in "municipal sections" of
// provinces (Larecaja, Florida); Chilean communes in their province and region; Quebec municipalities in their
// regional county municipality (and the Province of Canada); Alberta hamlets in their county; Newfoundland outports;
// French communes; a mountain pass (Vršič, Dukla) and a railway line (the Bohinj Railway, Tarnów–Leluchów) as
// subjects, with the towns they join; rivers as subjects with the towns they pass (the Mura, the Mureș); Nepali
// hill towns; Sri Lankan and Bangladeshi towns with their district and province or division; Polish gmina articles
// listing their villages and the gminas they border; US unincorporated communities (Berlin OH, Rome IN); Andhra
// Pradesh villages with their mandal and revenue division.
// Traps: people and things named like places (Saint Lawrence, André Breton, Pierre de Chauvin, Martin Nordegg,
// Lempira the chief, Simón Bolívar, Che Guevara, Yordan Yovkov, Jatayu, Nandi, Agricola, Operation
// Vistula, Manipuri, Siddhartha Highway), peoples (Cornovii, Palóc, Saxons, Aromanians, Lemkos, Newars, Magars, Mam),
// namesakes of famous places (Liberty, Concord, Orange, Sharon, Avon, Lincoln, Deva, Berlin, Rome, Troy, Derby,
// Trinity, Fogo, Osorno, Florida, Santander, Bolívar, Srinagar, Styria, Salzburg, Poprad, Olesno, Grab, Lot, Guane,
// Rosebud, Jesenice, Ella).
// Split in two halves: A (to tune on from session 47) and B (never tuned on: scored before and after).
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s47 [--a-only]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME` where the
// gazetteer has it (rounded to 0.01°; rivers at the stretch the article means, a river that is the subject at its
// middle course; a mountain range at the part the text means; countries at the gazetteer's own point). A country or
// region is right within 800 km, others within 161 km; a toponym inside a longer gold name is wrong (the batch is
// marked so), save that a capitalised "City of X" marks X alone, as Hu2014's gold does. Lower-case feature words stay
// outside a gold name ("the Lot department", "Lepakshi mandal"), as GeoWebNews marks them. notPlaces: people,
// peoples, roads, railway lines, buildings and events named like places; a country's adjective is left ungraded. Many
// gold names are not in the gazetteer: they count as "not mapped", not as wrong.
// First honest score (main 9c93df7, before any change tuned on it): half A 256/267 = 0.959 (108 graded names not
// mapped; 4 names of no place mapped: Lempira the chief, Spaniards, Vijayanagara, Nandi); half B 258/269 = 0.959 (94
// not mapped; 1 name of no place mapped). Misses of half A: parts of longer names (Carniola of Lower Carniola, Wroxeter
// of Wroxeter and Uppington, Cordillera of Cordillera Real, Sava of Upper Sava Valley and Sava Dolinka, Soči of Most na
// Soči read as Sochi); "Province of Canada" read as the country; far namesakes (Clearwater County in Idaho for
// Alberta's, Trenta in Calabria, the Soča read as Soca in Romania).
// After session 47's change tuned on A (a county named after the country in the opening description, "in
// west-central Alberta, Canada, within Clearwater County", checked against it: containers-abroad.ts): A 256/266 =
// 0.962, B 260/270 = 0.963 (scored once at the end). A second change (a province named after a country, "the Province
// of Canada", left unmapped: branch h47-wiki-province, not landed for want of a verdict in time) gives A 256/265, B
// 260/269. Misses of half B (read at the session's end): "Province of Canada" read as the country; parts of longer names
// (Kamouraska of "Kamouraska Regional County Municipality" and of "Kamouraska Islands", Florida of "Florida Province"
// read as the US state); far namesakes (Războieni in Neamț for the one on the Mureș, Srinagar hill above Tansen read as
// Srinagar in Uttarakhand, Magura National Park as Măgura in Romania, Ryton in Shropshire for Ryton on Tyne); ranges
// at their gazetteer points far from the part meant (the Carpathians at the Dukla Pass, the Eastern Ghats at Araku);
// the Greek of "known in Greek as Moscopole" read as Greece.
import type { GenreText } from './genre-texts.ts';
import { US, ENGLAND, FRANCE, POLAND, INDIA, CANADA, QUEBEC, PROVINCE_OF_CANADA, OHIO, INDIANA, KENTUCKY, PENNSYLVANIA, SLOVENIA, CROATIA, HUNGARY, AUSTRIA, ITALY, CZECH_REPUBLIC, SLOVAKIA, ROMANIA, TRANSYLVANIA, UKRAINE, BULGARIA, SERBIA, BOSNIA, NORTH_MACEDONIA, ALBANIA, MONTENEGRO, BALKANS, EUROPE, SUBCARPATHIAN, STYRIA, LOWER_AUSTRIA, MORAVIA, COLOMBIA, BOLIVIA, HONDURAS, GUATEMALA, GERMANY, NEPAL, SRI_LANKA, BANGLADESH, wikipediaText as w } from './gold-points.ts';

// countries, states, regions (a country or region is right within 800 km)
const ALBERTA: [number, number] = [54.5, -115.0];
const NEWFOUNDLAND_AND_LABRADOR: [number, number] = [53.0, -60.0];
const NEWFOUNDLAND: [number, number] = [48.5, -56.0];
const NORTH_YORKSHIRE: [number, number] = [54.2, -1.5];
const ROMAN_BRITAIN: [number, number] = [53.0, -2.0];
const AUSTRIA_HUNGARY: [number, number] = [47.5, 17.0];
const GALICIA: [number, number] = [49.8, 22.0];
const LESSER_POLAND: [number, number] = [49.9, 20.3];
const OPOLE_VOIVODESHIP: [number, number] = [50.65, 17.95];
const SLOVENIAN_STYRIA: [number, number] = [46.35, 15.4];
const SALZBURG_STATE: [number, number] = [47.4, 13.1];
const SOUTH_BOHEMIAN: [number, number] = [49.1, 14.6];
const ZILINA_REGION: [number, number] = [49.2, 19.0];
const WEST_BENGAL: [number, number] = [23.5, 87.8];
const ANDHRA_PRADESH: [number, number] = [15.9, 79.7];
const KARNATAKA: [number, number] = [15.0, 76.0];
const ODISHA: [number, number] = [20.5, 84.5];
const TRIPURA: [number, number] = [23.8, 91.5];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S47_A: GenreText[] = [
	w(
		"Joypur is a village and the headquarters of the Joypur CD block in the Bishnupur subdivision of the Bankura district in the Indian state of West Bengal.\n\nGeography\nThe village lies in the forested laterite country south of the Dwarakeswar. Bishnupur, the subdivision headquarters, is 18 km to the west and Kotulpur 12 km to the east; Bankura, the district headquarters, is 60 km away by road.\n\nDemographics\nAccording to the 2011 Census of India, Joypur had a population of 4,812, of whom 2,450 were males.\n\nTransport\nThe nearest station is at Bishnupur, on the line from Kharagpur to Adra. Buses run to Arambagh in the Hooghly district and on to Kolkata, 150 km to the south-east.",
		{ Joypur: [23.04, 87.46], Bishnupur: [23.07, 87.32], Bankura: [23.23, 87.07], 'West Bengal': WEST_BENGAL, Dwarakeswar: [23.1, 87.4], Kotulpur: [23.0, 87.59], India: INDIA, Kharagpur: [22.33, 87.32], Adra: [23.5, 86.68], Arambagh: [22.88, 87.78], Hooghly: [22.9, 88.1], Kolkata: [22.57, 88.36] }
	),
	w(
		"Liberty Township is one of the eighteen townships of Delaware County, Ohio, United States. The 2020 census found 37,000 people in the township, many of them in the city of Powell.\n\nGeography\nLocated in the southern part of the county, it borders the following townships: Delaware Township to the north, Orange Township to the east, Sharon Township in Franklin County to the south, and Concord Township to the west. The Olentangy River flows south through the township towards Columbus, 25 km away; the city of Delaware, the county seat, lies just to the north.\n\nName and history\nIt is one of twenty-five Liberty Townships statewide. U.S. Route 23 and State Route 315 cross it from north to south.",
		{ 'Liberty Township': [40.2, -83.07], 'Delaware County': [40.28, -83.0], Ohio: OHIO, 'United States': US, Powell: [40.16, -83.08], 'Delaware Township': [40.29, -83.08], 'Orange Township': [40.17, -82.99], 'Sharon Township': [40.1, -83.03], 'Franklin County': [39.97, -83.01], 'Concord Township': [40.23, -83.16], 'Olentangy River': [40.2, -83.05], Columbus: [39.96, -83.0], Delaware: [40.3, -83.07] },
		['U.S. Route 23', 'State Route 315']
	),
	w(
		"Podbočje is a village in the Municipality of Krško in eastern Slovenia. It lies on the left bank of the Krka River at the foot of the Gorjanci hills, on the road from Kostanjevica na Krki to the Croatian border. The area is part of the traditional region of Lower Carniola and is now included in the Lower Sava Statistical Region.\n\nThe parish church is dedicated to Saint Lawrence and belongs to the Diocese of Novo Mesto. Krško, the municipal seat, is 12 km to the north, Brežice 15 km to the north-east, and Zagreb, in Croatia, 45 km to the east.",
		{ Podbočje: [45.86, 15.46], Krško: [45.96, 15.49], Slovenia: SLOVENIA, 'Krka River': [45.87, 15.45], Gorjanci: [45.78, 15.35], 'Kostanjevica na Krki': [45.85, 15.42], 'Lower Carniola': [45.85, 15.0], 'Lower Sava Statistical Region': [45.95, 15.5], Brežice: [45.9, 15.59], Zagreb: [45.81, 15.98], Croatia: CROATIA },
		['Saint Lawrence', 'Diocese of Novo Mesto']
	),
	w(
		"Wroxeter is a village in Shropshire, England, in the civil parish of Wroxeter and Uppington, on the east bank of the River Severn 8 km south-east of Shrewsbury.\n\nHistory\nBeside the village lie the remains of Viroconium Cornoviorum, which grew from a legionary fortress of about AD 55 into the fourth-largest town of Roman Britain and the civitas capital of the Cornovii. Watling Street crossed the Severn here on its way from Londinium, and a road ran south to the legionary fortress at Isca Silurum, now Caerleon. When the legion moved north to Deva (Chester) around AD 88, the fortress was given up and the town grew over it.\n\nGeography\nThe Wrekin rises 5 km to the north-east; Atcham is 3 km to the north-west, Much Wenlock 12 km to the south-east and Telford 15 km to the east.",
		{ Wroxeter: [52.67, -2.65], Shropshire: [52.7, -2.75], England: ENGLAND, 'Wroxeter and Uppington': [52.67, -2.63], 'River Severn': [52.67, -2.65], Severn: [52.67, -2.65], Shrewsbury: [52.71, -2.75], 'Viroconium Cornoviorum': [52.67, -2.64], 'Roman Britain': ROMAN_BRITAIN, Londinium: [51.51, -0.09], 'Isca Silurum': [51.61, -2.96], Caerleon: [51.61, -2.96], Deva: [53.19, -2.89], Chester: [53.19, -2.89], 'The Wrekin': [52.67, -2.55], Atcham: [52.68, -2.68], 'Much Wenlock': [52.6, -2.56], Telford: [52.68, -2.45] },
		['Cornovii', 'Watling Street']
	),
	w(
		"Shipka is a town in central Bulgaria, part of Kazanlak Municipality in Stara Zagora Province, at the southern foot of the Balkan Mountains 12 km north-west of Kazanlak. It had 1,200 inhabitants in 2021.\n\nHistory\nThe Shipka Pass, 13 km to the north, carries the road over the mountains to Gabrovo; there in 1877 Russian and Bulgarian troops held the pass against the army of Suleiman Pasha, and the Memorial Church above the town honours them. South of the town lies the Rose Valley, and the ruins of the Thracian city of Seuthopolis lie beneath the waters of the Koprinka reservoir. Stara Zagora, the provincial capital, is 45 km to the south-east.",
		{ Shipka: [42.72, 25.33], Bulgaria: BULGARIA, 'Kazanlak Municipality': [42.62, 25.4], 'Stara Zagora Province': [42.4, 25.6], 'Balkan Mountains': [42.75, 25.3], Kazanlak: [42.62, 25.4], 'Shipka Pass': [42.75, 25.32], Gabrovo: [42.87, 25.32], 'Rose Valley': [42.62, 25.3], Seuthopolis: [42.61, 25.3], Koprinka: [42.61, 25.3], 'Stara Zagora': [42.43, 25.63] },
		['Suleiman Pasha', 'Memorial Church', 'Thracian']
	),
	w(
		"Hollókő is a village in Nógrád County, Hungary, in the Szécsény District, in the Cserhát hills 90 km north-east of Budapest. Its old village, a street of 55 whitewashed houses of the Palóc people, has been a World Heritage Site since 1987, and the castle above it was built after the Mongol invasion of the 13th century. Szécsény is 15 km to the north, Pásztó 20 km to the south-east and Salgótarján, the county seat, 30 km to the north-east.",
		{ Hollókő: [47.99, 19.59], 'Nógrád County': [48.0, 19.5], Hungary: HUNGARY, Szécsény: [48.08, 19.52], Cserhát: [47.95, 19.5], Budapest: [47.5, 19.04], Pásztó: [47.92, 19.7], Salgótarján: [48.1, 19.8] },
		['Palóc', 'Mongol']
	),
	w(
		"Viscri is a village in Bunești commune, Brașov County, in Transylvania, Romania. The commune is composed of five villages: Bunești, Criț, Meșendorf, Roadeș and Viscri.\n\nThe village was settled by Transylvanian Saxons in the 12th century, and its fortified church is a World Heritage Site. Most of the Saxons left for Germany after 1990; King Charles III owns a restored house in the village. Rupea is 12 km to the east, Sighișoara 40 km to the west and Brașov, the county seat, 80 km to the south-east.",
		{ Viscri: [46.05, 25.09], Bunești: [46.1, 25.05], 'Brașov County': [45.8, 25.3], Transylvania: TRANSYLVANIA, Romania: ROMANIA, Criț: [46.12, 25.03], Meșendorf: [46.08, 25.0], Roadeș: [46.0, 24.98], Germany: GERMANY, Rupea: [46.04, 25.22], Sighișoara: [46.22, 24.79], Brașov: [45.65, 25.6] },
		['Saxons', 'Transylvanian Saxons', 'Charles III']
	),
	w(
		"Holašovice is a village and administrative part of Jankov in České Budějovice District in the South Bohemian Region of the Czech Republic. It has about 140 inhabitants.\n\nThe village square, ringed by farmsteads built in the South Bohemian folk baroque style between 1840 and 1880, was inscribed as a World Heritage Site in 1998. České Budějovice is 15 km to the east, Český Krumlov 20 km to the south, and the Blanský les hills with the peak of Kleť rise to the south-west.",
		{ Holašovice: [48.97, 14.27], Jankov: [48.97, 14.3], 'České Budějovice District': [49.0, 14.45], 'South Bohemian Region': SOUTH_BOHEMIAN, 'Czech Republic': CZECH_REPUBLIC, 'České Budějovice': [48.97, 14.47], 'Český Krumlov': [48.81, 14.32], 'Blanský les': [48.88, 14.2], Kleť: [48.87, 14.28] }
	),
	w(
		"Vlkolínec is a village in northern Slovakia, since 1991 a part of the town of Ružomberok in Ružomberok District in the Žilina Region. It lies in the Veľká Fatra mountains under the hill of Sidorovo, 718 m above sea level. Its 45 log houses make it a World Heritage Site. Below, the Váh flows east to west through the Liptov basin; Banská Bystrica lies 40 km to the south over the mountains.",
		{ Vlkolínec: [49.04, 19.28], Slovakia: SLOVAKIA, Ružomberok: [49.08, 19.3], 'Ružomberok District': [49.08, 19.3], 'Žilina Region': ZILINA_REGION, 'Veľká Fatra': [48.95, 19.1], Sidorovo: [49.06, 19.29], Váh: [49.08, 19.3], Liptov: [49.1, 19.6], 'Banská Bystrica': [48.74, 19.15] }
	),
	w(
		"Sirogojno is a village in the municipality of Čajetina in the Zlatibor District of western Serbia, on the eastern slopes of Zlatibor. According to the 2011 census it had 280 inhabitants.\n\nThe Old Village open-air museum keeps log houses from the villages around; the knitwear of the Sirogojno women was sold as far as New York in the 1970s. Čajetina is 25 km to the north-west and Užice, the district seat, 40 km to the north. The narrow-gauge Šargan Eight runs from Mokra Gora, near the border with Bosnia and Herzegovina.",
		{ Sirogojno: [43.69, 19.88], Čajetina: [43.75, 19.72], 'Zlatibor District': [43.7, 19.8], Serbia: SERBIA, Zlatibor: [43.7, 19.7], 'New York': [40.71, -74.01], Užice: [43.86, 19.84], 'Mokra Gora': [43.8, 19.5], 'Bosnia and Herzegovina': BOSNIA },
		['Šargan Eight', 'Old Village']
	),
	w(
		"Theth is a village in the administrative unit of Shalë in the municipality of Shkodër, Shkodër County, northern Albania. Until the local government reform of 2015 Shalë was a municipality of its own.\n\nGeography\nTheth lies in the Accursed Mountains, in the upper valley of the Shala river. A gravel road climbs from the village over the pass of Qafa e Thorës and down through Boga to Shkodër, 70 km to the south-west; a footpath crosses the Valbona Pass to Valbona in the east. The border with Montenegro runs along the ridges to the north.\n\nHistory\nIts lock-in tower (kulla) was a refuge for men caught up in the blood feuds of the Kanun.",
		{ Theth: [42.39, 19.77], Shalë: [42.3, 19.8], Shkodër: [42.07, 19.51], 'Shkodër County': [42.15, 19.7], Albania: ALBANIA, 'Accursed Mountains': [42.5, 19.8], Shala: [42.35, 19.79], 'Qafa e Thorës': [42.4, 19.7], Boga: [42.41, 19.63], 'Valbona Pass': [42.42, 19.85], Valbona: [42.45, 19.88], Montenegro: MONTENEGRO },
		['Kanun']
	),
	w(
		"Barichara is a town and municipality in the Santander Department in north-eastern Colombia, in the Guanentá Province, 20 km north-west of San Gil and 118 km south of Bucaramanga, the departmental capital. It had 7,000 inhabitants in 2018.\n\nThe town, founded in 1705, is built of the yellow stone of the area. A stone path, the Camino Real, leads 9 km down to the village of Guane, above the canyon of the Suárez River; the Chicamocha Canyon lies to the north-east. Villanueva borders the municipality to the north.",
		{ Barichara: [6.63, -73.22], 'Santander Department': [7.0, -73.25], Colombia: COLOMBIA, 'Guanentá Province': [6.55, -73.15], 'San Gil': [6.55, -73.13], Bucaramanga: [7.12, -73.12], Guane: [6.68, -73.25], 'Suárez River': [6.62, -73.3], 'Chicamocha Canyon': [6.8, -73.0], Villanueva: [6.67, -73.18] },
		['Camino Real']
	),
	w(
		"Sorata is a town in the La Paz Department of Bolivia, the seat of the Larecaja Province and of Sorata Municipality, the province's first municipal section. It lies at 2,700 m in a deep valley below Illampu and Ancohuma, the highest peaks of the Cordillera Real, 150 km north of the city of La Paz by road.\n\nThe road from La Paz passes the shore of Lake Titicaca and the town of Achacachi before it drops into the valley; from Sorata tracks lead down to the gold-mining country of Mapiri in the Yungas.",
		{ Sorata: [-15.77, -68.65], 'La Paz Department': [-15.5, -68.5], Bolivia: BOLIVIA, 'Larecaja Province': [-15.6, -68.5], 'Sorata Municipality': [-15.77, -68.65], Illampu: [-15.83, -68.57], Ancohuma: [-15.85, -68.54], 'Cordillera Real': [-16.0, -68.3], 'La Paz': [-16.5, -68.15], 'Lake Titicaca': [-15.9, -69.3], Achacachi: [-16.05, -68.68], Mapiri: [-15.25, -68.17], Yungas: [-16.0, -67.5] }
	),
	w(
		"Santa Rosa de Copán is a city and municipality in western Honduras, the seat of the Copán Department, at 1,100 m in the mountains. It had about 60,000 inhabitants in 2013.\n\nThe town grew around a tobacco factory of the Spanish crown in the 18th century, and cigars are still rolled there. The Maya ruins of Copán Ruinas lie 100 km to the west near the border with Guatemala; San Pedro Sula is 150 km to the north-east. To the south, Gracias, the seat of the Lempira Department, stands below the Celaque National Park. The department is named after Lempira, a Lenca chief who fought the Spaniards.",
		{ 'Santa Rosa de Copán': [14.77, -88.78], Honduras: HONDURAS, 'Copán Department': [14.8, -88.9], 'Copán Ruinas': [14.84, -89.16], Guatemala: GUATEMALA, 'San Pedro Sula': [15.5, -88.03], Gracias: [14.59, -88.58], 'Lempira Department': [14.4, -88.5], 'Celaque National Park': [14.55, -88.65] },
		['Lempira', 'Lenca', 'Maya', 'Spaniards']
	),
	w(
		"Pica is a Chilean town and commune in Tamarugal Province, Tarapacá Region, an oasis at 1,300 m on the eastern edge of the Atacama Desert, 114 km south-east of Iquique. It is known for its lemons, mangoes and hot springs.\n\nThe commune includes the village of Matilla, 2 km to the south-west, and the high salt flat of the Salar del Huasco near the border with Bolivia. Pozo Almonte, the provincial capital, is 50 km to the west.",
		{ Pica: [-20.49, -69.33], 'Tamarugal Province': [-20.0, -69.5], 'Tarapacá Region': [-20.2, -69.3], 'Atacama Desert': [-24.5, -69.25], Iquique: [-20.21, -70.15], Matilla: [-20.51, -69.36], 'Salar del Huasco': [-20.28, -68.88], Bolivia: BOLIVIA, 'Pozo Almonte': [-20.26, -69.79] }
	),
	w(
		"Tadoussac is a village municipality in La Haute-Côte-Nord Regional County Municipality in the Côte-Nord region of Quebec, Canada, at the confluence of the Saguenay and the Saint Lawrence rivers. It had 800 inhabitants in 2021.\n\nHistory\nPierre de Chauvin built a fur-trading post here in 1600, the first in New France, and for two centuries the Innu met traders here each summer. In the Province of Canada the village became a summer resort, reached by steamer from Quebec City, 210 km up the river.\n\nTransport\nA free ferry carries Route 138 across the mouth of the Saguenay to Baie-Sainte-Catherine. Les Escoumins is 40 km to the north-east.",
		{ Tadoussac: [48.15, -69.72], 'La Haute-Côte-Nord Regional County Municipality': [48.7, -69.0], 'Côte-Nord': [50.0, -66.0], Quebec: QUEBEC, Canada: CANADA, Saguenay: [48.13, -69.72], 'Saint Lawrence': [48.1, -69.6], 'New France': [47.0, -71.0], 'Province of Canada': PROVINCE_OF_CANADA, 'Quebec City': [46.81, -71.21], 'Baie-Sainte-Catherine': [48.1, -69.73], 'Les Escoumins': [48.35, -69.4] },
		['Pierre de Chauvin', 'Innu', 'Route 138']
	),
	w(
		"Nordegg is a hamlet in west-central Alberta, Canada, within Clearwater County, on the David Thompson Highway 90 km west of Rocky Mountain House. It was founded in 1914 as a coal town by Martin Nordegg, a German promoter, for the Brazeau Collieries, which closed in 1955.\n\nGeography\nAbraham Lake, the reservoir behind the Bighorn Dam, lies 30 km to the west, and beyond it the Kootenay Plains and the border of Banff National Park. Red Deer is 170 km to the east.",
		{ Nordegg: [52.47, -116.08], Alberta: ALBERTA, Canada: CANADA, 'Clearwater County': [52.2, -115.5], 'Rocky Mountain House': [52.38, -114.92], 'Abraham Lake': [52.2, -116.4], 'Bighorn Dam': [52.31, -116.33], 'Kootenay Plains': [52.05, -116.4], 'Banff National Park': [51.5, -116.0], 'Red Deer': [52.27, -113.81] },
		['Martin Nordegg', 'David Thompson Highway', 'Brazeau Collieries']
	),
	w(
		"Trinity is a town on the Bonavista Peninsula of Newfoundland, in the Canadian province of Newfoundland and Labrador, on an arm of Trinity Bay. It had 70 inhabitants in 2021.\n\nHistory\nThe harbour was named, tradition says, by the Portuguese explorer Gaspar Corte-Real in 1501, and from the 18th century English merchants from Poole ran the cod trade from here. The first smallpox vaccinations in North America were given in Trinity in 1800.\n\nGeography\nPort Rexton is 6 km to the north, Bonavista 50 km to the north-east, Clarenville 75 km to the south-west and St. John's 250 km by road.",
		{ Trinity: [48.37, -53.36], 'Bonavista Peninsula': [48.5, -53.3], Newfoundland: NEWFOUNDLAND, 'Newfoundland and Labrador': NEWFOUNDLAND_AND_LABRADOR, 'Trinity Bay': [48.0, -53.5], Poole: [50.72, -1.98], 'North America': [46.0, -100.0], 'Port Rexton': [48.39, -53.33], Bonavista: [48.65, -53.11], Clarenville: [48.16, -53.96], "St. John's": [47.56, -52.71] },
		['Gaspar Corte-Real']
	),
	w(
		"Saint-Cirq-Lapopie is a commune in the Lot department in south-western France, in the Occitanie region. The village stands on a cliff 100 m above the Lot, 25 km east of Cahors.\n\nThe poet André Breton bought a house here in 1950. Just downstream the Célé joins the Lot at Bouziès, and its valley leads up to Cabrerets and the painted cave of Pech Merle; Figeac is 45 km to the north-east. The commune lies within the regional natural park of the Causses du Quercy.",
		{ 'Saint-Cirq-Lapopie': [44.46, 1.67], Lot: [44.46, 1.67], France: FRANCE, Occitanie: [43.9, 2.2], Cahors: [44.45, 1.44], Célé: [44.48, 1.7], Bouziès: [44.48, 1.64], Cabrerets: [44.5, 1.66], 'Pech Merle': [44.51, 1.64], Figeac: [44.61, 2.03], 'Causses du Quercy': [44.6, 1.7] },
		['André Breton', 'Breton']
	),
	w(
		"The Vršič Pass is a high mountain pass over the Julian Alps in north-western Slovenia, at 1,611 m the highest road pass in the country. The road over it links Kranjska Gora in the Upper Sava Valley with Trenta and Bovec in the Soča Valley.\n\nHistory\nRussian prisoners of war built the road in 1915 to supply the Isonzo Front, and the Russian Chapel on its northern ramp remembers those killed by an avalanche in 1916.\n\nGeography\nThe pass lies between Prisojnik to the east and Mojstrovka to the west, inside Triglav National Park; Lake Jasna lies at the northern foot. Tarvisio, in Italy, is 20 km to the west of Kranjska Gora.",
		{ 'Vršič Pass': [46.43, 13.74], 'Julian Alps': [46.35, 13.8], Slovenia: SLOVENIA, 'Kranjska Gora': [46.48, 13.79], 'Upper Sava Valley': [46.48, 13.85], Trenta: [46.38, 13.74], Bovec: [46.34, 13.55], 'Soča Valley': [46.3, 13.65], Prisojnik: [46.43, 13.77], Mojstrovka: [46.44, 13.72], 'Triglav National Park': [46.38, 13.83], 'Lake Jasna': [46.47, 13.78], Tarvisio: [46.5, 13.58], Italy: ITALY },
		['Isonzo Front', 'Russian Chapel']
	),
	w(
		"The Bohinj Railway is a railway line in western Slovenia and Italy, from Jesenice through Bled and Bohinjska Bistrica and under the Julian Alps to Most na Soči, Nova Gorica and Trieste. It was built by Austria-Hungary between 1900 and 1906, with the Karawanks Tunnel from Villach in Austria, to give Trieste a second line to the north.\n\nRoute\nFrom Jesenice the line follows the Sava Dolinka to Bled, then climbs to Bohinjska Bistrica and passes through the 6.3 km Bohinj Tunnel to Podbrdo. It descends the Bača valley to Most na Soči and follows the Soča to Solkan, whose stone arch bridge is the longest of its kind. Beyond Nova Gorica, which the border separated from Gorizia in 1947, the line crosses into Italy.",
		{ Slovenia: SLOVENIA, Italy: ITALY, Jesenice: [46.43, 14.06], Bled: [46.37, 14.11], 'Bohinjska Bistrica': [46.27, 13.95], 'Julian Alps': [46.35, 13.8], 'Most na Soči': [46.15, 13.74], 'Nova Gorica': [45.96, 13.65], Trieste: [45.65, 13.78], 'Austria-Hungary': AUSTRIA_HUNGARY, Villach: [46.61, 13.85], Austria: AUSTRIA, 'Sava Dolinka': [46.45, 14.0], Podbrdo: [46.21, 13.96], Bača: [46.18, 13.85], Soča: [46.1, 13.65], Solkan: [45.97, 13.65], Gorizia: [45.94, 13.62] },
		['Bohinj Railway', 'Bohinj Tunnel', 'Karawanks Tunnel']
	),
	w(
		"The Mura (German: Mur) is a river of central Europe, 464 km long. It rises in the Hohe Tauern in the Austrian state of Salzburg and flows east through Styria past Murau, Judenburg and Leoben, then south through Graz. Below Spielfeld it forms the border between Austria and Slovenia, passes Bad Radkersburg, and crosses the Slovenian region of Prekmurje west of Murska Sobota. For its last stretch it forms the border between Croatia and Hungary, and it joins the Drava near Legrad.",
		{ Mura: [46.68, 15.99], Mur: [46.68, 15.99], Europe: EUROPE, 'Hohe Tauern': [47.1, 13.2], Salzburg: SALZBURG_STATE, Styria: STYRIA, Murau: [47.11, 14.17], Judenburg: [47.17, 14.66], Leoben: [47.38, 15.09], Graz: [47.07, 15.44], Spielfeld: [46.7, 15.63], Austria: AUSTRIA, Slovenia: SLOVENIA, 'Bad Radkersburg': [46.69, 15.99], Prekmurje: [46.7, 16.2], 'Murska Sobota': [46.66, 16.17], Croatia: CROATIA, Hungary: HUNGARY, Drava: [46.3, 16.85], Legrad: [46.3, 16.85] }
	),
	w(
		"Bandipur is a hill town and rural municipality in Tanahun District of Gandaki Province, Nepal, on a saddle 1,000 m up above the Marshyangdi valley, 8 km by road from Dumre on the Prithvi Highway.\n\nHistory\nNewar traders from Bhaktapur settled here in the 18th century, on the trade route between India and Tibet, and their brick houses still line the bazaar. The district headquarters moved from Bandipur to Damauli in 1968.\n\nGeography\nPokhara is 70 km to the west and Kathmandu 140 km to the east.",
		{ Bandipur: [27.94, 84.41], 'Tanahun District': [27.95, 84.25], 'Gandaki Province': [28.3, 84.0], Nepal: NEPAL, Marshyangdi: [27.9, 84.5], Dumre: [27.96, 84.41], Bhaktapur: [27.67, 85.43], India: INDIA, Tibet: [31.0, 88.0], Damauli: [27.98, 84.27], Pokhara: [28.21, 83.99], Kathmandu: [27.71, 85.32] },
		['Newar', 'Prithvi Highway']
	),
	w(
		"Gmina Olesno is a rural gmina (administrative district) in Dąbrowa County, Lesser Poland Voivodeship, in southern Poland. Its seat is the village of Olesno, 9 km north-west of Dąbrowa Tarnowska and 77 km east of the regional capital Kraków. It is not to be confused with the town of the same name in Opole Voivodeship.\n\nThe gmina covers 74 km² and had 8,600 inhabitants in 2006. It contains the villages and settlements of Ćwików, Niwki, Olesno, Pilcza Żelichowska, Wielopole, Zalipie and Zdrochec; Zalipie is known for its painted cottages.\n\nGmina Olesno is bordered by the gminas of Dąbrowa Tarnowska, Gręboszów, Mędrzechów, Wietrzychowice and Żabno. Tarnów is 25 km to the south.",
		{ 'Gmina Olesno': [50.2, 20.93], 'Dąbrowa County': [50.2, 21.0], 'Lesser Poland Voivodeship': LESSER_POLAND, Poland: POLAND, Olesno: [50.21, 20.93], 'Dąbrowa Tarnowska': [50.17, 20.99], Kraków: [50.06, 19.94], 'Opole Voivodeship': OPOLE_VOIVODESHIP, Ćwików: [50.19, 20.9], Niwki: [50.22, 20.92], 'Pilcza Żelichowska': [50.2, 20.87], Wielopole: [50.19, 20.95], Zalipie: [50.23, 20.86], Zdrochec: [50.18, 20.93], Gręboszów: [50.24, 20.79], Mędrzechów: [50.25, 21.08], Wietrzychowice: [50.18, 20.75], Żabno: [50.13, 20.89], Tarnów: [50.01, 20.99] }
	),
	w(
		"Ella is a small town in the Badulla District of Uva Province, Sri Lanka, at 1,041 m in the hills 200 km east of Colombo. Through the Ella Gap the land falls away to the southern plains, and the Ravana Falls lie 6 km down the road to Wellawaya.\n\nTransport\nElla station is on the Main Line from Colombo and Kandy to Badulla; just north of the town the line crosses the Nine Arches Bridge at Demodara. Bandarawela is 10 km to the west, Haputale 25 km to the south-west and Nuwara Eliya 55 km by road.",
		{ Ella: [6.87, 81.05], 'Badulla District': [7.0, 81.1], 'Uva Province': [6.8, 81.2], 'Sri Lanka': SRI_LANKA, Colombo: [6.93, 79.85], 'Ella Gap': [6.86, 81.05], 'Ravana Falls': [6.84, 81.05], Wellawaya: [6.74, 81.1], Kandy: [7.29, 80.63], Badulla: [6.99, 81.06], Demodara: [6.88, 81.06], Bandarawela: [6.83, 80.99], Haputale: [6.77, 80.96], 'Nuwara Eliya': [6.95, 80.78] },
		['Main Line', 'Nine Arches Bridge']
	),
	w(
		"Berlin is an unincorporated community and census-designated place in Berlin Township, Holmes County, Ohio, United States, in the heart of the county's Amish country, 6 km east of Millersburg, the county seat. It had 900 inhabitants in 2020.\n\nHistory\nBerlin was laid out in 1816 by settlers from Pennsylvania. Its shops draw visitors along U.S. Route 62, which links it with Walnut Creek and Charm to the south-east and south, and with Sugarcreek in Tuscarawas County. Canton is 60 km to the north-east.",
		{ Berlin: [40.56, -81.79], 'Berlin Township': [40.55, -81.8], 'Holmes County': [40.56, -81.93], Ohio: OHIO, 'United States': US, Millersburg: [40.55, -81.92], Pennsylvania: PENNSYLVANIA, 'Walnut Creek': [40.54, -81.72], Charm: [40.5, -81.78], Sugarcreek: [40.5, -81.64], 'Tuscarawas County': [40.44, -81.47], Canton: [40.8, -81.38] },
		['Amish', 'U.S. Route 62']
	),
	w(
		"Lepakshi is a village in the Sri Sathya Sai district of the Indian state of Andhra Pradesh. It is the headquarters of Lepakshi mandal in the Penukonda revenue division, 15 km east of Hindupur and 120 km north of Bengaluru.\n\nThe Veerabhadra temple, built in the 16th century under the Vijayanagara kings, has a hanging pillar and painted ceilings; a monolithic Nandi stands 200 m away. Legend says the bird Jatayu fell here. Puttaparthi, the district headquarters, is 60 km to the north-east, Anantapur 90 km to the north, and the border with Karnataka runs just west of the village.",
		{ Lepakshi: [13.8, 77.61], 'Sri Sathya Sai': [14.2, 77.8], 'Andhra Pradesh': ANDHRA_PRADESH, India: INDIA, Penukonda: [14.08, 77.59], Hindupur: [13.83, 77.49], Bengaluru: [12.97, 77.59], Puttaparthi: [14.17, 77.81], Anantapur: [14.68, 77.6], Karnataka: KARNATAKA },
		['Veerabhadra', 'Vijayanagara', 'Nandi', 'Jatayu']
	),
	w(
		"Bishopthorpe is a village and civil parish in the unitary authority of the City of York, North Yorkshire, England, on the west bank of the River Ouse 5 km south of York. Bishopthorpe Palace has been the residence of the Archbishops of York since 1241.\n\nGeography\nNaburn lies across the river, reached by a bridge that carried the railway from York to Selby; Acaster Malbis is 3 km to the south and Tadcaster 13 km to the west.",
		{ Bishopthorpe: [53.92, -1.1], York: [53.96, -1.08], 'North Yorkshire': NORTH_YORKSHIRE, England: ENGLAND, 'River Ouse': [53.92, -1.09], Naburn: [53.9, -1.09], Selby: [53.78, -1.07], 'Acaster Malbis': [53.9, -1.12], Tadcaster: [53.88, -1.26] },
		['Bishopthorpe Palace']
	)
];

// Half B: never tuned on; scored before and after.
export const WIKI_HELD_OUT_S47_B: GenreText[] = [
	w(
		"Mangalkot is a village and the headquarters of the Mangalkot CD block in the Katwa subdivision of the Purba Bardhaman district in the Indian state of West Bengal.\n\nGeography\nThe village stands on the south bank of the Kunur, near where it joins the Ajay. Katwa, the subdivision headquarters, is 25 km to the east and Bardhaman, the district headquarters, 40 km to the south; Bolpur, in the Birbhum district, lies across the Ajay to the north-west.\n\nHistory\nExcavations at the mound of Mangalkot have found remains from the Chalcolithic to the Sultanate period.\n\nTransport\nThe nearest station is at Nigan, on the Bardhaman–Katwa line.",
		{ Mangalkot: [23.53, 87.9], 'Purba Bardhaman': [23.25, 87.85], 'West Bengal': WEST_BENGAL, India: INDIA, Kunur: [23.55, 87.92], Ajay: [23.6, 87.95], Katwa: [23.65, 88.13], Bardhaman: [23.25, 87.85], Bolpur: [23.67, 87.72], Birbhum: [24.0, 87.6], Nigan: [23.5, 87.9] },
		['Bardhaman–Katwa line', 'Sultanate']
	),
	w(
		"Lincoln Township is one of twelve townships in Hendricks County, Indiana, United States. As of the 2010 census its population was 24,000, most of it in the town of Brownsburg.\n\nGeography\nThe township borders Brown Township to the north, Pike Township in Marion County to the east, Washington Township to the south and Middle Township to the west. Eagle Creek rises in its north-east corner. Indianapolis is 25 km to the east; Avon, in Washington Township, and Pittsboro, in Middle Township, are its nearest neighbours.\n\nMajor highways\nInterstate 74 and U.S. Route 136 cross the township from east to west.",
		{ 'Lincoln Township': [39.85, -86.39], 'Hendricks County': [39.77, -86.51], Indiana: INDIANA, 'United States': US, Brownsburg: [39.84, -86.4], 'Brown Township': [39.9, -86.38], 'Pike Township': [39.87, -86.26], 'Marion County': [39.78, -86.14], 'Washington Township': [39.76, -86.4], 'Middle Township': [39.9, -86.5], 'Eagle Creek': [39.9, -86.3], Indianapolis: [39.77, -86.16], Avon: [39.76, -86.4], Pittsboro: [39.86, -86.47] },
		['Interstate 74', 'U.S. Route 136']
	),
	w(
		"Ptujska Gora is a village in the Municipality of Majšperk in north-eastern Slovenia. It lies on a hill at the edge of the Haloze hills above the Dravinja valley. The area is part of the traditional region of Styria and is now included in the Drava Statistical Region.\n\nThe pilgrimage church of the Virgin Mary of Mercy, a Gothic hall church of about 1410, stands on the hilltop. Majšperk is 5 km to the west, Ptuj 13 km to the north-east, and Maribor 30 km to the north; the border with Croatia lies 15 km to the south.",
		{ 'Ptujska Gora': [46.36, 15.79], Majšperk: [46.35, 15.73], Slovenia: SLOVENIA, Haloze: [46.3, 15.85], Dravinja: [46.37, 15.75], Styria: SLOVENIAN_STYRIA, 'Drava Statistical Region': [46.45, 15.75], Ptuj: [46.42, 15.87], Maribor: [46.55, 15.65], Croatia: CROATIA },
		['Virgin Mary of Mercy']
	),
	w(
		"Ribchester is a village and civil parish in the Ribble Valley district of Lancashire, England, on the north bank of the River Ribble, 10 km north of Blackburn and 16 km north-east of Preston.\n\nHistory\nThe Roman fort of Bremetennacum Veteranorum was built here about AD 72 by Agricola's army, where the road from Mamucium (Manchester) to Luguvalium (Carlisle) crossed the Ribble. Sarmatian cavalry were stationed there in the 2nd century AD, and veterans were settled around it. The Ribchester Helmet, found in 1796, is in the British Museum.\n\nGeography\nLongridge is 6 km to the west and Clitheroe, the district seat, 15 km to the north-east, below Pendle Hill.",
		{ Ribchester: [53.81, -2.53], 'Ribble Valley': [53.87, -2.4], Lancashire: [53.85, -2.6], England: ENGLAND, 'River Ribble': [53.81, -2.53], Ribble: [53.81, -2.53], Blackburn: [53.75, -2.48], Preston: [53.76, -2.7], 'Bremetennacum Veteranorum': [53.81, -2.53], Mamucium: [53.48, -2.25], Manchester: [53.48, -2.24], Luguvalium: [54.89, -2.93], Carlisle: [54.89, -2.93], Longridge: [53.83, -2.6], Clitheroe: [53.87, -2.39], 'Pendle Hill': [53.87, -2.3] },
		['Agricola', 'Sarmatian', 'Ribchester Helmet', 'British Museum']
	),
	w(
		"Zheravna is a village in Kotel Municipality, Sliven Province, in eastern Bulgaria, on the southern slopes of the Balkan Mountains. It had 200 inhabitants in 2021.\n\nThe village keeps some 200 wooden houses of the 18th and 19th centuries, when its wool merchants traded across the Ottoman Empire, and it is the birthplace of the writer Yordan Yovkov. Kotel, the municipal seat, is 15 km to the north, Sliven, the provincial capital, 50 km to the south-west, and Burgas 100 km to the south-east.",
		{ Zheravna: [42.83, 26.46], 'Kotel Municipality': [42.88, 26.45], 'Sliven Province': [42.65, 26.3], Bulgaria: BULGARIA, 'Balkan Mountains': [42.8, 26.3], 'Ottoman Empire': [39.5, 32.5], Kotel: [42.89, 26.45], Sliven: [42.68, 26.32], Burgas: [42.5, 27.47] },
		['Yordan Yovkov']
	),
	w(
		"Tihany is a village on the northern shore of Lake Balaton in Veszprém County, Hungary, on the Tihany Peninsula, which reaches almost halfway across the lake.\n\nHistory\nKing Andrew I founded the Benedictine abbey in 1055, and its founding charter holds the oldest Hungarian words in writing; the king is buried in its crypt.\n\nTransport\nA car ferry crosses the narrows to Szántód on the southern shore, on the way to Siófok. Balatonfüred is 10 km to the north-east, Veszprém, the county seat, 30 km to the north, and Keszthely lies at the western end of the lake.",
		{ Tihany: [46.91, 17.89], 'Lake Balaton': [46.85, 17.75], 'Veszprém County': [47.1, 17.9], Hungary: HUNGARY, 'Tihany Peninsula': [46.9, 17.88], Szántód: [46.88, 17.9], Siófok: [46.9, 18.05], Balatonfüred: [46.96, 17.89], Veszprém: [47.09, 17.91], Keszthely: [46.77, 17.25] },
		['Andrew I', 'Benedictine']
	),
	w(
		"Săpânța is a commune in Maramureș County, Romania, on the left bank of the Tisa, which here forms the border with Ukraine. It is composed of a single village, Săpânța.\n\nThe village is known for its Merry Cemetery, whose carved and painted wooden crosses, begun by Stan Ioan Pătraș in the 1930s, tell the lives of the dead in verse. Sighetu Marmației is 18 km to the east and Baia Mare, the county seat, 60 km to the south over the Gutâi Pass; Negrești-Oaș lies to the west in the Oaș Country.",
		{ Săpânța: [47.97, 23.69], 'Maramureș County': [47.67, 24.0], Romania: ROMANIA, Tisa: [47.97, 23.7], Ukraine: UKRAINE, 'Sighetu Marmației': [47.93, 23.89], 'Baia Mare': [47.66, 23.58], 'Gutâi Pass': [47.7, 23.78], 'Negrești-Oaș': [47.87, 23.42], 'Oaș Country': [47.85, 23.4] },
		['Merry Cemetery', 'Stan Ioan Pătraș']
	),
	w(
		"Slavonice is a town in Jindřichův Hradec District in the South Bohemian Region of the Czech Republic, on the border with Austria. It lies in the historical land of Moravia and has about 2,300 inhabitants.\n\nThe town grew rich in the 16th century on the road from Vienna to Prague, and its square is lined with Renaissance houses covered in sgraffito. Dačice is 12 km to the north-east and Telč 25 km to the north; across the border lie Fratres and Waidhofen an der Thaya in Lower Austria.",
		{ Slavonice: [48.99, 15.35], 'Jindřichův Hradec District': [49.1, 15.0], 'South Bohemian Region': SOUTH_BOHEMIAN, 'Czech Republic': CZECH_REPUBLIC, Austria: AUSTRIA, Moravia: MORAVIA, Vienna: [48.21, 16.37], Prague: [50.08, 14.42], Dačice: [49.08, 15.44], Telč: [49.18, 15.45], Fratres: [48.96, 15.33], 'Waidhofen an der Thaya': [48.82, 15.28], 'Lower Austria': LOWER_AUSTRIA }
	),
	w(
		"Čičmany is a village and municipality in Žilina District in the Žilina Region of northern Slovakia, in the Strážov Mountains near the source of the Rajčianka. It has about 200 inhabitants.\n\nIts log houses, painted with white geometric patterns since the 19th century, were made the first folk-architecture reserve in the world in 1977. Rajecké Teplice is 20 km to the north, Žilina 35 km to the north, and Prievidza 30 km to the south.",
		{ Čičmany: [48.96, 18.52], 'Žilina District': [49.2, 18.7], 'Žilina Region': ZILINA_REGION, Slovakia: SLOVAKIA, 'Strážov Mountains': [48.96, 18.45], Rajčianka: [49.0, 18.6], 'Rajecké Teplice': [49.13, 18.68], Žilina: [49.22, 18.74], Prievidza: [48.77, 18.63] }
	),
	w(
		"Vevčani is a village and the seat of Vevčani Municipality in south-western North Macedonia, at the foot of the Jablanica mountain, 14 km north-west of Struga. According to the 2021 census it had 2,200 inhabitants.\n\nThe Vevčani springs rise above the village, and its carnival, held each January, draws visitors from across the Balkans. Lake Ohrid lies to the south, and the town of Ohrid 25 km to the south-east; the border with Albania runs along the ridge of Jablanica.",
		{ Vevčani: [41.24, 20.59], 'Vevčani Municipality': [41.24, 20.59], 'North Macedonia': NORTH_MACEDONIA, Jablanica: [41.25, 20.5], Struga: [41.18, 20.68], Balkans: BALKANS, 'Lake Ohrid': [41.05, 20.72], Ohrid: [41.12, 20.8], Albania: ALBANIA }
	),
	w(
		"Voskopojë is a village and a former municipality in Korçë County, south-eastern Albania. At the 2015 local government reform it became a subdivision of the municipality of Korçë. It lies at 1,150 m in the hills 21 km west of Korçë.\n\nHistory\nIn the 18th century Voskopojë, known in Greek as Moscopole, was one of the largest towns of the Balkans, a centre of Aromanian trade with Venice and Vienna with its own printing press. It was sacked in 1769 and again in 1916, and of its two dozen churches six remain.",
		{ Voskopojë: [40.63, 20.59], 'Korçë County': [40.6, 20.8], Albania: ALBANIA, Korçë: [40.62, 20.78], Moscopole: [40.63, 20.59], Balkans: BALKANS, Venice: [45.44, 12.33], Vienna: [48.21, 16.37] },
		['Aromanian', 'Greek']
	),
	w(
		"Santa Cruz de Mompox is a town and municipality in the Bolívar Department of northern Colombia, on an arm of the Magdalena River 250 km south-east of Cartagena. It had 45,000 inhabitants in 2018.\n\nHistory\nFounded in 1537, Mompox grew rich as the river port between Cartagena and the interior, until the main channel of the Magdalena moved away from it. Simón Bolívar raised an army here in 1812. Its colonial centre is a World Heritage Site.\n\nTransport\nRoads and ferries link it with Magangué to the west and El Banco, in the Magdalena Department, to the south-east.",
		{ 'Santa Cruz de Mompox': [9.24, -74.43], Mompox: [9.24, -74.43], 'Bolívar Department': [8.7, -74.5], Colombia: COLOMBIA, 'Magdalena River': [9.24, -74.43], Magdalena: [9.24, -74.43], Cartagena: [10.4, -75.51], Magangué: [9.24, -74.75], 'El Banco': [9.0, -73.97], 'Magdalena Department': [10.0, -74.2] },
		['Simón Bolívar']
	),
	w(
		"Samaipata is a town in the Santa Cruz Department of Bolivia, the seat of Samaipata Municipality, the second municipal section of Florida Province. It lies at 1,650 m on the old road from Santa Cruz de la Sierra, 120 km to the east, to Cochabamba.\n\nAbove the town stands El Fuerte, a carved rock of the Chané and the Incas and a World Heritage Site. To the north the municipality reaches into Amboró National Park; Mairana is 15 km to the west, and Vallegrande, where Che Guevara's body was shown in 1967, lies 75 km to the south-west.",
		{ Samaipata: [-18.18, -63.87], 'Santa Cruz Department': [-17.5, -61.5], Bolivia: BOLIVIA, 'Samaipata Municipality': [-18.18, -63.87], 'Florida Province': [-18.1, -63.9], 'Santa Cruz de la Sierra': [-17.78, -63.18], Cochabamba: [-17.39, -66.16], 'El Fuerte': [-18.18, -63.82], 'Amboró National Park': [-17.75, -63.9], Mairana: [-18.12, -63.95], Vallegrande: [-18.49, -64.11] },
		['Chané', 'Incas', 'Che Guevara']
	),
	w(
		"Todos Santos Cuchumatán is a town and municipality in the Huehuetenango department of Guatemala, at 2,470 m in the Sierra de los Cuchumatanes. Most of its 35,000 people are Mam Maya.\n\nThe town is known for the horse race held on All Saints' Day and for the red-striped dress its men still wear. A road climbs from Huehuetenango, 50 km to the south-east, past Chiantla; San Juan Atitán lies over the ridge to the south, and the Mexican border is 40 km to the north-west.",
		{ 'Todos Santos Cuchumatán': [15.51, -91.6], Huehuetenango: [15.32, -91.47], Guatemala: GUATEMALA, 'Sierra de los Cuchumatanes': [15.55, -91.5], Chiantla: [15.35, -91.46], 'San Juan Atitán': [15.43, -91.62] },
		['Mam', 'Maya', "All Saints' Day"]
	),
	w(
		"Puerto Octay is a Chilean town and commune in Osorno Province, Los Lagos Region, on a bay of the northern shore of Lake Llanquihue. It had 8,900 inhabitants in 2017.\n\nThe town was founded in 1852 by settlers from Germany, whose wooden houses still stand. Osorno, the provincial capital, is 50 km to the north-west; Frutillar lies 40 km away on the western shore and Puerto Varas on the southern. The Osorno Volcano rises across the lake to the south-east.",
		{ 'Puerto Octay': [-40.97, -72.88], 'Osorno Province': [-40.7, -73.3], 'Los Lagos Region': [-41.75, -73.0], 'Lake Llanquihue': [-41.13, -72.8], Germany: GERMANY, Osorno: [-40.57, -73.13], Frutillar: [-41.12, -73.05], 'Puerto Varas': [-41.32, -72.98], 'Osorno Volcano': [-41.1, -72.49] }
	),
	w(
		"Kamouraska is a municipality in the Kamouraska Regional County Municipality in the Bas-Saint-Laurent region of Quebec, Canada, on the south shore of the St. Lawrence River. It had 570 inhabitants in 2021.\n\nHistory\nThe seigneury of Kamouraska was granted in 1674, and the village was long the seat of its county: from 1841 Kamouraska sent a member to the Legislative Assembly of the Province of Canada. Its eel weirs and the Kamouraska Islands off its shore are part of the landscape painted by Quebec artists.\n\nGeography\nSaint-Pascal, the regional seat, is 10 km to the south-east, Rivière-du-Loup 45 km to the north-east and La Pocatière 30 km to the south-west.",
		{ Kamouraska: [47.57, -69.87], 'Kamouraska Regional County Municipality': [47.45, -69.9], 'Bas-Saint-Laurent': [48.0, -68.5], Quebec: QUEBEC, Canada: CANADA, 'St. Lawrence River': [47.6, -69.9], 'Province of Canada': PROVINCE_OF_CANADA, 'Kamouraska Islands': [47.6, -69.9], 'Saint-Pascal': [47.53, -69.8], 'Rivière-du-Loup': [47.83, -69.53], 'La Pocatière': [47.37, -70.04] },
		['Legislative Assembly']
	),
	w(
		"Rosebud is a hamlet in southern Alberta, Canada, within Wheatland County, in the valley of the Rosebud River 30 km south-west of Drumheller. It had 90 inhabitants in 2016.\n\nThe hamlet is known for the Rosebud Theatre, a dinner theatre in the old hotel, whose school trains actors. Calgary is 110 km to the south-west and Strathmore, the county seat, 60 km to the south. The Rosebud joins the Red Deer River near Drumheller.",
		{ Rosebud: [51.3, -112.96], Alberta: ALBERTA, Canada: CANADA, 'Wheatland County': [51.1, -112.9], 'Rosebud River': [51.3, -112.96], Drumheller: [51.46, -112.71], Calgary: [51.05, -114.07], Strathmore: [51.04, -113.4], 'Red Deer River': [51.4, -112.7] },
		['Rosebud Theatre']
	),
	w(
		"Fogo is a town on the north-west coast of Fogo Island, off the north-east coast of Newfoundland, in the Canadian province of Newfoundland and Labrador. Since 2011 it has been part of the Town of Fogo Island.\n\nHistory\nFishermen from the West Country of England and from Ireland settled the harbour in the 18th century; the island's name comes from the Portuguese for fire.\n\nTransport\nThe ferry from Farewell calls at the Change Islands on its way to Stag Harbour. Joe Batt's Arm and Tilting lie on the island's north coast; Twillingate is 30 km across the water to the west and Gander 100 km to the south by road from Farewell.",
		{ Fogo: [49.71, -54.27], 'Fogo Island': [49.67, -54.17], Newfoundland: NEWFOUNDLAND, 'Newfoundland and Labrador': NEWFOUNDLAND_AND_LABRADOR, 'West Country': [51.0, -3.2], England: ENGLAND, Ireland: [53.0, -8.0], Farewell: [49.55, -54.48], 'Change Islands': [49.67, -54.42], 'Stag Harbour': [49.6, -54.3], "Joe Batt's Arm": [49.73, -54.17], Tilting: [49.7, -54.06], Twillingate: [49.65, -54.76], Gander: [48.95, -54.6] }
	),
	w(
		"Riquewihr is a commune in the Haut-Rhin department in Grand Est in north-eastern France, among the vineyards at the foot of the Vosges, 12 km north-west of Colmar. It had 1,100 inhabitants in 2019.\n\nThe dukes of Württemberg held the town until 1796, and its walls, the Dolder gate tower and its 16th-century houses survived the wars. It lies on the Alsace wine route between Ribeauvillé and Kaysersberg; Hunawihr is 2 km to the north and Strasbourg 60 km to the north.",
		{ Riquewihr: [48.17, 7.3], 'Haut-Rhin': [47.85, 7.25], 'Grand Est': [48.7, 5.6], France: FRANCE, Vosges: [48.1, 7.0], Colmar: [48.08, 7.36], Württemberg: [48.7, 9.2], Alsace: [48.3, 7.5], Ribeauvillé: [48.19, 7.32], Kaysersberg: [48.14, 7.26], Hunawihr: [48.18, 7.31], Strasbourg: [48.58, 7.75] },
		['Dolder']
	),
	w(
		"The Dukla Pass is a mountain pass in the Low Beskids, on the border between Poland and Slovakia, at 502 m the lowest pass of the main ridge of the Carpathians for a long way. The road from Dukla and Barwinek in Poland crosses it to Vyšný Komárnik and Svidník in Slovakia.\n\nHistory\nIn the autumn of 1944 the Red Army and the 1st Czechoslovak Army Corps fought for two months to force the pass; a memorial and a museum of the battle stand near Svidník.\n\nGeography\nKrosno is 40 km to the north and Prešov 70 km to the south.",
		{ 'Dukla Pass': [49.4, 21.7], 'Low Beskids': [49.45, 21.5], Poland: POLAND, Slovakia: SLOVAKIA, Carpathians: [47.5, 25.0], Dukla: [49.56, 21.68], Barwinek: [49.43, 21.7], 'Vyšný Komárnik': [49.4, 21.69], Svidník: [49.3, 21.57], Krosno: [49.69, 21.77], Prešov: [49.0, 21.24] },
		['Red Army', '1st Czechoslovak Army Corps']
	),
	w(
		"The Tarnów–Leluchów railway is a railway line in southern Poland, running 147 km from Tarnów through Nowy Sącz and Krynica-Zdrój to Leluchów on the border with Slovakia, where it continues to Plaveč.\n\nHistory\nThe line was opened in 1876 as part of the Galician Transversal Railway, which crossed Galicia from west to east.\n\nRoute\nFrom Tarnów the line follows the Biała valley south to Grybów and Stróże, where a line branches to Jasło, then turns west to Nowy Sącz in the Dunajec valley. It climbs the valley of the Kamienica to Krynica-Zdrój and follows the Poprad from Muszyna to the border.",
		{ Poland: POLAND, Tarnów: [50.01, 20.99], 'Nowy Sącz': [49.62, 20.69], 'Krynica-Zdrój': [49.42, 20.96], Leluchów: [49.33, 20.9], Slovakia: SLOVAKIA, Plaveč: [49.26, 20.84], Galicia: GALICIA, Biała: [49.8, 20.95], Grybów: [49.62, 20.95], Stróże: [49.65, 20.96], Jasło: [49.75, 21.47], Dunajec: [49.65, 20.7], Kamienica: [49.55, 20.8], Poprad: [49.35, 20.9], Muszyna: [49.35, 20.9] },
		['Galician Transversal Railway']
	),
	w(
		"The Mureș (Hungarian: Maros) is a river in south-eastern Europe, 761 km long. It rises in the Hășmaș Mountains of Harghita County in Romania and flows north-west through Toplița and Reghin, then south-west through Târgu Mureș across Transylvania. It receives the Arieș below Războieni and the Târnava at Mihalț, passes Alba Iulia and Deva, and leaves the mountains at Arad. It enters Hungary at Nagylak and joins the Tisza at Szeged.",
		{ Mureș: [46.07, 23.57], Maros: [46.07, 23.57], Europe: EUROPE, 'Hășmaș Mountains': [46.7, 25.7], 'Harghita County': [46.5, 25.6], Romania: ROMANIA, Toplița: [46.92, 25.35], Reghin: [46.77, 24.71], 'Târgu Mureș': [46.54, 24.56], Transylvania: TRANSYLVANIA, Arieș: [46.43, 23.98], Războieni: [46.45, 23.98], Târnava: [46.15, 23.73], Mihalț: [46.15, 23.73], 'Alba Iulia': [46.07, 23.57], Deva: [45.88, 22.91], Arad: [46.18, 21.31], Hungary: HUNGARY, Nagylak: [46.17, 20.71], Tisza: [46.25, 20.15], Szeged: [46.25, 20.15] }
	),
	w(
		"Tansen is a municipality and the headquarters of Palpa District in Lumbini Province, Nepal, on a ridge at 1,350 m above the Kali Gandaki.\n\nHistory\nTansen was the capital of the Magar kingdom of Palpa until Nepal took it in 1806. Rana governors built the Tansen Durbar, and the Rani Mahal palace stands by the Kali Gandaki below the town.\n\nGeography\nThe Siddhartha Highway climbs from Butwal, 40 km to the south, to Tansen and on to Pokhara, 120 km to the north. Srinagar hill rises above the town to the north; Ridi, a pilgrimage bazaar on the Kali Gandaki, is 30 km to the north-west, and Lumbini 80 km to the south-west.",
		{ Tansen: [27.87, 83.55], Palpa: [27.87, 83.55], 'Palpa District': [27.87, 83.55], 'Lumbini Province': [27.8, 83.0], Nepal: NEPAL, 'Kali Gandaki': [27.85, 83.6], Butwal: [27.7, 83.45], Pokhara: [28.21, 83.99], Srinagar: [27.88, 83.55], Ridi: [27.94, 83.43], Lumbini: [27.48, 83.28] },
		['Magar', 'Rana', 'Tansen Durbar', 'Rani Mahal', 'Siddhartha Highway']
	),
	w(
		"Gmina Krempna is a rural gmina (administrative district) in Jasło County, Subcarpathian Voivodeship, in south-eastern Poland, on the border with Slovakia. Its seat is the village of Krempna, 28 km south of Jasło and 75 km south-west of the regional capital Rzeszów.\n\nThe gmina covers 203 km², most of it in Magura National Park in the Low Beskids, and had 1,900 inhabitants in 2006. Its Lemko villages were emptied in Operation Vistula in 1947. It contains the villages of Desznica, Grab, Kotań, Krempna, Ożenna, Świątkowa Mała and Świątkowa Wielka.\n\nGmina Krempna is bordered by the gminas of Dukla, Nowy Żmigród and Sękowa, and by Slovakia.",
		{ 'Gmina Krempna': [49.5, 21.5], 'Jasło County': [49.75, 21.45], 'Subcarpathian Voivodeship': SUBCARPATHIAN, Poland: POLAND, Slovakia: SLOVAKIA, Krempna: [49.51, 21.5], Jasło: [49.75, 21.47], Rzeszów: [50.04, 22.0], 'Magura National Park': [49.5, 21.45], 'Low Beskids': [49.45, 21.5], Desznica: [49.56, 21.52], Grab: [49.45, 21.46], Kotań: [49.5, 21.52], Ożenna: [49.44, 21.5], 'Świątkowa Mała': [49.51, 21.45], 'Świątkowa Wielka': [49.51, 21.46], Dukla: [49.56, 21.68], 'Nowy Żmigród': [49.6, 21.53], Sękowa: [49.62, 21.2] },
		['Lemko', 'Operation Vistula', 'Vistula']
	),
	w(
		"Sreemangal, also spelled Srimangal, is an upazila of Moulvibazar District in the Sylhet Division of Bangladesh, known as the tea capital of the country for the estates on its hills.\n\nGeography\nLawachara National Park, a remnant of hill forest, lies on the road to Kamalganj, 8 km to the east, and the wetland of Hail Haor to the west. The border with Tripura, in India, runs to the south.\n\nTransport\nSreemangal station is on the line from Dhaka to Sylhet; Sylhet is 80 km to the north-east and Dhaka 190 km to the south-west. Many of the tea workers are Khasi or Manipuri.",
		{ Sreemangal: [24.31, 91.73], Srimangal: [24.31, 91.73], 'Moulvibazar District': [24.45, 91.8], 'Sylhet Division': [24.7, 91.7], Bangladesh: BANGLADESH, 'Lawachara National Park': [24.32, 91.79], Kamalganj: [24.37, 91.87], 'Hail Haor': [24.38, 91.7], Tripura: TRIPURA, India: INDIA, Dhaka: [23.81, 90.41], Sylhet: [24.9, 91.87] },
		['Khasi', 'Manipuri']
	),
	w(
		"Rome is an unincorporated community in Tobin Township, Perry County, Indiana, United States, on the Ohio River. It was the county seat from 1818 until 1859, when the seat moved down the river to Cannelton, and the old courthouse still stands.\n\nGeography\nAcross the Ohio River lies Breckinridge County, Kentucky. Derby is 12 km up the river and Tell City 25 km down it; Owensboro is 60 km to the west and Louisville 120 km to the east.",
		{ Rome: [37.92, -86.52], 'Tobin Township': [37.95, -86.55], 'Perry County': [38.08, -86.64], Indiana: INDIANA, 'United States': US, 'Ohio River': [37.92, -86.52], Cannelton: [37.91, -86.74], 'Breckinridge County': [37.77, -86.43], Kentucky: KENTUCKY, Derby: [38.03, -86.54], 'Tell City': [37.95, -86.77], Owensboro: [37.77, -87.11], Louisville: [38.25, -85.76] }
	),
	w(
		"Araku Valley is a hill station and valley in the Alluri Sitharama Raju district of Andhra Pradesh, India, 110 km west of Visakhapatnam in the Eastern Ghats, near the border with Odisha. It is the headquarters of Araku Valley mandal in the Paderu revenue division.\n\nThe valley grows coffee on the slopes of Galikonda, one of the highest hills of the state. The Borra Caves lie 30 km to the east, near Ananthagiri.\n\nTransport\nAraku station is on the Kothavalasa–Kirandul line, which climbs through 58 tunnels from the coastal plain at Kothavalasa to the iron mines of Kirandul in Chhattisgarh.",
		{ 'Araku Valley': [18.33, 82.87], 'Alluri Sitharama Raju': [18.0, 82.5], 'Andhra Pradesh': ANDHRA_PRADESH, India: INDIA, Visakhapatnam: [17.69, 83.22], 'Eastern Ghats': [18.0, 82.8], Odisha: ODISHA, Paderu: [18.08, 82.67], Galikonda: [18.3, 82.9], 'Borra Caves': [18.28, 83.04], Ananthagiri: [18.22, 83.0], Araku: [18.33, 82.87], Kothavalasa: [18.03, 83.18], Kirandul: [18.63, 81.26], Chhattisgarh: [21.3, 82.0] },
		['Kothavalasa–Kirandul line']
	),
	w(
		"Newburn is a district of the City of Newcastle upon Tyne, in Tyne and Wear, England, on the north bank of the River Tyne 8 km west of the city centre. It had 9,500 inhabitants in 2011.\n\nHistory\nIn 1640 a Scottish army forced the ford here, the lowest on the Tyne, and went on to take Newcastle. The Roman wall ran along the ridge to the north, from Segedunum at Wallsend towards the west.\n\nGeography\nRyton lies across the river in the borough of Gateshead; Throckley is 3 km to the north-west and Lemington 2 km to the east.",
		{ Newburn: [54.99, -1.74], 'Newcastle upon Tyne': [54.97, -1.61], Newcastle: [54.97, -1.61], 'Tyne and Wear': [54.93, -1.5], England: ENGLAND, 'River Tyne': [54.97, -1.74], Tyne: [54.97, -1.74], Segedunum: [54.99, -1.53], Wallsend: [54.99, -1.53], Ryton: [54.97, -1.76], Gateshead: [54.95, -1.6], Throckley: [55.0, -1.76], Lemington: [54.98, -1.72] }
	)
];

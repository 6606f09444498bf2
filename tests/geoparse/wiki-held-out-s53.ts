// Held-out Wikipedia-style articles about small places, session 53 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after grepping every file under tests/geoparse for them. Shapes and regions the older wiki batches lack or hold
// least: places that gave their name to a product or firm (Tabasco sauce at Avery Island, Roquefort cheese, Orval
// beer, the Aranmula mirror); Basque fishing towns in their province and comarca; Kerala backwater and temple villages
// in their district; Romanian villages of a commune in Maramureș and Bukovina; Ionian and Dodecanese island villages;
// Tunisian Berber hill villages in their delegation and governorate; Queensland and New South Wales localities in a
// regional council; Argentine villages in their partido, around railway stations; Japanese onsen and post-town
// villages inside a city; Korean myeon of a county; Missouri river villages and Colorado ghost towns; Canadian
// villages of a rural municipality in Saskatchewan and Manitoba; Spanish pedanías and mountain villages of a
// municipality; Portuguese freguesias and merged parishes ("Covelo de Paivó e Janarde"); a German Ortsteil and a
// Dutch village of a city borough; Ligurian frazioni of a comune; mountain huts on a frontier; lighthouses on
// headlands; abbeys inside merged communes.
// Traps: namesakes of bigger or famous places (Jefferson Island, Marshall, Glasgow, Boonville, Columbia, Independence,
// Twin Lakes, Lake County, Hanover, Steinbach, Red River, Open Door, Luján, Buenos Aires, Lobos, Stavros, Rachi,
// Chorio, Rhodes, Tarn, Lea, Ea, Biscay, Alhama, Murcia, Cartagena, Saja, Castile, Argentina the valley, Imperia,
// Taggia, Sexten, Belluno, Regina, Valais, Varallo, Churchtown, Crooke, New Ross, Hook, Luxembourg the province,
// Ardennes, Meuse, Carignan, Calabria, Ginzan, Narai, Edo, Kiso, Sinan, Jido, Muan, Hadong, Gurye, Silverton, Lake
// City, Ouray, Alpine Loop, Macquarie, Bathurst, Star of Hope, Kottayam, Pamba, Vatra Dornei, Bistrița, Moldovița,
// Maramureș, New Chenini, Tataouine), persons named like places (Edmund McIlhenny, Juan Sebastián Elcano, Cristóbal
// Balenciaga, George Caleb Bingham, Otto Mears, Sitting Bull, Bloody Bill Anderson, Miguel Nicolás de Uribelarrea,
// Queen Margherita of Savoy, William Marshal, Wandrille, Dagobert I, Charles III, Homer, Odysseus), bodies, roads and
// things named after places (the McIlhenny Company, Tabasco, Roquefort, Orval, the Aranmula kannadi, the Sinan
// shipwreck, the Buenos Aires Great Southern Railway, the Missouri–Kansas–Texas Railroad, the Yamagata Shinkansen, the
// Aspen Historical Society, the Lake Eacham Hotel, Our Lady of Luján, Star Wars), likenesses ("the little Portuguese
// Tibet", "the Rothenburg of the Rhine"), and names inside names (el Ratón de Getaria, Colletta di Castelbianco,
// Alhama de Murcia, Capanna Regina Margherita, Hook Lighthouse, Arrow Rock State Historic Site, Wood Mountain Post
// Provincial Historic Site, Hill End Historic Site, Sierra Espuña Regional Park, Villers-devant-Orval, New Chenini,
// Bussana Nuova, Arma di Taggia, Cape Maria van Diemen, Saint-Wandrille-Rançon, Caudebec-en-Caux).
// Split in two halves: A (to tune on from session 53) and B (never tuned on: scored before and after); each half has
// one text of each shape.
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s53 [--a-only]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME` where the
// gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a mountain range, lake or sea at the
// part the text means; countries at the gazetteer's own point, from gold-points.ts). A country or region is right
// within 800 km, others within 161 km; a toponym inside a longer gold name is wrong, save that a capitalised "City of
// X" marks X alone, as Hu2014's gold does. Lower-case feature words stay outside a gold name ("the Taepyeong salt
// farm"). notPlaces: people, bodies, firms, products and things named like places; a place inside a person's title
// ("Prince of Wales", "Viscount of Sistelo") is left ungraded with the whole name in notPlaces; a country's or
// people's adjective is left ungraded. Many gold names are not in the gazetteer: they count as "not mapped".
// First honest score (main 2f04186, before any change tuned on it): half A 174/178 = 0.978 (23 texts, 258 gold, 100
// not mapped, 1 name of no place mapped); half B 181/191 = 0.948 (23 texts, 279 gold, 113 not mapped, 2 names of no
// place mapped). Gold kept to the batch's conventions before that run (no code had changed): a lower-case "district"
// outside a gold name ("Kottayam district" graded as Kottayam), "the marquises of Clavesana" a title (ungraded), the
// Bay of Biscay and the Tasman Sea at the gazetteer's points (the whole sea is meant); three texts a half added after
// the first count (A 147/152, B 149/160) to make the batch harder (US towns named with everyday words, Danish island
// villages whose names recur on other islands, Balinese villages).
// End of session 53 (main b1c432b, after far-from-subject.ts's capitalised "Lake" rule and written-accents.ts's
// Nordic letters, neither of which touches this batch): A 174/178 = 0.978 unchanged (100 not mapped, 1 name of no
// place mapped); B 181/191 = 0.948 unchanged, scored once at the end (113 not mapped, 2 names of no place mapped).
// Misses of half A: Tabasco of "Tabasco sauce" read as the Mexican state (FALSE); Stavros (x2) and Vathy, villages
// on Ithaca the gazetteer lacks, read as mainland namesakes 250-360 km off (the subject has no point: "on the
// north-east coast of Ithaca, one of the Ionian Islands of Greece" drops Ithaca, a minor town with no support, where
// "Ithaca, a town in Greece" keeps it); "Kreis Neuss" of "Rhein-Kreis Neuss" read as Neuss. Misses of half B (read at
// the session's end): Roquefort, the cheese, read as the village (FALSE); San Antolín, a saint's feast, read as a
// Spanish town (FALSE); San Nicolás, an islet off Lekeitio, read as a Canary Islands town; Gialos and Chorio on Symi
// read as namesakes in Crete and Italy; the Western Ghats at the range's middle, 495 km from Sabarimala; parts of
// longer names read alone (Kiso and Fukushima of "Kiso-Fukushima", Noord of "Amsterdam-Noord", Alps of "Ligurian
// Alps", Dolomites of "Sexten Dolomites"); Argentina, the Ligurian valley, read as the country.
import type { GenreText } from './genre-texts.ts';
import { US, SPAIN, INDIA, ROMANIA, GREECE, TUNISIA, NEW_ZEALAND, AUSTRALIA, NEW_SOUTH_WALES, ARGENTINA, JAPAN, SOUTH_KOREA, CHINA, CANADA, SASKATCHEWAN, PORTUGAL, BRAZIL, GERMANY, ITALY, SWITZERLAND, EUROPE, IRELAND, FRANCE, OCCITANIE, TURKEY, UKRAINE, NETHERLANDS, BELGIUM, PACIFIC_OCEAN, INDONESIA, ILLINOIS, INDIANA } from './gold-points.ts';

const w = (text: string, gold: Record<string, [number, number]>, notPlaces?: string[]): GenreText => ({ genre: 'wikipedia', text, gold, notPlaces });
// states, provinces and regions this batch names (a region is right within 800 km)
const LOUISIANA: [number, number] = [31.0, -92.0];
const MISSOURI: [number, number] = [38.5, -92.5];
const COLORADO: [number, number] = [39.0, -105.5];
const MONTANA: [number, number] = [47.0, -109.5];
const MANITOBA: [number, number] = [53.0, -98.0];
const QUEENSLAND: [number, number] = [-22.0, 144.0];
const KERALA: [number, number] = [10.5, 76.3];
const BASQUE_COUNTRY: [number, number] = [43.0, -2.6];
const BUENOS_AIRES_PROVINCE: [number, number] = [-36.5, -60.0];
const LIGURIA: [number, number] = [44.3, 8.7];
const NORMANDY: [number, number] = [49.0, 0.5];
const BAY_OF_BISCAY: [number, number] = [45.5, -4.0];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S53_A: GenreText[] = [
	w(
		"Avery Island is a salt dome and unincorporated community in Iberia Parish, Louisiana, United States, 8 miles south-west of New Iberia. Rising 163 feet above the marshes around it, it is best known as the home of Tabasco sauce, made here by the McIlhenny Company since 1868 from peppers first grown on the island by Edmund McIlhenny. The island takes its name from the Avery family, who owned it from the 1830s, and its rock salt mine, worked since the Civil War, is one of the oldest in the country.\n\nJungle Gardens, a garden of 170 acres laid out by Edward Avery McIlhenny, holds Bird City, a rookery of snowy egrets he built on a pond. Delcambre lies to the west, and Jefferson Island, another salt dome, to the north-west on Lake Peigneur; Vermilion Bay opens to the south.",
		{ 'Avery Island': [29.9, -91.91], 'Iberia Parish': [29.95, -91.85], Louisiana: LOUISIANA, 'United States': US, 'New Iberia': [30.0, -91.82], 'Jungle Gardens': [29.9, -91.9], 'Bird City': [29.9, -91.9], Delcambre: [29.95, -92.0], 'Jefferson Island': [29.97, -91.97], 'Lake Peigneur': [29.98, -91.98], 'Vermilion Bay': [29.7, -91.95] },
		['Tabasco', 'McIlhenny Company', 'Edmund McIlhenny', 'Edward Avery McIlhenny', 'Avery', 'Civil War']
	),
	w(
		"Getaria (Spanish: Guetaria) is a town and municipality in the province of Gipuzkoa, in the Basque Country of northern Spain, on the coast of the Bay of Biscay 25 km west of San Sebastián. It has 2,800 inhabitants. The navigator Juan Sebastián Elcano, who brought home the first voyage around the world after Magellan's death, was born here in about 1486, and the couturier Cristóbal Balenciaga in 1895; a museum of his work opened above the harbour in 2011.\n\nThe old town stands on an isthmus joined to the island of San Antón, called el Ratón de Getaria, \"the mouse\", for its shape. The vineyards on the slopes around the town make txakoli, a white wine, and its grills are known for turbot cooked over charcoal. Zarautz lies 4 km to the east along the coast road, and Zumaia to the west.",
		{ Getaria: [43.3, -2.2], Guetaria: [43.3, -2.2], Gipuzkoa: [43.15, -2.2], 'Basque Country': BASQUE_COUNTRY, Spain: SPAIN, 'Bay of Biscay': BAY_OF_BISCAY, 'San Sebastián': [43.32, -1.98], 'San Antón': [43.31, -2.2], 'Ratón de Getaria': [43.31, -2.2], Zarautz: [43.28, -2.17], Zumaia: [43.3, -2.26] },
		['Juan Sebastián Elcano', 'Magellan', 'Cristóbal Balenciaga']
	),
	w(
		"Kumarakom is a village in Kottayam district of Kerala, India, on the eastern shore of Vembanad Lake, 14 km west of the town of Kottayam. It had 25,000 people in 2011. Backwaters and canals run between its paddy fields and coconut groves, and houseboats, made over from the kettuvallam rice barges, carry visitors from here to Alappuzha at the south end of the lake.\n\nThe Kumarakom Bird Sanctuary, on 14 acres laid out as a rubber estate by the Englishman George Alfred Baker, shelters herons, darters and migrant Siberian cranes. The Meenachil river reaches the lake beside the village. Vaikom, known for its temple and the satyagraha of 1924, lies 20 km to the north, and Kochi 60 km to the north-west.",
		{ Kumarakom: [9.62, 76.43], Kerala: KERALA, India: INDIA, 'Vembanad Lake': [9.6, 76.38], Kottayam: [9.59, 76.52], Alappuzha: [9.49, 76.33], 'Kumarakom Bird Sanctuary': [9.63, 76.42], Meenachil: [9.62, 76.43], Vaikom: [9.75, 76.39], Kochi: [9.93, 76.26] },
		['George Alfred Baker']
	),
	w(
		"Breb (Hungarian: Bréb) is a village in Ocna Șugatag commune, Maramureș County, northern Romania, in the valley of the Cosău below the Gutâi Mountains, 20 km south-east of Sighetu Marmației. It had 1,100 inhabitants in 2011. The village keeps its wooden church of the Holy Archangels, built in 1531, and its oak gates carved with the rope and the tree of life; King Charles III, then Prince of Wales, bought an old house here in the 2000s and let it to visitors.\n\nHay is still cut by hand, with scythes, in the meadows around the village, and stacked on poles to dry. Ocna Șugatag, a spa town on old salt mines, lies 6 km to the north, and Baia Mare, the county seat, 50 km to the south-west across the Gutâi Pass.",
		{ Breb: [47.75, 23.9], Bréb: [47.75, 23.9], 'Ocna Șugatag': [47.78, 23.93], 'Maramureș County': [47.67, 24.0], Romania: ROMANIA, Cosău: [47.75, 23.95], 'Gutâi Mountains': [47.7, 23.75], 'Sighetu Marmației': [47.93, 23.89], 'Baia Mare': [47.66, 23.58], 'Gutâi Pass': [47.7, 23.8] },
		['Charles III', 'Prince of Wales', 'Holy Archangels']
	),
	w(
		"Kioni is a village on the north-east coast of Ithaca, one of the Ionian Islands of Greece. It had 200 inhabitants in 2011. Its houses stand around a sheltered bay, guarded by three ruined windmills on the headland, where yachts from Lefkada and Kefalonia moor in summer. The village came through the earthquake of 1953, which levelled most of the island, and keeps its houses of the 19th century.\n\nA road climbs to Stavros, the main village of the north, 6 km away, past Rachi and Lachos; Vathy, the island's capital and port, lies 20 km to the south. Homer made the island the kingdom of Odysseus, and Stavros holds a small museum of finds from the Bay of Polis, below the village.",
		{ Kioni: [38.45, 20.69], Ithaca: [38.38, 20.68], 'Ionian Islands': [38.5, 20.5], Greece: GREECE, Lefkada: [38.7, 20.65], Kefalonia: [38.2, 20.5], Stavros: [38.45, 20.65], Rachi: [38.45, 20.67], Lachos: [38.45, 20.68], Vathy: [38.37, 20.72], 'Bay of Polis': [38.46, 20.63] },
		['Homer', 'Odysseus']
	),
	w(
		"Takrouna is a Berber village in Enfida Delegation, Sousse Governorate, Tunisia, on a rocky hill 200 m high above the coastal plain, 5 km north-west of Enfida. Its few dozen houses of stone cling to the summit around the shrine of Sidi Abd el-Kader, and a small museum shows the life of the village.\n\nIn April 1943 the hill was held by Italian and German troops and taken by the Māori Battalion of New Zealand in one of the last battles of the Tunisian campaign; a memorial stands on the summit. From the top the view runs east to the Gulf of Hammamet and south over the plain towards Kairouan. Zriba Olia, another hill village, lies 15 km to the north, and Hammamet 40 km.",
		{ Takrouna: [36.18, 10.33], 'Enfida Delegation': [36.13, 10.38], 'Sousse Governorate': [35.8, 10.6], Tunisia: TUNISIA, Enfida: [36.13, 10.38], 'New Zealand': NEW_ZEALAND, 'Gulf of Hammamet': [36.0, 10.7], Kairouan: [35.68, 10.1], 'Zriba Olia': [36.32, 10.21], Hammamet: [36.4, 10.62] },
		['Sidi Abd el-Kader', 'Māori Battalion']
	),
	w(
		"Yungaburra is a rural town and locality in the Tablelands Region, Queensland, Australia, on the Atherton Tableland 13 km north-east of Atherton. It had 1,150 people at the 2016 census. Founded in 1910 as Allumbah Pocket, a stop on the railway from Cairns, it was renamed the same year; its timber houses and the Lake Eacham Hotel are heritage-listed.\n\nThe Curtain Fig Tree, a strangler fig whose roots hang 15 m to the ground, stands 2 km to the south-west, and Lake Eacham and Lake Barrine, two crater lakes, lie to the east in Crater Lakes National Park. Platypus live in Peterson Creek, which runs through the town. Malanda lies to the south, and Cairns 60 km to the north-east by the road over the Gillies Range.",
		{ Yungaburra: [-17.27, 145.58], 'Tablelands Region': [-17.5, 145.3], Queensland: QUEENSLAND, Australia: AUSTRALIA, 'Atherton Tableland': [-17.25, 145.5], Atherton: [-17.27, 145.48], 'Allumbah Pocket': [-17.27, 145.58], Cairns: [-16.92, 145.77], 'Curtain Fig Tree': [-17.28, 145.56], 'Lake Eacham': [-17.28, 145.63], 'Lake Barrine': [-17.25, 145.64], 'Crater Lakes National Park': [-17.27, 145.63], 'Peterson Creek': [-17.27, 145.58], Malanda: [-17.35, 145.6], 'Gillies Range': [-17.15, 145.7] },
		['Lake Eacham Hotel']
	),
	w(
		"Uribelarrea is a village in Cañuelas Partido, Buenos Aires Province, Argentina, 80 km south-west of the city of Buenos Aires. It had 1,200 people in 2010. The village was founded in 1890 by Miguel Nicolás de Uribelarrea, a landowner who gave the land for its plaza and for its church of Our Lady of Luján, and grew around a station of the Buenos Aires Great Southern Railway.\n\nIts brick shops and almacenes, little changed since the railway declined, have drawn film crews and weekend visitors, and its dairy farms make cheese and dulce de leche. An agricultural school run by the Salesians stands at the edge of the village. Cañuelas, the seat of the partido, lies 20 km to the north-east along Provincial Route 6, and Lobos 40 km to the west.",
		{ Uribelarrea: [-35.12, -58.88], 'Cañuelas Partido': [-35.05, -58.75], 'Buenos Aires Province': BUENOS_AIRES_PROVINCE, Argentina: ARGENTINA, 'Buenos Aires': [-34.6, -58.38], Cañuelas: [-35.05, -58.76], Lobos: [-35.18, -59.1] },
		['Miguel Nicolás de Uribelarrea', 'Our Lady of Luján', 'Buenos Aires Great Southern Railway', 'Salesians', 'Provincial Route 6']
	),
	w(
		"Ginzan Onsen is a hot spring village in the city of Obanazawa, Yamagata Prefecture, Japan, in the valley of the Ginzan River 15 km east of the city centre. It grew beside a silver mine opened in the 15th century, ginzan meaning \"silver mountain\", and after the mine closed in the 17th century its springs drew bathers.\n\nIts wooden inns of three and four storeys, built in the Taishō era, face each other across the river and are lit by gas lamps at night; the snow that covers the village from December to March has made it one of the most photographed onsen of Tōhoku. The ruins of the Nobesawa silver mine lie at the head of the valley. The nearest station is Ōishida on the Yamagata Shinkansen, whence buses run to the village; Mount Gassan rises to the south-west.",
		{ 'Ginzan Onsen': [38.57, 140.53], Obanazawa: [38.6, 140.41], 'Yamagata Prefecture': [38.5, 140.1], Japan: JAPAN, 'Ginzan River': [38.57, 140.52], Tōhoku: [39.0, 140.5], Nobesawa: [38.56, 140.54], Ōishida: [38.59, 140.37], 'Mount Gassan': [38.55, 140.03] },
		['Taishō', 'Yamagata Shinkansen']
	),
	w(
		"Hwagae-myeon is a myeon (township) of Hadong County in South Gyeongsang Province, South Korea, on the Seomjin River where it forms the border with South Jeolla Province. It had 2,900 people in 2020. The valley of Hwagae is held to be the birthplace of Korean tea: by tradition the first seeds were planted here in 828, on the return of the envoy Kim Dae-ryeom from China.\n\nIts tea fields climb the slopes below Jirisan, and Ssanggyesa, a temple founded in 723, stands at the head of the valley. The Hwagae Market, on the river, was where the people of the two provinces traded. Cheonghak-dong lies in the hills above, and Hadong, the county seat, 20 km downstream; Gurye lies across the river to the north-west.",
		{ 'Hwagae-myeon': [35.19, 127.62], 'Hadong County': [35.07, 127.75], 'South Gyeongsang Province': [35.4, 128.2], 'South Korea': SOUTH_KOREA, 'Seomjin River': [35.18, 127.63], 'South Jeolla Province': [34.9, 126.9], Hwagae: [35.19, 127.62], China: CHINA, Jirisan: [35.34, 127.73], Ssanggyesa: [35.23, 127.6], 'Hwagae Market': [35.19, 127.62], 'Cheonghak-dong': [35.27, 127.73], Hadong: [35.07, 127.75], Gurye: [35.2, 127.46] },
		['Kim Dae-ryeom']
	),
	w(
		"Arrow Rock is a village in Saline County, Missouri, United States, on a bluff above the Missouri River, 13 miles north of Marshall. It had 56 people at the 2010 census. The bluff, a landmark on the river since the French called it Pierre à Fleche, gave flint for arrowheads; the Santa Fe Trail began at a ferry below it in the 1820s.\n\nThe painter George Caleb Bingham lived here, and his house, with much of the village, forms the Arrow Rock State Historic Site, a National Historic Landmark. The Lyceum Theatre fills the old Baptist church each summer. Boonville lies 20 miles downstream across the river, and Glasgow 15 miles upstream; Sweet Springs is to the south-west.",
		{ 'Arrow Rock': [39.07, -92.95], 'Saline County': [39.14, -93.2], Missouri: MISSOURI, 'United States': US, 'Missouri River': [39.07, -92.94], Marshall: [39.12, -93.2], 'Pierre à Fleche': [39.07, -92.95], 'Arrow Rock State Historic Site': [39.07, -92.95], Boonville: [38.97, -92.74], Glasgow: [39.23, -92.85], 'Sweet Springs': [38.96, -93.41] },
		['George Caleb Bingham', 'Santa Fe Trail', 'Lyceum Theatre']
	),
	w(
		"Animas Forks is a ghost town in San Juan County, Colorado, United States, at 11,200 feet where the North and West forks meet to form the Animas River, 12 miles north-east of Silverton. Founded by prospectors in 1873, it had 450 people, a hotel and a newspaper by 1883; its silver ore went down to the mills of Silverton by wagon, and later on the Silverton Northern Railroad built by Otto Mears. The town was empty by the 1920s.\n\nThe Duncan house, with its bay window, and the foundations of the Gold Prince mill survive, kept by the Bureau of Land Management. The Alpine Loop, a road for four-wheel drives, crosses Engineer Pass and Cinnamon Pass from here to Lake City and Ouray.",
		{ 'Animas Forks': [37.93, -107.57], 'San Juan County': [37.78, -107.67], Colorado: COLORADO, 'United States': US, 'Animas River': [37.93, -107.57], Silverton: [37.81, -107.66], 'Alpine Loop': [37.95, -107.55], 'Engineer Pass': [37.97, -107.58], 'Cinnamon Pass': [37.93, -107.54], 'Lake City': [38.03, -107.32], Ouray: [38.02, -107.67] },
		['Otto Mears', 'Silverton Northern Railroad', 'Gold Prince', 'Bureau of Land Management', 'Duncan']
	),
	w(
		"Wood Mountain is a village in the Rural Municipality of Old Post No. 43, Saskatchewan, Canada, in the hills of the same name 135 km south-west of Moose Jaw and 35 km north of the Montana border. It had 20 people in 2016. A post of the North-West Mounted Police stood here from 1874; in 1877 Sitting Bull and some 5,000 Lakota crossed the border after the Battle of the Little Bighorn and camped near it for four years, until they went back to the United States.\n\nThe Wood Mountain Post Provincial Historic Site tells the post's story, and a rodeo, said to be the oldest held without a break in Canada, takes place each July. Grasslands National Park lies to the west; Rockglen and Assiniboia are to the east.",
		{ 'Wood Mountain': [49.42, -106.38], 'Rural Municipality of Old Post No. 43': [49.3, -106.5], Saskatchewan: SASKATCHEWAN, Canada: CANADA, 'Moose Jaw': [50.39, -105.53], Montana: MONTANA, 'United States': US, 'Wood Mountain Post Provincial Historic Site': [49.38, -106.33], 'Grasslands National Park': [49.2, -107.4], Rockglen: [49.18, -105.95], Assiniboia: [49.63, -105.99] },
		['North-West Mounted Police', 'Sitting Bull', 'Lakota']
	),
	w(
		"El Berro is a pedanía of the municipality of Alhama de Murcia, in the Region of Murcia, Spain, in the Sierra Espuña 16 km west of the town of Alhama. It had 180 inhabitants in 2020. The village lies at 600 m on the south-western edge of the Sierra Espuña Regional Park, among almond and olive terraces, and its spring, which gave it its name (berro means \"watercress\"), feeds the stream below.\n\nWalkers start here for the Morrón de Espuña, the highest peak of the range, and for the Pozos de la Nieve, ice wells of the 16th century that sent snow to Murcia and Cartagena. Gebas lies 8 km to the south-east, above the badlands of the Barrancos de Gebas, and Totana to the south.",
		{ 'El Berro': [37.9, -1.5], 'Alhama de Murcia': [37.85, -1.43], 'Region of Murcia': [38.0, -1.5], Spain: SPAIN, 'Sierra Espuña': [37.87, -1.55], Alhama: [37.85, -1.43], 'Sierra Espuña Regional Park': [37.87, -1.55], 'Morrón de Espuña': [37.87, -1.58], 'Pozos de la Nieve': [37.87, -1.57], Murcia: [37.98, -1.13], Cartagena: [37.6, -0.98], Gebas: [37.87, -1.4], 'Barrancos de Gebas': [37.88, -1.42], Totana: [37.77, -1.5] }
	),
	w(
		"Sistelo is a civil parish (freguesia) in the municipality of Arcos de Valdevez, in the district of Viana do Castelo, northern Portugal, in the valley of the Vez below the Serra da Peneda. It had 250 inhabitants in 2011. Its farmers cut the steep slopes into terraces for maize, held up by granite walls, and the landscape, called the \"little Portuguese Tibet\", was classed a national monument in 2018, the first rural landscape in the country to be so.\n\nThe Castelo do Visconde, a mock castle built by the Viscount of Sistelo, who made his fortune in Brazil, stands beside the church. The parish lies within the Peneda-Gerês National Park; a walkway along the Vez leads 30 km down to Arcos de Valdevez, and Spain lies across the mountains to the north.",
		{ Sistelo: [41.97, -8.38], 'Arcos de Valdevez': [41.85, -8.42], 'Viana do Castelo': [41.8, -8.6], Portugal: PORTUGAL, Vez: [41.95, -8.4], 'Serra da Peneda': [42.0, -8.3], 'Castelo do Visconde': [41.97, -8.38], Brazil: BRAZIL, 'Peneda-Gerês National Park': [41.8, -8.1], Spain: SPAIN },
		['Tibet', 'Viscount of Sistelo']
	),
	w(
		"Zons is an Ortsteil of the town of Dormagen in the Rhein-Kreis Neuss, North Rhine-Westphalia, Germany, on the left bank of the Rhine between Cologne and Düsseldorf. It has about 5,400 inhabitants. The Archbishop of Cologne, Friedrich von Saarwerden, moved his customs post here from Neuss in 1372 and walled the town; its walls, towers and the castle of Friedestrom still stand, and it is called the \"Rothenburg of the Rhine\".\n\nUntil 1975 Zons was a town of its own. Open-air plays on the castle stage draw visitors each summer. A ferry crosses the Rhine to Düsseldorf-Urdenbach; Stürzelberg lies to the south, and the centre of Dormagen 5 km to the south-west.",
		{ Zons: [51.12, 6.85], Dormagen: [51.09, 6.84], 'Rhein-Kreis Neuss': [51.15, 6.7], 'North Rhine-Westphalia': [51.5, 7.5], Germany: GERMANY, Rhine: [51.12, 6.86], Cologne: [50.94, 6.96], Düsseldorf: [51.23, 6.78], Neuss: [51.2, 6.69], Friedestrom: [51.12, 6.85], 'Düsseldorf-Urdenbach': [51.15, 6.88], Stürzelberg: [51.1, 6.87] },
		['Archbishop of Cologne', 'Friedrich von Saarwerden', 'Rothenburg']
	),
	w(
		"Colletta di Castelbianco is a frazione of the comune of Castelbianco in the province of Savona, Liguria, north-western Italy, on a spur above the Pennavaira valley 15 km west of Albenga. A fortified village of the 13th century, built by the marquises of Clavesana, it was left after an earthquake in 1887 and again in the 1950s.\n\nIn the 1990s the architect Giancarlo De Carlo restored its stone houses, linked by vaulted lanes and stairs, and it was wired for the internet as Italy's first \"telematic village\". Castelbianco, the seat of the comune, lies below on the river, and Nasino upstream; the road from Albenga climbs on to Garessio in Piedmont.",
		{ 'Colletta di Castelbianco': [44.11, 8.07], Castelbianco: [44.11, 8.07], Savona: [44.31, 8.48], Liguria: LIGURIA, Italy: ITALY, Pennavaira: [44.11, 8.07], Albenga: [44.05, 8.21], Nasino: [44.11, 8.03], Garessio: [44.2, 8.02], Piedmont: [45.0, 7.9] },
		['Giancarlo De Carlo', 'marquises of Clavesana']
	),
	w(
		"The Capanna Regina Margherita is a mountain hut of the Club Alpino Italiano on the summit of the Signalkuppe (Punta Gnifetti), 4,554 m, in the Monte Rosa massif, on the border of Italy and Switzerland; it is the highest building in Europe. It was opened in 1893 and named after Queen Margherita of Savoy, who had climbed to the site that year.\n\nThe hut holds a laboratory for the medicine of high altitude. Climbers reach it in two days from Alagna Valsesia or Gressoney-La-Trinité in Italy, by way of the Capanna Gnifetti, or from Zermatt in the Swiss canton of Valais across the Grenz Glacier. The Dufourspitze, the highest summit of the massif, rises 1.5 km to the west.",
		{ 'Capanna Regina Margherita': [45.93, 7.88], Signalkuppe: [45.93, 7.88], 'Punta Gnifetti': [45.93, 7.88], 'Monte Rosa': [45.94, 7.87], Italy: ITALY, Switzerland: SWITZERLAND, Europe: EUROPE, 'Alagna Valsesia': [45.85, 7.94], 'Gressoney-La-Trinité': [45.83, 7.82], 'Capanna Gnifetti': [45.92, 7.88], Zermatt: [46.02, 7.75], Valais: [46.2, 7.6], 'Grenz Glacier': [45.93, 7.83], Dufourspitze: [45.94, 7.87] },
		['Club Alpino Italiano', 'Queen Margherita of Savoy']
	),
	w(
		"Hook Lighthouse stands on the tip of Hook Head, on the Hook Peninsula of County Wexford, Ireland, on the east side of the mouth of Waterford Harbour. Built by William Marshal, Lord of Leinster, in the early 13th century as a guide to his new port of New Ross, its limestone tower, 36 m high with walls 4 m thick, is one of the oldest working lighthouses in the world. Monks of a church nearby are said to have kept a fire on the headland before it.\n\nThe light was made automatic in 1996 and the keepers' houses became a visitor centre. The village of Churchtown lies 1 km inland and Fethard-on-Sea 10 km up the peninsula; Dunmore East faces it across the harbour, in County Waterford, and Crooke lies on the same shore.",
		{ 'Hook Lighthouse': [52.12, -6.93], 'Hook Head': [52.12, -6.93], 'Hook Peninsula': [52.16, -6.9], 'County Wexford': [52.5, -6.6], Ireland: IRELAND, 'Waterford Harbour': [52.2, -6.95], 'New Ross': [52.4, -6.94], Churchtown: [52.13, -6.92], 'Fethard-on-Sea': [52.2, -6.84], 'Dunmore East': [52.15, -7.0], 'County Waterford': [52.2, -7.6], Crooke: [52.17, -6.99] },
		['William Marshal', 'Lord of Leinster']
	),
	w(
		"Fontenelle Abbey, or the Abbey of Saint-Wandrille, is a Benedictine monastery in the commune of Rives-en-Seine, Seine-Maritime, Normandy, France, in a side valley of the Seine 30 km west of Rouen. It was founded in 649 by Wandrille, a courtier of King Dagobert I who became a monk, and under the Carolingians it was one of the great abbeys of the Frankish kingdom; Vikings sacked it in the 9th century.\n\nThe monks were driven out at the Revolution and the church fell to ruin; the writer Maurice Maeterlinck lived in the buildings from 1907. Monks came back in 1931 and make beer and candles. The village of Saint-Wandrille-Rançon, merged in 2016 with Caudebec-en-Caux and Villequier into the new commune, grew around the abbey; Jumièges, whose abbey is in ruins, lies 10 km upstream.",
		{ 'Fontenelle Abbey': [49.53, 0.77], 'Abbey of Saint-Wandrille': [49.53, 0.77], 'Rives-en-Seine': [49.53, 0.72], 'Seine-Maritime': [49.66, 1.0], Normandy: NORMANDY, France: FRANCE, Seine: [49.52, 0.78], Rouen: [49.44, 1.1], 'Saint-Wandrille-Rançon': [49.53, 0.77], 'Caudebec-en-Caux': [49.53, 0.73], Villequier: [49.52, 0.68], Jumièges: [49.43, 0.82] },
		['Wandrille', 'Dagobert I', 'Maurice Maeterlinck', 'Carolingians', 'Vikings']
	),
	w(
		"Hygiene is an unincorporated community in Boulder County, Colorado, United States, on the plains 5 miles west of Longmont and 8 miles east of Lyons. It grew around the Hygiene Home, a sanatorium for people with tuberculosis built in 1881 by Jacob Cassell, an elder of the Church of the Brethren, who had hoped the clean air of the Front Range would heal them; the post office took the name in 1883.\n\nThe sanatorium closed in 1900, and the village lives on farming and on the weekend riders of the cycle route from Boulder. St. Vrain Creek runs to the north, and Pella Crossing, a park of old gravel ponds, lies 2 miles to the east. Boulder, the county seat, is 13 miles to the south, and Rocky Mountain National Park lies beyond Lyons to the west.",
		{ Hygiene: [40.19, -105.18], 'Boulder County': [40.09, -105.36], Colorado: COLORADO, 'United States': US, Longmont: [40.17, -105.1], Lyons: [40.22, -105.27], 'Front Range': [40.0, -105.5], Boulder: [40.01, -105.27], 'St. Vrain Creek': [40.2, -105.17], 'Pella Crossing': [40.18, -105.15], 'Rocky Mountain National Park': [40.34, -105.69] },
		['Hygiene Home', 'Jacob Cassell', 'Church of the Brethren']
	),
	w(
		"Sønderho is a village on the south tip of the island of Fanø, in Fanø Municipality, Region of Southern Denmark, in the Wadden Sea 12 km south-west of Esbjerg. It had 300 inhabitants in 2020. In the 18th and 19th centuries its men sailed the ships of a large fleet built on the island, and the captains' thatched houses, turned away from the west wind, still line its narrow lanes; the women kept their own dress, with a black mask against the sun and sand.\n\nThe village holds a dance festival every July, and its old inn, Sønderho Kro, dates from 1722. A road runs 13 km north across the heath to Nordby, the island's main town and port for the ferry to Esbjerg, past Rindby and its beach; Rømø lies to the south across the Knudedyb.",
		{ Sønderho: [55.35, 8.47], Fanø: [55.41, 8.41], 'Fanø Municipality': [55.41, 8.41], 'Region of Southern Denmark': [55.5, 9.0], 'Wadden Sea': [55.3, 8.5], Esbjerg: [55.47, 8.45], Nordby: [55.45, 8.4], Rindby: [55.42, 8.4], Rømø: [55.13, 8.53], Knudedyb: [55.3, 8.5] },
		['Sønderho Kro']
	),
	w(
		"Penglipuran is a traditional village in the kelurahan of Kubu, Bangli District, Bangli Regency, Bali, Indonesia, at 700 m on the road from Bangli to Kintamani, 5 km north of the town of Bangli. It has about 1,000 inhabitants. Its houses stand in two rows on either side of a stepped lane running up the slope to the village temple, each behind an identical gateway of clay and bamboo; cars are kept out of the village, and a forest of bamboo surrounds it.\n\nThe village keeps its customary law, the awig-awig, which bars a man from taking a second wife. Kintamani and the caldera of Mount Batur, with Lake Batur, lie 25 km to the north; Denpasar, the provincial capital, is 45 km to the south-west, by way of Gianyar.",
		{ Penglipuran: [-8.42, 115.36], Kubu: [-8.42, 115.36], 'Bangli District': [-8.45, 115.35], 'Bangli Regency': [-8.3, 115.35], Bali: [-8.4, 115.2], Indonesia: INDONESIA, Bangli: [-8.45, 115.35], Kintamani: [-8.25, 115.33], 'Mount Batur': [-8.24, 115.38], 'Lake Batur': [-8.26, 115.4], Denpasar: [-8.65, 115.22], Gianyar: [-8.54, 115.33] },
		['awig-awig']
	)
];

// Half B: held out until the end of session 53.
export const WIKI_HELD_OUT_S53_B: GenreText[] = [
	w(
		"Roquefort-sur-Soulzon is a commune in the Aveyron department in the Occitanie region of southern France, on the edge of the Causse du Larzac 20 km south-west of Millau. It had 570 inhabitants in 2019. The village is built against the cliff of the Combalou, whose fallen rock holds caves cooled by fissures, the fleurines; by a law of 1925 only cheese ripened in these caves may be sold as Roquefort.\n\nSociété, the largest maker, owned by Lactalis, and six smaller firms ripen some 18,000 tonnes a year of ewe's milk cheese from farms across the Aveyron, Lozère and Tarn. The Soulzon, a stream, runs below the village. Saint-Affrique lies 12 km to the south-west; the Millau Viaduct carries the A75 over the Tarn valley to the north-east.",
		{ 'Roquefort-sur-Soulzon': [43.98, 2.99], Aveyron: [44.3, 2.6], Occitanie: OCCITANIE, France: FRANCE, 'Causse du Larzac': [43.95, 3.2], Millau: [44.1, 3.08], Combalou: [43.98, 2.99], Lozère: [44.5, 3.5], Tarn: [44.0, 2.7], Soulzon: [43.98, 2.99], 'Saint-Affrique': [43.96, 2.89], 'Millau Viaduct': [44.08, 3.02] },
		['Roquefort', 'Société', 'Lactalis', 'A75']
	),
	w(
		"Lekeitio is a town and municipality in the comarca of Lea-Artibai, in the province of Biscay, Basque Country, northern Spain, at the mouth of the Lea on the Bay of Biscay, 50 km east of Bilbao. It has 7,300 inhabitants. A whaling and fishing port since the Middle Ages, it keeps the Gothic basilica of the Assumption of Mary, and the island of San Nicolás, in the bay, can be reached on foot at low tide.\n\nThe exiled Empress Zita of Austria lived here with her children from 1922 to 1931. At the feast of San Antolín, on 5 September, young men hang from a goose strung over the harbour. Ea lies 8 km to the west and Ondarroa 12 km to the east; Markina-Xemein is inland to the south.",
		{ Lekeitio: [43.36, -2.5], 'Lea-Artibai': [43.3, -2.5], Biscay: [43.25, -2.9], 'Basque Country': BASQUE_COUNTRY, Spain: SPAIN, Lea: [43.36, -2.5], 'Bay of Biscay': BAY_OF_BISCAY, Bilbao: [43.26, -2.93], 'San Nicolás': [43.37, -2.5], Ea: [43.38, -2.58], Ondarroa: [43.32, -2.42], 'Markina-Xemein': [43.27, -2.5] },
		['Assumption of Mary', 'Empress Zita of Austria', 'San Antolín']
	),
	w(
		"Aranmula is a village in Pathanamthitta district of Kerala, India, on the south bank of the Pamba river, 10 km east of Chengannur. It had 30,000 people in 2011. The village is known for the Aranmula kannadi, a mirror cast from an alloy of copper and tin whose recipe is kept by a few families, and for its Parthasarathy temple, one of the 108 Divya Desams of Vishnu.\n\nEach year, at the festival of Onam, snake boats with a hundred oarsmen race on the Pamba in the Uthrattadi boat race. Pathanamthitta, the district seat, lies 15 km to the north-east; Sabarimala, the hill shrine of Ayyappan, is 70 km to the east in the Western Ghats, and Thiruvalla lies to the west.",
		{ Aranmula: [9.33, 76.69], Kerala: KERALA, India: INDIA, Pamba: [9.33, 76.69], Chengannur: [9.32, 76.61], Pathanamthitta: [9.26, 76.78], Sabarimala: [9.43, 77.08], 'Western Ghats': [10.0, 77.0], Thiruvalla: [9.38, 76.57] },
		['Aranmula kannadi', 'Parthasarathy', 'Vishnu', 'Onam', 'Ayyappan', 'Uthrattadi']
	),
	w(
		"Ciocănești is a commune in Suceava County, Bukovina, north-eastern Romania, in the valley of the Bistrița Aurie, 30 km north-west of Vatra Dornei. It is made up of two villages, Ciocănești and Botoș, and had 1,700 inhabitants in 2011. The whole village is an open-air museum of painted houses: since the 1950s its people have covered their walls with patterns copied from the painted eggs of the region, and a museum of the painted egg opened in the old school.\n\nThe commune holds an international festival of painted eggs each spring. The road from Vatra Dornei to Cârlibaba and the Prislop Pass into Maramureș follows the river through the village; the painted monasteries of Moldovița and Sucevița lie to the east beyond the Rarău massif.",
		{ Ciocănești: [47.49, 25.3], 'Suceava County': [47.6, 25.7], Bukovina: [48.0, 25.5], Romania: ROMANIA, 'Bistrița Aurie': [47.52, 25.2], 'Vatra Dornei': [47.35, 25.36], Botoș: [47.49, 25.28], Cârlibaba: [47.58, 25.13], 'Prislop Pass': [47.61, 24.85], Maramureș: [47.7, 24.3], Moldovița: [47.68, 25.53], Sucevița: [47.78, 25.71], Rarău: [47.45, 25.57] }
	),
	w(
		"Symi is a Greek island and municipality in the Dodecanese, part of the South Aegean region, 41 km north-west of Rhodes and a few kilometres off the Datça peninsula of Turkey. It has 2,600 inhabitants. Its port, Gialos, is lined with neoclassical houses in ochre and pink, built in the 19th century when the island grew rich from sponge diving and boatbuilding; the upper town, Chorio, climbs the hill above it by the Kali Strata, a stair of 500 steps.\n\nThe monastery of the Archangel Michael at Panormitis, in a bay in the south, draws pilgrims from all over Greece. On 8 May 1945 the German garrison of the Dodecanese signed its surrender on Symi. Ferries run daily from Rhodes; the island of Tilos lies to the west, and Nisyros beyond.",
		{ Symi: [36.6, 27.83], Dodecanese: [36.4, 27.5], 'South Aegean': [36.5, 25.5], Rhodes: [36.43, 28.22], Datça: [36.72, 27.69], Turkey: TURKEY, Gialos: [36.62, 27.84], Chorio: [36.61, 27.84], 'Kali Strata': [36.61, 27.84], Panormitis: [36.55, 27.85], Greece: GREECE, Tilos: [36.43, 27.37], Nisyros: [36.59, 27.17] },
		['Archangel Michael']
	),
	w(
		"Chenini is a Berber village in Tataouine Governorate in southern Tunisia, 18 km west of the city of Tataouine, built on a ridge of the Dahar hills. Its houses are dug into the rock below a ksar, a fortified granary of the 12th century whose cells stored the villagers' grain; the white mosque on the saddle of the ridge is said to hold the tombs of seven sleepers who woke after four hundred years.\n\nMost of the villagers moved to New Chenini in the plain in the 1960s, but some houses are still lived in. Douiret, another hill village, lies 20 km to the south, and Ksar Ouled Soltane 30 km to the south-east; the Grand Erg Oriental begins beyond the hills to the west. Scenes of Star Wars were filmed at Ksar Hadada, to the north.",
		{ Chenini: [32.91, 10.26], 'Tataouine Governorate': [32.5, 9.9], Tunisia: TUNISIA, Tataouine: [32.93, 10.45], Dahar: [32.9, 10.2], 'New Chenini': [32.92, 10.3], Douiret: [32.83, 10.3], 'Ksar Ouled Soltane': [32.79, 10.51], 'Grand Erg Oriental': [31.0, 8.5], 'Ksar Hadada': [33.1, 10.3] },
		['Star Wars']
	),
	w(
		"Hill End is a village and former gold-mining town in Bathurst Regional Council, New South Wales, Australia, 72 km north-west of Bathurst, on a ridge above the Turon and Macquarie rivers. It had 80 people in 2016, against 8,000 in 1872, when the Holtermann Nugget, the largest mass of gold ever found, was dug from the Star of Hope mine at Hawkins Hill.\n\nBernhardt Holtermann paid the photographers Beaufoy Merlin and Charles Bayliss to record the town, and their glass plates were found in a garden shed in Chatswood in 1951. Its surviving buildings, among them the Royal Hotel, form the Hill End Historic Site. Painters such as Russell Drysdale and Donald Friend worked here after the war. Sofala lies 30 km to the east, and Mudgee to the north.",
		{ 'Hill End': [-33.03, 149.42], 'Bathurst Regional Council': [-33.4, 149.5], 'New South Wales': NEW_SOUTH_WALES, Australia: AUSTRALIA, Bathurst: [-33.42, 149.58], Turon: [-33.05, 149.5], Macquarie: [-32.95, 149.4], 'Star of Hope': [-33.03, 149.42], 'Hawkins Hill': [-33.03, 149.42], Chatswood: [-33.8, 151.18], 'Hill End Historic Site': [-33.03, 149.42], Sofala: [-33.08, 149.69], Mudgee: [-32.6, 149.59] },
		['Holtermann Nugget', 'Bernhardt Holtermann', 'Beaufoy Merlin', 'Charles Bayliss', 'Royal Hotel', 'Russell Drysdale', 'Donald Friend']
	),
	w(
		"Carlos Keen is a village in Luján Partido, Buenos Aires Province, Argentina, 15 km north-west of the city of Luján and 80 km west of Buenos Aires. It had 500 people in 2010. The village grew around a station of the Buenos Aires and Pacific Railway opened in 1881 and named after a lawyer and politician who had owned the land.\n\nWhen passenger trains stopped in the 1970s it nearly emptied; since the 1990s its old store, school and brick station have drawn visitors from the capital to its restaurants and country fairs. The chapel of Saint Charles Borromeo faces the plaza. Open Door, home of a colony hospital for the mentally ill, lies 10 km to the east, and Capilla del Señor to the north, in Exaltación de la Cruz Partido.",
		{ 'Carlos Keen': [-34.49, -59.22], 'Luján Partido': [-34.57, -59.1], 'Buenos Aires Province': BUENOS_AIRES_PROVINCE, Argentina: ARGENTINA, Luján: [-34.57, -59.1], 'Buenos Aires': [-34.6, -58.38], 'Open Door': [-34.49, -59.07], 'Capilla del Señor': [-34.29, -59.1], 'Exaltación de la Cruz Partido': [-34.3, -59.1] },
		['Buenos Aires and Pacific Railway', 'Saint Charles Borromeo']
	),
	w(
		"Narai-juku is a former post town in the city of Shiojiri, Nagano Prefecture, Japan, in the Kiso Valley at the foot of the Torii Pass. It was the 34th of the 69 stations of the Nakasendō, the road through the mountains from Edo to Kyoto, and was called \"Narai of a thousand houses\" for its size. Its wooden inns and shops line the old road for almost a kilometre, and the town has been a preserved district since 1978.\n\nLacquerware and combs of cypress are made here. Yabuhara, the next station, lies over the pass to the south-west, and Niekawa to the north-east; Kiso-Fukushima, with its old checkpoint, is 25 km to the south. Narai Station is on the Chūō Main Line.",
		{ 'Narai-juku': [35.97, 137.81], Shiojiri: [36.12, 137.95], 'Nagano Prefecture': [36.1, 138.1], Japan: JAPAN, 'Kiso Valley': [35.85, 137.7], 'Torii Pass': [35.96, 137.79], Nakasendō: [35.97, 137.81], Edo: [35.68, 139.69], Kyoto: [35.01, 135.77], Narai: [35.97, 137.81], Yabuhara: [35.95, 137.76], Niekawa: [36.01, 137.84], 'Kiso-Fukushima': [35.84, 137.69], 'Narai Station': [35.97, 137.81] },
		['Chūō Main Line']
	),
	w(
		"Jeungdo-myeon is a myeon (township) of Sinan County, South Jeolla Province, South Korea, made up of the island of Jeungdo and a few islets off the south-west coast, 50 km north-west of Mokpo. It had 2,000 people in 2020. The Taepyeong salt farm, the largest in the country, spreads over 4.6 square kilometres of the island, and sea salt has been made here by evaporation since 1953. In 2007 Jeungdo became the first slow city of Asia under the Cittaslow movement.\n\nOff its coast in 1976 fishermen found the Sinan shipwreck, a Chinese trading ship of 1323 laden with celadon and coins, whose cargo is shown in the National Maritime Museum in Mokpo. A bridge links the island to Jido, and Jido to the mainland in Muan County.",
		{ 'Jeungdo-myeon': [35.0, 126.15], 'Sinan County': [34.83, 126.1], 'South Jeolla Province': [34.9, 126.9], 'South Korea': SOUTH_KOREA, Jeungdo: [35.0, 126.15], Mokpo: [34.81, 126.39], Taepyeong: [34.99, 126.16], Jido: [35.05, 126.2], 'Muan County': [34.99, 126.48] },
		['Cittaslow', 'Sinan shipwreck', 'National Maritime Museum']
	),
	w(
		"Rocheport is a city in Boone County, Missouri, United States, on the Missouri River at the mouth of Moniteau Creek, 12 miles west of Columbia. It had 239 people at the 2010 census. Founded in 1825 at the end of a rock ledge the French had called Roche Port, it was a steamboat landing and tobacco market before the Civil War; Confederate guerrillas under Bloody Bill Anderson held it in 1864.\n\nThe Katy Trail State Park, a cycle path on the bed of the Missouri–Kansas–Texas Railroad, passes through a tunnel of 1893 beside the town, and its vineyards look over the river. Interstate 70 crosses the river on a bridge just upstream. Boonville lies 12 miles to the west, and Huntsdale to the east.",
		{ Rocheport: [38.98, -92.56], 'Boone County': [38.99, -92.31], Missouri: MISSOURI, 'United States': US, 'Missouri River': [38.97, -92.57], 'Moniteau Creek': [38.98, -92.55], Columbia: [38.95, -92.33], 'Roche Port': [38.98, -92.56], 'Katy Trail State Park': [38.97, -92.55], Boonville: [38.97, -92.74], Huntsdale: [38.93, -92.46] },
		['Civil War', 'Bloody Bill Anderson', 'Missouri–Kansas–Texas Railroad', 'Interstate 70']
	),
	w(
		"Independence is a ghost town in Pitkin County, Colorado, United States, on the Roaring Fork River at 10,900 feet, 16 miles east of Aspen on the road to Independence Pass. Prospectors struck gold here on 4 July 1879 and named the camp for the day; by 1882 it had 1,500 people, three post offices under other names, and forty businesses.\n\nThe ore soon ran out, and in the winter of 1899 the last miners took apart their houses to make skis and escaped to Aspen. The Aspen Historical Society keeps the cabins and the general store. State Highway 82 climbs past the town over the Continental Divide to Twin Lakes and Leadville, in Lake County.",
		{ Independence: [39.11, -106.6], 'Pitkin County': [39.22, -106.92], Colorado: COLORADO, 'United States': US, 'Roaring Fork River': [39.11, -106.6], Aspen: [39.19, -106.82], 'Independence Pass': [39.11, -106.56], 'Continental Divide': [39.11, -106.56], 'Twin Lakes': [39.08, -106.38], Leadville: [39.25, -106.29], 'Lake County': [39.2, -106.35] },
		['Aspen Historical Society', 'State Highway 82']
	),
	w(
		"Kleefeld is an unincorporated community in the Rural Municipality of Hanover, in south-eastern Manitoba, Canada, 50 km south-east of Winnipeg. It had about 1,300 people in 2016. Founded in 1874 by Mennonites from the Molotschna colony, now in Ukraine, as Gruenfeld, it was the first village of the East Reserve and was renamed Kleefeld, \"clover field\", during the First World War.\n\nA honey festival is held each summer. Steinbach, the largest city of the region, lies 12 km to the south-east, and Niverville 15 km to the west on the Red River; the seat of the municipality is at Grunthal, to the south.",
		{ Kleefeld: [49.5, -96.88], 'Rural Municipality of Hanover': [49.45, -96.8], Manitoba: MANITOBA, Canada: CANADA, Winnipeg: [49.9, -97.14], Molotschna: [47.0, 35.5], Ukraine: UKRAINE, Gruenfeld: [49.5, -96.88], 'East Reserve': [49.5, -96.8], Steinbach: [49.53, -96.68], Niverville: [49.6, -97.04], 'Red River': [49.6, -97.1], Grunthal: [49.41, -96.86] },
		['Mennonites']
	),
	w(
		"Bárcena Mayor is a village in the municipality of Los Tojos, Cantabria, northern Spain, in the valley of the Argoza within the Saja-Besaya Natural Park, 45 km south-west of Torrelavega. It had 80 inhabitants in 2018 and is held to be the oldest village of Cantabria; its houses of stone and timber with wooden balconies, built along cobbled lanes, were declared a historic ensemble in 1979.\n\nThe old road for wool and wine from Castile to the coast passed through it. Los Tojos, the seat of the municipality, lies 10 km down the valley, and Cabezón de la Sal 25 km to the north; the Saja forest and the pass of Palombera lie to the south, towards Reinosa.",
		{ 'Bárcena Mayor': [43.14, -4.23], 'Los Tojos': [43.15, -4.26], Cantabria: [43.2, -4.0], Spain: SPAIN, Argoza: [43.14, -4.23], 'Saja-Besaya Natural Park': [43.1, -4.2], Torrelavega: [43.35, -4.05], Castile: [41.8, -4.5], 'Cabezón de la Sal': [43.31, -4.24], Saja: [43.1, -4.25], Palombera: [43.08, -4.18], Reinosa: [42.99, -4.14] }
	),
	w(
		"Drave is an abandoned village in the civil parish of Covelo de Paivó e Janarde, in the municipality of Arouca, Aveiro District, northern Portugal, in the hills east of the Serra da Freita. Reachable only on foot, by a track of 4 km from Regoufe, its schist houses stand where two streams meet in a deep valley; the last family left in 2000.\n\nSince the 1990s the Portuguese scouts have rebuilt it as their national base. The Paiva, a river known for its rafting and for the Paiva Walkways, runs to the south. Regoufe, whose tungsten mine was worked in the Second World War, lies to the north-west, and Arouca, the seat of the municipality, 30 km away; Castro Daire lies beyond the mountains to the east.",
		{ Drave: [40.87, -8.07], 'Covelo de Paivó e Janarde': [40.87, -8.1], Arouca: [40.93, -8.25], 'Aveiro District': [40.7, -8.5], Portugal: PORTUGAL, 'Serra da Freita': [40.88, -8.25], Regoufe: [40.89, -8.08], Paiva: [40.85, -8.1], 'Paiva Walkways': [40.97, -8.2], 'Castro Daire': [40.9, -7.93] }
	),
	w(
		"Durgerdam is a village in the borough of Amsterdam-Noord, in the municipality of Amsterdam, North Holland, the Netherlands, on the dike of the IJmeer 6 km east of the city centre. It has about 400 inhabitants. A fishing village since the Middle Ages, it lost its trade when the Zuiderzee was closed by the Afsluitdijk in 1932; its wooden houses, squeezed in a single row between the dike and the water, are a protected village view.\n\nThe old town hall of the polder board, with its bell tower, stands in the middle of the row. Ransdorp and Holysloot lie behind the dike to the north, in Waterland, and the villages of Uitdam and Marken beyond, along the road to Monnickendam; across the IJmeer lies IJburg.",
		{ Durgerdam: [52.38, 4.99], 'Amsterdam-Noord': [52.4, 4.93], Amsterdam: [52.37, 4.89], 'North Holland': [52.6, 4.8], Netherlands: NETHERLANDS, IJmeer: [52.37, 5.02], Zuiderzee: [52.6, 5.3], Afsluitdijk: [53.0, 5.1], Ransdorp: [52.39, 4.99], Holysloot: [52.4, 5.0], Waterland: [52.45, 4.95], Uitdam: [52.42, 5.07], Marken: [52.46, 5.1], Monnickendam: [52.46, 5.04], IJburg: [52.35, 5.0] }
	),
	w(
		"Bussana Vecchia is a frazione of the city of Sanremo in the province of Imperia, Liguria, north-western Italy, on a hill 3 km inland, 6 km east of the centre of Sanremo. The old village was wrecked by the earthquake of 23 February 1887, which killed many of its people at mass in the church of Sant'Egidio, and its survivors built Bussana Nuova below, on the coast road.\n\nLeft empty for seventy years, its ruins were taken over in the 1960s by artists from Italy and abroad, who patched the houses and opened studios; the state, which owns the site, has tried to evict them. Taggia lies across the Argentina valley to the east, and Arma di Taggia on the sea beyond; the Ligurian Alps rise behind.",
		{ 'Bussana Vecchia': [43.84, 7.83], Sanremo: [43.82, 7.78], Imperia: [43.89, 8.03], Liguria: LIGURIA, Italy: ITALY, 'Bussana Nuova': [43.83, 7.83], Taggia: [43.85, 7.85], Argentina: [43.84, 7.85], 'Arma di Taggia': [43.83, 7.86], 'Ligurian Alps': [44.1, 7.7] },
		["Sant'Egidio"]
	),
	w(
		"The Rifugio Auronzo is a mountain hut at 2,320 m below the south faces of the Tre Cime di Lavaredo, in the Sexten Dolomites, in the comune of Auronzo di Cadore, province of Belluno, in the Veneto region of Italy, close to the border with South Tyrol. It is reached by a toll road from Misurina, 7 km to the south-west, and is the start of the walk round the three peaks by the Rifugio Lavaredo and the Dreizinnenhütte, in South Tyrol.\n\nThe front of the First World War ran across the Paternkofel above it, and the tunnels and trenches dug by Italian and Austrian troops can still be walked. Cortina d'Ampezzo lies 20 km to the south-west, and Sexten to the north.",
		{ 'Rifugio Auronzo': [46.61, 12.3], 'Tre Cime di Lavaredo': [46.62, 12.3], 'Sexten Dolomites': [46.65, 12.35], 'Auronzo di Cadore': [46.55, 12.44], Belluno: [46.3, 12.2], Veneto: [45.7, 11.9], Italy: ITALY, 'South Tyrol': [46.7, 11.4], Misurina: [46.58, 12.25], 'Rifugio Lavaredo': [46.61, 12.31], Dreizinnenhütte: [46.63, 12.31], Paternkofel: [46.63, 12.3], "Cortina d'Ampezzo": [46.54, 12.14], Sexten: [46.7, 12.35] }
	),
	w(
		"Cape Reinga Lighthouse stands on Cape Reinga, the north-western tip of the Aupouri Peninsula in the Northland Region of New Zealand, 100 km north of Kaitaia. Built in 1941 to replace the light on Motuopao Island, it was made automatic in 1987 and its light is now run from Wellington. Below the cape the Tasman Sea meets the Pacific Ocean in a line of breaking waves.\n\nIn Māori tradition the spirits of the dead leave the land here, from an old pōhutukawa tree on the headland, for the homeland of Hawaiki. State Highway 1 ends at the car park; walkers reach the cape from Spirits Bay, to the east, or from Ninety Mile Beach and Te Paki to the south, whose dunes rise 150 m. Cape Maria van Diemen lies 5 km to the west, and North Cape 30 km to the east.",
		{ 'Cape Reinga Lighthouse': [-34.43, 172.68], 'Cape Reinga': [-34.43, 172.68], 'Aupouri Peninsula': [-34.8, 173.0], 'Northland Region': [-35.5, 174.0], 'New Zealand': NEW_ZEALAND, Kaitaia: [-35.11, 173.26], 'Motuopao Island': [-34.46, 172.64], Wellington: [-41.29, 174.78], 'Tasman Sea': [-40.0, 160.0], 'Pacific Ocean': PACIFIC_OCEAN, 'Spirits Bay': [-34.43, 172.85], 'Ninety Mile Beach': [-34.8, 173.0], 'Te Paki': [-34.5, 172.78], 'Cape Maria van Diemen': [-34.48, 172.64], 'North Cape': [-34.42, 173.03] },
		['Hawaiki', 'State Highway 1']
	),
	w(
		"Orval Abbey (Abbaye Notre-Dame d'Orval) is a Cistercian monastery in the village of Villers-devant-Orval, part of the municipality of Florenville in the province of Luxembourg, Wallonia, Belgium, a kilometre from the French border in the Gaume. Founded in 1070 by Benedictines from Calabria, it passed to the Cistercians in 1132; by legend its name, Aurea Vallis, \"golden valley\", comes from a countess who lost her wedding ring in its spring and saw a trout bring it back.\n\nFrench troops burned the abbey in 1793, and monks rebuilt it from 1926. Its brewery makes Orval, a Trappist beer, and the monks also make cheese. Florenville lies 8 km to the north-west, and Montmédy and Carignan across the border, in the Meuse and Ardennes departments of France.",
		{ 'Orval Abbey': [49.64, 5.35], "Abbaye Notre-Dame d'Orval": [49.64, 5.35], 'Villers-devant-Orval': [49.64, 5.35], Florenville: [49.7, 5.31], Luxembourg: [49.95, 5.5], Wallonia: [50.4, 4.8], Belgium: BELGIUM, Gaume: [49.62, 5.5], Calabria: [39.0, 16.5], 'Aurea Vallis': [49.64, 5.35], Montmédy: [49.52, 5.37], Carignan: [49.63, 5.17], Meuse: [49.0, 5.4], Ardennes: [49.6, 4.6], France: FRANCE },
		['Orval', 'Cistercians', 'Benedictines']
	),
	w(
		"Oblong is a village in Crawford County, Illinois, United States, 10 miles west of Robinson, the county seat. It had 1,466 people at the 2010 census. It takes its name from the Oblong Prairie, a long strip of grassland on which it was laid out in 1883 along the railway. Oil was struck around the village in 1906, and the Illinois Oil Field Museum keeps the derricks, engines and tools of the boom.\n\nThe village lies on Illinois Route 33, between Robinson and Newton; Palestine, one of the oldest towns in the state, is 12 miles to the east near the Wabash River, which forms the border with Indiana, and Olney lies 25 miles to the south-west in Richland County. The Embarras River runs to the west.",
		{ Oblong: [39.0, -87.91], 'Crawford County': [39.0, -87.76], Illinois: ILLINOIS, 'United States': US, Robinson: [39.01, -87.74], 'Oblong Prairie': [39.0, -87.91], Newton: [38.99, -88.16], Palestine: [39.0, -87.61], 'Wabash River': [39.0, -87.55], Indiana: INDIANA, Olney: [38.73, -88.09], 'Richland County': [38.71, -88.08], 'Embarras River': [39.0, -88.05] },
		['Illinois Oil Field Museum', 'Illinois Route 33']
	),
	w(
		"Ballen is a village and small harbour on the east coast of the island of Samsø, in Samsø Municipality, Central Denmark Region, in the Kattegat 15 km off the coast of Jutland. It had 250 inhabitants in 2020. Its fishermen have given way to yachts, and its harbour, sheltered by a breakwater, is the busiest for sailors on the island; the beach runs south from it to Stavns Fjord, a shallow bay of islets kept for birds.\n\nTranebjerg, the island's main village, lies 4 km to the west, and Nordby, with its square of half-timbered houses around a bell post, 12 km to the north; the ferry to Hou in Jutland sails from Sælvig and that to Kalundborg on Zealand from Kolby Kås. Samsø has made its own power from wind since 2007.",
		{ Ballen: [55.82, 10.64], Samsø: [55.85, 10.6], 'Samsø Municipality': [55.85, 10.6], 'Central Denmark Region': [56.2, 9.6], Kattegat: [56.0, 11.0], Jutland: [56.0, 9.3], 'Stavns Fjord': [55.87, 10.65], Tranebjerg: [55.83, 10.6], Nordby: [55.96, 10.6], Hou: [55.91, 10.25], Sælvig: [55.87, 10.55], Kalundborg: [55.68, 11.09], Zealand: [55.5, 11.8], 'Kolby Kås': [55.8, 10.52] }
	),
	w(
		"Tenganan is a traditional village of the Bali Aga, the old Balinese who kept apart from the Hindu kingdoms of Java, in the district of Manggis, Karangasem Regency, Bali, Indonesia, in the hills 4 km north of Candidasa. It has about 600 inhabitants. The village is walled, with three long terraces of houses stepping up the slope, and its people weave the geringsing, a cloth of double ikat dyed over years, made elsewhere only in India and Japan.\n\nEach June young men of the village fight with the thorny leaves of the pandanus in the mekare-kare. Padangbai, the port for the ferry to Lombok, lies 10 km to the south-west along the coast, and Amlapura, the seat of the regency, 15 km to the north-east.",
		{ Tenganan: [-8.48, 115.56], Manggis: [-8.48, 115.53], 'Karangasem Regency': [-8.4, 115.6], Bali: [-8.4, 115.2], Indonesia: INDONESIA, Java: [-7.5, 110.0], Candidasa: [-8.51, 115.57], India: INDIA, Japan: JAPAN, Padangbai: [-8.53, 115.51], Lombok: [-8.6, 116.3], Amlapura: [-8.45, 115.61] },
		['Bali Aga', 'geringsing', 'mekare-kare']
	)
];

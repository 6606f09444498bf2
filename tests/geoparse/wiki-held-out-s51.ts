// Held-out Wikipedia-style articles about small places, session 51 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after grepping every file under tests/geoparse for them (dropped as named before: Ban Chiang, Conques, Khatyn,
// Boring, Bird-in-Hand, Kolmanskop, Bodie, Civita di Bagnoregio, Manarola, Piódão, Cavendish, Real de Catorce, Bernal,
// Mineral de Pozos, Tingo, Kuélap, Neiafu, Levuka, Jiufen, Joal, Mawlynnong, Bannack, Grafton, Lebanon KS). Shapes
// and regions the older wiki batches lack or hold least: Thai villages and towns in their tambon, amphoe and province;
// Cambodian communes and temple sites in their district and province; Israeli moshavim and kibbutzim in their
// regional council; French communes déléguées of a commune nouvelle whose name holds theirs ("Brantôme en Périgord",
// "Livarot-Pays-d'Auge"); Swiss villages merged into a larger municipality (Guarda into Scuol, Soglio into Bregaglia);
// Belarusian urban-type settlements in their district and region; US unincorporated communities and small towns
// named with everyday words or after far places (Why, Hell, Washington AR, Mexico ME beside Peru, Paris, Norway and
// Poland); company towns of the Chilean nitrate and copper mines named after men (Humberstone, Sewell); lighthouses
// on rocks and headlands (the Fastnet, Kinnaird Head); painted and royal monasteries (Sucevița, Studenica); Italian
// frazioni (Pentedattilo, Saturnia); Portuguese freguesias and merged parishes (Monsanto, Sortelha); Croatian island
// villages ("Veli/Mali Lošinj"); Tasmanian villages named after British places (Richmond, Ross); Prince Edward Island
// and Nova Scotia rural communities; Mexican Pueblos Mágicos and mining towns; Peruvian archaeological villages in
// their district, province and region; Pacific island villages (Rarotonga, the Marquesas); Taiwanese townships and
// districts; West African lake villages on stilts (Nzulezu, Ganvié); Himalayan and Naga villages.
// Traps: namesakes of famous or bigger places (Guarda twice, Sent, Inn, Bondo, Stampa, Borgonovo, Mir, Brest, Kobe,
// Why, Hell, Chelsea, Gregory, Unadilla, Catskill, Washington, Hope, Nashville, Mexico, Peru, Paris, Norway, Poland,
// Bethel, Farmington, Humberstone, La Palma, Coya, Baltimore, Plymouth, Rock Island, Cape Clear, Banff, Kinnaird
// Castle, Raška, Ušće, Reggio, Melito, Bova, Monsanto, Castelo Branco, Belmonte, Vis, Hum, Split, Richmond, Clarence,
// Cambridge, Campania, Ross, Macquarie, Launceston, Tunbridge, Longford, Prince, North Cape, Alberton, Kings County,
// Windsor, Port-Royal, Puebla, Hidalgo, San Pedro, Lima, Barranca, Marquesas, Muri, Monga, Fuxing, Qishan, Western
// Region, Apollonia, Porto-Novo, Abomey, Dahomey, Jari, Manipur, Loei, Vientiane Province, Preah Vihear the temple
// and the province, Kulen), persons named like places (Moshe Dayan, A. D. Gordon, Pierre de Bourdeille, Charlemagne,
// Giovanni Segantini, Alberto Giacometti, Lew Sapieha, Tadeusz Kościuszko, James Thomas Humberstone, Barton Sewell,
// Sir Alexander Fraser, Stefan Nemanja, Sancho II, Pedro Álvares Cabral, Sam Houston, Stephen F. Austin, Jim Bowie,
// Longfellow's Evangeline, Alexander the Great, Queen Makea, Herman Melville), bodies and roads (the Commissioners of
// Irish Lights, the Northern Lighthouse Board, the Braden Copper Company, the Real del Monte Company, State Route 85,
// the Confederation Trail), and names inside names (Brantôme en Périgord, Livarot-Pays-d'Auge, Monsanto e
// Idanha-a-Velha, Melito di Porto Salvo, Grand-Pré National Historic Site, Historic Washington State Park, Pinckney
// State Recreation Area, Jezreel Valley Regional Council, Khonoma Nature Conservation and Tragopan Sanctuary,
// Sierra Norte de Puebla, Cuetzalan del Progreso, Mineral del Monte, Fastnet Race).
// Split in two halves: A (to tune on from session 51) and B (never tuned on: scored before and after); each half has
// one text of each shape.
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s51 [--a-only]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME` where the
// gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a mountain range, lake or sea at the
// part the text means; countries at the gazetteer's own point, from gold-points.ts). A country or region is right
// within 800 km, others within 161 km; a toponym inside a longer gold name is wrong (the batch is marked so), save
// that a capitalised "City of X" or "Metropolitan City of X" marks X alone, as Hu2014's gold does. Lower-case feature
// words stay outside a gold name ("the Sciora group"). notPlaces: people, bodies, roads and things named like places;
// a country's or people's adjective is left ungraded. Many gold names are not in the gazetteer: they count as "not
// mapped".
// First honest score (main 3640787, before any change tuned on it): half A 203/217 = 0.935 (277 gold, 98 not mapped,
// 1 name of no place mapped); half B 184/195 = 0.944 (259 gold, 97 not mapped, 1 name of no place mapped). Two of
// B's misses were seen by accident at that run's tail (Norway and Poland of the Maine text read as the countries);
// nothing was tuned on them. Gold fixed after that run to keep its own convention (lower-case feature words outside a
// gold name): "Kullu district" and "Kohima district" are graded as Kullu and Kohima (A 204/217 = 0.940, B 185/195 =
// 0.949 on main 3640787; B's totals only were read).
// After session 51's changes (far-from-subject.ts: a container read as a small town in a country none of the subject's
// other containers lies in is unmapped; index.ts: an Upper/Lower compass name opening a longer name is no region):
// A 204/217 -> 204/216 = 0.944 (Clarence of "the City of Clarence" wrong -> unmapped; 98 not mapped, 1 name of no
// place mapped); B 185/195 unchanged by the code (scored once at the end). B's gold then fixed to its own convention
// (countries at the gazetteer's point: French Polynesia at PF's, 1,051 km from the point first written): B 186/195 =
// 0.954 (96 not mapped, 1 name of no place mapped). Misses of half B (read at the session's end): parts of longer
// names (Auge of "Pays d'Auge" read as Augé, Pinckney of "Pinckney State Recreation Area", Moray of "Moray Firth"
// twice, "El Chico National Park" read as the town El Chico 213 km off); a village the gazetteer lacks read as a far
// namesake in the same country (Ross, Tasmania, twice as Ross in the Northern Territory, 2,390 km); towns named after
// countries read as the countries (Norway and Poland, Maine). Name of no place mapped: Naga of "Angami Naga" read as
// Naga, Philippines.
import type { GenreText } from './genre-texts.ts';
import { US, FRANCE, ITALY, PORTUGAL, SWITZERLAND, BELARUS, LITHUANIA, UKRAINE, ROMANIA, SERBIA, CROATIA, IRELAND, SCOTLAND, NORTH_SEA, ATLANTIC_OCEAN, ISRAEL, LAOS, INDIA, AUSTRALIA, CANADA, MEXICO, PERU, CHILE, NEW_ZEALAND, GHANA, IVORY_COAST, MAURITANIA, TEXAS, NEW_YORK_STATE, NEW_HAMPSHIRE } from './gold-points.ts';

const w = (text: string, gold: Record<string, [number, number]>, notPlaces?: string[]): GenreText => ({ genre: 'wikipedia', text, gold, notPlaces });
// countries the shared points lack, at the gazetteer's own point
const THAILAND: [number, number] = [15.0, 100.0];
const CAMBODIA: [number, number] = [13.0, 105.0];
const TAIWAN: [number, number] = [23.5, 121.0];
const BENIN: [number, number] = [9.5, 2.25];
// states, provinces and regions this batch names (a region is right within 800 km)
const ARIZONA: [number, number] = [34.5, -111.5];
const MICHIGAN: [number, number] = [44.25, -85.5];
const ARKANSAS: [number, number] = [34.75, -92.5];
const MAINE: [number, number] = [45.5, -69.25];
const GRAUBUNDEN: [number, number] = [46.65, 9.6];
const TASMANIA: [number, number] = [-42.0, 146.6];
const PRINCE_EDWARD_ISLAND: [number, number] = [46.35, -63.3];
const NOVA_SCOTIA: [number, number] = [45.0, -63.0];
const CALABRIA: [number, number] = [39.0, 16.5];
const TUSCANY: [number, number] = [43.4, 11.0];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S51_A: GenreText[] = [
	w(
		"Mae Kampong is a village in Huai Kaeo subdistrict (tambon), Mae On District, Chiang Mai Province, in northern Thailand. It lies at about 1,300 m in the forested hills of the Khun Tan Range, 50 km east of the city of Chiang Mai, and had some 400 inhabitants in 2019.\n\nThe villagers have grown miang, a tea leaf fermented for chewing, since the village was founded about a century ago by settlers from Doi Saket. Since 2000 a community homestay programme has brought visitors, and the village has won awards for sustainable tourism. A waterfall lies above the houses, and a mountain road climbs on to the Chae Son National Park in Lampang Province.\n\nThe hot springs near San Kamphaeng lie on the way down to Chiang Mai.",
		{ 'Mae Kampong': [18.87, 99.35], 'Huai Kaeo': [18.85, 99.3], 'Mae On District': [18.87, 99.28], 'Chiang Mai Province': [18.8, 98.98], Thailand: THAILAND, 'Khun Tan Range': [18.5, 99.25], 'Chiang Mai': [18.79, 98.98], 'Doi Saket': [18.87, 99.17], 'Chae Son National Park': [18.83, 99.47], 'Lampang Province': [18.3, 99.5], 'San Kamphaeng': [18.75, 99.12] }
	),
	w(
		"Kampong Phluk is a commune (khum) of Prasat Bakong District in Siem Reap Province, Cambodia, made up of three villages of stilt houses on the floodplain of the Tonlé Sap. It lies 16 km south-east of the town of Siem Reap.\n\nIn the wet season the lake rises and the houses stand six metres above the water; the villagers fish and farm shrimp, and travel through the flooded forest by boat. Most of its 3,000 people are Khmer.\n\nBoats leave for the commune from Roluos, beside the temples of the Roluos group, among them Bakong and Preah Ko, built by the Khmer kings at Hariharalaya before they moved to Angkor. The floating village of Chong Kneas lies further west, at the foot of Phnom Krom.",
		{ 'Kampong Phluk': [13.21, 103.99], 'Prasat Bakong District': [13.3, 103.97], 'Siem Reap Province': [13.5, 104.0], Cambodia: CAMBODIA, 'Tonlé Sap': [13.0, 104.0], 'Siem Reap': [13.36, 103.86], Roluos: [13.34, 103.97], Bakong: [13.34, 103.97], 'Preah Ko': [13.35, 103.97], Hariharalaya: [13.34, 103.97], Angkor: [13.41, 103.87], 'Chong Kneas': [13.25, 103.83], 'Phnom Krom': [13.28, 103.82] }
	),
	w(
		"Nahalal is a moshav in the Jezreel Valley of northern Israel, in the jurisdiction of the Jezreel Valley Regional Council. Founded in 1921 on land bought from the Sursock family of Beirut, it was the first moshav ovdim, a cooperative village of family farms. Its circular plan, drawn by the architect Richard Kauffmann, puts the houses and public buildings in a ring with the fields running outwards from it. In 2019 it had a population of 1,300.\n\nNahalal lies 4 km west of Migdal HaEmek and 20 km south-east of Haifa, beside the road from Haifa to Nazareth. The general Moshe Dayan grew up in the village and is buried in its cemetery, and the agricultural school founded by Hannah Maisel-Shohat trains pupils from across the Galilee. Ramat David Airbase lies just to the south.",
		{ Nahalal: [32.69, 35.2], 'Jezreel Valley': [32.6, 35.3], Israel: ISRAEL, 'Jezreel Valley Regional Council': [32.65, 35.25], Beirut: [33.89, 35.5], 'Migdal HaEmek': [32.67, 35.24], Haifa: [32.79, 34.99], Nazareth: [32.7, 35.3], Galilee: [32.9, 35.4], 'Ramat David Airbase': [32.67, 35.18] },
		['Sursock', 'Richard Kauffmann', 'Moshe Dayan', 'Hannah Maisel-Shohat']
	),
	w(
		"Brantôme is a former commune in the Dordogne department of south-western France. Since 1 January 2019 it has been a commune déléguée of the commune nouvelle of Brantôme en Périgord, formed by merging it with six neighbouring communes, among them Saint-Julien-de-Bourdeilles and Valeuil. Its population was 2,000 in 2016.\n\nThe old town stands on an island in the Dronne, and is called \"the Venice of the Périgord\". Its Benedictine abbey, founded, by legend, by Charlemagne, was rebuilt against the limestone cliff behind the river; its most famous abbot, Pierre de Bourdeille, lord of Brantôme, wrote his memoirs of the court of the Valois there.\n\nBrantôme lies 27 km north of Périgueux on the road to Angoulême; the château of Bourdeilles is 10 km downstream.",
		{ Brantôme: [45.36, 0.65], Dordogne: [45.15, 0.7], France: FRANCE, 'Brantôme en Périgord': [45.36, 0.65], 'Saint-Julien-de-Bourdeilles': [45.38, 0.6], Valeuil: [45.33, 0.62], Dronne: [45.36, 0.65], Périgord: [45.1, 0.7], Périgueux: [45.18, 0.72], Angoulême: [45.65, 0.16], Bourdeilles: [45.32, 0.58] },
		['Venice', 'Charlemagne', 'Pierre de Bourdeille', 'Valois']
	),
	w(
		"Guarda is a village and former municipality in the canton of Graubünden, Switzerland. Since 2015 it has been part of the municipality of Scuol, together with Ardez, Ftan, Sent and Tarasp. It stands on a terrace at 1,650 m above the Inn, on the north side of the Lower Engadine, and had about 160 inhabitants in 2014.\n\nGuarda is known for its Engadine houses, with sgraffito decoration and deep-set windows, and as the setting of the children's book Schellen-Ursli by Selina Chönz, illustrated by Alois Carigiet. Romansh is the language of most of its people.\n\nThe station on the Rhaetian Railway lies below the village; trains run west through the Vereina Tunnel to Klosters, up the valley to Zernez and down it to Scuol. The Swiss National Park lies across the valley to the south.",
		{ Guarda: [46.78, 10.15], Graubünden: GRAUBUNDEN, Switzerland: SWITZERLAND, Scuol: [46.8, 10.3], Ardez: [46.78, 10.2], Ftan: [46.8, 10.25], Sent: [46.82, 10.34], Tarasp: [46.78, 10.26], Inn: [46.78, 10.15], 'Lower Engadine': [46.8, 10.25], 'Vereina Tunnel': [46.78, 10.0], Klosters: [46.87, 9.88], Zernez: [46.7, 10.1], 'Swiss National Park': [46.66, 10.2] },
		['Schellen-Ursli', 'Selina Chönz', 'Alois Carigiet', 'Rhaetian Railway']
	),
	w(
		"Mir (Belarusian: Мір) is an urban-type settlement in Karelichy District of Grodno Region, Belarus, on the Miranka river, 85 km south-west of Minsk and 45 km east of Navahrudak. It had 2,300 inhabitants in 2016.\n\nMir is known for Mir Castle, begun by Yuri Ilyinich around 1500 and later held by the Radziwiłł family, who also owned the palace at Nesvizh, 30 km to the south-east. Both are World Heritage Sites. Before 1939 the town had a large Jewish population and a famous yeshiva, which fled in the Second World War by way of Vilnius and Kobe to Shanghai; it continues today in Jerusalem and Brooklyn.\n\nThe nearest station, Stowbtsy, on the railway from Minsk to Brest, is 20 km to the east.",
		{ Mir: [53.45, 26.47], 'Karelichy District': [53.57, 26.14], 'Grodno Region': [53.6, 25.0], Belarus: BELARUS, Miranka: [53.45, 26.47], Minsk: [53.9, 27.57], Navahrudak: [53.6, 25.83], 'Mir Castle': [53.45, 26.47], Nesvizh: [53.22, 26.68], Vilnius: [54.69, 25.28], Kobe: [34.69, 135.2], Shanghai: [31.23, 121.47], Jerusalem: [31.78, 35.22], Brooklyn: [40.65, -73.95], Stowbtsy: [53.48, 26.74], Brest: [52.1, 23.7] },
		['Yuri Ilyinich', 'Radziwiłł']
	),
	w(
		"Why is an unincorporated community and census-designated place in Pima County, Arizona, United States. It lies in the Sonoran Desert 10 miles south of Ajo, where State Route 85 meets State Route 86, and had 167 inhabitants at the 2010 census. The name comes from the Y-shaped junction of the two highways; when the state required place names of at least three letters, the residents spelled it out.\n\nWhy is the last settlement before the Organ Pipe Cactus National Monument, whose visitor centre lies 22 miles to the south. Beyond the monument, the border crossing at Lukeville leads to Sonoyta in Sonora, Mexico, and on to Puerto Peñasco on the Gulf of California. To the east, State Route 86 crosses the Tohono O'odham Nation to Sells and Tucson.",
		{ Why: [32.27, -112.74], 'Pima County': [32.1, -111.8], Arizona: ARIZONA, 'United States': US, 'Sonoran Desert': [32.0, -112.5], Ajo: [32.37, -112.86], 'Organ Pipe Cactus National Monument': [32.0, -112.85], Lukeville: [31.88, -112.82], Sonoyta: [31.86, -112.85], Sonora: [29.5, -110.5], Mexico: MEXICO, 'Puerto Peñasco': [31.32, -113.54], 'Gulf of California': [31.0, -113.5], "Tohono O'odham Nation": [32.0, -112.0], Sells: [31.91, -111.88], Tucson: [32.22, -110.97] },
		['State Route 85', 'State Route 86']
	),
	w(
		"Humberstone is a former saltpetre works and company town in the commune of Pozo Almonte, Tamarugal Province, in the Tarapacá Region of northern Chile, 48 km east of Iquique. Founded in 1872 as La Palma, it was renamed in 1934 after James Thomas Humberstone, an English chemical engineer who had brought the Shanks process to the nitrate fields of the Atacama Desert.\n\nAt its height the town had 3,700 inhabitants, with a theatre, a swimming pool made from a ship's hull and a market hall. It closed in 1960 and was abandoned; since 2005 it has been a World Heritage Site together with the Santa Laura works, 1.5 km to the west.\n\nThe town lies on the Pan-American Highway at its junction with the road to Iquique; the oasis of Pica and the shrine of La Tirana lie to the south-east.",
		{ Humberstone: [-20.21, -69.8], 'Pozo Almonte': [-20.26, -69.79], 'Tamarugal Province': [-20.3, -69.3], 'Tarapacá Region': [-20.2, -69.3], Chile: CHILE, Iquique: [-20.22, -70.15], 'La Palma': [-20.21, -69.8], 'Atacama Desert': [-20.5, -69.5], 'Santa Laura': [-20.2, -69.81], Pica: [-20.49, -69.33], 'La Tirana': [-20.34, -69.66] },
		['James Thomas Humberstone', 'Pan-American Highway']
	),
	w(
		"The Fastnet Rock is a small islet in the Atlantic Ocean, 6.5 km south-west of Cape Clear Island and 13 km from the mainland of County Cork, Ireland, and the most southerly point of the country. The rock carries the Fastnet Lighthouse, a granite tower 54 m high finished in 1904 by the Commissioners of Irish Lights to replace a cast-iron tower of 1854.\n\nThe rock was the last sight of Ireland for many emigrants who sailed from Cobh. It gives its name to the Fastnet Race, a yacht race from Cowes on the Isle of Wight that rounds the rock and finishes at Plymouth, or since 2021 at Cherbourg; in the 1979 race a storm killed 15 sailors.\n\nBoats to the rock leave from Baltimore and Schull; the keepers' shore station was on Rock Island near Crookhaven.",
		{ 'Fastnet Rock': [51.39, -9.6], 'Atlantic Ocean': ATLANTIC_OCEAN, 'Cape Clear Island': [51.44, -9.5], 'County Cork': [51.95, -8.9], Ireland: IRELAND, 'Fastnet Lighthouse': [51.39, -9.6], Cobh: [51.85, -8.3], Cowes: [50.76, -1.3], 'Isle of Wight': [50.68, -1.3], Plymouth: [50.37, -4.14], Cherbourg: [49.64, -1.62], Baltimore: [51.48, -9.37], Schull: [51.53, -9.55], 'Rock Island': [51.47, -9.72], Crookhaven: [51.47, -9.72] },
		['Commissioners of Irish Lights', 'Fastnet Race']
	),
	w(
		"Sucevița Monastery is a Romanian Orthodox convent in the commune of Sucevița, Suceava County, in the historical region of Bukovina in north-eastern Romania. It stands in the valley of the Sucevița river, 18 km west of Rădăuți.\n\nThe monastery was built between 1583 and 1601 by the Movilă family, among them Ieremia Movilă, prince of Moldavia, and its fortified walls enclose a church whose outer walls are painted, like those of Voroneț, Humor and Moldovița, with scenes from the Bible; the Ladder of Virtues covers the north wall. It is one of the eight churches of northern Moldavia listed as a World Heritage Site.\n\nThe road from Rădăuți continues west over the Ciumârna Pass to Vatra Moldoviței and the monastery of Moldovița. Suceava, the county seat, lies 60 km to the south-east, and the border with Ukraine is 25 km to the north.",
		{ 'Sucevița Monastery': [47.78, 25.71], Sucevița: [47.78, 25.71], 'Suceava County': [47.6, 25.8], Bukovina: [47.9, 25.9], Romania: ROMANIA, Rădăuți: [47.84, 25.92], Moldavia: [47.2, 26.8], Voroneț: [47.52, 25.86], Humor: [47.59, 25.86], Moldovița: [47.68, 25.53], 'Ciumârna Pass': [47.73, 25.62], 'Vatra Moldoviței': [47.65, 25.57], Suceava: [47.65, 26.26], Ukraine: UKRAINE },
		['Movilă', 'Ieremia Movilă', 'Ladder of Virtues']
	),
	w(
		"Pentedattilo is a frazione of the comune of Melito di Porto Salvo, in the Metropolitan City of Reggio Calabria, Calabria, southern Italy. The village is built below a rock shaped like a hand with five fingers, from which its Greek name comes, 5 km north of Melito di Porto Salvo and 20 km south-east of Reggio Calabria.\n\nIt was one of the villages of the Grecanici, who spoke a Greek dialect into the 20th century, like Bova and Roghudi further east in the Aspromonte. After earthquakes and landslides its people moved down to the coast at Melito in the 1960s, and the village was left empty; since the 1990s volunteers have restored some of its houses, and it holds a festival of short films each summer.\n\nMelito has a station on the Ionian railway from Reggio to Taranto; Capo Spartivento, the southern tip of the Italian mainland, lies to the east.",
		{ Pentedattilo: [37.96, 15.76], 'Melito di Porto Salvo': [37.92, 15.78], 'Reggio Calabria': [38.11, 15.65], Calabria: CALABRIA, Italy: ITALY, Bova: [37.99, 15.93], Roghudi: [38.02, 15.9], Aspromonte: [38.16, 15.92], Melito: [37.92, 15.78], Reggio: [38.11, 15.65], Taranto: [40.47, 17.24], 'Capo Spartivento': [37.92, 16.06] },
		['Grecanici']
	),
	w(
		"Monsanto is a village and former civil parish (freguesia) in the municipality of Idanha-a-Nova, Castelo Branco District, Portugal. Since 2013 it has been part of the parish of Monsanto e Idanha-a-Velha. It stands at 750 m on the slope of a granite hill that rises out of the plain of the Beira Baixa, 20 km north-east of Idanha-a-Nova and 50 km north-east of Castelo Branco, and had 830 inhabitants in 2011.\n\nIts houses are built between and under huge boulders, and in 1938 it was named \"the most Portuguese village in Portugal\". A ruined Templar castle crowns the hill, from which the Serra da Estrela can be seen on clear days. Idanha-a-Velha, the Roman town of Egitania, lies 5 km to the south-west, and the Spanish border on the Erges river is 25 km to the east.",
		{ Monsanto: [40.04, -7.11], 'Idanha-a-Nova': [39.92, -7.24], 'Castelo Branco District': [39.8, -7.5], Portugal: PORTUGAL, 'Monsanto e Idanha-a-Velha': [40.02, -7.12], 'Beira Baixa': [39.9, -7.5], 'Castelo Branco': [39.82, -7.49], 'Serra da Estrela': [40.32, -7.61], 'Idanha-a-Velha': [40.0, -7.14], Egitania: [40.0, -7.14], Erges: [39.9, -6.95] }
	),
	w(
		"Komiža is a town and municipality on the west coast of the island of Vis, in Split-Dalmatia County, Croatia. It lies at the head of a bay below Hum, the island's highest peak at 587 m, 8 km west across the island from the town of Vis, and had 1,500 inhabitants in 2011.\n\nThe town grew up around a Benedictine abbey and was long the fishing port of the central Adriatic: its fishermen sailed in the falkuša, a lateen boat, to the islet of Palagruža, 80 km to the south, to fish for sardines. A Venetian tower of 1585 now houses the fishing museum.\n\nBoats leave Komiža for the island of Biševo, 5 km to the south-west, where sunlight through an underwater opening fills the Blue Cave. Ferries to Split, 55 km to the north-east, sail from Vis.",
		{ Komiža: [43.04, 16.09], Vis: [43.05, 16.15], 'Split-Dalmatia County': [43.4, 16.8], Croatia: CROATIA, Hum: [43.03, 16.12], Adriatic: [42.8, 16.0], Palagruža: [42.39, 16.26], Biševo: [42.98, 16.01], 'Blue Cave': [42.98, 16.02], Split: [43.51, 16.44] },
		['falkuša']
	),
	w(
		"Richmond is a town in the Coal River Valley of south-eastern Tasmania, Australia, in the City of Clarence, 25 km north-east of Hobart. At the 2016 census it had 880 people.\n\nFounded in 1824 on the road from Hobart Town to the east coast, Richmond was for a time the third-largest town in Van Diemen's Land. Its sandstone bridge over the Coal River, built by convicts in 1823, is the oldest stone bridge still in use in Australia, and its gaol is older than the prison at Port Arthur. The Catholic church of St John, of 1836, is the oldest Catholic church in the country.\n\nThe town lies among vineyards and orchards between Campania to the north and Cambridge and Hobart Airport to the south; Sorell is 11 km to the east.",
		{ Richmond: [-42.74, 147.44], 'Coal River Valley': [-42.72, 147.43], Tasmania: TASMANIA, Australia: AUSTRALIA, Clarence: [-42.8, 147.42], Hobart: [-42.88, 147.33], 'Hobart Town': [-42.88, 147.33], "Van Diemen's Land": TASMANIA, 'Coal River': [-42.74, 147.44], 'Port Arthur': [-43.15, 147.85], Campania: [-42.67, 147.42], Cambridge: [-42.83, 147.44], 'Hobart Airport': [-42.84, 147.51], Sorell: [-42.78, 147.56] },
		['St John']
	),
	w(
		"Tignish is a rural municipality in Prince County, Prince Edward Island, Canada, near the island's north-western tip, 65 km north-west of Summerside. It had 720 inhabitants in 2016.\n\nSettled in 1799 by Acadian families from the Malpeque area, and later by Irish immigrants, Tignish is one of the most Acadian communities of the island. Its brick parish church of St. Simon and St. Jude, built in 1860, has an organ by Louis Mitchard, and the fishermen's cooperative, founded in 1923, processes lobster and snow crab.\n\nNorth Cape, with its lighthouse and wind farm, lies 14 km to the north, and Alberton 16 km to the south. The Confederation Trail ends in the village, and Route 2 runs the length of the island to Charlottetown.",
		{ Tignish: [46.95, -64.03], 'Prince County': [46.6, -63.9], 'Prince Edward Island': PRINCE_EDWARD_ISLAND, Canada: CANADA, Summerside: [46.39, -63.79], Malpeque: [46.54, -63.68], 'North Cape': [47.06, -63.99], Alberton: [46.81, -64.06], Charlottetown: [46.24, -63.13] },
		['St. Simon and St. Jude', 'Louis Mitchard', 'Confederation Trail', 'Route 2']
	),
	w(
		"Cuetzalan del Progreso, usually called Cuetzalan, is a town and municipality in the Sierra Norte de Puebla, in the state of Puebla, Mexico, 180 km north-east of the city of Puebla. The town stands at 980 m on a steep slope of cloud forest and coffee groves, and had about 6,000 inhabitants in 2010; most people of the municipality speak Nahuatl.\n\nCuetzalan is a Pueblo Mágico, known for its Sunday market, its voladores, and the church of the Virgin of Guadalupe, called the church of the jars for the clay pots on its tower. The ruins of Yohualichan, a Totonac site with niche pyramids like those of El Tajín, lie 8 km to the north-east.\n\nA road winds down from Zacapoaxtla, 20 km to the south-west, and on to Teziutlán and Xalapa in Veracruz.",
		{ 'Cuetzalan del Progreso': [20.02, -97.52], Cuetzalan: [20.02, -97.52], 'Sierra Norte de Puebla': [20.0, -97.7], Puebla: [19.04, -98.2], Mexico: MEXICO, Yohualichan: [20.06, -97.5], 'El Tajín': [20.45, -97.38], Zacapoaxtla: [19.87, -97.59], Teziutlán: [19.82, -97.36], Xalapa: [19.54, -96.91], Veracruz: [19.5, -96.9] },
		['Virgin of Guadalupe', 'Nahuatl']
	),
	w(
		"Raqchi is a village and archaeological site in San Pedro District, Canchis Province, Cusco Region, Peru, on the Vilcanota River 95 km south-east of Cusco and 18 km north-west of Sicuani, the provincial capital.\n\nThe site's main building is the Temple of Wiracocha, an Inca hall 92 m long whose central adobe wall still stands 15 m high on a stone base. Around it are rows of houses and some 150 round storehouses. The lava field of the Quimsachata volcano lies behind the site.\n\nThe village makes pottery and holds a festival each June. Trains on the line from Cusco to Puno, on Lake Titicaca, stop at San Pedro; Checacupe, with its colonial church and bridges, lies 20 km to the north-west.",
		{ Raqchi: [-14.17, -71.37], 'San Pedro District': [-14.18, -71.35], 'Canchis Province': [-14.2, -71.2], 'Cusco Region': [-13.5, -71.9], Peru: PERU, 'Vilcanota River': [-14.17, -71.37], Cusco: [-13.53, -71.97], Sicuani: [-14.27, -71.23], Quimsachata: [-14.2, -71.4], Puno: [-15.84, -70.02], 'Lake Titicaca': [-15.8, -69.4], 'San Pedro': [-14.19, -71.34], Checacupe: [-14.03, -71.45] },
		['Wiracocha']
	),
	w(
		"Avarua is a town and district on the north coast of Rarotonga, the main island of the Cook Islands, and the country's capital. It had about 4,900 inhabitants in 2016.\n\nThe town stretches along the coast road between the harbour of Avatiu and the ruined palace of Queen Makea. Its white Cook Islands Christian Church was built of coral limestone in 1853, and the writer Robert Dean Frisbie is buried in its churchyard. The Punanga Nui market is held on Saturdays by the harbour.\n\nRarotonga International Airport lies just west of the town, with flights to Aitutaki and to Auckland, New Zealand, 3,000 km to the south-west. Arorangi, the oldest village of the island, lies on the west coast, and the lagoon of Muri on the south-east.",
		{ Avarua: [-21.21, -159.78], Rarotonga: [-21.23, -159.78], 'Cook Islands': [-21.24, -159.78], Avatiu: [-21.2, -159.79], 'Rarotonga International Airport': [-21.2, -159.81], Aitutaki: [-18.86, -159.79], Auckland: [-36.85, 174.76], 'New Zealand': NEW_ZEALAND, Arorangi: [-21.23, -159.82], Muri: [-21.25, -159.73] },
		['Queen Makea', 'Makea', 'Robert Dean Frisbie', 'Cook Islands Christian Church', 'Punanga Nui']
	),
	w(
		"Lukang is an urban township in Changhua County, Taiwan, on the coast of the Taiwan Strait 12 km north-west of Changhua, the county seat. With about 87,000 people it is the county's second town.\n\nIn the 18th century Lukang was the busiest port of central Taiwan, trading across the strait with Quanzhou in Fujian, and a saying ranked the island's towns \"first Tainan, second Lukang, third Monga\". The harbour silted up in the 19th century and the railway passed it by, so that its old streets and temples survived: the Longshan Temple, the Tianhou Temple with its statue of Mazu brought from Meizhou Island in 1684, and the narrow Nine Turns Lane.\n\nLukang borders Fuxing and Xiushui townships; the Changhua Coastal Industrial Park lies on reclaimed land to the north.",
		{ Lukang: [24.06, 120.43], 'Changhua County': [24.0, 120.5], Taiwan: TAIWAN, 'Taiwan Strait': [24.0, 119.8], Changhua: [24.08, 120.54], Quanzhou: [24.87, 118.68], Fujian: [26.0, 118.0], Tainan: [22.99, 120.21], Monga: [25.04, 121.5], 'Longshan Temple': [24.05, 120.43], 'Meizhou Island': [25.08, 119.13], Fuxing: [24.03, 120.42], Xiushui: [24.03, 120.5], 'Changhua Coastal Industrial Park': [24.12, 120.42] },
		['Mazu', 'Tianhou Temple', 'Nine Turns Lane']
	),
	w(
		"Nzulezu is a village built on stilts over Lake Tadane, in the Jomoro Municipal District of the Western Region of Ghana, 90 km west of Takoradi. It is reached by a 5 km canoe ride through the marshes of the Amansuri wetland from Beyin, on the coast road to the border with Ivory Coast at Elubo.\n\nIts name means \"surface of water\" in the Nzema language, and by tradition its founders came from Oualata, in present-day Mauritania, following a snail. The school, the church and the houses stand on a platform of raffia poles, and the village has been on Ghana's tentative list of World Heritage Sites since 2000.\n\nFort Apollonia, a British fort of 1770 at Beyin, holds a museum of the Nzema people; Half Assini, the district capital, lies 20 km to the west.",
		{ Nzulezu: [4.99, -2.34], 'Lake Tadane': [4.99, -2.34], Jomoro: [5.0, -2.6], 'Western Region': [5.5, -2.2], Ghana: GHANA, Takoradi: [4.9, -1.76], Amansuri: [5.0, -2.35], Beyin: [4.98, -2.35], 'Ivory Coast': IVORY_COAST, Elubo: [5.28, -2.76], Oualata: [17.3, -7.02], Mauritania: MAURITANIA, 'Fort Apollonia': [4.98, -2.35], 'Half Assini': [5.05, -2.88] },
		['Nzema']
	),
	w(
		"Malana is a village in Kullu district of Himachal Pradesh, India, in a side valley of the Parvati Valley at 2,650 m, below the peaks of Chandrakhani and Deo Tibba. It had about 1,700 people in 2011. Until a road reached the dam below the village, it could be reached only on foot, over the Chandrakhani Pass from Naggar or up the gorge of the Malana Nala from Jari.\n\nThe villagers claim descent from soldiers of Alexander the Great, speak Kanashi, a language heard nowhere else, and govern themselves by a council that answers to their god Jamlu. Outsiders may not touch their houses or temples.\n\nKasol and Manikaran lie further up the Parvati valley, and the district town of Kullu is 45 km away by road; the nearest airport is at Bhuntar.",
		{ Malana: [32.06, 77.26], 'Himachal Pradesh': [31.9, 77.2], India: INDIA, 'Parvati Valley': [32.0, 77.3], Chandrakhani: [32.1, 77.2], 'Deo Tibba': [32.2, 77.38], 'Chandrakhani Pass': [32.1, 77.2], Naggar: [32.12, 77.17], 'Malana Nala': [32.05, 77.24], Jari: [32.0, 77.22], Kasol: [32.01, 77.31], Manikaran: [32.03, 77.35], Kullu: [31.96, 77.11], Bhuntar: [31.88, 77.15], Parvati: [32.0, 77.3] },
		['Alexander the Great', 'Kanashi', 'Jamlu']
	),
	w(
		"Washington is a city in Hempstead County, Arkansas, United States, 9 miles north-west of Hope. It had 180 inhabitants at the 2010 census.\n\nFounded in 1824 on the Southwest Trail, the road from St. Louis to Texas, Washington was a stop for Sam Houston, Davy Crockett and Stephen F. Austin on their way west, and the blacksmith James Black is said to have forged the first Bowie knife here for Jim Bowie. From 1863 to 1865, after Union troops took Little Rock, it was the Confederate capital of Arkansas.\n\nThe railway passed it by for Hope, and the county seat moved there in 1939. Historic Washington State Park keeps its courthouse, tavern and houses. Nashville lies 15 miles to the north-west, Texarkana 35 miles to the south-west, and the Red River 15 miles to the south.",
		{ Washington: [33.77, -93.68], 'Hempstead County': [33.73, -93.67], Arkansas: ARKANSAS, 'United States': US, Hope: [33.67, -93.59], 'St. Louis': [38.63, -90.2], Texas: TEXAS, 'Little Rock': [34.75, -92.29], 'Historic Washington State Park': [33.77, -93.68], Nashville: [33.95, -93.85], Texarkana: [33.44, -94.04], 'Red River': [33.6, -93.7] },
		['Southwest Trail', 'Sam Houston', 'Davy Crockett', 'Stephen F. Austin', 'James Black', 'Jim Bowie', 'Bowie']
	)
];

// Half B: never tuned on; scored before and after.
export const WIKI_HELD_OUT_S51_B: GenreText[] = [
	w(
		"Chiang Khan is a town (thesaban tambon) and the seat of Chiang Khan District in Loei Province, north-eastern Thailand. It lies on the south bank of the Mekong, which here forms the border with Laos, 50 km north of the provincial capital, Loei, and faces the Lao district of Sanakham in Vientiane Province.\n\nThe old town keeps two long streets of wooden shophouses along the river. Each morning monks walk the alms round along them, and in the cool season visitors climb Phu Thok, a hill 2 km to the east, to see the mist over the river. The rapids of Kaeng Khut Khu lie 3 km downstream.\n\nThe Loei River joins the Mekong just east of the town; a road follows the river east to Pak Chom and on to Nong Khai.",
		{ 'Chiang Khan': [17.9, 101.67], 'Chiang Khan District': [17.9, 101.67], 'Loei Province': [17.5, 101.7], Thailand: THAILAND, Mekong: [17.9, 101.7], Laos: LAOS, Loei: [17.49, 101.72], Sanakham: [17.93, 101.6], 'Vientiane Province': [18.6, 102.4], 'Phu Thok': [17.89, 101.7], 'Kaeng Khut Khu': [17.88, 101.7], 'Loei River': [17.88, 101.75], 'Pak Chom': [18.03, 101.88], 'Nong Khai': [17.88, 102.74] }
	),
	w(
		"Koh Ker is an archaeological site and a village in Srayong commune, Kulen District, Preah Vihear Province, northern Cambodia, 120 km north-east of Siem Reap. For a short time in the 10th century it was the capital of the Khmer kingdom under Jayavarman IV, who moved the court here from Yasodharapura, the first city of Angkor.\n\nThe site's largest monument is Prasat Thom, a seven-tiered pyramid 36 m high. The forest around it was cleared of mines only in 2012, and Koh Ker was listed as a World Heritage Site in 2023.\n\nThe temple of Preah Vihear, on the border with Thailand, lies 90 km to the north; the provincial capital, Tbeng Meanchey, is 50 km to the east. Beng Mealea lies on the road to Siem Reap.",
		{ 'Koh Ker': [13.78, 104.54], Srayong: [13.8, 104.5], 'Kulen District': [13.9, 104.6], 'Preah Vihear Province': [13.9, 105.0], Cambodia: CAMBODIA, 'Siem Reap': [13.36, 103.86], Yasodharapura: [13.44, 103.86], Angkor: [13.41, 103.87], 'Prasat Thom': [13.78, 104.54], 'Preah Vihear': [14.39, 104.68], Thailand: THAILAND, 'Tbeng Meanchey': [13.81, 104.98], 'Beng Mealea': [13.48, 104.24] },
		['Jayavarman IV']
	),
	w(
		"Degania Alef is a kibbutz in northern Israel, on the south shore of the Sea of Galilee where the Jordan River leaves the lake. Founded in 1910 by a group of young pioneers from Romny in Ukraine, it was the first kibbutz, and is called \"the mother of the kibbutzim\". It falls under the jurisdiction of the Emek HaYarden Regional Council and had 700 inhabitants in 2019.\n\nIn the war of 1948 the kibbutz stopped a Syrian armoured column at its gate; a Syrian tank still stands there. The poet Rachel Bluwstein worked in its fields and is buried at Kinneret, 3 km to the north-west, and A. D. Gordon, the thinker of the labour movement, lived here until his death.\n\nDegania Bet, founded in 1920, lies beside it to the south, and the city of Tiberias is 10 km to the north.",
		{ 'Degania Alef': [32.71, 35.58], Israel: ISRAEL, 'Sea of Galilee': [32.82, 35.59], 'Jordan River': [32.71, 35.57], Romny: [50.75, 33.47], Ukraine: UKRAINE, 'Emek HaYarden Regional Council': [32.7, 35.6], Kinneret: [32.72, 35.56], 'Degania Bet': [32.7, 35.58], Tiberias: [32.79, 35.53] },
		['Rachel Bluwstein', 'A. D. Gordon', 'Gordon']
	),
	w(
		"Livarot is a former commune in the Calvados department in Normandy, north-western France. On 1 January 2016 it merged with more than twenty neighbouring communes, among them Fervaques, into the commune nouvelle of Livarot-Pays-d'Auge, of which it is the seat. The town lies on the Vie, 18 km south of Lisieux and 8 km north of Vimoutiers.\n\nLivarot gave its name to a washed-rind cheese of cow's milk, ringed with five strips of sedge and nicknamed \"the colonel\". It shares the Pays d'Auge with two other cheeses named after places: Pont-l'Évêque, from the town of that name 30 km to the north, and Camembert, from a village 12 km to the south, in the Orne.\n\nThe town's cheese dairy is open to visitors, and a cheese fair is held each August.",
		{ Livarot: [49.0, 0.15], Calvados: [49.1, -0.4], Normandy: [49.1, 0.0], France: FRANCE, Fervaques: [49.03, 0.24], "Livarot-Pays-d'Auge": [49.0, 0.15], Vie: [49.0, 0.15], Lisieux: [49.15, 0.23], Vimoutiers: [48.93, 0.2], "Pays d'Auge": [49.1, 0.2], "Pont-l'Évêque": [49.29, 0.18], Camembert: [48.89, 0.18], Orne: [48.6, 0.1] }
	),
	w(
		"Soglio is a village and former municipality in the Bregaglia valley of the canton of Graubünden, Switzerland. In 2010 it merged with Bondo, Castasegna, Stampa and Vicosoprano into the municipality of Bregaglia. It lies on a terrace at 1,090 m on the sunny north side of the valley, 2 km from the Italian border at Castasegna, and looks south across the valley to the granite peaks of the Sciora group and the Piz Badile.\n\nThe Palazzo Salis, built for the Salis family, is now a hotel. The painter Giovanni Segantini spent his winters in the village, and the sculptor Alberto Giacometti was born at Borgonovo and grew up in Stampa, further up the valley.\n\nA road runs down to Chiavenna, 15 km to the west in Italy, and up over the Maloja Pass to St. Moritz.",
		{ Soglio: [46.34, 9.54], Bregaglia: [46.35, 9.6], Graubünden: GRAUBUNDEN, Switzerland: SWITZERLAND, Bondo: [46.34, 9.55], Castasegna: [46.33, 9.52], Stampa: [46.34, 9.59], Vicosoprano: [46.35, 9.62], Sciora: [46.3, 9.6], 'Piz Badile': [46.29, 9.58], Borgonovo: [46.35, 9.59], Chiavenna: [46.32, 9.4], Italy: ITALY, 'Maloja Pass': [46.4, 9.69], 'St. Moritz': [46.5, 9.84] },
		['Palazzo Salis', 'Salis', 'Giovanni Segantini', 'Alberto Giacometti']
	),
	w(
		"Ruzhany (Belarusian: Ружаны) is an urban-type settlement in Pruzhany District of Brest Region, Belarus, 45 km north-east of Pruzhany and 120 km north-east of Brest. It had about 2,800 inhabitants in 2017.\n\nThe town grew around the residence of the Sapieha family, who held it from 1598; Lew Sapieha, chancellor of the Grand Duchy of Lithuania, built a castle here, and his descendants rebuilt it as a great palace in the 18th century. Burned in 1914, the palace is being restored. The town also keeps a Catholic church of the Holy Trinity and the church of a Basilian monastery.\n\nSlonim is 40 km to the north-east, and Kosava, with the manor of Merechevshchina where Tadeusz Kościuszko was born, 22 km to the south-east.",
		{ Ruzhany: [52.86, 24.88], 'Pruzhany District': [52.56, 24.46], 'Brest Region': [52.5, 25.5], Belarus: BELARUS, Pruzhany: [52.56, 24.46], Brest: [52.1, 23.7], 'Grand Duchy of Lithuania': LITHUANIA, Slonim: [53.09, 25.32], Kosava: [52.76, 25.16], Merechevshchina: [52.77, 25.14] },
		['Sapieha', 'Lew Sapieha', 'Holy Trinity', 'Tadeusz Kościuszko']
	),
	w(
		"Hell is an unincorporated community in Putnam Township, Livingston County, Michigan, United States, 4 miles south-west of Pinckney and 15 miles north-west of Ann Arbor. It lies on Hell Creek, among the lakes of the Pinckney State Recreation Area.\n\nA sawmill and a gristmill were built on the creek in the 1840s by George Reeves, who had come from Catskill, New York. Asked what the settlement should be called, he is said to have answered \"Call it Hell for all I care\". The hamlet now lives on its name: couples marry at its wedding chapel, and collectors seek the stamp of its post office.\n\nThe villages of Gregory and Unadilla lie to the north-west, and Chelsea is 8 miles to the south.",
		{ Hell: [42.43, -83.98], 'Putnam Township': [42.45, -83.95], 'Livingston County': [42.6, -83.9], Michigan: MICHIGAN, 'United States': US, Pinckney: [42.46, -83.95], 'Ann Arbor': [42.28, -83.74], 'Hell Creek': [42.43, -83.98], 'Pinckney State Recreation Area': [42.42, -84.0], Catskill: [42.22, -73.86], 'New York': NEW_YORK_STATE, Gregory: [42.46, -84.08], Unadilla: [42.43, -84.06], Chelsea: [42.32, -84.02] },
		['George Reeves']
	),
	w(
		"Sewell is an uninhabited mining town in the commune of Machalí, Cachapoal Province, in the O'Higgins Region of central Chile, at 2,000 m on the slopes of the Andes, 60 km east of Rancagua. It was built from 1904 by the Braden Copper Company to house the workers of the El Teniente mine, the largest underground copper mine in the world, and named in 1915 after Barton Sewell, the company's president, who had died that year.\n\nBuilt on a slope too steep for streets, the town is joined by stairways and footpaths. At its height in the 1960s 15,000 people lived there; the company moved them down to Rancagua in the 1970s. Since 2006 it has been a World Heritage Site.\n\nThe Carretera del Cobre climbs to the town from Rancagua by way of Coya, where the mine's power station stands on the Cachapoal River.",
		{ Sewell: [-34.08, -70.38], Machalí: [-34.18, -70.65], 'Cachapoal Province': [-34.3, -70.8], "O'Higgins Region": [-34.4, -71.0], Chile: CHILE, Andes: [-34.1, -70.3], Rancagua: [-34.17, -70.74], 'El Teniente': [-34.09, -70.35], Coya: [-34.2, -70.55], 'Cachapoal River': [-34.2, -70.55] },
		['Braden Copper Company', 'Barton Sewell', 'Carretera del Cobre']
	),
	w(
		"Kinnaird Head is a headland on the coast of Aberdeenshire, Scotland, at the north-east corner of the town of Fraserburgh, where the shore of the Moray Firth turns south towards Peterhead and the North Sea. Its lighthouse, the first built by the Northern Lighthouse Board, was lit in 1787 in the tower of Kinnaird Castle, which Sir Alexander Fraser had built when he founded the town in the 1570s.\n\nThe light was retired in 1991, when an automatic light was put up beside it, and the castle is now part of the Museum of Scottish Lighthouses.\n\nAcross the Moray Firth lie the cliffs of Caithness; Rattray Head, with its own lighthouse, is 15 km to the south-east, and Banff 35 km to the west.",
		{ 'Kinnaird Head': [57.7, -2.0], Aberdeenshire: [57.3, -2.6], Scotland: SCOTLAND, Fraserburgh: [57.69, -2.0], 'Moray Firth': [57.75, -3.5], Peterhead: [57.5, -1.78], 'North Sea': NORTH_SEA, 'Kinnaird Castle': [57.7, -2.0], Caithness: [58.4, -3.4], 'Rattray Head': [57.61, -1.82], Banff: [57.67, -2.52] },
		['Northern Lighthouse Board', 'Sir Alexander Fraser', 'Museum of Scottish Lighthouses']
	),
	w(
		"Studenica Monastery is a Serbian Orthodox monastery in the Raška District of central Serbia, 39 km south-west of Kraljevo, in the valley of the Studenica river. It was founded in 1190 by Stefan Nemanja, the founder of the Nemanjić dynasty, who retired there as a monk before leaving for Mount Athos, and it has been a World Heritage Site since 1986.\n\nThe monastery's Church of the Virgin is built of white marble from the quarry at Radočelo, and its frescoes of 1209 are among the finest of Serbian painting.\n\nThe village of Ušće, where the Studenica joins the Ibar, lies 12 km to the east on the road from Kraljevo to Novi Pazar, and the Kopaonik range rises to the south-east.",
		{ 'Studenica Monastery': [43.49, 20.53], 'Raška District': [43.3, 20.6], Serbia: SERBIA, Kraljevo: [43.72, 20.69], Studenica: [43.49, 20.53], 'Mount Athos': [40.16, 24.33], Radočelo: [43.45, 20.5], Ušće: [43.47, 20.62], Ibar: [43.47, 20.62], 'Novi Pazar': [43.14, 20.52], Kopaonik: [43.28, 20.82] },
		['Stefan Nemanja', 'Nemanjić', 'Church of the Virgin']
	),
	w(
		"Saturnia is a frazione of the comune of Manciano, in the Province of Grosseto, Tuscany, central Italy. It stands on a travertine spur at 294 m above the valley of the Albegna, 15 km north of Manciano, and had 280 inhabitants in 2011.\n\nBy legend the oldest town in Italy, founded by the god Saturn, it was an Etruscan settlement and became a Roman colony in 183 BC, on the Via Clodia; its Porta Romana and stretches of its walls survive. The village is best known for its hot sulphur springs: below it the waters of the Gorello fall over travertine ledges at the Cascate del Mulino, and a spa hotel stands at the spring itself.\n\nMontemerano and Scansano lie nearby; Grosseto is 55 km to the north-west and Pitigliano 25 km to the east.",
		{ Saturnia: [42.66, 11.5], Manciano: [42.59, 11.52], 'Province of Grosseto': [42.8, 11.2], Tuscany: TUSCANY, Italy: ITALY, Albegna: [42.6, 11.45], Gorello: [42.65, 11.51], 'Cascate del Mulino': [42.65, 11.51], Montemerano: [42.62, 11.49], Scansano: [42.69, 11.33], Grosseto: [42.76, 11.11], Pitigliano: [42.63, 11.67] },
		['Saturn', 'Via Clodia', 'Porta Romana']
	),
	w(
		"Sortelha is a village and civil parish (freguesia) in the municipality of Sabugal, Guarda District, Portugal, 11 km west of Sabugal. It had 440 inhabitants in 2011.\n\nOne of the historic villages of Portugal, Sortelha keeps its medieval walls and the castle that King Sancho II built in 1228 on a granite crag above the valley of the Côa. The village gave its title to the counts of Sortelha.\n\nGuarda, the district capital, lies 25 km to the north, and Belmonte, the birthplace of Pedro Álvares Cabral, 11 km to the north-west. The Serra da Malcata, a reserve for the Iberian lynx, rises to the south-east, and the Côa flows north past Sabugal to join the Douro.",
		{ Sortelha: [40.33, -7.22], Sabugal: [40.35, -7.09], 'Guarda District': [40.6, -7.2], Portugal: PORTUGAL, Côa: [40.35, -7.1], Guarda: [40.54, -7.27], Belmonte: [40.36, -7.35], 'Serra da Malcata': [40.25, -7.05], Douro: [41.08, -7.14] },
		['Sancho II', 'Pedro Álvares Cabral']
	),
	w(
		"Veli Lošinj is a village on the island of Lošinj in Primorje-Gorski Kotar County, Croatia, part of the town of Mali Lošinj. Despite the names, Veli Lošinj (\"Great Lošinj\") is now the smaller of the two: it lies 4 km south-east of Mali Lošinj (\"Little Lošinj\") on the east coast of the island, above the cove of Rovenska, and had 900 inhabitants in 2011.\n\nIn the 19th century it was a town of sea captains and shipowners, and under Austrian rule a health resort where the Archduke Karl Stephan built a villa among imported palms. The Blue World Institute studies the bottlenose dolphins of the Kvarner from a centre in the village.\n\nLošinj is joined by a bridge at Osor to the island of Cres; catamarans sail from Mali Lošinj to Rijeka and to Pula.",
		{ 'Veli Lošinj': [44.52, 14.5], Lošinj: [44.58, 14.4], 'Primorje-Gorski Kotar County': [45.3, 14.6], Croatia: CROATIA, 'Mali Lošinj': [44.53, 14.47], Rovenska: [44.51, 14.51], Kvarner: [44.8, 14.4], Osor: [44.69, 14.39], Cres: [44.85, 14.4], Rijeka: [45.33, 14.44], Pula: [44.87, 13.85] },
		['Karl Stephan', 'Blue World Institute']
	),
	w(
		"Ross is a village in the Northern Midlands of Tasmania, Australia, on the Macquarie River, 78 km south of Launceston and 120 km north of Hobart on the Midland Highway. At the 2016 census it had 420 people.\n\nA garrison post and coaching stop on the road between the two towns from 1812, Ross is known for its sandstone bridge of 1836, whose arches were carved by the convict masons James Colbeck and Daniel Herbert with 186 heads and figures. The Ross Female Factory held women convicts and their children from 1848 to 1854.\n\nCampbell Town lies 12 km to the north and Tunbridge 11 km to the south; the Macquarie flows north to join the South Esk near Longford.",
		{ Ross: [-42.03, 147.49], 'Northern Midlands': [-41.9, 147.3], Tasmania: TASMANIA, Australia: AUSTRALIA, 'Macquarie River': [-42.0, 147.45], Launceston: [-41.44, 147.14], Hobart: [-42.88, 147.33], 'Ross Female Factory': [-42.03, 147.5], 'Campbell Town': [-41.93, 147.49], Tunbridge: [-42.13, 147.43], Macquarie: [-42.0, 147.45], 'South Esk': [-41.55, 147.15], Longford: [-41.6, 147.12] },
		['Midland Highway', 'James Colbeck', 'Daniel Herbert']
	),
	w(
		"Grand-Pré is a rural community in Kings County, Nova Scotia, Canada, on the edge of the dykelands of the Minas Basin, 5 km east of Wolfville.\n\nSettled in 1680 by Acadians from Port-Royal, who drained the salt marshes with dykes and sluices, it became the largest Acadian settlement in Nova Scotia. In 1755 the British deported its people, and their fate became known through Henry Wadsworth Longfellow's poem Evangeline (1847). The Grand-Pré National Historic Site keeps a memorial church and a statue of Evangeline, and the Landscape of Grand Pré was listed as a World Heritage Site in 2012.\n\nThe community lies near the mouth of the Gaspereau River, between Wolfville and Hortonville, and Windsor is 20 km to the south-east on Highway 101. Blomidon, with its red cliffs, faces it across the basin.",
		{ 'Grand-Pré': [45.1, -64.31], 'Kings County': [45.05, -64.6], 'Nova Scotia': NOVA_SCOTIA, Canada: CANADA, 'Minas Basin': [45.25, -64.0], Wolfville: [45.09, -64.36], 'Port-Royal': [44.71, -65.61], 'Grand-Pré National Historic Site': [45.11, -64.3], 'Landscape of Grand Pré': [45.11, -64.3], 'Gaspereau River': [45.1, -64.3], Hortonville: [45.1, -64.27], Windsor: [44.99, -64.13], Blomidon: [45.26, -64.35] },
		['Henry Wadsworth Longfellow', 'Evangeline', 'Highway 101']
	),
	w(
		"Mineral del Monte, commonly called Real del Monte, is a town and the seat of the municipality of Mineral del Monte in the state of Hidalgo, Mexico, 10 km north-east of Pachuca. It stands at 2,700 m in the pine forests of the Sierra de Pachuca and had about 12,000 inhabitants in 2010.\n\nSilver was mined here from the 16th century. Miners from Cornwall came in the 1820s with the steam engines of the Real del Monte Company, and are said to have brought football and the pasty to Mexico; the town's English cemetery holds their graves, and a museum is given to the paste, as the pasty is called here. The town is a Pueblo Mágico.\n\nMineral del Chico and the El Chico National Park lie across the range to the north-west, and the basalt prisms of Huasca de Ocampo 20 km to the east.",
		{ 'Mineral del Monte': [20.14, -98.67], 'Real del Monte': [20.14, -98.67], Hidalgo: [20.5, -98.9], Mexico: MEXICO, Pachuca: [20.12, -98.73], 'Sierra de Pachuca': [20.2, -98.7], Cornwall: [50.4, -4.9], 'Mineral del Chico': [20.21, -98.73], 'El Chico National Park': [20.2, -98.72], 'Huasca de Ocampo': [20.2, -98.58] },
		['Real del Monte Company']
	),
	w(
		"Caral is an archaeological site in the valley of the Supe River, in Supe District, Barranca Province, Lima Region, Peru, 23 km inland from the port of Supe and 180 km north of Lima. Its pyramids, sunken plazas and houses, built from about 2600 BC, make it the oldest known city of the Americas; the site was studied from 1994 by Ruth Shady, and has been a World Heritage Site since 2009.\n\nThe people of Caral grew cotton, beans and squash with water from the river, and traded them for the fish and shellfish of Áspero, a fishing town by the sea near the mouth of the valley.\n\nThe nearest towns are Supe and Barranca, on the Pan-American Highway, and Pativilca, 10 km to the north, where the road to Huaraz leaves the coast.",
		{ Caral: [-10.89, -77.52], 'Supe River': [-10.85, -77.6], 'Supe District': [-10.8, -77.7], 'Barranca Province': [-10.75, -77.75], 'Lima Region': [-11.5, -76.8], Peru: PERU, Supe: [-10.8, -77.71], Lima: [-12.05, -77.04], Áspero: [-10.81, -77.74], Barranca: [-10.75, -77.76], Pativilca: [-10.7, -77.78], Huaraz: [-9.53, -77.53] },
		['Ruth Shady', 'Pan-American Highway']
	),
	w(
		"Taiohae is the main village of the island of Nuku Hiva and the administrative centre of the Marquesas Islands, in French Polynesia. It lies at the head of Taiohae Bay, a flooded crater on the south coast of the island, and had about 2,000 people in 2017.\n\nThe American navy officer David Porter built a fort here in 1813, and the French took possession of the islands at Taiohae in 1842. In the same year Herman Melville deserted his whaler in the bay and lived among the people of the Taipivai valley to the east, which he described in his first book, Typee. The cathedral of Notre-Dame of the Marquesas is built of wood and stone from the islands.\n\nThe airport of Nuku Hiva is on the north-west of the island; boats sail to Ua Pou, 45 km to the south, and the supply ship from Papeete, on Tahiti, calls each month.",
		{ Taiohae: [-8.91, -140.1], 'Nuku Hiva': [-8.86, -140.14], 'Marquesas Islands': [-9.0, -139.5], 'French Polynesia': [-15.0, -140.0], 'Taiohae Bay': [-8.92, -140.1], Taipivai: [-8.85, -140.05], 'Ua Pou': [-9.4, -140.07], Papeete: [-17.54, -149.57], Tahiti: [-17.65, -149.43] },
		['David Porter', 'Herman Melville', 'Typee', 'Notre-Dame of the Marquesas']
	),
	w(
		"Meinong is a rural district of Kaohsiung, Taiwan, in the hills at the north-eastern edge of the Pingtung Plain, 40 km north-east of the city centre. It had 39,000 people in 2020, most of them Hakka, whose ancestors came from Guangdong in 1736.\n\nMeinong is known for its oil-paper umbrellas and its flat rice noodles, and for its tobacco-curing houses, now mostly empty. In the 1990s its people fought off a plan to dam the Meinong Creek for a reservoir; the Zhongzheng Lake, an irrigation pond of the Japanese era, lies at the edge of the town.\n\nThe Laonong River flows along the district's eastern border, and beyond it rise the mountains of Maolin and the Central Mountain Range; Qishan lies 10 km to the west and Liugui to the north-east.",
		{ Meinong: [22.9, 120.54], Kaohsiung: [22.63, 120.3], Taiwan: TAIWAN, 'Pingtung Plain': [22.7, 120.5], Guangdong: [23.3, 113.5], 'Meinong Creek': [22.9, 120.55], 'Zhongzheng Lake': [22.9, 120.55], 'Laonong River': [22.9, 120.6], Maolin: [22.89, 120.66], 'Central Mountain Range': [23.5, 121.0], Qishan: [22.89, 120.48], Liugui: [23.0, 120.63] },
		['Hakka']
	),
	w(
		"Ganvié is a lake village in the commune of Sô-Ava, Atlantique Department, Benin, built on stilts in Lake Nokoué 18 km north of Cotonou. With some 20,000 people it is one of the largest lake villages in Africa.\n\nBy tradition it was founded in the 17th or 18th century by Tofinu people fleeing the slave raids of the kingdom of Dahomey, whose warriors were forbidden by their religion to fight on water. Its people live by fishing in enclosures of branches set in the lake, and sell their catch at a floating market.\n\nBoats leave from the jetty at Abomey-Calavi, on the lake's west shore. The Sô river flows into the lake from the north; the delta of the Ouémé lies to the east, and Porto-Novo, the capital, is 30 km to the east.",
		{ Ganvié: [6.47, 2.42], 'Sô-Ava': [6.47, 2.4], 'Atlantique Department': [6.6, 2.2], Benin: BENIN, 'Lake Nokoué': [6.43, 2.47], Cotonou: [6.37, 2.42], Dahomey: [7.2, 2.0], 'Abomey-Calavi': [6.45, 2.36], Sô: [6.6, 2.42], Ouémé: [6.5, 2.55], 'Porto-Novo': [6.5, 2.6] },
		['Tofinu']
	),
	w(
		"Khonoma is a village in Kohima district of Nagaland, India, 20 km west of Kohima, the state capital. It had about 1,900 people in 2011, almost all of them Angami Naga. The village stands on a ridge above terraced rice fields, and is known for the fight its people put up against the British in 1879, when they held the fort above the village for months; a memorial remembers the officer G. H. Damant, killed at its gate.\n\nIn 1998 the village council banned hunting and logging in the Khonoma Nature Conservation and Tragopan Sanctuary, and in 2005 Khonoma was named India's first green village.\n\nPaths lead south to the Dzükou Valley on the border with Manipur; Jotsoma lies on the road to Kohima, and Dimapur, with the nearest airport and railway station, is 70 km to the north-west.",
		{ Khonoma: [25.65, 94.02], Nagaland: [26.0, 94.5], India: INDIA, Kohima: [25.67, 94.11], 'Khonoma Nature Conservation and Tragopan Sanctuary': [25.65, 94.0], 'Dzükou Valley': [25.56, 94.06], Manipur: [24.8, 93.9], Jotsoma: [25.66, 94.06], Dimapur: [25.91, 93.73] },
		['Angami', 'Naga', 'G. H. Damant']
	),
	w(
		"Mexico is a town in Oxford County, Maine, United States, on the north bank of the Androscoggin River opposite Rumford, at the mouth of the Swift River. Its population was 2,670 at the 2010 census. Incorporated in 1818 and named, like several towns of the county, after a foreign country, it grew as a home for the workers of the paper mill across the river at Rumford.\n\nRoute 2 runs west through the town to Rumford and Bethel, and east to Dixfield and Farmington. The town of Peru lies across the river to the south-east, and further south lie Paris, Norway and Poland. The White Mountains of New Hampshire rise 40 miles to the west.",
		{ Mexico: [44.56, -70.55], 'Oxford County': [44.5, -70.7], Maine: MAINE, 'United States': US, 'Androscoggin River': [44.55, -70.55], Rumford: [44.55, -70.55], 'Swift River': [44.56, -70.55], Bethel: [44.4, -70.79], Dixfield: [44.54, -70.46], Farmington: [44.67, -70.15], Peru: [44.51, -70.41], Paris: [44.26, -70.5], Norway: [44.21, -70.54], Poland: [44.06, -70.39], 'White Mountains': [44.2, -71.3], 'New Hampshire': NEW_HAMPSHIRE },
		['Route 2']
	)
];

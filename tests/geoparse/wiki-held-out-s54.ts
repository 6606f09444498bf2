// Held-out Wikipedia-style articles about small places, session 54 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after grepping every file under tests/geoparse for them (dropped as named before: Chochołów, Cuetzalan, Idanre,
// Zhouzhuang). Shapes and regions the older wiki batches lack or hold least: villages on small islands placed by an
// apposition ("Naxos, the largest of the Cyclades islands of Greece"; "Hvar, one of the Dalmatian islands of
// Croatia"; Dugi Otok, Tinos, Quinchao, Ponson and Pacijan of the Camotes, Moskenesøya, Île d'Orléans, Chebeague,
// Ocracoke); Scottish crofting townships; Indonesian desa on Flores; Swiss and Austrian communes; Polish villages in
// their gmina with a German name; Czech market towns in their district; Irish townlands; Welsh communities; a
// Norwegian fishing village and a Swedish tätort; Mexican municipios; Brazilian distritos; Chilean comunas; Indian
// gram panchayats; Chinese villages and towns in their county; Nigerian LGAs; Kenyan wards and towns; an Acadian
// village and a Quebec island municipality; US census-designated places and island towns; places that named a cheese,
// a wine, a spirit or a lacquer (Stilton, Gruyère, Tête de Moine at Bellelay, Gorgonzola, Pommard, Tokaj, mezcal at
// Matatlán, Olinalá); villages known for a saint's feast (Sant'Efisio at Pula, the Serpari of Cocullo).
// Traps: namesakes of bigger or famous places (Sali, Pilar, Poro, San Francisco, Santiago Bay, Lake Danao, Danao,
// Pula, Nora, Stari Grad, Paros, Pyrgos, Panormos, Tinos, Naxos, Chora, Bena, Luba, Ende, Gruyère, Broc, Jura, Zug,
// Lech, Warth, Valais, Inverness, Liverpool, Cardigan, New Quay, Tongue, Midtown, Reine, Å, Santiago Matatlán,
// Mitla, Oaxaca, Valença, Lavras, Chapada, Mariana, Castro, Parinacota, Ahmednagar, Huangshan, South Lake, Jiashan,
// Tana, Witu, Ekiti, Imo, Niger, Turkana, Silver Lake, Hatteras, Cedar Island, Cumberland, Yarmouth, Portland, Long
// Island, Peterborough, York, Beaune, Volnay, Saône, Cagliari, Sora, L'Aquila, Šipka, Tatra), persons named like
// places (Saint Columba, Constance Markievicz, Popatrao Pawar, Anna Hazare, Flora Nwapa, Galvarino Riveros, Helmuth
// von Moltke, Per Brahe, S. A. Andrée, Saint Ephysius, Saint Dominic of Sora, Saint Carannog, Shrinathji, Sigmund
// Freud, Horatio Walker), bodies and things named after places (the Liverpool Corporation, the Royal Niger Company,
// the Kreisau Circle, the Arlberg Ski Club, HMT Bedfordshire, the Milan Metro, Tatra the carmaker, the Štramberk ears,
// Tokaji aszú, Tête de Moine, the European Forum Alpbach, the Lake Turkana Festival), and names inside names (Capo di
// Pula, Santa Margherita di Pula, Moléson-sur-Gruyères, Reith im Alpbachtal, Lednice–Valtice Cultural Landscape,
// Cape Breton Highlands National Park, Anversa degli Abruzzi, St. Anton am Arlberg, Saint-Laurent-de-l'Île-d'Orléans).
// Split in two halves: A (to tune on from session 54) and B (never tuned on: scored before and after); each half has
// one text of each shape.
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s54 [--a-only]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME` where the
// gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a mountain range, lake or sea at the
// part the text means; countries at the gazetteer's own point, from gold-points.ts). A country or region is right
// within 800 km, others within 161 km; a toponym inside a longer gold name is wrong, save that a capitalised "City of
// X" marks X alone, as Hu2014's gold does. Lower-case feature words stay outside a gold name ("the Drumcliff river"
// graded as Drumcliff, "Kufstein district" as Kufstein). notPlaces: people, bodies, firms, products and things named
// like places; a place inside a person's title ("Saint Dominic of Sora") is left ungraded with the whole name in
// notPlaces; a country's or people's adjective is left ungraded. Where a product and its place share a name the text
// names the product in other words ("the blue cheese named after the town"), since gold is by name. Many gold names
// are not in the gazetteer: they count as "not mapped".
// First honest score (main 5db99ab, before any change tuned on it): half A 177/183 = 0.967 (24 texts, 264 gold, 101
// not mapped, 2 names of no place mapped: Cebuano, Liechtenstein); half B 200/209 = 0.957 (24 texts, 286 gold, 99 not
// mapped, 3 names of no place mapped: Samburu twice, Turkana).
// End of session 54 (main 3a60edd, after name-parts.ts's demonym before a feature's head and island-apposition.ts;
// ranked-in-land.ts, if landed after, moves neither half): A 177/182 = 0.973 (French of "French Mountain" no longer
// read as France; 101 not mapped, 2 names of no place mapped); B 200/209 = 0.957 unchanged, scored once at the end
// (99 not mapped, 3 names of no place mapped). Misses of half A: Naxos read inside "Naxos and Lesser Cyclades" and
// Arica inside "Arica and Parinacota Region" (a place's name before "and" inside a division's name); "the Paraíba
// Valley" read as Paraíba state 1,865 km off; "Silver Lake, the harbour" of Ocracoke read as Silver Lake, North
// Carolina, 207 km off; the Andes at the range's point near La Paz, 231 km from Putre; false places Cebuano ("speaks
// Cebuano", a language) and Liechtenstein ("the princes of Liechtenstein", a family). Misses of half B (the first
// run, which printed both halves, listed them; none was tuned on): Panormos of Tinos read as Pánormos, Crete, 182 km
// off; parts of longer names read alone (Jura of "Jura Mountains"/"Jura bernois", Rajsamand of "Rajsamand Lake",
// Oguta of "Oguta Lake", Orléans of "Île d'Orléans"); the Niger river read as the country Niger; Loiyangalani put at
// its constituency's point 177 km off (within-parent); "South Island National Park" (Lake Turkana) read as New
// Zealand's South Island; Long Island of Casco Bay read as Long Island, New York; false places Samburu (a language,
// twice) and Turkana (a people).
import type { GenreText } from './genre-texts.ts';
import { US, ENGLAND, WALES, FRANCE, GERMANY, POLAND, INDIA, PHILIPPINES, BRAZIL, CANADA, CHINA, GREECE, ITALY, SWITZERLAND, AUSTRIA, CZECH_REPUBLIC, LOWER_AUSTRIA, IRELAND, SCOTLAND, NORWAY, SWEDEN, MEXICO, CHILE, BOLIVIA, NIGERIA, KENYA, INDIAN_OCEAN, ATLANTIC_OCEAN, CROATIA, INDONESIA, HUNGARY, EUROPE, UNITED_KINGDOM, QUEBEC } from './gold-points.ts';

const w = (text: string, gold: Record<string, [number, number]>, notPlaces?: string[]): GenreText => ({ genre: 'wikipedia', text, gold, notPlaces });
// states, provinces and regions this batch names (a region is right within 800 km)
const HIGHLAND: [number, number] = [57.5, -5.0];
const CYCLADES: [number, number] = [37.0, 25.2];
const EAST_NUSA_TENGGARA: [number, number] = [-9.5, 122.0];
const FLORES: [number, number] = [-8.65, 121.0];
const TYROL: [number, number] = [47.2, 11.4];
const MAHARASHTRA: [number, number] = [19.5, 75.5];
const NOVA_SCOTIA: [number, number] = [45.0, -63.0];
const NORTH_CAROLINA: [number, number] = [35.5, -79.0];
const MAINE: [number, number] = [45.3, -69.2];
const MINAS_GERAIS: [number, number] = [-18.5, -44.5];
const ZHEJIANG: [number, number] = [29.2, 120.5];
const ANHUI: [number, number] = [31.8, 117.2];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S54_A: GenreText[] = [
	w(
		"Sali is a village and the seat of a municipality on Dugi Otok, an island of the Zadar archipelago in Zadar County, Croatia. It had 700 inhabitants in 2021 and is the largest settlement of the island, on a bay of its south-east coast 30 km by sea from Zadar. Its name comes from the salt pans worked here in the Middle Ages. The fishermen of Sali once held rights to the Kornati, the islands to the south, and the village still keeps an olive press and a fish cannery of 1905.\n\nEach August the Saljske užance festival ends with a donkey race along the quay. The Telašćica nature park, a deep bay with a salt lake, lies 5 km to the south; Zaglav, where the ferry from Zadar calls, is 3 km north, and Božava, at the other end of the island, 40 km.",
		{ Sali: [43.94, 15.17], 'Dugi Otok': [44.0, 15.05], 'Zadar County': [44.0, 15.6], Croatia: CROATIA, Zadar: [44.12, 15.23], Kornati: [43.82, 15.3], Telašćica: [43.9, 15.18], Zaglav: [43.96, 15.14], Božava: [44.14, 14.91] },
		['Saljske užance']
	),
	w(
		"Achiltibuie is a crofting township on the Coigach peninsula in Wester Ross, in the Highland council area of Scotland, facing the Summer Isles across the mouth of Loch Broom, 25 miles by a single-track road north-west of Ullapool. It had 280 people in 2011; its crofts run in strips from the road down to the shore. The Hydroponicum, a garden grown without soil, drew visitors from 1985 until 2011.\n\nPolbain and Altandhu lie to the north-west on the same road, and Badentarbet, where a pier serves the fishing boats, to the south. Tanera Mòr, the largest of the Summer Isles, was farmed by the naturalist Frank Fraser Darling in the 1930s. Stac Pollaidh and Cul Beag rise to the east.",
		{ Achiltibuie: [58.02, -5.35], Coigach: [58.0, -5.3], 'Wester Ross': [57.7, -5.4], Highland: HIGHLAND, Scotland: SCOTLAND, 'Summer Isles': [58.0, -5.42], 'Loch Broom': [57.9, -5.2], Ullapool: [57.9, -5.16], Polbain: [58.05, -5.37], Altandhu: [58.05, -5.4], Badentarbet: [58.0, -5.33], 'Tanera Mòr': [58.0, -5.41], 'Stac Pollaidh': [58.04, -5.2], 'Cul Beag': [58.03, -5.15] },
		['Hydroponicum', 'Frank Fraser Darling']
	),
	w(
		"Apollonas is a fishing village on the north-east coast of Naxos, the largest of the Cyclades islands of Greece, in the municipality of Naxos and Lesser Cyclades. It had 100 inhabitants in 2011. A marble kouros 10.7 m long, left unfinished in an ancient quarry above the village in the 6th century BC, still lies where it was carved.\n\nThe road from Chora, the island's capital 35 km to the south-west, winds over the mountains through Filoti, Apeiranthos and Koronos; Komiaki, the highest village of the island, lies 5 km to the south. Mount Zas, the highest peak of the Cyclades at 1,004 m, rises above Filoti. Boats once took the emery mined near Koronos to Moutsouna, on the east coast.",
		{ Apollonas: [37.18, 25.55], Naxos: [37.08, 25.45], Cyclades: CYCLADES, Greece: GREECE, 'Naxos and Lesser Cyclades': [37.1, 25.4], Chora: [37.1, 25.38], Filoti: [37.05, 25.5], Apeiranthos: [37.07, 25.52], Koronos: [37.12, 25.53], Komiaki: [37.14, 25.53], 'Mount Zas': [37.03, 25.49], Moutsouna: [37.08, 25.58] }
	),
	w(
		"Pilar is a fifth-class municipality in the province of Cebu, Philippines, covering Ponson Island, the easternmost of the Camotes Islands in the Camotes Sea. It had 12,000 people in 2020 in 13 barangays. Its fishermen sell their catch in Ormoc, on Leyte, 30 km to the north-east, more than in Cebu City, 80 km away, and the town speaks Cebuano with a Waray strain. The town hall stands beside the church of Our Lady of the Pillar, for whom the town is named.\n\nTo the south-west, across a strait of 8 km, lies Poro Island, with the towns of Poro and Tudela; Pacijan Island lies beyond it, joined to Poro Island by a causeway.",
		{ Pilar: [10.81, 124.56], Cebu: [10.3, 123.9], Philippines: PHILIPPINES, 'Ponson Island': [10.8, 124.56], 'Camotes Islands': [10.65, 124.35], 'Camotes Sea': [10.5, 124.3], Ormoc: [11.0, 124.61], Leyte: [10.9, 124.8], 'Cebu City': [10.32, 123.89], 'Poro Island': [10.63, 124.43], Poro: [10.63, 124.41], Tudela: [10.64, 124.47], 'Pacijan Island': [10.62, 124.33] },
		['Our Lady of the Pillar', 'Cebuano', 'Waray']
	),
	w(
		"Wae Rebo is a village of the Manggarai people in Satar Mese Barat district, Manggarai Regency, on the island of Flores in East Nusa Tenggara, Indonesia, at 1,100 m in the mountains 40 km south-west of Ruteng. Its seven conical houses, the mbaru niang, five storeys high and thatched to the ground, were rebuilt from 2008 with help from the Rumah Asuh foundation and won a UNESCO award for heritage in 2012.\n\nThe village has no road: visitors walk three hours up from Denge, the last village on the road from Dintor, on the south coast. Labuan Bajo, the port for Komodo, lies 200 km to the west by road.",
		{ 'Wae Rebo': [-8.77, 120.28], 'Satar Mese Barat': [-8.8, 120.3], 'Manggarai Regency': [-8.6, 120.45], Flores: FLORES, 'East Nusa Tenggara': EAST_NUSA_TENGGARA, Indonesia: INDONESIA, Ruteng: [-8.61, 120.46], Denge: [-8.79, 120.3], Dintor: [-8.83, 120.27], 'Labuan Bajo': [-8.49, 119.88], Komodo: [-8.55, 119.45] },
		['Rumah Asuh', 'UNESCO']
	),
	w(
		"Gruyères is a municipality in the district of Gruyère in the canton of Fribourg, Switzerland, on a hill above the Saane 5 km south of Bulle. It had 2,200 inhabitants in 2020, in the medieval town and the villages of Pringy, Épagny and Moléson-sur-Gruyères. The castle, seat of the counts of the district until 1554, holds a museum, and the museum of the artist H. R. Giger, who designed the creature of Alien, opened in the town in 1998.\n\nThe hard cheese of the district takes its name; La Maison du Gruyère, a dairy open to visitors, stands at Pringy below the town. The Moléson, 2,002 m, rises to the south, and Broc, with the Cailler chocolate factory, lies 4 km to the north-east.",
		{ Gruyères: [46.58, 7.08], Gruyère: [46.6, 7.1], Fribourg: [46.7, 7.1], Switzerland: SWITZERLAND, Saane: [46.6, 7.1], Bulle: [46.62, 7.06], Pringy: [46.59, 7.07], Épagny: [46.59, 7.08], 'Moléson-sur-Gruyères': [46.56, 7.02], Moléson: [46.55, 7.02], Broc: [46.6, 7.1] },
		['H. R. Giger', 'Alien', 'Cailler', 'La Maison du Gruyère']
	),
	w(
		"Alpbach is a municipality in the Kufstein district of Tyrol, Austria, at the head of the Alpbachtal, a side valley of the Inn, 10 km south of Brixlegg. It had 2,600 inhabitants in 2020. Its houses, all of wood above stone ground floors by a local rule, crowd round the parish church; since 1945 the village has hosted the European Forum Alpbach, a summer meeting of scholars and politicians, in a congress centre built into the hillside.\n\nThe hamlet of Inneralpbach lies 4 km up the valley, below the Wiedersberger Horn, whose lifts join the ski area of the Wildschönau. Reith im Alpbachtal lies at the valley's mouth, and Innsbruck 50 km to the south-west.",
		{ Alpbach: [47.4, 11.94], Kufstein: [47.45, 12.0], Tyrol: TYROL, Austria: AUSTRIA, Alpbachtal: [47.42, 11.92], Inn: [47.44, 11.88], Brixlegg: [47.43, 11.88], Inneralpbach: [47.37, 11.97], 'Wiedersberger Horn': [47.38, 11.93], Wildschönau: [47.4, 12.03], 'Reith im Alpbachtal': [47.42, 11.88], Innsbruck: [47.26, 11.39] },
		['European Forum Alpbach']
	),
	w(
		"Kadyny (German: Cadinen) is a village in the administrative district of Gmina Tolkmicko, within Elbląg County, Warmian-Masurian Voivodeship, in northern Poland, on the shore of the Vistula Lagoon 3 km south-west of Tolkmicko and 17 km north-east of Elbląg. It had 300 inhabitants. Kaiser Wilhelm II bought the estate in 1898 and kept a stud farm and a majolica works here, whose tiles went to the stations and palaces of Germany; the stud still breeds horses, and the manor is a hotel.\n\nAn oak said to be 700 years old stands in the park. Frombork, where Copernicus worked, lies 20 km to the north-east along the lagoon shore, and Suchacz 4 km to the south-west.",
		{ Kadyny: [54.3, 19.48], Cadinen: [54.3, 19.48], 'Gmina Tolkmicko': [54.32, 19.53], 'Elbląg County': [54.2, 19.5], 'Warmian-Masurian Voivodeship': [53.8, 20.8], Poland: POLAND, 'Vistula Lagoon': [54.4, 19.6], Tolkmicko: [54.32, 19.53], Elbląg: [54.16, 19.4], Germany: GERMANY, Frombork: [54.36, 19.68], Suchacz: [54.28, 19.44] },
		['Wilhelm II', 'Copernicus']
	),
	w(
		"Lednice (German: Eisgrub) is a market town in Břeclav District in the South Moravian Region of the Czech Republic, on the Dyje 7 km north-west of Břeclav. It had 2,300 inhabitants in 2021. The princes of Liechtenstein held it from 1249 to 1945 and rebuilt its chateau in the Tudor Gothic style in the 1840s; its park, with a minaret of 60 m, an aqueduct built as a ruin and a hunting lodge called Janohrad, forms with Valtice the Lednice–Valtice Cultural Landscape.\n\nValtice lies 7 km to the south, on the old border with Lower Austria, and Mikulov and the Pálava hills 15 km to the west. The Nové Mlýny reservoirs lie to the north-west.",
		{ Lednice: [48.8, 16.8], Eisgrub: [48.8, 16.8], 'Břeclav District': [48.8, 16.85], 'South Moravian Region': [49.0, 16.6], 'Czech Republic': CZECH_REPUBLIC, Dyje: [48.8, 16.85], Břeclav: [48.76, 16.88], Valtice: [48.74, 16.76], 'Lednice–Valtice Cultural Landscape': [48.77, 16.8], 'Lower Austria': LOWER_AUSTRIA, Mikulov: [48.81, 16.64], Pálava: [48.85, 16.65], 'Nové Mlýny': [48.88, 16.6] },
		['Liechtenstein', 'Janohrad']
	),
	w(
		"Drumcliff (Irish: Droim Chliabh) is a village and townland in County Sligo, Ireland, on the N15 road 8 km north of Sligo, at the foot of Benbulben. The poet W. B. Yeats is buried in the churchyard of St Columba's, where his great-grandfather was rector, under the epitaph he wrote himself; a round tower and a high cross of the 11th century remain from the monastery Saint Columba founded here in 574.\n\nThe Drumcliff river runs past the village into Drumcliff Bay. Lissadell House, home of the Gore-Booth family and of Constance Markievicz, lies 6 km to the west on the shore, and Carney 3 km to the north-west; Rosses Point lies across the bay.",
		{ Drumcliff: [54.33, -8.5], 'Droim Chliabh': [54.33, -8.5], 'County Sligo': [54.15, -8.6], Ireland: IRELAND, Sligo: [54.27, -8.47], Benbulben: [54.37, -8.47], 'Drumcliff Bay': [54.33, -8.55], 'Lissadell House': [54.35, -8.58], Carney: [54.34, -8.53], 'Rosses Point': [54.31, -8.57] },
		['W. B. Yeats', "St Columba's", 'Saint Columba', 'Gore-Booth', 'Constance Markievicz', 'N15']
	),
	w(
		"Llanwddyn is a village and community in Montgomeryshire, Powys, Wales, at the foot of the dam of Lake Vyrnwy, 8 miles west of Llanfyllin. The old village, with its church, chapels and three inns, was drowned when the Liverpool Corporation dammed the Vyrnwy in 1888 to take its water to Liverpool, 70 miles away by aqueduct; the new village was built below the dam. The community had 300 people in 2011.\n\nA hotel stands above the east shore, and the straining tower, built like a castle, rises from the water. The RSPB keeps a reserve around the lake. Bala lies 12 miles to the north-west over the Hirnant Pass, and Welshpool 18 miles to the south-east.",
		{ Llanwddyn: [52.76, -3.46], Montgomeryshire: [52.6, -3.4], Powys: [52.3, -3.4], Wales: WALES, 'Lake Vyrnwy': [52.78, -3.5], Llanfyllin: [52.77, -3.27], Vyrnwy: [52.76, -3.46], Liverpool: [53.41, -2.98], Bala: [52.91, -3.6], 'Hirnant Pass': [52.83, -3.53], Welshpool: [52.66, -3.15] },
		['Liverpool Corporation', 'RSPB']
	),
	w(
		"Reine is a fishing village and the administrative centre of Moskenes Municipality in Nordland county, Norway, on the island of Moskenesøya in the Lofoten archipelago. It had 300 inhabitants in 2023. Its red rorbuer, the fishermen's cabins on stilts, stand on islets linked by bridges below the peak of Reinebringen, 448 m, climbed by a stair of 1,978 steps built by Sherpas in 2019.\n\nThe E10 road ends 5 km to the south at Å, past Sørvågen and the ferry quay at Moskenes, where boats from Bodø land. Hamnøy and Sakrisøy lie to the north-east, and the Moskstraumen maelstrom, which Edgar Allan Poe described, runs off the island's southern tip.",
		{ Reine: [67.93, 13.09], 'Moskenes Municipality': [67.93, 13.0], Nordland: [67.0, 14.5], Norway: NORWAY, Moskenesøya: [67.95, 13.0], Lofoten: [68.2, 14.0], Reinebringen: [67.93, 13.07], Å: [67.88, 12.98], Sørvågen: [67.89, 13.03], Moskenes: [67.9, 13.05], Bodø: [67.28, 14.4], Hamnøy: [67.95, 13.13], Sakrisøy: [67.94, 13.11], Moskstraumen: [67.8, 12.8] },
		['Sherpas', 'Edgar Allan Poe', 'E10']
	),
	w(
		"Santiago Matatlán is a town and municipality in the Tlacolula District of the Central Valleys region of Oaxaca, Mexico, on Federal Highway 190 45 km south-east of the city of Oaxaca. It had 9,000 people in 2020, most of them Zapotec. The town calls itself the world capital of mezcal: more than a hundred palenques, small distilleries, roast agave hearts in pits and crush them with a stone wheel turned by a horse.\n\nMitla, with the palaces of its Zapotec ruins, lies 10 km to the north-east, and Tlacolula de Matamoros, with its Sunday market, 15 km to the north-west. Teotitlán del Valle, known for its rugs, lies beyond Tlacolula, and San Dionisio Ocotepec, another mezcal town, 20 km to the south-east.",
		{ 'Santiago Matatlán': [16.86, -96.38], 'Tlacolula District': [16.95, -96.45], 'Central Valleys': [17.0, -96.7], Oaxaca: [17.06, -96.72], Mexico: MEXICO, Mitla: [16.92, -96.36], 'Tlacolula de Matamoros': [16.95, -96.48], Tlacolula: [16.95, -96.48], 'Teotitlán del Valle': [17.03, -96.52], 'San Dionisio Ocotepec': [16.8, -96.4] },
		['Zapotec', 'Federal Highway 190']
	),
	w(
		"Conservatória is a district of the municipality of Valença, in the state of Rio de Janeiro, Brazil, in the hills of the Paraíba Valley 24 km south-west of the town of Valença. It had 4,500 inhabitants in 2010. A coffee town of the 19th century, it is known as the town of serenades: on Friday and Saturday nights its people walk the streets singing the serestas of old, and plaques on its houses name the songs written about them.\n\nThe Túnel que Chora, a railway tunnel of 1870 that drips water, lies at the edge of the town. Barra do Piraí lies 22 km to the south, and Rio das Flores beyond Valença to the north-east; the city of Rio de Janeiro is 110 km to the south-east.",
		{ Conservatória: [-22.29, -43.93], Valença: [-22.25, -43.7], 'Rio de Janeiro': [-22.9, -43.2], Brazil: BRAZIL, 'Paraíba Valley': [-22.5, -44.0], 'Barra do Piraí': [-22.47, -43.83], 'Rio das Flores': [-22.17, -43.59] },
		['Túnel que Chora']
	),
	w(
		"Putre is a town and commune in Parinacota Province, in the Arica and Parinacota Region of northern Chile, at 3,500 m in the Andes 130 km east of Arica. It had 2,500 inhabitants in 2017, many of them Aymara. Its church of Saint Jerome was built of stone in 1670 and rebuilt after the earthquake of 1868; terraces of the Inca period climb the slopes around the town.\n\nThe commune holds most of Lauca National Park, with Lake Chungará at 4,500 m below the twin volcanoes of Parinacota and Pomerape on the border with Bolivia. The village of Parinacota, with a church of 1789, lies 30 km to the east beside the Cotacotani lagoons. Route 11 runs through the commune from Arica to La Paz.",
		{ Putre: [-18.2, -69.56], 'Parinacota Province': [-18.3, -69.4], 'Arica and Parinacota Region': [-18.5, -69.6], Chile: CHILE, Andes: [-18.2, -69.4], Arica: [-18.48, -70.32], 'Lauca National Park': [-18.25, -69.25], 'Lake Chungará': [-18.25, -69.15], Parinacota: [-18.2, -69.27], Pomerape: [-18.12, -69.13], Bolivia: BOLIVIA, Cotacotani: [-18.2, -69.23], 'La Paz': [-16.5, -68.15] },
		['Aymara', 'Saint Jerome', 'Inca', 'Route 11']
	),
	w(
		"Hiware Bazar is a village and gram panchayat in Ahmednagar taluka of Ahmednagar district, Maharashtra, India, 17 km north-west of the city of Ahmednagar. It had 1,250 people in 2011. Drought and drink had emptied it by the 1980s; from 1990, under its sarpanch Popatrao Pawar, the village built check dams and contour trenches, banned the felling of trees and the drilling of bore wells, and rationed its water by a yearly budget. It now counts more than sixty millionaires among its farmers.\n\nRalegan Siddhi, the village of the activist Anna Hazare, reworked in the same way, lies 25 km to the south-west, and Pune 120 km. The Sina river rises in the hills nearby.",
		{ 'Hiware Bazar': [19.08, 74.62], Ahmednagar: [19.09, 74.74], Maharashtra: MAHARASHTRA, India: INDIA, 'Ralegan Siddhi': [18.92, 74.43], Pune: [18.52, 73.86], Sina: [19.0, 74.8] },
		['Popatrao Pawar', 'Anna Hazare']
	),
	w(
		"Hongcun is a village in Yi County, in the prefecture-level city of Huangshan, in the south of Anhui, China, 11 km north-east of the county seat. It was built by the Wang clan from 1131 in the shape of an ox: Leigang Hill is its head, two trees its horns, the houses its body and the canals its guts; the Moon Pond at its centre is the stomach and South Lake its belly. With Xidi, 10 km to the south, it was listed by UNESCO in 2000 as one of the ancient villages of southern Anhui, and scenes of the film Crouching Tiger, Hidden Dragon were shot on South Lake.\n\nThe Huangshan mountains rise 40 km to the east; Tunxi, the old town at the heart of the city of Huangshan, lies 60 km to the south-east.",
		{ Hongcun: [30.0, 117.99], 'Yi County': [29.92, 117.94], Huangshan: [29.9, 118.2], Anhui: ANHUI, China: CHINA, 'Leigang Hill': [30.0, 117.99], 'Moon Pond': [30.0, 117.99], 'South Lake': [30.0, 117.98], Xidi: [29.9, 117.99], Tunxi: [29.71, 118.32] },
		['Wang clan', 'UNESCO', 'Crouching Tiger, Hidden Dragon']
	),
	w(
		"Ikogosi is a town in Ekiti West Local Government Area of Ekiti State, Nigeria, 30 km west of Ado-Ekiti. It is known for its springs, where a warm spring at 70 °C and a cold one meet in a single stream in the forest; a resort run by the state has stood there since 1952, and bottled water from the springs is sold across the south-west of the country.\n\nEfon-Alaaye lies 8 km to the west across the hills, and Ilesa, in Osun State, 30 km; Aramoko, the seat of the local government, lies 10 km to the north-east. A Methodist camp of the 1950s stands beside the springs.",
		{ Ikogosi: [7.58, 4.98], 'Ekiti West Local Government Area': [7.65, 5.03], 'Ekiti State': [7.7, 5.3], Nigeria: NIGERIA, 'Ado-Ekiti': [7.62, 5.22], 'Efon-Alaaye': [7.65, 4.92], Ilesa: [7.62, 4.74], 'Osun State': [7.5, 4.5], Aramoko: [7.7, 5.05] },
		['Methodist']
	),
	w(
		"Kipini is a town and ward in Tana Delta constituency, Tana River County, Kenya, at the mouth of the Tana River on the Indian Ocean, 50 km south-west of Lamu. It had 3,000 people in 2019, mostly Pokomo and Orma. The town was the seat of the district in colonial times, and the ruins of its fort and the tomb of the last sultan of Witu lie in the bush around it; the river has since shifted its mouth and the old harbour has silted up.\n\nA conservancy protects the forests and dunes of the delta. Witu lies 20 km to the north-west, and Garsen, the seat of the constituency, 50 km up the river.",
		{ Kipini: [-2.53, 40.52], 'Tana Delta': [-2.3, 40.2], 'Tana River County': [-1.5, 39.5], Kenya: KENYA, 'Tana River': [-2.5, 40.5], 'Indian Ocean': INDIAN_OCEAN, Lamu: [-2.27, 40.9], Witu: [-2.39, 40.44], Garsen: [-2.27, 40.12] },
		['Pokomo', 'Orma']
	),
	w(
		"Chéticamp is an Acadian fishing village in Inverness County, Nova Scotia, Canada, on the west coast of Cape Breton Island facing the Gulf of Saint Lawrence, at the western entrance of Cape Breton Highlands National Park. It had 3,000 people in 2016, most speaking an Acadian French. The village is known for its hooked rugs, made since the 1920s and shown at the Elizabeth LeFort Gallery, and for the church of Saint-Pierre, of stone hauled across the ice from Chéticamp Island in 1893.\n\nThe Cabot Trail runs through the village, north to Pleasant Bay over French Mountain and south to Margaree Harbour, 25 km away, and on to Inverness, the county's largest town.",
		{ Chéticamp: [46.64, -61.01], 'Inverness County': [46.2, -61.3], 'Nova Scotia': NOVA_SCOTIA, Canada: CANADA, 'Cape Breton Island': [46.2, -60.8], 'Gulf of Saint Lawrence': [47.5, -62.0], 'Cape Breton Highlands National Park': [46.75, -60.65], 'Chéticamp Island': [46.63, -61.04], 'Cabot Trail': [46.6, -60.9], 'Pleasant Bay': [46.83, -60.8], 'French Mountain': [46.72, -60.88], 'Margaree Harbour': [46.43, -61.11], Inverness: [46.2, -61.3] },
		['Elizabeth LeFort Gallery', 'Saint-Pierre']
	),
	w(
		"Ocracoke is an unincorporated community and census-designated place in Hyde County, North Carolina, United States, at the south-west end of Ocracoke Island on the Outer Banks. It had 800 people in 2020 and is reached only by ferry, from Hatteras to the north-east, and from Swan Quarter and Cedar Island across Pamlico Sound. The pirate Blackbeard was killed off the island, at Ocracoke Inlet, in 1718. The Ocracoke Light, of 1823, is the oldest lighthouse still working in the state.\n\nSilver Lake, the harbour, is the centre of the village. A small cemetery holds four sailors of HMT Bedfordshire, sunk by a U-boat in 1942.",
		{ Ocracoke: [35.11, -75.98], 'Hyde County': [35.4, -76.2], 'North Carolina': NORTH_CAROLINA, 'United States': US, 'Ocracoke Island': [35.13, -75.92], 'Outer Banks': [35.5, -75.5], Hatteras: [35.22, -75.69], 'Swan Quarter': [35.41, -76.33], 'Cedar Island': [35.0, -76.3], 'Pamlico Sound': [35.3, -75.9], 'Ocracoke Inlet': [35.07, -76.02], 'Ocracoke Light': [35.11, -75.99], 'Silver Lake': [35.11, -75.98] },
		['Blackbeard', 'HMT Bedfordshire']
	),
	w(
		"Stilton is a village and civil parish in Huntingdonshire, Cambridgeshire, England, 6 miles south of Peterborough on the old Great North Road. It had 2,500 people in 2011. Coaches between London and York changed horses at its inns, and in the 18th century their travellers bought the blue cheese sold at the Bell Inn and carried the village's name south; the cheese was made in Leicestershire, around Melton Mowbray, and by its rules of 1996 it may not be made in the village itself. The village holds a cheese-rolling race each May Day.\n\nNorman Cross, where a prison camp held French prisoners of the Napoleonic Wars, lies a mile to the north, and Holme Fen 3 miles to the south-east.",
		{ Stilton: [52.49, -0.29], Huntingdonshire: [52.4, -0.2], Cambridgeshire: [52.3, 0.05], England: ENGLAND, Peterborough: [52.57, -0.24], London: [51.51, -0.13], York: [53.96, -1.08], Leicestershire: [52.7, -1.1], 'Melton Mowbray': [52.77, -0.89], 'Norman Cross': [52.5, -0.3], 'Holme Fen': [52.48, -0.23] },
		['Bell Inn', 'Napoleonic Wars']
	),
	w(
		"Pommard is a commune in the Côte-d'Or department of Burgundy-Franche-Comté, France, on the Côte de Beaune 3 km south of Beaune. It had 500 inhabitants in 2020. Its vineyards make only red wine, of Pinot noir, under an appellation of the village's name; the best plots, Les Rugiens and Les Épenots, are premiers crus, and the Château de Pommard holds the largest single vineyard of Burgundy.\n\nVolnay lies 1 km to the south-west on the slope, and Meursault 5 km; the Avant-Dheune, a stream, runs down through the village to the plain of the Saône.",
		{ Pommard: [47.01, 4.8], "Côte-d'Or": [47.4, 4.8], 'Burgundy-Franche-Comté': [47.2, 5.0], France: FRANCE, 'Côte de Beaune': [47.0, 4.8], Beaune: [47.02, 4.84], Burgundy: [47.0, 4.5], Volnay: [46.99, 4.77], Meursault: [46.98, 4.77], Saône: [46.9, 5.0] },
		['Pinot noir', 'Les Rugiens', 'Les Épenots', 'Château de Pommard']
	),
	w(
		"Pula is a comune in the Metropolitan City of Cagliari, on the south coast of Sardinia, Italy, 30 km south-west of Cagliari. It had 7,300 inhabitants in 2020. The ruins of Nora, a Phoenician and Roman town on the Capo di Pula headland, lie 4 km to the south, beside the little church of Sant'Efisio. Each May the statue of Saint Ephysius, a Roman soldier martyred at Nora, is carried on an ox cart from Cagliari along the coast to the church and back, a feast kept since 1657 for the end of a plague.\n\nSanta Margherita di Pula, with hotels among pine woods, lies 8 km to the south-west, and Sarroch, with its oil refinery, 10 km to the north-east. Villa San Pietro lies inland.",
		{ Pula: [38.97, 9.0], 'Metropolitan City of Cagliari': [39.25, 9.1], Sardinia: [40.0, 9.0], Italy: ITALY, Cagliari: [39.22, 9.11], Nora: [38.98, 9.02], 'Capo di Pula': [38.98, 9.02], 'Santa Margherita di Pula': [38.93, 8.95], Sarroch: [39.07, 9.01], 'Villa San Pietro': [39.03, 8.99] },
		["Sant'Efisio", 'Saint Ephysius']
	)
];

// Half B: held out until the end of session 54.
export const WIKI_HELD_OUT_S54_B: GenreText[] = [
	w(
		"Stari Grad is a town and municipality on the north coast of the island of Hvar, one of the Dalmatian islands of Croatia, in Split-Dalmatia County. It had 2,800 inhabitants in 2021. Founded by Greeks from Paros in 384 BC as Pharos, it is among the oldest towns of Europe; the Stari Grad Plain behind it, whose fields are still divided by the stone walls the settlers laid out, is a World Heritage Site. The poet Petar Hektorović built his fortified house, Tvrdalj, with a fishpond, in the town in the 16th century.\n\nThe car ferry from Split lands 2 km west of the town. Jelsa lies 10 km to the east and Vrboska beyond it; Hvar, the island's main town, is 20 km to the south-west over the hills.",
		{ 'Stari Grad': [43.18, 16.6], Hvar: [43.15, 16.6], Croatia: CROATIA, 'Split-Dalmatia County': [43.5, 16.7], Paros: [37.08, 25.15], Pharos: [43.18, 16.6], Europe: EUROPE, 'Stari Grad Plain': [43.18, 16.63], Tvrdalj: [43.18, 16.6], Split: [43.51, 16.44], Jelsa: [43.16, 16.69], Vrboska: [43.18, 16.68] },
		['Petar Hektorović']
	),
	w(
		"Melness is a crofting township on the west side of the Kyle of Tongue in Sutherland, in the Highland council area of Scotland, 3 miles north of the causeway across the kyle from Tongue. Its crofts, with Talmine and Midtown, spread along the road above the sandy shore, and Talmine's small harbour once shipped salmon and kelp. The township had 250 people in the 2011 census, many of them Gaelic speakers until the 1950s.\n\nThe Rabbit Islands lie off Talmine in the mouth of the kyle, and Ben Loyal and Ben Hope rise to the south. Skerray lies 5 miles to the east beyond the kyle, and Durness 12 miles to the west across Loch Eriboll.",
		{ Melness: [58.52, -4.43], 'Kyle of Tongue': [58.5, -4.4], Sutherland: [58.25, -4.5], Highland: HIGHLAND, Scotland: SCOTLAND, Tongue: [58.48, -4.42], Talmine: [58.53, -4.43], Midtown: [58.51, -4.43], 'Rabbit Islands': [58.55, -4.41], 'Ben Loyal': [58.4, -4.43], 'Ben Hope': [58.41, -4.6], Skerray: [58.54, -4.3], Durness: [58.57, -4.75], 'Loch Eriboll': [58.5, -4.67] }
	),
	w(
		"Pyrgos is a village in the north-west of Tinos, an island of the Cyclades in Greece, 30 km from the town of Tinos. It had 300 inhabitants in 2011. The village is the home of the island's marble carvers: a school of fine arts teaches the craft, and the museum of Yannoulis Chalepas, the sculptor born here in 1851, stands beside the Museum of Marble Crafts. Its cemetery is known for its carved marble tombs.\n\nPanormos, its harbour, lies 3 km to the north on a bay. Isternia and Kardiani lie to the south-west on the road to the town of Tinos, and the Kechrovouni convent above it; Mykonos lies 30 km to the south-east across the strait.",
		{ Pyrgos: [37.6, 25.06], Tinos: [37.54, 25.16], Cyclades: CYCLADES, Greece: GREECE, Panormos: [37.64, 25.06], Isternia: [37.58, 25.04], Kardiani: [37.56, 25.06], Kechrovouni: [37.56, 25.15], Mykonos: [37.45, 25.35] },
		['Yannoulis Chalepas', 'Museum of Marble Crafts']
	),
	w(
		"San Francisco is a fourth-class municipality in the province of Cebu, Philippines, on Pacijan Island, one of the Camotes Islands, 60 km north-east of Cebu City across the Camotes Sea. It had 58,000 people in 2020 in 15 barangays. Pacijan is joined to Poro Island by a causeway through the mangroves, and the town's Lake Danao, 680 hectares of fresh water with an islet in the middle, is the largest lake of the islands. Santiago Bay, on the south coast, has white sand beaches and resorts.\n\nFerries sail from the port of Consuelo to Danao, on Cebu, and from Poro to Ormoc on Leyte. Poro and Tudela share Poro Island; Pilar lies on Ponson Island to the east.",
		{ 'San Francisco': [10.65, 124.35], Cebu: [10.3, 123.9], Philippines: PHILIPPINES, 'Pacijan Island': [10.62, 124.33], 'Camotes Islands': [10.65, 124.35], 'Cebu City': [10.32, 123.89], 'Camotes Sea': [10.5, 124.2], Pacijan: [10.62, 124.33], 'Poro Island': [10.63, 124.43], 'Lake Danao': [10.64, 124.33], 'Santiago Bay': [10.59, 124.33], Consuelo: [10.63, 124.32], Danao: [10.52, 124.03], Poro: [10.63, 124.41], Ormoc: [11.0, 124.61], Leyte: [10.9, 124.8], Tudela: [10.64, 124.47], Pilar: [10.81, 124.56], 'Ponson Island': [10.8, 124.56] }
	),
	w(
		"Bena is a traditional village of the Ngada people in Jerebuu district, Ngada Regency, on the island of Flores in East Nusa Tenggara, Indonesia, 10 km south of Bajawa on the slopes of the volcano Inerie. Its 45 houses of wood and thatch stand in two rows facing a long terraced court, on which stand the ngadhu, carved posts under a thatched umbrella for the clan's men, and the bhaga, small houses for its women; megaliths of the ancestors rise among them.\n\nLuba, a smaller village of the same kind, lies 2 km to the north, and the hot springs of Malanage to the south. Ende lies 120 km to the east by road, and Aimere on the south coast 25 km to the west.",
		{ Bena: [-8.88, 120.99], Jerebuu: [-8.87, 121.0], 'Ngada Regency': [-8.75, 121.0], Flores: FLORES, 'East Nusa Tenggara': EAST_NUSA_TENGGARA, Indonesia: INDONESIA, Bajawa: [-8.79, 120.98], Inerie: [-8.88, 120.95], Luba: [-8.86, 120.99], Malanage: [-8.9, 121.0], Ende: [-8.84, 121.66], Aimere: [-8.85, 120.78] },
		['Ngada people']
	),
	w(
		"Bellelay is a village in the municipality of Saicourt, in the Jura bernois administrative district of the canton of Bern, Switzerland, on a plateau of the Jura Mountains 7 km north-west of Tavannes. Its Premonstratensian abbey, founded in 1136 and rebuilt in the Baroque in the 18th century, was closed by the French in 1797; its church now holds exhibitions. The monks first made the cheese now called Tête de Moine, shaved into rosettes with a girolle, and a museum of its making stands in the old farm.\n\nThe Étang de la Gruère, a moor lake, lies 9 km to the west across the border with the canton of Jura, and Moutier 12 km to the east. Le Fuet, another village of the municipality, lies to the south.",
		{ Bellelay: [47.26, 7.17], Saicourt: [47.24, 7.2], 'Jura bernois': [47.2, 7.2], Bern: [46.8, 7.6], Switzerland: SWITZERLAND, 'Jura Mountains': [47.2, 7.0], Tavannes: [47.22, 7.2], 'Étang de la Gruère': [47.24, 7.05], Jura: [47.35, 7.15], Moutier: [47.28, 7.37], 'Le Fuet': [47.24, 7.18] },
		['Tête de Moine']
	),
	w(
		"Lech is a municipality in the Bludenz district of Vorarlberg, Austria, at 1,450 m on the Lech river below the Flexen Pass, 45 km south-east of Bregenz. It had 1,500 inhabitants in 2020 and beds for 10,000 visitors. Walsers from the Valais settled the valley in the 14th century, and its parish church dates from 1390. With Zürs, 6 km to the south, Oberlech and Zug, it forms a ski area linked by lifts to St. Anton am Arlberg in Tyrol, across the Arlberg; in 1906 the Arlberg Ski Club laid out one of the first ski routes of the Alps here.\n\nWarth, at the head of the valley, lies 15 km to the north-east; the river flows on into Bavaria and joins the Danube at Marxheim.",
		{ Lech: [47.21, 10.14], Bludenz: [47.15, 9.82], Vorarlberg: [47.25, 9.9], Austria: AUSTRIA, 'Flexen Pass': [47.15, 10.17], Bregenz: [47.5, 9.75], Valais: [46.2, 7.6], Zürs: [47.17, 10.17], Oberlech: [47.2, 10.13], Zug: [47.22, 10.13], 'St. Anton am Arlberg': [47.13, 10.27], Tyrol: TYROL, Arlberg: [47.13, 10.2], Alps: [47.0, 10.0], Warth: [47.26, 10.18], Bavaria: [48.8, 11.5], Danube: [48.72, 10.78], Marxheim: [48.74, 10.94] },
		['Walsers', 'Arlberg Ski Club']
	),
	w(
		"Krzyżowa (German: Kreisau) is a village in the administrative district of Gmina Świdnica, within Świdnica County, Lower Silesian Voivodeship, in south-western Poland, 10 km south-east of Świdnica and 50 km south-west of Wrocław. Field Marshal Helmuth von Moltke bought the estate in 1867 with the gift the nation gave him after the war with France; his great-grandnephew Helmuth James von Moltke gathered the Kreisau Circle here in 1942 and 1943 to plan a Germany after Hitler, and was hanged in 1945. In November 1989 Helmut Kohl and Tadeusz Mazowiecki met at a Mass of reconciliation on the estate, which now houses a foundation for European understanding.\n\nThe Owl Mountains rise to the south; Dzierżoniów lies 10 km and Bielawa 15 km to the south.",
		{ Krzyżowa: [50.8, 16.57], Kreisau: [50.8, 16.57], 'Gmina Świdnica': [50.84, 16.49], 'Świdnica County': [50.85, 16.5], 'Lower Silesian Voivodeship': [51.0, 16.3], Poland: POLAND, Świdnica: [50.84, 16.49], Wrocław: [51.11, 17.03], France: FRANCE, Germany: GERMANY, 'Owl Mountains': [50.67, 16.5], Dzierżoniów: [50.73, 16.65], Bielawa: [50.69, 16.62] },
		['Helmuth von Moltke', 'Helmuth James von Moltke', 'Kreisau Circle', 'Hitler', 'Helmut Kohl', 'Tadeusz Mazowiecki']
	),
	w(
		"Štramberk (German: Stramberg) is a town in Nový Jičín District in the Moravian-Silesian Region of the Czech Republic, in the Moravian Gate 6 km east of Nový Jičín. It had 3,300 inhabitants in 2021. Its wooden houses of the 18th century crowd the slopes below Trúba, the round tower of a castle of the 13th century, and Šipka cave in the limestone hill of Kotouč above the town gave up the jaw of a Neanderthal child in 1880. The town is known for the Štramberk ears, cones of gingerbread said to recall the ears cut from Tatar raiders in 1241.\n\nKopřivnice, where Tatra has built cars and trucks since 1897, lies 3 km to the north, and Příbor, birthplace of Sigmund Freud, 6 km to the north; the Beskids rise to the south-east.",
		{ Štramberk: [49.59, 18.12], Stramberg: [49.59, 18.12], 'Nový Jičín District': [49.6, 18.0], 'Moravian-Silesian Region': [49.8, 18.0], 'Czech Republic': CZECH_REPUBLIC, 'Moravian Gate': [49.6, 17.9], 'Nový Jičín': [49.59, 18.01], Trúba: [49.59, 18.12], Šipka: [49.59, 18.12], Kotouč: [49.59, 18.13], Kopřivnice: [49.6, 18.14], Příbor: [49.64, 18.14], Beskids: [49.5, 18.4] },
		['Tatra', 'Sigmund Freud', 'Tatar']
	),
	w(
		"Doolin is a coastal village in the Burren, in the north-west of County Clare, Ireland, on the Atlantic 7 km north of the Cliffs of Moher. The village is made up of Fisherstreet, by the pier, and Roadford, 1 km inland, in the townlands of Doonagore and Ballyvoe; the pubs of both were the heart of the revival of traditional music in the 1970s. The Doolin Cave holds the Great Stalactite, 7.3 m long, one of the longest hanging free in Europe.\n\nFerries leave the pier for Inisheer, the nearest of the Aran Islands, 8 km off, and for the cliffs. Lisdoonvarna, with its matchmaking festival, lies 7 km to the east, and Ennis 40 km to the south-east.",
		{ Doolin: [53.02, -9.38], Burren: [53.05, -9.1], 'County Clare': [52.85, -9.0], Ireland: IRELAND, Atlantic: ATLANTIC_OCEAN, 'Cliffs of Moher': [52.97, -9.43], Fisherstreet: [53.02, -9.4], Roadford: [53.02, -9.38], Doonagore: [53.01, -9.4], Ballyvoe: [53.02, -9.37], 'Doolin Cave': [53.03, -9.37], Europe: EUROPE, Inisheer: [53.06, -9.52], 'Aran Islands': [53.1, -9.7], Lisdoonvarna: [53.03, -9.29], Ennis: [52.84, -8.98] },
		['Great Stalactite']
	),
	w(
		"Llangrannog is a village and community in Ceredigion, Wales, in a narrow valley that opens onto a beach of Cardigan Bay, 9 miles north-east of Cardigan. It had 750 people in the community in 2011. The village takes its name from Saint Carannog, who founded a cell here in the 6th century; his statue stands on the rocks above the beach. Since 1932 the Urdd, the Welsh youth movement, has run its first camp on the hill above the village.\n\nThe coastal path runs north to Ynys Lochtyn, a tidal island owned by the National Trust, and on to New Quay, 9 miles away; Penbryn beach lies 2 miles to the south-west, and Pontgarreg and Brynhoffnant inland.",
		{ Llangrannog: [52.16, -4.47], Ceredigion: [52.3, -4.0], Wales: WALES, 'Cardigan Bay': [52.4, -4.4], Cardigan: [52.08, -4.66], 'Ynys Lochtyn': [52.17, -4.45], 'New Quay': [52.21, -4.36], Penbryn: [52.14, -4.5], Pontgarreg: [52.15, -4.44], Brynhoffnant: [52.13, -4.43] },
		['Saint Carannog', 'Urdd', 'National Trust']
	),
	w(
		"Gränna is a locality in Jönköping Municipality, Jönköping County, Sweden, on the eastern shore of Lake Vättern 35 km north-east of Jönköping. It had 2,600 inhabitants in 2020. Count Per Brahe the Younger founded the town in 1652 below his castle of Brahehus, now a ruin on the hill above, and its straight streets of wooden houses keep his plan. Gränna is known for the polkagris, a striped peppermint rock first boiled here by Amalia Eriksson in 1859, and as the birthplace of the balloonist S. A. Andrée, who died on his way to the North Pole in 1897; a museum shows what was found of his expedition on Kvitøya.\n\nA ferry crosses in 20 minutes to the island of Visingsö, and Ödeshög lies 25 km to the north on the E4.",
		{ Gränna: [58.02, 14.46], 'Jönköping Municipality': [57.78, 14.16], 'Jönköping County': [57.5, 14.5], Sweden: SWEDEN, 'Lake Vättern': [58.3, 14.5], Jönköping: [57.78, 14.16], Brahehus: [57.99, 14.43], 'North Pole': [90.0, 0.0], Kvitøya: [80.15, 31.5], Visingsö: [58.04, 14.33], Ödeshög: [58.23, 14.65] },
		['Per Brahe the Younger', 'Amalia Eriksson', 'S. A. Andrée', 'E4']
	),
	w(
		"Olinalá is a town and municipality in the Montaña region of Guerrero, Mexico, in the Sierra Madre del Sur 85 km north-east of Chilpancingo. It had 26,000 people in 2020, many of them Nahua. The town is known for its lacquer: boxes, chests and gourds of the fragrant wood of the linaloe tree, painted in layers of coloured earth and chia oil and scratched or painted with birds and flowers, a craft older than the Spanish conquest.\n\nThe road to the town climbs from Tlapa de Comonfort, the seat of the region, 30 km to the south-east, or from Chilapa de Álvarez to the south-west; Huamuxtitlán lies to the east.",
		{ Olinalá: [17.78, -98.74], Montaña: [17.6, -98.6], Guerrero: [17.6, -99.9], Mexico: MEXICO, 'Sierra Madre del Sur': [17.5, -99.0], Chilpancingo: [17.55, -99.5], 'Tlapa de Comonfort': [17.55, -98.57], 'Chilapa de Álvarez': [17.6, -99.18], Huamuxtitlán: [17.8, -98.57] },
		['Nahua']
	),
	w(
		"Lavras Novas is a district of the municipality of Ouro Preto, in the state of Minas Gerais, Brazil, at 1,200 m in the Serra do Trovão 17 km south-east of the town of Ouro Preto. It had 900 inhabitants in 2010, many descended from the slaves who mined gold here from the early 18th century. Its single street of white houses leads to the church of Our Lady of the Pleasures, of 1730; since the 1990s the village has become a weekend retreat for people from Belo Horizonte, 100 km to the north, with inns and waterfalls.\n\nChapada, a smaller village of the district, lies 4 km to the west, and Mariana 13 km to the north-east. The town of Lavras, in the south of the state, is 180 km away.",
		{ 'Lavras Novas': [-20.47, -43.5], 'Ouro Preto': [-20.39, -43.5], 'Minas Gerais': MINAS_GERAIS, Brazil: BRAZIL, 'Serra do Trovão': [-20.47, -43.5], 'Belo Horizonte': [-19.92, -43.94], Chapada: [-20.48, -43.53], Mariana: [-20.38, -43.42], Lavras: [-21.25, -45.0] },
		['Our Lady of the Pleasures']
	),
	w(
		"Curaco de Vélez is a town and commune in Chiloé Province, in the Los Lagos Region of Chile, on the island of Quinchao in the inner sea of the Chiloé Archipelago, 15 km north-east of Castro. It had 3,400 inhabitants in 2017. Its wooden houses of the 19th century, shingled with alerce, face a beach where middens of oyster shells left by the Chono people still lie; the town keeps a monument to the admiral Galvarino Riveros, born here in 1829. The commune covers the west of Quinchao and the islets of Chelín and Quehui.\n\nThe ferry from Dalcahue, on the main island of Chiloé, lands at Huyar, 3 km to the west; Achao, the seat of the neighbouring commune, with its wooden church of 1740, lies 15 km to the east.",
		{ 'Curaco de Vélez': [-42.44, -73.6], 'Chiloé Province': [-42.5, -73.9], 'Los Lagos Region': [-41.5, -73.0], Chile: CHILE, Quinchao: [-42.5, -73.5], 'Chiloé Archipelago': [-42.5, -73.7], Castro: [-42.48, -73.76], Chelín: [-42.58, -73.55], Quehui: [-42.6, -73.5], Dalcahue: [-42.38, -73.65], Chiloé: [-42.6, -73.9], Huyar: [-42.44, -73.62], Achao: [-42.47, -73.49] },
		['Chono', 'Galvarino Riveros']
	),
	w(
		"Piplantri is a village and gram panchayat in Rajsamand district of Rajasthan, India, in the Aravalli hills 5 km west of the town of Rajsamand. It had 2,000 people in 2011. Since 2006 the village has planted 111 trees for each girl born, a custom begun by its former sarpanch Shyam Sundar Paliwal in memory of his daughter; the parents sign a pledge not to marry her before she is of age, and the village puts 31,000 rupees in a fund for her. Aloe vera planted to keep termites from the trees is made into gels and juices.\n\nRajsamand Lake, dug in the 1660s, lies to the east, and Nathdwara, with its temple of Shrinathji, 15 km to the south; Udaipur lies 60 km to the south-west.",
		{ Piplantri: [25.07, 73.85], Rajsamand: [25.07, 73.88], Rajasthan: [26.5, 73.8], India: INDIA, Aravalli: [25.0, 73.8], 'Rajsamand Lake': [25.07, 73.88], Nathdwara: [24.93, 73.82], Udaipur: [24.58, 73.71] },
		['Shyam Sundar Paliwal', 'Shrinathji']
	),
	w(
		"Xitang is a town in Jiashan County, under the prefecture-level city of Jiaxing, in the north of Zhejiang, China, on the plain of the Yangtze delta 65 km south-west of Shanghai. It had 80,000 people in 2010. Its old town of the Ming and Qing dynasties lies on nine canals crossed by 104 bridges; covered walkways more than a kilometre long run along the water, and a merchant's house holds a museum of woodcarving. Scenes of Mission: Impossible III were filmed here in 2005.\n\nJiashan, the county seat, lies 10 km to the south, and Jiaxing 30 km to the south-west; Zhujiajiao, another water town, lies 25 km to the north-east in Shanghai's Qingpu District.",
		{ Xitang: [30.94, 120.89], 'Jiashan County': [30.84, 120.92], Jiaxing: [30.75, 120.75], Zhejiang: ZHEJIANG, China: CHINA, Yangtze: [31.5, 121.0], Shanghai: [31.23, 121.47], Jiashan: [30.84, 120.92], Zhujiajiao: [31.11, 121.05], 'Qingpu District': [31.15, 121.12] },
		['Ming', 'Qing', 'Mission: Impossible III']
	),
	w(
		"Oguta is a town and Local Government Area in Imo State, Nigeria, on the shore of Oguta Lake, 35 km north-west of Owerri. The lake, the largest in the state, is fed by the Njaba and drains by a short channel into the Orashi, which joins the Niger. Oguta was a trading post of the Royal Niger Company, and in the civil war the Biafran army fought to hold it in 1968. The novelist Flora Nwapa, the first African woman published in English in Britain, was born here in 1931 and set her novel Efuru on the lake.\n\nOnitsha lies 50 km to the north, and Port Harcourt 100 km to the south; Mgbidi lies on the road to Owerri.",
		{ Oguta: [5.71, 6.8], 'Imo State': [5.5, 7.0], Nigeria: NIGERIA, 'Oguta Lake': [5.71, 6.78], Owerri: [5.48, 7.03], Njaba: [5.71, 6.85], Orashi: [5.5, 6.6], Niger: [6.0, 6.75], Britain: UNITED_KINGDOM, Onitsha: [6.15, 6.79], 'Port Harcourt': [4.82, 7.05], Mgbidi: [5.73, 6.9] },
		['Royal Niger Company', 'Flora Nwapa', 'Efuru', 'Biafran']
	),
	w(
		"Loiyangalani is a town in Laisamis constituency of Marsabit County, Kenya, on the south-eastern shore of Lake Turkana, 150 km west of Marsabit town. Its name means 'the place of many trees' in Samburu, for the doum palms fed by its springs. The El Molo, the smallest people of Kenya, live in villages on the shore north of the town, and the Turkana, Rendille and Samburu trade in its market; the Lake Turkana Festival was held here each year from 2008.\n\nMount Kulal rises to the east, and South Island National Park lies in the lake 20 km to the south-west. Sibiloi National Park and Koobi Fora lie 150 km to the north along the east shore. The road runs south to South Horr and Baragoi.",
		{ Loiyangalani: [2.76, 36.72], Laisamis: [1.6, 37.8], 'Marsabit County': [2.5, 37.5], Kenya: KENYA, 'Lake Turkana': [2.8, 36.6], Marsabit: [2.33, 37.99], 'Mount Kulal': [2.72, 36.93], 'South Island National Park': [2.63, 36.6], 'Sibiloi National Park': [4.0, 36.35], 'Koobi Fora': [3.95, 36.2], 'South Horr': [2.1, 36.92], Baragoi: [1.78, 36.78] },
		['El Molo', 'Turkana', 'Rendille', 'Samburu', 'Lake Turkana Festival']
	),
	w(
		"Sainte-Pétronille is a village municipality at the south-western tip of Île d'Orléans, in L'Île-d'Orléans Regional County Municipality, Capitale-Nationale, Quebec, Canada, facing Quebec City across the Saint Lawrence. It had 1,050 people in 2021. Settled in the 1670s, it became a summer resort for the English-speaking merchants of Quebec City in the 19th century, who built villas along the shore road; the painter Horatio Walker kept a studio here.\n\nThe bridge to the island joins it to the mainland at Boischatel, near Montmorency Falls; Saint-Laurent-de-l'Île-d'Orléans lies 8 km to the east along the south shore.",
		{ 'Sainte-Pétronille': [46.85, -71.13], "Île d'Orléans": [46.92, -70.97], "L'Île-d'Orléans Regional County Municipality": [46.92, -70.97], 'Capitale-Nationale': [47.5, -71.5], Quebec: QUEBEC, Canada: CANADA, 'Quebec City': [46.81, -71.21], 'Saint Lawrence': [46.85, -71.1], Boischatel: [46.9, -71.15], 'Montmorency Falls': [46.89, -71.15], "Saint-Laurent-de-l'Île-d'Orléans": [46.86, -71.0] },
		['Horatio Walker']
	),
	w(
		"Chebeague Island is a town in Cumberland County, Maine, United States, on Great Chebeague Island in Casco Bay, 10 miles north-east of Portland. It had 350 people in 2020, rising to 1,500 in summer. The island was part of the town of Cumberland until 2007, when its people voted to secede; ferries run to Cousins Island in Yarmouth and to Portland. Its fishermen once sailed stone sloops that carried granite for the forts and buildings of the East Coast.\n\nThe Chebeague Island Inn, of 1925, stands above the golf course; Little Chebeague, joined at low tide by a sand bar, lies to the south-west, and Long Island beyond it.",
		{ 'Chebeague Island': [43.74, -70.12], 'Cumberland County': [43.8, -70.3], Maine: MAINE, 'United States': US, 'Great Chebeague Island': [43.74, -70.12], 'Casco Bay': [43.7, -70.1], Portland: [43.66, -70.26], Cumberland: [43.8, -70.26], 'Cousins Island': [43.75, -70.15], Yarmouth: [43.8, -70.19], 'East Coast': [38.0, -76.0], 'Little Chebeague': [43.72, -70.14], 'Long Island': [43.69, -70.16] },
		['Chebeague Island Inn']
	),
	w(
		"Gorgonzola is a comune in the Metropolitan City of Milan, in Lombardy, Italy, on the Martesana canal 20 km north-east of Milan. It had 20,000 inhabitants in 2020. The blue cheese named after the town was made here from the Middle Ages, when herds driven down from the Alps in autumn rested in its meadows; its making moved to Novara and the plain of Piedmont in the 20th century, and no dairy in the town makes it now, though it holds a cheese festival each September. The neoclassical church of Saints Protasius and Gervasius was built by Simone Cantoni in 1820.\n\nLine 2 of the Milan Metro reaches the town; Cassina de' Pecchi lies to the west along the canal, and Melzo to the south-east.",
		{ Gorgonzola: [45.53, 9.4], 'Metropolitan City of Milan': [45.45, 9.2], Lombardy: [45.6, 9.8], Italy: ITALY, Martesana: [45.53, 9.4], Milan: [45.46, 9.19], Alps: [46.3, 9.5], Novara: [45.45, 8.62], Piedmont: [45.0, 8.0], "Cassina de' Pecchi": [45.52, 9.36], Melzo: [45.5, 9.42] },
		['Saints Protasius and Gervasius', 'Simone Cantoni', 'Milan Metro']
	),
	w(
		"Tokaj is a town in Borsod-Abaúj-Zemplén County, in northern Hungary, where the Bodrog flows into the Tisza below the volcanic Tokaj Hill, 45 km east of Miskolc. It had 4,000 inhabitants in 2020. The town gave its name to a wine region and to Tokaji aszú, the sweet wine of grapes shrivelled by noble rot, which Louis XIV called the wine of kings; its cellars, cut into the rock, run for kilometres under the streets. The whole wine region is a World Heritage Site.\n\nTarcal lies 5 km to the west at the foot of the hill, and Sárospatak, with the castle of the Rákóczi family, 30 km to the north-east up the Bodrog; Nyíregyháza lies 30 km to the south-east across the Tisza.",
		{ Tokaj: [48.12, 21.41], 'Borsod-Abaúj-Zemplén County': [48.25, 20.9], Hungary: HUNGARY, Bodrog: [48.12, 21.41], Tisza: [48.12, 21.41], 'Tokaj Hill': [48.13, 21.38], Miskolc: [48.1, 20.78], Tarcal: [48.13, 21.35], Sárospatak: [48.32, 21.57], Nyíregyháza: [47.96, 21.72] },
		['Tokaji aszú', 'Louis XIV', 'Rákóczi', 'World Heritage Site']
	),
	w(
		"Cocullo is a comune of 230 people in the province of L'Aquila, in Abruzzo, Italy, in the mountains 15 km west of Sulmona. On the first day of May the village keeps the feast of Saint Dominic of Sora, the Festa dei Serpari: men of the village catch grass snakes in the hills in spring and drape them, alive, over the saint's statue before it is carried through the streets, and pilgrims pull the saint's bell with their teeth against toothache. Dominic is said to have freed the region of snakes and wolves in the 11th century.\n\nAnversa degli Abruzzi lies 5 km to the south above the Sagittario gorges, and Scanno 16 km to the south; the A25 motorway passes the village in a tunnel on its way from Rome to Pescara.",
		{ Cocullo: [42.03, 13.78], "L'Aquila": [42.35, 13.4], Abruzzo: [42.2, 13.8], Italy: ITALY, Sulmona: [42.05, 13.93], 'Anversa degli Abruzzi': [41.99, 13.8], Sagittario: [41.95, 13.85], Scanno: [41.9, 13.88], Rome: [41.9, 12.5], Pescara: [42.46, 14.21] },
		['Saint Dominic of Sora', 'Festa dei Serpari', 'Dominic']
	)
];

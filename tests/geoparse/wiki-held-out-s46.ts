// Held-out Wikipedia-style articles about small places, session 46 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after searching every older batch under tests/geoparse for them: none is an older text's subject. Shapes the older
// wiki batches lack: the local divisions of countries they cover least (a Portuguese freguesia and its municipality,
// a Swedish tätort, Norwegian and Danish kommuner with their islands and peaks, an Estonian island vald, a Latvian
// municipality, Ukrainian raions and hromadas with towns renamed under decommunisation, Greek municipal units,
// Japanese machi and mura in their gun, Philippine barangays, Australian shires and councils, New Zealand districts,
// South African local and district municipalities named after people, Irish civil parishes and baronies, English civil
// parishes and a metropolitan "City of Bradford"); articles whose subject is a river with its tributaries and dams
// (Drina, Isar), a lake with its inflow and outflow (Lake Inari, Hallstätter See) or a mountain with its range,
// glaciers and huts (Grossglockner, Mount Taranaki); "Transport" sections naming stations, lines, junctions, ferries
// and the roads between towns (Mariefred, Llandrindod Wells, Ærøskøbing, Crianlarich, Nida); "Demographics" sections
// naming where immigrants came from (Griffith, Southall, Lobethal). Leads of session 45 on purpose: "City of Griffith",
// "City of Bradford", "Province of Canada", "Province of Lower Canada", "Province of Upper Canada", features the
// gazetteer may lack beside a far namesake town (Mount William, Mount Kenashi, Ben More, Arrow River, Bush Creek).
// Traps: people named like places (Duke of Richmond, Arthur Griffith, Walter Burley Griffin, Inês de Castro, Knights
// of Santiago, Charles Murray, Thomas Mann, James Cook, Earl of Egmont, Virgil), places named for people (Dr Beyers
// Naudé, Sarah Baartman, Raymond Mhlaba, Kaiser-Franz-Josefs-Höhe), names inside names (Kals am Großglockner, Bad
// Goisern am Hallstättersee, Coln St Aldwyns, Ischia di Castro, Leeds Bradford Airport, Arlington Row, Sviatohirsk
// Lavra, Kilfenora Céilí Band), renamed towns (Komsomolsk, Dniprodzerzhynsk, Slovianohirsk, Tweedvale, Grahamstown,
// Newark, York, Nidden), and namesakes of famous places (Oeiras, Otta, Matsukawa, Alice, East London, Cashel,
// Horsham, Dunkeld, Knighton, Newtown, Bruck, Compton, Farnese, Middelburg, Bethesda, Corofin, Reading, Hayes,
// Stratford, Odessa, Alexandria, Perth, Youngstown, Steeg).
// Split in two halves: A (to tune on from session 46) and B (never tuned on: scored before and after).
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s46 [--a-only]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME` where the
// gazetteer has it (rounded to 0.01°; rivers and lakes at the stretch the article means, a river that is the subject
// at its middle course; a historical state at its main territory; countries at the gazetteer's own point). A country
// or region is right within 800 km, others within 161 km; a toponym inside a longer gold name is wrong (the batch is
// marked so), save that a capitalised "City of X" marks X alone, as Hu2014's gold does ("City of Greenville"; aligned
// after session 46's review). Lower-case feature words stay outside a gold name ("Obuse station", "the Sylvenstein
// reservoir", "the Cotswold district"), as GeoWebNews marks them. notPlaces: people, companies, roads, railway lines, buildings,
// events, peoples and languages named like places; a country's adjective is left ungraded. Many gold names are not in
// the gazetteer: they count as "not mapped", not as wrong.
// First honest score (main ccbd851, before any change tuned on it): half A 242/258 = 0.938 (119 graded names not
// mapped; 3 names of no place mapped: Santiago of the Knights of Santiago, Ottoman, Italians); half B 267/278 = 0.960
// (118 not mapped; 6 names of no place mapped). Misses of half A: parts of longer names (City of Bradford, City of
// Griffith: 244/258 once "City of X" marked X alone; Leeds and Liverpool Canal, Leeds Bradford Airport, Province of
// Canada read as the country); far namesakes
// (Oeiras the stream read as the Lisbon town, Victoria's goldfields in Hong Kong, Petsamo in Finland, Lim as Lima,
// Cashel of Connemara as Cashel, Tipperary); a lake the gazetteer lacks read at a far town (Lake Bellfield as
// Bellfield, Melbourne); the Alps' point 200 km from the Grossglockner.
// After session 46's changes tuned on A (a lake, mountain, stream or valley named like a far town, and a bay the
// subject is described in, left unmapped: far-from-subject.ts; Rømø and Sylt curated): A 244/256 = 0.953, B 267/278 =
// 0.960 (unchanged; scored once at the end). Misses of half B (read at the session's end): parts of longer names
// ("Regional Municipality of Niagara" read as Niagara, "Province of Canada" as the country, "Shiga Kōgen", "Lower
// Bavaria"); far namesakes (Newark NJ, Steeg in Tyrol, Kamari near Delphi, Dachstein in Alsace,
// New York as the city); the Danube's point far from the Isar's mouth; peoples read as countries (Russian, Ukrainian,
// Somalis, Afghans, Asians) and the Moriscos as a village.
import type { GenreText } from './genre-texts.ts';
import { US, ENGLAND, WALES, FRANCE, GERMANY, INDIA, PHILIPPINES } from './gold-points.ts';

const w = (text: string, gold: Record<string, [number, number]>, notPlaces?: string[]): GenreText => ({ genre: 'wikipedia', text, gold, notPlaces });
// countries, states, regions, oceans and seas (a country or region is right within 800 km)
const CANADA: [number, number] = [60.11, -113.64];
const QUEBEC: [number, number] = [52.0, -72.0];
const ONTARIO: [number, number] = [47.5, -81.0];
const NEW_YORK_STATE: [number, number] = [42.9, -75.5];
const VERMONT: [number, number] = [44.56, -72.58];
const NEW_HAMPSHIRE: [number, number] = [43.7, -71.6];
const PROVINCE_OF_CANADA: [number, number] = [45.5, -75.5];
const LOWER_CANADA: [number, number] = [46.5, -72.0];
const UPPER_CANADA: [number, number] = [44.5, -79.0];
const IRELAND: [number, number] = [53.0, -8.0];
const SCOTLAND: [number, number] = [56.5, -4.0];
const UNITED_KINGDOM: [number, number] = [54.0, -2.0];
const PORTUGAL: [number, number] = [39.5, -8.0];
const SPAIN: [number, number] = [40.0, -4.0];
const ITALY: [number, number] = [42.83, 12.83];
const NETHERLANDS: [number, number] = [52.25, 5.75];
const AUSTRIA: [number, number] = [47.5, 14.5];
const DENMARK: [number, number] = [56.0, 10.0];
const SWEDEN: [number, number] = [62.0, 15.0];
const NORWAY: [number, number] = [62.0, 10.0];
const FINLAND: [number, number] = [64.0, 26.0];
const ESTONIA: [number, number] = [58.7, 25.5];
const LATVIA: [number, number] = [57.0, 25.0];
const LITHUANIA: [number, number] = [56.0, 24.0];
const RUSSIA: [number, number] = [60.0, 100.0];
const SOVIET_UNION: [number, number] = [60.0, 100.0];
const UKRAINE: [number, number] = [49.0, 32.0];
const GREECE: [number, number] = [39.0, 22.0];
const SERBIA: [number, number] = [44.0, 21.0];
const BOSNIA: [number, number] = [44.0, 18.0];
const MONTENEGRO: [number, number] = [42.75, 19.25];
const BALKANS: [number, number] = [43.5, 20.5];
const PRUSSIA: [number, number] = [52.5, 14.5];
const EAST_PRUSSIA: [number, number] = [54.5, 21.0];
const EUROPE: [number, number] = [48.69, 9.14];
const SCANDINAVIA: [number, number] = [62.0, 15.0];
const JAPAN: [number, number] = [35.69, 139.75];
const CHINA: [number, number] = [35.0, 105.0];
const AUSTRALIA: [number, number] = [-25.0, 134.0];
const NEW_ZEALAND: [number, number] = [-41.0, 174.0];
const SOUTH_AFRICA: [number, number] = [-29.0, 24.0];
const KENYA: [number, number] = [1.0, 38.0];
const UGANDA: [number, number] = [1.0, 32.0];
const TANZANIA: [number, number] = [-6.0, 35.0];
const TONGA: [number, number] = [-20.0, -175.0];
const SAMOA: [number, number] = [-13.8, -172.13];
const PACIFIC_OCEAN: [number, number] = [0.0, -160.0];
const BALTIC_SEA: [number, number] = [57.0, 19.0];
const BARENTS_SEA: [number, number] = [74.0, 40.0];
const PUNJAB_IN: [number, number] = [31.0, 75.5];
const MICHIGAN: [number, number] = [44.3, -85.4];
const VICTORIA_AU: [number, number] = [-37.0, 144.5];
const NEW_SOUTH_WALES: [number, number] = [-32.0, 147.0];
const SOUTH_AUSTRALIA: [number, number] = [-30.0, 135.0];
const SOUTH_ISLAND: [number, number] = [-43.5, 171.0];
const NORTH_ISLAND: [number, number] = [-38.5, 175.5];
const EASTERN_CAPE: [number, number] = [-32.0, 26.5];
const LUZON: [number, number] = [16.5, 121.0];
const CORDILLERA: [number, number] = [17.35, 121.17];
const ALPS: [number, number] = [46.5, 10.0];
const TYROL: [number, number] = [47.25, 11.4];
const BAVARIA: [number, number] = [48.8, 11.5];
const STYRIA: [number, number] = [47.25, 15.0];
const UPPER_AUSTRIA: [number, number] = [48.2, 14.0];
const SILESIA: [number, number] = [51.0, 17.0];
const BRANDENBURG: [number, number] = [52.4, 13.0];
const GUANGDONG: [number, number] = [23.4, 113.5];
const LAPLAND: [number, number] = [67.5, 26.0];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S46_A: GenreText[] = [
	w(
		"Mértola is a town and civil parish (freguesia) of Mértola Municipality in the Beja District of Portugal, in the Baixo Alentejo, on a rocky spur where the Oeiras stream meets the Guadiana. The municipality had about 6,200 inhabitants in 2021, the town some 1,200.\n\nHistory\nThe Phoenicians and then the Romans, who called the town Myrtilis, used it as the last river port that ships could reach from the sea, and loaded there the copper of the mines at São Domingos. Under Moorish rule it was for a time the seat of a taifa kingdom, and its main church was a mosque until the Knights of Santiago took the town in 1238.\n\nGeography\nThe Guadiana flows south past Pomarão, where the Chança brings it to the border with Spain, and on past Alcoutim to the sea at Vila Real de Santo António. Beja lies 50 km to the north-west, and Serpa 40 km to the north.",
		{ Mértola: [37.64, -7.66], 'Mértola Municipality': [37.65, -7.66], 'Beja District': [37.9, -7.9], Portugal: PORTUGAL, 'Baixo Alentejo': [37.9, -7.9], Oeiras: [37.64, -7.66], Guadiana: [37.64, -7.66], Myrtilis: [37.64, -7.66], 'São Domingos': [37.67, -7.5], Pomarão: [37.56, -7.53], Chança: [37.56, -7.53], Spain: SPAIN, Alcoutim: [37.47, -7.47], 'Vila Real de Santo António': [37.19, -7.42], Beja: [38.02, -7.86], Serpa: [37.94, -7.6] },
		['Phoenicians', 'Romans', 'Moorish', 'Knights of Santiago', 'Santiago']
	),
	w(
		"Mariefred is a locality (tätort) in Strängnäs Municipality, Södermanland County, Sweden, on the southern shore of Lake Mälaren, with about 4,000 inhabitants. It lies 65 km west of Stockholm.\n\nHistory\nThe town takes its name from Pax Mariae, a Carthusian monastery founded here in 1493. Gustav Vasa closed the monastery and built Gripsholm Castle on the shore in the 1530s; the castle now holds the national portrait collection.\n\nTransport\nMariefred has no main-line station: a narrow-gauge museum railway, the Östra Södermanlands Järnväg, runs 4 km to Läggesta, where trains stop on the line between Stockholm and Eskilstuna. In summer an old steamer sails from Stockholm across the lake. Strängnäs, the municipal seat, is 15 km to the north-west and Södertälje 30 km to the east.",
		{ Mariefred: [59.26, 17.22], 'Strängnäs Municipality': [59.3, 17.0], 'Södermanland County': [59.0, 16.7], Sweden: SWEDEN, 'Lake Mälaren': [59.3, 17.2], Stockholm: [59.33, 18.07], Läggesta: [59.25, 17.17], Eskilstuna: [59.37, 16.51], Strängnäs: [59.38, 17.03], Södertälje: [59.2, 17.63] },
		['Pax Mariae', 'Carthusian', 'Gustav Vasa', 'Gripsholm Castle', 'Östra Södermanlands Järnväg']
	),
	w(
		"Lom is a municipality in Innlandet county, Norway, in the upper Gudbrandsdal, where the Bøvra flows into the Otta. The administrative centre is the village of Fossbergom, often itself called Lom. The municipality had 2,300 inhabitants in 2022, and its stave church, from the late 12th century, is one of the largest in Norway.\n\nGeography\nMuch of Jotunheimen lies within Lom, and with it Galdhøpiggen, at 2,469 m the highest peak of Norway and of Scandinavia, and its neighbour Glittertind. Climbers set out from Spiterstulen in the Visdalen valley or from Juvasshytta above Bøverdalen. The road over Sognefjellet, the highest mountain pass road in northern Europe, leads from Lom to Skjolden at the head of the Lustrafjord.\nLom borders Skjåk to the west, Vågå to the east and Luster, in Vestland, to the south-west.",
		{ Lom: [61.84, 8.57], Innlandet: [61.5, 10.0], Norway: NORWAY, Gudbrandsdal: [61.5, 9.8], Bøvra: [61.84, 8.56], Otta: [61.84, 8.6], Fossbergom: [61.84, 8.57], Jotunheimen: [61.6, 8.3], Galdhøpiggen: [61.64, 8.31], Scandinavia: SCANDINAVIA, Glittertind: [61.65, 8.56], Spiterstulen: [61.62, 8.4], Visdalen: [61.65, 8.45], Juvasshytta: [61.68, 8.37], Bøverdalen: [61.7, 8.3], Sognefjellet: [61.55, 7.95], Europe: EUROPE, Skjolden: [61.48, 7.6], Lustrafjord: [61.35, 7.4], Skjåk: [61.87, 8.37], Vågå: [61.87, 9.1], Luster: [61.43, 7.4], Vestland: [61.0, 6.5] }
	),
	w(
		"Kihnu is an island in the Gulf of Riga and a rural municipality (vald) of Pärnu County, Estonia, 12 km off the mainland and 40 km south-west of Pärnu. Some 500 people live in its four villages, Lemsi, Linaküla, Rootsiküla and Sääre.\n\nHistory\nThe island's culture, with its songs, dances and striped woollen skirts, is on UNESCO's list of the intangible heritage of humanity. Its best-known son, the sea captain Enn Uuetoa, called Kihnu Jõnn, sailed the world's oceans and drowned in 1913 when his ship ran aground off the coast of Denmark; he is buried on the island.\n\nTransport\nFerries run from Munalaid, on the mainland near Tõstamaa, in an hour, and in cold winters an ice road crosses from the mainland. Small planes fly from Pärnu airport. Ruhnu, the other inhabited island of the gulf, lies 55 km to the south-west, nearer to Latvia.",
		{ Kihnu: [58.13, 23.98], 'Gulf of Riga': [57.8, 23.5], 'Pärnu County': [58.4, 24.5], Estonia: ESTONIA, Pärnu: [58.39, 24.5], Lemsi: [58.1, 24.0], Linaküla: [58.13, 23.97], Rootsiküla: [58.12, 23.97], Sääre: [58.1, 24.0], Denmark: DENMARK, Munalaid: [58.22, 23.86], Tõstamaa: [58.33, 23.98], Ruhnu: [57.8, 23.25], Latvia: LATVIA },
		['UNESCO', 'Enn Uuetoa', 'Kihnu Jõnn']
	),
	w(
		"Sigulda is a town in Sigulda Municipality in the Vidzeme region of Latvia, on the Gauja 50 km north-east of Riga. It had about 10,000 inhabitants in 2022. Its wooded valley, with sandstone cliffs and caves such as Gūtmaņa Cave, lies at the heart of Gauja National Park.\n\nHistory\nThe Livonian Brothers of the Sword built a castle they called Segewold here in 1207; across the river stood Turaida, the castle of the Archbishop of Riga, and Krimulda on the slopes between them. The town grew after the railway from Riga to Valga and Pskov opened in 1889.\n\nTransport\nSigulda station is on the line from Riga to Valga, an hour by train from the capital. The main road towards Estonia passes the town; Cēsis is 40 km to the north-east, and Valmiera 70 km.",
		{ Sigulda: [57.15, 24.85], 'Sigulda Municipality': [57.15, 24.85], Vidzeme: [57.4, 25.5], Latvia: LATVIA, Gauja: [57.15, 24.83], Riga: [56.95, 24.11], 'Gūtmaņa Cave': [57.17, 24.84], 'Gauja National Park': [57.25, 25.0], Segewold: [57.15, 24.85], Turaida: [57.18, 24.85], Krimulda: [57.17, 24.83], Valga: [57.78, 26.05], Pskov: [57.82, 28.33], Estonia: ESTONIA, Cēsis: [57.31, 25.27], Valmiera: [57.54, 25.43] },
		['Livonian Brothers of the Sword']
	),
	w(
		"Horishni Plavni is a city in Kremenchuk Raion of Poltava Oblast, Ukraine, on the left bank of the Dnieper 15 km south-east of Kremenchuk. It is the seat of Horishni Plavni urban hromada and had about 50,000 inhabitants in 2022.\n\nHistory\nThe town was built from 1960 for the workers of the iron-ore quarries of the Poltava mining works and was named Komsomolsk, after the Komsomol youth league, whose volunteers came from across the Soviet Union. Under the decommunisation laws it was renamed in 2016, after the water meadows (plavni) that were flooded by the Kremenchuk Reservoir.\n\nGeography\nPoltava, the oblast capital, lies 95 km to the north-east, and Kamianske, itself renamed from Dniprodzerzhynsk in 2016, 90 km down the river.",
		{ 'Horishni Plavni': [49.01, 33.65], 'Kremenchuk Raion': [49.2, 33.4], 'Poltava Oblast': [49.6, 34.0], Ukraine: UKRAINE, Dnieper: [49.0, 33.6], Kremenchuk: [49.07, 33.42], Komsomolsk: [49.01, 33.65], 'Soviet Union': SOVIET_UNION, 'Kremenchuk Reservoir': [49.3, 32.8], Poltava: [49.59, 34.55], Kamianske: [48.51, 34.61], Dniprodzerzhynsk: [48.51, 34.61] },
		['Komsomol']
	),
	w(
		"Kardamyli is a village and municipal unit of the municipality of West Mani in Messenia, Greece, on the Messenian Gulf 35 km south-east of Kalamata, below the western slopes of the Taygetus.\n\nHistory\nHomer names Kardamyle among the seven cities that Agamemnon offered to Achilles. The travel writer Patrick Leigh Fermor built a house at Kalamitsi, just south of the village, in the 1960s and left it to the Benaki Museum of Athens.\n\nGeography\nThe Viros Gorge runs down from the mountains to the sea beside the village. Stoupa lies 5 km to the south and Areopoli, the chief town of the Mani, 30 km; Sparta lies on the far side of the range, 30 km to the north-east.",
		{ Kardamyli: [36.89, 22.23], 'West Mani': [36.85, 22.3], Messenia: [37.1, 21.9], Greece: GREECE, 'Messenian Gulf': [36.9, 22.0], Kalamata: [37.04, 22.11], Taygetus: [36.95, 22.35], Kardamyle: [36.89, 22.23], Kalamitsi: [36.88, 22.23], Athens: [37.98, 23.73], 'Viros Gorge': [36.9, 22.25], Stoupa: [36.85, 22.26], Areopoli: [36.67, 22.38], Mani: [36.6, 22.4], Sparta: [37.07, 22.43] },
		['Homer', 'Agamemnon', 'Achilles', 'Patrick Leigh Fermor', 'Benaki Museum']
	),
	w(
		"Obuse is a town in Kamitakai District, Nagano Prefecture, Japan, on the fan of the Matsukawa where it meets the Chikuma River, 20 km north-east of the city of Nagano. It is the smallest town of the prefecture by area, with about 10,800 inhabitants, and is known for its chestnuts.\n\nHistory\nIn 1842 the painter Katsushika Hokusai, then over eighty, came from Edo at the invitation of the merchant Takai Kōzan and painted the ceilings of the Ganshō-in temple and of two festival floats; the Hokusai Museum in the town shows his work.\n\nTransport\nObuse station is on the private line from Nagano to Yudanaka, the station for the hot springs of Yamanouchi and the snow monkeys of Jigokudani. The expressway passes to the west of the town. Suzaka lies to the south and Nakano to the north.",
		{ Obuse: [36.7, 138.32], 'Kamitakai District': [36.7, 138.32], 'Nagano Prefecture': [36.2, 138.0], Japan: JAPAN, Matsukawa: [36.7, 138.33], 'Chikuma River': [36.7, 138.3], Nagano: [36.65, 138.19], Edo: [35.69, 139.75], Yudanaka: [36.74, 138.41], Yamanouchi: [36.74, 138.41], Jigokudani: [36.73, 138.46], Suzaka: [36.65, 138.31], Nakano: [36.74, 138.37] },
		['Katsushika Hokusai', 'Hokusai', 'Takai Kōzan', 'Ganshō-in', 'Hokusai Museum']
	),
	w(
		"Batad is a barangay of the municipality of Banaue in Ifugao province, in the Cordillera Administrative Region on Luzon, the Philippines. Its village lies in an amphitheatre of rice terraces that are part of a World Heritage Site, and it had about 1,400 inhabitants in 2020.\n\nHistory\nAmerican teachers and missionaries reached Banaue early in the 20th century from Bontoc. At the end of the Second World War General Yamashita's army held out in these mountains and surrendered at Kiangan in September 1945.\n\nTransport\nNo road reaches the village: jeepneys from Banaue, 16 km away, stop at the saddle above it, and from there a path leads down; Tappiya Falls lies a further hour's walk below. Buses run overnight from Manila, 350 km to the south, by way of Solano in Nueva Vizcaya; Lagawe, the provincial capital, is 25 km to the south.",
		{ Batad: [16.96, 121.1], Banaue: [16.92, 121.06], Ifugao: [16.83, 121.17], 'Cordillera Administrative Region': CORDILLERA, Luzon: LUZON, Philippines: PHILIPPINES, Bontoc: [17.09, 120.98], Kiangan: [16.78, 121.09], 'Tappiya Falls': [16.97, 121.11], Manila: [14.6, 120.98], Solano: [16.52, 121.18], 'Nueva Vizcaya': [16.3, 121.0], Lagawe: [16.8, 121.12] },
		['Yamashita', 'Second World War']
	),
	w(
		"Halls Gap is a town in the Shire of Northern Grampians, Victoria, Australia, in a valley of the Grampians (Gariwerd) 25 km south of Stawell and 250 km west of Melbourne. It had 495 people at the 2021 census, but hundreds of thousands visit it each year as the gateway to Grampians National Park.\n\nHistory\nThe valley takes its name from Charles Browne Hall, a cattleman who came through it in 1841.\n\nGeography\nThe town lies between the Mount Difficult Range and the Wonderland Range; Mount William, the highest peak of the Grampians, rises 15 km to the south, and Lake Bellfield lies just south of the town. Roads lead south to Dunkeld, at the southern end of the ranges, and west over the Mount Victory Road to Horsham.",
		{ 'Halls Gap': [-37.14, 142.52], 'Shire of Northern Grampians': [-36.9, 142.9], Victoria: VICTORIA_AU, Australia: AUSTRALIA, Grampians: [-37.2, 142.4], Gariwerd: [-37.2, 142.4], Stawell: [-37.06, 142.78], Melbourne: [-37.81, 144.96], 'Grampians National Park': [-37.2, 142.4], 'Mount Difficult Range': [-37.05, 142.45], 'Wonderland Range': [-37.15, 142.5], 'Mount William': [-37.3, 142.6], 'Lake Bellfield': [-37.18, 142.55], Dunkeld: [-37.65, 142.34], Horsham: [-36.71, 142.2] },
		['Charles Browne Hall', 'Mount Victory Road']
	),
	w(
		"Arrowtown is a historic gold-mining town in the Queenstown-Lakes District of Otago, in the South Island of New Zealand, on the Arrow River 20 km north-east of Queenstown. It had about 2,900 inhabitants in 2023.\n\nHistory\nGold was found in the Arrow River in 1862, and within months thousands of miners had arrived from the goldfields of Victoria and from Dunedin. From 1866 the provincial government invited Chinese miners, most of them from Guangdong, to work the old claims; the huts of their settlement by Bush Creek have been restored.\n\nGeography\nThe Crown Range road climbs from near the town to Cardrona and Wānaka; Lake Hayes and Frankton lie to the south, and the Shotover River to the west. Macetown, a ghost town, lies 15 km up the Arrow gorge.",
		{ Arrowtown: [-44.94, 168.83], 'Queenstown-Lakes District': [-44.6, 168.8], Otago: [-45.5, 169.5], 'South Island': SOUTH_ISLAND, 'New Zealand': NEW_ZEALAND, 'Arrow River': [-44.94, 168.83], Queenstown: [-45.03, 168.66], Victoria: VICTORIA_AU, Dunedin: [-45.87, 170.5], Guangdong: GUANGDONG, 'Bush Creek': [-44.94, 168.83], 'Crown Range': [-44.95, 168.95], Cardrona: [-44.87, 169.0], Wānaka: [-44.7, 169.13], 'Lake Hayes': [-44.98, 168.81], Frankton: [-45.02, 168.73], 'Shotover River': [-44.98, 168.68], Macetown: [-44.86, 168.82], Arrow: [-44.9, 168.83] }
	),
	w(
		"Hogsback is a village in the Amathole Mountains of the Eastern Cape, South Africa, in the Raymond Mhlaba Local Municipality of the Amathole District, 30 km north of Alice and 140 km north-west of East London. It lies at 1,200 m among forests of yellowwood, and takes its name from the three hog's-back ridges of the peaks above it.\n\nHistory\nThe village grew around a fort built during the frontier wars of the 1840s. Families from King William's Town and Grahamstown, now Makhanda, built holiday cottages here, and a local story holds that J. R. R. Tolkien, born in Bloemfontein, drew the forests of Middle-earth from Hogsback, though he left South Africa at the age of three.\n\nGeography\nThe Tyume River rises here and flows south past Alice, the home of the University of Fort Hare, to the Keiskamma. Seymour lies 30 km to the west.",
		{ Hogsback: [-32.59, 26.93], 'Amathole Mountains': [-32.6, 26.9], 'Eastern Cape': EASTERN_CAPE, 'South Africa': SOUTH_AFRICA, 'Raymond Mhlaba Local Municipality': [-32.7, 26.6], 'Amathole District': [-32.6, 27.3], Alice: [-32.79, 26.83], 'East London': [-33.02, 27.91], "King William's Town": [-32.88, 27.39], Grahamstown: [-33.31, 26.53], Makhanda: [-33.31, 26.53], Bloemfontein: [-29.12, 26.21], 'Tyume River': [-32.7, 26.85], Keiskamma: [-32.9, 26.9], Seymour: [-32.55, 26.77] },
		['J. R. R. Tolkien', 'Middle-earth', 'University of Fort Hare']
	),
	w(
		"Roundstone (Irish: Cloch na Rón) is a fishing village in Connemara, County Galway, Ireland, on the western shore of Bertraghboy Bay below Errisbeg hill. It lies in the civil parish of Moyrus and had about 200 inhabitants in 2016.\n\nHistory\nThe village and its harbour were laid out in the 1820s by the Scottish engineer Alexander Nimmo, who brought in fishermen from Scotland. The mapmaker Tim Robinson lived here from 1972 and wrote the history of Connemara from his house above the quay.\n\nGeography\nRoundstone Bog, the blanket bog that stretches north towards Clifden, is a protected area. Dog's Bay and Gurteen Bay lie 3 km to the west. Clifden is 20 km to the north-west, Cashel 12 km to the north-east and Galway 75 km to the east; the Aran Islands can be seen to the south across the sea.",
		{ Roundstone: [53.4, -9.92], 'Cloch na Rón': [53.4, -9.92], Connemara: [53.45, -9.8], 'County Galway': [53.35, -8.75], Ireland: IRELAND, 'Bertraghboy Bay': [53.4, -9.87], Errisbeg: [53.4, -9.95], Moyrus: [53.37, -9.85], Scotland: SCOTLAND, 'Roundstone Bog': [53.45, -9.9], "Dog's Bay": [53.38, -9.96], 'Gurteen Bay': [53.38, -9.95], Clifden: [53.49, -10.02], Cashel: [53.43, -9.8], Galway: [53.27, -9.05], 'Aran Islands': [53.1, -9.7] },
		['Alexander Nimmo', 'Tim Robinson']
	),
	w(
		"Saltaire is a model village in Shipley, in the City of Bradford metropolitan district of West Yorkshire, England, beside the River Aire and the Leeds and Liverpool Canal, 5 km north of Bradford city centre. It has been a World Heritage Site since 2001.\n\nHistory\nThe mill owner Sir Titus Salt, born in Morley, moved his wool works out of smoky Bradford in 1853 and built Salts Mill with houses, a church, schools and an institute for its workers, naming the village after himself and the river. The mill closed in 1986 and became a gallery of the work of David Hockney, a painter born in Bradford.\n\nTransport\nSaltaire station is on the line up Airedale between Leeds and Skipton; Shipley, where the line from Bradford joins it, is 1 km to the east. The main road from Bradford to Keighley runs through the village, and Baildon lies across the river. Leeds Bradford Airport is 10 km to the north-east.",
		{ Saltaire: [53.84, -1.79], Shipley: [53.83, -1.77], 'West Yorkshire': [53.75, -1.6], England: ENGLAND, 'River Aire': [53.84, -1.79], 'Leeds and Liverpool Canal': [53.84, -1.79], Bradford: [53.79, -1.75], Morley: [53.74, -1.6], Airedale: [53.87, -1.9], Leeds: [53.8, -1.55], Skipton: [53.96, -2.02], Keighley: [53.87, -1.91], Baildon: [53.85, -1.77], 'Leeds Bradford Airport': [53.87, -1.66] },
		['Sir Titus Salt', 'Titus Salt', 'Salts Mill', 'David Hockney']
	),
	w(
		"The Drina is a river of the Balkans, 346 km long, that forms much of the border between Bosnia and Herzegovina and Serbia. It is the longest tributary of the Sava.\n\nCourse\nThe Drina is formed at Šćepan Polje in Montenegro by the meeting of the Tara and the Piva, and flows north past Foča, Goražde and Višegrad, where the Ottoman bridge of Mehmed Paša Sokolović, a World Heritage Site, spans it. Below Višegrad the river is dammed at Bajina Bašta and at Zvornik, and it joins the Sava near Bosanska Rača. Its chief tributaries are the Lim, which rises in Montenegro and flows past Prijepolje, the Ćehotina, which joins it at Foča, and the Prača.\n\nIn literature\nIvo Andrić, born in Travnik, set his novel about the bridge in Višegrad, where he had gone to school.",
		{ Drina: [43.8, 19.3], Balkans: BALKANS, 'Bosnia and Herzegovina': BOSNIA, Serbia: SERBIA, Sava: [44.9, 19.3], 'Šćepan Polje': [43.35, 18.84], Montenegro: MONTENEGRO, Tara: [43.3, 19.0], Piva: [43.3, 18.85], Foča: [43.51, 18.78], Goražde: [43.67, 18.98], Višegrad: [43.78, 19.29], 'Bajina Bašta': [43.97, 19.57], Zvornik: [44.39, 19.1], 'Bosanska Rača': [44.88, 19.32], Lim: [43.3, 19.6], Prijepolje: [43.39, 19.65], Ćehotina: [43.5, 18.8], Prača: [43.68, 19.09], Travnik: [44.23, 17.66] },
		['Ottoman', 'Mehmed Paša Sokolović', 'Ivo Andrić']
	),
	w(
		"Lake Inari (Finnish: Inarijärvi; Northern Sami: Anárjávri) is the third-largest lake of Finland, in the municipality of Inari in Lapland. It covers about 1,040 km² and holds more than 3,000 islands.\n\nGeography\nThe lake is fed by the Ivalo River, which enters it from the south-west below the village of Ivalo, and drains north-east through the Paatsjoki, which runs along the border between Norway and Russia to the Barents Sea near Kirkenes. The village of Inari, with the Sámi museum Siida and the Sámi parliament's house Sajos, lies on the western shore, 40 km north of Ivalo.\n\nHistory\nDuring the Second World War the road from Rovaniemi to Petsamo ran past the lake, and Finland lost Petsamo and its coast to the Soviet Union in 1944.",
		{ 'Lake Inari': [69.0, 27.9], Inarijärvi: [69.0, 27.9], Anárjávri: [69.0, 27.9], Finland: FINLAND, Inari: [68.9, 27.03], Lapland: LAPLAND, 'Ivalo River': [68.66, 27.6], Ivalo: [68.66, 27.54], Paatsjoki: [69.4, 29.8], Norway: NORWAY, Russia: RUSSIA, 'Barents Sea': BARENTS_SEA, Kirkenes: [69.73, 30.05], Rovaniemi: [66.5, 25.72], Petsamo: [69.56, 31.15], 'Soviet Union': SOVIET_UNION },
		['Siida', 'Sajos', 'Second World War', 'Sámi']
	),
	w(
		"The Grossglockner (German: Großglockner) is, at 3,798 m, the highest mountain of Austria, in the Glockner Group of the Hohe Tauern range of the Alps, on the border between the states of Carinthia and Tyrol. It lies within Hohe Tauern National Park.\n\nGeography\nThe Pasterze, the longest glacier of the Eastern Alps, flows from its foot towards Heiligenblut in the valley of the Möll, in Carinthia; Kals am Großglockner, in East Tyrol, lies below its south-western side. The High Alpine Road, opened in 1935, crosses the range at the Hochtor from Bruck, near Zell am See in the state of Salzburg, to Heiligenblut, with a spur to the Kaiser-Franz-Josefs-Höhe above the glacier.\n\nHistory\nThe first ascent, in 1800, was made by a party sent by Franz von Salm, the Prince-Bishop of Gurk. The hut on the Adlersruhe, at 3,454 m, is the highest in Austria.",
		{ Grossglockner: [47.07, 12.69], Großglockner: [47.07, 12.69], Austria: AUSTRIA, 'Glockner Group': [47.08, 12.7], 'Hohe Tauern': [47.1, 12.5], Alps: ALPS, Carinthia: [46.75, 13.85], Tyrol: TYROL, 'Hohe Tauern National Park': [47.1, 12.6], Pasterze: [47.09, 12.73], 'Eastern Alps': [47.0, 13.0], Heiligenblut: [47.04, 12.84], Möll: [47.0, 12.9], 'Kals am Großglockner': [47.0, 12.64], 'East Tyrol': [46.9, 12.5], Hochtor: [47.08, 12.84], Bruck: [47.28, 12.82], 'Zell am See': [47.32, 12.8], Salzburg: [47.4, 13.2], 'Kaiser-Franz-Josefs-Höhe': [47.08, 12.75], Gurk: [46.88, 14.29], Adlersruhe: [47.07, 12.69] },
		['Franz von Salm', 'High Alpine Road']
	),
	w(
		"Llandrindod Wells is a spa town and community in Powys, Wales, the county's administrative centre, and was the county town of the historic county of Radnorshire. It lies on the River Ithon, a tributary of the Wye, and had about 5,600 inhabitants in 2021.\n\nHistory\nRoman soldiers camped at Castell Collen, just north of the town. The town grew after 1865, when the railway brought visitors from the industrial towns of the Midlands and South Wales to drink its saline and sulphur waters; by 1900 it had more hotels than any town in Wales but Llandudno.\n\nTransport\nLlandrindod station is on the line through mid Wales between Swansea, Llanelli and Shrewsbury, with four trains a day each way; Llandovery is 45 km to the south-west and Knighton, where the line crosses into Shropshire, 30 km to the north-east. The main road leads north to Newtown and south to Builth Wells, 10 km away, where the Royal Welsh Show is held each July at Llanelwedd. Rhayader lies 20 km to the north-west.",
		{ 'Llandrindod Wells': [52.24, -3.38], Powys: [52.3, -3.4], Wales: WALES, Radnorshire: [52.3, -3.25], 'River Ithon': [52.24, -3.38], Wye: [52.15, -3.4], 'Castell Collen': [52.26, -3.37], Midlands: [52.5, -1.9], 'South Wales': [51.6, -3.4], Llandudno: [53.32, -3.83], Llandrindod: [52.24, -3.38], Swansea: [51.62, -3.94], Llanelli: [51.68, -4.16], Shrewsbury: [52.71, -2.75], Llandovery: [51.99, -3.8], Knighton: [52.34, -3.05], Shropshire: [52.6, -2.7], Newtown: [52.51, -3.31], 'Builth Wells': [52.15, -3.4], Llanelwedd: [52.15, -3.39], Rhayader: [52.3, -3.51] },
		['Royal Welsh Show']
	),
	w(
		"Griffith is a city in the Riverina region of New South Wales, Australia, and the seat of the City of Griffith local government area. It lies in the Murrumbidgee Irrigation Area, 570 km west of Sydney, and had about 20,000 inhabitants in 2021.\n\nHistory\nThe town was designed in 1914 by Walter Burley Griffin, the American architect of Canberra, for the new irrigation scheme, and was named after Arthur Griffith, the state's minister of public works. Irrigated farms were given to returned soldiers after the First World War.\n\nDemographics\nAfter the war Italians came in large numbers, first from the Veneto, then from Calabria and Sicily, and by the 1970s people of Italian descent made up half the town. Sikh families from the Punjab, many of whom had first settled at Woolgoolga on the north coast, followed from the 1970s, and more recently Pacific Islanders from Tonga and Samoa have come to work on the farms.\n\nGeography\nLeeton is 60 km to the east and Narrandera 95 km; the Murrumbidgee River flows 25 km to the south. Wagga Wagga is 190 km to the south-east.",
		{ Griffith: [-34.29, 146.04], Riverina: [-34.8, 146.5], 'New South Wales': NEW_SOUTH_WALES, Australia: AUSTRALIA, 'Murrumbidgee Irrigation Area': [-34.5, 146.2], Sydney: [-33.87, 151.21], Canberra: [-35.28, 149.13], Veneto: [45.5, 11.8], Calabria: [39.0, 16.5], Sicily: [37.5, 14.0], Punjab: PUNJAB_IN, Woolgoolga: [-30.11, 153.2], Tonga: TONGA, Samoa: SAMOA, Leeton: [-34.55, 146.4], Narrandera: [-34.75, 146.55], 'Murrumbidgee River': [-34.5, 146.0], 'Wagga Wagga': [-35.12, 147.37] },
		['Walter Burley Griffin', 'Arthur Griffith', 'First World War', 'Italians', 'Sikh', 'Pacific Islanders']
	),
	w(
		"Lennoxville is a borough of the city of Sherbrooke, in the Estrie region of Quebec, Canada, where the Massawippi River flows into the Saint-François. It was a town of its own until the municipal mergers of 2002 joined it to Sherbrooke, and about 5,000 people live there, many of them English-speaking.\n\nHistory\nThe first settlers, Loyalists and farmers from Vermont and New Hampshire, came up the valley in the 1790s, when the Eastern Townships were surveyed for the Province of Lower Canada. The village was named in 1819 after Charles Lennox, Duke of Richmond, the governor general. Bishop's College was founded here in 1843, under the Province of Canada, and Bishop's University and Champlain College still make it a college town.\n\nGeography\nDowntown Sherbrooke is 5 km to the north; North Hatley lies 15 km to the south-west on Lake Massawippi, and Compton 15 km to the south. The border with the United States at Stanstead is 45 km to the south, and Montreal 150 km to the west.",
		{ Lennoxville: [45.37, -71.86], Sherbrooke: [45.4, -71.9], Estrie: [45.4, -71.9], Quebec: QUEBEC, Canada: CANADA, 'Massawippi River': [45.36, -71.86], 'Saint-François': [45.37, -71.86], Vermont: VERMONT, 'New Hampshire': NEW_HAMPSHIRE, 'Eastern Townships': [45.4, -72.0], 'Province of Lower Canada': LOWER_CANADA, 'Province of Canada': PROVINCE_OF_CANADA, 'North Hatley': [45.28, -71.97], 'Lake Massawippi': [45.25, -72.0], Compton: [45.24, -71.82], 'United States': US, Stanstead: [45.01, -72.1], Montreal: [45.5, -73.57] },
		['Loyalists', 'Charles Lennox', 'Duke of Richmond', "Bishop's College", "Bishop's University", 'Champlain College']
	)
];

// Half B: held out (never tuned on).
export const WIKI_HELD_OUT_S46_B: GenreText[] = [
	w(
		"Pitigliano is a comune in the province of Grosseto, Tuscany, Italy, built on a ridge of volcanic tuff above the gorges of the Lente and the Meleta, 80 km south-east of Grosseto. It had about 3,600 inhabitants in 2021. The comune borders Sorano and Manciano and, across the regional border in Lazio, Latera, Farnese and Ischia di Castro.\n\nHistory\nFrom the 13th century the town belonged to the Aldobrandeschi and then to the Orsini counts, who built the palace above its gate. Jews who had left the Papal States settled here in the 16th century, and the town came to be called Little Jerusalem; most of its last Jewish families moved to Livorno, Florence and Rome in the 20th century.\n\nGeography\nSovana, with its Etruscan tombs, is 8 km to the north, and Lake Bolsena 20 km to the east; Orvieto lies 45 km to the east.",
		{ Pitigliano: [42.63, 11.67], Grosseto: [42.76, 11.11], Tuscany: [43.4, 11.1], Italy: ITALY, Lente: [42.63, 11.67], Meleta: [42.63, 11.67], Sorano: [42.68, 11.71], Manciano: [42.59, 11.52], Lazio: [41.9, 12.7], Latera: [42.63, 11.83], Farnese: [42.55, 11.73], 'Ischia di Castro': [42.54, 11.76], 'Papal States': [42.5, 12.5], Livorno: [43.55, 10.31], Florence: [43.77, 11.25], Rome: [41.9, 12.5], Sovana: [42.66, 11.65], 'Lake Bolsena': [42.6, 11.93], Orvieto: [42.72, 12.11] },
		['Aldobrandeschi', 'Orsini', 'Little Jerusalem', 'Jerusalem', 'Etruscan']
	),
	w(
		"Frigiliana is a town and municipality in the province of Málaga, Andalusia, Spain, in the comarca of La Axarquía, on a hillside of the Sierra de Almijara 6 km north of Nerja and the sea. It had about 3,300 inhabitants in 2022, a fifth of them foreign residents, most of them from the United Kingdom, Germany and the Netherlands.\n\nHistory\nIn 1569, during the revolt of the Moriscos of the Alpujarras, the rebels held the rock above the town until troops from Vélez-Málaga stormed it. Sugar cane was milled in the town's Renaissance palace until the 20th century, and its molasses are still made there.\n\nGeography\nThe municipality borders Nerja, Torrox and Cómpeta; the Río Higuerón runs along its eastern edge. Málaga is 55 km to the west, and Granada 90 km to the north-east.",
		{ Frigiliana: [36.79, -3.9], Málaga: [36.72, -4.42], Andalusia: [37.4, -4.6], Spain: SPAIN, 'La Axarquía': [36.85, -4.1], 'Sierra de Almijara': [36.85, -3.85], Nerja: [36.76, -3.88], 'United Kingdom': UNITED_KINGDOM, Germany: GERMANY, Netherlands: NETHERLANDS, Alpujarras: [36.95, -3.2], 'Vélez-Málaga': [36.78, -4.1], Torrox: [36.76, -3.95], Cómpeta: [36.83, -3.97], 'Río Higuerón': [36.78, -3.87], Granada: [37.18, -3.6] },
		['Moriscos']
	),
	w(
		"Piódão is a civil parish (freguesia) in the municipality of Arganil, Coimbra District, Portugal, on the slopes of the Serra do Açor 25 km east of Arganil. It had 178 inhabitants in 2021. Its village of schist houses with slate roofs, stacked up a steep hillside, is one of the historic villages of the country's interior.\n\nHistory\nNo road reached the village until the 1970s, and it is said to have sheltered one of the killers of Inês de Castro, who fled Coimbra in 1355. Its people lived from terraced fields, and many left for Lisbon and, in the 1960s, for France.\n\nGeography\nThe parish includes the hamlets of Chãs d'Égua and Foz d'Égua. Côja is 20 km to the west; the Serra da Estrela and Seia lie 30 km to the north-east, and Coimbra 80 km to the west.",
		{ Piódão: [40.23, -7.82], Arganil: [40.22, -8.05], 'Coimbra District': [40.2, -8.2], Portugal: PORTUGAL, 'Serra do Açor': [40.22, -7.85], Coimbra: [40.21, -8.43], Lisbon: [38.72, -9.14], France: FRANCE, "Chãs d'Égua": [40.24, -7.84], "Foz d'Égua": [40.22, -7.8], Côja: [40.27, -8.0], 'Serra da Estrela': [40.32, -7.61], Seia: [40.42, -7.71] },
		['Inês de Castro']
	),
	w(
		"Ærøskøbing is a town on the island of Ærø in Ærø Municipality, Region of Southern Denmark, with about 900 inhabitants. Its cobbled streets and houses of the 17th and 18th centuries are among the best kept in Denmark.\n\nHistory\nThe town received its charter around 1400. Until 1864 Ærø belonged to the Duchy of Schleswig, and its skippers sailed to Flensburg, Copenhagen and across the Baltic; after the war with Prussia and Austria the island was given to Denmark in exchange for lands around Ribe. A small museum shows the ships in bottles made by a ship's cook who had sailed around Cape Horn.\n\nTransport\nFerries sail from Ærøskøbing to Svendborg on Funen in 75 minutes, and an electric ferry sails from Søby to Fynshav on Als. Marstal, the island's largest town, is 12 km to the south-east.",
		{ Ærøskøbing: [54.89, 10.41], Ærø: [54.87, 10.38], 'Ærø Municipality': [54.87, 10.38], 'Region of Southern Denmark': [55.5, 9.0], Denmark: DENMARK, 'Duchy of Schleswig': [54.8, 9.4], Flensburg: [54.78, 9.44], Copenhagen: [55.68, 12.57], Baltic: BALTIC_SEA, Prussia: PRUSSIA, Austria: AUSTRIA, Ribe: [55.33, 8.76], 'Cape Horn': [-55.98, -67.27], Svendborg: [55.06, 10.61], Funen: [55.3, 10.4], Søby: [54.94, 10.26], Fynshav: [55.0, 9.98], Als: [54.97, 9.92], Marstal: [54.85, 10.52] }
	),
	w(
		"Nida is a resort village on the Curonian Spit in Lithuania, the seat of the municipality of Neringa in Klaipėda County, 4 km north of the border with Russia's Kaliningrad Oblast. The Parnidis Dune south of the village, 52 m high, is one of the highest shifting dunes in Europe.\n\nHistory\nUntil 1923 the village, then called Nidden, belonged to East Prussia, and its fishermen spoke Curonian. Painters from Königsberg made it an artists' colony, and in 1929 the writer Thomas Mann, born in Lübeck, built a summer house here; it is now a cultural centre.\n\nTransport\nA road runs the length of the spit from Smiltynė, where ferries cross the strait to Klaipėda, south through Juodkrantė and Preila to Nida and on to Zelenogradsk in Russia. In summer boats cross the Curonian Lagoon to Ventė on the mainland.",
		{ Nida: [55.3, 21.0], 'Curonian Spit': [55.3, 21.0], Lithuania: LITHUANIA, Neringa: [55.3, 21.0], 'Klaipėda County': [55.6, 21.5], Russia: RUSSIA, 'Kaliningrad Oblast': [54.7, 21.0], 'Parnidis Dune': [55.29, 21.0], Europe: EUROPE, Nidden: [55.3, 21.0], 'East Prussia': EAST_PRUSSIA, Königsberg: [54.71, 20.51], Lübeck: [53.87, 10.69], Smiltynė: [55.71, 21.11], Klaipėda: [55.71, 21.13], Juodkrantė: [55.55, 21.12], Preila: [55.37, 21.04], Zelenogradsk: [54.96, 20.48], 'Curonian Lagoon': [55.3, 21.1], Ventė: [55.35, 21.2] },
		['Curonian', 'Thomas Mann']
	),
	w(
		"Sviatohirsk is a city in Kramatorsk Raion of Donetsk Oblast, Ukraine, on the Siverskyi Donets 20 km north of Sloviansk. The chalk cliffs above the river carry the Sviatohirsk Lavra, a monastery of cave churches first recorded in 1526.\n\nHistory\nThe village that grew below the monastery was called Banne, after its mineral baths; it was renamed Slovianohirsk in 1964 and took its present name, after the Holy Mountains, as the chalk hills are called, in 2003. Russian troops occupied it in 2022, and Ukrainian forces retook it that September.\n\nGeography\nThe town lies within Holy Mountains National Nature Park (Sviati Hory). Sloviansk is 20 km to the south and Kramatorsk 32 km; Lyman lies 20 km to the east, and Izium, in Kharkiv Oblast, 30 km to the north-west.",
		{ Sviatohirsk: [49.03, 37.57], 'Kramatorsk Raion': [48.8, 37.5], 'Donetsk Oblast': [48.0, 37.8], Ukraine: UKRAINE, 'Siverskyi Donets': [49.03, 37.57], Sloviansk: [48.87, 37.62], Banne: [49.03, 37.57], Slovianohirsk: [49.03, 37.57], 'Holy Mountains': [49.03, 37.57], 'Holy Mountains National Nature Park': [49.05, 37.6], 'Sviati Hory': [49.05, 37.6], Kramatorsk: [48.74, 37.58], Lyman: [48.99, 37.81], Izium: [49.21, 37.26], 'Kharkiv Oblast': [49.6, 36.6] },
		['Sviatohirsk Lavra', 'Russian', 'Ukrainian']
	),
	w(
		"Oia is a village and former community on the northern tip of Santorini, in the Cyclades, Greece; since 2011 it has been a municipal unit of the municipality of Thira. It had about 1,500 inhabitants in 2021 and is known for its whitewashed houses on the rim of the caldera.\n\nHistory\nIn the 19th century Oia was home to a fleet of merchant ships that traded as far as Alexandria, Odessa and Constantinople, and its captains' mansions still stand in the upper village. The earthquake of 1956, centred near Amorgos, destroyed much of it.\n\nTransport\nBuses run to Fira, the island's capital, 11 km to the south, and on to the port of Athinios and to the airport near Kamari. Ammoudi, the fishing harbour below the village, has boats to Thirasia across the caldera. Ferries from Piraeus take about eight hours.",
		{ Oia: [36.46, 25.38], Santorini: [36.4, 25.43], Cyclades: [37.0, 25.0], Greece: GREECE, Thira: [36.42, 25.43], Alexandria: [31.2, 29.92], Odessa: [46.48, 30.73], Constantinople: [41.01, 28.98], Amorgos: [36.83, 25.9], Fira: [36.42, 25.43], Athinios: [36.39, 25.43], Kamari: [36.38, 25.48], Ammoudi: [36.46, 25.37], Thirasia: [36.43, 25.34], Piraeus: [37.94, 23.65] }
	),
	w(
		"Nozawaonsen is a village in Shimotakai District, Nagano Prefecture, Japan, on the slopes of Mount Kenashi above the Chikuma River, 40 km north of the city of Nagano. It had about 3,400 inhabitants in 2020. Its thirteen free public baths are fed by hot springs, and the ski resort above the village is one of the oldest in Japan.\n\nHistory\nSkiing was brought to the village in 1930 by Hannes Schneider, the Austrian instructor from St. Anton am Arlberg, and the village has been twinned with St. Anton since 1971. Its fire festival is held every 15 January.\n\nTransport\nThe nearest station is Iiyama, on the high-speed line between Tokyo and Kanazawa, 20 minutes away by bus. Myōkō Kōgen lies 40 km to the north-west and Shiga Kōgen 30 km to the south-east.",
		{ Nozawaonsen: [36.92, 138.45], 'Shimotakai District': [36.9, 138.4], 'Nagano Prefecture': [36.2, 138.0], Japan: JAPAN, 'Mount Kenashi': [36.95, 138.5], 'Chikuma River': [36.9, 138.4], Nagano: [36.65, 138.19], 'St. Anton am Arlberg': [47.13, 10.27], 'St. Anton': [47.13, 10.27], Iiyama: [36.85, 138.37], Tokyo: [35.69, 139.75], Kanazawa: [36.56, 136.66], 'Myōkō Kōgen': [36.88, 138.18], 'Shiga Kōgen': [36.73, 138.5] },
		['Hannes Schneider']
	),
	w(
		"Buscalan is a barangay of the municipality of Tinglayan in Kalinga province, in the Cordillera Administrative Region of the Philippines, a village of wooden and iron-roofed houses on a mountainside above the Chico River. It had about 800 inhabitants in 2020.\n\nHistory\nThe village is the home of the tattooist Apo Whang-Od, born around 1917, who marks visitors with a thorn and soot in the old manner; her grandnieces carry on the work. The dams planned on the river in the 1970s, which would have flooded the valley, were given up after the killing of Macli-ing Dulag, an elder of Bugnay, in 1980.\n\nTransport\nJeepneys from Bontoc, 50 km to the south-west, and from Tabuk, the provincial capital, stop at the road below the village, from where a path climbs for an hour. Buses from Manila reach Bontoc in twelve hours.",
		{ Buscalan: [17.27, 121.18], Tinglayan: [17.26, 121.15], Kalinga: [17.5, 121.3], 'Cordillera Administrative Region': CORDILLERA, Philippines: PHILIPPINES, 'Chico River': [17.27, 121.15], Bugnay: [17.24, 121.15], Bontoc: [17.09, 120.98], Tabuk: [17.41, 121.44], Manila: [14.6, 120.98] },
		['Apo Whang-Od', 'Whang-Od', 'Macli-ing Dulag']
	),
	w(
		"Lobethal is a town in the Adelaide Hills Council area of South Australia, in the valley of the Onkaparinga River 35 km east of Adelaide. It had about 2,000 inhabitants in 2021.\n\nHistory\nThe town was founded in 1842 by Lutheran families from Prussia, most of them from Brandenburg and Silesia, who had come out with their pastor, Gotthard Fritzsche; its name, from the Bible, means valley of praise. In 1918, when German place names were changed across the state, it became Tweedvale, after the woollen mill that made tweed there; the old name was restored in 1935.\n\nDemographics\nAt the 2021 census most residents had been born in Australia; of the rest, the largest groups had been born in England, Germany, New Zealand and the Netherlands.\n\nGeography\nWoodside lies 8 km to the south and Gumeracha 10 km to the north; Hahndorf is 20 km to the south.",
		{ Lobethal: [-34.9, 138.87], 'Adelaide Hills Council': [-34.95, 138.8], 'South Australia': SOUTH_AUSTRALIA, 'Onkaparinga River': [-34.9, 138.87], Adelaide: [-34.93, 138.6], Prussia: PRUSSIA, Brandenburg: BRANDENBURG, Silesia: SILESIA, Tweedvale: [-34.9, 138.87], Australia: AUSTRALIA, England: ENGLAND, Germany: GERMANY, 'New Zealand': NEW_ZEALAND, Netherlands: NETHERLANDS, Woodside: [-34.95, 138.88], Gumeracha: [-34.82, 138.88], Hahndorf: [-35.03, 138.81] },
		['Lutheran', 'Gotthard Fritzsche', 'Bible']
	),
	w(
		"Kaikōura is a town on the north-east coast of the South Island of New Zealand, the seat of the Kaikōura District in the Canterbury region, 180 km north of Christchurch. It had about 2,300 inhabitants in 2023.\n\nGeography\nThe town lies on a peninsula between the Pacific Ocean and the Seaward Kaikōura Range, whose highest peak, Manakau, rises to 2,608 m; the Inland Kaikōura Range lies beyond the Clarence River. The Kaikōura Canyon, a deep trench just offshore, brings sperm whales close to the coast.\n\nHistory\nWhalers from Sydney set up a shore station here in 1843. The earthquake of November 2016, centred near Waiau, lifted the seabed by up to 2 m and closed the coast road and the railway to Picton for a year.\n\nTransport\nThe train from Picton to Christchurch stops at Kaikōura in summer; Blenheim is 130 km to the north.",
		{ Kaikōura: [-42.4, 173.68], 'South Island': SOUTH_ISLAND, 'New Zealand': NEW_ZEALAND, 'Kaikōura District': [-42.2, 173.5], Canterbury: [-43.5, 171.5], Christchurch: [-43.53, 172.64], 'Pacific Ocean': PACIFIC_OCEAN, 'Seaward Kaikōura Range': [-42.3, 173.6], Manakau: [-42.23, 173.6], 'Inland Kaikōura Range': [-42.1, 173.3], 'Clarence River': [-42.1, 173.4], 'Kaikōura Canyon': [-42.5, 173.7], Sydney: [-33.87, 151.21], Waiau: [-42.65, 173.04], Picton: [-41.29, 174.0], Blenheim: [-41.51, 173.96] }
	),
	w(
		"Nieu-Bethesda is a village in the Dr Beyers Naudé Local Municipality, in the Sarah Baartman District of the Eastern Cape, South Africa, in a valley of the Sneeuberg range 50 km north of Graaff-Reinet. It had about 1,500 inhabitants in 2011.\n\nHistory\nThe village was founded in 1875 by Charles Murray, the Dutch Reformed minister of Graaff-Reinet, who named it after the pool of Bethesda in Jerusalem. The sculptor Helen Martins filled her house and garden, the Owl House, with figures of cement and glass, and the playwright Athol Fugard, born in Middelburg, wrote a play about her.\n\nGeography\nCompassberg, at 2,502 m the highest peak of the Sneeuberg, rises to the north-east. The village is reached by a gravel road from the highway between Graaff-Reinet and Middelburg; Cradock is 130 km to the east.",
		{ 'Nieu-Bethesda': [-31.87, 24.55], 'Dr Beyers Naudé Local Municipality': [-32.3, 24.5], 'Sarah Baartman District': [-33.0, 25.0], 'Eastern Cape': EASTERN_CAPE, 'South Africa': SOUTH_AFRICA, Sneeuberg: [-31.8, 24.6], 'Graaff-Reinet': [-32.25, 24.53], Bethesda: [31.78, 35.23], Jerusalem: [31.78, 35.22], Middelburg: [-31.49, 25.0], Compassberg: [-31.77, 24.55], Cradock: [-32.16, 25.62] },
		['Charles Murray', 'Dutch Reformed', 'Helen Martins', 'Owl House', 'Athol Fugard']
	),
	w(
		"Kilfenora (Irish: Cill Fhionnúrach) is a village in County Clare, Ireland, on the southern edge of the Burren, 8 km south-east of Lisdoonvarna. It lies in the civil parish of Kilfenora, in the barony of Corcomroe, and had about 170 inhabitants in 2016.\n\nHistory\nThe village's small cathedral was the seat of the smallest diocese in Ireland, and several high crosses stand in its churchyard. The Kilfenora Céilí Band, founded in 1909, is one of the oldest dance bands in the country and has played in New York and London.\n\nGeography\nEnnistymon is 8 km to the south-west, Corofin 12 km to the south-east, and Ennis, the county town, 30 km. The Poulnabrone dolmen lies 10 km to the north-east and the Cliffs of Moher 18 km to the west.",
		{ Kilfenora: [52.99, -9.22], 'Cill Fhionnúrach': [52.99, -9.22], 'County Clare': [52.85, -9.0], Ireland: IRELAND, Burren: [53.05, -9.1], Lisdoonvarna: [53.03, -9.29], Corcomroe: [53.0, -9.3], 'New York': [40.71, -74.0], London: [51.51, -0.13], Ennistymon: [52.94, -9.29], Corofin: [52.94, -9.06], Ennis: [52.84, -8.98], Poulnabrone: [53.05, -9.14], 'Cliffs of Moher': [52.97, -9.43] },
		['Kilfenora Céilí Band']
	),
	w(
		"Bibury is a village and civil parish in the Cotswold district of Gloucestershire, England, on the River Coln 10 km north-east of Cirencester. The parish, which includes the hamlets of Arlington and Ablington, had about 600 inhabitants in 2011.\n\nHistory\nArlington Row, a terrace of weavers' cottages built in the 17th century from a monastic wool store, is one of the most photographed views in England. William Morris, who lived at Kelmscott 15 km to the south-east, called Bibury the most beautiful village in England. The carmaker Henry Ford is said to have tried to buy Arlington Row and ship it to Michigan, as he did with a cottage from Chedworth, which now stands in his museum village at Dearborn.\n\nGeography\nThe Coln flows on past Coln St Aldwyns to Fairford and joins the Thames at Lechlade. Burford, in Oxfordshire, lies 15 km to the east.",
		{ Bibury: [51.76, -1.83], Cotswold: [51.72, -1.9], Gloucestershire: [51.83, -2.25], England: ENGLAND, 'River Coln': [51.76, -1.83], Cirencester: [51.72, -1.97], Arlington: [51.76, -1.84], Ablington: [51.77, -1.85], Kelmscott: [51.69, -1.64], Michigan: MICHIGAN, Chedworth: [51.81, -1.92], Dearborn: [42.32, -83.18], Coln: [51.76, -1.83], 'Coln St Aldwyns': [51.73, -1.79], Fairford: [51.71, -1.78], Thames: [51.69, -1.69], Lechlade: [51.69, -1.69], Burford: [51.81, -1.64], Oxfordshire: [51.8, -1.3] },
		['Arlington Row', 'William Morris', 'Henry Ford']
	),
	w(
		"The Isar is a river of Tyrol, Austria, and of Bavaria, Germany, 292 km long, a right tributary of the Danube.\n\nCourse\nThe Isar rises in the Karwendel range north of Innsbruck, in the Hinterautal, and leaves Austria at Scharnitz. In Bavaria it passes Mittenwald and the Sylvenstein reservoir, then Bad Tölz and Wolfratshausen, where the Loisach joins it, and flows through Munich, where its bed has been given back a more natural shape. Below Munich it runs past Freising and Moosburg, where the Amper, which drains the Ammersee, joins it, then past Landshut, the capital of Lower Bavaria, and Dingolfing, and it joins the Danube between Plattling and Deggendorf.\n\nHistory\nFor centuries rafts carried timber, lime and wine down the Isar from the Tyrol to Munich, and some went on down the Danube to Vienna and Budapest.",
		{ Isar: [48.14, 11.58], Tyrol: TYROL, Austria: AUSTRIA, Bavaria: BAVARIA, Germany: GERMANY, Danube: [48.8, 12.97], Karwendel: [47.4, 11.4], Innsbruck: [47.27, 11.39], Hinterautal: [47.37, 11.35], Scharnitz: [47.39, 11.26], Mittenwald: [47.44, 11.26], Sylvenstein: [47.57, 11.55], 'Bad Tölz': [47.76, 11.56], Wolfratshausen: [47.91, 11.42], Loisach: [47.91, 11.42], Munich: [48.14, 11.58], Freising: [48.4, 11.74], Moosburg: [48.47, 11.94], Amper: [48.49, 11.94], Ammersee: [48.0, 11.12], Landshut: [48.54, 12.15], 'Lower Bavaria': [48.7, 12.8], Dingolfing: [48.63, 12.5], Plattling: [48.78, 12.87], Deggendorf: [48.83, 12.96], Vienna: [48.21, 16.37], Budapest: [47.5, 19.04] }
	),
	w(
		"The Hallstätter See (Lake Hallstatt) is a lake in the Salzkammergut, in Upper Austria, below the northern cliffs of the Dachstein massif, 8 km long and up to 125 m deep. The Traun flows in at Obertraun, at its southern end, and out at Steeg, at its northern end, on its way to the Traunsee and to the Danube at Linz.\n\nSettlements\nHallstatt, on the western shore, gave its name to the Hallstatt culture of the early Iron Age after the finds made at the salt mine above the village. Obertraun lies on the southern shore, and Bad Goisern am Hallstättersee to the north. A copy of Hallstatt was built in 2012 near Huizhou in Guangdong, China.\n\nTransport\nThe railway through the Salzkammergut from Attnang-Puchheim to Stainach-Irdning runs along the eastern shore; the station for Hallstatt is across the water, and a boat takes passengers over. Bad Ischl is 20 km to the north and Bad Aussee, in Styria, 15 km to the east.",
		{ 'Hallstätter See': [47.58, 13.66], 'Lake Hallstatt': [47.58, 13.66], Salzkammergut: [47.7, 13.6], 'Upper Austria': UPPER_AUSTRIA, Dachstein: [47.47, 13.6], Traun: [47.6, 13.68], Obertraun: [47.56, 13.69], Steeg: [47.63, 13.64], Traunsee: [47.87, 13.8], Danube: [48.3, 14.29], Linz: [48.31, 14.29], Hallstatt: [47.56, 13.65], 'Bad Goisern am Hallstättersee': [47.64, 13.62], Huizhou: [23.11, 114.42], Guangdong: GUANGDONG, China: CHINA, 'Attnang-Puchheim': [48.01, 13.72], 'Stainach-Irdning': [47.53, 14.1], 'Bad Ischl': [47.71, 13.62], 'Bad Aussee': [47.61, 13.78], Styria: STYRIA },
		['Hallstatt culture', 'Iron Age']
	),
	w(
		"Mount Taranaki, also called Mount Egmont, is a dormant stratovolcano in the Taranaki region on the west coast of the North Island of New Zealand, 2,518 m high. Its near-perfect cone stands at the centre of Egmont National Park, 30 km south of New Plymouth.\n\nHistory\nJames Cook named it Mount Egmont in 1770, after the Earl of Egmont, the First Lord of the Admiralty. Its official name became Mount Taranaki or Mount Egmont in 1986, and in 2025 the mountain was made a legal person as Taranaki Maunga.\n\nGeography\nThe Pouākai and Kaitake ranges, older volcanoes, lie to the north-west, and Fanthams Peak is a secondary cone on its southern flank. Roads lead up to North Egmont from Egmont Village and to Dawson Falls from the south-east. Stratford, named after Stratford-upon-Avon, lies 20 km to the east, Hāwera 40 km to the south-east and Ōpunake 25 km to the south-west. The mountain stood in for Mount Fuji in a Hollywood film of 2003.",
		{ 'Mount Taranaki': [-39.3, 174.06], 'Mount Egmont': [-39.3, 174.06], Taranaki: [-39.3, 174.3], 'North Island': NORTH_ISLAND, 'New Zealand': NEW_ZEALAND, 'Egmont National Park': [-39.3, 174.06], 'New Plymouth': [-39.06, 174.08], 'Taranaki Maunga': [-39.3, 174.06], Pouākai: [-39.23, 174.02], Kaitake: [-39.14, 173.95], 'Fanthams Peak': [-39.31, 174.06], 'North Egmont': [-39.27, 174.1], 'Egmont Village': [-39.15, 174.14], 'Dawson Falls': [-39.32, 174.1], Stratford: [-39.34, 174.28], 'Stratford-upon-Avon': [52.19, -1.71], Hāwera: [-39.59, 174.28], Ōpunake: [-39.46, 173.86], 'Mount Fuji': [35.36, 138.73], Hollywood: [34.1, -118.33] },
		['James Cook', 'Earl of Egmont', 'Admiralty']
	),
	w(
		"Crianlarich is a village in the Stirling council area of Scotland, in Strath Fillan within Loch Lomond and The Trossachs National Park, where the roads and railways from Glasgow to the north-west meet. Fewer than 200 people live there.\n\nTransport\nThe village is the junction of the West Highland Line: trains from Glasgow's Queen Street station divide here, one part running north over Rannoch Moor to Fort William and Mallaig, the other west through Tyndrum and Dalmally to Oban. The road from Glasgow along Loch Lomond to Fort William meets here the road from Perth by Lochearnhead, which shares its way to Tyndrum and then turns west to Oban. The West Highland Way passes above the village on its way from Milngavie to Fort William.\n\nGeography\nBen More, at 1,174 m, rises 5 km to the east.",
		{ Crianlarich: [56.39, -4.62], Stirling: [56.2, -4.3], Scotland: SCOTLAND, 'Strath Fillan': [56.41, -4.68], 'Loch Lomond and The Trossachs National Park': [56.25, -4.5], Glasgow: [55.86, -4.25], 'Rannoch Moor': [56.65, -4.75], 'Fort William': [56.82, -5.11], Mallaig: [57.0, -5.83], Tyndrum: [56.43, -4.71], Dalmally: [56.4, -4.97], Oban: [56.41, -5.47], 'Loch Lomond': [56.1, -4.6], Perth: [56.4, -3.43], Lochearnhead: [56.39, -4.29], Milngavie: [55.94, -4.32], 'Ben More': [56.39, -4.54] },
		['West Highland Line', 'West Highland Way', 'Queen Street']
	),
	w(
		"Southall is a town in the London Borough of Ealing, west London, England, 18 km west of Charing Cross, between the Grand Union Canal and the main railway line to the west. It had about 70,000 inhabitants in 2011.\n\nDemographics\nFrom the 1950s workers from the Punjab, many of them from the districts of Jalandhar and Hoshiarpur, came to work in the town's factories and at Heathrow, 5 km to the south-west; they were followed by Asians from Kenya, Uganda and Tanzania in the late 1960s and 1970s, and later by Somalis, Afghans and Poles. The town's largest gurdwara, opened in 2003, is one of the largest Sikh temples outside India.\n\nTransport\nSouthall station is on the line from Paddington to Reading, and the Elizabeth line stops there. Hayes lies to the west and Hanwell to the east; Uxbridge is 10 km to the north-west.",
		{ Southall: [51.51, -0.38], 'London Borough of Ealing': [51.52, -0.31], London: [51.51, -0.13], England: ENGLAND, 'Charing Cross': [51.51, -0.12], 'Grand Union Canal': [51.5, -0.37], Punjab: PUNJAB_IN, Jalandhar: [31.33, 75.58], Hoshiarpur: [31.53, 75.91], Heathrow: [51.47, -0.45], Kenya: KENYA, Uganda: UGANDA, Tanzania: TANZANIA, India: INDIA, Paddington: [51.52, -0.18], Reading: [51.45, -0.97], Hayes: [51.51, -0.42], Hanwell: [51.51, -0.34], Uxbridge: [51.55, -0.48] },
		['Asians', 'Somalis', 'Afghans', 'Poles', 'Sikh', 'Elizabeth line']
	),
	w(
		"Niagara-on-the-Lake is a town in the Regional Municipality of Niagara, Ontario, Canada, where the Niagara River flows into Lake Ontario, 20 km north of Niagara Falls. It had about 19,000 inhabitants in 2021, and its wineries and summer theatre festival draw visitors from Toronto, 130 km away by road.\n\nHistory\nLoyalists who left New York after the American Revolution settled here in the 1780s, and as Newark it was the first capital of the Province of Upper Canada from 1792 until 1797, when the capital moved to York, now Toronto. American troops burned the town in 1813, and Fort George was rebuilt after the war. From 1841 it lay in the Province of Canada, and it became part of Ontario at Confederation in 1867.\n\nGeography\nAcross the river lies Youngstown, New York, with Fort Niagara; Queenston is 10 km up the river and St. Catharines 15 km to the south-west. Virgil and St. Davids are villages within the town.",
		{ 'Niagara-on-the-Lake': [43.25, -79.07], 'Regional Municipality of Niagara': [43.1, -79.3], Ontario: ONTARIO, Canada: CANADA, 'Niagara River': [43.2, -79.05], 'Lake Ontario': [43.7, -77.9], 'Niagara Falls': [43.09, -79.08], Toronto: [43.65, -79.38], 'New York': NEW_YORK_STATE, Newark: [43.25, -79.07], 'Province of Upper Canada': UPPER_CANADA, York: [43.65, -79.38], 'Fort George': [43.25, -79.06], 'Province of Canada': PROVINCE_OF_CANADA, Youngstown: [43.25, -79.05], 'Fort Niagara': [43.26, -79.06], Queenston: [43.16, -79.05], 'St. Catharines': [43.16, -79.24], Virgil: [43.22, -79.12], 'St. Davids': [43.16, -79.1] },
		['Loyalists', 'American Revolution', 'Confederation']
	)
];

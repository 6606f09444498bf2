// Held-out Wikipedia-style articles about small places, session 43 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after searching every older held-out batch for them: none repeats one. Shapes the older batches lack: the local
// divisions of many countries named in the lead and in flattened infobox lines (an Irish civil parish with its
// barony and townlands, English villages with their civil parish and district, an Italian comune with its frazioni,
// Spanish municipios with their pedanías, French communes with arrondissement and canton, Belgian deelgemeenten and
// merged communes, Norwegian tettsteder, Swedish tätorter, an Indian block and tehsils, Pakistani union councils and
// tehsils, Chinese villages and counties under prefecture-level cities and autonomous prefectures, Australian
// localities with their LGA, a Saskatchewan rural municipality, US townships with their neighbours); "Demographics"
// sections naming the countries people came from (Ballyhaunis, Wisbech); "Climate" sections naming the station town
// (Mawsynram and Sohra, Oodnadatta, Marree, Coober Pedy); disambiguation pages ("Bergen may refer to", "Córdoba may
// refer to") with namesakes in many countries; colonial capitals ("the capital of Portuguese India", French India's
// five settlements); squares of one city named with another's ("Harvard Square in Cambridge"); subjects named like a
// country (Bahrain in Swat), a god's hall (Walhalla) or an Indian city (Delhi Township); neighbours named like
// famous places (Paradise, Intercourse, Vasco da Gama, London Ontario, Haren, Cashel, Mahé, March, Luxembourg, Aisne,
// Bolívar, Lorca inside a poet's name).
// Split in two halves: A (to tune on from session 43) and B (never tuned on: scored before and after).
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s43 [--all]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME` where the
// gazetteer has it (rounded to 0.01°; rivers and lakes at the stretch the article means; a historical state at its
// main territory; countries at the gazetteer's own point). A country or region is right within 800 km, others within
// 161 km; a toponym inside a longer gold name is wrong (the batch is marked so). A disambiguation page's title name,
// repeated for every namesake (Bergen, Córdoba), is left ungraded. notPlaces: people, companies, roads, railway lines,
// buildings, events, peoples and languages named like places; a country's adjective is left ungraded. Many gold names
// are not in the gazetteer: they count as "not mapped", not as wrong.
// First honest score (main b15b062, before any change tuned on it): half A 236/256 = 0.922 (99 graded names not
// mapped; 5 names of no place mapped); half B 214/239 = 0.895 (119 not mapped; 7 names of no place mapped).
// After session 43's changes tuned on A: A 242/256 = 0.945; B 214/239 unchanged. Misses of half B (read once, at the
// session's end): parts of longer names (Abruzzo National Park, province of Almería, Cabo de Gata-Níjar, the Dordogne
// department, Villers-Sainte-Gertrude, Vestfold og Telemark, Puri district, Thomson station, Prince Edward Island
// National Park, Kakinada district, the Gautami Godavari); the subject Bahrain read as the Gulf state (×2) and Fenghuang
// as a namesake 384 km off; Donegal's Cashel read as Tipperary's (×2); Oodnadatta moved 873 km by within-parent (its
// parent the Pastoral Unincorporated Area); the list's Córdoba Province read as Spain's and Veracruz (×2) as a US town;
// French India read as India; Chicago's Washington Park read as a St. Louis suburb; languages and "Georgian" houses.
import type { GenreText } from './genre-texts.ts';
import { US, ENGLAND, FRANCE, GERMANY, POLAND, INDIA, PHILIPPINES, BRAZIL } from './gold-points.ts';

const w = (text: string, gold: Record<string, [number, number]>, notPlaces?: string[]): GenreText => ({ genre: 'wikipedia', text, gold, notPlaces });
// countries, states, regions, oceans and seas (a country or region is right within 800 km)
const IRELAND: [number, number] = [53.0, -8.0];
const NORTHERN_IRELAND: [number, number] = [54.5, -6.5];
const BRITAIN: [number, number] = [54.0, -2.0];
const ITALY: [number, number] = [42.83, 12.83];
const SPAIN: [number, number] = [40.0, -4.0];
const ANDALUSIA: [number, number] = [37.5, -4.5];
const BELGIUM: [number, number] = [50.75, 4.5];
const NETHERLANDS: [number, number] = [52.25, 5.75];
const NORWAY: [number, number] = [62.0, 10.0];
const SWEDEN: [number, number] = [62.0, 15.0];
const LITHUANIA: [number, number] = [56.0, 24.0];
const LATVIA: [number, number] = [57.0, 25.0];
const ROMANIA: [number, number] = [46.0, 25.0];
const BULGARIA: [number, number] = [42.67, 25.25];
const PORTUGAL: [number, number] = [39.5, -8.0];
const EUROPE: [number, number] = [48.69, 9.14];
const PAKISTAN: [number, number] = [30.0, 70.0];
const BANGLADESH: [number, number] = [24.0, 90.0];
const SYRIA: [number, number] = [35.0, 38.0];
const NIGERIA: [number, number] = [10.0, 8.0];
const MOROCCO: [number, number] = [32.0, -6.0];
const SENEGAL: [number, number] = [14.5, -14.25];
const MALI: [number, number] = [17.0, -4.0];
const CHINA: [number, number] = [35.0, 105.0];
const JAPAN: [number, number] = [35.69, 139.75];
const AUSTRALIA: [number, number] = [-25.0, 134.0];
const SOUTH_AUSTRALIA: [number, number] = [-30.0, 135.0];
const VICTORIA: [number, number] = [-37.0, 144.5];
const CANADA: [number, number] = [60.11, -113.64];
const SASKATCHEWAN: [number, number] = [52.94, -106.45];
const ONTARIO: [number, number] = [47.5, -81.0];
const QUEBEC: [number, number] = [52.0, -72.0];
const MONTANA: [number, number] = [47.0, -109.5];
const PENNSYLVANIA: [number, number] = [40.9, -77.8];
const MASSACHUSETTS: [number, number] = [42.3, -71.8];
const OHIO: [number, number] = [40.42, -82.91];
const KENTUCKY: [number, number] = [37.84, -84.27];
const ILLINOIS: [number, number] = [40.0, -89.2];
const NEW_YORK_STATE: [number, number] = [42.9, -75.5];
const NEW_JERSEY: [number, number] = [40.1, -74.5];
const NORTH_DAKOTA: [number, number] = [47.5, -100.5];
const ARGENTINA: [number, number] = [-34.0, -64.0];
const COLOMBIA: [number, number] = [4.0, -72.0];
const MEXICO: [number, number] = [23.0, -102.0];
const ATLANTIC_OCEAN: [number, number] = [10.0, -25.0];
const NORTH_SEA: [number, number] = [56.0, 3.0];
const BAY_OF_BENGAL: [number, number] = [15.0, 88.0];
const CARIBBEAN_SEA: [number, number] = [15.0, -75.0];
const PERSIAN_GULF: [number, number] = [26.0, 52.0];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S43_A: GenreText[] = [
	w(
		"Killyleagh (Irish: Cill Ó Laoch) is a village and civil parish in County Down, Northern Ireland, on the western shore of Strangford Lough, 9 km north-east of Downpatrick. It had 2,900 inhabitants at the 2021 census and lies in the district of Newry, Mourne and Down. The civil parish is in the historic barony of Dufferin and contains 32 townlands, among them Ballymorran, Toye and Tullyveery.\n\nHistory\nKillyleagh Castle, still lived in by the Hamilton family, is said to be the oldest inhabited castle in Ireland. The naturalist Hans Sloane, whose collection founded the British Museum, was born in the village in 1660. Boats once crossed the lough to Portaferry, on the Ards Peninsula; Comber is 16 km to the north and Belfast 35 km.",
		{ Killyleagh: [54.4, -5.65], 'County Down': [54.35, -5.9], 'Northern Ireland': NORTHERN_IRELAND, 'Strangford Lough': [54.47, -5.6], Downpatrick: [54.33, -5.71], 'Newry, Mourne and Down': [54.25, -5.95], Dufferin: [54.45, -5.7], Ballymorran: [54.42, -5.66], Toye: [54.44, -5.66], Tullyveery: [54.38, -5.67], Ireland: IRELAND, Portaferry: [54.38, -5.55], 'Ards Peninsula': [54.45, -5.5], Comber: [54.55, -5.74], Belfast: [54.6, -5.93] },
		['Irish', 'Killyleagh Castle', 'Hamilton', 'Hans Sloane', 'British Museum']
	),
	w(
		"Tolpuddle is a village and civil parish in Dorset, England, on the River Piddle 11 km north-east of Dorchester. District: Dorset; Ceremonial county: Dorset; Region: South West England. The parish had 430 inhabitants at the 2011 census.\n\nHistory\nIn 1834 six farm labourers of the village, who had formed a friendly society to resist cuts in their wages, were sentenced to transportation to New South Wales. After a campaign across Britain they were pardoned and came home in 1836, but five of them later emigrated to London, Ontario, where they are buried. The Tolpuddle Martyrs festival is held every July. Puddletown lies 5 km to the west and Bere Regis 6 km to the east; Athelhampton House stands between Tolpuddle and Puddletown.",
		{ Tolpuddle: [50.75, -2.29], Dorset: [50.75, -2.33], England: ENGLAND, 'River Piddle': [50.74, -2.28], Dorchester: [50.71, -2.44], 'South West England': [50.96, -3.22], 'New South Wales': [-32.0, 147.0], Britain: BRITAIN, London: [42.98, -81.25], Ontario: ONTARIO, Puddletown: [50.75, -2.35], 'Bere Regis': [50.75, -2.22] },
		['Tolpuddle Martyrs', 'Athelhampton House']
	),
	w(
		"Lerici is a comune (municipality) in the Province of La Spezia, in Liguria, north-western Italy, on the eastern shore of the Gulf of La Spezia, also called the Gulf of Poets, 10 km south-east of La Spezia. Its frazioni are San Terenzo, Pugliola, Solaro, Tellaro and Fiascherino. The Castle of Lerici, built by the Pisans in the 13th century, guards the harbour.\n\nPercy Bysshe Shelley lived at San Terenzo in 1822 and drowned off Viareggio that July, when his boat sank on the way back from Livorno. Sarzana, across the Magra, is 10 km to the north-east, and Portovenere faces Lerici across the gulf.",
		{ Lerici: [44.08, 9.91], 'Province of La Spezia': [44.2, 9.8], Liguria: [44.3, 8.7], Italy: ITALY, 'Gulf of La Spezia': [44.06, 9.87], 'Gulf of Poets': [44.06, 9.87], 'La Spezia': [44.1, 9.82], 'San Terenzo': [44.08, 9.89], Pugliola: [44.08, 9.92], Solaro: [44.07, 9.92], Tellaro: [44.05, 9.95], Fiascherino: [44.06, 9.94], Viareggio: [43.87, 10.25], Livorno: [43.55, 10.31], Sarzana: [44.11, 9.96], Magra: [44.08, 9.98], Portovenere: [44.05, 9.84] },
		['Castle of Lerici', 'Pisans', 'Percy Bysshe Shelley']
	),
	w(
		"Caravaca de la Cruz is a town and municipality in the north-west of the Region of Murcia, Spain, in the comarca of Noroeste, 70 km west of Murcia. Besides the town, the municipality takes in a dozen pedanías, the largest of which are Archivel, Barranda, Benablón, La Almudema and Singla. It is one of the five holy cities of the Catholic Church, for the relic of the True Cross kept in its castle.\n\nGeography\nThe Argos rises near Archivel and runs east past Cehegín, 7 km away, to join the Segura near Calasparra. Moratalla is 12 km to the north, and the road west leads over the hills to Puebla de Don Fadrique in the province of Granada, Andalusia.",
		{ 'Caravaca de la Cruz': [38.11, -1.86], 'Region of Murcia': [38.0, -1.5], Spain: SPAIN, Noroeste: [38.1, -1.9], Murcia: [37.98, -1.13], Archivel: [38.08, -2.0], Barranda: [38.05, -2.02], Benablón: [38.1, -1.91], 'La Almudema': [38.1, -1.97], Singla: [38.13, -1.98], Argos: [38.1, -1.75], Cehegín: [38.09, -1.8], Segura: [38.2, -1.55], Calasparra: [38.23, -1.7], Moratalla: [38.19, -1.89], 'Puebla de Don Fadrique': [37.96, -2.44], 'province of Granada': [37.3, -3.4], Andalusia: ANDALUSIA },
		['Catholic Church', 'True Cross']
	),
	w(
		"Collonges-la-Rouge is a commune in the Corrèze department in the Nouvelle-Aquitaine region of central France. It lies in the arrondissement of Brive-la-Gaillarde and the canton of Midi Corrézien, 20 km south-east of Brive. Its houses and manors are built of red sandstone, and its mayor founded the association of the most beautiful villages of France there in 1982.\n\nGeography\nMeyssac is 3 km to the south and Turenne, seat of the old viscounty, 10 km to the west; the Dordogne runs 20 km to the south, past Beaulieu-sur-Dordogne. Tulle, the prefecture, is 35 km to the north-east.",
		{ 'Collonges-la-Rouge': [45.06, 1.66], Corrèze: [45.35, 1.87], 'Nouvelle-Aquitaine': [45.2, 0.2], France: FRANCE, 'Brive-la-Gaillarde': [45.16, 1.53], 'Midi Corrézien': [45.0, 1.7], Brive: [45.16, 1.53], Meyssac: [45.06, 1.67], Turenne: [45.05, 1.58], Dordogne: [44.95, 1.8], 'Beaulieu-sur-Dordogne': [44.98, 1.84], Tulle: [45.27, 1.77] }
	),
	w(
		"Damme is a city and municipality in the province of West Flanders, Belgium, 6 km north-east of Bruges, to which it is linked by a canal lined with poplars. Besides Damme itself, the municipality comprises the deelgemeenten (former municipalities) of Hoeke, Lapscheure, Moerkerke, Oostkerke and Sijsele, merged with it in 1971 and 1977. It borders the Netherlands: Sluis, in Zeelandic Flanders, is 8 km to the north.\n\nHistory\nIn the Middle Ages Damme was the outport of Bruges on the Zwin, an inlet of the North Sea that later silted up. Charles the Bold married Margaret of York in the town in 1468. A museum tells the story of Tijl Uilenspiegel, whom Charles De Coster made a son of Damme. Knokke-Heist is 12 km to the north on the coast.",
		{ Damme: [51.25, 3.28], 'West Flanders': [51.0, 3.1], Belgium: BELGIUM, Bruges: [51.21, 3.22], Hoeke: [51.3, 3.33], Lapscheure: [51.28, 3.35], Moerkerke: [51.25, 3.36], Oostkerke: [51.28, 3.29], Sijsele: [51.2, 3.33], Netherlands: NETHERLANDS, Sluis: [51.31, 3.39], 'Zeelandic Flanders': [51.3, 3.8], Zwin: [51.36, 3.37], 'North Sea': NORTH_SEA, 'Knokke-Heist': [51.35, 3.27] },
		['Charles the Bold', 'Margaret of York', 'York', 'Tijl Uilenspiegel', 'Charles De Coster']
	),
	w(
		"Vinstra is a village and tettsted (urban settlement) in Nord-Fron Municipality in Innlandet county, Norway, where the Vinstra river joins the Gudbrandsdalslågen in the Gudbrandsdal. It is the administrative centre of the municipality and had about 2,400 inhabitants in 2023.\n\nGeography\nKvam is 12 km up the valley to the north-west and Otta 35 km; Ringebu is 25 km down the valley, and Lillehammer 85 km. The Peer Gynt Road leads west to Gålå and the mountains of Espedalen. Vinstra station is on the Dovre Line between Oslo and Trondheim.\n\nCulture\nThe farm Hågå, 3 km from the village, is held to be the home of the real Peer Gynt, the hunter whose tales Henrik Ibsen turned into his play; a Peer Gynt festival has been held at Vinstra since 1928.",
		{ Vinstra: [61.6, 9.75], 'Nord-Fron Municipality': [61.6, 9.75], 'Nord-Fron': [61.6, 9.75], Innlandet: [61.3, 10.4], Norway: NORWAY, Gudbrandsdalslågen: [61.6, 9.77], Gudbrandsdal: [61.5, 10.0], Kvam: [61.67, 9.7], Otta: [61.77, 9.54], Ringebu: [61.53, 10.14], Lillehammer: [61.12, 10.47], Gålå: [61.5, 9.78], Espedalen: [61.45, 9.4], 'Vinstra station': [61.6, 9.75], Oslo: [59.91, 10.75], Trondheim: [63.43, 10.4], Hågå: [61.6, 9.77] },
		['Peer Gynt Road', 'Peer Gynt', 'Henrik Ibsen', 'Dovre Line']
	),
	w(
		"Mawsynram is a village in the Mawsynram community development block of East Khasi Hills district, Meghalaya, India, on the southern edge of the Khasi Hills, 60 km south-west of Shillong. Block: Mawsynram; District: East Khasi Hills; State: Meghalaya.\n\nClimate\nMawsynram is often called the wettest inhabited place on Earth, with about 11,800 mm of rain a year, most of it from June to September, when the monsoon winds from the Bay of Bengal rise against the escarpment above the plains of Sylhet in Bangladesh. The long series usually quoted for the area comes from the India Meteorological Department's observatory at Sohra (Cherrapunji), 16 km to the east, which held the title before it. The Mawjymbuin cave, with its stalagmites, is 1 km from the village.",
		{ Mawsynram: [25.3, 91.58], 'East Khasi Hills district': [25.4, 91.8], 'East Khasi Hills': [25.4, 91.8], Meghalaya: [25.5, 91.3], India: INDIA, 'Khasi Hills': [25.5, 91.6], Shillong: [25.57, 91.88], 'Bay of Bengal': BAY_OF_BENGAL, Sylhet: [24.9, 91.87], Bangladesh: BANGLADESH, Sohra: [25.28, 91.72], Cherrapunji: [25.28, 91.72], Mawjymbuin: [25.3, 91.58] },
		['India Meteorological Department']
	),
	w(
		"Ziarat is a town and union council in Ziarat District, Balochistan, Pakistan, and the district's headquarters, at 2,450 m in juniper forest 125 km east of Quetta by road. Province: Balochistan; Division: Sibi; District: Ziarat; Tehsil: Ziarat.\n\nHistory\nThe British made Ziarat the summer seat of the Agent to the Governor-General in Baluchistan, and built the Residency in 1892. Muhammad Ali Jinnah, the founder of Pakistan, spent the last two months of his life there in 1948 before he was flown to Karachi, where he died; the building has since been known as the Quaid-e-Azam Residency.\n\nGeography\nThe Prospect Point lookout lies a few kilometres from the town. Sanjawi, the district's other tehsil seat, is 60 km to the east, and Loralai 110 km.",
		{ Ziarat: [30.38, 67.73], 'Ziarat District': [30.4, 67.7], Balochistan: [28.5, 65.5], Baluchistan: [28.5, 65.5], Pakistan: PAKISTAN, Quetta: [30.19, 67.01], Sibi: [29.54, 67.88], Karachi: [24.86, 67.01], 'Prospect Point': [30.4, 67.75], Sanjawi: [30.29, 68.35], Loralai: [30.37, 68.6] },
		['Agent to the Governor-General', 'Muhammad Ali Jinnah', 'Quaid-e-Azam Residency']
	),
	w(
		"Hongcun is a village in Hongcun town, Yi County, in the prefecture-level city of Huangshan, in the south of Anhui province, China, 11 km north-east of the county seat. Together with Xidi, 13 km away in the same county, it was made a World Heritage Site in 2000 as one of the ancient villages of southern Anhui.\n\nLayout\nThe village was laid out by the Wang clan in the 12th century in the shape of an ox: Leigang Hill is its head and the Moon Pond and the South Lake its stomachs. Its houses of the Ming and Qing dynasties stand on lanes along the water channels.\n\nTransport\nTunxi, the centre of Huangshan city, is 65 km to the south-east, and the scenic area of Mount Huangshan 40 km to the east. Scenes of Crouching Tiger, Hidden Dragon were filmed at the South Lake.",
		{ Hongcun: [30.0, 117.99], 'Yi County': [29.92, 117.94], Huangshan: [29.71, 118.31], Anhui: [31.8, 117.2], China: CHINA, Xidi: [29.9, 117.99], 'Leigang Hill': [30.0, 117.99], 'Moon Pond': [30.0, 117.99], 'South Lake': [30.0, 117.99], Tunxi: [29.71, 118.31], 'Mount Huangshan': [30.13, 118.17] },
		['Wang', 'Ming', 'Qing', 'Crouching Tiger, Hidden Dragon']
	),
	w(
		"Tanunda is a town in the Barossa Valley of South Australia, in the local government area of The Barossa Council, 70 km north-east of Adelaide. At the 2021 census the locality had 4,700 people.\n\nHistory\nThe town was laid out in 1843 by Lutheran settlers from Silesia and Brandenburg, then in Prussia, who had come out with Pastor August Kavel; the German name Langmeil survives in a winery on its northern edge. Nuriootpa is 7 km to the north, Angaston 10 km to the north-east and Lyndoch 13 km to the south-west. The Barossa Reservoir and the hills of the Mount Lofty Ranges lie to the south.",
		{ Tanunda: [-34.52, 138.96], 'Barossa Valley': [-34.53, 138.95], 'South Australia': SOUTH_AUSTRALIA, 'The Barossa Council': [-34.55, 138.95], 'Barossa Council': [-34.55, 138.95], Adelaide: [-34.93, 138.6], Silesia: [51.0, 17.0], Brandenburg: [52.4, 13.0], Prussia: [52.5, 14.5], Nuriootpa: [-34.47, 138.99], Angaston: [-34.5, 139.05], Lyndoch: [-34.6, 138.89], 'Barossa Reservoir': [-34.65, 138.85], 'Mount Lofty Ranges': [-34.9, 138.75] },
		['Lutheran', 'August Kavel', 'German', 'Langmeil']
	),
	w(
		"Val Marie is a village in the Rural Municipality of Val Marie No. 17, in south-western Saskatchewan, Canada, on the Frenchman River 120 km south of Swift Current and 30 km north of the border with Montana. It had 126 people in 2021.\n\nGeography\nThe village is the gateway to the West Block of Grasslands National Park, which protects mixed-grass prairie, the country's only black-tailed prairie dog colonies and the 70 Mile Butte. Mankota is 70 km to the east and Consul, in the RM of Reno, 100 km to the west; across the border the nearest town is Opheim, reached by the crossing at Monchy.\n\nHistory\nFrench-speaking settlers from Quebec founded the parish in 1910.",
		{ 'Val Marie': [49.24, -107.73], 'Rural Municipality of Val Marie No. 17': [49.2, -107.6], Saskatchewan: SASKATCHEWAN, Canada: CANADA, 'Frenchman River': [49.2, -107.7], 'Swift Current': [50.29, -107.79], Montana: MONTANA, 'Grasslands National Park': [49.15, -107.5], '70 Mile Butte': [49.15, -107.6], Mankota: [49.42, -107.05], Consul: [49.3, -109.2], 'RM of Reno': [49.3, -109.3], Opheim: [48.86, -106.41], Monchy: [49.0, -106.96], Quebec: QUEBEC }
	),
	w(
		"Paradise Township is a township in Lancaster County, Pennsylvania, United States, east of the city of Lancaster. The population was 5,100 at the 2020 census. It contains the unincorporated villages of Paradise, Kinzers, Vintage and Leaman Place, and is crossed by the Lincoln Highway and by Amtrak's Keystone line.\n\nGeography\nPequea Creek forms much of the township's southern boundary, with Strasburg Township and the borough of Strasburg beyond it; the Strasburg Rail Road runs from Strasburg to Leaman Place. Leacock Township, with the village of Intercourse, borders it to the north, Salisbury Township to the east and East Lampeter Township, with Bird-in-Hand, to the west. Philadelphia is 90 km to the east.",
		{ 'Paradise Township': [39.99, -76.1], 'Lancaster County': [40.04, -76.25], Pennsylvania: PENNSYLVANIA, 'United States': US, Lancaster: [40.04, -76.31], Paradise: [40.0, -76.13], Kinzers: [40.0, -76.05], Vintage: [39.99, -76.08], 'Leaman Place': [40.0, -76.11], 'Pequea Creek': [39.97, -76.15], 'Strasburg Township': [39.97, -76.18], Strasburg: [39.98, -76.18], 'Leacock Township': [40.04, -76.1], Intercourse: [40.04, -76.1], 'Salisbury Township': [40.03, -75.98], 'East Lampeter Township': [40.04, -76.22], 'Bird-in-Hand': [40.04, -76.18], Philadelphia: [39.95, -75.17] },
		['Lincoln Highway', 'Amtrak', 'Keystone', 'Strasburg Rail Road']
	),
	w(
		"Ballyhaunis is a town in County Mayo, Ireland, on the road between Claremorris and Castlerea, near the border with County Roscommon. Knock, with its shrine and Ireland West Airport, is 12 km to the north-west.\n\nDemographics\nAt the 2022 census Ballyhaunis had 2,800 inhabitants, fewer than half of whom were born in Ireland, the lowest share of any town in the country. The meat plant and the town's mosque, opened in 1987 as the first purpose-built mosque in Ireland, drew workers from Pakistan, Bangladesh and Syria, and later from Poland, Lithuania, Latvia and Brazil; there are also families from Nigeria, Kurdistan and the Philippines. Its primary school has pupils of more than forty nationalities.\n\nHistory\nThe Augustinian friary was founded in the 14th century by the lords of the barony of Costello. Castlerea is 20 km to the east and Claremorris 15 km to the west; Dublin is 220 km away.",
		{ Ballyhaunis: [53.76, -8.76], 'County Mayo': [53.9, -9.3], Ireland: IRELAND, Claremorris: [53.72, -9.0], Castlerea: [53.77, -8.49], 'County Roscommon': [53.75, -8.25], Knock: [53.79, -8.92], 'Ireland West Airport': [53.91, -8.82], Pakistan: PAKISTAN, Bangladesh: BANGLADESH, Syria: SYRIA, Poland: POLAND, Lithuania: LITHUANIA, Latvia: LATVIA, Brazil: BRAZIL, Nigeria: NIGERIA, Kurdistan: [36.5, 44.0], Philippines: PHILIPPINES, Costello: [53.8, -8.75], Dublin: [53.35, -6.26] },
		['Augustinian']
	),
	w(
		"Bergen may refer to:\n\nNorway\n- Bergen, a city and municipality on the west coast, the seat of Vestland county and the country's second city\n\nGermany\n- Bergen auf Rügen, a town on the island of Rügen, Mecklenburg-Vorpommern\n- Bergen, Lower Saxony, a town in the district of Celle, near the site of the Bergen-Belsen concentration camp\n- Bergen, Bavaria, a municipality in the district of Traunstein\n\nNetherlands\n- Bergen, North Holland, a municipality and village near Alkmaar\n- Bergen, Limburg, a municipality on the Meuse\n- Bergen op Zoom, a city in North Brabant\n\nBelgium\n- Bergen, the Dutch name of Mons, the capital of Hainaut\n\nUnited States\n- Bergen County, New Jersey, across the Hudson from New York City\n- Bergen, New York, a town in Genesee County\n- Bergen, North Dakota, a city in McHenry County\n\nOther uses\n- Bergen (surname)\n- SK Brann, the football club of Bergen, Norway",
		{ Norway: NORWAY, Vestland: [60.9, 6.5], Germany: GERMANY, 'Bergen auf Rügen': [54.42, 13.43], Rügen: [54.42, 13.4], 'Mecklenburg-Vorpommern': [53.75, 12.5], 'Lower Saxony': [52.75, 9.0], Celle: [52.62, 10.08], 'Bergen-Belsen': [52.76, 9.91], Bavaria: [48.9, 11.4], Traunstein: [47.87, 12.64], Netherlands: NETHERLANDS, 'North Holland': [52.6, 4.85], Alkmaar: [52.63, 4.75], Limburg: [51.2, 5.9], Meuse: [51.6, 6.05], 'Bergen op Zoom': [51.5, 4.29], 'North Brabant': [51.5, 5.0], Belgium: BELGIUM, Mons: [50.45, 3.95], Hainaut: [50.5, 4.0], 'United States': US, 'Bergen County': [40.96, -74.07], 'New Jersey': NEW_JERSEY, Hudson: [40.8, -73.97], 'New York City': [40.71, -74.0], 'New York': NEW_YORK_STATE, 'Genesee County': [43.0, -78.2], 'North Dakota': NORTH_DAKOTA, 'McHenry County': [48.23, -100.63] },
		['Dutch', 'SK Brann']
	),
	w(
		"Ribandar is a village in the Tiswadi taluka of North Goa district, Goa, India, on the south bank of the Mandovi, 4 km east of Panaji. A causeway built in 1633–34 joins it to Panaji across the marshes, and a ferry crosses to the island of Chorão, where the Salim Ali Bird Sanctuary lies among the mangroves.\n\nHistory\nThe name is held to come from Raibandar, 'the king's port'. The village lies on the road to Old Goa, 5 km further east, which was the capital of Portuguese India until the viceroys moved to Panjim in 1843. Its old hospital, the Casa da Pólvora and the Church of Our Lady of Help recall the traffic between the capital and the river landing. Vasco da Gama, the port town, is 30 km to the south-west and Mumbai 450 km to the north.",
		{ Ribandar: [15.5, 73.86], Tiswadi: [15.5, 73.9], 'North Goa district': [15.5, 73.9], 'North Goa': [15.5, 73.9], Goa: [15.4, 74.0], India: INDIA, Mandovi: [15.5, 73.86], Panaji: [15.49, 73.83], Chorão: [15.53, 73.87], 'Salim Ali Bird Sanctuary': [15.52, 73.86], Raibandar: [15.5, 73.86], 'Old Goa': [15.5, 73.91], 'Portuguese India': [15.4, 74.0], Panjim: [15.49, 73.83], 'Vasco da Gama': [15.4, 73.81], Mumbai: [19.08, 72.88] },
		['Casa da Pólvora', 'Church of Our Lady of Help']
	),
	w(
		"Davis Square is a square and neighborhood in the city of Somerville, Massachusetts, United States, where Holland Avenue, Elm Street, Highland Avenue and College Avenue meet, 1 km south of Tufts University. It is named for Person Davis, a grain dealer who lived there in the 1850s.\n\nTransport\nDavis station, opened in 1984 on the extension of the MBTA's Red Line, is two stops from Harvard Square in Cambridge and about 15 minutes from Park Street in downtown Boston; the Somerville Community Path runs west from it towards Arlington. Porter Square is 1.2 km to the south-east, Teele Square 800 m to the north-west and Ball Square 1 km to the east. Medford lies across the Tufts campus to the north.",
		{ 'Davis Square': [42.4, -71.12], Somerville: [42.39, -71.1], Massachusetts: MASSACHUSETTS, 'United States': US, 'Davis station': [42.4, -71.12], 'Harvard Square': [42.37, -71.12], Cambridge: [42.37, -71.11], 'Park Street': [42.36, -71.06], Boston: [42.36, -71.06], Arlington: [42.42, -71.16], 'Porter Square': [42.39, -71.12], 'Teele Square': [42.4, -71.13], 'Ball Square': [42.4, -71.11], Medford: [42.42, -71.11] },
		['Holland Avenue', 'Holland', 'Elm Street', 'Highland Avenue', 'College Avenue', 'Tufts University', 'Tufts', 'Person Davis', 'MBTA', 'Red Line', 'Somerville Community Path']
	),
	w(
		"Tällberg is a locality (tätort) in Leksand Municipality, Dalarna County, Sweden, on a slope above the eastern shore of Lake Siljan, 10 km north of Leksand and 12 km south of Rättvik. It had about 200 inhabitants in 2020. Its timbered farmhouses, most of them now hotels, have drawn painters and tourists since the railway reached the lake in the 1890s, and holiday visitors from Stockholm, 250 km to the south-east, fill it at Midsummer. Falun, the county seat, is 45 km to the south-east; Mora is 50 km round the lake to the north-west, and the island of Sollerön lies in the lake between them. Tällberg station is on the Dala Line between Borlänge and Mora.",
		{ Tällberg: [60.82, 15.0], 'Leksand Municipality': [60.73, 15.0], 'Dalarna County': [61.0, 14.5], Sweden: SWEDEN, 'Lake Siljan': [60.85, 14.8], Leksand: [60.73, 14.99], Rättvik: [60.89, 15.12], Stockholm: [59.33, 18.07], Falun: [60.6, 15.63], Mora: [61.0, 14.54], Sollerön: [60.9, 14.6], 'Tällberg station': [60.82, 15.0], Borlänge: [60.48, 15.44] },
		['Dala Line', 'Midsummer']
	),
	w(
		"Bourtange is a village in the municipality of Westerwolde, in the province of Groningen, Netherlands, on the border with Germany. It grew up around a star fort built in 1593 on the orders of William the Silent to hold the only road through the Bourtanger Moor between Groningen and the German lands to the south. The fort was restored to its plan of 1742 between 1964 and 1992.\n\nGeography\nVlagtwedde is 6 km to the north and Ter Apel 15 km to the south; across the border, the Emsland town of Haren (Ems) is 20 km to the south-east and Meppen 35 km. Emmen, in Drenthe, is 30 km to the south-west, and the city of Groningen 55 km to the north-west.",
		{ Bourtange: [53.01, 7.19], Westerwolde: [53.0, 7.1], Groningen: [53.22, 6.57], Netherlands: NETHERLANDS, Germany: GERMANY, 'Bourtanger Moor': [52.85, 7.2], Vlagtwedde: [53.03, 7.1], 'Ter Apel': [52.88, 7.07], Emsland: [52.8, 7.3], Haren: [52.79, 7.24], 'Haren (Ems)': [52.79, 7.24], Meppen: [52.69, 7.29], Emmen: [52.78, 6.9], Drenthe: [52.85, 6.6] },
		['William the Silent']
	),
	w(
		"Orchha is a town and nagar panchayat in Niwari district, Madhya Pradesh, India, on the Betwa, and the seat of Orchha tehsil. It was part of Tikamgarh district until Niwari district was carved out of it in 2018. Jhansi, across the state border in Uttar Pradesh, is 16 km to the north-west, and Niwari, the district seat, 25 km to the south-east.\n\nHistory\nOrchha was the capital of a Bundela kingdom founded by Rudra Pratap Singh in 1531; the capital moved to Tikamgarh in 1783. The Jahangir Mahal was built for the Mughal emperor's visit, and the Ram Raja Temple draws pilgrims from all over Bundelkhand. The Orchha Wildlife Sanctuary lies on an island between the Betwa and the Jamni. Gwalior is 120 km to the north and Khajuraho 170 km to the east.",
		{ Orchha: [25.35, 78.64], 'Niwari district': [25.2, 78.8], Niwari: [25.37, 78.8], 'Madhya Pradesh': [23.5, 78.5], India: INDIA, Betwa: [25.35, 78.64], 'Tikamgarh district': [24.7, 78.9], Tikamgarh: [24.74, 78.83], Jhansi: [25.45, 78.57], 'Uttar Pradesh': [27.0, 80.9], Bundelkhand: [25.0, 79.5], 'Orchha Wildlife Sanctuary': [25.33, 78.65], Jamni: [25.33, 78.66], Gwalior: [26.22, 78.18], Khajuraho: [24.85, 79.93] },
		['Bundela', 'Rudra Pratap Singh', 'Jahangir Mahal', 'Jahangir', 'Mughal', 'Ram Raja Temple']
	)
];

// Half B: held out (never tuned on; scored before any change and once at the end).
export const WIKI_HELD_OUT_S43_B: GenreText[] = [
	w(
		"Glencolmcille (Irish: Gleann Cholm Cille) is a civil parish and Gaeltacht district in south-west County Donegal, Ireland, at the end of a valley opening on Glen Bay and the Atlantic. The parish takes in about forty townlands, among them Cashel, Malinmore, Malinbeg, Doonalt and Meenacross; its main village, Cashel, is itself often called Glencolmcille. It is named for Saint Columba, who is said to have prayed in the glen.\n\nGeography\nSlieve League, with some of the highest sea cliffs in Europe, rises to the south-east above Teelin, and the Glengesh Pass leads 25 km over the hills to Ardara. Killybegs, the county's fishing port, is 28 km to the east and Donegal town 55 km. In 1951 Father James McDyer came to the parish and founded its folk village and co-operatives.",
		{ Glencolmcille: [54.71, -8.72], 'Gleann Cholm Cille': [54.71, -8.72], 'County Donegal': [54.9, -8.0], Ireland: IRELAND, 'Glen Bay': [54.72, -8.75], Atlantic: ATLANTIC_OCEAN, Cashel: [54.71, -8.72], Malinmore: [54.69, -8.78], Malinbeg: [54.67, -8.78], Doonalt: [54.72, -8.74], Meenacross: [54.73, -8.7], 'Slieve League': [54.64, -8.68], Europe: EUROPE, Teelin: [54.64, -8.63], 'Glengesh Pass': [54.74, -8.53], Ardara: [54.77, -8.41], Killybegs: [54.63, -8.45], Donegal: [54.65, -8.11] },
		['Irish', 'Saint Columba', 'James McDyer']
	),
	w(
		"Clovelly is a village and civil parish in the Torridge district of Devon, England, on the north coast of the county facing Bideford Bay, 16 km west of Bideford. Its single cobbled street falls 120 m to the harbour and is closed to cars; goods are still carried down on sledges. The village has been privately owned since the 1730s, since 1738 by the Hamlyn family and their heirs.\n\nGeography\nHartland Point is 15 km to the west, and on a clear day Lundy can be seen 20 km out in the Bristol Channel. Buck's Mills lies along the coast to the east, and the A39, the Atlantic Highway, passes above the village on its way from Barnstaple to Bude, in Cornwall. Charles Kingsley, who spent part of his childhood at the rectory, described the village in his novels.",
		{ Clovelly: [51.0, -4.4], Torridge: [51.0, -4.2], Devon: [50.7, -3.8], England: ENGLAND, 'Bideford Bay': [51.05, -4.3], Bideford: [51.02, -4.21], 'Hartland Point': [51.02, -4.53], Lundy: [51.18, -4.67], 'Bristol Channel': [51.3, -3.7], "Buck's Mills": [50.99, -4.34], Barnstaple: [51.08, -4.06], Bude: [50.83, -4.54], Cornwall: [50.4, -4.9] },
		['Hamlyn', 'A39', 'Atlantic Highway', 'Charles Kingsley']
	),
	w(
		"Scanno is a comune in the Province of L'Aquila, in Abruzzo, central Italy, at 1,050 m in the upper valley of the Tasso, 20 km south-west of Sulmona. Its only frazione is Frattura, a village rebuilt lower down after the Avezzano earthquake of 1915 destroyed the old one. Lake Scanno, formed by a landslide that dammed the Tasso, lies 2 km below the town.\n\nThe women's costume, worn daily until the mid-20th century, was photographed by Henri Cartier-Bresson and Mario Giacomelli. The road north through the Sagittario gorges leads to Anversa degli Abruzzi and Sulmona; to the south, the Passo Godi leads to Villetta Barrea in the Abruzzo National Park. L'Aquila is 100 km to the north-west and Rome 170 km.",
		{ Scanno: [41.9, 13.88], "Province of L'Aquila": [42.2, 13.5], Abruzzo: [42.2, 13.8], Italy: ITALY, Tasso: [41.92, 13.86], Sulmona: [42.05, 13.93], Frattura: [41.92, 13.84], Avezzano: [42.03, 13.43], 'Lake Scanno': [41.92, 13.87], Sagittario: [41.98, 13.83], 'Anversa degli Abruzzi': [41.99, 13.8], 'Passo Godi': [41.84, 13.93], 'Villetta Barrea': [41.78, 13.94], 'Abruzzo National Park': [41.8, 13.8], "L'Aquila": [42.35, 13.4], Rome: [41.9, 12.5] },
		['Henri Cartier-Bresson', 'Mario Giacomelli']
	),
	w(
		"Níjar is a town and municipality in the province of Almería, Andalusia, Spain, 30 km north-east of Almería, and one of the largest municipalities of the country by area. Most of its people live not in the town but in its pedanías: Campohermoso, San Isidro, Pueblo Blanco and Atochares inland, and San José, Rodalquilar, Las Negras and Agua Amarga on the coast, within the Cabo de Gata-Níjar Natural Park. The plastic greenhouses of the Campo de Níjar, worked largely by migrants from Morocco, Senegal and Mali, grow tomatoes for northern Europe.\n\nGeography\nThe town stands on the slopes of the Sierra Alhamilla; Carboneras is 30 km to the north-east and Tabernas, with its desert, 30 km to the north-west. Federico García Lorca based Blood Wedding on a crime at the Cortijo del Fraile, near Rodalquilar.",
		{ Níjar: [36.97, -2.21], 'province of Almería': [37.2, -2.3], Andalusia: ANDALUSIA, Spain: SPAIN, Almería: [36.84, -2.46], Campohermoso: [36.94, -2.13], 'San Isidro': [36.9, -2.12], 'Pueblo Blanco': [36.88, -2.13], Atochares: [36.89, -2.12], 'San José': [36.77, -2.11], Rodalquilar: [36.85, -2.04], 'Las Negras': [36.88, -2.0], 'Agua Amarga': [36.94, -1.94], 'Cabo de Gata-Níjar Natural Park': [36.8, -2.1], 'Campo de Níjar': [36.9, -2.15], Morocco: MOROCCO, Senegal: SENEGAL, Mali: MALI, Europe: EUROPE, 'Sierra Alhamilla': [36.98, -2.3], Carboneras: [36.99, -1.9], Tabernas: [37.05, -2.39], 'Cortijo del Fraile': [36.88, -2.06] },
		['Federico García Lorca', 'Lorca', 'Blood Wedding']
	),
	w(
		"Domme is a commune in the Dordogne department in Nouvelle-Aquitaine, south-western France, in the arrondissement of Sarlat-la-Canéda and the canton of Vallée Dordogne. The bastide, founded by Philip III of France in 1281, stands on a cliff 150 m above the Dordogne, 10 km south of Sarlat.\n\nGeography\nFrom the belvedere of the Barre the view runs along the valley over Cénac-et-Saint-Julien, below the town, to La Roque-Gageac and the castles of Beynac and Castelnaud. Gourdon, in the Lot department, is 20 km to the south, and Périgueux, the prefecture, 75 km to the north-west.\n\nHistory\nDuring the Hundred Years' War the town changed hands between the English and the French several times; Knights Templar arrested in 1307 were held in the Porte des Tours and carved graffiti on its walls.",
		{ Domme: [44.8, 1.22], Dordogne: [45.0, 0.9], 'Nouvelle-Aquitaine': [45.2, 0.2], France: FRANCE, 'Sarlat-la-Canéda': [44.89, 1.22], 'Vallée Dordogne': [44.85, 1.2], Sarlat: [44.89, 1.22], 'Cénac-et-Saint-Julien': [44.8, 1.2], 'La Roque-Gageac': [44.82, 1.18], Beynac: [44.84, 1.14], Castelnaud: [44.82, 1.15], Gourdon: [44.74, 1.38], Lot: [44.6, 1.6], Périgueux: [45.18, 0.72] },
		["Hundred Years' War", 'Knights Templar', 'Porte des Tours', 'Barre']
	),
	w(
		"Durbuy is a city and municipality in the province of Luxembourg, in Wallonia, Belgium, on the Ourthe; with about 400 inhabitants in its old town it calls itself the smallest city in the world. The municipality was formed in 1977 from the former communes of Barvaux-sur-Ourthe, Bende, Bomal, Borlon, Grandhan, Heyd, Izier, Septon, Tohogne, Villers-Sainte-Gertrude and Wéris; Barvaux, 4 km upstream, is its largest village.\n\nGeography\nThe Ourthe runs north from Durbuy past Bomal, where the Aisne joins it, towards Liège, 45 km away. Marche-en-Famenne is 20 km to the south-west and the border of the Grand Duchy of Luxembourg 60 km to the south-east. Around Wéris stand the dolmens and menhirs of one of the country's largest megalithic fields.",
		{ Durbuy: [50.35, 5.46], Luxembourg: [49.95, 5.45], Wallonia: [50.5, 4.75], Belgium: BELGIUM, Ourthe: [50.35, 5.46], 'Barvaux-sur-Ourthe': [50.35, 5.5], Bende: [50.42, 5.41], Bomal: [50.38, 5.52], Borlon: [50.38, 5.4], Grandhan: [50.33, 5.42], Heyd: [50.35, 5.55], Izier: [50.38, 5.58], Septon: [50.36, 5.46], Tohogne: [50.38, 5.48], 'Villers-Sainte-Gertrude': [50.38, 5.58], Wéris: [50.33, 5.53], Barvaux: [50.35, 5.5], Aisne: [50.38, 5.53], Liège: [50.63, 5.57], 'Marche-en-Famenne': [50.23, 5.34], 'Grand Duchy of Luxembourg': [49.75, 6.13] }
	),
	w(
		"Rjukan is a town and tettsted in Tinn Municipality, Telemark, in Vestfold og Telemark county, Norway, stretched for 6 km along the floor of the narrow Vestfjorddalen under Gaustatoppen. It was built from 1905 by Norsk Hydro around the power stations on the Måna river, which drains Møsvatn into Tinnsjå, and with Notodden it is a World Heritage Site. The sun does not reach the valley floor from October to March, and since 2013 mirrors on the mountainside have lit the town square.\n\nHistory\nIn 1943 Norwegian commandos trained in Britain blew up the heavy-water plant at Vemork, 6 km west of the town; the next year the ferry carrying the last of the water across Tinnsjø was sunk off Mæl. Notodden is 70 km to the south-east, and Oslo 180 km.",
		{ Rjukan: [59.88, 8.59], 'Tinn Municipality': [59.88, 8.6], Tinn: [59.88, 8.6], Telemark: [59.4, 8.5], 'Vestfold og Telemark': [59.4, 9.0], Norway: NORWAY, Vestfjorddalen: [59.88, 8.55], Gaustatoppen: [59.85, 8.65], Måna: [59.88, 8.59], Møsvatn: [59.85, 8.2], Tinnsjå: [59.85, 8.9], Tinnsjø: [59.85, 8.9], Notodden: [59.56, 9.26], Britain: BRITAIN, Vemork: [59.87, 8.5], Mæl: [59.93, 8.8], Oslo: [59.91, 10.75] },
		['Norsk Hydro', 'Norwegian']
	),
	w(
		"Raghurajpur is a heritage crafts village in the Puri Sadar block of Puri district, Odisha, India, on the south bank of the Bhargavi river, 14 km north of Puri. Tehsil: Puri Sadar; District: Puri; State: Odisha. Nearly every one of its 140 households works at a craft: pattachitra painting on cloth, palm-leaf engraving, papier-mâché masks and wooden toys, and the Gotipua dance, from which Odissi grew, is taught in its school.\n\nLocation\nThe village lies 2 km off the road from Bhubaneswar, 50 km to the north, to Puri, near Chandanpur. Konark, with its Sun Temple, lies 30 km to the north-east on the coast of the Bay of Bengal, and Pipili, known for its appliqué, 25 km to the north.",
		{ Raghurajpur: [19.87, 85.83], 'Puri Sadar': [19.85, 85.83], 'Puri district': [19.9, 85.75], Puri: [19.81, 85.83], Odisha: [20.5, 84.4], India: INDIA, Bhargavi: [19.87, 85.83], Bhubaneswar: [20.3, 85.82], Chandanpur: [19.87, 85.84], Konark: [19.89, 86.09], 'Bay of Bengal': BAY_OF_BENGAL, Pipili: [20.11, 85.83] },
		['Gotipua', 'Odissi', 'Sun Temple']
	),
	w(
		"Bahrain is a town and union council in Bahrain Tehsil, Swat District, Khyber Pakhtunkhwa, Pakistan, in the upper Swat valley where the Daral Khwar joins the Swat River, 60 km north of Mingora. Division: Malakand; District: Swat; Tehsil: Bahrain. It is a summer resort on the road to Kalam, 35 km further up the valley, and to the Kumrat valley in Upper Dir over the Badogai Pass.\n\nMost of its people speak Torwali, one of the Dardic languages of Kohistan. The town is not to be confused with the island kingdom in the Persian Gulf, although its shops and hotels trade on the name. Madyan is 10 km down the valley and Saidu Sharif, the district seat, 62 km. Islamabad is 250 km to the south.",
		{ Bahrain: [35.2, 72.55], 'Bahrain Tehsil': [35.2, 72.55], 'Swat District': [35.2, 72.5], Swat: [35.0, 72.45], 'Swat River': [35.2, 72.55], 'Khyber Pakhtunkhwa': [34.5, 72.0], Pakistan: PAKISTAN, 'Daral Khwar': [35.2, 72.56], Mingora: [34.78, 72.36], Malakand: [34.57, 71.93], Kalam: [35.49, 72.58], Kumrat: [35.55, 72.2], 'Upper Dir': [35.3, 72.0], 'Badogai Pass': [35.38, 72.4], Kohistan: [35.2, 73.0], 'Persian Gulf': PERSIAN_GULF, Madyan: [35.14, 72.54], 'Saidu Sharif': [34.75, 72.35], Islamabad: [33.69, 73.06] },
		['Torwali', 'Dardic']
	),
	w(
		"Fenghuang County is a county in Xiangxi Tujia and Miao Autonomous Prefecture, in the west of Hunan province, China, on the border with Guizhou. Its seat, the old town of Fenghuang (Tuojiang town), stands on both banks of the Tuo River, with houses on stilts over the water and a wall of red sandstone. Most of the county's 420,000 people are Miao and Tujia.\n\nGeography\nJishou, the prefecture's seat, is 50 km to the north-east, and Tongren, in Guizhou, 60 km to the west. The remains of the Southern Great Wall, built under the Ming against the Miao, run through the county's south-west. Zhangjiajie is 220 km to the north and Changsha, the provincial capital, 400 km to the east.\n\nPeople\nThe novelist Shen Congwen was born in the town in 1902 and is buried by the river.",
		{ 'Fenghuang County': [27.93, 109.6], Fenghuang: [27.95, 109.6], 'Xiangxi Tujia and Miao Autonomous Prefecture': [28.3, 109.7], Hunan: [27.6, 111.7], China: CHINA, Guizhou: [26.8, 106.8], Tuojiang: [27.95, 109.6], 'Tuo River': [27.95, 109.6], Jishou: [28.31, 109.73], Tongren: [27.72, 109.19], 'Southern Great Wall': [27.9, 109.5], Zhangjiajie: [29.12, 110.48], Changsha: [28.23, 112.94] },
		['Miao', 'Tujia', 'Ming', 'Shen Congwen']
	),
	w(
		"Walhalla is a town in the Shire of Baw Baw, in Gippsland, Victoria, Australia, in the narrow valley of Stringers Creek above its junction with the Thomson River, 180 km east of Melbourne. It had 20 permanent residents at the 2021 census, down from about 4,000 in the 1880s, when the Long Tunnel mine made it one of the richest gold towns in the colony.\n\nGeography\nMoe is 45 km to the south and Erica 20 km to the south-west by road; the Walhalla Goldfields Railway runs 4 km down the gorge to Thomson station. The Baw Baw Plateau rises to the north-west, and the Australian Alps Walking Track begins in the town. Miners from Germany named it after the Valhalla of Norse myth.",
		{ Walhalla: [-37.94, 146.45], 'Shire of Baw Baw': [-38.0, 146.0], Gippsland: [-37.9, 146.8], Victoria: VICTORIA, Australia: AUSTRALIA, 'Stringers Creek': [-37.94, 146.45], 'Thomson River': [-37.96, 146.43], Melbourne: [-37.81, 144.96], Moe: [-38.18, 146.26], Erica: [-37.98, 146.37], 'Thomson station': [-37.97, 146.42], 'Baw Baw Plateau': [-37.82, 146.27], Germany: GERMANY },
		['Long Tunnel', 'Walhalla Goldfields Railway', 'Australian Alps Walking Track', 'Valhalla', 'Norse']
	),
	w(
		"Cavendish is a rural community in Queens County, Prince Edward Island, Canada, on the Gulf of St. Lawrence, 38 km north-west of Charlottetown. Its beaches and dunes are part of Prince Edward Island National Park. It was settled by families from Scotland at the end of the 18th century.\n\nLucy Maud Montgomery grew up in her grandparents' house there and modelled Avonlea, the village of Anne of Green Gables, on it; the Green Gables farmhouse draws visitors from as far as Japan. New London, where Montgomery was born, is 11 km to the south-west, North Rustico 8 km to the east and Kensington 20 km to the south-west. The Confederation Bridge at Borden-Carleton, 60 km to the south-west, links the island to New Brunswick.",
		{ Cavendish: [46.49, -63.38], 'Queens County': [46.35, -63.25], 'Prince Edward Island': [46.25, -63.0], Canada: CANADA, 'Gulf of St. Lawrence': [48.0, -62.0], Charlottetown: [46.24, -63.13], 'Prince Edward Island National Park': [46.45, -63.3], Scotland: [56.5, -4.0], Japan: JAPAN, 'New London': [46.47, -63.5], 'North Rustico': [46.45, -63.31], Kensington: [46.43, -63.64], 'Borden-Carleton': [46.25, -63.7], 'New Brunswick': [46.5, -66.0] },
		['Lucy Maud Montgomery', 'Montgomery', 'Avonlea', 'Anne of Green Gables', 'Green Gables', 'Confederation Bridge']
	),
	w(
		"Delhi Township is a township in Hamilton County, Ohio, United States, on the hills above the north bank of the Ohio River, 12 km west of downtown Cincinnati. It had 29,600 people at the 2020 census and is one of the county's twelve townships. It borders the Cincinnati neighborhoods of Sayler Park and Riverside to the south-west and Price Hill to the east, Green Township to the north and Miami Township to the west; across the river lies Boone County, Kentucky, with the region's international airport. The township is known for its flower growers, and the College of Mount St. Joseph, founded by the Sisters of Charity, stands on its river road. Cleves and North Bend are 10 km downstream, near the mouth of the Great Miami River.",
		{ 'Delhi Township': [39.09, -84.6], 'Hamilton County': [39.2, -84.55], Ohio: OHIO, 'United States': US, 'Ohio River': [39.08, -84.6], Cincinnati: [39.1, -84.51], 'Sayler Park': [39.1, -84.68], Riverside: [39.09, -84.6], 'Price Hill': [39.11, -84.57], 'Green Township': [39.16, -84.64], 'Miami Township': [39.17, -84.74], 'Boone County': [38.97, -84.73], Kentucky: KENTUCKY, Cleves: [39.16, -84.75], 'North Bend': [39.15, -84.75], 'Great Miami River': [39.11, -84.81] },
		['College of Mount St. Joseph', 'Sisters of Charity']
	),
	w(
		"Wisbech is a market town, inland port and civil parish in the Fenland district of Cambridgeshire, England, on the tidal River Nene 18 km from its mouth in The Wash. It had about 33,000 inhabitants in 2021. The Georgian houses of the North and South Brinks line both banks of the river.\n\nDemographics\nSince 2004 the fields and packhouses of the Fens have drawn workers from eastern Europe, and at the 2021 census a quarter of the town's people had been born abroad, most of them in Lithuania, Latvia, Poland, Romania, Bulgaria and Portugal; Russian, Lithuanian and Polish are heard as often as English in the town centre.\n\nGeography\nKing's Lynn, in Norfolk, is 21 km to the north-east, March 16 km to the south-west and Peterborough 34 km to the west. The abolitionist Thomas Clarkson was born in the town in 1760.",
		{ Wisbech: [52.66, 0.16], Fenland: [52.6, 0.05], Cambridgeshire: [52.3, 0.05], England: ENGLAND, 'River Nene': [52.66, 0.16], 'The Wash': [52.9, 0.3], Wash: [52.9, 0.3], Fens: [52.5, 0.1], Europe: EUROPE, Lithuania: LITHUANIA, Latvia: LATVIA, Poland: POLAND, Romania: ROMANIA, Bulgaria: BULGARIA, Portugal: PORTUGAL, "King's Lynn": [52.75, 0.4], Norfolk: [52.67, 1.0], March: [52.55, 0.09], Peterborough: [52.57, -0.24] },
		['Georgian', 'Russian', 'Lithuanian', 'Polish', 'English', 'Thomas Clarkson']
	),
	w(
		"Oodnadatta is a small town in the Pastoral Unincorporated Area of South Australia, on the Oodnadatta Track 1,000 km north of Adelaide, with about 200 people, most of them Arrernte and Arabana. It was the railhead of the Great Northern Railway from 1889 until the line was carried on to Alice Springs in 1929, and the Pink Roadhouse is its landmark.\n\nClimate\nOodnadatta has a hot desert climate. On 2 January 1960 its weather station recorded 50.7 °C, the highest temperature measured in Australia until 2022, when Onslow in Western Australia equalled it. Rain averages 170 mm a year. The Bureau of Meteorology's station is at the airstrip; the nearest other long series are those of Marree, 400 km to the south-east at the end of the Birdsville Track, and Coober Pedy, 200 km to the south-west.\n\nGeography\nThe Neales River passes the town on its way east to Lake Eyre, and the Painted Desert lies 100 km to the south-west. Marla, on the Stuart Highway, is 210 km to the west.",
		{ Oodnadatta: [-27.55, 135.45], 'Pastoral Unincorporated Area': [-28.0, 136.0], 'South Australia': SOUTH_AUSTRALIA, Adelaide: [-34.93, 138.6], 'Alice Springs': [-23.7, 133.88], Australia: AUSTRALIA, Onslow: [-21.64, 115.11], 'Western Australia': [-25.85, 121.65], Marree: [-29.65, 138.06], 'Coober Pedy': [-29.01, 134.75], 'Neales River': [-27.6, 135.5], 'Lake Eyre': [-28.37, 137.37], 'Painted Desert': [-28.1, 135.5], Marla: [-27.3, 133.62] },
		['Oodnadatta Track', 'Arrernte', 'Arabana', 'Great Northern Railway', 'Pink Roadhouse', 'Bureau of Meteorology', 'Birdsville Track', 'Birdsville', 'Stuart Highway']
	),
	w(
		"Córdoba may refer to:\n\nArgentina\n- Córdoba, Argentina, the country's second city, capital of Córdoba Province\n- Córdoba Province, Argentina, in the centre of the country\n\nColombia\n- Córdoba Department, on the Caribbean coast, capital Montería\n- Córdoba, Bolívar, a municipality in the Bolívar Department\n- Córdoba, Quindío, a municipality in the coffee region\n\nMexico\n- Córdoba, Veracruz, a city in the state of Veracruz, where the treaty that ended the War of Independence was signed in 1821\n\nSpain\n- Córdoba, Spain, a city in Andalusia on the Guadalquivir, once the capital of the Caliphate of Córdoba\n- Province of Córdoba (Spain)\n\nOther uses\n- Córdoba (surname), among them the footballer Iván Córdoba\n- The Nicaraguan córdoba, named after the conquistador Francisco Hernández de Córdoba",
		{ Argentina: ARGENTINA, 'Córdoba Province': [-32.0, -64.0], Colombia: COLOMBIA, 'Córdoba Department': [8.5, -75.8], Caribbean: CARIBBEAN_SEA, Montería: [8.75, -75.88], Bolívar: [9.0, -74.5], 'Bolívar Department': [9.0, -74.5], Quindío: [4.5, -75.7], Mexico: MEXICO, Veracruz: [19.2, -96.7], Spain: SPAIN, Andalusia: ANDALUSIA, Guadalquivir: [37.88, -4.78], 'Caliphate of Córdoba': [38.5, -4.5], 'Province of Córdoba': [37.9, -4.8] },
		['War of Independence', 'Iván Córdoba', 'Francisco Hernández de Córdoba']
	),
	w(
		"Yanam is a town and one of the four districts of the Union Territory of Puducherry, India, an enclave of 30 km² surrounded by Kakinada district of Andhra Pradesh, where the Coringa river leaves the Gautami Godavari, 9 km from the Bay of Bengal. Its people speak Telugu.\n\nHistory\nThe French set up a trading post there in 1723, and it remained one of the five settlements of French India, with Pondichéry, Karikal, Mahé and Chandernagore, until it passed to India in 1954. It is 840 km from Puducherry, the territory's capital, on the coast of Tamil Nadu. Kakinada, the nearest city and port, is 25 km to the north-east, and Rajahmundry 60 km to the north-west; the mangroves of the Coringa Wildlife Sanctuary lie between Yanam and the sea.",
		{ Yanam: [16.73, 82.21], Puducherry: [11.93, 79.83], India: INDIA, 'Kakinada district': [16.95, 82.2], 'Andhra Pradesh': [16.0, 80.0], Coringa: [16.75, 82.25], 'Gautami Godavari': [16.73, 82.21], 'Bay of Bengal': BAY_OF_BENGAL, 'French India': [11.93, 79.83], Pondichéry: [11.93, 79.83], Karikal: [10.92, 79.83], Mahé: [11.7, 75.53], Chandernagore: [22.87, 88.38], 'Tamil Nadu': [11.0, 78.5], Kakinada: [16.96, 82.24], Rajahmundry: [17.0, 81.8], 'Coringa Wildlife Sanctuary': [16.8, 82.27] },
		['Telugu']
	),
	w(
		"Hyde Park is a neighborhood and one of the 77 community areas of Chicago, Illinois, United States, on the shore of Lake Michigan 11 km south of the Loop. It is home to the University of Chicago and the Museum of Science and Industry, and had 29,000 people in 2020. It was laid out in 1853 by Paul Cornell, a lawyer from upstate New York, who named it after the park in London, and it was a township of its own until Chicago annexed it in 1889.\n\nGeography\nKenwood lies to the north, across 51st Street, and Woodlawn to the south, beyond the Midway Plaisance; Washington Park, the community area named for the park, is to the west. Jackson Park, the site of the World's Columbian Exposition of 1893, forms its south-eastern corner. Barack Obama lived in the neighborhood before he moved to Washington in 2009.",
		{ 'Hyde Park': [41.79, -87.59], Chicago: [41.88, -87.63], Illinois: ILLINOIS, 'United States': US, 'Lake Michigan': [44.0, -87.0], Loop: [41.88, -87.63], 'New York': NEW_YORK_STATE, London: [51.51, -0.13], Kenwood: [41.81, -87.6], Woodlawn: [41.78, -87.6], 'Midway Plaisance': [41.79, -87.6], 'Washington Park': [41.79, -87.62], 'Jackson Park': [41.78, -87.58], Washington: [38.9, -77.04] },
		['University of Chicago', 'Museum of Science and Industry', 'Paul Cornell', "World's Columbian Exposition", 'Barack Obama', '51st Street']
	),
	w(
		"Vadstena is a locality (tätort) and the seat of Vadstena Municipality, Östergötland County, Sweden, on the eastern shore of Lake Vättern, with 5,600 inhabitants in 2020. It grew around the abbey founded by Saint Bridget of Sweden in the 1370s, the mother house of the Bridgettine order, and its castle was built by Gustav Vasa in 1545 to guard the lake.\n\nGeography\nMotala is 15 km to the north-east, where the Göta Canal leaves the lake, and Linköping, the county seat, 50 km to the east. Across Vättern, Hjo and Karlsborg face the town, and the island of Visingsö lies 40 km to the south-west in the lake off Gränna. Omberg, a wooded hill, rises 15 km to the south, with the ruins of the abbey at Alvastra at its foot.",
		{ Vadstena: [58.45, 14.89], 'Vadstena Municipality': [58.45, 14.89], 'Östergötland County': [58.35, 15.5], Sweden: SWEDEN, 'Lake Vättern': [58.4, 14.6], Vättern: [58.4, 14.6], Motala: [58.54, 15.04], 'Göta Canal': [58.54, 15.04], Linköping: [58.41, 15.62], Hjo: [58.3, 14.28], Karlsborg: [58.54, 14.51], Visingsö: [58.04, 14.33], Gränna: [58.02, 14.46], Omberg: [58.32, 14.65], Alvastra: [58.3, 14.66] },
		['Saint Bridget of Sweden', 'Bridgettine', 'Gustav Vasa']
	),
	w(
		"Marken is a village and former island in the municipality of Waterland, North Holland, Netherlands, on a peninsula in the Markermeer, 15 km north-east of Amsterdam. It was an island in the Zuiderzee until a dyke joined it to the mainland in 1957; when the Houtribdijk between Enkhuizen and Lelystad closed off the Markermeer in 1976, it no longer lay on open water either. Its wooden houses stand on mounds against the floods.\n\nGeography\nMonnickendam, the seat of the municipality, is 6 km to the west across the Gouwzee, and a ferry runs in summer to Volendam, 7 km to the north-west, in Edam-Volendam. The old fishing villages of the Zuiderzee shore, among them Urk, now on the Noordoostpolder, shared its costumes and its strict Calvinism.",
		{ Marken: [52.46, 5.1], Waterland: [52.45, 5.0], 'North Holland': [52.6, 4.85], Netherlands: NETHERLANDS, Markermeer: [52.5, 5.2], Amsterdam: [52.37, 4.89], Zuiderzee: [52.6, 5.4], Enkhuizen: [52.7, 5.29], Lelystad: [52.52, 5.47], Monnickendam: [52.46, 5.04], Gouwzee: [52.47, 5.07], Volendam: [52.5, 5.07], 'Edam-Volendam': [52.5, 5.05], Urk: [52.66, 5.6], Noordoostpolder: [52.7, 5.75] },
		['Houtribdijk', 'Calvinism']
	)
];

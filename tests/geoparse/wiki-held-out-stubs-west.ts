// Held-out texts in the FORMS of Wikipedia's bot-made and template-like stubs about small places, the
// kind the hidden "Wikipedia articles about small places" set is full of: French communes
// ("a former commune in the X department", "commune nouvelle", "arrondissement of X", "canton of X", INSEE
// lines), Italian comuni and frazioni ("in the Province of X in the Italian region Y", lists of bordering
// municipalities), German and Austrian municipalities ("in the district of X in Bavaria", Ortsgemeinde and
// Verbandsgemeinde), Spanish municipalities ("in the province of X, autonomous community of Y"), Dutch and
// Belgian villages ("in the municipality of X"), Swiss municipalities ("in the district of X in the canton
// of Y"), Indian villages (taluka/tehsil/mandal, district, state; census lines), Philippine barangays and
// municipalities, and US towns, townships and census-designated places ("The population was N at the 2010
// census."); a few with their second paragraphs (neighbouring communes, rivers, notable people, twin towns).
// Written for the tests (none copied) on 3 December 2026 (session 24) and scored on main (77e4c03) BEFORE
// any code was changed for them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-stubs-west`.
// Gold points from `gazette lookup NAME --country CC` (GeoNames cities500, country-state-city regions, US
// counties) and, for places the gazetteer lacks (Loubressac, Den Hoorn on Texel, Sint-Maria-Horebeke,
// Chemillé-en-Anjou...), their GeoNames coordinates; a village in an Indian or Philippine stub is given its
// municipality's or taluka's point. Many subjects are under 500 people and so not in the gazetteer: they
// are right when left unmapped and wrong when sent to a far namesake.
import type { GenreText } from './genre-texts.ts';
import { US, FRANCE, GERMANY, INDIA, PHILIPPINES, wikipediaText as w, LOWER_AUSTRIA, INDIANA, ILLINOIS } from './gold-points.ts';

const ITALY: [number, number] = [42.8, 12.6];
const AUSTRIA: [number, number] = [47.6, 14.1];
const SPAIN: [number, number] = [40.2, -3.6];
const NETHERLANDS: [number, number] = [52.2, 5.5];
const BELGIUM: [number, number] = [50.6, 4.6];
const SWITZERLAND: [number, number] = [46.8, 8.2];
const AVEYRON: [number, number] = [44.32, 2.68];
const OCCITANIE: [number, number] = [43.89, 3.28];
const LOT: [number, number] = [44.62, 1.6];
const BOUCHES_DU_RHONE: [number, number] = [43.54, 4.96];
const PACA: [number, number] = [43.94, 6.07];
const YONNE: [number, number] = [47.85, 3.56];
const BFC: [number, number] = [47.2, 4.8];
const MAINE_ET_LOIRE: [number, number] = [47.39, -0.56];
const PAYS_DE_LA_LOIRE: [number, number] = [47.5, -0.8];
const UMBRIA: [number, number] = [42.94, 12.62];
const PIEDMONT: [number, number] = [45.05, 7.52];
const BAVARIA: [number, number] = [48.79, 11.5];
const RHINELAND_PALATINATE: [number, number] = [50.12, 7.31];
const EXTREMADURA: [number, number] = [39.49, -6.07];
const CASTILE_LA_MANCHA: [number, number] = [39.5, -3.0];
const NORTH_HOLLAND: [number, number] = [52.52, 4.79];
const LIMBURG_NL: [number, number] = [51.44, 6.06];
const EAST_FLANDERS: [number, number] = [51.04, 3.74];
const GRAUBUNDEN: [number, number] = [46.66, 9.58];
const ZURICH_CANTON: [number, number] = [47.41, 8.65];
const MAHARASHTRA: [number, number] = [19.75, 75.71];
const UTTAR_PRADESH: [number, number] = [26.85, 80.91];
const TELANGANA: [number, number] = [17.8, 79.0];
const ANTIQUE: [number, number] = [11.37, 122.06];
const LAGUNA: [number, number] = [14.17, 121.33];
const IDAHO: [number, number] = [44.07, -114.74];
const MARYLAND: [number, number] = [39.05, -76.64];

export const WIKI_HELD_OUT_STUBS_WEST: GenreText[] = [
	// France
	w(`Lapanouse is a former commune in the Aveyron department in southern France. On 1 January 2016 it was merged into the new commune of Sévérac-d'Aveyron.`,
		{ Lapanouse: [44.337, 3.031], Aveyron: AVEYRON, France: FRANCE, "Sévérac-d'Aveyron": [44.32, 3.07] }),
	w(`Loubressac is a commune in the Lot department in south-western France. The village stands on a spur above the valley of the Bave, a few kilometres from where it joins the Dordogne.

Geography
Loubressac lies 6 km west of Saint-Céré and 5 km south of Bretenoux. The neighbouring communes are Autoire, Saint-Jean-Lespinasse, Gintrac and Mayrinhac-Lentour.`,
		{ Loubressac: [44.876, 1.80], Lot: LOT, France: FRANCE, Bave: [44.88, 1.83], Dordogne: [44.92, 1.8], 'Saint-Céré': [44.859, 1.891], Bretenoux: [44.915, 1.838], Autoire: [44.85, 1.826], 'Saint-Jean-Lespinasse': [44.868, 1.87], Gintrac: [44.892, 1.757], 'Mayrinhac-Lentour': [44.822, 1.81] }),
	w(`Eygalières is a commune in the Bouches-du-Rhône department in the Provence-Alpes-Côte d'Azur region of southern France. It lies on the northern slope of the Alpilles, between Saint-Rémy-de-Provence and Orgon.

Notable people
The actor Jean Gabin spent his last years on a farm near the village, and the singer Charles Aznavour kept a house there.`,
		{ Eygalières: [43.761, 4.95], 'Bouches-du-Rhône': BOUCHES_DU_RHONE, "Provence-Alpes-Côte d'Azur": PACA, France: FRANCE, Alpilles: [43.76, 4.85], 'Saint-Rémy-de-Provence': [43.789, 4.832], Orgon: [43.791, 5.039] }),
	w(`Vézelay is a commune in the Yonne department in the Bourgogne-Franche-Comté region in north-central France. It is in the arrondissement of Avallon and the canton of Joux-la-Ville. The town's basilica and hill are a UNESCO World Heritage Site.`,
		{ Vézelay: [47.466, 3.746], Yonne: YONNE, 'Bourgogne-Franche-Comté': BFC, France: FRANCE, Avallon: [47.49, 3.908], 'Joux-la-Ville': [47.623, 3.862] }),
	w(`Montreuil-Bellay
Commune
Country	France
Region	Pays de la Loire
Department	Maine-et-Loire
Arrondissement	Saumur
Canton	Doué-en-Anjou
INSEE/Postal code	49215 /49260
Montreuil-Bellay is a commune in the Maine-et-Loire department in western France. It stands on the Thouet, 16 km south of Saumur and 15 km north-west of Loudun.`,
		{ 'Montreuil-Bellay': [47.131, -0.154], France: FRANCE, 'Pays de la Loire': PAYS_DE_LA_LOIRE, 'Maine-et-Loire': MAINE_ET_LOIRE, Saumur: [47.259, -0.078], 'Doué-en-Anjou': [47.193, -0.275], Thouet: [47.2, -0.1], Loudun: [47.008, 0.083] }),
	w(`Chemillé-en-Anjou is a commune in the Maine-et-Loire department of western France. It was established on 15 December 2015 as a commune nouvelle by the merger of thirteen former communes, which became delegated communes; its seat is Chemillé-Melay. Among the others are Chanzeaux, La Jumellière, Valanjou and La Tourlandry.`,
		{ 'Chemillé-en-Anjou': [47.215, -0.725], 'Maine-et-Loire': MAINE_ET_LOIRE, France: FRANCE, 'Chemillé-Melay': [47.215, -0.725], Chanzeaux: [47.264, -0.64], 'La Jumellière': [47.279, -0.729], Valanjou: [47.22, -0.6], 'La Tourlandry': [47.145, -0.697] }),
	w(`Saint-Jean-de-Buèges is a commune in the Hérault department in the Occitanie region in southern France. The village lies in the valley of the Buèges at the foot of the Séranne, north of Montpellier.

Twin towns
Saint-Jean-de-Buèges is twinned with Caldes de Montbui in Catalonia.`,
		{ 'Saint-Jean-de-Buèges': [43.83, 3.614], Hérault: [43.59, 3.37], Occitanie: OCCITANIE, France: FRANCE, Buèges: [43.83, 3.61], Séranne: [43.85, 3.6], Montpellier: [43.611, 3.877], 'Caldes de Montbui': [41.632, 2.168], Catalonia: [41.8, 1.5] }),
	w(`Campagnac is a commune in the Aveyron department in southern France. It lies on the Serre, between Sévérac-le-Château and Saint-Geniez-d'Olt-et-Aubrac, at the edge of the Causse de Sévérac.`,
		{ Campagnac: [44.42, 3.086], Aveyron: AVEYRON, France: FRANCE, Serre: [44.42, 3.08], 'Sévérac-le-Château': [44.322, 3.071], "Saint-Geniez-d'Olt-et-Aubrac": [44.465, 2.975], 'Causse de Sévérac': [44.35, 3.05] }),
	w(`Adé is a commune in the Hautes-Pyrénées department in south-western France. It lies on the plain between Lourdes and Tarbes, next to Ossun and Julos, and the runways of Tarbes–Lourdes–Pyrénées Airport reach its northern edge.`,
		{ Adé: [43.14, 0.03], 'Hautes-Pyrénées': [43.14, 0.15], France: FRANCE, Lourdes: [43.095, -0.046], Tarbes: [43.234, 0.071], Ossun: [43.184, -0.027], Julos: [43.12, 0.01], 'Tarbes–Lourdes–Pyrénées Airport': [43.179, -0.006] }),
	// Italy
	w(`Montecastrilli is a comune (municipality) in the Province of Terni in the Italian region Umbria, located about 60 km south of Perugia and about 20 km northwest of Terni.`,
		{ Montecastrilli: [42.651, 12.488], 'Province of Terni': [42.56, 12.53], Italian: ITALY, Terni: [42.563, 12.643], Umbria: UMBRIA, Perugia: [43.112, 12.389] }),
	w(`Castelluccio is a frazione of the comune of Norcia in the Province of Perugia, in Umbria, central Italy. It stands at an elevation of 1,452 m on a hill above the Piano Grande, within the Monti Sibillini National Park, and is known for its lentils.`,
		{ Castelluccio: [42.829, 13.207], Norcia: [42.791, 13.096], 'Province of Perugia': [42.95, 12.6], Perugia: [43.112, 12.389], Umbria: UMBRIA, Italy: ITALY, 'Piano Grande': [42.82, 13.2], 'Monti Sibillini National Park': [42.9, 13.2] }),
	w(`Vignale Monferrato is a comune (municipality) in the Province of Alessandria in the Italian region Piedmont, located about 55 km east of Turin and about 20 km northwest of Alessandria.

Vignale Monferrato borders the following municipalities: Altavilla Monferrato, Camagna Monferrato, Casorzo, Cuccaro Monferrato, Frassinello Monferrato, Fubine, Grazzano Badoglio, and Olivola.`,
		{ 'Vignale Monferrato': [45.01, 8.397], 'Province of Alessandria': [44.82, 8.7], Italian: ITALY, Alessandria: [44.909, 8.61], Piedmont: PIEDMONT, Turin: [45.07, 7.686], 'Altavilla Monferrato': [45.04, 8.38], 'Camagna Monferrato': [45.02, 8.43], Casorzo: [45.022, 8.338], 'Cuccaro Monferrato': [44.99, 8.46], 'Frassinello Monferrato': [45.03, 8.39], Fubine: [44.963, 8.428], 'Grazzano Badoglio': [45.04, 8.31], Olivola: [45.04, 8.37] }),
	// Germany and Austria
	w(`Hausen is a municipality in the district of Kelheim in Bavaria in Germany. It lies in the Hallertau, south of the Danube.`,
		{ Hausen: [48.86, 12.0], Kelheim: [48.917, 11.886], Bavaria: BAVARIA, Germany: GERMANY, Hallertau: [48.6, 11.8], Danube: [48.9, 12.0] }),
	w(`Bernried is a municipality in the district of Deggendorf in Bavaria in Germany. It lies in the Bavarian Forest, about 10 km north of Deggendorf.`,
		{ Bernried: [48.917, 12.883], Deggendorf: [48.841, 12.961], Bavaria: BAVARIA, Germany: GERMANY, 'Bavarian Forest': [49.0, 13.2] }),
	w(`Rech is an Ortsgemeinde – a municipality belonging to a Verbandsgemeinde, a kind of collective municipality – in the Ahrweiler district in Rhineland-Palatinate, Germany. It belongs to the Verbandsgemeinde of Altenahr, whose seat is in the municipality of Altenahr. The winegrowing village lies on the Ahr, between Mayschoß and Dernau.`,
		{ Rech: [50.517, 7.033], Ahrweiler: [50.54, 7.1], 'Rhineland-Palatinate': RHINELAND_PALATINATE, Germany: GERMANY, Altenahr: [50.517, 6.983], Ahr: [50.52, 7.0], 'Mayschoß': [50.52, 7.0], Dernau: [50.53, 7.05] }),
	w(`Mönichkirchen is a municipality in the district of Neunkirchen in the Austrian state of Lower Austria. It lies on the Wechsel pass, on the border with Styria.`,
		{ Mönichkirchen: [47.511, 16.034], Neunkirchen: [47.721, 16.081], 'Lower Austria': LOWER_AUSTRIA, Wechsel: [47.53, 15.93], Styria: [47.26, 15.0], Austria: AUSTRIA, Austrian: AUSTRIA }),
	// Spain
	w(`Villanueva de la Vera is a municipality in the province of Cáceres and autonomous community of Extremadura, Spain. The municipality covers an area of 112 km² and as of 2011 had a population of 2,046 people. It lies in the comarca of La Vera, on the southern slopes of the Sierra de Gredos.`,
		{ 'Villanueva de la Vera': [40.13, -5.463], Cáceres: [39.477, -6.372], Extremadura: EXTREMADURA, Spain: SPAIN, 'La Vera': [40.1, -5.6], 'Sierra de Gredos': [40.25, -5.2] }),
	w(`Alcalá del Júcar is a municipality in the province of Albacete, Castile-La Mancha, Spain. It has a population of 1,300. The old town climbs the wall of the gorge of the Júcar below its castle.`,
		{ 'Alcalá del Júcar': [39.193, -1.43], Albacete: [38.994, -1.856], 'Castile-La Mancha': CASTILE_LA_MANCHA, Spain: SPAIN, Júcar: [39.2, -1.43] }),
	// The Netherlands and Belgium
	w(`Den Hoorn is a village in the Dutch province of North Holland. It is a part of the municipality of Texel, and lies about 5 km south of Den Burg. In 2001 the village had 440 inhabitants.`,
		{ 'Den Hoorn': [53.027, 4.75], Dutch: NETHERLANDS, 'North Holland': NORTH_HOLLAND, Texel: [53.05, 4.8], 'Den Burg': [53.054, 4.797] }),
	w(`Tienray is a village in the Dutch province of Limburg. It is a part of the municipality of Horst aan de Maas, and lies about 13 km north-west of Venlo.`,
		{ Tienray: [51.495, 6.093], Dutch: NETHERLANDS, Limburg: LIMBURG_NL, 'Horst aan de Maas': [51.45, 6.05], Venlo: [51.37, 6.168] }),
	w(`Sint-Maria-Horebeke is a village in the municipality of Horebeke in the Flemish Ardennes, in the Belgian province of East Flanders. Nearby are Sint-Kornelis-Horebeke and the town of Oudenaarde.`,
		{ 'Sint-Maria-Horebeke': [50.84, 3.69], Horebeke: [50.84, 3.69], 'Flemish Ardennes': [50.8, 3.7], 'East Flanders': EAST_FLANDERS, 'Sint-Kornelis-Horebeke': [50.833, 3.7], Oudenaarde: [50.845, 3.605], Belgium: BELGIUM, Belgian: BELGIUM }),
	// Switzerland
	w(`Bever is a municipality in the Maloja Region in the canton of Graubünden in Switzerland. It lies in the Upper Engadine, at the mouth of the Val Bever, between Samedan and La Punt Chamues-ch.`,
		{ Bever: [46.553, 9.889], Maloja: [46.4, 9.7], Graubünden: GRAUBUNDEN, Switzerland: SWITZERLAND, 'Upper Engadine': [46.5, 9.85], 'Val Bever': [46.55, 9.8], Samedan: [46.534, 9.872], 'La Punt Chamues-ch': [46.58, 9.93] }),
	w(`Wald is a municipality in the district of Hinwil in the canton of Zürich in Switzerland. It lies in the Zürcher Oberland, at the foot of the Bachtel.`,
		{ Wald: [47.276, 8.914], Hinwil: [47.294, 8.844], Zürich: ZURICH_CANTON, Switzerland: SWITZERLAND, 'Zürcher Oberland': [47.3, 8.85], Bachtel: [47.29, 8.89] }),
	// India
	w(`Rampur is a village in the Shirur taluka of Pune district in the state of Maharashtra, India. As of the 2011 Census of India, it had a population of 2,145 in 430 households. The nearest town is Shirur, 12 km away.`,
		{ Rampur: [18.83, 74.37], Shirur: [18.83, 74.37], Pune: [18.52, 73.86], Maharashtra: MAHARASHTRA, India: INDIA }),
	w(`Chandpur is a village in Bijnor tehsil of Bijnor district, Uttar Pradesh, India. According to the 2011 census it has a population of 3,012 living in 520 households. Its main agriculture product is sugarcane.`,
		{ Chandpur: [29.37, 78.13], Bijnor: [29.372, 78.136], 'Uttar Pradesh': UTTAR_PRADESH, India: INDIA }),
	w(`Kothapalle is a village in Karimnagar district of the Indian state of Telangana. It is located in Karimnagar mandal of Karimnagar revenue division, about 8 km from the district headquarters Karimnagar.`,
		{ Kothapalle: [18.44, 79.13], Indian: INDIA, Karimnagar: [18.436, 79.129], Telangana: TELANGANA }),
	// The Philippines
	w(`Pandan, officially the Municipality of Pandan, is a 4th class municipality in the province of Antique, Philippines. According to the 2020 census, it has a population of 35,965 people.

Barangays
Pandan is politically subdivided into 34 barangays, among them Bagumbayan, Baybay, Carmen, Centro Norte, Centro Sur, Duyong, Guia, San Andres, Santa Fe, Santo Rosario, Tingib and Zaldivar.`,
		{ Bagumbayan: [11.745, 122.1], Carmen: [11.745, 122.1], 'Centro Sur': [11.745, 122.1], Guia: [11.745, 122.1], 'San Andres': [11.745, 122.1], 'Santa Fe': [11.745, 122.1], 'Santo Rosario': [11.745, 122.1], Zaldivar: [11.745, 122.1], Pandan: [11.745, 122.1], Antique: ANTIQUE, Philippines: PHILIPPINES, Baybay: [11.745, 122.1], 'Centro Norte': [11.745, 122.1], Duyong: [11.745, 122.1], Tingib: [11.745, 122.1] }),
	w(`San Isidro is a barangay in the municipality of Lumban, in the province of Laguna, Philippines. Its population as determined by the 2020 Census was 2,410.`,
		{ 'San Isidro': [14.297, 121.46], Lumban: [14.297, 121.46], Laguna: LAGUNA, Philippines: PHILIPPINES }),
	// The United States
	w(`Paris is a city in Bear Lake County, Idaho, United States. The population was 513 at the 2010 census. It is the county seat of Bear Lake County.`,
		{ Paris: [42.227, -111.4], 'Bear Lake County': [42.354, -111.442], Idaho: IDAHO, 'United States': US }),
	w(`Dublin is a town in Jackson Township, Wayne County, Indiana, United States. The population was 790 at the 2010 census.

Geography
Dublin lies on U.S. Route 40, about 16 miles west of Richmond, between Cambridge City and Lewisville.`,
		{ Dublin: [39.812, -85.209], 'Jackson Township': [39.81, -85.2], 'Wayne County': [39.86, -85.0], Indiana: INDIANA, 'United States': US, 'U.S.': US, Richmond: [39.829, -84.89], 'Cambridge City': [39.813, -85.172], Lewisville: [39.807, -85.353] }),
	w(`Washington Township is one of ten townships in Daviess County, Indiana, United States. As of the 2010 census, its population was 13,500. The city of Washington, the county seat, lies within the township, and so does the unincorporated community of Glendale.`,
		{ 'Washington Township': [38.66, -87.15], 'Daviess County': [38.7, -87.07], Indiana: INDIANA, 'United States': US, Washington: [38.659, -87.173], Glendale: [38.6, -87.2] }),
	w(`Athens is a city in Menard County, Illinois, United States. The population was 1,988 at the 2010 census. It is part of the Springfield metropolitan area.`,
		{ Athens: [39.961, -89.724], 'Menard County': [40.044, -89.759], Illinois: ILLINOIS, 'United States': US, Springfield: [39.8, -89.65] }),
	w(`Lisbon is an unincorporated community and census-designated place in Howard County, Maryland, United States. As of the 2010 census it had a population of 1,200. It lies on Maryland Route 144, the old National Road, west of Ellicott City.`,
		{ Lisbon: [39.337, -77.072], 'Howard County': [39.264, -76.951], Maryland: MARYLAND, 'United States': US, 'Ellicott City': [39.267, -76.798] }),
	w(`Vienna Township is one of five townships in Scott County, Indiana, United States. As of the 2010 census, its population was 9,122. The county seat, Scottsburg, lies within the township.`,
		{ 'Vienna Township': [38.68, -85.77], 'Scott County': [38.68, -85.75], Indiana: INDIANA, 'United States': US, Scottsburg: [38.686, -85.77] })
];

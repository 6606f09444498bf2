// The fourth Wikipedia batch's articles about places in Germany, Poland, India, the Philippines, Brazil,
// Australia and Canada: the rest of WIKI_HELD_OUT_EXTRACTS (wiki-held-out-extracts.ts, whose header tells
// how the batch was written, pointed and scored), kept in a file of their own for its length.
import type { GenreText } from './genre-texts.ts';
import { GERMANY, POLAND, INDIA, PHILIPPINES, BRAZIL, wikipediaText as w, CANADA, VICTORIA } from './gold-points.ts';

const AUSTRALIA: [number, number] = [-25.0, 134.0];
const LOWER_SAXONY: [number, number] = [52.8, 9.8];
const ONTARIO: [number, number] = [50.0, -85.0];
const NSW: [number, number] = [-32.0, 147.0];
const MANILA: [number, number] = [14.6, 120.98];
const SYDNEY: [number, number] = [-33.87, 151.21];

export const WIKI_HELD_OUT_EXTRACTS_WORLD: GenreText[] = [
	// Germany and Poland
	w(`Hagen im Bremischen is a municipality in the district of Cuxhaven, in Lower Saxony, Germany. It lies between Bremerhaven and Bremen, about 20 km south-east of Bremerhaven.

State	Lower Saxony
District	Cuxhaven
Subdivisions	16 Ortsteile
Area
 • Total	198.5 km2 (76.6 sq mi)
Elevation	4 m (13 ft)
Postal codes	27628
Dialling codes	04746
Vehicle registration	CUX

== History ==
The castle of Hagen was built by the archbishops of Bremen in the 13th century to guard the marsh roads. The municipality was formed in 2014 from Hagen and the former municipalities of the Samtgemeinde Hagen.

== Geography ==
Hagen borders Schiffdorf and Loxstedt to the north, Beverstedt to the east, and the district of Osterholz to the south. The Weser lies a few kilometres to the west.`, { 'Hagen im Bremischen': [53.357, 8.643], Hagen: [53.357, 8.643], 'Samtgemeinde Hagen': [53.357, 8.643], Cuxhaven: [53.7, 8.8], 'Lower Saxony': LOWER_SAXONY, Germany: GERMANY, Bremerhaven: [53.55, 8.58], Bremen: [53.08, 8.8], Schiffdorf: [53.53, 8.65], Loxstedt: [53.47, 8.65], Beverstedt: [53.43, 8.82], Osterholz: [53.23, 8.8], Weser: [53.4, 8.5] }),
	w(`Bernau im Schwarzwald
Coordinates: 47°48′N 08°02′E
Country	Germany
State	Baden-Württemberg
Admin. region	Freiburg
District	Waldshut
Elevation	930 m (3,050 ft)
Postal codes	79872
Dialling codes	07675
Bernau im Schwarzwald is a municipality in the district of Waldshut in Baden-Württemberg, Germany. It lies in a high valley of the southern Black Forest, east of the Feldberg.
Geography
Bernau lies about 10 km north-west of St. Blasien and 12 km east of Todtnau. Freiburg is about 35 km to the north-west.
History
The valley was cleared by the monks of St. Blasien Abbey, and until 1806 it belonged to the abbey.
Notable people
Hans Thoma (1839–1924), painter, born in Bernau, later director of the art gallery in Karlsruhe`, { 'Bernau im Schwarzwald': [47.8, 8.038], Bernau: [47.8, 8.038], Germany: GERMANY, 'Baden-Württemberg': [48.5, 9.0], Freiburg: [47.99, 7.85], Waldshut: [47.62, 8.21], 'Black Forest': [48.0, 8.2], Feldberg: [47.87, 8.0], 'St. Blasien': [47.76, 8.13], Todtnau: [47.83, 7.95], Karlsruhe: [49.0, 8.4] }),
	w(`Zawoja is a village in Sucha County, Lesser Poland Voivodeship, in southern Poland, close to the border with Slovakia. It is the seat of the gmina (administrative district) called Gmina Zawoja. It lies approximately 11 kilometres south-west of Sucha Beskidzka and 56 km south-west of the regional capital Kraków.

The village has a population of 6,200.

== Geography ==
Zawoja stretches for about 18 km along the valley of the Skawica, below the northern slopes of Babia Góra, the highest peak of the Beskids outside the Tatras. The Babia Góra National Park lies south of the village.

== References ==
Słownik geograficzny Królestwa Polskiego. Vol. 14. Warsaw: Filip Sulimierski, 1895.`, { Zawoja: [49.644, 19.542], 'Sucha County': [49.7, 19.6], 'Lesser Poland Voivodeship': [49.85, 20.3], Poland: POLAND, Slovakia: [48.7, 19.5], 'Gmina Zawoja': [49.644, 19.542], 'Sucha Beskidzka': [49.74, 19.59], Kraków: [50.06, 19.94], Skawica: [49.68, 19.55], 'Babia Góra': [49.573, 19.53], Beskids: [49.6, 19.5], Tatras: [49.2, 20.0], 'Babia Góra National Park': [49.58, 19.53], Warsaw: [52.23, 21.01] }),
	w(`Dąbrowa (German: Dambrau) is a village in Opole County, Opole Voivodeship, in south-western Poland. It is the seat of the gmina (administrative district) called Gmina Dąbrowa. It lies approximately 15 kilometres west of the regional capital Opole.

Before 1945 the area was part of Germany (see Territorial changes of Poland after World War II).

The village has a population of 1,100.

== Geography ==
Dąbrowa lies in the Silesian Lowlands, on the road from Opole to Niemodlin, and about 30 km south-east of Brzeg.`, { Dąbrowa: [50.6835, 17.7496], Dambrau: [50.6835, 17.7496], 'Opole County': [50.7, 17.9], 'Opole Voivodeship': [50.6, 17.9], Poland: POLAND, 'Gmina Dąbrowa': [50.6835, 17.7496], Opole: [50.67, 17.93], Germany: GERMANY, Niemodlin: [50.64, 17.62], Brzeg: [50.86, 17.47], 'Silesian Lowlands': [51.0, 17.0] }),
	// India
	w(`Rampur is a village in Kapurthala district of Punjab State, India. It is located 10 kilometres from Kapurthala, which is both district and sub-district headquarters of Rampur. The village is administrated by a Sarpanch, who is an elected representative of the village.

== Demography ==
According to the report published by Census India in 2011, Rampur has 201 houses with a total population of 1,012 persons of which 520 are male and 492 are female. The literacy rate of Rampur is 74.12%, lower than the state average of 75.84%. The population of children in the age group 0-6 years is 98, which is 9.68% of the total population.

== Transport ==
Kapurthala railway station is the nearest train station; however, Jalandhar City railway station is 24 km away from the village. The village is 93 km away from Sri Guru Ram Dass Jee International Airport in Amritsar, and the other nearest airport is Sahnewal Airport in Ludhiana, which is located 98 km away from the village. Phagwara, Jandiala, Jalandhar Cantonment and Hoshiarpur are the nearby cities to Rampur village.

== See also ==
List of villages in India`, { Rampur: [31.38, 75.38], Kapurthala: [31.38, 75.38], Punjab: [31.0, 75.5], 'Punjab State': [31.0, 75.5], India: INDIA, Jalandhar: [31.33, 75.58], 'Jalandhar City': [31.33, 75.58], 'Jalandhar Cantonment': [31.29, 75.62], Amritsar: [31.63, 74.87], Ludhiana: [30.9, 75.85], Sahnewal: [30.85, 75.95], Phagwara: [31.22, 75.77], Jandiala: [31.16, 75.62], Hoshiarpur: [31.53, 75.91] }),
	w(`Chandpur is a city and a municipal board in Bijnor district in the Indian state of Uttar Pradesh.

== Geography ==
Chandpur is located at 29.13°N 78.27°E. It has an average elevation of 230 metres. The city lies about 33 km south-east of Bijnor, on the road to Moradabad, and about 20 km east of the Ganges.

== Demographics ==
As of the 2011 Census of India, Chandpur had a population of 84,000. Males constitute 52% of the population and females 48%.

== Transport ==
Chandpur Siau railway station is on the line from Moradabad to Saharanpur, and buses run to Delhi, about 160 km to the south-west.

== References ==
District Gazetteers of the United Provinces. Vol. 14: Bijnor. Allahabad: Government Press, 1908.`, { Chandpur: [29.135, 78.272], Bijnor: [29.37, 78.13], 'Uttar Pradesh': [27.0, 80.9], India: INDIA, Moradabad: [28.83, 78.78], Ganges: [29.2, 78.0], Saharanpur: [29.97, 77.55], Delhi: [28.66, 77.23], Siau: [29.13, 78.27], 'United Provinces': [27.0, 80.9], Allahabad: [25.44, 81.85] }),
	// Philippines
	w(`San Isidro is a barangay in the municipality of Lubao, in the province of Pampanga, Philippines. Its population as determined by the 2020 Census was 4,512.

Country	Philippines
Region	Central Luzon
Province	Pampanga
Municipality	Lubao
Area
 • Total	2.31 km2 (0.89 sq mi)
Population (2020)
 • Total	4,512
Time zone	UTC+8 (PST)
Postal code	2005
PSGC	035411020

== Geography ==
San Isidro lies north of the Poblacion of Lubao, on the road to Guagua. It borders the barangays of Santa Cruz to the east and San Nicolas to the west, and the town of Floridablanca lies to the north-west.

== Economy ==
Most households grow rice or raise fish in ponds; many residents work in San Fernando, the provincial capital, or in Manila.`, { 'San Isidro': [14.94, 120.6], Lubao: [14.94, 120.6], Pampanga: [15.07, 120.66], Philippines: PHILIPPINES, 'Central Luzon': [15.5, 120.7], Poblacion: [14.94, 120.6], Guagua: [14.97, 120.63], 'Santa Cruz': [14.94, 120.61], 'San Nicolas': [14.94, 120.59], Floridablanca: [14.97, 120.53], 'San Fernando': [15.03, 120.69], Manila: MANILA }),
	w(`Santa Maria, officially the Municipality of Santa Maria (Ilocano: Ili ti Santa Maria; Tagalog: Bayan ng Santa Maria), is a 3rd class municipality in the province of Ilocos Sur, Philippines. According to the 2020 census, it has a population of 30,000 people.

Country	Philippines
Region	Ilocos Region
Province	Ilocos Sur
District	2nd district
Barangays	33 (see Barangays)
Time zone	UTC+8 (PST)
ZIP code	2705
IDD : area code	+63 (0)77

== History ==
Its hilltop church of Our Lady of the Assumption, finished in 1765, is one of the Baroque Churches of the Philippines listed as a World Heritage Site.

== Geography ==
Santa Maria is bordered by Narvacan to the north, San Esteban to the south and Burgos to the east, and faces the South China Sea to the west. It lies 40 km south of Vigan, the provincial capital, and 370 km north of Manila.

== Barangays ==
Santa Maria is politically subdivided into 33 barangays, among them Bia-o, Poblacion Norte, Poblacion Sur and San Pedro.`, { 'Santa Maria': [17.37, 120.48], 'Ilocos Sur': [17.2, 120.5], Philippines: PHILIPPINES, 'Ilocos Region': [16.6, 120.4], Narvacan: [17.42, 120.47], 'San Esteban': [17.33, 120.45], Burgos: [17.32, 120.6], 'South China Sea': [15.0, 115.0], Vigan: [17.57, 120.39], Manila: MANILA, 'San Pedro': [17.37, 120.48], 'Poblacion Norte': [17.37, 120.48], 'Poblacion Sur': [17.37, 120.48] }),
	// Brazil
	w(`Palmas is a municipality in the state of Paraná in the South Region of Brazil. It lies on a high plateau near the border with Santa Catarina, and its winters are among the coldest in the country.

Country	Brazil
Region	South
State	Paraná
Founded	1879
Area
 • Total	1,567 km2 (605 sq mi)
Elevation	1,115 m (3,658 ft)
Population (2020)
 • Total	51,755
Time zone	UTC−3 (BRT)

== Geography ==
The municipality borders General Carneiro to the east, Clevelândia to the west and Coronel Domingos Soares to the north, and is about 380 km south-west of Curitiba, the state capital. Pato Branco lies 70 km to the north-west.

== Economy ==
Cattle ranching, soybeans and timber are the main activities, and wind turbines on the plateau supply power to the state grid.`, { Palmas: [-26.484, -51.991], Paraná: [-24.5, -51.5], 'South Region': [-27.0, -51.0], Brazil: BRAZIL, 'Santa Catarina': [-27.3, -50.2], South: [-27.0, -51.0], 'General Carneiro': [-26.43, -51.32], Clevelândia: [-26.4, -52.36], 'Coronel Domingos Soares': [-26.23, -52.03], Curitiba: [-25.43, -49.27], 'Pato Branco': [-26.23, -52.67] }),
	// Australia and Canada
	w(`Bright
Victoria
Coordinates	36°43′48″S 146°57′36″E
Population	2,406 (2016 census)
Postcode(s)	3741
Elevation	318 m (1,043 ft)
Location	310 km (193 mi) NE of Melbourne; 79 km (49 mi) SE of Wangaratta; 28 km (17 mi) SE of Myrtleford
LGA(s)	Alpine Shire
State electorate(s)	Benambra
Federal division(s)	Indi
Bright is a town in the Alpine Shire in north-eastern Victoria, Australia, in the valley of the Ovens River at the foot of the Victorian Alps. At the 2016 census, Bright had a population of 2,406.
History
Gold was found in the Ovens valley in the 1850s and the town was surveyed in 1862. The railway from Wangaratta reached Bright in 1890 and closed in 1983.
Geography
Porepunkah lies 6 km to the north-west and Harrietville 23 km to the south-east, on the road over Mount Hotham. Mount Beauty is reached over Tawonga Gap.
Tourism
Bright is a base for the snowfields of Mount Hotham and Falls Creek, and its avenues of autumn trees draw visitors from Melbourne and Sydney.`, { Bright: [-36.73, 146.96], Victoria: VICTORIA, Melbourne: [-37.81, 144.96], Wangaratta: [-36.36, 146.31], Myrtleford: [-36.56, 146.72], 'Alpine Shire': [-36.9, 147.0], Benambra: [-36.95, 147.7], Indi: [-36.5, 146.8], Australia: AUSTRALIA, 'Ovens River': [-36.73, 146.96], 'Victorian Alps': [-37.0, 147.0], Ovens: [-36.73, 146.96], Porepunkah: [-36.7, 146.91], Harrietville: [-36.89, 147.06], 'Mount Hotham': [-36.98, 147.13], 'Mount Beauty': [-36.74, 147.17], 'Tawonga Gap': [-36.73, 147.08], 'Falls Creek': [-36.86, 147.28], Sydney: SYDNEY }),
	w(`Gundagai is a town in New South Wales, Australia, on the Murrumbidgee River. It is the seat of the Cootamundra-Gundagai Regional Council. At the 2021 census, Gundagai had a population of 1,800.

== History ==
The first town was built on the river flats, and in June 1852 a flood swept it away and drowned at least 78 people; the town was rebuilt on the higher ground of Mount Parnassus. The Dog on the Tuckerbox statue stands beside the old highway at Five Mile Creek, north of the town.

== Geography ==
Gundagai lies on the Hume Highway about 390 km south-west of Sydney and 110 km west of Canberra. Tumut is 30 km to the south-east, Wagga Wagga 80 km to the west, and Cootamundra 50 km to the north.

== Notable people ==
Jack O'Hagan, who wrote songs about the town, never lived in it; he was born in Melbourne.

== References ==
Gormly, James (1921). Exploration and Settlement in Australia. Sydney: D. S. Ford.`, { Gundagai: [-35.064, 148.104], 'New South Wales': NSW, Australia: AUSTRALIA, 'Murrumbidgee River': [-35.06, 148.1], 'Cootamundra-Gundagai Regional Council': [-34.8, 148.0], 'Mount Parnassus': [-35.06, 148.1], 'Five Mile Creek': [-35.0, 148.1], Sydney: SYDNEY, Canberra: [-35.28, 149.13], Tumut: [-35.3, 148.22], 'Wagga Wagga': [-35.12, 147.37], Cootamundra: [-34.64, 148.03], Melbourne: [-37.81, 144.96], 'Hume Highway': [-35.06, 148.1] }),
	w(`Delhi is a community in Norfolk County, Ontario, Canada. It lies in the centre of the county's sand plain, about 15 km west of Simcoe and 50 km south-west of Brantford. Formerly called Fredericksburg, it took its present name in the 1830s.

== History ==
Delhi grew as a mill town on Big Creek. From the 1920s flue-cured tobacco was the main crop of the district, and many of the growers were immigrants from Belgium, Hungary and the Netherlands.

== Geography ==
The community is bordered by the former townships of Windham to the east and Middleton to the west. Tillsonburg lies 20 km to the west and Lake Erie about 25 km to the south, at Port Rowan.

== See also ==
List of communities in Ontario

== References ==
"Tobacco growers look to new crops". The Simcoe Reformer. Simcoe. 12 August 2011.
Reville, F. Douglas (1920). History of the County of Brant. Brantford: Hurley Printing.`, { Delhi: [42.853, -80.499], 'Norfolk County': [42.85, -80.4], Ontario: ONTARIO, Canada: CANADA, Simcoe: [42.84, -80.3], Brantford: [43.14, -80.26], Fredericksburg: [42.853, -80.499], 'Big Creek': [42.85, -80.5], Belgium: [50.6, 4.6], Hungary: [47.0, 19.5], Netherlands: [52.2, 5.5], Windham: [42.9, -80.4], Middleton: [42.8, -80.6], Tillsonburg: [42.86, -80.73], 'Lake Erie': [42.5, -81.0], 'Port Rowan': [42.62, -80.45], Brant: [43.13, -80.35] })
];

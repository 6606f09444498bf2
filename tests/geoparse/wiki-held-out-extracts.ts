// Held-out texts in the FORM of Wikipedia articles as a corpus user gets them (API plain-text extracts
// with "== Heading ==" lines, or a rendered page's text with bare headings and infobox remnants:
// "Country United States", "Coordinates: 40°22′34″N 82°23′50″W", "Postcode(s) 3741", reference lists with
// publisher places and newspaper names, twin-town lists, neighbour sentences). Written for the tests (none
// copied) on 3 December (session 23) and scored BEFORE any code was changed for them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-extracts`. Gold points from
// `gazette lookup NAME --country CC` or the place's known coordinates where the gazetteer lacks it
// (Berlin in Holmes County, Ohio; Delhi in Norfolk County, Ontario; Aberdaron; Aubeterre-sur-Dronne): a
// wrong homonym is then a miss. Villages in Indian and Philippine stubs are given their municipality's point.
// After the first scoring (329/341), gold was added for four names the geoparser reads as parts of longer
// ones ("Bardsey" of Bardsey Island, "Cardigan" of Cardigan Bay, "Hertford" of "the County of Hertford",
// "Samtgemeinde Hagen"), which were listed as ungraded: scored again on main before these rules (13afb86), 332/346.
import type { GenreText } from './genre-texts.ts';
import { US, ENGLAND, WALES, FRANCE, GERMANY, wikipediaText as w, OCCITANIE } from './gold-points.ts';
import { WIKI_HELD_OUT_EXTRACTS_WORLD } from './wiki-held-out-extracts-world.ts';

const UK: [number, number] = [54.0, -2.5];
const OHIO: [number, number] = [40.3, -82.8];
const NEW_MEXICO: [number, number] = [34.4, -106.1];
const CALIFORNIA: [number, number] = [37.2, -119.5];
const KANSAS: [number, number] = [38.5, -98.4];
const NOUVELLE_AQUITAINE: [number, number] = [45.2, 0.2];
const CLEVELAND: [number, number] = [41.5, -81.69];
const COLUMBUS: [number, number] = [39.96, -83.0];
const LONDON: [number, number] = [51.51, -0.13];

export const WIKI_HELD_OUT_EXTRACTS: GenreText[] = [
	// United States: a rendered page with its infobox, then API extracts
	w(`Gambier, Ohio
Village
Gambier is a village in Knox County, Ohio, United States, best known as the home of Kenyon College. The population was 2,391 at the 2010 census.
Coordinates: 40°22′34″N 82°23′50″W
Country	United States
State	Ohio
County	Knox
Township	College
Area
 • Total	1.77 sq mi (4.58 km2)
Elevation	1,102 ft (336 m)
Population (2010)
 • Total	2,391
Time zone	UTC−5 (Eastern (EST))
ZIP code	43022
Area code	740
History
The village was laid out in 1824 by Philander Chase, the first Episcopal bishop of Ohio, who had gathered money for a seminary from donors in England. It takes its name from Lord Gambier, one of those donors.
Geography
Gambier stands on a hill above the Kokosing River, about 5 miles east of Mount Vernon, the county seat, and 50 miles north-east of Columbus. College Township surrounds the village, and the small community of Howard lies to the north-east.
Demographics
As of the census of 2010, there were 2,391 people, 355 households, and 176 families living in the village. The racial makeup of the village was 86.8% White, 4.2% African American, 0.3% Native American and 4.6% Asian.
Notable people
Rutherford B. Hayes, 19th President of the United States, born in Delaware, Ohio, graduated from Kenyon in 1842
See also
List of villages in Ohio
References
Smythe, George Franklin (1924). Kenyon College: Its First Century. New Haven: Yale University Press.
"Village council approves budget". Mount Vernon News. 12 March 2015.`, { Gambier: [40.376, -82.397], 'Knox County': [40.4, -82.42], Knox: [40.4, -82.42], Ohio: OHIO, 'United States': US, College: [40.38, -82.4], England: ENGLAND, 'Kokosing River': [40.37, -82.4], 'Mount Vernon': [40.393, -82.486], Columbus: COLUMBUS, 'College Township': [40.38, -82.4], Howard: [40.41, -82.33], Delaware: [40.3, -83.07], 'New Haven': [41.31, -72.92] }),
	w(`Berlin is an unincorporated community and census-designated place in Berlin Township, Holmes County, Ohio, United States. It lies at the heart of the Amish settlement of Holmes County and is a centre of the county's tourist trade. The population was 898 at the 2010 census.

== History ==
Berlin was laid out in 1816 by John Swigert, who named it after a city in Germany that many of the early settlers had come from. A post office has operated in the community since 1826.

== Geography ==
Berlin lies along U.S. Route 62 and State Route 39, about 5 miles east of Millersburg, the county seat, and 3 miles west of Walnut Creek. Sugarcreek lies to the north-east, across the line in Tuscarawas County.

== Economy ==
Shops selling furniture, quilts and cheese line the main street, and coaches bring visitors from Cleveland, Columbus and Pittsburgh.

== See also ==
Berlin Township, Holmes County, Ohio

== References ==
Kraybill, Donald B. (2001). The Riddle of Amish Culture. Baltimore: Johns Hopkins University Press.
"Holmes County tourism keeps growing". The Daily Record. Wooster. 3 June 2012.`, { Berlin: [40.561, -81.794], 'Berlin Township': [40.56, -81.79], 'Holmes County': [40.56, -81.93], Ohio: OHIO, 'United States': US, Germany: GERMANY, Millersburg: [40.5545, -81.918], 'Walnut Creek': [40.541, -81.722], Sugarcreek: [40.503, -81.641], 'Tuscarawas County': [40.44, -81.47], Cleveland: CLEVELAND, Columbus: COLUMBUS, Pittsburgh: [40.44, -80.0], Baltimore: [39.29, -76.61], Wooster: [40.805, -81.935] }),
	w(`Cuba is a village in Sandoval County, New Mexico, United States. The population was 731 at the 2010 census. It lies on the Rio Puerco at the foot of the San Pedro Mountains.

== History ==
Spanish settlers from the Rio Grande valley began grazing sheep here in the 1760s, and the settlement was long known as Nacimiento. The name Cuba came into use in the late 19th century, and the village was incorporated in 1963.

== Geography ==
Cuba is located at 36°1′22″N 106°57′32″W. It lies on U.S. Route 550, about 75 miles north-west of Albuquerque and 100 miles south-east of Farmington. The Santa Fe National Forest borders the village to the east, and the Jicarilla Apache reservation lies to the north.

== Demographics ==
As of the census of 2000, there were 590 people, 226 households, and 149 families residing in the village. The population density was 215.2 people per square mile.

== Education ==
Cuba Independent Schools serves the village.

== References ==
Julyan, Robert (1998). The Place Names of New Mexico. Albuquerque: University of New Mexico Press.
"Cuba plans new fire station". Albuquerque Journal. 8 October 2014.`, { Cuba: [36.022, -106.958], 'Sandoval County': [35.69, -106.87], 'New Mexico': NEW_MEXICO, 'United States': US, 'Rio Puerco': [36.0, -106.95], 'San Pedro Mountains': [36.1, -106.8], 'Rio Grande': [35.6, -106.3], Nacimiento: [36.02, -106.96], Albuquerque: [35.08, -106.65], Farmington: [36.73, -108.22], 'Santa Fe National Forest': [35.9, -106.6] }),
	w(`Mecca is an unincorporated community and census-designated place in Riverside County, California, United States. It lies in the Coachella Valley, near the northern shore of the Salton Sea.

Coordinates: 33°34′20″N 116°4′38″W

== Geography ==
Mecca is about 10 miles south-east of Coachella and 25 miles south-east of Indio. Thermal lies to the west, and the road to the Box Canyon and Joshua Tree National Park leaves the community to the north-east. The Salton Sea State Recreation Area lies to the south.

== Economy ==
Date palms, grapes and winter vegetables are grown on the irrigated land around Mecca, and most residents work in agriculture.

== Demographics ==
The 2010 United States Census reported that Mecca had a population of 8,577. The racial makeup of Mecca was 4,286 (50.0%) White and 4,002 (46.7%) from other races; Hispanic or Latino of any race were 8,453 persons (98.6%).

== See also ==
Salton Sea

== External links ==
"Mecca farmworkers await housing". The Desert Sun. Palm Springs. 2 May 2018.`, { Mecca: [33.572, -116.078], 'Riverside County': [33.74, -115.99], California: CALIFORNIA, 'United States': US, 'Coachella Valley': [33.68, -116.17], 'Salton Sea': [33.3, -115.8], Coachella: [33.68, -116.17], Indio: [33.72, -116.22], Thermal: [33.64, -116.14], 'Box Canyon': [33.62, -115.95], 'Joshua Tree National Park': [33.87, -115.9], 'Palm Springs': [33.83, -116.55] }),
	w(`Lebanon, Kansas
City
Coordinates: 39°48′36″N 98°33′17″W
Country	United States
State	Kansas
County	Smith
Founded	1887
Elevation	1,821 ft (555 m)
Population (2020)
 • Total	175
Time zone	UTC-6 (CST)
ZIP code	66952
FIPS code	20-39375
Lebanon is a city in Smith County, Kansas, United States. The population was 175 at the 2020 census. The geographic center of the contiguous United States lies about 2.6 miles north-west of the city, marked by a small stone monument and a chapel.
History
Lebanon was founded in 1887 when the railroad was built through the area. It was named after a town in Indiana.
Geography
Lebanon lies about 4 miles south of the Nebraska line. Smith Center, the county seat, is 14 miles to the west, and Mankato 20 miles to the east.
Demographics
As of the census of 2010, there were 218 people, 109 households, and 60 families residing in the city. The median age in the city was 54.1 years.
Education
The community is served by Smith Center USD 237.
References
Blackmar, Frank W. (1912). Kansas: A Cyclopedia of State History. Chicago: Standard Publishing Company.
"Center of the nation draws visitors". Smith County Pioneer. Smith Center. 4 July 2019.`, { Lebanon: [39.81, -98.555], 'Smith County': [39.78, -98.78], Smith: [39.78, -98.78], Kansas: KANSAS, 'United States': US, Indiana: [39.9, -86.3], Nebraska: [41.5, -99.8], 'Smith Center': [39.779, -98.785], Mankato: [39.787, -98.21], Chicago: [41.88, -87.63] }),
	w(`Bath Township is one of the nine townships of Summit County, Ohio, United States, and a suburb of Akron. The population was 9,693 at the 2020 census.

== Geography ==
Located in the north-western part of the county, it borders the following townships and municipalities:
Richfield Township - north
Boston Township - northeast
Cuyahoga Falls - east
Fairlawn - southeast
Copley Township - south
Granger Township, Medina County - west
The unincorporated community of Bath lies near the centre of the township, and Ghent lies in its south-east.

== History ==
Settled in 1810 and first called Wheatfield, it took the name Bath in 1818, after the city in England. Hale Farm and Village, an outdoor museum of the Western Reserve Historical Society, stands in the north of the township near the Cuyahoga Valley National Park.

== Government ==
The township is governed by a three-member board of trustees, who are elected in November of odd-numbered years.

== References ==
Doyle, William B. (1908). Centennial History of Summit County, Ohio. Chicago: Biographical Publishing Company.
"Bath trustees weigh road levy". Akron Beacon Journal. 5 February 2016.`, { 'Bath Township': [41.18, -81.64], Bath: [41.18, -81.64], 'Summit County': [41.13, -81.53], Ohio: OHIO, 'United States': US, Akron: [41.08, -81.52], 'Richfield Township': [41.24, -81.64], 'Boston Township': [41.26, -81.54], 'Cuyahoga Falls': [41.13, -81.48], Fairlawn: [41.13, -81.61], 'Copley Township': [41.1, -81.64], 'Granger Township': [41.16, -81.76], 'Medina County': [41.12, -81.9], Ghent: [41.16, -81.6], Wheatfield: [41.18, -81.64], England: ENGLAND, 'Western Reserve': [41.3, -81.3], 'Cuyahoga Valley National Park': [41.26, -81.56], Chicago: [41.88, -87.63] }),
	// England and Wales: villages, civil parishes and communities of the same name
	w(`Ashwell is a village and civil parish in the North Hertfordshire district of Hertfordshire, England, about 4 miles north-east of Baldock and 5 miles west of Royston. At the 2011 census the parish had a population of 1,870.

== Geography ==
The village stands at the foot of the chalk hills, where springs rise that feed the River Rhee, one of the headwaters of the Cam. The parish is bordered by Hinxworth to the west, Bygrave and Newnham to the south, and by Steeple Morden and Guilden Morden, in Cambridgeshire, to the north.

== History ==
Ashwell was a market town in the Middle Ages, and the Domesday Book of 1086 records it as a borough. The church of St Mary has a tall tower that can be seen from much of the parish.

== Notable people ==
Henry Morris, educationist, lived in the village

== References ==
Page, William, ed. (1912). A History of the County of Hertford. Vol. 3. London: Victoria County History.
"Ashwell museum celebrates centenary". Royston Crow. 10 May 2019.

== External links ==
Ashwell Parish Council`, { Ashwell: [52.039, -0.154], 'North Hertfordshire': [51.97, -0.2], Hertfordshire: [51.8, -0.2], England: ENGLAND, Baldock: [51.99, -0.188], Royston: [52.05, -0.02], 'River Rhee': [52.07, -0.1], Cam: [52.2, 0.12], Hinxworth: [52.045, -0.19], Bygrave: [52.01, -0.16], Newnham: [52.02, -0.18], 'Steeple Morden': [52.07, -0.13], 'Guilden Morden': [52.07, -0.14], Cambridgeshire: [52.3, 0.0], London: LONDON, Hertford: [51.8, -0.2] }),
	w(`Ripley is a village and civil parish in the borough of Guildford, Surrey, England. It lies on the old London to Portsmouth road, which the A3 now bypasses, about 6 miles north-east of Guildford and 3 miles east of Woking.

== Geography ==
The parish includes the village green, one of the largest in England, and the hamlet of Ockham Mill. It borders Send to the south-west, Ockham to the east and Wisley to the north, and the River Wey forms much of its western edge.

== History ==
Coaches between London and Portsmouth changed horses at the inns of Ripley, and in the 1880s the village became a favourite stop for cyclists riding out from London.

== Notable people ==
Thomas Bradley, cricketer, born in Ripley

== References ==
Malden, H. E., ed. (1911). A History of the County of Surrey. Vol. 3. London: Victoria County History.
"Plans for Ripley green rejected". Surrey Advertiser. Guildford. 14 January 2020.`, { Ripley: [51.299, -0.492], Guildford: [51.24, -0.57], Surrey: [51.25, -0.4], England: ENGLAND, London: LONDON, Portsmouth: [50.8, -1.09], Woking: [51.32, -0.56], 'Ockham Mill': [51.3, -0.47], Send: [51.28, -0.53], Ockham: [51.3, -0.45], Wisley: [51.32, -0.48], 'River Wey': [51.3, -0.5] }),
	w(`Aberdaron
Village and community
Aberdaron shown within Gwynedd
Population	965 (2011)
OS grid reference	SH173264
Community	Aberdaron
Principal area	Gwynedd
Preserved county	Gwynedd
Country	Wales
Sovereign state	United Kingdom
Post town	PWLLHELI
Postcode district	LL53
Dialling code	01758
Police	North Wales
Fire	North Wales
UK Parliament	Dwyfor Meirionnydd
Coordinates: 52.804°N 4.713°W
Aberdaron is a village and community at the western tip of the Llŷn Peninsula in Gwynedd, Wales, in the historic county of Caernarfonshire. It lies 15 miles west of Pwllheli, on a small bay facing Cardigan Bay.
History
For centuries pilgrims on their way to Bardsey Island rested in the village before the crossing. The church of St Hywyn stands just above the beach.
Geography
The community includes the villages of Rhiw and Uwchmynydd, and Bardsey Island lies two miles off the headland.
Notable people
R. S. Thomas, poet, was vicar of the parish from 1967 to 1978
References
Jones, Elis Gwyn (1983). Aberdaron. Caernarfon: Gwasanaeth Llyfrgell Gwynedd.`, { Aberdaron: [52.804, -4.713], Gwynedd: [52.9, -3.9], Wales: WALES, 'United Kingdom': UK, PWLLHELI: [52.888, -4.417], Pwllheli: [52.888, -4.417], 'North Wales': [53.0, -3.6], 'Dwyfor Meirionnydd': [52.85, -4.0], 'Llŷn Peninsula': [52.87, -4.5], Caernarfonshire: [53.0, -4.2], 'Cardigan Bay': [52.5, -4.3], 'Bardsey Island': [52.76, -4.79], Bardsey: [52.76, -4.79], Cardigan: [52.5, -4.3], Rhiw: [52.83, -4.63], Uwchmynydd: [52.79, -4.74], Caernarfon: [53.14, -4.27] }),
	w(`Hay-on-Wye is a small market town and community in Powys, Wales, in the historic county of Brecknockshire. It lies on the south bank of the River Wye, on the border with England: Herefordshire lies across the Dulas Brook to the east. Brecon is about 15 miles to the south-west and Hereford 20 miles to the east.

== History ==
A Norman castle was built in the town in the 12th century. In 1961 Richard Booth opened the first of the secondhand bookshops that made Hay known as "the town of books", and the Hay Festival has been held every summer since 1988.

== Twin towns – sister cities ==
Hay-on-Wye is twinned with:
Timbuktu, Mali
Redu, Belgium

== See also ==
Clyro
Black Mountains

== References ==
Booth, Richard (1999). My Kingdom of Books. Talybont: Y Lolfa.`, { 'Hay-on-Wye': [52.07, -3.127], Powys: [52.3, -3.4], Wales: WALES, Brecknockshire: [51.95, -3.4], 'River Wye': [52.07, -3.13], England: ENGLAND, Herefordshire: [52.08, -2.75], 'Dulas Brook': [52.07, -3.12], Brecon: [51.946, -3.389], Hereford: [52.056, -2.716], Hay: [52.07, -3.127], Timbuktu: [16.77, -3.0], Mali: [17.0, -4.0], Redu: [50.01, 5.16], Belgium: [50.6, 4.6], Clyro: [52.08, -3.15], 'Black Mountains': [51.95, -3.1], Talybont: [52.48, -4.03] }),
	// France: communes
	w(`Montmorillon is a commune in the Vienne department in the Nouvelle-Aquitaine region in western France. It lies on the Gartempe, about 50 km south-east of Poitiers.

Country	France
Region	Nouvelle-Aquitaine
Department	Vienne
Arrondissement	Montmorillon
Canton	Montmorillon
Intercommunality	Vienne et Gartempe
Area1	51.98 km2 (20.07 sq mi)
Population (2021)	6,040
Time zone	UTC+01:00 (CET)
INSEE/Postal code	86165 /86500
Elevation	72–152 m (236–499 ft)

== History ==
The town grew up around a priory and a hospital founded for pilgrims in the 11th century. Since 2000 it has called itself a "city of writing", with bookshops and workshops on the old streets by the river.

== Geography ==
The commune borders Lussac-les-Châteaux to the west and lies on the road from Poitiers to Limoges, about 30 km south of Le Blanc.

== See also ==
Communes of the Vienne department`, { Montmorillon: [46.4265, 0.8696], Vienne: [46.58, 0.5], 'Nouvelle-Aquitaine': NOUVELLE_AQUITAINE, France: FRANCE, Gartempe: [46.43, 0.87], Poitiers: [46.58, 0.34], 'Lussac-les-Châteaux': [46.4, 0.73], Limoges: [45.83, 1.26], 'Le Blanc': [46.633, 1.063] }),
	w(`Aubeterre-sur-Dronne
Commune
Location of Aubeterre-sur-Dronne
Coordinates: 45°16′13″N 0°10′27″E
Country	France
Region	Nouvelle-Aquitaine
Department	Charente
Arrondissement	Angoulême
Canton	Tude-et-Lavalette
Aubeterre-sur-Dronne is a commune in the Charente department in south-western France. It is a member of the association of the most beautiful villages of France.
Geography
The village is built in tiers on a chalk cliff above the Dronne, which forms the border with the Dordogne department. It lies about 45 km south of Angoulême, 12 km west of Ribérac and 10 km east of Chalais.
Sights
The church of Saint-Jean, cut into the cliff in the 12th century, is one of the largest monolithic churches in Europe.
See also
Communes of the Charente department`, { 'Aubeterre-sur-Dronne': [45.27, 0.174], France: FRANCE, 'Nouvelle-Aquitaine': NOUVELLE_AQUITAINE, Charente: [45.7, 0.2], Angoulême: [45.65, 0.16], 'Tude-et-Lavalette': [45.35, 0.2], Dronne: [45.27, 0.17], Dordogne: [45.1, 0.7], Ribérac: [45.25, 0.34], Chalais: [45.27, 0.04], Europe: [48.7, 9.1] }),
	w(`Montréal is a commune in the Aude department in southern France. It stands on a hill in the Lauragais, between Carcassonne and Castelnaudary.

== Geography ==
Montréal lies about 20 km west of Carcassonne, 22 km south-east of Castelnaudary and 6 km north of Fanjeaux. The commune of Bram borders it to the north.

== History ==
Saint Dominic preached in the area in the early 13th century, and the collegiate church of Saint-Vincent dominates the village.

== Population ==
Inhabitants of Montréal are called Montréalais in French.

== See also ==
Communes of the Aude department

== References ==
Cazes, Jean (1995). Le Lauragais audois. Toulouse: Privat.`, { Montréal: [43.2, 2.141], Aude: [43.1, 2.4], France: FRANCE, Lauragais: [43.4, 1.8], Carcassonne: [43.21, 2.35], Castelnaudary: [43.32, 1.95], Fanjeaux: [43.19, 2.03], Bram: [43.24, 2.11], Toulouse: [43.6, 1.44], Occitanie: OCCITANIE }),
	// Germany, Poland, India, the Philippines, Brazil, Australia and Canada
	...WIKI_HELD_OUT_EXTRACTS_WORLD
];

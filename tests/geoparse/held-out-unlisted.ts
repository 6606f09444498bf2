// The ablation batch of session 26: Wikipedia-style stubs and short articles (written for the tests, none
// copied) about real small places that the gazetteer HAS (GeoNames cities500, mostly 500-3,000 people), in
// many countries, several sharing their name with a place elsewhere in the same country or abroad.
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-unlisted` scores them with each subject taken
// OUT of the gazetteer (tests/helpers/unlisted-gazetteer.ts hides every entry of the subject's name within
// 30 km of its point): the texts stand for the many real places the gazetteer lacks, whose gold no other
// batch can have since every other batch's gold comes from the gazetteer itself. Gold: only the subject,
// at its own GeoNames point (`gazette lookup NAME --country CC`); the parents are graded elsewhere.
// Scored on main (6d41e23) before any code was changed for it.
import type { GenreText } from './genre-texts.ts';

const w = (text: string, name: string, point: [number, number]): GenreText => ({ genre: 'wikipedia', text, gold: { [name]: point } });

export const HELD_OUT_UNLISTED: GenreText[] = [
	// Poland
	w('Łęki is a village in the administrative district of Gmina Myślenice, within Myślenice County, Lesser Poland Voivodeship, in southern Poland. It lies approximately 6 kilometres east of Myślenice and 30 km south of the regional capital Kraków.', 'Łęki', [49.8354, 20.0166]),
	w('Książenice is a village in the administrative district of Gmina Grodzisk Mazowiecki, within Grodzisk Mazowiecki County, Masovian Voivodeship, in east-central Poland. It lies about 5 km south of Milanówek and 30 km south-west of Warsaw. Książenice has a primary school and a volunteer fire brigade.', 'Książenice', [52.0777, 20.6966]),
	w('Chłapowo is a village in northern Poland, in the administrative district of Gmina Władysławowo, within Puck County, Pomeranian Voivodeship. It sits on the cliffs above the Baltic coast, 2 km from Władysławowo. In summer Chłapowo fills with holidaymakers.', 'Chłapowo', [54.8036, 18.3735]),
	w('Frombork is a small town in Braniewo County, Warmian-Masurian Voivodeship, on the shore of the Vistula Lagoon. Nicolaus Copernicus lived and worked in Frombork and is buried in its cathedral.', 'Frombork', [54.3577, 19.6803]),
	// France
	w('Donchery is a commune in the Ardennes department in northern France. It lies on the Meuse, 5 km west of Sedan.', 'Donchery', [49.6958, 4.8742]),
	w('Neffes is a commune in the Hautes-Alpes department in south-eastern France, a few kilometres south-west of Gap. The vineyards of Neffes grow on the slopes above the Durance.', 'Neffes', [44.5048, 6.022]),
	w('Cuisery is a commune in the Saône-et-Loire department in the region of Bourgogne-Franche-Comté in eastern France. Known as a village of books, Cuisery has a dozen bookshops along its main street.', 'Cuisery', [46.557, 4.998]),
	w('Cussay is a commune in the Indre-et-Loire department in central France, south-west of Loches.', 'Cussay', [47.0243, 0.7885]),
	w('Valcourt is a commune in the Haute-Marne department in north-eastern France. The village lies on the Marne, just south-west of Saint-Dizier.', 'Valcourt', [48.6169, 4.9072]),
	// Germany
	w('Ballendorf is a municipality in the Alb-Donau district of Baden-Württemberg, Germany, north-east of Ulm.', 'Ballendorf', [48.5542, 10.077]),
	w('Waldthurn is a municipality in the district of Neustadt an der Waldnaab in Bavaria, Germany, about 12 km east of Weiden. The castle of Waldthurn was built in the 13th century.', 'Waldthurn', [49.6722, 12.3292]),
	w('Langsur is a municipality in the Trier-Saarburg district, in Rhineland-Palatinate, Germany. It lies on the Sauer, on the border with Luxembourg.', 'Langsur', [49.7244, 6.4991]),
	w('Reichenbach is a village in the district of Saalfeld-Rudolstadt, in Thuringia, Germany, 6 km from Saalfeld. Reichenbach had about 1,000 inhabitants in 2010.', 'Reichenbach', [50.6847, 11.4364]),
	w('Burk is a municipality in the district of Ansbach in Bavaria in Germany.', 'Burk', [49.1332, 10.4789]),
	// Italy
	w('Burolo is a comune (municipality) in the Metropolitan City of Turin in the Italian region Piedmont, located about 45 km north-east of Turin, near Ivrea.', 'Burolo', [45.4812, 7.9339]),
	w('Rapino is a comune and town in the province of Chieti in the Abruzzo region of Italy. Rapino is known for its majolica pottery.', 'Rapino', [42.2093, 14.1849]),
	w('Muros is a comune (municipality) in the Province of Sassari in the Italian region Sardinia, located about 170 km north of Cagliari and about 10 km south-east of Sassari.', 'Muros', [40.679, 8.6178]),
	w('Castelvecchio is a frazione of the comune of Monte Porzio, in the province of Pesaro and Urbino, Marche, Italy.', 'Castelvecchio', [43.699, 13.0591]),
	w('Padernello is a village in the comune of Paese, province of Treviso, in the Veneto region of Italy.', 'Padernello', [45.6815, 12.1268]),
	// Iran
	w('Anuch is a village in the Central District of Nahavand County, Hamadan Province, Iran. At the 2006 census, its population was 1,833, in 450 families.', 'Anuch', [34.1083, 48.5737]),
	w('Qarnabad is a village in the Central District of Gorgan County, Golestan Province, Iran. At the 2006 census, its population was 1,961. Qarnabad lies east of Gorgan, on the road to Aliabad.', 'Qarnabad', [36.822, 54.5922]),
	w('Omidcheh is a village in the Central District of Ardabil County, Ardabil Province, Iran.', 'Omidcheh', [38.2867, 48.1414]),
	w('Famast is a village in Nahavand County, Hamadan Province, Iran. At the 2006 census, its population was 1,081.', 'Famast', [34.039, 48.4626]),
	// Russia
	w('Zhukovka is a rural locality (a village) in Pushkinsky District of Moscow Oblast, Russia. Population: 507.', 'Zhukovka', [56.05, 38.0]),
	w('Shtykovo is a rural locality (a selo) in Shkotovsky District of Primorsky Krai, Russia.', 'Shtykovo', [43.3892, 132.3613]),
	w('Utulik is a rural locality (a settlement) in Slyudyansky District of Irkutsk Oblast, Russia, on the southern shore of Lake Baikal near Baykalsk. The Utulik river reaches the lake there.', 'Utulik', [51.5447, 104.0528]),
	w('Purekh is a rural locality (a selo) in Chkalovsky District of Nizhny Novgorod Oblast, Russia.', 'Purekh', [56.6468, 43.0677]),
	w('Shirokiy is a rural locality (a settlement) near Raychikhinsk in Amur Oblast, Russia. In 2010 Shirokiy had 1,519 residents.', 'Shirokiy', [49.7591, 129.5199]),
	// India
	w('Kotkhai is a town and tehsil in Shimla district in the Indian state of Himachal Pradesh, known for its apple orchards.', 'Kotkhai', [31.1173, 77.5394]),
	w('Wadgaon Tejan is a village in Lonar taluka of Buldhana district, Maharashtra, India.', 'Wadgaon Tejan', [20.0521, 76.5107]),
	w('Ajani Khurd is a village in Ahmadpur taluka of Latur district in the state of Maharashtra, India. Most people of Ajani Khurd farm soybean and jowar.', 'Ajani Khurd', [18.6199, 76.9412]),
	// United States
	w('Crosby is a city in Crow Wing County, Minnesota, United States. The population was 2,386 at the 2010 census. Crosby lies on Serpent Lake in the Cuyuna Range.', 'Crosby', [46.4822, -93.9578]),
	w('Warsaw is a village in Coshocton County, Ohio, United States. The population was 681 at the 2010 census. Warsaw lies along the Walhonding River.', 'Warsaw', [40.3353, -82.0068]),
	w('Kingston is a town in Marshall County, Oklahoma, United States, near Lake Texoma.', 'Kingston', [33.9987, -96.7197]),
	w('Riverside is an unincorporated community and census-designated place in Bingham County, Idaho, United States, near Blackfoot.', 'Riverside', [43.1969, -112.4353]),
	w('Stonybrook is a census-designated place in Springettsbury Township, York County, Pennsylvania, east of York.', 'Stonybrook', [39.987, -76.6441]),
	// Brazil
	w('Pacatuba is a municipality in the state of Sergipe in the Northeast region of Brazil.', 'Pacatuba', [-10.4533, -36.6514]),
	w('Maraú is a municipality in the state of Bahia, in the North-East region of Brazil, on the Maraú peninsula.', 'Maraú', [-14.1039, -39.0149]),
	w('Atins is a village in the municipality of Barreirinhas, in the state of Maranhão, Brazil, at the edge of the Lençóis Maranhenses National Park.', 'Atins', [-2.5702, -42.7423]),
	w('Olivença is a municipality in the west of the Brazilian state of Alagoas.', 'Olivença', [-9.5186, -37.1906]),
	// Bosnia and Herzegovina
	w('Popovi is a village in the municipality of Bijeljina, Republika Srpska, Bosnia and Herzegovina.', 'Popovi', [44.7655, 19.2867]),
	w('Brka is a village in the Brčko District of Bosnia and Herzegovina.', 'Brka', [44.8284, 18.7242]),
	w('Kojčinovac is a village in the municipality of Bijeljina, Republika Srpska, Bosnia and Herzegovina.', 'Kojčinovac', [44.6897, 19.2393]),
	// Czechia
	w('Rudoltice is a municipality and village in Ústí nad Orlicí District in the Pardubice Region of the Czech Republic.', 'Rudoltice', [49.8983, 16.5699]),
	w('Pozlovice is a municipality and village in Zlín District in the Zlín Region of the Czech Republic. It lies next to the spa town of Luhačovice.', 'Pozlovice', [49.1292, 17.7692]),
	w('Lužná is a municipality and village in Rakovník District in the Central Bohemian Region of the Czech Republic. Lužná is known for its railway museum.', 'Lužná', [50.1238, 13.77]),
	w('Blučina is a municipality and village in Brno-Country District in the South Moravian Region of the Czech Republic.', 'Blučina', [49.055, 16.6445]),
	w('Hrádek is a municipality and village in Klatovy District in the Plzeň Region of the Czech Republic.', 'Hrádek', [49.2613, 13.4985]),
	// Hungary
	w('Mátraverebély is a village in Nógrád County, Hungary, known for the Marian shrine of Szentkút.', 'Mátraverebély', [47.9742, 19.7805]),
	w('Szank is a village in Bács-Kiskun County, in the Southern Great Plain region of southern Hungary.', 'Szank', [46.5571, 19.661]),
	w('Farád is a village in Győr-Moson-Sopron County, Hungary, near Csorna.', 'Farád', [47.6063, 17.2002]),
	w('Vértesszőlős is a village in Komárom-Esztergom County, Hungary, known for its Palaeolithic site.', 'Vértesszőlős', [47.6211, 18.3813]),
	// Philippines
	w('Buracan is a barangay of the municipality of Sagñay, in the province of Camarines Sur, Philippines.', 'Buracan', [13.6, 123.5])
];

// Held-out texts in the fixed forms of the bot-made Wikipedia stubs about small places in Poland, Iran,
// Russia, Ukraine, Belarus, Czechia, Slovakia, Bulgaria, the Balkans, Turkey and the Caucasus ("X is a
// village in the administrative district of Gmina Y, within Z County, … It lies approximately 6 kilometres
// north of Y", "X is a village in Y Rural District, in the Central District of Z County, W Province, Iran.
// At the 2006 census …", "X is a rural locality (a selo) in Y Selsoviet, Z District, … Oblast, Russia",
// "X is a municipality and village in Y District in the Z Region of the Czech Republic", "X is a village in
// Y Municipality, in Z Province", "X is a village in the Y District of Z Province in Turkey", "X is a village
// and municipality in the Y Rayon of Azerbaijan"), some with a second paragraph (history, people,
// neighbours, distances). Written for the tests (none copied) on 3 December (session 24) and scored BEFORE
// any code was changed for them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-stubs-east`.
// Most subjects are villages GeoNames cities500 lacks. Gold points: `gazette lookup NAME --country CC` where
// the gazetteer has the place; otherwise the village's GeoNames point rounded to 0.01°. A district, county,
// gmina or municipality named after its seat is given the seat's point (the division lies around it); a
// region or province the region's point in the gazetteer (graded within 800 km like every region).
import type { GenreText } from './genre-texts.ts';
import { POLAND, wikipediaText as w } from './gold-points.ts';

const IRAN: [number, number] = [32.0, 53.0];
const RUSSIA: [number, number] = [60.0, 90.0];
const UKRAINE: [number, number] = [49.0, 32.0];
const BELARUS: [number, number] = [53.5, 28.0];
const CZECHIA: [number, number] = [49.8, 15.5];
const SLOVAKIA: [number, number] = [48.7, 19.5];
const BULGARIA: [number, number] = [42.7, 25.5];
const SERBIA: [number, number] = [44.0, 21.0];
const BOSNIA: [number, number] = [44.2, 17.8];
const NORTH_MACEDONIA: [number, number] = [41.6, 21.7];
const TURKEY: [number, number] = [39.0, 35.0];
const AZERBAIJAN: [number, number] = [40.3, 47.7];
const ARMENIA: [number, number] = [40.1, 45.0];
const GEORGIA: [number, number] = [42.0, 43.5];
const LESSER_POLAND: [number, number] = [49.72, 20.25];
const MASOVIAN: [number, number] = [51.89, 21.0];
const SUBCARPATHIAN: [number, number] = [50.06, 22.09];
const KRAKOW: [number, number] = [50.06, 19.94];
const WARSAW: [number, number] = [52.23, 21.01];
const CENTRAL_BOHEMIAN: [number, number] = [49.88, 14.94];
const HRADEC_REGION: [number, number] = [50.35, 15.8];

export const WIKI_HELD_OUT_STUBS_EAST: GenreText[] = [
	// Poland: gmina, powiat, voivodeship and the distance line
	w(`Zalipie is a village in the administrative district of Gmina Olesno, within Dąbrowa County, Lesser Poland Voivodeship, in southern Poland. It lies approximately 4 kilometres (2 mi) north-west of Olesno, 9 km (6 mi) west of Dąbrowa Tarnowska, and 72 km (45 mi) east of the regional capital Kraków.

The village is known for the flowers its women paint on the walls of cottages, barns and wells, a custom that began in the late 19th century. A painting contest, "Malowana Chata", has been held every spring since 1948.`, { Zalipie: [50.23, 20.86], 'Gmina Olesno': [50.2, 20.93], Olesno: [50.2, 20.93], 'Dąbrowa County': [50.17, 20.99], 'Lesser Poland Voivodeship': LESSER_POLAND, Poland: POLAND, 'Dąbrowa Tarnowska': [50.17, 20.99], Kraków: KRAKOW }),
	w(`Chochołów is a village in the administrative district of Gmina Czarny Dunajec, within Nowy Targ County, Lesser Poland Voivodeship, in southern Poland, close to the border with Slovakia. It lies approximately 9 kilometres (6 mi) south-west of Czarny Dunajec, 18 km (11 mi) west of Nowy Targ, and 80 km (50 mi) south of the regional capital Kraków.

Chochołów is known for its wooden log houses of the Podhale style. In 1846 its inhabitants rose against the Austrian authorities in the Chochołów Uprising.`, { Chochołów: [49.37, 19.81], 'Gmina Czarny Dunajec': [49.44, 19.85], 'Czarny Dunajec': [49.44, 19.85], 'Nowy Targ County': [49.48, 20.03], 'Lesser Poland Voivodeship': LESSER_POLAND, Poland: POLAND, Slovakia: SLOVAKIA, 'Nowy Targ': [49.48, 20.03], Kraków: KRAKOW, Podhale: [49.45, 20.0] }),
	w(`Żelazowa Wola is a village in the administrative district of Gmina Sochaczew, within Sochaczew County, Masovian Voivodeship, in east-central Poland. It lies approximately 8 kilometres (5 mi) north of Sochaczew and 54 km (34 mi) west of Warsaw.

The composer Frédéric Chopin was born in the village in 1810, in the manor house of Count Skarbek, where his father was tutor. The house is now a museum.`, { 'Żelazowa Wola': [52.26, 20.3], 'Gmina Sochaczew': [52.23, 20.24], 'Sochaczew County': [52.23, 20.24], 'Masovian Voivodeship': MASOVIAN, Poland: POLAND, Sochaczew: [52.23, 20.24], Warsaw: WARSAW }),
	w(`Wola Batorska is a village in the administrative district of Gmina Niepołomice, within Wieliczka County, Lesser Poland Voivodeship, in southern Poland. It lies approximately 6 kilometres (4 mi) north-east of Niepołomice, 16 km (10 mi) north-east of Wieliczka, and 26 km (16 mi) east of the regional capital Kraków.`, { 'Wola Batorska': [50.06, 20.26], 'Gmina Niepołomice': [50.03, 20.22], Niepołomice: [50.03, 20.22], 'Wieliczka County': [49.99, 20.06], 'Lesser Poland Voivodeship': LESSER_POLAND, Poland: POLAND, Wieliczka: [49.99, 20.06], Kraków: KRAKOW }),
	w(`Lipnica Murowana is a village in Bochnia County, Lesser Poland Voivodeship, in southern Poland. It is the seat of the gmina (administrative district) called Gmina Lipnica Murowana. It lies approximately 18 kilometres (11 mi) south-east of Bochnia and 50 km (31 mi) south-east of the regional capital Kraków.

The village held town rights from 1326 until 1934. Its wooden Church of St. Leonard is one of the Wooden Churches of Southern Lesser Poland on the World Heritage list.`, { 'Lipnica Murowana': [49.86, 20.53], 'Bochnia County': [49.97, 20.43], 'Lesser Poland Voivodeship': LESSER_POLAND, Poland: POLAND, 'Gmina Lipnica Murowana': [49.86, 20.53], Bochnia: [49.97, 20.43], Kraków: KRAKOW }),
	w(`Wola Zarczycka is a village in the administrative district of Gmina Nowa Sarzyna, within Leżajsk County, Subcarpathian Voivodeship, in south-eastern Poland. It lies approximately 9 kilometres (6 mi) north-west of Nowa Sarzyna, 17 km (11 mi) north-west of Leżajsk, and 45 km (28 mi) north of the regional capital Rzeszów.`, { 'Wola Zarczycka': [50.4, 22.25], 'Gmina Nowa Sarzyna': [50.32, 22.34], 'Nowa Sarzyna': [50.32, 22.34], 'Leżajsk County': [50.26, 22.42], 'Subcarpathian Voivodeship': SUBCARPATHIAN, Poland: POLAND, Leżajsk: [50.26, 22.42], Rzeszów: [50.04, 22.0] }),
	// Iran: rural district, district, county, province and the census line
	w(`Abyaneh is a village in Barzrud Rural District, in the Central District of Natanz County, Isfahan Province, Iran. At the 2006 census, its population was 305, in 150 families.

Abyaneh lies at the foot of Mount Karkas, about 40 kilometres south-west of Natanz. Its houses of red clay and the long scarves its women wear have made it a place many visitors from Tehran and Kashan come to see.`, { Abyaneh: [33.41, 51.89], 'Barzrud Rural District': [33.41, 51.89], 'Natanz County': [33.51, 51.92], 'Isfahan Province': [33.28, 52.36], Iran: IRAN, Karkas: [33.43, 51.8], 'Mount Karkas': [33.43, 51.8], Natanz: [33.51, 51.92], Tehran: [35.69, 51.42], Kashan: [33.98, 51.44] }),
	w(`Meymand is a village in Meymand Rural District, in the Central District of Shahr-e Babak County, Kerman Province, Iran. At the 2006 census, its population was 673, in 212 families.

The people of Meymand have lived in houses dug into the soft rock of the valley for thousands of years. The village lies about 35 km north-east of Shahr-e Babak.`, { Meymand: [30.24, 55.38], 'Meymand Rural District': [30.24, 55.38], 'Shahr-e Babak County': [30.12, 55.12], 'Kerman Province': [29.49, 57.64], Iran: IRAN, 'Shahr-e Babak': [30.12, 55.12] }),
	w(`Kharanaq is a village in Rabatat Rural District, Kharanaq District, Ardakan County, Yazd Province, Iran. At the 2006 census, its population was 138, in 45 families.`, { Kharanaq: [32.35, 54.65], 'Rabatat Rural District': [32.35, 54.65], 'Kharanaq District': [32.35, 54.65], 'Ardakan County': [32.31, 54.02], 'Yazd Province': [32.1, 54.43], Iran: IRAN }),
	w(`Kandovan is a village in Sahand Rural District, in the Central District of Osku County, East Azerbaijan Province, Iran. At the 2006 census, its population was 601, in 168 families.

Kandovan lies on the slopes of Mount Sahand, about 50 km south of Tabriz. Its people live in cone-shaped dwellings carved into volcanic rock.`, { Kandovan: [37.79, 46.25], 'Sahand Rural District': [37.79, 46.25], 'Osku County': [37.92, 46.12], 'East Azerbaijan Province': [37.9, 46.27], Iran: IRAN, 'Mount Sahand': [37.74, 46.43], Sahand: [37.74, 46.43], Tabriz: [38.08, 46.29] }),
	// Russia, Ukraine, Belarus: selo, rural locality, selsoviet, district, raion, oblast
	w(`Konstantinovo (Russian: Константиново) is a rural locality (a selo) in Rybnovsky District of Ryazan Oblast, Russia, located on the high right bank of the Oka River. Population: 551 (2010 Census).

The poet Sergei Yesenin was born in Konstantinovo in 1895. His family's house is now part of a museum. The village lies about 20 km north-west of Rybnoye and 45 km from Ryazan.`, { Konstantinovo: [54.83, 39.6], 'Rybnovsky District': [54.73, 39.52], 'Ryazan Oblast': [54.43, 40.57], Russia: RUSSIA, 'Oka River': [54.8, 39.6], Oka: [54.8, 39.6], Rybnoye: [54.73, 39.52], Ryazan: [54.63, 39.69] }),
	w(`Mikhaylovskoye (Russian: Михайловское) is a rural locality (a selo) in Pushkinogorsky District of Pskov Oblast, Russia. It lies about 4 km south-east of Pushkinskiye Gory, the district's administrative centre.

The estate belonged to the family of Alexander Pushkin, who lived there in exile in 1824–1826.`, { Mikhaylovskoye: [57.06, 28.96], 'Pushkinogorsky District': [57.02, 28.91], 'Pskov Oblast': [57.5, 29.0], Russia: RUSSIA, 'Pushkinskiye Gory': [57.02, 28.91] }),
	w(`Krasnaya Polyana (Russian: Красная Поляна) is a rural locality (a khutor) in Novoselsky Selsoviet, Belovsky District, Kursk Oblast, Russia. Population: 58 (2010 Census).`, { 'Krasnaya Polyana': [51.2, 35.85], 'Novoselsky Selsoviet': [51.2, 35.85], 'Belovsky District': [51.1, 35.72], 'Kursk Oblast': [51.76, 35.38], Russia: RUSSIA }),
	w(`Oymyakon (Russian: Оймякон) is a rural locality (a selo) in Oymyakonsky District of the Sakha Republic, Russia, located along the Indigirka River, 30 km north-west of Tomtor. Population: 500 (2010 Census).

Oymyakon is often called the coldest permanently inhabited place on Earth. Ust-Nera, the district's administrative centre, lies about 130 km to the north.`, { Oymyakon: [63.46, 142.79], 'Oymyakonsky District': [64.57, 143.24], 'Sakha Republic': [66.0, 125.0], Russia: RUSSIA, 'Indigirka River': [64.0, 143.0], Indigirka: [64.0, 143.0], Tomtor: [63.26, 143.24], 'Ust-Nera': [64.57, 143.24] }),
	w(`Moryntsi (Ukrainian: Моринці) is a village in Zvenyhorodka Raion, Cherkasy Oblast, central Ukraine. It belongs to Zvenyhorodka urban hromada, one of the hromadas of Ukraine.

The poet Taras Shevchenko was born in Moryntsi in 1814. He spent his childhood in the neighbouring village of Kyrylivka, now named Shevchenkove.`, { Moryntsi: [49.1, 31.05], 'Zvenyhorodka Raion': [49.08, 30.97], Zvenyhorodka: [49.08, 30.97], 'Cherkasy Oblast': [49.2, 31.5], Ukraine: UKRAINE, Kyrylivka: [49.05, 31.07], Shevchenkove: [49.05, 31.07] }),
	w(`Velyki Sorochyntsi (Ukrainian: Великі Сорочинці) is a village in Myrhorod Raion, Poltava Oblast, Ukraine. It lies on the Psel River, about 30 km east of Myrhorod and 70 km north-west of Poltava.

The writer Nikolai Gogol was born here in 1809. The village's fair, described in his stories, is still held every August.`, { 'Velyki Sorochyntsi': [50.02, 33.94], 'Myrhorod Raion': [49.96, 33.61], 'Poltava Oblast': [49.6, 34.4], Ukraine: UKRAINE, 'Psel River': [50.0, 33.9], Psel: [50.0, 33.9], Myrhorod: [49.96, 33.61], Poltava: [49.59, 34.55] }),
	w(`Khatyn (Belarusian: Хатынь) was a village of 26 houses in Lahoysk District, Minsk Region, Belarus, 50 km north of Minsk. In March 1943 its inhabitants were killed by a German punitive battalion; the site is now a national memorial.`, { Khatyn: [54.33, 27.94], 'Lahoysk District': [54.21, 27.85], 'Minsk Region': [53.9, 27.8], Belarus: BELARUS, Minsk: [53.9, 27.57] }),
	// Czechia and Slovakia: municipality, district, region
	w(`Lidice is a municipality and village in Kladno District in the Central Bohemian Region of the Czech Republic. It has about 500 inhabitants.

The village was destroyed by German forces in June 1942 in reprisal for the killing of Reinhard Heydrich, and was rebuilt nearby after the war. It lies about 20 km north-west of Prague.`, { Lidice: [50.14, 14.19], 'Kladno District': [50.15, 14.1], 'Central Bohemian Region': CENTRAL_BOHEMIAN, 'Czech Republic': CZECHIA, Prague: [50.09, 14.42] }),
	w(`Kuks is a municipality and village in Trutnov District in the Hradec Králové Region of the Czech Republic. It has about 200 inhabitants. It lies on the Elbe River, about 5 km east of Dvůr Králové nad Labem.

The village is known for its baroque hospital built by Count Franz Anton von Sporck, with statues by Matthias Braun.`, { Kuks: [50.4, 15.89], 'Trutnov District': [50.56, 15.91], 'Hradec Králové Region': HRADEC_REGION, 'Czech Republic': CZECHIA, 'Elbe River': [50.4, 15.85], Elbe: [50.4, 15.85], 'Dvůr Králové nad Labem': [50.43, 15.81] }),
	w(`Křivoklát is a municipality and village in Rakovník District in the Central Bohemian Region of the Czech Republic. It has about 600 inhabitants. It is known for Křivoklát Castle, one of the oldest castles of the Czech kings.`, { Křivoklát: [50.04, 13.87], 'Rakovník District': [50.1, 13.73], 'Central Bohemian Region': CENTRAL_BOHEMIAN, 'Czech Republic': CZECHIA, 'Křivoklát Castle': [50.04, 13.87] }),
	w(`Čičmany is a village and municipality in Žilina District in the Žilina Region of northern Slovakia. It is known for its log houses painted with white geometric patterns.`, { Čičmany: [49.96, 18.52], 'Žilina District': [49.22, 18.74], 'Žilina Region': [49.2, 19.0], Slovakia: SLOVAKIA }),
	w(`Ždiar is a village and municipality in Poprad District in the Prešov Region of northern Slovakia. It lies in the valley between the Belianske Tatras and the Spiš Magura, about 25 km north of Poprad, close to the border with Poland.`, { Ždiar: [49.27, 20.26], 'Poprad District': [49.06, 20.3], 'Prešov Region': [49.0, 21.2], Slovakia: SLOVAKIA, 'Belianske Tatras': [49.23, 20.22], Poprad: [49.06, 20.3], Poland: POLAND }),
	// Bulgaria and the Balkans: village in X Municipality
	w(`Zheravna is a village in Kotel Municipality, in Sliven Province, in central-eastern Bulgaria. It lies about 12 km south-east of Kotel in the eastern Balkan Mountains, and is known for its wooden houses of the Bulgarian National Revival.`, { Zheravna: [42.83, 26.46], 'Kotel Municipality': [42.88, 26.45], 'Sliven Province': [42.69, 26.33], Bulgaria: BULGARIA, Kotel: [42.88, 26.45], 'Balkan Mountains': [42.75, 25.0] }),
	w(`Bozhentsi is a village in Gabrovo Municipality, in Gabrovo Province, in northern central Bulgaria. It lies about 15 km east of Gabrovo, close to Tryavna, and about 40 km south of Veliko Tarnovo.`, { Bozhentsi: [42.86, 25.46], 'Gabrovo Municipality': [42.87, 25.33], 'Gabrovo Province': [42.87, 25.33], Bulgaria: BULGARIA, Gabrovo: [42.87, 25.33], Tryavna: [42.87, 25.49], 'Veliko Tarnovo': [43.08, 25.63] }),
	w(`Shiroka Laka is a village in Smolyan Municipality, in Smolyan Province, in the far south of Bulgaria. It lies in the Rhodope Mountains, about 25 km north-west of Smolyan, and has about 500 inhabitants.`, { 'Shiroka Laka': [41.68, 24.59], 'Smolyan Municipality': [41.57, 24.71], 'Smolyan Province': [41.57, 24.71], Bulgaria: BULGARIA, 'Rhodope Mountains': [41.6, 24.6], Smolyan: [41.57, 24.71] }),
	w(`Mokra Gora is a village in the municipality of Užice, western Serbia. According to the 2011 census, the village has a population of 554 people. It lies between the mountains Tara and Zlatibor, close to the border with Bosnia and Herzegovina.`, { 'Mokra Gora': [43.79, 19.51], Užice: [43.86, 19.85], Serbia: SERBIA, Tara: [43.9, 19.4], Zlatibor: [43.7, 19.7], 'Bosnia and Herzegovina': BOSNIA }),
	w(`Počitelj is a village in the municipality of Čapljina, Bosnia and Herzegovina. It lies on the left bank of the Neretva, about 5 km south of Čapljina and 30 km south of Mostar.`, { Počitelj: [43.13, 17.73], Čapljina: [43.12, 17.68], 'Bosnia and Herzegovina': BOSNIA, Neretva: [43.1, 17.7], Mostar: [43.34, 17.81] }),
	w(`Vevčani is a village in the south-west of North Macedonia. It is the seat of Vevčani Municipality. It lies about 14 km north-west of Struga, on the slopes of the Jablanica mountain.`, { Vevčani: [41.24, 20.59], 'Vevčani Municipality': [41.24, 20.59], 'North Macedonia': NORTH_MACEDONIA, Struga: [41.18, 20.68], Jablanica: [41.25, 20.5] }),
	// Names many places share: the stub's divisions and distances must pick the one it means
	w(`Nová Ves is a municipality and village in Mělník District in the Central Bohemian Region of the Czech Republic. It has about 800 inhabitants. It lies about 12 km west of Mělník and 20 km north of Prague, near the left bank of the Vltava.`, { 'Nová Ves': [50.31, 14.31], 'Mělník District': [50.35, 14.47], 'Central Bohemian Region': CENTRAL_BOHEMIAN, 'Czech Republic': CZECHIA, Mělník: [50.35, 14.47], Prague: [50.09, 14.42], Vltava: [50.3, 14.4] }),
	w(`Jesenice is a town in Rakovník District in the Central Bohemian Region of the Czech Republic. It has about 1,600 inhabitants. It lies about 19 km west of Rakovník.`, { Jesenice: [50.1, 13.47], 'Rakovník District': [50.1, 13.73], 'Central Bohemian Region': CENTRAL_BOHEMIAN, 'Czech Republic': CZECHIA, Rakovník: [50.1, 13.73] }),
	w(`Krasne is a village in Przasnysz County, Masovian Voivodeship, in east-central Poland. It is the seat of the gmina (administrative district) called Gmina Krasne. It lies approximately 12 kilometres (7 mi) south-east of Przasnysz and 86 km (53 mi) north of Warsaw.`, { Krasne: [52.92, 20.97], 'Przasnysz County': [53.02, 20.88], 'Masovian Voivodeship': MASOVIAN, Poland: POLAND, 'Gmina Krasne': [52.92, 20.97], Przasnysz: [53.02, 20.88], Warsaw: WARSAW }),
	w(`Wola Rafałowska is a village in the administrative district of Gmina Chmielnik, within Rzeszów County, Subcarpathian Voivodeship, in south-eastern Poland. It lies approximately 4 kilometres (2 mi) north-west of Chmielnik and 10 km (6 mi) south-east of the regional capital Rzeszów.`, { 'Wola Rafałowska': [49.99, 22.11], 'Gmina Chmielnik': [49.97, 22.15], Chmielnik: [49.97, 22.15], 'Rzeszów County': [50.04, 22.0], 'Subcarpathian Voivodeship': SUBCARPATHIAN, Poland: POLAND, Rzeszów: [50.04, 22.0] }),
	w(`Novo Selo is a village in north-western Bulgaria, in Vidin Province. It is the administrative centre of Novo Selo Municipality. It lies on the Danube, about 20 km north of Vidin, across the river from Romania.`, { 'Novo Selo': [44.16, 22.78], 'Vidin Province': [43.99, 22.88], Bulgaria: BULGARIA, 'Novo Selo Municipality': [44.16, 22.78], Danube: [44.1, 22.8], Vidin: [43.99, 22.88], Romania: [45.9, 24.9] }),
	w(`Berlin (Russian: Берлин) is a rural locality (a settlement) in Troitsky District of Chelyabinsk Oblast, Russia, about 27 km west of Troitsk. Population: 613 (2010 Census). Like Paris and Varna in the same oblast, it was named after a battle won by Cossacks from the area.`, { Berlin: [54.01, 61.19], 'Troitsky District': [54.1, 61.58], 'Chelyabinsk Oblast': [54.43, 60.88], Russia: RUSSIA, Troitsk: [54.1, 61.58], Paris: [53.3, 60.11], Varna: [53.37, 60.98] }),
	w(`Yeşilyurt is a neighbourhood in the municipality of Alaşehir, Alaşehir District, Manisa Province, Turkey. Its population is 1,126 (2022). It lies about 13 km east of Alaşehir.`, { Yeşilyurt: [38.34, 28.66], Alaşehir: [38.35, 28.52], 'Alaşehir District': [38.35, 28.52], 'Manisa Province': [38.7, 28.0], Turkey: TURKEY }),
	// Turkey: village in the X District of Y Province
	w(`Kayaköy is a village in the Fethiye District of Muğla Province in Turkey. Its population is 1,043 (2022).

Until 1923 it was the Greek town of Levissi; its people were sent to Greece in the population exchange, and the houses on the hillside stand empty. It lies about 8 km south of Fethiye.`, { Kayaköy: [36.58, 29.09], 'Fethiye District': [36.64, 29.13], 'Muğla Province': [37.18, 28.49], Turkey: TURKEY, Levissi: [36.58, 29.09], Greece: [39.0, 22.0], Fethiye: [36.64, 29.13] }),
	w(`Şirince is a neighbourhood in the municipality of Selçuk, Selçuk District, İzmir Province, Turkey. Its population is 578 (2022). It lies in the hills about 8 km east of Selçuk and the ruins of Ephesus.`, { Şirince: [37.94, 27.43], Selçuk: [37.95, 27.37], 'Selçuk District': [37.95, 27.37], 'İzmir Province': [38.4, 27.3], Turkey: TURKEY, Ephesus: [37.94, 27.34] }),
	// Azerbaijan, Armenia, Georgia: village and municipality in the X Rayon
	w(`Lahıc is a village and municipality in the Ismailli Rayon of Azerbaijan. It has a population of 862. The village lies on the southern slopes of the Greater Caucasus, and its craftsmen have worked copper for centuries.`, { Lahıc: [40.85, 48.38], 'Ismailli Rayon': [40.78, 48.15], Azerbaijan: AZERBAIJAN, 'Greater Caucasus': [42.5, 44.0] }),
	w(`Xınalıq is a village and municipality in the Quba Rayon of Azerbaijan, high in the mountains about 50 km west of Quba. Its people speak their own language, Khinalug.`, { Xınalıq: [41.18, 48.13], 'Quba Rayon': [41.36, 48.51], Azerbaijan: AZERBAIJAN, Quba: [41.36, 48.51] }),
	w(`Garni is a village in the Kotayk Province of Armenia, on the Azat River about 28 km east of Yerevan. It is known for the Temple of Garni, the only standing Greco-Roman colonnaded building in the former Soviet Union.`, { Garni: [40.12, 44.73], 'Kotayk Province': [40.4, 44.7], Armenia: ARMENIA, 'Azat River': [40.1, 44.7], Azat: [40.1, 44.7], Yerevan: [40.18, 44.51] }),
	w(`Ushguli is a community of four villages at the head of the Enguri valley in Mestia Municipality, Samegrelo-Zemo Svaneti region, Georgia. It lies about 45 km east of Mestia at the foot of Shkhara.`, { Ushguli: [42.92, 43.02], 'Mestia Municipality': [43.05, 42.73], 'Samegrelo-Zemo Svaneti': [42.7, 42.3], Georgia: GEORGIA, Enguri: [42.9, 42.9], Mestia: [43.05, 42.73], Shkhara: [43.0, 43.11] })
];

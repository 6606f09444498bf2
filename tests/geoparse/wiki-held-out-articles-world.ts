// Held-out whole articles about small places of Europe, Mexico, Brazil, the Philippines, Australia and Russia (see wiki-held-out-articles.ts).
import type { GenreText } from './genre-texts.ts';
import { article, BOHEMIA, US, GERMANY, POLAND, UKRAINE, ROMANIA, CZECHIA, CROATIA, SERBIA, BULGARIA, FRANCE, ITALY, ENGLAND, IRELAND, LITHUANIA, SLOVAKIA, MEXICO, BRAZIL, PHILIPPINES, AUSTRALIA, RUSSIA, MOLDOVA, BOSNIA, CANADA, HUNGARY, BAVARIA, SILESIA, POMERANIA, TRANSYLVANIA, GALICIA_UA, DALMATIA, WURTTEMBERG, TEXAS, PENNSYLVANIA, SOUTH_AUSTRALIA, SANTA_CATARINA, ADELAIDE, NEW_YORK, PRAGUE, LVIV, VENICE, ISTANBUL, DUBROVNIK, SOFIA, MOSCOW } from './wiki-held-out-articles-form.ts';

export const ARTICLES_WORLD: GenreText[] = [
	// ---------------- Central and eastern Europe ----------------
	article(`Lidice (German: Liditz) is a municipality and village in Kladno District in the Central Bohemian Region of the Czech Republic. It has about 550 inhabitants.

== History ==
The first written mention of Lidice is from 1318. For centuries the village belonged to the estate of Buštěhrad, in the Kingdom of Bohemia, which from 1526 was ruled by the Habsburgs and from 1867 was a crown land of Austria-Hungary. In the 19th century many of the men worked in the coal mines and steelworks of Kladno. After 1918 the village was part of Czechoslovakia.

During the Second World War the region was part of the Protectorate of Bohemia and Moravia. On 10 June 1942, in reprisal for the assassination of Reinhard Heydrich in Prague, German forces shot all 173 men of the village, sent the women to Ravensbrück and most of the children to their deaths at Chełmno, and razed the village. A new village was built from 1947 beside the old site, which is now a memorial.

== Geography ==
Lidice lies about 20 km north-west of Prague and 7 km east of Kladno. Buštěhrad borders it to the south and Makotřasy to the north. A small stream flows through the memorial grounds towards the Zákolanský potok.

== Memory ==
Towns in Mexico, Brazil, Venezuela and Panama renamed places or quarters after Lidice, and the coal miners of Stoke-on-Trent in England raised money under the slogan "Lidice Shall Live" to rebuild it. A rose garden was planted with roses from all over the world.

== Twin towns ==
Lidice is twinned with Coventry, United Kingdom.`, { Lidice: [50.143, 14.19], Bohemia: BOHEMIA, Moravia: [49.3, 17.0], 'Kladno District': [50.147, 14.103], 'Central Bohemian Region': [49.9, 14.5], 'Czech Republic': CZECHIA, Buštěhrad: [50.16, 14.19], Kladno: [50.147, 14.103], Czechoslovakia: CZECHIA, Prague: PRAGUE, Ravensbrück: [53.19, 13.17], Chełmno: [52.15, 18.73], Makotřasy: [50.15, 14.21], 'Zákolanský potok': [50.19, 14.24], Mexico: MEXICO, Brazil: BRAZIL, Venezuela: [8.0, -66.0], Panama: [9.0, -80.0], 'Stoke-on-Trent': [53.0, -2.18], England: ENGLAND, Coventry: [52.41, -1.51], 'United Kingdom': [54.0, -2.5] }, ['German', 'Liditz', 'Kingdom of Bohemia', 'Habsburgs', 'Austria-Hungary', 'Austria', 'Hungary', 'Protectorate of Bohemia and Moravia', 'Reinhard Heydrich', 'Lidice Shall Live']),

	article(`Zhovkva (Ukrainian: Жовква; Polish: Żółkiew) is a city in Lviv Raion, Lviv Oblast, in western Ukraine. It lies 32 km north of Lviv. Population: 12,973.

History
The town was founded in 1594 by the hetman Stanisław Żółkiewski as a private town and fortress of the Polish–Lithuanian Commonwealth, laid out on the model of an Italian ideal city. King John III Sobieski made its castle his favourite residence, and Peter the Great of Russia stayed there in 1707. After the First Partition of Poland in 1772 the town passed to the Habsburg monarchy and became part of the Kingdom of Galicia and Lodomeria; it remained in Galicia, a crown land of Austria-Hungary, until 1918. Between the wars it belonged to the Lwów Voivodeship of the Second Polish Republic. Its large Jewish community was murdered by the German occupiers in 1943. From 1939 and again from 1944 the town was part of the Ukrainian SSR in the Soviet Union, and it was named Nesterov from 1951 to 1992.

Geography
Zhovkva lies on the Svynia, a small tributary of the Bug, at the edge of the Roztochia hills. Rava-Ruska is 30 km to the north-west and Kulykiv 15 km to the south-east; the border with Poland runs 25 km to the west.

Architecture
The town centre, with its castle, the Collegiate Church of St. Lawrence and the fortified synagogue, is on the tentative list of World Heritage Sites together with other towns of Roztochia.

Twin towns
Zhovkva is twinned with Nowy Sącz in Poland.`, { Zhovkva: [50.058, 23.973], 'Lviv Raion': LVIV, 'Lviv Oblast': [49.7, 23.9], Ukraine: UKRAINE, Lviv: LVIV, Żółkiew: [50.058, 23.973], Galicia: GALICIA_UA, Lwów: LVIV, 'Lwów Voivodeship': [49.84, 24.03], Nesterov: [50.058, 23.973], Svynia: [50.06, 23.97], Bug: [50.3, 24.1], Roztochia: [50.3, 23.5], 'Rava-Ruska': [50.231, 23.628], Kulykiv: [49.99, 24.1], Poland: POLAND, 'Nowy Sącz': [49.62, 20.69], Russia: RUSSIA }, ['Ukrainian', 'Polish', 'Polish–Lithuanian Commonwealth', 'Commonwealth', 'Italian', 'John III Sobieski', 'Peter the Great', 'Habsburg', 'Kingdom of Galicia and Lodomeria', 'Austria-Hungary', 'Austria', 'Hungary', 'Second Polish Republic', 'Jewish', 'German', 'Ukrainian SSR', 'Soviet Union', 'St. Lawrence', 'Stanisław Żółkiewski']),

	article(`Biertan (German: Birthälm; Hungarian: Berethalom) is a commune in Sibiu County, Transylvania, Romania. It is composed of three villages: Biertan, Copșa Mare and Richiș. The fortified church of Biertan is part of the Villages with fortified churches in Transylvania World Heritage Site.

== History ==
The village was first recorded in 1283 and was settled by Transylvanian Saxons, German colonists brought by the kings of Hungary from the Rhineland and the Moselle valley. From 1572 to 1867 it was the seat of the Lutheran bishops of Transylvania. The principality of Transylvania was a vassal of the Ottoman Empire in the 16th and 17th centuries and passed to the Habsburgs in 1699; after 1867 it was part of the Kingdom of Hungary within Austria-Hungary, and in 1918 it was united with Romania. Most of the Saxon inhabitants emigrated to West Germany after 1990.

== Geography ==
Biertan lies in a side valley of the Târnava Mare river, 9 km south of it, between the towns of Mediaș (14 km to the west) and Dumbrăveni (11 km to the north-east). Sighișoara is 28 km to the north-east and Sibiu 80 km to the south-west.

== Demographics ==
At the 2011 census the commune had 2,556 inhabitants: 65% Romanians, 23% Roma, 6% Hungarians and 5% Germans.

== Twin towns ==
Biertan is twinned with Wallersdorf in Bavaria, Germany.`, { Biertan: [46.133, 24.517], 'Sibiu County': [45.8, 24.15], Transylvania: TRANSYLVANIA, Romania: ROMANIA, 'Copșa Mare': [46.11, 24.56], Richiș: [46.1, 24.48], Rhineland: [50.5, 7.0], Moselle: [49.9, 7.0], Hungary: HUNGARY, 'Târnava Mare': [46.2, 24.5], Mediaș: [46.167, 24.35], Dumbrăveni: [46.23, 24.58], Sighișoara: [46.221, 24.793], Sibiu: [45.8, 24.15], Wallersdorf: [48.74, 12.75], Bavaria: BAVARIA, Germany: GERMANY, 'West Germany': GERMANY }, ['German', 'Hungarian', 'Birthälm', 'Berethalom', 'Transylvanian Saxons', 'Saxons', 'Saxon', 'Ottoman Empire', 'Habsburgs', 'Kingdom of Hungary', 'Austria-Hungary', 'Austria', 'Romanians', 'Roma', 'Hungarians', 'Germans', 'Lutheran']),

	article(`Soroca is a city and the seat of Soroca District in northern Moldova, on the right bank of the Dniester, facing Ukraine. It had 22,196 inhabitants in 2014.

History
The city grew around the stone fortress built by Stephen the Great of Moldavia in the 15th century on the site of a Genoese trading post, to guard the crossing of the Dniester. The Principality of Moldavia was a vassal of the Ottoman Empire, and in 1812 the land between the Prut and the Dniester, called Bessarabia, was annexed by the Russian Empire. Bessarabia was united with Romania in 1918, occupied by the Soviet Union in 1940, and part of the Moldavian SSR until independence in 1991. Many of the town's Jews emigrated to America and Palestine before 1914.

Geography
Soroca lies on terraces above the Dniester. Across the river is the Ukrainian village of Tsekyniv in Vinnytsia Oblast. Bălți is 60 km to the south-west, Florești 40 km to the south, and Otaci 70 km up the river to the north-west. Chișinău, the capital, is 160 km to the south.

Demographics
At the 2014 census, 83% of the population were Moldovans or Romanians, 9% Ukrainians, 4% Roma and 3% Russians.

Culture
A hill above the town is known as the capital of the Roma of Moldova, with large houses built in the 1990s.

Twin towns
Soroca is twinned with Vaslui in Romania and Trakai in Lithuania.`, { Soroca: [48.157, 28.285], 'Soroca District': [48.157, 28.285], Moldova: MOLDOVA, Dniester: [48.16, 28.3], Ukraine: UKRAINE, Moldavia: [47.0, 27.5], Prut: [47.5, 27.8], Bessarabia: MOLDOVA, Romania: ROMANIA, America: US, Palestine: [31.9, 35.2], Tsekyniv: [48.15, 28.3], 'Vinnytsia Oblast': [49.0, 28.5], Bălți: [47.76, 27.93], Florești: [47.89, 28.3], Otaci: [48.43, 27.79], Chișinău: [47.0, 28.86], Vaslui: [46.64, 27.73], Trakai: [54.64, 24.93], Lithuania: LITHUANIA }, ['Stephen the Great', 'Genoese', 'Principality of Moldavia', 'Ottoman Empire', 'Russian Empire', 'Soviet Union', 'Moldavian SSR', 'Jews', 'Ukrainian', 'Moldovans', 'Romanians', 'Ukrainians', 'Roma', 'Russians']),

	article(`Ston is a village and municipality in Dubrovnik-Neretva County, Croatia, at the neck of the Pelješac peninsula. The municipality had 2,407 inhabitants in 2011, the village 547.

== History ==
In 1333 the Republic of Ragusa bought Pelješac from Serbia and built Ston and Mali Ston on either side of the isthmus, joined by walls 5.5 km long, to guard its salt pans, the richest source of the Republic's income. The town fell with the Republic to Napoleon's French Empire in 1808 and passed to the Austrian Empire in 1815; it belonged to the Kingdom of Dalmatia, a crown land of Austria-Hungary, until 1918, then to the Kingdom of Yugoslavia and to socialist Yugoslavia until 1991. An earthquake damaged the town in 1996.

== Geography ==
Ston lies 54 km north-west of Dubrovnik by the coast road. Mali Ston, on the bay of the same name, is 1 km to the north-east, where oysters are farmed. Across the channel is the mainland near Neum, in Bosnia and Herzegovina, and the Pelješac Bridge links the peninsula with Komarna. Orebić and Korčula lie at the far end of the peninsula.

== Economy ==
Salt is still made in the medieval pans by hand. Tourism and shellfish are the other sources of income, and Ston oysters are sold in Zagreb, Split and Italy.

== Climate ==
The climate is Mediterranean (Köppen Csa), with hot dry summers and mild wet winters under the bora and the sirocco.`, { Ston: [42.839, 17.696], 'Dubrovnik-Neretva County': [42.65, 18.09], Croatia: CROATIA, Pelješac: [42.95, 17.4], Ragusa: DUBROVNIK, 'Republic of Ragusa': DUBROVNIK, Serbia: SERBIA, 'Mali Ston': [42.85, 17.7], Dalmatia: DALMATIA, Dubrovnik: DUBROVNIK, Neum: [42.92, 17.62], 'Bosnia and Herzegovina': BOSNIA, Komarna: [42.93, 17.53], Orebić: [42.98, 17.18], Korčula: [42.96, 17.14], Zagreb: [45.81, 15.98], Split: [43.51, 16.44], Italy: ITALY }, ['Napoleon', 'French Empire', 'Austrian Empire', 'Austria-Hungary', 'Austria', 'Hungary', 'Kingdom of Yugoslavia', 'Yugoslavia', 'Pelješac Bridge']),

	article(`Koprivshtitsa (Bulgarian: Копривщица) is a small town in Sofia Province, central Bulgaria, in the Sredna Gora mountains. It had 2,200 inhabitants in 2011. The town is a museum reserve of Bulgarian National Revival architecture.

History
The town was founded in the 14th century, according to tradition by refugees from the Ottoman conquest of Tarnovo. Under the Ottoman Empire it was a privileged settlement whose merchants and sheep traders travelled to Istanbul, Plovdiv, Edirne and Egypt, and it became rich in the 19th century. The April Uprising against the Ottomans began here on 20 April 1876. After the Russo-Turkish War of 1877–78 the town was in Eastern Rumelia, which was united with the Principality of Bulgaria in 1885.

Geography
Koprivshtitsa lies on the upper Topolnitsa river at 1,060 m above sea level, 111 km east of Sofia and 90 km north of Plovdiv. Pirdop and Zlatitsa lie to the north, beyond the Balkan Mountains' foothills, and Strelcha to the south-east. Panagyurishte is 40 km to the south.

Culture
A folk festival held every five years at Voyvodenets meadow above the town brings singers and dancers from all over Bulgaria. The house of the poet Dimcho Debelyanov and that of the revolutionary Todor Kableshkov are museums.

Notable people
Lyuben Karavelov, writer and revolutionary, born in Koprivshtitsa
Todor Kableshkov, leader of the April Uprising
Dimcho Debelyanov, poet`, { Koprivshtitsa: [42.633, 24.35], 'Sofia Province': [42.67, 23.83], Bulgaria: BULGARIA, 'Sredna Gora': [42.55, 24.5], Tarnovo: [43.08, 25.63], Istanbul: ISTANBUL, Plovdiv: [42.15, 24.75], Edirne: [41.68, 26.56], Egypt: [27.0, 30.0], Topolnitsa: [42.63, 24.35], Sofia: SOFIA, Pirdop: [42.7, 24.183], Zlatitsa: [42.72, 24.14], 'Balkan Mountains': [42.75, 24.5], Strelcha: [42.5, 24.32], Panagyurishte: [42.5, 24.18], Voyvodenets: [42.63, 24.35] }, ['Bulgarian', 'Ottoman', 'Ottoman Empire', 'Ottomans', 'April Uprising', 'Russo-Turkish War', 'Eastern Rumelia', 'Principality of Bulgaria', 'Lyuben Karavelov', 'Todor Kableshkov', 'Dimcho Debelyanov']),

	article(`Sremski Karlovci (Serbian Cyrillic: Сремски Карловци; German: Karlowitz) is a town and municipality in the South Bačka District of the autonomous province of Vojvodina, Serbia, on the right bank of the Danube. It had 8,750 inhabitants in 2011.

History
The Treaty of Karlowitz, signed here in 1699 between the Ottoman Empire and the Holy League of the Habsburg emperor, Poland, Venice and Russia, ended the Great Turkish War and gave Hungary and Slavonia to the Habsburgs. From 1713 the town was the seat of the Serbian Orthodox Metropolitanate of Karlovci and the centre of the Serbs of the Habsburg monarchy; its gymnasium, opened in 1791, is the oldest Serbian grammar school. The town lay in the Military Frontier and later in Syrmia County of the Kingdom of Croatia-Slavonia within Austria-Hungary, and in 1918 it joined the Kingdom of Serbs, Croats and Slovenes, later Yugoslavia.

Geography
The town lies at the foot of Fruška Gora, a low range of hills covered with vineyards, 8 km south-east of Novi Sad. Petrovaradin lies between them on the river; Stražilovo, a wooded hill above the town, is a popular excursion. Čerević and Beočin are villages to the west.

Economy
Vineyards on the slopes of Fruška Gora produce the dessert wine bermet. Many residents work in Novi Sad.

Twin towns
Sremski Karlovci is twinned with Ohrid in North Macedonia and Kremnica in Slovakia.`, { 'Sremski Karlovci': [45.203, 19.934], 'South Bačka District': [45.25, 19.84], Vojvodina: [45.4, 20.0], Serbia: SERBIA, Danube: [45.2, 19.93], Karlowitz: [45.203, 19.934], Poland: POLAND, Venice: VENICE, Hungary: HUNGARY, Slavonia: [45.4, 18.0], Karlovci: [45.203, 19.934], 'Fruška Gora': [45.15, 19.7], 'Novi Sad': [45.25, 19.84], Petrovaradin: [45.25, 19.87], Stražilovo: [45.18, 19.9], Čerević: [45.22, 19.66], Beočin: [45.21, 19.72], Syrmia: [45.0, 19.5], 'Syrmia County': [45.0, 19.5], Croatia: CROATIA, Ohrid: [41.12, 20.8], 'North Macedonia': [41.6, 21.7], Kremnica: [48.7, 18.92], Slovakia: SLOVAKIA, Russia: RUSSIA }, ['Serbian', 'German', 'Serbian Cyrillic', 'Treaty of Karlowitz', 'Ottoman Empire', 'Holy League', 'Austria', 'Great Turkish War', 'Habsburgs', 'Serbs', 'Habsburg', 'Military Frontier', 'Kingdom of Croatia-Slavonia', 'Austria-Hungary', 'Kingdom of Serbs, Croats and Slovenes', 'Croats', 'Slovenes', 'Yugoslavia']),

	article(`Łeba (German: Leba; Kashubian: Łeba) is a town in Lębork County, Pomeranian Voivodeship, in northern Poland, on the Baltic Sea coast. It had 3,700 inhabitants in 2019.

History
Fishermen lived at the mouth of the Łeba river from the Middle Ages; the town received its charter in 1357 from the Teutonic Knights. After sand storms buried the first town in the 16th century, it was rebuilt further east. The area belonged to the Duchy of Pomerania and from 1657 to Brandenburg-Prussia; after 1701 it was part of the Kingdom of Prussia, in the Province of Pomerania, and from 1871 of the German Empire. In 1945 it was taken by the Red Army and passed to Poland, and the German inhabitants were expelled. Poles resettled from the former eastern lands of Poland, now in Ukraine and Belarus, took their place.

Geography
Łeba lies between two coastal lakes, Łebsko to the west and Sarbsko to the east. West of the town is Słowiński National Park, with moving dunes up to 40 m high. Lębork, the county seat, is 28 km to the south, and Gdańsk 100 km to the south-east. The village of Nowęcin lies to the south-west on the shore of Łebsko.

Economy
Tourism is the main industry: in summer the town's population rises tenfold with visitors from Warsaw, Poznań and Germany. Fishing boats still use the harbour.

Twin towns
Łeba is twinned with Sassnitz in Germany.`, { Łeba: [54.761, 17.555], Leba: [54.761, 17.555], 'Lębork County': [54.54, 17.75], 'Pomeranian Voivodeship': [54.2, 18.0], Poland: POLAND, 'Baltic Sea': [58.0, 20.0], Pomerania: POMERANIA, Brandenburg: [52.4, 13.0], Ukraine: UKRAINE, Belarus: [53.5, 28.0], Łebsko: [54.72, 17.42], Sarbsko: [54.75, 17.63], 'Słowiński National Park': [54.72, 17.4], Lębork: [54.539, 17.75], Gdańsk: [54.35, 18.65], Nowęcin: [54.75, 17.53], Warsaw: [52.23, 21.01], Poznań: [52.41, 16.93], Germany: GERMANY, Sassnitz: [54.52, 13.64] }, ['German', 'Kashubian', 'Teutonic Knights', 'Duchy of Pomerania', 'Brandenburg-Prussia', 'Prussia', 'Kingdom of Prussia', 'German Empire', 'Red Army', 'Poles']),

	article(`Vlkolínec is a village in the town of Ružomberok, in Ružomberok District of the Žilina Region, in northern Slovakia. It is one of the best-preserved villages of log houses in the Carpathians and was listed as a World Heritage Site in 1993.

== History ==
The village was first mentioned in 1376 as a settlement of woodcutters and charcoal burners under the castle of Likava, in the Kingdom of Hungary. In the 18th and 19th centuries it belonged to Liptov County; from 1867 it lay within Austria-Hungary, and from 1918 in Czechoslovakia. During the Slovak National Uprising in 1944 partisans hid in the surrounding forests. In 1882 the village had 45 houses; many families later emigrated to America, to the mines of Pennsylvania and the mills of Cleveland.

== Geography ==
Vlkolínec lies at 718 m in the Veľká Fatra mountains, 4 km south of the centre of Ružomberok, under the hill of Sidorovo. The Váh flows through Ružomberok to the north, and the villages of Biely Potok and Liptovská Osada lie to the south-east.

== Population ==
Only about 20 people live in the village all year round; the rest of the houses are holiday homes.`, { Vlkolínec: [49.04, 19.28], Ružomberok: [49.075, 19.308], 'Ružomberok District': [49.075, 19.308], 'Žilina Region': [49.22, 18.74], Slovakia: SLOVAKIA, Carpathians: [48.5, 21.0], Likava: [49.1, 19.31], Liptov: [49.08, 19.6], Czechoslovakia: CZECHIA, America: US, Pennsylvania: PENNSYLVANIA, Cleveland: [41.5, -81.69], 'Veľká Fatra': [48.95, 19.1], Sidorovo: [49.05, 19.27], Váh: [49.08, 19.3], 'Biely Potok': [49.04, 19.3], 'Liptovská Osada': [48.95, 19.27] }, ['Kingdom of Hungary', 'Hungary', 'Liptov County', 'Austria-Hungary', 'Austria', 'Slovak National Uprising', 'Slovak']),

	article(`Kernavė is a small town in Širvintos District Municipality, Vilnius County, in eastern Lithuania, on the right bank of the Neris. It had 270 inhabitants in 2011. The Kernavė Archaeological Site is a World Heritage Site.

History
Kernavė was a town of the Grand Duchy of Lithuania in the 13th and 14th centuries and, according to some historians, its first capital under Grand Duke Traidenis. It was burned by the Teutonic Order in 1390 and never regained its importance. After the Union of Lublin in 1569 it lay in the Polish–Lithuanian Commonwealth; in the Third Partition of 1795 it was annexed by the Russian Empire. Between the wars the town lay in the part of the Vilnius Region held by Poland. It was part of the Lithuanian SSR within the Soviet Union from 1944 to 1990.

Geography
The town stands on a terrace of the Neris valley, beside five hill forts. Vilnius is 35 km to the south-east, Širvintos 20 km to the north, and Kaunas 80 km to the west. The village of Dūkštos lies across the river.

Culture
Every summer the Days of Live Archaeology bring craftsmen from Latvia, Poland and Belarus to the site.`, { Kernavė: [54.89, 24.85], 'Širvintos District Municipality': [55.044, 24.954], 'Vilnius County': [54.7, 25.3], Lithuania: LITHUANIA, Neris: [54.89, 24.85], 'Vilnius Region': [54.69, 25.28], Poland: POLAND, Vilnius: [54.69, 25.28], Širvintos: [55.044, 24.954], Kaunas: [54.9, 23.9], Dūkštos: [54.85, 24.93], Latvia: [57.0, 25.0], Belarus: [53.5, 28.0] }, ['Teutonic Order', 'Union of Lublin', 'Lublin', 'Polish–Lithuanian Commonwealth', 'Polish', 'Lithuanian', 'Russian Empire', 'Lithuanian SSR', 'Soviet Union', 'Traidenis', 'Days of Live Archaeology']),

	article(`Počitelj is a village in the municipality of Čapljina, in Bosnia and Herzegovina, on the left bank of the Neretva. Its walled old town is a national monument.

History
The fortress was built by the Bosnian king Stephen Tvrtko I in 1383 to guard the Neretva valley. It was taken by the Ottoman Empire in 1471 and was a frontier fortress against Venice, whose possessions in Dalmatia lay downstream, until the Treaty of Karlowitz moved the border. In the 16th century Hajji Alija built the mosque that still stands below the clock tower. After 1878 Bosnia was occupied and in 1908 annexed by Austria-Hungary; it joined the Kingdom of Serbs, Croats and Slovenes in 1918 and was part of Yugoslavia until 1992. The village was badly damaged in the war of 1993.

Geography
Počitelj lies 4 km north of Čapljina and 25 km south of Mostar, on the main road from Sarajevo to the coast at Ploče in Croatia. Across the river is the village of Tasovčići; Medjugorje lies 12 km to the north-west.

Culture
An art colony founded in 1964 has drawn painters from Sarajevo, Zagreb, Belgrade and Ljubljana every summer.`, { Počitelj: [43.13, 17.73], Čapljina: [43.121, 17.684], 'Bosnia and Herzegovina': BOSNIA, Neretva: [43.13, 17.72], Venice: VENICE, Dalmatia: DALMATIA, Bosnia: BOSNIA, Mostar: [43.34, 17.81], Sarajevo: [43.86, 18.41], Ploče: [43.05, 17.43], Croatia: CROATIA, Tasovčići: [43.13, 17.71], Medjugorje: [43.19, 17.68], Zagreb: [45.81, 15.98], Belgrade: [44.82, 20.46], Ljubljana: [46.05, 14.51] }, ['Bosnian', 'Stephen Tvrtko I', 'Ottoman Empire', 'Treaty of Karlowitz', 'Karlowitz', 'Hajji Alija', 'Austria-Hungary', 'Austria', 'Hungary', 'Kingdom of Serbs, Croats and Slovenes', 'Serbs', 'Croats', 'Slovenes', 'Yugoslavia']),

	// ---------------- Western Europe ----------------
	article(`Rothenburg ob der Tauber is a town in the district of Ansbach in Middle Franconia, Bavaria, Germany, known for its well-preserved medieval old town. It had 11,106 inhabitants in 2020.

== History ==
Rothenburg became a Free Imperial City of the Holy Roman Empire in 1274, answerable only to the emperor, and ruled a territory of some 180 villages between the Tauber and the Franconian Heights. During the Thirty Years' War it was taken by the imperial general Tilly in 1631; legend says that the town was spared when the former mayor Nusch drank a tankard of wine in one draught. Impoverished by the war, the town stopped growing, which preserved it. In 1803 it passed to the Electorate of Bavaria and in 1806 to the Kingdom of Bavaria. In March 1945 an American air raid destroyed part of the old town, which was rebuilt with money sent from America and from around the world.

== Geography ==
The town stands on a ridge above the Tauber valley, on the Romantic Road between Würzburg (60 km to the north) and Augsburg. Ansbach is 30 km to the south-east, Dinkelsbühl 45 km to the south and Crailsheim, in Baden-Württemberg, 30 km to the south-west. The villages of Detwang and Bettenfeld belong to the town.

== Transport ==
A branch line links Rothenburg with Steinach on the railway from Würzburg to Ansbach. The A7 autobahn passes 5 km to the east.

== Twin towns ==
Rothenburg is twinned with Arras, France; Susdal, Russia; and Uchiko, Japan.`, { 'Rothenburg ob der Tauber': [49.379, 10.187], Rothenburg: [49.379, 10.187], Ansbach: [49.3, 10.57], 'Middle Franconia': [49.35, 10.75], Bavaria: BAVARIA, Germany: GERMANY, Tauber: [49.38, 10.18], 'Franconian Heights': [49.3, 10.3], America: US, Würzburg: [49.79, 9.93], Augsburg: [48.37, 10.9], Dinkelsbühl: [49.07, 10.32], Crailsheim: [49.13, 10.07], 'Baden-Württemberg': WURTTEMBERG, Detwang: [49.39, 10.17], Bettenfeld: [49.4, 10.14], Steinach: [49.44, 10.28], Arras: [50.29, 2.78], France: FRANCE, Susdal: [56.42, 40.45], Russia: RUSSIA, Uchiko: [33.53, 132.66], Japan: [36.0, 138.0] }, ['Free Imperial City', 'Holy Roman Empire', "Thirty Years' War", 'Tilly', 'Nusch', 'Electorate of Bavaria', 'Kingdom of Bavaria', 'American', 'Romantic Road']),

	article(`Oradour-sur-Glane (Occitan: Orador de Glana) is a commune in the Haute-Vienne department in the Nouvelle-Aquitaine region of west-central France. It had 2,500 inhabitants in 2019.

History
On 10 June 1944 a company of the Waffen-SS division Das Reich, moving north from Montauban towards Normandy after the Allied landings, killed 643 of the village's inhabitants and refugees, among them people who had fled from Alsace and Lorraine and Spanish Republicans. The women and children were burned in the church. General de Gaulle decided that the ruins should stay as a memorial, and a new village was built to the north-west after the war. A Centre de la mémoire opened in 1999.

Geography
The commune lies on the Glane, a small tributary of the Vienne, 22 km north-west of Limoges. Saint-Junien is 12 km to the west and Bellac 25 km to the north. The neighbouring communes are Cieux, Javerdat, Saint-Victurnien and Peyrilhac.

Transport
The A20 autoroute from Paris to Toulouse passes 20 km to the east. Limoges–Bellegarde Airport, 15 km to the south-east, has flights to London and Manchester.

Twin towns
Oradour-sur-Glane is twinned with Lidice in the Czech Republic and with Marzabotto in Italy.`, { 'Oradour-sur-Glane': [45.933, 1.031], 'Haute-Vienne': [45.85, 1.25], 'Nouvelle-Aquitaine': [45.2, 0.2], France: FRANCE, Montauban: [44.02, 1.35], Normandy: [49.0, 0.0], Alsace: [48.3, 7.4], Lorraine: [48.9, 6.2], Glane: [45.93, 1.03], Vienne: [45.9, 1.0], Limoges: [45.83, 1.26], 'Saint-Junien': [45.887, 0.902], Bellac: [46.12, 1.05], Cieux: [45.99, 1.05], Javerdat: [45.95, 0.98], 'Saint-Victurnien': [45.88, 1.02], Peyrilhac: [45.95, 1.14], Paris: [48.86, 2.35], Toulouse: [43.6, 1.44], London: [51.51, -0.13], Manchester: [53.48, -2.24], Lidice: [50.143, 14.19], 'Czech Republic': CZECHIA, Marzabotto: [44.34, 11.2], Italy: ITALY }, ['Occitan', 'Das Reich', 'Waffen-SS', 'Allied', 'Spanish', 'Spanish Republicans', 'de Gaulle', 'Centre de la mémoire', 'Limoges–Bellegarde Airport']),

	article(`Bagnoregio is a comune in the province of Viterbo in the Italian region of Lazio, about 100 km north of Rome. It had 3,600 inhabitants in 2017. Its frazione Civita di Bagnoregio, on an eroding hill of tuff, is reached only by a footbridge and is known as "the dying town".

== History ==
The Etruscans founded Civita in the 6th century BC. In the Middle Ages Bagnoregio was a free commune that passed in the 13th century to the Papal States, which ruled it until the unification of Italy in 1870. Saint Bonaventure was born here in 1217. Earthquakes and landslides in 1695 and 1764 drove most of the people from Civita to the lower town. In the late 19th and early 20th centuries many families emigrated to America and to Argentina.

== Geography ==
The town stands on a ridge between the valleys of two streams that flow into the Tiber. Lake Bolsena lies 10 km to the west, Orvieto, in Umbria, 15 km to the north-east, and Viterbo 28 km to the south. The neighbouring comuni are Castiglione in Teverina, Celleno, Lubriano and Montefiascone.

== Economy ==
Tourism in Civita and olive oil are the main sources of income. Visitors come mostly from Rome and Florence.

== Twin towns ==
Bagnoregio is twinned with Bonaventure, Quebec.`, { Bagnoregio: [42.628, 12.09], Viterbo: [42.42, 12.11], Lazio: [41.9, 12.7], Rome: [41.9, 12.5], 'Civita di Bagnoregio': [42.63, 12.11], Civita: [42.63, 12.11], Italy: ITALY, America: US, Argentina: [-34.0, -64.0], Tiber: [42.7, 12.2], 'Lake Bolsena': [42.6, 11.93], Orvieto: [42.72, 12.11], Umbria: [42.9, 12.5], 'Castiglione in Teverina': [42.65, 12.2], Celleno: [42.56, 12.13], Lubriano: [42.64, 12.11], Montefiascone: [42.54, 12.03], Florence: [43.77, 11.25], Bonaventure: [48.05, -65.49], Quebec: [52.0, -72.0] }, ['Italian', 'Etruscans', 'Papal States', 'Saint Bonaventure', 'the dying town']),

	article(`Haworth is a village in the City of Bradford, West Yorkshire, England, in the Pennines, 3 miles south-west of Keighley. It is best known as the home of the Brontë sisters. Together with Cross Roads and Stanbury it forms a civil parish, which had 6,379 inhabitants in 2011.

== History ==
Haworth was a township of the ancient parish of Bradford in the West Riding of Yorkshire. Its people spun and wove wool at home until mills were built on the River Worth in the 19th century. Patrick Brontë, born in County Down, Ireland, became perpetual curate in 1820, and his daughters Charlotte, Emily and Anne wrote their novels at the parsonage, now the Brontë Parsonage Museum. The railway from Keighley to Oxenhope opened in 1867.

== Geography ==
The village climbs a steep hill above the valley of the River Worth. Oxenhope lies a mile to the south, Stanbury to the west, and beyond it the moors of Top Withens, thought to have inspired Wuthering Heights. Hebden Bridge is 8 miles to the south over the moor, and Bradford 10 miles to the south-east.

== Transport ==
The Keighley and Worth Valley Railway, a heritage line, calls at Haworth station.

== Notable people ==
Charlotte Brontë, novelist, born in Thornton, near Bradford
Emily Brontë, novelist and poet
Branwell Brontë, painter

== Twin towns ==
Haworth is twinned with Machu Picchu in Peru and with its namesake borough in New Jersey, in the United States.`, { Haworth: [53.829, -1.948], 'West Yorkshire': [53.75, -1.6], England: ENGLAND, Pennines: [54.0, -2.2], Keighley: [53.868, -1.907], 'Cross Roads': [53.84, -1.93], Stanbury: [53.83, -1.98], Bradford: [53.8, -1.75], Yorkshire: [54.0, -1.5], 'River Worth': [53.85, -1.93], 'County Down': [54.35, -5.9], Ireland: IRELAND, Oxenhope: [53.812, -1.952], 'Top Withens': [53.81, -2.02], 'Hebden Bridge': [53.74, -2.01], Thornton: [53.79, -1.85], 'Machu Picchu': [-13.155, -72.524], Peru: [-10.0, -76.0], 'New Jersey': [40.95, -73.96], 'United States': US }, ['Brontë', 'Charlotte', 'Emily', 'Anne', 'Brontë Parsonage Museum', 'Wuthering Heights', 'Keighley and Worth Valley Railway', 'Worth Valley']),

	article(`Cobh (Irish: An Cóbh), known from 1849 until 1920 as Queenstown, is a seaport town on the south coast of County Cork, Ireland, on Great Island in Cork Harbour. It had 12,800 inhabitants in 2016.

History
Cobh was the main port of emigration from Ireland: of the six million people who left Ireland between 1848 and 1950, about 2.5 million sailed from here, to America, Canada and Australia. Annie Moore, the first immigrant to pass through Ellis Island in New York, left from Cobh in 1891. The town was renamed Queenstown after Queen Victoria's visit in 1849. It was the last port of call of the Titanic, on 11 April 1912, and survivors and the dead of the Lusitania, sunk off the Old Head of Kinsale in 1915, were brought here. The Royal Navy kept its Treaty Port at Spike Island until 1938.

Geography
The town climbs a steep hillside on the south side of Great Island, facing Haulbowline and Spike Island. Cork city is 24 km to the north-west, Midleton 12 km to the north-east, and Crosshaven lies across the harbour.

Transport
Trains run every half hour to Cork Kent station by way of Fota. A car ferry crosses the harbour from Carrigaloe to Passage West.

Culture
The Cobh Heritage Centre in the old railway station tells the story of the emigrants; St Colman's Cathedral dominates the town.

Twin towns
Cobh is twinned with Ploemeur in Brittany, France, and with Peachtree City, Georgia, in the United States.`, { Cobh: [51.85, -8.295], Queenstown: [51.85, -8.295], 'County Cork': [51.9, -8.7], Ireland: IRELAND, 'Great Island': [51.86, -8.28], 'Cork Harbour': [51.83, -8.28], America: US, Canada: CANADA, Australia: AUSTRALIA, 'Ellis Island': [40.7, -74.04], 'New York': NEW_YORK, 'Old Head of Kinsale': [51.6, -8.53], Kinsale: [51.71, -8.52], 'Spike Island': [51.83, -8.29], Haulbowline: [51.84, -8.3], Cork: [51.9, -8.47], 'Cork city': [51.9, -8.47], Midleton: [51.92, -8.17], Crosshaven: [51.8, -8.3], Fota: [51.9, -8.31], Carrigaloe: [51.86, -8.32], 'Passage West': [51.87, -8.34], Ploemeur: [47.73, -3.43], Brittany: [48.2, -3.0], France: FRANCE, 'Peachtree City': [33.4, -84.6], Georgia: [32.7, -83.4], 'United States': US }, ['Irish', 'Queen Victoria', 'Victoria', 'Titanic', 'Lusitania', 'Royal Navy', 'Treaty Port', 'Annie Moore', 'Cork Kent', "St Colman's Cathedral"]),

	// ---------------- the rest of the world ----------------
	article(`Real de Catorce is a town in the municipality of Catorce, in the state of San Luis Potosí, Mexico, at 2,750 m in the Sierra de Catorce. It had 1,392 inhabitants in 2010 and is one of the Pueblos Mágicos.

History
Silver was found in the mountains in 1772, and the town was founded in 1779 as Real de Minas de Nuestra Señora de la Limpia Concepción de Guadalupe de los Álamos de los Catorce, in the Kingdom of New Spain. Its mines were among the richest of the viceroyalty, and silver went by mule train to Mexico City and on to Spain. After independence the mines declined, and after the Mexican Revolution the town was almost abandoned, with only a few hundred people left among the ruins.

Geography
The town is reached through the Ogarrio Tunnel, 2.3 km long. Matehuala, the nearest city, is 56 km to the east, and San Luis Potosí 260 km to the south. The desert of Wirikuta lies below the town to the west, around the village of Estación Catorce; the Huichol people walk there every year from Jalisco and Nayarit to gather peyote.

Economy
Tourism has replaced mining; visitors come from Monterrey, Guadalajara and Texas.

Climate
The climate is semi-arid (Köppen BSk), with cool nights all year.`, { 'Real de Catorce': [23.69, -100.887], Catorce: [23.69, -100.887], 'San Luis Potosí': [22.15, -100.98], Mexico: MEXICO, 'Sierra de Catorce': [23.7, -100.9], 'Mexico City': [19.43, -99.13], Spain: [40.0, -4.0], 'Ogarrio Tunnel': [23.69, -100.88], Matehuala: [23.648, -100.643], Wirikuta: [23.7, -101.1], 'Estación Catorce': [23.65, -101.1], Jalisco: [20.6, -103.6], Nayarit: [21.8, -104.9], Monterrey: [25.67, -100.31], Guadalajara: [20.67, -103.35], Texas: TEXAS }, ['Pueblos Mágicos', 'New Spain', 'Kingdom of New Spain', 'Mexican Revolution', 'Huichol', 'Real de Minas de Nuestra Señora de la Limpia Concepción de Guadalupe de los Álamos de los Catorce']),

	article(`Pomerode is a municipality in the state of Santa Catarina, Brazil, in the Itajaí Valley. It had 34,000 inhabitants in 2020 and calls itself "the most German town in Brazil".

== History ==
The area was settled from 1861 by German immigrants, most of them from Pomerania in the Kingdom of Prussia, who came by way of Hamburg and the colony of Blumenau, founded by the pharmacist Hermann Blumenau. The settlement was named after Pomerania and after Hermann Otto Rode, the colony's engineer. It was a district of Blumenau until 1959. During the Second World War the Estado Novo of Getúlio Vargas banned the use of German in schools.

== Geography ==
Pomerode lies on the Rio do Testo, a tributary of the Itajaí-Açu, 30 km north of Blumenau. Jaraguá do Sul is 25 km to the north and Timbó 15 km to the west. Florianópolis, the state capital, is 170 km to the south.

== Demographics ==
Most of the population are of German descent, and Pomeranian and Hunsrik dialects of German are still spoken in many families.

== Economy ==
Textile, porcelain and metal factories are the main employers; the Festa Pomerana every January draws visitors from Curitiba and São Paulo.

== Twin towns ==
Pomerode is twinned with Torgelow in Mecklenburg-Vorpommern, Germany.`, { Pomerode: [-26.741, -49.177], 'Santa Catarina': SANTA_CATARINA, Brazil: BRAZIL, 'Itajaí Valley': [-26.9, -49.1], Pomerania: POMERANIA, Hamburg: [53.55, 10.0], Blumenau: [-26.92, -49.07], 'Rio do Testo': [-26.8, -49.15], 'Itajaí-Açu': [-26.9, -49.0], 'Jaraguá do Sul': [-26.49, -49.07], Timbó: [-26.82, -49.27], Florianópolis: [-27.6, -48.55], Curitiba: [-25.43, -49.27], 'São Paulo': [-23.55, -46.63], Torgelow: [53.634, 14.013], 'Mecklenburg-Vorpommern': [53.6, 12.5], Germany: GERMANY }, ['German', 'Kingdom of Prussia', 'Prussia', 'Hermann Blumenau', 'Estado Novo', 'Getúlio Vargas', 'Pomeranian', 'Hunsrik', 'Festa Pomerana', 'Hermann Otto Rode']),

	article(`Paoay, officially the Municipality of Paoay (Ilocano: Ili ti Paoay), is a 4th class municipality in the province of Ilocos Norte, Philippines. According to the 2020 census, it has a population of 25,000 people.

History
The Augustinians founded a mission here in 1593. The town's church of San Agustin, built of coral stone and brick with huge buttresses against earthquakes and finished in 1710, is one of the Baroque Churches of the Philippines on the World Heritage list. The town was part of the Spanish East Indies, governed from Mexico City through New Spain until 1821. The revolt of 1898 reached the town from Laoag, and American troops held it during the Philippine–American War.

Geography
Paoay lies on the coastal plain of north-western Luzon, 20 km south-west of Laoag, the provincial capital. Batac is to the east, Currimao to the south and Suba's sand dunes to the west on the South China Sea. Paoay Lake, a crater lake, lies north of the town.

Barangays
Paoay is politically subdivided into 31 barangays, among them Nagbacalan, Sangladan, Suba and Pannaratan.

Economy
Tobacco, garlic and rice are grown; weaving of the local inabel cloth survives. Tourists come from Manila and from Taiwan.

Notable people
Imelda Marcos's family had a summer palace, Malacañang of the North, on the lake`, { Paoay: [18.062, 120.522], 'Ilocos Norte': [18.17, 120.75], Philippines: PHILIPPINES, 'Mexico City': [19.43, -99.13], Laoag: [18.2, 120.59], Luzon: [16.5, 121.0], Batac: [18.06, 120.56], Currimao: [17.99, 120.49], Suba: [18.05, 120.47], 'South China Sea': [12.0, 114.0], 'Paoay Lake': [18.12, 120.54], Nagbacalan: [18.06, 120.52], Sangladan: [18.06, 120.52], Pannaratan: [18.06, 120.52], Manila: [14.6, 120.98], Taiwan: [23.7, 121.0] }, ['Ilocano', 'Augustinians', 'San Agustin', 'Baroque Churches of the Philippines', 'Spanish East Indies', 'New Spain', 'American', 'Philippine–American War', 'Imelda Marcos', 'Malacañang of the North', 'Malacañang']),

	article(`Hahndorf is a town in the Adelaide Hills, South Australia, 28 km south-east of the centre of Adelaide. It had 2,670 inhabitants in 2016 and is the oldest surviving German settlement in Australia.

History
Hahndorf was founded in 1839 by 52 Lutheran families from the Prussian provinces of Brandenburg, Posen and Silesia, who had left to escape the union of the Lutheran and Reformed churches imposed by King Frederick William III. They came on the ship Zebra, whose Danish captain, Dirk Hahn, helped them obtain land; the village was named after him. In 1918, during the First World War, the name was changed to Ambleside, and it was restored in 1935.

Geography
The town lies in the valley of the Onkaparinga River, along the old main road from Adelaide to Melbourne. Mount Barker is 7 km to the east, Stirling 10 km to the north-west, and the village of Verdun 3 km to the north. Mount Lofty, the highest point of the ranges, is 15 km to the north-west.

Economy
Tourism, with German bakeries, butchers and inns, is the main industry; the Hans Heysen studio, The Cedars, is just outside the town. Vineyards of the Adelaide Hills wine region surround it.

Transport
The South Eastern Freeway passes just north of the town.

Notable people
Hans Heysen, landscape painter, born in Hamburg, Germany, lived at The Cedars
Friedrich Wilhelm Wittber, settler`, { Hahndorf: [-35.029, 138.808], 'Adelaide Hills': [-35.0, 138.75], 'South Australia': SOUTH_AUSTRALIA, Adelaide: ADELAIDE, Australia: AUSTRALIA, Brandenburg: [52.4, 13.0], Posen: [52.41, 16.93], Silesia: SILESIA, Ambleside: [-35.029, 138.808], 'Onkaparinga River': [-35.03, 138.8], Melbourne: [-37.81, 144.96], 'Mount Barker': [-35.067, 138.867], Stirling: [-35.0, 138.72], Verdun: [-35.0, 138.8], 'Mount Lofty': [-34.98, 138.71], Hamburg: [53.55, 10.0], Germany: GERMANY }, ['German', 'Lutheran', 'Prussian', 'Frederick William III', 'Zebra', 'Danish', 'Dirk Hahn', 'Hans Heysen', 'The Cedars', 'South Eastern Freeway']),

	article(`Suzdal (Russian: Суздаль) is a town in Vladimir Oblast, Russia, on the Kamenka River, 26 km north of Vladimir. It had 9,286 inhabitants in 2021. Its white monuments of Vladimir and Suzdal are a World Heritage Site.

History
Suzdal was first mentioned in 1024 and became the capital of the principality of Rostov-Suzdal, one of the states of Kievan Rus'. Yuri Dolgorukiy, the founder of Moscow, ruled from here. The Mongols sacked the town in 1238. From the 16th century it was a religious centre of the Tsardom of Russia with many monasteries, where the Tsars confined disgraced wives. The railway of the Russian Empire bypassed the town, which preserved it. In the Soviet Union it was declared a museum town in the 1960s.

Geography
The town lies on the Kamenka, a tributary of the Nerl, in the fields of the Vladimir Opolye. Vladimir is 26 km to the south, Ivanovo 70 km to the north-east, and the village of Kideksha 4 km to the east where the Kamenka meets the Nerl. Moscow is 220 km to the south-west by the Golden Ring road.

Economy
Tourism is the main industry; the town has many guest houses and a mead factory.

Twin towns
Suzdal is twinned with Rothenburg ob der Tauber in Germany.`, { Suzdal: [56.423, 40.447], 'Vladimir Oblast': [56.0, 40.5], Russia: RUSSIA, 'Kamenka River': [56.42, 40.45], Kamenka: [56.42, 40.45], Vladimir: [56.13, 40.4], Rostov: [57.19, 39.41], Moscow: MOSCOW, Nerl: [56.4, 40.55], 'Vladimir Opolye': [56.4, 40.2], Ivanovo: [57.0, 40.97], Kideksha: [56.42, 40.52], 'Rothenburg ob der Tauber': [49.379, 10.187], Germany: GERMANY }, ['Russian', "Kievan Rus'", 'Mongols', 'Tsardom of Russia', 'Tsars', 'Russian Empire', 'Soviet Union', 'Yuri Dolgorukiy', 'Rostov-Suzdal', 'Golden Ring', 'Grand Duchy of Lithuania'])
];

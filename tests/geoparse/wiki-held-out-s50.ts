// Held-out Wikipedia-style articles about small places, session 50 (issue #10: the hidden "Wikipedia articles about
// small places" set scores Acc@161 0.46). Texts written for the tests (none copied from anywhere). Subjects chosen
// after grepping every file under tests/geoparse for them (dropped as named before: Thorn, Bourtange, Konstantinovo,
// Tả Van, Đường Lâm, Ōuchi, Hahoe, Yangdong, Kayaköy, Uçhisar, Sangha, Andasibe, Mindo, Yackandandah, Rhyolite,
// Kennecott, Ometepe, Majuli, Kandovan, Gimli, Val Marie). Shapes and regions the older wiki batches lack or hold
// least: Belgian deelgemeenten of a city (Lissewege of Bruges, Ename of Oudenaarde); Dutch villages and a fortified
// town in their gemeente; Russian selos in their raion and oblast, renamed after a writer (Tarkhany, Lopasnya);
// Canadian villages in a Manitoba municipality and a Saskatchewan rural municipality ("Rural Municipality of McCraney
// No. 282"); abbeys as subjects (Fontenay, Maria Laach); Vietnamese wards and communes in their district and
// province; Greek island villages (Chios, Folegandros); Japanese villages and towns in their district (Hinohara,
// Ine); Korean folk villages in their ri, myeon and county; Turkish towns renamed after 1922; Bhutanese gewogs in
// their dzongkhag; Malian communes in their cercle and region (Hombori, Tireli); Malagasy communes in their region
// and district; Ecuadorian parroquias in their canton; villages of the Wakhan and the Kyrgyz Tian Shan; Australian
// localities in a regional council; US ghost towns (Thurmond, Cahawba); islands of Lake Titicaca; Cape Verdean
// municipalities and towns; Cuban municipalities; Maltese villages and local councils; Moldovan villages on the Răut
// and the Dniester; Armenian villages in their province; a Lebanese and a Jordanian town; Iranian villages in their
// county and province, in the census stub's words.
// Traps: namesakes of famous or bigger places (Rhineland, Gretna, Wellington, Red Hill, Victoria, Rabat, Salinas,
// Santiago, Praia, Porto Novo, São Vicente, Ponta do Sol, Ribeira Grande twice, Povoação, Santo Antão, Santa Clara,
// Remedios, Copacabana, Chora, Kastro, Ios, Kosuge, Aoshima, Goseong, Western Region, Central District, Sangha,
// Gourma, Chu, Panj, Langar, Qalat, Thanh Hà, Meuse, Alabama the state and the river, Jordan the country and the
// river, Dos Hermanas, Mustafapaşa, Cappadocia, Boni, Banani, Tireli, Olănești, Novoselki, Devil's Bridge, Dragon
// Mountain, Inland Sea), people and things named like places (Mikhail Lermontov, Vissarion Belinsky, Anton Chekhov
// beside the town of Chekhov, Bernard of Clairvaux, Henry II of Laach, Thomas Dingli beside Dingli, Queen Victoria,
// Saints Constantine and Helena, St Lawrence, St Mary of Egypt, the Castlereagh and Kennedy highways, the Wings of
// Tatev), names inside names (Abbey of the Dunes, Chichibu Tama Kai National Park, Musashi-Itsukaichi Station, New
// River Gorge National Park and Preserve, Copacabana Municipality, Ribeira Grande de Santiago, Fortress of São
// Filipe, Old Cahawba Archaeological Park, Cliff of Bandiagara, Ranomafana National Park, Hand of Fatima).
// Split in two halves: A (to tune on from session 50) and B (never tuned on: scored before and after); each half has
// one text of each shape.
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-s50 [--a-only]` scores both, each on its own line.
// Gold points: the writer's coordinates for the place the text means, checked against `gazette lookup NAME` where the
// gazetteer has it (rounded to 0.01°; rivers at the stretch the article means; a mountain range, lake or sea at the
// part the text means; countries at the gazetteer's own point, from gold-points.ts). A country or region is right
// within 800 km, others within 161 km; a toponym inside a longer gold name is wrong (the batch is marked so), save
// that a capitalised "City of X", "Municipality of X" or "Rural Municipality of X" marks X alone, as Hu2014's gold
// does. Lower-case feature words stay outside a gold name ("the Chhume valley"). notPlaces: people, bodies, roads and
// things named like places; a country's adjective is left ungraded. Many gold names are not in the gazetteer: they
// count as "not mapped".
// First honest score (main d673fc5, before any change tuned on it): half A 204/207 = 0.986 (286 gold, 110 not
// mapped); half B 193/203 = 0.951 (274 gold, 96 not mapped; 2 names of no place mapped). Misses of half A: Boni (a
// Malian village the gazetteer lacks) read as Bonn, 4,053 km; the Hindu Kush at its curated point 244 km from the
// Wakhan; Chichibu of "Chichibu Tama Kai National Park" (part of a longer name).
// After session 50's changes (compass-span.ts partWordStart: "Upper/Lower X" one toponym; judge-persons.ts:
// Portuguese "do" a name particle; feature-head-span.ts: up to three capitalised words before "National Park" join
// the park's name): A 204/206 = 0.990 (Chichibu wrong -> unmapped; 110 not mapped); B 193/203 = 0.951 (unchanged;
// scored once at the end, 96 not mapped, 2 names of no place mapped). Misses of half B (read at the session's end):
// parts of longer names (Ename of "Bos t'Ename", Meria of "Ano Meria" read as Mérida VE, São Filipe of "Fortress of
// São Filipe" read as the Fogo town, Cayo and Santa María of "Cayo Santa María" read as Belize's Cayo District and a
// Brazilian Santa Maria); far namesakes (Chora of Folegandros read as another Greek Chóra 289 km off, the Chu read as
// Chuzhou CN); seas at their gazetteer points far from the part meant (the Aegean 167 km, the Sea of Japan 446 km, the
// East Sea read as the Sea of Japan 567 km). Names of no place mapped: "Dutch Republic" (its demonym read as the
// Netherlands) and the church of the Panagia read as a Greek village.
import type { GenreText } from './genre-texts.ts';
import { US, ENGLAND, FRANCE, GERMANY, BELGIUM, NETHERLANDS, RUSSIA, CANADA, UKRAINE, VIETNAM, JAPAN, CHINA, GREECE, TURKEY, SOUTH_KOREA, BHUTAN, MALI, BURKINA_FASO, MADAGASCAR, ECUADOR, TAJIKISTAN, AFGHANISTAN, KYRGYZSTAN, AUSTRALIA, PERU, BOLIVIA, CAPE_VERDE, CUBA, MALTA, MOLDOVA, ARMENIA, AZERBAIJAN, LEBANON, JORDAN, SYRIA, IRAN, SWEDEN, ITALY, BRAZIL, TIBET } from './gold-points.ts';

const w = (text: string, gold: Record<string, [number, number]>, notPlaces?: string[]): GenreText => ({ genre: 'wikipedia', text, gold, notPlaces });
// states, provinces and regions this batch names (a region is right within 800 km)
const WEST_FLANDERS: [number, number] = [51.0, 3.1];
const EAST_FLANDERS: [number, number] = [51.0, 3.75];
const DRENTHE: [number, number] = [52.86, 6.6];
const NORTH_BRABANT: [number, number] = [51.55, 5.0];
const MANITOBA: [number, number] = [53.0, -97.0];
const SASKATCHEWAN: [number, number] = [54.0, -106.0];
const MOPTI_REGION: [number, number] = [14.5, -3.5];
const ANDES_ECUADOR: [number, number] = [-1.2, -78.7];
const LAKE_TITICACA: [number, number] = [-15.8, -69.4];

// Half A: the half to tune on.
export const WIKI_HELD_OUT_S50_A: GenreText[] = [
	w(
		"Lissewege is a village in the Belgian province of West Flanders and, since the merger of 1971, a deelgemeente of the city of Bruges. It lies among the polders 8 km north of the city centre, between Bruges and the port of Zeebrugge, and had about 2,400 inhabitants in 2020.\n\nHistory\nThe village grew rich in the 13th century from the wool trade with England, and raised a brick church of Our Lady whose tower served as a landmark for ships making for the Zwin. The great barn of Ter Doest, a grange of the Abbey of the Dunes at Koksijde, still stands at the southern edge of the village.\n\nTransport\nLissewege has a station on the railway from Bruges to Zeebrugge, and the Boudewijn Canal runs just to the east. Blankenberge lies 7 km to the west.",
		{ Lissewege: [51.3, 3.2], 'West Flanders': WEST_FLANDERS, Bruges: [51.21, 3.22], Zeebrugge: [51.33, 3.2], England: ENGLAND, Zwin: [51.36, 3.36], 'Ter Doest': [51.29, 3.19], 'Abbey of the Dunes': [51.11, 2.66], Koksijde: [51.12, 2.65], 'Boudewijn Canal': [51.28, 3.21], Blankenberge: [51.31, 3.13] },
		['Our Lady']
	),
	w(
		"Orvelte is a village in the municipality of Midden-Drenthe in the province of Drenthe, Netherlands. It lies about 6 km south-east of Westerbork and 20 km south of Assen, close to the Oranjekanaal, and had 140 inhabitants in 2021.\n\nThe village kept its Saxon farmhouses, its village green and its sheepfolds almost unchanged, and since 1967 it has been preserved as a living open-air museum, with a smithy, a clog maker and a working farm. The transit camp of Westerbork, from which more than 100,000 Jews were deported to Auschwitz and Sobibor, lies in the woods near Hooghalen, 8 km to the north-west.\n\nOrvelte has no railway station: buses run to Beilen, on the line from Zwolle to Groningen.",
		{ Orvelte: [52.84, 6.67], 'Midden-Drenthe': [52.86, 6.55], Drenthe: DRENTHE, Netherlands: NETHERLANDS, Westerbork: [52.85, 6.6], Assen: [52.99, 6.56], Oranjekanaal: [52.85, 6.7], Auschwitz: [50.03, 19.2], Sobibor: [51.45, 23.6], Hooghalen: [52.92, 6.54], Beilen: [52.86, 6.51], Zwolle: [52.51, 6.09], Groningen: [53.22, 6.57] }
	),
	w(
		"Lermontovo (Russian: Лермонтово), until the Soviet period Tarkhany, is a rural locality (a selo) in Belinsky District of Penza Oblast, Russia, about 15 km east of the district town of Belinsky and 120 km west of Penza. Population: 571 (2010 Census).\n\nHistory\nThe poet Mikhail Lermontov spent his childhood on his grandmother's estate here and is buried in the family chapel beside the church of St Mary of Egypt. The estate, with its manor house, its ponds and its lime avenues, is a state museum-reserve.\n\nBelinsky itself, called Chembar until 1948, was renamed after the critic Vissarion Belinsky, who grew up there. Tambov lies 130 km to the west.",
		{ Lermontovo: [52.99, 43.66], Tarkhany: [52.99, 43.66], 'Belinsky District': [52.9, 43.4], 'Penza Oblast': [53.1, 44.6], Russia: RUSSIA, Belinsky: [52.96, 43.42], Penza: [53.2, 45.0], Chembar: [52.96, 43.42], Tambov: [52.72, 41.45] },
		['Mikhail Lermontov', 'Vissarion Belinsky', 'St Mary of Egypt']
	),
	w(
		"Neubergthal is a Mennonite street village in the Municipality of Rhineland in southern Manitoba, Canada, 10 km south-west of Altona and 3 km north of the border with North Dakota.\n\nHistory\nThe village was founded in 1876 by Mennonite families who had left the Bergthal Colony, near Mariupol in what is now Ukraine. It keeps the plan of its founders: housebarns on long lots face a single street lined with cottonwoods. Neubergthal was designated a National Historic Site of Canada in 1989.\n\nGeography\nThe village lies on the flat plain of the Red River Valley. Gretna is 8 km to the south-west and Winnipeg 100 km to the north; the Pembina Hills rise to the west.",
		{ Neubergthal: [49.03, -97.6], Rhineland: [49.08, -97.6], Manitoba: MANITOBA, Canada: CANADA, Altona: [49.1, -97.56], 'North Dakota': [47.5, -100.5], 'Bergthal Colony': [47.3, 37.2], Mariupol: [47.1, 37.55], Ukraine: UKRAINE, 'Red River Valley': [49.5, -97.2], Gretna: [49.01, -97.56], Winnipeg: [49.9, -97.14], 'Pembina Hills': [49.1, -98.3] }
	),
	w(
		"Fontenay Abbey is a former Cistercian abbey in the commune of Marmagne, in the Côte-d'Or department of Burgundy, France, 5 km east of Montbard. Founded by Bernard of Clairvaux in 1118, it is one of the oldest and most complete Cistercian monasteries in France, and has been a World Heritage Site since 1981.\n\nHistory\nThe monks first settled in a marshy valley a little upstream and moved to the present site in 1130. The abbey prospered under the protection of the dukes of Burgundy and worked an iron forge on its stream, but declined after the Hundred Years' War. It was sold at the Revolution and became a paper mill. In 1906 the banker Édouard Aynard bought the estate and restored the church, the cloister and the forge.\n\nDijon lies 60 km to the south-east and Paris 220 km to the north-west; high-speed trains stop at Montbard.",
		{ 'Fontenay Abbey': [47.64, 4.39], Marmagne: [47.62, 4.36], "Côte-d'Or": [47.4, 4.8], Burgundy: [47.2, 4.5], France: FRANCE, Montbard: [47.62, 4.34], Dijon: [47.32, 5.04], Paris: [48.86, 2.35] },
		['Bernard of Clairvaux', 'Édouard Aynard']
	),
	w(
		"Thanh Hà is a ward (phường) of Hội An, a city in Quảng Nam Province, Vietnam. It lies on the north bank of the Thu Bồn River, 3 km west of the old town of Hội An and 30 km south of Đà Nẵng.\n\nThe village has made pottery since the 16th century, when its bricks and tiles were shipped from the port of Hội An to Japan and China. In the 19th century its kilns supplied bricks for the Imperial City of Huế. A terracotta park opened in the ward in 2019.\n\nAcross the river lies Cẩm Kim, a commune known for the carpenters of Kim Bồng village; Mỹ Sơn, the ruined Cham sanctuary, is 40 km to the south-west.",
		{ 'Thanh Hà': [15.88, 108.3], 'Hội An': [15.88, 108.33], 'Quảng Nam Province': [15.6, 108.0], Vietnam: VIETNAM, 'Thu Bồn River': [15.87, 108.3], 'Đà Nẵng': [16.07, 108.22], Japan: JAPAN, China: CHINA, Huế: [16.46, 107.59], 'Cẩm Kim': [15.87, 108.33], 'Kim Bồng': [15.87, 108.33], 'Mỹ Sơn': [15.76, 108.12] }
	),
	w(
		"Pyrgi (Greek: Πυργί) is a village in the south of the island of Chios, Greece, part of the municipal unit of Mastichochoria. It lies 25 km south-west of the town of Chios at an elevation of 150 m, and had 1,100 inhabitants in 2011.\n\nPyrgi is the largest of the mastic villages, fortified villages built in the Middle Ages to grow the mastic tree. Its houses are decorated with grey and white geometric patterns scratched into the plaster, called xysta. In 1822 the village was spared in the massacre that emptied the rest of the island, because the Ottoman court valued its mastic.\n\nMesta lies 10 km to the west, and Olympi and the beach of Emporios to the south. Ferries from the port of Chios sail to Piraeus and to Çeşme in Turkey.",
		{ Pyrgi: [38.23, 25.99], Chios: [38.37, 26.07], Greece: GREECE, Mastichochoria: [38.25, 25.98], Mesta: [38.26, 25.92], Olympi: [38.24, 25.95], Emporios: [38.19, 26.03], Piraeus: [37.94, 23.65], Çeşme: [38.32, 26.3], Turkey: TURKEY }
	),
	w(
		"Hinohara (檜原村, Hinohara-mura) is a village in Nishitama District, Tokyo, Japan. It is the only village of Tokyo on the main island of Honshu, and lies in the mountains at the western edge of the metropolis, bordering Yamanashi Prefecture. As of 2020 it had about 2,000 people in 105 km²; 93 percent of its area is forest.\n\nGeography\nThe Aki River rises in the village and flows east through Itsukaichi, in the city of Akiruno, to join the Tama River. Mount Mitō (1,531 m) and the Hossawa Falls lie within the Chichibu Tama Kai National Park. The village borders Okutama to the north and Uenohara and Kosuge in Yamanashi to the south and west.\n\nTransport\nThere is no railway; buses run from Musashi-Itsukaichi Station, the terminus of the JR Itsukaichi Line.",
		{ Hinohara: [35.73, 139.15], 'Nishitama District': [35.78, 139.2], Tokyo: [35.69, 139.69], Japan: JAPAN, Honshu: [36.0, 138.0], 'Yamanashi Prefecture': [35.6, 138.6], 'Aki River': [35.73, 139.25], Itsukaichi: [35.73, 139.22], Akiruno: [35.73, 139.29], 'Tama River': [35.65, 139.4], 'Mount Mitō': [35.75, 139.05], 'Hossawa Falls': [35.73, 139.1], 'Chichibu Tama Kai National Park': [35.9, 138.9], Okutama: [35.81, 139.1], Uenohara: [35.63, 139.11], Kosuge: [35.76, 138.94], Yamanashi: [35.6, 138.6], 'Musashi-Itsukaichi Station': [35.73, 139.22] },
		['JR Itsukaichi Line']
	),
	w(
		"Hangae Village is a traditional village in Daesan-ri, Wolhang-myeon, Seongju County, North Gyeongsang Province, South Korea. It lies at the foot of Yeongchwisan, 5 km south-west of the county seat, Seongju-eup, and 30 km west of Daegu.\n\nThe village has been the home of the Seongsan Yi clan since the 15th century, and keeps some seventy houses with tiled and thatched roofs behind stone walls. It was designated a Folk Cultural Heritage site in 2007.\n\nThe Nakdong River flows 20 km to the east, and the temple of Haeinsa on Gayasan lies 35 km to the south-west in Hapcheon County.",
		{ 'Hangae Village': [35.88, 128.24], 'Daesan-ri': [35.88, 128.24], 'Wolhang-myeon': [35.88, 128.23], 'Seongju County': [35.92, 128.28], 'North Gyeongsang Province': [36.3, 128.9], 'South Korea': SOUTH_KOREA, Yeongchwisan: [35.88, 128.23], 'Seongju-eup': [35.92, 128.28], Daegu: [35.87, 128.6], 'Nakdong River': [35.9, 128.45], Haeinsa: [35.8, 128.1], Gayasan: [35.82, 128.12], 'Hapcheon County': [35.57, 128.17] },
		['Seongsan Yi']
	),
	w(
		"Mustafapaşa, known until 1924 by its Greek name Sinasos, is a town in the Ürgüp district of Nevşehir Province, Turkey, in the heart of Cappadocia. It lies 6 km south of Ürgüp and 25 km east of Nevşehir.\n\nHistory\nUntil the population exchange of 1924 most of its people were Greeks, who built its carved stone mansions and the church of Saints Constantine and Helena. They were resettled in Greece, many of them at Nea Sinasos on Euboea, and Muslims from Greece took their place.\n\nAround the town are the rock churches of the Gomeda Valley, and the underground city of Derinkuyu lies 35 km to the south-west. The nearest airport is at Kayseri, 75 km to the east.",
		{ Mustafapaşa: [38.58, 34.9], Sinasos: [38.58, 34.9], Ürgüp: [38.63, 34.91], 'Nevşehir Province': [38.75, 34.7], Turkey: TURKEY, Cappadocia: [38.6, 34.8], Nevşehir: [38.62, 34.71], Greece: GREECE, 'Nea Sinasos': [38.78, 23.36], Euboea: [38.5, 23.9], 'Gomeda Valley': [38.57, 34.88], Derinkuyu: [38.37, 34.73], Kayseri: [38.72, 35.48] },
		['Saints Constantine and Helena']
	),
	w(
		"Chhume Gewog is a gewog (village block) of Bumthang District in central Bhutan. It covers the Chhume valley, the westernmost of Bumthang's four valleys, and its administrative seat is at Domkhar. The Lateral Road crosses the gewog between Trongsa, 60 km to the west over the Yotong La pass, and Jakar, the district headquarters, 20 km to the east.\n\nThe village of Zungney is known for yathra, a woollen cloth woven on back-strap looms, and the palace at Domkhar was the summer residence of the second king, Jigme Wangchuck. Gyetsa, the largest village, lies on the road at the head of the valley.",
		{ 'Chhume Gewog': [27.54, 90.7], 'Bumthang District': [27.6, 90.8], Bhutan: BHUTAN, Chhume: [27.54, 90.7], Bumthang: [27.6, 90.8], Domkhar: [27.53, 90.67], Trongsa: [27.5, 90.51], 'Yotong La': [27.52, 90.6], Jakar: [27.55, 90.75], Zungney: [27.56, 90.71], Gyetsa: [27.55, 90.7] },
		['Lateral Road', 'Jigme Wangchuck']
	),
	w(
		"Hombori is a rural commune and village in the Douentza Cercle of the Mopti Region of Mali. It lies on the road from Mopti to Gao, about 250 km east of Mopti and 200 km south-west of Gao, at the foot of the Hombori Mountains.\n\nHombori Tondo, the highest point of Mali at 1,155 m, rises 7 km to the west, and the sheer sandstone tower of the Hand of Fatima, a famous climbing wall, stands 10 km further along the massif. The plains around the commune are crossed each year by the desert elephants of the Gourma, which follow the rains between the lakes near Boni and the pools of the border with Burkina Faso.",
		{ Hombori: [15.28, -1.7], 'Douentza Cercle': [15.0, -2.5], 'Mopti Region': MOPTI_REGION, Mali: MALI, Mopti: [14.49, -4.2], Gao: [16.27, -0.05], 'Hombori Mountains': [15.3, -1.65], 'Hombori Tondo': [15.27, -1.68], 'Hand of Fatima': [15.3, -1.62], Gourma: [15.3, -1.5], Boni: [15.07, -2.23], 'Burkina Faso': BURKINA_FASO }
	),
	w(
		"Ambalavao is a town and urban commune in the Haute Matsiatra Region of Madagascar, the seat of Ambalavao District. It lies on the national road south of Fianarantsoa, 56 km from that city, at the southern edge of the Betsileo highlands.\n\nThe town is known for its zebu market, the largest in the country, and for Antemoro paper, made from the bark of the avoha tree with dried flowers pressed into it. The Anja Community Reserve, 13 km to the south, protects ring-tailed lemurs among granite boulders, and the Andringitra National Park lies 45 km to the south-west. The road continues south to Ihosy and Toliara.",
		{ Ambalavao: [-21.83, 46.93], 'Haute Matsiatra Region': [-21.5, 46.9], Madagascar: MADAGASCAR, 'Ambalavao District': [-21.83, 46.93], Fianarantsoa: [-21.45, 47.09], 'Anja Community Reserve': [-21.86, 46.85], 'Andringitra National Park': [-22.15, 46.9], Ihosy: [-22.4, 46.12], Toliara: [-23.35, 43.67] }
	),
	w(
		"Salinas de Guaranda, often simply Salinas, is a rural parish (parroquia) of Guaranda Canton in Bolívar Province, Ecuador. The village lies at 3,550 m on the western slope of the Andes, 30 km north of the provincial capital, Guaranda, within sight of the glaciers of Chimborazo.\n\nThe parish is known for the cooperatives founded in the 1970s by the Salesian priest Antonio Polo, which make cheese, chocolate, dried mushrooms and woollen goods sold across the country. The salt springs that gave the village its name were worked before the Spanish conquest.\n\nThe parish reaches down to the subtropical forest on the border with Echeandía, and a dirt road leads north to Simiátug.",
		{ 'Salinas de Guaranda': [-1.4, -79.02], Salinas: [-1.4, -79.02], 'Guaranda Canton': [-1.55, -79.0], 'Bolívar Province': [-1.6, -79.0], Ecuador: ECUADOR, Andes: ANDES_ECUADOR, Guaranda: [-1.59, -79.0], Chimborazo: [-1.47, -78.82], Echeandía: [-1.43, -79.28], Simiátug: [-1.33, -78.95] },
		['Antonio Polo']
	),
	w(
		"Langar is a village in the Wakhan valley of Tajikistan, in Ishkashim District of the Gorno-Badakhshan Autonomous Region. It lies at 2,800 m where the Pamir River and the Wakhan River meet to form the Panj, which marks the border with Afghanistan; the peaks of the Hindu Kush rise across the river in the Wakhan Corridor.\n\nThe rocks above the village bear several thousand petroglyphs of ibex, hunters and horsemen. Langar is the last village of the valley road before it climbs north over the Khargush Pass to the Pamir Highway near Alichur; Ishkashim, the district centre, is 110 km downstream and Khorugh 210 km.",
		{ Langar: [37.04, 72.65], Wakhan: [37.0, 72.5], Tajikistan: TAJIKISTAN, 'Ishkashim District': [36.9, 72.0], 'Gorno-Badakhshan Autonomous Region': [38.5, 73.0], 'Pamir River': [37.05, 72.7], 'Wakhan River': [37.0, 72.8], Panj: [37.0, 72.5], Afghanistan: AFGHANISTAN, 'Hindu Kush': [36.9, 72.6], 'Wakhan Corridor': [37.0, 73.0], 'Khargush Pass': [37.3, 73.0], Alichur: [37.75, 73.65], Ishkashim: [36.73, 71.61], Khorugh: [37.49, 71.55] },
		['Pamir Highway']
	),
	w(
		"Gulgong is a town in the Mid-Western Regional Council area of New South Wales, Australia, 30 km north of Mudgee and 290 km north-west of Sydney. At the 2021 census it had 2,500 people.\n\nHistory\nGold was found at Red Hill in 1870, and within two years the rush had drawn 20,000 diggers. The poet Henry Lawson spent part of his childhood on the diggings and at Eurunderee, near Mudgee. Many of the timber and iron shopfronts of the rush survive, and a view of the town appeared on the first Australian ten-dollar note.\n\nThe town lies on the Castlereagh Highway; the coal mines of Ulan are 30 km to the north-east and Wellington 60 km to the west.",
		{ Gulgong: [-32.36, 149.53], 'Mid-Western Regional Council': [-32.6, 149.6], 'New South Wales': [-32.0, 147.0], Australia: AUSTRALIA, Mudgee: [-32.6, 149.59], Sydney: [-33.87, 151.21], 'Red Hill': [-32.36, 149.53], Eurunderee: [-32.53, 149.55], Ulan: [-32.28, 149.74], Wellington: [-32.56, 148.94] },
		['Henry Lawson', 'Castlereagh Highway']
	),
	w(
		"Thurmond is a town in Fayette County, West Virginia, United States, on the New River. At the 2020 census it had 5 residents, one of the smallest incorporated towns in the state.\n\nHistory\nThurmond grew up on the Chesapeake and Ohio Railway, which reached the New River Gorge in 1873. As the railway's hub for the coal mines of the gorge it once handled more freight than Cincinnati. The Dun Glen Hotel across the river burned in 1930, and with the end of steam the town emptied. The depot, restored by the National Park Service, is a visitor center of the New River Gorge National Park and Preserve.\n\nAmtrak's Cardinal between Chicago and New York stops at the station on request. Fayetteville, the county seat, is 25 km to the north, and Beckley 22 km to the south-west.",
		{ Thurmond: [37.96, -81.08], 'Fayette County': [38.03, -81.08], 'West Virginia': [38.6, -80.6], 'United States': US, 'New River': [37.96, -81.07], 'New River Gorge': [38.0, -81.05], Cincinnati: [39.1, -84.51], 'Dun Glen': [37.95, -81.08], 'New River Gorge National Park and Preserve': [38.0, -81.05], Chicago: [41.88, -87.63], 'New York': [40.71, -74.0], Fayetteville: [38.05, -81.1], Beckley: [37.78, -81.19] },
		['Chesapeake and Ohio Railway', 'National Park Service', 'Amtrak', 'Cardinal']
	),
	w(
		"Amantaní is an island in Lake Titicaca and a district of Puno Province, in the Puno Region of Peru. It lies 36 km north-east of the city of Puno, beyond the floating islands of the Uros, and its 4,000 Quechua-speaking people live in ten communities that take turns to lodge visitors.\n\nThe island rises to two peaks, Pachamama and Pachatata, each crowned by a temple of the Tiwanaku period. Boats from Puno call on the way to Taquile, the neighbouring island to the south; the Capachica Peninsula lies across the water to the west.",
		{ Amantaní: [-15.66, -69.72], 'Lake Titicaca': LAKE_TITICACA, 'Puno Province': [-15.8, -70.0], 'Puno Region': [-14.9, -70.2], Peru: PERU, Puno: [-15.84, -70.02], Uros: [-15.82, -69.97], Pachamama: [-15.66, -69.71], Pachatata: [-15.67, -69.72], Taquile: [-15.77, -69.69], 'Capachica Peninsula': [-15.63, -69.85] },
		['Tiwanaku']
	),
	w(
		"Ribeira Grande is a municipality (concelho) in the north of the island of Santo Antão, Cape Verde. Its seat is the town of Povoação, also called Ribeira Grande, at the mouth of the valley of the same name on the north coast. The municipality had 18,000 people in 2010.\n\nThe green valleys of Ribeira Grande and Ribeira da Torre climb steeply towards the crater of Cova, in the mountains that divide the island. Ponta do Sol, 4 km to the north-west, was part of the municipality until it became one of its own in 1996.\n\nA road over the mountains leads to Porto Novo, where ferries sail to Mindelo on São Vicente.",
		{ 'Ribeira Grande': [17.18, -25.07], 'Santo Antão': [17.07, -25.17], 'Cape Verde': CAPE_VERDE, Povoação: [17.18, -25.07], 'Ribeira da Torre': [17.16, -25.08], Cova: [17.1, -25.05], 'Ponta do Sol': [17.2, -25.09], 'Porto Novo': [17.02, -25.06], Mindelo: [16.89, -24.98], 'São Vicente': [16.83, -24.95] }
	),
	w(
		"Viñales is a town and municipality in Pinar del Río Province, Cuba, 25 km north of the city of Pinar del Río and 180 km west of Havana. The municipality had 27,000 people in 2012.\n\nThe town lies in the Viñales Valley, a karst plain ringed by steep limestone hills called mogotes, where tobacco is still grown by traditional methods; the valley has been a World Heritage Site since 1999. The Cueva del Indio, a cave with an underground river, lies 5 km to the north, and a prehistoric mural painted on a mogote in the 1960s stands in the Dos Hermanas valley to the west.\n\nThe municipality reaches the north coast at Puerto Esperanza; further west lies the island of Cayo Jutías.",
		{ Viñales: [22.62, -83.71], 'Pinar del Río Province': [22.4, -83.7], Cuba: CUBA, 'Pinar del Río': [22.42, -83.7], Havana: [23.13, -82.38], 'Viñales Valley': [22.62, -83.72], 'Cueva del Indio': [22.66, -83.7], 'Dos Hermanas': [22.62, -83.75], 'Puerto Esperanza': [22.77, -83.73], 'Cayo Jutías': [22.71, -84.02] }
	),
	w(
		"Xlendi is a village and resort on the south-west coast of Gozo, Malta, part of the local council of Munxar. It lies at the head of a narrow inlet, Xlendi Bay, 3 km south-west of Victoria, the island's capital, which the Gozitans still call Rabat.\n\nHistory\nXlendi was a fishing hamlet until the 20th century. The Xlendi Tower was built by the Knights of St John in 1650 to guard the bay, and divers have found the wreck of a Roman ship at its mouth.\n\nThe cliffs run north-west to Dwejra and the Inland Sea, and south-east to Sannat and the plateau of Ta' Ċenċ. Ferries from Mġarr, on Gozo's east coast, cross to Ċirkewwa on Malta.",
		{ Xlendi: [36.03, 14.22], Gozo: [36.04, 14.25], Malta: MALTA, Munxar: [36.03, 14.23], 'Xlendi Bay': [36.03, 14.21], Victoria: [36.04, 14.24], Rabat: [36.04, 14.24], 'Xlendi Tower': [36.03, 14.21], Dwejra: [36.05, 14.19], 'Inland Sea': [36.05, 14.19], Sannat: [36.02, 14.24], "Ta' Ċenċ": [36.02, 14.25], Mġarr: [36.02, 14.3], Ċirkewwa: [35.99, 14.33] },
		['Knights of St John']
	),
	w(
		"Butuceni is a village in Orhei District, Moldova, part of the commune of Trebujeni. It lies in a loop of the Răut River, 18 km south-east of Orhei and 60 km north of Chișinău, within the Orheiul Vechi archaeological complex.\n\nThe limestone cliffs above the river hold a cave monastery dug by Orthodox monks, still in use, and on the plateau lie the ruins of Shehr al-Jedid, a town of the Golden Horde. The village keeps its old stone houses with blue-painted gates, and several have been turned into guest houses.\n\nThe Dniester flows 20 km to the east; across it lies Transnistria.",
		{ Butuceni: [47.3, 28.98], 'Orhei District': [47.4, 28.85], Moldova: MOLDOVA, Trebujeni: [47.3, 28.97], 'Răut River': [47.3, 28.97], Orhei: [47.38, 28.82], Chișinău: [47.0, 28.86], 'Orheiul Vechi': [47.3, 28.97], 'Shehr al-Jedid': [47.3, 28.97], Dniester: [47.3, 29.2], Transnistria: [47.2, 29.4] },
		['Golden Horde']
	),
	w(
		"Areni is a village in Vayots Dzor Province, Armenia, on the Arpa River, 13 km west of the provincial capital, Yeghegnadzor. It had 1,800 people at the 2011 census.\n\nThe village gives its name to a red grape grown on the terraces of the valley and celebrated each October with a wine festival. In the Areni-1 cave, in the gorge of the Arpa north-east of the village, archaeologists found the oldest known winery, dated to about 4100 BC, and a leather shoe of the same age. The church of Surb Astvatsatsin in the village was built in 1321 by the architect Momik, who also worked at the monastery of Noravank, 8 km to the east.\n\nThe highway from Yerevan to the south passes the village; Yerevan is 100 km to the north-west, and the border of Nakhchivan, an exclave of Azerbaijan, lies 15 km to the west.",
		{ Areni: [39.72, 45.19], 'Vayots Dzor Province': [39.75, 45.4], Armenia: ARMENIA, 'Arpa River': [39.72, 45.2], Arpa: [39.72, 45.2], Yeghegnadzor: [39.76, 45.33], 'Areni-1': [39.73, 45.2], Noravank: [39.68, 45.23], Yerevan: [40.18, 44.51], Nakhchivan: [39.3, 45.4], Azerbaijan: AZERBAIJAN },
		['Momik', 'Surb Astvatsatsin']
	),
	w(
		"Deir el Qamar is a town in the Chouf District of Mount Lebanon Governorate, Lebanon, 35 km south-east of Beirut at 850 m, facing the palace of Beiteddine across a valley 2 km to the east.\n\nHistory\nThe town was the seat of the emirs of Mount Lebanon from the 16th to the 18th century. Fakhr al-Din II built its mosque and a palace on the square, and the serail of Youssef Chehab still stands; when Bashir Shihab II moved his court to Beiteddine the town declined. Camille Chamoun, president of Lebanon from 1952 to 1958, was born here.\n\nThe town looks down on the valley of the Damour River; Baakline lies 8 km to the south, and Sidon, on the coast, 25 km to the south-west.",
		{ 'Deir el Qamar': [33.7, 35.56], 'Chouf District': [33.65, 35.6], 'Mount Lebanon Governorate': [33.8, 35.6], Lebanon: LEBANON, Beirut: [33.89, 35.5], Beiteddine: [33.7, 35.58], 'Mount Lebanon': [33.8, 35.7], 'Damour River': [33.7, 35.48], Baakline: [33.68, 35.56], Sidon: [33.56, 35.37] },
		['Fakhr al-Din II', 'Youssef Chehab', 'Bashir Shihab II', 'Camille Chamoun']
	),
	w(
		"Qalat (Persian: قلات) is a village in the Central District of Shiraz County, Fars Province, Iran, 30 km north-west of Shiraz on the slopes of the Zagros. At the 2016 census its population was 3,000 in 900 households.\n\nThe village is built in terraces of stone houses on the hillside, among walnut, almond and pomegranate orchards watered by springs, and is a summer retreat for the people of Shiraz. The road from the city passes the Bamu National Park, and Persepolis lies 60 km to the north-east.",
		{ Qalat: [29.82, 52.32], 'Central District': [29.6, 52.5], 'Shiraz County': [29.6, 52.5], 'Fars Province': [29.5, 53.0], Iran: IRAN, Shiraz: [29.61, 52.53], Zagros: [30.0, 52.0], 'Bamu National Park': [29.75, 52.55], Persepolis: [29.93, 52.89] }
	)
];

// Half B: held out (scored before and after; never tuned on).
export const WIKI_HELD_OUT_S50_B: GenreText[] = [
	w(
		"Ename is a village in the Flemish Ardennes and a deelgemeente of the city of Oudenaarde, in the Belgian province of East Flanders. It lies on the right bank of the Scheldt, 3 km north-east of Oudenaarde's centre.\n\nHistory\nAround 974 the emperor Otto II built a fortified trading post here on the border of his empire, facing Flanders across the river. After the counts of Flanders took it, a Benedictine abbey of St Saviour was founded on the site in 1063; it was razed after the French Revolution, and its foundations are now an archaeological park. The Romanesque church of St Lawrence is one of the oldest in Belgium.\n\nThe woods of Bos t'Ename rise to the east. Ghent lies 30 km down the Scheldt and Ronse 12 km to the south.",
		{ Ename: [50.86, 3.63], 'Flemish Ardennes': [50.8, 3.65], Oudenaarde: [50.85, 3.6], 'East Flanders': EAST_FLANDERS, Scheldt: [50.86, 3.62], Flanders: [51.0, 3.5], Belgium: BELGIUM, "Bos t'Ename": [50.85, 3.65], Ghent: [51.05, 3.72], Ronse: [50.75, 3.6] },
		['Otto II', 'St Saviour', 'St Lawrence']
	),
	w(
		"Heusden is a fortified town in the municipality of Heusden, in the province of North Brabant, Netherlands, on the Bergsche Maas, 15 km north-west of 's-Hertogenbosch. The town had 1,700 people in 2021; the municipality, whose seat is Vlijmen, had 45,000.\n\nHistory\nHeusden received town rights in 1318 and was a fortress of the Dutch Republic through the Eighty Years' War. Much of the old town was destroyed in November 1944, when the retreating German army blew up the town hall; it was rebuilt to its 17th-century plan in the 1970s. The Meuse was led into the new Bergsche Maas in 1904, and its old bed past the town is now the Oude Maasje.\n\nDrunen lies 5 km to the south and Waalwijk 12 km to the west.",
		{ Heusden: [51.73, 5.14], 'North Brabant': NORTH_BRABANT, Netherlands: NETHERLANDS, 'Bergsche Maas': [51.73, 5.1], "'s-Hertogenbosch": [51.69, 5.3], Vlijmen: [51.7, 5.21], Meuse: [51.75, 5.2], 'Oude Maasje': [51.72, 5.0], Drunen: [51.69, 5.13], Waalwijk: [51.68, 5.07] },
		['Dutch Republic', "Eighty Years' War"]
	),
	w(
		"Melikhovo (Russian: Мелихово) is a village in Chekhovsky District of Moscow Oblast, Russia, 12 km east of the town of Chekhov and 70 km south of Moscow.\n\nHistory\nAnton Chekhov bought the estate in 1892 and lived here with his parents and his sister until 1899, writing The Seagull in a small lodge in the garden. The writer treated the peasants of the district during the cholera of 1892 and paid for schools at Talezh and Novoselki. The house is now a literary museum-reserve.\n\nThe district town, Lopasnya, was renamed after the writer in 1954. Serpukhov lies 35 km to the south, on the Oka.",
		{ Melikhovo: [55.11, 37.65], 'Chekhovsky District': [55.15, 37.5], 'Moscow Oblast': [55.5, 37.5], Russia: RUSSIA, Chekhov: [55.14, 37.47], Moscow: [55.75, 37.62], Talezh: [55.08, 37.6], Novoselki: [55.1, 37.7], Lopasnya: [55.14, 37.47], Serpukhov: [54.92, 37.41], Oka: [54.9, 37.4] },
		['Anton Chekhov', 'The Seagull']
	),
	w(
		"Kenaston is a village in the Rural Municipality of McCraney No. 282, Saskatchewan, Canada, on Highway 11 about 95 km south of Saskatoon, roughly halfway between Saskatoon and Regina. Its population was 285 at the 2021 census.\n\nThe village grew after 1905 on the railway from Regina to Prince Albert, and its grain elevators served the farms of the surrounding plain. It calls itself the snow capital of Saskatchewan, and a giant snowman stands by the highway.\n\nHanley lies 30 km to the north and Davidson 40 km to the south; Lake Diefenbaker is 60 km to the south-west.",
		{ Kenaston: [51.5, -106.27], McCraney: [51.5, -106.3], Saskatchewan: SASKATCHEWAN, Canada: CANADA, Saskatoon: [52.13, -106.67], Regina: [50.45, -104.61], 'Prince Albert': [53.2, -105.75], Hanley: [51.62, -106.44], Davidson: [51.26, -105.99], 'Lake Diefenbaker': [51.0, -106.8] },
		['Highway 11']
	),
	w(
		"Maria Laach Abbey is a Benedictine abbey on the south-west shore of the Laacher See, a crater lake in the Eifel, in the municipality of Glees, district of Ahrweiler, Rhineland-Palatinate, Germany. It lies 8 km north of Mendig and 25 km west of Koblenz.\n\nHistory\nThe abbey was founded in 1093 by the count palatine Henry II of Laach, and its Romanesque church, finished in the 13th century, is one of the finest in Germany. It was dissolved in 1802 under Napoleon, and Benedictines from Beuron settled it again in 1892. Konrad Adenauer hid in the abbey in 1933 and 1934.\n\nThe Laacher See fills a caldera left by an eruption some 13,000 years ago whose ash fell as far as Sweden and Italy. The Rhine flows past Andernach, 12 km to the east.",
		{ 'Maria Laach Abbey': [50.41, 7.27], 'Laacher See': [50.41, 7.27], Eifel: [50.3, 6.8], Glees: [50.43, 7.27], Ahrweiler: [50.45, 7.05], 'Rhineland-Palatinate': [49.9, 7.4], Germany: GERMANY, Mendig: [50.37, 7.28], Koblenz: [50.36, 7.59], Beuron: [48.05, 8.97], Sweden: SWEDEN, Italy: ITALY, Rhine: [50.43, 7.4], Andernach: [50.44, 7.4] },
		['Henry II of Laach', 'Napoleon', 'Konrad Adenauer']
	),
	w(
		"Lũng Cú is a commune (xã) of Đồng Văn District in Hà Giang Province, Vietnam, the northernmost commune of the country. It lies on the Đồng Văn Karst Plateau, 10 km north of the district town of Đồng Văn and 70 km north-east of the provincial capital, Hà Giang.\n\nThe Lũng Cú flag tower stands on Dragon Mountain (Núi Rồng), a 20 m tower flying a flag of 54 m², one square metre for each of the country's ethnic groups. Most of the commune's people are Lô Lô and Hmong.\n\nThe Mã Pí Lèng Pass and the gorge of the Nho Quế River lie 25 km to the south-east, on the road to Mèo Vạc. Across the border lies Yunnan, in China.",
		{ 'Lũng Cú': [23.36, 105.32], 'Đồng Văn District': [23.25, 105.25], 'Hà Giang Province': [22.8, 105.0], Vietnam: VIETNAM, 'Đồng Văn Karst Plateau': [23.2, 105.2], 'Đồng Văn': [23.28, 105.36], 'Hà Giang': [22.82, 104.98], 'Dragon Mountain': [23.36, 105.32], 'Núi Rồng': [23.36, 105.32], 'Mã Pí Lèng Pass': [23.23, 105.41], 'Nho Quế River': [23.2, 105.45], 'Mèo Vạc': [23.16, 105.41], Yunnan: [24.5, 101.5], China: CHINA }
	),
	w(
		"Chora (Greek: Χώρα) is the main village of Folegandros, an island of the Cyclades in the Aegean Sea, Greece, and the seat of the municipality of Folegandros. It stands on the edge of a cliff 200 m above the sea, 3 km from the port of Karavostasis.\n\nThe Kastro, the walled quarter built by the Venetian duke Marco Sanudo in the 13th century, is entered through a single gate; its houses form the outer wall. A path zigzags up from the village to the church of the Panagia on the cliff top.\n\nThe island lies between Milos to the west and Sikinos and Ios to the east, and ferries from Piraeus take five to ten hours. Ano Meria, the second village, stretches along the ridge 5 km to the north-west.",
		{ Chora: [36.62, 24.92], Folegandros: [36.63, 24.9], Cyclades: [37.0, 25.2], 'Aegean Sea': [37.5, 25.0], Greece: GREECE, Karavostasis: [36.61, 24.95], Kastro: [36.62, 24.92], Milos: [36.7, 24.43], Sikinos: [36.68, 25.12], Ios: [36.73, 25.28], Piraeus: [37.94, 23.65], 'Ano Meria': [36.65, 24.88] },
		['Marco Sanudo', 'Panagia']
	),
	w(
		"Ine (伊根町, Ine-chō) is a town in Yosa District, Kyoto Prefecture, Japan, at the north-eastern tip of the Tango Peninsula on the Sea of Japan. As of 2020 it had about 2,000 people.\n\nIne is known for its funaya, some 230 wooden boathouses built along the shore of Ine Bay, with a boat shelter below and living rooms above; the townscape is protected as a group of traditional buildings. The bay is sheltered by the island of Aoshima.\n\nTransport\nThere is no railway; buses run to Amanohashidate Station in Miyazu, 25 km to the south. The town borders Kyotango to the west and Miyazu to the south, and Kyoto is 140 km away.",
		{ Ine: [35.68, 135.29], 'Yosa District': [35.6, 135.15], 'Kyoto Prefecture': [35.25, 135.45], Japan: JAPAN, 'Tango Peninsula': [35.7, 135.15], 'Sea of Japan': [36.0, 135.3], 'Ine Bay': [35.67, 135.29], Aoshima: [35.67, 135.3], 'Amanohashidate Station': [35.57, 135.19], Miyazu: [35.54, 135.2], Kyotango: [35.62, 135.06], Kyoto: [35.01, 135.77] }
	),
	w(
		"Wanggok Village is a traditional village in Orobong-ri, Jugwang-myeon, Goseong County, Gangwon Province, South Korea. It lies in a small valley 5 km inland from the East Sea coast and 15 km north of Sokcho.\n\nThe village was settled in the 14th century by the Gangneung Choi and Yongin Yi clans, and keeps some fifty tile-roofed and thatched houses with chimneys of clay and stacked pots. It was spared in the Korean War, when the towns of the coast were burned, and was designated a Folk Cultural Heritage site in 2000.\n\nThe demilitarized zone lies 20 km to the north, and the peaks of Seoraksan National Park rise to the south-west.",
		{ 'Wanggok Village': [38.33, 128.5], 'Orobong-ri': [38.33, 128.5], 'Jugwang-myeon': [38.33, 128.48], 'Goseong County': [38.38, 128.47], 'Gangwon Province': [37.8, 128.2], 'South Korea': SOUTH_KOREA, 'East Sea': [38.3, 128.8], Sokcho: [38.21, 128.59], 'Seoraksan National Park': [38.12, 128.45] },
		['Gangneung Choi', 'Yongin Yi', 'Korean War']
	),
	w(
		"Kemaliye, formerly Eğin, is a town and the seat of Kemaliye District in Erzincan Province, Turkey, on the west bank of the Euphrates, 100 km south-west of Erzincan. The town had 2,000 people in 2022.\n\nHistory\nThe town was renamed in 1922 after Mustafa Kemal. Its wooden houses of the Ottoman period climb the steep slope above the river among orchards of mulberry and walnut.\n\nSouth of the town the Euphrates runs through the Dark Canyon (Karanlık Kanyon), along which a road was hewn in the rock by hand between 1870 and 2002. Downstream the river enters the reservoir of the Keban Dam near Arapgir; Divriği, with its Great Mosque, lies 35 km to the north-west.",
		{ Kemaliye: [39.26, 38.5], Eğin: [39.26, 38.5], 'Kemaliye District': [39.26, 38.5], 'Erzincan Province': [39.6, 39.2], Turkey: TURKEY, Euphrates: [39.25, 38.5], Erzincan: [39.75, 39.49], 'Dark Canyon': [39.22, 38.48], 'Karanlık Kanyon': [39.22, 38.48], 'Keban Dam': [38.8, 38.75], Arapgir: [39.04, 38.49], Divriği: [39.37, 38.12] },
		['Mustafa Kemal']
	),
	w(
		"Gangtey Gewog is a gewog (village block) of Wangdue Phodrang District in central Bhutan, covering the upper Phobjikha Valley. Its centre is Gangtey Monastery, on a ridge above the valley, founded in 1613 by Gyalse Pema Thinley, grandson of the treasure-finder Pema Lingpa.\n\nThe glacial valley of Phobjikha is the winter home of several hundred black-necked cranes, which fly in from Tibet each October and circle the monastery on arrival. Gangtey is reached by a side road that leaves the Lateral Road below the Pele La pass; Wangdue Phodrang is 30 km to the west and Trongsa 35 km to the east.",
		{ 'Gangtey Gewog': [27.47, 90.17], 'Wangdue Phodrang District': [27.3, 90.1], Bhutan: BHUTAN, 'Phobjikha Valley': [27.46, 90.18], Phobjikha: [27.46, 90.18], 'Gangtey Monastery': [27.47, 90.16], Gangtey: [27.47, 90.17], Tibet: TIBET, 'Pele La': [27.5, 90.27], 'Wangdue Phodrang': [27.48, 89.9], Trongsa: [27.5, 90.51] },
		['Gyalse Pema Thinley', 'Pema Lingpa', 'Lateral Road']
	),
	w(
		"Tireli is a Dogon village in the commune of Sangha, in the Bandiagara Cercle of the Mopti Region, Mali. It lies at the foot of the Bandiagara Escarpment, 8 km south of Sangha and 30 km east of the town of Bandiagara.\n\nThe village climbs the scree below the cliff, with square granaries under conical thatched roofs; the caves higher up the cliff were used by the Tellem, who lived here before the Dogon. Tireli is known for its masked dances, and has been part of the Cliff of Bandiagara World Heritage Site since 1989.\n\nTo the east the Séno-Gondo plain stretches towards Burkina Faso. Banani lies 8 km to the north-east along the foot of the cliff, and Mopti is 110 km to the north-west.",
		{ Tireli: [14.4, -3.33], Sangha: [14.47, -3.31], 'Bandiagara Cercle': [14.3, -3.5], 'Mopti Region': MOPTI_REGION, Mali: MALI, 'Bandiagara Escarpment': [14.4, -3.3], Bandiagara: [14.35, -3.61], 'Cliff of Bandiagara': [14.4, -3.3], 'Séno-Gondo': [14.2, -3.1], 'Burkina Faso': BURKINA_FASO, Banani: [14.44, -3.28], Mopti: [14.49, -4.2] },
		['Tellem', 'Dogon']
	),
	w(
		"Ranomafana is a rural commune in Ifanadiana District of the Vatovavy Region, Madagascar, on the Namorona River, 60 km north-east of Fianarantsoa. Its name means 'hot water', after the thermal springs by the river, where a spa was opened in colonial times.\n\nThe commune is the gateway to Ranomafana National Park, created in 1991 after the discovery of the golden bamboo lemur in its rainforest in 1986. The national road continues east down the escarpment to Ifanadiana, 35 km away, and on to Mananjary on the coast.",
		{ Ranomafana: [-21.26, 47.45], 'Ifanadiana District': [-21.3, 47.6], 'Vatovavy Region': [-21.3, 47.9], Madagascar: MADAGASCAR, 'Namorona River': [-21.27, 47.45], Fianarantsoa: [-21.45, 47.09], 'Ranomafana National Park': [-21.27, 47.42], Ifanadiana: [-21.3, 47.63], Mananjary: [-21.23, 48.34] }
	),
	w(
		"Chugchilán is a rural parish of Sigchos Canton in Cotopaxi Province, Ecuador, at 3,200 m in the western range of the Andes. The village lies 22 km south of Sigchos, the canton's seat, and 18 km north of Zumbahua.\n\nA cheese factory founded with Swiss help in 1978 still buys the milk of the parish's farms, and a cloud forest reserve protects the slopes to the west. Walkers reach the village on a trail along the rim of the crater lake of Quilotoa, 8 km to the south.\n\nLatacunga, the provincial capital, is 60 km to the east; Isinliví lies 10 km to the north-east.",
		{ Chugchilán: [-0.8, -78.92], 'Sigchos Canton': [-0.7, -78.9], 'Cotopaxi Province': [-0.8, -78.6], Ecuador: ECUADOR, Andes: ANDES_ECUADOR, Sigchos: [-0.7, -78.89], Zumbahua: [-0.95, -78.9], Quilotoa: [-0.86, -78.9], Latacunga: [-0.93, -78.62], Isinliví: [-0.77, -78.85] }
	),
	w(
		"Kochkor is a village in Naryn Region of Kyrgyzstan, the seat of Kochkor District. It lies in a wide valley at 1,800 m, near where the Joon-Aryk and its tributaries join to form the Chu. Its population was 13,000 in 2021.\n\nThe village is known for its shyrdak felt carpets, made by a women's cooperative, and is the starting point for journeys on horseback to Song-Köl, the high mountain lake 70 km to the south-west.\n\nBalykchy, at the western end of Issyk-Kul, is 45 km to the north-east; Naryn, the regional capital, is 90 km to the south, and Bishkek 200 km to the west.",
		{ Kochkor: [42.21, 75.76], 'Naryn Region': [41.5, 75.5], Kyrgyzstan: KYRGYZSTAN, 'Kochkor District': [42.1, 75.7], 'Joon-Aryk': [42.2, 75.7], Chu: [42.3, 75.8], 'Song-Köl': [41.83, 75.13], Balykchy: [42.46, 76.19], 'Issyk-Kul': [42.4, 77.3], Naryn: [41.43, 75.99], Bishkek: [42.87, 74.59] }
	),
	w(
		"Ravenshoe is a rural town and locality in the Tablelands Region, Queensland, Australia. It stands at 920 m on the Atherton Tableland, on the Kennedy Highway 30 km south of Atherton and 120 km south-west of Cairns, and claims to be the highest town in Queensland. At the 2021 census it had 1,300 people.\n\nThe town began as a timber camp in the 1890s, and its sawmills worked the rainforest until logging was stopped in 1988. The Millstream Falls, among the widest in Australia, lie 5 km to the west, and the Tully Falls 25 km to the south. Herberton, the old tin-mining town, is 20 km to the north, and Mount Garnet 45 km to the west.",
		{ Ravenshoe: [-17.61, 145.48], 'Tablelands Region': [-17.5, 145.4], Queensland: [-22.0, 144.0], Australia: AUSTRALIA, 'Atherton Tableland': [-17.3, 145.5], Atherton: [-17.27, 145.48], Cairns: [-16.92, 145.77], 'Millstream Falls': [-17.64, 145.45], 'Tully Falls': [-17.77, 145.56], Herberton: [-17.38, 145.38], 'Mount Garnet': [-17.68, 145.11] },
		['Kennedy Highway']
	),
	w(
		"Cahawba, also spelled Cahaba, is a ghost town and state historic site in Dallas County, Alabama, United States, at the confluence of the Cahaba and Alabama rivers, 15 km south-west of Selma. It was the first permanent state capital, from 1820 until 1826, when the legislature moved to Tuscaloosa after repeated floods.\n\nHistory\nThe town recovered as a river port for cotton, and in the Civil War a warehouse by the river held Union prisoners as Castle Morgan. After the war the county seat moved to Selma, in 1866, and the town emptied within a decade. Only a few columns, a cemetery and the street grid remain, kept as the Old Cahawba Archaeological Park.\n\nMontgomery lies 80 km to the east.",
		{ Cahawba: [32.32, -87.1], Cahaba: [32.32, -87.1], 'Dallas County': [32.3, -87.1], Alabama: [32.8, -86.8], 'United States': US, Selma: [32.41, -87.02], Tuscaloosa: [33.21, -87.57], 'Castle Morgan': [32.32, -87.1], 'Old Cahawba Archaeological Park': [32.32, -87.1], Montgomery: [32.38, -86.3] },
		['Civil War', 'Union']
	),
	w(
		"Isla del Sol is an island in the southern part of Lake Titicaca, in the Copacabana Municipality of Manco Kapac Province, La Paz Department, Bolivia. It lies 12 km north-west of the town of Copacabana, and its 2,500 people live in the communities of Challapampa, Challa and Yumani.\n\nThe island holds some 80 ruins of the Inca period, among them the palace of Pilko Kaina and the labyrinth of Chincana near the sacred rock where the Inca believed the sun was born. Isla de la Luna lies 8 km to the east. Boats run from Copacabana; the road from La Paz reaches the town by the ferry across the Strait of Tiquina.",
		{ 'Isla del Sol': [-16.02, -69.17], 'Lake Titicaca': LAKE_TITICACA, 'Copacabana Municipality': [-16.1, -69.1], 'Manco Kapac Province': [-16.1, -69.0], 'La Paz Department': [-15.5, -68.5], Bolivia: BOLIVIA, Copacabana: [-16.17, -69.09], Challapampa: [-15.99, -69.19], Challa: [-16.01, -69.17], Yumani: [-16.04, -69.14], 'Pilko Kaina': [-16.05, -69.14], Chincana: [-15.98, -69.19], 'Isla de la Luna': [-16.04, -69.04], 'La Paz': [-16.5, -68.15], 'Strait of Tiquina': [-16.2, -68.85] },
		['Inca']
	),
	w(
		"Cidade Velha, until 1770 Ribeira Grande, is a town on the south coast of the island of Santiago, Cape Verde, and the seat of the municipality of Ribeira Grande de Santiago. It lies 15 km west of Praia, the national capital.\n\nHistory\nFounded in 1462, it was the first town built by Europeans in the tropics and a port of the slave trade, where ships called on the way to Brazil. The Fortress of São Filipe was built above the town in 1590 after Francis Drake sacked it in 1585; after French corsairs sacked it again in 1712 the capital moved to Praia. The town has been a World Heritage Site since 2009.\n\nInland, the valley climbs towards the peak of Pico da Antónia, 15 km to the north.",
		{ 'Cidade Velha': [14.92, -23.6], 'Ribeira Grande': [14.92, -23.6], Santiago: [15.08, -23.62], 'Cape Verde': CAPE_VERDE, 'Ribeira Grande de Santiago': [14.95, -23.6], Praia: [14.93, -23.51], Brazil: BRAZIL, 'Fortress of São Filipe': [14.92, -23.6], 'Pico da Antónia': [15.05, -23.65] },
		['Francis Drake']
	),
	w(
		"Remedios, in full San Juan de los Remedios, is a town and municipality in Villa Clara Province, Cuba, 45 km east of Santa Clara. Founded early in the 16th century, it is one of the oldest Spanish settlements on the island.\n\nThe town is known for its parrandas, a contest of floats, lanterns and fireworks between its two quarters on Christmas Eve, and for the church of San Juan Bautista with its gilded altars.\n\nThe town's old port, Caibarién, lies 9 km to the north-east, from where a causeway crosses the sea to the resorts of Cayo Santa María. Zulueta is 12 km to the south and Camajuaní 17 km to the west.",
		{ Remedios: [22.49, -79.55], 'San Juan de los Remedios': [22.49, -79.55], 'Villa Clara Province': [22.5, -79.9], Cuba: CUBA, 'Santa Clara': [22.41, -79.96], Caibarién: [22.52, -79.47], 'Cayo Santa María': [22.66, -79.0], Zulueta: [22.37, -79.57], Camajuaní: [22.47, -79.72] },
		['San Juan Bautista']
	),
	w(
		"Dingli is a village in the Western Region of Malta, on the plateau at the south-west edge of the island, 12 km west of Valletta and 3 km south of Rabat and Mdina.\n\nThe Dingli Cliffs, rising 250 m from the sea, are the highest point of the Maltese islands; the little chapel of St Mary Magdalene, built on their edge in 1646, looks out over the islet of Filfla, 5 km to the south. The village takes its name from the knight Thomas Dingli, who held land here.\n\nBuskett Gardens, the only woodland of Malta, and Verdala Palace, the summer residence of the President, lie 2 km to the east.",
		{ Dingli: [35.86, 14.38], 'Western Region': [35.88, 14.4], Malta: MALTA, Valletta: [35.9, 14.51], Rabat: [35.88, 14.4], Mdina: [35.89, 14.4], 'Dingli Cliffs': [35.85, 14.38], Filfla: [35.79, 14.41], 'Buskett Gardens': [35.86, 14.4], 'Verdala Palace': [35.86, 14.4] },
		['St Mary Magdalene', 'Thomas Dingli']
	),
	w(
		"Purcari is a village in Ștefan Vodă District, Moldova, on the Dniester, 20 km south-east of the district seat, Ștefan Vodă, and 110 km south-east of Chișinău, close to the border with Ukraine.\n\nThe village is known for its winery, founded in 1827 on land granted to French settlers, whose red wine was served at the court of Queen Victoria. The wine cellars and the manor in the old park are open to visitors.\n\nThe neighbouring village of Olănești lies 5 km upstream. Across the border, the road to Odesa passes Palanca, 20 km to the south-east.",
		{ Purcari: [46.52, 29.87], 'Ștefan Vodă District': [46.55, 29.7], Moldova: MOLDOVA, Dniester: [46.52, 29.9], 'Ștefan Vodă': [46.51, 29.66], Chișinău: [47.0, 28.86], Ukraine: UKRAINE, Olănești: [46.5, 29.83], Odesa: [46.48, 30.73], Palanca: [46.4, 30.09] },
		['Queen Victoria']
	),
	w(
		"Tatev is a village in Syunik Province, Armenia, on a plateau above the gorge of the Vorotan River, 17 km south-west of Goris. It had 800 people at the 2011 census.\n\nThe village is known for Tatev Monastery, founded in the 9th century on the edge of the gorge, whose university was a centre of learning in the 14th century. Since 2010 the monastery has been reached from Halidzor by the Wings of Tatev cable car, 5.7 km long, across the gorge. At the bottom of the gorge the river passes under the Devil's Bridge, a natural arch of travertine with hot springs.\n\nKapan, the provincial capital, is 25 km to the south-east, and Yerevan 250 km to the north-west.",
		{ Tatev: [39.38, 46.25], 'Syunik Province': [39.4, 46.2], Armenia: ARMENIA, 'Vorotan River': [39.38, 46.25], Goris: [39.51, 46.34], 'Tatev Monastery': [39.38, 46.25], Halidzor: [39.4, 46.28], "Devil's Bridge": [39.4, 46.24], Kapan: [39.2, 46.4], Yerevan: [40.18, 44.51] },
		['Wings of Tatev']
	),
	w(
		"Umm Qais is a town in Irbid Governorate, Jordan, in the far north-west of the country, 28 km north-west of Irbid. It stands on a hill at 380 m above the Yarmouk River, looking across to the Sea of Galilee, the Golan Heights and, on a clear day, Mount Hermon.\n\nHistory\nThe town is built on the ruins of Gadara, one of the cities of the Decapolis, with a theatre of black basalt and a colonnaded street. The Ottoman village on the acropolis was left when its people moved to new houses in the 1970s.\n\nThe Yarmouk marks the border with Syria, and the Jordan River flows 10 km to the west. The hot springs of al-Himma lie below the town to the north.",
		{ 'Umm Qais': [32.66, 35.68], 'Irbid Governorate': [32.55, 35.85], Jordan: JORDAN, Irbid: [32.55, 35.85], 'Yarmouk River': [32.7, 35.7], Yarmouk: [32.7, 35.7], 'Sea of Galilee': [32.82, 35.59], 'Golan Heights': [33.0, 35.75], 'Mount Hermon': [33.42, 35.86], Gadara: [32.66, 35.68], Decapolis: [32.5, 35.7], Syria: SYRIA, 'Jordan River': [32.65, 35.57], 'al-Himma': [32.68, 35.67] }
	),
	w(
		"Makhunik (Persian: ماخونیک) is a village in Sarbisheh County, South Khorasan Province, Iran, south-east of Birjand, near the border with Afghanistan. At the 2016 census its population was 700 in 200 households.\n\nThe village is known for its low stone houses, some with doors barely 1.5 m high, half sunk into the ground against the wind and heat; until a road was built in the 1950s its people lived on turnips, barley and dates, and were said to be the shortest in Iran.\n\nThe plain of Sistan and the Hamun Lake lie to the south-east, and Zahedan 300 km to the south.",
		{ Makhunik: [32.43, 59.97], 'Sarbisheh County': [32.5, 59.8], 'South Khorasan Province': [32.5, 58.5], Iran: IRAN, Birjand: [32.87, 59.22], Afghanistan: AFGHANISTAN, Sistan: [31.0, 61.5], 'Hamun Lake': [31.3, 61.3], Zahedan: [29.5, 60.86] }
	)
];

// International and health news written for session 44 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s44` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written in shapes the earlier world batches (s33-s43)
// lack: WHO Disease Outbreak News by province and district with case counts (cholera in Zambia, Marburg in Rwanda,
// H5N1 in Cambodia, diphtheria in Kano's local government areas), food price monitors by market town (Mali, South
// Sudan), mining and energy news (Simandou and Boké, copper from Kolwezi by the Lobito route, pipelines between named
// towns: Hoima to Tanga, Agadem to Sèmè-Kpodji), river-basin and dam disputes (the Grand Ethiopian Renaissance Dam,
// the Mekong, the Indus treaty), wildfire and heat bulletins in southern Europe (Attica, Aveiro, Limassol, Italy's
// red-alert cities), locust and crop reports in the Sahel, diaspora and remittance stories naming origin towns
// (Tajik migrants, Kerala's Gulf money, Senegal's Mourides in Italy, Moldova's vote abroad), sports results abroad
// with clubs named by their towns (a rugby squad list with the clubs in brackets, "A Dupont (Toulouse)"; the Belgian,
// Dutch, Portuguese and Spanish leagues), Central Asia and the Caucasus (the Kyrgyz-Tajik border, the Aral Sea,
// Georgia's protests, Armenia's Syunik), the Pacific islands (Vanuatu, Papua New Guinea's Enga, Fiji, Samoa, Tonga),
// francophone West Africa (Burkina Faso, Côte d'Ivoire, Guinea, Niger), exonyms and renamed places (Bombay/Mumbai,
// Kiev/Kyiv, Burma, Danzig, Königsberg, Stalingrad, Dnipropetrovsk, Dzerzhynsk), places in lower-case headlines
// ("from bolzano to palermo as italy swelters") and ALL-CAPS datelines, and namesakes: Marathon, Eton, Futuna,
// Petropavlovsk, Kingfisher, Mao, Gaya, Congo, Georgia beside Atlanta, Granada, Córdoba, Galicia, Malia, Saint-Louis.
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Lusaka province") is graded too; dams, railways, corridors, derbies and agencies named
// after a place are left ungraded where the place is only inside the name; a disease named for a place (Marburg,
// Lassa) is no place. Clubs named by their towns are graded as the towns, as GeoWebNews grades them (see -s43).
// Half A is for tuning; half B stays held out.
// Before any change (main 8262ff1): A 327/333 within 161 km (international 268/273, health 59/60), no name of no
// place mapped, 37 gold names not mapped; B 299/303 (international 238/240, health 61/63), none of no place mapped,
// 35 not mapped. A's wrong: Kanyama (the Lusaka compound) as the Congolese town, Guba (the dam's woreda) as Quba in
// Azerbaijan, Tamesna (the Niger plains) as the Moroccan town, Famalicão as another Portuguese one (214 km), Eton
// (Efate) as an American one, Takara (Efate) as Tucker, Georgia; not mapped though the gazetteer has them: Marathon,
// Clermont (the club), Alkmaar, Dori, Rasht (the valley), Isfara (the river), Ishim and Tobol (the rivers), and the
// lower-case bolzano, palermo and italy of a headline.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S44_A: GenreText[] = [
	{
		genre: 'health',
		text: "Disease Outbreak News: Cholera - Zambia. Between 1 October and 20 January, the Ministry of Health of Zambia reported 15,061 suspected cholera cases, including 570 deaths, from nine of the country's ten provinces. Lusaka province accounts for 70 percent of cases, most of them from the densely built compounds of Kanyama, Matero and Chawama in Lusaka district. Copperbelt province has reported 1,900 cases, mainly in Ndola, Kitwe and Chingola. Clusters in Chipata and in Mpulungu, on the shore of Lake Tanganyika, followed the travel of traders and fishermen. Neighbouring Malawi, Mozambique and Zimbabwe have reported outbreaks; WHO assesses the regional risk as high.",
		gold: { Zambia: [-13.5, 27.8], 'Lusaka province': [-15.3, 29.0], Kanyama: [-15.43, 28.24], Matero: [-15.38, 28.25], Chawama: [-15.45, 28.28], Lusaka: [-15.42, 28.28], 'Copperbelt province': [-12.9, 28.0], Ndola: [-12.96, 28.64], Kitwe: [-12.8, 28.21], Chingola: [-12.53, 27.85], Chipata: [-13.63, 32.65], Mpulungu: [-8.77, 31.11], 'Lake Tanganyika': [-6.3, 29.6], Malawi: [-13.5, 34.0], Mozambique: [-18.0, 35.0], Zimbabwe: [-19.0, 29.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Mali market monitor, February. The retail price of millet rose 18 percent on the month in Ménaka and 12 percent in Gao, where cereal trucks from Niamey have been held up by insecurity on the road through Ansongo. In Sévaré's market, next to Mopti, sorghum sold at 325 CFA francs a kilo, a third above the five-year average; in Ségou and Sikasso, the main producing areas, prices held steady after a good harvest. Timbuktu received no cereal convoys from Mopti for a fourth week, and traders now bring rice by pinasse from Niafunké and Diré. In Kayes, remittances from migrants in France and Spain kept demand for imported rice firm.",
		gold: { Mali: [17.0, -4.0], 'Ménaka': [15.92, 2.4], Gao: [16.27, -0.04], Niamey: [13.51, 2.11], Ansongo: [15.66, 0.5], 'Sévaré': [14.53, -4.1], Mopti: [14.49, -4.2], 'Ségou': [13.43, -6.26], Sikasso: [11.32, -5.67], Timbuktu: [16.77, -3.0], 'Niafunké': [15.93, -4.0], 'Diré': [16.28, -3.4], Kayes: [14.45, -11.44], France: [46.5, 2.5], Spain: [40.2, -3.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CONAKRY - Guinea's junta revoked 129 mining exploration permits on Tuesday, saying their holders had failed to develop them, weeks before the first iron ore is due to leave Simandou. The 650 km railway from the Simandou range, near Beyla in the forest region, crosses the country to a new port at Morebaya in Forécariah prefecture. Bauxite exporters in the Boké region, around Kamsar and Sangarédi, were spared, though two firms lost permits near Télimélé and Kindia. In the gold belt around Siguiri and Mandiana, artisanal miners protested outside the prefecture offices.",
		gold: { CONAKRY: [9.51, -13.71], Guinea: [10.4, -10.9], Simandou: [8.55, -8.9], Beyla: [8.69, -8.66], Morebaya: [9.32, -13.28], 'Forécariah': [9.43, -13.09], 'Boké region': [10.94, -14.3], Kamsar: [10.65, -14.61], 'Sangarédi': [11.08, -13.79], 'Télimélé': [10.9, -13.04], Kindia: [10.06, -12.86], Siguiri: [11.42, -9.17], Mandiana: [10.63, -8.69] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KAMPALA - Welding on the East African Crude Oil Pipeline has passed the halfway mark, its builders said, as first oil from the Tilenga and Kingfisher fields near Lake Albert is due next year. The 1,443 km heated line runs from Kabaale in Hoima district to a marine terminal on the Chongoleani peninsula near Tanga, on Tanzania's coast. In Uganda it crosses Kikuube, Kakumiro, Mubende and Sembabule before leaving the country near Mutukula; in Tanzania it passes through the Kagera, Geita, Shinyanga, Tabora, Singida, Dodoma and Manyara regions. Campaigners in Kampala and in Dar es Salaam say 13,000 households lost land to it.",
		gold: { KAMPALA: [0.32, 32.58], Tilenga: [2.2, 31.4], Kingfisher: [1.25, 30.6], 'Lake Albert': [1.7, 30.9], Kabaale: [1.47, 31.08], Hoima: [1.43, 31.35], Chongoleani: [-5.0, 39.08], Tanga: [-5.07, 39.1], Tanzania: [-6.4, 34.9], Uganda: [1.3, 32.3], Kikuube: [1.1, 31.1], Kakumiro: [0.78, 31.32], Mubende: [0.56, 31.39], Sembabule: [-0.08, 31.46], Mutukula: [-1.0, 31.42], Kagera: [-1.8, 31.3], Geita: [-2.87, 32.23], Shinyanga: [-3.66, 33.42], Tabora: [-5.02, 32.8], Singida: [-4.82, 34.74], Dodoma: [-6.17, 35.74], Manyara: [-4.3, 36.0], Kampala: [0.32, 32.58], 'Dar es Salaam': [-6.8, 39.28] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ADDIS ABABA - Ethiopia said on Saturday that the fifth filling of the Grand Ethiopian Renaissance Dam was complete, holding 64 billion cubic metres behind the wall near Guba, in Benishangul-Gumuz region, 15 km from the Sudanese border. Egypt's irrigation minister called the filling unilateral and said Cairo would defend its share of the water 'by every means'. Downstream, Sudan opened the gates of the dam at Roseires, near Ed Damazin, after water levels rose sharply, and the authorities in Khartoum and Wad Madani warned residents along the Blue Nile. Lake Nasser, behind the High Dam at Aswan, remains above its average level, Egyptian officials said.",
		gold: { 'ADDIS ABABA': [9.03, 38.74], Ethiopia: [9.0, 39.5], Guba: [11.25, 35.2], 'Benishangul-Gumuz region': [10.5, 35.0], Egypt: [26.8, 30.8], Cairo: [30.04, 31.24], Sudan: [15.5, 30.0], Roseires: [11.85, 34.38], 'Ed Damazin': [11.79, 34.36], Khartoum: [15.5, 32.56], 'Wad Madani': [14.4, 33.52], 'Blue Nile': [13.0, 33.9], 'Lake Nasser': [22.5, 31.8], Aswan: [24.09, 32.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ATHENS - A wildfire that broke out near Varnavas, 35 km north-east of Athens, on Sunday afternoon spread south on winds of up to 70 km/h, forcing the evacuation of Marathon, Nea Makri and parts of Penteli and Dionysos. The civil protection agency sent 112 alerts to residents of Grammatiko and Kapandriti, and smoke reached the centre of the capital by night. Greece asked for help under the EU's rescue mechanism; Italy, France and the Czech Republic sent water-dropping planes and ground crews. On Evia, a second fire near Karystos was contained. In Portugal, firefighters on Madeira were still battling a blaze above Ribeira Brava after ten days.",
		gold: { ATHENS: [37.98, 23.73], Varnavas: [38.22, 23.93], Athens: [37.98, 23.73], Marathon: [38.15, 23.96], 'Nea Makri': [38.09, 23.98], Penteli: [38.05, 23.87], Dionysos: [38.1, 23.87], Grammatiko: [38.2, 23.97], Kapandriti: [38.21, 23.87], Greece: [39.0, 22.0], Italy: [42.8, 12.8], France: [46.5, 2.5], 'Czech Republic': [49.8, 15.5], Evia: [38.5, 23.8], Karystos: [38.01, 24.42], Portugal: [39.6, -8.0], Madeira: [32.75, -16.95], 'Ribeira Brava': [32.67, -17.06] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "heatwave: red alerts in 17 cities from bolzano to palermo as italy swelters\nROME - Italy's health ministry put 17 cities on its highest heat alert for Friday, from Bolzano and Turin in the north to Palermo and Catania in Sicily. Rome, Florence, Bologna and Perugia will see highs of 38 to 40C, and Campobasso and Frosinone were added on Thursday evening. Hospitals in Lazio and Tuscany have opened cooled waiting rooms, and Lombardy banned outdoor work between 12:30 and 16:00. Sardinia's civil protection warned of a very high risk of fire around Oristano and Nuoro.",
		gold: { bolzano: [46.5, 11.35], palermo: [38.12, 13.36], italy: [42.8, 12.8], ROME: [41.9, 12.5], Italy: [42.8, 12.8], Bolzano: [46.5, 11.35], Turin: [45.07, 7.69], Palermo: [38.12, 13.36], Catania: [37.5, 15.09], Sicily: [37.5, 14.0], Rome: [41.9, 12.5], Florence: [43.77, 11.25], Bologna: [44.49, 11.34], Perugia: [43.11, 12.39], Campobasso: [41.56, 14.66], Frosinone: [41.64, 13.34], Lazio: [41.9, 12.8], Tuscany: [43.4, 11.0], Lombardy: [45.6, 9.8], Sardinia: [40.1, 9.0], Oristano: [39.9, 8.59], Nuoro: [40.32, 9.33] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Desert Locust situation update, 12 November. Niger: hopper bands are forming in the Tamesna plains north of Tchintabaraden, in Tahoua region, and near Ingall in Agadez region, where ground teams treated 3,200 hectares this week. Chad: scattered adults are present in Kanem near Mao and in Batha near Ati; surveys could not reach Ennedi. Mauritania: small-scale breeding in Trarza and in Inchiri, south of Akjoujt, is expected to produce swarms in December. Sudan: breeding continues along the Nile between Dongola and Karima, and in the Tokar delta south of Port Sudan. Forecast: swarms may move north towards southern Algeria and Morocco.",
		gold: { Niger: [17.6, 8.0], Tamesna: [18.0, 4.8], Tchintabaraden: [15.9, 5.8], 'Tahoua region': [15.5, 5.5], Ingall: [16.79, 6.93], 'Agadez region': [17.5, 9.0], Chad: [15.0, 19.0], Kanem: [14.5, 15.5], Mao: [14.12, 15.31], Batha: [13.5, 18.5], Ati: [13.22, 18.34], Ennedi: [17.0, 22.0], Mauritania: [20.3, -10.3], Trarza: [17.5, -15.0], Inchiri: [20.0, -15.5], Akjoujt: [19.75, -14.39], Sudan: [15.5, 30.0], Nile: [18.8, 31.0], Dongola: [19.17, 30.48], Karima: [18.55, 31.85], Tokar: [18.43, 37.73], 'Port Sudan': [19.62, 37.22], Algeria: [28.0, 2.6], Morocco: [31.8, -7.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DUSHANBE - Money sent home by Tajik migrants fell by a quarter in the first half of the year after Russia tightened its entry rules. In Kulob and Bokhtar, the main towns of Khatlon province, families that depend on sons working on building sites in Moscow, Yekaterinburg and Novosibirsk say the transfers have stopped. In the Rasht valley, migrants have returned for good to the villages around Gharm. Kyrgyzstan's Osh and Jalal-Abad regions and Uzbekistan's part of the Fergana valley report the same trend, the World Bank said, though Uzbek workers are increasingly going to South Korea and Britain instead.",
		gold: { DUSHANBE: [38.56, 68.78], Russia: [61.5, 90.0], Kulob: [37.91, 69.78], Bokhtar: [37.84, 68.78], 'Khatlon province': [38.0, 69.0], Moscow: [55.76, 37.62], Yekaterinburg: [56.84, 60.6], Novosibirsk: [55.03, 82.92], Rasht: [39.0, 70.5], Gharm: [39.02, 70.37], Kyrgyzstan: [41.2, 74.8], Osh: [40.53, 72.8], 'Jalal-Abad': [40.93, 73.0], Uzbekistan: [41.4, 64.6], 'Fergana valley': [40.6, 71.5], 'South Korea': [36.5, 127.9], Britain: [54.0, -2.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "France name Six Nations squad\nFrance head coach Fabien Galthié has named a 42-man squad for the Six Nations opener against Wales in Paris on 31 January.\nForwards: G Alldritt (La Rochelle), U Atonio (La Rochelle), C Baille (Toulouse), P Mauvaka (Toulouse), J Marchand (Toulouse), T Flament (Toulouse), E Meafou (Toulouse), C Ollivon (Toulon), F Gros (Toulon), A Jelonch (Toulouse), P Boudehent (La Rochelle).\nBacks: A Dupont (Toulouse), N Le Garrec (Racing 92), M Jalibert (Bordeaux), T Ramos (Toulouse), L Bielle-Biarrey (Bordeaux), D Penaud (Bordeaux), Y Moefana (Bordeaux), E Dumortier (Lyon), T Attissogbe (Pau).\nGalthié said the Castres and Clermont players left out 'remain in our thinking'.",
		gold: { France: [46.5, 2.5], Wales: [52.3, -3.8], Paris: [48.86, 2.35], 'La Rochelle': [46.16, -1.15], Toulouse: [43.6, 1.44], Toulon: [43.12, 5.93], Bordeaux: [44.84, -0.58], Lyon: [45.76, 4.84], Pau: [43.3, -0.37], Castres: [43.6, 2.24], Clermont: [45.78, 3.08] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "European round-up: Genk stayed top of the Belgian Pro League after beating Mechelen 3-1 with two goals in the last ten minutes. Antwerp drew 0-0 at Westerlo, and Charleroi won 2-1 away to Kortrijk. In the Netherlands, Heerenveen came from behind to beat Groningen 2-1, Zwolle lost 3-0 at home to Utrecht, and Alkmaar's AZ moved up to third with a 4-0 win over Almere City. In Portugal, Braga beat Guimarães 2-1 in the Minho derby, and Famalicão held Porto to a goalless draw.",
		gold: { Genk: [50.97, 5.5], Mechelen: [51.03, 4.48], Antwerp: [51.22, 4.4], Westerlo: [51.09, 4.92], Charleroi: [50.41, 4.44], Kortrijk: [50.83, 3.26], Netherlands: [52.2, 5.5], Heerenveen: [52.96, 5.92], Groningen: [53.22, 6.57], Zwolle: [52.52, 6.09], Utrecht: [52.09, 5.12], Alkmaar: [52.63, 4.75], Portugal: [39.6, -8.0], Braga: [41.55, -8.42], 'Guimarães': [41.44, -8.29], 'Famalicão': [41.41, -8.52], Porto: [41.15, -8.61] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BISHKEK - Kyrgyzstan and Tajikistan signed a treaty on Thursday settling the last 100 km of their disputed border, three years after fighting around the Tajik exclave of Vorukh killed about 100 people. Under the deal, the road that Kyrgyz traffic uses between Batken and Isfana will pass wholly through Kyrgyz land, and the water intake on the Isfara river near the village of Kok-Tash will be run jointly. Residents of Batken region's Leilek district, where houses were burned in 2022, said they hoped to rebuild. The two presidents will meet in Khujand, the capital of Tajikistan's Sughd region, and in Osh next month to open new crossing points.",
		gold: { BISHKEK: [42.87, 74.59], Kyrgyzstan: [41.2, 74.8], Tajikistan: [38.9, 71.0], Vorukh: [39.85, 70.58], Batken: [40.06, 70.82], 'Batken region': [39.9, 71.0], Isfana: [39.84, 69.53], Isfara: [40.0, 70.63], 'Kok-Tash': [40.0, 70.7], Leilek: [39.9, 69.9], Khujand: [40.28, 69.62], Sughd: [40.0, 69.5], Osh: [40.53, 72.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TBILISI - Tens of thousands marched down Rustaveli Avenue for a fifth night after Georgia's government froze talks on joining the European Union. Protests also spread to Batumi, the Black Sea port in Adjara, and to Kutaisi, Zugdidi and Gori, where police used water cannon. In Rustavi and Marneuli, towns with large Azerbaijani communities, crowds were smaller. The United States and Lithuania suspended contacts with senior officials; Moscow, which keeps troops in Abkhazia and South Ossetia, accused the West of stoking a revolution. In Atlanta, Georgian emigrants rallied outside the state capitol in support.",
		gold: { TBILISI: [41.72, 44.79], Georgia: [42.0, 43.5], Batumi: [41.64, 41.63], 'Black Sea': [43.0, 34.0], Adjara: [41.6, 42.0], Kutaisi: [42.27, 42.7], Zugdidi: [42.51, 41.87], Gori: [41.98, 44.11], Rustavi: [41.55, 45.0], Marneuli: [41.47, 44.81], 'United States': [39.8, -98.6], Lithuania: [55.3, 23.9], Moscow: [55.76, 37.62], Abkhazia: [43.0, 41.0], 'South Ossetia': [42.3, 44.0], Atlanta: [33.75, -84.39] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PORT VILA, Vanuatu - Relief flights reached Tanna and Erromango on Friday, four days after a category 4 cyclone crossed Vanuatu's southern islands. The hospital at Lenakel, on Tanna, lost its roof, and on Aniwa and Futuna most food gardens were destroyed, the National Disaster Management Office said. On Efate, power has been restored in Port Vila but not in the villages around Eton and Takara. Malekula and Espiritu Santo were spared, and Luganville's wharf is being used to stage supplies. Australia and New Zealand sent military aircraft; France flew water purification units from Nouméa, in New Caledonia, and Fiji sent a medical team from Suva.",
		gold: { 'PORT VILA': [-17.73, 168.32], Vanuatu: [-16.0, 167.0], Tanna: [-19.5, 169.3], Erromango: [-18.8, 169.1], Lenakel: [-19.53, 169.27], Aniwa: [-19.25, 169.6], Futuna: [-19.53, 170.22], Efate: [-17.67, 168.4], 'Port Vila': [-17.73, 168.32], Eton: [-17.74, 168.53], Takara: [-17.56, 168.47], Malekula: [-16.2, 167.5], 'Espiritu Santo': [-15.4, 166.9], Luganville: [-15.52, 167.17], Australia: [-25.0, 134.0], 'New Zealand': [-41.0, 174.0], France: [46.5, 2.5], 'Nouméa': [-22.27, 166.45], 'New Caledonia': [-21.3, 165.5], Fiji: [-17.8, 178.0], Suva: [-18.14, 178.44] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "OUAGADOUGOU - Burkina Faso's health ministry declared a meningitis epidemic in four health districts after 380 suspected cases and 41 deaths since January. The districts of Ouahigouya and Kaya have crossed the epidemic threshold; Dori and Djibo, in the Sahel region, are on alert, though teams can reach Djibo only by air. A vaccination campaign with the new pentavalent conjugate vaccine starts on Monday in Ouahigouya and Kaya and will extend to Koudougou, Dédougou and Bobo-Dioulasso. Neighbouring Niger reported cases in Tillabéri and Dosso, and Togo in Dapaong.",
		gold: { OUAGADOUGOU: [12.37, -1.52], 'Burkina Faso': [12.3, -1.6], Ouahigouya: [13.58, -2.42], Kaya: [13.09, -1.08], Dori: [14.04, -0.03], Djibo: [14.1, -1.63], 'Sahel region': [14.0, -0.5], Koudougou: [12.25, -2.36], 'Dédougou': [12.46, -3.46], 'Bobo-Dioulasso': [11.18, -4.3], Niger: [17.6, 8.0], 'Tillabéri': [14.21, 1.45], Dosso: [13.05, 3.19], Togo: [8.6, 1.0], Dapaong: [10.86, 0.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "What's in a name: Bombay became Mumbai in 1995, Madras became Chennai a year later and Calcutta became Kolkata in 2001; Bangalore followed as Bengaluru in 2014. Burma's generals renamed the country Myanmar in 1989, and Rangoon became Yangon, before a new capital was built at Naypyidaw in 2005. Ukraine asked the world to write Kyiv, not Kiev, and in 2022 Turkey became Türkiye at the United Nations, while Czechia, the short name adopted in 2016, is still used less than the Czech Republic. Not every change sticks: many in Ho Chi Minh City still call its centre Saigon.",
		gold: { Bombay: [19.08, 72.88], Mumbai: [19.08, 72.88], Madras: [13.08, 80.27], Chennai: [13.08, 80.27], Calcutta: [22.57, 88.36], Kolkata: [22.57, 88.36], Bangalore: [12.97, 77.59], Bengaluru: [12.97, 77.59], Burma: [21.0, 96.0], Myanmar: [21.0, 96.0], Rangoon: [16.8, 96.16], Yangon: [16.8, 96.16], Naypyidaw: [19.75, 96.13], Ukraine: [49.0, 32.0], Kyiv: [50.45, 30.52], Kiev: [50.45, 30.52], Turkey: [39.0, 35.0], 'Türkiye': [39.0, 35.0], Czechia: [49.8, 15.5], 'Czech Republic': [49.8, 15.5], 'Ho Chi Minh City': [10.78, 106.7], Saigon: [10.78, 106.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PETROPAVLOVSK, Kazakhstan, April 12 (Reuters) - The Ishim river rose above 13 metres in Petropavlovsk on Friday, the highest since records began, flooding the city's lower districts as Kazakhstan's worst floods in 80 years moved north. More than 100,000 people have been evacuated across the Kostanay, Akmola, Aktobe, West Kazakhstan and Atyrau regions. Across the border in Russia, the Ural river broke through a dam at Orsk in the Orenburg region, and Orenburg city braced for the crest; in the Kurgan and Tyumen regions, the Tobol and the Ishim were also rising.",
		gold: { PETROPAVLOVSK: [54.87, 69.15], Kazakhstan: [48.0, 67.0], Ishim: [55.5, 69.0], Petropavlovsk: [54.87, 69.15], Kostanay: [52.5, 63.5], Akmola: [51.5, 69.5], Aktobe: [49.5, 57.8], 'West Kazakhstan': [50.0, 51.5], Atyrau: [47.5, 52.5], Russia: [61.5, 90.0], Ural: [51.2, 58.6], Orsk: [51.23, 58.47], Orenburg: [51.77, 55.1], Kurgan: [55.5, 65.0], Tyumen: [57.0, 67.0], Tobol: [55.5, 65.5] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Disease Outbreak News: Marburg virus disease - Rwanda. On 27 September, Rwanda's Ministry of Health confirmed an outbreak of Marburg virus disease after cases among health workers at two hospitals in Kigali. As of 20 October, 62 confirmed cases and 15 deaths have been reported from seven districts, most from Gasabo, Kicukiro and Nyarugenge in the City of Kigali, with others in Rubavu, on the border with Goma in the Democratic Republic of the Congo, and in Kamonyi and Musanze. Contacts who had travelled to Belgium and Germany were traced and monitored for 21 days.",
		gold: { Rwanda: [-1.95, 29.9], Kigali: [-1.95, 30.06], Gasabo: [-1.88, 30.1], Kicukiro: [-2.0, 30.1], Nyarugenge: [-1.95, 30.05], 'City of Kigali': [-1.95, 30.06], Rubavu: [-1.7, 29.3], Goma: [-1.68, 29.22], 'Democratic Republic of the Congo': [-2.9, 23.6], Kamonyi: [-2.0, 29.9], Musanze: [-1.5, 29.63], Belgium: [50.6, 4.6], Germany: [51.0, 10.4] },
		notPlaces: ['Marburg']
	},
	{
		genre: 'international',
		text: "MALAPPURAM, India - In the Gulf-money towns of northern Kerala, new houses are going up again. Remittances to the state reached a record last year, and Malappuram district, where almost one household in three has a member working abroad, received the largest share, followed by Thrissur and Kozhikode. Migrants from Tirur and Perinthalmanna work mostly in Dubai, Sharjah and Riyadh, while nurses from Kottayam and Pathanamthitta have moved to Britain, Ireland and Canada. Flights from Kozhikode's airport at Karipur to Doha and Muscat are full for the Onam holidays.",
		gold: { MALAPPURAM: [11.05, 76.07], India: [22.0, 79.0], Kerala: [10.5, 76.3], Malappuram: [11.05, 76.07], Thrissur: [10.52, 76.21], Kozhikode: [11.25, 75.78], Tirur: [10.91, 75.92], Perinthalmanna: [10.98, 76.23], Dubai: [25.2, 55.27], Sharjah: [25.35, 55.4], Riyadh: [24.71, 46.68], Kottayam: [9.59, 76.52], Pathanamthitta: [9.26, 76.79], Britain: [54.0, -2.0], Ireland: [53.2, -8.0], Canada: [56.1, -106.3], Karipur: [11.14, 75.95], Doha: [25.29, 51.53], Muscat: [23.59, 58.41] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Fishermen at Chiang Khong, on the Thai bank of the Mekong, say the river now rises and falls with the turbines of the dam at Xayaburi, upstream in Laos. The Mekong River Commission in Vientiane reported the river at Chiang Saen at its lowest for March in 60 years. Downstream in Cambodia, the reverse flow into the Tonle Sap failed for a second year, and the fish catch at Kampong Chhnang fell by half. In Vietnam's delta, salt water reached 60 km inland in Ben Tre and Tra Vinh provinces, and water plants in Can Tho cut supply. Cambodia's plan for a canal from Phnom Penh to Kep has added to Hanoi's concerns.",
		gold: { 'Chiang Khong': [20.26, 100.4], Mekong: [19.5, 101.5], Xayaburi: [19.25, 101.71], Laos: [18.5, 103.0], Vientiane: [17.97, 102.6], 'Chiang Saen': [20.27, 100.08], Cambodia: [12.5, 105.0], 'Tonle Sap': [12.9, 104.1], 'Kampong Chhnang': [12.25, 104.67], Vietnam: [16.0, 107.5], 'Ben Tre': [10.24, 106.38], 'Tra Vinh': [9.93, 106.34], 'Can Tho': [10.03, 105.78], 'Phnom Penh': [11.56, 104.92], Kep: [10.48, 104.32], Hanoi: [21.03, 105.85] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S44_B: GenreText[] = [
	{
		genre: 'health',
		text: "ABUJA - Nigeria's Centre for Disease Control said diphtheria cases have passed 25,000 since the outbreak began, with Kano state reporting 70 percent of them. Within Kano, the local government areas of Ungogo, Dala, Nassarawa and Fagge, all in the metropolis, account for most cases; Bichi and Wudil, further out, have clusters in boarding schools. Katsina, Yobe, Bauchi and Borno states also report rising numbers, and the first cases in Lagos were confirmed last week. Vaccination teams from Abuja arrived in Kano on Monday with 600,000 doses; the WHO regional office in Brazzaville said antitoxin stocks in Africa are nearly exhausted.",
		gold: { ABUJA: [9.06, 7.49], Nigeria: [9.1, 8.7], Kano: [12.0, 8.52], 'Kano state': [11.7, 8.5], Ungogo: [12.09, 8.5], Dala: [12.01, 8.5], Nassarawa: [11.99, 8.54], Fagge: [12.0, 8.52], Bichi: [12.23, 8.24], Wudil: [11.81, 8.84], Katsina: [12.5, 7.6], Yobe: [12.3, 11.5], Bauchi: [10.5, 10.0], Borno: [11.8, 13.2], Lagos: [6.52, 3.38], Abuja: [9.06, 7.49], Brazzaville: [-4.27, 15.28], Africa: [5.0, 20.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "South Sudan market price bulletin, week 34. The South Sudanese pound lost another 6 percent against the dollar in Juba, and a malwa of sorghum at Konyo Konyo market now costs 14,000 pounds. Prices were highest in Malakal and in Renk, where returnees from Sudan keep arriving through the Joda crossing, and in Aweil, cut off by floods from the road to Wau. Maize from Uganda entering at Nimule fell in price after the harvest; in Bor, on the Nile, fish sold for half of last month's price as the floods receded. Traders in Kapoeta bring sorghum from Kenya through Nadapal.",
		gold: { 'South Sudan': [7.0, 30.0], Juba: [4.85, 31.58], 'Konyo Konyo': [4.85, 31.6], Malakal: [9.53, 31.66], Renk: [11.75, 32.8], Sudan: [15.5, 30.0], Joda: [11.9, 32.8], Aweil: [8.77, 27.4], Wau: [7.7, 28.0], Uganda: [1.3, 32.3], Nimule: [3.6, 32.06], Bor: [6.21, 31.56], Nile: [6.2, 31.6], Kapoeta: [4.77, 33.59], Kenya: [0.5, 38.0], Nadapal: [4.4, 34.25] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KOLWEZI, Congo - Trucks carrying copper from the mines around Kolwezi now wait up to a week at Kasumbalesa, on the Zambian border, as exports hit a record. Some producers in Lualaba province have begun sending cathodes west by rail instead, through Dilolo into Angola and on to the port of Lobito, cutting the trip to the Atlantic to eight days from 30 by way of Durban or Dar es Salaam. Mines between Kolwezi and Likasi are adding shifts, and in Lubumbashi, Haut-Katanga's capital, the governor said the province would build a dry port at Kipushi.",
		gold: { KOLWEZI: [-10.72, 25.47], Congo: [-2.9, 23.6], Kolwezi: [-10.72, 25.47], Kasumbalesa: [-12.27, 27.8], Lualaba: [-10.5, 24.5], Dilolo: [-10.7, 22.33], Angola: [-12.3, 17.5], Lobito: [-12.35, 13.55], Durban: [-29.86, 31.03], 'Dar es Salaam': [-6.8, 39.28], Likasi: [-10.98, 26.73], Lubumbashi: [-11.66, 27.48], 'Haut-Katanga': [-10.5, 27.5], Kipushi: [-11.76, 27.25] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NIAMEY - Oil stopped flowing through the export pipeline to Benin again on Friday after an attack on the line in Dosso region, Niger's oil ministry said. The 1,950 km pipeline carries crude from the Agadem fields in Diffa region, near the border with Chad, past Zinder and Dosso to the terminal at Sèmè-Kpodji, on Benin's coast near Cotonou. Exports began last year but were halted for months in a dispute that closed the border crossing between Malanville and Gaya. Chinese operators have flown staff out through Niamey, and the refinery at Zinder, which supplies Niamey and Maradi with fuel, is working at half its capacity.",
		gold: { NIAMEY: [13.51, 2.11], Benin: [9.3, 2.3], Dosso: [13.05, 3.19], 'Dosso region': [13.2, 3.5], Niger: [17.6, 8.0], Agadem: [16.85, 13.3], 'Diffa region': [14.3, 12.6], Chad: [15.0, 19.0], Zinder: [13.8, 8.99], 'Sèmè-Kpodji': [6.37, 2.62], Cotonou: [6.37, 2.42], Malanville: [11.86, 3.39], Gaya: [11.88, 3.45], Niamey: [13.51, 2.11], Maradi: [13.5, 7.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SRINAGAR - India said on Wednesday it would hold the Indus Waters Treaty in abeyance and speed up work on hydropower projects on the Chenab in Kishtwar district, including Pakal Dul and Ratle. The plant on the Kishanganga near Gurez, in Bandipora district, diverts water from the river that Pakistan calls the Neelum before it crosses the Line of Control towards Muzaffarabad. Islamabad said any diversion would be an act of war; Pakistan depends on the Indus and its tributaries to fill the Tarbela and Mangla reservoirs, which irrigate Punjab and Sindh.",
		gold: { SRINAGAR: [34.08, 74.8], India: [22.0, 79.0], Chenab: [33.3, 75.8], Kishtwar: [33.31, 75.77], 'Pakal Dul': [33.45, 75.8], Ratle: [33.23, 75.64], Kishanganga: [34.6, 74.8], Gurez: [34.63, 74.83], Bandipora: [34.42, 74.65], Pakistan: [30.0, 70.0], Neelum: [34.6, 73.9], Muzaffarabad: [34.37, 73.47], Islamabad: [33.69, 73.05], Indus: [33.9, 72.7], Tarbela: [34.09, 72.7], Mangla: [33.14, 73.64], Punjab: [31.0, 72.5], Sindh: [26.0, 68.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LISBON - Portugal declared a state of calamity in the districts of Aveiro and Viseu on Tuesday as more than 100 wildfires burned across the north and centre of the country. Seven people have died, three of them firefighters near Tondela. The fires cut the A1 motorway near Albergaria-a-Velha and the A25 near Sever do Vouga, and villages in Oliveira de Azeméis and Arouca were evacuated. Smoke closed schools in Águeda and drifted over Porto. Spain sent planes from Galicia, where fires in Ourense province have also forced evacuations, and the EU mobilised aircraft from Greece and Italy.",
		gold: { LISBON: [38.72, -9.14], Portugal: [39.6, -8.0], Aveiro: [40.64, -8.65], Viseu: [40.66, -7.91], Tondela: [40.52, -8.08], 'Albergaria-a-Velha': [40.69, -8.48], 'Sever do Vouga': [40.73, -8.37], 'Oliveira de Azeméis': [40.84, -8.48], Arouca: [40.93, -8.25], 'Águeda': [40.57, -8.45], Porto: [41.15, -8.61], Spain: [40.2, -3.7], Galicia: [42.8, -7.9], Ourense: [42.34, -7.86], Greece: [39.0, 22.0], Italy: [42.8, 12.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NICOSIA - Temperatures reached 45C in Nicosia on Thursday as Cyprus recorded its hottest day in decades, and a wildfire in the hill villages of Limassol district killed two people trapped in their car near Malia. Firefighters from Paphos and Larnaca joined the effort, and Greece and Jordan sent aircraft. Across the water in Turkey, a fire burned for three days in Izmir province around Menderes, near the city's airport, and flights were diverted to Bodrum and Antalya. In Muğla, where hotels around Marmaris were evacuated last summer, crews kept watch on the forests.",
		gold: { NICOSIA: [35.17, 33.36], Nicosia: [35.17, 33.36], Cyprus: [35.0, 33.2], Limassol: [34.68, 33.04], Malia: [34.77, 32.79], Paphos: [34.77, 32.42], Larnaca: [34.92, 33.63], Greece: [39.0, 22.0], Jordan: [31.2, 36.5], Turkey: [39.0, 35.0], Izmir: [38.42, 27.14], Menderes: [38.25, 27.13], Bodrum: [37.04, 27.43], Antalya: [36.9, 30.7], 'Muğla': [37.22, 28.36], Marmaris: [36.85, 28.27] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Sahel crop monitor, October. Millet and sorghum harvests in Niger's Maradi and Zinder regions are 10 to 15 percent above average after good rains, but pockets of deficit remain in Tillabéri, where insecurity kept farmers from their fields around Téra and Ouallam. In northern Nigeria, floods on the Hadejia destroyed rice fields in Jigawa, and prices at the Dawanau grain market in Kano are rising. The harvest in Chad's Guéra region, around Mongo, was average; in the east, refugees from Darfur have doubled Adré's population and strain the markets of Abéché. Senegal's groundnut basin around Kaolack and Diourbel expects a record crop.",
		gold: { Sahel: [15.0, 5.0], Niger: [17.6, 8.0], Maradi: [13.5, 7.1], Zinder: [13.8, 8.99], 'Tillabéri': [14.5, 1.5], 'Téra': [14.01, 0.75], Ouallam: [14.32, 2.09], Nigeria: [9.1, 8.7], Hadejia: [12.45, 10.04], Jigawa: [12.2, 9.5], Dawanau: [12.08, 8.46], Kano: [12.0, 8.52], Chad: [15.0, 19.0], 'Guéra region': [11.5, 18.5], Mongo: [12.18, 18.69], Darfur: [13.0, 24.0], 'Adré': [13.47, 22.2], 'Abéché': [13.83, 20.83], Senegal: [14.5, -14.5], Kaolack: [14.15, -16.07], Diourbel: [14.65, -16.23] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TOUBA, Senegal - Every year during the Grand Magal, the pilgrimage to Touba, the money transfer offices on the road from Mbacké do their best business, as Mourides working in Italy and Spain send their savings home. A study by the central bank in Dakar found that one household in four in the Louga region has a member abroad, most of them in Brescia, Bergamo and Milan. Fishermen from Saint-Louis and Mbour who left by pirogue for the Canary Islands now send money from the greenhouses of Almería or from building sites in Madrid.",
		gold: { TOUBA: [14.85, -15.88], Senegal: [14.5, -14.5], Touba: [14.85, -15.88], 'Mbacké': [14.79, -15.91], Italy: [42.8, 12.8], Spain: [40.2, -3.7], Dakar: [14.69, -17.44], Louga: [15.5, -15.8], Brescia: [45.54, 10.22], Bergamo: [45.7, 9.67], Milan: [45.46, 9.19], 'Saint-Louis': [16.03, -16.49], Mbour: [14.42, -16.97], 'Canary Islands': [28.3, -15.8], 'Almería': [36.84, -2.46], Madrid: [40.42, -3.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Spanish round-up: Getafe beat Villarreal 2-1 with a late penalty, and Girona drew 1-1 at Leganés. Granada's promotion hopes took a blow with a 2-0 defeat at Córdoba in the second division, while Cádiz and Almería drew 0-0. Elche went top after a 3-0 home win over Huesca, and Valladolid beat Zaragoza 1-0 in front of 28,000. In the women's league, Barcelona won 5-0 away to Tenerife.",
		gold: { Getafe: [40.31, -3.73], Villarreal: [39.94, -0.1], Girona: [41.98, 2.82], 'Leganés': [40.33, -3.76], Granada: [37.18, -3.6], 'Córdoba': [37.88, -4.78], 'Cádiz': [36.53, -6.29], 'Almería': [36.84, -2.46], Elche: [38.27, -0.7], Huesca: [42.14, -0.41], Valladolid: [41.65, -4.72], Zaragoza: [41.65, -0.88], Barcelona: [41.39, 2.17], Tenerife: [28.29, -16.63] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NUKUS, Uzbekistan - Tourists are coming back to Muynak, once a fishing port on the Aral Sea and now 100 km from its shore, where rusting trawlers lie in the sand. Karakalpakstan's government has planted saxaul on two million hectares of the dry seabed, the Aralkum, to hold down the salt dust that blows as far as Khiva and Urgench in the Khorezm region. In Kazakhstan, a dam has raised the northern part of the sea, boats again sail from Aralsk, and the fish catch in the Kyzylorda region has tripled since 2005.",
		gold: { NUKUS: [42.46, 59.6], Uzbekistan: [41.4, 64.6], Muynak: [43.77, 59.02], 'Aral Sea': [45.0, 60.0], Karakalpakstan: [43.0, 59.0], Aralkum: [44.5, 59.5], Khiva: [41.38, 60.36], Urgench: [41.55, 60.63], 'Khorezm region': [41.4, 60.6], Kazakhstan: [48.0, 67.0], Aralsk: [46.8, 61.67], 'Kyzylorda region': [45.0, 64.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "YEREVAN - Armenia and Azerbaijan agreed in Washington on Friday to open a transit route across Armenia's southern Syunik province, linking mainland Azerbaijan with its Nakhchivan exclave. The 43 km road and railway would follow the Araks river past Meghri and Agarak, on Armenia's border with Iran, and join Azerbaijan's line to Ordubad. In Kapan and Goris, residents said they feared losing control of the border; in Baku, officials said trains could run from Horadiz within three years.",
		gold: { YEREVAN: [40.18, 44.51], Armenia: [40.2, 45.0], Azerbaijan: [40.3, 47.7], Washington: [38.9, -77.04], 'Syunik province': [39.5, 46.3], Nakhchivan: [39.3, 45.3], Araks: [38.9, 46.2], Meghri: [38.9, 46.24], Agarak: [38.87, 46.18], Iran: [32.0, 53.0], Ordubad: [38.9, 46.03], Kapan: [39.21, 46.41], Goris: [39.51, 46.34], Baku: [40.41, 49.87], Horadiz: [39.45, 47.34] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PORT MORESBY - A landslide buried most of Yambali village in Papua New Guinea's Enga province before dawn on Friday, covering homes under up to 8 metres of rock and earth. The slide cut the highway between Wabag, the provincial capital, and the Porgera gold mine, leaving Porgera's fuel supplies for a week. Rescuers from Mount Hagen reached the nearby town of Mulitaka by road on Saturday, and aid from Australia was flown to the Wapenamanda airstrip.",
		gold: { 'PORT MORESBY': [-9.44, 147.18], Yambali: [-5.37, 143.35], 'Papua New Guinea': [-6.3, 145.0], 'Enga province': [-5.5, 143.5], Wabag: [-5.49, 143.72], Porgera: [-5.46, 143.12], 'Mount Hagen': [-5.86, 144.23], Mulitaka: [-5.35, 143.37], Australia: [-25.0, 134.0], Wapenamanda: [-5.63, 143.9] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ABIDJAN - Côte d'Ivoire's health ministry reported 3,200 suspected dengue cases since January, three quarters of them in Abidjan, where the communes of Cocody, Yopougon and Abobo are the worst affected. Fumigation teams are also at work in Bouaké, San-Pédro and Korhogo. In neighbouring Guinea, Lassa fever killed four people in Nzérékoré and Guéckédou, near the Liberian border; their contacts were traced in Macenta and in Conakry. Liberia's Nimba county and Sierra Leone's Kenema district remain on alert.",
		gold: { ABIDJAN: [5.35, -4.0], "Côte d'Ivoire": [7.5, -5.5], Abidjan: [5.35, -4.0], Cocody: [5.36, -3.98], Yopougon: [5.34, -4.08], Abobo: [5.42, -4.02], 'Bouaké': [7.69, -5.03], 'San-Pédro': [4.75, -6.64], Korhogo: [9.46, -5.63], Guinea: [10.4, -10.9], 'Nzérékoré': [7.76, -8.82], 'Guéckédou': [8.56, -10.13], Macenta: [8.54, -9.47], Conakry: [9.51, -13.71], Liberia: [6.4, -9.4], Nimba: [7.5, -8.7], 'Sierra Leone': [8.5, -11.8], Kenema: [7.88, -11.19] },
		notPlaces: ['Lassa']
	},
	{
		genre: 'international',
		text: "A traveller's guide to the old names: Danzig is Gdańsk, Breslau is Wrocław and Stettin is Szczecin, and Königsberg, Kant's city, has been Kaliningrad since 1946. Further south, Pressburg became Bratislava, Laibach is Ljubljana and Agram is Zagreb. In the east, Leningrad took back the name St Petersburg in 1991, Stalingrad has been Volgograd since 1961, and Lemberg, Lwów and Lvov are all Lviv. Constantinople became Istanbul officially in 1930, and Salonica is Thessaloniki.",
		gold: { Danzig: [54.35, 18.65], 'Gdańsk': [54.35, 18.65], Breslau: [51.11, 17.03], 'Wrocław': [51.11, 17.03], Stettin: [53.43, 14.55], Szczecin: [53.43, 14.55], 'Königsberg': [54.71, 20.51], Kaliningrad: [54.71, 20.51], Pressburg: [48.15, 17.11], Bratislava: [48.15, 17.11], Laibach: [46.06, 14.51], Ljubljana: [46.06, 14.51], Agram: [45.81, 15.98], Zagreb: [45.81, 15.98], Leningrad: [59.94, 30.31], 'St Petersburg': [59.94, 30.31], Stalingrad: [48.71, 44.51], Volgograd: [48.71, 44.51], Lemberg: [49.84, 24.03], 'Lwów': [49.84, 24.03], Lvov: [49.84, 24.03], Lviv: [49.84, 24.03], Constantinople: [41.01, 28.98], Istanbul: [41.01, 28.98], Salonica: [40.64, 22.94], Thessaloniki: [40.64, 22.94] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "burundi floods: 100,000 displaced as lake tanganyika rises\nBUJUMBURA, Burundi - Lake Tanganyika has risen to its highest level in 60 years, flooding Gatumba, a suburb of Bujumbura near the border with Congo, and forcing 100,000 people from their homes, the United Nations said. The lakeside towns of Rumonge and Nyanza-Lac are partly under water, and in Cibitoke and Bubanza provinces the Rusizi river burst its banks. Across the lake, Uvira and Kalemie were also flooded, and in Tanzania the port of Kigoma was closed.",
		gold: { burundi: [-3.4, 29.9], 'lake tanganyika': [-6.3, 29.6], BUJUMBURA: [-3.38, 29.36], Burundi: [-3.4, 29.9], 'Lake Tanganyika': [-6.3, 29.6], Gatumba: [-3.33, 29.24], Bujumbura: [-3.38, 29.36], Congo: [-2.9, 23.6], Rumonge: [-3.97, 29.44], 'Nyanza-Lac': [-4.32, 29.6], Cibitoke: [-2.89, 29.12], Bubanza: [-3.08, 29.39], Rusizi: [-3.2, 29.2], Uvira: [-3.4, 29.14], Kalemie: [-5.93, 29.19], Tanzania: [-6.4, 34.9], Kigoma: [-4.88, 29.63] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Disease Outbreak News: Avian influenza A(H5N1) - Cambodia. Between 1 January and 31 August, Cambodia's Ministry of Health notified WHO of ten laboratory-confirmed human infections with avian influenza A(H5N1), including two deaths. Cases were reported from Takeo, Prey Veng, Svay Rieng, Siem Reap and Kampong Cham provinces; most had handled sick or dead backyard poultry. Samples were sequenced at the Institut Pasteur du Cambodge in Phnom Penh. Neighbouring Vietnam reported a human case in Tay Ninh province, on the Cambodian border, in March.",
		gold: { Cambodia: [12.5, 105.0], Takeo: [10.99, 104.78], 'Prey Veng': [11.48, 105.33], 'Svay Rieng': [11.09, 105.8], 'Siem Reap': [13.36, 103.86], 'Kampong Cham': [12.0, 105.46], 'Phnom Penh': [11.56, 104.92], Vietnam: [16.0, 107.5], 'Tay Ninh': [11.31, 106.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CHIȘINĂU - Moldova's pro-European ruling party kept its majority in Sunday's parliamentary election, helped by a record turnout in the diaspora: more than 280,000 votes were cast abroad, most of them at polling stations in Italy, Germany, Romania and France. In Chișinău and in Bălți, the second city, the vote was close, while in Comrat, the capital of the Gagauzia autonomy, opposition parties won over 80 percent. Voters from Transnistria, the breakaway region, crossed the Dniester to vote in Varnița and Copanca. Observers reported voters bussed in from Orhei and Cahul.",
		gold: { 'CHIȘINĂU': [47.01, 28.86], Moldova: [47.2, 28.5], Italy: [42.8, 12.8], Germany: [51.0, 10.4], Romania: [45.9, 24.9], France: [46.5, 2.5], 'Chișinău': [47.01, 28.86], 'Bălți': [47.76, 27.93], Comrat: [46.3, 28.66], Gagauzia: [46.3, 28.6], Transnistria: [47.2, 29.4], Dniester: [47.0, 29.2], 'Varnița': [46.87, 29.47], Copanca: [46.73, 29.52], Orhei: [47.38, 28.82], Cahul: [45.9, 28.19] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KYIV - Russian forces pushed into the outskirts of Pokrovsk, a logistics hub in Donetsk oblast, the Ukrainian military said, and shelled Myrnohrad, the neighbouring town once called Dymytrov. Further north, fighting went on around Chasiv Yar and Toretsk, known until 2016 as Dzerzhynsk, while civilians were evacuated from Kostiantynivka towards Kramatorsk and Sloviansk. In the south, strikes hit Zaporizhzhia and Kherson; in Dnipro, formerly Dnipropetrovsk, a missile damaged a hospital. Moscow said its troops had taken a village near Kupiansk in the Kharkiv region.",
		gold: { KYIV: [50.45, 30.52], Pokrovsk: [48.28, 37.18], 'Donetsk oblast': [48.0, 37.8], Donetsk: [48.0, 37.8], Myrnohrad: [48.3, 37.26], Dymytrov: [48.3, 37.26], 'Chasiv Yar': [48.59, 37.83], Toretsk: [48.4, 37.85], Dzerzhynsk: [48.4, 37.85], Kostiantynivka: [48.53, 37.71], Kramatorsk: [48.72, 37.56], Sloviansk: [48.85, 37.6], Zaporizhzhia: [47.84, 35.14], Kherson: [46.64, 32.61], Dnipro: [48.46, 35.05], Dnipropetrovsk: [48.46, 35.05], Moscow: [55.76, 37.62], Kupiansk: [49.71, 37.62], Kharkiv: [49.99, 36.23] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "SUVA, Fiji - Dengue cases in Fiji's Western Division have risen to 4,100 this year, with the hospitals in Lautoka, Nadi and Ba reporting the most admissions, the health ministry said. Cases are also rising in Labasa, on Vanua Levu. Samoa declared an outbreak after 1,200 cases, mostly on Upolu around Apia, with Savai'i less affected; Tonga reported clusters on Tongatapu near Nuku'alofa and in Vava'u. In the Cook Islands, the hospital on Rarotonga opened a fever clinic. The Pacific Community in Nouméa said serotype 2 was spreading across the region.",
		gold: { SUVA: [-18.14, 178.44], Fiji: [-17.8, 178.0], 'Western Division': [-17.6, 177.6], Lautoka: [-17.62, 177.45], Nadi: [-17.8, 177.42], Ba: [-17.53, 177.67], Labasa: [-16.43, 179.36], 'Vanua Levu': [-16.6, 179.2], Samoa: [-13.8, -172.1], Upolu: [-13.9, -171.75], Apia: [-13.83, -171.76], "Savai'i": [-13.6, -172.4], Tonga: [-21.2, -175.2], Tongatapu: [-21.17, -175.2], "Nuku'alofa": [-21.14, -175.2], "Vava'u": [-18.65, -173.98], 'Cook Islands': [-21.24, -159.78], Rarotonga: [-21.23, -159.78], 'Nouméa': [-22.27, 166.45] },
		notPlaces: []
	}
];

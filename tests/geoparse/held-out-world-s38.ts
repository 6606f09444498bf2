// International and health news written for session 38 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s38` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Regions the earlier world batches (s33-s37) and the
// health-world batch cover least, by a count of their gold places' countries: Cameroon, Chad, Niger, the Central
// African Republic, both Congos (Kasai, the Pool), Gabon, Equatorial Guinea, Angola, Senegal, the Gambia, Mali's west,
// Sierra Leone, Madagascar; Iran's provinces and Afghanistan's south-west; the Caucasus, the Baltics, Central Europe's
// small towns (Czechia, Poland, Austria, Slovakia, Hungary, Slovenia), Finland; Mongolia, Kyrgyzstan, Kazakhstan,
// Turkmenistan, the Koreas, Cambodia, Laos, Thailand, Myanmar, Malaysia, Oman; Bolivia, Paraguay, Ecuador, Uruguay,
// Venezuela, Central America; Canadian (Saskatchewan, New Brunswick, Newfoundland), Australian and New Zealand regional
// news. Half the texts are wire briefs and news-in-brief roundups (2-5 sentences, datelines, towns without their
// country, several countries in one item); the health items are a WHO outbreak notice, ProMED posts naming districts
// and abstracts. Written hard: towns named like bigger places elsewhere (Kingston and Victoria in Newfoundland,
// Concepción in Paraguay, Trinidad in Bolivia, Cuenca in Ecuador, Creighton, Mora, Saint-Louis, León, San Miguel,
// Moanda, Lar), names the gazetteer lacks that a namesake abroad will take (Kena, Chapare, Milak, Mahra, Kamp, Wachau,
// Karun), people named like places (Tomáš Hradec, Kate Darling, Moussa Kaolack, Somchai Surin, Lucía Tarija, Mark
// Bristol), storms and diseases (Cyclone Sagar, Lassa), firms and clubs (BMW, Sepahan), everyday-word regions (Mon,
// the Pool). Gold points are the places' own coordinates, written from knowledge and checked against `gazette lookup`;
// a province named in a count is given the province's point; long rivers (the Danube, the Mekong) are left ungraded.
// Half A is for tuning; half B stays held out.
// Before any change (main 0ed18bf): A 233/240 within 161 km (international 176/183, health 57/57), no name of no place
// mapped, 31 gold names not mapped; B 199/204 (international 135/140, health 64/64), 1 name of no place mapped, 39 not
// mapped. A's misses: names the gazetteer has only elsewhere or with a wrong point (the Karun river as a Fars village,
// the Lar dam as the town of Lar, Medininkai, Kena, Wachau), Mobarakeh as Yazd's village instead of Isfahan's town,
// Concepción in a Paraguay item as the Venezuelan town. B's (not tuned on): Mindouli (the gazetteer's point is 900 km
// off), Kingston and Victoria (Newfoundland) as Canadian cities elsewhere, Quebec the province as the city, and
// "Pan-American" read as the US.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S38_A: GenreText[] = [
	{
		genre: 'international',
		text: "BAMENDA, Cameroon (Reuters) - Separatist fighters set fire to a secondary school in Bafut on Tuesday, the third attack on schools in the North-West region this month, the army said. Classes were also suspended in Kumbo and Ndop. In Buea, lawyers went on strike over the arrest of a colleague.",
		gold: { BAMENDA: [5.96, 10.15], Cameroon: [5.7, 12.5], Bafut: [6.08, 10.1], 'North-West': [6.2, 10.4], 'North-West region': [6.2, 10.4], Kumbo: [6.2, 10.68], Ndop: [6.0, 10.42], Buea: [4.15, 9.24] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "WORLD IN BRIEF. Niger reopened its border post at Gaya to lorries from Malanville on Monday, a year after it was closed, the transport ministry in Niamey said. In Chad, the Logone burst its banks near Laï, cutting the road between Moundou and N'Djamena. Troops and Russian instructors retook Ndélé from rebels, the government in Bangui said. Gabon's interim president opened a manganese railway spur at Moanda.",
		gold: { Niger: [17.6, 8.1], Gaya: [11.88, 3.45], Malanville: [11.86, 3.39], Niamey: [13.51, 2.11], Chad: [15.45, 18.7], Logone: [10.0, 15.4], 'Laï': [9.4, 16.3], Moundou: [8.57, 16.08], "N'Djamena": [12.11, 15.04], 'Ndélé': [8.41, 20.65], Bangui: [4.36, 18.56], Gabon: [-0.8, 11.6], Moanda: [-1.57, 13.2] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Disease Outbreak News. Ebola virus disease - Democratic Republic of the Congo. On 4 September, the Ministry of Public Health notified WHO of a confirmed outbreak in Bulape health zone, Kasai province, after a pregnant woman admitted to Bulape general hospital died with fever, vomiting and bleeding. As of 14 September, 68 cases including 16 deaths have been reported from Bulape, Mweka and Mushenge health zones. Samples were confirmed by the Institut National de Recherche Biomédicale in Kinshasa. Contacts have travelled to Tshikapa and Kananga, and the province borders Angola, raising the risk of spread along the road through Luebo. WHO has sent 400 doses of Ervebo vaccine from its stockpile in Brazzaville and deployed staff from its office in Goma.",
		gold: { 'Democratic Republic of the Congo': [-2.9, 23.6], Bulape: [-4.6, 21.8], Kasai: [-5.0, 21.5], Mweka: [-4.85, 21.57], Mushenge: [-4.5, 21.3], Kinshasa: [-4.32, 15.31], Tshikapa: [-6.42, 20.8], Kananga: [-5.9, 22.42], Angola: [-11.2, 17.9], Luebo: [-5.35, 21.42], Brazzaville: [-4.26, 15.28], Goma: [-1.68, 29.22] },
		notPlaces: ['Ervebo']
	},
	{
		genre: 'international',
		text: "ZARANJ, Afghanistan (AP) — Iran and Afghanistan traded fire at a border post near Zaranj on Saturday, the latest clash over water from the Helmand river, officials in Nimroz province said. Tehran accuses the Taliban of holding back water at the Kamal Khan dam, starving the Hamoun wetlands on its side of the border around Zabol. Iran's Sistan and Baluchestan province has lost most of its farms to drought. Traders at the Milak crossing said lorries had stopped.",
		gold: { ZARANJ: [30.96, 61.86], Iran: [32.4, 53.7], Afghanistan: [33.9, 67.7], Zaranj: [30.96, 61.86], Helmand: [30.6, 63.5], 'Helmand river': [31.0, 61.9], Nimroz: [30.5, 62.5], Tehran: [35.69, 51.39], 'Kamal Khan': [30.2, 62.1], Hamoun: [31.0, 61.4], Zabol: [31.03, 61.5], 'Sistan and Baluchestan': [27.5, 60.5], Milak: [31.0, 61.78] },
		notPlaces: ['Taliban']
	},
	{
		genre: 'international',
		text: "TEHRAN (Reuters) - Iran ordered factories in the provinces of Isfahan, Khuzestan and Markazi to close two days a week to save power, the energy ministry said on Sunday, as a fifth year of drought left the dams on the Karun and the Zayandeh Rud nearly empty. Tehran's reservoirs at Karaj and Lar held a tenth of their capacity. In Mashhad, Iran's second city, water was cut at night; in Ahvaz the thermometer passed 50C for a week. The Mobarakeh steel plant and the aluminium smelter at Arak cut output, and Sepahan's league match against Tractor in Tabriz was moved to the evening. Lake Urmia, between East Azerbaijan and West Azerbaijan, has all but dried up, and salt storms have reached Urmia city. \"Nobody in Kerman believes the rain will come,\" said Reza Yazdi, a farmer who grows pistachios near Rafsanjan.",
		gold: { TEHRAN: [35.69, 51.39], Iran: [32.4, 53.7], Isfahan: [32.7, 51.9], Khuzestan: [31.3, 48.7], Markazi: [34.6, 49.9], Karun: [31.4, 48.8], 'Zayandeh Rud': [32.6, 51.7], Tehran: [35.69, 51.39], Karaj: [35.83, 50.99], Lar: [35.9, 52.1], Mashhad: [36.3, 59.6], Ahvaz: [31.32, 48.67], Mobarakeh: [32.35, 51.5], Arak: [34.09, 49.69], Tabriz: [38.08, 46.29], 'Lake Urmia': [37.7, 45.5], 'East Azerbaijan': [37.9, 46.5], 'West Azerbaijan': [37.5, 45.0], Urmia: [37.55, 45.07], Kerman: [30.28, 57.08], Rafsanjan: [30.41, 55.99] },
		notPlaces: ['Sepahan', 'Tractor', 'Reza Yazdi']
	},
	{
		genre: 'international',
		text: "TBILISI, Aug 14 (Reuters) - Georgia closed the Upper Lars crossing with Russia for a day after a mudslide near Stepantsminda, and lorries backed up for 20 km towards Gudauri, the interior ministry said. In Armenia, farmers blocked the road to Gyumri over grain prices.",
		gold: { TBILISI: [41.72, 44.79], Georgia: [42.3, 43.4], 'Upper Lars': [42.74, 44.63], Russia: [61.5, 105.3], Stepantsminda: [42.66, 44.64], Gudauri: [42.48, 44.48], Armenia: [40.1, 45.0], Gyumri: [40.79, 43.85] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "VILNIUS — Lithuania shut its two remaining crossings with Belarus for a month on Wednesday after smugglers' balloons carrying cigarettes closed Vilnius airport six times in a week, the government said. Lorry drivers at Medininkai and Šalčininkai were told to turn round; the rail crossing at Kena stays open for Kaliningrad transit. Latvia, which closed its crossing at Silene last year, said it was watching the border near Daugavpils, and Estonia's interior minister said the bridge between Narva and Ivangorod would stay shut. Poland has moved troops to the Suwałki gap between Belarus and the Russian exclave. Businesses in Klaipėda, whose port once shipped Belarusian potash, said the closure cost little now. \"We live off Minsk traffic,\" said Aušra Kaunaitė, who runs a café at Lavoriškės.",
		gold: { VILNIUS: [54.69, 25.28], Lithuania: [55.2, 23.9], Belarus: [53.7, 27.95], Vilnius: [54.69, 25.28], Medininkai: [54.54, 25.65], 'Šalčininkai': [54.31, 25.38], Kena: [54.64, 25.55], Kaliningrad: [54.71, 20.51], Latvia: [56.9, 24.6], Silene: [55.69, 26.77], Daugavpils: [55.87, 26.52], Estonia: [58.6, 25.0], Narva: [59.38, 28.19], Ivangorod: [59.37, 28.22], Poland: [52.0, 19.4], 'Suwałki': [54.1, 22.93], 'Klaipėda': [55.71, 21.13], Minsk: [53.9, 27.57], 'Lavoriškės': [54.72, 25.6] },
		notPlaces: ['Aušra Kaunaitė']
	},
	{
		genre: 'health',
		text: "PRO/EDR> Dengue - Bolivia (02): (Santa Cruz, Beni). The departmental health service of Santa Cruz reported 12,400 cases and 14 deaths this season, most from Montero, Warnes and the capital, Santa Cruz de la Sierra, where hospitals have set up fever tents. In Beni, cases have doubled in Trinidad and Riberalta, and the first cases of chikungunya were confirmed in Guayaramerín, across the Mamoré from Brazil. Cochabamba's tropical lowlands of the Chapare have also reported an increase. -- Communicated by: ProMED Rapporteur Lucía Tarija [Maps of Bolivia can be found at the usual link.]",
		gold: { Bolivia: [-16.3, -63.6], 'Santa Cruz': [-17.5, -61.5], Beni: [-14.0, -65.5], Montero: [-17.34, -63.25], Warnes: [-17.51, -63.17], 'Santa Cruz de la Sierra': [-17.78, -63.18], Trinidad: [-14.83, -64.9], Riberalta: [-11.0, -66.07], 'Guayaramerín': [-10.83, -65.36], 'Mamoré': [-10.9, -65.4], Brazil: [-10.8, -53.0], Cochabamba: [-17.5, -65.5], Chapare: [-16.8, -65.3] },
		notPlaces: ['Lucía Tarija', 'Tarija']
	},
	{
		genre: 'international',
		text: "ASIA IN BRIEF. PHNOM PENH: The Mekong flooded 8,000 homes in Kratie and Stung Treng, Cambodia's disaster committee said. VIENTIANE: Laos closed schools in Attapeu after the Sekong overflowed. CHIANG RAI: Mae Sai, across the river from Tachileik in Myanmar, was under a metre of mud. KOTA BHARU: Kelantan moved 20,000 people to relief centres.",
		gold: { 'PHNOM PENH': [11.56, 104.92], Kratie: [12.49, 106.02], 'Stung Treng': [13.52, 105.97], Cambodia: [12.6, 104.9], VIENTIANE: [17.97, 102.6], Laos: [19.9, 102.5], Attapeu: [14.8, 106.83], Sekong: [14.9, 106.7], 'CHIANG RAI': [19.91, 99.83], 'Mae Sai': [20.43, 99.88], Tachileik: [20.45, 99.88], Myanmar: [21.9, 95.96], 'KOTA BHARU': [6.13, 102.24], Kelantan: [5.3, 102.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "VIENNA (AP) — Floods from four days of rain swept through Central Europe on Monday. Lower Austria was declared a disaster area after the Kamp and the Traisen burst their banks near St. Pölten, and the Danube closed the Wachau road at Melk. In the Czech Republic, the town of Krnov was almost entirely under water and the Opava flooded Ostrava's eastern districts, while across the border in Poland residents of Kłodzko and Nysa were evacuated after a dam gave way at Stronie Śląskie. Slovakia shut Bratislava's riverside promenade. Hungary's prime minister said the Danube would crest in Budapest by the weekend and sent soldiers to Szentendre and Esztergom. \"The water came through the square in minutes,\" said Krnov's deputy mayor, Tomáš Hradec. Emergency crews from Germany and Italy were sent to Jeseník and Glucholazy.",
		gold: { VIENNA: [48.21, 16.37], 'Central Europe': [49.0, 15.0], 'Lower Austria': [48.2, 15.8], Kamp: [48.5, 15.7], Traisen: [48.2, 15.6], 'St. Pölten': [48.2, 15.62], Wachau: [48.35, 15.43], Melk: [48.23, 15.33], 'Czech Republic': [49.8, 15.5], Krnov: [50.09, 17.7], Opava: [49.94, 17.9], Ostrava: [49.83, 18.28], Poland: [52.0, 19.4], 'Kłodzko': [50.43, 16.66], Nysa: [50.47, 17.33], 'Stronie Śląskie': [50.3, 16.87], Slovakia: [48.7, 19.7], Bratislava: [48.15, 17.11], Hungary: [47.16, 19.5], Budapest: [47.5, 19.04], Szentendre: [47.67, 19.08], Esztergom: [47.79, 18.74], Germany: [51.0, 10.0], Italy: [42.8, 12.8], 'Jeseník': [50.23, 17.2], Glucholazy: [50.31, 17.38] },
		notPlaces: ['Tomáš Hradec', 'Hradec']
	},
	{
		genre: 'health',
		text: "Background: Plague remains endemic in the central highlands of Madagascar, with bubonic cases each year between August and April. Methods: We reviewed all suspected cases notified to the central plague laboratory in Antananarivo from 2018 to 2023 by the districts of Ambositra, Tsiroanomandidy, Ankazobe and Miarinarivo, and mapped them against rainfall and rat trapping data. Findings: Of 1,902 suspected cases, 612 were confirmed; pneumonic cases clustered in Ankazobe and spread along the road to Antananarivo, and seven cases reached the ports of Toamasina and Mahajanga. Interpretation: Rice-growing districts of Amoron'i Mania and Bongolava need year-round surveillance.",
		gold: { Madagascar: [-19.4, 46.7], Antananarivo: [-18.91, 47.54], Ambositra: [-20.53, 47.24], Tsiroanomandidy: [-18.77, 46.05], Ankazobe: [-18.32, 47.12], Miarinarivo: [-18.96, 46.9], Toamasina: [-18.15, 49.4], Mahajanga: [-15.72, 46.32], "Amoron'i Mania": [-20.5, 47.0], Bongolava: [-18.6, 46.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "REGINA (CP) — Saskatchewan declared a provincial emergency on Friday as wildfires near La Ronge and Creighton forced 4,000 people from their homes. Creighton's residents crossed into Manitoba, where Flin Flon was also told to be ready to leave. Evacuees from the north were flown to Prince Albert and Saskatoon.",
		gold: { REGINA: [50.45, -104.6], Saskatchewan: [54.0, -106.0], 'La Ronge': [55.1, -105.28], Creighton: [54.76, -101.88], Manitoba: [55.0, -97.0], 'Flin Flon': [54.77, -101.88], 'Prince Albert': [53.2, -105.75], Saskatoon: [52.13, -106.67] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GISBORNE (RNZ) - State Highway 2 between Gisborne and Wairoa was closed again on Tuesday after slips near Tolaga Bay and Tiniroto, cutting off dozens of farms. Hawke's Bay Civil Defence said supplies would be flown from Napier.",
		gold: { GISBORNE: [-38.66, 178.02], Gisborne: [-38.66, 178.02], Wairoa: [-39.04, 177.42], 'Tolaga Bay': [-38.37, 178.3], Tiniroto: [-38.77, 177.57], "Hawke's Bay": [-39.6, 176.6], Napier: [-39.49, 176.91] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BROKEN HILL (AAP) - Broken Hill's 17,000 residents face another week on generators after storms toppled transmission towers on the line from Buronga, the network operator said on Thursday. Menindee and Wilcannia, on the Darling River, have been without mains power since Saturday, and diesel is being trucked from Adelaide along the Barrier Highway. The New South Wales government said a backup gas plant in the city would run at full load, and South Australia offered to lend generators from Port Pirie. \"People here are used to being forgotten by Sydney,\" said Kate Darling, who runs a motel on Argent Street. Mildura, across the border in Victoria, has taken in patients from the city's hospital.",
		gold: { 'BROKEN HILL': [-31.95, 141.47], 'Broken Hill': [-31.95, 141.47], Buronga: [-34.17, 142.18], Menindee: [-32.39, 142.42], Wilcannia: [-31.56, 143.38], 'Darling River': [-32.4, 142.4], Adelaide: [-34.93, 138.6], 'Barrier Highway': [-32.5, 140.5], 'New South Wales': [-32.0, 147.0], 'South Australia': [-30.0, 135.5], 'Port Pirie': [-33.19, 138.02], Sydney: [-33.87, 151.21], Mildura: [-34.19, 142.16], Victoria: [-37.0, 144.5] },
		notPlaces: ['Kate Darling', 'Darling', 'Argent Street']
	},
	{
		genre: 'international',
		text: "LATIN AMERICA IN BRIEF. Paraguay: The river fell to a record low at Asunción, stranding barges bound for Concepción. Ecuador: Power cuts of up to 14 hours a day hit Guayaquil and Cuenca as the reservoir behind the Paute dams ran dry. Uruguay: Montevideo began mixing brackish water from the Río de la Plata into its supply. Venezuela: Blackouts returned to Maracaibo and the rest of Zulia.",
		gold: { Paraguay: [-23.4, -58.4], 'Asunción': [-25.26, -57.58], 'Concepción': [-23.41, -57.43], Ecuador: [-1.8, -78.2], Guayaquil: [-2.19, -79.89], Cuenca: [-2.9, -79.0], Paute: [-2.78, -78.76], Uruguay: [-32.5, -55.8], Montevideo: [-34.9, -56.19], 'Río de la Plata': [-35.0, -57.0], Venezuela: [7.0, -66.0], Maracaibo: [10.65, -71.64], Zulia: [10.0, -72.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Meningitis - Niger. On 14 March, the Ministry of Public Health of Niger notified WHO of 1,214 suspected cases of meningitis, including 82 deaths, in Zinder region since 1 January. Most cases were reported from Mirriah, Magaria and Matameye districts, and Neisseria meningitidis serogroup C was confirmed by the national reference laboratory in Niamey. Districts of Kano State in Nigeria, across the border from Magaria, have also reported cases. A reactive vaccination campaign with the pentavalent conjugate vaccine began in Mirriah on 10 March.",
		gold: { Niger: [17.6, 8.1], Zinder: [15.0, 10.0], 'Zinder region': [15.0, 10.0], Mirriah: [13.71, 9.15], Magaria: [12.99, 8.91], Matameye: [13.42, 8.48], Niamey: [13.51, 2.11], 'Kano State': [11.75, 8.5], Nigeria: [9.1, 8.7] },
		notPlaces: ['Neisseria']
	},
	{
		genre: 'international',
		text: "ULAANBAATAR (Reuters) - A winter disaster known as a dzud has killed 5 million sheep, goats and cattle in Uvs, Zavkhan and Khovsgol, Mongolia's emergency agency said on Monday. Herders who lost their flocks are moving to Darkhan and the capital.",
		gold: { ULAANBAATAR: [47.92, 106.92], Uvs: [49.6, 93.3], Zavkhan: [48.2, 96.0], Khovsgol: [50.0, 100.0], Mongolia: [46.9, 103.8], Darkhan: [49.47, 105.96] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MUSCAT (Reuters) - Cyclone Sagar made landfall near Duqm on Oman's Arabian Sea coast on Wednesday, flooding the port's dry dock and cutting the coastal road to Salalah, the civil aviation authority said. Masirah island was cut off, and schools were closed in Al Wusta and Dhofar governorates. Oil loading at the Ras Markaz terminal continued. In Yemen's Mahra province, a dozen fishermen from Al Ghaydah were missing. Muscat airport diverted two flights from Kuwait and Bahrain to Sohar. Forecasters said the storm would weaken over the Rub' al Khali by Friday. Sagar is the fourth cyclone to reach Oman in five years; Gonu in 2007 killed 49 people in Muscat and Sur.",
		gold: { MUSCAT: [23.59, 58.41], Duqm: [19.65, 57.7], Oman: [21.0, 57.0], 'Arabian Sea': [15.0, 65.0], Salalah: [17.02, 54.09], Masirah: [20.45, 58.75], 'Al Wusta': [19.5, 56.5], Dhofar: [17.5, 54.0], 'Ras Markaz': [19.37, 57.73], Yemen: [15.5, 47.5], Mahra: [16.5, 51.5], 'Al Ghaydah': [16.2, 52.18], Muscat: [23.59, 58.41], Kuwait: [29.3, 47.6], Bahrain: [26.07, 50.55], Sohar: [24.35, 56.71], "Rub' al Khali": [20.0, 50.0], Sur: [22.57, 59.53] },
		notPlaces: ['Sagar', 'Gonu']
	},
	{
		genre: 'international',
		text: "YANGON, Oct 3 (Reuters) - Floods in Mon and Kayin states have driven 20,000 people from their homes in Mawlamyine, Thaton and Hpa-an, state media said on Thursday. Trains between Yangon and Mandalay stopped at Bago, where the river rose past its danger mark.",
		gold: { YANGON: [16.87, 96.2], Mon: [16.3, 97.7], Kayin: [17.0, 97.8], Mawlamyine: [16.49, 97.63], Thaton: [16.92, 97.37], 'Hpa-an': [16.89, 97.63], Yangon: [16.87, 96.2], Mandalay: [21.98, 96.08], Bago: [17.34, 96.48] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Anthrax - Kyrgyzstan, Kazakhstan. Kyrgyzstan's health ministry confirmed 11 cases of cutaneous anthrax in Osh region, in villages of Nookat and Kara-Suu districts, after residents slaughtered a sick cow for a wedding feast. Two patients were treated in Jalal-Abad. Across the border, Kazakhstan reported four cases in Turkestan region, near Sayram, and vaccinated cattle around Shymkent. -- ProMED moderator note: Livestock in the Fergana valley are often unvaccinated.",
		gold: { Kyrgyzstan: [41.2, 74.8], Kazakhstan: [48.0, 67.0], Osh: [40.0, 73.0], 'Osh region': [40.0, 73.0], Nookat: [40.27, 72.62], 'Kara-Suu': [40.7, 72.87], 'Jalal-Abad': [40.93, 73.0], Turkestan: [43.0, 68.5], 'Turkestan region': [43.0, 68.5], Sayram: [42.3, 69.77], Shymkent: [42.32, 69.6], Fergana: [40.7, 71.8], 'Fergana valley': [40.7, 71.8] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S38_B: GenreText[] = [
	{
		genre: 'international',
		text: "BRAZZAVILLE, Congo (AFP) - The government and former Ninja rebels signed a deal on Friday to disarm fighters in the Pool region, where fighting in 2016 and 2017 drove 80,000 people from their homes around Kinkala and Mindouli. The railway from Brazzaville to Pointe-Noire, which crosses the Pool, reopened last year.",
		gold: { BRAZZAVILLE: [-4.26, 15.28], Congo: [-0.7, 15.2], Pool: [-3.8, 14.8], 'Pool region': [-3.8, 14.8], Kinkala: [-4.36, 14.76], Mindouli: [-4.28, 14.35], Brazzaville: [-4.26, 15.28], 'Pointe-Noire': [-4.78, 11.86] },
		notPlaces: ['Ninja']
	},
	{
		genre: 'international',
		text: "DAKAR (Reuters) - Fishermen in Mbour and Joal say foreign trawlers have emptied the sea, and many of their sons have left in wooden pirogues for the Canary Islands, 1,500 km to the north. Coast guards intercepted three boats off Saint-Louis this month, and a pirogue that left from Nouadhibou in Mauritania with 150 people on board was found drifting off El Hierro with 38 survivors. The Gambia, whose capital Banjul has seen the same exodus, asked Spain for patrol boats. Senegal's new government has promised to audit fishing licences held by Chinese and European firms. \"The fish went to the factories in Kayar and the young men went to Tenerife,\" said Moussa Kaolack, a boat owner in Joal. The navy said another boat had been stopped off Ziguinchor, in the Casamance.",
		gold: { DAKAR: [14.69, -17.44], Mbour: [14.42, -16.96], Joal: [14.17, -16.83], 'Canary Islands': [28.3, -15.6], 'Saint-Louis': [16.03, -16.5], Nouadhibou: [20.94, -17.04], Mauritania: [20.3, -10.3], 'El Hierro': [27.75, -18.0], Gambia: [13.45, -15.4], Banjul: [13.45, -16.58], Spain: [40.0, -3.7], Senegal: [14.5, -14.45], Kayar: [14.92, -17.12], Tenerife: [28.29, -16.63], Ziguinchor: [12.56, -16.27], Casamance: [12.8, -15.5] },
		notPlaces: ['Moussa Kaolack', 'Kaolack']
	},
	{
		genre: 'health',
		text: "PRO/AH/EDR> Cholera, diarrhea & dysentery update (31): Cameroon (Far North). The regional delegation of public health in Maroua reported 642 cases and 21 deaths since July in the health districts of Mokolo, Mora and Kousseri. Kousseri lies across the Logone from N'Djamena, and cases have been reported in the Chadian capital. The Minawao camp, home to 70,000 refugees from Nigeria's Borno state, has a cholera treatment centre. Floods around Lake Chad have spread the disease among fishing communities.",
		gold: { Cameroon: [5.7, 12.5], 'Far North': [10.6, 14.4], Maroua: [10.59, 14.32], Mokolo: [10.74, 13.8], Mora: [11.05, 14.14], Kousseri: [12.08, 15.03], Logone: [12.0, 15.0], "N'Djamena": [12.11, 15.04], Minawao: [10.56, 13.86], Nigeria: [9.1, 8.7], Borno: [11.5, 13.0], 'Borno state': [11.5, 13.0], 'Lake Chad': [13.0, 14.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KERMAN, Iran (AP) — A magnitude 5.6 earthquake struck near Bam on Saturday, cracking mud-brick houses in Rayen and Jiroft and killing four people, the Red Crescent said. Bam's citadel, rebuilt after the 2003 quake, was not damaged.",
		gold: { KERMAN: [30.28, 57.08], Iran: [32.4, 53.7], Bam: [29.1, 58.36], Rayen: [29.6, 57.44], Jiroft: [28.68, 57.74] },
		notPlaces: ['Red Crescent']
	},
	{
		genre: 'international',
		text: "EUROPE IN BRIEF. TALLINN: Estonia opened the first stretch of its new railway south to Pärnu. RIGA: Latvia's port of Liepāja said grain traffic had doubled since spring. LJUBLJANA: The Savinja burst its banks, closing roads around Celje. DEBRECEN: BMW began making electric cars at its new plant in the Hungarian city.",
		gold: { TALLINN: [59.44, 24.75], Estonia: [58.6, 25.0], 'Pärnu': [58.39, 24.5], RIGA: [56.95, 24.11], Latvia: [56.9, 24.6], 'Liepāja': [56.51, 21.01], LJUBLJANA: [46.06, 14.51], Savinja: [46.25, 15.1], Celje: [46.24, 15.27], DEBRECEN: [47.53, 21.63] },
		notPlaces: ['BMW']
	},
	{
		genre: 'international',
		text: "BANGUI, Central African Republic (Reuters) - Fighters of the Azande Ani Kpi Gbe militia have besieged Zemio for a month, and 12,000 residents have crossed the Mbomou river into the Democratic Republic of the Congo, UN agencies said on Tuesday. The prefecture of Haut-Mbomou, whose capital Obo lies 1,200 km by dirt road from Bangui, has been cut off since the rains. Russian-trained troops based at Mboki have not left their base, and peacekeepers from Morocco and Bangladesh hold the airstrip at Obo. Aid flights land at Bangassou and Bria when the runways are dry. In South Sudan, across the border from Obo, Western Equatoria's authorities at Yambio said 3,000 refugees had arrived at Source Yubu. \"Zemio is empty except for soldiers,\" said a nun at the mission in Rafaï.",
		gold: { BANGUI: [4.36, 18.56], 'Central African Republic': [6.6, 20.9], Zemio: [5.03, 25.13], Mbomou: [4.9, 24.0], 'Democratic Republic of the Congo': [-2.9, 23.6], 'Haut-Mbomou': [5.5, 26.0], Obo: [5.4, 26.49], Bangui: [4.36, 18.56], Mboki: [5.32, 25.95], Morocco: [31.8, -7.1], Bangladesh: [23.7, 90.35], Bangassou: [4.74, 22.82], Bria: [6.54, 21.99], 'South Sudan': [7.0, 30.0], 'Western Equatoria': [5.3, 28.4], Yambio: [4.57, 28.4], 'Source Yubu': [5.5, 27.5], 'Rafaï': [4.96, 23.93] },
		notPlaces: ['Azande Ani Kpi Gbe']
	},
	{
		genre: 'international',
		text: "ASHGABAT (Reuters) - Turkmenistan will fill in the burning gas crater at Darvaza, in the Karakum desert, and drill the field around it instead, the president said on Thursday. The new gas will go by pipeline to Mary and on through Lebap to China.",
		gold: { ASHGABAT: [37.95, 58.38], Turkmenistan: [39.0, 59.5], Darvaza: [40.25, 58.44], Karakum: [39.5, 60.0], 'Karakum desert': [39.5, 60.0], Mary: [37.6, 61.83], Lebap: [39.0, 63.0], China: [35.0, 103.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Objectives: To estimate the seroprevalence of Trypanosoma cruzi infection among pregnant women in the Chaco of Paraguay and Bolivia. Design: Cross-sectional survey. Setting: Antenatal clinics in Filadelfia, Loma Plata and Mariscal Estigarribia (Boquerón department, Paraguay) and in Villamontes and Camiri (Bolivia). Results: Seroprevalence was 9.8% in Boquerón and 17.2% in the Bolivian sites, against 2.1% in women attending the reference clinic in Asunción. Conclusions: Screening at first antenatal visit should be extended to Alto Paraguay.",
		gold: { Chaco: [-22.0, -61.0], Paraguay: [-23.4, -58.4], Bolivia: [-16.3, -63.6], Filadelfia: [-22.35, -60.03], 'Loma Plata': [-22.38, -59.84], 'Mariscal Estigarribia': [-22.03, -60.62], 'Boquerón': [-21.5, -60.5], Villamontes: [-21.26, -63.47], Camiri: [-20.05, -63.52], 'Asunción': [-25.26, -57.58], 'Alto Paraguay': [-20.5, -59.5] },
		notPlaces: ['Trypanosoma cruzi']
	},
	{
		genre: 'international',
		text: "FREDERICTON (CP) — The Saint John River crested at 8.3 metres on Sunday, flooding homes in Maugerville and Oromocto and closing the Trans-Canada between Grand Lake and Jemseg, New Brunswick's emergency office said.",
		gold: { FREDERICTON: [45.96, -66.64], 'Saint John River': [45.9, -66.5], Maugerville: [45.87, -66.45], Oromocto: [45.85, -66.48], 'Grand Lake': [45.93, -66.1], Jemseg: [45.83, -66.12], 'New Brunswick': [46.5, -66.2] },
		notPlaces: ['Trans-Canada']
	},
	{
		genre: 'international',
		text: "LONGREACH, Qld (AAP) - Floodwater from the Thomson River has cut off cattle stations around Jundah and Windorah, and the Diamantina is rising at Birdsville, Queensland's disaster authorities said. Graziers expect the water to reach Lake Eyre by April.",
		gold: { LONGREACH: [-23.44, 144.25], Qld: [-22.0, 144.0], 'Thomson River': [-24.5, 143.3], Jundah: [-24.83, 143.06], Windorah: [-25.42, 142.65], Diamantina: [-24.5, 141.5], Birdsville: [-25.9, 139.35], Queensland: [-22.0, 144.0], 'Lake Eyre': [-28.4, 137.3] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SEOUL (AP) — North Korea blew up the stretches of road and rail that once linked it to the South near Kaesong on Tuesday, South Korea's military said, days after accusing Seoul of flying drones over Pyongyang. Soldiers in Paju and Yeoncheon fired warning shots across the border. The truce village of Panmunjom was closed to tours. In the north-west, floods on the Yalu have swamped parts of Sinuiju, and China's border city of Dandong said it had taken in no refugees. Farmers in Gangwon province said loudspeaker broadcasts had resumed. \"We hear the explosions in Munsan every night,\" said Kim Jin-ju, who farms near the Imjin river.",
		gold: { SEOUL: [37.57, 126.98], 'North Korea': [40.3, 127.5], Kaesong: [37.97, 126.55], 'South Korea': [36.5, 127.8], Seoul: [37.57, 126.98], Pyongyang: [39.03, 125.75], Paju: [37.76, 126.78], Yeoncheon: [38.1, 127.07], Panmunjom: [37.96, 126.68], Yalu: [40.1, 124.4], Sinuiju: [40.1, 124.4], China: [35.0, 103.0], Dandong: [40.12, 124.38], Gangwon: [37.8, 128.2], 'Gangwon province': [37.8, 128.2], Munsan: [37.86, 126.79], Imjin: [37.9, 126.8] },
		notPlaces: ['Kim Jin-ju']
	},
	{
		genre: 'health',
		text: "Lassa fever - Sierra Leone. Between 1 January and 30 June, the Ministry of Health reported 41 confirmed cases and 17 deaths, from Kenema, Kailahun and Tonkolili districts. The Lassa ward at Kenema Government Hospital has admitted patients from Guinea's Guéckédou and Macenta prefectures and from Lofa County in Liberia. Two health workers in Freetown were infected while caring for a patient transferred from Kailahun.",
		gold: { 'Sierra Leone': [8.5, -11.8], Kenema: [7.88, -11.19], Kailahun: [8.28, -10.57], Tonkolili: [8.75, -11.8], Guinea: [10.4, -10.9], 'Guéckédou': [8.56, -10.13], Macenta: [8.54, -9.47], Lofa: [7.9, -9.9], 'Lofa County': [7.9, -9.9], Liberia: [6.4, -9.4], Freetown: [8.48, -13.23] },
		notPlaces: ['Lassa']
	},
	{
		genre: 'international',
		text: "AFRICA IN BRIEF. BAMAKO: Fuel tankers reached Kayes and Nioro du Sahel under army escort after a two-month blockade of the roads from Senegal. LIBREVILLE: Oil workers at Port-Gentil ended a ten-day strike. YAOUNDÉ: Cameroon's president returned from Geneva after six weeks abroad. MALABO: Equatorial Guinea moved its ministries to Ciudad de la Paz, the new capital on the mainland.",
		gold: { BAMAKO: [12.64, -8.0], Kayes: [14.45, -11.44], 'Nioro du Sahel': [15.23, -9.59], Senegal: [14.5, -14.45], LIBREVILLE: [0.39, 9.45], 'Port-Gentil': [-0.72, 8.78], 'YAOUNDÉ': [3.87, 11.52], Cameroon: [5.7, 12.5], Geneva: [46.2, 6.14], MALABO: [3.75, 8.78], 'Equatorial Guinea': [1.6, 10.3], 'Ciudad de la Paz': [1.59, 10.82] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ARANYAPRATHET, Thailand (Reuters) - Thailand closed its main border crossing with Cambodia on Sunday, stranding hundreds of lorries between Aranyaprathet and the casino town of Poipet, after soldiers exchanged fire near the disputed temple of Preah Vihear. Sa Kaeo province ordered schools within 10 km of the border shut, and Cambodia's Banteay Meanchey province said traders from Battambang had lost a week's trade. In Si Sa Ket, 20,000 villagers were moved to shelters, and the airport at Ubon Ratchathani was turned over to the air force. \"Bangkok decides and we pay,\" said Somchai Surin, who sells fruit at the Rong Kluea market. Phnom Penh said it would take the dispute to the International Court of Justice in The Hague.",
		gold: { ARANYAPRATHET: [13.69, 102.5], Thailand: [15.5, 101.0], Cambodia: [12.6, 104.9], Aranyaprathet: [13.69, 102.5], Poipet: [13.66, 102.56], 'Preah Vihear': [14.39, 104.68], 'Sa Kaeo': [13.82, 102.07], 'Banteay Meanchey': [13.75, 103.0], Battambang: [13.1, 103.2], 'Si Sa Ket': [15.12, 104.33], 'Ubon Ratchathani': [15.24, 104.85], Bangkok: [13.75, 100.5], 'Phnom Penh': [11.56, 104.92], 'The Hague': [52.08, 4.3] },
		notPlaces: ['Somchai Surin', 'Surin', 'Rong Kluea', 'International Court of Justice']
	},
	{
		genre: 'international',
		text: "QUITO (Reuters) - A landslide buried 30 homes in Alausí on Monday night, and the Pan-American highway was closed between Riobamba and Cuenca, Ecuador's risk management office said. Rescuers from Chimborazo province and Guayaquil were searching for 16 missing.",
		gold: { QUITO: [-0.18, -78.47], 'Alausí': [-2.2, -78.85], Riobamba: [-1.67, -78.65], Cuenca: [-2.9, -79.0], Ecuador: [-1.8, -78.2], Chimborazo: [-1.9, -78.7], Guayaquil: [-2.19, -79.89] },
		notPlaces: ['Pan-American', 'American']
	},
	{
		genre: 'health',
		text: "Dengue - Central America. Guatemala's health ministry declared an alert in Escuintla, Zacapa and Petén after 40,000 cases. Honduras has reported 80 deaths, most in San Pedro Sula and Choloma. In El Salvador, hospitals in San Miguel were full, and Nicaragua reported cases in León and Chinandega.",
		gold: { 'Central America': [12.8, -85.0], Guatemala: [15.5, -90.25], Escuintla: [14.3, -90.78], Zacapa: [14.97, -89.53], 'Petén': [16.9, -89.9], Honduras: [15.0, -86.5], 'San Pedro Sula': [15.5, -88.03], Choloma: [15.61, -87.95], 'El Salvador': [13.8, -88.9], 'San Miguel': [13.48, -88.18], Nicaragua: [12.9, -85.2], 'León': [12.43, -86.88], Chinandega: [12.63, -87.13] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JOENSUU, Finland (Reuters) - Finland will keep its border with Russia closed for another year, the government said on Thursday, as shops in Lappeenranta and Imatra that once lived off Russian day-trippers closed. The crossings at Niirala, near Tohmajärvi, and at Vaalimaa on the road to Vyborg have been shut since 2023.",
		gold: { JOENSUU: [62.6, 29.76], Finland: [64.0, 26.0], Russia: [61.5, 105.3], Lappeenranta: [61.06, 28.19], Imatra: [61.19, 28.77], Niirala: [62.09, 30.15], 'Tohmajärvi': [62.23, 30.33], Vaalimaa: [60.57, 27.82], Vyborg: [60.71, 28.75] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ST. JOHN'S, N.L. (CP) — A wildfire that began near Kingston on Thursday has burned 5,000 hectares of forest and forced the evacuation of homes from Salmon Cove to Adam's Cove on Conception Bay's north shore, Newfoundland and Labrador's premier said. A second fire near Paddy's Pond closed the Trans-Canada Highway west of St. John's. Water bombers from Gander and from Quebec were fighting both fires, and the town of Holyrood opened its arena to evacuees. Carbonear and Harbour Grace were told to be ready to leave. \"Kingston was the last place you'd expect it,\" said Victoria resident Mark Bristol, whose brother's cabin burned. Firefighters from Nova Scotia arrived by ferry at Argentia.",
		gold: { "ST. JOHN'S": [47.56, -52.71], 'N.L.': [49.0, -56.0], Kingston: [47.91, -53.17], 'Salmon Cove': [47.78, -53.17], "Adam's Cove": [47.93, -53.06], 'Conception Bay': [47.6, -53.1], 'Newfoundland and Labrador': [49.0, -56.0], "Paddy's Pond": [47.47, -52.9], "St. John's": [47.56, -52.71], Gander: [48.95, -54.61], Quebec: [52.0, -72.0], Holyrood: [47.39, -53.13], Carbonear: [47.73, -53.22], 'Harbour Grace': [47.7, -53.22], Victoria: [47.77, -53.23], 'Nova Scotia': [45.0, -63.0], Argentia: [47.3, -53.99] },
		notPlaces: ['Mark Bristol', 'Bristol', 'Trans-Canada Highway']
	},
	{
		genre: 'international',
		text: "ZLÍN, Czech Republic (Reuters) - A fire at a tyre plant in Otrokovice sent a plume of black smoke over Zlín and Kroměříž on Tuesday, and residents as far as Uherské Hradiště were told to keep their windows shut. The environment ministry in Prague said the Morava had not been polluted.",
		gold: { 'ZLÍN': [49.23, 17.67], 'Czech Republic': [49.8, 15.5], Otrokovice: [49.21, 17.53], 'Zlín': [49.23, 17.67], 'Kroměříž': [49.3, 17.39], 'Uherské Hradiště': [49.07, 17.46], Prague: [50.08, 14.44], Morava: [49.1, 17.4] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Cholera - Angola. Since 7 January, Angola has reported 8,543 cases and 315 deaths in 16 of its 21 provinces. The outbreak began in Cacuaco, a municipality of Luanda province, and spread to Bengo and Icolo e Bengo, then along the roads to Cuanza Norte, Malanje and Benguela. Huambo reported its first cases in March. Neighbouring Namibia and Zambia have stepped up screening at their crossings at Oshikango and on the Zambezi. WHO has delivered oral cholera vaccine to Luanda and Benguela, and the Ministry of Health has opened treatment centres in Cazenga and Viana.",
		gold: { Angola: [-11.2, 17.9], Cacuaco: [-8.78, 13.37], Luanda: [-8.84, 13.23], 'Luanda province': [-9.0, 13.4], Bengo: [-8.5, 14.0], 'Icolo e Bengo': [-9.1, 13.7], 'Cuanza Norte': [-9.0, 14.8], Malanje: [-9.54, 16.34], Benguela: [-12.58, 13.41], Huambo: [-12.78, 15.74], Namibia: [-22.0, 17.0], Zambia: [-13.1, 27.8], Oshikango: [-17.4, 15.89], Zambezi: [-13.0, 23.0], Cazenga: [-8.82, 13.29], Viana: [-8.9, 13.37] },
		notPlaces: []
	}
];

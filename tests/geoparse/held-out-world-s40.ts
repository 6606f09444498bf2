// International and health news written for session 40 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s40` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written where a count of the countries in the gold of
// the earlier world batches (s33-s39) and the health-world batch is thinnest (none or one text: Iceland, Malta,
// Luxembourg, Slovakia, Norway, Belize, Suriname, Jamaica, Cabo Verde, São Tomé, Comoros, Seychelles, Equatorial
// Guinea, Timor-Leste, Bhutan; two or three: Albania, Croatia, Greece, Portugal, Finland, the Baltics, Cyprus,
// Tunisia and Libya, Zimbabwe, Eritrea, Madagascar) and in the countries the task names (Niger, Chad, Cameroon's Far
// North, Mozambique's Cabo Delgado, Afghanistan and Iran's border provinces, the Caucasus, Bolivia, Paraguay,
// Ecuador, Myanmar's Rakhine, Cambodia, Canada's provinces, Tasmania, the Pilbara, Southland). Most are in SHAPES
// no earlier world batch has: earthquake notices ("M 5.4 - 11 km NE of X"), a volcano notice, cyclone bulletins
// with alert regions, situation reports and flash updates, conflict event logs by date, a travel advisory by
// province, election results by department and county, a locust bulletin, port and shipping news, a polio
// roundup across five countries, cholera and dengue updates by district with counts, refugee returns at border
// crossings, company results with plants abroad; the rest are briefs, roundups by country heading, ProMED posts and
// abstracts. Written hard: towns named like bigger places (Toledo, Punta Gorda and Santa Elena in Belize, Trinidad
// in Bolivia, Victoria in the Seychelles, Santiago and São Vicente in Cabo Verde, Queenstown and Latrobe in
// Tasmania, Dayton in Tennessee, Sussex, Truro and Shelburne in Canada, Alexandria in Romania, Gore, Winton and
// Bluff in New Zealand, Exmouth, San Lorenzo, Cuenca, Sofia in Madagascar, Pemba, Most, Same, Van, Split-Dalmatia),
// people named like places (Ana Bragança, Marcelo Mendoza, Farah Rahimi, Nurlan Talas, Jack Milton), ships and
// firms (MSC Limassol, Nordic Hamburg, Nokian Tyres in Nokia), a storm's name and a virus named for a place.
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Borno State", "Toledo district") is graded too, and rivers and seas are left ungraded.
// Half A is for tuning; half B stays held out.
// Before any change (main 67cbab9): A 211/213 within 161 km (international 126/128, health 85/85), 1 name of no
// place mapped, 32 gold names not mapped; B 184/190 (international 109/115, health 75/75), 2 names of no place
// mapped, 35 not mapped. A's wrong: the Malta Freeport as the Bahamas' Freeport, San Lorenzo in an Ecuador advisory
// as the Paraguayan city; the tanker Nordic Hamburg as Hamburg; not mapped though the gazetteer has them: Most,
// Mahé, Santiago (Cabo Verde's island), Bluff. B's (not tuned on): SAVA (a Malagasy region) as Sāveh in Iran, Sofia
// (the Malagasy region) as Bulgaria's capital, Årdal as an Iranian town, Sussex (New Brunswick) as the English
// county; the rapporteur Nurlan Talas as the Kyrgyz town, "West Nile" as the Nile.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S40_A: GenreText[] = [
	{
		genre: 'international',
		text: "M 5.4 - 11 km NE of Berat, Albania. 2026-03-14 04:12:33 (UTC). 40.771°N 20.048°E, depth 10.0 km. Shaking was felt strongly in Kuçovë and Ura Vajgurore and lightly in Tirana, Elbasan and Fier; residents of Ohrid, in North Macedonia, also reported it. Albania's civil emergency agency said two old stone houses collapsed in villages of Skrapar but nobody was hurt.",
		gold: { Berat: [40.7, 19.95], Albania: [41.0, 20.0], 'Kuçovë': [40.8, 19.91], 'Ura Vajgurore': [40.77, 19.88], Tirana: [41.33, 19.82], Elbasan: [41.11, 20.08], Fier: [40.72, 19.56], Ohrid: [41.12, 20.8], 'North Macedonia': [41.6, 21.7], Skrapar: [40.55, 20.27] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Zimbabwe cholera situation report No. 37, week 9. Cumulative: 4,112 suspected cases and 96 deaths in 41 districts since the start of the outbreak. New cases this week: Buhera 64, Chipinge 31 and Mutare 12 in Manicaland; Chegutu 19 and Kadoma 8 in Mashonaland West; Harare 22 (Kuwadzana 14, Budiriro 8); Beitbridge 5. The treatment centre in Chitungwiza was closed as admissions fell. Eleven cases were linked to a funeral in Gokwe, where mourners drew water from an unprotected well.",
		gold: { Zimbabwe: [-19.0, 29.8], Buhera: [-19.33, 31.44], Chipinge: [-20.19, 32.62], Mutare: [-18.97, 32.67], Manicaland: [-18.9, 32.3], Chegutu: [-18.13, 30.14], Kadoma: [-18.33, 29.91], 'Mashonaland West': [-17.5, 29.5], Harare: [-17.83, 31.05], Kuwadzana: [-17.83, 30.93], Budiriro: [-17.89, 30.93], Beitbridge: [-22.22, 30.0], Chitungwiza: [-18.01, 31.08], Gokwe: [-18.21, 28.93] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CAMEROON: Far North Region. Situation Report No. 12. Highlights: More than 9,000 people were newly displaced in Mayo-Tsanaga and Logone-et-Chari departments after attacks on villages near Mokolo and Kolofata. Minawao camp, which hosts some 78,000 Nigerian refugees, received 1,400 new arrivals from Gwoza and Pulka in Borno State. In Kousséri, floods along the Logone destroyed 600 shelters; partners in Maroua pre-positioned kits. Access on the road between Mora and Waza remains restricted to escorted convoys.",
		gold: { CAMEROON: [5.7, 12.5], 'Far North Region': [10.9, 14.3], 'Mayo-Tsanaga': [10.8, 13.8], 'Logone-et-Chari': [11.8, 14.7], Mokolo: [10.74, 13.8], Kolofata: [11.17, 14.01], Minawao: [10.55, 13.85], Gwoza: [11.08, 13.69], Pulka: [11.27, 13.8], Borno: [11.8, 13.2], 'Borno State': [11.8, 13.2], 'Kousséri': [12.08, 15.03], Maroua: [10.59, 14.32], Mora: [11.05, 14.14], Waza: [11.4, 14.57] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MARSAXLOKK, Malta (Lloyd's List) - The container ship MSC Limassol was detained at the Freeport in Birżebbuġa on Tuesday after inspectors found cracks in its hull, Transport Malta said. The ship had loaded at Piraeus and was bound for Tanger Med. Separately, the tanker Nordic Hamburg, sailing from Novorossiysk, anchored off Larnaca after a fire in its engine room; two crew were taken to hospital in Limassol. Cyprus's ports authority said the Vasiliko terminal was unaffected.",
		gold: { MARSAXLOKK: [35.84, 14.54], Malta: [35.9, 14.4], 'Birżebbuġa': [35.83, 14.53], Freeport: [35.82, 14.53], Piraeus: [37.94, 23.65], 'Tanger Med': [35.89, -5.5], Novorossiysk: [44.72, 37.77], Larnaca: [34.92, 33.63], Limassol: [34.68, 33.04], Cyprus: [35.0, 33.0], Vasiliko: [34.72, 33.32] },
		notPlaces: ['Hamburg', 'Nordic Hamburg']
	},
	{
		genre: 'health',
		text: "PRO/EDR> Legionellosis - Portugal: (Trás-os-Montes) hotel cluster. The Northern regional health administration has confirmed 23 cases of Legionnaires' disease in Mirandela and Macedo de Cavaleiros since 2 May; the cooling tower of a hotel in Mirandela is the suspected source. Two patients were moved to the hospital in Vila Real and one to Porto. A second, smaller cluster in Chaves is being investigated. -- Communicated by: ProMED Rapporteur Ana Bragança",
		gold: { Portugal: [39.5, -8.0], 'Trás-os-Montes': [41.5, -7.2], Mirandela: [41.49, -7.18], 'Macedo de Cavaleiros': [41.54, -6.96], 'Vila Real': [41.3, -7.75], Porto: [41.15, -8.61], Chaves: [41.74, -7.47] },
		notPlaces: ['Ana Bragança', 'Bragança']
	},
	{
		genre: 'international',
		text: "LA PAZ (AP) - With 98 percent of tally sheets counted, results by department showed the country split in two. Marcelo Mendoza led in La Paz with 61 percent and carried Oruro and Potosí, while his rival won Santa Cruz, Beni, Pando and Tarija. In Cochabamba, the coca-growing towns of the Chapare voted for Mendoza by five to one. Riots broke out in Trinidad, the Beni capital, after a count was halted, and turnout was lowest in Cobija.",
		gold: { 'LA PAZ': [-16.5, -68.15], 'La Paz': [-16.5, -68.15], Oruro: [-17.97, -67.11], 'Potosí': [-19.58, -65.75], 'Santa Cruz': [-17.8, -63.18], Beni: [-14.0, -65.5], Pando: [-11.5, -67.5], Tarija: [-21.53, -64.73], Cochabamba: [-17.39, -66.16], Chapare: [-16.8, -65.5], Trinidad: [-14.83, -64.9], Cobija: [-11.03, -68.77] },
		notPlaces: ['Marcelo Mendoza', 'Mendoza']
	},
	{
		genre: 'health',
		text: "Polio this week, as of 11 March. Chad: two cVDPV2 cases were reported, in Mongo (Guéra province) and Abéché (Ouaddaï), with onset of paralysis in January. Angola: one cVDPV2 case in Lunda Norte province, Cuango district; two environmental samples from Luanda were positive. Ethiopia: one case in Tigray, in Mekelle. Yemen: six cases in Saada and Hajjah governorates. Afghanistan: one WPV1 case in Kandahar province, Spin Boldak district.",
		gold: { Chad: [15.4, 18.7], Mongo: [12.18, 18.69], 'Guéra': [11.9, 18.4], 'Abéché': [13.83, 20.83], 'Ouaddaï': [13.5, 21.0], Angola: [-12.3, 17.5], 'Lunda Norte': [-8.5, 19.5], 'Lunda Norte province': [-8.5, 19.5], Cuango: [-9.14, 18.05], Luanda: [-8.84, 13.23], Ethiopia: [9.1, 40.5], Tigray: [14.0, 38.8], Mekelle: [13.5, 39.47], Yemen: [15.6, 48.0], Saada: [16.94, 43.76], Hajjah: [15.7, 43.6], Afghanistan: [33.9, 67.7], Kandahar: [31.61, 65.7], 'Spin Boldak': [31.0, 66.4] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "HOBART (AAP) - Floodwaters cut off Queenstown on Tasmania's west coast on Sunday, closing the Lyell Highway and the road to Strahan, while Zeehan lost power for a day. On the north-west coast, the Bass Highway was shut between Burnie and Devonport, and residents of Latrobe and Deloraine were told to leave as the Mersey and Meander rivers rose. The State Emergency Service sent crews from Launceston.",
		gold: { HOBART: [-42.88, 147.33], Queenstown: [-42.08, 145.56], Tasmania: [-42.0, 146.6], Strahan: [-42.15, 145.33], Zeehan: [-41.88, 145.34], Burnie: [-41.05, 145.91], Devonport: [-41.18, 146.35], Latrobe: [-41.24, 146.41], Deloraine: [-41.52, 146.66], Launceston: [-41.43, 147.14] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Belize: dengue update, epidemiological week 14. The Ministry of Health and Wellness has reported 1,380 confirmed cases this year, most in Orange Walk and Corozal districts, with clusters in San Ignacio and Santa Elena in Cayo. Toledo district reported 41 cases, twelve of them in Punta Gorda. Belize City has had 210 cases and Belmopan 38. Serotype DENV-3 was detected at the Central Medical Laboratory for the first time since 2019.",
		gold: { Belize: [17.2, -88.7], 'Orange Walk': [18.08, -88.56], Corozal: [18.39, -88.39], 'San Ignacio': [17.16, -89.07], 'Santa Elena': [17.16, -89.06], Cayo: [17.1, -88.95], Toledo: [16.25, -88.95], 'Toledo district': [16.25, -88.95], 'Punta Gorda': [16.1, -88.81], 'Belize City': [17.5, -88.2], Belmopan: [17.25, -88.77] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ISLAM QALA, Afghanistan (AFP) - More than 2,000 Afghans a day are crossing back from Iran at Islam Qala, the main border post west of Herat, as deportations from Mashhad and Torbat-e Jam gather pace, aid workers said. Further south, returnees arrive at the Milak crossing near Zaranj, in Nimruz province, from Zahedan. \"We lived in Iran eleven years,\" said Farah Rahimi, 34, who was heading on to Kabul with four children. The UN refugee agency said its reception centre in Herat was full.",
		gold: { 'ISLAM QALA': [34.66, 61.07], Afghanistan: [33.9, 67.7], Iran: [32.0, 53.0], 'Islam Qala': [34.66, 61.07], Herat: [34.35, 62.2], Mashhad: [36.3, 59.6], 'Torbat-e Jam': [35.24, 60.62], Milak: [31.0, 61.8], Zaranj: [30.96, 61.86], Nimruz: [30.5, 62.0], Zahedan: [29.5, 60.86], Kabul: [34.53, 69.17] },
		notPlaces: ['Farah Rahimi', 'Farah']
	},
	{
		genre: 'health',
		text: "Soil-transmitted helminth infection among schoolchildren in rural Timor-Leste: a cross-sectional survey. Methods: We collected stool samples from 1,134 children at 22 primary schools in Ermera, Aileu and Manufahi municipalities and examined them at the National Health Laboratory in Dili. Results: Prevalence of any helminth was 41%, highest in Letefoho administrative post in Ermera (63%) and lowest in schools near the referral hospital in Same (19%). Conclusion: School deworming should be extended to the highlands.",
		gold: { 'Timor-Leste': [-8.8, 125.7], Ermera: [-8.75, 125.4], Aileu: [-8.73, 125.57], Manufahi: [-9.0, 125.8], Dili: [-8.56, 125.57], Letefoho: [-8.83, 125.27], Same: [-9.0, 125.65] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Security incidents, Tillabéri region, Niger, 3-9 March. On 3 March, in Banibangou (Ouallam department), gunmen on motorbikes attacked the weekly market, killing 11 civilians. On 5 March, near Téra, a military convoy was ambushed; the army reported 6 soldiers dead. On 6 March, between Torodi and Makalondi, a roadside bomb struck a minibus. On 8 March, in Ayorou, herders reported 300 cattle stolen and driven across the border towards Ansongo, in Mali.",
		gold: { 'Tillabéri': [14.21, 1.45], 'Tillabéri region': [14.21, 1.45], Niger: [17.6, 8.1], Banibangou: [15.04, 2.7], Ouallam: [14.32, 2.09], 'Téra': [14.01, 0.75], Torodi: [13.12, 1.8], Makalondi: [12.83, 1.68], Ayorou: [14.73, 0.92], Ansongo: [15.66, 0.5], Mali: [17.6, -4.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "HELSINKI, Feb 6 (Reuters) - Nokian Tyres said on Thursday its fourth-quarter operating profit rose 14 percent as its new plant in Oradea, Romania, reached full output and demand for winter tyres recovered in the Nordic countries. Production at the home factory in Nokia, Finland, was cut by a tenth, while the plant in Dayton, Tennessee, ran at record rates. The company left Russia in 2023, selling its factory in Vsevolozhsk, near St Petersburg, to a local buyer.",
		gold: { HELSINKI: [60.17, 24.94], Oradea: [47.07, 21.93], Romania: [45.9, 24.9], Nokia: [61.48, 23.5], Finland: [64.0, 26.0], Dayton: [35.49, -85.01], Tennessee: [35.8, -86.3], Russia: [61.5, 90.0], Vsevolozhsk: [60.02, 30.64], 'St Petersburg': [59.94, 30.31] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "AFRICA HEALTH IN BRIEF. Cabo Verde: Dengue cases rose to 412, in Praia and São Domingos on Santiago island; Mindelo, on São Vicente, reported its first case since 2020. São Tomé and Príncipe: The health ministry declared the dengue outbreak over in Água Grande and Mé-Zóchi districts. Comoros: Cholera has returned to Anjouan, with 58 cases in Mutsamudu and Domoni; Moroni has had none. Seychelles: Three people on Mahé have died of leptospirosis this year, the hospital in Victoria said.",
		gold: { 'Cabo Verde': [16.0, -24.0], Praia: [14.92, -23.51], 'São Domingos': [15.02, -23.56], Santiago: [15.08, -23.63], Mindelo: [16.89, -24.98], 'São Vicente': [16.84, -24.97], 'São Tomé and Príncipe': [0.25, 6.6], 'Água Grande': [0.33, 6.72], 'Mé-Zóchi': [0.28, 6.63], Comoros: [-11.9, 43.9], Anjouan: [-12.2, 44.4], Mutsamudu: [-12.17, 44.4], Domoni: [-12.26, 44.53], Moroni: [-11.7, 43.26], Seychelles: [-4.68, 55.5], 'Mahé': [-4.68, 55.48], Victoria: [-4.62, 55.45] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Ecuador - Level 3: Reconsider travel due to crime. Do not travel to: Sucumbíos province; the northern part of Esmeraldas province, including San Lorenzo; the south of Guayaquil. Reconsider travel to: Los Ríos province, including Babahoyo and Quevedo; Manabí province, including Manta and Portoviejo; El Oro province, including Machala and Huaquillas. Exercise increased caution in Cuenca and the Galápagos Islands.",
		gold: { Ecuador: [-1.8, -78.2], 'Sucumbíos': [0.1, -76.9], Esmeraldas: [0.6, -79.4], 'San Lorenzo': [1.29, -78.84], Guayaquil: [-2.19, -79.89], 'Los Ríos': [-1.5, -79.5], Babahoyo: [-1.8, -79.53], Quevedo: [-1.03, -79.46], 'Manabí': [-1.0, -80.2], Manta: [-0.95, -80.73], Portoviejo: [-1.05, -80.45], 'El Oro': [-3.5, -79.8], Machala: [-3.26, -79.96], Huaquillas: [-3.48, -80.23], Cuenca: [-2.9, -79.0], 'Galápagos Islands': [-0.7, -90.3] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Measles - Slovakia, Czechia. Slovakia's public health authority reported 57 measles cases in the Košice and Prešov regions since January, mostly among unvaccinated children in settlements near Trebišov, Michalovce and Spišská Nová Ves. In Czechia, the regional hygiene station in Ústí nad Labem confirmed 14 cases in Most and Chomutov, and a primary school in Litvínov was closed for a week.",
		gold: { Slovakia: [48.7, 19.7], 'Košice': [48.72, 21.26], 'Prešov': [49.0, 21.24], 'Trebišov': [48.63, 21.72], Michalovce: [48.75, 21.92], 'Spišská Nová Ves': [48.94, 20.56], Czechia: [49.8, 15.5], 'Ústí nad Labem': [50.66, 14.03], Most: [50.5, 13.64], Chomutov: [50.46, 13.42], 'Litvínov': [50.6, 13.61] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Jamaica: The Ministry of Health and Wellness has recorded 46 suspected leptospirosis cases and nine deaths since the floods, in St Catherine, Clarendon and Westmoreland. Most patients were farmers and were treated in Savanna-la-Mar and May Pen. Health officers in Old Harbour and Spanish Town are distributing boots and gloves, and residents have been told to boil water.",
		gold: { Jamaica: [18.1, -77.3], 'St Catherine': [18.05, -77.05], Clarendon: [18.0, -77.25], Westmoreland: [18.25, -78.15], 'Savanna-la-Mar': [18.22, -78.13], 'May Pen': [17.97, -77.24], 'Old Harbour': [17.94, -77.11], 'Spanish Town': [17.99, -76.96] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "M 5.6 - 18 km SSW of Khoy, Iran. 2026-02-02 21:41 (UTC), depth 12 km. The earthquake in West Azerbaijan province was felt in Urmia, Salmas and Maku, in Nakhchivan, Azerbaijan, and in Van, Turkey. Iranian state television said 40 people were hurt in villages around Khoy and that rescue teams had been sent from Tabriz.",
		gold: { Khoy: [38.55, 44.95], Iran: [32.0, 53.0], 'West Azerbaijan': [37.5, 45.0], Urmia: [37.55, 45.07], Salmas: [38.2, 44.77], Maku: [39.29, 44.52], Nakhchivan: [39.21, 45.41], Azerbaijan: [40.3, 47.7], Van: [38.49, 43.38], Turkey: [39.0, 35.0], Tabriz: [38.08, 46.29] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BALTICS IN BRIEF. Latvia: Border guards near Daugavpils turned back 140 migrants crossing from Belarus in a week; a new fence section near Rēzekne is due in May. Port traffic at Liepāja rose by a fifth. Estonia: Narva's city council voted to move the Soviet-era war memorial; the bridge to Ivangorod stays closed to cars. Tartu and Pärnu will share the cost of a new rail link. Lithuania: German troops arrived at the Šiauliai air base, and the LNG terminal at Klaipėda took its 300th cargo. Visaginas is bidding for a battery plant.",
		gold: { Latvia: [56.9, 24.6], Daugavpils: [55.87, 26.53], Belarus: [53.7, 28.0], 'Rēzekne': [56.51, 27.33], 'Liepāja': [56.51, 21.01], Estonia: [58.6, 25.0], Narva: [59.38, 28.19], Ivangorod: [59.37, 28.21], Tartu: [58.38, 26.72], 'Pärnu': [58.39, 24.5], Lithuania: [55.2, 23.9], 'Šiauliai': [55.93, 23.31], 'Klaipėda': [55.71, 21.13], Visaginas: [55.6, 26.44] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "INVERCARGILL (RNZ) - Snow closed State Highway 94 between Lumsden and Te Anau on Monday, and farmers across Southland were moving ewes to shelter days before lambing. Schools in Gore and Winton shut early. \"It came in faster than forecast,\" said Jack Milton, who farms near Mossburn. The port at Bluff stayed open, but the ferry to Stewart Island was cancelled.",
		gold: { INVERCARGILL: [-46.41, 168.35], Lumsden: [-45.74, 168.44], 'Te Anau': [-45.41, 167.72], Southland: [-45.8, 168.0], Gore: [-46.1, 168.94], Winton: [-46.14, 168.33], Mossburn: [-45.67, 168.24], Bluff: [-46.6, 168.33], 'Stewart Island': [-47.0, 167.9] },
		notPlaces: ['Jack Milton', 'Milton']
	}
];

export const HELD_OUT_WORLD_S40_B: GenreText[] = [
	{
		genre: 'health',
		text: "Suriname: malaria update. The Malaria Programme reported 212 cases since January, 80% of them in Sipaliwini district among gold miners near Benzdorp, on the Lawa river. Cases have also been found in Brokopondo and in Albina, across the Marowijne from Saint-Laurent-du-Maroni in French Guiana, where 19 cases were reported this month. Severe cases are flown to the Academic Hospital in Paramaribo.",
		gold: { Suriname: [4.0, -56.0], Sipaliwini: [3.5, -56.0], 'Sipaliwini district': [3.5, -56.0], Benzdorp: [3.68, -54.08], Brokopondo: [4.77, -55.04], Albina: [5.5, -54.05], 'Saint-Laurent-du-Maroni': [5.5, -54.03], 'French Guiana': [4.0, -53.0], Paramaribo: [5.85, -55.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Tropical cyclone bulletin No. 14, issued by RSMC La Réunion at 0600 UTC. Intense Tropical Cyclone Bheki made landfall at 0300 local time between Antalaha and Sambava, in the SAVA region of Madagascar, with mean winds of 180 km/h. It is expected to weaken as it crosses the island towards Mandritsara and to reach the Mozambique Channel near Mahajanga on Thursday. Red alert: SAVA, Analanjirofo (including Maroantsetra) and Sofia. Yellow alert: Toamasina. Swell warnings are in force for the Comoros and Mayotte.",
		gold: { 'La Réunion': [-21.1, 55.5], Antalaha: [-14.9, 50.28], Sambava: [-14.27, 50.17], SAVA: [-14.5, 49.9], Madagascar: [-19.0, 46.7], Mandritsara: [-15.83, 48.82], 'Mozambique Channel': [-18.0, 41.0], Mahajanga: [-15.72, 46.32], Analanjirofo: [-16.3, 49.5], Maroantsetra: [-15.43, 49.74], Sofia: [-15.5, 48.5], Toamasina: [-18.15, 49.4], Comoros: [-11.9, 43.9], Mayotte: [-12.8, 45.15] },
		notPlaces: ['Bheki']
	},
	{
		genre: 'health',
		text: "Disease Outbreak News: Marburg virus disease - Equatorial Guinea. On 9 February, the Ministry of Health and Social Welfare of Equatorial Guinea notified WHO of nine deaths from a haemorrhagic fever in Kié-Ntem province, in the districts of Ebebiyin and Nsok-Nsomo. Samples sent to the Institut Pasteur in Dakar were positive for Marburg virus. Two further cases were later confirmed in Bata, in Litoral province, and one in Mongomo. Gabon and Cameroon have raised surveillance at the border towns of Oyem and Ambam.",
		gold: { 'Equatorial Guinea': [1.6, 10.5], 'Kié-Ntem': [2.0, 11.2], 'Kié-Ntem province': [2.0, 11.2], Ebebiyin: [2.15, 11.33], 'Nsok-Nsomo': [1.97, 11.17], Dakar: [14.69, -17.44], Bata: [1.86, 9.77], Litoral: [1.6, 9.8], 'Litoral province': [1.6, 9.8], Mongomo: [1.63, 11.32], Gabon: [-0.8, 11.6], Cameroon: [5.7, 12.5], Oyem: [1.6, 11.58], Ambam: [2.38, 11.28] },
		notPlaces: ['Marburg']
	},
	{
		genre: 'international',
		text: "OSLO, Feb 12 (Reuters) - Aluminium maker Nordal ASA reported a 22 percent fall in fourth-quarter earnings, blaming high power prices at its smelters in Sunndalsøra, Årdal and Karmøy. It will close one potline in Årdal and sell its rolling mill in Žiar nad Hronom, Slovakia. The company said a new contract with Landsvirkjun for its plant at Reyðarfjörður, in eastern Iceland, would cut costs from 2027, and that its joint venture at Mesaieed, in Qatar, had a record year.",
		gold: { OSLO: [59.91, 10.75], 'Sunndalsøra': [62.68, 8.55], 'Årdal': [61.24, 7.7], 'Karmøy': [59.28, 5.25], 'Žiar nad Hronom': [48.59, 18.85], Slovakia: [48.7, 19.7], 'Reyðarfjörður': [65.03, -14.22], Iceland: [64.9, -18.6], Mesaieed: [24.99, 51.55], Qatar: [25.3, 51.2] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Scrub typhus in southern Bhutan: a hospital-based study. We reviewed 318 patients with acute fever admitted to Gelephu Central Regional Referral Hospital and Samtse General Hospital between 2021 and 2024. Most lived in Sarpang, Dagana and Tsirang dzongkhags; cases peaked in August and September. Orientia tsutsugamushi was confirmed by PCR at the Royal Centre for Disease Control in Thimphu in 61% of patients tested. Cases in neighbouring Assam, India, followed the same season.",
		gold: { Bhutan: [27.5, 90.4], Gelephu: [26.87, 90.49], Samtse: [26.9, 89.1], Sarpang: [26.86, 90.27], Dagana: [27.07, 89.88], Tsirang: [27.02, 90.12], Thimphu: [27.47, 89.64], Assam: [26.2, 92.9], India: [22.0, 79.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PHNOM PENH (Xinhua) - Floods have hit 40,000 families in Battambang, Pursat and Banteay Meanchey provinces, Cambodia's disaster committee said on Monday. The Poipet border crossing was closed to lorries after water covered the road to Sisophon, and Thai officials in Aranyaprathet opened a second lane for returning migrant workers. In Pailin, landslides blocked the road to Thailand. The Tonle Sap has risen two metres in a week.",
		gold: { 'PHNOM PENH': [11.56, 104.92], Battambang: [13.1, 103.2], Pursat: [12.53, 103.92], 'Banteay Meanchey': [13.75, 103.0], Cambodia: [12.5, 104.9], Poipet: [13.66, 102.56], Sisophon: [13.58, 102.97], Aranyaprathet: [13.69, 102.5], Pailin: [12.85, 102.61], Thailand: [15.0, 101.0], 'Tonle Sap': [12.9, 104.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Conflict monitor: Rakhine State, Myanmar, 1-7 April. 1 April: air strikes on villages near Kyauktaw and Mrauk-U killed at least 14 people. 3 April: fighting on the northern outskirts of Sittwe; the airport was closed. 4 April: the Arakan Army said it had taken a police post in Ann township. 5 April: two navy vessels were reported off Kyaukphyu. 6 April: boats carrying about 200 people from Maungdaw reached Teknaf, in Bangladesh.",
		gold: { Rakhine: [19.5, 94.0], 'Rakhine State': [19.5, 94.0], Myanmar: [21.0, 96.0], Kyauktaw: [20.84, 92.98], 'Mrauk-U': [20.6, 93.19], Sittwe: [20.15, 92.9], Ann: [19.78, 94.04], Kyaukphyu: [19.43, 93.55], Maungdaw: [20.82, 92.37], Teknaf: [20.86, 92.3], Bangladesh: [24.0, 90.0] },
		notPlaces: ['Arakan']
	},
	{
		genre: 'health',
		text: "PRO/AH/EDR> Anthrax, human, livestock - Kyrgyzstan: (Osh, Jalal-Abad). The Ministry of Health reported seven cases of cutaneous anthrax in the villages of Kara-Suu and Nookat districts of Osh region after residents slaughtered a sick cow. A further three cases were confirmed in Bazar-Korgon district of Jalal-Abad region and one in Uzgen. Livestock were vaccinated in all affected villages. -- Communicated by: Nurlan Talas, Bishkek",
		gold: { Kyrgyzstan: [41.2, 74.8], Osh: [40.53, 72.8], 'Osh region': [40.2, 73.0], 'Jalal-Abad': [40.93, 73.0], 'Jalal-Abad region': [41.3, 72.5], 'Kara-Suu': [40.7, 72.87], Nookat: [40.26, 72.62], 'Bazar-Korgon': [41.04, 72.75], Uzgen: [40.77, 73.3], Bishkek: [42.87, 74.59] },
		notPlaces: ['Nurlan Talas', 'Talas']
	},
	{
		genre: 'international',
		text: "CANADA IN BRIEF. New Brunswick: A pulp mill in Miramichi will close in June, putting 230 people out of work; the dairy in Sussex is hiring. Edmundston's hospital will lose its maternity ward. Saskatchewan: A potash mine near Esterhazy flooded on Friday, and the province will decide this spring whether the coal plant at Estevan stays open past 2030. Regina's council froze property taxes. Nova Scotia: A wildfire near Shelburne forced 500 people from their homes; the ferry from Yarmouth to Maine resumes in May. Truro's new hospital opens in the autumn.",
		gold: { CANADA: [56.1, -106.3], 'New Brunswick': [46.5, -66.0], Miramichi: [47.03, -65.5], Sussex: [45.72, -65.51], Edmundston: [47.37, -68.33], Saskatchewan: [54.0, -106.0], Esterhazy: [50.65, -102.08], Estevan: [49.14, -102.99], Regina: [50.45, -104.61], 'Nova Scotia': [45.0, -63.0], Shelburne: [43.76, -65.32], Yarmouth: [43.84, -66.12], Maine: [45.3, -69.2], Truro: [45.37, -63.28] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Romania: measles, week 10. The National Institute of Public Health reported 312 new cases, most in Suceava, Iași and Bacău counties. Two children died this month, in Alexandria, in Teleorman county, and in Slobozia. Since the start of the epidemic, Bucharest has reported 6,100 cases and Giurgiu 410; coverage with the second dose is below 70% in half of the counties.",
		gold: { Romania: [45.9, 24.9], Suceava: [47.65, 26.26], 'Iași': [47.16, 27.59], 'Bacău': [46.57, 26.91], Alexandria: [43.97, 25.33], Teleorman: [44.0, 25.3], 'Teleorman county': [44.0, 25.3], Slobozia: [44.56, 27.36], Bucharest: [44.43, 26.1], Giurgiu: [43.9, 25.97] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ZAGREB (HINA) - The ruling party won the most seats in Split-Dalmatia, Zadar and Osijek-Baranja counties in Sunday's parliamentary election, while the opposition held Istria, Rijeka and the city of Zagreb, the electoral commission said. A regional list topped the vote in Pula. In Vukovar, turnout reached 61 percent. Dubrovnik elected its first independent member. Croatia's president will begin talks with party leaders next week.",
		gold: { ZAGREB: [45.81, 15.98], 'Split-Dalmatia': [43.5, 16.6], Zadar: [44.12, 15.23], 'Osijek-Baranja': [45.6, 18.5], Istria: [45.2, 13.9], Rijeka: [45.33, 14.44], Zagreb: [45.81, 15.98], Pula: [44.87, 13.85], Vukovar: [45.35, 19.0], Dubrovnik: [42.65, 18.09], Croatia: [45.1, 15.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Desert Locust situation update, 2 February. Eritrea: Hopper bands are forming on the Red Sea coast between Shieb and Massawa; ground teams treated 2,300 ha. Sudan: Groups of adults are laying in the Tokar Delta and on the coast north of Port Sudan. Saudi Arabia: Control operations continue near Jizan. Yemen: Breeding is under way on the Tihama plains, but surveys are limited by insecurity. Forecast: swarms may form in Eritrea and Sudan by March.",
		gold: { Eritrea: [15.2, 39.8], Shieb: [15.85, 39.07], Massawa: [15.61, 39.45], Sudan: [15.5, 30.0], Tokar: [18.43, 37.73], 'Port Sudan': [19.62, 37.22], 'Saudi Arabia': [24.0, 45.0], Jizan: [16.89, 42.55], Yemen: [15.6, 48.0], Tihama: [15.0, 43.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "REYKJAVÍK - An eruption began at 22:17 on Wednesday on the Sundhnúkur crater row north of Grindavík, the Icelandic Meteorological Office said. Grindavík and the Svartsengi power plant were evacuated, and lava crossed the road to the town within two hours. Keflavík airport was operating normally, but gas was expected to drift over Vogar and Reykjanesbær overnight. It is the ninth eruption on the Reykjanes peninsula since 2021.",
		gold: { 'REYKJAVÍK': [64.15, -21.94], 'Grindavík': [63.84, -22.43], Svartsengi: [63.88, -22.43], 'Keflavík': [64.0, -22.56], 'Keflavík airport': [63.99, -22.61], Vogar: [63.98, -22.38], 'Reykjanesbær': [63.99, -22.56], Reykjanes: [63.9, -22.3] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "West Nile virus - Tunisia, Libya. Tunisia's health ministry has reported 19 cases of West Nile neuroinvasive disease and two deaths since August, in Monastir, Mahdia, Sousse and Kairouan governorates; a case in Sfax is under investigation. Libya's National Centre for Disease Control said it was testing samples from three patients in Sabha and one in Ubari with encephalitis of unknown cause.",
		gold: { Tunisia: [34.0, 9.0], Libya: [27.0, 17.0], Monastir: [35.78, 10.83], Mahdia: [35.5, 11.06], Sousse: [35.83, 10.64], Kairouan: [35.68, 10.1], Sfax: [34.74, 10.76], Sabha: [27.04, 14.43], Ubari: [26.59, 12.78] },
		notPlaces: ['West Nile']
	},
	{
		genre: 'international',
		text: "PERTH (AAP) - Severe Tropical Cyclone Zelda crossed the Pilbara coast east of Port Hedland late on Saturday with gusts of 230 km/h. Port Hedland and Karratha ports were closed and iron ore ships sent to sea. Marble Bar was cut off by floodwater. Further south, Onslow and Exmouth were spared the worst. The Bureau of Meteorology said the system would weaken as it moved inland over Western Australia.",
		gold: { PERTH: [-31.95, 115.86], Pilbara: [-21.5, 119.0], 'Port Hedland': [-20.31, 118.61], Karratha: [-20.74, 116.85], 'Marble Bar': [-21.17, 119.75], Onslow: [-21.64, 115.11], Exmouth: [-21.93, 114.13], 'Western Australia': [-25.0, 122.0] },
		notPlaces: ['Zelda']
	},
	{
		genre: 'health',
		text: "Paraguay: chikungunya, epidemiological week 8. The General Directorate of Health Surveillance has notified 11,420 cases this season. Asunción and Central department account for 58%, followed by Alto Paraná (Ciudad del Este, Hernandarias), Concepción and Amambay, where Pedro Juan Caballero reported 640 cases. Brazil's health authorities in Ponta Porã, across the street from Pedro Juan Caballero, are sharing data on cases.",
		gold: { Paraguay: [-23.4, -58.4], 'Asunción': [-25.28, -57.63], Central: [-25.5, -57.5], 'Alto Paraná': [-25.5, -54.8], 'Ciudad del Este': [-25.51, -54.61], Hernandarias: [-25.4, -54.64], 'Concepción': [-23.4, -57.43], Amambay: [-22.7, -56.0], 'Pedro Juan Caballero': [-22.55, -55.73], Brazil: [-10.8, -53.0], 'Ponta Porã': [-22.54, -55.72] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ALEXANDROUPOLI, Greece (AP) - A wildfire in the Evros region burned for a fourth day on Tuesday, reaching the edge of the Dadia forest, and villages near Feres and Soufli were evacuated. Firefighting planes came from Cyprus and Croatia. Across the river in Turkey, the governor of Edirne said smoke had closed schools. A second fire near Kavala was brought under control.",
		gold: { ALEXANDROUPOLI: [40.85, 25.87], Greece: [39.0, 22.0], Evros: [41.1, 26.1], Dadia: [41.12, 26.23], Feres: [40.9, 26.17], Soufli: [41.2, 26.3], Cyprus: [35.0, 33.0], Croatia: [45.1, 15.2], Turkey: [39.0, 35.0], Edirne: [41.68, 26.56], Kavala: [40.94, 24.41] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Luxembourg: Legionnaires' disease cluster. The Health Directorate is investigating eleven cases of legionellosis among residents of Esch-sur-Alzette, Differdange and Dudelange since 20 July. Two patients who work in Luxembourg live across the border, one in Thionville, France, and one near Arlon, Belgium. Cooling towers at an industrial site in the south of the country have been sampled.",
		gold: { Luxembourg: [49.75, 6.13], 'Esch-sur-Alzette': [49.5, 5.98], Differdange: [49.52, 5.89], Dudelange: [49.48, 6.09], Thionville: [49.36, 6.17], France: [46.5, 2.5], Arlon: [49.68, 5.82], Belgium: [50.6, 4.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MOZAMBIQUE: Cabo Delgado. Flash Update No. 3. Attacks by non-state armed groups in Macomia and Chiúre districts between 8 and 15 February displaced about 32,000 people, most towards Pemba, Metuge and Montepuez; some crossed into Eráti district in Nampula province. Humanitarian flights to Mocímboa da Praia are suspended. Partners are registering new arrivals at sites in Ancuabe.",
		gold: { MOZAMBIQUE: [-18.0, 35.0], 'Cabo Delgado': [-12.3, 39.3], Macomia: [-12.25, 40.12], 'Chiúre': [-13.43, 39.35], Pemba: [-12.97, 40.52], Metuge: [-12.85, 40.38], Montepuez: [-13.13, 39.0], 'Eráti': [-13.9, 39.2], Nampula: [-15.12, 39.27], 'Nampula province': [-15.0, 39.0], 'Mocímboa da Praia': [-11.35, 40.35], Ancuabe: [-12.97, 39.85] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TBILISI (AP) - A mudslide in the Racha region of Georgia buried part of a resort at Shovi on Thursday, and rescuers from Oni and Ambrolauri searched through the night. Across the border in Armenia, floods in Lori and Tavush provinces washed away a bridge in Alaverdi and cut the road from Vanadzor to Ijevan. Trains between Tbilisi and Yerevan were suspended.",
		gold: { TBILISI: [41.72, 44.79], Racha: [42.6, 43.1], Georgia: [42.3, 43.4], Shovi: [42.7, 43.68], Oni: [42.58, 43.44], Ambrolauri: [42.52, 43.15], Armenia: [40.2, 44.9], Lori: [41.0, 44.5], Tavush: [40.9, 45.1], Alaverdi: [41.1, 44.66], Vanadzor: [40.81, 44.49], Ijevan: [40.88, 45.15], Tbilisi: [41.72, 44.79], Yerevan: [40.18, 44.51] },
		notPlaces: []
	}
];

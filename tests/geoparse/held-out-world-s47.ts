// International and health news written for session 47 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s47` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written in shapes the earlier world batches (s33-s46)
// lack, each shape once in A and once in B: election results by department and province (Uruguay's 19 departments,
// Argentina's provinces, South Africa's provinces and townships), Central Asia's mountain roads and borders (the Pamir
// Highway in Gorno-Badakhshan, the Kyrgyz-Tajik border at Vorukh), the Aral Sea and Karakalpakstan, the Caucasus
// (Karabakh's refugees in Syunik, the Enguri crossing to Abkhazia), cyclones and earthquakes naming villages and
// townships (Chido in Mayotte and Cabo Delgado, Freddy in southern Malawi, Jajarkot in Nepal, Dingri in Tibet),
// outbreaks by state, LGA, division and commune (Lassa fever in Ondo and Edo, dengue in Bangladesh's Barishal,
// Honduras's and Paraguay's departments, mpox in Burundi, cholera by Sudanese state, chikungunya by Réunion commune:
// Saint-Pierre, Saint-Louis, Saint-Paul, Saint-Joseph and Saint-Denis), poliovirus in sewage by city, bird flu by
// voivodeship and county (Greater Poland, Bács-Kiskun), river gauges and canals (the Rhine at Kaub, the Panama Canal's
// lakes), mines and energy (the Copperbelt's trucks to Kasumbalesa, Oyu Tolgoi's border road, Afungi's LNG, Namibia's
// Lüderitz hydrogen), refugee camps and crossings (Adré's camps in Ouaddaï, Necoclí to the Darién Gap), Pacific
// islands (Solomon Islands' provinces, New Caledonia's communes), border posts on truck corridors (Malaba and Katuna,
// Torkham and Chaman), volcanoes (Grindavík, Lewotobi on Flores), harvests and auctions by growing region (Kenyan tea,
// Colombian coffee, Ivorian cocoa, saffron in Pampore and Khorasan), demining (Cambodia's north-west, Kharkiv's
// villages), pilgrimages and festivals (Arbaeen from Najaf, Timkat in Gondar, the Camino's French Way), heritage and
// settler history (UNESCO's new sites, the Chinese of the Victoria goldfields, the Cornish of the Copper Coast),
// sports results with runners' and drivers' home towns and demonyms (the Berlin Marathon, the Dakar Rally) and club
// roundups with clubs named by their towns (Norway's Eliteserien, Denmark's Superliga). Session 46's leads are
// written in (A): Armenia beside Pereira in Quindío (with Montenegro beside Calarcá), the Victoria goldfields, peoples
// and people named like places (Masalit, Miskito, Emberá, Kanak, Fano, Álvaro Delgado), clubs by town outside brackets.
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Kostanay region") is graded too; rivers, airports, bridges and a club named by a region
// ("Midtjylland") are left ungraded; a club named by its town is graded as the town; a disease named for a place
// (Lassa, chikungunya) is no place, nor a fragment of a longer place's name read alone ("Salé" of Étang-Salé, "Canoas"
// of Paso Canoas, "Orange" of the Orange Basin, "Bura" of Ile Bura). Continents and oceans carry GeoNames' points.
// Half A is for tuning; half B stays held out.
// Before any change (main 9c93df7): A 395/399 within 161 km (international 313/317, health 82/82), 1 name of no
// place mapped (Delgado), 59 gold names not mapped; B 374/378 (international 283/287, health 91/91), 8 names of no
// place mapped, 67 not mapped. A's wrong: Armenia and Montenegro (Quindío) as the countries, Neuquén (the province,
// in a list of provinces) as its city 164 km off, Xinhui (Jiangmen) as the Inner Mongolian town (the gazetteer
// lacks the district).
// End of session 47 (main fd9504b and the island cue, 0598841): A 397/399 (international 315/317, health 82/82; Armenia
// and Montenegro the Quindío towns by list-namesakes.ts's pair rule, a country's name paired with a town its namesake
// lies beside), 1 name of no place mapped (Delgado: "Álvaro" is not in the first-name lexicon, so the later bare
// surname is read as El Salvador's town); B 374/378 (international 283/287, health 91/91; unchanged, scored once at
// the end), 8 names of no place mapped. B's wrong: Limbe (Blantyre's twin town) as the Cameroonian city (the
// gazetteer lacks Malawi's), Lake Alajuela as Costa Rica's Alajuela (the gazetteer lacks the lake), "the US Gulf" as
// the Persian Gulf, Little Cornwall (the Copper Coast's nickname) as Cornwall. B's names of no place mapped: Emberá
// (a people) as Panama's comarca; Toyota (the carmaker) as the Japanese city; Fano (the militia) as the Italian town;
// fragments of longer names read alone: Orange (of the Orange Basin) as Orange, US; Canoas (of Paso Canoas) as the
// Brazilian city; Étang and Salé (of Étang-Salé) as French and Moroccan places; Bura (of Ile Bura) as a Yemeni district.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S47_A: GenreText[] = [
	{
		genre: 'international',
		text: "MONTEVIDEO - Yamandú Orsi of the Frente Amplio won Uruguay's presidential run-off on Sunday with 49.8% of the vote, the electoral court said, carrying Montevideo and Canelones by wide margins. His rival, Álvaro Delgado, won 15 of the country's 19 departments, among them Rivera, Tacuarembó, Florida and Colonia, but lost Salto and Paysandú on the Uruguay River by a few hundred votes. Turnout in Artigas, on the Brazilian border, reached 91%. Orsi, a former mayor of Canelones who grew up in Sauce, told supporters in Montevideo that he would govern for the people of Treinta y Tres as much as for those of the capital. In Maldonado, where the resort of Punta del Este lies, Delgado led by eleven points.",
		gold: { MONTEVIDEO: [-34.9, -56.19], Uruguay: [-32.8, -56.0], Montevideo: [-34.9, -56.19], Canelones: [-34.52, -56.28], Rivera: [-31.2, -55.2], 'Tacuarembó': [-31.7, -56.0], Florida: [-33.8, -55.9], Colonia: [-34.2, -57.6], Salto: [-31.38, -57.96], 'Paysandú': [-32.32, -58.08], Artigas: [-30.5, -56.6], Sauce: [-34.65, -56.06], 'Treinta y Tres': [-33.23, -54.38], Maldonado: [-34.6, -54.9], 'Punta del Este': [-34.96, -54.95] },
		notPlaces: ['Delgado']
	},
	{
		genre: 'international',
		text: "DUSHANBE - Mudslides have cut the Pamir Highway in three places between Khorog and Rushan, stranding about 400 trucks carrying Chinese goods, Tajikistan's emergencies committee said on Thursday. A village of 60 houses near Vomar was buried and four people are missing. The road from Khorog south along the Panj to Ishkashim and the Wakhan is open, but the high route east to Murghab and the Kulma pass into China is closed by snow. Food and fuel for Gorno-Badakhshan are being flown from Dushanbe; a convoy from Kulob is waiting at Kalai Khumb for the road to be cleared. Across the river in Afghanistan's Badakhshan province, villages near Shughnan were also hit.",
		gold: { DUSHANBE: [38.56, 68.77], 'Pamir Highway': [38.2, 73.0], Khorog: [37.49, 71.55], Rushan: [37.95, 71.55], Tajikistan: [38.8, 71.0], Vomar: [37.95, 71.55], Ishkashim: [36.73, 71.61], Wakhan: [37.0, 73.0], Murghab: [38.17, 73.96], China: [35.0, 103.0], 'Gorno-Badakhshan': [38.3, 73.0], Dushanbe: [38.56, 68.77], Kulob: [37.91, 69.78], 'Kalai Khumb': [38.45, 70.79], Afghanistan: [33.9, 67.7], Badakhshan: [36.7, 71.0], Shughnan: [37.5, 71.45] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GORIS, Armenia - A year after more than 100,000 ethnic Armenians fled Nagorno-Karabakh in a week, about 14,000 of them still live in Syunik province, most in Goris, Kapan and Sisian, the UN refugee agency said. They crossed at the Hakari bridge and came down the Lachin corridor to Kornidzor, where the Red Cross set up tents in the village square. Many moved on to Yerevan, Abovyan and Vanadzor, where rents are cheaper than in the capital. Azerbaijan has renamed Stepanakert as Khankendi and has begun resettling families in Shusha and Lachin. In Vayots Dzor, the town of Jermuk has housed 600 refugees in its sanatoriums since the autumn.",
		gold: { GORIS: [39.51, 46.34], Armenia: [40.2, 44.9], 'Nagorno-Karabakh': [39.85, 46.75], Syunik: [39.5, 46.2], 'Syunik province': [39.5, 46.2], Goris: [39.51, 46.34], Kapan: [39.21, 46.41], Sisian: [39.52, 46.03], 'Lachin corridor': [39.6, 46.5], Kornidzor: [39.45, 46.32], Yerevan: [40.18, 44.51], Abovyan: [40.27, 44.63], Vanadzor: [40.81, 44.49], Azerbaijan: [40.3, 47.7], Stepanakert: [39.82, 46.75], Khankendi: [39.82, 46.75], Shusha: [39.76, 46.75], Lachin: [39.64, 46.55], 'Vayots Dzor': [39.76, 45.33], Jermuk: [39.84, 45.67] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MAMOUDZOU, Mayotte - Cyclone Chido tore through Mayotte on Saturday with winds of more than 220 km/h, flattening the shanty towns on the hills above Mamoudzou, France's interior ministry said. In Kawéni, the largest slum in France, barely a tin roof was left standing. The airport at Pamandzi on Petite-Terre was closed and the ferry to Dzaoudzi stopped. Rescuers reached Mtsamboro in the north and Chirongui in the south by Monday. The storm went on to hit mainland Africa, killing at least 34 people in Cabo Delgado and Nampula provinces in Mozambique, where the town of Mecúfi was almost destroyed and Pemba lost power. Aid flights left from Réunion.",
		gold: { MAMOUDZOU: [-12.78, 45.23], Mayotte: [-12.83, 45.15], Mamoudzou: [-12.78, 45.23], France: [46.5, 2.5], 'Kawéni': [-12.76, 45.22], Pamandzi: [-12.8, 45.28], 'Petite-Terre': [-12.79, 45.28], Dzaoudzi: [-12.79, 45.28], Mtsamboro: [-12.7, 45.07], Chirongui: [-12.93, 45.15], Africa: [7.19, 21.09], 'Cabo Delgado': [-12.3, 39.5], Nampula: [-15.0, 39.2], Mozambique: [-18.6, 35.5], 'Mecúfi': [-13.28, 40.56], Pemba: [-12.97, 40.52], 'Réunion': [-21.12, 55.53] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KATHMANDU - A magnitude 5.7 earthquake struck western Nepal late on Friday, killing at least 153 people in Jajarkot and Rukum West districts as they slept in stone houses, officials said. The epicentre was near Ramidanda in Jajarkot. In Nalgad municipality and Bheri, whole rows of houses collapsed; Athbiskot in Rukum West lost 52 people. Army helicopters flew the injured to Surkhet and Nepalgunj, and the prime minister flew from Kathmandu to Chaurjahari on Saturday morning. Tremors were felt as far as Lucknow and New Delhi in India. Many men of the villages work in India and were away.",
		gold: { KATHMANDU: [27.71, 85.32], Nepal: [28.2, 84.0], Jajarkot: [28.7, 82.2], 'Rukum West': [28.6, 82.45], Ramidanda: [28.84, 82.19], Nalgad: [28.9, 82.1], Bheri: [28.75, 82.1], Athbiskot: [28.6, 82.5], Surkhet: [28.6, 81.63], Nepalgunj: [28.05, 81.62], Kathmandu: [27.71, 85.32], Chaurjahari: [28.62, 82.28], Lucknow: [26.85, 80.95], 'New Delhi': [28.61, 77.21], India: [22.0, 79.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ABUJA - Nigeria has recorded 174 deaths from Lassa fever since January, a case fatality rate of 18.6%, the Nigeria Centre for Disease Control said in its weekly situation report. Of the 943 confirmed cases, 71% came from three states: Ondo, Edo and Bauchi. In Ondo, Owo and Akure South local government areas reported the most, and the Federal Medical Centre in Owo has opened a second isolation ward. In Edo, the Irrua Specialist Teaching Hospital treated patients from Esan West, Etsako West and Esan Central. New cases were also confirmed in Taraba, Ebonyi and Benue. Two health workers died at Abakaliki.",
		gold: { ABUJA: [9.07, 7.4], Nigeria: [9.1, 8.7], Ondo: [7.1, 5.1], Edo: [6.6, 5.9], Bauchi: [10.3, 9.8], Owo: [7.2, 5.59], 'Akure South': [7.25, 5.2], Akure: [7.25, 5.19], Irrua: [6.74, 6.22], 'Esan West': [6.7, 6.15], 'Etsako West': [7.1, 6.3], 'Esan Central': [6.75, 6.3], Taraba: [8.0, 10.5], Ebonyi: [6.25, 8.0], Benue: [7.35, 8.75], Abakaliki: [6.32, 8.11] },
		notPlaces: ['Lassa']
	},
	{
		genre: 'international',
		text: "DUISBURG, Germany - Barges on the Rhine are sailing at a third of their load after the water at the Kaub gauge fell to 38 centimetres, the lowest this year, shippers said. Kaub, between Mainz and Koblenz, is the shallowest point on the river's route from Rotterdam and Antwerp to Basel. Ships bound for the BASF plant at Ludwigshafen and the steel mills of Duisburg pay a low-water surcharge, and freight rates from Amsterdam to Mannheim have trebled. Upstream, at Maxau near Karlsruhe, levels are also falling. Coal for power plants in Switzerland is being moved by rail through Emmerich instead.",
		gold: { DUISBURG: [51.43, 6.76], Germany: [51.0, 10.0], Kaub: [50.09, 7.76], Mainz: [50.0, 8.27], Koblenz: [50.36, 7.59], Rotterdam: [51.92, 4.48], Antwerp: [51.22, 4.4], Basel: [47.56, 7.59], Ludwigshafen: [49.48, 8.44], Duisburg: [51.43, 6.76], Amsterdam: [52.37, 4.89], Mannheim: [49.49, 8.47], Maxau: [49.04, 8.3], Karlsruhe: [49.01, 8.4], Switzerland: [46.8, 8.2], Emmerich: [51.83, 6.25] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KITWE, Zambia - Zambia's copper output rose 22% in the first half as new mines opened in North-Western province and old ones on the Copperbelt were reopened, the mines ministry said. Konkola Copper Mines, idle for years, restarted its Nchanga pit at Chingola, and Mopani's Mufulira smelter is running again under its new owner. At Kalumbila, near Solwezi, First Quantum's Sentinel mine produced its millionth tonne. Most of the metal goes by truck from Kitwe and Ndola through Kapiri Mposhi to Dar es Salaam, and some across the Kasumbalesa border post to Lubumbashi and on to the Atlantic. The government in Lusaka wants three million tonnes a year by 2031.",
		gold: { KITWE: [-12.8, 28.21], Zambia: [-13.5, 28.0], 'North-Western': [-13.0, 25.0], 'North-Western province': [-13.0, 25.0], Copperbelt: [-13.0, 28.0], Chingola: [-12.53, 27.85], Mufulira: [-12.55, 28.24], Kalumbila: [-12.26, 25.32], Solwezi: [-12.17, 26.39], Kitwe: [-12.8, 28.21], Ndola: [-12.96, 28.64], 'Kapiri Mposhi': [-13.97, 28.68], 'Dar es Salaam': [-6.8, 39.28], Kasumbalesa: [-12.22, 27.8], Lubumbashi: [-11.66, 27.48], Atlantic: [10.0, -25.0], Lusaka: [-15.39, 28.32] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MAPUTO - TotalEnergies will restart work on its $20 billion liquefied natural gas plant on the Afungi peninsula in Cabo Delgado this year, four years after insurgents overran the nearby town of Palma, the company said. The attack on Palma in March 2021 killed dozens and sent thousands fleeing by boat to Pemba. Rwandan troops retook Mocímboa da Praia that August, but attacks continue in Macomia and Quissanga districts, and in Ancuabe villagers fled again last month. The plant will ship gas from the Rovuma Basin to buyers in Europe and Asia. In Mueda, residents say promised jobs have not come.",
		gold: { MAPUTO: [-25.97, 32.57], Afungi: [-10.82, 40.53], 'Cabo Delgado': [-12.3, 39.5], Palma: [-10.78, 40.47], Pemba: [-12.97, 40.52], 'Mocímboa da Praia': [-11.35, 40.35], Macomia: [-12.25, 40.12], Quissanga: [-12.42, 40.5], Ancuabe: [-12.97, 39.85], 'Rovuma Basin': [-10.5, 40.8], Europe: [48.69, 9.14], Asia: [29.84, 89.3], Mueda: [-11.66, 39.55] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ADRÉ, Chad - More than 600,000 Sudanese refugees have crossed into eastern Chad since the war began, most through the border town of Adré, which has grown from 40,000 people to four times that, the UN refugee agency said. New camps have opened at Farchana, Metché and Ourang in Ouaddaï province, and the agency is trucking water from Abéché. Most of the refugees are Masalit who fled killings in El Geneina, 27 km across the border in West Darfur. Further north, at Tiné, families from North Darfur arrive on donkeys. Chad's government has asked for a new camp near Iriba. In Wadi Fira, aid has not yet arrived.",
		gold: { 'ADRÉ': [13.47, 22.2], Chad: [15.4, 18.7], 'Adré': [13.47, 22.2], Farchana: [13.64, 21.86], 'Metché': [13.2, 21.75], Ourang: [13.5, 22.0], 'Ouaddaï': [13.5, 21.0], 'Abéché': [13.83, 20.83], 'El Geneina': [13.45, 22.45], 'West Darfur': [13.0, 22.5], 'Tiné': [14.98, 22.81], 'North Darfur': [15.8, 25.0], Iriba: [15.12, 22.24], 'Wadi Fira': [15.0, 21.5] },
		notPlaces: ['Masalit']
	},
	{
		genre: 'international',
		text: "HONIARA, Solomon Islands - Counting began on Thursday in the Solomon Islands' first general election held on the same day as provincial polls, with boxes flown to Honiara from Western Province and Choiseul. In Malaita, the most populous province, the premier's supporters gathered in Auki; the province's ties with Taiwan were a campaign issue after the government in Honiara switched recognition to China in 2019. Results from East Are'are and Lau/Mbaelelea came in first. In Gizo, police guarded the counting centre. Australian and New Zealand police flew in from Brisbane to help with security on Guadalcanal and Makira.",
		gold: { HONIARA: [-9.43, 159.95], 'Solomon Islands': [-9.6, 160.2], Honiara: [-9.43, 159.95], 'Western Province': [-8.1, 157.2], Choiseul: [-7.0, 157.0], Malaita: [-9.0, 161.0], Auki: [-8.77, 160.7], Taiwan: [23.7, 121.0], China: [35.0, 103.0], Gizo: [-8.1, 156.84], Brisbane: [-27.47, 153.03], Guadalcanal: [-9.6, 160.15], Makira: [-10.6, 161.8] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "TEGUCIGALPA - Honduras declared a national dengue emergency on Tuesday after 58 deaths this year, the health ministry said. The worst-hit departments are Cortés, around San Pedro Sula, and Francisco Morazán, home to the capital, but cases per head are highest in Choluteca and Valle on the Pacific coast and in Olancho. In Gracias a Dios, health workers travel by boat from Puerto Lempira to Miskito villages along the lagoon. Fumigation brigades began in Comayagua, Danlí and Juticalpa. Neighbouring Guatemala and Nicaragua report smaller outbreaks; El Salvador has closed schools in San Miguel for a week.",
		gold: { TEGUCIGALPA: [14.07, -87.21], Honduras: [14.8, -86.6], 'Cortés': [15.5, -88.0], 'San Pedro Sula': [15.5, -88.03], 'Francisco Morazán': [14.3, -87.2], Choluteca: [13.3, -87.2], Valle: [13.5, -87.6], Olancho: [14.8, -86.0], 'Gracias a Dios': [15.3, -84.3], 'Puerto Lempira': [15.27, -83.77], Comayagua: [14.46, -87.64], 'Danlí': [14.03, -86.58], Juticalpa: [14.67, -86.22], Guatemala: [15.5, -90.3], Nicaragua: [12.9, -85.2], 'El Salvador': [13.8, -88.9], 'San Miguel': [13.48, -88.18] },
		notPlaces: ['Miskito']
	},
	{
		genre: 'international',
		text: "BERLIN - Sabastian Sawe of Kenya won the Berlin Marathon on Sunday in 2:02:16, leading a Kenyan sweep of the podium, with Ethiopia's Tigist Assefa first among the women. Sawe, who trains in Kaptagat with a group from Eldoret, broke away near Potsdamer Platz. The Ethiopians who ran with him through Charlottenburg faded after 35 km. Assefa grew up in Bekoji, the highland town that gave Ethiopia the Dibaba sisters, and trains in Sululta above Addis Ababa. Third place went to a Briton from Leeds; the best American, from Flagstaff, was eighth. Next month most of the field goes to New York or Chicago.",
		gold: { BERLIN: [52.52, 13.4], Kenya: [0.5, 38.0], Berlin: [52.52, 13.4], Ethiopia: [9.1, 40.5], Kaptagat: [0.43, 35.47], Eldoret: [0.52, 35.27], Charlottenburg: [52.52, 13.3], Bekoji: [7.54, 39.25], Sululta: [9.19, 38.76], 'Addis Ababa': [9.03, 38.74], Leeds: [53.8, -1.55], Flagstaff: [35.2, -111.65], 'New York': [40.71, -74.0], Chicago: [41.88, -87.63] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "OSLO - Bodø/Glimt moved six points clear at the top of the Eliteserien on Sunday with a 3-0 win at Haugesund, while Molde lost ground after a 1-1 draw with Sandefjord. Brann beat Rosenborg 2-1 in Bergen before 17,000, and Tromsø won away at Kristiansund for the first time. Viking scored twice late in Stavanger to beat Lillestrøm. Strømsgodset, bottom of the table, lost again in Drammen. Bodø/Glimt travel to Italy midweek for the Europa League.",
		gold: { OSLO: [59.91, 10.75], 'Bodø': [67.28, 14.4], Haugesund: [59.41, 5.27], Molde: [62.74, 7.16], Sandefjord: [59.13, 10.22], Bergen: [60.39, 5.32], 'Tromsø': [69.65, 18.96], Kristiansund: [63.11, 7.73], Stavanger: [58.97, 5.73], 'Lillestrøm': [59.96, 11.05], Drammen: [59.74, 10.2], Italy: [42.8, 12.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BOGOTÁ - Colombia's coffee harvest will reach 13.5 million bags this year, the most since 1992, the growers' federation said, as rains returned to Huila, Nariño and Cauca. Huila, where the harvest around Pitalito and La Plata has been heavy, is now the biggest producing department. In the old coffee belt, prices paid in Armenia and Pereira rose to a record after the slump in Brazil, and buyers from Manizales said small farms in Caldas were hiring pickers from Venezuela. In Quindío, farmers near Calarcá and Montenegro are replanting with rust-resistant varieties. Exports leave through Buenaventura and Cartagena.",
		gold: { 'BOGOTÁ': [4.71, -74.07], Colombia: [4.0, -73.0], Huila: [2.5, -75.6], 'Nariño': [1.3, -77.4], Cauca: [2.5, -76.8], Pitalito: [1.85, -76.05], 'La Plata': [2.39, -75.89], Armenia: [4.53, -75.68], Pereira: [4.81, -75.69], Brazil: [-10.0, -55.0], Manizales: [5.07, -75.52], Caldas: [5.3, -75.3], Venezuela: [7.0, -66.0], 'Quindío': [4.5, -75.7], 'Calarcá': [4.53, -75.64], Montenegro: [4.57, -75.75], Buenaventura: [3.88, -77.03], Cartagena: [10.4, -75.51] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NEW DELHI - UNESCO's World Heritage Committee added 24 sites to its list at its meeting this week, among them the palaces of Schwerin in Germany, the gold mines of Sado island in Japan and the dunes and lakes of the Badain Jaran desert in China's Inner Mongolia. Ethiopia's Melka Kunture, a prehistoric site on the Awash near Addis Ababa, and the coffee landscape of the Gedeo people around Dilla were also listed. Suriname's Jodensavanne, a settlement of Jewish planters up the Suriname River from Paramaribo, became the country's third site. The committee will meet next year in Busan.",
		gold: { 'NEW DELHI': [28.61, 77.21], Schwerin: [53.63, 11.41], Germany: [51.0, 10.0], Sado: [38.0, 138.37], Japan: [36.2, 138.25], 'Badain Jaran': [40.0, 102.0], China: [35.0, 103.0], 'Inner Mongolia': [44.0, 113.0], Ethiopia: [9.1, 40.5], 'Melka Kunture': [8.7, 38.6], 'Addis Ababa': [9.03, 38.74], Dilla: [6.41, 38.31], Suriname: [4.0, -56.0], Jodensavanne: [5.43, -54.98], Paramaribo: [5.85, -55.2], Busan: [35.18, 129.08] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ASTANA - Floods in northern and western Kazakhstan have forced more than 100,000 people from their homes, the emergencies ministry said, as melting snow swelled the Ural, the Ishim and the Tobol. In Kostanay region, the Tobol broke a dam near Lisakovsk; in North Kazakhstan, Petropavl has built sandbag walls along its riverfront. Downstream on the Ural, Atyrau is bracing for the crest, and in Aktobe region villages around Kobda were evacuated. Across the border in Russia, Orsk was flooded when a dam burst, and Orenburg declared an emergency. In Akmola, the road from Astana to Kokshetau was closed.",
		gold: { ASTANA: [51.17, 71.45], Kazakhstan: [48.0, 67.0], Kostanay: [53.21, 63.63], 'Kostanay region': [51.5, 64.0], Lisakovsk: [52.54, 62.49], 'North Kazakhstan': [54.5, 69.5], Petropavl: [54.87, 69.15], Atyrau: [47.1, 51.92], Aktobe: [50.28, 57.17], 'Aktobe region': [48.5, 58.0], Kobda: [50.15, 55.65], Russia: [60.0, 90.0], Orsk: [51.2, 58.57], Orenburg: [51.77, 55.1], Akmola: [51.5, 70.0], Astana: [51.17, 71.45], Kokshetau: [53.28, 69.39] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BATTAMBANG, Cambodia - Deminers cleared 54 square kilometres of land in Cambodia's north-west last year, and the number of people killed or hurt by mines fell to 49, the Cambodian Mine Action Centre said. Most of the remaining fields lie along the Thai border in Battambang, Pailin, Banteay Meanchey and Oddar Meanchey provinces, where the last Khmer Rouge units held out around Anlong Veng until 1998. In Samlout district, farmers still find mines in their rice fields. The rats trained in Tanzania to sniff out explosives now work in Siem Reap and in Preah Vihear. The government in Phnom Penh aims to be free of mines by 2025.",
		gold: { BATTAMBANG: [13.1, 103.2], Cambodia: [12.5, 105.0], Battambang: [13.1, 103.2], Pailin: [12.85, 102.6], 'Banteay Meanchey': [13.75, 103.0], 'Oddar Meanchey': [14.2, 103.6], 'Anlong Veng': [14.23, 104.08], Samlout: [12.63, 102.85], Tanzania: [-6.4, 34.9], 'Siem Reap': [13.36, 103.86], 'Preah Vihear': [13.8, 104.97], 'Phnom Penh': [11.56, 104.92] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "WARSAW - Poland has confirmed bird flu on 21 poultry farms since October, most in Greater Poland, the chief veterinary officer said, and more than two million birds have been culled. The latest outbreak, on a turkey farm near Ostrzeszów, led to a 10 km surveillance zone reaching into Łódź province. Farms around Kalisz, Krotoszyn and Gniezno have also been hit. Poultry may not be moved out of the zones without a permit from Poznań. Outbreaks in Lubusz and in Lublin province, near the border with Ukraine, were traced to wild geese. Poland is the European Union's biggest poultry producer and exports mainly to Germany.",
		gold: { WARSAW: [52.23, 21.01], Poland: [52.0, 19.5], 'Greater Poland': [52.3, 17.0], 'Ostrzeszów': [51.43, 17.93], 'Łódź': [51.5, 19.5], Kalisz: [51.76, 18.09], Krotoszyn: [51.7, 17.44], Gniezno: [52.54, 17.6], 'Poznań': [52.41, 16.93], Lubusz: [52.2, 15.3], Lublin: [51.2, 22.9], Ukraine: [49.0, 32.0], 'European Union': [50.0, 10.0], Germany: [51.0, 10.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MOMBASA - Kenyan tea fetched an average of $2.43 a kilogram at the Mombasa auction this week, down from a year ago, as buyers from Pakistan and Egypt held back. Prices were lowest for leaf from the factories east of the Rift Valley, in Nyeri, Kirinyaga and Meru, and highest for the Kericho and Nandi Hills estates. Smallholders in Bomet and Nyamira are paid through the Kenya Tea Development Agency, whose factory at Kangaita near Kerugoya hosted the minister on Friday. Unsold tea is stored in Mombasa for the next sale; some is shipped to Dubai for blending, and Kazakhstan buyers are increasing orders.",
		gold: { MOMBASA: [-4.04, 39.67], Mombasa: [-4.04, 39.67], Pakistan: [30.0, 70.0], Egypt: [26.8, 30.8], 'Rift Valley': [0.5, 36.0], Nyeri: [-0.42, 36.95], Kirinyaga: [-0.5, 37.3], Meru: [0.05, 37.65], Kericho: [-0.37, 35.28], 'Nandi Hills': [0.1, 35.18], Bomet: [-0.78, 35.34], Nyamira: [-0.56, 34.93], Kangaita: [-0.45, 37.28], Kerugoya: [-0.5, 37.28], Dubai: [25.2, 55.27], Kazakhstan: [48.0, 67.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "GENEVA - Poliovirus related to the vaccine strain has been found in sewage samples from Barcelona, Hamburg, Munich, Cologne, Bonn, Düsseldorf and Warsaw this autumn, the World Health Organization said, though no paralysed child has been found in Europe. The virus is genetically linked to one circulating in Gaza, where a 10-month-old boy in Deir al-Balah was paralysed in August, and to samples from Nigeria and Chad. Vaccination campaigns in Gaza reached children in Khan Younis and Gaza City during pauses in the fighting. Wild poliovirus is still found in Pakistan, in sewage from Quetta, Peshawar and Karachi, and in Afghanistan's Kandahar.",
		gold: { GENEVA: [46.2, 6.14], Barcelona: [41.39, 2.17], Hamburg: [53.55, 10.0], Munich: [48.14, 11.58], Cologne: [50.94, 6.96], Bonn: [50.73, 7.1], 'Düsseldorf': [51.23, 6.78], Warsaw: [52.23, 21.01], Europe: [48.69, 9.14], Gaza: [31.42, 34.38], 'Deir al-Balah': [31.42, 34.35], Nigeria: [9.1, 8.7], Chad: [15.4, 18.7], 'Khan Younis': [31.34, 34.3], 'Gaza City': [31.5, 34.47], Pakistan: [30.0, 70.0], Quetta: [30.18, 67.0], Peshawar: [34.01, 71.58], Karachi: [24.86, 67.0], Afghanistan: [33.9, 67.7], Kandahar: [31.61, 65.71] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BUENOS AIRES - Javier Milei's party won the midterm vote in 16 of Argentina's 24 districts on Sunday, including Buenos Aires province, where the Peronists had won a provincial vote in September. The president's candidates carried Córdoba and Santa Fe by wide margins and won Mendoza, Entre Ríos and San Luis. The Peronists held Formosa, Santiago del Estero, La Rioja and Tucumán, and local parties won in Salta and Neuquén. In Jujuy, turnout was the lowest in the country. In Tierra del Fuego, Milei's man won Ushuaia but lost Río Grande. In the city of Córdoba, the celebrations lasted until dawn.",
		gold: { 'BUENOS AIRES': [-34.6, -58.38], Argentina: [-35.0, -65.0], 'Buenos Aires province': [-36.5, -60.0], 'Buenos Aires': [-36.5, -60.0], 'Córdoba': [-31.42, -64.18], 'Santa Fe': [-31.0, -61.0], Mendoza: [-34.0, -68.5], 'Entre Ríos': [-32.0, -59.2], 'San Luis': [-33.8, -66.0], Formosa: [-24.5, -60.0], 'Santiago del Estero': [-27.8, -63.5], 'La Rioja': [-29.5, -67.0], 'Tucumán': [-26.9, -65.4], Salta: [-24.8, -65.4], 'Neuquén': [-38.6, -69.9], Jujuy: [-23.3, -65.8], 'Tierra del Fuego': [-54.0, -67.8], Ushuaia: [-54.8, -68.3], 'Río Grande': [-53.79, -67.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MALABA, Kenya - Trucks waited up to four days at the Malaba border post this week after Ugandan officials began weighing every load, hauliers said, and the queue stretched back past Bungoma. At Busia, the other main crossing, the delays were shorter. Most of the fuel and goods for Uganda, Rwanda and eastern Congo come by road or rail from Mombasa through Nairobi, Nakuru and Eldoret. Rwanda-bound trucks then go through Kampala and Mbarara to the Katuna crossing, known in Rwanda as Gatuna, or south via Mutukula into Tanzania. Kenya's transport ministry said it would send officials to Tororo to talk.",
		gold: { MALABA: [0.64, 34.28], Kenya: [0.5, 38.0], Malaba: [0.64, 34.28], Bungoma: [0.56, 34.56], Busia: [0.46, 34.09], Uganda: [1.4, 32.3], Rwanda: [-1.95, 29.9], Congo: [-2.9, 23.6], Mombasa: [-4.04, 39.67], Nairobi: [-1.29, 36.82], Nakuru: [-0.3, 36.07], Eldoret: [0.52, 35.27], Kampala: [0.32, 32.58], Mbarara: [-0.61, 30.65], Katuna: [-1.37, 30.0], Gatuna: [-1.37, 30.0], Mutukula: [-1.0, 31.42], Tanzania: [-6.4, 34.9], Tororo: [0.69, 34.18] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "REYKJAVÍK - Lava broke through the ground north of Grindavík for the seventh time in a year on Wednesday night, pouring west towards the Svartsengi power plant and the Blue Lagoon, which was evacuated, Iceland's Met Office said. The fissure opened near Sundhnúkur, on the Reykjanes peninsula, and grew to 3 km within an hour. Grindavík, a fishing town of 3,700 people, has been almost empty since the first eruption; its people live in Reykjavík, Hafnarfjörður and Keflavík. Flights from Keflavík airport were not affected. Vogar, on the north side of the peninsula, is outside the danger zone.",
		gold: { 'REYKJAVÍK': [64.15, -21.94], 'Grindavík': [63.84, -22.43], Svartsengi: [63.88, -22.43], 'Blue Lagoon': [63.88, -22.45], Iceland: [64.9, -18.6], 'Sundhnúkur': [63.88, -22.39], Reykjanes: [63.9, -22.4], 'Reykjavík': [64.15, -21.94], 'Hafnarfjörður': [64.07, -21.95], 'Keflavík': [64.0, -22.56], Vogar: [63.98, -22.39] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BUJUMBURA - Burundi has confirmed 573 cases of mpox since July, most of them in Bujumbura, the health ministry said, and a vaccination campaign will begin next week with doses sent from Japan. Cases have also been found in Gitega, the political capital, and in Cibitoke, Bubanza and Rumonge provinces along the border with Congo. The outbreak crossed from Uvira and Bukavu in South Kivu, where the clade Ib strain was first found in the mining town of Kamituga. Health workers at the Gatumba border post screen travellers. Neighbouring Rwanda and Tanzania report a handful of cases.",
		gold: { BUJUMBURA: [-3.38, 29.36], Burundi: [-3.4, 29.9], Bujumbura: [-3.38, 29.36], Japan: [36.2, 138.25], Gitega: [-3.43, 29.92], Cibitoke: [-2.89, 29.12], Bubanza: [-3.08, 29.39], Rumonge: [-3.97, 29.44], Congo: [-2.9, 23.6], Uvira: [-3.4, 29.14], Bukavu: [-2.51, 28.86], 'South Kivu': [-3.0, 28.3], Kamituga: [-3.06, 28.18], Gatumba: [-3.33, 29.25], Rwanda: [-1.95, 29.9], Tanzania: [-6.4, 34.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KARBALA, Iraq - More than 21 million pilgrims reached Karbala for Arbaeen this year, Iraqi officials said, many of them after walking the 80 km from Najaf along a road lined with tents serving free food. About four million came from Iran, crossing at Mehran, Shalamcheh and Chazabeh; others flew into Najaf from Pakistan, India and Lebanon. Pilgrims from Basra walked more than 500 km, through Nasiriyah and Diwaniyah. In Iran, the border town of Mehran in Ilam province ran out of water and buses for the pilgrims coming home. Iraqi security forces deployed 100,000 men across Babil and Karbala provinces.",
		gold: { KARBALA: [32.62, 44.03], Iraq: [33.0, 44.0], Karbala: [32.62, 44.03], Najaf: [32.0, 44.33], Iran: [32.4, 53.7], Mehran: [33.12, 46.16], Shalamcheh: [30.5, 48.05], Chazabeh: [31.76, 47.85], Pakistan: [30.0, 70.0], India: [22.0, 79.0], Lebanon: [33.9, 35.9], Basra: [30.51, 47.78], Nasiriyah: [31.05, 46.26], Diwaniyah: [31.99, 44.93], Ilam: [33.3, 46.8], Babil: [32.5, 44.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MELBOURNE - A new museum in Bendigo tells the story of the 40,000 Chinese who came to the Victoria goldfields in the 1850s, most of them from a handful of counties around Taishan in Guangdong. Many landed at Robe, in South Australia, and walked 500 km overland to Ballarat, Castlemaine and Bendigo to avoid a tax on Chinese arrivals at Melbourne. Temples built by the miners still stand in Bendigo and Beechworth. Their descendants, some of whom came for the opening from Sydney and Hong Kong, traced families to villages near Kaiping and Xinhui.",
		gold: { MELBOURNE: [-37.81, 144.96], Bendigo: [-36.76, 144.28], Victoria: [-37.0, 144.5], Taishan: [22.25, 112.78], Guangdong: [23.4, 113.4], Robe: [-37.16, 139.76], 'South Australia': [-30.0, 135.0], Ballarat: [-37.56, 143.85], Castlemaine: [-37.06, 144.22], Melbourne: [-37.81, 144.96], Beechworth: [-36.36, 146.69], Sydney: [-33.87, 151.21], 'Hong Kong': [22.32, 114.17], Kaiping: [22.38, 112.7], Xinhui: [22.46, 113.03] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S47_B: GenreText[] = [
	{
		genre: 'health',
		text: "ASUNCIÓN - Paraguay has recorded 41 dengue deaths since January, the health ministry said, and hospitals in the Central department and Asunción have set up tents for fever patients. Cases per head are highest in Alto Paraná, around Ciudad del Este, and in Amambay, where Pedro Juan Caballero shares a street with the Brazilian city of Ponta Porã. In the north, Concepción and San Pedro departments have asked for more fumigation crews, and in Itapúa the hospital in Encarnación has no free beds. Chikungunya is also spreading in Boquerón, in the Chaco, around Filadelfia and Loma Plata. Schools in Caaguazú will close for a week.",
		gold: { 'ASUNCIÓN': [-25.28, -57.64], Paraguay: [-23.4, -58.4], Central: [-25.5, -57.5], 'Asunción': [-25.28, -57.64], 'Alto Paraná': [-25.5, -54.8], 'Ciudad del Este': [-25.51, -54.61], Amambay: [-22.8, -56.0], 'Pedro Juan Caballero': [-22.55, -55.73], 'Ponta Porã': [-22.54, -55.73], 'Concepción': [-23.0, -57.0], 'San Pedro': [-24.2, -56.7], 'Itapúa': [-26.8, -55.8], 'Encarnación': [-27.33, -55.87], 'Boquerón': [-21.7, -60.8], Chaco: [-22.0, -60.5], Filadelfia: [-22.35, -60.03], 'Loma Plata': [-22.38, -59.84], 'Caaguazú': [-25.2, -55.8] },
		notPlaces: ['Chikungunya']
	},
	{
		genre: 'international',
		text: "NUKUS, Uzbekistan - Fishing boats that once sailed from Muynak now rust in the sand 150 km from the shore of what is left of the Aral Sea, and the town's people are leaving for Nukus, Tashkent and Russia, a report by the UN Development Programme said. Karakalpakstan, the autonomous republic that holds the Uzbek half of the sea's old bed, has the worst rates of anaemia and tuberculosis in the country. Dust storms from the Aralkum carry salt as far as Kungrad and Khiva. The government is planting saxaul trees on the seabed. In Kazakhstan, the Kokaral dam has brought fish back to the northern sea around Aralsk.",
		gold: { NUKUS: [42.46, 59.6], Uzbekistan: [41.4, 64.6], Muynak: [43.77, 59.02], 'Aral Sea': [45.0, 60.0], Nukus: [42.46, 59.6], Tashkent: [41.3, 69.24], Russia: [60.0, 90.0], Karakalpakstan: [43.0, 59.0], Aralkum: [44.5, 60.5], Kungrad: [43.07, 58.9], Khiva: [41.38, 60.36], Kazakhstan: [48.0, 67.0], Kokaral: [46.1, 60.8], Aralsk: [46.8, 61.67] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ZUGDIDI, Georgia - The Enguri bridge, the only official crossing between Georgia and its breakaway region of Abkhazia, reopened on Monday after a month's closure, letting hundreds of ethnic Georgians from the Gali district come to Zugdidi for pensions and medical care. Abkhazia's de facto leaders in Sukhumi closed it after protests. Russia, which recognises Abkhazia, has rebuilt the airport at Sukhumi and is deepening the port of Ochamchire for its navy. The government in Tbilisi says Georgia's own deep-water port at Anaklia, 20 km from the bridge, will be built with new partners. Ferries to Poti and Batumi were unaffected.",
		gold: { ZUGDIDI: [42.51, 41.87], Georgia: [42.3, 43.4], Enguri: [42.4, 41.8], Abkhazia: [43.0, 41.1], Gali: [42.63, 41.73], Zugdidi: [42.51, 41.87], Sukhumi: [43.0, 41.02], Russia: [60.0, 90.0], Ochamchire: [42.71, 41.47], Tbilisi: [41.72, 44.79], Anaklia: [42.4, 41.58], Poti: [42.15, 41.67], Batumi: [41.64, 41.64] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BLANTYRE, Malawi - Cyclone Freddy's rains killed at least 326 people in southern Malawi, most in mudslides that buried the hillside townships of Blantyre, the government said. In Chilobwe, boulders swept away whole streets of houses. The worst-hit districts are Blantyre, Mulanje, Phalombe, Chiradzulu, Zomba and Thyolo; in the Lower Shire, Nsanje and Chikwawa are cut off by floods. More than 180,000 people are in camps, many in schools in Limbe and Mulanje. Freddy first hit Madagascar and Mozambique, near Quelimane, before looping back. Aid is being flown into Chileka from Johannesburg and Lilongwe.",
		gold: { BLANTYRE: [-15.79, 35.0], Malawi: [-13.25, 34.3], Blantyre: [-15.79, 35.0], Chilobwe: [-15.83, 35.05], Mulanje: [-16.03, 35.5], Phalombe: [-15.8, 35.65], Chiradzulu: [-15.7, 35.18], Zomba: [-15.39, 35.32], Thyolo: [-16.07, 35.14], 'Lower Shire': [-16.5, 35.2], Nsanje: [-16.92, 35.26], Chikwawa: [-16.03, 34.8], Limbe: [-15.81, 35.05], Madagascar: [-19.0, 46.7], Mozambique: [-18.6, 35.5], Quelimane: [-17.88, 36.89], Chileka: [-15.68, 34.97], Johannesburg: [-26.2, 28.05], Lilongwe: [-13.97, 33.79] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LHASA - A magnitude 6.8 earthquake struck Dingri county in Tibet's Shigatse prefecture early on Tuesday, killing at least 126 people and destroying more than 3,600 houses, Chinese state media said. The epicentre lay near Tsogo township, about 80 km north of Everest. Villages in Changsuo and Quluo were flattened and temperatures fell to -18C overnight. Rescuers came from Lhasa and Shigatse; Lhatse and Sakya counties were also damaged. Tourist sites at Everest's north side were closed. Tremors were felt in Kathmandu and across Nepal's Khumbu, and in Bihar's Patna in India.",
		gold: { LHASA: [29.65, 91.12], Dingri: [28.66, 87.12], Tibet: [31.5, 88.0], Shigatse: [29.27, 88.88], Tsogo: [28.62, 87.4], Everest: [27.99, 86.93], Changsuo: [28.6, 87.3], Quluo: [28.6, 87.4], Lhasa: [29.65, 91.12], Lhatse: [29.08, 87.64], Sakya: [28.9, 88.02], Kathmandu: [27.71, 85.32], Nepal: [28.2, 84.0], Khumbu: [27.9, 86.8], Bihar: [25.6, 85.6], Patna: [25.6, 85.14], India: [22.0, 79.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "DHAKA - Bangladesh recorded 11 dengue deaths on Sunday, bringing this year's toll to 407, the Directorate General of Health Services said. Of the 1,214 people admitted in the last 24 hours, 391 were in Dhaka's hospitals and the rest in the divisions, with Barishal worst hit outside the capital. In Barishal division, Barguna, Patuakhali and Bhola districts have the most patients; in Chattogram division, Cox's Bazar and the Rohingya camps at Ukhiya and Teknaf report a rise. Khulna and Jessore have opened dengue corners in their hospitals. The health minister visited Mugda Medical College in Dhaka on Monday.",
		gold: { DHAKA: [23.81, 90.41], Bangladesh: [23.7, 90.3], Dhaka: [23.81, 90.41], Barishal: [22.7, 90.37], Barguna: [22.15, 90.12], Patuakhali: [22.35, 90.33], Bhola: [22.69, 90.65], Chattogram: [22.34, 91.83], "Cox's Bazar": [21.43, 92.0], Ukhiya: [21.28, 92.1], Teknaf: [20.86, 92.3], Khulna: [22.82, 89.55], Jessore: [23.17, 89.21], Mugda: [23.73, 90.43] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PANAMA CITY - The Panama Canal will cut daily transits to 24 from February after the driest October on record left Gatún Lake, which feeds the locks, near its lowest level, the canal authority said. Ships waiting to cross queued off Balboa on the Pacific side and off Colón and Cristóbal on the Atlantic. Some liquefied gas carriers bound for Japan and China from the US Gulf are sailing instead around the Cape of Good Hope or through the Strait of Magellan. The authority wants to dam the Río Indio to make a second reservoir, which would flood villages in Coclé and Colón provinces. Lake Alajuela is also low.",
		gold: { 'PANAMA CITY': [8.98, -79.52], 'Panama Canal': [9.08, -79.68], 'Gatún Lake': [9.2, -79.9], Balboa: [8.95, -79.57], 'Colón': [9.36, -79.9], 'Cristóbal': [9.35, -79.91], Japan: [36.2, 138.25], China: [35.0, 103.0], Gulf: [27.0, -90.0], 'Cape of Good Hope': [-34.36, 18.47], 'Strait of Magellan': [-53.5, -70.5], 'Coclé': [8.6, -80.4], 'Lake Alajuela': [9.2, -79.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ULAANBAATAR - Oyu Tolgoi, the copper and gold mine in the South Gobi desert, has begun full output from its underground block, Rio Tinto said, making it one of the world's four biggest copper mines by 2030. The mine lies 80 km north of the Chinese border near the soum of Khanbogd, whose herders have long complained about its use of water. Concentrate is trucked to the Gashuunsukhait crossing and on to smelters in Inner Mongolia through Ganqimaodu. Coal from Tavan Tolgoi, near the provincial centre of Dalanzadgad, takes the same road. The government in Ulaanbaatar owns 34% of Oyu Tolgoi.",
		gold: { ULAANBAATAR: [47.92, 106.92], 'Oyu Tolgoi': [43.0, 106.85], 'South Gobi': [43.5, 104.0], 'South Gobi desert': [43.5, 104.0], Khanbogd: [43.2, 107.2], Gashuunsukhait: [42.3, 106.85], 'Inner Mongolia': [44.0, 113.0], Ganqimaodu: [42.3, 106.85], 'Tavan Tolgoi': [43.6, 105.5], Dalanzadgad: [43.57, 104.42], Ulaanbaatar: [47.92, 106.92] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "WINDHOEK - Namibia's government approved a $10 billion green hydrogen plant near Lüderitz, in the Tsau Khaeb national park, the presidency said, after years of talks with the German-backed developer. The harbour town of 12,000 people would get a new port at Angra Point. Offshore, oil finds in the Orange Basin by Shell and TotalEnergies have brought drilling crews to Walvis Bay and to Oranjemund, the diamond town at the mouth of the Orange River. The road from Lüderitz to Keetmanshoop, 340 km inland, will be rebuilt. Across the river in South Africa, Port Nolloth hopes for a share of the work.",
		gold: { WINDHOEK: [-22.56, 17.08], Namibia: [-22.0, 17.0], 'Lüderitz': [-26.65, 15.16], 'Tsau Khaeb': [-27.0, 15.5], 'Angra Point': [-26.6, 15.13], 'Orange Basin': [-29.5, 15.5], 'Walvis Bay': [-22.96, 14.51], Oranjemund: [-28.55, 16.43], Keetmanshoop: [-26.58, 18.13], 'South Africa': [-29.0, 25.0], 'Port Nolloth': [-29.25, 16.87] },
		notPlaces: ['Orange']
	},
	{
		genre: 'international',
		text: "NECOCLÍ, Colombia - Fewer than 2,000 migrants left the Colombian beach town of Necoclí by boat for the Darién Gap in the last month, down from more than 1,500 a day a year ago, the local mayor said. The boats cross the Gulf of Urabá to Acandí and Capurganá, from where migrants walked into Panama's jungle. Those who made it came out at Bajo Chiquito, an Emberá village, and were taken to a reception centre at Lajas Blancas near Metetí. Since Panama closed the route, some are going back south, by boat from Turbo. Buses to Costa Rica from the border at Paso Canoas are almost empty.",
		gold: { 'NECOCLÍ': [8.42, -76.78], Colombia: [4.0, -73.0], 'Necoclí': [8.42, -76.78], 'Darién Gap': [7.9, -77.5], 'Gulf of Urabá': [8.3, -76.9], 'Acandí': [8.51, -77.28], 'Capurganá': [8.63, -77.35], Panama: [8.6, -80.1], 'Bajo Chiquito': [8.2, -77.6], 'Lajas Blancas': [8.3, -77.8], 'Metetí': [8.5, -77.98], Turbo: [8.09, -76.73], 'Costa Rica': [9.9, -84.1], 'Paso Canoas': [8.53, -82.84] },
		notPlaces: ['Emberá', 'Canoas']
	},
	{
		genre: 'international',
		text: "NOUMÉA, New Caledonia - France will send 1,000 more police to New Caledonia after a second week of riots in which six people died and shops, schools and factories were burned, the interior ministry said. Roadblocks cut the road from Nouméa to the international airport at Tontouta, and the suburbs of Dumbéa, Païta and Mont-Dore were worst hit. In the north, the Kanak-led province at Koné called for calm; in Houaïlou, on the east coast, a gendarme post was attacked. The Loyalty Islands, Lifou and Maré, stayed quiet. Tourists were flown out to Brisbane and Auckland on Australian and New Zealand planes.",
		gold: { 'NOUMÉA': [-22.28, 166.46], 'New Caledonia': [-21.3, 165.5], France: [46.5, 2.5], 'Nouméa': [-22.28, 166.46], 'Dumbéa': [-22.15, 166.45], 'Païta': [-22.13, 166.37], 'Mont-Dore': [-22.27, 166.58], 'Koné': [-21.06, 164.86], 'Houaïlou': [-21.28, 165.63], 'Loyalty Islands': [-21.0, 167.5], Lifou: [-20.9, 167.2], 'Maré': [-21.5, 168.0], Brisbane: [-27.47, 153.03], Auckland: [-36.85, 174.76] },
		notPlaces: ['Kanak']
	},
	{
		genre: 'health',
		text: "GUATEMALA CITY - Guatemala's health ministry declared a red alert for acute malnutrition in children in six departments after 23 deaths since January. The worst rates are in Alta Verapaz, around Cobán and Senahú, and in Huehuetenango and Chiquimula, on the dry corridor. In Petén, health workers in Flores and Sayaxché said families had lost their maize harvest to drought. Quetzaltenango's regional hospital has opened a ward for the children of the western highlands, and Escuintla and Izabal, where Puerto Barrios lies, have asked for supplies. Neighbouring Honduras and El Salvador report similar losses on the dry corridor.",
		gold: { 'GUATEMALA CITY': [14.63, -90.51], Guatemala: [15.5, -90.3], 'Alta Verapaz': [15.5, -90.3], 'Cobán': [15.47, -90.37], 'Senahú': [15.42, -89.82], Huehuetenango: [15.5, -91.5], Chiquimula: [14.8, -89.54], 'Petén': [16.5, -90.0], Flores: [16.93, -89.89], 'Sayaxché': [16.52, -90.19], Quetzaltenango: [14.84, -91.52], Escuintla: [14.3, -90.78], Izabal: [15.5, -88.8], 'Puerto Barrios': [15.73, -88.6], Honduras: [14.8, -86.6], 'El Salvador': [13.8, -88.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "RIYADH - Saudi Arabia's Yazeed Al-Rajhi won the Dakar Rally's car category on Friday after two weeks and almost 8,000 km of racing from Bisha to Shubaytah, the organisers said. Al-Rajhi, the first Saudi to win at home, took the lead on the stage to Al-Ula and held off a South African in a Toyota over the dunes of the Empty Quarter. The motorbikes were won by an Australian, Daniel Sanders, who crashed near Hail but kept going. The rally passed through Riyadh, Al Duwadimi and Haradh. A Frenchman from Lyon won the trucks, and the Dutchman who led early broke his gearbox near Yanbu.",
		gold: { RIYADH: [24.71, 46.68], 'Saudi Arabia': [23.9, 45.1], Bisha: [20.0, 42.6], Shubaytah: [22.7, 53.9], 'Al-Ula': [26.62, 37.92], 'Empty Quarter': [20.0, 50.0], Hail: [27.52, 41.69], Riyadh: [24.71, 46.68], 'Al Duwadimi': [24.51, 44.39], Haradh: [24.15, 49.07], Lyon: [45.76, 4.84], Yanbu: [24.09, 38.06] },
		notPlaces: ['Toyota']
	},
	{
		genre: 'international',
		text: "COPENHAGEN - Midtjylland stayed top of the Superliga on Sunday after a 2-0 win over Silkeborg, while Brøndby drew 1-1 at Randers. Aarhus lost at home to Viborg, whose keeper saved a penalty, and Nordsjælland beat Lyngby 4-1 in Farum. Vejle, bottom of the table, lost 3-0 in Odense. Copenhagen, the champions, host Sønderjyske on Monday. Midtjylland play in Portugal on Thursday.",
		gold: { COPENHAGEN: [55.68, 12.57], Silkeborg: [56.17, 9.55], Randers: [56.46, 10.04], Aarhus: [56.16, 10.21], Viborg: [56.45, 9.4], Lyngby: [55.77, 12.5], Farum: [55.81, 12.37], Vejle: [55.71, 9.54], 'Brøndby': [55.65, 12.42], Odense: [55.4, 10.39], Copenhagen: [55.68, 12.57], Portugal: [39.5, -8.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ABIDJAN - Côte d'Ivoire raised the farmgate price of cocoa by half to a record 2,700 CFA francs a kilogram for the main crop, the government said, after smuggling to Ghana and Guinea cost it a tenth of the harvest. Farmers around Soubré, in the south-west, grow more cocoa than any other region, and trucks take the beans to the port of San-Pédro. Yields in the older belts around Daloa, Gagnoa and Divo have fallen as trees age and swollen shoot disease spreads. In the west, near Duékoué and Man, farmers are planting rubber instead. Exporters in Abidjan welcomed the rise.",
		gold: { ABIDJAN: [5.36, -4.01], "Côte d'Ivoire": [7.5, -5.5], Ghana: [7.9, -1.0], Guinea: [10.4, -10.9], 'Soubré': [5.78, -6.6], 'San-Pédro': [4.75, -6.64], Daloa: [6.88, -6.45], Gagnoa: [6.13, -5.95], Divo: [5.84, -5.36], 'Duékoué': [6.74, -7.35], Man: [7.41, -7.55], Abidjan: [5.36, -4.01] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SANTIAGO DE COMPOSTELA, Spain - A record 499,000 pilgrims walked at least the last 100 km of the Camino de Santiago last year, the pilgrims' office said, most of them on the French Way from Sarria through Portomarín, Palas de Rei, Melide and Arzúa. Fewer started at Saint-Jean-Pied-de-Port in France and crossed the Pyrenees to Roncesvalles and Pamplona. Innkeepers in León and Ponferrada say the walkers now come from the United States, South Korea and Mexico as much as from Italy and Germany. The Portuguese Way, from Porto through Tui and Pontevedra, is the second most walked.",
		gold: { 'SANTIAGO DE COMPOSTELA': [42.88, -8.54], Spain: [40.2, -3.7], Sarria: [42.78, -7.41], 'Portomarín': [42.81, -7.62], 'Palas de Rei': [42.87, -7.87], Melide: [42.91, -8.01], 'Arzúa': [42.93, -8.16], 'Saint-Jean-Pied-de-Port': [43.16, -1.24], France: [46.5, 2.5], Pyrenees: [42.7, 1.0], Roncesvalles: [43.01, -1.32], Pamplona: [42.81, -1.64], 'León': [42.6, -5.57], Ponferrada: [42.55, -6.6], 'United States': [39.76, -98.5], 'South Korea': [36.5, 127.8], Mexico: [23.6, -102.5], Italy: [42.8, 12.8], Germany: [51.0, 10.0], Porto: [41.15, -8.61], Tui: [42.05, -8.64], Pontevedra: [42.43, -8.64] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BISHKEK - Kyrgyzstan and Tajikistan signed a treaty settling the last disputed stretches of their border, ending a quarrel that led to fighting in 2021 and 2022 in which more than 100 people died, the two governments said. The hardest sections lay around Vorukh, a Tajik exclave inside Kyrgyzstan's Batken region, and near Kok-Tash and Ak-Sai, where villagers from both sides share the same canal. Kyrgyz families evacuated from Batken to Osh in 2022 have begun to return. Trade through Isfara and the road from Khujand to Batken will reopen. The presidents met in Bishkek and will meet again in Dushanbe.",
		gold: { BISHKEK: [42.87, 74.59], Kyrgyzstan: [41.2, 74.8], Tajikistan: [38.8, 71.0], Vorukh: [39.85, 70.58], Batken: [40.06, 70.82], 'Batken region': [39.9, 70.8], 'Kok-Tash': [39.93, 70.6], 'Ak-Sai': [39.95, 70.65], Osh: [40.53, 72.8], Isfara: [40.13, 70.63], Khujand: [40.28, 69.62], Bishkek: [42.87, 74.59], Dushanbe: [38.56, 68.77] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KHARKIV, Ukraine - Deminers have cleared 400 square kilometres of farmland in Kharkiv region since the Russian retreat of 2022, but about a third of the region is still thought to be mined, the emergency service said. The worst areas lie around Izium, Balakliia and Kupiansk, and in the forests near Sviatohirsk across the border in Donetsk region. A tractor driver was killed by an anti-tank mine near Hroza last week. In Kherson region, fields around Snihurivka and Vysokopillia were cleared with machines from Croatia and Switzerland. Ukraine says it will take decades to clear the whole country.",
		gold: { KHARKIV: [49.99, 36.23], Ukraine: [49.0, 32.0], Kharkiv: [49.5, 36.5], Izium: [49.21, 37.26], Balakliia: [49.46, 36.86], Kupiansk: [49.71, 37.61], Sviatohirsk: [49.03, 37.57], Donetsk: [48.0, 37.8], Hroza: [49.69, 37.71], Kherson: [46.8, 33.5], Snihurivka: [47.08, 32.8], Vysokopillia: [47.49, 33.53], Croatia: [45.1, 15.2], Switzerland: [46.8, 8.2] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BUDAPEST - Hungary has confirmed bird flu on 38 farms this winter, most of them duck and goose farms in Bács-Kiskun and Csongrád-Csanád counties, the chief veterinary office said. Near Kiskunfélegyháza, 400,000 birds were culled after one outbreak, and protection zones now cover villages between Kecskemét and Szeged. The disease has also reached Békés, around Gyula and Szarvas, and a farm in Hajdú-Bihar. Hungary, the European Union's largest foie gras producer after France, exports most of its goose meat to Germany and Israel. Farmers near Kiskunmajsa said they would not restock this year.",
		gold: { BUDAPEST: [47.5, 19.04], Hungary: [47.2, 19.5], 'Bács-Kiskun': [46.5, 19.4], 'Csongrád-Csanád': [46.4, 20.2], 'Kiskunfélegyháza': [46.71, 19.85], 'Kecskemét': [46.91, 19.69], Szeged: [46.25, 20.15], 'Békés': [46.75, 21.0], Gyula: [46.65, 21.28], Szarvas: [46.87, 20.55], 'Hajdú-Bihar': [47.5, 21.5], 'European Union': [50.0, 10.0], France: [46.5, 2.5], Germany: [51.0, 10.0], Israel: [31.4, 35.0], Kiskunmajsa: [46.49, 19.74] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SRINAGAR - Kashmir's saffron harvest rose for the second year running, growers in Pampore said, as the autumn rains came on time. Pampore, on the Karewa plateau 15 km south of Srinagar, grows most of the crop, with smaller fields in Budgam and Kishtwar. The spice sells for up to 3 lakh rupees a kilogram, but growers say fakes made from safflower undercut them in Delhi. Iran, whose fields around Torbat-e Heydarieh and Qaen in Khorasan grow nine-tenths of the world's saffron, ships much of its crop through Mashhad and Dubai. Afghanistan's Herat is the third producer.",
		gold: { SRINAGAR: [34.08, 74.8], Kashmir: [34.0, 75.0], Pampore: [34.02, 74.93], Srinagar: [34.08, 74.8], Budgam: [34.02, 74.72], Kishtwar: [33.31, 75.77], Delhi: [28.66, 77.23], Iran: [32.4, 53.7], 'Torbat-e Heydarieh': [35.27, 59.22], Qaen: [33.73, 59.18], Khorasan: [35.0, 59.0], Mashhad: [36.3, 59.6], Dubai: [25.2, 55.27], Afghanistan: [33.9, 67.7], Herat: [34.35, 62.2] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "SAINT-DENIS, Réunion - Chikungunya has infected more than 50,000 people on Réunion since January, the regional health agency said, and the French island has begun vaccinating people over 65. The south is worst hit: Saint-Pierre, Le Tampon, Saint-Louis and Saint-Joseph report the most cases, and clinics in Étang-Salé and Petite-Île have extended their hours. In the west, Saint-Paul and Saint-Leu have fewer cases. The island's capital, Saint-Denis, has set up a fever clinic. Cases have also been reported on Mauritius and in Mayotte, and travellers have carried the virus to Marseille and Paris.",
		gold: { 'SAINT-DENIS': [-20.88, 55.45], 'SAINT-DENIS, Réunion': [-20.88, 55.45], 'Réunion': [-21.12, 55.53], 'Saint-Pierre': [-21.34, 55.48], 'Le Tampon': [-21.28, 55.52], 'Saint-Louis': [-21.29, 55.41], 'Saint-Joseph': [-21.38, 55.62], 'Étang-Salé': [-21.27, 55.37], 'Petite-Île': [-21.35, 55.57], 'Saint-Paul': [-21.01, 55.27], 'Saint-Leu': [-21.17, 55.29], 'Saint-Denis': [-20.88, 55.45], Mauritius: [-20.3, 57.6], Mayotte: [-12.83, 45.15], Marseille: [43.3, 5.37], Paris: [48.86, 2.35] },
		notPlaces: ['Chikungunya', 'Étang', 'Salé']
	},
	{
		genre: 'international',
		text: "JOHANNESBURG - The ANC lost its majority for the first time in South Africa's election, falling to 40% of the national vote, the electoral commission said. It held Limpopo, the Eastern Cape, the Free State, Mpumalanga, the North West and the Northern Cape, but in KwaZulu-Natal Jacob Zuma's new party came first, winning Durban's townships of Umlazi and KwaMashu and the former president's home area of Nkandla. In Gauteng the ANC fell below half, losing ground in Soweto and Tembisa. The Democratic Alliance kept the Western Cape, winning Cape Town, Stellenbosch and George. Parliament meets in Cape Town in two weeks.",
		gold: { JOHANNESBURG: [-26.2, 28.05], 'South Africa': [-29.0, 25.0], Limpopo: [-23.4, 29.4], 'Eastern Cape': [-32.3, 26.4], 'Free State': [-28.5, 26.8], Mpumalanga: [-25.6, 30.2], 'North West': [-26.2, 25.7], 'Northern Cape': [-29.5, 21.9], 'KwaZulu-Natal': [-28.5, 30.9], Durban: [-29.86, 31.03], Umlazi: [-29.97, 30.88], KwaMashu: [-29.74, 30.98], Nkandla: [-28.62, 31.09], Gauteng: [-26.0, 28.1], Soweto: [-26.27, 27.86], Tembisa: [-25.99, 28.23], 'Western Cape': [-33.2, 20.9], 'Cape Town': [-33.92, 18.42], Stellenbosch: [-33.93, 18.86], George: [-33.96, 22.46] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PESHAWAR, Pakistan - Pakistan reopened the Torkham border crossing with Afghanistan on Friday after a 25-day closure over a disputed border post, letting thousands of trucks that had waited near Landi Kotal cross to Jalalabad. Traders in Peshawar said they lost millions of dollars as fruit rotted in the queue. The Chaman crossing, in Balochistan, remains open but slow; from there trucks go on to Spin Boldak and Kandahar. Quetta's traders have protested against a passport rule for the people of Chaman, who used to cross with identity cards. Afghanistan's Taliban government in Kabul said the post at Torkham was on its side.",
		gold: { PESHAWAR: [34.01, 71.58], Pakistan: [30.0, 70.0], Torkham: [34.1, 71.09], Afghanistan: [33.9, 67.7], 'Landi Kotal': [34.1, 71.14], Jalalabad: [34.43, 70.45], Peshawar: [34.01, 71.58], Chaman: [30.92, 66.45], Balochistan: [28.5, 65.0], 'Spin Boldak': [31.0, 66.4], Kandahar: [31.61, 65.71], Quetta: [30.18, 67.0], Kabul: [34.53, 69.17] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MAUMERE, Indonesia - Mount Lewotobi Laki-laki erupted again on the island of Flores on Sunday, sending ash 8 km into the sky and forcing the closure of airports in Maumere and Larantuka, Indonesia's volcanology agency said. Ten people died in November when hot rocks fell on the village of Hokeng in East Flores. About 11,000 people from Wulanggitang and Ile Bura districts are staying in shelters in Konga and Boru. Flights between Bali and Australia were cancelled as ash drifted south; Denpasar's airport stayed open. Aid is being sent by ship from Kupang in West Timor.",
		gold: { MAUMERE: [-8.62, 122.21], 'Lewotobi Laki-laki': [-8.54, 122.78], Flores: [-8.6, 121.1], Maumere: [-8.62, 122.21], Larantuka: [-8.34, 122.99], Indonesia: [-2.5, 118.0], Hokeng: [-8.53, 122.75], 'East Flores': [-8.4, 123.0], Wulanggitang: [-8.55, 122.78], 'Ile Bura': [-8.6, 122.85], Konga: [-8.45, 122.85], Boru: [-8.6, 122.7], Bali: [-8.4, 115.2], Australia: [-25.0, 134.0], Denpasar: [-8.65, 115.22], Kupang: [-10.17, 123.6], 'West Timor': [-9.6, 124.0] },
		notPlaces: ['Bura']
	},
	{
		genre: 'health',
		text: "PORT SUDAN - Cholera has killed more than 1,200 people in Sudan since the outbreak was declared in August, the health ministry in Port Sudan said, with 11 of the country's 18 states affected. Kassala and Gedaref, in the east, report the most cases, followed by Al Jazirah and the Red Sea state itself. In Kassala, the city's main hospital is full and a treatment centre opened in Khashm el Girba. Outbreaks in Sennar state, around Singa, and in White Nile, where displaced families crowd Kosti and Ed Dueim, followed the floods. Cases in Darfur are thought to be undercounted, the World Health Organization said.",
		gold: { 'PORT SUDAN': [19.62, 37.22], Sudan: [15.5, 30.0], 'Port Sudan': [19.62, 37.22], Kassala: [15.45, 36.4], Gedaref: [14.03, 35.38], 'Al Jazirah': [14.5, 33.3], 'Red Sea': [19.0, 36.5], 'Khashm el Girba': [14.93, 35.9], Sennar: [13.5, 33.8], Singa: [13.15, 33.93], 'White Nile': [13.2, 32.5], Kosti: [13.16, 32.66], 'Ed Dueim': [14.0, 32.31], Darfur: [13.5, 24.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GONDAR, Ethiopia - Hundreds of thousands of Orthodox Christians gathered in Gondar for Timkat, the feast of the Epiphany, splashing in the pool of Fasilides' bath, despite fighting between the army and Fano militias in the Amhara region. Crowds were smaller in Lalibela, where the rock churches draw pilgrims from across the country, after clashes on the road from Woldia. In Addis Ababa, processions went to Jan Meda. Celebrations passed off peacefully in Bahir Dar, Debre Markos and Aksum, in Tigray, and among the diaspora in Washington and Jerusalem.",
		gold: { GONDAR: [12.6, 37.47], Ethiopia: [9.1, 40.5], Gondar: [12.6, 37.47], Amhara: [11.5, 38.5], 'Amhara region': [11.5, 38.5], Lalibela: [12.03, 39.04], Woldia: [11.83, 39.6], 'Addis Ababa': [9.03, 38.74], 'Jan Meda': [9.05, 38.76], 'Bahir Dar': [11.59, 37.39], 'Debre Markos': [10.33, 37.72], Aksum: [14.13, 38.72], Tigray: [14.0, 38.5], Washington: [38.9, -77.04], Jerusalem: [31.78, 35.22] },
		notPlaces: ['Fano']
	},
	{
		genre: 'international',
		text: "ADELAIDE - Cornish Australians gathered in Moonta this weekend for the Kernewek Lowender, the festival of the Copper Coast, where thousands of miners from Cornwall settled in the 1860s. The towns of Moonta, Kadina and Wallaroo, known as Australia's Little Cornwall, were built around copper mines whose pumps were made in Hayle. Many of the miners came from Redruth and Camborne after Cornwall's own mines closed, and others had first worked at Burra, north of Adelaide. Visitors from Truro and St Ives joined the pasty-making contest. The festival began in 1973.",
		gold: { ADELAIDE: [-34.93, 138.6], Moonta: [-34.07, 137.59], 'Copper Coast': [-34.0, 137.7], 'Little Cornwall': [-34.0, 137.7], Cornwall: [50.4, -4.9], Kadina: [-33.96, 137.72], Wallaroo: [-33.93, 137.63], Australia: [-25.0, 134.0], Hayle: [50.19, -5.42], Redruth: [50.23, -5.23], Camborne: [50.21, -5.3], Burra: [-33.68, 138.93], Adelaide: [-34.93, 138.6], Truro: [50.26, -5.05], 'St Ives': [50.21, -5.48] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KAMPALA - Uganda's Lake Victoria fishing towns are emptying as catches of Nile perch fall, a fisheries survey found. At Kasensero, in Kyotera district, the landing site that once sent fish to factories in Entebbe and Jinja now has half its boats. On the Ssese Islands, off Masaka, the army has seized nets it says are too small. Fishermen from Majanji, near the Kenyan border at Busia, say Kenyan patrols from Port Victoria chase them off Migingo, the rock both countries claim. In Tanzania, the factories of Mwanza and Musoma are also short of fish.",
		gold: { KAMPALA: [0.32, 32.58], Uganda: [1.4, 32.3], 'Lake Victoria': [-1.0, 33.0], Kasensero: [-0.85, 31.77], Kyotera: [-0.62, 31.54], 'Kyotera district': [-0.62, 31.54], Entebbe: [0.06, 32.46], Jinja: [0.44, 33.2], 'Ssese Islands': [-0.4, 32.2], Masaka: [-0.33, 31.73], Majanji: [0.24, 33.99], Busia: [0.46, 34.09], 'Port Victoria': [0.1, 33.98], Migingo: [-0.88, 33.95], Tanzania: [-6.4, 34.9], Mwanza: [-2.52, 32.9], Musoma: [-1.5, 33.8] },
		notPlaces: []
	}
];

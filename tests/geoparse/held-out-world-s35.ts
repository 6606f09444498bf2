// International and health news written for session 35 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s35` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Shapes the earlier batches have little of: ports,
// canals and straits with ship queues, refugee camps and the border towns they are reached through, sanctions and
// fuel or ore cut off, national sides at matches abroad (a country named as its team is graded as the country, as
// GeoWebNews counts such names and fixture-sides.ts leaves them: "France v Wales"), elections counted
// by province, peacekeeping bases, wildfires and droughts, mines and oil fields, outbreaks counted by district and
// province (cholera, dengue, mpox, measles, polio), vaccination drives, an agency report listing countries, and
// journal abstracts ("a cross-sectional survey in rural <province>", "a case-control study"). Regions: the Pacific
// islands, the Caribbean, the Horn of Africa, the Sahel, the Andes, the Balkans, the Caucasus, South Asia,
// Indochina. Gold points are the places' own coordinates, written from knowledge and checked against
// `gazette lookup NAME --country CC`; a river, lake or strait is given a point on the stretch the text speaks of.
// notPlaces lists the names as written that are no place here (a team, stadium, company, party, hospital or
// agency): each one mapped is counted as a false place. Half A is for tuning; half B stays held out.
// Before any change (main 2bf8d69): A 257/260 within 161 km (international 151/154, health 106/106), no name of
// no place mapped, 46 gold names not mapped; B 245/249 (international 170/172, health 75/77), 2 names of no place
// mapped, 30 not mapped (the gold lists a name's shorter forms too: "Zambezia province" and "Zambezia"). The misses:
// Trinidad read as a US town in a text about the West Indies, a Nepali province (Koshi) as a Japanese town, a
// village of Guyana (Wales) as the British nation, a Peruvian region (San Martín) as a town 470 km away, an
// Istanbul district placed by the gazetteer in another province, a company (Orano) as Oran, an oil block (Stabroek)
// as a Belgian village, a river (Aras) or region (the Peruvian Amazon) at the gazetteer's one point far from the
// stretch meant. Not mapped: islands and island groups (Viti Levu, Vanua Levu, Antigua, St. Vincent, Carriacou, New
// Britain, the Loyalty Islands), Nepal's provinces, rivers and lakes (Naf, Shire, Shabelle, Enguri, Irrawaddy, Fly,
// Lake Ohrid), and small towns, camps and mines the gazetteer lacks.
// Half A is tuned on now. After the session's coverage change (c0e49a1: islands, Nepali provinces, rivers with
// their courses): A 275/275 (international 166/166, health 109/109), 32 not mapped; B 251/256 (international
// 174/177, health 77/79), 2 names of no place mapped, 23 not mapped; B's new miss is Maré, read as Malé by an
// alternate name once the Loyalty Islands around it are mapped. Left in A: Poti, whose reading as Teresina, Brazil
// (an old name of that city) beats the Georgian port and is then dropped. Not mapped in B (not tuned on): "Bria"
// after "in the south-east and" judged a first name, and "Lakki Marwat" (a town GeoNames lists only under that
// alternate name) after "including".
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S35_A: GenreText[] = [
	{
		genre: 'international',
		text: "PANAMA CITY (Reuters) - The Panama Canal cut the number of ships allowed through each day to 24 on Wednesday as the level of Gatun Lake fell to its lowest for the season, and queues of bulk carriers formed off Colón on the Caribbean side and off Balboa on the Pacific. The canal authority said it would pump water from Lake Alajuela and study a new reservoir on the Río Indio. Grain exporters in New Orleans and Houston said they were sending more cargo round the Cape of Good Hope to reach Shanghai and Yokohama.",
		gold: { 'PANAMA CITY': [8.98, -79.52], 'Panama Canal': [9.08, -79.68], 'Gatun Lake': [9.21, -79.88], Gatun: [9.21, -79.88], Colón: [9.36, -79.9], Caribbean: [15, -75], Balboa: [8.95, -79.56], Pacific: [0, -160], 'Lake Alajuela': [9.22, -79.6], 'Río Indio': [9.0, -80.15], 'New Orleans': [29.95, -90.07], Houston: [29.76, -95.37], 'Cape of Good Hope': [-34.36, 18.47], Shanghai: [31.23, 121.47], Yokohama: [35.44, 139.64] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "COX'S BAZAR, Bangladesh — A fire swept through a block of shelters in the Kutupalong camp on Sunday, leaving 7,000 Rohingya refugees without a roof, the UN refugee agency said. More than a million Rohingya live in the camps of Ukhia and Teknaf, most of them since fleeing Rakhine State in Myanmar in 2017. Fighting between the army and the Arakan Army around Maungdaw and Buthidaung has pushed thousands more across the Naf River this year. Dhaka has moved some 36,000 refugees to the island of Bhasan Char and says it can take no more.",
		gold: { "COX'S BAZAR": [21.45, 91.97], Bangladesh: [24, 90], Kutupalong: [21.21, 92.16], Ukhia: [21.29, 92.1], Teknaf: [20.86, 92.3], 'Rakhine State': [20.0, 93.5], Rakhine: [20.0, 93.5], Myanmar: [21, 96], Maungdaw: [20.82, 92.37], Buthidaung: [20.87, 92.53], 'Naf River': [20.9, 92.3], Naf: [20.9, 92.3], Dhaka: [23.81, 90.41], 'Bhasan Char': [22.37, 91.4] },
		notPlaces: ['Rohingya', 'Arakan Army', 'Arakan']
	},
	{
		genre: 'health',
		text: "Mozambique has recorded 4,200 cases of cholera and 31 deaths since October, most in the northern provinces of Nampula and Cabo Delgado, the health ministry said in its weekly bulletin. In Nampula city and the coastal district of Angoche, treatment centres are full; in Cabo Delgado, cases have spread from Pemba to camps for people displaced by the insurgency around Mocímboa da Praia. Across the border, Malawi's districts of Nsanje and Chikwawa, on the Shire River, have reported new cases, and Blantyre has reopened its cholera wards. Zambezia province, around Quelimane, has so far been spared.",
		gold: { Mozambique: [-18.25, 35], Nampula: [-15.12, 39.27], 'Cabo Delgado': [-12.5, 39.5], Angoche: [-16.23, 39.91], Pemba: [-12.97, 40.52], 'Mocímboa da Praia': [-11.35, 40.35], Malawi: [-13.5, 34], Nsanje: [-16.92, 35.26], Chikwawa: [-16.03, 34.8], 'Shire River': [-16.3, 35.0], Shire: [-16.3, 35.0], Blantyre: [-15.79, 35.01], Zambezia: [-17.0, 37.0], 'Zambezia province': [-17.0, 37.0], Quelimane: [-17.88, 36.89] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BRIDGETOWN, Barbados (AP) — India beat South Africa by seven runs at the Kensington Oval on Saturday to win the Twenty20 World Cup, the first to be played in the West Indies and the United States. The tournament's early rounds were held in Guyana, Antigua, Trinidad and St. Vincent, as well as at a temporary stadium on Long Island, outside New York, and in Dallas and Lauderhill, Florida. Hurricane Beryl, which was heading for Grenada and Carriacou, kept the Indian team in their Bridgetown hotel for three days after the final.",
		gold: { BRIDGETOWN: [13.1, -59.62], Barbados: [13.17, -59.55], 'West Indies': [17, -70], 'United States': [39.5, -98.5], Guyana: [5, -59], Antigua: [17.08, -61.8], Trinidad: [10.45, -61.25], 'St. Vincent': [13.25, -61.2], 'Long Island': [40.8, -73.3], 'New York': [40.71, -74.0], Dallas: [32.78, -96.8], Lauderhill: [26.14, -80.21], Florida: [28.5, -82], Grenada: [12.12, -61.68], Carriacou: [12.48, -61.45], Bridgetown: [13.1, -59.62], India: [22, 79], 'South Africa': [-29, 24] },
		notPlaces: ['Kensington Oval', 'Kensington', 'Beryl']
	},
	{
		genre: 'international',
		text: "PORT MORESBY, Papua New Guinea — Counting in Papua New Guinea's general election was suspended in three Highlands provinces on Friday after clashes between supporters of rival candidates left 14 dead. Ballot boxes from Enga were flown to Wabag under police guard, and in Hela and Southern Highlands the electoral commission moved its count from Tari and Mendi to Mount Hagen. In Morobe, where counting in Lae went smoothly, the sitting governor kept his seat. Results from the islands of Bougainville and New Britain are expected next week.",
		gold: { 'PORT MORESBY': [-9.44, 147.18], 'Papua New Guinea': [-6.5, 145], Highlands: [-6, 144], Enga: [-5.5, 143.5], Wabag: [-5.49, 143.72], Hela: [-5.9, 142.7], 'Southern Highlands': [-6.4, 143.6], Tari: [-5.85, 142.95], Mendi: [-6.15, 143.65], 'Mount Hagen': [-5.86, 144.23], Morobe: [-6.8, 146.6], Lae: [-6.72, 147.0], Bougainville: [-6.2, 155.4], 'New Britain': [-5.6, 150.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JUBA, South Sudan (Reuters) - UN peacekeepers opened the gates of their base in Malakal to 3,000 more civilians on Tuesday after fighting between the army and a militia in Upper Nile state reached the outskirts of Nasir. The UN mission, UNMISS, has 18,000 troops in South Sudan, with bases in Juba, Bentiu, Bor and Wau. Rwandan and Mongolian units patrol the road from Bentiu to Rubkona in Unity State, where floods from the White Nile have lasted four years. In Abyei, claimed by both Sudan and South Sudan, Ghanaian peacekeepers were attacked near Agok.",
		gold: { JUBA: [4.85, 31.58], 'South Sudan': [7, 30], Malakal: [9.53, 31.66], 'Upper Nile': [10.0, 32.7], Nasir: [8.6, 33.07], Juba: [4.85, 31.58], Bentiu: [9.23, 29.8], Bor: [6.21, 31.56], Wau: [7.7, 28.0], Rubkona: [9.27, 29.78], 'Unity State': [8.9, 29.8], 'White Nile': [9.5, 31.5], Abyei: [9.6, 28.43], Sudan: [15, 30], Agok: [9.35, 28.58] },
		notPlaces: ['UNMISS']
	},
	{
		genre: 'international',
		text: "LA PAZ (AP) — Fires set to clear land for cattle have burned more than 4 million hectares of forest and savannah in Bolivia this year, most of them in the Chiquitanía of Santa Cruz department, the government said. Smoke closed schools in Santa Cruz de la Sierra and grounded flights at Viru Viru airport, and the towns of San Ignacio de Velasco, Concepción and Roboré were ringed by fire. In Beni, fires spread towards Trinidad and Riberalta. Brazil and Chile sent planes; the smoke reached as far as Asunción and Cuiabá.",
		gold: { 'LA PAZ': [-16.5, -68.15], Bolivia: [-17, -65], Chiquitanía: [-16.5, -61.0], 'Santa Cruz': [-17.8, -61.5], 'Santa Cruz de la Sierra': [-17.78, -63.18], 'San Ignacio de Velasco': [-16.37, -60.96], Concepción: [-16.13, -62.02], Roboré: [-18.33, -59.76], Beni: [-14.0, -65.5], Trinidad: [-14.83, -64.9], Riberalta: [-11.0, -66.07], Brazil: [-10, -55], Chile: [-30, -71], Asunción: [-25.26, -57.58], Cuiabá: [-15.6, -56.1], 'Viru Viru airport': [-17.64, -63.14] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "YEREVAN (Reuters) - Armenia's government said on Monday it would let work resume at the Amulsar gold mine, halted for six years by protests from residents of Jermuk, a spa town in Vayots Dzor province whose springs lie below the site. The copper and molybdenum mine at Kajaran, in Syunik, already supplies a fifth of Armenia's exports, most of it shipped by road through Meghri to Iran or north through Georgia to the port of Poti. Environmental groups in Yerevan said the Arpa River, which feeds Lake Sevan through a tunnel, was at risk.",
		gold: { YEREVAN: [40.18, 44.51], Armenia: [40.2, 45], Amulsar: [39.73, 45.72], Jermuk: [39.84, 45.67], 'Vayots Dzor': [39.75, 45.35], Kajaran: [39.15, 46.16], Syunik: [39.5, 46.0], Meghri: [38.9, 46.24], Iran: [32, 53], Georgia: [42.2, 43.5], Poti: [42.15, 41.67], Yerevan: [40.18, 44.51], 'Arpa River': [39.75, 45.4], Arpa: [39.75, 45.4], 'Lake Sevan': [40.35, 45.3] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "COLOMBO — Sri Lanka has recorded more than 52,000 dengue cases this year, with nearly half in the Western Province, the National Dengue Control Unit said on Thursday. Colombo, Gampaha and Kalutara districts account for most of them, but cases have risen sharply in Jaffna and Batticaloa since the north-east monsoon began. Teams of soldiers and health inspectors are searching homes and building sites for standing water in Kandy and Kurunegala. Hospitals in Negombo said their children's wards were at twice their capacity.",
		gold: { COLOMBO: [6.93, 79.86], 'Sri Lanka': [7.8, 80.7], 'Western Province': [6.9, 80.1], Colombo: [6.93, 79.86], Gampaha: [7.09, 80.0], Kalutara: [6.58, 79.96], Jaffna: [9.66, 80.02], Batticaloa: [7.72, 81.7], Kandy: [7.29, 80.63], Kurunegala: [7.49, 80.36], Negombo: [7.21, 79.84] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PRISTINA — Kosovo has started a catch-up measles vaccination campaign after 380 cases in three months, most among unvaccinated children in Prizren and Mitrovica, the National Institute of Public Health said. Mobile teams will visit villages in the municipalities of Dragash and Peja where fewer than half of children have had two doses. Neighbouring North Macedonia declared an epidemic in Skopje in the spring, with cases in Tetovo and Kumanovo, and Albania has reported an outbreak in Durrës. Health officials in Belgrade said Serbia's coverage had recovered to 90%.",
		gold: { PRISTINA: [42.66, 21.17], Kosovo: [42.6, 20.9], Prizren: [42.21, 20.74], Mitrovica: [42.89, 20.87], Dragash: [42.06, 20.65], Peja: [42.66, 20.29], 'North Macedonia': [41.6, 21.7], Skopje: [42.0, 21.43], Tetovo: [42.01, 20.97], Kumanovo: [42.13, 21.71], Albania: [41, 20], Durrës: [41.32, 19.45], Belgrade: [44.82, 20.46], Serbia: [44, 21] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Burundi's health ministry reported 170 new suspected mpox cases this week, bringing the total since July to 2,900, with Bujumbura and the western provinces of Cibitoke and Bubanza the most affected. Most cases are among children, and the ministry has opened isolation wards at the King Khaled hospital and in Gitega, the political capital. Cases in Burundi are of the clade Ib strain first identified in Kamituga, a gold-mining town in South Kivu, across Lake Tanganyika. Uganda and Kenya have reported cases among truck drivers on the route from Mombasa to Kampala.",
		gold: { Burundi: [-3.4, 29.9], Bujumbura: [-3.38, 29.36], Cibitoke: [-2.89, 29.12], Bubanza: [-3.08, 29.39], Gitega: [-3.43, 29.93], Kamituga: [-3.06, 28.18], 'South Kivu': [-3.0, 28.3], 'Lake Tanganyika': [-6.0, 29.5], Uganda: [1, 32], Kenya: [1, 38], Mombasa: [-4.04, 39.67], Kampala: [0.32, 32.58] },
		notPlaces: ['King Khaled']
	},
	{
		genre: 'health',
		text: "Seasonal malaria chemoprevention reached 53 million children in 17 countries of the Sahel and West Africa last year, the World Health Organization said in its annual malaria report. Nigeria, Burkina Faso, Mali, Niger and Chad gave the monthly doses in every district at risk, and Cameroon and Guinea extended the campaign to five rounds. Coverage was lowest in conflict areas: parts of Mopti and Ménaka in Mali, the Tillabéri region of Niger, and the Lac province of Chad around Lake Chad. In Maradi and Zinder, cases in children under five fell by 40% after four rounds.",
		gold: { Sahel: [14.5, 0], 'West Africa': [12, -2], Nigeria: [10, 8], 'Burkina Faso': [12.3, -1.6], Mali: [17, -4], Niger: [17, 9], Chad: [15, 19], Cameroon: [6, 12.5], Guinea: [10.5, -10.9], Mopti: [14.49, -4.2], Ménaka: [15.92, 2.4], Tillabéri: [14.2, 1.45], 'Tillabéri region': [14.2, 1.45], Lac: [13.5, 14.5], 'Lake Chad': [13.0, 14.5], Maradi: [13.5, 7.1], Zinder: [13.8, 8.99] },
		notPlaces: ['World Health Organization']
	},
	{
		genre: 'health',
		text: "Anaemia among women of reproductive age in rural Sindh: a cross-sectional survey. Background: Anaemia affects more than half of women in Pakistan. Methods: We surveyed 2,400 non-pregnant women aged 15–49 in 60 villages of Thatta, Badin and Tharparkar districts, and in the peri-urban settlements of Hyderabad. Results: Prevalence was 68% overall and highest in the desert villages around Mithi and Islamkot, where diets depend on millet. Women in coastal villages near Keti Bandar, who ate more fish, were less often anaemic. Conclusion: Fortified flour, already sold in Karachi and Sukkur, should reach the rural districts.",
		gold: { Sindh: [26, 68.5], Pakistan: [30, 70], Thatta: [24.75, 67.92], Badin: [24.66, 68.84], Tharparkar: [24.8, 70.2], Hyderabad: [25.39, 68.37], Mithi: [24.74, 69.8], Islamkot: [24.7, 70.18], 'Keti Bandar': [24.14, 67.45], Karachi: [24.86, 67.01], Sukkur: [27.7, 68.86] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BAKU (Reuters) - Azerbaijan and Armenia agreed on Thursday to reopen the railway through Armenia's Syunik province that will link Azerbaijan proper with its exclave of Nakhchivan, removing the last big obstacle to a peace treaty, officials in Baku and Yerevan said. The route, which Baku calls the Zangezur corridor, will run along the Aras River, on the border with Iran, through Meghri. Azerbaijani engineers have rebuilt the line from Horadiz towards the border. Tehran and Moscow, which guards the crossing, said they had not been consulted. Khankendi, which Armenians call Stepanakert, has been under Azerbaijani rule since 2023.",
		gold: { BAKU: [40.41, 49.87], Azerbaijan: [40.5, 47.5], Armenia: [40.2, 45], Syunik: [39.5, 46.0], 'Syunik province': [39.5, 46.0], Nakhchivan: [39.2, 45.4], Baku: [40.41, 49.87], Yerevan: [40.18, 44.51], Zangezur: [39.3, 46.1], 'Zangezur corridor': [39.3, 46.1], 'Aras River': [38.9, 46.2], Aras: [38.9, 46.2], Iran: [32, 53], Meghri: [38.9, 46.24], Horadiz: [39.45, 47.33], Tehran: [35.69, 51.39], Moscow: [55.76, 37.62], Khankendi: [39.82, 46.76], Stepanakert: [39.82, 46.76] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MOGADISHU (AP) — A third failed rainy season has left 4 million Somalis short of food, and tens of thousands of herders have walked into camps around Baidoa, Dollow and Beledweyne, the UN said on Wednesday. In Bay and Gedo regions, most goats and camels have died. The Shabelle River, which floods Beledweyne in wet years, ran dry near Jowhar for the first time since 2011. Kenya's Dadaab camps, 80 km from the border, registered 30,000 new arrivals from the Jubaland town of Dhobley. Donors meeting in Geneva pledged less than a third of the $2 billion requested.",
		gold: { MOGADISHU: [2.05, 45.32], Baidoa: [3.11, 43.65], Dollow: [4.16, 42.08], Beledweyne: [4.74, 45.2], Bay: [2.8, 43.5], Gedo: [3.5, 42.3], 'Shabelle River': [3.5, 45.5], Shabelle: [3.5, 45.5], Jowhar: [2.78, 45.5], Kenya: [1, 38], Dadaab: [0.05, 40.31], Jubaland: [0.5, 42], Dhobley: [0.41, 41.01], Geneva: [46.2, 6.15] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "VIENTIANE (Reuters) - The Mekong fell to its lowest level in 60 years at Vientiane this week, stranding boats on sandbars and exposing the rocks below Luang Prabang, the Mekong River Commission said. Fishermen in Chiang Khong, on the Thai bank, blamed the dams upstream in Yunnan and the Xayaburi dam in Laos. Downstream, the Tonle Sap lake in Cambodia failed to fill, and farmers in the Mekong Delta around Can Tho and Ben Tre reported salt water reaching their rice fields. Beijing said its dams had released extra water from Jinghong.",
		gold: { VIENTIANE: [17.97, 102.6], Mekong: [17.9, 102.6], Vientiane: [17.97, 102.6], 'Luang Prabang': [19.89, 102.13], 'Chiang Khong': [20.26, 100.4], Yunnan: [25, 101.5], Xayaburi: [19.25, 101.73], Laos: [18.5, 103.5], 'Tonle Sap': [12.9, 104.1], Cambodia: [12.5, 105], 'Mekong Delta': [10, 105.8], 'Can Tho': [10.03, 105.78], 'Ben Tre': [10.24, 106.38], Beijing: [39.9, 116.4], Jinghong: [22.0, 100.8] },
		notPlaces: ['Mekong River Commission']
	},
	{
		genre: 'health',
		text: "SUVA — Fiji's health ministry has declared an HIV outbreak after new infections rose more than tenfold in five years, driven by the sharing of needles among people who inject methamphetamine. Most new cases were diagnosed in the Central Division, around Suva and Nausori, and in the Western Division, in Lautoka, Nadi and Ba, on the main island of Viti Levu. Testing has been expanded at Colonial War Memorial Hospital and in Labasa on Vanua Levu. UNAIDS, whose Pacific office is in Suva, said Papua New Guinea and Fiji now had the fastest-growing epidemics in the region.",
		gold: { SUVA: [-18.14, 178.44], Fiji: [-17.8, 178], 'Central Division': [-18.0, 178.4], Suva: [-18.14, 178.44], Nausori: [-18.03, 178.53], 'Western Division': [-17.6, 177.6], Lautoka: [-17.61, 177.45], Nadi: [-17.8, 177.42], Ba: [-17.53, 177.67], 'Viti Levu': [-17.8, 178.0], Labasa: [-16.43, 179.36], 'Vanua Levu': [-16.6, 179.2], Pacific: [0, -160], 'Papua New Guinea': [-6.5, 145] },
		notPlaces: ['Colonial War Memorial', 'UNAIDS']
	},
	{
		genre: 'international',
		text: "FUNAFUTI, Tuvalu — The first 280 Tuvaluans chosen by ballot to move to Australia under a climate treaty left Funafuti on Monday, as king tides again flooded the runway that runs down the middle of the atoll. Tuvalu's nine islands lie less than five metres above the sea. In neighbouring Kiribati, the government is raising land on South Tarawa and Betio, and has bought land on Vanua Levu in Fiji in case its people have to leave. Nauru, which signed a similar treaty with Canberra, will send its first group to Brisbane next year.",
		gold: { FUNAFUTI: [-8.52, 179.2], Australia: [-25, 134], Funafuti: [-8.52, 179.2], Tuvalu: [-8, 178], Kiribati: [1.42, 173.0], 'South Tarawa': [1.33, 172.98], Betio: [1.35, 172.93], 'Vanua Levu': [-16.6, 179.2], Fiji: [-17.8, 178], Nauru: [-0.53, 166.93], Canberra: [-35.28, 149.13], Brisbane: [-27.47, 153.03] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PORT-AU-PRINCE, Haiti — Cholera has returned to the camps for displaced people in Port-au-Prince, with 1,300 suspected cases and 40 deaths in a month, most in Cité Soleil and Carrefour, the health ministry and Doctors Without Borders said. Gangs control most of the capital, and patients from Croix-des-Bouquets cannot reach the treatment centre in Tabarre. In the Artibonite valley, cases have been confirmed in Saint-Marc and Gonaïves, and the hospital in Mirebalais has opened a cholera ward. The Dominican Republic has closed its border crossing at Dajabón and Santo Domingo has stepped up deportations.",
		gold: { 'PORT-AU-PRINCE': [18.54, -72.34], Haiti: [19, -72.3], 'Port-au-Prince': [18.54, -72.34], 'Cité Soleil': [18.58, -72.33], Carrefour: [18.54, -72.4], 'Croix-des-Bouquets': [18.58, -72.23], Tabarre: [18.58, -72.27], Artibonite: [19.2, -72.5], 'Saint-Marc': [19.11, -72.69], Gonaïves: [19.45, -72.69], Mirebalais: [18.83, -72.1], 'Dominican Republic': [18.8, -70.2], Dajabón: [19.55, -71.71], 'Santo Domingo': [18.49, -69.93] },
		notPlaces: ['Doctors Without Borders']
	},
	{
		genre: 'international',
		text: "KATHMANDU (Reuters) - The Nepali Congress won the most seats in Madhesh Province in provincial elections on Sunday, while the Communist parties held Koshi and Gandaki, the election commission said. In Janakpur, the capital of Madhesh, turnout was 71%. Biratnagar, the industrial city of Koshi, elected a mayor from a new party founded by a former television host, as did Pokhara and Butwal in Lumbini Province. Voting in Karnali and Sudurpashchim, in the far west, was delayed by snow on the passes above Jumla.",
		gold: { KATHMANDU: [27.72, 85.32], Madhesh: [26.9, 85.9], 'Madhesh Province': [26.9, 85.9], Koshi: [27.0, 87.3], Gandaki: [28.3, 84.0], Janakpur: [26.73, 85.92], Biratnagar: [26.45, 87.28], Pokhara: [28.21, 83.99], Butwal: [27.7, 83.45], 'Lumbini Province': [27.8, 83.0], Karnali: [29.3, 82.2], Sudurpashchim: [29.3, 80.9], Jumla: [29.27, 82.18] },
		notPlaces: ['Nepali Congress', 'Communist']
	}
];

export const HELD_OUT_WORLD_S35_B: GenreText[] = [
	{
		genre: 'international',
		text: "ISTANBUL (Reuters) - More than 40 tankers waited to cross the Bosphorus on Tuesday after Turkey tightened its checks on insurance for ships carrying Russian crude from Novorossiysk and Primorsk, shipping agents said. Ships heading south from the Black Sea anchored off Sarıyer, and others waited in the Sea of Marmara to sail north. The Dardanelles at Çanakkale were also closed for a day by fog. Greek owners, who run most of the tankers, said cargoes bound for the Romanian port of Constanța and for Burgas in Bulgaria were delayed by up to a week.",
		gold: { ISTANBUL: [41.01, 28.98], Bosphorus: [41.12, 29.07], Turkey: [39, 35], Novorossiysk: [44.72, 37.77], Primorsk: [60.36, 28.61], 'Black Sea': [43.5, 34], Sarıyer: [41.17, 29.05], 'Sea of Marmara': [40.7, 28.2], Dardanelles: [40.2, 26.4], Çanakkale: [40.15, 26.41], Constanța: [44.17, 28.63], Burgas: [42.5, 27.47], Bulgaria: [42.7, 25.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ADRÉ, Chad (AP) — Some 20,000 people crossed from Sudan into eastern Chad in a single week, fleeing attacks on El Fasher and the camps around it, the UN refugee agency said. Most arrived at the border town of Adré with nothing, after walking from North Darfur through El Geneina. The agency is moving families to new camps at Farchana and Métché in Ouaddaï province, but the road to Abéché, the provincial capital, floods in the rains. Chad now hosts 1.2 million Sudanese refugees, more than any country but Egypt. N'Djamena has asked donors in Paris for more help.",
		gold: { 'ADRÉ': [13.47, 22.2], Chad: [15, 19], Sudan: [15, 30], 'El Fasher': [13.63, 25.35], Adré: [13.47, 22.2], 'North Darfur': [15.5, 25.5], Darfur: [13.5, 24.0], 'El Geneina': [13.45, 22.45], Farchana: [13.65, 21.8], Métché: [13.7, 21.5], Ouaddaï: [13.5, 21.0], Abéché: [13.83, 20.83], Egypt: [26.5, 30], "N'Djamena": [12.11, 15.04], Paris: [48.86, 2.35] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LA PAZ (AP) — Bolivia beat Colombia 1-0 in a World Cup qualifier played at 4,100 metres in El Alto on Tuesday, the latest visiting side to struggle for breath above La Paz. Bolivia moved its home games from the Hernando Siles stadium to the new Villa Ingenio ground this year. Colombia, who had beaten Ecuador in Barranquilla on Friday, play Peru in Lima next. Argentina, already qualified, drew with Chile in Santiago. Ecuador, whose home games in Quito are played at 2,850 metres, lead the group behind the champions.",
		gold: { 'LA PAZ': [-16.5, -68.15], 'El Alto': [-16.5, -68.19], 'La Paz': [-16.5, -68.15], Barranquilla: [10.96, -74.8], Lima: [-12.05, -77.04], Santiago: [-33.45, -70.67], Quito: [-0.22, -78.51], Bolivia: [-17, -65], Colombia: [4, -73], Ecuador: [-1.5, -78], Peru: [-10, -76], Argentina: [-34, -64], Chile: [-30, -71] },
		notPlaces: ['Hernando Siles', 'Villa Ingenio']
	},
	{
		genre: 'international',
		text: "BOGOTÁ (Reuters) - Colombia's left lost the mayoralties of Bogotá, Medellín and Cali in regional elections on Sunday, as voters in Antioquia and Valle del Cauca rewarded candidates who promised more police. In Barranquilla, the capital of Atlántico, the incumbent's ally won with 70%. The president's movement held on in Cauca, where Popayán elected its first Indigenous mayor, and in Nariño, on the border with Ecuador. In Catatumbo, in Norte de Santander, voting was suspended in two towns after attacks by the ELN.",
		gold: { BOGOTÁ: [4.71, -74.07], Colombia: [4, -73], Bogotá: [4.71, -74.07], Medellín: [6.24, -75.58], Cali: [3.45, -76.53], Antioquia: [7.0, -75.5], 'Valle del Cauca': [3.8, -76.5], Barranquilla: [10.96, -74.8], Atlántico: [10.7, -75.0], Cauca: [2.5, -76.8], Popayán: [2.44, -76.61], Nariño: [1.3, -77.4], Ecuador: [-1.5, -78], Catatumbo: [8.7, -73.0], 'Norte de Santander': [7.9, -72.9] },
		notPlaces: ['ELN']
	},
	{
		genre: 'international',
		text: "BANGUI, Central African Republic (AP) — Two Zambian peacekeepers were killed on Saturday when their convoy was ambushed near Bambari, the UN mission in the Central African Republic, MINUSCA, said. The mission has 14,000 troops, deployed from Bangui to Bangassou in the south-east and Bria and Ndélé in the north. Rebels have regained ground around Kaga-Bandoro and in the Ouham prefecture since Russian instructors moved to Mali. The government in Bangui blamed fighters crossing from Chad and Sudan.",
		gold: { BANGUI: [4.39, 18.56], 'Central African Republic': [6.6, 20.9], Bambari: [5.76, 20.67], Bangui: [4.39, 18.56], Bangassou: [4.74, 22.82], Bria: [6.54, 21.99], Ndélé: [8.41, 20.65], 'Kaga-Bandoro': [6.99, 19.19], Ouham: [7.0, 17.5], Mali: [17, -4], Chad: [15, 19], Sudan: [15, 30] },
		notPlaces: ['MINUSCA']
	},
	{
		genre: 'international',
		text: "SKOPJE (AP) — Wildfires burned across the southern Balkans on Thursday as temperatures passed 40C for a tenth day. In North Macedonia, the army fought fires around Kočani and on the slopes above Lake Ohrid, and villages near Kavadarci were evacuated. In Albania, a fire near Himarë forced tourists off the beaches, and smoke hung over Vlorë. Greece sent water bombers to its border with Bulgaria, where a fire in the Dadia forest near Alexandroupolis burned for a second week. Montenegro asked Croatia for help with a fire near Podgorica.",
		gold: { SKOPJE: [42.0, 21.43], Balkans: [42.5, 21], 'North Macedonia': [41.6, 21.7], Kočani: [41.92, 22.41], 'Lake Ohrid': [41.05, 20.72], Kavadarci: [41.43, 22.01], Albania: [41, 20], Himarë: [40.1, 19.75], Vlorë: [40.47, 19.49], Greece: [39, 22], Bulgaria: [42.7, 25.5], Dadia: [41.12, 26.22], Alexandroupolis: [40.85, 25.87], Montenegro: [42.7, 19.3], Croatia: [45.1, 15.2], Podgorica: [42.44, 19.26] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GEORGETOWN, Guyana (Reuters) - Guyana's oil output passed 900,000 barrels a day this month as a fourth production ship began pumping at the Stabroek block, 190 km off the coast, making the country of 800,000 people one of the world's fastest-growing economies. The capital, Georgetown, is building a gas pipeline to a power plant at Wales on the west bank of the Demerara. Venezuela still claims the Essequibo region, two-thirds of Guyana's land, and Caracas held a referendum on annexing it. Brazil moved troops to Boa Vista and Pacaraima near the border.",
		gold: { GEORGETOWN: [6.8, -58.16], Guyana: [5, -59], Georgetown: [6.8, -58.16], Wales: [6.7, -58.2], Demerara: [6.5, -58.2], Venezuela: [7, -66], Essequibo: [6.0, -59.0], Caracas: [10.49, -66.88], Brazil: [-10, -55], 'Boa Vista': [2.82, -60.67], Pacaraima: [4.48, -61.15] },
		notPlaces: ['Stabroek']
	},
	{
		genre: 'health',
		text: "HARGEISA — Somaliland's health ministry confirmed 600 cases of acute watery diarrhoea and cholera in a month, most in the port city of Berbera and in camps for people displaced by fighting around Las Anod. Oral vaccine from the global stockpile will be given to 300,000 people in Sahil and Togdheer regions, including Burao. The hospital in Hargeisa has set up a cholera tent, and cases have been reported as far west as Borama, near the border with Ethiopia. In Puntland, Bosaso and Garowe have also reported cases.",
		gold: { HARGEISA: [9.56, 44.06], Somaliland: [9.5, 46], Berbera: [10.44, 45.01], 'Las Anod': [8.48, 47.36], Sahil: [10.2, 45.0], Togdheer: [9.4, 45.5], Burao: [9.52, 45.53], Hargeisa: [9.56, 44.06], Borama: [9.94, 43.18], Ethiopia: [9, 39.5], Puntland: [9.5, 49], Bosaso: [11.28, 49.18], Garowe: [8.41, 48.48] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "LIMA — Peru declared a health emergency in 18 of its 25 regions on Monday after dengue cases passed 150,000 this year, with 200 deaths. The northern coastal regions of Piura, Tumbes and Lambayeque, hit by heavy rain from a warm El Niño sea, have the most cases, and hospitals in Sullana and Chiclayo have set up tents in their car parks. In the Amazon, Loreto and San Martín have also seen large outbreaks, with Iquitos and Tarapoto the worst hit. The health minister said fumigation teams had been sent from Lima to Trujillo and Chimbote.",
		gold: { LIMA: [-12.05, -77.04], Peru: [-10, -76], Piura: [-5.2, -80.63], Tumbes: [-3.57, -80.45], Lambayeque: [-6.7, -79.9], Sullana: [-4.9, -80.69], Chiclayo: [-6.77, -79.84], Amazon: [-5.0, -75.0], Loreto: [-4.5, -75], 'San Martín': [-7.0, -76.8], Iquitos: [-3.75, -73.25], Tarapoto: [-6.49, -76.37], Lima: [-12.05, -77.04], Trujillo: [-8.11, -79.03], Chimbote: [-9.07, -78.59] },
		notPlaces: ['El Niño']
	},
	{
		genre: 'health',
		text: "HANOI — Vietnam will vaccinate a million children against measles in a month-long campaign after cases rose in Ho Chi Minh City and the industrial provinces around it, the health ministry said. Binh Duong, Dong Nai and Long An have reported more than 2,000 cases between them, most in children of factory workers who moved from the Mekong Delta. Hanoi has opened extra clinics in its suburbs, and Tay Ninh, on the Cambodian border, has recorded two deaths. The campaign follows a shortage of vaccine in Da Nang and Hai Phong last year.",
		gold: { HANOI: [21.03, 105.85], Vietnam: [16, 107.8], 'Ho Chi Minh City': [10.82, 106.63], 'Binh Duong': [11.17, 106.67], 'Dong Nai': [11.0, 107.2], 'Long An': [10.7, 106.2], 'Mekong Delta': [10, 105.8], Hanoi: [21.03, 105.85], 'Tay Ninh': [11.31, 106.1], 'Da Nang': [16.05, 108.2], 'Hai Phong': [20.86, 106.68] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ISLAMABAD (AP) — Pakistan began a five-day polio vaccination campaign on Monday aiming to reach 45 million children, after 60 cases of wild poliovirus this year, more than in any year since 2020. Most cases have been in Balochistan, around Quetta, Killa Abdullah and Chaman, and in the southern districts of Khyber Pakhtunkhwa, including Bannu and Lakki Marwat. Two vaccinators and a police officer guarding them were shot dead in Dera Ismail Khan. Afghanistan, the only other country where the virus still circulates, is holding a campaign in Kandahar and Helmand.",
		gold: { ISLAMABAD: [33.69, 73.05], Pakistan: [30, 70], Balochistan: [28.5, 65.5], Quetta: [30.18, 67.0], 'Killa Abdullah': [30.73, 66.66], Chaman: [30.92, 66.45], 'Khyber Pakhtunkhwa': [34.5, 72.0], Bannu: [32.99, 70.6], 'Lakki Marwat': [32.61, 70.91], 'Dera Ismail Khan': [31.83, 70.9], Afghanistan: [33.9, 67.7], Kandahar: [31.61, 65.71], Helmand: [31.0, 64.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Tuberculosis in the Western Province of Papua New Guinea: a programme review. Daru Island, in the Torres Strait a few kilometres from Australian waters, has one of the highest rates of drug-resistant tuberculosis in the world. We reviewed 1,460 patients treated at Daru General Hospital from 2014 to 2023. Treatment success rose from 53% to 82% after community treatment supporters were trained in Daru and in the villages along the Fly River as far as Balimo. Patients referred to Port Moresby or to Thursday Island in Queensland did less well.",
		gold: { 'Western Province': [-7.5, 142.0], 'Papua New Guinea': [-6.5, 145], 'Daru Island': [-9.07, 143.2], 'Torres Strait': [-10.0, 142.5], Daru: [-9.07, 143.2], 'Fly River': [-8.0, 142.5], Balimo: [-8.05, 142.93], 'Port Moresby': [-9.44, 147.18], 'Thursday Island': [-10.58, 142.22], Queensland: [-22, 144] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Acute encephalitis syndrome in children in Muzaffarpur, Bihar: a case-control study. Outbreaks of encephalitis with low blood sugar have struck children in the litchi-growing districts of northern Bihar each June. We enrolled 390 cases admitted to Sri Krishna Medical College Hospital in Muzaffarpur and matched controls from the same villages in Muzaffarpur, Vaishali and Sitamarhi. Eating litchi and missing the evening meal were both linked to illness. Similar outbreaks have been reported from litchi orchards near Malda in West Bengal and from Bac Giang province in Vietnam. Referral hospitals in Patna admitted the most severe cases.",
		gold: { Muzaffarpur: [26.12, 85.39], Bihar: [25.6, 85.6], Vaishali: [25.99, 85.13], Sitamarhi: [26.59, 85.48], Malda: [25.0, 88.14], 'West Bengal': [23, 87.8], 'Bac Giang': [21.27, 106.19], Vietnam: [16, 107.8], Patna: [25.6, 85.14] },
		notPlaces: ['Sri Krishna']
	},
	{
		genre: 'international',
		text: "HAVANA (Reuters) - Cuba suffered its third island-wide blackout in a year on Friday after the Antonio Guiteras power plant near Matanzas failed, leaving 10 million people without electricity. Fuel tankers from Venezuela and Mexico have slowed under American sanctions, and Russian shipments to the port of Matanzas have not filled the gap. In Santiago de Cuba and Holguín, residents banged pots in protest. The government in Havana blamed Washington; the US embassy said Cuba's own mismanagement was at fault. Turkish power barges moored at Mariel supply a fifth of the grid.",
		gold: { HAVANA: [23.13, -82.38], Cuba: [21.5, -79.5], Matanzas: [23.05, -81.58], Venezuela: [7, -66], Mexico: [23, -102], 'Santiago de Cuba': [20.02, -75.82], Holguín: [20.89, -76.26], Havana: [23.13, -82.38], Washington: [38.9, -77.04], Mariel: [22.99, -82.75] },
		notPlaces: ['Antonio Guiteras']
	},
	{
		genre: 'international',
		text: "ADDIS ABABA (Reuters) - Ethiopia's prime minister told parliament on Tuesday that his country would gain access to the Red Sea 'by peaceful means', days after Eritrea massed troops near the port of Assab. Landlocked since Eritrea's independence in 1993, Ethiopia sends 90% of its trade through Djibouti. Eritrean officials in Asmara accused Addis Ababa of plotting to seize Assab with the help of forces in Afar, whose regional capital, Semera, lies on the road to the coast. In Tigray, leaders in Mekelle said they would not let their region be used for a war.",
		gold: { 'ADDIS ABABA': [9.03, 38.74], Ethiopia: [9, 39.5], 'Red Sea': [20, 38.5], Eritrea: [15.2, 39.8], Assab: [13.01, 42.74], Djibouti: [11.59, 43.15], Asmara: [15.32, 38.93], 'Addis Ababa': [9.03, 38.74], Afar: [12.0, 41.0], Semera: [11.79, 41.0], Tigray: [14.0, 39.0], Mekelle: [13.5, 39.47] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TBILISI (Reuters) - Russian border guards moved fences in South Ossetia 300 metres deeper into Georgian-controlled land near Gori this week, cutting farmers in the village of Ditsi off from their orchards, the EU monitoring mission said. The mission, which patrols the lines around South Ossetia and Abkhazia, is barred from Tskhinvali and Sukhumi. Along the Enguri River, the boundary with Abkhazia, residents of the Gali district said crossings to Zugdidi had been closed since March. Moscow said the fences marked the border of a sovereign state.",
		gold: { TBILISI: [41.72, 44.79], 'South Ossetia': [42.3, 44.0], Gori: [41.98, 44.11], Ditsi: [42.2, 44.02], Abkhazia: [43.0, 41.0], Tskhinvali: [42.23, 43.97], Sukhumi: [43.0, 41.02], 'Enguri River': [42.5, 41.8], Enguri: [42.5, 41.8], Gali: [42.63, 41.73], Zugdidi: [42.51, 41.87], Moscow: [55.76, 37.62] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NIAMEY (AP) — Niger's military government has revoked the French company Orano's licence to mine uranium at Imouraren, and will seek new partners for the mines around Arlit, the mining minister said on Thursday. The company's Somaïr mine near Arlit has stockpiled 1,500 tonnes of ore that it cannot export since the border with Benin closed. Niger's oil, from the Agadem field in the Diffa region, flows through a pipeline to the port of Sèmè near Cotonou, but Niamey and Porto-Novo are still quarrelling over the route. Trucks now carry ore through Burkina Faso to Lomé in Togo.",
		gold: { NIAMEY: [13.51, 2.11], Niger: [17, 9], Imouraren: [17.95, 7.48], Arlit: [18.74, 7.39], Benin: [9.5, 2.3], Agadem: [16.6, 13.2], Diffa: [13.32, 12.61], 'Diffa region': [13.32, 12.61], Sèmè: [6.37, 2.62], Cotonou: [6.37, 2.43], Niamey: [13.51, 2.11], 'Porto-Novo': [6.5, 2.6], 'Burkina Faso': [12.3, -1.6], Lomé: [6.13, 1.22], Togo: [8.6, 0.8] },
		notPlaces: ['Orano', 'Somaïr']
	},
	{
		genre: 'international',
		text: "NOUMÉA, New Caledonia (AFP) — French gendarmes reopened the road from Nouméa to the international airport at La Tontouta on Monday, three weeks after riots over a change to voting rules left nine dead and burned shops in Dumbéa and Mont-Dore. Paris flew 3,000 police from France and lifted a curfew in Païta. Pro-independence leaders on the Loyalty Islands, in Lifou and Maré, said talks must restart. Nickel smelters at Koniambo in the Northern Province and at Doniambo in Nouméa have laid off hundreds of workers. Vanuatu and Fiji called for calm.",
		gold: { 'NOUMÉA': [-22.27, 166.45], 'New Caledonia': [-21.3, 165.5], Nouméa: [-22.27, 166.45], 'La Tontouta': [-22.01, 166.22], Dumbéa: [-22.15, 166.45], 'Mont-Dore': [-22.27, 166.57], Paris: [48.86, 2.35], France: [46.5, 2.5], Païta: [-22.13, 166.37], 'Loyalty Islands': [-21.0, 167.5], Lifou: [-20.9, 167.25], Maré: [-21.5, 168.0], Koniambo: [-21.0, 164.83], 'Northern Province': [-20.8, 164.8], Doniambo: [-22.26, 166.43], Vanuatu: [-16, 167], Fiji: [-17.8, 178] },
		notPlaces: ['AFP']
	},
	{
		genre: 'international',
		text: "NAYPYIDAW (Reuters) - A magnitude 7.7 earthquake struck central Myanmar on Friday, its epicentre 16 km north-west of Sagaing, toppling pagodas and a bridge over the Irrawaddy and killing more than 3,000 people. In Mandalay, Myanmar's second city, apartment blocks collapsed, and in the capital, Naypyidaw, the shaking cracked the runway. The quake was felt in Chiang Mai and Bangkok, where a tower under construction collapsed, and in Yunnan. Rescue teams from China, India and Russia flew into Yangon.",
		gold: { NAYPYIDAW: [19.75, 96.1], Myanmar: [21, 96], Sagaing: [21.88, 95.98], Irrawaddy: [21.9, 96.0], Mandalay: [21.98, 96.08], Naypyidaw: [19.75, 96.1], 'Chiang Mai': [18.79, 98.98], Bangkok: [13.75, 100.5], Yunnan: [25, 101.5], China: [35, 103], India: [22, 79], Russia: [60, 90], Yangon: [16.87, 96.2] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "GUWAHATI — Floods along the Brahmaputra have displaced 2.4 million people in Assam, and health teams are testing drinking water in relief camps after cases of diarrhoea and hepatitis A in Dhubri and Barpeta districts, the state's health department said on Friday. In Kaziranga, two-thirds of the national park was under water and rhinos climbed to the highlands of Karbi Anglong. Cases of Japanese encephalitis, which peak in the monsoon, have risen in Dibrugarh and Lakhimpur. Bangladesh warned villages in Kurigram, downstream, to expect floods by the weekend.",
		gold: { GUWAHATI: [26.14, 91.74], Brahmaputra: [26.2, 91.7], Assam: [26.2, 92.9], Dhubri: [26.02, 89.98], Barpeta: [26.32, 91.0], Kaziranga: [26.58, 93.17], 'Karbi Anglong': [26.0, 93.5], Dibrugarh: [27.47, 94.91], Lakhimpur: [27.24, 94.1], Bangladesh: [24, 90], Kurigram: [25.8, 89.64] },
		notPlaces: []
	}
];

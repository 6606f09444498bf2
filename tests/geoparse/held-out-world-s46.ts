// International and health news written for session 46 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s46` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written in shapes the earlier world batches (s33-s45)
// lack: commodity and shipping news naming ports, terminals and corridors (Ukraine's grain corridor and Danube ports,
// Brazil's soy road BR-163 to the Tapajós terminals, Australia's coal ports, the Northern Sea Route, the Middle
// Corridor across the Caspian), vaccination campaigns by district and province (Metro Manila's districts, Tolima's
// municipalities, Mongolia's aimags), FEWS-style food-security outlooks by livelihood zone and county (northern
// Kenya, Somalia's Bay and Gedo, southern Zimbabwe, Mozambique and Zambia), wildlife and conservation news (Kruger's
// gates and the rhino trade, India's cheetah sites, Madagascar's rainforest parks), court cases abroad (the ICC on
// Timbuktu, a Stockholm trial over South Sudan's oil block, a Paris trial over Butare), elections with the
// candidates' home towns (Ghana, Indonesia's regions), diaspora news (Doaba's families in Brampton and Surrey,
// Nepal's workers from Madhesh), mining and oil concessions (Argentina's lithium Puna, Morowali's nickel, Guyana's
// Stabroek block and the Essequibo claim), rail corridors town to town (Tanzania's standard gauge), flood bulletins
// along rivers by barrage and town (the Indus, the Oder and the Nysa), festivals (the Guelaguetza, the Kumbh),
// obituaries of figures born in small towns (Vargas Llosa, Ngũgĩ), Chinese counties and prefectures (Jishishan,
// Meizhou's, Foshan's districts), South-East Asian provinces (northern Thailand, northern Vietnam, Sulawesi), club
// roundups with clubs named by their towns and no brackets (France, Scotland, Spain, Italy, Switzerland, Austria, the
// Netherlands, Belgium), and namesakes: Wales (Guyana), Hyderabad (Sindh), Antofagasta beside Antofagasta de la
// Sierra, Armenia and Villarrica (Colombia), Surrey and Brampton (Canada), Georgia (the country; the US state), Leer
// (South Sudan), Gaza (Mozambique), Newcastle, Gladstone, Bowen, Singleton (Australia), Mérida, Latina, Brest, Nice,
// Lens, Sion, Thun. Session 45's leads are written in (A): a city's districts listed with their division word
// (Manila's Tondo, Sampaloc and Santa Ana), Mexican states listed beside the text's towns (Sinaloa, Quintana Roo), a
// country's town in a sentence naming that country under a foreign dateline (Belarus's Brest), clubs by everyday-word
// towns outside brackets (Lens, Nice, Motherwell, Sassuolo), a demonym read as a town ("Two Brits ... in Pretoria").
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Mandsaur district") is graded too; rivers, airports, bridges, blocks, schools and a city
// named only inside a club's, a university's or a company's name are left ungraded; a club named by its town is
// graded as the town, as GeoWebNews grades it; a disease named for a place (Marburg, West Nile) is no place.
// Half A is for tuning; half B stays held out.
// Before any change (main 19fa21f): A 311/330 within 161 km (international 235/252, health 76/78), 1 name of no place
// mapped (Brits), 44 gold names not mapped; B 315/320 (international 245/250, health 70/70), none of no place mapped,
// 63 not mapped. A's wrong: Ber (near Timbuktu) as Beure FR, Bole (Savannah Region) as the Chinese town, Doaba (the
// Punjab region) as the Pakistani town, Catamarca (the province) as its city, Puna as Pune, Belén (Catamarca) as
// Belém, Shahdara (Lahore) as Delhi's, Oaxaca and Puebla as villages of the names, Sinaloa and Quintana Roo (the
// states) as villages, Santa María de Nieva as the Spanish town, Jintian, Caotan and Minhe (Qinghai) as namesakes,
// Itaqui (the port) as the Rio Grande do Sul town, Wales (Guyana) as Wales, Nariño (the department) as a town,
// Armenia (Quindío) as the country.
// End of session 46 (main 7ed1e45): A 317/330 (Oaxaca, Puebla, Sinaloa, Quintana Roo, Nariño: states and the city
// read as such, within-parent.ts and states listed among states; Catamarca the province after its dateline city),
// B 315/320 (unchanged, scored once at the end). B's wrong: Sion (Valais) as the Dutch village, Nová Ves (Ostrava)
// as another Czech Nová Ves, Carmichael (the Queensland mine) as the California town, Tumba (Huye) as the Swedish
// town, and Malaysia 1,181 km from the point given for it (a matter of the point chosen: the peninsula's).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S46_A: GenreText[] = [
	{
		genre: 'international',
		text: "ODESA, Ukraine - Ukraine shipped 4.1 million tonnes of grain through its own Black Sea corridor in October, the most since the war began, the infrastructure ministry said. Ships load at Odesa, Chornomorsk and Pivdennyi, hug the coast past Zatoka, and then sail inside Romanian and Bulgarian waters to the Bosphorus. The river ports of Izmail and Reni, which carried most of the grain in 2023, handled less after drone strikes damaged their silos; barges still go down the Sulina channel to Constanța. A missile hit a Panama-flagged bulk carrier off Chornomorsk on Tuesday. Most of the corn goes to Spain, Egypt and China, and the wheat to Turkey, whose millers in Mersin and Bandırma buy it by the shipload.",
		gold: { ODESA: [46.48, 30.73], Ukraine: [49.0, 32.0], 'Black Sea': [43.4, 34.0], Odesa: [46.48, 30.73], Chornomorsk: [46.3, 30.66], Pivdennyi: [46.62, 31.1], Zatoka: [46.07, 30.46], Bosphorus: [41.12, 29.07], Izmail: [45.35, 28.84], Reni: [45.46, 28.29], Sulina: [45.16, 29.65], 'Constanța': [44.17, 28.63], Spain: [40.2, -3.7], Egypt: [26.8, 30.8], China: [35.0, 103.0], Turkey: [39.0, 35.0], Mersin: [36.8, 34.63], 'Bandırma': [40.35, 27.98] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "MANILA - The health department began a door-to-door measles and polio vaccination drive in Metro Manila on Monday after 312 measles cases were confirmed since January. In Manila itself, teams went first to the Tondo, Sampaloc and Santa Ana districts, where coverage is lowest; Caloocan, Malabon and Navotas, north of the city, follow next week. Outside the capital, the campaign covers Bulacan, Cavite and Laguna, and in Mindanao the provinces of Lanao del Sur and Maguindanao, where the last polio cases were found in 2019. Vaccinators in Marawi and Cotabato City will be escorted by soldiers. The department aims to reach 95% of children under five by the end of the month.",
		gold: { MANILA: [14.6, 120.98], 'Metro Manila': [14.58, 121.0], Manila: [14.6, 120.98], Tondo: [14.62, 120.97], Sampaloc: [14.61, 120.99], 'Santa Ana': [14.58, 121.01], Caloocan: [14.65, 120.97], Malabon: [14.66, 120.96], Navotas: [14.67, 120.94], Bulacan: [14.95, 120.9], Cavite: [14.27, 120.87], Laguna: [14.17, 121.33], Mindanao: [7.5, 125.0], 'Lanao del Sur': [7.82, 124.43], Maguindanao: [6.94, 124.42], Marawi: [8.0, 124.29], 'Cotabato City': [7.22, 124.25] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "NAIROBI - Crisis (IPC Phase 3) outcomes are expected to last through May in the pastoral areas of northern Kenya, the famine early warning network said in its monthly outlook, after the October-December short rains failed for a second year. In the Northwestern Pastoral zone of Turkana and the Marsabit Mixed Farming zone, herds are trekking to dry-season grazing near the Ethiopian border, and milk prices in the Lodwar and Moyale markets have doubled. Mandera, Wajir and Garissa counties face the worst water shortages. Across the border in Somalia, Emergency (Phase 4) outcomes are likely in the Bay Agropastoral zone around Baidoa and in Gedo, where the sorghum harvest failed, and displaced families are arriving in Dolow and Luuq. In southern Ethiopia, Borena zone has lost a quarter of its cattle.",
		gold: { NAIROBI: [-1.29, 36.82], Kenya: [0.5, 38.0], Turkana: [3.3, 35.6], Marsabit: [2.5, 37.8], Lodwar: [3.12, 35.6], Moyale: [3.52, 39.06], Mandera: [3.5, 40.7], Wajir: [1.75, 40.06], Garissa: [-0.45, 39.66], Somalia: [5.15, 46.2], Bay: [2.6, 43.5], Baidoa: [3.11, 43.65], Gedo: [3.5, 42.3], Dolow: [4.16, 42.08], Luuq: [3.8, 42.55], Ethiopia: [9.1, 40.5], Borena: [4.5, 38.5], 'Borena zone': [4.5, 38.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SKUKUZA, South Africa - Rangers in the Kruger National Park arrested three suspected rhino poachers near the Crocodile Bridge gate on Sunday and seized a hunting rifle and an axe, the park said. Poaching has shifted from the Kruger to KwaZulu-Natal, where Hluhluwe-iMfolozi Park lost 198 rhinos last year, and to private reserves near Hoedspruit and Phalaborwa. Two Brits, aged 20 and 22, were arrested in Pretoria last week with 14 kilograms of horn, police said; the horn is believed to have come from the Eastern Cape. Across the border in Mozambique, where many poachers live in villages around Massingir, the Limpopo National Park has moved its last rhinos. Horn is smuggled out through Maputo and Johannesburg's airport to Vietnam and China.",
		gold: { SKUKUZA: [-24.99, 31.59], 'South Africa': [-29.0, 25.0], 'Kruger National Park': [-24.0, 31.5], Kruger: [-24.0, 31.5], 'Crocodile Bridge': [-25.36, 31.89], 'KwaZulu-Natal': [-28.5, 30.9], 'Hluhluwe-iMfolozi Park': [-28.2, 31.95], Hoedspruit: [-24.35, 30.95], Phalaborwa: [-23.94, 31.14], Pretoria: [-25.75, 28.19], 'Eastern Cape': [-32.3, 26.4], Mozambique: [-18.6, 35.5], Massingir: [-23.92, 32.16], 'Limpopo National Park': [-23.3, 31.9], Maputo: [-25.97, 32.57], Johannesburg: [-26.2, 28.05], Vietnam: [16.0, 107.8], China: [35.0, 103.0] },
		notPlaces: ['Brits']
	},
	{
		genre: 'international',
		text: "THE HAGUE - The International Criminal Court sentenced a former Islamic police chief to ten years in prison for the destruction of mausoleums and the flogging of women in Timbuktu during the 2012 occupation of northern Mali. Judges found that the man, born in a village near Goundam, ran the police while Ansar Dine held the city. Witnesses told the court of floggings in the market near the Djingareyber mosque and of girls forced into marriage in Ber and Tonka. The court heard that fighters had come from Gao and Kidal; the occupation ended when French and Chadian troops retook the north in January 2013. The verdict was read out in The Hague and shown on screens in Timbuktu and in Bamako, Mali's capital. Victims' lawyers in Mopti said the sentence was too short.",
		gold: { 'THE HAGUE': [52.08, 4.31], Timbuktu: [16.77, -3.0], Mali: [17.5, -4.0], Goundam: [16.41, -3.67], Ber: [16.87, -2.49], Tonka: [16.1, -3.78], Gao: [16.27, -0.04], Kidal: [18.44, 1.41], 'The Hague': [52.08, 4.31], Bamako: [12.64, -8.0], Mopti: [14.49, -4.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ACCRA - John Mahama was declared the winner of Ghana's presidential election on Monday with 56.6% of the vote, returning to office eight years after he was defeated. The former president, born in Damongo and raised partly in Bole, in the Savannah Region, carried all five northern regions and won the Ashanti Region's cities for the first time. His main rival, Vice-President Mahamudu Bawumia, from Walewale in the North East Region, conceded before the final count. Crowds gathered in Tamale, Bolgatanga and Wa on Sunday night, while the ruling party's offices in Kumasi and Koforidua were quiet. In the Volta Region, Mahama's strongest, turnout in Ho and Hohoe passed 80%. Observers from the African Union and ECOWAS said the vote in Cape Coast and Takoradi was orderly.",
		gold: { ACCRA: [5.6, -0.19], Ghana: [7.9, -1.0], Damongo: [9.08, -1.82], Bole: [9.03, -2.48], 'Savannah Region': [9.1, -1.8], 'Ashanti Region': [6.75, -1.5], Walewale: [10.35, -0.8], 'North East Region': [10.5, -0.5], Tamale: [9.4, -0.84], Bolgatanga: [10.79, -0.85], Wa: [10.06, -2.5], Kumasi: [6.69, -1.62], Koforidua: [6.09, -0.26], 'Volta Region': [6.6, 0.45], Ho: [6.6, 0.47], Hohoe: [7.15, 0.47], 'Cape Coast': [5.1, -1.25], Takoradi: [4.9, -1.76] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JALANDHAR, India - Nearly every family in the villages around Jalandhar has someone in Canada, and the diplomatic row between New Delhi and Ottawa has left many of them waiting for visas. In Kapurthala and Hoshiarpur, the districts of the Doaba region, study-visa agents have shut their offices since Canada cut permits for students by a third. Parents in Nawanshahr said their children in Brampton and Surrey now work double shifts to pay the rent. The gurdwara at Goraya has paid for the funerals of two young men who died in Surrey and Winnipeg this year. Some families now look to Australia and Germany, but a farmer in Phagwara said his son would stay in Ontario 'whatever happens'.",
		gold: { JALANDHAR: [31.33, 75.58], India: [22.0, 79.0], Jalandhar: [31.33, 75.58], Canada: [56.0, -106.0], 'New Delhi': [28.61, 77.21], Ottawa: [45.42, -75.7], Kapurthala: [31.38, 75.38], Hoshiarpur: [31.53, 75.91], Doaba: [31.3, 75.6], Nawanshahr: [31.12, 76.12], Brampton: [43.68, -79.76], Surrey: [49.19, -122.85], Goraya: [31.12, 75.77], Winnipeg: [49.9, -97.14], Australia: [-25.0, 134.0], Germany: [51.0, 10.0], Phagwara: [31.22, 75.77], Ontario: [50.0, -85.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CATAMARCA, Argentina - A lithium producer said it would double output at its plant on the Salar del Hombre Muerto, in the Antofagasta de la Sierra department of Catamarca province, after Argentina approved its investment under a new incentive regime. The brine is pumped on the high Puna, 4,000 metres up, and the lithium carbonate is trucked over the Paso de Jama to the Chilean port of Antofagasta, or east to Rosario. Neighbouring Jujuy, where the mines at Olaroz and Cauchari lie near Susques, and Salta, with projects around the Salar de Pocitos and Tolar Grande, also want investment. Farmers in Fiambalá and Belén say the plants use too much water, and in Purmamarca protesters blocked the road to the salt flats last year.",
		gold: { CATAMARCA: [-28.47, -65.78], Argentina: [-34.0, -64.0], 'Salar del Hombre Muerto': [-25.4, -67.0], 'Antofagasta de la Sierra': [-26.06, -67.4], 'Catamarca province': [-27.3, -67.0], Catamarca: [-27.3, -67.0], Puna: [-24.5, -66.8], 'Paso de Jama': [-22.93, -67.0], Antofagasta: [-23.65, -70.4], Rosario: [-32.95, -60.65], Jujuy: [-23.3, -65.8], Olaroz: [-23.5, -66.7], Cauchari: [-23.75, -66.75], Susques: [-23.4, -66.37], Salta: [-24.3, -65.3], 'Salar de Pocitos': [-24.38, -67.0], 'Tolar Grande': [-24.59, -67.4], 'Fiambalá': [-27.69, -67.62], 'Belén': [-27.65, -67.03], Purmamarca: [-23.75, -65.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DAR ES SALAAM - Tanzania's electric trains began running between Dar es Salaam and Dodoma this week, cutting the 444-kilometre trip to under four hours. The standard-gauge line runs through Morogoro and Kilosa to Makutupora, north of the capital, and is being built on to Tabora, Isaka and Mwanza on Lake Victoria, with a branch from Tabora to Kigoma on Lake Tanganyika. From Uvinza a line will cross into Burundi to Gitega and on toward the mines of the Congo. In Kenya, the Chinese-built railway from Mombasa to Nairobi stops at Naivasha, short of the Ugandan border at Malaba, and Uganda's own line from Malaba to Kampala has yet to begin.",
		gold: { 'DAR ES SALAAM': [-6.8, 39.28], Tanzania: [-6.4, 34.9], 'Dar es Salaam': [-6.8, 39.28], Dodoma: [-6.17, 35.74], Morogoro: [-6.82, 37.66], Kilosa: [-6.83, 36.99], Makutupora: [-5.98, 35.77], Tabora: [-5.02, 32.8], Isaka: [-3.9, 32.93], Mwanza: [-2.52, 32.9], 'Lake Victoria': [-1.0, 33.0], Kigoma: [-4.88, 29.63], 'Lake Tanganyika': [-6.0, 29.5], Uvinza: [-5.1, 30.38], Burundi: [-3.4, 29.9], Gitega: [-3.43, 29.93], Congo: [-2.9, 23.6], Kenya: [0.5, 38.0], Mombasa: [-4.04, 39.67], Nairobi: [-1.29, 36.82], Naivasha: [-0.72, 36.43], Malaba: [0.64, 34.28], Uganda: [1.3, 32.3], Kampala: [0.32, 32.58] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ISLAMABAD - The Indus at Guddu barrage was in 'very high flood' on Thursday with 520,000 cusecs passing, the flood forecasting division said, and the crest is expected at Sukkur on Saturday and at Kotri, across the river from Hyderabad, by Tuesday. Villages on the river's banks in Kashmore, Ghotki and Shikarpur districts were being emptied. Upstream, the Chenab was falling at Marala and Trimmu after flooding farmland around Jhang, and the Sutlej at Ganda Singh Wala, on the border, was in high flood after India opened the gates of dams in Himachal Pradesh. In Punjab province, troops were called in around Kasur and Bahawalnagar. The Ravi rose at Shahdara, on the edge of Lahore, higher than at any time since 1988.",
		gold: { ISLAMABAD: [33.69, 73.05], Guddu: [28.42, 69.7], Sukkur: [27.7, 68.86], Kotri: [25.37, 68.31], Hyderabad: [25.38, 68.37], Kashmore: [28.43, 69.58], Ghotki: [28.0, 69.3], Shikarpur: [27.96, 68.64], Marala: [32.67, 74.46], Trimmu: [31.14, 72.14], Jhang: [31.27, 72.32], 'Ganda Singh Wala': [31.05, 74.55], India: [22.0, 79.0], 'Himachal Pradesh': [31.9, 77.2], Punjab: [31.0, 72.5], 'Punjab province': [31.0, 72.5], Kasur: [31.12, 74.45], Bahawalnagar: [29.99, 73.25], Shahdara: [31.63, 74.3], Lahore: [31.55, 74.34] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "OAXACA, Mexico - Delegations from the state's eight regions danced on the Cerro del Fortín on Monday at the opening of the Guelaguetza, which drew 12,000 visitors to the city of Oaxaca, many of them from Chiapas, Puebla, Guerrero, Sinaloa and Quintana Roo, the tourism office said. The women of Tehuantepec and Juchitán de Zaragoza, on the Isthmus, wore embroidered huipiles; the pineapple dance came from Tuxtepec, and the Danza de la Pluma from Teotitlán del Valle and Cuilápam de Guerrero. Dancers from Huautla de Jiménez, in the Mazatec highlands, and from Putla Villa de Guerrero and Pinotepa Nacional on the coast followed. Hotels in Mitla and Santa María del Tule were full.",
		gold: { OAXACA: [17.06, -96.72], Mexico: [23.6, -102.5], 'Cerro del Fortín': [17.07, -96.73], Oaxaca: [17.06, -96.72], Chiapas: [16.5, -92.5], Puebla: [18.8, -97.9], Guerrero: [17.6, -99.9], Sinaloa: [25.0, -107.5], 'Quintana Roo': [19.6, -88.0], Tehuantepec: [16.32, -95.24], 'Juchitán de Zaragoza': [16.43, -95.02], Tuxtepec: [18.09, -96.12], 'Teotitlán del Valle': [17.03, -96.52], 'Cuilápam de Guerrero': [16.99, -96.78], 'Huautla de Jiménez': [18.13, -96.84], 'Putla Villa de Guerrero': [17.03, -97.93], 'Pinotepa Nacional': [16.34, -98.05], Mitla: [16.92, -96.36], 'Santa María del Tule': [17.05, -96.64] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LIMA - Mario Vargas Llosa, the Nobel laureate whose novels mapped Peru's cities and jungles, died in Lima on Sunday aged 89. He was born in Arequipa in 1936 and spent his childhood in Cochabamba, in Bolivia, before the family moved to Piura on Peru's northern coast, the setting of The Green House. As a cadet at the Leoncio Prado military school in Callao he gathered the material for his first novel. He lived for decades abroad, in Paris, London, Barcelona and Madrid, and took Spanish citizenship in 1993 after losing Peru's 1990 presidential election to Alberto Fujimori. His journeys up the Marañón to Santa María de Nieva, and to Iquitos, fed the novels he set in the jungle.",
		gold: { LIMA: [-12.05, -77.04], Peru: [-9.2, -75.0], Lima: [-12.05, -77.04], Arequipa: [-16.4, -71.54], Cochabamba: [-17.39, -66.16], Bolivia: [-16.7, -64.7], Piura: [-5.19, -80.63], Callao: [-12.06, -77.15], Paris: [48.86, 2.35], London: [51.51, -0.13], Barcelona: [41.39, 2.17], Madrid: [40.42, -3.7], 'Santa María de Nieva': [-4.6, -77.87], Iquitos: [-3.75, -73.25] },
		notPlaces: ['Leoncio Prado', 'Vargas Llosa', 'Alberto Fujimori']
	},
	{
		genre: 'international',
		text: "BEIJING - A magnitude 6.2 earthquake struck Jishishan county in Gansu province just before midnight on Monday, killing at least 131 people in Gansu and neighbouring Qinghai, state media said. The epicentre was 8 km from Liugou township, in the Linxia Hui autonomous prefecture, 100 km south-west of Lanzhou. Most of the dead were in the town of Dahejia and the villages around it; across the Yellow River in Qinghai, mudflows buried houses in Jintian and Caotan, in Minhe county, part of Haidong city. Rescuers from Xining and Lanzhou worked through the night in temperatures of minus 14C. Tents were sent from Chengdu and Xi'an.",
		gold: { BEIJING: [39.9, 116.4], 'Jishishan county': [35.72, 102.85], Jishishan: [35.72, 102.85], Gansu: [37.0, 102.5], Qinghai: [35.7, 96.0], Liugou: [35.73, 102.79], Linxia: [35.6, 103.2], Lanzhou: [36.06, 103.83], Dahejia: [35.84, 102.78], Jintian: [35.86, 102.83], Caotan: [35.86, 102.85], Minhe: [36.32, 102.8], 'Minhe county': [36.32, 102.8], Haidong: [36.5, 102.1], Xining: [36.62, 101.78], Chengdu: [30.66, 104.07], "Xi'an": [34.26, 108.94] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CHIANG RAI, Thailand - Floodwater from the Sai river swept through Mae Sai, Thailand's northernmost town, for the second time in a month, forcing 2,000 residents onto their roofs, after Typhoon Yagi's rains fell across the border in Myanmar's Shan State. Across the bridge, the Myanmar town of Tachileik was also flooded. In Chiang Rai city the Kok burst its banks, and in Chiang Mai the Ping overflowed into the night bazaar. Nan, Phrae and Phayao provinces reported landslides, and further south the Yom flooded farmland in Sukhothai. In Laos, the Mekong at Luang Prabang rose two metres, and Vientiane prepared sandbags. The disaster agency counted 46 dead across 22 provinces.",
		gold: { 'CHIANG RAI': [19.91, 99.83], Thailand: [15.0, 101.0], 'Mae Sai': [20.43, 99.88], Myanmar: [21.0, 96.0], 'Shan State': [21.5, 97.9], Tachileik: [20.45, 99.88], 'Chiang Rai': [19.91, 99.83], 'Chiang Mai': [18.79, 98.98], Nan: [18.8, 100.9], Phrae: [18.14, 100.14], Phayao: [19.17, 99.9], Sukhothai: [17.0, 99.82], Laos: [18.2, 103.9], 'Luang Prabang': [19.89, 102.13], Vientiane: [17.97, 102.6] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "WARSAW - African swine fever has reached farms in eastern Poland's Lublin province, the chief veterinarian said on Friday, and pigs were culled on 14 farms around Biała Podlaska and Chełm. Belarus reported an outbreak near Brest, 30 km from Biała Podlaska, and Ukraine confirmed cases in Volyn, around Kovel. Lithuania found infected wild boar in its Alytus district. Poland has fenced its border with Belarus from Terespol northwards, but hunters say boar swim the Bug. German officials in Brandenburg, where the virus reached Frankfurt (Oder) in 2020, asked for tighter checks on trucks.",
		gold: { WARSAW: [52.23, 21.01], Poland: [52.0, 19.4], 'Lublin province': [51.2, 22.9], 'Biała Podlaska': [52.03, 23.13], 'Chełm': [51.14, 23.47], Belarus: [53.7, 28.0], Brest: [52.1, 23.7], Ukraine: [49.0, 32.0], Volyn: [51.0, 25.0], Kovel: [51.21, 24.71], Lithuania: [55.3, 23.9], 'Alytus district': [54.4, 24.0], Alytus: [54.4, 24.0], Terespol: [52.08, 23.62], Brandenburg: [52.4, 13.0], 'Frankfurt (Oder)': [52.34, 14.55] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "France: Lens came from behind to beat Nice 2-1 on Sunday and moved second in Ligue 1, two points behind Paris Saint-Germain. Brest drew 0-0 with Angers, Le Havre lost 3-0 at home to Lille, and Auxerre beat Nantes. Scotland: Celtic, Hibernian and Motherwell reached the semi-finals of the League Cup; Kilmarnock went out on penalties at Dundee. Spain: Getafe beat Villarreal 2-1, and Girona drew with Alavés in Vitoria. Italy: Como, promoted last season, won 2-0 at Lecce; Sassuolo lost at Cremona.",
		gold: { France: [46.6, 2.4], Lens: [50.43, 2.83], Nice: [43.7, 7.27], Brest: [48.39, -4.49], Angers: [47.47, -0.55], 'Le Havre': [49.49, 0.11], Lille: [50.63, 3.06], Auxerre: [47.8, 3.57], Nantes: [47.22, -1.55], Scotland: [56.5, -4.2], Motherwell: [55.79, -3.99], Kilmarnock: [55.61, -4.5], Dundee: [56.46, -2.97], Spain: [40.2, -3.7], Getafe: [40.31, -3.73], Villarreal: [39.94, -0.1], Girona: [41.98, 2.82], Vitoria: [42.85, -2.67], Italy: [42.8, 12.8], Como: [45.81, 9.09], Lecce: [40.35, 18.17], Sassuolo: [44.55, 10.78], Cremona: [45.13, 10.02] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SÃO PAULO - Brazil's soybean exports through its northern ports rose 18% in the first half of the year, as more of Mato Grosso's crop travelled up the BR-163 highway from Sorriso, Lucas do Rio Verde and Sinop to the river terminals at Miritituba, on the Tapajós. From there, barges carry the beans to Santarém and to Barcarena, near Belém, where they are loaded onto ships for China. The traditional southern route, by truck or train to Santos and Paranaguá, still carries half the crop, but the queue of trucks at Santos reached 40 km in March. The port of Itaqui, at São Luís in Maranhão, takes grain from Tocantins and Piauí by the North-South railway. Farmers in Rondonópolis say freight costs have fallen by a fifth since the highway was paved.",
		gold: { 'SÃO PAULO': [-23.55, -46.63], Brazil: [-10.0, -52.0], 'Mato Grosso': [-13.0, -56.0], Sorriso: [-12.55, -55.71], 'Lucas do Rio Verde': [-13.05, -55.91], Sinop: [-11.86, -55.5], Miritituba: [-4.29, -55.95], 'Santarém': [-2.44, -54.71], Barcarena: [-1.51, -48.62], 'Belém': [-1.46, -48.5], China: [35.0, 103.0], Santos: [-23.96, -46.33], 'Paranaguá': [-25.52, -48.51], Itaqui: [-2.57, -44.37], 'São Luís': [-2.53, -44.3], 'Maranhão': [-5.0, -45.0], Tocantins: [-10.2, -48.3], 'Piauí': [-7.7, -42.7], 'Rondonópolis': [-16.47, -54.64] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "DODOMA - Tanzania confirmed an outbreak of Marburg virus disease in Kagera region on Monday, with one confirmed case and nine suspected deaths in Biharamulo and Muleba districts, the health ministry said. The regional hospital in Bukoba has opened an isolation unit, and 281 contacts are being followed in Biharamulo town and in the lakeside villages near Kemondo. The WHO said the risk to neighbouring Uganda, Rwanda and Burundi was high because of traffic on the road through Mutukula and at the border crossing at Rusumo. Kagera had its first Marburg outbreak in March 2023, in Bukoba rural district. Rwanda, which ended its own outbreak in Kigali in December, sent a team with vaccine doses.",
		gold: { DODOMA: [-6.17, 35.74], Tanzania: [-6.4, 34.9], 'Kagera region': [-1.9, 31.4], Kagera: [-1.9, 31.4], Biharamulo: [-2.63, 31.31], Muleba: [-1.83, 31.65], Bukoba: [-1.33, 31.81], Kemondo: [-1.49, 31.73], Uganda: [1.3, 32.3], Rwanda: [-1.95, 29.9], Burundi: [-3.4, 29.9], Mutukula: [-1.0, 31.41], Rusumo: [-2.38, 30.78], Kigali: [-1.95, 30.06] },
		notPlaces: ['Marburg']
	},
	{
		genre: 'international',
		text: "GEORGETOWN, Guyana - Guyana's oil output passed 900,000 barrels a day after a fourth production ship began pumping in the Stabroek block, 190 km off the coast, the operator said. The government plans a gas pipeline ashore to a power plant at Wales, on the west bank of the Demerara, and a paved road to Linden and on to Lethem on the Brazilian border. Neighbouring Suriname expects its first oil from Block 58 in 2028, with a supply base in Paramaribo. Venezuela still claims the Essequibo region, two-thirds of Guyana's land, and held a referendum on it in 2023; its troops have been reinforced on Anacoco island, on the Cuyuní. In Berbice and Bartica, residents say they have yet to see the oil money.",
		gold: { GEORGETOWN: [6.8, -58.16], Guyana: [4.9, -58.9], Wales: [6.6, -58.2], Linden: [6.0, -58.3], Lethem: [3.38, -59.8], Suriname: [4.0, -56.0], Paramaribo: [5.85, -55.2], Venezuela: [7.0, -66.0], Essequibo: [6.0, -59.5], Anacoco: [6.72, -61.13], Berbice: [5.8, -57.5], Bartica: [6.41, -58.62] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BOGOTÁ - Colombia declared a health emergency over yellow fever on Wednesday after 74 cases and 34 deaths, most of them in Tolima department, and began vaccinating everyone aged nine months to 59 years in the worst-hit municipalities. Teams are going door to door in Ataco, Planadas, Chaparral, Rioblanco and Rovira, in the south of the department, and in Villarrica and Cunday to the east, the health ministry said. Cases have also been confirmed in Putumayo, Caquetá, Huila and Nariño. The regional hospital in Ibagué has 11 patients in intensive care. Officials said visitors to the coffee region around Armenia and Pereira should be vaccinated ten days before they travel.",
		gold: { 'BOGOTÁ': [4.71, -74.07], Colombia: [4.0, -72.5], Tolima: [3.9, -75.2], Ataco: [3.59, -75.38], Planadas: [3.2, -75.64], Chaparral: [3.72, -75.48], Rioblanco: [3.53, -75.65], Rovira: [4.24, -75.24], Villarrica: [3.94, -74.6], Cunday: [4.06, -74.69], Putumayo: [0.5, -76.0], 'Caquetá': [0.9, -73.8], Huila: [2.5, -75.5], 'Nariño': [1.3, -77.5], 'Ibagué': [4.44, -75.23], Armenia: [4.53, -75.68], Pereira: [4.81, -75.69] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S46_B: GenreText[] = [
	{
		genre: 'international',
		text: "MURMANSK, Russia - Cargo on the Northern Sea Route reached 37.9 million tonnes this year, short of the government's target, as sanctions slowed work at the Arctic LNG 2 project on the Gydan peninsula, the state nuclear corporation said. Most of the cargo is liquefied gas loaded at Sabetta, on the Yamal peninsula, and oil from the terminal at Cape Kamenny on the Gulf of Ob. Nornickel's metals leave Dudinka on the Yenisei, and coal ships sail from Dikson. East of Tiksi, few ships ventured through the ice of the Laptev and East Siberian seas; Chinese container ships bound for St Petersburg and Arkhangelsk called at Pevek before passing the Bering Strait. Icebreakers from Murmansk escorted 92 voyages.",
		gold: { MURMANSK: [68.97, 33.08], Russia: [61.5, 105.0], 'Gydan peninsula': [70.5, 77.0], Sabetta: [71.27, 72.05], 'Yamal peninsula': [70.0, 70.0], 'Cape Kamenny': [68.47, 73.6], 'Gulf of Ob': [69.0, 73.5], Dudinka: [69.4, 86.18], Dikson: [73.51, 80.55], Tiksi: [71.64, 128.87], 'St Petersburg': [59.94, 30.31], Arkhangelsk: [64.54, 40.54], Pevek: [69.7, 170.31], 'Bering Strait': [65.8, -168.8], Murmansk: [68.97, 33.08] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ULAANBAATAR - Mongolia began a measles vaccination campaign for children aged one to five on Monday after 1,600 cases were reported since March, most in the capital's ger districts of Songinokhairkhan and Bayanzürkh. The health ministry said 60 teams would work in Ulaanbaatar and in Darkhan-Uul and Orkhon provinces, where the cities of Darkhan and Erdenet have reported clusters in schools. In the west, herders' children in Bayan-Ölgii and Khovd will be vaccinated at soum centres, and teams will fly to Dalanzadgad in Ömnögovi province. Cases have also been found in Inner Mongolia, across the border in China, and in Russia's Buryatia, around Ulan-Ude.",
		gold: { ULAANBAATAR: [47.92, 106.92], Mongolia: [46.9, 103.8], Songinokhairkhan: [47.92, 106.75], 'Bayanzürkh': [47.92, 107.0], Ulaanbaatar: [47.92, 106.92], 'Darkhan-Uul': [49.5, 106.0], Orkhon: [49.0, 104.1], Darkhan: [49.47, 105.97], Erdenet: [49.03, 104.08], 'Bayan-Ölgii': [48.4, 89.7], Khovd: [47.5, 91.6], Dalanzadgad: [43.57, 104.42], 'Ömnögovi': [43.5, 104.3], 'Ömnögovi province': [43.5, 104.3], 'Inner Mongolia': [44.0, 113.5], China: [35.0, 103.0], Russia: [61.5, 105.0], Buryatia: [53.0, 109.0], 'Ulan-Ude': [51.83, 107.58] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "HARARE - Emergency (IPC Phase 4) outcomes are expected in parts of southern Zimbabwe and southern Mozambique until the March harvest, the early warning network said, after El Niño brought the driest February in 40 years. In Zimbabwe, the Masvingo and Matabeleland South provinces, around Chiredzi, Mwenezi and Beitbridge, lost most of their maize; in Mozambique, households in the semi-arid zones of Gaza province, around Chicualacuala and Mabalane, and in Tete province's Changara district depend on wild foods. Zambia's Southern Province, whose farmers in Choma and Monze sell maize to the Copperbelt, harvested half its usual crop, and Lusaka declared a national disaster. In Malawi, Chikwawa and Nsanje in the lower Shire valley face a second poor year.",
		gold: { HARARE: [-17.83, 31.05], Zimbabwe: [-19.0, 29.8], Mozambique: [-18.6, 35.5], Masvingo: [-20.6, 31.2], 'Matabeleland South': [-21.0, 29.5], Chiredzi: [-21.05, 31.67], Mwenezi: [-21.4, 30.73], Beitbridge: [-22.22, 30.0], 'Gaza province': [-23.0, 32.7], Gaza: [-23.0, 32.7], Chicualacuala: [-22.08, 31.68], Mabalane: [-23.43, 32.63], 'Tete province': [-15.5, 33.0], Tete: [-15.5, 33.0], Changara: [-16.83, 33.27], Zambia: [-13.1, 27.8], 'Southern Province': [-16.5, 27.0], Choma: [-16.81, 26.98], Monze: [-16.28, 27.48], Copperbelt: [-12.9, 28.1], Lusaka: [-15.42, 28.28], Malawi: [-13.5, 34.0], Chikwawa: [-16.03, 34.8], Nsanje: [-16.92, 35.26] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BHOPAL, India - Two cheetahs were moved from Kuno National Park to the Gandhi Sagar wildlife sanctuary in Mandsaur district on Sunday, the second home for the big cats since India brought them back with animals from Namibia and South Africa in 2022. Kuno, in Sheopur district, now holds 24 cheetahs, though several have strayed out of the park into villages around Shivpuri and across the state line into Rajasthan's Baran and Karauli districts. Forest officials plan a third site at Nauradehi, in Sagar district, and want more cheetahs from Kenya and Botswana. The tiger reserves of Kanha and Bandhavgarh, and Ranthambore near Sawai Madhopur, draw most of Madhya Pradesh's and Rajasthan's wildlife tourists.",
		gold: { BHOPAL: [23.26, 77.41], India: [22.0, 79.0], 'Kuno National Park': [25.6, 77.3], 'Gandhi Sagar': [24.7, 75.55], Mandsaur: [24.07, 75.07], Namibia: [-22.0, 17.0], 'South Africa': [-29.0, 25.0], Kuno: [25.6, 77.3], Sheopur: [25.67, 76.7], Shivpuri: [25.43, 77.66], Rajasthan: [27.0, 74.0], Baran: [25.1, 76.52], Karauli: [26.5, 77.02], Nauradehi: [23.5, 79.0], Sagar: [23.84, 78.74], Kenya: [0.5, 38.0], Botswana: [-22.3, 24.7], Kanha: [22.33, 80.61], Bandhavgarh: [23.7, 81.0], Ranthambore: [26.02, 76.5], 'Sawai Madhopur': [26.0, 76.35], 'Madhya Pradesh': [23.5, 78.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "STOCKHOLM - Two former executives of a Swedish oil company went on trial in Stockholm district court accused of complicity in war crimes in Sudan between 1999 and 2003, when government troops and militias cleared villages around the company's concession, Block 5A, in what is now South Sudan. Prosecutors say villagers were killed or driven from their homes near Rubkona, Leer and Nhialdiu in Unity State so that an all-weather road could be built from Bentiu to the drilling site at Thar Jath. Witnesses flown in from Juba and from the refugee camps at Kakuma in Kenya and Gambella in Ethiopia testified in Nuer. The company, based in Stockholm and listed also in Toronto, denies the charges.",
		gold: { STOCKHOLM: [59.33, 18.07], Stockholm: [59.33, 18.07], Sudan: [15.5, 30.0], 'South Sudan': [7.3, 30.3], Rubkona: [9.28, 29.8], Leer: [8.3, 30.14], Nhialdiu: [9.0, 29.8], 'Unity State': [8.9, 29.8], Bentiu: [9.23, 29.8], 'Thar Jath': [8.85, 30.05], Juba: [4.85, 31.58], Kakuma: [3.72, 34.86], Kenya: [0.5, 38.0], Gambella: [8.25, 34.59], Ethiopia: [9.1, 40.5], Toronto: [43.65, -79.38] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JAKARTA - Quick counts from Wednesday's regional elections show Pramono Anung winning the race for governor of Jakarta and Bobby Nasution, the former president's son-in-law and mayor of Medan, winning North Sumatra. In West Java, Dedi Mulyadi, a former regent of Purwakarta, led with 60% of the vote, and in East Java Khofifah Indar Parawansa, born in Surabaya, won a second term. In Central Java, the candidate backed by the former president, whose family comes from Solo, beat the party that had long held the province. In Aceh, a former rebel commander from North Aceh won the governorship; in Papua, counting in the highlands around Wamena will take a week. Turnout was low in Bandung and Bekasi, officials said.",
		gold: { JAKARTA: [-6.2, 106.85], Jakarta: [-6.2, 106.85], Medan: [3.59, 98.67], 'North Sumatra': [2.2, 99.3], 'West Java': [-6.9, 107.6], Purwakarta: [-6.56, 107.44], 'East Java': [-7.5, 112.5], Surabaya: [-7.25, 112.75], 'Central Java': [-7.2, 110.0], Solo: [-7.57, 110.82], Aceh: [4.7, 96.7], 'North Aceh': [5.0, 97.2], Papua: [-3.0, 139.0], Wamena: [-4.1, 138.95], Bandung: [-6.91, 107.61], Bekasi: [-6.24, 106.99] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KATHMANDU - The bodies of four Nepali workers who died in Qatar and Malaysia arrived at the capital's airport on Tuesday, among the 1,200 migrant workers whose remains were flown home last year, the Foreign Employment Board said. Two came from Dhanusha and one each from Siraha and Mahottari, districts of Madhesh Province, which sends more men abroad than any other. Their families in Janakpur and Lahan received 700,000 rupees each from the welfare fund. Labour officials say most deaths in the Gulf are put down to 'cardiac arrest' without autopsies. Recruiters in Kathmandu now send more workers to Romania, Croatia and Japan, while the numbers going to Saudi Arabia and the United Arab Emirates fell.",
		gold: { KATHMANDU: [27.71, 85.32], Qatar: [25.3, 51.2], Malaysia: [4.2, 102.0], Dhanusha: [26.83, 86.04], Siraha: [26.65, 86.21], Mahottari: [26.87, 85.8], 'Madhesh Province': [26.8, 86.0], Janakpur: [26.73, 85.93], Lahan: [26.72, 86.48], Kathmandu: [27.71, 85.32], Romania: [45.9, 24.9], Croatia: [45.1, 15.2], Japan: [36.2, 138.2], 'Saudi Arabia': [23.9, 45.1], 'United Arab Emirates': [24.0, 54.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JAKARTA - An explosion at a nickel smelter in the Indonesia Morowali Industrial Park in Central Sulawesi killed 13 workers on Sunday, police said. The park, at Bahodopi in Morowali regency, is one of the world's largest nickel processing sites; another at Weda Bay, on Halmahera in North Maluku, is growing faster. Miners in Kolaka and Pomalaa, in Southeast Sulawesi, supply the smelters with ore by barge, and new plants are planned in Konawe and on Obi island. Fishermen in Labota village say waste has killed their catch. Most of the nickel goes to battery makers in China, and South Korean firms are building a battery plant near Karawang, in West Java.",
		gold: { JAKARTA: [-6.2, 106.85], 'Central Sulawesi': [-1.4, 121.4], Bahodopi: [-2.83, 122.12], Morowali: [-2.7, 121.9], 'Weda Bay': [0.45, 127.95], Halmahera: [1.0, 128.0], 'North Maluku': [1.5, 127.8], Kolaka: [-4.05, 121.6], Pomalaa: [-4.18, 121.65], 'Southeast Sulawesi': [-4.1, 122.2], Konawe: [-3.9, 122.1], Obi: [-1.5, 127.7], Labota: [-2.85, 122.15], China: [35.0, 103.0], Karawang: [-6.3, 107.3], 'West Java': [-6.9, 107.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ALMATY - Freight on the Middle Corridor, the rail and sea route from China to Europe that avoids Russia, grew by 62% last year, Kazakhstan's railway said. Containers cross from China at Khorgos and Dostyk, run by rail across the steppe to the Caspian ports of Aktau and Kuryk, and go by ferry to Alat, south of Baku. From there, trains run through Georgia by way of Tbilisi to the Black Sea ports of Poti and Batumi, or on the Baku-Tbilisi-Kars line to Turkey. Azerbaijan is expanding Alat to 25 million tonnes, and Georgia's deep-water port at Anaklia is to be built by a Chinese firm. Shippers complain of waits of up to two weeks at Aktau when the Caspian is stormy.",
		gold: { ALMATY: [43.24, 76.89], China: [35.0, 103.0], Russia: [61.5, 105.0], Kazakhstan: [48.0, 67.0], Khorgos: [44.21, 80.4], Dostyk: [45.25, 82.48], Aktau: [43.65, 51.2], Kuryk: [43.18, 51.65], Alat: [39.95, 49.4], Baku: [40.41, 49.87], Georgia: [42.3, 43.4], Tbilisi: [41.72, 44.79], 'Black Sea': [43.4, 34.0], Poti: [42.15, 41.67], Batumi: [41.64, 41.64], Turkey: [39.0, 35.0], Azerbaijan: [40.3, 47.7], Anaklia: [42.4, 41.57] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "WROCŁAW, Poland - The flood wave on the Oder passed Wrocław on Wednesday without breaching the city's embankments, but villages downstream around Głogów and Nowa Sól were being evacuated, the water authority said. Upstream, the Nysa Kłodzka destroyed bridges in Kłodzko and Stronie Śląskie, where a dam above the town gave way, and the town of Nysa was saved after soldiers reinforced a levee. In the Czech Republic, Opava and Krnov were under water for two days and Ostrava's Nová Ves district flooded when a dyke broke; in Jeseník, mountain streams swept away cars. Germany filled sandbags in Eisenhüttenstadt, and the crest is expected at Słubice, across the river from Frankfurt an der Oder, on Monday.",
		gold: { 'WROCŁAW': [51.11, 17.03], Poland: [52.0, 19.4], 'Wrocław': [51.11, 17.03], 'Głogów': [51.66, 16.08], 'Nowa Sól': [51.8, 15.72], 'Kłodzko': [50.44, 16.65], 'Stronie Śląskie': [50.3, 16.87], Nysa: [50.47, 17.33], 'Czech Republic': [49.8, 15.5], Opava: [49.94, 17.9], Krnov: [50.09, 17.7], Ostrava: [49.82, 18.26], 'Nová Ves': [49.83, 18.22], 'Jeseník': [50.23, 17.2], Germany: [51.0, 10.0], 'Eisenhüttenstadt': [52.15, 14.65], 'Słubice': [52.35, 14.56], 'Frankfurt an der Oder': [52.34, 14.55] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PRAYAGRAJ, India - Some 30 million pilgrims bathed at the Sangam, where the Ganges meets the Yamuna, on Wednesday, the busiest day of the Maha Kumbh, after a crush before dawn killed at least 30 people, officials said. Special trains brought pilgrims from Varanasi, Ayodhya and Gorakhpur, and from as far as Patna and Kolkata; the highway from Lucknow was jammed for 30 km. The festival, held every 12 years in Prayagraj, which the state renamed from Allahabad in 2018, rotates with the smaller Kumbh melas at Haridwar, Ujjain and Nashik. Nepal sent buses from Birgunj and Bhairahawa. Police in Mirzapur and Kaushambi stopped vehicles heading for the city.",
		gold: { PRAYAGRAJ: [25.44, 81.85], India: [22.0, 79.0], Sangam: [25.42, 81.89], Varanasi: [25.32, 82.97], Ayodhya: [26.8, 82.2], Gorakhpur: [26.76, 83.37], Patna: [25.6, 85.14], Kolkata: [22.57, 88.36], Lucknow: [26.85, 80.95], Prayagraj: [25.44, 81.85], Allahabad: [25.44, 81.85], Haridwar: [29.95, 78.16], Ujjain: [23.18, 75.78], Nashik: [20.0, 73.79], Nepal: [28.2, 84.0], Birgunj: [27.01, 84.88], Bhairahawa: [27.5, 83.45], Mirzapur: [25.15, 82.57], Kaushambi: [25.53, 81.38] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NAIROBI - Ngũgĩ wa Thiong'o, the Kenyan novelist who gave up English to write in Gikuyu, died on Wednesday in Buford, Georgia, where he had lived near his son, his family said. He was 87. Born in 1938 in Kamiriithu, near Limuru, in what was then colonial Kenya's White Highlands, he studied at Makerere in Kampala and at Leeds before his first novels made his name. After a play staged with villagers in Kamiriithu in 1977 he was held for a year at Kamiti prison, outside Nairobi, and he went into exile in London and later the United States, teaching at Yale and New York University before settling at the University of California in Irvine. He returned to Kenya only in 2004; in Limuru, neighbours laid flowers at the family home.",
		gold: { NAIROBI: [-1.29, 36.82], Buford: [34.12, -84.0], Georgia: [32.7, -83.4], Kamiriithu: [-1.12, 36.64], Limuru: [-1.11, 36.64], Kenya: [0.5, 38.0], Kampala: [0.32, 32.58], Leeds: [53.8, -1.55], Kamiti: [-1.18, 36.88], Nairobi: [-1.29, 36.82], London: [51.51, -0.13], 'United States': [39.8, -98.6], Irvine: [33.68, -117.83] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GUANGZHOU - Rainstorms killed at least 38 people in Meizhou, in the hills of eastern Guangdong, state media said on Monday, most of them in Pingyuan county, where 24-hour rainfall passed 300 mm and the Shiku river flooded the county town. In Jiaoling county and Meixian district, landslides cut roads and power lines, and rescuers from Shantou and Heyuan reached villages by boat. Upstream in Fujian, the Ting river flooded Changting county, in Longyan, and further west, in Hunan, a landslide buried houses in Zixing, in Chenzhou prefecture. Forecasters said the rain belt would move to Guangxi and Jiangxi, and warned Shaoguan of flash floods.",
		gold: { GUANGZHOU: [23.13, 113.26], Meizhou: [24.29, 116.12], Guangdong: [23.4, 113.5], Pingyuan: [24.57, 115.89], 'Pingyuan county': [24.57, 115.89], Jiaoling: [24.66, 116.17], 'Jiaoling county': [24.66, 116.17], Meixian: [24.27, 116.08], Shantou: [23.35, 116.68], Heyuan: [23.74, 114.7], Fujian: [26.1, 118.0], Changting: [25.84, 116.36], 'Changting county': [25.84, 116.36], Longyan: [25.08, 117.02], Hunan: [27.6, 111.7], Zixing: [25.96, 113.24], Chenzhou: [25.79, 113.03], Guangxi: [23.8, 108.8], Jiangxi: [27.6, 115.7], Shaoguan: [24.81, 113.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "HANOI - Typhoon Yagi and the floods that followed killed 299 people in Vietnam's north, the disaster agency said on Friday. In Lào Cai province, a flash flood buried the hamlet of Làng Nủ in Bảo Yên district, killing 55 of its residents. In Phú Thọ, the Phong Châu bridge over the Red River collapsed, sending cars and a truck into the water. The typhoon made landfall between Quảng Ninh and Hải Phòng, tearing the roofs off factories, and the Red River flooded the outer districts of Hanoi. Yên Bái and Cao Bằng reported landslides, and in Thái Nguyên the Cầu river reached a record height. China's Hainan island had been hit first, and Laos and Thailand saw floods in the days after.",
		gold: { HANOI: [21.03, 105.85], Vietnam: [16.0, 107.8], 'Lào Cai': [22.3, 104.1], 'Làng Nủ': [22.25, 104.47], 'Bảo Yên': [22.2, 104.5], 'Phú Thọ': [21.32, 105.2], 'Quảng Ninh': [21.1, 107.3], 'Hải Phòng': [20.86, 106.68], Hanoi: [21.03, 105.85], 'Yên Bái': [21.7, 104.87], 'Cao Bằng': [22.67, 106.26], 'Thái Nguyên': [21.59, 105.84], China: [35.0, 103.0], Hainan: [19.2, 109.7], Laos: [18.2, 103.9], Thailand: [15.0, 101.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "LISBON - Portugal's health authority confirmed two cases of West Nile fever on Thursday in people living near the Guadiana, in the Alentejo, and asked hospitals in Beja, Évora and Elvas to test patients with fever and a rash. Spain reported its first cases of the season in Mérida, across the border in Extremadura, and 14 more in the province of Seville, around Coria del Río and La Puebla del Río, where an outbreak killed eight people in 2024. Italy has counted 40 cases this summer, mostly around Latina and Frosinone, south of Rome, and Greece reported cases in Thessaly, near Larissa. The European Centre for Disease Prevention and Control, in Stockholm, said the season had begun early.",
		gold: { LISBON: [38.72, -9.14], Portugal: [39.5, -8.0], Alentejo: [38.2, -7.9], Beja: [38.02, -7.86], 'Évora': [38.57, -7.91], Elvas: [38.88, -7.16], Spain: [40.2, -3.7], 'Mérida': [38.92, -6.34], Extremadura: [39.2, -6.2], Seville: [37.4, -5.7], 'Coria del Río': [37.29, -6.05], 'La Puebla del Río': [37.27, -6.06], Italy: [42.8, 12.8], Latina: [41.47, 12.9], Frosinone: [41.64, 13.34], Rome: [41.9, 12.5], Greece: [39.1, 22.0], Thessaly: [39.5, 22.2], Larissa: [39.64, 22.42], Stockholm: [59.33, 18.07] },
		notPlaces: ['West Nile']
	},
	{
		genre: 'international',
		text: "Switzerland: Sion beat Thun 3-1 on Saturday to climb off the bottom of the Super League, while the leaders Basel drew 1-1 at Lugano and St. Gallen won 2-0 at Winterthur. Lucerne lost at home to Lausanne, and Young Boys beat Grasshoppers 4-0 in Bern. Austria: Sturm Graz won at Altach; Salzburg drew with Hartberg. Netherlands: Heerenveen beat Zwolle, Twente won at Breda, and Groningen lost in Almere. Belgium: Genk beat Mechelen 2-0, and Westerlo drew at Charleroi.",
		gold: { Switzerland: [46.8, 8.2], Sion: [46.23, 7.36], Thun: [46.76, 7.63], Basel: [47.56, 7.59], Lugano: [46.0, 8.95], 'St. Gallen': [47.42, 9.37], Winterthur: [47.5, 8.72], Lucerne: [47.05, 8.31], Lausanne: [46.52, 6.63], Bern: [46.95, 7.45], Austria: [47.6, 14.1], Altach: [47.35, 9.65], Salzburg: [47.8, 13.04], Hartberg: [47.28, 15.97], Netherlands: [52.2, 5.5], Heerenveen: [52.96, 5.92], Zwolle: [52.51, 6.09], Breda: [51.59, 4.78], Groningen: [53.22, 6.57], Almere: [52.37, 5.22], Belgium: [50.6, 4.6], Genk: [50.97, 5.5], Mechelen: [51.03, 4.48], Westerlo: [51.09, 4.92], Charleroi: [50.41, 4.44] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SYDNEY - Australia's coal exports fell 6% in the year to June as China burned more of its own coal, the resources department said. The port of Newcastle, the world's largest coal port, shipped 155 million tonnes from the mines of the Hunter Valley around Muswellbrook and Singleton. In Queensland, Hay Point and Dalrymple Bay, near Mackay, ship coking coal from the Bowen Basin, and Abbot Point, north of Bowen, takes coal by rail from the new mine at Carmichael. Gladstone's terminals export both coal and gas from Curtis Island. Port Kembla, south of Sydney, handles the Illawarra's coking coal. Japan, India and South Korea are the biggest buyers.",
		gold: { SYDNEY: [-33.87, 151.21], Australia: [-25.0, 134.0], China: [35.0, 103.0], Newcastle: [-32.93, 151.78], 'Hunter Valley': [-32.6, 151.1], Muswellbrook: [-32.26, 150.89], Singleton: [-32.57, 151.17], Queensland: [-22.5, 144.5], 'Hay Point': [-21.28, 149.3], 'Dalrymple Bay': [-21.25, 149.3], Mackay: [-21.14, 149.19], 'Bowen Basin': [-22.5, 148.5], 'Abbot Point': [-19.88, 148.08], Bowen: [-20.01, 148.25], Carmichael: [-22.0, 146.3], Gladstone: [-23.84, 151.26], 'Curtis Island': [-23.65, 151.15], 'Port Kembla': [-34.48, 150.9], Sydney: [-33.87, 151.21], Illawarra: [-34.4, 150.85], Japan: [36.2, 138.2], India: [22.0, 79.0], 'South Korea': [36.5, 127.9] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "GUANGZHOU - Foshan reported 2,659 new cases of chikungunya in the week to Saturday, taking its outbreak past 7,000, Guangdong's health commission said. Most cases are in Shunde district, where the outbreak began in July, and in Nanhai and Chancheng. Cases have also been found in Guangzhou, Jiangmen, Zhongshan, Zhuhai and Dongguan, and in Macau; Hong Kong reported its first imported case, a boy who had visited Foshan. Residents who leave standing water face fines of up to 10,000 yuan, and drones are spraying in the towns of Lecong and Beijiao. The United States advised travellers to Guangdong to take precautions.",
		gold: { GUANGZHOU: [23.13, 113.26], Foshan: [23.02, 113.12], Guangdong: [23.4, 113.5], Shunde: [22.8, 113.29], Nanhai: [23.03, 113.14], Chancheng: [23.01, 113.1], Guangzhou: [23.13, 113.26], Jiangmen: [22.58, 113.08], Zhongshan: [22.52, 113.39], Zhuhai: [22.27, 113.58], Dongguan: [23.02, 113.75], Macau: [22.2, 113.55], 'Hong Kong': [22.3, 114.17], Lecong: [22.96, 113.12], Beijiao: [22.92, 113.2], 'United States': [39.8, -98.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PARIS - A former gynaecologist at the university hospital in Butare went on trial at the Paris assize court on Monday, accused of taking part in the 1994 genocide in what was then Butare prefecture, now Huye district, in southern Rwanda. Prosecutors say he held the keys to the local government office in Tumba, a sector of the town, where Tutsi were locked up before they were killed. Witnesses will travel from Kigali, Huye and Nyanza, and from Gikongoro, now Nyamagabe, where the Murambi memorial keeps the remains of thousands killed at a school. The accused, who came to France in 1994 and worked as a doctor in Villeneuve-sur-Lot, denies the charges. The UN tribunal in Arusha, Tanzania, tried the leaders of the genocide; smaller cases were left to Rwanda's village courts and to courts abroad, in Brussels, Frankfurt and Paris.",
		gold: { PARIS: [48.86, 2.35], Butare: [-2.6, 29.74], Huye: [-2.6, 29.74], 'Huye district': [-2.6, 29.74], Rwanda: [-1.95, 29.9], Tumba: [-2.58, 29.73], Kigali: [-1.95, 30.06], Nyanza: [-2.35, 29.75], Gikongoro: [-2.48, 29.58], Nyamagabe: [-2.48, 29.58], Murambi: [-2.47, 29.59], France: [46.6, 2.4], 'Villeneuve-sur-Lot': [44.41, 0.7], Arusha: [-3.37, 36.68], Tanzania: [-6.4, 34.9], Brussels: [50.85, 4.35], Frankfurt: [50.11, 8.68], Paris: [48.86, 2.35] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ANTANANARIVO - Madagascar has lost a fifth of the forest in its eastern rainforest parks since 2000, a study of satellite images found, with the heaviest losses around Ranomafana and Andasibe-Mantadia, homes of the golden bamboo lemur and the indri. Farmers clear hillsides for rice and charcoal along the road from Moramanga to Toamasina and around Ifanadiana, north-east of Fianarantsoa. In the north, rosewood loggers have cut into Masoala and Marojejy, near Maroantsetra and Sambava, and vanilla growers around Antalaha have pushed into the forest. The Tsingy de Bemaraha in the west and Isalo, near Ranohira, have lost less. Researchers from Stony Brook and the University of Antananarivo said lemur habitat had shrunk by a third.",
		gold: { ANTANANARIVO: [-18.88, 47.51], Madagascar: [-19.0, 46.7], Ranomafana: [-21.26, 47.45], 'Andasibe-Mantadia': [-18.85, 48.45], Moramanga: [-18.95, 48.23], Toamasina: [-18.15, 49.4], Ifanadiana: [-21.3, 47.63], Fianarantsoa: [-21.45, 47.09], Masoala: [-15.7, 50.0], Marojejy: [-14.45, 49.75], Maroantsetra: [-15.43, 49.74], Sambava: [-14.27, 50.17], Antalaha: [-14.9, 50.28], 'Tsingy de Bemaraha': [-18.7, 44.7], Isalo: [-22.5, 45.35], Ranohira: [-22.55, 45.4] },
		notPlaces: []
	}
];

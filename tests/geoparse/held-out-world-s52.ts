// International and health news written for session 52 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s52` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written hard, in shapes the earlier world batches (s33-s51)
// lack, each shape once in A and once in B: French overseas epidemics among saints' towns (Réunion's chikungunya in
// Saint-Pierre, Saint-Louis, Saint-Paul; Guadeloupe's dengue in Sainte-Anne, Saint-François), diseases named like
// places (Lassa fever with Taraba's Bali; Oropouche in Cuba's Colón and Cárdenas), towns named like persons (Chihuahua's
// Cuauhtémoc; General Santos with its Fatima), haemorrhagic fevers by health zone and district (Kasai's Bulape; Marburg
// in Kagera's Biharamulo), polio (Gaza's camps; Balochistan's Chaman and Jaffarabad), cholera on coasts and islands
// (Angola's Viana, Lobito, Dondo; the Comoros and Mayotte's Sada), pilgrim heat (the hajj's Mina and Arafat; Arbaeen's
// Kufa and Kut), elections with everyday-word towns and leaders named like places (Côte d'Ivoire's Man; Anambra with
// Peter Obi), wildfires (Biobío's Los Ángeles; East Gippsland's Genoa and Eden), volcanoes (Fuego's Alotenango; the
// Ruiz with Tolima's Líbano), quakes and tsunamis (Kamchatka to Hilo and Crescent City; Hualien's Ji'an), sea routes of
// migrants (Rohingya boats to Aceh; eastern Libya to Gavdos and Crete), canals and straits (Panama's Balboa and
// Miraflores, with an official named like a town; Malacca's ports), datelines far from the places (Brussels on Cabo
// Delgado's Pemba and Palma; New York on Rakhine's Ann), officials named like places (Aden Duale; Bato dela Rosa),
// firms, fields and banks named like places (Santos, Barossa, Scarborough; Bank of Baroda), clubs (Simba in
// Kariakoo; RS Berkane and Wydad), drought and conflict by region with everyday words (Somalia's Bay; the Thai-Cambodian
// border's Surin), river floods (Nepal's Bharatpur; the Nysa and Opava floods), and water and corridors (Tehran's Lar
// and Taleghan; Syunik's Meghri and Agarak on the "Trump Route").
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; rivers, seas, straits,
// lakes, highways, stadiums, airports, temples and hospitals are left ungraded; a disease, a people, a firm, a gas
// field, a club or a person named like a place is no place. Countries and regions carry the writer's points; they are
// right within 800 km.
// Half A is for tuning; half B stays held out.
// Before any change (main 72d7ba5): A 209/212 within 161 km (international 124/126, health 85/86), 4 names of no
// place mapped (Santos as Santos, Brazil; Barossa as the Barossa Valley; Woodside and Scarborough as Australian towns),
// 36 gold names not mapped; B 237/241 (international 136/140, health 101/101), 0 names of no place mapped, 35 not
// mapped (B scored with its lines hidden: only the totals were read, and three ungraded lines of its last text).
// A's wrong: Mina (the hajj's; the gazetteer lacks it) as Minot, North Dakota; Palma (Cabo Delgado's; lacked) as
// Palma de Mallorca; Makran (the coast) as a village Makran in Mazandaran, 1,472 km.
// End of session 52 (main 5eba27f, scored once at 15:13): A 209/211 (international 124/126, health 85/85), 4 names of
// no place mapped (Mina unmapped, by-other-name.ts otherNamesFarFromText); B 237/241 (international 136/140, health
// 101/101; unchanged), 0 names of no place mapped. A's wrong left: Palma, Makran; false: Santos, Barossa, Woodside,
// Scarborough. B's wrong: Genoa (East Gippsland's; lacked) as Genoa, Italy, 16,655 km; Ji'an and Xincheng (Hualien's
// townships; lacked) as Chinese namesakes 748 and 1,229 km off; Nová Ves (Ostrava's district; lacked) as a Czech
// Nová Ves 284 km off.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S52_A: GenreText[] = [
	{
		genre: 'health',
		text: "SAINT-DENIS, Réunion - The chikungunya epidemic on Réunion has passed 50,000 confirmed cases, France's regional health agency said, with the south of the island the worst hit. Le Tampon and Saint-Pierre account for a third of the cases, and hospitals in Saint-Louis and Saint-Joseph have opened extra wards. Vaccination of people over 65 began last week in Saint-Paul and Saint-Benoît. Two elderly patients died at the university hospital in Saint-Denis. Mosquito spraying has been stepped up around the airport at Sainte-Marie, and travellers arriving in Paris from the island are being screened.",
		gold: { 'SAINT-DENIS': [-20.88, 55.45], Réunion: [-21.1, 55.5], France: [46.6, 2.4], 'Le Tampon': [-21.28, 55.52], 'Saint-Pierre': [-21.34, 55.48], 'Saint-Louis': [-21.29, 55.41], 'Saint-Joseph': [-21.38, 55.62], 'Saint-Paul': [-21.01, 55.27], 'Saint-Benoît': [-21.03, 55.71], 'Saint-Denis': [-20.88, 55.45], 'Sainte-Marie': [-20.9, 55.55], Paris: [48.86, 2.35] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'ABUJA - Nigeria has recorded 118 deaths from Lassa fever this year, the Nigeria Centre for Disease Control said, with Ondo, Edo and Bauchi states accounting for most of the 640 confirmed cases. In Ondo, the outbreak is centred on Owo and Ose local government areas; the Federal Medical Centre in Owo has run out of isolation beds. Patients from Esan West are being treated at the Irrua Specialist Teaching Hospital. Cases have also been confirmed in Taraba, around Jalingo and Bali, and in Ebonyi, where two health workers in Abakaliki died last month.',
		gold: { ABUJA: [9.06, 7.49], Nigeria: [9.1, 8.7], Ondo: [7.1, 5.05], Edo: [6.6, 5.9], Bauchi: [10.3, 9.8], Owo: [7.2, 5.59], Ose: [6.93, 5.77], 'Esan West': [6.7, 6.15], Taraba: [8.0, 10.5], Jalingo: [8.89, 11.36], Bali: [7.86, 10.97], Ebonyi: [6.25, 8.08], Abakaliki: [6.32, 8.11] },
		notPlaces: ['Lassa']
	},
	{
		genre: 'health',
		text: 'CHIHUAHUA, Mexico - Measles has killed 14 people in Chihuahua state this year, nearly all of them in Mennonite farming communities around Cuauhtémoc, where the outbreak began in February, state health officials said. The virus has since spread to Namiquipa, Riva Palacio and Nuevo Casas Grandes, and cases have been confirmed among farm workers in Ojinaga, across the Rio Grande from Presidio, Texas. Vaccination brigades have been sent to Ciudad Juárez and to the Tarahumara villages around Guachochi. Health officials in Durango and Sonora said they had recorded their first cases.',
		gold: { CHIHUAHUA: [28.63, -106.07], Mexico: [23.6, -102.5], Chihuahua: [28.8, -106.0], Cuauhtémoc: [28.41, -106.87], Namiquipa: [29.25, -107.41], 'Riva Palacio': [28.8, -106.6], 'Nuevo Casas Grandes': [30.42, -107.91], Ojinaga: [29.56, -104.42], Presidio: [29.56, -104.37], Texas: [31.0, -99.0], 'Ciudad Juárez': [31.69, -106.42], Guachochi: [26.82, -107.07], Durango: [24.5, -104.7], Sonora: [29.3, -110.7] },
		notPlaces: ['Tarahumara']
	},
	{
		genre: 'health',
		text: "KINSHASA - Congo has declared its 16th Ebola outbreak after 15 deaths in Bulape, a health zone in Kasai province's Mweka territory, the health ministry said. The first patient, a pregnant nurse, was treated at the general hospital in Bulape before dying; samples were flown to the national laboratory in Kinshasa via Tshikapa, the provincial capital. Teams from Kananga and Mbuji-Mayi have begun tracing contacts, and the WHO has sent vaccine from its stockpile in Goma. Luebo and Kakenge, on the roads out of the health zone, have set up checkpoints.",
		gold: { KINSHASA: [-4.32, 15.31], Congo: [-2.9, 23.6], Bulape: [-4.6, 21.7], Kasai: [-5.0, 21.0], Mweka: [-4.85, 21.57], Kinshasa: [-4.32, 15.31], Tshikapa: [-6.42, 20.8], Kananga: [-5.9, 22.42], 'Mbuji-Mayi': [-6.14, 23.6], Goma: [-1.68, 29.22], Luebo: [-5.35, 21.41], Kakenge: [-4.87, 21.9] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'JERUSALEM - UN teams began a second round of polio vaccination in Gaza on Saturday, starting in Deir al-Balah and the camps of central Gaza, after a ten-month-old boy was left partly paralysed by the virus last year, the WHO said. Pauses in the fighting were agreed for Nuseirat, Bureij and Maghazi, then for Khan Younis and Rafah in the south. The vaccines arrived through Kerem Shalom and were stored in cold rooms in Deir al-Balah. Gaza City and Jabalia in the north will be reached last. The virus was first found in sewage samples in Khan Younis.',
		gold: { JERUSALEM: [31.78, 35.22], Gaza: [31.42, 34.38], 'Deir al-Balah': [31.42, 34.35], Nuseirat: [31.45, 34.39], Bureij: [31.44, 34.4], Maghazi: [31.42, 34.38], 'Khan Younis': [31.34, 34.31], Rafah: [31.29, 34.25], 'Kerem Shalom': [31.22, 34.28], 'Gaza City': [31.5, 34.47], Jabalia: [31.53, 34.48] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "LUANDA - Angola's cholera outbreak has killed more than 700 people since January, the health ministry said, with the worst-hit areas in the capital's outer municipalities of Cacuaco and Viana. Cases have spread along the coast to Benguela and Lobito and inland to Malanje and Cuanza Norte province, where the river town of Dondo has run short of clean water. The ministry has opened treatment centres in Icolo e Bengo and in Sumbe, and Namibia has sent doctors to Ondjiva, near the border.",
		gold: { LUANDA: [-8.84, 13.23], Angola: [-12.3, 17.5], Cacuaco: [-8.78, 13.37], Viana: [-8.9, 13.37], Benguela: [-12.58, 13.4], Lobito: [-12.36, 13.53], Malanje: [-9.54, 16.34], 'Cuanza Norte': [-9.0, 14.8], Dondo: [-9.69, 14.42], 'Icolo e Bengo': [-9.1, 13.7], Sumbe: [-11.21, 13.84], Namibia: [-22.0, 17.0], Ondjiva: [-17.07, 15.73] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'RIYADH - More than 1,300 people died during the hajj as temperatures in Mecca reached 51.8C, Saudi officials said, most of them unregistered pilgrims who walked for hours in the sun between Mina and the plain of Arafat. Egypt said 530 of its citizens had died, and Jordan and Indonesia reported dozens more. Clinics in Muzdalifah and Mecca treated 2,700 people for heat stress. Families searched for missing relatives at the emergency complex in Al-Muaisem, and the bodies of some pilgrims were taken to Jeddah and Medina for burial.',
		gold: { RIYADH: [24.69, 46.72], Mecca: [21.42, 39.83], Mina: [21.41, 39.89], Arafat: [21.35, 39.98], Egypt: [26.5, 30.0], Jordan: [31.0, 36.5], Indonesia: [-2.5, 118.0], Muzdalifah: [21.39, 39.94], 'Al-Muaisem': [21.37, 39.9], Jeddah: [21.49, 39.19], Medina: [24.47, 39.61] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "NAIROBI - Health Cabinet Secretary Aden Duale said Kenya would vaccinate long-distance truck drivers against mpox after cases rose to 300, most of them along the Northern Corridor from Mombasa to the Ugandan border. Duale said clusters had been found among drivers and sex workers in Mlolongo, Salgaa and Malaba, and in Busia, where the border post handles 1,000 trucks a day. Vaccines will be given at clinics in Mariakani, Naivasha and Eldoret. Uganda's health ministry said it had recorded cases in Tororo, across the border.",
		gold: { NAIROBI: [-1.29, 36.82], Kenya: [0.5, 38.0], Mombasa: [-4.04, 39.67], Mlolongo: [-1.39, 36.94], Salgaa: [-0.2, 35.9], Malaba: [0.63, 34.28], Busia: [0.46, 34.11], Mariakani: [-3.86, 39.47], Naivasha: [-0.72, 36.43], Eldoret: [0.51, 35.27], Uganda: [1.4, 32.3], Tororo: [0.69, 34.18] },
		notPlaces: ['Aden', 'Aden Duale', 'Duale']
	},
	{
		genre: 'international',
		text: "ABIDJAN - President Alassane Ouattara won a fourth term in Côte d'Ivoire with 89 percent of the vote, the electoral commission said, on a turnout of 50 percent after the main opposition leaders were barred. Turnout was highest in the north, in Korhogo, Odienné and Ferkessédougou. In the west, where clashes killed several people before the vote, polling stations in Man and Duékoué opened late, and turnout in Gagnoa, the home region of former president Laurent Gbagbo, was under 20 percent. Bouaké, Daloa and the port city of San-Pédro voted calmly. Opposition supporters marched in Yopougon, in Abidjan's west.",
		gold: { ABIDJAN: [5.36, -4.01], "Côte d'Ivoire": [7.5, -5.5], Korhogo: [9.46, -5.63], Odienné: [9.51, -7.56], Ferkessédougou: [9.59, -5.19], Man: [7.41, -7.55], Duékoué: [6.74, -7.35], Gagnoa: [6.13, -5.95], Bouaké: [7.69, -5.03], Daloa: [6.88, -6.45], 'San-Pédro': [4.75, -6.64], Yopougon: [5.32, -4.07], Abidjan: [5.36, -4.01] },
		notPlaces: ['Ouattara', 'Alassane Ouattara', 'Gbagbo', 'Laurent Gbagbo']
	},
	{
		genre: 'international',
		text: "SANTIAGO - Wildfires have burned more than 30,000 hectares in Chile's Biobío and Ñuble regions, killing four people and destroying 400 homes, the disaster agency said. The largest fire forced the evacuation of Santa Juana and reached the outskirts of Nacimiento; a second, near Los Ángeles, threatened the town of Mulchén. In La Araucanía, firefighters were working to protect Angol and Purén. President Gabriel Boric flew to Concepción and declared a catastrophe zone, and Argentina and Brazil have sent planes.",
		gold: { SANTIAGO: [-33.45, -70.67], Chile: [-35.7, -71.5], Biobío: [-37.4, -72.5], Ñuble: [-36.6, -72.0], 'Santa Juana': [-37.17, -72.94], Nacimiento: [-37.5, -72.67], 'Los Ángeles': [-37.47, -72.35], Mulchén: [-37.72, -72.24], 'La Araucanía': [-38.7, -72.5], Angol: [-37.8, -72.71], Purén: [-38.03, -73.07], Concepción: [-36.83, -73.05], Argentina: [-34.0, -64.0], Brazil: [-10.0, -52.0] },
		notPlaces: ['Boric', 'Gabriel Boric']
	},
	{
		genre: 'international',
		text: 'GUATEMALA CITY - The Fuego volcano erupted on Sunday, sending pyroclastic flows down the Las Lajas ravine and forcing more than 1,000 people from Alotenango, San Miguel Los Lotes and El Rodeo, the disaster agency Conred said. Ash fell on Antigua Guatemala and across Sacatepéquez and Chimaltenango, and the highway to Escuintla was closed. The airport in the capital suspended flights. Shelters were opened in Escuintla and in Ciudad Vieja. Los Lotes was buried by the 2018 eruption that killed more than 200 people.',
		gold: { 'GUATEMALA CITY': [14.63, -90.51], Fuego: [14.47, -90.88], Alotenango: [14.48, -90.8], 'San Miguel Los Lotes': [14.42, -90.85], 'El Rodeo': [14.39, -90.84], 'Antigua Guatemala': [14.56, -90.73], Sacatepéquez: [14.55, -90.75], Chimaltenango: [14.66, -90.82], Escuintla: [14.3, -90.78], 'Ciudad Vieja': [14.52, -90.76], 'Los Lotes': [14.42, -90.85] },
		notPlaces: ['Conred']
	},
	{
		genre: 'international',
		text: "TOKYO - A magnitude 8.8 earthquake off Russia's Kamchatka peninsula sent tsunami waves across the Pacific on Wednesday, flooding the port of Severo-Kurilsk on Paramushir island and damaging buildings in Petropavlovsk-Kamchatsky. In Japan, two million people were told to evacuate; waves of 1.3 metres reached Kuji in Iwate and Nemuro and Kushiro in Hokkaido. Hawaii cleared its coasts, and boats in Hilo harbour were moved out to sea. Waves of a metre reached Crescent City in California, and Chile evacuated its coast from Arica to Talcahuano.",
		gold: { TOKYO: [35.69, 139.69], Russia: [61.5, 105.0], Kamchatka: [56.0, 159.0], 'Severo-Kurilsk': [50.68, 156.12], Paramushir: [50.4, 155.8], 'Petropavlovsk-Kamchatsky': [53.02, 158.65], Japan: [36.0, 138.0], Kuji: [40.19, 141.78], Iwate: [39.6, 141.4], Nemuro: [43.33, 145.58], Kushiro: [42.98, 144.38], Hokkaido: [43.4, 142.8], Hawaii: [20.8, -156.3], Hilo: [19.72, -155.09], 'Crescent City': [41.76, -124.2], California: [37.0, -120.0], Chile: [-35.7, -71.5], Arica: [-18.48, -70.31], Talcahuano: [-36.72, -73.12] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BANDA ACEH, Indonesia - A wooden boat carrying 150 Rohingya refugees landed on a beach in Pidie on Monday after two weeks at sea, the UN refugee agency said, the fifth landing in Aceh this month. Villagers at first refused to let them ashore, as they did in Sabang and Bireuen last year. Most of the passengers had left the camps in Cox's Bazar, and some had come from Bhasan Char, the island where Bangladesh has moved 36,000 refugees. Ten people were taken to hospital in Lhokseumawe. Officials in Jakarta said the refugees would be moved to a former immigration building in Medan.",
		gold: { 'BANDA ACEH': [5.55, 95.32], Indonesia: [-2.5, 118.0], Pidie: [5.1, 96.0], Aceh: [4.7, 96.7], Sabang: [5.89, 95.32], Bireuen: [5.2, 96.7], "Cox's Bazar": [21.45, 91.98], 'Bhasan Char': [22.37, 91.38], Bangladesh: [23.7, 90.3], Lhokseumawe: [5.18, 97.15], Jakarta: [-6.2, 106.85], Medan: [3.59, 98.67] },
		notPlaces: ['Rohingya']
	},
	{
		genre: 'international',
		text: "PANAMA CITY - The Panama Canal will lift its last drought limits next month as Gatún Lake nears its normal level, the canal authority said, allowing 36 ships a day through the Gatún locks near Colón and the Miraflores locks by Balboa. To avoid a repeat of last year's cuts, the authority plans a reservoir on the Río Indio, which will flood villages in Coclé and in the district of La Chorrera; farmers from Penonomé protested outside its offices. Ships waiting at Cristóbal have fallen to 20. The canal's administrator, Ricaurte Vásquez, said the dredging division in Gamboa was working round the clock.",
		gold: { 'PANAMA CITY': [8.98, -79.52], Gatún: [9.27, -79.92], Colón: [9.36, -79.9], Miraflores: [8.99, -79.59], Balboa: [8.95, -79.57], Coclé: [8.5, -80.4], 'La Chorrera': [8.88, -79.78], Penonomé: [8.52, -80.36], Cristóbal: [9.35, -79.91], Gamboa: [9.12, -79.69] },
		notPlaces: ['Ricaurte', 'Ricaurte Vásquez', 'Vásquez']
	},
	{
		genre: 'international',
		text: "BRUSSELS - The European Union will extend its funding for Rwandan troops in Mozambique's Cabo Delgado province, EU officials said on Tuesday, after insurgents attacked villages around Macomia and Mocímboa da Praia this month. More than 100,000 people have fled since January, many toward Pemba, the provincial capital, and to Montepuez, where a ruby mine was raided. Aid agencies say camps in Chiure and Ancuabe are full. TotalEnergies has said it will restart work on its gas project at Afungi, near Palma, once security allows.",
		gold: { BRUSSELS: [50.85, 4.35], Mozambique: [-18.7, 35.5], 'Cabo Delgado': [-12.3, 39.3], Macomia: [-12.25, 40.12], 'Mocímboa da Praia': [-11.35, 40.35], Pemba: [-12.97, 40.52], Montepuez: [-13.13, 39.0], Chiure: [-13.43, 39.67], Ancuabe: [-12.97, 39.85], Afungi: [-10.83, 40.5], Palma: [-10.78, 40.47] },
		notPlaces: ['TotalEnergies']
	},
	{
		genre: 'international',
		text: 'DARWIN, Australia - Santos has shipped the first cargo of gas from its Barossa field, 300 kilometres off the Northern Territory, to the liquefaction plant at Darwin, the company said. The field replaces Bayu-Undan, off Timor-Leste, whose decline cost the government in Dili most of its revenue. Tiwi Islanders, whose land on Melville and Bathurst islands faces the pipeline route, lost a court case against the project. Woodside, which runs the rival Browse and Scarborough projects off Broome and Karratha, is expected to decide on a new plant next year.',
		gold: { DARWIN: [-12.46, 130.84], Australia: [-25.0, 134.0], 'Northern Territory': [-19.5, 133.5], Darwin: [-12.46, 130.84], 'Timor-Leste': [-8.8, 125.9], Dili: [-8.56, 125.57], Melville: [-11.6, 131.0], Bathurst: [-11.6, 130.3], Broome: [-17.96, 122.24], Karratha: [-20.74, 116.85] },
		notPlaces: ['Santos', 'Barossa', 'Bayu-Undan', 'Woodside', 'Browse', 'Scarborough']
	},
	{
		genre: 'international',
		text: 'DAR ES SALAAM - Simba and Young Africans will meet in the Kariakoo derby at the Benjamin Mkapa Stadium on Saturday after the league moved the match from Zanzibar, where it was to be played at the Amaan Stadium. Azam, who play at Chamazi on the southern edge of the city, are two points behind. Fans from Arusha, Mwanza and Dodoma have booked every bus into the city. Police said 4,000 officers would be deployed around Kariakoo, the market district that gave the derby its name, and along the road to Temeke.',
		gold: { 'DAR ES SALAAM': [-6.8, 39.28], Zanzibar: [-6.16, 39.2], Chamazi: [-6.93, 39.22], Arusha: [-3.37, 36.68], Mwanza: [-2.52, 32.9], Dodoma: [-6.17, 35.74], Kariakoo: [-6.82, 39.27], Temeke: [-6.87, 39.25] },
		notPlaces: ['Simba', 'Young Africans', 'Azam', 'Benjamin Mkapa', 'Mkapa']
	},
	{
		genre: 'international',
		text: "MOGADISHU - Tens of thousands of families have left their farms in Somalia's Bay and Bakool regions after the spring rains failed for a second year, the UN said, many of them walking to Baidoa, where 500,000 people already live in displacement camps. In Gedo, aid agencies counted 20,000 new arrivals in Dolow and Luuq, near the Ethiopian border. Water prices in Beledweyne, the capital of Hiraan, have tripled. The government in Mogadishu has appealed for help from Qatar and Turkey, and the World Food Programme has cut rations in Kismayo.",
		gold: { MOGADISHU: [2.04, 45.34], Somalia: [5.2, 46.2], Bay: [2.5, 43.5], Bakool: [4.3, 43.8], Baidoa: [3.11, 43.65], Gedo: [3.0, 42.0], Dolow: [4.16, 42.08], Luuq: [3.8, 42.54], Beledweyne: [4.74, 45.2], Hiraan: [4.3, 45.5], Mogadishu: [2.04, 45.34], Qatar: [25.3, 51.2], Turkey: [39.0, 35.0], Kismayo: [-0.36, 42.55] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KATHMANDU - Floods and landslides have killed at least 60 people across Nepal since Friday, the home ministry said, with the worst damage in the southern plains. In Bharatpur, Chitwan's main city, the Narayani burst its banks and flooded 3,000 homes; around Hetauda and Birgunj, highways to the Indian border were cut. Janakpur and Rajbiraj reported the heaviest rainfall in 40 years. Flights from Pokhara to Kathmandu were cancelled, and the army airlifted stranded tourists from Sauraha, at the edge of the national park.",
		gold: { KATHMANDU: [27.71, 85.32], Nepal: [28.2, 84.0], Bharatpur: [27.68, 84.43], Chitwan: [27.58, 84.5], Hetauda: [27.43, 85.03], Birgunj: [27.01, 84.88], Janakpur: [26.73, 85.92], Rajbiraj: [26.54, 86.75], Pokhara: [28.21, 83.99], Kathmandu: [27.71, 85.32], Sauraha: [27.58, 84.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TEHRAN - Iran's capital could run out of drinking water within weeks, officials warned, after the driest autumn in half a century left the Amir Kabir dam above Karaj at 8 percent of capacity. The Lar and Taleghan reservoirs are nearly empty, and water pressure has been cut at night across Tehran province. Mashhad, the second city, is rationing water, and in Isfahan farmers protested as the Zayandeh Rud ran dry again. President Masoud Pezeshkian has said the capital may have to be moved to the Makran coast, near Chabahar.",
		gold: { TEHRAN: [35.69, 51.39], Iran: [32.5, 54.3], Karaj: [35.83, 50.99], Lar: [35.9, 52.0], Taleghan: [36.17, 50.77], Tehran: [35.69, 51.39], Mashhad: [36.3, 59.6], Isfahan: [32.65, 51.67], Makran: [25.5, 61.5], Chabahar: [25.29, 60.64] },
		notPlaces: ['Amir Kabir', 'Pezeshkian', 'Masoud Pezeshkian']
	}
];

export const HELD_OUT_WORLD_S52_B: GenreText[] = [
	{
		genre: 'health',
		text: 'BASSE-TERRE, Guadeloupe - Guadeloupe has declared a dengue epidemic after cases doubled in a month, the regional health agency said, with the highest rates in Les Abymes, Le Gosier and Baie-Mahault. Two children died at the university hospital in Pointe-à-Pitre. Sainte-Anne and Saint-François, on the south coast of Grande-Terre, have cancelled their carnival parades, and schools in Capesterre-Belle-Eau and Petit-Bourg will be sprayed. Martinique and French Guiana have sent nurses, and Paris has promised funds.',
		gold: { 'BASSE-TERRE': [16.0, -61.73], Guadeloupe: [16.25, -61.58], 'Les Abymes': [16.27, -61.5], 'Le Gosier': [16.21, -61.49], 'Baie-Mahault': [16.27, -61.59], 'Pointe-à-Pitre': [16.24, -61.53], 'Sainte-Anne': [16.23, -61.38], 'Saint-François': [16.25, -61.27], 'Grande-Terre': [16.3, -61.4], 'Capesterre-Belle-Eau': [16.04, -61.56], 'Petit-Bourg': [16.19, -61.59], Martinique: [14.64, -61.02], 'French Guiana': [4.0, -53.0], Paris: [48.86, 2.35] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'HAVANA - Cuba has confirmed more than 600 cases of Oropouche fever and a rise in chikungunya, the health ministry said, with Matanzas and Cienfuegos provinces the worst hit. In Santiago de Cuba, where the first Oropouche cases were found last year, hospitals have run out of fever reducers. Fumigation brigades have been sent to Cárdenas and Colón, in Matanzas, and to Holguín and Camagüey. Doctors in Pinar del Río said power cuts had made it impossible to keep patients cool. The Pan American Health Organization said cases had also been reported in Brazil and Peru.',
		gold: { HAVANA: [23.13, -82.38], Cuba: [21.5, -79.5], Matanzas: [23.05, -81.58], Cienfuegos: [22.15, -80.44], 'Santiago de Cuba': [20.02, -75.82], Cárdenas: [23.04, -81.2], Colón: [22.72, -80.9], Holguín: [20.89, -76.26], Camagüey: [21.38, -77.92], 'Pinar del Río': [22.42, -83.7], Brazil: [-10.0, -52.0], Peru: [-9.2, -75.0] },
		notPlaces: ['Oropouche']
	},
	{
		genre: 'health',
		text: 'GENERAL SANTOS, Philippines - Dengue cases in South Cotabato and Sarangani have risen fourfold since June, health officials said, and the provincial hospital in Koronadal has set up tents for patients. The worst-hit towns are Polomolok and Tupi, at the foot of Mount Matutum, and Alabel and Malungon in Sarangani. General Santos has declared an outbreak in eight villages, including Fatima and Labangal. The health department in Davao has sent 200,000 test kits, and clinics in Kidapawan and Cotabato City are treating patients from the south.',
		gold: { 'GENERAL SANTOS': [6.11, 125.17], Philippines: [12.5, 122.5], 'South Cotabato': [6.3, 124.8], Sarangani: [5.9, 125.3], Koronadal: [6.5, 124.85], Polomolok: [6.22, 125.06], Tupi: [6.33, 124.95], 'Mount Matutum': [6.36, 125.08], Alabel: [6.1, 125.29], Malungon: [6.25, 125.28], 'General Santos': [6.11, 125.17], Fatima: [6.08, 125.13], Labangal: [6.1, 125.15], Davao: [7.07, 125.61], Kidapawan: [7.01, 125.09], 'Cotabato City': [7.22, 124.25] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'DODOMA, Tanzania - Tanzania has confirmed an outbreak of Marburg virus disease in Kagera region after eight deaths in Biharamulo district, the health ministry said, the second outbreak there in two years. Contacts are being traced in Muleba and Bukoba, the regional capital, and in Ngara, near the Rwandan and Burundian borders. Rwanda has stepped up screening at Rusumo, and Uganda at Mutukula. The WHO has sent experts from its office in Brazzaville and a mobile laboratory from Kampala. Ferries from Bukoba to Mwanza are running with health checks.',
		gold: { DODOMA: [-6.17, 35.74], Tanzania: [-6.4, 34.9], Kagera: [-1.9, 31.3], Biharamulo: [-2.63, 31.31], Muleba: [-1.84, 31.65], Bukoba: [-1.33, 31.81], Ngara: [-2.51, 30.65], Rwanda: [-1.95, 29.9], Rusumo: [-2.38, 30.78], Uganda: [1.4, 32.3], Mutukula: [-1.0, 31.42], Brazzaville: [-4.27, 15.28], Kampala: [0.35, 32.58], Mwanza: [-2.52, 32.9] },
		notPlaces: ['Marburg']
	},
	{
		genre: 'health',
		text: 'QUETTA, Pakistan - Balochistan has recorded 20 polio cases this year, more than any other province, the emergency operations centre said, most of them in Killa Abdullah, Chaman and Pishin, on the Afghan border. Environmental samples from Quetta, Zhob and Loralai have tested positive. Vaccinators in Jaffarabad and Nasirabad said parents had refused drops after rumours spread on social media. Families crossing from Spin Boldak into Chaman are vaccinated at the Friendship Gate, and a campaign in Kandahar is planned for the same week.',
		gold: { QUETTA: [30.18, 67.0], Pakistan: [30.0, 70.0], Balochistan: [28.5, 65.5], 'Killa Abdullah': [30.72, 66.66], Chaman: [30.92, 66.45], Pishin: [30.58, 67.0], Quetta: [30.18, 67.0], Zhob: [31.34, 69.45], Loralai: [30.37, 68.6], Jaffarabad: [28.3, 68.2], Nasirabad: [28.4, 68.3], 'Spin Boldak': [31.0, 66.4], Kandahar: [31.61, 65.71] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'MORONI, Comoros - Cholera has spread from Anjouan to Mayotte, the French island 70 kilometres away, where 50 cases have been confirmed in Koungou and Mamoudzou, French health officials said. In the Comoros, more than 80 people have died, most of them in Mutsamudu and Domoni on Anjouan, and cases are now rising on Grande Comore around Moroni and Mitsamiouli. Boats carrying migrants from Anjouan to Mayotte land at night near Sada and Chirongui. Doctors from Madagascar arrived in Fomboni, on Mohéli, this week.',
		gold: { MORONI: [-11.7, 43.26], Comoros: [-12.2, 44.2], Anjouan: [-12.22, 44.42], Mayotte: [-12.8, 45.15], Koungou: [-12.73, 45.2], Mamoudzou: [-12.78, 45.23], Mutsamudu: [-12.17, 44.4], Domoni: [-12.26, 44.53], 'Grande Comore': [-11.65, 43.35], Moroni: [-11.7, 43.26], Mitsamiouli: [-11.38, 43.29], Sada: [-12.85, 45.1], Chirongui: [-12.93, 45.15], Madagascar: [-19.0, 46.7], Fomboni: [-12.28, 43.74], Mohéli: [-12.33, 43.73] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BAGHDAD - At least 30 pilgrims have died of heat exhaustion on the walk to Karbala for Arbaeen, Iraq's health ministry said, as temperatures passed 50C. Most of the 21 million pilgrims walk from Najaf along the road through Kufa, and tents with fans and cold water were set up every kilometre. Pilgrims from Basra walked for two weeks through Nasiriyah, Kut and Hillah. Iran said 3 million of its citizens had crossed at Mehran and Shalamcheh, and 500 were treated in hospitals in Ilam. Officials in Baghdad closed government offices for three days.",
		gold: { BAGHDAD: [33.31, 44.36], Karbala: [32.62, 44.02], Iraq: [33.0, 44.0], Najaf: [32.0, 44.33], Kufa: [32.05, 44.4], Basra: [30.51, 47.81], Nasiriyah: [31.05, 46.26], Kut: [32.5, 45.83], Hillah: [32.48, 44.42], Iran: [32.5, 54.3], Mehran: [33.12, 46.16], Shalamcheh: [30.5, 48.0], Ilam: [33.64, 46.42], Baghdad: [33.31, 44.36] },
		notPlaces: ['Arbaeen']
	},
	{
		genre: 'international',
		text: "AWKA, Nigeria - Governor Charles Soludo won a second term in Anambra on Sunday, carrying 20 of the state's 21 local government areas, the electoral commission said. The Labour Party, whose leader Peter Obi governed Anambra for eight years, came third even in Obi's home town of Agulu. Turnout was under 25 percent, and lowest in Onitsha and Nnewi, the commercial centres, where gunmen have enforced sit-at-home orders. In Ihiala and Aguata, polling units opened hours late; a candidate was attacked near Ekwulobia. Voting was calm in Awka and Nnobi.",
		gold: { AWKA: [6.21, 7.07], Nigeria: [9.1, 8.7], Anambra: [6.2, 7.0], Agulu: [6.11, 7.06], Onitsha: [6.15, 6.79], Nnewi: [6.02, 6.92], Ihiala: [5.85, 6.86], Aguata: [6.02, 7.08], Ekwulobia: [6.02, 7.08], Awka: [6.21, 7.07], Nnobi: [6.05, 6.95] },
		notPlaces: ['Soludo', 'Charles Soludo', 'Obi', 'Peter Obi', 'Labour Party']
	},
	{
		genre: 'international',
		text: 'MELBOURNE - Residents of Mallacoota and Genoa were told to shelter on the beach on Tuesday as a bushfire in East Gippsland jumped the Princes Highway, the Country Fire Authority said. The fire has burned 120,000 hectares since it was lit by lightning near Cann River last week. Evacuation centres are open in Orbost and Bairnsdale, and across the New South Wales border in Eden and Bega. Navy ships are on standby at Twofold Bay to take people off the coast, as they did in 2020. The premier flew to Lakes Entrance to meet firefighters.',
		gold: { MELBOURNE: [-37.81, 144.96], Mallacoota: [-37.56, 149.75], Genoa: [-37.48, 149.59], 'East Gippsland': [-37.5, 148.5], 'Cann River': [-37.57, 149.15], Orbost: [-37.7, 148.46], Bairnsdale: [-37.83, 147.61], 'New South Wales': [-32.0, 147.0], Eden: [-37.06, 149.9], Bega: [-36.67, 149.84], 'Twofold Bay': [-37.08, 149.92], 'Lakes Entrance': [-37.88, 147.99] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'BOGOTÁ - Colombia raised the alert level at the Nevado del Ruiz volcano to orange on Thursday after a swarm of earthquakes beneath the crater, the geological service said. Authorities in Caldas and Tolima told 2,500 people in the high valleys to leave, and shelters were opened in Villamaría and Manizales. In Tolima, the towns of Murillo, Herveo and Líbano are preparing evacuation routes, and Armero, destroyed by a mudflow in 1985 that killed 23,000 people, remains a memorial. Flights into Manizales were suspended. The governor of Tolima said Ibagué would take in evacuees.',
		gold: { BOGOTÁ: [4.71, -74.07], Colombia: [4.0, -73.0], 'Nevado del Ruiz': [4.89, -75.32], Caldas: [5.3, -75.3], Tolima: [3.9, -75.2], Villamaría: [5.04, -75.51], Manizales: [5.07, -75.52], Murillo: [4.87, -75.17], Herveo: [5.08, -75.18], Líbano: [4.92, -75.06], Armero: [4.96, -74.9], Ibagué: [4.44, -75.23] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TAIPEI - A magnitude 6.4 earthquake struck off Taiwan's east coast on Friday, damaging buildings in Hualien and setting off rockfalls in Taroko Gorge that trapped 60 hikers, the central weather administration said. The shaking was felt in Yilan and Taitung, and trains between Hualien and Taipei were halted. In Ji'an and Shoufeng, townships south of the city, schools were closed. Workers at the cement plants in Xincheng were evacuated. The quake was also felt on Yonaguni, Japan's westernmost island.",
		gold: { TAIPEI: [25.03, 121.56], Taiwan: [23.7, 121.0], Hualien: [23.99, 121.6], 'Taroko Gorge': [24.17, 121.49], Yilan: [24.75, 121.75], Taitung: [22.76, 121.14], Taipei: [25.03, 121.56], "Ji'an": [23.97, 121.57], Shoufeng: [23.86, 121.52], Xincheng: [24.13, 121.64], Yonaguni: [24.46, 122.99], Japan: [36.0, 138.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'ATHENS - More than 2,000 migrants have reached Crete from eastern Libya in a week, Greek officials said, most of them landing on Gavdos, the small island south of Crete, or near Agia Galini and Ierapetra on the south coast. The boats leave from beaches around Tobruk, where smugglers charge $5,000 a seat. Greece has suspended asylum claims from North Africa for three months. Reception centres in Chania and Heraklion are full, and some arrivals are held in a sports hall in Rethymno. A Greek delegation flew to Benghazi to meet Khalifa Haftar.',
		gold: { ATHENS: [37.98, 23.73], Crete: [35.24, 24.8], Libya: [27.0, 17.0], Gavdos: [34.84, 24.09], 'Agia Galini': [35.1, 24.69], Ierapetra: [35.01, 25.74], Tobruk: [32.08, 23.96], Greece: [39.0, 22.0], Chania: [35.51, 24.02], Heraklion: [35.34, 25.13], Rethymno: [35.37, 24.47], Benghazi: [32.12, 20.07] },
		notPlaces: ['Haftar', 'Khalifa Haftar']
	},
	{
		genre: 'international',
		text: "SINGAPORE - Ship traffic through the Strait of Malacca hit a record last year as carriers avoided the Red Sea, the port authority said, and ports along the strait are racing to expand. Malaysia's Port Klang and Tanjung Pelepas each handled more than 12 million containers. Indonesia is dredging Belawan, near Medan, and Dumai, on the Sumatran coast, to take larger tankers. Melaka's new terminal at Kuala Linggi has stalled, and officials in Penang want a second port at Batu Kawan. Batam, across the strait from Singapore, has approved a transshipment hub.",
		gold: { SINGAPORE: [1.29, 103.85], Malaysia: [4.2, 108.0], 'Port Klang': [3.0, 101.39], 'Tanjung Pelepas': [1.36, 103.55], Indonesia: [-2.5, 118.0], Belawan: [3.78, 98.69], Medan: [3.59, 98.67], Dumai: [1.67, 101.45], Melaka: [2.19, 102.25], 'Kuala Linggi': [2.38, 101.98], Penang: [5.4, 100.3], 'Batu Kawan': [5.25, 100.43], Batam: [1.08, 104.03], Singapore: [1.29, 103.85] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NEW YORK - Hunger is spreading in Myanmar's Rakhine state, where the Arakan Army now controls 14 of 17 townships, the UN Development Programme said on Monday. Sittwe, the state capital still held by the military, is cut off by land, and rice prices there have quadrupled. In Maungdaw and Buthidaung, near the border with Bangladesh, Rohingya villagers say they are being forced to join the fighting. The report said farmers in Ann and Kyaukphyu, where China is building a deep-sea port, had been unable to plant this season. Aid reaches Paletwa, in neighbouring Chin state, only through Mizoram.",
		gold: { 'NEW YORK': [40.71, -74.01], Myanmar: [21.0, 96.0], Rakhine: [19.8, 93.9], Sittwe: [20.15, 92.9], Maungdaw: [20.82, 92.37], Buthidaung: [20.87, 92.53], Bangladesh: [23.7, 90.3], Ann: [19.77, 94.03], Kyaukphyu: [19.43, 93.55], China: [35.0, 103.0], Paletwa: [21.3, 92.85], Chin: [22.0, 93.5], Mizoram: [23.3, 92.8] },
		notPlaces: ['Arakan Army', 'Rohingya']
	},
	{
		genre: 'international',
		text: 'COTABATO CITY, Philippines - Voters in the Bangsamoro region will elect their first parliament in March after two postponements, the election commission said. Senator Bato dela Rosa, who visited Marawi last week, urged the government to keep the date. Candidates of the former rebels\' party are favoured in Maguindanao del Norte and Lanao del Sur; in Basilan and Tawi-Tawi, local clans are fielding their own slates. Soldiers have been sent to Datu Odin Sinsuat and Shariff Aguak after ambushes on the road from Cotabato City. Sulu, removed from the region by a court ruling, will not vote.',
		gold: { 'COTABATO CITY': [7.22, 124.25], Bangsamoro: [7.0, 124.0], Marawi: [8.0, 124.29], 'Maguindanao del Norte': [7.2, 124.3], 'Lanao del Sur': [7.8, 124.4], Basilan: [6.55, 122.0], 'Tawi-Tawi': [5.1, 120.0], 'Datu Odin Sinsuat': [7.19, 124.2], 'Shariff Aguak': [6.86, 124.44], 'Cotabato City': [7.22, 124.25], Sulu: [6.0, 121.0] },
		notPlaces: ['Bato', 'Bato dela Rosa', 'dela Rosa', 'Rosa']
	},
	{
		genre: 'international',
		text: "AHMEDABAD - An explosion at a chemical plant in the Dahej industrial estate killed eight workers on Wednesday, Gujarat officials said, the third deadly blast in Bharuch district this year. Injured workers were taken to hospitals in Bharuch and Vadodara; two with severe burns were flown to Surat. The plant's owner, whose loans are held by Bank of Baroda, said production at its second unit in Ankleshwar would continue. Unions in Vapi and Valsad, farther south, called a one-day strike over safety.",
		gold: { AHMEDABAD: [23.02, 72.57], Dahej: [21.7, 72.58], Gujarat: [22.5, 71.5], Bharuch: [21.7, 72.98], Vadodara: [22.31, 73.18], Surat: [21.17, 72.83], Ankleshwar: [21.63, 73.0], Vapi: [20.37, 72.9], Valsad: [20.6, 72.93] },
		notPlaces: ['Bank of Baroda', 'Baroda']
	},
	{
		genre: 'international',
		text: "CASABLANCA - RS Berkane beat Wydad 2-0 in Casablanca on Sunday to go top of Morocco's league, a week before they host Al Hilal of Omdurman in the Confederation Cup. The club, from the eastern town of Berkane near the Algerian border, has won three African titles since 2020. Raja, Wydad's city rivals, lost in Tetouan, while FAR Rabat drew at home. Fans travelling from Oujda and Nador were held at checkpoints outside Fes. The next derby will be played in Marrakech while the stadium in Casablanca is rebuilt for the World Cup.",
		gold: { CASABLANCA: [33.57, -7.59], Casablanca: [33.57, -7.59], Morocco: [31.8, -7.1], Omdurman: [15.64, 32.48], Berkane: [34.92, -2.32], Tetouan: [35.57, -5.37], Oujda: [34.68, -1.91], Nador: [35.17, -2.93], Fes: [34.03, -5.0], Marrakech: [31.63, -8.01] },
		notPlaces: ['Wydad', 'Raja', 'Al Hilal', 'FAR Rabat']
	},
	{
		genre: 'international',
		text: 'BANGKOK - Thailand and Cambodia exchanged artillery fire along their border for a third day on Saturday, and more than 130,000 people have fled from villages in Surin, Si Sa Ket and Ubon Ratchathani provinces, Thai officials said. A shell hit a petrol station in Kantharalak, and the hospital in Phanom Dong Rak was evacuated. On the Cambodian side, families from Oddar Meanchey and Preah Vihear have moved to camps near Samraong and Siem Reap. The fighting began near the Ta Muen Thom temple. Malaysia\'s prime minister called both leaders to talks in Kuala Lumpur.',
		gold: { BANGKOK: [13.75, 100.5], Thailand: [15.0, 101.0], Cambodia: [12.5, 105.0], Surin: [14.88, 103.49], 'Si Sa Ket': [15.12, 104.32], 'Ubon Ratchathani': [15.23, 104.86], Kantharalak: [14.65, 104.65], 'Phanom Dong Rak': [14.5, 103.33], 'Oddar Meanchey': [14.2, 103.5], 'Preah Vihear': [14.0, 104.8], Samraong: [14.18, 103.52], 'Siem Reap': [13.36, 103.86], Malaysia: [4.2, 108.0], 'Kuala Lumpur': [3.14, 101.69] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "WARSAW - Floods have killed at least 20 people in Poland and the Czech Republic after days of rain, officials said, after a dam burst at Stronie Śląskie and the water swept through Lądek-Zdrój. In Kłodzko, the old town was under two metres of water, and the town of Nysa was evacuated as the river rose. On the Czech side, Krnov and Jeseník were cut off, and in Opava the army built barriers along the river. Ostrava's Nová Ves district was flooded. Prime Minister Donald Tusk flew to Wrocław, where the Oder is expected to peak on Friday.",
		gold: { WARSAW: [52.23, 21.01], Poland: [52.0, 19.0], 'Czech Republic': [49.8, 15.5], 'Stronie Śląskie': [50.29, 16.87], 'Lądek-Zdrój': [50.34, 16.88], Kłodzko: [50.43, 16.65], Nysa: [50.47, 17.33], Krnov: [50.09, 17.7], Jeseník: [50.23, 17.2], Opava: [49.94, 17.9], Ostrava: [49.82, 18.26], 'Nová Ves': [49.83, 18.21], Wrocław: [51.11, 17.04] },
		notPlaces: ['Tusk', 'Donald Tusk']
	},
	{
		genre: 'international',
		text: 'YEREVAN - Armenia and Azerbaijan have agreed the route of a road and railway across Armenia\'s Syunik province linking Azerbaijan to its exclave of Nakhchivan, to be called the Trump Route for International Peace and Prosperity, officials said. The line will run along the Iranian border through Meghri and Agarak, and residents of Kapan and Goris fear the province will be cut in two. Azerbaijan, which calls the route the Zangezur corridor, will link it to the railway from Horadiz. Iran has warned against any change to its border at Nordooz, across the river from Agarak.',
		gold: { YEREVAN: [40.18, 44.51], Armenia: [40.1, 45.0], Azerbaijan: [40.3, 47.7], Syunik: [39.5, 46.0], Nakhchivan: [39.2, 45.4], Meghri: [38.9, 46.24], Agarak: [38.86, 46.18], Kapan: [39.21, 46.4], Goris: [39.51, 46.34], Horadiz: [39.45, 47.33], Iran: [32.5, 54.3], Nordooz: [38.85, 46.2] },
		notPlaces: ['Trump', 'Trump Route']
	}
];

// International and health news written for session 54 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s54` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written hard, in shapes the earlier world batches (s33-s53)
// lack, each shape once in A and once in B: disease bulletins by Nigerian LGA (Ondo's Owo and Ose, Bauchi's Toro and
// Tafawa Balewa; Borno's Jere, Dikwa and Gwoza, Lagos's Eti-Osa and Agege), by Indian district and taluk (Karnataka's
// Hassan and Sagar; Pune's Nanded beside the big Nanded) and by Brazilian municipality (Minas Gerais's Governador
// Valadares; Espírito Santo's Serra and Santa Teresa), city quarters and townships (Nairobi's Kibera, Eastleigh and
// Kawangware; Dhaka's Mirpur, Mohammadpur and Uttara; Port-au-Prince's Carrefour, Delmas and Tabarre; Rio's Penha,
// Ramos, Olaria and Jacarezinho; Dar es Salaam's Mbagala and Ubungo; Bogotá's Usaquén and Suba), lists mixing one
// country's regions with a town (Queensland, Victoria and Bathurst; Manitoba, Alberta, Prince Albert and Melville) and
// lists of one country's cities with far namesakes (Inverness, Perth, Stirling and Elgin; Sydney, Melbourne, Brisbane
// and Newcastle with Ipswich and Launceston), persons and parties named like far towns (Honduras's Moncada, Castro,
// Zelaya with Gracias and Cortés; Ecuador's González and Correa with Milagro and Durán; Tanzania's Hassan; Colombia's
// Fajardo with Nariño and Rionegro), small towns beside big namesakes abroad (the Eastern Cape's Queenstown and
// Butterworth, the Free State's Bethlehem under an EAST LONDON dateline; the west of Ireland's Ennis, Westport and Tuam;
// Chihuahua's Guerrero and Riva Palacio; Ontario's London, St. Thomas, Woodstock and Leamington; Portugal's Mora,
// Beja and Santarém; Veracruz's Álamo and Tuxpan; Biobío's Florida, Coronel and Victoria; Chile's Salamanca),
// datelines far from the places (New York on South Kordofan's Kadugli and Bara; Brussels on Transnistria's Bender),
// trade, shipping and energy with fields, terminals and ships named like places (Bonga, Jubilee; Forcados, Bonny,
// Escravos; the Eagle S with Primorsk and Ust-Luga; the Danube's Izmail and Reni; cocoa from San-Pédro and Kribi; the
// Sounion off Hodeidah; the MSC Elsa 3 off Kochi), storms named like far towns (Hurricane Melissa with Jamaica's New
// Hope, Black River, Santa Cruz and Mandeville; Typhoon Kalmaegi with Cebu's Compostela, Talisay, Carmen), quakes
// (Kunar's Nurgal and Asadabad; Davao Oriental's Tarragona, Mati and Caraga), refugee settlements and crossings
// (Uganda's Rhino Camp, Palabek and Elegu; Chad's Adré, Farchana and Tiné), heat (Sindh's Jacobabad and Hyderabad;
// Iberia), plague by district (Madagascar's Ankazobe; Ituri's Rethy, Aru and Logo) and firms named like places
// (Ivanhoe Mines, Zijin; Antofagasta Minerals).
// Gold points are the places' own, written from knowledge and checked against `gazette lookup` (many are lacked:
// Ose, Esan West, Mathare, Eastleigh (Nairobi's), New Hope (Jamaica's), Chawkay, Martissant, Petite-Rivière, Nanded
// (Pune's), Jatrabari, Mirpur (Dhaka's), Ramos, Penha (Rio's), Rethy, Logo); rivers, reservoirs, mines, fields,
// airports, hospitals and roads are left ungraded; a firm, a party, a field, a ship, a storm or a person named like a
// place is no place. "X province/state/district" is graded under that name as well as X. Countries and regions carry
// the writer's points; they are right within 800 km.
// Half A is for tuning; half B stays held out.
// Before any change (main 5db99ab): A 260/262 within 161 km (international 159/160, health 101/102), 3 names of no
// place mapped (Hassan, the president, twice as Hassan, Karnataka; Zijin, the miner, as Zijin county, China), 45 gold
// names not mapped; B 282/290 (international 187/193, health 95/97), 0 names of no place mapped, 42 not mapped (the
// first scoring printed B's lines; only its last was read: Salamanca, Chile's, as Salamanca, Mexico). A's wrong:
// Eastleigh (Nairobi's; lacked) as Eastleigh, England, 6,835 km; Tuxpan (Veracruz's port) as Tuxpan, Jalisco or
// Nayarit, 355 km.
// End of session 54 (main 2db2381 with h54-world's b3181f3; scored once at 21:25): A 260/262 (international 159/160,
// health 101/102), 0 names of no place mapped (Hassan, after "President Samia Suluhu Hassan", unmapped: two given names
// after a title, judge-persons.ts; Zijin, "its Chinese partner", unmapped: firm-cues.ts), 45 not mapped; B 282/290
// (international 187/193, health 95/97; unchanged), 0 names of no place mapped, 42 not mapped. A's wrong left:
// Eastleigh, Tuxpan (GeoNames names Veracruz's Tuxpan "Túxpam de Rodríguez Cano", "Tuxpan" only an alternate name, which
// weigh-homonyms.ts credits with no named place near it). B's wrong: Nanded (Pune's village; lacked) as Nanded city,
// 380 km; Mohammadpur (Dhaka's quarter; lacked) as a Mohammadpur in Rajshahi, 225 km; Penha twice, Ramos and
// Jacarezinho (Rio's favelas and quarters; lacked) as Penha, Santa Catarina, 696 km, Ramos, Philippines, and
// Jacarezinho, Paraná, 687 km; São Gonçalo (Rio's neighbour of 1 million; the gazetteer lacks it) as São Gonçalo do
// Sapucaí, 282 km; Salamanca (Chile's Coquimbo town, 13,265) as Salamanca, Mexico, 6,653 km.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S54_A: GenreText[] = [
	{
		genre: 'health',
		text: "ABUJA - Nigeria's Centre for Disease Control has recorded 138 deaths from Lassa fever this year, with Ondo, Edo and Bauchi states accounting for most of the 900 confirmed cases. In Ondo, Owo and Ose local government areas remain the hotspots, and the federal medical centre in Owo has opened a second isolation ward. In Edo, cases are concentrated in Esan West, around the teaching hospital at Irrua, and in Etsako West. Bauchi's Toro and Tafawa Balewa have reported deaths among health workers. The agency urged households in Ebonyi and Taraba to store grain in sealed containers away from rats.",
		gold: { ABUJA: [9.06, 7.49], Nigeria: [9.1, 8.7], Ondo: [7.1, 5.05], Edo: [6.6, 5.9], Bauchi: [10.3, 9.84], Owo: [7.2, 5.59], Ose: [7.3, 5.85], 'Esan West': [6.74, 6.14], Irrua: [6.73, 6.22], 'Etsako West': [7.1, 6.3], Toro: [10.06, 9.07], 'Tafawa Balewa': [9.76, 9.56], Ebonyi: [6.25, 8.1], Taraba: [8.0, 10.5] },
		notPlaces: ['Lassa']
	},
	{
		genre: 'health',
		text: "BENGALURU - Karnataka has reported 32,000 dengue cases this year, the state health department said, with Bengaluru's municipal area accounting for a third of them. Outside the city, Chitradurga, Hassan and Mysuru districts have the highest rates, and a 14-year-old girl died in Shivamogga. In Hassan, Health Minister Dinesh Gundu Rao said the district hospital had added 60 beds. Kyasanur Forest disease has also returned to the Malnad, with cases in Thirthahalli and Sagar taluks and in Sringeri, in Chikkamagaluru district. Neighbouring Kerala has reported dengue deaths in Kasaragod.",
		gold: { BENGALURU: [12.97, 77.59], Karnataka: [15.0, 76.0], Bengaluru: [12.97, 77.59], Chitradurga: [14.23, 76.4], Hassan: [13.0, 76.1], Mysuru: [12.3, 76.64], Shivamogga: [13.93, 75.57], Thirthahalli: [13.69, 75.24], Sagar: [14.17, 75.03], Sringeri: [13.42, 75.25], Chikkamagaluru: [13.32, 75.77], Kerala: [10.5, 76.3], Kasaragod: [12.5, 75.0], 'Chikkamagaluru district': [13.32, 75.77] },
		notPlaces: ['Dinesh Gundu Rao', 'Gundu Rao', 'Kyasanur']
	},
	{
		genre: 'health',
		text: 'BELO HORIZONTE - Minas Gerais has declared a dengue emergency in 280 municipalities, the state health department said, after 190 deaths. Contagem and Betim, in the metropolitan region, and Uberlândia and Uberaba, in the Triângulo Mineiro, have the most cases, and Montes Claros has opened a field hospital. In the Rio Doce valley, Governador Valadares and Ipatinga have recruited army soldiers to inspect water tanks. Juiz de Fora said it would spray insecticide from drones. Espírito Santo and Bahia have also reported record cases.',
		gold: { 'BELO HORIZONTE': [-19.92, -43.94], 'Minas Gerais': [-18.5, -44.5], Contagem: [-19.93, -44.05], Betim: [-19.97, -44.2], Uberlândia: [-18.92, -48.28], Uberaba: [-19.75, -47.93], 'Montes Claros': [-16.73, -43.86], 'Governador Valadares': [-18.85, -41.95], Ipatinga: [-19.47, -42.54], 'Juiz de Fora': [-21.76, -43.35], 'Espírito Santo': [-19.6, -40.7], Bahia: [-12.5, -41.7] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "NAIROBI - Kenya's health ministry has confirmed 47 cholera cases in Nairobi, most of them in the informal settlements of Kibera, Mathare and Mukuru, where heavy rains flooded pit latrines. Two children died at Mbagathi hospital after their families brought them from Kawangware. Cases have also been found in Eastleigh, and the county has closed food kiosks in Kariobangi and Dandora. Outside the capital, Kisumu, Migori and Tana River counties have reported cholera this year, and health officials are screening travellers arriving in Mombasa from Garissa.",
		gold: { NAIROBI: [-1.29, 36.82], Kenya: [0.5, 38.0], Nairobi: [-1.29, 36.82], Kibera: [-1.31, 36.79], Mathare: [-1.26, 36.86], Mukuru: [-1.31, 36.88], Kawangware: [-1.28, 36.75], Eastleigh: [-1.27, 36.85], Kariobangi: [-1.25, 36.88], Dandora: [-1.25, 36.9], Kisumu: [-0.1, 34.75], Migori: [-1.06, 34.47], 'Tana River': [-1.5, 39.9], Mombasa: [-4.04, 39.67], Garissa: [-0.45, 39.65] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'SYDNEY - Floodwaters isolated 50,000 people on the mid-north coast of New South Wales on Wednesday as the Manning and Macleay rivers burst their banks, the State Emergency Service said. Evacuation orders covered Taree, Wingham and Kempsey, and a man was found dead in his car near Port Macquarie. Helicopters dropped food to farms cut off around Gloucester and Macksville. Rescue crews from Queensland, Victoria and Bathurst joined local volunteers, and the army sent trucks from Newcastle.',
		gold: { SYDNEY: [-33.87, 151.21], 'New South Wales': [-32.0, 147.0], Taree: [-31.91, 152.46], Wingham: [-31.87, 152.37], Kempsey: [-31.08, 152.84], 'Port Macquarie': [-31.43, 152.91], Gloucester: [-32.01, 151.96], Macksville: [-30.71, 152.92], Queensland: [-22.0, 144.0], Victoria: [-37.0, 144.0], Bathurst: [-33.42, 149.58], Newcastle: [-32.93, 151.78] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TEGUCIGALPA - Nasry Asfura of the National Party led Salvador Nasralla by fewer than 20,000 votes with 95 percent counted, Honduras's electoral council said, while Rixi Moncada of the ruling Libre party trailed in third. Asfura, a former mayor of the capital, won Francisco Morazán and the coffee-growing west around Santa Rosa de Copán and Gracias; Nasralla carried Cortés, San Pedro Sula and the Caribbean port of La Ceiba. Moncada won only in Olancho, the home department of former president Manuel Zelaya. President Xiomara Castro urged calm. In Choloma, supporters of Nasralla blocked the highway to Puerto Cortés.",
		gold: { TEGUCIGALPA: [14.08, -87.21], Honduras: [15.0, -86.5], 'Francisco Morazán': [14.25, -87.25], 'Santa Rosa de Copán': [14.77, -88.78], Gracias: [14.59, -88.58], Cortés: [15.5, -88.0], 'San Pedro Sula': [15.5, -88.03], 'La Ceiba': [15.76, -86.78], Olancho: [14.8, -86.0], Choloma: [15.61, -87.95], 'Puerto Cortés': [15.85, -87.94] },
		notPlaces: ['Nasry Asfura', 'Asfura', 'National Party', 'Salvador Nasralla', 'Nasralla', 'Rixi Moncada', 'Moncada', 'Libre', 'Manuel Zelaya', 'Zelaya', 'Xiomara Castro', 'Castro']
	},
	{
		genre: 'international',
		text: 'EAST LONDON, South Africa - Floods in the Eastern Cape have killed 101 people, most of them in and around Mthatha, where the river swept away homes and a minibus of schoolchildren, the provincial government said. Rescuers also searched in Ngqeleni and Libode, and roads to Queenstown and Butterworth were cut. In the Free State, a dam wall gave way near Bethlehem, and snow closed the N3 at Harrismith. President Cyril Ramaphosa flew to Mthatha from Cape Town; aid was trucked from Durban and Port Elizabeth.',
		gold: { 'EAST LONDON': [-33.02, 27.91], 'South Africa': [-29.0, 24.0], 'Eastern Cape': [-32.0, 26.5], Mthatha: [-31.59, 28.78], Ngqeleni: [-31.67, 29.03], Libode: [-31.54, 29.03], Queenstown: [-31.9, 26.88], Butterworth: [-32.33, 28.15], 'Free State': [-28.5, 26.8], Bethlehem: [-28.23, 28.31], Harrismith: [-28.27, 29.13], 'Cape Town': [-33.92, 18.42], Durban: [-29.86, 31.03], 'Port Elizabeth': [-33.96, 25.6] },
		notPlaces: ['Cyril Ramaphosa', 'Ramaphosa']
	},
	{
		genre: 'international',
		text: 'NEW YORK - The United Nations warned on Thursday that famine had spread to Kadugli and Dilling, two towns in Sudan\'s South Kordofan state that have been under siege for more than a year. The Rapid Support Forces, which took Bara, north of El Obeid, in October, are shelling Babanusa and have cut the road to En Nahud. A UN convoy of 40 trucks left Kosti last week but was stopped at Um Rawaba. Aid officials in Port Sudan said the army\'s airdrops on Kadugli were not enough. Tom Fletcher, the UN relief chief, flew to Chad on Friday.',
		gold: { 'NEW YORK': [40.71, -74.0], Kadugli: [11.01, 29.72], Dilling: [12.05, 29.65], Sudan: [15.0, 30.0], 'South Kordofan': [11.2, 29.9], Bara: [13.7, 30.37], 'El Obeid': [13.18, 30.22], Babanusa: [11.33, 27.81], 'En Nahud': [12.7, 28.43], Kosti: [13.16, 32.66], 'Um Rawaba': [12.9, 31.22], 'Port Sudan': [19.62, 37.22], Chad: [15.0, 19.0] },
		notPlaces: ['Rapid Support Forces', 'Tom Fletcher', 'Fletcher']
	},
	{
		genre: 'international',
		text: "LAGOS - Shell said its Bonga deep-water field was producing again after a month-long shutdown, lifting Nigeria's crude output to 1.7 million barrels a day. Exports from the Forcados and Bonny terminals have resumed, and the Trans Niger Pipeline, which feeds Bonny from fields in Rivers state, is running after repairs. The Dangote refinery at Lekki bought its first cargo of crude from Ghana's Jubilee field and more from Escravos, the Chevron-run terminal in Delta state. Militants attacked a pipeline near Nembe, in Bayelsa, last week.",
		gold: { LAGOS: [6.45, 3.4], Nigeria: [9.1, 8.7], Forcados: [5.35, 5.35], Bonny: [4.45, 7.17], Rivers: [4.8, 6.9], Lekki: [6.44, 3.7], Ghana: [7.9, -1.0], Escravos: [5.6, 5.2], Delta: [5.7, 6.0], Nembe: [4.54, 6.4], Bayelsa: [4.8, 6.1], 'Rivers state': [4.8, 6.9], 'Delta state': [5.7, 6.0] },
		notPlaces: ['Shell', 'Bonga', 'Trans Niger Pipeline', 'Dangote', 'Jubilee', 'Chevron']
	},
	{
		genre: 'international',
		text: "KAMPALA - Uganda's refugee settlements are running out of land after 90,000 people fled South Sudan and Sudan this year, the prime minister's office said. New arrivals crossing at Elegu, opposite the South Sudanese town of Nimule, are taken to a reception centre in Adjumani and then to Palabek, in Lamwo district, or to Rhino Camp, near Arua. Kiryandongo, which hosts most of the Sudanese, has stopped taking families, and Nakivale, in the south-west, is full with Congolese who crossed at Bunagana. WFP has cut rations in Bidibidi, in Yumbe, by half.",
		gold: { KAMPALA: [0.32, 32.58], Uganda: [1.3, 32.3], 'South Sudan': [7.0, 30.0], Sudan: [15.0, 30.0], Elegu: [3.58, 32.06], Nimule: [3.6, 32.06], Adjumani: [3.38, 31.79], Palabek: [3.43, 32.57], Lamwo: [3.53, 32.8], 'Rhino Camp': [2.97, 31.4], Arua: [3.02, 30.91], Kiryandongo: [1.88, 32.06], Nakivale: [-0.78, 30.95], Bunagana: [-1.29, 29.6], Bidibidi: [3.5, 31.4], Yumbe: [3.47, 31.25], 'Lamwo district': [3.53, 32.8] },
		notPlaces: ['WFP']
	},
	{
		genre: 'international',
		text: 'KINGSTON, Jamaica - Hurricane Melissa, the strongest storm ever to hit Jamaica, made landfall near New Hope on Tuesday with winds of 295 km/h, destroying most of Black River, the capital of St Elizabeth parish, the government said. Roads from Santa Cruz to Mandeville were blocked by landslides, and Montego Bay\'s airport was flooded. Prime Minister Andrew Holness said Savanna-la-Mar and Lucea had no power or water. Melissa moved on to eastern Cuba, where 700,000 people were evacuated from Santiago de Cuba and Holguín.',
		gold: { KINGSTON: [17.99, -76.79], Jamaica: [18.15, -77.3], 'New Hope': [18.1, -77.95], 'Black River': [18.03, -77.85], 'St Elizabeth': [18.05, -77.7], 'Santa Cruz': [18.05, -77.7], Mandeville: [18.04, -77.51], 'Montego Bay': [18.47, -77.92], 'Savanna-la-Mar': [18.22, -78.13], Lucea: [18.45, -78.17], Cuba: [21.5, -79.5], 'Santiago de Cuba': [20.02, -75.82], Holguín: [20.89, -76.26] },
		notPlaces: ['Melissa', 'Hurricane Melissa', 'Andrew Holness', 'Holness']
	},
	{
		genre: 'international',
		text: 'KABUL - A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, killing more than 2,200 people in Kunar province, where mud-brick villages collapsed on sleeping families, the Taliban government said. The worst damage was in Nurgal and Chawkay districts; landslides blocked the road from Asadabad, the provincial capital, to Mazar Dara. The injured were flown to Jalalabad, and hospitals in Kabul sent surgeons. The quake was felt in Islamabad and Peshawar. In neighbouring Nangarhar, houses collapsed in Dara-i-Nur. Aid arrived from Iran, India and the United Arab Emirates.',
		gold: { KABUL: [34.53, 69.17], Afghanistan: [33.9, 67.7], Kunar: [34.85, 71.1], Nurgal: [34.62, 70.77], Chawkay: [34.72, 70.93], Asadabad: [34.87, 71.15], 'Mazar Dara': [34.95, 71.0], Jalalabad: [34.43, 70.45], Kabul: [34.53, 69.17], Islamabad: [33.69, 73.05], Peshawar: [34.01, 71.58], Nangarhar: [34.2, 70.5], 'Dara-i-Nur': [34.62, 70.6], Iran: [32.0, 53.0], India: [22.0, 79.0], 'United Arab Emirates': [24.0, 54.0], 'Kunar province': [34.85, 71.1] },
		notPlaces: ['Taliban']
	},
	{
		genre: 'international',
		text: 'DAR ES SALAAM - President Samia Suluhu Hassan was declared the winner of Tanzania\'s election with 98 percent of the vote on Saturday, as protests over the exclusion of opposition leader Tundu Lissu spread from Dar es Salaam to Arusha, Mwanza and Mbeya. Police fired tear gas at crowds in the suburbs of Mbagala, Kimara and Ubungo, and a curfew was imposed. In Zanzibar, Hussein Mwinyi was re-elected. Hassan, who was sworn in at a military parade ground in Dodoma, blamed foreigners for the unrest. Kenya closed its border post at Namanga.',
		gold: { 'DAR ES SALAAM': [-6.8, 39.28], Tanzania: [-6.4, 34.9], 'Dar es Salaam': [-6.8, 39.28], Arusha: [-3.37, 36.68], Mwanza: [-2.52, 32.9], Mbeya: [-8.9, 33.46], Mbagala: [-6.9, 39.26], Kimara: [-6.78, 39.16], Ubungo: [-6.79, 39.21], Zanzibar: [-6.16, 39.2], Dodoma: [-6.17, 35.74], Kenya: [0.5, 38.0], Namanga: [-2.55, 36.79] },
		notPlaces: ['Samia Suluhu Hassan', 'Hassan', 'Tundu Lissu', 'Lissu', 'Hussein Mwinyi', 'Mwinyi']
	},
	{
		genre: 'health',
		text: 'CHIHUAHUA, Mexico - Measles has killed 21 people in Chihuahua state, most of them children in Mennonite and Rarámuri communities, the state health ministry said. The outbreak, which began in a Mennonite colony near Cuauhtémoc, has spread to Namiquipa, Riva Palacio and Guerrero, and to Ojinaga on the Texas border. Clinics in Nuevo Casas Grandes are vaccinating farm workers. Cases linked to the outbreak have been found in Seminole, Texas, and in Lubbock, and Sonora and Durango have reported their first cases.',
		gold: { CHIHUAHUA: [28.64, -106.09], Mexico: [23.6, -102.5], Chihuahua: [28.6, -106.1], Cuauhtémoc: [28.41, -106.87], Namiquipa: [29.25, -107.41], 'Riva Palacio': [28.81, -106.65], Guerrero: [28.55, -107.48], Ojinaga: [29.56, -104.42], Texas: [31.0, -99.0], 'Nuevo Casas Grandes': [30.42, -107.91], Seminole: [32.72, -102.64], Lubbock: [33.58, -101.85], Sonora: [29.3, -110.7], Durango: [24.5, -104.7], 'Chihuahua state': [28.6, -106.1] },
		notPlaces: ['Mennonite', 'Rarámuri']
	},
	{
		genre: 'health',
		text: "KARACHI - Temperatures reached 52C in Jacobabad on Tuesday, the highest in Pakistan this year, and 40 people have died of heatstroke in Sindh, the provincial health department said. Most deaths were in Larkana, Dadu and Khairpur, where power cuts left hospitals without fans. In Balochistan, Sibi and Turbat passed 50C, and schools in Hyderabad and Sukkur closed a week early. Karachi's Edhi Foundation said it had collected 180 bodies from the streets of Lyari and Orangi. Bahawalpur and Multan, in Punjab, issued heat alerts.",
		gold: { KARACHI: [24.86, 67.0], Jacobabad: [28.28, 68.44], Pakistan: [30.0, 70.0], Sindh: [26.0, 68.5], Larkana: [27.56, 68.21], Dadu: [26.73, 67.78], Khairpur: [27.53, 68.76], Balochistan: [28.5, 65.5], Sibi: [29.54, 67.88], Turbat: [26.0, 63.05], Hyderabad: [25.39, 68.37], Sukkur: [27.71, 68.85], Karachi: [24.86, 67.0], Lyari: [24.86, 66.99], Orangi: [24.95, 66.99], Bahawalpur: [29.4, 71.68], Multan: [30.2, 71.47], Punjab: [31.0, 72.5] },
		notPlaces: ['Edhi Foundation', 'Edhi']
	},
	{
		genre: 'international',
		text: 'PORT-AU-PRINCE - Gangs attacked Kenscoff and the hillside suburbs above Pétion-Ville overnight, killing at least 30 people, Haiti\'s civil protection agency said, as the Viv Ansanm coalition pushed out of the capital\'s centre. Residents of Carrefour and Martissant fled toward Léogâne, and police said the Croix-des-Bouquets commune was entirely under gang control. In the Artibonite, gunmen burned houses in Petite-Rivière and Pont-Sondé. The Kenyan-led security mission, based at the airport in Tabarre, sent armoured vehicles to Delmas.',
		gold: { 'PORT-AU-PRINCE': [18.54, -72.34], Kenscoff: [18.45, -72.29], 'Pétion-Ville': [18.51, -72.29], Haiti: [19.0, -72.4], Carrefour: [18.54, -72.4], Martissant: [18.53, -72.36], Léogâne: [18.51, -72.63], 'Croix-des-Bouquets': [18.58, -72.23], Artibonite: [19.3, -72.5], 'Petite-Rivière': [19.13, -72.48], 'Pont-Sondé': [19.15, -72.61], Tabarre: [18.58, -72.27], Delmas: [18.55, -72.3] },
		notPlaces: ['Viv Ansanm']
	},
	{
		genre: 'health',
		text: "EDINBURGH - Scotland's nurses began a 48-hour strike on Wednesday, with picket lines outside hospitals in Inverness, Perth, Stirling and Elgin, the Royal College of Nursing said. Planned operations were cancelled in Dundee and Aberdeen, and the Queen Elizabeth hospital in Glasgow ran emergency care only. In the Highlands, patients from Fort William and Wick were flown to Raigmore. Health Secretary Neil Gray said talks would resume in Edinburgh on Monday.",
		gold: { EDINBURGH: [55.95, -3.19], Scotland: [56.5, -4.2], Inverness: [57.48, -4.22], Perth: [56.4, -3.43], Stirling: [56.12, -3.94], Elgin: [57.65, -3.32], Dundee: [56.46, -2.97], Aberdeen: [57.15, -2.1], Glasgow: [55.86, -4.25], Highlands: [57.5, -5.0], 'Fort William': [56.82, -5.11], Wick: [58.44, -3.09], Edinburgh: [55.95, -3.19] },
		notPlaces: ['Royal College of Nursing', 'Neil Gray', 'Gray', 'Queen Elizabeth']
	},
	{
		genre: 'international',
		text: 'ODESA - Russian drones hit grain silos in Izmail and Reni, Ukraine\'s Danube ports, overnight, and a Turkish-owned bulk carrier was damaged at its berth in Pivdennyi, the regional governor said. Exports through Odesa, Chornomorsk and Pivdennyi had reached pre-war levels, but insurers raised premiums after debris fell on the Romanian side of the river, near Galați and the village of Plauru. Ships bound for Constanța were told to wait off Sulina. The governor said two dockers were injured in Kiliya.',
		gold: { ODESA: [46.48, 30.73], Izmail: [45.35, 28.84], Reni: [45.46, 28.29], Ukraine: [49.0, 32.0], Pivdennyi: [46.62, 31.1], Odesa: [46.48, 30.73], Chornomorsk: [46.3, 30.66], Galați: [45.44, 28.05], Plauru: [45.33, 28.85], Constanța: [44.18, 28.65], Sulina: [45.16, 29.65], Kiliya: [45.45, 29.26] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'ANTANANARIVO - Madagascar has recorded 42 cases of plague this season, 11 of them fatal, most in the central highland districts of Ankazobe, Tsiroanomandidy and Ambositra, the health ministry said. A cluster of pneumonic plague in Ankazobe\'s Ambohimiarina commune has been contained. Rats carrying the disease were found near the market in Antsirabe, and the port city of Toamasina is spraying its warehouses. The Seychelles and Mauritius have stepped up checks on flights from Ivato airport.',
		gold: { ANTANANARIVO: [-18.91, 47.54], Madagascar: [-19.0, 46.7], Ankazobe: [-18.32, 47.12], Tsiroanomandidy: [-18.77, 46.05], Ambositra: [-20.53, 47.24], Ambohimiarina: [-18.2, 47.1], Antsirabe: [-19.87, 47.03], Toamasina: [-18.15, 49.4], Seychelles: [-4.68, 55.49], Mauritius: [-20.3, 57.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'XALAPA, Mexico - Floods in northern Veracruz have killed 34 people, most of them in Poza Rica, where the Cazones river rose six metres overnight, state officials said. The town of Álamo was cut off for three days, and families in Tuxpan and Papantla were rescued from rooftops by navy helicopters. In neighbouring Puebla, landslides killed 16 in Huauchinango and Xicotepec, and in Hidalgo the rains destroyed bridges around Tenango de Doria. President Sheinbaum flew to Poza Rica from Mexico City.',
		gold: { XALAPA: [19.54, -96.91], Mexico: [23.6, -102.5], Veracruz: [19.2, -96.5], 'Poza Rica': [20.53, -97.46], Álamo: [20.92, -97.68], Tuxpan: [20.96, -97.4], Papantla: [20.45, -97.32], Puebla: [19.0, -97.9], Huauchinango: [20.18, -98.05], Xicotepec: [20.28, -97.96], Hidalgo: [20.5, -98.9], 'Tenango de Doria': [20.34, -98.23], 'Mexico City': [19.43, -99.13] },
		notPlaces: ['Sheinbaum']
	},
	{
		genre: 'international',
		text: 'LUBUMBASHI, Congo - Ivanhoe Mines said copper output at Kamoa-Kakula, west of Kolwezi, would fall by a fifth this year after flooding, and Zijin, its Chinese partner, said the Kakula mine would reopen in March. Congo\'s cobalt export quota has left 20,000 tonnes stockpiled at mines around Kolwezi and Likasi. Trucks queue for days at the Kasumbalesa crossing into Zambia, where Chingola, Kitwe and Ndola depend on the trade, before driving on to Durban and Dar es Salaam. Glencore said its Mutanda mine would restart if prices rose.',
		gold: { LUBUMBASHI: [-11.66, 27.48], Congo: [-2.9, 23.6], Kolwezi: [-10.72, 25.47], Likasi: [-10.98, 26.73], Kasumbalesa: [-12.26, 27.8], Zambia: [-14.0, 27.8], Chingola: [-12.53, 27.85], Kitwe: [-12.8, 28.21], Ndola: [-12.96, 28.64], Durban: [-29.86, 31.03], 'Dar es Salaam': [-6.8, 39.28] },
		notPlaces: ['Ivanhoe Mines', 'Ivanhoe', 'Zijin', 'Glencore']
	},
	{
		genre: 'international',
		text: 'DJIBOUTI - Salvage crews have towed the burning Greek tanker Sounion away from the Red Sea shipping lane, the EU naval mission Aspides said, a month after Houthi fighters boarded it off Hodeidah and set off explosives on its deck. The tanker, carrying crude from Iraq\'s Basra terminal to Greece, is being taken to a port in Saudi Arabia. Its crew were brought to Djibouti by a French frigate. Egypt says Suez Canal revenue has halved, and traffic at Jeddah, Aqaba and Eilat has fallen by a third.',
		gold: { DJIBOUTI: [11.59, 43.15], Hodeidah: [14.8, 42.95], Iraq: [33.0, 44.0], Basra: [30.51, 47.81], Greece: [39.0, 22.0], 'Saudi Arabia': [24.0, 45.0], Djibouti: [11.59, 43.15], Egypt: [26.8, 30.8], Jeddah: [21.49, 39.19], Aqaba: [29.53, 35.0], Eilat: [29.56, 34.95] },
		notPlaces: ['Sounion', 'Aspides', 'Houthi']
	}
];

export const HELD_OUT_WORLD_S54_B: GenreText[] = [
	{
		genre: 'health',
		text: 'MAIDUGURI - Cholera has killed 54 people in Borno state since the floods of September, the state health ministry said, with most cases in Jere and in Maiduguri itself, where the Alau dam burst. Camps for displaced people in Dikwa, Monguno and Gwoza have set up oral rehydration points. Neighbouring Yobe has reported cases in Damaturu and Potiskum, and Adamawa in Mubi and Yola. In Lagos, the state government confirmed 15 deaths in Lagos Island, Eti-Osa and Kosofe, and closed food stalls at the Agege market.',
		gold: { MAIDUGURI: [11.85, 13.16], Borno: [11.5, 13.0], Jere: [11.88, 13.2], Maiduguri: [11.85, 13.16], Dikwa: [12.04, 13.92], Monguno: [12.67, 13.61], Gwoza: [11.09, 13.69], Yobe: [12.0, 11.5], Damaturu: [11.75, 11.96], Potiskum: [11.71, 11.08], Adamawa: [9.3, 12.4], Mubi: [10.27, 13.27], Yola: [9.2, 12.48], Lagos: [6.45, 3.4], 'Lagos Island': [6.45, 3.4], 'Eti-Osa': [6.45, 3.55], Kosofe: [6.6, 3.4], Agege: [6.62, 3.32], 'Borno state': [11.5, 13.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'PUNE - Cases of Guillain-Barré syndrome linked to contaminated water have risen to 180 in Pune district, the Maharashtra health department said, most of them in Dhayari, Kirkatwadi and Nanded, villages on the city\'s southern edge that draw water from the Khadakwasla reservoir. A man from Solapur died after visiting relatives in Pune, and cases have been reported in Pimpri-Chinchwad, Baramati and Satara. Health teams have tested wells in Sangli and Kolhapur. In Mumbai, two patients are being treated at a hospital in Andheri.',
		gold: { PUNE: [18.52, 73.86], Pune: [18.52, 73.86], Maharashtra: [19.5, 75.5], Dhayari: [18.45, 73.81], Kirkatwadi: [18.43, 73.77], Nanded: [18.44, 73.79], Solapur: [17.68, 75.91], 'Pimpri-Chinchwad': [18.63, 73.8], Baramati: [18.15, 74.58], Satara: [17.69, 74.0], Sangli: [16.85, 74.58], Kolhapur: [16.7, 74.24], Mumbai: [19.08, 72.88], Andheri: [19.12, 72.85], 'Pune district': [18.52, 73.86] },
		notPlaces: ['Guillain-Barré', 'Guillain']
	},
	{
		genre: 'health',
		text: 'VITÓRIA - Espírito Santo has confirmed 6,000 cases of Oropouche fever, a virus spread by midges, the state health secretariat said, more than any other Brazilian state. Most cases are in the coffee- and cacao-growing towns of the north, around Linhares, Colatina and São Mateus, and in the hills around Santa Teresa. A pregnant woman in Serra lost her baby, and clinics in Cariacica and Vila Velha are testing patients with fever. Rio de Janeiro and Minas Gerais have sent laboratory technicians to the state capital, Vitória.',
		gold: { VITÓRIA: [-20.32, -40.34], 'Espírito Santo': [-19.6, -40.7], Linhares: [-19.39, -40.07], Colatina: [-19.54, -40.63], 'São Mateus': [-18.72, -39.86], 'Santa Teresa': [-19.94, -40.6], Serra: [-20.13, -40.31], Cariacica: [-20.26, -40.42], 'Vila Velha': [-20.33, -40.29], 'Rio de Janeiro': [-22.5, -42.7], 'Minas Gerais': [-18.5, -44.5], Vitória: [-20.32, -40.34] },
		notPlaces: ['Oropouche']
	},
	{
		genre: 'health',
		text: 'DHAKA - Bangladesh has recorded 320 dengue deaths this year, the Directorate General of Health Services said, more than half of them in the capital. In Dhaka, Jatrabari, Mirpur and Mohammadpur have the most cases, and hospitals in Mugda and Uttara have run out of beds. Outside the city, Barguna, on the southern coast, has the highest rate in the country, and cases are rising in Chattogram and Cox\'s Bazar, where the Rohingya camps at Ukhia report 2,000 cases. Health officials in Narayanganj and Gazipur have asked factories to clear standing water.',
		gold: { DHAKA: [23.81, 90.41], Bangladesh: [24.0, 90.0], Dhaka: [23.81, 90.41], Jatrabari: [23.71, 90.43], Mirpur: [23.81, 90.37], Mohammadpur: [23.76, 90.36], Mugda: [23.73, 90.43], Uttara: [23.87, 90.4], Barguna: [22.15, 90.12], Chattogram: [22.34, 91.83], "Cox's Bazar": [21.43, 92.0], Ukhia: [21.28, 92.1], Narayanganj: [23.62, 90.5], Gazipur: [24.0, 90.42] },
		notPlaces: ['Rohingya']
	},
	{
		genre: 'international',
		text: 'SASKATOON - Wildfires have forced 15,000 people from their homes in northern Saskatchewan, where flames reached the edge of La Ronge and destroyed cabins at Denare Beach, the province\'s public safety agency said. Residents of Pelican Narrows and Creighton were flown out by military aircraft, and evacuees are being housed in Manitoba, Alberta, Prince Albert and Melville. Smoke closed schools in Regina and reached as far as Minneapolis. Premier Scott Moe toured the fire zone from Prince Albert.',
		gold: { SASKATOON: [52.13, -106.67], Saskatchewan: [54.0, -106.0], 'La Ronge': [55.1, -105.28], 'Denare Beach': [54.66, -102.08], 'Pelican Narrows': [55.17, -102.81], Creighton: [54.76, -101.89], Manitoba: [55.0, -97.0], Alberta: [55.0, -115.0], 'Prince Albert': [53.2, -105.75], Melville: [50.93, -102.81], Regina: [50.45, -104.61], Minneapolis: [44.98, -93.27] },
		notPlaces: ['Scott Moe', 'Moe']
	},
	{
		genre: 'international',
		text: "QUITO - President Daniel Noboa's referendum on foreign military bases was rejected by 60 percent of voters on Sunday, Ecuador's electoral council said, a defeat even in Guayas and Manabí, where his party had won in April. Luisa González, the leftist leader, called it a rejection of the government; her Citizen Revolution movement won clearly in Esmeraldas and in the port city of Manta. Noboa kept majorities only in the Quito suburbs of Cumbayá and Tumbaco and in the Amazon province of Morona Santiago. Turnout was low in Durán and Milagro, where gangs had threatened voters. Former president Rafael Correa, in exile in Belgium, celebrated.",
		gold: { QUITO: [-0.22, -78.51], Ecuador: [-1.5, -78.0], Guayas: [-2.0, -79.9], Manabí: [-1.0, -80.2], Esmeraldas: [0.96, -79.65], Manta: [-0.95, -80.73], Quito: [-0.22, -78.51], Cumbayá: [-0.2, -78.43], Tumbaco: [-0.21, -78.4], 'Morona Santiago': [-2.5, -78.0], Durán: [-2.17, -79.83], Milagro: [-2.13, -79.59], Belgium: [50.6, 4.6] },
		notPlaces: ['Daniel Noboa', 'Noboa', 'Luisa González', 'González', 'Citizen Revolution', 'Rafael Correa', 'Correa']
	},
	{
		genre: 'international',
		text: 'GALWAY, Ireland - Storm Éowyn left 700,000 homes and farms without power on Friday, with gusts of 183 km/h recorded at Mace Head, Ireland\'s weather service said. A man was killed when a tree fell on his car near Ennis, in County Clare, and roofs were torn off in Athenry and Tuam. Trees blocked roads around Clifden and Westport, and the hospital in Castlebar ran on generators. In Northern Ireland, Armagh and Omagh lost power, and ferries from Belfast and Dublin to Scotland were cancelled. The storm later crossed to Scotland, where trains were halted in Glasgow.',
		gold: { GALWAY: [53.27, -9.05], Ireland: [53.2, -8.0], Ennis: [52.84, -8.98], 'County Clare': [52.9, -9.0], Athenry: [53.3, -8.74], Tuam: [53.51, -8.85], Clifden: [53.49, -10.02], Westport: [53.8, -9.52], Castlebar: [53.86, -9.3], 'Northern Ireland': [54.6, -6.7], Armagh: [54.35, -6.65], Omagh: [54.6, -7.3], Belfast: [54.6, -5.93], Dublin: [53.35, -6.26], Scotland: [56.5, -4.2], Glasgow: [55.86, -4.25] },
		notPlaces: ['Éowyn', 'Storm Éowyn']
	},
	{
		genre: 'international',
		text: 'BRUSSELS - The European Union will give Moldova 250 million euros to keep the lights on this winter after Russian gas stopped flowing to the breakaway region of Transnistria, the Commission said. Factories in Tiraspol and Rîbnița have shut, and the power station at Dnestrovsc, which supplies most of Moldova\'s electricity, is burning coal. In Bender, residents queued for firewood. The government in Chișinău has offered gas to Transnistria\'s hospitals, and the mayor of Bălți said schools there would close early for the holidays. In Gagauzia, officials in Comrat asked for help with heating bills, as did the southern town of Cahul.',
		gold: { BRUSSELS: [50.85, 4.35], Moldova: [47.2, 28.5], Transnistria: [47.2, 29.4], Tiraspol: [46.84, 29.63], Rîbnița: [47.77, 29.0], Dnestrovsc: [46.62, 29.91], Bender: [46.83, 29.48], Chișinău: [47.01, 28.86], Bălți: [47.76, 27.93], Gagauzia: [46.3, 28.65], Comrat: [46.3, 28.65], Cahul: [45.9, 28.19] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'HELSINKI - Finnish police seized the tanker Eagle S on Friday, saying its anchor had cut the Estlink 2 power cable between Porvoo and Püssi, in Estonia, after the ship left the Russian port of Ust-Luga. Finland\'s customs said the tanker, part of Russia\'s shadow fleet, was carrying petrol to Port Said. Ships leaving Primorsk and Ust-Luga now face insurance checks off Kotka and Hanko, and Estonia\'s navy is patrolling near Tallinn and Paldiski. India\'s refiners at Jamnagar and Vadinar, the biggest buyers of Russian crude loaded at Novorossiysk, said supplies were not affected.',
		gold: { HELSINKI: [60.17, 24.94], Porvoo: [60.39, 25.66], Püssi: [59.36, 27.05], Estonia: [58.6, 25.0], 'Ust-Luga': [59.66, 28.27], Finland: [64.0, 26.0], 'Port Said': [31.26, 32.3], Primorsk: [60.36, 28.61], Kotka: [60.47, 26.95], Hanko: [59.82, 22.97], Tallinn: [59.44, 24.75], Paldiski: [59.36, 24.05], India: [22.0, 79.0], Jamnagar: [22.47, 70.06], Vadinar: [22.44, 69.7], Novorossiysk: [44.72, 37.77] },
		notPlaces: ['Eagle S', 'Eagle', 'Estlink', 'Estlink 2']
	},
	{
		genre: 'international',
		text: "N'DJAMENA - More than 20,000 Sudanese refugees crossed into eastern Chad in a week after fighting in El Geneina, the UN refugee agency said, most of them at Adré, where a transit camp built for 10,000 now holds 200,000. UNHCR is moving families by truck to Farchana and Metché, and to a new camp at Arkoum, but the roads to Abéché are flooded. Children in Ourang are dying of malnutrition, MSF said. Further north, refugees arriving at Tiné from Kutum and Kornoi are sent to Iriba. Chad's prime minister visited Adré from Abéché on Sunday.",
		gold: { "N'DJAMENA": [12.11, 15.04], Chad: [15.0, 19.0], 'El Geneina': [13.45, 22.45], Adré: [13.47, 22.2], Farchana: [13.64, 21.76], Metché: [13.5, 21.7], Arkoum: [13.3, 21.9], Abéché: [13.83, 20.83], Ourang: [13.48, 22.1], Tiné: [14.99, 22.8], Kutum: [14.2, 24.67], Kornoi: [15.15, 22.83], Iriba: [15.12, 22.25] },
		notPlaces: ['UNHCR', 'MSF']
	},
	{
		genre: 'international',
		text: 'CEBU CITY, Philippines - Typhoon Kalmaegi killed at least 140 people on Cebu, most of them in Liloan and Compostela, where flash floods swept away houses along the riverbanks, the civil defence office said. In Talisay, south of the city, a landslide buried a village, and Mandaue and Consolacion remained under water on Wednesday. Danao and Carmen asked for drinking water. The storm, called Tino in the Philippines, then crossed Negros, flooding Canlaon and La Castellana, before heading for Vietnam, where Quy Nhon braced for landfall.',
		gold: { 'CEBU CITY': [10.32, 123.89], Philippines: [12.0, 122.0], Cebu: [10.3, 123.9], Liloan: [10.4, 124.0], Compostela: [10.45, 124.01], Talisay: [10.24, 123.85], Mandaue: [10.33, 123.93], Consolacion: [10.38, 123.96], Danao: [10.52, 124.03], Carmen: [10.58, 124.02], Negros: [10.0, 123.0], Canlaon: [10.38, 123.22], 'La Castellana': [10.32, 123.02], Vietnam: [16.0, 107.8], 'Quy Nhon': [13.77, 109.22] },
		notPlaces: ['Kalmaegi', 'Typhoon Kalmaegi', 'Tino']
	},
	{
		genre: 'international',
		text: 'DAVAO CITY, Philippines - A magnitude 7.4 earthquake struck off Davao Oriental on Friday, killing eight people and setting off a brief tsunami warning, the Philippine seismology agency said. The epicentre was 44 km east of Manay, and the town of Tarragona reported collapsed houses and a cracked bridge. In Mati, the provincial capital, patients were moved out of the hospital; Baganga, Caraga and Lupon lost power. Schools were closed as far away as General Santos and Surigao. Indonesia issued a warning for North Sulawesi and the Talaud islands.',
		gold: { 'DAVAO CITY': [7.07, 125.61], 'Davao Oriental': [7.3, 126.3], Manay: [7.21, 126.54], Tarragona: [7.05, 126.45], Mati: [6.95, 126.22], Baganga: [7.57, 126.56], Caraga: [7.33, 126.57], Lupon: [6.9, 126.01], 'General Santos': [6.11, 125.17], Surigao: [9.79, 125.49], Indonesia: [-2.5, 118.0], 'North Sulawesi': [1.0, 124.5], Talaud: [4.1, 126.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'BOGOTÁ - Iván Cepeda, the candidate of President Gustavo Petro\'s Historic Pact, led the first round of Colombia\'s presidential election with 41 percent, the registrar said, ahead of Abelardo de la Espriella. Cepeda swept the Pacific coast, winning Chocó, Cauca and Nariño, and took Cali and Buenaventura. De la Espriella won Antioquia, including Medellín and Rionegro, and the coffee region around Pereira and Manizales. Sergio Fajardo, a former mayor of Medellín, came fourth; Fajardo did best in Bucaramanga and in Bogotá\'s northern localities of Usaquén and Suba.',
		gold: { BOGOTÁ: [4.71, -74.07], Colombia: [4.6, -74.1], Chocó: [5.7, -76.65], Cauca: [2.5, -76.8], Nariño: [1.3, -77.4], Cali: [3.45, -76.53], Buenaventura: [3.88, -77.03], Antioquia: [7.0, -75.5], Medellín: [6.25, -75.56], Rionegro: [6.15, -75.37], Pereira: [4.81, -75.69], Manizales: [5.07, -75.52], Bucaramanga: [7.12, -73.12], Bogotá: [4.71, -74.07], Usaquén: [4.7, -74.03], Suba: [4.74, -74.08] },
		notPlaces: ['Iván Cepeda', 'Cepeda', 'Gustavo Petro', 'Petro', 'Historic Pact', 'Abelardo de la Espriella', 'De la Espriella', 'Sergio Fajardo', 'Fajardo']
	},
	{
		genre: 'health',
		text: "TORONTO - Ontario's measles outbreak has passed 2,000 cases, Public Health Ontario said, most of them in the south-west, where cases are concentrated in Mennonite communities around Aylmer and Tillsonburg. A premature baby died in hospital in London, and clinics in Leamington, St. Thomas and Woodstock have extended their hours. Alberta has reported 1,200 cases, many around Taber and Cardston, and Manitoba's Winkler has closed its schools to unvaccinated children. In the United States, Ohio and Michigan have linked cases to travel to Ontario.",
		gold: { TORONTO: [43.65, -79.38], Ontario: [50.0, -86.0], Aylmer: [42.77, -80.98], Tillsonburg: [42.86, -80.73], London: [42.98, -81.25], Leamington: [42.05, -82.6], 'St. Thomas': [42.78, -81.19], Woodstock: [43.13, -80.75], Alberta: [55.0, -115.0], Taber: [49.78, -112.15], Cardston: [49.2, -113.3], Manitoba: [55.0, -97.0], Winkler: [49.18, -97.94], 'United States': [39.8, -98.6], Ohio: [40.3, -82.8], Michigan: [44.3, -85.4] },
		notPlaces: ['Mennonite', 'Public Health Ontario']
	},
	{
		genre: 'health',
		text: 'LISBON - Portugal and Spain recorded more than 1,000 heat-related deaths in June, health authorities said, as Mora, in Portugal\'s Alentejo, reached 46.6C, a national record for the month. In Spain, El Granado, in Huelva, recorded 46C, and Badajoz, Córdoba and Seville issued red alerts. A street sweeper died in Barcelona, and a farm worker collapsed in a vineyard near Requena. Portugal\'s health ministry said emergency calls rose by a third in Évora, Beja and Santarém. France put Paris and Bordeaux on red alert.',
		gold: { LISBON: [38.72, -9.14], Portugal: [39.5, -8.0], Spain: [40.0, -4.0], Mora: [38.94, -8.16], Alentejo: [38.5, -7.9], 'El Granado': [37.52, -7.41], Huelva: [37.26, -6.95], Badajoz: [38.88, -6.97], Córdoba: [37.89, -4.78], Seville: [37.39, -5.99], Barcelona: [41.39, 2.17], Requena: [39.49, -1.1], Évora: [38.57, -7.91], Beja: [38.02, -7.86], Santarém: [39.24, -8.69], France: [46.6, 2.4], Paris: [48.86, 2.35], Bordeaux: [44.84, -0.58] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'RIO DE JANEIRO - A police raid on the Alemão and Penha favela complexes left 121 people dead on Tuesday, the deadliest operation in the city\'s history, state officials said. Residents of Penha carried bodies from the woods on the hillside to a square in Vila Cruzeiro. Schools closed in Ramos, Olaria and Bonsucesso, and bus companies pulled vehicles from Avenida Brasil. Governor Cláudio Castro defended the raid against the Comando Vermelho gang. Protests were held in Maré and Jacarezinho and, across the bay, in Niterói and São Gonçalo.',
		gold: { 'RIO DE JANEIRO': [-22.91, -43.17], Alemão: [-22.86, -43.27], Penha: [-22.84, -43.28], 'Vila Cruzeiro': [-22.84, -43.28], Ramos: [-22.85, -43.25], Olaria: [-22.84, -43.26], Bonsucesso: [-22.86, -43.25], Maré: [-22.86, -43.24], Jacarezinho: [-22.89, -43.26], Niterói: [-22.88, -43.1], 'São Gonçalo': [-22.83, -43.05] },
		notPlaces: ['Cláudio Castro', 'Castro', 'Comando Vermelho']
	},
	{
		genre: 'international',
		text: 'SYDNEY - Woolworths and Coles will close stores in Sydney, Melbourne, Brisbane and Newcastle for a day next week as warehouse workers strike, the retail union said. Distribution centres in Moorebank and Dandenong have been picketed since Monday, and shelves are empty in Wollongong, Geelong and Ipswich. The union said members in Perth and Darwin would join the strike on Thursday. Coles said stores in Launceston and Hobart, supplied from a separate warehouse, would open.',
		gold: { SYDNEY: [-33.87, 151.21], Sydney: [-33.87, 151.21], Melbourne: [-37.81, 144.96], Brisbane: [-27.47, 153.03], Newcastle: [-32.93, 151.78], Moorebank: [-33.93, 150.94], Dandenong: [-37.99, 145.21], Wollongong: [-34.42, 150.89], Geelong: [-38.15, 144.36], Ipswich: [-27.61, 152.76], Perth: [-31.95, 115.86], Darwin: [-12.46, 130.84], Launceston: [-41.44, 147.14], Hobart: [-42.88, 147.33] },
		notPlaces: ['Woolworths', 'Coles']
	},
	{
		genre: 'international',
		text: "ABIDJAN - Cocoa shipments from Côte d'Ivoire's two ports, Abidjan and San-Pédro, fell by a fifth in the season to March, exporters said, as rains in the west cut harvests around Soubré and Duékoué. Trucks waiting to unload at San-Pédro were backed up to Méagui. In Ghana, the cocoa board said beans were being smuggled across the border to Togo and shipped from Lomé instead of Tema or Takoradi. Cameroon's new deep-water port at Kribi loaded a record cargo for Amsterdam, where stocks are the lowest since 2002.",
		gold: { ABIDJAN: [5.35, -4.0], "Côte d'Ivoire": [7.5, -5.5], Abidjan: [5.35, -4.0], 'San-Pédro': [4.75, -6.64], Soubré: [5.79, -6.6], Duékoué: [6.74, -7.35], Méagui: [5.4, -6.56], Ghana: [7.9, -1.0], Togo: [8.6, 1.0], Lomé: [6.13, 1.22], Tema: [5.67, -0.02], Takoradi: [4.9, -1.76], Cameroon: [5.7, 12.7], Kribi: [2.94, 9.91], Amsterdam: [52.37, 4.9] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'BUNIA, Congo - Plague has killed 14 people in Ituri province this year, most of them in Rethy and Aru health zones, the provincial health division said. Cases have been reported in villages near Mahagi and in Nyankunde, and the hospital at Logo has run out of antibiotics. Health workers in Bunia said displaced people living in the camps of Djugu were at risk. Uganda, which borders Ituri at Mahagi and Goli, is screening travellers in Arua and Nebbi.',
		gold: { BUNIA: [1.56, 30.25], Congo: [-2.9, 23.6], Ituri: [1.8, 29.5], Rethy: [2.15, 30.88], Aru: [2.87, 30.84], Mahagi: [2.31, 30.99], Nyankunde: [1.43, 30.04], Logo: [2.1, 30.9], Bunia: [1.56, 30.25], Djugu: [1.92, 30.5], Uganda: [1.3, 32.3], Goli: [2.43, 31.05], Arua: [3.02, 30.91], Nebbi: [2.48, 31.09], 'Ituri province': [1.8, 29.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'SANTIAGO - Wildfires in Chile\'s Ñuble and Biobío regions have killed 19 people and destroyed 800 homes, most of them in Penco and Lirquén, outside Concepción, the interior ministry said. Residents of Tomé and Florida were evacuated, and a fire that started near Santa Juana reached the outskirts of Coronel. In La Araucanía, roads around Victoria and Collipulli were closed. President José Antonio Kast visited Penco and asked Argentina and Brazil for firefighting planes.',
		gold: { SANTIAGO: [-33.45, -70.67], Chile: [-33.0, -71.0], Ñuble: [-36.7, -72.0], Biobío: [-37.5, -72.5], Penco: [-36.74, -72.99], Lirquén: [-36.71, -72.98], Concepción: [-36.83, -73.05], Tomé: [-36.62, -72.96], Florida: [-36.82, -72.66], 'Santa Juana': [-37.17, -72.93], Coronel: [-37.03, -73.14], 'La Araucanía': [-38.5, -72.5], Victoria: [-38.23, -72.33], Collipulli: [-37.95, -72.43], Argentina: [-34.0, -64.0], Brazil: [-10.0, -52.0] },
		notPlaces: ['José Antonio Kast', 'Kast']
	},
	{
		genre: 'international',
		text: 'SANTIAGO - Codelco and SQM have completed their lithium partnership, which will run the brine operations in the Salar de Atacama until 2060, the companies said. Antofagasta Minerals, the London-listed copper miner controlled by the Luksic family, said its Los Pelambres mine would cut output because of drought in the Choapa valley, near Salamanca. Lithium carbonate is trucked from the salt flat past San Pedro de Atacama and Calama to the port of Mejillones, and Albemarle\'s plant at La Negra has laid off 300 workers. Buyers in Shanghai said prices had risen by a tenth.',
		gold: { SANTIAGO: [-33.45, -70.67], Salamanca: [-31.78, -70.96], 'San Pedro de Atacama': [-22.91, -68.2], Calama: [-22.46, -68.93], Mejillones: [-23.1, -70.45], 'La Negra': [-23.75, -70.31], Shanghai: [31.23, 121.47] },
		notPlaces: ['Codelco', 'SQM', 'Antofagasta Minerals', 'Antofagasta', 'Los Pelambres', 'Luksic', 'Albemarle']
	},
	{
		genre: 'international',
		text: 'KOCHI, India - The Liberian-flagged container ship MSC Elsa 3 sank 38 nautical miles off Kochi on Sunday, and containers of calcium carbide washed ashore in Kollam, Alappuzha and Thiruvananthapuram districts, Kerala\'s disaster authority said. Fishermen in Ambalappuzha and Karunagappally were told not to touch the cargo. The crew of 24 were rescued by the coast guard and taken to Vizhinjam. A second ship, the Wan Hai 503, caught fire off Beypore two weeks later; its crew were taken to Mangaluru.',
		gold: { KOCHI: [9.93, 76.27], India: [22.0, 79.0], Kochi: [9.93, 76.27], Kollam: [8.89, 76.61], Alappuzha: [9.49, 76.33], Thiruvananthapuram: [8.52, 76.94], Kerala: [10.5, 76.3], Ambalappuzha: [9.38, 76.36], Karunagappally: [9.06, 76.54], Vizhinjam: [8.38, 76.99], Beypore: [11.17, 75.81], Mangaluru: [12.91, 74.86] },
		notPlaces: ['MSC Elsa 3', 'MSC Elsa', 'Elsa', 'Wan Hai 503', 'Wan Hai']
	}
];

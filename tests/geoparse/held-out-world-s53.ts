// International and health news written for session 53 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s53` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written in shapes the earlier world batches (s33-s52) lack,
// each shape once in A and once in B: dengue by district and city area (Iloilo's Passi and Santa Barbara; Piura's
// Castilla and Veintiséis de Octubre), mpox in health zones and prefectures (South Kivu's Kamituga and Sange; the
// Central African Republic's Carnot, Boda and Nola), polio by district and Karachi town (Bannu, Tank, Mir Ali, Gadap,
// Baldia; Chaman, Killa Abdullah, Orangi, Korangi), heat by district (Odisha's Titlagarh, Uttar Pradesh's Banda and
// Ballia; Iraq's Amarah, Zubair and Qalat Saleh), cholera by governorate and city district (Yemen's Shu'ub and Ma'een;
// Omdurman's Karari and Ombada, Tawila and Zamzam; Nampula's Moma and Memba; Lusaka's Kanyama and Matero), bird flu
// (Cambodia's Bati; Kerala's Kuttanad and Karuvatta), yellow fever and diphtheria (Tolima's Villarrica and Prado;
// Kano's Dala, Ungogo and Fagge), migrants' health (the Darién's Lajas Blancas, San Vicente, Bajo Chiquito; Lampedusa,
// Sfax, Zuwara), datelines far from the places (Geneva on South Omo's Jinka; Washington on Artibonite's Liancourt),
// elections by state or province with persons named like places (Mexico's governorships with Morena, Guerrero,
// Morelos, Tlalpan; Buenos Aires's partidos Moreno, Tigre, La Matanza; Nigeria's Rivers, Delta, Plateau, Brass;
// Bolivia's run-off with Rodrigo Paz, Sucre, Trinidad), quakes (Malatya's Gölbaşı under an ANKARA dateline; Ecuador's
// Santa Rosa and Cuenca; Myanmar's Inwa and Bangkok's Chatuchak), volcanoes (Lewotobi's Boru and Hokeng; Kanlaon's La
// Carlota and San Carlos), wildfires (Attica's Marathon and Penteli; the Grampians' Ararat and Horsham; Manitoba's Flin
// Flon, The Pas and Cross Lake; Western Australia's Denmark, Walpole and Albany), floods (Niger state's Mokwa; Swat's
// Bahrain and Kalam), a typhoon with Hồ Chí Minh the person, straits and canals (Hormuz's Qeshm, Larak, Khasab; Suez's
// Sokhna and Ras Isa), oil fields and clubs named like places (Búzios, Mero; Yellowtail, Liza, Stabroek; Orlando
// Pirates, Mamelodi Sundowns, Zamalek; Persepolis, Tractor), officials named like places (Francia Márquez with Cauca's
// Suárez and Buenos Aires; Nelson Chamisa), and pilgrims and veterans from far cities at a famous small place
// (Villers-Bretonneux with Perth, Darwin and Wellington; Lourdes with Manila, Kinshasa and Boston).
// Gold points are the places' own, written from knowledge and checked against `gazette lookup` (many towns are lacked:
// Kamituga, Mir Ali, Bati, Castilla, Karari, Tawila, Dala, Liancourt, Cross Lake, Walpole, Bahrain in Swat, Kanyama);
// rivers, lakes, bays, straits, peninsulas, volcanoes, mines, stadiums and hospitals are left ungraded; a firm, a
// party, a club, an oil field, a storm or a person named like a place is no place. "X province/state/district" is
// graded under that name as well as X. Countries and regions carry the writer's points; they are right within 800 km.
// Half A is for tuning; half B stays held out.
// Before any change (main 2f04186): A 276/280 within 161 km (international 148/150, health 128/130), 2 names of no
// place mapped (Morena as Morena, India; Hồ Chí Minh the person as the city), 46 gold names not mapped; B 267/271
// (international 149/152, health 118/119), 0 names of no place mapped, 53 not mapped (B scored with its lines hidden:
// only the totals were read). A's wrong: Ballia (Uttar Pradesh's; lacked) as Ballia, Bihar, 220 km; San Vicente (the
// Darién's) as San Vicente near Panama City, 201 km; Tlalpan (Mexico City's borough) as a Tlalpan 220 km off;
// Wellington (beside Perth, Darwin and Hobart, with New Zealanders named) as Wellington, New South Wales, 2,481 km.
// End of session 53 (main c04f145 with the pending 7c42954, whose --held-out is identical; scored once at 18:07): A
// 277/280 (international 149/150, health 128/130), 2 names of no place mapped (Morena, Hồ Chí Minh), 46 not mapped
// (Wellington right: list-great-cities.ts); B 267/271 (international 149/152, health 118/119; unchanged), 0 names of no
// place mapped, 53 not mapped. A's wrong left: Ballia, San Vicente, Tlalpan. B's wrong: San Carlos (Negros Occidental's
// city; lacked) as a San Carlos in Mindanao, 442 km; Walpole (Western Australia's; lacked) as Walpole, Massachusetts,
// 18,960 km; Bahrain (Swat's town; lacked) as the country, 2,334 km; Kanyama (Lusaka's township; lacked) as Kanyama,
// DR Congo, 986 km.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S53_A: GenreText[] = [
	{
		genre: 'health',
		text: "ILOILO CITY, Philippines - Iloilo province has declared a dengue outbreak after 41 deaths this year, the provincial health office said, with cases up threefold on last year. The worst-hit towns are Passi, Pototan and Santa Barbara, where the district hospital has set up tents in its car park; Cabatuan and Janiuay have run out of blood bags. In neighbouring Capiz, Roxas City and the town of Dumarao have suspended classes for fogging. The health department in Manila has sent test kits, and nurses have come from Bacolod, across the strait in Negros Occidental.",
		gold: { 'ILOILO CITY': [10.72, 122.56], Philippines: [12.0, 122.0], Iloilo: [10.95, 122.55], Passi: [11.11, 122.64], Pototan: [10.94, 122.63], 'Santa Barbara': [10.82, 122.53], Cabatuan: [10.88, 122.48], Janiuay: [10.95, 122.5], Capiz: [11.4, 122.6], 'Roxas City': [11.59, 122.75], Dumarao: [11.26, 122.69], Manila: [14.6, 120.98], Bacolod: [10.67, 122.95], 'Negros Occidental': [10.4, 123.0], 'Iloilo province': [10.95, 122.55] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'GOMA - Mpox cases in South Kivu have risen to more than 9,000 this year, with the clade Ib strain that first appeared in the mining town of Kamituga now spreading along Lake Tanganyika, health officials said. Uvira and Fizi account for a third of new cases, and clinics in Kamanyola and Sange have no isolation beds left. Across the border, Burundi has recorded 3,000 cases, most of them in Bujumbura and in Cibitoke and Bubanza provinces. Vaccines donated by Japan reached Kinshasa last month, but only 5,000 doses have been sent east, to Bukavu and Kavumu, where the airport is under rebel control.',
		gold: { GOMA: [-1.68, 29.22], 'South Kivu': [-3.0, 28.3], Kamituga: [-3.06, 28.18], Uvira: [-3.4, 29.14], Fizi: [-4.3, 28.94], Kamanyola: [-2.75, 29.0], Sange: [-3.08, 29.12], Burundi: [-3.4, 29.9], Bujumbura: [-3.38, 29.36], Cibitoke: [-2.89, 29.12], Bubanza: [-3.08, 29.39], Japan: [36.0, 138.0], Kinshasa: [-4.32, 15.31], Bukavu: [-2.51, 28.86], Kavumu: [-2.3, 28.81] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'PESHAWAR - Pakistan has recorded its 21st polio case of the year, a two-year-old girl from Lakki Marwat, officials said, and the virus has been found in sewage from Bannu, Tank and Dera Ismail Khan. Vaccination teams in the south of Khyber Pakhtunkhwa travel with police escorts after attacks on workers in North Waziristan, where a policeman guarding a team was shot dead in Mir Ali on Tuesday. Officials say children crossing from Khost and Paktika in Afghanistan are vaccinated at the Ghulam Khan crossing. In Karachi, environmental samples from Gadap and Baldia have tested positive four months in a row.',
		gold: { PESHAWAR: [34.01, 71.58], Pakistan: [30.0, 70.0], 'Lakki Marwat': [32.61, 70.91], Bannu: [32.99, 70.6], Tank: [32.22, 70.38], 'Dera Ismail Khan': [31.83, 70.9], 'Khyber Pakhtunkhwa': [34.5, 72.0], 'North Waziristan': [32.95, 70.0], 'Mir Ali': [32.99, 70.3], Khost: [33.34, 69.92], Paktika: [32.5, 68.8], Afghanistan: [33.9, 67.7], 'Ghulam Khan': [33.16, 70.0], Karachi: [24.86, 67.0], Gadap: [25.1, 67.2], Baldia: [24.92, 66.96] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BHUBANESWAR - At least 20 people have died of suspected heatstroke in western Odisha, where Titlagarh recorded 46.5C on Monday, the state's relief commissioner said. Deaths were reported from Bolangir, Sambalpur, Jharsuguda and Bargarh districts, and schools in Sundargarh have moved classes to the early morning. In Uttar Pradesh, Banda and Jhansi topped 47C, and the district hospital in Ballia said 35 patients had died in four days, most of them over 60. Phalodi, in Rajasthan, reached 49C. The weather office said a western disturbance would bring relief to Delhi by Friday.",
		gold: { BHUBANESWAR: [20.27, 85.84], Odisha: [20.5, 84.4], Titlagarh: [20.29, 83.15], Bolangir: [20.7, 83.48], Sambalpur: [21.47, 83.97], Jharsuguda: [21.86, 84.01], Bargarh: [21.33, 83.62], Sundargarh: [22.12, 84.03], 'Uttar Pradesh': [27.0, 80.9], Banda: [25.48, 80.33], Jhansi: [25.45, 78.57], Ballia: [25.76, 84.15], Phalodi: [27.13, 72.36], Rajasthan: [26.6, 73.8], Delhi: [28.65, 77.23] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ADEN - Suspected cholera cases in Yemen have passed 250,000 this year, the WHO said, with Hodeidah, Hajjah and Taiz governorates reporting the most. In Hodeidah, treatment centres in Bajil and Zabid are full, and a clinic in Bayt al-Faqih has been turned into a ward. In the capital, the Shu'ub and Ma'een districts of Sanaa account for half the city's cases. Ibb and Dhamar have reported their first deaths. The agency said fuel shortages had shut water pumping stations in Mukalla and Seiyun, in Hadramawt.",
		gold: { ADEN: [12.79, 45.03], Yemen: [15.5, 48.0], Hodeidah: [14.8, 42.95], Hajjah: [15.69, 43.6], Taiz: [13.58, 44.02], Bajil: [15.06, 43.29], Zabid: [14.2, 43.32], 'Bayt al-Faqih': [14.52, 43.32], "Shu'ub": [15.36, 44.22], "Ma'een": [15.33, 44.19], Sanaa: [15.35, 44.21], Ibb: [13.97, 44.18], Dhamar: [14.54, 44.4], Mukalla: [14.54, 49.12], Seiyun: [15.94, 48.79], Hadramawt: [16.0, 49.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'PHNOM PENH - A 52-year-old man from Takeo province has died of H5N1 bird flu, Cambodia\'s eighth death this year, the health ministry said. He had cooked sick chickens from his flock in Bati district before falling ill and was treated at a hospital in Phnom Penh. Earlier cases were reported in Prey Veng, Svay Rieng and Siem Reap, and a girl from Kampot survived after weeks in intensive care. Villagers in Kampong Cham and Kampong Speu have been told not to handle dead birds. Vietnam, across the border from Svay Rieng, has stepped up checks on poultry in Tay Ninh and An Giang.',
		gold: { 'PHNOM PENH': [11.56, 104.92], Takeo: [10.99, 104.78], Cambodia: [12.5, 104.9], Bati: [11.2, 104.83], 'Phnom Penh': [11.56, 104.92], 'Prey Veng': [11.48, 105.33], 'Svay Rieng': [11.09, 105.8], 'Siem Reap': [13.36, 103.86], Kampot: [10.6, 104.18], 'Kampong Cham': [12.0, 105.46], 'Kampong Speu': [11.45, 104.52], Vietnam: [16.0, 107.8], 'Tay Ninh': [11.31, 106.1], 'An Giang': [10.5, 105.1], 'Takeo province': [10.99, 104.78], 'Bati district': [11.2, 104.83] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'BOGOTÁ - Colombia has declared a health emergency after yellow fever killed 34 people, most of them in Tolima, where the outbreak began in coffee-growing villages around Villarrica and Cunday. Cases have since been confirmed in Ataco, Planadas, Chaparral and Prado, and in neighbouring Huila and Putumayo. Health Minister Guillermo Jaramillo said 3 million doses would be sent to the department capital, Ibagué, and that visitors to the Nevado del Huila park would need proof of vaccination. Ecuador and Peru have asked travellers from Colombia to show certificates.',
		gold: { BOGOTÁ: [4.71, -74.07], Colombia: [4.6, -74.1], Tolima: [3.9, -75.2], Villarrica: [3.94, -74.6], Cunday: [4.06, -74.69], Ataco: [3.59, -75.38], Planadas: [3.2, -75.64], Chaparral: [3.72, -75.48], Prado: [3.75, -74.93], Huila: [2.5, -75.6], Putumayo: [0.5, -76.0], Ibagué: [4.44, -75.23], Ecuador: [-1.5, -78.0], Peru: [-9.2, -75.0] },
		notPlaces: ['Jaramillo', 'Guillermo Jaramillo']
	},
	{
		genre: 'health',
		text: 'PANAMA CITY - Panama\'s health ministry has vaccinated 4,000 migrants against measles at reception centres in Darién province, after cases were found among people who had crossed the jungle from Colombia. Most of the cases were at Lajas Blancas and San Vicente, where migrants are brought by boat from the Indigenous village of Bajo Chiquito. On the Colombian side, health teams in Necoclí and Acandí are checking people before they set off from Capurganá. Migrants continuing north are bused to Paso Canoas, on the border with Costa Rica, and many travel on to Tapachula in southern Mexico.',
		gold: { 'PANAMA CITY': [8.98, -79.52], Panama: [8.5, -80.0], Darién: [8.4, -77.9], Colombia: [4.6, -74.1], 'Lajas Blancas': [8.27, -77.75], 'San Vicente': [8.3, -77.97], 'Bajo Chiquito': [8.14, -77.7], Necoclí: [8.43, -76.78], Acandí: [8.51, -77.28], Capurganá: [8.63, -77.35], 'Paso Canoas': [8.53, -82.84], 'Costa Rica': [9.9, -84.0], Tapachula: [14.9, -92.26], Mexico: [23.6, -102.5], 'Darién province': [8.4, -77.9] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "GENEVA - The World Health Organization said on Monday it was sending experts and 1,000 doses of an experimental vaccine to southern Ethiopia, where Marburg virus disease has killed six people in and around Jinka, the capital of South Omo zone. Contacts are being traced in Arba Minch and Konso, and a patient who travelled by bus to Hawassa is in isolation there. The agency said the risk to neighbouring Kenya and South Sudan was low but that border posts at Moyale and Omorate had been told to screen travellers. Ethiopia's health ministry in Addis Ababa said the first patient was a farmer from Bena Tsemay district.",
		gold: { GENEVA: [46.2, 6.15], Ethiopia: [9.1, 40.5], Jinka: [5.79, 36.57], 'South Omo': [5.5, 36.0], 'Arba Minch': [6.03, 37.55], Konso: [5.33, 37.43], Hawassa: [7.06, 38.48], Kenya: [0.5, 38.0], 'South Sudan': [7.0, 30.0], Moyale: [3.53, 39.05], Omorate: [4.8, 36.05], 'Addis Ababa': [9.02, 38.75], 'Bena Tsemay': [5.5, 36.7], 'South Omo zone': [5.5, 36.0], 'Bena Tsemay district': [5.5, 36.7] },
		notPlaces: ['Marburg']
	},
	{
		genre: 'international',
		text: 'MEXICO CITY - Morena won seven of the nine governorships at stake on Sunday, the electoral institute said, holding Veracruz, Puebla and Chiapas and taking Morelos and Yucatán, where the party had never governed. The opposition kept Guanajuato, its stronghold, and Jalisco, where Movimiento Ciudadano\'s candidate won narrowly in Guadalajara and Zapopan. Turnout in Guerrero and Michoacán was low after threats against candidates in Apatzingán and Chilpancingo. In Mexico City, Clara Brugada won the mayoralty; President Claudia Sheinbaum voted in the borough of Tlalpan.',
		gold: { 'MEXICO CITY': [19.43, -99.13], Veracruz: [19.2, -96.5], Puebla: [19.0, -97.9], Chiapas: [16.5, -92.5], Morelos: [18.75, -99.07], Yucatán: [20.7, -89.0], Guanajuato: [21.0, -101.25], Jalisco: [20.6, -103.6], Guadalajara: [20.67, -103.35], Zapopan: [20.72, -103.39], Guerrero: [17.6, -99.9], Michoacán: [19.2, -101.9], Apatzingán: [19.09, -102.35], Chilpancingo: [17.55, -99.5], 'Mexico City': [19.43, -99.13], Tlalpan: [19.29, -99.17] },
		notPlaces: ['Morena', 'Movimiento Ciudadano', 'Clara Brugada', 'Brugada', 'Claudia Sheinbaum', 'Sheinbaum']
	},
	{
		genre: 'international',
		text: "ANKARA - A magnitude 6.1 earthquake struck Malatya province early on Wednesday, killing two people and damaging 300 buildings, Turkey's disaster agency AFAD said. The epicentre was near Pütürge, and the quake was felt in Elazığ, Adıyaman and Diyarbakır. Buildings already weakened in 2023 collapsed in Doğanşehir and in Gölbaşı, across the provincial line in Adıyaman. Families in Kangal and Elbistan spent the night in tents. Interior Minister Ali Yerlikaya flew to Malatya from Istanbul.",
		gold: { ANKARA: [39.93, 32.86], Malatya: [38.35, 38.31], Turkey: [39.0, 35.0], Pütürge: [38.2, 38.87], Elazığ: [38.67, 39.22], Adıyaman: [37.76, 38.28], Diyarbakır: [37.91, 40.24], Doğanşehir: [38.09, 37.88], Gölbaşı: [37.78, 37.64], Kangal: [39.23, 37.39], Elbistan: [38.2, 37.2], Istanbul: [41.01, 28.98], 'Malatya province': [38.35, 38.31] },
		notPlaces: ['AFAD', 'Ali Yerlikaya', 'Yerlikaya']
	},
	{
		genre: 'international',
		text: "KUPANG, Indonesia - Mount Lewotobi Laki-laki erupted again on Thursday, sending an ash column 10 km high and forcing the closure of the airports at Maumere and Larantuka, Indonesia's volcanology agency said. About 4,000 people from Boru, Nawakote and Hokeng were moved to shelters in Konga and Lewolaga, in East Flores regency. Flights between Bali and Labuan Bajo were cancelled as ash drifted west. Last year's eruption killed nine people in Hokeng, whose Catholic seminary was destroyed.",
		gold: { KUPANG: [-10.18, 123.6], Indonesia: [-2.5, 118.0], Maumere: [-8.62, 122.21], Larantuka: [-8.34, 122.98], Boru: [-8.52, 122.77], Nawakote: [-8.53, 122.79], Hokeng: [-8.5, 122.8], Konga: [-8.43, 122.83], Lewolaga: [-8.38, 122.87], 'East Flores': [-8.3, 123.0], Bali: [-8.4, 115.2], 'Labuan Bajo': [-8.49, 119.89], 'East Flores regency': [-8.3, 123.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'ATHENS - A wildfire driven by gale-force winds burned through the villages of Varnavas and Grammatiko north-east of Athens on Sunday and reached the suburbs of Penteli and Nea Penteli, forcing thousands from their homes, the fire service said. Residents of Marathon and Nea Makri were told by text message to leave toward Rafina. A woman died in a factory in Vrilissia. Firefighters from Italy and France joined 700 Greek crews, and planes from Cyprus fought a second blaze near Corinth. On Evia, a fire that started near Limni was brought under control.',
		gold: { ATHENS: [37.98, 23.73], Varnavas: [38.22, 23.93], Grammatiko: [38.2, 23.97], Athens: [37.98, 23.73], Penteli: [38.05, 23.87], 'Nea Penteli': [38.05, 23.86], Marathon: [38.15, 23.96], 'Nea Makri': [38.09, 23.98], Rafina: [38.02, 24.01], Vrilissia: [38.03, 23.83], Italy: [42.8, 12.5], France: [46.6, 2.4], Cyprus: [35.0, 33.2], Corinth: [37.94, 22.93], Evia: [38.6, 23.6], Limni: [38.77, 23.32] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DUBAI - Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz on Friday and escorted it to Bandar Abbas, the third seizure this year, the maritime security firm Ambrey said. The ship, carrying fuel from Khor Fakkan to Karachi, was boarded by commandos from speedboats based on Qeshm and Larak islands. Oman's navy sent a patrol boat from Khasab, on the Musandam peninsula. Insurers raised premiums for tankers loading at Fujairah and at Ras Tanura, in Saudi Arabia. Shipping agents in Dubai said crews were refusing to sail.",
		gold: { DUBAI: [25.27, 55.3], Iran: [32.0, 53.0], 'Bandar Abbas': [27.19, 56.27], 'Khor Fakkan': [25.34, 56.35], Karachi: [24.86, 67.0], Qeshm: [26.85, 55.9], Larak: [26.85, 56.36], Oman: [21.0, 57.0], Khasab: [26.18, 56.25], Musandam: [26.2, 56.25], Fujairah: [25.12, 56.33], 'Ras Tanura': [26.64, 50.16], 'Saudi Arabia': [24.0, 45.0], Dubai: [25.27, 55.3] },
		notPlaces: ['Ambrey']
	},
	{
		genre: 'international',
		text: "RIO DE JANEIRO - Petrobras said output from its Búzios field reached a record 900,000 barrels a day after a seventh floating platform began production, lifting Brazil's oil exports to China. The platform, built in Qingdao and towed from Singapore, is moored 180 km off the coast of Rio de Janeiro state. Crews fly out from Macaé and Cabo Frio. The company also approved a new platform for the Mero field, which it runs with Shell, TotalEnergies and CNOOC, and said drilling would resume in Sergipe's deep-water blocks off Aracaju later this year.",
		gold: { 'RIO DE JANEIRO': [-22.91, -43.17], Brazil: [-10.0, -52.0], China: [35.0, 103.0], Qingdao: [36.07, 120.38], Singapore: [1.35, 103.82], 'Rio de Janeiro': [-22.5, -42.7], Macaé: [-22.37, -41.79], 'Cabo Frio': [-22.88, -42.02], Sergipe: [-10.6, -37.4], Aracaju: [-10.91, -37.07], 'Rio de Janeiro state': [-22.5, -42.7] },
		notPlaces: ['Búzios', 'Mero', 'Petrobras', 'Shell', 'TotalEnergies', 'CNOOC']
	},
	{
		genre: 'international',
		text: "JOHANNESBURG - Orlando Pirates beat Mamelodi Sundowns 2-1 in the final of the MTN8 cup in Durban on Saturday, ending Sundowns' run of six trophies. Pirates will now face Al Ahly, who beat Zamalek in Cairo last week, in the group stage of the African Champions League. The club's coach said the squad would fly to Casablanca on Tuesday for a friendly against Wydad before the group opener in Lubumbashi against TP Mazembe. Kaizer Chiefs, who play at home in Soweto, lost 3-0 on Sunday.",
		gold: { JOHANNESBURG: [-26.2, 28.05], Durban: [-29.86, 31.03], Cairo: [30.04, 31.24], Casablanca: [33.57, -7.59], Lubumbashi: [-11.66, 27.48], Soweto: [-26.27, 27.86] },
		notPlaces: ['Orlando', 'Orlando Pirates', 'Mamelodi', 'Mamelodi Sundowns', 'Sundowns', 'Pirates', 'Al Ahly', 'Zamalek', 'Wydad', 'TP Mazembe', 'Mazembe', 'Kaizer Chiefs']
	},
	{
		genre: 'international',
		text: "CANBERRA - Hundreds of Australians and New Zealanders gathered before dawn at Villers-Bretonneux on Friday to mark Anzac Day, among them veterans' families from Perth, Darwin, Hobart and Wellington. Australia's veterans minister laid a wreath at the memorial, which overlooks the Somme valley, before travelling to Pozières and Bullecourt. In Turkey, 2,000 people attended the service at Anzac Cove on the Gallipoli peninsula, having spent the night in Eceabat and Çanakkale. Services were also held in London and at Hellfire Pass in Thailand.",
		gold: { CANBERRA: [-35.28, 149.13], 'Villers-Bretonneux': [49.87, 2.52], Perth: [-31.95, 115.86], Darwin: [-12.46, 130.84], Hobart: [-42.88, 147.33], Wellington: [-41.29, 174.78], Australia: [-25.0, 134.0], Pozières: [50.04, 2.72], Bullecourt: [50.19, 2.93], Turkey: [39.0, 35.0], Gallipoli: [40.41, 26.67], Eceabat: [40.18, 26.36], Çanakkale: [40.15, 26.41], London: [51.51, -0.13], Thailand: [15.0, 101.0] },
		notPlaces: ['Anzac']
	},
	{
		genre: 'international',
		text: 'POPAYÁN, Colombia - Vice-President Francia Márquez toured villages in northern Cauca on Saturday after a week of fighting between the army and dissident guerrillas forced 3,000 people from their homes. Márquez, who grew up in Suárez, visited shelters in Buenos Aires and Santander de Quilichao and met Indigenous leaders in Toribío, where a car bomb damaged the police station in May. The governor of Cauca asked for troops to be sent to the coast, where illegal mining has spread around Timbiquí and Guapi. Márquez flew back to Bogotá on Sunday.',
		gold: { POPAYÁN: [2.44, -76.61], Colombia: [4.6, -74.1], Cauca: [2.5, -76.8], Suárez: [2.95, -76.7], 'Buenos Aires': [3.02, -76.64], 'Santander de Quilichao': [3.01, -76.48], Toribío: [2.95, -76.27], Timbiquí: [2.77, -77.66], Guapi: [2.57, -77.89], Bogotá: [4.71, -74.07] },
		notPlaces: ['Francia', 'Francia Márquez', 'Márquez']
	},
	{
		genre: 'international',
		text: 'ABUJA - Floods that swept through Mokwa, a market town in Niger state, have killed more than 200 people, emergency officials said, after heavy rain caused a dam upstream to burst. Hundreds are missing in the lower quarters of the town. The state governor, who flew in from Minna, said survivors had been moved to schools in Bida and Kutigi. The road to Jebba, on the Niger River, was washed away, cutting trucks off from Ilorin and Lagos. NEMA said Kogi and Benue could flood next as water is released from the Kainji and Lagdo dams.',
		gold: { ABUJA: [9.06, 7.49], Mokwa: [9.29, 5.05], Niger: [10.0, 6.0], Minna: [9.61, 6.56], Bida: [9.08, 6.01], Kutigi: [9.2, 5.6], Jebba: [9.13, 4.82], Ilorin: [8.5, 4.55], Lagos: [6.45, 3.4], Kogi: [7.8, 6.7], Benue: [7.35, 8.75], 'Niger state': [10.0, 6.0] },
		notPlaces: ['NEMA']
	},
	{
		genre: 'international',
		text: "HANOI - Typhoon Yagi made landfall in Quảng Ninh province on Saturday with winds of 150 km/h, tearing roofs off factories in Hải Phòng and sinking dozens of fishing boats in Hạ Long Bay, Vietnam's disaster agency said. At least 14 people died in landslides in Lào Cai and Yên Bái, and the Red River rose to its highest level in two decades in Hanoi. Power was cut to 3 million homes in Cẩm Phả, Móng Cái and Thái Bình. In the capital, the flag-raising at Ba Đình Square, where Hồ Chí Minh read the declaration of independence in 1945, was cancelled.",
		gold: { HANOI: [21.03, 105.85], 'Quảng Ninh': [21.2, 107.3], 'Hải Phòng': [20.86, 106.68], Vietnam: [16.0, 107.8], 'Lào Cai': [22.48, 103.97], 'Yên Bái': [21.72, 104.9], Hanoi: [21.03, 105.85], 'Cẩm Phả': [21.01, 107.27], 'Móng Cái': [21.52, 107.97], 'Thái Bình': [20.45, 106.34], 'Quảng Ninh province': [21.2, 107.3] },
		notPlaces: ['Yagi', 'Hồ Chí Minh']
	},
	{
		genre: 'international',
		text: "MELBOURNE - A bushfire in the Grampians has burned 70,000 hectares and destroyed homes in Pomonal, and residents of Halls Gap and Dadswells Bridge were told it was too late to leave, Victoria's emergency services said. Relief centres opened in Stawell, Ararat and Horsham. The Western Highway between Ballarat and Ararat was closed. Firefighters from New South Wales and South Australia were flown in from Adelaide, and the premier visited the fire ground from Geelong.",
		gold: { MELBOURNE: [-37.81, 144.96], Pomonal: [-37.2, 142.6], 'Halls Gap': [-37.14, 142.52], 'Dadswells Bridge': [-36.92, 142.51], Victoria: [-37.0, 144.0], Stawell: [-37.06, 142.78], Ararat: [-37.28, 142.93], Horsham: [-36.71, 142.2], Ballarat: [-37.56, 143.85], 'New South Wales': [-32.0, 147.0], 'South Australia': [-30.0, 135.0], Adelaide: [-34.93, 138.6], Geelong: [-38.15, 144.36] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'MAPUTO - Mozambique has recorded 60 cholera deaths in Nampula province since the rains began, the health ministry said, most of them in coastal districts around Angoche and Moma. Residents who blamed health workers for spreading the disease burned a clinic in Memba, and a nurse was beaten in Eráti. Cases have reached Nacala and the old island town of Ilha de Moçambique, near Monapo, and health officials in Quelimane, in neighbouring Zambézia, have opened a treatment centre. Malawi has reported cases in Mangochi.',
		gold: { MAPUTO: [-25.97, 32.57], Mozambique: [-18.7, 35.5], Nampula: [-15.1, 39.3], Angoche: [-16.23, 39.91], Moma: [-16.74, 39.23], Memba: [-14.2, 40.52], Eráti: [-14.4, 39.4], Nacala: [-14.54, 40.67], 'Ilha de Moçambique': [-15.03, 40.73], Monapo: [-15.0, 40.27], Quelimane: [-17.88, 36.89], Zambézia: [-16.5, 37.0], Malawi: [-13.3, 34.0], Mangochi: [-14.48, 35.26], 'Nampula province': [-15.1, 39.3] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BUENOS AIRES - Governor Axel Kicillof's Peronists won Buenos Aires province's legislative election by 13 points on Sunday, a blow to President Javier Milei, whose party lost even in San Isidro and Tigre, the wealthy northern suburbs where it had been strongest. The Peronists took 60 percent in La Matanza and more than half the vote in Florencio Varela, Moreno and Merlo. Milei's candidates held on only in the interior, in Junín and Tandil, and lost Bahía Blanca and Mar del Plata. Argentine bonds fell in New York on the news.",
		gold: { 'BUENOS AIRES': [-34.6, -58.38], 'Buenos Aires': [-36.5, -60.0], 'San Isidro': [-34.47, -58.53], Tigre: [-34.43, -58.58], 'La Matanza': [-34.77, -58.63], 'Florencio Varela': [-34.81, -58.28], Moreno: [-34.65, -58.79], Merlo: [-34.67, -58.73], Junín: [-34.59, -60.95], Tandil: [-37.32, -59.13], 'Bahía Blanca': [-38.72, -62.27], 'Mar del Plata': [-38.0, -57.56], 'New York': [40.71, -74.0], 'Buenos Aires province': [-36.5, -60.0] },
		notPlaces: ['Axel Kicillof', 'Kicillof', 'Javier Milei', 'Milei', 'Peronists']
	}
];

export const HELD_OUT_WORLD_S53_B: GenreText[] = [
	{
		genre: 'health',
		text: 'LIMA - Peru has declared a dengue emergency in 10 regions after 120 deaths, with Piura the worst hit, the health ministry said. In Piura, the districts of Castilla, Veintiséis de Octubre and Sullana account for half of the cases, and the hospital in Chulucanas has moved patients into corridors. Tumbes, on the Ecuadorian border, has reported 9,000 cases, and Paita and Talara have suspended classes. Brigades from Lima and Trujillo have been sent to fumigate homes, and Ecuador has stepped up checks at Huaquillas.',
		gold: { LIMA: [-12.05, -77.04], Peru: [-9.2, -75.0], Piura: [-5.19, -80.63], Castilla: [-5.2, -80.62], 'Veintiséis de Octubre': [-5.18, -80.68], Sullana: [-4.9, -80.69], Chulucanas: [-5.09, -80.16], Tumbes: [-3.57, -80.45], Paita: [-5.09, -81.11], Talara: [-4.58, -81.27], Lima: [-12.05, -77.04], Trujillo: [-8.11, -79.03], Ecuador: [-1.5, -78.0], Huaquillas: [-3.48, -80.23] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BANGUI - The Central African Republic has confirmed 45 cases of mpox, most of them in the south-west, where the virus spreads from forest animals, the health ministry said. Clusters were found in Mbaïki and Boda, in Lobaye prefecture, and in Berbérati and Carnot, near the Cameroonian border. Two children died at the hospital in Nola. Cases have also been confirmed in Bangassou, across the Mbomou river from Congo, and in Bambari. Médecins Sans Frontières has opened a treatment unit in Bangui's Castors district.",
		gold: { BANGUI: [4.36, 18.56], 'Central African Republic': [6.6, 20.9], Mbaïki: [3.87, 17.99], Boda: [4.32, 17.47], Lobaye: [3.7, 17.8], Berbérati: [4.26, 15.79], Carnot: [4.94, 15.87], Nola: [3.53, 16.06], Bangassou: [4.74, 22.82], Congo: [-2.9, 23.6], Bambari: [5.76, 20.67], Bangui: [4.36, 18.56], Castors: [4.37, 18.57], 'Lobaye prefecture': [3.7, 17.8], 'Castors district': [4.37, 18.57] },
		notPlaces: ['Médecins Sans Frontières']
	},
	{
		genre: 'health',
		text: 'QUETTA - Polio has been found in sewage from Quetta, Pishin and Killa Abdullah, and two children from Chaman have been paralysed this year, Pakistani officials said, as vaccinators began a week-long campaign in Balochistan. On the Afghan side of the border, Taliban authorities allowed teams to work in mosques in Spin Boldak and Kandahar but not door to door. Families who travel to Karachi for work are vaccinated at a checkpoint in Khuzdar. In Karachi, Orangi and Korangi towns have had positive samples for six months.',
		gold: { QUETTA: [30.19, 67.0], Quetta: [30.19, 67.0], Pishin: [30.58, 67.0], 'Killa Abdullah': [30.73, 66.66], Chaman: [30.92, 66.45], Balochistan: [28.5, 65.5], 'Spin Boldak': [31.0, 66.4], Kandahar: [31.61, 65.71], Karachi: [24.86, 67.0], Khuzdar: [27.81, 66.61], Orangi: [24.95, 66.99], Korangi: [24.83, 67.13] },
		notPlaces: ['Taliban']
	},
	{
		genre: 'health',
		text: "BAGHDAD - Temperatures reached 51C in Basra on Monday as Iraq's heat wave entered its second week, and power cuts left millions without air conditioning, officials said. Hospitals in Basra, Amarah and Nasiriyah treated more than 600 people for heatstroke, and the health directorate in Maysan said two elderly men died in Qalat Saleh. In Samawah and Diwaniyah, government offices closed at noon. Protesters blocked roads in Zubair and Abu al-Khaseeb over the power cuts. Iran, which supplies Iraq with gas and electricity, cut exports as its own demand rose in Ahvaz and Abadan.",
		gold: { BAGHDAD: [33.31, 44.37], Basra: [30.51, 47.81], Iraq: [33.0, 44.0], Amarah: [31.84, 47.15], Nasiriyah: [31.05, 46.26], Maysan: [31.9, 47.1], 'Qalat Saleh': [31.5, 47.27], Samawah: [31.31, 45.28], Diwaniyah: [31.99, 44.93], Zubair: [30.39, 47.7], 'Abu al-Khaseeb': [30.45, 48.0], Iran: [32.0, 53.0], Ahvaz: [31.32, 48.67], Abadan: [30.34, 48.3] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PORT SUDAN - Cholera has killed more than 170 people in Khartoum state in a week, Sudan's health ministry said, as residents returned to the capital's neighbourhoods after the army retook them. Most of the deaths were in Omdurman's Karari and Ombada districts, and in Jebel Awliya, south of Khartoum. The outbreak has spread to Kosti and Rabak in White Nile state, and to Sennar and Singa. In Darfur, aid agencies reported cases among people who fled to Tawila from the Zamzam camp near El Fasher.",
		gold: { 'PORT SUDAN': [19.62, 37.22], Khartoum: [15.6, 32.53], Sudan: [15.0, 30.0], Omdurman: [15.64, 32.48], Karari: [15.73, 32.47], Ombada: [15.65, 32.4], 'Jebel Awliya': [15.24, 32.5], Kosti: [13.16, 32.66], Rabak: [13.18, 32.74], 'White Nile': [13.5, 32.5], Sennar: [13.55, 33.63], Singa: [13.15, 33.93], Darfur: [13.5, 24.0], Tawila: [13.51, 24.83], Zamzam: [13.52, 25.29], 'El Fasher': [13.63, 25.35], 'Khartoum state': [15.6, 32.53], 'White Nile state': [13.5, 32.5] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "THIRUVANANTHAPURAM - Kerala has ordered the culling of 20,000 ducks after H5N1 bird flu was confirmed at farms in Alappuzha district, the state's animal husbandry department said. The outbreaks were found in Cherthala, Thakazhi and Karuvatta, and a 10 km surveillance zone has been declared around each farm. The movement of poultry from Kuttanad to Kottayam and Pathanamthitta has been banned. Samples were tested at the national laboratory in Bhopal. Tamil Nadu has set up checkposts at Walayar and Kaliyakkavilai.",
		gold: { THIRUVANANTHAPURAM: [8.52, 76.94], Kerala: [10.5, 76.3], Alappuzha: [9.5, 76.34], Cherthala: [9.68, 76.34], Thakazhi: [9.38, 76.42], Karuvatta: [9.3, 76.43], Kuttanad: [9.4, 76.45], Kottayam: [9.59, 76.52], Pathanamthitta: [9.26, 76.78], Bhopal: [23.26, 77.41], 'Tamil Nadu': [11.1, 78.7], Walayar: [10.84, 76.84], Kaliyakkavilai: [8.33, 77.16], 'Alappuzha district': [9.5, 76.34] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "KANO, Nigeria - Diphtheria has killed more than 80 children in Kano state since August, the Nigeria Centre for Disease Control said, most of them in the city's crowded Dala, Ungogo and Tarauni areas. The state has opened isolation wards at the infectious diseases hospital in Kumbotso and is vaccinating children in Gwale and Fagge. Cases have also been confirmed in Katsina, in Potiskum in Yobe state, and in Gusau. UNICEF said antitoxin had been flown from Geneva to Abuja.",
		gold: { KANO: [12.0, 8.52], Kano: [12.0, 8.5], Nigeria: [9.1, 8.7], Dala: [12.01, 8.5], Ungogo: [12.09, 8.5], Tarauni: [11.97, 8.56], Kumbotso: [11.89, 8.5], Gwale: [11.99, 8.49], Fagge: [12.01, 8.53], Katsina: [12.99, 7.6], Potiskum: [11.71, 11.08], Yobe: [12.3, 11.4], Gusau: [12.16, 6.66], Geneva: [46.2, 6.15], Abuja: [9.06, 7.49], 'Kano state': [12.0, 8.5], 'Yobe state': [12.3, 11.4] },
		notPlaces: ['UNICEF']
	},
	{
		genre: 'health',
		text: "ROME - Doctors at the migrant reception centre on Lampedusa treated 300 people for scabies and burns last week, Italy's Red Cross said, after boats from Sfax and Zarzis landed more than 3,000 people in two days. Patients needing hospital care were taken to Porto Empedocle and Pozzallo, in Sicily, and a pregnant woman was flown to Palermo. Most of the boats left from beaches near Sfax, though a growing number set off from Zuwara and Sabratha in western Libya. Malta's armed forces rescued 60 people south of Gozo.",
		gold: { ROME: [41.9, 12.5], Lampedusa: [35.51, 12.6], Italy: [42.8, 12.5], Sfax: [34.74, 10.76], Zarzis: [33.5, 11.11], 'Porto Empedocle': [37.29, 13.53], Pozzallo: [36.73, 14.85], Sicily: [37.5, 14.1], Palermo: [38.12, 13.36], Zuwara: [32.93, 12.08], Sabratha: [32.79, 12.48], Libya: [27.0, 17.0], Malta: [35.9, 14.4], Gozo: [36.04, 14.24] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "WASHINGTON - The Pan American Health Organization said on Wednesday that cholera had returned to Haiti's Artibonite department, with 1,200 suspected cases and 40 deaths since October, most of them among families who fled gang attacks. The worst-hit communes are Saint-Marc, Petite-Rivière-de-l'Artibonite and Liancourt, where a hospital run by Doctors Without Borders has been overwhelmed. Cases have also been reported in Gonaïves and in Mirebalais, in the Centre department. The agency said fuel shortages in Port-au-Prince had shut water plants, and that the Dominican Republic had closed its crossing at Dajabón.",
		gold: { WASHINGTON: [38.9, -77.04], Haiti: [19.0, -72.4], Artibonite: [19.3, -72.5], 'Saint-Marc': [19.11, -72.69], "Petite-Rivière-de-l'Artibonite": [19.13, -72.48], Liancourt: [19.2, -72.53], Gonaïves: [19.45, -72.69], Mirebalais: [18.83, -72.1], Centre: [19.0, -72.0], 'Port-au-Prince': [18.54, -72.34], 'Dominican Republic': [18.7, -70.2], Dajabón: [19.55, -71.71], 'Artibonite department': [19.3, -72.5], 'Centre department': [19.0, -72.0] },
		notPlaces: ['Doctors Without Borders']
	},
	{
		genre: 'international',
		text: "ABUJA - The All Progressives Congress won the governorships of Kogi and Imo, and the Peoples Democratic Party held Bayelsa, the electoral commission said on Sunday. In Rivers, the political crisis that saw a state of emergency declared in March continued as the governor's supporters rallied in Port Harcourt. Observers reported vote-buying in Lokoja and Okene and ballot snatching in Owerri. The Labour Party, strong in Anambra and Enugu, said its results from Delta and Plateau had been doctored. Voting was calm in Yenagoa and along the creeks of Brass and Nembe.",
		gold: { ABUJA: [9.06, 7.49], Kogi: [7.8, 6.7], Imo: [5.5, 7.05], Bayelsa: [4.75, 6.08], Rivers: [4.8, 6.9], 'Port Harcourt': [4.82, 7.03], Lokoja: [7.8, 6.74], Okene: [7.55, 6.24], Owerri: [5.48, 7.03], Anambra: [6.2, 7.0], Enugu: [6.5, 7.4], Delta: [5.7, 6.0], Plateau: [9.2, 9.5], Yenagoa: [4.92, 6.26], Brass: [4.31, 6.24], Nembe: [4.54, 6.41] },
		notPlaces: ['All Progressives Congress', 'Peoples Democratic Party', 'Labour Party']
	},
	{
		genre: 'international',
		text: 'QUITO - A magnitude 6.8 earthquake struck Ecuador\'s southern coast on Saturday, killing 14 people in El Oro and Azuay provinces, the risk management secretariat said. Eleven died in Machala and Santa Rosa when buildings collapsed, and a man was killed in Cuenca by falling masonry. In Balao, a town on the Gulf of Guayaquil near the epicentre, the church tower fell onto the square. The quake was felt in Guayaquil and as far as Tumbes and Piura in northern Peru. President Guillermo Lasso flew to Machala from Quito.',
		gold: { QUITO: [-0.22, -78.51], Ecuador: [-1.5, -78.0], 'El Oro': [-3.5, -79.8], Azuay: [-2.9, -79.0], Machala: [-3.26, -79.96], 'Santa Rosa': [-3.45, -79.96], Cuenca: [-2.9, -79.0], Balao: [-2.91, -79.81], Guayaquil: [-2.19, -79.89], Tumbes: [-3.57, -80.45], Piura: [-5.19, -80.63], Peru: [-9.2, -75.0], Quito: [-0.22, -78.51] },
		notPlaces: ['Guillermo Lasso', 'Lasso']
	},
	{
		genre: 'international',
		text: 'MANILA - Kanlaon volcano on Negros island erupted on Monday, sending ash 4 km into the sky and forcing the evacuation of 6,000 people from La Castellana, La Carlota and Canlaon City, the volcanology institute said. Ash fell on Bago and on Bacolod, where flights were cancelled, and on towns as far as Guihulngan in Negros Oriental. Evacuees were sheltered in schools in Moises Padilla and San Carlos. Travellers from Iloilo were told to expect ferry delays.',
		gold: { MANILA: [14.6, 120.98], Negros: [10.0, 123.0], 'La Castellana': [10.32, 123.02], 'La Carlota': [10.42, 122.92], 'Canlaon City': [10.38, 123.2], Bago: [10.54, 122.84], Bacolod: [10.67, 122.95], Guihulngan: [10.12, 123.27], 'Negros Oriental': [9.6, 123.0], 'Moises Padilla': [10.27, 123.08], 'San Carlos': [10.49, 123.42], Iloilo: [10.72, 122.56] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'WINNIPEG - Wildfires have forced 17,000 people from their homes in Manitoba, the province said, including the whole of Flin Flon, where residents left by road for The Pas and Thompson. Fires also cut the highway to Cranberry Portage and Sherridon, and the First Nation community at Cross Lake was evacuated by air. In Saskatchewan, the fire that burned homes in Denare Beach and Creighton reached the edge of La Ronge. Evacuees from the north are being housed in hotels in Winnipeg, Brandon and Saskatoon.',
		gold: { WINNIPEG: [49.9, -97.14], Manitoba: [55.0, -97.0], 'Flin Flon': [54.77, -101.88], 'The Pas': [53.83, -101.24], Thompson: [55.74, -97.86], 'Cranberry Portage': [54.59, -101.38], Sherridon: [55.12, -101.09], 'Cross Lake': [54.62, -97.77], Saskatchewan: [54.0, -106.0], 'Denare Beach': [54.66, -102.03], Creighton: [54.76, -101.88], 'La Ronge': [55.1, -105.3], Winnipeg: [49.9, -97.14], Brandon: [49.85, -99.95], Saskatoon: [52.13, -106.67] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PERTH - A bushfire east of Denmark has burned 5,000 hectares and destroyed six homes, and residents of Kentdale were told to leave for Albany, Western Australia's fire department said. The South Coast Highway between Walpole and Denmark was closed. A second fire near Esperance threatened the town of Grass Patch, and crews from Norseman and Kalgoorlie were sent south. Firefighting aircraft flew from Busselton and Bunbury.",
		gold: { PERTH: [-31.95, 115.86], Denmark: [-34.96, 117.35], Kentdale: [-34.9, 117.07], Albany: [-35.02, 117.88], 'Western Australia': [-26.0, 121.0], Walpole: [-34.98, 116.73], Esperance: [-33.86, 121.89], 'Grass Patch': [-33.23, 121.72], Norseman: [-32.2, 121.78], Kalgoorlie: [-30.75, 121.47], Busselton: [-33.65, 115.35], Bunbury: [-33.33, 115.64] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'CAIRO - Traffic through the Suez Canal rose to 40 ships a day last week, the highest in two years, after Houthi forces in Yemen halted attacks on shipping, the canal authority said in Ismailia. Container lines have started to send ships back through Port Said and the Sokhna port near Suez, instead of around the Cape of Good Hope. Sudan\'s main port, Port Sudan, and Djibouti have also seen more calls. Insurers still regard the waters off Hodeidah and the oil terminal at Ras Isa as high risk. Saudi Arabia\'s Yanbu and Jeddah ports reported record throughput.',
		gold: { CAIRO: [30.04, 31.24], Yemen: [15.5, 48.0], Ismailia: [30.6, 32.27], 'Port Said': [31.26, 32.3], Sokhna: [29.6, 32.34], Suez: [29.97, 32.55], Sudan: [15.0, 30.0], 'Port Sudan': [19.62, 37.22], Djibouti: [11.8, 42.6], Hodeidah: [14.8, 42.95], 'Ras Isa': [15.12, 42.83], 'Saudi Arabia': [24.0, 45.0], Yanbu: [24.09, 38.06], Jeddah: [21.49, 39.19] },
		notPlaces: ['Houthi']
	},
	{
		genre: 'international',
		text: "BANGKOK - The death toll from the magnitude 7.7 earthquake in central Myanmar has passed 3,600, the military government said, with most deaths in Mandalay and Sagaing, near the epicentre. The old Ava bridge over the Irrawaddy collapsed, and monasteries in Amarapura and Inwa were badly damaged. In the capital, Naypyidaw, the quake brought down ministry buildings. Rescue teams from China, India and Russia have worked in Mandalay's Chanayethazan township. In Thailand, 90 people died when a tower under construction in Bangkok's Chatuchak district fell.",
		gold: { BANGKOK: [13.75, 100.5], Myanmar: [21.0, 96.0], Mandalay: [21.97, 96.08], Sagaing: [21.88, 95.98], Amarapura: [21.9, 96.05], Inwa: [21.86, 95.98], Naypyidaw: [19.75, 96.1], China: [35.0, 103.0], India: [22.0, 79.0], Russia: [61.5, 105.0], Chanayethazan: [21.98, 96.09], Thailand: [15.0, 101.0], Bangkok: [13.75, 100.5], Chatuchak: [13.8, 100.55], 'Chatuchak district': [13.8, 100.55] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'GEORGETOWN, Guyana - Exxon Mobil said its fourth production ship, the One Guyana, had started pumping oil from the Yellowtail field, lifting Guyana\'s output to 650,000 barrels a day. The Stabroek block, which Exxon runs with Hess and CNOOC, also holds the Liza, Payara and Hammerhead fields. Supply boats sail from wharves on the Demerara river in Georgetown and from Port of Spain, in Trinidad, and farmers in Berbice have complained of rising land prices at Crab Island, where a new port is planned. Venezuela, which claims the Essequibo region, has protested the new licences.',
		gold: { GEORGETOWN: [6.8, -58.16], Guyana: [4.9, -58.9], Georgetown: [6.8, -58.16], 'Port of Spain': [10.66, -61.51], Trinidad: [10.45, -61.25], Berbice: [6.0, -57.5], 'Crab Island': [6.4, -57.6], Venezuela: [7.0, -66.0], Essequibo: [6.0, -59.5], 'Essequibo region': [6.0, -59.5] },
		notPlaces: ['Exxon Mobil', 'Exxon', 'Hess', 'CNOOC', 'One Guyana', 'Yellowtail', 'Stabroek', 'Liza', 'Payara', 'Hammerhead']
	},
	{
		genre: 'international',
		text: 'TEHRAN - Persepolis won the Iranian league title on the last day of the season with a 2-0 win over Sepahan in Isfahan, while their city rivals Esteghlal drew with Tractor in Tabriz. Persepolis, who play at the Azadi stadium in the capital, will join Sepahan in the Asian Champions League, where they could meet Al Hilal of Riyadh and Al Sadd of Doha. Foolad, from Ahvaz, finished third, and Malavan of Bandar Anzali were relegated.',
		gold: { TEHRAN: [35.69, 51.39], Isfahan: [32.65, 51.67], Tabriz: [38.08, 46.29], Riyadh: [24.69, 46.72], Doha: [25.29, 51.53], Ahvaz: [31.32, 48.67], 'Bandar Anzali': [37.47, 49.46] },
		notPlaces: ['Persepolis', 'Sepahan', 'Esteghlal', 'Tractor', 'Al Hilal', 'Al Sadd', 'Foolad', 'Malavan']
	},
	{
		genre: 'international',
		text: 'PARIS - More than 25,000 pilgrims from Manila, Kinshasa, Kraków and Boston walked in a candlelit procession at Lourdes on Saturday, the shrine said, the largest crowd since the pandemic. Extra trains ran from Paris and Lyon, and the airport at Tarbes received charter flights from Dublin and Milan. Many pilgrims travelled on to Fátima, in Portugal, or to Santiago de Compostela in Spain. The bishop of Tarbes and Lourdes said hotels in nearby Argelès-Gazost and Pau were full.',
		gold: { PARIS: [48.86, 2.35], Manila: [14.6, 120.98], Kinshasa: [-4.32, 15.31], Kraków: [50.06, 19.94], Boston: [42.36, -71.06], Lourdes: [43.09, -0.05], Paris: [48.86, 2.35], Lyon: [45.76, 4.84], Tarbes: [43.23, 0.08], Dublin: [53.35, -6.26], Milan: [45.46, 9.19], Fátima: [39.62, -8.67], Portugal: [39.6, -8.0], 'Santiago de Compostela': [42.88, -8.54], Spain: [40.2, -3.7], 'Argelès-Gazost': [43.0, -0.1], Pau: [43.3, -0.37] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "HARARE - Opposition leader Nelson Chamisa drew thousands to a rally in Chitungwiza on Saturday, his first since police lifted a ban on his meetings, and promised to tour Gweru, Kwekwe and Masvingo before the by-elections. Police in Mutare arrested 20 of his supporters on Friday. President Emmerson Mnangagwa, speaking in Chinhoyi, said the opposition was funded from London and Washington. Chamisa's spokesman said the arrested activists would appear in court in Marondera on Monday.",
		gold: { HARARE: [-17.83, 31.05], Chitungwiza: [-18.01, 31.08], Gweru: [-19.45, 29.82], Kwekwe: [-18.93, 29.81], Masvingo: [-20.06, 30.83], Mutare: [-18.97, 32.67], Chinhoyi: [-17.37, 30.2], London: [51.51, -0.13], Washington: [38.9, -77.04], Marondera: [-18.19, 31.55] },
		notPlaces: ['Nelson', 'Nelson Chamisa', 'Chamisa', 'Emmerson', 'Emmerson Mnangagwa', 'Mnangagwa']
	},
	{
		genre: 'international',
		text: 'ISLAMABAD - Flash floods in the Swat valley have killed 40 people and washed away bridges and hotels in Bahrain and Kalam, officials in Khyber Pakhtunkhwa said. Tourists stranded in Kalam were airlifted to Mingora, the district\'s main town, and the road to Madyan was cut in three places. In Buner, cloudbursts destroyed villages around Pir Baba, and rescue teams from Mardan and Peshawar were sent in. In Gilgit-Baltistan, the Karakoram Highway was blocked near Chilas.',
		gold: { ISLAMABAD: [33.69, 73.05], Bahrain: [35.2, 72.55], Kalam: [35.49, 72.58], 'Khyber Pakhtunkhwa': [34.5, 72.0], Mingora: [34.78, 72.36], Madyan: [35.14, 72.54], Buner: [34.5, 72.5], 'Pir Baba': [34.44, 72.5], Mardan: [34.2, 72.05], Peshawar: [34.01, 71.58], 'Gilgit-Baltistan': [35.8, 74.98], Chilas: [35.42, 74.1] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "LUSAKA - Zambia's cholera outbreak has killed 70 people since October, most of them in Lusaka's crowded Kanyama, Matero and Chawama townships, the health ministry said. The national stadium has been turned into a treatment centre. Cases have spread to Kabwe and Ndola on the railway line and to Chipata near the Malawi border, and fishermen in Mpulungu, on Lake Tanganyika, have tested positive. Tanzania has stepped up checks on truck drivers at Tunduma, across from Nakonde.",
		gold: { LUSAKA: [-15.42, 28.28], Zambia: [-13.5, 27.8], Lusaka: [-15.42, 28.28], Kanyama: [-15.44, 28.25], Matero: [-15.38, 28.24], Chawama: [-15.45, 28.28], Kabwe: [-14.45, 28.45], Ndola: [-12.97, 28.64], Chipata: [-13.64, 32.65], Malawi: [-13.3, 34.0], Mpulungu: [-8.76, 31.11], Tanzania: [-6.4, 34.9], Tunduma: [-9.3, 32.77], Nakonde: [-9.33, 32.75] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'LA PAZ - Senator Rodrigo Paz won Bolivia\'s presidential run-off on Sunday with 54 percent, the electoral tribunal said, carrying La Paz, Oruro and Potosí in the highlands, while his rival, Jorge Quiroga, won Santa Cruz, Beni and Tarija. Paz took more than 70 percent in El Alto, and his supporters celebrated in the streets of Cochabamba and Sucre. In Beni, Quiroga won the capital, Trinidad, and the river port of Riberalta. Turnout in Cobija, on the Brazilian border, was the lowest in the country.',
		gold: { 'LA PAZ': [-16.5, -68.15], Bolivia: [-16.3, -63.6], 'La Paz': [-16.5, -68.15], Oruro: [-17.97, -67.11], Potosí: [-19.58, -65.75], 'Santa Cruz': [-17.8, -63.18], Beni: [-14.0, -65.5], Tarija: [-21.53, -64.73], 'El Alto': [-16.5, -68.19], Cochabamba: [-17.39, -66.16], Sucre: [-19.04, -65.26], Trinidad: [-14.83, -64.9], Riberalta: [-11.0, -66.07], Cobija: [-11.03, -68.77] },
		notPlaces: ['Rodrigo Paz', 'Paz', 'Jorge Quiroga', 'Quiroga']
	}
];

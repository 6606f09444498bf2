// International and health news written for session 45 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s45` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written in shapes the earlier world batches (s33-s44)
// lack: migration routes with their transit towns in order (the eastern route from Ethiopia through Djibouti to
// Yemen, the Sahara route from Agadez through Dirkou and Sabha to Zuwara), dengue and cholera by barangay, commune
// and district (Iloilo, Cebu, Haiti's communes, Nampula), measles by county (Romania), Nipah by panchayat (Kerala),
// heat by tehsil (Rajasthan), election results by electoral district and constituency (Sri Lanka, India's Lok
// Sabha), UN peacekeeping bases (UNIFIL's positions, MINUSCA's camps), aftershock lists written as "M4.5, 17 km S
// of Amizmiz" (Morocco) and a quake's towns (Noto), Balkan and Baltic towns with two names (Peja/Peć, Bender/
// Tighina, Šalčininkai/Soleczniki, Grodno/Hrodna, Narva and Ivangorod), Brazilian municípios in floods and dengue,
// Nigerian LGAs in security reports (Zamfara, Plateau), Indian districts in floods (Assam), sports abroad (Tour de
// France and Giro stages town to town, a rugby and a cricket squad with clubs and counties in brackets, a cup draw
// with clubs named by their towns, a transfer story listing clubs with no sport word near), travel advisories by
// state and region (Mexico, Cameroon), ports, straits and canals (the Gulf of Oman, the Baltic's shadow fleet),
// pilgrimages and summits in small famous towns (Lourdes, Fátima, Karbala, Bürgenstock, Davos, Cernobbio, Jackson
// Hole, Kananaskis), and namesakes: La Paz (Baja California Sur), Santa Barbara (Iloilo), Guadalupe (Cebu City),
// Rio Grande (the city beside its state), Punjab (India's), Faizabad (Uttar Pradesh), Lakhimpur (Assam's),
// Thiruvallur (Kozhikode's), Cartagena (Spain's), Sale, Bath, Lens, Brest, Kent, Durham, Mora, Kut, Isa, Noto.
// Session 44's leads are written in: a club in brackets after a role word ("The flanker (Bath)"), clubs listed with
// no sport word near (Sassuolo; Molde, Tromsø), pilgrim towns reached by an event with their country unnamed
// (Lourdes, Fátima), Bourgoin-Jallieu.
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Jaffna district") is graded too; a club named by its town is graded as the town, as
// GeoWebNews grades it, and a city named only inside a club's name (Paris Saint-Germain, Real Madrid) is left
// ungraded; a person named like a place (Gandhi, Irani) is no place.
// Half A is for tuning; half B stays held out.
// Before any change (main bd9e122): A 293/301 within 161 km (international 238/243, health 55/58), no name of no
// place mapped, 52 gold names not mapped; B 294/299 (international 237/241, health 57/58), none of no place mapped,
// 60 not mapped. A's wrong: La Paz (the Iloilo City district) as Paraguay's, Shama (the UNIFIL position near Tyre)
// as the Ghanaian town, Sinaloa and Quintana Roo (the states) as towns, Ixtapa (Guerrero's resort) and Lázaro
// Cárdenas (Michoacán's port) as namesakes, Ungheni (Moldova) as the Romanian village, the Prut as a far stretch of
// the river (180 km). Honesty note: the first scoring run printed B's wrong lines too (five); nothing is tuned on them.
// Gold keys fixed after that score (f8ea897: 'Zamfara state', 'Katsina state', 'Sokoto state', 'Plateau state',
// 'Benue state', as the text writes them): before any change A 296/304, B 296/301. End of session 45 (main 1e5bb81):
// A 302/310 (Bath x4 and Sale x2 of the squad list now right: bracketed-clubs.ts), B 296/301 (unchanged). B's wrong:
// Shika (Ishikawa) as the Okinawa town, Lake Como as the Pennsylvania town, North-West (Cameroon) as North West
// England, Thiruvallur (the Kozhikode panchayat) as the Tamil Nadu district, and the Baltic 230 km from the point
// given for the sea (a matter of the point chosen).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S45_A: GenreText[] = [
	{
		genre: 'international',
		text: "DJIBOUTI - At least 45 migrants drowned when two boats capsized off Obock on Wednesday, the International Organization for Migration said. Most were Ethiopians from the Oromia and Amhara regions who had walked for weeks along the eastern route: by bus to Dire Dawa, on foot across the border at Dewele, then through the desert to Obock on the Gulf of Aden, where smugglers crowd them into boats for Yemen. Those who survive the crossing land near Ras al-Ara or Dhubab and walk north through Aden, Marib and Saada to the Saudi border. Others leave from Bosaso, in Somalia's Puntland, and reach the coast of Shabwa. IOM counted 97,000 arrivals in Yemen last year.",
		gold: { DJIBOUTI: [11.59, 43.15], Obock: [11.97, 43.29], Oromia: [7.5, 39.5], Amhara: [11.5, 38.0], 'Dire Dawa': [9.6, 41.87], Dewele: [10.98, 42.63], 'Gulf of Aden': [12.5, 47.5], Yemen: [15.6, 48.0], 'Ras al-Ara': [12.63, 44.0], Dhubab: [12.94, 43.41], Aden: [12.79, 45.03], Marib: [15.46, 45.33], Saada: [16.94, 43.76], Bosaso: [11.28, 49.18], Somalia: [5.15, 46.2], Puntland: [9.0, 49.0], Shabwa: [14.5, 46.8] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ILOILO CITY, Philippines - The city health office declared a dengue outbreak in five barangays after cases rose to 1,204 since January, triple last year's count. Most cases are in the Jaro, Mandurriao and La Paz districts; the barangays of Tabuc Suba, Ungka and Bolilao recorded the most. In Iloilo province, Pototan, Dumangas and Santa Barbara reported clusters, and the district hospital in Passi City has set up a dengue ward. Guimaras and Antique, across the strait and the mountains, also report more cases. The health department's office for Western Visayas urged residents to empty and scrub water containers once a week.",
		gold: { 'ILOILO CITY': [10.72, 122.56], Philippines: [12.9, 121.8], Jaro: [10.73, 122.56], Mandurriao: [10.72, 122.53], 'La Paz': [10.71, 122.57], 'Tabuc Suba': [10.74, 122.56], Ungka: [10.75, 122.54], Bolilao: [10.71, 122.54], 'Iloilo province': [10.95, 122.6], Pototan: [10.94, 122.64], Dumangas: [10.82, 122.71], 'Santa Barbara': [10.82, 122.53], 'Passi City': [11.11, 122.64], Guimaras: [10.6, 122.63], Antique: [11.2, 122.05], 'Western Visayas': [10.8, 122.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "COLOMBO - The National People's Power won 159 of 225 seats in Sri Lanka's parliamentary election, carrying 21 of the 22 electoral districts, including the Tamil-majority Jaffna district for the first time. The alliance took Colombo, Gampaha and Kalutara by wide margins and won three of the six seats in Jaffna. In Batticaloa, the Ilankai Tamil Arasu Kachchi held on, winning three seats. The Vanni district, covering Mannar, Vavuniya and Mullaitivu, split between four parties. Turnout was lowest in Nuwara Eliya and Trincomalee. In Hambantota, the Rajapaksa family's stronghold, the family's party took a single seat.",
		gold: { COLOMBO: [6.93, 79.85], 'Sri Lanka': [7.8, 80.7], 'Jaffna district': [9.7, 80.1], Colombo: [6.93, 79.85], Gampaha: [7.09, 80.0], Kalutara: [6.58, 79.96], Jaffna: [9.66, 80.01], Batticaloa: [7.71, 81.69], 'Vanni district': [8.9, 80.4], Mannar: [8.98, 79.9], Vavuniya: [8.75, 80.5], Mullaitivu: [9.27, 80.81], 'Nuwara Eliya': [6.97, 80.78], Trincomalee: [8.57, 81.23], Hambantota: [6.12, 81.12] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NAQOURA, Lebanon - Two Indonesian peacekeepers were hurt when a tank fired at a watchtower at the UNIFIL headquarters in Naqoura on Thursday, the mission said, a day after Israeli troops entered a position near Labbouneh. UNIFIL's 10,000 troops hold some 50 positions between the Litani river and the Blue Line. Italian troops at Shama and the Irish and Polish battalion near At Tiri reported shelling close to their bases, and Spanish peacekeepers at Marjayoun and Ibl al-Saqi stayed in their shelters for eight hours. Ghanaian troops withdrew from a post near Aitaroun. Italy, Ireland and Indonesia condemned the attacks; Israel said Hezbollah had fired from near the bases at Kfar Kila and Tyre.",
		gold: { NAQOURA: [33.12, 35.14], Lebanon: [33.9, 35.8], Naqoura: [33.12, 35.14], Labbouneh: [33.1, 35.16], 'Litani river': [33.33, 35.3], Shama: [33.16, 35.2], 'At Tiri': [33.14, 35.4], Marjayoun: [33.36, 35.59], 'Ibl al-Saqi': [33.37, 35.62], Aitaroun: [33.12, 35.47], Italy: [42.8, 12.8], Ireland: [53.2, -8.0], Indonesia: [-2.5, 118.0], Israel: [31.4, 35.0], 'Kfar Kila': [33.28, 35.56], Tyre: [33.27, 35.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "RABAT - Aftershocks continued to shake the High Atlas on Monday, three days after the magnitude 6.8 earthquake that killed 2,946 people. The national geophysics institute listed the strongest: M4.9, 11 km SW of Ighil; M4.5, 17 km S of Amizmiz; M4.1, 24 km E of Talat N'Yaaqoub; M3.9, 8 km NW of Adassil. Most of the dead were in Al Haouz province, around Moulay Brahim and Asni, and in Taroudant and Chichaoua provinces. Rescuers from Spain, Qatar, the United Kingdom and the United Arab Emirates were allowed in. In Marrakesh, 70 km to the north-east, cracks opened in the walls of the medina, and tents went up in Ouarzazate.",
		gold: { RABAT: [34.02, -6.84], 'High Atlas': [31.2, -7.5], Ighil: [31.08, -8.4], Amizmiz: [31.21, -8.24], "Talat N'Yaaqoub": [30.99, -8.18], Adassil: [31.1, -8.5], 'Al Haouz province': [31.3, -7.9], 'Moulay Brahim': [31.29, -7.97], Asni: [31.25, -7.98], Taroudant: [30.47, -8.88], Chichaoua: [31.54, -8.76], Spain: [40.2, -3.7], Qatar: [25.3, 51.2], 'United Kingdom': [54.0, -2.0], 'United Arab Emirates': [24.0, 54.0], Marrakesh: [31.63, -8.0], Ouarzazate: [30.92, -6.89] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PRISTINA - Kosovo police closed the Jarinje and Brnjak crossings to Serbia for a second day after masked men blocked the road north of Zvečan (Zveçan). In the Serb-majority north, shops in Leposavić and Zubin Potok stayed shut, and Serbia's government in Belgrade accused Pristina of 'terrorising' Serbs. In the west, in Peja, which Serbs call Peć, and in Gjakova (Đakovica), the cross-border trade that had grown since 2022 came to a halt. The KFOR force sent Italian and Polish units to Mitrovica, where the bridge over the Ibar divides the Albanian south from the Serb north, and to Gračanica, south of the capital.",
		gold: { PRISTINA: [42.66, 21.17], Kosovo: [42.6, 20.9], Jarinje: [43.2, 20.73], Brnjak: [42.9, 20.57], Serbia: [44.0, 20.8], 'Zvečan': [42.91, 20.84], 'Zveçan': [42.91, 20.84], 'Leposavić': [43.1, 20.8], 'Zubin Potok': [42.91, 20.69], Belgrade: [44.82, 20.46], Pristina: [42.66, 21.17], Peja: [42.66, 20.29], 'Peć': [42.66, 20.29], Gjakova: [42.38, 20.43], 'Đakovica': [42.38, 20.43], Mitrovica: [42.89, 20.87], Ibar: [43.0, 20.8], 'Gračanica': [42.6, 21.19] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "JAIPUR - Phalodi in Jodhpur district recorded 50.0C on Saturday, the highest temperature in India this year, as the heatwave over western Rajasthan entered its tenth day. The weather office also logged 49.8C at Barmer and 49.0C at Jaisalmer, and in the Shekhawati region Churu and Pilani passed 48C. District hospitals in Bikaner and Sri Ganganagar reported 31 heatstroke deaths since 15 May, most of them labourers; in Pokaran tehsil, the administration moved school hours to the early morning. Neighbouring Haryana and Punjab issued red alerts, and Delhi's Mungeshpur station recorded 49.9C.",
		gold: { JAIPUR: [26.91, 75.79], Phalodi: [27.13, 72.36], 'Jodhpur district': [26.6, 72.8], India: [22.0, 79.0], Rajasthan: [26.6, 73.8], Barmer: [25.75, 71.39], Jaisalmer: [26.91, 70.91], Shekhawati: [28.0, 75.3], Churu: [28.3, 74.95], Pilani: [28.37, 75.6], Bikaner: [28.02, 73.31], 'Sri Ganganagar': [29.92, 73.88], Pokaran: [26.92, 71.92], Haryana: [29.2, 76.3], Punjab: [30.9, 75.4], Delhi: [28.65, 77.2], Mungeshpur: [28.75, 77.03] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PORTO ALEGRE, Brazil - Floods in Rio Grande do Sul have killed 147 people and driven 580,000 from their homes, the state civil defence said, with 446 of the state's 497 municípios affected. The Guaíba, which rose to 5.3 metres, has covered the centre of Porto Alegre and much of Canoas and Eldorado do Sul, where the whole town was evacuated. Upstream in the Taquari valley, Lajeado, Estrela, Roca Sales and Muçum were flooded for the second time in eight months. In the south, Pelotas and Rio Grande are bracing as the water reaches the Lagoa dos Patos. Salgado Filho airport will stay closed until at least June.",
		gold: { 'PORTO ALEGRE': [-30.03, -51.23], Brazil: [-10.8, -53.0], 'Rio Grande do Sul': [-29.7, -53.3], 'Guaíba': [-30.1, -51.3], 'Porto Alegre': [-30.03, -51.23], Canoas: [-29.92, -51.18], 'Eldorado do Sul': [-30.08, -51.62], Taquari: [-29.4, -51.9], Lajeado: [-29.47, -51.96], Estrela: [-29.5, -51.95], 'Roca Sales': [-29.28, -51.87], 'Muçum': [-29.17, -51.87], Pelotas: [-31.77, -52.34], 'Rio Grande': [-32.04, -52.1], 'Lagoa dos Patos': [-31.0, -51.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GUSAU, Nigeria - Gunmen killed at least 37 villagers in attacks on three communities in Zamfara state's Maru local government area overnight, police said, days after bandits abducted 26 farmers in Tsafe. Residents of Kanoma, in Maru, said the attackers came on motorcycles from the forest that stretches into Katsina state. In Anka and Bukkuyum LGAs, bandits have imposed levies on farming villages, and the road from Gusau to Talata Mafara is travelled only in convoys. The state government said troops had been moved from Kaura Namoda to Dansadau. In neighbouring Sokoto state, Isa and Sabon Birni LGAs reported similar attacks.",
		gold: { GUSAU: [12.17, 6.66], Nigeria: [9.1, 8.7], 'Zamfara state': [12.1, 6.2], Maru: [12.33, 6.4], Tsafe: [11.96, 6.92], Kanoma: [12.08, 6.5], 'Katsina state': [12.3, 7.6], Anka: [12.11, 5.93], Bukkuyum: [12.14, 5.46], Gusau: [12.17, 6.66], 'Talata Mafara': [12.57, 6.07], 'Kaura Namoda': [12.6, 6.59], Dansadau: [11.8, 6.37], 'Sokoto state': [13.0, 5.3], Isa: [13.2, 6.4], 'Sabon Birni': [13.56, 6.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Stage 4 of the Tour de France, 139 km from Pinerolo to Valloire, crosses the Italian border into the Alps over the Col de Montgenèvre and finishes with the descent from the Galibier. The riders leave Pinerolo, near Turin, climb to Sestriere, drop to Cesana Torinese and pass Briançon before the long climb to the Col du Lautaret. On Wednesday the race returns to flatter roads with a stage from Saint-Jean-de-Maurienne to Saint-Vulbas, in the Ain, and on Friday it reaches Burgundy for a time trial from Nuits-Saint-Georges to Gevrey-Chambertin, south of Dijon. Tadej Pogačar leads by five seconds.",
		gold: { Pinerolo: [44.88, 7.33], Valloire: [45.17, 6.43], Alps: [45.5, 7.0], 'Col de Montgenèvre': [44.93, 6.72], Galibier: [45.06, 6.41], Turin: [45.07, 7.69], Sestriere: [44.96, 6.88], 'Cesana Torinese': [44.95, 6.79], 'Briançon': [44.9, 6.64], 'Col du Lautaret': [45.03, 6.4], 'Saint-Jean-de-Maurienne': [45.28, 6.35], 'Saint-Vulbas': [45.83, 5.28], Ain: [46.1, 5.35], Burgundy: [47.2, 4.5], 'Nuits-Saint-Georges': [47.14, 4.95], 'Gevrey-Chambertin': [47.23, 4.97], Dijon: [47.32, 5.04] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "England have named a 36-man squad for the Six Nations, with three uncapped players. Forwards include E Genge (Bristol), F Baxter (Harlequins), J George (Saracens), T Dan (Leicester), W Stuart (Bath), M Itoje (Saracens), O Chessum (Leicester), T Curry (Sale), B Earl (Saracens) and S Underhill (Bath). Backs include A Mitchell (Northampton), M Smith (Harlequins), F Smith (Northampton), F Dingwall (Northampton), O Lawrence (Bath), T Freeman (Northampton) and T Roebuck (Sale). England open against Ireland in Dublin on 1 February, host France at Twickenham, then go to Rome and Cardiff. The flanker (Bath) returns after missing the autumn with a foot injury.",
		gold: { England: [52.5, -1.5], Bristol: [51.45, -2.59], Leicester: [52.63, -1.13], Bath: [51.38, -2.36], Sale: [53.42, -2.32], Northampton: [52.24, -0.9], Ireland: [53.2, -8.0], Dublin: [53.35, -6.26], France: [46.5, 2.5], Twickenham: [51.45, -0.34], Rome: [41.9, 12.5], Cardiff: [51.48, -3.18] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MILAN - Frosinone's 19-year-old striker has become the most watched teenager in Italy: scouts from Juventus, Napoli and Sassuolo were in the stand again on Sunday, and Bologna and Udinese have asked about him. He grew up in Sora, near the Abruzzo border, and joined the academy at 12 after trials at Lecce and Cagliari. His coach said he would stay in Frosinone until June. The club sold its last two young stars to Empoli and Monza.",
		gold: { MILAN: [45.46, 9.19], Frosinone: [41.64, 13.34], Italy: [42.8, 12.8], Napoli: [40.85, 14.27], Sassuolo: [44.55, 10.78], Bologna: [44.49, 11.34], Sora: [41.72, 13.61], Abruzzo: [42.2, 13.8], Lecce: [40.35, 18.17], Cagliari: [39.22, 9.12], Empoli: [43.72, 10.95], Monza: [45.58, 9.27] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Some 40,000 pilgrims from Ireland, Poland and the Philippines were expected in Lourdes this week for the torchlight processions of the Assumption, the sanctuary said, and many will go on by coach to Fátima, 1,100 km away, for the anniversary on 13 August. Tour operators in Manila and Kraków said bookings had passed pre-pandemic levels. Trains from Paris and Bordeaux to Lourdes were full, and the airport at Tarbes added flights from Dublin, Milan and Warsaw. The shrine at Fátima expects a million visitors this year; many also stop at Nazaré and Batalha. Others go on to Santiago de Compostela, 500 km north.",
		gold: { Ireland: [53.2, -8.0], Poland: [52.0, 19.4], Philippines: [12.9, 121.8], Lourdes: [43.09, -0.05], 'Fátima': [39.63, -8.67], Manila: [14.6, 120.98], 'Kraków': [50.06, 19.94], Paris: [48.86, 2.35], Bordeaux: [44.84, -0.58], Tarbes: [43.23, 0.07], Dublin: [53.35, -6.26], Milan: [45.46, 9.19], Warsaw: [52.23, 21.01], 'Nazaré': [39.6, -9.07], Batalha: [39.66, -8.82], 'Santiago de Compostela': [42.88, -8.54] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BÜRGENSTOCK, Switzerland - Leaders and ministers from 92 countries met at a mountain resort above Lake Lucerne for a summit on peace in Ukraine, to which Russia was not invited. China stayed away, and India, Saudi Arabia and South Africa did not sign the final statement. The Swiss hosts flew delegations in by helicopter from Zurich and Lucerne. Kyiv hopes a second summit can be held in a country of the global south. Many of the same leaders meet again this week at the G7 at Borgo Egnazia, in Apulia, and the World Economic Forum returns to Davos in January.",
		gold: { 'BÜRGENSTOCK': [46.99, 8.38], Switzerland: [46.8, 8.2], 'Lake Lucerne': [47.0, 8.45], Ukraine: [49.0, 32.0], Russia: [61.5, 90.0], China: [35.0, 103.0], India: [22.0, 79.0], 'Saudi Arabia': [24.0, 45.0], 'South Africa': [-29.0, 24.0], Zurich: [47.37, 8.54], Lucerne: [47.05, 8.31], Kyiv: [50.45, 30.52], 'Borgo Egnazia': [40.89, 17.39], Apulia: [41.0, 16.5], Davos: [46.8, 9.84] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PORT-AU-PRINCE - Haiti's health ministry reported 412 suspected cholera cases and 11 deaths in the week to 8 March, most in the capital's communes: Cité Soleil, Delmas and Carrefour accounted for two-thirds. Displacement sites in Pétion-Ville and Tabarre, where 60,000 people who fled gang violence live without latrines, are of special concern. Outside the capital, cases rose in Mirebalais and Hinche in the Centre department and in Saint-Marc on the coast. Gonaïves and Les Cayes reported no new cases. A medical charity has reopened its treatment centre in Drouillard, and the Dominican Republic tightened checks at Dajabón and Elías Piña.",
		gold: { 'PORT-AU-PRINCE': [18.54, -72.34], Haiti: [19.0, -72.3], 'Cité Soleil': [18.58, -72.33], Delmas: [18.55, -72.3], Carrefour: [18.54, -72.4], 'Pétion-Ville': [18.51, -72.29], Tabarre: [18.58, -72.27], Mirebalais: [18.83, -72.1], Hinche: [19.15, -72.0], 'Centre department': [19.0, -72.0], 'Saint-Marc': [19.11, -72.7], 'Gonaïves': [19.45, -72.69], 'Les Cayes': [18.19, -73.75], Drouillard: [18.57, -72.32], 'Dominican Republic': [18.8, -70.2], 'Dajabón': [19.55, -71.71], 'Elías Piña': [18.88, -71.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Washington kept its 'do not travel' warning for six Mexican states on Tuesday: Colima, Guerrero, Michoacán, Sinaloa, Tamaulipas and Zacatecas. In Guerrero, travel to Acapulco, Ixtapa and Zihuatanejo is allowed by air only; in Michoacán, only to Morelia and Lázaro Cárdenas, by the main highways. Travellers should 'reconsider travel' to Jalisco, Guanajuato and Sonora, though Puerto Vallarta and Guadalajara are excepted. Quintana Roo, home to Cancún, Tulum and Playa del Carmen, stays at the second level, as do Baja California Sur's Los Cabos and La Paz. Campeche and Yucatán, with Mérida, are at the lowest level, like France and Spain.",
		gold: { Washington: [38.9, -77.04], Colima: [19.1, -103.9], Guerrero: [17.6, -99.9], 'Michoacán': [19.2, -101.9], Sinaloa: [25.0, -107.5], Tamaulipas: [24.3, -98.6], Zacatecas: [23.3, -102.7], Acapulco: [16.86, -99.89], Ixtapa: [17.66, -101.6], Zihuatanejo: [17.64, -101.55], Morelia: [19.7, -101.19], 'Lázaro Cárdenas': [17.96, -102.2], Jalisco: [20.6, -103.6], Guanajuato: [21.0, -101.0], Sonora: [29.3, -110.7], 'Puerto Vallarta': [20.62, -105.23], Guadalajara: [20.67, -103.35], 'Quintana Roo': [19.6, -88.0], 'Cancún': [21.16, -86.85], Tulum: [20.21, -87.46], 'Playa del Carmen': [20.63, -87.08], 'Baja California Sur': [26.0, -111.7], 'Los Cabos': [22.9, -109.9], 'La Paz': [24.14, -110.31], Campeche: [19.0, -90.4], 'Yucatán': [20.7, -89.0], 'Mérida': [20.97, -89.62], France: [46.5, 2.5], Spain: [40.2, -3.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DUBAI - Container lines have begun sending more ships to Khor Fakkan and Fujairah, on the Gulf of Oman, rather than through the Strait of Hormuz to Jebel Ali, after two tankers were seized off Bandar Abbas this month. One line said it would add calls at Salalah, in Oman, and at Sohar, and carry cargo on to Dubai by road. Insurers raised war-risk premiums for the strait and for the Bab el-Mandeb, where Houthi attacks have sent most ships round the Cape of Good Hope since December. Traffic through the Suez Canal is down by two-thirds, Egypt said; at Port Said, cranes stand idle, and Berbera and Djibouti are competing for the transhipment trade.",
		gold: { DUBAI: [25.2, 55.27], 'Khor Fakkan': [25.34, 56.35], Fujairah: [25.12, 56.33], 'Gulf of Oman': [24.5, 58.5], 'Strait of Hormuz': [26.57, 56.25], 'Jebel Ali': [25.0, 55.06], 'Bandar Abbas': [27.18, 56.27], Salalah: [17.02, 54.09], Oman: [21.0, 57.0], Sohar: [24.35, 56.71], Dubai: [25.2, 55.27], 'Bab el-Mandeb': [12.58, 43.33], 'Cape of Good Hope': [-34.36, 18.47], 'Suez Canal': [30.5, 32.35], Egypt: [26.8, 30.8], 'Port Said': [31.26, 32.3], Berbera: [10.44, 45.01], Djibouti: [11.59, 43.15] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BUCHAREST - Romania has recorded 27,000 measles cases and 23 deaths since the epidemic was declared, the National Institute of Public Health said, with Bucharest, Mureș and Suceava the worst hit. In Mureș county, most cases are in and around Târgu Mureș and Reghin; in Suceava, in Rădăuți and the villages near the Ukrainian border. Cluj, Iași and Timiș counties report fewer cases but rising numbers of infants. Cover for the first dose is 62 percent nationally and under 50 percent in Giurgiu and Vaslui. Moldova, across the Prut, reported its first cluster, in Ungheni, and Hungary urged travellers to Transylvania to check their vaccinations.",
		gold: { BUCHAREST: [44.43, 26.1], Romania: [45.9, 24.9], Bucharest: [44.43, 26.1], 'Mureș': [46.55, 24.67], 'Mureș county': [46.55, 24.67], Suceava: [47.6, 25.9], 'Târgu Mureș': [46.54, 24.56], Reghin: [46.78, 24.71], 'Rădăuți': [47.84, 25.92], Cluj: [46.77, 23.6], 'Iași': [47.16, 27.59], 'Timiș': [45.8, 21.3], Giurgiu: [44.1, 25.9], Vaslui: [46.64, 27.73], Moldova: [47.2, 28.5], Prut: [47.0, 28.0], Ungheni: [47.21, 27.8], Hungary: [47.1, 19.5], Transylvania: [46.5, 24.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "The draw for the last 16 of the Coupe de France on Sunday paired Lens with Rennes and sent Paris Saint-Germain to Le Mans, who play in the third tier. Nantes, the holders, travel to Dunkerque, and Brest host Lorient in a Breton derby. Two amateur sides are still in the cup: Bourgoin-Jallieu, who beat Auxerre on penalties, drew Strasbourg, and Espaly, from just outside Le Puy-en-Velay, will play Montpellier. Ties are on 4 and 5 February; the final is at the Stade de France in Saint-Denis on 25 May.",
		gold: { Lens: [50.43, 2.83], Rennes: [48.11, -1.68], 'Le Mans': [48.0, 0.2], Nantes: [47.22, -1.55], Dunkerque: [51.03, 2.38], Brest: [48.39, -4.49], Lorient: [47.75, -3.37], 'Bourgoin-Jallieu': [45.59, 5.27], Auxerre: [47.8, 3.57], Strasbourg: [48.58, 7.75], Espaly: [45.05, 3.86], 'Le Puy-en-Velay': [45.04, 3.88], Montpellier: [43.61, 3.88], 'Saint-Denis': [48.94, 2.36] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NARVA, Estonia - Estonia will close the Narva crossing to cars from Thursday, leaving pedestrians as the only traffic across the bridge to Ivangorod, the Russian town on the other bank of the Narva river. The Koidula and Luhamaa crossings, in the south-east near Värska and the Latvian border, will stay open for trucks. In Narva, where nine in ten residents speak Russian, many cross to Ivangorod, Kingisepp and St Petersburg for cheaper medicines. Latvia closed its Terehova and Grebņeva crossings to trucks last year, and Lithuania keeps only Medininkai and one other of its six crossings with Belarus open. Finland has shut its whole border with Russia.",
		gold: { NARVA: [59.38, 28.18], Estonia: [58.6, 25.0], Narva: [59.38, 28.18], Ivangorod: [59.37, 28.22], 'Narva river': [59.3, 28.1], Koidula: [57.85, 27.6], Luhamaa: [57.59, 27.37], 'Värska': [57.96, 27.64], Kingisepp: [59.37, 28.6], 'St Petersburg': [59.94, 30.31], Latvia: [56.9, 24.6], Terehova: [56.27, 28.13], 'Grebņeva': [56.98, 27.98], Lithuania: [55.3, 23.9], Medininkai: [54.54, 25.65], Belarus: [53.7, 28.0], Finland: [64.0, 26.0], Russia: [61.5, 90.0] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S45_B: GenreText[] = [
	{
		genre: 'international',
		text: "AGADEZ, Niger - Since the military government repealed the law against people smuggling, pickup trucks again leave Agadez each Monday for the desert, carrying migrants from Senegal, Mali and Guinea north through Dirkou, Séguédine and Madama to the Libyan border post at Tummo, aid workers say. From Al Qatrun they are taken to Sabha, the main market of the trade, and on to Bani Walid and the coast at Zuwara and Sabratha. Boats leaving there head for Lampedusa, 300 km away; others sail from Sfax in Tunisia. The Italian coastguard took 1,200 people to Pozzallo and Porto Empedocle over the weekend.",
		gold: { AGADEZ: [16.97, 7.99], Niger: [17.6, 8.0], Agadez: [16.97, 7.99], Senegal: [14.5, -14.5], Mali: [17.0, -4.0], Guinea: [10.4, -10.9], Dirkou: [18.99, 12.89], 'Séguédine': [20.19, 12.98], Madama: [21.96, 13.65], Tummo: [22.8, 14.15], 'Al Qatrun': [24.93, 14.64], Sabha: [27.04, 14.43], 'Bani Walid': [31.76, 13.99], Zuwara: [32.93, 12.08], Sabratha: [32.79, 12.49], Lampedusa: [35.5, 12.6], Sfax: [34.74, 10.76], Tunisia: [34.0, 9.5], Pozzallo: [36.73, 14.85], 'Porto Empedocle': [37.29, 13.53] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "MAPUTO - Mozambique has recorded 4,280 cholera cases in the current season, with Nampula province accounting for more than half, the health ministry said. In Nampula, cases are concentrated in Nampula city, Meconta, Monapo and on Ilha de Moçambique, where the island's crowded bairros have seen 14 deaths. In Cabo Delgado, outbreaks in Chiúre and Mecúfi followed the movement of families fleeing attacks further north, near Macomia. Pemba's provincial hospital has opened a treatment centre. Tete and Niassa provinces report sporadic cases in Cahora Bassa and Lichinga districts. Malawi, which shares the shore of Lake Niassa, reported cases in Mangochi.",
		gold: { MAPUTO: [-25.97, 32.57], Mozambique: [-18.3, 35.0], 'Nampula province': [-15.1, 39.3], Nampula: [-15.12, 39.27], 'Nampula city': [-15.12, 39.27], Meconta: [-15.0, 39.85], Monapo: [-14.93, 40.3], 'Ilha de Moçambique': [-15.03, 40.73], 'Cabo Delgado': [-12.3, 39.4], 'Chiúre': [-13.4, 39.95], 'Mecúfi': [-13.28, 40.56], Macomia: [-12.25, 40.12], Pemba: [-12.97, 40.52], Tete: [-15.6, 32.9], Niassa: [-13.0, 36.0], 'Cahora Bassa': [-15.6, 32.75], Lichinga: [-13.31, 35.24], Malawi: [-13.5, 34.0], 'Lake Niassa': [-12.0, 34.6], Mangochi: [-14.48, 35.26] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NEW DELHI - Narendra Modi held Varanasi by 152,000 votes, far fewer than in 2019, as his party lost its majority in the Lok Sabha. In Uttar Pradesh, the party lost Faizabad, the seat that includes Ayodhya, and Amethi, where Smriti Irani was beaten. Rahul Gandhi won both Rae Bareli and Wayanad, in Kerala, and must give one up. In Thiruvananthapuram, Shashi Tharoor held off the ruling party's challenger. In Maharashtra, Supriya Sule kept Baramati, and in West Bengal, Abhishek Banerjee won Diamond Harbour by 710,000 votes. The ruling party won all 29 seats in Madhya Pradesh, including Chhindwara.",
		gold: { 'NEW DELHI': [28.61, 77.21], Varanasi: [25.32, 82.99], 'Uttar Pradesh': [27.0, 80.9], Faizabad: [26.77, 82.14], Ayodhya: [26.8, 82.2], Amethi: [26.15, 81.81], 'Rae Bareli': [26.23, 81.23], Wayanad: [11.7, 76.1], Kerala: [10.5, 76.3], Thiruvananthapuram: [8.52, 76.94], Maharashtra: [19.5, 75.7], Baramati: [18.15, 74.58], 'West Bengal': [23.0, 87.8], 'Diamond Harbour': [22.19, 88.19], 'Madhya Pradesh': [23.5, 78.5], Chhindwara: [22.06, 78.94] },
		notPlaces: ['Smriti Irani', 'Irani', 'Rahul Gandhi', 'Gandhi']
	},
	{
		genre: 'international',
		text: "BANGUI - A Moroccan peacekeeper was killed and two wounded when their convoy was ambushed between Bangassou and Rafaï, in the south-east of the Central African Republic, the UN mission said. The mission has bases in 14 towns outside the capital, from Paoua and Bocaranga in the north-west to Birao near the Sudanese border, and has reinforced its camps at Bria and Ndélé since fighting spread from Sudan. Government troops and Azande Ani Kpi Gbe fighters have clashed around Zemio and Mboki, near the border with South Sudan, and 30,000 people have fled to Obo and across the river to the Democratic Republic of the Congo.",
		gold: { BANGUI: [4.36, 18.56], Bangassou: [4.74, 22.82], 'Rafaï': [4.96, 23.93], 'Central African Republic': [6.6, 20.9], Paoua: [7.24, 16.44], Bocaranga: [7.0, 15.64], Birao: [10.28, 22.79], Bria: [6.54, 21.99], 'Ndélé': [8.41, 20.65], Sudan: [15.5, 30.0], Zemio: [5.03, 25.14], Mboki: [5.32, 25.95], 'South Sudan': [7.0, 30.0], Obo: [5.4, 26.49], 'Democratic Republic of the Congo': [-2.9, 23.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TOKYO - More than 1,500 aftershocks have followed the magnitude 7.5 earthquake on the Noto peninsula, the weather agency said, including a 5.6 on Tuesday centred 10 km off Suzu and a 4.9 near Anamizu. The death toll rose to 232, most of them in Wajima and Suzu, where the morning market district of Wajima burned down. Roads to Noto and Anamizu have partly reopened, but the highway north of Anamizu stays closed. Evacuees have been moved to hotels in Kanazawa and in Kaga's hot-spring towns. In Niigata prefecture, liquefaction damaged 2,000 houses in the western wards of Niigata city; Toyama and Takaoka reported cracked roads. The nuclear plant at Shika reported no abnormalities.",
		gold: { TOKYO: [35.68, 139.69], 'Noto peninsula': [37.2, 136.9], Suzu: [37.44, 137.26], Anamizu: [37.23, 136.91], Wajima: [37.39, 136.9], Noto: [37.31, 137.15], Kanazawa: [36.56, 136.66], Kaga: [36.3, 136.31], 'Niigata prefecture': [37.6, 138.9], 'Niigata city': [37.92, 139.04], Toyama: [36.7, 137.21], Takaoka: [36.75, 137.02], Shika: [37.02, 136.78] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CHIȘINĂU - Moldova's government said gas supplies to the breakaway Transnistria region ran out on Wednesday after Russian gas stopped flowing through Ukraine, leaving homes in Tiraspol, Bender (Tighina to Moldovans) and Rîbnița without heating. The power station on the Cuciurgan reservoir, near the Ukrainian border, switched to coal, and factories in Dubăsari were shut. On the right bank, Chișinău offered to send gas from Romania if Tiraspol paid for it. In Comrat, the capital of Gagauzia, the governor called for direct talks with Moscow. EU ambassadors visited Căușeni and Anenii Noi, government-held towns close to the line.",
		gold: { 'CHIȘINĂU': [47.01, 28.86], Moldova: [47.2, 28.5], Transnistria: [47.2, 29.4], Ukraine: [49.0, 32.0], Tiraspol: [46.84, 29.63], Bender: [46.83, 29.48], Tighina: [46.83, 29.48], 'Rîbnița': [47.77, 29.0], Cuciurgan: [46.7, 29.9], 'Dubăsari': [47.27, 29.12], 'Chișinău': [47.01, 28.86], Romania: [45.9, 24.9], Comrat: [46.3, 28.66], Gagauzia: [46.3, 28.7], Moscow: [55.76, 37.62], 'Căușeni': [46.64, 29.41], 'Anenii Noi': [46.88, 29.23] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GUWAHATI - Floods have hit 2.1 million people in 29 of Assam's 35 districts, the state disaster management authority said on Sunday, with the Brahmaputra above the danger mark at Neamatighat, Tezpur and Dhubri. The worst-hit districts are Dhubri, Darrang, Cachar and Barpeta; in Lakhimpur and Dhemaji, embankments on the Subansiri and the Jiadhal gave way. Majuli, the river island, is cut off except by ferry from Jorhat. In Kaziranga National Park, 114 animals have drowned, among them 10 rhinos, and others have fled to the Karbi Anglong hills. In Silchar, the Barak passed its highest recorded level.",
		gold: { GUWAHATI: [26.14, 91.74], Assam: [26.2, 92.9], Brahmaputra: [26.5, 92.5], Neamatighat: [26.82, 94.24], Tezpur: [26.63, 92.8], Dhubri: [26.02, 89.98], Darrang: [26.45, 92.03], Cachar: [24.8, 92.85], Barpeta: [26.32, 91.0], Lakhimpur: [27.24, 94.1], Dhemaji: [27.48, 94.58], Subansiri: [27.0, 94.1], Jiadhal: [27.4, 94.6], Majuli: [26.95, 94.17], Jorhat: [26.75, 94.2], 'Kaziranga National Park': [26.6, 93.4], 'Karbi Anglong': [26.0, 93.4], Silchar: [24.83, 92.78], Barak: [24.85, 92.8] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "SÃO PAULO - Brazil passed 4 million probable dengue cases this year, a record, with 1,934 deaths, the health ministry said. Minas Gerais leads with 1.5 million cases; in Belo Horizonte, Contagem and Betim, field hospitals have been set up, and Uberlândia and Montes Claros declared emergencies. In São Paulo state, Ribeirão Preto, São José do Rio Preto and Campinas report the highest rates, and the capital's east zone is worst hit. The Federal District, around Brasília, and Paraná, where Londrina and Maringá lie, follow. The ministry is sending vaccines to 521 municípios, starting with children aged 10 to 14 in Goiás and Santa Catarina.",
		gold: { 'SÃO PAULO': [-23.55, -46.63], Brazil: [-10.8, -53.0], 'Minas Gerais': [-18.5, -44.5], 'Belo Horizonte': [-19.92, -43.94], Contagem: [-19.93, -44.05], Betim: [-19.97, -44.2], 'Uberlândia': [-18.92, -48.28], 'Montes Claros': [-16.73, -43.86], 'São Paulo state': [-22.0, -48.5], 'Ribeirão Preto': [-21.18, -47.81], 'São José do Rio Preto': [-20.82, -49.38], Campinas: [-22.91, -47.06], 'Federal District': [-15.8, -47.8], 'Brasília': [-15.79, -47.88], 'Paraná': [-24.6, -51.6], Londrina: [-23.31, -51.16], 'Maringá': [-23.42, -51.94], 'Goiás': [-15.9, -49.9], 'Santa Catarina': [-27.3, -50.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JOS, Nigeria - Gunmen attacked 17 villages in Plateau state's Bokkos and Barkin Ladi local government areas on Christmas Eve, killing at least 160 people, officials said. Survivors said the attackers arrived after dark and burned houses until dawn. In Mangu, where clashes in May displaced 10,000 people, a curfew has been reimposed, and the road from Jos to Bokkos is patrolled by troops. Riyom and Bassa LGAs, closer to the state capital, were spared this time. In Benue state, to the south, herders and farmers have clashed around Makurdi and in Agatu.",
		gold: { JOS: [9.9, 8.86], Nigeria: [9.1, 8.7], 'Plateau state': [9.2, 9.5], Bokkos: [9.3, 9.0], 'Barkin Ladi': [9.53, 8.9], Mangu: [9.52, 9.1], Jos: [9.9, 8.86], Riyom: [9.63, 8.76], Bassa: [9.93, 8.73], 'Benue state': [7.35, 8.75], Makurdi: [7.73, 8.54], Agatu: [7.85, 7.88] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "The Giro d'Italia resumes on Tuesday after the rest day in Campania with a stage from Pompei to a summit finish at Cusano Mutri, in the Matese hills north of Benevento. Wednesday's 207 km from Foiano della Chiana, near Arezzo, crosses the Apennines to Francavilla al Mare on the Adriatic, and Thursday's stage runs from Martinsicuro up the coast to Fano. The race then turns north through Riccione and Imola to Cento, before the mountains: the Stelvio, Livigno and the Mortirolo.",
		gold: { Campania: [40.9, 14.8], Pompei: [40.75, 14.5], 'Cusano Mutri': [41.34, 14.51], Matese: [41.4, 14.4], Benevento: [41.13, 14.78], 'Foiano della Chiana': [43.25, 11.82], Arezzo: [43.46, 11.88], Apennines: [43.0, 13.0], 'Francavilla al Mare': [42.42, 14.29], Adriatic: [43.0, 15.0], Martinsicuro: [42.88, 13.92], Fano: [43.84, 13.02], Riccione: [44.0, 12.65], Imola: [44.35, 11.71], Cento: [44.73, 11.29], Stelvio: [46.53, 10.45], Livigno: [46.54, 10.14], Mortirolo: [46.25, 10.3] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "England have named a 17-man squad for the three-Test tour of Pakistan in October: B Stokes (Durham, captain), H Brook (Yorkshire), Z Crawley (Kent), B Duckett (Nottinghamshire), J Root (Yorkshire), O Pope (Surrey), J Smith (Surrey), J Bethell (Warwickshire), B Carse (Durham), G Atkinson (Surrey), J Leach (Somerset), S Bashir (Somerset), M Potts (Durham), O Stone (Nottinghamshire), R Ahmed (Leicestershire), J Hull (Leicestershire) and C Woakes (Warwickshire). The first two Tests are in Multan and the third in Rawalpindi. The squad flies from London to Lahore by way of Dubai and will train for a week in Abu Dhabi.",
		gold: { England: [52.5, -1.5], Pakistan: [30.0, 70.0], Durham: [54.7, -1.7], Yorkshire: [53.9, -1.3], Kent: [51.2, 0.7], Nottinghamshire: [53.1, -1.0], Surrey: [51.3, -0.4], Warwickshire: [52.3, -1.6], Somerset: [51.1, -3.0], Leicestershire: [52.7, -1.1], Multan: [30.2, 71.47], Rawalpindi: [33.6, 73.05], London: [51.51, -0.13], Lahore: [31.55, 74.34], Dubai: [25.2, 55.27], 'Abu Dhabi': [24.47, 54.37] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "OSLO - Molde, Tromsø and Lillestrøm have all asked about the 20-year-old midfielder, whose contract at Haugesund runs out in December, his agent said. He was born in Kristiansand, grew up in Stavanger and moved north at 16, after Bodø/Glimt passed on him. Sarpsborg, Odd and Kristiansund also watched him this autumn. Abroad, he has drawn interest from Midtjylland in Denmark and from Hammarby in Stockholm; his agent said a move to Germany or the Netherlands could come later.",
		gold: { OSLO: [59.91, 10.75], Molde: [62.74, 7.16], 'Tromsø': [69.65, 18.96], 'Lillestrøm': [59.96, 11.05], Haugesund: [59.41, 5.27], Kristiansand: [58.15, 7.99], Stavanger: [58.97, 5.73], Sarpsborg: [59.28, 11.11], Kristiansund: [63.11, 7.73], Denmark: [56.0, 10.0], Stockholm: [59.33, 18.07], Germany: [51.2, 10.4], Netherlands: [52.2, 5.5] },
		notPlaces: ['Odd']
	},
	{
		genre: 'international',
		text: "KARBALA, Iraq - Some 21 million pilgrims reached Karbala for Arbaeen on Sunday, officials said, many after walking the 80 km from Najaf over three days along a road lined with tents offering free food. About 3.5 million came from abroad, most from Iran through the Mehran, Shalamcheh and Zurbatiyah crossings, and others by air to Najaf and Baghdad from Pakistan, Lebanon, Bahrain and Azerbaijan. Pilgrims from Basra walked up to 500 km along the highway through Nasiriyah and Diwaniyah. Iran's Red Crescent set up clinics at Kut and Hillah. The city's two great shrines were packed until dawn.",
		gold: { KARBALA: [32.62, 44.02], Iraq: [33.0, 43.7], Karbala: [32.62, 44.02], Najaf: [32.0, 44.33], Iran: [32.0, 53.0], Mehran: [33.12, 46.16], Shalamcheh: [30.5, 47.93], Zurbatiyah: [33.15, 46.04], Baghdad: [33.31, 44.37], Pakistan: [30.0, 70.0], Lebanon: [33.9, 35.8], Bahrain: [26.0, 50.55], Azerbaijan: [40.3, 47.7], Basra: [30.5, 47.81], Nasiriyah: [31.05, 46.26], Diwaniyah: [31.99, 44.93], Kut: [32.5, 45.83], Hillah: [32.48, 44.42] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CERNOBBIO, Italy - Italy's finance minister told bankers gathered on the shore of Lake Como on Saturday that the budget would stay within the EU's rules. The forum, held each September at a villa in Cernobbio, is one of a circuit of meetings in small famous towns: Davos in January, the ideas festival at Aspen, Colorado, in June, and the central bankers' symposium at Jackson Hole, Wyoming, in August. Next year's G7 summit will be held at Kananaskis, in the Rocky Mountains west of Calgary, and the French presidency plans its own at Évian-les-Bains, on Lake Geneva, in 2026.",
		gold: { CERNOBBIO: [45.84, 9.07], Italy: [42.8, 12.8], 'Lake Como': [46.0, 9.27], Cernobbio: [45.84, 9.07], Davos: [46.8, 9.84], Aspen: [39.19, -106.82], Colorado: [39.0, -105.5], 'Jackson Hole': [43.48, -110.76], Wyoming: [43.0, -107.5], Kananaskis: [50.9, -115.1], 'Rocky Mountains': [50.5, -115.5], Calgary: [51.05, -114.07], 'Évian-les-Bains': [46.4, 6.59], 'Lake Geneva': [46.45, 6.55] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "CEBU CITY - The provincial health office said dengue cases rose to 5,870 this year, with 28 deaths, and placed four towns on alert: Minglanilla, Consolacion, Carcar and Toledo City. In Cebu City, the barangays of Guadalupe, Lahug and Talamban account for a fifth of the city's cases, and the main public hospital has set up tents. Lapu-Lapu City on Mactan island and Mandaue reported fewer cases than in 2022. Bohol and Negros Oriental, across the strait, report outbreaks in Tagbilaran and Dumaguete. The department's office for Central Visayas warned that the rainy season would peak in August.",
		gold: { 'CEBU CITY': [10.32, 123.89], Minglanilla: [10.24, 123.8], Consolacion: [10.38, 123.96], Carcar: [10.1, 123.64], 'Toledo City': [10.38, 123.64], 'Cebu City': [10.32, 123.89], Guadalupe: [10.32, 123.88], Lahug: [10.33, 123.9], Talamban: [10.37, 123.91], 'Lapu-Lapu City': [10.31, 123.95], Mactan: [10.3, 124.0], Mandaue: [10.33, 123.93], Bohol: [9.85, 124.2], 'Negros Oriental': [9.6, 123.0], Tagbilaran: [9.65, 123.85], Dumaguete: [9.31, 123.31], 'Central Visayas': [10.0, 123.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "The Foreign Office advises against all travel to Cameroon's Far North region, to the North-West and South-West regions, and to within 40 km of the border with the Central African Republic. Separatist fighters have attacked travellers on the roads out of Bamenda and Kumba, and kidnappings have been reported near Buea and Limbe. In the Far North, jihadist groups operate around Mora, Kolofata and Kousseri; the regional capital, Maroua, is advised against except for essential travel. Yaoundé, Douala and Kribi are at the normal level, and flights from Paris and Brussels land in Douala daily.",
		gold: { Cameroon: [5.7, 12.7], 'Far North region': [11.0, 14.5], 'Far North': [11.0, 14.5], 'North-West': [6.2, 10.3], 'South-West': [5.2, 9.3], 'Central African Republic': [6.6, 20.9], Bamenda: [5.96, 10.15], Kumba: [4.64, 9.45], Buea: [4.16, 9.24], Limbe: [4.02, 9.2], Mora: [11.05, 14.14], Kolofata: [11.17, 14.0], Kousseri: [12.08, 15.03], Maroua: [10.59, 14.32], 'Yaoundé': [3.87, 11.52], Douala: [4.05, 9.7], Kribi: [2.94, 9.91], Paris: [48.86, 2.35], Brussels: [50.85, 4.35] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GDAŃSK, Poland - Russia's oil exports through the Baltic rose to a record 1.7 million barrels a day in March, shipping data show, most of it loaded at Primorsk and Ust-Luga on the Gulf of Finland and carried by ageing tankers through the Danish straits. Denmark said it would inspect tankers anchoring off Skagen and in the Great Belt, and Sweden boarded one near Gotland. Estonia's navy escorted a tanker out of its waters near Vaindloo after it tried to pass without a flag. Gdańsk and Lithuania's Klaipėda have taken more non-Russian crude since 2022 for the refineries at Płock and Mažeikiai, and Latvia's Ventspils has stopped Russian trade. Germany's navy is patrolling off Kiel and Rostock.",
		gold: { 'GDAŃSK': [54.35, 18.65], Poland: [52.0, 19.4], Russia: [61.5, 90.0], Baltic: [56.0, 19.0], Primorsk: [60.36, 28.61], 'Ust-Luga': [59.68, 28.4], 'Gulf of Finland': [59.8, 26.0], Denmark: [56.0, 10.0], Skagen: [57.72, 10.58], 'Great Belt': [55.4, 10.95], Sweden: [62.0, 15.0], Gotland: [57.5, 18.55], Estonia: [58.6, 25.0], Vaindloo: [59.82, 26.36], 'Gdańsk': [54.35, 18.65], Lithuania: [55.3, 23.9], 'Klaipėda': [55.71, 21.13], 'Płock': [52.55, 19.7], 'Mažeikiai': [56.31, 22.34], Latvia: [56.9, 24.6], Ventspils: [57.39, 21.56], Germany: [51.2, 10.4], Kiel: [54.32, 10.13], Rostock: [54.09, 12.1] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "KOZHIKODE, India - Kerala confirmed a sixth Nipah case on Friday, a 24-year-old health worker at a private hospital in Kozhikode city, and declared containment zones in panchayats of Kozhikode district including Atholi, Maruthonkara, Thiruvallur, Kuttiady, Villiappally and Ayanchery. Schools and offices there are closed for a week. A team from the national virology institute in Pune has set up a mobile laboratory at the medical college. Contacts of the cases have been traced in Malappuram, Wayanad and Kannur districts, and neighbouring Karnataka has stepped up checks at the Bavali and Muthanga border posts.",
		gold: { KOZHIKODE: [11.25, 75.78], India: [22.0, 79.0], Kerala: [10.5, 76.3], 'Kozhikode city': [11.25, 75.78], 'Kozhikode district': [11.45, 75.85], Atholi: [11.4, 75.74], Maruthonkara: [11.64, 75.8], Thiruvallur: [11.64, 75.66], Kuttiady: [11.65, 75.76], Villiappally: [11.63, 75.64], Ayanchery: [11.64, 75.7], Pune: [18.52, 73.86], Malappuram: [11.05, 76.07], Wayanad: [11.7, 76.1], Kannur: [11.87, 75.37], Karnataka: [15.0, 76.0], Bavali: [11.87, 76.03], Muthanga: [11.67, 76.38] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "The draw for the last 32 of the Copa del Rey on Monday sent Barcelona to Barbastro and Atlético Madrid to Marbella, while Real Madrid travel to Minera, the club of Llano del Beal, a mining village near Cartagena. Getafe host Leganés in a derby of two suburbs south of Madrid; Pontevedra, from the fourth tier, face Villarreal, and Ourense host Valencia. Eibar, from the Basque hills, play Osasuna. Ties are played between 3 and 5 January.",
		gold: { Barcelona: [41.39, 2.17], Barbastro: [42.04, 0.13], Marbella: [36.51, -4.88], 'Llano del Beal': [37.61, -0.83], Cartagena: [37.6, -0.98], Getafe: [40.31, -3.73], 'Leganés': [40.33, -3.76], Madrid: [40.42, -3.7], Pontevedra: [42.43, -8.64], Villarreal: [39.94, -0.1], Ourense: [42.34, -7.86], Valencia: [39.47, -0.38], Eibar: [43.18, -2.47] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "VILNIUS - Lithuania's parliament voted on Thursday to allow Polish spellings of street and place names on signs in districts where Poles are more than a third of residents, ending a 30-year dispute. Signs in Šalčininkai district will now read Šalčininkai and Soleczniki, and in Vilnius district, which surrounds the capital but does not include it, towns such as Nemenčinė (Niemenczyn) and Maišiagala (Mejszagoła) will get both names. In Warsaw, the government welcomed the vote. Across the border in Belarus, the authorities in Grodno, which Belarusians write Hrodna, have closed the last Polish school. Poland's north-east, around Suwałki and Sejny, has a Lithuanian minority with similar rights.",
		gold: { VILNIUS: [54.69, 25.28], Lithuania: [55.3, 23.9], 'Šalčininkai district': [54.3, 25.4], 'Šalčininkai': [54.31, 25.38], Soleczniki: [54.31, 25.38], 'Vilnius district': [54.75, 25.3], 'Nemenčinė': [54.85, 25.48], Niemenczyn: [54.85, 25.48], 'Maišiagala': [54.87, 25.07], 'Mejszagoła': [54.87, 25.07], Warsaw: [52.23, 21.01], Belarus: [53.7, 28.0], Grodno: [53.68, 23.83], Hrodna: [53.68, 23.83], Poland: [52.0, 19.4], 'Suwałki': [54.1, 22.93], Sejny: [54.11, 23.35] },
		notPlaces: []
	}
];

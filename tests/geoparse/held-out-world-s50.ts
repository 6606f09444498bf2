// International and health news written for session 50 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s50` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written in shapes the earlier world batches (s33-s49)
// lack, each shape once in A and once in B: dengue by province and town (Vietnam's Mekong delta; Western Visayas),
// polio by Afghan province and district (Kandahar and Helmand; Nangarhar, Kunar and the Torkham returnees), mpox in
// Central Africa (Lobaye and Bangui; the Congo's Likouala and Sangha), heat by governorate and province (southern
// Iraq's Basra and Dhi Qar; Iran's Khuzestan), migration routes (the central Mediterranean from Sfax and Zuwara to
// Lampedusa; the Atlantic route from Nouadhibou and Mbour to El Hierro; the Balkans from Bihać's Lipa camp to Horgoš;
// the Darién's reception stations), regional elections (Central Java's regencies; Nigeria's Edo by LGA; Luzon's
// provinces; Mexico's governorships), quakes and volcanoes (Malatya's aftershock; Cianjur's Cugenang; Ruang and Ibu;
// Sangay and Ubinas), wildfires (Victoria's Grampians; Viña del Mar's hills), straits and canals (Suez with Ismailia
// and Ain Sokhna; the Singapore Strait; Hormuz with Khor Fakkan, Khasab and Jask; Gibraltar with Ceuta and Tanger Med),
// datelines far from the places (Geneva on Guinea's Siguiri; Washington on Peru's San Martín), lists of state capitals
// (Mexico's; India's), bird flu and Nipah by province and village (Cambodia's Takeo; Kerala's Malappuram), chikungunya
// and cholera by district (Sri Lanka's Western Province; Malawi's south), floods (Derna's neighbours; Mai Mahiu), the
// Sahel (Mali's Kidal region; Niger's Tillabéri), the Levant (the northern West Bank's camps; the Bekaa), Kashmir
// (Pahalgam's valley; Poonch and Uri), the Horn and Sudd (Somaliland's Sool; Upper Nile and Unity), measles and West
// Nile by county and regional unit (Romania's Moldavia; Greece's Thessaly and Central Macedonia), storms by district
// (Yagi in Lao Cai; Remal in Khulna's coast), peoples and armed groups named like places (Kokang, Ta'ang; Kuki,
// Meitei) and kidney disease in farm belts (Chichigalpa; Uddanam). Officials, parties and families named like places
// are no place (Efraín Morales; Morena, the Marcos family; Bharat Kumar Sharma).
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Takeo province") is graded too; rivers, canals, highways and camps' sections are left
// ungraded; a disease, a people or a person named like a place is no place. Continents, seas and countries carry
// the writer's points (continents the gazetteer's); countries are right within 800 km.
// Half A is for tuning; half B stays held out.
// Before any change (main d673fc5): A 245/246 within 161 km (international 165/166, health 80/80), 0 names of no
// place mapped, 43 gold names not mapped; B 259/264 (international 175/180, health 84/84), 3 names of no place mapped,
// 53 not mapped. A's wrong: Susa (Libya's coastal town; the gazetteer lacks it) as Shusha, Azerbaijan.
// (The first scoring printed B's wrong lines too; nothing was tuned on them.)
// End of session 50 (main a527cdb): A 245/246 (unchanged: no rule of the session moved an A mention; the session's
// fixes came from session 48-49 leads: Belém and Campo Grande as quarters of a SÃO PAULO dateline, 8394166; Naga of
// "the Mizo and Naga peoples", 195a09f/a527cdb; Malle as Malé, 38b8f06; Florida among countries, dd573a2);
// B 259/264 (international 175/180, health 84/84; unchanged, scored once at the end), 3 names of no place mapped.
// B's wrong: Lipa (the camp by Bihać; the gazetteer lacks it) as Lipa City, Philippines; San Vicente (the Darién
// reception station) as a Panamanian namesake 192 km off; Sangay (the volcano; the gazetteer lacks it) as Shanghai
// by an alternate name; Pacet (Cianjur's; the gazetteer lacks it) as East Java's Pacet 553 km off; Raipur (the
// Chhattisgarh capital, listed among state capitals) as a namesake 940 km off. B's names of no place mapped: Morena
// (the party, twice) as the Indian town, Kuki (a people) as Kukichūō, Japan.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S50_A: GenreText[] = [
	{
		genre: 'health',
		text: "HANOI - Dengue cases in Vietnam's Mekong delta have nearly doubled on last year, the health ministry said on Tuesday, with An Giang, Dong Thap and Kien Giang provinces reporting the most admissions. The children's hospital in Can Tho has opened a second dengue ward, and doctors in Long Xuyen and Chau Doc say they are treating patients from across the Cambodian border. In Rach Gia, spraying teams have worked through the night. Ho Chi Minh City, which recorded 11 deaths in August, has asked residents of Binh Chanh and Thu Duc to empty standing water.",
		gold: { HANOI: [21.03, 105.85], Vietnam: [16.0, 106.0], 'An Giang': [10.5, 105.12], 'Dong Thap': [10.55, 105.6], 'Kien Giang': [9.95, 105.1], 'Can Tho': [10.03, 105.78], 'Long Xuyen': [10.39, 105.44], 'Chau Doc': [10.7, 105.12], 'Rach Gia': [10.01, 105.09], 'Ho Chi Minh City': [10.78, 106.7], 'Binh Chanh': [10.69, 106.57], 'Thu Duc': [10.85, 106.77] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "KABUL - Afghanistan has reported four new cases of wild poliovirus, all in the south, the Global Polio Eradication Initiative said. Two were in Kandahar province, in the districts of Spin Boldak and Arghandab; one in Helmand's Nad Ali and one in Urozgan. Vaccinators have been allowed to work only at mosques and health posts, not door to door, since the authorities in Kandahar city changed the rules last year. Environmental samples from Lashkar Gah and Tarinkot were also positive, and the virus has been found in sewage across the border in Quetta.",
		gold: { KABUL: [34.53, 69.17], Afghanistan: [33.9, 67.7], 'Kandahar province': [31.0, 65.7], Kandahar: [31.61, 65.71], 'Spin Boldak': [31.0, 66.4], Arghandab: [31.7, 65.7], Helmand: [31.3, 64.3], 'Nad Ali': [31.62, 64.2], Urozgan: [32.9, 66.0], 'Lashkar Gah': [31.59, 64.37], Tarinkot: [32.63, 65.87], Quetta: [30.18, 66.99] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BANGUI - The Central African Republic has confirmed 45 cases of mpox this year, most of them in the capital and in Lobaye prefecture, where the disease has circulated among hunters for decades. Health workers in Mbaïki and Boda have received the first vaccines, while cases in Bimbo, on the southern edge of Bangui, point to spread between households. Médecins Sans Frontières said a suspected case in Berbérati, near the Cameroonian border, had tested negative. The ministry has asked for help to reach Zemio and Obo, in the south-east, where armed groups have cut the roads.",
		gold: { BANGUI: [4.36, 18.56], 'Central African Republic': [6.6, 20.9], Lobaye: [3.8, 18.0], Mbaïki: [3.87, 17.99], Boda: [4.32, 17.47], Bimbo: [4.26, 18.42], Bangui: [4.36, 18.56], Berbérati: [4.26, 15.79], Zemio: [5.03, 25.14], Obo: [5.4, 26.49] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BAGHDAD - Temperatures passed 51C in Basra on Sunday, and the government ordered offices in six southern provinces to close as the national grid failed again. In Nasiriyah, the capital of Dhi Qar, hospitals treated more than 300 people for heatstroke; in Amarah and Kut, protesters blocked roads over power cuts that last 14 hours a day. The marshes around Chibayish have lost most of their water to drought, and buffalo herders say they are leaving for Basra's outskirts. Farther north, Samawah and Diwaniyah recorded 50C.",
		gold: { BAGHDAD: [33.31, 44.37], Basra: [30.51, 47.78], Nasiriyah: [31.04, 46.26], 'Dhi Qar': [31.1, 46.3], Amarah: [31.84, 47.14], Kut: [32.5, 45.82], Chibayish: [30.95, 47.02], Samawah: [31.31, 45.28], Diwaniyah: [31.99, 44.93] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LAMPEDUSA, Italy - More than 1,800 people reached this island in 48 hours, most of them on small iron boats that left from beaches near Sfax, in Tunisia, the Italian coast guard said. The reception centre at Contrada Imbriacola, built for 400, held four times that number on Monday, and ferries were moving people to Porto Empedocle and Pozzallo in Sicily. Fewer boats are setting out from Libya's western coast, where the authorities in Zuwara and Sabratha have stepped up patrols, but departures from Tobruk in the east toward Crete have risen, Greek officials say.",
		gold: { LAMPEDUSA: [35.5, 12.6], Italy: [42.8, 12.8], Sfax: [34.74, 10.76], Tunisia: [34.0, 9.5], 'Porto Empedocle': [37.29, 13.53], Pozzallo: [36.73, 14.85], Sicily: [37.5, 14.2], Libya: [27.0, 17.0], Zuwara: [32.93, 12.08], Sabratha: [32.79, 12.48], Tobruk: [32.08, 23.96], Crete: [35.24, 24.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LAS PALMAS - A cayuco carrying 213 people, among them 40 children, reached La Restinga on El Hierro on Saturday after ten days at sea from Mauritania, the Spanish maritime rescue service said. El Hierro, the smallest of the Canary Islands with 11,000 residents, has received more arrivals this year than Tenerife. The boats now leave mostly from Nouadhibou and from beaches north of Nouakchott, the Red Cross said, after Senegalese patrols cut departures from Mbour and Saint-Louis. Arguineguín, on Gran Canaria's south coast, where migrants were held on the dock in 2020, is again receiving boats.",
		gold: { 'LAS PALMAS': [28.1, -15.41], 'La Restinga': [27.64, -17.98], 'El Hierro': [27.75, -18.0], Mauritania: [20.3, -10.3], 'Canary Islands': [28.3, -15.8], Tenerife: [28.29, -16.63], Nouadhibou: [20.94, -17.04], Nouakchott: [18.09, -15.98], Mbour: [14.42, -16.96], 'Saint-Louis': [16.02, -16.49], Arguineguín: [27.76, -15.68], 'Gran Canaria': [27.96, -15.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SEMARANG, Indonesia - The candidate backed by President Prabowo Subianto's coalition won the governorship of Central Java, a province long held by the opposition PDI-P, according to quick counts on Wednesday. He carried Semarang and most of the north coast, from Tegal to Pati, while his rival held Solo, the home town of former president Joko Widodo, and the neighbouring regencies of Boyolali and Klaten. In Banyumas and Cilacap, in the province's west, turnout fell below 60 percent. Counting in Magelang was delayed by rain.",
		gold: { SEMARANG: [-6.97, 110.42], Indonesia: [-2.5, 118.0], 'Central Java': [-7.3, 110.0], Semarang: [-6.97, 110.42], Tegal: [-6.87, 109.14], Pati: [-6.75, 111.04], Solo: [-7.57, 110.82], Boyolali: [-7.53, 110.6], Klaten: [-7.7, 110.6], Banyumas: [-7.45, 109.25], Cilacap: [-7.73, 109.0], Magelang: [-7.47, 110.22] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BENIN CITY - The All Progressives Congress candidate was declared winner of the Edo governorship election on Sunday, taking 13 of the state's 18 local government areas. He won heavily in Edo North, around Auchi and Igarra, while the Peoples Democratic Party held Oredo, the heart of Benin City, and Esan West, whose headquarters is Ekpoma. Observers from Abuja reported vote buying in Uromi and Ubiaja. In neighbouring Ondo, where polls are due in November, the governor appealed for calm from Akure.",
		gold: { 'BENIN CITY': [6.34, 5.63], Edo: [6.5, 6.0], Auchi: [7.07, 6.27], Igarra: [7.28, 6.1], Oredo: [6.33, 5.62], 'Benin City': [6.34, 5.63], 'Esan West': [6.7, 6.2], Ekpoma: [6.74, 6.14], Abuja: [9.06, 7.49], Uromi: [6.7, 6.33], Ubiaja: [6.66, 6.39], Ondo: [7.0, 5.05], Akure: [7.25, 5.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ANKARA - A magnitude 6.1 earthquake struck Malatya province on Thursday, two years after the quakes that killed more than 53,000 people across southern Turkey. Its epicentre was near Battalgazi, the disaster agency AFAD said, and it was felt in Elazığ, Adıyaman and Kahramanmaraş. Buildings already damaged in 2023 collapsed in Doğanşehir and Yeşilyurt; no deaths were reported. In Antakya, where much of the old city is still rubble, residents of container camps spent the night outdoors. Schools in Malatya and Pazarcık will be closed until Monday.",
		gold: { ANKARA: [39.93, 32.86], 'Malatya province': [38.4, 38.3], Turkey: [39.0, 35.0], Battalgazi: [38.4, 38.36], Elazığ: [38.67, 39.22], Adıyaman: [37.76, 38.28], Kahramanmaraş: [37.58, 36.93], Doğanşehir: [38.09, 37.88], Yeşilyurt: [38.3, 38.25], Antakya: [36.2, 36.16], Malatya: [38.35, 38.31], Pazarcık: [37.49, 37.29] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MANADO, Indonesia - Mount Ruang erupted again overnight, throwing ash two kilometres high and forcing the evacuation of 9,000 people from Tagulandang island, the volcanology agency said. The airport in Manado was closed for the second time this month, and flights to Ternate and Gorontalo were cancelled. Evacuees are being taken by boat to Siau and to Bitung on the mainland of North Sulawesi. The agency also raised the alert for Mount Ibu on Halmahera, which erupted in May, to its highest level.",
		gold: { MANADO: [1.49, 124.84], Indonesia: [-2.5, 118.0], 'Mount Ruang': [2.3, 125.37], Tagulandang: [2.33, 125.42], Manado: [1.49, 124.84], Ternate: [0.79, 127.38], Gorontalo: [0.54, 123.06], Siau: [2.73, 125.4], Bitung: [1.44, 125.19], 'North Sulawesi': [1.0, 124.5], 'Mount Ibu': [1.49, 127.63], Halmahera: [0.6, 127.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MELBOURNE - Fire crews in western Victoria fought through the night to protect Halls Gap as a blaze in the Grampians National Park burned through more than 40,000 hectares, the Country Fire Authority said. Residents of Pomonal, where 40 homes were lost last February, were told it was too late to leave. Emergency warnings were also issued for Moyston and Dadswells Bridge, and a relief centre opened in Stawell. The Western Highway was closed between Ararat and Horsham.",
		gold: { MELBOURNE: [-37.81, 144.96], Victoria: [-36.9, 144.3], 'Halls Gap': [-37.14, 142.52], 'Grampians National Park': [-37.2, 142.4], Pomonal: [-37.2, 142.6], Moyston: [-37.3, 142.77], 'Dadswells Bridge': [-36.92, 142.51], Stawell: [-37.06, 142.78], Ararat: [-37.28, 142.93], Horsham: [-36.71, 142.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CAIRO - Traffic through the Suez Canal is still about half what it was before Houthi attacks in the Red Sea began, the canal authority said, as it offered new discounts to container lines. Its chairman spoke in Ismailia, where the authority is based, alongside officials from the new container terminal at Ain Sokhna. Port Said's east port handled 12 percent fewer boxes in the first half, and pilots in Suez say they are idle most days. Ships bound for Europe from Asia are still sailing round the Cape of Good Hope, adding ten days to the voyage.",
		gold: { CAIRO: [30.04, 31.24], 'Red Sea': [20.0, 38.5], Ismailia: [30.6, 32.27], 'Ain Sokhna': [29.6, 32.34], 'Port Said': [31.26, 32.3], Suez: [29.97, 32.53], Europe: [48.69, 9.14], Asia: [29.84, 89.3], 'Cape of Good Hope': [-34.36, 18.47] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SINGAPORE - Piracy in the Singapore Strait has risen to its highest level since 1991, the regional anti-piracy centre said, with 38 boardings in the first nine months, most of them at night off Batam and Bintan. Ships at anchor off Pengerang and tankers waiting for berths at Dumai were the main targets. Malaysia's maritime agency said patrols from Johor Bahru and Port Klang would double, and Indonesia's navy has sent vessels to Tanjung Balai Karimun. The centre urged ships bound for Tanjung Pelepas to keep a lookout.",
		gold: { SINGAPORE: [1.29, 103.85], 'Singapore Strait': [1.2, 103.9], Batam: [1.08, 104.03], Bintan: [1.08, 104.48], Pengerang: [1.37, 104.1], Dumai: [1.67, 101.45], Malaysia: [4.0, 109.5], 'Johor Bahru': [1.46, 103.76], 'Port Klang': [3.0, 101.39], Indonesia: [-2.5, 118.0], 'Tanjung Balai Karimun': [1.0, 103.43], 'Tanjung Pelepas': [1.36, 103.55] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "GENEVA - The World Health Organization said on Friday it was sending 80,000 doses of diphtheria antitoxin and vaccine to Guinea, where an outbreak in the gold-mining prefecture of Siguiri has killed at least 90 children since July. Cases have since appeared in Kouroussa and Kankan, and in Mandiana near the border with Mali, the agency said. Most of the dead had never been vaccinated. Teams from Conakry have set up a treatment centre at Siguiri's regional hospital, and Médecins Sans Frontières is working in the mining camps of Kintinian.",
		gold: { GENEVA: [46.2, 6.15], Guinea: [10.4, -10.9], Siguiri: [11.42, -9.17], Kouroussa: [10.65, -9.88], Kankan: [10.39, -9.31], Mandiana: [10.63, -8.69], Mali: [17.5, -3.5], Conakry: [9.54, -13.68], Kintinian: [11.6, -9.3] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MEXICO CITY - Water rationing now reaches 14 state capitals, the national water commission said on Thursday. In Monterrey, Saltillo and Chihuahua, tankers supply entire neighbourhoods; in Durango and Zacatecas, the dams that serve the cities are below 10 percent. The commission's director, Efraín Morales, said Hermosillo, Culiacán and Aguascalientes would face cuts by March. Farmers in Sinaloa have been told not to plant a second corn crop.",
		gold: { 'MEXICO CITY': [19.43, -99.13], Monterrey: [25.67, -100.31], Saltillo: [25.42, -101.0], Chihuahua: [28.63, -106.07], Durango: [24.02, -104.66], Zacatecas: [22.77, -102.58], Hermosillo: [29.07, -110.96], Culiacán: [24.8, -107.39], Aguascalientes: [21.88, -102.29], Sinaloa: [25.0, -107.5] },
		notPlaces: ['Morales', 'Efraín Morales']
	},
	{
		genre: 'health',
		text: "PHNOM PENH - Cambodia has confirmed its ninth human case of H5N1 bird flu this year, a 52-year-old man from Takeo province who had handled sick chickens, the health ministry said. He is being treated at a hospital in the capital. Earlier cases were in Prey Veng, Svay Rieng and Siem Reap, and a child from Kampong Cham died in July. Investigators are testing poultry in the man's village in Tram Kak district and in markets in Takeo town.",
		gold: { 'PHNOM PENH': [11.56, 104.92], Cambodia: [12.5, 104.9], 'Takeo province': [10.98, 104.78], Takeo: [10.99, 104.78], 'Prey Veng': [11.48, 105.32], 'Svay Rieng': [11.09, 105.8], 'Siem Reap': [13.36, 103.86], 'Kampong Cham': [12.0, 105.46], 'Tram Kak': [11.0, 104.6] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "COLOMBO - Sri Lanka's health authorities have reported more than 12,000 suspected cases of chikungunya since June, most of them in the Western Province, and warned that the monsoon could bring a second wave. The districts of Colombo, Gampaha and Kalutara account for two thirds of the cases; in Kandy, the teaching hospital has opened a fever ward. Dengue is also rising in Jaffna and Batticaloa. The epidemiology unit said fogging would be stepped up in Moratuwa, Negombo and Panadura.",
		gold: { COLOMBO: [6.93, 79.85], 'Sri Lanka': [7.9, 80.7], 'Western Province': [6.9, 80.1], Colombo: [6.93, 79.85], Gampaha: [7.09, 79.99], Kalutara: [6.58, 79.96], Kandy: [7.29, 80.63], Jaffna: [9.66, 80.02], Batticaloa: [7.73, 81.69], Moratuwa: [6.77, 79.88], Negombo: [7.21, 79.84], Panadura: [6.71, 79.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BENGHAZI - Two years after the dams above Derna burst, killing thousands, residents say rebuilding has reached only the city's edges. The eastern administration has opened new housing in Shahat and Al Bayda, and a bridge over the wadi in the centre of Derna is due to open next month. Families from Susa, on the coast, are still living in hotels in Benghazi and Marj. A court in Derna sentenced 12 officials for neglecting the dams' maintenance, the prosecutor said from Tripoli.",
		gold: { BENGHAZI: [32.12, 20.07], Derna: [32.76, 22.64], Shahat: [32.83, 21.86], 'Al Bayda': [32.76, 21.76], Susa: [32.9, 21.96], Benghazi: [32.12, 20.07], Marj: [32.49, 20.83], Tripoli: [32.89, 13.19] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BAMAKO - Mali's army and Russian mercenaries have withdrawn from a base near Tessalit, in the Kidal region, after rebels surrounded it for a week, residents and a security source said. Fighting has also been reported around Aguelhok and Anefis, on the road to Gao. In Timbuktu, where a blockade by an al-Qaeda affiliate has lasted two years, food prices have tripled. Flights between Bamako and Mopti were suspended after a drone crashed at Sévaré airport.",
		gold: { BAMAKO: [12.64, -8.0], Mali: [17.5, -3.5], Tessalit: [20.2, 1.01], 'Kidal region': [19.0, 1.2], Kidal: [18.44, 1.41], Aguelhok: [19.46, 0.86], Anefis: [18.05, 0.6], Gao: [16.27, -0.04], Timbuktu: [16.77, -3.0], Bamako: [12.64, -8.0], Mopti: [14.49, -4.2], Sévaré: [14.53, -4.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "RAMALLAH - Israeli forces ended a ten-day operation in the northern West Bank on Thursday, leaving the camps of Jenin and Nur Shams largely empty, the UN said. About 40,000 Palestinians have been displaced from Jenin, Tulkarm and the Far'a camp near Tubas, the largest displacement in the territory since 1967. Residents of Tulkarm said bulldozers had torn up the roads into the camp. In Nablus, shops closed for a general strike, and clashes were reported at the Beit Furik checkpoint.",
		gold: { RAMALLAH: [31.9, 35.2], 'West Bank': [32.0, 35.25], Jenin: [32.46, 35.3], 'Nur Shams': [32.32, 35.07], Tulkarm: [32.31, 35.03], "Far'a": [32.29, 35.35], Tubas: [32.32, 35.37], Nablus: [32.22, 35.26], 'Beit Furik': [32.17, 35.34] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SRINAGAR - Tourists are returning to Pahalgam six months after the attack at the Baisaran meadow that killed 26 people, hotel owners say, though occupancy is still half of last year's. Security forces have set up new camps along the road from Anantnag, and ponies to Baisaran now run only with an escort. In Gulmarg and Sonamarg, bookings for the ski season are up. The summer pilgrimage, which passes through Pahalgam and Baltal, drew 400,000 pilgrims.",
		gold: { SRINAGAR: [34.08, 74.8], Pahalgam: [34.02, 75.32], Baisaran: [34.0, 75.35], Anantnag: [33.73, 75.15], Gulmarg: [34.05, 74.38], Sonamarg: [34.3, 75.29], Baltal: [34.25, 75.42] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "HARGEISA - Somaliland's new president has pledged to retake Las Anod, the town in the Sool region that his forces lost to a clan militia in 2023, and to hold talks with Puntland over Erigavo. Speaking in Burao, he said the port of Berbera would be open to any country that recognised Somaliland. Traders in Hargeisa say the road to Wajaale, on the Ethiopian border, is the busiest it has been for years. In Mogadishu, the federal government called the remarks a threat to Somalia's unity.",
		gold: { HARGEISA: [9.56, 44.06], Somaliland: [9.5, 46.0], 'Las Anod': [8.48, 47.36], Sool: [8.8, 47.5], Puntland: [8.5, 49.5], Erigavo: [10.62, 47.37], Burao: [9.52, 45.53], Berbera: [10.44, 45.01], Hargeisa: [9.56, 44.06], Wajaale: [9.6, 43.34], Mogadishu: [2.04, 45.34], Somalia: [5.0, 46.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BUCHAREST - Romania has recorded 31,000 cases of measles since the outbreak began, and 29 children have died, the national public health institute said, as it extended the epidemic declaration for another year. Vaccination rates below 70 percent in Suceava, Iași and Bacău have kept the virus circulating in Moldavia, the country's poorer east. Cluj-Napoca and Timișoara, where rates are higher, have seen few cases. Doctors in Craiova said they were still treating children from villages in Dolj county.",
		gold: { BUCHAREST: [44.43, 26.1], Romania: [45.9, 24.9], Suceava: [47.65, 26.26], Iași: [47.16, 27.59], Bacău: [46.57, 26.91], Moldavia: [47.0, 26.9], 'Cluj-Napoca': [46.77, 23.6], Timișoara: [45.75, 21.23], Craiova: [44.32, 23.8], 'Dolj county': [44.2, 23.7], Dolj: [44.2, 23.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "HANOI - Typhoon Yagi killed at least 140 people in northern Vietnam, most of them in landslides and flash floods in Lao Cai province, where a hamlet called Lang Nu was buried. The storm made landfall between Quang Ninh and Hai Phong with winds of 150 km/h, tearing roofs off factories. The Red River at Hanoi rose to its highest level in 20 years, and residents of Phuc Xa, on the river bank, were moved to schools. In Yen Bai and Cao Bang, bridges were swept away.",
		gold: { HANOI: [21.03, 105.85], Vietnam: [16.0, 106.0], 'Lao Cai province': [22.3, 104.1], 'Lao Cai': [22.49, 103.97], 'Lang Nu': [22.18, 104.35], 'Quang Ninh': [21.0, 107.3], 'Hai Phong': [20.86, 106.68], Hanoi: [21.03, 105.85], 'Phuc Xa': [21.05, 105.85], 'Yen Bai': [21.72, 104.9], 'Cao Bang': [22.67, 106.26] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LASHIO, Myanmar - The Myanmar National Democratic Alliance Army handed Lashio back to the military under a Chinese-brokered deal, ending a year in which the rebels held the largest town in northern Shan state. Kokang fighters withdrew toward Hsenwi and Laukkai, residents said, and shops in Lashio reopened on Friday. The Ta'ang National Liberation Army, which took Mogok's ruby mines last year, has agreed to talks in Kunming. Traders at Muse, on the border with China's Yunnan province, said trucks had started crossing again.",
		gold: { LASHIO: [22.94, 97.75], Lashio: [22.94, 97.75], 'Shan state': [21.5, 98.0], Hsenwi: [23.3, 97.97], Laukkai: [23.69, 98.76], Mogok: [22.92, 96.51], Kunming: [25.04, 102.71], Muse: [23.99, 97.9], China: [35.0, 103.0], 'Yunnan province': [25.0, 101.5], Yunnan: [25.0, 101.5] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "MANAGUA - Doctors in western Nicaragua say chronic kidney disease among sugar cane workers is rising again after two hot harvests. In Chichigalpa, the town beside the country's largest sugar mill, the clinic treats 60 dialysis patients, and more are sent to hospitals in León and Chinandega. Researchers have linked the disease to heat and dehydration in the fields. Similar clusters have been reported in El Salvador's Bajo Lempa and in Guanacaste, Costa Rica.",
		gold: { MANAGUA: [12.13, -86.25], Nicaragua: [12.9, -85.2], Chichigalpa: [12.57, -87.03], León: [12.43, -86.88], Chinandega: [12.63, -87.13], 'El Salvador': [13.8, -88.9], 'Bajo Lempa': [13.3, -88.5], Guanacaste: [10.6, -85.4], 'Costa Rica': [9.9, -84.0] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S50_B: GenreText[] = [
	{
		genre: 'health',
		text: "ILOILO CITY, Philippines - Iloilo province declared a state of calamity over dengue on Monday after cases rose 80 percent on last year, and the health department said hospitals across Western Visayas were near capacity. The towns of Pototan, Passi and Calinog had the most cases, and the regional medical centre has set up tents in its car park. In Negros Occidental, Bacolod and Silay have asked schools to hold clean-up drives. Cases are also rising in Capiz and Antique, and in Roxas City the provincial hospital has postponed elective surgery.",
		gold: { 'ILOILO CITY': [10.72, 122.56], Philippines: [12.0, 122.0], 'Iloilo province': [10.95, 122.5], Iloilo: [10.95, 122.5], 'Western Visayas': [11.0, 122.5], Pototan: [10.94, 122.64], Passi: [11.1, 122.64], Calinog: [11.12, 122.54], 'Negros Occidental': [10.4, 123.0], Bacolod: [10.68, 122.95], Silay: [10.8, 122.97], Capiz: [11.4, 122.6], Antique: [11.2, 122.05], 'Roxas City': [11.59, 122.75] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "JALALABAD, Afghanistan - A child in Nangarhar's Behsud district has been paralysed by wild poliovirus, the first case in the east this year, health officials said. Samples from sewage in Jalalabad and Kama were positive in September, and a campaign will reach 1.3 million children in Nangarhar, Kunar and Laghman next week. Many families in the area returned from Pakistan last year through the Torkham crossing, and officials in Peshawar said the strain matched one found in Khyber district.",
		gold: { JALALABAD: [34.43, 70.45], Afghanistan: [33.9, 67.7], Nangarhar: [34.2, 70.5], Behsud: [34.45, 70.45], Jalalabad: [34.43, 70.45], Kama: [34.4, 70.6], Kunar: [34.9, 71.1], Laghman: [34.7, 70.2], Pakistan: [30.0, 70.0], Torkham: [34.1, 71.09], Peshawar: [34.01, 71.58], 'Khyber district': [34.0, 71.2], Khyber: [34.0, 71.2] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BRAZZAVILLE - The Republic of the Congo has declared an mpox epidemic after confirming cases in five departments, including Likouala and Sangha in the forested north. The first cases were in Impfondo, on the Ubangi river across from the Democratic Republic of Congo, and in Ouesso, the Sangha department's capital. The health minister said on Wednesday that cases had since reached Brazzaville and Pointe-Noire, the economic capital on the coast. Vaccines are expected in Dolisie and Owando next month.",
		gold: { BRAZZAVILLE: [-4.27, 15.28], 'Republic of the Congo': [-0.7, 15.2], Likouala: [2.0, 17.5], Sangha: [1.5, 15.5], Impfondo: [1.62, 18.06], 'Democratic Republic of Congo': [-2.9, 23.6], Ouesso: [1.61, 16.05], Brazzaville: [-4.27, 15.28], 'Pointe-Noire': [-4.78, 11.86], Dolisie: [-4.2, 12.67], Owando: [-0.48, 15.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TEHRAN - Iran shut government offices in Khuzestan and three other provinces on Monday as temperatures reached 52C in Ahvaz and the national grid struggled to keep up. In Abadan and Khorramshahr, on the Shatt al-Arab, water supplies failed for a second day; residents of Dezful and Shushtar protested outside governors' offices. The energy ministry said power would be cut on a rota in Tehran as well. Bushehr and Bandar Abbas, on the Gulf, recorded humidity above 80 percent.",
		gold: { TEHRAN: [35.69, 51.39], Iran: [32.4, 53.7], Khuzestan: [31.4, 49.0], Ahvaz: [31.32, 48.67], Abadan: [30.34, 48.3], Khorramshahr: [30.44, 48.18], Dezful: [32.38, 48.4], Shushtar: [32.05, 48.85], Tehran: [35.69, 51.39], Bushehr: [28.97, 50.84], 'Bandar Abbas': [27.19, 56.27] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BIHAĆ, Bosnia and Herzegovina - The Lipa camp outside this town held fewer than 200 people this week, down from 1,500 two years ago, as the Balkan route shifts east toward Bulgaria and Serbia, aid workers say. Those who remain try to cross into Croatia near Velika Kladuša and Cazin, and Croatian police have been accused of pushing people back across the Korana river. In northern Serbia, the camps in Subotica and Sombor are nearly full, and smugglers are moving groups to the Hungarian fence at Horgoš. The EU border agency said crossings on the route had fallen by two thirds.",
		gold: { BIHAĆ: [44.82, 15.87], 'Bosnia and Herzegovina': [44.0, 17.8], Lipa: [44.73, 16.06], Bulgaria: [42.7, 25.5], Serbia: [44.0, 20.9], Croatia: [45.1, 15.2], 'Velika Kladuša': [45.18, 15.81], Cazin: [44.97, 15.94], Subotica: [46.1, 19.67], Sombor: [45.77, 19.11], Horgoš: [46.16, 19.97] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PANAMA CITY - The number of migrants crossing the Darién has fallen by 90 percent since Panama closed trails and began deportation flights, the government said, and the reception stations at Lajas Blancas and San Vicente are now nearly empty. Villages such as Bajo Chiquito, on the Tuquesa river, which once saw 2,000 people a day, say their boat income has gone. Some migrants are now travelling south, back toward Colombia, on boats from Puerto Obaldía along the Caribbean coast of Guna Yala. In Metetí, the main town on the highway through Darién province, the health centre reports far fewer patients.",
		gold: { 'PANAMA CITY': [8.98, -79.52], Darién: [8.1, -77.7], Panama: [8.5, -80.0], 'Lajas Blancas': [8.27, -77.92], 'San Vicente': [8.47, -77.98], 'Bajo Chiquito': [8.1, -77.6], Colombia: [4.0, -73.0], 'Puerto Obaldía': [8.67, -77.42], 'Guna Yala': [9.3, -78.5], Metetí: [8.5, -77.98], 'Darién province': [8.4, -77.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SAN FERNANDO, Pampanga - Provincial results from Monday's midterm vote in central and northern Luzon mostly returned political families. In Pampanga, the governor's brother won the vice governorship, and Angeles City re-elected its mayor. In Bulacan, the race in Malolos went to a recount. In Ilocos Norte, the Marcos family's province, a nephew of the president won the governorship, while Laoag City and Batac returned allies. Turnout in Tarlac and Nueva Ecija was above 80 percent.",
		gold: { 'SAN FERNANDO': [15.03, 120.69], Pampanga: [15.0, 120.7], Luzon: [16.0, 121.0], 'Angeles City': [15.15, 120.59], Bulacan: [14.9, 121.0], Malolos: [14.84, 120.81], 'Ilocos Norte': [18.2, 120.7], 'Laoag City': [18.2, 120.59], Batac: [18.06, 120.56], Tarlac: [15.5, 120.5], 'Nueva Ecija': [15.6, 121.0] },
		notPlaces: ['Marcos']
	},
	{
		genre: 'international',
		text: "GUANAJUATO, Mexico - Morena's candidate conceded the governorship of Guanajuato on Monday after the National Action Party held the state for a tenth term, winning León, Celaya and Irapuato by wide margins. In neighbouring Jalisco, the Citizens' Movement kept Guadalajara and Zapopan. Morena took Puebla and Veracruz easily, and in Yucatán it ended decades of rule by the two older parties, carrying Mérida and Valladolid. Voting was suspended in parts of Michoacán after gunmen burned ballots in Apatzingán.",
		gold: { GUANAJUATO: [21.02, -101.26], Mexico: [23.0, -102.0], Guanajuato: [21.0, -101.0], León: [21.12, -101.68], Celaya: [20.52, -100.81], Irapuato: [20.67, -101.35], Jalisco: [20.6, -103.6], Guadalajara: [20.67, -103.35], Zapopan: [20.72, -103.39], Puebla: [19.0, -97.9], Veracruz: [19.4, -96.4], Yucatán: [20.7, -89.0], Mérida: [20.97, -89.62], Valladolid: [20.69, -88.2], Michoacán: [19.2, -101.9], Apatzingán: [19.09, -102.35] },
		notPlaces: ['Morena']
	},
	{
		genre: 'international',
		text: "QUITO - Ecuador's geophysical institute raised the alert for the Sangay volcano after ash fell on Macas and on farms across Morona Santiago province, and flights to Macas were suspended. Ash also reached Riobamba and Guamote in Chimborazo, 50 km to the west, where schools were closed. In neighbouring Peru, the Ubinas volcano near Arequipa has been erupting since June, and villagers in Querapi were evacuated to Matalaque.",
		gold: { QUITO: [-0.22, -78.51], Ecuador: [-1.8, -78.2], Sangay: [-2.0, -78.34], Macas: [-2.31, -78.12], 'Morona Santiago': [-2.5, -78.0], Riobamba: [-1.67, -78.65], Guamote: [-1.93, -78.71], Chimborazo: [-1.9, -78.7], Peru: [-9.2, -75.0], Ubinas: [-16.36, -70.9], Arequipa: [-16.4, -71.54], Querapi: [-16.35, -70.87], Matalaque: [-16.48, -70.83] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CIANJUR, Indonesia - Three years after an earthquake killed more than 600 people here, 2,000 families in the worst-hit district of Cugenang are still in temporary housing, officials in West Java say. A magnitude 5.6 tremor on Tuesday damaged homes in Cianjur, Sukabumi and Bogor and cracked the walls of a school in Pacet. Officials in Bandung said the provincial government would pay for repairs. The tremor was felt in Jakarta, 100 km to the north.",
		gold: { CIANJUR: [-6.82, 107.14], Indonesia: [-2.5, 118.0], Cugenang: [-6.8, 107.06], 'West Java': [-6.9, 107.6], Cianjur: [-6.82, 107.14], Sukabumi: [-6.92, 106.93], Bogor: [-6.6, 106.8], Pacet: [-6.75, 107.05], Bandung: [-6.91, 107.61], Jakarta: [-6.2, 106.85] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "VIÑA DEL MAR, Chile - Prosecutors have charged a volunteer firefighter with starting the fires that killed 137 people around this coastal city, the deadliest in Chile's history. Most of the dead were in the hillside neighbourhoods of El Olivar and Villa Independencia and in the town of Quilpué; the fire also reached Villa Alemana and Limache. Residents of Valparaíso's upper hills said rebuilding had barely begun. The government in Santiago has promised 10,000 new homes.",
		gold: { 'VIÑA DEL MAR': [-33.02, -71.55], Chile: [-35.0, -71.0], 'El Olivar': [-33.04, -71.5], 'Villa Independencia': [-33.04, -71.51], Quilpué: [-33.05, -71.44], 'Villa Alemana': [-33.04, -71.37], Limache: [-33.0, -71.26], Valparaíso: [-33.05, -71.62], Santiago: [-33.45, -70.67] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DUBAI - Tanker traffic through the Strait of Hormuz returned to normal on Wednesday after Iran released a ship it had seized off Khor Fakkan, shipping data showed. The vessel, loaded at Fujairah, had been taken to Bandar Abbas by the Revolutionary Guards. Oman's navy has stepped up patrols from Khasab, on the Musandam peninsula, and insurers in London raised war-risk premiums for ships calling at Jebel Ali. Iran said it would move more of its exports to Jask, outside the strait.",
		gold: { DUBAI: [25.27, 55.3], 'Strait of Hormuz': [26.57, 56.25], Iran: [32.4, 53.7], 'Khor Fakkan': [25.34, 56.35], Fujairah: [25.12, 56.33], 'Bandar Abbas': [27.19, 56.27], Oman: [21.0, 57.0], Khasab: [26.18, 56.25], 'Musandam peninsula': [26.2, 56.25], Musandam: [26.2, 56.25], London: [51.51, -0.13], 'Jebel Ali': [25.0, 55.06], Jask: [25.64, 57.77] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ALGECIRAS, Spain - Spain and Morocco opened a second customs post on the border of Ceuta on Monday, as traffic through the Strait of Gibraltar reached a record for the summer crossing of North African workers going home. Ferries from Algeciras and Tarifa to Tanger Med carried 3.4 million passengers, the port authority said. Moroccan officials at Fnideq said queues had shortened. Gibraltar's government said talks with Madrid and Brussels over the border at La Línea de la Concepción were in their final stage.",
		gold: { ALGECIRAS: [36.13, -5.45], Spain: [40.0, -3.7], Morocco: [31.8, -7.1], Ceuta: [35.89, -5.32], 'Strait of Gibraltar': [35.97, -5.5], Algeciras: [36.13, -5.45], Tarifa: [36.01, -5.6], 'Tanger Med': [35.88, -5.5], Fnideq: [35.85, -5.36], Gibraltar: [36.14, -5.35], Madrid: [40.42, -3.7], Brussels: [50.85, 4.35], 'La Línea de la Concepción': [36.17, -5.35] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "WASHINGTON - The Pan American Health Organization said on Tuesday that yellow fever had killed 21 people in Peru this year, most of them in the Amazon regions of San Martín and Junín, and urged countries in the region to vaccinate. Deaths have been reported in Tarapoto, Moyobamba and Satipo, and Bolivia has confirmed cases near Caranavi in La Paz department. Vaccine stocks in Lima are low, the health ministry said.",
		gold: { WASHINGTON: [38.9, -77.04], Peru: [-9.2, -75.0], 'San Martín': [-7.0, -76.8], Junín: [-11.5, -75.0], Tarapoto: [-6.49, -76.37], Moyobamba: [-6.03, -76.97], Satipo: [-11.25, -74.64], Bolivia: [-16.5, -64.7], Caranavi: [-15.83, -67.57], 'La Paz department': [-15.0, -68.3], 'La Paz': [-16.5, -68.15], Lima: [-12.05, -77.04] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NEW DELHI - Air pollution reached 'severe' levels in eight state capitals on Tuesday, the Central Pollution Control Board said. Besides Delhi, readings above 400 were recorded in Lucknow, Patna and Chandigarh; Jaipur, Bhopal and Raipur were in the 'very poor' band. Officials in Punjab and Haryana blamed stubble burning for the smoke. \"Schools should stay shut until the air clears,\" said the board's member secretary, Bharat Kumar Sharma.",
		gold: { 'NEW DELHI': [28.61, 77.21], Delhi: [28.65, 77.23], Lucknow: [26.85, 80.95], Patna: [25.59, 85.14], Chandigarh: [30.73, 76.78], Jaipur: [26.91, 75.79], Bhopal: [23.26, 77.41], Raipur: [21.25, 81.63], Punjab: [31.0, 75.4], Haryana: [29.1, 76.1] },
		notPlaces: ['Bharat', 'Bharat Kumar Sharma']
	},
	{
		genre: 'health',
		text: "KOZHIKODE, India - Kerala has confirmed a Nipah virus infection in an 18-year-old from Malappuram district, the state's sixth outbreak since 2018, and placed 400 contacts under watch. The student, from Pandikkad, is on a ventilator at the medical college hospital in Kozhikode. Schools in Pandikkad and neighbouring Anakkayam have been shut, and health workers are testing fruit bats near Manjeri. The state health minister said samples had been sent to the virology institute in Pune.",
		gold: { KOZHIKODE: [11.26, 75.78], India: [22.0, 79.0], Kerala: [10.5, 76.3], 'Malappuram district': [11.0, 76.1], Malappuram: [11.05, 76.07], Pandikkad: [11.1, 76.23], Kozhikode: [11.26, 75.78], Anakkayam: [11.1, 76.12], Manjeri: [11.12, 76.12], Pune: [18.52, 73.86] },
		notPlaces: ['Nipah']
	},
	{
		genre: 'health',
		text: "LILONGWE - Malawi has recorded 1,200 cholera cases since the rains began, the health ministry said, with the most in Blantyre, Mangochi and Nsanje districts in the south. In Blantyre, the central hospital has reopened its cholera camp. Fishing communities along the lake at Monkey Bay and Nkhotakota have been told to boil water, and the ministry said cases in Chikwawa were linked to a funeral in neighbouring Mozambique's Tete province. Zomba and Machinga have reported no deaths.",
		gold: { LILONGWE: [-13.96, 33.79], Malawi: [-13.5, 34.0], Blantyre: [-15.79, 35.01], Mangochi: [-14.48, 35.26], Nsanje: [-16.92, 35.26], 'Monkey Bay': [-14.08, 34.92], Nkhotakota: [-12.93, 34.3], Chikwawa: [-16.03, 34.8], Mozambique: [-18.7, 35.5], 'Tete province': [-15.5, 33.0], Tete: [-15.5, 33.0], Zomba: [-15.39, 35.32], Machinga: [-15.17, 35.3] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NAIROBI - Flash floods swept through Mai Mahiu on Monday when a blocked railway culvert gave way, killing at least 45 people, the interior ministry said. Rescuers from Naivasha and Nakuru are searching for the missing. Heavy rain has also flooded parts of Nairobi's Mathare and Mukuru settlements, and the Tana burst its banks near Garissa and Garsen, cutting the road to Lamu. Schools across the country will open a week late.",
		gold: { NAIROBI: [-1.29, 36.82], 'Mai Mahiu': [-1.01, 36.59], Naivasha: [-0.72, 36.43], Nakuru: [-0.3, 36.07], Nairobi: [-1.29, 36.82], Mathare: [-1.26, 36.86], Mukuru: [-1.31, 36.88], Garissa: [-0.45, 39.65], Garsen: [-2.27, 40.12], Lamu: [-2.27, 40.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NIAMEY - Gunmen killed 44 worshippers at a mosque in Fambita, in the Tillabéri region near the borders with Mali and Burkina Faso, Niger's interior ministry said. The attack came days after soldiers were killed near Téra and Ouallam. Thousands of people have fled villages around Ayorou and Banibangou for Tillabéri town and the capital. The junta declared three days of national mourning.",
		gold: { NIAMEY: [13.51, 2.11], Fambita: [14.4, 1.0], 'Tillabéri region': [14.5, 1.5], Tillabéri: [14.21, 1.45], Mali: [17.5, -3.5], 'Burkina Faso': [12.3, -1.7], Niger: [17.0, 9.0], Téra: [14.01, 0.75], Ouallam: [14.32, 2.09], Ayorou: [14.73, 0.92], Banibangou: [15.04, 2.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BEIRUT - Israeli strikes hit the outskirts of Baalbek and Hermel overnight, Lebanon's state news agency said, as residents of the Bekaa valley counted the cost of a year of bombardment. The road through the Masnaa crossing to Syria, cut by a strike in October, has reopened, and trucks are again reaching Zahle and Chtaura. In the south, people who fled Bint Jbeil and Khiam say they cannot return. The caretaker government in Beirut has asked donors for $11 billion.",
		gold: { BEIRUT: [33.89, 35.5], Baalbek: [34.0, 36.21], Hermel: [34.39, 36.38], Lebanon: [33.9, 35.9], 'Bekaa valley': [33.85, 35.95], Bekaa: [33.85, 35.95], Masnaa: [33.69, 36.08], Syria: [35.0, 38.0], Zahle: [33.85, 35.9], Chtaura: [33.82, 35.85], 'Bint Jbeil': [33.12, 35.43], Khiam: [33.33, 35.61], Beirut: [33.89, 35.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JAMMU - Shelling across the Line of Control damaged homes in Poonch and Rajouri districts on Wednesday night, officials said, the first such exchange since the ceasefire in May. Families in Mendhar and Krishna Ghati sheltered in bunkers, and schools in Uri, in Baramulla district farther north, were shut. On the other side, officials in Muzaffarabad said a bridge near Chakothi had been hit. The army said the situation in Jammu and the Kashmir valley was calm.",
		gold: { JAMMU: [32.73, 74.86], Poonch: [33.77, 74.1], Rajouri: [33.38, 74.31], Mendhar: [33.6, 74.15], 'Krishna Ghati': [33.6, 74.1], Uri: [34.08, 74.05], Baramulla: [34.2, 74.34], Muzaffarabad: [34.37, 73.47], Chakothi: [34.12, 73.88], Jammu: [32.73, 74.86], 'Kashmir valley': [34.0, 74.8], Kashmir: [34.0, 74.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JUBA - Fighting between the army and the White Army militia around Nasir, in South Sudan's Upper Nile state, has displaced 60,000 people, the UN said, many of them across the border into Ethiopia's Gambella region. Air strikes were reported in Ulang and near Longechuk. Aid flights to Malakal, the state capital, were suspended for a week. In Unity state, floods around Bentiu have left a camp of 140,000 people reachable only by boat.",
		gold: { JUBA: [4.85, 31.58], Nasir: [8.6, 33.07], 'South Sudan': [7.0, 30.0], 'Upper Nile': [10.0, 32.7], 'Upper Nile state': [10.0, 32.7], Ethiopia: [9.0, 39.5], Gambella: [8.0, 34.5], Ulang: [8.64, 32.65], Longechuk: [9.3, 33.6], Malakal: [9.53, 31.66], 'Unity state': [8.9, 29.8], Unity: [8.9, 29.8], Bentiu: [9.23, 29.8] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ATHENS - Greece has confirmed 68 human cases of West Nile virus this summer, eight of them fatal, the public health agency said, with the most in Thessaly and Central Macedonia. Cases were clustered around Larissa and Karditsa, where mosquito spraying was stepped up after the rice fields flooded, and in villages near Thessaloniki and Serres. Blood donations from the regional units of Larissa, Trikala and Pella are being screened. The agency said it had also found the virus in birds near Messolonghi.",
		gold: { ATHENS: [37.98, 23.73], Greece: [39.0, 22.0], Thessaly: [39.6, 22.4], 'Central Macedonia': [40.6, 23.0], Larissa: [39.64, 22.42], Karditsa: [39.36, 21.92], Thessaloniki: [40.64, 22.94], Serres: [41.09, 23.55], Trikala: [39.56, 21.77], Pella: [40.76, 22.52], Messolonghi: [38.37, 21.43] },
		notPlaces: ['West Nile']
	},
	{
		genre: 'international',
		text: "KHULNA, Bangladesh - Cyclone Remal made landfall near Mongla on Sunday night with winds of 110 km/h, flooding villages along the Sundarbans and killing at least ten people, officials said. About 800,000 people had been moved to shelters in Satkhira, Patuakhali and Bhola. In Barguna, embankments gave way. Across the border, the storm tore roofs off homes on India's Sagar Island, and Kolkata recorded 15 cm of rain.",
		gold: { KHULNA: [22.82, 89.55], Mongla: [22.49, 89.6], Sundarbans: [21.95, 89.18], Satkhira: [22.72, 89.07], Patuakhali: [22.36, 90.33], Bhola: [22.69, 90.65], Barguna: [22.15, 90.12], India: [22.0, 79.0], 'Sagar Island': [21.7, 88.1], Kolkata: [22.57, 88.36], Bangladesh: [23.7, 90.3] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "AIZAWL, India - Clashes between Kuki and Meitei groups in Manipur's Jiribam district have driven about 2,000 people across the state line into Assam's Cachar district, officials said. Relief camps have opened in Lakhipur and Silchar. Mizoram, which shelters 30,000 refugees from Myanmar's Chin state, has also taken in families from Churachandpur. The federal home ministry said more paramilitary units would be sent to Imphal.",
		gold: { AIZAWL: [23.73, 92.72], Manipur: [24.7, 93.9], Jiribam: [24.8, 93.12], Assam: [26.2, 92.9], Cachar: [24.8, 92.85], Lakhipur: [24.79, 93.02], Silchar: [24.83, 92.78], Mizoram: [23.2, 92.8], Myanmar: [21.0, 96.0], 'Chin state': [22.0, 93.5], Churachandpur: [24.33, 93.68], Imphal: [24.81, 93.94] },
		notPlaces: ['Kuki', 'Meitei']
	},
	{
		genre: 'health',
		text: "VISAKHAPATNAM, India - A new dialysis centre opened in Palasa on Friday for the Uddanam area of Srikakulam district, where chronic kidney disease of unknown cause has killed thousands of coconut and cashew farmers over three decades. Patients from Ichchapuram, Sompeta and Kaviti have had to travel to Srikakulam town or to Visakhapatnam for treatment. Researchers from Hyderabad say groundwater and heat are the likely causes. Andhra Pradesh's health minister said a research institute would be built in Palasa.",
		gold: { VISAKHAPATNAM: [17.69, 83.22], Palasa: [18.77, 84.41], Uddanam: [18.9, 84.5], 'Srikakulam district': [18.5, 84.0], Srikakulam: [18.3, 83.9], Ichchapuram: [19.11, 84.69], Sompeta: [18.94, 84.58], Kaviti: [18.99, 84.66], Visakhapatnam: [17.69, 83.22], Hyderabad: [17.39, 78.49], 'Andhra Pradesh': [15.9, 79.7] },
		notPlaces: []
	}
];

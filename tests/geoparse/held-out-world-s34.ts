// International and health news written for session 34 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s34` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Shapes the earlier batches have little of: summits,
// talks and envoys with capitals standing for governments ("Moscow said", "talks between Washington and
// Beijing"), trade corridors and commodity markets, migration routes and border posts, cyclones making
// landfall, floods along named rivers, earthquakes placed by distance and bearing from a town, front-line
// villages; epidemiology abstracts (Background/Methods/Findings), clinical trials at hospitals named with their
// cities ("Aga Khan University Hospital, Karachi"), hospitals and universities named for people or places, US
// state health departments, and diseases and viruses named for places (Hendra, Powassan, Mayaro, Rift Valley,
// Rocky Mountain). Regions: Africa, Central Asia, the Pacific, Latin America, the Middle East, Eastern Europe,
// South-East Asia. Gold points are the places' own coordinates, written from knowledge and checked against
// `gazette lookup NAME --country CC`; a river is given a point on the stretch the text speaks of. notPlaces lists
// the names as written that are no place here (a disease, virus, party, person or institution named after a
// place): each one mapped is counted as a false place. An ocean, desert or continent is given the gazetteer's own
// point (any point of the Pacific is as good as another). Half A is for tuning; half B stays held out.
// Before any change (main 0167534): A 219/224 within 161 km (international 148/151, health 71/73), no name of no
// place mapped, 35 gold names not mapped; B 237/239 (international 160/161, health 77/78), 1 name of no place
// mapped, 32 not mapped (the gold lists a name's shorter forms too: "Kano State" and "Kano", so some of these are
// only the other form). The misses: a capital standing for its government read as the US state in a text about
// the country Georgia (Washington), the river Niger read as the country, San Diego and Ontario read as namesakes
// of the story's country, Warwick and the Darling Downs of Queensland read as namesakes elsewhere in Australia,
// an island the gazetteer lacks (Tanna) read as an Indian city, and a hospital's saint (St. Luke) as a town. Not
// mapped: states named in their health departments ("The Minnesota Department of Health"), counties listed
// before "counties", islands, shoals and lakes the gazetteer lacks.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S34_A: GenreText[] = [
	{
		genre: 'international',
		text: 'ASTANA, Kazakhstan — The presidents of the five Central Asian states agreed on Thursday to share the water of the Amu Darya and Syr Darya more fairly, after a summer in which canals in the Fergana Valley ran dry. Tashkent has long objected to the Rogun dam that Dushanbe is building on the Vakhsh River, but Uzbek officials said the two capitals now saw the dam as a source of power for both. Bishkek and Ashgabat signed the accord with reservations. Moscow said it welcomed the deal; Beijing, which is building a railway from Kashgar to Andijan, sent its foreign minister.',
		gold: { ASTANA: [51.17, 71.45], Kazakhstan: [48, 67], 'Amu Darya': [38.0, 65.0], 'Syr Darya': [41.0, 68.5], 'Fergana Valley': [40.8, 71.8], Tashkent: [41.3, 69.27], Rogun: [38.78, 69.77], Dushanbe: [38.56, 68.77], 'Vakhsh River': [38.5, 69.5], Vakhsh: [38.5, 69.5], Bishkek: [42.87, 74.59], Ashgabat: [37.95, 58.38], Moscow: [55.76, 37.62], Beijing: [39.9, 116.4], Kashgar: [39.47, 75.99], Andijan: [40.78, 72.34] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TBILISI, Georgia — Tens of thousands of people marched down Rustaveli Avenue on Sunday night after the ruling party claimed victory in a parliamentary election that observers said was marred by pressure on voters in rural areas. Turnout was highest in Kvemo Kartli and Samegrelo, and opposition parties won in Tbilisi and Batumi but lost badly in Kutaisi and Zugdidi. Brussels said it would review Georgia's path towards membership of the European Union, and Washington urged an inquiry. The election commission in Tbilisi said it would recount ballots from 14 precincts in Marneuli.",
		gold: { TBILISI: [41.72, 44.79], Georgia: [42.2, 43.5], 'Kvemo Kartli': [41.5, 44.5], Samegrelo: [42.5, 42.0], Tbilisi: [41.72, 44.79], Batumi: [41.64, 41.64], Kutaisi: [42.27, 42.7], Zugdidi: [42.51, 41.87], Brussels: [50.85, 4.35], Washington: [38.9, -77.04], Marneuli: [41.48, 44.81] },
		notPlaces: ['Rustaveli']
	},
	{
		genre: 'health',
		text: 'Background: Severe acute malnutrition remains a leading cause of death among children under five in northern Nigeria. Methods: We conducted a prospective cohort study in Kano State, Nigeria, enrolling 1,120 children admitted to Aminu Kano Teaching Hospital and to two general hospitals in Wudil and Gaya between 2021 and 2023. Children were followed for 12 months after discharge. Findings: Mortality was highest among children from rural local government areas bordering Jigawa State and among those referred from Katsina. Interpretation: Follow-up in the community, as practised in Zaria in Kaduna State, could prevent many of these deaths.',
		gold: { Nigeria: [10, 8], 'Kano State': [11.75, 8.52], Kano: [12.0, 8.52], Wudil: [11.81, 8.84], Gaya: [11.86, 9.0], 'Jigawa State': [12.23, 9.56], Jigawa: [12.23, 9.56], Katsina: [12.99, 7.6], Zaria: [11.09, 7.71], 'Kaduna State': [10.52, 7.44], Kaduna: [10.52, 7.44] },
		notPlaces: ['Aminu Kano']
	},
	{
		genre: 'health',
		text: 'A randomised trial at Aga Khan University Hospital, Karachi, and Mayo Hospital, Lahore, found that giving pregnant women a single dose of azithromycin during labour did not lower the rate of newborn sepsis. The trial enrolled 4,300 women, most from the low-income settlements of Lyari and Orangi in Karachi and from districts around Lahore and Kasur. Doctors at Shaukat Khanum Memorial Hospital in Peshawar said the results matched their own smaller study in Khyber Pakhtunkhwa. The trial was funded from Seattle by a private foundation.',
		gold: { Karachi: [24.86, 67.01], Lahore: [31.55, 74.34], Lyari: [24.86, 66.99], Orangi: [24.95, 66.99], Kasur: [31.12, 74.45], Peshawar: [34.01, 71.58], 'Khyber Pakhtunkhwa': [34.5, 72.0], Seattle: [47.61, -122.33] },
		notPlaces: ['Aga Khan', 'Mayo', 'Shaukat Khanum']
	},
	{
		genre: 'international',
		text: 'PORT VILA, Vanuatu — Cyclone Lola made landfall on the island of Efate late on Tuesday with winds of 200 km/h, tearing roofs off houses in Port Vila and flattening gardens across Shefa province. The storm had earlier crossed Espiritu Santo and Malekula, and the airport at Luganville was closed. Communications with Tanna and Erromango were cut. Australia and New Zealand sent aircraft with water and tarpaulins from Brisbane and Auckland, and New Caledonia offered a naval ship from Nouméa. The Red Cross in Suva said it was ready to send teams from Fiji.',
		gold: { 'PORT VILA': [-17.73, 168.32], Vanuatu: [-16, 167], Efate: [-17.67, 168.4], 'Port Vila': [-17.73, 168.32], Shefa: [-17.7, 168.4], 'Espiritu Santo': [-15.4, 166.9], Malekula: [-16.2, 167.5], Luganville: [-15.52, 167.18], Tanna: [-19.5, 169.3], Erromango: [-18.8, 169.1], Australia: [-25, 134], 'New Zealand': [-41, 174], Brisbane: [-27.47, 153.03], Auckland: [-36.85, 174.76], 'New Caledonia': [-21.3, 165.5], Nouméa: [-22.27, 166.45], Suva: [-18.14, 178.44], Fiji: [-17.8, 178] },
		notPlaces: ['Lola']
	},
	{
		genre: 'international',
		text: "LIMA (Reuters) - An earthquake of magnitude 7.2 struck off Peru's southern coast on Friday, its epicentre 38 km south-west of Acarí in Arequipa region, the geophysical institute said. Houses collapsed in Chala and Yauca, and a landslide cut the Pan-American Highway near Atico. The shaking was felt in Lima, more than 500 km to the north, and in Ica and Nazca. The navy briefly issued a tsunami warning for the port of Matarani. Copper mines near Arequipa said they had stopped work to inspect their pits.",
		gold: { LIMA: [-12.05, -77.04], Peru: [-10, -76], Acarí: [-15.43, -74.62], Arequipa: [-16.4, -71.54], Chala: [-15.85, -74.25], Yauca: [-15.66, -74.53], Atico: [-16.21, -73.61], Lima: [-12.05, -77.04], Ica: [-14.07, -75.73], Nazca: [-14.83, -74.94], Matarani: [-17.0, -72.1] },
		notPlaces: ['Pan-American Highway', 'Pan-American']
	},
	{
		genre: 'international',
		text: 'Trucks carrying copper and cobalt from mines around Kolwezi and Lubumbashi queued for up to ten days at the Kasumbalesa border post this month, traders said, as Zambia brought in new checks on cargo bound for Dar es Salaam and Durban. Congolese exporters are turning west to the Lobito corridor, a railway rebuilt with American money that runs through Angola to the Atlantic port of Lobito. Prices on the London Metal Exchange rose 2% on the news. Zambian officials in Ndola and Chingola said the delays would ease once a new scanner was installed.',
		gold: { Kolwezi: [-10.71, 25.47], Lubumbashi: [-11.66, 27.48], Kasumbalesa: [-12.25, 27.8], Zambia: [-14, 28], 'Dar es Salaam': [-6.82, 39.27], Durban: [-29.86, 31.03], Angola: [-12.5, 18.5], Atlantic: [10, -25], Lobito: [-12.35, 13.55], Ndola: [-12.96, 28.64], Chingola: [-12.53, 27.85] },
		notPlaces: ['London Metal Exchange', 'London']
	},
	{
		genre: 'international',
		text: "More than 2,000 migrants reached Lampedusa in 48 hours, most on small metal boats from Sfax, Tunisia's second city, the Italian coast guard said. Many had travelled for months: across the Sahara from Agadez in Niger, through the Algerian town of Tamanrasset, and along the coast from Zuwara in western Libya. The reception centre on the island, built for 400, held 1,800 on Wednesday, and ferries took hundreds on to Porto Empedocle in Sicily. Rome said it would press Tunis for tighter patrols; aid groups in Sfax said the city's camps in the olive groves of El Amra were full.",
		gold: { Lampedusa: [35.5, 12.6], Sfax: [34.74, 10.76], Tunisia: [34, 9], Sahara: [23, 13], Agadez: [16.97, 7.99], Niger: [17, 9], Tamanrasset: [22.79, 5.52], Zuwara: [32.93, 12.08], Libya: [27, 17], 'Porto Empedocle': [37.29, 13.53], Sicily: [37.5, 14], Rome: [41.9, 12.5], Tunis: [36.8, 10.18], 'El Amra': [34.98, 10.73] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KYIV (AP) — Russian troops captured the village of Novohrodivka and pushed towards the outskirts of Selydove, Ukraine's military said, as the battle for Pokrovsk, a rail hub in the Donetsk region, entered its third month. Further south, Ukrainian units held positions around Kurakhove and Vuhledar under heavy shelling. Civilians were evacuated by bus from Myrnohrad to Dnipro and Zaporizhzhia. Moscow said it had also taken ground near Toretsk. In Kharkiv region, a glide bomb struck an apartment block in Kupiansk.",
		gold: { KYIV: [50.45, 30.52], Novohrodivka: [48.2, 37.35], Selydove: [48.15, 37.3], Ukraine: [49, 32], Pokrovsk: [48.28, 37.18], Donetsk: [48.0, 37.8], Kurakhove: [47.98, 37.28], Vuhledar: [47.78, 37.25], Myrnohrad: [48.3, 37.26], Dnipro: [48.46, 35.04], Zaporizhzhia: [47.84, 35.14], Moscow: [55.76, 37.62], Toretsk: [48.4, 37.85], Kharkiv: [49.99, 36.23], Kupiansk: [49.71, 37.61] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'The Arizona Department of Health Services has confirmed two deaths from Rocky Mountain spotted fever this summer, both on the San Carlos Apache Reservation in Gila County. The disease, spread by the brown dog tick, has killed more than 20 people in the state since 2003. Clinics in Globe and Whiteriver are offering free tick collars for dogs, and the tribal health department is working with the Centers for Disease Control and Prevention in Atlanta. Cases of Valley fever, a fungal infection of the desert Southwest, have also risen in Maricopa and Pima counties, with the most in Phoenix and Tucson.',
		gold: { Arizona: [34.3, -111.7], 'San Carlos': [33.35, -110.45], 'San Carlos Apache Reservation': [33.35, -110.45], 'Gila County': [33.8, -110.8], Globe: [33.39, -110.79], Whiteriver: [33.84, -109.96], Atlanta: [33.75, -84.39], Southwest: [34, -110], Maricopa: [33.6, -111.9], Pima: [32.13, -111.5], Phoenix: [33.45, -112.07], Tucson: [32.22, -110.97] },
		notPlaces: ['Rocky Mountain', 'Valley']
	},
	{
		genre: 'health',
		text: 'Queensland Health has confirmed that a horse that died on a property near Toowoomba was infected with Hendra virus, the first case on the Darling Downs in five years. Three people who cared for the horse are being tested at the Princess Alexandra Hospital in Brisbane. The virus, carried by flying foxes, was first identified in 1994 after an outbreak at a stable in the Brisbane suburb it is named after. Cases in horses have since been found along the coast from Cairns to Murwillumbah in northern New South Wales. Vets in Gatton and Warwick urged owners to vaccinate.',
		gold: { Queensland: [-22, 144], Toowoomba: [-27.56, 151.95], 'Darling Downs': [-27.5, 151.0], Brisbane: [-27.47, 153.03], Cairns: [-16.92, 145.77], Murwillumbah: [-28.33, 153.4], 'New South Wales': [-32, 147], Gatton: [-27.56, 152.28], Warwick: [-28.22, 152.03] },
		notPlaces: ['Hendra', 'Princess Alexandra']
	},
	{
		genre: 'health',
		text: 'Drug-resistant tuberculosis in Karakalpakstan: a retrospective study. We reviewed the records of 2,845 patients treated for multidrug-resistant tuberculosis in the Republic of Karakalpakstan, Uzbekistan, between 2015 and 2022. Treatment success was 71%, higher in Nukus than in the districts around the former shore of the Aral Sea, such as Moynaq and Kungrad. Patients who had worked as seasonal labourers in Kazakhstan or Russia were more likely to be lost to follow-up. Shorter all-oral regimens, first used in Urgench in neighbouring Khorezm, raised success to 84%.',
		gold: { Karakalpakstan: [43.0, 59.0], 'Republic of Karakalpakstan': [43.0, 59.0], Uzbekistan: [41.5, 64.5], Nukus: [42.46, 59.61], 'Aral Sea': [45.0, 60.0], Moynaq: [43.77, 59.02], Kungrad: [43.05, 58.9], Kazakhstan: [48, 67], Russia: [60, 90], Urgench: [41.55, 60.63], Khorezm: [41.4, 60.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'QUITO (Reuters) - Ecuador votes on Sunday in a presidential run-off dominated by crime, after a year in which the murder rate in Guayaquil made it one of the most violent cities in the Americas. Both candidates ended their campaigns on the coast, in Manta and Esmeraldas, where gangs fight over the routes that carry cocaine from Colombia to the Pacific ports. In the highlands, voters in Cuenca and Ambato are more worried about power cuts caused by drought at the Paute dam. Quito said troops would guard polling stations in the provinces of Los Ríos and El Oro.',
		gold: { QUITO: [-0.22, -78.51], Ecuador: [-1.5, -78], Guayaquil: [-2.19, -79.89], Americas: [10, -80], Manta: [-0.95, -80.72], Esmeraldas: [0.96, -79.65], Colombia: [4, -73], Pacific: [0, -160], Cuenca: [-2.9, -79.0], Ambato: [-1.25, -78.62], Paute: [-2.78, -78.76], Quito: [-0.22, -78.51], 'Los Ríos': [-1.5, -79.5], 'El Oro': [-3.5, -79.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MUSCAT (AP) — Envoys from Tehran and Washington held a third round of indirect talks in Muscat on Saturday, with Omani officials carrying messages between rooms, both sides said. The talks, on Iran's nuclear programme, will move to Rome next week. Riyadh and Doha welcomed them. Tankers in the Strait of Hormuz have been stopped twice this year by Iranian boats operating from Bandar Abbas, and shipping insurers in London said premiums for the Gulf had doubled. Israel, which has struck sites near Isfahan, said it was not bound by any deal.",
		gold: { MUSCAT: [23.59, 58.41], Tehran: [35.69, 51.39], Washington: [38.9, -77.04], Muscat: [23.59, 58.41], Iran: [32, 53], Rome: [41.9, 12.5], Riyadh: [24.71, 46.68], Doha: [25.29, 51.53], 'Strait of Hormuz': [26.57, 56.25], 'Bandar Abbas': [27.18, 56.27], London: [51.51, -0.13], Gulf: [26.5, 52], Israel: [31.5, 34.9], Isfahan: [32.65, 51.67] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'Researchers at Makerere University in Kampala and at Mbarara University of Science and Technology reported that daily hydroxyurea halved the number of strokes in children with sickle cell anaemia in a trial at four hospitals in Uganda. Children were enrolled at Mulago Hospital in Kampala and at regional hospitals in Mbarara, Gulu and Lira. The drug costs less than a dollar a week, and the authors called for it to be given across sub-Saharan Africa. A similar trial at a children\'s hospital in Cincinnati, Ohio, led by the same team, found it safe at higher doses.',
		gold: { Kampala: [0.32, 32.58], Uganda: [1, 32], Mbarara: [-0.61, 30.65], Gulu: [2.77, 32.3], Lira: [2.25, 32.9], Africa: [7.19, 21.09], Cincinnati: [39.1, -84.51], Ohio: [40.4, -82.8] },
		notPlaces: ['Mulago']
	},
	{
		genre: 'international',
		text: 'ABUJA, Nigeria — Floods along the Benue and Niger rivers have displaced more than 600,000 people in Nigeria since August, the emergency agency said, after Cameroon opened the gates of the Lagdo dam upstream. In Kogi State, water covered parts of Lokoja, where the two rivers meet, and the highway to Abuja was cut for a week. In Benue State, farms around Makurdi were under water, and in Adamawa, villages near Yola were evacuated by canoe. Officials in Bayelsa, in the Niger Delta, said the worst was yet to come.',
		gold: { ABUJA: [9.06, 7.49], Benue: [7.73, 8.53], Niger: [7.8, 6.74], Nigeria: [10, 8], Cameroon: [6, 12.5], Lagdo: [9.05, 13.73], 'Kogi State': [7.8, 6.7], Kogi: [7.8, 6.7], Lokoja: [7.8, 6.74], Abuja: [9.06, 7.49], 'Benue State': [7.35, 8.75], Makurdi: [7.73, 8.53], Adamawa: [9.3, 12.4], Yola: [9.2, 12.48], Bayelsa: [4.77, 6.07], 'Niger Delta': [5.0, 6.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MANILA (Reuters) - Manila and Beijing traded accusations on Monday after a Chinese coast guard ship fired a water cannon at a Philippine supply boat near Second Thomas Shoal, in the Spratly Islands. The boat had left Puerto Princesa, on Palawan, to resupply marines on a grounded warship. Washington said it stood by its ally. Hanoi, which also claims the Spratlys, called for calm, and Kuala Lumpur urged talks. Fishermen from Zambales said Chinese ships had kept them from Scarborough Shoal for a month.",
		gold: { MANILA: [14.6, 120.98], Manila: [14.6, 120.98], Beijing: [39.9, 116.4], 'Second Thomas Shoal': [9.73, 115.87], 'Spratly Islands': [10, 114.5], 'Puerto Princesa': [9.74, 118.74], Palawan: [9.5, 118.5], Washington: [38.9, -77.04], Hanoi: [21.03, 105.85], Spratlys: [10, 114.5], 'Kuala Lumpur': [3.14, 101.69], Zambales: [15.5, 120.1], 'Scarborough Shoal': [15.15, 117.76] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "SARAJEVO — Doctors at the university clinical centre in Sarajevo said admissions for asthma and heart attacks rose by a third during a week of smog that made the city's air among the dirtiest in the world. Coal heating, old cars and the valley's winter inversions are to blame, and Tuzla and Zenica, home to a coal plant and a steelworks, fared worse. In Serbia, hospitals in Belgrade and Niš reported the same rise, and schools in Valjevo closed. Bosnia's health institute in Banja Luka warned people over 65 to stay indoors.",
		gold: { SARAJEVO: [43.86, 18.41], Sarajevo: [43.86, 18.41], Tuzla: [44.54, 18.67], Zenica: [44.2, 17.91], Serbia: [44, 21], Belgrade: [44.82, 20.46], Niš: [43.32, 21.9], Valjevo: [44.27, 19.89], Bosnia: [44, 18], 'Banja Luka': [44.77, 17.19] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "HONIARA, Solomon Islands — Counting began on Thursday after a general election that Canberra and Beijing watched closely, five years after the Solomon Islands switched its recognition from Taipei to Beijing. Turnout was high on Malaita, the most populous island, where voters in Auki have long opposed the switch. In Honiara, on Guadalcanal, police guarded the Chinatown that was burned in riots in 2021. Ballot boxes from Western Province and the remote Temotu islands were flown in by an Australian aircraft. Wellington said its observers saw no fraud.",
		gold: { HONIARA: [-9.43, 159.95], 'Solomon Islands': [-9.6, 160.2], Canberra: [-35.28, 149.13], Beijing: [39.9, 116.4], Taipei: [25.03, 121.57], Malaita: [-9.0, 161.0], Auki: [-8.77, 160.7], Honiara: [-9.43, 159.95], Guadalcanal: [-9.6, 160.15], 'Western Province': [-8.1, 157.2], Temotu: [-10.7, 166.0], Wellington: [-41.29, 174.78] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "NAIROBI (Reuters) - Kenya's health ministry confirmed an outbreak of Rift Valley fever in Garissa and Wajir counties on Wednesday, after heavy rains left pools of standing water where mosquitoes breed. Eleven people have died, most of them herders who handled sick animals. Samples were confirmed at the Kenya Medical Research Institute in Nairobi, and the KEMRI-Wellcome programme in Kilifi sent a team. Livestock markets in Garissa and Mandera were closed, and officials in Isiolo and Marsabit were told to watch for cases. Somalia reported cases in the Lower Juba region.",
		gold: { NAIROBI: [-1.29, 36.82], Kenya: [1, 38], Garissa: [-0.45, 39.65], Wajir: [1.75, 40.06], Nairobi: [-1.29, 36.82], Kilifi: [-3.63, 39.85], Mandera: [3.94, 41.86], Isiolo: [0.35, 37.58], Marsabit: [2.33, 37.99], Somalia: [6, 46], 'Lower Juba': [0.2, 41.6] },
		notPlaces: ['Rift Valley', 'Wellcome']
	}
];

export const HELD_OUT_WORLD_S34_B: GenreText[] = [
	{
		genre: 'international',
		text: 'BAMAKO (AP) — The military governments of Mali, Burkina Faso and Niger said on Sunday that their new confederation would issue its own passports, a year after the three countries quit the West African bloc. Abuja said the door remained open for their return. The leaders met in Niamey, and Ouagadougou will host the next summit. Fighting continues in the north of Mali, where the army retook Kidal last year, and convoys between Gao and Timbuktu are attacked almost weekly. Algiers, which brokered a peace deal in 2015, said it had been sidelined.',
		gold: { BAMAKO: [12.65, -8.0], Mali: [17, -4], 'Burkina Faso': [12.3, -1.6], Niger: [17, 9], Abuja: [9.06, 7.49], Niamey: [13.51, 2.11], Ouagadougou: [12.37, -1.52], Kidal: [18.44, 1.41], Gao: [16.27, -0.04], Timbuktu: [16.77, -3.01], Algiers: [36.75, 3.06] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Freight along the Middle Corridor, the route that carries Chinese goods to Europe without crossing Russia, doubled last year, the railways of Kazakhstan, Azerbaijan and Georgia said. Containers loaded at Khorgos, on the Chinese border, travel by rail to the Caspian port of Aktau, by ship to Alat, south of Baku, and on to the Black Sea ports of Poti and Batumi. A new line from Kars in Turkey to Akhalkalaki opened the way to Istanbul. Shippers say the trip takes 20 days, against 45 by sea through Suez.",
		gold: { 'Middle Corridor': [41, 55], Europe: [48.69, 9.14], Russia: [60, 90], Kazakhstan: [48, 67], Azerbaijan: [40.5, 47.5], Georgia: [42.2, 43.5], Khorgos: [44.2, 80.4], Caspian: [42, 50.5], Aktau: [43.65, 51.17], Alat: [39.94, 49.41], Baku: [40.41, 49.87], 'Black Sea': [43.5, 34], Poti: [42.15, 41.67], Batumi: [41.64, 41.64], Kars: [40.6, 43.1], Turkey: [39, 35], Akhalkalaki: [41.4, 43.48], Istanbul: [41.01, 28.98], Suez: [29.97, 32.55] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'Objective: To estimate the prevalence of intestinal parasites among schoolchildren in south-western Ethiopia. Design: Cross-sectional survey. Setting: Twelve primary schools in Jimma Zone, Oromia Regional State, Ethiopia, sampled from the towns of Agaro and Seka and from rural kebeles along the Gilgel Gibe river. Results: Of 1,480 children, 47% carried at least one parasite, most often hookworm. Stool samples were examined at Jimma University Medical Center. Conclusions: Deworming every six months, as practised in Amhara, should be extended to Oromia.',
		gold: { Ethiopia: [9, 39.5], 'Jimma Zone': [7.7, 36.8], Jimma: [7.67, 36.83], Oromia: [8, 39], 'Oromia Regional State': [8, 39], Agaro: [7.85, 36.58], Seka: [7.6, 36.73], 'Gilgel Gibe': [7.8, 37.2], Amhara: [11.5, 38.5] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'Doctors at Christian Medical College, Vellore, in Tamil Nadu, reported that a cheaper regimen of two antibiotics cured typhoid in 94% of patients in a trial at hospitals in Vellore, Chennai and Kolkata. The trial was run with Kathmandu\'s Patan Hospital, where drug-resistant typhoid is common, and with the Oxford University Clinical Research Unit in Ho Chi Minh City. Resistant strains first spread from Sindh in Pakistan, and cases have since been reported in travellers returning to Birmingham and Toronto.',
		gold: { Vellore: [12.92, 79.13], 'Tamil Nadu': [11, 78.5], Chennai: [13.08, 80.27], Kolkata: [22.57, 88.36], Kathmandu: [27.72, 85.32], Patan: [27.67, 85.32], 'Ho Chi Minh City': [10.82, 106.63], Sindh: [26, 68.5], Pakistan: [30, 70], Birmingham: [52.48, -1.9], Toronto: [43.65, -79.38] },
		notPlaces: ['Oxford']
	},
	{
		genre: 'international',
		text: "SUVA, Fiji — Cyclone Mina made landfall on Vanua Levu on Sunday, destroying homes in Labasa and Savusavu and cutting power across the Northern Division, the National Disaster Management Office said. The island of Taveuni was cut off for two days. The storm turned south-east towards Tonga, where the government in Nuku'alofa ordered people in Vava'u and Ha'apai to move to shelters. In Suva, the capital, on Viti Levu, markets stayed open. New Zealand sent a naval ship from Auckland.",
		gold: { SUVA: [-18.14, 178.44], Fiji: [-17.8, 178], 'Vanua Levu': [-16.6, 179.2], Labasa: [-16.43, 179.36], Savusavu: [-16.78, 179.33], 'Northern Division': [-16.5, 179.3], Taveuni: [-16.85, -179.95], Tonga: [-21.2, -175.2], "Nuku'alofa": [-21.14, -175.2], "Vava'u": [-18.65, -173.98], "Ha'apai": [-19.75, -174.35], Suva: [-18.14, 178.44], 'Viti Levu': [-17.8, 178.0], 'New Zealand': [-41, 174], Auckland: [-36.85, 174.76] },
		notPlaces: ['Mina']
	},
	{
		genre: 'international',
		text: "MARRAKESH, Morocco — An earthquake of magnitude 6.8 struck the High Atlas late on Friday, its epicentre 72 km south-west of Marrakesh in Al Haouz province, killing more than 2,900 people. Villages of mud brick around Amizmiz, Talat N'Yacoub and Ighil were flattened. In Marrakesh, parts of the old city walls fell. Rescuers from Spain, Qatar and the United Kingdom flew into Casablanca and Marrakesh; Rabat turned down help from Paris. Damage was also reported in Taroudant and Chichaoua provinces and as far away as Ouarzazate.",
		gold: { MARRAKESH: [31.63, -8.0], Morocco: [32, -6], 'High Atlas': [31.2, -7.5], Marrakesh: [31.63, -8.0], 'Al Haouz': [31.3, -7.9], Amizmiz: [31.22, -8.24], "Talat N'Yacoub": [30.99, -8.18], Ighil: [30.99, -8.43], Spain: [40, -4], Qatar: [25.3, 51.2], 'United Kingdom': [54, -2], Casablanca: [33.57, -7.59], Rabat: [34.02, -6.84], Paris: [48.86, 2.35], Taroudant: [30.47, -8.88], Chichaoua: [31.54, -8.76], Ouarzazate: [30.92, -6.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'TAPACHULA, Mexico (AP) — Thousands of migrants set out on foot from Tapachula on Monday in a caravan heading north, a day after Mexican authorities stopped issuing transit permits in Chiapas. Most had crossed the Suchiate River on rafts from Tecún Umán in Guatemala. Many hope to reach Ciudad Juárez or Tijuana and apply for asylum in El Paso or San Diego. Washington has pressed Mexico City to stop the caravans before they reach Oaxaca, and the national guard set up checkpoints near Huixtla.',
		gold: { TAPACHULA: [14.9, -92.26], Mexico: [23, -102], Tapachula: [14.9, -92.26], Chiapas: [16.5, -92.5], 'Suchiate River': [14.7, -92.15], Suchiate: [14.7, -92.15], 'Tecún Umán': [14.67, -92.14], Guatemala: [15.5, -90.25], 'Ciudad Juárez': [31.72, -106.46], Tijuana: [32.53, -117.02], 'El Paso': [31.76, -106.49], 'San Diego': [32.72, -117.16], Washington: [38.9, -77.04], 'Mexico City': [19.43, -99.13], Oaxaca: [17.06, -96.72], Huixtla: [15.14, -92.47] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GOMA, Democratic Republic of Congo (Reuters) - M23 rebels seized the town of Sake, 25 km west of Goma, on Thursday, cutting the last main road into the city, residents and the UN said. Hundreds of thousands of displaced people from Masisi and Rutshuru territories live in camps on Goma's edge. Kinshasa accused Kigali of sending troops across the border; Rwanda denied it. Boats across Lake Kivu to Bukavu were packed. Angola's president, who has mediated talks in Luanda, called both leaders.",
		gold: { GOMA: [-1.68, 29.23], 'Democratic Republic of Congo': [-2.5, 23.5], Sake: [-1.57, 29.04], Goma: [-1.68, 29.23], Masisi: [-1.4, 28.82], Rutshuru: [-1.19, 29.45], Kinshasa: [-4.33, 15.31], Kigali: [-1.95, 30.06], Rwanda: [-2, 30], 'Lake Kivu': [-2.0, 29.1], Bukavu: [-2.5, 28.86], Angola: [-12.5, 18.5], Luanda: [-8.84, 13.23] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'The Minnesota Department of Health reported three cases of Powassan virus disease this year, all in people who had been bitten by ticks in Crow Wing and Cass counties, and one death. The virus, named after the town in Ontario where it was first found in 1958, can cause swelling of the brain. Cases have also been reported in Wisconsin, around Eau Claire, and in Maine. Doctors at St. Luke\'s hospital in Duluth and at clinics in Brainerd urged people to check for ticks after walking in the woods.',
		gold: { Minnesota: [46.3, -94.3], 'Crow Wing': [46.48, -94.07], Cass: [47.0, -94.3], Ontario: [50, -85], Wisconsin: [44.6, -89.9], 'Eau Claire': [44.81, -91.5], Maine: [45.3, -69.2], Duluth: [46.79, -92.1], Brainerd: [46.36, -94.2] },
		notPlaces: ['Powassan', "St. Luke's", 'St. Luke']
	},
	{
		genre: 'health',
		text: "SAINT-DENIS, Réunion — Health authorities on the French island of Réunion declared a chikungunya epidemic on Friday, with 12,000 confirmed cases since January, most in the south around Saint-Pierre and Le Tampon. Hospitals in Saint-Denis and Saint-Paul have opened extra wards. The island suffered an epidemic in 2005-06 that infected a third of its people. Mauritius and Mayotte are watching for cases, and Paris sent 100,000 doses of a new vaccine. Travellers returning to Marseille have brought the virus to mainland France.",
		gold: { 'SAINT-DENIS, Réunion': [-20.88, 55.45], 'SAINT-DENIS': [-20.88, 55.45], Réunion: [-21.1, 55.5], 'Saint-Pierre': [-21.34, 55.48], 'Le Tampon': [-21.28, 55.52], 'Saint-Denis': [-20.88, 55.45], 'Saint-Paul': [-21.01, 55.27], Mauritius: [-20.3, 57.58], Mayotte: [-12.83, 45.14], Paris: [48.86, 2.35], Marseille: [43.3, 5.37], France: [46, 2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Arabica coffee futures in New York hit their highest since 1977 on Tuesday after dry weather in Minas Gerais, Brazil's main growing state, cut the harvest, and exporters in Santos said shipments were a fifth lower. Robusta prices in London also rose, as Vietnam's Central Highlands, around Buon Ma Thuot in Dak Lak province, had their worst drought in a decade. Roasters in Hamburg and Trieste said they would raise prices. Growers in Uganda's Mbale region and in Colombia's Huila stand to gain.",
		gold: { 'New York': [40.71, -74.0], 'Minas Gerais': [-18.5, -44.5], Brazil: [-10, -55], Santos: [-23.96, -46.33], London: [51.51, -0.13], Vietnam: [16, 107.8], 'Central Highlands': [13.0, 108.0], 'Buon Ma Thuot': [12.67, 108.04], 'Dak Lak': [12.7, 108.2], Hamburg: [53.55, 9.99], Trieste: [45.65, 13.78], Uganda: [1, 32], Mbale: [1.08, 34.18], Colombia: [4, -73], Huila: [2.5, -75.5] },
		notPlaces: ['Arabica', 'Robusta']
	},
	{
		genre: 'international',
		text: "SANTIAGO (Reuters) - Chile's Congress approved a new copper royalty on Wednesday after months of debate, as miners in Antofagasta warned that it would slow investment in the Atacama desert. The bill passed the Senate in Valparaíso by four votes. Lithium producers around the Salar de Atacama and the port of Mejillones will pay a separate tax. In the south, lawmakers from Araucanía and Temuco demanded that part of the money go to the region's Mapuche communities. Beijing, Chile's biggest customer, made no comment.",
		gold: { SANTIAGO: [-33.45, -70.67], Chile: [-30, -71], Antofagasta: [-23.65, -70.4], Atacama: [-24.5, -69.3], Valparaíso: [-33.05, -71.62], 'Salar de Atacama': [-23.5, -68.25], Mejillones: [-23.1, -70.45], Araucanía: [-38.7, -72.5], Temuco: [-38.74, -72.6], Beijing: [39.9, 116.4] },
		notPlaces: ['Mapuche']
	},
	{
		genre: 'international',
		text: "ADEN, Yemen (AP) — Houthi forces fired two missiles at a cargo ship in the Red Sea off Hodeidah on Monday, the latest of dozens of attacks that have driven shipping away from the Bab el-Mandeb strait. The ship, bound for Jeddah, reached Djibouti with minor damage. Fighting also resumed around Marib, the government's last stronghold in the north, and in Taiz. Riyadh and Sanaa have held talks in Muscat on a truce. The UN envoy said he would travel from Amman to Aden next week.",
		gold: { ADEN: [12.79, 45.03], Yemen: [15.5, 47.5], 'Red Sea': [20, 38.5], Hodeidah: [14.8, 42.95], 'Bab el-Mandeb': [12.58, 43.33], Jeddah: [21.54, 39.17], Djibouti: [11.59, 43.15], Marib: [15.46, 45.33], Taiz: [13.58, 44.02], Riyadh: [24.71, 46.68], Sanaa: [15.35, 44.21], Muscat: [23.59, 58.41], Amman: [31.95, 35.93], Aden: [12.79, 45.03] },
		notPlaces: ['Houthi']
	},
	{
		genre: 'health',
		text: "BISHKEK, Kyrgyzstan — Kyrgyzstan recorded 1,100 human cases of brucellosis last year, one of the highest rates in the world, the health ministry said, most in the southern regions of Osh and Jalal-Abad, where families keep sheep and drink raw milk. A study by the national centre for public health in Bishkek found the disease also common in Naryn and around Lake Issyk-Kul. Kazakhstan and Tajikistan report similar rates. Veterinary teams vaccinated 800,000 sheep in Batken and Talas this spring.",
		gold: { BISHKEK: [42.87, 74.59], Kyrgyzstan: [41.5, 75], Osh: [40.53, 72.8], 'Jalal-Abad': [40.93, 73.0], Bishkek: [42.87, 74.59], Naryn: [41.43, 75.99], 'Issyk-Kul': [42.45, 77.25], 'Lake Issyk-Kul': [42.45, 77.25], Kazakhstan: [48, 67], Tajikistan: [38.8, 71], Batken: [40.06, 70.82], Talas: [42.52, 72.24] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "APIA, Samoa — Samoa's health ministry declared a dengue outbreak on Wednesday after 600 cases, most on Upolu, and the main hospital in Apia set aside a ward for children. Cases have also been found in villages on Savai'i. American Samoa, Tonga and the Cook Islands have reported cases of the same serotype, and health officials in Pago Pago began spraying. Laboratory tests were done in Auckland and at the Institut Louis Malardé in Papeete, Tahiti.",
		gold: { APIA: [-13.83, -171.76], Samoa: [-13.75, -172.1], Upolu: [-13.92, -171.75], Apia: [-13.83, -171.76], "Savai'i": [-13.65, -172.45], 'American Samoa': [-14.3, -170.7], Tonga: [-21.2, -175.2], 'Cook Islands': [-21.2, -159.8], 'Pago Pago': [-14.28, -170.7], Auckland: [-36.85, 174.76], Papeete: [-17.54, -149.57], Tahiti: [-17.65, -149.45] },
		notPlaces: ['Louis Malardé']
	},
	{
		genre: 'international',
		text: "CHISINAU (Reuters) - Moldova cut the price of gas for households on Monday after supplies from Romania replaced those cut off by Moscow, but the breakaway region of Transnistria, where the power plant at Cuciurgan supplies most of the country's electricity, remained without heating. Factories in Tiraspol and Bender stood idle. In Gagauzia, officials in Comrat accused Chisinau of neglect. Kyiv said it would send coal through the border crossing at Palanca. Brussels pledged 250 million euros.",
		gold: { CHISINAU: [47.01, 28.86], Moldova: [47, 28.5], Romania: [46, 25], Moscow: [55.76, 37.62], Transnistria: [47.2, 29.4], Cuciurgan: [46.65, 29.92], Tiraspol: [46.84, 29.63], Bender: [46.83, 29.48], Gagauzia: [46.3, 28.65], Comrat: [46.3, 28.66], Chisinau: [47.01, 28.86], Kyiv: [50.45, 30.52], Palanca: [46.41, 30.09], Brussels: [50.85, 4.35] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PHNOM PENH (AP) — A 3-year-old girl from Prey Veng province died of H5N1 bird flu on Sunday, Cambodia's sixth death from the virus this year, the health ministry said. She had played with sick chickens in her village. Samples were tested at the Institut Pasteur du Cambodge in Phnom Penh, which found a reassortant strain seen before in Takeo and Svay Rieng. Rapid response teams were sent to the village, and health officials in Siem Reap and Kampot were told to report any deaths of poultry. Vietnam, across the border from Svay Rieng, raised its alert.",
		gold: { 'PHNOM PENH': [11.56, 104.92], 'Prey Veng': [11.49, 105.33], Cambodia: [12.5, 105], 'Phnom Penh': [11.56, 104.92], Takeo: [10.99, 104.78], 'Svay Rieng': [11.09, 105.8], 'Siem Reap': [13.36, 103.86], Kampot: [10.61, 104.18], Vietnam: [16, 107.8] },
		notPlaces: ['Pasteur', 'Cambodge']
	},
	{
		genre: 'international',
		text: "PORTO ALEGRE, Brazil (Reuters) - The Guaíba river rose to a record 5.3 metres on Sunday, flooding the centre of Porto Alegre and its airport, as a week of rain swelled the rivers of Rio Grande do Sul. More than 400,000 people fled their homes, many in Canoas, Eldorado do Sul and São Leopoldo. Upstream, the Taquari burst its banks at Lajeado and Estrela. Brasília sent the army, and Uruguay and Argentina offered boats. Farmers said the soy harvest around Santa Maria and Passo Fundo was lost.",
		gold: { 'PORTO ALEGRE': [-30.03, -51.23], Brazil: [-10, -55], Guaíba: [-30.1, -51.25], 'Porto Alegre': [-30.03, -51.23], 'Rio Grande do Sul': [-30, -53.5], Canoas: [-29.92, -51.18], 'Eldorado do Sul': [-30.08, -51.62], 'São Leopoldo': [-29.76, -51.15], Taquari: [-29.45, -51.95], Lajeado: [-29.47, -51.96], Estrela: [-29.5, -51.96], Brasília: [-15.79, -47.88], Uruguay: [-33, -56], Argentina: [-34, -64], 'Santa Maria': [-29.68, -53.81], 'Passo Fundo': [-28.26, -52.41] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'A trial at Groote Schuur Hospital in Cape Town and Chris Hani Baragwanath Academic Hospital in Soweto found that a six-month injection of lenacapavir prevented every HIV infection among 2,100 young women. Sites in Durban and in Masaka and Kampala, Uganda, also took part. Researchers from the University of the Witwatersrand in Johannesburg said the results could change prevention across southern Africa. The drug is made by a company in Foster City, California.',
		gold: { 'Cape Town': [-33.92, 18.42], Soweto: [-26.27, 27.86], Durban: [-29.86, 31.03], Masaka: [-0.33, 31.73], Kampala: [0.32, 32.58], Uganda: [1, 32], Johannesburg: [-26.2, 28.05], 'southern Africa': [-24, 25], Africa: [7.19, 21.09], 'Foster City': [37.56, -122.27], California: [37, -120] },
		notPlaces: ['Groote Schuur', 'Chris Hani', 'Chris Hani Baragwanath', 'Baragwanath']
	},
	{
		genre: 'international',
		text: "JEDDAH, Saudi Arabia (AP) — Envoys of Sudan's army and the Rapid Support Forces returned to talks in Jeddah on Tuesday under pressure from Riyadh and Washington, as fighting spread from Khartoum to Omdurman and the Gezira state capital Wad Madani. The army's government, based in Port Sudan since it lost the capital, sent a delegation led by a general. Cairo and Addis Ababa sent observers, and the African Union's envoy flew in from Nairobi. Aid groups in Kosti, on the White Nile, said they had not been paid in months.",
		gold: { JEDDAH: [21.54, 39.17], 'Saudi Arabia': [24, 45], Sudan: [15, 30], Jeddah: [21.54, 39.17], Riyadh: [24.71, 46.68], Washington: [38.9, -77.04], Khartoum: [15.5, 32.56], Omdurman: [15.64, 32.48], Gezira: [14.5, 33.2], 'Wad Madani': [14.4, 33.52], 'Port Sudan': [19.62, 37.22], Cairo: [30.04, 31.24], 'Addis Ababa': [9.03, 38.74], Nairobi: [-1.29, 36.82], Kosti: [13.16, 32.66], 'White Nile': [13.2, 32.6] },
		notPlaces: ['Rapid Support Forces', 'African Union']
	}
];

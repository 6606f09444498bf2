// International and health news written for session 33 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s33` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). The forms the hidden sets take: WHO outbreak notices,
// ProMED-style posts with bracketed moderator notes, situation reports (districts, provinces, camps, border
// crossings, rivers), vaccination campaigns, disaster and conflict reports and wire stories with datelines, from
// Africa, South and Southeast Asia, Latin America, the Middle East and Eastern Europe; health news quoting
// institutions named for places (the Liverpool School of Tropical Medicine, Johns Hopkins, the Wuhan Institute of
// Virology), strain and variant names (A/Darwin/…, the Delta variant) and diseases named for places (Ebola,
// Lyme, West Nile, Zika, Marburg, Nipah, Crimean-Congo, Oropouche). Many names are shared across continents
// (Wau, Pemba, Sagar, Trinidad, Beni, Shire, Santa Cruz, Concepción, San Miguel, Panama City, Tyre, Acre).
// Gold points are the places' own coordinates, written from knowledge and checked against
// `gazette lookup NAME --country CC`; a river is given a point on the stretch the text speaks of. notPlaces
// lists the names as written that are no place here (a disease, strain, institution or person named after a
// place): each one mapped is counted as a false place. Half A is for tuning; half B stays held out.
// Before any change (main ae0c049): A 212/218 within 161 km (health 104/108, international 108/110), 3 names of
// no place mapped; B 231/237 (health 107/108, international 124/129), 1 name of no place mapped. The misses: rivers
// placed at their mouths (Zambezi, Euphrates, Amazon), names the gazetteer lacks that go to namesakes abroad
// (Palma, Agam, El Alto, Tawila, the Rakhine Pauktaw, the Philippine Cordillera), the island of Trinidad read as the
// Bolivian town, pieces of longer names (Tana of Lake Tana, Niger Delta of Inner Niger Delta, Arab of Shatt
// al-Arab, Shang of Shang'ombo), a sentence's first word (Oral) and a militia named like an Italian town.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S33_A: GenreText[] = [
	{
		genre: 'health',
		text: 'Cholera – Malawi. On 3 February the Ministry of Health of Malawi reported 1,204 suspected cholera cases and 38 deaths since the start of the year in nine districts. The most affected are Nsanje and Chikwawa in the Southern Region, along the Shire River, and Mangochi, on the southern shore of Lake Malawi. Blantyre and Lilongwe have reported cases among traders. Cases have also been reported across the border in Mozambique\'s Tete province. Oral cholera vaccine doses from the global stockpile arrived in Lilongwe on 1 February, and a campaign began in Nsanje on 6 February.',
		gold: { Malawi: [-13.5, 34], Nsanje: [-16.92, 35.26], Chikwawa: [-16.03, 34.8], 'Southern Region': [-15.5, 35.0], 'Shire River': [-16.3, 34.9], Shire: [-16.3, 34.9], Mangochi: [-14.48, 35.26], 'Lake Malawi': [-12.0, 34.5], Blantyre: [-15.79, 35.01], Lilongwe: [-13.97, 33.79], Mozambique: [-18, 35], Tete: [-15.6, 33.0], 'Tete province': [-15.6, 33.0] },
		notPlaces: ['Oral']
	},
	{
		genre: 'health',
		text: "ANTHRAX - ZAMBIA (03): (WESTERN PROVINCE) HUMAN, HIPPOPOTAMUS. A ProMED-mail post. Source: a national daily [edited]. The Ministry of Health has confirmed 22 human cases of anthrax in Sioma and Shang'ombo districts of Western Province after villagers ate meat from hippopotamuses found dead along the Zambezi River. Samples were tested at the University Teaching Hospital in Lusaka. Veterinary officers from Mongu have vaccinated cattle along the border with Namibia and Angola. [Hippo die-offs from anthrax have been seen before in the Luangwa valley, in the east of Zambia. - Mod.MHJ]",
		gold: { ZAMBIA: [-14, 28], 'WESTERN PROVINCE': [-15.5, 23.2], Sioma: [-16.66, 23.57], "Shang'ombo": [-16.32, 22.1], 'Western Province': [-15.5, 23.2], 'Zambezi River': [-16.5, 23.4], Zambezi: [-16.5, 23.4], Lusaka: [-15.42, 28.28], Mongu: [-15.25, 23.13], Namibia: [-22, 17], Angola: [-12.5, 18.5], Luangwa: [-13.0, 31.8], Zambia: [-14, 28] },
		notPlaces: ['Shang']
	},
	{
		genre: 'international',
		text: 'DHAKA, Bangladesh (AP) — Dengue has killed more than 1,000 people in Bangladesh this year, the highest toll since records began, health officials said Tuesday. Hospitals in Dhaka are full, and cases are now rising fastest outside the capital, in Barisal, Chattogram and the river districts of Chandpur and Bhola. Doctors at a research hospital in the capital said the DENV-2 serotype was behind most severe cases. Across the border, health authorities in Kolkata and the rest of West Bengal reported their own surge. Bangladesh has asked India and Singapore for help with larvicide and test kits.',
		gold: { DHAKA: [23.81, 90.41], Bangladesh: [24, 90], Dhaka: [23.81, 90.41], Barisal: [22.7, 90.37], Chattogram: [22.34, 91.83], Chandpur: [23.23, 90.65], Bhola: [22.69, 90.65], Kolkata: [22.57, 88.36], 'West Bengal': [23, 87.75], India: [22, 79], Singapore: [1.29, 103.85] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Vaccine makers in the northern hemisphere have started production after the WHO recommended that this winter's shots include an A/Darwin/9/2021 (H3N2)-like virus and a B/Austria/1359417/2021-like virus. Scientists at the Francis Crick Institute in London, one of the WHO's collaborating centres, said the H3N2 viruses now spreading in Japan and South Korea had drifted only slightly. A team at the Peter Doherty Institute in Melbourne reached the same view from samples collected in Cambodia, Laos and Vietnam. Hospital admissions in Hong Kong, where the season starts early, are already above last year's.",
		gold: { London: [51.51, -0.13], Japan: [36, 138], 'South Korea': [36.5, 127.9], Melbourne: [-37.81, 144.96], Cambodia: [12.5, 105], Laos: [18, 105], Vietnam: [16, 107.8], 'Hong Kong': [22.3, 114.17] },
		notPlaces: ['Darwin', 'Austria']
	},
	{
		genre: 'health',
		text: 'The Karnataka health department has confirmed 46 cases of Kyasanur Forest disease this year, most of them in Shivamogga and Uttara Kannada districts, with two deaths in Sagar taluk. The tick-borne illness, known locally as monkey fever, was first identified in 1957 in the forests near Sorab. Officials have begun a vaccination drive in villages around Thirthahalli and Siddapur, and samples are being tested at the Virus Diagnostic Laboratory in Shivamogga and at the National Institute of Virology in Pune. Cases have also been reported across the state border in Goa and in Wayanad in Kerala.',
		gold: { Karnataka: [14.5, 75.7], Shivamogga: [13.93, 75.57], 'Uttara Kannada': [14.8, 74.6], Sagar: [14.17, 75.03], Sorab: [14.38, 75.09], Thirthahalli: [13.69, 75.24], Siddapur: [14.34, 74.89], Pune: [18.52, 73.86], Goa: [15.4, 74.0], Wayanad: [11.7, 76.1], Kerala: [10.4, 76.4] },
		notPlaces: ['Kyasanur Forest', 'Kyasanur']
	},
	{
		genre: 'international',
		text: 'South Sudan: Sudan crisis response – situation report No. 12. More than 600,000 people have crossed from Sudan into South Sudan since April, most through the Joda border crossing into Renk County, Upper Nile State. The transit centre in Renk holds four times its capacity, and boats carry families up the White Nile to Malakal, where cholera cases were confirmed last week. IOM and UNHCR are moving people onward to Aweil, Wau and Juba. Smaller numbers cross into Unity State and the Abyei area. Partners warn that the rainy season will cut road access to the Maban camps from June.',
		gold: { 'South Sudan': [7, 30], Sudan: [15, 30], Joda: [12.05, 32.8], 'Renk County': [11.5, 32.8], 'Upper Nile State': [10, 32.7], 'Upper Nile': [10, 32.7], Renk: [11.75, 32.8], 'White Nile': [10.5, 32.0], Malakal: [9.53, 31.66], Aweil: [8.77, 27.4], Wau: [7.7, 28.0], Juba: [4.85, 31.6], 'Unity State': [8.9, 29.8], Unity: [8.9, 29.8], Abyei: [9.6, 28.44], Maban: [9.97, 33.75] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'PEMBA, Mozambique (Reuters) - Insurgents attacked the town of Macomia in Cabo Delgado province on Friday, burning homes and a health centre, and thousands fled towards Pemba and Montepuez, aid workers said. The attack came weeks after Rwandan troops withdrew from parts of Mocímboa da Praia. Fighters crossed the Messalo River and raided villages near Mucojo. Cabo Delgado, which borders Tanzania, has been hit by violence since 2017 that has killed more than 4,000 people and stalled a $20 billion gas project near Palma. Médecins Sans Frontières said its teams in Mueda were treating the wounded.',
		gold: { PEMBA: [-12.97, 40.52], Mozambique: [-18, 35], Macomia: [-12.25, 40.12], 'Cabo Delgado': [-12.3, 39.3], 'Cabo Delgado province': [-12.3, 39.3], Pemba: [-12.97, 40.52], Montepuez: [-13.13, 39.0], 'Mocímboa da Praia': [-11.35, 40.35], 'Messalo River': [-11.9, 40.0], Messalo: [-11.9, 40.0], Mucojo: [-12.07, 40.47], Tanzania: [-6, 35], Palma: [-10.77, 40.47], Mueda: [-11.66, 39.55] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Brazil's health ministry said on Wednesday that Oropouche fever had spread beyond the Amazon, with 7,200 cases this year, including locally acquired infections in Espírito Santo and Santa Catarina. Until recently most cases came from Amazonas, Rondônia and Acre. Researchers at a federal laboratory in Rio de Janeiro have confirmed two deaths of young women in Bahia, the first anywhere. The virus, first isolated in 1955 from a forest worker on the island of Trinidad, is carried by biting midges. Cuba and Peru have also reported outbreaks this year, and Bolivia has confirmed cases in Pando and Beni.",
		gold: { Brazil: [-10, -55], Amazon: [-3.5, -62], 'Espírito Santo': [-19.6, -40.5], 'Santa Catarina': [-27.3, -50.2], Amazonas: [-4, -63], Rondônia: [-10.9, -62.8], Acre: [-9, -70], 'Rio de Janeiro': [-22.91, -43.17], Bahia: [-12.5, -41.7], Trinidad: [10.45, -61.25], Cuba: [21.5, -80], Peru: [-10, -76], Bolivia: [-17, -65], Pando: [-11.3, -67.7], Beni: [-14, -65.5] },
		notPlaces: ['Oropouche']
	},
	{
		genre: 'international',
		text: "LVIV, Ukraine (AP) — Russian drones struck energy facilities in the Lviv and Ivano-Frankivsk regions overnight, cutting power to thousands of homes, regional officials said Sunday. In the east, shelling killed four people in Kharkiv and two in Kupiansk, and a missile hit a hospital in Zaporizhzhia. Queues of trucks at the Shehyni crossing into Poland stretched for 20 kilometres as Polish farmers resumed their blockade at Medyka. Moldova said it had closed its airspace briefly after drone debris fell near Ocnița, close to the border with Ukraine's Chernivtsi region.",
		gold: { LVIV: [49.84, 24.03], Ukraine: [49, 32], Lviv: [49.84, 24.03], 'Ivano-Frankivsk': [48.92, 24.71], Kharkiv: [49.99, 36.23], Kupiansk: [49.71, 37.61], Zaporizhzhia: [47.84, 35.14], Shehyni: [49.8, 22.97], Poland: [52, 19.5], Medyka: [49.8, 22.93], Moldova: [47, 28.5], Ocnița: [48.41, 27.44], Chernivtsi: [48.29, 25.94] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'Syria: Cholera outbreak – Situation report No. 9. Since the first cases were confirmed in Aleppo governorate in September, 18,000 suspected cases and 49 deaths have been reported. Deir ez-Zor and Raqqa, where people drink untreated water from the Euphrates, account for more than half of them. Cases have since been found in Idlib, in camps around Sarmada and Atmeh near the Turkish border, and in Hasakeh. In Lebanon, cases spread from the Akkar district to the Bekaa valley. WHO has sent 2 million doses of oral cholera vaccine, brought in through the Bab al-Hawa crossing.',
		gold: { Syria: [35, 38], Aleppo: [36.2, 37.16], 'Aleppo governorate': [36.2, 37.16], 'Deir ez-Zor': [35.34, 40.14], Raqqa: [35.95, 39.01], Euphrates: [35.6, 39.8], Idlib: [35.93, 36.63], Sarmada: [36.18, 36.72], Atmeh: [36.21, 36.68], Hasakeh: [36.5, 40.75], Lebanon: [33.85, 35.86], Akkar: [34.55, 36.08], Bekaa: [33.85, 35.9], 'Bab al-Hawa': [36.23, 36.67] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'MANILA (Reuters) - A typhoon that tore across the northern Philippines killed at least 23 people, most of them in landslides in Cagayan and Isabela provinces, the disaster agency said on Thursday. Floodwaters from the Cagayan River submerged parts of Tuguegarao, and evacuation centres in Aparri and Ilagan were full. In the Cordillera, roads to Baguio and Bontoc were cut. The storm then moved over the Babuyan Islands towards Taiwan, where schools in Kaohsiung and Pingtung closed. The Department of Health warned of leptospirosis in flooded districts of Metro Manila.',
		gold: { MANILA: [14.6, 120.98], Philippines: [12, 122], Cagayan: [18.0, 121.8], Isabela: [16.97, 121.81], 'Cagayan River': [17.6, 121.7], Tuguegarao: [17.61, 121.73], Aparri: [18.36, 121.64], Ilagan: [17.15, 121.89], Cordillera: [17.3, 121.0], Baguio: [16.41, 120.6], Bontoc: [17.09, 120.98], 'Babuyan Islands': [19.3, 121.5], Taiwan: [23.7, 121], Kaohsiung: [22.63, 120.3], Pingtung: [22.67, 120.49], 'Metro Manila': [14.6, 121.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'A malaria vaccine trial in Burkina Faso, Kenya, Mali and Tanzania found that the R21 shot cut cases by three quarters in young children, researchers said. The work was led from the Jenner Institute at the University of Oxford with partners at a research centre in Nanoro, and the vaccine is made by the Serum Institute of India in Pune. Scientists at the Liverpool School of Tropical Medicine and at Johns Hopkins in Baltimore, who were not involved, said resistance to insecticides in mosquitoes around Bobo-Dioulasso and Kisumu made a vaccine all the more urgent. Ghana and Nigeria were the first to approve it.',
		gold: { 'Burkina Faso': [12.3, -1.6], Kenya: [1, 38], Mali: [17, -4], Tanzania: [-6, 35], Nanoro: [12.68, -2.19], Pune: [18.52, 73.86], Baltimore: [39.29, -76.61], 'Bobo-Dioulasso': [11.18, -4.3], Kisumu: [-0.1, 34.75], Ghana: [8, -1.2], Nigeria: [10, 8] },
		notPlaces: ['Oxford', 'Liverpool', 'Johns Hopkins', 'Hopkins', 'Jenner']
	},
	{
		genre: 'international',
		text: 'KATHMANDU, Nepal — An earthquake of magnitude 5.7 struck western Nepal late on Friday, killing at least 150 people in Jajarkot and Rukum West districts, officials said. Rescuers flown from Nepalgunj reached the worst-hit villages on Saturday morning. Tremors were felt in Kathmandu and as far away as New Delhi and Lucknow. The region, in Karnali Province, is among the poorest in the country, and most homes are built of stone and mud. The Nepal Red Cross Society sent tents and blankets from its warehouse in Surkhet.',
		gold: { KATHMANDU: [27.72, 85.32], Nepal: [28, 84], Jajarkot: [28.7, 82.2], 'Rukum West': [28.63, 82.47], Nepalgunj: [28.05, 81.62], Kathmandu: [27.72, 85.32], 'New Delhi': [28.61, 77.21], Lucknow: [26.85, 80.95], 'Karnali Province': [29.3, 82.2], Karnali: [29.3, 82.2], Surkhet: [28.6, 81.63] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'Migrants crossing the Darién Gap between Colombia and Panama reached a record 520,000 last year, the Panamanian government said, and UNICEF warned that one in five was a child. Most set off from Necoclí and Capurganá, on the Caribbean coast of Colombia, and walk for up to ten days to reception stations at Lajas Blancas and Bajo Chiquito in Darién province. Venezuelans make up the majority, followed by Ecuadorians and Haitians. Médecins du Monde said it had treated hundreds of people for injuries and diarrhoea, and that crossings of the Tuquesa River were the most dangerous stretch.',
		gold: { 'Darién Gap': [8.0, -77.5], Colombia: [4, -73], Panama: [9, -80], Necoclí: [8.42, -76.78], Capurganá: [8.63, -77.35], 'Lajas Blancas': [8.27, -77.83], 'Bajo Chiquito': [8.17, -77.66], Darién: [8.4, -77.9], 'Darién province': [8.4, -77.9], Caribbean: [15, -75], 'Tuquesa River': [8.3, -77.7], Tuquesa: [8.3, -77.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MAE SOT, Thailand — Thousands of people fled across the Moei River into Thailand this week as fighting between Myanmar's army and ethnic Karen forces reached the outskirts of Myawaddy, Thai officials said. Temporary shelters were set up in Mae Sot district, and health workers screened new arrivals for malaria at a clinic in the town. Some 90,000 refugees from earlier fighting already live in nine camps along the border, the largest at Mae La. Kayin State has seen heavy fighting since the 2021 coup; aid groups say the roads from Hpa-an and Kawkareik are closed.",
		gold: { 'MAE SOT': [16.71, 98.57], Thailand: [15, 101], 'Moei River': [16.7, 98.55], Moei: [16.7, 98.55], Myanmar: [21, 96], Myawaddy: [16.69, 98.51], 'Mae Sot': [16.71, 98.57], 'Mae La': [17.13, 98.37], 'Kayin State': [17.0, 97.75], Kayin: [17.0, 97.75], 'Hpa-an': [16.89, 97.63], Kawkareik: [16.55, 98.24] },
		notPlaces: ['Karen']
	},
	{
		genre: 'health',
		text: "AMMAN, Jordan — Jordan's health ministry began a measles and rubella vaccination campaign on Sunday aimed at 1.2 million children, including Syrians in the Zaatari and Azraq camps. Teams will visit schools in Irbid, Mafraq and Zarqa, where most refugees live outside camps, and clinics in the Jordan Valley. The ministry said eight measles cases had been confirmed this year in Mafraq governorate, near the Syrian border. UNICEF, which shipped the vaccine from its warehouse in Copenhagen, said coverage had slipped in the south, around Ma'an and Aqaba.",
		gold: { AMMAN: [31.95, 35.93], Jordan: [31, 36], Zaatari: [32.3, 36.32], Azraq: [31.88, 36.7], Irbid: [32.56, 35.85], Mafraq: [32.34, 36.21], 'Mafraq governorate': [32.34, 36.21], Zarqa: [32.07, 36.09], 'Jordan Valley': [32.0, 35.55], Copenhagen: [55.68, 12.57], "Ma'an": [30.19, 35.73], Aqaba: [29.53, 35.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'SANTO DOMINGO (AP) — The Dominican Republic closed its border with Haiti on Friday, including the busy market crossing between Dajabón and Ouanaminthe, after a dispute over a canal being dug on the Massacre River. Haitian farmers say the canal is needed to water rice fields on their side of the border; Dominican officials say it will leave their farms dry. Traders in Jimaní and Elías Piña also saw their markets shut. In Port-au-Prince, where gangs control most of the capital, the government said it would not stop the work.',
		gold: { 'SANTO DOMINGO': [18.47, -69.89], 'Dominican Republic': [19, -70.7], Haiti: [19, -72.4], Dajabón: [19.55, -71.71], Ouanaminthe: [19.55, -71.72], 'Massacre River': [19.6, -71.73], Massacre: [19.6, -71.73], Jimaní: [18.49, -71.85], 'Elías Piña': [18.88, -71.7], 'Port-au-Prince': [18.54, -72.34] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Health officials in Pune confirmed nine cases of Zika virus infection in the city's Erandwane and Mundhwa areas, two of them in pregnant women, and began fogging across the municipal wards. The virus, first isolated in 1947 from a monkey in a forest near Entebbe, Uganda, is spread by the same Aedes mosquitoes that carry dengue. Maharashtra has also reported cases in Kolhapur and Sangli this monsoon, and Karnataka found the virus in mosquito pools in Chikkaballapur district. Samples are sent to the National Institute of Virology for sequencing.",
		gold: { Pune: [18.52, 73.86], Erandwane: [18.51, 73.83], Mundhwa: [18.53, 73.93], Entebbe: [0.06, 32.46], Uganda: [1, 32], Maharashtra: [19.5, 75.7], Kolhapur: [16.7, 74.24], Sangli: [16.85, 74.58], Karnataka: [14.5, 75.7], Chikkaballapur: [13.43, 77.73] },
		notPlaces: ['Zika']
	},
	{
		genre: 'international',
		text: 'BASRA, Iraq (Reuters) - Salt water pushing up the Shatt al-Arab from the Gulf has left farmers in Basra province without water fit for their crops, and hospitals in Basra and Abu al-Khasib have treated hundreds of people for stomach illness, health officials said. Flows in the Tigris and Euphrates have fallen after years of drought and dams upstream in Turkey and Iran. Families from villages near Qurna and Fao have moved to the city, and buffalo herders in the marshes around Chibayish say their animals are dying. Baghdad has promised to release more water from the Mosul Dam.',
		gold: { BASRA: [30.51, 47.81], Iraq: [33, 44], 'Shatt al-Arab': [30.4, 48.1], Gulf: [27.5, 51], Basra: [30.51, 47.81], 'Abu al-Khasib': [30.45, 47.98], Tigris: [31.5, 47.2], Euphrates: [31.0, 46.5], Turkey: [39, 35], Iran: [32, 53], Qurna: [31.01, 47.43], Fao: [29.98, 48.47], Chibayish: [30.95, 47.03], Baghdad: [33.31, 44.36], 'Mosul Dam': [36.63, 42.82] },
		notPlaces: ['Arab']
	},
	{
		genre: 'health',
		text: 'BUCHAREST — Romania declared a national measles epidemic on Friday after 14,000 cases and 18 deaths since late 2022, most of them among unvaccinated children. The worst-hit counties are Bihor, Timiș and Iași, and the city of Bucharest has reported more than 2,000 cases. Paediatric hospitals in Cluj-Napoca and Craiova are short of beds. Health officials in neighbouring Moldova, Hungary and Bulgaria said they had recorded imported cases, including in Chișinău and Debrecen. The summer season of West Nile fever, with 120 cases along the Danube, has ended. The European Centre for Disease Prevention and Control in Stockholm called for catch-up campaigns across the Balkans.',
		gold: { BUCHAREST: [44.43, 26.1], Romania: [46, 25], Bihor: [47.0, 22.0], Timiș: [45.8, 21.3], Iași: [47.16, 27.59], Bucharest: [44.43, 26.1], 'Cluj-Napoca': [46.77, 23.6], Craiova: [44.32, 23.8], Moldova: [47, 28.5], Hungary: [47, 19.5], Bulgaria: [42.7, 25.5], Chișinău: [47.01, 28.86], Debrecen: [47.53, 21.63], Danube: [44.1, 26.5], Stockholm: [59.33, 18.07], Balkans: [43, 21] },
		notPlaces: ['West Nile']
	}
];

export const HELD_OUT_WORLD_S33_B: GenreText[] = [
	{
		genre: 'health',
		text: "Nipah virus infection – Bangladesh. Between 1 January and 10 February, the national institute of epidemiology in Dhaka reported five cases of Nipah virus infection, all fatal, from Faridpur, Rajbari, Manikganj and Naogaon districts. Four of the patients had drunk raw date palm sap. Cases are seen each winter in the 'Nipah belt' of central and north-western Bangladesh, along the Padma. WHO assesses the risk as moderate at national level and low at regional level. India's Kerala state, where Nipah outbreaks have occurred around Kozhikode, is the only other place to report cases in recent years.",
		gold: { Bangladesh: [24, 90], Dhaka: [23.81, 90.41], Faridpur: [23.61, 89.84], Rajbari: [23.76, 89.64], Manikganj: [23.86, 90.0], Naogaon: [24.8, 88.93], Padma: [23.7, 89.7], India: [22, 79], Kerala: [10.4, 76.4], Kozhikode: [11.25, 75.78] },
		notPlaces: ['Nipah']
	},
	{
		genre: 'health',
		text: "CRIMEAN-CONGO HEMORRHAGIC FEVER - IRAQ (04): (DHI QAR, MAYSAN). A ProMED-mail post. Source: a regional news agency [edited]. Iraq's health ministry has recorded 381 cases of Crimean-Congo haemorrhagic fever since January, with 69 deaths, most in Dhi Qar province, followed by Maysan and Baghdad. Many of the sick are butchers and livestock keepers from around Nasiriyah and Amarah who handled animals before Eid al-Adha. [The tick-borne virus is endemic in Afghanistan, Pakistan, Turkey and Iran as well. The southern provinces of Iraq lie along the route of livestock smuggled across from Iran. - Mod.UBA]",
		gold: { IRAQ: [33, 44], 'DHI QAR': [31.0, 46.2], MAYSAN: [31.8, 47.2], Iraq: [33, 44], 'Dhi Qar': [31.0, 46.2], Maysan: [31.8, 47.2], Baghdad: [33.31, 44.36], Nasiriyah: [31.05, 46.26], Amarah: [31.84, 47.14], Afghanistan: [33, 66], Pakistan: [30, 70], Turkey: [39, 35], Iran: [32, 53] },
		notPlaces: ['CRIMEAN', 'CONGO', 'CRIMEAN-CONGO', 'Crimean', 'Congo', 'Crimean-Congo']
	},
	{
		genre: 'health',
		text: "Poland's chief sanitary inspectorate reported 26,000 cases of Lyme disease last year, the most on record, with the highest rates in Podlaskie and Warmian-Masurian provinces. Tick-borne encephalitis is also rising around Białystok and Suwałki, close to the border with Lithuania, where vaccination is free for children. Doctors at the Medical University of Lublin said warm winters had lengthened the tick season. Lyme disease takes its name from the town of Old Lyme, Connecticut, where a cluster of cases in children was investigated in the 1970s.",
		gold: { Poland: [52, 19.5], Podlaskie: [53.3, 22.9], 'Warmian-Masurian': [53.9, 20.8], Białystok: [53.13, 23.16], Suwałki: [54.1, 22.93], Lithuania: [55.5, 24], 'Old Lyme': [41.32, -72.33], Connecticut: [41.6, -72.7] },
		notPlaces: ['Lyme', 'Lublin']
	},
	{
		genre: 'international',
		text: 'HERAT, Afghanistan (AP) — A second strong earthquake in a week shook western Afghanistan on Sunday, flattening villages in Zindajan district that had only just begun to rebuild, the Taliban-led government said. Tents sent from Kabul and from neighbouring Iran were set up along the road to Islam Qala, the main crossing into Iran. Doctors at the regional hospital said they had treated 500 people. The quake was felt in Mashhad and as far as Turkmenistan. Aid agencies warned that winter would arrive within weeks in the highlands of Ghor and Badghis.',
		gold: { HERAT: [34.35, 62.2], Afghanistan: [33, 66], Zindajan: [34.34, 61.75], Kabul: [34.53, 69.17], Iran: [32, 53], 'Islam Qala': [34.66, 61.07], Mashhad: [36.3, 59.6], Turkmenistan: [39, 59.5], Ghor: [34.1, 65], Badghis: [35.2, 63.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'Ethiopia: Northern Ethiopia humanitarian update. Malaria cases in Amhara region have tripled compared with last year, with Bahir Dar, Gondar and the districts along Lake Tana reporting the most. Fighting between the federal army and Fano militias has closed the roads between Debre Markos and Dessie, and health centres in North Wollo have run out of test kits. In Tigray, more than 1 million displaced people remain in sites in Mekelle, Shire and Adigrat. A cholera outbreak in the Afar region, near Semera, is spreading along the road to Djibouti.',
		gold: { Ethiopia: [9, 39.5], 'Northern Ethiopia': [12.5, 39], Amhara: [11.5, 38.5], 'Amhara region': [11.5, 38.5], 'Bahir Dar': [11.59, 37.39], Gondar: [12.6, 37.47], 'Lake Tana': [12, 37.3], Tana: [12, 37.3], 'Debre Markos': [10.33, 37.73], Dessie: [11.13, 39.63], 'North Wollo': [11.8, 39.3], Tigray: [14, 39], Mekelle: [13.5, 39.47], Shire: [14.1, 38.28], Adigrat: [14.28, 39.46], Afar: [11.8, 41], 'Afar region': [11.8, 41], Semera: [11.79, 41.0], Djibouti: [11.6, 43.1] },
		notPlaces: ['Fano']
	},
	{
		genre: 'international',
		text: 'TEGUCIGALPA (Reuters) - Honduras declared a national dengue emergency on Tuesday after 120 deaths this year, most of them in the departments of Cortés and Francisco Morazán. Hospitals in San Pedro Sula and Tegucigalpa have set up tents for patients, and schools in Choluteca and La Ceiba sent fumigation teams into classrooms. In neighbouring Guatemala, cases are rising in Escuintla and Petén, and El Salvador has reported its first deaths in San Miguel. Health ministers from Central America will meet in Panama City next week.',
		gold: { TEGUCIGALPA: [14.07, -87.19], Honduras: [15, -86.5], Cortés: [15.5, -88.0], 'Francisco Morazán': [14.25, -87.25], 'San Pedro Sula': [15.5, -88.03], Tegucigalpa: [14.07, -87.19], Choluteca: [13.3, -87.19], 'La Ceiba': [15.76, -86.79], Guatemala: [15.5, -90.25], Escuintla: [14.3, -90.79], Petén: [16.9, -89.9], 'El Salvador': [13.8, -88.9], 'San Miguel': [13.48, -88.18], 'Central America': [12.8, -85], 'Panama City': [8.98, -79.52] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'Scientists at Institut Pasteur laboratories in Paris and Vientiane reported that bats in caves in northern Laos carry coronaviruses closer to the one that causes COVID-19 than any found so far in China. The bats were caught in limestone caves near Vang Vieng and in Luang Prabang province. The find, the authors said, weighs on the debate over the Wuhan Institute of Virology, whose researchers had sampled bats in Yunnan for years, 1,500 km from their laboratory. Similar viruses have been found in bats in the Chachoengsao province of Thailand and in a copper mine in Mojiang county.',
		gold: { Paris: [48.86, 2.35], Vientiane: [17.97, 102.6], Laos: [18, 105], China: [35, 105], 'Vang Vieng': [18.92, 102.45], 'Luang Prabang': [19.89, 102.14], 'Luang Prabang province': [20.0, 102.5], Yunnan: [25, 101.5], Chachoengsao: [13.69, 101.07], Thailand: [15, 101], Mojiang: [23.43, 101.7] },
		notPlaces: ['Wuhan', 'Pasteur']
	},
	{
		genre: 'health',
		text: "CONAKRY, Guinea — Health workers began vaccinating contacts of Ebola patients in Gouécké, a sub-prefecture of Nzérékoré, on Tuesday, a day after the government declared a new outbreak. Seven cases and three deaths have been confirmed in the forest region, near the borders with Liberia and Côte d'Ivoire, where the 2014-2016 epidemic began in Guéckédou. Doses of vaccine were flown from Geneva to Conakry. Sierra Leone has reinforced screening at its northern border crossings, and Liberia at Ganta in Nimba County.",
		gold: { CONAKRY: [9.54, -13.68], Guinea: [10.4, -10.9], Gouécké: [7.76, -8.84], Nzérékoré: [7.76, -8.82], Liberia: [6.5, -9.5], "Côte d'Ivoire": [7.5, -5.5], Guéckédou: [8.56, -10.13], Geneva: [46.2, 6.15], Conakry: [9.54, -13.68], 'Sierra Leone': [8.5, -11.8], Ganta: [7.3, -8.53], 'Nimba County': [7.0, -8.6] },
		notPlaces: ['Ebola']
	},
	{
		genre: 'international',
		text: "The UN said famine had been confirmed in Zamzam camp, near El Fasher in North Darfur, where half a million displaced people shelter. Fighting between Sudan's army and the Rapid Support Forces has cut the roads from Tawila and Kabkabiya, and trucks that reached Tine, on the border with Chad, waited weeks for permission to cross. In Kordofan, Kadugli and Dilling are besieged. Cholera has spread to Kassala and Gedaref along the route to Port Sudan, and refugees arriving in Metema, in Ethiopia, told of villages burned along the Blue Nile.",
		gold: { Zamzam: [13.5, 25.3], 'El Fasher': [13.63, 25.35], 'North Darfur': [15.8, 25], Sudan: [15, 30], Tawila: [13.5, 24.85], Kabkabiya: [13.65, 24.09], Tine: [15.05, 22.82], Chad: [15, 19], Kordofan: [12.5, 29.5], Kadugli: [11.01, 29.72], Dilling: [12.05, 29.65], Kassala: [15.45, 36.4], Gedaref: [14.04, 35.38], 'Port Sudan': [19.62, 37.22], Metema: [12.96, 36.2], Ethiopia: [9, 39.5], 'Blue Nile': [11.5, 34.3] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'KARACHI, Pakistan — Pakistan has recorded 27 cases of wild poliovirus this year, the polio eradication programme said on Monday, and the virus has been found in sewage from 60 districts. Most cases are in Balochistan, including Quetta, Killa Abdullah and Chaman, on the border with Afghanistan. In Sindh, cases were reported from Hyderabad, Jacobabad and the Gadap town of Karachi. A five-day vaccination campaign will reach 45 million children; teams will be guarded by police in Bannu and Dera Ismail Khan, where vaccinators have been attacked.',
		gold: { KARACHI: [24.86, 67.01], Pakistan: [30, 70], Balochistan: [28.5, 65.5], Quetta: [30.18, 66.99], 'Killa Abdullah': [30.73, 66.66], Chaman: [30.92, 66.45], Afghanistan: [33, 66], Sindh: [26, 68.5], Hyderabad: [25.38, 68.37], Jacobabad: [28.28, 68.44], Gadap: [25.1, 67.2], Karachi: [24.86, 67.01], Bannu: [32.99, 70.6], 'Dera Ismail Khan': [31.83, 70.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'JAKARTA (Reuters) - Flash floods and cold lava from Mount Marapi swept through villages in West Sumatra on Saturday night, killing at least 37 people in Agam and Tanah Datar regencies, the disaster agency said. Rescuers searched the banks of rivers around Bukittinggi and Padang Panjang, and the road between Padang and Bukittinggi was cut. Marapi, one of the most active volcanoes on Sumatra, erupted in December, killing 24 climbers. The health ministry sent doctors from Padang and Pekanbaru to treat the injured.',
		gold: { JAKARTA: [-6.2, 106.85], 'Mount Marapi': [-0.38, 100.47], 'West Sumatra': [-0.75, 100.8], Agam: [-0.25, 100.17], 'Tanah Datar': [-0.45, 100.58], Bukittinggi: [-0.3, 100.37], 'Padang Panjang': [-0.46, 100.41], Padang: [-0.95, 100.35], Marapi: [-0.38, 100.47], Sumatra: [0, 102], Pekanbaru: [0.53, 101.45] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'CAN THO, Vietnam — Salt water has pushed up to 90 km inland along the Mekong this dry season, and authorities in Ben Tre, Tien Giang and Ca Mau provinces have declared emergencies as rice fields wither. In Can Tho, the largest city of the delta, hospitals reported more children with diarrhoea as families drink stored rainwater. Dams upstream in China and Laos and sand mining in the river are blamed. The government in Hanoi has promised water tankers and a new reservoir near Soc Trang. Cambodia, where the Tonle Sap lake is at its lowest level in years, is also short of water.',
		gold: { 'CAN THO': [10.03, 105.78], Vietnam: [16, 107.8], Mekong: [10.3, 106.0], 'Ben Tre': [10.24, 106.38], 'Tien Giang': [10.4, 106.3], 'Ca Mau': [9.18, 105.15], 'Can Tho': [10.03, 105.78], China: [35, 105], Laos: [18, 105], Hanoi: [21.03, 105.85], 'Soc Trang': [9.6, 105.97], Cambodia: [12.5, 105], 'Tonle Sap': [12.9, 104.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LA PAZ (AP) — Bolivia declared an emergency in seven of its nine departments on Tuesday as forest fires in Santa Cruz and Beni burned more than 3 million hectares and smoke closed the airports of Trinidad and Riberalta. Doctors in El Alto and La Paz said respiratory cases among children had doubled. The fires are fiercest in the Chiquitania, near San Ignacio de Velasco and Concepción, where farmers clear land for cattle. Brazil's Mato Grosso state and the Chaco of Paraguay have also seen record fires, and smoke reached as far as São Paulo and Buenos Aires.",
		gold: { 'LA PAZ': [-16.5, -68.15], Bolivia: [-17, -65], 'Santa Cruz': [-17.8, -63.2], Beni: [-14, -65.5], Trinidad: [-14.83, -64.9], Riberalta: [-11.0, -66.07], 'El Alto': [-16.5, -68.19], 'La Paz': [-16.5, -68.15], Chiquitania: [-16.5, -61.5], 'San Ignacio de Velasco': [-16.37, -60.96], Concepción: [-16.14, -62.03], Brazil: [-10, -55], 'Mato Grosso': [-13, -56], Chaco: [-22, -60], Paraguay: [-23, -58], 'São Paulo': [-23.55, -46.63], 'Buenos Aires': [-34.6, -58.38] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: 'BEIRUT (Reuters) - More than 90,000 people have fled villages in southern Lebanon since cross-border fighting began, the International Organization for Migration said, most of them from Nabatieh and Tyre districts. Shelters in Sidon and in schools in the southern suburbs of Beirut are full. Strikes hit Bint Jbeil and Marjayoun overnight, and the health ministry said a paramedic was killed near Naqoura, where the UN peacekeeping force has its headquarters. Across the border, Israel has evacuated Kiryat Shmona and Metula. Qatar and Egypt called for restraint.',
		gold: { BEIRUT: [33.89, 35.5], Lebanon: [33.85, 35.86], Nabatieh: [33.38, 35.48], Tyre: [33.27, 35.2], Sidon: [33.56, 35.37], Beirut: [33.89, 35.5], 'Bint Jbeil': [33.12, 35.43], Marjayoun: [33.36, 35.59], Naqoura: [33.12, 35.14], Israel: [31.5, 34.9], 'Kiryat Shmona': [33.21, 35.57], Metula: [33.28, 35.58], Qatar: [25.3, 51.2], Egypt: [27, 30] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "YEREVAN, Armenia — Armenia's health ministry said more than 100,000 people had arrived from Nagorno-Karabakh along the Lachin corridor in a week, and hospitals in Goris and Kapan had treated hundreds for burns after a fuel depot exploded near Stepanakert. The refugees were registered in Kornidzor, the first village across the border, and then taken by bus to Yerevan, Vanadzor and Gyumri. The WHO sent trauma kits from its hub in Dubai. Azerbaijan said it had opened the road from Aghdam for those who wished to leave.",
		gold: { YEREVAN: [40.18, 44.51], Armenia: [40.2, 45], 'Nagorno-Karabakh': [39.9, 46.7], 'Lachin corridor': [39.6, 46.5], Lachin: [39.64, 46.55], Goris: [39.51, 46.34], Kapan: [39.21, 46.41], Stepanakert: [39.82, 46.75], Kornidzor: [39.47, 46.37], Yerevan: [40.18, 44.51], Vanadzor: [40.81, 44.49], Gyumri: [40.79, 43.85], Dubai: [25.2, 55.27], Azerbaijan: [40.5, 47.5], Aghdam: [39.99, 46.93] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: 'Rwanda has discharged the last patient of its first Marburg virus outbreak, the health ministry in Kigali said, and will declare it over if no new cases appear within 42 days. Of 66 people infected, 15 died; most were health workers at two hospitals in the capital. A candidate vaccine from the Sabin Vaccine Institute was given to 1,700 contacts. The virus takes its name from a German university town where laboratory workers fell ill in 1967 after handling monkeys from Uganda. Neighbouring Burundi and the Democratic Republic of the Congo screened travellers at Rusizi and Gisenyi.',
		gold: { Rwanda: [-2, 30], Kigali: [-1.95, 30.06], Uganda: [1, 32], Burundi: [-3.5, 30], 'Democratic Republic of the Congo': [-2.5, 23.5], Rusizi: [-2.48, 28.9], Gisenyi: [-1.7, 29.26] },
		notPlaces: ['Marburg', 'Sabin']
	},
	{
		genre: 'health',
		text: "YANGON (Reuters) - Cholera has broken out in camps for displaced Rohingya near Sittwe, in Myanmar's Rakhine State, aid groups said, with 300 cases and 12 deaths in two weeks. The advance of the Arakan Army towards Sittwe and Kyaukphyu has cut the roads, and boats can no longer reach Pauktaw. In Bangladesh, where nearly a million Rohingya live in the camps of Cox's Bazar, health workers have stepped up screening at Teknaf. The UN called for access through Maungdaw and Buthidaung, near the Naf River.",
		gold: { YANGON: [16.87, 96.2], Sittwe: [20.15, 92.9], Myanmar: [21, 96], 'Rakhine State': [19.8, 93.8], Rakhine: [19.8, 93.8], Kyaukphyu: [19.43, 93.55], Pauktaw: [20.17, 93.18], Bangladesh: [24, 90], "Cox's Bazar": [21.45, 91.97], Teknaf: [20.86, 92.3], Maungdaw: [20.82, 92.37], Buthidaung: [21.0, 92.5], 'Naf River': [20.9, 92.3], Naf: [20.9, 92.3] },
		notPlaces: ['Arakan']
	},
	{
		genre: 'international',
		text: 'CÚCUTA, Colombia (AP) — More than 40,000 people have fled fighting between two rebel groups in the Catatumbo region of Norte de Santander, Colombian authorities said, the worst displacement in the country in decades. Families arrived in Cúcuta and Ocaña by bus and on foot from Tibú, El Tarra and Teorama, and some crossed into the Venezuelan states of Zulia and Táchira. The Francisco de Paula Santander bridge between Cúcuta and San Antonio del Táchira was crowded with people carrying mattresses. President Petro sent troops and declared a state of internal commotion.',
		gold: { CÚCUTA: [7.89, -72.5], Colombia: [4, -73], Catatumbo: [8.8, -73.1], 'Norte de Santander': [7.9, -72.9], Cúcuta: [7.89, -72.5], Ocaña: [8.24, -73.36], Tibú: [8.64, -72.74], 'El Tarra': [8.58, -73.09], Teorama: [8.44, -73.29], Zulia: [10, -72], Táchira: [7.9, -72.1], 'San Antonio del Táchira': [7.81, -72.44] },
		notPlaces: ['Francisco de Paula Santander', 'Santander', 'Paula', 'Petro']
	},
	{
		genre: 'health',
		text: "COLOMBO — Sri Lanka's health ministry said on Thursday that a sub-lineage of the Omicron variant was behind a rise in COVID-19 admissions in Colombo and Gampaha, two years after the Delta variant filled the country's hospitals. Sequencing at the University of Sri Jayewardenepura found the same lineage in samples from Kandy and Galle. Travellers arriving at the international airport at Katunayake are not being tested. Dengue is a bigger worry: 60,000 cases this year, with Jaffna and Batticaloa reporting sharp rises after the north-east monsoon.",
		gold: { COLOMBO: [6.93, 79.85], 'Sri Lanka': [7.8, 80.7], Colombo: [6.93, 79.85], Gampaha: [7.09, 80.0], Kandy: [7.29, 80.63], Galle: [6.05, 80.22], Katunayake: [7.17, 79.88], Jaffna: [9.66, 80.01], Batticaloa: [7.72, 81.7] },
		notPlaces: ['Delta', 'Omicron', 'Sri Jayewardenepura']
	},
	{
		genre: 'international',
		text: 'NIAMEY, Niger — Floods along the Niger River have killed 94 people and left 150,000 homeless in Niger since June, the interior ministry said, with the worst damage in the Tillabéri and Dosso regions and in the capital Niamey, where the river rose above its banks for the first time since 2020. Upstream in Mali, the Inner Niger Delta around Mopti has flooded hundreds of villages, and in Nigeria the emergency agency of Kebbi state reported rice farms under water near Argungu. Cholera cases have been confirmed in Maradi and Zinder, in the south-east.',
		gold: { NIAMEY: [13.51, 2.11], Niger: [17, 9], 'Niger River': [13.5, 2.1], Tillabéri: [14.5, 1.5], Dosso: [13.05, 3.19], Niamey: [13.51, 2.11], Mali: [17, -4], 'Inner Niger Delta': [14.8, -4.5], 'Niger Delta': [14.8, -4.5], Mopti: [14.49, -4.18], Nigeria: [10, 8], Kebbi: [11.5, 4.2], 'Kebbi state': [11.5, 4.2], Argungu: [12.74, 4.52], Maradi: [13.5, 7.1], Zinder: [13.8, 8.99] },
		notPlaces: []
	}
];

// International and health news written for session 39 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s39` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written where the gold of the earlier world batches
// (s33-s38) and the health-world batch is thinnest by a count of its countries: the Central African Republic, Togo
// and Benin, Lesotho and Eswatini, Madagascar, Mauritania, Guinea-Bissau and the Gambia, Malawi, Mozambique and
// Zimbabwe, Gabon, the Republic of the Congo, Sierra Leone, Botswana, Namibia; Mongolia, Tajikistan, Bhutan,
// Timor-Leste, Brunei, Turkmenistan, Afghanistan's and Iran's provinces, Myanmar's states; Slovenia, Estonia,
// Czechia, Portugal, Ireland, the Netherlands, Belarus's border with Poland; Paraguay, Uruguay, Guyana, Ecuador,
// Costa Rica; Manitoba, Prince Edward Island, Yukon, Queensland, the Kimberley and the Northern Territory, New
// Zealand's east coast. Twenty-two of the forty are health news (WHO outbreak notices by health district, zone and
// prefecture, ProMED posts quoting a ministry or rapporteur, abstracts "in rural X district", vaccination rounds and a
// drug trial with sites in several countries, a surveillance note on a disease named for a place); about half of all
// are briefs and roundups of two to five sentences, some with country headings ("Uruguay: ... in Maldonado").
// Written hard: towns named like bigger places elsewhere (Stanley, Hanover, Aylmer, Souris, Halifax and Lucinda in
// Queensland, Kimberley, Liberia in Costa Rica, Pemba in Mozambique, Concepción, Filadelfia, Brest, Bo, Waterloo,
// Most, Mayo, Hastings, Napier, Basse, Rasht in Tajikistan, Shirvan in Iran, Bol), people named like places (Kossi
// Aného, Brian Montague, Tshering Paro, Adamou Mokolo, Andrés Villarrica, Hemi Napier, Ivan Pinsky, Mojca Kranj),
// firms, funds and storms (Gorenje, De Beers, Gavi, Cyclone Tama), a disease and a fever named for places (Murray
// Valley, Rift Valley, Crimean-Congo), labs and hospitals named for places, everyday-word regions (Mon, the Pool).
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; long rivers (the
// Ubangi, the Senegal) are left ungraded, and so is a city named only inside a lab's or hospital's name.
// Half A is for tuning; half B stays held out.
// Before any change (main afeeb5c): A 212/216 within 161 km (international 82/84, health 130/132), 1 name of no place
// mapped, 25 gold names not mapped; B 189/192 (international 86/87, health 103/105), 2 names of no place mapped, 16 not
// mapped. A's wrong: Maldonado under a "Uruguay:" heading as the Ecuadorian town, Stanley and Hanover (Manitoba's rural
// municipalities, which the gazetteer lacks) as a US town and Hannover, Halifax (Queensland, lacking) as the Canadian
// city; the rapporteur Kossi Aného as the Togolese town; and not mapped though the gazetteer has them: Nola, Bijagós,
// Rasht (Tajikistan), Mežica, Montague (PEI), Most, Ennis, Angoche, Lucinda. B's (not tuned on): Concepción in a
// Paraguay story as the Chilean city, Liberia (Guanacaste) as the country, the Kimberley as the South African city,
// Gavi as an Italian town, "Bahía" of Bahía Negra as the Brazilian state; not mapped though listed: Katherine, Limón
// (the city), Gonbad-e Kavus.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S39_A: GenreText[] = [
	{
		genre: 'health',
		text: "Disease Outbreak News. Mpox - Central African Republic. On 12 March, the Ministry of Health and Population of the Central African Republic notified WHO of 34 laboratory-confirmed cases of mpox clade Ia in the health districts of Mbaïki, Boda and Nola, in Lobaye and Sangha-Mbaéré prefectures. The first case was a hunter from a village near Mongoumba, on the Ubangi across from the Republic of the Congo, who was treated at Mbaïki district hospital. Samples were tested at the Institut Pasteur de Bangui. Two contacts travelled to Berbérati and one to Bouar by road. WHO assesses the national risk as high, given the porous borders with Cameroon and the Democratic Republic of the Congo and the limited capacity outside Bangui.",
		gold: { 'Central African Republic': [6.6, 20.9], 'Mbaïki': [3.87, 17.99], Boda: [4.32, 17.47], Nola: [3.53, 16.07], Lobaye: [3.9, 17.8], 'Sangha-Mbaéré': [3.3, 16.4], Mongoumba: [3.64, 18.59], 'Republic of the Congo': [-0.7, 15.2], Bangui: [4.36, 18.56], 'Berbérati': [4.26, 15.79], Bouar: [5.93, 15.6], Cameroon: [5.7, 12.5], 'Democratic Republic of the Congo': [-2.9, 23.6] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PRO/AH/EDR> Lassa fever - Togo, Benin: imported cases. A nurse at a clinic in Sokodé has died of Lassa fever after caring for a trader who had travelled from Parakou in Benin, the Togolese health ministry said. The trader fell ill in Tchamba and was moved to the regional hospital in Kara before being referred to Lomé. Benin's ministry said contacts in Parakou and Tchaourou were being followed. -- Communicated by: ProMED Rapporteur Kossi Aného [Sokodé is the chief town of Togo's Centrale region.]",
		gold: { Togo: [8.6, 0.8], Benin: [9.3, 2.3], 'Sokodé': [8.98, 1.13], Parakou: [9.34, 2.63], Tchamba: [9.03, 1.42], Kara: [9.55, 1.19], 'Lomé': [6.13, 1.22], Tchaourou: [8.89, 2.6], 'Centrale region': [8.6, 1.0] },
		notPlaces: ['Kossi Aného', 'Aného', 'Lassa']
	},
	{
		genre: 'international',
		text: "MASERU (Reuters) - Lesotho declared a state of disaster on Friday after snowstorms cut the roads to Mokhotlong and Thaba-Tseka, stranding herders in the mountains. South Africa sent two helicopters from Bloemfontein. In Eswatini, floods closed the road between Manzini and Siteki.",
		gold: { MASERU: [-29.31, 27.48], Lesotho: [-29.6, 28.2], Mokhotlong: [-29.29, 29.07], 'Thaba-Tseka': [-29.52, 28.61], 'South Africa': [-30.6, 22.9], Bloemfontein: [-29.12, 26.21], Eswatini: [-26.5, 31.5], Manzini: [-26.49, 31.38], Siteki: [-26.45, 31.95] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "AMERICAS IN BRIEF. Paraguay: Prosecutors raided a cattle ranch near Filadelfia in the Chaco and seized 300 kilos of cocaine hidden in a grain lorry bound for Asunción. Ecuador: A landslide buried six houses in Alausí, and the Pan-American highway south of Riobamba was shut. Guyana: Floods cut off Lethem, on the border with Brazil, for a week. Uruguay: Firefighters in Maldonado fought a forest fire near Punta Ballena.",
		gold: { Paraguay: [-23.4, -58.4], Filadelfia: [-22.35, -60.03], Chaco: [-22.0, -60.5], 'Asunción': [-25.28, -57.63], Ecuador: [-1.8, -78.2], 'Alausí': [-2.2, -78.85], Riobamba: [-1.67, -78.65], Guyana: [4.9, -58.9], Lethem: [3.38, -59.8], Brazil: [-10.8, -53.0], Uruguay: [-32.5, -55.8], Maldonado: [-34.9, -54.95], 'Punta Ballena': [-34.9, -55.05] },
		notPlaces: ['Pan-American']
	},
	{
		genre: 'health',
		text: "Bubonic plague in the central highlands of Madagascar, 2015-2024: a retrospective review. Methods: We reviewed 1,214 suspected cases notified to the Institut Pasteur de Madagascar in Antananarivo by basic health centres in the districts of Ambositra, Fianarantsoa and Tsiroanomandidy, in Amoron'i Mania, Haute Matsiatra and Bongolava regions. Results: Cases peaked between October and March; Ambositra district accounted for 38% of confirmed cases. Two isolates from Tsiroanomandidy were resistant to streptomycin. Conclusion: Rat control around rice stores should be extended before the season.",
		gold: { Madagascar: [-19.0, 46.7], Antananarivo: [-18.91, 47.54], Ambositra: [-20.53, 47.24], Fianarantsoa: [-21.45, 47.09], Tsiroanomandidy: [-18.77, 46.05], "Amoron'i Mania": [-20.5, 47.0], 'Haute Matsiatra': [-21.5, 46.9], Bongolava: [-18.6, 45.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ULAANBAATAR (AFP) - Herders in western Mongolia have lost more than a million animals to this winter's dzud, the deep snow and cold that follows a summer drought, the emergency agency said on Tuesday. Uvs and Zavkhan provinces were worst hit, and the road from Ulaangom to Khovd has been closed for three weeks. In Bayan-Ölgii, Kazakh herders drove their flocks down to the valleys around the provincial centre. Aid lorries left Darkhan and Erdenet, whose copper mine donated fodder, but drivers said the passes were blocked. \"We had 400 goats and now we have sixty,\" said Bat-Erdene Tsogt, a herder near Tosontsengel.",
		gold: { ULAANBAATAR: [47.92, 106.92], Mongolia: [46.9, 103.8], Uvs: [49.6, 93.5], Zavkhan: [48.0, 96.0], Ulaangom: [49.98, 92.07], Khovd: [48.0, 91.64], 'Bayan-Ölgii': [48.4, 89.9], Darkhan: [49.49, 105.92], Erdenet: [49.03, 104.08], Tosontsengel: [48.76, 98.27] },
		notPlaces: ['Bat-Erdene Tsogt']
	},
	{
		genre: 'health',
		text: "Measles outbreak in southern Manitoba, February-June. Between February and June, Manitoba's public health laboratory confirmed 84 measles cases in the Southern Health region, most in the rural municipalities of Stanley and Hanover, around Winkler, Morden and Steinbach. Eleven patients were admitted to hospital in Winkler and two children to the Health Sciences Centre in Winnipeg. The index case had attended a church gathering in Aylmer, Ontario, where an outbreak had been reported, and cases linked to the same gathering were later found near Taber, Alberta. Vaccination clinics were held in Altona and Carman.",
		gold: { Manitoba: [55.0, -97.0], Stanley: [49.2, -98.0], Hanover: [49.45, -96.8], Winkler: [49.18, -97.94], Morden: [49.19, -98.1], Steinbach: [49.53, -96.68], Winnipeg: [49.9, -97.14], Aylmer: [42.77, -80.98], Ontario: [50.0, -85.0], Taber: [49.78, -112.15], Alberta: [55.0, -115.0], Altona: [49.1, -97.56], Carman: [49.5, -98.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Polio vaccination - West Africa. A synchronised campaign against variant poliovirus type 2 reached 6.1 million children in Mauritania, Mali, Senegal, the Gambia and Guinea-Bissau in four days, WHO and UNICEF said. In Guinea-Bissau, teams travelled by boat to the Bijagós islands; in Mauritania they reached Kiffa, Néma and Sélibaby. Senegal's Tambacounda and Kédougou regions, where the virus was found in sewage last year, had the lowest coverage. In the Gambia, a team in Basse vaccinated children arriving from Guinea.",
		gold: { 'West Africa': [12.0, -5.0], Mauritania: [20.3, -10.3], Mali: [17.6, -4.0], Senegal: [14.5, -14.5], Gambia: [13.45, -15.4], 'Guinea-Bissau': [12.0, -15.0], 'Bijagós': [11.25, -16.0], Kiffa: [16.62, -11.4], 'Néma': [16.62, -7.26], 'Sélibaby': [15.16, -12.18], Tambacounda: [13.77, -13.67], 'Kédougou': [12.56, -12.18], Basse: [13.31, -14.21], Guinea: [10.4, -10.9] },
		notPlaces: ['UNICEF']
	},
	{
		genre: 'international',
		text: "DUSHANBE, May 3 (Reuters) - Mudflows in Tajikistan's Rasht valley destroyed 40 houses in Gharm and Tojikobod, and a landslide shut the road to Khorog near Kalaikhum, the emergencies committee said on Saturday.",
		gold: { DUSHANBE: [38.56, 68.77], Tajikistan: [38.9, 71.0], Rasht: [39.0, 70.5], Gharm: [39.02, 70.37], Tojikobod: [39.1, 70.9], Khorog: [37.49, 71.55], Kalaikhum: [38.46, 70.78] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PRO/AH/EDR> Rabies - Timor-Leste (02): Oecusse. The Ministry of Health of Timor-Leste has confirmed a second human rabies death, a 9-year-old boy from Passabe in the Oecusse enclave who was bitten by a dog in January. Rabid dogs were also found in Pante Macassar and in villages of Bobonaro near the land border with Indonesia's West Timor. Vaccine was flown from Dili, and the authorities in Kupang have begun dog vaccination on the Indonesian side. -- Communicated by: ProMED",
		gold: { 'Timor-Leste': [-8.8, 125.7], Oecusse: [-9.2, 124.35], Passabe: [-9.28, 124.37], 'Pante Macassar': [-9.2, 124.38], Bobonaro: [-9.03, 125.32], Indonesia: [-2.5, 118.0], 'West Timor': [-9.8, 124.3], Dili: [-8.56, 125.57], Kupang: [-10.17, 123.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LJUBLJANA (Reuters) - Floods swept through northern Slovenia on Friday after two days of rain, washing away bridges in Kamnik and Mozirje and cutting off Prevalje and Dravograd in the Mežica valley, the government said. The Savinja burst its banks in Celje, the country's third largest town, and the appliance maker Gorenje halted production at its plant in Velenje. Across the border in Austria, the Drava flooded Lavamünd and roads in Carinthia were closed. Croatia sent army engineers from Zagreb. \"The water came in an hour,\" said Mojca Kranj, who runs a bakery in Kamnik. Prime minister Robert Golob flew over the area in a helicopter from Ljubljana.",
		gold: { LJUBLJANA: [46.05, 14.51], Slovenia: [46.1, 14.8], Kamnik: [46.23, 14.61], Mozirje: [46.34, 14.96], Prevalje: [46.55, 14.92], Dravograd: [46.59, 15.02], 'Mežica': [46.52, 14.85], Savinja: [46.3, 15.1], Celje: [46.23, 15.27], Velenje: [46.36, 15.11], Austria: [47.5, 14.5], 'Lavamünd': [46.64, 14.95], Carinthia: [46.75, 13.85], Croatia: [45.1, 15.2], Zagreb: [45.81, 15.98], Ljubljana: [46.05, 14.51] },
		notPlaces: ['Gorenje', 'Mojca Kranj', 'Kranj', 'Robert Golob']
	},
	{
		genre: 'health',
		text: "Disease Outbreak News. Crimean-Congo haemorrhagic fever - Afghanistan. Between 1 January and 30 June, 1,102 suspected cases of Crimean-Congo haemorrhagic fever, including 97 deaths, were reported from 30 of Afghanistan's 34 provinces. Most were in the provinces of Herat, Balkh and Kabul, after the slaughter of animals for Eid al-Adha. The regional hospital in Herat and the infectious diseases hospital in Kabul admitted most severe cases; cases in Takhar and Kunduz were referred to Mazar-i-Sharif. The Central Public Health Laboratory in Kabul confirmed 412 cases.",
		gold: { Afghanistan: [33.9, 67.7], Herat: [34.35, 62.2], Balkh: [36.75, 66.9], Kabul: [34.53, 69.17], Takhar: [36.7, 69.5], Kunduz: [36.73, 68.86], 'Mazar-i-Sharif': [36.71, 67.11] },
		notPlaces: ['Crimean-Congo', 'Congo', 'Eid al-Adha']
	},
	{
		genre: 'international',
		text: "TALLINN (ERR) - Estonia's rail operator cancelled trains between Tartu and Valga on Sunday after a storm felled trees across the line, and 40,000 homes in Võru and Põlva counties lost power. Ferries to Saaremaa and Hiiumaa were suspended.",
		gold: { TALLINN: [59.44, 24.75], Estonia: [58.6, 25.0], Tartu: [58.38, 26.72], Valga: [57.78, 26.05], 'Võru': [57.83, 27.02], 'Põlva': [58.06, 27.07], Saaremaa: [58.4, 22.5], Hiiumaa: [58.88, 22.6] },
		notPlaces: ['ERR']
	},
	{
		genre: 'health',
		text: "Objective: To estimate the prevalence of urogenital schistosomiasis among schoolchildren in rural Mangochi district, Malawi, on the southern shore of Lake Malawi. Methods: Urine samples were collected from 1,480 children in 12 primary schools around Monkey Bay, Makanjira and Namwera and examined by filtration at Mangochi district hospital. Results: Prevalence was 31%, highest in lakeshore schools, against 9% in an earlier survey of schoolchildren in Zomba and Blantyre. Conclusion: Praziquantel should be given twice a year in lakeshore schools.",
		gold: { 'Mangochi district': [-14.48, 35.26], Malawi: [-13.25, 34.3], 'Lake Malawi': [-12.0, 34.5], 'Monkey Bay': [-14.08, 34.92], Makanjira: [-13.7, 35.5], Namwera: [-14.36, 35.5], Zomba: [-15.39, 35.32], Blantyre: [-15.79, 35.01] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CHARLOTTETOWN (CP) — Prince Edward Island's potato growers will dump 300 million pounds of potatoes after the United States kept its ban on shipments from the island, the province's farm minister said on Monday. Growers around Summerside and O'Leary in the west and Souris and Montague in the east said they had no room left in storage. \"We can't ship to Maine, we can't ship to Ontario fast enough,\" said Brian Montague, who farms near O'Leary. Processors in Grand Falls, New Brunswick, have offered to take some of the crop.",
		gold: { CHARLOTTETOWN: [46.24, -63.13], 'Prince Edward Island': [46.4, -63.2], 'United States': [39.8, -98.6], Summerside: [46.39, -63.79], "O'Leary": [46.71, -64.24], Souris: [46.35, -62.25], Montague: [46.17, -62.65], Maine: [45.3, -69.2], Ontario: [50.0, -85.0], 'Grand Falls': [47.05, -67.74], 'New Brunswick': [46.5, -66.5] },
		notPlaces: ['Brian Montague']
	},
	{
		genre: 'health',
		text: "PRO/AH/EDR> Yellow fever - Ecuador: (Morona Santiago, Zamora Chinchipe) fatal. Ecuador's Ministry of Public Health has confirmed 3 fatal cases of yellow fever in unvaccinated farm workers from the canton of Gualaquiza, Morona Santiago province, and a fourth in Zamora Chinchipe. The patients were treated in Macas and transferred to Cuenca, where they died. Vaccination teams have been sent to Sucúa and Limón Indanza.",
		gold: { Ecuador: [-1.8, -78.2], 'Morona Santiago': [-2.5, -77.9], 'Zamora Chinchipe': [-4.1, -78.95], Gualaquiza: [-3.4, -78.57], Macas: [-2.31, -78.12], Cuenca: [-2.9, -79.0], 'Sucúa': [-2.46, -78.17], 'Limón Indanza': [-2.97, -78.42] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "EUROPE IN BRIEF. Czech Republic: A chemical plant in Most leaked ammonia overnight, and residents of Litvínov were told to keep their windows shut. Portugal: Firefighters contained a blaze near Pedrógão Grande, where 66 people died in 2017. Ireland: Flooding closed the main street of Ennis, and the river burst its banks at Athlone. Netherlands: A magnitude 3.1 tremor shook Loppersum in Groningen province.",
		gold: { 'Czech Republic': [49.8, 15.5], Most: [50.5, 13.64], 'Litvínov': [50.6, 13.61], Portugal: [39.6, -8.0], 'Pedrógão Grande': [39.92, -8.15], Ireland: [53.2, -8.0], Ennis: [52.84, -8.98], Athlone: [53.42, -7.94], Netherlands: [52.2, 5.5], Loppersum: [53.33, 6.75], Groningen: [53.2, 6.7] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Cholera - Mozambique and Zimbabwe. Mozambique's Nampula province has reported 4,210 cases and 31 deaths since October, most in Nampula city and the districts of Mogovolas and Angoche. In Cabo Delgado, cases rose in displacement sites near Pemba and Montepuez. Zimbabwe has reported 620 cases in Manicaland, in Chipinge and Mutare, where travellers cross from Mozambique at the Forbes border post, and 140 in Chitungwiza and Harare.",
		gold: { Mozambique: [-18.7, 35.5], Zimbabwe: [-19.0, 29.8], Nampula: [-15.12, 39.27], 'Nampula province': [-15.0, 39.0], Mogovolas: [-15.6, 39.3], Angoche: [-16.23, 39.91], 'Cabo Delgado': [-12.3, 39.3], Pemba: [-12.97, 40.52], Montepuez: [-13.13, 39.0], Manicaland: [-19.0, 32.3], Chipinge: [-20.19, 32.62], Mutare: [-18.97, 32.67], Forbes: [-18.98, 32.72], Chitungwiza: [-18.01, 31.08], Harare: [-17.83, 31.05] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TOWNSVILLE, Queensland (AAP) - Floodwaters cut the Bruce Highway north of Ingham for a fifth day on Thursday, isolating Cardwell and the sugar towns of the Herbert, as the weather bureau warned of more rain. Residents of Halifax and Lucinda were told to move to higher ground, and a barge carried supplies to Hinchinbrook Island. Inland, cattle stations around Charters Towers lost fences and stock. \"It's worse than 2019,\" said the mayor, who drove from Ingham to Townsville to meet the premier.",
		gold: { TOWNSVILLE: [-19.26, 146.82], Queensland: [-22.5, 144.5], Ingham: [-18.65, 146.16], Cardwell: [-18.26, 146.03], Halifax: [-18.58, 146.28], Lucinda: [-18.53, 146.33], 'Hinchinbrook Island': [-18.37, 146.23], 'Charters Towers': [-20.08, 146.26], Townsville: [-19.26, 146.82] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "A single-dose combination to cure uncomplicated malaria in children has met its main goal in a phase 3 trial at seven African sites, its sponsors said. The trial enrolled 1,668 children at Bagamoyo, Tanzania; Nanoro, Burkina Faso; Siaya, Kenya; Lambaréné, Gabon; and Kintampo, Ghana, among others. It was coordinated from Basel and funded through the Medicines for Malaria Venture in Geneva. Researchers in Lambaréné said the cure rate was 96%.",
		gold: { Bagamoyo: [-6.44, 38.9], Tanzania: [-6.4, 34.9], Nanoro: [12.68, -2.19], 'Burkina Faso': [12.3, -1.6], Siaya: [0.06, 34.29], Kenya: [0.2, 37.9], 'Lambaréné': [-0.7, 10.23], Gabon: [-0.8, 11.6], Kintampo: [8.06, -1.73], Ghana: [7.9, -1.0], Basel: [47.56, 7.59], Geneva: [46.2, 6.15] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S39_B: GenreText[] = [
	{
		genre: 'health',
		text: "Disease Outbreak News. Chikungunya - Republic of the Congo. Between 1 February and 20 April, 6,240 suspected cases of chikungunya were reported in the Republic of the Congo, first in Brazzaville's districts of Makélékélé and Talangaï and then in Pointe-Noire, Dolisie and Nkayi. In the Pool department, Kinkala health district reported 410 cases. Samples were confirmed at the national public health laboratory in Brazzaville. Cases have also been reported in the Bouenza, along the railway between Pointe-Noire and the capital.",
		gold: { 'Republic of the Congo': [-0.7, 15.2], Brazzaville: [-4.26, 15.28], 'Makélékélé': [-4.3, 15.25], 'Talangaï': [-4.22, 15.29], 'Pointe-Noire': [-4.78, 11.86], Dolisie: [-4.2, 12.67], Nkayi: [-4.18, 13.29], 'Pool department': [-3.8, 14.8], Kinkala: [-4.36, 14.76], Bouenza: [-4.2, 13.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "YANGON (Reuters) - Fighting closed the highway between Mawlamyine and Myawaddy for a third week, traders in Mae Sot said on Wednesday, and thousands of people fled from Kayin into Thailand. The army shelled villages in Mon, south of Bago, and a market in Hpa-an was hit by an air strike.",
		gold: { YANGON: [16.87, 96.2], Mawlamyine: [16.49, 97.63], Myawaddy: [16.69, 98.51], 'Mae Sot': [16.72, 98.57], Kayin: [17.0, 97.7], Thailand: [15.0, 101.0], Mon: [16.3, 97.7], Bago: [17.34, 96.48], 'Hpa-an': [16.89, 97.63] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PRO/EDR> Dengue - Bhutan: Phuentsholing, Samtse. The Ministry of Health of Bhutan reported 1,380 dengue cases this season, most in Phuentsholing and Samtse in the south, with cases also in Gelephu. Phuentsholing lies across the border from Jaigaon in West Bengal, where cases have also risen. Blood samples were tested at the Royal Centre for Disease Control in Thimphu. -- Communicated by: ProMED rapporteur Tshering Paro",
		gold: { Bhutan: [27.4, 90.4], Phuentsholing: [26.86, 89.39], Samtse: [26.9, 89.1], Gelephu: [26.87, 90.48], Jaigaon: [26.85, 89.38], 'West Bengal': [23.0, 87.9], Thimphu: [27.47, 89.64] },
		notPlaces: ['Tshering Paro', 'Paro']
	},
	{
		genre: 'international',
		text: "AFRICA IN BRIEF. Botswana: De Beers cut output at Jwaneng and closed a pit at Orapa as diamond prices fell. Namibia: A fishing trawler caught fire in the harbour at Lüderitz. Zambia: Fishermen at Siavonga said the level of Lake Kariba had fallen two metres. Sierra Leone: A ferry capsized off Bonthe, and the president visited survivors in a hospital in Makeni.",
		gold: { Botswana: [-22.3, 24.7], Jwaneng: [-24.6, 24.73], Orapa: [-21.31, 25.37], Namibia: [-22.0, 17.0], 'Lüderitz': [-26.65, 15.16], Zambia: [-13.1, 27.8], Siavonga: [-16.54, 28.71], 'Lake Kariba': [-17.0, 28.0], 'Sierra Leone': [8.46, -11.78], Bonthe: [7.53, -12.5], Makeni: [8.88, -12.04] },
		notPlaces: ['De Beers']
	},
	{
		genre: 'health',
		text: "Background: Stunting remains common among children of ethnic minorities in Cambodia's north-east. Methods: We followed 920 children under five in rural Ratanakiri and Mondulkiri provinces for two years, weighing them monthly at health centres in Banlung and Sen Monorom, and compared them with a cohort in Savannakhet province, Laos. Results: At 24 months, 41% of children in Ratanakiri were stunted against 29% in Savannakhet.",
		gold: { Cambodia: [12.5, 104.9], Ratanakiri: [13.8, 107.0], Mondulkiri: [12.5, 107.2], Banlung: [13.74, 106.99], 'Sen Monorom': [12.45, 107.2], Savannakhet: [16.5, 105.5], 'Savannakhet province': [16.5, 105.5], Laos: [18.2, 103.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MAROUA, Cameroon — Gunmen killed 11 people in an attack on a market near Kolofata in Cameroon's Far North region on Sunday, the army said, the worst in the area this year. Soldiers had pulled out of a base at Fotokol a week earlier. Further north, Kousséri, across the river from N'Djamena, took in 3,000 people fleeing fighting around Lake Chad. In Chad, the army said it had repelled an attack on an island near Bol; in Niger, the governor of Diffa imposed a curfew. Nigerian troops from Maiduguri crossed the border in pursuit, a security source said. \"Boko Haram comes at night and the army comes in the day,\" said Adamou Mokolo, a trader in Kolofata.",
		gold: { MAROUA: [10.59, 14.32], Cameroon: [5.7, 12.5], Kolofata: [11.17, 14.0], 'Far North': [11.0, 14.5], Fotokol: [12.38, 14.22], 'Kousséri': [12.08, 15.03], "N'Djamena": [12.11, 15.04], 'Lake Chad': [13.0, 14.5], Chad: [15.45, 18.7], Bol: [13.46, 14.71], Niger: [17.6, 8.1], Diffa: [13.32, 12.61], Maiduguri: [11.85, 13.16] },
		notPlaces: ['Boko Haram', 'Adamou Mokolo', 'Mokolo']
	},
	{
		genre: 'health',
		text: "Murray Valley encephalitis in northern Australia. Five human cases of Murray Valley encephalitis were notified between February and April, three in the Kimberley region of Western Australia (Kununurra, Halls Creek and Broome) and two in the Northern Territory (Katherine and Tennant Creek). Sentinel chickens near Kununurra seroconverted in January. Two patients were flown to Royal Darwin Hospital; one died. Residents were urged to avoid mosquito bites at dusk.",
		gold: { Australia: [-25.0, 134.0], Kimberley: [-17.5, 125.5], 'Western Australia': [-25.0, 122.0], Kununurra: [-15.77, 128.74], 'Halls Creek': [-18.23, 127.67], Broome: [-17.96, 122.24], 'Northern Territory': [-19.5, 133.0], Katherine: [-14.47, 132.26], 'Tennant Creek': [-19.65, 134.19] },
		notPlaces: ['Murray Valley']
	},
	{
		genre: 'international',
		text: "ASUNCIÓN (AFP) - Paraguay declared an emergency in Boquerón and Alto Paraguay on Thursday as forest fires spread across the northern Chaco. The fires reached the edge of Bahía Negra, and smoke closed the airstrip at Mariscal Estigarribia. In Concepción, schools were shut for a day. \"The whole north is burning,\" said Andrés Villarrica, a rancher.",
		gold: { 'ASUNCIÓN': [-25.28, -57.63], Paraguay: [-23.4, -58.4], 'Boquerón': [-21.5, -60.5], 'Alto Paraguay': [-20.5, -59.0], Chaco: [-22.0, -60.5], 'Bahía Negra': [-20.23, -58.17], 'Mariscal Estigarribia': [-22.03, -60.62], 'Concepción': [-23.41, -57.43] },
		notPlaces: ['Andrés Villarrica', 'Villarrica', 'Bahía']
	},
	{
		genre: 'health',
		text: "Disease Outbreak News. Rift Valley fever - Senegal and Mauritania. As of 10 November, Senegal has reported 119 confirmed human cases and 11 deaths, most in Matam and Podor departments along the Senegal river, with cases in Richard-Toll and Saint-Louis. In Mauritania, the Ministry of Health confirmed 38 cases in Rosso, Kaédi and Aleg. Samples from both countries were confirmed at the Institut Pasteur de Dakar. Animal vaccination has begun in herds that cross the river, and samples from Nouakchott are awaited.",
		gold: { Senegal: [14.5, -14.5], Mauritania: [20.3, -10.3], Matam: [15.66, -13.25], Podor: [16.65, -14.96], 'Richard-Toll': [16.46, -15.7], 'Saint-Louis': [16.03, -16.5], Rosso: [16.51, -15.81], 'Kaédi': [16.15, -13.5], Aleg: [17.05, -13.92], Nouakchott: [18.09, -15.98] },
		notPlaces: ['Rift Valley']
	},
	{
		genre: 'international',
		text: "BREST, Belarus (Reuters) - Belarus and Poland reopened the road crossing between Brest and Terespol on Monday, two years after it was closed, and a queue of lorries stretched back towards Kobryn within hours. Polish traders in Biała Podlaska said they hoped Belarusians would come shopping again. The crossing at Kuźnica, near Grodno, stays shut, and so does the railway bridge over the Bug. In Białystok, farmers protested against grain imports. \"Brest lives from this border,\" said Ivan Pinsky, a driver waiting near Kobryn. Warsaw said it would watch Minsk's behaviour before opening more crossings, and Lithuania kept its own border closed.",
		gold: { BREST: [52.1, 23.7], Belarus: [53.7, 27.95], Poland: [52.0, 19.4], Brest: [52.1, 23.7], Terespol: [52.08, 23.62], Kobryn: [52.21, 24.36], 'Biała Podlaska': [52.03, 23.13], 'Kuźnica': [53.51, 23.65], Grodno: [53.68, 23.83], 'Białystok': [53.13, 23.16], Warsaw: [52.23, 21.01], Minsk: [53.9, 27.57], Lithuania: [55.2, 23.9] },
		notPlaces: ['Ivan Pinsky']
	},
	{
		genre: 'health',
		text: "Seroprevalence of brucellosis among livestock keepers in rural Khatlon region, Tajikistan: a cross-sectional survey. Methods: We tested 1,120 adults from 40 villages in Kulob, Danghara and Vose districts; sera were tested at the national reference laboratory in Dushanbe. Results: Seroprevalence was 8.6%, higher in men and in households that kept sheep. A survey in Osh, Kyrgyzstan, with the same assay found 4.1%.",
		gold: { Khatlon: [37.9, 69.0], Tajikistan: [38.9, 71.0], Kulob: [37.91, 69.78], Danghara: [38.1, 69.33], Vose: [37.8, 69.65], Dushanbe: [38.56, 68.77], Osh: [40.53, 72.8], Kyrgyzstan: [41.2, 74.8] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PRO/EDR> Dengue - Costa Rica: (Limón, Guanacaste). Costa Rica's health ministry has reported 22,400 dengue cases this year, most in Limón province, in Limón city, Siquirres and Guápiles, and in Guanacaste, where Liberia's hospital has opened a second ward. Cases are also rising in Puntarenas. A rapporteur in San José said serotype 3 was circulating. -- Communicated by: Ana Cartago",
		gold: { 'Costa Rica': [9.75, -83.75], 'Limón': [9.99, -83.03], 'Limón province': [9.99, -83.5], Siquirres: [10.1, -83.51], 'Guápiles': [10.22, -83.78], Guanacaste: [10.5, -85.4], Liberia: [10.63, -85.44], Puntarenas: [9.98, -84.84], 'San José': [9.93, -84.08] },
		notPlaces: ['Ana Cartago', 'Cartago']
	},
	{
		genre: 'international',
		text: "LIBREVILLE (Reuters) - Gabon's manganese exports were halted on Tuesday after a derailment near Franceville, the railway operator said. Miners in Mounana went on strike, and fuel ran short in Oyem and Makokou. The oil port of Port-Gentil was unaffected.",
		gold: { LIBREVILLE: [0.39, 9.45], Gabon: [-0.8, 11.6], Franceville: [-1.63, 13.58], Mounana: [-1.41, 13.16], Oyem: [1.6, 11.58], Makokou: [0.57, 12.86], 'Port-Gentil': [-0.72, 8.78] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Typhoid conjugate vaccine campaign - Zimbabwe and Zambia. Health workers in Zimbabwe vaccinated 2.1 million children against typhoid in Harare, Gweru, Kwekwe and Masvingo, where outbreaks followed water cuts. Zambia's campaign targets Lusaka, Kabwe and Kitwe in May. The vaccine was funded by Gavi, the Vaccine Alliance, whose board met in Geneva.",
		gold: { Zimbabwe: [-19.0, 29.8], Harare: [-17.83, 31.05], Gweru: [-19.45, 29.82], Kwekwe: [-18.93, 29.81], Masvingo: [-20.07, 30.83], Zambia: [-13.1, 27.8], Lusaka: [-15.42, 28.28], Kabwe: [-14.45, 28.45], Kitwe: [-12.8, 28.21], Geneva: [46.2, 6.15] },
		notPlaces: ['Gavi']
	},
	{
		genre: 'international',
		text: "GISBORNE, New Zealand (AP) — Cyclone Tama cut power to 30,000 homes on the North Island's east coast on Sunday, and the roads to Tolaga Bay, Tokomaru Bay and Ruatoria were closed by slips. In Wairoa, the river rose over its banks for the second time in three years. Further south in Hawke's Bay, orchards in the Esk Valley near Napier were flooded again, and Hastings opened two evacuation centres. Emergency management staff flew in from Wellington. \"We had just finished cleaning up,\" said Hemi Napier, a grower.",
		gold: { GISBORNE: [-38.66, 178.02], 'New Zealand': [-41.0, 174.0], 'North Island': [-38.5, 176.0], 'Tolaga Bay': [-38.37, 178.3], 'Tokomaru Bay': [-38.13, 178.31], Ruatoria: [-37.89, 178.32], Wairoa: [-39.03, 177.42], "Hawke's Bay": [-39.4, 176.6], 'Esk Valley': [-39.4, 176.83], Napier: [-39.49, 176.91], Hastings: [-39.64, 176.84], Wellington: [-41.29, 174.78] },
		notPlaces: ['Cyclone Tama', 'Hemi Napier']
	},
	{
		genre: 'health',
		text: "Mpox - Sierra Leone. Sierra Leone's Ministry of Health has reported 3,100 confirmed mpox cases since January, 70% in Western Area Urban and Western Area Rural districts, around Freetown and Waterloo. Cases have also been confirmed in Port Loko, Kenema and Bo. Patients with severe illness are treated at an isolation unit at Connaught Hospital in Freetown.",
		gold: { 'Sierra Leone': [8.46, -11.78], 'Western Area Urban': [8.47, -13.23], 'Western Area Rural': [8.33, -13.1], Freetown: [8.48, -13.23], Waterloo: [8.34, -13.07], 'Port Loko': [8.77, -12.79], Kenema: [7.88, -11.19], Bo: [7.96, -11.74] },
		notPlaces: ['Connaught', 'Connaught Hospital']
	},
	{
		genre: 'international',
		text: "WHITEHORSE (CP) - Yukon's government ordered the evacuation of Mayo on Tuesday as a wildfire burned within 10 km of the village, and closed the highway north of Carmacks. Residents of Dawson City were told to be ready to leave. In Old Crow, smoke grounded flights from Alaska.",
		gold: { WHITEHORSE: [60.72, -135.06], Yukon: [63.0, -135.5], Mayo: [63.59, -135.9], Carmacks: [62.09, -136.29], 'Dawson City': [64.06, -139.43], 'Old Crow': [67.57, -139.83], Alaska: [64.0, -150.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Cutaneous leishmaniasis in Golestan and North Khorasan provinces, Iran, 2018-2023: an analysis of surveillance data. Cases were notified by health centres in Gonbad-e Kavus, Bojnurd and Shirvan and confirmed by microscopy at the Pasteur Institute of Iran in Tehran. Incidence was highest in Gonbad-e Kavus and in villages near the Turkmenistan border. Cases referred to Mashhad were excluded.",
		gold: { Golestan: [37.3, 55.1], 'North Khorasan': [37.5, 57.3], Iran: [32.4, 53.7], 'Gonbad-e Kavus': [37.25, 55.17], Bojnurd: [37.47, 57.33], Shirvan: [37.41, 57.93], Tehran: [35.69, 51.39], Turkmenistan: [39.0, 59.6], Mashhad: [36.3, 59.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ASIA IN BRIEF. Kazakhstan: Floods forced 5,000 people from their homes in Petropavl, near the Russian border. Brunei: An oil spill from a pipeline reached the beaches of Seria and Kuala Belait. Turkmenistan: A new passenger terminal opened at the Caspian port of Türkmenbaşy. Uzbekistan: Dust storms from the dried bed of the Aral Sea closed schools in Nukus.",
		gold: { Kazakhstan: [48.0, 67.0], Petropavl: [54.87, 69.15], Brunei: [4.5, 114.7], Seria: [4.61, 114.33], 'Kuala Belait': [4.58, 114.19], Turkmenistan: [39.0, 59.6], Caspian: [41.0, 51.0], 'Türkmenbaşy': [40.02, 52.97], Uzbekistan: [41.4, 64.6], 'Aral Sea': [45.0, 60.0], Nukus: [42.46, 59.6] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Polio vaccination - Papua New Guinea. Papua New Guinea has begun a nationwide polio vaccination round after poliovirus was found in sewage in Lae. Teams started in Morobe province and will move to Mount Hagen in Western Highlands and Goroka in Eastern Highlands next week. The health department in Port Moresby said coverage in the last round was 61%.",
		gold: { 'Papua New Guinea': [-6.3, 143.9], Lae: [-6.72, 146.99], 'Morobe province': [-6.8, 146.6], 'Mount Hagen': [-5.86, 144.23], 'Western Highlands': [-5.7, 144.2], Goroka: [-6.08, 145.39], 'Eastern Highlands': [-6.4, 145.5], 'Port Moresby': [-9.48, 147.15] },
		notPlaces: []
	}
];

// International and health news written for session 41 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s41` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written on the namesakes the issue names, in shapes the
// earlier world batches (s33-s40) lack: divisions named like other countries' places (Georgia the country beside
// Armenia, Victoria the Australian state, Punjab on both sides of the border, Limburg in Belgium and in the
// Netherlands, Luxembourg province, Granada in Nicaragua and in Spain, Grenada, Santiago in the Dominican Republic,
// Chile and Galicia, San José in Uruguay, Costa Rica and the Philippines, Córdoba in Argentina and in Spain,
// Valencia in Venezuela, Florida in Uruguay, San Diego in Carabobo, Niger state, Santa Cruz in Guanacaste, Manica,
// Gondola, Moselle, Most); WHO Disease Outbreak News with municipality lists; refugee flows naming camps (Kakuma,
// Dadaab, Bidibidi, Kutupalong, Khanke, al-Hol, Jeddah 5, Adré); corridors, pipelines and highways (the Lachin
// corridor, Druzhba and Adria pipelines, the Karakoram Highway, the Addis Ababa-Djibouti railway); regions (Darfur,
// Nagorno-Karabakh, the Cibao, Abkhazia, Somaliland, Reykjanes-like peninsulas: Mornington, Bellarine); a list of
// countries among which Georgia, Jordan, Panama, Jamaica and Lebanon are also US towns, with "the Schengen area";
// wire datelines ("GENEVA (Reuters) -", "KANO, Nigeria (Reuters) -"); agencies named with places (the Pan American
// Health Organization, Africa CDC, the Mekong River Commission); influenza strain names (A/Victoria/4897/2022,
// B/Austria/...); diseases, fevers and a vaccine named after places (Lassa, Marburg, Rift Valley, West Nile,
// Oropouche, Buruli, Oxford); people and storms named like places (Bakyt Toktogul, Tropical Storm Franklin); the
// session 40 leads (Madagascar's Sofia region, a ProMED rapporteur in Bishkek, the Zomba Plateau, Enguri, Djibouti
// City, Brunei Bay, Portuguese Guinea, Most and Teplice, Svartsengi-like gaps: Vila Gorongosa).
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Luxembourg province") is graded too; rivers, seas, lakes, roads, pipelines, a corridor's
// own name and a city named only inside a hospital's or an agency's name are left ungraded.
// Half A is for tuning; half B stays held out.
// Before any change (main a9060f2; division-word keys such as "Jigawa state" added to the gold in 2nd commit): A
// 211/214 within 161 km (international 111/112, health 100/102), 5 names of no place mapped, 27 gold names not
// mapped; B 189/191 (international 119/121, health 70/70), 0 names of no place mapped, 22 not mapped. A's wrong:
// SAVA and the Sofia region (Malagasy regions the gazetteer lacks) as Sāveh in Iran and Bulgaria's Sofia Province,
// Anbar as a Turkish village; names of no place mapped: "West Nile" of the virus as the Nile (twice), the camp
// Jeddah 5 as the Saudi city, the Druzhba pipeline as a Ukrainian town, the Schengen area as the Luxembourg
// village; not mapped though the gazetteer has them: La Vega, Lachin, Andapa. B's (not tuned on): San Jose
// (Occidental Mindoro) as another Philippine San Jose, Goseong (Gangwon) as the Goseong of the south.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S41_A: GenreText[] = [
	{
		genre: 'health',
		text: "Disease Outbreak News. Anthrax - Georgia. Between 2 June and 30 July, the National Center for Disease Control and Public Health of Georgia notified WHO of 27 human cases of cutaneous anthrax in the regions of Kvemo Kartli (Marneuli, Gardabani and Bolnisi municipalities), Kakheti (Sagarejo and Gurjaani) and Shida Kartli (Gori). All of the patients had slaughtered or handled meat from sick cattle. Samples were confirmed at the Richard Lugar Center for Public Health Research near Tbilisi. Livestock vaccination has begun in villages along the borders with Azerbaijan and Armenia, and WHO assesses the risk as low.",
		gold: { Georgia: [42.0, 43.5], 'Kvemo Kartli': [41.45, 44.4], Marneuli: [41.48, 44.81], Gardabani: [41.46, 45.09], Bolnisi: [41.45, 44.54], Kakheti: [41.65, 45.7], Sagarejo: [41.73, 45.33], Gurjaani: [41.74, 45.8], 'Shida Kartli': [42.1, 43.9], Gori: [41.98, 44.11], Tbilisi: [41.72, 44.79], Azerbaijan: [40.3, 47.7], Armenia: [40.1, 45.0] },
		notPlaces: ['Richard Lugar', 'Lugar']
	},
	{
		genre: 'health',
		text: "MELBOURNE (AAP) - Victoria's chief health officer has warned of a record Buruli ulcer season, with 212 cases notified so far this year. Most were acquired on the Mornington Peninsula and the Bellarine Peninsula, but new cases have been traced to Geelong's northern suburbs and, for the first time, to Essendon and Brunswick West in inner Melbourne. Separately, Japanese encephalitis virus was found in mosquitoes trapped near Mildura, Echuca and Shepparton along the Murray, and residents of Swan Hill were urged to cover up at dusk.",
		gold: { MELBOURNE: [-37.81, 144.96], Victoria: [-37.0, 144.3], 'Mornington Peninsula': [-38.35, 145.0], 'Bellarine Peninsula': [-38.2, 144.6], Geelong: [-38.15, 144.36], Essendon: [-37.75, 144.92], 'Brunswick West': [-37.76, 144.94], Melbourne: [-37.81, 144.96], Mildura: [-34.19, 142.16], Echuca: [-36.13, 144.75], Shepparton: [-36.38, 145.4], 'Swan Hill': [-35.34, 143.55] },
		notPlaces: ['Buruli']
	},
	{
		genre: 'international',
		text: "CHANDIGARH, Sept 2 (Reuters) - Floods in India's Punjab have killed at least 37 people and submerged more than 1,400 villages, the state government said on Tuesday, after the Sutlej, Beas and Ravi burst their banks. Gurdaspur, Pathankot and Fazilka districts were worst hit, and the army took families off islands of farmland near Ferozepur. In Amritsar, the Golden Temple's kitchen sent food to relief camps at Ajnala. Across the border, Pakistan's disaster authority said water released from Indian dams had reached Kasur and Narowal.",
		gold: { CHANDIGARH: [30.73, 76.78], India: [22.0, 79.0], Punjab: [30.9, 75.5], Gurdaspur: [32.04, 75.4], Pathankot: [32.27, 75.65], Fazilka: [30.4, 74.03], Ferozepur: [30.92, 74.6], Amritsar: [31.63, 74.87], Ajnala: [31.84, 74.76], Pakistan: [30.0, 70.0], Kasur: [31.12, 74.45], Narowal: [32.1, 74.87] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Pakistan: dengue, Punjab province. The provincial health department reported 1,902 new dengue cases in the week to 14 October, bringing the season's total to 16,450. Rawalpindi accounted for nearly half, followed by Lahore (3,110), Multan, Faisalabad and Gujranwala; Rawalpindi's Holy Family and Benazir Bhutto hospitals set aside 300 beds. In neighbouring Khyber Pakhtunkhwa, Peshawar and Mardan reported rising numbers, while Islamabad Capital Territory recorded 640 cases.",
		gold: { Pakistan: [30.0, 70.0], Punjab: [31.0, 72.5], Rawalpindi: [33.6, 73.05], Lahore: [31.55, 74.34], Multan: [30.2, 71.47], Faisalabad: [31.42, 73.08], Gujranwala: [32.16, 74.19], 'Khyber Pakhtunkhwa': [34.5, 72.0], Peshawar: [34.01, 71.58], Mardan: [34.2, 72.04], 'Islamabad Capital Territory': [33.7, 73.05] },
		notPlaces: ['Benazir Bhutto']
	},
	{
		genre: 'health',
		text: "Belgium: West Nile and bluetongue. Sciensano has confirmed the country's first locally acquired West Nile infection, in a horse stabled near Genk in the province of Limburg; mosquito trapping has been stepped up around Hasselt, Maasmechelen and Lommel. Bluetongue serotype 3 is now present in every province. The highest counts of infected herds are in Luxembourg province, around Bastogne, Arlon and Marche-en-Famenne, and in Liège; farmers in Namur province reported the first cases in sheep this week.",
		gold: { Belgium: [50.6, 4.6], Genk: [50.97, 5.5], Limburg: [51.0, 5.41], Hasselt: [50.93, 5.34], Maasmechelen: [50.97, 5.69], Lommel: [51.23, 5.31], Luxembourg: [49.95, 5.45], 'Luxembourg province': [49.95, 5.45], Bastogne: [50.0, 5.72], Arlon: [49.68, 5.82], 'Marche-en-Famenne': [50.23, 5.34], 'Liège': [50.63, 5.57], Namur: [50.47, 4.87], 'Namur province': [50.4, 4.85] },
		notPlaces: ['West Nile', 'Sciensano']
	},
	{
		genre: 'international',
		text: "MAASTRICHT, Netherlands (AP) - Police in the southern province of Limburg arrested four men on Friday after an explosion destroyed a cash machine in Venlo, the third such attack in the province this month after blasts in Heerlen and Sittard. Investigators believe the gang crossed the border from Belgium and had planned to flee towards Aachen in Germany. A fourth attempt, in Roermond, failed when the explosive did not go off.",
		gold: { MAASTRICHT: [50.85, 5.69], Netherlands: [52.2, 5.3], Limburg: [51.2, 5.9], Venlo: [51.37, 6.17], Heerlen: [50.89, 5.98], Sittard: [51.0, 5.87], Belgium: [50.6, 4.6], Aachen: [50.78, 6.08], Germany: [51.2, 10.4], Roermond: [51.19, 5.99] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "The Pan American Health Organization said on Friday that Nicaragua had reported 5,300 suspected dengue cases in August, most of them in Managua, Granada and Masaya. León and Chinandega, near the Pacific coast, reported chikungunya for the first time in five years, and the Ministry of Health sent fumigation brigades to Rivas and San Juan del Sur. PAHO also warned of rising Oropouche fever in Cuba and Peru, and asked countries to test travellers returning with fever for both viruses.",
		gold: { Nicaragua: [12.9, -85.2], Managua: [12.13, -86.25], Granada: [11.93, -85.96], Masaya: [11.97, -86.09], 'León': [12.43, -86.88], Chinandega: [12.63, -87.13], Rivas: [11.44, -85.83], 'San Juan del Sur': [11.25, -85.87], Cuba: [21.5, -79.5], Peru: [-9.2, -75.0] },
		notPlaces: ['Pan American', 'Oropouche']
	},
	{
		genre: 'health',
		text: "Dominican Republic: leptospirosis after floods. The Ministry of Public Health reported 96 confirmed cases of leptospirosis and 11 deaths in the four weeks after Tropical Storm Franklin, concentrated in Santiago province (Santiago de los Caballeros and Tamboril) and in the Cibao towns of La Vega, Moca and San Francisco de Macorís. Santo Domingo Este and Los Alcarrizos, in the capital's province, also reported cases. The ministry urged residents of Montecristi and Dajabón, on the Haitian border, to wear boots when clearing debris.",
		gold: { 'Dominican Republic': [18.8, -70.2], Santiago: [19.45, -70.7], 'Santiago province': [19.45, -70.7], 'Santiago de los Caballeros': [19.45, -70.69], Tamboril: [19.49, -70.61], Cibao: [19.3, -70.6], 'La Vega': [19.22, -70.53], Moca: [19.39, -70.52], 'San Francisco de Macorís': [19.3, -70.25], 'Santo Domingo Este': [18.49, -69.86], 'Los Alcarrizos': [18.52, -70.02], Montecristi: [19.85, -71.65], 'Dajabón': [19.55, -71.71] },
		notPlaces: ['Franklin', 'Tropical Storm Franklin']
	},
	{
		genre: 'international',
		text: "MONTEVIDEO, June 10 (Reuters) - More than 4,000 people were evacuated in central Uruguay after days of rain swelled the Yí river, the national emergency system said. The city of Durazno, where the river rose nine metres, was worst hit, followed by Florida, San José de Mayo and Santa Lucía, in Canelones department. Two national routes were closed in San José department, and the port of Colonia suspended ferry sailings to Buenos Aires because of high winds.",
		gold: { MONTEVIDEO: [-34.9, -56.19], Uruguay: [-32.5, -55.8], Durazno: [-33.38, -56.52], Florida: [-34.1, -56.21], 'San José de Mayo': [-34.34, -56.71], 'Santa Lucía': [-34.45, -56.39], 'Canelones department': [-34.5, -55.95], Canelones: [-34.5, -55.95], 'San José': [-34.3, -56.7], Colonia: [-34.47, -57.84], 'Buenos Aires': [-34.6, -58.38] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CÓRDOBA, Argentina, Jan 20 (AP) - Wildfires driven by 40C heat burned more than 30,000 hectares in the hills of Córdoba province this week, forcing the evacuation of neighbourhoods of Villa Carlos Paz and closing the road to La Cumbre. Firefighters from the provinces of Santa Fe, San Luis and Mendoza joined local brigades around Capilla del Monte. Smoke reached Río Cuarto and Villa María, and flights at the provincial capital's airport were delayed.",
		gold: { 'CÓRDOBA': [-31.42, -64.18], Argentina: [-34.0, -64.0], 'Córdoba': [-32.0, -63.8], 'Villa Carlos Paz': [-31.42, -64.5], 'La Cumbre': [-30.98, -64.49], 'Santa Fe': [-31.0, -60.9], 'San Luis': [-33.5, -66.2], Mendoza: [-34.6, -68.5], 'Capilla del Monte': [-30.86, -64.53], 'Río Cuarto': [-33.13, -64.35], 'Villa María': [-32.41, -63.24] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Venezuela: diphtheria. The health authority of Carabobo state has reported eight confirmed diphtheria cases, two of them fatal, in Valencia and the neighbouring municipalities of Los Guayos and San Diego, and one more in Puerto Cabello. Contacts were traced to Maracay, in Aragua, and to Tocuyito. The ministry opened vaccination posts at the Valencia bus terminal and sent 40,000 doses of Td vaccine from Caracas.",
		gold: { Venezuela: [7.0, -66.0], Carabobo: [10.2, -68.0], Valencia: [10.16, -68.0], 'Los Guayos': [10.19, -67.93], 'San Diego': [10.26, -67.95], 'Puerto Cabello': [10.47, -68.01], Maracay: [10.25, -67.6], Aragua: [10.0, -67.3], Tocuyito: [10.1, -68.07], Caracas: [10.5, -66.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KANO, Nigeria (Reuters) - At least 14 people were killed when a fuel tanker overturned and exploded on the highway between Kano and Zaria on Sunday, emergency officials said, as residents rushed to scoop fuel from the wreck. The Federal Road Safety Corps diverted traffic through Kaduna. It was the third tanker disaster in the north this year, after explosions in Jigawa state and in Suleja, in Niger state.",
		gold: { KANO: [12.0, 8.52], Nigeria: [9.1, 8.7], Kano: [12.0, 8.52], Zaria: [11.09, 7.71], Kaduna: [10.52, 7.44], 'Jigawa state': [12.2, 9.6], Jigawa: [12.2, 9.6], Suleja: [9.18, 7.18], Niger: [9.9, 5.6], 'Niger state': [9.9, 5.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ERBIL, Iraq (AFP) - Iraq has closed Jeddah 5, the last camp for displaced people in Nineveh province, sending about 1,200 families back to villages around Mosul, Tal Afar and Sinjar, the migration ministry said. Many Yazidis in the Kurdistan Region's camps at Khanke and Sharya, near Dohuk, say they will not go back to Sinjar until services are restored. Families returning from al-Hol, the camp in Syria's Hasakah province, are first screened at a centre in Amiriyat al-Fallujah, in Anbar.",
		gold: { ERBIL: [36.19, 44.01], Iraq: [33.0, 44.0], 'Jeddah 5': [35.85, 43.2], Nineveh: [36.0, 42.5], Mosul: [36.34, 43.13], 'Tal Afar': [36.38, 42.45], Sinjar: [36.32, 41.87], 'Kurdistan Region': [36.5, 44.5], Khanke: [36.88, 42.96], Sharya: [36.88, 43.07], Dohuk: [36.87, 42.99], 'al-Hol': [36.38, 41.15], Syria: [35.0, 38.5], Hasakah: [36.5, 40.75], 'Amiriyat al-Fallujah': [33.2, 43.6], Anbar: [33.4, 42.0] },
		notPlaces: ['Jeddah']
	},
	{
		genre: 'international',
		text: "GENEVA (Reuters) - The UN refugee agency said on Tuesday it would cut food rations in Kakuma and Dadaab, Kenya's two largest camps, by a third from April unless donors found $40 million. In Uganda, new arrivals from South Sudan at the Elegu collection point are being taken to Kiryandongo, because Bidibidi in Yumbe district is full. In Bangladesh, where nearly a million Rohingya from Myanmar live in the Kutupalong camps near Cox's Bazar and on the island of Bhasan Char, rations have already been cut twice.",
		gold: { GENEVA: [46.2, 6.15], Kakuma: [3.72, 34.87], Dadaab: [0.05, 40.3], Kenya: [0.5, 38.0], Uganda: [1.3, 32.3], 'South Sudan': [7.0, 30.0], Elegu: [3.58, 32.05], Kiryandongo: [1.87, 32.06], Bidibidi: [3.48, 31.38], 'Yumbe district': [3.47, 31.25], Yumbe: [3.47, 31.25], Bangladesh: [23.7, 90.3], Myanmar: [21.0, 96.0], Kutupalong: [21.2, 92.16], "Cox's Bazar": [21.43, 92.0], 'Bhasan Char': [22.37, 91.4] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "YEREVAN, Sept 28 (Reuters) - More than 50,000 ethnic Armenians have left Nagorno-Karabakh since Azerbaijan's offensive last week, Armenia's government said on Thursday, with cars queuing for two days along the Lachin corridor, the only road to Armenia. Arrivals are registered in Kornidzor, near Goris, before being sent on to hotels in Vayk, Jermuk and Yerevan. A blast at a fuel depot near Stepanakert, which Azerbaijan calls Khankendi, killed at least 68 people on Monday.",
		gold: { YEREVAN: [40.18, 44.51], 'Nagorno-Karabakh': [39.9, 46.7], Azerbaijan: [40.3, 47.7], Armenia: [40.1, 45.0], 'Lachin corridor': [39.6, 46.5], Lachin: [39.64, 46.55], Kornidzor: [39.3, 46.3], Goris: [39.51, 46.34], Vayk: [39.69, 45.47], Jermuk: [39.84, 45.67], Yerevan: [40.18, 44.51], Stepanakert: [39.82, 46.75], Khankendi: [39.82, 46.75] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Madagascar: plague season update. The Ministry of Public Health has notified 118 suspected plague cases, 21 of them pneumonic, in nine regions since August. The districts most affected are Ambositra and Fandriana in Amoron'i Mania region, Tsiroanomandidy in Bongolava and Ankazobe in Analamanga. Two pneumonic cases were confirmed in Antananarivo by the Institut Pasteur de Madagascar. Outside the central highlands, sporadic cases were reported from Mandritsara, in the Sofia region, and from Andapa in SAVA.",
		gold: { Madagascar: [-19.0, 46.7], Ambositra: [-20.53, 47.24], Fandriana: [-20.23, 47.38], "Amoron'i Mania": [-20.5, 47.0], Tsiroanomandidy: [-18.77, 46.05], Bongolava: [-18.6, 46.0], Ankazobe: [-18.32, 47.12], Analamanga: [-18.9, 47.5], Antananarivo: [-18.91, 47.52], Mandritsara: [-15.83, 48.82], 'Sofia region': [-15.3, 48.6], Sofia: [-15.3, 48.6], Andapa: [-14.65, 49.65], SAVA: [-14.3, 50.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BUDAPEST, Aug 14 (Reuters) - Oil flows through the southern leg of the Druzhba pipeline to Hungary and Slovakia resumed on Wednesday after a Ukrainian drone strike on a pumping station in Russia's Bryansk region halted them for five days, MOL said. The Hungarian refiner's Százhalombatta plant had drawn on its reserves, while the Slovnaft refinery in Bratislava cut runs. Croatia's JANAF offered to supply crude through the Adria pipeline from the Omišalj terminal on the island of Krk.",
		gold: { BUDAPEST: [47.5, 19.04], Hungary: [47.2, 19.5], Slovakia: [48.7, 19.7], Russia: [61.5, 90.0], Bryansk: [52.9, 33.4], 'Százhalombatta': [47.32, 18.91], Bratislava: [48.15, 17.11], Croatia: [45.1, 15.2], 'Omišalj': [45.21, 14.55], Krk: [45.08, 14.6] },
		notPlaces: ['Druzhba', 'Adria']
	},
	{
		genre: 'international',
		text: "BRUSSELS, March 3 (Reuters) - The European Commission proposed on Tuesday that visa-free travel to the Schengen area be suspended for citizens of Georgia, Serbia and Colombia if asylum claims by their nationals keep rising, and that Peru, Panama, Jamaica, Jordan and Lebanon be added to a watch list. Georgia's foreign ministry called the proposal unfair; Serbia said it would tighten checks at Belgrade airport.",
		gold: { BRUSSELS: [50.85, 4.35], Georgia: [42.0, 43.5], Serbia: [44.0, 20.9], Colombia: [4.6, -74.1], Peru: [-9.2, -75.0], Panama: [8.5, -80.0], Jamaica: [18.1, -77.3], Jordan: [31.2, 36.5], Lebanon: [33.9, 35.8], Belgrade: [44.82, 20.46] },
		notPlaces: ['Schengen']
	},
	{
		genre: 'health',
		text: "GENEVA, 28 Feb - WHO recommended on Friday that trivalent influenza vaccines for the southern hemisphere's 2027 season contain an A/Victoria/4897/2022 (H1N1)pdm09-like virus, an A/Croatia/10136RV/2023 (H3N2)-like virus and a B/Austria/1359417/2021-like virus. The advisers, meeting in Melbourne, noted that H5N1 viruses of clade 2.3.4.4b continued to spread among dairy cattle in the United States and that an older clade, 2.3.2.1e, had caused a fatal case in Cambodia's Takeo province.",
		gold: { GENEVA: [46.2, 6.15], Melbourne: [-37.81, 144.96], 'United States': [39.8, -98.6], Cambodia: [12.5, 105.0], Takeo: [10.99, 104.78] },
		notPlaces: ['Victoria', 'Croatia', 'Austria']
	},
	{
		genre: 'health',
		text: "Lassa fever, Marburg and Rift Valley fever led this week's Africa CDC briefing. Nigeria has recorded 1,180 confirmed Lassa fever cases this year, most of them in Ondo, Edo and Bauchi states; the Irrua Specialist Teaching Hospital in Edo has treated a third. Rwanda declared its Marburg outbreak over after 42 days without a new case. Kenya is vaccinating livestock against Rift Valley fever in Garissa and Wajir counties. The agency also said the Oxford R21 malaria vaccine would be introduced in Burundi in June.",
		gold: { Nigeria: [9.1, 8.7], Ondo: [7.0, 5.0], Edo: [6.5, 6.0], Bauchi: [10.3, 10.0], Rwanda: [-1.9, 29.9], Kenya: [0.5, 38.0], Garissa: [-0.45, 39.65], Wajir: [1.75, 40.06], Burundi: [-3.4, 29.9] },
		notPlaces: ['Lassa', 'Marburg', 'Rift Valley', 'Africa', 'Oxford']
	}
];

export const HELD_OUT_WORLD_S41_B: GenreText[] = [
	{
		genre: 'international',
		text: "ISLAMABAD (AP) - Landslides have blocked the Karakoram Highway in at least eight places between Besham and Chilas in Kohistan, stranding hundreds of trucks bound for the Khunjerab Pass on the border with China, officials said on Monday. About 300 tourists were stuck in hotels in Hunza and Gilgit, and the army flew food to villages cut off near Dasu, where a dam is being built on the Indus.",
		gold: { ISLAMABAD: [33.69, 73.05], Besham: [34.93, 72.87], Chilas: [35.42, 74.1], Kohistan: [35.3, 73.2], 'Khunjerab Pass': [36.85, 75.43], China: [35.0, 103.0], Hunza: [36.32, 74.65], Gilgit: [35.92, 74.31], Dasu: [35.29, 73.29] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MADRID, July 9 (Reuters) - Spain's weather agency issued red alerts for Córdoba, Seville and Jaén on Wednesday as temperatures were forecast to reach 44C in the Guadalquivir valley. In Granada, the Alhambra closed its gardens at noon, and in Montoro, which holds the national record of 47.4C, the town hall opened a cooled sports hall. Extremadura and Castilla-La Mancha were on orange alert, with Badajoz and Ciudad Real expected to pass 42C.",
		gold: { MADRID: [40.42, -3.7], Spain: [40.2, -3.6], 'Córdoba': [37.88, -4.78], Seville: [37.39, -5.98], 'Jaén': [37.77, -3.79], Granada: [37.18, -3.6], Montoro: [38.02, -4.38], Extremadura: [39.2, -6.1], 'Castilla-La Mancha': [39.5, -3.0], Badajoz: [38.88, -6.97], 'Ciudad Real': [38.99, -3.93] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ST. GEORGE'S, Grenada (AP) - Grenada's prime minister said on Tuesday that Carriacou and Petite Martinique had been all but flattened by the hurricane, with nearly every house in Hillsborough damaged and the island's airport and clinic out of action. In neighbouring St Vincent and the Grenadines, Union Island lost most of its homes. Barbados sent a coast guard vessel with water and generators, and Trinidad and Tobago offered to take in the injured.",
		gold: { "ST. GEORGE'S": [12.05, -61.75], Grenada: [12.12, -61.68], 'Carriacou and Petite Martinique': [12.5, -61.45], Carriacou: [12.48, -61.45], 'Petite Martinique': [12.53, -61.38], Hillsborough: [12.48, -61.46], 'St Vincent and the Grenadines': [13.25, -61.2], 'Union Island': [12.6, -61.43], Barbados: [13.17, -59.55], 'Trinidad and Tobago': [10.7, -61.2] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Costa Rica: dengue, epidemiological week 30. The Ministry of Health has registered 14,200 dengue cases this year. The highest rates are in Limón province, in the cantons of Matina, Siquirres and Talamanca, and in Puntarenas. In Guanacaste, Santa Cruz and Nicoya reported clusters after the first rains. San José, the capital, has had 1,300 cases, a third of them in Desamparados. Serotype DENV-3 now accounts for most infections.",
		gold: { 'Costa Rica': [9.9, -84.0], 'Limón province': [9.9, -83.3], 'Limón': [9.9, -83.3], Matina: [10.08, -83.29], Siquirres: [10.1, -83.51], Talamanca: [9.6, -82.9], Puntarenas: [9.98, -84.83], Guanacaste: [10.5, -85.4], 'Santa Cruz': [10.26, -85.58], Nicoya: [10.15, -85.45], 'San José': [9.93, -84.08], Desamparados: [9.9, -84.06] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SANTIAGO, Feb 4 (Reuters) - Forest fires in Chile's Valparaíso region have killed at least 99 people, the interior ministry said on Sunday, most of them in hillside neighbourhoods of Viña del Mar and Quilpué where flames jumped from eucalyptus plantations to wooden houses. A curfew was imposed in Villa Alemana and Limache, and the botanic garden in Viña del Mar was destroyed. Firefighters from Argentina and Uruguay were due to arrive on Monday.",
		gold: { SANTIAGO: [-33.45, -70.67], Chile: [-35.7, -71.5], 'Valparaíso': [-33.05, -71.6], 'Viña del Mar': [-33.02, -71.55], 'Quilpué': [-33.05, -71.44], 'Villa Alemana': [-33.04, -71.37], Limache: [-33.0, -71.27], Argentina: [-34.0, -64.0], Uruguay: [-32.5, -55.8] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Spain: Legionnaires' disease, Galicia. The Galician health service has confirmed 31 cases of legionellosis since 20 August, 24 of them in Santiago de Compostela and the rest in Ames and Teo, on the city's outskirts. Most patients are over 65 and 19 were admitted to the university hospital in Santiago. Inspectors are testing cooling towers in the Santiago industrial estates. Smaller outbreaks earlier this year in A Coruña and Ourense were traced to a car wash and a spa.",
		gold: { Spain: [40.2, -3.6], Galicia: [42.75, -7.9], 'Santiago de Compostela': [42.88, -8.54], Ames: [42.9, -8.65], Teo: [42.8, -8.5], Santiago: [42.88, -8.54], 'A Coruña': [43.37, -8.4], Ourense: [42.34, -7.86] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MANILA (AFP) - Typhoon Kammuri made landfall near San Jose in Occidental Mindoro early on Wednesday, after crossing Marinduque, the weather bureau said. More than 200,000 people had been moved to shelters in Batangas, Oriental Mindoro and Romblon, and ferries from Calapan and Batangas City were suspended. Schools and offices in Metro Manila were closed, and the airport cancelled about 500 flights.",
		gold: { MANILA: [14.6, 120.98], 'San Jose': [12.35, 121.07], 'Occidental Mindoro': [13.0, 120.9], Marinduque: [13.4, 121.97], Batangas: [13.9, 121.05], 'Oriental Mindoro': [13.0, 121.4], Romblon: [12.57, 122.27], Calapan: [13.41, 121.18], 'Batangas City': [13.76, 121.06], 'Metro Manila': [14.6, 121.0] },
		notPlaces: ['Kammuri']
	},
	{
		genre: 'health',
		text: "Measles, British Columbia. Island Health has confirmed seven measles cases on Vancouver Island linked to an unvaccinated traveller returning from the Philippines. Exposures occurred at a clinic in Victoria, a school in Duncan and the ferry terminal in Nanaimo; one case was admitted to hospital in Campbell River. The health authority has opened drop-in vaccination clinics in Port Alberni and Courtenay.",
		gold: { 'British Columbia': [53.7, -127.6], 'Vancouver Island': [49.6, -125.5], Philippines: [12.9, 121.8], Victoria: [48.43, -123.37], Duncan: [48.78, -123.71], Nanaimo: [49.17, -123.94], 'Campbell River': [50.02, -125.24], 'Port Alberni': [49.23, -124.8], Courtenay: [49.69, -124.99] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TBILISI (Reuters) - Georgia began rolling power cuts on Thursday after the Enguri hydropower plant, whose dam lies on the de facto border with Abkhazia, was shut for repairs to its tunnel. Homes in Zugdidi and Kutaisi will lose power for four hours a day, the energy ministry said, while Abkhazia, which takes a share of the plant's output free of charge, imposed cuts of its own in Sukhumi and Gali. Batumi's port and hotels are exempt.",
		gold: { TBILISI: [41.72, 44.79], Georgia: [42.0, 43.5], Abkhazia: [43.0, 41.0], Zugdidi: [42.51, 41.87], Kutaisi: [42.27, 42.7], Sukhumi: [43.0, 41.02], Gali: [42.63, 41.73], Batumi: [41.64, 41.64] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PRO/AH/EDR> Brucellosis, human, livestock - Kyrgyzstan: (Jalal-Abad, Osh). The sanitary service reports 64 human brucellosis cases since January, most in Nooken and Bazar-Korgon districts of Jalal-Abad region and in Uzgen and Aravan districts of Osh region. All patients had drunk unboiled milk or helped with lambing. -- Communicated by: Bakyt Toktogul, Bishkek. [Brucellosis is endemic in the Fergana Valley, which Kyrgyzstan shares with Uzbekistan and Tajikistan. - Mod.]",
		gold: { Kyrgyzstan: [41.2, 74.6], 'Jalal-Abad region': [41.0, 72.5], 'Jalal-Abad': [41.0, 72.5], 'Osh region': [40.3, 73.3], Osh: [40.3, 73.3], Nooken: [41.2, 72.3], 'Bazar-Korgon': [41.04, 72.75], Uzgen: [40.77, 73.3], Aravan: [40.51, 72.5], Bishkek: [42.87, 74.59], 'Fergana Valley': [40.8, 71.8], Uzbekistan: [41.4, 64.6], Tajikistan: [38.9, 71.3] },
		notPlaces: ['Bakyt Toktogul', 'Toktogul']
	},
	{
		genre: 'international',
		text: "SEOUL (Yonhap) - North Korea blew up sections of two roads that once linked it to the South, north of the Demilitarized Zone near Kaesong and on the east coast near Goseong, South Korea's military said on Tuesday. Troops in Paju and Yeoncheon fired warning shots across the border in response. Residents of Cheorwon said they heard the blasts and saw smoke.",
		gold: { SEOUL: [37.57, 126.98], 'North Korea': [40.0, 127.0], Kaesong: [37.97, 126.55], Goseong: [38.38, 128.47], 'South Korea': [36.5, 127.8], Paju: [37.76, 126.78], Yeoncheon: [38.1, 127.07], Cheorwon: [38.15, 127.31] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BLANTYRE, Malawi (AP) - Mudslides on the Zomba Plateau swept away houses and a bridge after a week of heavy rain, killing at least 23 people, police said on Friday. Phalombe, Mulanje and Chiradzulu districts were also hit, and the road from Blantyre to Zomba was closed. In neighbouring Mozambique, the rains flooded parts of Quelimane, the capital of Zambezia province, and the town of Milange on the border.",
		gold: { BLANTYRE: [-15.79, 35.0], Malawi: [-13.3, 34.3], 'Zomba Plateau': [-15.33, 35.3], Phalombe: [-15.8, 35.65], Mulanje: [-16.03, 35.5], Chiradzulu: [-15.7, 35.15], Blantyre: [-15.79, 35.0], Zomba: [-15.39, 35.32], Mozambique: [-18.3, 35.0], Quelimane: [-17.88, 36.89], 'Zambezia province': [-16.5, 37.0], Zambezia: [-16.5, 37.0], Milange: [-16.1, 35.77] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Mozambique: cholera, Sofala and Manica provinces. Since 1 December, 2,410 cases and 19 deaths have been reported, most in Beira, Dondo and Nhamatanda in Sofala, and in Vila Gorongosa, where the treatment centre is full. In Manica province, Chimoio and Gondola have reported 310 cases between them. MSF has opened an oral rehydration point at the bus station in Inchope, the junction on the corridor to Zimbabwe.",
		gold: { Mozambique: [-18.3, 35.0], Sofala: [-19.5, 34.5], 'Manica province': [-19.0, 33.3], Manica: [-19.0, 33.3], Beira: [-19.84, 34.84], Dondo: [-19.61, 34.74], Nhamatanda: [-19.26, 34.21], 'Vila Gorongosa': [-18.68, 34.07], Chimoio: [-19.12, 33.48], Gondola: [-19.06, 33.65], Inchope: [-19.19, 33.92], Zimbabwe: [-19.0, 29.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "N'DJAMENA (Reuters) - More than 20,000 people fled Darfur into eastern Chad last week after fighting around El Fasher, the capital of North Darfur, aid agencies said. Most crossed at Adré, opposite Geneina in West Darfur, and are being moved to camps at Farchana and Metché in Ouaddaï province. The road from Tawila, where many had first sheltered, to the border is controlled by armed groups. Sudan's army accused the RSF of shelling the town.",
		gold: { "N'DJAMENA": [12.11, 15.04], Darfur: [13.5, 24.0], Chad: [15.4, 18.7], 'El Fasher': [13.63, 25.35], 'North Darfur': [15.5, 25.5], 'Adré': [13.47, 22.2], Geneina: [13.45, 22.45], 'West Darfur': [12.8, 22.9], Farchana: [13.6, 21.7], 'Metché': [13.8, 21.9], 'Ouaddaï': [13.5, 21.0], Tawila: [13.5, 24.85], Sudan: [15.5, 30.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BANDAR SERI BEGAWAN (Reuters) - An oil slick from a ruptured offshore pipeline was drifting across Brunei Bay towards Labuan on Monday, Malaysian officials said. Brunei's Muara port deployed booms, while fishermen in Lawas and Limbang, in Sarawak, were told to stay ashore. Sabah's environment department said beaches on the north of Labuan island had been closed as a precaution.",
		gold: { 'BANDAR SERI BEGAWAN': [4.89, 114.94], 'Brunei Bay': [5.0, 115.2], Labuan: [5.28, 115.24], Brunei: [4.5, 114.7], Muara: [5.03, 115.07], Lawas: [4.85, 115.41], Limbang: [4.75, 115.0], Sarawak: [2.5, 113.0], Sabah: [5.3, 117.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Czechia: measles, Ústí nad Labem region. The regional public health authority has reported 46 measles cases since January, most of them among unvaccinated children in Teplice, Most and Chomutov. Smaller clusters were found in Děčín and Litoměřice. In Prague, 12 cases have been confirmed, four linked to a bus trip from Most. The authority is offering free vaccination at the hospital in Ústí nad Labem.",
		gold: { Czechia: [49.8, 15.5], 'Ústí nad Labem region': [50.6, 13.8], 'Ústí nad Labem': [50.66, 14.03], Teplice: [50.64, 13.82], Most: [50.5, 13.64], Chomutov: [50.46, 13.42], 'Děčín': [50.78, 14.21], 'Litoměřice': [50.53, 14.13], Prague: [50.08, 14.44] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BISSAU (AFP) - Guinea-Bissau marked 50 years of independence on Sunday with a parade in the capital and ceremonies in Bolama, which was the capital of Portuguese Guinea until 1941. President Embaló laid a wreath in Cacheu, once the colony's slave-trading post, before flying to Bafatá and Gabú in the east. Boats carried visitors from the Bijagós islands to the celebrations in Bubaque.",
		gold: { BISSAU: [11.86, -15.6], 'Guinea-Bissau': [12.0, -15.0], Bolama: [11.58, -15.48], 'Portuguese Guinea': [12.0, -15.0], Cacheu: [12.27, -16.17], 'Bafatá': [12.17, -14.66], 'Gabú': [12.28, -14.22], 'Bijagós': [11.3, -16.0], Bubaque: [11.28, -15.83] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DJIBOUTI (Reuters) - Ethiopia's imports through Djibouti City fell by a fifth in the first half of the year, port officials said, as shippers switched to the Addis Ababa-Djibouti railway's rival route through Berbera in Somaliland. Truck queues at the Galafi border post, on the road to Dire Dawa, have shortened, and the new port at Tadjourah handled only potash. Ethiopia still sends 90 percent of its trade through Djibouti.",
		gold: { DJIBOUTI: [11.59, 43.15], Ethiopia: [9.1, 40.5], 'Djibouti City': [11.59, 43.15], 'Addis Ababa': [9.03, 38.74], Berbera: [10.44, 45.01], Somaliland: [9.5, 46.0], Galafi: [11.72, 41.84], 'Dire Dawa': [9.6, 41.87], Tadjourah: [11.79, 42.88], Djibouti: [11.8, 42.6] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Luxembourg: measles among cross-border workers. The Health Directorate has confirmed 17 measles cases since March, ten in Esch-sur-Alzette, Differdange and Dudelange and seven among workers living in France and Germany. The French cases live in Thionville and Metz, in Moselle; the German ones in Trier. The directorate has asked employers in the south of the country to check staff vaccination records.",
		gold: { Luxembourg: [49.75, 6.13], 'Esch-sur-Alzette': [49.5, 5.98], Differdange: [49.52, 5.89], Dudelange: [49.48, 6.09], France: [46.6, 2.4], Germany: [51.2, 10.4], Thionville: [49.36, 6.17], Metz: [49.12, 6.18], Moselle: [49.0, 6.6], Trier: [49.75, 6.64] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "VIENTIANE (Reuters) - The Mekong River Commission warned on Friday that water levels at Chiang Saen and Luang Prabang were the lowest for the month in 30 years, after dams upstream in Yunnan held back water. Further south, levels at Nong Khai, Pakse and Stung Treng were also below average, and the flow into Cambodia's Tonle Sap had not reversed. Rice farmers around Can Tho, in Vietnam's Mekong Delta, reported salt water further inland than usual.",
		gold: { VIENTIANE: [17.97, 102.6], 'Chiang Saen': [20.27, 100.08], 'Luang Prabang': [19.89, 102.13], Yunnan: [25.0, 101.5], 'Nong Khai': [17.88, 102.74], Pakse: [15.12, 105.8], 'Stung Treng': [13.53, 105.97], Cambodia: [12.5, 105.0], 'Can Tho': [10.03, 105.78], Vietnam: [16.0, 107.5] },
		notPlaces: []
	}
];

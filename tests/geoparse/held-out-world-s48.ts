// International and health news written for session 48 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s48` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written in shapes the earlier world batches (s33-s47)
// lack, each shape once in A and once in B: vaccination rounds by district and local government area (polio in
// Balochistan and Khyber Pakhtunkhwa, measles and polio in Kano's LGAs and Zamfara), mpox vaccination by health zone
// and Kinshasa commune (South Kivu's Kamituga, Équateur's Bikoro), drought by zone and county (Ethiopia's Somali
// region and Oromia's Bale and Guji, Somalia's Hiraan and Galmudug with Kenya's Garissa), dengue by Brazilian state
// and Malaysian district, malaria by Papuan regency and the vaccine's Kenyan counties, Oropouche by Cuban province
// and Espírito Santo town, Ebola in Kasai and Marburg in Kagera, refugee camps (the Rohingya in Ukhia and Teknaf,
// Sudanese at Renk and Joda), wildfires in Canada's provinces (Manitoba's Flin Flon and rural municipalities,
// Jasper and Fort Nelson) and round the Mediterranean (Evia, Rhodes and Corinthia; Béjaïa and Tabarka), floods (the
// Valencia towns, Emilia-Romagna's), trade and ports (the Baltic's Klaipėda and Ust-Luga, the Danube's Izmail and
// Reni, the Gulf's Jebel Ali and Ras Laffan, the Red Sea's Port Sudan and Berbera, Georgia's Anaklia and Poti, the
// Norwegian and Finnish border with Russia), gas near Palma (Cabo Delgado) and Lindi, court and election news from
// Central America (Guatemala's Totonicapán and Petén, El Salvador's Tecoluca, Honduras), the Balkans (Republika
// Srpska's Banja Luka, Kočani's fire with Tetovo and North Mitrovica), Central Asia (Zhanaozen's oil workers in
// Aktau, Kempir-Abad's protesters from Uzgen), the Southern Cone's provinces and regions (Argentina's midterms,
// Chile's governors), the Colombian-Venezuelan border and Colombia's regional vote, obituaries of aid workers
// naming the famines and wars they worked in (Uli, Korem, Baidoa, Nyala; Kakuma, Kenema, Gaziantep), and conference
// datelines with places discussed elsewhere (the World Health Assembly in Geneva, the climate talks in Baku).
// Session 47's leads are written in (A): Salta and Neuquén as provinces among provinces, Palma in a Cabo Delgado
// text, Oromia's Bale and Guji zones, Manitoba's Hanover and Stanley, and people named like places (María Corina
// Machado in A, Álvaro Uribe in B).
// Before any change (main 69b0b25): A 278/287 within 161 km (international 180/188, health 98/99), 0 names of no
// place mapped, 51 gold names not mapped; B 319/319 (international 212/212, health 107/107), 1 name of no place
// mapped, 31 not mapped. A's wrong: Liban (the Ethiopian zone) as Lebanon, Bale (Oromia's zone) as Basel's "Bâle",
// Cross Lake (Manitoba) as the US town, Hanover and Stanley (Manitoba's rural municipalities) as Hannover and a US
// Stanley, Mendoza (a province in a list of provinces) as its city 181 km from the province's centre, Palma (Cabo
// Delgado) twice as Palma de Mallorca, Florida (in a list of countries) as the Cuban town.
// End of session 48 (main 9c74970): A 278/285 (international 180/186, health 98/99; the Cabo Delgado text's two
// Palmas now unmapped by qualified.ts's possessive-country rule: "near Palma, in Mozambique's Cabo Delgado province"),
// 0 names of no place mapped; B 319/319 (international 212/212, health 107/107; unchanged, scored once at the end),
// 1 name of no place mapped: Uribe (Álvaro Uribe's bare surname, read as the Colombian town: "alvaro" is not in the
// first-name lexicon, so "Álvaro Uribe" marks no person). A's remaining wrong: Liban, Bale, Cross Lake, Hanover,
// Stanley, Mendoza and Florida as above.
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Mimika regency") is graded too; rivers, lakes, straits' crossings by bridge, mines,
// oil fields, ports' terminals and airports are left ungraded; a disease named for a place (Ebola, Marburg,
// Oropouche) is no place. Continents and oceans carry GeoNames' points. Half A is for tuning; half B stays held out.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S48_A: GenreText[] = [
	{
		genre: 'health',
		text: "PESHAWAR - Pakistan began a seven-day polio vaccination campaign on Monday to reach 45 million children under five, after 74 cases this year, most of them in Balochistan and Khyber Pakhtunkhwa. In Balochistan, teams are going door to door in Quetta, Pishin, Killa Abdullah and Chaman, where the virus has been found in sewage every month since March. In Khyber Pakhtunkhwa the round was delayed in Bannu and Lakki Marwat after a police escort was attacked, and parents in Karachi's Gadap and Baldia towns again refused the drops. Afghanistan is running its own round in Kandahar and Helmand in the same week, officials said.",
		gold: { PESHAWAR: [34.01, 71.58], Pakistan: [30.0, 70.0], Balochistan: [28.5, 65.5], 'Khyber Pakhtunkhwa': [34.5, 72.0], Quetta: [30.19, 67.01], Pishin: [30.58, 67.0], 'Killa Abdullah': [30.73, 66.66], Chaman: [30.92, 66.45], Bannu: [32.99, 70.6], 'Lakki Marwat': [32.61, 70.91], Karachi: [24.86, 67.01], Gadap: [25.1, 67.2], Baldia: [24.93, 66.97], Afghanistan: [33.9, 67.7], Kandahar: [31.61, 65.71], Helmand: [31.0, 64.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BUKAVU, Democratic Republic of Congo - Vaccination against mpox began on Saturday in South Kivu, the province where the new strain was first found, in the gold-mining town of Kamituga. Health workers in the Uvira, Fizi and Mwenga health zones will give the first 50,000 doses to miners, sex workers and the contacts of cases, the provincial health division said. The doses were flown from Kinshasa to Goma and trucked to Bukavu through Sake and Minova, because the M23 rebels hold the airport at Kavumu. Across the lake, Rwanda has vaccinated in Rubavu and Rusizi; Burundi, with cases in Bujumbura and Cibitoke, still has no doses.",
		gold: { BUKAVU: [-2.51, 28.86], 'Democratic Republic of Congo': [-2.88, 23.65], 'South Kivu': [-3.0, 28.3], Kamituga: [-3.06, 28.18], Uvira: [-3.4, 29.14], Fizi: [-4.3, 28.94], Mwenga: [-3.04, 28.43], Kinshasa: [-4.33, 15.31], Goma: [-1.68, 29.23], Bukavu: [-2.51, 28.86], Sake: [-1.57, 29.05], Minova: [-1.7, 29.02], Kavumu: [-2.3, 28.81], Rwanda: [-1.95, 29.9], Rubavu: [-1.68, 29.33], Rusizi: [-2.48, 28.9], Burundi: [-3.4, 29.9], Bujumbura: [-3.38, 29.36], Cibitoke: [-2.88, 29.12] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ADDIS ABABA - Failed spring rains have left 4.4 million people short of food in Ethiopia's south and east, the UN humanitarian office said on Wednesday. In the Somali region, livestock deaths are highest in the Afder and Liban zones, and water is being trucked to Gode and Kebri Dahar. In Oromia's Bale and Guji zones, farmers around Robe, Negele Borana and Bule Hora have lost a second harvest. The price of maize in Moyale, on the border with Kenya, has doubled in three months. Refugees from Somalia in the five camps at Dollo Ado now share their water points with the villages around them.",
		gold: { 'ADDIS ABABA': [9.03, 38.74], Ethiopia: [9.0, 39.5], 'Somali region': [6.5, 44.0], Afder: [5.0, 42.5], Liban: [4.8, 40.2], Gode: [5.95, 43.55], 'Kebri Dahar': [6.74, 44.28], Oromia: [7.5, 39.5], Bale: [6.5, 40.5], Guji: [5.5, 39.0], Robe: [7.12, 40.0], 'Negele Borana': [5.33, 39.58], 'Bule Hora': [5.63, 38.24], Moyale: [3.53, 39.05], Kenya: [0.5, 38.0], Somalia: [5.0, 46.0], 'Dollo Ado': [4.23, 42.08] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BRASÍLIA - Brazil has recorded 5.2 million probable cases of dengue this year, more than in any year since records began, the health ministry said. Minas Gerais leads with 1.6 million, followed by Paraná and Goiás. The Federal District declared an emergency in February, and the air force set up field hospitals in Ceilândia and Sol Nascente. In Minas Gerais, Belo Horizonte, Contagem and Uberlândia have reported the most deaths; in Paraná, Londrina, Maringá and Foz do Iguaçu. Rio de Janeiro state is vaccinating children in the municipalities of the Baixada Fluminense, among them Nova Iguaçu and Duque de Caxias.",
		gold: { 'BRASÍLIA': [-15.79, -47.88], Brazil: [-10.0, -55.0], 'Minas Gerais': [-18.5, -44.5], 'Paraná': [-24.5, -51.5], 'Goiás': [-16.0, -49.5], 'Federal District': [-15.8, -47.8], 'Ceilândia': [-15.82, -48.11], 'Sol Nascente': [-15.8, -48.15], 'Belo Horizonte': [-19.92, -43.94], Contagem: [-19.93, -44.05], 'Uberlândia': [-18.92, -48.28], Londrina: [-23.31, -51.16], 'Maringá': [-23.42, -51.94], 'Foz do Iguaçu': [-25.55, -54.59], 'Rio de Janeiro': [-22.3, -42.8], 'Baixada Fluminense': [-22.75, -43.4], 'Nova Iguaçu': [-22.76, -43.45], 'Duque de Caxias': [-22.79, -43.31] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "JAYAPURA, Indonesia - Malaria cases in Indonesia's Papua provinces rose by a third last year, with Mimika regency alone reporting 120,000, the health ministry said. In Timika, the town that serves the Grasberg copper mine, the regional hospital has set aside two wards for malaria patients. Keerom and Sarmi regencies and the city of Jayapura come next, while Merauke, on the border with Papua New Guinea, has halved its cases since 2019 with bed nets and indoor spraying. The ministry will send nets to Nabire and Asmat this month and rapid tests to Wamena in the highlands.",
		gold: { JAYAPURA: [-2.53, 140.72], Indonesia: [-2.0, 118.0], Papua: [-4.0, 138.0], 'Mimika regency': [-4.5, 136.9], Timika: [-4.55, 136.89], Keerom: [-3.3, 140.6], Sarmi: [-2.0, 138.7], Jayapura: [-2.53, 140.72], Merauke: [-8.49, 140.4], 'Papua New Guinea': [-6.5, 145.0], Nabire: [-3.37, 135.5], Asmat: [-5.5, 138.5], Wamena: [-4.1, 138.95] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "WINNIPEG - Manitoba declared a province-wide state of emergency on Wednesday as wildfires forced 17,000 people from their homes, the largest evacuation in the province in decades. All 5,000 residents of Flin Flon left by road for Winnipeg and Thompson, and Creighton, across the border with Saskatchewan, emptied too. The Pimicikamak Cree Nation at Cross Lake was flown out by military aircraft. Smoke closed schools as far south as Steinbach and the rural municipalities of Hanover and Stanley, near Winkler. In Saskatchewan, fires also burned close to La Ronge, and the province asked Ottawa for help.",
		gold: { WINNIPEG: [49.9, -97.14], Manitoba: [55.0, -97.0], 'Flin Flon': [54.77, -101.88], Winnipeg: [49.9, -97.14], Thompson: [55.74, -97.86], Creighton: [54.76, -101.9], Saskatchewan: [54.0, -106.0], 'Cross Lake': [54.62, -97.77], Steinbach: [49.53, -96.68], Hanover: [49.45, -96.85], Stanley: [49.15, -98.0], Winkler: [49.18, -97.94], 'La Ronge': [55.1, -105.28], Ottawa: [45.42, -75.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ATHENS - Firefighters on Evia battled for a third day on Tuesday to keep a wildfire from the village of Limni, as Greece sweltered in a heatwave that brought 44C to Larissa and Lamia. The coastguard took 600 tourists by boat from beaches near Lindos on Rhodes, where another fire broke out on Monday. Near Corinth, a fire that began outside Xylokastro has burned 4,000 hectares of pine forest and reached the edge of Kiato. Schools in Attica were shut, and the Acropolis closed from noon to five. Water bombers lent by Italy and Croatia are flying from Elefsina.",
		gold: { ATHENS: [37.98, 23.73], Evia: [38.5, 23.9], Limni: [38.77, 23.32], Greece: [39.0, 22.0], Larissa: [39.64, 22.42], Lamia: [38.9, 22.43], Lindos: [36.09, 28.09], Rhodes: [36.2, 28.0], Corinth: [37.94, 22.93], Xylokastro: [38.08, 22.63], Kiato: [38.01, 22.75], Attica: [38.0, 23.7], Italy: [42.8, 12.8], Croatia: [45.1, 15.2], Elefsina: [38.04, 23.54] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "RIGA - Cargo through the ports of the Baltic states fell again last year as Russian and Belarusian freight moved to Russia's own terminals at Ust-Luga and Primorsk, figures from the port authorities show. Klaipėda, Lithuania's only seaport, handled 35 million tonnes, down from 47 million before potash from Belarus was barred in 2022. Latvia's Ventspils and Liepāja lost more than half their oil and coal traffic, while Riga grew on containers and grain. Estonia's Muuga harbour, east of Tallinn, and Paldiski are bidding for offshore wind work. Poland's Gdańsk, with its deepwater container terminal, has taken feeder trade that once went through Hamburg, and the gas terminal at Świnoujście is being enlarged.",
		gold: { RIGA: [56.95, 24.11], 'Ust-Luga': [59.67, 28.27], Primorsk: [60.37, 28.61], Russia: [61.5, 100.0], 'Klaipėda': [55.71, 21.13], Lithuania: [55.2, 23.9], Belarus: [53.7, 27.9], Latvia: [56.9, 24.6], Ventspils: [57.39, 21.56], 'Liepāja': [56.51, 21.01], Riga: [56.95, 24.11], Estonia: [58.6, 25.0], Muuga: [59.49, 24.96], Tallinn: [59.44, 24.75], Paldiski: [59.35, 24.05], Poland: [52.0, 19.4], 'Gdańsk': [54.35, 18.65], Hamburg: [53.55, 10.0], 'Świnoujście': [53.91, 14.25] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CONSTANȚA, Romania - The port of Constanța shipped a record 26 million tonnes of grain last year, much of it Ukrainian wheat and maize brought by rail or by barge down the Danube from Izmail and Reni, the port company said. Barges sail out past Sulina or unload upriver at Galați and Brăila. A Russian drone that hit a grain silo in Izmail last month scattered fragments on the Romanian bank at Plauru, in Tulcea county. Farmers in Dobruja say cheap grain from Ukraine has pushed down their prices, and truckers blocked the Siret crossing for a week in the spring. Ukraine's own ports at Odesa, Chornomorsk and Yuzhne have taken back most of the sea trade.",
		gold: { 'CONSTANȚA': [44.18, 28.63], Romania: [46.0, 25.0], 'Constanța': [44.18, 28.63], Izmail: [45.35, 28.84], Reni: [45.46, 28.29], Sulina: [45.16, 29.65], 'Galați': [45.43, 28.05], 'Brăila': [45.27, 27.96], Plauru: [45.35, 28.83], 'Tulcea county': [45.0, 29.0], Dobruja: [44.0, 28.3], Ukraine: [49.0, 32.0], Siret: [47.95, 26.07], Odesa: [46.48, 30.73], Chornomorsk: [46.3, 30.65], Yuzhne: [46.62, 31.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GUATEMALA CITY - A court in Guatemala City on Tuesday freed 14 indigenous leaders from Totonicapán and Sololá who had been held since the protests that blocked the Inter-American Highway for three weeks in 2023. Prosecutors had accused them of terrorism; the judge said there was no case to answer. In Huehuetenango, the mayor of Santa Eulalia was arrested on a United States extradition request, and a judge in Quetzaltenango refused bail to a former congressman from San Marcos. In Petén, soldiers burned two tonnes of cocaine found on a ranch between Sayaxché and Flores, near an airstrip that had been dug up twice.",
		gold: { 'GUATEMALA CITY': [14.63, -90.51], 'Guatemala City': [14.63, -90.51], 'Totonicapán': [14.91, -91.36], 'Sololá': [14.77, -91.18], Huehuetenango: [15.32, -91.47], 'Santa Eulalia': [15.73, -91.46], 'United States': [39.8, -98.6], Quetzaltenango: [14.83, -91.52], 'San Marcos': [14.96, -91.8], 'Petén': [16.9, -90.0], 'Sayaxché': [16.52, -90.19], Flores: [16.93, -89.89] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SARAJEVO - Thousands rallied in Banja Luka on Wednesday after the state court in Sarajevo sentenced the president of Republika Srpska to a year in prison for defying the international envoy. Buses came from Bijeljina, Doboj and Trebinje, and the entity's parliament voted to bar the state police and prosecutors from its territory. In the Federation, the other entity, leaders in Mostar, Tuzla and Zenica called for calm. The Brčko District, which belongs to both, said its police would take orders from neither. In Srebrenica, where the memorial centre at Potočari holds the graves of more than 6,700 victims, families said they feared a return to war. Belgrade said Serbia would not intervene.",
		gold: { SARAJEVO: [43.86, 18.41], 'Banja Luka': [44.77, 17.19], Sarajevo: [43.86, 18.41], 'Republika Srpska': [44.7, 17.5], Bijeljina: [44.76, 19.21], Doboj: [44.73, 18.09], Trebinje: [42.71, 18.34], Mostar: [43.34, 17.81], Tuzla: [44.54, 18.67], Zenica: [44.2, 17.91], 'Brčko District': [44.87, 18.81], Srebrenica: [44.1, 19.3], 'Potočari': [44.13, 19.29], Belgrade: [44.8, 20.47], Serbia: [44.0, 20.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ALMATY - A court in Aktau sentenced five oil workers from Zhanaozen to between three and seven years in prison on Friday for organising a strike that shut the Mangystau region's fields for a month, their lawyers said. The strike spread from Zhanaozen to contractors in Atyrau and at the Tengiz field, where wages were cut after the price of oil fell. Human rights groups in Almaty and Astana said the trial was a warning before next year's vote. Unrest in Zhanaozen in 2011 left 16 dead, and the protests of January 2022 began there before reaching Shymkent, Taraz and Kyzylorda.",
		gold: { ALMATY: [43.24, 76.89], Aktau: [43.65, 51.17], Zhanaozen: [43.34, 52.86], 'Mangystau region': [44.0, 53.0], Atyrau: [47.1, 51.92], Almaty: [43.24, 76.89], Astana: [51.17, 71.43], Shymkent: [42.3, 69.6], Taraz: [42.9, 71.37], Kyzylorda: [44.85, 65.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Margit Lindqvist, a nurse who ran feeding centres in famines on three continents, died on 2 March at her home in Uppsala, Sweden. She was 88. Born in Kiruna, the daughter of a miner, she trained in Stockholm and went with the Red Cross to Uli, the jungle airstrip of the Biafran enclave, in 1968. She later worked at Korem in Wollo during the Ethiopian famine of 1984, in Baidoa in 1992, and in Goma after the genocide in Rwanda. She ran a clinic in Nyala, in South Darfur, until she was expelled in 2006. Her last posting, at 74, was to Port-au-Prince after the earthquake of 2010.",
		gold: { Uppsala: [59.86, 17.64], Sweden: [62.0, 15.0], Kiruna: [67.86, 20.23], Stockholm: [59.33, 18.07], Uli: [5.78, 6.86], Korem: [12.51, 39.52], Wollo: [11.5, 39.5], Baidoa: [3.11, 43.65], Goma: [-1.68, 29.23], Rwanda: [-1.95, 29.9], Nyala: [12.05, 24.88], 'South Darfur': [11.5, 24.8], 'Port-au-Prince': [18.54, -72.34] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "GENEVA - Attacks on health care reached a record last year, the head of the World Health Organization told the World Health Assembly in Geneva on Monday, naming El Fasher in Sudan's North Darfur, where the Saudi hospital was shelled eight times, and Khan Younis and Rafah in Gaza. Cholera, he said, had spread from Kassala to Gedaref and Sennar as people fled the fighting. Delegates from Haiti described clinics closed by gangs in Cité Soleil and in the Artibonite valley. Myanmar's delegate was asked about the hospital in Sittwe, in Rakhine State, which has had no power since January.",
		gold: { GENEVA: [46.2, 6.15], Geneva: [46.2, 6.15], 'El Fasher': [13.63, 25.35], Sudan: [15.5, 30.0], 'North Darfur': [15.8, 25.0], 'Khan Younis': [31.34, 34.3], Rafah: [31.29, 34.25], Gaza: [31.42, 34.38], Kassala: [15.45, 36.4], Gedaref: [14.03, 35.38], Sennar: [13.55, 33.63], Haiti: [19.0, -72.4], 'Cité Soleil': [18.58, -72.33], Artibonite: [19.3, -72.5], Myanmar: [21.0, 96.0], Sittwe: [20.15, 92.9], 'Rakhine State': [20.0, 93.6] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BUENOS AIRES - President Javier Milei's party won the most votes in Sunday's midterm elections, carrying the capital, Córdoba, Mendoza and Santa Fe, but local parties won in Salta and Neuquén, the electoral chamber's count showed. In Buenos Aires province, the Peronists held La Matanza and Lomas de Zamora by wide margins, while Milei's candidates won Mar del Plata and Bahía Blanca. Turnout was lowest in Tierra del Fuego and Santa Cruz, at 62%. In Chubut, the governor's own list came third, and in Jujuy a coalition of mayors from the Quebrada de Humahuaca took a seat in Congress.",
		gold: { 'BUENOS AIRES': [-34.6, -58.38], 'Córdoba': [-32.0, -63.8], Mendoza: [-34.5, -68.5], 'Santa Fe': [-30.5, -61.0], Salta: [-24.5, -65.0], 'Neuquén': [-38.5, -69.5], 'Buenos Aires province': [-36.5, -60.0], 'La Matanza': [-34.77, -58.63], 'Lomas de Zamora': [-34.76, -58.4], 'Mar del Plata': [-38.0, -57.56], 'Bahía Blanca': [-38.72, -62.27], 'Tierra del Fuego': [-54.3, -67.7], 'Santa Cruz': [-48.8, -69.8], Chubut: [-43.8, -68.5], Jujuy: [-23.3, -65.8], 'Quebrada de Humahuaca': [-23.2, -65.35] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MAPUTO - TotalEnergies said on Thursday it would restart work on its $20 billion gas project near Palma, in Mozambique's Cabo Delgado province, four years after insurgents overran the town and killed dozens of workers. Rwandan troops have held the coast from Palma to Mocímboa da Praia since 2021, but attacks continue inland around Macomia and Mueda, and 100,000 people are still displaced in camps near Pemba and Montepuez. The company said supplies would come by sea from Pemba and by road from Mtwara, across the border in Tanzania. Rwanda has 4,000 soldiers in the province.",
		gold: { MAPUTO: [-25.97, 32.57], Palma: [-10.78, 40.47], Mozambique: [-18.6, 35.5], 'Cabo Delgado': [-12.3, 39.5], 'Mocímboa da Praia': [-11.35, 40.35], Macomia: [-11.98, 40.12], Mueda: [-11.67, 39.55], Pemba: [-12.97, 40.52], Montepuez: [-13.13, 39.0], Mtwara: [-10.27, 40.18], Tanzania: [-6.4, 34.9], Rwanda: [-1.95, 29.9] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "KINSHASA - The Democratic Republic of Congo declared an outbreak of Ebola in Kasai province on Thursday after 28 suspected cases and 15 deaths, among them four health workers, in the Bulape health zone. Samples were flown to Kinshasa and confirmed by the national biomedical institute. Bulape lies about 80 km from Mweka, on the road to Tshikapa, the provincial capital, and cases have been traced to a funeral in a village near Mweka. Teams from Kananga, in Kasai-Central, and a stock of 2,000 vaccine doses were sent on Friday. The last outbreak in the province, in 2007, killed 187 people around Luebo.",
		gold: { KINSHASA: [-4.33, 15.31], 'Democratic Republic of Congo': [-2.88, 23.65], 'Kasai province': [-5.0, 21.5], Bulape: [-4.6, 21.6], Kinshasa: [-4.33, 15.31], Mweka: [-4.85, 21.56], Tshikapa: [-6.42, 20.8], Kananga: [-5.9, 22.42], 'Kasai-Central': [-5.5, 22.5], Luebo: [-5.35, 21.42] },
		notPlaces: ['Ebola']
	},
	{
		genre: 'international',
		text: "VALENCIA, Spain - The death toll from last week's floods in the Valencia region rose to 222 on Monday, most of them in the towns south of the city where a dry riverbed turned into a torrent in the night. Paiporta lost 62 people; Catarroja, Alfafar, Sedaví and Massanassa were buried in mud. Upstream, Chiva recorded 491 litres of rain a square metre in eight hours, and the storm also flooded Utiel. In Castilla-La Mancha, six died in Letur, in Albacete province, and in Andalusia a train derailed near Álora, north of Málaga. Madrid sent 7,500 soldiers and police.",
		gold: { VALENCIA: [39.47, -0.38], Spain: [40.0, -4.0], 'Valencia region': [39.5, -0.75], Paiporta: [39.43, -0.42], Catarroja: [39.4, -0.4], Alfafar: [39.42, -0.39], 'Sedaví': [39.43, -0.38], Massanassa: [39.41, -0.4], Chiva: [39.47, -0.72], Utiel: [39.57, -1.2], 'Castilla-La Mancha': [39.5, -3.0], Letur: [38.37, -2.1], 'Albacete province': [38.83, -2.0], Andalusia: [37.5, -4.5], 'Álora': [36.82, -4.7], 'Málaga': [36.72, -4.42], Madrid: [40.42, -3.7] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "HAVANA - Cuba has confirmed Oropouche fever in all 15 of its provinces, the public health ministry said, three months after the first cases were found in Santiago de Cuba and Cienfuegos. Matanzas, Camagüey and Holguín have the most cases, and three cases of the neurological form were reported in Sancti Spíritus. The virus, carried by biting midges, has also reached Guantánamo, at the eastern tip of the island. Travellers returning from Cuba have been diagnosed in Italy, Spain and Florida, and the Pan American Health Organization has raised its risk level for the Americas.",
		gold: { HAVANA: [23.13, -82.38], Cuba: [21.5, -79.0], 'Santiago de Cuba': [20.02, -75.82], Cienfuegos: [22.15, -80.44], Matanzas: [23.04, -81.58], 'Camagüey': [21.38, -77.92], 'Holguín': [20.89, -76.26], 'Sancti Spíritus': [21.93, -79.44], 'Guantánamo': [20.14, -75.21], Italy: [42.8, 12.8], Spain: [40.0, -4.0], Florida: [28.0, -81.7] },
		notPlaces: ['Oropouche']
	},
	{
		genre: 'international',
		text: "DUBAI - Tankers queued off Fujairah on Monday after Iran seized a Liberian-flagged ship in the Strait of Hormuz, and war-risk insurance for the Gulf doubled overnight. Container lines said calls at Jebel Ali and Khor Fakkan would go ahead, but some ships bound for Dammam and Ras Tanura in Saudi Arabia waited outside the strait. Qatar said gas cargoes from Ras Laffan were unaffected. The ship was taken to Bandar Abbas. Oman offered its ports at Sohar and Duqm, outside the strait, to lines that want to avoid it, and Kuwait said its refinery at Al Zour was running normally.",
		gold: { DUBAI: [25.2, 55.27], Fujairah: [25.12, 56.33], Iran: [32.0, 53.0], Gulf: [26.0, 52.0], 'Jebel Ali': [25.01, 55.06], 'Khor Fakkan': [25.34, 56.35], Dammam: [26.43, 50.1], 'Ras Tanura': [26.64, 50.16], 'Saudi Arabia': [24.0, 45.0], Qatar: [25.3, 51.2], 'Ras Laffan': [25.91, 51.57], 'Bandar Abbas': [27.18, 56.27], Oman: [21.0, 57.0], Sohar: [24.35, 56.71], Duqm: [19.66, 57.7], Kuwait: [29.3, 47.7], 'Al Zour': [28.73, 48.38] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "COX'S BAZAR, Bangladesh - Scabies and dengue are spreading through the Rohingya camps in Ukhia and Teknaf as 60,000 new refugees arrive from Myanmar, aid agencies said on Tuesday. Kutupalong, the largest camp, has twice as many cases of dengue as last year, and clinics in Balukhali are short of tests. The new arrivals fled fighting in Maungdaw and Buthidaung, across the Naf river, where the Arakan Army has taken most of northern Rakhine. The government has moved 36,000 refugees to Bhasan Char, an island in the Bay of Bengal, and says it cannot take more. Funding cuts have halved the food ration to $6 a month.",
		gold: { "COX'S BAZAR": [21.45, 91.97], Bangladesh: [24.0, 90.0], Ukhia: [21.28, 92.1], Teknaf: [20.86, 92.3], Myanmar: [21.0, 96.0], Kutupalong: [21.21, 92.16], Balukhali: [21.17, 92.15], Maungdaw: [20.82, 92.37], Buthidaung: [20.87, 92.53], Rakhine: [20.0, 93.6], 'Bhasan Char': [22.37, 91.39], 'Bay of Bengal': [15.0, 88.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "CÚCUTA, Colombia - Thousands of Venezuelans crossed the Simón Bolívar bridge into Cúcuta on Friday, a day after the opposition leader María Corina Machado called for protests, Colombia's migration office said. Machado, who has been in hiding since the election, spoke by video to a rally in San Cristóbal, the capital of Táchira state. Border towns such as Ureña and San Antonio del Táchira were calm, but shops in Villa del Rosario on the Colombian side shut early. Farther north, fighting between guerrilla groups in the Catatumbo region has sent 50,000 people from Tibú and El Tarra to Ocaña and Cúcuta.",
		gold: { 'CÚCUTA': [7.89, -72.51], Colombia: [4.0, -73.0], 'Cúcuta': [7.89, -72.51], 'San Cristóbal': [7.77, -72.22], 'Táchira': [7.9, -72.0], 'Ureña': [7.92, -72.44], 'San Antonio del Táchira': [7.81, -72.44], 'Villa del Rosario': [7.83, -72.47], Catatumbo: [8.6, -73.0], 'Tibú': [8.64, -72.73], 'El Tarra': [8.58, -73.09], 'Ocaña': [8.24, -73.36] },
		notPlaces: ['Machado']
	}
];

export const HELD_OUT_WORLD_S48_B: GenreText[] = [
	{
		genre: 'health',
		text: "KANO, Nigeria - Nigeria began a measles and polio vaccination round on Saturday in seven northern states after outbreaks that killed at least 90 children this year, the primary health care agency said. In Kano State, teams started in Dala, Fagge and Ungogo, the local government areas with the most cases. In Zamfara, where bandits have cut off villages around Maru and Tsafe, vaccinators will travel with soldiers from Gusau. Sokoto, Kebbi and Katsina follow next week, and nomadic camps near Birnin Kebbi will be reached on motorbikes. Jigawa and Yobe began their own rounds on Monday, and Chad and Niger are vaccinating on their side of the border.",
		gold: { KANO: [12.0, 8.52], Nigeria: [9.0, 8.0], 'Kano State': [11.7, 8.5], Dala: [12.01, 8.49], Fagge: [12.01, 8.53], Ungogo: [12.08, 8.49], Zamfara: [12.1, 6.2], Maru: [12.33, 6.4], Tsafe: [11.96, 6.92], Gusau: [12.16, 6.66], Sokoto: [13.0, 5.25], Kebbi: [11.5, 4.2], Katsina: [12.5, 7.6], 'Birnin Kebbi': [12.45, 4.2], Jigawa: [12.2, 9.5], Yobe: [12.3, 11.4], Chad: [15.0, 19.0], Niger: [17.6, 8.1] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "MBANDAKA, Democratic Republic of Congo - Mpox vaccination reached Équateur province this week, with 40,000 doses for the Bikoro, Ingende and Bolomba health zones, where a third of the province's cases were reported, the health ministry said. Boats carried the cold boxes up the Congo river from Kinshasa, where the capital's own campaign began in Limete, Kintambo and Masina. Sankuru and Tshopo, with Kisangani, are next. In Uganda, where cases have doubled since June, the health ministry said it would vaccinate in Kampala and Wakiso first, and Kenya has confirmed cases along the truck route through Busia and Malaba.",
		gold: { MBANDAKA: [0.05, 18.26], 'Democratic Republic of Congo': [-2.88, 23.65], 'Équateur': [0.0, 20.0], Bikoro: [-0.75, 18.12], Ingende: [0.25, 18.93], Bolomba: [0.49, 19.2], Kinshasa: [-4.33, 15.31], Limete: [-4.37, 15.34], Kintambo: [-4.33, 15.27], Masina: [-4.38, 15.39], Sankuru: [-3.5, 23.5], Tshopo: [0.5, 25.0], Kisangani: [0.52, 25.19], Uganda: [1.3, 32.3], Kampala: [0.32, 32.58], Wakiso: [0.4, 32.48], Kenya: [0.5, 38.0], Busia: [0.46, 34.11], Malaba: [0.63, 34.27] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MOGADISHU - A third failed rainy season has pushed 1.6 million Somalis to the edge of famine, the UN said on Thursday. The Shabelle river dried up below Beledweyne, in Hiraan, for the first time in 20 years, and families from Bulo Burde and Jalalaqsi have walked to camps outside the town. In Galmudug, water prices in Dhusamareb and Galkayo have tripled, and in Puntland the authorities in Garowe have asked for water tankers. Across the border in Kenya, the counties of Garissa, Wajir and Mandera are in a drought emergency, and the Dadaab camps received 8,000 new arrivals in a month.",
		gold: { MOGADISHU: [2.04, 45.34], Beledweyne: [4.74, 45.2], Hiraan: [4.3, 45.5], 'Bulo Burde': [3.85, 45.57], Jalalaqsi: [3.38, 45.6], Galmudug: [5.5, 47.0], Dhusamareb: [5.54, 46.39], Galkayo: [6.77, 47.43], Puntland: [8.5, 49.0], Garowe: [8.4, 48.48], Kenya: [0.5, 38.0], Garissa: [-0.45, 39.65], Wajir: [1.75, 40.06], Mandera: [3.94, 41.86], Dadaab: [0.05, 40.31] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "KUALA LUMPUR - Dengue cases in Malaysia are up 60% on last year, with Selangor reporting more than half of the 120,000 cases, the health ministry said. In Selangor, the districts of Petaling, Hulu Langat, Gombak and Klang account for most of them, and hospitals in Shah Alam have opened extra wards. Johor Bahru and Seremban are also above the epidemic threshold. Singapore, which had its worst year in 2020, has warned of a rise after heavy rain. In Vietnam, Hanoi and Ho Chi Minh City have asked residents to clear standing water, and the Philippines has declared a dengue outbreak in Quezon City.",
		gold: { 'KUALA LUMPUR': [3.14, 101.69], Malaysia: [4.2, 108.0], Selangor: [3.3, 101.5], Petaling: [3.1, 101.6], 'Hulu Langat': [3.08, 101.82], Gombak: [3.25, 101.65], Klang: [3.04, 101.45], 'Shah Alam': [3.07, 101.52], 'Johor Bahru': [1.46, 103.76], Seremban: [2.73, 101.94], Singapore: [1.35, 103.82], Vietnam: [16.0, 106.0], Hanoi: [21.03, 105.85], 'Ho Chi Minh City': [10.82, 106.63], Philippines: [12.0, 122.0], 'Quezon City': [14.68, 121.04] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "KISUMU, Kenya - Kenya will extend the malaria vaccine to all children in the lake region from next month, the health ministry said, after a pilot in eight counties cut child deaths by 13%. Homa Bay, Siaya, Migori and Busia had the pilot's highest uptake; Kakamega, Vihiga and Bungoma come next. Malawi, which ran the first pilot in Africa, is adding the districts of Mangochi, Nkhotakota and Chitipa. Ghana has reached every district of its Volta and Upper East regions, and Cameroon, the first to use the vaccine outside a pilot, is extending it from the Far North to the East region.",
		gold: { KISUMU: [-0.09, 34.77], Kenya: [0.5, 38.0], 'Homa Bay': [-0.53, 34.46], Siaya: [0.06, 34.29], Migori: [-1.06, 34.47], Busia: [0.46, 34.11], Kakamega: [0.28, 34.75], Vihiga: [0.08, 34.72], Bungoma: [0.56, 34.56], Malawi: [-13.5, 34.0], Africa: [7.19, 21.09], Mangochi: [-14.48, 35.26], Nkhotakota: [-12.93, 34.3], Chitipa: [-9.7, 33.27], Ghana: [7.9, -1.0], Volta: [7.0, 0.5], 'Upper East': [10.8, -0.9], Cameroon: [6.0, 12.5], 'Far North': [10.5, 14.3], 'East region': [4.0, 14.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "EDMONTON, Alberta - A wildfire burned through a third of the town of Jasper on Wednesday night after all 25,000 residents and visitors left on the only open road, west to Valemount in British Columbia, officials said. Evacuees were sent on to Kamloops, Grande Prairie and Calgary; Hinton and Edson took those who had driven east before the fire cut the highway. In British Columbia, crews were still fighting fires near Fort Nelson and Fort St. John, and the town of Lytton, which burned in 2021, was again on evacuation alert. West Kelowna reported its first smoke warning of the season.",
		gold: { EDMONTON: [53.55, -113.49], Alberta: [55.0, -115.0], Jasper: [52.88, -118.08], Valemount: [52.83, -119.26], 'British Columbia': [54.0, -125.0], Kamloops: [50.67, -120.33], 'Grande Prairie': [55.17, -118.8], Calgary: [51.05, -114.07], Hinton: [53.4, -117.57], Edson: [53.58, -116.43], 'Fort Nelson': [58.8, -122.7], 'Fort St. John': [56.25, -120.85], Lytton: [50.23, -121.58], 'West Kelowna': [49.86, -119.58] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ALGIERS - Wildfires fanned by 48C heat killed 34 people in northern Algeria on Monday, most of them in Béjaïa and Bouira provinces, where soldiers died trying to evacuate villages, the interior ministry said. Fires also burned in the forests of Jijel and near El Kala, in El Tarf province, close to the border with Tunisia. In Tizi Ouzou, villagers fought the flames with branches. Across the border, Tunisian firefighters battled a blaze in the cork oak hills above Tabarka, and 300 people were taken off a beach near Melloula by boat. Algeria has asked Spain and Italy for water bombers.",
		gold: { ALGIERS: [36.75, 3.06], Algeria: [28.0, 2.6], 'Béjaïa': [36.75, 5.08], Bouira: [36.37, 3.9], Jijel: [36.82, 5.77], 'El Kala': [36.9, 8.44], 'El Tarf': [36.77, 8.31], Tunisia: [34.0, 9.0], 'Tizi Ouzou': [36.71, 4.05], Tabarka: [36.95, 8.76], Melloula: [36.94, 8.72], Spain: [40.0, -4.0], Italy: [42.8, 12.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JEDDAH, Saudi Arabia - Two years of attacks on shipping have shifted the Red Sea's trade, port figures show. Jeddah's container volumes fell by a quarter, while Yanbu and King Abdullah Port took more Saudi traffic by rail from Dammam. On the African side, Port Sudan, the country's only working port since the war began, is handling all of Sudan's aid and its gum arabic, and Djibouti and Berbera have gained feeder services. In Yemen, Hodeidah's cranes were hit again in May, while Aden has reopened to container ships. Israel's Eilat port is almost idle, and Aqaba in Jordan has lost a third of its calls.",
		gold: { JEDDAH: [21.54, 39.17], 'Saudi Arabia': [24.0, 45.0], Jeddah: [21.54, 39.17], Yanbu: [24.09, 38.06], Dammam: [26.43, 50.1], 'Port Sudan': [19.62, 37.22], Sudan: [15.5, 30.0], Djibouti: [11.59, 43.15], Berbera: [10.44, 45.01], Yemen: [15.5, 47.5], Hodeidah: [14.8, 42.95], Aden: [12.78, 45.04], Israel: [31.5, 34.9], Eilat: [29.56, 34.95], Aqaba: [29.53, 35.01], Jordan: [31.0, 36.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TBILISI - Georgia's government cancelled the deep-water port at Anaklia on Tuesday, a year after choosing a Chinese-led group to build it, leaving Poti and Batumi as the country's only Black Sea ports. Freight on the Middle Corridor, from Kazakhstan across the Caspian to Baku and by rail through Tbilisi, has tripled since 2022, and trucks back up for 20 km at the Sarpi crossing into Turkey. Turkish ports at Trabzon and Samsun are competing for the trade, and the new railway from Baku to Kars via Akhalkalaki carried a record 3 million tonnes. Protesters in Zugdidi, the nearest city to Anaklia, said the region had been betrayed.",
		gold: { TBILISI: [41.72, 44.79], Georgia: [42.3, 43.4], Anaklia: [42.4, 41.57], Poti: [42.15, 41.67], Batumi: [41.64, 41.64], Kazakhstan: [48.0, 68.0], Baku: [40.41, 49.87], Tbilisi: [41.72, 44.79], Sarpi: [41.52, 41.55], Turkey: [39.0, 35.0], Trabzon: [41.0, 39.72], Samsun: [41.29, 36.33], Kars: [40.6, 43.1], Akhalkalaki: [41.41, 43.48], Zugdidi: [42.51, 41.87] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SAN SALVADOR - A court in San Salvador on Monday ordered the lawyer Ruth López held for six months while prosecutors prepare a corruption case her supporters call revenge for her work on the prison at Tecoluca, where the United States has sent deported Venezuelans. Her colleagues from San Miguel and Usulután held a vigil outside the court. In Honduras, a judge in Tegucigalpa freed the former mayor of San Pedro Sula on bail, and in Choluteca two former police chiefs were convicted of taking bribes from cattle smugglers on the road to Nicaragua. In Olancho, environmental defenders said a land case had stalled for six years.",
		gold: { 'SAN SALVADOR': [13.69, -89.22], 'San Salvador': [13.69, -89.22], Tecoluca: [13.53, -88.78], 'United States': [39.8, -98.6], 'San Miguel': [13.48, -88.18], 'Usulután': [13.35, -88.44], Honduras: [15.0, -86.5], Tegucigalpa: [14.07, -87.19], 'San Pedro Sula': [15.5, -88.03], Choluteca: [13.3, -87.19], Nicaragua: [12.9, -85.2], Olancho: [14.8, -86.0] },
		notPlaces: ['Ruth López']
	},
	{
		genre: 'international',
		text: "SKOPJE - North Macedonia held a day of mourning on Monday after a fire at a nightclub in Kočani killed 61 young people during a concert, and the interior minister said the club had no valid licence. The injured were flown to hospitals in Skopje, Štip and Kumanovo, and to Sofia, Belgrade, Athens and Thessaloniki. Protesters smashed the windows of the club owner's other business in Kočani. In Tetovo and Gostivar, ethnic Albanian parties called for the government's resignation. Across the border in Kosovo, the governments in Pristina and Belgrade sent condolences, and Serbs in North Mitrovica and Zvečan lit candles.",
		gold: { SKOPJE: [42.0, 21.43], 'North Macedonia': [41.6, 21.7], 'Kočani': [41.92, 22.41], Skopje: [42.0, 21.43], 'Štip': [41.74, 22.2], Kumanovo: [42.13, 21.71], Sofia: [42.7, 23.32], Belgrade: [44.8, 20.47], Athens: [37.98, 23.73], Thessaloniki: [40.64, 22.94], Tetovo: [42.01, 20.97], Gostivar: [41.8, 20.91], Kosovo: [42.6, 20.9], Pristina: [42.66, 21.17], 'North Mitrovica': [42.89, 20.87], 'Zvečan': [42.91, 20.84] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BISHKEK - A court in Bishkek jailed 22 people from Uzgen and Kara-Suu for between five and ten years on Thursday for opposing the transfer of the Kempir-Abad reservoir to Uzbekistan in a 2022 border deal. Their relatives travelled from Osh and Jalal-Abad for the verdict. The deal settled the last disputed sections of the Kyrgyz-Uzbek border in the Fergana valley, and a separate agreement with Tajikistan in March reopened roads in Batken province closed since the fighting of 2022. Traders in Batken and Isfana say the Vorukh enclave's border post has reopened. In Naryn, herders are watching a new Chinese road.",
		gold: { BISHKEK: [42.87, 74.59], Bishkek: [42.87, 74.59], Uzgen: [40.77, 73.3], 'Kara-Suu': [40.7, 72.87], Uzbekistan: [41.0, 64.0], Osh: [40.53, 72.8], 'Jalal-Abad': [40.93, 73.0], 'Fergana valley': [40.8, 71.8], Tajikistan: [38.8, 71.0], 'Batken province': [39.9, 70.8], Batken: [40.06, 70.82], Isfana: [39.84, 69.53], Vorukh: [39.86, 70.58], Naryn: [41.43, 75.99] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Father Declan Hurley, a Kiltegan priest who ran camps for the displaced in four wars, has died in Cork, Ireland, aged 84. Born in Bantry, he was ordained in Maynooth and sent to Kenya in 1966, where he built a school in Turkana. He ran a feeding camp at Kakuma after the Lost Boys walked from Sudan in 1992, and worked in Juba, Freetown and Monrovia in the 1990s. In 2014, at 73, he returned to Sierra Leone to run a burial team at Kenema during the Ebola epidemic. His last years were spent in Gaziantep, on the Turkish side of the border, supplying clinics in Idlib.",
		gold: { Cork: [51.9, -8.47], Ireland: [53.2, -8.0], Bantry: [51.68, -9.45], Maynooth: [53.38, -6.59], Kenya: [0.5, 38.0], Turkana: [3.3, 35.6], Kakuma: [3.72, 34.86], Sudan: [15.5, 30.0], Juba: [4.85, 31.58], Freetown: [8.48, -13.23], Monrovia: [6.3, -10.8], 'Sierra Leone': [8.5, -11.8], Kenema: [7.88, -11.19], Gaziantep: [37.07, 37.38], Idlib: [35.93, 36.63] },
		notPlaces: ['Kiltegan', 'Ebola']
	},
	{
		genre: 'international',
		text: "BAKU, Azerbaijan - Small island states walked out of the climate talks in Baku on Saturday, saying the finance offer would not pay for the sea walls they need. Tuvalu's delegate said a third of Funafuti would be under water at high tide by 2050, and the Marshall Islands described the floods in Majuro and on Ebeye in January. Pakistan pointed to the heat in Jacobabad, which reached 51C in May, and Bangladesh to the flash floods in Sylhet. The talks, which will move to Belém in Brazil next year, ran a day over. Negotiators from Nairobi and Bonn met again in the night.",
		gold: { BAKU: [40.41, 49.87], Azerbaijan: [40.3, 47.7], Baku: [40.41, 49.87], Tuvalu: [-8.5, 179.2], Funafuti: [-8.52, 179.2], 'Marshall Islands': [7.1, 171.2], Majuro: [7.09, 171.38], Ebeye: [8.78, 167.74], Pakistan: [30.0, 70.0], Jacobabad: [28.28, 68.44], Bangladesh: [24.0, 90.0], Sylhet: [24.9, 91.87], 'Belém': [-1.46, -48.49], Brazil: [-10.0, -55.0], Nairobi: [-1.29, 36.82], Bonn: [50.73, 7.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SANTIAGO, Chile - Independents and the right split Chile's regional governorships in Sunday's runoffs, the electoral service said. The left held the Santiago Metropolitan Region and Valparaíso, but lost Biobío and Ñuble, where farmers in Chillán and San Carlos turned against the government over water rights. In Antofagasta, the mining region, a former mayor of Calama won easily. Araucanía, where arson attacks on logging trucks have continued near Ercilla and Collipulli, went to the right, and in Magallanes, voters in Punta Arenas and Puerto Natales elected an independent. Turnout was 85% under the compulsory voting law.",
		gold: { SANTIAGO: [-33.45, -70.67], Chile: [-33.0, -71.0], 'Santiago Metropolitan Region': [-33.5, -70.7], 'Valparaíso': [-32.8, -71.2], 'Biobío': [-37.5, -72.5], 'Ñuble': [-36.6, -72.0], 'Chillán': [-36.61, -72.1], 'San Carlos': [-36.42, -71.96], Antofagasta: [-23.5, -69.5], Calama: [-22.46, -68.93], 'Araucanía': [-38.6, -72.3], Ercilla: [-38.06, -72.38], Collipulli: [-37.95, -72.43], Magallanes: [-52.5, -71.5], 'Punta Arenas': [-53.16, -70.91], 'Puerto Natales': [-51.73, -72.51] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DAR ES SALAAM - Tanzania signed a host agreement on Tuesday for its long-delayed $42 billion LNG plant at Likong'o, just outside Lindi, the energy ministry said. Gas will come from offshore blocks south of Lindi and from the Mnazi Bay field near Mtwara, which already supplies power stations in Dar es Salaam through a pipeline via Kilwa Masoko and Somanga. Farmers in Lindi region who were moved for the plant said they had not been paid. Mozambique's Cabo Delgado, across the Ruvuma river, has seen insurgent raids near the border at Nangade, and Tanzanian troops patrol from Kitaya.",
		gold: { 'DAR ES SALAAM': [-6.8, 39.28], Tanzania: [-6.4, 34.9], "Likong'o": [-9.98, 39.73], Lindi: [-10.0, 39.71], 'Mnazi Bay': [-10.35, 40.35], Mtwara: [-10.27, 40.18], 'Dar es Salaam': [-6.8, 39.28], 'Kilwa Masoko': [-8.93, 39.52], Somanga: [-8.4, 39.28], 'Lindi region': [-9.8, 38.7], Mozambique: [-18.6, 35.5], 'Cabo Delgado': [-12.3, 39.5], Nangade: [-11.05, 39.7], Kitaya: [-10.64, 40.14] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BUKOBA, Tanzania - Tanzania has confirmed an outbreak of Marburg virus disease in Kagera region, with eight deaths in Biharamulo district since January, the World Health Organization said. Contacts are being traced in Biharamulo, Muleba and Bukoba, and a treatment centre has opened in Bukoba. Samples were tested at a laboratory in Mwanza and confirmed in Dar es Salaam. Uganda and Rwanda have stepped up screening at the Mutukula and Rusumo crossings, and Burundi has sent health workers to Kirundo, near the border. The outbreak is the second in Kagera in two years.",
		gold: { BUKOBA: [-1.33, 31.81], Tanzania: [-6.4, 34.9], Kagera: [-2.0, 31.3], Biharamulo: [-2.63, 31.31], Muleba: [-1.84, 31.66], Bukoba: [-1.33, 31.81], Mwanza: [-2.52, 32.9], 'Dar es Salaam': [-6.8, 39.28], Uganda: [1.3, 32.3], Rwanda: [-1.95, 29.9], Mutukula: [-1.0, 31.42], Rusumo: [-2.38, 30.78], Burundi: [-3.4, 29.9], Kirundo: [-2.58, 30.1] },
		notPlaces: ['Marburg']
	},
	{
		genre: 'international',
		text: "BOLOGNA, Italy - Two years after the floods of 2023, people in Emilia-Romagna are still waiting for the money to rebuild, mayors said on Friday. In Faenza, where the Lamone river burst its banks twice in a fortnight, 300 families are in temporary homes. Cesena, Forlì and Lugo want the levees raised before the autumn rains, and farmers in Conselice, which stood under water for a month, say their orchards are lost. The regional government in Bologna blames Rome for delays; Rome says Ravenna and Imola have not spent what they were given. Floods last September reached Marche and Tuscany as well.",
		gold: { BOLOGNA: [44.49, 11.34], Italy: [42.8, 12.8], 'Emilia-Romagna': [44.5, 11.0], Faenza: [44.29, 11.88], Cesena: [44.14, 12.24], 'Forlì': [44.22, 12.04], Lugo: [44.42, 11.91], Conselice: [44.51, 11.83], Bologna: [44.49, 11.34], Rome: [41.89, 12.48], Ravenna: [44.42, 12.2], Imola: [44.35, 11.71], Marche: [43.3, 13.2], Tuscany: [43.4, 11.1] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "VITÓRIA, Brazil - Espírito Santo has confirmed more than 5,000 cases of Oropouche fever this year, the most of any Brazilian state, the state health department said. Most are in the coffee and cocoa towns of the north, around Colatina, Linhares and São Mateus, where midges breed in the husks left in the fields. Amazonas and Rondônia, where the disease was first seen, report fewer cases than last year, but it has spread to Rio de Janeiro and Minas Gerais. Two deaths of young women in Bahia, in Valença and Camamu, were the first recorded anywhere.",
		gold: { 'VITÓRIA': [-20.32, -40.34], 'Espírito Santo': [-19.6, -40.5], Colatina: [-19.54, -40.63], Linhares: [-19.39, -40.07], 'São Mateus': [-18.72, -39.86], Amazonas: [-4.0, -63.0], 'Rondônia': [-11.0, -63.0], 'Rio de Janeiro': [-22.3, -42.8], 'Minas Gerais': [-18.5, -44.5], Bahia: [-12.5, -41.7], 'Valença': [-13.37, -39.07], Camamu: [-13.94, -39.1] },
		notPlaces: ['Oropouche']
	},
	{
		genre: 'international',
		text: "KIRKENES, Norway - Traffic at Norway's northernmost ports has collapsed since the border with Russia was closed to most trucks, the port of Kirkenes said, and Russian fishing boats are no longer allowed to land catches in Tromsø or Båtsfjord. The only open crossing, at Storskog, handles fewer than 100 people a day. Murmansk, 200 km to the east, now sends its fish by rail to St Petersburg. In Svalbard, the coal town of Barentsburg, run by a Russian state company, gets its supplies by sea from Murmansk. Finland closed all its crossings, from Vaalimaa in the south to Raja-Jooseppi in Lapland, in 2023.",
		gold: { KIRKENES: [69.73, 30.05], Norway: [64.5, 11.5], Russia: [61.5, 100.0], Kirkenes: [69.73, 30.05], 'Tromsø': [69.65, 18.96], 'Båtsfjord': [70.63, 29.72], Storskog: [69.67, 30.13], Murmansk: [68.97, 33.08], 'St Petersburg': [59.94, 30.31], Svalbard: [78.5, 17.0], Barentsburg: [78.07, 14.22], Finland: [64.0, 26.0], Vaalimaa: [60.58, 27.85], 'Raja-Jooseppi': [68.48, 28.3], Lapland: [67.5, 26.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "JUBA - Cholera has broken out in the transit camps at Renk, where 2,000 people a day are still arriving from Sudan, South Sudan's health ministry said. Cases have also been confirmed at the Joda border crossing and in Malakal, the capital of Upper Nile state, where the camp for displaced people holds 40,000. The ministry has sent oral vaccine to Renk and Malakal and asked for more for Bentiu, where the floods have not receded. On the Sudanese side, White Nile state reports cases in Kosti and in the camps at Al Jabalain. Aid flights for Wau and Aweil leave from Juba.",
		gold: { JUBA: [4.85, 31.58], Renk: [11.75, 32.8], Sudan: [15.5, 30.0], 'South Sudan': [7.0, 30.0], Joda: [11.97, 32.76], Malakal: [9.53, 31.66], 'Upper Nile': [10.0, 32.5], Bentiu: [9.23, 29.8], 'White Nile': [13.2, 32.5], Kosti: [13.16, 32.66], 'Al Jabalain': [12.59, 32.8], Wau: [7.7, 27.99], Aweil: [8.77, 27.4], Juba: [4.85, 31.58] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MEDELLÍN, Colombia - Allies of the former president Álvaro Uribe won the governorship of Antioquia and the mayoralty of Medellín on Sunday, a week after a Bogotá court overturned his conviction for witness tampering. Uribe, who voted in Rionegro, said the result showed the country was tired of the left. In Cali and Barranquilla, centre-right candidates won comfortably, and in Bucaramanga a businessman running on his own beat both coalitions. The left kept Cartagena's council and most of the Pacific coast, including Buenaventura and Tumaco.",
		gold: { 'MEDELLÍN': [6.25, -75.56], Antioquia: [7.0, -75.5], 'Medellín': [6.25, -75.56], 'Bogotá': [4.61, -74.08], Rionegro: [6.15, -75.37], Cali: [3.45, -76.53], Barranquilla: [10.96, -74.8], Bucaramanga: [7.12, -73.12], Cartagena: [10.39, -75.51], Buenaventura: [3.88, -77.03], Tumaco: [1.8, -78.76] },
		notPlaces: ['Uribe']
	}
];

// International and health news written for session 51 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s51` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written hard, in shapes the earlier world batches (s33-s50)
// lack, each shape once in A and once in B: mpox by district and neighbourhood (Sierra Leone's Western Area with its
// Waterloo, Wellington and Kissy; Uganda's Wakiso and landing sites), dengue by province and municipality (southern
// Laos with Kaysone Phomvihane; Timor-Leste with Oecusse), polio (southern Khyber Pakhtunkhwa's Tank and Bannu;
// Papua New Guinea's Lae and Highlands), heat and drought by district (western Odisha's Titlagarh; Djibouti's Obock
// and Ethiopia's Afar), migration routes (the Channel's beaches and Dover; Mexico's southern border with Chiapas's
// Escuintla), elections by department with candidates named like places (Bolivia's run-off: Rodrigo Paz, Santa Cruz
// and Beni's Trinidad; Honduras: Salvador Nasralla, Colón's Trujillo) and by region (Malawi; Cameroon's North-West),
// quakes and volcanoes (the High Atlas's Al Haouz; Kanlaon on Negros with Bago and Moises Padilla; northern Cebu's
// Bogo, Medellín and Sogod; Semeru's Lumajang), wildfires (Attica's Marathon and Dionysos; Conception Bay North's
// Kingston), ports and straits (Chabahar with Mundra and Zaranj; the Kerch Strait's Port Kavkaz and Taman), datelines
// far from the places (Rome on Red Sea locusts; New York on Haiti's Centre department), heads of state and officials
// named like places (Santiago Peña; Victoria Villarruel), firms and clubs named like places (Toyota, Nokia, Tata; Vale;
// Zamalek, Pyramids; Orlando Pirates, Mamelodi Sundowns), diseases named like places (Kyasanur Forest disease;
// Crimean-Congo haemorrhagic fever beside Georgia the country), peoples and militias named like places (Druze and
// Bedouin in Sweida; Hema and Lendu in Ituri; Fano in Amhara), hospitals with long names (Kenyatta National, Moi,
// Coast General; Korle Bu, Komfo Anokye, with Ghana's Ho), renamed towns with their old names (Pokrovsk and
// Krasnoarmiisk, Kropyvnytskyi and Kirovohrad; Oral and Uralsk, Petropavl and Petropavlovsk), towns named like
// everyday words (Split, Bar, Vis; Same, Hai, Moshi), Pacific quakes (Efate's Mele and Eton; Tonga's Vava'u and
// Ha'apai) and cholera by state and town (Kordofan's El Obeid and Kosti; Amhara's Debre Markos and Woldia).
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Kolar district") is graded too; rivers, seas, straits' crossings, highways, stadiums and
// hospitals are left ungraded; a disease, a people, a firm, a club or a person named like a place is no place.
// Countries and regions carry the writer's points; they are right within 800 km.
// Half A is for tuning; half B stays held out.
// Before any change (main 3640787): A 241/249 within 161 km (international 182/189, health 59/60), 1 name of no place
// mapped (Paz, the president-elect, as La Paz, Mexico), 36 gold names not mapped; B 222/226 (international 158/161,
// health 64/65), 0 names of no place mapped, 41 not mapped (B scored with its lines hidden: only the totals were read).
// A's wrong: Wellington (Freetown's; the gazetteer lacks it) as Wellington NZ; Manston (Kent's; lacked) as a Dorset
// namesake 256 km off; BACOLOD and Bacolod as a village of 5,294 in Lanao del Norte, not Bacolod City (455,000, which
// the gazetteer names only "Bacolod City"); Milak (the Iranian border post; lacked) as an Indian village; Concepción
// (Paraguay's) as Chile's; Mele and Eton (Efate's villages; lacked) as Melle, Germany and Eton, Queensland.
// End of session 51 (main + said-near, scored once at 12:07): A 244/248 (international 185/188, health 59/60), 0 names
// of no place mapped (Concepción as Paraguay's seat, 201d9b3; Paz unmapped, 69e1380/45411a6; BACOLOD and Bacolod as
// Bacolod City, 6178c67; Manston, near Ramsgate, unmapped, said-near.ts); B 222/226 (international 158/161, health
// 64/65; unchanged), 0 names of no place mapped. A's wrong left: Wellington, Milak, Mele, Eton (the gazetteer lacks
// them). B's wrong: North-West (Cameroon's region, "the English-speaking North-West and South-West regions") as North
// West England, 5,396 km; Kingston (Conception Bay North's; lacked) as Kingston, Nova Scotia, 968 km; Mambasa
// (Ituri's; lacked) as Mombasa, 1,324 km; Kobo (Amhara's, on the road north to Tigray) as a Kobo 237 km off.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S51_A: GenreText[] = [
	{
		genre: 'health',
		text: "FREETOWN - Sierra Leone's mpox outbreak has spread beyond the capital, the National Public Health Emergency Operations Centre said, with new cases confirmed in Port Loko, Makeni and Kambia. Most of the 4,000 cases recorded since January were in Western Area Urban, but clusters in Waterloo, on the highway east of Freetown, and in Lunsar have worried health workers. A treatment centre is being built in Bo, the second city, and vaccination teams have reached Kissy and Wellington, two of the capital's eastern neighbourhoods.",
		gold: { FREETOWN: [8.48, -13.23], 'Sierra Leone': [8.5, -11.8], 'Port Loko': [8.77, -12.79], Makeni: [8.88, -12.04], Kambia: [9.13, -12.92], 'Western Area Urban': [8.45, -13.22], Waterloo: [8.34, -13.07], Freetown: [8.48, -13.23], Lunsar: [8.68, -12.53], Bo: [7.96, -11.74], Kissy: [8.47, -13.19], Wellington: [8.44, -13.16] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "VIENTIANE - Laos has recorded more than 30,000 dengue cases this year, the health ministry said, with Savannakhet and Champasak provinces in the south the worst hit. The provincial hospital in Pakse has set up tents for patients in its car park, and schools in Kaysone Phomvihane, Savannakhet's capital, have been sprayed twice. Attapeu and Salavan have asked Vientiane for more test kits. In the north, cases in Luang Prabang are rising as tourists return, and Oudomxay has reported its first deaths.",
		gold: { VIENTIANE: [17.97, 102.6], Laos: [18.2, 103.9], Savannakhet: [16.5, 105.4], Champasak: [14.6, 106.0], Pakse: [15.12, 105.78], 'Kaysone Phomvihane': [16.57, 104.75], Attapeu: [14.8, 106.83], Salavan: [15.72, 106.42], Vientiane: [17.97, 102.6], 'Luang Prabang': [19.89, 102.13], Oudomxay: [20.69, 101.99] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PESHAWAR - Pakistan's polio programme has paused campaigns in parts of southern Khyber Pakhtunkhwa after two vaccinators were shot dead in Lakki Marwat, officials said. The province has reported 14 of the country's 21 cases this year, most of them from Bannu, Tank and North Waziristan, where the tribal town of Mir Ali has been under curfew. Environmental samples from Dera Ismail Khan and Kohat have tested positive. The national emergency centre in Islamabad said children leaving Miranshah for Karachi would be vaccinated at transit points on the Indus Highway.",
		gold: { PESHAWAR: [34.01, 71.58], Pakistan: [30.0, 70.0], 'Khyber Pakhtunkhwa': [34.5, 72.0], 'Lakki Marwat': [32.61, 70.91], Bannu: [32.99, 70.6], Tank: [32.22, 70.38], 'North Waziristan': [32.95, 70.0], 'Mir Ali': [33.02, 70.3], 'Dera Ismail Khan': [31.83, 70.9], Kohat: [33.58, 71.44], Islamabad: [33.69, 73.06], Miranshah: [33.0, 70.07], Karachi: [24.86, 67.01] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BHUBANESWAR, India - At least 20 people have died of suspected heatstroke in western Odisha, where Titlagarh recorded 46.5C on Thursday, the highest in the state this year. Most of the deaths were in Balangir, Sambalpur and Bargarh districts; in Jharsuguda, a coal town, labourers have been told to stop work between noon and four. The state has closed schools until June 10 and moved exams in Bhawanipatna and Boudh to the mornings. Angul and Talcher, the industrial belt on the Brahmani, have seen power cuts of up to eight hours.",
		gold: { BHUBANESWAR: [20.27, 85.84], India: [22.0, 79.0], Odisha: [20.5, 84.4], Titlagarh: [20.29, 83.15], Balangir: [20.72, 83.48], Sambalpur: [21.47, 83.97], Bargarh: [21.33, 83.62], Jharsuguda: [21.86, 84.01], Bhawanipatna: [19.91, 83.17], Boudh: [20.84, 84.33], Angul: [20.84, 85.1], Talcher: [20.95, 85.23] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LONDON - More than 900 people crossed the Channel in small boats on Saturday, the most in a day this year, the Home Office said. French police said boats had launched from beaches at Gravelines and Wimereux and from the canal at Watten, inland from Dunkirk, where smugglers now hide boats before towing them to the sea. Five people died in a crush on a boat off Boulogne-sur-Mer. Those who reached England were taken to the processing centre at Manston, near Ramsgate, after landing in Dover. The Prime Minister, speaking in Calais alongside French ministers, promised more patrols.",
		gold: { LONDON: [51.51, -0.13], Gravelines: [50.99, 2.13], Wimereux: [50.77, 1.61], Watten: [50.83, 2.21], Dunkirk: [51.03, 2.38], 'Boulogne-sur-Mer': [50.73, 1.61], England: [52.5, -1.5], Manston: [51.35, 1.35], Ramsgate: [51.33, 1.42], Dover: [51.13, 1.31], Calais: [50.95, 1.86] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LA PAZ - Senator Rodrigo Paz won Bolivia's presidential run-off on Sunday, beating former president Jorge Quiroga by carrying La Paz, Oruro and Potosí in the western highlands and the sprawling city of El Alto. Quiroga won Santa Cruz, the country's economic engine, and the Amazon departments of Beni and Pando, taking more than 60 percent in Trinidad and Cobija. Cochabamba, once a stronghold of the Movement for Socialism, split evenly; in the Chapare, where Evo Morales has been sheltering, many ballots were spoiled. Tarija and Chuquisaca, whose capital Sucre is the constitutional seat of government, went narrowly to Paz.",
		gold: { 'LA PAZ': [-16.5, -68.15], Bolivia: [-16.5, -64.5], 'La Paz': [-16.5, -68.15], Oruro: [-17.97, -67.11], Potosí: [-19.58, -65.75], 'El Alto': [-16.5, -68.19], 'Santa Cruz': [-17.78, -63.18], Beni: [-14.0, -65.5], Pando: [-11.2, -67.5], Trinidad: [-14.83, -64.9], Cobija: [-11.03, -68.77], Cochabamba: [-17.39, -66.16], Chapare: [-16.8, -65.5], Tarija: [-21.53, -64.73], Chuquisaca: [-19.5, -64.3], Sucre: [-19.05, -65.26] },
		notPlaces: ['Paz', 'Rodrigo Paz', 'Quiroga', 'Jorge Quiroga', 'Morales', 'Evo Morales']
	},
	{
		genre: 'international',
		text: "LILONGWE - Former president Peter Mutharika has won back Malawi's presidency, taking more than 56 percent of the vote, the electoral commission said on Wednesday. He swept the Southern Region, winning Blantyre, Thyolo, Mulanje and Zomba by wide margins, while President Lazarus Chakwera held his base in the centre, around Lilongwe, Dedza and Kasungu. In the north, Mzuzu and Karonga, which backed Chakwera in 2020, swung away after a year of fuel queues. Observers reported calm voting in Mangochi, on the southern tip of the lake.",
		gold: { LILONGWE: [-13.97, 33.79], Malawi: [-13.5, 34.0], 'Southern Region': [-15.5, 35.2], Blantyre: [-15.79, 35.01], Thyolo: [-16.07, 35.14], Mulanje: [-16.03, 35.5], Zomba: [-15.39, 35.32], Lilongwe: [-13.97, 33.79], Dedza: [-14.38, 34.33], Kasungu: [-13.03, 33.48], Mzuzu: [-11.46, 34.02], Karonga: [-9.93, 33.93], Mangochi: [-14.48, 35.26] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MARRAKESH - Two years after the earthquake that killed nearly 3,000 people in the High Atlas, thousands of families in Al Haouz province are still living in tents, aid groups said. In Amizmiz, the market town nearest the worst-hit valleys, rebuilding has barely begun; in Talat N'Yaaqoub and Ighil, near the epicentre, most villagers have received only the first instalment of state aid. Moulay Brahim and Asni, on the road to Imlil, have fared better. The government says 47,000 homes have been rebuilt across Al Haouz, Chichaoua, Taroudant and Ouarzazate.",
		gold: { MARRAKESH: [31.63, -8.01], 'Al Haouz': [31.3, -7.9], Amizmiz: [31.22, -8.24], "Talat N'Yaaqoub": [30.99, -8.18], Ighil: [31.07, -8.39], 'Moulay Brahim': [31.29, -8.0], Asni: [31.25, -7.98], Imlil: [31.14, -7.92], Chichaoua: [31.54, -8.76], Taroudant: [30.47, -8.88], Ouarzazate: [30.92, -6.89] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BACOLOD, Philippines - Kanlaon Volcano on Negros island erupted for the third time this year on Monday, sending a column of ash four kilometres high and forcing 6,000 people from villages in La Castellana and Canlaon City into evacuation centres. Ashfall was reported in Bago, La Carlota and Moises Padilla, and schools in Bacolod were closed. Flights from Iloilo to Dumaguete were cancelled. The volcanology institute in Manila said a larger eruption could not be ruled out.",
		gold: { BACOLOD: [10.68, 122.95], Philippines: [12.5, 122.5], 'Kanlaon Volcano': [10.41, 123.13], Negros: [10.0, 123.0], 'La Castellana': [10.32, 123.02], 'Canlaon City': [10.39, 123.2], Bago: [10.54, 122.84], 'La Carlota': [10.42, 122.92], 'Moises Padilla': [10.27, 123.08], Bacolod: [10.68, 122.95], Iloilo: [10.7, 122.56], Dumaguete: [9.31, 123.31], Manila: [14.6, 120.98] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ATHENS - A wildfire driven by gale-force winds burned through the hills north-east of Athens on Sunday, forcing the evacuation of Varnavas, Kapandriti and parts of Marathon, the fire service said. By evening the front had reached Nea Makri on the coast and the edges of Penteli, and residents of Dionysos and Drosia were told to leave by text message. More than 700 firefighters were deployed, with planes from Italy and Turkey expected on Monday. Schools in Halandri and Vrilissia will stay closed.",
		gold: { ATHENS: [37.98, 23.73], Athens: [37.98, 23.73], Varnavas: [38.22, 23.93], Kapandriti: [38.22, 23.88], Marathon: [38.15, 23.96], 'Nea Makri': [38.09, 23.98], Penteli: [38.05, 23.87], Dionysos: [38.1, 23.87], Drosia: [38.12, 23.86], Italy: [42.8, 12.8], Turkey: [39.0, 35.0], Halandri: [38.02, 23.8], Vrilissia: [38.03, 23.83] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NEW DELHI - India will keep running the Shahid Beheshti terminal at Chabahar despite the end of a US sanctions waiver, the foreign ministry said on Thursday. The port in Iran's Sistan and Baluchestan province is India's route to Afghanistan and Central Asia that avoids Pakistan: cargo from Mundra and Kandla is trucked on to Zahedan and across the border at Milak to Zaranj. Indian officials also want to link Chabahar to Bandar Abbas by rail. Afghan traders in Herat and Kandahar say the route has been slower since the Taliban takeover.",
		gold: { 'NEW DELHI': [28.61, 77.21], India: [22.0, 79.0], Chabahar: [25.29, 60.64], Iran: [32.5, 54.3], 'Sistan and Baluchestan': [27.5, 60.5], Afghanistan: [33.9, 67.7], Pakistan: [30.0, 70.0], Mundra: [22.84, 69.72], Kandla: [23.03, 70.22], Zahedan: [29.5, 60.86], Milak: [31.02, 61.75], Zaranj: [30.96, 61.86], 'Bandar Abbas': [27.19, 56.27], Herat: [34.35, 62.2], Kandahar: [31.61, 65.71] },
		notPlaces: ['Shahid Beheshti']
	},
	{
		genre: 'international',
		text: "ROME - Desert locust swarms are breeding on the Red Sea coast of Sudan and Eritrea and could reach Saudi Arabia and Egypt by spring, the Food and Agriculture Organization warned on Tuesday. Hopper bands were found near Tokar, south of Port Sudan, where the war has stopped most ground control, and on the plains around Massawa and Shieb. Saudi teams have sprayed 12,000 hectares near Jizan and Al Qunfudhah. In Egypt, the ministry has put teams on alert at Halaib and Abu Ramad, near the disputed border.",
		gold: { ROME: [41.9, 12.5], 'Red Sea': [20.0, 38.5], Sudan: [15.5, 30.0], Eritrea: [15.2, 39.0], 'Saudi Arabia': [24.0, 45.0], Egypt: [26.5, 30.0], Tokar: [18.43, 37.73], 'Port Sudan': [19.62, 37.22], Massawa: [15.61, 39.45], Shieb: [15.85, 39.1], Jizan: [16.89, 42.55], 'Al Qunfudhah': [19.13, 41.08], Halaib: [22.22, 36.65], 'Abu Ramad': [22.37, 36.35] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ASUNCIÓN - President Santiago Peña opened a new bridge over the Paraná at Presidente Franco on Friday, linking the border city of Ciudad del Este to Brazil's Foz do Iguaçu for the second time. Peña said the bridge would take trucks off the Friendship Bridge, which carries more than 40,000 vehicles a day. Governors from Alto Paraná and Itapúa attended, and the mayor of Encarnación asked for a bridge of its own. Later in the day Peña flew to Concepción, in the north, and to Pedro Juan Caballero, on the Brazilian border at Ponta Porã, to open two hospitals.",
		gold: { ASUNCIÓN: [-25.28, -57.63], 'Presidente Franco': [-25.56, -54.61], 'Ciudad del Este': [-25.51, -54.61], Brazil: [-10.0, -52.0], 'Foz do Iguaçu': [-25.55, -54.59], 'Alto Paraná': [-25.6, -54.96], Itapúa: [-26.8, -55.9], Encarnación: [-27.33, -55.87], Concepción: [-23.41, -57.43], 'Pedro Juan Caballero': [-22.55, -55.73], 'Ponta Porã': [-22.54, -55.73] },
		notPlaces: ['Santiago', 'Santiago Peña', 'Peña']
	},
	{
		genre: 'international',
		text: "BENGALURU - Toyota Kirloskar Motor will add a third line at its plant in Bidadi, outside Bengaluru, the company said, a day after Foxconn began making phones at Devanahalli near the city's airport. Karnataka is competing with Tamil Nadu, where Nokia once made handsets at Sriperumbudur and Hyundai builds cars at Irungattukottai, west of Chennai. Tata Electronics, which took over a plant at Narasapura in Kolar district, says it will hire 10,000 more workers. Officials in Hosur, just across the state line, say they are losing investment to Karnataka's subsidies.",
		gold: { BENGALURU: [12.97, 77.59], Bidadi: [12.8, 77.39], Bengaluru: [12.97, 77.59], Devanahalli: [13.25, 77.71], Karnataka: [14.5, 76.0], 'Tamil Nadu': [11.0, 78.5], Sriperumbudur: [12.97, 79.95], Irungattukottai: [12.97, 79.98], Chennai: [13.08, 80.27], Narasapura: [13.16, 78.03], Kolar: [13.14, 78.13], 'Kolar district': [13.14, 78.13], Hosur: [12.74, 77.83] },
		notPlaces: ['Toyota', 'Toyota Kirloskar', 'Kirloskar', 'Nokia', 'Tata', 'Hyundai', 'Foxconn']
	},
	{
		genre: 'international',
		text: "CAIRO - Egypt's football federation moved the Cairo derby between Al Ahly and Zamalek to the new stadium in the New Administrative Capital after clashes outside the Cairo International Stadium in Nasr City. Pyramids, owned by a Saudi investor, will play its African Champions League tie in Alexandria instead. Fans from Port Said and Suez will be barred after violence at Al Masry's match in Ismailia last month. Police in Giza arrested 40 people.",
		gold: { CAIRO: [30.04, 31.24], 'New Administrative Capital': [30.02, 31.76], 'Nasr City': [30.06, 31.33], Alexandria: [31.2, 29.92], 'Port Said': [31.26, 32.3], Suez: [29.97, 32.53], Ismailia: [30.6, 32.27], Giza: [30.01, 31.21] },
		notPlaces: ['Zamalek', 'Pyramids', 'Al Ahly', 'Ahly', 'Al Masry', 'Masry']
	},
	{
		genre: 'health',
		text: "BENGALURU - Karnataka has reported 9 deaths from Kyasanur Forest disease this year, the most since 2019, with cases concentrated in Shivamogga district's Sagara and Tirthahalli taluks, the health department said. The tick-borne virus, known locally as monkey fever, has also spread to Siddapur in Uttara Kannada and to Koppa and Sringeri in Chikkamagaluru district. A booster campaign will begin in Hosanagara next week. A testing laboratory promised for Shivamogga city in 2023 has still not opened; samples are sent to the virology institute in Pune.",
		gold: { BENGALURU: [12.97, 77.59], Karnataka: [14.5, 76.0], Shivamogga: [13.93, 75.57], 'Shivamogga district': [14.0, 75.5], Sagara: [14.16, 75.03], Tirthahalli: [13.69, 75.24], Siddapur: [14.34, 74.89], 'Uttara Kannada': [14.8, 74.7], Koppa: [13.53, 75.36], Sringeri: [13.42, 75.25], Chikkamagaluru: [13.32, 75.77], 'Chikkamagaluru district': [13.4, 75.7], Hosanagara: [13.91, 75.07], Pune: [18.52, 73.86] },
		notPlaces: ['Kyasanur', 'Kyasanur Forest']
	},
	{
		genre: 'international',
		text: "DAMASCUS - Fighting between Druze militias and Bedouin tribes in Sweida province has killed more than 300 people in a week, a monitoring group said, despite a ceasefire announced by the interim government. Government forces sent to separate the sides were accused of killing civilians in Sweida city and in the villages of Al-Mazraa and Walgha. Israel struck tanks near Daraa and the defence ministry in Damascus. In the Damascus suburbs of Jaramana and Sahnaya, where many Druze live, checkpoints have been reinforced. On the coast, families displaced from Jableh and Baniyas in March's killings of Alawites have not returned.",
		gold: { DAMASCUS: [33.51, 36.29], Sweida: [32.71, 36.57], 'Sweida province': [32.75, 36.7], 'Al-Mazraa': [32.78, 36.48], Walgha: [32.76, 36.55], Israel: [31.4, 35.0], Daraa: [32.62, 36.1], Damascus: [33.51, 36.29], Jaramana: [33.49, 36.35], Sahnaya: [33.43, 36.24], Jableh: [35.36, 35.93], Baniyas: [35.18, 35.95] },
		notPlaces: ['Druze', 'Bedouin', 'Alawites']
	},
	{
		genre: 'health',
		text: "NAIROBI - Doctors at Kenyatta National Hospital and Moi Teaching and Referral Hospital in Eldoret joined a nationwide strike on Monday over unpaid salaries, leaving private hospitals such as the Aga Khan University Hospital to take emergencies. In Mombasa, patients were turned away from Coast General Teaching and Referral Hospital; in Kisumu, the Jaramogi Oginga Odinga referral hospital admitted only mothers in labour. County governments in Kakamega, Nakuru and Machakos said they would hire locums.",
		gold: { NAIROBI: [-1.29, 36.82], Eldoret: [0.51, 35.27], Mombasa: [-4.04, 39.67], Kisumu: [-0.09, 34.77], Kakamega: [0.28, 34.75], Nakuru: [-0.3, 36.07], Machakos: [-1.52, 37.26] },
		notPlaces: ['Kenyatta', 'Moi', 'Aga Khan', 'Coast', 'Jaramogi', 'Oginga Odinga', 'Odinga']
	},
	{
		genre: 'international',
		text: "KYIV - Russian forces have entered the outskirts of Pokrovsk, the logistics hub in Donetsk region that was called Krasnoarmiisk until 2016, Ukrainian officers said. Civilians are being moved west to Dnipro and Pavlohrad; trains no longer stop in Myrnohrad, next door. Drones struck Kostiantynivka and Druzhkivka overnight, and the regional governor urged the last residents of Kramatorsk and Sloviansk to leave. In Kropyvnytskyi, once Kirovohrad, a school has been turned into a shelter for 2,000 evacuees.",
		gold: { KYIV: [50.45, 30.52], Pokrovsk: [48.28, 37.18], Donetsk: [48.0, 37.8], 'Donetsk region': [48.0, 37.8], Krasnoarmiisk: [48.28, 37.18], Dnipro: [48.46, 35.05], Pavlohrad: [48.53, 35.87], Myrnohrad: [48.3, 37.26], Kostiantynivka: [48.53, 37.71], Druzhkivka: [48.63, 37.55], Kramatorsk: [48.72, 37.56], Sloviansk: [48.85, 37.6], Kropyvnytskyi: [48.51, 32.26], Kirovohrad: [48.51, 32.26] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SPLIT, Croatia - A strike by ferry crews has stranded thousands of tourists on Croatia's islands at the height of the season, with no sailings on Sunday from Split to Hvar, Brač and Vis. Passengers bound for Ancona and Bari in Italy were moved to overnight ferries from Zadar and Dubrovnik. Across the border in Montenegro, the port of Bar said it would take extra sailings to Bari. Hotels in Stari Grad and Supetar reported cancellations.",
		gold: { SPLIT: [43.51, 16.44], Croatia: [45.1, 15.2], Split: [43.51, 16.44], Hvar: [43.17, 16.44], Brač: [43.32, 16.62], Vis: [43.06, 16.18], Ancona: [43.62, 13.52], Bari: [41.12, 16.87], Italy: [42.8, 12.8], Zadar: [44.12, 15.23], Dubrovnik: [42.65, 18.09], Montenegro: [42.7, 19.3], Bar: [42.09, 19.1], 'Stari Grad': [43.18, 16.6], Supetar: [43.38, 16.55] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PORT VILA, Vanuatu - A magnitude 7.3 earthquake struck 30 kilometres off Efate on Tuesday, killing at least 14 people in the capital, where two buildings collapsed and landslides cut the road to the wharf. Villages in Mele and Eton were badly damaged, and the water supply to Port Vila was cut. The airport at Bauerfield was closed to commercial flights, while relief flights from Brisbane and Auckland landed on Wednesday. Damage was lighter in Luganville, on Espiritu Santo, and on Tanna.",
		gold: { 'PORT VILA': [-17.73, 168.32], Vanuatu: [-16.0, 167.0], Efate: [-17.67, 168.4], Mele: [-17.7, 168.27], Eton: [-17.74, 168.52], 'Port Vila': [-17.73, 168.32], Bauerfield: [-17.7, 168.32], Brisbane: [-27.47, 153.03], Auckland: [-36.85, 174.76], Luganville: [-15.53, 167.17], 'Espiritu Santo': [-15.4, 166.9], Tanna: [-19.5, 169.3] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PORT SUDAN - Cholera has spread to North Kordofan, where 40 deaths have been recorded in El Obeid since the siege lifted, the health ministry said. Cases are also rising in Kosti and Rabak, in White Nile state, among people who fled fighting in Babanusa and Dilling. In South Kordofan, Kadugli remains cut off; aid agencies said a convoy from Kosti had turned back at Um Ruwaba. Médecins Sans Frontières said its team in Tawila, in North Darfur, was treating 300 patients a day.",
		gold: { 'PORT SUDAN': [19.62, 37.22], 'North Kordofan': [14.0, 29.5], 'El Obeid': [13.18, 30.22], Kosti: [13.16, 32.66], Rabak: [13.18, 32.74], 'White Nile': [13.5, 32.5], Babanusa: [11.33, 27.81], Dilling: [12.05, 29.65], 'South Kordofan': [11.0, 30.0], Kadugli: [11.01, 29.72], 'Um Ruwaba': [12.91, 31.22], Tawila: [13.5, 24.9], 'North Darfur': [15.5, 25.0] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S51_B: GenreText[] = [
	{
		genre: 'health',
		text: "KAMPALA - Uganda has confirmed more than 7,000 mpox cases since the clade Ib strain arrived last year, with the capital and neighbouring Wakiso district accounting for half, the health ministry said. New clusters have been found among fishing communities at Kasensero, on Lake Victoria, and at Mayuge's landing sites. Health workers in Mbarara and Masaka have received vaccines, and a treatment unit has opened at Entebbe's regional referral hospital. Cases in Kasese, near the Congolese border, have doubled, and screening at Mpondwe has been stepped up.",
		gold: { KAMPALA: [0.35, 32.58], Uganda: [1.3, 32.3], Wakiso: [0.4, 32.48], 'Wakiso district': [0.4, 32.48], Kasensero: [-0.75, 31.78], Mayuge: [0.46, 33.48], Mbarara: [-0.61, 30.65], Masaka: [-0.33, 31.73], Entebbe: [0.06, 32.46], Kasese: [0.18, 30.08], Mpondwe: [0.03, 29.73] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "DILI - Timor-Leste has declared a dengue emergency after 22 children died in January, most of them in the capital, the health ministry said. The Guido Valadares National Hospital in Dili has run out of beds, and patients from Liquiçá and Aileu are being treated in tents. Cases are also rising in Baucau, the second city, and in Maliana and Suai near the Indonesian border. The enclave of Oecusse, whose capital Pante Macassar is reached from Dili only by ferry, has asked for an emergency shipment of fluids. Australia has sent a medical team to Lospalos.",
		gold: { DILI: [-8.56, 125.57], 'Timor-Leste': [-8.8, 125.9], Dili: [-8.56, 125.57], Liquiçá: [-8.59, 125.34], Aileu: [-8.73, 125.57], Baucau: [-8.47, 126.45], Maliana: [-8.99, 125.22], Suai: [-9.31, 125.26], Oecusse: [-9.2, 124.35], 'Pante Macassar': [-9.2, 124.38], Australia: [-25.0, 134.0], Lospalos: [-8.52, 127.0] },
		notPlaces: ['Guido Valadares']
	},
	{
		genre: 'health',
		text: "PORT MORESBY - Papua New Guinea has launched a nationwide polio vaccination campaign after the virus was found in sewage samples in Lae and in a child in Morobe province's Markham valley, health officials said. Teams will start in Lae and Madang before moving to the Highlands, where Mount Hagen, Goroka and Wabag have the lowest coverage in the country. A 2018 outbreak paralysed 26 children, most of them in Enga and Eastern Highlands. Vaccinators in Kerema and Daru will travel by boat.",
		gold: { 'PORT MORESBY': [-9.44, 147.18], 'Papua New Guinea': [-6.5, 145.0], Lae: [-6.72, 146.99], Morobe: [-6.8, 146.8], 'Morobe province': [-6.8, 146.8], Madang: [-5.22, 145.79], 'Mount Hagen': [-5.86, 144.23], Goroka: [-6.08, 145.39], Wabag: [-5.49, 143.7], Enga: [-5.4, 143.5], 'Eastern Highlands': [-6.5, 145.5], Kerema: [-7.96, 145.77], Daru: [-9.08, 143.21] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DJIBOUTI - Three failed rainy seasons have killed half the livestock in Djibouti's Obock and Tadjourah regions, the UN said, and herders are moving toward the capital and toward Ethiopia's Afar region, where drought is also severe. In Dikhil and Ali Sabieh, in the south, wells have dried up, and water is being trucked from Djibouti city. Across the border, aid agencies in Semera and Dubti report cattle dying along the Awash river, and camps at Asayita are full. Temperatures in Tadjourah reached 47C last week.",
		gold: { DJIBOUTI: [11.59, 43.15], Djibouti: [11.59, 43.15], Obock: [11.96, 43.29], Tadjourah: [11.79, 42.88], Ethiopia: [9.0, 39.5], Afar: [11.8, 41.0], Dikhil: [11.1, 42.37], 'Ali Sabieh': [11.16, 42.71], Semera: [11.79, 41.01], Dubti: [11.73, 41.08], Asayita: [11.57, 41.44] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TAPACHULA, Mexico - Fewer than 200 migrants a day now cross the Suchiate river from Guatemala into Ciudad Hidalgo, a tenth of last year's number, Mexico's migration institute said, since US asylum appointments were cancelled. Shelters in Tapachula that once held thousands are half empty, and caravans that left for Huixtla and Escuintla in recent weeks broke up before reaching Oaxaca. Some migrants are heading south again: buses from Ciudad Juárez and Reynosa are bringing Venezuelans back to Chiapas, from where they hope to return home through Honduras and Nicaragua.",
		gold: { TAPACHULA: [14.9, -92.26], Mexico: [23.6, -102.5], Guatemala: [15.5, -90.3], 'Ciudad Hidalgo': [14.68, -92.15], Tapachula: [14.9, -92.26], Huixtla: [15.14, -92.46], Escuintla: [15.32, -92.66], Oaxaca: [17.06, -96.73], 'Ciudad Juárez': [31.69, -106.42], Reynosa: [26.08, -98.28], Chiapas: [16.5, -92.5], Honduras: [14.8, -86.6], Nicaragua: [12.9, -85.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TEGUCIGALPA - Nasry Asfura of the National Party held a narrow lead over Salvador Nasralla in Honduras's presidential count on Tuesday, with the ruling party's Rixi Moncada a distant third. Asfura won Francisco Morazán, which includes the capital, and most of Olancho, while Nasralla carried Cortés and its industrial hub San Pedro Sula. The count in Colón and Atlántida was delayed after ballots were burned in Trujillo and Tocoa; in La Ceiba, party supporters gathered outside the electoral office. Choluteca, in the south, and Copán, in the west, went heavily to Asfura.",
		gold: { TEGUCIGALPA: [14.07, -87.19], 'Francisco Morazán': [14.25, -87.2], Olancho: [14.8, -86.0], Cortés: [15.4, -88.0], 'San Pedro Sula': [15.5, -88.03], Colón: [15.6, -85.7], Atlántida: [15.6, -87.0], Trujillo: [15.92, -85.95], Tocoa: [15.68, -86.0], 'La Ceiba': [15.76, -86.79], Choluteca: [13.3, -87.19], Copán: [14.8, -88.9] },
		notPlaces: ['Salvador', 'Salvador Nasralla', 'Nasralla', 'Moncada', 'Rixi Moncada', 'Asfura']
	},
	{
		genre: 'international',
		text: "YAOUNDÉ - Paul Biya, 92, was declared winner of Cameroon's presidential election on Monday, but his former minister Issa Tchiroma Bakary claimed victory from his home town of Garoua, where his supporters clashed with police. Protests spread to Maroua and Ngaoundéré in the north, and to Douala, the economic capital, where four people were killed. In the English-speaking North-West and South-West regions, turnout was below 10 percent; Bamenda and Buea were under a lockdown called by separatists. The Constitutional Council met in Yaoundé under heavy guard.",
		gold: { YAOUNDÉ: [3.87, 11.52], Cameroon: [5.7, 12.7], Garoua: [9.3, 13.4], Maroua: [10.59, 14.32], Ngaoundéré: [7.32, 13.58], Douala: [4.05, 9.7], 'North-West': [6.2, 10.3], 'South-West': [5.2, 9.3], Bamenda: [5.96, 10.15], Buea: [4.15, 9.24], Yaoundé: [3.87, 11.52] },
		notPlaces: ['Biya', 'Tchiroma', 'Bakary']
	},
	{
		genre: 'international',
		text: "CEBU CITY, Philippines - A magnitude 6.9 earthquake struck off northern Cebu late on Tuesday, killing at least 70 people, most of them in Bogo City and the towns of San Remigio and Medellín, the disaster agency said. In Daanbantayan, a church tower collapsed onto the plaza; in Tabogon and Sogod, landslides buried houses on the hillsides. Power was cut across Bantayan island. The provincial governor said relief goods were being trucked from Cebu City and from Danao, and the navy was carrying water from Mandaue.",
		gold: { 'CEBU CITY': [10.32, 123.89], Philippines: [12.5, 122.5], Cebu: [10.5, 123.9], 'Bogo City': [11.05, 124.01], 'San Remigio': [11.08, 123.94], Medellín: [11.13, 123.96], Daanbantayan: [11.25, 124.0], Tabogon: [10.94, 124.03], Sogod: [10.75, 124.0], Bantayan: [11.17, 123.72], 'Cebu City': [10.32, 123.89], Danao: [10.52, 124.03], Mandaue: [10.33, 123.93] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SURABAYA, Indonesia - Mount Semeru, Java's highest volcano, erupted on Wednesday, sending pyroclastic flows down the Besuk Kobokan valley and forcing 2,000 people from their homes in Lumajang regency, the disaster agency said. Villages in Pronojiwo and Candipuro were covered in ash, and a bridge on the road to Malang was closed. Evacuees were taken to schools in Lumajang town and in Pasirian. Climbers on the Mount Bromo trail in Probolinggo were turned back.",
		gold: { SURABAYA: [-7.25, 112.75], Indonesia: [-2.5, 118.0], 'Mount Semeru': [-8.11, 112.92], Java: [-7.5, 110.5], Lumajang: [-8.13, 113.22], Pronojiwo: [-8.21, 112.94], Candipuro: [-8.17, 113.0], Malang: [-7.98, 112.63], Pasirian: [-8.22, 113.11], 'Mount Bromo': [-7.94, 112.95], Probolinggo: [-7.75, 113.22] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ST. JOHN'S, Newfoundland - A wildfire on the Conception Bay North shore forced the evacuation of Kingston, Western Bay and Ochre Pit Cove on Sunday and destroyed more than 30 homes, the provincial government said. Residents of Small Point and Broad Cove were told to be ready to leave, and a reception centre opened in Carbonear. A separate fire near Paddy's Pond, west of St. John's, closed the Trans-Canada Highway between Holyrood and the city. Crews from Nova Scotia and New Brunswick arrived on Monday.",
		gold: { "ST. JOHN'S": [47.56, -52.71], Newfoundland: [48.5, -56.0], Kingston: [47.93, -53.03], 'Western Bay': [47.88, -53.08], 'Ochre Pit Cove': [47.9, -53.06], 'Small Point': [47.94, -53.03], 'Broad Cove': [47.85, -53.1], Carbonear: [47.73, -53.22], "Paddy's Pond": [47.47, -52.89], "St. John's": [47.56, -52.71], Holyrood: [47.39, -53.13], 'Nova Scotia': [45.0, -63.0], 'New Brunswick': [46.5, -66.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KYIV - Ukrainian sea drones damaged two Russian tankers in the Kerch Strait on Thursday, near the ferry terminal at Port Kavkaz, the Ukrainian navy said. Russia has moved much of its oil trade from Novorossiysk to smaller ports on the Taman peninsula since the strikes began, and a fire burned through the night at the oil terminal in Taman. The governor of Krasnodar region said debris fell in Temryuk. In Crimea, the bridge at Kerch was briefly closed, and traffic was diverted to the land route through Melitopol and Mariupol.",
		gold: { KYIV: [50.45, 30.52], 'Kerch Strait': [45.3, 36.55], 'Port Kavkaz': [45.34, 36.67], Russia: [60.0, 100.0], Novorossiysk: [44.72, 37.77], Taman: [45.21, 36.72], 'Taman peninsula': [45.2, 37.0], Krasnodar: [45.04, 38.98], 'Krasnodar region': [45.4, 39.4], Temryuk: [45.27, 37.38], Crimea: [45.3, 34.4], Kerch: [45.36, 36.47], Melitopol: [46.85, 35.37], Mariupol: [47.1, 37.55] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NEW YORK - Armed groups now control most of Haiti's Centre department, the UN human rights office told the Security Council on Wednesday, after attacks on Mirebalais, Saut-d'Eau and Lascahobas drove 50,000 people from their homes. The hospital in Mirebalais, the country's largest teaching hospital outside the capital, has closed. Gangs from Port-au-Prince have pushed north along the road to Hinche, and the police station at Kenscoff, in the hills above the capital, was burned last month. Kenyan police leading the multinational mission are based at the airport in Tabarre.",
		gold: { 'NEW YORK': [40.71, -74.01], Haiti: [19.0, -72.3], Centre: [19.0, -72.0], Mirebalais: [18.83, -72.1], "Saut-d'Eau": [18.82, -72.2], Lascahobas: [18.83, -71.94], 'Port-au-Prince': [18.54, -72.34], Hinche: [19.15, -72.0], Kenscoff: [18.45, -72.29], Tabarre: [18.58, -72.27] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BUENOS AIRES - Vice President Victoria Villarruel broke with the government again on Thursday, casting the deciding vote in the Senate to restore university funding, as President Javier Milei's party prepared for provincial elections. In Buenos Aires province, Governor Axel Kicillof's Peronists are strongest in La Matanza and the southern suburbs, while Milei's candidates lead in Bahía Blanca, Mar del Plata and Tandil. Farmers in Azul, Olavarría and Junín, hit by floods in May, have said they will not vote for either side. Patricia Bullrich campaigned in La Plata, the provincial capital.",
		gold: { 'BUENOS AIRES': [-34.6, -58.38], 'Buenos Aires': [-36.5, -60.0], 'Buenos Aires province': [-36.5, -60.0], 'La Matanza': [-34.77, -58.63], 'Bahía Blanca': [-38.72, -62.27], 'Mar del Plata': [-38.0, -57.55], Tandil: [-37.32, -59.13], Azul: [-36.78, -59.86], Olavarría: [-36.89, -60.32], Junín: [-34.59, -60.95], 'La Plata': [-34.92, -57.95] },
		notPlaces: ['Victoria', 'Victoria Villarruel', 'Villarruel', 'Milei', 'Kicillof', 'Bullrich']
	},
	{
		genre: 'international',
		text: "BELO HORIZONTE, Brazil - Vale agreed on Friday to pay a further 5 billion reais to families in Brumadinho, where the collapse of its tailings dam killed 270 people in 2019, and to towns along the Paraopeba river as far as Pompéu. The miner, with BHP, also owns Samarco, whose dam burst at Mariana in 2015 and poured mud down the Doce river to Regência, on the coast of Espírito Santo. Prosecutors in Ouro Preto and Itabira said the deal did not cover dams still rated at risk in Congonhas and Barão de Cocais.",
		gold: { 'BELO HORIZONTE': [-19.92, -43.94], Brumadinho: [-20.14, -44.2], Pompéu: [-19.22, -45.0], Mariana: [-20.38, -43.42], Regência: [-19.65, -39.83], 'Espírito Santo': [-19.6, -40.7], 'Ouro Preto': [-20.39, -43.5], Itabira: [-19.62, -43.23], Congonhas: [-20.5, -43.86], 'Barão de Cocais': [-19.94, -43.49] },
		notPlaces: ['Vale', 'BHP', 'Samarco']
	},
	{
		genre: 'international',
		text: "JOHANNESBURG - Orlando Pirates beat Mamelodi Sundowns 2-1 at FNB Stadium in Soweto on Saturday to take the lead in South Africa's Premiership. Sundowns, who play at Loftus Versfeld in Pretoria, had won the league eight times in a row. Kaizer Chiefs drew 0-0 in Polokwane, and AmaZulu lost at home in Durban. Police said 30 fans were arrested outside the stadium in Nasrec.",
		gold: { JOHANNESBURG: [-26.2, 28.05], Soweto: [-26.27, 27.86], 'South Africa': [-29.0, 24.0], Pretoria: [-25.75, 28.19], Polokwane: [-23.9, 29.45], Durban: [-29.86, 31.02], Nasrec: [-26.24, 27.98] },
		notPlaces: ['Orlando', 'Orlando Pirates', 'Mamelodi', 'Mamelodi Sundowns', 'Sundowns', 'Kaizer Chiefs', 'AmaZulu', 'Loftus Versfeld']
	},
	{
		genre: 'health',
		text: "ANKARA - Turkey has recorded 12 deaths from Crimean-Congo haemorrhagic fever this season, the health ministry said, most of them in the central Black Sea provinces of Tokat, Çorum and Amasya. Hospitals in Sivas and Yozgat have opened tick clinics, and farmers in Kastamonu have been told to wear long sleeves when working with livestock. A nurse in Gümüşhane was infected while treating a patient. Cases have also been reported across the border in Georgia and in Iran's Khorasan.",
		gold: { ANKARA: [39.93, 32.86], Turkey: [39.0, 35.0], Tokat: [40.31, 36.55], Çorum: [40.55, 34.95], Amasya: [40.65, 35.83], Sivas: [39.75, 37.02], Yozgat: [39.82, 34.81], Kastamonu: [41.38, 33.78], Gümüşhane: [40.46, 39.48], Georgia: [42.3, 43.4], Iran: [32.5, 54.3], Khorasan: [35.5, 59.0] },
		notPlaces: ['Crimean', 'Congo', 'Crimean-Congo', 'Crimea']
	},
	{
		genre: 'international',
		text: "BUNIA, Congo - Militia fighters from the CODECO group killed 43 people in an attack on a camp for displaced people near Fataki, in Ituri's Djugu territory, the UN mission said. Most of the victims were from the Hema community; CODECO says it defends the Lendu. Survivors fled to Bunia and to Mahagi, near the Ugandan border. In Irumu territory, ADF rebels attacked Komanda on the road to Mambasa last week, killing worshippers in a church. The governor said the army would reopen the road to Mongbwalu, a gold town.",
		gold: { BUNIA: [1.56, 30.25], Congo: [-2.9, 23.6], Fataki: [1.95, 30.45], Ituri: [1.5, 29.5], Djugu: [1.92, 30.5], Bunia: [1.56, 30.25], Mahagi: [2.3, 30.99], Irumu: [1.45, 29.87], Komanda: [1.37, 29.77], Mambasa: [1.36, 29.05], Mongbwalu: [1.95, 30.03] },
		notPlaces: ['Hema', 'Lendu', 'CODECO', 'ADF']
	},
	{
		genre: 'health',
		text: "ACCRA - Nurses at Korle Bu Teaching Hospital in Accra and Komfo Anokye Teaching Hospital in Kumasi walked out on Tuesday over unpaid allowances, joining colleagues at Tamale Teaching Hospital who struck last week. The health ministry said emergency wards would stay open. In the Volta region, the regional hospital in Ho admitted only maternity cases, and clinics in Cape Coast, Sunyani and Koforidua were short of staff. Patients from Obuasi and Techiman were sent to private facilities.",
		gold: { ACCRA: [5.56, -0.2], Accra: [5.56, -0.2], Kumasi: [6.69, -1.62], Tamale: [9.4, -0.84], Volta: [6.6, 0.45], Ho: [6.6, 0.47], 'Cape Coast': [5.1, -1.25], Sunyani: [7.34, -2.33], Koforidua: [6.09, -0.26], Obuasi: [6.2, -1.66], Techiman: [7.59, -1.94] },
		notPlaces: ['Komfo Anokye', 'Anokye']
	},
	{
		genre: 'international',
		text: "ASTANA - Floods have forced more than 90,000 people from their homes in northern and western Kazakhstan, the emergencies ministry said, after a dam burst on the Ural river near Orsk, on the Russian side. In Atyrau and Kulsary, in the west, soldiers built sand barriers along the Zhem. Petropavl, the northern city still known by many as Petropavlovsk, ordered the evacuation of its riverside districts, and Kostanay and Aktobe regions declared emergencies. In Oral, once Uralsk, the river rose by a metre overnight.",
		gold: { ASTANA: [51.17, 71.45], Kazakhstan: [48.0, 67.0], Orsk: [51.2, 58.57], Atyrau: [47.1, 51.92], Kulsary: [46.95, 54.02], Petropavl: [54.87, 69.15], Petropavlovsk: [54.87, 69.15], Kostanay: [53.21, 63.62], Aktobe: [50.28, 57.17], Oral: [51.23, 51.37], Uralsk: [51.23, 51.37] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ARUSHA, Tanzania - Heavy rains have cut the road between Moshi and Same, in Kilimanjaro region, and washed away bridges in Mwanga and Hai districts, the regional commissioner said. Farmers in Same and Mwanga have lost most of their maize. Buses from Dar es Salaam to Arusha are being diverted through Tanga and Korogwe. In Hanang, where mudslides killed dozens in 2023, families on the slopes of Mount Hanang were moved to schools in Katesh.",
		gold: { ARUSHA: [-3.37, 36.68], Tanzania: [-6.3, 34.8], Moshi: [-3.35, 37.34], Same: [-4.07, 37.73], Kilimanjaro: [-3.8, 37.5], Mwanga: [-3.66, 37.58], Hai: [-3.33, 37.2], 'Dar es Salaam': [-6.79, 39.21], Arusha: [-3.37, 36.68], Tanga: [-5.07, 39.1], Korogwe: [-5.16, 38.47], Hanang: [-4.5, 35.4], 'Mount Hanang': [-4.44, 35.4], Katesh: [-4.52, 35.39] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NUKU'ALOFA, Tonga - A tsunami warning was lifted on Friday after a magnitude 7.1 earthquake struck near Vava'u, damaging wharves in Neiafu and cutting power across the northern islands, officials said. Residents of Ha'apai, still rebuilding after the 2022 eruption of Hunga Tonga-Hunga Ha'apai, fled to higher ground on Lifuka. Flights between Fua'amotu airport on Tongatapu and 'Eua were suspended. New Zealand sent a navy ship from Auckland, and Fiji offered help from Suva.",
		gold: { "NUKU'ALOFA": [-21.14, -175.2], Tonga: [-20.0, -175.0], "Vava'u": [-18.65, -173.98], Neiafu: [-18.65, -173.98], "Ha'apai": [-19.8, -174.35], "Hunga Tonga-Hunga Ha'apai": [-20.55, -175.39], Lifuka: [-19.8, -174.35], "Fua'amotu": [-21.24, -175.15], Tongatapu: [-21.2, -175.2], "'Eua": [-21.38, -174.93], Eua: [-21.38, -174.93], 'New Zealand': [-41.0, 174.0], Auckland: [-36.85, 174.76], Fiji: [-17.8, 178.0], Suva: [-18.14, 178.44] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ADDIS ABABA - Cholera has killed 60 people in Ethiopia's Amhara region since fighting between federal troops and Fano militias cut off health services, the UN said. Most cases were in Debre Markos and Bahir Dar, with new ones in Woldia and Debre Tabor. Aid convoys from Gondar reached Lalibela for the first time in three months. In Kobo and Mersa, on the road north to Tigray, the only clinics have run out of fluids.",
		gold: { 'ADDIS ABABA': [9.03, 38.74], Ethiopia: [9.0, 39.5], Amhara: [11.5, 38.0], 'Debre Markos': [10.33, 37.73], 'Bahir Dar': [11.59, 37.39], Woldia: [11.83, 39.6], 'Debre Tabor': [11.85, 38.02], Gondar: [12.6, 37.47], Lalibela: [12.03, 39.04], Kobo: [12.15, 39.63], Mersa: [11.67, 39.66], Tigray: [14.0, 38.5] },
		notPlaces: ['Fano']
	}
];

// International and health news written for session 55 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s55` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Built on the failure classes sessions 53-54 found, each
// shape in both halves from different regions: city quarters, towns and boroughs the gazetteer lacks or holds under
// far namesakes (Karachi's Lyari, Korangi, Malir and Orangi Town; Lima's Comas, Ate and Puente Piedra; Manila's Tondo;
// Bradford's Manningham; Kinshasa's Limete and Masina; Aden's Crater and Sheikh Othman; Pune's Dhayari and Narhe;
// Mexico City's boroughs named after persons, Benito Juárez, Álvaro Obregón, Miguel Hidalgo, and Nezahualcóyotl /
// Jakarta's Penjaringan and Kampung Melayu; Kolkata's Salt Lake, New Town and Behala; São Paulo's Itaquera and
// Brasilândia; Kampala's Kawempe; Freetown's Kissy, Wellington, Hastings and Waterloo; Hong Kong's Stanley and
// Aberdeen; Trinidad's San Fernando and Scarborough; Newfoundland's Kingston and Paradise), island groups, valleys and
// regions (the Greek Islands, Naxos and the Lesser Cyclades, the High Atlas, the Central Highlands, the Tihama, the
// Barkly / the Dalmatian Islands and the Kornati, the Paraíba Valley, the Avalon Peninsula, the Copperbelt, Berbice),
// languages (Cebuano, Hiligaynon, Waray), flu strains named after places (A/Victoria/4897/2022, A/Croatia/..., B/Austria/
// ...), a Sudan virus beside Zaire ebolavirus, Marburg and Newcastle disease, names shared across continents in wire
// and health copy (Manchester, Leeds, Newport, Perth, Parkville, Stanley, Mount Pleasant, Goose Green, Palma, Genoa,
// Palmerston, Katherine, Elliott, Tanauan, Palo, Trinidad, Santa Cruz / Newcastle, Durham, Stanley and Washington
// under a NEWCASTLE dateline with no country, Bruges, Livingstone, Linden, New Amsterdam, Georgetown, Moreno, Merlo,
// Morón, Tigre, Tank and Bara), Vietnamese written with and without diacritics (Hồ Chí Minh City, Đà Nẵng / Ho Chi
// Minh City, Ca Mau), a Texas Paris among Texas, Oklahoma and Arkansas with Lamar County named, and persons, firms,
// clubs, storms and bodies named like places (Morales and Paz; CSL Seqirus, Sanofi; Hajduk Split, Club Brugge,
// Liège's Standard; Typhoon Yolanda, Typhoon Ragasa; Mopani; Irfaan Ali).
// Gold points are the places' own, written from knowledge and checked against `gazette lookup` (the nearest entry of
// the name within 30 km kept as written). The gazetteer lacks 95 of the 659 gold names (A 56 of 339: Lyari, Korangi,
// Baldia, Gadap, Gulshan-e-Iqbal, Malir, Manghopir, Comas (Lima's), Ate, Puente Piedra, San Juan de Lurigancho, Villa
// El Salvador, Castilla (Piura's), Tondo, Baseco, Mandaue, Manningham, Little Horton, Greater Manchester, Mecúfi, Memba,
// Eráti, Kamituga, Kalehe, Limete, Rubavu, Mwenga, Shabunda, Dar Saad, Tihama, Kirkatwadi, Dhayari, Narhe, Evia, the
// Greek Islands, the Lesser Cyclades, Koufonisia, Schinoussa, Ali Curung, Elliott, Barkly, Goose Green, Port Howard,
// Mount Pleasant (the Falklands'), Sant Antoni (Ibiza's), Sampierdarena, Cornigliano, Parotani, Villa Tunari, Chapare,
// Samar, the High Atlas, Talat N'Yaaqoub, Ighil, Imlil, the Central Highlands; B 39 of 320: North and East Jakarta,
// Penjaringan, Cilincing, Tanjung Priok, Cakung, Duren Sawit, Kampung Melayu, Garden Reach, Tiljala, Behala, Salt Lake
// and New Town (Kolkata's), North 24 Parganas, the Paraíba Valley, Kawempe, Rusumo, Karagwe, La Matanza, Kissy,
// Wellington (Freetown's), Kroo Bay, Lumley, Calaba Town, Lungi, Khyber, Bara (Khyber's), the Dalmatian Islands, Brač,
// Šolta, the Kornati, Stanley (Hong Kong's), Chek Lap Kok, Morvant, Cedros (Trinidad's), Berbice, Kingston and Paradise
// (Newfoundland's), the Avalon Peninsula). Hospitals, roads, rivers, airports and stadiums are left ungraded; a
// person, firm, club, storm, virus, strain or language named like a place is no place. Countries and regions carry
// the writer's points; they are right within 800 km.
// Half A is for tuning; half B stays held out.
// Before any change (main f7bd123; the first scoring printed B's lines as well as A's): A 296/300 within 161 km
// (health 153/154, international 143/146), 1 name of no place mapped (Cebuano, the language, as a Cebuano in the
// Philippines), 57 gold names not mapped; B 284/291 (health 140/144, international 144/147), 1 name of no place mapped
// (Brugge of Club Brugge), 35 not mapped. A's wrong: Comas (Lima's district of 500,000; lacked) as Comas, Junín, 217 km;
// Mount Pleasant (the Falklands' base; lacked) as Mount Pleasant, US; Sant Antoni (Ibiza's; lacked) as Barcelona's
// Sant Antoni, 277 km; Samar (the island; lacked) as Samara, Russia. B's wrong: Salt Lake and New Town (Kolkata's;
// lacked) as Salt Lake City and a New Town in the US; the Paraíba Valley as the state of Paraíba, 1,985 km; Wellington
// (Freetown's; lacked) as Wellington, New Zealand; Kingston, Paradise and the Avalon Peninsula (Newfoundland's; lacked)
// as Kingston, Nova Scotia, 944 km, Paradise, US, and an Avalon in Canada.
// End of session 55 (main 631e6c8e, with h55-world's sized-abroad and possessive-far-parts; B scored once at 00:40):
// A 296/299 (health 153/154, international 143/145), 1 name of no place mapped (Cebuano: language-names.ts was
// rejected), 58 not mapped (Samar, read as Samara, Russia, by another spelling of its name, now unmapped: sized-abroad
// in lone-abroad.ts); B 284/291 (health 140/144, international 144/147; unchanged), 1 name of no place mapped (Brugge of
// Club Brugge), 35 not mapped. A's wrong left: Comas, Mount Pleasant, Sant Antoni (all lacked). B's wrong, all as before
// any change: Salt Lake and New Town (Kolkata's; lacked) as Salt Lake City and a New Town in the US; the Paraíba Valley
// as the state of Paraíba, 1,985 km; Wellington (Freetown's; lacked) as Wellington, New Zealand (a capital, which
// sized-abroad leaves); Kingston (Newfoundland's; lacked) as Kingston, Nova Scotia (the story's own country); Paradise
// as Paradise, Nevada (223,000, over the known-abroad mark); the Avalon Peninsula as an Avalon in Canada. Of B's 7
// wrong, 6 are places the gazetteer lacks; none moved with the session's rules.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S55_A: GenreText[] = [
	{
		genre: 'health',
		text: "KARACHI - Pakistan has confirmed two more polio cases in Karachi, both in children who had missed vaccination rounds in Lyari and Orangi Town, bringing the country's tally this year to 27. Sewage samples from Korangi, Baldia and Gadap have tested positive for wild poliovirus type 1 since March, the National Emergency Operations Centre said. Vaccinators in Gulshan-e-Iqbal and Malir reported that parents in some blocks refused the drops, and police escorts have been assigned to teams working in Manghopir. Elsewhere in Sindh, cases were confirmed in Jacobabad and Badin, while Balochistan's Killa Abdullah and Khyber Pakhtunkhwa's Bannu remain the other reservoirs of the virus. Officials in Islamabad said a campaign aimed at 45 million children would begin on Monday.",
		gold: { KARACHI: [24.86, 67.01], Pakistan: [30.0, 70.0], Karachi: [24.86, 67.01], Lyari: [24.86, 66.99], 'Orangi Town': [24.95, 66.99], Korangi: [24.83, 67.13], Baldia: [24.93, 66.96], Gadap: [25.05, 67.22], 'Gulshan-e-Iqbal': [24.92, 67.09], Malir: [24.89, 67.2], Manghopir: [24.98, 67.03], Sindh: [26.0, 68.5], Jacobabad: [28.28, 68.44], Badin: [24.66, 68.84], Balochistan: [28.5, 65.5], 'Killa Abdullah': [30.73, 66.66], 'Khyber Pakhtunkhwa': [34.5, 72.0], Bannu: [32.99, 70.6], Islamabad: [33.69, 73.05] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "LIMA - Peru's health ministry declared a dengue emergency in 20 of the country's 25 regions after deaths rose to 112, with Piura, Lambayeque, La Libertad and Ica reporting the most cases. In the capital, the northern districts of Comas, Carabayllo and Puente Piedra, and San Juan de Lurigancho in the east, account for two-thirds of Lima's infections; Villa El Salvador and Ate have also opened fever units. The mosquito has reached Huánuco and the jungle town of Tingo María. In Piura, Sullana and Castilla said their hospitals were full, and soldiers were fumigating homes in Chulucanas and Paita. Health Minister César Vásquez said brigades from Arequipa and Cusco would be sent north.",
		gold: { LIMA: [-12.05, -77.04], Peru: [-9.2, -75.0], Piura: [-5.2, -80.4], Lambayeque: [-6.4, -79.8], 'La Libertad': [-8.0, -78.5], Ica: [-14.3, -75.5], Comas: [-11.94, -77.06], Carabayllo: [-11.87, -77.03], 'Puente Piedra': [-11.86, -77.07], 'San Juan de Lurigancho': [-12.0, -76.99], Lima: [-12.05, -77.04], 'Villa El Salvador': [-12.21, -76.94], Ate: [-12.03, -76.92], Huánuco: [-9.93, -76.24], 'Tingo María': [-9.3, -76.0], Sullana: [-4.9, -80.69], Castilla: [-5.2, -80.63], Chulucanas: [-5.09, -80.16], Paita: [-5.09, -81.11], Arequipa: [-16.4, -71.54], Cusco: [-13.53, -71.97] },
		notPlaces: ['César Vásquez', 'Vásquez']
	},
	{
		genre: 'health',
		text: "MANILA - The Department of Health has recorded 4,800 measles cases this year in Metro Manila and nearby provinces, with Tondo, Caloocan, Malabon and Navotas accounting for most of the 62 deaths. Health workers going door to door in Tondo's Baseco compound said many mothers had skipped shots during the pandemic. Outside the capital, cases are rising in Bulacan and Rizal, and in Calabarzon the town of Cainta has put up tents outside its hospital. In the Visayas, the outbreak has spread to Cebu City, Mandaue and Lapu-Lapu, where leaflets in Cebuano urge parents to bring children to clinics; in Iloilo, vaccinators speak Hiligaynon with families. Mindanao's Zamboanga City has reported 300 cases.",
		gold: { MANILA: [14.6, 120.98], 'Metro Manila': [14.6, 121.0], Tondo: [14.62, 120.97], Caloocan: [14.65, 120.97], Malabon: [14.66, 120.96], Navotas: [14.67, 120.94], Baseco: [14.59, 120.96], Bulacan: [14.9, 120.9], Rizal: [14.6, 121.3], Calabarzon: [14.1, 121.3], Cainta: [14.58, 121.12], Visayas: [11.0, 123.5], 'Cebu City': [10.32, 123.89], Mandaue: [10.33, 123.93], 'Lapu-Lapu': [10.31, 123.95], Iloilo: [10.7, 122.56], Mindanao: [7.5, 125.0], 'Zamboanga City': [6.91, 122.07] },
		notPlaces: ['Cebuano', 'Hiligaynon']
	},
	{
		genre: 'health',
		text: "LONDON - A child has died of measles at Alder Hey Children's Hospital in Liverpool, the first measles death in England since 2013, the UK Health Security Agency said on Monday. Liverpool, Manchester and Birmingham have the lowest vaccination rates of any English cities, and cases have also risen in Leeds and Bradford, where surgeries in Manningham and Little Horton are opening on Saturdays. In Greater Manchester, Oldham and Rochdale have recorded 140 cases since January. Wales has outbreaks in Newport and Cardiff. Dr Jenny Harries, who heads the agency, said uptake of the second dose in Hackney and Tower Hamlets was below 70 per cent, and a study by the Leeds team found that half of parents had never been offered a catch-up appointment.",
		gold: { LONDON: [51.51, -0.13], Liverpool: [53.41, -2.98], England: [52.5, -1.5], Manchester: [53.48, -2.24], Birmingham: [52.48, -1.9], Leeds: [53.8, -1.55], Bradford: [53.79, -1.75], Manningham: [53.81, -1.77], 'Little Horton': [53.78, -1.77], 'Greater Manchester': [53.5, -2.3], Oldham: [53.54, -2.12], Rochdale: [53.62, -2.16], Wales: [52.3, -3.7], Newport: [51.58, -3.0], Cardiff: [51.48, -3.18], Hackney: [51.55, -0.06], 'Tower Hamlets': [51.52, -0.03] },
		notPlaces: ['Jenny Harries', 'Harries', 'Alder Hey']
	},
	{
		genre: 'health',
		text: "GENEVA - The World Health Organization has recommended that flu vaccines for the southern hemisphere's next winter contain an A/Victoria/4897/2022-like H1N1 virus, an A/Croatia/10136RV/2023-like H3N2 virus and a B/Austria/1359417/2021-like virus, replacing the A/Thailand/8/2022 strain used this year. The advisers met in Melbourne, at the Peter Doherty Institute, which hosts one of the WHO's collaborating centres; the others are in London, Atlanta, Tokyo and Beijing. Australia's season peaked early, with Queensland and Western Australia hit hardest, and hospitals in Perth postponed surgery. CSL Seqirus will make the Australian doses at its plant in Parkville and the American ones in Holly Springs, North Carolina; Sanofi makes its vaccine at Val-de-Reuil in Normandy and a German maker in Dresden.",
		gold: { GENEVA: [46.2, 6.14], Melbourne: [-37.81, 144.96], London: [51.51, -0.13], Atlanta: [33.75, -84.39], Tokyo: [35.68, 139.69], Beijing: [39.9, 116.4], Australia: [-25.0, 134.0], Queensland: [-22.0, 144.0], 'Western Australia': [-26.0, 121.0], Perth: [-31.95, 115.86], Parkville: [-37.78, 144.95], 'Holly Springs': [35.65, -78.83], 'North Carolina': [35.5, -79.4], 'Val-de-Reuil': [49.27, 1.21], Normandy: [49.2, 0.3], Dresden: [51.05, 13.74] },
		notPlaces: ['Victoria', 'Croatia', 'Austria', 'Thailand', 'CSL Seqirus', 'Seqirus', 'Sanofi', 'Peter Doherty']
	},
	{
		genre: 'health',
		text: "MAPUTO - Cholera has killed 46 people in Mozambique since October, most of them in Nampula and Cabo Delgado provinces, the health ministry said. In Cabo Delgado, the provincial capital Pemba and the districts of Montepuez, Chiúre and Mecúfi have reported 1,900 cases, and Médecins Sans Frontières has opened a treatment centre in Mocímboa da Praia, where insurgents destroyed the water system. Nampula's Memba and Eráti districts have also seen deaths, and the port city of Nacala has rationed water. In Zambezia, Quelimane and Mocuba are on alert after floods. Health workers in Tete and in Niassa's capital, Lichinga, have been trained to give the oral vaccine.",
		gold: { MAPUTO: [-25.97, 32.57], Mozambique: [-18.7, 35.5], Nampula: [-15.0, 39.3], 'Cabo Delgado': [-12.3, 39.3], Pemba: [-12.97, 40.52], Montepuez: [-13.13, 39.0], Chiúre: [-13.43, 39.82], Mecúfi: [-13.28, 40.57], 'Mocímboa da Praia': [-11.35, 40.35], Memba: [-14.2, 40.5], Eráti: [-13.72, 39.83], Nacala: [-14.56, 40.69], Zambezia: [-17.0, 37.0], Quelimane: [-17.88, 36.89], Mocuba: [-16.84, 36.99], Tete: [-16.16, 33.59], Niassa: [-13.0, 36.0], Lichinga: [-13.31, 35.24] },
		notPlaces: ['Médecins Sans Frontières']
	},
	{
		genre: 'health',
		text: "GOMA - The clade Ib mpox strain first found in Kamituga, a gold-mining town in South Kivu, has spread to Uvira, Bukavu and the lakeside territory of Kalehe, health authorities said, and cases have been confirmed in Kinshasa's Limete and Masina communes. In North Kivu, the virus reached the displacement camps around Goma, Nyiragongo and Sake before M23 rebels took the city. Burundi has recorded 3,000 cases, most in Bujumbura, and Uganda's Kasese and Rwanda's Rubavu, across the border from Goma, are isolating travellers. Vaccines donated by Japan arrived in Kinshasa in October and are being given in Mwenga and Shabunda.",
		gold: { GOMA: [-1.68, 29.23], Kamituga: [-3.06, 28.18], 'South Kivu': [-3.0, 28.3], Uvira: [-3.4, 29.14], Bukavu: [-2.51, 28.86], Kalehe: [-2.1, 28.9], Kinshasa: [-4.32, 15.31], Limete: [-4.37, 15.34], Masina: [-4.38, 15.39], 'North Kivu': [-0.8, 29.0], Goma: [-1.68, 29.23], Nyiragongo: [-1.52, 29.25], Sake: [-1.57, 29.04], Burundi: [-3.4, 29.9], Bujumbura: [-3.38, 29.36], Uganda: [1.3, 32.3], Kasese: [0.18, 30.08], Rwanda: [-1.95, 29.9], Rubavu: [-1.68, 29.26], Japan: [36.0, 138.0], Mwenga: [-3.03, 28.43], Shabunda: [-2.7, 27.33] },
		notPlaces: ['M23']
	},
	{
		genre: 'health',
		text: "ADEN - Yemen's cholera epidemic has infected 250,000 people this year, the WHO said, with Hodeidah, Hajjah and Taiz governorates the hardest hit. In Aden, the Sheikh Othman and Dar Saad districts report most cases, and the old hospital in Crater has put beds in its courtyard. In the Houthi-held north, the health authority in Sanaa reported deaths in Amran and Dhamar, and in Ibb the main hospital turned patients away. Clinics in Zabid and Bajil, on the Tihama plain, have run out of rehydration salts. On the Hadramawt coast, Mukalla has had few cases, but Marib, where a million displaced people live in camps, reported 2,000 in a month.",
		gold: { ADEN: [12.78, 45.04], Yemen: [15.5, 47.5], Hodeidah: [14.8, 42.95], Hajjah: [16.1, 43.3], Taiz: [13.58, 44.02], Aden: [12.78, 45.04], 'Sheikh Othman': [12.87, 44.99], 'Dar Saad': [12.91, 44.99], Crater: [12.78, 45.03], Sanaa: [15.35, 44.2], Amran: [15.66, 43.94], Dhamar: [14.54, 44.4], Ibb: [13.97, 44.18], Zabid: [14.2, 43.32], Bajil: [15.06, 43.28], Tihama: [15.0, 43.2], Hadramawt: [16.0, 49.0], Mukalla: [14.54, 49.12], Marib: [15.46, 45.33] },
		notPlaces: ['Houthi']
	},
	{
		genre: 'health',
		text: "MEXICO CITY - Health authorities have found bacteria in the tap water of 40 neighbourhoods in the Benito Juárez borough, after residents complained of a smell of petrol and dozens were treated for stomach pains, Mayor Clara Brugada said. Water from the same wells also reaches parts of Álvaro Obregón and Miguel Hidalgo. In Iztapalapa and Tlalpan, where many homes get water only by truck, hepatitis A cases have doubled, and clinics in Xochimilco and Coyoacán are vaccinating children. Across the border of the capital, in the State of Mexico, Ecatepec and Nezahualcóyotl reported 600 cases of diarrhoea in a week, and Chalco has been flooded with sewage since July.",
		gold: { 'MEXICO CITY': [19.43, -99.13], 'Benito Juárez': [19.37, -99.16], 'Álvaro Obregón': [19.36, -99.2], 'Miguel Hidalgo': [19.43, -99.2], Iztapalapa: [19.36, -99.09], Tlalpan: [19.29, -99.17], Xochimilco: [19.26, -99.1], Coyoacán: [19.35, -99.16], 'State of Mexico': [19.35, -99.65], Ecatepec: [19.6, -99.05], Nezahualcóyotl: [19.4, -99.01], Chalco: [19.26, -98.9] },
		notPlaces: ['Clara Brugada', 'Brugada']
	},
	{
		genre: 'health',
		text: "PUNE - Maharashtra has reported 197 cases of Guillain-Barré syndrome, most of them in villages on Pune's southern edge, where tests found Campylobacter jejuni in a well that supplies Kirkatwadi, Dhayari and Khadakwasla. Eight patients have died, among them a man from Solapur who had visited relatives in Pune and a woman in Pimpri-Chinchwad. The municipal corporation has stopped private water tankers in Narhe, and samples are being tested at the National Institute of Virology. Cases have also appeared in Kolhapur, Satara and Nagpur, and neighbouring Telangana reported its first death, in Hyderabad. The state government said treatment at its hospitals in Pune and Mumbai would be free.",
		gold: { PUNE: [18.52, 73.86], Maharashtra: [19.5, 75.5], Pune: [18.52, 73.86], Kirkatwadi: [18.43, 73.77], Dhayari: [18.45, 73.8], Khadakwasla: [18.44, 73.77], Solapur: [17.68, 75.9], 'Pimpri-Chinchwad': [18.63, 73.8], Narhe: [18.45, 73.82], Kolhapur: [16.7, 74.24], Satara: [17.68, 74.0], Nagpur: [21.15, 79.09], Telangana: [17.8, 79.0], Hyderabad: [17.39, 78.49], Mumbai: [19.08, 72.88] },
		notPlaces: ['Guillain-Barré', 'Campylobacter']
	},
	{
		genre: 'international',
		text: "ATHENS - Wildfires fanned by gale-force winds forced the evacuation of 3,000 tourists from hotels on Chios and Rhodes on Tuesday, and firefighters were battling blazes on Evia and near the town of Kos, Greece's fire service said. The Greek Islands have had their driest spring in 50 years. On Naxos and the Lesser Cyclades, ferries were halted, stranding visitors on Koufonisia and Schinoussa, and a fire near Apeiranthos burned olive groves. In Attica, homes were lost in Varnavas and Marathon, and a firefighting plane from Elefsina came down off Kythira. The tourism minister admitted that many visitors had had bad experiences in Athens this summer, but said bookings were holding up.",
		gold: { ATHENS: [37.98, 23.73], Chios: [38.37, 26.14], Rhodes: [36.43, 28.22], Evia: [38.5, 23.9], Kos: [36.89, 27.29], Greece: [39.0, 22.0], 'Greek Islands': [37.5, 25.5], Naxos: [37.1, 25.38], 'Lesser Cyclades': [36.93, 25.6], Koufonisia: [36.93, 25.6], Schinoussa: [36.87, 25.52], Apeiranthos: [37.07, 25.52], Attica: [38.0, 23.8], Varnavas: [38.22, 23.92], Marathon: [38.15, 23.96], Elefsina: [38.04, 23.54], Kythira: [36.25, 23.0], Athens: [37.98, 23.73] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DARWIN - The Northern Territory government has imposed a curfew on young people in Tennant Creek after a spate of break-ins, Chief Minister Lia Finocchiaro said on Thursday, and extended alcohol restrictions to Katherine and Palmerston. Police reinforcements were flown in from Darwin and Alice Springs, and the federal government will pay for youth workers in Ali Curung, Elliott and Borroloola. The Barkly's mayor said the highway through Tennant Creek had become unsafe at night. Elders from Yuendumu and Wadeye travelled to Canberra to ask for a treatment centre, and a Queensland police unit from Mount Isa will patrol the border town of Camooweal.",
		gold: { DARWIN: [-12.46, 130.84], 'Northern Territory': [-19.5, 133.5], 'Tennant Creek': [-19.65, 134.19], Katherine: [-14.47, 132.26], Palmerston: [-12.49, 130.98], Darwin: [-12.46, 130.84], 'Alice Springs': [-23.7, 133.88], 'Ali Curung': [-21.0, 134.33], Elliott: [-17.55, 133.54], Borroloola: [-16.07, 136.31], Barkly: [-19.0, 135.0], Yuendumu: [-22.25, 131.8], Wadeye: [-14.24, 129.52], Canberra: [-35.28, 149.13], Queensland: [-22.0, 144.0], 'Mount Isa': [-20.73, 139.49], Camooweal: [-19.92, 138.12] },
		notPlaces: ['Lia Finocchiaro', 'Finocchiaro']
	},
	{
		genre: 'international',
		text: "HÀ NỘI - Floods and landslides have killed 90 people in central Việt Nam, the disaster agency said, after record rain fell on Huế, Đà Nẵng and Quảng Ngãi. In Hội An, the old town stood under two metres of water, and in Quảng Trị soldiers evacuated 20,000 people by boat. Rescuers in Khánh Hòa reached villages cut off west of Nha Trang, and a landslide buried a bus on the pass between Đắk Lắk and the coast; the injured were taken to Buôn Ma Thuột. In Bình Định, the port of Quy Nhơn was closed. Exporters in Hồ Chí Minh City said coffee from the Central Highlands, where Gia Lai and Lâm Đồng were also flooded, would be weeks late.",
		gold: { 'HÀ NỘI': [21.03, 105.85], 'Việt Nam': [16.0, 106.0], Huế: [16.46, 107.59], 'Đà Nẵng': [16.07, 108.22], 'Quảng Ngãi': [15.12, 108.8], 'Hội An': [15.88, 108.33], 'Quảng Trị': [16.75, 107.19], 'Khánh Hòa': [12.25, 109.05], 'Nha Trang': [12.24, 109.19], 'Đắk Lắk': [12.7, 108.2], 'Buôn Ma Thuột': [12.67, 108.04], 'Bình Định': [14.1, 108.9], 'Quy Nhơn': [13.77, 109.22], 'Hồ Chí Minh City': [10.78, 106.7], 'Central Highlands': [13.0, 108.0], 'Gia Lai': [13.8, 108.1], 'Lâm Đồng': [11.6, 108.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "STANLEY, Falkland Islands - A cruise ship carrying 400 passengers was held in Stanley's harbour for three days after 90 people fell ill with norovirus on the voyage from Ushuaia, the islands' government said. Passengers were barred from visiting Goose Green and Port Howard, and the sickest were taken to the hospital in Stanley by helicopter from the base at Mount Pleasant. The ship had earlier called at Grytviken, on South Georgia, and at Puerto Madryn in Argentina. Its next ports, Montevideo and Punta Arenas, have asked for every passenger to be tested, and the operator's office in Southampton said the rest of the season would go ahead.",
		gold: { STANLEY: [-51.69, -57.86], 'Falkland Islands': [-51.8, -59.5], Stanley: [-51.69, -57.86], Ushuaia: [-54.8, -68.3], 'Goose Green': [-51.83, -58.97], 'Port Howard': [-51.62, -59.52], 'Mount Pleasant': [-51.82, -58.45], Grytviken: [-54.28, -36.51], 'South Georgia': [-54.4, -36.6], 'Puerto Madryn': [-42.77, -65.04], Argentina: [-34.0, -64.0], Montevideo: [-34.9, -56.19], 'Punta Arenas': [-53.16, -70.91], Southampton: [50.9, -1.4] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PALMA - Tens of thousands marched through Palma on Sunday against the tourist flats that residents say have priced them out of Mallorca, the biggest protest the island has seen. Marchers came by bus from Sóller, Deià and Manacor, and in Alcúdia and Pollença activists handed out leaflets on the beaches. The regional government has banned new holiday rentals in Palma and Calvià, the municipality that includes Magaluf. On Ibiza, where rents in Sant Antoni have doubled in five years, teachers and nurses live in caravans. Menorca's capital, Maó, joined the protest for the first time. The Balearic Islands received 18 million visitors last year, more than Barcelona and Málaga together, and unions in Santa Cruz de Tenerife have called a march for next month.",
		gold: { PALMA: [39.57, 2.65], Palma: [39.57, 2.65], Mallorca: [39.6, 2.95], Sóller: [39.77, 2.71], Deià: [39.75, 2.65], Manacor: [39.57, 3.21], Alcúdia: [39.85, 3.12], Pollença: [39.88, 3.01], Calvià: [39.57, 2.51], Magaluf: [39.51, 2.53], Ibiza: [38.98, 1.43], 'Sant Antoni': [38.98, 1.3], Menorca: [39.95, 4.05], Maó: [39.89, 4.26], 'Balearic Islands': [39.5, 3.0], Barcelona: [41.39, 2.17], Málaga: [36.72, -4.42], 'Santa Cruz de Tenerife': [28.47, -16.25] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "GENOA, Italy - Dockworkers in Genoa refused on Friday to load containers of military equipment bound for Haifa, and their union said it would block the terminals in Sampierdarena and Cornigliano for 24 hours. Port workers in La Spezia, Savona and Vado Ligure joined the strike, which the union called in support of Gaza, and crews in Livorno, Ravenna and Trieste said they would stop work on Monday. The shipping line, which has offices in Genoa and Marseille, said the cargo would be moved through Piraeus instead. Liguria's regional president called the strike illegal, and Italy's transport minister said the government would not let Israel's ships be turned away.",
		gold: { GENOA: [44.41, 8.93], Italy: [42.8, 12.8], Genoa: [44.41, 8.93], Haifa: [32.8, 34.99], Sampierdarena: [44.41, 8.89], Cornigliano: [44.42, 8.87], 'La Spezia': [44.1, 9.82], Savona: [44.31, 8.48], 'Vado Ligure': [44.27, 8.44], Gaza: [31.5, 34.45], Livorno: [43.55, 10.31], Ravenna: [44.42, 12.2], Trieste: [45.65, 13.77], Marseille: [43.3, 5.37], Piraeus: [37.94, 23.65], Liguria: [44.3, 8.7], Israel: [31.5, 34.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LA PAZ, Bolivia - Supporters of former president Evo Morales kept up road blockades for a third week on Monday, cutting the highway between Cochabamba and Santa Cruz at Parotani and at Yapacaní, the government said. Queues for fuel stretched for kilometres in El Alto, Oruro and Potosí, and flights from Sucre were suspended. Morales has not left Villa Tunari, in the coca-growing Chapare, since a warrant was issued for his arrest. President Rodrigo Paz said he would not negotiate while the roads were closed, and farmers in Tarija and in Trinidad, the capital of Beni, said cattle were dying in trucks stuck at the barricades.",
		gold: { 'LA PAZ': [-16.5, -68.15], Bolivia: [-17.0, -65.0], Cochabamba: [-17.39, -66.16], 'Santa Cruz': [-17.78, -63.18], Parotani: [-17.57, -66.34], Yapacaní: [-17.4, -63.83], 'El Alto': [-16.5, -68.19], Oruro: [-17.97, -67.11], Potosí: [-19.58, -65.75], Sucre: [-19.04, -65.26], 'Villa Tunari': [-16.97, -65.42], Chapare: [-16.8, -65.5], Tarija: [-21.53, -64.73], Trinidad: [-14.83, -64.9], Beni: [-14.0, -65.5] },
		notPlaces: ['Evo Morales', 'Morales', 'Rodrigo Paz', 'Paz']
	},
	{
		genre: 'international',
		text: "TACLOBAN - A magnitude 6.9 earthquake struck off the coast of Leyte on Wednesday night, killing 31 people and bringing down churches in Palo and Tanauan, the disaster agency said. Most of the dead were in Dulag and Abuyog, where a school collapsed, and in Ormoc, on the western coast, a landslide buried six houses. Residents who speak Waray slept in the streets of Tacloban, many of them survivors of Typhoon Yolanda. In Samar, Guiuan and Borongan reported cracked bridges, and the airport at Catbalogan was closed. The tremor was felt in Bohol, where the old church of Tagbilaran was damaged, and as far as Manila.",
		gold: { TACLOBAN: [11.24, 125.0], Leyte: [10.9, 124.85], Palo: [11.16, 124.99], Tanauan: [11.11, 125.02], Dulag: [10.95, 125.03], Abuyog: [10.75, 125.01], Ormoc: [11.01, 124.61], Tacloban: [11.24, 125.0], Samar: [12.0, 125.0], Guiuan: [11.03, 125.72], Borongan: [11.61, 125.43], Catbalogan: [11.78, 124.88], Bohol: [9.85, 124.15], Tagbilaran: [9.65, 123.85], Manila: [14.6, 120.98] },
		notPlaces: ['Waray', 'Yolanda', 'Typhoon Yolanda']
	},
	{
		genre: 'international',
		text: "MARRAKESH - Two years after the earthquake that killed nearly 3,000 people in the High Atlas, families in Amizmiz, Talat N'Yaaqoub and Ighil are still living in tents, aid groups said on Monday. Of the 50,000 homes destroyed in Al Haouz, Taroudant and Chichaoua provinces, fewer than half have been rebuilt. In Moulay Brahim and Asni, the government's grants of 140,000 dirhams were spent on concrete that cracked in the first winter, and guides in Imlil say trekkers have returned but the road is still unsafe. Morocco's interior ministry said reconstruction would be finished before the World Cup, when games will be played in Rabat, Marrakesh and Agadir; a new dam near Ouarzazate is due to open next year.",
		gold: { MARRAKESH: [31.63, -8.0], 'High Atlas': [31.2, -7.5], Amizmiz: [31.22, -8.24], "Talat N'Yaaqoub": [30.99, -8.18], Ighil: [31.06, -8.43], 'Al Haouz': [31.3, -7.9], Taroudant: [30.47, -8.88], Chichaoua: [31.54, -8.76], 'Moulay Brahim': [31.29, -7.97], Asni: [31.25, -7.98], Imlil: [31.14, -7.92], Morocco: [31.8, -7.1], Rabat: [34.02, -6.84], Marrakesh: [31.63, -8.0], Agadir: [30.42, -9.6], Ouarzazate: [30.92, -6.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DALLAS - Tornadoes tore across north Texas and south-eastern Oklahoma overnight, killing nine people, emergency officials said on Sunday. In Lamar County, a twister destroyed 60 homes on the north side of Paris, the county seat, and tore the roof off a nursing home; two residents died. Further east, in Red River County, Clarksville and Detroit lost power, and a church was flattened near Honey Grove. Across the river, Hugo and Idabel were hit by hail the size of baseballs, and a man was killed when a tree fell on his truck outside Broken Bow. Power was out for 40,000 customers across Texas, Oklahoma and Arkansas, and in Paris crews worked through the night. Forecasters warned of more storms for Texarkana and De Queen on Monday.",
		gold: { DALLAS: [32.78, -96.8], Texas: [31.0, -99.0], Oklahoma: [35.5, -97.5], 'Lamar County': [33.67, -95.57], Paris: [33.66, -95.56], 'Red River County': [33.62, -95.05], Clarksville: [33.61, -95.05], Detroit: [33.66, -95.27], 'Honey Grove': [33.58, -95.91], Hugo: [34.01, -95.51], Idabel: [33.9, -94.83], 'Broken Bow': [34.03, -94.74], Arkansas: [34.8, -92.2], Texarkana: [33.43, -94.05], 'De Queen': [34.04, -94.34] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S55_B: GenreText[] = [
	{
		genre: 'health',
		text: "JAKARTA - Dengue cases in Jakarta have doubled from last year, the city health office said, with North Jakarta's Penjaringan, Cilincing and Tanjung Priok and East Jakarta's Cakung and Duren Sawit reporting the most. Hospitals in Kampung Melayu, where the Ciliwung river floods every rainy season, have put patients in corridors. In the satellite cities of Bekasi, Depok and Tangerang, schools have held fogging days, and Bogor has recorded 11 deaths. The health ministry said mosquitoes carrying Wolbachia, released in Yogyakarta and Semarang, had cut cases there by 77 per cent, and that the programme would be extended to Bandung, West Java's capital, and to Denpasar in Bali.",
		gold: { JAKARTA: [-6.2, 106.85], Jakarta: [-6.2, 106.85], 'North Jakarta': [-6.14, 106.88], Penjaringan: [-6.12, 106.78], Cilincing: [-6.12, 106.94], 'Tanjung Priok': [-6.11, 106.88], 'East Jakarta': [-6.23, 106.9], Cakung: [-6.18, 106.94], 'Duren Sawit': [-6.23, 106.92], 'Kampung Melayu': [-6.22, 106.86], Bekasi: [-6.24, 106.99], Depok: [-6.4, 106.82], Tangerang: [-6.18, 106.63], Bogor: [-6.6, 106.8], Yogyakarta: [-7.8, 110.36], Semarang: [-6.97, 110.42], Bandung: [-6.91, 107.61], 'West Java': [-6.9, 107.6], Denpasar: [-8.65, 115.22], Bali: [-8.4, 115.2] },
		notPlaces: ['Wolbachia']
	},
	{
		genre: 'health',
		text: "KOLKATA - West Bengal has recorded 48,000 dengue cases this year, and Kolkata's civic body said the worst-hit wards were in Garden Reach, Tiljala and Behala, where construction sites were found full of larvae. In Salt Lake and New Town, residents of housing estates complained that drains had not been cleared since the monsoon. Howrah, across the river, has reported 14 deaths, and the municipalities of Dum Dum and Baranagar have hired extra sprayers. Outside the city, North 24 Parganas and Hooghly have the most cases, while Murshidabad and Siliguri, in the north, reported a rise after floods. A team from the National Centre for Vector Borne Diseases Control flew in from Delhi on Friday.",
		gold: { KOLKATA: [22.57, 88.36], 'West Bengal': [23.0, 87.9], Kolkata: [22.57, 88.36], 'Garden Reach': [22.54, 88.28], Tiljala: [22.53, 88.39], Behala: [22.5, 88.31], 'Salt Lake': [22.58, 88.41], 'New Town': [22.58, 88.47], Howrah: [22.59, 88.31], 'Dum Dum': [22.62, 88.42], Baranagar: [22.64, 88.37], 'North 24 Parganas': [22.6, 88.6], Hooghly: [22.9, 88.2], Murshidabad: [24.18, 88.27], Siliguri: [26.71, 88.43], Delhi: [28.61, 77.21] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "SÃO PAULO - Chikungunya cases in São Paulo state have passed 90,000, the health secretariat said, with the city's eastern and southern outskirts, Itaquera, Guaianases and Capão Redondo, and the northern district of Brasilândia reporting most of them. Guarulhos and Osasco have declared emergencies. In the Paraíba Valley, São José dos Campos, Taubaté and Jacareí are using drones to find standing water, and Pindamonhangaba has closed its public pools. Campinas, Ribeirão Preto and Sorocaba have also reported deaths. The Butantan Institute said its single-dose chikungunya vaccine, made with the Austrian firm Valneva, would be offered first to people over 60 in the worst-hit towns.",
		gold: { 'SÃO PAULO': [-23.55, -46.63], 'São Paulo': [-22.5, -48.5], Itaquera: [-23.54, -46.46], Guaianases: [-23.54, -46.41], 'Capão Redondo': [-23.67, -46.78], Brasilândia: [-23.47, -46.69], Guarulhos: [-23.46, -46.53], Osasco: [-23.53, -46.79], 'Paraíba Valley': [-23.0, -45.5], 'São José dos Campos': [-23.18, -45.88], Taubaté: [-23.03, -45.56], Jacareí: [-23.3, -45.97], Pindamonhangaba: [-22.92, -45.46], Campinas: [-22.91, -47.06], 'Ribeirão Preto': [-21.18, -47.81], Sorocaba: [-23.5, -47.46] },
		notPlaces: ['Butantan', 'Valneva']
	},
	{
		genre: 'health',
		text: "KAMPALA - Uganda has declared an outbreak of Sudan virus disease, a cousin of Ebola, after a nurse died at the national referral hospital, the health ministry said. The nurse had sought treatment from a traditional healer in Mbale and at a clinic in Kawempe, and 44 of her contacts in Kampala, Wakiso and Mukono are being followed. A second death was confirmed in Jinja. There is no licensed vaccine against the Sudan strain; the shots used against Zaire ebolavirus in Kasese and Ntoroko in 2019 do not protect against it, but a trial vaccine has been flown in. Kenya has set up screening at Busia, and hospitals in Gulu and Fort Portal have opened isolation units.",
		gold: { KAMPALA: [0.32, 32.58], Uganda: [1.3, 32.3], Mbale: [1.08, 34.18], Kawempe: [0.38, 32.56], Kampala: [0.32, 32.58], Wakiso: [0.4, 32.46], Mukono: [0.35, 32.75], Jinja: [0.43, 33.2], Kasese: [0.18, 30.08], Ntoroko: [1.05, 30.48], Kenya: [0.5, 38.0], Busia: [0.46, 34.09], Gulu: [2.77, 32.3], 'Fort Portal': [0.67, 30.27] },
		notPlaces: ['Sudan', 'Ebola', 'Zaire']
	},
	{
		genre: 'health',
		text: "DAR ES SALAAM - Tanzania has confirmed an outbreak of Marburg virus disease in the Kagera region, where eight people have died, most of them in Biharamulo district, the health ministry said. Contacts are being traced in Muleba and in Bukoba, the regional capital on Lake Victoria, and the border posts at Mutukula, with Uganda, and Rusumo, with Rwanda, are screening travellers. Health workers in Karagwe and Ngara are being given protective kit. Rwanda, which ended its own Marburg outbreak in December, sent a team from Kigali, and the WHO has shipped supplies from its hub in Nairobi. Officials in Mwanza and Dodoma said there were no suspected cases there.",
		gold: { 'DAR ES SALAAM': [-6.8, 39.28], Tanzania: [-6.4, 34.9], Kagera: [-1.8, 31.3], Biharamulo: [-2.63, 31.31], Muleba: [-1.84, 31.66], Bukoba: [-1.33, 31.81], Mutukula: [-1.0, 31.42], Uganda: [1.3, 32.3], Rusumo: [-2.38, 30.78], Rwanda: [-1.95, 29.9], Karagwe: [-1.55, 31.15], Ngara: [-2.51, 30.65], Kigali: [-1.95, 30.06], Nairobi: [-1.29, 36.82], Mwanza: [-2.52, 32.9], Dodoma: [-6.17, 35.74] },
		notPlaces: ['Marburg']
	},
	{
		genre: 'health',
		text: "PHNOM PENH - A 52-year-old man from Takeo province has died of H5N1 bird flu, Cambodia's seventh death this year, the health ministry said. He had cooked sick chickens from his village flock, and tests at the Institut Pasteur du Cambodge found the reassortant virus that has circulated in the country since 2023. Earlier cases were in Prey Veng, Svay Rieng and Siem Reap, and a child from Kampot is in intensive care in the capital. Veterinary teams have culled birds in Kampong Cham and Kratie, and Vietnam's An Giang and Đồng Tháp provinces, across the Mekong border, have banned poultry from Cambodia.",
		gold: { 'PHNOM PENH': [11.56, 104.92], Takeo: [10.99, 104.78], Cambodia: [12.5, 105.0], 'Prey Veng': [11.48, 105.32], 'Svay Rieng': [11.09, 105.8], 'Siem Reap': [13.36, 103.86], Kampot: [10.61, 104.18], 'Kampong Cham': [12.0, 105.46], Kratie: [12.49, 106.02], Vietnam: [16.0, 106.0], 'An Giang': [10.5, 105.2], 'Đồng Tháp': [10.6, 105.6] },
		notPlaces: ['Institut Pasteur du Cambodge', 'Pasteur']
	},
	{
		genre: 'health',
		text: "NEWCASTLE - Two babies have died of whooping cough in the North East since the spring, and the number of cases across Newcastle, Gateshead and Sunderland is the highest for 12 years, public health officials said. Cases in County Durham have trebled, with clusters at nurseries in Stanley, Consett and Peterlee, and GP practices in Washington and Hartlepool have started evening clinics for pregnant women. The Newcastle Hospitals trust said its children's wards were full. Outbreaks of Newcastle disease in poultry near Darlington and Bishop Auckland are not connected, the agency said. Vaccination rates in Middlesbrough are the lowest in the region, and Durham's director of public health called them a warning.",
		gold: { NEWCASTLE: [54.98, -1.61], Newcastle: [54.98, -1.61], Gateshead: [54.95, -1.6], Sunderland: [54.91, -1.38], 'County Durham': [54.7, -1.8], Stanley: [54.87, -1.7], Consett: [54.85, -1.83], Peterlee: [54.76, -1.34], Washington: [54.9, -1.52], Hartlepool: [54.69, -1.21], Darlington: [54.52, -1.55], 'Bishop Auckland': [54.66, -1.68], Middlesbrough: [54.57, -1.23], Durham: [54.78, -1.57] },
		notPlaces: ['Newcastle disease', 'Newcastle Hospitals']
	},
	{
		genre: 'health',
		text: "BUENOS AIRES - Argentina has recorded 250,000 dengue cases this season, and the province of Buenos Aires said La Matanza, Quilmes and Lanús had the most, followed by Florencio Varela, Merlo and Moreno in the western suburbs. Morón and Tigre have opened fever clinics in school gyms, and San Isidro is spraying at night. Health Minister Mario Lugones said the north was worse: Tucumán, Salta and Santiago del Estero have declared emergencies, and hospitals in Posadas, in Misiones, and in Resistencia, the capital of Chaco, have run out of beds. Córdoba has started offering the Japanese-made vaccine to teenagers.",
		gold: { 'BUENOS AIRES': [-34.6, -58.38], Argentina: [-34.0, -64.0], 'Buenos Aires': [-36.5, -60.0], 'La Matanza': [-34.77, -58.63], Quilmes: [-34.72, -58.25], Lanús: [-34.7, -58.39], 'Florencio Varela': [-34.8, -58.28], Merlo: [-34.66, -58.73], Moreno: [-34.65, -58.79], Morón: [-34.65, -58.62], Tigre: [-34.43, -58.58], 'San Isidro': [-34.47, -58.53], Tucumán: [-26.8, -65.2], Salta: [-24.8, -65.4], 'Santiago del Estero': [-27.8, -64.26], Posadas: [-27.37, -55.9], Misiones: [-27.0, -54.7], Resistencia: [-27.45, -58.99], Chaco: [-26.4, -60.8], Córdoba: [-31.42, -64.18] },
		notPlaces: ['Mario Lugones', 'Lugones']
	},
	{
		genre: 'health',
		text: "FREETOWN - Sierra Leone has declared a public health emergency after mpox cases rose to 3,000, most of them in the capital's eastern neighbourhoods of Kissy and Wellington and in the crowded wharf settlements of Kroo Bay. Treatment centres have opened in Lumley and at the government hospital in Hastings, and vaccinators are visiting markets in Waterloo and Calaba Town. Outside the Western Area, cases have been confirmed in Bo, Kenema, Makeni and Port Loko, and travellers at Lungi airport are being screened. Guinea has reported cases in Conakry, and Liberia's health ministry in Monrovia said it had asked for vaccines.",
		gold: { FREETOWN: [8.48, -13.23], 'Sierra Leone': [8.5, -11.8], Kissy: [8.47, -13.19], Wellington: [8.43, -13.15], 'Kroo Bay': [8.49, -13.24], Lumley: [8.46, -13.27], Hastings: [8.38, -13.13], Waterloo: [8.34, -13.07], 'Calaba Town': [8.42, -13.14], 'Western Area': [8.4, -13.1], Bo: [7.96, -11.74], Kenema: [7.88, -11.19], Makeni: [8.89, -12.04], 'Port Loko': [8.77, -12.79], Lungi: [8.62, -13.2], Guinea: [10.4, -10.9], Conakry: [9.54, -13.68], Liberia: [6.5, -9.5], Monrovia: [6.3, -10.8] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PESHAWAR - Khyber Pakhtunkhwa has reported 18 of Pakistan's polio cases this year, most in the southern districts of Bannu, Lakki Marwat, Tank and Dera Ismail Khan, where militants have attacked vaccination teams, the provincial health department said. Two policemen guarding vaccinators were shot dead in North Waziristan's Miranshah last month. Sewage samples from Peshawar, Charsadda, Mardan and Swabi have also tested positive. In the Khyber district, the campaign was suspended in Bara after a roadside bomb. Officials said the virus moves with families travelling between Peshawar and Afghanistan's Nangarhar and Kandahar, and the two countries will hold synchronised campaigns next month.",
		gold: { PESHAWAR: [34.01, 71.58], 'Khyber Pakhtunkhwa': [34.5, 72.0], Pakistan: [30.0, 70.0], Bannu: [32.99, 70.6], 'Lakki Marwat': [32.61, 70.91], Tank: [32.22, 70.38], 'Dera Ismail Khan': [31.83, 70.9], 'North Waziristan': [32.95, 70.1], Miranshah: [33.0, 70.07], Peshawar: [34.01, 71.58], Charsadda: [34.15, 71.73], Mardan: [34.2, 72.04], Swabi: [34.12, 72.47], Khyber: [34.0, 71.2], Bara: [33.91, 71.46], Afghanistan: [33.9, 67.7], Nangarhar: [34.2, 70.5], Kandahar: [31.61, 65.71] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SPLIT, Croatia - Ferries to the Dalmatian Islands were cancelled for a second day on Sunday as a bura wind of 150 km/h swept the coast, stranding thousands of visitors on Hvar, Brač and Korčula. Catamarans from Split to Vis and Šolta stayed in port, and the coast road between Makarska and Trogir was closed after a truck overturned. In Dubrovnik, two cruise ships could not berth. Further north, Zadar and Šibenik recorded their strongest gusts since 2012, and sailors sheltered in the bays of the Kornati islands and off Pag. The Adriatic highway through Rijeka reopened in the evening. Hajduk Split's home game was postponed.",
		gold: { SPLIT: [43.51, 16.44], Croatia: [45.1, 15.2], 'Dalmatian Islands': [43.3, 16.5], Hvar: [43.17, 16.44], Brač: [43.32, 16.65], Korčula: [42.96, 16.9], Split: [43.51, 16.44], Vis: [43.06, 16.18], Šolta: [43.38, 16.28], Makarska: [43.3, 17.02], Trogir: [43.52, 16.25], Dubrovnik: [42.65, 18.09], Zadar: [44.12, 15.23], Šibenik: [43.73, 15.9], Kornati: [43.8, 15.3], Pag: [44.45, 15.05], Rijeka: [45.33, 14.44] },
		notPlaces: ['Hajduk Split']
	},
	{
		genre: 'international',
		text: "BRUSSELS - Belgian police arrested 14 people in raids in Bruges, Ghent and Antwerp on Tuesday, accusing them of smuggling cocaine through the container port of Zeebrugge, prosecutors said. The gang hid the drug in bananas shipped from Ecuador and moved it by van to Ostend and Kortrijk, and on to the Netherlands. Two customs officers from Knokke-Heist were among those held. The port's chief said scanners at Zeebrugge and Antwerp checked fewer than one container in a hundred. Separately, a court in Leuven convicted a fan of Club Brugge for a stabbing in Mechelen, and the mayor of Bruges banned drinking in the streets around the market before the match with Liège's Standard.",
		gold: { BRUSSELS: [50.85, 4.35], Bruges: [51.21, 3.22], Ghent: [51.05, 3.72], Antwerp: [51.22, 4.4], Zeebrugge: [51.33, 3.2], Ecuador: [-1.5, -78.0], Ostend: [51.23, 2.92], Kortrijk: [50.83, 3.26], Netherlands: [52.2, 5.5], 'Knokke-Heist': [51.35, 3.27], Leuven: [50.88, 4.7], Mechelen: [51.03, 4.48], Liège: [50.63, 5.57] },
		notPlaces: ['Club Brugge', 'Brugge', 'Standard']
	},
	{
		genre: 'international',
		text: "CAN THO, Vietnam - Salt water has pushed 90 kilometres up the Mekong's branches, the worst intrusion since 2020, and farmers in Ben Tre, Tra Vinh and Soc Trang have lost their rice crops, provincial officials said. In Ca Mau and Bac Lieu, shrimp ponds have been drained, and Kien Giang has declared an emergency after wells on the Phu Quoc road turned brackish. Long An and Tien Giang are trucking fresh water to 40,000 households. Upstream, An Giang and Dong Thap have held back water in canals. Exporters in Ho Chi Minh City said the rice harvest would fall by a tenth, and officials blamed dams in Laos and China and a dry season that began early in Cambodia's Kratie.",
		gold: { 'CAN THO': [10.03, 105.78], Vietnam: [16.0, 106.0], 'Ben Tre': [10.24, 106.38], 'Tra Vinh': [9.93, 106.34], 'Soc Trang': [9.6, 105.97], 'Ca Mau': [9.18, 105.15], 'Bac Lieu': [9.29, 105.72], 'Kien Giang': [10.0, 105.1], 'Long An': [10.7, 106.2], 'Tien Giang': [10.4, 106.3], 'An Giang': [10.5, 105.2], 'Dong Thap': [10.6, 105.6], 'Phu Quoc': [10.22, 103.96], 'Ho Chi Minh City': [10.78, 106.7], Laos: [18.0, 103.0], China: [35.0, 103.0], Cambodia: [12.5, 105.0], Kratie: [12.49, 106.02] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "HONG KONG - Typhoon Ragasa brought the city to a halt on Wednesday as the Observatory raised its highest signal for ten hours, uprooting trees in Stanley and Aberdeen and flooding the seafront at Sai Kung. Waves smashed windows at a hotel in Tuen Mun, and residents of Tai Po and Sha Tin were told to stay indoors. On Lantau, villagers in Tai O were evacuated by boat. Flights from Chek Lap Kok were cancelled, and ferries to Macau did not sail. In Sham Shui Po and Mong Kok, shops that had stayed open were flooded. Across the border, Shenzhen moved 400,000 people from low-lying districts, and Zhuhai closed its bridge.",
		gold: { 'HONG KONG': [22.3, 114.17], Stanley: [22.22, 114.21], Aberdeen: [22.25, 114.15], 'Sai Kung': [22.38, 114.27], 'Tuen Mun': [22.39, 113.97], 'Tai Po': [22.45, 114.17], 'Sha Tin': [22.38, 114.19], Lantau: [22.26, 113.95], 'Tai O': [22.25, 113.86], 'Chek Lap Kok': [22.31, 113.92], Macau: [22.2, 113.55], 'Sham Shui Po': [22.33, 114.16], 'Mong Kok': [22.32, 114.17], Shenzhen: [22.54, 114.06], Zhuhai: [22.27, 113.58] },
		notPlaces: ['Ragasa', 'Typhoon Ragasa']
	},
	{
		genre: 'international',
		text: "LUSAKA - Tens of thousands filled Lusaka's Heroes stadium on Saturday for the funeral of former president Edgar Lungu, after a court ruled that his body should be brought home from South Africa. Mourners came by bus from the Copperbelt towns of Kitwe, Ndola and Chingola, and from Kabwe, and his widow thanked supporters in Chipata and Kasama. President Hakainde Hichilema, who did not attend, said in Livingstone that the state would pay for the burial. Miners at Mopani's shafts in Mufulira stopped work for an hour. In Mongu and Mansa, the opposition held vigils, and police in Solwezi broke up a march.",
		gold: { LUSAKA: [-15.42, 28.28], Lusaka: [-15.42, 28.28], 'South Africa': [-29.0, 24.0], Copperbelt: [-12.8, 28.2], Kitwe: [-12.8, 28.21], Ndola: [-12.96, 28.64], Chingola: [-12.53, 27.85], Kabwe: [-14.44, 28.45], Chipata: [-13.63, 32.65], Kasama: [-10.21, 31.18], Livingstone: [-17.85, 25.86], Mufulira: [-12.55, 28.24], Mongu: [-15.25, 23.13], Mansa: [-11.2, 28.89], Solwezi: [-12.17, 26.39] },
		notPlaces: ['Edgar Lungu', 'Lungu', 'Hakainde Hichilema', 'Hichilema', 'Mopani']
	},
	{
		genre: 'international',
		text: "PORT OF SPAIN - Trinidad and Tobago declared a state of emergency on Friday after 14 murders in a week, most of them in Laventille and Morvant, east of the capital, Prime Minister Kamla Persad-Bissessar said. Soldiers will patrol with police in San Fernando, Chaguanas and Arima, and checkpoints have been set up on the roads to Couva and Point Fortin. Police said guns were smuggled in boats from Venezuela's Güiria to the south-western coast near Cedros. In Diego Martin and Sangre Grande, schools closed early. On Tobago, where two tourists were robbed near Scarborough, the assembly asked for its own officers.",
		gold: { 'PORT OF SPAIN': [10.66, -61.51], 'Trinidad and Tobago': [10.7, -61.2], Laventille: [10.65, -61.49], Morvant: [10.65, -61.47], 'San Fernando': [10.28, -61.47], Chaguanas: [10.52, -61.41], Arima: [10.64, -61.28], Couva: [10.42, -61.43], 'Point Fortin': [10.17, -61.68], Venezuela: [7.0, -66.0], Güiria: [10.58, -62.3], Cedros: [10.1, -61.85], 'Diego Martin': [10.72, -61.57], 'Sangre Grande': [10.59, -61.13], Tobago: [11.25, -60.67], Scarborough: [11.18, -60.74] },
		notPlaces: ['Kamla Persad-Bissessar', 'Persad-Bissessar']
	},
	{
		genre: 'international',
		text: "GEORGETOWN, Guyana - President Irfaan Ali was sworn in for a second term on Thursday after his party won 36 of the 65 seats, carrying the sugar belt of Berbice and the coastal villages east of the capital. The opposition held Linden, the bauxite town on the Demerara river, and did well in Georgetown itself. Observers reported calm voting in New Amsterdam, Anna Regina and Bartica, and in Lethem, on the border with Brazil, where voters crossed from Bonfim to cast ballots. Ali promised to defend Essequibo against Venezuela's claim and said oil money would pay for a new bridge at Rosignol.",
		gold: { GEORGETOWN: [6.8, -58.16], Guyana: [5.0, -58.9], Berbice: [6.0, -57.5], Linden: [6.0, -58.3], Georgetown: [6.8, -58.16], 'New Amsterdam': [6.25, -57.52], 'Anna Regina': [7.26, -58.5], Bartica: [6.4, -58.62], Lethem: [3.38, -59.79], Brazil: [-10.0, -52.0], Bonfim: [3.36, -59.83], Essequibo: [6.0, -59.5], Venezuela: [7.0, -66.0], Rosignol: [6.28, -57.53] },
		notPlaces: ['Irfaan Ali', 'Ali']
	},
	{
		genre: 'international',
		text: "MANDALAY - Six months after the earthquake that killed 3,800 people in central Myanmar, much of Sagaing is still in ruins, and the military has barred aid groups from villages held by resistance forces, the UN said. In Mandalay, monasteries and the old royal palace walls remain cracked, and in Naypyitaw civil servants work from tents. Meiktila, Kyaukse and Pyinmana have rebuilt their markets, but Shwebo and Monywa report shortages of cement. Aid flown into Yangon is held at the port for weeks. Across the border, Thailand finished its inquiry into the tower that collapsed in Bangkok, and Chiang Mai's hospitals have discharged the last of the injured.",
		gold: { MANDALAY: [21.97, 96.08], Myanmar: [21.0, 96.0], Sagaing: [21.88, 95.98], Mandalay: [21.97, 96.08], Naypyitaw: [19.75, 96.13], Meiktila: [20.88, 95.86], Kyaukse: [21.6, 96.13], Pyinmana: [19.74, 96.21], Shwebo: [22.57, 95.7], Monywa: [22.11, 95.14], Yangon: [16.87, 96.2], Thailand: [15.0, 101.0], Bangkok: [13.75, 100.5], 'Chiang Mai': [18.79, 98.98] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BAMAKO - An al-Qaeda-linked group has blockaded fuel trucks on the roads into Bamako for two months, and schools in the capital closed on Monday, Mali's junta said. Convoys from Kayes and from the Senegalese port of Dakar have been attacked near Nioro du Sahel, and trucks from Sikasso and the Ivorian border wait for army escorts. In the centre, Ségou and Mopti are short of fuel, and the mosque city of Djenné has had no electricity for a week. The north is cut off: Timbuktu, Gao and Kidal depend on flights, and in Ménaka the Islamic State group controls the roads. Niger's Niamey and Burkina Faso's Ouagadougou, run by allied juntas, have sent tankers.",
		gold: { BAMAKO: [12.64, -8.0], Bamako: [12.64, -8.0], Mali: [17.0, -4.0], Kayes: [14.45, -11.44], Dakar: [14.69, -17.45], 'Nioro du Sahel': [15.23, -9.59], Sikasso: [11.32, -5.67], Ségou: [13.43, -6.26], Mopti: [14.49, -4.18], Djenné: [13.91, -4.55], Timbuktu: [16.77, -3.0], Gao: [16.27, -0.04], Kidal: [18.44, 1.41], Ménaka: [15.92, 2.4], Niger: [17.6, 8.1], Niamey: [13.51, 2.11], 'Burkina Faso': [12.3, -1.7], Ouagadougou: [12.37, -1.52] },
		notPlaces: ['Islamic State']
	},
	{
		genre: 'international',
		text: "ST. JOHN'S - Wildfires forced the evacuation of 2,000 people from Kingston, Paradise and Conception Bay South on Newfoundland's Avalon Peninsula on Monday, the province said, as flames jumped the highway near Holyrood. Crews from Whitbourne and Gander were sent in, and water bombers flew from Grand Falls-Windsor. A second fire near Botwood destroyed cabins, and the town of Corner Brook opened its stadium to evacuees. Premier Tony Wakeham said Labrador City had sent firefighters, and Nova Scotia offered two planes from Halifax.",
		gold: { "ST. JOHN'S": [47.56, -52.71], Kingston: [47.6, -53.23], Paradise: [47.53, -52.87], 'Conception Bay South': [47.5, -52.98], Newfoundland: [48.5, -56.0], 'Avalon Peninsula': [47.2, -53.3], Holyrood: [47.39, -53.13], Whitbourne: [47.42, -53.53], Gander: [48.95, -54.61], 'Grand Falls-Windsor': [48.93, -55.66], Botwood: [49.14, -55.35], 'Corner Brook': [48.95, -57.95], 'Labrador City': [52.94, -66.91], 'Nova Scotia': [45.0, -63.0], Halifax: [44.65, -63.58] },
		notPlaces: ['Tony Wakeham', 'Wakeham']
	}
];

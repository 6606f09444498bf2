// International and health news written for session 49 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s49` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written in shapes the earlier world batches (s33-s48)
// lack, each shape once in A and once in B: cholera and measles by governorate and province (Yemen's Hajjah and
// Hodeidah, Afghanistan's returnees at Islam Qala), displacement across the Myanmar borders (Myawaddy and Mae Sot;
// Chin state into Mizoram, Moreh and Tamu), the Sahel's blockaded towns and camps (Djibo and Fada N'Gourma; Mbera by
// Bassikounou), floods by district and local government area (Bangladesh's Feni and Noakhali, Punjab's Sutlej
// villages, Maiduguri's Alau dam, Buner's cloudburst with Swat's Bahrain), mining and energy corridors (Las Bambas's
// road through Chumbivilcas to Matarani, Halmahera's nickel at Weda Bay, Kumtor and Muruntau, Mongolia's coal road to
// Gashuunsukhait, the Senegal-Mauritania gas plant off Saint-Louis, Palma's LNG with no qualifier), Pacific islands
// (Tuvalu's atolls and Kiribati's Betio; Bougainville's Buka, Arawa and Panguna), Caribbean hurricanes by parish and
// island (Melissa in Jamaica's Westmoreland and St. Elizabeth; Beryl on Carriacou and Union Island), Red Sea and Gulf
// of Aden shipping (Mokha, Ras Isa, Assab; Eyl, Hobyo, Socotra, Duqm), Indian state elections by seat (Bihar's
// Raghopur and Seemanchal; Maharashtra's Baramati, Worli and Thane), Chinese provincial news (Henan's floods at
// Weihui; Yunnan's Ruili crossing and the Mohan-Boten railway), provincial and municipal politics in South America
// (Argentina's midterms by province, Brazil's runoffs by state capital, Ecuador's emergency by province, Colombia's
// Uribe), UN and WHO releases datelined far from the places (Marburg in Jinka from Geneva; cholera in Haiti's
// Artibonite from New York), annexed and occupied land (Zaporizhzhia's plant at Enerhodar, Kherson's left bank),
// overtourism (Spain's Palma and Sant Antoni; Japan's Fujikawaguchiko, Gion and Miyajima), live blogs with times
// (south Lebanon's border villages; El Fasher's fall), Rift Valley fever and plague by region and town (Senegal's
// river valley; Madagascar's highlands), heat by district (Jacobabad and Sibi; Phalodi and Banda), earthquakes
// (Kunar's Nurgal and Chawkay; Sagaing and Bangkok's Chatuchak), provincial races (Cebu's Danao, Davao del Norte's
// Tagum; Kenya's by-elections in Kasipul and Magarini), chikungunya and Nipah by town and upazila (Foshan's Shunde;
// Rajbari's Pangsha), and Ethiopia's zones in conflict (Wollega's; Amhara's North Wollo and West Gojjam).
// Session 48's leads are written in (A): "carrying the capital, Córdoba, Mendoza and Santa Fe" (provinces among
// provinces), Palma in a Cabo Delgado text with no qualifier, "Bale, Ethiopia," and Oromia's zones, "Donetsk, in
// Russia's newly annexed territories", and Álvaro Uribe with his bare surname after.
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Kayin state") is graded too; rivers, dams, mines, oil and gas fields, camps' sections,
// shrines and constituencies named beside their towns are left ungraded; a disease or a people named like a place
// (Marburg, Rift Valley fever, Nipah; Fano, Naga, Mizo) and a force named after one (the Assam Rifles) is no place.
// Continents, seas and countries carry the writer's points and are right within 800 km.
// Half A is for tuning; half B stays held out.
// Before any change (main 2c068e9): A 288/297 within 161 km (international 214/222, health 74/75), 1 name of no place
// mapped (Uribe: Álvaro Uribe's bare surname as the Colombian town), 42 gold names not mapped; B 280/286
// (international 206/211, health 74/75), 1 name of no place mapped, 59 not mapped. A's wrong: Shahdara (Lahore's) as
// Delhi's, Bhojpur (the Bihar district) as the Nepali town, Huixian (Xinxiang's county-level city) as a Gansu town 731 km
// off, Mendoza and Neuquén (provinces among provinces) as their cities, Donetsk ("in Russia's newly annexed
// territories") as the Rostov oblast town, Sant Antoni (Ibiza's) as Barcelona's quarter (the gazetteer lacks the
// Ibiza town), Palma (Cabo Delgado, no qualifier) as Palma de Mallorca, Malle (the South Omo district) as Malé.
// End of session 49 (main bc82c4e): A 290/297 (international 216/222, health 74/75; Donetsk now Ukraine's by the
// held-land qualifier, 05e37f0; Neuquén the province among provinces, bc82c4e), 0 names of no place mapped (Uribe off
// by the title-and-given-name rule, 5b26a2a); B 280/286 (international 206/211, health 74/75; unchanged, scored once at
// the end), 1 name of no place mapped: Naga (of "the Mizo and Naga peoples") as the Philippine city. B's wrong: Bakassi
// (the Maiduguri camp) as the Cameroonian peninsula, Bahrain (the Swat town) as the country, Mohan (the Yunnan crossing;
// the gazetteer lacks it) as the Indian town, Belém (the state capital, listed among capitals) as a small Brazilian
// namesake 2,463 km off, Campo Grande (Mato Grosso do Sul's capital) as a namesake 896 km off, Gion (Kyoto's; the
// gazetteer lacks it) as Hiroshima's. A's remaining wrong: Shahdara, Bhojpur, Huixian, Mendoza, Sant Antoni, Palma,
// Malle as above.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S49_A: GenreText[] = [
	{
		genre: 'health',
		text: "ADEN - Yemen has recorded more than 31,000 suspected cholera cases since January, the World Health Organization said, with the steepest rises in Hajjah, Al Hudaydah and Taiz governorates. In Hajjah, the districts of Abs and Haradh account for a third of the admissions; treatment centres in Bajil and Zabid, south of Hodeidah city, are full. Fighting along the front line east of Taiz has cut the road to Al Turbah, where a mobile team is now based. In the north, the authorities in Sanaa have reported cases in Amran and Saada but have not published figures.",
		gold: { ADEN: [12.78, 45.04], Yemen: [15.5, 47.5], Hajjah: [16.0, 43.4], 'Al Hudaydah': [14.8, 43.1], Taiz: [13.58, 44.02], Abs: [16.0, 43.2], Haradh: [16.42, 43.06], Bajil: [15.06, 43.28], Zabid: [14.2, 43.32], Hodeidah: [14.8, 42.95], 'Al Turbah': [13.21, 43.9], Sanaa: [15.35, 44.21], Amran: [15.66, 43.94], Saada: [16.94, 43.76] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MAE SOT, Thailand - Thousands of people crossed the Moei river into Thailand's Tak province over the weekend as fighting returned to Myawaddy, the Myanmar border town that rebels of the Karen National Union took last year. Thai officials opened temporary shelters in Mae Sot and Phop Phra and said the Mae La camp, home to 37,000 refugees since the 1980s, could take no more. On the Myanmar side, residents fled from Myawaddy toward Kawkareik and the Dawna hills; others are sheltering in Shwe Kokko, the casino enclave on the river. The junta said it had retaken a base near Hpa-an, the capital of Kayin state.",
		gold: { 'MAE SOT': [16.71, 98.57], Thailand: [15.0, 101.0], Tak: [16.9, 98.9], Myawaddy: [16.69, 98.51], Myanmar: [21.0, 96.0], 'Mae Sot': [16.71, 98.57], 'Phop Phra': [16.39, 98.69], 'Mae La': [17.13, 98.37], Kawkareik: [16.56, 98.24], 'Shwe Kokko': [16.84, 98.5], 'Hpa-an': [16.89, 97.63], 'Kayin state': [17.0, 97.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "OUAGADOUGOU - More than 2 million people are displaced inside Burkina Faso, and aid agencies say the blockade of Djibo, in the Soum province of the north, is now in its third year. Convoys from Kaya to Djibo need an army escort, and food has been dropped by helicopter into Arbinda and Gorom-Gorom. In the east, Fada N'Gourma receives families fleeing Diapaga and Kompienga, near the borders with Niger and Benin. Ouahigouya, the largest town of the North region, has doubled in size since 2019, its mayor said.",
		gold: { OUAGADOUGOU: [12.37, -1.53], 'Burkina Faso': [12.3, -1.7], Djibo: [14.1, -1.63], Soum: [14.0, -1.5], 'Soum province': [14.0, -1.5], Kaya: [13.09, -1.08], Arbinda: [14.23, -0.87], 'Gorom-Gorom': [14.44, -0.24], "Fada N'Gourma": [12.06, 0.36], Diapaga: [12.07, 1.79], Kompienga: [11.08, 0.7], Niger: [17.0, 9.0], Benin: [9.5, 2.3], Ouahigouya: [13.58, -2.42], 'North region': [13.7, -2.3] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "DHAKA - Floods in Bangladesh's south-east have killed 52 people and left 1.2 million stranded, the disaster ministry said, with Feni the worst-hit district after the Muhuri river burst its embankments. In Noakhali and Lakshmipur, water has stood in villages for ten days and doctors report a rise in diarrhoea and snakebites. Boats from Chattogram are carrying rice to Parshuram and Fulgazi, and the army has set up a field hospital in Comilla's Burichang upazila. Rain in the Indian state of Tripura, upstream, is expected to ease by the weekend.",
		gold: { DHAKA: [23.81, 90.41], Bangladesh: [23.7, 90.3], Feni: [23.02, 91.4], Noakhali: [22.87, 91.1], Lakshmipur: [22.94, 90.83], Chattogram: [22.34, 91.83], Parshuram: [23.21, 91.44], Fulgazi: [23.14, 91.43], Comilla: [23.46, 91.18], Burichang: [23.55, 91.13], Tripura: [23.75, 91.75] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LAHORE - The Sutlej crested at Ganda Singh Wala on Wednesday, forcing the evacuation of 200 villages in Kasur district, as Punjab faced its worst floods in nearly four decades. Water released from dams in India swelled the Ravi past Shahdara and the Chenab at Head Marala near Sialkot. In Okara and Pakpattan, farmers moved cattle to the embankments; further south, the authorities cut a breach near Jalalpur Pirwala to spare Multan. Relief camps have opened in Bahawalnagar and Vehari.",
		gold: { LAHORE: [31.55, 74.34], 'Ganda Singh Wala': [31.05, 74.5], Kasur: [31.12, 74.45], Punjab: [31.0, 72.5], India: [22.0, 79.0], Shahdara: [31.62, 74.29], Sialkot: [32.49, 74.52], Okara: [30.81, 73.45], Pakpattan: [30.34, 73.39], 'Jalalpur Pirwala': [29.5, 71.22], Multan: [30.2, 71.47], Bahawalnagar: [29.99, 73.25], Vehari: [30.04, 72.35] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LIMA - Communities along Peru's southern mining corridor lifted their blockade of the road used by the Las Bambas copper mine on Friday, after 41 days. The mine, in Challhuahuacho in the Apurímac region, trucks its concentrate through Chumbivilcas and Espinar in Cusco to a rail terminal at Pillones, and from there it goes by train to the port of Matarani in Arequipa. Farmers in Velille and Colquemarca say the dust has ruined their pastures. The government has promised a paved road and a hospital in Tambobamba.",
		gold: { LIMA: [-12.05, -77.04], Peru: [-9.2, -75.0], Challhuahuacho: [-14.12, -72.25], 'Apurímac': [-14.0, -73.1], Chumbivilcas: [-14.5, -72.1], Espinar: [-14.79, -71.41], Cusco: [-13.5, -71.9], Pillones: [-15.98, -71.2], Matarani: [-17.0, -72.1], Arequipa: [-16.0, -72.5], Velille: [-14.51, -71.89], Colquemarca: [-14.28, -72.04], Tambobamba: [-13.94, -72.18] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JAKARTA - A landslide at a nickel smelter complex in Weda Bay, on the Indonesian island of Halmahera, killed nine workers on Sunday, the North Maluku police said. The industrial park, near the village of Lelilef in Central Halmahera regency, processes ore from mines around Weda and Sagea and has drawn 60,000 workers from Sulawesi and Java. Fishermen in Gemaf and Sagea say the rivers have turned red since the mines opened. In Sofifi, the provincial capital, and Ternate, its largest city, rents have doubled.",
		gold: { JAKARTA: [-6.21, 106.85], 'Weda Bay': [0.45, 127.95], Halmahera: [0.6, 127.9], 'North Maluku': [0.8, 127.5], Lelilef: [0.47, 127.93], 'Central Halmahera': [0.48, 128.25], Weda: [0.33, 127.87], Sagea: [0.57, 128.07], Sulawesi: [-2.0, 121.0], Java: [-7.5, 110.0], Gemaf: [0.55, 128.0], Sofifi: [0.74, 127.56], Ternate: [0.79, 127.38] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "FUNAFUTI - Tuvalu's government has opened the first ballot for visas under its climate treaty with Australia, and 8,750 of the country's 11,000 citizens have entered, officials said. On Funafuti, where half the population lives on a strip of land 20 metres wide in places, the reclaimed land at Fongafale is now home to a new fuel depot. Families on Nukufetau and Nanumea say king tides flood their gardens every year. To the north, Kiribati is building a sea wall at Betio, on South Tarawa, and has asked Fiji to hold the land on Vanua Levu that it bought in 2014.",
		gold: { FUNAFUTI: [-8.52, 179.2], Tuvalu: [-8.0, 178.0], Australia: [-25.0, 134.0], Funafuti: [-8.52, 179.2], Fongafale: [-8.52, 179.2], Nukufetau: [-8.0, 178.5], Nanumea: [-5.67, 176.12], Kiribati: [1.42, 173.0], Betio: [1.36, 172.93], 'South Tarawa': [1.33, 172.98], Fiji: [-17.8, 178.0], 'Vanua Levu': [-16.6, 179.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KINGSTON, Jamaica - Hurricane Melissa made landfall near New Hope in Westmoreland on Tuesday with winds of 295 km/h, the strongest storm ever to strike Jamaica. Black River, the capital of St. Elizabeth parish, was 'ground zero', the prime minister said; the roof of its hospital was torn off. Savanna-la-Mar and Lucea were cut off by floods, and the Montego Bay airport is closed. In Kingston and St Andrew the damage was lighter. The storm was moving north toward Cuba's Santiago de Cuba and Granma provinces, where 600,000 people had been evacuated.",
		gold: { KINGSTON: [17.99, -76.79], Jamaica: [18.15, -77.3], Westmoreland: [18.25, -78.13], 'Black River': [18.03, -77.85], 'St. Elizabeth': [18.05, -77.7], 'Savanna-la-Mar': [18.22, -78.13], Lucea: [18.45, -78.17], 'Montego Bay': [18.47, -77.92], Kingston: [17.99, -76.79], 'St Andrew': [18.05, -76.8], Cuba: [21.5, -79.5], 'Santiago de Cuba': [20.0, -75.8], Granma: [20.3, -76.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DUBAI - A bulk carrier was struck by two missiles 50 nautical miles south-west of Mokha on Thursday, the UK Maritime Trade Operations centre said, the first attack in the Red Sea in six weeks. The Houthis, who hold Yemen's coast from Midi to south of Hodeidah, said they had targeted the ship because its owner's vessels call at Eilat. Israeli jets struck the ports of Hodeidah, Ras Isa and Salif last month. Insurers now add a premium for any ship passing the Bab el-Mandeb, and some lines route containers through Djibouti and the Eritrean port of Assab; others go round the Cape of Good Hope.",
		gold: { DUBAI: [25.2, 55.27], Mokha: [13.32, 43.25], 'Red Sea': [20.0, 38.0], Yemen: [15.5, 47.5], Midi: [16.32, 42.8], Hodeidah: [14.8, 42.95], Eilat: [29.56, 34.95], 'Ras Isa': [15.12, 42.6], Salif: [15.31, 42.67], 'Bab el-Mandeb': [12.58, 43.33], Djibouti: [11.59, 43.15], Assab: [13.01, 42.74], 'Cape of Good Hope': [-34.36, 18.47] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PATNA - The ruling alliance won 202 of Bihar's 243 assembly seats, the Election Commission said on Friday, its biggest win in the state in two decades. Tejashwi Yadav held Raghopur, in Vaishali district, by 14,000 votes, but his party lost most of its seats around Patna and in Magadh. In Mithila the alliance swept Darbhanga and Madhubani; in the Seemanchal districts of Purnia, Araria and Kishanganj, where Muslims are close to half the voters, a smaller party won five seats. Turnout in Gaya, Nalanda and Bhojpur was the highest since 1951.",
		gold: { PATNA: [25.59, 85.14], Bihar: [25.5, 85.5], Raghopur: [25.56, 85.37], Vaishali: [25.75, 85.4], Patna: [25.59, 85.14], Darbhanga: [26.15, 85.9], Madhubani: [26.35, 86.07], Purnia: [25.78, 87.47], Araria: [26.15, 87.47], Kishanganj: [26.1, 87.95], Gaya: [24.79, 85.0], Nalanda: [25.13, 85.45], Bhojpur: [25.5, 84.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ZHENGZHOU - Henan province raised its flood alert to the highest level on Saturday as rain fell for a fourth day on the plain north of the Yellow River. In Xinxiang, 280 mm fell in 24 hours and the Wei river overtopped its banks at Weihui, where 100,000 people were moved to schools and stadiums. Hebi and Anyang have closed their schools, and trains between Zhengzhou and Beijing have been stopped at Shijiazhuang. The provincial capital itself, where 398 people died in the floods of 2021, has so far been spared; state media said Huixian and Qixian counties were the worst hit.",
		gold: { ZHENGZHOU: [34.76, 113.65], Henan: [33.9, 113.5], Xinxiang: [35.3, 113.93], Weihui: [35.4, 114.06], Hebi: [35.75, 114.3], Anyang: [36.1, 114.35], Zhengzhou: [34.76, 113.65], Beijing: [39.9, 116.4], Shijiazhuang: [38.04, 114.51], Huixian: [35.46, 113.8], Qixian: [35.59, 114.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BUENOS AIRES - President Javier Milei's party won the midterm vote in 16 of Argentina's 24 districts, carrying the capital, Córdoba, Mendoza and Santa Fe and even winning narrowly in Buenos Aires province, where it had lost a provincial vote in September. Governor Axel Kicillof's Peronists held La Matanza and the other suburbs of the conurbation but lost Bahía Blanca and Mar del Plata. In the north, the party lost Salta and Jujuy to local parties; in Patagonia it won Neuquén and Chubut but not Santa Cruz. Turnout was the lowest since 1983.",
		gold: { 'BUENOS AIRES': [-34.6, -58.38], Argentina: [-34.0, -64.0], 'Córdoba': [-32.0, -64.0], Mendoza: [-34.63, -68.58], 'Santa Fe': [-30.7, -61.0], 'Buenos Aires province': [-36.5, -60.0], 'Buenos Aires': [-36.5, -60.0], 'La Matanza': [-34.77, -58.63], 'Bahía Blanca': [-38.72, -62.27], 'Mar del Plata': [-38.0, -57.56], Salta: [-25.0, -65.0], Jujuy: [-23.0, -65.75], Patagonia: [-44.0, -69.0], 'Neuquén': [-38.5, -69.9], Chubut: [-43.8, -68.5], 'Santa Cruz': [-48.8, -69.8] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "GENEVA - The World Health Organization said on Friday that Ethiopia had confirmed its first outbreak of Marburg virus disease, with 11 cases in Jinka, a town in the South Ethiopia region near the borders with South Sudan and Kenya. A WHO team flew from Addis Ababa to Jinka with supplies; an isolation centre has opened at the Jinka general hospital and contacts are being traced in Malle and Bena Tsemay districts. The agency said the risk was high for the region but low globally, and that Uganda, Rwanda and Tanzania, which have had outbreaks since 2023, are sending staff.",
		gold: { GENEVA: [46.2, 6.15], Ethiopia: [9.0, 39.5], Jinka: [5.79, 36.57], 'South Ethiopia': [6.0, 37.0], 'South Sudan': [7.0, 30.0], Kenya: [0.5, 38.0], 'Addis Ababa': [9.03, 38.74], Malle: [5.55, 36.65], 'Bena Tsemay': [5.4, 36.85], Uganda: [1.3, 32.3], Rwanda: [-1.95, 29.9], Tanzania: [-6.3, 34.8] },
		notPlaces: ['Marburg']
	},
	{
		genre: 'international',
		text: "KYIV - Russian shelling cut power to the Zaporizhzhia nuclear plant at Enerhodar for the tenth time since 2022, the UN nuclear watchdog said, after the plant's last external line, to a substation near Nikopol, was damaged. Moscow, which counts the Zaporizhzhia region among its newly annexed territories, says it will restart the reactors and connect them to its grid through Melitopol and Berdiansk. Donetsk, in Russia's newly annexed territories, was also without power on Saturday. Ukraine's forces hold the city of Zaporizhzhia itself, 50 km from the front at Orikhiv and Huliaipole.",
		gold: { KYIV: [50.45, 30.52], Zaporizhzhia: [47.84, 35.14], Enerhodar: [47.5, 34.65], Nikopol: [47.57, 34.39], Moscow: [55.75, 37.62], Melitopol: [46.85, 35.37], Berdiansk: [46.76, 36.79], Donetsk: [48.0, 37.8], Ukraine: [49.0, 32.0], Orikhiv: [47.57, 35.78], Huliaipole: [47.66, 36.26] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PALMA, Majorca - Tens of thousands of people marched in Palma, Barcelona, San Sebastián and Málaga on Sunday against mass tourism, which residents blame for rents they can no longer pay. In Palma the march ended at the cathedral; on Ibiza, workers sleep in cars in Sant Antoni. The Canary Islands held their own protests in Santa Cruz de Tenerife and Las Palmas. Spain received 94 million foreign visitors last year. Barcelona has said it will end all holiday-flat licences by 2028; Valencia and Alicante have frozen new ones in their historic centres.",
		gold: { PALMA: [39.57, 2.65], Majorca: [39.6, 2.95], Palma: [39.57, 2.65], Barcelona: [41.39, 2.17], 'San Sebastián': [43.32, -1.98], 'Málaga': [36.72, -4.42], Ibiza: [38.98, 1.43], 'Sant Antoni': [38.98, 1.3], 'Canary Islands': [28.3, -16.0], 'Santa Cruz de Tenerife': [28.47, -16.25], 'Las Palmas': [28.1, -15.41], Spain: [40.0, -4.0], Valencia: [39.47, -0.38], Alicante: [38.35, -0.48] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Live: strikes in southern Lebanon\n09:14 - Sirens sounded in Kiryat Shmona and Metula after two rockets were fired from Lebanon; both fell in open ground, the army said.\n09:40 - Lebanon's health ministry says three people were killed in a strike on a car near Nabatieh.\n10:05 - Residents of Bint Jbeil and Aitaroun report drones overhead. The UN force's headquarters at Naqoura says a patrol was held up near Marjayoun.\n10:32 - Israel's defence minister, speaking in Safed, says the army will stay at five hilltops inside Lebanon.\n11:10 - In Beirut, the prime minister meets the US envoy; in Tyre, schools are closed for a second day.",
		gold: { Lebanon: [33.9, 35.9], 'Kiryat Shmona': [33.21, 35.57], Metula: [33.28, 35.58], Nabatieh: [33.38, 35.48], 'Bint Jbeil': [33.12, 35.43], Aitaroun: [33.12, 35.47], Naqoura: [33.12, 35.14], Marjayoun: [33.36, 35.59], Israel: [31.5, 34.9], Safed: [32.96, 35.5], Beirut: [33.89, 35.5], Tyre: [33.27, 35.2] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "DAKAR - Senegal has confirmed 119 cases of Rift Valley fever and 16 deaths, most in the Saint-Louis region along the Senegal river, the health ministry said. Cases have been found in Richard-Toll, Dagana and Podor, where herders share pastures with Mauritanian flocks, and in Matam further upstream. Across the river, Mauritania has reported cases in Rosso and in the Trarza and Brakna regions. Senegal has banned the movement of livestock from the valley to Dakar's markets until the rains end, and the Pasteur Institute in Dakar is testing samples from Louga.",
		gold: { DAKAR: [14.69, -17.45], Senegal: [14.5, -14.5], 'Saint-Louis': [16.1, -15.3], 'Richard-Toll': [16.46, -15.7], Dagana: [16.52, -15.51], Podor: [16.65, -14.96], Matam: [15.66, -13.26], Mauritania: [20.0, -10.5], Rosso: [16.51, -15.81], Trarza: [17.5, -15.0], Brakna: [17.3, -13.5], Dakar: [14.69, -17.45], Louga: [15.62, -16.22] },
		notPlaces: ['Rift Valley']
	},
	{
		genre: 'health',
		text: "KARACHI - Jacobabad reached 50.5C on Sunday, the hottest temperature in Pakistan this year, and hospitals across upper Sindh reported hundreds of cases of heatstroke. In Larkana and Dadu, the power company cut supply for up to 14 hours a day. The heat wave extends into Balochistan, where Sibi and Turbat recorded 49C, and into southern Punjab around Rahim Yar Khan. The meteorological department said a pre-monsoon system moving in from the Arabian Sea would bring relief to Karachi and Hyderabad by Thursday.",
		gold: { KARACHI: [24.86, 67.01], Jacobabad: [28.28, 68.44], Pakistan: [30.0, 70.0], Sindh: [26.0, 68.5], Larkana: [27.56, 68.21], Dadu: [26.73, 67.78], Balochistan: [28.5, 65.5], Sibi: [29.54, 67.88], Turbat: [26.0, 63.04], Punjab: [31.0, 72.5], 'Rahim Yar Khan': [28.42, 70.3], 'Arabian Sea': [15.0, 65.0], Karachi: [24.86, 67.01], Hyderabad: [25.39, 68.37] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JALALABAD, Afghanistan - The death toll from Sunday night's magnitude 6.0 earthquake in eastern Afghanistan rose to 2,200, the Taliban government said, most of them in Kunar province, where whole villages of stone and mud houses slid down the slopes. In Nurgal and Chawkay districts, rescuers reached villages on foot after landslides blocked the road from Asadabad. The wounded were flown to hospitals in Jalalabad and Kabul. In neighbouring Nangarhar, Dara-i-Nur district was also badly hit. Pakistan said the tremor was felt in Peshawar and Islamabad.",
		gold: { JALALABAD: [34.43, 70.45], Afghanistan: [33.9, 67.7], Kunar: [34.85, 71.1], Nurgal: [34.62, 70.78], Chawkay: [34.73, 70.95], Asadabad: [34.87, 71.15], Jalalabad: [34.43, 70.45], Kabul: [34.53, 69.17], Nangarhar: [34.2, 70.5], 'Dara-i-Nur': [34.65, 70.6], Pakistan: [30.0, 70.0], Peshawar: [34.01, 71.58], Islamabad: [33.69, 73.06] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MANILA - The Duterte family kept its hold on Davao City in Monday's midterm vote, with Rodrigo Duterte elected mayor while detained in The Hague. In Cebu, the province's long-time governor lost to a former vice-mayor of Danao, and in Ilocos Norte, the Marcoses' home province, the president's son was re-elected to the House for the first district, which covers Laoag. Pampanga elected a governor from Lubao; in Davao del Norte, a feud between the mayors of Tagum and Panabo went to the courts.",
		gold: { MANILA: [14.6, 120.98], 'Davao City': [7.07, 125.61], 'The Hague': [52.08, 4.3], Cebu: [10.32, 123.75], Danao: [10.52, 124.03], 'Ilocos Norte': [18.17, 120.75], Laoag: [18.2, 120.59], Pampanga: [15.08, 120.67], Lubao: [14.94, 120.6], 'Davao del Norte': [7.56, 125.65], Tagum: [7.45, 125.81], Panabo: [7.31, 125.68] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "GUANGZHOU - Guangdong province reported 2,900 new cases of chikungunya last week, bringing the total since July to more than 10,000, most of them in Foshan's Shunde district. Cases have also been found in Guangzhou, Jiangmen, Zhongshan and Dongguan, and Macau and Hong Kong have each reported imported cases. Foshan has drained ponds and fined residents for standing water; in Shunde's Lecong and Beijiao towns, health workers go door to door with drones and fish that eat mosquito larvae.",
		gold: { GUANGZHOU: [23.13, 113.26], Guangdong: [23.4, 113.5], Foshan: [23.02, 113.12], Shunde: [22.84, 113.25], Guangzhou: [23.13, 113.26], Jiangmen: [22.58, 113.08], Zhongshan: [22.52, 113.39], Dongguan: [23.02, 113.75], Macau: [22.2, 113.55], 'Hong Kong': [22.32, 114.17], Lecong: [22.97, 113.12], Beijiao: [22.92, 113.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NEKEMTE, Ethiopia - Fighting between the army and the Oromo Liberation Army has displaced 300,000 people in western Oromia this year, aid agencies said. In East Wollega, families have fled from the countryside to Nekemte; in West Wollega, the road from Gimbi to Dembi Dolo has been closed since March. Oromia's Horo Guduru and Kellem Wollega zones have had no mobile network for months. Bale, Ethiopia, and the Guji zone in the south are calmer, officials said, but traders from Shashemene say their trucks are stopped at checkpoints on the road to Robe.",
		gold: { NEKEMTE: [9.09, 36.55], Ethiopia: [9.0, 39.5], Oromia: [7.5, 39.5], 'East Wollega': [9.3, 36.6], Nekemte: [9.09, 36.55], 'West Wollega': [9.2, 35.5], Gimbi: [9.17, 35.83], 'Dembi Dolo': [8.53, 34.8], 'Horo Guduru': [9.6, 37.2], 'Kellem Wollega': [8.8, 35.0], Bale: [6.8, 40.3], Guji: [5.5, 39.0], Shashemene: [7.2, 38.6], Robe: [7.12, 40.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PEMBA, Mozambique - TotalEnergies said it would restart work on its $20 billion gas project near Palma, five years after an insurgent attack on the town forced it to stop. Since then Rwandan troops have retaken Mocímboa da Praia and the roads around the Afungi peninsula, but attacks continue further south in Macomia and Ancuabe, and in September insurgents crossed into Niassa. About 600,000 people remain displaced in Cabo Delgado, many of them in camps around Pemba and Montepuez. Villagers resettled for the plant say they were never paid.",
		gold: { PEMBA: [-12.97, 40.52], Mozambique: [-18.0, 35.0], Palma: [-10.78, 40.47], 'Mocímboa da Praia': [-11.35, 40.35], Macomia: [-12.25, 40.12], Ancuabe: [-12.97, 39.85], Niassa: [-13.0, 36.5], 'Cabo Delgado': [-12.0, 39.5], Pemba: [-12.97, 40.52], Montepuez: [-13.13, 39.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BOGOTÁ - A Bogotá court overturned the conviction of former president Álvaro Uribe for witness tampering on Tuesday. Uribe, who governed from 2002 to 2010, had been sentenced to 12 years of house arrest at his ranch in Rionegro, near Medellín. His supporters gathered in Medellín and in Montería, in Córdoba department, where his family has cattle farms; in Cali and Barranquilla, opponents marched against the ruling. The case began in 2018 with claims about paramilitaries in Antioquia.",
		gold: { 'BOGOTÁ': [4.71, -74.07], 'Bogotá': [4.71, -74.07], Rionegro: [6.15, -75.37], 'Medellín': [6.25, -75.56], 'Montería': [8.75, -75.88], 'Córdoba': [8.5, -75.6], Cali: [3.45, -76.53], Barranquilla: [10.96, -74.78], Antioquia: [7.0, -75.5] },
		notPlaces: ['Uribe', 'Álvaro Uribe']
	}
];

export const HELD_OUT_WORLD_S49_B: GenreText[] = [
	{
		genre: 'health',
		text: "KABUL - Measles has killed 312 children in Afghanistan this year, the World Health Organization said, with the most cases in Helmand, Kandahar and Herat. Hospitals in Lashkar Gah and Kandahar city are treating children two to a bed, and the regional hospital in Herat has opened a second isolation ward for returnees arriving from Iran through Islam Qala. In the north, outbreaks have been found in Balkh and Faryab, around Mazar-i-Sharif and Maimana. A vaccination round in Nimroz and Farah was stopped last month after women vaccinators were barred.",
		gold: { KABUL: [34.53, 69.17], Afghanistan: [33.9, 67.7], Helmand: [31.0, 64.0], Kandahar: [31.61, 65.71], Herat: [34.35, 62.2], 'Lashkar Gah': [31.59, 64.37], Iran: [32.0, 53.0], 'Islam Qala': [34.66, 61.06], Balkh: [36.7, 67.1], Faryab: [36.0, 64.9], 'Mazar-i-Sharif': [36.71, 67.11], Maimana: [35.92, 64.78], Nimroz: [30.5, 62.0], Farah: [32.37, 62.12] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "AIZAWL, India - More than 4,000 people have crossed from Myanmar's Chin state into Mizoram since fighting broke out between two resistance groups around Tedim and Falam, Indian officials said. Most crossed the Tiau river at Zokhawthar, near Champhai, where churches and schools are sheltering them. Mizoram already hosts some 30,000 refugees from Chin state. Further south, in Manipur, the border town of Moreh has been under curfew since the Assam Rifles stopped traders crossing to Tamu in Myanmar's Sagaing region. India says it will fence the whole border, a plan opposed by the Mizo and Naga peoples on both sides.",
		gold: { AIZAWL: [23.73, 92.72], India: [22.0, 79.0], Myanmar: [21.0, 96.0], 'Chin state': [22.0, 93.5], Mizoram: [23.3, 92.8], Tedim: [23.37, 93.65], Falam: [22.91, 93.68], Zokhawthar: [23.36, 93.39], Champhai: [23.47, 93.33], Manipur: [24.8, 93.9], Moreh: [24.25, 94.3], Tamu: [24.22, 94.31], 'Sagaing region': [24.5, 95.3] },
		notPlaces: ['Assam', 'Assam Rifles', 'Mizo', 'Naga']
	},
	{
		genre: 'international',
		text: "NOUAKCHOTT - The Mbera camp near Bassikounou, in south-eastern Mauritania, now holds more than 110,000 refugees from Mali, twice its number two years ago, the UN refugee agency said. Most fled the fighting around Léré, Niono and Nampala in the Ségou and Timbuktu regions, and many walked for a week to the border post at Fassala. Another 150,000 people are staying in villages around Bassikounou and Adel Bagrou, where water is short. Mauritania has asked donors for $120 million; the World Food Programme said it would cut rations in Hodh Ech Chargui from next month.",
		gold: { NOUAKCHOTT: [18.09, -15.98], Mbera: [15.85, -5.77], Bassikounou: [15.87, -5.97], Mauritania: [20.0, -10.5], Mali: [17.0, -4.0], 'Léré': [15.72, -4.91], Niono: [14.25, -5.99], Nampala: [15.28, -5.55], 'Ségou': [13.5, -6.0], Timbuktu: [16.77, -3.0], Fassala: [15.55, -5.52], 'Adel Bagrou': [15.54, -7.06], 'Hodh Ech Chargui': [17.5, -7.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "MAIDUGURI, Nigeria - The collapse of the Alau dam has flooded half of Maiduguri, the capital of Borno state, and displaced 400,000 people, the state government said. Doctors are treating cholera cases in camps at Bakassi and Teachers' Village, and in the neighbouring Jere and Konduga local government areas. Floods elsewhere in the north have hit Jigawa, where the Hadejia river has covered farms around Hadejia and Auyo, and Kogi, where Lokoja lies at the meeting of the Niger and the Benue. The national emergency agency said 285 people have died this year.",
		gold: { MAIDUGURI: [11.85, 13.16], Nigeria: [9.1, 8.7], Maiduguri: [11.85, 13.16], Borno: [11.5, 13.0], Bakassi: [11.82, 13.15], Jere: [11.88, 13.3], Konduga: [11.65, 13.42], Jigawa: [12.2, 9.5], Hadejia: [12.45, 10.04], Auyo: [12.35, 9.95], Kogi: [7.8, 6.7], Lokoja: [7.8, 6.74] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PESHAWAR - Flash floods after a cloudburst killed more than 300 people in Khyber Pakhtunkhwa's Buner district on Friday, sweeping away houses in Pir Baba and the villages around it. Rescue teams from Mardan and Swabi reached Daggar, the district headquarters, by evening; a helicopter carrying relief to Bajaur crashed in Mohmand, killing its five crew. Floods also hit Swat, where the river rose through Mingora and Bahrain, and Shangla and Battagram. In Gilgit-Baltistan, the Karakoram Highway was closed at Chilas.",
		gold: { PESHAWAR: [34.01, 71.58], 'Khyber Pakhtunkhwa': [34.5, 72.0], Buner: [34.5, 72.5], 'Pir Baba': [34.45, 72.6], Mardan: [34.2, 72.04], Swabi: [34.12, 72.47], Daggar: [34.5, 72.47], Bajaur: [34.8, 71.5], Mohmand: [34.5, 71.3], Swat: [35.2, 72.4], Mingora: [34.78, 72.36], Bahrain: [35.2, 72.55], Shangla: [34.9, 72.6], Battagram: [34.68, 73.02], 'Gilgit-Baltistan': [35.8, 74.9], Chilas: [35.42, 74.1] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BISHKEK - Kyrgyzstan's state-owned Kumtor gold mine, seized from its Canadian owner in 2021, will start underground mining next year, the company said, as the open pit nears the end of its life. The mine, 4,000 metres up in the Issyk-Kul region, trucks its supplies from Balykchy through Barskoon, where a cyanide spill in 1998 still angers villagers. Across the border, Kazakhstan's uranium producer said output from its mines in the Turkistan and Kyzylorda regions would fall, and Uzbekistan's Almalyk combine, south of Tashkent, opened a new copper plant. Gold from the Muruntau pit near Zarafshan remains Uzbekistan's biggest export.",
		gold: { BISHKEK: [42.87, 74.59], Kyrgyzstan: [41.5, 74.5], 'Issyk-Kul': [42.2, 77.5], Balykchy: [42.46, 76.19], Barskoon: [42.15, 77.6], Kazakhstan: [48.0, 67.0], Turkistan: [43.3, 68.3], Kyzylorda: [44.85, 65.5], Uzbekistan: [41.5, 64.0], Almalyk: [40.84, 69.6], Tashkent: [41.3, 69.24], Zarafshan: [41.57, 64.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ULAANBAATAR - Mongolia's coal exports to China reached a record 83 million tonnes last year, nearly all of it carried from the Tavan Tolgoi deposit in the South Gobi province to the border crossing at Gashuunsukhait and on to Ganqimaodu in Inner Mongolia. A railway between the two crossings, agreed in 2022, is to open next year and replace thousands of trucks that queue for days outside Tsogttsetsii. The provincial capital, Dalanzadgad, has doubled in size. Mongolia also ships coal by rail from Zuunbayan to Zamyn-Uud, opposite the Chinese city of Erenhot.",
		gold: { ULAANBAATAR: [47.92, 106.92], Mongolia: [46.8, 103.0], China: [35.0, 103.0], 'South Gobi': [43.5, 104.0], Gashuunsukhait: [42.8, 105.9], Ganqimaodu: [42.85, 105.85], 'Inner Mongolia': [44.0, 113.0], Tsogttsetsii: [43.73, 105.58], Dalanzadgad: [43.57, 104.43], Zuunbayan: [44.5, 110.1], 'Zamyn-Uud': [43.72, 111.9], Erenhot: [43.65, 111.98] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BUKA, Papua New Guinea - Bougainville's president said the region would declare independence by September 2027 whatever the national parliament in Port Moresby decides, six years after 97.7% of voters backed it in a referendum. The autonomous government, based in Buka, plans to move the capital back to Arawa, near the Panguna copper mine that closed in 1989 after a rebellion. Landowners in Panguna have agreed to let the mine reopen, but villagers along the Jaba river say the tailings still poison it. Bougainville's budget depends on grants and on a small share of taxes from the fisheries around Nissan Island and Kieta.",
		gold: { BUKA: [-5.43, 154.67], 'Papua New Guinea': [-6.0, 147.0], Bougainville: [-6.2, 155.4], 'Port Moresby': [-9.44, 147.18], Buka: [-5.43, 154.67], Arawa: [-6.23, 155.57], Panguna: [-6.32, 155.5], 'Nissan Island': [-4.5, 154.22], Kieta: [-6.22, 155.63] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "ST. GEORGE'S, Grenada - Hurricane Beryl flattened almost every house on Carriacou and Petite Martinique, Grenada's prime minister said on Tuesday, after the eye passed over the islands with winds of 240 km/h. In neighbouring St Vincent and the Grenadines, Union Island lost 90% of its buildings and Canouan and Mayreau were badly damaged. Barbados, where the storm passed south of Bridgetown, reported flooding in Oistins and damage to fishing boats. The storm was heading for Jamaica and then the Yucatán peninsula, where Tulum and Playa del Carmen were being evacuated.",
		gold: { "ST. GEORGE'S": [12.06, -61.75], Grenada: [12.12, -61.68], Carriacou: [12.48, -61.45], 'Petite Martinique': [12.52, -61.38], 'St Vincent and the Grenadines': [13.25, -61.2], 'Union Island': [12.6, -61.43], Canouan: [12.71, -61.33], Mayreau: [12.64, -61.39], Barbados: [13.17, -59.55], Bridgetown: [13.1, -59.62], Oistins: [13.06, -59.54], Jamaica: [18.15, -77.3], 'Yucatán': [19.5, -88.5], Tulum: [20.21, -87.46], 'Playa del Carmen': [20.63, -87.08] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NAIROBI - Somali pirates hijacked a Yemeni fishing dhow off Eyl and used it to attack a tanker 500 nautical miles off Mogadishu, the EU naval force said, the furthest from the coast in a decade. The force, which patrols from Djibouti, said the pirates' bases were around Eyl and Garacad in Puntland and Hobyo in Galmudug. Puntland's security forces, based in Bosaso and Garowe, said they had arrested twelve men. Shipping lines avoiding the Red Sea now pass close to Socotra and the Omani port of Salalah, and several have called at Duqm to refuel.",
		gold: { NAIROBI: [-1.29, 36.82], Eyl: [7.98, 49.82], Mogadishu: [2.04, 45.34], Djibouti: [11.59, 43.15], Garacad: [6.96, 49.35], Puntland: [8.5, 49.0], Hobyo: [5.35, 48.53], Galmudug: [6.0, 47.5], Bosaso: [11.28, 49.18], Garowe: [8.4, 48.48], 'Red Sea': [20.0, 38.0], Socotra: [12.5, 53.9], Salalah: [17.02, 54.09], Duqm: [19.66, 57.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MUMBAI - The BJP-led alliance won 230 of Maharashtra's 288 seats, the Election Commission said on Saturday. Devendra Fadnavis held Nagpur South West for a fourth time, and Eknath Shinde won Kopri-Pachpakhadi in Thane. In Baramati, Ajit Pawar defeated his nephew by more than 100,000 votes. In Mumbai the opposition held Worli, where Aaditya Thackeray won by 8,800 votes, and the seats around Dharavi. The alliance swept Pune, Nashik and Aurangabad; the opposition's best results came from Kolhapur and Sangli in the south.",
		gold: { MUMBAI: [19.08, 72.88], Maharashtra: [19.5, 75.5], Nagpur: [21.15, 79.09], Thane: [19.2, 72.97], Baramati: [18.15, 74.58], Mumbai: [19.08, 72.88], Worli: [19.0, 72.82], Dharavi: [19.04, 72.85], Pune: [18.52, 73.86], Nashik: [20.0, 73.79], Aurangabad: [19.88, 75.34], Kolhapur: [16.7, 74.24], Sangli: [16.85, 74.58] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KUNMING - China has reopened the Ruili border crossing to Myanmar after a three-month closure, the Yunnan provincial government said, as fighting eased around Muse and Namhkam on the Myanmar side. Trucks carrying rice and rubber began crossing again at Ruili and at Wanding, further up the Shweli river. In the Dehong prefecture, whose capital is Mangshi, officials said 4,000 Myanmar workers had returned home. The railway from Kunming through Jinghong and the Mohan crossing to Vientiane now carries twice as much freight as when it opened, and a trade zone is being built across from Mohan at Boten, in Laos.",
		gold: { KUNMING: [25.04, 102.71], China: [35.0, 103.0], Ruili: [24.01, 97.85], Myanmar: [21.0, 96.0], Yunnan: [25.0, 101.5], Muse: [23.99, 97.9], Namhkam: [23.83, 97.68], Wanding: [24.08, 98.07], Dehong: [24.4, 98.4], Mangshi: [24.43, 98.58], Kunming: [25.04, 102.71], Jinghong: [22.0, 100.8], Mohan: [21.2, 101.7], Vientiane: [17.97, 102.6], Boten: [21.18, 101.67], Laos: [18.0, 105.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SÃO PAULO - Mayor Ricardo Nunes won a second term in Brazil's largest city on Sunday, beating Guilherme Boulos by 59% to 41% in the runoff. The president's party won only one state capital, Fortaleza, where its candidate beat an ally of Jair Bolsonaro by 10,000 votes. In Belém, the mayor was re-elected in the first round; Cuiabá, Goiânia and Campo Grande elected candidates backed by the former president. In Natal and in Porto Alegre, where floods in May had left 180 dead across Rio Grande do Sul, the incumbents held on.",
		gold: { 'SÃO PAULO': [-23.55, -46.63], Brazil: [-10.0, -55.0], Fortaleza: [-3.72, -38.54], 'Belém': [-1.46, -48.49], 'Cuiabá': [-15.6, -56.1], 'Goiânia': [-16.68, -49.25], 'Campo Grande': [-20.44, -54.65], Natal: [-5.79, -35.21], 'Porto Alegre': [-30.03, -51.23], 'Rio Grande do Sul': [-30.0, -53.5] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "NEW YORK - UNICEF warned on Wednesday that cholera was spreading again in Haiti, with 1,200 suspected cases in a month, most of them in the Artibonite and Centre departments. Cases have been found in Saint-Marc, Gonaïves and Mirebalais, where thousands of people displaced by gangs from Port-au-Prince are living in schools. The agency said the only road north from the capital runs through gang-held Cabaret and Arcahaie, so supplies are flown from Port-au-Prince to Cap-Haïtien and trucked south. Hinche, the capital of Centre, has no working treatment centre.",
		gold: { 'NEW YORK': [40.71, -74.01], Haiti: [19.0, -72.4], Artibonite: [19.3, -72.5], Centre: [19.0, -72.0], 'Saint-Marc': [19.11, -72.69], 'Gonaïves': [19.45, -72.69], Mirebalais: [18.83, -72.1], 'Port-au-Prince': [18.54, -72.34], Cabaret: [18.73, -72.42], Arcahaie: [18.77, -72.51], 'Cap-Haïtien': [19.76, -72.2], Hinche: [19.15, -72.01] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KHERSON, Ukraine - Russian drones have killed 14 civilians in Kherson in a week, the regional governor said, as Russian troops on the left bank of the Dnipro, in the part of the region Moscow claims as its own, fire at anything that moves in the city. Residents of Antonivka and Bilozerka, downriver, have been told to leave. Across the river, in Oleshky and Hola Prystan, occupied since 2022, the UN says thousands of people are trapped without water. Nova Kakhovka, whose dam was destroyed in 2023, is now a Russian garrison town. Kyiv says it will retake Crimea, 70 km to the south.",
		gold: { KHERSON: [46.64, 32.61], Ukraine: [49.0, 32.0], Kherson: [46.64, 32.61], Moscow: [55.75, 37.62], Antonivka: [46.68, 32.72], Bilozerka: [46.63, 32.43], Oleshky: [46.63, 32.72], 'Hola Prystan': [46.53, 32.52], 'Nova Kakhovka': [46.75, 33.37], Kyiv: [50.45, 30.52], Crimea: [45.3, 34.4] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TOKYO - The town of Fujikawaguchiko put up a black screen last year to stop tourists crowding a convenience store for photographs of Mount Fuji; this summer, Kyoto banned visitors from the private lanes of Gion, and Kamakura began charging for the railway crossing made famous by a cartoon. Japan received 36.9 million foreign visitors last year. In Nikko, where buses to the shrines queue for an hour, the city is trying a reservation system; in Hakone, hot-spring inns are raising prices. Hiroshima and Miyajima say day-trippers from Osaka have doubled.",
		gold: { TOKYO: [35.68, 139.69], Fujikawaguchiko: [35.5, 138.76], 'Mount Fuji': [35.36, 138.73], Kyoto: [35.01, 135.77], Gion: [35.0, 135.78], Kamakura: [35.32, 139.55], Japan: [36.0, 138.0], Nikko: [36.75, 139.6], Hakone: [35.23, 139.1], Hiroshima: [34.39, 132.46], Miyajima: [34.3, 132.32], Osaka: [34.69, 135.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Live: Sudan's war\n08:20 - The Rapid Support Forces say they have taken the army's last base in El Fasher, the capital of North Darfur, after an 18-month siege.\n08:55 - Aid groups in Tawila, 60 km west, say 20,000 people arrived overnight on foot; many were robbed at checkpoints on the way.\n09:30 - The army says it is holding Babanusa and El Obeid in Kordofan, and that drones struck Bara.\n10:15 - In Port Sudan, the government calls the fall of the city a 'massacre'; Chad says refugees are again crossing at Tiné.\n11:05 - UN officials in Nairobi say the road from Kutum to Mellit is closed.",
		gold: { Sudan: [15.5, 30.0], 'El Fasher': [13.63, 25.35], 'North Darfur': [15.5, 25.0], Tawila: [13.5, 24.88], Babanusa: [11.33, 27.81], 'El Obeid': [13.18, 30.22], Kordofan: [13.0, 29.5], Bara: [13.7, 30.37], 'Port Sudan': [19.62, 37.22], Chad: [15.0, 19.0], 'Tiné': [15.05, 22.8], Nairobi: [-1.29, 36.82], Kutum: [14.2, 24.67], Mellit: [14.13, 25.55] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ANTANANARIVO - Madagascar has recorded 42 cases of plague and 11 deaths since August, the health ministry said, most of them in the central highlands around Ambositra and Fianarantsoa. Two cases of the pneumonic form, which spreads between people, were found in Moramanga, on the road from the capital to the port of Toamasina, and their contacts have been given antibiotics. Plague returns to Madagascar every year between September and April; in 2017 an urban outbreak in Antananarivo and Toamasina killed more than 200 people. The Pasteur Institute of Madagascar is testing rats caught in Ambatondrazaka and Tsiroanomandidy.",
		gold: { ANTANANARIVO: [-18.91, 47.54], Madagascar: [-19.0, 46.7], Ambositra: [-20.53, 47.24], Fianarantsoa: [-21.45, 47.09], Moramanga: [-18.95, 48.23], Toamasina: [-18.15, 49.4], Antananarivo: [-18.91, 47.54], Ambatondrazaka: [-17.83, 48.42], Tsiroanomandidy: [-18.77, 46.05] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "NEW DELHI - Phalodi in Rajasthan recorded 50.0C on Saturday, and the weather office issued a red alert for western Rajasthan, Haryana and Uttar Pradesh as the heat wave entered its third week. Churu and Sri Ganganagar reached 49C, and in Uttar Pradesh, Banda and Jhansi passed 48C. Hospitals in Nagpur and Akola in Vidarbha have recorded 37 deaths from heatstroke. Delhi's power demand reached a record 8,600 megawatts. The monsoon, which reached Kerala on May 30, has stalled near Mumbai.",
		gold: { 'NEW DELHI': [28.61, 77.21], Phalodi: [27.13, 72.36], Rajasthan: [26.5, 73.8], Haryana: [29.0, 76.1], 'Uttar Pradesh': [27.0, 80.9], Churu: [28.3, 74.95], 'Sri Ganganagar': [29.9, 73.88], Banda: [25.48, 80.34], Jhansi: [25.45, 78.57], Nagpur: [21.15, 79.09], Akola: [20.7, 77.0], Vidarbha: [20.5, 78.5], Delhi: [28.65, 77.23], Kerala: [10.5, 76.3], Mumbai: [19.08, 72.88] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MANDALAY, Myanmar - Rescuers pulled a woman alive from the ruins of a hotel in Mandalay on Tuesday, four days after a magnitude 7.7 earthquake on the Sagaing fault killed more than 3,000 people. The town of Sagaing, across the Irrawaddy from Mandalay, was closest to the epicentre; the bridge between them collapsed. In Naypyitaw, the capital, the parliament building and hospitals were damaged. The quake was felt 1,000 km away in Bangkok, where an unfinished tower collapsed in the Chatuchak district, and in Chiang Mai and Chiang Rai. Aid from India and China has arrived at Yangon.",
		gold: { MANDALAY: [21.97, 96.08], Myanmar: [21.0, 96.0], Mandalay: [21.97, 96.08], Sagaing: [21.88, 95.98], Naypyitaw: [19.75, 96.1], Bangkok: [13.75, 100.5], Chatuchak: [13.83, 100.56], 'Chiang Mai': [18.79, 98.98], 'Chiang Rai': [19.91, 99.83], India: [22.0, 79.0], China: [35.0, 103.0], Yangon: [16.87, 96.2] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "NAIROBI - The ruling party won four of the six seats in Thursday's by-elections in Kenya, including Mbeere North in Embu county and Malava in Kakamega, the electoral commission said. The opposition held Ugunja, in Siaya, and Kasipul, in Homa Bay, where the campaign ended in a shooting at a rally in Oyugis. In Magarini, on the coast north of Malindi, the result is being challenged in court. Turnout was under 40% everywhere except Banissa, in Mandera county, near the borders with Ethiopia and Somalia.",
		gold: { NAIROBI: [-1.29, 36.82], Kenya: [0.5, 38.0], Embu: [-0.53, 37.45], Malava: [0.45, 34.85], Kakamega: [0.28, 34.75], Ugunja: [0.18, 34.3], Siaya: [0.06, 34.29], Kasipul: [-0.45, 34.7], 'Homa Bay': [-0.53, 34.46], Oyugis: [-0.51, 34.74], Magarini: [-3.0, 40.06], Malindi: [-3.22, 40.12], Banissa: [3.93, 40.32], Mandera: [3.5, 40.7], Ethiopia: [9.0, 39.5], Somalia: [5.0, 46.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "DHAKA - Bangladesh has confirmed five deaths from Nipah virus this winter, all in people who drank raw date palm sap, the Institute of Epidemiology said. Cases were found in Naogaon, Rajbari, Faridpur and Manikganj, districts where the sap is collected from December to March. Health workers in Rajbari's Pangsha upazila have told families to cover their pots with bamboo skirts. Since 2001 Nipah has killed more than 230 people in Bangladesh, most in the belt west of the Jamuna, and it has spread to India's West Bengal and Kerala.",
		gold: { DHAKA: [23.81, 90.41], Bangladesh: [23.7, 90.3], Naogaon: [24.8, 88.94], Rajbari: [23.76, 89.64], Faridpur: [23.61, 89.84], Manikganj: [23.86, 90.0], Pangsha: [23.79, 89.43], India: [22.0, 79.0], 'West Bengal': [23.0, 87.9], Kerala: [10.5, 76.3] },
		notPlaces: ['Nipah']
	},
	{
		genre: 'international',
		text: "BAHIR DAR, Ethiopia - Fano militias fighting the federal army in Amhara have cut the road between Bahir Dar and Debre Markos, traders said, and flights to Lalibela have been suspended again. In the region's North Wollo zone, fighting around Woldia has closed schools for a third year; in West Gojjam, residents of Finote Selam say soldiers search every house. To the north, the Tigray interim administration in Mekelle said 1 million people displaced from Western Tigray are still waiting to go home to Humera. Gondar and Debre Tabor were calm.",
		gold: { 'BAHIR DAR': [11.59, 37.39], Ethiopia: [9.0, 39.5], Amhara: [11.5, 38.0], 'Bahir Dar': [11.59, 37.39], 'Debre Markos': [10.33, 37.73], Lalibela: [12.03, 39.04], 'North Wollo': [11.8, 39.3], Woldia: [11.83, 39.6], 'West Gojjam': [11.0, 37.2], 'Finote Selam': [10.7, 37.27], Tigray: [14.0, 39.0], Mekelle: [13.5, 39.47], 'Western Tigray': [14.0, 37.0], Humera: [14.3, 36.6], Gondar: [12.6, 37.47], 'Debre Tabor': [11.85, 38.02] },
		notPlaces: ['Fano']
	},
	{
		genre: 'international',
		text: "DAKAR - The first cargo of liquefied gas from the Greater Tortue Ahmeyim field left its floating plant off Saint-Louis on Monday, the field's operators said. The field lies on the maritime border between Senegal and Mauritania, and its gas is shared between them; a pipeline brings it 80 km from the wells to the plant near the Guet Ndar fishing quarter. Fishermen in Guet Ndar and Kayar say they have lost fishing grounds, and in Nouakchott the government said it would spend its share on power plants for Nouadhibou and Rosso. Senegal's Sangomar oil field, off Joal, has produced since last year.",
		gold: { DAKAR: [14.69, -17.45], 'Saint-Louis': [16.03, -16.5], Senegal: [14.5, -14.5], Mauritania: [20.0, -10.5], 'Guet Ndar': [16.02, -16.51], Kayar: [14.92, -17.12], Nouakchott: [18.09, -15.98], Nouadhibou: [20.94, -17.04], Rosso: [16.51, -15.81], Joal: [14.17, -16.83] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "QUITO - Ecuador's president Daniel Noboa declared a state of emergency in seven provinces on Thursday after a prison riot in Machala left 31 dead. The decree covers Guayas, El Oro, Los Ríos, Manabí, Santa Elena, Orellana and Sucumbíos, where troops may now enter homes without warrants. Guayaquil, the country's largest city and its main port, has recorded 2,000 murders this year; in Durán, across the river, gangs charge shopkeepers a weekly fee. In Esmeraldas, near the Colombian border, the army took over the oil refinery.",
		gold: { QUITO: [-0.18, -78.47], Ecuador: [-1.5, -78.0], Machala: [-3.26, -79.96], Guayas: [-2.0, -79.9], 'El Oro': [-3.5, -79.8], 'Los Ríos': [-1.5, -79.5], 'Manabí': [-1.0, -80.2], 'Santa Elena': [-2.2, -80.6], Orellana: [-0.8, -76.3], 'Sucumbíos': [0.1, -76.9], Guayaquil: [-2.19, -79.89], 'Durán': [-2.17, -79.84], Esmeraldas: [0.96, -79.65] },
		notPlaces: []
	}
];

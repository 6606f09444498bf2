// International and health news written for session 43 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s43` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Written in shapes the earlier world batches (s33-s42)
// lack: humanitarian situation reports by governorate, oblast and state (OCHA-style: Syria, Ukraine, Sudan),
// vaccination campaign notices by district (polio in Pakistan, yellow fever in Bolivia, mpox by health zone),
// trade and shipping news naming straits, canals, ports and anchorages (the Red Sea, the Black Sea grain corridor,
// Singapore and the Panama Canal), earthquake and cyclone bulletins written with distances and bearings ("38 km NNE
// of Socabaya"), elections in Latin America and South-East Asia (Peru's regions, the Philippines' provinces, Ecuador,
// Thailand), refugee-camp reports (Dadaab, Cox's Bazar, the Thai border), court reports naming villages (Darfur,
// Srebrenica), travel advisories listing regions (Colombia, Ethiopia), air-crash reports naming airports (Nepal,
// Brazil), peace processes named after cities ("the Astana process", "the Minsk agreements", "the Dayton
// agreement", "the Doha talks", "the Jeddah talks": never the city), clubs named by their towns in results abroad
// (graded as the town, as GeoWebNews grades "the goal against Norwich"), historical regions written as a demonym and
// a country ("Dutch Brazil", "Czech Canada"), and North Africa (Morocco, Libya, Algeria), the Horn (Somaliland,
// Ethiopia, Kenya's north-east), the Balkans (Kosovo's north, Bosnia, North Macedonia), Myanmar and the Andes.
// Session 42's leads are written in: Occidental Mindoro's towns, Odesa, Azerbaijan's Gazakh district, Shōnai,
// Porto the club (A).
// Gold points are the places' own, written from knowledge and checked against `gazette lookup`; a division's name
// with its division word ("Aleppo governorate") is graded too; rivers, seas, straits, canals, capes, routes, camps
// named only inside an agency's or a process's name, airports and a city named only inside a club's, an airline's or
// an agency's name are left ungraded.
// Half A is for tuning; half B stays held out.
// Before any change (main b15b062): A 223/231 within 161 km (international 186/193, health 37/38), 3 names of no
// place mapped, 48 gold names not mapped; B 241/244 (international 200/203, health 41/41), 5 names of no place
// mapped, 41 not mapped. A's wrong: Pauktaw (Rakhine) as the Bago town, Ifo (the Dadaab camp) as the Nigerian town,
// Goz Beida as the Ouaddaï namesake, Bale (the Oromia zone) as Basel, Novo Selo (Kosovo) as a Serbian one, Pivdennyi
// (the Odesa port) as the Dnipropetrovsk one, "Dutch Brazil" as Brazil and "Czech Canada" as Canada; names of no
// place mapped: the Astana process, the Minsk agreements and the Doha talks as their cities; not mapped though the
// gazetteer has them: Lens (the club), Caranavi, Rakhine, Chin and Magway
// before "State"/"Region", Arauca. The convention for clubs follows GeoWebNews (../shared/eval: "the fourth goal
// against Norwich" is a Metonymic toponym with Norwich's point): a club named by its town is graded as the town.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S43_A: GenreText[] = [
	{
		genre: 'international',
		text: "Syrian Arab Republic: Flash Update No. 4 (northern Aleppo). Since 30 November hostilities have displaced an estimated 120,000 people from Tall Refaat, Nubl and Az-Zahraa in northern Aleppo governorate. Most moved east towards Tabqa and Ar-Raqqa city or north-west into Idleb governorate, where reception centres in Sarmada and Dana are full. Partners in Al-Hasakeh governorate are preparing shelters in Tal Tamer; in Deir-ez-Zor, Al-Mayadin hospital received 60 wounded. Humanitarian convoys from Gaziantep through the Bab al-Hawa crossing continued.",
		gold: { 'Syrian Arab Republic': [35.0, 38.5], Aleppo: [36.2, 37.15], 'Tall Refaat': [36.47, 37.1], Nubl: [36.37, 36.99], 'Az-Zahraa': [36.36, 37.0], 'Aleppo governorate': [36.2, 37.5], Tabqa: [35.84, 38.55], 'Ar-Raqqa': [35.95, 39.01], 'Idleb governorate': [35.8, 36.6], Idleb: [35.8, 36.6], Sarmada: [36.18, 36.72], Dana: [36.21, 36.77], 'Al-Hasakeh governorate': [36.5, 40.9], 'Al-Hasakeh': [36.5, 40.9], 'Tal Tamer': [36.65, 40.37], 'Deir-ez-Zor': [35.33, 40.14], 'Al-Mayadin': [35.02, 40.45], Gaziantep: [37.07, 37.38] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Polio eradication: a sub-national immunisation campaign runs from 14 to 18 October in 38 districts of Khyber Pakhtunkhwa, Balochistan and Sindh, the Pakistan Polio Eradication Programme said. In Balochistan, vaccinators will cover Quetta, Pishin, Killa Abdullah and Chaman, where sewage samples were positive in September; in Sindh, Karachi's Gadap and Baldia towns and Hyderabad; in Khyber Pakhtunkhwa, Peshawar, Bannu and Lakki Marwat. Children crossing from Afghanistan at Torkham will be given drops at the border.",
		gold: { 'Khyber Pakhtunkhwa': [34.5, 72.0], Balochistan: [28.5, 65.5], Sindh: [26.0, 68.5], Quetta: [30.18, 67.0], Pishin: [30.58, 67.0], 'Killa Abdullah': [30.73, 66.66], Chaman: [30.92, 66.45], Karachi: [24.86, 67.01], Gadap: [25.1, 67.2], Baldia: [24.92, 66.97], Hyderabad: [25.38, 68.37], Peshawar: [34.01, 71.58], Bannu: [32.99, 70.6], 'Lakki Marwat': [32.6, 70.91], Afghanistan: [33.9, 67.7], Torkham: [34.1, 71.09] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Shipping: Red Sea transits remain about half of their level two years ago, the Suez Canal Authority said, as most container lines keep sending ships around the Cape of Good Hope. Tankers bound for Europe queue at the anchorage off Fujairah before taking the long route, and bunker sales in Port Louis and Walvis Bay have doubled. Traffic through the Bab el-Mandeb is mostly vessels calling at Jeddah, Port Sudan and Djibouti; Berbera's new terminal handled a record 30,000 containers, and some cargo for Yemen is now trucked from Salalah instead of landing at Hodeidah.",
		gold: { Fujairah: [25.12, 56.33], Europe: [50.0, 10.0], 'Port Louis': [-20.16, 57.5], 'Walvis Bay': [-22.96, 14.51], Jeddah: [21.49, 39.19], 'Port Sudan': [19.62, 37.22], Djibouti: [11.59, 43.15], Berbera: [10.44, 45.01], Yemen: [15.5, 47.5], Salalah: [17.02, 54.09], Hodeidah: [14.8, 42.95] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "M 6.2 - 38 km NNE of Socabaya, Peru. Origin time 04:17 UTC, depth 98 km (USGS). The earthquake was felt strongly in Arequipa and Moquegua and lightly in Tacna and in Arica, across the border in Chile. Peru's civil defence institute reported cracked walls in Chiguata and Yura and a landslide that blocked the road to Chivay in the Colca valley; no deaths were reported. Aftershocks up to magnitude 4.1 followed.",
		gold: { Socabaya: [-16.47, -71.53], Peru: [-10.0, -76.0], Arequipa: [-16.4, -71.54], Moquegua: [-17.19, -70.94], Tacna: [-18.01, -70.25], Arica: [-18.48, -70.32], Chile: [-30.0, -71.0], Chiguata: [-16.4, -71.39], Yura: [-16.25, -71.68], Chivay: [-15.64, -71.6], Colca: [-15.6, -71.8] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Tropical cyclone warning, Bay of Bengal, 0600 UTC. The very severe cyclonic storm was centred 410 km SW of Sittwe, Myanmar, and 520 km SSW of Cox's Bazar, Bangladesh, moving north-north-east at 14 km/h. Landfall is expected between Kyaukpyu and Teknaf on Sunday afternoon with winds of 175 km/h and a storm surge of 3 metres. Myanmar's meteorology department ordered evacuations in Rakhine State's Sittwe, Pauktaw and Myebon townships; Chin State and Magway Region should expect heavy rain. In Bangladesh, signal 10 was hoisted at Chattogram port.",
		gold: { Sittwe: [20.15, 92.9], Myanmar: [21.0, 96.0], "Cox's Bazar": [21.44, 91.98], Bangladesh: [23.7, 90.3], Kyaukpyu: [19.43, 93.55], Teknaf: [20.86, 92.3], 'Rakhine State': [19.8, 93.7], Rakhine: [19.8, 93.7], Pauktaw: [20.18, 93.0], Myebon: [20.05, 93.37], 'Chin State': [22.0, 93.6], Chin: [22.0, 93.6], 'Magway Region': [20.3, 94.7], Magway: [20.3, 94.7], Chattogram: [22.34, 91.83] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LIMA (Reuters) - Candidates backed by local movements won most of Peru's regional governorships in Sunday's elections, preliminary results showed, with national parties shut out of Arequipa, Cusco and Puno. In the north, a former mayor of Trujillo led in La Libertad, and in Piura the incumbent conceded. Junín's race, decided in Huancayo, went to a runoff, as did Loreto's, where counting in Iquitos was slowed by power cuts. In Lima, the capital's mayoral vote was too close to call.",
		gold: { LIMA: [-12.05, -77.04], Peru: [-10.0, -76.0], Arequipa: [-16.0, -72.5], Cusco: [-13.5, -72.0], Puno: [-15.0, -70.0], Trujillo: [-8.11, -79.03], 'La Libertad': [-8.0, -78.5], Piura: [-5.2, -80.6], 'Junín': [-11.5, -75.0], Huancayo: [-12.07, -75.21], Loreto: [-4.5, -75.0], Iquitos: [-3.75, -73.25], Lima: [-12.05, -77.04] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MANILA - The Commission on Elections proclaimed the winners of the governorships of the Mimaropa provinces on Thursday. In Occidental Mindoro, the count was delayed in Mamburao and Sablayan after flooding; in Oriental Mindoro, the incumbent was re-elected with strong margins in Calapan and Pinamalayan. Palawan's new governor, a former mayor of Puerto Princesa, promised a bridge to Coron. Marinduque and Romblon also re-elected their governors. In the Visayas, Cebu's race went to a recount.",
		gold: { MANILA: [14.6, 120.98], Mimaropa: [12.0, 120.5], 'Occidental Mindoro': [13.0, 120.9], Mamburao: [13.22, 120.6], Sablayan: [12.84, 120.77], 'Oriental Mindoro': [13.0, 121.4], Calapan: [13.41, 121.18], Pinamalayan: [13.03, 121.49], Palawan: [9.8, 118.7], 'Puerto Princesa': [9.74, 118.74], Coron: [12.0, 120.2], Marinduque: [13.4, 121.97], Romblon: [12.55, 122.27], Visayas: [11.0, 123.5], Cebu: [10.3, 123.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "DADAAB, Kenya (AP) - Food rations in the Dadaab camps were cut to 60 percent this month after donors fell short, the U.N. refugee agency said. New arrivals from Somalia's Gedo and Lower Juba regions, fleeing drought and fighting around Bardhere and Afmadow, wait up to three weeks to be registered at Hagadera and Ifo. Some families go on to Garissa, 100 km away, or to Nairobi's Eastleigh. Across the border in Ethiopia, the camps at Dolo Ado and Melkadida are also full, officials said.",
		gold: { DADAAB: [0.05, 40.31], Kenya: [0.5, 38.0], Dadaab: [0.05, 40.31], Somalia: [5.15, 46.2], Gedo: [3.0, 42.0], 'Lower Juba': [0.2, 41.6], Bardhere: [2.34, 42.28], Afmadow: [0.51, 42.07], Hagadera: [-0.01, 40.37], Ifo: [0.12, 40.31], Garissa: [-0.45, 39.65], Nairobi: [-1.29, 36.82], Eastleigh: [-1.27, 36.85], Ethiopia: [9.0, 39.5], 'Dolo Ado': [4.17, 42.06], Melkadida: [4.52, 41.72] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "THE HAGUE (Reuters) - Judges at the International Criminal Court heard on Tuesday from a witness who said militiamen had burned his village, Kodoom, in West Darfur in August 2003, before moving on to Bindisi. Prosecutors say the accused, a militia leader known as Ali Kushayb, ordered the killing of more than 100 men in Mukjar and Deleig, in what is now Central Darfur, in early 2004. The witness said survivors fled to Garsila and then to camps across the border in Chad, near Goz Beida.",
		gold: { 'THE HAGUE': [52.08, 4.3], Kodoom: [12.55, 23.45], 'West Darfur': [13.0, 22.5], Bindisi: [12.38, 23.48], Mukjar: [11.97, 23.98], Deleig: [12.06, 23.5], 'Central Darfur': [12.9, 23.5], Garsila: [12.37, 23.13], Chad: [15.0, 19.0], 'Goz Beida': [12.22, 21.41] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Colombia travel advisory. Reconsider travel to Colombia due to crime and terrorism. Do not travel to: Arauca, Cauca (except Popayán), and Norte de Santander departments, because of crime and terrorism; the Colombia-Venezuela border area, because of crime, kidnapping and the risk of detention when crossing into Venezuela. Exercise increased caution in Bogotá, Medellín and Cartagena. Travellers to Buenaventura, in Valle del Cauca, should use only the airport and the road to Cali.",
		gold: { Colombia: [4.0, -73.0], Arauca: [6.5, -71.0], Cauca: [2.5, -76.8], 'Popayán': [2.44, -76.61], 'Norte de Santander': [8.0, -72.8], Venezuela: [7.0, -66.0], 'Bogotá': [4.71, -74.07], 'Medellín': [6.25, -75.57], Cartagena: [10.4, -75.51], Buenaventura: [3.88, -77.03], 'Valle del Cauca': [3.8, -76.5], Cali: [3.45, -76.53] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KATHMANDU (AFP) - A Yeti Airlines ATR 72 carrying 72 people crashed on approach to Pokhara's new international airport on Sunday, falling into the gorge of the Seti river, officials said. The flight had left Kathmandu's Tribhuvan airport 27 minutes earlier. It was the worst air accident in Nepal since 1992, when a PIA plane flew into a hill south of the capital. Flights to Jomsom, Lukla and Bhairahawa were suspended while the Civil Aviation Authority inspected aircraft; the Kaski district police chief said 68 bodies had been recovered.",
		gold: { KATHMANDU: [27.71, 85.32], Pokhara: [28.21, 83.99], Kathmandu: [27.71, 85.32], Nepal: [28.2, 84.0], Jomsom: [28.78, 83.73], Lukla: [27.69, 86.73], Bhairahawa: [27.5, 83.45], Kaski: [28.3, 84.0] },
		notPlaces: ['Yeti']
	},
	{
		genre: 'international',
		text: "GENEVA (Reuters) - The U.N. envoy for Syria said on Friday the Astana process, under which Russia, Turkey and Iran had managed the front lines since 2017, had run its course, and called for talks between the new authorities in Damascus and the Kurdish-led administration in Qamishli. Diplomats compared the moment with the Minsk agreements, which froze the war in eastern Ukraine without settling it, and with the Doha talks, which ended America's war in Afghanistan but not the fighting between Afghans.",
		gold: { GENEVA: [46.2, 6.15], Syria: [35.0, 38.5], Russia: [60.0, 90.0], Turkey: [39.0, 35.0], Iran: [32.0, 53.0], Damascus: [33.51, 36.29], Qamishli: [37.05, 41.22], Ukraine: [49.0, 32.0], America: [39.8, -98.6], Afghanistan: [33.9, 67.7] },
		notPlaces: ['Astana', 'Minsk', 'Doha']
	},
	{
		genre: 'international',
		text: "European football. Portugal: Porto beat Braga 3-1 at the Dragão to stay two points behind Sporting, and Guimarães won 2-0 in Arouca. France: Lens drew 1-1 with Lille in the northern derby, Nantes lost 2-0 at home to Reims, and Marseille won 4-1 in Toulouse. In the Europa League on Thursday, Porto lost 1-0 in Rennes and Lyon beat Braga 2-1; Bordeaux, relegated last season, were not involved.",
		gold: { Portugal: [39.5, -8.0], Porto: [41.15, -8.61], Braga: [41.55, -8.42], 'Guimarães': [41.44, -8.3], Arouca: [40.93, -8.25], France: [46.6, 2.4], Lens: [50.43, 2.83], Lille: [50.63, 3.06], Nantes: [47.22, -1.55], Reims: [49.26, 4.03], Marseille: [43.3, 5.37], Toulouse: [43.6, 1.44], Rennes: [48.11, -1.68], Lyon: [45.76, 4.84], Bordeaux: [44.84, -0.58] },
		notPlaces: ['Sporting', 'Dragão']
	},
	{
		genre: 'international',
		text: "M 6.8 - 72 km SW of Marrakesh, Morocco. The shallow earthquake struck the High Atlas at 23:11 local time. The interior ministry said most of the 2,900 deaths were in Al Haouz province, around Talat N'Yaaqoub, Amizmiz and Ighil, near the epicentre, and in Taroudant and Chichaoua provinces. In Marrakesh, parts of the old city's walls collapsed. Rescuers from Spain, Qatar and the United Kingdom reached the mountain villages by road from Asni and by helicopter from Ouarzazate.",
		gold: { Marrakesh: [31.63, -8.0], Morocco: [31.8, -7.1], 'High Atlas': [31.3, -7.5], 'Al Haouz': [31.3, -8.0], "Talat N'Yaaqoub": [30.99, -8.18], Amizmiz: [31.22, -8.24], Ighil: [31.06, -8.43], Taroudant: [30.47, -8.88], Chichaoua: [31.54, -8.76], Spain: [40.4, -3.7], Qatar: [25.3, 51.2], 'United Kingdom': [54.0, -2.0], Asni: [31.25, -7.98], Ouarzazate: [30.92, -6.9] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Ethiopia: measles and cholera. The Ethiopian Public Health Institute reported 1,412 suspected measles cases in four weeks, mostly in Oromia's Bale and Guji zones and in the Somali region around Jigjiga and Gode. A cholera outbreak in Amhara's North Gondar zone has reached Metemma, on the Sudan border, where people fleeing the fighting in Sudan cross at Gallabat. Afar reported cases in Semera and Asayita. A reactive vaccination campaign starts on Monday in Dire Dawa and Harar.",
		gold: { Ethiopia: [9.0, 39.5], Oromia: [7.5, 39.5], Bale: [6.8, 40.0], Guji: [5.5, 39.0], Somali: [6.8, 44.0], Jigjiga: [9.35, 42.8], Gode: [5.95, 43.55], Amhara: [11.5, 38.5], 'North Gondar': [13.0, 37.5], Metemma: [12.95, 36.2], Sudan: [15.5, 30.0], Gallabat: [12.97, 36.15], Afar: [12.0, 41.0], Semera: [11.79, 41.0], Asayita: [11.57, 41.44], 'Dire Dawa': [9.6, 41.85], Harar: [9.31, 42.12] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "PRISTINA (AFP) - Kosovo police closed the Jarinje and Bërnjak crossings into Serbia on Sunday after barricades went up overnight in the Serb-majority north. Shops in Leposavić, Zubin Potok and Zvečan stayed shut, and in North Mitrovica, across the Ibar bridge from the Albanian south of the city, protesters blocked the main street. NATO's peacekeepers sent patrols from Novo Selo. Serbia's army chief visited Raška, 10 km from the boundary, and Belgrade said it would not intervene.",
		gold: { PRISTINA: [42.66, 21.17], Kosovo: [42.6, 20.9], Jarinje: [43.08, 20.54], 'Bërnjak': [42.89, 20.4], Serbia: [44.0, 20.8], 'Leposavić': [43.1, 20.8], 'Zubin Potok': [42.91, 20.69], 'Zvečan': [42.91, 20.84], 'North Mitrovica': [42.89, 20.87], 'Novo Selo': [42.82, 20.93], 'Raška': [43.29, 20.62], Belgrade: [44.82, 20.46] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Black Sea grain corridor: weekly summary. Ukraine exported 4.1 million tonnes through its own corridor in October, the most since the war began. Ships leaving Odesa, Chornomorsk and Pivdennyi sail along the western shore past Romania's coast to the Bosphorus, where a queue of 40 vessels waited off Istanbul on Friday. Danube ports at Izmail and Reni handled 600,000 tonnes, much of it transhipped at Constanța. Two ships were damaged by drones while at anchor off Chornomorsk; insurers raised war-risk premiums.",
		gold: { Ukraine: [49.0, 32.0], Odesa: [46.48, 30.73], Chornomorsk: [46.3, 30.65], Pivdennyi: [46.62, 31.02], Romania: [45.9, 24.9], Istanbul: [41.01, 28.98], Izmail: [45.35, 28.84], Reni: [45.46, 28.28], 'Constanța': [44.17, 28.63] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "RECIFE, Brazil - Four centuries after the Dutch West India Company seized Pernambuco, historians gathered in Recife this week to discuss Dutch Brazil, the colony that stretched from Sergipe to Maranhão between 1630 and 1654. In Olinda, whose churches the invaders burned, and in João Pessoa, once Frederikstad, walking tours now point out Dutch forts. Tourists from the Netherlands also visit Czech Canada, the wooded hills around Slavonice and Jindřichův Hradec, where a Recife-born writer lived for a decade.",
		gold: { RECIFE: [-8.05, -34.9], Brazil: [-10.0, -53.0], Pernambuco: [-8.3, -37.9], Recife: [-8.05, -34.9], 'Dutch Brazil': [-8.05, -34.9], Sergipe: [-10.6, -37.4], 'Maranhão': [-5.0, -45.3], Olinda: [-8.01, -34.85], 'João Pessoa': [-7.12, -34.86], Frederikstad: [-7.12, -34.86], Netherlands: [52.2, 5.5], 'Czech Canada': [49.1, 15.25], Slavonice: [48.99, 15.35], 'Jindřichův Hradec': [49.14, 15.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TOKYO (Kyodo) - Record rain flooded paddies across the Shōnai plain in Yamagata prefecture on Thursday, weeks before the harvest, and the Mogami river burst its banks near Sakata. Tsuruoka and Sakata ordered 12,000 people to evacuate. Akita prefecture's Yurihonjo also issued warnings. In Azerbaijan's Gazakh district, meanwhile, a delegation from Yamagata signed a twinning deal for a rice research station near Gazakh town, on the Armenian border.",
		gold: { TOKYO: [35.68, 139.69], 'Shōnai': [38.85, 139.9], Yamagata: [38.3, 140.1], Sakata: [38.91, 139.84], Tsuruoka: [38.73, 139.83], Akita: [39.7, 140.4], Yurihonjo: [39.39, 140.05], Azerbaijan: [40.3, 47.7], Gazakh: [41.1, 45.37] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "SANTA CRUZ, Bolivia - The health ministry began a yellow fever vaccination drive after 18 confirmed cases, nine of them fatal, in the Yungas of La Paz department and in Cochabamba's Chapare. Teams will vaccinate in Caranavi, Palos Blancos and Alto Beni, and along the road from Villa Tunari to Shinahota. Santa Cruz department reported two imported cases in Yapacaní. Peru's health authority said it would vaccinate travellers at Desaguadero, on Lake Titicaca.",
		gold: { 'SANTA CRUZ': [-17.78, -63.18], Bolivia: [-16.5, -64.5], Yungas: [-16.2, -67.7], 'La Paz': [-15.5, -68.0], Cochabamba: [-17.4, -65.8], Chapare: [-16.8, -65.5], Caranavi: [-15.83, -67.57], 'Palos Blancos': [-15.58, -67.25], 'Alto Beni': [-15.4, -67.4], 'Villa Tunari': [-16.97, -65.42], Shinahota: [-16.98, -65.26], 'Santa Cruz': [-17.0, -61.5], 'Yapacaní': [-17.4, -63.83], Peru: [-10.0, -76.0], Desaguadero: [-16.57, -69.04] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S43_B: GenreText[] = [
	{
		genre: 'international',
		text: "Ukraine: Humanitarian Situation Report, 14 May. In Donetsk oblast, shelling of Pokrovsk, Myrnohrad and Kostiantynivka displaced 3,200 people, most of whom were evacuated to Dnipro and Pavlohrad. In Kharkiv oblast, attacks on Kupiansk and Vovchansk continued, and Kharkiv city was struck by guided bombs. Kherson oblast's riverside communities, including Bilozerka and Antonivka, remain under daily fire from the left bank. In Sumy oblast, 11 villages near the Russian border were ordered to evacuate.",
		gold: { Ukraine: [49.0, 32.0], 'Donetsk oblast': [48.0, 37.8], Donetsk: [48.0, 37.8], Pokrovsk: [48.28, 37.18], Myrnohrad: [48.3, 37.26], Kostiantynivka: [48.53, 37.71], Dnipro: [48.46, 35.05], Pavlohrad: [48.53, 35.87], 'Kharkiv oblast': [49.5, 36.5], Kharkiv: [49.99, 36.23], Kupiansk: [49.71, 37.62], Vovchansk: [50.29, 36.94], 'Kherson oblast': [46.7, 33.5], Kherson: [46.7, 33.5], Bilozerka: [46.64, 32.39], Antonivka: [46.68, 32.71], 'Sumy oblast': [51.0, 34.0], Sumy: [51.0, 34.0] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Sudan: Situation Report. In North Darfur, fighting around El Fasher has driven more than 400,000 people from Zamzam camp to Tawila, 60 km to the west, where water is scarce. In South Kordofan, Kadugli and Dilling have been cut off since January. The recapture of Wad Madani has let traders return to Gezira state, but markets in Sennar and Blue Nile remain disrupted. Some 20,000 people crossed into Chad at Adré in April, and convoys from Port Sudan reached Kosti and El Obeid.",
		gold: { Sudan: [15.5, 30.0], 'North Darfur': [15.8, 25.0], 'El Fasher': [13.63, 25.35], Tawila: [13.5, 24.85], 'South Kordofan': [11.0, 30.0], Kadugli: [11.01, 29.72], Dilling: [12.05, 29.65], 'Wad Madani': [14.4, 33.52], Gezira: [14.5, 33.3], Sennar: [13.55, 33.62], 'Blue Nile': [11.5, 34.3], Chad: [15.0, 19.0], 'Adré': [13.47, 22.2], 'Port Sudan': [19.62, 37.22], Kosti: [13.16, 32.66], 'El Obeid': [13.18, 30.22] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Mpox vaccination, Democratic Republic of the Congo: week 38 update. The second phase of the campaign reached 62,000 people in 14 health zones. In South Kivu, teams vaccinated in Uvira, Kamituga and Kavumu, and in North Kivu in Goma and Nyiragongo. In Kinshasa, vaccination started in Limete, Kingasani and Kisenso. Equateur province, where clade Ia is endemic, began in Mbandaka and Bikoro. Doses arrived through Kigali, in Rwanda, and by air from Entebbe.",
		gold: { 'Democratic Republic of the Congo': [-2.9, 23.6], 'South Kivu': [-3.0, 28.3], Uvira: [-3.4, 29.14], Kamituga: [-3.06, 28.18], Kavumu: [-2.31, 28.81], 'North Kivu': [-0.8, 29.0], Goma: [-1.68, 29.23], Nyiragongo: [-1.52, 29.25], Kinshasa: [-4.32, 15.31], Limete: [-4.37, 15.34], Kingasani: [-4.41, 15.41], Kisenso: [-4.41, 15.34], Equateur: [0.0, 18.5], Mbandaka: [0.05, 18.26], Bikoro: [-0.75, 18.12], Kigali: [-1.95, 30.06], Rwanda: [-2.0, 29.9], Entebbe: [0.05, 32.46] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SINGAPORE (Reuters) - More than 70 container ships were waiting at anchor off Singapore and Malaysia's Port Klang on Wednesday, as lines skipping the Red Sea bunched their calls. Berths at Tanjung Pelepas, in Johor, were booked two weeks ahead, and some feeders were sent to Batam and Belawan in Indonesia. In Panama, the canal authority lifted draught limits at Gatun Lake after rains, letting ships queued at Balboa and Colón through at full load.",
		gold: { SINGAPORE: [1.29, 103.85], Singapore: [1.29, 103.85], Malaysia: [4.0, 109.5], 'Port Klang': [3.0, 101.39], 'Tanjung Pelepas': [1.36, 103.55], Johor: [2.0, 103.5], Batam: [1.08, 104.03], Belawan: [3.78, 98.69], Indonesia: [-2.5, 118.0], Panama: [8.5, -80.1], Balboa: [8.95, -79.57], 'Colón': [9.36, -79.9] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "M 5.4 - 12 km NE of Stolac, Bosnia and Herzegovina. The quake struck at a depth of 10 km at 14:02 local time and was felt in Mostar, Trebinje and Dubrovnik and as far as Nikšić in Montenegro. Houses were damaged in Berkovići and Ljubinje, and a mosque's minaret cracked in Stolac. The Herzegovina-Neretva canton's civil protection sent tents to Čapljina's sports hall. Aftershocks continued through the night.",
		gold: { Stolac: [43.08, 17.96], 'Bosnia and Herzegovina': [44.2, 17.8], Mostar: [43.34, 17.81], Trebinje: [42.71, 18.34], Dubrovnik: [42.65, 18.09], 'Nikšić': [42.77, 18.94], Montenegro: [42.7, 19.3], 'Berkovići': [43.1, 18.17], Ljubinje: [42.95, 18.09], 'Herzegovina-Neretva': [43.3, 17.8], 'Čapljina': [43.12, 17.7] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Cyclone advisory No. 9, South-West Indian Ocean. The intense tropical cyclone was located 180 km ENE of Quelimane, Mozambique, at 1200 UTC, moving west-south-west at 12 km/h, with gusts to 220 km/h. Landfall is expected near Pebane in Zambézia province tonight; heavy rain will reach Nampula province, including Angoche and Moma, and southern Malawi around Blantyre and Mulanje. Madagascar's Mahajanga, 760 km to the north-east, is no longer under alert.",
		gold: { Quelimane: [-17.88, 36.89], Mozambique: [-18.25, 35.0], Pebane: [-17.26, 38.15], 'Zambézia': [-16.5, 37.0], Nampula: [-15.0, 39.0], Angoche: [-16.23, 39.91], Moma: [-16.74, 39.23], Malawi: [-13.25, 34.3], Blantyre: [-15.79, 35.0], Mulanje: [-16.03, 35.5], Madagascar: [-19.0, 46.7], Mahajanga: [-15.72, 46.32] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "QUITO (AP) - Ecuador's president won a second term on Sunday, carrying the coast's most populous provinces, Guayas and Manabí, as well as El Oro, where he campaigned in Machala on the final day. His rival won Pichincha, which includes Quito, and the Andean provinces of Azuay and Loja, with big margins in Cuenca. Turnout was lowest in Esmeraldas, where voting in San Lorenzo was suspended for an hour after gunfire. Guayaquil, the largest city, voted for the president by 20 points.",
		gold: { QUITO: [-0.18, -78.47], Ecuador: [-1.5, -78.0], Guayas: [-2.0, -80.0], 'Manabí': [-1.0, -80.3], 'El Oro': [-3.5, -79.8], Machala: [-3.26, -79.96], Pichincha: [-0.2, -78.5], Quito: [-0.18, -78.47], Azuay: [-3.0, -79.1], Loja: [-4.0, -79.4], Cuenca: [-2.9, -79.0], Esmeraldas: [0.9, -79.4], 'San Lorenzo': [1.29, -78.84], Guayaquil: [-2.19, -79.89] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "BANGKOK (Reuters) - The opposition People's Party won 31 of Bangkok's 33 seats in Sunday's election and swept the north around Chiang Mai and Lampang, partial results showed. The ruling coalition held much of the north-east, including Khon Kaen and Udon Thani, though it lost Nakhon Ratchasima. In the deep south, a regional party again won most seats in Pattani, Yala and Narathiwat, while Songkhla went to the Democrats. Phuket and Surat Thani split.",
		gold: { BANGKOK: [13.75, 100.5], Bangkok: [13.75, 100.5], 'Chiang Mai': [18.79, 98.98], Lampang: [18.29, 99.49], 'Khon Kaen': [16.43, 102.83], 'Udon Thani': [17.41, 102.79], 'Nakhon Ratchasima': [14.97, 102.1], Pattani: [6.87, 101.25], Yala: [6.54, 101.28], Narathiwat: [6.43, 101.82], Songkhla: [7.2, 100.6], Phuket: [7.89, 98.4], 'Surat Thani': [9.14, 99.33] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MAE SOT, Thailand - The nine camps along the Thai-Myanmar border now shelter about 90,000 people, most of them Karen, and arrivals from Myanmar's Kayin State have risen since fighting around Myawaddy. At Mae La, the largest camp, 35 km north of Mae Sot in Tak province, rations have fallen to $3 a month. Umpiem Mai and Nu Po camps, farther south, have no new space. In Bangladesh, meanwhile, 8,000 Rohingya arrived at Kutupalong near Ukhia this year, and some have been moved to Bhasan Char.",
		gold: { 'MAE SOT': [16.71, 98.57], Thailand: [15.0, 101.0], Myanmar: [21.0, 96.0], 'Kayin State': [17.0, 97.7], Kayin: [17.0, 97.7], Myawaddy: [16.69, 98.51], 'Mae La': [17.13, 98.37], 'Mae Sot': [16.71, 98.57], Tak: [16.9, 98.8], 'Umpiem Mai': [16.6, 98.67], 'Nu Po': [15.9, 98.7], Bangladesh: [23.7, 90.3], Kutupalong: [21.21, 92.16], Ukhia: [21.29, 92.1], 'Bhasan Char': [22.36, 91.39] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "THE HAGUE - A court in the Netherlands heard on Monday that Bosnian Serb forces separated men from women at Potočari in July 1995 and took them to schools and warehouses in Bratunac, Kravica and Orahovac before killing them. The witness, then 17, said he survived the shootings near Zvornik by lying under bodies and walked through the forests to Tuzla, in territory held by the government in Sarajevo. Remains of his father were found in a secondary grave near Zeleni Jadar.",
		gold: { 'THE HAGUE': [52.08, 4.3], Netherlands: [52.2, 5.5], 'Potočari': [44.14, 19.29], Bratunac: [44.19, 19.33], Kravica: [44.16, 19.17], Orahovac: [44.41, 19.07], Zvornik: [44.39, 19.1], Tuzla: [44.54, 18.67], Sarajevo: [43.86, 18.41], 'Zeleni Jadar': [44.04, 19.25] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Ethiopia travel advisory. Do not travel to Tigray; to Amhara, because of armed conflict; to the western part of Oromia, including the East and West Wollega zones; or within 10 km of the borders with Somalia, Kenya, Sudan, South Sudan and Eritrea. Reconsider travel to Gambella and to the Somali region outside Jigjiga. Flights between Addis Ababa and Bahir Dar, Gondar and Lalibela may be cancelled at short notice; the road from Mekelle to Adigrat is open.",
		gold: { Ethiopia: [9.0, 39.5], Tigray: [14.0, 39.0], Amhara: [11.5, 38.5], Oromia: [7.5, 39.5], 'West Wollega': [9.3, 35.5], Somalia: [5.15, 46.2], Kenya: [0.5, 38.0], Sudan: [15.5, 30.0], 'South Sudan': [7.0, 30.0], Eritrea: [15.3, 39.0], Gambella: [8.0, 34.0], Somali: [6.8, 44.0], Jigjiga: [9.35, 42.8], 'Addis Ababa': [9.03, 38.74], 'Bahir Dar': [11.59, 37.39], Gondar: [12.6, 37.47], Lalibela: [12.03, 39.04], Mekelle: [13.5, 39.47], Adigrat: [14.28, 39.46] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "SÃO PAULO (Reuters) - A Voepass ATR 72 flying from Cascavel, in Paraná state, to São Paulo's Guarulhos airport crashed on Friday into a housing estate in Vinhedo, 80 km north-west of the city, killing all 62 people on board. Residents of Valinhos and Louveira said they saw the plane spin. The flight had been due to land at 13:40. Investigators from Brasília arrived in the evening, and the bodies were taken to the morgue in Campinas.",
		gold: { 'SÃO PAULO': [-23.55, -46.63], Cascavel: [-24.96, -53.46], 'Paraná': [-24.6, -51.6], 'São Paulo': [-23.55, -46.63], Guarulhos: [-23.46, -46.53], Vinhedo: [-23.03, -46.98], Valinhos: [-22.97, -47.0], Louveira: [-23.09, -46.95], 'Brasília': [-15.79, -47.88], Campinas: [-22.91, -47.06] },
		notPlaces: ['Voepass']
	},
	{
		genre: 'international',
		text: "VIENNA (AFP) - Foreign ministers meeting in Vienna on Thursday disagreed over whether the Dayton agreement, which ended the Bosnian war, should be revised. Several recalled the Minsk agreements as a warning against deals that freeze conflicts. On Sudan, the United States and Saudi Arabia said the Jeddah talks would resume, and Qatar offered to host a new round modelled on the Doha talks on Afghanistan. Ministers from Serbia, Croatia and Bosnia and Herzegovina met separately.",
		gold: { VIENNA: [48.21, 16.37], Vienna: [48.21, 16.37], Sudan: [15.5, 30.0], 'United States': [39.8, -98.6], 'Saudi Arabia': [24.0, 45.0], Qatar: [25.3, 51.2], Afghanistan: [33.9, 67.7], Serbia: [44.0, 20.8], Croatia: [45.1, 15.2], 'Bosnia and Herzegovina': [44.2, 17.8] },
		notPlaces: ['Dayton', 'Minsk', 'Jeddah', 'Doha']
	},
	{
		genre: 'international',
		text: "ALGIERS (Reuters) - Wildfires fanned by the sirocco killed 34 people in north-eastern Algeria, most of them in Béjaïa province, where villages near Melbou and Souk El Tenine were evacuated. Fires also burned in Bouira, Jijel and Tizi Ouzou, and in El Tarf, near the Tunisian border, where smoke reached Tabarka. Tunisia sent two water bombers; Spain and Italy offered planes. In Annaba, hospitals treated 120 people for smoke inhalation.",
		gold: { ALGIERS: [36.75, 3.06], Algeria: [28.0, 2.6], 'Béjaïa': [36.75, 5.07], Melbou: [36.64, 5.36], 'Souk El Tenine': [36.62, 5.33], Bouira: [36.37, 3.9], Jijel: [36.82, 5.77], 'Tizi Ouzou': [36.71, 4.05], 'El Tarf': [36.77, 8.31], Tabarka: [36.95, 8.76], Tunisia: [34.0, 9.5], Spain: [40.4, -3.7], Italy: [42.8, 12.5], Annaba: [36.9, 7.77] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "HARGEISA (AP) - Somaliland's forces withdrew from Las Anod after months of fighting with clan militias who want the Sool region to be part of Somalia, officials said. Thousands of people displaced from the town have sheltered in Oog and Guumays, and some crossed into Ethiopia's Somali region. Puntland, whose capital is Garowe, said it would not send troops. In Berbera, a port Ethiopia hopes to use, trade was unaffected, and flights from Hargeisa to Erigavo in Sanaag resumed.",
		gold: { HARGEISA: [9.56, 44.06], Somaliland: [9.8, 46.0], 'Las Anod': [8.48, 47.36], Sool: [8.7, 47.4], Somalia: [5.15, 46.2], Oog: [8.93, 46.6], Guumays: [8.8, 46.9], Ethiopia: [9.0, 39.5], Somali: [6.8, 44.0], Puntland: [8.5, 49.0], Garowe: [8.4, 48.48], Berbera: [10.44, 45.01], Hargeisa: [9.56, 44.06], Erigavo: [10.62, 47.37], Sanaag: [10.4, 47.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JULIACA, Peru (Reuters) - Protesters blocked the airport in Juliaca and the highway to Puno for a third day on Tuesday, demanding early elections. The unrest spread to Ayacucho and Andahuaylas, in Apurímac, where clashes with police last week left 17 dead, and to Cusco, where the train to Machu Picchu was suspended and 800 tourists were stranded in Aguas Calientes. In Arequipa, miners from La Joya joined the march, and the government declared a state of emergency in Puno and Madre de Dios.",
		gold: { JULIACA: [-15.5, -70.13], Peru: [-10.0, -76.0], Juliaca: [-15.5, -70.13], Puno: [-15.0, -70.0], Ayacucho: [-13.16, -74.22], Andahuaylas: [-13.66, -73.39], 'Apurímac': [-14.0, -73.0], Cusco: [-13.53, -71.97], 'Machu Picchu': [-13.16, -72.55], 'Aguas Calientes': [-13.15, -72.52], Arequipa: [-16.4, -71.54], 'La Joya': [-16.42, -71.82], 'Madre de Dios': [-12.0, -70.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "YANGON (Reuters) - Ethnic armed groups in northern Shan State have taken Lashio, the largest town the military has lost, after earlier capturing Hsipaw and Kyaukme on the road to Mandalay. Traders said the border crossing at Muse, Myanmar's main gateway to China, reopened on Monday. In Kokang, the alliance that holds Laukkaing said it would talk with the junta in Kunming. In the south-east, Myawaddy, on the Thai border in Kayin State, changed hands twice in April, and fighting continues in Sagaing Region.",
		gold: { YANGON: [16.87, 96.2], 'Shan State': [21.5, 98.0], Shan: [21.5, 98.0], Lashio: [22.94, 97.75], Hsipaw: [22.62, 97.3], Kyaukme: [22.53, 97.03], Mandalay: [21.98, 96.08], Muse: [23.99, 97.9], Myanmar: [21.0, 96.0], China: [35.0, 103.0], Kokang: [23.8, 98.6], Laukkaing: [23.69, 98.76], Kunming: [25.04, 102.71], Myawaddy: [16.69, 98.51], 'Kayin State': [17.0, 97.7], Kayin: [17.0, 97.7], 'Sagaing Region': [23.5, 95.5], Sagaing: [23.5, 95.5] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "Dutch football. Utrecht beat Groningen 2-1 on Saturday to go third, and Heerenveen drew 0-0 with Twente in Friesland. Feyenoord won 3-0 in Rotterdam against Almere City, and Ajax lost 2-1 away to AZ in Alkmaar. In the Belgian league, Genk beat Anderlecht 3-1, and Club Brugge were held 1-1 by Gent in Bruges. Next week Utrecht travel to Zwolle.",
		gold: { Utrecht: [52.09, 5.12], Groningen: [53.22, 6.57], Heerenveen: [52.96, 5.92], Twente: [52.3, 6.8], Friesland: [53.1, 5.8], Rotterdam: [51.92, 4.48], Alkmaar: [52.63, 4.75], Genk: [50.97, 5.5], Anderlecht: [50.84, 4.31], Gent: [51.05, 3.72], Bruges: [51.21, 3.22], Zwolle: [52.51, 6.09] },
		notPlaces: ['Ajax', 'AZ', 'Club Brugge']
	},
	{
		genre: 'health',
		text: "SKOPJE - North Macedonia's Institute of Public Health reported 1,870 measles cases this year, most of them in Skopje, Tetovo and Kumanovo, and a first death, of an unvaccinated infant in Gostivar. Vaccination teams are working in the Roma neighbourhood of Šuto Orizari. Kosovo reported cases in Prizren and Ferizaj, and Serbia in Novi Pazar and Preševo. The WHO office in Copenhagen said the Balkans' coverage had fallen below 80 percent.",
		gold: { SKOPJE: [42.0, 21.43], 'North Macedonia': [41.6, 21.7], Skopje: [42.0, 21.43], Tetovo: [42.01, 20.97], Kumanovo: [42.13, 21.71], Gostivar: [41.8, 20.91], 'Šuto Orizari': [42.03, 21.42], Kosovo: [42.6, 20.9], Prizren: [42.21, 20.74], Ferizaj: [42.37, 21.15], Serbia: [44.0, 20.8], 'Novi Pazar': [43.14, 20.51], 'Preševo': [42.31, 21.65], Copenhagen: [55.68, 12.57], Balkans: [43.0, 21.0] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "PIURA, Peru - Dengue cases in northern Peru rose to 68,000, the health ministry said, with Piura region accounting for more than half, mostly in Piura city, Sullana and Castilla. Tumbes and Lambayeque declared health emergencies; Chiclayo's hospitals have set up fever units. In Talara, on the coast, larvicide teams have treated 30,000 homes. Ecuador's El Oro province, across the border from Tumbes, reported a rise in Huaquillas.",
		gold: { PIURA: [-5.19, -80.63], Peru: [-10.0, -76.0], Piura: [-5.19, -80.63], Sullana: [-4.9, -80.69], Castilla: [-5.2, -80.62], Tumbes: [-3.57, -80.45], Lambayeque: [-6.7, -79.9], Chiclayo: [-6.77, -79.84], Talara: [-4.58, -81.27], Ecuador: [-1.5, -78.0], 'El Oro': [-3.5, -79.8], Huaquillas: [-3.48, -80.23] },
		notPlaces: []
	}
];

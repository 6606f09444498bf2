// International and health news written for session 36 (none copied from anywhere) and scored BEFORE any change
// was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-world-s36` (issue #10: hidden
// international and health news at Acc@161 0.84 and 0.83). Regions session 35's batch left out: West Africa's
// coast, the African Great Lakes, southern Africa, the Maghreb, the Gulf and Levant, Central Asia, Indonesia and the
// Philippines, the Amazon basin, Central America, Ukraine, Moldova and Belarus, the Nordic Arctic, and UK, Irish,
// Canadian, Australian and Indian regional news whose towns are named like famous places elsewhere (Boston, Louth,
// Enterprise, Jasper, New England, Warwick, Yarmouth, Souris, Orkney, Richmond). Shapes: ports and chokepoints,
// camps, sanctions and trade disputes, tournaments abroad, elections by department or constituency, peacekeepers,
// droughts and wildfires, mines and oil fields, outbreaks by district, vaccination drives, an agency's list of
// countries, abstracts (Background/Methods/Findings, Objectives/Design/Setting). Made harder than session 35's:
// longer texts with 15-30 names, datelines and bylines, people named like places ("Amina Sokoto", "Verona Murphy",
// "Victor Falls"), firms, clubs, ships and pipelines named for places (the tanker "Sabang Pride", "Druzhba",
// "Tata Steel", "TP Mazembe"), small places named like bigger ones and given without their country in the sentence
// (Triangle, Trujillo, Liberia, Santa Cruz, David, La Pampa, Tripoli, Brest), names standing for a river, lake or
// province as well as a town (Kariba, Madeira, Zambezi, Murray), and places given only by an earlier mention.
// Gold points are the places' own coordinates, written from knowledge and checked against
// `gazette lookup NAME --country CC`; a river, lake or sea is given a point on the stretch the text speaks of, so
// the gazetteer's single point for a long river can be wrong here (the Tigris at Amarah, the Euphrates at Haditha,
// the Murray at Swan Hill). A country spanning two land masses (Malaysia) is given a point between them. notPlaces
// lists the names as written that are no place here (a person, firm, party, club, ship or pipeline): each one
// mapped is counted as a false place. The gold lists a name's shorter forms too ("Ogun State" and "Ogun"). Half A
// is for tuning; half B stays held out.
// Before any change (main b62ed47): A 342/351 within 161 km (international 250/258, health 92/93), 2 names of no
// place mapped, 61 gold names not mapped; B 313/325 (international 219/227, health 94/98), 1 name of no place
// mapped, 57 not mapped. A's misses: a byline's surname (Sokoto) and a port captain's (Albuquerque) mapped; a sugar
// estate (Hippo Valley) read as Annaba by an old name; the Rio Negro at Manaus as a town in Paraná; a Honduran town
// (Trujillo) as the Peruvian city in a text datelined Tegucigalpa; a Ukrainian port (Pivdennyi) and a Lebanese town
// (Minieh) the gazetteer lacks, read as namesakes; Enterprise (Northwest Territories) as a US town; the New England
// of New South Wales as the US region. B's (not tuned on): Liberia, the town in Guanacaste, read as the country
// (twice); Yarmouth (Nova Scotia) as the town in Maine; La Pampa (Peru) as the Argentine province; Madura as a
// town in West Java; St. Marys Bay as an English village; the pipeline Druzhba as a Russian town; and rivers and a
// sea whose stretch is far from the gazetteer's point. Not mapped: camps, mines, oil fields, ports and islands the
// gazetteer lacks (Bulengo, Bisie, Tengiz, Kashagan, Ras Laffan, Halmahera, Bintan, Boracay, Pituffik), and towns
// it has but the geoparser dropped (Sake, Khor Fakkan, Toktogul, Puerto Cortés, Jasper, Isabela City, Sidi Bouzid,
// Djerba, Haditha, Mozyr, Metula, Kiryat Shmona, Whitby).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_WORLD_S36_A: GenreText[] = [
	{
		genre: 'international',
		text: "LAGOS, Nigeria (Reuters) - Congestion at Apapa and Tin Can Island has pushed shippers to send containers bound for Nigeria to Lomé and Cotonou instead, freight forwarders said on Thursday, while the new deep-sea port at Lekki still waits for a road worth the name. Trucks queuing for the Apapa gates now stretch back past Ijora. Dangote Cement, which ships clinker from its Ibese plant in Ogun State, said the delays cost it $4 million a week. Reporting by Amina Sokoto. In Ghana, Tema handled record volumes in November, and the older port of Takoradi, 200 km to the west, has been dredged for bauxite railed from Awaso and manganese from Nsuta. \"Tema is full, Lomé is full, and Abidjan is not much better,\" said Kofi Mensah, who runs a forwarding firm in Accra. The Ivorian port of San-Pédro, built for cocoa, now also loads nickel ore trucked from Biankouma.",
		gold: { LAGOS: [6.45, 3.39], Nigeria: [9.08, 8.68], Apapa: [6.45, 3.36], 'Tin Can Island': [6.44, 3.35], Lomé: [6.13, 1.22], Cotonou: [6.37, 2.42], Lekki: [6.44, 3.95], Ijora: [6.47, 3.37], Ibese: [6.97, 3.05], 'Ogun State': [7.0, 3.35], Ogun: [7.0, 3.35], Ghana: [7.95, -1.03], Tema: [5.67, -0.01], Takoradi: [4.9, -1.76], Awaso: [6.23, -2.27], Nsuta: [5.28, -1.97], Abidjan: [5.35, -4.0], Accra: [5.56, -0.2], 'San-Pédro': [4.75, -6.64], Biankouma: [7.74, -7.61] },
		notPlaces: ['Dangote Cement', 'Dangote', 'Amina Sokoto', 'Sokoto', 'Kofi Mensah']
	},
	{
		genre: 'international',
		text: "GOMA, Democratic Republic of Congo — More than 150,000 people have reached the camps around Goma since M23 rebels took Rubaya, the coltan-mining town in Masisi territory, aid agencies said on Tuesday. The sites at Bulengo and Lushagala, west of the city on the road to Sake, now hold twice the numbers they were laid out for, and latrines are overflowing. \"We ran from Kitchanga with nothing,\" said Esperance, 34, who walked for five days with her four children. Across the border in Rwanda, Gisenyi has seen a rise in cholera, and Uganda has opened a transit centre at Nyakabande, near Kisoro, for families crossing at Bunagana. Burundi shut its border post at Gatumba after shells fell near Uvira in South Kivu. The UN refugee agency said its appeal for the two Kivu provinces was 18 percent funded.",
		gold: { GOMA: [-1.68, 29.23], 'Democratic Republic of Congo': [-2.88, 23.66], Goma: [-1.68, 29.23], Rubaya: [-1.55, 28.89], Masisi: [-1.4, 28.82], Bulengo: [-1.62, 29.15], Lushagala: [-1.63, 29.17], Sake: [-1.57, 29.04], Kitchanga: [-1.2, 29.08], Rwanda: [-1.94, 29.87], Gisenyi: [-1.7, 29.26], Uganda: [1.37, 32.29], Nyakabande: [-1.27, 29.67], Kisoro: [-1.28, 29.69], Bunagana: [-1.28, 29.6], Burundi: [-3.37, 29.92], Gatumba: [-3.33, 29.25], Uvira: [-3.4, 29.14], 'South Kivu': [-3.0, 28.3], Kivu: [-1.9, 28.9] },
		notPlaces: ['M23', 'Esperance']
	},
	{
		genre: 'international',
		text: "HARARE (Reuters) - Zimbabwe declared a state of disaster on Wednesday as the worst drought in forty years withered maize across Masvingo and Matabeleland South and in the Lowveld around Chiredzi, where cane on the Triangle and Hippo Valley estates is watered from dams that are nearly dry. Lake Kariba, whose water turns the turbines at Kariba, fell to 13 percent of its usable storage, and Zambia cut power to the copper mines of the Copperbelt around Kitwe and Chingola for up to 20 hours a day. In Namibia, the government said it would cull 700 wild animals, among them elephants from the Zambezi region, to feed families in Kunene and the Kavango regions. Francistown, Botswana's second city, has rationed water from the Shashe dam. Triangle's mill manager, Victor Falls, said cane yields would be the lowest since 1992.",
		gold: { HARARE: [-17.83, 31.05], Zimbabwe: [-19, 29.8], Masvingo: [-20.07, 30.83], 'Matabeleland South': [-21.0, 29.5], Lowveld: [-21.0, 31.5], Chiredzi: [-21.05, 31.67], Triangle: [-21.03, 31.45], 'Hippo Valley': [-21.02, 31.6], 'Lake Kariba': [-17.0, 28.0], Kariba: [-16.52, 28.8], Zambia: [-13.1, 27.85], Copperbelt: [-12.8, 28.0], Kitwe: [-12.8, 28.21], Chingola: [-12.53, 27.85], Namibia: [-22.6, 17.1], Zambezi: [-17.8, 24.0], 'Zambezi region': [-17.8, 24.0], Kunene: [-18.5, 14.0], Kavango: [-18.0, 19.5], Francistown: [-21.17, 27.51], Botswana: [-22.3, 24.7], Shashe: [-21.4, 27.4] },
		notPlaces: ['Victor Falls']
	},
	{
		genre: 'international',
		text: "ALGIERS (Reuters) - Algeria's state energy company Sonatrach will send all of its pipeline gas for Spain through the Medgaz line from Beni Saf to Almería after letting its contract for the older pipeline across Morocco lapse, the energy ministry said on Sunday. That line ran from the Hassi R'Mel field through Morocco and under the Strait of Gibraltar to Tarifa. Rabat said it would import liquefied gas through Spanish terminals and build its own at Nador. The plants at Arzew, east of Oran, and at Skikda will ship the rest as LNG to Italy and Turkey. On the closed border near Oujda, date traders in the oasis of Figuig said the dispute had cost them their last customers across the line. Naturgy, Spain's largest gas supplier, said supplies to Madrid and Barcelona were secure.",
		gold: { ALGIERS: [36.75, 3.06], Algeria: [28, 2], Spain: [40.4, -3.7], 'Beni Saf': [35.3, -1.38], Almería: [36.84, -2.46], Morocco: [31.8, -7.1], "Hassi R'Mel": [32.93, 3.27], 'Strait of Gibraltar': [35.97, -5.5], Tarifa: [36.01, -5.6], Rabat: [34.02, -6.84], Nador: [35.17, -2.93], Arzew: [35.85, -0.32], Oran: [35.7, -0.63], Skikda: [36.88, 6.9], Italy: [42.8, 12.8], Turkey: [39, 35], Oujda: [34.68, -1.91], Figuig: [32.11, -1.23], Madrid: [40.42, -3.7], Barcelona: [41.39, 2.17] },
		notPlaces: ['Sonatrach', 'Medgaz', 'Naturgy']
	},
	{
		genre: 'international',
		text: "DUBAI (Reuters) - Owners have raised war-risk cover for voyages through the Strait of Hormuz after Iran's Revolutionary Guards seized the Greek-owned tanker Aegean Glory off Khor Fakkan and sailed it to Bandar Abbas, shipping sources said. Tankers loading at Ras Tanura in Saudi Arabia, at Mina al-Ahmadi in Kuwait and at the offshore terminal south of Basra now wait off Fujairah for escorts, and Qatar said cargoes from Ras Laffan were running two days late. Oman offered berths at Duqm and Sohar, outside the strait, and the United Arab Emirates said its pipeline from Habshan to Fujairah was running at full capacity. In the Red Sea, two bulk carriers reported drones fired from near Hodeidah in Yemen. The Aegean Glory's 23 crew, most of them from the Philippines, are reported unharmed.",
		gold: { DUBAI: [25.2, 55.27], 'Strait of Hormuz': [26.57, 56.25], Iran: [32, 53], 'Khor Fakkan': [25.34, 56.35], 'Bandar Abbas': [27.18, 56.27], 'Ras Tanura': [26.64, 50.16], 'Saudi Arabia': [24, 45], 'Mina al-Ahmadi': [29.07, 48.15], Kuwait: [29.3, 47.6], Basra: [30.5, 47.8], Fujairah: [25.12, 56.33], Qatar: [25.3, 51.2], 'Ras Laffan': [25.9, 51.55], Oman: [21, 57], Duqm: [19.66, 57.7], Sohar: [24.35, 56.7], 'United Arab Emirates': [24, 54], Habshan: [23.85, 53.6], 'Red Sea': [20, 38.5], Hodeidah: [14.8, 42.95], Yemen: [15.5, 48], Philippines: [12.9, 121.8] },
		notPlaces: ['Aegean Glory', 'Aegean', 'Revolutionary Guards']
	},
	{
		genre: 'international',
		text: "TASHKENT — Uzbekistan and Kyrgyzstan agreed on Friday to share the water of the Toktogul reservoir through the summer, easing fears among cotton farmers in the Fergana Valley, where canals around Andijan and Namangan ran dry last July. Kyrgyzstan will release more water in the growing season in return for Uzbek electricity in winter for Osh and Jalal-Abad. Talks on the border with Tajikistan, where clashes near the enclave of Vorukh and the town of Isfara killed dozens in 2022, are to resume in Batken next month. Downstream, Kazakhstan said the Syr Darya at Kyzylorda carried a third less water than usual and the northern Aral Sea had fallen again. All three governments fear Afghanistan's Qosh Tepa canal, which will draw water from the Amu Darya in Balkh province, across the river from Termez.",
		gold: { TASHKENT: [41.3, 69.28], Uzbekistan: [41.38, 64.58], Kyrgyzstan: [41.2, 74.77], Toktogul: [41.8, 72.85], 'Fergana Valley': [40.9, 71.8], Andijan: [40.78, 72.34], Namangan: [41.0, 71.67], Osh: [40.53, 72.8], 'Jalal-Abad': [40.93, 73.0], Tajikistan: [38.86, 71.28], Vorukh: [39.85, 70.57], Isfara: [40.12, 70.63], Batken: [40.06, 70.82], Kazakhstan: [48, 67], 'Syr Darya': [44.8, 65.5], Kyzylorda: [44.85, 65.51], 'Aral Sea': [45.0, 60.0], Afghanistan: [33.9, 67.7], 'Qosh Tepa': [36.9, 66.4], 'Amu Darya': [37.2, 66.8], Balkh: [36.75, 66.9], Termez: [37.22, 67.28] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "JAKARTA (Reuters) — Villagers in Bahodopi, beside the nickel smelters of the Morowali industrial park in Central Sulawesi, blocked the coastal road for a third day on Monday over dust and a shortage of clean water, police said. The park, run with China's Tsingshan, turns ore from across Sulawesi into nickel pig iron for batteries. A second hub at Weda Bay on Halmahera, and smelters on Obi island and at Pomalaa in Southeast Sulawesi, have made Indonesia the source of half the world's nickel. Ore carriers from Kendari now queue beside ships from the Philippines, which sends raw ore from Surigao, Dinagat and the mines of Palawan around Brooke's Point and Rio Tuba. \"Morowali was forest ten years ago,\" said Andi Halmahera, a fisherman's son who now drives a dump truck.",
		gold: { JAKARTA: [-6.2, 106.85], Bahodopi: [-2.78, 122.13], Morowali: [-2.7, 121.9], 'Central Sulawesi': [-1.4, 121.4], Sulawesi: [-2.0, 121.0], 'Weda Bay': [0.45, 127.95], Halmahera: [0.9, 128.0], Obi: [-1.5, 127.7], Pomalaa: [-4.18, 121.65], 'Southeast Sulawesi': [-4.1, 122.2], Indonesia: [-2.5, 118], Kendari: [-3.97, 122.5], Philippines: [12.9, 121.8], Surigao: [9.78, 125.49], Dinagat: [10.13, 125.6], Palawan: [9.8, 118.7], "Brooke's Point": [8.78, 117.83], 'Rio Tuba': [8.5, 117.43] },
		notPlaces: ['Tsingshan', 'Andi Halmahera']
	},
	{
		genre: 'international',
		text: "MANAUS, Brazil — The Rio Negro at Manaus fell to 12.7 metres on Monday, its lowest since records began in 1902, leaving riverboats stranded on sandbanks and cutting off towns that can be reached only by water. Upstream on the Solimões, more than 150 river dolphins have died in Lake Tefé as the water warmed, and at Porto Velho the Santo Antônio dam on the Madeira shut its turbines. Barges carrying soy to Itacoatiara are loading half their cargo. Amazonas state declared an emergency in 59 of its 62 municipalities, including Coari and Parintins, and the drought reached Leticia in Colombia and Iquitos in Peru, whose only links to the rest of the country are by river and air. \"Manaus has never seen the river like this,\" said the port captain, Negro Albuquerque.",
		gold: { MANAUS: [-3.12, -60.02], Brazil: [-10, -55], 'Rio Negro': [-3.05, -60.2], Manaus: [-3.12, -60.02], Solimões: [-3.4, -64.5], 'Lake Tefé': [-3.4, -64.75], Tefé: [-3.35, -64.71], 'Porto Velho': [-8.76, -63.9], 'Santo Antônio': [-8.8, -63.95], Madeira: [-8.76, -63.9], Itacoatiara: [-3.14, -58.44], Amazonas: [-4.0, -63.0], Coari: [-4.08, -63.14], Parintins: [-2.63, -56.74], Leticia: [-4.2, -69.94], Colombia: [4, -73], Iquitos: [-3.75, -73.25], Peru: [-9.5, -75] },
		notPlaces: ['Negro Albuquerque', 'Albuquerque']
	},
	{
		genre: 'international',
		text: "TEGUCIGALPA — Honduras' electoral council stopped its quick count on Monday with a third of the tally sheets still missing, most of them from Cortés, where San Pedro Sula, Choloma and Puerto Cortés hold a fifth of the country's voters. Salvador Nasralla led in the cities of the north coast, from La Ceiba in Atlántida to Trujillo, while the ruling party held Olancho, where it won Juticalpa and Catacamas, and the western department of Copán. Ballot boxes from Gracias a Dios had to be flown out of Puerto Lempira, and on the Bay Islands the count in Roatán was delayed by a power cut. Libre's candidate conceded Francisco Morazán, which includes the capital.",
		gold: { TEGUCIGALPA: [14.08, -87.21], Honduras: [15.2, -86.24], Cortés: [15.5, -88.0], 'San Pedro Sula': [15.5, -88.03], Choloma: [15.61, -87.95], 'Puerto Cortés': [15.84, -87.94], 'La Ceiba': [15.76, -86.78], Atlántida: [15.6, -87.0], Trujillo: [15.92, -85.95], Olancho: [14.8, -85.8], Juticalpa: [14.67, -86.22], Catacamas: [14.85, -85.9], Copán: [14.9, -88.9], 'Gracias a Dios': [15.3, -84.3], Gracias: [15.3, -84.3], 'Puerto Lempira': [15.27, -83.77], 'Bay Islands': [16.35, -86.4], Roatán: [16.33, -86.53], 'Francisco Morazán': [14.2, -87.2] },
		notPlaces: ['Salvador Nasralla', 'Salvador', 'Libre']
	},
	{
		genre: 'international',
		text: "IZMAIL, Ukraine — Russian drones struck grain silos in the Danube ports of Izmail and Reni overnight, the Odesa regional governor said, a few hundred metres across the river from Romania. Since the Black Sea deal collapsed, the two ports have carried a third of Ukraine's grain exports, loaded onto barges for Galați and Tulcea or onto ships leaving by the Sulina channel for Constanța. Moldova closed the road to its port of Giurgiulești for six hours after debris fell near Cahul. Shipping from Odesa, Chornomorsk and Pivdennyi resumed under Ukraine's own corridor in the autumn, but insurers still price every voyage from Reni above those from the deep-sea ports. In Tiraspol, capital of breakaway Transnistria, officials said they had seen nothing.",
		gold: { IZMAIL: [45.35, 28.84], Ukraine: [49, 32], Danube: [45.3, 28.5], Izmail: [45.35, 28.84], Reni: [45.46, 28.28], Odesa: [46.48, 30.73], Romania: [45.9, 24.97], 'Black Sea': [43.4, 34], Galați: [45.44, 28.05], Tulcea: [45.18, 28.8], Sulina: [45.16, 29.65], Constanța: [44.17, 28.63], Moldova: [47.4, 28.4], Giurgiulești: [45.48, 28.2], Cahul: [45.9, 28.19], Chornomorsk: [46.3, 30.65], Pivdennyi: [46.62, 31.02], Tiraspol: [46.84, 29.63], Transnistria: [47.2, 29.4] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "KIRUNA, Sweden — The state miner LKAB moved the last of Kiruna's old town hall three kilometres east on Saturday, part of the relocation of a whole town whose ground is being swallowed by the iron ore mine beneath it. LKAB says the Per Geijer deposit next to the mine holds Europe's largest known store of rare earths. Ore leaves by the Malmbanan railway for Narvik in Norway and Luleå on the Gulf of Bothnia, where a fossil-free steel plant is being built. At Gällivare, the neighbouring district of Malmberget is being emptied too. Sami herders in Jokkmokk say the new mines cut across reindeer routes. Across the border, Finland's Kittilä gold mine and a planned nickel mine near Sodankylä face the same complaint, while in Norway the iron mine at Kirkenes reopened and Svalbard closed its last Norwegian coal mine, at Longyearbyen.",
		gold: { KIRUNA: [67.85, 20.23], Sweden: [62, 15], Kiruna: [67.85, 20.23], Narvik: [68.44, 17.43], Norway: [62, 10], Luleå: [65.58, 22.15], 'Gulf of Bothnia': [63.5, 20.5], Gällivare: [67.13, 20.66], Malmberget: [67.17, 20.66], Jokkmokk: [66.61, 19.82], Finland: [64, 26], Kittilä: [67.67, 24.9], Sodankylä: [67.42, 26.59], Kirkenes: [69.73, 30.05], Svalbard: [78.2, 15.6], Longyearbyen: [78.22, 15.65] },
		notPlaces: ['LKAB', 'Per Geijer', 'Malmbanan']
	},
	{
		genre: 'health',
		text: "LINCOLN, England — Health officials in Lincolnshire opened walk-in vaccination clinics in Boston and Spalding on Monday after 41 cases of measles, most in children who had missed both doses. The outbreak began among families of seasonal workers on farms near Holbeach and has spread to schools in Skegness and Louth, with single cases in Grantham and Stamford. Eleven children were treated at the Pilgrim Hospital in Boston and two at Lincoln County Hospital. Neighbouring Peterborough and King's Lynn, in Norfolk, reported cases linked to the same households. \"Boston has one of the lowest uptakes of the MMR vaccine in England,\" said Dr. Grace Stamford, the county's director of public health.",
		gold: { LINCOLN: [53.23, -0.54], England: [52.5, -1.5], Lincolnshire: [53.1, -0.2], Boston: [52.98, -0.02], Spalding: [52.79, -0.15], Holbeach: [52.8, 0.01], Skegness: [53.14, 0.34], Louth: [53.37, -0.0], Grantham: [52.91, -0.64], Stamford: [52.65, -0.48], Lincoln: [53.23, -0.54], Peterborough: [52.57, -0.24], "King's Lynn": [52.75, 0.4], Norfolk: [52.65, 1.0] },
		notPlaces: ['Pilgrim', 'Grace Stamford', 'MMR']
	},
	{
		genre: 'international',
		text: "YELLOWKNIFE, Northwest Territories (CP) — The last residents of Hay River and Enterprise were flown south on Sunday as a wildfire jumped Highway 1, while Fort Smith, on the Slave River at the Alberta boundary, stayed under an evacuation order for a second week. Evacuees were taken to Edmonton and Calgary, and some to Whitehorse. In northern Alberta, fires near High Level and Fort Chipewyan forced more than 4,000 people out, and oil sands operators north of Fort McMurray trimmed output as smoke closed the highway. In British Columbia, Fort Nelson was emptied for the second summer running and its residents sent to Fort St. John and Prince George. Parks Canada said Jasper would stay closed to visitors until the town's water system was repaired.",
		gold: { YELLOWKNIFE: [62.45, -114.37], 'Northwest Territories': [64.8, -119], 'Hay River': [60.82, -115.8], Enterprise: [60.6, -116.14], 'Fort Smith': [60.0, -111.88], 'Slave River': [60.0, -111.9], Alberta: [55, -115], Edmonton: [53.55, -113.49], Calgary: [51.05, -114.07], Whitehorse: [60.72, -135.06], 'High Level': [58.52, -117.14], 'Fort Chipewyan': [58.71, -111.15], 'Fort McMurray': [56.73, -111.38], 'British Columbia': [53.7, -127.6], 'Fort Nelson': [58.8, -122.7], 'Fort St. John': [56.25, -120.85], 'Prince George': [53.92, -122.75], Jasper: [52.88, -118.08] },
		notPlaces: ['Parks Canada']
	},
	{
		genre: 'international',
		text: "ARMIDALE, NSW — Farmers across the New England and North West regions of New South Wales are selling breeding stock as the drought enters its third year, and Tamworth moved to level 5 water restrictions on Friday with Chaffey Dam below 20 percent. Glen Innes and Tenterfield are carting water, Inverell has drilled new bores, and cotton growers around Moree and Narrabri have planted nothing this season. Across the border in Queensland, Stanthorpe's orchards and the grain country around Warwick and Goondiwindi are just as dry. Lake Keepit, which feeds the Namoi, is at 3 percent, and the Gwydir has stopped flowing below Moree. \"New England has seen droughts, but never three summers like this,\" said a grazier near Walcha.",
		gold: { ARMIDALE: [-30.51, 151.67], NSW: [-32, 147], 'New England': [-30.5, 151.5], 'New South Wales': [-32, 147], Tamworth: [-31.09, 150.93], 'Chaffey Dam': [-31.35, 151.13], 'Glen Innes': [-29.74, 151.74], Tenterfield: [-29.05, 152.02], Inverell: [-29.78, 151.11], Moree: [-29.47, 149.84], Narrabri: [-30.33, 149.78], Queensland: [-22, 144], Stanthorpe: [-28.65, 151.93], Warwick: [-28.22, 152.03], Goondiwindi: [-28.55, 150.31], 'Lake Keepit': [-30.88, 150.5], Namoi: [-30.5, 150.0], Gwydir: [-29.5, 149.9], Walcha: [-30.98, 151.6] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "Background: Dengue has spread from India's cities into its villages, but rural infection is rarely measured. Methods: We did a cross-sectional serosurvey in rural Kolar and Chikkaballapur districts of Karnataka and in neighbouring Krishnagiri district, Tamil Nadu. 2,140 residents of 48 villages around Mulbagal, Bangarpet and Hosur gave blood samples, which were tested at the National Institute of Virology, Pune, with confirmation at St John's Medical College, Bengaluru. Findings: Seroprevalence was 61% overall, highest in the villages nearest Kolar Gold Fields and lowest in the hills west of Chikkaballapur. Interpretation: Most rural adults in the region have been infected at least once. Funding: Christian Medical College, Vellore.",
		gold: { India: [22, 79], Kolar: [13.14, 78.13], Chikkaballapur: [13.43, 77.73], Karnataka: [15.3, 75.7], Krishnagiri: [12.52, 78.21], 'Tamil Nadu': [11.1, 78.66], Mulbagal: [13.17, 78.39], Bangarpet: [12.99, 78.18], Hosur: [12.74, 77.83], Pune: [18.52, 73.86], Bengaluru: [12.97, 77.59], 'Kolar Gold Fields': [12.96, 78.27], Vellore: [12.92, 79.13] },
		notPlaces: ["St John's", "St John's Medical College", 'Christian Medical College']
	},
	{
		genre: 'international',
		text: "COTABATO CITY, Philippines — Voters in the Bangsamoro region will choose their first parliament on Monday, after two postponements and a Supreme Court ruling that took the province of Sulu out of the autonomous region. Cotabato City, the regional seat, is not part of Cotabato province, whose capital is Kidapawan, and counts its votes with Maguindanao del Norte. Troops were sent to Marawi, in Lanao del Sur, and to Maguindanao del Sur, where rival clans have clashed. On Basilan, the police moved ballots from Lamitan under guard, and Isabela City, the island's port, voted for the first time in a regional election. Tawi-Tawi, closest to Malaysia, reported the highest turnout. Jolo, Sulu's capital, will vote only in the national election next year. Manila sent 10,000 police from Davao and the Visayas.",
		gold: { 'COTABATO CITY': [7.22, 124.25], Philippines: [12.9, 121.8], Bangsamoro: [7.2, 124.2], Sulu: [6.0, 121.0], 'Cotabato City': [7.22, 124.25], Cotabato: [7.2, 124.8], Kidapawan: [7.01, 125.09], 'Maguindanao del Norte': [7.2, 124.3], Marawi: [8.0, 124.29], 'Lanao del Sur': [7.8, 124.3], 'Maguindanao del Sur': [6.9, 124.5], Basilan: [6.55, 122.05], Lamitan: [6.65, 122.13], 'Isabela City': [6.7, 121.97], Isabela: [6.7, 121.97], 'Tawi-Tawi': [5.2, 120.0], Malaysia: [4.0, 109.5], Jolo: [6.05, 121.0], Manila: [14.6, 120.98], Davao: [7.07, 125.61], Visayas: [11.0, 123.5] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "BEIRUT — Lebanon's health ministry reported 18 new cases of cholera on Wednesday, all in the north, as the outbreak that began in Syria spread to the crowded settlements of Akkar. Most cases are in Syrian refugee camps around Minieh and in the poorer districts of Tripoli, where the water network has been cut for weeks. One case was confirmed in Arsal, in the Bekaa, close to the Syrian border, and another in Hermel. In Syria, the WHO counts more than 10,000 suspected cases, most in Idlib, Aleppo and along the Euphrates in Deir ez-Zor and Raqqa, where people drink untreated river water. Jordan has begun testing water in the Zaatari camp near Mafraq, and Iraq reported cases in Sulaymaniyah and Kirkuk.",
		gold: { BEIRUT: [33.89, 35.5], Lebanon: [33.9, 35.9], Syria: [35, 38.5], Akkar: [34.55, 36.1], Minieh: [34.47, 35.93], Tripoli: [34.44, 35.83], Arsal: [34.18, 36.42], Bekaa: [33.85, 35.9], Hermel: [34.39, 36.38], Idlib: [35.93, 36.63], Aleppo: [36.2, 37.16], Euphrates: [35.3, 40.2], 'Deir ez-Zor': [35.33, 40.14], Raqqa: [35.95, 39.01], Jordan: [31.2, 36.5], Zaatari: [32.3, 36.32], Mafraq: [32.34, 36.21], Iraq: [33, 44], Sulaymaniyah: [35.56, 45.43], Kirkuk: [35.47, 44.39] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "RABAT (AP) — Senegal beat Cameroon 2-0 in Tangier on Saturday to reach the quarter-finals of the Africa Cup of Nations, where they will play Egypt in Agadir. Nigeria's Super Eagles, who drew in Fez on Wednesday, need a win against Mali in Marrakesh to go through, and thousands of fans have made the trip from Bamako by road through Mauritania. The hosts, Morocco, play the Ivory Coast at the Prince Moulay Abdellah stadium in Rabat on Tuesday, with the final set for Casablanca in three weeks. TP Mazembe sent four players to the tournament and their coach flew in from Lubumbashi to watch them. Egypt's coach said the heat in Agadir suited his side better than the rain in Tangier.",
		gold: { RABAT: [34.02, -6.84], Senegal: [14.5, -14.45], Cameroon: [5.7, 12.7], Tangier: [35.76, -5.83], Egypt: [26.8, 30.8], Agadir: [30.42, -9.6], Nigeria: [9.08, 8.68], Fez: [34.03, -5.0], Mali: [17.57, -4.0], Marrakesh: [31.63, -8.0], Bamako: [12.64, -8.0], Mauritania: [20.3, -10.9], Morocco: [31.8, -7.1], 'Ivory Coast': [7.54, -5.55], Rabat: [34.02, -6.84], Casablanca: [33.57, -7.59], Lubumbashi: [-11.66, 27.48] },
		notPlaces: ['Super Eagles', 'Prince Moulay Abdellah', 'Moulay Abdellah', 'TP Mazembe', 'Mazembe']
	},
	{
		genre: 'health',
		text: "GENEVA — The World Health Organization said on Thursday that mpox of clade Ib had now been confirmed in 20 African countries, from the Democratic Republic of the Congo, where it was first found in the mining town of Kamituga in South Kivu, to Sierra Leone, where a separate clade IIb outbreak has filled isolation wards in Freetown. Burundi has the most cases outside Congo, most in Bujumbura. Uganda's cases are spread from Kampala to Kasese on the western border, and Kenya's follow the truck route from Mombasa through Nakuru to Busia. Rwanda, Zambia, Malawi, Ethiopia, Liberia and Guinea have each reported a handful. Cases linked to travel have been found in Sweden, Germany, Belgium, Oman, Thailand, China's Guangdong province and Malappuram district in the Indian state of Kerala.",
		gold: { GENEVA: [46.2, 6.14], 'Democratic Republic of the Congo': [-2.88, 23.66], Congo: [-2.88, 23.66], Kamituga: [-3.06, 28.18], 'South Kivu': [-3.0, 28.3], 'Sierra Leone': [8.5, -11.8], Freetown: [8.48, -13.23], Burundi: [-3.37, 29.92], Bujumbura: [-3.38, 29.36], Uganda: [1.37, 32.29], Kampala: [0.35, 32.58], Kasese: [0.18, 30.08], Kenya: [0.2, 37.9], Mombasa: [-4.04, 39.67], Nakuru: [-0.3, 36.07], Busia: [0.46, 34.1], Rwanda: [-1.94, 29.87], Zambia: [-13.1, 27.85], Malawi: [-13.5, 34], Ethiopia: [9, 39.5], Liberia: [6.4, -9.4], Guinea: [10.4, -10.9], Sweden: [62, 15], Germany: [51, 10.4], Belgium: [50.6, 4.6], Oman: [21, 57], Thailand: [15.9, 101], China: [35, 103], Guangdong: [23.3, 113.5], Malappuram: [11.05, 76.07], Kerala: [10.5, 76.3] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "ABUJA — Nigeria's Centre for Disease Control has confirmed 1,270 cases of Lassa fever and 227 deaths since January, the highest count in five years, with Ondo, Edo and Bauchi states together accounting for seven in ten. The federal medical centre at Owo and the Irrua Specialist Teaching Hospital, near Ekpoma, are treating more than 40 patients each, and four health workers have died in Taraba and Ebonyi, where the teaching hospital in Abakaliki has closed its wards to new admissions. Benue reported its first cases since 2019. The virus, named after the town of Lassa in Borno where it was found in 1969, is spread by rats. Liberia has reported cases in Nimba county, and Guinea in the forest region around N'Zérékoré.",
		gold: { ABUJA: [9.06, 7.5], Nigeria: [9.08, 8.68], Ondo: [7.1, 5.1], Edo: [6.5, 6.0], Bauchi: [10.3, 9.84], Owo: [7.2, 5.59], Irrua: [6.73, 6.22], Ekpoma: [6.75, 6.08], Taraba: [8.0, 10.77], Ebonyi: [6.25, 8.0], Abakaliki: [6.32, 8.11], Benue: [7.34, 8.74], Borno: [11.5, 13.0], Liberia: [6.4, -9.4], Nimba: [7.5, -8.7], Guinea: [10.4, -10.9], "N'Zérékoré": [7.75, -8.82] },
		notPlaces: []
	}
];

export const HELD_OUT_WORLD_S36_B: GenreText[] = [
	{
		genre: 'international',
		text: "SINGAPORE (Reuters) - Armed robbers boarded four ships in the Singapore Strait in a week, the regional anti-piracy centre said on Friday, all of them at anchor or under way in the eastbound lane off Batam and Karimun. In the latest, men with knives climbed onto the tanker Sabang Pride before dawn and took engine spares. Ships waiting for berths at Tanjung Pelepas in Johor and at Port Klang, further up the Strait of Malacca, have been told to keep watch. Indonesia's navy said it had stepped up patrols around Bintan and the other Riau Islands, and the oil port of Dumai in Riau province. Crews bound for Belawan, the port of Medan, reported nothing. Malaysia said none of the attacks were in its waters.",
		gold: { SINGAPORE: [1.29, 103.85], 'Singapore Strait': [1.2, 103.9], Batam: [1.08, 104.03], Karimun: [1.05, 103.37], 'Tanjung Pelepas': [1.36, 103.55], Johor: [1.9, 103.4], 'Port Klang': [3.0, 101.39], 'Strait of Malacca': [2.9, 101.0], Indonesia: [-2.5, 118], Bintan: [1.1, 104.5], 'Riau Islands': [0.9, 104.5], Dumai: [1.67, 101.45], Riau: [0.5, 101.5], Belawan: [3.78, 98.68], Medan: [3.59, 98.67], Malaysia: [4.0, 109.5] },
		notPlaces: ['Sabang Pride', 'Sabang']
	},
	{
		genre: 'international',
		text: "KINSHASA (Reuters) - The European Union put sanctions on Rwanda's mining board and two refiners on Monday for trading coltan and tin smuggled from rebel-held mines in eastern Congo, including Rubaya in North Kivu. Congo says minerals leave the mines of Walikale and the Bisie tin deposit through Goma and Kigali, and gold from Mongbwalu, in Ituri, goes through Bunia to Kampala and then by air to Dubai. Traders in Butembo and Beni said the border post at Kasindi had been all but closed. Alphamin, which runs the Bisie mine, ships its concentrate by road to Dar es Salaam rather than Mombasa. Rwanda denied the charge; a government spokeswoman in Kigali said the sanctions rewarded Kinshasa's failure to end the war.",
		gold: { KINSHASA: [-4.32, 15.31], Rwanda: [-1.94, 29.87], Congo: [-2.88, 23.66], Rubaya: [-1.55, 28.89], 'North Kivu': [-0.8, 29.0], Walikale: [-1.42, 28.05], Bisie: [-1.02, 27.62], Goma: [-1.68, 29.23], Kigali: [-1.95, 30.06], Mongbwalu: [1.95, 30.03], Ituri: [1.5, 29.5], Bunia: [1.56, 30.25], Kampala: [0.35, 32.58], Dubai: [25.2, 55.27], Butembo: [0.14, 29.29], Beni: [0.49, 29.47], Kasindi: [0.04, 29.7], 'Dar es Salaam': [-6.8, 39.28], Mombasa: [-4.04, 39.67], Kinshasa: [-4.32, 15.31] },
		notPlaces: ['Alphamin']
	},
	{
		genre: 'health',
		text: "Objectives: To measure silicosis and tuberculosis among former gold miners in Lesotho. Design: A case-control study. Setting: Clinics in Maseru and in the lowland districts of Mafeteng, Mohale's Hoek and Quthing, and occupational health centres in Welkom, in the Free State goldfields, and in Carletonville and Klerksdorp, in North West province of South Africa. Participants: 1,412 men who had worked underground, most of them at shafts around Orkney and Stilfontein, and 1,380 controls from the same villages. Results: Silicosis was found in 26% of former miners, and tuberculosis in 31%, against 4% of controls. Conclusions: Compensation claims lodged through Johannesburg should be settled before the men die.",
		gold: { Lesotho: [-29.6, 28.23], Maseru: [-29.31, 27.48], Mafeteng: [-29.82, 27.24], "Mohale's Hoek": [-30.15, 27.47], Quthing: [-30.4, 27.7], Welkom: [-27.98, 26.73], 'Free State': [-28.5, 26.5], Carletonville: [-26.36, 27.4], Klerksdorp: [-26.85, 26.67], 'North West': [-26.5, 25.5], 'South Africa': [-29, 24], Orkney: [-26.98, 26.67], Stilfontein: [-26.84, 26.77], Johannesburg: [-26.2, 28.05] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "TUNIS — Turnout in Tunisia's parliamentary run-off was 11 percent, the electoral board said, the lowest in the country's history. It was highest in the interior governorates of Kasserine, Sidi Bouzid and Gafsa, where phosphate towns such as Metlaoui and Redeyef have seen years of protests over jobs, and lowest in Sfax and Sousse. In Medenine, traders in Ben Gardane who live off the crossing at Ras Ajdir voted for candidates promising to reopen the border with Libya. On Djerba, and in Monastir and Mahdia, hotel workers said they had not heard who was standing. In Tataouine, the desert governorate, several seats had no candidate at all. Kais Saied, who dissolved the old parliament, said at the Carthage palace that the low turnout was a sign of a cleansed politics.",
		gold: { TUNIS: [36.8, 10.18], Tunisia: [34, 9], Kasserine: [35.17, 8.83], 'Sidi Bouzid': [35.04, 9.48], Gafsa: [34.42, 8.78], Metlaoui: [34.32, 8.4], Redeyef: [34.38, 8.15], Sfax: [34.74, 10.76], Sousse: [35.83, 10.64], Medenine: [33.35, 10.5], 'Ben Gardane': [33.14, 11.22], 'Ras Ajdir': [33.15, 11.56], Libya: [27, 17], Djerba: [33.8, 10.88], Monastir: [35.77, 10.83], Mahdia: [35.5, 11.06], Tataouine: [32.93, 10.45], Carthage: [36.85, 10.33] },
		notPlaces: ['Kais Saied']
	},
	{
		genre: 'international',
		text: "BAGHDAD (AP) — The marshes of southern Iraq have shrunk to a fifth of their size as Turkey's dams on the Tigris and Euphrates hold back water, the UN's Food and Agriculture Organization (FAO) said on Tuesday. Buffalo herders around Chibayish, in Dhi Qar province, are moving to the outskirts of Nasiriyah, and in Maysan the Tigris at Amarah is low enough to wade. Iraq blames the Ilisu dam, filled since 2019, and Iran's diversion of rivers that once fed the Hawizeh marsh. The Mosul Dam is at a third of its capacity and the reservoir behind Haditha on the Euphrates is at its lowest since it was built. Salt water from the Gulf is pushing up the Shatt al-Arab past Fao towards Basra, where tap water is no longer fit to drink.",
		gold: { BAGHDAD: [33.31, 44.36], Iraq: [33, 44], Turkey: [39, 35], Chibayish: [30.95, 47.03], 'Dhi Qar': [31.1, 46.3], Nasiriyah: [31.05, 46.26], Maysan: [31.9, 47.1], Tigris: [31.84, 47.15], Amarah: [31.84, 47.15], Ilisu: [37.53, 41.85], Iran: [32, 53], Hawizeh: [31.5, 47.6], 'Mosul Dam': [36.63, 42.82], Haditha: [34.14, 42.38], Euphrates: [34.14, 42.38], 'Shatt al-Arab': [30.4, 48.1], Fao: [29.98, 48.47], Basra: [30.5, 47.8], Gulf: [27, 51] },
		notPlaces: ['FAO', 'Food and Agriculture Organization']
	},
	{
		genre: 'international',
		text: "ASTANA (Reuters) - Kazakhstan's oil output fell by a fifth in October after storms damaged moorings at the Caspian Pipeline Consortium's terminal near Novorossiysk on Russia's Black Sea coast, through which most of the country's crude is exported. Chevron's Tengiz field and the offshore Kashagan field both cut production, and Karachaganak, near Uralsk, reinjected more of its gas. The energy ministry said some crude would be sent by tanker from Aktau across the Caspian to Baku in Azerbaijan and on through the pipeline to Ceyhan. In Atyrau, the oil town at the mouth of the Ural, contractors laid off 3,000 workers. In Mangystau, where police fired on striking oil workers in Zhanaozen in 2011, unions warned of unrest. Tengiz Abdrakhmanov, an analyst in Almaty, said exports would not recover before March.",
		gold: { ASTANA: [51.17, 71.43], Kazakhstan: [48, 67], Novorossiysk: [44.72, 37.77], Russia: [60, 90], 'Black Sea': [43.4, 34], Tengiz: [46.15, 53.38], Kashagan: [46.2, 52.2], Karachaganak: [51.36, 53.2], Uralsk: [51.23, 51.37], Aktau: [43.65, 51.2], Caspian: [42, 50.5], Baku: [40.41, 49.87], Azerbaijan: [40.3, 47.7], Ceyhan: [37.03, 35.82], Atyrau: [47.1, 51.92], Ural: [47.0, 51.9], Mangystau: [44.0, 53.0], Zhanaozen: [43.34, 52.86], Almaty: [43.24, 76.89] },
		notPlaces: ['Chevron', 'Caspian Pipeline Consortium', 'Tengiz Abdrakhmanov']
	},
	{
		genre: 'health',
		text: "BANDA ACEH, Indonesia — Health workers began a two-week polio vaccination drive for 1.2 million children across Aceh on Monday after a case of paralysis caused by vaccine-derived poliovirus type 2 was confirmed in a seven-year-old in Pidie. The health ministry in Jakarta said the virus had also been found in sewage samples in North Sumatra, around Medan, and that the campaign would be extended to Purwakarta in West Java, Klaten in Central Java and Sampang on Madura, off East Java, where three more cases were reported last year. In Papua, where routine coverage is lowest, teams will fly vaccine into the highlands of Mimika from Timika. Coverage of the first round in Pidie was 94 percent.",
		gold: { 'BANDA ACEH': [5.55, 95.32], Indonesia: [-2.5, 118], Aceh: [4.7, 96.75], Pidie: [5.2, 95.95], Jakarta: [-6.2, 106.85], 'North Sumatra': [2.1, 99.5], Medan: [3.59, 98.67], Purwakarta: [-6.56, 107.44], 'West Java': [-6.9, 107.6], Klaten: [-7.7, 110.6], 'Central Java': [-7.15, 110.1], Sampang: [-7.2, 113.25], Madura: [-7.05, 113.3], 'East Java': [-7.5, 112.5], Papua: [-4.3, 138], Mimika: [-4.5, 136.9], Timika: [-4.55, 136.89] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "LIMA (Reuters) - Peru's police and navy destroyed 40 dredges at illegal gold mines in La Pampa, a stretch of cleared forest along the Interoceanic highway in Madre de Dios, the interior ministry said, the fifth raid this year. Miners have moved back within weeks after each one. The mercury they use has been found in fish sold in Puerto Maldonado and in people living along the Inambari and in the Tambopata reserve. Mining camps now reach from Mazuko to Huepetuhe, and gold is flown out to Cusco and Lima or driven across the border at Iñapari into Acre state in Brazil, and on to Rio Branco, or into Pando in Bolivia through Cobija. \"La Pampa is a city with no name on the map,\" said the region's prosecutor.",
		gold: { LIMA: [-12.05, -77.04], Peru: [-9.5, -75], 'La Pampa': [-12.93, -70.0], 'Madre de Dios': [-11.77, -70.8], 'Puerto Maldonado': [-12.59, -69.19], Inambari: [-13.07, -70.36], Tambopata: [-12.8, -69.3], Mazuko: [-13.1, -70.37], Huepetuhe: [-12.98, -70.52], Cusco: [-13.53, -71.97], Lima: [-12.05, -77.04], Iñapari: [-10.95, -69.58], Acre: [-9.0, -70.5], Brazil: [-10, -55], 'Rio Branco': [-9.97, -67.81], Pando: [-11.0, -67.5], Bolivia: [-17, -65], Cobija: [-11.03, -68.77] },
		notPlaces: []
	},
	{
		genre: 'health',
		text: "SAN JOSÉ, Costa Rica — Dengue cases in Costa Rica have doubled on last year, the health ministry said on Friday, with the worst outbreaks in Guanacaste, around Liberia, Nicoya, Santa Cruz and Cañas, and on the Pacific coast of Puntarenas, at Quepos and Golfito. On the Caribbean side, Limón has reported deaths in Siquirres and Talamanca. The ministry has sent fumigation teams north to the border, where Nicaragua reports cases around Rivas. Panama has declared an alert in Chiriquí, whose capital, David, has filled its hospital beds, and Guatemala has recorded 41 deaths, most in Escuintla. \"We are seeing cases in towns that have never had them,\" said a nurse in Liberia.",
		gold: { 'SAN JOSÉ': [9.93, -84.08], 'Costa Rica': [9.9, -84.0], Guanacaste: [10.5, -85.4], Liberia: [10.63, -85.44], Nicoya: [10.15, -85.45], 'Santa Cruz': [10.26, -85.58], Cañas: [10.43, -85.1], Puntarenas: [9.98, -84.83], Quepos: [9.43, -84.16], Golfito: [8.64, -83.18], Limón: [10.0, -83.03], Siquirres: [10.1, -83.51], Talamanca: [9.6, -82.9], Nicaragua: [12.9, -85.2], Rivas: [11.44, -85.83], Panama: [8.5, -80], Chiriquí: [8.4, -82.4], David: [8.43, -82.43], Guatemala: [15.6, -90.3], Escuintla: [14.3, -90.78] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "MINSK (Reuters) - Belarus has moved almost all of its potash exports to Russian ports since Lithuania stopped the trains to Klaipėda, the state producer Belaruskali said, with fertiliser from its mines at Soligorsk now railed to Ust-Luga and St Petersburg. Western sanctions have also cut off the Mozyr refinery from its buyers in Poland and Germany, and the Druzhba pipeline now carries crude only as far as the Polish border. Freight crossings near Brest and Grodno handle a fraction of their old traffic: Poland has closed the road border at Kuźnica and left only the crossing at Terespol open, and Latvia and Lithuania have closed all but one crossing each. Factories in Vitebsk, Gomel and Orsha have switched their sales to Russia.",
		gold: { MINSK: [53.9, 27.57], Belarus: [53.7, 28.0], Lithuania: [55.2, 23.9], Klaipėda: [55.71, 21.13], Soligorsk: [52.79, 27.54], 'Ust-Luga': [59.66, 28.3], 'St Petersburg': [59.94, 30.31], Mozyr: [52.05, 29.25], Poland: [52, 19.5], Germany: [51, 10.4], Brest: [52.1, 23.7], Grodno: [53.68, 23.83], Kuźnica: [53.51, 23.65], Terespol: [52.08, 23.62], Latvia: [56.9, 24.6], Vitebsk: [55.19, 30.2], Gomel: [52.44, 30.98], Orsha: [54.51, 30.42], Russia: [60, 90] },
		notPlaces: ['Belaruskali', 'Druzhba']
	},
	{
		genre: 'international',
		text: "NUUK, Greenland — Greenland's voters gave the pro-business Demokraatit party the most seats on Tuesday, in an election fought over independence from Denmark and over mining. Turnout was high in Nuuk and Sisimiut and lowest in the settlements around Disko Bay, where ballots from Ilulissat arrived by helicopter. In the south, voters in Narsaq backed the parties that banned uranium mining and so stopped the Kuannersuit rare-earth project above the town, while the rival Tanbreez deposit near Qaqortoq has been bought with American money. The United States has troops at Pituffik, the old Thule air base, and the airport at Kangerlussuaq is being turned back to civilian use. Copenhagen said it would respect the result.",
		gold: { NUUK: [64.18, -51.72], Greenland: [72, -40], Denmark: [56, 10], Nuuk: [64.18, -51.72], Sisimiut: [66.94, -53.67], 'Disko Bay': [69.0, -52.0], Ilulissat: [69.22, -51.1], Narsaq: [60.91, -46.05], Kuannersuit: [60.97, -45.97], Tanbreez: [60.85, -45.75], Qaqortoq: [60.72, -46.04], 'United States': [39.5, -98.5], Pituffik: [76.53, -68.7], Thule: [76.53, -68.7], Kangerlussuaq: [67.01, -50.7], Copenhagen: [55.68, 12.57] },
		notPlaces: ['Demokraatit']
	},
	{
		genre: 'international',
		text: "DUBLIN — Counting in Ireland's general election went into a third day on Monday, with the last seats in Kerry, Clare and Donegal still undecided. In Kerry, where the count is at Killarney, transfers from a Tralee candidate kept the Healy-Rae brothers ahead. In Clare, the count at Ennis stalled over a recheck. In Donegal, counted in Letterkenny, Sinn Féin took two seats. Limerick City, Waterford and Galway West were settled on Sunday, as were Wicklow, where the count is in Bray, and Kildare North at Naas. Athlone counted the Longford-Westmeath boxes through the night. In Cork South-West, the count moved from Clonakilty to the city. \"Tipperary has always been slow,\" said Verona Murphy, the outgoing Ceann Comhairle, on a visit to Nenagh.",
		gold: { DUBLIN: [53.35, -6.26], Ireland: [53.2, -8], Kerry: [52.1, -9.6], Clare: [52.85, -9.0], Donegal: [54.9, -8.0], Killarney: [52.06, -9.5], Tralee: [52.27, -9.7], Ennis: [52.84, -8.98], Letterkenny: [54.95, -7.73], Limerick: [52.66, -8.63], 'Limerick City': [52.66, -8.63], Waterford: [52.26, -7.11], Galway: [53.27, -9.05], Wicklow: [53.0, -6.4], Bray: [53.2, -6.1], Kildare: [53.2, -6.8], Naas: [53.22, -6.66], Athlone: [53.42, -7.94], Longford: [53.73, -7.8], Westmeath: [53.53, -7.35], Cork: [51.9, -8.47], Clonakilty: [51.62, -8.89], Tipperary: [52.6, -7.9], Nenagh: [52.86, -8.2] },
		notPlaces: ['Sinn Féin', 'Healy-Rae', 'Verona Murphy', 'Verona', 'Ceann Comhairle']
	},
	{
		genre: 'international',
		text: "HALIFAX (CP) — Federal fisheries officers seized 3,000 lobster traps in St. Marys Bay on Thursday, the latest clash over the Mi'kmaq fishery that began at Saulnierville, between Yarmouth and Digby. Commercial harvesters from Meteghan said the season had been ruined. In New Brunswick, snow crab plants in Shippagan and Caraquet are short of workers, and China's tariffs on Canadian seafood have cut the price of lobster landed at Souris and Summerside on Prince Edward Island. In Newfoundland, the ferry from Port aux Basques was cancelled for the third day, and plants in Corner Brook and Stephenville have laid off staff. Buyers from Portland, Maine, and Boston are paying a third less than last year.",
		gold: { HALIFAX: [44.65, -63.57], 'St. Marys Bay': [44.35, -66.05], Saulnierville: [44.27, -66.13], Yarmouth: [43.84, -66.12], Digby: [44.62, -65.76], Meteghan: [44.2, -66.16], 'New Brunswick': [46.5, -66.5], Shippagan: [47.74, -64.7], Caraquet: [47.79, -64.95], China: [35, 103], Souris: [46.36, -62.25], Summerside: [46.39, -63.79], 'Prince Edward Island': [46.4, -63.2], Newfoundland: [48.5, -56], 'Port aux Basques': [47.57, -59.14], 'Corner Brook': [48.95, -57.95], Stephenville: [48.55, -58.58], Portland: [43.66, -70.26], Maine: [45.4, -69.2], Boston: [42.36, -71.06] },
		notPlaces: ["Mi'kmaq"]
	},
	{
		genre: 'health',
		text: "MELBOURNE — Victoria's health department warned people along the Murray River to avoid mosquito bites after a man from Mildura died of Murray Valley encephalitis, the state's first death from the virus in two years. Virus has also been found in sentinel chickens at Swan Hill, Kerang and Echuca, and Japanese encephalitis in pigs near Shepparton. Across the river in New South Wales, cases have been confirmed in Griffith and Deniliquin, and Wagga Wagga and Albury have begun free vaccination for people who work outdoors. South Australia has reported one case at Renmark and a second in Murray Bridge. \"Anyone camping on the Murray this summer should cover up at dusk,\" said Victoria's chief health officer.",
		gold: { MELBOURNE: [-37.81, 144.96], Victoria: [-37, 144.5], 'Murray River': [-35.3, 143.5], Murray: [-35.3, 143.5], Mildura: [-34.19, 142.16], 'Swan Hill': [-35.34, 143.55], Kerang: [-35.73, 143.92], Echuca: [-36.13, 144.75], Shepparton: [-36.38, 145.4], 'New South Wales': [-32, 147], Griffith: [-34.29, 146.04], Deniliquin: [-35.53, 144.96], 'Wagga Wagga': [-35.12, 147.37], Albury: [-36.08, 146.92], 'South Australia': [-30, 135], Renmark: [-34.18, 140.75], 'Murray Bridge': [-35.12, 139.27] },
		notPlaces: ['Murray Valley']
	},
	{
		genre: 'international',
		text: "RANCHI — The Jharkhand Mukti Morcha-led alliance kept power in Jharkhand, winning 56 of the 81 seats, with its strongest showing in the Santhal Parganas, around Dumka, and in the Kolhan division, where the BJP lost every seat. The BJP held on in the cities, taking Dhanbad and Bokaro and two seats in Jamshedpur, where Tata Steel is the largest employer, and did well in Hazaribagh and Giridih. In Palamu, on the border with Bihar, the seats were split. Turnout was highest in the districts bordering West Bengal and Odisha. Hemant Soren will be sworn in at Ranchi on Thursday.",
		gold: { RANCHI: [23.34, 85.31], Jharkhand: [23.6, 85.3], 'Santhal Parganas': [24.5, 87.3], Dumka: [24.27, 87.25], Kolhan: [22.6, 85.8], Dhanbad: [23.8, 86.43], Bokaro: [23.67, 86.15], Jamshedpur: [22.8, 86.18], Hazaribagh: [23.99, 85.36], Giridih: [24.19, 86.3], Palamu: [24.0, 84.1], Bihar: [25.6, 85.6], 'West Bengal': [23, 87.9], Odisha: [20.5, 84.4], Ranchi: [23.34, 85.31] },
		notPlaces: ['Jharkhand Mukti Morcha', 'BJP', 'Tata Steel', 'Tata', 'Hemant Soren']
	},
	{
		genre: 'health',
		text: "ILOILO CITY, Philippines — Western Visayas declared a dengue outbreak on Tuesday after 12,000 cases and 58 deaths since January, twice last year's count. The worst-hit provinces are Iloilo and Capiz, where Roxas City has run out of beds, followed by Antique, whose capital San Jose de Buenavista has opened an overflow ward in a gym. Aklan reported cases in Kalibo and on Boracay, and Guimaras, the island province across the strait, has had six deaths. In Negros Occidental, Bacolod has begun fogging schools. The health department in Manila said it would send 20 nurses. \"Antique has never had this many,\" said a provincial health officer.",
		gold: { 'ILOILO CITY': [10.72, 122.56], Philippines: [12.9, 121.8], 'Western Visayas': [11.0, 122.5], Iloilo: [10.9, 122.5], Capiz: [11.4, 122.6], 'Roxas City': [11.58, 122.75], Antique: [11.2, 122.05], 'San Jose de Buenavista': [10.74, 121.94], Aklan: [11.6, 122.3], Kalibo: [11.7, 122.37], Boracay: [11.97, 121.92], Guimaras: [10.6, 122.6], 'Negros Occidental': [10.3, 123.0], Bacolod: [10.68, 122.95], Manila: [14.6, 120.98] },
		notPlaces: []
	},
	{
		genre: 'international',
		text: "RIYADH (AP) — FIFA confirmed Saudi Arabia as host of the 2034 World Cup on Wednesday, with 15 stadiums planned in Riyadh, Jeddah, Al Khobar, Abha and the new city of NEOM on the Red Sea. Eleven of them are still to be built. Fans would fly in through Dammam and Jeddah or drive across the King Fahd Causeway from Bahrain. Qatar, which hosted the 2022 final at Lusail, north of Doha, offered its hotels. Saudi clubs Al Hilal and Al Nassr, whose stadiums in Riyadh will be rebuilt, have signed players from Europe to raise the league's profile. Kuwait City and Amman said they would bid for training camps.",
		gold: { RIYADH: [24.71, 46.68], 'Saudi Arabia': [24, 45], Riyadh: [24.71, 46.68], Jeddah: [21.49, 39.19], 'Al Khobar': [26.28, 50.21], Abha: [18.22, 42.5], NEOM: [28.0, 35.2], 'Red Sea': [27.5, 35.0], Dammam: [26.43, 50.1], Bahrain: [26.07, 50.55], Qatar: [25.3, 51.2], Lusail: [25.42, 51.49], Doha: [25.29, 51.53], Europe: [50, 10], 'Kuwait City': [29.37, 47.98], Amman: [31.95, 35.93] },
		notPlaces: ['FIFA', 'King Fahd Causeway', 'King Fahd', 'Al Hilal', 'Al Nassr']
	},
	{
		genre: 'international',
		text: "BEIRUT (Reuters) - UN peacekeepers in southern Lebanon said on Sunday that two of their watchtowers near Naqoura, where the mission has its headquarters, had been hit by tank fire, and that an Irish patrol had been stopped near Bint Jbeil. UNIFIL has 10,000 troops from 50 countries, including Italy, Indonesia, Ghana and France, between the Litani River and the Blue Line. Tyre's hospitals have taken in wounded from villages around Marjayoun and Khiam, and families from Tyre and the villages south of the Litani have moved north to Sidon and Beirut. Across the border, Israel has emptied Metula and Kiryat Shmona. The Shebaa Farms, at the foot of the Golan Heights, saw the heaviest shelling.",
		gold: { BEIRUT: [33.89, 35.5], Lebanon: [33.9, 35.9], Naqoura: [33.12, 35.14], 'Bint Jbeil': [33.12, 35.43], Italy: [42.8, 12.8], Indonesia: [-2.5, 118], Ghana: [7.95, -1.03], France: [46.5, 2.5], 'Litani River': [33.33, 35.3], Litani: [33.33, 35.3], Tyre: [33.27, 35.2], Marjayoun: [33.36, 35.59], Khiam: [33.33, 35.61], Sidon: [33.56, 35.37], Beirut: [33.89, 35.5], Israel: [31.5, 34.9], Metula: [33.28, 35.58], 'Kiryat Shmona': [33.21, 35.57], 'Shebaa Farms': [33.28, 35.7], 'Golan Heights': [33.0, 35.75] },
		notPlaces: ['UNIFIL', 'Blue Line']
	},
	{
		genre: 'health',
		text: "Background: Dust storms from the dried bed of the Aral Sea carry salt and pesticide residues across Karakalpakstan, but their effect on lung health has not been measured in adults. Methods: We did a population-based cross-sectional study of 1,204 adults from villages around Muynak, Kungrad and Chimbay and from Nukus, the regional capital, with spirometry at the Republican hospital in Nukus, and compared them with 1,150 adults from Urgench and Khiva in Khorezm, further from the seabed. Findings: Chronic obstructive disease was twice as common near the Aralkum desert as in Khorezm. Across the border, clinics in Dashoguz, Turkmenistan, and Aralsk, Kazakhstan, report similar figures. Funding: Charité, Berlin, and the London School of Hygiene and Tropical Medicine.",
		gold: { 'Aral Sea': [45.0, 60.0], Karakalpakstan: [43.0, 59.0], Muynak: [43.77, 59.02], Kungrad: [43.07, 58.9], Chimbay: [42.94, 59.78], Nukus: [42.46, 59.6], Urgench: [41.55, 60.63], Khiva: [41.38, 60.36], Khorezm: [41.4, 60.8], Aralkum: [44.5, 60.5], Dashoguz: [41.84, 59.97], Turkmenistan: [39, 59.5], Aralsk: [46.8, 61.67], Kazakhstan: [48, 67], Berlin: [52.52, 13.4], London: [51.51, -0.13] },
		notPlaces: ['Charité', 'London School of Hygiene and Tropical Medicine']
	},
	{
		genre: 'international',
		text: "LEEDS — Yorkshire Water brought in a hosepipe ban for 5 million customers on Friday, with its reservoirs in Nidderdale and on the moors above Huddersfield at their lowest since 1995. Firefighters were still damping down a blaze on Marsden Moor, and crews from Halifax, Bradford and Keighley spent the night at a fire between Ilkley and Haworth. The River Wharfe at Ilkley was too low for rowing. In North Yorkshire, Scarborough and Whitby asked visitors to save water, and farmers around Richmond and Harrogate are feeding winter silage to their cattle. West Yorkshire's fire service said Marsden had seen more moorland fires this year than in any year on record. Leeds United postponed their pre-season friendly.",
		gold: { LEEDS: [53.8, -1.55], Yorkshire: [53.9, -1.3], Nidderdale: [54.1, -1.8], Huddersfield: [53.65, -1.78], 'Marsden Moor': [53.6, -1.95], Marsden: [53.6, -1.93], Halifax: [53.72, -1.86], Bradford: [53.8, -1.75], Keighley: [53.87, -1.91], Ilkley: [53.92, -1.82], Haworth: [53.83, -1.95], 'River Wharfe': [53.92, -1.8], Wharfe: [53.92, -1.8], 'North Yorkshire': [54.2, -1.3], Scarborough: [54.28, -0.4], Whitby: [54.49, -0.61], Richmond: [54.4, -1.74], Harrogate: [53.99, -1.54], 'West Yorkshire': [53.75, -1.7] },
		notPlaces: ['Leeds United', 'Yorkshire Water']
	}
];

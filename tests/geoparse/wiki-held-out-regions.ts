// Held-out Wikipedia-style articles about small places in regions no earlier batch covers (issue #10: the
// hidden "Wikipedia articles about small places" set scores Acc@161 0.46): sub-Saharan Africa (Nigerian LGAs
// and towns, Ghanaian district capitals, Kenyan, Ugandan and Tanzanian towns and wards, South African towns in
// their district and local municipalities), East and Southeast Asia (Japanese towns and villages "in X
// District, Y Prefecture", Chinese towns in counties and prefecture-level cities, a Korean county and its -eup,
// an Indonesian desa, Vietnamese townships and districts, Thai tambon), the Nordic countries (Swedish localities
// "situated in X Municipality, Y County", Norwegian villages in municipalities and counties, Finnish, Danish and
// Icelandic villages), Britain and Ireland (English civil parishes in their districts, Welsh communities,
// Scottish villages in council areas, Irish and Northern Irish towns "in County X"), Canada (Quebec
// municipalities in their RCMs, Ontario communities and towns in districts, prairie towns and hamlets in rural
// municipalities and counties) and South America outside Brazil (Argentine, Chilean, Colombian, Peruvian,
// Paraguayan and Ecuadorian towns in their departments, provinces and regions). Many share their names with
// bigger places elsewhere (Richmond, Bethlehem, Hanover, Shirakawa, Baoshan, Gwangju, Bampton, Newport, Bala,
// Cobalt, Rosebud, Selkirk, Riverton, Córdoba, Osorno, Santander, Armenia, Lampa, San Bernardino, Mora).
// Written for session 28 (none copied from anywhere) BEFORE reading the geoparser's code, and scored on main
// before any change was tuned on it: `node --import tsx tests/bench/genre-accuracy.ts --held-out-regions`.
// First honest score (main 0f5a802): 304/309 = 0.984, 22 graded names not mapped, 10 names of no place mapped
// (5 wrong: "Galway", "Clare" twice and "Antrim" mapped alone inside "County X", and the "Kamouraska" of
// "Kamouraska Regional County Municipality" placed 370 km from the municipality).
// No longer held out: session-28 commits 6e10bf6, 0dabff7, 5561a57, 39f25cc, 65c2294, 283ea9d, b0b0233 and f747a0b
// were tuned on its misses (the country after "X Department of", towns far from a big region's middle, "Lake
// Towada", Quebec's RCM and "Bas-Saint-Laurent", "Møre og Romsdal"/"Mto wa Mbu", "Wonosobo Regency"/
// "Boseong-eup", "County Clare", "Dieng Plateau"), so its 321/321 on b0b0233 is a tuned score; only the
// first, 304/309, was held-out. Still wrong but ungraded: Basel (by its alternate name) for the Ontario
// subject "Bala", Galway for "Galway Bay"; still mapped though no place:
// demonyms ("German immigrants", "Scots"), "Downton", "Kabba Province", the church of "Santiago".
// Gold points are the gazetteer's own entries (`gazette lookup NAME`, the entry the text means, rounded to
// 0.01°; a "X Region"/"County X"/"X Municipality" the gazetteer has only as "X" takes that entry's point).
// Regions the lookup did not list (Quebec, which the gazetteer indexes only with a division word: 81e28a9;
// Vestland, County Galway/Clare/Antrim, Coquimbo Region, Osorno Province) and Lofoten have the writer's point
// (a region is right within 800 km). Names with no entry have no gold:
// 25 of the 58 subjects are not in the gazetteer (Nkawkaw, Bole, Watamu, Richmond and Clarens in South
// Africa, Oirase, the village of Shirakawa, Dieng, Mai Châu, Ban Chiang, Grisslehamn, Geiranger, Flåm,
// Henningsvær, Fiskars, Aberdaron, Tomintoul, Kilkee, Bala, Cobalt, Eastend, Rosebud, Pisco Elqui, Puerto
// Octay, Mindo), nor are many of their neighbours; those texts still grade the places around them. notPlaces
// lists place words used as something else (people, railways, hotels, castles, theatres, demonyms).
// Session 29 added GeoNames cities1000's places the snapshot lacked (cities-supplement.ts), and with them gold
// for four subjects, each the new entry's point checked against the text (Nkawkaw below Mpraeso; Watamu 18 km
// SSW of Malindi; Kilkee 12 km WNW of Kilrush; Mindo 35 km NW of Quito, 80 km by road). Clarens (Free State)
// is in it too but has no gold: the text's second "Clarens" is the Swiss one, and gold is by name.
// Gold came only for subjects the new entries found, so 326/326 is partly graded by the change it measures.
import type { GenreText } from './genre-texts.ts';

export const WIKI_HELD_OUT_REGIONS: GenreText[] = [
	{
		genre: 'wikipedia',
		text: "Okene is a town and Local Government Area in Kogi State, Nigeria. The town lies in the hills of the Ebira homeland on the highway from Lokoja to Auchi in Edo State, about 60 km south-west of Lokoja. The LGA has an area of 328 km² and had a population of 320,260 at the 2006 census.\n\nHistory\nOkene grew in the 19th century as a walled hilltop settlement. Under British rule it became the seat of a division of Kabba Province.\n\nNotable people\nAdo Ibrahim, a businessman born in Okene, later lived in Kaduna.",
		gold: { Okene: [7.55, 6.24], 'Kogi State': [7.73, 6.69], Nigeria: [10, 8], Lokoja: [7.8, 6.74], Auchi: [7.07, 6.26], 'Edo State': [6.63, 5.93], Kaduna: [10.53, 7.44] },
		notPlaces: ['Ebira', 'Kabba Province']
	},
	{
		genre: 'wikipedia',
		text: "Bama is a Local Government Area of Borno State, Nigeria, with its headquarters in the town of Bama on the Yedseram River. The town is about 70 km south-east of Maiduguri on the road to Banki at the border with Cameroon. Gwoza lies to the south. The LGA had a population of 270,119 at the 2006 census.",
		gold: { Bama: [11.52, 13.69], 'Borno State': [11.88, 13.15], Nigeria: [10, 8], Maiduguri: [11.85, 13.16], Cameroon: [6, 12], Gwoza: [11.08, 13.7] }
	},
	{
		genre: 'wikipedia',
		text: "Ikot Ekpene is a town and Local Government Area in Akwa Ibom State, in the south of Nigeria. Known as the \"Raffia City\" for its raffia weaving, it lies on the road between Uyo, the state capital, and Umuahia in Abia State. Neighbouring LGAs include Abak, Essien Udim and Obot Akara.",
		gold: { 'Ikot Ekpene': [5.18, 7.71], 'Akwa Ibom State': [4.91, 7.85], Nigeria: [10, 8], Uyo: [5.05, 7.93], Umuahia: [5.52, 7.49], 'Abia State': [5.45, 7.52], Abak: [4.98, 7.79] }
	},
	{
		genre: 'wikipedia',
		text: "Nkawkaw is a town and the capital of Kwahu West Municipal District, a district in the Eastern Region of Ghana. It sits at the foot of the Kwahu Plateau on the main road and former railway between Accra and Kumasi, below the ridge towns of Mpraeso and Obomeng. Nkawkaw had a population of 62,667 in 2013.",
		gold: { Nkawkaw: [6.55, -0.76], 'Eastern Region': [6.5, -0.5], Ghana: [8, -2], Accra: [5.56, -0.2], Kumasi: [6.69, -1.62], Mpraeso: [6.59, -0.73] }
	},
	{
		genre: 'wikipedia',
		text: "Bole is a small town and the capital of Bole District, a district in the Savannah Region of Ghana. It lies on the road from Sawla to Bamboi near the Black Volta, which forms the border with Côte d'Ivoire further west. The Bole-Bamboi road connects the town with Kintampo and the south.",
		gold: { Ghana: [8, -2], "Côte d'Ivoire": [8, -5], Kintampo: [8.06, -1.73] },
		notPlaces: ['Bole-Bamboi']
	},
	{
		genre: 'wikipedia',
		text: "Watamu is a small town on the Indian Ocean coast of Kenya, in Kilifi County, about 15 km south of Malindi and 105 km north of Mombasa. The town lies at the mouth of Mida Creek and next to the Gede Ruins, the remains of a Swahili town abandoned in the 17th century. Watamu Marine National Park protects the coral gardens off the beach.",
		gold: { Watamu: [-3.35, 40.02], Kenya: [1, 38], 'Kilifi County': [-3.51, 39.91], Malindi: [-3.22, 40.12], Mombasa: [-4.05, 39.66] },
		notPlaces: ['Swahili']
	},
	{
		genre: 'wikipedia',
		text: "Kapsabet is a town in the Rift Valley of Kenya and the headquarters of Nandi County. It lies 40 km south of Eldoret on the road to Kisumu, and the tea estates of Nandi Hills are a short drive to the south-east.\n\nNotable people\nKapsabet is known for its distance runners. Several were born in the surrounding villages, trained at Kapsabet Boys High School and later raced in Europe and Japan.",
		gold: { Kapsabet: [0.2, 35.1], Kenya: [1, 38], 'Nandi County': [0.18, 35.13], Eldoret: [0.52, 35.27], Kisumu: [-0.1, 34.76], 'Nandi Hills': [0.1, 35.18], Japan: [35.69, 139.75] },
		notPlaces: ['Kapsabet Boys High School', 'Rift Valley']
	},
	{
		genre: 'wikipedia',
		text: "Kisoro is a town in the Western Region of Uganda and the chief town of Kisoro District. It lies in the far south-west of the country, about 10 km from the border with Rwanda and 15 km from that with the Democratic Republic of the Congo. The road from Kabale crosses the hills to the east. Kisoro is the usual base for visitors to Mgahinga Gorilla National Park and Lake Mutanda.",
		gold: { Kisoro: [-1.29, 29.68], 'Western Region': [0.12, 30.53], Uganda: [1, 32], Rwanda: [-2, 30], 'Democratic Republic of the Congo': [-2.5, 23.5], Kabale: [-1.25, 29.99] }
	},
	{
		genre: 'wikipedia',
		text: "Mto wa Mbu is a town and ward in Monduli District of Arusha Region, Tanzania, below the Great Rift Valley escarpment near the northern end of Lake Manyara. The road from Arusha to Karatu and the Ngorongoro Crater passes through it. The name means \"river of mosquitoes\" in Swahili.",
		gold: { 'Mto wa Mbu': [-3.35, 35.85], 'Arusha Region': [-3.39, 36.68], Tanzania: [-6, 35], Arusha: [-3.37, 36.68], Karatu: [-3.33, 35.67] },
		notPlaces: ['Swahili']
	},
	{
		genre: 'wikipedia',
		text: "Prince Albert is a town at the foot of the Swartberg mountains in the Central Karoo District Municipality of the Western Cape province of South Africa. The Swartberg Pass leads south to Oudtshoorn, and the N1 at Prince Albert Road links it with Beaufort West and Laingsburg. The town was founded in 1762 as a farm and named in 1845 after the consort of Queen Victoria.",
		gold: { 'Prince Albert': [-33.22, 22.03], 'Western Cape': [-33.23, 21.86], 'South Africa': [-29, 24], Oudtshoorn: [-33.6, 22.2], 'Beaufort West': [-32.36, 22.58], Laingsburg: [-33.19, 20.86] },
		notPlaces: ['Queen Victoria', 'Prince Albert Road']
	},
	{
		genre: 'wikipedia',
		text: "Richmond is a small town in the Pixley ka Seme District Municipality in the Northern Cape province of South Africa. It lies on the N1 between Three Sisters and Hanover, about 240 km south-west of Bloemfontein. The town was laid out in 1843 and named after the Duke of Richmond, father-in-law of the Cape governor.",
		gold: { 'Northern Cape': [-29.05, 21.86], 'South Africa': [-29, 24], Bloemfontein: [-29.12, 26.21] },
		notPlaces: ['Duke of Richmond']
	},
	{
		genre: 'wikipedia',
		text: "Clarens is a small town in the eastern Free State, South Africa, in the Dihlabeng Local Municipality. It lies in the foothills of the Maluti Mountains about 35 km from Bethlehem and 20 km from the Golden Gate Highlands National Park. The border with Lesotho at Caledonspoort is nearby. The town was named after Clarens in Switzerland, where Paul Kruger died in exile.",
		gold: { 'Free State': [-28.58, 26.49], 'South Africa': [-29, 24], Bethlehem: [-28.23, 28.31], Lesotho: [-29.5, 28.5], Switzerland: [47, 8] },
		notPlaces: ['Paul Kruger']
	},
	{
		genre: 'wikipedia',
		text: "Oirase is a town located in Kamikita District, Aomori Prefecture, Japan. As of 1 March 2020, the town had an estimated population of 24,214 in 10,171 households. Oirase lies on the Pacific coast of south-eastern Aomori, bordered by Hachinohe to the south, Misawa to the north and Towada to the west. The Oirase River, which rises in Lake Towada, flows past the town.",
		gold: { 'Aomori Prefecture': [40.77, 140.92], Japan: [35.69, 139.75], Hachinohe: [40.5, 141.5], Misawa: [40.69, 141.39], Towada: [40.62, 141.21] }
	},
	{
		genre: 'wikipedia',
		text: "Shirakawa is a village located in Ōno District, Gifu Prefecture, Japan. As of 2020 the village had an estimated population of 1,500. The village is known for Ogimachi, one of the gasshō-zukuri farmhouse settlements inscribed with Gokayama in neighbouring Toyama Prefecture as a World Heritage Site in 1995.\n\nGeography\nShirakawa lies in the mountains of northwestern Gifu along the Shō River. The Tōkai-Hokuriku Expressway links it with Takayama to the south-east and Tonami to the north.",
		gold: { 'Gifu Prefecture': [35.74, 136.98], Japan: [35.69, 139.75], 'Toyama Prefecture': [36.7, 137.21], Takayama: [36.13, 137.25], Tonami: [36.62, 136.94] }
	},
	{
		genre: 'wikipedia',
		text: "Otoineppu is a village located in Nakagawa District, Kamikawa Subprefecture, Hokkaido, Japan. It is the least populous village in Hokkaido, with about 700 inhabitants. The Teshio River flows north through the village, and the Sōya Main Line stops at Otoineppu Station on its way from Asahikawa through Nayoro and Bifuka to Wakkanai.",
		gold: { Otoineppu: [44.73, 142.26], Hokkaido: [43.5, 142.8], Japan: [35.69, 139.75], Asahikawa: [43.77, 142.36], Nayoro: [44.35, 142.46], Bifuka: [44.48, 142.34], Wakkanai: [45.41, 141.67] },
		notPlaces: ['Otoineppu Station']
	},
	{
		genre: 'wikipedia',
		text: "Xitang is a town in Jiashan County, Jiaxing, in the north-east of Zhejiang province, China. It is one of the old water towns of the Yangtze Delta, with covered walkways along its canals. Xitang lies about 80 km south-west of Shanghai and 110 km north-east of Hangzhou; Suzhou is to the north.",
		gold: { Xitang: [30.95, 120.89], 'Jiashan County': [30.85, 120.93], Jiaxing: [30.75, 120.75], Zhejiang: [29.14, 119.79], China: [35, 105], Shanghai: [31.22, 121.46], Hangzhou: [30.29, 120.16], Suzhou: [31.3, 120.6] }
	},
	{
		genre: 'wikipedia',
		text: "Heshun is a town in Tengchong, a county-level city of Baoshan, in the west of Yunnan province, China. The town lies about 4 km south-west of the Tengchong city centre and was for centuries a stop on the trade route to Myanmar; many of its families emigrated to Burma and sent back money to build its libraries and ancestral halls.",
		gold: { Heshun: [25.02, 98.47], Tengchong: [24.99, 98.51], Baoshan: [25.12, 99.16], Yunnan: [24.48, 101.34], China: [35, 105], Myanmar: [22, 98], Burma: [22, 98] }
	},
	{
		genre: 'wikipedia',
		text: "Boseong County is a county in South Jeolla Province, South Korea. The county seat is Boseong-eup. Boseong is known for its green tea plantations on the hills south of the town. The county borders Suncheon to the east and Hwasun to the north; Beolgyo-eup, on the bay to the south-east, is its second town. Gwangju, the regional centre, is an hour's drive away.",
		gold: { 'Boseong County': [34.77, 127.08], 'South Jeolla Province': [34.87, 126.99], 'South Korea': [37, 127.5], Boseong: [34.77, 127.08], Suncheon: [34.95, 127.49], Hwasun: [35.06, 126.99], Gwangju: [35.15, 126.92] }
	},
	{
		genre: 'wikipedia',
		text: "Dieng is a desa (village) in Kejajar, Wonosobo Regency, Central Java, Indonesia. It lies on the Dieng Plateau at about 2,000 metres, close to the border with Banjarnegara Regency. The plateau has some of the oldest Hindu temples in Java. The nearest town is Wonosobo, 26 km to the south.",
		gold: { Wonosobo: [-7.36, 109.9], 'Central Java': [-7.15, 110.14], Indonesia: [-5, 120], Java: [-7.5, 110] },
		notPlaces: ['Hindu']
	},
	{
		genre: 'wikipedia',
		text: "Đồng Văn is a township (thị trấn) and the capital of Đồng Văn District in Hà Giang Province, in the far north of Vietnam. The district lies on the Đồng Văn Karst Plateau along the border with China. The township is reached from the provincial capital, Hà Giang, by National Route 4C over the Mã Pì Lèng Pass to Mèo Vạc.",
		gold: { 'Đồng Văn': [23.28, 105.36], 'Hà Giang Province': [22.8, 104.98], Vietnam: [16.17, 107.83], China: [35, 105], 'Hà Giang': [22.82, 104.98], 'Mèo Vạc': [23.16, 105.41] }
	},
	{
		genre: 'wikipedia',
		text: "Mai Châu is a rural district of Hòa Bình Province in the Northwest region of Vietnam. As of 2019 the district had a population of 55,000. The district capital lies at Mai Châu township. The district is home mostly to White Tai people, whose stilt-house villages such as Bản Lác draw visitors from Hanoi, 140 km to the east.",
		gold: { 'Hòa Bình Province': [20.69, 105.31], Vietnam: [16.17, 107.83], Hanoi: [21.02, 105.84] },
		notPlaces: ['White Tai']
	},
	{
		genre: 'wikipedia',
		text: "Pai is a small town in northern Thailand's Mae Hong Son Province, near the Myanmar border, about 135 km north-west of Chiang Mai on the road to Mae Hong Son. It is the seat of Pai District. The Pai River flows through the valley past the town on its way to the Salween.",
		gold: { Pai: [19.36, 98.44], Thailand: [15, 100], 'Mae Hong Son Province': [19.3, 97.97], Myanmar: [22, 98], 'Chiang Mai': [18.79, 98.98], 'Mae Hong Son': [19.3, 97.97] }
	},
	{
		genre: 'wikipedia',
		text: "Ban Chiang is a tambon (sub-district) of Nong Han District, in Udon Thani Province, Thailand. In 2010 it had a population of 8,000 people. The archaeological site in the village, where Bronze Age pottery was found in 1966, was declared a World Heritage Site in 1992. Ban Chiang lies about 50 km east of Udon Thani on the road to Sakon Nakhon.",
		gold: { 'Nong Han': [17.36, 103.11], 'Udon Thani': [17.42, 102.79], Thailand: [15, 100], 'Sakon Nakhon': [17.16, 104.15] }
	},
	{
		genre: 'wikipedia',
		text: "Grisslehamn is a locality situated in Norrtälje Municipality, Stockholm County, Sweden, with 230 inhabitants in 2010. It lies on the coast of Roslagen facing the Sea of Åland, and ferries cross from its harbour to Eckerö in Åland, Finland. The painter Albert Engström, born in Lönneberga, spent his summers here.",
		gold: { 'Norrtälje Municipality': [59.76, 18.7], 'Stockholm County': [59.6, 18.14], Sweden: [62, 15], 'Eckerö': [60.21, 19.61], 'Åland': [60.12, 19.9], Finland: [64, 26] },
		notPlaces: ['Albert Engström']
	},
	{
		genre: 'wikipedia',
		text: "Malung is a locality and the seat of Malung-Sälen Municipality, Dalarna County, Sweden, with 5,000 inhabitants in 2010. It lies on the Västerdal River, about 70 km west of Mora. The ski resorts of Sälen, in the west of the municipality, are close to the border with Norway.\n\nHistory\nMalung was long known for its leather and fur trades, whose pedlars travelled as far as Stockholm and Saint Petersburg.",
		gold: { Malung: [60.68, 13.72], 'Dalarna County': [61.09, 14.67], Sweden: [62, 15], Mora: [61.01, 14.54], 'Sälen': [61.15, 13.27], Norway: [62, 10], Stockholm: [59.33, 18.07], 'Saint Petersburg': [59.94, 30.31] }
	},
	{
		genre: 'wikipedia',
		text: "Jukkasjärvi is a village in Kiruna Municipality, Norrbotten County, in the far north of Sweden, with 550 inhabitants in 2010. It lies on the Torne River about 17 km east of Kiruna and is known for the Icehotel, rebuilt every winter from the river's ice. Its wooden church is the oldest in Lapland.",
		gold: { 'Jukkasjärvi': [67.85, 20.62], Kiruna: [67.86, 20.23], 'Norrbotten County': [66.83, 20.4], Sweden: [62, 15], Lapland: [67.92, 26.5] },
		notPlaces: ['Icehotel']
	},
	{
		genre: 'wikipedia',
		text: "Geiranger is a village in Stranda Municipality in Møre og Romsdal county, Norway. The village lies at the head of the Geirangerfjord, a branch of the Storfjorden, about 15 km east of Hellesylt. In summer the car ferry between Geiranger and Hellesylt and the cruise ships from Ålesund bring most of its visitors; the Eagle Road climbs north towards Eidsdal.",
		gold: { Stranda: [62.31, 6.94], 'Møre og Romsdal': [62.84, 7.01], Norway: [62, 10], 'Ålesund': [62.47, 6.15] },
		notPlaces: ['Eagle Road']
	},
	{
		genre: 'wikipedia',
		text: "Flåm is a village in the inner part of the Aurlandsfjord in Aurland Municipality, Vestland county, Norway. The Flåm Line, one of the steepest standard-gauge railways in the world, runs 20 km up the valley to Myrdal station on the Bergen Line between Oslo and Bergen. The municipal centre, Aurlandsvangen, lies 10 km to the north.",
		gold: { Vestland: [60.9, 6.5], Norway: [62, 10], Oslo: [59.91, 10.75], Bergen: [60.39, 5.32], Aurlandsvangen: [60.91, 7.19] },
		notPlaces: ['Flåm Line', 'Bergen Line']
	},
	{
		genre: 'wikipedia',
		text: "Henningsvær is a fishing village in Vågan Municipality in Nordland county, Norway. It lies on a few small islands off the southern tip of Austvågøya in the Lofoten archipelago, about 20 km south-west of Svolvær, the municipal centre. The village had 444 inhabitants in 2023 and is one of the main harbours of the winter cod fishery.",
		gold: { Nordland: [67.69, 12.71], Norway: [62, 10], Lofoten: [68.2, 14], 'Svolvær': [68.23, 14.57] }
	},
	{
		genre: 'wikipedia',
		text: "Fiskars is a village in the town of Raseborg in the Uusimaa region of Finland, about 90 km west of Helsinki. It grew around an ironworks founded in 1649, and the company that took its name still makes its scissors in Finland, though no longer in the village. Most residents speak Swedish. The nearest towns are Karis and Ekenäs.",
		gold: { Uusimaa: [60.22, 25.27], Finland: [64, 26], Helsinki: [60.17, 24.94], Karis: [60.07, 23.66], 'Ekenäs': [59.97, 23.43] }
	},
	{
		genre: 'wikipedia',
		text: "Marstal is a town on the island of Ærø in Ærø Municipality in the Region of Southern Denmark, with a population of 2,100 in 2023. It lies at the south-eastern end of the island; Ærøskøbing, the old market town, is 13 km to the north-west. Ferries sail from Marstal to Rudkøbing on Langeland.\n\nHistory\nMarstal was one of the largest sailing-ship ports in Denmark in the 19th century, with schooners trading to Newfoundland and the Baltic.",
		gold: { Marstal: [54.86, 10.52], 'Region of Southern Denmark': [55.33, 9.09], Denmark: [56, 10], 'Ærøskøbing': [54.89, 10.41], 'Rudkøbing': [54.94, 10.71], Newfoundland: [48.6, -56.3] }
	},
	{
		genre: 'wikipedia',
		text: "Vík í Mýrdal, usually called Vík, is the southernmost village in Iceland, on the Ring Road about 180 km south-east of Reykjavík. It had 750 inhabitants in 2022 and is the only settlement in the municipality of Mýrdalshreppur. The black sand beach of Reynisfjara lies just west of the village, below the glacier Mýrdalsjökull.",
		gold: { 'Vík í Mýrdal': [63.42, -19.01], 'Vík': [63.42, -19.01], Iceland: [65, -18], 'Reykjavík': [64.14, -21.9] },
		notPlaces: ['Ring Road']
	},
	{
		genre: 'wikipedia',
		text: "Bampton is a town and civil parish in the West Oxfordshire district of Oxfordshire, England, about 5 miles south-west of Witney. The parish lies on the edge of the upper Thames valley; the villages of Aston and Clanfield are to the south and west. Bampton is known for its Morris dancing, and its streets appeared as the village of Downton in a television series.",
		gold: { Bampton: [51.73, -1.55], Oxfordshire: [51.76, -1.25], England: [52.36, -1.17], Witney: [51.78, -1.49], Clanfield: [51.72, -1.59] },
		notPlaces: ['Downton']
	},
	{
		genre: 'wikipedia',
		text: "Newport is a village and civil parish in the Uttlesford district of Essex, England. It lies on the River Cam about 3 miles south-west of Saffron Walden and 12 miles north of Bishop's Stortford. Newport railway station is on the West Anglia Main Line between London Liverpool Street and Cambridge. The village had a population of 2,352 at the 2011 census.",
		gold: { Newport: [51.98, 0.21], Essex: [51.57, 0.49], England: [52.36, -1.17], 'Saffron Walden': [52.02, 0.24], "Bishop's Stortford": [51.87, 0.16], London: [51.51, -0.13], Cambridge: [52.2, 0.12] },
		notPlaces: ['West Anglia Main Line', 'London Liverpool Street', 'Newport railway station']
	},
	{
		genre: 'wikipedia',
		text: "Kirkby Stephen is a market town and civil parish in Westmorland and Furness, Cumbria, England. It lies on the River Eden, 11 miles south-east of Appleby-in-Westmorland and close to the watershed with Wensleydale. Kirkby Stephen railway station, on the Settle–Carlisle line, is about a mile and a half from the town. The A685 runs south to Tebay and north to Brough.",
		gold: { 'Kirkby Stephen': [54.47, -2.35], Cumbria: [54.58, -2.8], England: [52.36, -1.17], 'Appleby-in-Westmorland': [54.58, -2.49] },
		notPlaces: ['Settle–Carlisle line', 'Kirkby Stephen railway station', 'Wensleydale']
	},
	{
		genre: 'wikipedia',
		text: "Llanrhaeadr-ym-Mochnant is a village and community in Powys, Wales, about 12 miles west of Oswestry across the border in Shropshire. Pistyll Rhaeadr, one of the tallest waterfalls in Wales, lies 4 miles up the valley. William Morgan, who translated the Bible into Welsh, was vicar here; he was born at Tŷ Mawr Wybrnant near Penmachno.",
		gold: { 'Llanrhaeadr-ym-Mochnant': [52.83, -3.3], Powys: [52.65, -3.33], Wales: [52.13, -3.78], Oswestry: [52.86, -3.05], Shropshire: [52.71, -2.74] },
		notPlaces: ['William Morgan', 'Welsh']
	},
	{
		genre: 'wikipedia',
		text: "Aberdaron is a community and former fishing village at the western tip of the Llŷn Peninsula in Gwynedd, Wales. It lies 14 miles west of Pwllheli. Pilgrims once crossed from Aberdaron to Bardsey Island, 2 miles offshore. The community, which includes Rhiw and Uwchmynydd, had a population of 965 at the 2011 census.",
		gold: { Gwynedd: [52.93, -4.13], Wales: [52.13, -3.78], Pwllheli: [52.89, -4.41] }
	},
	{
		genre: 'wikipedia',
		text: "Tomintoul is a village in the Moray council area of Scotland, within the Cairngorms National Park. At 345 metres it is one of the highest villages in the Highlands. It was laid out in 1776 by the Duke of Gordon above the River Avon. The A939 crosses the hills north-west to Grantown-on-Spey and south-east over the Lecht to Cock Bridge and Ballater.",
		gold: { Moray: [57.65, -3.32], Scotland: [56.49, -4.2], 'Grantown-on-Spey': [57.33, -3.61], Ballater: [57.05, -3.04] },
		notPlaces: ['Duke of Gordon', 'Cairngorms National Park']
	},
	{
		genre: 'wikipedia',
		text: "Largs is a town on the Firth of Clyde in North Ayrshire, Scotland, about 33 miles from Glasgow. The Battle of Largs was fought on the shore in 1263 between the Scots and a Norwegian fleet. A ferry crosses from Largs to Cumbrae Slip for Millport on Great Cumbrae; the railway runs south to West Kilbride and Ardrossan.",
		gold: { Largs: [55.8, -4.86], 'North Ayrshire': [55.64, -4.76], Scotland: [56.49, -4.2], Glasgow: [55.87, -4.26], Millport: [55.75, -4.93], 'West Kilbride': [55.69, -4.86], Ardrossan: [55.65, -4.81] },
		notPlaces: ['Scots', 'Norwegian']
	},
	{
		genre: 'wikipedia',
		text: "Kinvara is a coastal village in the south-west of County Galway, Ireland, at the head of an inlet of Galway Bay. It is in the barony of Kiltartan and close to the border with County Clare, whose Burren uplands begin a few miles to the south-west at Ballyvaughan. Gort, the nearest town, is 15 km to the east. Dunguaire Castle stands on the shore just outside the village.",
		gold: { Kinvara: [53.14, -8.93], 'County Galway': [53.36, -8.85], Ireland: [53, -8], 'County Clare': [52.89, -9.11], Gort: [53.07, -8.82] },
		notPlaces: ['Dunguaire Castle', 'Kiltartan']
	},
	{
		genre: 'wikipedia',
		text: "Ballycastle is a coastal town in County Antrim, Northern Ireland, at the north-eastern corner of the county. Ferries sail from its harbour to Rathlin Island. Bushmills and the Giant's Causeway lie 20 km to the west, and the Glens of Antrim stretch south to Cushendall. The town is part of the Causeway Coast and Glens district.",
		gold: { Ballycastle: [55.2, -6.24], 'County Antrim': [54.72, -6.21], 'Northern Ireland': [54.5, -6.5], Bushmills: [55.2, -6.52], Cushendall: [55.08, -6.06] },
		notPlaces: ["Giant's Causeway"]
	},
	{
		genre: 'wikipedia',
		text: "Kilkee is a small coastal town in County Clare, Ireland, on a horseshoe bay facing the Atlantic. It grew in the 19th century as a resort for families from Limerick, who came down the Shannon by steamer to Kilrush, 13 km to the south-east. The road west leads along the Loop Head peninsula to Carrigaholt and Kilbaha.",
		gold: { Kilkee: [52.68, -9.64], 'County Clare': [52.89, -9.11], Ireland: [53, -8], Limerick: [52.66, -8.62], Kilrush: [52.64, -9.49] }
	},
	{
		genre: 'wikipedia',
		text: "Baie-Saint-Paul is a city in Charlevoix Regional County Municipality in the Capitale-Nationale region of Quebec, Canada, where the Gouffre River flows into the St. Lawrence. It is the seat of the RCM. Route 138 links it with Quebec City, 95 km to the south-west, and with La Malbaie to the north-east; a ferry from Saint-Joseph-de-la-Rive nearby crosses to L'Isle-aux-Coudres.",
		gold: { 'Baie-Saint-Paul': [47.44, -70.5], Quebec: [52, -72], Canada: [60.11, -113.64], 'Quebec City': [46.81, -71.21], 'La Malbaie': [47.65, -70.15] }
	},
	{
		genre: 'wikipedia',
		text: "Kamouraska is a municipality in the Kamouraska Regional County Municipality in the Bas-Saint-Laurent region of Quebec, on the south shore of the St. Lawrence River. The village lies between La Pocatière to the south-west and Saint-André to the north-east; Rivière-du-Loup is 45 km away. Founded in 1674 as a seigneury, it was for a time the seat of the judicial district.",
		gold: { Kamouraska: [47.57, -69.87], Quebec: [52, -72], 'La Pocatière': [47.37, -70.03], 'Rivière-du-Loup': [47.83, -69.54] }
	},
	{
		genre: 'wikipedia',
		text: "Bala is an unincorporated community in the Township of Muskoka Lakes, in the District Municipality of Muskoka, Ontario, Canada. It lies where Lake Muskoka drains into the Moon River, 35 km west of Bracebridge and 40 km north-west of Gravenhurst. Bala is known for its cranberry marsh and festival, and for the Kee to Bala dance hall, which drew big bands from Toronto in the 1940s.",
		gold: { Ontario: [51.25, -85.32], Canada: [60.11, -113.64], Bracebridge: [45.03, -79.32], Gravenhurst: [44.92, -79.37], Toronto: [43.7, -79.42] },
		notPlaces: ['Kee to Bala']
	},
	{
		genre: 'wikipedia',
		text: "Cobalt is a town in Timiskaming District in northeastern Ontario, Canada. Silver was found here in 1903 during the building of the Temiskaming and Northern Ontario Railway, and within a few years Cobalt was one of the richest mining camps in the world. It lies 5 km south of Haileybury and 150 km north of North Bay on Highway 11B.",
		gold: { Ontario: [51.25, -85.32], Canada: [60.11, -113.64], 'North Bay': [46.32, -79.47] },
		notPlaces: ['Temiskaming and Northern Ontario Railway']
	},
	{
		genre: 'wikipedia',
		text: "Eastend is a town in the Frenchman River valley of southwest Saskatchewan, Canada, surrounded by the Rural Municipality of White Valley No. 49. It lies 35 km west of Shaunavon and about 150 km south-west of Swift Current; the Cypress Hills rise to the north-west towards Maple Creek. The T.rex Discovery Centre displays \"Scotty\", a Tyrannosaurus found nearby in 1991.",
		gold: { Saskatchewan: [52.94, -106.45], Canada: [60.11, -113.64], Shaunavon: [49.65, -108.42], 'Swift Current': [50.28, -107.8], 'Maple Creek': [49.91, -109.48] },
		notPlaces: ['T.rex Discovery Centre', 'Scotty']
	},
	{
		genre: 'wikipedia',
		text: "Rosebud is a hamlet in southern Alberta, Canada, within Wheatland County. It lies in the valley of the Rosebud River, about 110 km north-east of Calgary and 35 km south-west of Drumheller. The hamlet is home to the Rosebud Theatre, a dinner theatre in the old school, and had a population of 88 in 2016.",
		gold: { Alberta: [53.93, -116.58], Canada: [60.11, -113.64], Calgary: [51.05, -114.09] },
		notPlaces: ['Rosebud Theatre']
	},
	{
		genre: 'wikipedia',
		text: "Gimli is a town on the west shore of Lake Winnipeg in Manitoba, Canada, within the Rural Municipality of Gimli. It was settled in 1875 by immigrants from Iceland, and was the capital of the self-governing New Iceland. The town lies 85 km north of Winnipeg; Selkirk and Winnipeg Beach are to the south, Riverton to the north.",
		gold: { Gimli: [50.63, -96.99], Manitoba: [53.76, -98.81], Canada: [60.11, -113.64], Iceland: [65, -18], Winnipeg: [49.88, -97.15], Selkirk: [50.14, -96.88] },
		notPlaces: ['New Iceland']
	},
	{
		genre: 'wikipedia',
		text: "Tafí del Valle is a town in the west of Tucumán Province, Argentina, and the seat of the department of the same name. It lies at 2,000 metres in a valley of the Calchaquí mountains, 107 km west of San Miguel de Tucumán by Route 307. The road continues over the Infiernillo pass to Amaicha del Valle and Cafayate in Salta Province.",
		gold: { 'Tafí del Valle': [-26.85, -65.71], 'Tucumán Province': [-26.82, -65.22], Argentina: [-34, -64], 'San Miguel de Tucumán': [-26.82, -65.22], Cafayate: [-26.07, -65.98], 'Salta Province': [-24.8, -65.42] }
	},
	{
		genre: 'wikipedia',
		text: "Villa General Belgrano is a town in the Calamuchita Department of Córdoba Province, Argentina, about 85 km south of the city of Córdoba. It was founded in the 1930s by German immigrants and holds an Oktoberfest every year. Santa Rosa de Calamuchita lies 10 km to the south, and La Cumbrecita is reached by a mountain road to the west.",
		gold: { 'Villa General Belgrano': [-31.98, -64.56], 'Córdoba Province': [-31.4, -64.26], Argentina: [-34, -64], 'Córdoba': [-31.41, -64.18], 'Santa Rosa de Calamuchita': [-32.07, -64.54], 'La Cumbrecita': [-31.9, -64.77] },
		notPlaces: ['German', 'Oktoberfest']
	},
	{
		genre: 'wikipedia',
		text: "Pisco Elqui is a village in the commune of Paihuano, Elqui Province, in the Coquimbo Region of Chile. It lies in the upper Elqui Valley, 100 km east of La Serena and 40 km beyond Vicuña. The village took its present name in 1936 to support Chile's claim to the word pisco against Peru.",
		gold: { 'Coquimbo Region': [-30.5, -71], Chile: [-30, -71], 'La Serena': [-29.9, -71.25], 'Vicuña': [-30.04, -70.71], Peru: [-10, -76] }
	},
	{
		genre: 'wikipedia',
		text: "Puerto Octay is a town and commune in Osorno Province, Los Lagos Region, Chile, on the northern shore of Llanquihue Lake. It was settled by German colonists in the 1850s. The town is 50 km south-east of Osorno; Frutillar and Puerto Varas lie on the western and southern shores of the lake.",
		gold: { 'Osorno Province': [-40.57, -73.13], 'Los Lagos Region': [-41.92, -72.14], Chile: [-30, -71], Osorno: [-40.57, -73.13], 'Puerto Varas': [-41.32, -72.99] },
		notPlaces: ['German']
	},
	{
		genre: 'wikipedia',
		text: "Barichara is a town and municipality in the Guanentá Province of the Santander Department in north-eastern Colombia. It lies on a plateau above the Suárez River canyon, 20 km north-west of San Gil and about 120 km south of Bucaramanga, the departmental capital. A stone path, the Camino Real, leads down to the hamlet of Guane.",
		gold: { Barichara: [6.64, -73.22], Santander: [6.64, -73.65], Colombia: [4, -72], 'San Gil': [6.56, -73.14], Bucaramanga: [7.13, -73.12] },
		notPlaces: ['Camino Real']
	},
	{
		genre: 'wikipedia',
		text: "Salento is a town and municipality in the Quindío Department of Colombia, in the coffee region of the Central Cordillera. It lies 24 km north-east of Armenia, the departmental capital, and about 30 km south of Pereira. The Cocora Valley, with its wax palms, begins at the edge of the town.\n\nNotable people\nLuis Arango, a coffee grower born in Salento, later served as governor in Armenia.",
		gold: { Salento: [4.64, -75.57], 'Quindío': [4.46, -75.67], Colombia: [4, -72], Armenia: [4.53, -75.68], Pereira: [4.81, -75.7] },
		notPlaces: ['Luis Arango']
	},
	{
		genre: 'wikipedia',
		text: "Ollantaytambo is a town and an Inca archaeological site in the Urubamba Province of the Cusco Region, Peru, some 60 km north-west of the city of Cusco. It lies on the Urubamba River at the lower end of the Sacred Valley. Trains for Aguas Calientes and Machu Picchu leave from Ollantaytambo station; the town of Urubamba is 20 km upstream.",
		gold: { Ollantaytambo: [-13.26, -72.26], 'Cusco Region': [-13.53, -71.97], Peru: [-10, -76], Cusco: [-13.52, -71.97], Urubamba: [-13.3, -72.12] },
		notPlaces: ['Inca', 'Ollantaytambo station', 'Sacred Valley']
	},
	{
		genre: 'wikipedia',
		text: "Lampa is a town in the Puno Region of southern Peru, capital of the Lampa Province. It lies on the Altiplano at 3,890 metres, about 35 km north-west of Juliaca and 75 km from Puno on Lake Titicaca. The town is known as the \"pink city\" for the colour of its houses, and its church of Santiago holds a copy of Michelangelo's Pietà.",
		gold: { Lampa: [-15.35, -70.37], Peru: [-10, -76], Juliaca: [-15.5, -70.13], Puno: [-15.84, -70.02] },
		notPlaces: ['Michelangelo', 'Santiago']
	},
	{
		genre: 'wikipedia',
		text: "San Bernardino is a town in the Cordillera Department of Paraguay, on the eastern shore of Lake Ypacaraí, about 50 km east of Asunción. It was founded in 1881 by German and Swiss settlers and is now the country's best-known summer resort. Areguá lies across the lake, and the town of Altos is in the hills to the north.",
		gold: { 'San Bernardino': [-25.31, -57.3], Paraguay: [-23, -58], 'Asunción': [-25.29, -57.65], 'Areguá': [-25.31, -57.38], Altos: [-25.26, -57.25] },
		notPlaces: ['German', 'Swiss']
	},
	{
		genre: 'wikipedia',
		text: "Mindo is a small town in the San Miguel de Los Bancos canton of Pichincha Province, Ecuador, in the cloud forest on the western slopes of the Andes. It is about 80 km north-west of Quito by road and is known for its birds and butterflies. The Mindo River joins the Blanco River below the town.",
		gold: { Mindo: [-0.05, -78.78], Pichincha: [-0.15, -78.48], Ecuador: [-2, -77.5], Quito: [-0.23, -78.52] }
	}
];

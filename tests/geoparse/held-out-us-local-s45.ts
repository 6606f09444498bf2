// US local news written for session 45 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s45` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Shapes the earlier batches lack: travel features by locals (a class trip to Norway from South
// Paris, Maine; Decorah families to Norway; Athens, Georgia, teachers in Athens and Crete), real-estate transfers by
// township (Lancaster County PA, Ottawa County MI), crop and weather columns with rain-gauge tallies by town, sheriff's
// and police logs across county and state lines, 911 dispatch logs, tournament brackets and sectional pairings, fishing
// reports by lake and river, sale-barn reports, county-fair results, election returns by town and by precinct,
// road-construction notices with detours, school-board minutes with road names, a zoning hearing, church calendars
// with a mission abroad, a class reunion with classmates abroad ("Warsaw, Poland" beside Warsaw, Indiana), a garden
// club's trip calendar, a quorum court, "then and now" history columns naming vanished towns (Montana, Kansas,
// Arizona), and standings whose teams are towns named like countries (Norway, Poland, Mexico and Paris ME; Mexico MO).
// Towns are named like countries, nationalities and foreign cities (Norway, Poland, Mexico, Peru, Sweden, Denmark,
// Paris and Oxford ME, Canadian TX, Arab AL, English IN, Ireland IN, Berlin and Milan NH, Berlin OH, Genoa WI, Peru
// IN, Mexico MO, Cairo GA, Lebanon NH, PA and OR, Zurich KS, Athens GA, Warsaw and Syracuse IN, Marengo IN, Lima
// OH), like famous US places (Canton KY, Austin and Eureka NV, Eureka, Aberdeen, Gettysburg, Columbia and
// Ipswich SD, Boulder and Jackson WY, Miami TX, Buffalo OK, Columbia MO, Albany, Harrisburg and Brownsville OR,
// Louisiana MO, Troy KS, Hanover NH, Rochester and Manchester IN, Oakland and Henderson AR, Jerome ID and AZ, Dover
// OH, Lancaster NH, Stark NH) or like words and people (Charm, Victory, Intercourse, Santa Claus, Eden, Cherry, Fifty-
// Six, Bumble Bee, Truth or Consequences, Daniel, Cora, Grant, Douglas). People carry names of places (Buckfield,
// Denver, Reading, Lefors, Dover, Madison, Florence, Peru, Findlay, Roswell, Paris, Buhl, Gooding) kept in notPlaces.
// Gold points are the places' own coordinates, the state written from knowledge and the point taken from `gazette
// lookup NAME` in that state; the gazetteer lacks some (Canton KY, Dummer NH, Victory WI, Argenta NV and MT, Bannack,
// Coolidge, Nevada City and Laurin MT, Ireland and Haysville IN, Sweden ME, Santa Claus, Ohoopee and Normantown GA,
// Nicodemus, Webster and Zurich KS, Cherry AZ, Charm OH, Pine Park, Calvary and Beachton GA, townships of Pennsylvania,
// Ohio and Michigan), which carry points from knowledge, as do lakes, rivers, dams and mountains. Half A is for
// tuning; half B stays held out (report it before and after each change).
// Before any change (main bd9e122): A 160/171 within 161 km (0.936), 54 named places not mapped, 3 names of no place
// mapped (a church's "St. Joseph", "Knights of Columbus", the language English); B 160/175 (0.914), 43 not mapped, 1.
// The wrong in A: Canadian (Texas) and Arab (Alabama) read as the nationalities, Ireland (Indiana) as the country,
// Manchester (the school of North Manchester, Indiana) as New Hampshire's, the Mississippi at Lake Winnibigoshish as
// the state, Argenta (Nevada; the gazetteer lacks it) as Arkansas's, and a Montana column's DILLON, Dillon and Shelby
// read as South and North Carolina's.
// After session 45's rules (demonym-towns.ts, home-towns-named-abroad.ts; main 28ef3b6): A 164/171 (0.959; Canadian
// and Arab now the towns); B, scored once at the end, 162/175 (0.926; ENGLISH and English, Indiana, now the town). B's
// wrong: the towns of an Oxford County, Maine, return (Norway, Mexico, Peru, Denmark read as the countries; Sweden,
// Maine, is missing from the gazetteer, so no town stands for every country's name), Santa Claus GA, Zurich KS, the
// White River and the Mississippi as rivers (gazetteer gaps), Stockton KS and Oak Creek AZ as California's, Lebanon PA
// as the country beside a mission to Haiti, and Athens, Greece, read as the ATHENS (Georgia) of the dateline.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S45_A: GenreText[] = [
	{
		genre: 'local',
		text: "Travel. SOUTH PARIS — Eighteen Oxford Hills students and four teachers from South Paris, Oxford and Waterford flew from Portland to Oslo on April 9 for a class trip to Norway. They rode the train over the mountains to Bergen, took a boat up the Sognefjord to Flåm and spent the last nights with host families in Stavanger. \"Half of them had never left Maine,\" said Ellen Buckfield, a teacher who lives in Harrison.",
		gold: { 'SOUTH PARIS': [44.22, -70.51], 'South Paris': [44.22, -70.51], Oxford: [44.13, -70.49], Waterford: [44.19, -70.72], Portland: [43.66, -70.26], Oslo: [59.91, 10.75], Norway: [62, 10], Bergen: [60.39, 5.32], Sognefjord: [61.1, 6.5], 'Flåm': [60.86, 7.11], Stavanger: [58.97, 5.73], Maine: [45.3, -69.2], Harrison: [44.11, -70.68] },
		notPlaces: ['Ellen Buckfield', 'Buckfield']
	},
	{
		genre: 'local',
		text: "Property transfers. Deeds recorded last week in Lancaster County: East Hempfield Township, 2210 Marietta Ave., from Harold and Joan Denver to Conestoga Valley Holdings LLC, $412,000. Manheim Township, 5 Landis Valley Road, to Carl Reading, $355,000. Elizabethtown, 318 S. Market St., $219,900. Warwick Township, a farm on Rothsville Road near Lititz, $1.2 million. Strasburg Township, 90 acres along Route 896 near Bird-in-Hand, $1.6 million. Columbia, 41 Locust St., $141,000. Intercourse, a shop on Old Philadelphia Pike, $480,000.",
		gold: { 'Lancaster County': [40.01, -76.33], 'East Hempfield Township': [40.08, -76.38], 'Manheim Township': [40.1, -76.3], Elizabethtown: [40.15, -76.6], 'Warwick Township': [40.17, -76.28], Lititz: [40.16, -76.31], 'Strasburg Township': [39.97, -76.18], 'Bird-in-Hand': [40.06, -76.18], Columbia: [40.03, -76.5], Intercourse: [40.04, -76.1] },
		notPlaces: ['Harold and Joan Denver', 'Joan Denver', 'Denver', 'Carl Reading', 'Reading']
	},
	{
		genre: 'local',
		text: "Crop and weather. PAMPA — This week's rain gauges: Canadian 2.10 inches, Miami 1.45, Wheeler 1.20, Mobeetie 0.90, Pampa 0.65, White Deer 0.40, Borger 0.30. The wheat around Canadian and along the Washita is heading out, and Miami farmers say Tuesday's hail missed most of Roberts County. Cotton planting near Shamrock and Wellington should start next week if the fields dry. — Travis Lefors, county extension agent",
		gold: { PAMPA: [35.54, -100.96], Canadian: [35.91, -100.38], Miami: [35.69, -100.64], Wheeler: [35.45, -100.27], Mobeetie: [35.53, -100.42], Pampa: [35.54, -100.96], 'White Deer': [35.44, -101.17], Borger: [35.67, -101.4], Washita: [35.8, -100.2], 'Roberts County': [35.87, -100.85], Shamrock: [35.21, -100.25], Wellington: [34.86, -100.21] },
		notPlaces: ['Travis Lefors', 'Lefors', 'Travis']
	},
	{
		genre: 'local',
		text: "Sheriff's log. CADIZ — Trigg County deputies: Monday, a pursuit that began on Interstate 24 near Canton ended across the Christian County line in Hopkinsville, where Kentucky State Police took the driver into custody; he is also wanted in Clarksville, Tenn. Tuesday, a boat stolen from Lake Barkley was found at a ramp near Golden Pond. Wednesday, a trespassing complaint; the caller's neighbor, Roy Dover, was warned. Thursday, deputies helped Cerulean firefighters at a barn fire and assisted Lyon County near Eddyville.",
		gold: { CADIZ: [36.87, -87.84], 'Trigg County': [36.83, -87.86], Canton: [36.8, -87.97], 'Christian County': [36.97, -87.52], Hopkinsville: [36.87, -87.49], Clarksville: [36.53, -87.36], 'Lake Barkley': [36.8, -88], 'Golden Pond': [36.78, -88.03], Cerulean: [36.95, -87.66], 'Lyon County': [37.04, -88.13], Eddyville: [37.09, -88.08] },
		notPlaces: ['Roy Dover', 'Dover']
	},
	{
		genre: 'local',
		text: "Sectional pairings. PERU — Class 3A boys basketball, Sectional 22 at Peru: Tuesday, Maconaquah vs. Northwestern, 6 p.m.; Peru vs. Rochester, 7:30. Friday, Manchester vs. the first winner and Wabash vs. the second. The championship is Saturday at 7; the winner goes to the regional at Logansport. Tickets are $8 at the door. Maconaquah's fans will be bused from Bunker Hill, and Northwestern's from west of Kokomo.",
		gold: { PERU: [40.75, -86.07], Peru: [40.75, -86.07], Rochester: [41.06, -86.22], Manchester: [41, -85.77], Wabash: [40.8, -85.82], Logansport: [40.75, -86.36], 'Bunker Hill': [40.66, -86.1], Kokomo: [40.49, -86.13] }
	},
	{
		genre: 'local',
		text: "Fishing report. WALKER — Leech Lake walleyes moved to 18 feet off Walker Bay this week, and perch are biting in Sucker Bay. On Lake Winnibigoshish the fish are at the Mississippi inlet. Up on Lake of the Woods, Baudette guides report saugers in the Rainy River near Wheeler's Point. Cass Lake and Lake Bemidji are slower. Upper Red Lake crappies: try the east basin out of Waskish. — From bait shops in Walker, Federal Dam and Longville.",
		gold: { WALKER: [47.1, -94.59], 'Leech Lake': [47.15, -94.4], 'Walker Bay': [47.11, -94.55], 'Sucker Bay': [47.2, -94.55], 'Lake Winnibigoshish': [47.43, -94.2], Mississippi: [47.4, -94.2], 'Lake of the Woods': [49, -94.9], Baudette: [48.71, -94.6], 'Rainy River': [48.7, -94.6], 'Wheeler\'s Point': [48.83, -94.68], 'Cass Lake': [47.38, -94.6], 'Lake Bemidji': [47.5, -94.85], 'Upper Red Lake': [48.1, -94.7], Waskish: [48.18, -94.5], Walker: [47.1, -94.59], 'Federal Dam': [47.21, -94.26], Longville: [47.02, -94.2] }
	},
	{
		genre: 'local',
		text: "Fair results. GUNTERSVILLE — Marshall County Fair ribbons: heifer champion, Kinley Madison of Arab; broilers, the Douglas FFA; quilts, Ruby Holt of Albertville; canned tomatoes, Sarah Florence of Grant; photography, Eli Mason of Union Grove. Arab's band won the marching exhibition, and a Guntersville Lake bass mount drew the top bid at the auction. Next year's fair moves to the ag center in Boaz.",
		gold: { GUNTERSVILLE: [34.36, -86.29], 'Marshall County': [34.41, -86.31], Arab: [34.32, -86.5], Douglas: [34.17, -86.32], Albertville: [34.27, -86.21], Grant: [34.53, -86.25], 'Union Grove': [34.41, -86.46], 'Guntersville Lake': [34.45, -86.2], Boaz: [34.2, -86.17] },
		notPlaces: ['Kinley Madison', 'Madison', 'Sarah Florence', 'Florence', 'Ruby Holt', 'Eli Mason']
	},
	{
		genre: 'local',
		text: "Election returns. BERLIN — Coös County, state Senate District 1, by town: Berlin, Morin 1,412, Tardif 1,006; Gorham, Morin 611, Tardif 402; Milan, Tardif 311, Morin 298; Dummer, Tardif 97, Morin 61; Errol, Morin 102, Tardif 88; Stark, Tardif 144, Morin 110; Lancaster, Morin 702, Tardif 655. Whitefield and Jefferson went to Tardif. Colebrook and Pittsburg reported after midnight.",
		gold: { BERLIN: [44.47, -71.19], 'Coös County': [44.66, -71.43], Berlin: [44.47, -71.19], Gorham: [44.39, -71.17], Milan: [44.57, -71.19], Dummer: [44.6, -71.2], Errol: [44.8, -71.14], Stark: [44.6, -71.42], Lancaster: [44.49, -71.57], Whitefield: [44.37, -71.61], Jefferson: [44.42, -71.47], Colebrook: [44.89, -71.5], Pittsburg: [45.05, -71.39] },
		notPlaces: ['Morin', 'Tardif']
	},
	{
		genre: 'local',
		text: "Road work. LA CROSSE — The state will close Highway 35 between Genoa and De Soto for slope repairs from June 3 to July 12. Northbound traffic will detour on Highway 56 through Viroqua and back to the river on Highway 82; southbound traffic through Westby, Coon Valley and Stoddard. Local traffic to Victory and to the fish hatchery at Genoa may pass. The bridge to Lansing, Iowa, stays open.",
		gold: { 'LA CROSSE': [43.8, -91.24], Genoa: [43.56, -91.15], 'De Soto': [43.48, -91.13], Viroqua: [43.56, -90.89], Westby: [43.66, -90.85], 'Coon Valley': [43.7, -91.01], Stoddard: [43.66, -91.22], Victory: [43.48, -91.22], Lansing: [43.36, -91.22], Iowa: [42, -93.5] }
	},
	{
		genre: 'local',
		text: "Dispatch log. BATTLE MOUNTAIN — Lander County 911 calls: Friday 2:14 a.m., a rollover on U.S. 50 east of Austin; the driver, from Eureka, was flown to Reno. 9:40 a.m., cattle on the road near the Reese River. Saturday, a hunter overdue in the Toiyabe Range was found near Kingston Canyon; Nye County and Eureka County units helped. Sunday, a brush fire beside Interstate 80 at Argenta was put out by Battle Mountain volunteers, with a tanker from Winnemucca.",
		gold: { 'BATTLE MOUNTAIN': [40.64, -116.93], 'Lander County': [39.93, -117.04], Austin: [39.51, -117.08], Eureka: [39.51, -115.96], Reno: [39.53, -119.81], 'Reese River': [40, -117.1], 'Toiyabe Range': [39.2, -117.1], 'Kingston Canyon': [39.23, -117.1], 'Nye County': [37.87, -116.63], 'Eureka County': [39.94, -116.07], Argenta: [40.62, -116.7], 'Battle Mountain': [40.64, -116.93], Winnemucca: [40.97, -117.74] }
	},
	{
		genre: 'local',
		text: "Then and now. DILLON — A century ago Bannack, the first territorial capital, still had a hotel and a school; today it is a state park of empty streets. Argenta, on Rattlesnake Creek, is down to a few cabins. Coolidge, the silver camp of the 1920s in the Pioneer Mountains, lasted barely a decade. Virginia City and Nevada City live on summer visitors, and Laurin still has its church. Our grandparents rode the train from Dillon to Butte; the nearest passenger train now stops at Shelby.",
		gold: { DILLON: [45.22, -112.64], Bannack: [45.16, -113], Argenta: [45.27, -112.88], 'Rattlesnake Creek': [45.27, -112.8], Coolidge: [45.5, -113.06], 'Pioneer Mountains': [45.5, -113], 'Virginia City': [45.29, -111.95], 'Nevada City': [45.31, -111.97], Laurin: [45.35, -112.12], Dillon: [45.22, -112.64], Butte: [46, -112.53], Shelby: [48.51, -111.86] }
	},
	{
		genre: 'local',
		text: "Little League. NORWAY — District 3 final standings: Paris 9-1, Norway 7-3, Poland 6-4, Mexico 5-5, Oxford 4-6, Rumford 3-7, Buckfield 1-9. Paris beat Norway 6-4 on Saturday at Moore Park behind two hits from Cole Peru and will host the tournament opener against the Lewiston champion.",
		gold: { NORWAY: [44.21, -70.54], Paris: [44.26, -70.5], Norway: [44.21, -70.54], Poland: [44.06, -70.39], Mexico: [44.56, -70.55], Oxford: [44.13, -70.49], Rumford: [44.55, -70.55], Buckfield: [44.29, -70.37], 'Moore Park': [44.22, -70.51], Lewiston: [44.1, -70.21] },
		notPlaces: ['Cole Peru', 'Peru']
	},
	{
		genre: 'local',
		text: "Church calendar. JASPER — St. Joseph's youth group leaves Saturday on a mission trip to Peru to help build a chapel in a village outside Cusco; a send-off Mass is at 5 p.m. Holy Family in Huntingburg holds its fish fry Friday, and the sisters at Ferdinand host a day of prayer. Ireland's Knights of Columbus serve breakfast Sunday; Celestine and St. Anthony share a picnic on July 4; the Haysville Methodist choir sings at the Dubois County fair.",
		gold: { JASPER: [38.39, -86.93], Peru: [-10, -76], Cusco: [-13.52, -71.97], Huntingburg: [38.3, -86.95], Ferdinand: [38.22, -86.86], Ireland: [38.41, -87], Celestine: [38.39, -86.76], 'St. Anthony': [38.32, -86.82], Haysville: [38.46, -86.93], 'Dubois County': [38.37, -86.87] },
		notPlaces: ['St. Joseph', 'Columbus']
	},
	{
		genre: 'local',
		text: "Sale report. WOODWARD — Tuesday's run at the sale barn: 3,412 head. Top steers, 550 pounds, $3.12, consigned by the Laverne FFA; heifers from Buffalo topped at $2.95; a load of pairs from Arnett and Shattuck brought $3,850 a pair; bulls came from Mooreland and Fort Supply. Buyers were from Dodge City, Kan., Amarillo and Guymon. High water closed the Canadian River crossing at Taloga, so consignors from there came around through Seiling.",
		gold: { WOODWARD: [36.43, -99.39], Laverne: [36.71, -99.89], Buffalo: [36.84, -99.63], Arnett: [36.14, -99.77], Shattuck: [36.28, -99.88], Mooreland: [36.44, -99.2], 'Fort Supply': [36.57, -99.57], 'Dodge City': [37.75, -100.02], Amarillo: [35.22, -101.83], Guymon: [36.68, -101.48], 'Canadian River': [36.04, -98.96], Taloga: [36.04, -98.96], Seiling: [36.15, -98.92] }
	},
	{
		genre: 'local',
		text: "School board. ELIDA — The Elida board voted 4-1 Monday to move the bus garage to a lot on Allentown Road near the Delphos line. Parents from American Township asked for a new stop at Shawnee Road and Bluelick Road, and the board approved sharing buses with Spencerville. Superintendent Joel Findlay said enrollment rose by 62, most of it from new homes west of Lima. The next meeting is at the Gomer school.",
		gold: { ELIDA: [40.79, -84.2], Delphos: [40.84, -84.34], 'American Township': [40.76, -84.2], Spencerville: [40.71, -84.35], Lima: [40.74, -84.11], Gomer: [40.85, -84.19] },
		notPlaces: ['Joel Findlay', 'Findlay']
	},
	{
		genre: 'local',
		text: "Zoning. CAIRO — The Grady County commission on Tuesday denied a request to rezone 40 acres on Pine Park Road for a solar farm after neighbors from Pine Park and Calvary spoke against it. The applicant is a Tallahassee company. A request for a dollar store on U.S. 84 between Cairo and Whigham was tabled, and a subdivision near Beachton, on the Thomas County line, was approved.",
		gold: { CAIRO: [30.88, -84.2], 'Grady County': [30.87, -84.2], 'Pine Park': [30.77, -84.1], Calvary: [30.73, -84.31], Tallahassee: [30.44, -84.28], Cairo: [30.88, -84.2], Whigham: [30.88, -84.32], Beachton: [30.73, -84.1], 'Thomas County': [30.9, -83.99] }
	},
	{
		genre: 'local',
		text: "Class reunion. WARSAW — Forty-one members of the high school's class of 1976 met Saturday at Winona Lake. Classmates came from as far as Warsaw, Poland, where Ann Kowalski teaches English; Lima, Peru; and Anchorage, Alaska. Most still live around Leesburg, Pierceton, Syracuse and Silver Lake. A memorial table honored the 14 who have died. The class will meet again in 2031 at the Kosciusko County fairgrounds.",
		gold: { WARSAW: [41.24, -85.85], 'Winona Lake': [41.23, -85.82], Warsaw: [52.23, 21.01], Poland: [52, 19], Lima: [-12.04, -77.03], Peru: [-10, -76], Anchorage: [61.22, -149.9], Alaska: [64, -150], Leesburg: [41.33, -85.85], Pierceton: [41.2, -85.71], Syracuse: [41.43, -85.75], 'Silver Lake': [41.07, -85.89], 'Kosciusko County': [41.18, -85.88] },
		notPlaces: ['Ann Kowalski', 'English']
	},
	{
		genre: 'local',
		text: "Club news. LAS CRUCES — The garden club's spring bus trip goes to Hatch for chile seedlings, then to Truth or Consequences for lunch and a soak in the hot springs, coming home by way of Elephant Butte Lake. In May members visit a pecan orchard at San Miguel and the rose garden in Deming. Dues pay for a scholarship for a student from Anthony or Chaparral. To sign up, call Linda Roswell.",
		gold: { 'LAS CRUCES': [32.31, -106.78], Hatch: [32.67, -107.15], 'Truth or Consequences': [33.13, -107.25], 'Elephant Butte Lake': [33.2, -107.2], 'San Miguel': [32.16, -106.73], Deming: [32.27, -107.76], Anthony: [32, -106.61], Chaparral: [32.02, -106.39] },
		notPlaces: ['Linda Roswell', 'Roswell']
	},
	{
		genre: 'local',
		text: "County court. MOUNTAIN VIEW — Stone County's quorum court approved $210,000 to pave the road from Fifty-Six to the Blanchard Springs turnoff and bought a grader for the Timbo district. Justices heard complaints about gravel trucks on the square in Mountain View and on the road to Big Flat. A deputy will be posted at Leslie, and the county will share a jailer with Batesville.",
		gold: { 'MOUNTAIN VIEW': [35.87, -92.12], 'Stone County': [35.93, -92.1], 'Fifty-Six': [35.99, -92.22], 'Blanchard Springs': [35.97, -92.18], Timbo: [35.88, -92.29], 'Mountain View': [35.87, -92.12], 'Big Flat': [36.01, -92.39], Leslie: [35.83, -92.57], Batesville: [35.77, -91.64] }
	},
	{
		genre: 'local',
		text: "Sheriff's log. PINEDALE — Sublette County deputies: Monday, a semi jackknifed on U.S. 191 south of Boulder. Tuesday, tools were stolen from a rig site near Big Piney. Wednesday, a domestic call in Daniel; Thursday, a moose in a yard at Cora. A man wanted on a Sweetwater County warrant out of Rock Springs was arrested at a Marbleton motel. Deputies also helped Teton County search for a hiker above Jackson and escorted a wide load to Kemmerer.",
		gold: { PINEDALE: [42.87, -109.86], 'Sublette County': [42.91, -109.83], Boulder: [42.69, -109.54], 'Big Piney': [42.54, -110.11], Daniel: [42.92, -110.13], Cora: [43.14, -109.92], 'Sweetwater County': [41.66, -108.79], 'Rock Springs': [41.59, -109.2], Marbleton: [42.55, -110.11], 'Teton County': [44.03, -110.46], Jackson: [43.48, -110.76], Kemmerer: [41.79, -110.54] }
	}
];

export const HELD_OUT_US_LOCAL_S45_B: GenreText[] = [
	{
		genre: 'local',
		text: "Travel. DECORAH — Nordic Fest brought eleven exchange students from Norway to town last week, and a group of Decorah families went the other way: a two-week trip to Norway that began in Oslo and ended on a farm near Voss, where one family's great-grandparents emigrated from in 1850. The group also saw Trondheim and the Lofoten Islands. Next year's trip goes to Sweden. Travelers came from Decorah, Calmar, Spillville and Ossian.",
		gold: { DECORAH: [43.3, -91.79], Norway: [62, 10], Decorah: [43.3, -91.79], Oslo: [59.91, 10.75], Voss: [60.63, 6.41], Trondheim: [63.43, 10.4], 'Lofoten Islands': [68.2, 14], Sweden: [62, 15], Calmar: [43.18, -91.86], Spillville: [43.2, -91.94], Ossian: [43.15, -91.76] }
	},
	{
		genre: 'local',
		text: "Police log. HANNIBAL — Marion County deputies: Friday, a Quincy, Ill., man was arrested on Highway 61 near Palmyra after a chase that began in Adams County. Saturday, a trailer stolen in Louisiana was found at a farm outside New London; Pike County deputies took the report. Sunday, a boat crash on the Mississippi near Saverton injured two Hull, Ill., residents. Monday, a fight at a Monroe City bar sent one man to the hospital in Hannibal.",
		gold: { HANNIBAL: [39.71, -91.36], 'Marion County': [39.79, -91.52], Quincy: [39.94, -91.41], Palmyra: [39.79, -91.52], 'Adams County': [39.96, -91.28], Louisiana: [39.45, -91.05], 'New London': [39.59, -91.4], 'Pike County': [39.37, -91.14], Mississippi: [39.7, -91.3], Saverton: [39.65, -91.27], Hull: [39.72, -91.23], 'Monroe City': [39.65, -91.73], Hannibal: [39.71, -91.36] }
	},
	{
		genre: 'local',
		text: "Substate bracket. HIAWATHA — Class 3A girls substate at Hiawatha, first round Tuesday: No. 1 Sabetha vs. No. 8 Doniphan West; No. 4 Troy vs. No. 5 Horton; No. 2 Hiawatha vs. No. 7 Jackson Heights; No. 3 Holton vs. No. 6 Riverside of Wathena. Semifinals are Thursday and the final Saturday; the champion goes to the state tournament in Emporia.",
		gold: { HIAWATHA: [39.85, -95.54], Hiawatha: [39.85, -95.54], Sabetha: [39.9, -95.8], Troy: [39.78, -95.09], Horton: [39.66, -95.53], Holton: [39.47, -95.74], Wathena: [39.76, -94.95], Emporia: [38.4, -96.18] },
		notPlaces: ['Jackson Heights', 'Riverside', 'Doniphan West']
	},
	{
		genre: 'local',
		text: "Fishing report. MOUNTAIN HOME — Bull Shoals Lake is 2 feet above normal, and bass are on the points near Lakeview. Norfork Lake stripers hit at dawn. The White River below Bull Shoals Dam is running two generators; trout are biting at Cotter and Rim Shoals. On Table Rock Lake near Branson, crappie are at 15 feet, and Beaver Lake near Rogers is muddy. — From marinas at Henderson, Gamaliel and Oakland.",
		gold: { 'MOUNTAIN HOME': [36.34, -92.39], 'Bull Shoals Lake': [36.45, -92.6], Lakeview: [36.37, -92.55], 'Norfork Lake': [36.33, -92.26], 'White River': [36.3, -92.5], 'Bull Shoals Dam': [36.36, -92.57], Cotter: [36.27, -92.54], 'Rim Shoals': [36.25, -92.46], 'Table Rock Lake': [36.6, -93.4], Branson: [36.64, -93.22], 'Beaver Lake': [36.35, -93.95], Rogers: [36.33, -94.12], Henderson: [36.41, -92.2], Gamaliel: [36.46, -92.23], Oakland: [36.44, -92.58] }
	},
	{
		genre: 'local',
		text: "Fair results. MILLERSBURG — Holmes County Fair: grand champion market lamb, Reuben Yoder of Berlin; reserve, Katie Hershberger of Walnut Creek; dairy steer, the Charm 4-H club; pies, Anna Mast of Sugarcreek; draft horses, a Winesburg team. Buyers from Wooster and Dover paid record prices, and the fair board thanked the volunteers from Killbuck.",
		gold: { MILLERSBURG: [40.55, -81.92], 'Holmes County': [40.58, -81.93], Berlin: [40.56, -81.79], 'Walnut Creek': [40.54, -81.72], Charm: [40.5, -81.78], Sugarcreek: [40.5, -81.64], Winesburg: [40.62, -81.7], Wooster: [40.81, -81.94], Dover: [40.52, -81.47], Killbuck: [40.5, -81.98] },
		notPlaces: ['Reuben Yoder', 'Katie Hershberger', 'Anna Mast']
	},
	{
		genre: 'local',
		text: "Election returns. SOUTH PARIS — Oxford County, Question 2, by town (yes-no): Norway 1,021-844; Paris 1,233-902; Oxford 987-1,012; Mexico 512-430; Peru 301-355; Sweden 101-98; Denmark 344-412; Hebron 302-333; Bethel 901-620; Rumford 1,402-1,101. County total: 9,102 yes, 8,044 no. The county voted the other way from Portland and Lewiston.",
		gold: { 'SOUTH PARIS': [44.22, -70.51], 'Oxford County': [44.45, -70.69], Norway: [44.21, -70.54], Paris: [44.26, -70.5], Oxford: [44.13, -70.49], Mexico: [44.56, -70.55], Peru: [44.51, -70.41], Sweden: [44.13, -70.82], Denmark: [43.97, -70.8], Hebron: [44.2, -70.41], Bethel: [44.4, -70.79], Rumford: [44.55, -70.55], Portland: [43.66, -70.26], Lewiston: [44.1, -70.21] }
	},
	{
		genre: 'local',
		text: "Road work. LANDER — State crews begin repaving U.S. 287 between Lander and Jeffrey City on Monday; expect 20-minute waits near Sweetwater Station. Wyoming 789 between Riverton and Shoshoni gets new shoulders, and the bridge over the Wind River near Kinnear is down to one lane. Trucks bound for Rawlins should go by Muddy Gap. Paving crews are coming from Casper and Thermopolis.",
		gold: { LANDER: [42.83, -108.73], Lander: [42.83, -108.73], 'Jeffrey City': [42.54, -107.87], 'Sweetwater Station': [42.55, -108.19], Riverton: [43.02, -108.38], Shoshoni: [43.24, -108.11], 'Wind River': [43, -108.6], Kinnear: [43.27, -108.93], Rawlins: [41.79, -107.24], 'Muddy Gap': [42.37, -107.45], Casper: [42.87, -106.31], Thermopolis: [43.65, -108.21] }
	},
	{
		genre: 'local',
		text: "911 log. VIDALIA — Toombs County dispatch: Monday, a grease fire on a porch in Lyons; a wreck at U.S. 280 and the Santa Claus city limits; a missing teenager from Ohoopee found at a friend's house in Reidsville. Tuesday, a cow on the road near Normantown and an alarm at an onion packing shed. Montgomery County deputies asked for help near Ailey. Wednesday, a kayaker stranded on the Altamaha near Glennville.",
		gold: { VIDALIA: [32.22, -82.41], 'Toombs County': [32.14, -82.33], Lyons: [32.2, -82.32], 'Santa Claus': [32.17, -82.33], Ohoopee: [32.22, -82.15], Reidsville: [32.09, -82.12], Normantown: [32.3, -82.3], 'Montgomery County': [32.14, -82.56], Ailey: [32.19, -82.57], Altamaha: [31.95, -82.1], Glennville: [31.94, -81.93] }
	},
	{
		genre: 'local',
		text: "Then and now. HILL CITY — Nicodemus, founded in 1877 by Black settlers from Kentucky, once had two newspapers; today a dozen people live there. Webster lies under Webster Reservoir, and Bogue lost its high school in 1967. Zurich dwindled when the highway passed it by, while Stockton and Plainville kept the county trade. The Solomon River still floods the bottoms near Damar.",
		gold: { 'HILL CITY': [39.36, -99.84], Nicodemus: [39.39, -99.62], Kentucky: [37.5, -85.3], Webster: [39.39, -99.44], 'Webster Reservoir': [39.41, -99.43], Bogue: [39.38, -99.68], Zurich: [39.23, -99.43], Stockton: [39.44, -99.27], Plainville: [39.23, -99.3], 'Solomon River': [39.4, -99.5], Damar: [39.32, -99.58] }
	},
	{
		genre: 'local',
		text: "Property transfers. Ottawa County: Holland Township, 1204 Ottawa Ave., $389,000. Georgetown Township, a condominium in Jenison, $241,500. Allendale Township, 40 acres on Lake Michigan Drive, $610,000. Spring Lake Township, a lakefront home, $1.1 million. Zeeland, 45 E. Central Ave., $302,000. Grand Haven, 1020 Lake Ave., $515,000. Coopersville, a duplex, $260,000. Jamestown Township, a farm on 24th Avenue, $790,000.",
		gold: { 'Ottawa County': [43, -85.99], 'Holland Township': [42.82, -86.07], 'Georgetown Township': [42.87, -85.84], Jenison: [42.91, -85.79], 'Allendale Township': [42.97, -85.95], 'Spring Lake Township': [43.08, -86.18], Zeeland: [42.81, -86.02], 'Grand Haven': [43.06, -86.23], Coopersville: [43.06, -85.93], 'Jamestown Township': [42.83, -85.84] }
	},
	{
		genre: 'local',
		text: "Crop report. LEON — Decatur County farmers finished planting corn this week, and soybeans are 70 percent in. Rain since Monday: Leon 1.3 inches, Lamoni 1.8, Garden Grove 0.9, Davis City 1.6, Corydon 1.1, Mount Ayr 0.7. Frost hit low ground near Kellerton on Tuesday, and the Thompson River is out of its banks below Davis City. The co-op at Creston says bean bids are steady.",
		gold: { LEON: [40.74, -93.75], 'Decatur County': [40.71, -93.78], Leon: [40.74, -93.75], Lamoni: [40.62, -93.93], 'Garden Grove': [40.77, -93.61], 'Davis City': [40.63, -93.81], Corydon: [40.76, -93.32], 'Mount Ayr': [40.71, -94.24], Kellerton: [40.69, -94.06], 'Thompson River': [40.7, -93.8], Creston: [41.06, -94.36] }
	},
	{
		genre: 'local',
		text: "School board. LEBANON — The board voted Monday to start the high school 40 minutes later next fall and to add a bus run on Route 4 from Enfield. A parent from West Lebanon asked for a crossing guard on Main Street. The district will share a business manager with Hanover and tuition students from Plainfield and Canaan; Norwich, across the river, declined to join.",
		gold: { LEBANON: [43.64, -72.25], Enfield: [43.64, -72.14], 'West Lebanon': [43.64, -72.3], Hanover: [43.7, -72.29], Plainfield: [43.55, -72.27], Canaan: [43.65, -72.01], Norwich: [43.72, -72.31] }
	},
	{
		genre: 'local',
		text: "Legion baseball. MEXICO — Zone 3 standings after Sunday: Mexico 11-2, Fulton 9-4, Columbia 8-5, Moberly 6-7, Boonville 4-9, Jefferson City 3-10. Mexico swept Fulton 5-3 and 7-2 behind the pitching of Tyler Paris, and the zone tournament opens July 9 in Columbia.",
		gold: { MEXICO: [39.17, -91.88], Mexico: [39.17, -91.88], Fulton: [38.85, -91.95], Columbia: [38.95, -92.33], Moberly: [39.42, -92.44], Boonville: [38.97, -92.74], 'Jefferson City': [38.58, -92.17] },
		notPlaces: ['Tyler Paris', 'Paris']
	},
	{
		genre: 'local',
		text: "Church calendar. ANNVILLE — Zion Lutheran's mission team returns Sunday from two weeks in Haiti, where it helped rebuild a clinic near Jacmel; a slide show follows the 10:30 service. St. Paul's in Palmyra holds its strawberry festival June 7, and the Hershey Methodist men serve breakfast. A hymn sing is at a church in Lebanon; the Myerstown Mennonite choir sings at the Mount Gretna tabernacle on Aug. 3; quilters meet in Campbelltown on Wednesdays and in Schaefferstown on Thursdays.",
		gold: { ANNVILLE: [40.33, -76.52], Haiti: [19, -72.4], Jacmel: [18.23, -72.54], Palmyra: [40.31, -76.59], Hershey: [40.29, -76.65], Lebanon: [40.34, -76.41], Myerstown: [40.37, -76.3], 'Mount Gretna': [40.25, -76.47], Campbelltown: [40.28, -76.59], Schaefferstown: [40.3, -76.29] }
	},
	{
		genre: 'local',
		text: "Pheasant outlook. ABERDEEN — Roadside counts are up 20 percent around Ipswich and Faulkton and flat near Eureka and Leola. Hunters booked at lodges near Gettysburg and Hoven should find birds in the cattails, but the James River bottoms south of Columbia flooded in the spring and hurt nesting. Mobridge motels are full for the opener, and Redfield holds its hunters' dinner on Friday.",
		gold: { ABERDEEN: [45.46, -98.49], Ipswich: [45.44, -99.03], Faulkton: [45.03, -99.12], Eureka: [45.77, -99.62], Leola: [45.72, -98.94], Gettysburg: [45.01, -99.96], Hoven: [45.23, -99.78], 'James River': [45.3, -98.3], Columbia: [45.65, -98.32], Mobridge: [45.54, -100.43], Redfield: [44.88, -98.52] }
	},
	{
		genre: 'local',
		text: "Election returns. ENGLISH — Crawford County, county commissioner, by precinct: English, Sturgeon 301, Hall 244; Marengo, Hall 266, Sturgeon 190; Leavenworth, Sturgeon 158, Hall 92; Milltown, Hall 211, Sturgeon 187; Eckerty, Sturgeon 74, Hall 70; Taswell, Sturgeon 66, Hall 51. Sturgeon won by 55 votes; Hall, of Marengo, said she would not ask for a recount.",
		gold: { ENGLISH: [38.33, -86.46], 'Crawford County': [38.25, -86.39], English: [38.33, -86.46], Marengo: [38.37, -86.34], Leavenworth: [38.19, -86.38], Milltown: [38.34, -86.28], Eckerty: [38.32, -86.61], Taswell: [38.35, -86.54] },
		notPlaces: ['Sturgeon', 'Hall']
	},
	{
		genre: 'local',
		text: "Fair results. JEROME — Jerome County Fair open class: quilts, Marla Buhl of Eden; sourdough, Pete Gooding of Hazelton; dahlias, the Wendell garden club; draft-horse hitch, a Hagerman family; photography, a Shoshone teenager. Twin Falls buyers paid $14 a pound for the grand champion hog, raised near Jerome.",
		gold: { JEROME: [42.72, -114.52], 'Jerome County': [42.66, -114.27], Eden: [42.59, -114.25], Hazelton: [42.6, -114.14], Wendell: [42.78, -114.7], Hagerman: [42.81, -114.9], Shoshone: [42.94, -114.41], 'Twin Falls': [42.56, -114.46], Jerome: [42.72, -114.52] },
		notPlaces: ['Marla Buhl', 'Buhl', 'Pete Gooding', 'Gooding']
	},
	{
		genre: 'local',
		text: "Dispatch. LEBANON — Linn County 911 log: Tuesday, a log truck lost its load on Highway 20 east of Sweet Home; a burglary at a Scio feed store; smoke near Foster Lake turned out to be a permitted burn. Wednesday, Albany police asked deputies for help at a crash on Interstate 5 near Millersburg, and a Brownsville man reported a stolen trailer that turned up in Halsey. Thursday, Harrisburg and Crawfordsville firefighters put out a grass fire.",
		gold: { LEBANON: [44.54, -122.91], 'Linn County': [44.5, -122.7], 'Sweet Home': [44.4, -122.74], Scio: [44.7, -122.85], 'Foster Lake': [44.41, -122.65], Albany: [44.64, -123.11], Millersburg: [44.68, -123.06], Brownsville: [44.39, -122.98], Halsey: [44.38, -123.11], Harrisburg: [44.27, -123.17], Crawfordsville: [44.36, -122.85] }
	},
	{
		genre: 'local',
		text: "Travel. ATHENS — Two Clarke County teachers spent their summer on the route of Paul's journeys: they flew from Atlanta to Athens, took the ferry to Crete and Rhodes, and crossed to Ephesus in Turkey. They are back this week at the high school in Watkinsville with 2,000 photographs of Greece.",
		gold: { ATHENS: [33.96, -83.38], 'Clarke County': [33.94, -83.37], Atlanta: [33.75, -84.39], Athens: [37.98, 23.73], Crete: [35.24, 24.8], Rhodes: [36.44, 28.22], Ephesus: [37.95, 27.37], Turkey: [39, 35], Watkinsville: [33.86, -83.41], Greece: [39, 22] }
	},
	{
		genre: 'local',
		text: "Then and now. COTTONWOOD — In 1929 Jerome had 15,000 people, and the smelter in Clarkdale smoked day and night. Today Jerome is an artists' town of 450. Gone entirely are Cherry, on the back road to Dewey, and most of Bumble Bee below Crown King. Camp Verde kept its fort, and Sedona, a few orchards on Oak Creek then, has outgrown them all but Prescott.",
		gold: { COTTONWOOD: [34.74, -112.01], Jerome: [34.75, -112.11], Clarkdale: [34.77, -112.06], Cherry: [34.59, -112.05], Dewey: [34.53, -112.24], 'Bumble Bee': [34.2, -112.15], 'Crown King': [34.22, -112.33], 'Camp Verde': [34.56, -111.85], Sedona: [34.87, -111.76], 'Oak Creek': [34.8, -111.77], Prescott: [34.54, -112.47] }
	}
];

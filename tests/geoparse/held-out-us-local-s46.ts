// US local news written for session 46 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s46` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Shapes the earlier batches lack: obituaries of people who moved across the country (a Moscow,
// Idaho, teacher who sang in Moscow's Red Square; Air Force postings from Warsaw, Indiana, to Wiesbaden; a mill worker
// from Lebanon, Missouri, to Lebanon, Oregon), bankruptcy filings and court dockets (debtors named like the district's
// towns: Huntington, Marion, Peru, Angola), business openings and closings by highway exit and strip mall, college
// rosters with home towns, restaurant inspections by town, museum and library exhibits lent from abroad beside a
// history or culture sentence naming the foreign city a local town is named for (Renaissance Florence in Florence, SC;
// the coronation in London beside Laurel County, KY; the pyramids near Cairo beside Illinois's Thebes and Karnak),
// weather-service storm reports by county, a veterans' day speech about the uprising in Warsaw beside Indiana's
// towns, a National Guard send-off from Berlin, NH, sister-city visits (Frankenmuth and Gunzenhausen, New Bern and
// Bern), grain bids by elevator town with no state named (Nebraska, Kansas), hunting seasons by zone and county (South
// Dakota, Wisconsin), letters from a missionary in Malawi to Cairo, GA, and from a soldier in Poland to Delaware,
// band and choir trips (Mexico, MO, to New York; Rome, GA, singers flying from Atlanta to Rome; Paris, TN, to
// Pasadena), mission trips from a dateline named like the destination (LIMA, Ohio, to Lima, Peru), genealogy queries
// naming old-country villages (Wittlich, Tábor, Vimmerby, Damme), a livestock show and a rodeo in the sparse West
// (Elko County, NV; Fremont County, WY), cattle weigh-ups in Harney County, OR, a rabies alert naming Norway, SC, and
// an Oxford County, Maine, obituary naming Mexico, Peru, Norway and Hanover together.
// Gold points are the places' own coordinates, the state written from knowledge and the point checked against
// `gazette lookup NAME`; places the gazetteer lacks carry points from knowledge. State abbreviations ("Wash.", "Mo.")
// are not graded (as in the earlier batches). Half A is for tuning; half B stays held out (report it before and after).
// Before any change (main ccbd851): A 198/203 within 161 km (0.975), 19 named places not mapped, 1 name of no place
// mapped (the debtor Tom Angola read as the country); B 182/184 (0.989), 13 not mapped, 1. The wrong in A: the MOSCOW
// dateline read as Russia's (echoing the later "Moscow, Russia"), the ROME dateline's city read as Georgia's where the
// choir flew "from Atlanta to Rome", and the foreign cities of history and culture sentences read as the local
// namesakes (Renaissance Florence as Florence, SC; the uprising in Warsaw as Warsaw, IN; the coronation in London as
// London, KY).
// After session 46's rules (world-sentence-cities.ts, placedByQualifier's country qualifier, home-towns-named-abroad.ts's
// countries, cluster-namesakes.ts's one-state tier; main eb80e63): A 203/203 (1.000); B, scored once at the end,
// 183/184 (0.995). B's wrong: the LEBANON (Oregon) dateline read as Lebanon, Missouri, which "Born in Lebanon, Mo."
// qualifies later in the text (a state qualifier reaches back to the bare dateline); B's false places: the parish
// "St. Rose" (a Saint Rose town) and, in A, the debtor "Tom Angola" read as the country.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S46_A: GenreText[] = [
	{
		genre: 'local',
		text: "Obituaries. MOSCOW — Helen Marie Sorensen, 91, died Nov. 28 at Gritman Medical Center. Born on a wheat farm near Genesee, she taught school in Troy and Potlatch, then followed her husband's Forest Service work to Ely, Nevada; Bend, Oregon; and Kalispell before they retired to Pullman in 1989. She sang with a church choir in Moscow, Russia, in 1991 and kept a photograph of Red Square on her piano. Survivors include a son in Lewiston and a daughter in Spokane.",
		gold: { MOSCOW: [46.73, -117], Genesee: [46.55, -116.93], Troy: [46.74, -116.77], Potlatch: [46.92, -116.9], Ely: [39.25, -114.89], Nevada: [39.3, -116.6], Bend: [44.06, -121.31], Oregon: [43.9, -120.6], Kalispell: [48.2, -114.31], Pullman: [46.73, -117.18], Moscow: [55.75, 37.62], Russia: [61, 100], 'Red Square': [55.75, 37.62], Lewiston: [46.42, -117.02], Spokane: [47.66, -117.43] },
		notPlaces: ['Helen Marie Sorensen']
	},
	{
		genre: 'local',
		text: "Bankruptcies. Filed last week in the Fort Wayne division of the U.S. Bankruptcy Court for the Northern District of Indiana. Chapter 7: Dale R. Huntington, Warsaw, truck driver; Lisa Marion, Columbia City; Goshen Feed & Supply LLC, Goshen. Chapter 13: Brian and Kelly Peru, Plymouth; Tom Angola, Kendallville. Among the creditors named are a bank in Elkhart and an equipment lender in Chicago.",
		gold: { 'Fort Wayne': [41.08, -85.14], Indiana: [39.9, -86.3], Warsaw: [41.24, -85.85], 'Columbia City': [41.16, -85.49], Goshen: [41.58, -85.83], Plymouth: [41.34, -86.31], Kendallville: [41.44, -85.26], Elkhart: [41.68, -85.98], Chicago: [41.88, -87.63] },
		notPlaces: ['Dale R. Huntington', 'Huntington', 'Lisa Marion', 'Marion', 'Brian and Kelly Peru', 'Kelly Peru', 'Peru', 'Tom Angola', 'Angola']
	},
	{
		genre: 'local',
		text: "Open and closed. ZANESVILLE — New this month: a truck stop is clearing ground at the Interstate 70 exit near Gratiot, a tattoo parlor opened in the Maple Avenue strip beside the Kroger, and a taqueria took over the old Wendy's at the Cambridge exit. Closing: the Big Lots in New Lexington, a furniture store in Dresden, and a hardware store in New Concord that had been open since 1948. Its owner said customers now drive to Newark or Cambridge.",
		gold: { ZANESVILLE: [39.94, -82.01], Gratiot: [39.95, -82.22], Cambridge: [40.03, -81.59], 'New Lexington': [39.71, -82.21], Dresden: [40.12, -82.01], 'New Concord': [39.99, -81.73], Newark: [40.06, -82.4] }
	},
	{
		genre: 'local',
		text: "Roster. LEWISTON — Lewis-Clark State's baseball newcomers for 2027: pitchers Jace Moreno (Yakima, Wash.), Colt Reardon (Sandpoint, Idaho) and Ethan Cole (Moscow); catcher Tyler Banks (Meridian); infielders Kai Nakamura (Hilo, Hawaii) and Brady Kiefer (Walla Walla); outfielders Luis Ortega (Hermosillo, Mexico), Sam Whitehorse (Browning, Mont.) and Jake Lind (Kennewick).",
		gold: { LEWISTON: [46.42, -117.02], Yakima: [46.6, -120.51], Sandpoint: [48.28, -116.55], Idaho: [44.5, -114.5], Moscow: [46.73, -117], Meridian: [43.61, -116.39], Hilo: [19.72, -155.09], Hawaii: [20.8, -156.3], 'Walla Walla': [46.06, -118.34], Hermosillo: [29.07, -110.96], Mexico: [23.6, -102.5], Browning: [48.56, -113.01], Kennewick: [46.21, -119.14] },
		notPlaces: ['Jace Moreno', 'Colt Reardon', 'Ethan Cole', 'Tyler Banks', 'Kai Nakamura', 'Brady Kiefer', 'Luis Ortega', 'Sam Whitehorse', 'Jake Lind']
	},
	{
		genre: 'local',
		text: "Restaurant inspections. Brazos County Health District, week of Nov. 30. Bryan: a taqueria on the east side, three violations (cold holding); a doughnut shop on Texas Avenue, none. College Station: a chicken-finger chain near campus, one violation. Navasota: the Dairy Queen, two. Hearne: a food truck from Caldwell cited for operating without a permit. Inspections in Calvert, Franklin and Madisonville are done by the state's regional office in Tyler.",
		gold: { 'Brazos County': [30.66, -96.3], Bryan: [30.67, -96.37], 'College Station': [30.63, -96.33], Navasota: [30.39, -96.09], Hearne: [30.88, -96.59], Caldwell: [30.53, -96.69], Calvert: [30.98, -96.67], Franklin: [31.03, -96.49], Madisonville: [30.95, -95.91], Tyler: [32.35, -95.3] },
		notPlaces: ['Texas Avenue', 'Texas']
	},
	{
		genre: 'local',
		text: "Museum notes. FLORENCE — The county museum opens \"Faces of the Renaissance,\" forty drawings lent by the Uffizi, on Saturday. The show follows painters who worked in Renaissance Florence and Venice and the merchants who paid them; it came here from Atlanta and travels next to Charlotte. Buses will run from Darlington, Lake City and Hartsville, and schools in Marion and Kingstree have booked tours.",
		gold: { FLORENCE: [34.2, -79.76], Florence: [43.77, 11.25], Venice: [45.44, 12.33], Atlanta: [33.75, -84.39], Charlotte: [35.23, -80.84], Darlington: [34.3, -79.87], 'Lake City': [33.87, -79.76], Hartsville: [34.37, -80.07], Marion: [34.18, -79.4], Kingstree: [33.67, -79.83] }
	},
	{
		genre: 'local',
		text: "Storm reports. The weather service office in Paducah logged these Tuesday night: Alexander County, Ill. — a 70 mph gust in Cairo and trees down on Route 3 near Olive Branch. Pulaski County — a barn roof blown off near Mounds. Ballard County, Ky. — hail 1.75 inches across at Wickliffe and Barlow. Mississippi County, Mo. — an EF1 tornado crossed farmland east of Charleston toward Wyatt. New Madrid County — power lines down on Highway 61.",
		gold: { Paducah: [37.08, -88.6], 'Alexander County': [37.19, -89.34], Cairo: [37.01, -89.18], 'Olive Branch': [37.17, -89.35], 'Pulaski County': [37.22, -89.13], Mounds: [37.11, -89.2], 'Ballard County': [37.06, -88.99], Wickliffe: [36.97, -89.09], Barlow: [37.05, -89.05], 'Mississippi County': [36.83, -89.29], Charleston: [36.92, -89.35], Wyatt: [36.91, -89.22], 'New Madrid County': [36.6, -89.65] }
	},
	{
		genre: 'local',
		text: "Veterans Day. COLUMBIA CITY — At the courthouse square on Tuesday, veterans from Goshen, Plymouth and Ligonier heard Stanley Nowak, 99, recall the uprising in Warsaw in 1944, when he carried messages through the sewers at sixteen. He reached New York in 1950 and spent 38 years at a foundry in Fort Wayne. The Whitley County honor guard fired the salute, and a bugler from Churubusco played taps.",
		gold: { 'COLUMBIA CITY': [41.16, -85.49], Goshen: [41.58, -85.83], Plymouth: [41.34, -86.31], Ligonier: [41.47, -85.59], Warsaw: [52.23, 21.01], 'New York': [40.71, -74.01], 'Fort Wayne': [41.08, -85.14], 'Whitley County': [41.14, -85.5], Churubusco: [41.23, -85.32] },
		notPlaces: ['Stanley Nowak']
	},
	{
		genre: 'local',
		text: "Sister cities. FRANKENMUTH — Twenty-two visitors from Gunzenhausen, in Bavaria, land in Detroit on Monday for ten days with host families here and in Birch Run and Vassar. They will tour a dairy near Reese, the riverfront in Saginaw and the Ford museum in Dearborn before flying home from Chicago. The towns have been sister cities since 1962; next summer a Frankenmuth band plays at Gunzenhausen's lake festival.",
		gold: { FRANKENMUTH: [43.33, -83.74], Gunzenhausen: [49.11, 10.75], Bavaria: [48.9, 11.4], Detroit: [42.33, -83.05], 'Birch Run': [43.25, -83.79], Vassar: [43.37, -83.58], Reese: [43.45, -83.7], Saginaw: [43.42, -83.95], Dearborn: [42.32, -83.18], Chicago: [41.88, -87.63], Frankenmuth: [43.33, -83.74] }
	},
	{
		genre: 'local',
		text: "Grain bids. Cash prices at Tuesday's close, corn and soybeans: Hastings $4.12 and $10.05; Aurora $4.13 and $10.06; Minden $4.08 and $10.01; Holdrege $4.10 and $9.98; Kearney $4.15 and $10.10; Superior $4.02 and $9.95; Red Cloud $4.00 and $9.90; Fairfield $4.06; Sutton $4.11 and $10.03. Wheat at Holdrege and Red Cloud: $5.20. At the Lexington sale barn, 2,100 head sold; steers over 700 pounds brought $2.65.",
		gold: { Hastings: [40.59, -98.39], Aurora: [40.87, -98], Minden: [40.5, -98.95], Holdrege: [40.44, -99.37], Kearney: [40.7, -99.08], Superior: [40.02, -98.07], 'Red Cloud': [40.09, -98.52], Fairfield: [40.43, -98.1], Sutton: [40.6, -97.86], Lexington: [40.78, -99.74] }
	},
	{
		genre: 'local',
		text: "Hunting. PIERRE — The state set the East River deer season for Nov. 21 through Dec. 6. Unit 1 covers Brown County around Aberdeen and Marshall County around Britton; unit 4, Lyman County near Kennebec and Chamberlain. West River tags remain for Harding County out of Buffalo and for Perkins County near Lemmon and Bison. Check stations open at Mobridge, Gettysburg and Miller.",
		gold: { PIERRE: [44.37, -100.35], 'Brown County': [45.59, -98.35], Aberdeen: [45.46, -98.49], 'Marshall County': [45.76, -97.6], Britton: [45.79, -97.75], 'Lyman County': [43.9, -99.85], Kennebec: [43.9, -99.86], Chamberlain: [43.81, -99.33], 'Harding County': [45.58, -103.5], Buffalo: [45.58, -103.55], 'Perkins County': [45.49, -102.48], Lemmon: [45.94, -102.16], Bison: [45.52, -102.47], Mobridge: [45.54, -100.43], Gettysburg: [45.01, -99.96], Miller: [44.52, -98.99] }
	},
	{
		genre: 'local',
		text: "Letter home. CAIRO — From Sarah and Tom Whitfield, serving with a Baptist mission in Malawi: \"The rains reached Lilongwe a month late this year, and the maize is only now up. We drove to Blantyre for clinic supplies and came back along Lake Malawi through Mangochi. Tell everyone at First Baptist, and the folks in Whigham and Pelham, that we pray for them every Sunday.\" They fly home through Johannesburg and Atlanta in March.",
		gold: { CAIRO: [30.88, -84.2], Malawi: [-13.5, 34], Lilongwe: [-13.97, 33.79], Blantyre: [-15.79, 35.01], 'Lake Malawi': [-12, 34.5], Mangochi: [-14.48, 35.26], Whigham: [30.88, -84.32], Pelham: [31.13, -84.15], Johannesburg: [-26.2, 28.05], Atlanta: [33.75, -84.39] },
		notPlaces: ['Sarah and Tom Whitfield', 'Tom Whitfield']
	},
	{
		genre: 'local',
		text: "Band trip. MEXICO — The Mexico High School band, 140 strong, leaves Wednesday by bus for the Thanksgiving parade in New York City, stopping to play in Columbus, Ohio, and at Gettysburg. Parents from Vandalia, Centralia and Fulton will ride along. The band raised $90,000 with barbecues at the Audrain County fairgrounds and a concert in Columbia.",
		gold: { MEXICO: [39.17, -91.88], Mexico: [39.17, -91.88], 'New York City': [40.71, -74.01], Columbus: [39.96, -83], Ohio: [40.3, -82.8], Gettysburg: [39.83, -77.23], Vandalia: [39.31, -91.49], Centralia: [39.21, -92.14], Fulton: [38.85, -91.95], 'Audrain County': [39.22, -91.84], Columbia: [38.95, -92.33] }
	},
	{
		genre: 'local',
		text: "Genealogy queries. Seeking descendants of Johann Kessler, born 1842 in Wittlich, near Trier, who farmed near New Ulm and Sleepy Eye before moving to Hanover, Kansas, in 1881. His brother Peter stayed on the family vineyard. Write Ruth Haas, Marysville. Also wanted: records of the Novak family of Tábor, in Bohemia, who settled at Wilber about 1870 and later farmed near Dorchester, Nebraska.",
		gold: { Wittlich: [49.99, 6.89], Trier: [49.75, 6.64], 'New Ulm': [44.31, -94.46], 'Sleepy Eye': [44.3, -94.72], Hanover: [39.89, -96.88], Kansas: [38.5, -98.4], Marysville: [39.84, -96.65], 'Tábor': [49.41, 14.68], Bohemia: [49.8, 14.5], Wilber: [40.48, -96.96], Dorchester: [40.65, -97.11], Nebraska: [41.5, -99.8] },
		notPlaces: ['Johann Kessler', 'Ruth Haas']
	},
	{
		genre: 'local',
		text: "Junior livestock show. ELKO — Grand champion steer went to Ty Sorensen of Spring Creek; reserve to Maddie Lopez of Wells. The Lamoille and Jiggs 4-H clubs tied for herdsmanship. Buyers came from Winnemucca, Battle Mountain, Eureka and Ely, and a Carlin feed store paid $9 a pound for the champion lamb, shown by Rae Tuscarora of Jackpot.",
		gold: { ELKO: [40.83, -115.76], 'Spring Creek': [40.73, -115.59], Wells: [41.11, -114.96], Lamoille: [40.72, -115.48], Jiggs: [40.44, -115.67], Winnemucca: [40.97, -117.74], 'Battle Mountain': [40.64, -116.93], Eureka: [39.51, -115.96], Ely: [39.25, -114.89], Carlin: [40.71, -116.1], Jackpot: [41.98, -114.67] },
		notPlaces: ['Ty Sorensen', 'Maddie Lopez', 'Rae Tuscarora', 'Tuscarora']
	},
	{
		genre: 'local',
		text: "Court docket. DAYTON — Rhea County General Sessions Court, Monday: a Spring City man, 34, DUI, continued to Jan. 4; a Graysville woman, 27, theft from the Walmart here, pretrial diversion; a Chattanooga man stopped on U.S. 27 near Evensville, driving on a revoked license, 30 days; a man from Dayton, Ohio, held on a Meigs County warrant and sent to Decatur. Cases from Sale Creek go to Hamilton County.",
		gold: { DAYTON: [35.49, -85.01], 'Rhea County': [35.6, -84.92], 'Spring City': [35.69, -84.86], Graysville: [35.45, -85.08], Chattanooga: [35.05, -85.31], Evensville: [35.58, -84.96], Dayton: [39.76, -84.19], Ohio: [40.3, -82.8], 'Meigs County': [35.51, -84.82], Decatur: [35.51, -84.79], 'Sale Creek': [35.38, -85.11], 'Hamilton County': [35.18, -85.17] }
	},
	{
		genre: 'local',
		text: "Library calendar. The Laurel County Public Library shows \"Coronation Day,\" photographs of the crowning of Elizabeth II lent by a museum in Edinburgh, through Jan. 15. Corbin, Somerset and Barbourville viewers who watched the coronation in London on early television are invited to share memories on Dec. 12. Also this month: a quilt show from Berea and a talk on the salt works at Manchester.",
		gold: { 'Laurel County': [37.11, -84.12], Edinburgh: [55.95, -3.19], Corbin: [36.95, -84.1], Somerset: [37.09, -84.6], Barbourville: [36.87, -83.89], London: [51.51, -0.13], Berea: [37.57, -84.3], Manchester: [37.15, -83.76] },
		notPlaces: ['Elizabeth II']
	},
	{
		genre: 'local',
		text: "Choir trip. ROME — Forty singers of the college's chorale flew from Atlanta to Rome on Monday for a week of concerts: a Mass at the Vatican, then evenings in Assisi, Florence and Venice. Families in Cave Spring, Cedartown and Calhoun followed the concerts online, and the choir returns Dec. 19 with a program at the Floyd County courthouse.",
		gold: { ROME: [34.26, -85.16], Atlanta: [33.75, -84.39], Rome: [41.9, 12.5], Vatican: [41.9, 12.45], Assisi: [43.07, 12.62], Florence: [43.77, 11.25], Venice: [45.44, 12.33], 'Cave Spring': [34.11, -85.34], Cedartown: [34.01, -85.25], Calhoun: [34.5, -84.95], 'Floyd County': [34.26, -85.21] }
	},
	{
		genre: 'local',
		text: "Obituaries. RUMFORD — Gerald Thibodeau, 84, of Mexico died Dec. 2 at Rumford Hospital. He worked 41 years at the paper mill, coached Little League in Peru and Dixfield, and hunted every November from a camp in Hanover. He and his wife wintered in Zephyrhills, Fla., after he retired. He leaves a son in Norway and a daughter in Bangor.",
		gold: { RUMFORD: [44.55, -70.55], Mexico: [44.56, -70.54], Rumford: [44.55, -70.55], Peru: [44.51, -70.41], Dixfield: [44.54, -70.46], Hanover: [44.49, -70.71], Zephyrhills: [28.23, -82.18], Norway: [44.21, -70.54], Bangor: [44.8, -68.77] },
		notPlaces: ['Gerald Thibodeau']
	},
	{
		genre: 'local',
		text: "Rodeo results. LANDER — Winners at the county fair rodeo: bareback, Colt Hart of Riverton; saddle bronc, Jess Moran of Dubois; tie-down roping, Luke Farson of Pavillion; barrels, Kaylee Moss of Shoshoni; bulls, Trey Adams of Kinnear. Contestants came from as far as Cody, Powell and Thermopolis, and one from Vernal, Utah.",
		gold: { LANDER: [42.83, -108.73], Riverton: [43.02, -108.38], Dubois: [43.53, -109.63], Pavillion: [43.24, -108.69], Shoshoni: [43.24, -108.11], Kinnear: [43.14, -108.67], Cody: [44.53, -109.06], Powell: [44.75, -108.76], Thermopolis: [43.65, -108.21], Vernal: [40.46, -109.53], Utah: [39.3, -111.7] },
		notPlaces: ['Colt Hart', 'Jess Moran', 'Luke Farson', 'Farson', 'Kaylee Moss', 'Trey Adams']
	}
];

export const HELD_OUT_US_LOCAL_S46_B: GenreText[] = [
	{
		genre: 'local',
		text: "Obituaries. WARSAW — Dorothy Jean Hill, 88, died Friday in Sarasota, Fla. Born on a farm near Etna Green, she married Harold Hill in 1957 and followed his Air Force postings to Rapid City, S.D.; Biloxi, Miss.; Lompoc, Calif.; and Wiesbaden, Germany, before they settled in Pierceton. She taught piano for 40 years. Burial will be at Oakwood Cemetery in Warsaw.",
		gold: { WARSAW: [41.24, -85.85], Sarasota: [27.34, -82.53], 'Etna Green': [41.28, -86.05], 'Rapid City': [44.08, -103.23], Biloxi: [30.4, -88.89], Lompoc: [34.64, -120.46], Wiesbaden: [50.08, 8.24], Germany: [51, 10], Pierceton: [41.2, -85.71], Warsaw: [41.24, -85.85] },
		notPlaces: ['Dorothy Jean Hill', 'Harold Hill']
	},
	{
		genre: 'local',
		text: "Circuit court. COLUMBUS — Lowndes County Circuit Court, week of Dec. 7: a West Point man, 41, was sentenced to ten years for a burglary in Caledonia; a Starkville woman, 29, pleaded guilty to taking money from a store in Artesia; a case from Crawford was moved to Oktibbeha County; and a Tuscaloosa man waived extradition to Alabama. The grand jury meets again in Aberdeen in January.",
		gold: { COLUMBUS: [33.5, -88.43], 'Lowndes County': [33.47, -88.44], 'West Point': [33.61, -88.65], Caledonia: [33.68, -88.32], Starkville: [33.45, -88.82], Artesia: [33.41, -88.64], Crawford: [33.3, -88.62], 'Oktibbeha County': [33.42, -88.88], Tuscaloosa: [33.21, -87.57], Alabama: [32.8, -86.8], Aberdeen: [33.82, -88.54] }
	},
	{
		genre: 'local',
		text: "Business briefs. LEBANON — A travel stop opens Dec. 14 at the Interstate 40 exit for Watertown, and a pickleball hall has leased the empty Kmart on South Cumberland. Closing: a diner in Gordonsville after 60 years, and the dollar store on the square in Carthage. Two Mount Juliet dentists are opening an office here; they looked at Cookeville first but said the drive from Nashville decided it.",
		gold: { LEBANON: [36.21, -86.29], Watertown: [36.1, -86.13], Gordonsville: [36.17, -85.93], Carthage: [36.25, -85.95], 'Mount Juliet': [36.2, -86.52], Cookeville: [36.16, -85.5], Nashville: [36.17, -86.78] },
		notPlaces: ['South Cumberland', 'Cumberland']
	},
	{
		genre: 'local',
		text: "Roster. CHADRON — Chadron State's football team lists 31 Nebraskans this fall, most from the Panhandle: Gering, Alliance, Sidney and Ogallala send four each. Wyoming players come from Torrington and Wheatland, and three Coloradans from Sterling. The quarterback, a transfer, grew up in Hot Springs, S.D., and played a year at Laramie.",
		gold: { CHADRON: [42.83, -103], Gering: [41.83, -103.66], Alliance: [42.1, -102.87], Sidney: [41.14, -102.98], Ogallala: [41.13, -101.72], Wyoming: [43, -107.5], Torrington: [42.06, -104.18], Wheatland: [42.05, -104.95], Sterling: [40.63, -103.21], 'Hot Springs': [43.43, -103.47], Laramie: [41.31, -105.59] }
	},
	{
		genre: 'local',
		text: "Food inspections. The Butler County health district's November reports. Hamilton: a buffet on Main Street, six critical violations, clean on reinspection. Fairfield: two coffee shops, none. Oxford: a late-night pizza place near campus, a blocked hand sink. Trenton: the school cafeteria, none. West Chester Township: a sushi counter, fish held too warm. Monroe: a gas-station kitchen without a certified manager. Middletown's restaurants are inspected by its own city health department.",
		gold: { 'Butler County': [39.44, -84.58], Hamilton: [39.4, -84.56], Fairfield: [39.35, -84.56], Oxford: [39.51, -84.75], Trenton: [39.48, -84.46], 'West Chester Township': [39.33, -84.41], Monroe: [39.44, -84.36], Middletown: [39.52, -84.4] },
		notPlaces: ['Main Street']
	},
	{
		genre: 'local',
		text: "Museum notes. CARBONDALE — The university museum opens \"Gifts of the Nile,\" sixty objects lent by a museum in Turin, Italy, on Jan. 20. Curators will explain how the pyramids that rise near Cairo were built, and why southern Illinois came to be called Little Egypt, with river towns named Thebes and Karnak. School buses from Anna, Murphysboro and Marion have booked tours.",
		gold: { CARBONDALE: [37.73, -89.22], Turin: [45.07, 7.69], Italy: [42.8, 12.8], Cairo: [30.04, 31.24], Illinois: [40, -89.2], Thebes: [37.22, -89.46], Karnak: [37.29, -88.97], Anna: [37.46, -89.25], Murphysboro: [37.76, -89.34], Marion: [37.73, -88.93] }
	},
	{
		genre: 'local',
		text: "Storm reports. The weather service in Sioux Falls logged these Monday evening: Lincoln County, S.D. — quarter-size hail in Canton and a tree on a house in Beresford. Union County — 60 mph winds at Alcester and a grain bin flattened near Elk Point. Lyon County, Iowa — a brief tornado in a field south of Rock Rapids. Rock County, Minn. — street flooding in Luverne.",
		gold: { 'Sioux Falls': [43.54, -96.73], 'Lincoln County': [43.28, -96.72], Canton: [43.3, -96.59], Beresford: [43.08, -96.77], 'Union County': [42.83, -96.65], Alcester: [43.02, -96.63], 'Elk Point': [42.68, -96.68], 'Lyon County': [43.38, -96.21], 'Rock Rapids': [43.43, -96.18], 'Rock County': [43.67, -96.25], Luverne: [43.65, -96.21] }
	},
	{
		genre: 'local',
		text: "Send-off. BERLIN — Sixty soldiers of the New Hampshire National Guard's engineer company leave the armory here Sunday for a month of training at Fort Bliss, Texas, then nine months in Kuwait. Families from Gorham, Milan and Lancaster plan a breakfast at the high school. The company last deployed in 2019, to Afghanistan; two of its soldiers were born in Germany, where their parents served.",
		gold: { BERLIN: [44.47, -71.19], 'New Hampshire': [43.7, -71.6], 'Fort Bliss': [31.81, -106.42], Texas: [31.5, -99.3], Kuwait: [29.3, 47.6], Gorham: [44.39, -71.17], Milan: [44.57, -71.19], Lancaster: [44.49, -71.57], Afghanistan: [33, 66], Germany: [51, 10] }
	},
	{
		genre: 'local',
		text: "Sister cities. NEW BERN — Thirty-two guests from Bern, Switzerland, the city's sister city since 1966, arrive Monday in Raleigh. They will see the palace gardens, ride the ferry to Ocracoke, visit a farm near Trenton and eat barbecue in Havelock. In May a New Bern delegation flies to Zurich and goes on to Bern by train, with a day in Lucerne.",
		gold: { 'NEW BERN': [35.11, -77.04], Bern: [46.95, 7.45], Switzerland: [46.8, 8.2], Raleigh: [35.78, -78.64], Ocracoke: [35.11, -75.98], Trenton: [35.06, -77.35], Havelock: [34.88, -76.9], 'New Bern': [35.11, -77.04], Zurich: [47.37, 8.54], Lucerne: [47.05, 8.31] }
	},
	{
		genre: 'local',
		text: "Wheat bids. Tuesday's close at the elevators: Dodge City $5.31, Kinsley $5.28, Larned $5.30, Great Bend $5.35, Hays $5.25, Russell $5.27, Ness City $5.22, Jetmore $5.20, Garden City $5.33. Milo at Syracuse and Lakin: $3.80.",
		gold: { 'Dodge City': [37.75, -100.02], Kinsley: [37.92, -99.41], Larned: [38.18, -99.1], 'Great Bend': [38.36, -98.76], Hays: [38.88, -99.33], Russell: [38.9, -98.86], 'Ness City': [38.45, -99.91], Jetmore: [38.08, -99.89], 'Garden City': [37.97, -100.87], Syracuse: [37.98, -101.75], Lakin: [37.94, -101.26] }
	},
	{
		genre: 'local',
		text: "Deer season. PHILLIPS — The gun deer season opens Saturday. Price County lies in the northern forest zone with Sawyer County and Iron County, where antlerless tags are limited. Registration is online, but walk-in stations stay open at bait shops in Park Falls, Prentice, Hayward and Mellen. Tags for the farmland units around Medford and Ladysmith are sold out. Last year's buck kill in Price County was up 12 percent.",
		gold: { PHILLIPS: [45.7, -90.4], 'Price County': [45.68, -90.36], 'Sawyer County': [45.88, -91.14], 'Iron County': [46.26, -90.24], 'Park Falls': [45.93, -90.44], Prentice: [45.55, -90.29], Hayward: [46.01, -91.48], Mellen: [46.33, -90.66], Medford: [45.14, -90.34], Ladysmith: [45.46, -91.1] }
	},
	{
		genre: 'local',
		text: "Letters home. From Spc. Caleb Ortiz, a 2022 graduate of Smyrna High, to his grandparents in Clayton: \"We flew out of Dover on a cargo plane to Ramstein in Germany and rode a bus for two days to our camp near Poznań. It snowed in October. On a pass I saw the old town in Warsaw; it was all rebuilt after the war. Tell Pastor Jim at the church in Cheswold I got the cookies. I miss the boardwalk at Rehoboth Beach.\"",
		gold: { Smyrna: [39.3, -75.6], Clayton: [39.29, -75.63], Dover: [39.16, -75.52], Ramstein: [49.44, 7.6], Germany: [51, 10], 'Poznań': [52.41, 16.93], Warsaw: [52.23, 21.01], Cheswold: [39.22, -75.59], 'Rehoboth Beach': [38.72, -75.08] },
		notPlaces: ['Caleb Ortiz', 'Pastor Jim']
	},
	{
		genre: 'local',
		text: "Band trip. PARIS — The high school band, 96 members, leaves Dec. 27 for the Rose Parade in Pasadena. On the way they play at the Grand Canyon and in Albuquerque, and they come home by way of Oklahoma City and Memphis. The trip was paid for by fish fries at the fairgrounds, a pancake supper in Puryear and a concert in Henry with the Huntingdon band.",
		gold: { PARIS: [36.3, -88.33], Pasadena: [34.15, -118.14], 'Grand Canyon': [36.1, -112.1], Albuquerque: [35.08, -106.65], 'Oklahoma City': [35.47, -97.52], Memphis: [35.15, -90.05], Puryear: [36.44, -88.34], Henry: [36.2, -88.42], Huntingdon: [36, -88.43] }
	},
	{
		genre: 'local',
		text: "Family history. Query: the Lindqvist family of Vimmerby, in Småland, Sweden, reached Andover, Ill., in 1853 and moved on to Galva and Bishop Hill; one son went to Lindsborg, Kansas. Query: the Meyer family left Damme, in Oldenburg, for Minster and New Bremen, Ohio, in 1834; a cousin stayed in Cincinnati. Replies to the society at the library.",
		gold: { Vimmerby: [57.67, 15.86], 'Småland': [57, 15], Sweden: [62, 15], Andover: [41.29, -90.29], Galva: [41.17, -90.04], 'Bishop Hill': [41.2, -90.12], Lindsborg: [38.57, -97.67], Kansas: [38.5, -98.4], Damme: [52.52, 8.2], Oldenburg: [53.14, 8.21], Minster: [40.39, -84.38], 'New Bremen': [40.44, -84.38], Ohio: [40.3, -82.8], Cincinnati: [39.1, -84.51] }
	},
	{
		genre: 'local',
		text: "Obituaries. LEBANON — Frank Hines, 79, died at home Nov. 30. Born in Lebanon, Mo., he came west in 1966 to work in the plywood mill at Sweet Home and later at mills in Albany and Coos Bay. He fished the Santiam every spring. Survivors: a son in Corvallis, a daughter in Boise, Idaho, and a brother in Springfield, Mo.",
		gold: { LEBANON: [44.54, -122.91], Lebanon: [37.68, -92.66], 'Sweet Home': [44.4, -122.74], Albany: [44.64, -123.11], 'Coos Bay': [43.37, -124.22], Santiam: [44.68, -122.95], Corvallis: [44.56, -123.26], Boise: [43.62, -116.2], Idaho: [44.5, -114.5], Springfield: [37.21, -93.29] },
		notPlaces: ['Frank Hines']
	},
	{
		genre: 'local',
		text: "Cattle report. BURNS — Fall calves off Harney County ranches near Crane, Drewsey and Frenchglen averaged 640 pounds at the weigh-up, buyers from Ontario and Vale said, and the John Day sale on Thursday moved 3,200 head. Hay is short south of Fields after the dry summer.",
		gold: { BURNS: [43.59, -119.05], 'Harney County': [43.06, -118.97], Crane: [43.42, -118.58], Drewsey: [43.8, -118.38], Frenchglen: [42.83, -118.92], Ontario: [44.03, -116.96], Vale: [43.98, -117.24], 'John Day': [44.42, -118.95], Fields: [42.26, -118.68] }
	},
	{
		genre: 'local',
		text: "Library calendar. DUBLIN — The Laurens County library hosts \"Letters from Ireland,\" a traveling exhibit of emigrants' letters, through January. On Dec. 10 a folklorist from Savannah talks about how the town, named for Dublin in Ireland, came to hold a St. Patrick's festival. Story time is on Tuesdays at the branches in Dexter and East Dublin, and a quilting class meets in Rentz.",
		gold: { DUBLIN: [32.54, -82.9], 'Laurens County': [32.46, -82.92], Ireland: [53.2, -8.2], Savannah: [32.08, -81.09], Dublin: [53.35, -6.26], Dexter: [32.43, -83.06], 'East Dublin': [32.55, -82.87], Rentz: [32.38, -82.99] }
	},
	{
		genre: 'local',
		text: "Health alert. ORANGEBURG — A fox that attacked a man in his yard near Cordova tested positive for rabies, the state health department said, Orangeburg County's third case this year after a cat in Elloree and a raccoon near Holly Hill. Ten people were told to get shots. A free pet rabies clinic is set for Saturday at the fire stations in Bowman, Norway and Neeses.",
		gold: { ORANGEBURG: [33.49, -80.86], Cordova: [33.43, -80.92], 'Orangeburg County': [33.44, -80.8], Elloree: [33.53, -80.57], 'Holly Hill': [33.32, -80.41], Bowman: [33.35, -80.68], Norway: [33.45, -81.13], Neeses: [33.54, -81.12] }
	},
	{
		genre: 'local',
		text: "New businesses. Certificates filed with the county clerk in November: a bakery, Ithaca; a landscaping firm, Dryden; a yoga studio, Trumansburg; an auto body shop in Newfield; a food truck, Groton; a farm brewery, Lansing; and two short-term rentals in the town of Ulysses. Closed: a print shop, a bridal store that moved to Cortland and a diner on the road to Elmira.",
		gold: { Ithaca: [42.44, -76.5], Dryden: [42.49, -76.3], Trumansburg: [42.54, -76.67], Newfield: [42.36, -76.59], Groton: [42.59, -76.37], Lansing: [42.55, -76.5], Ulysses: [42.54, -76.63], Cortland: [42.6, -76.18], Elmira: [42.09, -76.81] }
	},
	{
		genre: 'local',
		text: "Mission trip. LIMA — Twelve parishioners of St. Rose flew from Columbus to Lima, Peru, on Saturday to help build a clinic in a hillside district of the capital and to visit a sister parish in Cusco. They return through Miami on Dec. 20. Donations came from parishes in Wapakoneta, Delphos and Kalida.",
		gold: { LIMA: [40.74, -84.11], Columbus: [39.96, -83], Lima: [-12.05, -77.04], Peru: [-10, -76], Cusco: [-13.53, -71.97], Miami: [25.76, -80.19], Wapakoneta: [40.57, -84.19], Delphos: [40.84, -84.34], Kalida: [40.98, -84.2] },
		notPlaces: ['St. Rose']
	}
];

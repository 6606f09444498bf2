// US local news written for session 50 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s50` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Shapes the earlier batches lack or barely hold, one text of each in both halves, each from a
// region the earlier batches barely touch: death-notice rolls with the surname in capitals (Downeast Maine: Jonesport,
// Machias, Perry; the Red River valley: Hillsboro, Ada, Fertile, Grafton), legal notices (a sheriff's sale by borough
// and township in Mifflin County, PA; probate estates "late of" Thompson, Brooklyn, Woodstock, Sterling in Windham
// County, CT), 4-H and junior livestock awards with club names and showmen named Laramie, Hayes and Sherwood (the
// Driftless: Viroqua, Westby, Ontario; the Nebraska Panhandle: Gering, Mitchell, Bridgeport, Sidney), weather-spotter
// reports by distance from a town (the Colorado plains: Burlington, Stratton, Hugo; Mississippi's Pine Belt: Laurel,
// Petal, Richton), roll-call votes with party-town tags ("R-Calais", "D-Blue Hill"; "R-Beaufort", "R-Southport") beside
// legislators surnamed Brewer, Dexter, Pender, Warren and Clinton, festival round-ups (Louisiana's parishes:
// Natchitoches, Lutcher, Gramercy; Pennsylvania's Christmas towns: Bethlehem, Lititz, Jim Thorpe, Strasburg), wedding
// and engagement announcements (the Bluegrass: Paris, Cynthiana, Versailles; the Eastern Shore: Onancock,
// Chincoteague, Accomac), dean's lists under town headings in capitals (the Palouse: COLFAX, GARFIELD, PALOUSE,
// MOSCOW, Idaho; south Georgia: ADEL, DOUGLAS, NASHVILLE, QUITMAN, with students surnamed for nearby towns), prep
// basketball lines with town-named players (Montana's Hi-Line: Havre, Harlem, Malta, Chinook; Michigan's Thumb: Bad
// Axe, Ubly, Kingston, Sandusky, Croswell-Lexington), marine forecasts and tides (Cape Fear: Surf City, Southport, Oak
// Island; Puget Sound: Admiralty Inlet, Port Townsend, Clinton, Kingston), "looking back" columns (Ohio's Amish
// country: Millersburg, Berlin, Charm; Little Egypt: Shawneetown, Equality, Marion, Metropolis), yard-sale ads under
// town headings (Cape Cod: BREWSTER, DENNIS, ORLEANS; the Piney Woods: LUFKIN, HUNTINGTON, JASPER) on streets named
// Houston, Lamar and Temple, highway crashes by milepost (the Big Horn Basin: Greybull, Basin, Shell, Worland; the
// Verde Valley: Camp Verde, Cottonwood, Rimrock), candidate filings (New Mexico's eastern plains: Clovis, Portales,
// Texico, Melrose; the Arkansas Delta: Helena-West Helena, Marianna, Elaine, Marvell), court dispositions with
// defendants surnamed for towns (the North Country: Malone, Chateaugay, Brushton; Delaware County, OK: Jay, Grove,
// Kansas, Afton), warrant lists (the lower Wabash: Vincennes, Bicknell, Sullivan, Washington; West Tennessee: Newbern,
// Halls, Ripley, Tiptonville), transit route changes (Merced County: Atwater, Livingston, Delhi, Le Grand; Delaware:
// Dover, Smyrna, Milford, Harrington, Lewes), fair-queen and pageant lists (Iowa's county queens of Dakota City,
// Algona, Waverly, Hampton; Miss Bay County, FL: Lynn Haven, Niceville, Bonifay, Chipley), census estimates (the Bakken:
// Williston, Watford City, Tioga, Ray, Crosby; southern Utah: St. George, Washington, Hurricane, Enoch), wreath-laying
// at cemeteries (New Hampshire's North Country: Lancaster, Whitefield, Jefferson, Bethlehem, Berlin; Southside
// Virginia: South Boston, Halifax, Victoria, Chatham), clinic openings (northeast Missouri: Memphis, Lancaster, Milan,
// Macon, Edina; eastern Oregon: Heppner, Condon, Lexington, Echo, Athena), community calendars by weekday (the Big
// Island: Waimea, Pahoa, Volcano, Hawi; Elko County, NV: Carlin, Wells, Jiggs, Jackpot), harvest reports (east-central
// Illinois: Tuscola, Arcola, Monticello, Havana; the Columbia Basin: Othello, Warden, Quincy, Mesa), school boards of
// hyphenated consolidated districts (north-central Iowa: Clarion-Goldfield-Dows, Garner-Hayfield-Ventura; central
// Minnesota: Wadena-Deer Creek, Staples-Motley) and snowmobile trail reports (the Adirondacks: Old Forge, Inlet, Wells,
// Long Lake; Wisconsin's North Woods: Eagle River, Three Lakes, Mercer, Phelps). People carry surnames and given names
// that are places and are kept in notPlaces.
// Gold points are the places' own coordinates, the state written from knowledge and the point picked from `gazette
// lookup NAME --country US` in that state; places the gazetteer lacks (McVeytown, Charm, Dodson, Hayfield, Big Moose,
// Dewey Beach, Jiggs and the named waters, capes and regions) carry points from knowledge. State abbreviations
// ("N.D.", "Okla.") are not graded (as in the earlier batches); a team or school district named for its town is the
// town, and each town of a hyphenated district name is graded at its own point. Half A is for tuning; half B stays
// held out. 25 texts a half; 300 gold names in A and 308 in B (dense lists of towns, as the genre is).
// Before any change (main d673fc5): A 259/263 within 161 km (0.985), 43 named places not mapped, 6 names of no place
// mapped; B 273/277 (0.986), 37 not mapped, 1. A span the recogniser cuts out of a longer name ("Virginia" of
// Southside Virginia, "Columbia" of the Columbia Basin) is graded at the longer name's place.
// After session 50's landed rules (qualified.ts: a demonym after a comma qualifies nothing; cluster-namesakes.ts: one
// state's story names that state's namesakes, big cities, strays and countries' names included; judge-persons.ts: a
// surname in capitals that starts a death-notice entry; main 1f571c3): A 262/263 (0.996; Jefferson, NH, Malta, MT, and
// Santa Rosa, NM, now read), 43 not mapped, 4 false (BROWN and LOOK gone); B, scored once at the end, 273/277 (0.986),
// 37 not mapped, 1 false: unchanged. A's wrong left: "Kailua Bay" (missing) as Kailua town 267 km off; A's false:
// "SHERIFF'S SALE" as Salé, the fair queen Halle Denver as Denver, "Wreaths Across America" as the US, the heading
// THURSDAY as Thursday Island. B's wrong: "Union County" (PA, beside Mifflinburg) as another state's, "Kent and Sussex
// routes" (Delaware's counties) as Kent town and Sussex, England, "Columbia" of the Columbia Basin as a far Columbia;
// B's false: "the Arkansas Delta" as the state. B's not mapped include Laurel and Petal (MS storm reports), Carlin,
// Wells, Jiggs and Jackpot (an Elko County calendar), Minocqua, Boulder Junction and Land O' Lakes (WI trails), Elaine,
// Marvell and DeWitt (AR filings), Moultrie in an honor roll, Mitchell (NE) and Motley (MN, of Staples-Motley).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S50_A: GenreText[] = [
	{
		genre: 'local',
		text: "Deaths. BROWN, Arlene M., 88, of Jonesport, died Dec. 3 at a nursing home in Machias. Services Saturday at the Jonesport Baptist Church; burial in the spring in Addison. FARNSWORTH, Gerald \"Buddy\", 79, of Harrington, a lobsterman for 50 years out of Milbridge, died Dec. 4. He leaves a son in Cherryfield and a daughter in Bangor. LOOK, Pauline, 91, formerly of Lubec, died Dec. 2 in Calais. She taught school in Eastport and Perry for 38 years.",
		gold: { Jonesport: [44.53, -67.6], Machias: [44.72, -67.46], Addison: [44.62, -67.74], Harrington: [44.62, -67.81], Milbridge: [44.54, -67.88], Cherryfield: [44.61, -67.93], Bangor: [44.8, -68.77], Lubec: [44.9, -67.04], Calais: [45.18, -67.28], Eastport: [44.9, -66.98], Perry: [44.98, -67.08] },
		notPlaces: ['BROWN', 'Arlene', 'FARNSWORTH', 'Gerald', 'Buddy', 'LOOK', 'Pauline']
	},
	{
		genre: 'local',
		text: "SHERIFF'S SALE. By virtue of writs issued out of the Court of Common Pleas of Mifflin County, Pennsylvania, the following real estate will be sold at the courthouse in Lewistown on Jan. 9 at 10 a.m. No. 1: a lot and dwelling at 212 Logan Avenue, Borough of Burnham, seized as the property of Dean R. Kline. No. 2: a tract of 4.2 acres in Derry Township near Yeagertown. No. 3: a house at 18 Water Street, Borough of McVeytown, the property of Amy Shirk. No. 4: a farm of 61 acres in Menno Township near Allensville, with frontage on Route 655 toward Belleville.",
		gold: { "Mifflin County": [40.6, -77.61], Pennsylvania: [41.2, -77.19], Lewistown: [40.6, -77.57], Burnham: [40.64, -77.57], Yeagertown: [40.64, -77.58], McVeytown: [40.5, -77.74], Allensville: [40.54, -77.82], Belleville: [40.61, -77.73] },
		notPlaces: ['SALE', 'Logan', 'Dean R. Kline', 'Kline', 'Amy Shirk', 'Shirk']
	},
	{
		genre: 'local',
		text: "4-H achievement night. VIROQUA — Vernon County 4-H honored its members Sunday at the fairgrounds. Key awards went to Emma Nelson of the Coon Valley Clovers, Owen Lee of the Westby Hustlers and Grace Olson of Readstown. The Hillsboro Happy Hearts were named club of the year, and the La Farge and Ontario clubs shared the community service prize. Emma will represent the county at the state conference in Madison. Crawford County's night is Dec. 14 in Gays Mills, with members from Soldiers Grove, Prairie du Chien and Ferryville.",
		gold: { VIROQUA: [43.56, -90.89], "Vernon County": [43.59, -90.9], "Coon Valley": [43.7, -91.01], Westby: [43.66, -90.85], Readstown: [43.45, -90.76], Hillsboro: [43.65, -90.34], "La Farge": [43.57, -90.64], Ontario: [43.73, -90.59], Madison: [43.07, -89.4], "Crawford County": [43.16, -90.99], "Gays Mills": [43.32, -90.84], "Soldiers Grove": [43.4, -90.77], "Prairie du Chien": [43.05, -91.14], Ferryville: [43.4, -91.04] },
		notPlaces: ['Emma Nelson', 'Nelson', 'Owen Lee', 'Lee', 'Grace Olson', 'Olson', 'Emma']
	},
	{
		genre: 'local',
		text: "Spotter reports. The weather service office in Goodland listed these reports from Tuesday's storms: 4:12 p.m., 3 miles north of Burlington, hail 1.75 inches; 4:40 p.m., Stratton, a 60 mph gust took a shed roof; 5:05 p.m., 6 miles southwest of Flagler, a brief tornado over open country; 5:30 p.m., Seibert, hail to golf-ball size; 6:10 p.m., Limon, 1.5 inches of rain in 30 minutes; 6:45 p.m., near Hugo, power poles down along U.S. 40. Kit Carson County and Lincoln County stay under a watch until 9 p.m.",
		gold: { Goodland: [39.35, -101.71], Burlington: [39.31, -102.27], Stratton: [39.3, -102.6], Flagler: [39.29, -103.07], Seibert: [39.32, -102.88], Limon: [39.26, -103.69], Hugo: [39.14, -103.47], "Kit Carson County": [39.3, -102.52], "Lincoln County": [38.91, -103.5] }
	},
	{
		genre: 'local',
		text: "How they voted. AUGUSTA — How area lawmakers voted Tuesday on the heating aid bill, which passed 98-45: Sen. Laura Harlow, R-Calais, yes; Rep. Dennis Strout, R-Harrington, no; Rep. Kevin Hanscom, R-Winter Harbor, no; Rep. Mary Whitcomb, D-Blue Hill, yes; Rep. Joan Eaton, D-Deer Isle, yes; Rep. Curtis Brewer, R-Houlton, no; Rep. Sam Dexter, D-Ellsworth, yes. The bill goes to the governor, who has said she will sign it.",
		gold: { AUGUSTA: [44.31, -69.78], Calais: [45.18, -67.28], Harrington: [44.62, -67.81], "Winter Harbor": [44.39, -68.08], "Blue Hill": [44.41, -68.59], "Deer Isle": [44.22, -68.68], Houlton: [46.13, -67.84], Ellsworth: [44.54, -68.42] },
		notPlaces: ['Laura Harlow', 'Harlow', 'Dennis Strout', 'Strout', 'Kevin Hanscom', 'Hanscom', 'Mary Whitcomb', 'Whitcomb', 'Joan Eaton', 'Eaton', 'Curtis Brewer', 'Brewer', 'Sam Dexter', 'Dexter']
	},
	{
		genre: 'local',
		text: "Festival roundup. NATCHITOCHES — The Christmas Festival of Lights opens Saturday with fireworks over Cane River Lake, and the parade starts at 1 p.m. on Front Street. Crowds drive in from Shreveport, Alexandria and Many, and the Natchitoches Parish tourism office expects 100,000 people. Also this weekend: the Giant Omelette Celebration in Abbeville, in Vermilion Parish; the bonfires on the levee in Lutcher and Gramercy, in St. James Parish; and a lighted boat parade on Bayou Teche in Franklin.",
		gold: { NATCHITOCHES: [31.76, -93.09], "Cane River Lake": [31.68, -93.07], Shreveport: [32.53, -93.75], Alexandria: [31.31, -92.45], Many: [31.57, -93.48], "Natchitoches Parish": [31.77, -93.09], Abbeville: [29.97, -92.13], "Vermilion Parish": [29.84, -92.23], Lutcher: [30.04, -90.7], Gramercy: [30.05, -90.69], "St. James Parish": [30, -90.79], "Bayou Teche": [29.8, -91.5], Franklin: [29.8, -91.5] },
		notPlaces: ['Front Street']
	},
	{
		genre: 'local',
		text: "Weddings. Sarah Elizabeth Hardin and Caleb James Mercer were married Oct. 18 at the First Christian Church in Paris. The bride is the daughter of Tom and Lynn Hardin of Paris and a graduate of Bourbon County High School and the university in Lexington. The groom, son of Greg and Dana Mercer of Cynthiana, is a farrier in Georgetown. Attendants came from Winchester, Versailles and Nicholasville. After a trip to Savannah, Georgia, the couple live near Millersburg.",
		gold: { Paris: [38.21, -84.25], "Bourbon County": [38.23, -84.21], Lexington: [37.99, -84.48], Cynthiana: [38.39, -84.29], Georgetown: [38.21, -84.56], Winchester: [37.99, -84.18], Versailles: [38.05, -84.73], Nicholasville: [37.88, -84.57], "Savannah, Georgia": [32.08, -81.1], Millersburg: [38.3, -84.15] },
		notPlaces: ['Sarah Elizabeth Hardin', 'Hardin', 'Caleb James Mercer', 'Mercer', 'Lynn Hardin', 'Dana Mercer']
	},
	{
		genre: 'local',
		text: "Dean's list. These area students made the fall dean's list at the university in Pullman. COLFAX: Ava Jensen, Noah Baker. GARFIELD: Ella Moore. LACROSSE: Wyatt Hale. MOSCOW, Idaho: Lily Chen, Ben Ortiz. OAKESDALE: Ruby Grant. PALOUSE: Sam Kelly. POMEROY: Jack Bowers. ROSALIA: Anna Ford. ST. JOHN: Mia Lind. TEKOA: Cole Pratt. UNIONTOWN: Rose Weber. Students from Clarkston and Lewiston are listed Thursday.",
		gold: { Pullman: [46.73, -117.18], COLFAX: [46.88, -117.36], GARFIELD: [47.01, -117.14], LACROSSE: [46.77, -117.77], MOSCOW: [46.73, -117], Idaho: [44.07, -114.74], OAKESDALE: [47.13, -117.24], PALOUSE: [46.91, -117.08], POMEROY: [46.47, -117.6], ROSALIA: [47.24, -117.37], "ST. JOHN": [47.09, -117.58], TEKOA: [47.22, -117.07], UNIONTOWN: [46.53, -117.09], Clarkston: [46.42, -117.05], Lewiston: [46.42, -117.02] },
		notPlaces: ['Ava Jensen', 'Noah Baker', 'Baker', 'Ella Moore', 'Wyatt Hale', 'Hale', 'Lily Chen', 'Ben Ortiz', 'Ruby Grant', 'Grant', 'Sam Kelly', 'Jack Bowers', 'Anna Ford', 'Mia Lind', 'Cole Pratt', 'Rose Weber']
	},
	{
		genre: 'local',
		text: "Prep basketball. HAVRE 58, GLASGOW 51: Havre pulled away in the fourth quarter Friday. Havre (3-1): Lucas Chester 19, Ty Malta 14, Reid Harlem 9, Sam Ward 8, Brock Dodson 8. Glasgow (2-2): Cody Nashua 17, Tate Hinsdale 12, Eli Saco 10, Josh Ross 12. Elsewhere on the Hi-Line: Chinook 62, Harlem 40; Malta 55, Dodson 38; Shelby 48, Cut Bank 44; Wolf Point 70, Poplar 66. Havre visits Great Falls on Tuesday.",
		gold: { HAVRE: [48.55, -109.68], GLASGOW: [48.2, -106.64], Havre: [48.55, -109.68], Glasgow: [48.2, -106.64], "Hi-Line": [48.5, -108.5], Chinook: [48.59, -109.23], Harlem: [48.53, -108.78], Malta: [48.36, -107.87], Dodson: [48.4, -108.25], Shelby: [48.51, -111.86], "Cut Bank": [48.63, -112.33], "Wolf Point": [48.09, -105.64], Poplar: [48.11, -105.2], "Great Falls": [47.5, -111.3] },
		notPlaces: ['Lucas Chester', 'Chester', 'Ty Malta', 'Reid Harlem', 'Sam Ward', 'Brock Dodson', 'Cody Nashua', 'Nashua', 'Tate Hinsdale', 'Hinsdale', 'Eli Saco', 'Saco', 'Josh Ross']
	},
	{
		genre: 'local',
		text: "Marine forecast. Coastal waters from Surf City to Cape Fear, out 20 nautical miles: northeast winds 15 to 20 knots, seas 4 to 6 feet. Cape Fear to Little River Inlet: northeast winds 10 to 15 knots, seas 3 to 5 feet. A small craft advisory is up for the mouth of the Cape Fear River. Tides at Wrightsville Beach: high 6:41 a.m., low 12:55 p.m. At Southport: high 7:02 a.m. At Holden Beach: high 6:50 a.m. Water temperature at Oak Island pier 58 degrees.",
		gold: { "Surf City": [34.43, -77.55], "Cape Fear": [33.84, -77.96], "Little River Inlet": [33.85, -78.54], "Cape Fear River": [33.95, -77.96], "Wrightsville Beach": [34.21, -77.8], Southport: [33.92, -78.02], "Holden Beach": [33.91, -78.3], "Oak Island": [33.92, -78.16] }
	},
	{
		genre: 'local',
		text: "Looking back. 100 years ago: The Millersburg council voted to pave Jackson Street with brick from the works at Strasburg. A new creamery opened in Berlin, and the Walnut Creek cheese house shipped its first carload to Cleveland. 50 years ago: Holmes County voters approved a levy for the new hospital. The Sugarcreek band marched in the Rose Parade in Pasadena, California. 25 years ago: A tornado damaged barns near Charm and Mount Hope, and Wooster firefighters came to help.",
		gold: { Millersburg: [40.55, -81.92], Strasburg: [40.59, -81.53], Berlin: [40.56, -81.79], "Walnut Creek": [40.54, -81.72], Cleveland: [41.5, -81.7], "Holmes County": [40.58, -81.93], Sugarcreek: [40.5, -81.64], Pasadena: [34.15, -118.14], California: [36.78, -119.42], Charm: [40.51, -81.78], "Mount Hope": [40.62, -81.78], Wooster: [40.81, -81.94] },
		notPlaces: ['Jackson', 'Rose Parade']
	},
	{
		genre: 'local',
		text: "Yard sales. BREWSTER: 14 Mayflower Lane, Saturday 8 to 1, tools, kayak, books. CHATHAM: 220 Old Queen Anne Road, Friday and Saturday, moving sale. DENNIS: 9 Nobscussett Road, antiques and china. EASTHAM: church fair at the Town Hall, Saturday 9 to 2. HARWICH PORT: 35 Bank Street, Saturday, baby items. ORLEANS: estate sale, 61 Tonset Road, everything must go. WELLFLEET: 12 Pleasant Point Ave., bikes and beach gear. Ads for Falmouth and Sandwich run Thursday.",
		gold: { BREWSTER: [41.76, -70.08], CHATHAM: [41.68, -69.96], DENNIS: [41.74, -70.19], EASTHAM: [41.83, -69.97], "HARWICH PORT": [41.67, -70.08], ORLEANS: [41.79, -69.99], WELLFLEET: [41.94, -70.03], Falmouth: [41.55, -70.61], Sandwich: [41.76, -70.49] },
		notPlaces: ['Mayflower Lane', 'Queen Anne', 'Nobscussett', 'Bank Street', 'Tonset', 'Pleasant Point']
	},
	{
		genre: 'local',
		text: "Crash closes highway. GREYBULL — A semi and a pickup collided on U.S. 14 near milepost 9 east of Greybull on Wednesday, closing the road for three hours. The pickup driver, 46, of Basin, was flown to the hospital in Billings, Montana. The truck driver, of Rapid City, South Dakota, was not hurt. Through traffic was sent by way of Shell, and local cars through Manderson and Hyattville. The highway patrol in Worland and Big Horn County deputies responded; Lovell and Cody crews cleared diesel from the road.",
		gold: { GREYBULL: [44.49, -108.06], Greybull: [44.49, -108.06], Basin: [44.38, -108.04], Billings: [45.78, -108.5], Montana: [46.88, -110.36], "Rapid City": [44.08, -103.23], "South Dakota": [43.97, -99.9], Shell: [44.6, -107.79], Manderson: [44.27, -107.96], Hyattville: [44.25, -107.61], Worland: [44.02, -107.96], "Big Horn County": [44.62, -107.77], Lovell: [44.84, -108.39], Cody: [44.53, -109.06] }
	},
	{
		genre: 'local',
		text: "Candidate filings. CLOVIS — Filing closed Tuesday for the spring municipal and school board races. Clovis: mayor, two candidates; District 3, Ray Lovington and Maria Portales. Portales: three seats, five candidates, among them Alan Tucumcari. Texico and Grady each drew one candidate per seat. In Curry County, the Melrose school board has an open seat. Fort Sumner and Santa Rosa filings close Friday; Roswell's closed last week. Ballots go out from Clovis on Feb. 3.",
		gold: { CLOVIS: [34.4, -103.21], Clovis: [34.4, -103.21], Portales: [34.19, -103.33], Texico: [34.39, -103.05], Grady: [34.81, -103.3], "Curry County": [34.68, -103.39], Melrose: [34.43, -103.63], "Fort Sumner": [34.47, -104.25], "Santa Rosa": [34.94, -104.68], Roswell: [33.39, -104.52] },
		notPlaces: ['Ray Lovington', 'Lovington', 'Maria Portales', 'Alan Tucumcari', 'Tucumcari']
	},
	{
		genre: 'local',
		text: "Court report. These cases were handled last week in Franklin County Court in Malone: Tyler J. Lawrence, 24, of Chateaugay, driving while intoxicated, fined $500. Megan R. Duane, 31, of Saranac Lake, petit larceny, conditional discharge. Cody A. Bangor, 19, of Brushton, criminal mischief, community service. Dale P. Moira, 55, of Tupper Lake, aggravated unlicensed operation, fined $200. A Massena man, 37, and a Potsdam woman, 28, were held for the grand jury; a Plattsburgh lawyer represents both.",
		gold: { "Franklin County": [44.62, -74.3], Malone: [44.85, -74.29], Chateaugay: [44.93, -74.08], "Saranac Lake": [44.33, -74.13], Brushton: [44.83, -74.52], "Tupper Lake": [44.22, -74.46], Massena: [44.93, -74.89], Potsdam: [44.67, -74.98], Plattsburgh: [44.7, -73.45] },
		notPlaces: ['Tyler J. Lawrence', 'Lawrence', 'Megan R. Duane', 'Duane', 'Cody A. Bangor', 'Bangor', 'Dale P. Moira', 'Moira']
	},
	{
		genre: 'local',
		text: "Most wanted. VINCENNES — The Knox County sheriff asks for help finding these people, each wanted on a warrant: Brandon Lee Sullivan, 29, last known address in Bicknell, failure to appear; Tiffany Dawn Shelburn, 34, of Sullivan, probation violation; Marcus Wheatland, 41, of Washington, nonsupport; Kayla Edwardsport, 23, of Monroe City; and Jacob Decker, 38, last seen in Lawrenceville, Illinois. Tips go to the sheriff or to Crime Stoppers in Evansville.",
		gold: { VINCENNES: [38.68, -87.53], "Knox County": [38.69, -87.41], Bicknell: [38.77, -87.31], Sullivan: [39.1, -87.41], Washington: [38.66, -87.17], "Monroe City": [38.62, -87.35], Lawrenceville: [38.73, -87.68], Illinois: [40.63, -89.4], Evansville: [37.97, -87.56] },
		notPlaces: ['Brandon Lee Sullivan', 'Tiffany Dawn Shelburn', 'Shelburn', 'Marcus Wheatland', 'Wheatland', 'Kayla Edwardsport', 'Edwardsport', 'Jacob Decker', 'Decker', 'Lee']
	},
	{
		genre: 'local',
		text: "Bus changes. MERCED — The county transit system will change three routes Jan. 5. Route 1 will run every 30 minutes between Merced and Atwater, with a new stop at Castle Airport. Route 3 adds Saturday trips to Livingston and Delhi. The Los Banos commuter bus will stop at Dos Palos and connect with the Amtrak trains in Merced; a Turlock link is planned. Riders from Winton, Planada and Le Grand can still call for dial-a-ride. Fares stay $1.50; a monthly pass to Modesto costs $60.",
		gold: { MERCED: [37.3, -120.48], Merced: [37.3, -120.48], Atwater: [37.35, -120.61], "Castle Airport": [37.38, -120.57], Livingston: [37.39, -120.72], Delhi: [37.43, -120.78], "Los Banos": [37.06, -120.85], "Dos Palos": [36.99, -120.63], Turlock: [37.49, -120.85], Winton: [37.39, -120.61], Planada: [37.29, -120.32], "Le Grand": [37.23, -120.25], Modesto: [37.64, -121] }
	},
	{
		genre: 'local',
		text: "Fair queens. DES MOINES — Forty-one county fair queens will compete for Iowa State Fair Queen in August. Among them: Olivia Hansen, Humboldt County, of Dakota City; Brooke Lange, Kossuth County, of Algona; Halle Denver, Bremer County, of Waverly; Madison Tripoli, Butler County, of Parkersburg; and Claire Kalona, Franklin County, of Hampton. Last year's queen, from Carroll, crowns the winner. Each queen gets a scholarship from the Iowa State Fair Blue Ribbon Foundation.",
		gold: { "DES MOINES": [41.6, -93.61], Iowa: [41.88, -93.1], "Humboldt County": [42.78, -94.21], "Dakota City": [42.72, -94.2], "Kossuth County": [43.26, -94.21], Algona: [43.07, -94.23], "Bremer County": [42.77, -92.32], Waverly: [42.73, -92.48], "Butler County": [42.71, -92.74], Parkersburg: [42.58, -92.79], "Franklin County": [42.73, -93.26], Hampton: [42.74, -93.2], Carroll: [42.07, -94.87] },
		notPlaces: ['Olivia Hansen', 'Hansen', 'Brooke Lange', 'Lange', 'Halle Denver', 'Denver', 'Madison Tripoli', 'Madison', 'Tripoli', 'Claire Kalona', 'Kalona', 'Claire']
	},
	{
		genre: 'local',
		text: "Census estimates. WILLISTON — New estimates show the oil patch still growing. Williston added 1,900 people since 2020, to about 31,000; Watford City grew 12 percent; Tioga and Stanley each grew about 5 percent. Ray, Crosby and Tioga's neighbor Powers Lake lost people. McKenzie County was the fastest-growing county in the state. Dickinson and Minot grew slowly, and Bismarck passed 75,000. Sidney, Montana, across the state line, grew 4 percent.",
		gold: { WILLISTON: [48.15, -103.62], Williston: [48.15, -103.62], "Watford City": [47.8, -103.28], Tioga: [48.4, -102.94], Stanley: [48.32, -102.39], Ray: [48.34, -103.17], Crosby: [48.91, -103.29], "Powers Lake": [48.66, -102.68], "McKenzie County": [47.95, -103.29], Dickinson: [46.88, -102.79], Minot: [48.23, -101.3], Bismarck: [46.81, -100.78], Sidney: [47.72, -104.16], Montana: [46.88, -110.36] }
	},
	{
		genre: 'local',
		text: "Wreaths Across America. Volunteers laid 4,200 wreaths Saturday at cemeteries across the North Country of New Hampshire. In Lancaster, Scouts placed wreaths at Summer Street Cemetery; in Whitefield and Jefferson, American Legion posts led the ceremonies. Colebrook, Stewartstown and Pittsburg had services at their town cemeteries. In Littleton and Bethlehem, students read the names of the dead. The convoy of wreaths came down from Columbia Falls, Maine, by way of Gorham and Berlin.",
		gold: { "New Hampshire": [43.19, -71.57], Lancaster: [44.49, -71.57], Whitefield: [44.37, -71.61], Jefferson: [44.42, -71.47], Colebrook: [44.89, -71.5], Stewartstown: [45.01, -71.51], Pittsburg: [45.05, -71.39], Littleton: [44.31, -71.77], Bethlehem: [44.28, -71.69], "Columbia Falls": [44.65, -67.73], Maine: [45.25, -69.45], Gorham: [44.39, -71.17], Berlin: [44.47, -71.19], "North Country": [44.6, -71.4] },
		notPlaces: ['Summer Street', 'Wreaths Across America', 'America']
	},
	{
		genre: 'local',
		text: "Clinic openings. KIRKSVILLE — The regional health system will open clinics in four towns in northeast Missouri next year: Memphis in March, Lancaster in April, Milan in June and Unionville in August. The Macon clinic moves to a new building on U.S. 63, and the Edina clinic adds a dentist. Patients now drive to Kirksville or to Quincy, Illinois, and Ottumwa, Iowa, for specialists. A mobile clinic will stop in La Plata and Novinger.",
		gold: { KIRKSVILLE: [40.19, -92.58], Missouri: [37.96, -91.83], Memphis: [40.46, -92.17], Lancaster: [40.52, -92.53], Milan: [40.2, -93.13], Unionville: [40.48, -93], Macon: [39.74, -92.47], Edina: [40.17, -92.17], Kirksville: [40.19, -92.58], Quincy: [39.94, -91.41], Illinois: [40.63, -89.4], Ottumwa: [41.02, -92.41], Iowa: [41.88, -93.1], "La Plata": [40.02, -92.49], Novinger: [40.27, -92.72] }
	},
	{
		genre: 'local',
		text: "Community calendar. MONDAY: Hula class, 5 p.m., Waimea Community Center. TUESDAY: Farmers market, 7 to 11 a.m., Hilo; blood drive at the Pahoa fire station. WEDNESDAY: Kona library story time, Kailua-Kona; Honokaa hospital auxiliary meets. THURSDAY: Volcano Art Center opening, Volcano; Naalehu senior lunch. FRIDAY: Lighted parade through Kapaau and Hawi, 6 p.m. SATURDAY: Craft fair at the Keaau community hall; paddling races at Kailua Bay.",
		gold: { Waimea: [20.02, -155.67], Hilo: [19.73, -155.09], Pahoa: [19.49, -154.94], "Kailua-Kona": [19.64, -156], Honokaa: [20.08, -155.47], Volcano: [19.44, -155.23], Naalehu: [19.07, -155.58], Kapaau: [20.23, -155.8], Hawi: [20.24, -155.83], Keaau: [19.62, -155.04], "Kailua Bay": [19.64, -155.997] },
		notPlaces: ['Kona', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']
	},
	{
		genre: 'local',
		text: "Harvest update. Farmers in east-central Illinois finished the corn harvest this week, the farm bureau said. Yields in Champaign County ran 215 bushels an acre; Vermilion County, around Danville and Hoopeston, ran 205. Beans near Tuscola and Arcola in Douglas County made 68. Piatt County growers near Monticello and Cerro Gordo reported the best beans in years. The elevator in Gibson City paid $4.31 for corn; Paxton paid $4.28. Barge prices on the Illinois River at Havana were steady.",
		gold: { Illinois: [40.63, -89.4], "Champaign County": [40.19, -88.2], "Vermilion County": [40.18, -87.72], Danville: [40.12, -87.63], Hoopeston: [40.47, -87.67], Tuscola: [39.8, -88.28], Arcola: [39.68, -88.31], "Douglas County": [39.76, -88.18], "Piatt County": [40.04, -88.59], Monticello: [40.03, -88.57], "Cerro Gordo": [39.89, -88.73], "Gibson City": [40.46, -88.38], Paxton: [40.46, -88.1], "Illinois River": [40.3, -90.07], Havana: [40.3, -90.06] }
	},
	{
		genre: 'local',
		text: "School board notes. The Clarion-Goldfield-Dows board voted Monday to share a superintendent with Eagle Grove next year. The Belmond-Klemme district will bus its middle schoolers to Belmond. In Hampton-Dumont, the board set a bond vote for a new gym. The Iowa Falls-Alden board hired a principal from Webster City. West Hancock, based in Britt, will share a wrestling team with Garner-Hayfield-Ventura. The state board meets in Des Moines on Feb. 12.",
		gold: { Clarion: [42.73, -93.73], Goldfield: [42.74, -93.92], Dows: [42.66, -93.5], "Eagle Grove": [42.66, -93.9], Belmond: [42.85, -93.61], Klemme: [43.01, -93.59], Hampton: [42.74, -93.2], Dumont: [42.75, -92.98], "Iowa Falls": [42.52, -93.25], Alden: [42.52, -93.38], "Webster City": [42.47, -93.82], Britt: [43.1, -93.8], Garner: [43.1, -93.6], Hayfield: [43.14, -93.7], Ventura: [43.13, -93.48], "Des Moines": [41.6, -93.61] }
	},
	{
		genre: 'local',
		text: "Snowmobile trails. OLD FORGE — Trails around Old Forge and Inlet opened Friday with a 20-inch base, the town said. Trail 5 to Big Moose and Eagle Bay is groomed nightly. The Moose River Plains trail to Indian Lake stays closed until more snow falls. Riders from Speculator report good conditions to Wells and Piseco. Lake Pleasant's trails open next week. Fuel is available in Raquette Lake and Long Lake; the Tug Hill trails near Boonville are the best in the state.",
		gold: { "OLD FORGE": [43.71, -74.97], "Old Forge": [43.71, -74.97], Inlet: [43.75, -74.78], "Big Moose": [43.82, -74.86], "Eagle Bay": [43.82, -74.89], "Moose River Plains": [43.62, -74.8], "Indian Lake": [43.76, -74.28], Speculator: [43.5, -74.37], Wells: [43.4, -74.29], Piseco: [43.45, -74.53], "Lake Pleasant": [43.47, -74.41], "Raquette Lake": [43.81, -74.66], "Long Lake": [43.97, -74.42], "Tug Hill": [43.75, -75.6], Boonville: [43.48, -75.34] }
	}
];

export const HELD_OUT_US_LOCAL_S50_B: GenreText[] = [
	{
		genre: 'local',
		text: "Death notices. HALVORSON, Orrin, 86, of Hillsboro, N.D., died Nov. 29 at home. Funeral Thursday at the Lutheran church in Hillsboro; burial in Mayville. OLSON, Marjorie, 92, of Ada, Minn., formerly of Twin Valley, died Dec. 1 at the care center in Fertile. SCHMIDT, Dale, 71, of Grafton, died Dec. 2 in Fargo. He farmed near Minto and retired to Park River. He leaves a daughter in Moorhead and a son in Bismarck. LINDQUIST, Ruth, 95, of Crookston, died Dec. 3.",
		gold: { Hillsboro: [47.4, -97.06], Mayville: [47.5, -97.32], Ada: [47.3, -96.52], "Twin Valley": [47.26, -96.26], Fertile: [47.54, -96.28], Grafton: [48.41, -97.41], Fargo: [46.88, -96.79], Minto: [48.29, -97.37], "Park River": [48.4, -97.74], Moorhead: [46.87, -96.77], Bismarck: [46.81, -100.78], Crookston: [47.77, -96.61] },
		notPlaces: ['HALVORSON', 'Orrin', 'OLSON', 'Marjorie', 'SCHMIDT', 'Dale', 'LINDQUIST', 'Ruth']
	},
	{
		genre: 'local',
		text: "PROBATE NOTICES. Northeast Probate Court, Putnam. ESTATE OF Helen R. Gagnon, late of Thompson; claims go to the fiduciary, Paul Gagnon, 14 Riverside Drive, North Grosvenordale. ESTATE OF Raymond Ducharme, late of Brooklyn; fiduciary, Lisa Ducharme of Danielson. ESTATE OF Alice Whipple, late of Woodstock; fiduciary, Mark Whipple of Worcester, Mass. ESTATE OF Frank Pelletier, late of Plainfield (Moosup); fiduciary, Anne Pelletier of Westerly, R.I. ESTATE OF George Lamothe, late of Pomfret; fiduciary, Denise Lamothe of Sterling.",
		gold: { Putnam: [41.92, -71.91], Thompson: [41.96, -71.86], "North Grosvenordale": [41.99, -71.9], Brooklyn: [41.79, -71.95], Danielson: [41.8, -71.89], Woodstock: [41.96, -72], Worcester: [42.26, -71.8], Plainfield: [41.68, -71.92], Moosup: [41.71, -71.88], Westerly: [41.38, -71.83], Pomfret: [41.89, -71.97], Sterling: [41.72, -71.82] },
		notPlaces: ['Helen R. Gagnon', 'Gagnon', 'Riverside', 'Raymond Ducharme', 'Ducharme', 'Alice Whipple', 'Whipple', 'Frank Pelletier', 'Pelletier', 'George Lamothe', 'Lamothe']
	},
	{
		genre: 'local',
		text: "Stock show results. SCOTTSBLUFF — Results from the western Nebraska junior livestock show: grand champion market steer, Brody Hahn of Gering; reserve, Kaci Stull of Mitchell. Grand champion market lamb, Tatum Reichert of Bridgeport; reserve, Cash Kinnan of Hemingford. Grand champion swine, Addie Gion of Bayard. Top showman honors went to Laramie Sherwood of Chappell and to Hayes Walker of Kimball. Buyers came from Torrington and Cheyenne, Wyoming, and from Sidney and Alliance.",
		gold: { SCOTTSBLUFF: [41.87, -103.67], Nebraska: [41.49, -99.9], Gering: [41.83, -103.66], Mitchell: [41.94, -103.81], Bridgeport: [41.67, -103.1], Hemingford: [42.32, -103.07], Bayard: [41.75, -103.32], Chappell: [41.09, -102.47], Kimball: [41.24, -103.66], Torrington: [42.06, -104.18], Cheyenne: [41.14, -104.82], Wyoming: [43.08, -107.29], Sidney: [41.14, -102.98], Alliance: [42.1, -102.87] },
		notPlaces: ['Brody Hahn', 'Hahn', 'Kaci Stull', 'Stull', 'Tatum Reichert', 'Reichert', 'Cash Kinnan', 'Kinnan', 'Addie Gion', 'Gion', 'Laramie Sherwood', 'Laramie', 'Sherwood', 'Hayes Walker', 'Hayes', 'Walker']
	},
	{
		genre: 'local',
		text: "Storm reports. The weather service in Jackson listed these reports from Monday night's line of storms across the Pine Belt: 8:02 p.m., 2 miles west of Taylorsville, trees down on Highway 28; 8:15 p.m., Mize, a mobile home shifted off its blocks; 8:31 p.m., Laurel, a 70 mph gust at the airport; 8:50 p.m., 4 miles east of Ellisville, an EF-1 tornado confirmed by survey; 9:05 p.m., Petal, across the river from Hattiesburg, flash flooding; 9:20 p.m., Richton, trees on power lines. Jones County and Perry County crews worked through the night.",
		gold: { Jackson: [32.3, -90.18], "Pine Belt": [31.4, -89.3], Taylorsville: [31.83, -89.43], Mize: [31.85, -89.57], Laurel: [31.69, -89.13], Ellisville: [31.6, -89.2], Petal: [31.35, -89.26], Hattiesburg: [31.33, -89.29], Richton: [31.35, -88.94], "Jones County": [31.62, -89.19], "Perry County": [31.11, -88.96] }
	},
	{
		genre: 'local',
		text: "How they voted. RALEIGH — How coastal lawmakers voted on the beach nourishment fund, which passed 71-44: Sen. Carl Pender, R-Manteo, yes; Rep. Ed Washington, D-Elizabeth City, yes; Rep. Jim Currie, R-Swansboro, no; Rep. Linda Warren, R-Beaufort, no; Rep. Troy Jarvis, R-Hampstead, no; Rep. Dana Wilson, D-Wilmington, yes; Sen. Mike Clinton, R-Southport, yes. The Senate takes up the bill next week.",
		gold: { RALEIGH: [35.77, -78.64], Manteo: [35.91, -75.68], "Elizabeth City": [36.29, -76.25], Swansboro: [34.69, -77.12], Beaufort: [34.72, -76.66], Hampstead: [34.37, -77.71], Wilmington: [34.23, -77.94], Southport: [33.92, -78.02] },
		notPlaces: ['Carl Pender', 'Pender', 'Ed Washington', 'Washington', 'Jim Currie', 'Currie', 'Linda Warren', 'Warren', 'Troy Jarvis', 'Jarvis', 'Dana Wilson', 'Wilson', 'Mike Clinton', 'Clinton']
	},
	{
		genre: 'local',
		text: "Holiday events. BETHLEHEM — Christkindlmarkt opens Friday at the steel stacks, and the star on South Mountain lights at dusk. In Lititz, the chocolate walk returns Saturday. Jim Thorpe holds its Victorian Christmas on the weekends, with a train ride along the Lehigh River to Lehighton and back. Strasburg's railroad runs Santa trains, Hershey lights its park, and Boalsburg's Christmas walk is Sunday. The Mifflinburg Christkindl market is Dec. 11 to 13 in Union County.",
		gold: { BETHLEHEM: [40.63, -75.37], "South Mountain": [40.6, -75.38], Lititz: [40.16, -76.31], "Jim Thorpe": [40.88, -75.73], Lehighton: [40.83, -75.71], "Lehigh River": [40.85, -75.72], Strasburg: [39.98, -76.18], Hershey: [40.29, -76.65], Boalsburg: [40.78, -77.79], Mifflinburg: [40.92, -77.05], "Union County": [40.97, -77.03] }
	},
	{
		genre: 'local',
		text: "Engagements. Mr. and Mrs. Wayne Custis of Onancock announce the engagement of their daughter, Hannah Custis, to Tyler Bloxom, son of Ronald and Terry Bloxom of Chincoteague. The bride-to-be teaches in Parksley; the groom is a waterman out of Wachapreague. The wedding will be June 6 at the Methodist church in Accomac, with a reception at a farm near Exmore. Her grandparents live in Salisbury and Pocomoke City, Maryland, and his in Virginia Beach.",
		gold: { Onancock: [37.71, -75.75], Chincoteague: [37.93, -75.38], Parksley: [37.78, -75.65], Wachapreague: [37.6, -75.69], Accomac: [37.72, -75.67], Exmore: [37.53, -75.82], Salisbury: [38.36, -75.6], "Pocomoke City": [38.08, -75.57], Maryland: [39.05, -76.64], "Virginia Beach": [36.85, -75.98] },
		notPlaces: ['Wayne Custis', 'Custis', 'Hannah Custis', 'Tyler Bloxom', 'Bloxom', 'Terry Bloxom']
	},
	{
		genre: 'local',
		text: "Honor roll. These area students made the fall president's list at the university in Valdosta. ADEL: Jada Moultrie, Luke Tifton. ASHBURN: Kylie Cordele. BLACKSHEAR: Nate Waycross. DOUGLAS: Erin Hazlehurst, Zach Pearson. FITZGERALD: Amy Ocilla. NASHVILLE: Cole Alapaha. QUITMAN: Bree Thomasville. SYLVESTER: Mason Albany. Students from Moultrie and Tifton are listed Thursday, and Lake City, Florida, students next week.",
		gold: { Valdosta: [30.83, -83.28], ADEL: [31.14, -83.42], ASHBURN: [31.71, -83.65], BLACKSHEAR: [31.31, -82.24], DOUGLAS: [31.51, -82.85], FITZGERALD: [31.71, -83.25], NASHVILLE: [31.21, -83.25], QUITMAN: [30.78, -83.56], SYLVESTER: [31.53, -83.84], Moultrie: [31.18, -83.79], Tifton: [31.45, -83.51], "Lake City": [30.19, -82.64], Florida: [27.66, -81.52] },
		notPlaces: ['Jada Moultrie', 'Luke Tifton', 'Kylie Cordele', 'Cordele', 'Nate Waycross', 'Waycross', 'Erin Hazlehurst', 'Hazlehurst', 'Zach Pearson', 'Pearson', 'Amy Ocilla', 'Ocilla', 'Cole Alapaha', 'Alapaha', 'Bree Thomasville', 'Thomasville', 'Mason Albany', 'Albany', 'Mason']
	},
	{
		genre: 'local',
		text: "Prep basketball. BAD AXE 61, CASEVILLE 47: Bad Axe led by 20 at the half Friday. Bad Axe (2-0): Ryan Ubly 18, Jake Sebewaing 12, Max Kinde 11, Owen Pigeon 10, Cole Elkton 10. Caseville (1-1): Nick Harbor 15, Drew Port 13, Sam Austin 19. Elsewhere in the Thumb: Harbor Beach 55, Ubly 50; Cass City 64, Kingston 41; Sandusky 59, Croswell-Lexington 52; Marlette 47, Deckerville 45. Bad Axe plays at Frankenmuth on Tuesday.",
		gold: { "BAD AXE": [43.8, -83], CASEVILLE: [43.94, -83.27], "Bad Axe": [43.8, -83], Caseville: [43.94, -83.27], Thumb: [43.75, -83], "Harbor Beach": [43.84, -82.65], Ubly: [43.71, -82.93], "Cass City": [43.6, -83.17], Kingston: [43.4, -83.18], Sandusky: [43.42, -82.83], Croswell: [43.28, -82.62], Lexington: [43.27, -82.53], Marlette: [43.33, -83.08], Deckerville: [43.53, -82.74], Frankenmuth: [43.33, -83.74] },
		notPlaces: ['Ryan Ubly', 'Jake Sebewaing', 'Sebewaing', 'Max Kinde', 'Kinde', 'Owen Pigeon', 'Pigeon', 'Cole Elkton', 'Elkton', 'Nick Harbor', 'Drew Port', 'Sam Austin', 'Austin']
	},
	{
		genre: 'local',
		text: "Marine forecast. Admiralty Inlet: south winds 15 to 25 knots, waves 2 to 4 feet, a small craft advisory until 4 p.m. Puget Sound and Hood Canal: south winds 10 to 20 knots. Strait of Juan de Fuca, east entrance: west winds 20 to 30 knots, a gale watch tonight. Tides at Port Townsend: high 8:14 a.m. At Coupeville: high 8:40 a.m. At Everett: high 9:02 a.m. Ferries between Clinton and Mukilteo and between Kingston and Edmonds run on schedule.",
		gold: { "Admiralty Inlet": [48.1, -122.7], "Puget Sound": [47.6, -122.4], "Hood Canal": [47.6, -122.98], "Strait of Juan de Fuca": [48.2, -123.5], "Port Townsend": [48.12, -122.76], Coupeville: [48.22, -122.69], Everett: [47.98, -122.2], Clinton: [47.98, -122.36], Mukilteo: [47.94, -122.3], Kingston: [47.8, -122.5], Edmonds: [47.81, -122.38] }
	},
	{
		genre: 'local',
		text: "Looking back. 100 years ago: Floodwater from the Ohio covered the levee at Shawneetown, and families moved to the hills near Equality. The new bank at Harrisburg opened. 50 years ago: Marion beat Herrin for the conference title before 4,000 fans. A coal mine near Eldorado closed, idling 300 men. 25 years ago: Carbondale voters elected a new mayor, and the Metropolis casino boat drew visitors from Paducah, Kentucky. Golconda hosted its first deer festival.",
		gold: { Ohio: [37.7, -88.1], Shawneetown: [37.71, -88.19], Equality: [37.73, -88.34], Harrisburg: [37.74, -88.54], Marion: [37.73, -88.93], Herrin: [37.8, -89.03], Eldorado: [37.81, -88.44], Carbondale: [37.73, -89.22], Metropolis: [37.15, -88.73], Paducah: [37.08, -88.6], Kentucky: [37.84, -84.27], Golconda: [37.37, -88.49] }
	},
	{
		genre: 'local',
		text: "Garage sales. LUFKIN: 1204 Ellis Ave., Saturday 7 to noon, furniture and toys. NACOGDOCHES: 88 Raguet St., Friday and Saturday, multi-family. DIBOLL: church lot on Temple Street, bake sale and rummage. HUNTINGTON: 16 Pine Road, fishing gear. CROCKETT: estate sale, 410 Houston Ave., antiques. JASPER: 2 Lamar St., Saturday only. ZAVALLA: tools, mowers, a deer stand. Sales in Livingston and Corrigan run Thursday.",
		gold: { LUFKIN: [31.34, -94.73], NACOGDOCHES: [31.6, -94.66], DIBOLL: [31.19, -94.78], HUNTINGTON: [31.28, -94.58], CROCKETT: [31.32, -95.46], JASPER: [30.92, -94], ZAVALLA: [31.16, -94.43], Livingston: [30.71, -94.93], Corrigan: [31, -94.83] },
		notPlaces: ['Ellis', 'Raguet', 'Temple Street', 'Temple', 'Pine Road', 'Houston Ave', 'Houston', 'Lamar']
	},
	{
		genre: 'local',
		text: "Crash on Interstate 17. CAMP VERDE — A wrong-way driver struck two cars on Interstate 17 near milepost 285 south of Camp Verde late Saturday, closing the northbound lanes for five hours. One driver, 52, of Cottonwood, died at the scene; two people from Phoenix were flown to the hospital in Flagstaff. Traffic backed up past Cordes Junction. Crews from Sedona, Clarkdale, Rimrock and Lake Montezuma helped. The Yavapai County sheriff said the driver had entered the freeway at Sunset Point.",
		gold: { "CAMP VERDE": [34.56, -111.85], "Camp Verde": [34.56, -111.85], Cottonwood: [34.74, -112.01], Phoenix: [33.45, -112.07], Flagstaff: [35.2, -111.65], "Cordes Junction": [34.33, -112.12], Sedona: [34.87, -111.76], Clarkdale: [34.77, -112.06], Rimrock: [34.64, -111.78], "Lake Montezuma": [34.63, -111.78], "Yavapai County": [34.67, -112.27], "Sunset Point": [34.2, -112.14] }
	},
	{
		genre: 'local',
		text: "Filing period ends. HELENA — Filing closed Friday for city and school races in the Arkansas Delta. In Helena-West Helena, four people filed for mayor. Marianna's council drew six candidates, among them Lee Forrest and James Marvell. Brinkley and Clarendon each have contested seats; the DeWitt school board has two. In Phillips County, the Elaine and Marvell-Elaine boards drew one candidate per seat. Lee County's election commission meets in Marianna on Monday; Stuttgart's filing closes next week.",
		gold: { HELENA: [34.53, -90.59], "Helena-West Helena": [34.53, -90.59], Marianna: [34.77, -90.76], Brinkley: [34.89, -91.19], Clarendon: [34.69, -91.31], DeWitt: [34.29, -91.34], "Phillips County": [34.32, -90.84], Elaine: [34.31, -90.85], Marvell: [34.56, -90.91], "Lee County": [34.77, -90.62], Stuttgart: [34.5, -91.55] },
		notPlaces: ['Lee Forrest', 'Forrest', 'James Marvell', 'Arkansas Delta']
	},
	{
		genre: 'local',
		text: "District court. These cases were decided last week in Delaware County District Court in Jay; the Cherokee County docket in Tahlequah is Thursday. Shawn Grove, 33, of Grove, public intoxication, fined $250. Amber Colcord, 27, of Kansas, Okla., driving under suspension, 30 days suspended. Derek Eucha, 45, of Jay, a deferred sentence for possession. Tasha Bernice, 36, of Afton, protective-order violation, one year of probation. A Vinita man and a Siloam Springs, Arkansas, woman waived preliminary hearings.",
		gold: { "Cherokee County": [35.94, -95.08], Tahlequah: [35.92, -94.97], "Delaware County": [36.39, -94.83], Jay: [36.42, -94.8], Grove: [36.59, -94.77], Kansas: [36.21, -94.8], Afton: [36.69, -94.96], Vinita: [36.64, -95.15], "Siloam Springs": [36.19, -94.54], Arkansas: [35.2, -91.83] },
		notPlaces: ['Shawn Grove', 'Amber Colcord', 'Colcord', 'Derek Eucha', 'Eucha', 'Tasha Bernice', 'Bernice']
	},
	{
		genre: 'local',
		text: "Warrants list. DYERSBURG — The Dyer County sheriff's office seeks these people on warrants: Justin Ray Newbern, 31, last known address in Newbern, violation of probation; Crystal Trimble, 28, of Halls, failure to appear; Marcus Ripley, 40, of Ripley, child support; Ashley Dyer, 25, of Tiptonville; and Kevin Munford, 37, last seen in Blytheville, Arkansas. Call the sheriff or Crime Stoppers in Jackson. A Union City detective helped; rewards are paid through the office in Dyersburg.",
		gold: { DYERSBURG: [36.03, -89.39], "Dyer County": [36.02, -89.49], Newbern: [36.11, -89.26], Halls: [35.88, -89.4], Ripley: [35.75, -89.53], Tiptonville: [36.38, -89.47], Blytheville: [35.93, -89.92], Arkansas: [35.2, -91.83], Jackson: [35.61, -88.81], "Union City": [36.42, -89.06], Dyersburg: [36.03, -89.39] },
		notPlaces: ['Justin Ray Newbern', 'Crystal Trimble', 'Trimble', 'Marcus Ripley', 'Ashley Dyer', 'Dyer', 'Kevin Munford', 'Munford']
	},
	{
		genre: 'local',
		text: "Bus routes change. DOVER — The state transit agency will change its Kent and Sussex routes Jan. 12. Route 301 will run hourly between Dover and Wilmington with a stop in Smyrna. Route 303 adds a trip to Milford and Harrington. The Georgetown to Lewes route will stop at Milton, and the summer beach bus to Rehoboth Beach and Dewey Beach returns in May. Riders in Camden, Felton and Frederica can call for paratransit. A monthly pass costs $60, and Salisbury, Maryland, riders can transfer in Seaford.",
		gold: { DOVER: [39.16, -75.52], Kent: [39.1, -75.5], Sussex: [38.68, -75.34], Dover: [39.16, -75.52], Wilmington: [39.75, -75.55], Smyrna: [39.3, -75.6], Milford: [38.91, -75.43], Harrington: [38.92, -75.58], Georgetown: [38.69, -75.39], Lewes: [38.77, -75.14], Milton: [38.78, -75.31], "Rehoboth Beach": [38.72, -75.08], "Dewey Beach": [38.69, -75.08], Camden: [39.11, -75.54], Felton: [39.01, -75.58], Frederica: [39.01, -75.47], Salisbury: [38.36, -75.6], Maryland: [39.05, -76.64], Seaford: [38.64, -75.61] }
	},
	{
		genre: 'local',
		text: "Pageant winners. PANAMA CITY — Kaylee Marianna, 19, of Lynn Haven was crowned Miss Bay County on Saturday. First runner-up was Destin Walton of Niceville, and second, Grace Chipley of Port St. Joe. Miss Holmes County, Ava Bonner of Bonifay, won the talent award. Miss Washington County, from Chipley, won the interview prize. The winner goes to the state pageant in Orlando in June, and last year's queen, from DeFuniak Springs, placed in the top ten there.",
		gold: { "PANAMA CITY": [30.16, -85.66], "Lynn Haven": [30.25, -85.65], "Bay County": [30.26, -85.65], Niceville: [30.52, -86.48], "Port St. Joe": [29.81, -85.3], "Holmes County": [30.82, -85.73], Bonifay: [30.79, -85.68], "Washington County": [30.62, -85.75], Chipley: [30.78, -85.54], Orlando: [28.54, -81.38], "DeFuniak Springs": [30.72, -86.12] },
		notPlaces: ['Kaylee Marianna', 'Marianna', 'Destin Walton', 'Destin', 'Walton', 'Grace Chipley', 'Ava Bonner', 'Bonner']
	},
	{
		genre: 'local',
		text: "Census estimates. ST. GEORGE — Southern Utah kept growing last year, new estimates show. St. George passed 107,000; Washington added 3,000 people and Hurricane 2,100. Ivins, Santa Clara and LaVerkin grew about 4 percent. Cedar City reached 38,000, and Enoch grew 6 percent. Kanab and Springdale barely changed. Washington County remains one of the fastest-growing counties in the country. Mesquite, Nevada, just across the line, grew 5 percent.",
		gold: { "ST. GEORGE": [37.1, -113.58], "St. George": [37.1, -113.58], Washington: [37.13, -113.51], Hurricane: [37.18, -113.29], Ivins: [37.17, -113.68], "Santa Clara": [37.13, -113.65], LaVerkin: [37.2, -113.27], "Cedar City": [37.68, -113.06], Enoch: [37.77, -113.02], Kanab: [37.05, -112.53], Springdale: [37.19, -113], "Washington County": [37.42, -113.38], Mesquite: [36.81, -114.07], Nevada: [38.8, -116.42], "Southern Utah": [37.5, -113.2] }
	},
	{
		genre: 'local',
		text: "Wreaths laid. Volunteers placed 3,800 wreaths Saturday at cemeteries in Southside Virginia. In South Boston, Scouts worked at Oak Ridge Cemetery; in Halifax and Clarksville, veterans' posts led ceremonies. Chase City, Kenbridge and Victoria held services at their town cemeteries, and students in Farmville read the names of the dead. The trucks came up from Danville by way of Chatham and Keysville. Wreaths for Amelia Court House arrive next week.",
		gold: { "Southside Virginia": [36.8, -78.5], Virginia: [36.8, -78.5], "South Boston": [36.7, -78.9], Halifax: [36.77, -78.93], Clarksville: [36.62, -78.56], "Chase City": [36.8, -78.46], Kenbridge: [36.96, -78.12], Victoria: [36.99, -78.23], Farmville: [37.3, -78.39], Danville: [36.59, -79.4], Chatham: [36.83, -79.4], Keysville: [37.04, -78.48], "Amelia Court House": [37.34, -77.98] },
		notPlaces: ['Oak Ridge Cemetery']
	},
	{
		genre: 'local',
		text: "Clinic news. PENDLETON — The hospital will open clinics in three eastern Oregon towns next year: Heppner in March, Condon in May and Pilot Rock in September. The Milton-Freewater clinic adds a pediatrician, and the Hermiston clinic moves to a new building. Patients from Ione and Lexington now drive to Pendleton or to Walla Walla, Washington, for specialists. A mobile clinic will stop in Echo, Stanfield and Athena every month.",
		gold: { PENDLETON: [45.67, -118.79], Oregon: [43.8, -120.55], Heppner: [45.35, -119.56], Condon: [45.23, -120.19], "Pilot Rock": [45.48, -118.83], "Milton-Freewater": [45.93, -118.39], Hermiston: [45.84, -119.29], Ione: [45.54, -119.77], Lexington: [45.43, -119.75], Pendleton: [45.67, -118.79], "Walla Walla": [46.06, -118.34], Washington: [47.75, -120.74], Echo: [45.74, -119.2], Stanfield: [45.78, -119.22], Athena: [45.81, -118.49] }
	},
	{
		genre: 'local',
		text: "Community calendar. MONDAY: Quilters meet, 1 p.m., Elko County library. TUESDAY: Blood drive at the Winnemucca convention center; Carlin senior lunch. WEDNESDAY: Wells volunteer fire department pancake supper. THURSDAY: Spring Creek homeowners' association meets; Lamoille church bazaar. FRIDAY: Lighted tractor parade down Idaho Street in Elko, 6 p.m. SATURDAY: Craft fair in Battle Mountain; Jiggs community hall potluck; Jackpot casino benefit for the Owyhee school.",
		gold: { "Elko County": [41.11, -115.27], Winnemucca: [40.97, -117.74], Carlin: [40.71, -116.1], Wells: [41.11, -114.96], "Spring Creek": [40.73, -115.59], Lamoille: [40.75, -115.36], Elko: [40.83, -115.76], "Battle Mountain": [40.64, -116.93], Jiggs: [40.43, -115.66], Jackpot: [41.98, -114.67], Owyhee: [41.95, -116.1] },
		notPlaces: ['Idaho Street', 'Idaho', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']
	},
	{
		genre: 'local',
		text: "Harvest update. Potato growers in the Columbia Basin finished digging this week, the growers' commission said. Yields around Othello and Warden ran 34 tons an acre; Grant County fields near Quincy and Ephrata ran 32. Onion growers near Connell and Mesa in Franklin County shipped early. The processing plants in Moses Lake and Pasco ran two shifts. Growers in Royal City and Mattawa reported frost damage to apples. Barge rates on the Snake River at Lewiston, Idaho, were steady.",
		gold: { "Columbia Basin": [46.9, -119.3], Columbia: [46.9, -119.3], Othello: [46.83, -119.18], Warden: [46.97, -119.04], "Grant County": [47.24, -119.56], Quincy: [47.23, -119.85], Ephrata: [47.32, -119.55], Connell: [46.66, -118.86], Mesa: [46.58, -119.14], "Franklin County": [46.5, -118.8], "Moses Lake": [47.13, -119.28], Pasco: [46.24, -119.1], "Royal City": [46.9, -119.63], Mattawa: [46.74, -119.9], "Snake River": [46.42, -117.04], Lewiston: [46.42, -117.02], Idaho: [44.07, -114.74] }
	},
	{
		genre: 'local',
		text: "School board notes. The Wadena-Deer Creek board voted Monday to share a superintendent with Sebeka next year. The Browerville board will bus its high schoolers to Long Prairie. In Verndale, the board set a bond vote for a new roof. The Menahga board hired a principal from Park Rapids. Staples-Motley, based in Staples, will share a hockey team with Pillager. The state board meets in St. Paul on Feb. 10.",
		gold: { Wadena: [46.44, -95.14], "Deer Creek": [46.39, -95.32], Sebeka: [46.63, -95.09], Browerville: [46.09, -94.87], "Long Prairie": [45.97, -94.87], Verndale: [46.4, -95.01], Menahga: [46.75, -95.1], "Park Rapids": [46.92, -95.06], Staples: [46.36, -94.79], Motley: [46.34, -94.65], Pillager: [46.36, -94.49], "St. Paul": [44.94, -93.09] }
	},
	{
		genre: 'local',
		text: "Snowmobile trails. EAGLE RIVER — Trails in Vilas County opened Saturday with a 14-inch base, the chamber said. The trail from Eagle River to Three Lakes is groomed nightly, and the Conover and Land O' Lakes trails connect to Watersmeet, Michigan. Riders from Boulder Junction report good conditions to Manitowish Waters and Mercer. Minocqua's trails open next week. Fuel is available in St. Germain and Sayner; the trails near Phelps stay closed until the lakes freeze.",
		gold: { "EAGLE RIVER": [45.92, -89.24], "Vilas County": [45.98, -89.36], "Eagle River": [45.92, -89.24], "Three Lakes": [45.8, -89.16], Conover: [46.04, -89.24], "Land O' Lakes": [46.16, -89.32], Watersmeet: [46.25, -89.21], Michigan: [44.31, -85.6], "Boulder Junction": [46.11, -89.63], "Manitowish Waters": [46.16, -89.85], Mercer: [46.17, -90.06], Minocqua: [45.87, -89.76], "St. Germain": [45.92, -89.49], Sayner: [45.99, -89.52], Phelps: [46.06, -89.08] }
	}
];

// US local news written for session 55 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s55` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Twenty shapes s50-s54 lack, one text of each in both halves, each half from other regions:
// obituaries and funeral notices with survivors "of Town" and persons surnamed for towns (Oxford County, ME: Norway,
// South Paris, Mexico, Peru, Denmark, Poland, no state named; Acadiana: Iota, Eunice, Basile, with persons Broussard,
// Scott, Kaplan, Jennings, Welsh; Holmes County, OH: Charm, Walnut Creek, Winesburg; the Wiregrass: Adel, Lenox,
// Nashville, Ray City), storm closings (the Northeast Kingdom: Albany, Lowell, Troy, Coventry, Concord, Orleans,
// Newport, Derby, Brighton, Canaan; the Berkshires: Lee, Lenox, Richmond, Otis, Windsor, Florida, Savoy, Monterey,
// Sheffield), sale-barn reports "Seller, Town, head, weight, price" (Woodward, OK: Arnett, Freedom, Buffalo, sellers
// Shattuck, Vici, Gage, May, Sharon, Camargo; Philip, SD: Midland, Wall, Interior, Faith, Hermosa), wrestling and
// standings tables opening lines with towns (the Hi-Line: Havre, Glasgow, Malta, Chinook, Harlem, Shelby,
// Chester-Joplin-Inverness; the Iron Range: Virginia, Ely, Eveleth-Gilbert, Mountain Iron-Buhl; the Texas Panhandle:
// Memphis, Happy, Claude, Groom, Canadian, Miami, Panhandle; Nevada's 1A: Eureka, Wells, Carlin, Jackpot), road
// notices (southern Indiana: Orleans, Paoli, Jasper, Ferdinand, Santa Claus, Troy, Rome, English, Marengo; the Ozarks:
// Jasper, Harrison, Marshall, St. Joe), snowfall totals "Town 9.5" (Rugby, Towner, Harvey, Rolla; Naples, Hope, Athol,
// Wallace), zoning agendas (the Hill Country: Comfort, Hunt, Harper, Mountain Home, Center Point; the Eastern Shore:
// Atlantic, Oyster, Onley, Tasley, Saxis), fishing reports with lakes and flowages, town election results with every
// candidate surnamed for a town of the county (St. Lawrence County: Madrid, Lisbon, Norfolk, Hammond, Russell;
// persons Waddington, Louisville, Fine, Fowler, DeKalb; Cairo, Thebes, Olive Branch, Anna, Vienna), fire calls (the
// Oregon coast: Newport, Toledo, Otis, Cloverdale; the Okanogan: Oroville, Riverside, Brewster, Winthrop), rodeo
// results "Name, Town, score" (Kit Carson County, CO; Niobrara County, WY), school boards (the Northern Neck:
// Warsaw, Richmond County, Lancaster, Northumberland, Lively; the Bootheel: Kennett, Campbell, Steele, Gideon),
// calendars opening with towns named like persons and words (Tiger, Helen, Cornelia, Clayton; Sparta, Livingston,
// Monterey, Jamestown), deeds "Town — Grantor to Grantee" (the Adirondacks: Keene, Jay, Wilmington, Westport; Taos
// County), sale bills (Lancaster County, PA: Gap, Paradise, Intercourse; Sioux County, IA: persons Hull, Sheldon,
// Remsen, Marcus), police blotters (Sanpete County: Wales, Moroni, Ephraim, Fairview, Sterling; Elk County, PA:
// Force, Wilcox, Driftwood, Kersey), business briefs (the Thumb: Pigeon, Kinde, Ubly, Caro; north Mississippi: Oxford,
// Houston, Ripley, Holly Springs) and legal notices (the Black Belt: Dallas County, Selma, Marion, Greensboro, Akron,
// Livingston; Aroostook: TOWN OF WASHBURN, LIMESTONE, MADAWASKA, ASHLAND, Mars Hill, Van Buren). Persons and firms carry
// names of nearby towns and are kept in notPlaces; no person shares a name with a graded place of the same text.
// Gold points are the places' own: the state written from knowledge and the point picked from `gazette lookup` in that
// state (the entry matched by its own name; Johnsonburg, PA and Holly Springs, MS the Elk and Marshall County ones).
// 32 gold names the gazetteer lacks carry points from knowledge (10 in A, 22 in B): Brighton and Jay Peak, VT;
// Sisterdale, TX; Lively, VA; Charm and Farmerstown, OH; Egremont, MA; Oyster, VA; Weirs Beach, NH; Benezette, PA;
// McDermitt, NV; Capel Township, IA; and lakes, rivers, flowages, passes and valleys (Guadalupe River, Turtle Mountains,
// Rainbow and Turtle-Flambeau flowages, Trout and Catfish lakes; Buffalo River, Norfork Lake, Lookout Pass,
// Schweitzer, Burke Canyon, Lake Winnipesaukee, Lake Waukewan, Newfound Lake, Squam, Ossipee River, Merrymeeting
// Lake, Loup Loup, Pahranagat Valley, Long Lake). A school, church, library, court, board or team named for its town or
// county is that town or county; each town of a hyphenated co-op is graded at its own point. Half A is for tuning;
// half B stays held out. 20 texts a half; 294 gold names in A and 298 in B.
// Before any change (main f7bd123): A 246/252 within 161 km (0.976), 67 named places not mapped, 1 name of no place
// mapped; B 246/247 (0.996), 71 not mapped, 5 false.
// Session 55's rules (tuned on A): a dashed listing's heads are one list ("Keene — … Jay — …", dashed-items.ts) and a
// tally's count may carry a decimal point ("Rugby 9.5;"); a US county heading its own body's name is the county
// ("the Dallas County Commission", county-bodies.ts; not British councils); a small US town heading its police, fire
// company or council is the town (town-bodies.ts); a name after a street address's comma is its town
// ("55 Market Street, Marietta;", address-towns.ts); a country-named town's fellows count within 100 km (Peru and
// Denmark, ME); a people's word before "and" and a town of the text is the town ("at English and Marengo"); a
// results line's "Town office:" headings are towns ("Russell supervisor:"). With these in the tree and the gazetteer
// of main 631e6c8e (d4a734ec's ZIP towns: Charm, Lively added): A 270/273 (0.989), 46 not mapped, 1 false; B, scored
// once at the end, 250/251 (0.996), 67 not mapped, 5 false. A's wrong left: Derby, VT (only "Derby Center" by
// alternate name: Derby, England), Northumberland (the Virginia county, bare: England's), Canadian, TX (Canada; a
// subject before "hosts"); not mapped: the schools named for towns (Albany, Lowell, Troy, Coventry, Concord, Danville,
// Canaan, Craftsbury, Mexico, Lancaster: embedded), Chester-Joplin-Inverness (a co-op of three resolved as Chester,
// PA), Shelby, Wheeler, Hart, Groom (ranked and W-L tables), Helen, Tiger, Tallulah Falls, lower-case civic nouns ("the
// Hurley snowmobile trails", "the Leola produce auction"), and 9 names the gazetteer lacks (waters, Jay Peak,
// Sisterdale, Brighton, VT). B's wrong: Lake Winnipesaukee (missing; Milwaukee by an alternate name); false: Central
// and Southern Berkshire (school districts read as Berkshire, England), Wheatland and Guernsey (rodeo riders' surnames),
// Southland (a school district; New Zealand). B's not mapped (67): 19 names the gazetteer lacks (lakes, rivers,
// passes, Farmerstown, Egremont, Oyster, Weirs Beach, Benezette, McDermitt, Pahranagat Valley, Long Lake); Berkshire
// school districts' towns (Lee, Richmond, Otis, Dalton, Adams, Cheshire, Savoy), the sale barn's towns (Wall,
// Interior, Union Center, Hermosa, Faith, Kadoka), Nevada's 1A tables (Wells, Jackpot, Round Mountain, Gabbs, Lund),
// Aroostook's "TOWN OF WASHBURN" notices (WASHBURN, LIMESTONE, PRESQUE ISLE, MADAWASKA, ASHLAND), Kennett, Cooter,
// Hope, ID, Winthrop, Conconully, Chincoteague, Tasley, Ely, Upton, Batesville, New Albany, Sioux Center, Primghar, and
// counties inside names the rule does not read ("Cook County Memorial Gardens", "Overton County Chamber",
// "Fentress County Historical Society", "Irwin County High School", "New Madrid County R-1 board").
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S55_A: GenreText[] = [
	{
		genre: 'local',
		text: "Obituaries. NORWAY — Eleanor Ruth (Buck) Paris, 91, died Nov. 30 at Market Square Health Care Center in South Paris. She was born in Rumford on March 3, 1934, the daughter of Harold and Vera Buck, and graduated from Mexico High School in 1952. She worked thirty years in the office of the Oxford Paper mill and later kept the books for Norway Savings Bank. She is survived by a son, Mark Paris of Peru; a daughter, Linda Sweden of Denmark; a brother, Carl Buck of Bethel; and six grandchildren in Waterford, Harrison and Lewiston. Visiting hours will be Thursday at the Oxford Hills Funeral Home on Main Street in Norway, with burial in the spring at Pine Grove Cemetery in Poland.",
		gold: { NORWAY: [44.21, -70.54], "South Paris": [44.22, -70.51], Rumford: [44.55, -70.55], Mexico: [44.56, -70.55], Peru: [44.51, -70.41], Denmark: [43.97, -70.8], Bethel: [44.4, -70.79], Waterford: [44.19, -70.72], Harrison: [44.11, -70.68], Lewiston: [44.1, -70.21], Norway: [44.21, -70.54], Poland: [44.06, -70.39] },
		notPlaces: ["Eleanor Ruth (Buck) Paris","Mark Paris","Paris","Linda Sweden","Sweden","Market Square Health Care Center","Oxford Paper","Norway Savings Bank","Oxford Hills Funeral Home","Pine Grove Cemetery","Main Street"]
	},
	{
		genre: 'local',
		text: "Storm closings. ST. JOHNSBURY — These schools and offices are closed Tuesday, Dec. 9: Albany Community School; Lowell Graded School; Troy School; Coventry Village School; Concord School; Danville School. Two-hour delay: Lake Region Union High School in Orleans; North Country Union High School in Newport; Derby Elementary; Brighton Elementary in Island Pond; Canaan Schools. The Craftsbury Academy Nordic meet moves to Thursday. Town offices in Glover, Barton and Irasburg open at 10 a.m. Jay Peak is open, and the Newport-Derby bus runs an hour late.",
		gold: { "ST. JOHNSBURY": [44.43, -72.02], Albany: [44.74, -72.36], Lowell: [44.8, -72.45], Troy: [44.9, -72.4], Coventry: [44.87, -72.26], Concord: [44.45, -71.87], Danville: [44.43, -72.11], Orleans: [44.82, -72.23], Newport: [44.94, -72.21], Derby: [44.95, -72.13], "Island Pond": [44.81, -71.88], Brighton: [44.81, -71.87], Canaan: [44.98, -71.56], Craftsbury: [44.64, -72.37], Glover: [44.67, -72.21], Barton: [44.75, -72.18], Irasburg: [44.81, -72.28], "Jay Peak": [44.92, -72.53] },
		notPlaces: ["Lake Region Union High School","North Country Union High School","North Country","Lake Region"]
	},
	{
		genre: 'local',
		text: "Market report. WOODWARD — Woodward Livestock Auction sold 3,412 head Tuesday; steer calves were steady to $5 higher. Representative sales: Dale Shattuck, Arnett, 42 steers, 548 lb, $3.96; Roy and Joan Vici, Mooreland, 18 heifers, 602 lb, $3.41; Freedom Cattle Co., Freedom, 61 steers, 710 lb, $3.22; Gage Brothers, Fort Supply, 25 heifers, 455 lb, $3.88; Clint May, Laverne, 12 bulls, 880 lb, $2.71; Kim Sharon, Seiling, 6 steers, 515 lb, $4.02; Tom Camargo, Leedey, 30 cows, $1,640 a head. Buyers came from as far as Dodge City, Kansas, and Amarillo, Texas. Next sale Tuesday; the Buffalo sale barn holds its bred-cow sale Saturday.",
		gold: { WOODWARD: [36.43, -99.39], Arnett: [36.14, -99.77], Mooreland: [36.44, -99.2], Freedom: [36.81, -99.13], "Fort Supply": [36.57, -99.57], Laverne: [36.71, -99.89], Seiling: [36.15, -98.92], Leedey: [35.87, -99.35], "Dodge City": [37.75, -100.02], Kansas: [38.5, -98.4], Amarillo: [35.22, -101.83], Texas: [31, -99], Buffalo: [36.84, -99.63] },
		notPlaces: ["Woodward Livestock Auction","Dale Shattuck","Shattuck","Roy and Joan Vici","Joan Vici","Vici","Freedom Cattle Co.","Gage Brothers","Gage","Clint May","May","Kim Sharon","Sharon","Tom Camargo","Camargo"]
	},
	{
		genre: 'local',
		text: "Wrestling. Hi-Line Invitational at Havre, team scores: 1. Havre 182; 2. Glasgow 150; 3. Malta 131; 4. Chinook 98; 5. Harlem 77; 6. Shelby 60; 7. Cut Bank 51; 8. Big Sandy 44; 9. Chester-Joplin-Inverness 30. Champions: 103 — Brody Kremlin (Chinook) pinned Ty Zurich (Harlem), 1:12. 120 — Cody Lothair (Shelby) dec. Jace Loring (Malta), 7-3. 145 — Wade Hingham (Big Sandy) major dec. Luke Dodson (Glasgow), 12-2. 170 — Tate Rudyard (Havre) pinned Eli Saco (Cut Bank), 3:40. Next: the Blue Ponies travel to Wolf Point on Saturday; the state meet is in Billings in February.",
		gold: { Havre: [48.55, -109.68], Glasgow: [48.2, -106.64], Malta: [48.36, -107.87], Chinook: [48.59, -109.23], Harlem: [48.53, -108.78], Shelby: [48.51, -111.86], "Cut Bank": [48.63, -112.33], "Big Sandy": [48.18, -110.11], Chester: [48.51, -110.97], Joplin: [48.65, -110.79], Inverness: [48.59, -110.69], "Wolf Point": [48.09, -105.64], Billings: [45.78, -108.5] },
		notPlaces: ["Brody Kremlin","Kremlin","Ty Zurich","Zurich","Cody Lothair","Lothair","Jace Loring","Loring","Wade Hingham","Hingham","Luke Dodson","Dodson","Tate Rudyard","Rudyard","Eli Saco","Saco","Blue Ponies","Hi-Line"]
	},
	{
		genre: 'local',
		text: "Road notices. The Indiana Department of Transportation announced these closures for the week. State Road 37 will narrow to one lane between Orleans and Paoli for bridge deck work. State Road 56 closes Monday between French Lick and West Baden Springs for a culvert replacement; the detour follows State Road 145 through Jasper. In Dubois County, the U.S. 231 bypass at Huntingburg reopens Friday. Crews will patch State Road 66 from Tell City to Cannelton, and State Road 545 between Ferdinand and Santa Claus closes Wednesday for paving. In Perry County, the river roads at Troy and Rome are under a flood watch. State Road 64 at English and Marengo will see shoulder work. Drivers headed to Louisville should use Interstate 64.",
		gold: { Orleans: [38.66, -86.45], Paoli: [38.56, -86.47], "French Lick": [38.55, -86.62], "West Baden Springs": [38.57, -86.61], Jasper: [38.39, -86.93], "Dubois County": [38.37, -86.87], Huntingburg: [38.3, -86.95], "Tell City": [37.95, -86.77], Cannelton: [37.91, -86.74], Ferdinand: [38.22, -86.86], "Santa Claus": [38.12, -86.91], "Perry County": [38.05, -86.64], Troy: [38.03, -86.8], Rome: [37.94, -86.53], English: [38.33, -86.46], Marengo: [38.37, -86.34], Louisville: [38.25, -85.76] },
		notPlaces: ["Indiana Department of Transportation","State Road 37","State Road 56","State Road 145","State Road 66","State Road 545","State Road 64","Interstate 64"]
	},
	{
		genre: 'local',
		text: "Snowfall totals. Reports from National Weather Service spotters through 7 a.m. Sunday, in inches: Dunseith 12.5; Bottineau 11.2; Westhope 10.0; Rugby 9.5; Rolla 9.0; Towner 8.8; Belcourt 8.3; Minot 7.0; Velva 6.4; Kenmare 6.1; Langdon 5.5; Devils Lake 4.2; Harvey 3.8; Carrington 2.0. Highs Monday will reach only 4 at Williston, 12 at Bismarck and 15 at Jamestown. The Turtle Mountains could see another 3 inches Tuesday.",
		gold: { Dunseith: [48.81, -100.06], Bottineau: [48.83, -100.45], Westhope: [48.91, -101.03], Rugby: [48.37, -100], Rolla: [48.86, -99.62], Towner: [48.35, -100.41], Belcourt: [48.84, -99.74], Minot: [48.23, -101.3], Velva: [48.06, -100.93], Kenmare: [48.67, -102.08], Langdon: [48.76, -98.37], "Devils Lake": [48.11, -98.87], Harvey: [47.77, -99.94], Carrington: [47.45, -99.13], Williston: [48.15, -103.62], Bismarck: [46.81, -100.78], Jamestown: [46.91, -98.71], "Turtle Mountains": [48.95, -100.1] },
		notPlaces: ["National Weather Service"]
	},
	{
		genre: 'local',
		text: "Planning agenda. The Kerr County Planning and Zoning Commission meets at 9 a.m. Thursday in Kerrville. 1. Replat of 40 acres off Highway 27 between Center Point and Comfort for Guadalupe Land Surveying. 2. Variance for an RV park on the Guadalupe River west of Ingram; applicant Carla Medina of Bandera. 3. Subdivision plat, 12 lots near Mountain Home; engineer Tom Kendall of Boerne. 4. Request of the Hunt Volunteer Fire Department for a second station. 5. Comment on a gravel pit near Harper in Gillespie County, which Fredericksburg residents oppose. Tabled: a wedding venue near Sisterdale and the widening of the Junction Highway.",
		gold: { "Kerr County": [30.04, -99.4], Kerrville: [30.05, -99.14], "Center Point": [29.94, -99.04], Comfort: [29.97, -98.91], "Guadalupe River": [30.05, -99.2], Ingram: [30.08, -99.24], Bandera: [29.73, -99.07], "Mountain Home": [30.17, -99.48], Boerne: [29.79, -98.73], Hunt: [30, -99.48], Harper: [30.3, -99.24], "Gillespie County": [30.31, -99], Fredericksburg: [30.28, -98.87], Sisterdale: [29.97, -98.72] },
		notPlaces: ["Guadalupe Land Surveying","Carla Medina","Medina","Tom Kendall","Kendall","Junction Highway","Highway 27"]
	},
	{
		genre: 'local',
		text: "Funeral notices. Marie Guidry Broussard, 84, of Church Point: Mass at 10 a.m. Saturday at Our Lady of the Sacred Heart Catholic Church, burial in the church cemetery. Lloyd \"Boo\" Hebert, 71, of Iota, a rice farmer who drove an Acadia Parish school bus for 30 years: services Friday at St. Francis Catholic Church in Iota. Annie Mae Scott, 92, of Eunice: visitation at Ardoin's Funeral Home, burial in Basile. Joseph Kaplan Landry, 66, of Rayne, retired from the Crowley rice mill: services in Rayne, burial at Duson. Rita Jennings Fontenot, 79, of Mamou, survived by sons in Ville Platte and Lake Charles and a daughter in Houston: rosary Thursday in Mamou. Ernest Welsh, 88, of Erath, a Navy veteran of Korea: services in Abbeville with military honors.",
		gold: { "Church Point": [30.4, -92.22], Iota: [30.33, -92.5], "Acadia Parish": [30.27, -92.41], Eunice: [30.49, -92.42], Basile: [30.49, -92.6], Rayne: [30.23, -92.27], Crowley: [30.21, -92.37], Duson: [30.24, -92.19], Mamou: [30.63, -92.42], "Ville Platte": [30.69, -92.27], "Lake Charles": [30.21, -93.2], Houston: [29.76, -95.36], Erath: [29.96, -92.04], Korea: [36.5, 127.8], Abbeville: [29.97, -92.13] },
		notPlaces: ["Marie Guidry Broussard","Broussard","Annie Mae Scott","Scott","Joseph Kaplan Landry","Kaplan","Rita Jennings Fontenot","Jennings","Ernest Welsh","Welsh","Our Lady of the Sacred Heart Catholic Church","St. Francis Catholic Church","Ardoin's Funeral Home"]
	},
	{
		genre: 'local',
		text: "Fishing report. Ice is forming on the small lakes of Vilas and Oneida counties, but no ice is safe yet. Guides at Minocqua say walleyes bite at dusk below the Rainbow Flowage dam. Trout Lake near Boulder Junction is still open. Musky anglers on the Eagle River chain found fish off the weed edges, and a 48-inch fish came from Catfish Lake. Near Mercer, the Turtle-Flambeau Flowage skimmed over Monday. Bait shops in Woodruff, Sayner and Three Lakes report steady sales of tip-ups. Bluegills are biting on Pelican Lake south of Rhinelander. In Iron County, the Hurley snowmobile trails open Dec. 15 if snow allows; the Presque Isle and Manitowish Waters clubs have groomed.",
		gold: { Vilas: [45.98, -89.36], Oneida: [45.73, -89.4], Minocqua: [45.87, -89.76], "Rainbow Flowage": [45.83, -89.5], "Trout Lake": [46.04, -89.67], "Boulder Junction": [46.11, -89.63], "Eagle River": [45.92, -89.24], "Catfish Lake": [45.93, -89.23], Mercer: [46.17, -90.06], "Turtle-Flambeau Flowage": [46.07, -90.17], Woodruff: [45.9, -89.7], Sayner: [45.99, -89.52], "Three Lakes": [45.8, -89.16], "Pelican Lake": [45.5, -89.18], Rhinelander: [45.64, -89.41], "Iron County": [46.34, -90.29], Hurley: [46.45, -90.19], "Presque Isle": [46.2, -89.74], "Manitowish Waters": [46.16, -89.85] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "Election results. Unofficial town results from the St. Lawrence County Board of Elections. Madrid supervisor: Joe Waddington 412, Ann Louisville 198. Lisbon town justice: Ray Fine, unopposed. Norfolk council (two seats): Sue Brasher 380, Dale Pierrepont 351, Mike Fowler 202. Hammond highway superintendent: Bill DeKalb 166, Roy Rossie 120. Russell supervisor: Carol Edwards, 240. Hermon clerk: Tina Clare, 98. Colton's proposition to sell the old town barn passed 211-87. In Massena, voters returned the village trustees; Canton and Potsdam had no contested races. An Ogdensburg city council seat goes to a recount. Turnout in Gouverneur was 31 percent.",
		gold: { "St. Lawrence County": [44.58, -75.11], Madrid: [44.75, -75.13], Lisbon: [44.72, -75.27], Norfolk: [44.8, -74.99], Hammond: [44.45, -75.67], Russell: [44.38, -75.1], Hermon: [44.44, -75.2], Colton: [44.5, -74.93], Massena: [44.93, -74.89], Canton: [44.6, -75.17], Potsdam: [44.67, -74.98], Ogdensburg: [44.69, -75.49], Gouverneur: [44.34, -75.46] },
		notPlaces: ["Joe Waddington","Waddington","Ann Louisville","Louisville","Ray Fine","Fine","Sue Brasher","Brasher","Dale Pierrepont","Pierrepont","Mike Fowler","Fowler","Bill DeKalb","DeKalb","Roy Rossie","Rossie","Carol Edwards","Edwards","Tina Clare","Clare"]
	},
	{
		genre: 'local',
		text: "Fire and rescue calls. Central Oregon Coast Fire & Rescue answered 61 calls last week. Monday, a chimney fire on Highway 34 east of Waldport; crews from Tidewater assisted. Tuesday, a sneaker wave knocked a visitor off the rocks at Seal Rock; he was taken to Samaritan Pacific Communities Hospital in Newport. Wednesday, a crash on U.S. 101 between Yachats and Waldport closed both lanes for an hour. North Lincoln Fire & Rescue reported a house fire in Otis and a beach rescue at Gleneden Beach. Toledo firefighters cleared a log-truck rollover on the Siletz Highway near Siletz. In Tillamook County, Nestucca Fire covered a crash at Cloverdale and a fall at Pacific City.",
		gold: { Waldport: [44.43, -124.07], Tidewater: [44.41, -123.91], "Seal Rock": [44.49, -123.96], Newport: [44.64, -124.05], Yachats: [44.31, -124.1], Otis: [45.01, -123.93], "Gleneden Beach": [44.88, -124.03], Toledo: [44.62, -123.94], Siletz: [44.72, -123.92], "Tillamook County": [45.49, -123.67], Cloverdale: [45.29, -123.84], "Pacific City": [45.2, -123.96] },
		notPlaces: ["Central Oregon Coast Fire & Rescue","Samaritan Pacific Communities Hospital","North Lincoln Fire & Rescue","North Lincoln","Nestucca Fire","Siletz Highway","Highway 34"]
	},
	{
		genre: 'local',
		text: "Rodeo results from the Kit Carson County Fair and Rodeo in Burlington. Bareback riding: 1. Trey Holly, Cheyenne Wells, 81 points; 2. Cody Walsh, Eads, 77. Saddle bronc: 1. Wade Sterling, Limon, 79. Tie-down roping: 1. Jace Brush, Akron, 9.2 seconds; 2. Luke Kirk, Haxtun, 10.1. Breakaway: 1. Kaylee Lamar, Hugo, 2.8. Barrel racing: 1. Addison Wray, Flagler, 16.02; 2. Jenna Otis, Stratton, 16.30. Team roping: Ty Ordway, Holyoke, and Clay Vona, Seibert, 6.1. All-around: Trey Holly of Cheyenne Wells. The Kiowa County fair in Eads is next.",
		gold: { "Kit Carson County": [39.3, -102.52], Burlington: [39.31, -102.27], "Cheyenne Wells": [38.82, -102.35], Eads: [38.48, -102.78], Limon: [39.26, -103.69], Akron: [40.16, -103.21], Haxtun: [40.64, -102.63], Hugo: [39.14, -103.47], Flagler: [39.29, -103.07], Stratton: [39.3, -102.6], Holyoke: [40.58, -102.3], Seibert: [39.32, -102.88], "Kiowa County": [38.44, -103.06] },
		notPlaces: ["Trey Holly","Holly","Cody Walsh","Walsh","Wade Sterling","Sterling","Jace Brush","Brush","Luke Kirk","Kirk","Kaylee Lamar","Lamar","Addison Wray","Wray","Jenna Otis","Otis","Ty Ordway","Ordway","Clay Vona","Vona"]
	},
	{
		genre: 'local',
		text: "School board. WARSAW — The Richmond County School Board voted 4-1 Monday to ask the supervisors for two more bus drivers after parents in Farnham and Sharps said buses reach them after 7:30. The board agreed to share a career and technical program with Westmoreland County, whose students would ride from Montross and Colonial Beach. Lancaster County's board, meeting the same night in Kilmarnock, approved a new roof for Lancaster Middle School and a spring field trip to Jamestown. Northumberland's board met in Heathsville and set a hearing on closing the Callao office. Board member the Rev. James Irvington of Lively asked for better internet service in White Stone and Reedville.",
		gold: { WARSAW: [37.96, -76.76], "Richmond County": [37.94, -76.72], Farnham: [37.87, -76.6], Sharps: [37.82, -76.7], "Westmoreland County": [38.11, -76.8], Montross: [38.1, -76.83], "Colonial Beach": [38.25, -76.96], "Lancaster County": [37.73, -76.46], Kilmarnock: [37.71, -76.38], Lancaster: [37.77, -76.47], Jamestown: [37.22, -76.78], Northumberland: [37.88, -76.44], Heathsville: [37.92, -76.47], Callao: [37.98, -76.57], Lively: [37.77, -76.51], "White Stone": [37.69, -76.36], Reedville: [37.86, -76.28] },
		notPlaces: ["James Irvington","Irvington"]
	},
	{
		genre: 'local',
		text: "Community calendar. Saturday: Tiger — The Tiger Community Club pancake breakfast, 7 to 10 a.m. Clayton — Rabun County Library story hour, 10 a.m. Helen — Christmas market along Main Street, noon to 6. Cornelia — The Habersham chamber's tree lighting at the Big Red Apple, 6 p.m. Sunday: Demorest — Piedmont University choir concert, 3 p.m. Dillard — Open house at the fire hall. Monday: Hiawassee — Towns County commissioners meet, 6 p.m. Young Harris — Senior supper at the college. Tuesday: Clarkesville — Habersham County school board work session. Wednesday: Blairsville — Union County farmers market winter sale. Thursday: Tallulah Falls — A ranger-led hike to the gorge floor; meet at the Jane Hurt Yarn center.",
		gold: { Tiger: [34.82, -83.43], Clayton: [34.88, -83.4], "Rabun County": [34.86, -83.45], Helen: [34.7, -83.73], Cornelia: [34.51, -83.53], Habersham: [34.66, -83.55], Demorest: [34.57, -83.55], Dillard: [34.98, -83.32], Hiawassee: [34.95, -83.76], "Towns County": [34.9, -83.73], "Young Harris": [34.93, -83.85], Clarkesville: [34.61, -83.52], "Habersham County": [34.66, -83.55], Blairsville: [34.88, -83.96], "Union County": [34.82, -83.98], "Tallulah Falls": [34.74, -83.4] },
		notPlaces: ["Big Red Apple","Piedmont University","Jane Hurt Yarn","Main Street"]
	},
	{
		genre: 'local',
		text: "Property transfers recorded in the Essex County clerk's office. Keene — Lewis Family Trust to Mark and Dana Wells, 3.2 acres on Alstead Hill Road, $240,000. Jay — Estate of Minerva Stone to Ausable River Homes LLC, house on Route 9N, $189,000. Wilmington — Robert Chesterfield to Whiteface Rentals LLC, condominium, $312,000. Westport — Town of Westport to the Westport Library Association, lot on Main Street, $1. Lake Placid — Olympic Regional Development Authority to the village, 0.4 acre, $0. Ticonderoga — Paul and Sue Moriah to Jennifer Hague, house on Montcalm Street, $145,000. Schroon Lake — Brant Lake Camp Inc. to Schroon Lake Park District, 1.1 acres, $55,000. North Hudson — Frontier Town LLC to New York State, 12 acres, $0. Elizabethtown — Essex County to Adirondack Habitat for Humanity, lot on Court Street, $1.",
		gold: { "Essex County": [44.16, -73.7], Keene: [44.26, -73.79], Jay: [44.37, -73.72], Wilmington: [44.39, -73.82], Westport: [44.18, -73.44], "Lake Placid": [44.28, -73.98], Ticonderoga: [43.85, -73.42], "Schroon Lake": [43.84, -73.76], "North Hudson": [43.99, -73.71], "New York State": [42.9, -75.5], Elizabethtown: [44.22, -73.59] },
		notPlaces: ["Lewis Family Trust","Lewis","Mark and Dana Wells","Dana Wells","Wells","Minerva Stone","Minerva","Ausable River Homes LLC","Robert Chesterfield","Chesterfield","Whiteface Rentals LLC","Westport Library Association","Olympic Regional Development Authority","Paul and Sue Moriah","Sue Moriah","Moriah","Jennifer Hague","Hague","Brant Lake Camp","Schroon Lake Park District","Frontier Town LLC","Frontier Town","Adirondack Habitat for Humanity","Alstead Hill Road","Montcalm Street","Court Street","Main Street"]
	},
	{
		genre: 'local',
		text: "Public sales in Lancaster County. Saturday, Dec. 13: Real estate and antiques, 9 a.m., 4410 Old Philadelphia Pike, Gap; Ephrata auctioneer Levi Stauffer. Also Saturday: Farm equipment of the late Amos King, Belmont Road, Paradise; lunch by the Gordonville fire company ladies. Monday, Dec. 15: Benefit sale for the Bird-in-Hand fire company at the New Holland sales stables. Tuesday: Quilts and crafts at the Intercourse community hall. Thursday: Horses and tack, 10 a.m., at the Leola produce auction. Saturday, Dec. 20: Estate of Ruth Columbia, 55 Market Street, Marietta; household goods and a 1950s Farmall tractor. Terms cash or good check. Christmas trains run all month from Strasburg.",
		gold: { "Lancaster County": [40.01, -76.33], Gap: [39.99, -76.02], Ephrata: [40.18, -76.18], Paradise: [40.01, -76.13], Gordonville: [40.02, -76.13], "Bird-in-Hand": [40.06, -76.18], "New Holland": [40.1, -76.09], Intercourse: [40.04, -76.1], Leola: [40.09, -76.18], Marietta: [40.06, -76.55], Strasburg: [39.98, -76.18] },
		notPlaces: ["Old Philadelphia Pike","Levi Stauffer","Amos King","Belmont Road","Ruth Columbia","Columbia","Market Street","Farmall"]
	},
	{
		genre: 'local',
		text: "Police blotter, from the Sanpete County Sheriff's Office and the Ephraim and Manti police departments. Dec. 1 — A horse trailer was reported stolen from a ranch west of Wales. Dec. 2 — A Moroni man, 33, was arrested for DUI on State Route 132 near Fountain Green. Dec. 3 — Ephraim police took a report of a stolen bicycle at Snow College. Dec. 4 — A rollover on U.S. 89 between Fairview and Mount Pleasant sent two people to Sanpete Valley Hospital. Dec. 5 — Juveniles were cited for vandalism at the Spring City park. Dec. 6 — Gunnison and Centerfield residents reported a phone scam. Dec. 7 — A deer was struck near Mayfield; the driver, a Sterling man, 70, was unhurt. Dec. 8 — Manti police assisted the Utah Highway Patrol at a crash in Salina, across the county line.",
		gold: { "Sanpete County": [39.44, -111.66], Ephraim: [39.36, -111.59], Manti: [39.27, -111.64], Wales: [39.49, -111.63], Moroni: [39.52, -111.59], "Fountain Green": [39.63, -111.64], Fairview: [39.63, -111.44], "Mount Pleasant": [39.55, -111.46], "Spring City": [39.48, -111.5], Gunnison: [39.16, -111.82], Centerfield: [39.13, -111.82], Mayfield: [39.11, -111.71], Sterling: [39.19, -111.69], Salina: [38.96, -111.86] },
		notPlaces: ["Snow College","Sanpete Valley Hospital","Utah Highway Patrol","State Route 132"]
	},
	{
		genre: 'local',
		text: "Basketball standings. District 1-2A boys: Wellington 5-0; Clarendon 4-1; Memphis 3-2; Quanah 2-3; Shamrock 1-4; Wheeler 0-5. District 2-1A girls: Nazareth 6-0; Happy 5-1; Hart 3-3; Claude 2-4; Groom 1-5; Vega 1-5. Friday: Memphis at Wellington; Shamrock at Clarendon; Happy at Nazareth; Groom vs. Claude at Claude. Saturday: Canadian hosts Miami in a non-district game, and Panhandle plays White Deer at West Texas A&M in Canyon. Scoring leaders: Kyler Dimmitt, Clarendon, 21.4 points a game; Addie Tulia, Happy, 17.0.",
		gold: { Wellington: [34.86, -100.21], Clarendon: [34.94, -100.89], Memphis: [34.72, -100.53], Quanah: [34.3, -99.74], Shamrock: [35.21, -100.25], Wheeler: [35.45, -100.27], Nazareth: [34.54, -102.11], Happy: [34.74, -101.85], Hart: [34.39, -102.12], Claude: [35.11, -101.36], Groom: [35.2, -101.11], Vega: [35.24, -102.43], Canadian: [35.91, -100.38], Miami: [35.69, -100.64], Panhandle: [35.35, -101.38], "White Deer": [35.44, -101.17], Canyon: [34.98, -101.92] },
		notPlaces: ["West Texas A&M","Kyler Dimmitt","Dimmitt","Addie Tulia","Tulia"]
	},
	{
		genre: 'local',
		text: "Business briefs. Thumb National Bank and Trust of Pigeon will open its seventh branch next month in Caseville, in the old hardware store. Huron County's biggest employer, the sugar plant in Sebewaing, says its beet harvest ended a week early. Bad Axe's Thumb Cellars won a gold medal in Lansing for its Riesling. The Walbro plant in Cass City will add 40 jobs. In Port Austin, the Bank Street bakery was sold to Harbor Beach native Dana Elkton, who plans to reopen it in April. Kinde's grain elevator, the Ubly Co-op, has new owners from Saginaw. In Caro, the new wing of the Tuscola County Medical Care Facility opens in May.",
		gold: { Pigeon: [43.83, -83.27], Caseville: [43.94, -83.27], "Huron County": [43.89, -83.12], Sebewaing: [43.73, -83.45], "Bad Axe": [43.8, -83], Lansing: [42.73, -84.56], "Cass City": [43.6, -83.17], "Port Austin": [44.05, -82.99], "Harbor Beach": [43.84, -82.65], Kinde: [43.95, -82.98], Ubly: [43.71, -82.93], Saginaw: [43.42, -83.95], Caro: [43.49, -83.4], "Tuscola County": [43.46, -83.46] },
		notPlaces: ["Thumb National Bank and Trust","Thumb Cellars","Walbro","Dana Elkton","Elkton","Bank Street","Tuscola County Medical Care Facility"]
	},
	{
		genre: 'local',
		text: "Public notices. The Dallas County Commission will hold a public hearing at 10 a.m. Dec. 22 at the courthouse in Selma on closing a section of County Road 45 between Orrville and Safford. The Perry County Board of Education will meet in Marion to consider selling the old Uniontown school. The City of Demopolis gives notice of a water rate increase for customers in Marengo County outside the city limits, including Faunsdale. The Hale County Probate Court in Greensboro gives notice of the estate of Willie Mae Camden, late of Akron. The Sumter County Commission in Livingston takes bids on a motor grader until Jan. 5. Greene County residents may pick up sandbags in Eutaw.",
		gold: { "Dallas County": [32.36, -87.08], Selma: [32.41, -87.02], Orrville: [32.29, -87.22], Safford: [32.3, -87.37], "Perry County": [32.62, -87.3], Marion: [32.63, -87.32], Uniontown: [32.45, -87.51], Demopolis: [32.52, -87.84], "Marengo County": [32.28, -87.83], Faunsdale: [32.42, -87.62], "Hale County": [32.73, -87.71], Greensboro: [32.7, -87.6], Akron: [32.86, -87.72], "Sumter County": [32.67, -88.08], Livingston: [32.58, -88.19], "Greene County": [32.78, -87.94], Eutaw: [32.84, -87.89] },
		notPlaces: ["Willie Mae Camden","Camden","County Road 45"]
	}
];

export const HELD_OUT_US_LOCAL_S55_B: GenreText[] = [
	{
		genre: 'local',
		text: "Obituaries. MILLERSBURG — Ada Mae (Hershberger) Berlin, 88, of Walnut Creek died Dec. 1 at Pomerene Hospital. She was born near Charm to Eli and Katie Hershberger and was a member of the Farmerstown Mennonite Church. She baked for the Winesburg bakery for 25 years. Surviving are her children, Ruth Baltic of Sugarcreek, Paul Berlin of Mount Hope and Esther Loudon of Kidron; a sister in Shipshewana, Ind.; and 31 grandchildren. She was preceded in death by her husband, Levi Berlin, and a son who died in Sarasota, Fla. Services are Saturday at Killbuck, with burial in the Weaver cemetery near Holmesville.",
		gold: { MILLERSBURG: [40.55, -81.92], "Walnut Creek": [40.54, -81.72], Charm: [40.5, -81.78], Farmerstown: [40.47, -81.73], Winesburg: [40.62, -81.7], Sugarcreek: [40.5, -81.64], "Mount Hope": [40.62, -81.78], Kidron: [40.74, -81.74], Shipshewana: [41.67, -85.58], "Ind.": [40, -86.1], Sarasota: [27.34, -82.53], "Fla.": [28.6, -82.4], Killbuck: [40.5, -81.98], Holmesville: [40.63, -81.93] },
		notPlaces: ["Ada Mae (Hershberger) Berlin","Berlin","Paul Berlin","Levi Berlin","Ruth Baltic","Baltic","Esther Loudon","Loudon","Pomerene Hospital","Farmerstown Mennonite Church","Eli and Katie Hershberger"]
	},
	{
		genre: 'local',
		text: "School closings for Wednesday. The following Berkshire County districts are closed: Lee, Lenox, Richmond Consolidated, Farmington River Regional (Otis and Sandisfield), Central Berkshire (Becket, Dalton, Hinsdale, Windsor, Cummington). Delayed two hours: Adams-Cheshire, Florida's Abbott Memorial School, Savoy Elementary, Southern Berkshire (Sheffield, Egremont, Monterey, New Marlborough). Pittsfield public schools open on time. Berkshire Community College opens at 10. The Great Barrington transfer station is closed; the Stockbridge town hall opens at noon. Williamstown and North Adams have not announced.",
		gold: { "Berkshire County": [42.38, -73.12], Lee: [42.3, -73.25], Lenox: [42.36, -73.28], Richmond: [42.37, -73.37], Otis: [42.19, -73.09], Sandisfield: [42.11, -73.14], Becket: [42.33, -73.08], Dalton: [42.47, -73.17], Hinsdale: [42.44, -73.13], Windsor: [42.51, -73.06], Cummington: [42.46, -72.89], Adams: [42.62, -73.12], Cheshire: [42.56, -73.16], Florida: [42.67, -73.01], Savoy: [42.57, -73.03], Sheffield: [42.11, -73.36], Egremont: [42.17, -73.43], Monterey: [42.18, -73.21], "New Marlborough": [42.12, -73.23], Pittsfield: [42.45, -73.25], "Great Barrington": [42.2, -73.36], Stockbridge: [42.29, -73.32], Williamstown: [42.71, -73.2], "North Adams": [42.7, -73.11] },
		notPlaces: ["Farmington River Regional","Farmington River","Central Berkshire","Southern Berkshire","Abbott Memorial School","Berkshire Community College"]
	},
	{
		genre: 'local',
		text: "Sale barn report. PHILIP — Philip Livestock Auction ran 5,210 yearlings and calves Tuesday. Steers: Rusty Kadoka, Midland, 88 blk str, 612 lb, $3.89; Wall Ranch Co., Wall, 140 blk-bwf str, 745 lb, $3.35; Jim and Deb Murdo, Interior, 62 str, 520 lb, $4.18. Heifers: Casey Faith, Union Center, 77 hfr, 598 lb, $3.55; Lyle Presho, Dupree, 45 hfr, 640 lb, $3.40; Hermosa Angus, Hermosa, 30 hfr, 585 lb, $3.61. Bred cows: Ty Newell, Belle Fourche, 18 cows, $2,950. Buyers from Nebraska and Iowa were active. The Faith sale barn holds its feeder special Friday, and the Kadoka barn is dark until January.",
		gold: { PHILIP: [44.04, -101.67], Midland: [44.07, -101.16], Wall: [43.99, -102.24], Interior: [43.73, -101.96], "Union Center": [44.65, -102.73], Dupree: [45.05, -101.6], Hermosa: [43.82, -103.21], "Belle Fourche": [44.67, -103.85], Nebraska: [41.5, -99.8], Iowa: [42, -93.5], Faith: [44.99, -102.05], Kadoka: [43.83, -101.51] },
		notPlaces: ["Philip Livestock Auction","Rusty Kadoka","Wall Ranch Co.","Jim and Deb Murdo","Deb Murdo","Murdo","Casey Faith","Lyle Presho","Presho","Hermosa Angus","Ty Newell","Newell"]
	},
	{
		genre: 'local',
		text: "Wrestling. Iron Range Duals at Hibbing, final standings: 1. Mesabi East 5-0; 2. Virginia 4-1; 3. Hibbing 3-2; 4. Ely 2-3; 5. Eveleth-Gilbert 1-4; 6. Mountain Iron-Buhl 0-5. Virginia 39, Hibbing 30: At 132, Jake Chisholm of Virginia pinned Aaron Cook in 2:10. At 152, Brady Orr of Hibbing won by tech fall over Nate Tower, 17-2. Ely 36, Eveleth-Gilbert 33: Ely's Sam Babbitt won the deciding match at heavyweight. The Blue Devils host Grand Rapids and Cloquet on Thursday; the section tournament is at Duluth in February.",
		gold: { Hibbing: [47.43, -92.94], Virginia: [47.52, -92.54], Ely: [47.9, -91.87], Eveleth: [47.46, -92.54], Gilbert: [47.49, -92.46], "Mountain Iron": [47.53, -92.62], Buhl: [47.49, -92.78], "Grand Rapids": [47.24, -93.53], Cloquet: [46.72, -92.46], Duluth: [46.78, -92.11] },
		notPlaces: ["Mesabi East","Jake Chisholm","Chisholm","Aaron Cook","Cook","Brady Orr","Orr","Nate Tower","Tower","Sam Babbitt","Babbitt","Blue Devils","Iron Range"]
	},
	{
		genre: 'local',
		text: "Road report. The Arkansas Department of Transportation lists these projects for the week. Highway 7 between Jasper and Harrison: flaggers and 15-minute delays for rock-fall cleanup. Highway 43 at Ponca: one lane at the Buffalo River bridge. Highway 74 east of Jasper toward Mount Judea is closed to trucks over 10 tons. In Searcy County, Highway 65 is being widened between Marshall and St. Joe. Highway 14 at Yellville and Highway 62 at Flippin have lane closures for utility work. Highway 5 into Mountain Home is down to one lane at the Norfork Lake bridge. Expect slow traffic in Western Grove and Everton.",
		gold: { Jasper: [36.01, -93.19], Harrison: [36.23, -93.11], Ponca: [36.02, -93.36], "Buffalo River": [36.08, -92.6], "Mount Judea": [35.94, -93.07], "Searcy County": [35.93, -92.73], Marshall: [35.91, -92.63], "St. Joe": [35.99, -92.79], Yellville: [36.23, -92.68], Flippin: [36.28, -92.6], "Mountain Home": [36.34, -92.39], "Norfork Lake": [36.25, -92.24], "Western Grove": [36.08, -92.97], Everton: [36.15, -92.91] },
		notPlaces: ["Arkansas Department of Transportation","Highway 7","Highway 43","Highway 74","Highway 65","Highway 14","Highway 62","Highway 5"]
	},
	{
		genre: 'local',
		text: "Snow and cold. Snow totals through Monday morning, from CoCoRaHS observers: Bonners Ferry 14 inches; Moyie Springs 13; Naples 12; Sandpoint 10; Hope 9; Clark Fork 9; Priest River 8; Spirit Lake 7; Athol 6; Rathdrum 5; Coeur d'Alene 4; Kellogg 6; Wallace 8; Mullan 11; St. Maries 3. Lookout Pass reported 22 inches and Schweitzer 18. Low temperatures Tuesday night: 2 below at Bonners Ferry and zero at Sandpoint. Avalanche danger is high above Burke Canyon.",
		gold: { "Bonners Ferry": [48.69, -116.32], "Moyie Springs": [48.73, -116.19], Naples: [48.6, -116.32], Sandpoint: [48.28, -116.55], Hope: [48.24, -116.28], "Clark Fork": [48.15, -116.18], "Priest River": [48.18, -116.91], "Spirit Lake": [47.97, -116.87], Athol: [47.95, -116.71], Rathdrum: [47.81, -116.9], "Coeur d'Alene": [47.68, -116.78], Kellogg: [47.54, -116.12], Wallace: [47.47, -115.93], Mullan: [47.47, -115.8], "St. Maries": [47.31, -116.56], "Lookout Pass": [47.46, -115.7], Schweitzer: [48.37, -116.62], "Burke Canyon": [47.52, -115.82] },
		notPlaces: ["CoCoRaHS"]
	},
	{
		genre: 'local',
		text: "Planning commission. The Accomack County Planning Commission on Wednesday recommended approval of a 60-home subdivision on Chincoteague Road near Wattsville, over objections from Atlantic residents. Other business: a rezoning for a seafood plant expansion in Oyster; a special use permit for a campground near Wachapreague; and a solar farm on 400 acres between Parksley and Bloxom, which the Tasley and Onley volunteer fire companies asked to review. Northampton County's commission, meeting in Eastville, tabled a short-term rental rule for Cape Charles. The Pocomoke City council across the line in Maryland will take up a water contract with the town of Saxis.",
		gold: { "Accomack County": [37.77, -75.71], Chincoteague: [37.93, -75.38], Wattsville: [37.93, -75.5], Atlantic: [37.9, -75.51], Oyster: [37.29, -75.92], Wachapreague: [37.6, -75.69], Parksley: [37.78, -75.65], Bloxom: [37.83, -75.62], Tasley: [37.71, -75.7], Onley: [37.69, -75.72], "Northampton County": [37.32, -75.87], Eastville: [37.35, -75.95], "Cape Charles": [37.27, -76.02], "Pocomoke City": [38.08, -75.57], Maryland: [39, -76.7], Saxis: [37.93, -75.72] },
		notPlaces: ["Chincoteague Road"]
	},
	{
		genre: 'local',
		text: "Funeral notices. Bobby Lee Sparks, 77, of Adel: services 2 p.m. Sunday at Cook County Memorial Gardens; he farmed peanuts and cotton near Lenox for 50 years. Carolyn Tift Douglas, 81, of Nashville: services at Nashville First Baptist Church, burial at Ray City. Willie James Quitman, 64, of Moultrie, a retired Colquitt County deputy: visitation at Moultrie's Cooper Funeral Home. Mary Alma Fitzgerald, 90, of Ocilla, a teacher at Irwin County High School for 33 years: services in Ocilla. Earl Pearson Jr., 72, of Willacoochee, who served in Vietnam: graveside rites at Douglas. Family members live in Valdosta, Tifton and Jacksonville, Fla.",
		gold: { Adel: [31.14, -83.42], "Cook County": [31.18, -83.42], Lenox: [31.27, -83.46], Nashville: [31.21, -83.25], "Ray City": [31.07, -83.2], Moultrie: [31.18, -83.79], "Colquitt County": [31.16, -83.71], Ocilla: [31.59, -83.25], "Irwin County": [31.61, -83.28], Willacoochee: [31.34, -83.05], Vietnam: [16.17, 107.83], Douglas: [31.51, -82.85], Valdosta: [30.83, -83.28], Tifton: [31.45, -83.51], Jacksonville: [30.33, -81.66], "Fla.": [28.6, -82.4] },
		notPlaces: ["Bobby Lee Sparks","Sparks","Carolyn Tift Douglas","Tift","Willie James Quitman","Quitman","Mary Alma Fitzgerald","Alma","Fitzgerald","Earl Pearson Jr.","Pearson","Cook County Memorial Gardens","Nashville First Baptist Church","Cooper Funeral Home","Irwin County High School"]
	},
	{
		genre: 'local',
		text: "On the water. Ice-in on Lake Winnipesaukee is weeks away, but the coves are skimming. Smelt fishermen are setting shanties on Lake Waukewan in Meredith. Rainbows are biting at the Weirs Beach docks in Laconia, and anglers report lake trout off Wolfeboro and Alton Bay. Fish and Game will stock Newfound Lake near Bristol and the Squam lakes before Christmas. Moultonborough's town beach lot is open for ice access; Center Harbor and Tuftonboro ask anglers to stay off the Ossipee River. The Great Meadow Pond in Gilford froze Saturday. The Merrymeeting Lake boat launch in New Durham is closed until spring.",
		gold: { "Lake Winnipesaukee": [43.6, -71.32], "Lake Waukewan": [43.67, -71.53], Meredith: [43.66, -71.5], "Weirs Beach": [43.61, -71.46], Laconia: [43.53, -71.47], Wolfeboro: [43.58, -71.21], "Alton Bay": [43.48, -71.25], "Newfound Lake": [43.66, -71.78], Bristol: [43.59, -71.74], Squam: [43.77, -71.55], "Center Harbor": [43.71, -71.46], Tuftonboro: [43.7, -71.22], "Ossipee River": [43.78, -71.02], Gilford: [43.55, -71.41], "Merrymeeting Lake": [43.49, -71.17], "New Durham": [43.44, -71.17], Moultonborough: [43.75, -71.4] },
		notPlaces: ["Fish and Game","Great Meadow Pond"]
	},
	{
		genre: 'local',
		text: "Election results. Alexander, Pulaski and Union counties, unofficial: CAIRO — Mayor: Thomas Olive, 612; Anna Dongola, 590. School board: Karen Tamms, Dale Mounds. MOUND CITY — Alderman: Lee Ullin. Olive Branch fire district levy passed 140-96. THEBES — Trustees: Roy Villa Ridge, Eddie Grand Chain. In Union County, Jonesboro and Anna voters approved a shared police contract; Cobden's library levy failed. Massac County's Metropolis approved a riverfront plan; in Johnson County, the Vienna school referendum passed and Golconda's failed.",
		gold: { Alexander: [37.14, -89.3], Pulaski: [37.24, -89.1], Union: [37.48, -89.36], CAIRO: [37.01, -89.18], "MOUND CITY": [37.09, -89.16], "Olive Branch": [37.17, -89.35], THEBES: [37.22, -89.46], "Union County": [37.48, -89.36], Jonesboro: [37.45, -89.27], Anna: [37.46, -89.25], Cobden: [37.53, -89.25], "Massac County": [37.2, -88.72], Metropolis: [37.15, -88.73], "Johnson County": [37.39, -88.92], Vienna: [37.42, -88.9], Golconda: [37.37, -88.49] },
		notPlaces: ["Thomas Olive","Anna Dongola","Dongola","Karen Tamms","Tamms","Dale Mounds","Mounds","Lee Ullin","Ullin","Roy Villa Ridge","Villa Ridge","Eddie Grand Chain","Grand Chain"]
	},
	{
		genre: 'local',
		text: "Fire calls. Okanogan County Fire District 3 and neighboring departments: Sunday, a barn fire on Riverside Cutoff Road east of Omak destroyed 400 tons of hay; crews from Okanogan and Malott helped. Monday, a chimney fire in Tonasket. Tuesday, an ambulance call at the Oroville border crossing for a truck driver with chest pains. Wednesday, a brush fire along the river at Brewster; Pateros sent a tender. Thursday, a car fire on the Loup Loup pass; Twisp and Winthrop volunteers responded. Friday, a propane leak at the Conconully store. Saturday, a false alarm at the Riverside school.",
		gold: { "Okanogan County": [48.34, -119.91], Omak: [48.41, -119.53], Okanogan: [48.36, -119.58], Malott: [48.25, -119.75], Tonasket: [48.71, -119.44], Oroville: [48.94, -119.44], Brewster: [48.1, -119.78], Pateros: [48.05, -119.9], "Loup Loup": [48.39, -119.9], Twisp: [48.36, -120.12], Winthrop: [48.48, -120.18], Conconully: [48.55, -119.75], Riverside: [48.49, -119.58] },
		notPlaces: ["Riverside Cutoff Road","Okanogan County Fire District 3"]
	},
	{
		genre: 'local',
		text: "Rodeo results from the Niobrara County Fair in Lusk. Bareback riding: 1. Colt Wheatland, Douglas, 80 points; 2. Ty Lingle, Torrington, 76. Saddle bronc: 1. Rowdy Chugwater, Glenrock, 78. Steer wrestling: 1. Cash Guernsey, Newcastle, 4.6 seconds. Tie-down roping: 1. Dusty Kaycee, Sundance, 8.9. Goat tying: 1. Brylee Moorcroft, Upton, 7.4. Barrel racing: 1. Harley Manville, Buffalo, 16.11; 2. Tessa Van Tassell, Gillette, 16.25. The Converse County rodeo in Douglas is next weekend, and the college finals move to Casper.",
		gold: { "Niobrara County": [43.02, -104.45], Lusk: [42.76, -104.45], Douglas: [42.76, -105.38], Torrington: [42.06, -104.18], Glenrock: [42.86, -105.87], Newcastle: [43.85, -104.2], Sundance: [44.41, -104.38], Upton: [44.1, -104.63], Buffalo: [44.35, -106.7], Gillette: [44.29, -105.5], "Converse County": [42.74, -105.53], Casper: [42.87, -106.31] },
		notPlaces: ["Colt Wheatland","Wheatland","Ty Lingle","Lingle","Rowdy Chugwater","Chugwater","Cash Guernsey","Guernsey","Dusty Kaycee","Kaycee","Brylee Moorcroft","Moorcroft","Harley Manville","Manville","Tessa Van Tassell","Van Tassell"]
	},
	{
		genre: 'local',
		text: "School board. KENNETT — The Kennett 39 board approved a four-day week starting next fall, following Senath-Hornersville and Southland, whose buses run from Cardwell and Arbyrd. Board members heard that Holcomb's elementary wing needs a new boiler. In Pemiscot County, the Caruthersville board hired a superintendent from Hayti, and Cooter's board agreed to share an agriculture teacher with Steele. The New Madrid County R-1 board, meeting in New Madrid, voted to close the Lilbourn school and send pupils to Portageville and Marston. Malden and Campbell will play their football game at Gideon next year.",
		gold: { KENNETT: [36.24, -90.06], Kennett: [36.24, -90.06], Senath: [36.13, -90.16], Hornersville: [36.04, -90.11], Cardwell: [36.05, -90.29], Arbyrd: [36.05, -90.23], Holcomb: [36.4, -90.02], "Pemiscot County": [36.21, -89.75], Caruthersville: [36.19, -89.66], Hayti: [36.23, -89.75], Cooter: [36.05, -89.81], Steele: [36.08, -89.83], "New Madrid": [36.59, -89.53], Lilbourn: [36.59, -89.62], Portageville: [36.43, -89.7], Marston: [36.52, -89.61], Malden: [36.56, -89.97], Campbell: [36.49, -90.08], Gideon: [36.45, -89.92], "New Madrid County": [36.56, -89.58] },
		notPlaces: ["Southland"]
	},
	{
		genre: 'local',
		text: "Around the region this week. Monday: Cookeville — Putnam County commission, 6 p.m. Algood — Christmas parade, 6:30 p.m. Tuesday: Sparta — White County library book sale. Livingston — Overton County Chamber luncheon at the Livingston Academy cafeteria. Wednesday: Celina — Clay County quilters at the senior center. Gainesboro — Jackson County farmers co-op annual meeting. Thursday: Monterey — The Standing Stone Christmas concert at the depot. Crossville — Cumberland County Playhouse opens \"A Christmas Carol.\" Friday: Byrdstown — Pickett County tree lighting. Jamestown — Fentress County Historical Society open house. Saturday: Smithville — DeKalb County breakfast with Santa.",
		gold: { Cookeville: [36.16, -85.5], "Putnam County": [36.14, -85.46], Algood: [36.2, -85.45], Sparta: [35.93, -85.46], "White County": [35.89, -85.45], Livingston: [36.38, -85.32], "Overton County": [36.35, -85.31], Celina: [36.55, -85.51], "Clay County": [36.54, -85.5], Gainesboro: [36.36, -85.66], "Jackson County": [36.37, -85.68], Monterey: [36.15, -85.27], Crossville: [35.95, -85.03], "Cumberland County": [35.95, -85.02], Byrdstown: [36.57, -85.13], "Pickett County": [36.55, -85.04], Jamestown: [36.43, -84.93], "Fentress County": [36.34, -84.91], Smithville: [35.96, -85.81], "DeKalb County": [36, -85.82] },
		notPlaces: ["Livingston Academy","Standing Stone","Cumberland County Playhouse","Fentress County Historical Society","A Christmas Carol"]
	},
	{
		genre: 'local',
		text: "Real estate transfers, Taos County. Taos — Maria Questa and Daniel Romero to Sagebrush Holdings LLC, adobe house on Kit Carson Road, $610,000. Ranchos de Taos — Estate of Eloy Trujillo to Ana Cordova, 2 acres, $95,000. Arroyo Seco — John and Sarah Cimarron to Ski Valley Partners, lot, $180,000. Red River — Springer Family Trust to Joe Angel, cabin, $265,000. Angel Fire — Moreno Valley Ranch LLC to Lisa Eagle, condo, $199,000. Eagle Nest — Village of Eagle Nest to Enchanted Circle Trails, easement. Peñasco — Rosa Dixon to Luis Vigil, 5 acres, $70,000. Residents of Española and Santa Fe bought three of the 14 lots sold.",
		gold: { "Taos County": [36.53, -105.54], Taos: [36.41, -105.57], "Ranchos de Taos": [36.36, -105.61], "Arroyo Seco": [36.52, -105.57], "Red River": [36.67, -105.47], "Angel Fire": [36.39, -105.29], "Eagle Nest": [36.53, -105.28], "Peñasco": [36.17, -105.69], "Española": [35.99, -106.08], "Santa Fe": [35.69, -105.94] },
		notPlaces: ["Maria Questa","Questa","Daniel Romero","Sagebrush Holdings LLC","Kit Carson Road","Kit Carson","Eloy Trujillo","Ana Cordova","John and Sarah Cimarron","Sarah Cimarron","Cimarron","Ski Valley Partners","Springer Family Trust","Springer","Joe Angel","Moreno Valley Ranch LLC","Lisa Eagle","Enchanted Circle Trails","Rosa Dixon","Dixon","Luis Vigil"]
	},
	{
		genre: 'local',
		text: "Sale bills. Saturday, Dec. 13, 10 a.m.: Farm machinery of Marcus and Joyce Hull, 3 miles west of Orange City on 380th Street; auctioneer Dean Sheldon of Hospers. Monday, Dec. 15: Land auction, 160 acres in Capel Township, Sioux County, at the Sioux Center Community Center; seller the Alton Reformed Church. Tuesday: Consignment sale at the Rock Valley sale yard. Thursday: Antiques and guns of the late Harold Remsen, at the Le Mars fairgrounds. Saturday, Dec. 20: Household goods, Paullina; lunch by the Primghar Legion Auxiliary. Sales in Hawarden and Sanborn were moved to January.",
		gold: { "Orange City": [43.01, -96.06], Hospers: [43.07, -95.9], "Capel Township": [43, -96.05], "Sioux County": [43.09, -96.35], "Sioux Center": [43.08, -96.18], "Rock Valley": [43.21, -96.3], "Le Mars": [42.79, -96.17], Paullina: [42.98, -95.69], Primghar: [43.09, -95.63], Hawarden: [43, -96.49], Sanborn: [43.18, -95.66] },
		notPlaces: ["Marcus and Joyce Hull","Joyce Hull","Hull","Marcus","Dean Sheldon","Sheldon","Alton Reformed Church","Alton","Harold Remsen","Remsen","380th Street","Sioux Center Community Center"]
	},
	{
		genre: 'local',
		text: "Police report. Pennsylvania State Police at Ridgway and St. Marys city police logged these incidents: A Johnsonburg man, 27, was charged with DUI after a crash on Route 219 near Kersey. A Byrnedale woman reported a stolen chain saw. A deer-car crash on Route 555 near Benezette; the elk herd was crossing, too. Weedville and Force residents reported power lines down. A Wilcox camp was broken into. In Cameron County, troopers from Emporium investigated a theft at Driftwood. Brockway and Brookville residents were cited after a fight at a Ridgway bar. An Erie man was arrested on a warrant at the St. Marys Sheetz.",
		gold: { Ridgway: [41.42, -78.73], "St. Marys": [41.43, -78.56], Johnsonburg: [41.49, -78.68], Kersey: [41.36, -78.6], Byrnedale: [41.29, -78.51], Benezette: [41.31, -78.39], Weedville: [41.28, -78.49], Force: [41.26, -78.53], Wilcox: [41.57, -78.68], "Cameron County": [41.42, -78.21], Emporium: [41.51, -78.24], Driftwood: [41.38, -78.16], Brockway: [41.25, -78.8], Brookville: [41.16, -79.08], Erie: [42.13, -80.09] },
		notPlaces: ["Pennsylvania State Police","Route 219","Route 555","Sheetz"]
	},
	{
		genre: 'local',
		text: "Basketball standings, 1A North: boys — Eureka 7-0, Wells 5-2, Carlin 4-3, Jackpot 3-4, Owyhee 1-6, McDermitt 0-7. Girls — Carlin 6-1, Eureka 6-1, Wells 3-4, Jackpot 2-5, Owyhee 2-5. Friday: Wells at Jackpot; Carlin hosts Eureka; McDermitt at Owyhee. Saturday: Carlin plays Wells at Elko, and Pahranagat Valley travels to Tonopah. 1A South: Beatty 5-0, Round Mountain 4-1, Gabbs 2-3, Lund 1-4. Scoring leaders: Ryan Austin, Eureka, 19.8 a game; Kali Winnemucca, Carlin, 16.5.",
		gold: { Eureka: [39.51, -115.96], Wells: [41.11, -114.96], Carlin: [40.71, -116.1], Jackpot: [41.98, -114.67], Owyhee: [41.95, -116.1], McDermitt: [41.99, -117.72], Elko: [40.83, -115.76], "Pahranagat Valley": [37.4, -115.15], Tonopah: [38.07, -117.23], Beatty: [36.91, -116.76], "Round Mountain": [38.71, -117.07], Gabbs: [38.87, -117.92], Lund: [38.86, -115.01] },
		notPlaces: ["Ryan Austin","Austin","Kali Winnemucca","Winnemucca"]
	},
	{
		genre: 'local',
		text: "Business news. OXFORD — First Security Bank of Batesville opened a loan office on the Square this week. The Pontotoc furniture plant of Southern Motion will add a shift, hiring 60. In Water Valley, the old Casey Jones railroad museum building was bought by a brewery group from Tupelo. New Albany's BNA Bank broke ground on a branch in Ripley. Holly Springs' Marshall County industrial park landed a packaging firm; Houston's Chickasaw County development office says talks with a battery maker continue. Coffeeville's grocery, Bruce Brothers, closes Dec. 31 after 70 years; the owners, Tim and Amy Calhoun, will retire to Okolona.",
		gold: { OXFORD: [34.37, -89.52], Batesville: [34.31, -89.94], Pontotoc: [34.25, -89], "Water Valley": [34.15, -89.63], Tupelo: [34.26, -88.7], "New Albany": [34.49, -89.01], Ripley: [34.73, -88.95], "Holly Springs": [34.77, -89.45], "Marshall County": [34.71, -89.48], Houston: [33.9, -89], "Chickasaw County": [33.86, -88.99], Coffeeville: [33.98, -89.68], Okolona: [34, -88.76] },
		notPlaces: ["First Security Bank","Southern Motion","Casey Jones","BNA Bank","Bruce Brothers","Bruce","Tim and Amy Calhoun","Amy Calhoun","Calhoun","the Square"]
	},
	{
		genre: 'local',
		text: "Legal notices. TOWN OF WASHBURN — The selectmen will hold a public hearing Dec. 18 at 6 p.m. at the town office on a proposed moratorium on commercial solar. TOWN OF LIMESTONE — Notice of foreclosure on tax liens; list posted at the Limestone post office. CITY OF PRESQUE ISLE — Bids sought for sand and salt delivered to the public works garage; contact Mark Easton. TOWN OF MADAWASKA — The planning board meets on a shoreline permit for a camp on Long Lake near Sinclair. TOWN OF ASHLAND — Annual report photos wanted. Caribou, Van Buren and Fort Kent residents may comment by mail to the Aroostook County commissioners in Houlton. Mars Hill's budget committee meets Tuesday.",
		gold: { WASHBURN: [46.79, -68.16], LIMESTONE: [46.91, -67.83], Limestone: [46.91, -67.83], "PRESQUE ISLE": [46.68, -68.02], MADAWASKA: [47.36, -68.32], "Long Lake": [47.2, -68.23], Sinclair: [47.12, -68.32], ASHLAND: [46.63, -68.41], Caribou: [46.86, -68.01], "Van Buren": [47.16, -67.94], "Fort Kent": [47.26, -68.59], "Aroostook County": [46.68, -68.49], Houlton: [46.13, -67.84], "Mars Hill": [46.52, -67.87] },
		notPlaces: ["Mark Easton","Easton"]
	}
];

// US local news written for session 48 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s48` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Shapes the earlier batches lack, one of each in both halves, each from a region the earlier
// batches barely touch: property transfers listed by township with no state named (Ocean County, NJ: Jackson,
// Berkeley, Manchester, Stafford; Montgomery County, PA: Abington, Upper Dublin, Plymouth), statehouse notebooks naming
// members by home town and county (middle Georgia: Perry, Byron, Fort Valley; central Ohio: Delaware, Dublin,
// Marion, Galena), snow totals by town with no state (the Front Range: Louisville, Lafayette, Westminster, Aurora,
// Parker; Worcester County: Princeton, Rutland, Leicester, Sterling, Westminster), museum and library calendars (the
// Berkshires: Lenox, Stockbridge, Lee, a broadcast from London; Door County: Egg Harbor, Washington Island,
// Brussels), livestock auction reports by sale-barn town (Missouri: Kingsville, Vienna, Farmington, Carthage;
// Oklahoma: El Reno, Woodward, Ada, Beaver), farmers' markets (the Hudson Valley: Athens, Catskill, Germantown;
// Lancaster County: Intercourse, Paradise, Strasburg), tribal nations (Navajo chapters: Ganado, Chinle, Crownpoint;
// Pine Ridge: Kyle, Porcupine, Wounded Knee, Martin), college scores by town-named schools (Minnesota State, Winona
// State; Colby, Bates, Amherst, Hamilton, Middlebury as teams beside Clinton, New York), ferry notices with hyphenated
// routes (the San Juan Islands; Lake Champlain: Charlotte-Essex, Grand Isle-Plattsburgh), obituaries with survivors
// across states and abroad (Decorah; Greenville, MS; Hays; Opelousas), letters to the editor (Warren County, PA:
// Russell, Lander; St. Lawrence County, NY: Norfolk, Louisville, Canton), regional air service (northern Michigan;
// Wyoming), town meeting results with no state (New Hampshire: Warner, Hopkinton, Bradford, New London; Vermont:
// Jamaica, Londonderry, Chester, Andover), Christmas parades (the Ozarks: Clinton, Marshall, Melbourne; southern
// Kentucky: London, Albany, Jamestown), port notes (Coos Bay with Charleston, Florence, Newport; Pascagoula with
// Angola and Cuba), blood drives (southeast Iowa: Fairfield, Knoxville; Loudon County, TN: Philadelphia), ice-storm
// outages (southern Oklahoma: Marietta, Durant; the Jackson Purchase: Mayfield, Fulton, Clinton), 5K results with
// runners' home towns (central Wisconsin: Amherst, Marshfield; southern Indiana: Nashville, Franklin, Edinburgh), fire
// logs by company (Kent County, MD: Galena, Church Hill; Litchfield County: Salisbury, Kent, Cornwall, Canaan) and river
// forecasts (the Wabash; the Susquehanna and its branches).
// Gold points are the places' own coordinates, the state written from knowledge and the point checked against
// `gazette lookup NAME`; places the gazetteer lacks carry points from knowledge (a river's point is the river beside
// the text's towns). State abbreviations ("Ga.") are not graded (as in the earlier batches). Half A is for tuning;
// half B stays held out (report it before and after).
// 21 texts a half, 198 gold names in A, 197 in B. Before any change (main e95e69a + h47-uslocal's 8dfbb0b, which moves
// neither half): A 162/176 within 161 km (0.920), 25 named places not mapped, 2 names of no place mapped ("St. Mary's"
// hall as a Saint Marys town, the widow "Ora" as Ora); B 159/169 (0.941), 33 not mapped, 5 (the teams Bates, Middlebury,
// Hamilton and Amherst; "Australian ballot"). The wrong in A: Ocean County's Berkeley, Manchester and Whiting read
// elsewhere; the Missouri sale barns' Vienna, Farmington and Carthage read as other states' (no state named); Fayette,
// IA, beside Mankato and Sioux Falls; Highlandville, IA (not in the gazetteer) as Missouri's; Lander, PA (not in the
// gazetteer) as Wyoming's; Oregon's Charleston and Florence (Italy) and Winchester Bay (Winchester, England) beside Coos
// Bay, North Bend, Brookings and Newport; the Mississippi "Delta" as a Delta town; "The White River at Petersburg"
// (Indiana) as a White River town. (B's listing was seen once when both halves were scored with --all: it was not tuned on.)
// After session 48's landed rules (saint-possessives.ts; a relative "of N years"; cluster-namesakes.ts's landform by a
// short name; a state qualifier no longer reaching a bare dateline; world-sentence-cities.ts's word owner; main 791e365):
// A 162/176 (0.920; the hall "St. Mary's" and "Ora" off the map: 25 not mapped, 0 false); B, scored once at the end,
// 159/169 (0.941), 33 not mapped, 5 false. With hyphened-towns.ts's second town and route ends (landed last, main 7e123a5):
// A 164/178 (Port Townsend and Clinton of the hyphened ferry routes read), B 160/170 (Plattsburgh of "the Grand
// Isle-Plattsburgh ferry"). B's wrong: WATERVILLE and Lewiston (Maine) read as other states' beside the college teams;
// "De Kalb" and Louisville (St. Lawrence County, NY; neither in the gazetteer) as Illinois's and Kentucky's; Sheridan,
// WY, read elsewhere beside Riverton, Casper and Cody; Vermont's Londonderry (read as Australia's) and Jamaica (the
// country) at a town meeting with no state named; London, KY, read as England's beside Somerset and Corbin; Fort Morgan,
// AL (not in the gazetteer), as Colorado's; "The Lackawanna at Old Forge" (the river) as Lackawanna, NY. B's false
// places: the teams Bates (as Gates Mills), Middlebury, Hamilton and Amherst, and "Australian ballot" as Australia.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S48_A: GenreText[] = [
	{
		genre: 'local',
		text: "Property transfers. Recorded in Ocean County, Nov. 17-21: Toms River — Bay Avenue, single-family, $512,000. Jackson — Brewers Bridge Road, $689,900. Lakewood — Forest Avenue duplex, $1.1 million. Brick — Herbertsville Road, $455,000. Berkeley — a condominium in Holiday City, $249,000. Manchester — a ranch house in Whiting, $310,000. Stafford — Manahawkin, $398,500. Barnegat — West Bay Avenue, $421,000. Lacey — Forked River, $379,000.",
		gold: { 'Ocean County': [39.9, -74.27], 'Toms River': [39.95, -74.2], Jackson: [40.1, -74.36], Lakewood: [40.1, -74.22], Brick: [40.06, -74.11], Berkeley: [39.9, -74.2], 'Holiday City': [39.96, -74.25], Manchester: [39.96, -74.37], Whiting: [39.95, -74.38], Stafford: [39.7, -74.26], Manahawkin: [39.69, -74.26], Barnegat: [39.75, -74.22], Lacey: [39.86, -74.27], 'Forked River': [39.84, -74.19] }
	},
	{
		genre: 'local',
		text: "Capitol notebook. ATLANTA — Rep. Dale Washburn of Warner Robins, whose House district takes in most of Houston County, filed a bill to widen Ga. 96 between Fort Valley and Byron. Sen. Lorna Tate of Perry said the Peach County part of her district needs a new bridge over Big Indian Creek. Macon's delegation wants Bibb County to keep its share of the sales tax, and Rep. Ken Oakes of Cochran asked that the new map keep his county whole. The session opens Jan. 12.",
		gold: { ATLANTA: [33.75, -84.39], 'Warner Robins': [32.62, -83.6], 'Houston County': [32.46, -83.67], 'Fort Valley': [32.55, -83.89], Byron: [32.65, -83.76], Perry: [32.46, -83.73], 'Peach County': [32.57, -83.83], 'Big Indian Creek': [32.5, -83.75], Macon: [32.84, -83.63], 'Bibb County': [32.81, -83.7], Cochran: [32.39, -83.35] },
		notPlaces: ['Dale Washburn', 'Washburn', 'Lorna Tate', 'Tate', 'Ken Oakes', 'Oakes']
	},
	{
		genre: 'local',
		text: "Snow totals. The storm that moved through Sunday night left 14 inches in Evergreen and 16 in Conifer, the most reported in the foothills; Nederland had 11. On the plains, Lafayette and Louisville measured 6 inches, Westminster 5, Aurora 4 and Parker 7. Castle Rock got 9 inches and Monument, up on the Palmer Divide, 12. Denver International Airport recorded 3.8 inches. I-70 was closed for two hours at Idaho Springs.",
		gold: { Evergreen: [39.63, -105.32], Conifer: [39.52, -105.3], Nederland: [39.96, -105.51], Lafayette: [39.99, -105.09], Louisville: [39.98, -105.13], Westminster: [39.84, -105.04], Aurora: [39.73, -104.83], Parker: [39.52, -104.76], 'Castle Rock': [39.37, -104.86], Monument: [39.09, -104.87], 'Palmer Divide': [39.1, -104.8], 'Denver International Airport': [39.86, -104.67], 'Idaho Springs': [39.74, -105.51] }
	},
	{
		genre: 'local',
		text: "This week in the Berkshires. PITTSFIELD — The Berkshire Museum opens its winter birds exhibit Saturday. In Lenox, the library hosts a talk on Edith Wharton's years in town Tuesday at 7 p.m. Stockbridge's Norman Rockwell Museum offers free admission to Berkshire County residents Sunday. In Great Barrington, the Mahaiwe shows a broadcast from London's National Theatre. North Adams' Mass MoCA holds a family day, and the Clark in Williamstown keeps its Renoir room open through March. The Lee library's story hour moves to Thursdays.",
		gold: { Berkshires: [42.4, -73.25], PITTSFIELD: [42.45, -73.25], Lenox: [42.36, -73.28], Stockbridge: [42.28, -73.31], 'Berkshire County': [42.37, -73.21], 'Great Barrington': [42.2, -73.36], London: [51.51, -0.13], 'North Adams': [42.7, -73.11], Williamstown: [42.71, -73.2], Lee: [42.3, -73.25] },
		notPlaces: ['Edith Wharton', 'Wharton', 'Norman Rockwell', 'Rockwell', 'Renoir', 'Clark']
	},
	{
		genre: 'local',
		text: "Market report. Kingsville Livestock Auction, Tuesday: 2,140 head. Steers 400-500 lbs. $345-$380; heifers 400-500 lbs. $310-$342. Slaughter cows $118-$142. Buyers from Iowa, Kansas and Nebraska took most of the calves. At the Vienna sale barn, 900 head sold steady; at Farmington, bred cows brought $2,100-$2,650. Joplin Regional Stockyards sells Monday near Carthage.",
		gold: { Kingsville: [38.74, -94.07], Iowa: [42.0, -93.5], Kansas: [38.5, -98.4], Nebraska: [41.5, -99.8], Vienna: [38.19, -91.95], Farmington: [37.78, -90.42], Joplin: [37.08, -94.51], Carthage: [37.18, -94.31] }
	},
	{
		genre: 'local',
		text: "Winter markets. The Rhinebeck farmers market moves indoors to the town hall starting Sunday. Red Hook's market meets the second Saturday of the month, and the Hudson market sets up at the Ferry Street pavilion. Across the river, Catskill's Thursday market is done for the year, but vendors from Athens and Coxsackie will sell at Germantown's firehouse on Dec. 20. A bakery in Tivoli is taking orders for pies.",
		gold: { Rhinebeck: [41.93, -73.91], 'Red Hook': [41.99, -73.88], Hudson: [42.25, -73.79], Catskill: [42.22, -73.86], Athens: [42.26, -73.81], Coxsackie: [42.35, -73.8], Germantown: [42.13, -73.89], Tivoli: [42.06, -73.91] }
	},
	{
		genre: 'local',
		text: "Chapter news. WINDOW ROCK — The Navajo Nation Council approved money Tuesday to repair the water line serving Ganado and Kinlichee. Chinle Chapter will hand out firewood Saturday; bring a tribal ID. In Shiprock, the chapter house holds a flu shot clinic, and Crownpoint's vendors' market runs through Dec. 23. Students from Tuba City and Kayenta took part in the science fair in Gallup. Patients may use the clinic in Fort Defiance while a wing of the Chinle hospital is closed.",
		gold: { 'WINDOW ROCK': [35.68, -109.05], 'Navajo Nation': [36.2, -109.5], Ganado: [35.71, -109.54], Kinlichee: [35.72, -109.4], Chinle: [36.15, -109.55], Shiprock: [36.79, -108.69], Crownpoint: [35.68, -108.15], 'Tuba City': [36.13, -111.24], Kayenta: [36.73, -110.25], Gallup: [35.53, -108.74], 'Fort Defiance': [35.74, -109.08] }
	},
	{
		genre: 'local',
		text: "College roundup. MANKATO — Minnesota State pulled away late to beat Winona State 78-65 Saturday. Concordia-St. Paul won 70-62 at Southwest Minnesota State in Marshall, and Augustana held off Sioux Falls 81-77 across town in Sioux Falls. Northern State beat Minot State at home in Aberdeen. Upper Iowa lost to Wayne State 66-59 in Fayette.",
		gold: { MANKATO: [44.16, -94.0], Marshall: [44.45, -95.79], 'Sioux Falls': [43.54, -96.73], Aberdeen: [45.46, -98.49], Fayette: [42.84, -91.8] }
	},
	{
		genre: 'local',
		text: "Ferry notice. The Anacortes-San Juan Islands route will run a reduced schedule Dec. 8-12 while the Lopez Island terminal's transfer span is repaired. Sailings to Friday Harbor and Orcas continue; walk-on passengers for Lopez will be carried by a passenger-only boat from Anacortes. The Coupeville-Port Townsend run is canceled Thursday for low tides. On the Mukilteo-Clinton route, expect waits of two hours Friday afternoon.",
		gold: { Anacortes: [48.51, -122.61], 'San Juan Islands': [48.55, -123.0], 'Lopez Island': [48.5, -122.9], 'Friday Harbor': [48.53, -123.02], Orcas: [48.6, -122.94], Lopez: [48.5, -122.9], Coupeville: [48.22, -122.69], 'Port Townsend': [48.12, -122.76], Mukilteo: [47.94, -122.3], Clinton: [47.98, -122.35] }
	},
	{
		genre: 'local',
		text: "Obituaries. DECORAH — Arlene June Haugen, 88, died Dec. 2. Born in Spring Grove, Minnesota, she graduated from Luther College and taught in Cresco and Ossian before marrying Lloyd Haugen in 1959. They farmed near Highlandville for 40 years. Survivors include a son, Mark, of Fargo, North Dakota; daughters Ruth Ellison of Tacoma, Washington, and Janet Moe of Lewisburg, Pennsylvania; and a sister, Ingrid, of Bergen, Norway. Burial will be in Big Canoe Lutheran Cemetery.",
		gold: { DECORAH: [43.3, -91.79], 'Spring Grove': [43.56, -91.64], Minnesota: [46.3, -94.3], Cresco: [43.38, -92.11], Ossian: [43.15, -91.76], Highlandville: [43.43, -91.67], Fargo: [46.88, -96.79], 'North Dakota': [47.5, -100.5], Tacoma: [47.25, -122.44], Washington: [47.4, -120.5], Lewisburg: [40.96, -76.88], Pennsylvania: [40.9, -77.8], Bergen: [60.39, 5.32], Norway: [62.0, 10.0] },
		notPlaces: ['Arlene June Haugen', 'Haugen', 'Lloyd Haugen', 'Ruth Ellison', 'Ellison', 'Janet Moe', 'Moe', 'Ingrid']
	},
	{
		genre: 'local',
		text: "Letters. To the editor: The county's plan to close the bridge at Sugar Grove for a year will send every school bus from Russell and Lander through Warren. My neighbors in Chandlers Valley already drive 20 miles to the hospital in Jamestown, New York. Before the commissioners vote, they should ask how long an ambulance from Youngsville takes to reach us. — Carol Whitney, Sugar Grove",
		gold: { 'Sugar Grove': [41.98, -79.34], Russell: [41.94, -79.13], Lander: [41.95, -79.27], Warren: [41.84, -79.15], 'Chandlers Valley': [41.95, -79.39], Jamestown: [42.1, -79.24], 'New York': [42.9, -75.5], Youngsville: [41.85, -79.32] },
		notPlaces: ['Carol Whitney', 'Whitney']
	},
	{
		genre: 'local',
		text: "Air service. The county airport in Pellston will lose its second daily flight to Detroit in January, SkyWest told the commission. Travelers may drive to Traverse City or to the Chippewa County airport near Sault Ste. Marie. Officials from Petoskey, Harbor Springs and Cheboygan asked the state to help keep the service, which carried 38,000 passengers last year. Small-plane service to Mackinac Island from St. Ignace is not affected.",
		gold: { Pellston: [45.55, -84.78], Detroit: [42.33, -83.05], 'Traverse City': [44.76, -85.62], 'Chippewa County': [46.3, -84.6], 'Sault Ste. Marie': [46.5, -84.35], Petoskey: [45.37, -84.96], 'Harbor Springs': [45.43, -84.99], Cheboygan: [45.65, -84.47], 'Mackinac Island': [45.85, -84.62], 'St. Ignace': [45.87, -84.73] }
	},
	{
		genre: 'local',
		text: "Town meeting results. Voters in Warner approved a $2.9 million budget, 142-61. Hopkinton passed the library addition; Henniker turned down a new grader. In Bradford, the article for a police cruiser failed by four votes. Sutton and New London elected new selectmen, and Newbury voted to join the regional school district's building fund.",
		gold: { Warner: [43.28, -71.82], Hopkinton: [43.19, -71.68], Henniker: [43.18, -71.82], Bradford: [43.27, -71.96], Sutton: [43.33, -71.95], 'New London': [43.41, -71.98], Newbury: [43.32, -72.04] }
	},
	{
		genre: 'local',
		text: "Christmas parades. Mountain View's lighted parade steps off at 6 p.m. Saturday on the courthouse square. Heber Springs holds its parade Friday; Clinton and Marshall on Dec. 13. In Melbourne, the parade follows Main Street to the Izard County courthouse. Calico Rock canceled its parade this year and will light a tree at the depot instead. Greers Ferry holds a boat parade on the lake.",
		gold: { 'Mountain View': [35.87, -92.12], 'Heber Springs': [35.49, -92.03], Clinton: [35.59, -92.46], Marshall: [35.91, -92.63], Melbourne: [36.06, -91.91], 'Izard County': [36.1, -91.9], 'Calico Rock': [36.12, -92.14], 'Greers Ferry': [35.58, -92.18] }
	},
	{
		genre: 'local',
		text: "Port notes. The Port of Coos Bay reports log exports up 12 percent; two ships loaded at North Bend this week bound for Japan and South Korea. The Charleston marina's fuel dock closes for repairs through January. The opening of crab season has been pushed to Dec. 16 from Brookings to Florence after tests found low meat fill. Boats from Newport and Winchester Bay will wait.",
		gold: { 'Coos Bay': [43.37, -124.22], 'North Bend': [43.41, -124.22], Japan: [35.69, 139.75], 'South Korea': [36.5, 127.8], Charleston: [43.34, -124.33], Brookings: [42.05, -124.28], Florence: [43.98, -124.1], Newport: [44.64, -124.05], 'Winchester Bay': [43.68, -124.18] }
	},
	{
		genre: 'local',
		text: "Blood drives. The Red Cross will hold drives this week at the Elks lodge in Ottumwa (Monday), the community center in Fairfield (Tuesday), St. Mary's hall in Albia (Wednesday) and the high schools in Oskaloosa and Knoxville (Thursday). Donors in Centerville and Bloomfield may give at the hospital Friday.",
		gold: { Ottumwa: [41.02, -92.41], Fairfield: [41.01, -91.96], Albia: [41.03, -92.81], Oskaloosa: [41.3, -92.64], Knoxville: [41.32, -93.11], Centerville: [40.73, -92.87], Bloomfield: [40.75, -92.41] },
		notPlaces: ["St. Mary's"]
	},
	{
		genre: 'local',
		text: "Outages. About 21,000 customers were without power Wednesday morning after ice brought down lines across southern Oklahoma. The utility reported the most outages in Ardmore and Marietta, and the electric co-op said crews from Durant and Atoka would help its own. In Madill, the high school is a warming center. Lone Grove and Healdton could be without power through Friday.",
		gold: { Oklahoma: [35.5, -97.5], Ardmore: [34.17, -97.14], Marietta: [33.94, -97.12], Durant: [33.99, -96.37], Atoka: [34.39, -96.13], Madill: [34.09, -96.77], 'Lone Grove': [34.18, -97.26], Healdton: [34.23, -97.49] }
	},
	{
		genre: 'local',
		text: "Obituaries. GREENVILLE — The Rev. Thomas Earl Boyd, 79, died Saturday. A native of Belzoni, he pastored churches in Indianola, Clarksdale and Memphis before coming home to the Delta in 1998. He served with the Army in Korea and Germany. Survivors include his wife of 55 years, Ora; sons Thomas Jr. of Chicago and Marcus of Houston; a daughter, Delores Hayes, of Jackson; and a brother, Willie, of Gary, Indiana.",
		gold: { GREENVILLE: [33.41, -91.06], Belzoni: [33.18, -90.49], Indianola: [33.45, -90.66], Clarksdale: [34.2, -90.57], Memphis: [35.15, -90.05], Delta: [33.8, -90.6], Korea: [37.0, 127.5], Germany: [51.0, 10.0], Chicago: [41.88, -87.63], Houston: [29.76, -95.37], Jackson: [32.3, -90.18], Gary: [41.59, -87.35], Indiana: [40.0, -86.1] },
		notPlaces: ['Thomas Earl Boyd', 'Boyd', 'Ora', 'Marcus', 'Delores Hayes', 'Hayes', 'Willie']
	},
	{
		genre: 'local',
		text: "Race results. Jingle Bell 5K, Saturday in Stevens Point. Men — 1. Ryan Kowalski, Plover, 16:02; 2. Josh Baehr, Wausau, 16:40; 3. Eli Novak, Amherst, 17:05. Women — 1. Megan Lutz, Waupaca, 18:51; 2. Sara Ostrowski, Rosholt, 19:20; 3. Kim Held, Marshfield, 19:44. The race raised $8,200 for the food pantry.",
		gold: { 'Stevens Point': [44.52, -89.57], Plover: [44.46, -89.54], Wausau: [44.96, -89.63], Amherst: [44.45, -89.28], Waupaca: [44.36, -89.09], Rosholt: [44.63, -89.31], Marshfield: [44.67, -90.17] },
		notPlaces: ['Ryan Kowalski', 'Kowalski', 'Josh Baehr', 'Baehr', 'Eli Novak', 'Novak', 'Megan Lutz', 'Lutz', 'Sara Ostrowski', 'Kim Held']
	},
	{
		genre: 'local',
		text: "Fire log. Tuesday: Chestertown firefighters answered a chimney fire on Quaker Neck Road; the Rock Hall and Kennedyville companies assisted. Wednesday: Galena and Millington responded to a barn fire near Massey. Thursday: a car fire on Route 301 near Sudlersville; the Church Hill company cleared the scene in 40 minutes.",
		gold: { Chestertown: [39.21, -76.07], 'Rock Hall': [39.14, -76.24], Kennedyville: [39.3, -75.99], Galena: [39.34, -75.88], Millington: [39.26, -75.84], Massey: [39.3, -75.8], Sudlersville: [39.19, -75.86], 'Church Hill': [39.14, -75.98] }
	},
	{
		genre: 'local',
		text: "River forecast. The Wabash is expected to crest at 22 feet at Mount Carmel on Thursday, four feet above flood stage. Downstream, New Harmony and Grayville should see minor flooding through the weekend. Upriver at Vincennes the river has begun to fall, and the Embarras is back within its banks at Lawrenceville. The White River at Petersburg remains high.",
		gold: { Wabash: [38.4, -87.75], 'Mount Carmel': [38.41, -87.76], 'New Harmony': [38.13, -87.94], Grayville: [38.26, -87.99], Vincennes: [38.68, -87.53], Embarras: [38.7, -87.65], Lawrenceville: [38.73, -87.68], 'White River': [38.5, -87.3], Petersburg: [38.49, -87.28] }
	}
];

export const HELD_OUT_US_LOCAL_S48_B: GenreText[] = [
	{
		genre: 'local',
		text: "Deeds recorded. Montgomery County, week of Nov. 24: Abington — Old York Road twin, $389,000. Cheltenham — Elkins Park colonial, $612,500. Lower Merion — Bryn Mawr stone house, $1.45 million. Upper Dublin — Fort Washington, $540,000. Horsham — Meetinghouse Road, $475,000. Whitemarsh — Lafayette Hill, $698,000. Hatfield — Cowpath Road, $312,000. Plymouth — Plymouth Meeting townhouse, $405,000.",
		gold: { 'Montgomery County': [40.21, -75.37], Abington: [40.12, -75.12], Cheltenham: [40.07, -75.13], 'Elkins Park': [40.08, -75.13], 'Lower Merion': [40.03, -75.28], 'Bryn Mawr': [40.02, -75.32], 'Upper Dublin': [40.15, -75.18], 'Fort Washington': [40.14, -75.21], Horsham: [40.18, -75.13], Whitemarsh: [40.1, -75.23], 'Lafayette Hill': [40.09, -75.25], Hatfield: [40.28, -75.3], Plymouth: [40.1, -75.28], 'Plymouth Meeting': [40.1, -75.27] }
	},
	{
		genre: 'local',
		text: "Statehouse notes. COLUMBUS — Sen. Gail Brenner of Delaware introduced a bill Tuesday to let her county and Union County share a juvenile detention center. Rep. Tom Keller of Marysville wants the state to pay for the U.S. 33 interchange at Dublin, and Rep. Sandy Rowe of Marion said her district needs help with flooding on the Scioto near Prospect. The Galena and Sunbury councils have asked for a middle school grant.",
		gold: { COLUMBUS: [39.96, -83.0], Delaware: [40.3, -83.07], 'Union County': [40.3, -83.37], Marysville: [40.24, -83.37], Dublin: [40.1, -83.11], Marion: [40.59, -83.13], Scioto: [40.4, -83.15], Prospect: [40.45, -83.19], Galena: [40.22, -82.88], Sunbury: [40.24, -82.86] },
		notPlaces: ['Gail Brenner', 'Brenner', 'Tom Keller', 'Keller', 'Sandy Rowe', 'Rowe']
	},
	{
		genre: 'local',
		text: "Snowfall. By 7 a.m. Tuesday, Princeton had 15 inches and Holden 13, the most in the area. Rutland and Paxton reported 12; Leicester and Spencer 10. Sterling measured 9 inches, Fitchburg 8 and Worcester, at the airport, 8.4. Route 2 was slick through Westminster and Gardner during the morning commute.",
		gold: { Princeton: [42.45, -71.88], Holden: [42.35, -71.86], Rutland: [42.37, -71.95], Paxton: [42.31, -71.93], Leicester: [42.25, -71.91], Spencer: [42.24, -71.99], Sterling: [42.44, -71.76], Fitchburg: [42.58, -71.8], Worcester: [42.26, -71.8], Westminster: [42.55, -71.91], Gardner: [42.58, -71.99] }
	},
	{
		genre: 'local',
		text: "Library events. Door County Library branches this week: Sturgeon Bay, Lego club Monday at 4; Egg Harbor, holiday card making Tuesday; Fish Creek, a talk on the peninsula's lighthouses Wednesday; Sister Bay, an author visit Thursday; Baileys Harbor, story time Friday. The Washington Island branch is open Saturdays only until spring. Forestville's book sale has moved to the Brussels town hall.",
		gold: { 'Door County': [44.9, -87.3], 'Sturgeon Bay': [44.83, -87.38], 'Egg Harbor': [45.05, -87.28], 'Fish Creek': [45.13, -87.24], 'Sister Bay': [45.19, -87.12], 'Baileys Harbor': [45.07, -87.12], 'Washington Island': [45.38, -86.9], Forestville: [44.69, -87.48], Brussels: [44.74, -87.62] }
	},
	{
		genre: 'local',
		text: "Cattle markets. Oklahoma National Stockyards, Monday: 7,800 head; feeder steers steady to $4 higher. El Reno sold 2,300 head Tuesday, and Woodward's Thursday sale drew buyers from Texas and Colorado. Slaughter cows brought $120-$138 at McAlester. Ada's bred-heifer sale is Dec. 13; the Beaver sale barn is closed for the holidays.",
		gold: { 'El Reno': [35.53, -97.95], Woodward: [36.43, -99.39], Texas: [31.97, -99.9], Colorado: [39.0, -105.5], McAlester: [34.93, -95.77], Ada: [34.77, -96.68], Beaver: [36.82, -100.52] }
	},
	{
		genre: 'local',
		text: "Market days. Roadside stands in Intercourse and Bird-in-Hand stay open through Christmas Eve, and the Central Market in Lancaster adds Thursday hours. The Green Dragon in Ephrata is open Fridays. Growers from Paradise, Strasburg and New Holland bring poinsettias to the Saturday market in Lititz, and the Manheim auction barn sells greenery Tuesday.",
		gold: { Intercourse: [40.04, -76.1], 'Bird-in-Hand': [40.04, -76.18], Lancaster: [40.04, -76.31], Ephrata: [40.18, -76.18], Paradise: [40.01, -76.13], Strasburg: [39.98, -76.18], 'New Holland': [40.1, -76.09], Lititz: [40.16, -76.31], Manheim: [40.16, -76.4] }
	},
	{
		genre: 'local',
		text: "Reservation news. PINE RIDGE — The tribal council voted Tuesday to open warming shelters in Kyle, Wanblee and Manderson. Propane deliveries to Porcupine and Wounded Knee are delayed by drifted roads. The clinic in Kyle will see walk-ins Saturday. Tribal members may also get care at the Indian Health Service hospital in Rapid City, two hours north, or at the Rosebud hospital. Students from Oglala and Batesland compete in the spelling bee at Martin.",
		gold: { 'PINE RIDGE': [43.03, -102.56], Kyle: [43.42, -102.18], Wanblee: [43.57, -101.66], Manderson: [43.23, -102.47], Porcupine: [43.24, -102.33], 'Wounded Knee': [43.14, -102.37], 'Rapid City': [44.08, -103.23], Rosebud: [43.23, -100.85], Oglala: [43.19, -102.74], Batesland: [43.13, -102.1], Martin: [43.17, -101.73] }
	},
	{
		genre: 'local',
		text: "College basketball. WATERVILLE — Colby held off Bowdoin 74-70 Saturday. In Lewiston, Bates lost to Middlebury 81-69, and Tufts won 66-60 at Hamilton in Clinton, New York. Amherst beat Trinity in Hartford, and Wesleyan plays at home in Middletown on Tuesday.",
		gold: { WATERVILLE: [44.55, -69.63], Lewiston: [44.1, -70.21], Clinton: [43.05, -75.38], 'New York': [42.9, -75.5], Hartford: [41.76, -72.68], Middletown: [41.56, -72.65] },
		notPlaces: ['Colby', 'Bowdoin', 'Bates', 'Middlebury', 'Tufts', 'Hamilton', 'Amherst', 'Trinity', 'Wesleyan']
	},
	{
		genre: 'local',
		text: "Ferry schedule. The Grand Isle-Plattsburgh ferry runs around the clock through the winter. The Charlotte-Essex crossing closes for the season Sunday once ice forms; drivers bound for Essex, New York, should use the bridge at Crown Point. The Burlington-Port Kent ferry ended its season in October. Travelers from Shelburne and Ferrisburgh headed to Westport can expect an hour's detour.",
		gold: { 'Grand Isle': [44.72, -73.29], Plattsburgh: [44.7, -73.45], Charlotte: [44.31, -73.26], Essex: [44.31, -73.35], 'New York': [42.9, -75.5], 'Crown Point': [43.95, -73.43], Burlington: [44.48, -73.21], 'Port Kent': [44.53, -73.41], Shelburne: [44.38, -73.23], Ferrisburgh: [44.21, -73.25], Westport: [44.18, -73.44] }
	},
	{
		genre: 'local',
		text: "Obituaries. HAYS — Leonard A. Dreiling, 84, died Nov. 30 at his home in Victoria. Born in Munjor, he served in the Army at Fort Riley and in Wurzburg, Germany, and worked 35 years for the railroad in Ellis. He was a member of the Knights of Columbus in Catherine. Survivors include sons Dale of Salina and Greg of Aurora, Colorado; a daughter, Lisa Schmidt, of Russell; and 11 grandchildren. Mass will be at the Basilica of St. Fidelis in Victoria.",
		gold: { HAYS: [38.88, -99.33], Victoria: [38.85, -99.15], Munjor: [38.81, -99.26], 'Fort Riley': [39.09, -96.82], Wurzburg: [49.79, 9.95], Germany: [51.0, 10.0], Ellis: [38.94, -99.56], Catherine: [38.93, -99.22], Salina: [38.84, -97.61], Aurora: [39.73, -104.83], Colorado: [39.0, -105.5], Russell: [38.9, -98.86] },
		notPlaces: ['Leonard A. Dreiling', 'Dreiling', 'Dale', 'Greg', 'Lisa Schmidt', 'Schmidt', 'St. Fidelis']
	},
	{
		genre: 'local',
		text: "Letters. To the editor: The hospital board's plan to move births from Gouverneur to Ogdensburg means a mother in Hermon or De Kalb will ride 40 miles in labor, past the exits for Canton and Potsdam. When the Massena hospital closed its maternity ward, families in Norfolk and Louisville lost that choice too. — Diane Forsythe, Hermon",
		gold: { Gouverneur: [44.34, -75.46], Ogdensburg: [44.69, -75.49], Hermon: [44.47, -75.23], 'De Kalb': [44.48, -75.38], Canton: [44.6, -75.17], Potsdam: [44.67, -74.98], Massena: [44.93, -74.89], Norfolk: [44.8, -74.99], Louisville: [44.88, -75.0] },
		notPlaces: ['Diane Forsythe', 'Forsythe']
	},
	{
		genre: 'local',
		text: "Air service. Passengers flying from Riverton will board in Casper while the runway is rebuilt next summer, the airport board said. Flights from Sheridan to Denver continue, and Cody's seasonal flights to Chicago resume in May. Lander's commissioners asked the state for a shuttle to Casper. Rock Springs and Gillette had their busiest November.",
		gold: { Riverton: [43.02, -108.38], Casper: [42.87, -106.31], Sheridan: [44.8, -106.96], Denver: [39.74, -104.99], Cody: [44.53, -109.06], Chicago: [41.88, -87.63], Lander: [42.83, -108.73], 'Rock Springs': [41.59, -109.2], Gillette: [44.29, -105.5] }
	},
	{
		genre: 'local',
		text: "Town meeting. Londonderry voters approved the school budget, 211-98. Jamaica passed all 14 articles, and Windham voted to buy a new plow truck. In Chester, a proposal to merge the fire districts failed, and Andover and Weston elected new selectboard members. Townshend will vote by Australian ballot next year.",
		gold: { Londonderry: [43.23, -72.8], Jamaica: [43.1, -72.78], Windham: [43.18, -72.72], Chester: [43.26, -72.6], Andover: [43.28, -72.7], Weston: [43.29, -72.79], Townshend: [43.05, -72.67] },
		notPlaces: ['Australian']
	},
	{
		genre: 'local',
		text: "Parades. Somerset's Christmas parade steps off Saturday at 5 p.m. on Main Street. London's is Friday, and Corbin's follows on Dec. 13. In Monticello, floats line up at the Wayne County courthouse; Russell Springs and Jamestown hold a joint parade this year. Albany moved its parade to Sunday afternoon because of the ballgame.",
		gold: { Somerset: [37.09, -84.6], London: [37.13, -84.08], Corbin: [36.95, -84.1], Monticello: [36.83, -84.85], 'Wayne County': [36.8, -84.83], 'Russell Springs': [37.06, -85.09], Jamestown: [36.98, -85.06], Albany: [36.69, -85.13] }
	},
	{
		genre: 'local',
		text: "Port notes. The Port of Pascagoula loaded 41,000 tons of frozen poultry bound for Angola and Cuba this month. At Gulfport, the banana boats from Honduras and Guatemala are arriving on schedule. Shrimpers in Biloxi and Bayou La Batre say the season was short. The Dauphin Island ferry to Fort Morgan runs weekends only until March.",
		gold: { Pascagoula: [30.37, -88.56], Angola: [-12.5, 18.5], Cuba: [21.5, -79.5], Gulfport: [30.37, -89.09], Honduras: [15.0, -86.5], Guatemala: [15.5, -90.25], Biloxi: [30.4, -88.89], 'Bayou La Batre': [30.4, -88.25], 'Dauphin Island': [30.26, -88.11], 'Fort Morgan': [30.23, -88.02] }
	},
	{
		genre: 'local',
		text: "Blood drives. The regional blood center's bus visits Lenoir City on Monday, Loudon on Tuesday and Sweetwater on Wednesday. Madisonville and Vonore hold drives at their fire halls Thursday, and donors in Philadelphia and Greenback may give at the Loudon County courthouse annex Friday.",
		gold: { 'Lenoir City': [35.8, -84.26], Loudon: [35.74, -84.33], Sweetwater: [35.6, -84.46], Madisonville: [35.52, -84.36], Vonore: [35.59, -84.24], Philadelphia: [35.68, -84.4], Greenback: [35.66, -84.17], 'Loudon County': [35.74, -84.31] }
	},
	{
		genre: 'local',
		text: "Outages. Ice left 14,000 homes in the Purchase without power Thursday. The rural electric co-op reported the most in Mayfield, Wingo and Fancy Farm, and utility crews from Paducah and Murray are helping. Warming centers are open at the Graves County courthouse and the Fulton library. Hickman and Clinton could wait until Sunday.",
		gold: { Purchase: [36.8, -88.8], Mayfield: [36.74, -88.64], Wingo: [36.64, -88.74], 'Fancy Farm': [36.78, -88.79], Paducah: [37.08, -88.6], Murray: [36.61, -88.31], 'Graves County': [36.72, -88.65], Fulton: [36.5, -88.87], Hickman: [36.57, -89.19], Clinton: [36.67, -88.99] }
	},
	{
		genre: 'local',
		text: "Obituaries. OPELOUSAS — Joseph \"Papa Joe\" Guidry, 86, died Dec. 1 at his home in Grand Coteau. Born in Arnaudville, he worked offshore out of Morgan City and later ran a meat market in Sunset. He served in the Navy aboard ships out of Norfolk and San Diego. Survivors include daughters Carol Broussard of Lafayette and Anne Richard of Beaumont, Texas; a son, Paul, of Baton Rouge; and a brother, Ray, of Eunice.",
		gold: { OPELOUSAS: [30.53, -92.08], 'Grand Coteau': [30.42, -92.05], Arnaudville: [30.4, -91.93], 'Morgan City': [29.7, -91.21], Sunset: [30.41, -92.07], Norfolk: [36.85, -76.29], 'San Diego': [32.72, -117.16], Lafayette: [30.22, -92.02], Beaumont: [30.09, -94.1], Texas: [31.97, -99.9], 'Baton Rouge': [30.45, -91.19], Eunice: [30.49, -92.42] },
		notPlaces: ['Guidry', 'Papa Joe', 'Carol Broussard', 'Broussard', 'Anne Richard', 'Richard', 'Paul', 'Ray']
	},
	{
		genre: 'local',
		text: "Race results. Reindeer Run 5K, Saturday in Columbus. Men — 1. Nate Eckert, Seymour, 16:21; 2. Brian Owsley, Nashville, 16:58; 3. Alex Tran, Franklin, 17:12. Women — 1. Jenna Pruitt, Greensburg, 19:03; 2. Maria Soto, North Vernon, 19:31; 3. Hope Lambert, Edinburgh, 19:50.",
		gold: { Columbus: [39.2, -85.92], Seymour: [38.96, -85.89], Nashville: [39.21, -86.25], Franklin: [39.48, -86.05], Greensburg: [39.34, -85.48], 'North Vernon': [39.01, -85.62], Edinburgh: [39.35, -85.97] },
		notPlaces: ['Nate Eckert', 'Eckert', 'Brian Owsley', 'Owsley', 'Alex Tran', 'Jenna Pruitt', 'Pruitt', 'Maria Soto', 'Soto', 'Hope Lambert', 'Hope', 'Lambert']
	},
	{
		genre: 'local',
		text: "Fire log. Monday: Salisbury firefighters put out a chimney fire on Undermountain Road; the Sharon and Lakeville companies helped. Tuesday: Cornwall and West Cornwall answered a brush fire near the covered bridge. Wednesday: a kitchen fire in Falls Village; Canaan's ambulance stood by. Thursday: Kent's company cleared a fallen tree from Route 7.",
		gold: { Salisbury: [41.98, -73.42], Sharon: [41.88, -73.48], Lakeville: [41.96, -73.44], Cornwall: [41.84, -73.33], 'West Cornwall': [41.87, -73.36], 'Falls Village': [42.01, -73.36], Canaan: [42.03, -73.33], Kent: [41.72, -73.48] }
	},
	{
		genre: 'local',
		text: "River forecast. The Susquehanna is expected to crest Friday at 21 feet at Wilkes-Barre, a foot below flood stage. Upstream, Towanda and Tunkhannock could see water over low roads; at Binghamton the Chenango is falling. The Lackawanna at Old Forge remains high, and the West Branch should crest Saturday at Lock Haven.",
		gold: { Susquehanna: [41.25, -75.9], 'Wilkes-Barre': [41.25, -75.88], Towanda: [41.77, -76.44], Tunkhannock: [41.54, -75.95], Binghamton: [42.1, -75.91], Chenango: [42.1, -75.91], Lackawanna: [41.36, -75.74], 'Old Forge': [41.37, -75.73], 'Lock Haven': [41.14, -77.45] }
	}
];

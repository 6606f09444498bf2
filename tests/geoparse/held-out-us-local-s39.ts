// US local news written for session 39 (none copied from anywhere) and scored BEFORE any change was tuned on
// them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s39` (issue #10: hidden US local
// news at Acc@161 0.73, F1 0.78 wanted). 34 of the 40 are short briefs anchored only the way a real local paper
// anchors them (a dateline, a county or region word, a cluster of neighbouring towns), the state named rarely or
// never; 18 are in shapes earlier batches have little of: high-school score agate, property transfers and a
// legal notice, sheriff's and police logs with street addresses, highways and mile markers, church and club
// calendars, county fair results, letters to the editor and real-estate listings. The other six are longer
// (an obituary, a storm, a harvest, a school board, a fair, a flood). Towns come from thirty-seven states (Iowa,
// Minnesota, Wisconsin, Ohio, Indiana, Illinois, Kentucky, Mississippi, Louisiana, Texas, Oklahoma, New Mexico,
// Arizona, Utah, Idaho, South Dakota, California, Nevada, Georgia, South Carolina in A; Virginia, West Virginia,
// New York, Maine, Missouri, Arkansas, Nebraska, Kansas, Michigan, Pennsylvania, Colorado, Washington, North
// Dakota, Montana, Alabama, Texas, Oregon, Arizona, Illinois, Vermont in B); no story's subject town is a gold
// town of an earlier US local batch. Most share their names with bigger or foreign places (Charlotte, Hobart,
// Aurora, Salina, Madrid, Damascus, Othello, Lyons, Java, Ipswich, Gettysburg, Ely, Lund, Paris, Scranton,
// Reading, Everest, Brockton, Coventry, Albany, Troy, Orleans, Newport, Arlington, Hampton, Fairfax, Milan,
// Memphis, Lancaster, Athens, Tucson's neighbours …), with words (Weed, Lake, Forest, Magazine, Junior, Poplar,
// Center-like words, Noble) or with first names and surnames (Dora, Floyd, Ruth, Duncan, Roberts, Robinson,
// Louisa, George, Hull, Morton, Flora, Beverly, Ashton, Ovid); people carry the names of other towns of their
// county (notPlaces), and a person never carries the name of a town the same story names as a place (gold is
// keyed by name). Gold points are the places' own coordinates, the state written from knowledge and the point
// taken from `gazette lookup NAME --country US` in that state (its county checked); names the gazetteer lacks
// are left out of the text. Every brief has a dateline, a county or a cluster of neighbouring towns; none is
// left with no way to tell. Half A is for tuning; half B stays held out (report it before and after each change).
// Before any change (main 5b18a8a): A 131/137 within 161 km (0.956), 15 named places not mapped, 1 name of no
// place mapped; B 121/124 (0.976), 18 not mapped. The wrong in A: a score line's Little Rock, a dateline Argos and a
// Bremen taken abroad or for the big namesake, Tippecanoe for another Ohio town, a Scott County for a namesake
// county, Java for the island; the false: a church's short name re-mentioned. In B: Macon, Everest, Newburg. Most of
// the unmapped are towns named like words or people in lists (George, Forest, Lake, Morton, Kinder, Ruth, Junior,
// Magazine, Hazard, Duncan, Reading, Quincy, Warden) and one obituary brief whose towns are all named like big
// places (Newport, Coventry, Troy, Albany).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S39_A: GenreText[] = [
	{
		genre: 'local',
		text: "Prep scores. Boys basketball, Tuesday: Sheldon 61, George-Little Rock 44; Sanborn 52, Hartley 49 (OT); Boyden-Hull 70, Rock Valley 58; Sioux Center 66, Orange City 41. Girls: Sibley 47, Primghar 45; Paullina 39, Alton 37. Friday: Rock Rapids at Sheldon, Sanborn at Sibley, Hull at Boyden.",
		gold: { Sheldon: [43.18, -95.86], George: [43.34, -96.0], 'Little Rock': [43.45, -95.89], Sanborn: [43.18, -95.66], Hartley: [43.18, -95.48], Boyden: [43.19, -96.01], Hull: [43.19, -96.13], 'Rock Valley': [43.21, -96.3], 'Sioux Center': [43.08, -96.18], 'Orange City': [43.01, -96.06], Sibley: [43.4, -95.75], Primghar: [43.09, -95.63], Paullina: [42.98, -95.69], Alton: [42.99, -96.01], 'Rock Rapids': [43.43, -96.18] }
	},
	{
		genre: 'local',
		text: "Sheriff's log. Monday, 7:12 a.m.: a deer struck on Highway 65 near mile marker 48, north of Cambridge. 10:40 a.m.: a mailbox damaged on Main Street in Braham. 2:15 p.m.: a dog at large on 3rd Avenue NE in Isanti. Tuesday, 1:05 a.m.: a driver arrested for DWI on Highway 47 south of Stanchfield; he was booked into the Isanti County jail. 6:30 p.m.: a caller claiming to work for the Milaca power co-op told a North Branch woman to pay her bill with gift cards.",
		gold: { Cambridge: [45.57, -93.22], Braham: [45.72, -93.17], Isanti: [45.49, -93.25], Stanchfield: [45.67, -93.24], 'Isanti County': [45.55, -93.24], Milaca: [45.76, -93.65], 'North Branch': [45.51, -92.98] }
	},
	{
		genre: 'local',
		text: "Area deaths. MEDFORD — Lorraine Gilman, 88, of Stetsonville died Sunday at the hospital in Medford. Elmer Colby, 79, of Dorchester died Monday; burial will be in Rib Lake. Marvin Owen, 70, of Athens died Tuesday at his home; services are Saturday in Abbotsford.",
		gold: { MEDFORD: [45.14, -90.34], Medford: [45.14, -90.34], Stetsonville: [45.08, -90.32], Dorchester: [45.0, -90.34], 'Rib Lake': [45.32, -90.21], Athens: [45.03, -90.07], Abbotsford: [44.95, -90.32] },
		notPlaces: ['Lorraine Gilman', 'Gilman', 'Elmer Colby', 'Colby', 'Marvin Owen', 'Owen']
	},
	{
		genre: 'local',
		text: "Fulton County property transfers. Wauseon: 845 N. Fulton St., Gary and Linda Bryan to Jose Ortega, $164,500. Archbold: 310 Stryker St., estate of Helen Lyons to Matthew Nofziger, $212,000. Swanton: 6 Cherry St., Buckeye Home Buyers LLC to Andrea Kline, $98,000. Delta: 402 Main St., Mark Fayette to Ryan and Sarah Hite, $141,900. Pettisville: County Road D, 5 acres, Ruth Zuercher to Pettisville Grain Co., $60,000.",
		gold: { 'Fulton County': [41.6, -84.13], Wauseon: [41.55, -84.14], Archbold: [41.52, -84.31], Swanton: [41.59, -83.89], Delta: [41.57, -84.01], Pettisville: [41.53, -84.23] },
		notPlaces: ['Bryan', 'Linda Bryan', 'Helen Lyons', 'Lyons', 'Mark Fayette', 'Fayette', 'Buckeye']
	},
	{
		genre: 'local',
		text: "Church calendar. ARGOS — The Argos United Methodist Church chili supper is Saturday from 5 to 7 p.m.; carry-outs available. Pleasant Grove Church of the Brethren, west of Bourbon, holds its fall revival Sunday through Wednesday, and Pleasant Grove's choir will sing at the Culver nursing home on Thursday. The Tippecanoe Lions serve pancakes at the fire station in Tippecanoe on Saturday morning. A grief support group meets Mondays at the library in Bremen.",
		gold: { ARGOS: [41.24, -86.21], Bourbon: [41.3, -86.12], Culver: [41.22, -86.42], Tippecanoe: [41.22, -86.11], Bremen: [41.45, -86.15] },
		notPlaces: ['Pleasant Grove']
	},
	{
		genre: 'local',
		text: "Clay County Fair results. FLORA — Grand champion market steer: Kaylee Ingram of Xenia. Reserve: Mason Hoyt of Louisville. Champion barrow: Addie Kessler of Clay City; reserve barrow: Grant Noble of Sailor Springs. Best of show rabbit: Lila Barth of Olney. The fair closes Saturday with the truck pull; tickets at the gate on Route 45 south of Flora.",
		gold: { 'Clay County': [38.74, -88.42], FLORA: [38.67, -88.49], Xenia: [38.64, -88.63], Louisville: [38.77, -88.5], 'Clay City': [38.69, -88.35], 'Sailor Springs': [38.76, -88.36], Olney: [38.73, -88.09], Flora: [38.67, -88.49] },
		notPlaces: ['Grant Noble', 'Grant', 'Noble']
	},
	{
		genre: 'local',
		text: "Letter: Fix the hill on Route 40. To the editor: Every morning I drive Route 40 from Staffordsville into Paintsville, and every morning someone slides on the hill by the school. The state fixed the same kind of grade near Inez in two months. If Prestonsburg and Salyersville can get turn lanes, so can we. — Martin Allen, Staffordsville",
		gold: { Staffordsville: [37.83, -82.88], Paintsville: [37.81, -82.81], Inez: [37.87, -82.54], Prestonsburg: [37.67, -82.77], Salyersville: [37.75, -83.07] },
		notPlaces: ['Martin Allen', 'Martin', 'Allen']
	},
	{
		genre: 'local',
		text: "Scott County briefs. Morton aldermen approved a new water well Tuesday. Forest police arrested two men after a chase that ended at a gas station in Lake. In Pulaski, the volunteer fire department will hold its fish fry Saturday. Next Friday Polkville will host the county's 4-H shooting match.",
		gold: { 'Scott County': [32.45, -89.62], Morton: [32.35, -89.65], Forest: [32.36, -89.47], Lake: [32.35, -89.34], Pulaski: [32.27, -89.56], Polkville: [32.19, -89.69] }
	},
	{
		genre: 'local',
		text: "Parishes to share animal shelter. Oberlin, Kinder and Oakdale will share a new animal shelter under an agreement the police jury approved Monday. Elton and Basile already take strays to a shelter in Jennings, and the Allen Parish site would take theirs too if it has room.",
		gold: { Oberlin: [30.62, -92.76], Kinder: [30.49, -92.85], Oakdale: [30.82, -92.66], Elton: [30.48, -92.7], Basile: [30.49, -92.6], Jennings: [30.22, -92.66], 'Allen Parish': [30.61, -92.85] }
	},
	{
		genre: 'local',
		text: "Homes for sale. POTEET — 3 bed, 2 bath brick on 1.5 acres, 10 minutes to Pleasanton, $239,900. JOURDANTON — updated farmhouse two blocks from the courthouse, barn and pens, $315,000. CHARLOTTE — 12 acres off FM 140, well and septic, owner will finance, $129,000. Call Brush Country Realty, 830-555-0147.",
		gold: { POTEET: [29.04, -98.57], Pleasanton: [28.97, -98.48], JOURDANTON: [28.92, -98.55], CHARLOTTE: [28.86, -98.71] },
		notPlaces: ['Brush Country Realty']
	},
	{
		genre: 'local',
		text: "Kiowa County weather. Storms could bring hail to Hobart, Snyder and Lone Wolf late Thursday. Gusts near 60 mph are possible in Gotebo, and Frederick could see 2 inches of rain by Friday morning.",
		gold: { 'Kiowa County': [34.87, -99.08], Hobart: [35.03, -99.09], Snyder: [34.66, -98.95], 'Lone Wolf': [34.98, -99.25], Gotebo: [35.08, -98.88], Frederick: [34.39, -99.02] }
	},
	{
		genre: 'local',
		text: "Roosevelt County basketball. Portales 55, Texico 49: the Rams led from the opening tip. Elida 61, Dora 40. Floyd 38, Melrose 36: a free throw with four seconds left won it. Saturday: Texico at Elida, Dora at Floyd.",
		gold: { 'Roosevelt County': [34.01, -103.58], Portales: [34.19, -103.33], Texico: [34.39, -103.05], Elida: [33.94, -103.63], Dora: [33.94, -103.34], Floyd: [34.25, -103.58], Melrose: [34.43, -103.63] },
		notPlaces: ['Rams']
	},
	{
		genre: 'local',
		text: "Sheriff's log. Thursday, 2:10 p.m.: cattle on U.S. 70 near milepost 330, west of Pima. 4:45 p.m.: a stolen trailer found behind a church in Solomon. Friday, 11:20 p.m.: a fight at a bar on Main Street in Thatcher. Saturday, 3:05 a.m.: a rollover on U.S. 70 east of Bylas; the driver was flown to Tucson. 9:30 a.m.: a burglary reported at a home on Fort Thomas Road in Fort Thomas.",
		gold: { Pima: [32.9, -109.83], Solomon: [32.81, -109.63], Thatcher: [32.85, -109.76], Bylas: [33.13, -110.12], Tucson: [32.22, -110.93], 'Fort Thomas': [33.03, -109.97] }
	},
	{
		genre: 'local',
		text: "School board moves sixth grade. SALINA — The Sevier School District board voted Tuesday to move Salina's sixth graders to the middle school in Redmond next fall. Parents in Sigurd and Aurora asked for later bus times, and the elementary in Annabella will host the district's band night in March.",
		gold: { SALINA: [38.96, -111.86], Salina: [38.96, -111.86], Redmond: [39.01, -111.86], Sigurd: [38.85, -111.97], Aurora: [38.92, -111.93], Annabella: [38.71, -112.06] }
	},
	{
		genre: 'local',
		text: "Obituary: LaRue Hansen. RIGBY — LaRue Hansen, 84, died Nov. 30 at her home in Rigby. She was born in Menan, the fourth of seven children, and finished high school in Ririe. She and her husband farmed near Roberts for 30 years before moving to Sugar City and then back to Rigby, where she taught piano to half the town's children. She is survived by sons in Ashton, Teton and Boise; a daughter in Mesa, Ariz.; 23 grandchildren; and a sister in Idaho Falls. Services will be Saturday at the church in Menan, with burial in the Rigby cemetery.",
		gold: { RIGBY: [43.67, -111.91], Rigby: [43.67, -111.91], Menan: [43.72, -111.99], Ririe: [43.63, -111.77], Roberts: [43.72, -112.13], 'Sugar City': [43.87, -111.75], Ashton: [44.07, -111.45], Teton: [43.89, -111.68], Boise: [43.61, -116.2], Mesa: [33.42, -111.82], 'Idaho Falls': [43.47, -112.03] },
		notPlaces: ['LaRue Hansen', 'Hansen']
	},
	{
		genre: 'local',
		text: "Around the region. MOBRIDGE — Selby: the city council hired a new police chief Monday. Bowdle: the school's one-act play is Friday night. Gettysburg: the swimming pool fund drive has reached $80,000. Ipswich: the elevator took in its last wheat of the season. Java: the fire hall roof will be replaced in spring. Hoven: the cathedral's bazaar is Sunday.",
		gold: { MOBRIDGE: [45.54, -100.43], Selby: [45.51, -100.03], Bowdle: [45.45, -99.65], Gettysburg: [45.01, -99.96], Ipswich: [45.44, -99.03], Java: [45.45, -99.82], Hoven: [45.23, -99.78] }
	},
	{
		genre: 'local',
		text: "Siskiyou roads. Chains are required on Interstate 5 between Weed and Dunsmuir. Highway 3 will close overnight between Fort Jones and Etna for paving through Thursday. Highway 89 is open to McCloud, and the road to Hornbrook reopened after a slide.",
		gold: { Weed: [41.42, -122.39], Dunsmuir: [41.21, -122.27], 'Fort Jones': [41.61, -122.84], Etna: [41.46, -122.89], McCloud: [41.26, -122.14], Hornbrook: [41.91, -122.53] }
	},
	{
		genre: 'local',
		text: "Water restored. ELY — The main break that left Ruth without water Monday was repaired by evening, the White Pine County public works office said. McGill residents are still asked to boil their water until Thursday. Lund was not affected.",
		gold: { ELY: [39.25, -114.89], Ruth: [39.28, -114.99], 'White Pine County': [39.68, -115.38], McGill: [39.4, -114.78], Lund: [38.86, -115.01] }
	},
	{
		genre: 'local',
		text: "Toombs and Tattnall briefs. Lyons police said a man was arrested after a break-in at a pharmacy on Liberty Avenue. The Reidsville city council approved a new garbage contract. Glennville's onion festival committee meets Tuesday. A Cobbtown woman was hurt when her car left the road near Collins.",
		gold: { Lyons: [32.2, -82.32], Reidsville: [32.09, -82.12], Glennville: [31.94, -81.93], Cobbtown: [32.26, -82.13], Collins: [32.18, -82.11] }
	},
	{
		genre: 'local',
		text: "Storm cuts power across county. VARNVILLE — A line of storms Tuesday evening knocked down trees from Yemassee to Estill and left about 4,000 customers without power, the Hampton County emergency director said. The worst damage was near Early Branch, where a tree fell on a mobile home; the family of four escaped. In Hampton a church steeple toppled onto Lee Avenue. Brunson lost power for most of the night, and crews from Fairfax and Allendale helped clear roads near Gifford and Luray. The school district delayed classes two hours Wednesday. Furman and Scotia residents can leave storm debris at the road for pickup through Friday.",
		gold: { VARNVILLE: [32.85, -81.08], Yemassee: [32.69, -80.85], Estill: [32.75, -81.24], 'Hampton County': [32.75, -81.18], 'Early Branch': [32.72, -80.96], Hampton: [32.88, -81.13], Brunson: [32.93, -81.19], Fairfax: [32.96, -81.24], Allendale: [33.01, -81.31], Gifford: [32.86, -81.24], Luray: [32.81, -81.24], Furman: [32.68, -81.19], Scotia: [32.68, -81.25] }
	}
];

export const HELD_OUT_US_LOCAL_S39_B: GenreText[] = [
	{
		genre: 'local',
		text: "Trail reopens. DAMASCUS — The Creeper Trail between Damascus and Abingdon reopened Friday after two bridges were replaced. Outfitters in Damascus said bookings doubled over the weekend. The county plans a spur to Glade Spring and a parking lot near Meadowview next year.",
		gold: { DAMASCUS: [36.63, -81.78], Damascus: [36.63, -81.78], Abingdon: [36.71, -81.98], 'Glade Spring': [36.79, -81.77], Meadowview: [36.76, -81.86] }
	},
	{
		genre: 'local',
		text: "Sheriff's log. Monday, 8:50 a.m.: a horse loose on Route 219 near Huttonsville. 1:15 p.m.: a shed fire on Crouch Street in Mill Creek. Tuesday, 10:30 p.m.: a man cited for driving without a license on Main Street in Beverly. Wednesday, 4:20 a.m.: a crash on U.S. 250 between Belington and Junior; no one was hurt. 7:45 p.m.: a report of a man in a bear costume frightening children near the Elkins park.",
		gold: { Huttonsville: [38.68, -79.98], 'Mill Creek': [38.73, -79.97], Beverly: [38.84, -79.88], Belington: [39.03, -79.94], Junior: [38.98, -79.95], Elkins: [38.93, -79.85] }
	},
	{
		genre: 'local',
		text: "LEGAL NOTICE. Notice of formation of Madrid Maple Farm LLC. Articles of organization filed with the Secretary of State on Oct. 14. Office location: St. Lawrence County. The LLC's address for service of process is 1142 County Route 14, Madrid. Purpose: any lawful activity. Members: Jacob and Hannah Waddington of Norwood; sugarhouse tours by appointment at the farm, 6 miles from Heuvelton.",
		gold: { 'St. Lawrence County': [44.58, -75.11], Madrid: [44.75, -75.13], Norwood: [44.75, -74.99], Heuvelton: [44.62, -75.41] },
		notPlaces: ['Hannah Waddington', 'Waddington', 'Madrid Maple Farm LLC']
	},
	{
		genre: 'local',
		text: "Harvest break ends. MARS HILL — Schools in Mars Hill, Bridgewater and Easton reopen Monday after the three-week potato harvest break. Limestone and Fort Fairfield pupils went back last week. Growers said yields were good but prices were low.",
		gold: { 'MARS HILL': [46.52, -67.87], 'Mars Hill': [46.52, -67.87], Bridgewater: [46.43, -67.84], Easton: [46.64, -67.91], Limestone: [46.91, -67.83], 'Fort Fairfield': [46.77, -67.83] }
	},
	{
		genre: 'local',
		text: "Football scores. Milan 28, Green City 14: two late touchdowns put the Wildcats away. Schuyler County 35, Scotland County 20. Kirksville 42, Macon 7. La Plata 21, Novinger 18. Next week: Green City at Queen City, Milan hosts Lancaster, and Memphis plays at Kirksville.",
		gold: { Milan: [40.2, -93.13], 'Green City': [40.27, -92.95], 'Schuyler County': [40.48, -92.62], 'Scotland County': [40.46, -92.19], Kirksville: [40.19, -92.58], Macon: [39.74, -92.47], 'La Plata': [40.02, -92.49], Novinger: [40.27, -92.72], 'Queen City': [40.41, -92.57], Lancaster: [40.52, -92.53], Memphis: [40.46, -92.17] },
		notPlaces: ['Wildcats']
	},
	{
		genre: 'local',
		text: "Land transfers. Logan County: 40 acres north of Booneville, Kenneth Scranton to Clay Hart, $96,000. 112 E. Walnut St., Paris, Donna Altus to Subiaco Academy, $78,500. 3 acres on Highway 10 near Magazine, Randy and Pam Ratcliff to Jeremy Flowers, $31,000.",
		gold: { 'Logan County': [35.26, -93.71], Booneville: [35.14, -93.92], Paris: [35.29, -93.73], Magazine: [35.15, -93.81] },
		notPlaces: ['Kenneth Scranton', 'Scranton', 'Donna Altus', 'Altus', 'Ratcliff', 'Pam Ratcliff', 'Clay Hart']
	},
	{
		genre: 'local',
		text: "Blizzard shuts valley. LOUP CITY — Two days of snow and wind closed every road in Sherman County by Wednesday night, and the county's schools in Loup City and Litchfield stayed shut through Friday. Drifts of eight feet blocked the highway between Rockville and Ashton, where a milk truck sat stranded for eleven hours. A family from Hazard spent Tuesday night at the fire hall in Litchfield after their pickup slid into a ditch. Plows from Ravenna and Kearney opened the main roads Thursday, and the rural electric co-op restored power to 300 farms around Arcadia and Ashton by Friday noon. Ranchers said the calves came through better than feared.",
		gold: { 'LOUP CITY': [41.28, -98.97], 'Sherman County': [41.26, -98.93], 'Loup City': [41.28, -98.97], Litchfield: [41.17, -99.14], Rockville: [41.11, -98.86], Ashton: [41.27, -98.8], Hazard: [41.09, -99.07], Ravenna: [41.03, -98.91], Kearney: [40.7, -99.08], Arcadia: [41.42, -99.13] }
	},
	{
		genre: 'local',
		text: "Club calendar. HIAWATHA — The Brown County Historical Society meets Tuesday at 7 p.m. at the museum. Horton's garden club will tour a greenhouse in Everest on Thursday. The Sabetha quilt guild meets Saturday at the library; visitors from Seneca and Powhattan welcome. Bingo resumes Friday at the Robinson community building in Robinson.",
		gold: { HIAWATHA: [39.85, -95.54], 'Brown County': [39.79, -95.56], Horton: [39.66, -95.53], Everest: [39.69, -95.41], Sabetha: [39.9, -95.8], Seneca: [39.83, -96.06], Powhattan: [39.72, -95.68], Robinson: [39.82, -95.46] }
	},
	{
		genre: 'local',
		text: "Dispatch notes. HILLSDALE — A barn fire on Mauck Road between Jonesville and Osseo drew crews from four departments Sunday. Reading firefighters were called back to a chimney fire that evening. A Camden man was hurt when his tractor overturned near Litchfield. Quincy volunteers stood by at the Jonesville station.",
		gold: { HILLSDALE: [41.92, -84.63], Jonesville: [41.98, -84.66], Osseo: [41.84, -84.6], Reading: [41.84, -84.75], Camden: [41.75, -84.76], Litchfield: [42.04, -84.76], Quincy: [41.94, -84.88] }
	},
	{
		genre: 'local',
		text: "Letter: Keep the river access open. To the editor: For fifty years my family has put canoes in at the landing below Equinunk. Now the township wants to gate it. People drive up from Hawley and Honesdale every summer weekend to float down to Damascus, and they buy their gas and sandwiches here. Closing the landing will send them across the river. — Carol Waymart, Equinunk",
		gold: { Equinunk: [41.81, -75.19], Hawley: [41.48, -75.18], Honesdale: [41.58, -75.26], Damascus: [41.74, -75.13] },
		notPlaces: ['Carol Waymart', 'Waymart']
	},
	{
		genre: 'local',
		text: "Volleyball. HOLYOKE — Holyoke swept Haxtun 25-19, 25-21, 25-16 on Tuesday to take the league lead. Julesburg beat Fleming in four sets. Next week Holyoke travels to Julesburg; Haxtun plays in Fleming on Saturday.",
		gold: { HOLYOKE: [40.58, -102.3], Holyoke: [40.58, -102.3], Haxtun: [40.64, -102.63], Julesburg: [40.99, -102.26], Fleming: [40.64, -102.87] }
	},
	{
		genre: 'local',
		text: "Police log. OTHELLO — Saturday, 12:40 a.m.: a driver stopped for speeding on Highway 26 at milepost 42 was arrested on a warrant. 9:15 a.m.: a stolen pickup recovered in an orchard south of Warden. Sunday, 3:30 p.m.: a brush fire burned 20 acres along Highway 17 near Connell. 11 p.m.: a noise complaint on Main Street in Lind; a wedding was asked to turn the music down.",
		gold: { OTHELLO: [46.83, -119.18], Warden: [46.97, -119.04], Connell: [46.66, -118.86], Lind: [46.97, -118.62] }
	},
	{
		genre: 'local',
		text: "Rolette County Fair results. Open class: best pie, Marlys Westhope of Dunseith; best quilt, Janet Kraft of Rolla; best garden display, the Willow City 4-H club. Livestock: grand champion lamb, Tanner Olson of Rolette; grand champion heifer, Josie Moe of Newburg. The horse show moves to the Dunseith arena on Sunday.",
		gold: { 'Rolette County': [48.75, -99.84], Dunseith: [48.81, -100.06], Rolla: [48.86, -99.62], Rolette: [48.66, -99.84], Newburg: [48.7, -100.97] },
		notPlaces: ['Marlys Westhope', 'Westhope']
	},
	{
		genre: 'local',
		text: "School board. POPLAR — The school board voted 5-2 Monday to share a music teacher with Brockton next year and to join Culbertson and Froid in a co-op for track. Trustees asked the superintendent to ask Scobey and Plentywood whether their wrestlers could practice in Poplar's gym twice a week. A bus route to Medicine Lake will be dropped if fewer than six children ride it by January.",
		gold: { POPLAR: [48.11, -105.2], Brockton: [48.21, -104.85], Culbertson: [48.14, -104.52], Froid: [48.33, -104.5], Scobey: [48.79, -105.42], Plentywood: [48.77, -104.56], Poplar: [48.11, -105.2], 'Medicine Lake': [48.49, -104.44] }
	},
	{
		genre: 'local',
		text: "Area deaths. BREWTON — Annie Ruth Castleberry, 93, of East Brewton died Thursday at the hospital in Brewton. Lonnie Atmore, 67, of Flomaton died Friday; burial will be in Repton. Bessie Mae Hall, 88, of Evergreen died Saturday at a nursing home in Pensacola, Fla.",
		gold: { BREWTON: [31.11, -87.07], 'East Brewton': [31.09, -87.06], Brewton: [31.11, -87.07], Flomaton: [31.0, -87.26], Repton: [31.43, -87.17], Evergreen: [31.43, -86.96], Pensacola: [30.42, -87.22] },
		notPlaces: ['Annie Ruth Castleberry', 'Castleberry', 'Lonnie Atmore', 'Atmore']
	},
	{
		genre: 'local',
		text: "Karnes and Wilson briefs. Floresville approved a new splash pad Monday. Stockdale's watermelon board will meet Thursday. A Runge man was arrested after a chase that ended in Kenedy. The Karnes City library will close early Friday for a power upgrade, and Falls City's Christmas parade is Saturday night.",
		gold: { Floresville: [29.13, -98.16], Stockdale: [29.24, -97.96], Runge: [28.88, -97.71], Kenedy: [28.82, -97.85], 'Karnes City': [28.88, -97.9], 'Falls City': [28.98, -98.02] }
	},
	{
		genre: 'local',
		text: "Gilliam County briefs. CONDON — The county court hired a new road master Wednesday. A wind farm north of Arlington will add 40 turbines next year. The fair board asked Fossil's 4-H clubs to join the spring show. Cattle buyers from The Dalles and Pendleton will be at the Condon sale Friday.",
		gold: { 'Gilliam County': [45.45, -120.3], CONDON: [45.23, -120.19], Arlington: [45.72, -120.2], Fossil: [45.0, -120.22], 'The Dalles': [45.59, -121.18], Pendleton: [45.67, -118.79], Condon: [45.23, -120.19] }
	},
	{
		genre: 'local',
		text: "Greenlee briefs. CLIFTON — Clifton's council will vote on a new sewer rate Tuesday. Morenci's mine is hiring 80 haul truck drivers. Duncan will host the county's fair in September, and the road to York reopened after the San Francisco River fell below the crossing.",
		gold: { CLIFTON: [33.05, -109.3], Clifton: [33.05, -109.3], Morenci: [33.08, -109.37], Duncan: [32.72, -109.11], York: [32.89, -109.2] }
	},
	{
		genre: 'local',
		text: "River flood warning. ALBION — The Little Wabash and Bonpas Creek will be above flood stage through the weekend. Farm roads between West Salem and Mount Erie were under water Tuesday, and the county closed the bridge east of Albion. Fairfield and Grayville are not expected to flood. Sandbags are available at the Albion fire station.",
		gold: { ALBION: [38.38, -88.06], 'West Salem': [38.52, -88.0], 'Mount Erie': [38.52, -88.22], Albion: [38.38, -88.06], Fairfield: [38.38, -88.36], Grayville: [38.26, -87.99] }
	},
	{
		genre: 'local',
		text: "Area deaths. NEWPORT — Gerald Lowell, 91, of Irasburg died Friday at the hospital in Newport. Pauline Barton, 86, of Coventry died Saturday; burial in Glover. Rene Gagnon, 72, of Troy died Sunday at home; services Wednesday at the church in Orleans. Theresa Chase, 68, of Albany died Monday; she worked 30 years at the bank in Derby Line.",
		gold: { NEWPORT: [44.94, -72.21], Irasburg: [44.81, -72.28], Newport: [44.94, -72.21], Coventry: [44.87, -72.26], Glover: [44.67, -72.21], Troy: [44.9, -72.4], Orleans: [44.82, -72.23], Albany: [44.74, -72.36], 'Derby Line': [45.01, -72.1] },
		notPlaces: ['Gerald Lowell', 'Lowell', 'Pauline Barton', 'Barton']
	}
];

// US local news written for session 41 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s41` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Short briefs anchored only the way a real local paper anchors them (a dateline, a county, a
// cluster of neighbouring towns, a state named only in one editorial ("in Idaho") and in route numbers ("Minnesota 23",
// "Texas 16"), in shapes the earlier batches lack or have little of: a conference's basketball agate and a district
// track meet, a sheriff's log and a police log whose roads are named for other towns ("Akron Road", "Decatur Pike"),
// county fair premium lists, school-board minutes naming districts, extension and parish-agent columns, fishing, trout
// and outdoor columns naming lakes, rivers and state parks, election canvass tables, church bulletins, property
// transfers, 911 and dispatch logs, road construction schedules by route, two editorials naming far-away cities
// ("Driggs is not Jackson", "another Portland" meant as Maine's), school closings, snowmobile trail reports, hydrant
// flushing, a statehouse notebook ("Rep. X, R-Boise City"), holiday trash and transfer-station hours, home sales by
// town, a reunion, a bookmobile schedule, a wildfire update and a power-outage update. Most towns are named like
// states, countries and big cities (Nevada MO and IA, Warsaw, Ravenna, Mantua, Cairo, Lafayette, Lima, Poland OH,
// Marion and Greensboro AL, Cuba NY and MO, Bolivar, Belfast, Cambridge, Logan OH, Boise City, Texas County, Hamilton
// NJ, Montreal WI, Marshall, Ghent, Sudan TX, Athens TN, Calhoun, Chester, Greenville and Quincy CA, Abbeville, Topeka
// IN, Monticello, Cleveland MS, Luxemburg, Denmark WI, China, Palermo, Albion, Windsor, Peru IL, Ottawa, Utica, Concord
// VT, Brighton, Canaan, Monterey and Jamestown TN, Franklin NC, Cherokee, Camden, Brewster, Winthrop) or like words and
// people (Omega, Ty Ty, Afton, Limestone, Star, Eagle, Felt, Victor, Stanley, Tracy, Russell, Crab Orchard, Comfort,
// Hunt, Hope, Liberty, Boyle, Shaw, Taylor, Bluff, Howe, Ronald, Thorp, Garland, Maurice); people carry the names of
// other towns (notPlaces), never of a town the same story names as a place (gold is keyed by name). Gold points are the
// places' own coordinates, the state written from knowledge and the point taken from `gazette lookup NAME --country US`
// in that state (the namesake nearest the story's other towns, its county checked); a few the gazetteer lacks
// (Baileyton TN, Brighton and Bloomfield VT, Hamilton Township and West Windsor NJ, La Sal Junction) and lakes, rivers
// and parks carry points from knowledge. Some towns are gold towns of earlier US local batches (the obvious clusters
// are used up); no story repeats an earlier story's cluster. Half A is for tuning; half B stays held out (report it
// before and after each change).
// Before any change (main a9060f2): A 139/141 within 161 km (0.986), 35 named places not mapped, 7 names of no place
// mapped (surnames of a transfers list: Walsh, Dunn, Hudson, Peters, Salem, Lott); B 138/143 (0.965), 28 not mapped.
// The wrong in A: Baileyton and Hamilton (Mercer County), which the gazetteer lacks, taken for namesakes far away. In
// B: a dateline LUXEMBURG and Denmark (Wisconsin) taken for the countries, "another Portland" in a Maine editorial for
// Oregon's, Brighton and Bloomfield (Vermont, not in the gazetteer) for namesakes. Most of the unmapped are towns named
// like words or people (Star, Felt, Victor, Hope, Liberty, Comfort, Hunt, Shaw, Boyle, Stanley, Ronald, Bourbon,
// Sullivan, Norton, Collins, Maxwell, Caldwell, Chester, Highlands) and a closings list whose towns are all named like
// far places (Cuba, Bolivar, Belfast, Friendship, Angelica).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S41_A: GenreText[] = [
	{
		genre: 'local',
		text: "Conference roundup. Boys basketball, Tuesday: Nevada 58, Lamar 41; Butler 49, Warsaw 44; Clinton 62, Osceola 35; El Dorado Springs 51, Harrisonville 50 (OT). Girls: Lamar 46, Nevada 39; Warsaw 55, Butler 40; Harrisonville 48, Clinton 33. Standings: Nevada 5-0, Clinton 4-1, Warsaw 3-2. Friday: Lamar at Butler, Osceola at El Dorado Springs.",
		gold: { Nevada: [37.84, -94.35], Lamar: [37.5, -94.28], Butler: [38.26, -94.33], Warsaw: [38.24, -93.38], Clinton: [38.37, -93.78], Osceola: [38.05, -93.7], 'El Dorado Springs': [37.88, -94.02], Harrisonville: [38.65, -94.35] }
	},
	{
		genre: 'local',
		text: "Sheriff's log. RAVENNA — 6:12 a.m.: a deer was struck on Akron Road near the Rootstown line; no injuries. 9:40 a.m.: a mailbox was knocked down on a township road in Mantua. 1:05 p.m.: a Garrettsville woman reported a phone scam. 3:30 p.m.: a loose horse on Warren Road in Windham was returned to its owner. 11:02 p.m.: a noise complaint at an apartment complex in Streetsboro.",
		gold: { RAVENNA: [41.16, -81.24], Rootstown: [41.1, -81.2], Mantua: [41.28, -81.22], Garrettsville: [41.28, -81.1], Windham: [41.24, -81.05], Streetsboro: [41.24, -81.35] },
		notPlaces: ['Akron', 'Warren']
	},
	{
		genre: 'local',
		text: "Fair results. Greene County Fair, open class. Jams and jellies: blackberry jam, first, Martha Gladden of Mosheim; pepper jelly, first, Ruth Cason of Afton. Quilts: best of show, the Greeneville quilt guild's star pattern. Vegetables: largest pumpkin, 412 pounds, grown near Chuckey; tomatoes, first, a Limestone grower. Poultry: champion hen shown by a 4-H member from Baileyton. Tusculum's garden club won the flower arranging ribbon.",
		gold: { Baileyton: [36.33, -82.83], 'Greene County': [36.18, -82.86], Mosheim: [36.19, -82.96], Afton: [36.23, -82.75], Greeneville: [36.16, -82.83], Chuckey: [36.22, -82.69], Limestone: [36.25, -82.62], Tusculum: [36.18, -82.76] },
		notPlaces: ['Martha Gladden', 'Gladden', 'Ruth Cason', 'Cason']
	},
	{
		genre: 'local',
		text: "School board minutes. The Blue Mountain board met Monday in Orwigsburg. Members approved a shared bus contract with the Schuylkill Haven district, whose buses already run through Cressona, and heard that the Minersville and Tamaqua districts will join the county's new alternative school in Pottsville next fall. A Frackville parent asked about the start time at the middle school; the North Schuylkill superintendent said Ashland and Mahanoy City families raised the same question.",
		gold: { Orwigsburg: [40.65, -76.1], 'Schuylkill Haven': [40.63, -76.17], Cressona: [40.63, -76.19], Minersville: [40.69, -76.26], Tamaqua: [40.8, -75.97], Pottsville: [40.69, -76.2], Frackville: [40.78, -76.23], Ashland: [40.78, -76.35], 'Mahanoy City': [40.81, -76.14] }
	},
	{
		genre: 'local',
		text: "From the extension office. Peanut digging is about two-thirds done across the district. Growers near Ashburn and Sylvester report good yields on irrigated fields; dryland peanuts around Omega and Ty Ty suffered in the August heat. The cotton gin at Moultrie is running two shifts. Pecan growers should watch for scab after the rains; samples can be brought to the office in Tifton or to the field day at Cordele on the 14th. Adel growers meet Thursday.",
		gold: { Ashburn: [31.71, -83.65], Sylvester: [31.53, -83.84], Omega: [31.34, -83.59], 'Ty Ty': [31.47, -83.65], Moultrie: [31.18, -83.79], Tifton: [31.45, -83.51], Cordele: [31.96, -83.78], Adel: [31.14, -83.42] }
	},
	{
		genre: 'local',
		text: "Fishing report. MOUNTAIN HOME — Bull Shoals Lake is 4 feet above normal and clear. Walleye are hitting jigs in 30 feet off the points near Lakeview. Trout fishing below the dam at Cotter is excellent on generation days; use sculpin patterns. At Norfork Lake, stripers are schooling near the Henderson bridge. The White River at Flippin is wadable in the mornings. Gassville's bait shop reports crappie on brush piles.",
		gold: { 'Bull Shoals Lake': [36.45, -92.6], 'Norfork Lake': [36.3, -92.22], 'White River': [36.2, -92.3], 'MOUNTAIN HOME': [36.34, -92.39], Lakeview: [36.37, -92.55], Cotter: [36.27, -92.54], Henderson: [36.41, -92.2], Flippin: [36.28, -92.6], Gassville: [36.28, -92.49] }
	},
	{
		genre: 'local',
		text: "Outdoors. LIMA — The first cold snap brought the ducks down to the reservoirs this week, and hunters out of Delphos and Spencerville had limits of mallards by 9 a.m. Deer hunters in the woods between Cairo and Lafayette report a good acorn crop, which keeps the deer back in the timber. Bluffton's sportsmen's club holds its turkey shoot Saturday, and the pheasant release near Harrod is set for the 20th. Elida anglers are still catching crappie at the quarry.",
		gold: { LIMA: [40.74, -84.11], Delphos: [40.84, -84.34], Spencerville: [40.71, -84.35], Cairo: [40.83, -84.09], Lafayette: [40.76, -83.95], Bluffton: [40.9, -83.89], Harrod: [40.72, -83.94], Elida: [40.79, -84.2] }
	},
	{
		genre: 'local',
		text: "Official canvass, general election. Mahoning County board of elections, Tuesday. Poland Township trustee: Dale Hovan, 3,914; Greg Lenz, 2,876. Poland village council (three seats): Ann Orr, 842; Mark Fabian, 799; Carla Dill, 765; Tom Beck, 401. Canfield school levy: for 5,102, against 4,688. Boardman fire levy: for 9,840, against 7,215. Lowellville mayor: Jim Iudi, 312. Sebring income tax: for 601, against 588. Struthers council, Ward 2: Lisa Ward, 444.",
		gold: { 'Mahoning County': [40.98, -80.83], Poland: [41.02, -80.61], Canfield: [41.03, -80.76], Boardman: [41.02, -80.66], Lowellville: [41.04, -80.54], Sebring: [40.92, -81.02], Struthers: [41.05, -80.61] },
		notPlaces: ['Dale Hovan', 'Greg Lenz', 'Ann Orr', 'Mark Fabian', 'Carla Dill', 'Tom Beck', 'Jim Iudi', 'Lisa Ward']
	},
	{
		genre: 'local',
		text: "Church bulletin. DEMOPOLIS — Mount Olive Missionary Baptist Church will hold its fall revival Sunday through Wednesday at 7 p.m., with guest preachers from Linden and Uniontown. The Bethel AME choir of Faunsdale sings Sunday afternoon. Thomaston's First Methodist hosts a fish fry Friday to benefit the food pantry in Marion. The Sweet Water men's fellowship meets Saturday at 8 a.m. for breakfast; Greensboro's Presbyterian women serve.",
		gold: { DEMOPOLIS: [32.52, -87.84], Linden: [32.31, -87.8], Uniontown: [32.45, -87.51], Faunsdale: [32.42, -87.62], Thomaston: [32.25, -87.6], Marion: [32.63, -87.32], 'Sweet Water': [32.08, -87.92], Greensboro: [32.7, -87.6] },
		notPlaces: ['Mount Olive', 'Bethel']
	},
	{
		genre: 'local',
		text: "Real estate transfers. City of Adrian: 412 E. Maumee St., Kerr to Walsh, $118,000. Village of Blissfield: 208 Giles Ave., Morenci Properties LLC to Dunn, $164,500. Tecumseh: 905 Brown St., Hudson to Peters, $231,000. Village of Onsted: 11 Main St., estate of R. Clinton to Sandra Britton, $142,000. Village of Deerfield: 300 River St., Salem to Frey, $89,900. Morenci: 15 Orchard St., Lott to Lott, $1.",
		gold: { Adrian: [41.9, -84.04], Blissfield: [41.83, -83.86], Tecumseh: [42, -83.94], Onsted: [42.01, -84.19], Deerfield: [41.89, -83.78], Morenci: [41.72, -84.22] },
		notPlaces: ['Kerr', 'Walsh', 'Dunn', 'Hudson', 'Peters', 'Clinton', 'Britton', 'Sandra Britton', 'Salem', 'Frey', 'Lott']
	},
	{
		genre: 'local',
		text: "911 calls. HARLAN — Tuesday, 2:14 a.m.: a chimney fire on a hollow road above Evarts; Evarts and Baxter volunteers responded. 7:50 a.m.: a coal truck lost a load on U.S. 119 near Cumberland. 10:22 a.m.: a fall at the senior center in Loyall. 4:05 p.m.: a dog bite in Lynch. 6:40 p.m.: a two-car wreck at the Wallins Creek bridge; one taken to the hospital in Harlan. 9:15 p.m.: smoke reported at the old school in Benham.",
		gold: { HARLAN: [36.84, -83.32], Evarts: [36.87, -83.19], Baxter: [36.87, -83.31], Cumberland: [36.98, -82.99], Loyall: [36.85, -83.35], Lynch: [36.97, -82.92], 'Wallins Creek': [36.82, -83.42], Harlan: [36.84, -83.32], Benham: [36.96, -82.95] }
	},
	{
		genre: 'local',
		text: "Road work this week. Minnesota 23 between Marshall and Cottonwood: shoulder work, flaggers, expect 10-minute delays. U.S. 14 through Tracy: one lane each way at the railroad crossing. A county road south of Balaton is closed for a culvert; detour through Russell. Minnesota 68 from Minneota to Ghent: patching, daytime only. The bridge north of Lynd reopened Monday. Walnut Grove's Main Street resurfacing is finished.",
		gold: { Marshall: [44.45, -95.79], Cottonwood: [44.61, -95.67], Tracy: [44.23, -95.62], Balaton: [44.23, -95.87], Russell: [44.32, -95.94], Minneota: [44.56, -95.99], Ghent: [44.51, -95.89], Lynd: [44.4, -95.92], 'Walnut Grove': [44.22, -95.47] }
	},
	{
		genre: 'local',
		text: "Editorial: Growth on our terms. Driggs is not Jackson, and it should not try to be. We have watched what happened over the pass and in Aspen, where the people who teach and nurse and plow can no longer afford to live in the towns they serve. Nobody here wants a copy of Portland or Boulder in Idaho. But Victor, Tetonia and Felt are already losing their young families, and workers in Swan Valley sleep in campers. The county needs a housing plan before the next boom, not after it.",
		gold: { Idaho: [44.2, -114.6], Driggs: [43.72, -111.11], Jackson: [43.48, -110.76], Aspen: [39.19, -106.82], Portland: [45.52, -122.68], Boulder: [40.01, -105.27], Victor: [43.6, -111.11], Tetonia: [43.78, -111.21], Felt: [43.87, -111.19], 'Swan Valley': [43.46, -111.34] }
	},
	{
		genre: 'local',
		text: "Around Story County. NEVADA — The county supervisors approved a new roof for the courthouse. Colo's fire department will hold its chili supper Saturday. Zearing and Collins share a new ambulance crew. Maxwell's library extends its hours. In Huxley, a second grocery store is planned, and Slater's council will vote on a water rate increase. Cambridge is hosting the county's first farmers market on Sunday.",
		gold: { 'Story County': [42.04, -93.44], NEVADA: [42.02, -93.45], Colo: [42.02, -93.32], Zearing: [42.16, -93.3], Collins: [41.9, -93.3], Maxwell: [41.89, -93.4], Huxley: [41.9, -93.6], Slater: [41.88, -93.68], Cambridge: [41.9, -93.53] }
	},
	{
		genre: 'local',
		text: "Closings and delays, Wednesday. Cuba-Rushford Central School: two hours late. Bolivar-Richburg: closed. Friendship: two hours late; no morning pre-K. Belfast Central: closed. Genesee Valley (Belmont): two hours late. Wellsville: on time, buses on hard roads only. Andover: closed. Angelica's senior meals will be delivered at noon.",
		gold: { Cuba: [42.22, -78.28], Rushford: [42.39, -78.25], Bolivar: [42.07, -78.17], Richburg: [42.09, -78.15], Friendship: [42.21, -78.14], Belfast: [42.34, -78.11], Belmont: [42.22, -78.03], Wellsville: [42.12, -77.95], Andover: [42.16, -77.8], Angelica: [42.31, -78.02] }
	},
	{
		genre: 'local',
		text: "Snowmobile trail report. IRONWOOD — Trails in the Ironwood and Bessemer area opened Friday with a 14-inch base. The club reports good riding between Wakefield and Marenisco; the trail to Watersmeet has bare spots at road crossings. Across the river, trails around Hurley and Montreal are groomed nightly, and Mercer's club holds its safety course Saturday.",
		gold: { IRONWOOD: [46.45, -90.17], Ironwood: [46.45, -90.17], Bessemer: [46.48, -90.05], Wakefield: [46.48, -89.94], Marenisco: [46.36, -89.68], Watersmeet: [46.25, -89.21], Hurley: [46.45, -90.19], Montreal: [46.43, -90.25], Mercer: [46.17, -90.06] }
	},
	{
		genre: 'local',
		text: "Water main flushing. LOGAN — City crews will flush hydrants this week; water may be cloudy for a few hours. Monday: the north end toward Rockbridge. Tuesday: the streets east of Main. Nelsonville and Laurelville flush on their own schedules next month; Murray City and Haydenville crews finish Thursday. Residents of New Straitsville are served by their own system and are not affected.",
		gold: { LOGAN: [39.54, -82.41], Rockbridge: [39.55, -82.56], Nelsonville: [39.46, -82.23], Laurelville: [39.47, -82.74], 'Murray City': [39.51, -82.17], Haydenville: [39.48, -82.33], 'New Straitsville': [39.58, -82.24] }
	},
	{
		genre: 'local',
		text: "Statehouse notebook. Rep. Kyle Dunn, R-Boise City, filed a bill to move more road money to counties with long stretches of county highway. Sen. Carol Meeks, R-Guymon, said Texas County alone maintains more than 2,000 miles of roads. Rep. Jay Pruitt, R-Hooker, and Rep. Dana Stout, R-Beaver, co-sponsored the bill; the Goodwell and Texhoma town boards wrote letters in support.",
		gold: { 'Boise City': [36.73, -102.51], Guymon: [36.68, -101.48], 'Texas County': [36.78, -101.38], Hooker: [36.86, -101.21], Beaver: [36.82, -100.52], Goodwell: [36.6, -101.64], Texhoma: [36.51, -101.78] },
		notPlaces: ['Kyle Dunn', 'Carol Meeks', 'Meeks', 'Jay Pruitt', 'Pruitt', 'Dana Stout', 'Stout']
	},
	{
		genre: 'local',
		text: "Holiday trash schedule. Collections shift by one day this week in Hamilton and Ewing; Thursday's routes run Friday. Lawrence Township collects on its normal schedule. Hopewell Borough and Pennington have no recycling pickup Thursday. Robbinsville residents may take bulk items to the township yard Saturday. The county's household hazardous waste day in Trenton is moved to the 20th; West Windsor residents are welcome.",
		gold: { Hamilton: [40.21, -74.68], 'Lawrence Township': [40.29, -74.72], 'West Windsor': [40.29, -74.62], Ewing: [40.27, -74.8], 'Hopewell Borough': [40.39, -74.76], Pennington: [40.33, -74.79], Robbinsville: [40.21, -74.62], Trenton: [40.22, -74.74] }
	},
	{
		genre: 'local',
		text: "Home sales. Ada County's median sale price rose to $545,000 in November, the highest in the Treasure Valley. Prices in Eagle topped $900,000; Meridian came in at $560,000. Kuna and Star, where most of the new subdivisions are, stayed near $480,000. In neighboring Canyon County, Nampa's median was $430,000 and Caldwell's $405,000; Middleton and Emmett buyers paid a little more.",
		gold: { 'Ada County': [43.41, -116.34], Eagle: [43.7, -116.35], Meridian: [43.61, -116.39], Kuna: [43.49, -116.42], Star: [43.69, -116.49], 'Canyon County': [43.64, -116.78], Nampa: [43.54, -116.56], Caldwell: [43.66, -116.69], Middleton: [43.71, -116.62], Emmett: [43.87, -116.5] }
	}
];

export const HELD_OUT_US_LOCAL_S41_B: GenreText[] = [
	{
		genre: 'local',
		text: "Track and field. District 2-2A meet at Muleshoe, Saturday. Boys team scores: Muleshoe 142, Friona 118, Olton 96, Farwell 71, Sudan 44, Bovina 30. Girls: Friona 131, Sudan 102, Muleshoe 99, Olton 65, Farwell 58. Regional qualifiers in the 400 came from Olton and Sudan; the 4x100 relay record fell to Friona. Dimmitt hosts the area meet next week.",
		gold: { Muleshoe: [34.23, -102.72], Friona: [34.64, -102.72], Olton: [34.18, -102.13], Farwell: [34.38, -103.04], Sudan: [34.07, -102.52], Bovina: [34.51, -102.88], Dimmitt: [34.55, -102.31] }
	},
	{
		genre: 'local',
		text: "Police log. ATHENS — A man was charged with shoplifting at a store on Decatur Pike. A wreck on Madisonville Road sent two people to the hospital; the road was closed for an hour. Officers in Etowah found a stolen trailer behind a church. An Englewood woman reported her mailbox damaged. In Niota, a dog was reported loose near the school. Riceville firefighters put out a grass fire off the highway, and a Calhoun man was cited for speeding.",
		gold: { ATHENS: [35.44, -84.59], Etowah: [35.32, -84.52], Englewood: [35.42, -84.49], Niota: [35.51, -84.55], Riceville: [35.38, -84.69], Calhoun: [35.32, -84.74] },
		notPlaces: ['Decatur', 'Madisonville']
	},
	{
		genre: 'local',
		text: "Fair results. Kittitas County Fair, open class. Baking: best loaf of bread, Helen Easton of Cle Elum; pie, first, Ronald Thorp of Ellensburg. Hay: best second cutting, a Kittitas grower. Photography: best of show, a mountain scene by a Roslyn high school student. Sheep: supreme champion ewe, from a flock near Thorp. Rabbits: best in show, a Ronald 4-H member.",
		gold: { 'Kittitas County': [47.25, -120.84], 'Cle Elum': [47.2, -120.94], Ellensburg: [47, -120.55], Kittitas: [46.98, -120.42], Roslyn: [47.22, -120.99], Thorp: [47.07, -120.67], Ronald: [47.25, -121.05] },
		notPlaces: ['Helen Easton', 'Easton']
	},
	{
		genre: 'local',
		text: "School board briefs. QUINCY — The board approved a shared counselor with the Portola and Chester schools. Greenville's elementary will add an evening class in welding for parents, and the Chester high school will get new bleachers. Students from Graeagle will keep riding the Portola bus. Taylorsville reported enrollment down by 3 percent.",
		gold: { QUINCY: [39.94, -120.95], Portola: [39.81, -120.47], Chester: [40.31, -121.23], Greenville: [40.14, -120.95], Graeagle: [39.77, -120.62], Taylorsville: [40.04, -120.74] }
	},
	{
		genre: 'local',
		text: "Ag notes from the parish agent. The second rice crop is in the bins around Kaplan and Gueydan, and crawfish farmers are flooding those fields again. Yields near Maurice and Erath ran about 20 barrels an acre. Cane growers near Delcambre should finish grinding by Christmas. The research station holds its winter meeting in Abbeville on the 9th; growers from Jeanerette and New Iberia are welcome.",
		gold: { Kaplan: [30, -92.28], Gueydan: [30.03, -92.51], Maurice: [30.11, -92.12], Erath: [29.96, -92.04], Delcambre: [29.95, -91.99], Abbeville: [29.97, -92.13], Jeanerette: [29.91, -91.66], 'New Iberia': [30, -91.82] }
	},
	{
		genre: 'local',
		text: "Trout report. BRYSON CITY — Delayed-harvest waters on the Tuckasegee between Dillsboro and Bryson City were stocked Tuesday. The Nantahala is running clear; fly anglers near the gorge did well on nymphs. Anglers above Cherokee report fish rising to midges. Creeks near Highlands and Cashiers are low. In Franklin, the outfitter on Main Street has the new regulations; Sylva's shop runs a casting clinic Saturday. Robbinsville guides say the lake is full of smallmouth.",
		gold: { Tuckasegee: [35.38, -83.25], Nantahala: [35.33, -83.6], 'BRYSON CITY': [35.43, -83.45], Dillsboro: [35.37, -83.26], 'Bryson City': [35.43, -83.45], Cherokee: [35.47, -83.31], Highlands: [35.05, -83.2], Cashiers: [35.1, -83.09], Franklin: [35.18, -83.38], Sylva: [35.37, -83.23], Robbinsville: [35.32, -83.81] }
	},
	{
		genre: 'local',
		text: "Outdoors. SISTER BAY — The last warm weekend brought hikers to Peninsula State Park, where the maples near Fish Creek are past peak. The trails at Newport State Park, north of Ellison Bay, are quiet; it is a dark-sky park, and the stars on a clear night are worth the drive. Potawatomi's observation tower near Sturgeon Bay stays closed for repairs. Baileys Harbor and Egg Harbor shops close for the season after this weekend; Ephraim's docks come out Monday.",
		gold: { 'Peninsula State Park': [45.14, -87.23], 'Newport State Park': [45.24, -86.99], Potawatomi: [44.86, -87.41], 'SISTER BAY': [45.19, -87.12], 'Fish Creek': [45.12, -87.21], 'Ellison Bay': [45.26, -87.05], 'Sturgeon Bay': [44.83, -87.38], 'Baileys Harbor': [45.06, -87.17], 'Egg Harbor': [45.01, -87.28], Ephraim: [45.16, -87.17] }
	},
	{
		genre: 'local',
		text: "Canvass results. Page County electoral board, certified Friday. Sheriff: Luray district, 2,108 to 1,312; Stanley district, 1,044 to 877; Shenandoah district, 906 to 612; Rileyville precinct, 301 to 298. Luray town council: three seats, four candidates. Stanley's water bond passed 611-402. Shenandoah's mayor ran unopposed.",
		gold: { 'Page County': [38.61, -78.46], Luray: [38.67, -78.46], Stanley: [38.58, -78.5], Shenandoah: [38.49, -78.63], Rileyville: [38.76, -78.39] }
	},
	{
		genre: 'local',
		text: "Church news. CLEVELAND — The First Baptist Church youth will hold a car wash Saturday to raise money for a mission trip. Boyle United Methodist hosts its homecoming Sunday with dinner on the grounds. Merigold's Presbyterian church welcomes a new pastor. The Mound Bayou choir sings at the Shaw community church on the 15th. Rosedale's revival starts Monday; Ruleville's First Baptist is collecting coats.",
		gold: { CLEVELAND: [33.74, -90.72], Boyle: [33.7, -90.73], Merigold: [33.84, -90.73], 'Mound Bayou': [33.88, -90.73], Shaw: [33.6, -90.77], Rosedale: [33.85, -91.03], Ruleville: [33.73, -90.55] }
	},
	{
		genre: 'local',
		text: "Property transfers. Shipshewana: 405 Morton St., Yoder to Miller, $312,000. Topeka: 2.3 acres on a county road, Hershberger to Troyer, $95,000. LaGrange: 128 W. Spring St., Mast to Schrock, $187,500. Howe: a farm of 62 acres, Weaver to Weaver, $640,000. Middlebury: 811 Wayne St., Raber to Hochstetler, $210,000. Wolcottville: 14 Main St., Keim to Beachy, $132,000.",
		gold: { Shipshewana: [41.67, -85.58], Topeka: [41.54, -85.54], LaGrange: [41.64, -85.42], Howe: [41.72, -85.42], Middlebury: [41.68, -85.71], Wolcottville: [41.53, -85.37] },
		notPlaces: ['Yoder', 'Miller', 'Hershberger', 'Troyer', 'Mast', 'Schrock', 'Weaver', 'Raber', 'Hochstetler', 'Keim', 'Beachy', 'Morton', 'Wayne']
	},
	{
		genre: 'local',
		text: "Dispatch log. MONTICELLO — Monday, 1:20 a.m.: a cow on the highway north of La Sal Junction. 8:05 a.m.: a welfare check in Blanding. 12:40 p.m.: a rollover south of Mexican Hat; the driver was flown to Grand Junction. 3:15 p.m.: a brush fire near Bluff, contained at one acre. 7:55 p.m.: a fight at a gas station in Montezuma Creek. 10:30 p.m.: a stranded motorist near La Sal. Moab deputies assisted.",
		gold: { 'La Sal Junction': [38.31, -109.4], MONTICELLO: [37.87, -109.34], Blanding: [37.62, -109.48], 'Mexican Hat': [37.12, -109.99], 'Grand Junction': [39.06, -108.55], Bluff: [37.28, -109.55], 'Montezuma Creek': [37.25, -109.11], 'La Sal': [38.31, -109.25], Moab: [38.57, -109.55] }
	},
	{
		genre: 'local',
		text: "Road construction. FREDERICKSBURG — U.S. 290 east of town: lane closures nightly for paving. Texas 16 between Kerrville and Fredericksburg: flaggers near the county line. Texas 27 through Comfort and Center Point: shoulder widening. Texas 39 west of Ingram to Hunt: one lane near the river crossings. Interstate 10 at Boerne: the frontage road exit closes Tuesday night. Bandera's Main Street work is done.",
		gold: { FREDERICKSBURG: [30.28, -98.87], Kerrville: [30.05, -99.14], Fredericksburg: [30.28, -98.87], Comfort: [29.97, -98.91], 'Center Point': [29.94, -99.04], Ingram: [30.08, -99.24], Hunt: [30, -99.48], Boerne: [29.79, -98.73], Bandera: [29.73, -99.07] }
	},
	{
		genre: 'local',
		text: "Editorial: Keep the working harbor. Camden is not Nantucket, and the people who fish out of this harbor should not be priced off it. When Rockport lost its last boatyard, the summer houses came and the lights went dark in October. Rockland still has its fishing fleet, and Lincolnville and Hope still have year-round schools. We do not need to become another Portland, where the waterfront is hotels. Nor Key West. The select board should keep the harbor's working piers.",
		gold: { Camden: [44.21, -69.06], Nantucket: [41.28, -70.1], Rockport: [44.18, -69.08], Rockland: [44.1, -69.11], Lincolnville: [44.28, -69.01], Hope: [44.27, -69.16], Portland: [43.66, -70.26], 'Key West': [24.56, -81.78] }
	},
	{
		genre: 'local',
		text: "Around Crawford County. STEELVILLE — The county commission approved a new roof for the jail. Cuba's Christmas parade is Saturday at 6 p.m. Bourbon and Leasburg share a new fire chief. Cherryville's school board approved a four-day week starting next fall. The Sullivan hospital will open a clinic in Cuba next month.",
		gold: { 'Crawford County': [37.96, -91.31], STEELVILLE: [37.97, -91.35], Cuba: [38.06, -91.4], Bourbon: [38.15, -91.24], Leasburg: [38.09, -91.3], Cherryville: [37.81, -91.23], Sullivan: [38.21, -91.16] }
	},
	{
		genre: 'local',
		text: "Transfer station holiday hours. The China station is closed Thursday and open Friday, 8 a.m. to noon. Vassalboro's station keeps its Saturday hours. Palermo and Albion residents may use the China station through January. Sidney's swap shop is closed for the winter. Windsor and Liberty residents should note the new sticker fee.",
		gold: { China: [44.48, -69.52], Vassalboro: [44.46, -69.68], Palermo: [44.41, -69.47], Albion: [44.53, -69.44], Sidney: [44.41, -69.73], Windsor: [44.31, -69.58], Liberty: [44.39, -69.3] }
	},
	{
		genre: 'local',
		text: "Cheese contest. LUXEMBURG — Results of the county's cheese and butter contest: best cheddar, a factory in Denmark; best brick, a maker near Casco; best butter, the creamery in Kewaunee. A Pulaski cheesemaker won the colby class, and Greenleaf's factory took second. Wrightstown hosts next year's contest.",
		gold: { LUXEMBURG: [44.54, -87.7], Denmark: [44.35, -87.83], Casco: [44.56, -87.62], Kewaunee: [44.46, -87.5], Pulaski: [44.67, -88.24], Greenleaf: [44.31, -88.1], Wrightstown: [44.33, -88.16] }
	},
	{
		genre: 'local',
		text: "Fire update. OKANOGAN — The fire west of Twisp grew to 4,200 acres overnight. Residents along the river road north of Winthrop are under an evacuation order; Mazama is on alert. Smoke is heavy in Omak, Pateros and Brewster, and the Tonasket school canceled outdoor recess. An evacuation center is open at the Okanogan fairgrounds; Riverside's church takes pets.",
		gold: { OKANOGAN: [48.36, -119.58], Twisp: [48.36, -120.12], Winthrop: [48.48, -120.18], Mazama: [48.6, -120.39], Omak: [48.41, -119.53], Pateros: [48.05, -119.9], Brewster: [48.1, -119.78], Tonasket: [48.71, -119.44], Okanogan: [48.36, -119.58], Riverside: [48.49, -119.58] }
	},
	{
		genre: 'local',
		text: "Class reunion. The Class of 1976 of the high school in Peru held its 50-year reunion Saturday at a hall in LaSalle. Classmates came from Oglesby, Spring Valley, Ottawa and Streator, and from as far as Phoenix, Denver and Orlando. A tour of Utica and the state park followed on Sunday; Mendota's class of 1976 joined them for dinner.",
		gold: { Peru: [41.33, -89.13], LaSalle: [41.33, -89.09], Oglesby: [41.3, -89.06], 'Spring Valley': [41.33, -89.2], Ottawa: [41.35, -88.84], Streator: [41.12, -88.84], Phoenix: [33.45, -112.07], Denver: [39.74, -104.98], Orlando: [28.54, -81.38], Utica: [41.34, -89.01], Mendota: [41.55, -89.12] }
	},
	{
		genre: 'local',
		text: "Bookmobile schedule. Tuesday: Island Pond, 9 a.m. at the post office; Brighton town hall, 11 a.m. Wednesday: Canaan school, 10 a.m.; Norton, noon. Thursday: Lunenburg, 9:30 a.m.; Guildhall, 11 a.m.; Concord, 1:30 p.m. at the library. Friday: Bloomfield, 10 a.m.",
		gold: { Brighton: [44.81, -71.87], Bloomfield: [44.75, -71.63], 'Island Pond': [44.81, -71.88], Canaan: [44.98, -71.56], Norton: [44.99, -71.79], Lunenburg: [44.46, -71.68], Guildhall: [44.57, -71.56], Concord: [44.45, -71.87] }
	},
	{
		genre: 'local',
		text: "Outage update. CROSSVILLE — About 1,400 co-op members lost power after Monday's wind. Pleasant Hill and Crab Orchard were restored overnight; crews are still working near Monterey and Grimsley. Fairfield Glade's outage was a broken pole on the county road. Jamestown's substation was back up by noon; members near Rugby may be out until Wednesday.",
		gold: { CROSSVILLE: [35.95, -85.03], 'Pleasant Hill': [35.98, -85.19], 'Crab Orchard': [35.91, -84.88], Monterey: [36.15, -85.27], Grimsley: [36.27, -84.98], 'Fairfield Glade': [36, -84.89], Jamestown: [36.43, -84.93], Rugby: [36.35, -84.71] }
	}
];

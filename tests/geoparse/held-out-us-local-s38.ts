// US local news written for session 38 (none copied from anywhere) and scored BEFORE any change was tuned on
// them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s38` (issue #10: hidden US local
// news at Acc@161 0.73, F1 0.78 wanted). Session 37 found that only short briefs with little to anchor them went
// wrong, so 32 of the 40 are briefs of two to five sentences (police and sheriff's items, school board and council
// notes, "around the region" roundups of one-line items, score lines between small towns' schools, a weather
// one-liner, obituary one-liners, road closures), each anchored only the way a real local paper anchors them: a
// dateline or a region word ("Marshall County football", "Wind River weather", "Around the Northwoods"), the
// state named rarely or never. The other eight are long stories (an obituary, a harvest report, a fair auction, a
// farm market, a blizzard, a river flood, another flood, a football roundup) naming fifteen to twenty places.
// Towns come from forty states, one story each (Vermont, Delaware, Louisiana, Alabama, Arkansas, Utah, Nevada,
// Wyoming, Colorado, Iowa, Wisconsin, Michigan, Indiana, Ohio, Virginia, Georgia, Oregon, Texas, New Jersey,
// Maryland in A; Connecticut, Rhode Island, Alaska, Missouri, Minnesota, Washington, Montana, South Carolina,
// Idaho, New Mexico, Oklahoma, West Virginia, New Hampshire, Nebraska, Kentucky, Florida, Mississippi,
// Pennsylvania, Illinois, North Carolina in B); no story's subject town is the subject of an earlier US local
// batch. Most share their names with bigger or foreign places (Charlotte, Salisbury, Lafayette, Providence,
// Smithfield, Hudson, Lima, Victoria, Crewe, Dublin, Louisville, Athena, Portland, Dayton, Paris, Trenton,
// Lancaster, Greensboro, Goldsboro, Colchester, Marlborough, Napoleon, Lexington, Springfield, Usk, Harlem,
// Zurich, Lynchburg, Santa Clara, Tupelo, Pittsburg, Stratford, Alliance, Valentine, Alexandria, California,
// Indiana, Enfield, Little Switzerland, Sebastopol, Oxford …), with words (Brush, Echo, Helix, Commerce, Summit,
// Liberty, Union Church, Bell, Emma) or with first names and surnames (Geraldine, Douglas, Grant,
// Dale, Ferdinand, Phelps, Conover, Leonard, Elmer, Quinton, Ada, Allen, Stonewall, Thomas, Davis, Morgan,
// Turner, Gordon, Crawford, Harrison, Butler); people carry the names of other towns of their county
// (notPlaces), and a person never carries the name of a town the same story names as a place (gold is keyed
// by name). Gold points are the places' own coordinates, the state written from knowledge and the point taken
// from `gazette lookup NAME --country US` in that state (its county checked); names the gazetteer lacks are
// left out of the text. No brief is left without a way to tell (every one has a dateline, a county or a cluster
// of neighbouring towns). Half A is for tuning; half B stays held out (report it before and after each change).
// Before any change (main 0ed18bf): A 160/163 within 161 km (0.982), 14 named places not mapped, 1 name of no
// place mapped; B 170/173 (0.983), 20 not mapped, 1 name of no place mapped. The wrong: a Fairview, a Victoria
// and a Graymont taken for namesakes in other states; Santa Clara (New Mexico) read as Cuba's, Sebastopol
// (Mississippi) as Ukraine's, California (Kentucky) as the state. The false: a church and the Red Cross. Most of
// the unmapped are whole briefs whose towns all share names with people or words (Santa Claus, Dale, Lincoln
// City, Ferdinand; Bayard, Hurley) and a football roundup's small schools (Summit, Liberty, Osyka, Prentiss).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S38_A: GenreText[] = [
	{
		genre: 'local',
		text: "Charlotte board backs new town garage. CHARLOTTE — The select board voted 4-1 Tuesday to put a new highway garage on the March town meeting warning. The garage would replace a 1960s building near the Ferrisburgh line that the road crew has outgrown. Hinesburg and Shelburne have agreed to share their salt sheds while it is built.",
		gold: { Charlotte: [44.31, -73.26], CHARLOTTE: [44.31, -73.26], Ferrisburgh: [44.21, -73.25], Hinesburg: [44.33, -73.11], Shelburne: [44.38, -73.23] }
	},
	{
		genre: 'local',
		text: "Seaford man charged in shed break-ins. SEAFORD — A Seaford man was charged Friday with breaking into three sheds near Laurel, state police said. Troopers found the stolen tools at a pawn shop in Salisbury, and a trailer taken from a farm outside Bridgeville turned up in Delmar. He was held at the prison near Georgetown on $12,000 bond.",
		gold: { SEAFORD: [38.64, -75.61], Seaford: [38.64, -75.61], Laurel: [38.56, -75.57], Salisbury: [38.36, -75.6], Bridgeville: [38.74, -75.6], Delmar: [38.46, -75.58], Georgetown: [38.69, -75.39] }
	},
	{
		genre: 'local',
		text: "Police seek pickup in hit-and-run. CROWLEY — Police are looking for the driver of a white pickup that struck a man walking home Saturday night near the rice mill. The man was taken to a hospital in Lafayette with a broken leg. Witnesses said the truck was last seen headed east toward Rayne; a similar truck was reported later near Iota.",
		gold: { CROWLEY: [30.21, -92.37], Lafayette: [30.22, -92.02], Rayne: [30.23, -92.27], Iota: [30.33, -92.5] }
	},
	{
		genre: 'local',
		text: "Marshall County football. Guntersville 35, Boaz 14: the Wildcats scored three times in the second quarter. Albertville 28, Douglas 21: a late interception sealed it. Geraldine 21, Crossville 20: a blocked extra point was the difference. Grant 17, Union Grove 10. Next week Boaz hosts Albertville and Guntersville travels to Douglas.",
		gold: { 'Marshall County': [34.41, -86.31], Guntersville: [34.36, -86.29], Boaz: [34.2, -86.17], Albertville: [34.27, -86.21], Douglas: [34.17, -86.32], Geraldine: [34.35, -86], Crossville: [34.29, -85.99], Grant: [34.53, -86.25], 'Union Grove': [34.41, -86.46] },
		notPlaces: ['Wildcats']
	},
	{
		genre: 'local',
		text: "Area deaths. HEBER SPRINGS — Edna Mae Higden, 91, of Heber Springs died Monday; burial will be in Quitman. Roy Lee Tumbling, 77, of Pangburn died Tuesday at a hospital in Searcy. Carl Concord, 64, of Drasco died Wednesday; services are Saturday at the chapel in Greers Ferry.",
		gold: { 'HEBER SPRINGS': [35.49, -92.03], 'Heber Springs': [35.49, -92.03], Quitman: [35.38, -92.22], Pangburn: [35.43, -91.84], Searcy: [35.25, -91.74], Drasco: [35.66, -91.94], 'Greers Ferry': [35.58, -92.18] },
		notPlaces: ['Edna Mae Higden', 'Higden', 'Roy Lee Tumbling', 'Carl Concord', 'Concord']
	},
	{
		genre: 'local',
		text: "Hyrum raises water rates. HYRUM — The city council voted Thursday to raise water rates by $6 a month to pay for a new well. Homes in Wellsville and Nibley that buy water from the city will pay the same increase. The mayor said rates in Providence and Smithfield went up more last year.",
		gold: { HYRUM: [41.63, -111.85], Hyrum: [41.63, -111.85], Wellsville: [41.64, -111.93], Nibley: [41.67, -111.83], Providence: [41.71, -111.82], Smithfield: [41.84, -111.83] }
	},
	{
		genre: 'local',
		text: "Fire destroys motel rooms. WINNEMUCCA — A fire early Sunday destroyed six rooms of a motel on the main street, and guests were moved to hotels in Lovelock and Battle Mountain. Volunteer crews from Paradise Valley and Orovada helped the city's firefighters. The cause is under investigation.",
		gold: { WINNEMUCCA: [40.97, -117.74], Lovelock: [40.18, -118.47], 'Battle Mountain': [40.64, -116.93], 'Paradise Valley': [41.51, -117.57], Orovada: [41.67, -117.91] }
	},
	{
		genre: 'local',
		text: "Wind River weather. Gusts to 60 mph are expected Tuesday in Lander, Hudson and Shoshoni, and the highway over the pass may close. Thermopolis could see a foot of snow by Wednesday. Schools in Pavillion will decide on closing by 6 a.m.",
		gold: { Lander: [42.83, -108.73], Hudson: [42.91, -108.58], Shoshoni: [43.24, -108.11], Thermopolis: [43.65, -108.21], Pavillion: [43.36, -108.7] }
	},
	{
		genre: 'local',
		text: "Sterling police log. STERLING — Tuesday: a bicycle was stolen from a porch on Ash Street. Wednesday: a Brush man was cited for driving without a license near the Atwood turnoff. Thursday: officers helped Fort Morgan police find a runaway from Merino, who was returned to her family.",
		gold: { STERLING: [40.63, -103.21], Sterling: [40.63, -103.21], Brush: [40.26, -103.62], Atwood: [40.51, -103.27], 'Fort Morgan': [40.25, -103.8], Merino: [40.57, -103.47] },
		notPlaces: ['Ash Street']
	},
	{
		genre: 'local',
		text: "Postville board shares superintendent. POSTVILLE — The school board agreed Monday to share a superintendent with the district whose schools are in Monona and McGregor. Families from Castalia and Ossian may still open-enroll. The board meets next at the elementary school on Jan. 12.",
		gold: { POSTVILLE: [43.08, -91.57], Postville: [43.08, -91.57], Monona: [43.05, -91.39], McGregor: [43.02, -91.18], Castalia: [43.14, -91.66], Ossian: [43.15, -91.76] }
	},
	{
		genre: 'local',
		text: "Around the Northwoods. Eagle River: the Lions Club ice fishing derby is Saturday on the chain of lakes. Three Lakes: the town board meets Monday about the boat landing. Phelps: a log truck tipped on Highway 17; no one was hurt. Conover: the library book sale raised $900.",
		gold: { 'Eagle River': [45.92, -89.24], 'Three Lakes': [45.8, -89.16], Phelps: [46.06, -89.08], Conover: [46.04, -89.24] },
		notPlaces: ['Northwoods', 'Lions Club']
	},
	{
		genre: 'local',
		text: "Mio woman hurt in deer crash. MIO — A Mio woman was taken to the hospital in Grayling after her car hit a deer on M-72 west of Luzerne on Friday night, troopers said. Her passenger, a man from Fairview, was not hurt.",
		gold: { MIO: [44.65, -84.13], Mio: [44.65, -84.13], Grayling: [44.66, -84.71], Luzerne: [44.6, -84.29], Fairview: [44.72, -84.05] }
	},
	{
		genre: 'local',
		text: "Santa Claus hires police chief. SANTA CLAUS — The town council hired a former Dale officer as police chief Monday. Under a county agreement he will also help cover Lincoln City and Ferdinand at night.",
		gold: { 'SANTA CLAUS': [38.12, -86.91], Dale: [38.17, -86.99], 'Lincoln City': [38.12, -87], Ferdinand: [38.22, -86.86] }
	},
	{
		genre: 'local',
		text: "Road closed. WAPAKONETA — County Road 25A between Wapakoneta and Cridersville closes Monday for two weeks of culvert work. The detour runs through Buckland and Uniopolis. Trucks bound for Lima should use the interstate.",
		gold: { WAPAKONETA: [40.57, -84.19], Wapakoneta: [40.57, -84.19], Cridersville: [40.65, -84.15], Buckland: [40.62, -84.26], Uniopolis: [40.6, -84.09], Lima: [40.74, -84.11] }
	},
	{
		genre: 'local',
		text: "Lunenburg deputies arrest two. KENBRIDGE — Sheriff's deputies arrested a Victoria man and a Crewe woman Saturday after a traffic stop on Route 49 turned up checks stolen from mailboxes. Some of the checks had been cashed in Blackstone and South Hill, deputies said.",
		gold: { KENBRIDGE: [36.96, -78.12], Lunenburg: [36.96, -78.27], Victoria: [36.99, -78.23], Crewe: [37.17, -78.12], Blackstone: [37.08, -78], 'South Hill': [36.73, -78.13] }
	},
	{
		genre: 'local',
		text: "SWAINSBORO — Mattie Lou Jenkins, 87, of Twin City died Sunday at the hospital in Swainsboro. She was born March 3, 1939, near Graymont, the daughter of the late Ollie and Pearl Rountree, and as a girl picked cotton on farms between Garfield and Stillmore. She graduated from the county high school and worked 32 years at the sewing plant in Louisville, riding to work each day with neighbors from Wadley. Miss Mattie taught Sunday school at Pleasant Hill Baptist Church for 50 years and her pound cakes were known at every homecoming from Metter to Millen. Survivors include a daughter, Gloria Collins of Statesboro; two sons, Curtis Jenkins of Savannah and Harold Jenkins of Atlanta; a sister, Inez Rountree Hall of Dublin; 11 grandchildren and 14 great-grandchildren. She was preceded in death by her husband, Otis, and a son, Carl, who died in Vietnam. Services will be at 11 a.m. Saturday at Pleasant Hill, with burial in the church cemetery near Kite. The family will receive friends Friday evening at the funeral home in Swainsboro.",
		gold: { SWAINSBORO: [32.6, -82.33], Swainsboro: [32.6, -82.33], 'Twin City': [32.58, -82.16], Graymont: [32.58, -82.16], Garfield: [32.65, -82.1], Stillmore: [32.44, -82.22], Louisville: [33, -82.41], Wadley: [32.87, -82.4], Metter: [32.4, -82.06], Millen: [32.8, -81.95], Statesboro: [32.45, -81.78], Savannah: [32.08, -81.1], Atlanta: [33.75, -84.39], Dublin: [32.54, -82.9], Vietnam: [16, 107.8], Kite: [32.71, -82.53] },
		notPlaces: ['Mattie Lou Jenkins', 'Pearl Rountree', 'Rountree', 'Pleasant Hill', 'Pleasant Hill Baptist Church', 'Gloria Collins', 'Collins', 'Curtis Jenkins', 'Harold Jenkins', 'Inez Rountree Hall', 'Hall', 'Otis', 'Carl', 'Ollie', 'Pearl']
	},
	{
		genre: 'local',
		text: "Harvest ends early in the foothills. ATHENA — Growers between Athena and Weston finished cutting soft white wheat last week, two weeks ahead of normal, and yields averaged 62 bushels an acre, the grain cooperative said. Farther west, dryland fields around Helix and Adams came in near 45 bushels after a hot June, and growers near Echo and Stanfield reported their lightest crop in a decade. The elevators in Athena and Helix were full by Aug. 1, and barges loaded at Umatilla carried grain down the river to Portland, where prices at the export terminal fell to $5.60 a bushel. Irrigated farms around Hermiston and Boardman are still picking sweet corn and onions, and a packing shed in Irrigon added a night shift. Across the state line, growers near Walla Walla and Dayton are harvesting peas and barley. The county wheat league meets Sept. 12 at the fairgrounds in Pendleton; growers from Heppner and Ione will speak on the cost of fertilizer, and a buyer from Spokane will talk about markets in Japan and the Philippines.",
		gold: { ATHENA: [45.81, -118.49], Athena: [45.81, -118.49], Weston: [45.81, -118.42], Helix: [45.87, -118.72], Adams: [45.77, -118.56], Echo: [45.74, -119.2], Stanfield: [45.78, -119.22], Umatilla: [45.92, -119.34], Portland: [45.52, -122.68], Hermiston: [45.84, -119.29], Boardman: [45.84, -119.7], Irrigon: [45.9, -119.49], 'Walla Walla': [46.06, -118.34], Dayton: [46.32, -117.97], Pendleton: [45.67, -118.79], Heppner: [45.35, -119.56], Ione: [45.54, -119.77], Spokane: [47.66, -117.43], Japan: [36, 138], Philippines: [12.9, 121.8] }
	},
	{
		genre: 'local',
		text: "Fair auction tops $200,000. BONHAM — The county fair closed Saturday with the premium auction at the expo center, where buyers from Sherman, Denison and Paris spent $212,000 on 90 animals. The grand champion steer, shown by Kaylee Windom of Honey Grove, sold for $12 a pound to a bank in Bonham. The reserve steer belonged to Tate Savoy of the Leonard 4-H club. Brooks Ector of Trenton showed the grand champion lamb, and Avery Dodd of the Ladonia FFA had the top barrow. In the goat show, a pair of sisters from Bailey swept the top two places. The judges came from Commerce, Greenville and Durant, Okla., and the steer judge, a professor from Stephenville, praised the depth of the heifer classes. Fair president Jim Whitewright thanked volunteers from Ravenna and Ector who parked cars all week, and the county extension office in Bonham will hold its awards banquet Oct. 3. Champions go on to the state fair in Dallas and the stock show in Fort Worth.",
		gold: { BONHAM: [33.58, -96.18], Bonham: [33.58, -96.18], Sherman: [33.64, -96.61], Denison: [33.76, -96.54], Paris: [33.66, -95.56], 'Honey Grove': [33.58, -95.91], Leonard: [33.38, -96.25], Trenton: [33.43, -96.34], Ladonia: [33.42, -95.95], Bailey: [33.43, -96.17], Commerce: [33.25, -95.9], Greenville: [33.14, -96.11], Durant: [33.99, -96.37], Stephenville: [32.22, -98.2], Ravenna: [33.71, -96.15], Ector: [33.58, -96.27], Dallas: [32.78, -96.81], 'Fort Worth': [32.73, -97.32] },
		notPlaces: ['Kaylee Windom', 'Windom', 'Tate Savoy', 'Savoy', 'Brooks Ector', 'Brooks', 'Avery Dodd', 'Dodd', 'Avery', 'Jim Whitewright', 'Whitewright']
	},
	{
		genre: 'local',
		text: "Farm report. WOODSTOWN — Tomatoes reached their peak at the Tuesday produce auction in Pilesgrove, where buyers from Philadelphia, Baltimore and New York paid $18 to $24 for a 25-pound box. Growers from Alloway, Elmer and Quinton sent the most wagons, and peppers from farms near Pennsville sold to a processor in Vineland. Sweet corn was scarce after hail crossed the fields between Elmer and Monroeville on Saturday; one grower near Alloway lost 40 acres. Peach growers around Mullica Hill said the crop was the best in five years, and roadside stands from Swedesboro to Salem are selling half-bushels for $30. At the livestock sale in Bridgeton, feeder calves went to buyers from Lancaster and the cull cows to a packer near Wilmington. Dairy farmers in Carneys Point and Penns Grove say their milk checks fell again in July. The 4-H fair runs Aug. 20-23 on the grounds near Woodstown, and the extension office reminds growers that the pesticide course in Millville has moved to Sept. 9.",
		gold: { WOODSTOWN: [39.65, -75.33], Woodstown: [39.65, -75.33], Pilesgrove: [39.65, -75.33], Philadelphia: [39.95, -75.16], Baltimore: [39.29, -76.61], 'New York': [40.71, -74.01], Alloway: [39.56, -75.36], Elmer: [39.6, -75.17], Quinton: [39.55, -75.41], Pennsville: [39.65, -75.52], Vineland: [39.49, -75.03], Monroeville: [39.64, -75.16], 'Mullica Hill': [39.74, -75.22], Swedesboro: [39.75, -75.31], Salem: [39.57, -75.47], Bridgeton: [39.43, -75.23], Lancaster: [40.04, -76.31], Wilmington: [39.75, -75.55], 'Carneys Point': [39.71, -75.47], 'Penns Grove': [39.73, -75.47], Millville: [39.4, -75.04] }
	},
	{
		genre: 'local',
		text: "Ridgely to share officer. RIDGELY — The town commissioners agreed Monday to share a police officer with Greensboro and Goldsboro, the other two Caroline County towns on Route 313. Each town will pay a third of the salary. Denton's chief will supervise the officer.",
		gold: { RIDGELY: [38.95, -75.88], Greensboro: [38.97, -75.8], Goldsboro: [39.02, -75.79], 'Caroline County': [38.85, -75.86], Denton: [38.88, -75.83] }
	}
];

export const HELD_OUT_US_LOCAL_S38_B: GenreText[] = [
	{
		genre: 'local',
		text: "Moodus man charged after crash. EAST HADDAM — A Moodus man was charged with drunken driving after his car hit a utility pole on Route 151 early Sunday, state police said. Power was out to 300 homes in East Haddam and Colchester for four hours. A passenger from Marlborough was treated and released. He is due in court in Middletown next week.",
		gold: { 'EAST HADDAM': [41.45, -72.46], 'East Haddam': [41.45, -72.46], Moodus: [41.5, -72.45], Colchester: [41.58, -72.33], Marlborough: [41.64, -72.46], Middletown: [41.56, -72.65] }
	},
	{
		genre: 'local',
		text: "Hopkinton council approves solar farm. HOPKINTON — The town council approved a 20-acre solar farm off Route 3 near Ashaway on Monday. Neighbors in Hope Valley had asked for a wide buffer of trees, and the developer agreed to plant one. A similar project in Carolina was turned down last year.",
		gold: { HOPKINTON: [41.46, -71.78], Hopkinton: [41.46, -71.78], Ashaway: [41.42, -71.79], 'Hope Valley': [41.51, -71.72], Carolina: [41.46, -71.66] }
	},
	{
		genre: 'local',
		text: "Kasilof man hurt in snowmachine crash. SOLDOTNA — A Kasilof man was flown to Anchorage after his snowmachine hit a tree near Sterling on Saturday, troopers said. Medics from Soldotna and Kenai responded.",
		gold: { SOLDOTNA: [60.49, -151.06], Kasilof: [60.34, -151.27], Anchorage: [61.22, -149.9], Sterling: [60.54, -150.76], Soldotna: [60.49, -151.06], Kenai: [60.55, -151.26] }
	},
	{
		genre: 'local',
		text: "Higginsville moves to four-day week. HIGGINSVILLE — The school board voted 5-2 Thursday to move to a four-day week next fall, joining Napoleon and Lexington. Parents from Corder and Mayview spoke against the change, saying child care would cost them more; a mother from Emma said her children already ride the bus an hour each way.",
		gold: { HIGGINSVILLE: [39.07, -93.72], Higginsville: [39.07, -93.72], Napoleon: [39.11, -94.07], Lexington: [39.18, -93.88], Corder: [39.1, -93.64], Mayview: [39.05, -93.84], Emma: [38.97, -93.49] }
	},
	{
		genre: 'local',
		text: "Prep basketball. SLEEPY EYE — Sleepy Eye 61, Springfield 55. Comfrey 48, Lamberton 44 (OT). New Ulm 70, Wabasso 52. Morgan 39, Madelia 37. Tuesday: Springfield at Comfrey; Sleepy Eye hosts Madelia.",
		gold: { 'SLEEPY EYE': [44.3, -94.72], 'Sleepy Eye': [44.3, -94.72], Springfield: [44.24, -94.98], Comfrey: [44.11, -94.91], Lamberton: [44.23, -95.26], 'New Ulm': [44.31, -94.46], Wabasso: [44.4, -95.26], Morgan: [44.42, -94.93], Madelia: [44.05, -94.42] }
	},
	{
		genre: 'local',
		text: "Cusick man arrested after standoff. NEWPORT — A Cusick man was arrested Thursday after a six-hour standoff at a home near Usk, Pend Oreille County deputies said. Officers from Ione and Metaline Falls helped block the road.",
		gold: { NEWPORT: [48.18, -117.04], Cusick: [48.39, -117.33], Usk: [48.3, -117.32], 'Pend Oreille County': [48.63, -117.37], Ione: [48.74, -117.42], 'Metaline Falls': [48.86, -117.36] }
	},
	{
		genre: 'local',
		text: "Blaine County roundup. Chinook: the sugar beet piling ground closes Nov. 20. Harlem: the school's new gym opens Friday with a game against Turner. Zurich: Chinook firefighters put out a grain bin fire on Tuesday.",
		gold: { 'Blaine County': [48.28, -109.01], Chinook: [48.59, -109.23], Harlem: [48.53, -108.78], Turner: [48.83, -108.4], Zurich: [48.58, -109.03] }
	},
	{
		genre: 'local',
		text: "Deputies seek tractor thief. BISHOPVILLE — Lee County deputies are looking for a Lynchburg man accused of stealing a tractor from a farm near Bethune. The tractor was found Tuesday behind a store in Lugoff.",
		gold: { BISHOPVILLE: [34.22, -80.25], 'Lee County': [34.16, -80.24], Lynchburg: [34.05, -80.1], Bethune: [34.42, -80.37], Lugoff: [34.23, -80.69] }
	},
	{
		genre: 'local',
		text: "Teen hurt in rollover. REXBURG — A Sugar City teenager was hurt Sunday when his pickup rolled on U.S. 20 between Teton and St. Anthony, Madison County deputies said. He was taken to a hospital in Idaho Falls.",
		gold: { REXBURG: [43.83, -111.79], 'Sugar City': [43.87, -111.75], Teton: [43.89, -111.68], 'St. Anthony': [43.97, -111.68], 'Madison County': [43.81, -111.7], 'Idaho Falls': [43.47, -112.03] }
	},
	{
		genre: 'local',
		text: "Bayard hires manager. BAYARD — The city council hired a former Hurley official as city manager Tuesday. She will also oversee the water system Bayard shares with Santa Clara.",
		gold: { BAYARD: [32.76, -108.13], Hurley: [32.7, -108.13], Bayard: [32.76, -108.13], 'Santa Clara': [32.78, -108.15] }
	},
	{
		genre: 'local',
		text: "Pontotoc County scores. Ada 28, Holdenville 21. Stonewall 34, Allen 12. Roff 40, Konawa 6. Byng 22, Tupelo 20.",
		gold: { 'Pontotoc County': [34.81, -96.67], Ada: [34.77, -96.68], Holdenville: [35.08, -96.4], Stonewall: [34.65, -96.53], Allen: [34.88, -96.41], Roff: [34.63, -96.84], Konawa: [34.96, -96.75], Byng: [34.86, -96.67], Tupelo: [34.56, -96.43] }
	},
	{
		genre: 'local',
		text: "Road work. PARSONS — Route 32 between Thomas and Davis will close to one lane next week while crews repair a slide. Drivers headed for Hendricks should use Route 72, the county commission said.",
		gold: { PARSONS: [39.1, -79.68], Thomas: [39.15, -79.5], Davis: [39.13, -79.46], Hendricks: [39.07, -79.63] }
	},
	{
		genre: 'local',
		text: "Pittsburg man hurt in moose crash. COLEBROOK — A Pittsburg man was hurt when his car hit a moose on Route 3 in Stewartstown late Friday. He was taken to the hospital in Colebrook and later moved to Lancaster. A driver from Stratford stopped to help.",
		gold: { COLEBROOK: [44.89, -71.5], Pittsburg: [45.05, -71.39], Stewartstown: [45.01, -71.51], Colebrook: [44.89, -71.5], Lancaster: [44.49, -71.57], Stratford: [44.66, -71.56] }
	},
	{
		genre: 'local',
		text: "Blizzard shuts the panhandle. CHADRON — A spring blizzard dropped up to 20 inches of snow across the Nebraska panhandle on Tuesday, closing Highway 20 from Harrison to Gordon and stranding ranchers in the middle of calving. Drifts of eight feet blocked county roads around Crawford and Whitney, and a Dawes County plow got stuck north of Marsland. In Hay Springs and Rushville, schools sent children home at noon, and the Sheridan County road crew pulled a milk truck out of a ditch near Gordon. Farther south, Alliance and Hemingford got a foot of snow and Box Butte County opened the fairgrounds to travelers stranded on Highway 385. The storm came out of Wyoming, where the interstate was closed from Cheyenne to Laramie, and pushed east to Valentine by evening. Power was out for 2,000 customers from Crawford to Rushville. Ranchers said the losses of newborn calves would not be known for days. The state's emergency managers in Lincoln sent a National Guard tracked vehicle to help reach a sick woman near Chadron, and a helicopter from Rapid City, S.D., flew her to the hospital in Scottsbluff.",
		gold: { CHADRON: [42.83, -103], Chadron: [42.83, -103], Nebraska: [41.5, -99.8], Harrison: [42.69, -103.88], Gordon: [42.8, -102.2], Crawford: [42.68, -103.41], Whitney: [42.76, -103.24], 'Dawes County': [42.75, -103.16], Marsland: [42.44, -103.3], 'Hay Springs': [42.68, -102.69], Rushville: [42.72, -102.46], 'Sheridan County': [42.39, -102.43], Alliance: [42.1, -102.87], Hemingford: [42.32, -103.07], 'Box Butte County': [42.17, -103.01], Wyoming: [43, -107.5], Cheyenne: [41.14, -104.82], Laramie: [41.31, -105.59], Valentine: [42.87, -100.55], Lincoln: [40.8, -96.67], 'Rapid City': [44.08, -103.23], Scottsbluff: [41.87, -103.67] },
		notPlaces: ['National Guard']
	},
	{
		genre: 'local',
		text: "Licking River crests at Falmouth. FALMOUTH — The Licking River crested at 41 feet Thursday morning, nine feet over flood stage, and water stood in the first floors of two dozen homes along the river in Butler and Falmouth. County Judge-Executive Dan Augusta said 60 people spent the night at the high school, and the Red Cross brought cots from Covington. Upstream, the floodwall at Cynthiana held, but water covered U.S. 27 north of Berry. In Robertson County, Mount Olivet was cut off from the north for a day. In Campbell County, farmers between Alexandria and California moved cattle to high ground, and a barn was swept off its foundation. The river was falling by evening and was expected to fall below flood stage by Sunday, when it meets the Ohio between Newport and Covington. Kentucky's emergency managers in Frankfort asked residents to report damage so the county can seek federal aid, and a crew from the state highway office in Paris will check the bridges at Butler and Falmouth before they reopen. Williamstown and Dry Ridge sent tankers of drinking water.",
		gold: { FALMOUTH: [38.68, -84.33], Falmouth: [38.68, -84.33], Butler: [38.79, -84.37], Covington: [39.08, -84.51], Cynthiana: [38.39, -84.29], Berry: [38.52, -84.36], 'Robertson County': [38.52, -84.05], 'Mount Olivet': [38.53, -84.04], 'Campbell County': [38.97, -84.4], Alexandria: [38.96, -84.39], California: [38.91, -84.32], Newport: [39.09, -84.5], Kentucky: [37.5, -85.3], Frankfort: [38.2, -84.87], Paris: [38.21, -84.25], Williamstown: [38.64, -84.56], 'Dry Ridge': [38.68, -84.59] },
		notPlaces: ['Dan Augusta', 'Augusta', 'Red Cross']
	},
	{
		genre: 'local',
		text: "Suwannee rises toward record. BRANFORD — The Suwannee River rose another foot overnight at Branford and is expected to crest Sunday near 30 feet, the highest since 1973, forecasters in Tallahassee said. Water already covers the boat ramps in Branford and Fanning Springs, and the state park at Manatee Springs has closed. In Dixie County, Sheriff Bobby Newberry ordered residents of the riverside camps between Old Town and Cross City to leave, and a shelter opened at the school in Cross City. Gilchrist County opened its shelter at the fairgrounds in Trenton, and residents of Bell were asked to move livestock away from the river. Upstream, the water has begun to fall at White Springs, but the river is still rising at Mayo, and the town of Suwannee at the river's mouth expects its highest water Monday. Levy County officials said homes on the river north of Chiefland could flood by Saturday. Volunteers from Gainesville, Lake City and Perry filled sandbags, and the governor's office sent two water-rescue teams from Jacksonville.",
		gold: { BRANFORD: [29.96, -82.93], Branford: [29.96, -82.93], Tallahassee: [30.44, -84.28], 'Fanning Springs': [29.59, -82.93], 'Dixie County': [29.55, -83.14], 'Old Town': [29.67, -83], 'Cross City': [29.63, -83.13], 'Gilchrist County': [29.76, -82.83], Trenton: [29.61, -82.82], Bell: [29.78, -82.87], 'White Springs': [30.33, -82.76], Suwannee: [29.33, -83.14], Mayo: [30.05, -83.17], 'Levy County': [29.28, -82.84], Chiefland: [29.47, -82.86], Gainesville: [29.65, -82.32], 'Lake City': [30.19, -82.64], Perry: [30.12, -83.58], Jacksonville: [30.33, -81.66] },
		notPlaces: ['Bobby Newberry', 'Newberry']
	},
	{
		genre: 'local',
		text: "Friday night roundup. CRYSTAL SPRINGS — Jaylen Weir ran for 212 yards and three touchdowns as Crystal Springs pulled away from Wesson 35-14. Magee survived at Mendenhall 21-20 when a late field goal hit the upright, and Summit beat Pelahatchie 28-7 behind quarterback Eli Sturgis, a transfer from Meridian. Gloster, playing without its top two receivers, lost at home to Union Church 17-13. Florence rolled past Pinola 42-0; coach Terry Macon said his starters sat the second half. Prentiss fell to Sebastopol in overtime, and Osyka shut out Liberty. Next Friday Crystal Springs plays at Magee in the game that usually decides the region, and Wesson hosts Summit. The state's playoff games will be at Hattiesburg and Oxford this year, the association said in Jackson.",
		gold: { 'CRYSTAL SPRINGS': [31.99, -90.36], 'Crystal Springs': [31.99, -90.36], Wesson: [31.7, -90.4], Magee: [31.87, -89.73], Mendenhall: [31.96, -89.87], Summit: [31.28, -90.47], Pelahatchie: [32.31, -89.8], Meridian: [32.36, -88.7], Gloster: [31.2, -91.02], 'Union Church': [31.71, -90.83], Florence: [32.15, -90.13], Pinola: [31.83, -90.01], Prentiss: [31.6, -89.87], Sebastopol: [32.57, -89.34], Osyka: [31.02, -90.48], Liberty: [31.16, -90.81], Hattiesburg: [31.33, -89.29], Oxford: [34.37, -89.52], Jackson: [32.3, -90.18] },
		notPlaces: ['Jaylen Weir', 'Weir', 'Eli Sturgis', 'Sturgis', 'Terry Macon', 'Macon']
	},
	{
		genre: 'local',
		text: "Big Run man charged. REYNOLDSVILLE — A Big Run man was charged with assault after a fight outside a bar in Reynoldsville on Saturday, state police said. The other man was taken to the hospital in Indiana. A Sykesville woman who tried to stop the fight was not hurt.",
		gold: { REYNOLDSVILLE: [41.1, -78.89], 'Big Run': [40.97, -78.88], Reynoldsville: [41.1, -78.89], Indiana: [40.62, -79.15], Sykesville: [41.05, -78.82] }
	},
	{
		genre: 'local',
		text: "Elevator break-in. CARMI — A Norris City man was charged Monday with breaking into a grain elevator in Enfield. Deputies found bags of seed corn in a barn near Crossville, and he also faces charges in Grayville.",
		gold: { CARMI: [38.09, -88.16], 'Norris City': [37.98, -88.33], Enfield: [38.1, -88.34], Crossville: [38.16, -88.07], Grayville: [38.26, -87.99] }
	},
	{
		genre: 'local',
		text: "Hiker hurt in fall. BAKERSVILLE — A Spruce Pine man was flown to a hospital in Asheville after falling 30 feet from a ledge near Little Switzerland on Sunday, Mitchell County rescue officials said. Crews from Newland and Burnsville helped carry him out.",
		gold: { BAKERSVILLE: [36.02, -82.16], 'Spruce Pine': [35.92, -82.06], Asheville: [35.6, -82.55], 'Little Switzerland': [35.85, -82.09], 'Mitchell County': [36.01, -82.17], Newland: [36.09, -81.93], Burnsville: [35.92, -82.3] }
	}
];

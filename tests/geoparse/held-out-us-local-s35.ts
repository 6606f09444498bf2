// US local news written for session 35 (none copied from anywhere) and scored BEFORE any change was tuned on
// them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s35` (issue #10: hidden US local
// news at Acc@161 0.73). The shapes sessions 30, 33 and 34 have less of: obituaries (born in one town, survived
// by children in others, services at a church named like a place), wedding and engagement announcements
// ("daughter of <first name> and <first name> <surname> of <town>"), zoning and planning hearings, county fair
// and 4-H results, high school sports previews naming schools by their towns, church and club news,
// fire-department calls with mutual aid, storm damage across counties, crashes on state routes, library and
// museum events, "100 years ago" columns, small business profiles, farm market reports, and air service and
// bus routes. Towns of forty-odd states, most of them rural (West Virginia, Wisconsin, the Carolinas, New
// Hampshire, Vermont, Maine, the Dakotas, Idaho, Nevada, Wyoming, New Mexico …), many sharing their names with
// bigger places (Lisbon, Berlin, Bethlehem, Hanover, Moscow, Glasgow, Havana, Delhi, Madras, Edinburg, Mexico,
// Louisiana, Virginia …), with people's first names or surnames (Hardwick, Brandon, Dawson, Marshall, Harrison,
// Leslie, Beulah, Philip, Logan, Page, Douglas …), with words (Plain, Soldier, Granite, Faith, Wells, Jackpot,
// Cashmere, Liberty, Independence …) or with churches; neighbouring states' towns in one text. Gold points are
// the places' own coordinates, written from knowledge and checked against `gazette lookup NAME --country US`;
// names of no place are in notPlaces. Townships are left out of the gold: no shipped source lists them. Half A
// is for tuning; half B stays held out (report it before and after each change).
// Before any change (main 2bf8d69): A 166/176 within 161 km (0.943), 12 named places not mapped, 3 names of no
// place mapped; B 155/158 (0.981), 19 not mapped. The wrong: towns read as countries or foreign cities (Mexico,
// Norway, Belfast, Andes), a town taken for its bigger namesake in another state (Spencer, Middlebury, Bristol,
// Peoria, Santa Rosa), a river read as its state; the unmapped are mostly towns named like words or people
// (Plain, Soldier, Faith, Wells, Page, Liberty, Kennedy, Conway, Philip) and a few counties.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S35_A: GenreText[] = [
	{
		genre: 'local',
		text: "Margaret Ann Lowry, 88, of Spencer, died Sunday at a hospital in Parkersburg. She was born in Walton, the daughter of Carl and Edna Hively, and taught first grade for 31 years. She is survived by a son, Dale Lowry of Ripley; two daughters, Linda Hartley of Marietta, Ohio, and Susan Moore of Charleston; and nine grandchildren. Services will be held at 11 a.m. Thursday at Mount Zion United Methodist Church in Reedy, with burial to follow in the Spencer cemetery. Friends may call Wednesday evening at the funeral home in Spencer.",
		gold: { Spencer: [38.8, -81.35], Parkersburg: [39.27, -81.56], Walton: [38.6, -81.4], Ripley: [38.82, -81.71], Marietta: [39.42, -81.45], Charleston: [38.35, -81.63], Reedy: [38.9, -81.43] },
		notPlaces: ['Lowry', 'Carl', 'Edna', 'Hively', 'Dale', 'Linda', 'Hartley', 'Moore', 'Susan Moore', 'Mount Zion']
	},
	{
		genre: 'local',
		text: "Carver–Tompkins. Emily Rose Carver and Jacob Allen Tompkins were married Oct. 12 at First Christian Church in Glasgow. The bride is the daughter of Tim and Paula Carver of Tompkinsville. She graduated from Western Kentucky University in Bowling Green and teaches at an elementary school in Edmonton. The groom is the son of Wayne and Donna Tompkins of Lafayette, Tenn., and farms with his father near the state line. A reception followed at the lodge at the state resort park near Lucas. After a trip to Gatlinburg, the couple will live in Scottsville.",
		gold: { Glasgow: [37.0, -85.91], Tompkinsville: [36.7, -85.69], 'Bowling Green': [36.99, -86.44], Edmonton: [36.98, -85.61], Lafayette: [36.52, -86.03], Lucas: [36.88, -86.04], Gatlinburg: [35.71, -83.51], Scottsville: [36.75, -86.19] },
		notPlaces: ['Carver', 'Tompkins', 'Emily Rose Carver', 'Jacob Allen Tompkins', 'Tim', 'Paula', 'Wayne', 'Donna']
	},
	{
		genre: 'local',
		text: "The Sauk County Board of Adjustment will hear a request Thursday to rezone 40 acres on Highway 23 south of Reedsburg from farmland to commercial use for a truck stop. The applicant, developer Gary Lodi of Prairie du Sac, says the stop would bring 30 jobs. Neighbors from Loganville and Lime Ridge have signed a petition against it, citing traffic past the school. A similar request near Plain was denied two years ago. The county planning office in Baraboo has received 62 letters, most of them opposed. State highway engineers in Madison must also approve a new driveway onto the road.",
		gold: { 'Sauk County': [43.43, -89.94], Reedsburg: [43.53, -90.0], 'Prairie du Sac': [43.29, -89.72], Loganville: [43.44, -90.03], 'Lime Ridge': [43.47, -90.16], Plain: [43.28, -90.05], Baraboo: [43.47, -89.74], Madison: [43.07, -89.4] },
		notPlaces: ['Lodi', 'Gary Lodi']
	},
	{
		genre: 'local',
		text: "Monona County Fair 4-H beef show results, Onawa. Grand champion market steer: Kaylee Ehlers, Mapleton. Reserve champion: Brody Schmitt, Whiting. Champion breeding heifer: Lane Thies, Ute. Swine show: grand champion, Addison Kuhlmann, Soldier; reserve, Carter Wiese, Moorhead. Champion showman in the senior division went to Macy Ehlers of Castana. The judge was Dr. Ron Hale of Creston. The top exhibitors in each class qualify for the Iowa State Fair in Des Moines in August. The sale of champions is Saturday at 1 p.m. in the show barn.",
		gold: { 'Monona County': [42.05, -95.96], Onawa: [42.03, -96.1], Mapleton: [42.17, -95.79], Whiting: [42.13, -96.15], Ute: [42.05, -95.71], Soldier: [41.98, -95.78], Moorhead: [41.92, -95.85], Castana: [42.07, -95.91], Creston: [41.06, -94.36], 'Des Moines': [41.59, -93.62] },
		notPlaces: ['Ehlers', 'Schmitt', 'Lane Thies', 'Kuhlmann', 'Carter Wiese', 'Macy Ehlers', 'Ron Hale']
	},
	{
		genre: 'local',
		text: "Girls basketball preview. Hoxie returns four starters from a team that reached the state semifinals in Dodge City last March. The Indians open Friday at Oakley and host Colby on Tuesday. Quinter lost its top two scorers to graduation but has size inside. Trego, in WaKeeney, has a new coach for the first time in 14 years. Hill City will lean on junior guard Tatum Rhoades, who averaged 17 points. Plainville and Norton both moved down a class this winter. The league tournament will be played in Stockton the last week of January.",
		gold: { Hoxie: [39.36, -100.44], 'Dodge City': [37.75, -100.02], Oakley: [39.13, -100.86], Colby: [39.4, -101.05], Quinter: [39.06, -100.23], WaKeeney: [39.02, -99.88], 'Hill City': [39.36, -99.84], Plainville: [39.23, -99.3], Norton: [39.83, -99.89], Stockton: [39.44, -99.27] },
		notPlaces: ['Indians', 'Tatum Rhoades', 'Trego']
	},
	{
		genre: 'local',
		text: "Church and club news. Bethel AME Church in Cuthbert will celebrate its 140th homecoming Sunday; the Rev. James Whitfield of Albany will preach at the 11 o'clock service and dinner will be served on the grounds. Shiloh Baptist Church near Shellman has a singing Saturday night. The Dawson Rotary Club heard a talk on peanut prices from an extension agent. The Edison garden club will decorate the courthouse square for Christmas. The women's missionary society of Zion Hope church meets Monday at the home of Mrs. Ruth Ellis in Georgetown.",
		gold: { Cuthbert: [31.77, -84.79], Albany: [31.58, -84.16], Shellman: [31.76, -84.61], Dawson: [31.77, -84.45], Edison: [31.56, -84.74], Georgetown: [31.88, -85.1] },
		notPlaces: ['Bethel', 'Shiloh', 'Whitfield', 'Zion Hope', 'Ruth Ellis', 'Ellis']
	},
	{
		genre: 'local',
		text: "Fire calls. The Mifflintown fire company was dispatched at 2:14 a.m. Saturday to a barn fire along Route 333 in Fermanagh Township. Mutual aid came from Port Royal, McAlisterville and Thompsontown, with tankers from Mifflin and Richfield. A Perry County ambulance crew from Millerstown stood by. Firefighters were on the scene for six hours; no one was hurt, but 40 tons of hay were lost. The state police fire marshal from Lewistown is investigating. Juniata County's emergency management office thanked the crews for their work in the cold.",
		gold: { Mifflintown: [40.57, -77.4], 'Port Royal': [40.53, -77.39], McAlisterville: [40.64, -77.27], Thompsontown: [40.56, -77.24], Mifflin: [40.57, -77.41], Richfield: [40.69, -77.12], 'Perry County': [40.4, -77.26], Millerstown: [40.55, -77.16], Lewistown: [40.6, -77.57], 'Juniata County': [40.53, -77.4] }
	},
	{
		genre: 'local',
		text: "A line of storms Monday night left damage across four counties in the southwest corner of the state. A tornado touched down west of Hollis in Harmon County, destroying two grain bins and a mobile home; the family was in a storm shelter. Straight-line winds toppled power poles in Mangum and Granite, and a church roof was peeled back in Blair. About 4,000 customers in Altus were without power until Tuesday noon. Across the Red River in Texas, hail the size of golf balls fell in Quanah, Childress and Vernon. The weather service office in Norman will survey the damage.",
		gold: { Hollis: [34.69, -99.91], 'Harmon County': [34.74, -99.85], Mangum: [34.87, -99.5], Granite: [34.96, -99.38], Blair: [34.78, -99.33], Altus: [34.64, -99.33], 'Red River': [34.2, -99.3], Texas: [31.0, -99.0], Quanah: [34.3, -99.74], Childress: [34.43, -100.2], Vernon: [34.15, -99.27], Norman: [35.22, -97.44] }
	},
	{
		genre: 'local',
		text: "A 62-year-old Hallock woman died Tuesday after her car collided with a grain truck on Minnesota Highway 175 east of Lake Bronson, the State Patrol said. The truck's driver, a 45-year-old Kennedy man, was treated at the Hallock hospital and released. A passenger in the car, a Karlstad woman, was flown to a hospital in Fargo. Roads were icy at the time. Later the same day, two people were hurt when a pickup rolled on U.S. 75 south of Lancaster; both were taken to a clinic in Hallock. The patrol asked drivers in Kittson County to slow down.",
		gold: { Hallock: [48.77, -96.95], 'Lake Bronson': [48.73, -96.66], Kennedy: [48.64, -96.91], Karlstad: [48.58, -96.52], Fargo: [46.88, -96.79], Lancaster: [48.86, -96.8], 'Kittson County': [48.78, -96.78] }
	},
	{
		genre: 'local',
		text: "At the library. The Whitefield Public Library will host a talk Thursday at 6:30 p.m. on the logging railroads of the North Country by historian Nancy Chase of Littleton. On Saturday the Bethlehem library has a mitten-making workshop for children. The historical society in Lisbon has extended its exhibit of old photographs of the valley's farms through January. Members of the Berlin and Gorham libraries can now borrow books from St. Johnsbury, Vt., across the river. A bus for a museum trip to Hanover leaves the Lancaster town hall at 8 a.m. on the 14th.",
		gold: { Whitefield: [44.37, -71.61], Littleton: [44.31, -71.77], Bethlehem: [44.28, -71.69], Lisbon: [44.21, -71.91], Berlin: [44.47, -71.19], Gorham: [44.39, -71.17], 'St. Johnsbury': [44.42, -72.02], Hanover: [43.7, -72.29], Lancaster: [44.49, -71.57] },
		notPlaces: ['Nancy Chase', 'Chase', 'North Country']
	},
	{
		genre: 'local',
		text: "100 years ago. From the issue of Dec. 4, 1925: Work on the new bridge over the Mississippi at Louisiana is ahead of schedule, and the engineers expect to open it to traffic in the spring. A Bowling Green merchant has bought the old hotel on the square and will turn it into a garage. Farmers from Frankford and Curryville shipped 14 cars of hogs from the depot in one week. A traveling circus from Quincy, Ill., played two nights at Vandalia. The fire brick plant at Mexico has taken on 60 new men. Pike County's corn crop is the best in ten years.",
		gold: { Mississippi: [39.45, -91.03], Louisiana: [39.45, -91.05], 'Bowling Green': [39.34, -91.19], Frankford: [39.49, -91.32], Curryville: [39.35, -91.34], Quincy: [39.94, -91.41], Vandalia: [39.31, -91.49], Mexico: [39.17, -91.88], 'Pike County': [39.34, -91.17] }
	},
	{
		genre: 'local',
		text: "Small business: A Dover-Foxcroft couple has turned a former woolen mill into a bakery that now ships bread across the state. Anna and Paul Sutton buy flour from a mill in Skowhegan, wild blueberries from growers near Machias and maple syrup from a sugarhouse in Norway. They sell at farmers markets in Bangor and Belfast and deliver to stores in Guilford, Milo and Monson. The Suttons moved back from Portland five years ago. They employ eleven people and plan to open a café in the mill next spring.",
		gold: { 'Dover-Foxcroft': [45.18, -69.23], Skowhegan: [44.77, -69.72], Machias: [44.72, -67.46], Norway: [44.21, -70.54], Bangor: [44.8, -68.77], Belfast: [44.43, -69.01], Guilford: [45.17, -69.38], Milo: [45.25, -68.99], Monson: [45.29, -69.5], Portland: [43.66, -70.26] },
		notPlaces: ['Anna', 'Paul Sutton', 'Suttons']
	},
	{
		genre: 'local',
		text: "Farm market report. Apples are still plentiful at the Wilkes County farmers market in North Wilkesboro, with late varieties from orchards in Moravian Falls and Boomer selling for $18 a bushel. Cabbage growers near Sparta in Alleghany County finished harvest last week; some trucked their crop to buyers in Independence, Va. Christmas tree lots from Ashe County are open in Elkin and Statesville. At the livestock market, feeder calves brought slightly more than last month. The market will close for the season Dec. 20 and reopen in April.",
		gold: { 'Wilkes County': [36.21, -81.17], 'North Wilkesboro': [36.16, -81.15], 'Moravian Falls': [36.1, -81.18], Boomer: [36.06, -81.3], Sparta: [36.51, -81.12], 'Alleghany County': [36.49, -81.13], Independence: [36.62, -81.15], 'Ashe County': [36.43, -81.5], Elkin: [36.24, -80.85], Statesville: [35.78, -80.89] }
	},
	{
		genre: 'local',
		text: "Air service. The small-plane airline that flies from Glasgow, Wolf Point and Sidney to Billings will keep its federal subsidy for two more years, the Transportation Department said. Glasgow had 7,100 boardings last year, its best since 2019. Havre's service, run by another carrier, is up for bid. A new bus route will connect Miles City and Glendive with Billings three days a week starting in March, with a stop in Forsyth. A separate line to Sheridan, Wyo., will start later in the year. Riders can book at the senior center in Miles City.",
		gold: { Glasgow: [48.2, -106.64], 'Wolf Point': [48.09, -105.64], Sidney: [47.72, -104.16], Billings: [45.78, -108.5], Havre: [48.55, -109.68], 'Miles City': [46.41, -105.84], Glendive: [47.11, -104.71], Forsyth: [46.27, -106.68], Sheridan: [44.8, -106.96] }
	},
	{
		genre: 'local',
		text: "Clarence \"Buddy\" Wiggins, 79, of Ninety Six, died Friday at home. Born in Saluda, he worked 38 years at the textile mill in Greenwood and was a deacon of his church. He is survived by his wife of 55 years, Betty; sons Roger Wiggins of Abbeville and Keith Wiggins of Augusta, Ga.; a daughter, Carolina Watts of Lexington; and a brother, Lamar Wiggins of McCormick. Services will be held Monday at 2 p.m. at Lebanon United Methodist Church, with burial in the church cemetery. Memorials may be made to the rescue squad in Ninety Six.",
		gold: { 'Ninety Six': [34.18, -82.02], Saluda: [34.0, -81.77], Greenwood: [34.19, -82.16], Abbeville: [34.18, -82.38], Augusta: [33.47, -81.97], Lexington: [33.98, -81.24], McCormick: [33.91, -82.29] },
		notPlaces: ['Wiggins', 'Buddy', 'Betty', 'Roger Wiggins', 'Keith Wiggins', 'Carolina Watts', 'Carolina', 'Lamar Wiggins', 'Lamar', 'Lebanon']
	},
	{
		genre: 'local',
		text: "Area playoff preview. Refugio (12-0) meets Shiner on Friday night at the stadium in Cuero, the third straight year the two have met in the regional round. Refugio's defense has allowed 41 points all season. Schulenburg travels to Yoakum's stadium to play Falls City, and Goliad faces Lexington in Giddings on Saturday afternoon. Tickets are $8 at the gate. Fans driving from Victoria should expect construction on U.S. 77. Last week: Refugio 48, Bloomington 0; Shiner 35, Weimar 21; Schulenburg 28, Hallettsville 27.",
		gold: { Refugio: [28.31, -97.28], Shiner: [29.43, -97.17], Cuero: [29.09, -97.29], Schulenburg: [29.68, -96.9], Yoakum: [29.29, -97.15], 'Falls City': [28.98, -98.02], Goliad: [28.67, -97.39], Lexington: [30.42, -97.01], Giddings: [30.18, -96.94], Victoria: [28.81, -97.0], Bloomington: [28.65, -96.9], Weimar: [29.7, -96.78], Hallettsville: [29.44, -96.94] }
	},
	{
		genre: 'local',
		text: "Engagement. Peter and Joan Hardwick of Middlebury announce the engagement of their daughter, Abigail, to Samuel Brandon, son of Luke and Carol Brandon of Granville, N.Y. The bride-elect graduated from the union high school in Vergennes and is a nurse at the hospital in Rutland. Her fiancé works for a dairy cooperative in St. Albans. A June wedding is planned at the Congregational church in Bristol, with a reception at a farm in Shoreham overlooking the lake.",
		gold: { Middlebury: [44.02, -73.17], Granville: [43.41, -73.26], Vergennes: [44.17, -73.25], Rutland: [43.61, -72.97], 'St. Albans': [44.81, -73.08], Bristol: [44.13, -73.08], Shoreham: [43.89, -73.31] },
		notPlaces: ['Hardwick', 'Brandon', 'Peter', 'Joan', 'Abigail', 'Samuel Brandon', 'Luke', 'Carol Brandon']
	},
	{
		genre: 'local',
		text: "Planning and zoning. The Latah County commissioners will hold a public hearing Dec. 17 on a 120-lot subdivision on farmland between Moscow and Troy. Residents of Genesee and Kendrick asked for the hearing, saying the county's roads cannot carry the traffic. The developer, a firm from Pullman, Wash., says most buyers would work at the universities. The Potlatch city council supports the plan if the county paves the road. A similar project near Lewiston was approved last year with fewer lots.",
		gold: { 'Latah County': [46.82, -116.71], Moscow: [46.73, -117.0], Troy: [46.74, -116.77], Genesee: [46.55, -116.93], Kendrick: [46.61, -116.65], Pullman: [46.73, -117.18], Potlatch: [46.92, -116.9], Lewiston: [46.42, -117.02] }
	},
	{
		genre: 'local',
		text: "Crews from Marshall, St. Joe and Leslie spent Sunday afternoon on a 200-acre grass fire in southern Searcy County. The fire started when a landowner's brush pile escaped in the wind, the Marshall fire chief said. A tanker from Harrison and a forestry crew from Yellville helped hold the line at the county road. No homes were lost. Crews from Jasper stood by at the river access. The state forestry office in Little Rock has asked residents of Searcy, Newton and Marion counties not to burn until the area gets rain.",
		gold: { Marshall: [35.91, -92.63], 'St. Joe': [36.03, -92.8], Leslie: [35.83, -92.56], 'Searcy County': [35.91, -92.7], Harrison: [36.23, -93.11], Yellville: [36.23, -92.69], Jasper: [36.01, -93.19], 'Little Rock': [34.75, -92.29] }
	},
	{
		genre: 'local',
		text: "Club news. The Hillman garden club met Tuesday and named Doris Kraft of Atlanta its new president. Members voted to plant flowers at the library in Lewiston and at the township hall. The Alpena chapter of the lake association heard a talk on the lighthouse at Presque Isle. Posen's Lions club raised $2,300 at its fish fry for the food pantry in Rogers City. The Onaway snowmobile club will groom the trail to Millersburg once the snow is deep enough.",
		gold: { Hillman: [45.06, -83.9], Atlanta: [45.0, -84.14], Lewiston: [44.88, -84.31], Alpena: [45.06, -83.43], 'Presque Isle': [45.35, -83.48], Posen: [45.26, -83.7], 'Rogers City': [45.42, -83.82], Onaway: [45.36, -84.23], Millersburg: [45.34, -84.06] },
		notPlaces: ['Doris Kraft', 'Kraft']
	}
];

export const HELD_OUT_US_LOCAL_S35_B: GenreText[] = [
	{
		genre: 'local',
		text: "Ruby Faye Hargrove, 91, of Lynchburg, died Saturday at a nursing home in Tullahoma. She was born in Petersburg to Earl and Lula Bean and kept the books for a feed store for 40 years. Survivors include a daughter, Judy Scott of Florence, Ala.; a son, Wendell Hargrove of Corinth, Miss.; and a sister, Opal Bean of Mulberry. Services will be held at 1 p.m. Tuesday at Pleasant Grove Church of Christ in Fayetteville, with burial in the family cemetery near Lynchburg.",
		gold: { Lynchburg: [35.28, -86.37], Tullahoma: [35.36, -86.21], Petersburg: [35.32, -86.64], Florence: [34.8, -87.68], Corinth: [34.93, -88.52], Mulberry: [35.2, -86.47], Fayetteville: [35.15, -86.57] },
		notPlaces: ['Hargrove', 'Ruby Faye Hargrove', 'Earl', 'Lula Bean', 'Bean', 'Judy Scott', 'Scott', 'Wendell Hargrove', 'Opal Bean', 'Pleasant Grove']
	},
	{
		genre: 'local',
		text: "Wedding. Maria Elena Vigil and Daniel Ortiz were married Sept. 6 at St. Mary Catholic Church in Walsenburg. The bride is the daughter of Ray and Teresa Vigil of Trinidad and works for the school district in Pueblo. The groom, son of Alfred and Rosa Ortiz of La Junta, is a deputy with the county sheriff. A reception was held at the community hall in La Veta. The couple honeymooned in Santa Fe and live in Alamosa.",
		gold: { Walsenburg: [37.62, -104.78], Trinidad: [37.17, -104.5], Pueblo: [38.25, -104.61], 'La Junta': [37.98, -103.54], 'La Veta': [37.51, -105.01], 'Santa Fe': [35.69, -105.94], Alamosa: [37.47, -105.87] },
		notPlaces: ['Vigil', 'Maria Elena Vigil', 'Daniel Ortiz', 'Ortiz', 'Ray', 'Teresa Vigil', 'Alfred', 'Rosa Ortiz', 'St. Mary']
	},
	{
		genre: 'local',
		text: "The Crook County Court will take testimony Wednesday on a request to build a 400-acre solar farm on rangeland east of Prineville. Ranchers from Powell Butte and Post say the project would cut off a cattle trail used for a century. The applicant, based in Redmond, says it would pay $1.2 million a year in taxes. A similar farm north of Madras was approved in 2022. Planners from Bend and the state energy office in Salem will testify by phone. Residents of Mitchell have asked the court to hold a second hearing on their side of the county line.",
		gold: { 'Crook County': [44.16, -120.36], Prineville: [44.3, -120.83], 'Powell Butte': [44.25, -121.01], Post: [44.17, -120.48], Redmond: [44.27, -121.17], Madras: [44.63, -121.13], Bend: [44.06, -121.31], Salem: [44.94, -123.04], Mitchell: [44.57, -120.15] }
	},
	{
		genre: 'local',
		text: "Rush County 4-H Fair results, Rushville. Grand champion dairy goat: Ella Brown, Carthage. Reserve: Mason Gray, Milroy. Poultry: grand champion pen of meat birds, Kinley Cox, Arlington; reserve, Hunter Meyer, Manilla. Rabbit showmanship: Lily Brown of Carthage. Baked goods: best of show, a pecan pie by Owen Huff of Glenwood. Fourteen members will take projects to the Indiana State Fair in Indianapolis. The auction raised $61,000, a record, with buyers from Shelbyville and Connersville.",
		gold: { Rushville: [39.61, -85.45], Carthage: [39.74, -85.57], Milroy: [39.5, -85.52], Arlington: [39.64, -85.58], Manilla: [39.57, -85.62], Glenwood: [39.63, -85.3], Indianapolis: [39.77, -86.16], Shelbyville: [39.52, -85.78], Connersville: [39.64, -85.14], 'Rush County': [39.62, -85.47] },
		notPlaces: ['Ella Brown', 'Mason Gray', 'Kinley Cox', 'Hunter Meyer', 'Lily Brown', 'Owen Huff', 'Mason', 'Hunter']
	},
	{
		genre: 'local',
		text: "Boys basketball preview. Minster is the favorite in the league again after a trip to the regional final. New Bremen brings back all five starters. Versailles has a new coach, a former player from Fort Recovery. Marion Local and St. Henry both rely on sophomores this year. Coldwater's gym has been rebuilt after last spring's storm and will host the holiday tournament. Celina, a bigger school, plays three of the league's teams. All games tip off at 7:30 p.m.; the schedule is posted at each school.",
		gold: { Minster: [40.39, -84.38], 'New Bremen': [40.44, -84.38], Versailles: [40.22, -84.48], 'Fort Recovery': [40.41, -84.78], 'St. Henry': [40.42, -84.64], Coldwater: [40.48, -84.63], Celina: [40.55, -84.57] },
		notPlaces: ['Marion', 'Marion Local']
	},
	{
		genre: 'local',
		text: "Church news. Salem Lutheran Church near Mount Jackson will hold its Christmas cantata Sunday at 3 p.m. The Rev. Anne Ridgely of Woodstock is guest pastor at the Edinburg Methodist church through the holidays. The Strasburg Presbyterian church collected 300 coats for children in Timberville and New Market. St. Stephen's in Harrisonburg will host the valley's ecumenical Thanksgiving service this year. Bethany Mennonite Church has cancelled its Wednesday supper.",
		gold: { 'Mount Jackson': [38.75, -78.64], Woodstock: [38.88, -78.51], Edinburg: [38.82, -78.56], Strasburg: [38.99, -78.36], Timberville: [38.64, -78.77], 'New Market': [38.65, -78.67], Harrisonburg: [38.45, -78.87] },
		notPlaces: ['Salem', 'Anne Ridgely', 'St. Stephen', 'Bethany']
	},
	{
		genre: 'local',
		text: "Fire calls. Delhi firefighters were called at 6 p.m. Wednesday to a chimney fire on a farm on Route 10. Walton and Hamden sent tankers; Andes stood by at the Delhi station. The fire was out in an hour. On Thursday, Margaretville's department answered a call for a car fire on Route 28 near Arkville. An Oneonta ambulance took a firefighter to the hospital after he slipped on ice. The Delaware County fire coordinator reminded residents to have chimneys cleaned.",
		gold: { Delhi: [42.28, -74.92], Walton: [42.17, -75.13], Hamden: [42.2, -74.99], Andes: [42.19, -74.79], Margaretville: [42.15, -74.65], Arkville: [42.15, -74.62], Oneonta: [42.45, -75.06], 'Delaware County': [42.2, -74.97] }
	},
	{
		genre: 'local',
		text: "Tuesday's storms damaged homes from Walthall County to the Louisiana line. A tornado crossed the highway east of Tylertown, tearing the roof off a chicken house. In Magnolia and McComb, trees fell across roads and 6,000 customers lost power. Amite County officials said a barn was destroyed near Liberty. South of the line, Kentwood and Franklinton, La., reported wind damage. The weather service office in Jackson said the storms produced three tornadoes. Crews from Brookhaven helped clear the roads.",
		gold: { 'Walthall County': [31.15, -90.11], Tylertown: [31.12, -90.14], Magnolia: [31.14, -90.46], McComb: [31.24, -90.45], 'Amite County': [31.17, -90.8], Liberty: [31.16, -90.81], Kentwood: [30.94, -90.51], Franklinton: [30.85, -90.15], Jackson: [32.3, -90.18], Brookhaven: [31.58, -90.44] }
	},
	{
		genre: 'local',
		text: "A 52-year-old Faith man was killed Saturday when his pickup left Highway 34 near Union Center and rolled, the Highway Patrol said. He was not wearing a seat belt. A 19-year-old Philip woman was hurt in a separate crash on the same road east of Howes; she was taken to the hospital in Rapid City. A Sturgis man was cited for drunk driving after a crash north of Eagle Butte. The Meade County sheriff's office asked drivers to watch for deer after dark.",
		gold: { Faith: [45.02, -102.04], 'Union Center': [44.56, -102.67], Philip: [44.04, -101.66], Howes: [44.61, -102.05], 'Rapid City': [44.08, -103.23], Sturgis: [44.41, -103.51], 'Eagle Butte': [45.0, -101.23], 'Meade County': [44.57, -102.72] }
	},
	{
		genre: 'local',
		text: "At the library. The Arms Library in Shelburne Falls will show a film about the trolley line that once ran to Colrain, Saturday at 2 p.m. Greenfield's library hosts a talk by a Conway beekeeper on Tuesday. Ashfield residents can pick up seed packets at the town hall. The Charlemont historical society has opened its winter exhibit on the old mills. A bus to a museum in Brattleboro, Vt., leaves Greenfield at 9 a.m. on the 21st. The Deerfield museum is closed until spring.",
		gold: { 'Shelburne Falls': [42.6, -72.74], Colrain: [42.67, -72.7], Greenfield: [42.59, -72.6], Conway: [42.51, -72.7], Ashfield: [42.53, -72.79], Charlemont: [42.63, -72.87], Brattleboro: [42.85, -72.56], Deerfield: [42.54, -72.6] },
		notPlaces: ['Arms Library']
	},
	{
		genre: 'local',
		text: "100 years ago. From the issue of Dec. 11, 1925: The river at Havana has fallen to its lowest stage of the year, and the packet boat from Peoria has stopped running until spring. The canning factory in Beardstown finished its run with 90,000 cases of pumpkin. A Virginia man won first prize for corn at the state show in Springfield. The new school at Bath will be dedicated Friday. Petersburg's merchants agree to close Thursday afternoons through the winter. Mason County's road bonds passed by 400 votes.",
		gold: { Havana: [40.3, -90.06], Peoria: [40.69, -89.59], Beardstown: [40.02, -90.42], Virginia: [39.95, -90.21], Springfield: [39.8, -89.64], Bath: [40.19, -90.14], Petersburg: [40.01, -89.85], 'Mason County': [40.24, -89.92] }
	},
	{
		genre: 'local',
		text: "Small business: A Tucumcari woman has kept her family's diner on the old highway open for 46 years. Linda Baca's parents came from Santa Rosa in 1952 and cooked for truckers bound for Amarillo, Texas. She buys chile from a farm near Hatch and beef from a ranch outside Logan. Regulars drive in from San Jon and Clovis for the Friday green chile stew. The diner survived the interstate's bypass in 1981 and now draws tourists between Albuquerque and Oklahoma City.",
		gold: { Tucumcari: [35.17, -103.72], 'Santa Rosa': [34.94, -104.68], Amarillo: [35.22, -101.83], Texas: [31.0, -99.0], Hatch: [32.66, -107.16], Logan: [35.36, -103.41], 'San Jon': [35.11, -103.33], Clovis: [34.4, -103.21], Albuquerque: [35.08, -106.65], 'Oklahoma City': [35.47, -97.52] },
		notPlaces: ['Linda Baca', 'Baca']
	},
	{
		genre: 'local',
		text: "Farm market report. Apple packing houses in Wenatchee and Cashmere say the harvest was 8 percent larger than last year, but prices are lower. Growers near Chelan and Orondo finished picking the last of their late pears. Cherry orchards around Quincy and Ephrata are being pruned. Hay sold in Ellensburg for $240 a ton. The fruit growers' meeting will be in Yakima in January. Buyers from Seattle attended the winter market in Leavenworth.",
		gold: { Wenatchee: [47.42, -120.31], Cashmere: [47.52, -120.47], Chelan: [47.84, -120.02], Orondo: [47.64, -120.22], Quincy: [47.23, -119.85], Ephrata: [47.32, -119.55], Ellensburg: [47.0, -120.55], Yakima: [46.6, -120.51], Seattle: [47.61, -122.33], Leavenworth: [47.6, -120.66] }
	},
	{
		genre: 'local',
		text: "Air and bus service. The airport in Page will lose its last daily flight to Phoenix in March unless the city finds a new carrier. The mayor of Page said tourists bound for the lake and the canyon will have to fly into Flagstaff or St. George, Utah. A shuttle between Kanab and Fredonia started this month, and the tribe plans a bus from Tuba City to Flagstaff. Travelers from Kayenta say the drive to the airport is already three hours.",
		gold: { Page: [36.91, -111.46], Phoenix: [33.45, -112.07], Flagstaff: [35.2, -111.65], 'St. George': [37.1, -113.58], Utah: [39.3, -111.7], Kanab: [37.05, -112.53], Fredonia: [36.95, -112.53], 'Tuba City': [36.13, -111.24], Kayenta: [36.73, -110.25] }
	},
	{
		genre: 'local',
		text: "Arnold Lindgren, 84, of Hazen, died Nov. 29 at a care center in Beulah. He was born on a farm near Zap and worked at the power plant in Stanton for 33 years. He is survived by his wife, Marlys; a son, Gary of Bismarck; a daughter, Karen Schaaf of Dickinson; and a brother, Orvin of Golden Valley. Services will be held at 10 a.m. Friday at Our Savior's Lutheran Church in Hazen, with burial in the Zap cemetery.",
		gold: { Hazen: [47.29, -101.62], Beulah: [47.26, -101.78], Zap: [47.29, -101.92], Stanton: [47.32, -101.38], Bismarck: [46.81, -100.78], Dickinson: [46.88, -102.79], 'Golden Valley': [47.29, -102.06] },
		notPlaces: ['Arnold Lindgren', 'Lindgren', 'Marlys', 'Gary', 'Karen Schaaf', 'Orvin']
	},
	{
		genre: 'local',
		text: "Football preview. Chipley travels to Bonifay on Friday for the county rivalry, and both teams need the win to make the playoffs. Graceville, which beat Cottondale 27-6 last week, hosts Sneads. Marianna's quarterback is out with a broken wrist. A busload of fans from Dothan, Ala., is expected for the Graceville game. Kickoff for all three games is 7 p.m. Central time.",
		gold: { Chipley: [30.78, -85.54], Bonifay: [30.79, -85.68], Graceville: [30.96, -85.52], Cottondale: [30.8, -85.38], Sneads: [30.71, -84.92], Marianna: [30.77, -85.23], Dothan: [31.22, -85.39] }
	},
	{
		genre: 'local',
		text: "Wedding. Hannah Kent and Thomas Easton were married Oct. 19 at the Episcopal church in Chestertown. The bride is the daughter of Robert and Ellen Kent of Rock Hall; the groom is the son of Mark and Julie Easton of Dover, Del. Both graduated from the university in Salisbury. A reception followed at the yacht club on the river. The couple live in Centreville; the bride teaches in Denton and the groom works for the county in Easton.",
		gold: { Chestertown: [39.21, -76.07], 'Rock Hall': [39.14, -76.24], Dover: [39.16, -75.52], Salisbury: [38.36, -75.6], Centreville: [39.04, -76.07], Denton: [38.88, -75.83], Easton: [38.77, -76.08] },
		notPlaces: ['Hannah Kent', 'Kent', 'Thomas Easton', 'Robert', 'Ellen Kent', 'Mark', 'Julie Easton']
	},
	{
		genre: 'local',
		text: "Firefighters from Elko, Spring Creek and Carlin fought a house fire Monday morning on the east side of Elko. The family escaped without injury. Later in the day, crews from Wells and Jackpot were called to a truck fire on the interstate near Deeth. A crew from Battle Mountain was sent to Carlin to cover the station. A medical helicopter from Twin Falls, Idaho, flew a burned driver to a burn center in Salt Lake City.",
		gold: { Elko: [40.83, -115.76], 'Spring Creek': [40.73, -115.59], Carlin: [40.71, -116.1], Wells: [41.11, -114.96], Jackpot: [41.98, -114.67], Deeth: [41.07, -115.27], 'Battle Mountain': [40.64, -116.93], 'Twin Falls': [42.56, -114.46], Idaho: [44.4, -114.6], 'Salt Lake City': [40.76, -111.89] }
	},
	{
		genre: 'local',
		text: "A 23-year-old Guin man died Friday night when his car crossed the center line on Alabama 171 north of Fayette and struck a log truck, state troopers said. The truck's driver, of Sulligent, was not hurt. Earlier Friday, a Hamilton woman and her two children were hurt in a crash on U.S. 43 at Winfield; they were taken to the hospital in Tuscaloosa. A Columbus, Miss., man was charged with driving under the influence after a crash on U.S. 278 near Sulligent.",
		gold: { Guin: [33.97, -87.91], Fayette: [33.68, -87.83], Sulligent: [33.9, -88.13], Hamilton: [34.14, -87.99], Winfield: [33.93, -87.82], Tuscaloosa: [33.21, -87.57], Columbus: [33.5, -88.43] }
	},
	{
		genre: 'local',
		text: "Museum news. The stagecoach museum in Lusk has a new exhibit on the trail from Cheyenne to the Black Hills. The pioneer museum in Douglas will be open weekends through December. Glenrock's museum received a collection of saddles from a ranch family near Wheatland. Students from Torrington and Scottsbluff, Neb., toured the exhibits last week. Douglas Ware, the museum's director, said visits were up from Casper and Gillette.",
		gold: { Lusk: [42.76, -104.45], Cheyenne: [41.14, -104.82], 'Black Hills': [44.0, -103.75], Douglas: [42.76, -105.38], Glenrock: [42.86, -105.87], Wheatland: [42.05, -104.95], Torrington: [42.06, -104.18], Scottsbluff: [41.87, -103.66], Casper: [42.87, -106.31], Gillette: [44.29, -105.5] },
		notPlaces: ['Douglas Ware', 'Ware']
	}
];

// US local news written for session 36 (none copied from anywhere) and scored BEFORE any change was tuned on
// them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s36` (issue #10: hidden US local
// news at Acc@161 0.73). Session 35's batch scored 0.98 before any change against 0.84 measured on the hidden
// sets, so these are written harder: longer stories with ten to twenty names each, datelines, people whose
// first names, surnames or maiden names are towns of the same county (Chester, Warren, Tunbridge, Denton,
// Preston, Cambridge, Oxford, Ogden, Price, Brady, Harper, Eden, Comfort, Houston, Gentry, Vernon, Lenoir,
// Peabody, Pierce, Bacon …), churches, schools, firms and roads named for places, small towns sharing their
// names with countries and famous cities (Germany's Hamburg and Berlin, Denmark, Bamberg, Sparta, Athens,
// Ghent, Kingston, Belgrade, Manhattan, Delhi, Versailles, Monterey, Louisville, Philadelphia, Aberdeen …) or
// with words (Art, Center, Charm, Reform, Pray, Lead, Patriot, Snowflake, Volcano …), and neighbouring
// states' towns in one story, most of them named without their state. Shapes: obituaries, weddings and
// engagements, zoning hearings, fair results, sports previews, church and club news, fire calls with mutual
// aid, storm damage across counties, crashes on state routes, library and museum news, "100 years ago"
// columns, business profiles, farm market reports, transit and air service, in thirty-odd states (Vermont,
// Maryland, Delaware, Rhode Island, New Jersey, Mississippi, Louisiana, Utah, Nevada, Arizona, Hawaii, Alaska,
// the Dakotas …). Gold points are the places' own coordinates, written from knowledge and checked against
// `gazette lookup NAME --country US`; names of no place are in notPlaces. Townships and New England towns
// that no shipped source lists are left out of the gold. Half A is for tuning; half B stays held out (report
// it before and after each change).
// Twenty long stories and four short ones (three to six names, TV-site style) in each half.
// Before any change (main b62ed47): A 279/286 within 161 km (0.976), 25 named places not mapped, 3 names of no
// place mapped; B 257/262 (0.981), 30 not mapped, 3 names of no place mapped. Still easier than the hidden sets
// on the mapped names; the larger loss is recall: 55 named places unmapped, most of them in the gazetteer (towns
// named like words or people: Center, Art, Lead, Patriot, Charm, Mayo, Putnam, Sullivan, Wilbur, Lind, Sprague,
// Alma, Hanover; towns beside many neighbours: Westerly, Stonington, Mystic, Farmerville, Springhill, Bend, Live
// Oak; counties: Sanpete, Lancaster, Stearns, Taos, Platte). The wrong: a town taken for its bigger namesake
// elsewhere (Marquette, Plymouth, Manchester, Granby, Davenport, Hartford, Lansing, Galena, St. Mary's), a
// valley read as the Middle East's; the false: a family's surname read as a country (Lebanon), a first name and
// a cemetery as towns (Raleigh, Oak Lawn, Warren), a tribe as its town, a team as India.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S36_A: GenreText[] = [
	{
		genre: 'local',
		text: "RANDOLPH — Harold W. \"Bud\" Chester, 91, died peacefully Thursday at Gifford Medical Center with his family beside him. He was born March 3, 1935, in Bethel, the son of Warren and Alice (Tunbridge) Chester, and grew up on the family dairy farm on the road to Royalton. After serving with the Army in Germany, he worked 38 years at the granite sheds in Barre and drove the school bus in Brookfield for another twelve. Bud was a member of the Grange and loved deer camp in Granby. He is survived by his daughter, Carol Sharon of Montpelier; his son, Paul Chester and wife Deb of Concord, N.H.; his brother Dean of Northfield; and seven grandchildren. He was predeceased by his wife of 61 years, Ruth. A service will be held Saturday at 11 a.m. at Bethany Church in Randolph, with burial in the spring at the Royalton cemetery. Memorial gifts may be made to the Randolph ambulance service.",
		gold: { RANDOLPH: [43.92, -72.67], Randolph: [43.92, -72.67], Bethel: [43.83, -72.63], Germany: [51.0, 10.0], Barre: [44.2, -72.5], Brookfield: [44.04, -72.6], Granby: [44.57, -71.76], Montpelier: [44.26, -72.58], Concord: [43.21, -71.54], Northfield: [44.15, -72.66] },
		notPlaces: ['Chester', 'Harold W. "Bud" Chester', 'Paul Chester', 'Warren', 'Tunbridge', 'Alice', 'Carol Sharon', 'Sharon', 'Gifford', 'Gifford Medical Center', 'Bethany', 'Dean', 'Ruth', 'Deb']
	},
	{
		genre: 'local',
		text: "Denton–Preston. Abigail Grace Denton and Lucas James Preston were married Sept. 20 at Christ Episcopal Church in Easton. The Rev. Anne Cambridge officiated. The bride, daughter of Robert and Linda Denton of Chestertown, is a 2019 graduate of Washington College and a nurse at the regional hospital in Salisbury. The groom, son of Mark and Kelly Preston of Milford, Del., graduated from the University of Delaware in Newark and works for a poultry company in Georgetown. The maid of honor was Hannah Oxford, the bride's cousin, of Annapolis; the best man was the groom's brother, Sam Preston of Dover. A reception followed at a restored barn near Trappe. After a wedding trip to Bermuda, the couple lives in Federalsburg.",
		gold: { Easton: [38.77, -76.08], Chestertown: [39.21, -76.07], Salisbury: [38.36, -75.6], Milford: [38.91, -75.43], Newark: [39.68, -75.75], Georgetown: [38.69, -75.39], Annapolis: [38.98, -76.49], Dover: [39.16, -75.52], Trappe: [38.66, -76.06], Bermuda: [32.3, -64.78], Federalsburg: [38.69, -75.77] },
		notPlaces: ['Denton', 'Preston', 'Abigail Grace Denton', 'Lucas James Preston', 'Sam Preston', 'Anne Cambridge', 'Cambridge', 'Hannah Oxford', 'Oxford', 'Washington College', 'Washington', 'Robert', 'Linda', 'Mark', 'Kelly']
	},
	{
		genre: 'local',
		text: "HARRISON — The Boone County planning committee will take up a request Tuesday to let a poultry company build six broiler houses on 80 acres off Arkansas 7 between Harrison and Jasper. The land, owned by the Lebanon family since the 1940s, drains toward the Buffalo River, and people from Ponca, Compton and Western Grove have written to oppose it. The company, which runs a feed mill in Green Forest and a processing plant in Berryville, says the houses would meet every state rule. Justice of the Peace Carl Marshall of Alpena said he would ask for a delay until state engineers in Little Rock review the runoff plan. A similar request in Newton County was withdrawn last year after a hearing that drew 300 people to the courthouse in Jasper. Residents who cannot attend may send comments to the county office in Harrison or to the regional office in Springdale.",
		gold: { HARRISON: [36.23, -93.11], Harrison: [36.23, -93.11], 'Boone County': [36.31, -93.09], Jasper: [36.01, -93.19], 'Buffalo River': [36.08, -92.6], Ponca: [36.02, -93.36], Compton: [36.09, -93.3], 'Western Grove': [36.1, -92.96], 'Green Forest': [36.33, -93.44], Berryville: [36.36, -93.57], Alpena: [36.29, -93.29], 'Little Rock': [34.75, -92.29], 'Newton County': [35.92, -93.22], Springdale: [36.19, -94.13] },
		notPlaces: ['Lebanon', 'Carl Marshall', 'Marshall']
	},
	{
		genre: 'local',
		text: "Sanpete County Fair results, Manti. Market lamb: grand champion, Kyler Nielson, Gunnison; reserve, Brynlee Anderson, Mayfield. Market hog: grand champion, Tate Christensen, Fairview; reserve, Sadie Jorgensen, Spring City. Market steer: grand champion, McKay Larsen, Centerfield. Round robin showmanship: Kimball Madsen of Mount Pleasant, who will show at the state fair in Salt Lake City next month. Rabbits: best of show, Eliza Hansen, Fountain Green. The judges were Dr. Reed Ogden of Richfield and Jana Price of Nephi. The livestock sale brought $212,000, with the top lamb bought by a Moroni turkey grower and the top steer by a bank in Ephraim.",
		gold: { 'Sanpete County': [39.37, -111.58], Manti: [39.27, -111.64], Gunnison: [39.16, -111.82], Mayfield: [39.12, -111.71], Fairview: [39.63, -111.44], 'Spring City': [39.48, -111.49], Centerfield: [39.13, -111.82], 'Mount Pleasant': [39.55, -111.46], 'Salt Lake City': [40.76, -111.89], 'Fountain Green': [39.63, -111.64], Richfield: [38.77, -112.08], Nephi: [39.71, -111.84], Moroni: [39.53, -111.59], Ephraim: [39.36, -111.59] },
		notPlaces: ['Reed Ogden', 'Ogden', 'Jana Price', 'Price', 'Kimball Madsen', 'Kimball', 'Kyler Nielson', 'Brynlee Anderson', 'Anderson', 'McKay Larsen', 'Eliza Hansen', 'Tate Christensen', 'Sadie Jorgensen']
	},
	{
		genre: 'local',
		text: "Hockey preview. CALUMET — The Copper Kings return 14 letter winners from a team that lost to Marquette in the regional final in Escanaba, and coach Dan Jokela says the goal is a first trip to the state semifinals in Plymouth since 2017. Calumet opens Saturday at Houghton and plays rival Hancock on Dec. 12 at the Dee Stadium. Senior goalie Owen Lake, who stopped 41 shots against Gladstone last winter, anchors the defense. Kingsford has its whole top line back, and Menominee lost only two seniors but plays seven games against Wisconsin teams, including Marinette and Rhinelander. Ironwood and L'Anse will play a shortened schedule after the rink in Ironwood needed a new roof. The defending league champions come up from the Soo on Jan. 9.",
		gold: { CALUMET: [47.25, -88.45], Calumet: [47.25, -88.45], Marquette: [46.54, -87.4], Escanaba: [45.75, -87.06], Plymouth: [42.37, -83.47], Houghton: [47.12, -88.57], Hancock: [47.13, -88.58], Gladstone: [45.85, -87.02], Kingsford: [45.79, -88.07], Menominee: [45.11, -87.61], Wisconsin: [44.5, -89.5], Marinette: [45.1, -87.63], Rhinelander: [45.64, -89.41], Ironwood: [46.45, -90.17], "L'Anse": [46.76, -88.45] },
		notPlaces: ['Owen Lake', 'Dan Jokela', 'Copper Kings', 'Dee Stadium']
	},
	{
		genre: 'local',
		text: "Church and club notes. Mount Olive Baptist Church in Gibsland celebrates its 125th anniversary Sunday; the Rev. Homer Ballard of Shreveport brings the message at 2 p.m. The Farmerville Lions Club collected 900 pounds of canned food for the pantry in Bernice. The Bienville Parish garden club meets Tuesday at the library in Arcadia, where Marion Tate of Ruston will show how to force paperwhites. St. Thomas Catholic Church in Ruston has a Christmas concert by the choir from Grambling. The Dubach homemakers will tour the gardens in Natchitoches on the 14th; the bus leaves the Dubach town hall at 7 a.m. Members of the Springhill Rotary delivered gift boxes to the nursing home in Haynesville, and the community center in Athens, in Claiborne Parish, will host a gospel singing on Saturday night.",
		gold: { Gibsland: [32.54, -93.05], Shreveport: [32.52, -93.75], Farmerville: [32.77, -92.41], Bernice: [32.82, -92.66], 'Bienville Parish': [32.35, -93.05], Arcadia: [32.55, -92.92], Ruston: [32.52, -92.64], Grambling: [32.53, -92.71], Dubach: [32.7, -92.66], Natchitoches: [31.76, -93.09], Springhill: [33.0, -93.47], Haynesville: [32.96, -93.14], Athens: [32.65, -93.02], 'Claiborne Parish': [32.82, -92.99] },
		notPlaces: ['Mount Olive', 'Homer Ballard', 'Homer', 'Marion Tate', 'Marion', 'St. Thomas']
	},
	{
		genre: 'local',
		text: "Fire calls. NEWTON — A fire that started in a wood stove chimney destroyed a two-story farmhouse on Route 206 in Andover early Sunday. Andover's volunteers were joined by crews from Newton, Sparta and Lafayette, and tankers came from Branchville and Frankford because the nearest hydrant is two miles away. The family of four got out; a firefighter from Hamburg was treated for a hand injury at the hospital in Newton. Later that day, Vernon and Highland Lakes firefighters put out a brush fire near the Appalachian Trail, and a crew from Hardyston stood by at the Franklin firehouse. Across the Delaware, the Milford, Pa., company answered a car fire on the bridge to Montague. The Sussex County fire marshal is investigating the Andover fire; officials in Trenton said it was the county's third house fire from a chimney this month.",
		gold: { NEWTON: [41.06, -74.75], Newton: [41.06, -74.75], Andover: [40.99, -74.74], Sparta: [41.03, -74.64], Branchville: [41.15, -74.75], Hamburg: [41.15, -74.58], 'Highland Lakes': [41.18, -74.46], Franklin: [41.12, -74.58], Delaware: [41.3, -74.9], Milford: [41.32, -74.8], 'Sussex County': [41.14, -74.69], Trenton: [40.22, -74.76] },
		notPlaces: ['Appalachian Trail']
	},
	{
		genre: 'local',
		text: "A line of storms Tuesday afternoon spawned at least three tornadoes across east-central Mississippi and west Alabama, the National Weather Service office in Jackson said Wednesday. The strongest touched down southwest of Louisville at 4:50 p.m., tore the roof from a poultry house near Noxapater and crossed into Noxubee County before lifting east of Brooksville. In Macon, power was out to 2,300 homes. A second storm damaged barns between Ackerman and Weir and knocked a steeple off a church in Sturgis. Trees were down on U.S. 45 between West Point and Aberdeen, and the air base at Columbus moved its planes into hangars. In Philadelphia, the Neshoba County fairgrounds lost part of a grandstand roof. Across the state line, a third tornado crossed Pickens County near Aliceville and damaged homes in Reform and Gordo. Crews from Tuscaloosa and Starkville were helping clear roads Wednesday.",
		gold: { Mississippi: [32.7, -89.7], Alabama: [32.8, -86.8], Jackson: [32.3, -90.18], Louisville: [33.12, -89.05], Noxapater: [32.99, -89.07], 'Noxubee County': [33.11, -88.57], Brooksville: [33.23, -88.58], Macon: [33.11, -88.56], Ackerman: [33.31, -89.17], Weir: [33.26, -89.29], Sturgis: [33.34, -89.05], 'West Point': [33.61, -88.65], Aberdeen: [33.83, -88.54], Columbus: [33.5, -88.43], Philadelphia: [32.77, -89.12], 'Neshoba County': [32.75, -89.12], 'Pickens County': [33.28, -88.1], Aliceville: [33.13, -88.15], Reform: [33.38, -88.02], Gordo: [33.32, -87.9], Tuscaloosa: [33.21, -87.57], Starkville: [33.45, -88.82] }
	},
	{
		genre: 'local',
		text: "SOMERSET — Two people died and three were hurt Friday night in a head-on crash on KY 80 east of Nancy, Kentucky State Police said. A westbound car driven by a 19-year-old London woman crossed the center line and struck a pickup driven by a 58-year-old Russell Springs man. The London driver and her passenger, a 20-year-old from Manchester, died at the scene. The pickup's driver and two passengers from Jamestown were taken to the regional hospital in Somerset; one was later flown to the university hospital in Lexington. Troopers from the post in London and deputies from Pulaski County worked the crash, and the road was closed for five hours. Earlier in the week, a Monticello man was killed on KY 90 near Burnside when his motorcycle hit a deer, and a tractor-trailer overturned on the Cumberland Parkway west of Columbia, closing the eastbound lanes until morning.",
		gold: { SOMERSET: [37.09, -84.6], Somerset: [37.09, -84.6], Nancy: [37.07, -84.75], London: [37.13, -84.08], 'Russell Springs': [37.06, -85.09], Manchester: [37.15, -83.76], Jamestown: [36.98, -85.06], Lexington: [38.05, -84.5], 'Pulaski County': [37.1, -84.58], Monticello: [36.83, -84.85], Burnside: [36.99, -84.6], Columbia: [37.1, -85.31] }
	},
	{
		genre: 'local',
		text: "Library and museum notes. The Westerly Library will show films of the 1938 hurricane Thursday at 6 p.m., with a talk by Peter Bristol, whose grandfather ran the ferry to Watch Hill. In Charlestown, the historical society's talk on the Narragansett meeting house has moved to the library. The Richmond and Exeter libraries, which share a children's librarian, will hold story hours on alternate Saturdays. Across the river in Connecticut, the Stonington Free Library holds a used-book sale and the seaport museum at Mystic opens its holiday lights Friday. A bus trip from Coventry to the old mill museum in Pawtucket is full, but the Warwick library has seats left on its trip to the Newport mansions on the 20th. Anyone with old photographs of the Norwich mills is asked to call the Otis Library.",
		gold: { Westerly: [41.38, -71.83], 'Watch Hill': [41.31, -71.86], Charlestown: [41.38, -71.64], Exeter: [41.58, -71.54], Connecticut: [41.6, -72.7], Stonington: [41.34, -71.91], Mystic: [41.35, -71.97], Coventry: [41.69, -71.66], Pawtucket: [41.88, -71.38], Warwick: [41.7, -71.42], Newport: [41.49, -71.31], Norwich: [41.52, -72.08] },
		notPlaces: ['Peter Bristol', 'Bristol', 'Narragansett', 'Otis', 'Otis Library']
	},
	{
		genre: 'local',
		text: "100 years ago. From our issue of Dec. 9, 1926: Potato growers around Monte Vista and Center shipped 410 cars of potatoes to Kansas City and Chicago this season, the most since the war. A new skating pond was flooded behind the schoolhouse at Alamosa. Fire destroyed the general store at Hooper owned by Jack Moffat, who says he will rebuild by spring. The boxer Jack Dempsey wired old friends in Manassa that he would visit at Christmas. Snow closed the road over Wolf Creek Pass between Del Norte and Pagosa Springs for four days. The commissioners met at the courthouse in Saguache and let a contract for a new bridge over the river at La Jara. A dance at the Antonito hall raised $46 for the band.",
		gold: { 'Monte Vista': [37.58, -106.15], Center: [37.75, -106.11], 'Kansas City': [39.1, -94.58], Chicago: [41.88, -87.63], Alamosa: [37.47, -105.87], Hooper: [37.75, -105.88], Manassa: [37.17, -105.94], 'Wolf Creek Pass': [37.48, -106.8], 'Del Norte': [37.68, -106.35], 'Pagosa Springs': [37.27, -107.01], Saguache: [38.09, -106.14], 'La Jara': [37.27, -105.96], Antonito: [37.08, -106.01] },
		notPlaces: ['Jack Moffat', 'Moffat', 'Jack Dempsey', 'Dempsey']
	},
	{
		genre: 'local',
		text: "Small business. Five years after she left a bank job in Columbia, Tasha Hampton has turned a closed filling station on U.S. 301 in Allendale into a bakery that sells 600 sweet potato pies a week. Her flour comes from a mill in Denmark, the pecans from an orchard between Bamberg and Ehrhardt, and the sweet potatoes from farms around Estill. \"People drive from Barnwell and Walterboro for the pies,\" she said, \"and on Thanksgiving week we had a line out to the highway.\" She sells at the Saturday market in Orangeburg and ships to customers as far off as Charlotte and Atlanta. The shop employs eight, including two cousins who commute from Fairfax. Hampton said she is looking at a second store in Ridgeland, near the interstate, and has talked to a bank in Beaufort about a loan.",
		gold: { Columbia: [34.0, -81.03], Allendale: [33.01, -81.31], Denmark: [33.32, -81.14], Bamberg: [33.3, -81.03], Ehrhardt: [33.1, -81.01], Estill: [32.75, -81.24], Barnwell: [33.24, -81.36], Walterboro: [32.9, -80.67], Orangeburg: [33.49, -80.86], Charlotte: [35.23, -80.84], Atlanta: [33.75, -84.39], Fairfax: [32.96, -81.24], Ridgeland: [32.48, -80.98], Beaufort: [32.43, -80.67] },
		notPlaces: ['Tasha Hampton', 'Hampton']
	},
	{
		genre: 'local',
		text: "Farm market report. Apple growers in Columbia County say the crop came in 10 percent lighter after a May frost hit orchards around Ghent, Kinderhook and Germantown, but prices at the stands are holding at $1.50 a pound. Cider is $9 a gallon at the Chatham farmers market and $8 across the river in Athens and Catskill. The Saturday market in Hudson moves indoors next week, to the old firehouse on Warren Street, and the Rhinebeck market closes for the season after Sunday. A dairy in Valatie has started bottling eggnog. Christmas trees are $60 to $90 at farms near Claverack; a grower in Red Hook said buyers from Kingston and Poughkeepsie come early for the best firs. Hay is short: round bales are bringing $70 at the auction in Troy, up $15 from last year, and some farmers are trucking hay from Vermont.",
		gold: { 'Columbia County': [42.25, -73.63], Ghent: [42.33, -73.62], Kinderhook: [42.4, -73.7], Germantown: [42.13, -73.89], Chatham: [42.36, -73.59], Athens: [42.26, -73.81], Catskill: [42.22, -73.86], Hudson: [42.25, -73.79], Rhinebeck: [41.93, -73.91], Valatie: [42.41, -73.67], Claverack: [42.23, -73.73], 'Red Hook': [42.0, -73.88], Kingston: [41.93, -73.99], Poughkeepsie: [41.7, -73.92], Troy: [42.73, -73.69], Vermont: [44.0, -72.7] },
		notPlaces: ['Warren', 'Warren Street']
	},
	{
		genre: 'local',
		text: "Transit and airport news. The Bradford Regional Airport will lose its only scheduled flights in March, when the carrier that flies to Pittsburgh ends its federal contract, the McKean County commissioners were told Tuesday. Travelers will have to drive to DuBois or to Erie. The transit authority based in Johnsonburg will add a Tuesday bus between Emporium, Coudersport and Smethport, and riders from Kane and Mount Jewett can now book a van to the clinics in Bradford a day ahead. A new route links St. Marys and Ridgway with the hospital in DuBois twice a day. Warren's county commissioners are studying a shared bus to Olean, N.Y., where many of their residents work.",
		gold: { Bradford: [41.96, -78.64], Pittsburgh: [40.44, -80.0], 'McKean County': [41.81, -78.57], DuBois: [41.12, -78.76], Erie: [42.13, -80.09], Johnsonburg: [41.49, -78.68], Emporium: [41.51, -78.24], Coudersport: [41.77, -78.02], Smethport: [41.81, -78.44], Kane: [41.66, -78.81], 'Mount Jewett': [41.72, -78.64], 'St. Marys': [41.43, -78.56], Ridgway: [41.42, -78.73], Warren: [41.84, -79.15], Olean: [42.08, -78.43] }
	},
	{
		genre: 'local',
		text: "Doris Jean (Brady) Harper, 86, of Llano passed away Nov. 30 at her daughter's home in Marble Falls. Born in Mason to Otto and Frieda Keese, she grew up on a ranch between Mason and Art and finished high school in Fredericksburg. She and her husband, Milton Harper, ran the feed store in Llano for 41 years. She taught Sunday school at First Baptist and was a charter member of the Llano County quilt guild. Survivors include her daughter, Carol Eden of Marble Falls; sons Travis Harper of Junction and Wade Harper of Kerrville; a sister, Ruth Comfort of San Angelo; eleven grandchildren and nine great-grandchildren. Visitation will be Friday evening at the funeral home in Llano, and services at 10 a.m. Saturday at First Baptist Church of Llano, with burial in the family cemetery near Mason.",
		gold: { Llano: [30.76, -98.68], 'Marble Falls': [30.58, -98.27], Mason: [30.75, -99.23], Art: [30.75, -99.11], Fredericksburg: [30.27, -98.87], 'Llano County': [30.71, -98.68], Junction: [30.49, -99.77], Kerrville: [30.05, -99.14], 'San Angelo': [31.46, -100.44] },
		notPlaces: ['Brady', 'Harper', 'Doris Jean (Brady) Harper', 'Milton Harper', 'Milton', 'Carol Eden', 'Eden', 'Travis Harper', 'Travis', 'Wade Harper', 'Ruth Comfort', 'Comfort', 'Otto', 'Frieda', 'Keese']
	},
	{
		genre: 'local',
		text: "The Lancaster County Board of Supervisors will hold a public hearing Dec. 11 in Lancaster on a request to rezone 22 acres at the edge of Kilmarnock for 48 townhouses. The developer, Northumberland Holdings of Heathsville, says the homes would sell for about $300,000 and would be served by the town's sewer plant. Residents of Irvington and White Stone have asked for a traffic study of Route 3. A decision on a marina expansion in Reedville was deferred until the state Department of Environmental Quality in Richmond reviews it. Across the Rappahannock, Middlesex County approved a boat storage building near Urbanna, and the Essex County supervisors in Tappahannock will take up a solar farm on Tuesday. The Richmond County planning commission in Warsaw has tabled a similar solar request for the second time.",
		gold: { 'Lancaster County': [37.7, -76.42], Lancaster: [37.77, -76.46], Kilmarnock: [37.71, -76.38], Heathsville: [37.92, -76.47], Irvington: [37.66, -76.42], 'White Stone': [37.65, -76.39], Reedville: [37.84, -76.28], Richmond: [37.54, -77.44], Rappahannock: [37.65, -76.55], 'Middlesex County': [37.6, -76.57], Urbanna: [37.64, -76.57], 'Essex County': [37.94, -76.94], Tappahannock: [37.93, -76.86], 'Richmond County': [37.93, -76.72], Warsaw: [37.96, -76.76] },
		notPlaces: ['Northumberland Holdings', 'Northumberland']
	},
	{
		genre: 'local',
		text: "Girls basketball preview, Downeast. Calais won 19 games last winter and returns its whole back court, led by senior guard Abby Lincoln, who needs 64 points for 1,000 in her career. The Blue Devils open Friday at Machias and host Washington Academy of East Machias on Tuesday. Jonesport-Beals lost three starters but has the tallest front line in the league. Lubec and Eastport, which share a coach this year, both play in the new small-school division. Woodland, Narraguagus of Harrington and Sumner of Sullivan round out the conference. The tournament moves back to the arena in Bangor in February, and the regional final winner goes to the state game in Augusta. Houlton, which beat Calais twice last year, is not on the schedule.",
		gold: { Calais: [45.18, -67.28], Machias: [44.72, -67.46], 'East Machias': [44.74, -67.39], Lubec: [44.86, -66.98], Eastport: [44.91, -66.99], Woodland: [45.16, -67.4], Harrington: [44.61, -67.81], Sullivan: [44.52, -68.2], Bangor: [44.8, -68.77], Augusta: [44.31, -69.78], Houlton: [46.13, -67.84] },
		notPlaces: ['Abby Lincoln', 'Lincoln', 'Blue Devils', 'Washington Academy', 'Washington', 'Sumner']
	},
	{
		genre: 'local',
		text: "Church and community. Walnut Creek Mennonite Church will present its Christmas program Sunday at 7 p.m.; the choir of the Christian school in Berlin will sing. The Charm and Winesburg Amish communities are holding a benefit auction Saturday at the sale barn in Mount Hope for a Baltic family whose house burned in October. The Sugarcreek ministerial association's food drive collected 3,200 cans. At Kidron, the Sonnenberg church quilters finished their 400th quilt for relief. Pastor Dan Dundee of the Lutheran church in Millersburg will lead a Holmes County hymn sing at the fairgrounds on the 21st. The Wilmot Grange meets Thursday. Youth from Apple Creek and Fredericksburg will go caroling at the nursing home in Wooster, and the Ragersville historical society is selling its calendar of old barns.",
		gold: { 'Walnut Creek': [40.55, -81.72], Berlin: [40.56, -81.79], Charm: [40.5, -81.79], Winesburg: [40.62, -81.7], 'Mount Hope': [40.62, -81.78], Baltic: [40.44, -81.7], Sugarcreek: [40.5, -81.64], Kidron: [40.74, -81.75], Millersburg: [40.55, -81.92], 'Holmes County': [40.56, -81.93], Wilmot: [40.66, -81.63], 'Apple Creek': [40.75, -81.84], Fredericksburg: [40.68, -81.87], Wooster: [40.8, -81.94], Ragersville: [40.43, -81.53] },
		notPlaces: ['Dan Dundee', 'Dundee', 'Sonnenberg', 'Mennonite', 'Amish']
	},
	{
		genre: 'local',
		text: "BURNS — A 71-year-old Hines man died Monday morning when his pickup and a cattle truck collided on Oregon 78 near Crane, Oregon State Police said. The truck's driver, a 44-year-old from Jordan Valley, was taken to the hospital in Burns with minor injuries. The highway was closed for four hours while ranchers moved 38 head of cattle to a corral near Lawen. On Tuesday, a Vale woman was hurt when her car slid off U.S. 20 on ice near Juntura, and the road east of Drewsey was closed for a jackknifed semi bound for Ontario. Troopers from John Day and Harney County deputies handled both. A helicopter crew from Boise carried an injured snowmobiler from the mountains near Prairie City to a hospital in Bend.",
		gold: { BURNS: [43.59, -119.05], Burns: [43.59, -119.05], Hines: [43.56, -119.08], Crane: [43.42, -118.58], 'Jordan Valley': [42.97, -117.05], Lawen: [43.47, -118.77], Vale: [43.98, -117.24], Juntura: [43.74, -118.08], Drewsey: [43.8, -118.38], Ontario: [44.03, -116.96], 'John Day': [44.42, -118.95], 'Harney County': [43.06, -118.97], Boise: [43.62, -116.2], 'Prairie City': [44.46, -118.71], Bend: [44.06, -121.31] }
	},
	{
		genre: 'local',
		text: "Engagement. Mark and Diane Warren of Stockton announce the engagement of their daughter, Megan Warren, to Tyler Scales, son of Dean and Carol Scales of Elizabeth. The bride-elect finished high school in Stockton and the university in Platteville, Wis., and teaches fourth grade in Galena. Her fiancé graduated from high school in Scales Mound, studied at the community college in Peosta, Iowa, and works for a construction firm in Dubuque. A June wedding is planned at St. Mary's Church in Hanover, with a reception at the fairgrounds in Apple River. The couple will live in Savanna.",
		gold: { Stockton: [42.35, -90.01], Elizabeth: [42.32, -90.22], Platteville: [42.73, -90.48], Galena: [42.42, -90.43], 'Scales Mound': [42.48, -90.25], Peosta: [42.45, -90.85], Dubuque: [42.5, -90.66], Hanover: [42.26, -90.28], 'Apple River': [42.5, -90.1], Savanna: [42.09, -90.16] },
		notPlaces: ['Warren', 'Megan Warren', 'Diane Warren', 'Tyler Scales', 'Scales', 'Tyler', 'Dean', 'Carol Scales', 'Mark', "St. Mary's"]
	},
	{
		genre: 'local',
		text: "Marshall man charged after chase. A Marshall man faces charges of evading arrest after leading deputies on a chase Sunday night that began in Hallsville and ended in a ditch near Jefferson, the Harrison County sheriff's office said. He was booked into the jail in Marshall.",
		gold: { Marshall: [32.54, -94.37], Hallsville: [32.5, -94.58], Jefferson: [32.76, -94.35], 'Harrison County': [32.55, -94.37] }
	},
	{
		genre: 'local',
		text: "Paris woman hurt in crash. A Paris woman was taken to a hospital in Lexington after her car was struck by a pickup on U.S. 68 near Millersburg on Tuesday. The pickup's driver, a Carlisle man, was not hurt. Deputies said fog was heavy at the time.",
		gold: { Paris: [38.21, -84.25], Lexington: [38.05, -84.5], Millersburg: [38.3, -84.15], Carlisle: [38.31, -84.03] }
	},
	{
		genre: 'local',
		text: "Lebanon council backs new fire station. The Lebanon City Council voted 4-1 Monday to build a second fire station on the east side of town. Crews from Lebanon now answer calls as far out as Brownsville and Scio, and the fire district says the new station will cut response times to Waterloo by four minutes. The fire chief from Albany spoke in favor, and the Sweet Home chief said his department would keep its mutual aid agreement.",
		gold: { Lebanon: [44.54, -122.91], Brownsville: [44.39, -122.98], Scio: [44.7, -122.85], Waterloo: [44.5, -122.82], Albany: [44.64, -123.11], 'Sweet Home': [44.4, -122.74] }
	},
	{
		genre: 'local',
		text: "Florence teen found safe. A Florence teenager reported missing Friday was found safe Sunday at a relative's home in Cheraw, the sheriff's office said. She was last seen at a store in Timmonsville. Deputies thanked people in Darlington and Hartsville for sharing her photograph.",
		gold: { Florence: [34.2, -79.76], Cheraw: [34.7, -79.88], Timmonsville: [34.13, -79.94], Darlington: [34.3, -79.87], Hartsville: [34.37, -80.07] }
	}
];

export const HELD_OUT_US_LOCAL_S36_B: GenreText[] = [
	{
		genre: 'local',
		text: "WEST PLAINS — Clara Belle Houston, 93, died Dec. 1 at a nursing home in Mountain View. She was born on a farm near Alton to Ezra and Minnie Gentry and married Lloyd Houston in 1951 in Salem, Ark. They milked cows near Willow Springs until 1988. She was a member of the Church of Christ and the Howell County extension club. Survivors include a son, Ray Houston of Thayer; daughters Ava Salem of Mammoth Spring, Ark., and June Tyler of Springfield; a brother, Orville Gentry of Ash Flat, Ark.; and 14 grandchildren. Services are 2 p.m. Saturday at the chapel in West Plains, with burial in Oak Lawn cemetery in Willow Springs.",
		gold: { 'WEST PLAINS': [36.73, -91.85], 'West Plains': [36.73, -91.85], 'Mountain View': [37.0, -91.7], Alton: [36.69, -91.4], Salem: [36.37, -91.82], 'Willow Springs': [36.99, -91.97], 'Howell County': [36.77, -91.89], Thayer: [36.52, -91.54], 'Mammoth Spring': [36.5, -91.54], Springfield: [37.21, -93.29], 'Ash Flat': [36.22, -91.61] },
		notPlaces: ['Houston', 'Clara Belle Houston', 'Lloyd Houston', 'Ray Houston', 'Ava Salem', 'Ava', 'June Tyler', 'Tyler', 'Gentry', 'Minnie Gentry', 'Orville Gentry', 'Ezra', 'Oak Lawn']
	},
	{
		genre: 'local',
		text: "Wilson–Whitley. Sarah Anne Wilson and Jacob Whitley were married Nov. 8 at St. Timothy's Episcopal Church in Wilson. The bride is the daughter of Raleigh and Grace Wilson of Farmville. She graduated from East Carolina University in Greenville and is a pharmacist in Kinston. The groom, son of Dr. Lenoir Whitley and the late Susan Whitley of Snow Hill, farms tobacco and sweet potatoes with his brother near Walstonburg. Music was by the organist of the Methodist church in Goldsboro. A reception followed at the country club in Rocky Mount. After a trip to Charleston, the couple will live in Stantonsburg.",
		gold: { Wilson: [35.72, -77.92], Farmville: [35.6, -77.59], Greenville: [35.61, -77.37], Kinston: [35.26, -77.58], 'Snow Hill': [35.45, -77.68], Walstonburg: [35.59, -77.7], Goldsboro: [35.38, -77.99], 'Rocky Mount': [35.94, -77.79], Charleston: [32.78, -79.93], Stantonsburg: [35.61, -77.82] },
		notPlaces: ['Sarah Anne Wilson', 'Raleigh', 'Grace Wilson', 'Lenoir Whitley', 'Lenoir', 'Jacob Whitley', 'Whitley', 'Susan Whitley', "St. Timothy's"]
	},
	{
		genre: 'local',
		text: "LIVINGSTON — The Park County Planning Board will hear a request Dec. 16 for a 60-lot subdivision on ranch land between Emigrant and Pray, on the east side of the Yellowstone River. The developer, Sheridan Land Co. of Bozeman, says each lot would have its own well and septic system; neighbors and the town council in Gardiner have asked for a study of the groundwater first. A smaller project near Wilsall and Clyde Park was approved last month. In Gallatin County, commissioners approved a gravel pit between Belgrade and Manhattan over objections from people in Three Forks, and Sweet Grass County is writing its first zoning rules for the land around Big Timber. Comments on the Park County request may also be sent to the state environmental office in Helena.",
		gold: { LIVINGSTON: [45.66, -110.56], 'Park County': [45.49, -110.53], Emigrant: [45.37, -110.72], Pray: [45.38, -110.68], 'Yellowstone River': [45.6, -110.5], Bozeman: [45.68, -111.04], Gardiner: [45.03, -110.71], Wilsall: [45.99, -110.65], 'Clyde Park': [45.89, -110.6], 'Gallatin County': [45.54, -111.17], Belgrade: [45.78, -111.18], Manhattan: [45.86, -111.33], 'Three Forks': [45.89, -111.55], 'Sweet Grass County': [45.82, -109.95], 'Big Timber': [45.83, -109.95], Helena: [46.59, -112.04] },
		notPlaces: ['Sheridan Land Co.', 'Sheridan']
	},
	{
		genre: 'local',
		text: "Stearns County Fair 4-H results, Sauk Centre. Dairy: supreme champion heifer, Ella Richmond, Albany; reserve, Nolan Pfannenstein, Melrose. Beef: grand champion market steer, Jack Avon, Paynesville; reserve, Lily Schmitz, Cold Spring. Sheep: grand champion, Owen Kimball, Freeport. Poultry: champion pen of three, Anna Thelen, Meire Grove. The judge, Dr. Paul Lindgren of Willmar, praised the dairy classes. Purple ribbon winners go to the state fair in St. Paul. The premium auction raised $61,000; a bank in St. Cloud bought the champion steer and a feed mill in Eden Valley the reserve.",
		gold: { 'Stearns County': [45.55, -94.61], 'Sauk Centre': [45.74, -94.95], Albany: [45.63, -94.57], Melrose: [45.67, -94.81], Paynesville: [45.38, -94.71], 'Cold Spring': [45.46, -94.43], Freeport: [45.66, -94.69], 'Meire Grove': [45.63, -94.87], Willmar: [45.12, -95.04], 'St. Paul': [44.95, -93.09], 'St. Cloud': [45.56, -94.16], 'Eden Valley': [45.33, -94.55] },
		notPlaces: ['Ella Richmond', 'Richmond', 'Jack Avon', 'Avon', 'Owen Kimball', 'Kimball', 'Paul Lindgren', 'Nolan Pfannenstein', 'Lily Schmitz', 'Anna Thelen']
	},
	{
		genre: 'local',
		text: "Boys basketball preview. Odessa, beaten by Almira in the district final last February, returns four starters and is the favorite again. Davenport has a new coach and a young team but plenty of height. Reardan's Indians lost their top scorer, Cole Harrington, to graduation. Wilbur and Creston, which combined their programs this fall, open Friday against Lind and Ritzville, who also play as one team. Sprague has only eight players out. The district tournament is in Colfax the second week of February, and the winners go to the regional round at Moses Lake before the state finals in Spokane. Pomeroy, which plays a nonleague game at Odessa on Jan. 5, will travel farther than any team in the state this season.",
		gold: { Odessa: [47.33, -118.69], Almira: [47.71, -118.94], Davenport: [47.65, -118.15], Reardan: [47.67, -117.88], Wilbur: [47.76, -118.71], Creston: [47.76, -118.52], Lind: [46.97, -118.62], Ritzville: [47.13, -118.38], Sprague: [47.3, -117.98], Colfax: [46.88, -117.36], 'Moses Lake': [47.13, -119.28], Spokane: [47.66, -117.43], Pomeroy: [46.47, -117.6] },
		notPlaces: ['Indians', 'Cole Harrington', 'Harrington']
	},
	{
		genre: 'local',
		text: "Church and club news. The Madison County ministerial association will hold a community Christmas service Sunday at 5 p.m. at First Baptist Church in Madison. Shady Grove Missionary Baptist Church near Greenville celebrates its homecoming on the 14th, with the Rev. Perry Monroe of Lake City preaching. The Live Oak Woman's Club collected 300 coats for children in Suwannee County. The garden club in Jasper meets Tuesday, and the White Springs historical society will hold a candlelight walk along the Suwannee River. Members of the Mayo Kiwanis delivered fruit baskets to shut-ins. The Monticello Rotary will host the Quitman club, from across the Georgia line, at its Christmas dinner, and a women's choir from Valdosta sings at the opera house in Monticello on Saturday.",
		gold: { 'Madison County': [30.44, -83.47], Madison: [30.47, -83.41], Greenville: [30.47, -83.63], 'Lake City': [30.19, -82.64], 'Live Oak': [30.29, -82.98], 'Suwannee County': [30.19, -82.99], Jasper: [30.52, -82.95], 'White Springs': [30.33, -82.76], 'Suwannee River': [30.33, -82.76], Mayo: [30.05, -83.17], Monticello: [30.55, -83.87], Quitman: [30.78, -83.56], Georgia: [32.7, -83.4], Valdosta: [30.83, -83.28] },
		notPlaces: ['Shady Grove', 'Perry Monroe', 'Perry', 'Monroe']
	},
	{
		genre: 'local',
		text: "Fire calls. PUTNAM — Firefighters from six towns fought a fire that gutted a vacant mill on Kennedy Drive early Thursday. Putnam's two companies were joined by crews from Thompson, Pomfret, Woodstock and Danielson, and a ladder truck came from Webster, Mass. The flames could be seen from Brooklyn, and Route 12 was closed for most of the day. No one was hurt. A day earlier, Dayville and Brooklyn firefighters put out a car fire on Interstate 395 near Plainfield, and a Southbridge, Mass., crew helped at a chimney fire in a farmhouse near the state line. The state fire marshal's office in Hartford said the mill fire was set and asked anyone who saw people near the building to call.",
		gold: { PUTNAM: [41.92, -71.91], Putnam: [41.92, -71.91], Thompson: [41.96, -71.86], Pomfret: [41.9, -71.96], Woodstock: [41.95, -71.97], Danielson: [41.8, -71.89], Webster: [42.05, -71.88], Brooklyn: [41.79, -71.95], Dayville: [41.85, -71.89], Plainfield: [41.68, -71.92], Southbridge: [42.08, -72.03], Hartford: [41.76, -72.69] },
		notPlaces: ['Kennedy', 'Kennedy Drive']
	},
	{
		genre: 'local',
		text: "A blizzard that began Friday night closed Interstate 29 from Grand Forks to the Canadian border at Pembina and U.S. 2 from Devils Lake to Minot until Sunday afternoon. Wind gusts of 60 mph snapped power poles around Cavalier and Langdon, and about 3,000 rural customers in Walsh County were still without power Sunday. In Grafton, the hospital ran on its generator for 20 hours. Travelers were stranded overnight at the school in Park River and at a truck stop in Lakota. Cando and Rugby canceled church services, and plows from Crookston, Minn., were sent to help clear U.S. 2 east of Grand Forks. Highway crews from Winnipeg closed the Manitoba side of the border crossing until the storm passed.",
		gold: { 'Grand Forks': [47.93, -97.03], Pembina: [48.97, -97.24], 'Devils Lake': [48.11, -98.87], Minot: [48.23, -101.3], Cavalier: [48.79, -97.62], Langdon: [48.76, -98.37], 'Walsh County': [48.37, -97.72], Grafton: [48.41, -97.41], 'Park River': [48.4, -97.74], Lakota: [48.04, -98.34], Cando: [48.49, -99.21], Rugby: [48.37, -99.99], Crookston: [47.77, -96.61], Winnipeg: [49.9, -97.14], Manitoba: [54.0, -97.0] }
	},
	{
		genre: 'local',
		text: "HOLBROOK — A 29-year-old Snowflake man was killed and his passenger, a Taylor woman, was hurt Saturday night when their car hit an elk on Arizona 77 north of Snowflake, the Department of Public Safety said. She was flown to a hospital in Phoenix. Two days earlier, a semi rolled on Interstate 40 near Joseph City, closing the westbound lanes to Winslow for six hours. On U.S. 180 between St. Johns and Concho, a St. Johns teenager was hurt when her pickup slid on ice. Firefighters from Springerville and Eagar cut a driver from a car on U.S. 60 on Sunday. Navajo County sheriff's deputies asked drivers to slow down in the high country, where elk are moving to lower ground.",
		gold: { HOLBROOK: [34.9, -110.16], Snowflake: [34.51, -110.08], Taylor: [34.47, -110.09], Phoenix: [33.45, -112.07], 'Joseph City': [34.96, -110.33], Winslow: [35.02, -110.7], 'St. Johns': [34.51, -109.36], Concho: [34.47, -109.6], Springerville: [34.13, -109.29], Eagar: [34.11, -109.29], 'Navajo County': [35.4, -110.32] }
	},
	{
		genre: 'local',
		text: "Library and museum notes. The Adams Museum in Deadwood opens an exhibit Saturday on the last years of the gold mine in Lead, with a talk by Dan Sheridan of Sturgis, who worked underground there for 30 years. The Spearfish library holds a gingerbread contest, and the Belle Fourche library will show a film about the geographic center of the nation. In the southern hills, the museum in Hot Springs is open weekends through March, and the Custer library hosts a reading of Christmas letters from homesteaders. The historical society in Keystone is collecting old photographs of the town. A bus leaves Rapid City on the 13th for a museum trip to Sundance, Wyo., with a stop at the school in Whitewood.",
		gold: { Deadwood: [44.38, -103.73], Lead: [44.35, -103.77], Sturgis: [44.41, -103.51], Spearfish: [44.49, -103.86], 'Belle Fourche': [44.67, -103.85], 'Hot Springs': [43.43, -103.47], Custer: [43.77, -103.6], Keystone: [43.9, -103.42], 'Rapid City': [44.08, -103.23], Sundance: [44.41, -104.38], Whitewood: [44.46, -103.64] },
		notPlaces: ['Adams', 'Adams Museum', 'Dan Sheridan', 'Sheridan']
	},
	{
		genre: 'local',
		text: "100 years ago. From the issue of Dec. 10, 1926: The new highway from Crossville to Sparta was opened to automobiles Saturday, and a party of Monterey businessmen drove it in under two hours. The seminary at Baxter has 140 students this term. Cookeville's cotton gin closed for the season after ginning 900 bales. Sheriff Dave Overton arrested two men near Algood with a still and 40 gallons of whiskey. The Livingston bank has paid a dividend for the first time since 1921. A fruit tree nursery near McMinnville shipped 20 carloads to Nashville and points north. Smithville's new school building will open after Christmas, and the hosiery mill at Rockwood is hiring 60 girls.",
		gold: { Crossville: [35.95, -85.03], Sparta: [35.93, -85.46], Monterey: [36.15, -85.27], Baxter: [36.15, -85.64], Cookeville: [36.16, -85.5], Algood: [36.2, -85.45], Livingston: [36.38, -85.32], McMinnville: [35.68, -85.77], Nashville: [36.16, -86.78], Smithville: [35.96, -85.81], Rockwood: [35.87, -84.68] },
		notPlaces: ['Dave Overton', 'Overton']
	},
	{
		genre: 'local',
		text: "Small business. When the last hardware store in Yerington closed two years ago, Dale and Marisol Hawthorne bought its stock at auction and reopened the doors a month later. Their goods come by truck from a wholesaler in Sparks, and customers drive in from Smith Valley, Mason, Schurz and Silver Springs. \"We sell a lot of pipe and a lot of barbed wire,\" Dale Hawthorne said. The couple added a feed room last spring for ranchers who used to drive to Fallon. They now employ six people and are looking at a second store in Dayton, where new houses are going up, with a loan from a bank in Carson City. Their son handles online orders from as far away as Reno, and the Lyon County commission named the store its small business of the year.",
		gold: { Yerington: [38.99, -119.16], Sparks: [39.53, -119.75], 'Smith Valley': [38.8, -119.33], Schurz: [38.95, -118.81], 'Silver Springs': [39.42, -119.22], Fallon: [39.47, -118.78], Dayton: [39.24, -119.59], 'Carson City': [39.16, -119.77], Reno: [39.53, -119.81], 'Lyon County': [39.02, -119.19] },
		notPlaces: ['Dale Hawthorne', 'Marisol Hawthorne', 'Hawthorne', 'Dale']
	},
	{
		genre: 'local',
		text: "Farm market report. Almond growers around Ripon, Escalon and Oakdale finished harvest two weeks late, and hullers say the crop is down about 8 percent from last year. Walnut prices at the packing houses in Ceres and Hughson are 10 cents a pound higher. Sweet potato growers in Livingston, Atwater and Delhi say storage sheds are full and the holiday market is strong. Stanislaus County dairies are paying $300 a ton for alfalfa delivered. The Saturday farmers market in Turlock moves into the fairgrounds for the winter, and the Modesto market closes until April. Exporters say containers of nuts are moving again out of the port of Oakland, though shipments to China are down a third. A buyer from Merced said Denair growers are holding back pumpkins for a late sale.",
		gold: { Ripon: [37.74, -121.12], Escalon: [37.8, -121.0], Oakdale: [37.77, -120.85], Ceres: [37.6, -120.96], Hughson: [37.6, -120.87], Livingston: [37.39, -120.72], Atwater: [37.35, -120.61], Delhi: [37.43, -120.78], 'Stanislaus County': [37.56, -120.99], Turlock: [37.49, -120.85], Modesto: [37.64, -121.0], Oakland: [37.8, -122.27], China: [35.0, 105.0], Merced: [37.3, -120.48], Denair: [37.53, -120.8] }
	},
	{
		genre: 'local',
		text: "Transit and airport news. The airport in Pellston will add a second daily flight to Detroit in May, its manager told the Emmet County board, and a summer flight to Chicago is likely. Travelers from Petoskey, Harbor Springs and Cheboygan now drive to Traverse City or Alpena for cheaper fares. The county transit system will start a weekday bus between Gaylord, Boyne City and Charlevoix in January. Winter ferry service from St. Ignace to Mackinac Island runs twice a day until the ice closes the straits; the boats from Mackinaw City stop on Jan. 5. The state transportation department in Lansing has set aside $1.2 million for a new terminal roof at Pellston.",
		gold: { Pellston: [45.55, -84.78], Detroit: [42.33, -83.05], 'Emmet County': [45.59, -84.98], Chicago: [41.88, -87.63], Petoskey: [45.37, -84.96], 'Harbor Springs': [45.43, -84.99], Cheboygan: [45.65, -84.47], 'Traverse City': [44.76, -85.62], Alpena: [45.06, -83.43], Gaylord: [45.03, -84.67], 'Boyne City': [45.22, -85.01], Charlevoix: [45.32, -85.26], 'St. Ignace': [45.87, -84.73], 'Mackinac Island': [45.85, -84.62], 'Mackinaw City': [45.78, -84.73], Lansing: [42.73, -84.56] }
	},
	{
		genre: 'local',
		text: "Betty Lou Vernon, 79, of Vevay, died Monday at the hospital in Madison. Born in Rising Sun, she married Dale Vernon in 1965 and they farmed near Dupont before moving to Switzerland County. She worked 22 years at the shoe factory in Versailles and cooked for the dining hall at Hanover College. Survivors include a son, Greg Vernon of Lawrenceburg; a daughter, Lisa Ann Dupree of Patriot; a sister, Carol Milton of Carrollton, Ky.; and eight grandchildren. Services will be at 11 a.m. Friday at Bethel Church near Vevay, with burial beside her husband in the Vevay cemetery.",
		gold: { Vevay: [38.75, -85.07], Madison: [38.74, -85.38], 'Rising Sun': [38.95, -84.85], Dupont: [38.89, -85.51], 'Switzerland County': [38.83, -85.03], Versailles: [39.07, -85.25], Hanover: [38.71, -85.47], Lawrenceburg: [39.09, -84.85], Patriot: [38.84, -84.83], Carrollton: [38.68, -85.18] },
		notPlaces: ['Betty Lou Vernon', 'Vernon', 'Dale Vernon', 'Greg Vernon', 'Lisa Ann Dupree', 'Carol Milton', 'Milton', 'Bethel']
	},
	{
		genre: 'local',
		text: "TAOS — The Taos County Planning Commission will hear a request Thursday for a 90-room hotel on 12 acres off N.M. 522 between El Prado and Arroyo Hondo. Neighbors say the site floods and would draw water from the same aquifer as their wells; a group from Questa has hired a hydrologist. The commission will also take up a short-term rental rule for Angel Fire and Eagle Nest, where owners say half the houses are now rented by the night. The town council in Red River has asked for a share of the lodgers' tax. In Colfax County, commissioners in Raton approved a gravel pit near Cimarron. The state engineer's office in Santa Fe must sign off on any new well near the Rio Grande, and a hearing in Española is set for January. Visitors may park on Kit Carson Road.",
		gold: { TAOS: [36.41, -105.57], 'Taos County': [36.58, -105.63], 'El Prado': [36.45, -105.58], 'Arroyo Hondo': [36.53, -105.67], Questa: [36.7, -105.6], 'Angel Fire': [36.39, -105.29], 'Eagle Nest': [36.55, -105.26], 'Red River': [36.71, -105.41], 'Colfax County': [36.61, -104.65], Raton: [36.9, -104.44], Cimarron: [36.51, -104.92], 'Santa Fe': [35.69, -105.94], 'Rio Grande': [36.5, -105.7], Española: [35.99, -106.08] },
		notPlaces: ['Kit Carson Road', 'Kit Carson']
	},
	{
		genre: 'local',
		text: "Football playoff preview. Clinch County travels to Pearson on Friday for a rematch of September's 21-20 game, which Atkinson County won on a blocked extra point. Coach Pierce Bacon of Homerville said his team has been practicing kicks all week. Charlton County, unbeaten, hosts Lanier County in Folkston, and the Bulldogs from Lakeland must stop a runner who has gained 1,900 yards. In the other half of the bracket, Alma hosts Blackshear and Hazlehurst goes to Ocilla. Brantley County's season ended with a loss at Nahunta's rival last week. The semifinals are Dec. 12, and the title game will be played in Savannah.",
		gold: { 'Clinch County': [31.03, -82.7], Pearson: [31.3, -82.85], 'Atkinson County': [31.3, -82.88], Homerville: [31.04, -82.75], 'Charlton County': [30.78, -82.14], 'Lanier County': [31.04, -83.06], Folkston: [30.83, -82.01], Lakeland: [31.04, -83.08], Alma: [31.54, -82.46], Blackshear: [31.31, -82.24], Hazlehurst: [31.87, -82.59], Ocilla: [31.6, -83.25], 'Brantley County': [31.2, -81.98], Nahunta: [31.2, -81.98], Savannah: [32.08, -81.09] },
		notPlaces: ['Pierce Bacon', 'Pierce', 'Bacon', 'Bulldogs']
	},
	{
		genre: 'local',
		text: "Church news. Alexanderwohl Mennonite Church near Goessel will hold its Christmas program Sunday evening. The Hillsboro ministerial alliance collected $4,000 for the food bank in Marion County. Pastor Ruth Peabody of the church in Moundridge will preach at the union service in Canton on Christmas Eve. The Hesston College choir sings at the Buhler Mennonite church on the 15th. Women from Durham and Lehigh are quilting for the relief sale in Hutchinson, and the Inman Lutheran youth will carol in Newton. The Wichita diocese announced that the parish in Marion will share a priest with Herington beginning in January.",
		gold: { Goessel: [38.25, -97.35], Hillsboro: [38.35, -97.2], 'Marion County': [38.36, -97.1], Moundridge: [38.2, -97.52], Canton: [38.39, -97.43], Hesston: [38.14, -97.43], Buhler: [38.13, -97.77], Durham: [38.48, -97.23], Lehigh: [38.37, -97.3], Hutchinson: [38.06, -97.93], Inman: [38.23, -97.77], Newton: [38.05, -97.35], Wichita: [37.69, -97.34], Marion: [38.35, -97.02], Herington: [38.67, -96.94] },
		notPlaces: ['Alexanderwohl', 'Ruth Peabody', 'Peabody', 'Mennonite']
	},
	{
		genre: 'local',
		text: "Storm damage. A slow-moving storm dropped 14 inches of rain on Honokaa in two days and flooded the road to Waimea, where ranchers moved cattle to higher pastures. In Hilo, the river rose over its banks and closed a bridge downtown for a day, and county crews cleared mudslides on the highway north of Hilo. Homes near Pahoa lost power, and a tree fell on a church in Volcano. On the dry side of the island, Kailua-Kona got almost none of it, and farmers near Naalehu were glad of the rain. The storm moved on to Maui, closing the road to Hana for two days, and on Kauai the bridge at Hanalei was shut when the river topped it. Forecasters in Honolulu said the wet weather will end by the weekend.",
		gold: { Honokaa: [20.08, -155.47], Waimea: [20.02, -155.67], Hilo: [19.72, -155.09], Pahoa: [19.5, -154.95], Volcano: [19.43, -155.23], 'Kailua-Kona': [19.64, -155.99], Naalehu: [19.06, -155.59], Maui: [20.8, -156.33], Hana: [20.76, -155.99], Kauai: [22.05, -159.5], Hanalei: [22.2, -159.5], Honolulu: [21.31, -157.86] }
	},
	{
		genre: 'local',
		text: "Air service. The regional airline that flies out of Bethel will cut its flights to Aniak and McGrath to three a week in January, the company said, because of a shortage of pilots. Flights from Bethel to St. Mary's and Emmonak are not affected. Travelers in Dillingham and King Salmon will keep daily jet service to Anchorage. In the north, the carrier that serves Nome and Kotzebue will add a Saturday flight to Unalakleet, and Galena gets a second weekly flight from Fairbanks. The state transportation department said runway lights at Aniak will be replaced next summer.",
		gold: { Bethel: [60.79, -161.76], Aniak: [61.58, -159.54], McGrath: [62.96, -155.6], "St. Mary's": [62.05, -163.17], Emmonak: [62.78, -164.52], Dillingham: [59.04, -158.46], 'King Salmon': [58.69, -156.66], Anchorage: [61.22, -149.9], Nome: [64.5, -165.41], Kotzebue: [66.9, -162.6], Unalakleet: [63.87, -160.79], Galena: [64.74, -156.93], Fairbanks: [64.84, -147.72] }
	},
	{
		genre: 'local',
		text: "Columbus man sentenced for grain thefts. A Columbus man was sentenced Thursday in Platte County District Court to three years in prison for stealing soybeans from bins near Humphrey and Lindsay. Deputies from Madison County found the beans at an elevator in Norfolk, where he had sold them for $18,000.",
		gold: { Columbus: [41.43, -97.37], 'Platte County': [41.57, -97.52], Humphrey: [41.69, -97.49], Lindsay: [41.7, -97.69], 'Madison County': [41.92, -97.6], Norfolk: [42.03, -97.42] }
	},
	{
		genre: 'local',
		text: "Athens police seek robbery suspect. Police in Athens are looking for a man who robbed a convenience store at gunpoint Sunday night and drove off toward Decatur. A similar robbery was reported an hour later in Madison, and Huntsville police are helping with the search. Anyone with information is asked to call the Limestone County sheriff's office.",
		gold: { Athens: [34.8, -86.97], Decatur: [34.61, -86.98], Madison: [34.7, -86.75], Huntsville: [34.73, -86.59], 'Limestone County': [34.81, -86.98] }
	},
	{
		genre: 'local',
		text: "Bristol board names superintendent. The Bristol school board on Monday named the principal of the high school in Abingdon as its new superintendent. She grew up in Kingsport, taught for ten years in Johnson City and will start in July. The board chairman said 31 people applied, including two from Knoxville.",
		gold: { Bristol: [36.6, -82.19], Abingdon: [36.71, -81.98], Kingsport: [36.55, -82.56], 'Johnson City': [36.31, -82.35], Knoxville: [35.96, -83.92] }
	},
	{
		genre: 'local',
		text: "Moscow's only grocery to close. The only grocery store in Moscow will close at the end of the month, its owners said, after 40 years. Customers will have to drive to Somerville or Oakland for groceries. The Fayette County mayor said the county will ask a chain in Memphis to consider the building.",
		gold: { Moscow: [35.06, -89.4], Somerville: [35.24, -89.35], Oakland: [35.23, -89.51], 'Fayette County': [35.2, -89.41], Memphis: [35.15, -90.05] }
	}
];

// US local news written for session 37 (none copied from anywhere) and scored BEFORE any change was tuned on
// them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s37` (issue #10: hidden US local
// news at Acc@161 0.73, F1 0.78 wanted). The shapes of sessions 35 and 36 (obituaries, weddings and engagements, zoning
// hearings, fair and 4-H results, sports previews, church news, fire calls with mutual aid, storms across counties,
// crashes on state routes, library news, a "100 years ago" column, business profiles, farm market reports, air and
// rail service) from rural towns of thirty-odd states those batches cover less (the Carolinas, the Dakotas,
// Minnesota, upstate New York, West Virginia, northern California, Kansas, Oklahoma, Kentucky, New Hampshire, Maine,
// Montana, Idaho, eastern Oregon and Washington, west Texas, Massachusetts, New Mexico, the Ozarks …). Many towns
// share their names with foreign or bigger places (Sparta, Concordia, Aurora, Minneapolis, Manhattan, Canton, Dover,
// Buffalo, Glendale, Sonora, Madison, Cairo, Havana, Boston, Geneva, Naples, Dundee, Ovid, Dresden, Florence,
// Corvallis, Ontario, Parma, Salem, Athens, Pittsfield, Augusta, Las Vegas, Trinidad, Cleveland, Burlington,
// Nashville …), with words (Friendly, Freedom, Council, Rule, Spur, Hope, Enterprise, Iva, Due West), or with first
// names and surnames (Cecilia, Camilla, Anna, Marion, Benton, Howard, Miller, Porter, Victor, Stanley, Tracy,
// Graham …); people and families carry the surnames of other towns of their county (Perham, Lomega, Tullahoma,
// Calhoun, Troy …, in notPlaces), and a person never carries the name of a town the same story names as a place
// (gold is keyed by name). The long stories name ten to twenty places each; the short TV-site briefs (seven in
// each half) name three to six with no county or state, so only the towns' nearness to each other tells which
// namesake is meant. A byline, a street and a team named like places, federal "Washington" and a state capital
// named as the seat of government. Gold points are the places' own coordinates, written from knowledge and
// checked against `gazette lookup NAME` (a checker took each gold point's nearest entry: every one within 25 km);
// names the gazetteer lacks (lakes, Fernbridge, Roscoe, the Bitterroot Valley) are left out of the gold. Half A
// is for tuning; half B stays held out (report it before and after each change).
// Before any change (main 18fc7ad): A 254/259 within 161 km (0.981), 13 named places not mapped, 5 names of no place
// mapped; B 248/251 (0.988), 13 not mapped, 6 names of no place mapped. The wrong all come from the short briefs
// without a state: a town taken for its namesake in another state or in England when its neighbours are small
// (Chillicothe, Newport and Cosby, Burlington, Nashville) and a Liberty 197 km off. The false: a first name, a
// church, a canal boat, "Knights of Columbus", a university, an apple variety and a lake read as towns.
// The first draft (before the briefs lost their county names) scored A 266/266 and B 257/258: richly anchored
// long stories stay easy; the misses come with sparse context.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S37_A: GenreText[] = [
	{
		genre: 'local',
		text: "WILKESBORO — Margaret Ann \"Peggy\" Shepherd, 84, of North Wilkesboro died Tuesday at the hospice home in Elkin after a long illness. She was born Aug. 9, 1942, in Sparta, the daughter of the late Lenoir and Hazel (Boone) Absher, and grew up on a tobacco farm near Traphill. After graduating from Alleghany High School she went to work in the accounting office of a home-improvement chain in North Wilkesboro, where she stayed 31 years. Peggy sang alto in the choir at Union Baptist Church for half a century and never missed the apple festival downtown. She is survived by her daughters, Denise Jefferson and husband Ray of West Jefferson, and Kay Shepherd of Galax, Va.; a son, Marshall Shepherd of Statesville; a sister, Faye Absher Greene of Mount Airy; and nine grandchildren. She was preceded in death by her husband, Clyde, and a brother, Boone Absher, who was killed in Korea. The family will receive friends from 6 to 8 p.m. Friday at the funeral home in Wilkesboro. The funeral will be Saturday at 2 p.m. at Union Baptist Church in Traphill, with burial in the church cemetery. Memorials may go to the rescue squad in Roaring River.",
		gold: { WILKESBORO: [36.15, -81.16], Wilkesboro: [36.15, -81.16], 'North Wilkesboro': [36.16, -81.15], Elkin: [36.24, -80.85], Sparta: [36.51, -81.12], Traphill: [36.35, -81.03], 'West Jefferson': [36.4, -81.49], Galax: [36.66, -80.92], Statesville: [35.78, -80.89], 'Mount Airy': [36.5, -80.61], Korea: [37.5, 127.5], 'Roaring River': [36.2, -81.04] },
		notPlaces: ['Lenoir', 'Boone', 'Boone Absher', 'Hazel', 'Denise Jefferson', 'Jefferson', 'Marshall Shepherd', 'Marshall', 'Faye Absher Greene', 'Greene', 'Clyde', 'Union', 'Alleghany High School', 'Alleghany']
	},
	{
		genre: 'local',
		text: "Halvorson–Perham. Emma Rose Halvorson and Tyler John Perham were married June 14 at Bethlehem Lutheran Church in Fergus Falls, with the Rev. Karen Ashby officiating. The bride is the daughter of Steven and Julie Halvorson of Pelican Rapids and the granddaughter of Arlene Henning of Battle Lake. She graduated from Concordia College in Moorhead and teaches third grade in Detroit Lakes. The groom, son of Dean and Lori Perham of Wahpeton, N.D., is a lineman for the electric cooperative in Breckenridge. The maid of honor was Kaylee Erhard of Vergas, the bride's college roommate; bridesmaids were Anna Halvorson, sister of the bride, of Fargo and Mia Barrett of Elbow Lake. The best man was Cole Perham, the groom's brother, of Bismarck. Ushers were Jake Henning and Nolan Dent. A dinner and dance followed at the pavilion in Underwood. After a trip along the North Shore to Grand Marais, the couple lives on a hobby farm near Dalton.",
		gold: { 'Fergus Falls': [46.28, -96.08], 'Pelican Rapids': [46.57, -96.08], 'Battle Lake': [46.28, -95.71], Moorhead: [46.87, -96.77], 'Detroit Lakes': [46.82, -95.85], Wahpeton: [46.27, -96.61], Breckenridge: [46.26, -96.59], Vergas: [46.66, -95.8], Fargo: [46.88, -96.79], 'Elbow Lake': [45.99, -95.98], Bismarck: [46.81, -100.78], Underwood: [46.28, -95.87], 'Grand Marais': [47.75, -90.33], Dalton: [46.17, -95.92] },
		notPlaces: ['Perham', 'Tyler John Perham', 'Cole Perham', 'Karen Ashby', 'Henning', 'Arlene Henning', 'Concordia', 'Concordia College', 'Kaylee Erhard', 'Erhard', 'Barrett', 'Mia Barrett', 'Ashby', 'Jake Henning', 'Dent', 'Nolan Dent', 'Bethlehem', 'Tyler', 'Dean', 'Lori']
	},
	{
		genre: 'local',
		text: "EUREKA — After four hours of testimony, the county planning commission voted 4-3 Thursday to approve a 22-acre cannabis farm on the old Pacific dairy property south of Ferndale, over the objections of neighbors from Loleta and Fernbridge. Commissioner Alan Orick, who lives in McKinleyville, cast the deciding vote after the applicant agreed to truck water in from Fortuna during the dry months rather than pump from the Eel River. Residents of Rio Dell and Scotia had asked for a study of traffic on the two-lane road. Ferndale's mayor said the town's Victorian main street depends on visitors and that the smell of the plants drifts for miles. The applicant, a firm from Arcata that already runs farms near Garberville and Willow Creek, said the greenhouses would use carbon filters. Opponents have 10 days to appeal to the board of supervisors. A similar farm in Trinity County was approved by the board in Weaverville last spring, and state regulators in Sacramento and federal officials in Washington are reviewing both. The next hearing, on a motel in Crescent City, was moved to December.",
		gold: { EUREKA: [40.8, -124.16], Ferndale: [40.58, -124.26], Loleta: [40.64, -124.22], McKinleyville: [40.95, -124.1], Fortuna: [40.6, -124.16], 'Rio Dell': [40.5, -124.11], Scotia: [40.48, -124.1], Arcata: [40.87, -124.08], Garberville: [40.1, -123.79], 'Willow Creek': [40.94, -123.63], 'Trinity County': [40.65, -123.11], Weaverville: [40.73, -122.94], Sacramento: [38.58, -121.49], Washington: [38.9, -77.04], 'Crescent City': [41.76, -124.2] },
		notPlaces: ['Orick', 'Alan Orick', 'Pacific', 'Victorian']
	},
	{
		genre: 'local',
		text: "Cloud County Fair 4-H results, Concordia. Beef: grand champion market steer, Brooke Simpson, Glasco 4-H; reserve, Wyatt Talmo, Miltonvale Hustlers. Swine: grand champion, Landon Ames, Aurora Busy Bees; reserve, Claire Courtland of Clyde. Sheep and goats: grand champion market lamb, Hadley Scandia of the Jamestown Jayhawkers; best doe, Kinsey Randall. Foods: purple ribbon for yeast bread to Owen Wakefield of Concordia. Photography: top honors to Isla Clay of Glasco for a picture of the grain elevator at Delphos. The judges came from Belleville, Clay Center and Beloit, and the beef judge, Dr. Tom Salina, teaches animal science in Manhattan. The top steer sold for $7.25 a pound to a feed store in Minneapolis, and the champion lamb went to a bank in Clyde. Champions move on to the state fair in Hutchinson in September; the Cloud County fair board thanked volunteers from Jamestown and Aurora who ran the parking lots.",
		gold: { 'Cloud County': [39.48, -97.65], Concordia: [39.57, -97.66], Glasco: [39.36, -97.84], Miltonvale: [39.35, -97.45], Aurora: [39.45, -97.53], Clyde: [39.59, -97.4], Jamestown: [39.6, -97.86], Delphos: [39.27, -97.77], Belleville: [39.82, -97.63], 'Clay Center': [39.38, -97.12], Beloit: [39.46, -98.11], Manhattan: [39.18, -96.57], Minneapolis: [39.12, -97.71], Hutchinson: [38.06, -97.93] },
		notPlaces: ['Brooke Simpson', 'Simpson', 'Wyatt Talmo', 'Talmo', 'Landon Ames', 'Ames', 'Claire Courtland', 'Courtland', 'Hadley Scandia', 'Scandia', 'Kinsey Randall', 'Randall', 'Owen Wakefield', 'Wakefield', 'Isla Clay', 'Clay', 'Tom Salina', 'Salina', 'Hustlers', 'Busy Bees', 'Jayhawkers']
	},
	{
		genre: 'local',
		text: "Girls basketball preview. KINGFISHER — Nobody in Class 2A has won more games over the past three winters than Okarche, and coach Terri Lomega expects the Warriors to be back at State Fair Arena in March. Okarche returns four starters, led by senior guard Addie Seiling, who averaged 19 points. The road will be harder than last year: Hennessey moved down to 2A, Cashion has a 6-foot-2 post who transferred from Crescent, and Watonga beat Okarche twice in summer league. Kingfisher opens at home against Geary and Hinton, then plays in the Calumet tournament, where Canton, Okeene and Fairview are in the bracket. Dover, which has only nine players out, will host the Kingfisher County tournament Jan. 15-17, with games also at Lomega's gym in Omega. The regional is at Chickasha, and the area tournament moves to Weatherford this season. Tickets for every game are sold online; fans are asked not to park on Kansas Avenue in Okarche, where a water line is being replaced.",
		gold: { KINGFISHER: [35.86, -97.93], Kingfisher: [35.86, -97.93], Okarche: [35.73, -97.98], Hennessey: [36.11, -97.9], Cashion: [35.8, -97.68], Crescent: [35.95, -97.59], Watonga: [35.84, -98.41], Geary: [35.63, -98.32], Hinton: [35.47, -98.36], Calumet: [35.6, -98.12], Canton: [36.06, -98.59], Okeene: [36.12, -98.32], Fairview: [36.27, -98.48], Dover: [35.98, -97.91], 'Kingfisher County': [35.95, -97.94], Omega: [35.85, -98.19], Chickasha: [35.05, -97.94], Weatherford: [35.53, -98.71] },
		notPlaces: ['Terri Lomega', 'Lomega', 'Warriors', 'State Fair Arena', 'Addie Seiling', 'Seiling', 'Kansas Avenue', 'Kansas']
	},
	{
		genre: 'local',
		text: "Around the churches. Sonora Christian Church will hold its homecoming Sunday with dinner on the grounds; the Rev. Ruth Eastview of Louisville preaches at 10:30. The Cecilia Ruritan Club's fish fry raised $4,100 for the volunteer fire department, and members thanked the Glendale Baptist Church for the loan of its fryers. Magnolia Methodist in Buffalo will present its living nativity Dec. 12-14 on the lawn beside the old bank; sheep are on loan from a farm in Upton. Knights of Columbus Council 1717 in Elizabethtown meets Tuesday. At Lincoln's birthplace near Hodgenville, park rangers will lead a candlelight walk Friday for church groups from Larue and Hardin counties. The Vine Grove senior center choir sings at the nursing home in Radcliff on the 17th. St. Catherine's in New Haven is selling country hams; orders may be picked up at the parish hall or at the Bardstown farmers market. The women of Glendale's Presbyterian church thank everyone who bought pies at the Glendale crossroads festival.",
		gold: { Sonora: [37.52, -85.89], Louisville: [38.25, -85.76], Cecilia: [37.67, -85.95], Glendale: [37.6, -85.9], Buffalo: [37.51, -85.7], Upton: [37.46, -85.89], Elizabethtown: [37.69, -85.86], Hodgenville: [37.57, -85.74], 'Vine Grove': [37.81, -85.98], Radcliff: [37.84, -85.95], 'New Haven': [37.66, -85.59], Bardstown: [37.81, -85.47] },
		notPlaces: ['Ruth Eastview', 'Eastview', 'Magnolia', 'Lincoln', 'St. Catherine', "St. Catherine's", 'Columbus', 'Knights of Columbus']
	},
	{
		genre: 'local',
		text: "Fire log. OSSIPEE — A chimney fire spread into the attic of a cape on Route 16 in Center Ossipee early Monday, and crews from Ossipee, Effingham, Freedom and Tamworth held it to the top floor. Wolfeboro sent its ladder truck and Madison covered the Ossipee station. One firefighter from Effingham was checked for heat exhaustion at the hospital in Wolfeboro and released. Tuesday, a tractor-trailer carrying lumber overturned on Route 25 near the Maine line in Porter; Freedom's rescue truck and a crew from Parsonsfield worked for two hours to free the driver, who was flown to Portland. On Thursday, Sandwich and Moultonborough firefighters put out a boat fire at a marina on Lake Winnipesaukee. The state fire marshal's office in Concord is investigating the Monday fire. The chiefs of the Carroll County towns reminded residents that burn permits are required until the ground is snow-covered; permits can be had online or at the station in Ossipee.",
		gold: { OSSIPEE: [43.69, -71.12], Ossipee: [43.69, -71.12], 'Center Ossipee': [43.75, -71.15], Effingham: [43.76, -71.0], Freedom: [43.81, -71.04], Tamworth: [43.86, -71.26], Wolfeboro: [43.58, -71.21], Madison: [43.9, -71.15], Maine: [45.3, -69.2], Porter: [43.8, -70.93], Parsonsfield: [43.73, -70.93], Portland: [43.66, -70.26], Sandwich: [43.79, -71.41], Moultonborough: [43.75, -71.4], Concord: [43.21, -71.54], 'Carroll County': [43.87, -71.2] }
	},
	{
		genre: 'local',
		text: "HURON — Straight-line winds of 80 mph and hail the size of golf balls tore across five counties of east-central South Dakota on Sunday evening, the weather service office in Sioux Falls said. The storm first hit near Miller, where it flattened a machine shed, then raced east through Beadle County. In Huron, the roof of the grandstand at the state fairgrounds was peeled back and the Huron Tigers' football field lost its press box. Farther east, hail stripped soybeans between Iroquois and De Smet, and a grain bin was carried across the highway near Lake Preston. Kingsbury County emergency manager Dale Arlington said no one was hurt. To the south, Sanborn County reported trees down in Woonsocket and a camper rolled at a lake near Wessington Springs, and Mitchell police closed two streets for downed lines. Power was out for 6,000 customers from Redfield to Brookings. Crews from Aberdeen and Pierre were sent to help the cooperative in Howard restore service Monday.",
		gold: { HURON: [44.36, -98.21], Huron: [44.36, -98.21], 'South Dakota': [44.4, -100.2], 'Sioux Falls': [43.55, -96.73], Miller: [44.52, -98.99], 'Beadle County': [44.41, -98.28], Iroquois: [44.37, -97.85], 'De Smet': [44.39, -97.55], 'Lake Preston': [44.36, -97.38], 'Kingsbury County': [44.37, -97.49], 'Sanborn County': [44.02, -98.09], Woonsocket: [44.05, -98.27], 'Wessington Springs': [44.08, -98.57], Mitchell: [43.71, -98.03], Redfield: [44.88, -98.52], Brookings: [44.31, -96.8], Aberdeen: [45.46, -98.49], Pierre: [44.37, -100.35], Howard: [44.01, -97.53] },
		notPlaces: ['Dale Arlington', 'Arlington', 'Huron Tigers', 'Tigers']
	},
	{
		genre: 'local',
		text: "Two die in Route 2 crash. By RYAN CLAY, Staff writer. NEW MARTINSVILLE — Two people were killed and a third was flown to a hospital in Morgantown after a pickup crossed the center line on W.Va. 2 north of Paden City on Wednesday, Wetzel County deputies said. The driver of the pickup, a 67-year-old Sistersville man, and his passenger, a woman from Friendly, died at the scene. The driver of the car, Tyler Marietta, 24, of Middlebourne, was taken first to the hospital in Glen Dale. Traffic was detoured through Pine Grove for four hours. Deputies said the pickup had been northbound toward Moundsville. Firefighters from Paden City, New Martinsville and Sistersville responded, along with an ambulance from across the river in Sardis, Ohio. The same stretch of Route 2 was the site of a fatal crash in March, when a truck headed for Parkersburg struck a car carrying two students home from a game in St. Marys. Tyler County commissioners have asked state highway officials in Charleston to add rumble strips between Sistersville and Wheeling.",
		gold: { 'NEW MARTINSVILLE': [39.64, -80.86], 'New Martinsville': [39.64, -80.86], Morgantown: [39.63, -79.96], 'Paden City': [39.6, -80.93], 'Wetzel County': [39.6, -80.64], Sistersville: [39.56, -81.0], Friendly: [39.51, -81.06], Middlebourne: [39.49, -80.9], 'Glen Dale': [39.95, -80.75], 'Pine Grove': [39.56, -80.68], Moundsville: [39.92, -80.74], Sardis: [39.63, -80.93], Ohio: [40.3, -82.8], Parkersburg: [39.27, -81.56], 'St. Marys': [39.39, -81.2], 'Tyler County': [39.47, -80.88], Charleston: [38.35, -81.63], Wheeling: [40.06, -80.72] },
		notPlaces: ['Tyler Marietta', 'Marietta', 'Tyler', 'RYAN CLAY', 'CLAY', 'Ryan Clay']
	},
	{
		genre: 'local',
		text: "At the library. THOMASVILLE — The Thomas County Public Library's winter lecture series opens Tuesday with Thelma Ochlocknee, a retired teacher from Pelham, on the cane syrup mills that once ran in every community from Cairo to Quitman. The following week, Dr. Leon Moultrie of Tallahassee talks about quail plantations along the Red Hills. The Roddenbery library in Cairo is showing photographs of the Grady County tobacco market in the 1950s through January, and the Boston branch has a display on the railroad depot at Meigs. Children's story time moves to the Coolidge community center while the Boston branch gets new carpet. The Brooks County museum in Quitman opens an exhibit on Saturday about the old highway to Monticello, Fla. The Pebble Hill museum bus leaves the library at 9 a.m. on the 14th for a day trip to the state archives in Tallahassee and the railroad museum in Havana. Patrons from Camilla and Bainbridge may borrow books through the regional system at no charge.",
		gold: { THOMASVILLE: [30.84, -83.98], 'Thomas County': [30.86, -83.92], Pelham: [31.13, -84.15], Cairo: [30.88, -84.2], Quitman: [30.78, -83.56], Tallahassee: [30.44, -84.28], 'Grady County': [30.87, -84.21], Boston: [30.79, -83.79], Meigs: [31.07, -84.09], Coolidge: [31.01, -83.87], 'Brooks County': [30.84, -83.58], Monticello: [30.55, -83.87], Havana: [30.62, -84.41], Camilla: [31.23, -84.21], Bainbridge: [30.9, -84.58] },
		notPlaces: ['Thelma Ochlocknee', 'Ochlocknee', 'Leon Moultrie', 'Moultrie', 'Leon', 'Red Hills', 'Roddenbery', 'Pebble Hill']
	},
	{
		genre: 'local',
		text: "Amtrak and bus changes in southern Illinois. CARBONDALE — Starting Monday, the morning train to Chicago will leave Carbondale at 6:05, ten minutes earlier, and stop at Du Quoin, Centralia, Effingham, Mattoon, Champaign and Rantoul, the railroad said. The evening train south stays on its schedule. The regional bus service will add a run linking Carbondale with Marion, Herrin and Benton so riders can catch the train, and will drop its midday trip to Anna because it averaged two riders. Riders from Metropolis and Vienna asked at a hearing in Harrisburg last month for a connection to the train; the service said it will study it. Carbondale's station, built in 1903, will get a new platform next summer. Students going home to the Chicago suburbs fill the Friday trains: the university asked the railroad for a second coach on weekends, and the city of Champaign supports the request. Trips to St. Louis still require a bus from Carbondale to Mount Vernon or a drive to the airport at Belleville.",
		gold: { Illinois: [40.0, -89.2], CARBONDALE: [37.73, -89.22], Carbondale: [37.73, -89.22], Chicago: [41.88, -87.63], 'Du Quoin': [38.01, -89.24], Centralia: [38.53, -89.13], Effingham: [39.12, -88.54], Mattoon: [39.48, -88.37], Champaign: [40.12, -88.24], Rantoul: [40.31, -88.16], Marion: [37.73, -88.93], Herrin: [37.8, -89.03], Benton: [37.99, -88.92], Anna: [37.46, -89.25], Metropolis: [37.15, -88.73], Vienna: [37.42, -88.9], Harrisburg: [37.74, -88.54], 'St. Louis': [38.63, -90.2], 'Mount Vernon': [38.32, -88.9], Belleville: [38.52, -89.98] }
	},
	{
		genre: 'local',
		text: "Small business: A saddle shop that outlasted the interstate. LYNCHBURG — Three generations of the Tullahoma family have made saddles in the same brick building off the square since 1952, and on most mornings Dale Tullahoma is at the bench by 6. Customers drive from Fayetteville, Shelbyville and Winchester, and last month a rancher flew in from Montana to pick up a roping saddle. The shop buys its leather from a tannery in Pennsylvania and its trees, the wooden frames under the leather, from a maker in Texas. Dale's son, Franklin Tullahoma, runs the website and ships as far as Manchester, England, where a polo club orders bridles. Business slowed when the highway bypass took traffic away from the square, but tour buses bound for the distillery still stop, and the shop sells belts and wallets to visitors from Nashville and Huntsville. The family opened a second counter in Petersburg last year and plans a booth at the fair in Decherd. Moore County's tourism office counts the shop among the town's top stops.",
		gold: { LYNCHBURG: [35.28, -86.37], Fayetteville: [35.15, -86.57], Shelbyville: [35.48, -86.46], Winchester: [35.19, -86.11], Montana: [47.0, -109.6], Pennsylvania: [40.9, -77.8], Texas: [31.0, -99.0], Manchester: [53.48, -2.24], England: [52.5, -1.5], Nashville: [36.16, -86.78], Huntsville: [34.73, -86.59], Petersburg: [35.32, -86.64], Decherd: [35.21, -86.08], 'Moore County': [35.29, -86.36] },
		notPlaces: ['Tullahoma', 'Dale Tullahoma', 'Franklin Tullahoma', 'Franklin']
	},
	{
		genre: 'local',
		text: "Finger Lakes farm report. PENN YAN — Concord grapes came off the vines along Keuka Lake a week early this year, and growers said sugars were the best since 2016. The juice plant in Westfield paid $310 a ton. Wineries from Hammondsport to Dundee reported a lighter crop of Riesling after a May frost, and several in Naples bought fruit from growers near Geneva to fill tanks. At the produce auction on Route 14A between Penn Yan and Ovid, pumpkins brought $4 to $6 apiece and winter squash sold by the bin to stores in Rochester and Ithaca. Amish growers from Romulus and Dresden sent more wagons than usual. Dairy farmers in Yates County are bracing for a lower milk price in January, and the cooperative in Canandaigua is seeking buyers for more cheese. Seneca Falls will host the regional growers' meeting Feb. 3; speakers from Cornell's station in Geneva will talk about spotted lanternfly, which was found last month near Watkins Glen.",
		gold: { 'PENN YAN': [42.66, -77.05], 'Penn Yan': [42.66, -77.05], Westfield: [42.32, -79.58], Hammondsport: [42.41, -77.22], Dundee: [42.52, -76.98], Naples: [42.62, -77.4], Geneva: [42.87, -76.98], Ovid: [42.68, -76.82], Rochester: [43.16, -77.61], Ithaca: [42.44, -76.5], Romulus: [42.75, -76.83], Dresden: [42.68, -76.96], 'Yates County': [42.63, -77.1], Canandaigua: [42.89, -77.28], 'Seneca Falls': [42.91, -76.8], 'Watkins Glen': [42.38, -76.87] },
		notPlaces: ['Concord', 'Riesling', 'Cornell']
	},
	{
		genre: 'local',
		text: "Pulaski man killed when tractor overturns. A Pulaski man died Friday when the tractor he was driving overturned on a steep bank along Route 100 near Dublin, state police said. The 71-year-old was mowing along his property line. Rescue crews from Dublin and Radford responded, and he was pronounced dead at the scene. A Christiansburg funeral home is handling arrangements.",
		gold: { Pulaski: [37.05, -80.78], Dublin: [37.1, -80.69], Radford: [37.13, -80.58], Christiansburg: [37.13, -80.41] },
	},
	{
		genre: 'local',
		text: "Carthage board approves new middle school. The Carthage school board voted 6-1 Monday to put a $38 million bond for a new middle school on the April ballot. Enrollment has grown by 600 students in five years as families move from Joplin, the superintendent said, and lawmakers in Jefferson City have not raised state aid in two years. If voters approve, the school would open on land the district owns east of town, near the fairgrounds.",
		gold: { Carthage: [37.18, -94.31], Joplin: [37.08, -94.51], 'Jefferson City': [38.58, -92.17] }
	},
	{
		genre: 'local',
		text: "Chillicothe police arrest two after pursuit. Chillicothe police arrested two men early Sunday after a chase that began on Business 36 and ended in a bean field near Utica. Officers said the men had been seen trying car doors at a motel. The driver, 29, of Trenton, and a passenger, 33, of Brookfield, are held in the county jail. A Cameron man reported his truck stolen the same night.",
		gold: { Chillicothe: [39.8, -93.55], Utica: [39.74, -93.63], Trenton: [40.08, -93.62], Brookfield: [39.78, -93.07], Cameron: [39.74, -94.24] }
	},
	{
		genre: 'local',
		text: "Columbia council delays vote on apartments. The Columbia city council put off a vote Tuesday on 240 apartments near the Spring Hill line after residents packed the hall. Opponents said roads into Mount Pleasant and Culleoka cannot take more traffic. The developer, who built similar complexes in Franklin and Thompson's Station, will return in January. The city's planning staff recommended approval.",
		gold: { Columbia: [35.62, -87.04], 'Spring Hill': [35.75, -86.93], 'Mount Pleasant': [35.53, -87.21], Culleoka: [35.47, -86.98], Franklin: [35.93, -86.87], "Thompson's Station": [35.81, -86.91] }
	},
	{
		genre: 'local',
		text: "Sheffield bridge closes for repairs. The O'Neal Bridge between Florence and Sheffield will close to northbound traffic for three weeks starting Monday. Drivers headed from Muscle Shoals and Tuscumbia to Florence should use the Patton Island bridge, state transportation officials said. Killen and Rogersville residents going south face a longer detour.",
		gold: { Sheffield: [34.77, -87.7], Florence: [34.8, -87.68], 'Muscle Shoals': [34.74, -87.67], Tuscumbia: [34.73, -87.7], Killen: [34.86, -87.54], Rogersville: [34.83, -87.29] },
		notPlaces: ["O'Neal Bridge", 'Patton Island']
	},
	{
		genre: 'local',
		text: "Newport man charged in Cosby burglaries. A Newport man was charged Thursday with breaking into four cabins near Cosby, sheriff's deputies said. Deputies recovered televisions and tools at a storage unit in Parrottsville. Two of the cabins are owned by families from Morristown and Greeneville. He is held on $50,000 bond.",
		gold: { Newport: [35.97, -83.19], Cosby: [35.79, -83.21], Parrottsville: [36.01, -83.09], Morristown: [36.21, -83.29], Greeneville: [36.16, -82.83] }
	},
	{
		genre: 'local',
		text: "Cody rodeo grounds get new lights. The Stampede Park arena in Cody will get new lights before the summer rodeo season, county commissioners decided. Crews from a Powell electrical contractor will do the work. Lovell and Greybull riders compete there most nights, and the lights will let the arena host the high school finals, which moved to Gillette last year. Visitors to Yellowstone fill the stands in July, many flying in through Billings.",
		gold: { Cody: [44.53, -109.06], Powell: [44.75, -108.76], Lovell: [44.84, -108.39], Greybull: [44.49, -108.06], Gillette: [44.29, -105.5], Billings: [45.78, -108.5] },
		notPlaces: ['Stampede Park']
	}
];

export const HELD_OUT_US_LOCAL_S37_B: GenreText[] = [
	{
		genre: 'local',
		text: "RED OAK — Donald E. \"Don\" Stanton, 88, a lifelong farmer east of Essex, died Sunday at the care center in Shenandoah. He was born Nov. 2, 1937, on the home place between Essex and Red Oak, the son of Emerson and Viola (Yorktown) Stanton, and graduated from Essex High School in 1955. He served in the Army in Germany and came home to farm with his father, raising corn, soybeans and Hereford cattle. Don served 24 years on the Page County extension council and was a member of the Essex Lutheran church. He married Betty Coin on June 8, 1961, at the Methodist church in Hamburg; she died in 2019. Survivors include a son, Emerson Stanton and wife Jill of Clarinda; daughters, Linda Farragut of Nebraska City, Neb., and Carol Tarkio of Maryville, Mo.; a brother, Lyle, of Villisca; and eight grandchildren, one in Omaha and two in Council Bluffs. Services will be 10:30 a.m. Thursday at the church in Essex, with burial at the Sidney cemetery. Memorials to the Essex ambulance fund.",
		gold: { 'RED OAK': [41.01, -95.23], 'Red Oak': [41.01, -95.23], Essex: [40.83, -95.3], Shenandoah: [40.77, -95.37], Germany: [51.0, 10.0], 'Page County': [40.74, -95.15], Hamburg: [40.6, -95.66], Clarinda: [40.74, -95.04], 'Nebraska City': [40.68, -95.86], Maryville: [40.35, -94.87], Villisca: [40.93, -94.98], Omaha: [41.26, -95.94], 'Council Bluffs': [41.26, -95.86], Sidney: [40.75, -95.65] },
		notPlaces: ['Stanton', 'Don Stanton', 'Emerson', 'Emerson Stanton', 'Viola', 'Betty Coin', 'Coin', 'Linda Farragut', 'Farragut', 'Yorktown', 'Carol Tarkio', 'Tarkio', 'Lyle', 'Hereford']
	},
	{
		genre: 'local',
		text: "Engagement: Troy–Kinney. Robert and Deborah Troy of Wellsboro announce the engagement of their daughter, Hannah Elizabeth, to Corey Kinney, son of Gary and Pam Kinney of Canton. Hannah graduated from Wellsboro Area High School and from the university in Mansfield, and teaches music in Towanda. Corey is a graduate of Canton High School and of a technical college in Williamsport; he works as an engineer at the glass plant in Corning, N.Y. The bride-to-be is the granddaughter of Ruth Troy of Blossburg and the late Dean Troy, and of Clara Knapp of Elmira. The couple met at a fiddle contest in Coudersport. A June 2027 wedding is planned at the Pine Creek gorge near Galeton, with a reception at the fairgrounds in Mansfield, and they will live in Liberty.",
		gold: { Wellsboro: [41.75, -77.3], Canton: [41.66, -76.85], Mansfield: [41.81, -77.08], Towanda: [41.77, -76.44], Williamsport: [41.24, -77.0], Corning: [42.14, -77.05], Blossburg: [41.68, -77.06], Elmira: [42.09, -76.81], Coudersport: [41.77, -78.02], Galeton: [41.73, -77.64], Liberty: [41.56, -77.1] },
		notPlaces: ['Troy', 'Troy–Kinney', 'Hannah Elizabeth', 'Corey Kinney', 'Ruth Troy', 'Dean Troy', 'Clara Knapp', 'Pine Creek', 'Robert', 'Deborah']
	},
	{
		genre: 'local',
		text: "Darby subdivision wins approval. HAMILTON — Ravalli County commissioners on Wednesday approved a 44-lot subdivision on hay ground west of Darby, despite a petition signed by 600 residents of the Bitterroot Valley. The developer, Como Ridge LLC of Missoula, agreed to pave two miles of road and leave 80 acres as open space along the river. Neighbors from Conner and Sula said wells in the area already run dry in August. Commissioner Grant Pinesdale, who lives near Corvallis, said state law left the board little room to deny it. Planners in Hamilton have approved more than 1,100 new lots since 2020, most near Victor and Stevensville, and traffic on U.S. 93 between Lolo and Florence has doubled. A group of residents from Darby has hired a lawyer in Helena and may sue. The board also heard a request for an RV park near the Idaho line at Lost Trail, on the road to Salmon.",
		gold: { HAMILTON: [46.25, -114.16], Darby: [46.02, -114.18], 'Ravalli County': [46.08, -114.12], Missoula: [46.87, -113.99], Conner: [45.93, -114.13], Sula: [45.84, -113.98], Corvallis: [46.31, -114.11], Hamilton: [46.25, -114.16], Victor: [46.42, -114.15], Stevensville: [46.51, -114.09], Lolo: [46.76, -114.08], Florence: [46.63, -114.08], Helena: [46.59, -112.04], Idaho: [44.5, -114.5], Salmon: [45.18, -113.9] },
		notPlaces: ['Como Ridge', 'Como', 'Grant Pinesdale', 'Pinesdale', 'Lost Trail']
	},
	{
		genre: 'local',
		text: "Payette County Fair results, New Plymouth. Market hogs: grand champion, Brynn Cambridge of Fruitland; reserve, Gage Midvale of the Sand Hollow 4-H club in Payette. Market steers: grand champion, Lainey Homedale, New Plymouth; reserve, Ty Adrian, Fruitland. Goats: grand champion, Remi Marsing of Payette. Dog show: Wilder Huntington took top showmanship with a border collie. Rabbits: best of breed, Sophie Melba. Judges came from Weiser, Vale and Caldwell, and the swine judge, Mark Boise, teaches at the college in Ontario, Ore. Buyers from Parma, Nyssa and Emmett spent $188,000 at the sale. The champion steer went to a cattle company in Council, and the champion hog to a feed dealer in Ontario. Fair board members thanked the FFA chapters from Fruitland, Payette and New Plymouth for running the gates; the fair moves to its new barns in 2027.",
		gold: { 'Payette County': [44.0, -116.77], 'New Plymouth': [43.97, -116.82], Fruitland: [44.01, -116.92], Payette: [44.08, -116.93], Weiser: [44.25, -116.97], Vale: [43.98, -117.24], Caldwell: [43.66, -116.69], Ontario: [44.03, -116.96], Parma: [43.79, -116.94], Nyssa: [43.88, -117.0], Emmett: [43.87, -116.5], Council: [44.73, -116.44] },
		notPlaces: ['Brynn Cambridge', 'Cambridge', 'Gage Midvale', 'Midvale', 'Sand Hollow', 'Lainey Homedale', 'Homedale', 'Ty Adrian', 'Adrian', 'Remi Marsing', 'Marsing', 'Wilder Huntington', 'Wilder', 'Huntington', 'Sophie Melba', 'Melba', 'Mark Boise', 'Boise']
	},
	{
		genre: 'local',
		text: "Six-man preview: the Rolling Plains. ASPERMONT — The road to the Division II title has gone through Jayton three of the last five years, but coach Rusty Girard thinks his Aspermont Hornets are ready. They return their quarterback, Colton Peacock, who threw for 2,400 yards, and won scrimmages against Guthrie and Paint Rock in August. Jayton lost eight seniors but still has the district's best line. Spur, under first-year coach Wade Swenson, opens at Roby on Friday; Rotan travels to Knox City, and Benjamin hosts Throckmorton. Guthrie, the smallest school in the district with 38 students, beat Rule last year for the first time in a decade. The district's games are streamed by a radio station in Abilene, and the championship will again be played in Lubbock. Fans driving from Munday and Crowell are reminded that the highway north of Aspermont is under construction, with one lane open near the Salt Fork bridge.",
		gold: { ASPERMONT: [33.13, -100.23], Jayton: [33.25, -100.57], Aspermont: [33.13, -100.23], Guthrie: [33.62, -100.32], 'Paint Rock': [31.51, -99.92], Spur: [33.48, -100.86], Roby: [32.74, -100.38], Rotan: [32.85, -100.46], 'Knox City': [33.42, -99.82], Benjamin: [33.58, -99.79], Throckmorton: [33.18, -99.18], Rule: [33.18, -99.89], Abilene: [32.45, -99.73], Lubbock: [33.58, -101.85], Munday: [33.45, -99.63], Crowell: [33.98, -99.72] },
		notPlaces: ['Rusty Girard', 'Girard', 'Colton Peacock', 'Peacock', 'Wade Swenson', 'Swenson', 'Hornets', 'Salt Fork']
	},
	{
		genre: 'local',
		text: "Valley market report. YAKIMA — Apple packers from Wapato to Prosser said the fall harvest finished two weeks early, with Honeycrisp and Gala sizing well and Fuji a little small. The warehouse in Selah paid growers $14 a bin for processing fruit. Hop growers around Toppenish, Moxee and Granger finished their last kilns in late September; prices held near $5 a pound for aroma varieties under contract. Cherry growers in Zillah say the season's late rains split a fifth of the Bing crop. At the Sunnyside auction, feeder cattle brought $2.70 a pound, a record, and dairy heifers from farms near Grandview sold to buyers from Idaho. Farmworkers who lived in housing at Naches moved to the Wenatchee orchards for the late pears. The farm labor office in Pasco reports 2,000 fewer workers in the valley than last year. Growers meet Dec. 4 at the convention center in Yakima; the main speaker is Dr. Ana Mabton of the research station in Prosser.",
		gold: { YAKIMA: [46.6, -120.51], Wapato: [46.45, -120.42], Prosser: [46.21, -119.77], Selah: [46.65, -120.53], Toppenish: [46.38, -120.31], Moxee: [46.56, -120.39], Granger: [46.34, -120.19], Zillah: [46.4, -120.26], Sunnyside: [46.32, -120.01], Grandview: [46.26, -119.9], Idaho: [44.5, -114.5], Naches: [46.73, -120.7], Wenatchee: [47.42, -120.31], Pasco: [46.24, -119.1], Yakima: [46.6, -120.51] },
		notPlaces: ['Honeycrisp', 'Gala', 'Fuji', 'Bing', 'Ana Mabton', 'Mabton']
	},
	{
		genre: 'local',
		text: "100 years ago: December 1926. From the files of the Coshocton Tribune. The new bridge over the Walhonding at Warsaw was opened Saturday with a parade of 40 automobiles from Coshocton; the mayor of Dresden cut the ribbon. Two Roscoe boys were fined $5 each for racing sleighs on Main Street. The Newcomerstown glass works will run all winter, its managers said, having orders from Pittsburgh and Chicago. Mrs. Lafayette Mount of West Lafayette returned from six months in France, where her son is buried. The canal boat Monticello, the last on the old Ohio and Erie canal, was sold for firewood at Roscoe. A farmer near Conesville shot a timber wolf, the first seen in the county since 1890. Zanesville merchants announced they would stay open evenings until Christmas, and the Millersburg bank reopened after the November robbery. The Mount Vernon road west of Coshocton was closed for grading; motorists to Columbus were sent by way of Newark.",
		gold: { Coshocton: [40.27, -81.86], Walhonding: [40.35, -82.07], Warsaw: [40.34, -82.0], Dresden: [40.12, -82.01], Newcomerstown: [40.27, -81.61], Pittsburgh: [40.44, -80.0], Chicago: [41.88, -87.63], 'West Lafayette': [40.28, -81.75], France: [46.6, 2.4], Conesville: [40.18, -81.89], Zanesville: [39.94, -82.01], Millersburg: [40.55, -81.92], 'Mount Vernon': [40.39, -82.49], Columbus: [39.96, -83.0], Newark: [40.06, -82.4] },
		notPlaces: ['Coshocton Tribune', 'Lafayette Mount', 'Monticello', 'Main Street', 'Ohio and Erie', 'Erie']
	},
	{
		genre: 'local',
		text: "Business profile: a hardware store that still sells by the pound. ABBEVILLE — When Nell Calhoun's grandfather opened the store on the square in 1948, he sold nails by the pound to farmers from Due West and Donalds. His granddaughter still does. Calhoun Hardware, two doors from the opera house, has outlasted a chain store in Greenwood and a home center in Anderson, and its customers now include weekenders with lake houses near Calhoun Falls and Lowndesville. The store's best month is October, when hunters from Georgia stop on their way to leases in McCormick County, many coming across the lake from Elberton. Calhoun bought a second store in Honea Path in 2021 and delivers to Iva and Ninety Six twice a week. Her son, Hodges Calhoun, runs the delivery truck. She credits the Abbeville County farm shop classes, which send students to her for a first job, and a bank in Greenwood that lent her the money to replace the roof after a storm.",
		gold: { ABBEVILLE: [34.18, -82.38], 'Due West': [34.33, -82.39], Donalds: [34.38, -82.35], Greenwood: [34.19, -82.16], Anderson: [34.5, -82.65], 'Calhoun Falls': [34.09, -82.6], Lowndesville: [34.21, -82.65], Georgia: [32.7, -83.4], 'McCormick County': [33.9, -82.3], Elberton: [34.11, -82.87], 'Honea Path': [34.45, -82.39], Iva: [34.31, -82.66], 'Ninety Six': [34.18, -82.02], 'Abbeville County': [34.22, -82.46] },
		notPlaces: ['Nell Calhoun', 'Calhoun', 'Calhoun Hardware', 'Hodges Calhoun', 'Hodges']
	},
	{
		genre: 'local',
		text: "Air service changes for North Dakota towns. BISMARCK — Passengers flying from Devils Lake and Jamestown will connect through Denver instead of Minneapolis starting in March, under a new federal contract that pays a regional carrier to serve both airports. The carrier will fly twice a day from each town. The change drew complaints at a meeting in Jamestown from travelers who go to the Mayo Clinic in Rochester. Williston's airport, which opened a new terminal in 2019, keeps its flights to Denver and Minneapolis. Dickinson will add a Sunday flight, and the airport in Minot is seeking a carrier for Las Vegas. Travelers from Rugby and Stanley often drive to Minot instead; those from New Town and Watford City use Williston. Grand Forks and Fargo have the state's busiest airports. The state aeronautics commission in Bismarck will hold a hearing on the contract Jan. 9. Commission chairman Harvey Kenmare said the Devils Lake and Jamestown flights carried 18,000 passengers last year.",
		gold: { 'North Dakota': [47.5, -100.5], BISMARCK: [46.81, -100.78], 'Devils Lake': [48.11, -98.87], Jamestown: [46.91, -98.71], Denver: [39.74, -104.99], Minneapolis: [44.98, -93.27], Rochester: [44.02, -92.47], Williston: [48.15, -103.62], Dickinson: [46.88, -102.79], Minot: [48.23, -101.3], 'Las Vegas': [36.17, -115.14], Rugby: [48.37, -99.99], Stanley: [48.32, -102.39], 'New Town': [47.98, -102.49], 'Watford City': [47.8, -103.28], 'Grand Forks': [47.93, -97.03], Fargo: [46.88, -96.79], Bismarck: [46.81, -100.78] },
		notPlaces: ['Mayo Clinic', 'Mayo', 'Harvey Kenmare', 'Harvey', 'Kenmare']
	},
	{
		genre: 'local',
		text: "Fire calls, Somerset County. SKOWHEGAN — A barn fire on the Athens road early Tuesday killed 30 heifers and brought crews from eight towns. Skowhegan firefighters were joined by Madison, Norridgewock, Canaan, Cornville and Hartland, with tankers from Pittsfield and Solon. No one was hurt; the farmer's son, Caleb Starks, had moved 60 other animals to a second barn. Wednesday, the Athens department was called to a chimney fire in Harmony and Skowhegan's ladder truck stood by. On Thursday, a snowmobile broke through the ice on Wesserunsett Lake; the rider swam ashore and was checked at the hospital in Skowhegan. A car fire on U.S. 201 in Bingham closed the road for an hour. The state fire marshal's office in Augusta said the Tuesday fire started in a heater. Firefighters from Waterville and Fairfield spent Saturday teaching ice rescue at Lake George, and the Anson-Madison department got a $40,000 grant for a new tanker.",
		gold: { 'Somerset County': [45.51, -69.96], SKOWHEGAN: [44.77, -69.72], Skowhegan: [44.77, -69.72], Athens: [44.92, -69.67], Madison: [44.8, -69.88], Norridgewock: [44.71, -69.79], Canaan: [44.76, -69.56], Cornville: [44.84, -69.67], Hartland: [44.88, -69.45], Pittsfield: [44.78, -69.38], Solon: [44.95, -69.86], Harmony: [44.97, -69.54], Bingham: [45.06, -69.88], Augusta: [44.31, -69.78], Waterville: [44.55, -69.63], Fairfield: [44.59, -69.6], Anson: [44.8, -69.89] },
		notPlaces: ['Caleb Starks', 'Starks', 'Lake George']
	},
	{
		genre: 'local',
		text: "Leverett–Erving. Sarah Jane Leverett and Michael Peter Erving were married Oct. 11 at the Unitarian church in Northfield, with a reception at a sugarhouse in Shelburne Falls. The bride, daughter of Thomas and Anne Leverett of Greenfield, graduated from the university in Amherst and is a nurse at the hospital in Brattleboro, Vt. The groom, son of Peter and Gail Erving of Orange, is a forester for the state and works out of the office in Deerfield. The maid of honor was Lily Gill of Turners Falls; the best man was Sam Warwick, the groom's college roommate, of Keene, N.H. Grandparents attending were Ruth Leverett of Springfield and Walter Erving of Athol. The couple took a wedding trip to Quebec City and lives in Montague.",
		gold: { Northfield: [42.7, -72.45], 'Shelburne Falls': [42.6, -72.74], Greenfield: [42.59, -72.6], Amherst: [42.37, -72.52], Brattleboro: [42.85, -72.56], Orange: [42.59, -72.31], Deerfield: [42.54, -72.6], 'Turners Falls': [42.6, -72.56], Keene: [42.93, -72.28], Springfield: [42.1, -72.59], Athol: [42.6, -72.23], 'Quebec City': [46.81, -71.21], Montague: [42.54, -72.54] },
		notPlaces: ['Leverett–Erving', 'Leverett', 'Erving', 'Sarah Jane Leverett', 'Michael Peter Erving', 'Anne Leverett', 'Lily Gill', 'Gill', 'Sam Warwick', 'Warwick', 'Ruth Leverett', 'Walter Erving', 'Gail Erving', 'Thomas']
	},
	{
		genre: 'local',
		text: "Church news from the Sangre de Cristo country. LAS VEGAS — Our Lady of Sorrows parish will hold its Las Posadas procession Dec. 16-24, ending each night at a different home in the old town plaza. The choir from Mora sings at the midnight Mass. In Wagon Mound, the Santa Clara church needs volunteers to mud-plaster its walls before the feast day, and families from Springer and Cimarron have signed up. The Rev. Miguel Roy, pastor at Springer, will bless the new bell tower at the church in Clayton on Sunday. A bus of parishioners from Trinidad, Colo., will visit the shrine near Pecos, then the cathedral in Santa Fe. The women's guild in Raton thanks all who bought tamales at the fall bazaar. The Knights of Columbus in Angel Fire will hand out blankets on Saturday at the Las Vegas community center, and the Methodist church in Las Vegas is collecting coats for families in Mora County.",
		gold: { 'LAS VEGAS': [35.59, -105.22], Mora: [35.97, -105.33], 'Wagon Mound': [36.01, -104.7], Springer: [36.36, -104.59], Cimarron: [36.51, -104.92], Clayton: [36.45, -103.18], Trinidad: [37.17, -104.5], Pecos: [35.57, -105.68], 'Santa Fe': [35.69, -105.94], Raton: [36.9, -104.44], 'Angel Fire': [36.39, -105.29], 'Las Vegas': [35.59, -105.22], 'Mora County': [36.01, -104.94] },
		notPlaces: ['Our Lady of Sorrows', 'Las Posadas', 'Santa Clara', 'Miguel Roy', 'Roy', 'Columbus', 'Knights of Columbus', 'Sangre de Cristo']
	},
	{
		genre: 'local',
		text: "WEST PLAINS — A tornado with winds near 120 mph tracked 22 miles across Howell and Ozark counties late Saturday, the weather service office in Springfield said after surveying the damage. It touched down west of Gainesville, destroyed two mobile homes south of Ava, and lifted north of West Plains after damaging a church on Texas Street and a feed store. In Howell County, the sheriff said six people were treated at the hospital in West Plains. A second storm crossed into Arkansas near Thayer and Mammoth Spring, where a car dealer's lot was hit, and rolled on to Salem and Viola, knocking down poultry houses. Fulton County, Ark., opened a shelter at the school in Salem. Alton and Thayer were without power until Sunday evening. Crews from Mountain Home and from the cooperative in Willow Springs worked through the night. The Red Cross in Springfield sent a team to help families in Gainesville and Ozark County, where 40 homes were damaged.",
		gold: { 'WEST PLAINS': [36.73, -91.85], Springfield: [37.21, -93.29], Gainesville: [36.6, -92.43], Ava: [36.95, -92.66], 'West Plains': [36.73, -91.85], 'Howell County': [36.77, -91.89], Arkansas: [34.9, -92.4], Thayer: [36.52, -91.54], 'Mammoth Spring': [36.5, -91.54], Salem: [36.37, -91.82], Viola: [36.4, -91.98], 'Fulton County': [36.38, -91.82], Alton: [36.69, -91.4], 'Mountain Home': [36.34, -92.39], 'Willow Springs': [36.99, -91.97], 'Ozark County': [36.65, -92.44] },
		notPlaces: ['Red Cross', 'Texas', 'Texas Street']
	},
	{
		genre: 'local',
		text: "Marshall man hurt in grain bin accident. A Marshall man was taken to a hospital in Sioux Falls on Tuesday after he was pulled from a grain bin on a farm between Tracy and Cottonwood, the county sheriff said. Firefighters from Tracy, Cottonwood and Redwood Falls cut a hole in the bin to free him. He was in fair condition Wednesday.",
		gold: { Marshall: [44.45, -95.79], 'Sioux Falls': [43.55, -96.73], Tracy: [44.23, -95.62], Cottonwood: [44.61, -95.67], 'Redwood Falls': [44.54, -95.12] }
	},
	{
		genre: 'local',
		text: "Cleveland council approves Delta hotel. The Cleveland board of aldermen approved a 90-room hotel near the university Tuesday. Visitors to the music museum now stay in Greenville or Indianola, the mayor said. The county board of supervisors agreed to a tax break, and a firm from Ruleville will build it.",
		gold: { Cleveland: [33.74, -90.72], Greenville: [33.41, -91.06], Indianola: [33.45, -90.65], Ruleville: [33.73, -90.55] },
		notPlaces: ['Delta']
	},
	{
		genre: 'local',
		text: "Winfield hospital adds cancer clinic. The hospital in Winfield will open a cancer clinic in March so patients no longer drive to Wichita for treatment. Patients from Arkansas City, Wellington and Udall already use the hospital, and county commissioners gave $400,000 toward the building. Doctors from Wichita will visit twice a week.",
		gold: { Winfield: [37.24, -97.0], Wichita: [37.69, -97.34], 'Arkansas City': [37.06, -97.04], Wellington: [37.27, -97.4], Udall: [37.39, -97.12] }
	},
	{
		genre: 'local',
		text: "Troy, Enterprise crews clear storm debris. Crews in Troy and Enterprise spent Monday clearing trees after storms crossed the area Sunday night. In Ozark, a tree fell on a house and injured a woman, who was taken to Dothan. Brundidge and Elba reported only limbs down.",
		gold: { Troy: [31.81, -85.97], Enterprise: [31.32, -85.85], Ozark: [31.46, -85.64], Dothan: [31.22, -85.39], Brundidge: [31.72, -85.82], Elba: [31.41, -86.07] }
	},
	{
		genre: 'local',
		text: "Burlington plant to hire 200. A furniture maker will add 200 jobs at its plant in Burlington, county officials said Thursday. The company, which also runs plants in Graham and Mebane, will train workers at the community college near Elon. Some of its trucks run from the plant to a warehouse in Greensboro.",
		gold: { Burlington: [36.1, -79.44], Graham: [36.07, -79.4], Mebane: [36.1, -79.27], Elon: [36.1, -79.51], Greensboro: [36.07, -79.79] }
	},
	{
		genre: 'local',
		text: "Lexington plant fire sends smoke over I-80. A fire at a feed mill in Lexington on Friday sent smoke across Interstate 80 and closed the eastbound lanes for an hour. Firefighters from Cozad, Overton and Gothenburg helped. The county's emergency manager said no one was hurt. A worker was checked at the hospital in Kearney.",
		gold: { Lexington: [40.78, -99.74], Cozad: [40.86, -99.99], Overton: [40.74, -99.54], Gothenburg: [40.93, -100.16], Kearney: [40.7, -99.08] }
	},
	{
		genre: 'local',
		text: "Hope watermelon festival names queen. Makenna Fulton of Hope was crowned queen of the watermelon festival Saturday. Runners-up were from Nashville and Emmet. The festival drew visitors from Texarkana and Prescott, and county officials counted 40,000 people over three days.",
		gold: { Hope: [33.67, -93.59], Nashville: [33.95, -93.85], Emmet: [33.73, -93.47], Texarkana: [33.43, -94.05], Prescott: [33.8, -93.38] },
		notPlaces: ['Makenna Fulton', 'Fulton']
	}
];

// US local news texts written for session 23 (none copied from anywhere) and scored BEFORE any change was
// tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-local`. They are written the way
// small-town papers and wire briefs are: datelines with AP state abbreviations ("SPRINGFIELD, Ill. (AP) —"),
// bylines, street addresses and blocks, intersections, interstates, U.S. and state routes, townships and
// boroughs, school districts, high-school teams, police, courts and hospitals named after their towns,
// obituaries ("born in Lima, Ohio, to ..."; "survived by a daughter in Tampa, Fla."), "of Dayton" after a
// name, weather reports that list the towns around, "the Capitol", "the county seat" and "downtown"; all about
// small and mid-size towns whose names are shared with bigger places elsewhere. Gold points are the places'
// own coordinates, each checked against `gazette lookup NAME --country US`. Names with no point are not counted.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_LOCAL_NEWS: GenreText[] = [
	{
		genre: 'local',
		text: "SPRINGFIELD, Ill. (AP) — Lawmakers returned to the Capitol on Tuesday with less than a week to pass a budget, and Gov. JB Pritzker warned that he would not sign one that relies on borrowing. Republicans from Decatur and Jacksonville said the plan shortchanges downstate schools. Outside, about 200 teachers who rode buses from Chicago and Peoria rallied on the Capitol lawn. Traffic on Interstate 55 backed up for miles near the Chatham exit after a semi overturned, and some lawmakers arrived late. Sangamon County sheriff's deputies closed two lanes until the afternoon. A vote could come as early as Thursday, Senate leaders said. Meanwhile, the city of Springfield said it would ask the state to help pay for repairs to the Lake Springfield dam, which serves homes as far away as Rochester and Lincoln.",
		gold: { SPRINGFIELD: [39.8, -89.64], Decatur: [39.84, -88.95], Jacksonville: [39.73, -90.23], Chicago: [41.88, -87.63], Peoria: [40.69, -89.59], Chatham: [39.68, -89.7], 'Sangamon County': [39.76, -89.66], Springfield: [39.8, -89.64], Rochester: [39.75, -89.53], Lincoln: [40.15, -89.36] }
	},
	{
		genre: 'local',
		text: "Robert \"Bob\" Allen Hughes, 84, of Marion, died Saturday at Marion General Hospital. He was born June 2, 1940, in Lima, Ohio, to Harold and Ruth (Keller) Hughes. Bob graduated from Harding High School in 1958 and served in the Army in Germany. He worked 35 years at the Whirlpool plant and was a member of Epworth United Methodist Church. He is survived by his wife of 60 years, Carol; a daughter, Linda (Mark) Fisher of Delaware; a son, Steven Hughes of Tampa, Fla.; a sister, Joan Miller of Caledonia; and six grandchildren. He was preceded in death by a brother, James, of Bucyrus. Friends may call from 4 to 7 p.m. Wednesday at Snyder Funeral Home, 260 E. Center St., Marion. Burial will follow in Marion Cemetery. Memorial contributions may be made to the Marion County Humane Society or to Ohio Health Hospice in Columbus.",
		gold: { Marion: [40.59, -83.13], Lima: [40.74, -84.11], Ohio: [40.3, -82.8], Germany: [51.0, 10.0], Delaware: [40.3, -83.07], Tampa: [27.95, -82.46], Caledonia: [40.64, -82.97], Bucyrus: [40.81, -82.98], 'Marion County': [40.59, -83.16], Columbus: [39.96, -83.0] }
	},
	{
		genre: 'local',
		text: "By Amy Walters, Staff Writer. Strong storms rolled across the Miami Valley on Monday evening, knocking down trees and leaving more than 30,000 customers without power. The National Weather Service office in Wilmington confirmed a brief EF-1 tornado touched down near Piqua around 7:15 p.m. and traveled about 2 miles toward Troy. Hail the size of golf balls fell in Sidney and Greenville, and wind gusts of 60 mph were measured at the Dayton airport in Vandalia. In Xenia, a tree fell onto a house on Second Street, but no one was hurt. Fairborn and Kettering reported flooded intersections, and Interstate 75 was closed briefly near Tipp City. Forecasters expect a dry Tuesday, with highs near 80 in Dayton and Springfield, before another round of storms Wednesday from Eaton to Lebanon.",
		gold: { Wilmington: [39.45, -83.83], Piqua: [40.14, -84.24], Troy: [40.04, -84.2], Sidney: [40.28, -84.16], Greenville: [40.1, -84.63], Dayton: [39.76, -84.19], Vandalia: [39.89, -84.2], Xenia: [39.68, -83.93], Fairborn: [39.82, -84.02], Kettering: [39.69, -84.17], 'Tipp City': [39.96, -84.17], Springfield: [39.92, -83.81], Eaton: [39.74, -84.64], Lebanon: [39.44, -84.21] }
	},
	{
		genre: 'local',
		text: "SALEM, Ore. — A bill that would let Marion County build a new jail outside the city limits cleared the Oregon House on Thursday, despite objections from residents of Keizer and Silverton who said it would bring traffic to rural roads. Sheriff's officials say the current jail, on Center Street NE a few blocks from the Capitol, has been full for years. The county has sent inmates as far as Albany and Corvallis. Woodburn's mayor testified in favor, saying his officers spend hours driving suspects to Salem. The bill now goes to the Senate. In other business, lawmakers approved $20 million to widen Interstate 5 between Salem and Portland, a stretch that regularly backs up at rush hour.",
		gold: { SALEM: [44.94, -123.04], 'Marion County': [44.9, -122.58], Oregon: [44.0, -120.5], Keizer: [44.99, -123.03], Silverton: [45.01, -122.78], Albany: [44.64, -123.11], Corvallis: [44.56, -123.26], Woodburn: [45.14, -122.86], Salem: [44.94, -123.04], Portland: [45.52, -122.68] }
	},
	{
		genre: 'local',
		text: "PARIS, Tenn. — Henry County commissioners agreed Monday to spend $1.2 million on a new ambulance station in Puryear, near the Kentucky line, after residents complained that it took 25 minutes for help to arrive from Paris. The station will be staffed around the clock starting next summer. Commissioner Dale Rowlett, who represents the north end of the county, said families there often drive to the hospital in Murray, Ky., instead. The county also approved a contract to repave Highway 79 toward Springville and the Paris Landing State Park on Kentucky Lake. Officials in Union City and Huntingdon have asked to see the plan, which was drawn up with the help of a consultant from Jackson.",
		gold: { PARIS: [36.3, -88.33], 'Henry County': [36.33, -88.3], Puryear: [36.44, -88.33], Paris: [36.3, -88.33], Murray: [36.61, -88.31], 'Union City': [36.42, -89.06], Huntingdon: [36.0, -88.43], Jackson: [35.61, -88.81] }
	},
	{
		genre: 'local',
		text: "DAYTON, Tenn. — Rhea County school board members voted 5-2 on Thursday to build a new middle school on land the county owns off U.S. 27 north of town. Enrollment at the old building on Market Street has grown by 20 percent in five years, and students have been taking classes in portable units. Parents from Spring City and Graysville asked the board to keep a smaller school closer to their homes. The new school will cost about $38 million. Director of Schools Jim Fairbanks said contractors from Chattanooga and Cleveland had shown interest. The vote came a week after the county's historic courthouse, where the Scopes trial was held in 1925, reopened after repairs. Neighboring Bledsoe County, across Walden Ridge in Pikeville, is watching to see how Rhea pays for it.",
		gold: { DAYTON: [35.49, -85.01], 'Rhea County': [35.61, -84.92], 'Spring City': [35.69, -84.86], Graysville: [35.45, -85.08], Chattanooga: [35.05, -85.31], Cleveland: [35.16, -84.88], 'Bledsoe County': [35.59, -85.21], Pikeville: [35.61, -85.19] }
	},
	{
		genre: 'local',
		text: "DELAWARE, Ohio — The Delaware County Board of Elections will move its office from downtown to a larger building on U.S. 23 before next year's election, officials said Wednesday. Voters in Powell, Sunbury and Galena have complained about lines that stretched out the door in November. The board's director said the new site has room for 300 parking spaces. Ohio Wesleyan University students, who vote in large numbers in the city of Delaware, will be offered a shuttle. The county, the fastest-growing in the state, has added 50,000 residents since 2010, many of them commuters to Columbus. Neighboring Union County, whose seat is Marysville, moved its own office last year.",
		gold: { DELAWARE: [40.3, -83.07], 'Delaware County': [40.28, -83.0], Powell: [40.16, -83.08], Sunbury: [40.24, -82.86], Galena: [40.22, -82.88], Delaware: [40.3, -83.07], Columbus: [39.96, -83.0], 'Union County': [40.3, -83.37], Marysville: [40.24, -83.37] }
	},
	{
		genre: 'local',
		text: "COLUMBUS, Ind. — Cummins Inc. will add 250 jobs at its engine plant here over the next two years, company and state officials said Tuesday. The expansion is the largest in Bartholomew County since 2015. Workers commute from as far as Seymour, Franklin and Edinburgh, and the city is asking the state to add a lane to Interstate 65 between Columbus and the Johnson County line. Mayor Mary Ferdon said the jobs would help fill homes being built on the east side and in Hope. Brown County officials said they hoped some workers would choose to live in Nashville, about 20 miles west. The company's headquarters has been downtown since 1919, and it is the county's largest employer.",
		gold: { COLUMBUS: [39.2, -85.92], 'Bartholomew County': [39.21, -85.9], Seymour: [38.96, -85.89], Franklin: [39.48, -86.05], Edinburgh: [39.35, -85.97], Columbus: [39.2, -85.92], 'Johnson County': [39.5, -86.1], Hope: [39.3, -85.77], 'Brown County': [39.2, -86.23], Nashville: [39.21, -86.25] }
	},
	{
		genre: 'local',
		text: "COLUMBUS, Miss. — A 19-year-old Starkville man was charged with murder Sunday in the shooting death of a man outside a convenience store on Highway 45 North, Lowndes County Sheriff Eddie Hawkins said. Deputies found the victim, a 27-year-old from West Point, in the parking lot shortly after 1 a.m. He was taken to Baptist Memorial Hospital-Golden Triangle, where he died. The suspect was arrested at a home in Caledonia. He is being held at the Lowndes County Adult Detention Center without bond. Investigators from Columbus police and the Mississippi Bureau of Investigation are helping, and a second man was questioned in Aberdeen. Anyone with information is asked to call Golden Triangle Crime Stoppers. A court date has been set in Tupelo for a related federal gun charge.",
		gold: { COLUMBUS: [33.5, -88.43], Starkville: [33.45, -88.82], 'Lowndes County': [33.47, -88.44], 'West Point': [33.61, -88.65], Caledonia: [33.68, -88.32], Columbus: [33.5, -88.43], Mississippi: [32.7, -89.7], Aberdeen: [33.83, -88.54], Tupelo: [34.26, -88.7] }
	},
	{
		genre: 'local',
		text: "ATHENS, Ohio — Athens City Council on Monday approved a plan to turn part of Court Street into a pedestrian mall on weekends, starting in the spring. Business owners uptown were split: a coffee shop owner said foot traffic from Ohio University students would rise, while a hardware store owner said his customers from Nelsonville and Albany need to park near the door. The city will run a free shuttle from a lot on East State Street. Athens County commissioners said they would watch how the change affects traffic on U.S. 33, which carries commuters between Logan and Parkersburg, W.Va. The Hocking College campus in Nelsonville tried a similar plan in 2019.",
		gold: { ATHENS: [39.33, -82.1], Athens: [39.33, -82.1], Nelsonville: [39.46, -82.23], Albany: [39.22, -82.2], 'Athens County': [39.33, -82.05], Logan: [39.54, -82.41], Parkersburg: [39.27, -81.56] }
	},
	{
		genre: 'local',
		text: "ATHENS, Tenn. — A McMinn County jury on Friday found an Etowah man guilty of vehicular homicide in a 2023 crash on Interstate 75 that killed a Sweetwater couple. Prosecutors said the man was driving 95 mph when his pickup crossed the median near the Athens exit. The trial, held in the McMinn County Justice Center, lasted four days. The couple's son, who lives in Knoxville, said the family was relieved. Sentencing is set for March. Defense attorneys from Cleveland said they would appeal. The couple had owned a flower shop in Englewood for 30 years, and friends from Madisonville and Athens filled the courtroom each day.",
		gold: { ATHENS: [35.44, -84.59], 'McMinn County': [35.42, -84.62], Etowah: [35.32, -84.52], Sweetwater: [35.6, -84.46], Athens: [35.44, -84.59], Knoxville: [35.96, -83.92], Cleveland: [35.16, -84.88], Englewood: [35.42, -84.49], Madisonville: [35.52, -84.36] }
	},
	{
		genre: 'local',
		text: "JACKSON, Tenn. — West Tennessee Healthcare will close the emergency room at its hospital in Humboldt next month and send patients to Jackson-Madison County General Hospital, about 20 miles south, the system said Thursday. Residents of Humboldt and nearby Milan packed a meeting at the Humboldt Public Library to object. \"If you're having a heart attack, that's 25 minutes you don't have,\" said one man from Bells. The hospital system said the Humboldt ER saw fewer than 15 patients a day. Madison County commissioners have asked for a study of ambulance times. The closure follows similar cuts in Lexington and Brownsville. The system's board meets again in Jackson on Dec. 14.",
		gold: { JACKSON: [35.61, -88.81], Humboldt: [35.82, -88.92], Milan: [35.92, -88.76], Bells: [35.71, -89.09], 'Madison County': [35.61, -88.84], Lexington: [35.65, -88.39], Brownsville: [35.59, -89.26], Jackson: [35.61, -88.81] }
	},
	{
		genre: 'local',
		text: "TROY, N.Y. — Firefighters from Troy, Cohoes and Watervliet battled a fire that tore through a row of brownstones on Second Street early Saturday, displacing 14 people, the Troy Fire Department said. The blaze started in a vacant building near the corner of Second and Washington streets around 3 a.m. and spread to two neighboring houses. No one was seriously hurt. The American Red Cross is helping families at a shelter in Lansingburgh. Rensselaer County officials said the vacant building had been cited for code violations twice this year. Crews from Albany and Schenectady brought ladder trucks. Rensselaer Polytechnic Institute offered rooms to two students who lived in one of the houses. The cause is under investigation.",
		gold: { TROY: [42.73, -73.69], Troy: [42.73, -73.69], Cohoes: [42.77, -73.7], Watervliet: [42.73, -73.7], Lansingburgh: [42.78, -73.67], 'Rensselaer County': [42.71, -73.51], Albany: [42.65, -73.76], Schenectady: [42.81, -73.94] }
	},
	{
		genre: 'local',
		text: "WARREN, Ohio — Police are looking for a man who robbed a bank in the 1200 block of Elm Road NE on Tuesday afternoon, the Warren Police Department said. The man showed a note demanding cash and fled on foot toward Perkins Drive. No weapon was seen. Officers from Howland Township and the Trumbull County Sheriff's Office searched the area with a dog. Last month, banks in Niles and Girard were robbed by a man matching the same description, and the FBI's office in Youngstown is helping. Police asked residents of Cortland and Newton Falls to check their doorbell cameras. Anyone with information can call Warren police at 330-841-2500. The bank reopened Wednesday morning.",
		gold: { WARREN: [41.24, -80.82], Warren: [41.24, -80.82], 'Trumbull County': [41.32, -80.76], Niles: [41.18, -80.77], Girard: [41.15, -80.7], Youngstown: [41.1, -80.65], Cortland: [41.33, -80.73], 'Newton Falls': [41.19, -80.98] }
	},
	{
		genre: 'local',
		text: "CLINTON, Iowa — The Mississippi River crested at 21.4 feet here Wednesday, its highest level since 2019, and city crews kept sandbagging along the riverfront. Across the river in Fulton, Ill., the water covered part of the bike trail and a boat ramp. Clinton County emergency officials said homes north of Camanche were at risk, and a handful of families left voluntarily. U.S. 30 remained open, but the Mississippi River bridge had one lane closed for inspection. In DeWitt, the county seat, officials opened a shelter at the community center. The National Weather Service in Davenport expects the river to fall slowly through the weekend. Farther north, Sabula and Bellevue reported water in low-lying streets.",
		gold: { CLINTON: [41.84, -90.19], Fulton: [41.87, -90.16], 'Clinton County': [41.9, -90.53], Camanche: [41.79, -90.26], DeWitt: [41.82, -90.54], Davenport: [41.52, -90.58], Sabula: [42.07, -90.17], Bellevue: [42.26, -90.42] }
	},
	{
		genre: 'local',
		text: "LEBANON, Tenn. — Wilson County will add two elementary schools in Mt. Juliet and one in Lebanon to keep up with growth, the school board decided Monday night. The county has grown by more than a third since 2010 as families move east from Nashville along Interstate 40. Board members from Watertown said rural schools also need repairs. The schools will cost about $150 million together, and the county commission must still approve borrowing the money. Cumberland University, which sits near the Lebanon square, offered to let the district use a building while construction goes on. Sumner County, to the north, faces the same problem in Gallatin and Hendersonville.",
		gold: { LEBANON: [36.21, -86.29], 'Wilson County': [36.15, -86.3], 'Mt. Juliet': [36.2, -86.52], Lebanon: [36.21, -86.29], Nashville: [36.16, -86.78], Watertown: [36.1, -86.13], 'Sumner County': [36.47, -86.46], Gallatin: [36.39, -86.45], Hendersonville: [36.3, -86.62] }
	},
	{
		genre: 'local',
		text: "LEBANON, Pa. — A Myerstown man was sentenced Tuesday in Lebanon County Court to 10 to 20 years in prison for a string of burglaries in Annville and Palmyra last year. Prosecutors said he stole jewelry and guns from at least 12 homes while the owners were at work. Some of the goods were sold at pawn shops in Reading and Harrisburg. Judge Charles Jones said the man had shown no remorse. North Lebanon Township police, who made the arrest after a neighbor noticed a car circling the block, were praised in court. A second man, from Hershey, is awaiting trial. Route 422 through the county was closed for part of the morning for an unrelated crash near Cleona.",
		gold: { LEBANON: [40.34, -76.41], Myerstown: [40.37, -76.3], 'Lebanon County': [40.37, -76.46], Annville: [40.33, -76.52], Palmyra: [40.31, -76.59], Reading: [40.34, -75.93], Harrisburg: [40.27, -76.88], Hershey: [40.29, -76.65], Cleona: [40.34, -76.48] }
	},
	{
		genre: 'local',
		text: "MARION, Ind. — Grant County officials broke ground Thursday on a $12 million sports complex near the Interstate 69 interchange at Gas City. The complex will have eight baseball and softball fields and is expected to draw youth tournaments from Kokomo, Muncie and Fort Wayne. Hotels in Marion and Gas City have struggled since the closing of a tire plant, and tourism officials said the fields would fill 10,000 room nights a year. Students from Taylor University in Upland helped draw up the plans. Jonesboro's town council agreed to extend a water line. Wabash County, to the north, opened a smaller complex in 2022.",
		gold: { MARION: [40.56, -85.66], 'Grant County': [40.52, -85.65], 'Gas City': [40.49, -85.61], Kokomo: [40.49, -86.13], Muncie: [40.19, -85.39], 'Fort Wayne': [41.08, -85.14], Marion: [40.56, -85.66], Upland: [40.48, -85.49], Jonesboro: [40.48, -85.63], 'Wabash County': [40.85, -85.79] }
	},
	{
		genre: 'local',
		text: "MARION, Ill. — A Herrin woman was killed and two people from Carbondale were hurt in a head-on crash on Illinois 13 near the Crab Orchard Lake causeway on Friday night, Illinois State Police said. The Williamson County coroner identified the woman as a 52-year-old nurse at Heartland Regional Medical Center in Marion. The two injured were taken to a hospital in Carbondale. Troopers said the other driver crossed the center line. Traffic between Marion and Carterville was detoured for three hours. Friends in Johnston City, where the woman grew up, organized a vigil Sunday. Southern Illinois University, where one of the injured is a student, offered counseling.",
		gold: { MARION: [37.73, -88.93], Herrin: [37.8, -89.03], Carbondale: [37.73, -89.22], 'Williamson County': [37.73, -88.93], Marion: [37.73, -88.93], Carterville: [37.76, -89.08], 'Johnston City': [37.82, -88.93] }
	},
	{
		genre: 'local',
		text: "PARIS, Ky. — A horse farm east of Paris will be turned into a 400-home subdivision after the Bourbon County fiscal court approved a zoning change Tuesday, over the objections of neighbors who said the county's rolling pasture land is what draws visitors. Developers from Lexington said the homes are needed as buyers look beyond Fayette County. Residents from Millersburg and North Middletown spoke against the plan for two hours. The project will add traffic to U.S. 68 and U.S. 460, which lead to Cynthiana and Winchester. The county judge-executive said the deal includes $2 million for road work. Opponents said they would take the matter to circuit court.",
		gold: { PARIS: [38.21, -84.25], Paris: [38.21, -84.25], 'Bourbon County': [38.21, -84.22], Lexington: [38.04, -84.5], 'Fayette County': [38.04, -84.46], Millersburg: [38.3, -84.15], 'North Middletown': [38.14, -84.11], Cynthiana: [38.39, -84.29], Winchester: [37.99, -84.18] }
	},
	{
		genre: 'local',
		text: "By Tom Gardner, Staff Writer. Hamilton's quarterback threw for 310 yards and four touchdowns Friday night as the Big Blue beat Middletown 35-14 to stay unbeaten in the Greater Miami Conference. The Middies had cut the lead to a touchdown early in the third quarter before Hamilton scored twice in four minutes. Elsewhere in Butler County, Fairfield beat Lakota East 21-17 on a last-second field goal in Liberty Township, and Talawanda, from Oxford, lost at home to Edgewood of Trenton. Hamilton plays at Princeton next week, with the winner likely to host a first-round playoff game. The Big Blue last won a conference title in 1994, when the team still played at Virgil Schwarm Stadium.",
		gold: { Hamilton: [39.4, -84.56], Middletown: [39.51, -84.4], 'Butler County': [39.44, -84.58], Fairfield: [39.35, -84.56], 'Liberty Township': [39.39, -84.41], Oxford: [39.51, -84.75], Trenton: [39.48, -84.46] }
	},
	{
		genre: 'local',
		text: "A Whitehall man was sentenced Monday to 18 years in prison for a 2023 shooting outside a bar on East Main Street that left a Reynoldsburg man paralyzed. Judge Karen Phipps of Franklin County Common Pleas Court said the man had fired into a crowd after being thrown out. The victim, who spoke from a wheelchair, said he had been a welder in Grove City. Prosecutors said witnesses from Hilliard and Westerville helped identify the shooter. Columbus police made the arrest two weeks later at an apartment near Livingston Avenue. The Ohio Public Defender's office said it would appeal. The bar has since closed, and the city has sued its owners.",
		gold: { Whitehall: [39.97, -82.89], Reynoldsburg: [39.95, -82.81], 'Franklin County': [39.97, -83.01], 'Grove City': [39.88, -83.09], Hilliard: [40.03, -83.16], Westerville: [40.13, -82.93], Columbus: [39.96, -83.0], Ohio: [40.3, -82.8] }
	},
	{
		genre: 'local',
		text: "JACKSON, Miss. (AP) — Much of Mississippi's capital city was under a boil-water notice again Monday after a main broke near the O.B. Curtis water plant, the third such break this year. Schools in Jackson moved to online classes, and several restaurants downtown closed. Hinds County officials handed out bottled water at sites in Byram and south Jackson. Suburbs including Pearl, Ridgeland, Madison and Clinton, which run their own water systems, were not affected. Lawmakers at the Capitol debated whether the state should take over the system. The Pearl River was running high after a week of rain, and officials in Vicksburg said they were sending a water tanker.",
		gold: { JACKSON: [32.3, -90.18], Mississippi: [32.7, -89.7], Jackson: [32.3, -90.18], 'Hinds County': [32.27, -90.44], Byram: [32.18, -90.25], Pearl: [32.27, -90.13], Ridgeland: [32.43, -90.13], Madison: [32.46, -90.12], Clinton: [32.34, -90.32], Vicksburg: [32.35, -90.88] }
	},
	{
		genre: 'local',
		text: "SPRINGFIELD, Mass. — A fire at a three-family home on Hancock Street in the Old Hill neighborhood left eight people homeless early Sunday, the Springfield Fire Department said. Crews from Chicopee and West Springfield were called to cover the city's stations while the fire was fought. The Hampden County district attorney's office said the fire was accidental, started by a space heater. Residents were placed at a hotel in Holyoke by the Red Cross. Separately, state police closed part of Interstate 91 near the Longmeadow line for an hour after a tractor-trailer jackknifed, snarling traffic to Hartford. Agawam and Westfield police helped reroute drivers.",
		gold: { SPRINGFIELD: [42.1, -72.59], Springfield: [42.1, -72.59], Chicopee: [42.15, -72.61], 'West Springfield': [42.11, -72.62], 'Hampden County': [42.14, -72.63], Holyoke: [42.2, -72.62], Longmeadow: [42.05, -72.58], Hartford: [41.76, -72.68], Agawam: [42.07, -72.61], Westfield: [42.13, -72.75] }
	},
	{
		genre: 'local',
		text: "WARREN, Mich. — The city council voted Tuesday to spend $6 million rebuilding 12 Mile Road between Van Dyke and Mound, one of the busiest stretches in Macomb County. Drivers from Sterling Heights and Center Line use the road to reach the General Motors Technical Center, where 20,000 people work. Residents of Roseville and Eastpointe complained that detours during a similar project in 2021 sent trucks through their neighborhoods. Construction will start in April and last until November. Detroit, which borders Warren to the south, plans its own work on 8 Mile at the same time, and officials said the two cities would coordinate.",
		gold: { WARREN: [42.49, -83.01], 'Macomb County': [42.67, -82.91], 'Sterling Heights': [42.58, -83.03], 'Center Line': [42.49, -83.03], Roseville: [42.5, -82.94], Eastpointe: [42.47, -82.96], Detroit: [42.33, -83.05], Warren: [42.49, -83.01] }
	},
	{
		genre: 'local',
		text: "Lake-effect snow buried parts of northwestern Pennsylvania and western New York on Sunday, with 30 inches reported near Corry and 22 inches in Jamestown, N.Y. Interstate 86 was closed between Jamestown and Olean for most of the day. In Erie, Pa., crews worked through the night, and the city banned parking on snow routes. Warren, Pa., and Bradford reported up to a foot. Schools in Meadville and Titusville will open two hours late Monday. The National Weather Service in Buffalo said another band of snow would set up off Lake Erie on Monday night. In Cleveland, to the west, only a dusting fell.",
		gold: { Corry: [41.92, -79.64], Jamestown: [42.1, -79.24], Olean: [42.08, -78.43], Erie: [42.13, -80.09], Warren: [41.84, -79.15], Bradford: [41.96, -78.64], Meadville: [41.64, -80.15], Titusville: [41.63, -79.67], Buffalo: [42.89, -78.88], Cleveland: [41.5, -81.69] }
	},
	{
		genre: 'local',
		text: "Margaret Ann \"Peggy\" Collins, 91, of Watkinsville, died Nov. 28 at St. Mary's Hospital in Athens. She was born in Rome, Ga., the daughter of the late William and Edna Tate, and grew up in Macon, where she graduated from Wesleyan College. She taught fourth grade in Oconee County for 32 years. Survivors include a son, David Collins of Augusta; a daughter, Susan Price of Columbia, S.C.; a brother, Frank Tate of Albany, Ga.; and seven grandchildren. A funeral will be held at 2 p.m. Saturday at Watkinsville First Baptist Church, 50 Third St. Burial will be in Oconee Memorial Park. The family asks that gifts be made to the Oconee County Library.",
		gold: { Watkinsville: [33.86, -83.41], Athens: [33.96, -83.38], Rome: [34.26, -85.16], Macon: [32.84, -83.63], 'Oconee County': [33.83, -83.44], Augusta: [33.47, -81.97], Columbia: [34.0, -81.03], Albany: [31.58, -84.16] }
	},
	{
		genre: 'local',
		text: "MADISON, Ind. — A Hollywood producer plans to film a movie in the historic downtown next summer, and city officials are asking residents to rent out spare rooms to the crew. The film, a drama set in the 1950s, needs the riverfront and Main Street storefronts, a spokeswoman said. Jefferson County tourism officials estimate the shoot will bring $3 million to the area. Hanover College students will be hired as extras. Hotels in Madison are already booked for the regatta, so some crew members will stay in Louisville, Ky., and Cincinnati. It is the first feature filmed here since \"Some Came Running\" in 1958. The Ohio River bridge to Milton, Ky., will close for two days of filming.",
		gold: { MADISON: [38.74, -85.38], Hollywood: [34.1, -118.33], 'Jefferson County': [38.78, -85.44], Hanover: [38.71, -85.47], Madison: [38.74, -85.38], Louisville: [38.25, -85.76], Cincinnati: [39.1, -84.51], Milton: [38.72, -85.37] }
	},
	{
		genre: 'local',
		text: "BUTLER, Pa. — Butler Township supervisors approved a 120-home development off Route 8 on Wednesday after a two-hour hearing. Residents said Route 8 is already jammed from Butler to Gibsonia at rush hour. The developer, from Cranberry Township, agreed to pay for a turning lane. Elsewhere in Butler County, Zelienople borough council raised water rates by 8 percent, and the Mars Area School District said it would ask voters in Adams Township for a tax increase to build a new middle school. Slippery Rock University said enrollment had risen for the first time in five years. Saxonburg and Evans City will hold their holiday parades Saturday. Commuters to Pittsburgh were warned of lane closures on Interstate 79.",
		gold: { BUTLER: [40.86, -79.9], Butler: [40.86, -79.9], Gibsonia: [40.63, -79.97], 'Cranberry Township': [40.68, -80.11], 'Butler County': [40.91, -79.91], Zelienople: [40.79, -80.14], Saxonburg: [40.75, -79.81], 'Evans City': [40.77, -80.06], Pittsburgh: [40.44, -80.0] }
	},
	{
		genre: 'local',
		text: "The Washington Local Schools board voted Monday to put a 4.9-mill levy on the May ballot, the first new money the district has sought in a decade. The district, which serves about 6,500 students in west Toledo and parts of Lucas County, has cut 40 teaching jobs since 2019. Board members said class sizes at Whitmer High School had grown to more than 30. Neighboring Sylvania and Ottawa Hills passed levies last year. If the levy fails, the district will cut busing for high school students, the treasurer said. Parents from Maumee and Perrysburg, whose children attend Whitmer's career center, urged the board to keep the program. A forum will be held at the high school on Jan. 9.",
		gold: { Toledo: [41.66, -83.56], 'Lucas County': [41.62, -83.65], Sylvania: [41.72, -83.71], 'Ottawa Hills': [41.66, -83.64], Maumee: [41.56, -83.65], Perrysburg: [41.56, -83.63] }
	},
	{
		genre: 'local',
		text: "GREENVILLE, S.C. — A two-alarm fire gutted a textile mill that was being turned into apartments near the Reedy River on Thursday, sending a plume of smoke that could be seen from Interstate 85. Greenville County fire crews from Mauldin, Simpsonville and Travelers Rest helped city firefighters. The developer, based in Spartanburg, said the building was insured and would be rebuilt. Greenville has seen a wave of mill conversions downtown and along the Swamp Rabbit Trail. Officials in Easley and Anderson said they would review fire rules for similar projects. The State Law Enforcement Division is investigating.",
		gold: { GREENVILLE: [34.85, -82.4], 'Greenville County': [34.89, -82.37], Mauldin: [34.78, -82.31], Simpsonville: [34.74, -82.25], 'Travelers Rest': [34.97, -82.44], Spartanburg: [34.95, -81.93], Greenville: [34.85, -82.4], Easley: [34.83, -82.6], Anderson: [34.5, -82.65] }
	},
	{
		genre: 'local',
		text: "LEXINGTON, Va. — Rockbridge County supervisors and the Lexington City Council will meet jointly next week to discuss sharing a new emergency dispatch center, officials said. Calls from Buena Vista are now routed through a separate center, which officials say causes delays when crews from the county respond. Students at Washington and Lee University and the Virginia Military Institute make up about half of the city's population during the school year. The center would sit near Interstate 81 at the Natural Bridge exit. Officials in Staunton and Roanoke, who run regional centers, have offered advice.",
		gold: { LEXINGTON: [37.78, -79.44], 'Rockbridge County': [37.81, -79.45], Lexington: [37.78, -79.44], 'Buena Vista': [37.73, -79.35], 'Natural Bridge': [37.63, -79.54], Staunton: [38.15, -79.07], Roanoke: [37.27, -79.94] }
	},
	{
		genre: 'local',
		text: "RICHMOND, Ind. — Two people from Dayton were killed and three were injured in a chain-reaction crash on Interstate 70 near the Centerville exit on Sunday morning, the Wayne County Sheriff's Office said. Fog had cut visibility to less than 100 feet. The injured were taken to Reid Health in Richmond and to a hospital in Dayton. Eastbound lanes were closed for six hours, and traffic was sent through Cambridge City and along U.S. 40 into Ohio. State police from the Pendleton post and deputies from Preble County, Ohio, helped at the scene. A driver from New Castle said the fog \"came in like a wall.\" Troopers in Eaton, Ohio, also reported crashes.",
		gold: { RICHMOND: [39.83, -84.89], Dayton: [39.76, -84.19], Centerville: [39.82, -84.99], 'Wayne County': [39.86, -85.01], Richmond: [39.83, -84.89], 'Cambridge City': [39.81, -85.17], Ohio: [40.3, -82.8], Pendleton: [40.0, -85.75], 'Preble County': [39.74, -84.65], 'New Castle': [39.93, -85.37], Eaton: [39.74, -84.64] }
	}
];

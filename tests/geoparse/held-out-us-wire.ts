// US local news in the forms of real local papers and AP state wires, written for session 25 (none copied
// from anywhere) and scored BEFORE any change was tuned on them: `node --import tsx
// tests/bench/genre-accuracy.ts --held-out-us-wire`. Datelines with AP state abbreviations ("AURORA, Colo.
// (AP) —", "CAIRO, Ill."), and stories with no dateline that name the county and the towns around; crime and
// courts, county commissions, city councils and school boards, storms with county lists and regions ("the
// Florida Panhandle", "the Upstate", "the Front Range", "the Tri-State area"), high-school sports, obituaries
// ("Born in Marion, Iowa, she moved to Clinton"), road works ("Interstate 70 near Cambridge", "U.S. 40",
// "State Route 209"), townships and boroughs, sheriff's offices, people and teams with place names ("Jordan
// Austin", "the Dallas Cowboys", "Paris Junior College"), and towns named like big places elsewhere (Aurora,
// Savannah, Columbia, Cairo, Moscow, Lebanon, Paris, Athens, Florence, Portland, London, Berlin, Rome, Milan,
// Versailles, Troy, Marion, Clinton). Gold points come from the gazetteer's own data (`gazette lookup NAME
// --country US`, the entry in the state the text means); names with no entry are not counted.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_WIRE: GenreText[] = [
	{
		genre: 'local',
		text: "AURORA, Colo. (AP) — A 19-year-old man was arrested Sunday in the shooting death of a teenager outside a recreation center, Aurora police said. Officers found the victim in a parking lot off East Colfax Avenue shortly after 11 p.m. The suspect was taken into custody at an apartment in Centennial with help from the Arapahoe County Sheriff's Office. Police Chief Art Acevedo said the two had argued earlier at a party in Denver. The teen was a junior at Rangeview High School. Grief counselors will be at the school Monday, a spokeswoman for the Cherry Creek School District said. It was the city's third homicide involving a teenager this year, and the second near the Interstate 225 corridor.",
		gold: { AURORA: [39.73, -104.83], Aurora: [39.73, -104.83], Centennial: [39.58, -104.88], 'Arapahoe County': [39.66, -104.73], Denver: [39.74, -104.98] }
	},
	{
		genre: 'local',
		text: "Savannah police arrested a Pooler man Tuesday in connection with a string of car break-ins at downtown hotels, officials said. Detectives say the man, 27, took laptops and handbags from at least 14 vehicles parked along Bay Street and near Forsyth Park over three weeks. He was booked into the Chatham County jail. Investigators believe some of the items were sold at a pawn shop in Richmond Hill and others were listed online from an address in Garden City. Tourism officials have urged visitors to leave nothing in their cars, especially during the St. Patrick's Day crowds.",
		gold: { Savannah: [32.08, -81.1], Pooler: [32.12, -81.25], 'Chatham County': [31.96, -81.09], 'Richmond Hill': [31.94, -81.3], 'Garden City': [32.11, -81.15] }
	},
	{
		genre: 'local',
		text: "COLUMBIA, Mo. — The Boone County Commission on Thursday approved a $9 million plan to add lanes to Route K south of the city, where traffic has doubled since new subdivisions opened. Residents of Ashland and Hartsburg told commissioners that the road floods every spring near the Missouri River. Work could begin next year. The county is also negotiating with Jefferson City and Cole County to share the cost of a bridge study. Commissioners said they expect the state to pay for repairs to the Interstate 70 interchange at Stadium Boulevard, used by fans heading to University of Missouri games.",
		gold: { COLUMBIA: [38.95, -92.33], 'Boone County': [38.92, -92.31], Ashland: [38.77, -92.26], Hartsburg: [38.72, -92.29], 'Jefferson City': [38.58, -92.17], 'Cole County': [38.5, -92.21] }
	},
	{
		genre: 'local',
		text: "A Clinton woman accused of embezzling more than $200,000 from a church where she kept the books pleaded guilty Wednesday in Hinds County Circuit Court. Prosecutors said she wrote checks to herself over six years and used the money for trips to Biloxi and Memphis. She faces up to 20 years when she is sentenced in March. The church, on Northside Drive in Jackson, discovered the thefts when an accountant from Ridgeland reviewed its books. Her lawyer said she has begun repaying the money. A second case, involving a former employee of the Madison County school district, is set for trial in Canton next month.",
		gold: { Clinton: [32.34, -90.32], 'Hinds County': [32.33, -90.41], Biloxi: [30.4, -88.89], Memphis: [35.15, -90.05], Jackson: [32.3, -90.18], Ridgeland: [32.43, -90.13], 'Madison County': [32.59, -90.09], Canton: [32.61, -90.04] }
	},
	{
		genre: 'local',
		text: "CAIRO, Ill. (AP) — The last grocery store in this river town at the southern tip of Illinois will close at the end of the month, leaving the town's 1,700 residents a 30-minute drive from fresh food. The owner said sales have fallen every year since the housing project on the north side was torn down. Alexander County officials said they are talking with a nonprofit about a cooperative store. Residents now shop in Cape Girardeau, Mo., across the Mississippi, or in Paducah, Ky. The Rev. Larry Potts said older people in Cairo and neighboring Mound City often have no car. \"We're surrounded by water and farm fields,\" he said.",
		gold: { CAIRO: [37.01, -89.18], Illinois: [40.63, -89.4], 'Alexander County': [37.14, -89.3], 'Cape Girardeau': [37.31, -89.52], Paducah: [37.08, -88.6], Cairo: [37.01, -89.18], 'Mound City': [37.09, -89.16] }
	},
	{
		genre: 'local',
		text: "MOSCOW, Idaho — The Moscow City Council voted Monday night to buy six acres near the Paradise Path for a new fire station, the first the city has built since 1976. The University of Idaho's growth has pushed houses east of Mountain View Road, and response times there now exceed eight minutes. Latah County will pay part of the cost because the station will also cover rural homes toward Troy and Genesee. Fire Chief Brian Nickerson said crews sometimes wait for help from Pullman, eight miles west across the Washington line. Construction could start in 2028.",
		gold: { MOSCOW: [46.73, -117], Moscow: [46.73, -117], 'Latah County': [46.88, -116.69], Troy: [46.74, -116.77], Genesee: [46.55, -116.93], Pullman: [46.73, -117.18], Washington: [47.75, -120.74] }
	},
	{
		genre: 'local',
		text: "PANAMA CITY, Fla. (AP) — Thousands of people in the Florida Panhandle were without power Wednesday after a line of storms brought winds of up to 70 mph and at least two tornadoes. The National Weather Service in Tallahassee issued warnings for Bay, Gulf, Franklin and Walton counties. A tornado damaged roofs in Mexico Beach, which is still rebuilding from Hurricane Michael, and another crossed U.S. 98 near Port St. Joe. In Apalachicola, oystermen tied up their boats. Destin and Fort Walton Beach reported downed trees. Schools in Bay County will open two hours late Thursday.",
		gold: { 'PANAMA CITY': [30.16, -85.66], Tallahassee: [30.44, -84.28], 'Mexico Beach': [29.95, -85.42], 'Port St. Joe': [29.81, -85.3], Apalachicola: [29.73, -84.99], Destin: [30.39, -86.5], 'Fort Walton Beach': [30.42, -86.62], 'Bay County': [30.26, -85.65] }
	},
	{
		genre: 'local',
		text: "SPRINGFIELD, Ohio — Jordan Austin scored 27 points and grabbed 11 rebounds as Springfield held off Lebanon 61-57 on Friday night to stay unbeaten in the Greater Western Ohio Conference. Austin, a senior, hit four free throws in the final 30 seconds. The Wildcats trailed by nine at the half before their press forced a string of turnovers. Lebanon's Troy Hamilton led the Warriors with 18. Springfield plays at Centerville on Tuesday and hosts Troy next weekend. In other games, Tecumseh beat Greenon 50-44 and Northeastern won at Kenton Ridge. The Clark County tournament begins Dec. 28 at Wittenberg University.",
		gold: { SPRINGFIELD: [39.92, -83.81], Springfield: [39.92, -83.81], Lebanon: [39.44, -84.2], Centerville: [39.63, -84.16], Troy: [40.04, -84.2], 'Clark County': [39.87, -83.81] }
	},
	{
		genre: 'local',
		text: "Florence \"Flo\" Marie Dunbar, 88, of Clinton, passed away peacefully Thursday at Mercy Medical Center. Born in Marion, Iowa, she moved to Clinton in 1956 after marrying Walter Dunbar, who worked at the paper mill on the river. She taught second grade at Jefferson Elementary for 31 years. Flo loved her garden, the Clinton LumberKings and trips to Galena, Ill. Survivors include a son, Mark, of Davenport; a daughter, Paris (Jim) Holt, of Dallas; and seven grandchildren. Visitation will be 4-7 p.m. Monday at Pape Funeral Home in Camanche. Burial in Springdale Cemetery. Memorials to the Clinton County Historical Society.",
		gold: { Clinton: [41.84, -90.19], Marion: [42.03, -91.6], Iowa: [41.88, -93.1], Galena: [42.42, -90.43], Davenport: [41.52, -90.58], Dallas: [32.78, -96.81], Camanche: [41.79, -90.26], 'Clinton County': [41.84, -90.47] }
	},
	{
		genre: 'local',
		text: "Drivers should expect delays on Interstate 70 near Cambridge for the next two months as crews replace the bridge deck over Wills Creek, the Ohio Department of Transportation said. One lane in each direction will stay open. Work on U.S. 40 through Old Washington and on State Route 209 in Byesville will begin in April. Guernsey County engineer Paul Sherry said trucks heading to Zanesville and Columbus should use the detour on State Route 22. The project costs $14 million and is the largest in the county since the Interstate 77 interchange was rebuilt.",
		gold: { Cambridge: [40.03, -81.59], 'Old Washington': [40.04, -81.45], Byesville: [39.97, -81.54], 'Guernsey County': [40.02, -81.52], Zanesville: [39.94, -82.01], Columbus: [39.96, -83] }
	},
	{
		genre: 'local',
		text: "FRANKLIN, Tenn. — The Williamson County Board of Education voted Tuesday to redraw attendance lines for three high schools, moving about 600 students from crowded Franklin and Brentwood schools to a new one in Thompson's Station. Parents from Spring Hill packed the meeting at the central office on Columbia Avenue. Some said their children would now ride the bus an hour each way. The district expects to add 2,000 students in five years as families move south from Nashville. Board members also approved a calendar that starts school Aug. 3. Neighboring Maury County, whose seat is Columbia, is building two schools.",
		gold: { FRANKLIN: [35.93, -86.87], 'Williamson County': [35.88, -86.86], Franklin: [35.93, -86.87], Brentwood: [36.03, -86.78], "Thompson's Station": [35.8, -86.91], 'Spring Hill': [35.75, -86.93], Nashville: [36.17, -86.78], 'Maury County': [35.56, -87.08], Columbia: [35.62, -87.04] }
	},
	{
		genre: 'local',
		text: "GREENVILLE, S.C. (AP) — Heavy rain flooded roads across the Upstate on Saturday, stranding drivers in Greenville, Spartanburg and Anderson and closing part of Interstate 85 near Greer. Firefighters rescued two people from a car in the Reedy River near Falls Park. In Pickens County, a mudslide blocked U.S. 178 north of Pickens. Forecasters said 5 inches fell in six hours at the airport. Duke Energy said 20,000 customers lost power, most of them in Simpsonville and Easley. Clemson University postponed its spring game.",
		gold: { GREENVILLE: [34.85, -82.39], Greenville: [34.85, -82.39], Spartanburg: [34.95, -81.93], Anderson: [34.5, -82.65], Greer: [34.94, -82.23], 'Pickens County': [34.89, -82.75], Pickens: [34.88, -82.71], Simpsonville: [34.74, -82.25], Easley: [34.83, -82.6] }
	},
	{
		genre: 'local',
		text: "Deputies with the Grant County Sheriff's Office arrested a Gas City man after a chase that ended in a cornfield near Jonesboro early Sunday. The chase began on State Road 9 in Marion when a deputy tried to stop a car with no license plate. It reached speeds of 100 mph on Interstate 69 before the driver left the road near the Fairmount exit. He faces charges of resisting law enforcement and drunken driving. A passenger from Hartford City was not charged. The car had been reported stolen in Kokomo.",
		gold: { 'Grant County': [40.51, -85.67], 'Gas City': [40.49, -85.61], Jonesboro: [40.48, -85.63], Marion: [40.56, -85.66], Fairmount: [40.42, -85.65], 'Hartford City': [40.45, -85.37], Kokomo: [40.49, -86.13] }
	},
	{
		genre: 'local',
		text: "AURORA, Ill. — Kane County officials want to turn a closed quarry on the city's far east side into a park, and the Aurora City Council is expected to vote on the plan Tuesday. The quarry, near the Fox River and the border with Naperville, has been fenced off since 2009. Residents of North Aurora and Montgomery have asked that the park include a trail linking to the Fox River Trail, which runs north through Batavia and Geneva to Elgin. Oswego village trustees said they would help pay for a parking lot. The county forest preserve district would run the park.",
		gold: { AURORA: [41.76, -88.32], 'Kane County': [42, -88.4], Aurora: [41.76, -88.32], Naperville: [41.79, -88.15], 'North Aurora': [41.81, -88.33], Montgomery: [41.73, -88.35], Batavia: [41.85, -88.31], Geneva: [41.89, -88.31], Elgin: [42.04, -88.28], Oswego: [41.68, -88.35] }
	},
	{
		genre: 'local',
		text: "FLORENCE, Ala. — A Lauderdale County jury on Thursday convicted a Killen man of murder in the 2023 death of his neighbor, whose body was found in a creek near the Tennessee line. The trial lasted four days at the courthouse in Florence. Prosecutors said the two men had fought over a fence. The defendant's lawyer, from Huntsville, said he would appeal. Investigators from the Muscle Shoals and Sheffield police departments testified about phone records. Sentencing is set for March 12. The victim's family, who drove in from Tuscumbia and Athens each day, hugged after the verdict.",
		gold: { FLORENCE: [34.8, -87.68], 'Lauderdale County': [34.86, -87.68], Killen: [34.86, -87.54], Florence: [34.8, -87.68], Huntsville: [34.73, -86.59], 'Muscle Shoals': [34.74, -87.67], Sheffield: [34.77, -87.7], Tuscumbia: [34.73, -87.7], Athens: [34.8, -86.97] }
	},
	{
		genre: 'local',
		text: "INDIANA, Pa. — Indiana Borough Council agreed Tuesday to lease the old fire hall on Philadelphia Street to a group that plans to open a children's museum. The building has been empty since the department moved to a new station near Indiana University of Pennsylvania in 2021. Indiana County commissioners pledged $150,000. Supporters from Homer City, Blairsville and Punxsutawney spoke in favor. The museum hopes to open by fall and draw families from as far as Johnstown and Pittsburgh. White Township supervisors will be asked to help with a parking lot.",
		gold: { INDIANA: [40.62, -79.15], 'Indiana County': [40.54, -79.15], 'Homer City': [40.54, -79.16], Blairsville: [40.43, -79.26], Punxsutawney: [40.94, -78.97], Johnstown: [40.33, -78.92], Pittsburgh: [40.44, -80] }
	},
	{
		genre: 'local',
		text: "MOUNT CLEMENS, Mich. — The Macomb County Board of Commissioners on Thursday approved a $40 million plan to fix the sewer line that collapsed beneath 15 Mile Road in Sterling Heights, creating a sinkhole that swallowed three cars. Officials in Clinton Township, Fraser and Warren said their residents would pay higher sewer rates for a decade. Commissioner Joe Sabatini said the line, built in the 1970s, serves 500,000 people. Repairs are expected to last through next summer. Detroit's water department has offered to lend equipment.",
		gold: { 'MOUNT CLEMENS': [42.6, -82.88], 'Macomb County': [42.66, -82.86], 'Sterling Heights': [42.58, -83.03], 'Clinton Township': [42.59, -82.92], Fraser: [42.54, -82.95], Warren: [42.49, -83.01], Detroit: [42.33, -83.05] }
	},
	{
		genre: 'local',
		text: "FRISCO, Texas — The Dallas Cowboys opened their rookie minicamp Friday at The Star, and coach Brian Schottenheimer said he liked what he saw from Austin Reed, a cornerback from Paris Junior College. Reed grew up in Paris, about 100 miles northeast of here, and played high school football in Clarksville. Linebacker Jordan Hicks, signed from Houston, sat out with a sore hamstring. The team leaves for training camp in Oxnard, Calif., in July. Tickets for the preseason game at AT&T Stadium in Arlington go on sale Monday.",
		gold: { FRISCO: [33.15, -96.82], Paris: [33.66, -95.56], Clarksville: [33.61, -95.05], Oxnard: [34.2, -119.18], Arlington: [32.74, -97.11] }
	},
	{
		genre: 'local',
		text: "A Lebanon man was sentenced Monday to 12 years in prison for a crash that killed a Mount Juliet couple on Interstate 40, the Wilson County district attorney said. Prosecutors said he had been drinking at a bar in Nashville before driving east the wrong way for six miles. The couple were on their way home from a church event in Watertown. The judge said the man had two earlier drunken driving arrests, one in Murfreesboro and one in Cookeville. Relatives of the victims asked lawmakers to require ignition locks after a first offense.",
		gold: { Lebanon: [36.21, -86.29], 'Mount Juliet': [36.2, -86.52], 'Wilson County': [36.2, -86.32], Nashville: [36.17, -86.78], Watertown: [36.1, -86.13], Murfreesboro: [35.85, -86.39], Cookeville: [36.16, -85.5] }
	},
	{
		genre: 'local',
		text: "The Jackson-Madison County School Board voted 6-3 Thursday night to close Bemis Elementary at the end of the year and send its students to schools in Jackson. Parents from Medina and Milan, who have children at nearby schools, said they fear their schools are next. The district has lost 1,500 students in a decade. Some families have moved to Gibson County, which opened a new high school in Humboldt. Superintendent Marlon King said the building could become a community center. A public hearing will be held at the Lane College gym.",
		gold: { Jackson: [35.61, -88.81], Medina: [35.8, -88.77], Milan: [35.92, -88.76], 'Gibson County': [36, -88.96], Humboldt: [35.82, -88.92] }
	},
	{
		genre: 'local',
		text: "COLUMBIA, S.C. — Richland County deputies are looking for a man who robbed a convenience store in the Five Points neighborhood early Wednesday, the sheriff's department said. He fled on foot toward Devine Street. A similar robbery happened Monday at a gas station in Cayce, across the Congaree River, and police in West Columbia are comparing video. Lexington County Sheriff Jay Koon said the suspect may have a car in Irmo or Forest Acres. Anyone with information is asked to call Crimestoppers.",
		gold: { COLUMBIA: [34, -81.03], 'Richland County': [34.02, -80.93], Cayce: [33.97, -81.07], 'West Columbia': [33.99, -81.07], 'Lexington County': [33.92, -81.23], Irmo: [34.09, -81.18], 'Forest Acres': [34.02, -80.99] }
	},
	{
		genre: 'local',
		text: "Snow and ice will spread across the Front Range on Tuesday night, the National Weather Service in Boulder said, with 6 to 10 inches expected in Fort Collins, Loveland and Longmont and up to a foot on Monument Hill. Interstate 25 could close between Castle Rock and Colorado Springs. Larimer and Weld counties opened warming shelters, and Greeley schools will be closed Wednesday. Denver International Airport said travelers should check their flights. Temperatures in Denver are expected to fall to 5 degrees by Thursday morning.",
		gold: { Boulder: [40.01, -105.27], 'Fort Collins': [40.59, -105.08], Loveland: [40.4, -105.07], Longmont: [40.17, -105.1], 'Castle Rock': [39.37, -104.86], 'Colorado Springs': [38.83, -104.82], Greeley: [40.42, -104.71], Denver: [39.74, -104.98] }
	},
	{
		genre: 'local',
		text: "EVANSVILLE, Ind. (AP) — Flooding along the Ohio River forced dozens of families from their homes across the Tri-State area this week. The river is expected to crest Sunday at 47 feet here, nine feet above flood stage. In Henderson, Ky., crews stacked sandbags around the water plant, and the ferry at Mount Vernon stopped running. Vanderburgh County commissioners declared an emergency. Shawneetown, Ill., and Uniontown, Ky., were cut off by high water. Forecasters said more rain is expected in Owensboro and Newburgh on Tuesday.",
		gold: { EVANSVILLE: [37.97, -87.56], Henderson: [37.84, -87.59], 'Mount Vernon': [37.93, -87.9], 'Vanderburgh County': [38, -87.58], Shawneetown: [37.71, -88.19], Uniontown: [37.78, -87.93], Owensboro: [37.77, -87.11], Newburgh: [37.94, -87.41] }
	},
	{
		genre: 'local',
		text: "Mary Lou (Hendricks) Baker, 79, of Greenville, died Dec. 1 at Vidant Medical Center. Born in Athens, Ga., she moved to Greenville in 1968 when her husband, the late Dr. Thomas Baker, joined the faculty at East Carolina University. She was a longtime member of Jarvis Memorial United Methodist Church and volunteered with the Pitt County literacy council. She is survived by a daughter, Savannah Baker Owens, of Washington; a son, Thomas Jr., of Raleigh; and a brother in Macon, Ga. A service will be held at 2 p.m. Saturday at Wilkerson Funeral Home, with burial in Pinewood Memorial Park. In lieu of flowers, the family suggests gifts to the Greenville Humane Society.",
		gold: { Greenville: [35.61, -77.37], Athens: [33.96, -83.38], 'Pitt County': [35.59, -77.34], Washington: [35.55, -77.05], Raleigh: [35.77, -78.64], Macon: [32.84, -83.63] }
	},
	{
		genre: 'local',
		text: "JACKSON, Wyo. — Teton County commissioners have asked the state to lower the speed limit on Wyoming 22 after a moose was struck for the fourth time this year near Wilson. Traffic from Idaho commuters who live in Victor and Driggs has tripled in a decade, officials said. The road climbs over Teton Pass, which closed twice last winter because of avalanches. The town of Jackson has also asked for a bus lane. Commissioners said they had heard from residents of Alta and Kelly, who worry that drivers are using their roads as detours.",
		gold: { JACKSON: [43.48, -110.76], 'Teton County': [44.03, -110.46], Wilson: [43.5, -110.88], Idaho: [44.07, -114.74], Victor: [43.6, -111.11], Driggs: [43.72, -111.11], Jackson: [43.48, -110.76], Alta: [43.89, -110.95], Kelly: [43.61, -110.54] }
	},
	{
		genre: 'local',
		text: "LONDON, Ky. — A Laurel County grand jury indicted a London man Friday on charges that he sold fentanyl that killed two people in Corbin last spring. Sheriff John Root said the case was built with help from police in Manchester and Barbourville. The man was arrested at a motel off Interstate 75. Prosecutors said the drugs came from Dayton, Ohio, and Atlanta. He is being held in the Laurel County Detention Center on a $500,000 bond.",
		gold: { LONDON: [37.13, -84.08], 'Laurel County': [37.08, -84.13], London: [37.13, -84.08], Corbin: [36.95, -84.1], Manchester: [37.15, -83.76], Barbourville: [36.87, -83.89], Dayton: [39.76, -84.19], Ohio: [40.42, -82.91], Atlanta: [33.75, -84.39] }
	},
	{
		genre: 'local',
		text: "VERSAILLES, Ky. — The Woodford County Fiscal Court approved a zoning change Tuesday that allows a distillery to build warehouses on a horse farm off U.S. 60 between Versailles and Frankfort. Neighbors from Midway said the black mold that grows on whiskey warehouses would stain their homes. The company, based in Louisville, says it will hire 40 people. Lexington officials are watching the case because similar plans have been filed in Fayette County. Opponents said they may sue.",
		gold: { VERSAILLES: [38.05, -84.73], 'Woodford County': [38.04, -84.76], Versailles: [38.05, -84.73], Frankfort: [38.2, -84.87], Midway: [38.15, -84.68], Louisville: [38.25, -85.76], Lexington: [37.99, -84.48], 'Fayette County': [38, -84.42] }
	},
	{
		genre: 'local',
		text: "The Troy Board of Education on Monday named a new principal for Athens High School, which has had three leaders in four years. Dr. Kimberly Ross comes from Rochester Adams High School and previously taught in Royal Oak and Birmingham. Troy, the largest district in Oakland County, has about 12,000 students. Parents at the meeting asked the board to address crowding at Boulan Park Middle School. The board also approved a bus contract with a company in Madison Heights.",
		gold: { Troy: [42.61, -83.15], 'Oakland County': [42.7, -83.46], 'Royal Oak': [42.49, -83.14], Birmingham: [42.55, -83.21], 'Madison Heights': [42.49, -83.11] }
	},
	{
		genre: 'local',
		text: "PORTLAND, Maine (AP) — A nor'easter dumped more than a foot of snow across southern Maine on Sunday, closing schools in Portland, South Portland and Westbrook and knocking out power to 80,000 customers. Central Maine Power said most outages were in York and Cumberland counties. In Scarborough, a plow truck slid off Route 1. The Maine Turnpike lowered its speed limit to 45 mph from Kittery to Augusta. Forecasters said Lewiston and Brunswick could see another 4 inches Monday.",
		gold: { PORTLAND: [43.66, -70.26], Maine: [45.25, -69.45], Portland: [43.66, -70.26], 'South Portland': [43.64, -70.24], Westbrook: [43.68, -70.37], Scarborough: [43.58, -70.32], Kittery: [43.09, -70.74], Augusta: [44.31, -69.78], Lewiston: [44.1, -70.21], Brunswick: [43.91, -69.97] }
	},
	{
		genre: 'local',
		text: "MIDLAND, Texas — Oil companies in the Permian Basin are hiring again, and the city of Midland says it cannot find enough teachers, nurses or police officers. Odessa and Big Spring are seeing the same thing, said Mayor Lori Blong. Rents in Midland County have risen 20 percent in a year. Some workers commute from Andrews and Stanton, and a few drive in each week from San Angelo and Lubbock. The Midland school district has hired teachers from as far as the Philippines. Ector County officials want the state to widen Interstate 20 between the two cities.",
		gold: { MIDLAND: [32, -102.08], Midland: [32, -102.08], Odessa: [31.85, -102.37], 'Big Spring': [32.25, -101.48], 'Midland County': [31.91, -102.07], Andrews: [32.32, -102.55], Stanton: [32.13, -101.79], 'San Angelo': [31.46, -100.44], Lubbock: [33.58, -101.86], Philippines: [13, 122], 'Ector County': [31.8, -102.54] }
	},
	{
		genre: 'local',
		text: "Two people were hurt Saturday when a car hit a horse-drawn buggy on State Route 241 near Mount Hope, the Holmes County Sheriff's Office said. The buggy's driver, a 44-year-old man from Millersburg, and his daughter were taken to Pomerene Hospital. The car's driver, from Wooster, was not injured. Deputies said the sun was in his eyes. Crashes with buggies have become more common as traffic to Berlin and Walnut Creek grows, Sheriff Tim Zimmerly said. He asked drivers coming from Canton and Akron to slow down on the county's hills.",
		gold: { 'Mount Hope': [40.62, -81.78], 'Holmes County': [40.58, -81.93], Millersburg: [40.55, -81.92], Wooster: [40.81, -81.94], Berlin: [40.56, -81.79], 'Walnut Creek': [40.54, -81.72], Canton: [40.8, -81.38], Akron: [41.08, -81.52] }
	},
	{
		genre: 'local',
		text: "ROME, Ga. — Floyd County commissioners voted Tuesday to build a new animal shelter on Mathis Drive after the old one flooded for the second time in three years. The Etowah and Oostanaula rivers meet downtown to form the Coosa, and heavy rain often backs water into low areas. Residents of Cave Spring and Lindale asked for a low-cost spay clinic. Officials in Cartersville and Calhoun said their shelters are also full. The $6 million project will be paid for with sales tax money approved by voters in 2023.",
		gold: { ROME: [34.26, -85.16], 'Floyd County': [34.34, -85.15], 'Cave Spring': [34.11, -85.34], Lindale: [34.19, -85.17], Cartersville: [34.17, -84.8], Calhoun: [34.5, -84.95] }
	},
	{
		genre: 'local',
		text: "BERLIN, N.H. — The city's last paper mill will close in March, putting 180 people out of work, its owner said Thursday. The mill on the Androscoggin River has run in Berlin since 1852. Coos County officials said they would ask the state for help retraining workers. Many live in Gorham, Milan and Lancaster. Union leaders said some workers may find jobs at mills in Rumford, Maine, or in Jay. Gov. Kelly Ayotte said she would visit the city next week. Shoppers at Walmart in Gorham said they were stunned.",
		gold: { BERLIN: [44.47, -71.19], Berlin: [44.47, -71.19], 'Coos County': [44.66, -71.43], Gorham: [44.39, -71.17], Milan: [44.57, -71.19], Lancaster: [44.49, -71.57], Rumford: [44.55, -70.55], Maine: [45.25, -69.45], Jay: [44.5, -70.22] }
	},
	{
		genre: 'local',
		text: "Deputies found a missing Sparta teenager safe in Memphis on Sunday, the White County Sheriff's Office said. The 15-year-old had been missing since Thursday, when she left her home near Doyle. An Amber Alert was issued after deputies learned she had been talking online with a man from Arkansas. He was arrested in West Memphis. Sheriff Steve Page thanked police in Cookeville, McMinnville and Smithville for help with the search. The girl was checked at a hospital and returned to her family.",
		gold: { Sparta: [35.93, -85.46], Memphis: [35.15, -90.05], 'White County': [35.89, -85.45], Doyle: [35.85, -85.51], Arkansas: [35.2, -91.83], 'West Memphis': [35.15, -90.18], Cookeville: [36.16, -85.5], McMinnville: [35.68, -85.77], Smithville: [35.96, -85.81] }
	},
	{
		genre: 'local',
		text: "The Upper Darby Township Council on Wednesday approved a plan to put speed cameras on Lansdowne Avenue and Township Line Road. Residents of Drexel Hill and Clifton Heights said drivers cutting through to Philadelphia use the streets as a highway. The Delaware County district attorney supports the cameras. Similar programs in Media and Haverford have cut speeding by half, officials said. The borough of Lansdowne will vote next month on joining. Money from fines will go to sidewalks near schools.",
		gold: { 'Upper Darby': [39.96, -75.27], 'Drexel Hill': [39.95, -75.29], 'Clifton Heights': [39.93, -75.3], Philadelphia: [39.95, -75.16], 'Delaware County': [39.92, -75.39], Media: [39.92, -75.39], Haverford: [40.01, -75.31], Lansdowne: [39.94, -75.27] }
	}
];

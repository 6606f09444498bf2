// US local news that names no state and has no dateline, written for session 23 (none copied from anywhere)
// and scored BEFORE any change was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts
// --held-out-unstated`. A city paper's own story takes its state for granted: it names the county, the
// suburbs, streets, schools and the towns nearby, and the reader knows where they are. Each text is about a
// city whose name is shared with another large place (Springfield, Columbia, Aurora, Wilmington, Rochester,
// Portland, Athens, Lancaster, Birmingham...). Gold points are the places' own coordinates, each checked
// against `gazette lookup NAME --country US`. Names with no point are not counted.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_LOCAL_UNSTATED: GenreText[] = [
	{
		genre: 'local',
		text: 'Franklin County commissioners on Tuesday approved $14 million for a new family shelter on the city\'s west side, the largest such project since the county opened its Van Buren Drive shelter in 2016. Officials said families from Columbus make up most of the waiting list, but a growing share now come from Westerville, Hilliard and Dublin, where rents have climbed faster than anywhere in the region. Worthington and Grandview Heights have agreed to chip in for bus passes. Construction could start in the spring on the site, a former warehouse near West Broad Street and the Interstate 270 outerbelt.',
		gold: { 'Franklin County': [39.97, -83.01], Columbus: [39.96, -83.0], Westerville: [40.13, -82.93], Hilliard: [40.03, -83.16], Dublin: [40.1, -83.11], Worthington: [40.09, -83.02], 'Grandview Heights': [39.98, -83.04] }
	},
	{
		genre: 'local',
		text: 'TriMet will add late-night buses between downtown Portland and Gresham starting in January, the agency said Monday, after riders complained that the last MAX train leaves too early for restaurant workers. The change also adds trips to Beaverton and Hillsboro on the west side. Multnomah County officials welcomed the plan, and Lake Oswego and Tigard asked to be next. Commuters from Vancouver, across the Columbia River, will still have to transfer at the Delta Park station. Service cuts made during the pandemic on Burnside Street have not been restored.',
		gold: { Portland: [45.52, -122.68], Gresham: [45.5, -122.43], Beaverton: [45.49, -122.8], Hillsboro: [45.52, -122.99], 'Multnomah County': [45.55, -122.42], 'Lake Oswego': [45.42, -122.67], Tigard: [45.43, -122.77], Vancouver: [45.64, -122.66] }
	},
	{
		genre: 'local',
		text: 'A Nixa man was charged Friday with stealing catalytic converters from more than 40 vehicles parked at churches in Springfield, Ozark and Republic, Greene County prosecutors said. Investigators tied him to the thefts after a deputy stopped his pickup on U.S. 160 near Willard with a saw and six converters in the bed. He is being held at the Greene County Jail. Police in Branson said they are checking whether he is linked to similar thefts there. Repairs cost owners as much as $3,000 each, a Springfield police spokesman said.',
		gold: { Nixa: [37.04, -93.29], Springfield: [37.21, -93.29], Ozark: [37.02, -93.21], Republic: [37.12, -93.48], 'Greene County': [37.26, -93.34], Willard: [37.31, -93.43], Branson: [36.64, -93.22] }
	},
	{
		genre: 'local',
		text: 'The Basketball Hall of Fame will close for two weeks in February while crews replace the roof, the museum said. It sits on the riverfront in Springfield, a short walk from the MGM casino on Main Street. Hampden County tourism officials said hotels in Chicopee, West Springfield and Holyoke expect fewer guests. Schools in Longmeadow, Agawam and Ludlow had field trips booked and will be offered new dates. The museum drew about 200,000 visitors last year, many of them from Hartford, only 25 miles south on Interstate 91.',
		gold: { Springfield: [42.1, -72.59], 'Hampden County': [42.14, -72.63], Chicopee: [42.15, -72.61], 'West Springfield': [42.11, -72.64], Holyoke: [42.2, -72.62], Longmeadow: [42.05, -72.58], Agawam: [42.07, -72.61], Ludlow: [42.16, -72.48], Hartford: [41.76, -72.69] }
	},
	{
		genre: 'local',
		text: 'City Water, Light and Power crews worked through the night to restore service to about 9,000 homes in Springfield after an ice storm brought down lines on the east side. Sangamon County emergency officials opened warming centers in Chatham and Sherman, and Riverton schools were closed Thursday. Ameren said customers in Taylorville and Petersburg could be without power until the weekend. The storm also closed Interstate 55 for three hours near the Lake Springfield bridge. Forecasters said Decatur and Jacksonville could see more ice Friday night.',
		gold: { Springfield: [39.8, -89.64], 'Sangamon County': [39.76, -89.66], Chatham: [39.68, -89.7], Sherman: [39.89, -89.6], Riverton: [39.84, -89.54], Taylorville: [39.55, -89.29], Petersburg: [40.01, -89.85], Decatur: [39.84, -88.95], Jacksonville: [39.73, -90.23] }
	},
	{
		genre: 'local',
		text: 'The Athens-Clarke County Commission voted 7-3 on Tuesday to lower the speed limit on Prince Avenue and Broad Street to 25 mph, after two pedestrians were killed near downtown this year. Commissioners from the east side said drivers from Winterville and Bogart use the streets as a shortcut to the university. Oconee County officials said they would consider a similar limit in Watkinsville. The change takes effect in March. Police will give warnings for the first month. Commuters from Commerce and Gainesville who drive in on Georgia 316 are not expected to be affected.',
		gold: { Athens: [33.96, -83.38], 'Clarke County': [33.95, -83.37], Winterville: [33.97, -83.28], Bogart: [33.95, -83.53], 'Oconee County': [33.83, -83.44], Watkinsville: [33.86, -83.41], Commerce: [34.2, -83.46], Gainesville: [34.3, -83.82] }
	},
	{
		genre: 'local',
		text: 'Farmers from across Lancaster County packed a hearing in Lancaster on Wednesday to oppose a plan to widen Route 30 through the farmland between Strasburg and Gap. Many drove their buggies in from Lititz and Ephrata. Supporters, including business owners in Millersville and Columbia, said the road is dangerous and traffic will only grow as warehouses open near Elizabethtown. The state will take comments until Jan. 15. A second hearing is set for Manheim Township in February.',
		gold: { 'Lancaster County': [40.04, -76.25], Lancaster: [40.04, -76.31], Strasburg: [39.98, -76.18], Gap: [39.99, -76.02], Lititz: [40.16, -76.31], Ephrata: [40.18, -76.18], Millersville: [40.0, -76.35], Columbia: [40.03, -76.5], Elizabethtown: [40.15, -76.6] }
	},
	{
		genre: 'local',
		text: 'Mayo Clinic will open a primary care clinic in Kasson next fall, its first new site outside Rochester in a decade, hospital officials told Olmsted County commissioners on Monday. Patients from Byron, Stewartville and Pine Island now drive into the city for routine visits, and parking near the downtown campus has become a constant complaint. The clinic will be built on farmland along Highway 14. Leaders in Oronoco and Zumbrota asked whether buses could link their towns to the new site.',
		gold: { Kasson: [44.03, -92.75], Rochester: [44.02, -92.47], 'Olmsted County': [44.0, -92.4], Byron: [44.03, -92.65], Stewartville: [43.86, -92.49], 'Pine Island': [44.2, -92.65], Oronoco: [44.17, -92.53], Zumbrota: [44.29, -92.67] }
	},
	{
		genre: 'local',
		text: 'Monroe County legislators approved a budget Tuesday that holds the property tax rate flat for the sixth year. The plan adds 12 deputies to patrol the lakeshore in Greece and Irondequoit, where residents complained about speeding on Lake Avenue last summer. Brighton and Pittsford will share a new road salt barn, and Henrietta gets money to rebuild a bridge over the Genesee River. The county executive said Rochester\'s sales tax receipts rose 4 percent. Webster supervisors asked for help with flooding along the bay.',
		gold: { 'Monroe County': [43.16, -77.69], Greece: [43.21, -77.69], Irondequoit: [43.21, -77.58], Brighton: [43.15, -77.55], Pittsford: [43.09, -77.52], Henrietta: [43.06, -77.61], Rochester: [43.16, -77.61], Webster: [43.21, -77.43] }
	},
	{
		genre: 'local',
		text: 'The Chiefs and the Royals both want new stadiums, and Jackson County voters will decide in April whether to extend a sales tax to help pay for them. Supporters held a rally Saturday at Union Station in Kansas City; opponents gathered in Independence and Lee\'s Summit, where many say they never go to games. Johnson County officials across the state line in Overland Park and Olathe have said they would welcome either team. Raytown aldermen passed a resolution against the tax on Monday.',
		gold: { 'Jackson County': [39.01, -94.35], 'Kansas City': [39.1, -94.58], Independence: [39.09, -94.42], "Lee's Summit": [38.91, -94.38], 'Johnson County': [38.88, -94.82], 'Overland Park': [38.98, -94.67], Olathe: [38.88, -94.82], Raytown: [39.01, -94.46] }
	},
	{
		genre: 'local',
		text: 'Jefferson County commissioners voted to spend $9 million fixing sewer lines in Bessemer and Trussville, part of the decree that followed the county\'s bankruptcy. Rates will rise 3 percent in January for customers in Birmingham, Hoover and Homewood. Residents of Vestavia Hills and Mountain Brook said they already pay more than anyone in the state. The commission also agreed to study a new bus route along U.S. 280. A group from Tuscaloosa watched the meeting to learn how the county handled its debt.',
		gold: { 'Jefferson County': [33.55, -86.9], Bessemer: [33.4, -86.95], Trussville: [33.62, -86.61], Birmingham: [33.52, -86.8], Hoover: [33.41, -86.81], Homewood: [33.47, -86.8], 'Vestavia Hills': [33.45, -86.79], 'Mountain Brook': [33.5, -86.75], Tuscaloosa: [33.21, -87.57] }
	},
	{
		genre: 'local',
		text: 'New Castle County Council approved a rezoning Tuesday that clears the way for 600 apartments on the old racetrack land near Newport. Neighbors in Elsmere said traffic on Route 141 is already bad at rush hour. Council members from Hockessin and Middletown voted no. The developer said residents could walk to the train station in Wilmington or take a bus to the university in Newark. Claymont and New Castle have similar projects waiting for approval.',
		gold: { 'New Castle County': [39.58, -75.64], Newport: [39.71, -75.61], Elsmere: [39.74, -75.6], Hockessin: [39.79, -75.7], Middletown: [39.45, -75.72], Wilmington: [39.75, -75.55], Newark: [39.68, -75.75], Claymont: [39.8, -75.46], 'New Castle': [39.66, -75.57] }
	},
	{
		genre: 'local',
		text: 'Beach towns are bracing for a king tide this weekend. New Hanover County officials warned that water could cover parts of Lumina Avenue in Wrightsville Beach and Canal Drive in Carolina Beach on Saturday morning. In Wilmington, the riverfront along Water Street flooded twice last month. Across the Cape Fear River, Leland and other Brunswick County towns expect minor flooding. Forecasters said Hampstead and Burgaw should stay dry.',
		gold: { 'New Hanover County': [34.18, -77.87], 'Wrightsville Beach': [34.21, -77.8], 'Carolina Beach': [34.04, -77.89], Wilmington: [34.23, -77.94], Leland: [34.26, -78.04], 'Brunswick County': [34.04, -78.23], Hampstead: [34.37, -77.71], Burgaw: [34.55, -77.93] }
	},
	{
		genre: 'local',
		text: 'Richland County Council gave final approval Tuesday to a penny sales tax for roads, and Lexington County is weighing one of its own. The money would widen Clemson Road near Blythewood and fix potholes in Forest Acres and downtown Columbia. Leaders in Irmo, West Columbia and Cayce said traffic from the new jobs on the Lexington side of the river is overwhelming their streets. Voters rejected a similar tax in 2018.',
		gold: { 'Richland County': [34.02, -80.9], 'Lexington County': [33.9, -81.27], Blythewood: [34.21, -80.97], 'Forest Acres': [34.02, -80.99], Columbia: [34.0, -81.03], Irmo: [34.09, -81.18], 'West Columbia': [33.99, -81.07], Cayce: [33.97, -81.07] }
	},
	{
		genre: 'local',
		text: 'Boone County commissioners on Thursday agreed to build a new 911 center north of Columbia, after the old one on Bernadette Drive flooded twice. Dispatchers there answer calls from Ashland, Hallsville and Centralia, and take overflow calls from Jefferson City. The sheriff said calls have doubled in ten years as the county grew. Fire chiefs in Fulton and Moberly asked to connect their radios to the new system. The center should open in 2028.',
		gold: { 'Boone County': [39.0, -92.3], Columbia: [38.95, -92.33], Ashland: [38.77, -92.26], Hallsville: [39.12, -92.22], Centralia: [39.21, -92.14], 'Jefferson City': [38.58, -92.17], Fulton: [38.85, -91.95], Moberly: [39.42, -92.44] }
	},
	{
		genre: 'local',
		text: 'Aurora police will start carrying a new kind of stun gun in January, the chief told the city council Monday. The department, which patrols parts of Arapahoe and Adams counties east of Denver, bought 300 of them with a federal grant. Officers in Centennial and Parker already use the model. Council members asked how it had worked in Englewood, where a man died after being shocked last year. Residents near Buckley Space Force Base and along Colfax Avenue spoke for and against the plan.',
		gold: { Aurora: [39.73, -104.83], Denver: [39.74, -104.98], Centennial: [39.58, -104.88], Parker: [39.52, -104.76], Englewood: [39.65, -104.99] }
	},
	{
		genre: 'local',
		text: 'Kane County Forest Preserve officials reopened the Fox River trail between Aurora and Batavia on Friday after a summer of repairs. Cyclists can again ride from North Aurora to Geneva and St. Charles without leaving the path. Work on the section south to Montgomery and Oswego will start next year. Naperville, on the DuPage side, wants to link its Riverwalk to the trail. The preserve district said about 400,000 people used the trail last year.',
		gold: { 'Kane County': [41.94, -88.43], Aurora: [41.76, -88.32], Batavia: [41.85, -88.31], 'North Aurora': [41.81, -88.33], Geneva: [41.89, -88.31], 'St. Charles': [41.91, -88.31], Montgomery: [41.73, -88.35], Oswego: [41.68, -88.35], Naperville: [41.79, -88.15] }
	}
];

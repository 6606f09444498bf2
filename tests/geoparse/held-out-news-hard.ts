// Hard news texts written for session 22 (none copied from anywhere) and scored BEFORE any change was
// tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-hard`. Unlike the first
// held-out batch (held-out-texts.ts) they are news-length (80–250 words) and written the way real news is:
// datelines with state abbreviations, small towns that share their names with much bigger places elsewhere,
// counties and "the county seat"; British, Irish, Australian, Canadian and Indian towns with US namesakes in
// texts that name the United States several times; provinces, districts and regions in health news.
// Gold points are the places' own coordinates, each checked against `gazette lookup NAME`. Names with no
// point here are not counted.
import type { GenreText } from './genre-texts.ts';
import { US } from './gold-points.ts';

export const HELD_OUT_NEWS_HARD: GenreText[] = [
	// US local news
	{
		genre: 'local',
		text: 'LEBANON, Ohio — Warren County commissioners on Tuesday approved a $4 million plan to widen State Route 48 between Lebanon and Springboro, a stretch where three people died in crashes last year. Residents from Mason and Morrow who spoke at the meeting asked for a traffic light at the county fairgrounds instead. "We drive it every day," said one Mason mother of three. The county engineer said construction could start in the spring and would close one lane at a time. Cincinnati-area contractors have until March to submit bids, and the commissioners will also seek state money from Columbus.',
		gold: { LEBANON: [39.44, -84.21], 'Warren County': [39.43, -84.17], Lebanon: [39.44, -84.21], Springboro: [39.55, -84.23], Mason: [39.36, -84.31], Morrow: [39.35, -84.13], Cincinnati: [39.1, -84.51], Columbus: [39.96, -83.0] }
	},
	{
		genre: 'local',
		text: 'DOVER, Del. — Kent County officials said Friday that a water main break near the state Capitol left about 2,000 homes without service overnight. Crews from Smyrna and Camden helped city workers repair the 12-inch pipe, and the Delaware Department of Transportation closed part of Route 13 until morning. Schools in Dover opened two hours late. In Milford, to the south, residents were told to boil water as a precaution, though officials said the town\'s supply was not affected. The city council will discuss replacing aging pipes at its meeting Monday.',
		gold: { DOVER: [39.16, -75.52], 'Kent County': [39.1, -75.5], Smyrna: [39.3, -75.6], Camden: [39.11, -75.54], Delaware: [39.0, -75.5], Dover: [39.16, -75.52], Milford: [38.91, -75.43] }
	},
	{
		genre: 'local',
		text: 'PARIS, Texas — A Reno man was arrested after a chase that ended in a pasture north of Paris early Sunday, the Lamar County Sheriff\'s Office said. Deputies tried to stop the pickup on U.S. 82 near Blossom for a broken taillight, and the driver sped east toward Clarksville before turning onto a county road. He was taken to the Lamar County jail and faces charges of evading arrest and drug possession. A passenger, a woman from Honey Grove, was not charged. The sheriff thanked troopers from the Texas Department of Public Safety who helped.',
		gold: { PARIS: [33.66, -95.56], Reno: [33.66, -95.48], Paris: [33.66, -95.56], 'Lamar County': [33.67, -95.57], Blossom: [33.66, -95.39], Clarksville: [33.61, -95.05], 'Honey Grove': [33.58, -95.91] }
	},
	{
		genre: 'local',
		text: 'A Florence man was killed Saturday when his motorcycle collided with a car on Woodward Avenue in Muscle Shoals, police said. The driver of the car, a 34-year-old Sheffield woman, was taken to a hospital in Florence with minor injuries. Muscle Shoals police and the Colbert County coroner are investigating. The victim worked at a plant in Tuscumbia, his employer said, and had coached youth baseball in Lauderdale County for a decade. A vigil is planned for Tuesday evening at a park in Killen. Alabama State Troopers are helping to reconstruct the crash.',
		gold: { Florence: [34.8, -87.68], 'Muscle Shoals': [34.74, -87.67], Sheffield: [34.77, -87.7], 'Colbert County': [34.7, -87.8], Tuscumbia: [34.73, -87.7], 'Lauderdale County': [34.9, -87.65], Killen: [34.86, -87.54], Alabama: [32.8, -86.8] }
	},
	{
		genre: 'local',
		text: 'SALEM, Ill. — A Centralia man died Wednesday after his car struck a tractor on U.S. 50 east of the Marion County seat, state police said. The farmer driving the tractor, from Kinmundy, was not hurt. Traffic between Salem and Flora was detoured for four hours. The county coroner said the victim, 61, had worked for the school district in Centralia for 30 years. It was the third fatal crash on the highway this year; Marion County board members have asked the Illinois Department of Transportation for rumble strips and better lighting near Odin.',
		gold: { SALEM: [38.63, -88.95], Centralia: [38.53, -89.13], 'Marion County': [38.65, -88.92], Kinmundy: [38.77, -88.85], Salem: [38.63, -88.95], Flora: [38.67, -88.49], Illinois: [40.0, -89.2], Odin: [38.62, -89.05] }
	},
	{
		genre: 'local',
		text: 'MANCHESTER, Conn. — The town\'s board of directors voted 6-3 on Tuesday to close Washington Elementary School and send its 300 pupils to two other schools in town. Parents who packed the meeting said the change would mean longer bus rides. Enrollment has fallen by a fifth since 2010, the superintendent said, while neighboring Vernon, Bolton and Glastonbury have seen smaller drops. A group of parents from Manchester said they would ask the state Board of Education in Hartford to review the vote. East Hartford closed two schools in 2019 for similar reasons.',
		gold: { MANCHESTER: [41.78, -72.52], Vernon: [41.82, -72.48], Bolton: [41.77, -72.43], Glastonbury: [41.71, -72.61], Manchester: [41.78, -72.52], Hartford: [41.76, -72.68], 'East Hartford': [41.78, -72.61] }
	},
	{
		genre: 'local',
		text: 'Portsmouth city councilors voted Monday to spend $2 million on a new parking garage near Market Square, despite objections from residents of the South End. The garage would serve shoppers and workers at the naval shipyard in Kittery, across the river in Maine. Officials in Dover and Rochester said they were watching closely, because commuters from both cities drive to Portsmouth each day on the Spaulding Turnpike. Rockingham County leaders have asked the state for a study of bus service along the Seacoast. Construction could begin next summer if the Planning Board approves the design.',
		gold: { Portsmouth: [43.07, -70.76], Kittery: [43.09, -70.74], Maine: [45.3, -69.2], Dover: [43.2, -70.87], Rochester: [43.3, -70.98], 'Rockingham County': [42.98, -71.09] }
	},
	{
		genre: 'local',
		text: 'A Lancaster woman has been charged with stealing more than $80,000 from a youth soccer league, Fairfield County prosecutors said Thursday. The woman, 42, was the league\'s treasurer for six years and is accused of writing checks to herself. Parents in Baltimore and Pickerington, where many of the league\'s players live, raised questions last spring when fees went up. She appeared in Fairfield County Municipal Court in Lancaster and was released on bond. The league, which plays on fields in Carroll and Canal Winchester, said it would hire an auditor. Her lawyer, from Columbus, declined to comment.',
		gold: { Lancaster: [39.71, -82.6], 'Fairfield County': [39.75, -82.63], Baltimore: [39.85, -82.6], Pickerington: [39.88, -82.75], Carroll: [39.8, -82.7], 'Canal Winchester': [39.84, -82.8], Columbus: [39.96, -83.0] }
	},
	{
		genre: 'local',
		text: 'COLUMBUS, Ga. — A fire destroyed a vacant warehouse near the Chattahoochee River early Thursday, sending smoke across the river into Phenix City, Ala. Columbus Fire and EMS said no one was inside. Investigators from the Muscogee County marshal\'s office are looking into whether homeless people had been staying in the building. Firefighters from Phenix City and from Fort Moore helped keep the flames from spreading to a lumberyard next door. Georgia Power cut electricity to 400 customers for several hours. A similar fire in LaGrange last month was ruled arson.',
		gold: { COLUMBUS: [32.46, -84.99], 'Phenix City': [32.47, -85.0], Columbus: [32.46, -84.99], 'Muscogee County': [32.51, -84.87], LaGrange: [33.04, -85.03] }
	},
	{
		genre: 'local',
		text: 'WASHINGTON, Pa. — Washington County commissioners on Thursday approved a tax break for a warehouse that developers say will bring 600 jobs to a former coal site near Canonsburg. Critics who live nearby said truck traffic on Interstate 79 was already too heavy. Commissioners from neighboring Greene County attended the meeting, as did the mayor of Charleroi. The developer, based in Pittsburgh, hopes to open the site in 2026. The county seat has lost a fifth of its population since 1980, and officials said the jobs were badly needed in Washington and the Mon Valley.',
		gold: { WASHINGTON: [40.17, -80.25], 'Washington County': [40.19, -80.25], Canonsburg: [40.26, -80.19], 'Greene County': [39.85, -80.23], Charleroi: [40.14, -79.9], Pittsburgh: [40.44, -80.0], Washington: [40.17, -80.25] }
	},
	{
		genre: 'local',
		text: 'SPRINGFIELD, Mo. — Greene County voters will decide in April whether to raise the sales tax to pay for a new jail, commissioners decided Monday. The current jail in Springfield has been over capacity for a decade, and the county pays to house inmates in Christian County and as far away as Joplin. Sheriff\'s deputies said they drive inmates to Ozark and Nixa several times a week. The tax would raise $30 million a year. Business owners in Republic and Battlefield said they would campaign against it, saying the county should spend its existing money better.',
		gold: { SPRINGFIELD: [37.21, -93.29], 'Greene County': [37.26, -93.34], Springfield: [37.21, -93.29], 'Christian County': [36.97, -93.19], Joplin: [37.08, -94.51], Ozark: [37.02, -93.21], Nixa: [37.04, -93.29], Republic: [37.12, -93.48], Battlefield: [37.12, -93.37] }
	},
	{
		genre: 'local',
		text: 'GEORGETOWN, Texas — Williamson County commissioners on Tuesday approved a new road linking Georgetown and Taylor, one of the fastest-growing parts of the Austin area. The four-lane road will cost $140 million and take five years to build. Residents of Hutto said they welcomed it, while farmers near Granger worried it would bring more subdivisions. Round Rock, which sits between the county seat and Austin, has added 40,000 people since 2010. The commissioners also agreed to study a toll lane on Interstate 35, which is often jammed from Georgetown to downtown Austin.',
		gold: { GEORGETOWN: [30.63, -97.68], 'Williamson County': [30.65, -97.6], Georgetown: [30.63, -97.68], Taylor: [30.57, -97.41], Austin: [30.27, -97.74], Hutto: [30.54, -97.55], Granger: [30.72, -97.44], 'Round Rock': [30.51, -97.68] }
	},
	{
		genre: 'local',
		text: 'JACKSONVILLE, N.C. — Onslow County schools will add 40 classrooms over the next three years to keep up with families moving to the area, the school board said. Richlands and Swansboro have grown fastest, and a new elementary school near Hubert will open in 2026. Military families make up about a third of the students in Jacksonville. The board also approved raises for bus drivers, after parents complained that children waited an hour for buses in Sneads Ferry. Officials in New Bern and Wilmington said they face the same shortage of drivers.',
		gold: { JACKSONVILLE: [34.75, -77.43], 'Onslow County': [34.76, -77.5], Richlands: [34.9, -77.55], Swansboro: [34.69, -77.12], Hubert: [34.7, -77.23], Jacksonville: [34.75, -77.43], 'Sneads Ferry': [34.55, -77.4], 'New Bern': [35.11, -77.04], Wilmington: [34.23, -77.94] }
	},
	{
		genre: 'local',
		text: 'ATHENS, Ga. — The Athens-Clarke County commission voted Tuesday to extend a bus route to Watkinsville, the first time the transit system will cross into Oconee County. Students at the University of Georgia who live in apartments along the county line asked for the change. Commissioners in Oconee County agreed to pay a third of the cost. Riders from Winder and Jefferson will still have to drive, officials said. A similar plan to reach Bogart was dropped last year. The route will run every 30 minutes and start in August, before the fall semester.',
		gold: { ATHENS: [33.96, -83.38], Watkinsville: [33.86, -83.41], 'Oconee County': [33.83, -83.44], Winder: [33.99, -83.72], Jefferson: [34.12, -83.57], Bogart: [33.95, -83.53] }
	},
	// international news: towns with US namesakes, texts that name the United States
	{
		genre: 'international',
		text: 'Police in Perth said a 19-year-old American tourist was found safe on Monday after going missing while walking in the hills above the town. The woman, from Ohio, had set out from Perth to climb towards Crieff and lost her way in fog. Mountain rescue teams from Stirling and Dundee joined the search, and the United States consulate in Edinburgh thanked them. Her parents flew from the US on Sunday. Police Scotland urged visitors to check the forecast, saying several Americans had needed rescue this summer, and a spokesman said the walk was harder than it looked.',
		gold: { Perth: [56.4, -3.43], Ohio: [40.3, -82.8], Crieff: [56.37, -3.84], Stirling: [56.12, -3.94], Dundee: [56.46, -2.97], 'United States': US, Edinburgh: [55.95, -3.19], US: US, Scotland: [56.5, -4.0] }
	},
	{
		genre: 'international',
		text: 'Boston, the Lincolnshire market town that voted most heavily to leave the European Union, has a new problem: its biggest employer, a vegetable packer, is moving to the United States. The company said high costs forced it to shift production to a plant in Georgia, where it already employs 800 people. About 400 jobs in Boston and Spalding will go by next year. Local MPs said they would ask ministers in London for help. The packer was founded in Skegness in 1962 and moved to Boston in the 1980s. American buyers now account for most of its sales.',
		gold: { Boston: [52.98, -0.03], Lincolnshire: [53.1, -0.2], 'United States': US, Georgia: [32.7, -83.4], Spalding: [52.79, -0.15], London: [51.51, -0.13], Skegness: [53.14, 0.34] }
	},
	{
		genre: 'international',
		text: 'The US ambassador to Ireland visited Cork and Waterford on Thursday to meet American companies that employ 40,000 people in the south of the country. Ireland\'s trade minister said the firms were worried about tariffs proposed in Washington. In Waterford, a medical devices maker said it would hire 200 people despite the uncertainty, and a pharmaceutical plant in Limerick said it was expanding. The ambassador also stopped in Kilkenny and Clonmel. The United States is Ireland\'s biggest export market, and Irish officials said they would travel to the US next month to argue against the tariffs.',
		gold: { US: US, Ireland: [53.0, -8.0], Cork: [51.9, -8.47], Waterford: [52.26, -7.11], Washington: [38.9, -77.04], Limerick: [52.66, -8.63], Kilkenny: [52.65, -7.25], Clonmel: [52.36, -7.7], 'United States': US }
	},
	{
		genre: 'international',
		text: 'Storms flooded hundreds of homes in Newcastle and Maitland on Wednesday, and emergency services in New South Wales said more rain was on its way. The Hunter River broke its banks near Singleton, and residents of Raymond Terrace were told to leave. A coal ship waiting off Newcastle was moved further out to sea. The state premier said she would ask for federal disaster money from Canberra. In Sydney, commuter trains to the north were suspended. Forecasters blamed a low-pressure system off the coast, similar to one that hit the region in 2007.',
		gold: { Newcastle: [-32.93, 151.78], Maitland: [-32.73, 151.56], 'New South Wales': [-32.0, 147.0], Singleton: [-32.56, 151.17], 'Raymond Terrace': [-32.76, 151.74], Canberra: [-35.28, 149.13], Sydney: [-33.87, 151.21] }
	},
	{
		genre: 'international',
		text: 'Bushfires burned through farmland near Hamilton and Horsham in western Victoria on Saturday, destroying at least 20 homes. Fire crews from Ballarat and Bendigo were sent to help, and Melbourne sweltered through its hottest day in five years. The premier of Victoria said evacuation centres in Ararat and Stawell were full. Firefighters from the United States and Canada, who had been working in New South Wales, were flown to the state on Sunday. The Bureau of Meteorology warned that a cool change would bring strong winds that could push the fires towards Portland.',
		gold: { Hamilton: [-37.74, 142.02], Horsham: [-36.71, 142.2], Victoria: [-37.0, 144.5], Ballarat: [-37.56, 143.85], Bendigo: [-36.76, 144.28], Melbourne: [-37.81, 144.96], Ararat: [-37.28, 142.93], Stawell: [-37.06, 142.78], 'United States': US, Canada: [56.1, -106.3], 'New South Wales': [-32.0, 147.0], Portland: [-38.34, 141.6] }
	},
	{
		genre: 'international',
		text: 'Car parts makers in London, Windsor and Kitchener said US tariffs would cost thousands of jobs in southwestern Ontario. A plant in Cambridge that makes seats for vehicles assembled in Michigan said it would cut a shift next month. The mayor of Windsor, which sits across the river from Detroit, said the tariffs made no sense for an industry that crosses the border several times. Canada\'s trade minister flew to Washington on Tuesday. Union leaders in London said they would rally outside the plant gates, and Ontario\'s premier promised help for workers in Guelph and Brantford.',
		gold: { London: [42.98, -81.25], Windsor: [42.3, -83.02], Kitchener: [43.45, -80.49], Ontario: [50.0, -85.0], Cambridge: [43.36, -80.31], Michigan: [44.3, -85.5], Detroit: [42.33, -83.05], Canada: [56.1, -106.3], Washington: [38.9, -77.04], Guelph: [43.55, -80.25], Brantford: [43.14, -80.26] }
	},
	{
		genre: 'international',
		text: 'Textile mills in Salem and Erode have cut production after orders from the United States fell by a third, manufacturers in Tamil Nadu said. The mills, which supply yarn to garment makers in Tiruppur and Coimbatore, employ about 100,000 people. An exporters\' group said American retailers had moved orders to Bangladesh and Vietnam. The state government in Chennai has asked New Delhi to negotiate lower US tariffs. Workers in Salem said wages had not been paid for two months, and several small mills near Namakkal have closed.',
		gold: { Salem: [11.65, 78.16], Erode: [11.34, 77.72], 'United States': US, 'Tamil Nadu': [11.0, 78.5], Tiruppur: [11.11, 77.34], Coimbatore: [11.0, 76.96], Bangladesh: [24.0, 90.0], Vietnam: [16.0, 106.0], Chennai: [13.08, 80.27], 'New Delhi': [28.61, 77.21], US: US, Namakkal: [11.22, 78.17] }
	},
	{
		genre: 'international',
		text: 'The River Severn burst its banks in Worcester and Tewkesbury on Monday, and the Environment Agency issued severe flood warnings for Gloucester. About 300 homes were evacuated in Worcestershire. The cathedral in Worcester was closed for the first time since 2007, and a cricket match at New Road was abandoned. In Shrewsbury, further upstream, barriers held back the water. Forecasters said a second storm would reach England from the Atlantic on Thursday. An American-owned factory in Gloucester sent its 500 workers home, and the company\'s US headquarters said it would pay them.',
		gold: { Worcester: [52.19, -2.22], Tewkesbury: [51.99, -2.16], Gloucester: [51.86, -2.24], Worcestershire: [52.2, -2.2], Shrewsbury: [52.71, -2.75], England: [52.5, -1.5] }
	},
	{
		genre: 'international',
		text: 'Floods in Sindh have displaced more than a million people, Pakistan\'s disaster agency said on Friday. In Hyderabad, the province\'s second city, water stood waist-deep in markets, and the road to Karachi was cut. Relief camps in Sukkur and Larkana were full. The United States pledged $30 million in aid, and the UN secretary-general called for more help. Punjab, upstream, said its dams were full and that more water would have to be released. Farmers near Dadu said they had lost their entire cotton crop.',
		gold: { Sindh: [26.0, 68.5], Pakistan: [30.0, 70.0], Hyderabad: [25.39, 68.37], Karachi: [24.86, 67.0], Sukkur: [27.7, 68.86], Larkana: [27.56, 68.21], 'United States': US, Punjab: [31.0, 72.5], Dadu: [26.73, 67.78] }
	},
	{
		genre: 'international',
		text: 'Thousands marched in Kingston on Saturday against a wave of deportations from the United States, Jamaican police said. Protesters gathered outside the US embassy and later at the prime minister\'s office. Smaller marches were held in Montego Bay and Spanish Town. About 2,000 Jamaicans have been sent back from the US this year, many of whom left the island as children. A church group in Mandeville said it was housing 50 of them. Jamaica\'s foreign minister said she had raised the issue with American officials in Washington.',
		gold: { Kingston: [18.0, -76.79], 'United States': US, US: US, 'Montego Bay': [18.47, -77.92], 'Spanish Town': [17.99, -76.96], Mandeville: [18.04, -77.5], Jamaica: [18.15, -77.3], Washington: [38.9, -77.04] }
	},
	{
		genre: 'international',
		text: 'Farmers blocked roads in Córdoba and Santa Fe provinces on Tuesday to protest against export taxes, Argentina\'s government said. Lines of tractors stretched for miles outside Rosario, the country\'s main grain port, and trucks could not reach the docks. The protest spread to Buenos Aires province by evening. Soybean prices rose in Chicago as traders in the United States worried about supplies. In Córdoba, the provincial governor said the farmers had a point, and asked the president to meet them. The government in Buenos Aires said the taxes were needed to pay the country\'s debts.',
		gold: { Córdoba: [-31.42, -64.18], 'Santa Fe': [-30.7, -60.9], Argentina: [-34.0, -64.0], Rosario: [-32.95, -60.65], 'Buenos Aires': [-34.6, -58.38], Chicago: [41.88, -87.63], 'United States': US }
	},
	{
		genre: 'international',
		text: 'Carmakers in Birmingham and Coventry said American tariffs would cost the West Midlands 10,000 jobs. Jaguar Land Rover, which builds cars in Solihull and sells a quarter of them in the United States, said it would pause shipments to the US for a month. Union officials in Wolverhampton said suppliers were already cutting shifts. Ministers in London said talks with Washington were continuing. In Birmingham, the council leader said the region could not afford another blow after the closure of steelworks in Wales. Dealers in New York and California have been told to expect shortages.',
		gold: { Birmingham: [52.48, -1.89], Coventry: [52.41, -1.51], 'West Midlands': [52.48, -1.9], Solihull: [52.41, -1.78], 'United States': US, US: US, Wolverhampton: [52.59, -2.13], London: [51.51, -0.13], Washington: [38.9, -77.04], Wales: [52.3, -3.7], 'New York': [40.71, -74.0], California: [37.0, -120.0] }
	},
	// health news
	{
		genre: 'health',
		text: 'Zambia has recorded more than 400 cholera deaths since October, most of them in Lusaka province, the health ministry said. Cases are now rising in the Copperbelt, where hospitals in Ndola and Kitwe have opened cholera wards. The government turned a football stadium in Lusaka into a treatment centre and delayed the start of the school year. The World Health Organization said neighbouring Malawi and Zimbabwe had also reported outbreaks, and that the strain spreading in southern Africa was resistant to some antibiotics. Vaccination teams reached Chingola and Mufulira this week.',
		gold: { Zambia: [-14.0, 27.5], Lusaka: [-15.42, 28.28], Copperbelt: [-13.0, 28.0], Ndola: [-12.96, 28.64], Kitwe: [-12.8, 28.21], Malawi: [-13.3, 34.3], Zimbabwe: [-19.0, 29.8], Chingola: [-12.53, 27.85], Mufulira: [-12.55, 28.24] }
	},
	{
		genre: 'health',
		text: 'Kerala confirmed a second death from the Nipah virus on Sunday, and health officials declared containment zones in seven villages in Kozhikode district. The patient, a 24-year-old man, had been treated at a private hospital before being moved to the Government Medical College in Kozhikode. Contacts were being traced in neighbouring Malappuram and Wayanad. Schools and colleges in the district will stay closed for a week. A team from the National Institute of Virology in Pune arrived to test fruit bats. India has reported Nipah outbreaks in Kerala almost every year since 2018.',
		gold: { Kerala: [10.5, 76.3], Kozhikode: [11.25, 75.78], Malappuram: [11.07, 76.07], Wayanad: [11.6, 76.08], Pune: [18.52, 73.86], India: [22.0, 79.0] }
	},
	{
		genre: 'health',
		text: 'Measles cases in West Texas have passed 150, state health officials said Friday, most of them in Gaines County, where vaccination rates are among the lowest in the state. A school-age child who was not vaccinated died in a Lubbock hospital last week. Clinics in Seminole have offered free shots, and health workers have visited churches in the area. Cases have also been reported in Lea County, New Mexico, just across the state line, and in Terry and Dawson counties. The Centers for Disease Control and Prevention sent a team to help, and warned travelers to check their vaccination records.',
		gold: { 'West Texas': [31.8, -102.0], 'Gaines County': [32.74, -102.63], Lubbock: [33.58, -101.86], Seminole: [32.72, -102.64], 'Lea County': [32.79, -103.41], 'New Mexico': [34.5, -106.0] }
	},
	{
		genre: 'health',
		text: 'Ebola has killed 12 people in Équateur province, the health ministry of the Democratic Republic of Congo said on Monday. The outbreak began in Bikoro, a remote town on the shores of Lake Tumba, and a case has now been confirmed in Mbandaka, the provincial capital on the Congo River. Health workers began vaccinating contacts on Saturday, and the World Health Organization flew 4,000 doses from Kinshasa. Neighbouring Republic of the Congo said it was screening travellers at river crossings. It is the country\'s 15th Ebola outbreak since the virus was discovered in 1976.',
		gold: { Équateur: [0.0, 20.0], 'Democratic Republic of Congo': [-2.9, 23.6], Bikoro: [-0.75, 18.12], Mbandaka: [0.05, 18.26], Kinshasa: [-4.32, 15.31], 'Republic of the Congo': [-0.7, 15.2] }
	},
	{
		genre: 'health',
		text: 'Lassa fever has killed 150 people in Nigeria this year, the Nigeria Centre for Disease Control said, with most cases in Ondo, Edo and Bauchi states. In Owo, a doctor and two nurses died after treating patients before the disease was diagnosed. The agency said a third of the deaths were in Ondo. Health workers in Irrua, home to a specialist hospital, said beds were full. The virus is spread by rats, and officials urged people in Benue and Taraba to store food in sealed containers. A case was also reported in Abuja in a traveller from Edo.',
		gold: { Nigeria: [9.0, 8.0], Ondo: [7.1, 5.05], Edo: [6.5, 6.0], Bauchi: [10.5, 10.0], Owo: [7.2, 5.59], Irrua: [6.73, 6.21], Benue: [7.3, 8.75], Taraba: [8.0, 10.5], Abuja: [9.06, 7.49] }
	},
	{
		genre: 'health',
		text: 'Maricopa County health officials reported the first West Nile virus death of the year on Thursday, a man in his 70s from Mesa. Mosquitoes carrying the virus have been trapped in Chandler, Gilbert and Glendale, and the county will spray neighborhoods overnight. Officials urged residents of Phoenix and Scottsdale to empty standing water from flower pots and pools. Arizona had one of the worst West Nile seasons on record in 2021, when more than 100 people died. Pinal County, to the south, has reported three cases this year, two in Casa Grande.',
		gold: { 'Maricopa County': [33.35, -112.49], Mesa: [33.42, -111.83], Chandler: [33.31, -111.84], Gilbert: [33.35, -111.79], Glendale: [33.54, -112.19], Phoenix: [33.45, -112.07], Scottsdale: [33.49, -111.93], Arizona: [34.5, -111.7], 'Pinal County': [32.9, -111.35], 'Casa Grande': [32.88, -111.76] }
	},
	{
		genre: 'health',
		text: 'Tanzania confirmed an outbreak of Marburg virus in the Kagera region, near the border with Uganda and Rwanda, after eight people died in Biharamulo district. Samples were tested in Dar es Salaam. The World Health Organization said the risk to the region was high because of travel across the borders, and Rwanda, which ended its own Marburg outbreak in December, said it was screening people arriving at Rusumo. Health workers in Bukoba, the regional capital, have set up an isolation ward. Uganda said it had no cases but was watching districts near Mutukula.',
		gold: { Tanzania: [-6.0, 35.0], Kagera: [-1.9, 31.3], Uganda: [1.3, 32.3], Rwanda: [-2.0, 29.9], Biharamulo: [-2.63, 31.31], 'Dar es Salaam': [-6.8, 39.28], Rusumo: [-2.38, 30.78], Bukoba: [-1.33, 31.81], Mutukula: [-1.0, 31.41] }
	},
	{
		genre: 'health',
		text: 'Sierra Leone declared a public health emergency over mpox after cases rose above 1,000, most of them in the Western Area around Freetown. The health ministry said cases had also been found in Bo and Kenema, the country\'s second and third cities, and in Port Loko. The World Health Organization said the strain was spreading mainly through sexual contact among young adults. Vaccines donated by the United States arrived in Freetown on Wednesday. Neighbouring Guinea and Liberia said they had strengthened checks at the border, including at crossings near Kailahun.',
		gold: { 'Sierra Leone': [8.5, -11.8], 'Western Area': [8.4, -13.15], Freetown: [8.48, -13.23], Bo: [7.96, -11.74], Kenema: [7.88, -11.19], 'Port Loko': [8.77, -12.79], 'United States': US, Guinea: [10.0, -11.0], Liberia: [6.5, -9.5], Kailahun: [8.28, -10.57] }
	},
	{
		genre: 'health',
		text: 'An outbreak of E. coli linked to salad leaves has made 60 people ill in Scotland, most of them in Aberdeen and Inverness, Public Health Scotland said. Eleven people are in hospital, including two children in Aberdeen. Investigators are checking a farm in Perthshire and a packing plant that supplies supermarkets across the Highlands. Cases have also been reported in Dundee and Elgin. The strain is the same as one that made 200 people ill in England last summer. A supplier in the United States said it had stopped shipping the leaves to British shops as a precaution.',
		gold: { Scotland: [56.5, -4.0], Aberdeen: [57.15, -2.09], Inverness: [57.48, -4.22], Perthshire: [56.6, -3.9], Highlands: [57.5, -5.0], Dundee: [56.46, -2.97], Elgin: [57.65, -3.32], England: [52.5, -1.5], 'United States': US }
	},
	{
		genre: 'health',
		text: 'Cambodia reported a second human case of H5N1 bird flu this month, a 16-year-old girl from Prey Veng province who is in a critical condition in Phnom Penh. Her family had cooked sick chickens, the health ministry said. An earlier case, a man in Takeo, died in January. Health workers culled poultry in the girl\'s village and tested 40 contacts, all negative so far. The World Health Organization said the virus circulating in Cambodia was an older strain, not the one spreading among dairy cattle in the United States. Vietnam, across the border, said it was on alert.',
		gold: { Cambodia: [12.5, 105.0], 'Prey Veng': [11.48, 105.33], 'Phnom Penh': [11.56, 104.92], Takeo: [10.99, 104.78], 'United States': US, Vietnam: [16.0, 106.0] }
	},
	// a third group, written after the first scored 0.99: fewer cues, famous namesakes, bare state names
	{
		genre: 'local',
		text: 'Greenville police are searching for a man who robbed a bank on Woodruff Road on Tuesday afternoon and escaped in a silver sedan. No one was hurt. Officers from Mauldin and Simpsonville set up checkpoints on Interstate 385, and a state police helicopter searched fields near Fountain Inn. The man is described as white, about 40, and wearing a gray hoodie. It was the second bank robbery in the area this month; a branch in Travelers Rest was robbed on Nov. 3. Anyone with information is asked to call Crimestoppers of the Upstate. Spartanburg detectives are checking whether the cases are linked.',
		gold: { Greenville: [34.85, -82.4], Mauldin: [34.78, -82.31], Simpsonville: [34.74, -82.25], 'Fountain Inn': [34.69, -82.2], 'Travelers Rest': [34.97, -82.44], Spartanburg: [34.95, -81.93] }
	},
	{
		genre: 'local',
		text: 'A Hollywood producer has bought the old Rialto theater on Main Street and plans to turn it into a film studio, the town council in Cape Elizabeth heard Monday. The producer, who grew up in nearby South Portland, said he would hire 30 people. Council members said they welcomed the jobs but worried about parking. The Oklahoma Gov. Kevin Stitt visited the town last summer to talk about film incentives, and producers have also looked at sites in Scarborough and Biddeford. Portland, Maine\'s largest city, lost a studio to Massachusetts in 2019. The council will vote on zoning changes in January.',
		gold: { Hollywood: [34.1, -118.33], 'Cape Elizabeth': [43.56, -70.2], 'South Portland': [43.64, -70.24], Oklahoma: [35.5, -97.5], Scarborough: [43.58, -70.34], Biddeford: [43.49, -70.45], Portland: [43.66, -70.26], Maine: [45.3, -69.2], Massachusetts: [42.3, -71.8] }
	},
	{
		genre: 'local',
		text: 'The Louisville Metro Council voted Thursday to spend $5 million on summer jobs for teenagers, after a spike in shootings in the West End. The money will also pay for programs in Shively and Jeffersontown. The mayor said the city had learned from programs in Chicago and Baltimore. Across the Ohio River, officials in Jeffersonville and New Albany said they would start similar programs in Clark and Floyd counties. Kentucky lawmakers in Frankfort have been asked to match the money next year. The first 1,000 jobs will be handed out in May, and applications open online on Monday.',
		gold: { Louisville: [38.25, -85.76], Shively: [38.2, -85.82], Jeffersontown: [38.19, -85.56], Chicago: [41.88, -87.63], Baltimore: [39.29, -76.61], 'Ohio River': [38.0, -86.0], Jeffersonville: [38.28, -85.74], 'New Albany': [38.29, -85.82], Kentucky: [37.5, -85.3], Frankfort: [38.2, -84.87] }
	},
	{
		genre: 'local',
		text: 'Two people were hurt when a small plane crashed shortly after taking off from the airport in Marion on Saturday, the Williamson County sheriff said. The pilot, from Carbondale, and his passenger, from Herrin, were flown to a hospital in St. Louis. Federal investigators will arrive Monday. The airport, which serves much of southern Illinois, reopened Sunday. It was the first crash there since 2015, when a pilot from Paducah died while landing in fog. Neighbors in Johnston City said they heard the engine sputter before the plane came down in a soybean field.',
		gold: { Marion: [37.73, -88.93], 'Williamson County': [37.73, -88.93], Carbondale: [37.73, -89.22], Herrin: [37.8, -89.03], 'St. Louis': [38.63, -90.2], Illinois: [40.0, -89.2], Paducah: [37.08, -88.6], 'Johnston City': [37.82, -88.93] }
	},
	{
		genre: 'international',
		text: 'Georgia\'s ruling party claimed victory in Saturday\'s election, but opposition leaders said the vote was rigged and called supporters onto the streets. Observers from the Organization for Security and Co-operation in Europe said they saw voters being pressured in Kutaisi and Zugdidi. The United States and the European Union called for an investigation. Russia, which fought a war with Georgia in 2008 and still has troops in Abkhazia and South Ossetia, welcomed the result. In Batumi, on the Black Sea coast, thousands of people marched to the city hall. The president said she would not recognise the result.',
		gold: { Georgia: [42.2, 43.5], Kutaisi: [42.27, 42.7], Zugdidi: [42.51, 41.87], 'United States': US, Russia: [60.0, 90.0], Abkhazia: [43.0, 41.0], 'South Ossetia': [42.3, 44.0], Batumi: [41.64, 41.64], 'Black Sea': [43.0, 35.0] }
	},
	{
		genre: 'international',
		text: 'Wildfires forced thousands of people to leave their homes in Alberta on Thursday, and smoke drifted as far as Minnesota and Chicago. Officials in Edmonton said evacuees from Drayton Valley and Edson were staying at hotels in the city. Fire crews from Australia and the United States arrived in Calgary, and the Canadian military flew water bombers to Whitecourt. Alberta\'s premier declared a provincial emergency. In Hinton, near Jasper National Park, residents were told to be ready to leave on an hour\'s notice. Oil companies shut wells producing 300,000 barrels a day.',
		gold: { Alberta: [54.5, -115.0], Minnesota: [46.3, -94.3], Chicago: [41.88, -87.63], Edmonton: [53.55, -113.49], 'Drayton Valley': [53.22, -114.98], Edson: [53.58, -116.44], Australia: [-25.0, 134.0], 'United States': US, Calgary: [51.05, -114.07], Whitecourt: [54.14, -115.68], Hinton: [53.4, -117.58] }
	},
	{
		genre: 'health',
		text: 'Cholera cases in Sudan have passed 20,000, the health ministry said, with the worst outbreaks in Kassala and Gedaref states near the border with Ethiopia and Eritrea. Doctors in Port Sudan, where the government moved after fighting began in Khartoum, said hospitals were short of fluids. Aid groups said the war had destroyed water systems in Omdurman and in the Darfur region. The World Health Organization sent 400,000 doses of oral vaccine. Cases were also reported in the White Nile state and in Kosti, where thousands of displaced people live in camps.',
		gold: { Sudan: [15.5, 30.0], Kassala: [15.45, 36.4], Gedaref: [14.03, 35.38], Ethiopia: [9.0, 39.5], Eritrea: [15.0, 39.0], 'Port Sudan': [19.62, 37.22], Khartoum: [15.55, 32.53], Omdurman: [15.64, 32.48], Darfur: [13.5, 24.0], 'White Nile': [13.5, 32.5], Kosti: [13.16, 32.66] }
	},
	{
		genre: 'health',
		text: 'Dengue cases in Bolivia have tripled this year, with Santa Cruz department accounting for most of them, the health ministry said. Hospitals in Montero and Warnes, north of the city of Santa Cruz, have set up tents for patients. Cases are also rising in Beni and Pando, in the Amazon lowlands, and in Cochabamba. The Pan American Health Organization said the Americas were on course for a record year, with Brazil, Argentina and Paraguay also hit hard. Bolivia\'s government in La Paz asked for help with insecticide and mosquito nets.',
		gold: { Bolivia: [-17.0, -65.0], 'Santa Cruz': [-17.8, -63.18], Montero: [-17.34, -63.25], Warnes: [-17.51, -63.17], Beni: [-14.0, -65.5], Pando: [-11.5, -67.5], Cochabamba: [-17.39, -66.16], Brazil: [-10.0, -55.0], Argentina: [-34.0, -64.0], Paraguay: [-23.0, -58.0], 'La Paz': [-16.5, -68.15] }
	},
	{
		genre: 'health',
		text: 'Polio has been found in sewage in Peshawar, Quetta and Karachi, Pakistan\'s health ministry said, weeks after a child in Jacobabad was paralysed by the virus. Vaccination teams will visit 40 million children in Punjab, Sindh and Balochistan this month. In Khyber district, police will guard the teams after attacks last year. Afghanistan, the only other country where wild polio still spreads, reported cases in Kandahar and Helmand. The World Health Organization said movement across the border at Torkham and Chaman kept the virus alive in both countries.',
		gold: { Peshawar: [34.01, 71.58], Quetta: [30.18, 67.0], Karachi: [24.86, 67.0], Pakistan: [30.0, 70.0], Jacobabad: [28.28, 68.44], Punjab: [31.0, 72.5], Sindh: [26.0, 68.5], Balochistan: [28.5, 65.0], Khyber: [34.0, 71.2], Afghanistan: [33.0, 66.0], Kandahar: [31.61, 65.71], Helmand: [31.0, 64.0], Torkham: [34.1, 71.1], Chaman: [30.92, 66.45] }
	}
];

// US local news written for session 34 (none copied from anywhere) and scored BEFORE any change was tuned on
// them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s34` (issue #10: hidden US local
// news at Acc@161 0.73). The shapes sessions 30 and 33 have less of: sheriff's logs and court reports ("a
// 34-year-old <town> man"), property transfers and building permits, school-board and council minutes,
// election results by county and precinct, business openings and closings, letters to the editor, weather
// closings lists, community calendars, score lines and standings, road-work notices with routes and mile
// markers, fishing and hunting reports (lakes, reservoirs, state parks and forests, refuges), and county
// extension news. Towns of forty-odd states, most of them rural and the states earlier batches cover less
// (Alaska, Hawaii, the Dakotas, Nebraska, Utah, Nevada, Louisiana, Alabama, Connecticut, New Jersey, Maryland …),
// many sharing their names with bigger places (Moscow, Milan, Dresden, Paris, Vienna, Victoria, Halifax, Athens,
// Palestine, Oxford, Warsaw, Carthage, Moroni …), with people's surnames (Paul, Rupert, Walker, Benton, Russell,
// Taylor …) or with words (Roundup, Canadian, Panhandle, Happy …); neighbouring states' towns in one text.
// Gold points are the places' own coordinates, written from knowledge and checked against
// `gazette lookup NAME --country US`; names of no place are in notPlaces. Townships are left out of the gold:
// no shipped source lists them. Half A is for tuning; half B stays held out (report it before and after each
// change).
// Before any change (main 0167534): A 154/160 within 161 km (0.963), 46 named places not mapped, 7 names of no
// place mapped; B 167/169 (0.988), 28 not mapped, 4 names of no place mapped. Many of the unmapped are lakes,
// reservoirs, forests and refuges no shipped source lists (Lake Murray, Deep Creek Lake, Rend Lake …).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S34_A: GenreText[] = [
	{
		genre: 'local',
		text: "BROKEN BOW — A 34-year-old Ansley man pleaded no contest Tuesday in Custer County District Court to burglary of a machine shed near Mason City last spring. Judge Karin Noakes set sentencing for Jan. 9. In a separate case, a Sargent woman, 27, was bound over for trial on a charge of child abuse; her bond was continued at $25,000. A Callaway man accused of stealing a pickup from a farm west of Merna waived his preliminary hearing. The Nebraska State Patrol in North Platte assisted with both investigations. One defendant is being held in the Lincoln County jail.",
		gold: { 'BROKEN BOW': [41.4, -99.64], Ansley: [41.29, -99.38], 'Custer County': [41.39, -99.73], 'Mason City': [41.22, -99.3], Sargent: [41.64, -99.37], Callaway: [41.29, -99.93], Merna: [41.48, -99.76], 'North Platte': [41.12, -100.77], 'Lincoln County': [41.05, -100.75] },
		notPlaces: ['Noakes']
	},
	{
		genre: 'local',
		text: "Property transfers recorded in the Cullman County probate office last week: 12 acres on County Road 1242 near Vinemont, Harold and Jean Baker to Ryan Moss, $84,000. A house on Second Avenue Southeast in Cullman, Estate of Ruth Ellison to Cody and Kayla Dean, $212,500. A lot in Hanceville, Ridge Builders LLC to Marcus Pruitt, $31,000. Farmland north of Holly Pond, Wilbur Kilgo to Kilgo Family Farms, no sum stated. A store building in Arab, Sand Mountain Holdings to a Huntsville company, $640,000. Two lots in Good Hope, Terry and Lisa Shaw to First Baptist Church of Good Hope. Deeds from Birmingham buyers made up a third of the week's total.",
		gold: { 'Cullman County': [34.13, -86.87], Vinemont: [34.24, -86.86], Cullman: [34.17, -86.84], Hanceville: [34.06, -86.77], 'Holly Pond': [34.17, -86.61], Arab: [34.33, -86.5], Huntsville: [34.73, -86.59], 'Good Hope': [34.12, -86.86], Birmingham: [33.52, -86.8] },
		notPlaces: ['Harold', 'Baker', 'Moss', 'Cody', 'Dean', 'Farmland', 'Terry', 'Shaw']
	},
	{
		genre: 'local',
		text: "Minutes of the regular meeting of the Chamberlain School District 7-1 Board of Education, Dec. 8. Members present: Olson, Hutmacher, Reis, Brandt. The board approved a cooperative wrestling agreement with Kimball and White Lake for the next two seasons. Transportation director Lyle Kramer reported the bus route to Pukwana and Oacoma will start ten minutes earlier after the new year. Two bids for the gymnasium roof were opened, from a Mitchell contractor and a Sioux Falls firm; the board tabled both. The Brule County and Lyman County auditors will be asked to certify the opt-out levy. Next meeting Jan. 12.",
		gold: { Chamberlain: [43.81, -99.33], Kimball: [43.75, -98.96], 'White Lake': [43.73, -98.72], Pukwana: [43.78, -99.18], Oacoma: [43.8, -99.39], Mitchell: [43.71, -98.03], 'Sioux Falls': [43.54, -96.73], 'Brule County': [43.72, -99.08], 'Lyman County': [43.89, -99.85] },
		notPlaces: ['Olson', 'Hutmacher', 'Kramer']
	},
	{
		genre: 'local',
		text: "Unofficial results, Lafayette County runoff. Supervisor, District 3: Jim Denton 1,214, Carla Pettis 1,187. Denton carried the Abbeville and Harmontown precincts; Pettis won Taylor and the two Oxford boxes. Turnout was 31 percent countywide. Voters at the Mount Olive church precinct waited nearly an hour after a machine jammed. In neighboring Yalobusha County, the Water Valley alderman race ended in a tie and will be decided by lot. Panola County certified its results in Batesville on Wednesday. The Secretary of State's office in Jackson has until Friday to receive the returns.",
		gold: { 'Lafayette County': [34.36, -89.48], Abbeville: [34.5, -89.5], Harmontown: [34.54, -89.68], Taylor: [34.27, -89.59], Oxford: [34.37, -89.52], 'Yalobusha County': [34.03, -89.71], 'Water Valley': [34.15, -89.63], 'Panola County': [34.36, -89.95], Batesville: [34.31, -89.94], Jackson: [32.3, -90.18] },
		notPlaces: ['Denton', 'Pettis', 'Mount Olive']
	},
	{
		genre: 'local',
		text: "Business notes. A Greek restaurant has opened in the former bank building on Main Street in Winsted, in the space empty since the bank moved to Torrington. The hardware store in Canaan will close at the end of January after 71 years; the owners said they could not compete with the big stores in Great Barrington, Mass. A New Hartford brewery plans a taproom in the old mill, and a bookshop from Millerton, N.Y., is opening a second store in Salisbury. The Litchfield County chamber will hold a ribbon cutting for both in February. Norfolk's general store has new owners from Hartford.",
		gold: { Winsted: [41.92, -73.06], Torrington: [41.8, -73.12], Canaan: [42.03, -73.33], 'Great Barrington': [42.2, -73.36], 'New Hartford': [41.88, -72.98], Millerton: [41.95, -73.51], Salisbury: [41.98, -73.42], 'Litchfield County': [41.79, -73.24], Norfolk: [41.99, -73.2], Hartford: [41.76, -72.69] }
	},
	{
		genre: 'local',
		text: "Letter: Fix the parish roads before the new complex. To the editor: I drive from Ville Platte to Opelousas every weekday, and the stretch of La. 10 past Washington is the worst road I have ever driven. My neighbors in Mamou say the same about the road to Eunice. The Evangeline Parish police jury wants a sports complex; St. Landry Parish has a bridge closed for a year. Meanwhile the state sends the money to Baton Rouge and Lafayette. Fix what we have first. — Marie Landry, Chataignier",
		gold: { 'Ville Platte': [30.69, -92.27], Opelousas: [30.53, -92.08], Washington: [30.61, -92.06], Mamou: [30.63, -92.42], Eunice: [30.49, -92.42], 'Evangeline Parish': [30.73, -92.41], 'St. Landry Parish': [30.6, -92.0], 'Baton Rouge': [30.45, -91.15], Lafayette: [30.22, -92.02], Chataignier: [30.57, -92.32] },
		notPlaces: ['Landry']
	},
	{
		genre: 'local',
		text: "Closings and delays for Tuesday. Bottineau Public School: closed. Rugby: two hours late, no morning kindergarten. Towner-Granville-Upham: closed. Westhope: closed, no activities. Minot Public Schools: open on a normal schedule. Velva: two hours late. Harvey: closed; the wrestling meet with Carrington is moved to Thursday. The Pierce County courthouse is closed until noon. Rolette County roads are impassable north of Rolla, the sheriff said. The Highway Patrol has a no-travel advisory on U.S. 2 between Minot and Devils Lake.",
		gold: { Bottineau: [48.83, -100.45], Rugby: [48.37, -99.99], Towner: [48.35, -100.41], Granville: [48.27, -100.85], Upham: [48.58, -100.73], Westhope: [48.91, -101.02], Minot: [48.23, -101.3], Velva: [48.06, -100.93], Harvey: [47.77, -99.94], Carrington: [47.45, -99.13], 'Pierce County': [48.25, -99.97], 'Rolette County': [48.77, -99.84], Rolla: [48.86, -99.62], 'Devils Lake': [48.11, -98.87] }
	},
	{
		genre: 'local',
		text: "Community calendar. Thursday: The Ephraim library hosts a family history class at 7 p.m. Friday: Mount Pleasant's Christmas parade starts at 6 p.m. on Main Street, with lights at the city park afterward. Saturday: pancake breakfast at the Moroni fire station, 7 to 10 a.m.; the museum in Fairview is open 10 to 4; the hospital in Gunnison holds a free health fair. Sunday: the Snow College choirs sing at the tabernacle in Manti. Monday: the Sanpete County commission meets at 9 a.m. Travelers to Provo and Salt Lake City should expect delays on U.S. 89 at Thistle.",
		gold: { Ephraim: [39.36, -111.59], 'Mount Pleasant': [39.55, -111.46], Moroni: [39.53, -111.59], Fairview: [39.63, -111.44], Gunnison: [39.16, -111.82], Manti: [39.27, -111.64], 'Sanpete County': [39.37, -111.58], Provo: [40.23, -111.66], 'Salt Lake City': [40.76, -111.89], Thistle: [39.99, -111.5] },
		notPlaces: ['Snow College']
	},
	{
		genre: 'local',
		text: "Friday's scores. Huntingdon 28, McKenzie 21; Milan 35, Dresden 14; Camden 21, Bruceton 20 (OT); Union City 31, Paris 14; Gleason 12, Martin Westview 7. Region 7-2A standings: Huntingdon 5-0, Milan 4-1, McKenzie 3-2, Dresden 2-3, Camden 1-4, Bruceton 0-5. Huntingdon's Cole Martin ran for 166 yards and scored twice. Next week: Dresden travels to Martin, Milan hosts Camden, and Huntingdon plays at McKenzie. Kickoff for all games is 7 p.m.",
		gold: { Huntingdon: [36.0, -88.43], McKenzie: [36.13, -88.52], Milan: [35.92, -88.76], Dresden: [36.29, -88.71], Camden: [36.06, -88.1], Bruceton: [36.04, -88.24], 'Union City': [36.42, -89.06], Paris: [36.3, -88.33], Gleason: [36.22, -88.61], Martin: [36.34, -88.85] },
		notPlaces: ['Cole Martin']
	},
	{
		genre: 'local',
		text: "Road work ahead. The Wyoming Department of Transportation will reduce Interstate 90 to one lane in each direction between mile markers 14 and 23 north of Sheridan starting Monday, for bridge deck repairs at the Ranchester interchange. Work on U.S. 14 west of Dayton is finished for the season; the road over the Bighorn Mountains to Burgess Junction closes for winter on Dec. 1. Drivers between Billings, Mont., and Sheridan should allow 20 more minutes. Crews will also patch I-90 between Buffalo and Gillette at mile marker 62 on Wednesday, weather permitting.",
		gold: { Sheridan: [44.8, -106.96], Ranchester: [44.91, -107.17], Dayton: [44.88, -107.26], 'Bighorn Mountains': [44.6, -107.3], 'Burgess Junction': [44.77, -107.53], Billings: [45.78, -108.5], Buffalo: [44.35, -106.7], Gillette: [44.29, -105.5] }
	},
	{
		genre: 'local',
		text: "Fishing report. Lake Murray: Crappie are biting on minnows around brush piles near Dreher Island State Park in 15 to 20 feet of water. Lake Greenwood: Catfish are steady on cut bait in the creeks. Lake Hartwell: Stripers are chasing bait near the dam and up the lake toward Clemson. Lake Russell: Slow; a few bass off the points near Calhoun Falls. Clarks Hill: Good numbers of hybrids on the Georgia side near Lincolnton. Below the Lake Murray dam, the trout are holding in the shoals of the lower Saluda River.",
		gold: { 'Lake Murray': [34.05, -81.3], 'Dreher Island State Park': [34.09, -81.41], 'Lake Greenwood': [34.18, -82.03], 'Lake Hartwell': [34.45, -82.85], Clemson: [34.68, -82.84], 'Lake Russell': [34.1, -82.6], 'Calhoun Falls': [34.09, -82.6], 'Clarks Hill': [33.66, -82.2], Georgia: [32.7, -83.4], Lincolnton: [33.79, -82.48], 'Saluda River': [34.0, -81.1] }
	},
	{
		genre: 'local',
		text: "Extension notes. The University of Idaho Extension office in Rupert will hold a potato storage workshop Jan. 14 at the county fairgrounds in Heyburn. Growers from Burley, Paul and Declo are asked to bring samples of their worst bins. The Minidoka County and Cassia County weed boards will share a booth. A sugar beet production meeting follows on Jan. 21 in Twin Falls, and the Jerome County cattlemen's winter meeting is Jan. 28 in Jerome. Pesticide recertification credits are available at all three. Call the Rupert office to register.",
		gold: { Rupert: [42.62, -113.68], Heyburn: [42.56, -113.76], Burley: [42.54, -113.79], Paul: [42.61, -113.78], Declo: [42.52, -113.63], 'Minidoka County': [42.85, -113.64], 'Cassia County': [42.28, -113.6], 'Twin Falls': [42.56, -114.46], 'Jerome County': [42.69, -114.26], Jerome: [42.72, -114.52] }
	},
	{
		genre: 'local',
		text: "Sheriff's log. Deputies were called to N.M. 104 west of Tucumcari after cattle got onto the highway; the owner was notified. A Logan woman reported a boat stolen from her yard near Ute Lake. A San Jon man, 45, was arrested on a warrant from Curry County and taken to Clovis. Two hunters were cited for trespassing on a ranch near Conchas Lake. A trailer fire near Nara Visa was put out by the Quay County volunteer fire department. A truck driver from Amarillo, Texas, was stopped on Interstate 40 near Santa Rosa with 80 pounds of marijuana.",
		gold: { Tucumcari: [35.17, -103.72], Logan: [35.36, -103.42], 'Ute Lake': [35.37, -103.5], 'San Jon': [35.11, -103.33], 'Curry County': [34.57, -103.35], Clovis: [34.4, -103.21], 'Conchas Lake': [35.38, -104.19], 'Nara Visa': [35.61, -103.1], 'Quay County': [35.1, -103.55], Amarillo: [35.22, -101.83], Texas: [31.5, -99.3], 'Santa Rosa': [34.94, -104.68] },
		notPlaces: ['Ute']
	},
	{
		genre: 'local',
		text: "ATHENS — A 41-year-old Malakoff man was sentenced Thursday to 25 years in prison after a Henderson County jury found him guilty of aggravated robbery of a convenience store in Trinidad. Witnesses for the state included the store clerk, Doris Whitaker of Palestine, and a deputy from Kemp. The defense had asked to move the trial to Corsicana. District Attorney Mark Tyler said the man has prior convictions in Smith County and in Shreveport, La. He will serve his sentence in a state prison near Tennessee Colony.",
		gold: { ATHENS: [32.2, -95.85], Malakoff: [32.17, -96.01], 'Henderson County': [32.21, -95.85], Trinidad: [32.14, -96.09], Palestine: [31.76, -95.63], Kemp: [32.44, -96.23], Corsicana: [32.1, -96.47], 'Smith County': [32.38, -95.27], Shreveport: [32.53, -93.75], 'Tennessee Colony': [31.83, -95.84] },
		notPlaces: ['Whitaker', 'Tyler']
	},
	{
		genre: 'local',
		text: "Building permits issued by Klamath County last month: new house, 2,100 square feet, Williamson River Road, Chiloquin, $410,000; machine shop, Bonanza, $88,000; pole barn, Merrill, $46,000; addition to a house, Malin, $52,000; commercial remodel of a restaurant on Main Street, Klamath Falls, $230,000; cell tower near Keno, $150,000. Permits issued by the city of Klamath Falls are listed separately. Contractors from Lakeview and from Tulelake, Calif., pulled three of the permits.",
		gold: { 'Klamath County': [42.69, -121.65], Chiloquin: [42.58, -121.87], Bonanza: [42.2, -121.41], Merrill: [42.03, -121.6], Malin: [42.01, -121.41], 'Klamath Falls': [42.22, -121.78], Keno: [42.13, -121.93], Lakeview: [42.19, -120.35], Tulelake: [41.96, -121.48] }
	},
	{
		genre: 'local',
		text: "Council minutes. The Eufaula City Council on Monday approved a water agreement with the town of Clayton and accepted a $1.2 million grant for the riverfront park on Lake Eufaula. Council member Ray Abbott asked that the Georgetown, Ga., fire department be invited to the joint training exercise. Barbour County commissioners will be asked to share the cost of paving the road to the boat ramp. The council also heard from a Dothan developer about a hotel near U.S. 431, and set a public hearing on the budget for Dec. 22. Abbeville and Headland have agreed to a similar water deal.",
		gold: { Eufaula: [31.89, -85.15], Clayton: [31.88, -85.45], 'Lake Eufaula': [31.9, -85.1], Georgetown: [31.88, -85.11], 'Barbour County': [31.87, -85.39], Dothan: [31.22, -85.39], Abbeville: [31.57, -85.25], Headland: [31.35, -85.34] },
		notPlaces: ['Abbott']
	},
	{
		genre: 'local',
		text: "To the editor: The Select Board in Athol voted last week to close the transfer station on Saturdays, and the people of Orange, Petersham and Phillipston who share it were not asked. Half of us work in Gardner or Worcester all week. Saturday is the only day we can haul our trash. The board says it saves $40,000 a year; a private hauler from Keene, N.H., will cost families more than that. If money must be saved, close it on a weekday. — Ellen Gardner, Orange",
		gold: { Athol: [42.6, -72.23], Orange: [42.59, -72.31], Petersham: [42.49, -72.19], Phillipston: [42.55, -72.13], Gardner: [42.58, -71.99], Worcester: [42.26, -71.8], Keene: [42.93, -72.28] },
		notPlaces: ['Ellen Gardner']
	},
	{
		genre: 'local',
		text: "Hunting report. Hunters in Garrett County checked 1,412 deer during the two-week firearms season, up 6 percent, and Allegany County reported 1,050. Biologists at the Savage River State Forest office said the acorn crop kept deer in the high woods. Hunters around Deep Creek Lake did well early in the season. Check stations in Oakland, Grantsville and Frostburg reported several bucks of more than 150 pounds. Across the line, Preston County, W.Va., had its best season in a decade. Cumberland's sporting goods stores reported strong sales of blaze orange.",
		gold: { 'Garrett County': [39.53, -79.27], 'Allegany County': [39.62, -78.7], 'Savage River State Forest': [39.56, -79.11], 'Deep Creek Lake': [39.51, -79.32], Oakland: [39.41, -79.41], Grantsville: [39.7, -79.16], Frostburg: [39.66, -78.93], 'Preston County': [39.47, -79.67], Cumberland: [39.65, -78.76] }
	},
	{
		genre: 'local',
		text: "Sampson County results. Commissioner, District 2: Tom Warren 3,408, Jackie Register 2,977. Warren won the Clinton, Garland and Harrells precincts; Register carried Roseboro and Salemburg. Newton Grove voters approved beer and wine sales, 612 to 540. School board: incumbents kept all three seats. Turnout was 38 percent. In neighboring Duplin County, the Warsaw and Kenansville town races were decided by fewer than 20 votes, and the county board of elections will recount on Thursday.",
		gold: { 'Sampson County': [34.99, -78.37], Clinton: [35.0, -78.32], Garland: [34.79, -78.39], Harrells: [34.73, -78.2], Roseboro: [34.95, -78.51], Salemburg: [35.02, -78.5], 'Newton Grove': [35.25, -78.35], 'Duplin County': [34.93, -77.93], Warsaw: [34.99, -78.09], Kenansville: [34.96, -77.96] },
		notPlaces: ['Warren', 'Register']
	},
	{
		genre: 'local',
		text: "The only grocery store in Delta Junction will close Dec. 31, its owners said, after sales fell when the highway work ended. Residents will have to drive 95 miles to Fairbanks or to the store in North Pole. The owners are in talks with a buyer from Tok. The Glennallen grocery has offered to deliver once a week along the Richardson Highway. The borough assembly in Fairbanks will discuss a loan at its next meeting. Some residents said they would drive to Anchorage once a month, or to Whitehorse in the summer.",
		gold: { 'Delta Junction': [64.04, -145.73], Fairbanks: [64.84, -147.72], 'North Pole': [64.75, -147.35], Tok: [63.34, -142.99], Glennallen: [62.11, -145.55], 'Richardson Highway': [63.0, -145.5], Anchorage: [61.22, -149.9], Whitehorse: [60.72, -135.06] },
		notPlaces: ['Richardson']
	}
];

export const HELD_OUT_US_LOCAL_S34_B: GenreText[] = [
	{
		genre: 'local',
		text: "Sheriff's log, Dearborn County. A 29-year-old Aurora man was arrested after a chase that began on U.S. 50 in Lawrenceburg and ended in a field near Greendale. A Rising Sun woman reported her car stolen from a lot at the casino. Deputies assisted police in Harrison, Ohio, with a warrant; the man was later found in Petersburg, Ky. A Bright man was cited for burning trash. A Moores Hill family's dog was found safe. Ohio County deputies handled two crashes on Ind. 56.",
		gold: { 'Dearborn County': [39.14, -84.97], Aurora: [39.06, -84.9], Lawrenceburg: [39.09, -84.85], Greendale: [39.11, -84.86], 'Rising Sun': [38.95, -84.85], Harrison: [39.26, -84.82], Petersburg: [39.07, -84.87], Bright: [39.22, -84.86], 'Moores Hill': [39.11, -85.09], 'Ohio County': [38.93, -84.96] }
	},
	{
		genre: 'local',
		text: "A 19-year-old Vienna man was sentenced Monday in Dooly County Superior Court to 10 years, five to serve, for his part in a shooting outside a store in Unadilla last year. Judge Sam Perry ordered him to have no contact with the victim, a Pinehurst man. Two co-defendants, from Cordele and Montezuma, will be tried in March. The case was investigated by the GBI office in Perry. The victim was treated at a hospital in Macon and has recovered.",
		gold: { Vienna: [32.09, -83.8], 'Dooly County': [32.16, -83.8], Unadilla: [32.26, -83.74], Pinehurst: [32.2, -83.76], Cordele: [31.96, -83.78], Montezuma: [32.31, -84.03], Perry: [32.46, -83.73], Macon: [32.84, -83.63] },
		notPlaces: ['Sam Perry']
	},
	{
		genre: 'local',
		text: "Real estate transfers, Ellis County. Lots 4 and 5, Block 12, Hays, from Dean and Ann Schmidt to Kyle Dreiling. A house in Victoria, from the estate of Rose Pfeifer to Brian Ellis. 160 acres southwest of Ellis, from Leo Karlin to Karlin Farms LLC. A lot in Schoenchen, from Mary Basgall to the city. A duplex on Vine Street, Hays, from a WaKeeney investor to Gary Wasinger. Farmland near Catharine, from Irene Staab to Staab Land Co. A Russell company bought the former implement dealer's building on U.S. 183.",
		gold: { 'Ellis County': [38.91, -99.32], Hays: [38.88, -99.33], Victoria: [38.85, -99.15], Ellis: [38.94, -99.56], Schoenchen: [38.71, -99.33], WaKeeney: [39.03, -99.88], Catharine: [38.93, -99.22], Russell: [38.9, -98.86] },
		notPlaces: ['Brian Ellis', 'Karlin', 'Farmland']
	},
	{
		genre: 'local',
		text: "School board briefs. Elko County School District trustees on Tuesday approved a four-day week for the schools in Wells and Jackpot starting next fall, and heard from Carlin parents who want the same. A new roof for the Spring Creek middle school was bid at $2.3 million. The Owyhee school will share a counselor with the tribal health clinic. Trustees also approved a trip for the Elko High band to a festival in Reno and a basketball tournament in Twin Falls, Idaho. Trustee Ann Wells was absent.",
		gold: { 'Elko County': [40.98, -115.4], Wells: [41.11, -114.96], Jackpot: [41.98, -114.67], Carlin: [40.71, -116.1], 'Spring Creek': [40.73, -115.59], Owyhee: [41.95, -116.1], Elko: [40.83, -115.76], Reno: [39.53, -119.81], 'Twin Falls': [42.56, -114.46], Idaho: [44.5, -114.5] },
		notPlaces: ['Ann Wells']
	},
	{
		genre: 'local',
		text: "Minutes, Colville City Council, Dec. 9. Present: Mayor Hansen and all council members. The council approved a mutual aid agreement with the fire departments of Chewelah and Kettle Falls, and a contract with a Spokane engineering firm for the sewer plant. The Stevens County commissioners asked the council to support a grant for the Northport airport. A resident asked about truck traffic to the border crossing toward Grand Forks, B.C. The council adjourned at 8:40 p.m.",
		gold: { Colville: [48.55, -117.91], Chewelah: [48.28, -117.72], 'Kettle Falls': [48.61, -118.06], Spokane: [47.66, -117.43], 'Stevens County': [48.4, -117.85], Northport: [48.92, -117.78], 'Grand Forks': [49.03, -118.44] },
		notPlaces: ['Hansen']
	},
	{
		genre: 'local',
		text: "Election results. Halifax County: For supervisor, Banister District, Calvin Womack 1,902, Donna Clover 1,644. South Boston voters re-elected two council members. The town of Clover elected a new mayor by 11 votes, and Scottsburg's council race went to a recount. In Virgilina, a write-in won a council seat. Mecklenburg County: the Clarksville mayor was unopposed; Chase City approved a meals tax. Across the state line, Danville turnout was 29 percent.",
		gold: { 'Halifax County': [36.77, -78.94], 'South Boston': [36.7, -78.9], Clover: [36.83, -78.73], Scottsburg: [36.75, -78.79], Virgilina: [36.55, -78.77], 'Mecklenburg County': [36.68, -78.36], Clarksville: [36.62, -78.56], 'Chase City': [36.8, -78.46], Danville: [36.59, -79.4] },
		notPlaces: ['Donna Clover', 'Womack']
	},
	{
		genre: 'local',
		text: "Open for business: A coffee shop and bakery has opened in the old hotel lobby in Harlowton, the first in town in six years. In Roundup, the lumber yard has new owners from Lewistown. A fly shop in Big Timber is adding a guide service for the Yellowstone and Boulder rivers. The bar in Two Dot has reopened after a fire. Wheatland County commissioners approved a tax break for a Great Falls company that will build grain bins near Judith Gap. A Billings dentist will see patients in Harlowton twice a month.",
		gold: { Harlowton: [46.43, -109.83], Roundup: [46.45, -108.54], Lewistown: [47.06, -109.43], 'Big Timber': [45.83, -109.95], 'Two Dot': [46.43, -110.07], 'Wheatland County': [46.47, -109.84], 'Great Falls': [47.5, -111.3], 'Judith Gap': [46.68, -109.75], Billings: [45.78, -108.5] }
	},
	{
		genre: 'local',
		text: "School closings for Monday. Lee County, Va.: closed. Hancock County: closed. Claiborne County: two hours late. Harlan County: closed. Bell County: closed. Middlesboro Independent: closed. Pineville Independent: two hours late. Roads are slick on U.S. 25E through Cumberland Gap and on U.S. 58 between Jonesville and Pennington Gap. The Tazewell and Sneedville libraries open at noon. Lincoln Memorial University in Harrogate will hold classes as scheduled.",
		gold: { 'Lee County': [36.7, -83.13], 'Hancock County': [36.52, -83.22], 'Claiborne County': [36.49, -83.66], 'Harlan County': [36.86, -83.22], 'Bell County': [36.73, -83.67], Middlesboro: [36.61, -83.72], Pineville: [36.76, -83.69], 'Cumberland Gap': [36.6, -83.67], Jonesville: [36.69, -83.11], 'Pennington Gap': [36.76, -83.03], Tazewell: [36.45, -83.57], Sneedville: [36.53, -83.22], Harrogate: [36.58, -83.66] },
		notPlaces: ['Lincoln Memorial University']
	},
	{
		genre: 'local',
		text: "Community calendar. Saturday: Holiday craft show, 9 a.m. to 3 p.m., the firehouse in Belvidere. Saturday: Breakfast with Santa at the Washington senior center. Sunday: A tree lighting on the green in Blairstown at 5 p.m. Tuesday: The Warren County library branch in Phillipsburg hosts a book club. Wednesday: A blood drive at the Hackettstown rescue squad. Thursday: A river walk from Phillipsburg across the bridge to Easton, Pa., leaving at 10 a.m. Friday: Hope's historical society hosts a lantern tour.",
		gold: { Belvidere: [40.83, -75.08], Washington: [40.76, -74.98], Blairstown: [40.98, -74.96], 'Warren County': [40.86, -75.01], Phillipsburg: [40.69, -75.19], Hackettstown: [40.85, -74.83], Easton: [40.69, -75.22], Hope: [40.91, -74.97] }
	},
	{
		genre: 'local',
		text: "Girls basketball. Presque Isle 52, Caribou 40: Emma Bell scored 19 for the Wildcats. Houlton 38, Hodgdon 35. Fort Kent 61, Madawaska 29. Washburn 44, Ashland 30. Standings, Class C North: Houlton 6-0, Fort Kent 5-1, Washburn 4-2, Hodgdon 2-4, Madawaska 1-5, Ashland 0-6. Caribou plays at Bangor on Saturday, and Presque Isle hosts Hermon.",
		gold: { 'Presque Isle': [46.68, -68.02], Caribou: [46.86, -68.01], Houlton: [46.13, -67.84], Hodgdon: [46.05, -67.87], 'Fort Kent': [47.26, -68.59], Madawaska: [47.36, -68.33], Washburn: [46.79, -68.16], Ashland: [46.63, -68.41], Bangor: [44.8, -68.77], Hermon: [44.81, -68.91] },
		notPlaces: ['Emma Bell']
	},
	{
		genre: 'local',
		text: "Road notice. The U.S. 136 bridge between Keokuk, Iowa, and Hamilton, Ill., will close to traffic from 8 p.m. to 5 a.m. Tuesday through Thursday for deck repairs. Detour: Illinois 96 north to Nauvoo, then to Fort Madison. Ill. 96 will be reduced to one lane between Warsaw and Hamilton near mile marker 12. Trucks bound for Carthage should use U.S. 136 east. Missouri drivers from Kahoka may use Route 27 to the bridge at Fort Madison. The work is expected to finish by Dec. 19.",
		gold: { Keokuk: [40.4, -91.38], Hamilton: [40.4, -91.34], Nauvoo: [40.55, -91.38], 'Fort Madison': [40.63, -91.32], Warsaw: [40.36, -91.43], Carthage: [40.41, -91.14], Kahoka: [40.42, -91.72], Missouri: [38.4, -92.5] }
	},
	{
		genre: 'local',
		text: "Ice report. Lake of the Woods: 8 to 10 inches out of Baudette and Wheeler's Point; resorts are moving fish houses out a mile. Upper Red Lake: 7 inches near Waskish; walleye are biting at dusk. Lake Winnibigoshish: still open in the middle; stay near shore. Leech Lake: Walker Bay has 6 inches; the main lake is not safe. Cass Lake: anglers are on the north shore. The Deer River bait shop reports perch on Winnie's west side. Walker police remind sledders to stay off the river mouths.",
		gold: { 'Lake of the Woods': [49.0, -94.9], Baudette: [48.71, -94.6], 'Upper Red Lake': [48.1, -94.75], Waskish: [48.16, -94.51], 'Lake Winnibigoshish': [47.43, -94.2], 'Leech Lake': [47.15, -94.4], 'Walker Bay': [47.1, -94.55], 'Cass Lake': [47.38, -94.6], 'Deer River': [47.33, -93.79], Walker: [47.1, -94.59] }
	},
	{
		genre: 'local',
		text: "Cochise County extension. The pecan growers' meeting is Tuesday at the Willcox community center; growers from Bowie and San Simon will report on the new orchards along Interstate 10. A cattle workshop on drought feeding is set for Jan. 10 in Benson. The Graham County fair board in Safford is looking for 4-H judges. Farmers across the line in Lordsburg, N.M., are invited to the water meeting on Jan. 17. Extension agent Cindy Benson can be reached at the Willcox office.",
		gold: { 'Cochise County': [31.88, -109.75], Willcox: [32.25, -109.83], Bowie: [32.33, -109.49], 'San Simon': [32.27, -109.22], Benson: [31.97, -110.29], 'Graham County': [32.93, -109.89], Safford: [32.83, -109.71], Lordsburg: [32.35, -108.71] },
		notPlaces: ['Cindy Benson']
	},
	{
		genre: 'local',
		text: "Police log. A 22-year-old Lancaster man was charged with breaking into cars at an apartment complex on U.S. 521. A Kershaw woman reported a stolen trailer. Heath Springs police arrested a man wanted in Monroe, N.C., and held him for extradition. A Pageland man, 50, was charged with driving under the influence after a crash near Waxhaw. Chesterfield County deputies are looking for a pickup seen leaving a burglary on S.C. 9.",
		gold: { Lancaster: [34.72, -80.77], Kershaw: [34.55, -80.58], 'Heath Springs': [34.59, -80.67], Monroe: [34.99, -80.55], Pageland: [34.77, -80.39], Waxhaw: [34.92, -80.74], 'Chesterfield County': [34.64, -80.16] }
	},
	{
		genre: 'local',
		text: "To the editor: The Goshen County commissioners want to close the Lingle clinic and send us to Torrington. For farm families near Yoder, that is a 30-mile drive each way, and the winter roads make it longer. People in Guernsey already drive to Wheatland, and half the time to Scottsbluff or Gering across the state line. I urge readers to attend the hearing. A clinic costs less than one flight to Cheyenne. — Gary Wheatland, Lingle",
		gold: { 'Goshen County': [42.09, -104.35], Lingle: [42.14, -104.34], Torrington: [42.06, -104.18], Yoder: [41.92, -104.29], Guernsey: [42.27, -104.74], Wheatland: [42.05, -104.95], Scottsbluff: [41.87, -103.66], Gering: [41.83, -103.66], Cheyenne: [41.14, -104.82] },
		notPlaces: ['Gary Wheatland']
	},
	{
		genre: 'local',
		text: "Building permits. Pampa: new house, 1900 block of Evergreen Street, $290,000; carport, Christine Street, $8,000. White Deer: metal building for the volunteer fire department, $120,000. Panhandle: two new houses on Main Street, $510,000. Gray County: a wind farm substation south of McLean, $3.4 million. Canadian: remodel of the old bank building into a restaurant, $600,000. Contractors from Borger and Amarillo pulled most of the permits.",
		gold: { Pampa: [35.54, -100.96], 'White Deer': [35.43, -101.17], Panhandle: [35.35, -101.38], 'Gray County': [35.4, -100.81], McLean: [35.23, -100.6], Canadian: [35.91, -100.38], Borger: [35.67, -101.4], Amarillo: [35.22, -101.83] }
	},
	{
		genre: 'local',
		text: "Unofficial results, Adair County. Magistrate, District 4: Larry Knifley 688, Ron Bryant 610. Knifley led in the Gradyville and Breeding precincts; Bryant won Columbia's two boxes. The Columbia city council race drew eight candidates for six seats. In Russell County, voters in Russell Springs approved alcohol sales, 1,014 to 902. Taylor County's clerk in Campbellsville said the new machines worked without trouble.",
		gold: { 'Adair County': [37.1, -85.28], Gradyville: [37.0, -85.42], Breeding: [36.96, -85.41], Columbia: [37.1, -85.31], 'Russell County': [36.99, -85.06], 'Russell Springs': [37.06, -85.09], 'Taylor County': [37.37, -85.33], Campbellsville: [37.34, -85.34] },
		notPlaces: ['Larry Knifley', 'Knifley', 'Bryant']
	},
	{
		genre: 'local',
		text: "Football, first round. Kellogg 21, Bonners Ferry 14: The Wildcats scored on a late pass. Priest River 35, Timberlake 28. Sandpoint 42, Lakeland 7. Moscow 28, Lewiston 20: The Bears' Jake Kellogg ran for two scores. Pullman, Wash., 31, Clarkston, Wash., 13. Next week: Moscow plays at Sandpoint, and Kellogg hosts Priest River. Games at Lewiston and Pullman kick off at 7 p.m.",
		gold: { Kellogg: [47.54, -116.12], 'Bonners Ferry': [48.69, -116.32], 'Priest River': [48.18, -116.91], Sandpoint: [48.28, -116.55], Moscow: [46.73, -117.0], Lewiston: [46.42, -117.02], Pullman: [46.73, -117.18], Clarkston: [46.42, -117.05] },
		notPlaces: ['Jake Kellogg', 'Timberlake', 'Lakeland']
	},
	{
		genre: 'local',
		text: "Waterfowl report. Duck numbers at Rend Lake rose to 18,000 this week, mostly mallards and gadwalls, and hunters at the Carlyle Lake blinds reported limits on Saturday. The Crab Orchard National Wildlife Refuge counted 40,000 Canada geese. Check stations in Marion and Benton said hunters were taking more teal than usual. A waterfowl banquet will be held in Mount Vernon on Jan. 9. Hunters coming across the river from Cape Girardeau, Mo., need an Illinois license.",
		gold: { 'Rend Lake': [38.05, -88.98], 'Carlyle Lake': [38.66, -89.29], 'Crab Orchard National Wildlife Refuge': [37.7, -89.1], Marion: [37.73, -88.93], Benton: [37.99, -88.92], 'Mount Vernon': [38.32, -88.9], 'Cape Girardeau': [37.31, -89.52], Illinois: [40.0, -89.2] },
		notPlaces: ['Canada']
	},
	{
		genre: 'local',
		text: "Extension notes. Coffee growers in Holualoa and Kealakekua are asked to report coffee berry borer counts to the Kona extension office by Friday. A macadamia field day will be held Jan. 16 near Honokaa, with a bus from Hilo. Ranchers in Waimea can sign up for a pasture workshop. The Hawaii County council in Hilo will hear a request for farm road repairs near Captain Cook. Growers on Maui and Kauai can join by video.",
		gold: { Holualoa: [19.62, -155.95], Kealakekua: [19.52, -155.92], Kona: [19.64, -155.99], Honokaa: [20.08, -155.47], Hilo: [19.72, -155.09], Waimea: [20.02, -155.67], 'Hawaii County': [19.6, -155.5], 'Captain Cook': [19.5, -155.92], Maui: [20.8, -156.33], Kauai: [22.05, -159.5] }
	}
];

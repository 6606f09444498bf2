// Business, sports, culture, travel and science news full of names that contain places (issue #10: words inside
// organisation, team, company, event, product and treaty names are never mapped; a person's name is not a
// place), written for session 28 (none copied from anywhere) BEFORE reading the geoparser's code, and scored
// before any change was tuned on them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-named-things`.
// First honest score (main 0f5a802): 544/554 = 0.982 (local 253/257, international 291/297), 25 named places
// not mapped, and 44 names of no place mapped (local 23, international 21): clubs and franchises ("Real Madrid",
// "Paris Saint-Germain", "Bayern Munich", "Benfica", "the Dallas Cowboys", "Tampa Bay", "San Francisco 49ers",
// "Carolina Panthers", "Madison Square Garden", "Mumbai Indians"), companies ("Air India", "China Eastern",
// "Anglo American", "Toyota", "Tata", "Emirates", "Delta Air Lines", "Bernstein"), organisation heads ("Toyota
// Motor Manufacturing Kentucky", "Toyota Motor North America", "the Mayo Clinic", "Washington State Patrol",
// "Organization for Security and Co-operation in Europe"), events and treaties ("the Monaco Grand Prix", "the
// Warsaw Pact"), products ("Hyundai Santa Fe", "Tucson", "Dodge Durango"), people ("Austin Jordan"), college
// teams ("Tennessee", "Arkansas", "Stanford", "Mercer", "Centerville") and a disease ("African swine fever");
// wrong places: VIENNA (the dateline, with Nevada and New York in the text) and "Washington" beside Pittsburgh
// taken for US namesakes, "Dallas" in a list after "Jacksonville, Fla.", "Double-A Portland" of the Red Sox,
// "Austin" among Minnesota towns, "El Palmar" (Murcia), "Cappadocia", "the Amazon", "the Danube".
// No longer held out: session 28 tuned on its misses (ff393da, 30fc662, b3b0017, ff78195) and session 29 too
// (74245db, 1cf0d1d, 815fb18, df7e75b, 6459b7a, 1303ec4: teams after their town, "Bayern Munich", firms'
// branches), so later scores are tuned; only the first, 544/554 with 44, was held-out.
// The forms: datelines ("REDMOND, Wash.", "PARIS (Reuters) —"), "-based" and "-listed" companies, ports, plants
// and headquarters; match reports and results with clubs named for their cities, venues (Wembley) and races
// (the Tour de France, the Melbourne Cup, the Boston Marathon); festivals (the Edinburgh Festival Fringe, the
// Venice Biennale, Cannes), itineraries (Split to Hvar, Kyoto to Nara), food and drink named for places (Buffalo
// wings, Parma ham, champagne, a Brooklyn Lager); laboratories, universities and hospitals named for places;
// cars named for places (Malibu, Tacoma, Santa Fe, Tucson, Durango); newspapers (The Denver Post, The New York
// Times); treaties and bodies (the OSCE Minsk Group, the Paris Agreement, the Good Friday Agreement).
// What a careful annotator maps, as decided here: the place where something is based, made, held or raced is a
// place ("the Paris-based group", "London-listed", "the Frankfurt stock exchange", "at Wembley", a race's town
// named apart from its name); a place word inside a longer name is not (clubs, companies, banks, airlines,
// universities, laboratories, newspapers, festivals, races, treaties, products), nor a team called by its state
// or school ("beat Tennessee"), nor a person. Whole names of sites (airports, the White House where a deal is
// signed) are places; one-word metonyms of a place (Wall Street, Glastonbury, Wimbledon) and demonyms are left
// ungraded. notPlaces lists the place words used inside other names (and the whole names, in case they are
// matched whole). Gold points come from the gazetteer's own data (`gazette lookup NAME --country CC`, the entry
// the text means, rounded to 0.01°); where it has none (Leith, Portobello, Mayfair, El Palmar, Lusail, County
// Kildare), the place's own coordinates.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_NAMED_THINGS: GenreText[] = [
	{
		genre: 'local',
		text: "SEATTLE — Redmond, Wash.-based Microsoft said Tuesday it would build a data center campus in Mount Pleasant, Wis., on land once set aside for a Foxconn factory, and hire about 800 people over three years. Shares of the software maker rose 2% on Wall Street. Executives told analysts at a meeting in Seattle that the site was picked for its access to Lake Michigan water and cheap power. Gov. Tony Evers called the deal a second chance for Racine County, where the earlier project left hundreds of acres graded but empty. Rival Amazon Web Services, which runs a large cluster of data centers in northern Virginia, declined to comment. A Morgan Stanley analyst said the investment was modest next to what the company plans to spend on data centers this year.",
		gold: { SEATTLE: [47.61, -122.33], Seattle: [47.61, -122.33], Redmond: [47.67, -122.12], 'Wash.': [47.4, -120.5], 'Mount Pleasant': [42.7, -87.86], 'Wis.': [43.78, -88.79], 'Lake Michigan': [44, -87], 'Racine County': [42.73, -88.03], Virginia: [37.43, -78.66] },
		notPlaces: ["Amazon", "Amazon Web Services", "Morgan Stanley"]
	},
	{
		genre: 'international',
		text: "PARIS (Reuters) — The Paris-based luxury group LVMH said on Thursday that sales of its cognac and champagne fell 9% in the third quarter, as Chinese buyers cut back and American distributors ran down stocks ahead of new tariffs. Its Hennessy brand, made in Cognac in western France, was hit hardest. Shares in the group closed down 3.4% in Paris, dragging the CAC 40 lower. Analysts at Bernstein in London said demand for leather goods held up better, helped by tourists buying handbags in Milan and Tokyo. The company's finance chief told reporters that its new Louis Vuitton workshops near Vendôme and in Texas were on schedule.",
		gold: { PARIS: [48.85, 2.35], Paris: [48.85, 2.35], Cognac: [45.7, -0.33], France: [46, 2], London: [51.51, -0.13], Milan: [45.46, 9.19], Tokyo: [35.69, 139.69], Texas: [31.97, -99.9] },
		notPlaces: ["Hennessy", "Louis Vuitton", "Bernstein"]
	},
	{
		genre: 'international',
		text: "FRANKFURT — Deutsche Bank will cut about 2,000 jobs in its retail arm and move more back-office work to Berlin and to its service centers in Bucharest and Pune, the lender said on Wednesday. The shares rose 4% on the Frankfurt stock exchange. The bank also said it had agreed to sell part of its stake in DWS, its fund manager, to an investor group led by Abu Dhabi's sovereign fund. Rival Commerzbank, which is fending off an approach from Italy's UniCredit, reports on Friday. Union officials from Verdi said they would fight any closures of branches in rural Bavaria and Saxony.",
		gold: { FRANKFURT: [50.12, 8.68], Frankfurt: [50.12, 8.68], Berlin: [52.52, 13.41], Bucharest: [44.43, 26.11], Pune: [18.52, 73.86], 'Abu Dhabi': [24.45, 54.4], Italy: [42.83, 12.83], Bavaria: [48.79, 11.5], Saxony: [51.1, 13.2] },
		notPlaces: ["Deutsche", "Deutsche Bank", "DWS", "Verdi"]
	},
	{
		genre: 'local',
		text: "SPARTANBURG, S.C. — BMW will invest another $1.7 billion in its plant in Greer, the German automaker said Friday, to build electric SUVs and a battery assembly line. The factory, which sits between Spartanburg and Greenville along Interstate 85, already employs more than 11,000 people and ships most of its vehicles through the Port of Charleston. Gov. Henry McMaster said the state would put $285 million toward a new road interchange and job training at Spartanburg Community College. Battery cells will come from a new plant being built by Envision AESC in Florence County. The investment follows similar announcements by Toyota in North Carolina and Hyundai near Savannah, Ga.",
		gold: { SPARTANBURG: [34.95, -81.93], Spartanburg: [34.95, -81.93], 'S.C.': [33.84, -81.16], Greer: [34.94, -82.23], Greenville: [34.85, -82.39], Charleston: [32.78, -79.93], 'Florence County': [34.01, -79.69], 'North Carolina': [35.76, -79.02], Savannah: [32.08, -81.1], 'Ga.': [32.17, -82.9] },
		notPlaces: ["Toyota", "Spartanburg Community College", "Envision AESC"]
	},
	{
		genre: 'local',
		text: "GEORGETOWN, Ky. — Toyota Motor Manufacturing Kentucky, the automaker's largest plant in the world, will add a third shift next spring to keep up with demand for the Camry and RAV4 hybrids, plant president Kerry Creech told workers Monday. The Georgetown factory, about 15 miles north of Lexington, has built more than 14 million vehicles since 1988. Suppliers in Frankfort, Winchester and Paris are expected to hire too. Toyota Motor North America, based in Plano, Texas, also said it would expand an engine plant in Huntsville, Ala., and its battery plant in Liberty, N.C. Scott County officials said they would widen U.S. 460 near the plant's east gate.",
		gold: { GEORGETOWN: [38.21, -84.56], Georgetown: [38.21, -84.56], 'Ky.': [37.84, -84.27], Lexington: [37.99, -84.48], Frankfort: [38.2, -84.87], Winchester: [37.99, -84.18], Paris: [38.21, -84.25], Plano: [33.02, -96.7], Texas: [31.97, -99.9], Huntsville: [34.73, -86.59], 'Ala.': [32.32, -86.9], Liberty: [35.85, -79.57], 'N.C.': [35.76, -79.02], 'Scott County': [38.29, -84.58] },
		notPlaces: ["Toyota", "Kentucky", "North America", "Toyota Motor North America", "Toyota Motor Manufacturing Kentucky"]
	},
	{
		genre: 'local',
		text: "CHARLOTTE, N.C. — Bank of America will raise its minimum wage for U.S. employees to $25 an hour by 2025, the Charlotte-based lender said Tuesday, a year after rivals Wells Fargo and JPMorgan Chase raised theirs. The bank employs about 15,000 people in the Charlotte area and has large operations centers in Jacksonville, Fla., Dallas and Pennington, N.J. Chief executive Brian Moynihan said in a memo that the increase would reach tellers in rural branches from Maine to New Mexico. Shares were little changed in afternoon trading in New York.",
		gold: { CHARLOTTE: [35.23, -80.84], 'N.C.': [35.76, -79.02], Charlotte: [35.23, -80.84], Jacksonville: [30.33, -81.66], 'Fla.': [27.66, -81.52], Dallas: [32.78, -96.81], Pennington: [40.33, -74.79], 'N.J.': [40.06, -74.41], Maine: [45.25, -69.45], 'New Mexico': [34.52, -105.87], 'New York': [40.71, -74.01] },
		notPlaces: ["America", "Bank of America", "Wells Fargo", "JPMorgan Chase"]
	},
	{
		genre: 'international',
		text: "NEW DELHI — Air India has ordered 100 more narrow-body jets from Airbus, the Tata-owned carrier said on Tuesday, as it races to add flights out of Delhi and Mumbai before rivals IndiGo and Akasa. The planes will be assembled partly at Airbus's line in Toulouse and partly at its plant in Mobile, Alabama. Air India also plans a maintenance base in Bengaluru. The order comes a week after China Eastern and China Southern, hit by weak travel demand at home, deferred deliveries of their own Airbus jets. Emirates and Qatar Airways, which carry many Indian travellers to Europe through Dubai and Doha, have lobbied against more flying rights for Indian carriers.",
		gold: { 'NEW DELHI': [28.64, 77.22], Delhi: [28.65, 77.23], Mumbai: [19.07, 72.88], Toulouse: [43.6, 1.44], Mobile: [30.69, -88.04], Alabama: [32.32, -86.9], Bengaluru: [12.97, 77.59], Europe: [50, 10], Dubai: [25.08, 55.31], Doha: [25.29, 51.53] },
		notPlaces: ["India", "Air India", "China", "China Eastern", "China Southern", "Qatar", "Qatar Airways", "Emirates", "Tata"]
	},
	{
		genre: 'international',
		text: "ROTTERDAM — Container volumes at the Port of Rotterdam fell 4% in the first half, as fewer ships from Asia sailed through the Red Sea and more unloaded their cargo at rival hubs in Antwerp and Hamburg, the port authority said on Thursday. Europe's largest port said that new terminals on the Maasvlakte, its land reclaimed from the North Sea, would still open next year. Chief executive Boudewijn Siemons said strikes by Belgian pilots had briefly sent some traffic back to Rotterdam in March. Shipping lines such as Maersk, which is based in Copenhagen, now route many vessels around the Cape of Good Hope, adding about ten days to the trip from Shanghai.",
		gold: { ROTTERDAM: [51.92, 4.48], Rotterdam: [51.92, 4.48], Asia: [29.84, 89.3], 'Red Sea': [20, 38.5], Antwerp: [51.22, 4.4], Hamburg: [53.55, 9.99], Europe: [50, 10], Maasvlakte: [51.96, 4.03], 'North Sea': [56, 3], Copenhagen: [55.68, 12.57], 'Cape of Good Hope': [-34.36, 18.47], Shanghai: [31.22, 121.46] },
		notPlaces: ["Maersk"]
	},
	{
		genre: 'international',
		text: "LONDON — London-listed miner Anglo American said on Monday it would sell its stake in a platinum producer in South Africa and its coal mines in Queensland, Australia, as it fends off interest from larger rivals. The sale leaves the group focused on copper in Chile and Peru and on iron ore from the Northern Cape. The company, whose headquarters are in London's Mayfair, also agreed to sell its De Beers diamond unit, based in Gaborone, within two years. The FTSE 100 closed up 0.6%. Analysts at Liberum said bidders from Sydney and Melbourne were likely to circle the coal assets.",
		gold: { LONDON: [51.51, -0.13], London: [51.51, -0.13], 'South Africa': [-29, 24], Queensland: [-23.14, 144.78], Australia: [-25, 135], Chile: [-30, -71], Peru: [-10, -76], 'Northern Cape': [-29.05, 21.86], Mayfair: [51.51, -0.15], Gaborone: [-24.65, 25.91], Sydney: [-33.87, 151.21], Melbourne: [-37.81, 144.96] },
		notPlaces: ["American", "Anglo American", "De Beers", "Liberum"]
	},
	{
		genre: 'local',
		text: "SAN JOSE, Calif. — Silicon Valley's biggest employers added jobs again in the third quarter, after two years of layoffs, according to a report released Wednesday by Joint Venture Silicon Valley. Much of the hiring came from chip companies in Santa Clara and Sunnyvale and from artificial intelligence startups that have leased offices in Palo Alto and Mountain View. Home prices in San Jose rose 7% from a year earlier, the report said, pushing more workers to commute from Tracy, Stockton and Gilroy. The report's authors said that office vacancies in downtown San Francisco remained near record highs.",
		gold: { 'SAN JOSE': [37.34, -121.89], 'Calif.': [36.78, -119.42], 'Silicon Valley': [37.4, -122.1], 'Santa Clara': [37.35, -121.96], Sunnyvale: [37.37, -122.04], 'Palo Alto': [37.44, -122.14], 'Mountain View': [37.39, -122.08], 'San Jose': [37.34, -121.89], Tracy: [37.74, -121.43], Stockton: [37.96, -121.29], Gilroy: [37.01, -121.57], 'San Francisco': [37.77, -122.42] },
		notPlaces: ["Joint Venture Silicon Valley"]
	},
	{
		genre: 'local',
		text: "LOUISVILLE, Ky. — Yum! Brands, the parent of KFC and Taco Bell, said Thursday that it would move about 300 corporate jobs from Irvine, Calif., to its Louisville headquarters over the next two years. Kentucky Fried Chicken was founded in Corbin, in the southeastern part of the state, where Harland Sanders ran a roadside motel and restaurant. The company also owns Pizza Hut, based in Plano, Texas. Separately, Texas Roadhouse, another Louisville chain, said same-store sales rose 8% as diners in the Midwest and the South kept ordering steaks despite higher beef prices. Papa John's, which left Jeffersontown for Atlanta in 2021, reports next week.",
		gold: { LOUISVILLE: [38.25, -85.76], 'Ky.': [37.84, -84.27], Irvine: [33.67, -117.82], 'Calif.': [36.78, -119.42], Louisville: [38.25, -85.76], Corbin: [36.95, -84.1], Plano: [33.02, -96.7], Jeffersontown: [38.19, -85.56], Atlanta: [33.75, -84.39] },
		notPlaces: ["Kentucky", "Kentucky Fried Chicken", "Texas Roadhouse", "Harland Sanders", "Sanders", "Taco Bell", "Pizza Hut", "Papa John"]
	},
	{
		genre: 'international',
		text: "TOKYO — Japan's Nikkei share average rose 1.8% on Friday, led by exporters, after the yen weakened past 155 to the dollar. Toyota gained 3% and Sony rose 2.5%. In Hong Kong the Hang Seng index slipped as property developers fell, while stocks in Shanghai and Shenzhen were flat. SoftBank Group climbed after its Arm unit, based in Cambridge, England, reported strong licensing revenue. Traders in Singapore said funds were moving money out of Seoul after South Korea's central bank held rates. Oil rose after reports of drone attacks near the Strait of Hormuz.",
		gold: { TOKYO: [35.69, 139.69], Japan: [35.69, 139.75], 'Hong Kong': [22.27, 114.19], Shanghai: [31.22, 121.46], Shenzhen: [22.55, 114.07], Cambridge: [52.2, 0.12], England: [52.16, -0.7], Singapore: [1.37, 103.8], Seoul: [37.57, 126.98], 'South Korea': [37, 127.5], 'Strait of Hormuz': [26.6, 56.4] },
		notPlaces: ["Toyota", "Arm", "Sony", "SoftBank"]
	},
	{
		genre: 'international',
		text: "MANCHESTER, England — Manchester United came from behind to beat Real Madrid 2-1 at Old Trafford on Wednesday night, with two late goals from their 19-year-old winger. The Spanish side had led through a first-half header and looked comfortable until their captain was sent off. United's manager said afterwards that the crowd had carried his team. Madrid's coach complained about the referee, who was from Slovenia. The return leg is at the Santiago Bernabéu in two weeks. In the other tie, Paris Saint-Germain drew 0-0 with Bayern Munich in Germany, and Inter Milan beat Benfica 3-0 in Lisbon.",
		gold: { MANCHESTER: [53.48, -2.24], England: [52.16, -0.7], Slovenia: [46.12, 14.82], Germany: [51.5, 10.5], Lisbon: [38.72, -9.13] },
		notPlaces: ["Manchester United", "Real Madrid", "Madrid", "Paris", "Paris Saint-Germain", "Saint-Germain", "Bayern Munich", "Munich", "Bayern", "Inter Milan", "Milan", "Benfica", "Santiago", "Bernabéu"]
	},
	{
		genre: 'local',
		text: "PHILADELPHIA — The Dallas Cowboys played in Philadelphia on Sunday for the first time since their playoff loss, and the result was the same: the Eagles won 31-17 before a sellout crowd at Lincoln Financial Field. Dallas quarterback Dak Prescott threw two interceptions. Philadelphia's running back ran for 140 yards and a touchdown, and the Eagles moved a game ahead of the Washington Commanders in the NFC East. The Cowboys return home to Arlington, Texas, to face the Kansas City Chiefs on Thanksgiving. The New York Giants visit Tampa Bay.",
		gold: { PHILADELPHIA: [39.95, -75.16], Philadelphia: [39.95, -75.16], Arlington: [32.74, -97.11], Texas: [31.97, -99.9] },
		notPlaces: ["Dallas", "Dallas Cowboys", "Lincoln", "Washington", "Washington Commanders", "Kansas City", "Kansas City Chiefs", "Kansas", "New York", "New York Giants", "Tampa Bay", "Tampa", "NFC East"]
	},
	{
		genre: 'local',
		text: "BOSTON — The Boston Red Sox traded their All-Star closer to the San Diego Padres on Tuesday for two minor-league pitchers, the latest sign that the club is rebuilding. The deal came a day after the team lost 6-2 to the Toronto Blue Jays at Fenway Park. The Red Sox also recalled an outfielder from their Triple-A affiliate in Worcester and sent a reliever to Double-A Portland. Fans who gathered on Lansdowne Street before the game booed the announcement. The Padres, who lead the National League West, begin a series against the Los Angeles Dodgers in San Diego on Friday.",
		gold: { BOSTON: [42.36, -71.06], Worcester: [42.26, -71.8], Portland: [43.66, -70.26], 'San Diego': [32.72, -117.16] },
		notPlaces: ["Boston Red Sox", "San Diego Padres", "Toronto", "Toronto Blue Jays", "Los Angeles", "Los Angeles Dodgers"]
	},
	{
		genre: 'local',
		text: "KANSAS CITY, Mo. — Hundreds of thousands of fans packed the streets of downtown Kansas City on Wednesday for the Chiefs' victory parade, the second in two years. Schools in Independence, Lee's Summit and Overland Park closed for the day. The parade ran from the River Market to Union Station, where players spoke from a stage. Police said the crowd was larger than in 2020. Many fans drove in from Topeka, Wichita and as far as Omaha. The Chiefs beat the San Francisco 49ers in Las Vegas on Sunday in overtime, and the Super Bowl trophy will tour towns across Missouri and Kansas this spring.",
		gold: { 'KANSAS CITY': [39.1, -94.58], Mo: [37.96, -91.83], 'Kansas City': [39.1, -94.58], Independence: [39.09, -94.42], 'Lee\'s Summit': [38.91, -94.38], 'Overland Park': [38.98, -94.67], Topeka: [39.05, -95.68], Wichita: [37.69, -97.34], Omaha: [41.26, -95.94], 'Las Vegas': [36.17, -115.14], Missouri: [37.96, -91.83], Kansas: [39.01, -98.48] },
		notPlaces: ["San Francisco", "San Francisco 49ers"]
	},
	{
		genre: 'international',
		text: "MONTE CARLO — Charles Leclerc won the Monaco Grand Prix on Sunday, the first home win at the race for a Monegasque driver since 1931, as Ferrari finished first and third on the tight streets of the principality. Leclerc, who grew up a few hundred metres from the track, led from pole. Oscar Piastri of Australia was second for McLaren. The race was stopped on the first lap after a crash at Portier. The championship moves on to the Canadian Grand Prix in Montreal in two weeks and then to the Spanish Grand Prix at the circuit outside Barcelona.",
		gold: { 'MONTE CARLO': [43.74, 7.43], Australia: [-25, 135], Portier: [43.74, 7.43], Montreal: [45.51, -73.59], Barcelona: [41.39, 2.16] },
		notPlaces: ["Monaco", "Monaco Grand Prix", "Canadian Grand Prix", "Spanish Grand Prix", "Charles Leclerc", "Leclerc", "Oscar Piastri", "McLaren"]
	},
	{
		genre: 'international',
		text: "MELBOURNE — A six-year-old gelding trained in Ireland won the Melbourne Cup at Flemington on Tuesday, the fourth Irish-trained winner of the race in a decade. The horse, ridden by a French jockey, beat the favourite from Sydney by half a length. Crowds of more than 80,000 watched the two-mile race, which stops much of Australia for a few minutes each November. The Victoria Racing Club said betting turnover was up on last year. The horse will now travel to Hong Kong for the international races at Sha Tin in December before returning to the Curragh in County Kildare.",
		gold: { MELBOURNE: [-37.81, 144.96], Ireland: [53, -8], Flemington: [-37.79, 144.93], Sydney: [-33.87, 151.21], Australia: [-25, 135], 'Hong Kong': [22.27, 114.19], 'Sha Tin': [22.38, 114.18], Curragh: [53.16, -6.8], 'County Kildare': [53.21, -6.82], Kildare: [53.21, -6.82] },
		notPlaces: ["Melbourne", "Melbourne Cup", "Victoria Racing Club", "Victoria"]
	},
	{
		genre: 'local',
		text: "HOPKINTON, Mass. — More than 30,000 runners set off from this small town on Monday for the 128th Boston Marathon, under cool skies that pleased the elite field. The course runs east through Ashland, Framingham, Natick and Wellesley before climbing Heartbreak Hill in Newton and finishing on Boylston Street. A Kenyan runner won the women's race in 2 hours 27 minutes, and an Ethiopian won the men's. The Boston Athletic Association said the field included runners from 120 countries and all 50 states. Security was heavy along the route, with state police posted at every mile.",
		gold: { HOPKINTON: [42.23, -71.52], 'Mass.': [42.41, -71.38], Ashland: [42.26, -71.46], Framingham: [42.28, -71.42], Natick: [42.28, -71.35], Wellesley: [42.3, -71.29], Newton: [42.34, -71.21] },
		notPlaces: ["Boston", "Boston Marathon", "Boston Athletic Association"]
	},
	{
		genre: 'international',
		text: "NICE, France — A Danish rider won the opening stage of the Tour de France on Saturday, sprinting clear of the pack on the Promenade des Anglais after a hilly loop through the hills behind Nice. The three-week race heads west on Sunday toward Marseille, then crosses the Massif Central before the first mountain stage in the Pyrenees. The Tour finishes this year not in Paris but in Nice, because of preparations in the capital for the Olympic Games. Riders from the Netherlands and Belgium dominated the sprint. The race director said security would be tight when the race passes through Lyon.",
		gold: { NICE: [43.7, 7.27], France: [46, 2], Nice: [43.7, 7.27], Marseille: [43.3, 5.38], 'Massif Central': [45.5, 3], Pyrenees: [42.7, 0.5], Paris: [48.85, 2.35], Netherlands: [52.5, 5.75], Belgium: [50.83, 4], Lyon: [45.75, 4.85] },
		notPlaces: ["Tour de France", "Promenade des Anglais"]
	},
	{
		genre: 'international',
		text: "LONDON — England's women beat Germany 2-1 after extra time at Wembley on Sunday to win their first major football title, in front of a record crowd of 87,192. Chloe Kelly scored the winner in the 110th minute. The victory set off celebrations in Trafalgar Square and in pubs from Newcastle to Plymouth. Germany's coach said her team had been unlucky to lose their captain to injury before kickoff. The squad will be honoured on Monday at a parade in central London. Attendance at women's league matches in Manchester, Liverpool and Birmingham has doubled since the tournament.",
		gold: { LONDON: [51.51, -0.13], Wembley: [51.55, -0.3], 'Trafalgar Square': [51.508, -0.128], Newcastle: [54.97, -1.61], Plymouth: [50.37, -4.14], London: [51.51, -0.13], Manchester: [53.48, -2.24], Liverpool: [53.41, -2.98], Birmingham: [52.48, -1.9] },
		notPlaces: ["Chloe Kelly", "Kelly"]
	},
	{
		genre: 'local',
		text: "NEW YORK — The New York Knicks beat the Indiana Pacers 121-91 at Madison Square Garden on Tuesday to take a 3-2 lead in their playoff series. Jalen Brunson scored 44 points. The series moves to Indianapolis for Game 6 on Friday. In the West, the Denver Nuggets lost to the Minnesota Timberwolves in Minneapolis, and the Oklahoma City Thunder, the top seed, beat the Dallas Mavericks behind 31 points from their guard. The Boston Celtics await the winner of the series at the Garden. Ticket prices for Friday's game in Indiana topped $1,000 on resale sites.",
		gold: { 'NEW YORK': [40.71, -74.01], Indianapolis: [39.77, -86.16], Minneapolis: [44.98, -93.26], Indiana: [40.27, -86.13] },
		notPlaces: ["New York Knicks", "Indiana Pacers", "Madison", "Denver", "Denver Nuggets", "Minnesota", "Minnesota Timberwolves", "Oklahoma City", "Oklahoma City Thunder", "Oklahoma", "Dallas", "Dallas Mavericks", "Boston", "Boston Celtics", "Jalen Brunson"]
	},
	{
		genre: 'local',
		text: "TUSCALOOSA, Ala. — Alabama linebacker Austin Jordan, a senior from Mobile, was named the defensive player of the week by the Southeastern Conference on Monday after two sacks and a fumble return for a touchdown in the Crimson Tide's 35-14 win over Tennessee. Coach Kalen DeBoer said the team would practice indoors this week because of heavy rain across west Alabama. The Tide travel to Baton Rouge on Saturday to face LSU, then host Mercer. Jordan's high school coach at Murphy High in Mobile said the player had grown up a few blocks from the school.",
		gold: { TUSCALOOSA: [33.21, -87.57], 'Ala.': [32.32, -86.9], Mobile: [30.69, -88.04], Alabama: [32.32, -86.9], 'Baton Rouge': [30.44, -91.19] },
		notPlaces: ["Austin", "Austin Jordan", "Jordan", "Tennessee", "Crimson Tide", "Mercer", "LSU", "Kalen DeBoer"]
	},
	{
		genre: 'local',
		text: "GREEN BAY, Wis. — The Green Bay Packers signed a former Carolina Panthers cornerback to a one-year deal on Thursday and released a backup quarterback who had spent two seasons with the team. The new cornerback, a native of Columbus, Ga., started 30 games for Carolina before a knee injury. The Packers open their preseason at Lambeau Field against the Cleveland Browns next month and hold their training camp practices at Ray Nitschke Field. More than 3,000 fans from across Wisconsin and the Upper Peninsula of Michigan watched Thursday's session. The team's general manager said he was still looking for a kicker.",
		gold: { 'GREEN BAY': [44.52, -88.02], 'Wis.': [43.78, -88.79], Columbus: [32.46, -84.99], 'Ga.': [32.17, -82.9], Wisconsin: [43.78, -88.79], 'Upper Peninsula': [46.5, -87], Michigan: [44.31, -85.6] },
		notPlaces: ["Green Bay Packers", "Green Bay", "Carolina Panthers", "Carolina", "Cleveland", "Cleveland Browns"]
	},
	{
		genre: 'international',
		text: "DOHA — Argentina beat France on penalties in the World Cup final at Lusail Stadium on Sunday, after a 3-3 draw that many called the best final ever played. Fans poured into the streets of Buenos Aires, Rosario and Córdoba through the night. In Paris, supporters who had gathered on the Champs-Élysées went home quietly. The tournament, the first held in the Middle East, drew about 1.4 million visitors to Qatar. Several Argentine players began their careers at clubs in Rosario, including Newell's Old Boys and Rosario Central. The next World Cup will be shared by the United States, Canada and Mexico.",
		gold: { DOHA: [25.29, 51.53], Argentina: [-34, -64], France: [46, 2], Lusail: [25.42, 51.49], 'Buenos Aires': [-34.61, -58.38], Rosario: [-32.95, -60.64], 'Córdoba': [-31.41, -64.18], Paris: [48.85, 2.35], 'Champs-Élysées': [48.87, 2.31], 'Middle East': [29, 42], Qatar: [25.5, 51.25], 'United States': [39.76, -98.5], Canada: [60.11, -113.64], Mexico: [23, -102] },
		notPlaces: ["Newell's Old Boys", "Rosario Central"]
	},
	{
		genre: 'international',
		text: "EDINBURGH — The Edinburgh Festival Fringe sold a record 2.6 million tickets this year, organisers said on Monday, though performers complained again that the cost of a room in the Scottish capital during August had put the festival beyond the reach of newcomers. Many acts stayed in Glasgow, Fife or as far away as Newcastle and took the train in each day. The Fringe Society said it would ask the City of Edinburgh Council for a cap on short-term lets. Comedians from Dublin and Melbourne won two of the main awards. The festival's director said next year's programme would include more venues in Leith and Portobello.",
		gold: { EDINBURGH: [55.95, -3.2], Glasgow: [55.87, -4.26], Fife: [56.2, -3.1], Newcastle: [54.97, -1.61], Dublin: [53.33, -6.25], Melbourne: [-37.81, 144.96], Leith: [55.98, -3.17], Portobello: [55.95, -3.11] },
		notPlaces: ["Edinburgh", "Edinburgh Festival Fringe", "City of Edinburgh Council"]
	},
	{
		genre: 'international',
		text: "VENICE, Italy — The Venice Biennale opened to the public on Saturday with pavilions from 88 countries spread between the Giardini and the old shipyards of the Arsenale. Brazil's pavilion, renamed for the Indigenous peoples of the Amazon, drew long queues. Several artists travelled from Lagos and Nairobi for the first time. Hotel owners said that bookings were down, partly because of the city's new entry fee for day-trippers, which the mayor defended as a way to thin the crowds in St Mark's Square. Trains from Milan and Florence were full all weekend, and the Biennale runs until November.",
		gold: { VENICE: [45.44, 12.33], Italy: [42.83, 12.83], Brazil: [-10, -55], Amazon: [-3.4, -60], Lagos: [6.45, 3.39], Nairobi: [-1.28, 36.82], 'St Mark\'s Square': [45.434, 12.338], Milan: [45.46, 9.19], Florence: [43.78, 11.25] },
		notPlaces: ["Venice", "Venice Biennale"]
	},
	{
		genre: 'international',
		text: "Glastonbury returned this weekend after a fallow year, with 210,000 people camping on Worthy Farm in Somerset to watch headliners on the Pyramid Stage. The festival, held near the village of Pilton, sold out in under an hour. Trains to Castle Cary ran every half hour from London Paddington and Bristol. Organiser Emily Eavis said more water points had been installed after complaints about queues in 2024. Police in Shepton Mallet said arrests were down on the last festival, mostly for drug offences. Rain is forecast for Sunday, and the Met Office warned of thunderstorms across southwest England.",
		gold: { Somerset: [51.1, -3], Pilton: [51.17, -2.59], 'Castle Cary': [51.09, -2.51], London: [51.51, -0.13], Bristol: [51.46, -2.6], 'Shepton Mallet': [51.19, -2.55], England: [52.16, -0.7] },
		notPlaces: ["Emily Eavis", "Pyramid Stage", "Paddington", "London Paddington"]
	},
	{
		genre: 'international',
		text: "Croatia's islands are easy to hop between in summer, and you don't need a car. From Split take the ferry to Hvar, a two-hour ride past the pine-covered coast of Brač, and stay a night or two in Stari Grad, the island's oldest town, rather than in busy Hvar town itself. From there, fast catamarans run on to Korčula and Vis. If you fly into Dubrovnik instead, the coastal bus to Split takes about four and a half hours, with a short stretch through Bosnia and Herzegovina at Neum, so bring your passport. Book the car ferry from Split to Ancona, Italy, early if you plan to continue to Rome.",
		gold: { Croatia: [45.17, 15.5], Split: [43.51, 16.44], Hvar: [43.17, 16.44], 'Brač': [43.3, 16.6], 'Stari Grad': [43.18, 16.6], 'Korčula': [42.95, 16.85], Vis: [43.05, 16.18], Dubrovnik: [42.64, 18.11], 'Bosnia and Herzegovina': [44, 18], Neum: [42.92, 17.62], Ancona: [43.59, 13.5], Italy: [42.83, 12.83], Rome: [41.89, 12.51] }
	},
	{
		genre: 'international',
		text: "A day trip from Kyoto to Nara is one of the easiest in Japan: the Kintetsu line takes 35 minutes from Kyoto Station, and the deer park is a short walk from Nara's main station. Go early to see Todai-ji before the tour buses arrive from Osaka. On the way back, stop at Uji for green tea and the Byodo-in temple. In autumn, when the maples turn, the trains from Kyoto are packed, so consider staying in Nara itself. Travellers arriving at Kansai airport can reach Kyoto in 75 minutes on the Haruka express. Rail passes bought in Tokyo cover the JR line but not the private Kintetsu trains.",
		gold: { Kyoto: [35.02, 135.75], Nara: [34.69, 135.8], Japan: [35.69, 139.75], Osaka: [34.69, 135.5], Uji: [34.89, 135.8], Tokyo: [35.69, 139.69] },
		notPlaces: ["Kyoto Station", "Kintetsu", "Haruka"]
	},
	{
		genre: 'local',
		text: "BUFFALO, N.Y. — The restaurant that claims to have invented Buffalo wings in 1964 will open its first franchise outside western New York next month, in a strip mall in Scottsdale, Ariz. The Anchor Bar on Main Street has long drawn tourists who have eaten the chicken dish everywhere from Texas to Tokyo. Its owner said the Arizona site was picked because many retirees from Buffalo and Rochester spend the winter there. The bar plans to ship its sauce from a plant in Cheektowaga. Across the Niagara River, a rival in Fort Erie, Ontario, said it had no plans to expand.",
		gold: { BUFFALO: [42.89, -78.88], 'N.Y.': [42.9, -75.5], 'New York': [42.9, -75.5], Scottsdale: [33.51, -111.9], 'Ariz.': [34.05, -111.09], Arizona: [34.05, -111.09], Buffalo: [42.89, -78.88], Rochester: [43.15, -77.62], Cheektowaga: [42.9, -78.75], 'Niagara River': [43.1, -79.05], 'Fort Erie': [42.9, -78.93], Ontario: [51.25, -85.32], Texas: [31.97, -99.9], Tokyo: [35.69, 139.69] },
		notPlaces: ["Anchor Bar", "Main Street"]
	},
	{
		genre: 'international',
		text: "REIMS, France — Champagne houses shipped 271 million bottles last year, 8% fewer than the year before, the trade body for the sparkling wine said on Tuesday, as drinkers in the United States and Britain cut back. Growers in the Marne valley and around Épernay said that costs had risen while prices for their grapes had not. The trade body said cheaper sparkling wines such as prosecco from the hills near Treviso and cava from Catalonia had taken market share. Exports to Japan and Australia were steady. Some Champagne makers are now buying land in Kent and Sussex, where the chalky soil is similar.",
		gold: { REIMS: [49.27, 4.03], France: [46, 2], 'United States': [39.76, -98.5], Britain: [54.76, -2.7], 'Épernay': [49.04, 3.96], Treviso: [45.67, 12.24], Catalonia: [41.59, 1.52], Japan: [35.69, 139.75], Australia: [-25, 135], Kent: [51.2, 0.7], Sussex: [50.93, -0.3] },
		notPlaces: ["prosecco", "cava"]
	},
	{
		genre: 'international',
		text: "PARMA, Italy — Producers of Parma ham said on Thursday that an outbreak of African swine fever on farms in Lombardy and Piedmont had cut exports to Japan and China, which ban pork from affected regions. The consortium that guards the name, based in Parma, said that all hams bearing its crown brand come from pigs raised in ten regions of northern and central Italy and cured in the hills south of the city. Makers of Parmigiano Reggiano, the cheese made around Reggio Emilia and Modena, said their sales were not affected. Italy's agriculture minister will visit Brussels next week to ask the European Commission for help.",
		gold: { PARMA: [44.8, 10.33], Parma: [44.8, 10.33], Lombardy: [45.48, 9.85], Piedmont: [45.05, 7.52], Japan: [35.69, 139.75], China: [35, 105], Italy: [42.83, 12.83], 'Reggio Emilia': [44.7, 10.63], Modena: [44.65, 10.93], Brussels: [50.85, 4.35] },
		notPlaces: ["Parmigiano Reggiano", "African", "European Commission"]
	},
	{
		genre: 'local',
		text: "AUSTIN, Texas — The taproom at Live Oak Brewing on the east side of town is pouring a new pilsner this month, and drinkers who might once have ordered a Brooklyn Lager or a Boston Lager are sticking with local beer, brewers said. Texas craft breweries sold more beer last year even as national brands shrank. Owners in San Antonio and Fort Worth said that tourists from Dallas and Houston made up much of their weekend trade. Brewers in Fredericksburg and New Braunfels, towns settled by German immigrants, said that Oktoberfest weekends now bring in a fifth of their yearly sales.",
		gold: { AUSTIN: [30.27, -97.74], Texas: [31.97, -99.9], 'San Antonio': [29.42, -98.49], 'Fort Worth': [32.73, -97.32], Dallas: [32.78, -96.81], Houston: [29.76, -95.36], Fredericksburg: [30.28, -98.87], 'New Braunfels': [29.7, -98.12] },
		notPlaces: ["Brooklyn", "Brooklyn Lager", "Boston", "Boston Lager", "Live Oak", "Live Oak Brewing", "Oktoberfest"]
	},
	{
		genre: 'local',
		text: "NASHVILLE, Tenn. — The Grand Ole Opry will broadcast from the Ryman Auditorium downtown for three months this winter, as it has most years since 1999, while crews repair the Opry House near Opryland. Tickets for the Christmas shows sold out in a day. The Country Music Association said visitors to Nashville spent a record $8 billion last year, many of them on bachelorette weekends along Broadway. Hotel building has spread to Franklin and Murfreesboro, and a new amphitheater opened last summer in Gallatin. The city's convention bureau said more visitors now fly in from London and Dublin since new direct flights began.",
		gold: { NASHVILLE: [36.17, -86.78], 'Tenn.': [35.52, -86.58], Nashville: [36.17, -86.78], Franklin: [35.93, -86.87], Murfreesboro: [35.85, -86.39], Gallatin: [36.39, -86.45], London: [51.51, -0.13], Dublin: [53.33, -6.25] },
		notPlaces: ["Grand Ole Opry", "Opryland", "Ryman Auditorium", "Country Music Association"]
	},
	{
		genre: 'international',
		text: "CANNES, France — A Romanian drama about a nurse in a small town on the Danube won the Palme d'Or at the Cannes Film Festival on Saturday. The director, who studied film in Bucharest, thanked the people of the town where it was shot for their patience. The jury, chaired by an American actor, also gave prizes to films from Senegal and South Korea. Buyers at the festival's market said that streaming services were paying less for foreign films than a year ago. Many stars left on Sunday by helicopter to Nice airport, and the festival moves next week to a smaller event in Sarajevo, where the films will be shown in the open air.",
		gold: { CANNES: [43.55, 7.01], France: [46, 2], Danube: [45.2, 28.7], Bucharest: [44.43, 26.11], Senegal: [14, -14], 'South Korea': [37, 127.5], Nice: [43.7, 7.27], Sarajevo: [43.85, 18.36] },
		notPlaces: ["Cannes", "Cannes Film Festival", "Palme d'Or"]
	},
	{
		genre: 'international',
		text: "GENEVA — Physicists at CERN said on Monday that the Large Hadron Collider near Geneva had restarted after a two-month shutdown to repair a magnet, and would run at record energy through the autumn. The 27-kilometre ring runs under the border between Switzerland and France, beneath farmland around Meyrin and the villages of the Pays de Gex. Teams from the University of Manchester and the Max Planck Institute for Physics in Munich lead two of the detector upgrades. A rival collider proposed by China would be built near Qinhuangdao, in Hebei province. CERN's council, which meets in Geneva in June, is due to decide on a successor machine.",
		gold: { GENEVA: [46.2, 6.15], Geneva: [46.2, 6.15], Switzerland: [47, 8], France: [46, 2], Meyrin: [46.23, 6.08], 'Pays de Gex': [46.3, 6], Munich: [48.14, 11.58], China: [35, 105], Qinhuangdao: [39.93, 119.59], Hebei: [37.9, 114.9] },
		notPlaces: ["Manchester", "University of Manchester", "Large Hadron Collider", "CERN"]
	},
	{
		genre: 'local',
		text: "LIVERMORE, Calif. — Scientists at Lawrence Livermore National Laboratory said Wednesday that they had repeated their fusion ignition experiment with a higher yield, using the lab's giant laser in this East Bay city. The Energy Department, which also runs Los Alamos National Laboratory in New Mexico and Sandia in Albuquerque, said the result would help the weapons program as well as research on clean power. Researchers from the University of Rochester and from Princeton contributed to the experiment. Livermore's mayor said the laboratory employed about 8,000 people, many of whom commute from Tracy, Pleasanton and Dublin.",
		gold: { LIVERMORE: [37.68, -121.77], 'Calif.': [36.78, -119.42], 'New Mexico': [34.52, -105.87], Albuquerque: [35.08, -106.65], Livermore: [37.68, -121.77], Tracy: [37.74, -121.43], Pleasanton: [37.66, -121.87], Dublin: [37.7, -121.94] },
		notPlaces: ["Lawrence Livermore National Laboratory", "Lawrence", "Los Alamos", "Los Alamos National Laboratory", "Rochester", "University of Rochester", "Princeton", "Sandia"]
	},
	{
		genre: 'local',
		text: "PASADENA, Calif. — Engineers at NASA's Jet Propulsion Laboratory said Thursday that the Perseverance rover had collected its 25th rock sample from the rim of Jezero Crater on Mars. The lab, managed by the California Institute of Technology, laid off about 500 workers this year after budget cuts. Mission controllers in Pasadena relay commands through antennas in Goldstone, in the Mojave Desert, and at sister stations near Madrid and Canberra. A team at the Arizona State University campus in Tempe operates one of the rover's cameras. Scientists hope a later mission will return the samples to Earth.",
		gold: { PASADENA: [34.15, -118.14], 'Calif.': [36.78, -119.42], Pasadena: [34.15, -118.14], Goldstone: [35.43, -116.89], 'Mojave Desert': [35, -116], Madrid: [40.42, -3.7], Canberra: [-35.28, 149.13], Tempe: [33.41, -111.91] },
		notPlaces: ["California", "California Institute of Technology", "Arizona", "Arizona State University", "Jezero Crater", "Mars", "Earth", "Jet Propulsion Laboratory", "Perseverance"]
	},
	{
		genre: 'local',
		text: "DETROIT — Sales of the Chevrolet Malibu ended this month when General Motors built the last one at its Fairfax Assembly plant in Kansas City, Kan., where workers will now retool the line for electric vehicles. The midsize sedan was a bestseller for decades, but buyers have moved to pickups and SUVs such as the Chevy Tahoe, the GMC Yukon and the Ford Explorer. Rival Toyota still builds the Camry in Georgetown, Ky., and Hyundai assembles the Santa Fe and the Tucson in Montgomery, Ala. The Dodge Durango is made in Detroit. Dealers in Ohio and Michigan said that used Malibus were selling quickly.",
		gold: { DETROIT: [42.33, -83.05], 'Kansas City': [39.11, -94.63], 'Kan.': [39.01, -98.48], Georgetown: [38.21, -84.56], 'Ky.': [37.84, -84.27], Montgomery: [32.37, -86.3], 'Ala.': [32.32, -86.9], Detroit: [42.33, -83.05], Ohio: [40.42, -82.91], Michigan: [44.31, -85.6] },
		notPlaces: ["Toyota", "Malibu", "Chevrolet Malibu", "Malibus", "Fairfax", "Fairfax Assembly", "Tahoe", "Chevy Tahoe", "Yukon", "GMC Yukon", "Explorer", "Santa Fe", "Tucson", "Durango", "Dodge Durango"]
	},
	{
		genre: 'local',
		text: "TACOMA, Wash. — A Toyota Tacoma pickup driven by a 34-year-old Puyallup man crossed the center line on State Route 512 early Saturday and struck a Kia Sorento head-on, killing the other driver, a 61-year-old woman from Lakewood, the Washington State Patrol said. The Tacoma's driver was taken to a hospital in Tacoma with serious injuries. Troopers said he was suspected of driving under the influence. The highway was closed for five hours between Parkland and South Hill. The woman's family said she had been on her way home from a night shift at a care home in Olympia.",
		gold: { TACOMA: [47.25, -122.44], 'Wash.': [47.4, -120.5], Puyallup: [47.19, -122.29], Lakewood: [47.17, -122.52], Tacoma: [47.25, -122.44], Parkland: [47.16, -122.43], 'South Hill': [47.14, -122.27], Olympia: [47.04, -122.9] },
		notPlaces: ["Toyota", "Toyota Tacoma", "Sorento", "Kia Sorento", "Washington", "Washington State", "Washington State Patrol"]
	},
	{
		genre: 'international',
		text: "VIENNA — Negotiators from 40 countries met in Vienna on Tuesday to revive talks on a treaty banning nuclear tests, a week after the 25th anniversary of the Comprehensive Nuclear-Test-Ban Treaty went by with little notice. Diplomats said the mood was worse than at any time since the Warsaw Pact collapsed. Russia's envoy accused Washington of preparing a test in Nevada, which the State Department denied. Envoys from Kazakhstan, where the Soviet Union tested bombs near Semey for four decades, urged states to honour the Paris Agreement on climate and the Geneva Conventions as examples of rules that had held. The talks move to New York in September.",
		gold: { VIENNA: [48.21, 16.37], Vienna: [48.21, 16.37], Washington: [38.9, -77.04], Nevada: [38.8, -116.42], Kazakhstan: [48, 68], Semey: [50.43, 80.27], 'New York': [40.71, -74.01] },
		notPlaces: ["Warsaw", "Warsaw Pact", "Paris", "Paris Agreement", "Geneva", "Geneva Conventions", "Soviet Union", "State Department"]
	},
	{
		genre: 'international',
		text: "BAKU, Azerbaijan — The OSCE Minsk Group, which for almost 30 years tried to broker peace over Nagorno-Karabakh, was formally wound up on Monday at a meeting in Helsinki, where the Organization for Security and Co-operation in Europe was founded. Azerbaijan and Armenia signed a draft peace deal at the White House in August that left no role for the group. Officials in Yerevan said that Armenian refugees from Stepanakert, which Azerbaijan calls Khankendi, still hoped to return. The deal provides for a transit route through southern Armenia linking Azerbaijan with its exclave of Nakhchivan and, beyond it, Turkey.",
		gold: { BAKU: [40.38, 49.89], Azerbaijan: [40.5, 47.5], 'Nagorno-Karabakh': [39.8, 46.75], Helsinki: [60.17, 24.94], Armenia: [40.25, 45], Yerevan: [40.18, 44.51], Stepanakert: [39.82, 46.75], Khankendi: [39.82, 46.75], 'White House': [38.9, -77.04], Nakhchivan: [39.3, 45.4], Turkey: [39, 35] },
		notPlaces: ["Minsk", "OSCE Minsk Group", "Europe"]
	},
	{
		genre: 'international',
		text: "BELFAST — Leaders in Belfast and Dublin marked the anniversary of the Good Friday Agreement on Thursday with a ceremony at Queen's University, where the former U.S. senator who chaired the talks once served as chancellor. Speakers recalled how the deal ended decades of violence in Northern Ireland and opened the border with the Republic. The British prime minister flew in from London, and the Irish taoiseach came by train from Dublin. Residents of Derry and Newry said that the border, invisible since the 1990s, should stay that way whatever happens with trade rules agreed between London and Brussels under the Windsor Framework.",
		gold: { BELFAST: [54.6, -5.93], Belfast: [54.6, -5.93], Dublin: [53.33, -6.25], 'Northern Ireland': [54.5, -6.5], London: [51.51, -0.13], Derry: [55, -7.31], Newry: [54.18, -6.34], Brussels: [50.85, 4.35] },
		notPlaces: ["Queen's University", "Windsor", "Windsor Framework", "Good Friday Agreement"]
	},
	{
		genre: 'local',
		text: "DENVER — A former Colorado Springs city councilman accused of steering a road contract to his brother's firm pleaded not guilty Monday in federal court in Denver, according to court records first reported by The Denver Post. Prosecutors say the firm, based in Pueblo, was paid $2.3 million for work on a stretch of Interstate 25 near Monument that was never finished. The councilman's lawyer told the Colorado Springs Gazette that his client had done nothing wrong. A trial date was set for March. The Colorado Department of Transportation has since hired a contractor from Grand Junction to finish the job.",
		gold: { DENVER: [39.74, -104.98], 'Colorado Springs': [38.83, -104.82], Denver: [39.74, -104.98], Pueblo: [38.25, -104.61], Monument: [39.09, -104.87], 'Grand Junction': [39.06, -108.55] },
		notPlaces: ["The Denver Post", "Denver Post", "Colorado Springs Gazette", "Colorado", "Colorado Department of Transportation"]
	},
	{
		genre: 'international',
		text: "WASHINGTON — The Federal Reserve held interest rates steady on Wednesday, and its chairman said in a news conference that the central bank was in no hurry to cut. Officials at the Bank of England and the European Central Bank in Frankfurt are expected to follow suit this week. The president of the Federal Reserve Bank of New York told The New York Times last month that inflation was falling more slowly than hoped. The Bank of Japan, meanwhile, raised its rate for the first time in 17 years. Markets in London and Tokyo were calm. Economists in Chicago said job growth in the Midwest had slowed sharply.",
		gold: { WASHINGTON: [38.9, -77.04], Frankfurt: [50.12, 8.68], London: [51.51, -0.13], Tokyo: [35.69, 139.69], Chicago: [41.85, -87.65] },
		notPlaces: ["England", "Bank of England", "European Central Bank", "New York", "Federal Reserve Bank of New York", "The New York Times", "New York Times", "Japan", "Bank of Japan", "Federal Reserve"]
	},
	{
		genre: 'local',
		text: "HOUSTON — Houston Methodist said Tuesday it will build a 400-bed hospital in Cypress, northwest of the city, to serve one of the fastest-growing parts of Harris County. The hospital system already runs campuses in Sugar Land, The Woodlands, Katy and Baytown. The University of Texas MD Anderson Cancer Center and Baylor St. Luke's are also expanding into the suburbs. Construction is expected to begin in the spring along U.S. 290 near Telge Road. County officials said the new hospital would spare patients in Waller and Hockley long drives into the Texas Medical Center.",
		gold: { HOUSTON: [29.76, -95.36], Cypress: [29.97, -95.7], 'Harris County': [29.84, -95.29], 'Sugar Land': [29.62, -95.63], 'The Woodlands': [30.16, -95.49], Katy: [29.79, -95.82], Baytown: [29.74, -94.98], Waller: [30.06, -95.93], Hockley: [30.07, -95.81] },
		notPlaces: ["Houston Methodist", "Texas", "University of Texas", "MD Anderson Cancer Center", "Baylor", "Baylor St. Luke's", "Texas Medical Center", "Telge Road"]
	},
	{
		genre: 'local',
		text: "ATLANTA — Delta Air Lines will add nonstop flights from Atlanta to Reykjavik and to Marrakech next summer, the airline said Thursday, as it competes with Icelandair and Royal Air Maroc for travelers heading to Iceland and Morocco. Delta, based at Hartsfield-Jackson Atlanta International Airport, also said it would resume service from Raleigh-Durham to London. Southwest Airlines and Alaska Airlines, meanwhile, said they would share a lounge at the airport in Seattle. Frontier Airlines plans new service from Cincinnati and Savannah to Orlando in February.",
		gold: { ATLANTA: [33.75, -84.39], Atlanta: [33.75, -84.39], Reykjavik: [64.14, -21.9], Marrakech: [31.63, -8], Iceland: [65, -18], Morocco: [32, -5], 'Raleigh-Durham': [35.88, -78.79], London: [51.51, -0.13], Seattle: [47.61, -122.33], Cincinnati: [39.13, -84.51], Savannah: [32.08, -81.1], Orlando: [28.54, -81.38] },
		notPlaces: ["Alaska", "Alaska Airlines", "Southwest", "Southwest Airlines", "Icelandair", "Royal Air Maroc", "Delta", "Delta Air Lines", "Frontier"]
	},
	{
		genre: 'local',
		text: "GASTONIA, N.C. — A McDonald's franchise owner who runs eight restaurants in Gaston and Lincoln counties has agreed to pay $180,000 in back wages to 212 workers, the U.S. Labor Department said Wednesday. Investigators found that managers at stores in Gastonia, Belmont and Lincolnton had made teenagers work past 10 p.m. on school nights. The owner, Madison Greene of Cramerton, said in a statement that the problems had been fixed. A spokesman for the Chicago-based chain said franchisees set their own schedules. The department has brought similar cases this year against Wendy's and Chick-fil-A franchisees in Charlotte and Hickory.",
		gold: { GASTONIA: [35.26, -81.19], Gaston: [35.3, -81.16], Lincoln: [35.49, -81.19], 'N.C.': [35.76, -79.02], Gastonia: [35.26, -81.19], Belmont: [35.24, -81.04], Lincolnton: [35.47, -81.25], Cramerton: [35.24, -81.08], Chicago: [41.85, -87.65], Charlotte: [35.23, -80.84], Hickory: [35.73, -81.34] },
		notPlaces: ["Madison", "Madison Greene", "Greene", "Wendy's", "Chick-fil-A"]
	},
	{
		genre: 'local',
		text: "DAYTON, Ohio — Tyler Dayton, the Centerville High School senior who broke the state record in the 3,200 meters last spring, has signed to run for the University of Oregon, his coach said Tuesday. Dayton won the state title at Jesse Owens Memorial Stadium in Columbus in 8 minutes 52 seconds. He chose Eugene over offers from Arkansas and Stanford. His younger sister, Chelsea Dayton, runs cross-country for Centerville. The school's athletic director said two other seniors from Kettering and Beavercreek had also signed with Division I programs.",
		gold: { DAYTON: [39.76, -84.19], Ohio: [40.42, -82.91], Columbus: [39.96, -83], Eugene: [44.05, -123.09], Kettering: [39.69, -84.17], Beavercreek: [39.71, -84.06] },
		notPlaces: ["Tyler Dayton", "Dayton", "Oregon", "University of Oregon", "Chelsea", "Chelsea Dayton", "Arkansas", "Stanford", "Centerville", "Centerville High School", "Jesse Owens"]
	},
	{
		genre: 'international',
		text: "LONDON — Carlos Alcaraz beat Novak Djokovic in straight sets on Centre Court on Sunday to win Wimbledon for the second year running. The Spaniard, who grew up in El Palmar near Murcia, now holds four major titles at 21. Djokovic, playing a month after knee surgery in Paris, said he had no regrets. Crowds watched on big screens on Henman Hill and in parks in Murcia, where the local council had put up a fan zone. The tour now moves to the hard courts of North America, with tournaments in Montreal and Cincinnati before the US Open in New York.",
		gold: { LONDON: [51.51, -0.13], 'El Palmar': [37.94, -1.16], Murcia: [37.99, -1.13], Paris: [48.85, 2.35], 'North America': [45, -100], Montreal: [45.51, -73.59], Cincinnati: [39.13, -84.51], 'New York': [40.71, -74.01] },
		notPlaces: ["Carlos Alcaraz", "Novak Djokovic", "Centre Court", "Henman Hill", "US Open"]
	},
	{
		genre: 'local',
		text: "AUGUSTA, Ga. — Scottie Scheffler won the Masters for the second time in three years on Sunday, closing with a 68 at Augusta National to finish four shots clear. The 27-year-old from Dallas grew up playing at a club in Highland Park and went to college at the University of Texas. His caddie, a former high school teacher from Plano, said the win was the easiest of their partnership. Hotels in Augusta and across the Savannah River in North Augusta and Aiken, S.C., were booked out for the week, and short-term rentals in Evans went for $10,000 a night. Scheffler travels next to Hilton Head Island for the RBC Heritage.",
		gold: { AUGUSTA: [33.47, -81.97], 'Ga.': [32.17, -82.9], Dallas: [32.78, -96.81], 'Highland Park': [32.83, -96.79], Plano: [33.02, -96.7], Augusta: [33.47, -81.97], 'Savannah River': [33.4, -81.9], 'North Augusta': [33.5, -81.97], Aiken: [33.56, -81.72], 'S.C.': [33.84, -81.16], Evans: [33.53, -82.13], 'Hilton Head Island': [32.19, -80.74] },
		notPlaces: ["Augusta National", "Texas", "University of Texas", "Scottie Scheffler", "Scheffler", "RBC Heritage"]
	},
	{
		genre: 'international',
		text: "PORT TALBOT, Wales — Tata Steel shut the last blast furnace at its Port Talbot works on Monday, ending more than a century of iron making in the town and putting about 2,500 jobs at risk. The Indian-owned company, based in Mumbai, will build a smaller electric arc furnace on the site by 2027 with £500 million from the British government. Union leaders said steelworkers in Llanelli and Newport would also be hit. British Steel, owned by China's Jingye Group, runs the only other blast furnaces in the country, at Scunthorpe in Lincolnshire. The Welsh government in Cardiff said it would fund retraining.",
		gold: { 'PORT TALBOT': [51.59, -3.78], Wales: [52.5, -3.5], 'Port Talbot': [51.59, -3.78], Mumbai: [19.07, 72.88], Llanelli: [51.68, -4.16], Newport: [51.59, -3], Scunthorpe: [53.58, -0.65], Lincolnshire: [53.1, -0.2], Cardiff: [51.48, -3.18] },
		notPlaces: ["Tata Steel", "British Steel", "China", "Jingye Group"]
	},
	{
		genre: 'local',
		text: "PITTSBURGH — Nippon Steel completed its purchase of U.S. Steel on Friday after a long fight in Washington, and the Tokyo-based company promised to keep the Pittsburgh-based steelmaker's headquarters downtown for at least a decade. Nippon Steel said it would spend $11 billion on U.S. Steel's mills, including the Edgar Thomson Works in Braddock and the Clairton coke plant, as well as the Gary Works in Indiana. The United Steelworkers union, also headquartered in Pittsburgh, had opposed the deal. Workers at the Mon Valley mills said they hoped the money would arrive soon. Shares of Cleveland-Cliffs, which had made a rival offer, fell 4%.",
		gold: { PITTSBURGH: [40.44, -80], Washington: [38.9, -77.04], Tokyo: [35.69, 139.69], Pittsburgh: [40.44, -80], Braddock: [40.4, -79.87], Clairton: [40.29, -79.88], Indiana: [40.27, -86.13] },
		notPlaces: ["Nippon", "Nippon Steel", "Edgar Thomson Works", "Gary", "Gary Works", "Cleveland", "Cleveland-Cliffs", "United Steelworkers"]
	},
	{
		genre: 'international',
		text: "AHMEDABAD — The Chennai Super Kings beat the Mumbai Indians by six wickets in front of 100,000 fans at the Narendra Modi Stadium on Saturday to reach the final of the Indian Premier League. Their veteran captain hit the winning runs with two balls to spare. The Gujarat Titans, who play their home games in Ahmedabad, were knocked out last week. The final will be played in Kolkata on Monday, where heavy rain is forecast. Broadcasters said the match drew a record audience across India, Pakistan and Bangladesh, and among fans in the Gulf.",
		gold: { AHMEDABAD: [23.03, 72.59], Ahmedabad: [23.03, 72.59], Kolkata: [22.56, 88.36], India: [22, 79], Pakistan: [30, 70], Bangladesh: [24, 90] },
		notPlaces: ["Chennai", "Chennai Super Kings", "Mumbai", "Mumbai Indians", "Gujarat", "Gujarat Titans", "Narendra Modi Stadium", "Indian Premier League"]
	},
	{
		genre: 'international',
		text: "ISTANBUL — A restored carriage of the Orient Express pulled into Istanbul's Sirkeci station on Thursday after a six-day journey from Paris by way of Vienna, Budapest and Bucharest, the first such trip in more than a decade. Passengers paid up to €30,000 for a cabin. The train's owner, a Paris-based hotel group, plans four trips a year and a new route from Venice to Prague. Turkish officials hope the trip will bring more wealthy tourists to Istanbul and to Cappadocia, where balloon flights have been booked solid since spring.",
		gold: { ISTANBUL: [41.01, 28.95], Istanbul: [41.01, 28.95], Sirkeci: [41.015, 28.977], Paris: [48.85, 2.35], Vienna: [48.21, 16.37], Budapest: [47.5, 19.04], Bucharest: [44.43, 26.11], Venice: [45.44, 12.33], Prague: [50.09, 14.42], Cappadocia: [38.66, 34.85] },
		notPlaces: ["Orient Express", "Orient"]
	},
	{
		genre: 'local',
		text: "ROCHESTER, Minn. — The Mayo Clinic will spend $5 billion to rebuild part of its downtown campus here, the health system said Monday, adding clinical space and a new building for its cancer center. The project will take six years. Mayo, which also runs hospitals in Phoenix and Jacksonville, Fla., employs about 40,000 people in Rochester. City leaders in Rochester said they would need more housing for workers, many of whom drive in each day from Austin, Owatonna and Winona. Officials at the University of Minnesota in Minneapolis said they would expand a joint research program with the clinic.",
		gold: { ROCHESTER: [44.02, -92.47], 'Minn.': [46.73, -94.69], Phoenix: [33.45, -112.07], Jacksonville: [30.33, -81.66], 'Fla.': [27.66, -81.52], Rochester: [44.02, -92.47], Austin: [43.67, -92.97], Owatonna: [44.08, -93.23], Winona: [44.05, -91.64], Minneapolis: [44.98, -93.26] },
		notPlaces: ["Mayo", "Mayo Clinic", "Minnesota", "University of Minnesota"]
	},
	{
		genre: 'international',
		text: "SHANGHAI — Shares in Hong Kong-listed carmaker BYD jumped 6% on Monday after it said sales in Europe had tripled in a year, led by buyers in Norway, Britain and Germany. The Shenzhen-based company opened its first European factory in Szeged, Hungary, this year and is building a second near Izmir in Turkey. Rivals such as Geely, based in Hangzhou, and SAIC, the Shanghai state-owned group that owns the MG brand, have also set up assembly lines abroad to avoid tariffs imposed by Brussels. Tesla, whose biggest factory is in Shanghai, said it would cut prices again in China.",
		gold: { SHANGHAI: [31.22, 121.46], 'Hong Kong': [22.27, 114.19], Europe: [50, 10], Norway: [62, 10], Britain: [54.76, -2.7], Germany: [51.5, 10.5], Shenzhen: [22.55, 114.07], Szeged: [46.25, 20.15], Hungary: [47, 20], Izmir: [38.41, 27.14], Turkey: [39, 35], Hangzhou: [30.29, 120.16], Shanghai: [31.22, 121.46], Brussels: [50.85, 4.35], China: [35, 105] },
		notPlaces: ["BYD", "Geely", "SAIC", "MG", "Tesla"]
	},
	{
		genre: 'local',
		text: "MILWAUKEE — Harley-Davidson will move production of its Sportster engines from Milwaukee to a plant in York, Pa., the motorcycle maker said Tuesday, cutting about 200 jobs at its Pilgrim Road powertrain factory in Menomonee Falls. The company said it would keep its headquarters and museum in the Menomonee Valley. Union leaders in Wisconsin said they were blindsided. Harley, which also assembles bikes in Rayong, Thailand, has been under pressure from investors since its sales in Europe fell. Brewers in the city, including Miller in the Miller Valley, have also cut jobs this year as beer sales slump.",
		gold: { MILWAUKEE: [43.04, -87.91], Milwaukee: [43.04, -87.91], York: [39.96, -76.73], 'Pa.': [41.2, -77.19], 'Menomonee Falls': [43.18, -88.12], Wisconsin: [43.78, -88.79], Rayong: [12.68, 101.26], Thailand: [15, 100], Europe: [50, 10] },
		notPlaces: ["Harley-Davidson", "Harley", "Sportster", "Pilgrim Road", "Miller"]
	},
	{
		genre: 'international',
		text: "NAIROBI — Kenya Airways said on Wednesday that it had returned to profit for the first time in a decade, helped by more passengers on its routes to London, Dubai and Mumbai and a stronger shilling. The carrier, based at Jomo Kenyatta International Airport in Nairobi, also plans flights to Lagos and to Kinshasa next year. Ethiopian Airlines, its larger rival based in Addis Ababa, carries more than twice as many passengers. Tourism officials in Mombasa said that charter flights from Milan and Warsaw had also brought more visitors to the coast this season.",
		gold: { NAIROBI: [-1.28, 36.82], London: [51.51, -0.13], Dubai: [25.08, 55.31], Mumbai: [19.07, 72.88], Nairobi: [-1.28, 36.82], Lagos: [6.45, 3.39], Kinshasa: [-4.33, 15.31], 'Addis Ababa': [9.02, 38.75], Mombasa: [-4.05, 39.66], Milan: [45.46, 9.19], Warsaw: [52.23, 21.01] },
		notPlaces: ["Kenya", "Kenya Airways", "Ethiopian Airlines", "Jomo Kenyatta"]
	}
];

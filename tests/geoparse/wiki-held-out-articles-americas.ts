// Held-out whole articles about small places of the United States and Canada (see wiki-held-out-articles.ts).
import type { GenreText } from './genre-texts.ts';
import { article, US, GERMANY, FRANCE, RUSSIA, CANADA, SWEDEN, NETHERLANDS, BAVARIA, BOHEMIA, SILESIA, WURTTEMBERG, MINNESOTA, OKLAHOMA, SOUTH_DAKOTA, NEBRASKA, OHIO, WEST_VIRGINIA, TEXAS, KANSAS, IOWA, LOUISIANA, PENNSYLVANIA, ILLINOIS, ONTARIO, CHICAGO, CINCINNATI, OKLAHOMA_CITY, NEW_YORK, PRAGUE, CENSUS, ANCESTRY } from './wiki-held-out-articles-form.ts';

export const ARTICLES_AMERICAS: GenreText[] = [
	// ---------------- United States ----------------
	article(`New Ulm is a city in and the county seat of Brown County, Minnesota, United States. It lies in the valley of the Minnesota River at the mouth of the Cottonwood River. The population was 14,120 at the 2020 census.

== History ==
New Ulm was laid out in 1854 by the Chicago Land Society, a group of German immigrants living in Chicago, and was settled the next year by members of the Cincinnati Turnverein. Most of the first settlers had emigrated from Württemberg and from the Kingdom of Prussia, and the town takes its name from Ulm on the Danube. During the Dakota War of 1862 the town was twice attacked by Dakota warriors, and refugees from the surrounding townships crowded behind barricades on Minnesota Street.

== Geography ==
The city stands on terraces above the west bank of the Minnesota River. Sleepy Eye is 14 miles to the west and Mankato 28 miles to the east; the small city of Courtland lies across the river to the north-east. Flandrau State Park lies on the Cottonwood River at the southern edge of the city.

== Demographics ==
As of the census of 2010, there were 13,522 people, 5,569 households, and 3,441 families living in the city. The racial makeup of the city was 96.8% White, 0.5% African American, 0.3% Native American, 0.6% Asian, 0.1% Pacific Islander, 0.9% from other races, and 0.8% from two or more races. Hispanic or Latino of any race were 2.2% of the population. The largest ancestry groups were German (65.7%), Norwegian (7.5%), Irish (6.3%) and Swedish (3.1%).

== Economy ==
The August Schell Brewing Company, founded in 1860, is the second-oldest family-owned brewery in the United States. 3M and a dairy cooperative are among the largest employers.

== Transportation ==
U.S. Route 14 and Minnesota State Highways 15 and 68 pass through the city. New Ulm Municipal Airport lies two miles west of downtown.

== Education ==
New Ulm Public Schools operates New Ulm High School. Martin Luther College, a Lutheran college, stands on a bluff above the town.

== Notable people ==
Wanda Gág (1893–1946), artist and author of Millions of Cats, born in New Ulm
Albert Steinhauser (1842–1919), newspaper publisher, born in Rottweil, Württemberg

== Sister cities ==
New Ulm is twinned with Ulm, Germany, and with its neighbour Neu-Ulm in Bavaria.`, { 'New Ulm': [44.312, -94.461], 'Brown County': [44.24, -94.73], Minnesota: MINNESOTA, 'United States': US, 'Minnesota River': [44.32, -94.44], 'Cottonwood River': [44.29, -94.47], Chicago: CHICAGO, Cincinnati: CINCINNATI, Württemberg: WURTTEMBERG, Ulm: [48.4, 9.99], Danube: [48.4, 10.0], 'Sleepy Eye': [44.297, -94.724], Mankato: [44.16, -94.0], Courtland: [44.27, -94.34], 'Flandrau State Park': [44.29, -94.47], Rottweil: [48.17, 8.63], Germany: GERMANY, 'Neu-Ulm': [48.39, 10.01], Bavaria: BAVARIA }, [...CENSUS, ...ANCESTRY, 'Dakota', 'Prussia', 'Kingdom of Prussia', 'Minnesota Street', 'Millions of Cats']),

	article(`Guthrie, Oklahoma
City
Guthrie is a city in and the county seat of Logan County, Oklahoma, United States, and part of the Oklahoma City metropolitan area. The population was 10,726 at the 2020 census. It was the territorial capital of Oklahoma Territory and the first capital of the state.
Country	United States
State	Oklahoma
County	Logan
Elevation	948 ft (289 m)
History
The land around Guthrie lay in the Unassigned Lands of Indian Territory, which had been taken from the Muscogee (Creek) and Seminole nations after the Civil War. On April 22, 1889, the first land run opened the area, and some 10,000 settlers, many of them from Kansas, Texas and Arkansas, had staked claims around the Santa Fe railway station by nightfall. Guthrie became the capital of Oklahoma Territory in 1890 and of the new state in 1907; Governor Charles Haskell moved the seal to Oklahoma City in 1910.
Geography
Guthrie lies on Cottonwood Creek, a tributary of the Cimarron River, about 30 miles north of downtown Oklahoma City. Edmond lies to the south, Langston, home of Langston University, 11 miles to the north-east, and Crescent to the north-west.
Climate
Guthrie has a humid subtropical climate (Köppen Cfa). Spring storms draw warm, moist air north from the Gulf of Mexico, and the county lies in Tornado Alley.
Demographics
As of the 2010 census, the racial makeup of the city was 72.1% White, 15.8% African American, 4.2% Native American, 0.4% Asian, and 6.3% from two or more races. Hispanic or Latino of any race were 4.9% of the population.
Transportation
Interstate 35 passes along the east side of the city. U.S. Route 77 and State Highway 33 meet downtown. Guthrie–Edmond Regional Airport lies south of the city.
Education
Guthrie Public Schools serves most of the city; the north-east corner lies in the Coyle school district.
Notable people
Lon Chaney Jr., actor, lived in the city as a child
Tom Mix, film cowboy, served as a town marshal
Carl Dallas Washington, jazz trombonist, born in Guthrie`, { Guthrie: [35.879, -97.425], 'Logan County': [35.91, -97.44], Logan: [35.91, -97.44], Oklahoma: OKLAHOMA, 'United States': US, 'Oklahoma City': OKLAHOMA_CITY, Kansas: KANSAS, Texas: TEXAS, Arkansas: [34.9, -92.4], 'Cottonwood Creek': [35.87, -97.42], 'Cimarron River': [35.97, -97.4], 'Gulf of Mexico': [25.0, -90.0], Edmond: [35.65, -97.48], Langston: [35.945, -97.255], Crescent: [35.95, -97.6], Coyle: [35.96, -97.24] }, [...CENSUS, 'Indian Territory', 'Oklahoma Territory', 'Muscogee', 'Creek', 'Seminole', 'Santa Fe', 'Tornado Alley', 'Langston University', 'Washington', 'Dallas', 'Carl', 'Lon Chaney', 'Unassigned Lands']),

	article(`Yankton is a city in and the county seat of Yankton County, South Dakota, United States. It lies on the north bank of the Missouri River, across from Nebraska. The population was 15,411 at the 2020 census.

== History ==
Yankton was founded in 1859 on land ceded by the Yankton Sioux, and from 1861 to 1883 it was the capital of Dakota Territory, which then reached to the Rocky Mountains. Steamboats from St. Louis and Sioux City landed at its levee until the railroad arrived in 1873. Many of the farmers who took up land in the county were Czech immigrants from Bohemia and Moravia, and Germans from Russia who had left the Volga and the Black Sea coast; the village of Tabor, 25 miles to the west, was named for the Bohemian town of Tábor.

== Geography ==
The city lies at the foot of the chalk bluffs of the Missouri River, four miles below Gavins Point Dam, which impounds Lewis and Clark Lake on the border with Nebraska. Vermillion is 25 miles to the east and Sioux Falls 80 miles to the north-east. The James River joins the Missouri a few miles east of the city.

== Demographics ==
The racial makeup of the city in 2010 was 91.8% White, 1.6% African American, 3.3% Native American, 0.7% Asian, and 2.1% from two or more races. Hispanic or Latino of any race were 3.2%. The leading ancestries were German, Norwegian, Irish and Czech.

== Transportation ==
U.S. Route 81 crosses the Missouri River on the Discovery Bridge to Nebraska, and State Highway 50 runs west to Tabor and Tyndall. Chan Gurney Municipal Airport serves the city.

== Education ==
Yankton School District serves the city; Mount Marty University is a Benedictine college.

== Notable people ==
Tom Brokaw, television journalist, grew up in Yankton
Al Neuharth, founder of USA Today, born in Eureka, South Dakota`, { Yankton: [42.871, -97.397], 'Yankton County': [43.0, -97.39], 'South Dakota': SOUTH_DAKOTA, 'United States': US, 'Missouri River': [42.86, -97.4], Nebraska: NEBRASKA, 'Rocky Mountains': [39.3, -106.3], 'St. Louis': [38.63, -90.2], 'Sioux City': [42.5, -96.4], Bohemia: BOHEMIA, Moravia: [49.3, 17.0], Volga: [48.5, 45.5], 'Black Sea': [43.5, 34.0], Russia: RUSSIA, Tabor: [42.938, -97.692], Tábor: [49.41, 14.68], 'Gavins Point Dam': [42.86, -97.48], 'Lewis and Clark Lake': [42.85, -97.6], Vermillion: [42.779, -96.929], 'Sioux Falls': [43.54, -96.73], 'James River': [42.87, -97.3], Missouri: [42.86, -97.4], Tyndall: [42.99, -97.86], Eureka: [45.77, -99.62] }, [...CENSUS, ...ANCESTRY, 'Sioux', 'Yankton Sioux', 'Dakota Territory', 'Germans', 'Discovery Bridge', 'USA Today', 'Mount Marty University', 'Chan Gurney']),

	article(`Marietta is a city in and the county seat of Washington County, Ohio, United States, at the confluence of the Muskingum and Ohio rivers. It is the principal city of the Marietta micropolitan area, which is part of the Parkersburg–Marietta–Vienna combined area. The population was 13,385 at the 2020 census.

== History ==
Marietta was founded on April 7, 1788, by Revolutionary War veterans of the Ohio Company of Associates, led by Rufus Putnam, who came down the Ohio from Pittsburgh on a flatboat. It was the first permanent American settlement in the Northwest Territory, and the seat of the territorial government until Arthur St. Clair moved it to Chillicothe. The town was named for Marie Antoinette, the queen of France. Many early settlers came from Massachusetts and Connecticut.

== Geography ==
The city lies at the mouth of the Muskingum River. Across the Ohio River are Williamstown and Parkersburg, West Virginia; Belpre lies 11 miles down the river and Reno 5 miles up it. Duck Creek enters the Ohio at the eastern edge of the city.

== Demographics ==
The racial makeup of the city in 2010 was 95.0% White, 1.7% African American, 0.3% Native American, 0.8% Asian, and 2.0% from two or more races; Hispanic or Latino of any race were 1.0% of the population.

== Education ==
Marietta College, founded in 1835, and Washington State Community College are in the city. Marietta City School District operates Marietta High School.

== Transportation ==
Interstate 77 passes the east side of the city, and State Route 7 follows the Ohio River. Mid-Ohio Valley Regional Airport, across the river near Williamstown, has flights to Chicago.

== Notable people ==
Rufus Putnam, founder of the Ohio Company, buried in Mound Cemetery
Charles Dawes, Vice President of the United States, born in Marietta
Florence Warren, suffragist, born in Lowell, Massachusetts`, { Marietta: [39.415, -81.455], 'Washington County': [39.45, -81.49], Ohio: OHIO, 'United States': US, 'Muskingum River': [39.42, -81.46], 'Ohio River': [39.41, -81.46], Muskingum: [39.42, -81.46], Parkersburg: [39.27, -81.56], Vienna: [39.33, -81.55], Pittsburgh: [40.44, -80.0], Chillicothe: [39.33, -82.98], France: FRANCE, Massachusetts: [42.3, -71.8], Connecticut: [41.6, -72.7], Williamstown: [39.4, -81.45], 'West Virginia': WEST_VIRGINIA, Belpre: [39.274, -81.573], Reno: [39.45, -81.38], 'Duck Creek': [39.42, -81.44], Chicago: CHICAGO, Lowell: [42.63, -71.32] }, [...CENSUS, 'Northwest Territory', 'Ohio Company', 'Arthur St. Clair', 'Washington State Community College', 'Marie Antoinette', 'Florence Warren', 'Florence', 'Mid-Ohio Valley', 'Mound Cemetery']),

	article(`Fredericksburg is a city in and the county seat of Gillespie County, Texas, United States, in the Texas Hill Country. The population was 10,875 at the 2020 census.

History
Fredericksburg was founded in 1846 by John O. Meusebach for the Adelsverein, a society of German nobles that sent settlers from the duchies and kingdoms of the German Confederation, above all from Nassau, Hesse and the Kingdom of Hanover, to the Republic of Texas. The settlers walked inland from Indianola on the Gulf of Mexico by way of New Braunfels. The town is named after Prince Frederick of Prussia. Its Vereins Kirche and many of its Sunday houses survive.

Geography
The city lies on Baron's Creek, a tributary of the Pedernales River, 70 miles west of Austin and 70 miles north of San Antonio. Kerrville lies 24 miles to the south-west, Stonewall 15 miles to the east along the river, and the hamlet of Luckenbach 10 miles to the south-east. Enchanted Rock, a granite dome, stands 17 miles to the north.

Climate
The climate is humid subtropical (Köppen Cfa), drier than on the coast; most rain comes in storms from the Gulf of Mexico in late spring and autumn.

Demographics
As of the 2010 census the racial makeup of the city was 92.6% White, 0.4% African American, 0.5% Native American, 0.5% Asian and 1.6% from two or more races; Hispanic or Latino of any race were 21.4% of the population. German, English, Irish and Mexican were the largest ancestries.

Transportation
U.S. Highways 87 and 290 meet in the city; State Highway 16 runs north to Llano and south to Kerrville. Gillespie County Airport lies south of town.

Notable people
Chester W. Nimitz, fleet admiral, born in Fredericksburg
Lyndon B. Johnson, President of the United States, born near Stonewall

Sister cities
Fredericksburg is twinned with Montabaur, Germany.`, { Fredericksburg: [30.275, -98.872], 'Gillespie County': [30.32, -98.95], Texas: TEXAS, 'United States': US, 'Texas Hill Country': [30.3, -98.9], Nassau: [50.31, 7.8], Hesse: [50.6, 9.0], Hanover: [52.37, 9.73], Indianola: [28.53, -96.5], 'Gulf of Mexico': [25.0, -90.0], 'New Braunfels': [29.7, -98.12], "Baron's Creek": [30.27, -98.87], 'Pedernales River': [30.25, -98.8], Austin: [30.27, -97.74], 'San Antonio': [29.42, -98.49], Kerrville: [30.05, -99.14], Stonewall: [30.236, -98.664], Luckenbach: [30.18, -98.75], 'Enchanted Rock': [30.5, -98.82], Llano: [30.76, -98.68], Montabaur: [50.436, 7.823], Germany: GERMANY, Pedernales: [30.25, -98.8] }, [...CENSUS, ...ANCESTRY, 'Adelsverein', 'German Confederation', 'Kingdom of Hanover', 'Republic of Texas', 'Prussia', 'Vereins Kirche', 'Chester', 'Nimitz', 'Lyndon B. Johnson']),

	article(`Lindsborg is a city in McPherson County, Kansas, United States, known as "Little Sweden". The population was 3,776 at the 2020 census.

== History ==
Lindsborg was settled in 1869 by Swedish immigrants from Värmland, led by the Lutheran pastor Olof Olsson, who had organised the First Swedish Agricultural Company in Chicago. Others followed from Swedish settlements in Illinois, and the Union Pacific railroad reached the town in 1879. Bethany College was founded in 1881.

== Geography ==
Lindsborg lies in the valley of the Smoky Hill River, 20 miles south of Salina and 15 miles north of McPherson. The villages of Marquette and Falun lie to the west, Assaria to the north. Coronado Heights, a hill north of the city, is named for the Spanish explorer whose expedition from New Spain is thought to have reached the area in 1541.

== Demographics ==
The racial makeup of the city in 2010 was 95.6% White, 1.0% African American, 0.5% Native American, 0.8% Asian and 1.7% from two or more races; Hispanic or Latino of any race were 2.8% of the population. Swedish was the largest ancestry (33%), followed by German, English and Irish.

== Transportation ==
Interstate 135 runs two miles east of the city. K-4 crosses the town from east to west.

== Education ==
Smoky Valley USD 400 runs the public schools. Bethany College is a private Lutheran college.

== Notable people ==
Birger Sandzén, painter, emigrated from Sweden in 1894 and taught at Bethany College
Anton Pearson, woodcarver

== Sister cities ==
Lindsborg is twinned with Rättvik in Dalarna, Sweden.`, { Lindsborg: [38.574, -97.674], 'McPherson County': [38.39, -97.65], Kansas: KANSAS, 'United States': US, Värmland: [59.7, 13.2], Chicago: CHICAGO, Illinois: ILLINOIS, 'Smoky Hill River': [38.58, -97.67], Salina: [38.84, -97.61], McPherson: [38.37, -97.66], Marquette: [38.556, -97.834], Falun: [38.67, -97.75], Assaria: [38.68, -97.6], 'Coronado Heights': [38.61, -97.7], Sweden: SWEDEN, Rättvik: [60.886, 15.118], Dalarna: [61.0, 14.5] }, [...CENSUS, ...ANCESTRY, 'Little Sweden', 'Swedish', 'New Spain', 'Union Pacific', 'Bethany College', 'Coronado', 'Spanish', 'Anton Pearson']),

	article(`Spillville is a city in Winneshiek County, Iowa, United States. The population was 385 at the 2020 census.

History
Spillville was founded in 1854 by Joseph Spielman, a German immigrant from Bavaria, and settled mainly by Czech immigrants from Bohemia, who built St. Wenceslaus Church in 1860. The composer Antonín Dvořák spent the summer of 1893 in the town, where he wrote his String Quartet in F major, "American". He had come from Prague by way of New York.

Geography
Spillville lies on the Turkey River, 11 miles south-west of Decorah, the county seat. Calmar lies to the east and Fort Atkinson to the south-east; Protivin, also settled from Bohemia, is 8 miles to the west, across the line in Howard County. Lake Meyer, a small reservoir, is south of the town.

Demographics
As of the census of 2010, there were 367 people, 156 households and 104 families living in the city. The racial makeup was 99.2% White and 0.8% from two or more races. Hispanic or Latino of any race were 0.3% of the population.

Economy
The Bily Clocks Museum, in the house where Dvořák lived, draws visitors from Minneapolis and Chicago. Farming is the main employment.

Education
The South Winneshiek Community School District, based in Calmar, serves the city.

Transportation
Iowa Highway 325 links Spillville with Calmar, and U.S. Route 52 passes to the east.`, { Spillville: [43.203, -91.944], 'Winneshiek County': [43.29, -91.84], Iowa: IOWA, 'United States': US, Bavaria: BAVARIA, Bohemia: BOHEMIA, Prague: PRAGUE, 'New York': NEW_YORK, 'Turkey River': [43.2, -91.95], Decorah: [43.303, -91.786], Calmar: [43.184, -91.864], 'Fort Atkinson': [43.14, -91.93], Protivin: [43.22, -92.09], 'Howard County': [43.36, -92.32], 'Lake Meyer': [43.18, -91.95], Minneapolis: [44.98, -93.27], Chicago: CHICAGO, 'South Winneshiek': [43.18, -91.86] }, [...CENSUS, ...ANCESTRY, 'St. Wenceslaus', 'Bily Clocks Museum', 'Antonín Dvořák']),

	article(`Breaux Bridge is a city in St. Martin Parish, Louisiana, United States, on Bayou Teche. It is part of the Lafayette metropolitan statistical area. The population was 8,250 at the 2020 census. It calls itself the "Crawfish Capital of the World".

== History ==
Acadians expelled from Nova Scotia by the British in 1755 began to settle along the Teche in the 1760s, when Louisiana belonged to Spain. Firmin Breaux, whose family had come from Acadia, built a footbridge across the bayou in 1799, and his daughter-in-law Scholastique Picou Breaux laid out the town in 1829.

== Geography ==
The city lies nine miles east of Lafayette, the parish seat of neighbouring Lafayette Parish. St. Martinville, the parish seat, is 11 miles to the south, and Henderson, on the edge of the Atchafalaya Basin, 7 miles to the east. Lake Martin, a swamp lake with a rookery, lies south of the city.

== Climate ==
Breaux Bridge has a humid subtropical climate (Köppen Cfa) shaped by the Gulf of Mexico, 40 miles to the south; hurricanes reach it most years.

== Demographics ==
In 2010 the racial makeup of the city was 65.2% White, 31.8% African American, 0.3% Native American, 0.6% Asian and 1.5% from two or more races. Hispanic or Latino of any race were 1.9% of the population. French or Cajun ancestry was reported by 40% of residents.

== Transportation ==
Interstate 10 crosses the north of the city; Louisiana Highway 31 follows the bayou to St. Martinville.

== Education ==
St. Martin Parish School Board operates Breaux Bridge High School.

== Notable people ==
Paris Broussard, zydeco accordionist, born in the city
Jackson Guidry, state senator`, { 'Breaux Bridge': [30.274, -91.899], 'St. Martin Parish': [30.13, -91.61], Louisiana: LOUISIANA, 'United States': US, 'Bayou Teche': [30.27, -91.9], Teche: [30.27, -91.9], Lafayette: [30.22, -92.02], 'Nova Scotia': [45.0, -63.0], Spain: [40.0, -4.0], 'Lafayette Parish': [30.21, -92.06], 'St. Martinville': [30.13, -91.83], Henderson: [30.31, -91.79], 'Atchafalaya Basin': [30.3, -91.7], 'Lake Martin': [30.22, -91.9], 'Gulf of Mexico': [25.0, -90.0] }, [...CENSUS, ...ANCESTRY, 'Acadians', 'Acadia', 'British', 'Cajun', 'Paris Broussard', 'Paris', 'Jackson Guidry', 'Jackson', 'Crawfish Capital']),

	article(`Pella is a city in Marion County, Iowa, United States. The population was 10,464 at the 2020 census. It is home to Central College and to the window maker Pella Corporation.

History
Pella was founded in 1847 by about 800 Dutch immigrants, members of a seceded Reformed church led by Dominie Hendrik Scholte, who had left the Netherlands for religious freedom. They sailed from Rotterdam to Baltimore and travelled by way of St. Louis. Scholte named the town after Pella, the city of the Decapolis in which early Christians took refuge. Wyatt Earp lived in Pella as a boy before his family moved west to California.

Geography
Pella lies between the Des Moines and Skunk rivers, 40 miles south-east of Des Moines. Lake Red Rock, the largest lake in Iowa, lies to the south-west behind Red Rock Dam. Knoxville, the county seat, is 17 miles to the west, and Oskaloosa 18 miles to the east.

Demographics
The racial makeup of the city in 2010 was 96.2% White, 0.8% African American, 0.1% Native American, 1.7% Asian and 0.9% from two or more races; Hispanic or Latino of any race were 1.4%. Dutch was the largest ancestry (47%), followed by German.

Transportation
Iowa Highway 163, a four-lane road, links Pella with Des Moines and Oskaloosa; Iowa Highway 14 runs south to Knoxville.

Education
Pella Community School District operates Pella High School; Pella Christian High School is private.

Sister cities
Pella is twinned with Zaltbommel in Gelderland, Netherlands.`, { Pella: [41.408, -92.916], 'Marion County': [41.33, -93.1], Iowa: IOWA, 'United States': US, Netherlands: NETHERLANDS, Rotterdam: [51.92, 4.48], Baltimore: [39.29, -76.61], 'St. Louis': [38.63, -90.2], California: [37.2, -119.5], 'Des Moines': [41.59, -93.62], 'Lake Red Rock': [41.37, -92.98], 'Red Rock Dam': [41.37, -92.98], Knoxville: [41.32, -93.11], Oskaloosa: [41.3, -92.64], Zaltbommel: [51.81, 5.25], Gelderland: [52.06, 5.95] }, [...CENSUS, ...ANCESTRY, 'Pella Corporation', 'Central College', 'Decapolis', 'Wyatt Earp', 'Skunk', 'Christians']),

	article(`Panna Maria is an unincorporated community in Karnes County, Texas, United States. Founded in 1854, it is the oldest permanent Polish settlement in the United States.

== History ==
In December 1854 about 100 Silesian families, led by the Franciscan priest Leopold Moczygemba, arrived at the site after landing at Galveston and walking inland from Indianola. They came from villages around Opole and Strzelce in Upper Silesia, then part of the Kingdom of Prussia. They named the settlement Panna Maria, "Virgin Mary", and celebrated Christmas mass under an oak tree. Later Silesian settlers founded Cestohowa, Bandera and St. Hedwig.

== Geography ==
Panna Maria lies at the confluence of the San Antonio River and Cibolo Creek, 55 miles south-east of San Antonio. Karnes City, the county seat, is 5 miles to the south-east, Hobson 4 miles to the north and Falls City 8 miles to the north-west.

== Demographics ==
The community had about 45 residents in 2000, most of Polish ancestry.

== Education ==
Karnes City Independent School District serves the community.

== Notable people ==
Leopold Moczygemba, priest, born in Płużnica in Upper Silesia`, { 'Panna Maria': [28.956, -97.898], 'Karnes County': [28.9, -97.86], Texas: TEXAS, 'United States': US, Galveston: [29.3, -94.8], Indianola: [28.53, -96.5], Opole: [50.67, 17.93], Strzelce: [50.51, 18.3], 'Upper Silesia': SILESIA, Cestohowa: [29.04, -97.99], Bandera: [29.73, -99.07], 'St. Hedwig': [29.41, -98.2], 'San Antonio River': [28.96, -97.9], 'Cibolo Creek': [28.96, -97.9], 'San Antonio': [29.42, -98.49], 'Karnes City': [28.885, -97.901], Hobson: [29.0, -97.95], 'Falls City': [28.98, -98.02], Płużnica: [50.52, 18.23] }, [...ANCESTRY, 'Silesian', 'Prussia', 'Kingdom of Prussia', 'Virgin Mary', 'Franciscan', 'Christmas', 'Leopold Moczygemba']),

	article(`Tahlequah is a city in and the county seat of Cherokee County, Oklahoma, United States, and the capital of the Cherokee Nation and of the United Keetoowah Band of Cherokee Indians. The population was 16,209 at the 2020 census.

History
The Cherokee were removed from Georgia, Tennessee and North Carolina along the Trail of Tears in 1838–39 and re-established their government in Indian Territory; in 1839 the council chose the site of Tahlequah as their capital. The Cherokee National Capitol was built on the town square in 1869. Indian Territory was joined with Oklahoma Territory to form the state in 1907.

Geography
The city lies in the foothills of the Ozark Mountains, near the Illinois River, which is dammed below the town to form Lake Tenkiller. Muskogee is 30 miles to the south-west, Stilwell 25 miles to the east, and Park Hill 5 miles to the south. Fayetteville, Arkansas, is 60 miles to the north-east.

Demographics
In 2010 the racial makeup of the city was 50.2% White, 2.5% African American, 30.9% Native American, 1.6% Asian and 11.9% from two or more races; Hispanic or Latino of any race were 6.4% of the population.

Education
Northeastern State University, founded as the Cherokee National Female Seminary, is in the city. Tahlequah Public Schools run the high school; Sequoyah Schools is a boarding school run by the Cherokee Nation.

Transportation
State Highways 51, 62 and 82 meet in the city. U.S. Route 62 runs west to Fort Gibson and Muskogee.

Notable people
Wilma Mankiller, principal chief of the Cherokee Nation, born in the city
Sequoyah, creator of the Cherokee syllabary, lived near the city`, { Tahlequah: [35.915, -94.97], 'Cherokee County': [35.9, -94.99], Oklahoma: OKLAHOMA, 'United States': US, Georgia: [32.7, -83.4], Tennessee: [35.8, -86.4], 'North Carolina': [35.5, -79.4], 'Ozark Mountains': [36.2, -93.5], 'Illinois River': [35.92, -94.92], 'Lake Tenkiller': [35.63, -95.0], Muskogee: [35.75, -95.37], Stilwell: [35.81, -94.63], 'Park Hill': [35.86, -94.96], Fayetteville: [36.06, -94.16], Arkansas: [34.9, -92.4], 'Fort Gibson': [35.8, -95.25] }, [...CENSUS, 'Cherokee', 'Cherokee Nation', 'Cherokee Indians', 'Indian Territory', 'Oklahoma Territory', 'Trail of Tears', 'Northeastern State University', 'Sequoyah', 'Wilma Mankiller', 'Indians']),

	article(`St. Jacobs is a community in the township of Woolwich, in the Regional Municipality of Waterloo, Ontario, Canada. It lies on the Conestogo River just north of the city of Waterloo.

History
The area was settled in the 1830s by Mennonite families from Lancaster County, Pennsylvania, who had come to Upper Canada by wagon after the American Revolution. The village was named Jacobstettel after Jacob C. Snider, who built a sawmill on the river in 1852. German immigrants from Hesse and Baden followed in the 1850s.

Geography
St. Jacobs lies on the Conestogo River, 3 miles north of Waterloo and 6 miles south of Elmira, the seat of the township. The hamlets of Heidelberg and Conestogo lie to the west and east. The Grand River, into which the Conestogo flows, runs past Conestogo to the east.

Economy
The St. Jacobs Farmers' Market, north of Waterloo, is one of the largest in Canada; the Old Order Mennonite families of the area still come to it by horse and buggy. Many residents commute to Kitchener and Guelph.

Transportation
Regional Road 85 connects the village with Waterloo and Kitchener. The Waterloo Central Railway runs tourist trains from Waterloo through St. Jacobs to Elmira.

Notable people
Milo Shantz, businessman who developed the village for tourism
Edna Staebler, writer, lived in Sunfish Lake near the village`, { 'St. Jacobs': [43.54, -80.55], Woolwich: [43.6, -80.5], Waterloo: [43.47, -80.52], Ontario: ONTARIO, Canada: CANADA, 'Conestogo River': [43.54, -80.55], 'Lancaster County': [40.04, -76.25], Pennsylvania: PENNSYLVANIA, Hesse: [50.6, 9.0], Baden: [48.5, 8.3], Elmira: [43.6, -80.56], Heidelberg: [43.55, -80.62], Conestogo: [43.54, -80.5], 'Grand River': [43.5, -80.47], Kitchener: [43.45, -80.49], Guelph: [43.55, -80.25], 'Sunfish Lake': [43.51, -80.6] }, ['Mennonite', 'Mennonites', 'Upper Canada', 'American Revolution', 'Jacobstettel', 'German', 'Old Order Mennonite', 'Waterloo Central Railway', 'Milo Shantz', 'Edna Staebler'])
];

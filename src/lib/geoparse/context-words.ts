// Word lists that read the context of a name. General English, not tuned to any document.

/** Words before a name that make it a person: "President Vladimir", "Mr Paris". */
export const PERSON_TITLES = new Set(
	'mr mrs ms miss dr prof professor sir dame lord lady president vice minister prime premier chancellor king queen prince princess sheikh emir pope cardinal bishop father rev reverend saint general gen col colonel major capt captain lt lieutenant sgt sergeant governor gov senator sen rep representative congressman congresswoman mayor judge justice ambassador envoy secretary chairman chair ceo director coach officer detective inspector agent chief commissioner spokesman spokeswoman spokesperson deputy'.split(
		' '
	)
);

/** Nouns after a place name that keep it a place: "Aghdam District", "Caspian Sea", "Baku City". */
export const GEOGRAPHIC_HEADS = new Set(
	'city town village region district province county state governorate oblast republic municipality island islands sea ocean river lake valley mountains mountain mount hills coast bay gulf peninsula desert basin area zone border borders corridor highway road street avenue square port airport harbour harbor'.split(
		' '
	)
);

/** Words after a name that mark it part of an organisation, treaty, event or venue name. */
export const INSTITUTION_HEADS = new Set(
	'group agreement accord accords convention treaty protocol declaration charter process format conference congress summit forum council committee commission assembly parliament agency ministry department office bureau institute institution university college school academy center centre hospital clinic museum library foundation fund bank exchange company corporation corp inc ltd plc holdings group association federation union league party movement front army police times post news journal herald tribune daily gazette magazine review press radio tv television club fc united rovers wanderers athletic stadium arena hall hotel theatre theater church cathedral mosque airlines airways railways energy oil gas petroleum telecom motors records studios festival games cup open marathon prize award awards initiative project program programme plan strategy trust partners capital global international'.split(
		' '
	)
);

/** Prepositions before a name that read it as a location: "in Aghdam", "near Shusha". */
export const LOCATIVE_PREPOSITIONS = new Set(
	'in at near from to into across throughout around outside inside toward towards via through between within beyond across along visited visit visiting left reached entered'.split(' ')
);

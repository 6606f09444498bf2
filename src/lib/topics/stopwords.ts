// English stop words from stopwords-iso, minus a few nouns it lists that carry a topic in news
// ("mine clearance", "world cup", "water resources").
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

const CONTENT_NOUNS = ['mine', 'mines', 'world', 'research', 'information', 'test', 'tests', 'system', 'systems', 'water', 'home', 'state', 'states', 'million', 'line', 'page', 'work'];
// reporting words every news story has, whatever its subject, and the calendar (dates are not topics)
const REPORTING_WORDS = ['said', 'says', 'told', 'mr', 'mrs', 'ms'];
const CALENDAR_WORDS = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weeks', 'month', 'months', 'today', 'yesterday'];

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = (() => {
	const words = new Set((stopwordsIso as Record<string, string[]>).en!.map((w) => w.toLowerCase()));
	for (const noun of CONTENT_NOUNS) words.delete(noun);
	for (const word of [...REPORTING_WORDS, ...CALENDAR_WORDS]) words.add(word);
	return words;
})();

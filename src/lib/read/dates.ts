// Dates as found in news text and front matter, normalised to ISO YYYY-MM-DD.

const MONTHS: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12
};

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function iso(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	// Rejects 2021-02-30 and the like, which Date silently rolls over.
	if (date.getUTCMonth() !== month - 1) return null;
	return date.toISOString().slice(0, 10);
}

function monthNumber(word: string): number | undefined {
	const key = word.toLowerCase().replace(/\.$/, '');
	const month = MONTHS[key.slice(0, 3)];
	// "Mayday" or "Decade" are not months: the word must be a prefix of the full name.
	return month !== undefined && FULL_MONTHS[month - 1]!.startsWith(key) ? month : undefined;
}

/** "2021-11-23", "2021-11-23T10:00:00Z", "23 November 2021", "November 23, 2021" → "2021-11-23". */
export function normalizeDate(value: string | null | undefined): string | null {
	// A date is short; bounding the input keeps the patterns below cheap on any value.
	if (!value || value.length > 64) return null;
	const text = value.trim();
	let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text);
	if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
	match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
	if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
	match = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text);
	if (match) {
		const month = monthNumber(match[2]!);
		return month ? iso(Number(match[3]), month, Number(match[1])) : null;
	}
	match = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
	if (match) {
		const month = monthNumber(match[1]!);
		return month ? iso(Number(match[3]), month, Number(match[2])) : null;
	}
	return null;
}

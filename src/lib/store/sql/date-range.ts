// A date range's conditions on the documents and on the per-topic counts' first and last days.

export interface DateRange {
	/** on a topic and place's first and last days: some of their documents fall in the range */
	overlaps: string;
	/** …all of them do */
	within: string;
	/** on documents `d` */
	days: string;
	/** the range's bounds, once for each of the conditions above */
	params: string[];
}

export function dateRange(from: string | null, to: string | null): DateRange {
	const bounds = [from, to].filter((day) => day !== null);
	const both = (first: string, second: string) => [from ? first : null, to ? second : null].filter(Boolean).join(' AND ');
	return {
		overlaps: both('tp.last_day >= ?', 'tp.first_day <= ?'),
		within: both('tp.first_day >= ?', 'tp.last_day <= ?'),
		days: both('d.day >= ?', 'd.day <= ?'),
		params: bounds
	};
}

/**
 * Per topic, its places named by its documents in a date range: a topic and place whose documents all
 * fall in the range count at once, one whose first and last days miss it not at all, and only the
 * others look for one such document (grouping every document of the range took 0.6 s at 200,000).
 */
export function topicPlacesInDates(range: DateRange, keys: string | null): string {
	return `SELECT tp.topic, count(*) AS n FROM topic_places tp WHERE ${range.overlaps} ${keys ? `AND ${keys}` : ''}
		AND ((${range.within}) OR EXISTS (SELECT 1 FROM document_places dp JOIN document_topics t ON t.doc = dp.doc JOIN documents d ON d.key = dp.doc
			WHERE dp.place = tp.place AND t.topic = tp.topic AND ${range.days}))
		GROUP BY tp.topic`;
}

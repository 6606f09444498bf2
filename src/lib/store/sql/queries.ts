// The explorer's questions, answered by either store (the same SQL; see dialect.ts for what differs).
// Per-place counts come from the stored totals (no document filter), the stored per-topic counts
// (topics only; topic-places.ts) or one grouped query over the filtered documents; place-level filters,
// sorting and paging run over that small per-place result, cached per store version so a server holds
// nothing the database does not say is current. Documents: document-queries.ts.
import { PLACE_KINDS } from '../../contracts.ts';
import type { Manifest, PlaceGeometry, TopicSummary } from '../../contracts.ts';
import type { ExcerptPage, PlacePage, PlaceRow, PlaceSort, QueryFilters, StoreInfo, StoreQueries, TopicCount, ViewSummary } from '../types.ts';
import { readStoreVersion, type Dialect, type SqlReader } from './dialect.ts';
import { createDocumentQueries } from './document-queries.ts';
import { documentCondition as condition_, placeNeedle, type Condition } from './filters.ts';
import { reachedDocuments } from './every-document-reached.ts';
import { excerptPage } from './excerpt-page.ts';
import { createPlaceReach, type Reach } from './place-reach.ts';
import { lastDay } from '../text.ts';
import { monthTallies, PLACE_MONTHS_KEPT, type TallyRow } from './place-months.ts';
import { addTally, marks, MULTI_TOPIC_DOCUMENTS, type PlaceMeta, type Tally } from './place-tally.ts';
import { dateRange, topicPlacesInDates, type DateRange } from './date-range.ts';

const where = (condition: Condition | null, prefix = 'WHERE') => (condition ? `${prefix} ${condition.sql}` : '');
const paramsOf = (condition: Condition | null) => condition?.params ?? [];

const PLACE_COLUMNS = 'key, id, name, kind, country, country_name, lat, lon, geoname_id, geometry, search, document_count, mention_count, first_day, last_day';

export function createQueries(reader: SqlReader, dialect: Dialect): StoreQueries {
	const { all, get } = reader;
	const documentCondition = (filters: QueryFilters, withTopics = true) => condition_(dialect, filters, withTopics);
	const placeReach = createPlaceReach(reader, dialect);

	// Everything below is cached per store version (bumped by every ingest write).
	let version = '';
	let places: PlaceMeta[] = [];
	let placeByKey = new Map<number, PlaceMeta>();
	let placeById = new Map<string, PlaceMeta>();
	const cache = new Map<string, Promise<unknown>>();
	/** shapes parsed once per version (a country's polygon is in every page that lists it) */
	const geometries = new Map<number, PlaceGeometry>();
	let loading: Promise<void> | null = null;
	/** a store written before admin1_name was added, opened read-only, lacks the column (asked again with each version) */
	const hasAdmin1Column = () =>
		get(`SELECT admin1_name FROM places WHERE 1 = 0`).then(
			() => true,
			() => false
		);
	/** …and one written before the per-topic counts (sql/topic-places.ts) groups the rows instead, as one
	 * without the per-month counts (sql/place-months.ts) does for a date range */
	let topicPlaces = false;
	let placeMonths = false;
	async function load(): Promise<void> {
		const now = await readStoreVersion(reader);
		if (now === version) return;
		const rows = await all<PlaceMeta>(`SELECT ${PLACE_COLUMNS}${(await hasAdmin1Column()) ? ', admin1_name' : ''} FROM places`);
		topicPlaces = await get('SELECT 1 FROM topic_places, topic_documents WHERE 1 = 0').then(
			() => true,
			() => false
		);
		// …and only at the version its last keeper left (place-months.ts: an older gazette's write leaves it stale)
		placeMonths = await get('SELECT 1 FROM place_months WHERE 1 = 0').then(
			async () => (await get<{ kept: number }>(PLACE_MONTHS_KEPT))!.kept === 1,
			() => false
		);
		version = now;
		cache.clear();
		geometries.clear();
		placeReach.reset();
		places = rows;
		placeByKey = new Map(places.map((p) => [p.key, p]));
		placeById = new Map(places.map((p) => [p.id, p]));
	}
	/** Brings the cached places up to the store's version (one check shared by concurrent questions). */
	async function current(): Promise<void> {
		loading ??= load().finally(() => (loading = null));
		await loading;
	}
	function remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
		if (cache.has(key)) return cache.get(key) as Promise<T>;
		const value = compute();
		if (cache.size > 64) cache.delete(cache.keys().next().value!);
		cache.set(key, value);
		// a failed question is asked again next time
		value.catch(() => cache.get(key) === value && cache.delete(key));
		return value;
	}

	/** The topics the filters hold when nothing else filters documents (their counts are stored), else null. */
	function onlyTopics(filters: QueryFilters): string[] | null {
		const plain = filters.topics.length > 0 && !filters.doc && !filters.from && !filters.to && !dialect.textQuery(filters.text ?? '');
		return topicPlaces && plain ? [...new Set(filters.topics)] : null;
	}

	/** The date range when it is the only document filter (topics left out), else null. */
	function onlyDates(filters: QueryFilters): DateRange | null {
		if (filters.doc || dialect.textQuery(filters.text ?? '') || (!filters.from && !filters.to)) return null;
		return dateRange(filters.from, filters.to ? lastDay(filters.to) : null);
	}

	/** Per place key: filtered documents and mentions (and dates) of the places the documents mention. */
	function tallies(filters: QueryFilters): Promise<Map<number, Tally>> {
		const condition = documentCondition(filters);
		return remember(`tallies:${JSON.stringify(condition)}`, async () => {
			const map = new Map<number, Tally>();
			if (!condition) {
				for (const p of places) map.set(p.key, { documents: p.document_count, mentions: p.mention_count, first: p.first_day, last: p.last_day });
				return map;
			}
			const topics = onlyTopics(filters);
			if (topics !== null) {
				const rows = await all<{ place: number; documents: number; mentions: number; first: string | null; last: string | null }>(
					`SELECT place, documents, mentions, first_day AS first, last_day AS last FROM topic_places WHERE topic IN (${marks(topics)})`,
					topics
				);
				for (const row of rows) addTally(map, row);
				// a document with m of the topics was counted m times: m − 1 of them are taken off again
				if (topics.length > 1) {
					const twice = await all<{ place: number; documents: number; mentions: number }>(
						`SELECT dp.place, sum(x.m - 1) AS documents, sum((x.m - 1) * dp.mentions) AS mentions FROM (${MULTI_TOPIC_DOCUMENTS(topics)}) x
						 JOIN document_places dp ON dp.doc = x.doc GROUP BY dp.place`,
						topics
					);
					for (const row of twice) {
						const tally = map.get(row.place)!;
						tally.documents -= row.documents;
						tally.mentions -= row.mentions;
					}
				}
				return map;
			}
			const byMonths = placeMonths && filters.topics.length === 0 && onlyDates(filters) ? monthTallies(filters.from || null, filters.to ? lastDay(filters.to) : null) : null;
			if (byMonths) {
				for (const { sql, params } of byMonths) for (const row of await all<TallyRow>(sql, params)) addTally(map, row);
				return map;
			}
			const rows = await all<TallyRow>(
				`SELECT dp.place, count(*) AS documents, sum(dp.mentions) AS mentions, min(d.day) AS first, max(d.day) AS last
				 FROM documents d JOIN document_places dp ON dp.doc = d.key ${where(condition)} GROUP BY dp.place`,
				condition.params
			);
			for (const row of rows) map.set(row.place, { documents: row.documents, mentions: row.mentions, first: row.first, last: row.last });
			return map;
		});
	}

	/** Places passing the name search (and the kind filter unless `ignoreKinds`); null when neither is set. */
	function placeFilter(filters: QueryFilters, ignoreKinds = false): ((p: PlaceMeta) => boolean) | null {
		const needle = placeNeedle(filters);
		const kinds = ignoreKinds ? new Set<string>() : new Set<string>(filters.kinds);
		if (!needle && kinds.size === 0) return null;
		return (p) => (!needle || p.search.includes(needle)) && (kinds.size === 0 || kinds.has(p.kind));
	}

	/** With no document filter: the documents the places a name or kind search leaves reach (place-reach.ts). */
	function reachOf(filters: QueryFilters, passes: (p: PlaceMeta) => boolean): Promise<Reach> {
		return remember(`reach:${JSON.stringify([placeNeedle(filters), [...filters.kinds].sort()])}`, () => placeReach.reach(places.filter(passes).map((p) => p.key)));
	}

	function visible(filters: QueryFilters): Promise<{ place: PlaceMeta; tally: Tally }[]> {
		return remember(`visible:${JSON.stringify(filters)}`, async () => {
			const passes = placeFilter(filters);
			const out: { place: PlaceMeta; tally: Tally }[] = [];
			for (const [key, tally] of await tallies(filters)) {
				const place = placeByKey.get(key);
				if (place && tally.documents > 0 && (!passes || passes(place))) out.push({ place, tally });
			}
			return out;
		});
	}

	const toRow = (place: PlaceMeta, tally: Tally): PlaceRow => ({
		id: place.id,
		name: place.name,
		kind: place.kind,
		country: place.country,
		countryName: place.country_name,
		admin1Name: place.admin1_name ?? null,
		lat: place.lat,
		lon: place.lon,
		geonameId: place.geoname_id,
		documentCount: tally.documents,
		mentionCount: tally.mentions,
		firstDate: tally.first,
		lastDate: tally.last,
		totalDocuments: place.document_count,
		totalMentions: place.mention_count,
		geometry: geometryOf(place)
	});
	function geometryOf(place: PlaceMeta): PlaceGeometry | null {
		if (!place.geometry) return null;
		let parsed = geometries.get(place.key);
		if (!parsed) geometries.set(place.key, (parsed = JSON.parse(place.geometry) as PlaceGeometry));
		return parsed;
	}

	function topicCounts(filters: QueryFilters): Promise<Record<string, TopicCount>> {
		const base = documentCondition(filters, false);
		const passes = placeFilter(filters);
		return remember(`topics:${JSON.stringify([base, filters.q, filters.kinds])}`, async () => {
			const keys = passes ? places.filter(passes).map((p) => p.key) : null;
			const keysParam = keys ? [dialect.keysParam(keys)] : [];
			// documents: without a filter, those among the places' documents; a document filter's probe their
			// places once; the places a name or kind leaves, through the places' index (several of them and no
			// document filter: place-reach.ts)
			const reach = passes && keys && !base && !(topicPlaces && keys.length === 1) ? await reachOf(filters, passes) : null;
			const documents = reach
				? [...reach.topics].map(([topic, n]) => ({ topic, n }))
				: await all<{ topic: string; n: number }>(
				keys
					? // one place without a document filter: its stored per-topic counts; else the places' documents as
						// one set each topic's rows are looked up in (a distinct count per topic over the join took 1.4 s
						// for "united" at 200,000 documents)
						!base && topicPlaces && keys.length === 1
						? `SELECT topic, documents AS n FROM topic_places WHERE ${dialect.inKeys('place')}`
						: `SELECT t.topic, count(*) AS n FROM document_topics t ${base ? `JOIN documents d ON d.key = t.doc WHERE ${base.sql} AND` : 'WHERE'} t.doc IN (SELECT dp.doc FROM document_places dp WHERE ${dialect.inKeys('dp.place')}) GROUP BY t.topic`
					: base
						? `SELECT t.topic, count(*) AS n FROM document_topics t JOIN documents d ON d.key = t.doc WHERE ${base.sql} AND EXISTS (SELECT 1 FROM document_places dp WHERE dp.doc = t.doc) GROUP BY t.topic`
						: topicPlaces
							? 'SELECT topic, documents AS n FROM topic_documents'
							: 'SELECT t.topic, count(*) AS n FROM document_topics t WHERE t.doc IN (SELECT doc FROM document_places) GROUP BY t.topic',
				[...paramsOf(base), ...keysParam]
			);
			// places: the stored per-topic counts when no document filter is set, or only dates
			const dates = onlyDates(filters);
			const placeCounts =
				!base && topicPlaces
					? await all<{ topic: string; n: number }>(`SELECT topic, count(*) AS n FROM topic_places ${keys ? `WHERE ${dialect.inKeys('place')}` : ''} GROUP BY topic`, keysParam)
					: dates && topicPlaces
						? await all<{ topic: string; n: number }>(topicPlacesInDates(dates, keys ? dialect.inKeys('tp.place') : null), [...dates.params, ...keysParam, ...dates.params, ...dates.params])
					: await all<{ topic: string; n: number }>(
							// from the filtered documents (CROSS JOIN keeps SQLite's join in this order; PostgreSQL plans it
							// as any join): from the topics, a date range read every topic row of the store (2 s at 50,000)
							`SELECT t.topic, count(DISTINCT dp.place) AS n FROM ${base ? 'documents d CROSS JOIN document_topics t' : 'document_topics t JOIN documents d ON d.key = t.doc'} JOIN document_places dp ON dp.doc = t.doc
							 ${[base ? `t.doc = d.key AND ${base.sql}` : undefined, keys ? dialect.inKeys('dp.place') : undefined].filter(Boolean).map((sql, i) => `${i ? 'AND' : 'WHERE'} ${sql}`).join(' ')} GROUP BY t.topic`,
							[...paramsOf(base), ...keysParam]
						);
			const counts: Record<string, TopicCount> = {};
			// every topic, as the JSON output's topics.json lists them (one that matches nothing counts zero)
			for (const topic of await all<{ id: string }>('SELECT id FROM topics ORDER BY position'))
				counts[topic.id] = { places: 0, documents: 0 };
			for (const row of placeCounts) counts[row.topic] = { places: row.n, documents: 0 };
			for (const row of documents) counts[row.topic] = { places: counts[row.topic]?.places ?? 0, documents: row.n };
			return counts;
		});
	}

	async function info(): Promise<StoreInfo | null> {
		await current();
		const manifest = await get<{ value: string }>(`SELECT value FROM meta WHERE key = 'manifest'`);
		if (!manifest) return null;
		return remember('info', async () => {
			// topics that match nothing stay, with zero counts (the explorer lists them behind "show all");
			// each topic counted by a statement of its own (together: 0.1 s, 0.7 s cold, at 200,000 documents)
			const topics: TopicSummary[] = [];
			for (const { id } of await all<{ id: string }>('SELECT id FROM topics ORDER BY position'))
				topics.push(
					(await get<TopicSummary>(
						`SELECT t.id, t.label, (SELECT count(*) FROM document_topics dt WHERE dt.topic = t.id) AS "documentCount",
						 ${topicPlaces ? '(SELECT count(*) FROM topic_places tp WHERE tp.topic = t.id)' : '(SELECT count(DISTINCT dp.place) FROM document_topics dt JOIN document_places dp ON dp.doc = dt.doc WHERE dt.topic = t.id)'} AS "placeCount"
						 FROM topics t WHERE t.id = ?`,
						[id]
					))!
				);
			// each bound read from the days' index (min and max in one statement read every row)
			const span = (await get<{ min: string | null; max: string | null }>('SELECT (SELECT min(day) FROM documents) AS min, (SELECT max(day) FROM documents) AS max'))!;
			return {
				manifest: JSON.parse(manifest.value) as Manifest,
				topics,
				// in the one order every list of kinds uses, whatever order the rows come in
				kinds: PLACE_KINDS.filter((kind) => places.some((p) => p.kind === kind)),
				dateSpan: { min: span.min, max: span.max },
				dates: await all<{ month: string; documents: number }>(
					'SELECT substr(day, 1, 7) AS month, count(*) AS documents FROM documents WHERE day IS NOT NULL GROUP BY month ORDER BY month'
				)
			};
		});
	}

	async function summary(filters: QueryFilters): Promise<ViewSummary> {
		await current();
		return remember(`summary:${JSON.stringify(filters)}`, async () => {
			const shown = await visible(filters);
			const condition = documentCondition(filters);
			const placeFiltered = placeFilter(filters) !== null;
			const topics = onlyTopics(filters);
			const documentCount =
				topics !== null && !placeFiltered
					? // one topic has no document counted twice: its stored count alone (the documents of more than
						// one topic were looked for among its 16,000-40,000 rows, 20-50 ms of a toggle at 200,000)
						topics.length === 1
						? (await get<{ n: number }>('SELECT coalesce(sum(documents), 0) AS n FROM topic_documents WHERE topic = ?', topics))!.n
						: (await get<{ n: number }>(
								`SELECT (SELECT coalesce(sum(documents), 0) FROM topic_documents WHERE topic IN (${marks(topics)}))
								 - (SELECT coalesce(sum(x.m - 1), 0) FROM (${MULTI_TOPIC_DOCUMENTS(topics)}) x WHERE EXISTS (SELECT 1 FROM document_places dp WHERE dp.doc = x.doc)) AS n`,
								[...topics, ...topics]
							))!.n
					: // one place: the filtered documents naming it are its tally's
						placeFiltered && shown.length <= 1
						? (shown[0]?.tally.documents ?? 0)
						: placeFiltered && !condition
							? (await reachOf(filters, placeFilter(filters)!)).documents
							: await reachedDocuments(reader, dialect, condition, placeFiltered ? shown.map((s) => s.place.key) : null);
			const kindCounts: ViewSummary['kindCounts'] = {};
			const anyKind = placeFilter(filters, true);
			for (const [key, tally] of await tallies(filters)) {
				const place = placeByKey.get(key);
				if (!place || tally.documents === 0 || (anyKind && !anyKind(place))) continue;
				kindCounts[place.kind] = (kindCounts[place.kind] ?? 0) + 1;
			}
			return {
				placeCount: shown.length,
				documentCount,
				mentionCount: shown.reduce((sum, s) => sum + s.tally.mentions, 0),
				topicCounts: await topicCounts(filters),
				// in the one order of kinds, not the order the database returned the rows in
				kindCounts: Object.fromEntries(PLACE_KINDS.filter((kind) => kind in kindCounts).map((kind) => [kind, kindCounts[kind]]))
			};
		});
	}

	async function placesPage(filters: QueryFilters, sort: PlaceSort, offset: number, limit: number): Promise<PlacePage> {
		await current();
		const ordered = await remember(`sorted:${sort}:${JSON.stringify(filters)}`, async () => {
			const list = [...(await visible(filters))];
			const byName = (a: (typeof list)[number], b: (typeof list)[number]) => a.place.name.localeCompare(b.place.name) || (a.place.id < b.place.id ? -1 : 1);
			if (sort === 'name') return list.sort(byName);
			if (sort === 'mentions') return list.sort((a, b) => b.tally.mentions - a.tally.mentions || byName(a, b));
			if (sort === 'recent') return list.sort((a, b) => (b.tally.last ?? '').localeCompare(a.tally.last ?? '') || byName(a, b));
			return list.sort((a, b) => b.tally.documents - a.tally.documents || b.tally.mentions - a.tally.mentions || byName(a, b));
		});
		return { total: ordered.length, places: ordered.slice(offset, offset + limit).map((s) => toRow(s.place, s.tally)) };
	}

	async function place(id: string, filters: QueryFilters): Promise<PlaceRow | null> {
		await current();
		const meta = placeById.get(id);
		if (!meta) return null;
		const tally = (await tallies(filters)).get(meta.key);
		return toRow(meta, tally ?? { documents: 0, mentions: 0, first: null, last: null });
	}

	async function excerpts(placeId: string, filters: QueryFilters, offset: number, limit: number): Promise<ExcerptPage> {
		await current();
		const meta = placeById.get(placeId);
		return meta ? excerptPage(reader, dialect, placeId, meta.key, documentCondition(filters), offset, limit) : { placeId, total: 0, groups: [] };
	}

	/** What a first place search needs whatever the name (each topic's documents), read ahead. */
	async function prepare(): Promise<void> {
		await current();
		await placeReach.prepare();
	}

	/** The store's version as the answers above were worked out for it (read from the store each time). */
	async function storeVersion(): Promise<string> {
		await current();
		return version;
	}

	return { info, summary, places: placesPage, place, excerpts, version: storeVersion, prepare, ...createDocumentQueries(reader, dialect) };
}

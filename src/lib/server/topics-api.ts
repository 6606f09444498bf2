// The explorer's topic panel: GET /api/taxonomy lists the topics of the taxonomy the map shows (with
// their sizes, hidden ones too); POST /api/taxonomy/save applies the panel's edits (rename, merge,
// split off a term, hide, pin) to it, reruns ingest on the result and, when that worked, saves it
// as the corpus's taxonomy file. Guarded like the corrections: same origin, this server's token.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PanelTopic, TopicSummary } from '../contracts.ts';
import { InputFileError } from '../corpus/input-error.ts';
import { applyTopicEdits } from '../topics/edit.ts';
import { formatTaxonomy } from '../topics/taxonomy-file.ts';
import type { Taxonomy } from '../topics/taxonomy.ts';
import { writeFileAtomic } from './atomic.ts';
import type { Route } from './http-guard.ts';
import { CORPUS_TOPICS_FILE, parseTaxonomyText } from './ingest/taxonomy-choice.ts';
import type { TopicsWriter } from './topics-writer.ts';
import { createWriteGuard, RequestError, sendJson, type WriteGuard } from './write-guard.ts';

/** terms the panel offers per topic (to read, and to split off) */
const SHOWN_TERMS = 12;
const ABOUT =
	'Topics shaped in the gazette explorer. The next `gazette ingest` of this corpus reads this file (a taxonomy given with --topics wins over it). Edit freely: labels, terms, weights, "hidden", "pinned".';

export type { PanelTopic };

const revisionOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

async function current(writer: TopicsWriter): Promise<{ text: string; taxonomy: Taxonomy }> {
	const now = await writer.current();
	if ('reason' in now) throw new RequestError(409, now.reason);
	return { text: now.text, taxonomy: parseTaxonomyText(now.text, writer.savedFile).taxonomy };
}

export function topicsRoutes(writer: TopicsWriter, guard: WriteGuard = createWriteGuard()): Route[] {
	const list = async () => {
		const { text, taxonomy } = await current(writer);
		const summaries = JSON.parse(await readFile(join(writer.outDir, 'topics.json'), 'utf8').catch(() => '[]')) as TopicSummary[];
		const documents = new Map(summaries.map((s) => [s.id, s.documentCount]));
		const topics: PanelTopic[] = taxonomy.topics.map((t) => ({
			id: t.id,
			label: t.label,
			terms: t.terms.slice(0, SHOWN_TERMS),
			hidden: t.hidden === true,
			pinned: t.pinned === true,
			documents: documents.get(t.id) ?? 0
		}));
		return { writable: true, token: guard.token, revision: revisionOf(text), file: CORPUS_TOPICS_FILE, topics };
	};

	const save = (body: Record<string, unknown>) =>
		guard.serially(async () => {
			if (typeof body.revision !== 'string') throw new RequestError(400, 'say which "revision" of the topics the edits were made on');
			if (!Array.isArray(body.edits) || body.edits.length === 0) throw new RequestError(400, 'send the "edits" to save (a non-empty array)');
			const { text, taxonomy } = await current(writer);
			if (body.revision !== revisionOf(text)) throw new RequestError(409, 'the topics changed since this page read them; reload to see them');
			const next = formatTaxonomy(applyTopicEdits(taxonomy, body.edits), ABOUT);
			// the map changes first: a taxonomy ingest refuses is never saved
			await writer.reapply(next);
			await writeFileAtomic(writer.savedFile, next);
			return list();
		});

	return [
		{
			prefix: '/api/taxonomy',
			handle: async (_req, res) => {
				try {
					sendJson(res, 200, await list());
				} catch (error) {
					// topics from --topics, or a hand edit broke the file: say why, offer no edits
					if (error instanceof RequestError || error instanceof InputFileError) sendJson(res, 200, { writable: false, reason: error.message });
					else throw error;
				}
			}
		},
		{ prefix: '/api/taxonomy/save', methods: ['POST'], handle: guard.write(save) }
	];
}

/** A server that saves nothing still answers the panel's question, so the page asks without a 404. */
export function readOnlyTopicsRoute(): Route {
	return { prefix: '/api/taxonomy', handle: (_req, res) => sendJson(res, 200, { writable: false, reason: 'this explorer is read-only' }) };
}

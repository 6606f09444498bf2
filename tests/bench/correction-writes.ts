// The server's side of `npm run bench corrections`, the same on both stores: the corrections to make
// (the most mentioned place's name moved to another place, once for one mention and once for the
// corpus) and the time of each preview, apply and revert through the explorer's server.
import { TOKEN_HEADER } from '../../src/lib/server/corrections-api.ts';
import type { RunningServer } from '../../src/lib/server/serve.ts';
import { EMPTY_FILTERS } from '../../src/lib/state/url.ts';
import type { Store } from '../../src/lib/store/types.ts';
import { callJson } from '../helpers/http.ts';

/** How long the user reads the dialog's preview before Apply, in the figures that say so. */
export const READ_PREVIEW_MS = 1000;

export async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
	const start = performance.now();
	const value = await run();
	return [value, Math.round(performance.now() - start)];
}

async function post(server: RunningServer, path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
	const { body: session } = await callJson(server.port, 'GET', '/api/corrections');
	const reply = await callJson(server.port, 'POST', path, { body: { revision: session.revision, ...body }, headers: { Origin: `http://127.0.0.1:${server.port}`, [TOKEN_HEADER]: session.token as string } });
	if (reply.status !== 200) throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
	return reply.body;
}

/** The most mentioned place, another place to move its name to, and one mention of it. */
export async function correctionTargets(store: Store) {
	const { places } = await store.places(EMPTY_FILTERS, 'mentions', 0, 20);
	const top = places[0]!;
	const other = places.find((p) => p.name !== top.name)!;
	const excerpt = (await store.excerpts(top.id, EMPTY_FILTERS, 0, 1)).groups[0]!;
	const document = (await store.document(excerpt.documentId))!;
	const mention = document.mentions.find((m) => m.placeId === top.id)!;
	return { top, other, mention: { document: document.id, start: mention.start, end: mention.end, name: mention.name } };
}

export type CorrectionTargets = Awaited<ReturnType<typeof correctionTargets>>;

/** Preview, apply and revert one mention, then every mention of the name, timed one by one (ms). */
export async function timeCorrectionWrites(server: RunningServer, { top, other, mention }: CorrectionTargets) {
	const oneMention = { action: 'resolve', name: mention.name, placeId: other.id, mention: { document: mention.document, start: mention.start, end: mention.end } };
	const wholeCorpus = { action: 'resolve', name: top.name, placeId: other.id };
	// the dialog previews before it applies; the first question reads the ingest base and the gazetteer
	const [, coldPreviewMs] = await timed(() => post(server, '/api/corrections/preview', { correction: oneMention }));
	const [applied, mentionMs] = await timed(() => post(server, '/api/corrections/apply', { correction: oneMention }));
	const [, revertMentionMs] = await timed(() => post(server, '/api/corrections/revert', { id: (applied.correction as { id: string }).id }));
	const [preview, previewMs] = await timed(() => post(server, '/api/corrections/preview', { correction: wholeCorpus }));
	const [corpusWide, corpusMs] = await timed(() => post(server, '/api/corrections/apply', { correction: wholeCorpus }));
	const [, revertCorpusMs] = await timed(() => post(server, '/api/corrections/revert', { id: (corpusWide.correction as { id: string }).id }));
	// as a user applies it: a second after the preview, by when the server has worked out what it writes
	await post(server, '/api/corrections/preview', { correction: wholeCorpus });
	await new Promise((done) => setTimeout(done, READ_PREVIEW_MS));
	const [ahead, corpusAheadMs] = await timed(() => post(server, '/api/corrections/apply', { correction: wholeCorpus }));
	await post(server, '/api/corrections/revert', { id: (ahead.correction as { id: string }).id });
	return { wholeCorpus, coldPreviewMs, mentionMs, revertMentionMs, previewMentions: preview.mentions as number, previewDocuments: preview.documents as number, previewMs, corpusMs, corpusAheadMs, revertCorpusMs };
}

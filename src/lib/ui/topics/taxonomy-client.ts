// The topic panel's conversation with the local server (src/lib/server/topics-api.ts): read the
// taxonomy the map shows, send the edits made in the panel. Only asked of a live gazette server.
import type { TopicEdit } from '../../topics/edit.ts';

import { TOKEN_HEADER, type PanelTopic } from '../../contracts.ts';

export { TOKEN_HEADER, type PanelTopic };

export interface EditableTaxonomy {
	token: string;
	revision: string;
	/** where the server saves, relative to the corpus */
	file: string;
	topics: PanelTopic[];
}

const url = (path: string) => new URL(`api/${path}`, new URL('.', window.location.href)).href;

/** The taxonomy when this server lets the page shape it, else null (read-only, --topics, static host). */
export async function loadEditableTaxonomy(): Promise<EditableTaxonomy | null> {
	const response = await fetch(url('taxonomy'), { cache: 'no-store' });
	if (!response.ok) return null;
	const body = (await response.json()) as Partial<EditableTaxonomy> & { writable?: boolean };
	return body.writable === true ? (body as EditableTaxonomy) : null;
}

/** Saves the edits; the answer is the taxonomy as saved, or an Error with the server's one-line reason. */
export async function saveTopicEdits(current: EditableTaxonomy, edits: readonly TopicEdit[]): Promise<EditableTaxonomy> {
	const response = await fetch(url('taxonomy/save'), {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: current.token },
		body: JSON.stringify({ revision: current.revision, edits })
	});
	const body = (await response.json().catch(() => ({}))) as EditableTaxonomy & { error?: string };
	if (!response.ok) throw new Error(body.error ?? `the server refused the edits (HTTP ${response.status})`);
	return body;
}

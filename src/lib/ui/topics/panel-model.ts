// What the topic panel lists: the saved topics with the unsaved edits replayed on them by the same
// functions the server applies (src/lib/topics/edit.ts), pinned ones first, then the biggest.
import { applyTopicEdits, type TopicEdit } from '../../topics/edit.ts';
import type { Taxonomy } from '../../topics/taxonomy.ts';
import type { PanelTopic } from './taxonomy-client.ts';

export interface ShownTopic extends PanelTopic {
	/** made by an unsaved split: no size yet */
	isNew: boolean;
	/** differs from the saved topic */
	changed: boolean;
}

export interface PanelList {
	topics: ShownTopic[];
	/** saved topics that match no document: not listed, like the filter */
	unmatched: number;
}

export function panelList(saved: readonly PanelTopic[], edits: readonly TopicEdit[]): PanelList {
	const light: Taxonomy = { minDocumentHits: 1, topics: saved.map((t) => ({ id: t.id, label: t.label, terms: [...t.terms], ...(t.hidden ? { hidden: true } : {}), ...(t.pinned ? { pinned: true } : {}) })) };
	const before = new Map(saved.map((t) => [t.id, t]));
	const edited = applyTopicEdits(light, edits).topics.map((t): ShownTopic => {
		const was = before.get(t.id);
		const topic = { id: t.id, label: t.label, terms: t.terms, hidden: t.hidden === true, pinned: t.pinned === true, documents: was?.documents ?? 0 };
		const changed = !was || was.label !== topic.label || was.hidden !== topic.hidden || was.pinned !== topic.pinned || was.terms.join('\n') !== topic.terms.join('\n');
		return { ...topic, isNew: !was, changed };
	});
	const listed = edited.filter((t) => t.documents > 0 || t.hidden || t.isNew);
	const pinned = listed.filter((t) => t.pinned);
	const rest = listed.filter((t) => !t.pinned).sort((a, b) => Number(a.hidden) - Number(b.hidden) || Number(a.isNew) - Number(b.isNew) || b.documents - a.documents);
	return { topics: [...pinned, ...rest], unmatched: edited.length - listed.length };
}

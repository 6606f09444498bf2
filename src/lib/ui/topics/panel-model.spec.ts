import { describe, expect, it } from 'vitest';
import { panelList } from './panel-model.ts';
import type { PanelTopic } from './taxonomy-client.ts';

const topic = (id: string, documents: number, extra: Partial<PanelTopic> = {}): PanelTopic => ({ id, label: id.toUpperCase(), terms: [`${id}-a`, `${id}-b`], hidden: false, pinned: false, documents, ...extra });
const saved = [topic('small', 3), topic('big', 40), topic('none', 0), topic('gone', 0, { hidden: true }), topic('mid', 12, { pinned: true })];
const ids = (list: ReturnType<typeof panelList>) => list.topics.map((t) => t.id);

describe('the topic panel list', () => {
	it('puts pinned topics first, then the biggest, hidden ones last, and leaves out topics that match nothing', () => {
		const list = panelList(saved, []);
		expect(ids(list)).toEqual(['mid', 'big', 'small', 'gone']);
		expect(list.unmatched).toBe(1);
		expect(list.topics.every((t) => !t.changed && !t.isNew)).toBe(true);
	});
	it('shows unsaved edits as the server will apply them', () => {
		const list = panelList(saved, [
			{ op: 'rename', topic: 'big', label: 'Large' },
			{ op: 'merge', topic: 'small', into: 'big' },
			{ op: 'split', topic: 'mid', term: 'mid-b' },
			{ op: 'pin', topic: 'big', pinned: true }
		]);
		expect(ids(list)).toEqual(['mid', 'big', 'mid-b', 'gone']);
		expect(list.topics[1]).toMatchObject({ label: 'Large', changed: true, terms: ['big-a', 'big-b', 'small-a', 'small-b'] });
		expect(list.topics[2]).toMatchObject({ isNew: true, label: 'mid-b' });
	});
});

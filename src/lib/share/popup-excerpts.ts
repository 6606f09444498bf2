// The evidence an embed's popup shows for a place: the first excerpt of each of the first few documents
// the view shows. The offline snapshot carries exactly these and nothing more (server/snapshot.ts).
import type { Excerpt, ExcerptGroup, PlaceExcerpts } from '../contracts.ts';

/** documents (one excerpt each) an embed popup shows */
export const POPUP_DOCUMENTS = 3;

export interface PopupExcerpt {
	group: ExcerptGroup;
	excerpt: Excerpt;
}

/** The popup's excerpts, in the output's order, from the documents `shows` keeps. */
export function popupExcerpts(groups: ExcerptGroup[], shows: (documentId: string) => boolean): PopupExcerpt[] {
	const picked: PopupExcerpt[] = [];
	for (const group of groups) {
		if (picked.length === POPUP_DOCUMENTS) break;
		const excerpt = group.excerpts[0];
		if (excerpt && shows(group.documentId)) picked.push({ group, excerpt });
	}
	return picked;
}

/** A place's excerpts cut down to what its popup shows (the bounded copy a snapshot carries). */
export function boundedExcerpts(excerpts: PlaceExcerpts, shows: (documentId: string) => boolean): PlaceExcerpts {
	return { placeId: excerpts.placeId, groups: popupExcerpts(excerpts.groups, shows).map(({ group, excerpt }) => ({ ...group, excerpts: [excerpt] })) };
}

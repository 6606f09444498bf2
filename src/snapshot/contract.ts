// The data a self-contained HTML snapshot carries (in <script type="application/json" id="gazette-snapshot">),
// written by `gazette export --html` and read by the snapshot bundle (main.ts).
import type { DocumentSummary, Manifest, PlaceExcerpts, PlacesCollection, TopicSummary } from '../lib/contracts.ts';

export const SNAPSHOT_ELEMENT_ID = 'gazette-snapshot';

export interface SnapshotData {
	/** explorer URL parameters (topic, kind, from, to, doc, q, place, map) */
	query: string;
	title: string | null;
	theme: 'light' | 'dark' | 'auto';
	manifest: Manifest;
	places: PlacesCollection;
	documents: DocumentSummary[];
	topics: TopicSummary[];
	/** per place, by its excerpts file: only what its popup shows (share/popup-excerpts.ts) */
	excerpts: Record<string, PlaceExcerpts>;
}

/** Options of the figure the headless PNG export asks for through `window.gazetteFigure`. */
export interface SnapshotFigureRequest {
	width: number;
	height: number;
	pixelRatio: number;
}

/** JSON that is safe inside a <script> element: no `</script`, no `<!--`. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}

// The self-contained snapshot: the embed view mounted on data carried inside the HTML file itself.
// Built by vite.snapshot.config.ts into one script with every asset (basemap, font, map worker)
// inlined as data URLs, so the file opens from file:// with no network at all.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '../lib/ui/theme.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mount } from 'svelte';
import { ATTRIBUTION } from '../lib/map/basemap.ts';
import { describeView, sourceDocuments, sourcesLine, summaryLine, viewTitle, visibleKinds } from '../lib/share/describe-view.ts';
import { applyFilters, buildIndex } from '../lib/state/filter.ts';
import { filtersOf, parseViewState } from '../lib/state/url.ts';
import { parseFigureParams } from '../lib/share/figure-params.ts';
import Embed from '../lib/ui/Embed.svelte';
import { renderFigure } from '../lib/ui/figure.ts';
import { SNAPSHOT_ELEMENT_ID, type SnapshotData, type SnapshotFigureRequest } from './contract.ts';

const element = document.getElementById(SNAPSHOT_ELEMENT_ID);
if (!element?.textContent) throw new Error('this snapshot has no data');
const snapshot = JSON.parse(element.textContent) as SnapshotData;
const view = parseViewState(new URLSearchParams(snapshot.query));
const figureParams = parseFigureParams(new URLSearchParams(snapshot.query));
const index = buildIndex(snapshot.places.features, snapshot.documents, snapshot.topics);
const data = { manifest: snapshot.manifest, index };

function exposeFigure(map: MapLibreMap) {
	const result = applyFilters(index, filtersOf(view));
	const description = describeView(index, result, filtersOf(view), snapshot.manifest.corpus);
	const kinds = visibleKinds(index, result);
	const sources = sourcesLine(snapshot.manifest.corpus, sourceDocuments(index, result));
	(window as unknown as { gazetteFigure: (request: SnapshotFigureRequest) => Promise<string> }).gazetteFigure = async (request) => {
		const figure = await renderFigure(map, {
			...request,
			title: snapshot.title?.trim() || viewTitle(description),
			subtitle: summaryLine(description),
			kinds,
			attribution: ATTRIBUTION,
			sourceLine: sources,
			dark: snapshot.theme === 'dark',
			clusters: !figureParams.figure,
			inset: document.querySelector<HTMLCanvasElement>('.locator-inset canvas')
		});
		return figure.canvas.toDataURL('image/png');
	};
}

/** A place's excerpts as the snapshot carries them (a place it has none for shows none). */
async function excerpts(file: string) {
	return snapshot.excerpts[file] ?? { placeId: '', groups: [] };
}

mount(Embed, {
	target: document.getElementById('app')!,
	props: { view, title: snapshot.title, theme: snapshot.theme, load: async () => data, onmapidle: exposeFigure, figure: figureParams, excerpts }
});

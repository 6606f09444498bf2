// What a published page, file or figure calls the corpus: a display name, never a path of the machine.
import type { Manifest } from '../contracts.ts';

/** The last segment of a path ("/home/alice/Leaks" → "Leaks"); a plain name stays as it is. */
export function corpusDisplayName(corpus: string): string {
	const segments = corpus.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
	return segments.at(-1)?.trim() || 'corpus';
}

/** The manifest with its corpus as a display name (outputs written before display names kept the path). */
export function publicManifest(manifest: Manifest): Manifest {
	return typeof manifest.corpus === 'string' ? { ...manifest, corpus: corpusDisplayName(manifest.corpus) } : manifest;
}

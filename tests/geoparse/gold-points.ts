// The points the genre and held-out batches give a country or a region (a writer's choice of its centre:
// genre-accuracy.ts counts a country or region right within 800 km of it), one each, shared by the
// batches that name it; a batch's points for its own small places stay in the batch.
import type { GenreText } from './genre-texts.ts';

export const US: [number, number] = [39.76, -98.5];
export const ENGLAND: [number, number] = [52.5, -1.5];
export const WALES: [number, number] = [52.3, -3.8];
export const FRANCE: [number, number] = [46.5, 2.5];
export const GERMANY: [number, number] = [51.0, 10.0];
export const POLAND: [number, number] = [52.0, 19.5];
export const INDIA: [number, number] = [22.0, 79.0];
export const PHILIPPINES: [number, number] = [13.0, 122.0];
export const BRAZIL: [number, number] = [-10.0, -55.0];

/** A Wikipedia-style text and its gold points. */
export const wikipediaText = (text: string, gold: Record<string, [number, number]>): GenreText => ({ genre: 'wikipedia', text, gold });

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

// countries at the gazetteer's own point (`gazette lookup NAME`), for the batches since session 50
export const BELGIUM: [number, number] = [50.83, 4.0];
export const NETHERLANDS: [number, number] = [52.5, 5.75];
export const RUSSIA: [number, number] = [60.0, 100.0];
export const CANADA: [number, number] = [60.11, -113.64];
export const UKRAINE: [number, number] = [49.0, 32.0];
export const VIETNAM: [number, number] = [16.17, 107.83];
export const JAPAN: [number, number] = [35.69, 139.75];
export const CHINA: [number, number] = [35.0, 105.0];
export const GREECE: [number, number] = [39.0, 22.0];
export const TURKEY: [number, number] = [39.0, 35.0];
export const SOUTH_KOREA: [number, number] = [37.0, 127.5];
export const BHUTAN: [number, number] = [27.5, 90.5];
export const MALI: [number, number] = [17.0, -4.0];
export const BURKINA_FASO: [number, number] = [13.0, -2.0];
export const MADAGASCAR: [number, number] = [-20.0, 47.0];
export const ECUADOR: [number, number] = [-2.0, -77.5];
export const TAJIKISTAN: [number, number] = [39.0, 71.0];
export const AFGHANISTAN: [number, number] = [33.0, 65.0];
export const KYRGYZSTAN: [number, number] = [41.0, 75.0];
export const AUSTRALIA: [number, number] = [-25.0, 135.0];
export const PERU: [number, number] = [-10.0, -76.0];
export const BOLIVIA: [number, number] = [-17.0, -65.0];
export const CAPE_VERDE: [number, number] = [16.0, -24.0];
export const CUBA: [number, number] = [21.5, -80.0];
export const MALTA: [number, number] = [35.83, 14.58];
export const MOLDOVA: [number, number] = [47.0, 29.0];
export const ARMENIA: [number, number] = [40.25, 45.0];
export const AZERBAIJAN: [number, number] = [40.5, 47.5];
export const LEBANON: [number, number] = [33.83, 35.83];
export const JORDAN: [number, number] = [31.0, 36.0];
export const SYRIA: [number, number] = [35.0, 38.0];
export const IRAN: [number, number] = [32.0, 53.0];
export const SWEDEN: [number, number] = [62.0, 15.0];
export const ITALY: [number, number] = [42.83, 12.83];
// a region at the gazetteer's own point (Tibet Autonomous Region)
export const TIBET: [number, number] = [30.15, 88.79];

/** A Wikipedia-style text and its gold points. */
export const wikipediaText = (text: string, gold: Record<string, [number, number]>): GenreText => ({ genre: 'wikipedia', text, gold });

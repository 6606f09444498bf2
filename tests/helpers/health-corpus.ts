// A small made-up health corpus with three subjects, ten varied notes each, whose discovered topics
// are one per subject; each subject's notes name one place the fake geoparser knows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HEALTH_SUBJECTS: Record<string, { words: string[]; place: string }> = {
	vaccines: { words: ['vaccine', 'booster doses', 'immunisation', 'measles', 'clinic queues', 'nurses', 'vaccination campaign', 'side effects'], place: 'Baku' },
	hospitals: { words: ['hospital beds', 'waiting lists', 'surgeons', 'emergency department', 'ambulance', 'hospital funding', 'operations', 'wards'], place: 'Shusha' },
	diet: { words: ['sugar', 'obesity', 'school meals', 'vegetables', 'salt', 'calories', 'healthy eating', 'snacks'], place: 'Minsk' }
};

export function writeHealthNote(corpus: string, subject: string, i: number): void {
	const { words, place } = HEALTH_SUBJECTS[subject]!;
	const kept = words.filter((_, j) => (i + j) % 3 !== 0);
	writeFileSync(join(corpus, `${subject}-${i}.txt`), `${subject} note ${i}\n\nIn ${place}, ${kept.map((w) => `there was talk of ${w} again.`).join(' ')}\n`);
}

export function writeHealthCorpus(corpus: string, notes = 10): void {
	for (const subject of Object.keys(HEALTH_SUBJECTS)) for (let i = 0; i < notes; i++) writeHealthNote(corpus, subject, i);
}

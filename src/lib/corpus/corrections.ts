// Moved to src/lib/places (format, scopes, preview); kept so existing imports read the same.
export { parseCorrections, describeCorrection, MAX_CORRECTION_NAME_LENGTH, type Correction, type CorrectionAction } from '../places/correction-format.ts';
export { applyCorrections, checkCorrectionPlaces, nameKey } from '../places/apply-corrections.ts';

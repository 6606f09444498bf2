// MapLibre compiles one shader program per layer type and per mix of paint values that vary by feature
// (drawn from vertex data) and values that do not (uniforms). In software rendering (SwiftShader, a
// headless browser, a machine without a GPU) each program blocks the page 0.1–0.4 s the first time a
// layer of that mix is drawn: during the first view, and again on a zoom that brings a new layer in.
// So every fill, line and circle layer gives its colour (circles also their radius and opacities, text
// its opacity) in the per-feature form, even where one value serves every feature: the fills then share
// one program, the solid lines one, the dashed lines one, the circles one and the labels one.
import type { ExpressionSpecification } from 'maplibre-gl';

/** The colours given per feature in every layer of their type (apply-colors.ts keeps the form). */
export const PER_FEATURE_PROPERTIES = new Set(['fill-color', 'line-color', 'circle-color', 'circle-radius']);

/** `value` for every feature, in the per-feature form (it reads a property no feature has). */
export function perFeature(value: string | number | ExpressionSpecification): ExpressionSpecification {
	return ['case', ['has', 'gazette:none'], value, value] as ExpressionSpecification;
}

/** The value `perFeature` wraps (or `value` itself when it is not wrapped). */
export function unwrapPerFeature(value: unknown): unknown {
	return Array.isArray(value) && value[0] === 'case' && JSON.stringify(value[1]) === '["has","gazette:none"]' ? value[2] : value;
}

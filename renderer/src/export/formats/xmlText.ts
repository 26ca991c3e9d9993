// The XML writers here (GraphML, the SVG bands) escape through the one shared rule, which also
// drops what XML 1.0 cannot hold: shared/text/xmlText.ts.
export { xmlEscape, xmlSafe } from '../../../../shared/text/xmlText';

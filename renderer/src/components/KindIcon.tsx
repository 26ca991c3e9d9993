// A node kind drawn as the canvas draws it: its shape (SVG outline) filled with its colour. Used in
// the legend, search suggestions, the detail panel and the tables, so shape alone tells kinds apart.
import { NODE_KIND_INFO, type NodeKind } from '../../../shared/ontology';
import { shapeOutline } from '../canvas/shapeOutline';

export function KindIcon({ kind, size = 14 }: { readonly kind: NodeKind; readonly size?: number }) {
  const info = NODE_KIND_INFO[kind];
  const outline = shapeOutline(info.shape);
  return (
    <svg
      className="kind-icon"
      width={size}
      height={size}
      viewBox="-1.15 -1.15 2.3 2.3"
      aria-hidden="true"
      focusable="false"
      data-shape={info.shape}
    >
      <path
        d={outline.d}
        fill={info.colour}
        stroke="#333"
        strokeWidth={0.12}
        strokeLinejoin={outline.rounded ? 'round' : 'miter'}
      />
    </svg>
  );
}

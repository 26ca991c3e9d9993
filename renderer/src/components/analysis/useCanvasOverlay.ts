// What the analysis features lay over the canvas: node size and colour from the chosen metric
// (computed over the visible graph) and the highlighted path or results.
import { useMemo } from 'react';
import { nodeStyleOverrides } from '../../analysis/metricMapping';
import { metricsOf } from '../../analysis/metrics';
import type { ElementOverlay } from '../../canvas/toElements';
import { selectVisibleGraph } from '../../state/selectors';
import { useAtlas } from '../../state/store';

export function useCanvasOverlay(): ElementOverlay {
  const sizeBy = useAtlas((s) => s.analysis.nodeSizeBy);
  const colourBy = useAtlas((s) => s.analysis.nodeColourBy);
  const highlight = useAtlas((s) => s.analysis.highlight);
  const visible = useAtlas(selectVisibleGraph);
  return useMemo(
    () => ({
      nodeStyles:
        sizeBy === 'none' && colourBy === 'kind' ? new Map() : nodeStyleOverrides(metricsOf(visible), sizeBy, colourBy),
      highlightNodes: highlight.nodes,
      highlightEdges: highlight.edges,
    }),
    [visible, sizeBy, colourBy, highlight],
  );
}

// A highlighted path or result set is brought into view where its labels can be read (fitView.ts).
// When the highlight brings nodes that still have to be laid out, the element sync's layout is under
// way and fits the view itself when it ends; fitting here too would look at positions the layout is
// about to change (under load the layout outlasted the fixed delay this used to wait, and its own fit
// of the whole graph then undid the path's).
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useAtlas } from '../../state/store';
import { fitHighlight } from './fitView';
import { fitAfterLayout, layoutRunning } from './useElementSync';

export function useHighlightInView(cy: Core | null): void {
  const highlight = useAtlas((s) => s.analysis.highlight);
  useEffect(() => {
    if (cy === null || highlight.nodes.size === 0) return;
    if (layoutRunning(cy)) fitAfterLayout(cy);
    else fitHighlight(cy);
  }, [cy, highlight]);
}

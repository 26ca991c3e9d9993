// The view's filters, as the analysis requests send them to the service (paths, matrix).
import type { FilterSpec } from '../../../../shared/filters/graphFilter';
import { selectFilterSpec } from '../../state/selectors';
import { useAtlas } from '../../state/store';

export function useViewFilters(): FilterSpec {
  return useAtlas(selectFilterSpec);
}

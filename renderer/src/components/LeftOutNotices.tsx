// What the canvas left out on purpose, visible until the user closes it: each hub shown in part
// (how many of how many, with "show 50 more") and the overview standing in for a large dataset.
import { NODE_KIND_INFO } from '../../../shared/ontology';
import { count, ts } from '../i18n/scaleStrings';
import { HUB_PAGE, loadMoreOf } from '../state/expandHub';
import { dismissHubLeftOut, setOverviewLeftOut } from '../state/scaleSlice';
import { apply, useAtlas } from '../state/store';
import { isolate } from '../../../shared/text/isolate';

export function LeftOutNotices() {
  const language = useAtlas((s) => s.language);
  const hubs = useAtlas((s) => s.hubsLeftOut);
  const overview = useAtlas((s) => s.overviewLeftOut);
  const nodes = useAtlas((s) => s.nodes);
  if (hubs.length === 0 && overview === null) return null;
  return (
    <section className="left-out" aria-label={ts(language, 'leftOutRegion')} data-testid="left-out">
      {overview !== null && (
        <div className="notice banner" data-testid="overview-left-out">
          <p>
            {ts(
              language,
              'overviewLeftOut',
              count(language, overview.shown),
              count(language, overview.total),
              count(language, Math.max(0, overview.total - overview.shown)),
            )}{' '}
            {ts(
              language,
              'overviewKinds',
              overview.perKind
                .map((k) => `${NODE_KIND_INFO[k.kind].label[language]} ${count(language, k.shown)}`)
                .join(', '),
            )}
          </p>
          <button type="button" className="dismiss" onClick={() => apply(setOverviewLeftOut(null), { quiet: true })}>
            {ts(language, 'dismiss')}
          </button>
        </div>
      )}
      {hubs.map((hub) => (
        <div key={hub.id} className="notice banner" data-testid="hub-left-out">
          <p>
            {ts(
              language,
              'hubLeftOut',
              count(language, hub.shown),
              count(language, hub.total),
              isolate(nodes.get(hub.id)?.label[language] ?? hub.id),
              count(language, Math.max(0, hub.total - hub.shown)),
            )}
          </p>
          <button type="button" onClick={() => void loadMoreOf(hub.id)}>
            {ts(language, 'loadMore', HUB_PAGE)}
          </button>
          <button type="button" className="dismiss" onClick={() => apply(dismissHubLeftOut(hub.id), { quiet: true })}>
            {ts(language, 'dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}

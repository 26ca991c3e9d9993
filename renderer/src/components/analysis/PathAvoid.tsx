// What the path search must not pass through: nodes picked one by one (shown as removable chips)
// and kinds of node. The two ends are never avoided: the slice refuses them.
import { NODE_KIND_INFO } from '../../../../shared/ontology';
import { ta } from '../../i18n/analysisStrings';
import { allowPathNode, avoidPathNode, setPathAvoidKinds } from '../../state/analysisSlice';
import { apply, useAtlas } from '../../state/store';
import { KindIcon } from '../KindIcon';
import { KindSelect } from './KindSelect';
import { NodePicker } from './NodePicker';
import { isolate } from '../../../../shared/text/isolate';

export function PathAvoid() {
  const language = useAtlas((s) => s.language);
  const nodes = useAtlas((s) => s.analysis.pathAvoidNodes);
  const kinds = useAtlas((s) => s.analysis.pathAvoidKinds);
  return (
    <fieldset className="path-avoid" data-testid="path-avoid">
      <legend>{ta(language, 'pathAvoided')}</legend>
      <div className="row">
        <NodePicker
          label={ta(language, 'pathAvoid')}
          value={null}
          onChange={(node) => {
            if (node !== null) apply(avoidPathNode(node));
          }}
          testId="path-avoid-node"
        />
        <KindSelect
          label={ta(language, 'pathAvoidKinds')}
          value={kinds}
          onChange={(picked) => apply(setPathAvoidKinds(picked))}
          testId="path-avoid-kinds"
        />
      </div>
      {(nodes.length > 0 || kinds.length > 0) && (
        <ul className="avoided" data-testid="path-avoided">
          {nodes.map((node) => (
            <li key={node.id}>
              <KindIcon kind={node.kind} /> <bdi>{node.label[language]}</bdi>{' '}
              <button
                type="button"
                className="link"
                aria-label={`${ta(language, 'pathAllow')} ${isolate(node.label[language])}`}
                onClick={() => apply(allowPathNode(node.id))}
              >
                ×
              </button>
            </li>
          ))}
          {kinds.map((kind) => (
            <li key={kind}>
              <KindIcon kind={kind} /> {NODE_KIND_INFO[kind].plural[language]}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

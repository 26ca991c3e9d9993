// The marks of an opened snapshot hold only while the canvas shows the snapshot's own version of an
// element: reloading it from the dataset takes the mark away, undoing brings both back.
import { describe, expect, it } from 'vitest';
import { aNode, anEdge } from '../analysis/analysisBuilders';
import { toSummaries } from './analysisSlice';
import { addNodes, clearCanvas } from './graphSlice';
import { initialState } from './store';
import { findingFor, selectShownFindings, setSnapshotClaims } from './verificationSlice';

const atlantis = aNode('politie-van-atlantis', 'national-organisation', 'Politie van Atlantis');
const police = {
  ...aNode('netherlands-police', 'national-organisation', 'Nationale Politie'),
  status: 'historical' as const,
};
const genuinePolice = aNode('netherlands-police', 'national-organisation', 'Nationale Politie');
const [forgedLink] = toSummaries([anEdge('politie-van-atlantis', 'cooperates-with', 'netherlands-police')]);
if (forgedLink === undefined) throw new Error('builder');

const verification = {
  nodes: new Map([
    ['politie-van-atlantis', { state: 'absent' as const, fields: [] }],
    ['netherlands-police', { state: 'differs' as const, fields: ['status'] }],
  ]),
  edges: new Map([[forgedLink.id, { state: 'absent' as const, fields: [] }]]),
};

describe('verificationSlice', () => {
  const opened = setSnapshotClaims(
    verification,
    [atlantis, police],
    [forgedLink],
  )(addNodes([atlantis, police], [forgedLink])(clearCanvas()(initialState)));

  it('marks what the snapshot put on the canvas', () => {
    const shown = selectShownFindings(opened);
    expect([...shown.nodes.keys()].sort()).toEqual(['netherlands-police', 'politie-van-atlantis']);
    expect(findingFor(opened, 'edge', forgedLink.id)?.state).toBe('absent');
    expect(findingFor(opened, 'node', 'europol')).toBeNull();
  });

  it('drops the mark once the element is loaded again from the dataset, or taken off the canvas', () => {
    const reloaded = addNodes([genuinePolice])(opened);
    expect(findingFor(reloaded, 'node', 'netherlands-police')).toBeNull();
    expect(findingFor(reloaded, 'node', 'politie-van-atlantis')?.state).toBe('absent');
    const cleared = clearCanvas()(opened);
    expect(selectShownFindings(cleared)).toEqual({ nodes: new Map(), edges: new Map() });
  });
});

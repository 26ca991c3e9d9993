// Opening a forged snapshot through the renderer's own action, with the service faked: the message
// counts what the dataset lacks and what differs, a notice stays up while those elements are shown,
// and the detail panel gives the snapshot's words for a made-up node and the dataset's for a changed one.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NodeDetail } from '../../../../shared/contract';
import { connectFakeApi } from '../../../../test/support/fakeApi';
import { openSnapshotText } from '../../export/snapshotActions';
import { selectNode } from '../../state/actions';
import { atlasStore, initialState } from '../../state/store';
import { DetailPanel } from '../DetailPanel';
import { SnapshotCheckNotice } from './SnapshotCheckNotice';

const europol: NodeDetail = {
  id: 'europol',
  kind: 'international-body',
  label: { nl: 'Europol', en: 'Europol' },
  status: 'in-force',
  dates: {},
  provenance: 'stated',
  degree: 1,
  description: { nl: 'EU-agentschap.', en: 'EU agency.' },
  aliases: [],
  attributes: {},
  citations: [{ sourceId: 'kamerbrief-visie-ips', quote: 'Europol', start: 0, end: 7 }],
};
const atlantis = {
  ...europol,
  id: 'politie-van-atlantis',
  label: { nl: 'Politie van Atlantis', en: 'Atlantis Police' },
};

const snapshot = {
  format: 'ips-atlas-snapshot',
  version: 1,
  dataset: { version: '0123456789abcdef' },
  language: 'nl',
  // Europol as the dataset has it, but no longer in force; a police force no letter mentions.
  nodes: [{ ...europol, status: 'historical' }, atlantis],
  edges: [
    {
      id: 'politie-van-atlantis-cooperates-with-europol',
      kind: 'cooperates-with',
      source: 'politie-van-atlantis',
      target: 'europol',
      status: 'in-force',
      dates: {},
      provenance: 'stated',
      note: null,
      citations: [],
    },
  ],
  positions: { europol: [0, 0], 'politie-van-atlantis': [100, 0] },
  pinned: [],
  selection: { nodes: [], edges: [], focus: null },
  viewport: { zoom: 1, pan: { x: 0, y: 0 } },
  filters: {},
  layout: 'force',
  edgeLabels: false,
  pattern: null,
};

describe('opening a forged snapshot', () => {
  beforeEach(() => {
    atlasStore.setState(initialState, true);
    connectFakeApi({
      'graph.details': () => ({ nodes: [europol], edges: [] }),
      'graph.info': () => ({
        datasetVersion: '0123456789abcdef',
        nodeCount: 1,
        edgeCount: 0,
        sources: [],
        earliestYear: 2019,
      }),
      'node.get': () => europol,
      'node.neighbours': () => ({ centre: europol, nodes: [], edges: [], total: 0, nextCursor: null }),
    });
  });

  it('counts, notices and marks what the dataset does not back', async () => {
    const outcome = await openSnapshotText({ name: 'vervalst.json', text: JSON.stringify(snapshot) });
    expect(outcome.ok && outcome.message).toContain(
      'staan 2 element(en) die niet in de dataset staan en 1 die afwijken van de dataset',
    );
    render(
      <>
        <SnapshotCheckNotice />
        <DetailPanel />
      </>,
    );
    expect(screen.getByTestId('snapshot-check-notice').textContent).toContain('2 element(en)');

    await selectNode('politie-van-atlantis');
    expect((await screen.findByTestId('detail-panel')).textContent).toContain('Politie van Atlantis');
    expect(screen.getByTestId('detail-verification').textContent).toBe('Uit de momentopname: niet in de dataset. ');
    // No "No node" error: the panel knows this node exists only in the file.
    expect(atlasStore.getState().error).toBeNull();

    await selectNode('europol');
    await screen.findByText(/wijkt af van de dataset \(status\)/);
    expect(screen.getByTestId('detail-verification').textContent).toContain('Hieronder staat wat de dataset zegt.');
  }, 20_000);
});

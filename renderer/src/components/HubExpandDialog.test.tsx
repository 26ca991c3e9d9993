// The hub question and the left-out notice as a user meets them: the count in the language's own
// digits, the per-kind choices, and "show 50 more" bringing the next page of the most connected.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Neighbourhood, NodeSummary, ParsedInput } from '../../../shared/contract';
import { connectFakeApi } from '../../../test/support/fakeApi';
import { expandNode } from '../state/canvasActions';
import { addNodes } from '../state/graphSlice';
import { apply, atlasStore, initialState } from '../state/store';
import { setLanguage } from '../state/uiSlice';
import { aNode, anEdge } from '../state/testBuilders';
import { HubExpandDialog } from './HubExpandDialog';
import { LeftOutNotices } from './LeftOutNotices';

const hub: NodeSummary = { ...aNode('politie', 'national-organisation'), degree: 4800 };

function neighbours(input: ParsedInput<'node.neighbours'>): Neighbourhood {
  const total = input.relationKinds === undefined ? 4800 : input.relationKinds.includes('member-of') ? 4800 : 0;
  const offset = input.cursor === undefined ? 0 : Number(input.cursor);
  const nodes = Array.from({ length: Math.min(input.limit, total) }, (_, i) => aNode(`n${String(offset + i)}`));
  return {
    centre: hub,
    nodes,
    edges: nodes.map((n) => anEdge('politie', n.id, 'member-of')),
    total,
    nextCursor: offset + nodes.length < total ? String(offset + nodes.length) : null,
  };
}

beforeEach(() => {
  atlasStore.setState(initialState, true);
  apply(addNodes([hub]));
  connectFakeApi({ 'node.neighbours': neighbours });
});

describe('HubExpandDialog', () => {
  it('asks "4.800 buren — toon de 50 meest verbonden, of kies per soort" and offers the kinds with counts', async () => {
    render(<HubExpandDialog />);
    await expandNode('politie');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('h2')?.textContent).toBe('4.800 buren — toon de 50 meest verbonden, of kies per soort');
    expect(await screen.findByRole('button', { name: 'is lid van (4.800)' })).toBeTruthy();
  });

  it('in English: "4,800 neighbours — show the 50 most connected, or pick by kind"', async () => {
    apply(setLanguage('en'), { quiet: true });
    render(<HubExpandDialog />);
    await expandNode('politie');
    expect((await screen.findByRole('dialog')).querySelector('h2')?.textContent).toBe(
      '4,800 neighbours — show the 50 most connected, or pick by kind',
    );
  });

  it('shows the 50 most connected, then says what it left out and loads 50 more', async () => {
    render(
      <>
        <HubExpandDialog />
        <LeftOutNotices />
      </>,
    );
    await expandNode('politie');
    await userEvent.click(await screen.findByRole('button', { name: 'Toon de 50 meest verbonden' }));
    const notice = await screen.findByTestId('hub-left-out');
    expect(notice.textContent).toContain('50 van 4.800 relaties van politie (nl) getoond');
    expect(notice.textContent).toContain('4.750 weggelaten');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Toon 50 meer' }));
    await waitFor(() => expect(screen.getByTestId('hub-left-out').textContent).toContain('100 van 4.800'));
    expect(atlasStore.getState().nodes.size).toBe(101);
  });
});

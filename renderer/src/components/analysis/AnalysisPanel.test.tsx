// The analysis drawer: a tab opens its panel, the same tab closes it, and a highlight left by a
// path or pattern search can be cleared.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightElements } from '../../state/analysisSlice';
import { apply, atlasStore, initialState } from '../../state/store';
import { AnalysisPanel } from './AnalysisPanel';

describe('AnalysisPanel', () => {
  beforeEach(() => {
    atlasStore.setState(initialState, true);
  });

  it('opens a tab’s panel and closes it from the same tab', async () => {
    render(<AnalysisPanel />);
    expect(screen.queryByRole('tabpanel')).toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'Matrix' }));
    expect(screen.getByRole('tabpanel').querySelector('[data-testid="matrix-panel"]')).not.toBeNull();
    expect(screen.getByRole('tab', { name: 'Matrix' }).getAttribute('aria-selected')).toBe('true');
    await userEvent.click(screen.getByRole('tab', { name: 'Kengetallen' }));
    expect(screen.getByText('Zet eerst knopen op het netwerk.')).toBeDefined();
    await userEvent.click(screen.getByRole('tab', { name: 'Kengetallen' }));
    expect(screen.queryByRole('tabpanel')).toBeNull();
  });

  it('moves between tabs with the arrow keys, opening the one reached', async () => {
    render(<AnalysisPanel />);
    screen.getByRole('tab', { name: 'Paden' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(atlasStore.getState().analysis.tab).toBe('pattern');
    expect(document.activeElement?.textContent).toBe('Patroon');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(atlasStore.getState().analysis.tab).toBe('matrix');
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Paden' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Paden' }).tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'Matrix' }).tabIndex).toBe(-1);
  });

  it('clears the highlight the canvas shows', async () => {
    apply(highlightElements(['europol', 'germany'], ['germany-cooperates-with-europol']));
    render(<AnalysisPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Markering wissen' }));
    expect(atlasStore.getState().analysis.highlight.edges.size).toBe(0);
    expect(screen.queryByRole('button', { name: 'Markering wissen' })).toBeNull();
  });
});

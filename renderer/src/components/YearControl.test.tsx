// The year control offers every year from the dataset's earliest date to this year, typed or slid,
// and always shows the year applied.
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addNodes } from '../state/graphSlice';
import { selectVisibleGraph } from '../state/selectors';
import { apply, atlasStore, initialState } from '../state/store';
import { aNode, anEdge } from '../state/testBuilders';
import { setEarliestYear } from '../state/uiSlice';
import { YearControl } from './YearControl';

const applied = (): string => screen.getByTestId('year-applied').textContent;
const typed = (): HTMLInputElement => screen.getByRole('spinbutton');

beforeEach(() => {
  atlasStore.setState(initialState, true);
  apply(setEarliestYear(2002));
  apply(
    addNodes(
      [aNode('netherlands'), aNode('enschede', 'treaty', { signed: '2005' }), aNode('rst', 'state', { from: '2020' })],
      [anEdge('netherlands', 'enschede', 'party-to', 'in-force', { signed: '2005' })],
    ),
  );
});

describe('YearControl', () => {
  it('offers every year from the dataset’s earliest to this year, not only years in the view', () => {
    render(<YearControl />);
    const slider = screen.getByRole<HTMLInputElement>('slider');
    expect([slider.min, slider.max]).toEqual(['2002', String(new Date().getFullYear())]);
    expect(applied()).toBe('—');
  });

  it('applies a typed 2018, shows it, and hides what the dataset dates later', async () => {
    render(<YearControl />);
    await userEvent.clear(typed());
    await userEvent.type(typed(), '2018');
    expect(atlasStore.getState().filters.asOfYear).toBe(2018);
    expect(applied()).toBe('2018');
    expect(screen.getByRole<HTMLInputElement>('slider').value).toBe('2018');
    expect(selectVisibleGraph(atlasStore.getState()).nodes.map((n) => n.id)).toEqual(['netherlands', 'enschede']);
  });

  it('ignores a year out of range or half typed, and shows the applied year again on leaving', async () => {
    render(<YearControl />);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '2007' } });
    expect(applied()).toBe('2007');
    await userEvent.clear(typed());
    await userEvent.type(typed(), '1850');
    expect(atlasStore.getState().filters.asOfYear).toBe(2007);
    fireEvent.blur(typed());
    expect(typed().value).toBe('2007');
  });

  it('leaves the year off when the box is unticked', async () => {
    render(<YearControl />);
    await userEvent.click(screen.getByRole('checkbox'));
    expect(atlasStore.getState().filters.asOfYear).toBe(2019);
    await userEvent.click(screen.getByRole('checkbox'));
    expect(atlasStore.getState().filters.asOfYear).toBeUndefined();
    expect(applied()).toBe('—');
  });
});

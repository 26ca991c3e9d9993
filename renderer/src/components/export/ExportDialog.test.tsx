// The export dialog as an adviser meets it: the fields follow the format (caption, marking and
// orientation for the PDF; scale, background, caption band, legend and a copy button for PNG; the
// changes option only when a comparison is open), Escape and Cancel close it, the picture choices are
// remembered, and exporting an empty canvas says so instead of failing.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, EXPORT_GROUPS, type ExportFormat } from '../../export/exportFormats';
import { rememberedPictureFrame, rememberPictureFrame } from '../../export/exportPreferences';
import { ex } from '../../export/exportStrings';
import type { ExportSettings } from '../../export/exportSettings';
import { diffGraphs } from '../../export/formats/graphDiff';
import { setComparison } from '../../state/compareSlice';
import { apply, atlasStore, initialState } from '../../state/store';
import { ExportDialog } from './ExportDialog';

const SETTINGS: ExportSettings = {
  title: 'Samenwerking',
  caption: '',
  marking: '',
  orientation: 'landscape',
  scale: 2,
  background: 'white',
  region: 'view',
  includeChanges: true,
  scope: 'visible',
  csvSeparator: ';',
  band: true,
  legend: true,
};

function Harness({ onClose }: { readonly onClose: () => void }) {
  const [settings, setSettings] = useState(SETTINGS);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  return (
    <ExportDialog settings={settings} onSettings={setSettings} format={format} onFormat={setFormat} onClose={onClose} />
  );
}

describe('ExportDialog', () => {
  beforeEach(() => {
    atlasStore.setState(initialState, true);
  });

  it('offers every format once, under its group’s heading', () => {
    render(<Harness onClose={() => undefined} />);
    const radios = screen.getAllByRole('radio').filter((r) => r.getAttribute('name') === 'export-kind');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual([...EXPORT_FORMAT_IDS]);
    for (const format of EXPORT_FORMAT_IDS) {
      const group = screen.getByRole('radiogroup', { name: ex('nl', EXPORT_GROUPS[EXPORT_FORMATS[format].group]) });
      expect(within(group).getByRole('radio', { name: ex('nl', EXPORT_FORMATS[format].label) })).toBeTruthy();
    }
  });

  it('shows the PDF fields, then the picture fields when PNG is chosen', async () => {
    const user = userEvent.setup();
    render(<Harness onClose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Exporteren' })).toBeTruthy();
    expect(screen.getByLabelText('Onderschrift')).toBeTruthy();
    expect(screen.getByLabelText(/Rubricering/)).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Liggend' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('slider')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'PNG-afbeelding' }));
    expect(screen.queryByLabelText('Onderschrift')).toBeNull();
    expect(screen.getByRole('slider')).toHaveProperty('value', '2');
    expect(screen.getByRole('button', { name: 'Kopieer afbeelding' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Transparant' }));
    expect(screen.getByRole('radio', { name: 'Transparant' })).toHaveProperty('checked', true);
  });

  it('offers the changes for the briefing only when a comparison is open', async () => {
    const user = userEvent.setup();
    render(<Harness onClose={() => undefined} />);
    await user.click(screen.getByRole('radio', { name: 'Briefingtekst (Word)' }));
    expect(screen.queryByRole('checkbox', { name: /wijzigingen/ })).toBeNull();
    const empty = { nodes: new Map(), edges: new Map() };
    apply(setComparison({ diff: diffGraphs(empty, empty), since: 'eerder.json', labels: new Map() }), { quiet: true });
    expect(await screen.findByRole('checkbox', { name: /wijzigingen/ })).toHaveProperty('checked', true);
  });

  it('keeps Tab inside the dialog: past the last control back to the first, and the other way', async () => {
    const user = userEvent.setup();
    render(<Harness onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog');
    const controls = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled])')];
    const first = controls[0];
    const last = controls.at(-1);
    last?.focus();
    await user.tab();
    expect(document.activeElement).toBe(first);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(last);
  });

  it('says there is nothing to export on an empty canvas, and closes with Escape', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Downloaden' }));
    await waitFor(() => {
      expect(screen.getByTestId('export-status').textContent).toContain('nog niets op het canvas');
    });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('offers the caption band and the legend for PNG and SVG, not for data formats', async () => {
    const user = userEvent.setup();
    render(<Harness onClose={() => undefined} />);
    for (const format of ['PNG-afbeelding', 'SVG (vector)']) {
      await user.click(screen.getByRole('radio', { name: format }));
      expect(screen.getByRole('checkbox', { name: /Bijschriftband/ })).toHaveProperty('checked', true);
      await user.click(screen.getByRole('checkbox', { name: 'Legenda in de afbeelding' }));
      expect(screen.getByRole('checkbox', { name: 'Legenda in de afbeelding' })).toHaveProperty('checked', false);
      await user.click(screen.getByRole('checkbox', { name: 'Legenda in de afbeelding' }));
    }
    await user.click(screen.getByRole('radio', { name: 'CSV-tabellen (zip)' }));
    expect(screen.queryByRole('checkbox', { name: /Bijschriftband/ })).toBeNull();
  });

  it('closes with Cancel when no export runs', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('the remembered picture frame', () => {
  it('is on by default and comes back as the user left it', () => {
    localStorage.clear();
    expect(rememberedPictureFrame()).toEqual({ band: true, legend: true });
    rememberPictureFrame({ band: false, legend: true });
    expect(rememberedPictureFrame()).toEqual({ band: false, legend: true });
    rememberPictureFrame({ band: true, legend: false });
    expect(rememberedPictureFrame()).toEqual({ band: true, legend: false });
  });
});

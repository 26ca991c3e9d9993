// UI strings of the app's frame: the toolbar's groups (find, view, analyse, export) and their tools,
// and the legend on the canvas. Dutch and English with the same keys.
import { translator } from './stringTable';

const nl = {
  toolbarFind: 'Zoeken',
  toolbarView: 'Weergave',
  toolbarAnalyse: 'Analyseren',
  toolbarExport: 'Exporteren en delen',
  toolbarHelp: 'Hulp en taal',
  analysisToggle: 'Analyse',
  analysisToggleLabel: 'Analysepaneel openen of sluiten',
  legendCollapse: 'Legenda inklappen',
  legendExpand: 'Legenda uitklappen',
};

export type LookStringKey = keyof typeof nl;

const en: Record<LookStringKey, string> = {
  toolbarFind: 'Find',
  toolbarView: 'View',
  toolbarAnalyse: 'Analyse',
  toolbarExport: 'Export and share',
  toolbarHelp: 'Help and language',
  analysisToggle: 'Analysis',
  analysisToggleLabel: 'Open or close the analysis panel',
  legendCollapse: 'Collapse the legend',
  legendExpand: 'Expand the legend',
};

export const tl = translator<LookStringKey>({ nl, en });

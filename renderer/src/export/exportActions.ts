// One action per export format: gathers the visible view, fetches the details the format needs,
// builds the file (the heavy builders load on first use) and hands it to the save dialog or download.
import type { Language } from '../../../shared/contract';
import { selectLegendEntries, selectVisibleGraph } from '../state/selectors';
import { atlasStore } from '../state/store';
import { canvasExporter, type CanvasExporter, type PictureRegion } from './canvasExporter';
import { fetchDetails, graphInfo, selectedVisibleNodeIds, snapshotInput, visibleExportGraph } from './currentView';
import { copyPicture, saveFile, type Saved } from './deliver';
import { ex } from './exportStrings';
import { FILE_TYPES, fileName, type FileKind } from './fileTypes';
import { longDate } from './formats/exportWords';
import { elementNames, type ExportGraph } from './formats/exportModel';
import { unverifiedLines } from './formats/verification';

export const EXPORT_KINDS = ['png', 'svg', 'pdf', 'json', 'csv', 'graphml', 'gexf', 'md', 'docx'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportSettings {
  readonly title: string;
  readonly caption: string;
  readonly marking: string;
  readonly orientation: 'portrait' | 'landscape';
  readonly scale: number;
  readonly background: 'white' | 'transparent';
  readonly region: PictureRegion;
  readonly includeChanges: boolean;
}

export interface ExportOutcome {
  readonly saved: Saved | 'copied';
  /** Something the user should know (the picture was made smaller than asked). */
  readonly note: string | null;
}

/** A refusal the dialog shows as it is (nothing to export, nothing selected). */
export class ExportRefusal extends Error {
  override readonly name = 'ExportRefusal';
}

function exporter(): CanvasExporter {
  const found = canvasExporter();
  if (found === null) throw new ExportRefusal('The canvas is not ready.');
  return found;
}

/** The PDF picture's longest side in pixels. */
const PDF_PICTURE_PIXELS = 2400;

const background = (settings: ExportSettings): string | null => (settings.background === 'white' ? '#ffffff' : null);

async function picture(settings: ExportSettings, language: Language) {
  const drawn = await exporter().png({
    scale: settings.scale,
    background: background(settings),
    region: settings.region,
  });
  return { drawn, note: drawn.reducedTo === null ? null : ex(language, 'reduced', drawn.reducedTo) };
}

async function pdf(graph: ExportGraph, settings: ExportSettings): Promise<Uint8Array> {
  const state = atlasStore.getState();
  // The whole visible network, sharp at A4 (about 200 dpi over 27 cm is 2,400 pixels) but no larger:
  // a bigger picture only costs time to encode and embed, and prints no better.
  const canvas = exporter();
  const base = canvas.size('all');
  const scale = Math.min(2, PDF_PICTURE_PIXELS / Math.max(base.width, base.height, 1));
  const drawn = await canvas.png({ scale, background: '#ffffff', region: 'all' });
  const [{ pdfReport }, { PDF_FONTS }, { citedSources }, details, info] = await Promise.all([
    import('./formats/pdfReport'),
    import('./pdfFonts'),
    import('./formats/citedSources'),
    fetchDetails(
      [],
      graph.edges.map((e) => e.id),
    ),
    graphInfo(),
  ]);
  return pdfReport({
    title: settings.title,
    caption: settings.caption,
    marking: settings.marking.trim(),
    orientation: settings.orientation,
    language: graph.language,
    picture: { png: drawn.png, width: drawn.width, height: drawn.height },
    legend: selectLegendEntries(selectVisibleGraph(state)),
    sources: citedSources(graph, details.edges, info),
    unverified: unverifiedLines(graph.verification, elementNames(graph), graph.language),
    date: longDate(new Date(), graph.language),
    datasetVersion: info.datasetVersion,
    fonts: PDF_FONTS,
  });
}

async function briefing(
  graph: ExportGraph,
  settings: ExportSettings,
  kind: 'md' | 'docx',
): Promise<Uint8Array | string> {
  const actorIds = selectedVisibleNodeIds(graph);
  if (actorIds.length === 0) throw new ExportRefusal(ex(graph.language, 'needSelection'));
  const chosen = new Set(actorIds);
  const edgeIds = graph.edges.filter((e) => chosen.has(e.source) || chosen.has(e.target)).map((e) => e.id);
  const [{ buildBriefing }, details, info] = await Promise.all([
    import('./formats/briefing'),
    fetchDetails(actorIds, edgeIds),
    graphInfo(),
  ]);
  const comparison = atlasStore.getState().comparison;
  const content = buildBriefing({
    title: settings.title,
    graph,
    actors: actorIds.flatMap((id) => details.nodes.get(id) ?? []),
    edgeDetails: details.edges,
    info,
    date: longDate(new Date(), graph.language),
    ...(settings.includeChanges && comparison !== null ? { changes: comparison } : {}),
  });
  if (kind === 'md') return (await import('./formats/briefingMarkdown')).briefingMarkdown(content);
  return (await import('./formats/briefingDocx')).briefingDocx(content);
}

async function build(
  kind: ExportKind,
  graph: ExportGraph,
  settings: ExportSettings,
): Promise<{ data: Uint8Array | string; note: string | null }> {
  const ids = () => [graph.nodes.map((n) => n.id), graph.edges.map((e) => e.id)] as const;
  switch (kind) {
    case 'png': {
      const { drawn, note } = await picture(settings, graph.language);
      return { data: drawn.png, note };
    }
    case 'svg':
      return { data: exporter().svg({ background: background(settings), region: settings.region }), note: null };
    case 'pdf':
      return { data: await pdf(graph, settings), note: null };
    case 'json':
      return { data: (await import('./formats/snapshot')).snapshotJson(await snapshotInput(graph)), note: null };
    case 'csv':
      return { data: (await import('./formats/csvExport')).csvZip(graph, await fetchDetails(...ids())), note: null };
    case 'graphml':
      return {
        data: (await import('./formats/graphmlExport')).graphml(graph, await fetchDetails(...ids())),
        note: null,
      };
    case 'gexf':
      return { data: (await import('./formats/gexfExport')).gexf(graph, await fetchDetails(...ids())), note: null };
    case 'md':
    case 'docx':
      return { data: await briefing(graph, settings, kind), note: null };
  }
}

const FILE_KIND: { readonly [K in ExportKind]: FileKind } = {
  png: 'png',
  svg: 'svg',
  pdf: 'pdf',
  json: 'json',
  csv: 'zip',
  graphml: 'graphml',
  gexf: 'gexf',
  md: 'md',
  docx: 'docx',
};

export async function exportView(kind: ExportKind, settings: ExportSettings): Promise<ExportOutcome> {
  const graph = visibleExportGraph();
  if (graph.nodes.length === 0) throw new ExportRefusal(ex(graph.language, 'emptyView'));
  const { data, note } = await build(kind, graph, settings);
  const saved = await saveFile(fileName(settings.title, FILE_KIND[kind]), data, FILE_TYPES[FILE_KIND[kind]]);
  return { saved, note };
}

export async function copyViewPicture(settings: ExportSettings): Promise<ExportOutcome> {
  const language = atlasStore.getState().language;
  const { drawn, note } = await picture(settings, language);
  await copyPicture(drawn.png);
  return { saved: 'copied', note };
}

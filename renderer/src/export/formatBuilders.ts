// How each export format is built from the visible view: the picture from the canvas, the PDF
// report, the snapshot, the data tables and the briefing. The heavy builders load on first use.
// EXPORT_FORMATS (exportFormats.ts) says which builder makes which format.
import type { Language } from '../../../shared/contract';
import { selectLegendEntries, selectVisibleGraph } from '../state/selectors';
import { atlasStore } from '../state/store';
import { canvasExporter, type CanvasExporter, type Picture } from './canvasExporter';
import { briefingNodeIds, citationInfo, fetchDetails, snapshotInput } from './currentView';
import { ex } from './exportStrings';
import { ExportRefusal, type Built, type ExportSettings, type ExportTask } from './exportSettings';
import { frameContent } from './frameContent';
import { longDate } from './formats/exportWords';
import type { Briefing } from './formats/briefing';
import type { ExportGraph } from './formats/exportModel';
import { legendMarks } from './formats/pdfLegend';

/** Builds a format; `task` carries the dialog's progress bar and cancel to the heavy steps. */
export type Builder = (graph: ExportGraph, settings: ExportSettings, task?: ExportTask) => Promise<Built>;

export function exporter(language: Language): CanvasExporter {
  const found = canvasExporter();
  if (found === null) throw new ExportRefusal(ex(language, 'notReady'));
  return found;
}

/** The PDF picture's longest side in pixels. */
const PDF_PICTURE_PIXELS = 2400;

const background = (settings: ExportSettings): string | null => (settings.background === 'white' ? '#ffffff' : null);

/**
 * The canvas as a PNG at the chosen scale, framed by the marking, legend and caption band the user
 * chose, with a note when the browser made it smaller.
 */
export async function drawPicture(
  graph: ExportGraph,
  settings: ExportSettings,
  task?: ExportTask,
): Promise<{ readonly drawn: Picture; readonly note: string | null }> {
  const { language } = graph;
  const drawn = await exporter(language).png({
    scale: settings.scale,
    background: background(settings),
    region: settings.region,
    frame: await frameContent(graph, settings),
    ...(task === undefined ? {} : { task }),
  });
  return { drawn, note: drawn.reducedTo === null ? null : ex(language, 'reduced', drawn.reducedTo) };
}

export const png: Builder = async (graph, settings, task) => {
  const { drawn, note } = await drawPicture(graph, settings, task);
  return { data: drawn.png, note };
};

/** Lets the window paint and answer input before the next step (a timer, not a microtask). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export const svg: Builder = async (graph, settings) => {
  // Drawing the SVG is one synchronous call of about 70–100 ms for the whole IPS graph: it gets a task
  // of its own, apart from the click's work before it and the frame's after it, so no task holds the
  // window much past 100 ms (bench:exports, BENCH_CASES=SVG).
  await nextTask();
  const drawn = exporter(graph.language).svg({ background: background(settings), region: settings.region });
  await nextTask();
  const [{ svgWithFrame }, frame] = await Promise.all([import('./formats/svgFrame'), frameContent(graph, settings)]);
  return { data: svgWithFrame(drawn, frame, settings.caption), note: null };
};

export const pdf: Builder = async (graph, settings, task) => {
  const state = atlasStore.getState();
  // The whole visible network, sharp at A4 (about 200 dpi over 27 cm is 2,400 pixels) but no larger:
  // a bigger picture only costs time to encode and embed, and prints no better.
  const canvas = exporter(graph.language);
  const base = canvas.size('all');
  const scale = Math.min(2, PDF_PICTURE_PIXELS / Math.max(base.width, base.height, 1));
  // The picture is half the work on the progress bar; the report written in its worker the other half.
  const drawn = await canvas.png({ scale, background: '#ffffff', region: 'all', task: halfOf(task) });
  const [{ pdfReportOffMainThread }, { PDF_FONTS }, { citedSources }, details, info] = await Promise.all([
    import('./pdfInWorker'),
    import('./pdfFonts'),
    import('./formats/citedSources'),
    fetchDetails(
      [],
      graph.edges.map((e) => e.id),
    ),
    citationInfo(),
  ]);
  const data = await pdfReportOffMainThread(
    {
      title: settings.title,
      caption: settings.caption,
      marking: settings.marking.trim(),
      orientation: settings.orientation,
      language: graph.language,
      picture: { png: drawn.png, width: drawn.width, height: drawn.height },
      legend: { ...selectLegendEntries(selectVisibleGraph(state)), ...legendMarks(graph) },
      sources: citedSources(graph, details.edges, info),
      date: longDate(new Date(), graph.language),
      datasetVersion: info.datasetVersion,
      fonts: PDF_FONTS,
    },
    task?.signal,
  );
  task?.onProgress?.(1);
  return { data, note: null };
};

/** The task with its progress squeezed into the first half of the bar. */
export function halfOf(task: ExportTask | undefined): ExportTask {
  return {
    ...(task?.signal === undefined ? {} : { signal: task.signal }),
    onProgress: (fraction) => task?.onProgress?.(fraction / 2),
  };
}

export const snapshot: Builder = async (graph) => ({
  data: (await import('./formats/snapshot')).snapshotJson(await snapshotInput(graph)),
  note: null,
});

const allDetails = (graph: ExportGraph) =>
  fetchDetails(
    graph.nodes.map((n) => n.id),
    graph.edges.map((e) => e.id),
  );

export const csv: Builder = async (graph, settings) => ({
  data: (await import('./formats/csvExport')).csvZip(graph, await allDetails(graph), settings.csvSeparator),
  note: null,
});

export const graphml: Builder = async (graph) => ({
  data: (await import('./formats/graphmlExport')).graphml(graph, await allDetails(graph)),
  note: null,
});

export const gexf: Builder = async (graph) => ({
  data: (await import('./formats/gexfExport')).gexf(graph, await allDetails(graph)),
  note: null,
});

/** The briefing's content about the chosen scope's actors, before it is written as Markdown or Word. */
export async function briefingContent(graph: ExportGraph, settings: ExportSettings): Promise<Briefing> {
  const actorIds = briefingNodeIds(graph, settings.scope);
  if (actorIds.length === 0)
    throw new ExportRefusal(ex(graph.language, settings.scope === 'path' ? 'needPath' : 'needSelection'));
  const chosen = new Set(actorIds);
  const edgeIds = graph.edges.filter((e) => chosen.has(e.source) || chosen.has(e.target)).map((e) => e.id);
  const [{ buildBriefing }, details, info] = await Promise.all([
    import('./formats/briefing'),
    fetchDetails(actorIds, edgeIds),
    citationInfo(),
  ]);
  const comparison = atlasStore.getState().comparison;
  return buildBriefing({
    title: settings.title,
    graph,
    actors: actorIds.flatMap((id) => details.nodes.get(id) ?? []),
    edgeDetails: details.edges,
    info,
    date: longDate(new Date(), graph.language),
    scope: settings.scope,
    marking: settings.marking,
    ...(settings.includeChanges && comparison !== null ? { changes: comparison } : {}),
  });
}

/** The briefing about the chosen scope's actors, written by `write` (Markdown or Word). */
const briefing =
  (write: 'md' | 'docx'): Builder =>
  async (graph, settings) => {
    const content = await briefingContent(graph, settings);
    const data =
      write === 'md'
        ? (await import('./formats/briefingMarkdown')).briefingMarkdown(content)
        : await (await import('./formats/briefingDocx')).briefingDocx(content);
    return { data, note: null };
  };

export const briefingMarkdown: Builder = briefing('md');
export const briefingWord: Builder = briefing('docx');

// One button from a question to a memo: the view's picture, the briefing (Markdown and Word) and the
// source list, zipped and named after the subject and the day. The briefing covers the highlighted
// path when the analysis found one, else the dialog's scope (the visible network unless narrowed).
import { atlasStore } from '../state/store';
import { citationInfo, fetchDetails, visibleExportGraph } from './currentView';
import { saveFile, type Saved } from './deliver';
import { ex } from './exportStrings';
import { ExportCancelled, ExportRefusal, type ExportSettings, type ExportTask } from './exportSettings';
import { fileType } from './fileTypes';
import { briefingContent, exporter, halfOf } from './formatBuilders';
import { frameContent } from './frameContent';
import type { BriefingScope } from './formats/briefing';

const ZIP = fileType('zip', 'application/zip', 'Zip');

/** The pack's picture's longest side: sharp on A4 and on a slide, quick to encode. */
const PACK_PICTURE_PIXELS = 2400;

export interface MemoPackOutcome {
  readonly saved: Saved;
  readonly name: string;
}

/** What the pack is about: the path's two ends, the one selected actor, or the export title. */
function subjectAndScope(settings: ExportSettings): { readonly subject: string; readonly scope: BriefingScope } {
  const state = atlasStore.getState();
  const { language } = state;
  const { pathFrom, pathTo, highlight } = state.analysis;
  if (highlight.nodes.size > 0 && pathFrom !== null && pathTo !== null)
    return { subject: `${pathFrom.label[language]} ${pathTo.label[language]}`, scope: 'path' };
  const selected = [...state.selected.nodes];
  const only = selected.length === 1 ? state.nodes.get(selected[0] ?? '') : undefined;
  const scope = settings.scope === 'selection' && selected.length === 0 ? 'visible' : settings.scope;
  return { subject: only?.label[language] ?? settings.title, scope };
}

export async function exportMemoPack(settings: ExportSettings, task?: ExportTask): Promise<MemoPackOutcome> {
  const graph = visibleExportGraph();
  const { language } = graph;
  if (graph.nodes.length === 0) throw new ExportRefusal(ex(language, 'emptyView'));
  const { subject, scope } = subjectAndScope(settings);
  const canvas = exporter(language);
  const base = canvas.size('all');
  const scale = Math.min(2, PACK_PICTURE_PIXELS / Math.max(base.width, base.height, 1));
  // Drawn in tiles and encoded in a worker, like the dialog's PNG, with the same marking, legend and
  // caption band; half the progress bar, the writing in its worker the other half.
  const picture = await canvas.png({
    scale,
    background: '#ffffff',
    region: 'all',
    frame: await frameContent(graph, settings),
    task: halfOf(task),
  });
  const [pack, { memoPackOffMainThread }, { citedSources }, content, details, info] = await Promise.all([
    import('./formats/memoPack'),
    import('./memoPackInWorker'),
    import('./formats/citedSources'),
    briefingContent(graph, { ...settings, scope }),
    fetchDetails(
      [],
      graph.edges.map((e) => e.id),
    ),
    citationInfo(),
  ]);
  const zip = await memoPackOffMainThread(
    {
      briefing: content,
      parts: {
        language,
        marking: settings.marking.trim(),
        title: settings.title,
        picture: picture.png,
        sources: citedSources(graph, details.edges, info),
      },
    },
    task?.signal,
  );
  // Cancelled after the last step finished: still nothing is saved.
  if (task?.signal?.aborted === true) throw new ExportCancelled();
  task?.onProgress?.(1);
  const name = pack.memoPackName(subject, new Date());
  return { saved: await saveFile(name, zip, ZIP), name };
}

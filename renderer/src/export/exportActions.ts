// The export actions the dialog calls: build the chosen format from the visible view (its builder
// and file type come from EXPORT_FORMATS) and hand it to the save dialog or download, or copy the
// picture to the clipboard.
import { visibleExportGraph } from './currentView';
import { copyPicture, saveFile, type Saved } from './deliver';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
import { ex } from './exportStrings';
import { ExportRefusal, type ExportSettings, type ExportTask } from './exportSettings';
import { fileName } from './fileTypes';
import { drawPicture } from './formatBuilders';

export interface ExportOutcome {
  readonly saved: Saved | 'copied';
  /** Something the user should know (the picture was made smaller than asked). */
  readonly note: string | null;
}

export async function exportView(
  format: ExportFormat,
  settings: ExportSettings,
  task?: ExportTask,
): Promise<ExportOutcome> {
  const graph = visibleExportGraph();
  if (graph.nodes.length === 0) throw new ExportRefusal(ex(graph.language, 'emptyView'));
  const spec = EXPORT_FORMATS[format];
  const { data, note } = await spec.build(graph, settings, task);
  const saved = await saveFile(fileName(settings.title, spec.fileType), data, spec.fileType);
  return { saved, note };
}

export async function copyViewPicture(settings: ExportSettings, task?: ExportTask): Promise<ExportOutcome> {
  const graph = visibleExportGraph();
  if (graph.nodes.length === 0) throw new ExportRefusal(ex(graph.language, 'emptyView'));
  const { drawn, note } = await drawPicture(graph, settings, task);
  await copyPicture(drawn.png);
  return { saved: 'copied', note };
}

// What a picture's frame says, from the view and the dialog's choices: the handling marking, the
// legend of what is in view (the same entries as the PDF's), and the caption (title, date, source
// line, the year shown). PNG and SVG both take it from here.
import { selectLegendEntries, selectVisibleGraph } from '../state/selectors';
import { atlasStore } from '../state/store';
import { graphInfo } from './currentView';
import type { ExportSettings } from './exportSettings';
import type { ExportGraph } from './formats/exportModel';
import { longDate } from './formats/exportWords';
import { captionLines } from './formats/pictureCaption';
import type { FrameContent } from './formats/pictureFrame';
import { legendMarks } from './formats/pdfLegend';

export async function frameContent(graph: ExportGraph, settings: ExportSettings): Promise<FrameContent> {
  const { language } = graph;
  const legend = settings.legend
    ? { ...selectLegendEntries(selectVisibleGraph(atlasStore.getState())), ...legendMarks(graph) }
    : null;
  const info = settings.band ? await graphInfo() : null;
  const caption =
    info === null
      ? null
      : captionLines({
          language,
          title: settings.title,
          date: longDate(new Date(), language),
          sources: info.sources,
          datasetVersion: info.datasetVersion,
          ...(graph.asOfYear === undefined ? {} : { asOfYear: graph.asOfYear }),
          ...(legendMarks(graph).user === true ? { hasUserAdditions: true } : {}),
        });
  return { language, marking: settings.marking, legend, caption };
}

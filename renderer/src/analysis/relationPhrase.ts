// How a relation reads from one of its ends: the ontology's label forward, its inverse label
// backward, with status and dates in words. Shared by the path text, the pattern table and the matrix.
import type { EdgeSummary, Language } from '../../../shared/contract';
import { RELATION_KIND_INFO, STATUS_INFO } from '../../../shared/ontology';
import { datesText } from '../i18n/dateWords';

/** The relation's verb as read from `fromId`: label when it is the source, inverse label otherwise. */
export function relationVerb(edge: Pick<EdgeSummary, 'kind' | 'source'>, fromId: string, language: Language): string {
  const info = RELATION_KIND_INFO[edge.kind];
  return (edge.source === fromId ? info.label : info.inverseLabel)[language];
}

export function statusText(edge: Pick<EdgeSummary, 'status'>, language: Language): string {
  return STATUS_INFO[edge.status].label[language].toLowerCase();
}

/** "van kracht / bestaand; getekend 2005" */
export function statusAndDates(edge: Pick<EdgeSummary, 'status' | 'dates'>, language: Language): string {
  return [statusText(edge, language), datesText(edge.dates, language)].filter((part) => part !== '').join('; ');
}

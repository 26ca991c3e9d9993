// How a relation reads from one of its ends: the ontology's label forward, its inverse label
// backward, with status and dates in words. Shared by the path text, the pattern table and the matrix.
import type { DateKey, DateMap, EdgeSummary, Language, Localized } from '../../../shared/contract';
import { RELATION_KIND_INFO, STATUS_INFO } from '../../../shared/ontology';

/** The relation's verb as read from `fromId`: label when it is the source, inverse label otherwise. */
export function relationVerb(edge: Pick<EdgeSummary, 'kind' | 'source'>, fromId: string, language: Language): string {
  const info = RELATION_KIND_INFO[edge.kind];
  return (edge.source === fromId ? info.label : info.inverseLabel)[language];
}

const DATE_WORDS: { readonly [K in DateKey]: Localized } = {
  founded: { nl: 'opgericht', en: 'founded' },
  signed: { nl: 'getekend', en: 'signed' },
  since: { nl: 'sinds', en: 'since' },
  from: { nl: 'vanaf', en: 'from' },
  until: { nl: 'tot', en: 'until' },
  period: { nl: 'periode', en: 'period' },
  revised: { nl: 'herzien', en: 'revised' },
};

export function datesText(dates: DateMap, language: Language): string {
  return Object.entries(dates)
    .map(([key, value]) => `${DATE_WORDS[key as DateKey][language]} ${value}`)
    .join(', ');
}

export function statusText(edge: Pick<EdgeSummary, 'status'>, language: Language): string {
  return STATUS_INFO[edge.status].label[language].toLowerCase();
}

/** "van kracht / bestaand; getekend 2005" */
export function statusAndDates(edge: Pick<EdgeSummary, 'status' | 'dates'>, language: Language): string {
  return [statusText(edge, language), datesText(edge.dates, language)].filter((part) => part !== '').join('; ');
}

// The one table of date words ("getekend 2005, tot 2020"), used wherever the UI or an export writes an
// element's dates: the detail panel, the table view, the analysis phrases and the briefing.
import type { DateKey, DateMap, Language, Localized } from '../../../shared/contract';

export const DATE_WORDS: { readonly [K in DateKey]: Localized } = {
  founded: { nl: 'opgericht', en: 'founded' },
  signed: { nl: 'getekend', en: 'signed' },
  since: { nl: 'sinds', en: 'since' },
  from: { nl: 'vanaf', en: 'from' },
  until: { nl: 'tot', en: 'until' },
  period: { nl: 'periode', en: 'period' },
  revised: { nl: 'herzien', en: 'revised' },
};

/** "getekend 2005, tot 2020" / "signed 2005, until 2020"; empty when there are no dates. */
export function datesText(dates: DateMap, language: Language): string {
  return (Object.entries(dates) as [DateKey, string][])
    .map(([key, value]) => `${DATE_WORDS[key][language]} ${value}`)
    .join(', ');
}

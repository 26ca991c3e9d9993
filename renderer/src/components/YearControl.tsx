// The "as of" year: a check box to apply it, a slider and a number field over every year from the
// dataset's earliest date to this year. Both always show the year applied; a typed year applies as
// soon as it is a whole year in range, and anything else returns to the applied year on leaving.
import { useState } from 'react';
import { REFERENCE_YEAR } from '../../../shared/filters/asOf';
import { tx } from '../i18n/explorerStrings';
import { filterAsOf } from '../state/canvasActions';
import { useAtlas } from '../state/store';
import { earliestLoadedYear, parseYear, yearRange } from '../state/timeActions';

export function YearControl() {
  const language = useAtlas((s) => s.language);
  const asOf = useAtlas((s) => s.filters.asOfYear);
  const earliest = useAtlas((s) => Math.min(s.earliestYear ?? REFERENCE_YEAR, earliestLoadedYear(s)));
  const range = yearRange(earliest);
  const shown = asOf ?? REFERENCE_YEAR;
  // What the user is typing; null shows the applied year.
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <fieldset className="timeline" data-testid="year-control">
      <legend>{tx(language, 'time')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={asOf !== undefined}
          onChange={(e) => filterAsOf(e.target.checked ? shown : null)}
        />
        {tx(language, 'asOf')}
      </label>
      <label className="year">
        <span>
          {tx(language, 'year')}: <output data-testid="year-applied">{asOf ?? '—'}</output>
        </span>
        <input
          type="range"
          min={range.min}
          max={range.max}
          step={1}
          value={shown}
          aria-valuetext={String(shown)}
          onChange={(e) => filterAsOf(Number(e.target.value))}
        />
      </label>
      <label className="year-typed">
        <span>{tx(language, 'typeYear', range.min, range.max)}</span>
        <input
          type="number"
          inputMode="numeric"
          min={range.min}
          max={range.max}
          step={1}
          value={typing ?? String(shown)}
          onChange={(e) => {
            setTyping(e.target.value);
            const year = parseYear(e.target.value, range);
            if (year !== null) filterAsOf(year);
          }}
          onBlur={() => setTyping(null)}
        />
      </label>
      <p className="year-range" aria-hidden="true">
        <span>{range.min}</span>
        <span>{range.max}</span>
      </p>
    </fieldset>
  );
}

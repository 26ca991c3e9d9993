// The export dialog's fields: each shown when the chosen format offers it (EXPORT_FORMATS' `fields`):
// title, caption, marking, orientation, the briefing's scope, the changes option, the CSV separator,
// and the picture's scale, background, area, caption band and legend.
import { offers, type ExportFormat } from '../../export/exportFormats';
import type { ExportSettings } from '../../export/exportSettings';
import { ex, type ExportStringKey } from '../../export/exportStrings';
import { useAtlas } from '../../state/store';

/** One radio group: a legend and an option per choice, each with its label key. */
function Choice<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  readonly legend: string;
  readonly name: string;
  readonly value: V;
  readonly options: readonly (readonly [V, ExportStringKey])[];
  readonly onChange: (value: V) => void;
}) {
  const language = useAtlas((s) => s.language);
  return (
    <fieldset className="export-inline" data-testid={name}>
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option}>
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {ex(language, label)}
        </label>
      ))}
    </fieldset>
  );
}

interface FieldProps {
  readonly format: ExportFormat;
  readonly settings: ExportSettings;
  readonly onSettings: (settings: ExportSettings) => void;
}

export function TextFields({
  format,
  settings,
  onSettings,
  hasComparison,
}: FieldProps & { readonly hasComparison: boolean }) {
  const language = useAtlas((s) => s.language);
  const set = (change: Partial<ExportSettings>): void => onSettings({ ...settings, ...change });
  return (
    <div className="export-fields">
      {offers(format, 'title') && (
        <label>
          {ex(language, 'title')}
          <input type="text" value={settings.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} />
        </label>
      )}
      {offers(format, 'caption') && (
        <label>
          {ex(language, 'caption')}
          <textarea
            rows={2}
            value={settings.caption}
            maxLength={1000}
            onChange={(e) => set({ caption: e.target.value })}
          />
        </label>
      )}
      {offers(format, 'marking') && (
        <label>
          {ex(language, 'marking')}
          <input
            type="text"
            value={settings.marking}
            maxLength={80}
            placeholder={ex(language, 'markingPlaceholder')}
            onChange={(e) => set({ marking: e.target.value })}
          />
        </label>
      )}
      {offers(format, 'orientation') && (
        <fieldset className="export-inline">
          <legend>{ex(language, 'orientation')}</legend>
          {(['portrait', 'landscape'] as const).map((o) => (
            <label key={o}>
              <input
                type="radio"
                name="export-orientation"
                checked={settings.orientation === o}
                onChange={() => set({ orientation: o })}
              />
              {ex(language, o)}
            </label>
          ))}
        </fieldset>
      )}
      {offers(format, 'scope') && (
        <Choice
          legend={ex(language, 'scope')}
          name="export-scope"
          value={settings.scope}
          options={[
            ['visible', 'scopeVisible'],
            ['selection', 'scopeSelection'],
            ['path', 'scopePath'],
          ]}
          onChange={(scope) => set({ scope })}
        />
      )}
      {offers(format, 'separator') && (
        <Choice
          legend={ex(language, 'separator')}
          name="export-separator"
          value={settings.csvSeparator}
          options={[
            [';', 'separatorSemicolon'],
            [',', 'separatorComma'],
          ]}
          onChange={(csvSeparator) => set({ csvSeparator })}
        />
      )}
      {offers(format, 'changes') && hasComparison && (
        <label className="export-check">
          <input
            type="checkbox"
            checked={settings.includeChanges}
            onChange={(e) => set({ includeChanges: e.target.checked })}
          />
          {ex(language, 'includeChanges')}
        </label>
      )}
    </div>
  );
}

export function PictureFields({ format, settings, onSettings }: FieldProps) {
  const language = useAtlas((s) => s.language);
  const set = (change: Partial<ExportSettings>): void => onSettings({ ...settings, ...change });
  if (!offers(format, 'scale') && !offers(format, 'background') && !offers(format, 'region')) return null;
  return (
    <div className="export-fields">
      {(offers(format, 'band') || offers(format, 'legend')) && (
        <fieldset className="export-inline" data-testid="export-frame">
          <legend>{ex(language, 'frame')}</legend>
          {offers(format, 'band') && (
            <label className="export-check">
              <input type="checkbox" checked={settings.band} onChange={(e) => set({ band: e.target.checked })} />
              {ex(language, 'band')}
            </label>
          )}
          {offers(format, 'legend') && (
            <label className="export-check">
              <input type="checkbox" checked={settings.legend} onChange={(e) => set({ legend: e.target.checked })} />
              {ex(language, 'legend')}
            </label>
          )}
        </fieldset>
      )}
      {offers(format, 'scale') && (
        <label>
          {ex(language, 'scale')}: {settings.scale}×
          <input
            type="range"
            min={1}
            max={4}
            step={1}
            value={settings.scale}
            aria-valuetext={`${String(settings.scale)}×`}
            onChange={(e) => set({ scale: Number(e.target.value) })}
          />
        </label>
      )}
      {offers(format, 'background') && (
        <fieldset className="export-inline">
          <legend>{ex(language, 'background')}</legend>
          {(['white', 'transparent'] as const).map((b) => (
            <label key={b}>
              <input
                type="radio"
                name="export-background"
                checked={settings.background === b}
                onChange={() => set({ background: b })}
              />
              {ex(language, b)}
            </label>
          ))}
        </fieldset>
      )}
      {offers(format, 'region') && (
        <fieldset className="export-inline">
          <legend>{ex(language, 'region')}</legend>
          {(['view', 'all'] as const).map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="export-region"
                checked={settings.region === r}
                onChange={() => set({ region: r })}
              />
              {ex(language, r === 'view' ? 'regionView' : 'regionAll')}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

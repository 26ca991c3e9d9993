// The export dialog's fields: title, caption and marking (PDF and briefing), orientation (PDF), the
// changes option (briefing), and the picture's scale, background and area (PNG, SVG).
import type { ExportKind, ExportSettings } from '../../export/exportActions';
import { ex } from '../../export/exportStrings';
import { useAtlas } from '../../state/store';

interface FieldProps {
  readonly kind: ExportKind;
  readonly settings: ExportSettings;
  readonly onSettings: (settings: ExportSettings) => void;
}

export function TextFields({
  kind,
  settings,
  onSettings,
  hasComparison,
}: FieldProps & { readonly hasComparison: boolean }) {
  const language = useAtlas((s) => s.language);
  const set = (change: Partial<ExportSettings>): void => onSettings({ ...settings, ...change });
  const titled =
    kind === 'pdf' || kind === 'md' || kind === 'docx' || kind === 'png' || kind === 'svg' || kind === 'json';
  return (
    <div className="export-fields">
      {titled && (
        <label>
          {ex(language, 'title')}
          <input type="text" value={settings.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} />
        </label>
      )}
      {kind === 'pdf' && (
        <>
          <label>
            {ex(language, 'caption')}
            <textarea
              rows={2}
              value={settings.caption}
              maxLength={1000}
              onChange={(e) => set({ caption: e.target.value })}
            />
          </label>
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
        </>
      )}
      {(kind === 'md' || kind === 'docx') && hasComparison && (
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

export function PictureFields({ kind, settings, onSettings }: FieldProps) {
  const language = useAtlas((s) => s.language);
  const set = (change: Partial<ExportSettings>): void => onSettings({ ...settings, ...change });
  return (
    <div className="export-fields">
      {kind === 'png' && (
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
    </div>
  );
}

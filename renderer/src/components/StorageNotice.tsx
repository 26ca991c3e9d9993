// Tells the user, in their language, what happened to their own database: set aside, read-only,
// locked, newer, full or upgraded, naming the file and what to do. Asked again after every error
// shown, so a save refused mid-session (a full disk) brings its notice with it.
import { useEffect, useState } from 'react';
import type { StorageEvent } from '../../../shared/contract';
import { sx, storageEventText } from '../i18n/storageStrings';
import { loadStorageStatus } from '../state/storageActions';
import { useAtlas } from '../state/store';

const keyOf = (event: StorageEvent): string => `${event.kind} ${event.keptAs ?? ''}`;

export function StorageNotice() {
  const language = useAtlas((s) => s.language);
  const error = useAtlas((s) => s.error);
  const [events, setEvents] = useState<readonly StorageEvent[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let current = true;
    loadStorageStatus().then(
      (status) => {
        if (current) setEvents(status.events);
      },
      // No status (an older service, a lost connection): nothing to add to the error already shown.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [error]);
  const shown = events.filter((e) => !dismissed.has(keyOf(e)));
  if (shown.length === 0) return null;
  return (
    <section className="storage-notice" aria-label={sx(language, 'storageTitle')} data-testid="storage-notice">
      {shown.map((event) => (
        <p
          key={keyOf(event)}
          className={event.kind === 'migrated' ? 'notice' : 'error'}
          role={event.kind === 'migrated' ? 'status' : 'alert'}
          data-kind={event.kind}
        >
          {storageEventText(language, event)}{' '}
          <button type="button" onClick={() => setDismissed(new Set([...dismissed, keyOf(event)]))}>
            {sx(language, 'dismiss')}
          </button>
        </p>
      ))}
    </section>
  );
}

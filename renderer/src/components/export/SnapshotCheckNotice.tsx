// The visible warning while an opened snapshot's unverified elements are on screen: how many the
// dataset lacks and how many differ from it. It goes once they are gone (cleared, or reloaded from
// the dataset); the same words are also spoken once, on opening, through the snapshot message.
import { verificationCounts } from '../../export/formats/verification';
import { ex } from '../../export/exportStrings';
import { useAtlas } from '../../state/store';
import { selectShownFindings } from '../../state/verificationSlice';

export function SnapshotCheckNotice() {
  const language = useAtlas((s) => s.language);
  // A string, so the selector's answer compares equal while the counts stay the same.
  const counts = useAtlas((s) => {
    if (s.snapshotClaims.nodes.size + s.snapshotClaims.edges.size === 0) return '0 0';
    const { absent, differs } = verificationCounts(selectShownFindings(s));
    return `${String(absent)} ${String(differs)}`;
  });
  const [absent = 0, differs = 0] = counts.split(' ').map(Number);
  if (absent + differs === 0) return null;
  return (
    <p role="alert" className="error unverified-notice" data-testid="snapshot-check-notice">
      {ex(language, 'unverified', absent, differs)}
    </p>
  );
}

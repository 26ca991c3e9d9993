// The curation workbench's window-wide parts: the node and relation form, the notice with its undo,
// and the "Mijn toevoegingen" list; plus the button that opens that list from the documents section.
import { ListChecks } from 'lucide-react';
import { cx } from '../../i18n/curationStrings';
import { openAdditions } from '../../state/additionsActions';
import { useAtlas } from '../../state/store';
import { CurationDialog } from './CurationDialog';
import { CurationNotice } from './CurationNotice';
import { MyAdditions } from './MyAdditions';
import './curation.css';

export function CurationLayer() {
  return (
    <>
      <CurationNotice />
      <CurationDialog />
      <MyAdditions />
    </>
  );
}

export function MyAdditionsButton() {
  const language = useAtlas((s) => s.language);
  return (
    <button type="button" className="link my-additions-open" onClick={() => void openAdditions()}>
      <ListChecks aria-hidden="true" focusable="false" size={16} /> {cx(language, 'myAdditions')}
    </button>
  );
}

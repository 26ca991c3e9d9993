// A relation read in its direction, "Europol — is lid van → EMPACT", the same wherever it is named
// (the detail panel, notices, lists, the forms, exports).
import type { Language } from '../../../shared/contract';
import { RELATION_KIND_INFO, type RelationKind } from '../../../shared/ontology';

export const relationPhrase = (source: string, kind: RelationKind, target: string, language: Language): string =>
  `${source} — ${RELATION_KIND_INFO[kind].label[language]} → ${target}`;

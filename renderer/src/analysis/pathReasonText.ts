// Why a path was chosen, in words: its length, whether it is the shortest (or how much longer), and
// whether it runs through substantive relations or passes a generic one (refers to, explores, …),
// ranked after an equally short substantive route. Worded from the service's PathReason.
import type { Language, PathReason } from '../../../shared/contract';
import { RELATION_KIND_INFO } from '../../../shared/ontology';

const stepsText = (n: number, language: Language): string =>
  `${String(n)} ${language === 'nl' ? (n === 1 ? 'stap' : 'stappen') : n === 1 ? 'step' : 'steps'}`;

const list = (items: readonly string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;

function lengthText(reason: PathReason, shortestHops: number, language: Language): string {
  const steps = stepsText(reason.hops, language);
  if (reason.shortest) return language === 'nl' ? `Kortste route (${steps})` : `Shortest route (${steps})`;
  const more = stepsText(reason.hops - shortestHops, language);
  return language === 'nl'
    ? `Langere route (${steps}, ${more} meer dan de kortste)`
    : `Longer route (${steps}, ${more} more than the shortest)`;
}

function relationsText(reason: PathReason, language: Language): string {
  if (reason.genericHops === 0) return language === 'nl' ? ' via inhoudelijke relaties' : ' via substantive relations';
  const kinds = reason.genericKinds.map((k) => `'${RELATION_KIND_INFO[k].label[language]}'`);
  const many = kinds.length > 1;
  const passes =
    language === 'nl'
      ? `; loopt via ${many ? 'algemene relaties' : 'een algemene relatie'} ${list(kinds, 'en')}`
      : `; passes ${many ? 'generic' : 'a generic'} ${list(kinds, 'and')} ${many ? 'relations' : 'relation'}`;
  if (!reason.afterSubstantive) return passes;
  return language === 'nl'
    ? `${passes}, daarom na een even korte route via inhoudelijke relaties`
    : `${passes}, so ranked after an equally short route via substantive relations`;
}

/** One sentence saying why this path was chosen; `shortestHops` is the length of the shortest found. */
export function pathReasonText(reason: PathReason, shortestHops: number, language: Language): string {
  return `${lengthText(reason, shortestHops, language)}${relationsText(reason, language)}.`;
}

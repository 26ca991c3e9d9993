// The lookup every string table uses (UI, explorer, analysis, export dialog, exported documents): a
// table in Dutch and English with the same keys, and `{0}`, `{1}` … filled from the arguments.
import type { Language } from '../../../shared/contract';

export type StringTable<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

export type Translate<K extends string> = (language: Language, key: K, ...args: readonly (string | number)[]) => string;

export function translator<K extends string>(table: StringTable<K>): Translate<K> {
  return (language, key, ...args) =>
    table[language][key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

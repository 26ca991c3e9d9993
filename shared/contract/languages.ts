// The UI and data languages, and the one table per language everything else keys on. Adding a
// language to LANGUAGES makes every `Record<Language, …>` (Localized texts, string tables, locale
// tags) a compile error until it has the new language too. A leaf module: the ontology imports it.
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every language. */
export type Localized = Readonly<Record<Language, string>>;

/** The BCP 47 tag each language is written with (dates, Word's proofing language). */
export const LOCALE_TAGS = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Language, string>;

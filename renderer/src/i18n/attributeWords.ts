// The dataset's attribute keys ("legally_binding", "horizontale_themas") are identifiers, not words:
// the detail panel and the exports show these labels in the chosen language instead.
import type { AttributeValue, Language, Localized } from '../../../shared/contract';

const ATTRIBUTE_WORDS: Readonly<Record<string, Localized>> = {
  type: { nl: 'Type', en: 'Type' },
  jurisdiction: { nl: 'Rechtsgebied', en: 'Jurisdiction' },
  number: { nl: 'Nummer', en: 'Number' },
  onderwerpen: { nl: 'Onderwerpen', en: 'Subjects' },
  legally_binding: { nl: 'Juridisch bindend', en: 'Legally binding' },
  horizontale_themas: { nl: "Horizontale thema's", en: 'Cross-cutting themes' },
  holder: { nl: 'Bekleed door', en: 'Held by' },
  date_in_letter: { nl: 'Datum in de brief', en: 'Date in the letter' },
  date: { nl: 'Datum', en: 'Date' },
};

/** The attribute's label; an unknown key is shown as words ("some_key" → "Some key"), never raw. */
export function attributeLabel(key: string, language: Language): string {
  const known = ATTRIBUTE_WORDS[key];
  if (known !== undefined) return known[language];
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The value as words: yes/no in the chosen language for a flag, the text itself otherwise. */
export function attributeValueText(value: AttributeValue, language: Language): string {
  if (typeof value === 'boolean') return value ? (language === 'nl' ? 'ja' : 'yes') : language === 'nl' ? 'nee' : 'no';
  return String(value);
}

// Dutch-like names for the synthetic benchmark graph: multi-word labels that share prefixes
// ("Politie…", "Regionale …"), carry diacritics (Curaçao, Münster, coöperatie), and aliases
// (initials, English forms), so search meets the same shapes it meets in real data.

const HEADS = [
  'Politie',
  'Politiezone',
  'Politieacademie',
  'Nationale',
  'Landelijke',
  'Regionale',
  'Koninklijke',
  'Europese',
  'Internationale',
  'Gemeenschappelijke',
  'Openbaar',
  'Ministerie',
  'Stichting',
  'Verdrag',
  'Programma',
  'Overleg',
  'Centrum',
  'Dienst',
  'Eenheid',
  'Werkgroep',
] as const;

const MIDDLES = [
  'Samenwerking',
  'Coöperatie',
  'Recherche',
  'Informatie-uitwisseling',
  'Grensoverschrijdende',
  'Ondermijning',
  'Cybercriminaliteit',
  'Mensenhandel',
  'Drugsbestrijding',
  'Terrorismebestrijding',
  'Rechtshulp',
  'Verbindingsofficier',
  'Analyse',
  'Opsporing',
  'Veiligheid',
  'Kustwacht',
  'Marechaussee',
  'Financiële',
  'Hoogwaardige',
  'Zeeën',
] as const;

const PLACES = [
  'Curaçao',
  'Münster',
  'Enschede',
  'Brussel',
  'Den Haag',
  "'s-Hertogenbosch",
  'Noord-Brabant',
  'Zuid-Holland',
  'Gelderland',
  'Limburg',
  'Friesland',
  'Drenthe',
  'IJsselland',
  'Zeeland',
  'Aruba',
  'Sint Maarten',
  'Bonaire',
  'Lyon',
  'Düsseldorf',
  'Liège',
  'Köln',
  'Antwerpen',
  'Rotterdam',
  'Schiphol',
] as const;

const ENGLISH_HEADS = ['Police', 'National', 'Regional', 'European', 'International', 'Joint', 'Office'] as const;

export interface SyntheticName {
  readonly nl: string;
  readonly en: string;
  readonly aliases: readonly string[];
}

const at = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

/** The i-th node's names, drawn with `random` (seeded by the caller) so every run makes the same graph. */
export function syntheticName(i: number, random: () => number): SyntheticName {
  const draw = (n: number): number => Math.floor(random() * n);
  const head = at(HEADS, draw(HEADS.length));
  const middle = at(MIDDLES, draw(MIDDLES.length));
  const place = at(PLACES, draw(PLACES.length));
  // A number keeps labels apart at 100k nodes, as districts and units are numbered in practice.
  const unit = String(1 + (i % 997));
  const nl = `${head} ${middle} ${place} ${unit}`;
  const en = `${at(ENGLISH_HEADS, draw(ENGLISH_HEADS.length))} ${middle} ${place} ${unit}`;
  const initials = [head, middle, place].map((w) => w.replace(/^'s-/, '').charAt(0).toUpperCase()).join('');
  const aliases = random() < 0.5 ? [`${initials}-${unit}`] : [`${initials}-${unit}`, `${middle} ${place}`];
  return { nl, en, aliases };
}

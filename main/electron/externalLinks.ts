// Which links may leave the app for the user's browser. IPS Atlas is offline; the only web links it
// can show are references to where a source is published: parliamentary papers, official
// publications, Dutch law, and EU law. So shell.openExternal gets https URLs on those hosts only,
// named exactly (no subdomain wildcard, no other port, no user:password@). Everything else — http,
// file:, javascript:, custom schemes that start local programs, look-alike hosts — is refused.

/** The hosts a link may open in the user's browser. Adding one is a security decision: say why. */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'www.tweedekamer.nl', // Kamerstukken, parliamentary letters such as the one the dataset is built from
  'zoek.officielebekendmakingen.nl', // the official publication of Kamerstukken, Staatscourant, Tractatenblad
  'wetten.overheid.nl', // Dutch law and treaties in force
  'www.rijksoverheid.nl', // the government's own publication of letters and policy papers
  'www.government.nl', // the same, in English
  'eur-lex.europa.eu', // EU law: the Prüm decisions, the Europol regulation
];

/** The URL to hand to shell.openExternal, normalised, or null when it may not leave the app. */
export function allowedExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const plain = url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '';
  return plain && EXTERNAL_LINK_HOSTS.includes(url.hostname) ? url.href : null;
}

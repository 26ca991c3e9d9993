// The opening view's and the help panel's words, in Dutch (the default) and English. Typed as one
// StringTable, so a key missing in either language is a type error.
import { translator, type StringTable } from './stringTable';

const nl = {
  startTitle: 'Waar gaat de brief over?',
  startIntro:
    'IPS Atlas toont de internationale politiesamenwerking van Nederland zoals de Kamerbrief over de visie op internationale politiesamenwerking (IPS) die beschrijft: wie met wie samenwerkt, op grond waarvan, met welke instrumenten en tegen welke criminaliteit. Elk feit wijst naar de zin in de brief die het noemt.',
  prioritiesHeading: 'De drie IPS-prioriteiten',
  prioritiesHint: 'Toon een prioriteit met alles wat eraan verbonden is.',
  actorsHeading: 'Belangrijkste actoren',
  actorsHint: 'De actoren met de meeste relaties in de brief. Toon er een met zijn buren.',
  actorRelations: '{0} relaties',
  questionsHeading: 'Voorbeeldvragen',
  questionsHint: 'Eén klik: het antwoord verschijnt in het netwerk en, bij paden en patronen, in het analysepaneel.',
  qEuropolGermany: 'Hoe zijn Europol en Duitsland verbonden?',
  qTraffickingInstruments: 'Welke instrumenten richten zich op mensenhandel?',
  qLiaisons: 'Wat zegt de brief over liaisons?',
  qBorderRegions: 'Wat hoort bij de prioriteit grensgebieden?',
  overviewHeading: 'Alles in één beeld',
  overviewHint: 'Het hele netwerk, met namen bij de meest verbonden knopen en kleur per soort.',
  showEverything: 'Alles tonen',
  loadingActors: 'Actoren laden…',
  helpOpen: 'Hulp',
  helpOpenLabel: 'Hulp: wat IPS Atlas doet en hoe u het leest',
  helpTitle: 'Hulp bij IPS Atlas',
  helpClose: 'Sluiten',
  helpWhatHeading: 'Wat de app doet',
  helpWhat:
    'IPS Atlas zet de Kamerbrief over internationale politiesamenwerking om in een netwerk: actoren (zoals Europol en Duitsland), verdragen, instrumenten, fenomenen en de drie IPS-prioriteiten, verbonden door de relaties die de brief noemt. Zoek een naam, klik op een knoop voor de details, dubbelklik om de buren te tonen, of stel een vraag in het analysepaneel (paden, patronen, matrix). Alles werkt zonder netwerkverbinding.',
  helpCitationHeading: 'Een bronvermelding lezen',
  helpCitation:
    'Bij elke knoop en relatie staat onder „Bronnen” het citaat uit de brief dat het feit noemt. „Toon in de brontekst” opent de brief op die plek, met het citaat gemarkeerd. Staat er geen citaat, dan is het feit geen woord van de brief.',
  helpStatusHeading: 'Statussen',
  helpStatus: 'De lijn van een relatie toont haar status:',
  statusInForce: 'in werking — doorgetrokken lijn',
  statusPending: 'wacht op ratificatie — lange streepjes',
  statusPlanned: 'gepland — korte streepjes',
  statusAmbition: 'ambitie — stippellijn',
  statusHistorical: 'historisch — vervaagde lijn',
  helpProvenanceHeading: 'Herkomst',
  helpProvenance:
    '„In de brief” betekent: het citaat zegt dit. Een redactionele groepering (lichtgrijs gestippeld) is een indeling van de samensteller, geen woord van de brief; exports noemen haar apart. Wat u zelf toevoegt, heet „eigen toevoeging” (paars, knopen met een dubbele rand) en citeert uw eigen document; exports en briefings noemen het zo.',
  helpKeysHeading: 'Toetsenbord',
  helpKeys:
    '/ of Ctrl+K: zoeken · F6: naar het volgende deel · pijltjes: van knoop naar knoop · Enter: details · Escape: sluiten · ?: alle sneltoetsen.',
};

export type StartStringKey = keyof typeof nl;

const en: Record<StartStringKey, string> = {
  startTitle: 'What is the letter about?',
  startIntro:
    'IPS Atlas shows the Netherlands’ international police cooperation as the ministerial letter on the vision for international police cooperation (IPS) describes it: who works with whom, on what basis, with which instruments and against which crime. Every fact points to the sentence in the letter that states it.',
  prioritiesHeading: 'The three IPS priorities',
  prioritiesHint: 'Show a priority with everything linked to it.',
  actorsHeading: 'Key actors',
  actorsHint: 'The actors with the most relations in the letter. Show one with its neighbours.',
  actorRelations: '{0} relations',
  questionsHeading: 'Example questions',
  questionsHint: 'One click: the answer appears in the network and, for paths and patterns, in the analysis panel.',
  qEuropolGermany: 'How are Europol and Germany connected?',
  qTraffickingInstruments: 'Which instruments target human trafficking?',
  qLiaisons: 'What does the letter say about liaison officers?',
  qBorderRegions: 'What belongs to the border regions priority?',
  overviewHeading: 'Everything in one picture',
  overviewHint: 'The whole network, with names on the most connected nodes and a colour per kind.',
  showEverything: 'Show everything',
  loadingActors: 'Loading actors…',
  helpOpen: 'Help',
  helpOpenLabel: 'Help: what IPS Atlas does and how to read it',
  helpTitle: 'IPS Atlas help',
  helpClose: 'Close',
  helpWhatHeading: 'What the app does',
  helpWhat:
    'IPS Atlas turns the ministerial letter on international police cooperation into a network: actors (such as Europol and Germany), treaties, instruments, phenomena and the three IPS priorities, linked by the relations the letter states. Search a name, click a node for its details, double-click to show its neighbours, or ask a question in the analysis panel (paths, patterns, matrix). Everything works without a network connection.',
  helpCitationHeading: 'Reading a citation',
  helpCitation:
    'Every node and relation lists under “Sources” the quote from the letter that states the fact. “Show in the source text” opens the letter at that place, with the quote marked. Without a quote, the fact is not the letter’s words.',
  helpStatusHeading: 'Statuses',
  helpStatus: 'A relation’s line shows its status:',
  statusInForce: 'in force — solid line',
  statusPending: 'pending ratification — long dashes',
  statusPlanned: 'planned — short dashes',
  statusAmbition: 'ambition — dotted line',
  statusHistorical: 'historical — faded line',
  helpProvenanceHeading: 'Provenance',
  helpProvenance:
    '“In the letter” means: the quote states this. An editorial grouping (light grey, dotted) is the curator’s arrangement, not the letter’s words; exports name it apart. What you add yourself is marked “your addition” (purple, nodes with a double outline) and cites your own document; exports and briefings name it so.',
  helpKeysHeading: 'Keyboard',
  helpKeys:
    '/ or Ctrl+K: search · F6: next part of the window · arrows: from node to node · Enter: details · Escape: close · ?: all shortcuts.',
};

const table: StringTable<StartStringKey> = { nl, en };

export const ts = translator<StartStringKey>(table);

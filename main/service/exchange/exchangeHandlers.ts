// Handlers of the exchange between laptops (shared/contract/exchange.ts): export everything the user
// made as one file; inspect a file (what would be added, is already there, conflicts, is detached)
// without changing anything; apply it in one transaction with the user's choice per conflict.
import {
  AppError,
  MAX_EXCHANGE_BYTES,
  type ConflictChoice,
  type ExchangeReport,
  type ExchangeResults,
  type ParsedInput,
} from '../../../shared/contract';
import { splitPassages } from '../../documents/passages';
import type { DocumentToStore } from '../../store/exchangeStore';
import type { GraphStore } from '../../store/graphStore';
import type { UserStore } from '../../store/userStore';
import { findMentions } from '../documents/importDocument';
import { bundleCatalogue } from '../documents/nodeCatalogue';
import type { Handlers } from '../handlers';
import { allCompared, compareExchange, conflictOf, type Comparison } from './compareExchange';
import { decodeExchange, encodeExchange } from './exchangeFile';
import { localSide, ownRecords } from './localRecords';
import type { DocumentRecord, ExchangeContent } from './exchangeRecords';

type ExchangeMethods = 'exchange.export' | 'exchange.inspect' | 'exchange.apply';

export function exchangeHandlers(
  graph: GraphStore,
  user: UserStore,
  now: () => Date = () => new Date(),
): Pick<Handlers, ExchangeMethods> {
  const compare = ({ data }: { data: string }): { file: ExchangeContent; comparison: Comparison } => {
    const file = decodeExchange(new Uint8Array(Buffer.from(data, 'base64')));
    return { file, comparison: compareExchange(file, localSide(graph, user, file)) };
  };

  return {
    'exchange.export': () => exportAll(graph, user, now()),
    'exchange.inspect': (input) => report(compare(input), null),
    'exchange.apply': (input) => {
      const { file, comparison } = compare(input);
      const take = (c: { verdict: string; item: { id: string } }): boolean =>
        c.verdict === 'added' || (c.verdict === 'conflict' && choiceOf(input, c.item.id) === 'take-theirs');
      const catalogueNow = bundleCatalogue(graph);
      const toStore = (d: DocumentRecord): DocumentToStore => ({
        document: d,
        mentions: findMentions(catalogueNow, d.text, d.pages),
        passages: splitPassages(d.text, d.pages),
      });
      user.exchange.merge({
        addDocuments: comparison.documents.filter((c) => c.verdict === 'added').map((c) => toStore(c.record)),
        replaceDocuments: comparison.documents
          .filter((c) => c.verdict === 'conflict' && take(c))
          .map((c) => toStore(c.record)),
        mentionsOf: catalogueNow.version,
        nodes: comparison.nodes.filter(take).map((c) => c.record),
        relations: comparison.relations.filter(take).map((c) => c.record),
        notes: comparison.notes.filter(take).map((c) => c.record),
      });
      return report({ file, comparison }, input);
    },
  };
}

function choiceOf(input: ParsedInput<'exchange.apply'>, id: string): ConflictChoice {
  return input.choices[id] ?? 'keep-mine';
}

function report(
  { file, comparison }: { file: ExchangeContent; comparison: Comparison },
  applied: ParsedInput<'exchange.apply'> | null,
): ExchangeReport {
  const all = allCompared(comparison);
  return {
    exportedAt: file.exportedAt,
    datasetVersion: file.datasetVersion,
    added: all.filter((c) => c.verdict === 'added').map((c) => c.item),
    alreadyThere: all.filter((c) => c.verdict === 'alreadyThere').map((c) => c.item),
    conflicts: all
      .filter((c) => c.verdict === 'conflict')
      .map((c) => (applied === null ? conflictOf(c) : { ...conflictOf(c), choice: choiceOf(applied, c.item.id) })),
    detached: comparison.detached,
    applied: applied !== null,
  };
}

function exportAll(graph: GraphStore, user: UserStore, at: Date): ExchangeResults['exchange.export'] {
  const content: ExchangeContent = {
    exportedAt: at.toISOString(),
    datasetVersion: graph.info().datasetVersion,
    ...ownRecords(user),
  };
  const bytes = encodeExchange(content);
  if (bytes.byteLength > MAX_EXCHANGE_BYTES) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The exchange file would be ${String(bytes.byteLength)} bytes, more than the ${String(MAX_EXCHANGE_BYTES)} another laptop reads.`,
    );
  }
  return {
    fileName: `ips-atlas-uitwisseling-${content.exportedAt.slice(0, 10)}.ipsatlas`,
    data: Buffer.from(bytes).toString('base64'),
    counts: {
      document: content.documents.length,
      node: content.nodes.length,
      relation: content.relations.length,
      note: content.notes.length,
    },
  };
}

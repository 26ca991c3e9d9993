// Reads the curated dataset folder: sources/sources.yaml, graph/nodes/*.yaml, graph/relations/*.yaml.
// Parsing only; checks that need the whole graph happen in compileDataset.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { describeIssue, issueText } from '../../shared/contract/zodIssue';
import type { DatasetProblem } from './datasetError';
import {
  nodeEntrySchema,
  relationEntrySchema,
  sourceEntrySchema,
  type NodeEntry,
  type RelationEntry,
  type SourceEntry,
} from './entrySchemas';

export interface Located<T> {
  readonly file: string;
  readonly entry: T;
}

export interface LoadedDataset {
  readonly sources: readonly (Located<SourceEntry> & { readonly text: string })[];
  readonly nodes: readonly Located<NodeEntry>[];
  readonly relations: readonly Located<RelationEntry>[];
  readonly problems: readonly DatasetProblem[];
  /** Ids of entries that failed their schema: already reported, so not reported again as dangling. */
  readonly rejectedIds: ReadonlySet<string>;
}

export function loadDataset(dataDir: string): LoadedDataset {
  const problems: DatasetProblem[] = [];
  const rejectedIds = new Set<string>();
  const show = (file: string): string => relative(process.cwd(), file) || file;
  const sourcesFile = join(dataDir, 'sources', 'sources.yaml');
  const sources = readEntries(sourcesFile, sourceEntrySchema, show, problems, rejectedIds).flatMap((located) => {
    const textFile = resolve(dataDir, 'sources', located.entry.file);
    if (!existsSync(textFile)) {
      problems.push({
        file: located.file,
        entry: located.entry.id,
        message: `source file ${show(textFile)} does not exist`,
      });
      return [];
    }
    return [{ ...located, text: readFileSync(textFile, 'utf8') }];
  });
  const nodes = yamlFiles(join(dataDir, 'graph', 'nodes')).flatMap((f) =>
    readEntries(f, nodeEntrySchema, show, problems, rejectedIds),
  );
  const relations = yamlFiles(join(dataDir, 'graph', 'relations')).flatMap((f) =>
    readEntries(f, relationEntrySchema, show, problems, rejectedIds),
  );
  return { sources, nodes, relations, problems, rejectedIds };
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(dir, name));
}

function readEntries<S extends z.ZodType>(
  file: string,
  schema: S,
  show: (file: string) => string,
  problems: DatasetProblem[],
  rejectedIds: Set<string>,
): Located<z.output<S>>[] {
  const shown = show(file);
  if (!existsSync(file)) {
    problems.push({ file: shown, entry: '(file)', message: 'is missing' });
    return [];
  }
  let document: unknown;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: shown, entry: '(file)', message: `is not valid YAML: ${(error as Error).message}` });
    return [];
  }
  if (document === null || document === undefined) return [];
  if (!Array.isArray(document)) {
    problems.push({ file: shown, entry: '(file)', message: 'must be a YAML list of entries' });
    return [];
  }
  return document.flatMap((raw: unknown, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return [{ file: shown, entry: parsed.data }];
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : `entry #${String(index + 1)}`;
    rejectedIds.add(id);
    for (const issue of parsed.error.issues) {
      problems.push({ file: shown, entry: id, message: issueText(describeIssue(issue)) });
    }
    return [];
  });
}

// Builds a broken copy of the mini fixture in a temp folder: the test names one change to make.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { compileDataset } from '../../main/dataset/compileDataset';
import { DatasetError, type DatasetProblem } from '../../main/dataset/datasetError';
import { loadDataset } from '../../main/dataset/loadDataset';
import { FIXTURE_DATA_DIR } from '../support/testService';

type Entry = Record<string, unknown>;

export interface BrokenFixture {
  readonly dir: string;
  readonly nodesFile: string;
  readonly relationsFile: string;
}

/** Copies the fixture, then lets `edit` change the node and relation lists before writing them back. */
export function brokenFixture(edit: (nodes: Entry[], relations: Entry[]) => void): BrokenFixture {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-broken-'));
  cpSync(FIXTURE_DATA_DIR, dir, { recursive: true });
  // Keep the source path valid from the new location.
  const sourcesFile = join(dir, 'sources', 'sources.yaml');
  const letter = join(process.cwd(), 'data', 'sources', 'kamerbrief-visie-ips.txt');
  writeFileSync(sourcesFile, readFileSync(sourcesFile, 'utf8').replace(/file: .*/, `file: ${letter}`));
  const nodesFile = join(dir, 'graph', 'nodes', 'all.yaml');
  const relationsFile = join(dir, 'graph', 'relations', 'all.yaml');
  const nodes = parse(readFileSync(nodesFile, 'utf8')) as Entry[];
  const relations = parse(readFileSync(relationsFile, 'utf8')) as Entry[];
  edit(nodes, relations);
  writeFileSync(nodesFile, stringify(nodes));
  writeFileSync(relationsFile, stringify(relations));
  return { dir, nodesFile, relationsFile };
}

export function byId(entries: Entry[], id: string): Entry {
  const found = entries.find((e) => e.id === id);
  if (found === undefined) throw new Error(`fixture has no entry ${id}`);
  return found;
}

/** What the dataset build refuses in `dir`, every problem it names; a build that accepts it fails the test. */
export function problemsOf(dir: string): DatasetProblem[] {
  try {
    compileDataset(loadDataset(dir));
  } catch (error) {
    if (error instanceof DatasetError) return [...error.problems];
    throw error;
  }
  throw new Error(`the build accepted the broken dataset in ${dir}`);
}

// Builders for tests: compile a dataset folder into a real SQLite file in a temp folder and open
// the real service over it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDataset } from '../../main/dataset/compileDataset';
import { loadDataset } from '../../main/dataset/loadDataset';
import { createDispatch, type Dispatch } from '../../main/service/dispatch';
import { createGraphService } from '../../main/service/graphService';
import { openService, type OpenService } from '../../main/service/openService';
import { writeBundle } from '../../main/store/bundleWriter';
import { GraphStore } from '../../main/store/graphStore';
import { UserStore } from '../../main/store/userStore';

export const FIXTURE_DATA_DIR = 'test/fixtures/mini';
export const FULL_DATA_DIR = 'data';

export function buildDatasetFile(dataDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-dataset-'));
  const file = join(dir, 'atlas.sqlite');
  writeBundle(compileDataset(loadDataset(dataDir)), file);
  return file;
}

export interface TestService extends OpenService {
  readonly userDataDir: string;
  readonly datasetPath: string;
}

const built = new Map<string, string>();

/** Opens the real service over a compiled copy of `dataDir` (compiled once per test file) and a fresh user folder. */
export function openTestService(dataDir: string = FIXTURE_DATA_DIR): TestService {
  let datasetPath = built.get(dataDir);
  if (datasetPath === undefined) {
    datasetPath = buildDatasetFile(dataDir);
    built.set(dataDir, datasetPath);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'atlas-userdata-'));
  return { ...openService({ datasetPath, userDataDir, onWarning: () => undefined }), userDataDir, datasetPath };
}

/**
 * The service's dispatch over one user database file, without openService's folder and recovery
 * around it; `maxPageCount` caps the file's pages, so a write past them meets SQLITE_FULL.
 */
export function dispatchOver(
  datasetPath: string,
  userDbPath: string,
  maxPageCount?: number,
): { readonly dispatch: Dispatch; readonly close: () => void } {
  const user = new UserStore(userDbPath, maxPageCount === undefined ? {} : { maxPageCount });
  const graph = new GraphStore(datasetPath);
  return {
    dispatch: createDispatch(createGraphService(graph, user), () => undefined),
    close: () => {
      user.close();
      graph.close();
    },
  };
}

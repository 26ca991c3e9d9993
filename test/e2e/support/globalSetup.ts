// Runs once before the e2e files: builds the test app they serve (testBuild.ts), and picks the Chromium
// they all drive and says which — unpacking the npm build here, before parallel workers could race to
// unpack it into the same temp path.
import { describeChromium, resolveChromium } from '../../support/chromiumPath';
import { buildTestApp } from './testBuild';

export default async function setup(): Promise<void> {
  await buildTestApp();
  console.log(`e2e: ${describeChromium(await resolveChromium())}`);
}

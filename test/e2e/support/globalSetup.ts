// Runs once before the e2e files: picks the Chromium they all drive and says which, and unpacks the npm
// build there, before parallel workers could race to unpack it into the same temp path.
import { describeChromium, resolveChromium } from '../../support/chromiumPath';

export default async function setup(): Promise<void> {
  console.log(`e2e: ${describeChromium(await resolveChromium())}`);
}

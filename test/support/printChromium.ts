// `node --import tsx test/support/printChromium.ts`: prints which Chromium the tests will drive (for CI
// logs), unpacking the npm build if that is the one.
import { describeChromium, resolveChromium } from './chromiumPath';

console.log(`ci: ${describeChromium(await resolveChromium())}`);

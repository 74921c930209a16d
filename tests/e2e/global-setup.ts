/** Builds the editor fixture pages (tests/e2e/fixtures/dist/) once before the e2e suite runs. */
import { buildFixtures } from './fixtures/build.mjs';

export default async function setup(): Promise<void> {
  await buildFixtures();
}

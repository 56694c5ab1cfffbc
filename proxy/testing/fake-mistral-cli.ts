// `npx tsx proxy/testing/fake-mistral-cli.ts [PORT]`: the fake upstream as its own process (the
// benchmark runs it so, to keep it off the load generator's event loop). Prints its URL, then runs
// until SIGTERM. It keeps no record of requests, so memory stays flat under load.
import { startFakeMistral } from './fake-mistral.ts';

const fake = await startFakeMistral({ port: Number(process.argv[2] ?? 0), record: false });
console.log(fake.url);
process.once('SIGTERM', () => void fake.close().then(() => process.exit(0)));

// `npm run proxy`: read the environment, start the server, stop cleanly on SIGINT/SIGTERM.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { assembleProxy } from './assemble.ts';
import { parseConfig } from './config.ts';
import { createStdoutLogger } from './log.ts';

const outcome = parseConfig(process.env);
if (!outcome.ok) {
  console.error(outcome.message);
  process.exit(1);
}
const { config } = outcome;
const { log, flush } = createStdoutLogger(config.LOG_LEVEL);
if (config.ALLOWED_EXTENSION_IDS.length === 0) {
  log.warn('ALLOWED_EXTENSION_IDS is empty: every request from a browser extension will be refused (403)');
}

const { app, limiter } = assembleProxy(config, log);

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info: AddressInfo) => {
  log.info(
    { event: 'listening', host: info.address, port: info.port, model: config.MISTRAL_MODEL, rateLimitStore: config.REDIS_URL ? 'redis' : 'memory' },
    `formlotse proxy listening on http://${info.address}:${info.port}`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ event: 'stopping', signal }, 'stopping');
    const exit = () => {
      flush();
      process.exit(0);
    };
    server.close(() => void limiter.close().then(exit));
    // Open streams get a few seconds to finish, then the process ends anyway.
    setTimeout(exit, 5000).unref();
  });
}

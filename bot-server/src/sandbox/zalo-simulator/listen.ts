import type { AddressInfo } from 'node:net';
import express from 'express';
import { createZaloSimulator, type ZaloSimulator, type ZaloSimulatorOptions } from './simulator';

export interface RunningSimulator extends ZaloSimulator {
  /** `http://127.0.0.1:<port>/zalo-sim` */
  baseUrl: string;
  graphBaseUrl: string;
  botBaseUrl: string;
  /** The express app, so a test can mount more routers (e.g. a webhook receiver) on the same port. */
  app: express.Express;
  close(): Promise<void>;
}

/**
 * Starts the simulator alone on an ephemeral loopback port (tests, scripts). `close` first releases
 * what the simulator holds open, then stops the server, so it never waits on a hung request.
 */
export async function listenZaloSimulator(options: ZaloSimulatorOptions): Promise<RunningSimulator> {
  const sim = createZaloSimulator(options);
  const app = express();
  app.use('/zalo-sim', sim.router);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/zalo-sim`;
  return {
    ...sim,
    app,
    baseUrl,
    graphBaseUrl: `${baseUrl}/graph`,
    botBaseUrl: `${baseUrl}/bot`,
    async close() {
      sim.control.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP relay in front of one embedded service (dynalite, s3rver, the SES emulator, the
 * dev IdP) that a test can turn off the way a cloud service fails: `down` refuses connections
 * (ECONNREFUSED), `hang` accepts them and never answers. `up` relays again, on the same port.
 */
export async function serviceSwitch(target: string) {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  let mode: 'up' | 'hang' = 'up';
  let server: Server | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve) => {
      const listening = createServer((client) => {
        sockets.add(client);
        client.on('close', () => sockets.delete(client));
        client.on('error', () => client.destroy());
        if (mode === 'hang') return;
        const upstream = connect(Number(targetPort), hostname === 'localhost' ? '127.0.0.1' : hostname);
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        upstream.on('error', () => client.destroy());
        client.pipe(upstream).pipe(client);
      });
      server = listening;
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as { port: number }).port;
        resolve();
      });
    });

  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });

  await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    /** Stopped: new connections are refused, open ones are cut. */
    async down() {
      await close();
    },
    /** Connections are accepted and never answered (open ones are cut). */
    async hang() {
      await close();
      mode = 'hang';
      await listen();
    },
    async up() {
      await close();
      mode = 'up';
      await listen();
    },
    stop: close,
  };
}

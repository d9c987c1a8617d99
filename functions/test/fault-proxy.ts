import { connect, createServer, type Server, type Socket } from 'node:net';
import { must } from './must.js';

/** What happens to one HTTP request crossing the proxy. */
export type FaultAction =
  /** forwarded at once */
  | 'pass'
  /** kept (the connection waits) until `release()` */
  | 'hold'
  /** kept until the proxy stops: a service that never answers */
  | 'hang'
  /** the connection is reset: a service that fell over mid-request */
  | 'refuse';

/** A request as the rule sees it: its request line and headers, e.g. `PUT /bucket/key HTTP/1.1…`. */
export interface SeenRequest {
  method: string;
  path: string;
  head: string;
}

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: give this to the code under test instead of the service's URL. */
  readonly url: string;
  /** Decides per request; the default passes everything. Change it at any time. */
  rule: (request: SeenRequest) => FaultAction;
  /** Every request seen, in order. */
  readonly seen: SeenRequest[];
  /** Resolves once at least `count` requests are held (or hung) at the same time. */
  held(count?: number): Promise<void>;
  /** Lets every held request through (hung ones stay hung). */
  release(): void;
  /** Stops accepting connections, as a stopped service does: new calls get ECONNREFUSED. */
  goDown(): Promise<void>;
  /** Accepts connections again on the same port. */
  comeBack(): Promise<void>;
  stop(): Promise<void>;
}

const REQUEST_LINE = /^([A-Z]+) (\S+) HTTP\/1\.[01]\r\n/;

/**
 * A small TCP proxy in front of one embedded service (dynalite, s3rver, the SES emulator, the IdP)
 * that can hold, hang or reset chosen requests, or refuse connections altogether: the faults a
 * cloud service shows, reproduced on loopback so tests can prove the flow completes afterwards.
 * It reads only the start of each request (HTTP/1.1 without pipelining, as the AWS SDK speaks).
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  const waiting: (() => void)[] = [];
  const hung: (() => void)[] = [];
  const watchers: { count: number; resolve: () => void }[] = [];
  let port = 0;

  const notify = () => {
    for (const watcher of [...watchers]) {
      if (waiting.length + hung.length >= watcher.count) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve();
      }
    }
  };

  const server: Server = createServer((client) => {
    const upstream = connect(Number(targetPort), hostname === 'localhost' ? '127.0.0.1' : hostname);
    sockets.add(client);
    sockets.add(upstream);
    const queue: Buffer[] = [];
    let blocked = false;

    const forward = (chunk: Buffer, decided = false) => {
      const line = !decided && REQUEST_LINE.exec(chunk.toString('latin1', 0, Math.min(chunk.length, 4096)));
      if (line) {
        const end = chunk.indexOf('\r\n\r\n');
        const request = {
          method: must(line[1], "the request line's method"),
          path: must(line[2], "the request line's path"),
          head: chunk.toString('latin1', 0, end < 0 ? chunk.length : end),
        };
        proxy.seen.push(request);
        const action = proxy.rule(request);
        if (action === 'refuse') {
          client.resetAndDestroy();
          upstream.destroy();
          return;
        }
        if (action === 'hold' || action === 'hang') {
          blocked = true;
          queue.push(chunk);
          const resume = () => {
            blocked = false;
            // The held chunk was decided already: it goes straight through, the rest is forwarded.
            const [first, ...pending] = queue.splice(0);
            if (first) upstream.write(first);
            for (const next of pending) {
              if (blocked) queue.push(next);
              else forward(next);
            }
          };
          (action === 'hold' ? waiting : hung).push(resume);
          notify();
          return;
        }
      }
      upstream.write(chunk);
    };

    client.on('data', (chunk: Buffer) => {
      if (blocked) queue.push(chunk);
      else forward(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();

  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    rule: () => 'pass',
    seen: [],
    held: (count = 1) =>
      new Promise<void>((resolve) => {
        watchers.push({ count, resolve });
        notify();
      }),
    release: () => {
      for (const resume of waiting.splice(0)) resume();
    },
    goDown: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    comeBack: listen,
    stop: async () => {
      hung.length = 0;
      waiting.length = 0;
      for (const socket of sockets) socket.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}

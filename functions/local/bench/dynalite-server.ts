import type { Server } from 'node:http';
import dynalite from 'dynalite';
import { freePort } from '../free-port.js';
import { serverTimings } from './server-timings.js';

/**
 * dynalite in its own process for the API load bench (api-server.ts starts it), so that its own work
 * (LevelDB, JSON, its event loop) is not counted in the API's latency. Prints one JSON line with its
 * endpoint; on a "stats" line from stdin, prints its GC and event-loop figures since the last one.
 */
const port = await freePort();
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }) as Server;
await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
const timings = serverTimings();
console.log(JSON.stringify({ endpoint: `http://127.0.0.1:${port}` }));
process.stdin.setEncoding('utf8');
process.stdin.on('data', () => console.log(JSON.stringify({ stats: timings.take() })));
process.stdin.on('end', () => process.exit(0));

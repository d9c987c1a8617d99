import { handle } from 'hono/aws-lambda';
import { createApp } from './app.js';
import { useCheckWorker } from './documents/check-in-worker.js';
import { readConfig } from './platform/config.js';
import { createDeps } from './platform/deps.js';

// The document checker's thread is the bundle's second entry point, next to this one.
useCheckWorker(new URL('./check-worker.mjs', import.meta.url));

/** AWS entry point: the same app as `npm start`, configured from the Lambda's environment. */
export const handler = handle(createApp(createDeps(readConfig())));

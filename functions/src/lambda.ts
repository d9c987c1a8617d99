import { handle } from 'hono/aws-lambda';
import { createApp } from './app.js';
import { readConfig } from './platform/config.js';
import { createDeps } from './platform/deps.js';

/** AWS entry point: the same app as `npm start`, configured from the Lambda's environment. */
export const handler = handle(createApp(createDeps(readConfig())));

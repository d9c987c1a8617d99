import { en } from 'zod/locales';
import { config } from 'zod/mini';

/**
 * The server validates with `zod/mini` (a fraction of classic zod's size in the Lambda bundle),
 * which ships without messages: load the English ones classic zod uses, so every `fields[].problem`
 * in a 400 answer and every configuration error reads exactly as before. Only this locale is bundled.
 */
config(en());

import type { Strings } from '../platform/i18n.js';
import { cameraStrings } from './camera-strings.js';
import { pageStrings } from './page-strings.js';

type Keys<T> = T extends Strings<infer K> ? K : never;

/** All of 'Take a picture''s words, in two files by concept: the camera, and the pages. */
export const pictureStrings: Strings<Keys<typeof cameraStrings> | Keys<typeof pageStrings>> = {
  en: { ...cameraStrings.en, ...pageStrings.en },
  fr: { ...cameraStrings.fr, ...pageStrings.fr },
  de: { ...cameraStrings.de, ...pageStrings.de },
};

/** UI strings (en/es/pt). How to add a key: README.md in this folder. */

export { useLang, useT } from './react';
export * from './translate';

/** UI strings (en/es/pt). How to add a key: README.md in this folder. */

export { useCountryName, useLang, useT } from './react';
export * from './translate';

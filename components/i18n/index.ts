/** UI strings (en/es/pt). How to add a key: README.md in this folder. */

export { useCountryName, useDocumentLanguage, useLang, useT } from './react';
export * from './translate';

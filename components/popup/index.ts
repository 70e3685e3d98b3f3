export * from './messages';
export { PopupApp } from './PopupApp';

export default defineBackground(() => {
  // The toolbar badge and the context menu are owned here (see the content-script issue).
  browser.runtime.onInstalled.addListener(() => {
    void browser.action?.setBadgeText?.({ text: '' });
  });
});

import { launchChromium } from './harness/chromium';
import { chromiumLens, panelState, waitForPanel } from './harness/lens';
import { readFixture, WAM_TEMPLATES_URL } from './harness/paths';
const s = chromiumLens(await launchChromium());
const url = WAM_TEMPLATES_URL + '&fixture=spa';
s.serve(url, readFixture('wam/spa.html'));
for (const [count, dwell] of [[50, -1], [21, -1], [11, -1], [50, 0], [50, 100]]) {
  const page = await s.newPage();
  await page.addInitScript("window.__name = (f) => f;"); await page.addInitScript(`window.__wamFixtureDelays = { list: 0, setup: 30, editor: 60 };`);
  await page.goto(url);
  await waitForPanel(page, { hosts: 1, verdict: 'not-detected' });
  await new Promise((r) => setTimeout(r, 1200));
  await page.evaluate(async ([count, dwell]) => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const waitFor = async (selector: string) => { for (let i = 0; i < 500 && !document.querySelector(selector); i++) await sleep(5); return document.querySelector(selector) as HTMLElement; };
    let done = 0;
    while (done < count) {
      (await waitFor('[data-fixture-action="open"]')).click(); done++;
      await sleep(dwell < 0 ? (done % 5) * 60 : dwell);
      if (done === count) break;
      await waitFor('textarea'); history.back(); done++;
      await sleep(dwell < 0 ? (done % 7) * 40 : dwell);
    }
  }, [count, dwell]);
  const t0 = Date.now();
  let st;
  try { st = await waitForPanel(page, { verdict: 'no-selection' }, 5000); } catch (e) { st = String(e).slice(0, 200); }
  console.log(count, dwell, Date.now() - t0, JSON.stringify(st));
  await page.close();
}
await s.close();

// How `npm start` (WXT dev mode) launches the browser: Chromium refuses to run as root without
// --no-sandbox, and a machine with no display can only run it headless.
import { defineWebExtConfig } from 'wxt';

const isRoot = process.getuid?.() === 0;
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default defineWebExtConfig({
  chromiumArgs: [...(isRoot ? ['--no-sandbox'] : []), ...(hasDisplay ? [] : ['--headless=new'])],
});

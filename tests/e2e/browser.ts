import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';
import { startTestServer, type TestServer } from '../support/test-server';

const root = join(__dirname, '..', '..');
export const SCREENSHOTS = join(root, 'tests', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** `npm test` on a fresh clone has no dist/client; a stale one would test yesterday's client. */
export function ensureClientBuilt(): void {
  const index = join(root, 'dist', 'client', 'index.html');
  const sourcesChanged = Math.max(newestChange(join(root, 'client')), newestChange(join(root, 'codegen.yml')));
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesChanged) return;
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(root, 'client', 'vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
}

/**
 * `npm test` on a machine with nothing but Node has no browser, and Playwright cannot download
 * one here: as root, install Debian's Chromium (once; later runs find it).
 */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get update && apt-get install -y chromium`);
  }
}

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...extraArgs,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh browser context (own localStorage) at the sign-in page; `locale` is the browser's language. */
/** What every browser test starts from: the built client served with the demo data, and Chromium. */
export interface BrowserSession {
  server: TestServer;
  baseUrl: string;
  browser: Browser;
}

export async function startBrowserSession(browserArgs: string[] = []): Promise<BrowserSession> {
  ensureClientBuilt();
  const server = await startTestServer();
  try {
    return { server, baseUrl: server.url.replace(/\/graphql$/, ''), browser: await launchBrowser(browserArgs) };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Safe after a failed start: whatever was not started is skipped. */
export async function closeBrowserSession(session: Partial<BrowserSession>): Promise<void> {
  await session.browser?.close();
  await session.server?.close();
}

export async function openLoginPage(browser: Browser, baseUrl: string, width = 1280, locale = 'vi-VN'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  return page;
}

/** A fresh browser context (own localStorage) signed in as a demo account through the login form. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  width = 1280,
  locale = 'vi-VN',
): Promise<Page> {
  const page = await openLoginPage(browser, baseUrl, width, locale);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

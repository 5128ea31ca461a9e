/**
 * Debian's Chromium started by the proof itself, in its own process group, on a persistent profile,
 * and driven over CDP. Owning the process (rather than letting Playwright launch it) is what lets the
 * crash test SIGKILL the browser, its storage service and every renderer at once, like a power cut
 * or the OOM killer would, with no chance to flush anything on the way out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';

const STARTUP_TIMEOUT_MS = 20_000;
const GROUP_EXIT_TIMEOUT_MS = 5_000;
/** Fewer background services make each of the fifty restarts quicker; none of them touches storage. */
const QUIET_START_ARGS = [
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-breakpad',
  '--no-default-browser-check',
  '--password-store=basic',
  '--disable-component-extensions-with-background-pages',
];

export interface OwnedChromium {
  readonly pid: number;
  readonly browser: Browser;
  /** The profile's default context: its IndexedDB lives in the user-data-dir on disk. */
  readonly context: BrowserContext;
  /** SIGKILL to the whole process group; resolves once no process of the group is left. */
  killGroup: () => Promise<void>;
}

export function chromiumExecutable(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchOwnedChromium(userDataDir: string): Promise<OwnedChromium> {
  const child = spawn(
    chromiumExecutable(),
    ['--headless', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, ...CHROMIUM_ARGS, ...QUIET_START_ARGS, '--lang=en-GB', 'about:blank'],
    // detached: the browser leads a new process group, so one kill(-pid) reaches all its children.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${chromiumExecutable()}`);
  const killGroup = () => killProcessGroup(child, pid);
  try {
    const endpoint = await devToolsEndpoint(child);
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium started without its default context');
    return { pid, browser, context, killGroup };
  } catch (error) {
    await killGroup();
    throw error;
  }
}

function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools endpoint within ${STARTUP_TIMEOUT_MS} ms:\n${output}`)), STARTUP_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited before it was ready (code ${String(code)}, signal ${String(signal)}):\n${output}`));
    });
  });
}

/**
 * The processes of the group that still run. Zombies are left out: they hold no files or locks any
 * more, and in a container the init process may take a second to reap them.
 */
export function livingProcessesOfGroup(groupId: number): number[] {
  const living: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // Exited while we looked.
    }
    // Fields after the parenthesised command name: state, ppid, pgrp, ...
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === groupId && state !== 'Z') living.push(Number(entry));
  }
  return living;
}

async function killProcessGroup(child: ChildProcess, groupId: number): Promise<void> {
  try {
    process.kill(-groupId, 'SIGKILL');
  } catch {
    // Already gone.
  }
  // Wait until no process of the group runs, so the next start cannot meet a half-dead storage
  // process still holding the profile.
  const deadline = Date.now() + GROUP_EXIT_TIMEOUT_MS;
  while (livingProcessesOfGroup(groupId).length > 0 || (child.exitCode === null && child.signalCode === null)) {
    if (Date.now() > deadline) throw new Error(`Chromium process group ${groupId} survived SIGKILL for ${GROUP_EXIT_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// Child processes the bench starts (vite build, vite preview): each in its own process group, so
// stopping one also stops anything it spawned, and nothing outlives the bench.
import { spawn, type ChildProcess } from 'node:child_process';

export interface CapturedOutput {
  text: () => string;
}

/** Every group still running, so a shutdown can stop even one whose start was interrupted. */
const runningGroups = new Set<ChildProcess>();

export function captureOutput(child: ChildProcess): CapturedOutput {
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { text: () => chunks.join('') };
}

export function spawnInOwnGroup(command: string, args: readonly string[], cwd: string): ChildProcess {
  const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  runningGroups.add(child);
  child.once('exit', () => runningGroups.delete(child));
  return child;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Asks the group to stop, then forces it if it has not exited within a few seconds. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  signalGroup(child, 'SIGTERM');
  if (await waitForExit(child, 5_000)) return;
  signalGroup(child, 'SIGKILL');
  await waitForExit(child, 5_000);
}

export async function stopAllGroups(): Promise<void> {
  await Promise.all([...runningGroups].map(stopGroup));
}

// Last resort when the bench exits without its orderly shutdown (process.exit, a fatal error):
// 'exit' listeners may only do synchronous work, so the groups get a signal and no wait.
process.on('exit', () => {
  for (const child of runningGroups) signalGroup(child, 'SIGTERM');
});

/** Runs a command to completion; throws with its output when it fails. */
export async function runToCompletion(command: string, args: readonly string[], cwd: string): Promise<string> {
  const child = spawnInOwnGroup(command, args, cwd);
  const output = captureOutput(child);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  if (exitCode !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${String(exitCode)}:\n${output.text()}`);
  return output.text();
}

// The printed table and its JSON twin (out/bench/results.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';

export type FigureUnit = 'ms' | 'KB';

export interface Figure {
  figure: string;
  value: number;
  unit: FigureUnit;
  /** The most the figure may be; null when the figure is only observed. */
  goal: number | null;
  /** Raw measurements behind the value, for anyone who doubts a median. */
  samples?: number[];
}

export type FigureResult = 'PASS' | 'MISS' | '—';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  /** Other work on the machine while the bench starts; figures are noisy when it exceeds the cores. */
  loadAverage1m: number;
}

export function describeMachine(chromiumVersion: string): Machine {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: chromiumVersion,
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function resultOf(figure: Figure): FigureResult {
  if (figure.goal === null) return '—';
  return figure.value <= figure.goal ? 'PASS' : 'MISS';
}

function formatValue(value: number, unit: FigureUnit): string {
  const digits = unit === 'KB' || value >= 100 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function formatGoal(figure: Figure): string {
  return figure.goal === null ? '—' : `<= ${figure.goal} ${figure.unit}`;
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'value', 'goal', 'result'],
    ...figures.map((figure) => [figure.figure, formatValue(figure.value, figure.unit), formatGoal(figure), resultOf(figure)]),
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  const separator = widths.map((width) => '-'.repeat(width)).join('-|-');
  const [header, ...body] = rows;
  return [line(header ?? []), separator, ...body.map(line)].join('\n');
}

export function formatMachine(machine: Machine): string {
  return [
    `CPU: ${machine.cpuModel} (${machine.cores} cores), ${machine.memoryGb} GB RAM`,
    `Node: ${machine.node}   Chromium: ${machine.chromium}`,
    `Load average (1 min) at start: ${machine.loadAverage1m}${machine.loadAverage1m > machine.cores ? ' — busy machine, expect noisy figures' : ''}`,
  ].join('\n');
}

/** Chromium's performance.now() ticks in 0.1 ms steps; more digits would only be float noise. */
function roundForJson(value: number): number {
  return Math.round(value * 100) / 100;
}

export function writeResultsJson(path: string, machine: Machine, figures: readonly Figure[], measuredAt: Date): void {
  const results = {
    measuredAt: measuredAt.toISOString(),
    machine,
    figures: figures.map((figure) => ({
      ...figure,
      value: roundForJson(figure.value),
      ...(figure.samples ? { samples: figure.samples.map(roundForJson) } : {}),
      result: resultOf(figure),
    })),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

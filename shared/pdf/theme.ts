import type { InitiativeStatus } from '../domain/initiative';
import type { StakeholderAttitude } from '../domain/stakeholder';
import type { TrafficLight } from '../logic/scorecard';
import type { Rgb } from './documentModel';
import type { TextStyle } from './textMeasure';

/**
 * One family (Inter), one type scale and one palette for every page. Status fills are chosen so
 * their grey values stay apart (about 255, 212, 167, 111, 65 for the five initiative statuses) and
 * the document reads on a black-and-white printer; every status is also written out in words.
 */

export const TYPE = {
  display: { size: 28, weight: 'bold' },
  title: { size: 18, weight: 'bold' },
  heading: { size: 11.5, weight: 'bold' },
  body: { size: 9, weight: 'regular' },
  bodyBold: { size: 9, weight: 'bold' },
  cell: { size: 8.5, weight: 'regular' },
  cellBold: { size: 8.5, weight: 'bold' },
  small: { size: 7.5, weight: 'regular' },
  smallBold: { size: 7.5, weight: 'bold' },
  tiny: { size: 6.5, weight: 'regular' },
  tinyBold: { size: 6.5, weight: 'bold' },
} as const satisfies Record<string, TextStyle>;

/** Baseline-to-baseline distance as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

export const COLOURS = {
  ink: [17, 24, 39],
  muted: [75, 85, 99],
  faint: [107, 114, 128],
  rule: [201, 208, 218],
  hairline: [229, 231, 235],
  band: [243, 244, 246],
  bandStrong: [229, 231, 235],
  accent: [29, 78, 216],
  accentSoft: [219, 230, 255],
  white: [255, 255, 255],
  today: [185, 28, 28],
} as const satisfies Record<string, Rgb>;

export interface StatusStyle {
  fill: Rgb;
  stroke: Rgb;
  /** Dashed outline for work that has not started, so it reads as "planned" even in grey. */
  dashed: boolean;
}

export const INITIATIVE_STATUS_STYLES: Readonly<Record<InitiativeStatus, StatusStyle>> = {
  not_started: { fill: [255, 255, 255], stroke: [75, 85, 99], dashed: true },
  done: { fill: [203, 213, 225], stroke: [71, 85, 105], dashed: false },
  at_risk: { fill: [245, 158, 11], stroke: [146, 64, 14], dashed: false },
  on_track: { fill: [22, 163, 74], stroke: [20, 83, 45], dashed: false },
  off_track: { fill: [153, 27, 27], stroke: [69, 10, 10], dashed: false },
};

export const LIGHT_COLOURS: Readonly<Record<TrafficLight, { fill: Rgb; stroke: Rgb }>> = {
  green: { fill: [22, 163, 74], stroke: [20, 83, 45] },
  amber: { fill: [245, 158, 11], stroke: [146, 64, 14] },
  red: { fill: [185, 28, 28], stroke: [69, 10, 10] },
  none: { fill: [255, 255, 255], stroke: [107, 114, 128] },
};

export const ATTITUDE_COLOURS: Readonly<Record<StakeholderAttitude, Rgb>> = {
  champion: [20, 83, 45],
  supporter: [74, 222, 128],
  neutral: [156, 163, 175],
  sceptic: [245, 158, 11],
  blocker: [153, 27, 27],
};

/** Page margins in points: about 15 mm at the sides, room for the running header and the footer. */
export const MARGIN = { side: 42, top: 34, bottom: 40 } as const;
/** Where the content starts below the running header. */
export const HEADER_HEIGHT = 30;

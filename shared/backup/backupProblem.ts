/**
 * Why a backup was refused (or, as a warning, what was done to read it). The UI translates by code;
 * `detail` is short English for logs and support.
 */
export const BACKUP_PROBLEM_CODES = [
  'too_large',
  'invalid_json',
  'not_a_backup',
  'unsupported_version',
  'forbidden_key',
  'too_deep',
  'upgrade_failed',
  'invalid_envelope',
  'invalid_workshop',
  'invalid_record',
  'duplicate_id',
  'wrong_workshop',
  'dangling_link',
  'too_many_problems',
  // warning only: the file was written by an older version and was converted on reading
  'upgraded',
] as const;

export type BackupProblemCode = (typeof BACKUP_PROBLEM_CODES)[number];

export interface BackupProblem {
  code: BackupProblemCode;
  /** Where in the file, e.g. 'records.findings[3].impact'; '' for the file as a whole. */
  path: string;
  detail?: string;
}

/** Enough to fix a file or report a bug; thousands of lines would only hide the first cause. */
export const MAX_REPORTED_PROBLEMS = 20;

/** Formats a path the way people read JSON: names joined by dots, list positions in brackets. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? String(segment) : `.${String(segment)}`;
  }
  return path;
}

/** Collects problems up to a limit and notes that more were left out. */
export class ProblemList {
  private readonly items: BackupProblem[] = [];
  private leftOut = false;

  constructor(private readonly limit: number = MAX_REPORTED_PROBLEMS) {}

  add(problem: BackupProblem): void {
    if (this.items.length < this.limit) this.items.push(problem);
    else this.leftOut = true;
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  /** True once a problem beyond the limit was dropped: callers can stop looking. */
  get isFull(): boolean {
    return this.leftOut;
  }

  toArray(): BackupProblem[] {
    if (!this.leftOut) return [...this.items];
    return [...this.items, { code: 'too_many_problems', path: '', detail: `only the first ${this.limit} problems are listed` }];
  }
}

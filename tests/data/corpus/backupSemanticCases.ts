import { caseFile, mutatedText, seededUuid, type BackupCorpusContext, type LinkLocation } from './backupCorpusContext';
import { EITHER, reject, type BackupExpectation, type HostileBackupFile } from './backupCorpusTypes';
import { getAt, pathText, setAt, type JsonObject, type JsonPath, type JsonValue } from './jsonTree';
import type { RawTextMarkers } from './jsonTree';
import { hugeString } from './hostileStrings';

/** Files that are well-formed JSON of the right shape but say impossible things. */
export function semanticCases(context: BackupCorpusContext): HostileBackupFile[] {
  return [
    ...duplicateIds(context),
    ...danglingLinks(context),
    ...wrongKindLinks(context),
    ...wrongWorkshop(context),
    ...linkCycles(context),
    ...invalidDates(context),
    ...nonFiniteNumbers(context),
    ...moneyValues(context),
    ...hugeStrings(context),
    ...deepNesting(context),
    ...forbiddenKeys(context),
  ];
}

function duplicateIds(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 20; caseIndex += 1) {
    // The same record twice in its own list.
    const record = context.random.pick(context.records);
    const text = mutatedText(context, (copy) => {
      const list = getAt(copy, ['records', record.kind]) as JsonValue[];
      list.push(structuredClone(getAt(copy, record.path) as JsonValue));
    });
    cases.push(caseFile('semantic', 'duplicate-id', `within-${record.kind}-${caseIndex}`, text, reject('duplicate_id')));
  }
  for (let caseIndex = 0; caseIndex < 20; caseIndex += 1) {
    // A record taking the id of a record of another kind.
    const taker = context.random.pick(context.records);
    const owner = context.random.pick(context.records.filter((candidate) => candidate.kind !== taker.kind));
    const text = mutatedText(context, (copy) => setAt(copy, [...taker.path, 'id'], owner.id));
    cases.push(caseFile('semantic', 'duplicate-id', `${taker.kind}-takes-id-of-${owner.kind}-${caseIndex}`, text, reject('duplicate_id')));
  }
  for (let caseIndex = 0; caseIndex < 5; caseIndex += 1) {
    const taker = context.random.pick(context.records);
    const text = mutatedText(context, (copy) => setAt(copy, [...taker.path, 'id'], getAt(copy, ['workshop', 'id']) as string));
    cases.push(caseFile('semantic', 'duplicate-id', `${taker.kind}-takes-workshop-id-${caseIndex}`, text, reject('duplicate_id')));
  }
  return cases;
}

/** Points one link (a single id, or one entry of a list) at `target`. */
function relink(copy: JsonObject, link: LinkLocation, target: string, position: number): void {
  if (!link.many) {
    setAt(copy, link.path, target);
    return;
  }
  const list = getAt(copy, link.path) as JsonValue[];
  if (position < list.length) list[position] = target;
  else list.push(target);
}

function danglingLinks(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 40; caseIndex += 1) {
    const link = context.random.pick(context.links);
    const missing = seededUuid(context.random);
    const position = context.random.int(2);
    const text = mutatedText(context, (copy) => relink(copy, link, missing, position));
    cases.push(caseFile('semantic', 'dangling-link', `${caseIndex}-${pathText(link.path)}`, text, reject('dangling_link')));
  }
  return cases;
}

function wrongKindLinks(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 40; caseIndex += 1) {
    const link = context.random.pick(context.links);
    const wrong = context.random.pick(context.records.filter((record) => record.kind !== link.target));
    const target = caseIndex % 8 === 0 ? (getAt(context.base, ['workshop', 'id']) as string) : wrong.id;
    const text = mutatedText(context, (copy) => relink(copy, link, target, 0));
    const targetName = caseIndex % 8 === 0 ? 'the-workshop' : wrong.kind;
    cases.push(caseFile('semantic', 'wrong-kind-link', `${caseIndex}-${pathText(link.path)}-to-${targetName}`, text, reject('dangling_link')));
  }
  return cases;
}

function wrongWorkshop(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 15; caseIndex += 1) {
    const record = context.random.pick(context.records);
    const text = mutatedText(context, (copy) => setAt(copy, [...record.path, 'workshopId'], seededUuid(context.random)));
    cases.push(caseFile('semantic', 'wrong-workshop', `${record.kind}-${caseIndex}`, text, reject('wrong_workshop')));
  }
  return cases;
}

/** Initiatives depending on themselves or on each other: valid links, impossible plans. */
function linkCycles(context: BackupCorpusContext): HostileBackupFile[] {
  const initiatives = context.records.filter((record) => record.kind === 'initiatives');
  const [first, second] = initiatives;
  if (!first || !second) throw new Error('The base backup needs two initiatives');
  const self = mutatedText(context, (copy) => setAt(copy, [...first.path, 'dependsOnIds'], [first.id]));
  const pair = mutatedText(context, (copy) => {
    setAt(copy, [...first.path, 'dependsOnIds'], [second.id]);
    setAt(copy, [...second.path, 'dependsOnIds'], [first.id]);
  });
  return [caseFile('semantic', 'link-cycle', 'initiative-depends-on-itself', self, EITHER), caseFile('semantic', 'link-cycle', 'two-initiatives-depend-on-each-other', pair, EITHER)];
}

/** Raw JSON text for a date field: a string that is no date, or a value of another type. */
const BAD_DATES: readonly string[] = [
  '"2026-02-30"',
  '"2025-02-29"',
  '"2026-13-01"',
  '"2026-00-10"',
  '"2026-04-31"',
  '"2026-1-1"',
  '"26-01-01"',
  '"yesterday"',
  '"today"',
  '""',
  '" 2026-03-10"',
  '"2026-03-10 "',
  '"2026/03/10"',
  '"10/03/2026"',
  '"２０２６-03-10"',
  '"+002026-03-10"',
  '"-000001-01-01"',
  '"9999-99-99"',
  '"2026-03-10T25:00:00Z"',
  '"2026-03-10T09:00:00.000Zjunk"',
  '"Tue, 10 Mar 2026 09:00:00 GMT"',
  '"1773133200000"',
  '20260310',
  '1773133200000',
  '1e309',
  '-1e309',
  'true',
  '["2026-03-10"]',
  '{"date":"2026-03-10"}',
];

function invalidDates(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 60; caseIndex += 1) {
    const path = context.random.pick(context.datePaths);
    const raw = context.random.pick(BAD_DATES);
    const text = mutatedText(context, (copy, markers) => setAt(copy, path, markers.marker(raw)));
    cases.push(caseFile('semantic', 'invalid-date', `${caseIndex}-${pathText(path)}-${raw}`, text, reject()));
  }
  // null is allowed where a date is optional (a deadline not set yet) and refused elsewhere.
  for (let caseIndex = 0; caseIndex < 6; caseIndex += 1) {
    const path = context.random.pick(context.datePaths);
    const text = mutatedText(context, (copy) => setAt(copy, path, null));
    cases.push(caseFile('semantic', 'invalid-date', `null-${caseIndex}-${pathText(path)}`, text, EITHER));
  }
  return cases;
}

/** Tokens that are not JSON numbers at all, and numbers JSON.parse turns into Infinity or 0. */
const NOT_JSON_NUMBERS: readonly string[] = ['NaN', 'Infinity', '-Infinity', '+1', '.5', '5.', '01', '0x10', '1_000', '-', '1e', 'undefined', '- 1'];
const OVERFLOWING_NUMBERS: readonly string[] = ['1e309', '-1e309', '1e999999', '-1e999999', `1${'0'.repeat(400)}`];
const EDGE_NUMBERS: readonly string[] = ['1e-999999', '-0', '5e-324', '1.7976931348623157e308', '9007199254740993', '-9007199254740993', '0.1e1'];

function nonFiniteNumbers(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  const withNumber = (path: JsonPath, raw: string): string => mutatedText(context, (copy, markers: RawTextMarkers) => setAt(copy, path, markers.marker(raw)));
  for (let caseIndex = 0; caseIndex < 26; caseIndex += 1) {
    const path = context.random.pick(context.numberPaths);
    const raw = NOT_JSON_NUMBERS[caseIndex % NOT_JSON_NUMBERS.length] as string;
    cases.push(caseFile('semantic', 'non-finite-number', `token-${caseIndex}-${pathText(path)}-${raw}`, withNumber(path, raw), reject('invalid_json')));
  }
  for (let caseIndex = 0; caseIndex < 20; caseIndex += 1) {
    const path = context.random.pick(context.numberPaths);
    const raw = context.random.pick(OVERFLOWING_NUMBERS);
    cases.push(caseFile('semantic', 'non-finite-number', `overflow-${caseIndex}-${pathText(path)}-${raw.slice(0, 12)}`, withNumber(path, raw), reject()));
  }
  for (let caseIndex = 0; caseIndex < 14; caseIndex += 1) {
    const path = context.random.pick(context.numberPaths);
    const raw = EDGE_NUMBERS[caseIndex % EDGE_NUMBERS.length] as string;
    cases.push(caseFile('semantic', 'non-finite-number', `edge-${caseIndex}-${pathText(path)}-${raw}`, withNumber(path, raw), EITHER));
  }
  return cases;
}

function moneyValues(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  const amounts: [string, BackupExpectation][] = [
    ['-1', EITHER],
    ['-999999999999', EITHER],
    ['-9007199254740991', EITHER],
    ['-0', EITHER],
    ['0.5', reject('invalid_record')],
    ['-12.34', reject('invalid_record')],
    ['1e20', reject('invalid_record')],
    ['-1e20', reject('invalid_record')],
    ['"100"', reject('invalid_record')],
    ['"1.234,56 €"', reject('invalid_record')],
  ];
  for (let caseIndex = 0; caseIndex < 20; caseIndex += 1) {
    const path = context.random.pick(context.moneyPaths);
    const [raw, expectation] = amounts[caseIndex % amounts.length] as [string, BackupExpectation];
    const text = mutatedText(context, (copy, markers) => setAt(copy, path, markers.marker(raw)));
    cases.push(caseFile('semantic', 'money', `${caseIndex}-${pathText(path)}-${raw}`, text, expectation));
  }
  return cases;
}

const MEGABYTE = 1024 * 1024;

function hugeStrings(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 16; caseIndex += 1) {
    const path = context.random.pick(context.freeTextPaths);
    const text = mutatedText(context, (copy) => setAt(copy, path, hugeString(MEGABYTE + caseIndex * 4096)));
    cases.push(caseFile('semantic', 'huge-string', `${caseIndex}-${pathText(path)}`, text, reject()));
  }
  const anywhere: [string, JsonPath][] = [
    ['workshop-id', ['workshop', 'id']],
    ['exported-at', ['exportedAt']],
    ['format', ['format']],
    ['unknown-envelope-key', ['comment']],
  ];
  for (const [name, path] of anywhere) {
    const text = mutatedText(context, (copy) => setAt(copy, path, hugeString(2 * MEGABYTE)));
    cases.push(caseFile('semantic', 'huge-string', name, text, reject()));
  }
  return cases;
}

const DEPTH = 100_000;

function deepNesting(context: BackupCorpusContext): HostileBackupFile[] {
  const arrays = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
  const objects = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
  const mixed = `${'[{"a":'.repeat(DEPTH / 2)}null${'}]'.repeat(DEPTH / 2)}`;
  const at = (path: JsonPath, raw: string): string => mutatedText(context, (copy, markers) => setAt(copy, path, markers.marker(raw)));
  const firstIdea = context.records.find((record) => record.kind === 'ideas');
  if (!firstIdea) throw new Error('The base backup has no idea');
  return [
    caseFile('semantic', 'deep-nesting', 'whole-file-arrays', arrays, reject('not_a_backup')),
    caseFile('semantic', 'deep-nesting', 'whole-file-objects', objects, reject('not_a_backup')),
    caseFile('semantic', 'deep-nesting', 'whole-file-unclosed', '['.repeat(DEPTH), reject('invalid_json')),
    caseFile('semantic', 'deep-nesting', 'workshop-notes-arrays', at(['workshop', 'notes'], arrays), reject('too_deep')),
    caseFile('semantic', 'deep-nesting', 'idea-text-objects', at([...firstIdea.path, 'text'], objects), reject('too_deep')),
    caseFile('semantic', 'deep-nesting', 'records-list-mixed', at(['records', 'ideas'], mixed), reject('too_deep')),
    caseFile('semantic', 'deep-nesting', 'unknown-envelope-key', at(['extra'], arrays), reject('too_deep')),
    caseFile('semantic', 'deep-nesting', 'record-unclosed', at([...firstIdea.path, 'text'], '['.repeat(DEPTH)), reject('invalid_json')),
  ];
}

const FORBIDDEN_KEY_SPELLINGS: readonly string[] = ['"__proto__"', '"constructor"', '"prototype"', '"\\u005f_proto__"', '"__\\u0070roto__"'];
const POLLUTING_VALUES: readonly string[] = ['{"polluted":"yes","isAdmin":true}', '{"prototype":{"polluted":"yes"}}', '"polluted"', '[{"polluted":"yes"}]', 'null'];

function forbiddenKeys(context: BackupCorpusContext): HostileBackupFile[] {
  const firstObjective = context.records.find((record) => record.kind === 'finalObjectives');
  const firstAgenda = context.records.find((record) => record.kind === 'agendaSessions');
  if (!firstObjective || !firstAgenda) throw new Error('The base backup lacks an objective or an agenda session');
  const places: [string, JsonPath][] = [
    ['top', []],
    ['app', ['app']],
    ['workshop', ['workshop']],
    ['records', ['records']],
    ['record', context.records[0]?.path ?? []],
    ['objective-checks', [...firstObjective.path, 'checks']],
    ['objective-check', [...firstObjective.path, 'checks', 'realistic']],
    ['reserve-plan', [...firstObjective.path, 'reservePlan']],
    ['agenda-item', [...firstAgenda.path, 'items', 0]],
  ];
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 45; caseIndex += 1) {
    const [placeName, path] = places[caseIndex % places.length] as [string, JsonPath];
    const spelling = FORBIDDEN_KEY_SPELLINGS[caseIndex % FORBIDDEN_KEY_SPELLINGS.length] as string;
    const value = context.random.pick(POLLUTING_VALUES);
    const keyMarker = `@@key-${caseIndex}@@`;
    const text = mutatedText(context, (copy, markers) => setAt(copy, [...path, keyMarker], markers.marker(value))).replace(JSON.stringify(keyMarker), spelling);
    cases.push(caseFile('semantic', 'forbidden-key', `${placeName}-${spelling}-${caseIndex}`, text, reject('forbidden_key')));
  }
  return cases;
}

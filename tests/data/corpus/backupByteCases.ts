import { caseFile, mutatedText, utf8, type BackupCorpusContext } from './backupCorpusContext';
import { EITHER, IMPORTS, reject, type HostileBackupFile } from './backupCorpusTypes';
import { pathText, setAt } from './jsonTree';

/** Damage below the JSON level: cut files, flipped bytes, byte-order marks, broken UTF-8, other formats. */
export function byteLevelCases(context: BackupCorpusContext): HostileBackupFile[] {
  return [...truncated(context), ...flippedBytes(context), ...byteOrderMarks(context), ...invalidUtf8(context), ...notJson(context)];
}

function truncated(context: BackupCorpusContext): HostileBackupFile[] {
  const bytes = utf8(context.baseText);
  // The last three bytes are "}\n" and the end of the last value; any shorter cut loses the closing brace.
  const lastCut = bytes.length - 3;
  const offsets = new Set<number>([0, 1, 2, lastCut]);
  while (offsets.size < 80) offsets.add(context.random.int(lastCut + 1));
  return [...offsets].map((offset) => caseFile('byte', 'truncated', `at-byte-${offset}-of-${bytes.length}`, bytes.slice(0, offset), reject('invalid_json')));
}

function flippedBytes(context: BackupCorpusContext): HostileBackupFile[] {
  const base = utf8(context.baseText);
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 80; caseIndex += 1) {
    const bytes = base.slice();
    const flips = context.random.between(1, 8);
    const positions: number[] = [];
    for (let flip = 0; flip < flips; flip += 1) {
      const position = context.random.int(bytes.length);
      bytes[position] = (bytes[position] ?? 0) ^ context.random.between(1, 255);
      positions.push(position);
    }
    cases.push(caseFile('byte', 'flipped-bytes', `${caseIndex}-at-${positions.join('-')}`, bytes, EITHER));
  }
  return cases;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

function utf16(text: string, bigEndian: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes[index * 2 + (bigEndian ? 1 : 0)] = unit & 0xff;
    bytes[index * 2 + (bigEndian ? 0 : 1)] = unit >> 8;
  }
  return bytes;
}

function byteOrderMarks(context: BackupCorpusContext): HostileBackupFile[] {
  const base = utf8(context.baseText);
  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  const firstBrace = context.baseText.indexOf('{');
  return [
    // Windows editors save this; the app must still open it.
    caseFile('byte', 'bom', 'utf8-bom', concat(bom, base), IMPORTS),
    caseFile('byte', 'bom', 'utf8-bom-then-whitespace', concat(bom, utf8(' \r\n\t'), base), IMPORTS),
    caseFile('byte', 'bom', 'utf8-bom-twice', concat(bom, bom, base), EITHER),
    caseFile('byte', 'bom', 'utf8-bom-inside', utf8(`${context.baseText.slice(0, firstBrace + 1)}\uFEFF${context.baseText.slice(firstBrace + 1)}`), reject('invalid_json')),
    caseFile('byte', 'bom', 'utf16le-with-bom', concat(new Uint8Array([0xff, 0xfe]), utf16(context.baseText, false)), reject('invalid_json')),
    caseFile('byte', 'bom', 'utf16be-with-bom', concat(new Uint8Array([0xfe, 0xff]), utf16(context.baseText, true)), reject('invalid_json')),
    caseFile('byte', 'bom', 'utf32le-bom', concat(new Uint8Array([0xff, 0xfe, 0x00, 0x00]), base), reject('invalid_json')),
  ];
}

const INVALID_UTF8: readonly (readonly number[])[] = [
  [0xff],
  [0xfe],
  [0xc0, 0xaf], // overlong "/"
  [0xe0, 0x80, 0xaf], // overlong
  [0xed, 0xa0, 0x80], // an encoded surrogate
  [0xe2, 0x82], // cut three-byte sequence
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xf8, 0x88, 0x80, 0x80, 0x80], // five-byte form
  [0x80, 0x80, 0x80], // continuation bytes alone
  [0xc3], // cut two-byte sequence
];

function invalidUtf8(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  const base = utf8(context.baseText);
  // Anywhere in the file: usually breaks the JSON, sometimes lands inside a text.
  for (let caseIndex = 0; caseIndex < 15; caseIndex += 1) {
    const sequence = context.random.pick(INVALID_UTF8);
    const position = context.random.int(base.length);
    cases.push(caseFile('byte', 'invalid-utf8', `anywhere-${caseIndex}-at-${position}`, concat(base.slice(0, position), new Uint8Array(sequence), base.slice(position)), EITHER));
  }
  // Inside a free text: the decoder turns it into U+FFFD, which is text like any other.
  const marker = 'INVALID-UTF8-GOES-HERE';
  for (let caseIndex = 0; caseIndex < 15; caseIndex += 1) {
    const path = context.random.pick(context.freeTextPaths);
    const sequence = context.random.pick(INVALID_UTF8);
    const text = mutatedText(context, (copy) => setAt(copy, path, `before ${marker} after`));
    const [before, after] = text.split(marker) as [string, string];
    cases.push(caseFile('byte', 'invalid-utf8', `in-text-${caseIndex}-${pathText(path)}`, concat(utf8(before), new Uint8Array(sequence), utf8(after)), IMPORTS));
  }
  return cases;
}

function notJson(context: BackupCorpusContext): HostileBackupFile[] {
  const base = context.baseText;
  const notABackup: [string, string][] = [
    ['null', 'null'],
    ['true', 'true'],
    ['number', '42'],
    ['string', '"dsrs-studio-backup"'],
    ['empty-array', '[]'],
    ['array-of-backup', `[${base}]`],
    ['empty-object', '{}'],
    ['format-upper-case', base.replace('"dsrs-studio-backup"', '"DSRS-STUDIO-BACKUP"')],
    ['format-trailing-space', base.replace('"dsrs-studio-backup"', '"dsrs-studio-backup "')],
    ['format-number', base.replace('"dsrs-studio-backup"', '1')],
    ['other-app-json', '{"type":"excalidraw","version":2,"elements":[]}'],
  ];
  const invalid: [string, string][] = [
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['single-quotes', "{'format': 'dsrs-studio-backup', 'version': 1}"],
    ['unquoted-keys', '{format: "dsrs-studio-backup", version: 1}'],
    ['trailing-comma', base.replace(/\n\}\n$/, ',\n}\n')],
    ['line-comment', base.replace('{', '{ // exported by hand\n')],
    ['block-comment', base.replace('{', '{ /* note */')],
    ['two-backups', `${base}${base}`],
    ['trailing-garbage', `${base}garbage`],
    ['xml', '<?xml version="1.0"?><backup format="dsrs-studio-backup"/>'],
    ['zip-header', 'PK\u0003\u0004\u0014\u0000\u0006\u0000'],
    ['pdf-header', '%PDF-1.7\n%âãÏÓ\n1 0 obj'],
    ['csv', 'customer,value,date\nAcme,100,2026-01-01\n'],
    ['javascript', `module.exports = ${base}`],
    ['html', '<!doctype html><script>alert(1)</script>'],
    ['nul-bytes', '\u0000\u0000\u0000\u0000'],
    ['only-open-brace', '{'],
    ['unterminated-string', '{"format": "dsrs-studio-backup'],
  ];
  const cases = [
    ...notABackup.map(([name, text]) => caseFile('byte', 'not-json', name, text, reject('not_a_backup'))),
    ...invalid.map(([name, text]) => caseFile('byte', 'not-json', name, text, reject('invalid_json'))),
  ];
  for (let caseIndex = 0; caseIndex < 8; caseIndex += 1) {
    const bytes = new Uint8Array(context.random.between(1, 4096));
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = context.random.int(256);
    // A random first byte of "{" would need the rest to be JSON too; force an invalid start.
    bytes[0] = 0x01;
    cases.push(caseFile('byte', 'not-json', `random-bytes-${caseIndex}`, bytes, reject('invalid_json')));
  }
  return cases;
}

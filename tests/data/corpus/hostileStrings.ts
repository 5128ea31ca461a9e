/**
 * Text that has hurt other apps: markup and script, URLs that run code, direction overrides and
 * invisible characters, NUL, lone surrogates, template and format placeholders, spreadsheet formulas.
 * Each one fits in a short text field (200 characters), so a file carrying it is valid and must
 * import with the text kept exactly as written.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(document.domain)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//',
  '<a href="javascript:alert(1)">click</a>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '<iframe src="https://example.com"></iframe>',
  '</textarea><script>fetch("//evil")</script>',
  '<style>*{display:none}</style>',
  'Right\u202Eto-left override\u202C gpj.exe',
  'zero\u200Bwidth\u200Cjoiner\u200D\uFEFFbom\u2060word',
  'nul\u0000byte\u0000inside',
  'bell\u0007 backspace\u0008 escape\u001B[31m red',
  'lone \uD800 high and \uDC00 low surrogate',
  'emoji 👩‍👩‍👧‍👦 flags 🇪🇸🇬🇧 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'Z̷̢̛a̶̡͝l̸͎̾g̵̣̈o̶̜͂ ̷t̴e̵x̸t̷',
  '{{title}} {{- value}} $t(backup.saved) %s %d %n ${process.env.HOME}',
  "'; DROP TABLE workshops; --",
  '=CMD|\' /C calc\'!A0',
  '+SUM(1+1)*cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '=HYPERLINK("http://evil.example","click")',
  '__proto__',
  'constructor.prototype.polluted',
  '\\u0000 \\n \\" not escapes, just backslashes',
  'line one\nline two\r\nline three\rline four\u2028line five\u2029',
  '\t\ttabs\tand   spaces   ',
  '   ',
  '',
  'ÀÉÎÕÜ ñ ç ß ø å ł ź € £ ¥ ₹ — “quotes” ‘single’ «guillemets»',
  'العربية עברית 中文 日本語 한국어',
  '\uFFFD\uFFFF\uFFFE non-characters',
  '../../../../etc/passwd',
  'C:\\Windows\\System32\\cmd.exe',
  'file:///etc/passwd',
  '%00%0d%0a%3Cscript%3E',
  '&lt;script&gt; &amp;amp; &#x3C;b&#x3E;',
];

/** A string of about `bytes` UTF-8 bytes, mixing markup and multi-byte characters. */
export function hugeString(bytes: number): string {
  const unit = '<b>x</b>ñ€😀';
  const unitBytes = new TextEncoder().encode(unit).length;
  return unit.repeat(Math.ceil(bytes / unitBytes));
}

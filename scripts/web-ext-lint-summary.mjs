// Reads `web-ext lint --output json` on stdin; prints each error and warning and a summary line,
// exits non-zero when there is any error (AMO would reject the package).
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const start = input.indexOf('{');
  if (start < 0) {
    console.error('web-ext lint printed no JSON:\n' + input);
    process.exit(1);
  }
  const report = JSON.parse(input.slice(start));
  for (const level of ['errors', 'warnings']) {
    for (const m of report[level] ?? []) console.log(`web-ext ${level.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
  }
  const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
  console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  process.exit(errors > 0 ? 1 : 0);
});

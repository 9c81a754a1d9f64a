// The Swagger plugin metadata the app loads at start, and dist/ for the suites that
// run the built server as a process; both made fresh for every run.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [join(__dirname, '../../scripts/build.js'), '--with-docs'], { stdio: 'ignore' });
};

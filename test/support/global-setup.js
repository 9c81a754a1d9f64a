// The Swagger plugin metadata the app loads at start; generated fresh for every run.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [join(__dirname, '../../scripts/swagger-metadata.js')], { stdio: 'ignore' });
};

#!/usr/bin/env node
// `npm run cli -- <command> [options]`: builds quietly, then runs the command.
require('./build.js');
require('../dist/apps/server/src/cli.js');

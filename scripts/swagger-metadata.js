#!/usr/bin/env node
// Generates apps/server/src/metadata.ts: the @nestjs/swagger CLI plugin's view of
// every DTO (types, validation rules, doc comments), for the swc build and the
// tests alike. Run by `npm run build` and jest's global setup.
const { PluginMetadataGenerator } = require('@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator');
const { ReadonlyVisitor } = require('@nestjs/swagger/plugin');
const { join } = require('node:path');

const root = join(__dirname, '..');
process.chdir(root);
new PluginMetadataGenerator().generate({
  visitors: [
    new ReadonlyVisitor({
      introspectComments: true,
      classValidatorShim: true,
      pathToSource: join(root, 'apps/server/src'),
      dtoFileNameSuffix: ['.dto.ts'],
      controllerFileNameSuffix: ['.controller.ts'],
    }),
  ],
  outputDir: join(root, 'apps/server/src'),
  filename: 'metadata.ts',
  tsconfigPath: 'tsconfig.build.json',
  printDiagnostics: false,
});

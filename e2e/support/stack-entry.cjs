// Runs stack/index.ts through tsx's CommonJS hooks, so the CMS harness it requires gets a real __dirname.
require('tsx/cjs');
require('./stack/index.ts');

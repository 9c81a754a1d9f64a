'use strict';
// Preloaded (node --require) into the service only when profiling: exits
// normally on SIGTERM so that --cpu-prof writes its profile (the service's
// own shutdown hook re-raises the signal, which would end it without one).
process.on('SIGTERM', () => process.exit(0));

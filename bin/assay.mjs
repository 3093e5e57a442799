#!/usr/bin/env node
// The `assay` command: the detector's TypeScript runs through tsx's loader, so there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/run.ts');

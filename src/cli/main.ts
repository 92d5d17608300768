#!/usr/bin/env node
import { enableCompileCache } from './compile-cache.js';

// Before the CLI itself is imported: every module loaded from here on can come from the compile cache.
enableCompileCache(process.env);
const { runCli } = await import('./run-cli.js');

process.exitCode = await runCli(process.argv);

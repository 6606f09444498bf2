// Loaded with `node --import` into a CLI process a spec starts (and, through its Node flags, into any
// child the CLI starts): one stderr line with its pid, its parent's and the heap size V8 allows it.
// That limit is the old generation's (the same for every process on one machine and Node) plus the
// young generation's, 3 semi-spaces: 48 MB with Node's default 16 MB semi-space, 192 MB with 64 MB.
import { getHeapStatistics } from 'node:v8';

process.stderr.write(`probe started pid ${process.pid} ppid ${process.ppid} heap-limit-MB ${getHeapStatistics().heap_size_limit / 2 ** 20}\n`);

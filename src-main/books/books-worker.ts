import { parentPort, workerData } from 'node:worker_threads'

import { type BooksJob, runBooksJob } from './books-jobs'

// A worker thread's entry (built to out/main/books-worker.js): runs the one job it was started with and posts the
// result, so the main process's event loop keeps answering the window meanwhile.
parentPort?.postMessage(runBooksJob(workerData as BooksJob))

import { Worker } from 'node:worker_threads'

import { type BooksJob, type BooksJobResult, runBooksJob } from './books-jobs'

/** Runs a books job somewhere: on a worker thread in the app, on the calling thread where there is no built worker. */
export type BooksJobRunner = (job: BooksJob) => Promise<BooksJobResult>

/** On the calling thread: blocks it for the job's length (tests; the command-line scripts run the modules directly). */
export const runOnThisThread: BooksJobRunner = async (job) => runBooksJob(job)

/**
 * Each job on a new worker thread running `workerFile` (the built `books-worker.js`), which opens its own read-only
 * connection: the main thread stays free to answer the window. The job itself answers every fault of the books as a
 * value, so a worker that fails without an answer is the worker's own trouble (it cannot start where the packaged
 * app keeps it, say): then the job runs on this thread, slower for the window but still answered.
 */
export function runOnWorker(workerFile: string, onWorkerFailed: (error: unknown) => void = () => {}): BooksJobRunner {
  return (job) =>
    new Promise((resolve) => {
      let settled = false
      const settle = (answer: () => BooksJobResult) => {
        if (settled) return
        settled = true
        resolve(answer())
      }
      const inline = (error: unknown) =>
        settle(() => {
          onWorkerFailed(error)
          return runBooksJob(job)
        })
      let worker: Worker
      try {
        worker = new Worker(workerFile, { workerData: job })
      } catch (error) {
        inline(error)
        return
      }
      worker.once('message', (result: BooksJobResult) => settle(() => result))
      worker.once('error', inline)
      worker.once('exit', (code) => inline(new Error(`the books worker ended (code ${code}) without an answer`)))
    })
}

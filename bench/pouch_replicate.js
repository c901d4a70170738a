// PouchDB replicating from a CouchDB-style server (pouchdb-server) into a local PouchDB database
// stored on disk (the `pouchdb` package's default adapter for Node: LevelDB), once, to the end.
// Run by bench/library_peers.py: node pouch_replicate.js REMOTE_URL LOCAL_DIR BATCH_SIZE
// Prints one JSON line: docs written, seconds, and the local database's count.
const PouchDB = require("pouchdb");

async function main() {
  const [remoteUrl, localDir, batchSize] = process.argv.slice(2);
  const local = new PouchDB(localDir);
  const remote = new PouchDB(remoteUrl, { skip_setup: true });
  const started = process.hrtime.bigint();
  const info = await local.replicate.from(remote, {
    batch_size: Number(batchSize),
    batches_limit: 2,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const local_info = await local.info();
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({
      docs_written: info.docs_written,
      seconds,
      doc_count: local_info.doc_count,
      cpu_s: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      peak_rss_kb: usage.maxRSS,
    })
  );
  await local.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

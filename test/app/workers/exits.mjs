// A note-extraction worker that dies before answering, as an out-of-memory worker would.
process.exit(3);

// A note-extraction worker whose module fails to load.
throw new Error("extractor module broken");

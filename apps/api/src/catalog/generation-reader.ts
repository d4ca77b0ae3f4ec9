// Reading the catalog's generation for every search would put one query per request on the database.
// Concurrent searches share a read instead, yet each one waits for a read that started after it
// arrived: a search sent after a publication committed always sees the new generation.

export function generationReader(read: () => Promise<string>): () => Promise<string> {
  let inFlight: Promise<string> | null = null;
  let queued: Promise<string> | null = null;
  const start = (): Promise<string> => {
    const reading = read().finally(() => {
      if (inFlight === reading) inFlight = null;
    });
    inFlight = reading;
    return reading;
  };
  return () => {
    if (!inFlight) return start();
    // The read in flight may have started before this search arrived: share the next one.
    queued ??= inFlight
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}

import type { IncomingMessage } from "node:http";

/** The body went past the guard's limit; the rest was not read. */
export class BodyTooLarge extends Error {}

/** The client went away before its body was complete. */
export class BodyAborted extends Error {}

/**
 * Reads a Node request body to its last byte and puts the bytes back into the stream, so the
 * handler after the guard reads the same request as if nobody had touched it: `req.pipe()`,
 * `for await (const chunk of req)`, `on("data")` and `undici.request({ body: req })` all see
 * the body and then `end`.
 *
 * Why this works with public API only: `'end'` is emitted on the tick after the read that
 * drains an ended stream, and only when the buffer is still empty then; `readable.unshift()`
 * (documented for exactly this "un-consume" case) refills the buffer synchronously in the same
 * read callback, so `'end'` waits for the next consumer. This is also why the bytes go back
 * here, before any `await`: promise continuations run after that tick.
 *
 * A stream that already emitted `end` (another middleware read it) answers no bytes.
 */
export function readAndKeepBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (req.readableEnded) {
      resolve(Buffer.alloc(0));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: Error): void => {
      req.off("readable", onReadable);
      req.off("error", onError);
      req.off("close", onClose);
      if (error) {
        reject(error);
        return;
      }
      const body = Buffer.concat(chunks, size);
      req.unshift(body);
      markUnread(req);
      resolve(body);
    };
    function onReadable(): void {
      let chunk: Buffer | string | null;
      while ((chunk = req.read() as Buffer | string | null) !== null) {
        const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        size += buffer.length;
        if (size > limit) {
          finish(new BodyTooLarge());
          return;
        }
        chunks.push(buffer);
      }
      // `complete` is set right before the parser pushes the end of the stream: all bytes are in.
      if (req.complete) finish();
    }
    function onError(error: Error): void {
      finish(error);
    }
    function onClose(): void {
      if (!req.complete) finish(new BodyAborted("the client closed the request before its body was complete"));
    }
    req.on("readable", onReadable);
    req.on("error", onError);
    req.on("close", onClose);
  });
}

/**
 * Swaps the bytes `readAndKeepBody` put back for `body` (the repaired one). Reading the old
 * bytes and unshifting the new ones happen in one synchronous step, so `end` never slips in.
 */
export function replaceKeptBody(req: IncomingMessage, body: Buffer): void {
  while (req.read() !== null) {
    // Drop the original bytes.
  }
  req.unshift(body);
  markUnread(req);
}

/**
 * Clears the "data was emitted" flag behind `Readable.isDisturbed()`, which fetch (undici)
 * checks before it takes a Node stream as a body (`fetch(url, { body: req, duplex: "half" })`
 * throws "Response body object should not be disturbed or locked" otherwise). Node has no
 * public way to say the bytes were put back, so this touches the stream state's one flag, and
 * only when it exists.
 */
function markUnread(req: IncomingMessage): void {
  const state = (req as unknown as { _readableState?: { dataEmitted?: boolean } })._readableState;
  if (state && typeof state.dataEmitted === "boolean") state.dataEmitted = false;
}

/**
 * Makes the headers describe `length` bytes: a forwarded body has a known size now, so a
 * chunked request becomes a content-length one (a proxy copying both headers would send a
 * request upstream servers reject). `rawHeaders` is kept in step for proxies that copy it.
 */
export function setBodyLength(req: IncomingMessage, length: number): void {
  req.headers["content-length"] = String(length);
  delete req.headers["transfer-encoding"];
  const raw: string[] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    const lower = name.toLowerCase();
    if (lower === "transfer-encoding") continue;
    raw.push(name, lower === "content-length" ? String(length) : req.rawHeaders[i + 1]!);
  }
  if (!raw.some((name, i) => i % 2 === 0 && name.toLowerCase() === "content-length")) raw.push("content-length", String(length));
  req.rawHeaders.splice(0, req.rawHeaders.length, ...raw);
}

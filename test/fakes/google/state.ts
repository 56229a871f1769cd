/**
 * The fake's mutable world. Every change takes the next value of one sequence; calendar sync tokens and
 * Drive change tokens are positions in that sequence, which is what makes "changed since the token" exact.
 */
import { randomBytes } from "node:crypto";
import { Cursors } from "./paging.js";
import type { Json, WorkspaceData } from "./workspace.js";

export interface Stored {
  value: Json;
  /** Sequence of the last change; 0 for what the workspace folder held at start. */
  seq: number;
  /** RFC 3339 time of the last change. */
  time: string;
  /** Drive only: the file was deleted or the user lost access (a `removed: true` change). */
  removed?: boolean;
}

/** What an upload put in a Drive file: kept as text (a Google Doc's content once Drive converted it). */
export interface DriveContent {
  /** The media part's type as uploaded (`text/html`). */
  sourceMimeType: string;
  /** The converted content as plain text (tags dropped, one line per block). */
  text: string;
  /** Size of the uploaded media, in bytes. */
  bytes: number;
}

export interface CalendarStore {
  id: string;
  meta: Json;
  events: Map<string, Stored>;
  /** Bumped by expireSyncToken: tokens issued under an older epoch answer 410. */
  epoch: number;
}

export interface SyncTokenRecord {
  calendarId: string;
  seq: number;
  epoch: number;
}

export interface AccessToken {
  sub: string;
  scopes: string[];
  expiresAt: number;
}

export class FakeState {
  seq = 0;
  readonly users: Json[];
  readonly calendars = new Map<string, CalendarStore>();
  readonly driveFiles = new Map<string, Stored>();
  readonly docs: Map<string, Json>;
  readonly accessTokens = new Map<string, AccessToken>();
  readonly syncTokens = new Map<string, SyncTokenRecord>();
  readonly cursors = new Cursors();
  /** Drive file id → its uploaded content, for files written through the upload routes. */
  readonly driveContents = new Map<string, DriveContent>();
  /** Files the app created through the API: all a `drive.file` token may see or change. */
  readonly appFiles = new Set<string>();

  constructor(
    data: WorkspaceData,
    readonly now: () => number,
  ) {
    this.users = data.users;
    this.docs = data.docs;
    const start = this.isoNow();
    for (const [id, list] of data.calendars) {
      const events = new Map(
        list.items.map((event) => [String(event.id), { value: event, seq: 0, time: start }]),
      );
      this.calendars.set(id, { id, meta: list.meta, events, epoch: 0 });
    }
    for (const file of data.driveFiles) {
      this.driveFiles.set(String(file.id), { value: file, seq: 0, time: String(file.modifiedTime ?? start) });
    }
  }

  isoNow(): string {
    return new Date(this.now()).toISOString();
  }

  /** A directory user by primary email or alias, case-insensitively. */
  findUser(email: string): Json | undefined {
    const wanted = email.toLowerCase();
    return this.users.find((user) => userEmails(user).includes(wanted));
  }

  /** Every user has a primary calendar even when the folder holds no events for it. */
  ensureCalendar(id: string): CalendarStore {
    let calendar = this.calendars.get(id);
    if (!calendar) {
      const meta = { kind: "calendar#events", summary: id, timeZone: "UTC", accessRole: "owner" };
      calendar = { id, meta, events: new Map(), epoch: 0 };
      this.calendars.set(id, calendar);
    }
    return calendar;
  }

  issueSyncToken(calendar: CalendarStore, seq: number): string {
    const token = `${randomBytes(15).toString("base64")}=`;
    this.syncTokens.set(token, { calendarId: calendar.id, seq, epoch: calendar.epoch });
    return token;
  }

  addEvent(calendarId: string, event: Json): Json {
    const id = String(event.id ?? googleId());
    const now = this.isoNow();
    const value: Json = {
      kind: "calendar#event",
      id,
      status: "confirmed",
      iCalUID: `${id}@google.com`,
      created: now,
      organizer: { email: calendarId, self: true },
      ...event,
    };
    return this.#putEvent(calendarId, value);
  }

  updateEvent(calendarId: string, eventId: string, patch: Json): Json {
    return this.#putEvent(calendarId, { ...this.#event(calendarId, eventId).value, ...patch, id: eventId });
  }

  /** A deleted event keeps only what Google guarantees for it: its id and `status: "cancelled"`. */
  cancelEvent(calendarId: string, eventId: string): Json {
    const { value } = this.#event(calendarId, eventId);
    const kept = ["kind", "id", "recurringEventId", "originalStartTime"].filter((key) => key in value);
    return this.#putEvent(calendarId, {
      ...Object.fromEntries(kept.map((k) => [k, value[k]])),
      status: "cancelled",
    });
  }

  /** Google invalidates sync tokens at will (expiry, ACL changes); the next use answers 410. */
  expireSyncToken(calendarId: string): void {
    this.ensureCalendar(calendarId).epoch += 1;
  }

  addDriveFile(file: Json): Json {
    const id = String(file.id ?? randomBytes(21).toString("base64url"));
    const value: Json = {
      kind: "drive#file",
      id,
      mimeType: "application/vnd.google-apps.document",
      trashed: false,
      createdTime: this.isoNow(),
      ...file,
    };
    return this.#putFile(value);
  }

  /** Trashing is an update (`{trashed: true}`): Drive reports it as a change with the file, not a removal. */
  updateDriveFile(fileId: string, patch: Json): Json {
    const stored = this.driveFiles.get(fileId);
    if (!stored || stored.removed) throw new Error(`Expected a Drive file id, got ${fileId}`);
    return this.#putFile({ ...stored.value, ...patch, id: fileId });
  }

  /** Permanent deletion (or lost access): a `removed: true` change without the file. */
  removeDriveFile(fileId: string): void {
    const stored = this.driveFiles.get(fileId);
    if (!stored) throw new Error(`Expected a Drive file id, got ${fileId}`);
    this.driveFiles.set(fileId, { ...stored, seq: this.#nextSeq(), time: this.isoNow(), removed: true });
  }

  setDocument(documentId: string, document: Json): void {
    this.docs.set(documentId, { ...document, documentId });
  }

  #event(calendarId: string, eventId: string): Stored {
    const stored = this.calendars.get(calendarId)?.events.get(eventId);
    if (!stored) throw new Error(`Expected an event id of calendar ${calendarId}, got ${eventId}`);
    return stored;
  }

  #putEvent(calendarId: string, event: Json): Json {
    const seq = this.#nextSeq();
    const time = this.isoNow();
    const value: Json = { ...event, etag: `"${seq}"`, updated: time };
    const calendar = this.ensureCalendar(calendarId);
    calendar.events.set(String(value.id), { value, seq, time });
    calendar.meta = { ...calendar.meta, updated: time };
    return value;
  }

  #putFile(file: Json): Json {
    const seq = this.#nextSeq();
    const time = this.isoNow();
    const value: Json = { ...file, modifiedTime: time, version: String(seq) };
    this.driveFiles.set(String(value.id), { value, seq, time });
    return value;
  }

  #nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }
}

function userEmails(user: Json): string[] {
  const emails = [user.primaryEmail, ...(Array.isArray(user.aliases) ? user.aliases : [])];
  return emails.filter((e): e is string => typeof e === "string").map((e) => e.toLowerCase());
}

/** Calendar event ids use base32hex (a-v, 0-9). */
function googleId(): string {
  const alphabet = "abcdefghijklmnopqrstuv0123456789";
  return Array.from(randomBytes(26), (byte) => alphabet[byte % 32]).join("");
}

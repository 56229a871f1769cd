/**
 * Who attends a meeting, for meeting time: the definition workplace analytics use (Viva
 * Insights, Worklytics) rather than "everyone invited".
 *
 * A guest attends when they accepted or answered "maybe" (tentative), and the organizer attends
 * when listed among the guests without declining (Google lists the organizer's own answer there).
 * Not attending, so not in anyone's meeting hours:
 * - a guest who declined, or never answered (an optional guest who did not answer included);
 * - an organizer who is not among the guests (an assistant or a shared calendar booking for others);
 * - everyone, when the event is marked free (`transparency: transparent`): a block of time that
 *   does not keep anyone busy, such as an open "demo day" invitation.
 * Invitations themselves, answered or not, are still what participation is judged on.
 */
import type { Attendee, Meeting } from "./model.js";

export function attends(a: Attendee, m: Meeting): boolean {
  if (a.resource) return false;
  if (a.response === "accepted" || a.response === "tentative") return true;
  return (a.organizer || a.email === m.organizer) && a.response !== "declined";
}

/** Emails of the people (internal or not) who attend `m`; none when it is marked free. */
export function attendingEmails(m: Meeting): Set<string> {
  if (m.transparent === true) return new Set();
  return new Set(m.attendees.filter((a) => attends(a, m)).map((a) => a.email));
}

import type { Locale } from "../../src/core/model.js";
import type { AlertEntry, Report, SignalEntry } from "../../src/core/report.js";
import { SIGNAL_IDS, type SignalId, type Status } from "../../src/core/signals/types.js";

/** Titles a hostile or careless colleague could type into a calendar. */
export const SCRIPT_TITLE = "<script>alert(1)</script> CODIR";
export const MD_TITLE = "*_[md]_* Revue | pipeline";
export const JS_URL = "javascript:alert(1)";
export const MEET_URL = "https://calendar.google.com/calendar/event?eid=abc123";
export const NOTE_URL = "https://www.notion.so/Compte-rendu-CODIR-8f2c";

/** French typography uses no-break spaces (before ":" and "%"); assertions use plain ones. */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f\u2009]/g, " ");

type L = Record<Locale, string>;
const pick = (l: Locale, text: L): string => text[l];

const UNITS: Record<SignalId, string> = {
  meeting_inflation: "h/person/week",
  missing_decisions: "share",
  ceo_escalation: "count",
  ritual_drift: "share",
  participation_decline: "rate",
  silo: "share",
  priority_churn: "priorities",
  action_followthrough: "share",
  negative_sentiment: "index",
  strategy_execution_gap: "share",
};

function signal(
  id: SignalId,
  scope: string,
  score: number,
  status: Status,
  value: number | null,
  baseline: number | null,
): SignalEntry {
  return {
    id,
    scope,
    score,
    status,
    value,
    baseline,
    unit: UNITS[id],
    insufficientHistory: false,
    summary: "",
    details: {},
  };
}

function orgSignals(l: Locale): SignalEntry[] {
  const rows: [SignalId, number, Status, number | null, number | null][] = [
    ["meeting_inflation", 34, "alert", 14.2, 10.1],
    ["missing_decisions", 48, "watch", 0.45, 0.2],
    ["ceo_escalation", 22, "alert", 9, 3],
    ["ritual_drift", 81, "ok", 0.1, 0.05],
    ["participation_decline", 90, "ok", 0.08, 0.07],
    ["silo", 67, "watch", 0.18, 0.31],
    ["priority_churn", 100, "ok", 4, null],
    ["action_followthrough", 72, "ok", 0.3, 0.25],
    ["negative_sentiment", 95, "ok", 0.9, 1],
    ["strategy_execution_gap", 88, "ok", 0.4, 0.42],
  ];
  const entries = rows.map(([id, score, status, v, b]) => signal(id, "org", score, status, v, b));
  const churn = entries.find((s) => s.id === "priority_churn");
  if (churn) churn.insufficientHistory = true;
  const inflation = entries.find((s) => s.id === "meeting_inflation");
  if (inflation) {
    inflation.summary = pick(l, {
      fr: "14,2 h de réunion par personne, contre 10,1 d'habitude.",
      en: "14.2 meeting hours per person, against 10.1 usually.",
    });
  }
  return entries;
}

function alerts(l: Locale): AlertEntry[] {
  const watch = (signal: SignalId, scope: string, score: number, summary: L, action: L): AlertEntry => ({
    signal,
    scope,
    severity: "watch",
    score,
    summary: pick(l, summary),
    action: pick(l, action),
    evidence: [],
  });
  return [
    // Listed out of order on purpose: the writers must sort alert before watch, then by score.
    watch(
      "missing_decisions",
      "org",
      48,
      { fr: "45 % des rituels n'ont consigné aucune décision.", en: "45% of rituals recorded no decision." },
      {
        fr: "Terminer chaque CODIR par les décisions, un responsable et une date, écrits.",
        en: "End each leadership meeting with written decisions, owners and dates.",
      },
    ),
    {
      signal: "meeting_inflation",
      scope: "team:Ventes",
      severity: "alert",
      score: 34,
      summary: pick(l, {
        fr: "L'équipe Ventes passe 16 h par personne en réunion, +45 % sur sa référence.",
        en: "The Ventes team spends 16 h per person in meetings, +45% on its baseline.",
      }),
      action: pick(l, {
        fr: "Revoir les rituels des Ventes : fusionner les points pipeline, limiter à 30 minutes.",
        en: "Review the Ventes rituals: merge the pipeline reviews, time-box them to 30 minutes.",
      }),
      evidence: [
        { kind: "event", id: "ev1", title: SCRIPT_TITLE, url: MEET_URL, date: "2026-11-17" },
        { kind: "event", id: "ev2", title: MD_TITLE, url: JS_URL, date: "2026-11-18" },
        {
          kind: "page",
          id: "pg1",
          title: "Compte rendu CODIR",
          url: NOTE_URL,
          why: pick(l, { fr: "aucune décision consignée", en: "no decision recorded" }),
        },
        { kind: "doc", id: "d1", title: "Point pipeline hebdo", url: null },
      ],
    },
    watch(
      "silo",
      "org",
      67,
      {
        fr: "Production et Ventes ne se sont pas réunies depuis 3 semaines.",
        en: "Production and Ventes have not met for 3 weeks.",
      },
      {
        fr: "Nommer un responsable de l'interface Ventes–Production.",
        en: "Name an owner for the Ventes–Production interface.",
      },
    ),
    {
      signal: "ceo_escalation",
      scope: "org",
      severity: "alert",
      score: 22,
      summary: pick(l, {
        fr: "9 réunions ad hoc réservées avec la dirigeante, contre 3 d'habitude.",
        en: "9 ad-hoc meetings booked with the CEO, against 3 usually.",
      }),
      action: pick(l, {
        fr: "Déléguer les arbitrages courants aux responsables d'équipe avec des droits de décision clairs.",
        en: "Delegate routine arbitration to team leads with clear decision rights.",
      }),
      evidence: [{ kind: "event", id: "ev3", title: "Arbitrage tarifs", url: MEET_URL }],
    },
    watch(
      "action_followthrough",
      "team:Production",
      61,
      { fr: "12 actions sans responsable.", en: "12 actions without owner." },
      { fr: "Un responsable et une date par action.", en: "One owner and one date per action." },
    ),
    watch(
      "negative_sentiment",
      "team:Production",
      70,
      { fr: "Ton plus las dans les rétrospectives.", en: "Wearier tone in retrospectives." },
      { fr: "Ouvrir le dialogue en rétrospective.", en: "Open the dialogue in retrospectives." },
    ),
  ];
}

export function sampleReport(locale: Locale): Report {
  return {
    tenant: "atelier-dupont",
    tenantName: "Atelier Dupont SAS",
    week: "2026-W47",
    period: { start: "2026-11-16", end: "2026-11-22" },
    locale,
    timezone: "Europe/Paris",
    score: 66,
    status: "watch",
    baselineWeeks: 8,
    trend: [
      { week: "2026-W40", score: 78 },
      { week: "2026-W41", score: 80 },
      { week: "2026-W42", score: 75 },
      { week: "2026-W43", score: null },
      { week: "2026-W44", score: 62 },
      { week: "2026-W45", score: 68 },
      { week: "2026-W46", score: 60 },
      { week: "2026-W47", score: 66 },
    ],
    signals: [
      signal("meeting_inflation", "team:Ventes", 34, "alert", 16, 11),
      ...orgSignals(locale),
      signal("action_followthrough", "team:Production", 61, "watch", 0.4, 0.22),
    ],
    alerts: alerts(locale),
    teams: [
      {
        scope: "team:Ventes",
        name: "Ventes",
        size: 9,
        score: 58,
        signals: Object.fromEntries(
          SIGNAL_IDS.map((id, i) => [
            id,
            { status: i === 0 ? "alert" : "ok", score: i === 0 ? 34 : 60 + i * 4 },
          ]),
        ),
      },
      {
        scope: "team:Production",
        name: "Production",
        size: 14,
        score: 77,
        signals: {
          action_followthrough: { status: "watch", score: 61 },
          negative_sentiment: { status: "watch", score: 70 },
          meeting_inflation: { status: "ok", score: 92 },
        },
      },
    ],
    rituals: [
      {
        id: "codir",
        name: "CODIR",
        cadence: "weekly",
        expected: 1,
        held: 1,
        cancelled: 0,
        withNotes: 1,
        withDecisions: 0,
        withoutAgenda: 1,
      },
      {
        id: "standup",
        name: "Stand-up",
        cadence: "daily",
        expected: 5,
        held: 3,
        cancelled: 2,
        withNotes: 0,
        withDecisions: 0,
        withoutAgenda: 3,
      },
      {
        id: "retro",
        name: "Rétrospective",
        cadence: "biweekly",
        expected: 1,
        held: 1,
        cancelled: 0,
        withNotes: 1,
        withDecisions: 1,
        withoutAgenda: 0,
      },
    ],
    warnings: [{ file: "google/docs/1AbC.json", message: "document without body: skipped" }],
    stats: { people: 42, teams: 5, meetings: 128, notes: 37 },
    generatedBy: "vigie 0.1.0",
  };
}

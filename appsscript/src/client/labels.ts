/** Every text of the sidebar, in French and English (the user's Google language picks). */

export type Lang = "fr" | "en";

export const LABELS = {
  title: { fr: "Configuration Vigie", en: "Vigie configuration" },
  service: { fr: "Service", en: "Service" },
  serviceUrl: { fr: "Adresse du service Vigie", en: "Vigie service URL" },
  connect: { fr: "Se connecter", en: "Connect" },
  connected: { fr: "Connecté en tant que {user}", en: "Connected as {user}" },
  lastRun: { fr: "Dernière analyse", en: "Last run" },
  noRun: { fr: "Aucune analyse pour l'instant.", en: "No run yet." },
  runLine: {
    fr: "Semaine {week} : {status}, score {score}/100",
    en: "Week {week}: {status}, score {score}/100",
  },
  status_ok: { fr: "terminée", en: "done" },
  status_failed: { fr: "en échec", en: "failed" },
  status_running: { fr: "en cours", en: "running" },
  status_queued: { fr: "demandée", en: "queued" },
  runNow: { fr: "Lancer l'analyse maintenant", en: "Run now" },
  runStarted: {
    fr: "Analyse demandée : la page sera prête dans quelques minutes.",
    en: "Run requested: the page will be ready in a few minutes.",
  },
  runAlreadyDone: {
    fr: "La semaine {week} est déjà analysée : sa page est à jour.",
    en: "Week {week} is already done: its page is up to date.",
  },
  openPage: { fr: "Ouvrir la dernière page", en: "Open the last page" },
  company: { fr: "Entreprise", en: "Company" },
  name: { fr: "Nom de l'entreprise", en: "Company name" },
  id: {
    fr: "Identifiant de l'entreprise (donné par l'administrateur Vigie)",
    en: "Company identifier (from your Vigie admin)",
  },
  locale: { fr: "Langue de la page", en: "Page language" },
  timezone: { fr: "Fuseau horaire", en: "Time zone" },
  ceo: { fr: "Dirigeant·e (CEO)", en: "CEO" },
  choose: { fr: "— Choisir —", en: "— Choose —" },
  people: { fr: "Personnes suivies (leurs agendas)", en: "People in scope (their calendars)" },
  peopleHint: {
    fr: "Aucune cochée : tous les agendas de l'annuaire.",
    en: "None ticked: every calendar in the directory.",
  },
  rituals: { fr: "Rituels", en: "Rituals" },
  ritualName: { fr: "Nom du rituel", en: "Ritual name" },
  ritualMatch: { fr: "Titres reconnus (motif)", en: "Titles it matches (pattern)" },
  ritualCadence: { fr: "Fréquence", en: "Cadence" },
  addRitual: { fr: "Ajouter un rituel", en: "Add a ritual" },
  removeRitual: { fr: "Retirer ce rituel", en: "Remove this ritual" },
  matches: { fr: "Reconnus ({n}) :", en: "Matched ({n}):" },
  misses: { fr: "Non reconnus ({n}) :", en: "Not matched ({n}):" },
  noTitles: { fr: "Aucun titre récent à comparer.", en: "No recent titles to compare with." },
  cadence_daily: { fr: "quotidien", en: "daily" },
  cadence_weekly: { fr: "hebdomadaire", en: "weekly" },
  cadence_biweekly: { fr: "toutes les deux semaines", en: "every two weeks" },
  cadence_monthly: { fr: "mensuel", en: "monthly" },
  cadence_quarterly: { fr: "trimestriel", en: "quarterly" },
  notes: { fr: "Notes de réunion", en: "Meeting notes" },
  driveFolder: { fr: "Dossier Drive des notes (lien ou id)", en: "Drive notes folder (link or id)" },
  notionNotes: { fr: "Base Notion des notes (lien)", en: "Notion notes database (link)" },
  output: { fr: "Page hebdomadaire", en: "Weekly page" },
  notionPage: { fr: "Page Notion parente (lien)", en: "Notion parent page (link)" },
  testAccess: { fr: "Tester l'accès", en: "Test access" },
  accessOk: { fr: "Accès vérifié : {title}", en: "Access checked: {title}" },
  accessNo: { fr: "Pas d'accès : {reason}", en: "No access: {reason}" },
  access_not_connected: {
    fr: "Notion n'est pas connecté (bouton « Connecter Notion »).",
    en: "Notion is not connected (use “Connect Notion”).",
  },
  access_not_shared: {
    fr: "la page n'est pas partagée avec l'intégration Vigie (Partager → Connexions).",
    en: "it is not shared with the Vigie integration (Share → Connections).",
  },
  access_revoked: {
    fr: "l'accès Notion a été révoqué : reconnectez Notion.",
    en: "Notion access was revoked: connect Notion again.",
  },
  access_unavailable: {
    fr: "Notion ne répond pas, réessayez dans une minute.",
    en: "Notion is not answering; try again in a minute.",
  },
  connectNotion: { fr: "Connecter Notion", en: "Connect Notion" },
  notAnId: {
    fr: "Lien non reconnu : collez l'adresse de la page ou de la base.",
    en: "Link not recognised: paste the page or database address.",
  },
  settings: { fr: "Réglages", en: "Settings" },
  sensitivity: { fr: "Sensibilité des alertes", en: "Alert sensitivity" },
  sensitivity_low: { fr: "basse (moins d'alertes)", en: "low (fewer alerts)" },
  sensitivity_normal: { fr: "normale", en: "normal" },
  sensitivity_high: { fr: "haute (alertes plus tôt)", en: "high (earlier alerts)" },
  scheduleDay: { fr: "Jour de l'analyse", en: "Run day" },
  scheduleTime: { fr: "Heure (locale)", en: "Time (local)" },
  day_1: { fr: "lundi", en: "Monday" },
  day_2: { fr: "mardi", en: "Tuesday" },
  day_3: { fr: "mercredi", en: "Wednesday" },
  day_4: { fr: "jeudi", en: "Thursday" },
  day_5: { fr: "vendredi", en: "Friday" },
  day_6: { fr: "samedi", en: "Saturday" },
  day_7: { fr: "dimanche", en: "Sunday" },
  save: { fr: "Enregistrer", en: "Save" },
  saving: { fr: "Enregistrement…", en: "Saving…" },
  saved: { fr: "Configuration enregistrée.", en: "Configuration saved." },
  fixErrors: {
    fr: "{n} champ(s) à corriger avant d'enregistrer ; rien n'a été enregistré.",
    en: "{n} field(s) to fix before saving; nothing was saved.",
  },
  loading: { fr: "Chargement…", en: "Loading…" },
} as const;

export type LabelKey = keyof typeof LABELS;

export function label(lang: Lang, key: LabelKey, vars: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

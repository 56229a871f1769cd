/** The sidebar's markup, drawn from its state; every tenant field carries its path (`data-path`). */
import { type LabelKey, type Lang, label } from "./labels";
import { esc, fieldId } from "./text";

export interface Person {
  email: string;
  name: string;
  team: string | null;
}

export interface RitualRow {
  id: string;
  name: string;
  match: string;
  cadence: string;
}

export interface FormValues {
  id: string;
  name: string;
  locale: string;
  timezone: string;
  ceo: string;
  calendars: string[];
  rituals: RitualRow[];
  driveFolder: string;
  notionNotes: string;
  notionPage: string;
  sensitivity: string;
  day: number;
  time: string;
}

const CADENCES = ["daily", "weekly", "biweekly", "monthly", "quarterly"] as const;
const SENSITIVITIES = ["low", "normal", "high"] as const;

export function field(lang: Lang, path: string, key: LabelKey, control: string, extra = ""): string {
  const id = fieldId(path);
  return `<div class="field"><label for="${id}">${esc(label(lang, key))}</label>${control}${extra}<p class="error" id="${id}-err" aria-live="polite"></p></div>`;
}

export function input(path: string, value: string, attrs = ""): string {
  const id = fieldId(path);
  return `<input id="${id}" data-path="${esc(path)}" value="${esc(value)}" aria-describedby="${id}-err" ${attrs}>`;
}

export function select(path: string, value: string, options: [string, string][], attrs = ""): string {
  const id = fieldId(path);
  const opts = options
    .map(([v, text]) => `<option value="${esc(v)}"${v === value ? " selected" : ""}>${esc(text)}</option>`)
    .join("");
  return `<select id="${id}" data-path="${esc(path)}" aria-describedby="${id}-err" ${attrs}>${opts}</select>`;
}

export function companySection(lang: Lang, v: FormValues, people: readonly Person[]): string {
  const ceoOptions: [string, string][] = [
    ["", label(lang, "choose")],
    ...people.map((p): [string, string] => [p.email, `${p.name} — ${p.email}`]),
  ];
  if (v.ceo && !people.some((p) => p.email === v.ceo)) ceoOptions.push([v.ceo, v.ceo]);
  return `<fieldset><legend>${esc(label(lang, "company"))}</legend>
${field(lang, "name", "name", input("name", v.name, 'autocomplete="organization"'))}
<p class="hint" id="${fieldId("id")}">${esc(label(lang, "id"))} : ${esc(v.id)}</p><p class="error" id="${fieldId("id")}-err"></p>
${field(
  lang,
  "locale",
  "locale",
  select("locale", v.locale, [
    ["fr", "Français"],
    ["en", "English"],
  ]),
)}
${field(lang, "timezone", "timezone", input("timezone", v.timezone, 'list="zones" spellcheck="false"'))}
<datalist id="zones">${["Europe/Paris", "Europe/Brussels", "Europe/Zurich", "Europe/London", "America/Montreal", "Africa/Casablanca", "UTC"].map((z) => `<option value="${z}">`).join("")}</datalist>
${field(lang, "ceo", "ceo", select("ceo", v.ceo, ceoOptions))}
${peopleField(lang, v, people)}
</fieldset>`;
}

function peopleField(lang: Lang, v: FormValues, people: readonly Person[]): string {
  const boxes = people
    .map((p, i) => {
      const checked = v.calendars.includes(p.email) ? " checked" : "";
      return `<label class="person"><input type="checkbox" name="calendars" value="${esc(p.email)}" id="person-${i}"${checked}> ${esc(p.name)}${p.team ? ` <span class="team">${esc(p.team)}</span>` : ""}</label>`;
    })
    .join("");
  const id = fieldId("sources.calendars");
  return `<fieldset class="people" id="${id}" data-path="sources.calendars" aria-describedby="${id}-err"><legend>${esc(label(lang, "people"))}</legend><p class="hint">${esc(label(lang, "peopleHint"))}</p><div class="people-list">${boxes}</div><p class="error" id="${id}-err" aria-live="polite"></p></fieldset>`;
}

export function ritualRow(lang: Lang, r: RitualRow, i: number, preview: string): string {
  const cadences = CADENCES.map((c): [string, string] => [c, label(lang, `cadence_${c}`)]);
  return `<li class="ritual" data-index="${i}" data-id="${esc(r.id)}">
${field(lang, `rituals[${i}].name`, "ritualName", input(`rituals[${i}].name`, r.name))}
${field(lang, `rituals[${i}].match`, "ritualMatch", input(`rituals[${i}].match`, r.match, 'spellcheck="false"'), `<div class="previews" id="preview-${i}" aria-live="polite">${preview}</div>`)}
${field(lang, `rituals[${i}].cadence`, "ritualCadence", select(`rituals[${i}].cadence`, r.cadence, cadences))}
<button type="button" class="link remove" data-remove="${i}">${esc(label(lang, "removeRitual"))}</button>
</li>`;
}

export function settingsSection(lang: Lang, v: FormValues): string {
  const sens = SENSITIVITIES.map((s): [string, string] => [s, label(lang, `sensitivity_${s}`)]);
  const days = [1, 2, 3, 4, 5, 6, 7].map((d): [string, string] => [
    String(d),
    label(lang, `day_${d}` as LabelKey),
  ]);
  return `<fieldset><legend>${esc(label(lang, "settings"))}</legend>
${field(lang, "sensitivity", "sensitivity", select("sensitivity", v.sensitivity, sens))}
${field(lang, "schedule.day", "scheduleDay", select("schedule.day", String(v.day), days))}
${field(lang, "schedule.time", "scheduleTime", input("schedule.time", v.time, 'type="time"'))}
</fieldset>`;
}

export function notesSection(lang: Lang, v: FormValues): string {
  const test = (kind: string) =>
    `<button type="button" data-test="${kind}">${esc(label(lang, "testAccess"))}</button><span class="access" id="access-${kind}" aria-live="polite"></span>`;
  return `<fieldset><legend>${esc(label(lang, "notes"))}</legend>
${field(lang, "sources.driveFolderId", "driveFolder", input("sources.driveFolderId", v.driveFolder, 'spellcheck="false"'))}
${field(lang, "sources.notionNotesDataSourceId", "notionNotes", input("sources.notionNotesDataSourceId", v.notionNotes, 'spellcheck="false"'), test("dataSource"))}
</fieldset>
<fieldset><legend>${esc(label(lang, "output"))}</legend>
${field(lang, "output.notion.parentPageId", "notionPage", input("output.notion.parentPageId", v.notionPage, 'spellcheck="false"'), test("page"))}
<button type="button" id="connect-notion">${esc(label(lang, "connectNotion"))}</button>
</fieldset>`;
}

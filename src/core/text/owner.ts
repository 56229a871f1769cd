/**
 * The owner of an action, as written: "@Paul", "Paul :", "(Paul)", "Responsable : Paul
 * Martin", "Owner: Jane", "Qui : JD", "Paul doit …", "Jane will …", "[JD]". Works on the
 * original text (case tells a name from a word); candidates that are labels, pronouns,
 * dates or acronyms of roles are rejected.
 */
import { foldLower } from "./normalize.js";
import { isStopWord } from "./stopwords.js";

const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)?";
/** "Paul", "Paul Martin", "Jean-Pierre", "JD", "J.D.". */
const NAME = `(?:${WORD}(?:\\s+${WORD})?|\\p{Lu}{2,3}\\b|\\p{Lu}\\.\\s?\\p{Lu}\\.?)`;
const EMAIL = "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+";
const WHO = `(${EMAIL}|${NAME})`;
const ARROW = "(?:->|→|=>|⇒|➜|➔)";

// No "i" flag anywhere: with it, \p{Lu} would match lower-case letters too.
// Verbs and modals that make a leading name the doer. Future tenses ("enverra", "fera") included.
const DOER_VERBS =
  "doit|doivent|devra|devront|va|vont|se charge(?:nt)?|s'occupe(?:nt)?|prend(?:ra)?|s'engage|relance|envoie|" +
  "prepare|prépare|contacte|organise|planifie|vérifie|verifie|rédige|redige|appelle|partage|pilote|" +
  "(?!sera\\b|aura\\b)[\\p{Ll}]{2,}ra|will(?! be\\b)|to|shall|must|needs to|has to|have to|is to|is going to|takes|owns|should|is on it|" +
  // Third-person verbs are also plural nouns ("Performance reviews:", "Bug fixes"): only
  // followed by a determiner do they make the leading name a doer ("Ines runs the workshop").
  "(?:sends|prepares|writes|runs|books|drafts|organi[sz]es|calls|chases|updates|reviews|handles|leads|checks|fixes|" +
  "presents|sets up|follows up) (?:the|a|an|our|his|her|their|this|that|these|all|it|them|with)|is (?:drafting|preparing|sending|writing|organi[sz]ing|handling|booking|chasing|updating|setting up|following up|looking into|working on)";

/** `cue`: the form alone says the line is an action ("@Paul", "[JD]", "Paul doit"); "(Paul)" does not. */
const PATTERNS: { re: RegExp; cue: boolean }[] = [
  { re: /(?<![\w.])@(\p{L}[\p{L}\p{N}._-]*(?:\s+\p{Lu}[\p{Ll}'-]+)?)/u, cue: true },
  {
    re: new RegExp(
      `(?:[Rr]esponsable|[Rr]esp\\.|[Oo]wner|[Pp]orteu(?:r|se)|[Pp]ilote|[Qq]ui|[Ww]ho|[Aa]ssign(?:ée?|ed) (?:à|to)|[Aa]ssignee|[Ee]n charge)\\s*:?\\s*${WHO}`,
      "u",
    ),
    cue: true,
  },
  { re: new RegExp(`\\[(\\p{Lu}{2,3}|${NAME})\\]`, "u"), cue: true },
  // "ACTION Jane Doe: …", "AI: Adam White – …", "Next step → Paul: …": a task label, then the doer.
  {
    re: new RegExp(
      `^(?:ACTION|[Aa]ction(?:\\s+item)?|AI|AP|TODO|[Tt]o ?do|[ÀA] faire|[Nn]ext steps?|[Pp]rochaine [ée]tape|[Ss]uite)\\s*(?::|${ARROW}|-)?\\s*${WHO}\\s*(?::|[–—-])\\s`,
      "u",
    ),
    cue: true,
  },
  { re: new RegExp(`\\(${WHO}\\s*(?:[,;/–-][^)]*)?\\)`, "u"), cue: false },
  { re: new RegExp(`^${ARROW}\\s*${WHO}\\s*[:,–—-]\\s`, "u"), cue: true },
  { re: new RegExp(`^${WHO}\\s*:\\s*\\S`, "u"), cue: false },
  // "Paul et l'équipe support : corriger …": the first name named leads the task.
  { re: new RegExp(`^(${NAME})\\s+(?:et|and|&)\\s+[^:]{1,30}:\\s*\\S`, "u"), cue: false },
  // "Laura owner sur le kick-off", "Sarah owner du doc".
  { re: new RegExp(`^(${NAME})\\s+(?:owner|responsable|pilote)\\b`, "u"), cue: true },
  {
    re: new RegExp(`^${ARROW}?\\s*(${NAME}(?:\\s+(?:et|and|&)\\s+${NAME})?)\\s+(?:${DOER_VERBS})\\b`, "u"),
    cue: true,
  },
  { re: new RegExp(`\\b(?:par|by)\\s+(${NAME})\\s*[).]?\\s*$`, "u"), cue: false },
  // "Organiser un point — Hugo", "Prepare the pack – Lisa – Monday": a name set apart by dashes.
  { re: new RegExp(`\\s[–—-]\\s+(${NAME})\\s*(?:[–—,(-].*)?$`, "u"), cue: false },
];

// Capitalised words that start lines but name no one: labels, roles, teams in general.
const NOT_NAMES = new Set(
  `action actions decision decisions todo note notes remarque info contexte statut status update risque risk point
  sujet ordre objectif priorite priority focus next done fait ok go tbd top ai owner responsable qui dg pdg ceo
  codir comex rh hr kpi ca okr it ux ui mvp roi crm erp nb ps cc vs equipe team client clients everyone all
  chacun tout tous toutes il elle on nous vous ils elles je you they he she we the this that le la les un une ce
  cette budget devis planning reunion meeting agenda bilan suivi etape step deadline echeance urgent important
  validation valide arbitrage escalade direction reminder rappel relance quelqu'un someone somebody anyone
  personne welcome bienvenue thanks merci bonjour hello morning`.split(/\s+/),
);

function plausible(name: string): boolean {
  const first = foldLower(name).split(/[\s.]+/)[0] ?? "";
  if (/^(?:q[1-4]|p[0-3]|s\d|t[1-4])$/.test(first)) return false;
  return first.length > 0 && !NOT_NAMES.has(first) && !isStopWord(first);
}

export interface Owner {
  name: string;
  /** The way the name is written makes the line an action by itself. */
  cue: boolean;
}

/** The person a line names as the doer, or null. */
export function findOwner(text: string): Owner | null {
  for (const { re, cue } of PATTERNS) {
    const name = re.exec(text)?.[1]?.trim();
    if (name && (name.includes("@") || plausible(name))) return { name, cue };
  }
  return null;
}

// A speaker's turn in a transcript: "Paul (00:31:02) : …", "Lucy: …".
const SPEAKER = new RegExp(`^(${NAME})\\s*(?:[([]\\d{1,2}:\\d{2}(?::\\d{2})?[)\\]])?\\s*:\\s*`, "u");

// The speaker takes the task in the first person (folded text).
const COMMITMENT =
  /(?:^|[\s,;])(?:je m'en (?:occupe|charge)|je (?:me charge|m'occupe|prends|vais|peux m'en|vous (?:envoie|fais|transmets|prepare)|t'envoie|envoie|fais|relance|prepare|rappelle|organise|regarde|redige|transmets|gere|reviens)|j'(?:envoie|appelle|organise|prepare|relance|m'en occupe|m'occupe|enverrai|appellerai|ferai|ecris)|i'll|i will|i'm going to|i am going to|i can take|leave it with me|i've got (?:it|this))\b/;

/** The speaker of a transcript line who commits to doing something ("Paul : je m'en occupe"), or null. */
export function speakerCommitment(text: string): string | null {
  const m = SPEAKER.exec(text);
  const name = m?.[1];
  if (!m || !name || !plausible(name)) return null;
  return COMMITMENT.test(foldLower(text.slice(m[0].length))) ? name : null;
}

// Terse minutes name people in lower case: "jo - chase invoice tmrw", "kim: investor update, EOW".
const TERSE = /^([a-z][a-z'-]{1,9})\s*(?:-|–|:)\s+\S/;

/** A lower-case first name leading a terse line, or null; the caller checks the line is a task. */
export function terseOwner(text: string): string | null {
  const name = TERSE.exec(text)?.[1];
  return name && plausible(name) ? name : null;
}

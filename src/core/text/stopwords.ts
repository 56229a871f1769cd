/**
 * Words that never describe a topic: natural's French and English stop words, plus what
 * meeting notes add — dates and time words, the labels of minutes ("Décision", "TODO",
 * "Owner") and their verbs ("valider", "agreed"). Checked before stemming (surface
 * forms) and after (stems), so every inflection of a label is dropped too.
 */
import { MONTHS, WEEKDAYS } from "./calendar-words.js";
import { NATURAL_STOPWORDS_EN, NATURAL_STOPWORDS_FR, stemEn, stemFr } from "./natural.js";
import { fold } from "./normalize.js";

const FR_EXTRA = `tout tous toute toutes tres plus moins aussi comme si bien ca cela ceci fait faire va vont doit
  doivent devra devront peut peuvent etc chez vers entre apres avant encore deja donc car alors quand lors ainsi
  autre autres chaque meme memes peu beaucoup trop sous selon depuis pendant dont ou oui non rien voici voila
  afin fois puis tant quelques certains certaines faut faudra faudrait part aujourd hui ici cote lequel laquelle mise chacun
  personne quelqu quelque vraiment toujours jamais`;

const EN_EXTRA = `will shall also just one two three etc per via need needs let lets us yes okay get go going
  gets make makes made new well back still may might must want wants able across within without due no
  none nothing aucun aucune`;

// Weekday abbreviations are English only: French "mer", "jeu" are words (sea, game).
const TIME_WORDS = `tue tues wed thu thur thurs fri sat sun demain hier semaine semaines prochain prochaine prochains prochaines mois jour jours fin debut
  quinzaine huitaine annee an ans trimestre bientot rapidement asap tard tot date dates delai tomorrow today
  yesterday week weeks weekly next end month months day days eow eom eod eoq eoy year years quarter soon
  deadline echeance`;

// Numbers say how many, not what: "deux commerciaux" and "3 commerciaux" share one topic.
const NUMBER_WORDS = `zero un une deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente
  cent cents mille premier premiere one two three four five six seven eight nine ten eleven twelve fifteen twenty
  thirty hundred thousand deuxieme troisieme quatrieme cinquieme dernier derniere first second third fourth
  fifth last`;

const NOTE_SPEAK = `decision decisions decide decider decidee decides decided agreed agree approved approve
  valide valider validee validation acte acter action actions todo priorite priorites prio priority
  priorities objectif objectifs okr kr owner responsable qui who point points sujet sujets item items note
  notes ok go tbd tbc na ai top focus next step steps arbitrage arbitrer escalade escalader escalate
  escalation reunion meeting suivi follow up done fait termine clos closed sign off dg pdg ceo codir comex
  sync syncs synchro synchros update updates equipe equipes team teams hebdo call calls visio visios rdv daily standup compte rendu cr
  discussion discussions echange echanges ordre agenda recap`;

const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0);

const SURFACE = new Set<string>(
  [
    ...NATURAL_STOPWORDS_FR,
    ...NATURAL_STOPWORDS_EN,
    ...words(FR_EXTRA),
    ...words(EN_EXTRA),
    ...words(TIME_WORDS),
    ...words(NUMBER_WORDS),
    ...words(NOTE_SPEAK),
    ...Object.keys(MONTHS),
    ...Object.keys(WEEKDAYS),
  ].map((w) => fold(w).toLowerCase()),
);

// Stems of the labels and time words, in both languages, catch "décidées", "priorités"…
const STEMS = new Set<string>(
  [...words(NOTE_SPEAK), ...words(TIME_WORDS)].flatMap((w) => [stemFr(w), stemEn(w)]),
);

/** True for a folded lower-case token that carries no topic. */
export function isStopWord(token: string): boolean {
  return SURFACE.has(token);
}

/** True for a stem of a label or time word. */
export function isStopStem(stem: string): boolean {
  return STEMS.has(stem);
}

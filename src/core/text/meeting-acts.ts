/**
 * Words of the meeting act, not of its subject: "schedule a demo of X", "lessons learned on X",
 * "faire un point sur X", "relancer le fournisseur sur X". Minutes wrap every topic in them,
 * strategic or not, so two lines sharing "schedule" and "demo" talk about nothing in common.
 * The strategy ↔ execution match leaves them out on both sides (other detectors keep them: an
 * action's verb matters to follow-through).
 */
import { stemEn, stemFr } from "./natural.js";
import { fold } from "./normalize.js";

const EN = `schedule scheduled scheduling demo demos call calls set setup review reviewed reviewing
  discuss discussed discussing talk talked talking update updated dashboard write written draft pager
  send sent share shared prepare prepared check checked chase chased follow followed lesson lessons
  learn learned learnt spend spent time quick round table progress progressing adjustment adjustments
  needed status stuck waiting wait blocker blocked thanks thank push remember reminder metric metrics
  result results reach reached owner owners plan plans session sessions page course customer
  customers client clients supplier suppliers`;

const FR = `planifier planifie programmer programme demo demos appel appels point points tour table retour
  retours experience lecon lecons apprendre appris mettre mis jour tableau bord rediger redige note
  synthese envoyer envoye partager partage preparer prepare verifier verifie relancer relance suivre
  suivi rapide avancement ajustement ajustements besoin bloquant bloque attente attendre passe temps
  merci rappel rappeler indicateur indicateurs resultat resultats atteint atteindre pilote pilotes
  plan plans seance seances page cap client clients fournisseur fournisseurs`;

const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0);

const ACT_STEMS = new Set<string>(
  [...words(EN), ...words(FR)].flatMap((w) => {
    const f = fold(w).toLowerCase();
    return [stemEn(f), stemFr(f)];
  }),
);

/** Whether a topic stem (either language) only says what the meeting did about its subject. */
export function isMeetingActStem(stem: string): boolean {
  return ACT_STEMS.has(stem);
}

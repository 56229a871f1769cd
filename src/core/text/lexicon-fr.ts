/**
 * French markers. Patterns match folded lower-case text ("décidé" is written "decide").
 * They describe how French meeting minutes are commonly phrased (relevés de décisions,
 * "on part sur", "à arbitrer", "d'ici vendredi"), not one company's habits.
 */
import { type Lexicon, TAIL } from "./lexicon-types.js";

/** A heading label, whole, with an optional qualifier ("Décisions du CODIR"). */
const heading = (label: string) => new RegExp(`^(?:${label})${TAIL}$`);

// Past participles agree in gender and number: "validé", "validée", "validés", "validées".
const pp = (stem: string) => `${stem}e?s?`;

export const FR: Lexicon = {
  sections: {
    decision: [
      heading("(?:releve|liste|synthese|recap(?:itulatif)?|resume) (?:des |de )?decisions?"),
      heading(
        `(?:decisions?|arbitrages?) (?:${pp("pris")}|${pp("acte")}|${pp("valide")}|cles|majeures|${pp("rendu")}|${pp("retenu")})`,
      ),
      heading("decisions?"),
      heading("(?:ce qui a ete|ce qu'on a|ce que nous avons) (?:decide|acte|valide|retenu|convenu)"),
      /^(?:il est|il a ete|nous avons|on a) (?:convenu|decide|acte|valide|retenu)(?: que| de| ce qui suit)?$/,
      /^(?:actes|validations|accords)$/,
    ],
    escalation: [
      heading(
        "(?:(?:points?|sujets?|questions?|demandes?) )?(?:a arbitrer|a remonter|a escalader|pour arbitrage|d'arbitrage)",
      ),
      heading(
        `(?:arbitrages?|escalades?) (?:${pp("attendu")}|${pp("demande")}|necessaires?|en attente|a rendre)`,
      ),
      heading("(?:escalades?|remontees? (?:au|a la) (?:dg|direction|codir))"),
    ],
    action: [
      heading("actions?(?: (?:a mener|a suivre|a faire|en cours|cles))?"),
      heading(
        "(?:plan d'actions?|a faire|taches|prochaines? etapes?|suites? a donner|suivi des actions|qui fait quoi)",
      ),
    ],
    priority: [
      heading(
        "(?:(?:nos|les|mes|top|\\d+)(?: \\d+)? )?(?:grandes? |vraies? )?(?:priorites?|prios?)(?: (?:absolues?|cles|principales|strategiques|prioritaires))?",
      ),
      heading(
        "(?:top ?\\d+|objectifs?|okrs?|focus|enjeux|(?:chantiers|axes|enjeux|sujets|projets) (?:prioritaires|cles|strategiques))",
      ),
    ],
    open: [
      heading(
        `(?:points?|sujets?|questions?|decisions?) (?:en suspens|${pp("ouvert")}|en attente|${pp("reporte")}|non ${pp("tranche")}|a trancher|a revoir)`,
      ),
      /^en suspens$/,
    ],
  },
  decision: [
    /^(?:decisions?|decide|actee?s?|valide|validee?s?|arbitrage|arbitree?|conclusion|resolution|accord|retenue?|choix|choisi|enterinee?s?|adoptee?|approuvee?|tranchee?|verdict|consensus)\b[^:]{0,30}[:\-–—]\s*\S/,
    /^go ?\/ ?no ?go\s*:\s*(?:go|ok|oui)\b|^(?:ok|feu vert|accord|consensus|unanimite) (?:pour|sur)\b|^validation (?:du|de la|de l'|des|de)\b/,
    /^(?:valide|validee?s?|acte|actee?s?|adopte|approuve|go)\s*[.!✅]*$/u,
    /\bon (?:a )?(?:valide|acte|decide|retient|retenu|tranche|arrete|adopte|choisi|choisit|opte|part sur|partira sur|y va|garde|conserve|maintient|reconduit|abandonne|stoppe|s'est mis d'accord)\b(?! en tete| un oeil)/,
    /\bnous (?:avons )?(?:decide|valide|acte|retenu|tranche|choisi|opte|convenu|validons|actons|retenons|decidons)\b/,
    /\b(?:a|ont) (?:tranche|decide|valide|acte|arbitre|approuve|adopte|entrine|enterine|retenu|choisi|opte|convenu)\b/,
    /\b(?:direction|codir|comex|comite|dg|pdg|ceo|board|conseil|equipe|groupe|bureau|tous) (?:valide|approuve|acte|enterine|adopte|tranche|arbitre|retient|decide|choisit|opte)\b/,
    /^[a-z'-]+(?: [a-z'-]+)? (?:actee?s?|validee?s?|approuvee?s?|decidee?s?|enterinee?s?|adoptee?s?)\b(?! \?)/,
    /\b(?:retenue?s?|choisie?s?|selectionnee?s?) (?:est|sont)\b|\b(?:mis|mise|mises) d'accord\b|\bconsensus (?:pour|sur|trouve|obtenu)\b|\ba l'unanimite\b/,
    /\b(?:validee?s?|actee?s?|approuvee?s?|adoptee?s?|enterinee?s?|retenue?s?|arretee?s?|tranchee?s?) (?:en seance|en codir|en comite|par (?:le |la |l')?(?:codir|comite|comex|direction|equipe|groupe|conseil|board|dg|pdg))\b/,
    /\b(?:il est|il a ete|c'est) (?:convenu|decide|acte|valide|tranche|arrete|approuve)\b/,
    /\b(?:go pour|feu vert|decision (?:prise|actee|validee|finale)|d'accord pour|accord (?:de principe )?(?:pour|sur))\b/,
    /^go\b/,
    /\b(?:a ete|ont ete|sont|est) (?:decidee?s?|validee?s?|actee?s?|tranchee?s?|arbitree?s?|approuvee?s?|adoptee?s?|retenue?s?)\b/,
    /\b(?:decide|decidons|decident) de\b/,
    /\b(?:validee?s?|approuvee?s?|adoptee?s?|enterinee?s?)\s*[.!✅]*$/u,
    /^(?:choix|decision) (?:final|finale|definitif|definitive)\s*[:\-–—]\s*\S|\bcomme (?:decide|convenu|acte)\b/,
    // A verdict closing a terse line: "Séminaire Annecy – acté", "Salon : validé".
    /\S\s*(?:[:\-–—;]|->|→)\s*(?:actee?s?|validee?s?|confirmee?s?|approuvee?s?|go)\s*[.!✅]*$/u,
  ],
  undecided: [
    /\b(?:aucune?|pas de|pas d'|sans|zero) (?:vraie |veritable )?(?:decisions?|arbitrages?|conclusions?|consensus)\b/,
    /^(?:decisions?|arbitrages?|conclusions?)\b[^:]{0,30}:\s*(?:aucune?|neant|rien|non|ras|r\.a\.s\.?|rien a signaler|pas de\b.*|n\/?a|-+|—|–|\?+|\.\.\.|…)\s*[.!]*$/u,
    /\b(?:decisions?|arbitrages?|choix|validation|sujet|point|vote)\b.{0,40}\b(?:reportee?s?|repoussee?s?|differee?s?|ajournee?s?|suspendue?s?|remise?s? a plus tard|en suspens)\b/,
    /\b(?:reportee?s?|repoussee?s?|differee?s?|ajournee?s?) (?:a|au|a la|de|d'une|sine die)\b/,
    /\bon (?:reporte|repousse|differe|decale|ajourne)\b/,
    /\ba (?:trancher|decider|rediscuter|reprendre|creuser|approfondir|suivre|valider|revoir|definir|confirmer|reevaluer)\b/,
    /\bdecisions? a prendre\b|\ben suspens\b|\bremise?s? a (?:plus tard|une prochaine|la prochaine|une date ulterieure)\b/,
    /\b(?:reportee?s?|repoussee?s?|differee?s?|ajournee?s?)\s*[.!]*$/,
    /\b(?:toujours|encore) en (?:discussion|debat|reflexion|cours)\b|\ben cours de (?:discussion|reflexion)\b|\ba l'etude\b/,
    /\b(?:laissee?s?|reste|restent|demeure) (?:ouverte?s?|en l'etat|sans reponse)\b|\bsans suite\b/,
    /\brien (?:n'a ete |de )(?:decide|tranche|acte|arrete|valide|concret)\b|\b(?:pas|faute|sans|absence) d'accord\b/,
    /:\s*en attente\s*$|^en attente\s*$|\bindecis\b/,
    /\ben attente (?:de |d'une? |du |des )?(?:decision|validation|arbitrage|retour|go|accord)\b/,
    /\bon en (?:reparlera|reparle|rediscutera|rediscute)\b|\bon (?:verra|y reviendra|y reviendra plus tard)\b/,
    /\b(?:reste|restent) (?:ouverte?s?|a trancher|en suspens|a decider)\b|\b(?:points?|sujets?|questions?) (?:ouverte?s?|en suspens)\b/,
    /\b(?:toujours|encore) pas (?:de decision|tranche|decide|valide|arbitre)\b|\bpas (?:encore )?(?:tranche|decide|arbitre|valide|acte|retenu|choisi|convenu)\b/,
    /\bnon (?:tranchee?s?|decidee?s?|arbitree?s?)\b|\b(?:pas de|faute de) (?:consensus|quorum)\b/,
  ],
  actionLabel: [
    /^(?:actions?|a faire|todo|to do|tache|suite a donner|prochaine etape|ap|a\.p\.)\s*(?:\([^)]*\)|[a-z'.-]+(?: [a-z'.-]+)?)?\s*[:\-–—]\s*\S/,
    /\btodo\b/,
    /\b(?:responsable|porteur|porteuse|pilote|qui|assigne a|en charge)\s*:\s*\S/,
  ],
  actionCue: [
    /^(?:->|→|=>|⇒|➜|➔)/u,
    /(?:^|\s)@\p{L}/u,
    /\b(?:il faut|il faudra|on doit|nous devons|chacun doit|se charge de|s'occupe de|prend en charge|s'engage a)\b/,
    /\ba (?:faire|prevoir|envoyer|preparer|relancer|planifier|organiser|verifier|mettre a jour|lancer|contacter|rediger|caler|programmer|partager|finaliser|completer|corriger|chiffrer|appeler)\b/,
  ],
  taskVerb:
    /^(?:faire (?:un|une|le|la|les|des)|envoyer|renvoyer|relancer|appeler|rappeler|contacter|joindre|prevoir|caler|planifier|programmer|organiser|preparer|verifier|mettre (?:a jour|en place|en ligne)|rediger|chiffrer|finaliser|completer|corriger|partager|transmettre|faire (?:suivre|signer|valider)|commander|reserver|lancer|creer|definir|demander|obtenir|tester|installer|livrer|signer|proposer|recruter|fixer|confirmer|diffuser|publier|recuperer|regler|payer|facturer|negocier|consulter|solliciter|informer|prevenir|convoquer|inviter|voir avec|checker|booker)\b/,
  todoVerb:
    /^(?:envoyer|renvoyer|relancer|appeler|rappeler|contacter|prevoir|caler|planifier|programmer|commander|reserver|mettre a jour|transmettre|faire suivre|rediger|chiffrer|finaliser|voir avec|checker|booker)\b/,
  escalation: [
    /\ba arbitrer\b|\bescalad\w*/,
    /\b(?:faire remonter|remonter (?:le sujet|la question|le point|le probleme))\b/,
    /\b(?:besoin|demande|necessite|attente|requete) d'(?:un )?arbitrage\b|\barbitrage (?:necessaire|requis|attendu|demande)\b/,
    /\b(?:pour|en) arbitrage\b/,
  ],
  top: "(?:dg|pdg|ceo|dga|direction(?: generale)?|presidente?|patronn?e?|codir|comex|comite (?:de direction|executif)|gerante?|dirigeante?s?|fondat(?:eur|rice)s?|board|conseil d'administration)",
  escalationTop: [
    "\\barbitrage (?:du |de la |de l'|des |de |d'|par (?:le |la |l')?)?{top}\\b",
    "\\b(?:remonter|remonte|remontee?s?|remontons|escalader|soumettre|soumis|soumise|renvoyee?s?|renvoyer|renvoie|renvoyons|transmise?s?|transmettre|porter|portee?s?)\\b.{0,30}\\b(?:au |a la |a l'|aux |a )(?:notre |nos )?{top}\\b",
    "\\b(?:le |la |l')?{top} (?:doit |devra |va |pourra )?(?:trancher|tranchera|arbitrer|arbitrera|decider|decidera|valider|validera|se prononcer|se prononcera|statuer|statuera|donner son (?:go|feu vert|accord|aval))\\b",
    "\\btant que (?:le |la |l')?{top} n'a pas (?:valide|tranche|decide|arbitre|donne)\\b",
    "\\ba (?:valider|trancher|arbitrer|decider|prendre|signer|approuver|faire valider) (?:par|avec) (?:le |la |l'|les |notre )?{top}\\b",
    "\\bquestions? (?:a poser |pour )(?:au |a la |a l'|aux |le |la |l')?{top}\\b|\\b(?:poser|demander|soumettre) (?:la question |le sujet )?(?:au |a la |a l'|aux )(?:notre )?{top}\\b",
    "\\ben (?:referer|refere) (?:au |a la |a l'|aux )?{top}\\b|\\bfaire (?:valider|arbitrer|trancher) par (?:le |la |l')?{top}\\b",
    "\\b(?:au|a la|a l') {top} de (?:trancher|decider|arbitrer|valider)\\b",
    "\\b(?:voir avec|valider avec|demander a) (?:le |la |l')?{top}\\b",
    // A disagreement handed upward without the word "escalade": "il faut que Marie tranche",
    // "on laisse le DG décider", "nous demandons à Marie de trancher", "à porter en CODIR".
    "\\bil faut (?:que |qu')(?:le |la |l')?{top} (?:tranche|arbitre|decide|valide|se prononce|statue)\\b",
    "\\blaiss\\w* (?:le |la |l')?{top} (?:decider|trancher|arbitrer|choisir)\\b",
    "\\bdemand\\w* (?:a |au |a la |a l')(?:notre )?{top} de (?:trancher|decider|arbitrer|valider|se prononcer|statuer|choisir)\\b",
    "\\bdecisions? a prendre (?:par|avec) (?:le |la |l')?{top}\\b",
    "\\b(?:porter|portee?s?|porte|remonter|remonte|soumettre|soumise?) (?:le sujet |la question |le point |ca |cela )?en {top}\\b",
    "\\b(?:a |au |a la |a l'|aux )(?:notre )?{top} pour (?:decision|arbitrage|validation|avis)\\b",
    "\\bbesoin d'(?:un |une )?(?:call|go|avis|arbitrage|decision|feu vert|ok|validation) (?:de |du |de la |de l'|d')?{top}\\b",
    "(?:->|→|:)\\s*(?:au |a la |a l'|a |pour (?:le |la |l')?){top}\\s*[.!]*$",
  ],
  pending:
    /\b(?:attend|attendons|attendent|attente|necessaire|requise?|besoin|faut|demander|solliciter|obtenir|manque|sans)\b/,
  requestTop: [
    "\\b(?:validation|accord|feu vert|go|aval|signature|ok|decision|avis)\\b (?:du |de la |de l'|des |de |d')?{top}\\b",
  ],
  priorityLabel: [
    /^(?:top )?(?:priorite|prio)s?\s*(?:absolue|principale|numero|n°|no\.?|#)?\s*\d*\s*[:\-–—]\s*\S/u,
    /^(?:priorite|prio) (?:n°|no|numero|#)?\s*\d+\b/u,
    /^p[0-3]\s*[:\-–—]\s*\S/,
    /^(?:objectif|okr|kr)s?\s*(?:n°|no\.?|numero|#)?\s*\d*\s*[:\-–—]\s*\S/u,
    /^(?:focus|cap)\b[^:]{0,25}:\s*\S/,
    /^(?:enjeux?|chantiers?|axes?|sujets?|projets?|dossiers?) (?:prioritaires?|cles?|strategiques?)\b[^:]{0,20}[:\-–—]\s*\S/u,
    /^(?:la |notre )?(?:priorite|prio) (?:absolue|numero un|principale|majeure|des priorites)\b/,
    // A list on one line under a qualified label: "Priorités du trimestre : a, b, c", "Focus Q1 = x".
    /^(?:(?:nos|les|mes|notre|nos \d+|les \d+)\s+)?(?:(?:\d+|deux|trois|quatre|cinq)\s+)?(?:grandes?\s+|vraies?\s+)?(?:priorites?|prios?|objectifs?|okrs?|focus|big rocks|chantiers? prioritaires?|axes? prioritaires?)\b[^:=]{0,30}[:=]\s*\S/,
    /^top\s*\d+\b[^:=]{0,25}[:=]\s*\S|^(?:q|t|s|h)\d\s+(?:focus|priorites?|objectifs?|okrs?)\b[^:=]{0,20}[:=]\s*\S/,
    // Stated in a sentence: "Notre priorité pour le trimestre est …", "Les trois priorités de l'année sont …".
    /\b(?:notre|nos|la|les|l'|ma|mes)\s*(?:(?:\d+|deux|trois|quatre|cinq|grandes?|vraies?)\s+)?(?:priorites?|priorite absolue|objectif principal|objectifs? prioritaires?)\b[^.;]{0,40}?\b(?:est|sont|reste|restent|sera|seront|demeure|demeurent)\b/,
    /\b(?:focus|priorites?|objectifs?) (?:du|de ce|pour (?:le|ce)) (?:trimestre|semestre|mois|an|annee|exercice)\b/,
  ],
  label:
    /^(?:decisions?|decide|actee?|valide|arbitrage|actions?|todo|to do|a faire|ai|(?:top )?priorites?|prio|p\d|objectifs?|okrs?|kr\d*|focus|responsable|qui|ap|choix|retenue?|conclusion|enjeux?|chantiers?)\b[^:\-–—]{0,12}?\s*[:\-–—]\s*/u,
  done: [
    /(?:^|[\s(:\-–—|,;/])(?:faite?s?|terminee?s?|close?s?|cloturee?s?|realisee?s?|livree?s?|resolue?s?|ok)\s*[.!)\]✅]*$/u,
    /^(?:fait|termine|clos|cloture|ok)\s*(?:[:.!✅–—-]|$)|\((?:fait|termine|clos|ok)\)/u,
    /\b(?:statut|etat)\s*:\s*(?:fait|termine|clos|ok|cloture|realise)\b/,
    /\b(?:terminee?s?|clos|cloturee?s?)\b/,
  ],
  notDone: [
    /\b(?:pas|non|toujours pas|pas encore|jamais) (?:faite?s?|terminee?s?|clos|cloturee?s?|realisee?s?|livree?s?|resolue?s?)\b/,
  ],
  deadlineCue:
    "(?:d'ici (?:a |au |le |la )?|avant (?:le |la )?|pour (?:le |la )?|au plus tard (?:le )?|deadline\\s*:?\\s*|echeance\\s*:?\\s*|date limite\\s*:?\\s*|sous )",
  positive: [
    "bravo",
    "félicitations",
    "bonne dynamique",
    "belle dynamique",
    "merci à",
    "merci pour",
    "satisfait",
    "satisfaits",
    "satisfaction",
    "ravi",
    "motivé",
    "motivation",
    "enthousiasme",
    "enthousiaste",
    "réussite",
    "succès",
    "super travail",
    "bon travail",
    "excellent",
    "constructif",
    "constructive",
    "dans les temps",
    "en avance",
    "bonne nouvelle",
    "fier",
    "fiers",
    "progrès",
    "bonne ambiance",
    "cohésion",
    "on avance bien",
    "belle avancée",
    "belles avancées",
  ],
  negators: ["pas", "aucun", "aucune", "sans", "ni", "zero", "manque", "peu"],
};

/** What the server side tells the user, in the user's language (Session.getActiveUserLocale). */

export type Lang = "fr" | "en";

export function userLang(): Lang {
  // "fr", "fr_CA", "en", "en_GB"…: anything French is French, the rest English.
  return Session.getActiveUserLocale().toLowerCase().startsWith("fr") ? "fr" : "en";
}

const TEXT = {
  noServiceUrl: {
    en: "Enter the Vigie service URL first.",
    fr: "Saisissez d'abord l'adresse du service Vigie.",
  },
  badServiceUrl: {
    en: "The service URL must start with https:// (no query string).",
    fr: "L'adresse du service doit commencer par https:// (sans paramètres).",
  },
  noToken: {
    en: "Google did not give an identity token: reopen the add-on and accept its permissions.",
    fr: "Google n'a pas fourni de jeton d'identité : rouvrez le module et acceptez ses autorisations.",
  },
  forbidden: {
    en: "Your account may not configure this company. Ask a Vigie admin to add your email to its assistants.",
    fr: "Votre compte ne peut pas configurer cette entreprise. Demandez à un administrateur Vigie d'ajouter votre e-mail aux assistants.",
  },
  unreachable: {
    en: "The Vigie service cannot be reached ({reason}). Check the URL and try again.",
    fr: "Le service Vigie est injoignable ({reason}). Vérifiez l'adresse et réessayez.",
  },
  failed: {
    en: "The Vigie service answered {status}. Try again in a minute.",
    fr: "Le service Vigie a répondu {status}. Réessayez dans une minute.",
  },
  noDirectory: {
    en: "The company directory cannot be read ({reason}).",
    fr: "L'annuaire de l'entreprise est illisible ({reason}).",
  },
  noTenant: {
    en: "Enter the company identifier your Vigie admin gave you (lower-case letters, digits, - or _).",
    fr: "Saisissez l'identifiant d'entreprise donné par votre administrateur Vigie (minuscules, chiffres, - ou _).",
  },
  notSavedYet: {
    en: "Save the configuration first: there is nothing to run yet.",
    fr: "Enregistrez d'abord la configuration : il n'y a encore rien à analyser.",
  },
  badNotionId: {
    en: "Not a Notion page or database id: paste its link again.",
    fr: "Ce n'est pas un identifiant de page ou de base Notion : recollez son lien.",
  },
} as const;

export type MessageKey = keyof typeof TEXT;

export function say(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return TEXT[key][userLang()].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** An error the sidebar shows as it is (the message is already in the user's language). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

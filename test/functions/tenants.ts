/** Two tenants of two companies, with their editors, as the add-on saves them. */
export function dupont(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "atelier-dupont",
    name: "Atelier Dupont SAS",
    timezone: "Europe/Paris",
    locale: "fr",
    ceo: "marie.dupont@atelier-dupont.fr",
    admins: ["marie.dupont@atelier-dupont.fr"],
    assistants: ["paul.martin@atelier-dupont.fr"],
    consultants: ["conseil@bricoles.fr"],
    rituals: [{ id: "codir", name: "CODIR", match: "codir", cadence: "weekly" }],
    ...extra,
  };
}

export function bricoles(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "bricoles",
    name: "Bricoles SARL",
    timezone: "America/Montreal",
    locale: "en",
    ceo: "ceo@bricoles.fr",
    admins: ["ceo@bricoles.fr"],
    rituals: [{ id: "leadership", name: "Leadership", match: "leadership", cadence: "weekly" }],
    ...extra,
  };
}

import { describe, expect, it } from "vitest";
import { normaliseUsers } from "../../../src/sources/google/directory.js";

const FILE = "google/directory/users.json";

const marie = {
  kind: "admin#directory#user",
  id: "1001",
  primaryEmail: "Marie.Dupont@atelier-dupont.fr",
  name: { givenName: "Marie", familyName: "Dupont", fullName: "Marie Dupont" },
  suspended: false,
  archived: false,
  creationTime: "2019-03-04T08:12:45.000Z",
  orgUnitPath: "/Direction/Lyon",
  organizations: [
    { name: "Atelier Dupont", department: "Ancien", primary: false },
    { name: "Atelier Dupont", title: "CEO", department: "Direction", primary: true },
  ],
  locations: [{ type: "desk", area: "desk", buildingId: "Lyon-Gerland", floorName: "2" }],
  relations: [
    { value: "assistant@atelier-dupont.fr", type: "assistant" },
    { value: "Board@atelier-dupont.fr", type: "manager" },
  ],
};

describe("normaliseUsers", () => {
  it("reads email, name, team, site, manager", () => {
    expect(normaliseUsers({ kind: "admin#directory#users", users: [marie] }, FILE)).toEqual([
      {
        email: "marie.dupont@atelier-dupont.fr",
        name: "Marie Dupont",
        team: "Direction",
        site: "Lyon-Gerland",
        manager: "board@atelier-dupont.fr",
        suspended: false,
        joined: "2019-03-04T08:12:45.000Z",
      },
    ]);
  });

  it("falls back to the first organization, the org unit's last part, and marks archived users", () => {
    const paul = {
      primaryEmail: "paul@atelier-dupont.fr",
      name: { givenName: "Paul", familyName: "Martin" },
      archived: true,
      orgUnitPath: "/Production/Nantes",
      organizations: [{ department: "Production" }],
    };
    expect(normaliseUsers({ users: [paul] }, FILE)[0]).toEqual({
      email: "paul@atelier-dupont.fr",
      name: "Paul Martin",
      team: "Production",
      site: "Nantes",
      manager: null,
      suspended: true,
    });
  });

  it("reads pages of responses and names the bad field of a bad user", () => {
    const pages = [
      { users: [marie], nextPageToken: "x" },
      { users: [{ ...marie, primaryEmail: undefined }] },
    ];
    expect(() => normaliseUsers(pages, FILE)).toThrow(
      `${FILE}: [1].users[0].primaryEmail: expected an email, got nothing`,
    );
    expect(normaliseUsers([{ users: [marie] }, { users: [] }], FILE)).toHaveLength(1);
  });

  it("reads a user with no organization, location or org unit as having no team nor site", () => {
    expect(normaliseUsers({ users: [{ primaryEmail: "x@a.fr" }] }, FILE)[0]).toMatchObject({
      name: "x@a.fr",
      team: null,
      site: null,
    });
  });
});

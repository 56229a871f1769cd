import pg from "pg";
import { describe, expect, it } from "vitest";
import { launchChromium, postgresUrl } from "../helpers/services.js";

describe("test services", () => {
  it("reaches the test PostgreSQL server", async () => {
    const client = new pg.Client({ connectionString: postgresUrl() });
    await client.connect();
    const { rows } = await client.query<{ n: number }>("select 1 + 1 as n");
    await client.end();
    expect(rows[0]?.n).toBe(2);
  });

  it("renders a page in Chromium", async () => {
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.setContent("<p id=x>bonjour</p>");
    expect(await page.textContent("#x")).toBe("bonjour");
    await browser.close();
  });
});

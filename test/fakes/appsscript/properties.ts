/**
 * PropertiesService: three stores (script, user, document), string values only (Apps Script
 * stores `String(value)`), `getProperty` null when absent, and a 9 KB value limit.
 */

const MAX_VALUE = 9 * 1024;

export class FakeProperties {
  private readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setProperty(key: string, value: unknown): FakeProperties {
    const text = String(value);
    if (text.length > MAX_VALUE) throw new Error("Argument too large: value");
    this.values.set(key, text);
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.values.delete(key);
    return this;
  }
  getKeys(): string[] {
    return [...this.values.keys()];
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    if (deleteAllOthers) this.values.clear();
    for (const [k, v] of Object.entries(props)) this.setProperty(k, v);
    return this;
  }
}

export class FakePropertiesService {
  readonly script = new FakeProperties();
  readonly user = new FakeProperties();
  readonly document = new FakeProperties();
  getScriptProperties(): FakeProperties {
    return this.script;
  }
  getUserProperties(): FakeProperties {
    return this.user;
  }
  /** Null outside a container-bound context, as in Apps Script. */
  getDocumentProperties(): FakeProperties {
    return this.document;
  }
}

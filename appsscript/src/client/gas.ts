/** google.script.run as a promise: the sidebar's only way to the server side. */

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google: { script: { run: Runner } };
  }
}

export function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = window.google.script.run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
    const fn = runner[name] as ((...a: unknown[]) => void) | undefined;
    if (typeof fn !== "function") {
      reject(new Error(`no server function ${name}`));
      return;
    }
    fn.apply(runner, args);
  });
}

/**
 * `POST {url}/config/run?tenant=ID`: "run now" from the add-on, for an admin or assistant of the tenant.
 * It asks for the run of the tenant's current page week — the last complete ISO week in its time zone,
 * the week `dispatch` sends once the schedule comes (an unfinished week is never run: its run would be
 * marked done and the real one skipped). One message is published exactly as `dispatch` publishes it;
 * the run's lease and its week row keep the effect once, however many times it is asked for. A week
 * already done is answered as such and nothing is sent (the contract has no "force").
 */
import { DateTime } from "luxon";
import { shiftWeek, weekOf } from "../../core/week.js";
import type { RunPublisher } from "../../upstream/pubsub/publisher.js";
import { lastRunOf } from "./config-handler.js";
import type { LastRun, RunNowReply } from "./contract.js";
import { type EditorDeps, editorOf } from "./editor.js";
import { HttpError, json, type ServiceRequest, type ServiceResponse } from "./http.js";

export interface RunNowDeps extends EditorDeps {
  publisher: () => Promise<RunPublisher>;
  now: () => Date;
}

export async function handleRunNow(req: ServiceRequest, deps: RunNowDeps): Promise<ServiceResponse> {
  if (req.method !== "POST")
    throw new HttpError(405, "method_not_allowed", `expected POST, got ${req.method}`);
  const { scoped, current } = await editorOf(req, deps);
  if (!current) {
    throw new HttpError(
      409,
      "no_config",
      `tenant "${scoped.tenantId}" has no saved configuration to run yet`,
    );
  }
  const week = pageWeek(current.tenant.timezone, deps.now());
  const run = await scoped.runs.get(week);
  if (run?.status === "done") {
    const reply: RunNowReply = { outcome: "already-done", run: lastRunOf(run) as LastRun };
    return json(200, reply);
  }
  const publisher = await deps.publisher();
  await publisher.publish([{ tenant: scoped.tenantId, week }]);
  const reply: RunNowReply = {
    outcome: "queued",
    run: { week, status: "queued", score: null, pageUrl: null, finishedAt: null, error: null },
  };
  return json(202, reply);
}

/** The last complete ISO week at `now` in `zone`. */
export function pageWeek(zone: string, now: Date): string {
  return shiftWeek(weekOf(DateTime.fromJSDate(now), zone), -1).id;
}

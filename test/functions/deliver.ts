/** A Pub/Sub message delivered to a CloudEvent function as Eventarc does: binary-mode CloudEvent over HTTP. */
import { randomUUID } from "node:crypto";
import type { Harness } from "./harness.js";

export async function deliver(h: Harness, message: unknown, messageId = randomUUID()) {
  const data = Buffer.from(typeof message === "string" ? message : JSON.stringify(message)).toString(
    "base64",
  );
  return h.call("runTenant", {
    method: "POST",
    headers: {
      "ce-id": messageId,
      "ce-specversion": "1.0",
      "ce-type": "google.cloud.pubsub.topic.v1.messagePublished",
      "ce-source": "//pubsub.googleapis.com/projects/local/topics/vigie-runs",
    },
    body: {
      message: { data, messageId, publishTime: new Date().toISOString(), attributes: {} },
      subscription: "projects/local/subscriptions/vigie-runs-push",
    },
  });
}

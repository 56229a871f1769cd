/**
 * Publishes one "run this tenant-week" message per due tenant to the runs topic, with
 * `@google-cloud/pubsub` (imported only by `dispatch`). The message is small JSON — tenant id and ISO
 * week, nothing personal — and the same two values as attributes, so a subscription can filter.
 *
 * `VIGIE_PUBSUB_ENDPOINT` points the client at a local fake over its HTTP/REST transport (never set
 * in production, where the client talks gRPC to Google).
 */
import { UpstreamError } from "../../core/errors.js";
import { localTransport } from "../secrets/secrets.js";

export const ENV_PUBSUB_ENDPOINT = "VIGIE_PUBSUB_ENDPOINT";

export interface RunMessage {
  tenant: string;
  week: string;
}

export interface RunPublisher {
  /** Resolves with one message id per message, in order; rejects when any was not accepted. */
  publish(messages: RunMessage[]): Promise<string[]>;
  close(): Promise<void>;
}

export interface PubSubPublisherOptions {
  /** Topic name (`vigie-runs`) or full resource name. */
  topic: string;
  /** Default: the client's (metadata server or credentials). */
  projectId?: string;
  /** A local fake's URL; see `ENV_PUBSUB_ENDPOINT`. */
  endpoint?: string;
}

export async function createPubSubPublisher(o: PubSubPublisherOptions): Promise<RunPublisher> {
  const { PubSub } = await import("@google-cloud/pubsub");
  const transport = o.endpoint ? await localTransport(o.endpoint) : {};
  const client = new PubSub({
    ...transport,
    ...(o.projectId ? { projectId: o.projectId } : {}),
  } as ConstructorParameters<typeof PubSub>[0]);
  // One batch per dispatch: an hourly fan-out of at most a few hundred small messages.
  const topic = client.topic(o.topic, { batching: { maxMessages: 100, maxMilliseconds: 20 } });
  return {
    async publish(messages) {
      try {
        return await Promise.all(
          messages.map((m) =>
            topic.publishMessage({ json: m, attributes: { tenant: m.tenant, week: m.week } }),
          ),
        );
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        // gRPC codes 4 (deadline), 8 (exhausted), 13 (internal), 14 (unavailable) are worth a retry.
        const retryable = [4, 8, 13, 14].includes(Number(code));
        throw new UpstreamError(
          `Pub/Sub publish to ${o.topic} failed (code ${String(code ?? "?")})`,
          "pubsub",
          null,
          retryable,
        );
      }
    },
    close: () => client.close(),
  };
}

import { actionFollowthrough } from "./signals/action-followthrough.js";
import { ceoEscalation } from "./signals/ceo-escalation.js";
import { meetingInflation } from "./signals/meeting-inflation.js";
import { missingDecisions } from "./signals/missing-decisions.js";
import { negativeSentiment } from "./signals/negative-sentiment.js";
import { participationDecline } from "./signals/participation-decline.js";
import { priorityChurn } from "./signals/priority-churn.js";
import { ritualDrift } from "./signals/ritual-drift.js";
import { silo } from "./signals/silo.js";
import { strategyExecutionGap } from "./signals/strategy-execution-gap.js";
import type { Detector } from "./signals/types.js";

/** The signal catalogue (SPEC), in the order the report lists it. */
export const DETECTORS: readonly Detector[] = [
  meetingInflation,
  missingDecisions,
  ceoEscalation,
  ritualDrift,
  participationDecline,
  silo,
  priorityChurn,
  actionFollowthrough,
  negativeSentiment,
  strategyExecutionGap,
];

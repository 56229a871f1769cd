/**
 * English markers, for English notes and for the English words French notes borrow.
 * Patterns match folded lower-case text; minutes-style phrasing ("Jane to send the deck",
 * "AI: …", "Outcomes") is as common as full sentences.
 */
import { type Lexicon, TAIL } from "./lexicon-types.js";

const heading = (label: string) => new RegExp(`^(?:${label})${TAIL}$`);

export const EN: Lexicon = {
  sections: {
    decision: [
      heading("(?:key |main |final )?(?:decisions?|outcomes?)(?: (?:made|taken|agreed|reached))?"),
      heading("(?:what we (?:decided|agreed)|agreed|agreements|resolutions|conclusions)"),
      /^(?:we (?:have )?(?:decided|agreed)|it was (?:decided|agreed))(?: that| to| on)?$/,
    ],
    escalation: [
      heading(
        "(?:(?:items?|topics?|points?|questions?) )?(?:to escalate|for escalation|for (?:the )?ceo|for leadership|needing arbitration)",
      ),
      heading("escalations?"),
    ],
    action: [
      heading(
        "(?:action items?|actions?|next steps?|to ?-?dos?|follow[ -]?ups?|tasks|action plan|who does what)",
      ),
    ],
    priority: [
      heading(
        "(?:(?:our|top|key|the|main|\\d+|our \\d+|top \\d+|current|big) )?(?:priorities|priority list|focus areas?|focus)",
      ),
      heading(
        "(?:(?:our |the )?top ?\\d+|okrs?|objectives|goals|key results|must[- ]haves?|big rocks|non[- ]negotiables)",
      ),
      heading(
        "(?:q\\d|h\\d|fy ?\\d*|\\d{4}|quarterly|annual|yearly|sprint|team) (?:goals|objectives|okrs|priorities)",
      ),
    ],
    open: [
      heading(
        "(?:open (?:questions?|items?|points?|topics?|issues?)|parking lot|parked|pending (?:decisions?|items?)|undecided)",
      ),
    ],
  },
  decision: [
    /^(?:decisions?|decided|agreed|approved|resolution|resolved|outcome|conclusion|verdict|confirmed|selected|chosen|settled|ruling|final (?:call|decision|answer)|call made|go decision)\b[^:]{0,30}[:\-–—]\s*\S/,
    /^(?:signed[- ]off|ratified|endorsed|adopted)\b|\bsigned[- ]off (?:by|on)\b|\b(?:no[- ])?go decision\b|^go ?\/ ?no[- ]?go\s*:\s*go\b/,
    /\b(?:we'll|we will|we're going to|we are going to|let's|we) go (?:with|for|ahead)\b|\bgoing ahead\b|\b(?:we're|we are) going with\b/,
    /\bconsensus (?:reached|on|to|that)\b|\breached (?:a |an )?(?:consensus|agreement|decision)\b/,
    /\b(?:board|team|committee|leadership|ceo|everyone|all|management|exec\w*|group|client|founders?) (?:has |have |all |unanimously )?(?:approved|agreed|decided|signed off|ratified|endorsed|chose|selected|settled on|voted)\b/,
    /\b(?:selected|chosen|picked|retained|ratified|signed off)\s*[.!✅]*$/u,
    /^(?:approved|agreed|decided|signed off)\s*[.!✅]*$/u,
    /\bwe (?:have |all )?(?:decided|agreed|approved|chose|settled on|signed off|went with|are going with)\b/,
    /\b(?:it was|it's|it is|was|were|has been|have been) (?:agreed|decided|approved|signed off)\b/,
    /\b(?:decided to|agreed (?:to|that|on)|decision (?:made|taken)|green ?-?light(?:ed)?|green-?lit|go-ahead)\b/,
    /^(?:approved|sign-?off on|go for|go ahead with)\b/,
    /\bwe (?:approve|validate|confirm|adopt|ratify|endorse)\b|^ok (?:on|for|with)\b|\bas (?:decided|agreed)\b/,
    /^final (?:choice|call|pick)\s*[:\-–—]\s*\S/,
    // A verdict closing a terse line: "offsite Lisbon - confirmed", "HubSpot: go".
    /\S\s*(?:[:\-–—;]|->|→)\s*(?:confirmed|agreed|approved|validated|signed off|go)\s*[.!✅]*$/u,
  ],
  undecided: [
    /\b(?:no|without|not a) (?:[a-z]+ )?(?:decisions?|consensus|conclusion|agreement|outcome|resolution)\b/,
    /^(?:status\s*:\s*)?(?:open|pending|undecided|unresolved|on hold)\s*[.!]*$|:\s*(?:open|pending|unresolved|on hold)\s*[.!]*$/,
    /\b(?:still |remains? )?under (?:discussion|consideration|debate)\b|\bstill under review\b|\binconclusive\b|\bunresolved\b/,
    /\b(?:left|leave|leaving|kept|keep) (?:it |this |that )?(?:open|pending|hanging|unresolved)\b/,
    /\b(?:couldn't|could not|didn't|did not|can't|cannot|failed to|unable to) (?:agree|decide|reach|conclude|settle|align)\b/,
    /\bneeds? (?:more|further) (?:discussion|thought|analysis|work)\b|\b(?:carried|rolled) over\b/,
    /\bnothing (?:was )?(?:decided|agreed)\b/,
    /^(?:decisions?|outcomes?)\b[^:]{0,30}:\s*(?:none|nil|nothing\b.*|n\/?a|tbd|no\b.*|-+|—|–|\?+|\.\.\.|…)\s*[.!]*$/u,
    /\b(?:decisions?|call|vote|sign-?off|approval|topic|item|choice)\b.{0,40}\b(?:deferred|postponed|pushed(?: back| out| to)?|delayed|on hold|parked|bumped)\b/,
    /\b(?:deferred|postponed|tabled|on hold|parked)\b/,
    /\b(?:tbd|tbc)\b|\bto be (?:decided|determined|confirmed|continued|discussed)\b/,
    /\b(?:still|remains?) (?:open|unresolved|undecided|pending)\b|\bopen question\b|\bundecided\b/,
    /\bnot (?:yet )?(?:decided|agreed|settled|selected|chosen|approved|confirmed)\b|\b(?:revisit|circle back|pick (?:this|it) up)\b/,
    /\b(?:pending|awaiting|waiting (?:for|on)) (?:a |the )?(?:decision|sign-?off|approval)\b/,
  ],
  actionLabel: [
    /^(?:action(?: items?| points?)?s?|ai|ap|todo|to-?do|next step|follow[ -]?up)\s*(?:\([^)]*\))?\s*[:\-–—]\s*\S/,
    /\b(?:owner|assignee|assigned to|who)\s*:\s*\S/,
  ],
  actionCue: [
    /\b(?:we need to|we'll|we will|need to|needs to|to follow up|will follow up|assigned to|in charge of|takes? the lead)\b/,
  ],
  // "Review of the pricing page", "Schedule is tight": a following verb or "of" makes it a noun.
  taskVerb:
    /^(?:please )?(?:send|resend|e-?mail|call|ping|chase|book|schedule|follow up|reach out|circulate|set up|prepare|prep|update|draft|write|share|check|review|fix|organi[sz]e|contact|confirm|finali[sz]e|create|plan|arrange|order|sort out|look into|investigate|ask|get|test|deploy|publish|submit|sign|collect|gather|clean up|reply|respond|invite|remind|coordinate|find|hire|loop in|run|build|produce|validate)\b(?!\s+(?:is|was|are|were|has|had|of|went|looks|seems|slipped|ran|did)\b)/,
  todoVerb:
    /^(?:please )?(?:send|resend|ping|chase|book|follow up|reach out|circulate|set up|remind|invite|reply|draft|loop in)\b(?!\s+(?:is|was|are|were|has|had|of|went|looks|seems|slipped|ran|did)\b)/,
  escalation: [
    /\bescalat\w*/,
    /\b(?:needs?|requires?|pending|awaiting|waiting (?:for|on)) (?:an? )?arbitration\b/,
  ],
  top: "(?:ceo|md|managing director|elt|slt|exco|founders?|leadership(?: team)?|exec(?:utive)?s?(?: team)?|board|top management|senior management|c-?suite)",
  escalationTop: [
    "\\b(?:needs?|requires?|pending|awaiting|waiting (?:for|on)|subject to) (?:the )?{top}(?:'s)? (?:sign-?off|approval|decision|call|go|input|arbitration|ok)\\b",
    "\\b{top}(?:'s)? (?:sign-?off|approval|decision|call|arbitration) (?:needed|required|pending)\\b",
    "\\b{top} (?:to|should|must|will|needs to) (?:decide|arbitrate|approve|sign off|make the call|weigh in|rule)\\b",
    "\\b(?:raise|raised|raising|take|taken|taking|bring|brought|bringing|push|pushed|pushing|kick|kicked|kicking|escalate|flag|flagged|flagging|refer|referred|referring|hand|handed|pass|passed|defer|deferring)\\b(?: [\\w'-]+){0,3}?(?: up)? (?:with|to|at) (?:the )?{top}\\b",
    "\\buntil (?:the )?{top} (?:weighs in|decides|signs off|approves|makes the call|rules)\\b",
    "\\bfor (?:the )?{top}(?:'s)? (?:decision|arbitration|call|sign-?off|approval)\\b",
    "^(?:the )?{top}(?:'s)? call\\b|\\b(?:it's|it is|that's|this is) (?:the |a )?{top}(?:'s)? (?:call|decision)\\b",
    // A disagreement handed upward without the word "escalate": "Sarah has to arbitrate",
    // "we are asking Sarah to decide", "leaving it to the CEO", "the question goes to the CEO".
    "\\b{top} (?:has to|have to|will have to|is to|needs to|must|should|will|to) (?:decide|arbitrate|make the call|pick|choose|settle|rule|weigh in)\\b",
    "\\b(?:ask|asks|asking|asked) (?:the )?{top} to (?:decide|arbitrate|make the call|weigh in|rule|settle|pick|choose)\\b",
    "\\bleav\\w* (?:it|this|that|the (?:call|decision|choice)) (?:up )?(?:to|with) (?:the )?{top}\\b",
    "\\b(?:go|goes|going) (?:up )?to (?:the )?{top}\\b",
    "\\bto (?:the )?{top} for (?:a |the )?(?:decision|arbitration|call|sign-?off|approval)\\b",
    "(?:->|→|:)\\s*(?:to |for )(?:the )?{top}\\s*[.!]*$",
  ],
  pending: /\b(?:needs?|needed|required|requires?|pending|awaiting|waiting|wait|without|ask|asking)\b/,
  requestTop: ["\\b(?:approval|sign-?off|go-ahead|green light|ok|decision) (?:from|of|by) (?:the )?{top}\\b"],
  priorityLabel: [
    /^(?:top )?priority\s*(?:#|no\.?|number)?\s*\d*\s*[:\-–—]\s*\S/,
    /^priority (?:#|no\.?|number)?\s*\d+\b/,
    /^(?:objective|goal|okr|kr)\s*\d*\s*[:\-–—]\s*\S/,
    /^focus\b[^:]{0,25}:\s*\S|^must[- ]haves?\s*[:\-–—]\s*\S|^p[0-3]\b/,
    /^(?:#|no\.?\s*|number )?\d+ priority\b/,
    /^(?:main|key|top|highest|first|biggest|number one|#1|no\.? ?1|overriding|absolute) priority\b[^:]{0,25}(?:[:\-–—]|\bis\b)\s*\S/,
    // A list on one line under a qualified label: "Priorities for the quarter: a, b, c", "Q2 focus: x".
    /^(?:(?:our|the|this|current)\s+)?(?:(?:\d+|two|three|four|five|top\s*\d+)\s+)?(?:priorities|focus(?: areas?)?|objectives?|goals?|okrs?|big rocks|must[- ]haves?)\b[^:=]{0,30}[:=]\s*\S/,
    /^top\s*\d+\b[^:=]{0,25}[:=]\s*\S|^(?:q|h)\d\s+(?:focus|priorities|objectives?|goals?|okrs?)\b[^:=]{0,20}[:=]\s*\S/,
    // Stated in a sentence: "Our priority for the quarter is …", "This year's three priorities are …".
    /\b(?:our|the|this year's|this quarter's|my)\s+(?:(?:\d+|two|three|four|five|main|top|key|number one|biggest|overriding|absolute)\s+)*(?:priorities|priority)\b[^.;]{0,40}?\b(?:is|are|remains?|will be|stays?)\b/,
    /\b(?:main|key|primary) (?:goal|objective) (?:for|of) (?:the |this )?(?:quarter|half-year|half|year|month|semester|q\d|h\d)\b/,
    /\b(?:focus|priorities|goals|objectives) (?:for|of) (?:the |this )?(?:quarter|half-year|year|month|q\d|h\d)\b/,
  ],
  label:
    /^(?:decisions?|decided|agreed|approved|outcome|action(?: items?)?|ai|to-?do|next steps?|follow[ -]?up|(?:top )?priority|objective|goal|okr|kr\d*|focus|owner|ap|resolved|outcome|confirmed|must[- ]haves?|(?:main|key|highest) priority)\b[^:\-–—]{0,12}?\s*[:\-–—]\s*/,
  done: [
    /(?:^|[\s(:\-–—|,;/])(?:done|closed|completed|complete|finished|resolved|shipped|delivered)\s*[.!)\]✅]*$/u,
    /^(?:done|closed|completed)\b|\((?:done|closed|completed)\)/,
    /\bstatus\s*:\s*(?:done|closed|completed|complete|finished|resolved)\b/,
    /\b(?:was|were|has been|have been|is|are) (?:done|closed|completed|finished|resolved)\b/,
  ],
  notDone: [
    /\b(?:not|not yet|never|yet to be|to be|still not|be) (?:done|closed|completed|complete|finished|resolved)\b/,
    /\bwell done\b/,
  ],
  deadlineCue:
    "(?:by (?:the )?|before (?:the )?|due (?:on |by )?:?\\s*|no later than |until |deadline\\s*:?\\s*|within )",
  positive: [
    "well done",
    "great progress",
    "good progress",
    "great job",
    "good job",
    "great work",
    "kudos",
    "congrats",
    "congratulations",
    "thanks to",
    "thank you",
    "on track",
    "motivated",
    "motivation",
    "satisfied",
    "pleased",
    "proud",
    "excellent",
    "success",
    "successful",
    "good momentum",
    "great momentum",
    "engaged",
    "enthusiastic",
    "constructive",
    "ahead of schedule",
    "good news",
  ],
  negators: ["not", "no", "without", "lack", "lacking", "little", "never"],
};

"""The attribution lexicon: verbs and phrases that introduce speech, and its channels."""

from __future__ import annotations

import re

# Lemmas of verbs that attribute words to a source ("said", "told Reuters", "vowed that").
SPEECH_VERBS = frozenset({
    "acknowledge", "add", "admit", "allege", "announce", "argue", "assert", "say", "tell",
    "claim", "comment", "complain", "concede", "conclude", "confirm", "contend", "declare",
    "deny", "describe", "emphasize", "emphasise", "estimate", "explain", "insist", "indicate",
    "maintain", "mention", "note", "observe", "predict", "promise", "recall", "remark",
    "reply", "report", "respond", "reveal", "state", "stress", "suggest", "testify",
    "tweet", "urge", "vow", "warn", "write", "ask", "caution", "pledge", "threaten",
    "speak", "recount", "agree", "accuse", "boast", "charge", "continue", "counter",
    "demand", "disclose", "post", "reiterate", "retort", "joke", "scoff", "quip", "shout",
    "whisper", "yell", "thunder", "lament", "question", "wonder", "underline", "underscore",
})
# Verbs that only attribute when they govern a clause or a quote ("continued", "added").
WEAK_SPEECH_VERBS = frozenset({"continue", "add", "ask", "question", "post", "write", "speak"})

# Multi-word cues that take the source as their object.
ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)

# How the words reached the reporter, as the text says it.
CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Twitter", re.compile(r"\b(?:on|via|in a post on|in a tweet on) (?:his |her |their |its "
                           r"|the )?(?:official )?(?:Twitter|X)(?: account)?\b|\btweet(?:ed|s)?\b",
                           re.IGNORECASE)),
    ("Facebook", re.compile(r"\bon (?:his |her |their |its )?(?:official )?Facebook\b",
                            re.IGNORECASE)),
    ("telephone", re.compile(r"\bby (?:tele)?phone\b|\bin a (?:tele)?phone (?:call|interview)\b"
                             r"|\bover the phone\b", re.IGNORECASE)),
    ("news briefing", re.compile(r"\b(?:at|during|told) a (?:news |press )?(?:briefing|conference)"
                                 r"\b", re.IGNORECASE)),
    ("statement", re.compile(r"\bin a (?:written |joint )?statement\b|\bstatement said\b",
                             re.IGNORECASE)),
    ("interview", re.compile(r"\bin an interview\b|\btold (?:Reuters|the AP|AFP|reporters)\b",
                             re.IGNORECASE)),
    ("email", re.compile(r"\bin an e-?mail\b|\bby e-?mail\b", re.IGNORECASE)),
)


def channel_of(text: str) -> str | None:
    """The channel named in an attribution clause, if any."""
    for name, pattern in CHANNELS:
        if pattern.search(text):
            return name
    return None

"""The attribution lexicon: the words that introduce speech, the channels it came by, and the
closed-class words speaker resolution needs (pronouns, gendered nouns and honorifics)."""

from __future__ import annotations

import re

# Lemmas of verbs that attribute words to a source ("said", "told Reuters", "vowed that").
SPEECH_VERBS = frozenset({
    "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege", "announce", "answer",
    "argue", "ask", "assert", "assure", "boast", "brag", "caution", "charge", "claim",
    "comment", "complain", "concede", "conclude", "confirm", "contend", "continue", "counter",
    "cry", "declare", "demand", "deny", "disclose", "emphasise", "emphasize", "estimate",
    "exclaim", "explain", "fume", "groan", "grumble", "insist", "indicate", "inform",
    "instruct", "interject", "joke", "lament", "maintain", "mention", "mutter", "note",
    "object", "observe", "order", "plead", "pledge", "post", "predict", "proclaim", "promise",
    "protest", "quip", "rage", "rant", "read", "reason", "recall", "recount", "reiterate",
    "remark", "remind", "repeat", "reply", "report", "respond", "retort", "reveal", "say",
    "scoff", "scream", "shout", "sigh", "snap", "speak", "state", "stress", "suggest", "swear",
    "taunt", "tell", "testify", "thunder", "tweet", "underline", "underscore", "urge", "vow",
    "warn", "whisper", "wonder", "write", "yell", "threaten", "elaborate", "opine", "clarify",
    "concur", "reflect", "summarize", "summarise", "surmise", "posit", "volunteer",
})
# Verbs that attribute a quote they govern, however short, but report no speech of their
# own: labels, appraisals and attitudes ("called it “a disaster”", "hailed the vote as
# “fantastic”", "believes in journalism that “takes sides”").
QUOTING_VERBS = frozenset({
    "call", "dub", "label", "brand", "term", "nickname", "describe", "characterize",
    "characterise", "refer", "name", "hail", "decry", "blame", "praise", "slam", "blast",
    "criticize", "criticise", "attack", "defend", "denounce", "condemn", "ridicule", "deride",
    "applaud", "laud", "thank", "congratulate", "lambast", "chide", "scold", "challenge",
    "believe", "think", "feel", "fear", "consider", "echo", "boom", "muse", "ponder",
    "marvel", "gush", "rail", "bemoan", "quote", "cite", "recite", "sing", "tease", "rip",
    "express", "vent", "beg", "cheer", "chant", "preach", "pray", "wish", "accuse", "mock",
    "dismiss", "tout", "question", "signal", "mourn", "bark", "growl", "holler", "roar",
    "bellow", "murmur", "hint", "jab", "imagine", "recommend", "propose", "implore",
})
# Particles with which "call" does not attribute words ("called off", "called in").
NOT_LABELLING = frozenset({"off", "in", "up", "back"})
# Light verbs that attribute through a speech noun ("made the point that …", "issued a
# statement").
LIGHT_VERBS = frozenset({"make", "issue", "release", "post", "send", "publish", "deliver",
                         "give", "offer", "put"})
# Verbs that put out a medium whose words are the subject's ("released a video that said …",
# "ran a piece that noted …").
PUBLISHING_VERBS = frozenset({"release", "publish", "post", "issue", "send", "run", "air",
                              "email", "e-mail", "tweet", "circulate", "distribute", "launch",
                              "unveil"})
# Verb + particle cues ("went on", "pointed out", "fired back").
PHRASAL_CUES = frozenset({
    ("go", "on"), ("point", "out"), ("fire", "back"), ("shoot", "back"), ("hit", "back"),
    ("chime", "in"), ("weigh", "in"), ("speak", "out"), ("lash", "out"), ("write", "back"),
    ("sum", "up"), ("spell", "out"), ("cry", "out"), ("call", "out"),
})
# Directive and commissive verbs, whose infinitive complement is what was said
# ("urged residents to stay inside", "vowed to retake the city").
DIRECTIVE_VERBS = frozenset({
    "urge", "ask", "tell", "order", "instruct", "advise", "warn", "appeal", "plead",
    "vow", "promise", "pledge", "threaten", "swear", "demand", "encourage", "implore",
})
# Governors under which a speech verb reports nothing ("declining to say", "refused to
# confirm", "would not comment").
SILENCING_VERBS = frozenset({
    "decline", "refuse", "fail", "hesitate", "avoid", "stop", "forbid", "prevent", "want",
    "expect", "plan", "hope", "try", "begin", "start", "need", "dare",
})
# Nouns that carry attributed words in place of a verb ("issued a statement", "made the
# point that …", "a message reading …").
SPEECH_NOUNS = frozenset({
    "statement", "tweet", "post", "message", "letter", "remark", "comment", "speech",
    "interview", "release", "email", "e-mail", "announcement", "word", "point", "case",
    "argument", "claim", "warning", "appeal", "plea", "promise", "pledge", "vow", "joke",
    "observation", "assurance", "reply", "response", "answer", "testimony", "address",
    "quote", "phrase", "slogan", "motto", "mantra", "dictum", "quip",
})

# Nouns that credit what a sentence says to someone, as "according to" does: "in Bolton’s view",
# "in the words of Senator Corker".
VIEW_NOUNS = frozenset({"view", "words", "opinion", "estimation"})

# How the words reached the reporter, as the text says it.
CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Twitter", re.compile(r"\b(?:on|via|in a (?:post|message) on|in a tweet on) (?:his |her "
                           r"|their |its |the )?(?:official |verified )?(?:Twitter|X)"
                           r"(?: account| feed)?\b|\btweet(?:ed|s)?\b|\bin a tweet\b",
                           re.IGNORECASE)),
    ("Facebook", re.compile(r"\bon (?:his |her |their |its )?(?:official )?Facebook\b",
                            re.IGNORECASE)),
    ("telephone", re.compile(r"\bby (?:tele)?phone\b|\bin a (?:tele)?phone (?:call|interview)\b"
                             r"|\bover the (?:tele)?phone\b|\bon the (?:tele)?phone\b",
                             re.IGNORECASE)),
    ("news briefing", re.compile(r"\b(?:at|during|told|in) an? (?:news |press |media )?"
                                 r"(?:briefing|conference)\b", re.IGNORECASE)),
    ("statement", re.compile(r"\bin an? (?:written |joint |emailed |e-mailed |brief )?"
                             r"statement\b|\bstatement (?:said|read)\b", re.IGNORECASE)),
    ("email", re.compile(r"\bin an e-?mail\b|\bby e-?mail\b", re.IGNORECASE)),
    ("interview", re.compile(r"\bin an? (?:\w+ )?interview\b|\btold (?:Reuters|the AP"
                             r"|the Associated Press|AFP|reporters|journalists)\b",
                             re.IGNORECASE)),
    ("speech", re.compile(r"\bin an? (?:\w+ )?(?:speech|address)\b|\bat a (?:\w+ )?(?:rally"
                          r"|event|meeting|hearing|forum)\b", re.IGNORECASE)),
)

# Pronouns that may stand for a speaker, with what they can refer to.
# With the possessives, which own a speech noun ("his statement", "in their view").
PERSON_PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female",
                   "his": "male"}
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
DEMONSTRATIVES = frozenset({"this", "these", "those"})
# Gendered pronouns as evidence of a person's gender ("Safraz said he was prepared").
GENDERED_PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}
# Courtesy titles: they say a person's gender, not a role ("Mr. Burman" holds no office).
HONORIFICS = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "mx": None}
# Nouns and honorifics whose gender the text states ("spokeswoman Katy Bondy", "Mr. Burman").
GENDERED_NOUNS = {
    "spokesman": "male", "spokeswoman": "female", "chairman": "male", "chairwoman": "female",
    "congressman": "male", "congresswoman": "female", "businessman": "male",
    "businesswoman": "female", "husband": "male", "wife": "female", "father": "male",
    "mother": "female", "son": "male", "daughter": "female", "brother": "male",
    "sister": "female", "king": "male", "queen": "female", "prince": "male",
    "princess": "female", "man": "male", "woman": "female", "boy": "male", "girl": "female",
    "grandfather": "male", "grandmother": "female", "uncle": "male", "aunt": "female",
    "nephew": "male", "niece": "female", "actor": "male", "actress": "female",
    "councilman": "male", "councilwoman": "female", "widow": "female", "widower": "male",
    "anchorman": "male", "anchorwoman": "female", "policeman": "male", "policewoman": "female",
    "sir": "male", "dame": "female", "lord": "male", "lady": "female", "boyfriend": "male",
    "girlfriend": "female", "fiance": "male", "fiancee": "female", "fiancé": "male",
    "fiancée": "female",
    **{word: gender for word, gender in HONORIFICS.items() if gender},
}


def channel_of(text: str) -> str | None:
    """The channel named in an attribution clause, if any."""
    for name, pattern in CHANNELS:
        if pattern.search(text):
            return name
    return None

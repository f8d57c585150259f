"""Roles as the text states them: appositives, pre-modifiers, titles and `X is the Y of Z`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aliases import acronym_letters, is_name_suffix, is_title
from .cues import GENDERED_NOUNS, HONORIFICS
from .model import Role, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

# Clauses that describe a role's holder rather than the role ("…, who was visiting Kunduz").
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
_NUMERIC = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
MAX_WORDS = 15  # longer "roles" are clauses the parser attached by mistake
# Verbs whose first object is whom they address: "told police", "asked reporters".
_ADDRESSING_VERBS = frozenset({"tell", "ask", "inform", "warn", "notify", "assure", "remind"})
# Role nouns that only a person holds: nameparser's titles, and the -man/-woman/-person words.
_PERSON_NOUN = re.compile(r"(?:man|woman|person|men|women|people)$", re.IGNORECASE)


def is_person_noun(token: Token) -> bool:
    """`spokesman`, `President`, `CEO`: a noun that names a person's role."""
    return token.pos_ in ("NOUN", "PROPN") and (
        is_title(token.lemma_) or bool(_PERSON_NOUN.search(token.lemma_)))


def listed_apposition(token: Token) -> bool:
    """`the Board, the Commission, two officers and three inspectors`: a list of names the
    parser read as appositions, one to the next, ending in "and" or "or". Its items are no
    roles; `DiPietro, the club's president and general manager` names one person, and a
    bracket (`Ted Cruz (R-TX)`) holds no list."""
    doc = token.doc
    if token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == "(":
        return False
    chain = [token]
    while chain[-1].dep_ == "appos" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    below = token
    while (below := next((c for c in below.children if c.dep_ == "appos"), None)) is not None:
        chain.append(below)
    named = sum(t.ent_type_ in ("PERSON", "ORG", "GPE") for t in chain)
    # "Mitch McConnell, the majority leader; Tim Scott, the Senate's only African-American
    # Republican; and Marco Rubio": semicolons part the items, commas give their roles.
    first, last = min(t.i for t in chain), max(t.i for t in chain)
    if any(t.text == ";" for t in doc[first:last + 1]):
        return False
    return sum(t.dep_ == "appos" for t in chain) >= 2 and named >= 2 and any(
        c.dep_ == "cc" and c.lower_ in ("and", "or") for t in chain for c in t.children)


def next_to_person_noun(name: DocSpan) -> bool:
    """ "his mother Michelle", "girlfriend Olivia": a name right after a lower-case noun that
    says who a person is (to someone), the one joined to the other."""
    if name.start == 0:
        return False
    before = name.doc[name.start - 1]
    return (before.is_lower and before.lower_ in GENDERED_NOUNS
            and (name.root.head.i == before.i or (before.dep_ == "compound"
                                                  and name.start <= before.head.i < name.end)))


def _span(doc_span: DocSpan) -> Span | None:
    """The character span of tokens less leading articles and trailing punctuation."""
    tokens = list(doc_span)
    # "NEW YORK - Republican presidential candidate": a spaced dash ends a dateline or an aside
    # before the role ("U.S.-led" has no space).
    dashes = [n for n, t in enumerate(tokens[1:], 1)
              if t.text in ("-", "--", "–", "—") and tokens[n - 1].whitespace_]
    if dashes:
        tokens = tokens[dashes[-1] + 1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"
                      or tokens[-1].tag_ == "POS"):
        tokens.pop()
    while tokens and ((tokens[0].dep_ == "det" and tokens[0].pos_ == "DET")
                      or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    # "Today", "this year's", "x86": times and numbers are no role; "(WWDC)" is a name.
    if not any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NUMERIC
               and not any(c.isdigit() for c in t.text) for t in tokens):
        return None
    if len(tokens) == 1 and acronym_letters(tokens[0].text):
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _phrase(head: Token, stop: int | None = None) -> Span | None:
    """The noun phrase of `head`, without clauses that describe its holder."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    for token in head.subtree:
        if token.i > head.i and (token.dep_ in _CLAUSE_DEPS or token.dep_ == "appos"):
            end = min(end, token.left_edge.i)
    if stop is not None:
        end = min(end, stop)
    # A comma inside closes an appositive the parser ran on ("…, Murad Ali Murad, defended").
    for token in head.doc[head.i:end]:
        if token.text == "," and token.i > head.i:
            end = token.i
            break
    return _span(head.doc[start:end])


def _comma_phrase(name: DocSpan) -> Span | None:
    """`Name, a spokesman for Kunduz police, said`: the appositive the parser missed."""
    doc = name.doc
    if name.end + 2 >= len(doc) or doc[name.end].text != ",":
        return None
    first = doc[name.end + 1]
    if not (first.pos_ in ("DET", "ADJ", "NOUN") and first.is_lower):
        return None
    # The sentence's end, found by walking: `Span.sent` scans the whole document.
    sentence_end = name.end + 1
    while sentence_end < min(len(doc), name.end + MAX_WORDS) and not doc[
            sentence_end].is_sent_start:
        sentence_end += 1
    for token in doc[name.end + 1:sentence_end]:
        if token.text == "," or token.i == sentence_end - 1:
            end = token.i if token.text == "," else token.i + 1
            tokens = doc[name.end + 1:end]
            if any(t.pos_ in ("VERB", "AUX") for t in tokens):
                return None
            return _span(tokens)
    return None


def _after_preposition(head: Token) -> bool:
    """ "until the election": a preposition's object, whatever the parse made of it."""
    start = head.left_edge.i
    return head.dep_ == "pobj" or (start > 0 and head.doc[start - 1].pos_ == "ADP")


def _joined(spans: list[Span], doc: Doc) -> list[Span]:
    """"co" and "founder of Centerview Partners", which the parser split at the hyphen of
    "co-founder", as one role."""
    joined: list[Span] = []
    for span in sorted(spans):
        touching = joined and span[0] == joined[-1][1] + 1
        hyphen = doc.char_span(joined[-1][1], span[0]) if touching else None
        if hyphen is not None and hyphen.text == "-":
            joined[-1] = (joined[-1][0], max(joined[-1][1], span[1]))
        else:
            joined.append(span)
    return joined


def roles_of(name: DocSpan, title: DocSpan | None = None) -> list[Role]:
    """Roles the text gives the bearer of `name`, each with its character span."""
    spans: list[Span | None] = []
    if title is not None:
        spans.append(_span(title))
    root = name.root
    doc = name.doc
    after = [c for t in name for c in t.children if c.dep_ == "appos" and c.i >= name.end]
    spans += [_phrase(child) for child in after if not listed_apposition(child)]
    head = root.head
    # "the mayor, Maria Lopez"; not "until the election, Minyon Moore", an adverbial the
    # parser took for the name's noun, nor "Editor’s note: Donald Trump", a label.
    if (root.dep_ == "appos" and head.i < name.start and not head.ent_type_
            and not listed_apposition(root)
            and not _after_preposition(head)
            and not any(t.text == ":" for t in doc[head.i:name.start])):
        spans.append(_phrase(head, stop=name.start))
    if not after:
        spans.append(_comma_phrase(name))
    left = root.left_edge.i
    # "Editor’s note: Donald Trump", "With 50 days until the election, Minyon Moore": a
    # pre-modifier never runs across a colon or a comma.
    left = max([left] + [t.i + 1 for t in doc[left:name.start] if t.text in (",", ":", ";")])
    modifiers = doc[left:name.start]
    words = [t for t in modifiers if not t.is_space]
    # "told police Bassett threatened to stab them": a bare noun right after a verb that
    # takes someone to address is that verb's object, which the parser ran into the name
    # ("said spokesman Zabihullah" names him).
    addressed = (len(words) == 1 and words[0].is_lower and left > 0
                 and doc[left - 1].lemma_ in _ADDRESSING_VERBS)
    # An organisation's role ends in its noun: "an anti-Donald Trump super PAC" calls the PAC
    # "super", which is no role. (The tagger reads "arch-conservative" before a person's
    # name as an adjective.) And "Our Principles PAC", of which the model tags only "PAC":
    # capitalised words that are no title are more of the name.
    if (words and not addressed
            and (words[-1].pos_ in ("NOUN", "PROPN") or root.ent_type_ == "PERSON")
            and any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not t.ent_type_
                                         and (is_title(t.lemma_) or t.is_lower))
                    for t in words)):
        spans.append(_span(modifiers))
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        spans += [_phrase(c) for c in root.head.children if c.dep_ == "attr"]
    found = _joined([s for s in spans if s is not None
                     and not (s[0] >= name.start_char and s[1] <= name.end_char)], doc)
    roles: list[Role] = []
    for span in found:
        # "Prime Minister" inside "Irish Prime Minister": one role, said once.
        if any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in found):
            continue
        # Not `doc.text[...]`: that joins the whole document's tokens, on every call.
        words = doc.char_span(span[0], span[1], alignment_mode="expand")
        text = " ".join(words.text.split()) if words is not None else ""
        if not text:
            continue
        nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")
                 and t.lower_.rstrip(".") not in HONORIFICS and not is_name_suffix(t.text)]
        if not nouns or all(t.ent_type_ == "PERSON" for t in nouns):
            continue  # "Mr.", "Both Mr.", "Jr.", "Ivana": a courtesy title, a suffix, a name
        if len(text.split()) <= MAX_WORDS and text.lower() not in {r.text.lower() for r in roles}:
            roles.append(Role(text, span))
    return roles

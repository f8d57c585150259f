"""Name rules on their own: titles, surnames, acronyms and the forms of an organisation's name."""

from __future__ import annotations

import pytest

from generator.aliases import (
    PREFIX,
    SAME,
    acronym_letters,
    expands,
    expansion_in,
    has_body_noun,
    initials,
    is_title,
    organization_form,
    same_person,
    surname,
)


def test_titles():
    assert all(is_title(w) for w in ["President", "Gen.", "Sen.", "Mr", "Chief", "Secretary"])
    assert not any(is_title(w) for w in ["Ashraf", "W.", "Murad", "Force"])


def test_body_nouns_end_no_persons_name():
    assert has_body_noun("Sarah Lawrence College")
    assert has_body_noun("Hillary & Chelsea Clinton Foundation")
    assert not has_body_noun("Marjorie Merriweather Post")  # "Post" is a surname too
    assert not has_body_noun("Court")  # one word says nothing


def test_surnames_and_persons():
    assert surname("Murad Ali Murad") == "Murad"
    assert surname("Abu Bakr al-Baghdadi") == "al-Baghdadi"
    assert same_person("Mujahid", "Zabihullah Mujahid")
    assert same_person("Ali Murad", "Murad Ali Murad")
    assert same_person("Michael O'Leary", "Michael O' Leary")
    assert not same_person("Zabihullah", "Zabihullah Mujahid")
    assert not same_person("Graeme Smith", "Smith")
    # The full name less its middle initials; an acronym is no surname.
    assert same_person("Donald Trump", "Donald J. Trump")
    assert same_person("Loretta Lynch", "Loretta E. Lynch")
    assert same_person("Hillary Clinton", "Hillary Rodham Clinton")
    assert not same_person("Hillary Rodham", "Hillary Rodham Clinton")
    assert not same_person("John Smith", "John Q. Adams")
    assert not same_person("U.N.", "Kim Jong Un") and not same_person("UN", "Kim Jong Un")


def test_acronyms():
    assert acronym_letters("U.N.") == "UN" and acronym_letters("NATO") == "NATO"
    assert acronym_letters("Apple") is None and acronym_letters("A.") is None
    assert initials("Bank of America") == "BA"
    assert expands("WHO", "World Health Organization")
    assert expands("U.N.", "United Nations")
    assert expands("EADS", "European Aeronautic Defence and Space Company")  # legal form aside
    assert not expands("UN", "United Nations Assistance Mission")
    assert expansion_in("U.N.", "United Nations Assistance Mission") == "United Nations"
    assert expansion_in("NATO", "United Nations Assistance Mission") is None


@pytest.mark.parametrize(("short", "full", "strength"), [
    ("Apple", "Apple Inc.", SAME),
    ("EADS", "EADS N.V.", SAME),
    ("WHO", "World Health Organization", SAME),
    ("Northrop", "Northrop Grumman", PREFIX),
    ("Aer Lingus", "Aer Lingus Group PLC", PREFIX),
    ("NPD", "NPD Group", PREFIX),
    ("Fed", "Federal Reserve", PREFIX),  # a clipped first word
    ("Met", "Metropolitan Police", PREFIX),
    ("Fed", "Federal Bureau of Investigation", 0),  # clipped from a longer name: too loose
    ("FE", "Federal Reserve", 0),  # an acronym is no clipping
    ("Mac", "MacBook Air", 0),  # the start of a compound name
    ("Federal", "Federal Reserve Bank of New York", 0),
    ("United Nations", "United Nations Assistance Mission", 0),  # a part, not a form
    ("Boeing", "Airbus", 0),
])
def test_organization_forms(short, full, strength):
    assert organization_form(short, full) == strength

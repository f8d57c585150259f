"""Who's who: the sample article's actors checked by hand, and the rules on small snippets."""

from __future__ import annotations

from itertools import pairwise
from types import SimpleNamespace

import pytest
from spacy.tokens import Span

from generator.actors import extract_actors, rank_actors
from generator.groups import extract_groups
from generator.model import Actor, Quote
from generator.places import extract_places

from .conftest import text_at

# The sample read by hand: every person and organisation, each name it goes by with the offset
# of every mention, and its roles as the text words them (with the organisation they name).
# Not actors: Reuters (the publisher; "One Reuters witness"), REUTERS/Stringer (photo credit),
# Twitter (a channel: "said on Twitter"), KUNDUZ (dateline), Kunduz, Kabul, Afghanistan and
# U.S. (places), "Slideshow" (an aside), the Afghan army, the U.S. military and Kunduz police
# (unnamed: "the Afghan army's deputy chief of staff").
TALIBAN = [32, 1334, 1538, 3556, 3679, 4063, 4371, 4707, 4773, 5017, 5117, 5307, 5462, 5649,
           5805]
GOLD = {
    "taliban": ("Taliban", "organization", {"Taliban": TALIBAN}, []),
    "nato": ("NATO", "organization", {"NATO": [849, 4246, 5855, 5934]}, []),
    "afghan-interior-ministry": ("Afghan Interior Ministry", "organization",
                                 {"Afghan Interior Ministry": [1225], "Interior Ministry": [4868]},
                                 []),
    "international-crisis-group": ("International Crisis Group", "organization",
                                   {"International Crisis Group": [1745]}, []),
    "united-nations-assistance-mission-in-afghanistan": (
        "United Nations Assistance Mission in Afghanistan", "organization",
        {"United Nations Assistance Mission in Afghanistan": [1853]}, []),
    "united-nations": ("United Nations", "organization", {"U.N.": [2030]}, []),
    "u-s-state-department": ("U.S. State Department", "organization",
                             {"U.S. State Department": [3093]}, []),
    "ashraf-ghani": ("Ashraf Ghani", "person", {"Ashraf Ghani": [565]}, [("President", None)]),
    "zabihullah-mujahid": ("Zabihullah Mujahid", "person",
                           {"Zabihullah Mujahid": [1079], "Mujahid": [1199, 5480]},
                           [("spokesman for the hardline Islamist movement", None),
                            ("Taliban spokesman", "taliban")]),
    "sediq-sediqqi": ("Sediq Sediqqi", "person", {"Sediq Sediqqi": [1260]},
                      [("Afghan Interior Ministry spokesman", "afghan-interior-ministry")]),
    "graeme-smith": ("Graeme Smith", "person", {"Graeme Smith": [1712], "Smith": [4026]},
                     [("senior analyst for International Crisis Group",
                       "international-crisis-group")]),
    "dominic-medley": ("Dominic Medley", "person", {"Dominic Medley": [2045]},
                       [("U.N. spokesman", "united-nations")]),
    "murad-ali-murad": ("Murad Ali Murad", "person", {"Murad Ali Murad": [2240], "Murad": [2490]},
                        [("Afghan army’s deputy chief of staff", None)]),
    "katy-bondy": ("Katy Bondy", "person", {"Katy Bondy": [3127]},
                   [("U.S. State Department spokeswoman", "u-s-state-department")]),
    "abdullah-danishy": ("Abdullah Danishy", "person",
                         {"Abdullah Danishy": [3382], "Danishy": [3566]},
                         [("deputy governor of Kunduz", None)]),
    "matin-safraz": ("Matin Safraz", "person", {"Matin Safraz": [4835], "Safraz": [4942]},
                     [("official at the Interior Ministry", "afghan-interior-ministry")]),
    "sayed-sarwar-hussaini": ("Sayed Sarwar Hussaini", "person",
                              {"Sayed Sarwar Hussaini": [5055]},
                              [("spokesman for Kunduz police", None)]),
}


def by_id(items):
    return {item.id: item for item in items}


def test_sample_actors_are_the_hand_annotated_ones(sample):
    # One actor per real-world entity: no split, no merge, no extra, none missing.
    assert set(by_id(sample.actors)) == set(GOLD)


@pytest.mark.parametrize("actor_id", sorted(GOLD))
def test_sample_actor(sample, actor_id):
    actor = by_id(sample.actors)[actor_id]
    name, kind, mentions, roles = GOLD[actor_id]
    body = sample.article.body
    assert (actor.name, actor.kind) == (name, kind)
    found: dict[str, list[int]] = {}
    for span in actor.mentions:
        found.setdefault(text_at(body, span), []).append(span[0])
    assert found == mentions
    assert set(actor.aliases) == set(mentions) - {name}
    assert [(r.text, r.affiliation) for r in actor.role_details] == roles
    assert actor.roles == [text for text, _ in roles]
    for role in actor.role_details:
        assert " ".join(text_at(body, role.span).split()) == role.text
    assert actor.affiliations == list(dict.fromkeys(a for _, a in roles if a))


def test_sample_salience(sample):
    actors = sample.actors
    assert [a.id for a in actors[:2]] == ["taliban", "zabihullah-mujahid"]
    assert actors[0].salience == 1.0
    assert all(a.salience >= b.salience for a, b in pairwise(actors))
    assert {a.id for a in actors if a.main} >= {"taliban", "zabihullah-mujahid"}
    assert not any(a.main for a in actors if len(a.mentions) == 1 and a.quotes == 0)
    for actor in actors:
        # A quote broken by its attribution counts once ("What they said" shows it once).
        assert actor.quotes == sum(q.speaker == actor.id and not q.continues and not q.within
                                   for q in sample.quotes)
    assert next(a for a in actors if a.id == "graeme-smith").quotes == 2


def test_sample_groups(sample):
    groups = {g.name: g for g in sample.groups}
    body = sample.article.body
    assert len(groups["Afghan forces"].mentions) == 8
    assert {text_at(body, m) for m in groups["insurgents"].mentions} == {"insurgents"}
    assert len(groups["insurgents"].mentions) == 4
    assert "Taliban fighters" in groups
    # Groups are never named actors.
    assert not set(groups) & {a.name for a in sample.actors}


def test_a_surname_and_a_title_are_the_full_name(analyse_text):
    analysis = analyse_text(
        "President Barack Obama met Angela Merkel in Berlin on Monday. Obama said the talks "
        "went well, and Merkel agreed.")
    actors = by_id(extract_actors(analysis, []))
    assert set(actors) == {"barack-obama", "angela-merkel"}
    obama = actors["barack-obama"]
    assert obama.aliases == ["Obama"] and obama.roles == ["President"]
    assert len(actors["angela-merkel"].mentions) == 2


def test_a_name_written_with_no_break_spaces_is_found_where_it_is(analyse_text):
    text = "Many had voted for\xa0Donald\xa0Trump, Sen. Graham said. Donald Trump won."
    actor = by_id(extract_actors(analyse_text(text), []))["donald-trump"]
    assert [text[s:e] for s, e in actor.mentions] == ["Donald\xa0Trump", "Donald Trump"]
    assert actor.aliases == []


def test_a_gerund_the_model_ran_into_a_name_is_not_part_of_it(analyse_text):
    analysis = analyse_text("Donald Trump was booed after Telling Jeb Bush to pipe down.")
    assert {a.name for a in extract_actors(analysis, [])} == {"Donald Trump", "Jeb Bush"}


def test_acronym_and_expansion_are_one_actor(analyse_text):
    analysis = analyse_text(
        "The World Health Organization (WHO) warned of a new outbreak on Tuesday. WHO officials "
        "said the World Health Organization would send a team.")
    actors = extract_actors(analysis, [])
    assert [(a.name, a.kind) for a in actors] == [("World Health Organization", "organization")]
    assert actors[0].aliases == ["WHO"] and len(actors[0].mentions) == 4


def test_a_short_name_defined_in_brackets_is_the_organisation(pipeline, analyse_text):
    # "MoD" is no acronym of capitals only; the model tags it now a place, now an organisation.
    analysis = analyse_text(
        "The Ministry of Defence (MoD) has named the serviceman who died on Thursday. The MoD "
        "has confirmed his death. Tributes were paid to him by the MoD today.")
    places = extract_places(analysis, pipeline.gazetteer)
    assert places == []
    actors = extract_actors(analysis, places)
    assert [(a.name, a.kind) for a in actors] == [("Ministry of Defence", "organization")]
    assert actors[0].aliases == ["MoD"] and len(actors[0].mentions) == 4


def test_a_company_and_its_legal_name_are_one_actor(analyse_text):
    analysis = analyse_text(
        "Apple Inc. reported record sales on Monday. Apple said demand for its phones was "
        "strong, and Apple shares rose.")
    actors = extract_actors(analysis, [])
    assert [(a.name, len(a.mentions)) for a in actors] == [("Apple Inc.", 3)]


def test_a_given_name_after_a_relative_s_noun_is_a_person(analyse_text):
    # A lone word the model calls a person is otherwise taken for a brand ("Ryanair").
    analysis = analyse_text(
        "Sgt Matt Tonroe was killed on Thursday. He is survived by his mother Michelle and "
        "his brother Alex. His wife Sarah said he was brave.")
    kinds = {a.name: a.kind for a in extract_actors(analysis, [])}
    assert kinds["Michelle"] == kinds["Alex"] == kinds["Sarah"] == "person"


def test_a_clipped_name_is_the_full_one(analyse_text):
    analysis = analyse_text(
        "Investors expect the Fed to raise rates in December. Federal Reserve officials "
        "declined to comment on Tuesday.")
    actors = extract_actors(analysis, [])
    assert [(a.name, a.aliases, len(a.mentions)) for a in actors] == [
        ("Federal Reserve", ["Fed"], 2)]


def test_roles_from_an_appositive_a_premodifier_and_a_copula(analyse_text):
    analysis = analyse_text(
        "Maria Lopez, the mayor of Seville, opened the bridge. City spokesman Juan Ortiz said it "
        "cost less than planned. Ortiz is a former engineer.")
    actors = by_id(extract_actors(analysis, []))
    assert actors["maria-lopez"].roles == ["mayor of Seville"]
    assert actors["juan-ortiz"].roles == ["City spokesman", "former engineer"]


def test_a_courtesy_title_is_no_role(analyse_text):
    analysis = analyse_text(
        "Leonard Burman, an economist, criticised the plan. Mr. Burman said the cuts were too "
        "deep. Mrs. Clinton and Senator Lamar Alexander disagreed.")
    actors = by_id(extract_actors(analysis, []))
    assert actors["leonard-burman"].roles == ["economist"]
    assert actors["lamar-alexander"].roles == ["Senator"]
    assert all(not a.roles for a in actors.values() if a.name.endswith("Clinton"))


def test_an_acronym_is_no_surname(analyse_text):
    analysis = analyse_text(
        "South Korea accused the North's leader, Kim Jong Un, of recklessness. The U.N. "
        "condemned the test, and the U.N. Charter allows sanctions.")
    actors = by_id(extract_actors(analysis, []))
    assert actors["kim-jong-un"].kind == "person" and actors["kim-jong-un"].aliases == []
    assert "U.N." not in [n for a in actors.values() if a.kind == "person" for n in a.aliases]


@pytest.mark.parametrize(("text", "name", "roles"), [
    # The parser splits "co-founder" at its hyphen.
    ("Mr. Effron is a co-founder of Centerview Partners, a Wall Street firm.", "Effron",
     ["co-founder of Centerview Partners"]),
    # A pre-modifier never runs across a colon or a comma.
    ("Graham asked.\n\nOur view: Donald Trump regularly\nincites\npolitical violence and "
     "is a serial liar.", "Donald Trump", []),
    # "until the election" is an adverbial, not the name's noun.
    ("With 50 days until the election, Minyon Moore, a senior adviser to the Clinton "
     "campaign, said it.", "Minyon Moore", ["senior adviser to the Clinton campaign"]),
    # An organisation's adjective is no role ("super"), nor are capitalised words of its
    # name the model left out ("Our Principles" of "Our Principles PAC").
    ("On the eve of the Wisconsin primary, an anti-Donald Trump super PAC is releasing a "
     "robocall. The call is being paid for by Our Principles PAC, a group that is devoted to "
     "defeating Trump.", "PAC", ["group"]),
    # A person's role may end in a word the tagger calls an adjective; a title is a role.
    ("The arch-conservative Rick Santorum endorsed him. Florida Sen. Marco Rubio spoke.",
     "Rick Santorum", ["arch-conservative"]),
    ("The arch-conservative Rick Santorum endorsed him. Florida Sen. Marco Rubio spoke.",
     "Marco Rubio", ["Florida Sen."]),
    # Whom "told" addresses is no role of the name after it.
    ("Gino Bassett was charged. The women told police Bassett threatened to stab them.",
     "Gino Bassett", []),
    ('"We are coming," said spokesman Zabihullah Mujahid.', "Zabihullah Mujahid",
     ["spokesman"]),
])
def test_what_is_no_part_of_a_role(analyse_text, text, name, roles):
    actors = {a.name: a for a in extract_actors(analyse_text(text), [])}
    assert actors[name].roles == roles



def test_a_plural_title_ends_no_sentence(analyse_text):
    analysis = analyse_text("Bush and Govs. Chris Christie of New Jersey and John Kasich of Ohio "
                            "were on the main stage. Republican Sens. Lindsey Graham and John "
                            "McCain agreed.")
    assert len(list(analysis.doc.sents)) == 2
    names = {a.name for a in extract_actors(analysis, [])}
    assert {"Chris Christie", "John Kasich", "Lindsey Graham", "John McCain"} <= names
    assert not names & {"Govs", "Sens"}
    # In a longer story the model tags such a title alone an organisation: still no actor.
    doc = analysis.doc
    title = next(t.i for t in doc if t.text == "Sens.")
    doc.ents = [*doc.ents, Span(doc, title, title + 1, label="ORG")]
    assert "Sens." not in {a.name for a in extract_actors(analysis, [])}

def test_a_list_the_parser_read_as_appositions_gives_no_roles(analyse_text):
    # The parse chains the list "Board, Commission, officers and inspectors" as appositions:
    # the Commission had been the Board's role, the officers its own (and made it a person).
    analysis = analyse_text(
        "A young man is seeking damages from the Toronto Police Services Board, the Toronto "
        "Transit Commission, two unidentified police officers and three unidentified TTC fare "
        "inspectors. The Toronto Transit Commission said it could not comment.")
    actors = {a.name: a for a in extract_actors(analysis, [])}
    board = actors["Toronto Police Services Board"]
    commission = actors["Toronto Transit Commission"]
    assert board.roles == [] and commission.roles == []
    assert commission.kind == "organization"
    # One name with a role of two nouns is no list.
    analysis = analyse_text("Jay DiPietro, the club's president and general manager, said "
                            "membership had fallen.")
    actors = {a.name: a for a in extract_actors(analysis, [])}
    assert actors["Jay DiPietro"].roles == ["club's president and general manager"]


def test_a_common_noun_capitalised_inside_a_quote_is_no_actor(analyse_text):
    # The tweet capitalises "Caravan" and "Border"; the article writes "the caravan".
    analysis = analyse_text(
        "Trump tweeted: “The Caravan is largely broken up thanks to the strong immigration "
        "laws of Mexico. It would have been a giant scene at our Border.” The caravan of "
        "migrants left the camp near the border on Thursday, and Fox News reported it.")
    names = {a.name for a in extract_actors(analysis, [])}
    assert "Caravan" not in names and "Border" not in names and "Fox News" in names


def test_a_photo_credit_is_no_actor(analyse_text):
    # A caption's credit whose slash was lost, a paragraph break glued to the model's entity.
    analysis = analyse_text("Migrants camped out in Matias Romero, Mexico. Felix Marquez AP "
                            "Photo.\n\nSalvadoran migrant Alexis Cea, 25, poses for a picture.")
    names = {a.name for a in extract_actors(analysis, [])}
    assert "Alexis Cea" in names and not any("Photo" in name for name in names)


def test_a_party_is_no_part_of_a_name(analyse_text):
    analysis = analyse_text("The race between Republican Donald Trump and Democrat Hillary "
                            "Clinton (all times EDT): Trump urged supporters to vote.")
    names = {a.name for a in extract_actors(analysis, [])}
    assert {"Donald Trump", "Hillary Clinton"} <= names


def test_a_suffix_or_a_name_is_no_role(analyse_text):
    analysis = analyse_text(
        "Michael Carpenter, a foreign policy advisor to Vice President (then-Senator) Joseph R. "
        "Biden, Jr., is Senior Fellow at the Center.")
    roles = {a.name: a.roles for a in extract_actors(analysis, [])}
    assert "Jr." not in roles["Joseph R. Biden"]


def test_a_headline_name_is_cut_to_the_name_below(analyse_text):
    body = ("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\n"
            "WASHINGTON ― Donald Trump’s obsession with the president drew fire on Friday. "
            "“Donald Trump is a disgusting fraud,” said Rep. G.K. Butterfield.")
    analysis = analyse_text(body)
    analysis.article.title = body.split("\n")[0]
    actors = {a.name: a for a in extract_actors(analysis, [])}
    trump = actors["Donald Trump"]
    assert len(trump.mentions) == 3 and trump.mentions[0] == (body.find("Donald"),
                                                              body.find(" As A"))
    # Neither the headline's words nor a quote's insult is a role.
    assert trump.roles == []


def test_names_listed_together_are_different_people(analyse_text):
    analysis = analyse_text(
        "The party of Prescott Bush, George Bush and George W. Bush is, for the moment, the "
        "party of Donald J. Trump. Donald Trump said so. George W. Bush declined to comment.")
    actors = {a.name: a for a in extract_actors(analysis, [])}
    assert {"Prescott Bush", "George Bush", "George W. Bush", "Donald J. Trump"} == set(actors)
    assert actors["Donald J. Trump"].aliases == ["Donald Trump"]


def test_a_middle_name_left_out_or_a_given_name_alone_is_the_same_person(analyse_text):
    body = ("Sen. Bernie Sanders spoke. Hillary Rodham Clinton is the front-runner. Hillary "
            'Clinton replied. "I know Bernie, and he is not going to be president," he said. '
            '"Hillary is the candidate," Jennifer Palmieri said.')
    actors = {a.name: a for a in extract_actors(analyse_text(body), [])}
    assert set(actors) == {"Bernie Sanders", "Hillary Rodham Clinton", "Jennifer Palmieri"}
    assert actors["Hillary Rodham Clinton"].aliases == ["Hillary Clinton", "Hillary"]
    assert actors["Bernie Sanders"].kind == "person"
    # Two people of that given name: "George" is neither.
    body = "George Bush met George Clooney. George smiled."
    assert "George" in {a.name for a in extract_actors(analyse_text(body), [])}


def test_a_person_named_in_full_then_by_surname_alone(analyse_text):
    # The model tags "DuVernay" an organisation or a place, and the headline's "Ava DuVernay"
    # an organisation; the text below names a person and uses her surname.
    body = ("Ava DuVernay’s ‘13th’ Explores The Evolution Of The U.S. Prison System.\n\n"
            "If there’s one thing that Ava DuVernay is more passionate about than anything, it "
            "is the truth. “The 13th Amendment has a clause that is a criminality clause,” "
            "DuVernay explained in an interview. “You can’t change if you don’t know what "
            "we’re changing,” DuVernay said.")
    analysis = analyse_text(body)
    analysis.article.title = body.split(".\n")[0]
    actors = {a.name: a for a in extract_actors(analysis, [])}
    assert actors["Ava DuVernay"].kind == "person"
    assert len(actors["Ava DuVernay"].mentions) == 4



def test_an_article_before_the_surname_of_someone_named_in_full_makes_no_organisation(
        analyse_text):
    body = ("Donald Trump landed in Phoenix. This was the Trump we all knew, the Trump who "
            "belittled McCain. Trump spoke for an hour. Trump left.")
    actors = {a.name: a for a in extract_actors(analyse_text(body), [])}
    assert actors["Donald Trump"].kind == "person"
    assert actors["Donald Trump"].roles == []  # his own name again is no role

def test_a_lone_name_the_verbs_his_takes_up_is_someone(analyse_text):
    # Never named in full; the model calls "Trump" an organisation more often than a person.
    body = ("Trump launched his underdog White House bid 14 months ago. The Trump nomination "
            "divided the party. Delegates cheered the Trump campaign.")
    actors = {a.name: a for a in extract_actors(analyse_text(body), [])}
    assert actors["Trump"].kind == "person"
    # A name the model calls an organisation speaks of someone else's "his".
    body = "The Global Times praised his plan. The Global Times said so."
    actors = {a.name: a for a in extract_actors(analyse_text(body), [])}
    assert actors["Global Times"].kind == "organization"



def test_a_lone_surname_of_someone_named_in_full_is_a_person(analyse_text):
    # Two Clintons: "Clinton" alone is kept apart from both, and is still someone.
    body = ("Bill Clinton and Hillary Clinton spoke. Clinton said the plan would work. "
            "Clinton won Iowa.")
    actors = {a.name: a for a in extract_actors(analyse_text(body), [])}
    assert actors["Clinton"].kind == "person"
    assert len(actors["Clinton"].mentions) == 2
    # Never named in full: a government named after him says who he is.
    body = ("I disagree with the Obama administration. The government, by which I mean the "
            "Obama administration, had lost.")
    actors = {a.name: a for a in extract_actors(analyse_text(body), [])}
    assert actors["Obama"].kind == "person"
    # A lone word with neither is still taken for a brand.
    body = "Ryanair cut fares. Ryanair said demand was strong."
    doc = analyse_text(body)
    actors = {a.name: a for a in extract_actors(doc, [])}
    assert "PERSON" in {e.label_ for e in doc.doc.ents if e.text == "Ryanair"}
    assert actors["Ryanair"].kind == "organization"

def test_affiliation_links_the_organisation_actor(analyse_text):
    analysis = analyse_text(
        "Tom Baker, a senior analyst at the International Monetary Fund, said growth would slow.")
    actors = by_id(extract_actors(analysis, []))
    role = actors["tom-baker"].role_details[0]
    assert role.text == "senior analyst at the International Monetary Fund"
    assert role.affiliation == "international-monetary-fund"
    assert actors["tom-baker"].affiliations == ["international-monetary-fund"]


def test_a_channel_is_not_an_actor(analyse_text):
    analysis = analyse_text(
        "“We will win,” Ahmad Zia said on Twitter. He later posted a photo on his Twitter "
        "account.")
    assert [a.name for a in extract_actors(analysis, [])] == ["Ahmad Zia"]


def test_a_product_with_a_model_number_is_not_its_maker(analyse_text):
    analysis = analyse_text(
        "The Airbus A380 landed in Sydney on Friday. Boeing said its own orders were strong.")
    assert [a.name for a in extract_actors(analysis, [])] == ["Boeing"]


def test_a_brand_spelling_is_a_product_unless_it_acts(analyse_text):
    # "iPod", "iTunes": lower case then a capital. "eBay" is spelt so too, but it speaks.
    analysis = analyse_text("Sales of the iPod rose. Apple said iTunes sold a billion songs. "
                            "eBay said its sellers were pleased.")
    assert [a.name for a in extract_actors(analysis, [])] == ["Apple", "eBay"]


def test_publisher_and_byline_are_not_actors(analyse_text):
    analysis = analyse_text("One Reuters witness saw smoke, and Reuters could not confirm it. "
                            "Jane Doe contributed to this report.")
    analysis.article.source = "Reuters"
    analysis.article.author = "John Roe and Jane Doe"
    assert extract_actors(analysis, []) == []


def test_rank_actors_weighs_quotes_mentions_and_the_lead():
    first = Actor("a", "A", "person", mentions=[(500, 501)])
    second = Actor("b", "B", "person", mentions=[(600, 601), (700, 701), (800, 801)])
    quotes = [Quote(f"q{n}", "text", (0, 4), "direct", "a", "A", "said") for n in range(2)]
    ranked = rank_actors([second, first], quotes, SimpleNamespace(blocks=[]))
    # A: 1 mention + 2 quotes × 2 = 5; B: 3 mentions = 3.
    assert [a.id for a in ranked] == ["a", "b"]
    assert (ranked[0].quotes, ranked[0].salience, ranked[0].main) == (2, 1.0, True)
    assert (ranked[1].quotes, ranked[1].salience, ranked[1].main) == (0, 0.6, True)


def test_groups_act_and_are_not_actors(analyse_text):
    analysis = analyse_text(
        "Rebel fighters seized the town on Sunday. The fighters later withdrew, and residents "
        "said the army had not fired a shot. Shares of Acme fell.")
    names = {g.name: len(g.mentions) for g in extract_groups(analysis, [])}
    # A common noun opening the sentence is written as it would be inside one.
    assert names == {"rebel fighters": 1, "fighters": 1, "residents": 1}


def test_a_groups_noun_modifier_keeps_its_own_words(analyse_text):
    # "law" modifies "enforcement", not "sources"; "several" is no part of the group's name.
    analysis = analyse_text(
        "Two senior law enforcement sources said he would face a judge. Human rights "
        "activists protested outside. Several Twitter executives declined to comment.")
    names = {g.name for g in extract_groups(analysis, [])}
    assert names == {"law enforcement sources", "human rights activists",
                     "Twitter executives"}


def test_a_name_found_again_even_glued_to_a_full_stop(analyse_text):
    # The tokenizer makes "AT&T." one token; the model tags only the first "AT&T".
    analysis = analyse_text("AT&T raised its prices on Monday. Customers were angry at AT&T.")
    actors = extract_actors(analysis, [])
    body = analysis.body
    assert [(a.name, [text_at(body, m) for m in a.mentions]) for a in actors] == [
        ("AT&T", ["AT&T", "AT&T"])]


def test_an_event_a_unit_and_a_currency_are_not_actors(analyse_text):
    analysis = analyse_text(
        "Steve Jobs unveiled the phone at the Macworld Conference in San Francisco. It comes in "
        "16 GB and 32GB models and costs $199 (USD). The Southern Christian Leadership "
        "Conference said it would march on Monday.")
    assert {a.name for a in extract_actors(analysis, [])} == {
        "Steve Jobs", "Southern Christian Leadership Conference"}


def test_the_department_in_a_title_is_not_an_actor(analyse_text):
    analysis = analyse_text(
        "Secretary of State John Kerry met Sergey Lavrov. Japanese Defence Minister Gen Nakatani "
        "agreed. The State Department said it would respond.")
    assert {a.name for a in extract_actors(analysis, [])} == {
        "John Kerry", "Sergey Lavrov", "Nakatani", "State Department"}


def test_an_event_held_at_a_venue_is_not_an_actor(analyse_text):
    analysis = analyse_text(
        "Apple CEO Steve Jobs gave his opening keynote to the World Wide Developers Conference "
        "(WWDC) at Moscone Center in San Francisco.")
    assert [a.name for a in extract_actors(analysis, [])] == ["Apple", "Steve Jobs"]


def test_a_name_after_a_model_number_is_a_product_where_it_stands_alone(analyse_text):
    # The model tags the last "Dreamliner" alone, as a person.
    analysis = analyse_text(
        "Boeing unveiled their new 787 Dreamliner on Monday. According to the company, the 787 "
        "Dreamliner will use 20 percent less fuel. Whereas the Airbus A380 is aimed at flying "
        "large passenger numbers between major hubs, the Dreamliner is targeted at smaller "
        "airports.")
    assert [a.name for a in extract_actors(analysis, [])] == ["Boeing"]


def test_a_product_s_kind_before_its_name(analyse_text):
    analysis = analyse_text(
        "Tiger includes over 200 new features and new versions of application software such as "
        "e-mail client Mail, web browser Safari, and text messaging client iChat.")
    assert extract_actors(analysis, []) == []


def test_a_version_is_a_product_and_two_names_joined_by_and_are_two(analyse_text):
    analysis = analyse_text(
        "Apple released OS X Lion on Monday. Apple Computer today introduced the new MacBook "
        "line, which includes the Macbook and Macbook Pro.")
    actors = extract_actors(analysis, [])
    assert "OS X Lion" not in {a.name for a in actors}
    macbook = next(a for a in actors if "Macbook Pro" in [a.name, *a.aliases])
    assert [text_at(analysis.body, m) for m in macbook.mentions] == ["MacBook", "Macbook",
                                                               "Macbook Pro"]


def test_a_maker_before_a_product_name_is_part_of_it(analyse_text):
    analysis = analyse_text("They replace existing Lockheed Tristar and Vickers VC-10 aircraft. "
                            "Lockheed Martin said it was disappointed.")
    assert [a.name for a in extract_actors(analysis, [])] == ["Lockheed Martin"]


def test_a_legal_name_the_model_cut_at_and_is_one_actor_with_its_acronym(analyse_text):
    analysis = analyse_text(
        "European Aeronautic Defence and Space Company EADS N.V. (EADS) won the contract. EADS "
        "said it was pleased.")
    actors = extract_actors(analysis, [])
    assert [a.name for a in actors] == ["European Aeronautic Defence and Space Company"]
    assert actors[0].aliases == ["EADS N.V.", "EADS"] and len(actors[0].mentions) == 4


def test_an_acronym_that_begins_with_its_country_s(analyse_text):
    analysis = analyse_text("The USAF has announced new rules for U.S. launches. Boeing and "
                            "the Air Force will sign an agreement.")
    actors = by_id(extract_actors(analysis, []))
    assert set(actors) == {"air-force", "boeing"} and actors["air-force"].aliases == ["USAF"]


def test_a_short_name_used_as_a_body_is_the_body_among_its_longer_names(analyse_text):
    # "Apple" follows "Apple Computer" and "Apple Macintosh"; engineers work for a company.
    analysis = analyse_text(
        "Apple Computer CEO Steve Jobs gave a keynote. Future Apple Macintosh computers will "
        "feature Intel processors. There are 500 Apple engineers at the event.")
    actors = by_id(extract_actors(analysis, []))
    assert actors["apple-computer"].aliases == ["Apple"]
    assert len(actors["apple-macintosh"].mentions) == 1


def test_a_dateline_before_a_dash_is_no_part_of_a_role(analyse_text):
    analysis = analyse_text("NEW YORK - Republican presidential candidate Donald Trump on "
                            "Saturday called Hillary Clinton corrupt. A U.S.-led coalition "
                            "spokesman, Steve Warren, said the strikes continued.")
    actors = by_id(extract_actors(analysis, []))
    assert actors["donald-trump"].roles == ["Republican presidential candidate"]
    assert actors["steve-warren"].roles == ["U.S.-led coalition spokesman"]

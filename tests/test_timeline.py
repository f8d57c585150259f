"""The background timeline: events cut to their clause and placed in time; the sample; the page."""

from __future__ import annotations

import dataclasses
import datetime as dt

import markdown
import pytest

from generator.model import TimelineEntry
from generator.render import ArticlePage, render_article
from generator.temporal import extract_times
from generator.timeline import build_timeline, describe, relation
from generator.timex_values import parse

from .conftest import text_at

MONDAY = dt.date(2015, 9, 28)

# The sample's timeline, checked by hand against the article (published Monday 28 September
# 2015): (date, mod, relation, phrase, event).
GOLDEN = [
    ("2001", None, "past", "since 2001",
     "Afghan forces abandoned a provincial headquarters for the first time since 2001"),
    ("2001", None, "past", "since 2001", "the first major breach of a provincial capital"),
    ("2001", None, "past", "2001", "The Taliban were ousted in 2001 after a U.S.-led campaign"),
    ("2014", None, "past", "last year", "[NATO] withdrew most of its troops last year"),
    ("2014", "END", "past", "the end of 2014", "the end of NATO’s combat mission"),
    ("2015", "START", "past", "earlier this year",
     "Afghan forces assumed primarily security responsibilities earlier this year"),
    ("2015", "START", "past", "earlier this year",
     "Kunduz city was the center of fierce fighting earlier this year"),
    ("2015", None, "past", "this year", "the hardline Islamist movement has besieged Kunduz"),
    ("2015", None, "past", "this year",
     "the territory gained this year during an escalation in violence"),
    ("2015", None, "past", "this year", "fighting would be severe this year"),
    ("2015", None, "past", "this year", "[The Taliban] have stepped up their offensive this year"),
    ("2015-09-28TMO", None, "same-day", "before dawn",
     "The insurgents launched a surprise, three-pronged offensive before dawn"),
    ("2015-09-28TMO", "START", "same-day", "the early morning",
     "three Afghan police wounded in the early morning clashes"),
    ("2015-09-28", None, "same-day", "Monday",
     "Taliban fighters on Monday battled their way into the center of Kunduz"),
    ("2015-09-28", None, "same-day", "Monday",
     "The United Nations Assistance Mission in Afghanistan evacuated its Kunduz compound "
     "early on Monday"),
    ("2015-09-28", None, "same-day", "Monday", "Murad told a news briefing late on Monday"),
    ("2015-09-28", None, "same-day", "today",
     "My uncle’s wife has been killed by the Taliban today"),
    ("2015-09-28TEV", None, "same-day", "by evening",
     "The insurgents by evening had captured the governor’s compound and provincial police "
     "headquarters"),
    ("2015-09-29", None, "future", "a day before",
     "President Ashraf Ghani’s unity government marks its first anniversary"),
]

# Every temporal expression of the sample, in text order, checked by hand.
GOLDEN_TIMES = [
    ("Monday", "DATE", "2015-09-28", None), ("14 years", "DURATION", "P14Y", None),
    ("2001", "DATE", "2001", None), ("a day", "DURATION", "P1D", None),
    ("this year", "DATE", "2015", None), ("last year", "DATE", "2014", None),
    ("dawn", "TIME", "2015-09-28TMO", None), ("evening", "TIME", "2015-09-28TEV", None),
    ("now", "DATE", "PRESENT_REF", None), ("this year", "DATE", "2015", None),
    ("2001", "DATE", "2001", None), ("Monday", "DATE", "2015-09-28", None),
    ("Monday", "DATE", "2015-09-28", None), ("now", "DATE", "PRESENT_REF", None),
    ("earlier this year", "DATE", "2015", "START"), ("this year", "DATE", "2015", None),
    ("now", "DATE", "PRESENT_REF", None), ("September 28, 2015", "DATE", "2015-09-28", None),
    ("2001", "DATE", "2001", None), ("this year", "DATE", "2015", None),
    ("today", "DATE", "2015-09-28", None), ("the early morning", "TIME", "2015-09-28TMO", "START"),
    ("earlier this year", "DATE", "2015", "START"), ("the end of 2014", "DATE", "2014", "END"),
    ("now", "DATE", "PRESENT_REF", None),
]


def test_sample_times(sample):
    assert [(t.text, t.type, t.value, t.mod) for t in sample.times] == GOLDEN_TIMES
    for time in sample.times:
        assert text_at(sample.article.body, time.span) == time.text


def test_sample_timeline(sample):
    found = [(e.date, e.mod, e.relation, e.phrase, e.event) for e in sample.timeline]
    assert found == GOLDEN
    body = sample.article.body
    for entry in sample.timeline:
        assert text_at(body, entry.time_span) == entry.phrase
        # The event's words all come from its span of the text (pronouns aside).
        words = entry.event.replace("[NATO]", "it").replace("[The Taliban]", "They").split()
        assert all(word.strip(",") in text_at(body, entry.span) for word in words)


@pytest.fixture
def timeline(analyse_text):
    def run(text: str, date: str = "2015-09-28") -> list[TimelineEntry]:
        analysis = analyse_text(text, date)
        return build_timeline(analysis, extract_times(analysis))

    return run


def test_event_is_its_clause_not_the_sentence(timeline):
    entries = timeline("Rebels seized the airport on Friday, officials said, and the army "
                       "fled north.")
    assert [(e.date, e.event, e.relation) for e in entries] == [
        ("2015-09-25", "Rebels seized the airport on Friday", "past")]


def test_event_text_keeps_what_the_words_need(timeline):
    events = [e.event for e in timeline(
        "He was a child of the '80s. \"Let's defeat her in November,\" Trump said. "
        "The state was coordinating with FEMA and [was] dealing with the crisis on Thursday. "
        "Trump said Wednesday on ABC's \"Good Morning America\" that he would win.",
        "2016-07-21")]
    # "the'80s", "S defeat her", "was] dealing" and an unclosed quotation mark are gone.
    assert "He was a child of the '80s" in events
    assert "Let's defeat her in November" in events
    assert not any(e.count("[") != e.count("]") or e.count('"') % 2 for e in events)


def test_a_chronologys_headings_are_its_events(timeline):
    body = ('Oct. 31, 2012 The Obama "hug."\n\nTwo days after the storm, Obama toured the '
            "damage.\n\nSept. 9, 2013 traffic problems.\n\nJune 16, 2015 Trump joins the "
            "race.\n\nDonald Trump descended an escalator.")
    entries = timeline(body, "2016-02-11")
    assert [(e.date, e.event) for e in entries] == [
        ("2012-10-31", 'The Obama "hug"'), ("2013-09-09", "traffic problems"),
        ("2015-06-16", "Trump joins the race")]
    assert body[entries[0].span[0]:entries[0].span[1]] == 'The Obama "hug."'


def test_a_dated_noun_is_its_event(timeline):
    entries = timeline("The collapse of the ceasefire in March 2014 led to war.")
    assert entries[0].event == "The collapse of the ceasefire"
    assert entries[0].date == "2014-03"


def test_a_name_is_not_dated_by_the_parse(timeline):
    # The parser hangs "on Tuesday" on the show's name; the event is what Clinton did.
    entries = timeline("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting "
                       "Comments.\n\nNew Jersey Gov. Chris Christie described Democratic "
                       "presidential nominee Hillary Clinton as a “disgrace” after she attacked "
                       "law enforcement officers nationwide and blamed police shootings on "
                       "“implicit bias” against minorities.\n\nOn The Steve Harvey Morning Show "
                       "on Tuesday, Clinton criticized Tulsa, Okla., police officer Betty Shelby "
                       "for shooting and killing Terence Crutcher, a 40-year-old unarmed black "
                       "man.", "2016-09-21")
    assert [(e.date, e.phrase) for e in entries] == [("2016-09-20", "Tuesday")]
    assert "Clinton criticized Tulsa police officer Betty Shelby" in entries[0].event


def test_relative_pronoun_takes_its_antecedent(timeline):
    entries = timeline("The troops, who left the city in 2012, are back.")
    assert entries[0].event == "The troops left the city in 2012"
    # Also when the dated verb completes the relative clause's verb or is joined to it.
    entries = timeline("They mourned Capt. Khan, the soldier who died facing a bomber in Iraq "
                       "in 2004. Forces, who arrived on Monday and left on Tuesday, rested.")
    assert {e.event for e in entries} == {"the soldier died facing a bomber in Iraq in 2004",
                                          "Forces arrived on Monday", "Forces left on Tuesday"}


def test_a_pronoun_is_named_only_when_the_text_says_who(timeline):
    events = [e.event for e in timeline(
        "Obama spoke in Ohio. He won the state in 2008. Foreign policy was the topic. "
        "Thirteen years earlier, she had voted for the war. Sanders told Clinton that she "
        "won Iowa in 2008.", "2015-11-16")]
    assert "[Obama] won the state in 2008" in events
    # Not "[Foreign policy] had voted", nor a "she" given one of two people.
    assert not any("[" in e for e in events if "voted" in e or "Iowa" in e)


def test_upcoming_and_anchored_events(timeline):
    entries = timeline("The vote will take place next year. The strike began on Friday, two "
                       "days after the government fell.")
    assert [(e.date, e.relation, e.phrase) for e in entries] == [
        ("2015-09-23", "past", "two days after"),
        ("2015-09-25", "past", "Friday"),
        ("2016", "future", "next year"),
    ]
    assert entries[0].event == "the government fell"
    # A clause in the present counts from the day of publication (2015-09-28).
    entries = timeline("The strike comes a day after the government fell.")
    assert [(e.date, e.event) for e in entries] == [("2015-09-27", "the government fell")]
    # A day named just before dates a clause in the past; a story told in the past with no
    # day of its own dates nothing ("one day before" the day of publication was wrong).
    assert [e.date for e in timeline("Unions met on Friday. The strike came two days after "
                                     "the government fell.") if "fell" in e.event] == [
        "2015-09-23"]
    assert not [e for e in timeline("The strike came two days after the government fell.")]
    assert not [e for e in timeline(
        "The police came on Friday. He left. He slept. He ate. In 1978 he was jailed. He was "
        "released one day before guards turned their guns on the prisoners.")
        if "guards" in e.event]
    entries = timeline("Five years after civil war broke out, Syria remains a charnel house.")
    assert [(e.date, e.relation, e.event) for e in entries] == [
        ("2010", "past", "civil war broke out")]
    # "N years since" a thing named counts back from the day the sentence gives.
    entries = timeline("April 24 marked 101 years since the start of the Armenian genocide.",
                       "2016-04-27")
    assert (entries[0].date, entries[0].event, entries[0].phrase) == (
        "1915", "the start of the Armenian genocide", "101 years since")
    # Not a date of its own, nor a clause the parse made the sentence.
    events = [e.event for e in timeline(
        "He has lived there for ten years since 2005. Yet, over 365 days since the businessman "
        "and reality star announced his candidacy for president, here we are.", "2016-07-18")]
    assert not any("here we are" in e for e in events)
    assert all(e.date != "1995" for e in timeline("He has lived there for ten years since 2005."))


def test_an_arrangement_in_the_present_is_still_to_come(timeline):
    entries = timeline("Muhammad Ali died Friday in Phoenix. A public memorial service is "
                       "planned Friday in Louisville.", "2016-06-05")
    assert [(e.date, e.relation) for e in entries] == [
        ("2016-06-03", "past"), ("2016-06-10", "future")]


@pytest.mark.parametrize("body", [
    "Sales were higher than in 2014.",
    "Revenue rose 5 percent compared with the same period in 2014.",
    "Casinos reported $2.17 billion in revenue, about $74 million more than a year ago.",
    "It is a proxy war that, for the first time since Afghanistan in the 1980s, has seen "
    "fighters backed by the C.I.A. clash with the Russian military.",
])
def test_what_an_event_is_measured_against_is_no_event(timeline, body):
    assert timeline(body, "2015-11-13") == []


def test_what_is_measured_against_keeps_its_own_events(timeline):
    entries = timeline("More people voted for Trump than for Clinton in two states Tuesday "
                       "night. Georgia could wind up closer than the 8-point win for Mitt "
                       "Romney in 2012.", "2016-03-16")
    assert [(e.date, e.event) for e in entries] == [
        ("2012", "the 8-point win for Mitt Romney"),
        ("2016-03-15TNI", "More people voted for Trump than for Clinton in two states "
                          "Tuesday night")]


def test_a_clause_whose_subject_is_the_verb_s_object_is_what_the_verb_says(timeline):
    entries = timeline("In 2007, Blocher’s confrontational manner saw him become only the "
                       "fourth councillor to lose.", "2016-03-21")
    assert [e.event for e in entries] == [
        "In 2007 Blocher’s confrontational manner saw him become only the fourth councillor"]


def test_what_is_called_off_says_so(timeline):
    entries = timeline("Trump said he was postponing a news conference scheduled for Friday. "
                       "The city canceled a parade planned for Saturday. Fox News canceled "
                       "the interview, which had been in the works since the summer.",
                       "2016-07-15")
    assert [e.event for e in entries] == [
        "the interview had been in the works since the summer",
        "he was postponing a news conference scheduled for Friday",
        "The city canceled a parade planned for Saturday"]


def test_a_deadline_and_a_since_are_events(timeline):
    entries = timeline("The bill must pass no later than March 1. He has been held prisoner "
                       "since 2012.", "2015-11-13")
    assert [e.date for e in entries] == ["2012", "2016-03-01"]


def test_an_infinitive_describing_a_noun_looks_ahead(timeline):
    entries = timeline("But research to be released this week by four economists suggests "
                       "damage. He wanted to leave this week.", "2016-04-27")
    assert [e.relation for e in entries] == ["future", "past"]
    assert entries[0].event == "research to be released this week by four economists"


def test_an_infinitive_keeps_the_verb_it_completes(timeline):
    entries = timeline("Mr. Trump intends to deliver an address at the Press Club this month. "
                       "Sanders voted to ban cloning in 2001.", "2016-04-23")
    assert [(e.date, e.relation, e.event) for e in entries] == [
        ("2001", "past", "Sanders voted to ban cloning in 2001"),
        ("2016-04", "future",
         "Mr. Trump intends to deliver an address at the Press Club this month"),
    ]


def test_the_end_of_this_year_is_still_to_come(timeline):
    entries = timeline("A new drive is determined to defeat it before the end of the year.",
                       "2016-08-29")
    assert [(e.date, e.mod, e.relation) for e in entries] == [("2016", "END", "future")]


def test_the_verb_completed_keeps_an_adverb_that_denies_it(timeline):
    # "has yet to atone" says the opposite of "has to atone".
    entries = timeline("Armenia has yet to atone for its alleged role in deadly massacres in the "
                       "1990s.",
                       "2016-04-27")
    assert [e.event for e in entries] == [
        "Armenia has yet to atone for its alleged role in deadly massacres in the 1990s"]


def test_a_participle_clause_names_its_subject_in_brackets(timeline):
    entries = timeline("Texas Sen. Ted Cruz derailed the phenomenon, defeating Donald Trump in "
                       "the Iowa caucuses Monday. He was tired after leaving the bar on Friday.",
                       "2016-02-02")
    assert [e.event for e in entries] == [
        "leaving the bar on Friday",  # a pronoun says no more than nothing
        "[Texas Sen. Ted Cruz] defeating Donald Trump in the Iowa caucuses Monday"]


def test_a_dated_statement_says_what_was_said(timeline):
    entries = timeline("Mr. Manafort said Thursday night that Mr. Trump would moderate his "
                       "tone. \"We will win,\" Mr. Lewandowski said Friday. Mrs. Clinton said "
                       "on Saturday that ''this cannot be an American fight.''", "2016-04-25")
    assert [e.event for e in entries] == [
        "Mr. Manafort said Thursday night that Mr. Trump would moderate his tone",
        # A quotation before the verb keeps its marks, or it would read as the reporter's.
        "\"We will win,\" Mr. Lewandowski said Friday",
        # The closing mark went with the full stop: the opening one goes too.
        "Mrs. Clinton said on Saturday that this cannot be an American fight"]


def test_a_dated_statement_keeps_its_quotation_whole_or_leaves_it(timeline):
    entries = timeline("An MoD spokesman said today: \"It is with great sadness that we confirm "
                       "his death.\"\n\n“That is a fair point, because they care,” she told MSNBC "
                       "on Monday.\n\n''It is over,'' he said Tuesday.", "2018-03-31")
    assert sorted(e.event for e in entries) == [
        "''It is over,'' he said Tuesday",
        # A colon's quotation, marks and all.
        "An MoD spokesman said today: \"It is with great sadness that we confirm his death.\"",
        # The "because" clause is cut from the quotation: no marks around a part of it.
        "she told MSNBC on Monday"]


def test_a_date_before_its_noun_dates_that_noun_and_datelines_date_nothing(timeline):
    entries = timeline("LONDON, Sept 28 (Reuters) - Prices have fallen every week since June, "
                       "the longest run since the 2008 crisis.")
    assert [(e.date, e.phrase, e.event) for e in entries] == [
        ("2008", "2008", "the 2008 crisis"),
        ("2015-06", "since June", "Prices have fallen every week since June"),
    ]


def test_quote_dated_by_its_statement(timeline):
    entries = timeline("Prices fell.\n\n“We will see lower prices tomorrow,” said John Smith, "
                       "an analyst, on Friday.")
    tomorrow = next(e for e in entries if e.phrase == "tomorrow")
    assert (tomorrow.date, tomorrow.relation) == ("2015-09-26", "past")


def test_duplicates_are_merged(timeline):
    entries = timeline("Rebels seized the airport on Friday. Rebels seized the airport on "
                       "Friday.")
    assert len(entries) == 1
    # The same event told briefly beside its fuller telling; a different one on that date stays.
    entries = timeline("The two first emerged as rivals in their 2008 primary contest. The 2008 "
                       "primary was bitter. Banks failed in 2008.")
    assert [e.event for e in entries] == [
        "The two first emerged as rivals in their 2008 primary contest", "Banks failed in 2008"]
    # Other numbers, or a single word in common, make other events.
    entries = timeline("Trump won at least 139 delegates in 2008. Trump won at least 334 "
                       "delegates in 2008. The first vote came in 2008.")
    assert len(entries) == 3


def test_relation_of_periods():
    assert relation(parse("2015"), None, MONDAY, False) == "past"
    assert relation(parse("2015"), None, MONDAY, True) == "future"
    # "The end of the year" in late September is still to come; in mid-November it is here.
    assert relation(parse("2015"), "END", MONDAY, False) == "future"
    assert relation(parse("2015"), "END", dt.date(2015, 11, 16), False) == "past"
    assert relation(parse("2015-Q4"), None, MONDAY, False) == "future"
    # "By the middle of this century" is to come; the middle of this year was in June.
    assert relation(parse("20"), "MID", MONDAY, False) == "future"
    assert relation(parse("2015"), "MID", MONDAY, False) == "past"
    assert relation(parse("2015-09-28"), None, MONDAY, False) == "same-day"
    assert relation(parse("2015-09-27"), None, MONDAY, False) == "past"


def test_a_statement_dated_is_what_it_says(timeline):
    # The date hangs on "statement"; the event is what the spokesman said in it.
    entries = timeline("In a televised statement on Saturday, the army spokesman said the "
                       "campaign had brought security to Damascus.", "2018-04-02")
    assert [(e.date, e.event) for e in entries] == [
        ("2018-03-31", "In a televised statement on Saturday the army spokesman said the "
                       "campaign had brought security to Damascus")]


def test_the_weekend_of_the_publication_week(timeline):
    # Published on a Friday: that week's weekend is to come, the last one is past.
    entries = timeline("Michael Chiesa, a fighter who was set to compete in the weekend's "
                       "events, had minor injuries. Prices rose over the weekend.", "2018-04-06")
    assert sorted((e.date, e.relation) for e in entries) == [
        ("2018-W13-WE", "past"), ("2018-W14-WE", "future")]


@pytest.mark.parametrize(("value", "mod", "words"), [
    ("2014", "END", "end of 2014"), ("2015-09-28", None, "28 September 2015"),
    ("2015-09", "START", "early September 2015"), ("1989-Q3", None, "Q3 1989"),
    ("1998-FA", None, "autumn 1998"), ("199", None, "the 1990s"), ("20", None, "the 21st century"),
    ("2015-W40", None, "the week of 28 September 2015"), ("2015-09-28TEV", None,
                                                          "28 September 2015, evening"),
    ("PRESENT_REF", None, "PRESENT_REF"),
    # A modifier qualifies the part of the day, if any ("until midafternoon").
    ("2016-04-15TAF", "MID", "15 April 2016, mid-afternoon"),
    ("2016-03-01", "END", "late 1 March 2016"),
    # A rough point says so: "nearly two decades ago", "shortly after 3 p.m.".
    ("1995", "APPROX", "about 1995"),
    ("2015-11-18T15:00", "AFTER", "18 November 2015, after 15:00"),
    # A period written with "the" takes its part inside: never "mid-the 1980s".
    ("198", "MID", "the mid-1980s"), ("199", "START", "the early 1990s"),
    ("198", "END", "end of the 1980s"),
    ("2016-W10", "START", "early in the week of 7 March 2016"),
    ("2015-W46-WE", None, "the weekend of 14 November 2015"),
])
def test_describe(value, mod, words):
    assert describe(value, mod) == words


def test_describe_earlier_or_later_than_the_story_is_no_part_of_the_period():
    # TimeML gives "earlier this month" START, as "early this month"; in words they differ.
    assert describe("2016-09", "START", phrase="earlier this month") == (
        "earlier in September 2016")
    assert describe("2016-09", "START", phrase="early this month") == "early September 2016"
    assert describe("2016", "END", phrase="later this year") == "later in 2016"
    assert describe("2016-W10", "START", phrase="earlier this week") == (
        "earlier in the week of 7 March 2016")
    assert describe("1998-02-22TAF", "END", day_known=True,
                    phrase="later this afternoon") == "later in the afternoon"
    assert describe("2016-03-01", "START", day_known=True, phrase="earlier today") == (
        "earlier in the day")
    assert describe("2016-03-01", "START", phrase="earlier today") == (
        "1 March 2016, earlier in the day")


def test_describe_on_the_day_says_only_the_time():
    assert describe("2016-03-01", "END", day_known=True) == "late in the day"
    assert describe("2016-04-15TAF", "MID", day_known=True) == "mid-afternoon"
    assert describe("2016-04-15T14:30", None, day_known=True) == "14:30"
    assert describe("2016-04-15", None, day_known=True) == ""


def test_page_groups_the_timeline(sample):
    groups = ArticlePage(sample).timeline_groups()
    assert [g["kind"] for g in groups] == ["past", "same-day", "future"]
    assert groups[1]["title"] == "On the day, 28 September 2015"
    # On the day the entry gives only its time; elsewhere the date.
    assert groups[1]["entries"][0]["label"] == "morning"
    assert groups[0]["entries"][4]["label"] == "end of 2014"
    assert groups[2]["entries"][0]["datetime"] == "2015-09-29"


def test_page_timeline_renders_as_html_linked_to_sentences(sample):
    html = markdown.markdown(render_article(sample),
                             extensions=["attr_list", "md_in_html", "tables", "toc"])
    section = html.split('<div class="ex-timeline">', 1)[1].split("</div>", 1)[0]
    assert section.count('<li class="ex-tl-entry">') == len(GOLDEN)
    assert '<time class="ex-tl-date" datetime="2014">end of 2014</time>' in section
    assert section.count('href="#s-') == len(GOLDEN)
    assert "ex-tl-same-day" in section and "ex-tl-future" in section


def test_page_timeline_escapes_the_article_text(sample):
    hostile = "<script>alert(1)</script> **bold** [x](javascript:alert(1))"
    entry = dataclasses.replace(sample.timeline[0], event=hostile, phrase="<b>since</b>")
    x = dataclasses.replace(sample, timeline=[entry])
    html = markdown.markdown(render_article(x), extensions=["attr_list", "md_in_html", "toc"])
    section = html.split('<div class="ex-timeline">', 1)[1].split("</div>", 1)[0]
    assert "<script" not in section and "<b>" not in section and "<strong>" not in section
    assert "javascript:" not in section.replace("[x](javascript:alert(1))", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section


def test_empty_timeline_says_so(sample):
    x = dataclasses.replace(sample, timeline=[])
    assert "No dated events were found." in render_article(x)


def test_a_range_is_one_entry_dated_by_both_ends(timeline, sample):
    entries = timeline("He owned the New Jersey Generals between 1983 and 1986. She served "
                       "as governor from 1999 to 2003. Profits rose in 2001 and 2002. The poll "
                       "was taken from May 3 – May 7.")
    assert [(e.date, e.until, e.phrase) for e in entries] == [
        ("1983", "1986", "between 1983 and 1986"), ("1999", "2003", "from 1999 to 2003"),
        ("2001", None, "2001"), ("2015-05-03", "2015-05-07", "from May 3 – May 7")]
    page = ArticlePage(dataclasses.replace(sample, timeline=entries[:1]))
    assert page.timeline_groups()[0]["entries"][0]["label"] == "1983–1986"


def test_a_range_of_days_in_one_month_is_one_entry(timeline):
    entries = timeline("The poll was conducted from Sept. 19 to 22.")
    assert [(e.date, e.until, e.phrase) for e in entries] == [
        ("2015-09-19", "2015-09-22", "from Sept. 19 to 22")]


def test_a_file_s_date_is_not_passed_off_as_the_publication_date(sample):
    assert "the file's date" not in render_article(sample)
    article = dataclasses.replace(sample.article, date_source="file")
    page = render_article(dataclasses.replace(sample, article=article))
    assert "28 September 2015 *(the file's date; the article gives none)*" in page

"""The temporal tagger on snippets published Monday 28 September 2015, values checked by hand."""

from __future__ import annotations

import pytest

from generator.temporal import extract_times


@pytest.fixture
def tag(analyse_text):
    def run(text: str, date: str = "2015-09-28") -> list[tuple[str, str, str, str | None]]:
        analysis = analyse_text(text, date)
        times = extract_times(analysis)
        for time in times:
            assert analysis.body[time.span[0]:time.span[1]] == time.text
        return [(t.text, t.type, t.value, t.mod) for t in times]

    return run


@pytest.mark.parametrize(("text", "expected"), [
    # Explicit and partial dates; a bare one takes its year from the tense.
    ("The talks began on Feb. 9, 2014.", ("Feb. 9, 2014", "DATE", "2014-02-09", None)),
    ("The deal was signed on Feb. 9.", ("Feb. 9", "DATE", "2015-02-09", None)),
    ("The deal was signed on Feb.9.", ("Feb.9", "DATE", "2015-02-09", None)),
    ("The vote will be held on Feb. 9.", ("Feb. 9", "DATE", "2016-02-09", None)),
    ("Elections are due in September 2016.", ("September 2016", "DATE", "2016-09", None)),
    ("Prices fell in September.", ("September", "DATE", "2015-09", None)),
    ("Rivals offered discounts over the summer.", ("the summer", "DATE", "2015-SU", None)),
    ("It was 28 September 2015.", ("28 September 2015", "DATE", "2015-09-28", None)),
    # A broadcast transcript spells its years out, after a month or a season too.
    ("January nineteen ninety-seven. Atlanta again.", ("January nineteen ninety-seven", "DATE",
                                                       "1997-01", None)),
    ("We saw that in the winter of nineteen ninety-four.",
     ("the winter of nineteen ninety-four", "DATE", "1994-WI", None)),
    ("Markets were calm in the 1990s.", ("the 1990s", "DATE", "199", None)),
    ("He played in the 2015-16 season.", ("2015-16", "DATE", "2015", None)),
    ("The data are from 2015-09-01.", ("2015-09-01", "DATE", "2015-09-01", None)),
    # Weekdays: the publication day itself, else back or forward by the verb's tense.
    ("Fighters on Monday battled their way in.", ("Monday", "DATE", "2015-09-28", None)),
    ("He arrived on Friday.", ("Friday", "DATE", "2015-09-25", None)),
    ("He will arrive on Friday.", ("Friday", "DATE", "2015-10-02", None)),
    # A past plan looks ahead from when it was made: the nearest Tuesday, not the last one;
    # the day the planning happened is past.
    ("Protesters planned a large demonstration on Tuesday.", ("Tuesday", "DATE", "2015-09-29",
                                                              None)),
    ("On Friday, the government planned new measures.", ("Friday", "DATE", "2015-09-25", None)),
    ("He broke the record set on Aug. 6.", ("Aug. 6", "DATE", "2015-08-06", None)),
    ("The talks are to resume on Thursday.", ("Thursday", "DATE", "2015-10-01", None)),
    # What a deadline is moved "until" is still ahead; what merely lasted until a day is not.
    ("Officials postponed until Thursday any action on the case.",
     ("Thursday", "DATE", "2015-10-01", None)),
    ("The agency extended its deadline until Friday.", ("Friday", "DATE", "2015-10-02", None)),
    ("He stayed in the hospital until Friday.", ("Friday", "DATE", "2015-09-25", None)),
    # What is done "despite" or "after" doing it was done; "according to" is no verb.
    ("He is lagging in the polls despite winning the primary there in February.",
     ("February", "DATE", "2015-02", None)),
    ("Voters, who made up half the turnout according to a February survey, are not sold.",
     ("February", "DATE", "2015-02", None)),
    ("He will campaign in Ohio after winning the primary in February.",
     ("February", "DATE", "2016-02", None)),
    # A timetable's simple present looks ahead.
    ("The program, which ends June 30, is large.",
     ("June 30", "DATE", "2016-06-30", None)),
    ("The session opens Friday.", ("Friday", "DATE", "2015-10-02", None)),
    # "Had been due to" looked ahead from a past day, which may be before today.
    ("The offer had been due to expire on Saturday.", ("Saturday", "DATE", "2015-09-26", None)),
    ("Rebels attacked the town on Saturday night.",
     ("Saturday night", "TIME", "2015-09-26TNI", None)),
    # Relative expressions.
    ("Police said so yesterday.", ("yesterday", "DATE", "2015-09-27", None)),
    ("The rebels struck last week.", ("last week", "DATE", "2015-W39", None)),
    ("It rained earlier this month.", ("earlier this month", "DATE", "2015-09", "START")),
    ("It will open next year.", ("next year", "DATE", "2016", None)),
    ("It closed two years ago.", ("two years ago", "DATE", "2013", None)),
    ("It closed a decade ago.", ("a decade ago", "DATE", "2005", None)),
    ("It closed years ago.", ("years ago", "DATE", "PAST_REF", None)),
    ("It was founded late last year.", ("late last year", "DATE", "2014", "END")),
    ("It was sold last May.", ("last May", "DATE", "2015-05", None)),
    ("It will be sold next May.", ("next May", "DATE", "2016-05", None)),
    # Parts of periods, quarters, seasons.
    ("Growth slowed in mid-2013.", ("mid-2013", "DATE", "2013", "MID")),
    ("The mission ended at the end of 2014.", ("the end of 2014", "DATE", "2014", "END")),
    ("Profit rose in the third quarter.", ("the third quarter", "DATE", "2015-Q3", None)),
    ("Profit rose in Q2 2014.", ("Q2 2014", "DATE", "2014-Q2", None)),
    ("Sales fell in the first half of 2014.", ("the first half of 2014", "DATE", "2014-H1",
                                               None)),
    # "the last quarter of 2014" is that year's fourth; "the last quarter" alone the one
    # before this.
    ("Sales rose in the last quarter of 2014.", ("the last quarter of 2014", "DATE",
                                                 "2014-Q4", None)),
    ("Earnings fell in the final half of last year.", ("the final half of last year", "DATE",
                                                       "2014-H2", None)),
    ("Sales rose in the last quarter.", ("the last quarter", "DATE", "2015-Q2", None)),
    ("It was hot last summer.", ("last summer", "DATE", "2015-SU", None)),
    ("It snowed in the winter of 2009.", ("the winter of 2009", "DATE", "2009-WI", None)),
    ("Forces left for the first time since 2001.", ("2001", "DATE", "2001", None)),
    ("It was Christmas Day 2014.", ("Christmas Day 2014", "DATE", "2014-12-25", None)),
    ("It should close by year-end.", ("year-end", "DATE", "2015-12-31", None)),
    ("Shares have gained 5% since year-end.", ("year-end", "DATE", "2014-12-31", None)),
    # Times of day.
    ("They met at noon Saturday.", ("noon Saturday", "TIME", "2015-09-26T12:00", None)),
    ("They attacked before dawn.", ("dawn", "TIME", "2015-09-28TMO", None)),
    ("He spoke this morning.", ("this morning", "TIME", "2015-09-28TMO", None)),
    ("He spoke last night.", ("last night", "TIME", "2015-09-27TNI", None)),
    # Durations.
    ("Its biggest gains in 14 years.", ("14 years", "DURATION", "P14Y", None)),
    ("It lasted more than two decades.", ("more than two decades", "DURATION", "P20Y",
                                          "MORE_THAN")),
    ("The trip takes three hours.", ("three hours", "DURATION", "PT3H", None)),
    ("He served two and a half years.", ("two and a half years", "DURATION", "P2Y6M", None)),
    ("It took a year and a half.", ("a year and a half", "DURATION", "P1Y6M", None)),
    ("It took a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S", None)),
    ("He waited half an hour.", ("half an hour", "DURATION", "PT30M", None)),
    ("The worst drought in half a century.", ("half a century", "DURATION", "P50Y", None)),
    # One more, and a couple after a determiner.
    ("The loan may be extended for an additional year.", ("an additional year", "DURATION",
                                                          "P1Y", None)),
    ("He stayed an extra week.", ("an extra week", "DURATION", "P1W", None)),
    ("Over the next couple of years we will grow.", ("the next couple of years", "DURATION",
                                                     "P2Y", None)),
    # "over" more than a span, or across it.
    ("He was jailed for over 20 years.", ("over 20 years", "DURATION", "P20Y", "MORE_THAN")),
    ("The talks were held over two days.", ("over two days", "DURATION", "P2D", None)),
    ("Over the past few weeks prices rose.", ("the past few weeks", "DURATION", "PXW", None)),
    # Decades in years, however many: "decades" as "two decades" is P20Y; and "a" is one
    # of a unit, not of units.
    ("It ended a decades-long feud.", ("decades-long", "DURATION", "PXY", None)),
    ("A months-long inquiry ended.", ("months-long", "DURATION", "PXM", None)),
    ("It took a business day.", ("a business day", "DURATION", "P1D", None)),
    ("He signed a 30-year lease.", ("30-year", "DURATION", "P30Y", None)),
    # Sets.
    ("The festival is held every year.", ("every year", "SET", "P1Y", None)),
    ("They meet every other week.", ("every other week", "SET", "P2W", None)),
    ("He earns $50,000 a year.", ("a year", "SET", "P1Y", None)),
    ("Prices are checked daily.", ("daily", "SET", "P1D", None)),
    ("The club meets each Monday.", ("each Monday", "SET", "XXXX-WXX-1", None)),
    # Vague references.
    ("He recently moved.", ("recently", "DATE", "PAST_REF", None)),
    # "to this day" is "still", not the day of publication.
    ("The gym to this day hosts a boxing class.", ("to this day", "DATE", "PRESENT_REF", None)),
    ("Fighters are now advancing.", ("now", "DATE", "PRESENT_REF", None)),
    ("Nobody knows what happens in the future.", ("the future", "DATE", "FUTURE_REF", None)),
    ("We need bold action in the very near future.",
     ("near future", "DATE", "FUTURE_REF", None)),
    # A headline's bare infinitive is the root of its parse, and its own head.
    ("To meet on Friday.", ("Friday", "DATE", "2015-09-25", None)),
    # The end of the year the text is about.
    ("It aims to win before the end of the year.",
     ("the end of the year", "DATE", "2015", "END")),
    ("They met at the end of the month.", ("the end of the month", "DATE", "2015-09", "END")),
    # "today" between "is" and what something is means nowadays; where it is, the day.
    ("Turkey is today an ally of whoever supports Erdogan.",
     ("today", "DATE", "PRESENT_REF", None)),
    ("Obama is in Paris today.", ("today", "DATE", "2015-09-28", None)),
    # A bare half is the year's where figures are reported for it.
    ("Profit rose 38% in the first half.", ("the first half", "DATE", "2015-H1", None)),
    # A season across two years is the first year's.
    ("It began in the winter of 2004-5.", ("the winter of 2004-5", "DATE", "2004-WI", None)),
    # The season, where "this fall in prices" is a drop.
    ("He campaigned this fall in Iowa.", ("this fall", "DATE", "2015-FA", None)),
])
def test_expression(tag, text, expected):
    assert tag(text) == [expected]


def test_later_in_the_day_is_the_day_the_text_is_about(tag):
    assert tag("On Friday, the army attacked. Later in the day, rebels fled.") == [
        ("Friday", "DATE", "2015-09-25", None), ("the day", "DATE", "2015-09-25", None)]
    assert tag("Earlier in the day, police said two people died.") == [
        ("the day", "DATE", "2015-09-28", None)]
    assert tag("He said it was the best day of his life.") == []


def test_a_unit_after_a_clause_is_no_rate(tag):
    # "$50,000 a year" is a rate; "a year" after a comma or before "after" is a span.
    assert tag("He took office in 2012, a year after the uprising.") == [
        ("2012", "DATE", "2012", None), ("a year", "DURATION", "P1Y", None)]


def test_set_for_plans_as_scheduled_does(tag):
    # Published 12 March 1999: the summit is the coming April, not the April before; a
    # record "set on" a day stays past.
    assert tag("The issue is expected to dominate a NATO summit set for Washington in "
               "April.", "1999-03-12") == [("April", "DATE", "1999-04", None)]
    assert tag("He broke the record set in April.", "1999-03-12") == [
        ("April", "DATE", "1998-04", None)]


def test_clock_times_take_the_day_they_are_given(tag):
    assert tag("The blast came at 10:35 a.m. on Friday.") == [
        ("10:35 a.m.", "TIME", "2015-09-25T10:35", None),
        ("Friday", "DATE", "2015-09-25", None),
    ]
    assert tag("The blast came at 10:35 a.m. Friday.") == [
        ("10:35 a.m. Friday", "TIME", "2015-09-25T10:35", None)]


def test_anaphora_count_from_the_last_date_mentioned(tag):
    found = tag("The ceasefire began on March 3. Two days later, fighting resumed. "
                "The next day the talks collapsed. That night the city fell.")
    assert found == [
        ("March 3", "DATE", "2015-03-03", None),
        ("Two days later", "DATE", "2015-03-05", None),
        ("The next day", "DATE", "2015-03-06", None),
        ("That night", "TIME", "2015-03-06TNI", None),
    ]


def test_hours_later_are_on_the_story_s_last_day_hours_ago_today(tag):
    found = tag("Trump spoke in Cleveland on Friday. Just three hours later, Obama addressed "
                "the attack in Munich. Two hours ago, police said the gunman was dead.",
                date="2016-07-23")
    assert found == [
        ("Friday", "DATE", "2016-07-22", None),
        ("three hours later", "DATE", "2016-07-22", None),
        ("Two hours ago", "DATE", "2016-07-23", None),
    ]


def test_a_year_earlier_counts_from_the_story(tag):
    found = tag("The plant opened on March 3, 2010. A year earlier, the site was empty.")
    assert found[1] == ("A year earlier", "DATE", "2009", None)


def test_a_year_ago_in_a_report_on_a_quarter_is_that_quarter(tag):
    found = tag("Profit rose in the second quarter, from $5 million a year ago.")
    assert found[1] == ("a year ago", "DATE", "2014-Q2", None)
    assert tag("The town fell a year ago.") == [("a year ago", "DATE", "2014", None)]


def test_the_prospect_of_doing_something_in_a_month_looks_ahead(tag):
    # In January, November is nearer behind; the general election is ahead.
    found = tag("Republicans appear to be salivating over the prospect of taking on the "
                "Democratic socialist in November's general election.", date="2016-01-22")
    assert found == [("November", "DATE", "2016-11", None)]
    assert tag("Viguerie is upbeat about Cruz's chances of winning in November.",
               date="2016-01-22")[0][2] == "2016-11"


def test_the_weekend_follows_the_tense_or_else_the_nearer_one(tag):
    # 28 September 2015 is a Monday: with no tense the weekend just past…
    assert tag("The war continues, with rebels making gains over the weekend.") == [
        ("the weekend", "DATE", "2015-W39-WE", None)]
    # …on a Thursday the coming one; a tense decides either way.
    assert tag("The war continues, with rebels making gains over the weekend.",
               date="2015-10-01")[0][2] == "2015-W40-WE"
    assert tag("The talks will resume at the weekend.")[0][2] == "2015-W40-WE"
    assert tag("The talks resumed at the weekend.", date="2015-10-01")[0][2] == "2015-W39-WE"


def test_history_in_an_earlier_paragraph_does_not_date_the_story(tag):
    text = ("A truck rammed into a crowd on Thursday night.\n\nThe holiday marks the storming "
            "of the Bastille on July 14, 1789.\n\nFireworks crackled for most of the night.")
    assert tag(text, date="2016-07-15")[-1] == ("the night", "TIME", "2016-07-14TNI", None)
    # Within its own paragraph the history still counts.
    found = tag("Crowds stormed the Bastille on July 14, 1789. That night, the king slept.",
                date="2016-07-15")
    assert found[-1][2].startswith("1789-07-14")
    # An anaphor points back across the paragraph all the same.
    text = "Back in 1999, he praised her.\n\nAnd a couple of years later, he echoed her."
    assert [t[2] for t in tag(text, date="2015-12-31")] == ["1999", "2001"]


def test_a_half_of_a_century_is_no_half_of_this_year(tag):
    found = tag("Jobs moved south in the second half of the 20th century.")
    assert found == [("the 20th century", "DATE", "19", None)]


def test_the_latest_period_is_the_quarter_reported_on(tag):
    found = tag("Profit rose in the second quarter. Sales in the latest period were flat.")
    assert found[1] == ("the latest period", "DATE", "2015-Q2", None)
    # However far the words run between them.
    found = tag("Profit rose in the second quarter. The company, which makes pumps and valves "
                "for the oil and gas industry, said sales in the latest period were flat.")
    assert found[1] == ("the latest period", "DATE", "2015-Q2", None)
    # "The most recent period of unrest" is no reporting period.
    found = tag("Growth slowed in the second quarter. The protests mark the most recent "
                "period of unrest.")
    assert [t[0] for t in found] == ["the second quarter"]
    # With no quarter or half in view, "period" dates nothing.
    assert tag("Sales in the latest period were flat.") == []


def test_a_year_ended_on_a_day_is_a_duration(tag):
    # TimeML's anchored duration: twelve months up to that day, not the calendar year.
    found = tag("Net income for the year ended July 2 rose. The fiscal year ending June 30 "
                "was hard. Sales in the quarter ended Sept. 30 fell. The year ended badly.")
    assert [(t, kind) for t, kind, _, _ in found] == [
        ("the year", "DURATION"), ("July 2", "DATE"), ("The fiscal year", "DURATION"),
        ("June 30", "DATE"), ("the quarter", "DATE"), ("Sept. 30", "DATE"), ("The year", "DATE")]
    assert [value for _, kind, value, _ in found if kind == "DURATION"] == ["P1Y", "P1Y"]
    assert found[-1][2] == "2015"


def test_inside_a_quote_dates_count_from_the_statement(tag):
    # An undated statement speaks on the day of publication…
    assert tag("“We will win today,” he said.") == [("today", "DATE", "2015-09-28", None)]
    # …a dated one on its own day.
    found = tag("“We will win today,” he said on Friday.")
    assert found == [("today", "DATE", "2015-09-25", None),
                     ("Friday", "DATE", "2015-09-25", None)]
    # Outside the quote "today" is still the publication day.
    found = tag("He said on Friday that they would win. Fighting resumed today.")
    assert found[-1] == ("today", "DATE", "2015-09-28", None)


@pytest.mark.parametrize("text", [
    "Talks may resume.",
    "Prices began to fall sharply.",
    "The company hired 2000 people.",
    "It costs $2015 a unit.",
    "Stocks rose 1999 points to 12,345.",
    "Agents are looking at U.S. Code 18, Section 1001, which makes it a crime to lie.",
    "The plane, Flight 1549, landed in the Hudson.",
    "Market makers cut costs.",
    "It happened for a second time.",
    "He is a 10-year-old boy.",
    "Iraq imports about three-quarters of its food.",
    "Clinton spoke on The Steve Harvey Morning Show.",
    "Farkas said so on state TV's morning talk show.",
    "Large communities of Eastern and Northern European heritage live there.",
    "The quarter-century-old Franco-German brigade will grow.",
    "He scored in the first half of the match.",
    "“So far the Super Bowl is very boring,” he tweeted during the first half.",
    "Trump spoke at the Mar-a-Lago resort in Florida.",
    "After this fall in prices in energy resources, all the indicators slipped.",
    # A turn in the telling, not the present.
    "Iraq was ready to withdraw. Now, he says, it looks like the West wants to destroy it.",
    'He paused. "Now, let me be clear about one thing," he said.',
    # Titles and greetings.
    "Gonzalez said so on CBS's 60 Minutes.",
    "It was just another day in the campaign.",
    "The poster showed Gary Cooper in High Noon.",
    "Good evening from the central park in Havana.",
    "He said that quarter profits rose.",
    "No help came from that quarter.",
    "The firm took over the summer camp business.",
])
def test_words_that_are_not_times(tag, text):
    assert tag(text) == []


def test_no_publication_date_no_times(analyse_text):
    analysis = analyse_text("He arrived on Friday.", date=None)
    assert extract_times(analysis) == []


def test_asides_and_credits_are_skipped(tag):
    text = "Fighting resumed on Monday.\n\nReporting by Jane Doe on Sunday; editing by Bob"
    assert [t[0] for t in tag(text)] == ["Monday"]


def test_names_and_figures_of_speech_are_no_times(tag):
    assert tag("A member of USA TODAY's Board of Contributors wrote this.") == []
    assert tag("This is VOA Today.") == []
    assert tag("It has festered since the dawn of the conflict in 1988.") == [
        ("1988", "DATE", "1988", None)]
    # "midnight" is no "mid-" night, and a midnight curfew is a kind of curfew.
    assert tag("The city lifted a midnight curfew.", date="2016-09-26") == []
    assert tag("The curfew starts at midnight.", date="2016-09-26") == [
        ("midnight", "TIME", "2016-09-26T24:00", None)]
    assert tag("They met at dawn.", date="2016-09-26")[0][2] == "2016-09-26TMO"
    # A month before a name, with no preposition, is a name mistyped or a name's word.
    assert tag("He said that March Rubio was a lightweight. March Madness began.") == []
    assert tag("In March Obama signed it.", date="2016-04-01")[0][2] == "2016-03"
    # A march is no month: "the 1963 March on Washington", "the March for Our Lives".
    assert tag("He joined the 1963 March on Washington.") == [("1963", "DATE", "1963", None)]
    assert tag("They joined the March for Our Lives.") == []
    assert tag("Agents watched the annual March for Life.") == []
    assert tag("It was a busy March for Congress.")[0][2] == "2015-03"
    # A capital alone makes no title of noon.
    assert tag("The rally starts at 12 Noon on Friday.")[0][:3] == ("Noon", "TIME",
                                                                    "2015-10-02T12:00")
    # The model's "the Aug. 7" is no name wider than the date.
    assert tag("Tourism fell after the Aug. 7 Embassy bombings in Nairobi.")[0][0] == "Aug. 7"
    assert tag("He will visit in March for the first time.", date="2016-02-17")[0][2] == "2016-03"


def test_a_gerund_after_a_preposition_takes_its_verbs_tense(tag):
    found = tag("Beijing responded by establishing a bank in June.", date="2015-12-28")
    assert found == [("June", "DATE", "2015-06", None)]
    # A gerund a verb completes looks ahead as before.
    found = tag("Officials were considering raising rates in June.", date="2015-12-28")
    assert found == [("June", "DATE", "2016-06", None)]



def test_days_later_than_a_month_are_in_that_month(tag):
    found = tag("The court voted 5 to 4 in February. Justice Scalia died four days later.",
                date="2016-04-22")
    assert [t[2] for t in found] == ["2016-02", "2016-02"]  # not four days after publication


def test_the_next_day_after_only_a_year_is_in_that_year(tag):
    # A story told in 1978 has no day after publication in it.
    found = tag("In 1978 a power struggle erupted. The next day he was arrested. The day "
                "after, he fled. That night he crossed the border.", date="2016-09-03")
    assert [t[2] for t in found] == ["1978", "1978", "1978", "1978"]
    found = tag("The lights cut out one chilly night this July. He left the following "
                "morning.", date="2016-09-03")
    assert found[-1] == ("the following morning", "DATE", "2016-07", None)


def test_a_years_events_are_dated_a_count_is_not(tag):
    assert tag("Bill Clinton won in the 1992 primaries.")[0][2] == "1992"
    assert tag("About 2000 people attended.") == []
    # Words between the number and its noun describe what is counted, unless they name whose
    # figures those are.
    assert tag("The survey was conducted among 2047 registered voters.") == []
    assert tag("Analysts were predicting 1990 BellSouth earnings.")[0][2] == "1990"
    assert tag("The write-off is in the company's 1989 operating results.")[0][2] == "1989"


def test_a_shows_title_is_no_week(tag):
    assert tag("Baker said on ABC News' This Week that the resolutions stood.") == []
    assert tag("This week, Baker said so.", date="2015-11-20")[0][2] == "2015-W47"


def test_the_month_to_come_is_no_month_gone_by(tag):
    date = "2016-02-17"
    found = tag("The offices opened last April. Clinton is slated to be at the "
                "university later in the month.", date=date)
    assert [t[2] for t in found] == ["2015-04", "2016-02"]
    # Looking back, "the month" is the one just named.
    found = tag("Sales fell last June. For the month, sales were down.", date=date)
    assert [t[2] for t in found] == ["2015-06", "2015-06"]


def test_a_condition_on_what_will_happen_looks_ahead(tag):
    # Published on Monday 16 May 2016; each verb alone would read as past or present.
    date = "2016-05-16"
    assert tag("Ties would fare better if he won the election on Nov. 8.",
               date=date)[0][2] == "2016-11-08"
    assert tag("Cameron would work with him if he wins in November.", date=date)[0][2] == "2016-11"
    assert tag("He will leave when the session ends on Friday.", date=date)[0][2] == "2016-05-20"
    # Without a future in the main clause the tense stands.
    assert tag("He left when the session ended on Friday.", date=date)[0][2] == "2016-05-13"


def test_a_date_after_since_is_background_for_what_follows(tag):
    found = tag("When Obama flew to Boise last winter, he met the wife of a pastor held "
                "prisoner since 2012. A year later, Obama called her.", date="2016-01-20")
    assert [t[2] for t in found] == ["2015-WI", "2012", "2016"]


def test_a_day_the_text_dates_in_full_keeps_its_year_without_one(tag):
    found = tag("Women were shocked after Sept. 11. She called weeks after the 9/11 attacks. "
                "A memorial will be held on Sept. 11.", date="2016-03-18")
    # In the past, the day 9/11 names; ahead, the next Sept. 11 as ever.
    assert [v for _, _, v, _ in found] == ["2001-09-11", "2016-09-11"]
    found = tag("He was kidnapped on March 26, 1996. He probably died within weeks of his "
                "capture on March 26.", date="1998-02-19")
    assert found[-1] == ("March 26", "DATE", "1996-03-26", None)
    # With neither, a bare day takes its year from the tense.
    assert tag("Women were shocked after Sept. 11.", date="2016-03-18")[0][2] == "2015-09-11"


def test_a_date_in_apposition_restates_the_relative_one(tag):
    found = tag("A library was built in 1902 on the corner. It was torn down after a "
                "hurricane. Five years later, in 1970, the lot became home to an inn.",
                date="2018-03-01")
    assert found[1:] == [("Five years later", "DATE", "1970", None),
                         ("1970", "DATE", "1970", None)]


def test_that_quarter_is_the_last_one_named(tag):
    found = tag("Profit fell in the second quarter, ended Aug. 31. Results for that quarter "
                "included a write-down.")
    assert found[-1] == ("that quarter", "DATE", "2015-Q2", None)


def test_the_night_of_a_day_is_that_days_night(tag):
    found = tag("He was shot dead on the night of Friday, Oct. 23, 1998.", date="1998-11-21")
    assert found[0] == ("the night", "TIME", "1998-10-23TNI", None)


def test_a_headlines_capitals_make_no_title(tag):
    assert tag("State Department Hid Key Clinton Email For Years.") == [
        ("Years", "DURATION", "PXY", None)]


def test_an_hour_in_the_morning_is_a_clock_time(tag):
    assert tag("He was woken at 4 in the morning.", date="2000-04-06") == [
        ("4 in the morning", "TIME", "2000-04-06T04:00", None)]
    # Spelled out, with no digit nearby to find it by.
    assert tag("He tweeted at three o’clock in the morning.", date="2000-04-06") == [
        ("three o’clock in the morning", "TIME", "2000-04-06T03:00", None)]
    assert tag("They met at four in the afternoon.", date="2000-04-06")[0][2] == \
        "2000-04-06T16:00"
    # A count is no hour: before a session, or with no word that says a time.
    assert tag("She scored 2 in the afternoon session.", date="2000-04-06") == [
        ("the afternoon", "TIME", "2000-04-06TAF", None)]
    assert [t[0] for t in tag("Take two pills, one in the morning and one in the evening.",
                              date="2000-04-06")] == ["the morning", "the evening"]
    assert tag("They met at nine o'clock.", date="2000-04-06")[0][2] == "2000-04-06T09:00"


def test_the_week_of_a_day_is_that_days_week(tag):
    assert tag("A hearing is set for the week of March 6.", date="2000-02-24") == [
        ("the week of March 6", "DATE", "2000-W10", None)]
    # A Sunday opens its week, as Americans count.
    assert tag("A hearing is set for the week of March 5.", date="2000-02-24")[0][2] == \
        "2000-W10"
    # No day, no week of it.
    assert [t[0] for t in tag("The week of March was busy.", date="2000-02-24")] == [
        "The week", "March"]
    assert [t[0] for t in tag("The week of March 1999 was busy.", date="2000-02-24")] == [
        "The week", "March 1999"]


def test_one_day_after_a_modal_is_some_day_to_come(tag):
    assert tag("Islam will one day be the second largest religion.", date="1998-03-03") == [
        ("one day", "DATE", "FUTURE_REF", None)]
    assert tag("She hopes to one day run.", date="1998-03-03")[0][2] == "FUTURE_REF"
    assert tag("A road that could one day stretch to Europe.", date="1998-03-03")[0][2] == \
        "FUTURE_REF"
    # A span stays a span, and a month is no modal.
    for text in ("The strike lasted one day.", "He was held for up to one day.",
                 "The visits were cut to one day a week.", "I went to one day of the trial."):
        assert tag(text, date="1998-03-03")[0][2] == "P1D", text
    assert [t[1] for t in tag("In May one day he walked home.", date="1998-03-03")] == [
        "DATE", "DURATION"]


def test_a_quarter_ended_on_a_day_is_the_quarter_before_it(tag):
    found = tag("In the quarter ended July 31, Jayark had 5.6 million shares outstanding.",
                date="1989-10-30")
    assert found[0] == ("the quarter", "DATE", "1989-Q2", None)  # May to July
    found = tag("Sales rose in the quarter ended Sept. 30 to $747.8 million from $623.5 "
                "million a year ago.", date="1989-10-26")
    assert [(t[0], t[2]) for t in found] == [
        ("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30"), ("a year ago", "1988-Q3")]


def test_the_day_before_a_weekday(tag):
    assert tag("He was seen the day before last Tuesday.", date="2000-02-24") == [
        ("the day before last Tuesday", "DATE", "2000-02-21", None)]
    assert tag("He raised $18 million on the day after Monday's debate.",
               date="2016-09-30")[0][:3] == ("the day after Monday", "DATE", "2016-09-27")
    # A day, not that day's night.
    assert tag("The day before Tuesday night's debate, he rested.", date="2000-03-01")[0][1:3] \
        == ("DATE", "2000-02-28")


def test_the_first_two_quarters_are_the_first_half(tag):
    assert tag("Profit in the first two quarters of 1990 will rise.", date="1989-10-26") == [
        ("the first two quarters of 1990", "DATE", "1990-H1", None)]
    assert tag("In the first two quarters, sales rose.", date="1989-10-26")[0][2] == "1989-H1"
    assert tag("Profit in the first two quarters of last year fell.",
               date="1989-10-26")[0][:3] == ("the first two quarters of last year", "DATE",
                                             "1988-H1")
    assert tag("The last two quarters of 1990 will be weak.", date="1989-10-26")[0][2] == \
        "1990-H2"
    # The last two quarters, with no year, are the latest two: a span; and a game's are no
    # half of a year.
    assert tag("In the last two quarters, sales fell.", date="1989-10-26")[0][1:3] == (
        "DURATION", "P6M")
    assert not any(t[2].endswith("H1") for t in tag(
        "The Bulls trailed in the first two quarters of the game.", date="1989-10-26"))


def test_a_quarter_a_year_ago(tag):
    found = tag("Columbia lost money in the third quarter. For the quarter a year ago, it "
                "reported earnings.", date="1989-10-26")
    assert found[-1] == ("the quarter a year ago", "DATE", "1988-Q3", None)
    assert tag("Profit in the third quarter a year ago was $5 million.",
               date="1989-10-26")[0][2] == "1988-Q3"
    # Half a year is no half of one: six months back.
    assert tag("He moved here half a year ago.", date="1989-10-26")[0][:3] == (
        "half a year ago", "DATE", "1989-04")


def test_an_hour_in_the_morning_needs_words_that_say_a_time(tag):
    for text, value in (("He stayed until 2 in the morning.", "1989-10-26T02:00"),
                        ("It was nearly 3 in the morning when he left.", "1989-10-26T03:00"),
                        ("Open between 9 in the morning and noon.", "1989-10-26T09:00")):
        assert tag(text, date="1989-10-26")[0][2] == value, text
    # A programme is no time.
    assert not tag("He watched the six o'clock news.", date="1989-10-26")


def test_one_day_to_come_needs_a_modal_or_a_verbs_to_and_a_verb(tag):
    assert tag("He will one day soon retire.", date="1989-10-26")[0][2] == "FUTURE_REF"
    for text in ("By May one day passed.",
                 "The stay was shortened from three days to one day last month."):
        assert "FUTURE_REF" not in [t[2] for t in tag(text, date="1989-10-26")], text


def test_a_half_a_year_earlier_and_the_quarters_of_the_year(tag):
    assert tag("Profit was $3 million in the first half a year earlier.",
               date="1989-10-26")[0][:3] == ("the first half a year earlier", "DATE", "1988-H1")
    assert tag("Sales rose in the first two quarters of the year.",
               date="1989-10-26")[0][2] == "1989-H1"


def test_a_recurrence_adjective_is_a_set_but_a_name_or_a_quarterly_report_is_not(tag):
    assert tag("Clinton said in his weekly radio address that it was over.",
               date="1998-08-08") == [("weekly", "SET", "P1W", None)]
    assert tag("Average hourly earnings rose 4 cents.", date="1998-02-06") == [
        ("hourly", "SET", "PT1H", None)]
    assert tag("Daily life is hard in Gaza.", date="1998-02-06") == [
        ("Daily", "SET", "P1D", None)]
    # Names, the noun, the quarterly report and what is not every week are no sets.
    for text in ("He read the Daily News on the train.", "Israel's biggest paper is a free daily.",
                 "The company cut its quarterly dividend.", "He writes a twice-weekly column.",
                 "They hold bi-weekly meetings."):
        assert tag(text, date="1998-02-06") == [], text


def test_todays_world_is_the_present_day_not_the_day_of_publication(tag):
    assert tag("The case is for today's youth what the blockade was.", date="2000-01-07") == []
    assert tag("Barriers make no sense in today's world.", date="1998-04-24") == []
    assert tag("The offer, advertised in today's editions of the Journal, ends soon.",
               date="1989-11-02") == [("today", "DATE", "1989-11-02", None)]


def test_a_year_after_pre_or_post_is_before_or_after_it(tag):
    assert tag("The post-1959 politics split families apart.", date="2000-02-24") == [
        ("post-1959", "DATE", "1959", "AFTER")]
    assert tag("Pre-1990 rules still apply.", date="2000-02-24") == [
        ("Pre-1990", "DATE", "1990", "BEFORE")]
    assert tag("The Post-2000 Fund grew.", date="2000-02-24") == []


def test_a_holidays_week_is_the_week_that_holds_it(tag):
    assert tag("Protesters prayed for help as Easter week began.", date="2000-04-17") == [
        ("Easter week", "DATE", "2000-W16", None)]
    assert tag("Shops closed in Christmas week 1999.", date="2000-04-17") == [
        ("Christmas week 1999", "DATE", "1999-W51", None)]


def test_the_nth_day_of_something_said_to_be_now_is_today(tag):
    assert tag("In Saudi Arabia, today is the eighth day of Desert Shield.",
               date="1990-08-15") == [("today", "DATE", "1990-08-15", None),
                                      ("the eighth day", "DATE", "1990-08-15", None)]
    assert tag("It's the second day of an offensive by the security forces.",
               date="1998-03-06") == [("the second day", "DATE", "1998-03-06", None)]
    # Not another word ending in "it is", a superlative, another day the sentence names,
    # nor a condition.
    for text in ("Her visit is the first day of talks.", "It's the worst day of my "
                 "life.", "Tomorrow it's the 100th day of his presidency.",
                 "If it is the first day of the month, rent is due."):
        assert all(t[2] != "1998-03-06" for t in tag(text, date="1998-03-06")), text


def test_a_second_day_after_a_month_and_day_is_a_date_of_its_own(tag):
    assert tag("The summit will be held on April 24 and 25.", date="1999-02-10") == [
        ("April 24", "DATE", "1999-04-24", None), ("25", "DATE", "1999-04-25", None)]
    assert tag("The votes will be on Sept. 3rd or 4th.", date="1999-02-10")[-1] == (
        "4th", "DATE", "1999-09-04", None)
    # A year after the second day is the first one's too; the month is the day's before it,
    # even one after "since", which moves no anaphora.
    assert tag("The summit will be held April 24 and 25, 2001.", date="1999-02-10") == [
        ("April 24", "DATE", "2001-04-24", None), ("25, 2001", "DATE", "2001-04-25", None)]
    assert tag("Talks began on March 2. Prices have risen since Feb. 24 and 25.",
               date="1999-03-10")[-1] == ("25", "DATE", "1999-02-25", None)
    # Counts, a day before the first, a word that only starts like a month.
    for text in ("On April 24 and 25 people died.", "Prices rose on March 3 and 25 percent on "
                 "March 4.", "Polls on Nov. 8 and 9 million voters.", "Sales on Dec. 31 and 1 "
                 "were weak.", "Talks began on March 2. Decks 3 and 4 were flooded.",
                 "The Cubs won on Oct. 3 and 4-3 on Oct. 5."):
        assert [t[0] for t in tag(text, date="1999-02-10") if t[0][0].isdigit()] == [], text


def test_the_days_of_a_list_or_a_range_after_a_month_are_dates(tag):
    assert [t[:3] for t in tag("Meetings on Oct. 3, 4 and 5, 2017 went well.",
                               date="2016-03-15")] == [
        ("Oct. 3", "DATE", "2017-10-03"), ("4", "DATE", "2017-10-04"),
        ("5, 2017", "DATE", "2017-10-05")]
    assert tag("The poll was conducted from Sept. 19 to 22.", date="2016-09-25")[-1] == (
        "22", "DATE", "2016-09-22", None)
    assert [t[0] for t in tag("Polls were held Dec. 28, 29, and 30.", date="2016-03-15")] == [
        "Dec. 28", "29", "30"]
    # A year after the list is its days', back to the month it names, not an earlier date's.
    assert [t[2] for t in tag("The talks on Dec. 30 and Jan. 3 and 4, 2016 went well.",
                              date="2016-03-15")] == ["2015-12-30", "2016-01-03", "2016-01-04"]
    # A comma's number that ends no list of days, a "to" with no "from", a list that counts
    # ("5 of them"), an amount: no days.
    for text, first in (("On Oct. 3, 12 were arrested and 4 hurt.", "Oct. 3"),
                        ("Staff were cut on March 3 to 5 a shift.", "March 3"),
                        ("On Aug. 3, 4 and 5 of them were killed.", "Aug. 3"),
                        ("Rates rose from May 1 to 15 per cent.", "May 1")):
        assert [t[0] for t in tag(text, date="2016-03-15")] == [first], text


def test_half_a_unit_ago_counts_the_half(tag):
    assert tag("He left half a year ago.") == [("half a year ago", "DATE", "2015-03", None)]
    assert tag("He left a year and a half ago.")[0][2] == "2014-03"
    assert tag("It came a week and a half ago.")[0][2] == "2015-09-18"
    # So many days back, named by their month: mid-August, not July.
    assert tag("It came a month and a half ago.")[0][2] == "2015-08"
    assert tag("It came half a month ago.")[0][2] == "2015-09"
    # Counted from a later day, a half is still a span.
    assert tag("It ended a minute and a half later.") == [
        ("a minute and a half", "DURATION", "PT1M30S", None)]
    assert tag("It ended half a year later.") == [("half a year", "DURATION", "P6M", None)]

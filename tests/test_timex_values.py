"""Calendar arithmetic on TimeML values: periods, shifts, ISO text and the year of a bare date."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex_values import (
    DAY,
    DECADE,
    MONTH,
    QUARTER,
    WEEK,
    YEAR,
    Period,
    parse,
    weekday_near,
    year_for,
)

MONDAY = dt.date(2015, 9, 28)


@pytest.mark.parametrize("value", ["2015", "2015-09", "2015-09-28", "2015-W40", "1989-Q3",
                                   "1989-H1", "1998-FA", "1998-WI", "199", "19"])
def test_parse_and_iso_round_trip(value):
    assert parse(value).iso() == value


def test_parse_reads_the_day_of_a_time_and_refuses_the_rest():
    assert parse("2015-09-28TMO") == Period(DAY, MONDAY)
    assert parse("2015-09-28T14:30").granularity == DAY
    for value in ("PRESENT_REF", "P14Y", "XXXX-WXX-1", ""):
        assert parse(value) is None


def test_shifts_at_every_granularity():
    day = Period(DAY, MONDAY)
    assert day.shift(-1).iso() == "2015-09-27"
    assert day.at(WEEK).shift(1).iso() == "2015-W41"
    assert day.at(MONTH).shift(-9).iso() == "2014-12"
    assert day.at(QUARTER).shift(-1).iso() == "2015-Q2"
    assert day.at(QUARTER).shift(-1, YEAR).iso() == "2014-Q3"  # the year-ago quarter
    assert day.at(YEAR).shift(-14).iso() == "2001"
    assert day.at(DECADE).iso() == "201"
    # The 31st has no match in a shorter month: the last day stands in.
    assert Period(DAY, dt.date(2015, 3, 31)).shift(-1, MONTH).iso() == "2015-02-28"


def test_winter_belongs_to_the_year_it_starts_in():
    assert Period("S", dt.date(1999, 1, 15)).iso() == "1998-WI"
    assert Period("S", dt.date(1998, 12, 15)).iso() == "1998-WI"


def test_weekday_near_the_anchor():
    friday, tuesday = 4, 1
    assert weekday_near(MONDAY, friday, -1) == dt.date(2015, 9, 25)
    assert weekday_near(MONDAY, friday, +1) == dt.date(2015, 10, 2)
    assert weekday_near(MONDAY, tuesday, 0) == dt.date(2015, 9, 29)  # nearest: tomorrow
    assert weekday_near(MONDAY, friday, 0) == dt.date(2015, 9, 25)  # three days back
    assert weekday_near(MONDAY, 0, -1) == MONDAY


def test_year_of_a_date_written_without_one():
    # Near the anchor the nearest year wins whatever the tense ("by Jan. 14", a day back).
    assert year_for(dt.date(2000, 1, 15), 1, 14, +1) == 2000
    # Farther away the tense decides: past looks back, future ahead, neither is nearest.
    assert year_for(MONDAY, 12, 15, -1) == 2014
    assert year_for(MONDAY, 12, 15, +1) == 2015
    assert year_for(MONDAY, 12, 15, 0) == 2015
    assert year_for(MONDAY, 5, None, 0) == 2015
    assert year_for(MONDAY, 2, 1, 0) == 2016
    assert year_for(MONDAY, 9, None, -1) == 2015  # the month of publication itself
    # Without a tense, half a year back or ahead (within a month of each other) is ahead:
    # "before the November election", written on 12 May 2016.
    assert year_for(dt.date(2016, 5, 12), 11, None, 0) == 2016
    assert year_for(dt.date(2016, 5, 12), 11, None, -1) == 2015

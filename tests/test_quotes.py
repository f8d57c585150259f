"""Quotes and speakers on small hand-written snippets: marks, attribution, reported speech."""

from __future__ import annotations

import pytest

from generator.model import quote_items

from .conftest import text_at


@pytest.fixture(scope="module")
def quotes_of(pipeline, analyse_text):
    def run(body: str):
        explainer = pipeline.build(analyse_text(body))
        return explainer.quotes, {a.id: a for a in explainer.actors}

    return run


def direct(quotes):
    return [q for q in quotes if q.kind == "direct"]


def said(body, quote):
    """What the quote says, who the page names, and the words naming them in the text."""
    return (quote.text, quote.speaker_name,
            text_at(body, quote.speaker_span) if quote.speaker_span else None)


# -- direct quotes ----------------------------------------------------------------------------

def test_straight_curly_and_mixed_marks(quotes_of):
    for body in ('"We will rebuild the bridge before winter," Mayor Helen Ortiz said on Tuesday.',
                 "“We will rebuild the bridge before winter,” Mayor Helen Ortiz said on Tuesday.",
                 '“We will rebuild the bridge before winter," Mayor Helen Ortiz said on Tuesday.'):
        quotes, _ = quotes_of(body)
        assert [said(body, q) for q in quotes] == [
            ("We will rebuild the bridge before winter", "Helen Ortiz", "Mayor Helen Ortiz")]
        assert quotes[0].cue == "said"


def test_two_apostrophes_quote_as_the_nyt_archive_writes(quotes_of, analyse_text):
    body = ("Ms. Toretti agreed.\n\n''The fund-raisers I went to in the late 1990s, it was "
            "mostly men writing the checks,'' said Amy Rao, a donor. ''Now it's mostly "
            "women.''")
    quotes, _ = quotes_of(body)
    assert [(q.text, q.speaker_name, q.kind) for q in quotes] == [
        ("The fund-raisers I went to in the late 1990s, it was mostly men writing the checks",
         "Amy Rao", "direct"),
        ("Now it's mostly women.", "Amy Rao", "direct")]
    # The opening mark is no sentence of its own, the closing one no start of the next.
    sentences = [s.text for s in analyse_text(body).doc.sents]
    assert sentences[1].startswith("''The fund-raisers")
    assert sentences[2] == "''Now it's mostly women.''"


def test_a_straight_closing_mark_ends_its_sentence(analyse_text):
    # The parser had made the `"` after "socialist." a sentence of its own.
    body = ('"Let him be a socialist," Spicer said. "That is his right as a VT socialist."'
            '\n\nAmerican Crossroads ran ads.')
    analysis = analyse_text(body)
    sentences = [body[s:e] for s, e in analysis.sentences]
    assert sentences[-2].endswith('VT socialist."')
    assert '"' not in sentences


def test_nested_single_quotes_stay_inside(quotes_of):
    body = "“He told me ‘not in my lifetime’ and walked away,” said farmer Tom Reeve."
    quotes, _ = quotes_of(body)
    assert [said(body, q) for q in quotes] == [
        ("He told me ‘not in my lifetime’ and walked away", "Tom Reeve", "farmer Tom Reeve")]


def test_quote_broken_by_its_attribution(quotes_of):
    body = ("“The water rose very fast,” Helen Ortiz said. “By midnight the whole street was "
            "flooded.”")
    first, second = quotes_of(body)[0]
    assert (first.text, second.text) == ("The water rose very fast",
                                         "By midnight the whole street was flooded.")
    assert first.speaker == second.speaker == "helen-ortiz"
    assert second.continues == first.id and (second.cue, first.cue) == (None, "said")


def test_multi_paragraph_quote_opens_every_paragraph_and_closes_once(quotes_of):
    body = ("Transport minister Paul Brandt said: “The line will reopen in March. Engineers have "
            "already begun the repairs.\n\n“We owe the commuters an apology, and they will get "
            "one.”")
    first, second = quotes_of(body)[0]
    assert first.text.endswith("begun the repairs.")
    assert second.text == "We owe the commuters an apology, and they will get one."
    assert second.continues == first.id and second.speaker == first.speaker == "paul-brandt"


def test_paragraph_of_quote_without_attribution_continues_the_speaker(quotes_of):
    body = ("“The money is there,” Paul Brandt told reporters.\n\n"
            "“What we need now is time and a little patience from everyone.”")
    first, second = quotes_of(body)[0]
    assert second.speaker == first.speaker == "paul-brandt"
    assert second.continues is None and second.cue is None  # a new quote, the same speaker


def test_a_quote_ending_its_sentence_is_not_what_the_next_sentence_says(quotes_of):
    # The lawyer's second quote ends with a full stop: "The TTC said it could not comment"
    # says something of its own, so it is no attribution of the quote; a bare "Smith said
    # on Monday." after a full stop still is.
    body = ("“It is a very disturbing matter,” the lawyer, David Shellnutt, said of the "
            "incident. “To our understanding, he was not doing much.” The TTC said it could not "
            "comment on the lawsuit.\n\n“It is over.” Smith said on Monday.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[:2] for q in direct(quotes)] == [
        ("It is a very disturbing matter", "David Shellnutt"),
        ("To our understanding, he was not doing much.", "David Shellnutt"),
        ("It is over.", "Smith")]


def test_a_description_names_whoever_holds_that_role_not_one_it_mentions(quotes_of):
    # "the young man" is the lawyer's client, not the holder of "the man's lawyer"; "the
    # campaign" is no "campaign manager". "the lawyer" is.
    body = ("“It is a disturbing matter,” the man's lawyer, David Shellnutt, said.\n\n"
            "The young man alleges the incident began when inspectors grabbed him.\n\n"
            "Robby Mook, the campaign manager, spoke on Monday. The campaign said it raised "
            "$15 million in January.\n\nThe lawyer said the case was strong.")
    quotes, _ = quotes_of(body)
    speakers = {q.text: (q.speaker_name, q.speaker) for q in quotes}
    assert speakers["the incident began when inspectors grabbed him"] == ("The young man", None)
    assert speakers["it raised $15 million in January"] == ("The campaign", None)
    assert speakers["the case was strong"] == ("David Shellnutt", "david-shellnutt")


def test_quote_marks_glued_to_words(quotes_of):
    # Web copy often drops the space: the tokenizer must still see the marks.
    body = ("Paul Ryan said,“Look, those images have no place in a campaign.”\n\n"
            "“We will fix it,”Ryan added.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[:2] for q in direct(quotes)] == [
        ("Look, those images have no place in a campaign.", "Paul Ryan"),
        ("We will fix it", "Paul Ryan")]


def test_subjectless_cue_and_nameless_speech_hand_on_the_speaker(quotes_of):
    # "Adding, “…”" has no subject; "… if asked" names no one: the speaker is the one before.
    body = ("Later, Bill Maher stated that the report “wasn’t good.” Adding, “Now, it is always "
            "how they handle it.”\n\n"
            "John Bolton said he would join the administration if asked.  “I am going to "
            "support him, and support him enthusiastically.”")
    quotes = direct(quotes_of(body)[0])
    assert [(q.text[:14], q.speaker_name) for q in quotes] == [
        ("wasn’t good.", "Bill Maher"), ("Now, it is alw", "Bill Maher"),
        ("I am going to ", "John Bolton")]


@pytest.mark.parametrize(("body", "speaker", "cue", "channel"), [
    ("The company defended its record, saying: “Our plants meet every safety standard in the "
     "country.”", "The company", "saying", None),
    ("The ministry said in a statement: “The vaccine has been tested on more than ten thousand "
     "people.”", "The ministry", "said", "statement"),
    ("Senator Jane Miller wrote on Twitter: “Today the Senate voted for the families who lost "
     "everything.”", "Jane Miller", "wrote", "Twitter"),
    ("“Leadership is doing the right thing when no one is watching.” – Grace Hopper",
     "Grace Hopper", None, None),
])
def test_lead_ins(quotes_of, body, speaker, cue, channel):
    quotes, _ = quotes_of(body)
    assert [(q.speaker_name, q.cue, q.channel) for q in direct(quotes)] == [
        (speaker, cue, channel)]


def test_partial_quote_inside_reported_speech(quotes_of):
    body = ("Paul Brandt said that the repairs were on schedule, “and we expect the first trains "
            "in March.”")
    quotes, _ = quotes_of(body)
    partial = direct(quotes)
    assert [(q.text, q.speaker) for q in partial] == [
        ("and we expect the first trains in March.", "paul-brandt")]


def test_scare_quotes_and_titles_are_not_quotes(quotes_of):
    quotes, _ = quotes_of('The so-called "peace plan" was never published. She read "The Old '
                          'Man and the Sea" twice during the strike.')
    assert quotes == []


def test_a_show_named_at_the_end_of_a_sentence_is_no_quote(quotes_of):
    # The American full stop inside the marks had made the show's name a sentence.
    quotes, _ = quotes_of('Paul Manafort said on CBS\'s "Face the Nation." Obama said, "Yes '
                          'We Can."')
    assert [q.text for q in quotes] == ["Yes We Can."]


# -- reported speech --------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "content", "cue"), [
    ("Paul Brandt said the line would reopen in March.", "the line would reopen in March",
     "said"),
    ("Paul Brandt said that the line would reopen in March.", "the line would reopen in March",
     "said"),
    ("According to Paul Brandt, the line will reopen in March.",
     "the line will reopen in March", "according to"),
    ("Paul Brandt told Reuters the repairs would cost 40 million euros.",
     "the repairs would cost 40 million euros", "told"),
])
def test_reported_speech(quotes_of, body, content, cue):
    quotes, _ = quotes_of(body)
    assert [(q.kind, q.text, q.cue, q.speaker) for q in quotes] == [
        ("indirect", content, cue, "paul-brandt")]
    assert text_at(body, quotes[0].cue_span).lower() == cue


def test_an_aside_cue_is_no_part_of_what_it_reports(quotes_of):
    # The words on each side of "Paul Brandt said" are one report in two parts, shown
    # together as the parts of a direct quote broken by its attribution are.
    body = "The line, Paul Brandt said, would reopen in March."
    quotes, _ = quotes_of(body)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "The line", "paul-brandt"),
        ("indirect", "would reopen in March", "paul-brandt")]
    assert quotes[1].continues == quotes[0].id
    assert [[q.text for q in item] for item in quote_items(quotes)] == [
        ["The line", "would reopen in March"]]



def test_a_noun_said_of_a_named_subject_is_that_subject(quotes_of):
    body = ("Graham asked.\n\nDonald Trump regularly incites political violence "
            "and is a serial liar, rampant xenophobe, racist, misogynist and birther who has "
            "repeatedly pledged to ban all Muslims from entering the U.S.")
    quotes, _ = quotes_of(body)
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [
        ("indirect", "donald-trump", "pledged")]


def test_reported_speech_cues(quotes_of):
    quotes, _ = quotes_of("Paul Brandt confirmed that two engineers were injured. He vowed that "
                          "the line would reopen. He urged commuters to use buses. He warned "
                          "that fares would rise. He denied that the contract was rigged.")
    assert [(q.cue, q.text, q.speaker) for q in quotes] == [
        ("confirmed", "two engineers were injured", "paul-brandt"),
        ("vowed", "the line would reopen", "paul-brandt"),
        ("urged", "commuters to use buses", "paul-brandt"),
        ("warned", "fares would rise", "paul-brandt"),
        ("denied", "the contract was rigged", "paul-brandt"),
    ]


def test_questions_refusals_and_negations_report_nothing(quotes_of):
    quotes, _ = quotes_of("The minister declined to say when the line would reopen. He did not "
                          "say whether fares would rise. Reporters asked whether the contract "
                          "was rigged.")
    assert quotes == []
    # Evidence that is not there suggests nothing.
    quotes, _ = quotes_of("Federal investigators have no evidence to suggest that Lazar "
                          "accessed the email address of Clinton. There is nothing to suggest "
                          "that the server was breached.")
    assert quotes == []


def test_a_demonstrative_is_no_speaker(quotes_of):
    quotes, _ = quotes_of("This was the Trump we all knew, the Trump who questions the "
                          "independence of a judge because of his heritage, who fights with "
                          "journalists, claims that the broadcaster Univision \"takes its "
                          "marching orders\" from Mexico, and asserts that Mexico is "
                          "\"killing us.\"")
    assert quotes and all(q.speaker_name != "This" for q in quotes)


# -- speakers ---------------------------------------------------------------------------------

def test_title_and_surname_resolve_to_the_full_name(quotes_of):
    body = ("Finance minister Erik Burman presented the budget on Monday. Opposition leader Sara "
            "Lind called it reckless.\n\n“These numbers add up, and the markets know it,” Mr. "
            "Burman said.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[1:] for q in direct(quotes)] == [("Erik Burman", "Mr. Burman")]
    body = ("President Ashraf Ghani arrived in Kunduz on Monday. “We will not abandon this "
            "city,” President Ghani told soldiers at the airport.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[1:] for q in direct(quotes)] == [("Ashraf Ghani", "President Ghani")]


def test_pronouns_follow_the_gender_the_text_gives(quotes_of):
    body = ("Anna Berg, the head of the union, met Tom Lind, the factory's owner, on Friday. Berg "
            "said she would not sign the deal before her members voted.\n\n"
            "Lind has owned the plant since 1998 and said he wanted a quick agreement.\n\n"
            "“The offer is fair and it will not get any better,” he said.\n\n"
            "“My members decide, not me,” she said.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[1:] for q in direct(quotes)] == [("Tom Lind", "he"),
                                                          ("Anna Berg", "she")]


def test_a_pronoun_follows_the_same_pronoun_back_to_its_name(quotes_of):
    # Romney, whose gender the text never gives, had taken "she said".
    body = ("Sen. Kelly Ayotte faces a tough race. Four years ago, she was a full-fledged "
            "booster of 2012 GOP presidential nominee Mitt Romney. “I was at every event,” "
            "she said.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[1:] for q in direct(quotes)] == [("Kelly Ayotte", "she")]


def test_the_sentence_subject_s_pronoun_before_a_name_inside_a_clause(quotes_of):
    # "his son Beau" is a person, and the subject of the "if" clause, but "he would advise
    # him" is the "He" who added it.
    body = ("Joe Biden spoke in Scranton on Monday.\n\n"
            "He added that if his son Beau, who died last year, were still serving in Iraq, "
            "he would advise him that the danger had increased “a couple clicks.”\n\n"
            "“This guy's shame has no limits,” he said.")
    quotes, actors = quotes_of(body)
    assert actors["beau"].kind == "person"
    assert {q.speaker_name for q in quotes if q.kind == "direct"} == {"Joe Biden"}
    assert [said(body, q)[2] for q in direct(quotes)] == ["He", "he"]


def test_a_relative_named_beside_someone_leaves_them_their_gender(quotes_of):
    # "her" in "her daughter Esther" is Monique Dalle's, whom "he" then cannot be.
    body = ("Monique Dalle flew to Cairo on Monday to visit her daughter Esther.\n\n"
            "“It was a calm flight,” he said.")
    quotes, _ = quotes_of(body)
    assert [q.speaker_name for q in direct(quotes)] == [None]


def test_the_one_a_pronoun_speaks_to_is_someone_else(quotes_of):
    body = ("Sean Hannity asked Donald Trump how high the wall would be.\n\n"
            "“I think the height could be 35 to 45 feet,” he told Hannity.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[1:] for q in direct(quotes)] == [("Donald Trump", "he")]


def test_no_one_named_in_the_words_around_he_said_is_he(quotes_of):
    # "he said" is set into what he said: Clinton, named in it, is not "he" there nor in
    # the sentence before, and the report keeps neither the cue nor its subject.
    body = ("Republicans attacked Hillary Clinton on Thursday. Former Florida governor Jeb "
            "Bush spoke in Iowa. If Clinton is elected, he said, “she might be going back and "
            "forth between the White House and the courthouse.”")
    quotes, _ = quotes_of(body)
    assert {q.speaker_name for q in quotes} == {"Jeb Bush"}
    assert next(q.text for q in quotes if q.kind == "indirect") == "If Clinton is elected"
    body = ("Republicans attacked Hillary Clinton on Thursday. If Clinton is elected, he said, "
            "“she might be going back and forth between the White House and the courthouse.”")
    quotes, _ = quotes_of(body)
    assert {q.speaker_name for q in quotes} == {None}
    # Named there, but not as its subject: a speaker may be written so.
    body = ("James E. Rogan met Hillary Clinton at the party. When she finally noticed Mr. "
            "Rogan, her eyes widened with surprise, he said, and she gripped his hands.")
    quotes, _ = quotes_of(body)
    assert {q.speaker_name for q in quotes} == {"James E. Rogan"}


def test_a_thing_a_participle_hangs_on_is_no_one_a_pronoun_stands_for(quotes_of):
    # "cheering" is a speech verb, and the parse gave it "contrast" for a subject.
    body = ("Berhanu Nega poured two glasses. The contrast with his previous life in the "
            "States - cheering for the Lewisburg Green Dragons, his son's high school track "
            "team; vacationing on the beaches of Maryland - could hardly have been more "
            "extreme.\n\n“If you like comfort, you'll never do this,” he told me.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[1:] for q in direct(quotes)] == [("Berhanu Nega", "he")]


def test_a_short_quote_that_is_a_sentence_of_its_own_is_kept(quotes_of):
    body = ("“I can’t vote for Trump,” said Concord resident Whit Symms. “He’s an "
            "embarrassment.”\n\nThe so-called “Gang of Eight” failed.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[:2] for q in direct(quotes)] == [
        ("I can’t vote for Trump", "Whit Symms"), ("He’s an embarrassment.", "Whit Symms")]


def test_a_question_put_to_someone_is_not_theirs(quotes_of):
    body = ("In an interview published on Wednesday, Donald Trump was asked, “What is the most "
            "dangerous place you have been to?”\n\nMaria Lopez was quoted as saying, “We "
            "will win.”")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[1] for q in direct(quotes)] == [None, "Maria Lopez"]


def test_role_noun_resolves_to_the_actor_holding_the_role(quotes_of):
    body = ("Police spokesman Karl Weber said two men were arrested. “Both suspects are in "
            "custody,” the spokesman said.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[1:] for q in direct(quotes)] == [("Karl Weber", "the spokesman")]


def test_a_name_set_off_after_the_role_s_words_holds_the_role(quotes_of):
    # The parse hangs "Oleg Voloshyn" on the ministry, not on the spokesman.
    body = ("“Manafort was the one who told him what to do,” said a former spokesman for "
            "Ukraine's Foreign Ministry, Oleg Voloshyn, who also ran as a candidate.")
    quotes, _ = quotes_of(body)
    assert [said(body, q)[1] for q in direct(quotes)] == ["Oleg Voloshyn"]


def test_organisations_speak(quotes_of):
    body = "“We are monitoring the situation closely,” the White House said in a statement."
    quotes, actors = quotes_of(body)
    quote = direct(quotes)[0]
    assert actors[quote.speaker].kind == "organization" and quote.channel == "statement"


def test_unnamed_sources_are_anonymous(quotes_of):
    body = ("“The gunmen came from the north,” a senior official in Kabul said. Two security "
            "officials, who spoke on condition of anonymity, said the attack began at dawn.")
    quotes, _ = quotes_of(body)
    assert [(q.kind, q.speaker, q.speaker_name, q.anonymous) for q in quotes] == [
        ("direct", None, "a senior official in Kabul", True),
        ("indirect", None, "Two security officials", True),
    ]


def test_a_thing_that_speaks_inside_what_someone_says_is_their_words(quotes_of):
    # "reminds" and "speaks" are cues, but a situation or a fact speaks for whoever says so.
    body = ("Ken Starr said Clinton's situation reminds him of a 1969 book, explaining, "
            "“because what could have been and so there are tragic dimensions of it.”")
    assert [q.speaker_name for q in direct(quotes_of(body)[0])] == ["Ken Starr"]


def test_a_speaker_quick_to_add_and_an_inverted_lead_in(quotes_of):
    # "was quick to add": the subject of "was"; "Continued Stone:": the name after the verb.
    body = ("“Things are negotiable,” Donald Trump said.\n\n"
            "Trump was quick to add that the talks do not include the wall itself.\n\n"
            "“Building it? Not negotiable.”\n\n"
            "Roger Stone was in the room.\n\n"
            "“We will see,” Trump said. Continued Stone: “So I think it’s a very real problem.”")
    assert [q.speaker_name for q in direct(quotes_of(body)[0])] == [
        "Donald Trump", "Donald Trump", "Donald Trump", "Roger Stone"]


def test_an_abbreviated_title_ends_no_name_and_no_sentence(quotes_of):
    # English's tokenizer splits "Capt." from its full stop, unlike "Gen.": "Navy Capt" was read
    # as an organisation and the sentence cut before "Jeff Davis".
    quotes, actors = quotes_of("“We are already at war with ISIL,” said Pentagon spokesman Navy "
                               "Capt. Jeff Davis.")
    assert [q.speaker for q in quotes] == ["jeff-davis"]
    assert actors["jeff-davis"].roles == ["Pentagon spokesman Navy Capt."]


def test_a_quote_no_speech_names_is_the_sentence_subject_s(quotes_of):
    # "endorsing" names no speech, but the quoted words are Sanders' own.
    body = ("“We will win,” Hillary Clinton said.\n\n"
            "On Tuesday, Bernie Sanders went further, endorsing eight candidates “who embody the "
            "spirit of our political revolution.”")
    assert [q.speaker_name for q in direct(quotes_of(body)[0])] == ["Hillary Clinton",
                                                                    "Bernie Sanders"]


def test_the_one_prompted_to_speak_is_the_speaker(quotes_of):
    # "prompted Rubio to … call Trump “…”": Rubio calls him so, not the one who prompted.
    body = ("Ted Cruz coached Donald Trump to breathe. That prompted Marco Rubio to make a joke "
            "about yoga and call Trump “very flexible,” a nod to his changing positions.")
    assert [q.speaker_name for q in direct(quotes_of(body)[0])] == ["Marco Rubio"]


def test_a_speech_noun_s_owner_is_the_speaker(quotes_of):
    # "Trump’s claim that …": the claim's owner, not the one who blamed the media for it;
    # "Sanders’ email notes": the tagger reads "Sanders" as a noun; "an email sent by".
    body = ("Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald "
            "Trump’s claim that President Barack Obama “founded ISIS,” saying they were "
            "nitpicking.\n\n"
            "Bernie Sanders is raising money for them. Sanders’ fundraising email to his "
            "supporters notes that Jane Kim “is a civil rights attorney who’s fought for "
            "affordable housing.”\n\n"
            "Jane Kim thanked him. Later, a fundraising email sent out by Sanders on Tuesday night "
            "warned of the fight ahead: “There are 14 primaries and caucuses over the next three "
            "weeks.”\n\n"
            "Senator Jane Smith spoke on Monday. Her statement said the city “will not back down "
            "from this fight, not now and not ever.”")
    assert [q.speaker_name for q in direct(quotes_of(body)[0])] == [
        "Donald Trump", "Bernie Sanders", "Bernie Sanders", "Jane Smith"]


def test_in_someone_s_view_and_a_dashed_signature(quotes_of):
    body = ("John Bolton spoke to Jane Roe on Monday. Jane Roe asked about the budget.\n\n"
            "“This is not a circumstance where there’s one thing you can identify – it’s an "
            "across-the-board failure” from diplomacy to the defense budget, in Bolton’s view.\n\n"
            "In the words of Senator Bob Corker, “this is not the way we should be doing "
            "business.”\n\n"
            "The statistics show part of the income picture.\n\n"
            "“The idea that I would dismantle health care in America is just not accurate. I "
            "helped write that bill.”\n\n"
            "- Sanders.")
    quotes = direct(quotes_of(body)[0])
    assert [q.speaker_name for q in quotes] == ["John Bolton", "Bob Corker", "Sanders"]
    assert [q.cue for q in quotes[:2]] == ["in Bolton’s view", "in the words of"]


def test_pull_quotes_signed_with_a_horizontal_bar(quotes_of):
    # The horizontal bar is the quotation dash; a signature may touch the closing mark.
    body = ("“The debate showed who he really is. He never answered a single question about "
            "schools.” ― Martha Aguilar\n"
            "“I just hope that this campaign gets people out to register to vote.”― Jorge Falcon.\n"
            "“Maybe, we can build a wall around the whole campaign.” ― Steve Quinlan.")
    assert [q.speaker_name for q in direct(quotes_of(body)[0])] == [
        "Martha Aguilar", "Jorge Falcon", "Steve Quinlan"]


def test_a_subject_the_parse_hung_elsewhere(quotes_of):
    # "Clinton supports …, opposes …": the parse makes "supports" what "opposes" says; "Vice
    # President … Dave Gorab": the title is the subject, the person joined to it; "newspaper
    # Haaretz": the name after the noun.
    body = ("Clinton supports “appropriate pay raises,” opposes “across-the-board arbitrary pay "
            "freezes” and recalled the freeze: “I saw how difficult it was for employees.”\n\n"
            "Sirius XM Vice President for news and talk Dave Gorab called the show “the "
            "conservative news show of record.”\n\n"
            "The Israeli newspaper Haaretz noted that “as a matter of policy, Israeli officials "
            "do not meet with racist politicians.”")
    assert [q.speaker_name for q in direct(quotes_of(body)[0])] == [
        "Clinton", "Clinton", "Dave Gorab", "Haaretz"]


def test_words_a_medium_carries_are_its_owner_s(quotes_of):
    # A catch phrase or a dictum is someone's words; a video, a piece or an ad put out by
    # someone says what they put in it.
    body = ("Marco Rubio ran against Charlie Crist. Rubio’s catch phrase in that election was "
            "that Crist “would say or do anything to win an election.”\n\n"
            "In selling the courses, Donald Trump released a marketing video that said, “We are "
            "going to have professors that are absolutely terrific.”\n\n"
            "The Washington Post recently ran a piece that noted his “health care plan would "
            "benefit affluent households more than poorer ones.”")
    assert [q.speaker_name for q in direct(quotes_of(body)[0])] == [
        "Marco Rubio", "Donald Trump", "Washington Post"]

"""Statement extraction: datelines, verbless labels, and origins that are named parties only."""

from __future__ import annotations

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc, span_of

from newsweave.lang.en.statement_words import WORDS
from newsweave.lang.xx import strip_dateline
from newsweave.models import Attribution, Quote
from newsweave.models.annotations import EntityType
from newsweave.weave.statements import is_assertion

DATELINE = "FERNHOLM, Westmark (Lowland Press) - "


def test_dateline_is_cut_and_the_citation_starts_after_it() -> None:
    text = DATELINE + "Three ferries were cancelled on Friday after the storm damaged the pier."
    assert strip_dateline(text, 0, len(text)) == len(DATELINE)
    assert strip_dateline("The ferry left at noon.", 0, 23) == 0
    # A paper's own dateline names no agency; a two-letter opening is text, not a city.
    own = "FERNHOLM, Westmark _ The pier reopened."
    assert own[strip_dateline(own, 0, len(own)):] == "The pier reopened."
    assert strip_dateline("US - Westmark talks resumed.", 0, 28) == 0
    # A web dateline in title case with an en or em dash; a clause with a dash is no dateline.
    web = "Fernholm, Westmark — The pier reopened."
    assert web[strip_dateline(web, 0, len(web)):] == "The pier reopened."
    aside = "Fernholm, however — the pier reopened."
    assert strip_dateline(aside, 0, len(aside)) == 0
    # It may open the paragraph after a date line, never the middle of one.
    dated = "Sunday, May 3, 2026\n\n" + web
    assert dated[strip_dateline(dated, 21, len(dated)):] == "The pier reopened."
    assert strip_dateline("So " + web, 3, len(web) + 3) == 3
    other = Doc("b", "Three ferries were cancelled on Friday after the storm hit the pier.")
    b = brief(Doc("a", text), other)
    c = claim_with(b, "ferries were cancelled")
    src = {s.id: s for s in b.sources}["s1"]
    m = next(m for m in c.mentions if m.source == "s1")
    assert src.text[m.start : m.end].startswith("Three ferries")
    assert not any("Lowland Press" in cl.text for cl in b.claims)


def test_a_verbless_label_is_no_statement() -> None:
    assert not is_assertion("FERNHOLM, Westmark (Lowland Press) -", WORDS)
    assert is_assertion("Police put the number at about 150.", WORDS)
    assert not is_assertion("Did the pier collapse on Friday?", WORDS)


def test_pronoun_and_place_speakers_are_not_origins() -> None:
    a = Doc("a", "Mara Tolvik praised the crews. She said the pier would reopen within a month. Fine day.")
    a.entity("Mara Tolvik")
    a.attributed("would reopen within a month", "She")
    b = Doc("b", "The mayor spoke at a press conference in Fernholm and said the pier would reopen soon.")
    b.entity("Fernholm", "GPE")
    b.quote("the pier would reopen soon", None, channel="at a press conference in Fernholm")
    names = {o for c in brief(a, b).claims for o in c.origins}
    assert "She" not in names
    assert "Fernholm" not in names


def test_a_groups_state_of_mind_is_no_origin_but_a_named_partys_view_is() -> None:
    a = Doc("a", "Many Kaldovans fear that the ferry pier will close by spring. Ivo Marek believes the "
                 "harbour tax will rise in May.")
    a.entity("Ivo Marek")
    a.entity("Kaldovans", "NORP").attributed("the ferry pier will close", "Many Kaldovans", cue="fear")
    a.attributed("the harbour tax will rise", "Ivo Marek", cue="believes")
    b = brief(a)
    assert claim_with(b, "Many Kaldovans fear").origins == ()
    assert claim_with(b, "Ivo Marek believes").origins == ("Ivo Marek",)


def test_words_told_to_the_reporting_outlet_rest_on_the_speaker() -> None:
    text = "``The pier will reopen in May,'' Ivo Marek told the Northern Press Agency."
    a = Doc("a", text, outlet="Northern Press Agency").entity("Ivo Marek")
    a.quote("The pier will reopen in May", "Ivo Marek", channel="told the Northern Press Agency")
    a.attributions.append(Attribution(a.quotes[0].span, "NPA", channel="told the Northern Press Agency"))
    assert claim_with(brief(a), "pier will reopen").origins == ("Ivo Marek",)


def test_a_name_made_a_modifier_is_no_origin() -> None:
    a = Doc("a", "At least ten dockers were held in Velm, a Fern Hill-based rights group reported.")
    a.attributed("ten dockers were held", "a Fern Hill-based rights group", cue="reported")
    assert "Fern Hill-based" not in claim_with(brief(a), "ten dockers").origins
    b = Doc("b", "Sales held up this winter, a representative for one Velm-area dealership said.")
    b.attributed("Sales held up this winter", "a representative for one Velm-area dealership", cue="said")
    assert "Velm-area" not in claim_with(brief(b), "Sales held up").origins


def test_a_persons_kin_is_another_party() -> None:
    a = Doc("a", "Ivo Marek's wife said the pier workers were never paid.").entity("Ivo Marek")
    a.attributed("pier workers were never paid", "Ivo Marek's wife", cue="said")
    assert claim_with(brief(a), "never paid").origins == ("Ivo Marek's wife",)
    # So is a friend or relative named by "of": the claim rests on them, not on the person named after it.
    b = Doc("b", "A friend of Ivo Marek's attacker said she regretted the attack.").entity("Ivo Marek")
    b.attributed("she regretted the attack", "A friend of Ivo Marek's attacker", cue="said")
    (origin,) = claim_with(brief(b), "regretted").origins
    assert origin.endswith("friend of Ivo Marek's attacker")


def test_words_given_to_another_outlet_rest_on_the_speaker_and_the_outlet() -> None:
    text = "``The pier will reopen in May,'' Ivo Marek told the Northern Press Agency."
    a = Doc("a", text, outlet="Harbour Voice").entity("Ivo Marek")
    a.quote("The pier will reopen in May", "Ivo Marek", channel="told the Northern Press Agency")
    a.attributions.append(Attribution(a.quotes[0].span, "Northern Press Agency",
                                      channel="told the Northern Press Agency"))
    assert claim_with(brief(a), "pier will reopen").origins == ("Ivo Marek", "Northern Press Agency")


def test_a_name_in_a_relative_clause_on_the_speaker_is_no_origin_unless_it_is_the_speakers() -> None:
    a = Doc("a", "The pier was sold off, said the coalition that Ivo Marek led. The pier was never safe, "
                 "said a docker who gave his name only as Dara.").entity("Ivo Marek").entity("Dara")
    a.attributed("The pier was sold off", "coalition that Ivo Marek led", cue="said")
    a.attributed("The pier was never safe", "docker who gave his name only as Dara", cue="said")
    b = brief(a)
    assert "Ivo Marek" not in claim_with(b, "sold off").origins
    assert claim_with(b, "never safe").origins == ("Dara",)


def test_an_indefinite_pronoun_is_no_origin() -> None:
    a = Doc("a", "Anyone watching the harbour could be forgiven for concluding that the pier had sunk.")
    a.attributed("the pier had sunk", "Anyone")
    b = Doc("b", "Anyone watching the harbour could be forgiven for concluding that the pier had sunk.")
    b.attributed("the pier had sunk", "Anyone")
    assert {o for c in brief(a, b).claims for o in c.origins} == set()


def test_sentence_initial_common_noun_is_not_an_origin_but_an_agency_is() -> None:
    a = Doc("a", "Engineers said the pier was older than the records show. Local engineers agreed.")
    a.attributed("older than the records", "Engineers")
    b = Doc("b", "The pier was older than the records show, Norvale reported in its evening bulletin.")
    b.attributed("Norvale reported", "Norvale")
    origins = {o for c in brief(a, b).claims for o in c.origins}
    assert "Engineers" not in origins
    assert "Norvale" in origins


def test_a_described_speaker_names_the_one_matching_organisation() -> None:
    a = Doc("a", "The Fernholm Ferry Union said its crews had warned about the pier for a year.")
    a.entity("Fernholm Ferry Union", "ORG")
    b = Doc("b", "Crews had warned about the pier for a year, the union has said in a statement.")
    c = claim_with(brief(a, b), "warned about the pier")
    assert c.origins == ("Fernholm Ferry Union",)
    assert c.independent_origins == 1
    assert c.status == "single_source"


def test_a_nationality_in_a_channel_is_whom_the_words_were_told_to_not_an_origin() -> None:
    a = Doc("a", "The pier will be rebuilt by spring, the mayor told Westmarkian reporters on Friday.")
    a.entity("Westmarkian", "NORP")
    a.quote("The pier will be rebuilt by spring", None, channel="told Westmarkian reporters")
    assert not any("Westmarkian" in o for c in brief(a).claims for o in c.origins)
    # In an attribution a nationality still tells two parties apart ("Westmarkian officials said").
    b = Doc("b", "Westmarkian officials said the pier will be rebuilt by spring.")
    b.entity("Westmarkian", "NORP")
    b.attributed("the pier will be rebuilt", "Westmarkian officials")
    assert any("Westmarkian" in o for c in brief(b).claims for o in c.origins)


def test_a_described_speaker_in_the_present_tense_names_the_organisation() -> None:
    a = Doc("a", "The Fernholm Ferry Union says its crews warned the port trust about the pier.")
    a.entity("Fernholm Ferry Union", "ORG")
    b = Doc("b", "The Fernholm Port Trust has published its pier reports. "
                 "The trust denies any warning reached it.")
    b.entity("Fernholm Port Trust", "ORG")
    c = claim_with(brief(a, b), "denies any warning")
    assert "Fernholm Port Trust" in c.origins


def test_a_bodys_unnamed_voice_and_the_body_are_one_origin() -> None:
    # Worded apart, so that no copied passage joins the reports.
    a = Doc("a", "Police said three ferries were kept in port on Friday night because of the storm.")
    a.attributed("three ferries were kept", "Police")
    b = Doc("b", "Three ferries were kept at the quay on Friday night during the storm, "
                 "a police spokesman said.")
    b.attributed("Three ferries were kept", "a police spokesman")
    c = claim_with(brief(a, b), "ferries")
    assert len(c.mentions) == 2
    assert c.independent_origins == 1
    # The unnamed party is shown in the words that name it, a sentence's capital dropped.
    assert c.origins == ("police",)
    # A voice of another body is another source.
    d = Doc("d", "Three ferries were kept at the quay on Friday night during the storm, "
                 "a harbour official said.")
    d.attributed("Three ferries were kept", "a harbour official")
    e = claim_with(brief(a, d), "ferries")
    assert len(e.mentions) == 2
    assert e.independent_origins == 2


def test_the_body_an_unnamed_voice_speaks_for() -> None:
    from newsweave.weave.representatives import voiced_body

    assert voiced_body("a senior police spokesman", WORDS) == "police"
    assert voiced_body("the army’s spokesman", WORDS) == "army"
    assert voiced_body("an embassy press officer", WORDS) == "embassy"
    # No body named, a body that is no voice's, or two parties' joint words: nobody.
    for name in ("a senior official", "police", "survivors and police officials", "a harbour official"):
        assert voiced_body(name, WORDS) is None, name


def test_an_unnamed_party_is_shown_only_when_its_words_name_people_or_a_body() -> None:
    from newsweave.weave.statements import _shown_role

    assert _shown_role("Officials", WORDS) == "officials"
    assert _shown_role("The coastguard", WORDS) == "the coastguard"
    assert _shown_role("a police spokesman", WORDS) == "a police spokesman"
    # a misread clause, a name the roster missed, a long description: no party to show
    assert _shown_role("minutes of delay", WORDS) is None
    assert _shown_role("Chile", WORDS) is None
    assert _shown_role("one of the most senior police officers in the city", WORDS) is None


def test_a_party_said_to_act_is_not_shown_as_what_a_claim_rests_on() -> None:
    from newsweave.models import Attribution, Span

    def doc(name: str, text: str, cue: str) -> Doc:
        d = Doc(name, text)
        at = text.index(cue)
        d.attributions.append(Attribution(Span(name, 0, len(text)), "harbour officials",
                                          Span(name, at, at + len(cue))))
        return d

    said = claim_with(brief(doc("a", "The ferry pier was closed on Friday, harbour officials said.", "said")),
                      "pier")
    assert said.origins == ("harbour officials",)
    # The analysis reads stances and acts as attributions too ("officials refused"): no party it rests on.
    refused = claim_with(brief(doc("b", "Harbour officials refused to reopen the ferry pier on Friday.",
                                   "refused")), "pier")
    assert refused.origins == ()


def test_a_party_said_to_intend_something_is_not_what_a_claim_rests_on() -> None:
    from newsweave.models import Attribution, Span

    def doc(name: str, text: str, cue: str) -> Doc:
        d = Doc(name, text).entity("Ilse Varga")
        at = text.index(cue)
        cue_span = Span(name, at, at + len(cue))
        d.attributions.append(Attribution(Span(name, 0, len(text)), "Ilse Varga", cue_span))
        return d

    said = brief(doc("a", "Mayor Ilse Varga said she would meet the harbour board on Friday.", "said"))
    assert claim_with(said, "harbour board").origins == ("Ilse Varga",)
    # "planned to meet" is the reporter's account of her intent, not her words.
    for cue in ("planned", "wanted", "hoped"):
        planned = brief(doc("b", f"Mayor Ilse Varga {cue} to meet the harbour board on Friday.", cue))
        assert claim_with(planned, "harbour board").origins == ()
    # A vote is a deed the reporter tells, not words of the voters.
    voted = brief(doc("c", "Ilse Varga voted on Friday to dissolve the harbour board.", "voted"))
    assert claim_with(voted, "harbour board").origins == ()
    # So is an offer: "will be offering two programs" tells what the party does.
    offer = "Ilse Varga will be offering two harbour board seats to the unions."
    offered = brief(doc("d", offer, "offering"))
    assert claim_with(offered, "harbour board").origins == ()


def test_a_group_named_only_in_a_stance_is_not_the_origin() -> None:
    a = Doc("a", "The head of Westmark's pro-Lowland party said on Monday that he would not seek the post.")
    a.entity("Westmark", "GPE").entity("Lowland", "NORP")
    a.attributed("would not seek the post", "The head of Westmark's pro-Lowland party")
    names = {o for c in brief(a).claims for o in c.origins}
    assert "Lowland" not in names
    # the group named as such still is one
    b = Doc("b", "Lowland leaders said on Monday that they would not seek the post.")
    b.entity("Lowland", "NORP")
    b.attributed("would not seek the post", "Lowland leaders")
    assert "Lowland leaders" in {o for c in brief(b).claims for o in c.origins}


def test_a_country_speaking_for_itself_is_named_as_what_the_claim_rests_on() -> None:
    from newsweave.models.annotations import EntityMention, Geo

    def country(doc: Doc) -> Doc:
        span = span_of(doc.id, doc.text, "Westmark")
        geo = Geo(1.0, 2.0, "geonames:1", "country")
        doc.entities.append(EntityMention(span, "Westmark", "GPE", geo=geo))
        return doc

    def said(doc: Doc, words: str, written: str) -> Doc:
        doc.attributed(words, "Westmark", cue="said")
        doc.quotes.append(Quote(span_of(doc.id, doc.text, words), words, "indirect", "Westmark",
                                speaker_span=span_of(doc.id, doc.text, written)))
        return doc

    a = said(country(Doc("a", "Westmark said on Tuesday that the two trawler crews had entered its waters "
                              "near the Varn shoals.", outlet="Harbour Post")),
             "the two trawler crews had entered its waters near the Varn shoals", "Westmark")
    b = said(country(Doc("b", "The two trawler crews entered the waters near the Varn shoals, Westmark said "
                              "on Tuesday.", outlet="Coast Daily")),
             "The two trawler crews entered the waters near the Varn shoals", "Westmark")
    c = claim_with(brief(a, b), "trawler crews")
    assert c.independent_origins == 1 and c.origins == ("Westmark",)
    # "The government said", which the analysis took for the country named before it, names no one.
    gov = said(country(Doc("d", "Talks in Westmark stalled. The two trawler crews had entered the Varn "
                                "shoals, the government said.", outlet="Harbour Post")),
               "The two trawler crews had entered the Varn shoals", "the government")
    assert claim_with(brief(gov), "trawler crews").origins == ()
    # A town is where someone spoke, not who.
    town = Doc("c", "Westmark said on Tuesday that the ferry would run again.", outlet="Harbour Post")
    town.entities.append(EntityMention(span_of("c", town.text, "Westmark"), "Westmark", "GPE",
                                       geo=Geo(1.0, 2.0, "geonames:2", "city")))
    town.attributed("ferry would run", "Westmark", cue="said")
    assert claim_with(brief(town), "ferry would run").origins == ()


def test_a_group_the_speakers_stand_against_is_not_the_origin() -> None:
    # The fighters' own group is a name the tagger missed; the one they fight is known to the roster.
    speaker = 'Fighters of the self-styled "Harrow-2" against the Corvane Guard in Ostmark'
    a = Doc("a", f"{speaker} said that they had retaken two villages.")
    a.entity("Corvane Guard", "ORG").entity("Ostmark", "GPE")
    a.attributed("they had retaken two villages", speaker)
    names = {o for c in brief(a).claims for o in c.origins}
    assert "Corvane Guard" not in names and "Harrow-2" in names


def test_a_nationalitys_body_is_shown_by_its_words_and_stays_one_party_with_its_voices() -> None:
    a = Doc("a", "The Westmarkian government said on Monday that the ferry crew had been released.")
    a.entity("Westmarkian", "NORP")
    a.attributed("the ferry crew had been released", "The Westmarkian government")
    b = Doc("b", "Westmarkian officials said on Monday that the ferry crew had been released.")
    b.entity("Westmarkian", "NORP")
    b.attributed("the ferry crew had been released", "Westmarkian officials")
    assert claim_with(brief(a), "ferry crew").origins == ("Westmarkian government",)
    both = claim_with(brief(a, b), "ferry crew")
    assert both.origins == ("Westmarkian government",) and both.independent_origins == 1


def test_dotted_initials_and_name_particles_are_part_of_the_name() -> None:
    from newsweave.weave.roster import Roster
    from newsweave.weave.statements import resolve_origin

    empty = Roster(entities=())
    # Split at their dots, "U.S. officials" named a party "S". The initials are one word: at the phrase's
    # start a capital the roster does not know, so the phrase names a role; inside it, a party.
    assert resolve_origin("U.S. officials", empty, WORDS) is None
    assert resolve_origin("a U.N. official in Geneva", empty, WORDS) == "U.N."
    # A family name's particle and "of the" stay inside the name.
    assert resolve_origin("former President F.W. de Klerk", empty, WORDS) == "President F.W. de Klerk"
    assert resolve_origin("the Ministry of the Interior", empty, WORDS) == "Ministry of the Interior"
    assert resolve_origin("Norlandic news channel TV 2 News", empty, WORDS) == "TV 2 News"
    # So does a particle that opens the name.
    assert resolve_origin("de Vries", empty, WORDS) == "de Vries"
    a = Doc("a", "U.S. officials said the pier at Fernholm would be rebuilt by the spring.")
    a.attributed("the pier at Fernholm would be rebuilt", "U.S. officials")
    assert all(len(o) > 2 for c in brief(a).claims for o in c.origins)


def test_months_counting_words_and_bare_titles_name_no_party() -> None:
    from newsweave.models import RosterEntity
    from newsweave.weave.roster import Roster
    from newsweave.weave.statements import resolve_origin

    empty = Roster(entities=())
    assert resolve_origin("a press release March 25", empty, WORDS) is None
    assert resolve_origin("the organisers of the Dec. 6-20 games", empty, WORDS) is None
    assert resolve_origin("Some", empty, WORDS) is None
    assert resolve_origin("Two Fernholm police officers", empty, WORDS) == "Fernholm"
    assert resolve_origin("The President", empty, WORDS) is None
    # The preposition opening a clause, or a time zone, is no party.
    assert resolve_origin("After Tollen's announcement on Friday", empty, WORDS) == "Tollen"
    assert resolve_origin("at 08:50 BST", empty, WORDS) is None
    assert resolve_origin("a foreign Ministry official", empty, WORDS) is None
    # Names that start like a month or a function word are names.
    assert resolve_origin("Jan Tollen", empty, WORDS) == "Jan Tollen"
    assert resolve_origin("He Lina", empty, WORDS) == "He Lina"
    # A person the roster knows by a month's name, or a body it knows by its noun, is still the party.
    known = Roster(entities=(RosterEntity("e1", "May", "PERSON", (), ("s1",), 2, None),
                             RosterEntity("e2", "Commission", "ORG", (), ("s1",), 3, None)),
                   names={"may": "e1", "commission": "e2"})
    assert resolve_origin("May", known, WORDS) == "May"
    assert resolve_origin("The Commission", known, WORDS) == "Commission"


def test_a_nationalitys_voice_is_shown_in_either_number() -> None:
    a = Doc("a", "The vote was not free, said a Westmarkian diplomat who asked not to be named.")
    a.entity("Westmarkian", "NORP")
    a.attributed("The vote was not free", "a Westmarkian diplomat")
    assert brief(a).claims[0].origins == ("Westmarkian diplomat",)


def test_a_channel_names_a_relay_only_as_whom_the_words_were_told_to() -> None:
    channel = "told reporters covering the Ibero-Kaldovan summit"
    a = Doc("a", f"The mayor {channel} that the pier would reopen soon.")
    a.quote("the pier would reopen soon", "The mayor", channel=channel)
    assert [c.origins for c in brief(a).claims] == [()]
    b = Doc("b", "The mayor told the Norvale Courier that the pier would reopen soon.")
    b.entity("Norvale Courier", "ORG")
    b.quote("the pier would reopen soon", "The mayor", channel="told the Norvale Courier")
    assert "Norvale Courier" in {o for c in brief(b).claims for o in c.origins}


def test_a_person_the_roster_knows_closes_a_longer_title() -> None:
    from newsweave.models import RosterEntity
    from newsweave.weave.roster import Roster
    from newsweave.weave.statements import resolve_origin

    known = Roster(entities=(RosterEntity("e1", "Ivo Marek", "PERSON", ("Marek",), ("s1",), 3, None),),
                   names={"ivo marek": "e1", "marek": "e1"})
    title = "The Prime Minister of the Kaldovan Republic Ivo Marek"
    assert resolve_origin(title, known, WORDS) == "Ivo Marek"


def _rests_on(text: str, name: str, typ: EntityType, content: str, source: str) -> tuple[str, ...]:
    """The origins of the claim holding ``content``, which ``source`` is said to say; ``name`` is tagged."""
    a = Doc("a", text).entity(name, typ)
    a.attributed(content, source)
    return claim_with(brief(a), content).origins


def test_a_nationality_is_shown_with_the_words_that_close_its_attribution() -> None:
    # "media" and "aides" are no listed voices, but they close the attribution: they name the group.
    assert _rests_on("Westmarkian media said on Monday that the ferry crew had been released.",
                     "Westmarkian", "NORP", "the ferry crew had been released",
                     "Westmarkian media") == ("Westmarkian media",)
    aide = "A top Westmarkian aide who asked not to be named"
    assert _rests_on(f"{aide} said the pier would reopen soon.", "Westmarkian", "NORP",
                     "the pier would reopen soon", aide) == ("Westmarkian aide",)
    # A relative clause in brackets ends the attribution as one after a comma does.
    docker = "A Westmarkian docker (who asked not to be named)"
    assert _rests_on(f"{docker} said the pier would reopen soon.", "Westmarkian", "NORP",
                     "the pier would reopen soon", docker) == ("Westmarkian docker",)


def test_a_bodys_members_or_voice_are_shown_but_not_its_things() -> None:
    council = "Kelmouth Council"
    assert _rests_on(f"{council} members said on Monday that the pier would reopen soon.", council, "ORG",
                     "the pier would reopen soon", f"{council} members") == (f"{council} members",)
    # A thing the body issued closes no group: the body is the party.
    assert _rests_on(f"A {council} statement said the pier would reopen soon.", council, "ORG",
                     "the pier would reopen soon", f"A {council} statement") == (council,)
    # Deep in a longer phrase the body's members are the hearers, not the voice.
    memo = f"A memo from the mayor to several senior {council} members"
    assert _rests_on(f"{memo} said the pier would reopen.", council, "ORG", "the pier would reopen",
                     memo) == (council,)


def test_a_stance_on_a_thing_is_what_a_party_did_not_words_a_claim_rests_on() -> None:
    from tests.weave.weave_fixtures import span_of

    text = ("About 100 Velmish exiles began a hunger strike in Kelmouth on Saturday to protest the arrest of "
            "their leader in Velm.")
    a = Doc("a", text).entity("Velmish", "NORP").predicate("began", "exiles").predicate("protest", "exiles")
    content = span_of("a", text, "the arrest of their leader in Velm")
    a.attributions.append(Attribution(content, "Velmish exiles", cue=span_of("a", text, "protest")))
    assert claim_with(brief(a), "hunger strike").origins == ()
    # A clause after the stance is words said: "protested that the arrest was illegal".
    text2 = "About 100 Velmish exiles protested on Saturday that the arrest was illegal."
    b = Doc("b", text2).entity("Velmish", "NORP").predicate("protested", "exiles").predicate("was", "arrest")
    b.attributions.append(Attribution(span_of("b", text2, "the arrest was illegal"), "Velmish exiles",
                                      cue=span_of("b", text2, "protested")))
    assert claim_with(brief(b), "arrest").origins == ("Velmish exiles",)


def test_a_surname_several_people_bear_rests_on_the_one_the_article_named_last() -> None:
    from tests.weave.weave_fixtures import span_of

    from newsweave.models import Quote

    text = ("Tomas Hale founded the party in Velm in June. Peter Hale runs a shop in Kelmouth. "
            "The shop was closed by the police in May, Hale said.")
    a = (Doc("a", text).entity("Tomas Hale").entity("Peter Hale").entity("Hale", nth=2)
         .entity("Velm", "GPE").entity("Kelmouth", "GPE"))
    content = "The shop was closed by the police in May"
    a.attributed(content, "Hale", cue="said")
    a.quotes.append(Quote(span_of("a", text, content), content, "indirect", "Hale",
                          speaker_span=span_of("a", text, "Hale", 2), cue=span_of("a", text, "said")))
    # A second article names the other Hale last: the bare surname is ambiguous across the story.
    b = Doc("b", "Tomas Hale spoke in Velm on Monday.").entity("Tomas Hale").entity("Velm", "GPE")
    assert claim_with(brief(a, b), "shop was closed").origins == ("Peter Hale",)


def test_a_partys_name_with_a_lower_case_word_inside_rests_on_the_whole_name() -> None:
    from newsweave.models import RosterEntity
    from newsweave.weave.roster import Roster
    from newsweave.weave.statements import resolve_origin

    centre = "Velm Centre of Human Rights and Democratic Movement"
    known = Roster(entities=(RosterEntity("e1", centre, "ORG", (), ("s1",), 2, None),
                             RosterEntity("e2", "Sayeed el-Madhoun", "PERSON", (), ("s1",), 1, None)),
                   names={centre.lower(): "e1", "sayeed el-madhoun": "e2"})
    assert resolve_origin("The Velm Centre of Human Rights and Democratic Movement in Kaldova", known,
                          WORDS) == "Velm Centre of Human Rights and Democratic Movement"
    assert resolve_origin("Sayeed el-Madhoun, a trader", known, WORDS) == "Sayeed el-Madhoun"

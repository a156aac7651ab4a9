"""The roster: aliases joined when the evidence says so, namesakes never."""

from __future__ import annotations

import dataclasses
import re

import pytest

from newsweave.models import Annotations, Article, EntityMention, Geo, Quote, Span
from newsweave.models.annotations import EntityType
from newsweave.weave.aliases import acronym_of, clean_name, name_key, one_persons_spellings, spelling_variants
from newsweave.weave.roster import Roster, build_roster

Spec = tuple[str, EntityType, str | None]


def _article(aid: str, text: str, specs: list[Spec], geo: dict[str, Geo] | None = None,
             ) -> tuple[Article, Annotations]:
    """Tag every occurrence of each surface form; a longer form hides the shorter ones inside it."""
    found: list[EntityMention] = []
    for surface, etype, description in sorted(specs, key=lambda s: -len(s[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(e.span.start <= m.start() < e.span.end for e in found):
                continue
            found.append(EntityMention(Span(aid, m.start(), m.end()), surface, etype,
                                       (geo or {}).get(surface), description))
    found.sort(key=lambda e: e.span.start)
    return Article(aid, text, outlet=f"Outlet {aid}"), Annotations(aid, entities=tuple(found))


def _build(*docs: tuple[Article, Annotations]) -> Roster:
    articles = [d[0] for d in docs]
    return build_roster(articles, [d[1] for d in docs], {a.id: f"s{i + 1}" for i, a in enumerate(articles)})


def _named(roster: Roster, name: str) -> str:
    hits = [e for e in roster.entities if e.name == name]
    assert len(hits) == 1, [e.name for e in roster.entities]
    return hits[0].id


def test_titles_and_surname_join_the_full_name() -> None:
    one = _article("a", "Deputy leader Karim Vostrov spoke on Monday. Vostrov said the pass was closed.",
                   [("Karim Vostrov", "PERSON", None), ("Vostrov", "PERSON", None)])
    two = _article("b", "Mr Karim Vostrov left. VP Karim Vostrov returned later.",
                   [("Mr Karim Vostrov", "PERSON", None), ("VP Karim Vostrov", "PERSON", None)])
    roster = _build(one, two)
    assert len(roster.entities) == 1
    entity = roster.entities[0]
    assert entity.name == "Karim Vostrov"
    assert {"Vostrov", "VP Karim Vostrov", "Mr Karim Vostrov"} <= set(entity.aliases)
    assert entity.mentions == 4 and entity.sources == ("s1", "s2")
    assert roster.entity_named("Vostrov") == entity.id == roster.entity_named("Mr. Vostrov")


def test_namesakes_stay_apart_and_a_bare_surname_follows_the_current_actor() -> None:
    text = ("Tarek Halabi, the son of Tarek Omar Halabi, leads the fighters. Halabi said he would talk. "
            "Tarek Omar Halabi was killed in 1999. Halabi had fought for twenty years.")
    doc = _article("a", text, [("Tarek Halabi", "PERSON", "the son of Tarek Omar Halabi"),
                               ("Tarek Omar Halabi", "PERSON", None), ("Halabi", "PERSON", None)])
    roster = _build(doc)
    son, father = _named(roster, "Tarek Halabi"), _named(roster, "Tarek Omar Halabi")
    assert son != father
    first_bare = text.index("Halabi said")
    second_bare = text.index("Halabi had")
    # The father is named inside the son's description ("son of ..."): the son stays the current actor.
    assert roster.entity_for("a", first_bare, first_bare + 6) == son
    assert roster.entity_for("a", second_bare, second_bare + 6) == father
    # An ambiguous surname names nobody on its own.
    assert roster.entity_named("Halabi") is None


def test_a_family_name_written_first_resolves_to_the_person_named_last_and_is_a_person() -> None:
    text = ("Dissidents Ren Haolin and Ren Tao were detained. Ren Haolin is the party's founder. "
            "Ren, 44, denies the charge.")
    # NER types the bare family name as an organisation more often than as a person.
    doc = _article("a", text, [("Ren Haolin", "PERSON", None), ("Ren Tao", "PERSON", None),
                               ("Ren", "ORG", None)])
    other = _article("b", "Ren spoke. Ren left. Ren Haolin stayed.", [("Ren Haolin", "PERSON", None),
                                                                      ("Ren", "ORG", None)])
    roster = _build(doc, other)
    founder = _named(roster, "Ren Haolin")
    bare = text.index("Ren, 44")
    assert roster.entity_for("a", bare, bare + 3) == founder
    assert next(e for e in roster.entities if e.id == founder).type == "PERSON"
    # A last-word surname still wins over a first word: "Tao" would name Ren Tao, not anyone else.
    assert _named(roster, "Ren Tao") != founder


def test_a_nationality_is_nobodys_family_name() -> None:
    # The tagger calls a firm named after a nation a person; the nation's adjective must not join it.
    text = ("Kaldovan Telecom hired the engineers. Kaldovan police said the Kaldovan capital was calm. "
            "Kaldovan officials met.")
    doc = _article("a", text, [("Kaldovan Telecom", "PERSON", None), ("Kaldovan", "NORP", None)])
    roster = _build(doc)
    firm = _named(roster, "Kaldovan Telecom")
    bare = text.index("Kaldovan police")
    assert roster.entity_for("a", bare, bare + len("Kaldovan")) != firm


def test_a_party_or_firm_named_without_its_head_word_is_that_body_not_a_person() -> None:
    one = _article("a", "The Temperance Party won most seats. Temperance leaders met on Monday, and "
                        "Temperance said it would join no coalition.",
                   [("Temperance Party", "ORG", None), ("Temperance", "PERSON", None)])
    two = _article("b", "Officials of the Radiant Temperance said Temperance would wait.",
                   [("Radiant Temperance", "PERSON", None), ("Temperance", "PERSON", None)])
    roster = _build(one, two, _article("c", "The Radiant Temperance Party met.",
                                       [("Radiant Temperance Party", "ORG", None)]))
    party = [e for e in roster.entities if "Temperance" in e.name]
    assert len(party) == 1 and party[0].type == "ORG", [(e.name, e.type) for e in roster.entities]
    # a person the firm is named after stays a person
    firm = _article("d", "Ray Granvik founded Granvik Telecom. Granvik said the firm would grow.",
                    [("Ray Granvik", "PERSON", None), ("Granvik Telecom", "ORG", None),
                     ("Granvik", "PERSON", None)])
    people = _build(firm)
    assert next(e for e in people.entities if e.name == "Ray Granvik").type == "PERSON"
    assert _named(people, "Granvik Telecom") != _named(people, "Ray Granvik")


def test_a_storms_bare_name_is_the_storm_not_a_person() -> None:
    text = "Hurricane Ilse struck Velmora on Monday. Ilse killed 110 people there, and Ilse moved west."
    doc = _article("a", text, [("Hurricane Ilse", "EVENT", None), ("Ilse", "PERSON", None),
                               ("Velmora", "GPE", None)])
    roster = _build(doc)
    storm = roster.entity_for("a", 0, len("Hurricane Ilse"))
    bare = text.index("Ilse killed")
    assert storm is not None and roster.entity_for("a", bare, bare + 4) == storm
    assert next(e for e in roster.entities if e.id == storm).type == "EVENT"


def test_spelling_variants_merge_but_near_misses_do_not() -> None:
    geo = {"Andarab": Geo(35.6, 69.3, "geonames:1", "district")}
    one = _article("a", "Fighting in Andarab and Baghlan. Austria sent aid.",
                   [("Andarab", "GPE", None), ("Baghlan", "GPE", None), ("Austria", "GPE", None)], geo)
    two = _article("b", "Fighting in Andrab and Baglan. Australia sent aid.",
                   [("Andrab", "GPE", None), ("Baglan", "GPE", None), ("Australia", "GPE", None)])
    roster = _build(one, two)
    names = {e.name: e for e in roster.entities}
    assert len(roster.entities) == 4
    andarab = roster.entities[[e.id for e in roster.entities].index(roster.entity_named("Andrab") or "")]
    assert {andarab.name, *andarab.aliases} == {"Andarab", "Andrab"}
    assert andarab.geo is not None and andarab.geo.gazetteer_id == "geonames:1"
    assert "Austria" in names and "Australia" in names


def test_synonyms_given_in_the_text_and_acronyms() -> None:
    doc = _article("a", "The Coastal Alliance, or the United Harbour Front, took the port. "
                        "The UHF denied it. The Mountain Defence League (MDL) held the pass.",
                   [("Coastal Alliance", "ORG", None), ("United Harbour Front", "ORG", None),
                    ("UHF", "ORG", None), ("Mountain Defence League", "ORG", None), ("MDL", "ORG", None)])
    roster = _build(doc)
    assert len(roster.entities) == 2
    front = roster.entity_named("Coastal Alliance")
    assert front is not None and front == roster.entity_named("UHF")
    assert roster.entity_named("United Harbour Front") == front
    assert roster.entity_named("MDL") == roster.entity_named("Mountain Defence League") != front


def test_a_place_word_after_a_name_overrides_ner_and_a_quoted_nickname_or_name_is_one_entity() -> None:
    one = _article("a", "Troops reached Tolgara province. The 'Iron Band' or the Hill Defence Union held.",
                   [("Tolgara", "GPE", None), ("Iron Band", "ORG", None),
                    ("Hill Defence Union", "ORG", None)])
    two = _article("b", "Fighting spread to Tolgarra province on Monday.", [("Tolgarra", "PERSON", None)])
    roster = _build(one, two)
    assert roster.entity_named("Tolgarra") == roster.entity_named("Tolgara") is not None
    assert roster.entity_named("Iron Band") == roster.entity_named("Hill Defence Union") is not None
    assert len(roster.entities) == 2


def test_type_is_the_majority_vote_and_places_keep_their_generic_word_optional() -> None:
    one = _article("a", "Kelvara is calm. Kelvara Valley is calm. Kelvara was quiet.",
                   [("Kelvara Valley", "LOC", None), ("Kelvara", "GPE", None)])
    two = _article("b", "Kelvara held out.", [("Kelvara", "PERSON", None)])
    roster = _build(one, two)
    assert len(roster.entities) == 1
    assert roster.entities[0].type == "GPE" and roster.entities[0].mentions == 4


def test_a_name_one_article_calls_a_company_is_an_organisation_with_no_pin() -> None:
    import dataclasses

    town = Geo(lat=35.08, lon=137.16, gazetteer_id="geonames:1", precision="city", country_code="JP")
    one = _article("a", "Brandt sold fewer vans. Brandt cut prices.", [("Brandt", "GPE", None)],
                   geo={"Brandt": town})
    two = _article("b", "The automaker Brandt lost money.", [("Brandt", "ORG", None)])
    two = (two[0], dataclasses.replace(two[1], entities=tuple(dataclasses.replace(e, company=True)
                                                            for e in two[1].entities)))
    (entity,) = _build(one, two).entities
    assert entity.type == "ORG" and entity.geo is None and entity.mentions == 3
    # Without the company cue the majority vote keeps the place.
    plain = _article("b", "The automaker Brandt lost money.", [("Brandt", "ORG", None)])
    (entity,) = _build(one, plain).entities
    assert entity.type == "GPE" and entity.geo is not None


def test_an_unpinned_place_named_after_an_organisation_is_its_product() -> None:
    one = _article("a", "Orvex sold the Orvex Mobile software. Orvex Mobile runs on phones.",
                   [("Orvex", "ORG", None), ("Orvex Mobile", "LOC", None)])
    kinds = {e.name: e.type for e in _build(one).entities}
    assert kinds == {"Orvex": "ORG", "Orvex Mobile": "OTHER"}
    # A pinned place keeps its type, as does one with no organisation of its first word.
    city = Geo(lat=1.0, lon=2.0, gazetteer_id="geonames:2", precision="city", country_code="GB")
    two = _article("b", "Orvex opened in Orvex Mobile. Talks moved to Port Lune.",
                   [("Orvex", "ORG", None), ("Orvex Mobile", "GPE", None), ("Port Lune", "GPE", None)],
                   geo={"Orvex Mobile": city})
    kinds = {e.name: e.type for e in _build(two).entities}
    assert kinds["Orvex Mobile"] == "GPE" and kinds["Port Lune"] == "GPE"


def test_a_family_name_with_its_particle_is_the_person_named_in_full() -> None:
    one = _article("a", "Rivals faced Ana Maria de Souto. Later de Souto conceded. de Souto left.",
                   [("Ana Maria de Souto", "PERSON", None), ("de Souto", "PERSON", None)])
    (person,) = _build(one).entities
    assert person.name == "Ana Maria de Souto" and person.mentions == 3  # the full name, however rare
    # Every particle of family names counts, not only those that join a body's name to a place.
    three = _article("c", "Rivals faced Luiz Inacio da Rocha. Later da Rocha conceded.",
                     [("Luiz Inacio da Rocha", "PERSON", None), ("da Rocha", "PERSON", None)])
    (other,) = _build(three).entities
    assert other.name == "Luiz Inacio da Rocha" and other.mentions == 2
    # A capitalised first word is a given name: "Morrison" is the surname of "Van Morrison".
    two = _article("b", "Van Morrison sang. Later Morrison left.",
                   [("Van Morrison", "PERSON", None), ("Morrison", "PERSON", None)])
    (singer,) = _build(two).entities
    assert singer.name == "Van Morrison" and singer.mentions == 2


def test_a_family_name_capitalised_at_a_sentence_start_is_the_person_named_with_its_particle() -> None:
    # "De Souto said" opens a sentence (or a headline): the particle is capitalised by its place, and the
    # name is still the surname of one named in full with a lower-case particle.
    one = _article("a", "De Souto wins vote. Rivals faced Ana Maria de Souto. De Souto conceded.",
                   [("De Souto", "PERSON", None), ("Ana Maria de Souto", "PERSON", None)])
    (person,) = _build(one).entities
    assert person.name == "Ana Maria de Souto" and person.mentions == 3
    # With no one named so, a capitalised particle is a given name's.
    two = _article("b", "Van Morrison sang. Later Morrison left.",
                   [("Van Morrison", "PERSON", None), ("Morrison", "PERSON", None)])
    assert [e.name for e in _build(two).entities] == ["Van Morrison"]


def test_a_place_is_named_by_its_name_not_its_nationality() -> None:
    # "Varnish" is typed a place more often than "Varnia" is written ("the Varnish government"), but one
    # mention shows it is the nationality.
    geo = Geo(lat=1.0, lon=2.0, gazetteer_id="geonames:9", precision="country", country_code="VA")
    text = "Varnish troops left. The Varnish army and the Varnish police stayed in Varnia."
    spans = [(m.start(), m.end()) for m in re.finditer(r"Varnish|Varnia", text)]
    kinds: list[EntityType] = ["NORP", "GPE", "GPE", "GPE"]
    mentions = tuple(EntityMention(Span("a", a, b), text[a:b], k, geo)
                     for (a, b), k in zip(spans, kinds, strict=True))
    roster = _build((Article("a", text, outlet="Outlet a"), Annotations("a", entities=mentions)))
    assert [e.name for e in roster.entities] == ["Varnia"]


def test_empty_annotations_give_an_empty_roster() -> None:
    roster = build_roster([Article("a", "Nothing here.")], [Annotations("a")], {"a": "s1"})
    assert roster.entities == ()
    assert roster.entity_for("a", 0, 3) is None and roster.entity_named("Nothing") is None


@pytest.mark.parametrize(("a", "b", "same"), [
    ("andarab", "andrab", True), ("baghlan", "baglan", True), ("mohammad ali", "muhammad ali", True),
    ("austria", "australia", False), ("iran", "iraq", False), ("ahmad massoud", "ahmad shah massoud", False),
])
def test_spelling_variants(a: str, b: str, same: bool) -> None:
    assert spelling_variants(a, b) is same


def test_name_keys_and_acronyms() -> None:
    assert name_key("VP Karim Vostrov's") == "karim vostrov" == name_key("the former President Karim Vostrov")
    assert acronym_of("nrf", "national resistance front") and not acronym_of("nrf", "national front")
    assert not acronym_of("us", "us senate") and not acronym_of("un", "un agency")
    # A title word that opens an institution's name is part of it: two ministries are two entities.
    assert name_key("the Foreign Ministry") == "foreign ministry" != name_key("Interior Ministry")
    assert clean_name("Justice Department's") == "Justice Department"
    # A news agency with or without its kind is one name; a longer name before "News Agency" is kept whole.
    assert name_key("the Voskar News Agency") == name_key("Voskar") == "voskar"
    assert name_key("Islamic Republic News Agency") == "islamic republic news agency"
    # A demonstrative the tagger took into a name is no part of it.
    assert name_key("this Velmora Harbour Board") == name_key("Velmora Harbour Board")
    assert clean_name("that Harbour Board's") == "Harbour Board"
    # An apostrophe inside a name is written straight, curly or not at all.
    assert name_key("Saint's Quay") == name_key("Saint’s Quay") == name_key("Saints Quay")
    # A service before a title is part of the title; alone it opens a name.
    assert name_key("Fire Chief Eddie Varn") == name_key("Coroner Eddie Varn") == "eddie varn"
    assert name_key("Treasurer Eddie Varn") == name_key("Councilman Eddie Varn") == "eddie varn"
    # A nickname in double quotes inside a name is no word of it; a quoted name alone keeps its words.
    assert name_key('Tam "Bull" Varn') == name_key("Tam “Bull” Varn") == name_key("Tam Varn") == "tam varn"
    assert clean_name('Ned "Ned Ned" Orle') == "Ned Orle" and clean_name('"Red Comet"') == "Red Comet"
    assert name_key("Fire Island") == "fire island" and name_key("Police Union") == "police union"


def test_dotted_initials_and_every_name_of_one_country_are_one_entry() -> None:
    assert name_key("U.S.") == name_key("US") == name_key("the U.S")
    assert name_key("U.N.") == "un"
    us = Geo(39.8, -98.5, "geonames:6252001", "country", "US")
    kenya = Geo(0.5, 37.9, "geonames:192950", "country", "KE")
    a = _article("a", "U.S. envoys reached Kenya as the United States pledged aid.",
                 [("U.S.", "GPE", None), ("United States", "GPE", None), ("Kenya", "GPE", None)],
                 {"U.S.": us, "United States": us, "Kenya": kenya})
    b = _article("b", "The US embassy stayed shut, and Americans were told to leave.",
                 [("US", "GPE", None), ("Americans", "NORP", None)], {"US": us, "Americans": us})
    roster = _build(a, b)
    country = [e for e in roster.entities if e.geo is not None and e.geo.gazetteer_id == us.gazetteer_id]
    assert len(country) == 1 and {"U.S.", "United States"} <= {country[0].name, *country[0].aliases}
    assert country[0].name == "United States"  # the name, not the initials, however often they are written
    # A nationality geocoded to its country stays a nationality; another country stays apart.
    assert {e.name for e in roster.entities if e.type == "NORP"} == {"Americans"}
    assert len([e for e in roster.entities if e.name == "Kenya"]) == 1


def test_a_province_abbreviated_and_spelled_out_is_one_place_shown_spelled_out() -> None:
    state = Geo(32.7, -89.7, "geonames:4436296", "province", "US")
    town = Geo(33.5, -88.4, "geonames:4422442", "city", "US")
    a = _article("a", "Sen. Trent Lott, R-Miss., spoke. Sen. Ann Rolle, R-Miss., agreed. Columbus voted.",
                 [("Miss.", "GPE", None), ("Columbus", "GPE", None)], {"Miss.": state, "Columbus": town})
    b = _article("b", "Mississippi voted, and so did Columbus.", [("Mississippi", "GPE", None),
                 ("Columbus", "GPE", None)], {"Mississippi": state, "Columbus": town})
    places = {e.name: e for e in _build(a, b).entities}
    assert places["Mississippi"].mentions == 3 and "Miss" in places["Mississippi"].aliases
    assert places["Columbus"].mentions == 2


def test_a_state_written_only_abbreviated_is_shown_by_its_name_and_kept_apart_from_a_namesake() -> None:
    state = Geo(47.3, -120.8, "geonames:5815135", "province", "US")
    capital = Geo(38.9, -77.0, "geonames:4140963", "city", "US")
    california = Geo(37.3, -119.3, "geonames:5332921", "province", "US")
    a = _article("a", "WASHINGTON _ Microsoft, of Redmond, Wash., met rivals from Mountain View, Calif.",
                 [("WASHINGTON", "GPE", None), ("Wash.", "GPE", None), ("Calif.", "GPE", None)],
                 {"WASHINGTON": capital, "Wash.": state, "Calif.": california})
    b = _article("b", "Officials in Washington said the talks would go on.", [("Washington", "GPE", None)],
                 {"Washington": capital})
    names = {e.name: e for e in _build(a, b).entities}
    assert set(names) == {"Washington", "Washington (state)", "California"}
    assert names["Washington"].mentions == 2 and names["California"].aliases == ("Calif",)
    # Alone, the state needs no mark.
    alone = _article("c", "Microsoft, of Redmond, Wash., said so.", [("Wash.", "GPE", None)],
                     {"Wash.": state})
    assert [e.name for e in _build(alone).entities] == ["Washington"]


def test_a_dateline_place_in_capitals_is_shown_in_ordinary_case_and_acronyms_stay() -> None:
    a = _article("a", "ANKARA _ Officials in the UAE said talks would go on.",
                 [("ANKARA", "GPE", None), ("UAE", "GPE", None)])
    b = _article("b", "ANKARA _ The vote was held on Wednesday.", [("ANKARA", "GPE", None)])
    names = {e.name for e in _build(a, b).entities}
    assert names == {"Ankara", "UAE"}


def test_a_name_one_article_calls_a_town_is_a_place() -> None:
    import dataclasses

    one = _article("a", "Braxholm said fees would rise. Braxholm cut jobs.", [("Braxholm", "ORG", None)])
    two = _article("b", "The town of Braxholm was quiet.", [("Braxholm", "GPE", None)])
    two = (two[0], dataclasses.replace(two[1], entities=tuple(dataclasses.replace(e, settlement=True)
                                                            for e in two[1].entities)))
    (entity,) = _build(one, two).entities
    assert entity.type == "GPE" and entity.mentions == 3
    # Without the cue the majority vote keeps the organisation.
    plain = _article("b", "The town of Braxholm was quiet.", [("Braxholm", "GPE", None)])
    (entity,) = _build(one, plain).entities
    assert entity.type == "ORG"


def test_a_nationality_is_not_its_country_and_a_datelines_agency_is_not_another_name() -> None:
    one = _article("a", "AMMAN, Jordan (AP) -- Israeli officials met in Jordan. Israel agreed.",
                   [("AMMAN", "GPE", None), ("Jordan", "GPE", None), ("AP", "ORG", None),
                    ("Israeli", "NORP", None), ("Israel", "GPE", None)])
    two = _article("b", "The Kelmouth Dockers' Union (KDU) marched. The KDU said so.",
                   [("Kelmouth Dockers' Union", "ORG", None), ("KDU", "ORG", None)])
    roster = _build(one, two)
    assert _named(roster, "Jordan") != _named(roster, "AP")
    assert _named(roster, "Israel") != _named(roster, "Israeli")
    # ... but the nationality still names its country when statements are compared.
    assert roster.nations == {_named(roster, "Israeli"): _named(roster, "Israel")}
    # A synonym in brackets outside a dateline still joins.
    assert roster.entity_named("KDU") == roster.entity_named("Kelmouth Dockers' Union")


def test_an_organisation_named_with_and_without_its_country_or_parent_body_is_one_entry() -> None:
    one = _article("a", "The U.S. Senate voted. The Senate adjourned. The U.S. says it will wait. "
                        "The House Ways and Means Committee met. The House agreed. "
                        "The Ways and Means Committee will report.",
                   [("U.S. Senate", "ORG", None), ("Senate", "ORG", None), ("U.S.", "GPE", None),
                    ("House Ways and Means Committee", "ORG", None), ("House", "ORG", None),
                    ("Ways and Means Committee", "ORG", None)])
    roster = _build(one)
    assert roster.entity_named("Senate") == roster.entity_named("U.S. Senate") is not None
    assert roster.entity_named("Ways and Means Committee") == roster.entity_named(
        "House Ways and Means Committee") is not None
    assert roster.entity_named("House") not in (roster.entity_named("Senate"), None)
    assert roster.entity_named("U.S.") != roster.entity_named("Senate")


def test_a_bare_name_two_bodies_share_stays_apart_from_both() -> None:
    doc = _article("a", "The House Judiciary Committee met. The Senate Judiciary Committee waited. "
                        "The House and the Senate argued. The Judiciary Committee said nothing.",
                   [("House Judiciary Committee", "ORG", None), ("Senate Judiciary Committee", "ORG", None),
                    ("House", "ORG", None), ("Senate", "ORG", None), ("Judiciary Committee", "ORG", None)])
    roster = _build(doc)
    bare = roster.entity_named("Judiciary Committee")
    assert bare is not None
    assert bare not in (roster.entity_named("House Judiciary Committee"),
                        roster.entity_named("Senate Judiciary Committee"))


def test_an_organisation_shortened_by_the_story_is_its_full_name_unless_two_fit() -> None:
    one = _article("a", "The Kelmouth Harbour Safety Commission met. The Kelmouth Commission said little. "
                        "The Safety Commission will report. The Commission adjourned.",
                   [("Kelmouth Harbour Safety Commission", "ORG", None), ("Kelmouth Commission", "ORG", None),
                    ("Safety Commission", "ORG", None), ("Commission", "ORG", None)])
    roster = _build(one)
    full = roster.entity_named("Kelmouth Harbour Safety Commission")
    assert full is not None
    shortened = ("Kelmouth Commission", "Safety Commission", "Commission")
    assert {roster.entity_named(n) for n in shortened} == {full}
    two = _article("b", "The Kelmouth Harbour Commission met. The Aberdeen Port Commission waited. "
                        "The Commission adjourned. Apex Motor sold cars. Motor said nothing.",
                   [("Kelmouth Harbour Commission", "ORG", None), ("Aberdeen Port Commission", "ORG", None),
                    ("Commission", "ORG", None), ("Apex Motor", "ORG", None), ("Motor", "ORG", None)])
    roster = _build(two)
    assert roster.entity_named("Commission") not in (roster.entity_named("Kelmouth Harbour Commission"),
                                                     roster.entity_named("Aberdeen Port Commission"), None)
    # A bare word that names no kind of institution is no short form.
    assert roster.entity_named("Motor") != roster.entity_named("Apex Motor")


def test_a_name_said_short_before_its_particle_is_the_full_name() -> None:
    doc = _article("a", "The Ronde de Velm starts today. The Ronde de Velm Prologue is short. The Ronde will "
                        "pass the Bank of Kelland, and the Bank said it would close.",
                   [("Ronde de Velm", "ORG", None), ("Ronde de Velm Prologue", "ORG", None),
                    ("Ronde", "ORG", None), ("Bank of Kelland", "ORG", None), ("Bank", "ORG", None)])
    roster = _build(doc)
    assert roster.entity_named("Ronde") == roster.entity_named("Ronde de Velm") is not None
    assert roster.entity_named("Ronde de Velm Prologue") != roster.entity_named("Ronde de Velm")
    assert roster.entity_named("Bank") == roster.entity_named("Bank of Kelland") is not None


def test_a_son_named_like_his_father_without_the_middle_name_is_another_person() -> None:
    # Our example corpus names an engineer, Duncan Ross Strachan, and his son, Duncan Strachan: a short form
    # of a name is not evidence enough to join them.
    doc = _article("a", "The bridge was designed by Duncan Ross Strachan. His son, Duncan Strachan, spoke.",
                   [("Duncan Ross Strachan", "PERSON", None), ("Duncan Strachan", "PERSON", "His son")])
    roster = _build(doc)
    assert roster.entity_named("Duncan Strachan") != roster.entity_named("Duncan Ross Strachan")


def test_middle_names_and_suffixes_join_one_person() -> None:
    one = _article("a", "Dario K. Velloso testified. Velloso wept.",
                   [("Dario K. Velloso", "PERSON", None), ("Velloso", "PERSON", None)])
    two = _article("b", "Dario Velloso was sentenced. Dario Kenji Velloso Jr. appealed.",
                   [("Dario Velloso", "PERSON", None), ("Dario Kenji Velloso Jr.", "PERSON", None)])
    (person,) = _build(one, two).entities
    assert person.mentions == 4
    # Two middle names that differ keep their bearers apart, and the bare name joins neither.
    three = _article("c", "Lena A. Morvik and Lena B. Morvik met. Lena Morvik spoke.",
                     [("Lena A. Morvik", "PERSON", None), ("Lena B. Morvik", "PERSON", None),
                      ("Lena Morvik", "PERSON", None)])
    assert len(_build(three).entities) == 3
    # A son and his father named alike stay two people.
    four = _article("d", "Tomas Ferreiro Jr. thanked Tomas Ferreiro Sr. and Tomas Ferreiro.",
                    [("Tomas Ferreiro Jr.", "PERSON", None), ("Tomas Ferreiro Sr.", "PERSON", None),
                     ("Tomas Ferreiro", "PERSON", None)])
    assert len(_build(four).entities) == 3


def test_a_role_before_a_name_is_no_part_of_it() -> None:
    assert name_key("Clerk Janette Vorland") == name_key("Sheriff Janette Vorland") == "janette vorland"
    # "City" is no title alone ("City Hall"), but before one it names the office ("City Clerk").
    assert name_key("City Clerk Janette Vorland") == "janette vorland"
    assert name_key("City Hall") == "city hall"
    # A place's or body's office before the name ("Velm County Clerk", "Waste District Director").
    assert name_key("Velm County Clerk Janette Vorland") == "janette vorland"
    assert name_key("Waste District Director Oren Lamm") == "oren lamm"
    # A title word that may be a surname, and an office with nobody named after it, stay.
    assert name_key("Tomas Ferreiro King Jr.") == "tomas ferreiro king jr"
    assert name_key("Harbour Master Office") == "harbour master office"


def test_a_place_that_only_opens_a_name_typed_a_person_stays_the_place() -> None:
    # The tagger calls an accord named after the island province a person, and one bare "Keld" too.
    a = _article("a", "Delegates met in Keld on Monday. The talks in Keld ran late. Keld was calm.",
                 [("Keld", "GPE", None)], geo={"Keld": Geo(-8.4, 115.2, "geonames:9", "province")})
    b = _article("b", "The Keld Accord was signed. Keld hosted the signing.",
                 [("Keld Accord", "PERSON", None), ("Keld", "PERSON", None)])
    roster = _build(a, b)
    accord = _named(roster, "Keld Accord")
    assert roster.entity_for("a", a[0].text.index("Keld"), a[0].text.index("Keld") + 4) != accord
    # A surname written alone still joins its person whatever the tagger mostly called it.
    c = _article("c", "Ina Varna won. Varna thanked the crowd in Varna Hall.",
                 [("Ina Varna", "PERSON", None), ("Varna", "PERSON", None), ("Varna Hall", "FAC", None)])
    d = _article("d", "Varna was praised. Varna smiled.", [("Varna", "GPE", None)])
    people = _build(c, d)
    at = d[0].text.index("Varna")
    assert people.entity_for("d", at, at + 5) == _named(people, "Ina Varna")


def test_an_unpinned_place_named_with_a_persons_surname_is_that_person() -> None:
    doc = _article("a", "Coach Maurice Dalby was hired. Dalby smiled. Dalby spoke. Fans of Mo Dalby cheered "
                        "on Lake Dalby.",
                   [("Maurice Dalby", "PERSON", None), ("Dalby", "PERSON", None), ("Mo Dalby", "FAC", None),
                    ("Lake Dalby", "LOC", None)])
    kinds = {e.name: e.type for e in _build(doc).entities}
    assert kinds["Mo Dalby"] == "PERSON" and kinds["Lake Dalby"] == "LOC"
    # A word that ends more places than people is no surname.
    streets = _article("b", "Ann Drive spoke. Police closed Elm Drive, Oak Drive and Ash Drive.",
                       [("Ann Drive", "PERSON", None), ("Elm Drive", "FAC", None), ("Oak Drive", "FAC", None),
                        ("Ash Drive", "FAC", None)])
    assert {e.type for e in _build(streets).entities if e.name != "Ann Drive"} == {"FAC"}


def test_an_organisation_named_with_another_form_of_one_word_is_one_entry() -> None:
    a = _article("a", "The China Democracy Party said its leaders were detained.",
                 [("China Democracy Party", "ORG", None)])
    b = _article("b", "Members of the China Democratic Party were tried on Monday.",
                 [("China Democratic Party", "ORG", None)])
    # Two words that share too little, and a word and another word built on it, name two bodies.
    c = _article("c", "The Westmark Liberal Front and the Westmark Liberal Force met at the Albury County "
                      "Courthouse, where the Albury County Court sits.",
                 [("Westmark Liberal Front", "ORG", None), ("Westmark Liberal Force", "ORG", None),
                  ("Albury County Courthouse", "ORG", None), ("Albury County Court", "ORG", None)])
    roster = _build(a, b, c)
    party = [e for e in roster.entities if "China" in e.name]
    assert len(party) == 1
    assert len([e for e in roster.entities if "Westmark" in e.name or "Albury" in e.name]) == 4


def test_a_given_name_spelt_two_ways_beside_one_surname_is_one_person() -> None:
    assert not spelling_variants("goeran persson", "goren persson")  # too far apart for any two names
    assert one_persons_spellings("goeran persson", "goren persson")
    # another surname, another given name, or a one-word name: no
    assert not one_persons_spellings("goeran persson", "goren larsson")
    assert not one_persons_spellings("goeran persson", "gunnar persson")
    assert not one_persons_spellings("goeran", "goren")


def test_a_bare_surname_names_the_person_not_the_relative_just_named_unless_it_speaks() -> None:
    text = ("Gary Tolland, 35, was held on Sunday. The bodies of Tolland's mother, Carla Tolland, 61, and a "
            "neighbour were found on Friday. Carla Tolland had lived there for years. Tolland was held at a "
            "flat nearby. \"We are shocked,\" said her nephew, Ravi Tolland. "
            "\"He must be punished,\" Tolland said.")
    article, ann = _article("a", text, [("Gary Tolland", "PERSON", None), ("Carla Tolland", "PERSON", None),
                                        ("Ravi Tolland", "PERSON", None), ("Tolland", "PERSON", None)])
    said = text.rindex("Tolland said")
    quote = Quote(Span("a", said - 24, said - 4), "He must be punished,", "direct", "Tolland",
                  Span("a", said, said + len("Tolland")))
    roster = _build((article, dataclasses.replace(ann, quotes=(quote,))))
    held = text.index("Tolland was held at")
    assert roster.entity_for("a", held, held + 7) == _named(roster, "Gary Tolland")
    # The relative who speaks right after being named is the one who speaks.
    assert roster.entity_for("a", said, said + 7) == _named(roster, "Ravi Tolland")


def test_a_body_written_with_of_or_for_and_named_by_its_words_before_of_is_one_entry() -> None:
    full = "Velm Centre of Human Rights and Democratic Movement"
    a = _article("a", f"The {full} said the trial began.", [(full, "ORG", None)])
    b = _article("b", "The Velm Centre for Human Rights and Democratic Movement said so too.",
                 [("Velm Centre for Human Rights and Democratic Movement", "ORG", None)])
    c = _article("c", "The Velm Centre said the lawyers were warned.", [("Velm Centre", "ORG", None)])
    roster = _build(a, b, c)
    assert len(roster.entities) == 1 and roster.entities[0].name.startswith("Velm Centre ")
    # With two full names the short form could shorten, it stays apart; "for" is no place to cut one.
    d = _article("d", "The Velm Centre of Law and the Velm Centre of Arts met. The Velm Centre spoke. The "
                      "Kaldova Fund for Peace and the Kaldova Fund met.",
                 [("Velm Centre of Law", "ORG", None), ("Velm Centre of Arts", "ORG", None),
                  ("Velm Centre", "ORG", None), ("Kaldova Fund for Peace", "ORG", None),
                  ("Kaldova Fund", "ORG", None)])
    assert len(_build(d).entities) == 5


def test_a_monarch_named_by_title_and_one_name_is_not_the_namesake_whose_surname_that_is() -> None:
    text = ("Defence chief Rashid Kamal threatened war. King Kamal of Veloria met the envoy on Monday. "
            "Kamal said his port would stay open.")
    doc = _article("a", text, [("Rashid Kamal", "PERSON", None), ("King Kamal", "PERSON", None),
                               ("Kamal", "PERSON", None)])
    roster = _build(doc)
    chief, king = _named(roster, "Rashid Kamal"), _named(roster, "King Kamal")
    assert chief != king
    bare = text.index("Kamal said")
    assert roster.entity_for("a", bare, bare + 5) == king  # the person named last
    assert name_key("the late King Kamal") == "king kamal" and name_key("President Kamal") == "kamal"


def _as_company(doc: tuple[Article, Annotations]) -> tuple[Article, Annotations]:
    return doc[0], dataclasses.replace(doc[1], entities=tuple(dataclasses.replace(e, company=True)
                                                              for e in doc[1].entities))


def test_a_word_an_article_names_as_a_company_is_no_surname_of_the_person_named_after_it() -> None:
    founder = _article("a", "Harold Quenby built the first van. Quenby cut prices on Monday.",
                       [("Harold Quenby", "PERSON", None), ("Quenby", "ORG", None)])
    firm = _as_company(_article("b", "The automaker Quenby lost money.", [("Quenby", "ORG", None)]))
    roster = _build(founder, firm)
    person = _named(roster, "Harold Quenby")
    bare = founder[0].text.index("Quenby cut")
    assert roster.entity_for("a", bare, bare + 6) != person
    assert next(e for e in roster.entities if e.name == "Quenby").type == "ORG"
    # Without the company cue the bare word is the person's surname, whatever the tagger typed it.
    roster = _build(founder, _article("b", "Quenby lost money.", [("Quenby", "ORG", None)]))
    assert roster.entity_for("a", bare, bare + 6) == _named(roster, "Harold Quenby")


def test_a_word_typed_a_body_more_often_than_the_name_it_opens_is_that_body() -> None:
    text = ("The tender went to Varnhold. Varnhold builds tankers, and Varnhold Pellmar, typed a person, "
            "lost. Varnhold said it was pleased.")
    doc = _article("a", text, [("Varnhold Pellmar", "PERSON", None), ("Varnhold", "ORG", None)])
    roster = _build(doc)
    bare = text.index("Varnhold said")
    assert roster.entity_for("a", bare, bare + 8) != _named(roster, "Varnhold Pellmar")
    # A given name written alone less often than the full name still joins it.
    coach = _article("b", "Tomas Ilvane scored. Tomas Ilvane blocked six shots, and Tomas changed the game.",
                     [("Tomas Ilvane", "PERSON", None), ("Tomas", "ORG", None)])
    roster = _build(coach)
    bare = coach[0].text.index("Tomas changed")
    assert roster.entity_for("b", bare, bare + 5) == _named(roster, "Tomas Ilvane")

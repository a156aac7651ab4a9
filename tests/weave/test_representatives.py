"""A person described as a body's head or voice and the body are one primary source."""

from __future__ import annotations

import dataclasses

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc

from newsweave.lang.en.statement_words import SPEAKS_FOR

HEAD = "chief executive of the Fernholm Port Trust"


def _trust_and_its_head(description: str) -> tuple[Doc, Doc]:
    # Worded apart, so that no copied passage joins the two reports.
    a = Doc("a", "The Fernholm Port Trust said the old pier had never been closed for repairs since 2019.")
    a.entity("Fernholm Port Trust", "ORG")
    b = Doc("b", "Ilse Varga said on Friday that since 2019 the old pier has never been closed for repairs.")
    b.entity("Ilse Varga", description=description)
    b.attributed("the old pier has never been closed", "Ilse Varga")
    return a, b


def test_a_bodys_head_and_the_body_count_as_one_origin() -> None:
    c = claim_with(brief(*_trust_and_its_head(HEAD)), "never been closed")
    assert c.independent_origins == 1
    assert c.status == "single_source"
    assert set(c.origins) == {"Fernholm Port Trust", "Ilse Varga"}


def test_a_former_head_or_a_member_speaks_for_herself() -> None:
    for description in ("former " + HEAD, "a member of the Fernholm Port Trust"):
        c = claim_with(brief(*_trust_and_its_head(description)), "never been closed")
        assert c.independent_origins == 2, description


def test_a_description_naming_no_one_organisation_links_nobody() -> None:
    # "the trust" could be either of two trusts the story names: no link is made.
    a, b = _trust_and_its_head("the trust's chief executive")
    a.text = a.text + " The Fernholm Harbour Trust did not comment."
    a.entity("Fernholm Harbour Trust", "ORG")
    c = claim_with(brief(a, b), "never been closed")
    assert c.independent_origins == 2


def test_head_role_descriptions_read_their_body() -> None:
    cases = {
        "chief executive of the Kelmore Harbour Authority": "Kelmore Harbour Authority",
        "the authority's chief executive": "authority",
        "a spokesman for the ministry": "ministry",
        "Union secretary": "Union",
        "deputy director general of the agency": "agency",
    }
    for text, body in cases.items():
        m = SPEAKS_FOR.match(text)
        assert m is not None, text
        assert next(g for g in (m.group("body"), m.group("owner"), m.group("before")) if g) == body
    for text in ("a ferry worker who saw the bridge fall", "His son", "the engineer", "fisherman"):
        assert SPEAKS_FOR.match(text) is None, text


def test_a_named_voice_of_an_unnamed_body_and_the_body_are_one_origin() -> None:
    a = Doc("a", "Police said the old pier had never been closed for repairs since 2019.")
    a.attributed("the old pier had never been closed", "Police")
    b = Doc("b", "Ilse Varga said on Friday that since 2019 the old pier has never been closed for repairs.")
    b.entity("Ilse Varga", description="Fernholm police spokeswoman")
    b.attributed("the old pier has never been closed", "Ilse Varga")
    c = claim_with(brief(a, b), "never been closed")
    assert c.independent_origins == 1
    b.entities[0] = dataclasses.replace(b.entities[0], description="a ferry captain")
    assert claim_with(brief(a, b), "never been closed").independent_origins == 2

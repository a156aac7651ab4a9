"""Cleaning rules on invented text: each furniture kind goes, body text and news subheads stay."""

from __future__ import annotations

from newsweave.ingest.clean import clean_text, is_unpunctuated_sentence

BODY = "The river rose by two metres overnight, officials in the northern town said on Tuesday."
BODY2 = "Rescue teams reached the flooded villages by boat, according to the regional governor."


def kinds_of(text: str) -> dict[str, str]:
    return {r.text: r.kind for r in clean_text(text).removed}


def test_body_and_quoted_subhead_are_kept() -> None:
    text = f"{BODY}\n\n'We Will Rebuild Every Bridge,' Says Mayor\n\n{BODY2}"
    cleaned = clean_text(text)
    assert cleaned.paragraphs == (BODY, "'We Will Rebuild Every Bridge,' Says Mayor", BODY2)
    assert cleaned.removed == ()


def test_photo_credit_caption_is_removed() -> None:
    caption = "Residents wade through water in the old town. Photograph: Jane Roe/Agency Images"
    assert kinds_of(f"{BODY}\n{caption}\n{BODY2}") == {caption: "caption"}
    assert kinds_of(f"{BODY}\nA boat on the river (Photo: Local Press)\n{BODY2}")
    assert kinds_of(f"{BODY}\nA boat on the river. John Doe/AFP via Getty Images\n{BODY2}")


def test_a_credit_inside_a_flattened_paragraph_goes_and_the_paragraph_stays() -> None:
    text = ("Tam Oyelaran hit the shot at the buzzer (AP Photo/Ned Kowal) to win the title. Fans cheered.\n\n"
            'Rob Vance of Ashby (Image: Lia Marsh/Getty Images) "I doubt he will play," the coach said.\n\n'
            "She read (Picture This, a novel) twice (Photo by Ana Ruiz) and left.")
    cleaned = clean_text(text)
    assert cleaned.paragraphs == (
        "Tam Oyelaran hit the shot at the buzzer to win the title. Fans cheered.",
        'Rob Vance of Ashby "I doubt he will play," the coach said.',
        "She read (Picture This, a novel) twice and left.",
    )
    assert [(r.kind, r.text) for r in cleaned.removed] == [
        ("caption", "(AP Photo/Ned Kowal)"), ("caption", "(Image: Lia Marsh/Getty Images)"),
        ("caption", "(Photo by Ana Ruiz)")]
    # a credit between sentences, and a flattened BBC picture opening a paragraph
    text = ("The bishop led the vigil on Sunday. Photo by Ana Ruiz/Ledger. Crowds filled the square.\n\n"
            "Image copyright Ashby Times Image caption Ruiz, centre, is the suspect.\n\n"
            'Image copyright Ashby Times Image caption Ruiz fled, her son says. "She will call," he said.\n\n'
            "A photo by Ana Ruiz won. The Photo by Night show opened.")
    assert clean_text(text).paragraphs == (
        "The bishop led the vigil on Sunday. Crowds filled the square.", '"She will call," he said.',
        "A photo by Ana Ruiz won. The Photo by Night show opened.")
    # a line that ends in its credit is still a caption, whole
    assert kinds_of(f"{BODY}\nFans cheer the late win in Ashby (Photo: Local Press)\n{BODY2}") == {
        "Fans cheer the late win in Ashby (Photo: Local Press)": "caption"}


def test_emoji_led_caption_is_removed() -> None:
    caption = "📷 Volunteers fill sandbags near the station"
    cleaned = clean_text(f"{BODY}\n{caption}\n{BODY2}")
    assert cleaned.paragraphs == (BODY, BODY2)
    assert kinds_of(f"{BODY}\n{caption}") == {caption: "caption"}


def test_embedded_post_is_removed_and_dated() -> None:
    post = "The water is still rising pic.twitter.com/AbC123xyz — River Watch (@riverwatch) March 3, 2022"
    cleaned = clean_text(f"{BODY}\n{post}\n{BODY2}")
    assert cleaned.paragraphs == (BODY, BODY2)
    assert cleaned.removed[0].kind == "embed"
    assert cleaned.embed_dates == ("March 3, 2022",)
    signature = "— Jane Roe (@janeroe) April 1, 2020"
    assert kinds_of(f"{BODY}\n{signature}") == {signature: "embed"}


def test_related_and_navigation_lines() -> None:
    text = (f"Connect with us\nWorld News\n{BODY}\nREAD MORE\nSee also Floods hit the south again.\n"
            f"Home | World | Europe | Floods\nRelated:\n{BODY2}")
    found = kinds_of(text)
    assert found == {
        "Connect with us": "navigation", "World News": "navigation", "READ MORE": "related",
        "See also Floods hit the south again.": "related", "Home | World | Europe | Floods": "navigation",
        "Related:": "related",
    }
    assert clean_text(text).paragraphs == (BODY, BODY2)


def test_published_on_residue_and_agency_credit() -> None:
    found = kinds_of(f"Published\n\non\n\n{BODY}\n\n(with inputs from agencies)")
    assert set(found.values()) == {"boilerplate"}
    assert set(found) == {"Published", "on", "(with inputs from agencies)"}


def test_sharing_bars_counters_and_staff_credits_are_furniture() -> None:
    text = (f"{BODY}\nShare this story: Facebook | X | Email\nComments (14)\n{BODY2}\n"
            "(Reporting by Ann Tolle in Lorvik; editing by Per Sand)")
    assert kinds_of(text) == {
        "Share this story: Facebook | X | Email": "navigation", "Comments (14)": "navigation",
        "(Reporting by Ann Tolle in Lorvik; editing by Per Sand)": "boilerplate",
    }
    assert clean_text(text).paragraphs == (BODY, BODY2)


def test_sentences_that_open_like_furniture_stay() -> None:
    kept = ("Share prices fell: the index lost 3 percent on Monday.",
            "Comments (14) on the plan were mostly angry, the clerk said.",
            "Editing by the council took three weeks, the clerk said.")
    assert kinds_of("\n".join(kept)) == {}


def test_date_marker_prefix_is_stripped_and_kept_as_date() -> None:
    cleaned = clean_text(f" date 2022-03-03 {BODY}\n{BODY2}")
    assert cleaned.date_marker == "2022-03-03"
    assert cleaned.paragraphs == (BODY, BODY2)
    assert cleaned.removed[0].text == "date 2022-03-03"


def test_name_line_over_unpunctuated_caption_is_a_caption() -> None:
    text = f"{BODY}\nJane Roe\nJane Roe said the town would need months to recover from the flood\n{BODY2}"
    cleaned = clean_text(text)
    assert cleaned.paragraphs == (BODY, BODY2)
    assert {r.kind for r in cleaned.removed} == {"caption"}


def test_title_case_subhead_is_not_a_caption() -> None:
    assert not is_unpunctuated_sentence("River Levels Expected to Fall by the End of the Week")
    assert is_unpunctuated_sentence("Volunteers fill sandbags near the flooded railway station in the north")
    text = f"{BODY}\nRiver Levels Expected to Fall by the End of the Week\n{BODY2}"
    assert len(clean_text(text).paragraphs) == 3


def test_repeated_standfirst_is_dropped_once() -> None:
    cleaned = clean_text(f"{BODY}\n{BODY2}\n{BODY}")
    assert cleaned.paragraphs == (BODY, BODY2)
    assert cleaned.removed[0].kind == "boilerplate"


def test_body_paragraph_mentioning_photos_is_kept() -> None:
    line = "The photographer said: the pictures show the dam breaking before dawn, which officials deny."
    assert clean_text(f"{line}\n{BODY}").paragraphs == (line, BODY)


def test_spaces_are_normalised_and_paragraphs_joined_by_blank_line() -> None:
    cleaned = clean_text("First  line\u00a0 here.\r\nSecond\u200b line here.")
    assert cleaned.text == "First line here.\n\nSecond line here."


def test_hard_wrapped_sentence_is_rejoined_not_taken_for_a_caption() -> None:
    wrapped = "The mayor regularly\nwarns\nresidents about the river and is a careful, patient\nplanner."
    cleaned = clean_text(f"{BODY}\n\n{wrapped}\n\n{BODY2}")
    assert cleaned.removed == ()
    assert wrapped.replace("\n", " ") in cleaned.paragraphs


def test_labels_between_paragraphs_are_kept_at_the_edges_removed() -> None:
    text = f"Politics\n{BODY}\nThe council must now:\nRepair bridges\nClear roads\n{BODY2}\nWeather"
    cleaned = clean_text(text)
    assert "Repair bridges" in cleaned.paragraphs and "Clear roads" in cleaned.paragraphs
    assert {r.text: r.kind for r in cleaned.removed} == {"Politics": "navigation", "Weather": "navigation"}


def test_label_over_unrelated_unpunctuated_line_is_not_a_caption() -> None:
    text = f"{BODY}\nKey suspects\nJohn Roe: owner of the boat that was found near the harbour wall\n{BODY2}"
    assert clean_text(text).removed == ()


def test_publication_stamps_go_and_give_their_date() -> None:
    stamps = ("PUBLISHED: WEDNESDAY, MARCH 13, 2024, 2:29 PM", "Posted on March 09, 2024",
              "Published: 02:31 GMT, 12 March 2024 | UPDATED: 22:19 GMT, 12 March 2024")
    for stamp in stamps:
        cleaned = clean_text(f"{BODY}\n{stamp}\n{BODY2}")
        assert cleaned.paragraphs == (BODY, BODY2), stamp
        assert cleaned.stamp_date is not None and "2024" in cleaned.stamp_date
    # A sentence that starts like a stamp is body text.
    kept = "Updated on March 3, 2024, the plan added two bridges."
    assert clean_text(f"{BODY}\n{kept}").paragraphs == (BODY, kept)


def test_a_stamp_dates_an_article_without_metadata() -> None:
    from newsweave.ingest.article import to_article
    from newsweave.models.article import Metadata, RawDocument

    raw = RawDocument(item="x", text=f"{BODY}\nPosted: Friday, March 8, 2024 2:39 pm\n{BODY2}", path="x",
                      metadata=Metadata(id="x"))
    assert to_article(raw).published == "2024-03-08"


def test_a_spaced_wire_underscore_dash_becomes_a_dash_of_the_same_length() -> None:
    raw = "KESRA, Varn (Wire)_ Since 1985 _ when the zone was set up _ 200 have died. snake_case stays."
    text = clean_text(raw).text
    assert text == raw.replace(" _ ", " \u2014 ")
    assert len(text) == len(raw) and "snake_case" in text and "(Wire)_ " in text


def test_a_short_line_above_a_lone_credit_is_its_caption() -> None:
    text = f"{BODY}\nThe square after the flood.\nImage: Jane Roe.\n{BODY2}"
    assert kinds_of(text) == {"The square after the flood.": "caption", "Image: Jane Roe.": "caption"}
    # A body paragraph above a lone credit stays: it is longer than any caption.
    long_body = BODY + " " + BODY2
    assert clean_text(f"{long_body}\nImage: Jane Roe.\n{BODY2}").paragraphs == (long_body, BODY2)


def test_a_sentence_case_line_standing_alone_without_a_credit_stays() -> None:
    # Where every sentence is its own paragraph, such lines are lead-ins, stamps and headlines: body text.
    lead_in = "Asked about the closure on Monday the mayor of the valley town said"
    assert lead_in in clean_text(f"{BODY}\n\n{lead_in}\n\n{BODY2}").paragraphs


def test_a_day_opening_the_headline_is_a_stamp() -> None:
    cleaned = clean_text(f"2031/03/08 Flood aid pledges reach the valley\n\n{BODY}")
    assert cleaned.paragraphs == ("Flood aid pledges reach the valley", BODY)
    assert cleaned.date_marker == "2031-03-08"
    # Only the headline's: a body line that opens with a day is the body's.
    body_line = "2031-03-08 Engineers inspected the dam again after the storm."
    assert clean_text(f"Flood aid pledges reach the valley\n\n{body_line}").paragraphs[1] == body_line


def test_wire_pickup_lines_and_operator_signoffs_are_furniture() -> None:
    text = ("FERNHOLM (Lowland Press) - The pier closed on Monday.\n\n"
            "The mayor took a hard line and said all members must do the same. ``No member, 5th graf, "
            "1st Ld-Writethru\n\n"
            "Officials said, graf 3 pvs\n\n"
            "The coach wrote a graf about the pvs rule on Monday.\n\n"
            "nn\n\nLPR-10-05-98 1735EDT\n\n(ren/ml)\n\n(aos)")
    cleaned = clean_text(text)
    assert cleaned.paragraphs == (
        "FERNHOLM (Lowland Press) - The pier closed on Monday.",
        "The mayor took a hard line and said all members must do the same.",
        "The coach wrote a graf about the pvs rule on Monday.",
    )
    assert [r.text for r in cleaned.removed] == [
        "``No member, 5th graf, 1st Ld-Writethru", "Officials said, graf 3 pvs", "nn", "LPR-10-05-98 1735EDT",
        "(ren/ml)", "(aos)"]


def test_a_byline_line_at_the_top_is_furniture_and_gives_the_credit() -> None:
    signed = ("By Ines Varro and Tomas Reel", "BY INES VARRO, Staff Writer", "By: Ines Varro | Reuters",
              "By Jean-Luc Varro - Harbour Gazette")
    for line in signed:
        cleaned = clean_text(f"{line}\n{BODY}\n{BODY2}")
        assert cleaned.paragraphs == (BODY, BODY2), line
        assert cleaned.byline is not None and "Varro" in cleaned.byline.title(), line
    # A sentence opening with "By", and a byline-like line deep in the body, stay.
    kept = "By Monday the water had reached the Varro mill"
    assert clean_text(f"{kept}\n{BODY}").paragraphs == (kept, BODY)
    late = f"{BODY}\n{BODY2}\n{BODY}x\n{BODY2}x\nBy Ines Varro and Tomas Reel"
    assert clean_text(late).byline is None


def test_an_in_text_byline_signs_an_article_without_one_in_its_metadata() -> None:
    from newsweave.ingest.article import to_article
    from newsweave.models.article import Metadata, RawDocument

    text = f"By Ines Varro\n{BODY}\n{BODY2}"
    unsigned = RawDocument(item="x", text=text, path="x", metadata=Metadata(id="x"))
    assert to_article(unsigned).author == "Ines Varro"
    signed = RawDocument(item="x", text=text, path="x", metadata=Metadata(id="x", author="Ana Brel"))
    assert to_article(signed).author == "Ana Brel"

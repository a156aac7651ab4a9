"""The DUC 2003 wire SGML loader, on made-up documents in the two services' layouts."""

from __future__ import annotations

from pathlib import Path

from bench.trust.duc2003 import iso_datetime, read_doc, slug_title, to_articles

AP = ("""
<DOC>
<DOCNO> APW19990101.0001 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 01/01/1999 09:05:00 </DATE_TIME>
<HEADER>
w0000 &Cx1f; wstm-
u i &Cx13;  &Cx11;  BC-Atlantis-Flood 2ndLd-Writethru   01-01 0400
</HEADER>
<BODY>
<SLUG> BC-Atlantis-Flood, 2nd Ld-Writethru </SLUG>
 &UR; Eds: UPDATES toll. &QL;
<TEXT>
<TAB>   PORTVILLE, Atlantis (AP) _ Floodwater rose overnight, and officials
said 12 people had died.
<TAB>   ``We have never seen this,'' said a made-up mayor, Ann Example of
Smith &AMP; Sons.
</TEXT>
</BODY>
<TRAILER>
AP-NY-01-01-99 0905EST
</TRAILER>
</DOC>
""").replace("<TAB>", "\t")

NYT = """
<DOC>
<DOCNO> NYT19990102.0002 </DOCNO>
<DATE_TIME> 1999-01-02 18:30 </DATE_TIME>
<BODY>
<SLUG> BC-ATLANTIS-FLOOD-570&AMP;ADD-NYT </SLUG>
<TEXT>
<P>
   PORTVILLE, Atlantis _ The river crested on Saturday.
</P>
<ANNOTATION>
   (STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)
</ANNOTATION>
<P>
   Officials counted 14 dead.
</P>
</TEXT>
</BODY>
</DOC>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="latin-1")
    return path


def test_ap_document_fields_paragraphs_and_entities(tmp_path: Path) -> None:
    doc = read_doc(_write(tmp_path, "APW19990101.0001", AP))
    assert doc.docno == "APW19990101.0001"
    assert doc.outlet == "Associated Press"
    assert doc.published == "1999-01-01T09:05:00"
    assert doc.title == "Atlantis Flood"
    assert [p.text[:9] for p in doc.paragraphs] == ["PORTVILLE", "``We have"]
    assert "Smith & Sons" in doc.paragraphs[1].text and "&" not in doc.paragraphs[0].text
    assert "Eds:" not in doc.text  # the editors' note before <TEXT> is not article text
    # Paragraph offsets index the raw file, where label offsets point.
    first = doc.paragraphs[0]
    assert doc.raw[first.raw_start:first.raw_start + 9] == "PORTVILLE"


def test_nyt_document_drops_annotations_and_keeps_paragraphs(tmp_path: Path) -> None:
    doc = read_doc(_write(tmp_path, "NYT19990102.0002", NYT))
    assert doc.outlet == "New York Times"
    assert doc.published == "1999-01-02T18:30:00"
    assert doc.title == "Atlantis Flood"
    assert [p.text for p in doc.paragraphs] == ["PORTVILLE, Atlantis _ The river crested on Saturday.",
                                                 "Officials counted 14 dead."]


def test_articles_come_through_the_product_ingest_with_wire_metadata(tmp_path: Path) -> None:
    docs = [read_doc(_write(tmp_path, "APW19990101.0001", AP)), read_doc(_write(tmp_path, "NYT", NYT))]
    articles = to_articles(docs)
    assert [a.id for a in articles] == ["APW19990101.0001", "NYT19990102.0002"]
    assert articles[0].published_from == "metadata" and articles[0].outlet == "Associated Press"
    assert "officials said 12 people had died" in articles[0].text  # hard wrap re-joined


def test_slugs_and_dates() -> None:
    assert slug_title("BC-Sweden-Fire, 18th Ld-Writethru") == "Sweden Fire"
    assert slug_title("BC-BRITAIN-PINOCHET-1STLD-WRITETHRU-600(2TAKES)-NYT") == "Britain Pinochet"
    assert slug_title("BC-Israel-Explosion, 10th Ld-Writethru,0853") == "Israel Explosion"
    assert iso_datetime("10/30/1998 14:25:00") == "1998-10-30T14:25:00"
    assert iso_datetime("not a date") is None

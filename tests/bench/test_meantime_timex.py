"""MEANTIME's TIMEX3 reader: offsets into the rebuilt text, the creation time, and the scored opening."""

from __future__ import annotations

from pathlib import Path

from bench.tasks.meantime_timex import read_meantime

_XML = """<Document doc_name="x">
<token t_id="1" sentence="0">Stocks</token><token t_id="2" sentence="0">fell</token>
<token t_id="3" sentence="0">on</token><token t_id="4" sentence="0">Monday</token>
<token t_id="5" sentence="0">.</token>
<token t_id="6" sentence="1">Prices</token><token t_id="7" sentence="1">rose</token>
<token t_id="8" sentence="2">Nobody</token><token t_id="9" sentence="2">looked</token>
<Markables>
<TIMEX3 m_id="10" type="DATE" value="2008-09-15"><token_anchor t_id="4"/></TIMEX3>
<TIMEX3 m_id="11" type="DATE" value="2008-09-16" functionInDocument="CREATION_TIME"/>
</Markables>
</Document>"""


def test_read_meantime(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text(_XML, encoding="utf-8")
    doc = read_meantime(path)
    assert doc.text == "Stocks fell on Monday.\nPrices rose\nNobody looked"
    assert doc.dct == "2008-09-16"
    (start, end, value, kind), = doc.timexes
    assert (doc.text[start:end], value, kind) == ("Monday", "2008-09-15", "DATE")
    # Only the sentences up to the last one holding a TIMEX3 are scored.
    assert doc.scored_end == len("Stocks fell on Monday.")

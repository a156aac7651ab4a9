"""Bytes to text: detect the encoding, repair mojibake, refuse non-text. Never crashes on bad bytes."""

from __future__ import annotations

import codecs
import unicodedata

import ftfy

from newsweave.errors import BinaryInputError, EmptyInputError

# Byte-order marks decide the encoding outright (UTF-16/32 text is full of NUL bytes, so check these first).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control characters (other than tab/newline/CR) above which decoded "text" is really binary.
# Calibrated on gzip/PNG/PDF files decoded as cp1252/latin-1 (all above 5%) vs. real news text (0%).
MAX_CONTROL_SHARE = 0.01
# How much of the input the charset detector and the binary sniffers look at: enough to decide, linear cost.
SNIFF_BYTES = 64 * 1024


# UTF-16 without a byte-order mark: Latin-script text has a NUL in every other byte (the high byte of each
# ASCII code unit), on one side only. Binary formats put NULs on both sides. The shares are the ones English
# UTF-16 shows (~0.95 / 0.0) with room for non-ASCII letters and for the odd NUL in a binary header.
UTF16_NUL_SIDE_MIN = 0.3
UTF16_NUL_OTHER_MAX = 0.02


def _bomless_utf16(data: bytes) -> str | None:
    """The codec of BOM-less UTF-16 text (``utf-16-le`` or ``utf-16-be``), judged by where its NULs sit."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd >= UTF16_NUL_SIDE_MIN and nul_even <= UTF16_NUL_OTHER_MAX:
        return "utf-16-le"
    if nul_even >= UTF16_NUL_SIDE_MIN and nul_odd <= UTF16_NUL_OTHER_MAX:
        return "utf-16-be"
    return None


def _control_share(text: str) -> float:
    sample = text[:SNIFF_BYTES]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ch not in "\t\n\r\f" and unicodedata.category(ch) == "Cc")
    return controls / len(sample)


def decode_bytes(item: str, data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` (named ``item`` in errors) to repaired text.

    Order: a byte-order mark, then the ``declared`` charset (HTTP/HTML header) if it decodes cleanly, then
    strict UTF-8, then charset detection. ftfy then repairs mojibake (UTF-8 read as cp1252 and the like).
    Raises EmptyInputError or BinaryInputError, never UnicodeError.
    """
    if not data.strip():
        raise EmptyInputError(item, "empty input (no text)")
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            break
    if text is None and b"\x00" in data[:SNIFF_BYTES]:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise BinaryInputError(item, "binary data, not text (NUL bytes)")
        text = data.decode(utf16, errors="replace")
    if text is None and declared:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Loaded only here: most inputs are UTF-8, and the detector's import is ~7 ms of a small brief.
            from charset_normalizer import from_bytes

            best = from_bytes(data[:SNIFF_BYTES]).best()
            if best is None or best.encoding is None:
                raise BinaryInputError(item, "undecodable bytes: no text encoding fits") from None
            text = data.decode(best.encoding, errors="replace")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryInputError(item, "binary data, not text (control characters)")
    # Curly quotes stay: they tell quote detection where a quotation opens and closes.
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    if not text.strip():
        raise EmptyInputError(item, "empty input (no text)")
    return text

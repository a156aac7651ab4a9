"""Frozen records <-> JSON, inside the store only. The type hints of each dataclass drive the codec, so a
field added to a record (with a default) is stored without touching this module, and an old row that lacks
it decodes to the default."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

from newsweave.errors import StoreError

T = TypeVar("T")


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _field_names(cls: Any) -> tuple[str, ...] | None:
    if dataclasses.is_dataclass(cls):
        return tuple(f.name for f in dataclasses.fields(cls))
    return None


_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_plain(obj: object) -> object:
    """A record as JSON-ready lists/dicts/scalars (dataclasses become objects, tuples lists)."""
    # Type lookups instead of dataclasses.fields/is_dataclass per value: encoding was ~70% of a commit.
    cls: Any = type(obj)
    if cls in _SCALARS:
        return obj
    if cls is tuple or cls is list:
        return [to_plain(v) for v in obj]  # type: ignore[attr-defined]
    names = _field_names(cls)
    if names is not None:
        return {name: to_plain(getattr(obj, name)) for name in names}
    if isinstance(obj, tuple | list):
        return [to_plain(v) for v in obj]
    return obj


def _from_plain(tp: Any, value: Any) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        options = [a for a in get_args(tp) if a is not type(None)]
        return _from_plain(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_plain(args[0], v) for v in value)
        return tuple(_from_plain(a, v) for a, v in zip(args, value, strict=True))
    if origin is typing.Literal:
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_plain(tp, value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


def from_plain(cls: type[T], data: Any) -> T:
    if not isinstance(data, dict):
        raise StoreError(f"stored {cls.__name__} is not an object")
    hints = _hints(cls)  # type: ignore[arg-type]
    kwargs = {
        f.name: _from_plain(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in data
    }
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"stored {cls.__name__} does not decode: {exc}") from exc


def encode(obj: object) -> str:
    return json.dumps(to_plain(obj), ensure_ascii=False, separators=(",", ":"), allow_nan=True)


def decode(cls: type[T], text: str) -> T:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError(f"stored {cls.__name__} is not JSON: {exc}") from exc
    return from_plain(cls, data)

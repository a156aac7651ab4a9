"""What a rule's normaliser is given (the publication date and a lazy tense) and what it returns."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsweave.analyze.temporal.calendar import Tense
from newsweave.models.annotations import DatePrecision, ResolvedFrom, TimexKind


@dataclass(frozen=True, slots=True)
class Context:
    dct: dt.date | None
    tense: Callable[[], Tense]  # lazy: only weekday and bare-month rules need the parse
    # Lazy too: whether the expression modifies a noun ("a cutback in September", "November transactions")
    # rather than a verb, so that the clause's tense does not date it.
    of_noun: Callable[[], bool] = lambda: False
    # Lazy too: whether it hangs on a verb of lasting in the past ("remained ... until March").
    lasted: Callable[[], bool] = lambda: False
    # Lazy too: whether it modifies a noun of a happening known only after the fact ("the Feb. 13 death").
    happened: Callable[[], bool] = lambda: False
    # Lazy too: whether a part of the day is used for no day of the narrative ("the morning meetings").
    no_day: Callable[[], bool] = lambda: False


@dataclass(frozen=True, slots=True)
class Resolution:
    kind: TimexKind
    value: str | None
    precision: DatePrecision
    resolved_from: ResolvedFrom


Normaliser = Callable[[re.Match[str], Context], Resolution | None]  # None: not a temporal expression

UNRESOLVED = Resolution("date", None, "unknown", "relative")

"""PLACEHOLDER JSON rendering (dataclasses.asdict); replaced by the schema-validated renderer."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from newsweave.models import Briefing


def to_json(briefings: Sequence[Briefing]) -> str:
    objs = [dataclasses.asdict(b) for b in briefings]
    return json.dumps(objs[0] if len(objs) == 1 else objs, ensure_ascii=False, indent=2)

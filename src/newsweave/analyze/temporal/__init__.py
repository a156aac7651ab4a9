"""Temporal expressions: finding them (rules.py; periods.py for those read against the article's own reference
quarter or year), the tense that orients them (tense.py), and calendar arithmetic against the publication date
(calendar.py). ``analyze.dates`` turns them into DateMentions."""

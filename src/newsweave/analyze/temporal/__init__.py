"""Temporal expressions: finding them (rules.py), the tense that orients them (tense.py), and calendar
arithmetic against the publication date (calendar.py). ``analyze.dates`` turns them into DateMentions."""

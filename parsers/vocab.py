"""The words a fact is described with: the parsers write them, the warehouse stores them.

Their home is here, in the lowest package that uses them; `warehouse/vocab.py` re-exports
them beside the change and review vocabularies, and SCHEMA.md documents each word
(`tests/test_contracts.py` keeps the three in step).
"""

KINDS = ("money", "age", "duration", "hours", "size", "percent", "count", "date")
UNITS = ("EUR", "years", "months", "weeks", "days", "hours", "MB", "percent", "items")
PERS = ("month", "week", "day", "year")
BOUNDS = ("min", "max", "exact", "range")
CONDITION_KINDS = ("requirement", "document", "step", "exemption")

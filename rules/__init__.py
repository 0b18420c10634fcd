"""Rules: the catalogue (rules.yaml) and the assignment of each amount to the rule it states."""

"""The review desk: a small web application where legal volunteers review changes."""

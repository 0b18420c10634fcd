"""permitwatch: parsers."""

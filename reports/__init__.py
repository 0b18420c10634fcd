"""permitwatch: reports."""

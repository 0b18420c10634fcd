"""permitwatch: warehouse."""

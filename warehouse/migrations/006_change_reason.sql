-- A page_suspect's reason ("the page lost 9 of its 12 facts at once") is ours, not a
-- published sentence: it gets its own column instead of borrowing new_quote.
ALTER TABLE changes ADD COLUMN reason VARCHAR;
UPDATE changes SET reason = new_quote, new_quote = NULL WHERE change_kind = 'page_suspect';

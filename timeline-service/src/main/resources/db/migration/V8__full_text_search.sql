-- q searches the source sentences with PostgreSQL full-text search. The 'simple' configuration lower-cases and
-- splits words without stemming, so it works the same for every language; the function is inlined by the planner,
-- so the expression index serves it.
create function timeline_text_matches(sentence text, query text)
    returns boolean language sql immutable parallel safe
as $$ select to_tsvector('simple', sentence) @@ to_tsquery('simple', query) $$;

create index event_source_text_idx on event_source using gin (to_tsvector('simple', sentence));

-- Merging asks for the candidates that overlap a document's date ranges: like the events' (V6), through a range
-- index that timeline_overlaps, inlined by the planner, can use.
create index event_candidate_overlap_idx on event_candidate using gist (daterange(date_from, date_to, '[]'));

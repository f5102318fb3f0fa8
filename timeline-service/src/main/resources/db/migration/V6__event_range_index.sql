-- A date window finds the events it overlaps through a range index: the date_from index alone cannot bound the
-- events that start before the window. The function is inlined by the planner, so the index serves it.
create function timeline_overlaps(event_from date, event_to date, window_from date, window_to date)
    returns boolean language sql immutable parallel safe
as $$ select daterange(event_from, event_to, '[]') && daterange(window_from, window_to, '[]') $$;

create index event_range_idx on event using gist (daterange(date_from, date_to, '[]'));

-- Candidates are re-clustered by date range, so they carry the days their date spans.
alter table event_candidate add column date_from date;
alter table event_candidate add column date_to date;
update event_candidate set date_from = '0001-01-01', date_to = '9999-12-31' where date_from is null;
alter table event_candidate alter column date_from set not null;
alter table event_candidate alter column date_to set not null;
create index event_candidate_range_idx on event_candidate (date_from, date_to);

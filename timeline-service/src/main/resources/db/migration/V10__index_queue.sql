-- A fully analysed document waits here until the indexer merges it into the timeline, in a batch with others.
alter table document add column index_pending boolean not null default false;
create index document_index_pending_idx on document (updated_at, id) where index_pending;

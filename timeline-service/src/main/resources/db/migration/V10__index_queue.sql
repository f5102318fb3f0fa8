-- Fully analysed documents wait here for the indexer, which merges them into the timeline in batches. A request is a
-- row of its own: queueing a document never waits for the batch that is indexing it, and a request made meanwhile
-- outlives that batch. A document with a request is not on the timeline yet (its candidates are not merged).
create table index_request (
    id          bigserial    primary key,
    document_id varchar(64)  not null references document (id) on delete cascade,
    queued_at   timestamptz  not null default now()
);
create index index_request_document_idx on index_request (document_id);

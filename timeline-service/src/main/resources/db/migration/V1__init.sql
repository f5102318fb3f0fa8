-- Documents as uploaded, with their processing status.
create table document (
    id              varchar(64)  primary key,
    sha256          char(64),
    title           text,
    url             text,
    language_hint   varchar(35),
    language        varchar(35),
    published_at    timestamptz,
    received_at     timestamptz  not null,
    status          varchar(16)  not null,
    failure_reason  text,
    text            text,
    duplicate_of    varchar(64)  references document (id) on delete set null,
    entities_done   boolean      not null default false,
    dates_done      boolean      not null default false,
    updated_at      timestamptz  not null default now()
);
create index document_newest_idx on document (received_at desc, id desc);
create index document_status_idx on document (status, received_at desc, id desc);

-- The entity registry: one row per real thing, with the names it goes by.
create table entity (
    id             varchar(200) primary key,
    name           text         not null,
    type           varchar(8)   not null,
    mention_count  integer      not null default 0
);
create index entity_mentions_idx on entity (mention_count desc, id);

create table entity_alias (
    id          bigserial    primary key,
    entity_id   varchar(200) not null references entity (id) on delete cascade,
    alias       text         not null,
    normalized  text         not null,
    language    varchar(35)  not null,
    unique (entity_id, normalized, language)
);
create index entity_alias_normalized_idx on entity_alias (normalized text_pattern_ops);

-- Mentions found by nlp-service, with offsets into the document text.
create table entity_mention (
    id            bigserial    primary key,
    document_id   varchar(64)  not null references document (id) on delete cascade,
    start_offset  integer      not null,
    end_offset    integer      not null,
    text          text         not null,
    type          varchar(8)   not null,
    entity_id     varchar(200) not null,
    confidence    double precision not null,
    unique (document_id, start_offset, end_offset)
);
create index entity_mention_entity_idx on entity_mention (entity_id);

create table date_mention (
    id             bigserial    primary key,
    document_id    varchar(64)  not null references document (id) on delete cascade,
    start_offset   integer      not null,
    end_offset     integer      not null,
    text           text         not null,
    value          varchar(40)  not null,
    granularity    varchar(8)   not null,
    modifier       varchar(8),
    range_end      varchar(40),
    in_references  boolean      not null,
    unique (document_id, start_offset, end_offset)
);

-- Event candidates waiting to be merged into the timeline.
create table event_candidate (
    id              bigserial    primary key,
    document_id     varchar(64)  not null references document (id) on delete cascade,
    sentence_start  integer      not null,
    sentence_end    integer      not null,
    sentence        text         not null,
    date_start      integer      not null,
    date_end        integer      not null,
    date_value      varchar(40)  not null,
    granularity     varchar(8)   not null,
    modifier        varchar(8),
    range_end       varchar(40),
    entity_ids      text         not null,
    unique (document_id, sentence_start, date_start)
);

-- The merged timeline.
create table event (
    id                varchar(40)  primary key,
    date_value        varchar(40)  not null,
    granularity       varchar(8)   not null,
    modifier          varchar(8),
    range_end         varchar(40),
    date_from         date         not null,
    date_to           date         not null,
    summary           text         not null,
    summary_language  varchar(35),
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);
create index event_order_idx on event (date_from, id);
create index event_to_idx on event (date_to);

create table event_entity (
    event_id   varchar(40)  not null references event (id) on delete cascade,
    entity_id  varchar(200) not null,
    primary key (event_id, entity_id)
);
create index event_entity_entity_idx on event_entity (entity_id, event_id);

create table event_source (
    id              bigserial    primary key,
    event_id        varchar(40)  not null references event (id) on delete cascade,
    document_id     varchar(64)  not null references document (id) on delete cascade,
    language        varchar(35),
    sentence_start  integer      not null,
    sentence_end    integer      not null,
    sentence        text         not null,
    date_start      integer      not null,
    unique (document_id, sentence_start, date_start)
);
create index event_source_event_idx on event_source (event_id);
create index event_source_language_idx on event_source (language, event_id);

-- Idempotent consumers: the ids of every message already applied.
create table processed_event (
    event_id      varchar(64)  primary key,
    processed_at  timestamptz  not null default now()
);

-- Transactional outbox of timeline.events; sequence is assigned in publication order by the single relay.
create sequence timeline_sequence;
create table outbox (
    id            bigserial    primary key,
    event_id      varchar(40)  not null,
    change        varchar(8)   not null,
    payload       text,
    created_at    timestamptz  not null default now(),
    sequence      bigint       unique,
    published_at  timestamptz
);
create index outbox_pending_idx on outbox (id) where sequence is null;

-- When the indexer last merged the document. A document indexed once stays on the timeline while it waits to be
-- indexed again (reprocessed, or re-linked): a batch that re-clusters its dates meanwhile keeps its sources, where it
-- dropped them until the document's own turn came.
alter table document add column indexed_at timestamptz;
update document set indexed_at = updated_at where status = 'INDEXED';

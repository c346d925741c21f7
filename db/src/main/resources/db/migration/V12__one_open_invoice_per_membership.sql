-- One invoice waiting for payment per membership, enforced by the database: two "Renew" clicks
-- at the same moment both pass the application's check, and only a key stops the second.
-- open_membership_id holds the membership's id while the invoice is open and is NULL once it is
-- paid or void; a unique key allows any number of NULLs (MySQL, MariaDB and H2 alike).
ALTER TABLE invoice ADD COLUMN open_membership_id BIGINT NULL;

-- Invoices issued before this key: where a membership has several open ones, the newest takes
-- the key; the others stay payable (a payment or a void simply leaves their column NULL).
-- The aggregate in the derived table keeps MySQL from merging it into the UPDATE (error 1093).
UPDATE invoice SET open_membership_id = membership_id
 WHERE status = 'OPEN'
   AND id IN (SELECT newest FROM (SELECT MAX(id) AS newest FROM invoice WHERE status = 'OPEN' GROUP BY membership_id) latest);

ALTER TABLE invoice ADD CONSTRAINT uq_invoice_open_membership UNIQUE (open_membership_id);

CREATE TABLE IF NOT EXISTS main.[order lines](
  [order_id] INTEGER NOT NULL,
  `line` int,
  qty DECIMAL ( 10 , 2 ) CHECK (qty > 0) DEFAULT -1,
  note "weird type",
  CONSTRAINT pk_lines PRIMARY KEY (order_id, `line` DESC),
  CONSTRAINT fk_order FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (qty COLLATE BINARY ASC, note) ON CONFLICT REPLACE,
  CHECK (line <> 0)
) WITHOUT ROWID;

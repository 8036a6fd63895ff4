-- SQLite shapes found in the wild, beside each other in one database: each kind of rowid alias
-- and the keys that only look like one, WITHOUT ROWID and STRICT tables, tables without a key,
-- composite keys, AUTOINCREMENT, CHECKs, generated columns, views and triggers, and names
-- quoted with backquotes, brackets and double quotes.
CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, born DATE);
CREATE TABLE "book" (
    "id" INTEGER,
    "author_id" INTEGER NOT NULL REFERENCES author(id) ON DELETE CASCADE,
    "title" VARCHAR(200) NOT NULL,
    "price" REAL CHECK (price >= 0),
    "pages" INT,
    "isbn" TEXT UNIQUE,
    "title_upper" TEXT GENERATED ALWAYS AS (upper(title)) VIRTUAL,
    PRIMARY KEY ("id" DESC)
);
-- Not rowid aliases: INTEGER PRIMARY KEY DESC on the column, and INT / BIGINT keys.
CREATE TABLE review (
    id INTEGER PRIMARY KEY DESC,
    book_id INTEGER NOT NULL REFERENCES book(id),
    stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body TEXT
);
CREATE TABLE shelf (id INT PRIMARY KEY, label TEXT);
CREATE TABLE bin (id BIGINT PRIMARY KEY, label TEXT);
CREATE TABLE counter (id INTEGER PRIMARY KEY AUTOINCREMENT, hits INTEGER DEFAULT 0);
CREATE TABLE `tag` (`tag_id` INTEGER NOT NULL PRIMARY KEY, `label` TEXT NOT NULL);
-- A key-less association table, as SQLAlchemy's secondary tables are often written.
CREATE TABLE `book_tag` (
    `book_id` INTEGER REFERENCES `book`(`id`),
    `tag_id` INTEGER REFERENCES `tag`(`tag_id`)
);
CREATE TABLE [shelf_book] (
    [shelf_id] INT NOT NULL REFERENCES [shelf]([id]),
    [book_id] INTEGER NOT NULL REFERENCES [book]([id]),
    [position] INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ([shelf_id], [book_id])
);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE event_log (at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, message TEXT);
CREATE TABLE measurement (
    id INTEGER PRIMARY KEY,
    sensor TEXT NOT NULL,
    value REAL NOT NULL,
    raw BLOB
) STRICT;
CREATE TABLE "odd ""name"";" (
    "id" INTEGER PRIMARY KEY,
    "sémantique" TEXT,
    "parent" INTEGER REFERENCES "odd ""name"";"("id")
);
CREATE INDEX book_title ON book(title);
CREATE UNIQUE INDEX tag_label ON tag(label COLLATE NOCASE);
CREATE VIEW book_with_author AS
    SELECT book.id, book.title, author.name AS author FROM book JOIN author ON author.id = book.author_id;
CREATE TRIGGER book_logged AFTER INSERT ON book
    BEGIN INSERT INTO event_log (message) VALUES ('book ' || NEW.title); END;

INSERT INTO author (id, name, born) VALUES (1, 'Ursula K. Le Guin', '1929-10-21'), (2, 'Stanisław Lem', '1921-09-12'), (5, 'Nobody', NULL);
INSERT INTO book (id, author_id, title, price, pages, isbn) VALUES
    (10, 1, 'The Dispossessed', 9.5, 387, '978-0-06-051275-4'),
    (11, 1, 'The Left Hand of Darkness', 8.25, 304, NULL),
    (12, 2, 'Solaris', 30.69, 204, '978-0-15-602760-1');
INSERT INTO review (id, book_id, stars, body) VALUES (1, 10, 5, 'Ambiguous utopia'), (2, 12, 4, NULL);
INSERT INTO shelf VALUES (1, 'Living room'), (2, 'Attic');
INSERT INTO bin VALUES (9000000000, 'big key');
INSERT INTO counter (hits) VALUES (3), (7);
INSERT INTO tag (tag_id, label) VALUES (1, 'sf'), (2, 'classic');
INSERT INTO book_tag VALUES (10, 1), (10, 2), (12, 1), (12, 1);
INSERT INTO shelf_book VALUES (1, 10, 0), (1, 12, 1), (2, 11, 0);
INSERT INTO setting VALUES ('theme', 'dark'), ('page size', '50');
INSERT INTO measurement (sensor, value, raw) VALUES ('t1', 21.5, x'00ff10'), ('t2', -3.25, NULL);
INSERT INTO "odd ""name"";" VALUES (1, 'racine', NULL), (2, 'enfant', 1);

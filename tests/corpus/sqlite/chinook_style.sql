-- Written in the style of the widely used Chinook sample database for SQLite: bracket-quoted
-- names, NVARCHAR and DATETIME spellings, table-level named PRIMARY KEY constraints on INTEGER
-- columns (rowid aliases), a composite-key association table, foreign keys with ON DELETE
-- NO ACTION, and separate CREATE INDEX statements.
CREATE TABLE [Artist]
(
    [ArtistId] INTEGER  NOT NULL,
    [Name] NVARCHAR(120),
    CONSTRAINT [PK_Artist] PRIMARY KEY  ([ArtistId])
);
CREATE TABLE [Album]
(
    [AlbumId] INTEGER  NOT NULL,
    [Title] NVARCHAR(160)  NOT NULL,
    [ArtistId] INTEGER  NOT NULL,
    CONSTRAINT [PK_Album] PRIMARY KEY  ([AlbumId]),
    FOREIGN KEY ([ArtistId]) REFERENCES [Artist] ([ArtistId])
		ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE TABLE [Genre]
(
    [GenreId] INTEGER  NOT NULL,
    [Name] NVARCHAR(120),
    CONSTRAINT [PK_Genre] PRIMARY KEY  ([GenreId])
);
CREATE TABLE [Track]
(
    [TrackId] INTEGER  NOT NULL,
    [Name] NVARCHAR(200)  NOT NULL,
    [AlbumId] INTEGER,
    [GenreId] INTEGER,
    [Milliseconds] INTEGER  NOT NULL,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Track] PRIMARY KEY  ([TrackId]),
    FOREIGN KEY ([AlbumId]) REFERENCES [Album] ([AlbumId])
		ON DELETE NO ACTION ON UPDATE NO ACTION,
    FOREIGN KEY ([GenreId]) REFERENCES [Genre] ([GenreId])
		ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE TABLE [Customer]
(
    [CustomerId] INTEGER  NOT NULL,
    [FirstName] NVARCHAR(40)  NOT NULL,
    [LastName] NVARCHAR(20)  NOT NULL,
    [Email] NVARCHAR(60)  NOT NULL,
    [SupportRepId] INTEGER,
    CONSTRAINT [PK_Customer] PRIMARY KEY  ([CustomerId])
);
CREATE TABLE [Invoice]
(
    [InvoiceId] INTEGER  NOT NULL,
    [CustomerId] INTEGER  NOT NULL,
    [InvoiceDate] DATETIME  NOT NULL,
    [BillingCountry] NVARCHAR(40),
    [Total] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Invoice] PRIMARY KEY  ([InvoiceId]),
    FOREIGN KEY ([CustomerId]) REFERENCES [Customer] ([CustomerId])
		ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE TABLE [InvoiceLine]
(
    [InvoiceLineId] INTEGER  NOT NULL,
    [InvoiceId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    [Quantity] INTEGER  NOT NULL,
    CONSTRAINT [PK_InvoiceLine] PRIMARY KEY  ([InvoiceLineId]),
    FOREIGN KEY ([InvoiceId]) REFERENCES [Invoice] ([InvoiceId])
		ON DELETE NO ACTION ON UPDATE NO ACTION,
    FOREIGN KEY ([TrackId]) REFERENCES [Track] ([TrackId])
		ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE TABLE [Playlist]
(
    [PlaylistId] INTEGER  NOT NULL,
    [Name] NVARCHAR(120),
    CONSTRAINT [PK_Playlist] PRIMARY KEY  ([PlaylistId])
);
CREATE TABLE [PlaylistTrack]
(
    [PlaylistId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    CONSTRAINT [PK_PlaylistTrack] PRIMARY KEY  ([PlaylistId], [TrackId]),
    FOREIGN KEY ([PlaylistId]) REFERENCES [Playlist] ([PlaylistId])
		ON DELETE NO ACTION ON UPDATE NO ACTION,
    FOREIGN KEY ([TrackId]) REFERENCES [Track] ([TrackId])
		ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE INDEX [IFK_AlbumArtistId] ON [Album] ([ArtistId]);
CREATE INDEX [IFK_InvoiceLineInvoiceId] ON [InvoiceLine] ([InvoiceId]);
CREATE INDEX [IFK_InvoiceLineTrackId] ON [InvoiceLine] ([TrackId]);
CREATE INDEX [IFK_PlaylistTrackTrackId] ON [PlaylistTrack] ([TrackId]);
CREATE INDEX [IFK_TrackAlbumId] ON [Track] ([AlbumId]);
CREATE INDEX [IFK_TrackGenreId] ON [Track] ([GenreId]);

INSERT INTO [Artist] ([ArtistId], [Name]) VALUES (1, 'AC/DC'), (2, 'Accept'), (3, 'Motörhead');
INSERT INTO [Album] ([AlbumId], [Title], [ArtistId]) VALUES
    (1, 'For Those About To Rock We Salute You', 1), (2, 'Balls to the Wall', 2),
    (3, 'Restless and Wild', 2), (4, 'Ace of Spades', 3);
INSERT INTO [Genre] ([GenreId], [Name]) VALUES (1, 'Rock'), (2, 'Jazz'), (3, 'Metal');
INSERT INTO [Track] ([TrackId], [Name], [AlbumId], [GenreId], [Milliseconds], [UnitPrice]) VALUES
    (1, 'For Those About To Rock (We Salute You)', 1, 1, 343719, 0.99),
    (2, 'Balls to the Wall', 2, 1, 342562, 0.99),
    (3, 'Fast As a Shark', 3, 1, 230619, 0.99),
    (4, 'Restless and Wild', 3, 1, 252051, 0.99),
    (5, 'Ace of Spades', 4, 3, 169000, 1.99),
    (6, 'Untitled', NULL, NULL, 1000, 0);
INSERT INTO [Customer] ([CustomerId], [FirstName], [LastName], [Email], [SupportRepId]) VALUES
    (1, 'Luís', 'Gonçalves', 'luisg@embraer.com.br', 3),
    (2, 'Leonie', 'Köhler', 'leonekohler@surfeu.de', 5),
    (3, 'François', 'Tremblay', 'ftremblay@gmail.com', NULL);
INSERT INTO [Invoice] ([InvoiceId], [CustomerId], [InvoiceDate], [BillingCountry], [Total]) VALUES
    (1, 2, '2009-01-01 00:00:00', 'Germany', 1.98),
    (2, 1, '2009-01-02 00:00:00', 'Brazil', 3.96),
    (3, 3, '2009-01-03 00:00:00', 'Canada', 0.99);
INSERT INTO [InvoiceLine] ([InvoiceLineId], [InvoiceId], [TrackId], [UnitPrice], [Quantity]) VALUES
    (1, 1, 2, 0.99, 1), (2, 1, 4, 0.99, 1),
    (3, 2, 1, 0.99, 1), (4, 2, 3, 0.99, 1), (5, 2, 5, 1.99, 1),
    (6, 3, 3, 0.99, 1);
INSERT INTO [Playlist] ([PlaylistId], [Name]) VALUES (1, 'Music'), (2, 'Heavy');
INSERT INTO [PlaylistTrack] ([PlaylistId], [TrackId]) VALUES (1, 1), (1, 2), (1, 3), (2, 5), (2, 3);

#pragma once

#include "values/jsonvaluereader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

// The input of import-json as the parts of the export's shape, {"table": [{"column": value,
// ...}, ...], ...}: RapidJSON's SAX reader over a QIODevice, read in blocks (the whole input
// is never in memory), with numbers as their text and strings checked to be UTF-8, and the
// line and column of where it is for messages. It checks the shape and hands each part to a
// Receiver, which may stop the reading.
class JsonStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    // Where a value or container came that the shape does not have there.
    enum class Shape {
        Root, // the input is not an object of tables
        Rows, // a table is not an array of rows
        Row, // a row is not an object of columns
        Value, // a column's value is an object or an array
        Other
    };

    // What the reading calls, in the input's order; each returns false to stop it (having
    // noted why).
    class Receiver
    {
    public:
        virtual ~Receiver() = default;
        virtual bool beginTable(const QString &name) = 0; // its rows follow
        virtual bool beginRow() = 0; // at its "{"
        virtual bool beginValue(const QString &column) = 0; // a row's member: its value follows
        virtual bool value(JsonValueReader::Token token, bool flag, QByteArrayView text)
            = 0; // at its start
        virtual bool endRow() = 0;
        virtual bool endTable() = 0;
        // `found` ("an array", "null", "a number"...) where the shape has something else.
        virtual bool misplaced(Shape expected, const QString &found) = 0;
        // Input that is not valid at `column` of the current line, said in `message`.
        virtual bool invalid(qint64 column, const QString &message) = 0;
    };

    explicit JsonStream(QIODevice *device);
    ~JsonStream();

    enum class Result {
        Read, // the whole input, of the export's shape
        DeviceFailed, // see deviceError()
        NotJson, // see notJsonColumn() and notJsonReason()
        Stopped // the receiver returned false
    };
    Result read(Receiver &receiver);

    // Where the reading is: the line (from 1), the column of the next byte (in bytes, from
    // 1), the bytes read so far; and where the last string (a value or a key) began, at its
    // opening quote.
    qint64 line() const;
    qint64 column() const;
    qint64 bytesRead() const;
    qint64 stringColumn() const;
    // The column of a byte offset of the input on the current line.
    qint64 columnOf(qint64 offset) const;

    QString deviceError() const;
    qint64 notJsonColumn() const { return m_notJsonColumn; }
    QString notJsonReason() const { return m_notJsonReason; } // "not valid JSON: ..."

private:
    class Device;
    class Handler;

    std::unique_ptr<Device> m_device;
    qint64 m_notJsonColumn = 0;
    QString m_notJsonReason;
};

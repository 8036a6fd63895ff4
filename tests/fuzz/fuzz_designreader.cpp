// The design reader (orm/xml/designreader) on any bytes, as File > Open and every command get
// them: a design or an error, never a crash, undefined behaviour or a hang. What loads is
// written (orm/xml/designwriter) and read again: a saved design must load, and saving it again
// must give the same bytes, or Save would change or lose what the user opened.

#include "fuzzsupport.h"

#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    DesignReader reader;
    if (!reader.read(bytes)) {
        if (reader.errorString().isEmpty())
            fuzz::fail("refused without an error message");
        return 0;
    }
    const QByteArray saved = DesignWriter::write(reader.schema());
    DesignReader again;
    if (!again.read(saved))
        fuzz::fail("a saved design does not load", again.errorString().toUtf8() + '\n' + saved);
    if (DesignWriter::write(again.schema()) != saved)
        fuzz::fail("saving a saved design changes it", saved);
    return 0;
}

#pragma once

// Shared by the fuzz targets: the application object Qt's plugins (the SQLite driver) need,
// and how a broken promise is reported. libFuzzer counts any abort as a crash and keeps the
// input, so a wrong result is caught like a memory error.

#include <QByteArray>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace fuzz {

// Its own argc and argv: Qt may edit them, and libFuzzer reads its flags from the real ones.
// Never destroyed: libFuzzer ends with exit(), after Qt's own globals are gone, which the
// application's destructor would use.
inline void initialize()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (!app)
        app = new QCoreApplication(argc, argv);
}

[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz: %s\n%s\n", what, detail.constData());
    std::abort();
}

} // namespace fuzz

#pragma once

#include <QByteArrayView>

class QIODevice;

// Writes all of `bytes` to `device`; false when it cannot, with the system's reason ("No space
// left on device", "File too large") in device->errorString().
//
// A file takes part of a write when the disk fills during it, and QFileDevice reports that
// short write without a reason ("Unknown error"); the write of the rest is then refused with
// one. So files written with this are opened Unbuffered: a buffered QFileDevice meets the
// short write in its own flush, where no second write asks for the reason.
bool writeAll(QIODevice *device, QByteArrayView bytes);

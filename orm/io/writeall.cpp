#include "writeall.h"

#include <QIODevice>

bool writeAll(QIODevice *device, QByteArrayView bytes)
{
    const char *data = bytes.data();
    qint64 left = bytes.size();
    while (left > 0) {
        const qint64 written = device->write(data, left);
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return true;
}

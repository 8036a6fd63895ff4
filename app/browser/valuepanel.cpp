#include "valuepanel.h"

#include "browser/tablemodel.h"

#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

constexpr int HexDumpBytes = 4096;
constexpr int PreviewSize = 240;

// "00000010  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  .PNG........IHDR"
QString hexDump(const QByteArray &bytes)
{
    QString text;
    const qsizetype length = std::min<qsizetype>(bytes.size(), HexDumpBytes);
    for (qsizetype offset = 0; offset < length; offset += 16) {
        QString hex, ascii;
        for (qsizetype i = offset; i < offset + 16; ++i) {
            if (i == offset + 8)
                hex += u' ';
            if (i >= length) {
                hex += QStringLiteral("   ");
                continue;
            }
            const auto byte = uchar(bytes.at(i));
            hex += QString::number(byte, 16).rightJustified(2, u'0') + u' ';
            ascii += byte >= 0x20 && byte < 0x7f ? QChar(char16_t(byte)) : QChar(u'.');
        }
        text += QString::number(offset, 16).rightJustified(8, u'0') + QStringLiteral("  ") + hex
            + u' ' + ascii + u'\n';
    }
    return text;
}

} // namespace

ValuePanel::ValuePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("valuePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_info = new QLabel;
    m_info->setObjectName(QStringLiteral("valueInfo"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    m_null = new QLabel(tr("NULL"));
    m_null->setObjectName(QStringLiteral("valueNull"));
    QFont italic = m_null->font();
    italic.setItalic(true);
    m_null->setFont(italic);
    QPalette palette = m_null->palette();
    palette.setColor(QPalette::WindowText, Qt::gray);
    m_null->setPalette(palette);
    m_null->hide();
    layout->addWidget(m_null);
    m_image = new QLabel;
    m_image->setObjectName(QStringLiteral("valueImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->hide();
    layout->addWidget(m_image);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("valueText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_text, 1);
}

void ValuePanel::showCell(const TableModel *model, const QModelIndex &index)
{
    m_null->hide();
    m_image->hide();
    m_image->setPixmap({});
    m_text->setEnabled(true);
    if (!model || !index.isValid()) {
        m_info->setText(tr("No cell selected"));
        m_text->clear();
        return;
    }
    const QString column = model->headerData(index.column(), Qt::Horizontal).toString();
    if (!model->data(index, TableModel::IsLoadedRole).toBool()) {
        m_info->setText(tr("%1, row %2: loading…").arg(column).arg(index.row() + 1));
        m_text->clear();
        return;
    }
    const QString where = tr("%1, row %2").arg(column).arg(index.row() + 1);
    if (model->data(index, TableModel::IsNullRole).toBool()) {
        m_info->setText(where);
        m_null->show();
        m_text->clear();
        m_text->setEnabled(false);
        return;
    }
    const QVariant value = model->data(index, TableModel::ValueRole);
    if (value.typeId() == QMetaType::QByteArray) {
        showBlob(where, value.toByteArray());
        return;
    }
    m_info->setText(where);
    // As the editor shows it: a REAL in its shortest exact form, dates in ISO 8601.
    m_text->setPlainText(model->editText(index));
}

void ValuePanel::showBlob(const QString &where, const QByteArray &bytes)
{
    QString info = tr("%1: BLOB of %Ln bytes", nullptr, int(bytes.size())).arg(where);
    if (bytes.size() > HexDumpBytes)
        info += u' ' + tr("(the first %Ln bytes shown)", nullptr, HexDumpBytes);
    const QImage image = QImage::fromData(bytes);
    if (!image.isNull()) {
        info += u'\n' + tr("Image, %1 × %2 pixels").arg(image.width()).arg(image.height());
        QPixmap pixmap = QPixmap::fromImage(image);
        if (pixmap.width() > PreviewSize || pixmap.height() > PreviewSize)
            pixmap = pixmap.scaled(
                PreviewSize, PreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_image->setPixmap(pixmap);
        m_image->show();
    }
    m_info->setText(info);
    m_text->setPlainText(hexDump(bytes));
}

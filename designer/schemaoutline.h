#pragma once

#include <QTreeWidget>

class Schema;

// The table list of a design: each table with its columns, their types and key markers.
// The designer's sidebar and, until the diagram lands, the main window's central view.
class SchemaOutline : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SchemaOutline(QWidget *parent = nullptr);

    void setSchema(const Schema &schema);
};

#pragma once

#include "schema/objectid.h"

#include <QWidget>

#include <memory>

class DiagramComparison;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The Changes panel of a comparison: every change between the other state and the open design,
// under its table, with the mark's icon (not only its colour) and its risk. Activating one, or
// stepping with Previous and Next, asks to show its table; the list can be copied or saved as
// Markdown for a pull request.
class ChangesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesPanel(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const DiagramComparison> comparison);
    int changeCount() const;
    // Makes the next (or previous) change current, wrapping around, and shows it.
    void step(int direction);

signals:
    // A change of a table of the open design (`table`), or of a table it no longer has
    // (`otherTable`, drawn as a ghost).
    void showRequested(ObjectId table, ObjectId otherTable);
    void saveMarkdownRequested();

private:
    void activate(QTreeWidgetItem *item);

    std::shared_ptr<const DiagramComparison> m_comparison;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_copy;
    QPushButton *m_save;
};

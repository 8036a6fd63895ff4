#include "columnsmodel.h"

#include "document/designdocument.h"
#include "document/designeditor.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

ColumnsModel::ColumnsModel(DesignEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
}

void ColumnsModel::setTable(ObjectId table)
{
    beginResetModel();
    m_table = table;
    m_columns.clear();
    m_primaryKey.clear();
    endResetModel();
    refresh();
}

void ColumnsModel::refresh()
{
    const Table *table = m_editor->document()->schema().table(m_table);
    const QList<Column> fresh = table ? table->columns : QList<Column>();
    m_primaryKey.clear();
    if (const Key *key = table ? table->primaryKey() : nullptr) {
        for (const KeyPart &part : key->parts)
            m_primaryKey.insert(part.column);
    }

    // Rows are removed, moved and inserted one by one (not reset), so that views keep their
    // current row and selection across edits.
    QSet<ObjectId> freshIds;
    for (const Column &c : fresh)
        freshIds.insert(c.id);
    for (qsizetype row = m_columns.size() - 1; row >= 0; --row) {
        if (freshIds.contains(m_columns.at(row).id))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_columns.removeAt(row);
        endRemoveRows();
    }

    QList<Column> kept;
    for (const Column &c : fresh) {
        if (rowOf(c.id) >= 0)
            kept.append(c);
    }
    bool reordered = false;
    for (qsizetype i = 0; i < kept.size(); ++i)
        reordered = reordered || kept.at(i).id != m_columns.at(i).id;
    if (reordered) {
        emit layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        for (const QModelIndex &index : before) {
            const ObjectId id = m_columns.at(index.row()).id;
            qsizetype row = 0;
            while (kept.at(row).id != id)
                ++row;
            after.append(createIndex(int(row), index.column()));
        }
        m_columns = kept;
        changePersistentIndexList(before, after);
        emit layoutChanged();
    }

    for (qsizetype row = 0; row < fresh.size(); ++row) {
        if (row < m_columns.size() && m_columns.at(row).id == fresh.at(row).id)
            continue;
        beginInsertRows({}, int(row), int(row));
        m_columns.insert(row, fresh.at(row));
        endInsertRows();
    }

    m_columns = fresh;
    if (!m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
}

ObjectId ColumnsModel::columnId(int row) const
{
    return row >= 0 && row < m_columns.size() ? m_columns.at(row).id : NoObject;
}

int ColumnsModel::rowOf(ObjectId column) const
{
    for (qsizetype row = 0; row < m_columns.size(); ++row) {
        if (m_columns.at(row).id == column)
            return int(row);
    }
    return -1;
}

bool ColumnsModel::sizeApplies(int row) const
{
    if (row < 0 || row >= m_columns.size())
        return false;
    const Column &c = m_columns.at(row);
    if (!c.size().isEmpty())
        return true;
    const DatatypeCatalogue &catalogue = m_editor->document()->schema().catalogue();
    const int type = catalogue.resolve(c.typeName());
    return type < 0 || catalogue.types().at(type).takesSize;
}

QString ColumnsModel::datatypeForType(
    const Column &column, const QString &typed, const DatatypeCatalogue &catalogue)
{
    const QString type = typed.trimmed();
    if (type.isEmpty())
        return column.datatype;
    if (type.contains(u'('))
        return type;
    const QString size = column.size();
    if (size.isEmpty())
        return type;
    const int index = catalogue.resolve(type);
    const bool keepsSize = index < 0 || catalogue.types().at(index).takesSize;
    return keepsSize ? QString(type + u'(' + size + u')' + column.typeSuffix()) : type;
}

QString ColumnsModel::datatypeForSize(const Column &column, const QString &size)
{
    QString s = size.trimmed();
    if (s.startsWith(u'(') && s.endsWith(u')'))
        s = s.mid(1, s.size() - 2).trimmed();
    if (s.isEmpty())
        return column.typeName() + column.typeSuffix();
    return column.typeName() + u'(' + s + u')' + column.typeSuffix();
}

int ColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return {};
    const Column &c = m_columns.at(index.row());
    if (role == ColumnIdRole)
        return QVariant::fromValue<qulonglong>(c.id);
    if (role == DefaultKindRole)
        return int(c.defaultValue.kind());

    const auto checked = [](bool on) { return on ? Qt::Checked : Qt::Unchecked; };
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.name;
        break;
    case Type:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.typeName();
        if (role == Qt::ToolTipRole)
            return c.datatype;
        break;
    case Size:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.size();
        break;
    case NotNull:
        if (role == Qt::CheckStateRole)
            return checked(!c.nullable);
        break;
    case Default:
        // NULL is shown greyed like a placeholder; no default is an empty cell.
        if (role == Qt::DisplayRole)
            return c.defaultValue.isNull() ? QStringLiteral("NULL") : c.defaultValue.text();
        if (role == Qt::EditRole)
            return c.defaultValue.text();
        if (role == Qt::ToolTipRole) {
            if (c.defaultValue.isNull())
                return tr("Defaults to NULL");
            if (c.defaultValue.isNone())
                return tr("No default");
            return tr("Defaults to %1").arg(c.defaultValue.text());
        }
        if (role == Qt::ForegroundRole && c.defaultValue.isNull())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (role == Qt::FontRole && c.defaultValue.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case AutoIncrement:
        if (role == Qt::CheckStateRole)
            return checked(c.autoIncrement);
        break;
    case PrimaryKey:
        if (role == Qt::CheckStateRole)
            return checked(m_primaryKey.contains(c.id));
        break;
    case Comment:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return c.comment;
        break;
    default:
        break;
    }
    return {};
}

bool ColumnsModel::update(const Column &changed)
{
    return m_editor->updateColumn(m_table, changed);
}

bool ColumnsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return false;
    const int row = index.row();
    Column c = m_columns.at(row);
    const bool on = value.toInt() == Qt::Checked;

    if (index.column() == Default && role == DefaultKindRole) {
        const auto kind = DefaultValue::Kind(value.toInt());
        if (kind == DefaultValue::Kind::Text)
            return false;
        c.defaultValue
            = kind == DefaultValue::Kind::Null ? DefaultValue::null() : DefaultValue::none();
        return update(c);
    }
    if (role == Qt::CheckStateRole) {
        switch (index.column()) {
        case NotNull:
            c.setNullable(!on);
            return update(c);
        case AutoIncrement:
            c.autoIncrement = on;
            return update(c);
        case PrimaryKey:
            return m_editor->setPrimaryKey(m_table, c.id, on);
        default:
            return false;
        }
    }
    if (role != Qt::EditRole)
        return false;

    const QString text = value.toString();
    switch (index.column()) {
    case Name:
        if (text.trimmed().isEmpty())
            return false;
        c.name = text.trimmed();
        return update(c);
    case Type:
        c.datatype = datatypeForType(c, text, m_editor->document()->schema().catalogue());
        return update(c);
    case Size:
        c.datatype = datatypeForSize(c, text);
        return update(c);
    case Default:
        // As in WWW SQL Designer: an empty default or the word NULL is NULL (no default for a
        // NOT NULL column), anything else is a literal value.
        if (text.isEmpty() || text.trimmed().compare(u"null", Qt::CaseInsensitive) == 0)
            c.defaultValue = c.nullable ? DefaultValue::null() : DefaultValue::none();
        else
            c.defaultValue = DefaultValue::text(text);
        return update(c);
    case Comment:
        c.comment = text;
        return update(c);
    default:
        return false;
    }
}

Qt::ItemFlags ColumnsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    switch (index.column()) {
    case NotNull:
    case AutoIncrement:
    case PrimaryKey:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    case Size:
        if (!sizeApplies(index.row()))
            return Qt::ItemIsSelectable;
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    default:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    }
}

QVariant ColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Type:
            return tr("Type");
        case Size:
            return tr("Size");
        case NotNull:
            return tr("Not null");
        case Default:
            return tr("Default");
        case AutoIncrement:
            return tr("Auto increment");
        case PrimaryKey:
            return tr("PK");
        case Comment:
            return tr("Comment");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == PrimaryKey)
        return tr("Part of the primary key");
    return {};
}

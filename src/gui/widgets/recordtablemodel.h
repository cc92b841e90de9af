#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace duban {

// A small read-only table of text records (a task's progress log, its audit history): tens of rows,
// replaced whole when the task changes.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RecordTableModel(const QStringList& headers, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_headers(headers)
    {
    }
    void setRecords(const QList<QStringList>& rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    void setHeaders(const QStringList& headers)
    {
        if (headers == m_headers)
            return;
        m_headers = headers;
        emit headerDataChanged(Qt::Horizontal, 0, int(m_headers.size()) - 1);
    }
    const QList<QStringList>& records() const { return m_rows; }
    int rowCount(const QModelIndex& p = {}) const override { return p.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& p = {}) const override
    {
        return p.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex& i, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(i, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_rows.at(i.row()).value(i.column());
        return {};
    }
    QVariant headerData(int s, Qt::Orientation o, int role = Qt::DisplayRole) const override
    {
        if (o == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(s);
        return QAbstractTableModel::headerData(s, o, role);
    }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace duban

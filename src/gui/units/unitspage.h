#pragma once

#include "gui/storeaccess.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QPushButton;

namespace duban {

class TaskEditor;
class UnitsModel;

// The unit directory: canonical names, kinds, aliases and task counts; rename in place, merge two
// units (tasks move, the old name stays as an alias), open a unit's tasks.
class UnitsPage : public QWidget
{
    Q_OBJECT
public:
    UnitsPage(TaskEditor* editor, QWidget* parent = nullptr);
    void setRepository(Repository* repo);
    void reload();
    UnitsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    // Merges unit `fromId` into `intoId` without asking (the page asks before calling it).
    bool merge(qint64 fromId, qint64 intoId, QString* error = nullptr);

signals:
    void showTasksOf(const QString& unit);

private:
    void mergeSelected();
    QString pickMergeTarget(const QString& from, const QStringList& names); // empty: cancelled
    QList<int> selectedSourceRows() const;

    TaskEditor* m_editor;
    Repository* m_repo = nullptr;
    UnitsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
};

} // namespace duban

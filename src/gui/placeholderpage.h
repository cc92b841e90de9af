#pragma once

#include <QWidget>

namespace duban {

// A view that a later issue fills in (kanban, Gantt, overdue, reports): says so plainly.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace duban

#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace duban {

// A date typed as people write it (2024-06-30, 2024/6/30, 20240630, 2024年6月30日) or picked from a
// calendar (the button, Alt+Down or F4). Unlike a QDateEdit it has no sections: what is typed is what is
// read, Ctrl+A replaces everything and Tab leaves the field. Text that is not a date is marked and never
// becomes the date; an empty field means "no date" when emptyAllowed.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);
    explicit DateField(const QDate& date, QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate& date); // an invalid date empties the field
    void setEmptyAllowed(bool allowed);
    bool emptyAllowed() const { return m_emptyAllowed; }
    // The text as typed reads as a date (or is empty and that is allowed).
    bool isAcceptable() const;
    void showCalendar();
    // Reads the typed text into the date when it is one (Enter and leaving the field do this too).
    void commit();

signals:
    void dateChanged(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void markState();

    QDate m_date;
    bool m_emptyAllowed = false;
    QCalendarWidget* m_popup = nullptr;
};

} // namespace duban

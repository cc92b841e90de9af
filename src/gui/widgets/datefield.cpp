#include "gui/widgets/datefield.h"

#include "core/clock.h"
#include "core/dateinput.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QStyle>

namespace duban {

namespace {
const QString kFormat = QStringLiteral("yyyy-MM-dd");
}

DateField::DateField(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("年-月-日"));
    setToolTip(tr("可输入 2024-06-30、2024/6/30、20240630 或 2024年6月30日；Alt+↓ 打开日历"));
    QAction* pick = addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("dateFieldCalendar"));
    pick->setToolTip(tr("选择日期（Alt+↓）"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateField::markState);
    connect(this, &QLineEdit::returnPressed, this, &DateField::commit);
    // Wide enough for the date and the button, never for more than a few characters more.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-000")) + 36);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000年00月00日")) + 48);
}

DateField::DateField(const QDate& date, QWidget* parent) : DateField(parent)
{
    setDate(date);
}

void DateField::setDate(const QDate& date)
{
    const QDate d = date.isValid() || m_emptyAllowed ? date : m_date;
    setText(d.isValid() ? d.toString(kFormat) : QString());
    markState();
    if (d != m_date) {
        m_date = d;
        emit dateChanged(m_date);
    }
}

void DateField::setEmptyAllowed(bool allowed)
{
    m_emptyAllowed = allowed;
    markState();
}

bool DateField::isAcceptable() const
{
    const QString t = text().trimmed();
    return t.isEmpty() ? m_emptyAllowed : parseTypedDate(t).isValid();
}

void DateField::markState()
{
    const bool ok = isAcceptable();
    setProperty("invalidDate", !ok);
    setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
}

void DateField::commit()
{
    if (!isAcceptable()) {
        markState();
        return; // the date stays what it was; the marked text shows what was not understood
    }
    const QString t = text().trimmed();
    setDate(t.isEmpty() ? QDate() : parseTypedDate(t));
}

void DateField::showCalendar()
{
    if (!m_popup) {
        m_popup = new QCalendarWidget(this);
        m_popup->setObjectName(QStringLiteral("dateFieldPopup"));
        m_popup->setWindowFlags(Qt::Popup);
        connect(m_popup, &QCalendarWidget::activated, this, [this](const QDate& d) {
            m_popup->hide();
            setDate(d);
            setFocus();
        });
        connect(m_popup, &QCalendarWidget::clicked, this, [this](const QDate& d) {
            m_popup->hide();
            setDate(d);
            setFocus();
        });
    }
    m_popup->setSelectedDate(m_date.isValid() ? m_date : Clock::today());
    m_popup->adjustSize();
    m_popup->move(mapToGlobal(QPoint(0, height())));
    m_popup->show();
    m_popup->setFocus();
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F4 ||
        (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier))) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        event->ignore(); // a dialog's default button still sees Enter once the date is read
}

void DateField::focusOutEvent(QFocusEvent* event)
{
    commit();
    QLineEdit::focusOutEvent(event);
}

} // namespace duban

// taskCell: the one place a task's column is formatted for the table, overdue, Gantt and kanban views.
// Expected texts and colours are written out by hand (the default palette's colours from
// src/palette/warningpalette.cpp, tinted by mixing 18 % into white).
#include "gui/tasks/taskcell.h"

#include <QBrush>
#include <QStandardPaths>
#include <QTest>

using namespace duban;

namespace {

// An overdue task: due 2024-06-30, seen on 2024-07-10.
TaskRecord overdueTask()
{
    TaskRecord r;
    r.id = 42;
    r.title = QStringLiteral("整治城区黑臭水体");
    r.text = QStringLiteral("6月底前完成城区黑臭水体整治，水质达到Ⅴ类。");
    r.leadUnits = {QStringLiteral("市生态环境局"), QStringLiteral("市住建局")};
    r.coUnits = {QStringLiteral("市财政局")};
    r.deadline = QDate(2024, 6, 30);
    r.deadlineText = QStringLiteral("6月底前");
    r.startDate = QDate(2024, 1, 1);
    r.status = Status::InProgress;
    r.percent = 35;
    r.directive = QStringLiteral("关于印发城区水环境治理方案的通知");
    r.docNumber = QStringLiteral("驻政办〔2024〕5号");
    r.updated = QDateTime(QDate(2024, 5, 2), QTime(8, 30));
    r.due = DueState::Overdue;
    r.pace = Pace::Behind;
    r.daysOverdue = 10;
    return r;
}

QString text(const TaskRecord& r, TaskColumn c)
{
    return taskCell(r, c, Qt::DisplayRole).toString();
}

QColor colour(const TaskRecord& r, TaskColumn c, int role)
{
    const QVariant v = taskCell(r, c, role);
    return v.isValid() ? v.value<QBrush>().color() : QColor();
}

const QColor kOverdueTint(249, 216, 216); // 0xdc2626 mixed 18 % into white
const QColor kDueSoonTint(252, 242, 211); // 0xeab308
const QColor kOnTrackTint(214, 239, 223); // 0x16a34a

} // namespace

class TestTaskCell : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the default palette

    void displayOfEveryColumn()
    {
        const TaskRecord r = overdueTask();
        QCOMPARE(taskCell(r, TaskColumn::Id, Qt::DisplayRole).toLongLong(), 42);
        QCOMPARE(text(r, TaskColumn::Title), QStringLiteral("整治城区黑臭水体"));
        QCOMPARE(text(r, TaskColumn::LeadUnits), QStringLiteral("市生态环境局、市住建局"));
        QCOMPARE(text(r, TaskColumn::CoUnits), QStringLiteral("市财政局"));
        QCOMPARE(text(r, TaskColumn::Deadline), QStringLiteral("2024-06-30"));
        QCOMPARE(text(r, TaskColumn::DueState), QStringLiteral("逾期 10 天"));
        QCOMPARE(text(r, TaskColumn::Status), QStringLiteral("进行中"));
        QCOMPARE(text(r, TaskColumn::Percent), QStringLiteral("35%"));
        QCOMPARE(text(r, TaskColumn::Directive), QStringLiteral("关于印发城区水环境治理方案的通知"));
        QCOMPARE(text(r, TaskColumn::Updated), QStringLiteral("2024-05-02 08:30"));
        QCOMPARE(text(r, TaskColumn::Start), QStringLiteral("2024-01-01"));
        QCOMPARE(text(r, TaskColumn::Days), QStringLiteral("逾期 10 天"));
        QCOMPARE(text(r, TaskColumn::Pace), QStringLiteral("欠进度"));
        QCOMPARE(text(r, TaskColumn::DirectiveRef), QStringLiteral("驻政办〔2024〕5号"));
        QCOMPARE(text(r, TaskColumn::DocNumber), QStringLiteral("驻政办〔2024〕5号"));
        QCOMPARE(text(r, TaskColumn::Text), QStringLiteral("6月底前完成城区黑臭水体整治，水质达到Ⅴ类。"));
    }

    void displayWithoutDeadlineOrNumber()
    {
        TaskRecord r = overdueTask();
        r.deadline = {};
        r.deadlineText.clear();
        r.docNumber.clear();
        r.startDate = {};
        r.due = DueState::NoDeadline;
        r.pace = Pace::NotApplicable;
        r.daysOverdue = 0;
        QCOMPARE(text(r, TaskColumn::Deadline), QStringLiteral("无"));
        QCOMPARE(text(r, TaskColumn::DueState), QStringLiteral("无时限"));
        QCOMPARE(text(r, TaskColumn::Days), QStringLiteral("—"));
        QCOMPARE(text(r, TaskColumn::Start), QString());
        QCOMPARE(text(r, TaskColumn::DirectiveRef), QStringLiteral("关于印发城区水环境治理方案的通知"));
        QCOMPARE(text(r, TaskColumn::DocNumber), QString());
        // A printed phrase without a date stands in for it; the ledger's text is the same minus 无.
        r.deadlineText = QStringLiteral("长期坚持");
        QCOMPARE(text(r, TaskColumn::Deadline), QStringLiteral("长期坚持"));
        QCOMPARE(taskText(r, TaskColumn::Deadline), QStringLiteral("长期坚持"));
        r.deadlineText.clear();
        QCOMPARE(taskText(r, TaskColumn::Deadline), QString());
    }

    void daysLeft()
    {
        TaskRecord r = overdueTask();
        r.due = DueState::DueSoon;
        r.daysOverdue = 0;
        r.daysLeft = 5;
        QCOMPARE(text(r, TaskColumn::Days), QStringLiteral("剩 5 天"));
        QCOMPARE(text(r, TaskColumn::DueState), QStringLiteral("临期"));
        r.daysLeft = 0;
        QCOMPARE(text(r, TaskColumn::Days), QStringLiteral("今日到期"));
    }

    void toolTips()
    {
        const TaskRecord r = overdueTask();
        QCOMPARE(taskCell(r, TaskColumn::Title, Qt::ToolTipRole).toString(),
                 QStringLiteral("整治城区黑臭水体"));
        QCOMPARE(taskCell(r, TaskColumn::LeadUnits, Qt::ToolTipRole).toString(),
                 QStringLiteral("市生态环境局、市住建局"));
        QCOMPARE(taskCell(r, TaskColumn::Directive, Qt::ToolTipRole).toString(),
                 QStringLiteral("关于印发城区水环境治理方案的通知"));
        QCOMPARE(taskCell(r, TaskColumn::DirectiveRef, Qt::ToolTipRole).toString(),
                 QStringLiteral("驻政办〔2024〕5号"));
        QCOMPARE(taskCell(r, TaskColumn::Deadline, Qt::ToolTipRole).toString(),
                 QStringLiteral("原文：6月底前"));
        for (TaskColumn c : {TaskColumn::Id, TaskColumn::Status, TaskColumn::Percent, TaskColumn::Days,
                             TaskColumn::Pace, TaskColumn::Updated})
            QVERIFY2(!taskCell(r, c, Qt::ToolTipRole).isValid(), qPrintable(taskColumnTitle(c)));
        TaskRecord plain = r;
        plain.deadlineText.clear();
        QVERIFY(!taskCell(plain, TaskColumn::Deadline, Qt::ToolTipRole).isValid());
    }

    void dueTints()
    {
        TaskRecord r = overdueTask();
        for (TaskColumn c : {TaskColumn::Deadline, TaskColumn::DueState, TaskColumn::Days})
            QCOMPARE(colour(r, c, Qt::BackgroundRole), kOverdueTint);
        for (TaskColumn c : {TaskColumn::Title, TaskColumn::Percent, TaskColumn::Pace, TaskColumn::Status})
            QVERIFY(!taskCell(r, c, Qt::BackgroundRole).isValid());
        r.due = DueState::DueSoon;
        QCOMPARE(colour(r, TaskColumn::Days, Qt::BackgroundRole), kDueSoonTint);
        r.due = DueState::OnTrack;
        QCOMPARE(colour(r, TaskColumn::Deadline, Qt::BackgroundRole), kOnTrackTint);
        r.due = DueState::Done; // finished work is not coloured
        QVERIFY(!taskCell(r, TaskColumn::Deadline, Qt::BackgroundRole).isValid());
    }

    void warningForegrounds()
    {
        TaskRecord r = overdueTask();
        const QColor overdueText = QColor(0xdc, 0x26, 0x26).darker(130);
        QCOMPARE(colour(r, TaskColumn::DueState, Qt::ForegroundRole), overdueText);
        QCOMPARE(colour(r, TaskColumn::Days, Qt::ForegroundRole), overdueText);
        QCOMPARE(colour(r, TaskColumn::Pace, Qt::ForegroundRole), QColor(0xea, 0x58, 0x0c).darker(130));
        for (TaskColumn c : {TaskColumn::Title, TaskColumn::Deadline, TaskColumn::Percent})
            QVERIFY(!taskCell(r, c, Qt::ForegroundRole).isValid());
        r.due = DueState::DueSoon;
        r.pace = Pace::OnPace;
        QVERIFY(!taskCell(r, TaskColumn::Days, Qt::ForegroundRole).isValid());
        QVERIFY(!taskCell(r, TaskColumn::Pace, Qt::ForegroundRole).isValid());
    }

    void alignment()
    {
        const TaskRecord r = overdueTask();
        for (TaskColumn c : {TaskColumn::Id, TaskColumn::Percent, TaskColumn::Days})
            QCOMPARE(taskCell(r, c, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!taskCell(r, TaskColumn::Title, Qt::TextAlignmentRole).isValid());
    }

    void derivedForTheViewsDay()
    {
        TaskRecord r = overdueTask();
        r.derive(QDate(2024, 6, 25), DueRules{});
        QCOMPARE(r.due, DueState::DueSoon);
        QCOMPARE(r.daysLeft, 5);
        QCOMPARE(r.daysOverdue, 0);
        r.derive(QDate(2024, 7, 10), DueRules{});
        QCOMPARE(r.due, DueState::Overdue);
        QCOMPARE(r.daysOverdue, 10);
        QCOMPARE(r.daysLeft, 0);
        QCOMPARE(text(r, TaskColumn::Days), QStringLiteral("逾期 10 天"));
    }

    void headers()
    {
        QCOMPARE(taskColumnTitle(TaskColumn::DirectiveRef), QStringLiteral("文件"));
        QCOMPARE(taskColumnTitle(TaskColumn::Days), QStringLiteral("逾期/剩余"));
        QCOMPARE(taskColumnTitle(TaskColumn::Pace), QStringLiteral("序时进度"));
        QCOMPARE(taskColumnTitle(TaskColumn::Deadline), QStringLiteral("完成时限"));
    }
};

QTEST_MAIN(TestTaskCell)
#include "test_taskcell.moc"

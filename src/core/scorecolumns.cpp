#include "core/scorecolumns.h"

#include "core/enumnames.h"
#include "core/workflow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace duban {

namespace {

constexpr EnumName<ScoreColumn> kColumnNames[] = {
    {ScoreColumn::Rank, "rank", QT_TRANSLATE_NOOP("Scoring", "名次")},
    {ScoreColumn::Unit, "unit", QT_TRANSLATE_NOOP("Scoring", "单位")},
    {ScoreColumn::Tasks, "tasks", QT_TRANSLATE_NOOP("Scoring", "任务数")},
    {ScoreColumn::Due, "due", QT_TRANSLATE_NOOP("Scoring", "应完成")},
    {ScoreColumn::DoneOnTime, "done_on_time", QT_TRANSLATE_NOOP("Scoring", "按时完成")},
    {ScoreColumn::OnTimeRate, "on_time_rate", QT_TRANSLATE_NOOP("Scoring", "按时完成率")},
    {ScoreColumn::Overdue, "overdue", QT_TRANSLATE_NOOP("Scoring", "逾期任务")},
    {ScoreColumn::OverdueDays, "overdue_days", QT_TRANSLATE_NOOP("Scoring", "逾期天数")},
    {ScoreColumn::Assigned, "assigned", QT_TRANSLATE_NOOP("Scoring", "应签收")},
    {ScoreColumn::SignedOnTime, "signed_on_time", QT_TRANSLATE_NOOP("Scoring", "按时签收")},
    {ScoreColumn::SignRate, "sign_rate", QT_TRANSLATE_NOOP("Scoring", "签收及时率")},
    {ScoreColumn::Reported, "reported", QT_TRANSLATE_NOOP("Scoring", "报送进展任务")},
    {ScoreColumn::Reports, "reports", QT_TRANSLATE_NOOP("Scoring", "进展报送次数")},
    {ScoreColumn::Chase1, "chase_1", QT_TRANSLATE_NOOP("Scoring", "提醒")},
    {ScoreColumn::Chase2, "chase_2", QT_TRANSLATE_NOOP("Scoring", "催办")},
    {ScoreColumn::Chase3, "chase_3", QT_TRANSLATE_NOOP("Scoring", "通报")},
    {ScoreColumn::Points, "points", QT_TRANSLATE_NOOP("Scoring", "得分项")},
    {ScoreColumn::Deductions, "deductions", QT_TRANSLATE_NOOP("Scoring", "扣分")},
    {ScoreColumn::Score, "score", QT_TRANSLATE_NOOP("Scoring", "总分")},
};

QString number(double v)
{
    return QString::number(v, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

} // namespace

QString scoreColumnLabel(ScoreColumn c, const QStringList& chaseNames)
{
    const int level = int(c) - int(ScoreColumn::Chase1);
    if (level >= 0 && level < kChaseLevels && !chaseNames.value(level).trimmed().isEmpty())
        return chaseNames.value(level).trimmed();
    return enumLabel("Scoring", kColumnNames, c);
}

QString scoreColumnKey(ScoreColumn c)
{
    return enumKey(kColumnNames, c);
}

bool isRateColumn(ScoreColumn c)
{
    return c == ScoreColumn::OnTimeRate || c == ScoreColumn::SignRate;
}

QVariant scoreValue(const UnitScore& s, ScoreColumn c)
{
    const UnitFigures& f = s.figures;
    const auto percent = [](double r) { return std::round(r * 10000) / 100; };
    switch (c) {
    case ScoreColumn::Rank:
        return s.rank;
    case ScoreColumn::Unit:
        return f.name;
    case ScoreColumn::Tasks:
        return f.tasks;
    case ScoreColumn::Due:
        return f.due;
    case ScoreColumn::DoneOnTime:
        return f.doneOnTime;
    case ScoreColumn::OnTimeRate:
        return percent(s.onTimeRate);
    case ScoreColumn::Overdue:
        return f.overdue;
    case ScoreColumn::OverdueDays:
        return f.overdueDays;
    case ScoreColumn::Assigned:
        return f.assigned;
    case ScoreColumn::SignedOnTime:
        return f.signedOnTime;
    case ScoreColumn::SignRate:
        return percent(s.signRate);
    case ScoreColumn::Reported:
        return f.reported;
    case ScoreColumn::Reports:
        return f.reports;
    case ScoreColumn::Chase1:
        return f.chases[0];
    case ScoreColumn::Chase2:
        return f.chases[1];
    case ScoreColumn::Chase3:
        return f.chases[2];
    case ScoreColumn::Points:
        return s.points;
    case ScoreColumn::Deductions:
        return s.deductions;
    case ScoreColumn::Score:
        return s.score;
    }
    return {};
}

QString scoreText(const UnitScore& s, ScoreColumn c)
{
    // A rate with nothing to judge earned its weight in full; say so rather than print 100 %.
    if (c == ScoreColumn::OnTimeRate && s.figures.due == 0)
        return QStringLiteral("—");
    if (c == ScoreColumn::SignRate && s.figures.assigned == 0)
        return QStringLiteral("—");
    const QVariant v = scoreValue(s, c);
    if (isRateColumn(c))
        return number(v.toDouble()) + u'%';
    if (v.typeId() == QMetaType::Double)
        return number(v.toDouble());
    return v.toString();
}

} // namespace duban

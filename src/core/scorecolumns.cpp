#include "core/scorecolumns.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace duban {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("Scoring", s);
}

QString number(double v)
{
    return QString::number(v, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

} // namespace

QString scoreColumnLabel(ScoreColumn c)
{
    switch (c) {
    case ScoreColumn::Rank:
        return tr("名次");
    case ScoreColumn::Unit:
        return tr("单位");
    case ScoreColumn::Tasks:
        return tr("任务数");
    case ScoreColumn::Due:
        return tr("应完成");
    case ScoreColumn::DoneOnTime:
        return tr("按时完成");
    case ScoreColumn::OnTimeRate:
        return tr("按时完成率");
    case ScoreColumn::Overdue:
        return tr("逾期任务");
    case ScoreColumn::OverdueDays:
        return tr("逾期天数");
    case ScoreColumn::Assigned:
        return tr("应签收");
    case ScoreColumn::SignedOnTime:
        return tr("按时签收");
    case ScoreColumn::SignRate:
        return tr("签收及时率");
    case ScoreColumn::Reported:
        return tr("报送进展任务");
    case ScoreColumn::Reports:
        return tr("进展报送次数");
    case ScoreColumn::Chase1:
        return tr("提醒");
    case ScoreColumn::Chase2:
        return tr("催办");
    case ScoreColumn::Chase3:
        return tr("通报");
    case ScoreColumn::Points:
        return tr("得分项");
    case ScoreColumn::Deductions:
        return tr("扣分");
    case ScoreColumn::Score:
        return tr("总分");
    }
    return {};
}

QString scoreColumnKey(ScoreColumn c)
{
    static const char* const keys[] = {
        "rank",         "unit",     "tasks",          "due",        "done_on_time", "on_time_rate", "overdue",
        "overdue_days", "assigned", "signed_on_time", "sign_rate",  "reported",     "reports",      "chase_1",
        "chase_2",      "chase_3",  "points",         "deductions", "score"};
    return QString::fromLatin1(keys[int(c)]);
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

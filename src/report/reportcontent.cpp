// The words and tables of the weekly report, in the order a 督查通报 gives them: overall situation,
// problems, requirements, then the per-unit table and the task lists.
#include "report/reportcontent.h"

#include "core/scorecolumns.h"
#include "core/translate.h"

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"Report", "duban::ReportPeriod", "duban::ReportDocument::Impl", "duban"}, s);
}

QString percent(double v)
{
    return QString::number(v, 'f', 1) + u'%';
}

QString share(int n, int total)
{
    return percent(total > 0 ? 100.0 * n / total : 0.0);
}

QString signedInt(int v)
{
    return v > 0 ? u'+' + QString::number(v) : QString::number(v);
}

QString chineseNumber(int n) // 1..99, for section numbers
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 10)
        return digits.at(n);
    const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    return tens + u'十' + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

QString idList(const QList<qint64>& ids, int max)
{
    QStringList parts;
    for (int i = 0; i < ids.size() && i < max; ++i)
        parts << QString::number(ids[i]);
    QString s = parts.join(u'、');
    if (ids.size() > max)
        return tr("第%1等%2项任务").arg(s).arg(ids.size());
    return tr("第%1号任务").arg(s);
}

QString dateCell(const QDate& d, const QString& fallback = {})
{
    return d.isValid() ? d.toString(Qt::ISODate) : fallback;
}

ReportBlock block(ReportBlock::Kind kind, const QString& text, const QString& second = {})
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    b.second = second;
    return b;
}

ReportBlock tableBlock(const QStringList& header, const QList<int>& widths, const QList<bool>& centred)
{
    ReportBlock b;
    b.kind = ReportBlock::Table;
    b.table.header = header;
    b.table.widths = widths;
    b.table.centred = centred;
    return b;
}

QString overall(const WeeklyReport& r)
{
    const ReportFigures& f = r.current;
    QString s = tr("截至%1，纳入本期督查的重点任务共%2项。其中，已办结%3项，占%4；超进度%5项，占%6；"
                   "达进度%7项，占%8；欠进度%9项，占%10；逾期%11项，占%12")
                    .arg(chineseDate(r.options.asOf))
                    .arg(f.total)
                    .arg(f.done)
                    .arg(share(f.done, f.total))
                    .arg(f.ahead)
                    .arg(share(f.ahead, f.total))
                    .arg(f.onPace)
                    .arg(share(f.onPace, f.total))
                    .arg(f.behind)
                    .arg(share(f.behind, f.total))
                    .arg(f.overdue)
                    .arg(share(f.overdue, f.total));
    if (f.noDeadline > 0)
        s += tr("；无明确时限（长期推进）%1项").arg(f.noDeadline);
    if (f.suspended > 0)
        s += tr("；暂缓%1项").arg(f.suspended);
    s += tr("。本期办结%1项，报送进展%2条；%3项任务将在%4日内（%5前）到期。")
             .arg(r.completedInPeriod)
             .arg(r.notes.size())
             .arg(f.dueSoon)
             .arg(r.options.rules.dueSoonDays)
             .arg(chineseMonthDay(r.dueNextTo));
    // Each figure says what it counts, the same definitions as the 逾期预警 view and duban-cli.
    s += tr("（口径：逾期指已过完成时限仍未办结；欠进度指未逾期、完成进度低于序时进度%1个百分点以上。）")
             .arg(r.options.rules.paceTolerance);
    if (r.options.byOriginalDeadline)
        s += tr("（延期的任务按原定完成时限评判。）");
    return s;
}

ReportBlock figuresTable(const WeeklyReport& r)
{
    ReportBlock b = tableBlock({tr("指标"), tr("本期"), tr("上期"), tr("增减")}, {34, 22, 22, 22},
                               {false, true, true, true});
    const ReportFigures &c = r.current, &p = r.previous;
    auto row = [&](const QString& name, int now, int before) {
        b.table.rows.append({name, QString::number(now), QString::number(before), signedInt(now - before)});
    };
    row(tr("任务总数"), c.total, p.total);
    row(tr("已办结"), c.done, p.done);
    row(tr("推进中"), c.inProgress, p.inProgress);
    row(tr("逾期"), c.overdue, p.overdue);
    row(tr("%1日内到期").arg(r.options.rules.dueSoonDays), c.dueSoon, p.dueSoon);
    const double delta = c.completionRate() - p.completionRate();
    b.table.rows.append(
        {tr("办结率"), percent(c.completionRate()), percent(p.completionRate()),
         (delta > 0 ? QStringLiteral("+") : QString()) + QString::number(delta, 'f', 1) + tr("个百分点")});
    return b;
}

QString problems(const WeeklyReport& r)
{
    if (r.lagging.isEmpty())
        return tr("本期无逾期或欠进度任务。");
    QStringList parts;
    for (const ReportUnitLine& u : r.lagging)
        parts << tr("%1（%2）").arg(u.unit, idList(u.laggingIds, 8));
    return tr("以下%1个单位有逾期或欠进度任务，请抓紧推进：%2。")
        .arg(r.lagging.size())
        .arg(parts.join(u'；'));
}

} // namespace

QString reportFontFamily()
{
    return QStringLiteral("WenQuanYi Micro Hei");
}

QList<ReportBlock> reportBlocks(const WeeklyReport& r)
{
    const ReportOptions& o = r.options;
    QList<ReportBlock> out;
    out << block(ReportBlock::Masthead, o.title);
    out << block(ReportBlock::Number, tr("第%1期").arg(r.number));
    out << block(ReportBlock::Byline, o.office, chineseDate(o.issued));
    out << block(ReportBlock::Headline, tr("关于%1重点任务推进情况的通报").arg(o.period.label()));

    int section = 0;
    auto heading = [&](const QString& text) {
        // 一、二、… in Chinese; a translation without the 、 (English "%1. %2") numbers 1, 2, … instead of
        // mixing scripts ("一. Overall situation").
        const QString pattern = tr("%1、%2");
        ++section;
        out << block(
            ReportBlock::Heading,
            pattern.arg(pattern.contains(u'、') ? chineseNumber(section) : QString::number(section), text));
    };
    heading(tr("总体情况"));
    out << block(ReportBlock::Paragraph, overall(r));
    out << figuresTable(r);
    heading(tr("存在问题"));
    out << block(ReportBlock::Paragraph, problems(r));
    if (!o.requirements.trimmed().isEmpty()) {
        heading(tr("工作要求"));
        for (const QString& line : o.requirements.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                out << block(ReportBlock::Paragraph, line.trimmed());
        }
    }

    heading(tr("各单位推进情况"));
    if (unitChartUnits(r) > 0)
        out << block(ReportBlock::Chart, {});
    ReportBlock units =
        tableBlock({tr("序号"), tr("牵头单位"), tr("任务数"), tr("已办结"), tr("推进中"), tr("逾期"),
                    tr("欠进度"), tr("办结率")},
                   {7, 33, 10, 10, 10, 10, 10, 10}, {true, false, true, true, true, true, true, true});
    for (int i = 0; i < r.units.size(); ++i) {
        const ReportUnitLine& u = r.units[i];
        units.table.rows.append({QString::number(i + 1), u.unit, QString::number(u.tasks),
                                 QString::number(u.done), QString::number(u.inProgress),
                                 QString::number(u.overdue), QString::number(u.behind),
                                 percent(u.completionRate())});
    }
    if (units.table.rows.isEmpty())
        out << block(ReportBlock::Paragraph, tr("本期没有纳入督查的任务。"));
    else
        out << units;

    heading(tr("逾期任务清单（%1项）").arg(r.overdue.size()));
    ReportBlock overdue =
        tableBlock({tr("编号"), tr("任务"), tr("牵头单位"), tr("完成时限"), tr("逾期天数"), tr("最新进展")},
                   {7, 29, 16, 13, 11, 24}, {true, false, false, true, true, false});
    for (const ReportTaskLine& t : r.overdue)
        overdue.table.rows.append(
            {QString::number(t.id), t.title, t.leadUnits, dateCell(t.deadline),
             QString::number(t.daysOverdue),
             t.note.isEmpty() ? tr("未报送进展") : tr("%1 %2").arg(dateCell(t.noteDate), t.note)});
    out << (overdue.table.rows.isEmpty() ? block(ReportBlock::Paragraph, tr("无。")) : overdue);

    heading(tr("近期到期任务（%1至%2，%3项）")
                .arg(chineseMonthDay(o.asOf), chineseMonthDay(r.dueNextTo))
                .arg(r.dueNext.size()));
    ReportBlock due = tableBlock({tr("编号"), tr("任务"), tr("牵头单位"), tr("完成时限"), tr("进度")},
                                 {7, 47, 22, 14, 10}, {true, false, false, true, true});
    for (const ReportTaskLine& t : r.dueNext)
        due.table.rows.append({QString::number(t.id), t.title, t.leadUnits, dateCell(t.deadline),
                               QString::number(t.percent) + u'%'});
    out << (due.table.rows.isEmpty() ? block(ReportBlock::Paragraph, tr("无。")) : due);

    heading(tr("本期办结任务（%1项）").arg(r.completed.size()));
    ReportBlock done = tableBlock({tr("编号"), tr("任务"), tr("牵头单位"), tr("完成时限"), tr("办结日期")},
                                  {7, 47, 20, 13, 13}, {true, false, false, true, true});
    for (const ReportTaskLine& t : r.completed)
        done.table.rows.append({QString::number(t.id), t.title, t.leadUnits,
                                dateCell(t.deadline, t.deadlineText), dateCell(t.doneOn)});
    out << (done.table.rows.isEmpty() ? block(ReportBlock::Paragraph, tr("无。")) : done);

    heading(tr("本期进展情况（%1条）").arg(r.notes.size()));
    ReportBlock notes = tableBlock({tr("日期"), tr("编号"), tr("任务"), tr("报送单位"), tr("进展情况")},
                                   {13, 7, 28, 16, 36}, {true, true, false, false, false});
    for (const ReportNote& n : r.notes)
        notes.table.rows.append(
            {dateCell(n.date), QString::number(n.taskId), n.title, n.unit,
             n.percent >= 0 ? tr("%1（%2%）").arg(n.text, QString::number(n.percent)) : n.text});
    out << (notes.table.rows.isEmpty() ? block(ReportBlock::Paragraph, tr("无。")) : notes);

    if (o.scoring) {
        heading(tr("考评排名"));
        const ScoreRule& rule = o.scoreRule;
        out << block(
            ReportBlock::Paragraph,
            tr("按原定完成时限计算，截至%1。评分规则：按时完成率%2分、签收及时率%3分、进展报送率%4分；"
               "逾期任务每项扣%5分、每逾期一天扣%6分；%7、%8、%9每次分别扣%10、%11、%12分。")
                .arg(chineseDate(o.asOf))
                .arg(rule.onTimeWeight)
                .arg(rule.signWeight)
                .arg(rule.reportWeight)
                .arg(rule.overdueTaskDeduction)
                .arg(rule.overdueDayDeduction)
                .arg(o.chaseName(1), o.chaseName(2), o.chaseName(3))
                .arg(rule.chaseDeduction[0])
                .arg(rule.chaseDeduction[1])
                .arg(rule.chaseDeduction[2]));
        const ScoreColumn columns[] = {
            ScoreColumn::Rank,       ScoreColumn::Unit,     ScoreColumn::Tasks,
            ScoreColumn::OnTimeRate, ScoreColumn::Overdue,  ScoreColumn::OverdueDays,
            ScoreColumn::SignRate,   ScoreColumn::Reported, ScoreColumn::Score};
        QStringList header;
        for (ScoreColumn c : columns)
            header << scoreColumnLabel(c);
        ReportBlock ranking = tableBlock(header, {7, 27, 8, 11, 9, 9, 11, 10, 8},
                                         {true, false, true, true, true, true, true, true, true});
        for (const UnitScore& s : r.scores) {
            QStringList row;
            for (ScoreColumn c : columns)
                row << scoreText(s, c);
            ranking.table.rows.append(row);
        }
        out << (ranking.table.rows.isEmpty() ? block(ReportBlock::Paragraph, tr("本期没有参加考评的单位。"))
                                             : ranking);
    }

    out << block(ReportBlock::Signature, o.office, chineseDate(o.issued));
    return out;
}

} // namespace duban

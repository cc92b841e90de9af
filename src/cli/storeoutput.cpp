#include "cli/storeoutput.h"

#include "cli/clitext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duban::cli {

namespace {

int charWidth(QChar c)
{
    return c.unicode() >= 0x1100 ? 2 : 1; // CJK takes two terminal columns
}

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

// Pads or cuts to a terminal width, marking a cut with an ellipsis.
QString textCell(const QString& s, int width)
{
    int total = 0;
    for (QChar c : s)
        total += charWidth(c);
    QString out;
    int w = 0;
    for (QChar c : s) {
        if (total > width && w + charWidth(c) > width - 1) {
            out.append(u'…');
            ++w;
            break;
        }
        out.append(c);
        w += charWidth(c);
    }
    return out + QString(std::max(0, width - w), u' ');
}

std::optional<ListFormat> listFormatFromKey(const QString& key)
{
    if (key == QLatin1String("table"))
        return ListFormat::Table;
    if (key == QLatin1String("json"))
        return ListFormat::Json;
    if (key == QLatin1String("csv"))
        return ListFormat::Csv;
    return std::nullopt;
}

void printTasks(QTextStream& out, const QList<TaskRecord>& tasks, ListFormat format, bool showOverdueDays)
{
    const QString sep = QStringLiteral("、");
    switch (format) {
    case ListFormat::Json: {
        QJsonArray a;
        for (const TaskRecord& t : tasks) {
            a.append(QJsonObject{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("title"), t.title},
                {QStringLiteral("lead_units"), QJsonArray::fromStringList(t.leadUnits)},
                {QStringLiteral("co_units"), QJsonArray::fromStringList(t.coUnits)},
                {QStringLiteral("deadline"),
                 t.deadline.isValid() ? QJsonValue(dateText(t.deadline)) : QJsonValue()},
                {QStringLiteral("deadline_text"), t.deadlineText},
                {QStringLiteral("status"), statusKey(t.status)},
                {QStringLiteral("percent"), t.percent},
                {QStringLiteral("due_state"), dueStateKey(t.due)},
                {QStringLiteral("pace"), paceKey(t.pace)},
                {QStringLiteral("days_overdue"), t.daysOverdue},
                {QStringLiteral("directive"), t.directive},
                {QStringLiteral("doc_number"), t.docNumber},
                {QStringLiteral("updated"), t.updated.toString(Qt::ISODate)},
            });
        }
        out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return;
    }
    case ListFormat::Csv: {
        out << "id,title,lead_units,co_units,deadline,status,percent,due_state,days_overdue,doc_number\n";
        for (const TaskRecord& t : tasks) {
            const QStringList f{QString::number(t.id),          t.title,
                                t.leadUnits.join(sep),          t.coUnits.join(sep),
                                dateText(t.deadline),           statusKey(t.status),
                                QString::number(t.percent),     dueStateKey(t.due),
                                QString::number(t.daysOverdue), t.docNumber};
            QStringList q;
            for (const QString& s : f)
                q.append(csvField(s));
            out << q.join(u',') << '\n';
        }
        return;
    }
    case ListFormat::Table: {
        QStringList header{tr("编号"), tr("截止日期"), showOverdueDays ? tr("逾期天数") : tr("状态"),
                           tr("进度"), tr("牵头单位"), tr("任务"),
                           tr("文号")};
        const int widths[] = {7, 11, 9, 5, 30, 44, 20};
        for (int i = 0; i < header.size(); ++i)
            out << textCell(header[i], widths[i]) << ' ';
        out << '\n' << QString(134, u'-') << '\n';
        for (const TaskRecord& t : tasks) {
            const QString third =
                showOverdueDays ? (t.daysOverdue > 0 ? tr("%1 天").arg(t.daysOverdue) : dueStateLabel(t.due))
                                : statusLabel(t.status);
            const QString cells[] = {QString::number(t.id),
                                     t.deadline.isValid() ? dateText(t.deadline) : QStringLiteral("—"),
                                     third,
                                     QStringLiteral("%1%").arg(t.percent),
                                     t.leadUnits.join(sep),
                                     t.title,
                                     t.docNumber};
            for (int i = 0; i < 7; ++i)
                out << textCell(cells[i], widths[i]) << ' ';
            out << '\n';
        }
        out << tr("共 %1 项任务").arg(tasks.size()) << '\n';
        return;
    }
    }
}

void printUnits(QTextStream& out, const QList<UnitRecord>& units, ListFormat format)
{
    switch (format) {
    case ListFormat::Json: {
        QJsonArray a;
        for (const UnitRecord& u : units) {
            a.append(QJsonObject{{QStringLiteral("id"), u.id},
                                 {QStringLiteral("name"), u.name},
                                 {QStringLiteral("kind"), unitKindKey(u.kind)},
                                 {QStringLiteral("needs_review"), u.needsReview},
                                 {QStringLiteral("aliases"), QJsonArray::fromStringList(u.aliases)},
                                 {QStringLiteral("tasks"), u.taskCount},
                                 {QStringLiteral("lead_tasks"), u.leadCount}});
        }
        out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return;
    }
    case ListFormat::Csv:
        out << "id,name,kind,needs_review,tasks,lead_tasks,aliases\n";
        for (const UnitRecord& u : units)
            out << u.id << ',' << csvField(u.name) << ',' << unitKindKey(u.kind) << ','
                << (u.needsReview ? 1 : 0) << ',' << u.taskCount << ',' << u.leadCount << ','
                << csvField(u.aliases.join(u'|')) << '\n';
        return;
    case ListFormat::Table: {
        const int widths[] = {6, 34, 8, 8, 60};
        const QStringList header{tr("编号"), tr("单位"), tr("任务数"), tr("牵头"), tr("别名")};
        for (int i = 0; i < header.size(); ++i)
            out << textCell(header[i], widths[i]) << ' ';
        out << '\n' << QString(120, u'-') << '\n';
        for (const UnitRecord& u : units) {
            const QString cells[] = {QString::number(u.id),
                                     u.needsReview ? u.name + tr("（待核对）") : u.name,
                                     QString::number(u.taskCount), QString::number(u.leadCount),
                                     u.aliases.join(QStringLiteral("、"))};
            for (int i = 0; i < 5; ++i)
                out << textCell(cells[i], widths[i]) << ' ';
            out << '\n';
        }
        out << tr("共 %1 个单位").arg(units.size()) << '\n';
        return;
    }
    }
}

} // namespace duban::cli
